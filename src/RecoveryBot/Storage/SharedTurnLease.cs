using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Storage;

/// <summary>
/// Turns of one conversation, one at a time across every app instance on a shared store (PostgreSQL, Azure Blob): the
/// store's own lock where it has one (<see cref="ITurnLockingStorage"/>, PostgreSQL), otherwise a lease item per
/// conversation, taken with an ETag check before the turn, renewed while it runs, and given back after it. Bot state is saved last-write-wins, so two instances running turns of one conversation at once would otherwise
/// lose an answer. With a store only one instance can use (SQLite, Memory) there is nothing to share and this does nothing.
/// </summary>
/// <remarks>Expiry is judged by each instance's own clock: instances are expected to keep time (NTP).</remarks>
public sealed class SharedTurnLease
{
    /// <summary>How long a lease holds without renewal: a crashed instance's lease runs out after this.</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);

    /// <summary>How long a turn waits for another instance's turn of the same conversation.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private const string KeyPrefix = "turnlease/";
    private readonly IStorage? _store;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SharedTurnLease> _logger;

    /// <summary>Creates the lease on the store's own provider (leases need no encryption), if the store is shared.</summary>
    public SharedTurnLease(IServiceProvider services, IOptions<StorageOptions> options, TimeProvider timeProvider, ILogger<SharedTurnLease> logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        (_timeProvider, _logger) = (timeProvider, logger);
        _store = options.Value.Provider is StorageProvider.Postgres or StorageProvider.AzureBlob
            ? services.GetRequiredKeyedService<IStorage>(StorageServiceCollectionExtensions.ProviderKey)
            : null;
    }

    /// <summary>True when instances share the store, so turns are leased.</summary>
    public bool IsShared => _store is not null;

    /// <summary>
    /// Takes the lease of <paramref name="conversationKey"/>; dispose the result to give it back. Throws
    /// <see cref="SharedTurnBusyException"/> when another instance held it for all of <see cref="Wait"/>: the turn is
    /// then answered as when the store is away (the channel or the sender tries again), and nothing is taken in.
    /// </summary>
    public async Task<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        if (_store is not { } store)
        {
            return NoLease.Instance;
        }

        var key = KeyPrefix + conversationKey;
        if (store is ITurnLockingStorage locking)
        {
            return await locking.LockAsync(key, Wait, cancellationToken).ConfigureAwait(false);
        }

        var owner = Guid.NewGuid().ToString("N");
        var start = _timeProvider.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            var now = _timeProvider.GetUtcNow();
            var held = await StoredItems.ReadAsync<Lease>(store, key, cancellationToken).ConfigureAwait(false);
            if (held is null || held.Until <= now)
            {
                try
                {
                    // With the ETag read (or none: the item must not exist yet), so of two instances only one takes it.
                    await store.WriteAsync(new Dictionary<string, object> { [key] = new Lease { ETag = held?.ETag, Owner = owner, Until = now + Hold } }, cancellationToken).ConfigureAwait(false);
                    return new Taken(store, key, owner, _timeProvider, _logger);
                }
                catch (Exception ex) when (StoredItems.IsConflict(ex))
                {
                    // Another instance took it first: wait as for a held lease.
                }
            }

            if (_timeProvider.GetElapsedTime(start) >= Wait)
            {
                throw new SharedTurnBusyException();
            }

            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 200));
        }
    }

    private sealed class Lease : IStoreItem
    {
        public string? ETag { get; set; }

        public string Owner { get; set; } = "";

        public DateTimeOffset Until { get; set; }
    }

    private sealed class NoLease : IAsyncDisposable
    {
        public static readonly NoLease Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    // Renewed every third of the hold while the turn runs, so a slow turn keeps it; given back by an ETag-checked write
    // that ends it, so a lease another instance has taken meanwhile is never touched. A failure to give back is left
    // alone: the lease runs out by itself, and the turn's own work is already saved. A failure to renew is logged once
    // (the turn goes on, its writes still ETag-checked): another instance may then run a turn of the same conversation.
    private sealed class Taken : IAsyncDisposable
    {
        private readonly IStorage _store;
        private readonly string _key;
        private readonly string _owner;
        private readonly TimeProvider _clock;
        private readonly ILogger _logger;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;
        private int _disposed;

        public Taken(IStorage store, string key, string owner, TimeProvider clock, ILogger logger)
        {
            (_store, _key, _owner, _clock, _logger) = (store, key, owner, clock, logger);
            _renewing = RenewAsync(_stop.Token);
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            await _stop.CancelAsync().ConfigureAwait(false);
            await _renewing.ConfigureAwait(false);
            _stop.Dispose();
            await SetUntilAsync(DateTimeOffset.MinValue, CancellationToken.None).ConfigureAwait(false);
        }

        private async Task RenewAsync(CancellationToken stop)
        {
            try
            {
                var told = false;
                while (true)
                {
                    await Task.Delay(Hold / 3, _clock, stop).ConfigureAwait(false);
                    var failure = await SetUntilAsync(_clock.GetUtcNow() + Hold, stop).ConfigureAwait(false);
                    if (failure is not null && !told)
                    {
                        told = true;
                        _logger.LogWarning(
                            "A turn's lease could not be renewed ({Reason}): another instance may run a turn of the same conversation before this one ends.",
                            failure);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        // Null when the lease is this instance's until then; otherwise why not (another owner, or the store's error type).
        private async Task<string?> SetUntilAsync(DateTimeOffset until, CancellationToken cancellationToken)
        {
            try
            {
                if (await StoredItems.ReadAsync<Lease>(_store, _key, cancellationToken).ConfigureAwait(false) is not { } lease || lease.Owner != _owner)
                {
                    return "taken by another instance";
                }

                await _store.WriteAsync(new Dictionary<string, object> { [_key] = new Lease { ETag = lease.ETag, Owner = _owner, Until = until } }, cancellationToken).ConfigureAwait(false);
                return null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Lost to another instance, or the store blinked: the lease runs out by itself.
                return ex.GetType().FullName;
            }
        }
    }
}
