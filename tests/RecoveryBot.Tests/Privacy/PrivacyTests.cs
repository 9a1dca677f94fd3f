using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RecoveryBot.Privacy;
using RecoveryBot.Storage;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Tests.Storage;

namespace RecoveryBot.Tests.Privacy;

/// <summary>Nothing readable where it should not be: not in logs, not in the store, not after the retention period.</summary>
public sealed class PrivacyTests : IDisposable
{
    // Distinctive words a user might write, each of which must appear nowhere but in the conversation.
    private static readonly string[] UserWords =
    [
        "Bartholomew", "quinceanera", "xylophone-lesson", "zucchini farm", "Marguerite", "the lighthouse keeper", "saxophone",
    ];

    private readonly TempDirectory _folder = new();

    private async Task WalkAsync(BotClient client)
    {
        await client.JoinAsync();
        await client.SayAsync("plan amends");
        await client.SayAsync("my uncle Bartholomew");
        await client.SayAsync("yes");
        await client.SayAsync("I missed his quinceanera toast and the xylophone-lesson he paid for");
        await client.SayAsync("I'm sorry, Marguerite told me how much the zucchini farm meant to you");
        await client.SayAsync("a letter");
        await client.SayAsync("next Saturday");
        await client.SayAsync("call the lighthouse keeper, my sponsor");
        await client.SayAsync("ready");
        await client.SayAsync("my reflections");
        await client.SayAsync("open 1");
        await client.SayAsync("set boundaries");
        await client.SayAsync("1");
        await client.SayAsync("you hide my saxophone");
        await client.SayAsync("pause");
    }

