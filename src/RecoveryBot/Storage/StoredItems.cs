using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Storage;

/// <summary>
/// Read-change-write of one item in the bot's <see cref="IStorage"/>, the way every store here does it: the ETag read
/// with the item guards the write, and a conflict (another writer got there first) reads again and reapplies the change.
/// </summary>
public static class StoredItems
{
    private const int MaxConflictRetries = 8;

    /// <summary>True for a stale ETag, as every store here reports it (the SDK's MemoryStorage with an ArgumentException,
    /// the app's stores with an InvalidOperationException, both saying "Etag conflict").</summary>
    public static bool IsConflict(Exception exception) =>
        exception is InvalidOperationException or ArgumentException
        && exception.Message.Contains("etag conflict", StringComparison.OrdinalIgnoreCase);

    /// <summary>The item under <paramref name="key"/>, or null when there is none.</summary>
    public static async Task<T?> ReadAsync<T>(IStorage storage, string key, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(storage);
        var found = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(key, out var value) ? As<T>(value) : null;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the item under <paramref name="key"/> (null when there is none) and writes what
    /// it returns; null deletes the item. Retried on an ETag conflict. Returns what was written, or null.
    /// </summary>
    public static Task<T?> UpdateAsync<T>(IStorage storage, string key, Func<T?, T?> change, CancellationToken cancellationToken)
        where T : class, IStoreItem =>
        UpdateAsync(storage, key, change, alongside: null, cancellationToken);

    /// <summary>
    /// As <see cref="UpdateAsync{T}(IStorage, string, Func{T, T}, CancellationToken)"/>, and writes the items of
    /// <paramref name="alongside"/> in the same call, after the item: one transaction where the store has them (SQLite,
    /// PostgreSQL), in that order where it writes one by one (Azure Blob). A conflict retries the whole, unless items
    /// written as new (store items without an ETag) are there by now: all of them means this write landed (a store
    /// client's own retry after a lost answer), so it is done; some of them is a conflict no retry can clear.
    /// When the change deletes the item, they are written first, on their own.
    /// </summary>
    public static async Task<T?> UpdateAsync<T>(
        IStorage storage, string key, Func<T?, T?> change, IReadOnlyDictionary<string, object>? alongside, CancellationToken cancellationToken)
        where T : class, IStoreItem
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 0; ; attempt++)
        {
            var item = change(await ReadAsync<T>(storage, key, cancellationToken).ConfigureAwait(false));
            try
            {
                if (item is null)
                {
                    if (alongside is { Count: > 0 })
                    {
                        await storage.WriteAsync(alongside.ToDictionary(), cancellationToken).ConfigureAwait(false);
                    }

                    await storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    var writes = new Dictionary<string, object>(StringComparer.Ordinal) { [key] = item };
                    foreach (var (otherKey, value) in alongside ?? new Dictionary<string, object>())
                    {
                        writes[otherKey] = value;
                    }

                    await storage.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
                }

                return item;
            }
            catch (Exception ex) when (attempt < MaxConflictRetries && IsConflict(ex))
            {
                // An ETag conflict: read again and reapply, after a wait; unless items written as new are there by now.
                switch (await NewItemsFoundAsync(storage, alongside, cancellationToken).ConfigureAwait(false))
                {
                    case NewItems.All:
                        return item;
                    case NewItems.Some:
                        throw;
                }

                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private enum NewItems
    {
        None,
        Some,
        All,
    }

    // How many of the items written as new (store items without an ETag: the write fails rather than replace one) exist.
    private static async Task<NewItems> NewItemsFoundAsync(IStorage storage, IReadOnlyDictionary<string, object>? items, CancellationToken cancellationToken)
    {
        var created = items?.Where(i => i.Value is IStoreItem { ETag: null }).Select(i => i.Key).ToArray() ?? [];
        if (created.Length == 0)
        {
            return NewItems.None;
        }

        var found = (await storage.ReadAsync(created, cancellationToken).ConfigureAwait(false)).Count;
        return found == 0 ? NewItems.None : found == created.Length ? NewItems.All : NewItems.Some;
    }

    /// <summary>The wait before try <paramref name="attempt"/> + 1 after an ETag conflict: short, random and growing, so
    /// writers on several instances (which no in-process lock orders) stop colliding. Real time, not the app's clock: it
    /// is a wait for another writer, not a date anything is planned by.</summary>
    public static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) << Math.Min(attempt, 8)), cancellationToken);

    /// <summary>A value read from a store as <typeparamref name="T"/>: plain-JSON stores hand back JObjects, MemoryStorage
    /// the object itself.</summary>
    public static T? As<T>(object value) where T : class =>
        value as T ?? JObject.FromObject(value).ToObject<T>();
}
