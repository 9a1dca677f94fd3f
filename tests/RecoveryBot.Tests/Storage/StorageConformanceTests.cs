using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using RecoveryBot.Storage;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Storage;

/// <summary>
/// The ETag contract of the SDK's IStorage, run against every provider. MemoryStorage, the SDK's own
/// implementation, runs it too, so the suite itself is checked against the reference behaviour.
/// </summary>
public abstract class StorageConformanceTests
{
    protected abstract IStorage Storage { get; }

    public sealed class Item : IStoreItem
    {
        public string? ETag { get; set; }

        public string? Name { get; set; }

        public int Count { get; set; }

        public List<string> Tags { get; set; } = [];
    }

    protected static string? ETagOf(object value) => value switch
    {
        IStoreItem item => item.ETag,
        JObject obj => (string?)obj["eTag"],
        _ => null,
    };

    protected static JObject AsJson(object value) => value as JObject ?? JObject.FromObject(value);

    [Fact]
    public async Task Reading_an_unknown_key_returns_nothing()
    {
        var result = await Storage.ReadAsync(["never-written"]);
        Assert.Empty(result);
    }

    [Fact]
    public async Task A_written_item_reads_back_with_its_values_and_an_etag()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k1"] = new Item { Name = "first", Count = 3, Tags = ["a", "b"] } });

