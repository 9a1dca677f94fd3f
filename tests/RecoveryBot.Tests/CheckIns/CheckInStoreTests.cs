using Microsoft.Bot.Builder;
using RecoveryBot.CheckIns;

namespace RecoveryBot.Tests.CheckIns;

/// <summary>The check-in store's layout: one item per due day, an index per user.</summary>
public sealed class CheckInStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly IStorage _storage = new MemoryStorage();

    private CheckInStore Store => new(_storage);

    private static ScheduledCheckIn Due(DateTimeOffset at, string user = "test/u1") => new() { DueAt = at, UserKey = user, Message = "hello" };

    [Fact]
    public async Task Planning_a_check_in_touches_only_its_own_day()
    {
        await Store.AddAsync(Due(Now.AddDays(3)), default);
        await Store.AddAsync(Due(Now.AddDays(10), "test/u2"), default);

        Assert.Single(await _storage.ReadAsync([CheckInStore.DayKey(new DateOnly(2026, 11, 28))]));
        Assert.Single(await _storage.ReadAsync([CheckInStore.DayKey(new DateOnly(2026, 12, 5))]));
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
    public async Task A_round_removes_sent_check_ins_counts_failures_and_deletes_empty_days()
    {
        var sent = Due(Now.AddHours(-1));
        var failing = Due(Now.AddHours(-2), "test/u2");
        await Store.AddAsync(sent, default);
        await Store.AddAsync(failing, default);

        await Store.RecordRoundAsync(Now, [sent], [failing], maxFailures: 2, default);
        Assert.Equal(1, Assert.Single(await Store.ListDueAsync(Now, default)).FailedAttempts);

        await Store.RecordRoundAsync(Now, [], [failing], maxFailures: 2, default);
        Assert.Empty(await Store.ListDueAsync(Now, default));
        Assert.Empty(await _storage.ReadAsync([CheckInStore.DayKey(DateOnly.FromDateTime(Now.UtcDateTime))]));
    }

    [Fact]
    public async Task Days_before_the_catch_up_window_are_cleared_by_a_round()
    {
        var stale = Due(Now.AddDays(-CheckInStore.CatchUpDays - 5));
        await Store.AddAsync(stale, default);

        await Store.RecordRoundAsync(Now, [], [], maxFailures: 3, default);

        Assert.Empty(await _storage.ReadAsync([CheckInStore.DayKey(DateOnly.FromDateTime(stale.DueAt.UtcDateTime))]));
    }

    [Fact]
    public async Task A_sent_check_in_leaves_the_users_index_too()
    {
        var checkIn = Due(Now.AddHours(-1));
        await Store.AddAsync(checkIn, default);

        await Store.RecordRoundAsync(Now, [checkIn], [], maxFailures: 3, default);

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
}
