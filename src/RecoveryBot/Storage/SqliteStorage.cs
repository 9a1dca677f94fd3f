using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Storage;

/// <summary>
/// An <see cref="IStorage"/> kept in one SQLite file (write-ahead logging), with the same ETag contract as the
/// SDK's <see cref="MemoryStorage"/>: only <see cref="IStoreItem"/> values are concurrency-checked, a stale ETag
/// throws, <c>*</c> overwrites, every write of a store item gets a new ETag, and the writer's object is never changed.
/// </summary>
/// <remarks>
/// Values are stored as plain JSON without CLR type names (type names in stored data let whoever can write the
/// store choose what gets instantiated). Reads therefore return <see cref="JObject"/> values, which
/// <see cref="BotState"/> converts to the accessor's type.
/// </remarks>
public sealed class SqliteStorage : IStorage, IExpiringStorage, IDisposable
{

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _initLock = new(1, 1);

    // One writer at a time within the app. SQLite takes one writer anyway; a second BEGIN IMMEDIATE meanwhile gets
    // SQLITE_BUSY, on which Microsoft.Data.Sqlite blocks its thread in Thread.Sleep(150) before trying again, so under
    // concurrent turns writers queued on the file cost 150 ms each and starved the thread pool. Queued here, they wait
    // asynchronously for microseconds. (Another process on the same file still gets the busy retry, as before.)
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly FileStream? _instanceLock;
    private volatile bool _initialized;

    /// <summary>True when another app process (or another store in this one) already had the file open at creation:
    /// SQLite storage is for one instance, so start-up warns.</summary>
    public bool SharedWithAnotherInstance { get; }

    /// <summary>Creates the storage for the database file at <paramref name="path"/> (created on first use).</summary>
    public SqliteStorage(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // One instance per file: the turn gate and the check-in sender are per process. A lock file held for the store's
        // lifetime tells a second process (or instance) on the same file, which then says so at start.
        try
        {
            _instanceLock = new FileStream(fullPath + ".instance-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            SharedWithAnotherInstance = true;
        }
        catch (UnauthorizedAccessException)
        {
            // A folder the app may read but not create files in: no telling, and no reason to stop.
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return result;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value, etag FROM state WHERE key = $key";
        var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
            keyParameter.Value = key;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var value = StoredJson.Parse(reader.GetString(0));
                if (value is JObject obj && !reader.IsDBNull(1))
                {
                    obj["eTag"] = reader.GetString(1);
                }

                result[key] = value;
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteLockedAsync(connection, changes, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task WriteLockedAsync(SqliteConnection connection, IDictionary<string, object> changes, CancellationToken cancellationToken)
    {
        // IMMEDIATE takes the write lock up front, so the ETag check and the write cannot interleave with another writer.
        await using var transaction = connection.BeginTransaction(deferred: false);

        await using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT etag FROM state WHERE key = $key";
        var selectKey = select.Parameters.Add("$key", SqliteType.Text);

        await using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText =
            "INSERT INTO state (key, value, etag, updated_at) VALUES ($key, $value, $etag, $now) " +
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at";
        var upsertKey = upsert.Parameters.Add("$key", SqliteType.Text);
        var upsertValue = upsert.Parameters.Add("$value", SqliteType.Text);
        var upsertETag = upsert.Parameters.Add("$etag", SqliteType.Text);
        var upsertNow = upsert.Parameters.Add("$now", SqliteType.Integer);
        upsertNow.Value = _timeProvider.GetUtcNow().ToUnixTimeSeconds();

        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(changes));
            string? newETag = null;
            if (value is IStoreItem storeItem)
            {
                selectKey.Value = key;
                var current = await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
                if (current is not null && storeItem.ETag != "*" && storeItem.ETag != current)
                {
                    // The key only: never a value, which may hold what a user wrote.
                    throw new InvalidOperationException($"Etag conflict: the item with key '{key}' was changed by another writer.");
                }

                newETag = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
            }

            upsertKey.Value = key;
            upsertValue.Value = StoredJson.Serialize(value);
            upsertETag.Value = (object?)newETag ?? DBNull.Value;
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM state WHERE key = $key";
            var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
            foreach (var key in keys)
            {
                ArgumentNullException.ThrowIfNull(key, nameof(keys));
                keyParameter.Value = key;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc/>
    public async Task<int> DeleteIdleAsync(DateTimeOffset notWrittenSince, IReadOnlyList<string> keepPrefixes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keepPrefixes);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            // substr, not LIKE: keys may contain % and _.
            command.CommandText = "DELETE FROM state WHERE updated_at < $cutoff" + string.Concat(
                keepPrefixes.Select((_, i) => $" AND substr(key, 1, length($keep{i})) <> $keep{i}"));
            command.Parameters.AddWithValue("$cutoff", notWrittenSince.ToUnixTimeSeconds());
            for (var i = 0; i < keepPrefixes.Count; i++)
            {
                command.Parameters.AddWithValue($"$keep{i}", keepPrefixes[i]);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Runs a trivial query, for the health check.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM state WHERE 0";
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _instanceLock?.Dispose();
        _initLock.Dispose();
        _writeLock.Dispose();
    }



    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (!_initialized)
            {
                await InitializeAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            // Per connection: in WAL mode NORMAL survives an app crash and syncs at checkpoints, not on every turn.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task InitializeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            await using var command = connection.CreateCommand();
            command.CommandText =
                "PRAGMA journal_mode=WAL;" +
                "CREATE TABLE IF NOT EXISTS state (" +
                " key TEXT NOT NULL PRIMARY KEY," +
                " value TEXT NOT NULL," +
                " etag TEXT NULL," +
                " updated_at INTEGER NOT NULL) WITHOUT ROWID;" +
                "CREATE INDEX IF NOT EXISTS state_updated_at ON state (updated_at);";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _initialized = true;
        }
        finally
        {
            _initLock.Release();
        }
    }
}
