using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using RecoveryBot.Privacy;

namespace RecoveryBot.CheckIns;

/// <summary>
/// The pending check-ins, kept as one document in the bot's <see cref="IStorage"/>. Changes are ETag-checked and
/// retried, so the background sender and a user's turn never overwrite each other.
/// </summary>
public sealed class CheckInStore(IStorage storage) : IPersonalDataStore
{
    /// <summary>The storage key of the document.</summary>
    public const string Key = "checkins/pending";
    private const int MaxConflictRetries = 5;
    private readonly SemaphoreSlim _updateLock = new(1, 1);

    /// <summary>Every pending check-in.</summary>
    public async Task<IReadOnlyList<ScheduledCheckIn>> ListAsync(CancellationToken cancellationToken)
        => (await ReadAsync(cancellationToken).ConfigureAwait(false)).Items;

    /// <summary>Adds a check-in.</summary>
    public Task AddAsync(ScheduledCheckIn checkIn, CancellationToken cancellationToken)
        => UpdateAsync(items => items.Add(checkIn), cancellationToken);

    /// <summary>Removes every check-in of one user.</summary>
    public Task RemoveForUserAsync(string userKey, CancellationToken cancellationToken)
        => UpdateAsync(items => items.RemoveAll(c => c.UserKey == userKey), cancellationToken);

    /// <inheritdoc/>
    public Task EraseAsync(string channelId, string conversationId, string userId, CancellationToken cancellationToken)
        => RemoveForUserAsync(ScheduledCheckIn.UserKeyOf(channelId, userId), cancellationToken);

    /// <summary>Applies a change to the list, retrying when another writer got there first.</summary>
    public async Task UpdateAsync(Action<List<ScheduledCheckIn>> change, CancellationToken cancellationToken)
    {
        // One update at a time within the app: every completed exercise updates this one document, and concurrent
        // read-change-write cycles kept failing each other's ETag check until the retries ran out and the user's turn
        // failed. The ETag check and retries still guard against another instance or a direct write.
        await _updateLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var document = await ReadAsync(cancellationToken).ConfigureAwait(false);
                change(document.Items);
                try
                {
                    await storage.WriteAsync(new Dictionary<string, object> { [Key] = document }, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (Exception ex) when (attempt < MaxConflictRetries && ex is InvalidOperationException or ArgumentException)
                {
                    // An ETag conflict: read again and reapply.
                }
            }
        }
        finally
        {
            _updateLock.Release();
        }
    }

    private async Task<CheckInDocument> ReadAsync(CancellationToken cancellationToken)
    {
        var found = await storage.ReadAsync([Key], cancellationToken).ConfigureAwait(false);
        return found.TryGetValue(Key, out var value)
            ? value as CheckInDocument ?? JObject.FromObject(value).ToObject<CheckInDocument>() ?? new CheckInDocument()
            : new CheckInDocument();
    }

    private sealed class CheckInDocument : IStoreItem
    {
        public string? ETag { get; set; }

        public List<ScheduledCheckIn> Items { get; set; } = [];
    }
}
