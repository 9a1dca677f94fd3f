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
}
