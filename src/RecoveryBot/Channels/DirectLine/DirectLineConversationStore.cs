using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using RecoveryBot.Privacy;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>
/// Keeps each conversation's activity log in the app's <see cref="IStorage"/>, appending with the store item's
/// ETag and retrying on a conflict, so concurrent appends (the user's echo, the bot's replies, a proactive message)
/// never lose one another.
/// </summary>
public sealed class DirectLineConversationStore(IStorage storage, TimeProvider time, IOptions<DirectLineOptions> options) : IPersonalDataStore
{
    private const int MaxAttempts = 10;

    /// <summary>Reads conversation <paramref name="conversationId"/>, or null when there is none.</summary>
    public async Task<DirectLineConversationRecord?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = DirectLineConversationRecord.KeyFor(conversationId);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (!items.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        // The SQLite store keeps plain JSON and hands back a JObject; MemoryStorage hands back the object itself.
        return value switch
        {
            DirectLineConversationRecord record => record,
            JObject json => json.ToObject<DirectLineConversationRecord>(),
            _ => throw new InvalidOperationException($"Unexpected value type {value.GetType().Name} at key '{key}'."),
        };
    }

    /// <summary>Creates the conversation; returns false (and changes nothing) when it already exists.</summary>
    public async Task<bool> CreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is not null)
            {
                return false;
            }

            var record = new DirectLineConversationRecord
            {
                ConversationId = conversationId,
                UserId = userId,
                CreatedAt = time.GetUtcNow(),
            };
            try
            {
                // A null ETag means "must not exist yet": if another request created it first, the write conflicts.
                await storage.WriteAsync(new Dictionary<string, object> { [DirectLineConversationRecord.KeyFor(conversationId)] = record }, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (Exception e) when (IsETagConflict(e) && attempt < MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Appends <paramref name="activities"/>, giving each its id (<c>{conversationId}|0000012</c>) and a timestamp when
    /// it has none, drops the oldest beyond the cap, and returns the stored copies; null when the conversation is gone.
    /// </summary>
    public Task<IReadOnlyList<JObject>?> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        UpdateAsync<IReadOnlyList<JObject>>(conversationId, record =>
        {
            var appended = new List<JObject>(activities.Count);
            foreach (var activity in activities)
            {
                activity.Timestamp ??= time.GetUtcNow();
                var json = DirectLineJson.ToJObject(activity);
                json["id"] = DirectLineConversationRecord.ActivityId(conversationId, record.NextSequence++);
                appended.Add(json);
            }

            record.Activities.AddRange(appended);
            var excess = record.Activities.Count - options.Value.MaxLogActivities;
            if (excess > 0)
            {
                record.Activities.RemoveRange(0, excess);
            }

            return appended;
        }, cancellationToken);

    /// <summary>
    /// "delete my data" in a Direct Line conversation: the log's activities go, the conversation itself stays (its
    /// sequence keeps counting), so the bot's confirmation still reaches the page.
    /// </summary>
    public Task EraseAsync(string channelId, string conversationId, string userId, CancellationToken cancellationToken) =>
        channelId != DirectLineAdapter.ChannelId
            ? Task.CompletedTask
            : UpdateAsync<object>(conversationId, record =>
            {
                record.Activities.Clear();
                return record;
            }, cancellationToken);

    /// <summary>Deletes the conversation and its log.</summary>
    public Task DeleteAsync(string conversationId, CancellationToken cancellationToken) =>
        storage.DeleteAsync([DirectLineConversationRecord.KeyFor(conversationId)], cancellationToken);

    // Read, change, write with the record's ETag; on a conflict read again and reapply. Null when there is no record.
    private async Task<T?> UpdateAsync<T>(string conversationId, Func<DirectLineConversationRecord, T> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } record)
            {
                return null;
            }

            var result = change(record);
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [DirectLineConversationRecord.KeyFor(conversationId)] = record }, cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (Exception e) when (IsETagConflict(e) && attempt < MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // MemoryStorage and SqliteStorage both report a stale ETag with a message starting "Etag conflict".
    private static bool IsETagConflict(Exception e) => e.Message.Contains("etag conflict", StringComparison.OrdinalIgnoreCase);

    private static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken);
}
