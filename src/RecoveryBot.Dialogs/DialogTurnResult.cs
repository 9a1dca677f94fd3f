namespace RecoveryBot.Dialogs;

/// <summary>The outcome of one call into the dialog stack. Immutable.</summary>
public sealed class DialogTurnResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="status">The state of the stack.</param>
    /// <param name="result">The value returned by the dialog that ended, if any.</param>
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    /// <summary>Gets the state of the stack.</summary>
    public DialogTurnStatus Status { get; }

    /// <summary>Gets the value returned by the dialog that ended, if any.</summary>
    public object? Result { get; }
}
