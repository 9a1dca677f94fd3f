namespace RecoveryBot.Privacy;

/// <summary>Something that ends or erases its own data when it has been idle too long; run with every retention sweep.</summary>
public interface IRetentionSweep
{
    /// <summary>Ends or erases what has been idle too long; returns how many things it ended.</summary>
    Task<int> SweepAsync(CancellationToken cancellationToken);
}
