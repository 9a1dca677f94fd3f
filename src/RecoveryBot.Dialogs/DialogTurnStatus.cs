namespace RecoveryBot.Dialogs;

/// <summary>The state of the dialog stack after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>Nothing is on the stack.</summary>
    Empty,

    /// <summary>A dialog is active and waits for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed; the result is in <see cref="DialogTurnResult.Result"/>.</summary>
    Complete,

    /// <summary>The stack was cancelled (cancel-all, an interruption that ended the stack, or a version change).</summary>
    Cancelled,

    /// <summary>
    /// The active dialog completed but the turn should end there. As in the SDK (where only adaptive dialogs and skills
    /// return it), no dialog in this library returns it; it exists so code that handles every status compiles.
    /// </summary>
    CompleteAndWait,
}
