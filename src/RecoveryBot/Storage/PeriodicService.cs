namespace RecoveryBot.Storage;

/// <summary>
/// A background service that runs one round of work at start and then every <see cref="Interval"/> on the app's clock
/// (the check-in sender, the retention sweep). A round that fails is logged by its exception type only, never its
/// message (it may hold a user's words), and the next round runs as planned; only stopping the app ends the loop.
/// </summary>
public abstract partial class PeriodicService(TimeProvider timeProvider, ILogger logger) : BackgroundService
{
    /// <summary>The app's clock.</summary>
    protected TimeProvider Clock { get; } = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    /// <summary>The service's logger.</summary>
    protected ILogger Logger { get; } = logger ?? throw new ArgumentNullException(nameof(logger));

    /// <summary>The time between rounds.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What a round is called in the log ("Check-in round").</summary>
    protected abstract string RoundName { get; }

    /// <summary>One round of work.</summary>
    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    /// <inheritdoc/>
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await RunRoundAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A timeout inside a round (an OperationCanceledException of its own) is a failed round, not a stop.
                LogRoundFailed(Logger, RoundName, ex.GetType().FullName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Round} failed: {ExceptionType}")]
    private static partial void LogRoundFailed(ILogger logger, string round, string? exceptionType);
}
