using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using RecoveryBot.Privacy;
using RecoveryBot.Storage;

namespace RecoveryBot.CheckIns;

/// <summary>
/// The pending check-ins in the bot's <see cref="IStorage"/>: one item per due day (UTC) holding that day's
/// check-ins, and one small index per user naming their days, so "check-ins off" and "delete my data" find them.
/// Planning or sending a check-in touches only its own day, never everyone's. Changes are ETag-checked and retried.
/// </summary>
public sealed class CheckInStore(IStorage storage) : IPersonalDataStore
{
    /// <summary>The key prefix of everything this store keeps. Retention leaves it alone: a check-in planned months
    /// ahead sits untouched until its day, and each entry leaves when sent, dropped, turned off or erased.</summary>
    public const string KeyPrefix = "checkins/";

    /// <summary>The key prefix of the day items.</summary>
    public const string DayKeyPrefix = KeyPrefix + "due/";

    /// <summary>How many days before the catch-up window each round still clears, in case the app was down for a while.</summary>
    public const int ExpiredDaysCleared = 60;

    /// <summary>How many days back the sender looks, so check-ins missed while the app was down still go out.</summary>
    public const int CatchUpDays = 14;

    private const string UserKeyPrefix = KeyPrefix + "user/";

    // One update at a time within the app: concurrent read-change-write cycles on the same day would otherwise keep
    // failing each other's ETag check. The ETag check still guards against another instance.
    private readonly SemaphoreSlim _updateLock = new(1, 1);