        var read = await Storage.ReadAsync(["k1"]);
        var json = AsJson(read["k1"]);
        Assert.Equal("first", (string?)json["Name"]);
        Assert.Equal(3, (int)json["Count"]!);
        Assert.Equal(["a", "b"], json["Tags"]!.Values<string>());
        Assert.False(string.IsNullOrEmpty(ETagOf(read["k1"])));
    }

    [Fact]
    public async Task Every_write_gives_a_new_etag()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k2"] = new Item { Name = "v1" } });
        var first = ETagOf((await Storage.ReadAsync(["k2"]))["k2"]);

        await Storage.WriteAsync(new Dictionary<string, object> { ["k2"] = new Item { Name = "v2", ETag = first } });
        var second = ETagOf((await Storage.ReadAsync(["k2"]))["k2"]);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_throws_and_changes_nothing()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k3"] = new Item { Name = "original" } });
        var stale = ETagOf((await Storage.ReadAsync(["k3"]))["k3"]);
        await Storage.WriteAsync(new Dictionary<string, object> { ["k3"] = new Item { Name = "updated", ETag = stale } });

        await Assert.ThrowsAnyAsync<Exception>(() =>
            Storage.WriteAsync(new Dictionary<string, object> { ["k3"] = new Item { Name = "lost update", ETag = stale } }));

        Assert.Equal("updated", (string?)AsJson((await Storage.ReadAsync(["k3"]))["k3"])["Name"]);
    }

    [Fact]
    public async Task A_star_etag_overwrites_whatever_is_stored()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k4"] = new Item { Name = "one" } });
        await Storage.WriteAsync(new Dictionary<string, object> { ["k4"] = new Item { Name = "two", ETag = "*" } });
        await Storage.WriteAsync(new Dictionary<string, object> { ["k4"] = new Item { Name = "three", ETag = "*" } });

        Assert.Equal("three", (string?)AsJson((await Storage.ReadAsync(["k4"]))["k4"])["Name"]);
    }

    [Fact]
    public async Task Values_that_are_not_store_items_are_last_write_wins()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k5"] = new Dictionary<string, object> { ["n"] = 1 } });
        await Storage.WriteAsync(new Dictionary<string, object> { ["k5"] = new Dictionary<string, object> { ["n"] = 2 } });

        Assert.Equal(2, (int)AsJson((await Storage.ReadAsync(["k5"]))["k5"])["n"]!);
    }

    [Fact]
    public async Task Delete_removes_the_item_and_ignores_unknown_keys()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k6"] = new Item { Name = "gone soon" }, ["k7"] = new Item { Name = "stays" } });

        await Storage.DeleteAsync(["k6", "not-there"]);

        var read = await Storage.ReadAsync(["k6", "k7"]);
        Assert.False(read.ContainsKey("k6"));
        Assert.True(read.ContainsKey("k7"));
    }

    [Fact]
    public async Task After_a_delete_the_key_can_be_written_again()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k8"] = new Item { Name = "one" } });
        await Storage.DeleteAsync(["k8"]);
        await Storage.WriteAsync(new Dictionary<string, object> { ["k8"] = new Item { Name = "two" } });

        Assert.Equal("two", (string?)AsJson((await Storage.ReadAsync(["k8"]))["k8"])["Name"]);
    }

    [Fact]
    public async Task A_value_that_is_not_a_store_item_reads_back_without_an_etag()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["plain"] = new Dictionary<string, object> { ["Name"] = "plain" } });

        var read = AsJson((await Storage.ReadAsync(["plain"]))["plain"]);

        Assert.Equal("plain", (string?)read["Name"]);
        Assert.Null(read["eTag"]);
    }

    [Fact]
    public async Task A_write_never_changes_the_writers_object()
    {
        var item = new Item { Name = "mine" };
        await Storage.WriteAsync(new Dictionary<string, object> { ["untouched"] = item });
        Assert.Null(item.ETag);

        var stored = ETagOf((await Storage.ReadAsync(["untouched"]))["untouched"]);
        var update = new Item { Name = "mine again", ETag = stored };
        await Storage.WriteAsync(new Dictionary<string, object> { ["untouched"] = update });
        Assert.Equal(stored, update.ETag);
        Assert.NotEqual(stored, ETagOf((await Storage.ReadAsync(["untouched"]))["untouched"]));
    }

    [Fact]
    public async Task A_store_item_without_an_etag_does_not_overwrite_one_that_exists()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["first"] = new Item { Name = "first writer" } });

        await Assert.ThrowsAnyAsync<Exception>(() => Storage.WriteAsync(new Dictionary<string, object> { ["first"] = new Item { Name = "second writer" } }));

        Assert.Equal("first writer", (string?)AsJson((await Storage.ReadAsync(["first"]))["first"])["Name"]);
    }

    [Fact]
    public async Task Thirty_two_writers_on_one_key_lose_no_update_and_exactly_one_wins_each_round()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["counter"] = new Item { Count = 0 } });
        for (var round = 1; round <= 5; round++)
        {
            var seen = (await Storage.ReadAsync(["counter"]))["counter"];
            var etag = ETagOf(seen);
            var count = (int)AsJson(seen)["Count"]!;
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(async () =>
            {
                try
                {
                    await Storage.WriteAsync(new Dictionary<string, object> { ["counter"] = new Item { Count = count + 1, ETag = etag } });
                    return true;
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                {
                    return false;
                }
            })));

            Assert.Equal(1, outcomes.Count(won => won));
            Assert.Equal(round, (int)AsJson((await Storage.ReadAsync(["counter"]))["counter"])["Count"]!);
        }
    }

    [Fact]
    public async Task A_one_megabyte_item_round_trips()
    {
        var big = new Item { Name = new string('x', 1024 * 1024), Tags = [.. Enumerable.Range(0, 1000).Select(i => $"tag {i} 🙂")] };

        await Storage.WriteAsync(new Dictionary<string, object> { ["big"] = big });

        var read = AsJson((await Storage.ReadAsync(["big"]))["big"]);
        Assert.Equal(big.Name, (string?)read["Name"]);
        Assert.Equal(big.Tags, read["Tags"]!.Values<string>());
    }

    // The SDK's MemoryStorage does not look at the token; the durable stores must (a turn cancelled on shutdown).
    protected async Task A_cancelled_write_throws_and_writes_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Storage.WriteAsync(new Dictionary<string, object> { ["cancelled"] = new Item() }, cancelled.Token));

        Assert.Empty(await Storage.ReadAsync(["cancelled"]));
    }

    [Fact]
    public async Task A_read_of_several_keys_returns_only_those_found()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["m1"] = new Item { Name = "a" }, ["m2"] = new Item { Name = "b" } });

        var read = await Storage.ReadAsync(["m1", "missing", "m2"]);

        Assert.Equal(["m1", "m2"], read.Keys.Order());
    }

    public static TheoryData<string> UnusualKeys() => new()
    {
        new string('k', 1000),
        "msteams/conversations/19:abc@thread.tacv2;messageid=1699999999999/users/29:1xYz",
        "emoji/🙂/key",
        "quotes/'single'/\"double\"/back\\slash",
        "sql/'; DROP TABLE state; --",
        "rtl/مرحبا/שלום",
        "spaces and\ttabs\nand newlines",
        "percent%2Fencoded?query=1#hash*star",
        "long/" + new string('长', 200),
    };

    [Theory]
    [MemberData(nameof(UnusualKeys))]
    public async Task Keys_of_any_length_and_characters_round_trip(string key)
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Item { Name = "value" } });

        var read = await Storage.ReadAsync([key]);

        Assert.Equal(key, Assert.Single(read).Key);
        await Storage.DeleteAsync([key]);
        Assert.Empty(await Storage.ReadAsync([key]));
    }

    [Fact]
    public async Task Concurrent_writers_with_the_same_etag_let_exactly_one_win()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["race"] = new Item { Name = "start" } });
        var etag = ETagOf((await Storage.ReadAsync(["race"]))["race"]);

        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await Storage.WriteAsync(new Dictionary<string, object> { ["race"] = new Item { Name = $"writer {i}", ETag = etag } });
                return true;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                return false;
            }
        }));

        var outcomes = await Task.WhenAll(attempts);
        Assert.Equal(1, outcomes.Count(won => won));
    }
}

