using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using RecoveryBot.CheckIns;
using RecoveryBot.Storage;

namespace RecoveryBot.Tests.CheckIns;

/// <summary>The check-in store's layout: one item per check-in under its due day and user, an index per user.</summary>
public sealed class CheckInStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly ListableMemoryStorage _storage = new();

    private CheckInStore Store => new(_storage);

    private static ScheduledCheckIn Due(DateTimeOffset at, string user = "test/u1") => new() { DueAt = at, UserKey = user, Message = "hello" };

    private Task<IReadOnlyList<string>> KeysAsync(string prefix) => _storage.ListKeysAsync(prefix, default);

    [Fact]
    public async Task Planning_a_check_in_writes_only_that_check_in_however_many_share_its_day()
    {
        var saturday = Now.AddDays(10);
        var others = Enumerable.Range(0, 20).Select(i => Due(saturday, $"test/other{i}")).ToList();
        foreach (var other in others)
        {
            await Store.AddAsync(other, default);
        }

        var before = await _storage.ReadAsync(others.Select(CheckInStore.KeyOf).ToArray());
        await Store.AddAsync(Due(saturday), default);
        var after = await _storage.ReadAsync(others.Select(CheckInStore.KeyOf).ToArray());

        // Nobody else's check-in was rewritten: each keeps its ETag.
        Assert.All(before, pair => Assert.Equal(((IStoreItem)pair.Value).ETag, ((IStoreItem)after[pair.Key]).ETag));
        Assert.Equal(21, (await KeysAsync(CheckInStore.DayPrefix(DateOnly.FromDateTime(saturday.UtcDateTime)))).Count);
        Assert.Empty(await KeysAsync(CheckInStore.DayPrefix(DateOnly.FromDateTime(Now.UtcDateTime))));
    }

    [Fact]
    public async Task Planning_a_check_in_writes_the_users_index_the_check_in_and_what_goes_with_it_in_one_call_index_first()
    {
        var store = new WatchedStorage(_storage);
        var checkIn = Due(Now.AddDays(3));

        await new CheckInStore(store).AddAsync(checkIn, new Dictionary<string, object> { ["journal/test/u1/entry"] = new JObject() }, default);

        // One call: one transaction on SQLite and PostgreSQL; index first where a store writes one item at a time.
        var call = Assert.Single(store.Writes);
        Assert.Equal(["checkins/user/test/u1", "journal/test/u1/entry", CheckInStore.KeyOf(checkIn)], call);
    }

    [Fact]
    public async Task A_check_in_written_again_after_its_answer_was_lost_is_kept_once_and_not_retried()
    {
        var store = new WatchedStorage(_storage);
        var planner = new CheckInStore(store);
        var checkIn = Due(Now.AddDays(3));
        await planner.AddAsync(checkIn, default);

        // As when the store saved the write but its answer was lost, and the same check-in is written again.
        await planner.AddAsync(checkIn, default);

        Assert.Equal(2, store.Writes.Count); // the conflict is recognised as this write's own, not retried
        Assert.Single(await KeysAsync(CheckInStore.DayPrefix(DateOnly.FromDateTime(Now.AddDays(3).UtcDateTime))));
    }

    [Fact]
    public async Task A_conflict_no_retry_can_clear_fails_at_once()
    {
        var store = new WatchedStorage(_storage);
        var planner = new CheckInStore(store);
        var earlier = Due(Now.AddDays(4));
        await planner.AddAsync(earlier, default);

        // An item meant to go with a new check-in as new is already there, and the check-in is not: a conflict no retry
        // clears, not a lost answer.
        var checkIn = Due(Now.AddDays(3));
        earlier.ETag = null;
        await Assert.ThrowsAnyAsync<Exception>(() => planner.AddAsync(checkIn, new Dictionary<string, object> { [CheckInStore.KeyOf(earlier)] = earlier }, default));

        Assert.Equal(2, store.Writes.Count);
        Assert.Empty(await KeysAsync(CheckInStore.DayPrefix(DateOnly.FromDateTime(Now.AddDays(3).UtcDateTime))));
    }

    [Fact]
    public async Task People_planning_check_ins_at_once_do_not_wait_for_each_other()
    {
        var store = new WatchedStorage(_storage);
        var planner = new CheckInStore(store);
        var slow = Due(Now.AddDays(3), "test/slow");
        var held = new TaskCompletionSource();
        store.Hold = (keys, ct) => keys.Contains(CheckInStore.KeyOf(slow)) ? held.Task.WaitAsync(ct) : Task.CompletedTask;

        var waiting = planner.AddAsync(slow, default);
        // Another person's plan goes through while the first one's write is still held (the store is slow to answer).
        await planner.AddAsync(Due(Now.AddDays(3), "test/quick"), default).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(waiting.IsCompleted);
        held.SetResult();
        await waiting;
        Assert.Equal(2, (await KeysAsync(CheckInStore.DayPrefix(DateOnly.FromDateTime(Now.AddDays(3).UtcDateTime)))).Count);
    }

    // The store, with every write call's keys in order, and a write that can be held back.
    private sealed class WatchedStorage(ListableMemoryStorage inner) : IStorage, IKeyListingStorage
    {
        public List<string[]> Writes { get; } = [];

        public Func<string[], CancellationToken, Task> Hold { get; set; } = (_, _) => Task.CompletedTask;

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            var keys = changes.Keys.ToArray();
            lock (Writes)
            {
                Writes.Add(keys);
            }

            await Hold(keys, cancellationToken);
            await inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

        public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken) => inner.ListKeysAsync(prefix, cancellationToken);
    }

    [Fact]
    public async Task Check_ins_missed_while_the_app_was_down_still_go_out_within_the_catch_up_window()
    {
        await Store.AddAsync(Due(Now.AddDays(-3)), default);
        await Store.AddAsync(Due(Now.AddDays(-CheckInStore.CatchUpDays - 2)), default);
        await Store.AddAsync(Due(Now.AddHours(2)), default);

        var due = await Store.ListDueAsync(Now, default);

        Assert.Equal(Now.AddDays(-3), Assert.Single(due).DueAt);
    }

    [Fact]
    public async Task A_round_removes_sent_check_ins_counts_failures_and_drops_one_that_failed_too_often()
    {
        var sent = Due(Now.AddHours(-1));
        var failing = Due(Now.AddHours(-2), "test/u2");
        await Store.AddAsync(sent, default);
        await Store.AddAsync(failing, default);

        await Store.RecordRoundAsync(Now, [sent], [failing], maxFailures: 2, default);
        Assert.Equal(1, Assert.Single(await Store.ListDueAsync(Now, default)).FailedAttempts);

        await Store.RecordRoundAsync(Now, [], [failing], maxFailures: 2, default);
        Assert.Empty(await Store.ListDueAsync(Now, default));
        Assert.Empty(await KeysAsync(CheckInStore.DayKeyPrefix));
        Assert.Empty(await KeysAsync("checkins/user/"));
    }

    [Fact]
    public async Task Days_before_the_catch_up_window_are_cleared_by_a_round()
    {
        var stale = Due(Now.AddDays(-CheckInStore.CatchUpDays - 5));
        var waiting = Due(Now.AddDays(3));
        await Store.AddAsync(stale, default);
        await Store.AddAsync(waiting, default);

        await Store.RecordRoundAsync(Now, [], [], maxFailures: 3, default);

        Assert.Equal([CheckInStore.KeyOf(waiting)], await KeysAsync(CheckInStore.DayKeyPrefix));
    }

    [Fact]
    public async Task A_sent_check_in_leaves_the_users_index_too_but_another_that_day_keeps_it()
    {
        var first = Due(Now.AddHours(-1));
        var second = Due(Now.AddHours(-3));
        await Store.AddAsync(first, default);
        await Store.AddAsync(second, default);

        await Store.RecordRoundAsync(Now, [first], [], maxFailures: 3, default);
        Assert.Single(await _storage.ReadAsync(["checkins/user/test/u1"]));
        Assert.Equal(second.Id, Assert.Single(await Store.ListForUserAsync("test/u1", default)).Id);

        await Store.RecordRoundAsync(Now, [second], [], maxFailures: 3, default);
        Assert.Empty(await _storage.ReadAsync(["checkins/user/test/u1"]));
    }

    [Fact]
    public async Task Removing_a_user_leaves_other_users_check_ins_on_the_same_day()
    {
        await Store.AddAsync(Due(Now.AddDays(1)), default);
        await Store.AddAsync(Due(Now.AddDays(1), "test/u2"), default);

        await Store.RemoveForUserAsync("test/u1", default);

        Assert.Empty(await Store.ListForUserAsync("test/u1", default));
        Assert.Single(await Store.ListForUserAsync("test/u2", default));
    }

    [Fact]
    public async Task A_user_id_with_a_slash_cannot_reach_another_users_check_ins()
    {
        await Store.AddAsync(Due(Now.AddDays(1), "test/u1/x"), default);
        await Store.AddAsync(Due(Now.AddDays(1), "test/u1"), default);

        await Store.RemoveForUserAsync("test/u1", default);

        Assert.Single(await Store.ListForUserAsync("test/u1/x", default));
    }

    [Fact]
    public async Task Only_one_of_two_senders_claims_a_check_in_and_a_claim_that_ran_out_can_be_taken()
    {
        var checkIn = Due(Now.AddHours(-1));
        await Store.AddAsync(checkIn, default);

        var claims = await Task.WhenAll(
            Store.TryClaimAsync(checkIn, "a", Now, Now.AddMinutes(5), default),
            Store.TryClaimAsync(checkIn, "b", Now, Now.AddMinutes(5), default));

        Assert.Equal(1, claims.Count(c => c));
        Assert.True(await Store.TryClaimAsync(checkIn, "c", Now.AddMinutes(6), Now.AddMinutes(11), default));
        await Store.MarkSentAsync(checkIn, default);
        Assert.False(await Store.TryClaimAsync(checkIn, "c", Now.AddMinutes(6), Now.AddMinutes(11), default));
    }

    [Fact]
    public async Task A_day_stored_the_old_way_as_one_item_is_still_sent_listed_and_erased()
    {
        // Before 2026-11-30 all check-ins of a day were one item: {"Items": [...]} under checkins/due/yyyy-MM-dd.
        var mine = Due(Now.AddHours(-1));
        var theirs = Due(Now.AddHours(-2), "test/u2");
        var day = DateOnly.FromDateTime(Now.UtcDateTime);
        var oldKey = "checkins/due/" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            [oldKey] = JObject.FromObject(new { Items = new[] { mine, theirs } }),
            ["checkins/user/test/u1"] = JObject.FromObject(new { Days = new[] { day } }),
            ["checkins/user/test/u2"] = JObject.FromObject(new { Days = new[] { day } }),
        });

        Assert.Equal(mine.Id, Assert.Single(await Store.ListForUserAsync("test/u1", default)).Id);
        Assert.Equal([theirs.Id, mine.Id], (await Store.ListDueAsync(Now, default)).Select(c => c.Id));
        Assert.Empty(await _storage.ReadAsync([oldKey]));

        await Store.RemoveForUserAsync("test/u1", default);
        Assert.Equal(theirs.Id, Assert.Single(await Store.ListDueAsync(Now, default)).Id);
    }
}
