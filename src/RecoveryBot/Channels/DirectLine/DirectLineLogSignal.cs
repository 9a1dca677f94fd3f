using Microsoft.Extensions.Options;
using Npgsql;
using RecoveryBot.Storage;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>
/// On a PostgreSQL store shared by several instances: tells the others that a conversation's Direct Line log grew
/// (<c>NOTIFY</c>), and has this instance's socket for that conversation look at the log when another says so
/// (<c>LISTEN</c>). The notification carries an instance id and the conversation id only, so an instance ignores
/// its own. On other stores it does nothing.
/// </summary>
public sealed class DirectLineLogSignal : BackgroundService
{
    /// <summary>The PostgreSQL notification channel.</summary>
    public const string ChannelName = "recoverybot_directline";

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(5);

    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly NpgsqlDataSource? _source;
    private readonly DirectLineStreamHub _hub;
    private readonly ILogger<DirectLineLogSignal> _logger;
    private readonly TaskCompletionSource _firstListen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _listening;

    /// <summary>Creates the signal; it is active only when <c>Storage:Provider</c> is <c>Postgres</c>.</summary>
    public DirectLineLogSignal(
        IOptions<StorageOptions> storage, IConfiguration configuration, DirectLineStreamHub hub, ILogger<DirectLineLogSignal> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _hub = hub;
        _logger = logger;
        if (storage.Value.Provider == StorageProvider.Postgres
            && StorageServiceCollectionExtensions.PostgresConnectionString(storage.Value, configuration) is { Length: > 0 } connectionString)
        {
            // Its own small pool: the listening connection is held for as long as the app runs.
            // A small pool of its own (the listening connection and two for notifying), so signals never crowd the
            // store's connections out of the server's max_connections; LISTEN needs a connection of its own: no multiplexing.
            _source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 3, Timeout = 5, KeepAlive = 30, Multiplexing = false }.ConnectionString);
        }
    }

    /// <summary>True while this instance is listening for other instances' appends (PostgreSQL, connection up).</summary>
    public bool IsActive => _listening;

    /// <summary>Completes when this instance first listens (never on other stores).</summary>
    public Task Listening => _firstListen.Task;

    /// <summary>Tells the other instances that <paramref name="conversationId"/>'s log grew. A failure is logged and
    /// otherwise ignored: their sockets also look at the log now and then.</summary>
    /// <remarks>Not cancelled with the turn: the append it reports is already done.</remarks>
    public async Task AppendedAsync(string conversationId)
    {
        if (_source is null)
        {
            return;
        }

        try
        {
            await using var notify = _source.CreateCommand("SELECT pg_notify(@channel, @conversation)");
            notify.Parameters.AddWithValue("channel", ChannelName);
            notify.Parameters.AddWithValue("conversation", $"{_instance}|{conversationId}");
            await notify.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The append itself is done and delivered here: a signal that fails must not fail the turn.
            _logger.LogWarning("Direct Line notification not sent: {ExceptionType}", ex.GetType().FullName);
        }
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_source is null)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _source.OpenConnectionAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                }

                _listening = true;
                _firstListen.TrySetResult();

                while (true)
                {
                    await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Whatever went wrong (the server away, the connection broken), it must never stop the app: sockets look
                // at the log as often as without notifications meanwhile; listen again in a moment (real time: a wait
                // for a server, not an app date).
                _listening = false;
                _logger.LogWarning("Direct Line notifications stopped ({ExceptionType}); listening again in {Seconds} s.", ex.GetType().FullName, ReconnectDelay.TotalSeconds);
                await Task.Delay(ReconnectDelay, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private void OnNotification(string payload)
    {
        var separator = payload.IndexOf('|', StringComparison.Ordinal);
        if (separator > 0 && !payload.AsSpan(0, separator).SequenceEqual(_instance))
        {
            _hub.Nudge(payload[(separator + 1)..]);
        }
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        _source?.Dispose();
        base.Dispose();
    }
}
