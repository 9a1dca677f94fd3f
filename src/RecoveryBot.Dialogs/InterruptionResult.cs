namespace RecoveryBot.Dialogs;

/// <summary>What an <see cref="IDialogInterruption"/> did with a message.</summary>
public enum InterruptionResult
{
    /// <summary>Not for this interruption: the next one (and finally the active step) sees the message.</summary>
    NotHandled,

    /// <summary>Answered; the stack keeps waiting at the same step without repeating the question.</summary>
    Handled,

    /// <summary>Answered; the active dialog repeats its current question and keeps waiting.</summary>
    Reprompt,

    /// <summary>Answered; the whole stack is cancelled.</summary>
    EndStack,
}
