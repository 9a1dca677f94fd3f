using Microsoft.Extensions.Logging;

namespace RecoveryBot.Storage;

/// <summary>
/// A turn lock a store holds for its turn (a PostgreSQL advisory lock, an Azure blob lease): renewed every so often while
/// the turn runs, reported once if it is lost, and given back once when disposed. A lost lock does not end the turn, but
/// another instance may then run a turn of the same conversation at the same time, and bot state is saved
/// last-write-wins (one of the two turns' answers may be lost): hence the warning. Nothing here throws.
/// </summary>
internal abstract class RenewedLock : IAsyncDisposable
{
    // After a renewal that failed on the way (the store blinked), the next try comes this soon.
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private Task _renewing = Task.CompletedTask;
    private int _disposed;

    /// <summary>Creates the lock; the subclass starts renewing once it is ready.</summary>
    protected RenewedLock(ILogger logger) => _logger = logger;

    /// <summary>What one renewal found.</summary>
    protected enum Renewal
    {
        /// <summary>Still held.</summary>
        Kept,

        /// <summary>Not known: the store did not answer; tried again soon.</summary>
        Failed,

        /// <summary>Lost for good: reported, and renewal stops.</summary>
        Lost,
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(false);
        _stop.Dispose();
        await GiveBackAsync().ConfigureAwait(false);
    }

    /// <summary>Starts renewing every <paramref name="every"/>; called once, at the end of the subclass's constructor.</summary>
    protected void StartRenewing(TimeSpan every) => _renewing = RenewAsync(every, _stop.Token);

    /// <summary>Renews once; the reason (an error code or type, never the key) goes into the warning when lost.</summary>
    protected abstract Task<(Renewal Result, string? Reason)> RenewOnceAsync(CancellationToken stop);

    /// <summary>Gives the lock back, never throwing: a lock not given back ends with its connection or its lease.</summary>
    protected abstract ValueTask GiveBackAsync();

    private async Task RenewAsync(TimeSpan every, CancellationToken stop)
    {
        var next = every;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(next, stop).ConfigureAwait(false);
                var (result, reason) = await RenewOnceAsync(stop).ConfigureAwait(false);
                if (result == Renewal.Lost)
                {
                    Report(reason);
                    return;
                }

                next = result == Renewal.Kept ? every : Retry;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                next = Retry;
            }
        }
    }

    private void Report(string? reason)
    {
        try
        {
            _logger.LogWarning(
                "A turn's lock could not be renewed ({Reason}): another instance may run a turn of the same conversation before this one ends.",
                reason);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A logger that fails must not end the turn.
        }
    }
}
