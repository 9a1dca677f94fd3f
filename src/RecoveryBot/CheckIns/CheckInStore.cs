using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using RecoveryBot.Privacy;
using RecoveryBot.Storage;

namespace RecoveryBot.CheckIns;

/// <summary>
/// The pending check-ins in the bot's <see cref="IStorage"/>: one item per check-in, under its due day (UTC) and its
/// user (<c>checkins/due/2026-12-05/{user}/{id}</c>), found by listing the day's keys; and one small index per user
/// naming their days, so "check-ins off" and "delete my data" find them. Planning, claiming or sending a check-in
/// writes only that check-in, however many others share its day.
/// </summary>
/// <remarks>Before 2026-11-30 a day's check-ins were one item (<c>checkins/due/2026-12-05</c>), rewritten with every plan
/// for that day. Such items are still read, and split into one item per check-in when the sender or the user's
/// commands meet them.</remarks>
public sealed class CheckInStore : IPersonalDataStore, IDisposable
{
    /// <summary>The key prefix of everything this store keeps. Retention leaves it alone: a check-in planned months
    /// ahead sits untouched until its day, and each entry leaves when sent, dropped, turned off or erased.</summary>
    public const string KeyPrefix = "checkins/";

    /// <inheritdoc/>
    /// <remarks>Idleness of an item says nothing here: the store decides when its items go.</remarks>
    public string? OwnLifetimeKeyPrefix => KeyPrefix;

    /// <summary>The key prefix of the check-ins, by due day.</summary>
    public const string DayKeyPrefix = KeyPrefix + "due/";

    /// <summary>How many days before the catch-up window are cleared, in case the app was down for a while.</summary>
    public const int ExpiredDaysCleared = 60;

    /// <summary>How many days back the sender looks, so check-ins missed while the app was down still go out.</summary>
    public const int CatchUpDays = 14;

    private const string UserKeyPrefix = KeyPrefix + "user/";

    private readonly IStorage _storage;
    private readonly IKeyListingStorage _listing;

    // One index update of a user at a time within the app: concurrent read-change-write cycles on one index would
    // otherwise fail each other's ETag check. Per user, so people completing exercises at once do not queue behind each
    // other. The ETag check still guards against another instance.
    private readonly KeyedLock _indexLocks = new();

    // Old day items hold many users' check-ins: split one at a time.
    private readonly SemaphoreSlim _splitLock = new(1, 1);

    /// <summary>Releases the lock that keeps two splits of one user's items apart.</summary>
    public void Dispose() => _splitLock.Dispose();

    // The last day whose expired check-ins were cleared, so that is done once a day, not every round.
    private DateOnly _clearedOn;

