namespace RecoveryBot.Dialogs;

/// <summary>
/// The outcome of one call into the dialog stack. The SDK's members, but immutable: the properties can be set only
/// when the result is made (<c>new DialogTurnResult(status) { ParentEnded = true }</c>), because
/// <see cref="Dialog.EndOfTurn"/> is one instance shared by every conversation.
/// </summary>
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
    public DialogTurnStatus Status { get; init; }

    /// <summary>Gets the value returned by the dialog that ended, if any.</summary>
    public object? Result { get; init; }

    /// <summary>
    /// Gets a value indicating whether a command ended the parent container, which should then do nothing more. As in
    /// the SDK, only adaptive dialog commands set it; the dialogs here never do (it is false).
    /// </summary>
    public bool ParentEnded { get; init; }
}
