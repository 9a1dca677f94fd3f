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

    /// <summary>
    /// Up to <paramref name="take"/> of the keys starting with <paramref name="prefix"/>, from the last in key order back,
    /// after leaving out the <paramref name="skip"/> last ("the newest" of keys that begin with a time), and, when
    /// <paramref name="withTotal"/>, how many keys start with the prefix in all (null otherwise). Key order is ordinal; a
    /// store may order keys with characters outside the Basic Multilingual Plane by their UTF-8 bytes instead.
    /// </summary>
    /// <remarks>The default lists every key once and sorts them. A store that keeps its keys in an index walks it from the
    /// end (skip + take entries) and counts there only when asked, since the count walks every key of the prefix.</remarks>
    async Task<(IReadOnlyList<string> Keys, int? Total)> ListLastKeysAsync(string prefix, int skip, int take, bool withTotal, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var keys = await ListKeysAsync(prefix, cancellationToken).ConfigureAwait(false);
        return ([.. keys.Order(StringComparer.Ordinal).Reverse().Skip(skip).Take(take)], withTotal ? keys.Count : null);
    }
}
