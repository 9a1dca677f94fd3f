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
    public static bool Is(Exception? exception) => exception switch
    {
        null => false,
        DbException or Azure.RequestFailedException or SharedTurnBusyException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Is),
        _ => Is(exception.InnerException),
    };

    /// <summary>
    /// What an operator needs to know of a store failure, with no stored data or user text in it: the innermost
    /// exception's type and the store's own code (PostgreSQL's SQLSTATE such as 53300 "too many connections", an Azure
    /// Storage status and error code).
    /// </summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var inner = exception;
        while (inner.InnerException is not null && !IsStoreOwn(inner))
        {
            inner = inner.InnerException;
        }

        return inner switch
        {
            DbException { SqlState: { } state } => $"{inner.GetType().Name} {state}",
            Azure.RequestFailedException azure => $"{inner.GetType().Name} {azure.Status} {azure.ErrorCode}",
            _ => inner.GetType().Name,
        };
    }

    private static bool IsStoreOwn(Exception exception) => exception is DbException or Azure.RequestFailedException or SharedTurnBusyException;
}