/// <summary>The contract, and listing keys by prefix, for the app's own stores (the SDK's MemoryStorage cannot list).</summary>
public abstract class ListingStorageConformanceTests : StorageConformanceTests
{
    [Fact]
    public async Task Keys_are_listed_by_prefix_exactly()
    {
        var listing = (IKeyListingStorage)Storage;
        await Storage.WriteAsync(new Dictionary<string, object>
        {
            ["list/a_%/1"] = new Item(),
            ["list/a_%/2"] = new Item(),
            ["list/ab/3"] = new Item(),
            ["list/a_%"] = new Item(),
            ["listing/4"] = new Item(),
        });
        await Storage.DeleteAsync(["list/a_%/2"]);

        Assert.Equal(["list/a_%/1"], (await listing.ListKeysAsync("list/a_%/", default)).Order(StringComparer.Ordinal));
        Assert.Equal(["list/a_%", "list/a_%/1", "list/ab/3"], (await listing.ListKeysAsync("list/a", default)).Order(StringComparer.Ordinal));
        Assert.Empty(await listing.ListKeysAsync("nothing/", default));
    }

    [Fact]
    public async Task The_last_keys_of_a_prefix_come_last_first_a_page_at_a_time_and_are_counted()
    {
        var listing = (IKeyListingStorage)Storage;
        // Written out of order, with a deleted key, a look-alike prefix, and the % and _ that LIKE would read as patterns.
        await Storage.WriteAsync(new[] { "07", "03", "10", "01", "05", "09", "02", "08", "04", "06" }
            .ToDictionary(n => $"last/a_%/{n}", _ => (object)new Item()));
        await Storage.WriteAsync(new Dictionary<string, object> { ["last/a_%0"] = new Item(), ["last/ab/99"] = new Item(), ["last/a_%/"] = new Item() });
        await Storage.DeleteAsync(["last/a_%/08"]);

        await AssertPageAsync(0, 3, ["last/a_%/10", "last/a_%/09", "last/a_%/07"]);
        await AssertPageAsync(2, 2, ["last/a_%/07", "last/a_%/06"]);
        await AssertPageAsync(7, 100, ["last/a_%/02", "last/a_%/01", "last/a_%/"]);
        await AssertPageAsync(0, int.MaxValue, ["last/a_%/10", "last/a_%/09", "last/a_%/07", "last/a_%/06", "last/a_%/05", "last/a_%/04", "last/a_%/03", "last/a_%/02", "last/a_%/01", "last/a_%/"]);
        await AssertPageAsync(10, 5, []);
        await AssertPageAsync(int.MaxValue, 5, []);
        await AssertPageAsync(0, 0, []); // the count alone
        Assert.Equal(12, (await listing.ListLastKeysAsync("last/a", 0, 0, withTotal: true, default)).Total);
        Assert.Equal(0, (await listing.ListLastKeysAsync("nothing/", 0, 5, withTotal: true, default)).Total);
        Assert.Null((await listing.ListLastKeysAsync("last/a_%/", 0, 1, withTotal: false, default)).Total);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => listing.ListLastKeysAsync("last/", -1, 5, withTotal: true, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => listing.ListLastKeysAsync("last/", 0, -1, withTotal: false, default));

        async Task AssertPageAsync(int skip, int take, string[] expected)
        {
            var (keys, total) = await listing.ListLastKeysAsync("last/a_%/", skip, take, withTotal: true, default);
            Assert.Equal(expected, keys);
            Assert.Equal(10, total);
            Assert.Equal(expected, (await listing.ListLastKeysAsync("last/a_%/", skip, take, withTotal: false, default)).Keys);
        }
    }
}

