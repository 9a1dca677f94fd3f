namespace RecoveryBot.Storage;

/// <summary>A state store that knows when each item was last written, so idle data can be erased.</summary>
public interface IExpiringStorage
{
    /// <summary>Deletes every item not written since <paramref name="notWrittenSince"/>, except keys starting with one of
    /// <paramref name="keepPrefixes"/>; returns how many.</summary>
    Task<int> DeleteIdleAsync(DateTimeOffset notWrittenSince, IReadOnlyList<string> keepPrefixes, CancellationToken cancellationToken);
}
