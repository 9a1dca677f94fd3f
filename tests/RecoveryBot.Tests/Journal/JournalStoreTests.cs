using Microsoft.Bot.Builder;
using RecoveryBot.Journal;
using RecoveryBot.Storage;

namespace RecoveryBot.Tests.Journal;

/// <summary>The journal store: one item per entry, newest first by number, erased with its owner.</summary>
public sealed class JournalStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly ListableMemoryStorage _storage = new();

    private JournalStore Store => new(_storage);

    private static JournalEntry Entry(int day) => new() { Title = $"Day {day}", Text = $"words of day {day}", CreatedAt = Start.AddDays(day) };

    [Fact]
    public async Task Entries_come_newest_first_and_are_numbered_from_the_newest()
    {
        foreach (var day in new[] { 3, 1, 2, 5, 4 })
        {
            await Store.AddAsync("test/u1", Entry(day), default);
        }

        Assert.Equal(["Day 5", "Day 4", "Day 3"], (await Store.NewestAsync("test/u1", 0, 3, default)).Select(e => e.Title));
        Assert.Equal(["Day 2", "Day 1"], (await Store.NewestAsync("test/u1", 3, 10, default)).Select(e => e.Title));
        Assert.Equal("Day 4", (await Store.NumberAsync("test/u1", 2, default))!.Title);
        Assert.Null(await Store.NumberAsync("test/u1", 6, default));
        Assert.Null(await Store.NumberAsync("test/u1", 0, default));
        Assert.Equal(5, await Store.CountAsync("test/u1", default));
    }

    [Fact]
    public async Task Adding_an_entry_writes_that_entry_only()
    {
        for (var day = 0; day < 30; day++)
        {
            await Store.AddAsync("test/u1", Entry(day), default);
        }

        var before = await _storage.ListKeysAsync(JournalStore.KeyPrefix, default);
        var entry = Entry(40);
        await Store.AddAsync("test/u1", entry, default);
        entry.Text = "changed";
        await Store.AddAsync("test/u1", entry, default);

        Assert.Equal(before.Count + 1, (await _storage.ListKeysAsync(JournalStore.KeyPrefix, default)).Count);
        Assert.Equal("changed", (await Store.FindAsync("test/u1", entry.Id, default))!.Text);
    }

    [Fact]
    public async Task Deleting_and_erasing_touch_only_their_owner_even_with_a_slash_in_an_id()
    {
        var mine = Entry(1);
        await Store.AddAsync("test/u1", mine, default);
        await Store.AddAsync("test/u1", Entry(2), default);
        await Store.AddAsync("test/u1/x", Entry(3), default);

        await Store.DeleteAsync("test/u1", mine, default);
        Assert.Equal(["Day 2"], (await Store.NewestAsync("test/u1", 0, 10, default)).Select(e => e.Title));

        await Store.EraseAsync("test", "conversation", "u1", default);
        Assert.Empty(await Store.NewestAsync("test/u1", 0, 10, default));
        Assert.Single(await Store.NewestAsync("test/u1/x", 0, 10, default));
    }

    [Fact]
    public async Task A_profile_kept_journal_moves_into_the_store_once()
    {
        var profile = new UserProfile { Journal = [Entry(1), Entry(2)] };

        await Store.MoveFromProfileAsync("test/u1", profile, default);
        await Store.MoveFromProfileAsync("test/u1", profile, default);

        Assert.Null(profile.Journal);
        Assert.Equal(["Day 2", "Day 1"], (await Store.NewestAsync("test/u1", 0, 10, default)).Select(e => e.Title));
    }

    [Fact]
    public async Task The_sweep_erases_journals_whose_owner_has_no_profile_left()
    {
        await Store.AddAsync("test/kept", Entry(1), default);
        await Store.AddAsync("test/gone", Entry(2), default);
        await _storage.WriteAsync(new Dictionary<string, object> { ["test/users/kept"] = new Dictionary<string, object> { ["UserProfile"] = new UserProfile() } });

        Assert.Equal(1, await Store.SweepAsync(default));

        Assert.Single(await Store.NewestAsync("test/kept", 0, 10, default));
        Assert.Empty(await Store.NewestAsync("test/gone", 0, 10, default));
    }
}
