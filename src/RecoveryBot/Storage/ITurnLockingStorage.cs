namespace RecoveryBot.Storage;

/// <summary>
/// A shared store that holds a lock per conversation itself, for <see cref="SharedTurnLease"/>: PostgreSQL's advisory
/// locks (one round trip to take and one to give back, nothing written to disk, gone with the connection if the
/// instance dies) and Azure blob leases (one request each way, ending by themselves if not renewed).
/// </summary>
public interface ITurnLockingStorage
{
    /// <summary>
    /// Takes the lock of <paramref name="key"/>, waiting at most <paramref name="wait"/> while another holder (in any app
    /// instance) has it; dispose the result to give it back. Throws <see cref="SharedTurnBusyException"/> when the wait
    /// runs out.
    /// </summary>
    Task<IAsyncDisposable> LockAsync(string key, TimeSpan wait, CancellationToken cancellationToken);
}
