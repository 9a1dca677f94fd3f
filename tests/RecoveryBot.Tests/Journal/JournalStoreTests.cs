using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using RecoveryBot.Journal;
using RecoveryBot.Privacy;
using RecoveryBot.Storage;
using RecoveryBot.Tests.Infrastructure;

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
    public async Task The_apps_encrypted_SQLite_store_gives_every_entry_back_exactly_as_the_memory_store_does()
    {
        // The app's store hands the list each entry's JSON text, read straight into an entry; the memory store goes
        // through a JSON tree. Text that looks like a date, quotes, emoji and an offset with ticks must survive both.
        using var folder = new TempDirectory();
        using var sqlite = new SqliteStorage(folder.File("state.db"));
        var encrypted = new JournalStore(new ProtectedStorage(sqlite, new EphemeralDataProtectionProvider()));
        var entries = new[]
        {
            new JournalEntry { Title = "Amends with \"Sam\"", Text = "2026-11-01T09:00:00.50+05:30", ExerciseId = "plan-amends", CreatedAt = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.FromHours(5.5)).AddTicks(1234567) },
            new JournalEntry { Title = "Be your own friend", Text = "a walk 🌿\nthen \\ tea, {\"not\": json}", ExerciseId = "self-kindness", CreatedAt = Start },
        };
        foreach (var entry in entries)
        {
            await encrypted.AddAsync("test/u1", entry, default);
            await Store.AddAsync("test/u1", entry, default);
        }

        var fromSqlite = (await encrypted.PageAsync("test/u1", 0, 20, default)).Entries;
        var fromMemory = (await Store.PageAsync("test/u1", 0, 20, default)).Entries;
        Assert.Equal(2, fromSqlite.Count);
        Assert.Equal(fromMemory.Select(Fields), fromSqlite.Select(Fields));
        Assert.Equal(entries.OrderByDescending(e => e.CreatedAt).Select(Fields), fromSqlite.Select(Fields));
        Assert.Equal(TimeSpan.FromHours(5.5), fromSqlite.Single(e => e.ExerciseId == "plan-amends").CreatedAt.Offset);

        static string Fields(JournalEntry e) => $"{e.Id}|{e.ExerciseId}|{e.Title}|{e.Text}|{e.CreatedAt:O}";
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
    public async Task The_newest_entries_and_the_count_come_without_listing_the_whole_journal()
    {
        var storage = new FullListingCounter(_storage);
        var store = new JournalStore(storage);
        var entries = Enumerable.Range(0, 30).Select(Entry).ToList();
        foreach (var entry in entries)
        {
            await store.AddAsync("test/u1", entry, default);
        }

        var (page, total) = await store.PageAsync("test/u1", 0, JournalPresenter.ListLength, default);
        Assert.Equal(["Day 29", "Day 28"], page.Take(2).Select(e => e.Title));
        Assert.Equal((20, 30), (page.Count, total));
        Assert.Equal("Day 27", (await store.NumberAsync("test/u1", 3, default))!.Title);
        Assert.Equal(30, await store.CountAsync("test/u1", default));
        Assert.Equal("Day 25", (await store.FindAsync("test/u1", entries[25].Id, default))!.Title);
        Assert.Equal(0, storage.FullListings);

        // An entry older than the newest page is still found, by listing the journal once.
        Assert.Equal("Day 2", (await store.FindAsync("test/u1", entries[2].Id, default))!.Title);
        Assert.Null(await store.FindAsync("test/u1", "no-such-id", default));
        Assert.Equal(2, storage.FullListings);
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

    // A store that pages its keys itself (as SQLite and PostgreSQL do) and counts the listings of every key of a prefix.
    private sealed class FullListingCounter(ListableMemoryStorage inner) : Microsoft.Bot.Builder.IStorage, IKeyListingStorage
    {
        public int FullListings { get; private set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

        public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
        {
            FullListings++;
            return inner.ListKeysAsync(prefix, cancellationToken);
        }

        public Task<(IReadOnlyList<string> Keys, int? Total)> ListLastKeysAsync(string prefix, int skip, int take, bool withTotal, CancellationToken cancellationToken) =>
            ((IKeyListingStorage)inner).ListLastKeysAsync(prefix, skip, take, withTotal, cancellationToken);
    }
}