    /// <summary>The storage key of one due day.</summary>
    public static string DayKey(DateOnly day) => DayKeyPrefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Plans a check-in.</summary>
    public async Task AddAsync(ScheduledCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var day = DayOf(checkIn);
        await UpdateAsync<CheckInDay>(DayKey(day), d => d.Items.Add(checkIn), cancellationToken).ConfigureAwait(false);
        await UpdateAsync<UserCheckIns>(UserKeyPrefix + checkIn.UserKey, u =>
        {
            if (!u.Days.Contains(day))
            {
                u.Days.Add(day);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The check-ins due by <paramref name="now"/>, from the last <see cref="CatchUpDays"/> days.</summary>
    public async Task<IReadOnlyList<ScheduledCheckIn>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var keys = Enumerable.Range(0, CatchUpDays + 1).Select(back => DayKey(today.AddDays(-back))).ToArray();
        var found = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        return found.Values.SelectMany(v => As<CheckInDay>(v).Items).Where(c => c.DueAt <= now).OrderBy(c => c.DueAt).ToList();
    }

    /// <summary>
    /// Takes <paramref name="checkIn"/> for sending by <paramref name="sender"/> until <paramref name="until"/>, unless
    /// another sender holds it (or it is gone); ETag-checked, so of several instances whose timers fire at once exactly
    /// one gets it. A claim that ran out (its sender crashed) can be taken.
    /// </summary>
    public async Task<bool> TryClaimAsync(ScheduledCheckIn checkIn, string sender, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);

        // Held by another sender (or already sent): nothing to write, so other senders' claims are not disturbed.
        var day = await ReadAsync<CheckInDay>(DayKey(DayOf(checkIn)), cancellationToken).ConfigureAwait(false);
        if (day.Items.FirstOrDefault(c => c.Id == checkIn.Id) is not { } seen || !(seen.ClaimedBy is null || seen.ClaimedBy == sender || seen.ClaimedUntil <= now))
        {
            return false;
        }

        var claimed = false;
        await UpdateAsync<CheckInDay>(DayKey(DayOf(checkIn)), day =>
        {
            claimed = false;
            if (day.Items.FirstOrDefault(c => c.Id == checkIn.Id) is { } item && (item.ClaimedBy is null || item.ClaimedBy == sender || item.ClaimedUntil <= now))
            {
                (item.ClaimedBy, item.ClaimedUntil) = (sender, until);
                claimed = true;
            }
        }, cancellationToken).ConfigureAwait(false);
        return claimed;
    }

    /// <summary>A check-in just sent leaves at once (not at the end of the round), so no other sender can send it again.</summary>
    public Task MarkSentAsync(ScheduledCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return UpdateAsync<CheckInDay>(DayKey(DayOf(checkIn)), d => d.Items.RemoveAll(c => c.Id == checkIn.Id), cancellationToken);
    }

    /// <summary>One user's pending check-ins.</summary>
    public async Task<IReadOnlyList<ScheduledCheckIn>> ListForUserAsync(string userKey, CancellationToken cancellationToken)
    {
        var index = await ReadAsync<UserCheckIns>(UserKeyPrefix + userKey, cancellationToken).ConfigureAwait(false);
        if (index.Days.Count == 0)
        {
            return [];
        }

        var found = await storage.ReadAsync(index.Days.Select(DayKey).ToArray(), cancellationToken).ConfigureAwait(false);
        return found.Values.SelectMany(v => As<CheckInDay>(v).Items).Where(c => c.UserKey == userKey).ToList();
    }

    /// <summary>Removes every check-in of one user.</summary>
    public async Task RemoveForUserAsync(string userKey, CancellationToken cancellationToken)
    {
        var indexKey = UserKeyPrefix + userKey;
        var index = await ReadAsync<UserCheckIns>(indexKey, cancellationToken).ConfigureAwait(false);
        foreach (var day in index.Days)
        {
            await UpdateAsync<CheckInDay>(DayKey(day), d => d.Items.RemoveAll(c => c.UserKey == userKey), cancellationToken).ConfigureAwait(false);
        }

        await storage.DeleteAsync([indexKey], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a round of sending: sent check-ins go, failed ones count a failure and go after
    /// <paramref name="maxFailures"/>; a day left empty is deleted, as is the day just past the catch-up window.</summary>
    public async Task RecordRoundAsync(DateTimeOffset now, IReadOnlyCollection<ScheduledCheckIn> sent, IReadOnlyCollection<ScheduledCheckIn> failed, int maxFailures, CancellationToken cancellationToken)
    {
        var sentIds = sent.Select(c => c.Id).ToHashSet();
        var failedIds = failed.Select(c => c.Id).ToHashSet();
        foreach (var day in sent.Concat(failed).Select(DayOf).Distinct())
        {
            var left = new HashSet<string>();
            await UpdateAsync<CheckInDay>(DayKey(day), d =>
            {
                d.Items.RemoveAll(c => sentIds.Contains(c.Id));
                foreach (var item in d.Items.Where(c => failedIds.Contains(c.Id)))
                {
                    item.FailedAttempts++;
                }

                d.Items.RemoveAll(c => c.FailedAttempts >= maxFailures);
                left = d.Items.Select(c => c.UserKey).ToHashSet();
            }, cancellationToken).ConfigureAwait(false);

            // A user with nothing left on that day loses the day from their index, so no index outlives its check-ins.
            foreach (var userKey in sent.Concat(failed).Where(c => DayOf(c) == day).Select(c => c.UserKey).Distinct().Where(u => !left.Contains(u)))
            {
                await UpdateAsync<UserCheckIns>(UserKeyPrefix + userKey, u => u.Days.Remove(day), cancellationToken).ConfigureAwait(false);
            }
        }

        // Days before the catch-up window are never read again: clear them, so nothing planned lingers after the app was down.
        var firstExpired = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-CatchUpDays - 1);
        var expired = Enumerable.Range(0, ExpiredDaysCleared).Select(back => DayKey(firstExpired.AddDays(-back))).ToArray();
        await storage.DeleteAsync(expired, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task EraseAsync(string channelId, string conversationId, string userId, CancellationToken cancellationToken)
        => RemoveForUserAsync(ScheduledCheckIn.UserKeyOf(channelId, userId), cancellationToken);

    private static DateOnly DayOf(ScheduledCheckIn checkIn) => DateOnly.FromDateTime(checkIn.DueAt.UtcDateTime);

    private async Task UpdateAsync<T>(string key, Action<T> change, CancellationToken cancellationToken)
        where T : class, IStoreItem, IEmptiable, new()
    {
        await _updateLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StoredItems.UpdateAsync<T>(storage, key, item =>
            {
                item ??= new T();
                change(item);
                return item.IsEmpty ? null : item;
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _updateLock.Release();
        }
    }

    private async Task<T> ReadAsync<T>(string key, CancellationToken cancellationToken)
        where T : class, new()
        => await StoredItems.ReadAsync<T>(storage, key, cancellationToken).ConfigureAwait(false) ?? new T();

    private static T As<T>(object value) where T : class, new() =>
        value as T ?? JObject.FromObject(value).ToObject<T>() ?? new T();

    private interface IEmptiable
    {
        bool IsEmpty { get; }
    }

    private sealed class CheckInDay : IStoreItem, IEmptiable
    {
        public string? ETag { get; set; }

        public List<ScheduledCheckIn> Items { get; set; } = [];

        public bool IsEmpty => Items.Count == 0;
    }

    private sealed class UserCheckIns : IStoreItem, IEmptiable
    {
        public string? ETag { get; set; }

        public List<DateOnly> Days { get; set; } = [];

        public bool IsEmpty => Days.Count == 0;
    }
}
