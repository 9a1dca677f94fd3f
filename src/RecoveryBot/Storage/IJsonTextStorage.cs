namespace RecoveryBot.Storage;

/// <summary>
/// A store that hands each item's JSON text to the caller's own reader, and takes JSON text to write: a caller that keeps
/// typed objects reads and writes them in one pass, with no JSON tree built in between.
/// </summary>
public interface IJsonTextStorage
{
    /// <summary>Reads the items under <paramref name="keys"/>, each made by <paramref name="read"/> from its JSON text
    /// (without an ETag); keys with no item are left out.</summary>
    /// <typeparam name="T">What <paramref name="read"/> makes of an item.</typeparam>
    /// <param name="keys">The items' keys.</param>
    /// <param name="read">Makes the caller's object from one item's JSON text and whether the item is kept in an older
    /// form (unencrypted, say) that the next write should replace even if nothing changed; a
    /// <see cref="Newtonsoft.Json.JsonException"/> from it means the item is damaged.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The items found, by key.</returns>
    Task<IDictionary<string, T>> ReadJsonAsync<T>(string[] keys, Func<string, bool, T> read, CancellationToken cancellationToken)
        where T : notnull;

    /// <summary>Writes each item's JSON text under its key, with no ETag check (last writer wins), in one write.</summary>
    /// <param name="items">JSON text by key.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task that completes when the write is done.</returns>
    Task WriteJsonAsync(IReadOnlyDictionary<string, string> items, CancellationToken cancellationToken);
}
