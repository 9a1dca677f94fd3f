namespace RecoveryBot.Storage;

/// <summary>
/// A shared store that can hold a lock per conversation itself, so that <see cref="SharedTurnLease"/> needs no lease
/// item: PostgreSQL's advisory locks take one round trip to take and one to give back, write nothing to disk, and go
/// with the connection if the instance dies.
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