    [Fact]
    public async Task Logs_hold_none_of_the_users_words()
    {
        var logs = new CapturingLoggerProvider();
        using var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db")).WithWebHostBuilder(builder =>
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)));

        await WalkAsync(new BotClient(app.CreateClient()));
        await new BotClient(app.CreateClient(), "crisis-conversation").SayAsync("i will jump from the lighthouse tonight");

        Assert.NotEmpty(logs.Lines);
        Assert.Contains(logs.Lines, line => line.Contains("Crisis response given"));
        foreach (var word in UserWords.Append("jump"))
        {
            Assert.DoesNotContain(logs.Lines, line => line.Contains(word, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task The_raw_sqlite_file_holds_no_plaintext_answer_and_the_key_ring_lives_in_its_own_folder()
    {
        var keys = _folder.File("keys");
        using (var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"), new Dictionary<string, string?> { ["Privacy:KeysPath"] = keys }))
        {
            await WalkAsync(new BotClient(app.CreateClient()));
        }

        SqliteConnection.ClearAllPools();
        var rows = new StringBuilder();
        using (var connection = new SqliteConnection($"Data Source={_folder.File("bot.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, value FROM state";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Append(reader.GetString(0)).Append(' ').Append(reader.GetString(1)).Append('\n');
            }
        }

        Assert.Contains("emulator/users/user-1", rows.ToString());
        var raw = string.Join("\n", Directory.GetFiles(_folder.Path, "bot.db*").Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        foreach (var word in UserWords)
        {
            Assert.DoesNotContain(word, rows.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(word, raw, StringComparison.OrdinalIgnoreCase);
        }

        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
    }

    [Fact]
    public async Task Reflections_survive_a_restart_with_the_same_key_ring_and_are_unreadable_without_it()
    {
        var keys = _folder.File("keys");
        var settings = new Dictionary<string, string?> { ["Privacy:KeysPath"] = keys };
        using (var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"), settings))
        {
            await WalkAsync(new BotClient(app.CreateClient()));
        }

        SqliteConnection.ClearAllPools();
        using (var again = BotApplicationFactory.WithSqlite(_folder.File("bot.db"), settings))
        {
            var journal = await new BotClient(again.CreateClient()).SayAsync("open 1");
            Assert.Contains(journal, a => a.Text.Contains("Bartholomew"));
        }

        SqliteConnection.ClearAllPools();
        var stranger = new ProtectedStorage(new SqliteStorage(_folder.File("bot.db")), new EphemeralDataProtectionProvider());
        await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() => stranger.ReadAsync(["emulator/users/user-1"]));
    }

    [Fact]
    public void New_keys_use_aes_gcm_and_a_key_ring_made_before_that_still_reads()
    {
        // A key ring made with Data Protection's defaults (AES-256-CBC with HMACSHA256), as builds before AES-GCM made it.
        var keys = _folder.File("keys");
        var before = new ServiceCollection();
        before.AddDataProtection().SetApplicationName("RecoveryBot").PersistKeysToFileSystem(new DirectoryInfo(keys));
        string sealedEarlier;
        using (var earlier = before.BuildServiceProvider())
        {
            sealedEarlier = earlier.GetRequiredService<IDataProtectionProvider>().CreateProtector("check").Protect("Bartholomew");
        }

        Assert.Contains("AES_256_CBC", File.ReadAllText(Directory.GetFiles(keys, "key-*.xml").Single()));
        using (var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"), new Dictionary<string, string?> { ["Privacy:KeysPath"] = keys }))
        {
            Assert.Equal("Bartholomew", app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("check").Unprotect(sealedEarlier));
        }

        var fresh = _folder.File("fresh-keys");
        using (var app = BotApplicationFactory.WithSqlite(_folder.File("fresh.db"), new Dictionary<string, string?> { ["Privacy:KeysPath"] = fresh }))
        {
            var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("check");
            Assert.Equal("Bartholomew", protector.Unprotect(protector.Protect("Bartholomew")));
        }

        Assert.Contains("AES_256_GCM", File.ReadAllText(Directory.GetFiles(fresh, "key-*.xml").Single()));
    }

    [Fact]
    public async Task Data_idle_past_the_retention_period_is_erased_and_recent_data_is_kept()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        using var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"), new Dictionary<string, string?> { ["Privacy:RetentionDays"] = "30" })
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var idle = new BotClient(app.CreateClient(), "idle-conversation", "idle-user");
        await idle.SayAsync("plan amends");
        clock.Advance(TimeSpan.FromDays(20));
        var active = new BotClient(app.CreateClient(), "active-conversation", "active-user");
        await active.SayAsync("plan amends");
        clock.Advance(TimeSpan.FromDays(11));

        var erased = await app.Services.GetRequiredService<RetentionService>().SweepAsync(CancellationToken.None);

        Assert.True(erased >= 2, $"erased {erased}");
        var storage = app.Services.GetRequiredService<IStorage>();
        Assert.Empty(await storage.ReadAsync(["emulator/conversations/idle-conversation", "emulator/users/idle-user"]));
        Assert.Equal(2, (await storage.ReadAsync(["emulator/conversations/active-conversation", "emulator/users/active-user"])).Count);
        // The active user's exercise is still there: after the break they are asked whether to continue it.
        Assert.Contains("Plan amends", Assert.Single(await active.SayAsync("Sam")).Text);
    }

    [Fact]
    public async Task A_check_in_planned_beyond_the_retention_period_still_goes_out_on_its_day()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        using var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"), new Dictionary<string, string?> { ["Privacy:RetentionDays"] = "30" })
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var store = app.Services.GetRequiredService<RecoveryBot.CheckIns.CheckInStore>();
        await store.AddAsync(new RecoveryBot.CheckIns.ScheduledCheckIn { DueAt = clock.GetUtcNow().AddDays(100), UserKey = "emulator/someone" }, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(45));

        await app.Services.GetRequiredService<RetentionService>().SweepAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromDays(55));
        Assert.Single(await store.ListDueAsync(clock.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task The_welcome_and_the_journal_say_how_long_reflections_are_kept()
    {
        using var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"), new Dictionary<string, string?> { ["Privacy:RetentionDays"] = "45" });
        var client = new BotClient(app.CreateClient());

        Assert.Contains(await client.JoinAsync(), a => a.Text.Contains("45 days after your last visit"));
        Assert.Contains("45 days after your last visit", (await client.SayAsync("my reflections"))[0].Text);
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>The ETag contract holds through the encryption layer, over memory and over SQLite.</summary>
public sealed class ProtectedMemoryStorageConformanceTests : StorageConformanceTests
{
    protected override IStorage Storage { get; } = new ProtectedStorage(new MemoryStorage(), new EphemeralDataProtectionProvider());
}

/// <summary>The ETag contract through the encryption layer over SQLite.</summary>
public sealed class ProtectedSqliteStorageConformanceTests : ListingStorageConformanceTests, IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SqliteStorage _inner;

    public ProtectedSqliteStorageConformanceTests()
    {
        _inner = new SqliteStorage(_folder.File("state.db"));
        Storage = new ProtectedStorage(_inner, new EphemeralDataProtectionProvider());
    }

    protected override IStorage Storage { get; }

    public void Dispose()
    {
        _inner.Dispose();
        _folder.Dispose();
    }
}
