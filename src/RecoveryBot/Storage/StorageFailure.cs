using System.Data.Common;

namespace RecoveryBot.Storage;

/// <summary>Tells a failure of the state store (the database did not answer) from other failures.</summary>
public static class StorageFailure
{
    /// <summary>How long a caller is told to wait before trying again while the store is away.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>True when <paramref name="exception"/>, or one it wraps, comes from the store: a database, Azure Storage
    /// (a request that failed, or no answer at all after the client's retries), or a conversation another instance is
    /// still busy with.</summary>
    public static bool Is(Exception? exception) => Find(exception) is not null;

    /// <summary>
    /// What an operator needs to know of a store failure, with no stored data or user text in it: the store's own
    /// exception type and code (PostgreSQL's SQLSTATE such as 53300 "too many connections", an Azure Storage status and
    /// error code), else the type of <paramref name="exception"/>.
    /// </summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Find(exception) switch
        {
            DbException { SqlState: { } state } db => $"{db.GetType().Name} {state}",
            Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: var code } sqlite => $"{sqlite.GetType().Name} {code}{SqliteMeaning(code)}",
            Azure.RequestFailedException azure => $"{azure.GetType().Name} {azure.Status} {azure.ErrorCode}",
            { } own => own.GetType().Name,
            null => exception.GetType().Name,
        };
    }

    // SQLite's primary result codes an operator acts on: 5 and 6 pass, 13 and 10 need space or a look at the disk.
    private static string SqliteMeaning(int code) => (code & 0xFF) switch
    {
        5 => " (busy)",
        6 => " (locked)",
        10 => " (disk I/O error)",
        13 => " (disk full)",
        8 => " (read-only)",
        _ => "",
    };

    // The store's own exception in exception, or in one it wraps.
    private static Exception? Find(Exception? exception) => exception switch
    {
        null => null,
        DbException or Azure.RequestFailedException or SharedTurnBusyException => exception,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
        _ => Find(exception.InnerException),
    };
}