public sealed class MemoryStorageConformanceTests : StorageConformanceTests
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}

public sealed class ListableMemoryStorageConformanceTests : ListingStorageConformanceTests
{
    protected override IStorage Storage { get; } = new ListableMemoryStorage();
}

/// <summary>The suite against a real PostgreSQL server, each test on its own fresh database.</summary>
public sealed class PostgresStorageConformanceTests(PostgresServer server) : ListingStorageConformanceTests, IClassFixture<PostgresServer>, IAsyncLifetime
{
    private PostgresStorage? _storage;
    private string _connectionString = "";

    protected override IStorage Storage => _storage!;

    public async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        _storage = new PostgresStorage(_connectionString);
    }

    public Task DisposeAsync()
    {
        _storage?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public Task A_cancelled_call_throws_and_writes_nothing() => A_cancelled_write_throws_and_writes_nothing();

    [Fact]
    public async Task Once_the_schema_exists_a_role_that_may_only_read_and_write_rows_is_enough()
    {
        await _storage!.WriteAsync(new Dictionary<string, object> { ["setup"] = new Item() });
        var role = "limited_" + Guid.NewGuid().ToString("N")[..8];
        await PostgresServer.ExecuteAsync(
            _connectionString,
            $"CREATE ROLE {role} LOGIN; GRANT SELECT, INSERT, UPDATE, DELETE ON recoverybot_state, recoverybot_schema TO {role};");

        using var limited = new PostgresStorage(new Npgsql.NpgsqlConnectionStringBuilder(_connectionString) { Username = role }.ConnectionString);
        await limited.WriteAsync(new Dictionary<string, object> { ["by-limited"] = new Item { Name = "ok" } });
        Assert.Equal("ok", (string?)AsJson((await limited.ReadAsync(["by-limited"]))["by-limited"])["Name"]);
    }

    [Fact]
    public async Task Writes_are_committed_to_disk_even_where_the_connection_or_the_role_asks_otherwise()
    {
        await _storage!.WriteAsync(new Dictionary<string, object> { ["setup"] = new Item() });
        var role = "relaxed_" + Guid.NewGuid().ToString("N")[..8];
        // Every statement that writes the table notes the synchronous_commit it ran under, inside its transaction.
        await PostgresServer.ExecuteAsync(
            _connectionString,
            $"CREATE ROLE {role} LOGIN; ALTER ROLE {role} SET synchronous_commit = off; " +
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON recoverybot_state, recoverybot_schema TO {role}; " +
            "CREATE TABLE commit_settings (setting text NOT NULL); " +
            "CREATE FUNCTION note_commit_setting() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS " +
            "$$ BEGIN INSERT INTO commit_settings VALUES (current_setting('synchronous_commit')); RETURN NULL; END $$; " +
            "CREATE TRIGGER note_commit_setting AFTER INSERT OR UPDATE OR DELETE ON recoverybot_state " +
            "FOR EACH STATEMENT EXECUTE FUNCTION note_commit_setting();");

        using var relaxedConnection = new PostgresStorage(new Npgsql.NpgsqlConnectionStringBuilder(_connectionString) { Options = "-c synchronous_commit=off" }.ConnectionString);
        using var relaxedRole = new PostgresStorage(new Npgsql.NpgsqlConnectionStringBuilder(_connectionString) { Username = role }.ConnectionString);
        foreach (var (storage, name) in new[] { (relaxedConnection, "connection"), (relaxedRole, "role"), (_storage, "default") })
        {
            // Several rounds: from the second on, the pool hands back a connection it used before.
            for (var round = 0; round < 3; round++)
            {
                await storage.WriteAsync(new Dictionary<string, object> { [$"durable/{name}/{round}"] = new Item { Count = round }, [$"more/{name}/{round}"] = new Item() });
                await storage.DeleteAsync([$"more/{name}/{round}"]);
            }
        }

        await using var check = new Npgsql.NpgsqlConnection(_connectionString);
        await check.OpenAsync();
        await using var read = new Npgsql.NpgsqlCommand("SELECT setting, count(*) FROM commit_settings GROUP BY setting", check);
        await using var reader = await read.ExecuteReaderAsync();
        var seen = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            seen[reader.GetString(0)] = reader.GetInt64(1);
        }

        // Every write and delete ran with it on: 3 storages x 3 rounds of a write of two items (a statement each, which
        // fires the insert and the update triggers) and a delete.
        Assert.Equal(["on"], seen.Keys);
        Assert.True(seen["on"] >= 27, $"{seen["on"]} statements noted");
    }

    [Fact]
    public async Task A_write_of_several_items_with_one_stale_etag_changes_none_of_them()
    {
        await _storage!.WriteAsync(new Dictionary<string, object> { ["pair/a"] = new Item { Name = "a1" }, ["pair/b"] = new Item { Name = "b1" } });
        var read = await _storage.ReadAsync(["pair/a", "pair/b"]);
        var a = ETagOf(read["pair/a"]);
        var b = ETagOf(read["pair/b"]);
        // Someone else writes b meanwhile: the ETag read for it is stale now.
        await _storage.WriteAsync(new Dictionary<string, object> { ["pair/b"] = new Item { Name = "b2", ETag = b } });

        await Assert.ThrowsAnyAsync<Exception>(() => _storage.WriteAsync(new Dictionary<string, object>
        {
            ["pair/a"] = new Item { Name = "a3", ETag = a },
            ["pair/b"] = new Item { Name = "b3", ETag = b },
        }));

        var after = await _storage.ReadAsync(["pair/a", "pair/b"]);
        Assert.Equal("a1", (string?)AsJson(after["pair/a"])["Name"]);
        Assert.Equal("b2", (string?)AsJson(after["pair/b"])["Name"]);
    }

    [Fact]
    public async Task A_key_with_a_nul_character_is_refused_as_bad_input_not_as_a_store_failure()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => _storage!.ReadAsync(["nul\0key"]));
        Assert.False(StorageFailure.Is(refused));
    }

    [Fact]
    public async Task Data_survives_a_new_storage_instance_on_the_same_database_and_the_schema_has_a_version()
    {
        await _storage!.WriteAsync(new Dictionary<string, object> { ["durable"] = new Item { Name = "kept" } });

        using var reopened = new PostgresStorage(_connectionString);
        var read = await reopened.ReadAsync(["durable"]);

        Assert.Equal("kept", (string?)((JObject)read["durable"])["Name"]);
        await using var connection = new Npgsql.NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT version FROM recoverybot_schema", connection);
        Assert.Equal(PostgresStorage.SchemaVersion, (int)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Many_keys_are_read_at_once()
    {
        var changes = Enumerable.Range(0, 500).ToDictionary(i => $"many/{i}", i => (object)new Item { Count = i });
        await _storage!.WriteAsync(changes);

        var read = await _storage.ReadAsync([.. changes.Keys, "many/missing"]);

        Assert.Equal(500, read.Count);
        Assert.Equal(499, (int)AsJson(read["many/499"])["Count"]!);
    }

    [Fact]
    public async Task Idle_items_are_erased_except_kept_prefixes_even_with_like_wildcards_in_them()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var storage = new PostgresStorage(_connectionString, clock);
        await storage.WriteAsync(new Dictionary<string, object> { ["old"] = new Item(), ["keep%_/1"] = new Item(), ["keepXY/1"] = new Item() });
        clock.Advance(TimeSpan.FromDays(10));
        await storage.WriteAsync(new Dictionary<string, object> { ["new"] = new Item() });

        var erased = await storage.DeleteIdleAsync(clock.GetUtcNow().AddDays(-5), ["keep%_/"], CancellationToken.None);

        Assert.Equal(2, erased);
        Assert.Equal(["keep%_/1", "new"], (await storage.ReadAsync(["old", "keep%_/1", "keepXY/1", "new"])).Keys.Order());
    }

    [Fact]
    public async Task A_server_that_goes_away_fails_the_call_quickly_and_works_again_when_it_is_back()
    {
        await _storage!.WriteAsync(new Dictionary<string, object> { ["before"] = new Item { Name = "kept" } });
        var bounce = server.BounceAsync(TimeSpan.FromSeconds(2));
        await Task.Delay(300);

        await Assert.ThrowsAnyAsync<Exception>(() => _storage.ReadAsync(["before"]));
        await bounce;

        Assert.Equal("kept", (string?)AsJson((await _storage.ReadAsync(["before"]))["before"])["Name"]);
    }
}

