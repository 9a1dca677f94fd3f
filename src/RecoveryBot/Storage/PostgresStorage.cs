using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;
using Npgsql;
using NpgsqlTypes;

namespace RecoveryBot.Storage;

/// <summary>
/// An <see cref="IStorage"/> in PostgreSQL (Npgsql, pooled connections), with the same ETag contract as the SDK's
/// <see cref="MemoryStorage"/> and <see cref="SqliteStorage"/>: only <see cref="IStoreItem"/> values are
/// concurrency-checked, a stale ETag throws, <c>*</c> overwrites, and every write of a store item gets a new ETag.
/// </summary>
/// <remarks>
/// Each write is one statement that checks the ETag and writes (an upsert whose update is conditional), so two writers
/// can never both win, across app instances too. Many keys are read in one round trip. The schema is created on first
/// use with a version number, so a later change can migrate it (creating it needs the right to create tables; once it
/// exists, reading and writing rows is enough). Values are plain JSON without CLR type names.
/// </remarks>
public sealed class PostgresStorage : IStorage, IExpiringStorage, IKeyListingStorage, ITurnLockingStorage, IDisposable
{
    /// <summary>The schema version this code writes.</summary>
    public const int SchemaVersion = 1;



    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private readonly SemaphoreSlim _lockConnections;

    // How long a turn lock outlives an instance that stops answering (renewed every third of it while a turn runs), as
    // SharedTurnLease.Hold for a lease item.
    private readonly TimeSpan _lockHold;
    private readonly TimeSpan _lockRenewal;
    private volatile bool _initialized;

    /// <summary>Creates the storage for <paramref name="connectionString"/> (the schema is created on first use).</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="timeProvider">The clock for expiry; the system clock when null.</param>
    /// <param name="logger">Where a turn lock lost while its turn runs is reported; nowhere when null.</param>
    public PostgresStorage(string connectionString, TimeProvider? timeProvider = null, ILogger? logger = null)
        : this(connectionString, timeProvider, SharedTurnLease.Hold, SharedTurnLease.Hold / 3, logger)
    {
    }

