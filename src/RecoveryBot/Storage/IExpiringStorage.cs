namespace RecoveryBot.Storage;

/// <summary>A state store that knows when each item was last written, so idle data can be erased.</summary>
public interface IExpiringStorage
{
    /// <summary>Deletes every item not written since <paramref name="notWrittenSince"/>; returns how many.</summary>
    Task<int> DeleteIdleAsync(DateTimeOffset notWrittenSince, CancellationToken cancellationToken);
}