/// <summary>The suite against Azurite, each test on its own container (created by the storage).</summary>
public sealed class AzureBlobStorageConformanceTests(AzuriteServer server) : ListingStorageConformanceTests, IClassFixture<AzuriteServer>
{
    private readonly string _container = AzuriteServer.NewContainerName();

    protected override IStorage Storage => new AzureBlobStorage(server.Container(_container));

    [Fact]
    public Task A_cancelled_call_throws_and_writes_nothing() => A_cancelled_write_throws_and_writes_nothing();

    [Fact]
    public void A_key_too_long_for_a_blob_name_keeps_its_beginning_and_stays_distinct()
    {
        var first = AzureBlobStorage.BlobNameOf("checkins/" + new string('长', 200) + "a");
        var second = AzureBlobStorage.BlobNameOf("checkins/" + new string('长', 200) + "b");

        Assert.True(first.Length <= 1024);
        Assert.StartsWith("checkins%2f", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Blob_names_are_the_keys_url_encoded_as_the_sdks_blobs_storage_names_them()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["msteams/conversations/19:a b?c"] = new Item { Name = "x" } });

        var names = new List<string>();
        await foreach (var blob in server.Container(_container).GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Equal(["msteams%2fconversations%2f19%3aa+b%3fc"], names);
    }

