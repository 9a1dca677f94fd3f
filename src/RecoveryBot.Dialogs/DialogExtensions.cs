using Microsoft.Bot.Builder;

namespace RecoveryBot.Dialogs;

/// <summary>The SDK-style entry point for running a dialog from a bot.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Runs <paramref name="dialog"/> as the root for this turn: continue the stack, or begin the dialog when empty.
    /// Stale stacks are cleared with the default message. State is not saved here.
    /// </summary>
    /// <param name="dialog">The root dialog.</param>
    /// <param name="turnContext">The turn.</param>
    /// <param name="accessor">The ConversationState property holding the stack.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public static Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
        => new DialogRunner(dialog, accessor).RunAsync(turnContext, cancellationToken);

    /// <summary>Runs <paramref name="dialog"/> as the root with interruptions and a version-change handler.</summary>
    /// <param name="dialog">The root dialog.</param>
    /// <param name="turnContext">The turn.</param>
    /// <param name="accessor">The ConversationState property holding the stack.</param>
    /// <param name="options">Interruptions and handlers.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public static Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, DialogRunnerOptions options, CancellationToken cancellationToken = default)
        => new DialogRunner(dialog, accessor, options).RunAsync(turnContext, cancellationToken);
}
