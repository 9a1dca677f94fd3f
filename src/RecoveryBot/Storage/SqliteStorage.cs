using System.Globalization;
using System.Threading.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Storage;

/// <summary>
/// An <see cref="IStorage"/> kept in one SQLite file (write-ahead logging, <c>synchronous=FULL</c>), with the same ETag
/// contract as the SDK's <see cref="MemoryStorage"/>: only <see cref="IStoreItem"/> values are concurrency-checked, a
/// stale ETag throws, <c>*</c> overwrites, every write of a store item gets a new ETag, and the writer's object is never
/// changed. A write returns only once it is on disk, so a power cut loses no acknowledged turn.
/// </summary>
/// <remarks>
/// <para>Values are stored as plain JSON without CLR type names (type names in stored data let whoever can write the
/// store choose what gets instantiated). Reads therefore return <see cref="JObject"/> values, which
/// <see cref="BotState"/> converts to the accessor's type.</para>
/// <para>Group commit: one writer, on one long-lived connection, takes every write, delete and expiry queued meanwhile
/// into one transaction (one fsync), each in its own savepoint, so an ETag conflict fails only the call it belongs to.
/// Each call returns when the commit that holds it is durable.</para>
/// </remarks>
public sealed class SqliteStorage : IStorage, IJsonTextStorage, IExpiringStorage, IKeyListingStorage, IDisposable
{
    /// <summary>The file's schema, created on first use (and by the benchmark's pre-fill, which must match it).</summary>
    public const string Schema =
        "PRAGMA journal_mode=WAL;" +
        "CREATE TABLE IF NOT EXISTS state (" +
        " key TEXT NOT NULL PRIMARY KEY," +
        " value TEXT NOT NULL," +
        " etag TEXT NULL," +
        " updated_at INTEGER NOT NULL) WITHOUT ROWID;" +
        "CREATE INDEX IF NOT EXISTS state_updated_at ON state (updated_at);" +
        // Keys alone: listing a prefix (a journal, a day's check-ins) reads this narrow index, not the rows and their
        // values, so it costs little however large the items.
        "CREATE INDEX IF NOT EXISTS state_keys ON state (key);";

    // Enough to gather every turn of a busy app into one commit, few enough that one transaction stays short.
    private const int MaxCallsPerCommit = 256;

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private readonly Channel<QueuedWrite> _queue = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly FileStream? _instanceLock;
    private SqliteConnection? _writeConnection;
    private volatile bool _initialized;
    private long _commits;
    private long _reads;

    /// <summary>True when another app process (or another store in this one) already had the file open at creation:
    /// SQLite storage is for one instance, so start-up warns.</summary>
    public bool SharedWithAnotherInstance { get; }

    /// <summary>How many transactions the writer has committed (fewer than the calls it served when turns overlap).</summary>
    internal long Commits => Interlocked.Read(ref _commits);