    [Fact]
    public async Task A_service_that_never_answers_is_a_store_failure_not_a_bug()
    {
        // A listener that accepts connections and never says a word: the client's tries all time out.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var port = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
        var options = AzureBlobStorage.ClientOptions();
        options.Retry.NetworkTimeout = TimeSpan.FromMilliseconds(300);
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var store = new AzureBlobStorage(new Azure.Storage.Blobs.BlobContainerClient(AzuriteServer.ConnectionStringFor(port), _container, options));

        var read = await Assert.ThrowsAnyAsync<Exception>(() => store.ReadAsync(["a"]));
        var write = await Assert.ThrowsAnyAsync<Exception>(() => store.WriteAsync(new Dictionary<string, object> { ["a"] = new Item() }));

        Assert.True(StorageFailure.Is(read), read.ToString());
        Assert.True(StorageFailure.Is(write), write.ToString());
    }

    [Fact]
    public async Task Many_keys_are_read_at_once()
    {
        var changes = Enumerable.Range(0, 500).ToDictionary(i => $"many/{i}", i => (object)new Item { Count = i });
        await Storage.WriteAsync(changes);

        var read = await Storage.ReadAsync([.. changes.Keys, "many/missing"]);

        Assert.Equal(500, read.Count);
        Assert.Equal(499, (int)AsJson(read["many/499"])["Count"]!);
    }
}

