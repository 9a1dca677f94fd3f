namespace RecoveryBot.Storage;

/// <summary>What the stores that list keys by prefix share: the store itself, required up front, and the range bound.</summary>
internal static class KeyListing
{
    /// <summary><paramref name="storage"/> as a store that lists its keys; one that cannot stops start-up naming <paramref name="user"/>.</summary>
    public static IKeyListingStorage Require(Microsoft.Bot.Builder.IStorage storage, string user)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return storage as IKeyListingStorage
            ?? throw new ArgumentException($"{user} needs a store that lists its keys; {storage.GetType().Name} does not.", nameof(storage));
    }

    /// <summary>
    /// The smallest string above every string that starts with <paramref name="prefix"/> in UTF-8 byte order (SQLite's
    /// BINARY collation, PostgreSQL's "C"): its last character that can be raised by one without becoming half a
    /// surrogate pair, raised; if none can, the highest character there is.
    /// </summary>
    public static string UpperBound(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        for (var i = prefix.Length - 1; i >= 0; i--)
        {
            var next = (char)(prefix[i] + 1);
            if (prefix[i] < char.MaxValue && !char.IsSurrogate(prefix[i]) && !char.IsSurrogate(next))
            {
                return prefix[..i] + next;
            }
        }

        return "\U0010FFFF";
    }
}
