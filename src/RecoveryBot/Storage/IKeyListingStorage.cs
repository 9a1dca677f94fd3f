namespace RecoveryBot.Storage;

/// <summary>
/// A state store that can list its keys by prefix, so that many small items (one per check-in) can be found without an
/// index item that every writer would rewrite.
/// </summary>
public interface IKeyListingStorage
{
    /// <summary>The keys starting with <paramref name="prefix"/> (ordinal comparison), in no particular order. A key
    /// deleted meanwhile may still be listed: read the items to know what is there.</summary>
    Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken);
}
