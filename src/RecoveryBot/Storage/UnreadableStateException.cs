namespace RecoveryBot.Storage;

/// <summary>
/// A person's stored state could not be read (damaged: not a sealed payload, or not JSON once opened). It has been moved
/// aside, under its key followed by <see cref="SetAsideSuffix"/>, for inspection, so the next read starts fresh.
/// </summary>
public sealed class UnreadableStateException : Exception
{
    /// <summary>The turn-state key set when a read that must not stop the turn (the safety check's look at the
    /// conversation's position) met an unreadable item: the turn goes on fresh, and the person is told.</summary>
    public const string TurnStateKey = "RecoveryBot.StateSetAside";

    /// <summary>What is added to the key of an item set aside ("delete my data" erases it too).</summary>
    public const string SetAsideSuffix = "/unreadable";

    /// <summary>Moves the item under <paramref name="key"/> aside: <paramref name="value"/> written under the key plus
    /// <see cref="SetAsideSuffix"/> (replacing an earlier copy), then the item removed from its place.</summary>
    public static async Task SetAsideAsync(Microsoft.Bot.Builder.IStorage storage, string key, object value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        await storage.WriteAsync(new Dictionary<string, object> { [key + SetAsideSuffix] = value }, cancellationToken).ConfigureAwait(false);
        await storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the exception for <paramref name="key"/> (a storage key: ids, never anything a person wrote).</summary>
    public UnreadableStateException(string key, Exception inner)
        : base("A stored item could not be read and was set aside.", inner)
    {
        Key = key;
    }

    /// <summary>The storage key of the item that could not be read.</summary>
    public string Key { get; }
}
