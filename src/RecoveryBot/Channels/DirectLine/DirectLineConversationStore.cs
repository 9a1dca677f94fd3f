using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RecoveryBot.Privacy;
using RecoveryBot.Storage;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>
/// Keeps each conversation's activity log in the app's <see cref="IStorage"/>: a small record (who, since when, which
/// pages) and the activities in pages of <see cref="PageSize"/>, page <c>n</c> holding sequence numbers
/// <c>n × PageSize</c> onwards. An append writes only the page it lands on, so turn 500 costs what turn 5 does. A
/// sequence number is taken by writing it into its page with the page's ETag, so concurrent appends (the user's echo,
/// the bot's replies, a proactive message, another instance) never lose one another, and an activity is readable the
/// moment its number is given out.
/// </summary>
public sealed class DirectLineConversationStore(IStorage storage, TimeProvider time, IOptions<DirectLineOptions> options) : IPersonalDataStore
{
    /// <summary>How many activities one page holds.</summary>
    public const int PageSize = 20;

    private const int MaxAttempts = 10;

    private readonly IKeyListingStorage _listing = KeyListing.Require(storage, "The Direct Line log");

    /// <summary>Reads conversation <paramref name="conversationId"/>'s record (not its activities), or null when there is none.</summary>
    public async Task<DirectLineConversationRecord?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        await StoredItems.ReadAsync<DirectLineConversationRecord>(storage, DirectLineConversationRecord.KeyFor(conversationId), cancellationToken).ConfigureAwait(false);

    /// <summary>The kept activities after <paramref name="watermark"/> (-1 for all), oldest first; null when the
    /// conversation is gone.</summary>
    public async Task<DirectLineLogSlice?> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        if (await MigratedAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return null;
        }

