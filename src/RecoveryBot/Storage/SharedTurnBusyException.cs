namespace RecoveryBot.Storage;

/// <summary>Another app instance held a conversation's turn lease for longer than a turn waits: the turn is not run,
/// and is answered as when the store is away, so the channel (or the check-in sender) tries again.</summary>
public sealed class SharedTurnBusyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SharedTurnBusyException()
        : base("Another app instance is still running a turn of this conversation.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SharedTurnBusyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public SharedTurnBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