public sealed class SqliteStorageConformanceTests : ListingStorageConformanceTests, IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SqliteStorage _storage;

    public SqliteStorageConformanceTests() => _storage = new SqliteStorage(_folder.File("state.db"));

    protected override IStorage Storage => _storage;

    [Fact]
    public Task A_cancelled_call_throws_and_writes_nothing() => A_cancelled_write_throws_and_writes_nothing();

    [Fact]
    public void A_second_instance_on_the_same_file_knows_it_is_not_alone()
    {
        Assert.False(_storage.SharedWithAnotherInstance);
        using (var second = new SqliteStorage(_folder.File("state.db")))
        {
            Assert.True(second.SharedWithAnotherInstance);
        }

        _storage.Dispose();
        using var after = new SqliteStorage(_folder.File("state.db"));
        Assert.False(after.SharedWithAnotherInstance);
    }

    [Fact]
    public async Task Data_survives_a_new_storage_instance_on_the_same_file()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["durable"] = new Item { Name = "kept" } });

        using var reopened = new SqliteStorage(_folder.File("state.db"));
        var read = await reopened.ReadAsync(["durable"]);

        Assert.Equal("kept", (string?)((JObject)read["durable"])["Name"]);
    }

    [Fact]
    public async Task The_database_uses_write_ahead_logging()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["wal"] = new Item() });

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_folder.File("state.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)command.ExecuteScalar());
    }

    [Fact]
    public async Task Writes_are_synced_to_disk_before_they_return()
    {
        // 2 is FULL: in WAL mode each commit is on disk before the call returns, so a power cut loses no acknowledged turn.
        Assert.Equal(2, await _storage.WriterSynchronousAsync());
    }

    [Fact]
    public async Task Concurrent_writes_share_commits_and_a_stale_etag_fails_only_its_own_call()
    {
        var seeded = Enumerable.Range(0, 40).ToDictionary(i => $"group/{i}", i => (object)new Item { Count = i });
        await _storage.WriteAsync(seeded);
        var etags = (await _storage.ReadAsync([.. seeded.Keys])).ToDictionary(p => p.Key, p => ETagOf(p.Value));
        var before = _storage.Commits;

        // Even keys are written with their current ETag, odd keys with a stale one; all at once, so they share commits.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            try
            {
                var etag = i % 2 == 0 ? etags[$"group/{i}"] : "stale";
                await _storage.WriteAsync(new Dictionary<string, object> { [$"group/{i}"] = new Item { Count = 1000 + i, ETag = etag } });
                return (i, error: (Exception?)null);
            }
            catch (Exception e)
            {
                return (i, error: e);
            }
        })));

        foreach (var (i, error) in outcomes)
        {
            if (i % 2 == 0)
            {
                Assert.Null(error);
            }
            else
            {
                Assert.Contains("Etag conflict", Assert.IsAssignableFrom<InvalidOperationException>(error).Message, StringComparison.Ordinal);
            }
        }

        var read = await _storage.ReadAsync([.. seeded.Keys]);
        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(i % 2 == 0 ? 1000 + i : i, (int)AsJson(read[$"group/{i}"])["Count"]!);
        }

        Assert.InRange(_storage.Commits - before, 1, 39);
    }

    [Fact]
    public async Task Many_keys_are_read_at_once_beyond_one_statements_limit()
    {
        await _storage.WriteAsync(Enumerable.Range(0, 1200).ToDictionary(i => $"many/{i}", i => (object)new Item { Count = i }));

        var read = await _storage.ReadAsync(Enumerable.Range(0, 1300).Select(i => $"many/{i}").ToArray());

        Assert.Equal(1200, read.Count);
        Assert.Equal(1199, (int)AsJson(read["many/1199"])["Count"]!);
    }

    [Fact]
    public async Task Writes_queued_when_the_store_is_disposed_are_still_written()
    {
        var writes = Enumerable.Range(0, 50).Select(i => _storage.WriteAsync(new Dictionary<string, object> { [$"late/{i}"] = new Item { Count = i } })).ToArray();
        _storage.Dispose();
        await Task.WhenAll(writes);

        using var reopened = new SqliteStorage(_folder.File("state.db"));
        Assert.Equal(50, (await reopened.ReadAsync(Enumerable.Range(0, 50).Select(i => $"late/{i}").ToArray())).Count);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["after"] = new Item() }));
    }

    [Fact]
    public async Task Listing_a_prefix_reads_the_narrow_key_index_not_the_rows()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["journal/u/1"] = new Item() });

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_folder.File("state.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT key FROM state WHERE key >= 'journal/u/' AND key < 'journal/u0' AND substr(key, 1, 10) = 'journal/u/' ORDER BY key";
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, step => step.Contains("COVERING INDEX state_keys", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bot_state_round_trips_through_plain_json()
    {
        var state = new ConversationState(_storage);
        var accessor = state.CreateProperty<Item>("item");
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        var activity = new Microsoft.Bot.Schema.Activity
        {
            Type = "message",
            ChannelId = "test",
            Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: "c"),
            From = new Microsoft.Bot.Schema.ChannelAccount("u"),
            Recipient = new Microsoft.Bot.Schema.ChannelAccount("b"),
        };

        var first = new TurnContext(adapter, activity);
        (await accessor.GetAsync(first, () => new Item())).Tags.Add("remembered");
        await state.SaveChangesAsync(first);

        var second = new TurnContext(adapter, activity);
        var reloaded = await new ConversationState(_storage).CreateProperty<Item>("item").GetAsync(second, () => new Item());
        Assert.Equal(["remembered"], reloaded.Tags);
    }

    public void Dispose()
    {
        _storage.Dispose();
        _folder.Dispose();
    }
}

