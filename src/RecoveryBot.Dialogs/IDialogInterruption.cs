namespace RecoveryBot.Dialogs;

/// <summary>
/// A check that runs before the active step sees a user message (global commands, safety checks).
/// Interruptions run in order; the first that does not return <see cref="InterruptionResult.NotHandled"/> wins.
/// They run for message activities only, and also when the stack is empty.
/// </summary>
public interface IDialogInterruption
{
    /// <summary>Looks at the message and optionally answers it.</summary>
    /// <param name="dc">The root dialog context (it may send messages; it should not change the stack itself).</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>What the runner should do next.</returns>
    Task<InterruptionResult> InterruptAsync(DialogContext dc, CancellationToken cancellationToken);
}