    /// <summary>The storage with a turn lock that outlives a holder gone quiet by <paramref name="lockHold"/> and is renewed
    /// every <paramref name="lockRenewal"/> while held (tests).</summary>
    internal PostgresStorage(string connectionString, TimeProvider? timeProvider, TimeSpan lockHold, TimeSpan lockRenewal, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        (_lockHold, _lockRenewal) = (lockHold, lockRenewal);
        _logger = logger ?? NullLogger.Instance;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // A server that is away is told within seconds rather than holding a turn for the default 15 s, unless the
        // connection string says otherwise ("Timeout" itself; "Command Timeout" is another setting).
        if (!new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Timeout"))
        {
            builder.Timeout = 5;
        }

        // A turn lock holds a pooled connection for the whole turn, and the turn needs another to read and write: at most
        // half the pool holds locks, so the turns that hold one can always get the other.
        if (builder.Pooling && builder.MaxPoolSize < 2)
        {
            throw new ArgumentException("Maximum Pool Size must be at least 2: a turn holds one connection for its lock and reads and writes on another.", nameof(connectionString));
        }

        var lockHolders = Math.Max(1, builder.MaxPoolSize / 2);
        _lockConnections = new SemaphoreSlim(lockHolders, lockHolders);
        // Nothing this store does outlives a transaction (its settings are SET LOCAL, its locks transaction-scoped), so a
        // connection given back to the pool needs no DISCARD ALL before its next use.
        builder.NoResetOnClose = true;
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
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

        CheckKeys(keys);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT key, value, etag FROM recoverybot_state WHERE key = ANY(@keys)", connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = keys.Distinct(StringComparer.Ordinal).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await StoredJson.ReadItemsAsync(reader, result, cancellationToken).ConfigureAwait(false);

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

        CheckKeys(changes.Keys);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = DurableBatch(connection, transaction);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var keys = new List<string>(changes.Count);
        foreach (var (key, value) in changes)
        {
            // The update happens only when the stored ETag is the one the writer read (or the writer does not check): the
            // check and the write are one statement, so two writers with the same ETag cannot both succeed. A store item is
            // checked unless its ETag is "*"; no ETag at all means it must not exist yet (or hold none).
            var storeItem = value as IStoreItem;
            var upsert = new NpgsqlBatchCommand(
                "INSERT INTO recoverybot_state (key, value, etag, updated_at) VALUES ($1, $2, $3, $4) " +
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, etag = EXCLUDED.etag, updated_at = EXCLUDED.updated_at " +
                "WHERE NOT $5 OR recoverybot_state.etag IS NULL OR recoverybot_state.etag = $6");
            upsert.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = key });
            upsert.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = StoredJson.Serialize(value) });
            upsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = storeItem is null ? DBNull.Value : Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) });
            upsert.Parameters.Add(new NpgsqlParameter<DateTime> { NpgsqlDbType = NpgsqlDbType.TimestampTz, TypedValue = now });
            upsert.Parameters.Add(new NpgsqlParameter<bool> { NpgsqlDbType = NpgsqlDbType.Boolean, TypedValue = storeItem is not null && storeItem.ETag != "*" });
            upsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)storeItem?.ETag ?? DBNull.Value });
            batch.BatchCommands.Add(upsert);
            keys.Add(key);
        }

        // Every item in one round trip; any stale ETag rolls all of them back (the transaction is not committed).
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < keys.Count; i++)
        {
            if (batch.BatchCommands[i + 1].RecordsAffected == 0)
            {
                // The key only: never a value, which may hold what a user wrote.
                throw new InvalidOperationException($"Etag conflict: the item with key '{keys[i]}' was changed by another writer.");
            }
        }

        // The writer's object is left as it was (as the SDK's own stores do): its new ETag is read back with it.
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

        CheckKeys(keys);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = DurableBatch(connection, transaction);
        var delete = new NpgsqlBatchCommand("DELETE FROM recoverybot_state WHERE key = ANY($1)");
        delete.Parameters.Add(new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, TypedValue = keys });
        batch.BatchCommands.Add(delete);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>A transaction-scoped advisory lock on a hash of the key (<c>hashtextextended</c>, PostgreSQL 11 or later),
    /// held by an open transaction that writes nothing: it is given back by ending that transaction, or by the server when
    /// the connection dies. The wait happens in the server (<c>lock_timeout</c>), not by polling.</remarks>
    public async Task<IAsyncDisposable> LockAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        CheckKeys([key]);
        // Bounded: an infinite wait here would leave lock_timeout at its 1 ms floor.
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        var start = _timeProvider.GetTimestamp();
        if (!await _lockConnections.WaitAsync(wait, cancellationToken).ConfigureAwait(false))
        {
            throw new SharedTurnBusyException();
        }

        NpgsqlConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var left = wait - _timeProvider.GetElapsedTime(start);
            // Only the lock's wait is bounded by lock_timeout. The server's or the role's statement and transaction timeouts
            // must not end a slow turn's lock; an idle transaction is what holds it, so the idle timeout is the lock's own
            // hold, which HeldLock renews while the turn runs: an instance that vanishes without closing its connection
            // loses the lock after that time, not after the operating system's TCP keepalive (hours).
            // transaction_timeout exists from PostgreSQL 17 on: looked up rather than judged by the reported version.
            var timeouts = "SELECT set_config('lock_timeout', $1, true), set_config('statement_timeout', '0', true), " +
                "set_config('idle_in_transaction_session_timeout', $2, true), " +
                "(SELECT set_config(name, '0', true) FROM pg_settings WHERE name = 'transaction_timeout')";
            await using var batch = new NpgsqlBatch(connection, transaction)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand(timeouts)
                    {
                        Parameters =
                        {
                            new NpgsqlParameter<string> { TypedValue = $"{Math.Max(1, (long)left.TotalMilliseconds)}ms" },
                            new NpgsqlParameter<string> { TypedValue = $"{(long)_lockHold.TotalMilliseconds}ms" },
                        },
                    },
                    new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                    {
                        Parameters = { new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = key } },
                    },
                },
            };
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new HeldLock(connection, transaction, _lockConnections, _lockRenewal, _logger);
        }
        catch (Exception ex)
        {
            try
            {
                if (connection is not null)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                _lockConnections.Release();
            }

            if (ex is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable })
            {
                throw new SharedTurnBusyException();
            }

            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        CheckKeys([prefix]);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT key FROM recoverybot_state WHERE " + PrefixRange, connection);
        AddPrefix(command, prefix);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await KeysAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>The page is read backwards along the index on key COLLATE "C"; with the count, in the same round trip (two
    /// statements, each with its own snapshot under READ COMMITTED, so a write between them can make them differ by it).</remarks>
    public async Task<(IReadOnlyList<string> Keys, int? Total)> ListLastKeysAsync(string prefix, int skip, int take, bool withTotal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        CheckKeys([prefix]);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            (withTotal ? $"SELECT count(*) FROM recoverybot_state WHERE {PrefixRange}; " : "") +
            $"SELECT key FROM recoverybot_state WHERE {PrefixRange} ORDER BY key COLLATE \"C\" DESC LIMIT @take OFFSET @skip",
            connection);
        AddPrefix(command, prefix);
        command.Parameters.Add(new NpgsqlParameter<long>("take", NpgsqlDbType.Bigint) { TypedValue = take });
        command.Parameters.Add(new NpgsqlParameter<long>("skip", NpgsqlDbType.Bigint) { TypedValue = skip });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        int? total = null;
        if (withTotal)
        {
            total = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? checked((int)reader.GetInt64(0)) : 0;
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }

        return (await KeysAsync(reader, cancellationToken).ConfigureAwait(false), total);
    }

    // A byte-order range, which the index on key COLLATE "C" serves (the primary key's own index follows the database's
    // collation and cannot); starts_with keeps it exact. Not LIKE: keys may contain % and _.
    private const string PrefixRange = "key COLLATE \"C\" >= @prefix AND key COLLATE \"C\" < @after AND starts_with(key, @prefix)";

    private static void AddPrefix(NpgsqlCommand command, string prefix)
    {
        command.Parameters.Add(new NpgsqlParameter<string>("prefix", NpgsqlDbType.Text) { TypedValue = prefix });
        command.Parameters.Add(new NpgsqlParameter<string>("after", NpgsqlDbType.Text) { TypedValue = KeyListing.UpperBound(prefix) });
    }

    private static async Task<IReadOnlyList<string>> KeysAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <inheritdoc/>
    public async Task<int> DeleteIdleAsync(DateTimeOffset notWrittenSince, IReadOnlyList<string> keepPrefixes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keepPrefixes);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // starts_with, not LIKE: keys may contain % and _.
        await using var command = new NpgsqlCommand(
            "DELETE FROM recoverybot_state WHERE updated_at < @cutoff AND NOT EXISTS (SELECT 1 FROM unnest(@keep) AS p WHERE starts_with(key, p))",
            connection);
        command.Parameters.Add(new NpgsqlParameter<DateTime>("cutoff", NpgsqlDbType.TimestampTz) { TypedValue = notWrittenSince.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<string[]>("keep", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. keepPrefixes] });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _dataSource.Dispose();
        _initLock.Dispose();
        _lockConnections.Dispose();
    }

    // PostgreSQL text cannot hold NUL: such a key is the caller's mistake, not the store being away.
    private static void CheckKeys(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
            if (key.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArgumentException("A key contains a NUL character, which PostgreSQL cannot store.", nameof(keys));
            }
        }
    }



    // A write returns only once the server has it on disk, whatever the server's, the role's or the connection string's
    // default says. Set for each write transaction: a session setting is undone by a pool's reset (DISCARD ALL) and does
    // not follow a transaction-pooling proxy such as PgBouncer.
    private static NpgsqlBatch DurableBatch(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        new(connection, transaction) { BatchCommands = { new NpgsqlBatchCommand("SET LOCAL synchronous_commit = on") } };

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
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

    private static async Task<int?> SchemaVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT max(version) FROM recoverybot_schema", connection);
        try
        {
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int version ? version : null;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return null;
        }
    }

    // A database set up before 2026-11-30 lacks the index that listing keys by prefix uses: added without blocking writes
    // where the app's role may (otherwise listing still works, scanning the table; README says how to add it by hand).
    private static async Task AddKeyIndexAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS recoverybot_state_key_bytes ON recoverybot_state (key COLLATE \"C\")", connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException)
        {
            // Not the table's owner, or another instance is adding it now.
        }
    }

    // Several instances may start at once: the advisory lock lets one create the schema while the others wait.
    private async Task InitializeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            // A database already set up needs no right to create anything: a least-privilege role (SELECT, INSERT, UPDATE,
            // DELETE on the two tables) works from then on.
            if (await SchemaVersionAsync(connection, cancellationToken).ConfigureAwait(false) is { } existing && existing >= SchemaVersion)
            {
                if (existing > SchemaVersion)
                {
                    throw new InvalidOperationException($"The PostgreSQL schema is version {existing}, newer than this build understands ({SchemaVersion}). Run the newer build.");
                }

                await AddKeyIndexAsync(connection, cancellationToken).ConfigureAwait(false);
                _initialized = true;
                return;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(
                "SELECT pg_advisory_xact_lock(7285120411);" +
                "CREATE TABLE IF NOT EXISTS recoverybot_schema (version integer NOT NULL);" +
                "CREATE TABLE IF NOT EXISTS recoverybot_state (" +
                " key text NOT NULL PRIMARY KEY," +
                " value text NOT NULL," +
                " etag text NULL," +
                " updated_at timestamptz NOT NULL);" +
                "CREATE INDEX IF NOT EXISTS recoverybot_state_updated_at ON recoverybot_state (updated_at);" +
                "CREATE INDEX IF NOT EXISTS recoverybot_state_key_bytes ON recoverybot_state (key COLLATE \"C\");" +
                "INSERT INTO recoverybot_schema (version) SELECT @version WHERE NOT EXISTS (SELECT 1 FROM recoverybot_schema);" +
                "SELECT max(version) FROM recoverybot_schema;",
                connection,
                transaction);
            command.Parameters.AddWithValue("version", SchemaVersion);
            var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (version > SchemaVersion)
            {
                throw new InvalidOperationException($"The PostgreSQL schema is version {version}, newer than this build understands ({SchemaVersion}). Run the newer build.");
            }

            _initialized = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    // Kept by a statement every third of the hold (the idle timeout counts from the last one), given back by ending the
    // transaction that holds it; if that fails the connection is closed, and the server gives it back when the session
    // ends. A renewal that fails means the lock is lost with its connection.
    private sealed class HeldLock : RenewedLock
    {
        private readonly NpgsqlConnection _connection;
        private readonly NpgsqlTransaction _transaction;
        private readonly SemaphoreSlim _slots;

        public HeldLock(NpgsqlConnection connection, NpgsqlTransaction transaction, SemaphoreSlim slots, TimeSpan renewEvery, ILogger logger)
            : base(logger)
        {
            (_connection, _transaction, _slots) = (connection, transaction, slots);
            StartRenewing(renewEvery);
        }

        protected override async Task<(Renewal Result, string? Reason)> RenewOnceAsync(CancellationToken stop)
        {
            try
            {
                // Not cancelled midway: a cancelled statement would abort the transaction that holds the lock.
                await using var keep = new NpgsqlCommand("SELECT 1", _connection, _transaction);
                await keep.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
                return (Renewal.Kept, null);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                return (Renewal.Lost, ex.GetType().FullName);
            }
        }

        protected override async ValueTask GiveBackAsync()
        {
            try
            {
                await _transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                // The connection is gone or broken: so is the session, and with it the lock.
            }
            finally
            {
                try
                {
                    await _transaction.DisposeAsync().ConfigureAwait(false);
                    await _connection.DisposeAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
                {
                }
                finally
                {
                    _slots.Release();
                }
            }
        }
    }
}