        // From the page holding the watermark, so the newest number is known even when nothing follows it.
        var pages = await ReadPagesFromAsync(conversationId, Math.Max(record.FirstPage, Math.Max(watermark, 0) / PageSize), record.LastPage, cancellationToken).ConfigureAwait(false);
        var newest = Math.Max(record.LastSequence, pages.Count > 0 ? DirectLineConversationRecord.SequenceOf(pages[^1].Activities[^1]) : -1);
        var oldestKept = newest - options.Value.MaxLogActivities;
        var activities = pages.SelectMany(p => p.Activities)
            .Where(a => DirectLineConversationRecord.SequenceOf(a) is var sequence && sequence > watermark && sequence > oldestKept)
            .ToList();
        return new DirectLineLogSlice(activities, newest < 0 ? string.Empty : newest.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Creates the conversation; returns false (and changes nothing) when it already exists.</summary>
    public async Task<bool> CreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        var record = new DirectLineConversationRecord
        {
            ConversationId = conversationId,
            UserId = userId,
            CreatedAt = time.GetUtcNow(),
            TouchedOn = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
        };
        try
        {
            // A null ETag means "must not exist yet": if it exists, or another request created it first, the write conflicts.
            await storage.WriteAsync(new Dictionary<string, object> { [DirectLineConversationRecord.KeyFor(conversationId)] = record }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (StoredItems.IsConflict(e))
        {
            if (await GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
            {
                throw;
            }

            return false;
        }
    }

    /// <summary>
    /// Appends <paramref name="activities"/>, giving each its id (<c>{conversationId}|0000012</c>) and a timestamp when
    /// it has none, and returns the stored copies; null when the conversation is gone. Pages older than the newest
    /// <see cref="DirectLineOptions.MaxLogActivities"/> activities are deleted.
    /// </summary>
    public async Task<IReadOnlyList<JObject>?> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (await MigratedAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return null;
        }

        var appended = new List<JObject>(activities.Count);
        var page = record.LastPage;
        foreach (var activity in activities)
        {
            activity.Timestamp ??= time.GetUtcNow();
            var json = DirectLineJson.ToJObject(activity);
            for (var attempt = 1; ; attempt++)
            {
                var stored = await StoredItems.ReadAsync<DirectLineLogPage>(storage, PageKey(conversationId, page), cancellationToken).ConfigureAwait(false) ?? new DirectLineLogPage();
                // Never below a number given out before (a log erased or moved into pages continues above it).
                var next = Math.Max(
                    stored.Activities.Count == 0 ? page * PageSize : DirectLineConversationRecord.SequenceOf(stored.Activities[^1]) + 1,
                    record.LastSequence + 1);
                if (next >= (page + 1) * PageSize)
                {
                    page++; // full: the next page (another writer may have started it already)
                    continue;
                }

                json["id"] = DirectLineConversationRecord.ActivityId(conversationId, next);
                stored.Activities.Add(json);
                try
                {
                    await storage.WriteAsync(new Dictionary<string, object> { [PageKey(conversationId, page)] = stored }, cancellationToken).ConfigureAwait(false);
                    break;
                }
                catch (Exception e) when (StoredItems.IsConflict(e) && attempt < MaxAttempts)
                {
                    // Another append took that number first: read the page again.
                    await StoredItems.BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
                }
            }

            appended.Add(json);
        }

        if (appended.Count > 0)
        {
            await RecordProgressAsync(record, page, DirectLineConversationRecord.SequenceOf(appended[^1]), cancellationToken).ConfigureAwait(false);
        }

        return appended;
    }

    /// <summary>
    /// "delete my data" in a Direct Line conversation: the log's activities go, the conversation itself stays (its
    /// sequence keeps counting), so the bot's confirmation still reaches the page.
    /// </summary>
    public async Task EraseAsync(string channelId, string conversationId, string userId, CancellationToken cancellationToken)
    {
        if (channelId != DirectLineAdapter.ChannelId || await MigratedAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return;
        }

        // Every page, however old (an append that met the erase may have written below the first page), then the record
        // moves on to a fresh page, so new activities get numbers above every erased one.
        var keys = await _listing.ListKeysAsync(PagePrefix(conversationId), cancellationToken).ConfigureAwait(false);
        var last = keys.Select(PageOf).DefaultIfEmpty(record.LastPage).Max();
        await UpdateRecordAsync(conversationId, r =>
        {
            r.FirstPage = r.LastPage = Math.Max(r.LastPage, last) + 1;
            r.LastSequence = Math.Max(r.LastSequence, r.FirstPage * PageSize - 1);
        }, cancellationToken).ConfigureAwait(false);
        if (keys.Count > 0)
        {
            await storage.DeleteAsync([.. keys], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the conversation and its log.</summary>
    public async Task DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        var pages = await _listing.ListKeysAsync(PagePrefix(conversationId), cancellationToken).ConfigureAwait(false);
        await storage.DeleteAsync([DirectLineConversationRecord.KeyFor(conversationId), .. pages], cancellationToken).ConfigureAwait(false);
    }

    private static string PagePrefix(string conversationId) => DirectLineConversationRecord.KeyFor(conversationId) + "/";

    private static string PageKey(string conversationId, long page) => PagePrefix(conversationId) + page.ToString(CultureInfo.InvariantCulture);

    private static long PageOf(string key) =>
        long.TryParse(key.AsSpan(key.LastIndexOf('/') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : -1;

    // The pages from the first asked for, in order, up to the first that is not full: a later page exists only once the
    // one before it is full, so stopping there never skips a number, even if an append lands between two reads (a store
    // may read several keys one by one). The record's last page may lag a crashed append, so one page more is looked at.
    private async Task<List<DirectLineLogPage>> ReadPagesFromAsync(string conversationId, long first, long last, CancellationToken cancellationToken)
    {
        var pages = new List<DirectLineLogPage>();
        var keys = Enumerable.Range(0, (int)Math.Max(1, last - first + 2)).Select(i => PageKey(conversationId, first + i)).ToArray();
        while (keys.Length > 0)
        {
            var found = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
            foreach (var key in keys)
            {
                if (!found.TryGetValue(key, out var value) || StoredItems.As<DirectLineLogPage>(value) is not { Activities.Count: > 0 } page)
                {
                    // A missing page before the record's last one is one the cap or an erase removed: go on after it.
                    if (PageOf(key) < last)
                    {
                        continue;
                    }

                    return pages;
                }

                pages.Add(page);
                if (DirectLineConversationRecord.SequenceOf(page.Activities[^1]) < (PageOf(key) + 1) * PageSize - 1)
                {
                    return pages; // not full: nothing after it can be newer and complete
                }
            }

            keys = [PageKey(conversationId, PageOf(keys[^1]) + 1)];
        }

        return pages;
    }

    // After an append: the record learns the newest page and sequence when they moved past what it knows (and is written
    // at least once a day while the conversation is in use, so retention never takes the record of a living log), and
    // pages wholly older than the newest MaxLogActivities activities are deleted.
    private async Task RecordProgressAsync(DirectLineConversationRecord before, long page, long sequence, CancellationToken cancellationToken)
    {
        var conversationId = before.ConversationId;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (before.LastPage >= page && before.TouchedOn == today)
        {
            return;
        }

        long dropBefore = 0, firstBefore = 0;
        await UpdateRecordAsync(conversationId, r =>
        {
            r.LastPage = Math.Max(r.LastPage, page);
            r.LastSequence = Math.Max(r.LastSequence, sequence);
            r.TouchedOn = today;
            firstBefore = r.FirstPage;
            // A page is dropped once its last number is older than the newest MaxLogActivities.
            dropBefore = (r.LastSequence - options.Value.MaxLogActivities + 1) / PageSize;
            r.FirstPage = Math.Max(r.FirstPage, dropBefore);
        }, cancellationToken).ConfigureAwait(false);
        if (dropBefore > firstBefore)
        {
            var dropped = new List<string>();
            for (var p = firstBefore; p < dropBefore; p++)
            {
                dropped.Add(PageKey(conversationId, p));
            }

            await storage.DeleteAsync([.. dropped], cancellationToken).ConfigureAwait(false);
        }
    }

    private Task UpdateRecordAsync(string conversationId, Action<DirectLineConversationRecord> change, CancellationToken cancellationToken) =>
        StoredItems.UpdateAsync<DirectLineConversationRecord>(storage, DirectLineConversationRecord.KeyFor(conversationId), r =>
        {
            if (r is not null)
            {
                change(r);
            }

            return r;
        }, cancellationToken);

    // A record written before 2026-11-30 holds its activities itself: they move into pages under the numbers they have.
    private async Task<DirectLineConversationRecord?> MigratedAsync(string conversationId, CancellationToken cancellationToken)
    {
        var record = await GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (record?.Activities is not { } old)
        {
            return record;
        }

        foreach (var group in old.GroupBy(a => DirectLineConversationRecord.SequenceOf(a) / PageSize))
        {
            try
            {
                // Create-only: a request that moved the log first (and perhaps appended since) is never overwritten.
                var page = new DirectLineLogPage { Activities = group.ToList() };
                await storage.WriteAsync(new Dictionary<string, object> { [PageKey(conversationId, group.Key)] = page }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (StoredItems.IsConflict(e))
            {
            }
        }

        await UpdateRecordAsync(conversationId, r =>
        {
            if (r.Activities is null)
            {
                return; // moved by another request meanwhile
            }

            r.LastSequence = Math.Max(r.LastSequence, r.NextSequence - 1);
            r.LastPage = Math.Max(r.LastPage, Math.Max(r.LastSequence, 0) / PageSize);
            r.FirstPage = old.Count > 0 ? DirectLineConversationRecord.SequenceOf(old[0]) / PageSize : r.LastPage;
            r.NextSequence = 0;
            r.Activities = null;
        }, cancellationToken).ConfigureAwait(false);
        return await GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
    }

    private sealed class DirectLineLogPage : IStoreItem
    {
        [JsonProperty("eTag")]
        public string? ETag { get; set; }

        [JsonProperty("activities")]
        public List<JObject> Activities { get; set; } = [];
    }
}