    /// <summary>Creates the store on <paramref name="storage"/>, which must list its keys.</summary>
    public CheckInStore(IStorage storage)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _listing = KeyListing.Require(storage, "Check-ins");
    }

    /// <summary>The storage key of check-in <paramref name="checkIn"/>.</summary>
    public static string KeyOf(ScheduledCheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return UserDayPrefix(DayOf(checkIn), checkIn.UserKey) + checkIn.Id;
    }

    /// <summary>The key prefix of the check-ins due on <paramref name="day"/>.</summary>
    public static string DayPrefix(DateOnly day) => DayKeyPrefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/";

    /// <summary>Plans a check-in.</summary>
    public Task AddAsync(ScheduledCheckIn checkIn, CancellationToken cancellationToken) => AddAsync(checkIn, alongside: null, cancellationToken);

    /// <summary>Plans a check-in, and writes <paramref name="alongside"/> (items of the bot's store) in the same write,
    /// before the check-in: one transaction where the store has them, so either all are saved or none.</summary>
    public async Task AddAsync(ScheduledCheckIn checkIn, IReadOnlyDictionary<string, object>? alongside, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        checkIn.ETag = null; // a new item: the write fails rather than replace one with the same id
        var day = DayOf(checkIn);
        using (await _indexLocks.AcquireAsync(checkIn.UserKey, cancellationToken).ConfigureAwait(false))
        {
            // The index, what goes with the check-in, then the check-in, in one write: one transaction on SQLite and
            // PostgreSQL; where the store writes one item after another (Azure Blob), a check-in is never left that
            // "check-ins off" cannot find, or that came without what was saved with it.
            await UpdateIndexLockedAsync(checkIn.UserKey, u =>
            {
                if (!u.Days.Contains(day))
                {
                    u.Days.Add(day);
                }
            }, new Dictionary<string, object>([.. alongside ?? new Dictionary<string, object>(), new(KeyOf(checkIn), checkIn)]), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The check-ins due by <paramref name="now"/>, from the last <see cref="CatchUpDays"/> days.</summary>
    public async Task<IReadOnlyList<ScheduledCheckIn>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var days = Enumerable.Range(0, CatchUpDays + 1).Select(back => today.AddDays(-back)).ToList();
        await SplitOldDayItemsAsync(days, cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        foreach (var day in days)
        {
            keys.AddRange(await _listing.ListKeysAsync(DayPrefix(day), cancellationToken).ConfigureAwait(false));
        }

        return (await ReadCheckInsAsync(keys, cancellationToken).ConfigureAwait(false)).Where(c => c.DueAt <= now).OrderBy(c => c.DueAt).ToList();
    }

    /// <summary>
    /// Takes <paramref name="checkIn"/> for sending by <paramref name="sender"/> until <paramref name="until"/>, unless
    /// another sender holds it (or it is gone); ETag-checked, so of several instances whose timers fire at once exactly
    /// one gets it. A claim that ran out (its sender crashed) can be taken.
    /// </summary>
    public async Task<bool> TryClaimAsync(ScheduledCheckIn checkIn, string sender, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        bool Claimable(ScheduledCheckIn c) => c.ClaimedBy is null || c.ClaimedBy == sender || c.ClaimedUntil <= now;

        // Held by another sender (or already sent): nothing to write, so other senders' claims are not disturbed.
        var key = KeyOf(checkIn);
        if (await StoredItems.ReadAsync<ScheduledCheckIn>(_storage, key, cancellationToken).ConfigureAwait(false) is not { } seen || !Claimable(seen))
        {
            return false;
        }

        var claimed = false;
        await StoredItems.UpdateAsync<ScheduledCheckIn>(_storage, key, item =>
        {
            claimed = item is not null && Claimable(item);
            if (claimed)
            {
                (item!.ClaimedBy, item.ClaimedUntil) = (sender, until);
            }

            return item;
        }, cancellationToken).ConfigureAwait(false);
        return claimed;
    }

    /// <summary>A check-in just sent leaves at once (not at the end of the round), so no other sender can send it again.</summary>
    public Task MarkSentAsync(ScheduledCheckIn checkIn, CancellationToken cancellationToken) =>
        _storage.DeleteAsync([KeyOf(checkIn)], cancellationToken);

    /// <summary>One user's pending check-ins.</summary>
    public async Task<IReadOnlyList<ScheduledCheckIn>> ListForUserAsync(string userKey, CancellationToken cancellationToken) =>
        await ReadCheckInsAsync(await UserKeysAsync(userKey, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>Removes every check-in of one user.</summary>
    public async Task RemoveForUserAsync(string userKey, CancellationToken cancellationToken)
    {
        var keys = await UserKeysAsync(userKey, cancellationToken).ConfigureAwait(false);
        if (keys.Count > 0)
        {
            await _storage.DeleteAsync([.. keys], cancellationToken).ConfigureAwait(false);
        }

        await _storage.DeleteAsync([UserKeyPrefix + userKey], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a round of sending: sent check-ins go, failed ones count a failure and go after
    /// <paramref name="maxFailures"/>; a user with nothing left on a day loses it from their index; once a day the days
    /// before the catch-up window are cleared.</summary>
    public async Task RecordRoundAsync(DateTimeOffset now, IReadOnlyCollection<ScheduledCheckIn> sent, IReadOnlyCollection<ScheduledCheckIn> failed, int maxFailures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(failed);
        if (sent.Count > 0)
        {
            await _storage.DeleteAsync(sent.Select(KeyOf).ToArray(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var checkIn in failed)
        {
            await StoredItems.UpdateAsync<ScheduledCheckIn>(_storage, KeyOf(checkIn), item =>
            {
                if (item is not null)
                {
                    item.FailedAttempts++;
                }

                return item is { } kept && kept.FailedAttempts < maxFailures ? kept : null;
            }, cancellationToken).ConfigureAwait(false);
        }

        // A user with nothing left on that day loses the day from their index, so no index outlives its check-ins.
        foreach (var (userKey, day) in sent.Concat(failed).Select(c => (c.UserKey, Day: DayOf(c))).Distinct())
        {
            // Looked at under the user's index lock, so a check-in planned for that day meanwhile keeps the day in the index.
            using (await _indexLocks.AcquireAsync(userKey, cancellationToken).ConfigureAwait(false))
            {
                if ((await _listing.ListKeysAsync(UserDayPrefix(day, userKey), cancellationToken).ConfigureAwait(false)).Count == 0)
                {
                    await UpdateIndexLockedAsync(userKey, u => u.Days.Remove(day), alongside: null, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        // Days before the catch-up window are never read again: clear them once a day, so nothing planned lingers after
        // the app was down.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (_clearedOn != today)
        {
            var firstExpired = today.AddDays(-CatchUpDays - 1);
            var expired = new List<string>();
            for (var back = 0; back < ExpiredDaysCleared; back++)
            {
                var day = firstExpired.AddDays(-back);
                expired.Add(OldDayKey(day));
                expired.AddRange(await _listing.ListKeysAsync(DayPrefix(day), cancellationToken).ConfigureAwait(false));
            }

            await _storage.DeleteAsync([.. expired], cancellationToken).ConfigureAwait(false);
            _clearedOn = today;
        }
    }

    /// <inheritdoc/>
    public Task EraseAsync(string channelId, string conversationId, string userId, CancellationToken cancellationToken)
        => RemoveForUserAsync(ScheduledCheckIn.UserKeyOf(channelId, userId), cancellationToken);

    private static DateOnly DayOf(ScheduledCheckIn checkIn) => DateOnly.FromDateTime(checkIn.DueAt.UtcDateTime);

    // Escaped, so a user id with a slash in it cannot reach into another user's keys.
    private static string UserDayPrefix(DateOnly day, string userKey) => DayPrefix(day) + Uri.EscapeDataString(userKey) + "/";

    // The one item per day kept before 2026-11-30.
    private static string OldDayKey(DateOnly day) => DayKeyPrefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<List<string>> UserKeysAsync(string userKey, CancellationToken cancellationToken)
    {
        var index = await StoredItems.ReadAsync<UserCheckIns>(_storage, UserKeyPrefix + userKey, cancellationToken).ConfigureAwait(false);
        if (index is null || index.Days.Count == 0)
        {
            return [];
        }

        await SplitOldDayItemsAsync(index.Days, cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        foreach (var day in index.Days)
        {
            keys.AddRange(await _listing.ListKeysAsync(UserDayPrefix(day, userKey), cancellationToken).ConfigureAwait(false));
        }

        return keys;
    }

    private async Task<List<ScheduledCheckIn>> ReadCheckInsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var found = await _storage.ReadAsync([.. keys], cancellationToken).ConfigureAwait(false);
        return found.Values.Select(StoredItems.As<ScheduledCheckIn>).OfType<ScheduledCheckIn>().ToList();
    }

    // An old day item becomes one item per check-in (written before the day item goes, so nothing is lost if this stops
    // half-way; a check-in already split is left as it is).
    private async Task SplitOldDayItemsAsync(IEnumerable<DateOnly> days, CancellationToken cancellationToken)
    {
        var keys = days.Select(OldDayKey).ToArray();
        if ((await _storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            return;
        }

        // Read again under the lock: two splits of one day at once could bring back a check-in the first one's sender
        // had already sent and removed.
        await _splitLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await SplitLockedAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _splitLock.Release();
        }
    }

    private async Task SplitLockedAsync(string[] keys, CancellationToken cancellationToken)
    {
        var found = await _storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in found)
        {
            foreach (var checkIn in StoredItems.As<OldCheckInDay>(value)?.Items ?? [])
            {
                checkIn.ETag = "*";
                var itemKey = KeyOf(checkIn);
                if ((await _storage.ReadAsync([itemKey], cancellationToken).ConfigureAwait(false)).Count == 0)
                {
                    await _storage.WriteAsync(new Dictionary<string, object> { [itemKey] = checkIn }, cancellationToken).ConfigureAwait(false);
                }
            }

            await _storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
        }
    }

    private Task UpdateIndexLockedAsync(
        string userKey, Action<UserCheckIns> change, IReadOnlyDictionary<string, object>? alongside, CancellationToken cancellationToken) =>
        StoredItems.UpdateAsync<UserCheckIns>(_storage, UserKeyPrefix + userKey, index =>
        {
            index ??= new UserCheckIns();
            change(index);
            return index.Days.Count == 0 ? null : index;
        }, alongside, cancellationToken);

    private sealed class OldCheckInDay
    {
        public List<ScheduledCheckIn> Items { get; set; } = [];
    }

    private sealed class UserCheckIns : IStoreItem
    {
        public string? ETag { get; set; }

        public List<DateOnly> Days { get; set; } = [];
    }
}