    /// <summary>How many reads (queries of stored items) this store has run, for the tests that hold a turn to one read.</summary>
    internal long Reads => Interlocked.Read(ref _reads);

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
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <inheritdoc/>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, object>();
        await ReadRowsAsync(keys, reader => StoredJson.ReadItemsAsync(reader, result, cancellationToken), cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <inheritdoc/>
    public async Task<IDictionary<string, T>> ReadJsonAsync<T>(string[] keys, Func<string, bool, T> read, CancellationToken cancellationToken)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(read);
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        await ReadRowsAsync(keys, async reader =>
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result[reader.GetString(0)] = read(reader.GetString(1), false);
            }
        }, cancellationToken).ConfigureAwait(false);
        return result;
    }

    // Selects (key, value, etag) of the distinct keys, a few hundred keys a query (SQLite takes at most 32,766
    // parameters in one statement), and hands each query's rows to readRows.
    private async Task ReadRowsAsync(string[] keys, Func<System.Data.Common.DbDataReader, Task> readRows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var key in distinct)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
        }

        if (distinct.Length == 0)
        {
            return;
        }

        Interlocked.Increment(ref _reads);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in distinct.Chunk(500))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, value, etag FROM state WHERE key IN (" + string.Join(", ", chunk.Select((_, i) => "$k" + i.ToString(CultureInfo.InvariantCulture))) + ")";
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.Add("$k" + i.ToString(CultureInfo.InvariantCulture), SqliteType.Text).Value = chunk[i];
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await readRows(reader).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return Task.CompletedTask;
        }

        // Serialized here, on the caller's thread, so the single writer only writes.
        var rows = new List<Row>(changes.Count);
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(changes));
            rows.Add(new Row(key, StoredJson.Serialize(value), (value as IStoreItem)?.ETag, value is IStoreItem));
        }

        return EnqueueRowsAsync(rows, cancellationToken);
    }

    /// <inheritdoc/>
    public Task WriteJsonAsync(IReadOnlyDictionary<string, string> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return Task.CompletedTask;
        }

        var rows = new List<Row>(items.Count);
        foreach (var (key, json) in items)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(items));
            ArgumentNullException.ThrowIfNull(json, nameof(items));
            rows.Add(new Row(key, json, null, false));
        }

        return EnqueueRowsAsync(rows, cancellationToken);
    }

    private Task<int> EnqueueRowsAsync(List<Row> rows, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow().ToUnixTimeSeconds();
        return EnqueueAsync((connection, transaction) => WriteRows(connection, transaction, rows, now), cancellationToken);
    }

    private static int WriteRows(SqliteConnection connection, SqliteTransaction transaction, List<Row> rows, long now)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT etag FROM state WHERE key = $key";
        var selectKey = select.Parameters.Add("$key", SqliteType.Text);

        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText =
            "INSERT INTO state (key, value, etag, updated_at) VALUES ($key, $value, $etag, $now) " +
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at";
        var upsertKey = upsert.Parameters.Add("$key", SqliteType.Text);
        var upsertValue = upsert.Parameters.Add("$value", SqliteType.Text);
        var upsertETag = upsert.Parameters.Add("$etag", SqliteType.Text);
        upsert.Parameters.Add("$now", SqliteType.Integer).Value = now;

        foreach (var (key, json, expected, isChecked) in rows)
        {
            string? newETag = null;
            if (isChecked)
            {
                selectKey.Value = key;
                var current = select.ExecuteScalar() as string;
                if (current is not null && expected != "*" && expected != current)
                {
                    // The key only: never a value, which may hold what a user wrote.
                    throw new ConflictException($"Etag conflict: the item with key '{key}' was changed by another writer.");
                }

                newETag = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
            }

            upsertKey.Value = key;
            upsertValue.Value = json;
            upsertETag.Value = (object?)newETag ?? DBNull.Value;
            upsert.ExecuteNonQuery();
        }

        return rows.Count;
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
        }

        if (keys.Length == 0)
        {
            return Task.CompletedTask;
        }

        return EnqueueAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM state WHERE key = $key";
            var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
            foreach (var key in keys)
            {
                keyParameter.Value = key;
                command.ExecuteNonQuery();
            }

            return keys.Length;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<int> DeleteIdleAsync(DateTimeOffset notWrittenSince, IReadOnlyList<string> keepPrefixes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keepPrefixes);
        var prefixes = keepPrefixes.ToArray();
        return EnqueueAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // substr, not LIKE: keys may contain % and _.
            command.CommandText = "DELETE FROM state WHERE updated_at < $cutoff" + string.Concat(
                prefixes.Select((_, i) => $" AND substr(key, 1, length($keep{i})) <> $keep{i}"));
            command.Parameters.AddWithValue("$cutoff", notWrittenSince.ToUnixTimeSeconds());
            for (var i = 0; i < prefixes.Length; i++)
            {
                command.Parameters.AddWithValue($"$keep{i}", prefixes[i]);
            }

            return command.ExecuteNonQuery();
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await KeysAsync(connection, null, prefix, "ORDER BY key", skip: 0, take: -1, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>The page is read backwards along the key index; with the count, both in one read transaction, so they agree.</remarks>
    public async Task<(IReadOnlyList<string> Keys, int? Total)> ListLastKeysAsync(string prefix, int skip, int take, bool withTotal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!withTotal)
        {
            return (await KeysAsync(connection, null, prefix, "ORDER BY key DESC", skip, take, cancellationToken).ConfigureAwait(false), null);
        }

        // Deferred: a read snapshot, no write lock (the default, IMMEDIATE, would wait for the writer).
        await using var transaction = connection.BeginTransaction(deferred: true);
        var keys = await KeysAsync(connection, transaction, prefix, "ORDER BY key DESC", skip, take, cancellationToken).ConfigureAwait(false);
        await using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = "SELECT count(*) FROM state WHERE " + PrefixRange;
        AddPrefix(count, prefix);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (keys, total);
    }

    // A range on the key index (BINARY collation, so ordinal), bounded on both sides so only the prefix's keys are visited;
    // not LIKE: keys may contain % and _.
    private const string PrefixRange = "key >= $prefix AND key < $after AND substr(key, 1, length($prefix)) = $prefix";

    private static void AddPrefix(SqliteCommand command, string prefix)
    {
        command.Parameters.Add("$prefix", SqliteType.Text).Value = prefix;
        command.Parameters.Add("$after", SqliteType.Text).Value = KeyListing.UpperBound(prefix);
    }

    // take -1 is SQLite's "no limit".
    private static async Task<IReadOnlyList<string>> KeysAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string prefix, string order, int skip, int take, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT key FROM state WHERE {PrefixRange} {order} LIMIT $take OFFSET $skip";
        AddPrefix(command, prefix);
        command.Parameters.Add("$take", SqliteType.Integer).Value = take;
        command.Parameters.Add("$skip", SqliteType.Integer).Value = skip;
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>Runs a trivial query, for the health check.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM state WHERE 0";
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The writer connection's <c>PRAGMA synchronous</c> (2 is FULL), for the tests that hold it to durability.</summary>
    internal Task<int> WriterSynchronousAsync() =>
        EnqueueAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "PRAGMA synchronous";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }, CancellationToken.None);

    /// <summary>Finishes the writes already queued, then closes the file.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        if (!_writer.Wait(TimeSpan.FromSeconds(30)))
        {
            // A writer stuck on the disk: its callers still get their answer when it returns; nothing more to wait for.
        }

        _instanceLock?.Dispose();
        _initLock.Dispose();
    }

    private async Task<int> EnqueueAsync(Func<SqliteConnection, SqliteTransaction, int> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var queued = new QueuedWrite(work, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(queued), this);

        // Not WaitAsync(cancellationToken): once the writer has taken the call, its outcome is what the caller learns.
        return await queued.Done.Task.ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<QueuedWrite>(MaxCallsPerCommit);
        try
        {
            while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < MaxCallsPerCommit && _queue.Reader.TryRead(out var queued))
                {
                    if (queued.CancellationToken.IsCancellationRequested)
                    {
                        queued.Done.TrySetCanceled(queued.CancellationToken);
                    }
                    else
                    {
                        batch.Add(queued);
                    }
                }

                if (batch.Count > 0)
                {
                    try
                    {
                        await CommitAsync(batch).ConfigureAwait(false);
                    }
                    catch (Exception unexpected)
                    {
                        // Never a caller left waiting, and the writer lives on for the next batch.
                        foreach (var queued in batch)
                        {
                            queued.Done.TrySetException(unexpected);
                        }
                    }
                }
            }
        }
        finally
        {
            if (_writeConnection is not null)
            {
                await _writeConnection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task CommitAsync(List<QueuedWrite> batch)
    {
        var outcomes = new Exception?[batch.Count];
        var results = new int[batch.Count];
        try
        {
            _writeConnection ??= await OpenWriterAsync().ConfigureAwait(false);

            // IMMEDIATE takes the write lock up front, so each ETag check and its write cannot interleave with another
            // process on the same file.
            using var transaction = _writeConnection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                transaction.Save("call");
                try
                {
                    results[i] = batch[i].Work(_writeConnection, transaction);
                    transaction.Release("call");
                }
                catch (ConflictException conflict)
                {
                    // This call only: the others in the transaction go on.
                    transaction.Rollback("call");
                    transaction.Release("call");
                    outcomes[i] = conflict;
                }
            }

            transaction.Commit();
            Interlocked.Increment(ref _commits);
        }
        catch (Exception failure)
        {
            // The disk, the file or the connection failed: nothing in this transaction was written, so every call in it
            // learns that, and the next transaction starts on a fresh connection.
            var broken = _writeConnection;
            _writeConnection = null;
            try
            {
                if (broken is not null)
                {
                    await broken.DisposeAsync().ConfigureAwait(false);
                }
            }
            catch (SqliteException)
            {
                // Closing a broken connection may fail too; it is dropped either way.
            }

            foreach (var queued in batch)
            {
                queued.Done.TrySetException(failure);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] is { } conflict)
            {
                batch[i].Done.TrySetException(conflict);
            }
            else
            {
                batch[i].Done.TrySetResult(results[i]);
            }
        }
    }

    private async Task<SqliteConnection> OpenWriterAsync()
    {
        var connection = await OpenAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            // FULL: in WAL mode each commit is synced to disk before it returns, so an acknowledged turn survives a power
            // cut (NORMAL survives only a crash of the app). Group commit keeps that to one sync per batch.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=FULL;";
            await pragma.ExecuteNonQueryAsync().ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
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
            command.CommandText = Schema;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _initialized = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    // An InvalidOperationException, as the SDK's stores throw for a stale ETag; its own type so nothing else is mistaken for one.
    private sealed class ConflictException(string message) : InvalidOperationException(message);

    private sealed class QueuedWrite(Func<SqliteConnection, SqliteTransaction, int> work, CancellationToken cancellationToken)
    {
        public Func<SqliteConnection, SqliteTransaction, int> Work { get; } = work;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    // One row to write: its key, its JSON, and for a store item (Checked) the ETag the writer expects.
    private readonly record struct Row(string Key, string Json, string? ExpectedETag, bool Checked);
}