/// <summary>What counts as the store being away (a kind "send it again" and a 503) rather than a bug.</summary>
public sealed class StorageFailureTests
{
    [Fact]
    public void Database_and_azure_storage_failures_count_even_when_wrapped()
    {
        Assert.True(StorageFailure.Is(new Azure.RequestFailedException(503, "unavailable")));
        Assert.True(StorageFailure.Is(new AggregateException(new TaskCanceledException(), new Azure.RequestFailedException(0, "no answer"))));
        Assert.True(StorageFailure.Is(new InvalidOperationException("outer", new Microsoft.Data.Sqlite.SqliteException("busy", 5))));
        Assert.True(StorageFailure.Is(new SharedTurnBusyException()));
        Assert.False(StorageFailure.Is(new InvalidOperationException("a bug")));
        Assert.False(StorageFailure.Is(new AggregateException(new TaskCanceledException())));
    }
}

/// <summary>A store or setting that cannot work stops start-up with a message naming the key, not at the first turn.</summary>
public sealed class StorageConfigurationTests
{
    [Theory]
    [InlineData("Postgres", "Storage:Postgres:ConnectionString")]
    [InlineData("AzureBlob", "Storage:AzureBlob:ConnectionString")]
    public void A_shared_store_without_its_connection_stops_start_up_naming_the_key(string provider, string key)
    {
        var error = BotApplicationFactory.StartupFailure(new Dictionary<string, string?> { ["Storage:Provider"] = provider });

        Assert.Contains(key, error.ToString());
    }

    [Theory]
    [InlineData("DirectLine:SharedStorePollInterval", "00:00:00")]
    [InlineData("DirectLine:SharedStoreNotifiedPollInterval", "00:00:00")]
    [InlineData("DirectLine:SharedStoreNotifiedPollInterval", "2.00:00:00")]
    [InlineData("DirectLine:SharedStoreNotifiedPollInterval", "soon")]
    public void A_shared_store_poll_interval_out_of_range_stops_start_up_naming_it(string key, string value)
    {
        var error = BotApplicationFactory.StartupFailure(new Dictionary<string, string?> { [key] = value });

        Assert.Contains(key.Split(':')[1], error.ToString());
    }

    [Fact]
    public void A_group_session_idle_time_of_zero_stops_start_up_naming_the_section()
    {
        var error = BotApplicationFactory.StartupFailure(new Dictionary<string, string?> { ["GroupSessions:IdleTimeout"] = "00:00:00" });

        Assert.Contains("GroupSessions:IdleTimeout", error.ToString());
    }

    [Fact]
    public void A_key_certificate_that_is_not_there_stops_start_up()
    {
        var error = BotApplicationFactory.StartupFailure(new Dictionary<string, string?> { ["Privacy:KeyCertificatePath"] = "/nonexistent/keyring.pfx" });

        Assert.Contains("keyring.pfx", error.ToString());
    }
}

/// <summary>The range that listing by prefix reads: just above every key with the prefix, in UTF-8 byte order.</summary>
public sealed class KeyListingTests
{
    [Theory]
    [InlineData("checkins/due/", "checkins/due0")]
    [InlineData("a\uD7FF", "b")]
    [InlineData("a\uFFFF", "b")]
    [InlineData("", "\U0010FFFF")]
    [InlineData("\uFFFF", "\U0010FFFF")]
    public void The_upper_bound_is_the_prefix_with_its_last_raisable_character_raised(string prefix, string expected)
    {
        Assert.Equal(expected, KeyListing.UpperBound(prefix));
    }

    [Fact]
    public void A_store_that_cannot_list_stops_start_up_naming_what_needs_it()
    {
        var refused = Assert.Throws<ArgumentException>(() => KeyListing.Require(new MemoryStorage(), "The journal"));

        Assert.Contains("The journal needs a store that lists its keys; MemoryStorage does not.", refused.Message, StringComparison.Ordinal);
    }
}
