using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace RecoveryBot.Dialogs;

/// <summary>
/// Runs a root dialog for one turn: interruptions first, then continue the stack, begin the root when empty,
/// and clear the stack kindly when it no longer fits the app. It does not save state: use
/// <see cref="AutoSaveStateMiddleware"/> or call <c>ConversationState.SaveChangesAsync</c> at the end of the turn.
/// </summary>
public sealed class DialogRunner
{
    private readonly Dialog _root;
    private readonly IStatePropertyAccessor<DialogState> _accessor;
    private readonly DialogRunnerOptions _options;

    /// <summary>Creates a runner. Build it once and reuse it; it holds no per-conversation state.</summary>
    /// <param name="rootDialog">The dialog begun when the stack is empty.</param>
    /// <param name="dialogState">The ConversationState property that persists the stack.</param>
    /// <param name="options">Interruptions and the version-change handler.</param>
    public DialogRunner(Dialog rootDialog, IStatePropertyAccessor<DialogState> dialogState, DialogRunnerOptions? options = null)
    {
        _root = rootDialog ?? throw new ArgumentNullException(nameof(rootDialog));
        _accessor = dialogState ?? throw new ArgumentNullException(nameof(dialogState));
        _options = options ?? new DialogRunnerOptions();
    }

    /// <summary>Runs one turn.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public Task<DialogTurnResult> RunAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        => RunAsync(turnContext, null, cancellationToken);

    /// <summary>
    /// The dialog context of this turn without running anything: for work on the stack outside a message turn (an edited
    /// message that sets an exercise aside). Changes are saved with the conversation state, as after a turn.
    /// </summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The root dialog context.</returns>
    public Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return new DialogSet(_accessor).Add(_root).CreateContextAsync(turnContext, cancellationToken);
    }

    /// <summary>
    /// Ends whatever is on the stack and begins the root dialog with <paramref name="options"/>: for a turn the bot starts
    /// itself (a proactive message that moves the conversation on). State is saved by the caller, as after a turn.
    /// </summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="options">The root dialog's options.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The root dialog's first result.</returns>
    public async Task<DialogTurnResult> BeginRootAsync(ITurnContext turnContext, object? options, CancellationToken cancellationToken = default)
    {
        var dc = await CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await dc.BeginDialogAsync(_root.Id, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one turn with one more interruption for this turn only, after the configured ones.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="turnInterruption">An interruption built for this turn (it may carry what the turn's message means).</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public async Task<DialogTurnResult> RunAsync(ITurnContext turnContext, IDialogInterruption? turnInterruption, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var set = new DialogSet(_accessor).Add(_root);
        var dc = await set.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var rootId = dc.Stack.Count > 0 ? dc.Stack[^1].Id : null;

        try
        {
            if (turnContext.Activity?.Type == ActivityTypes.Message)
            {
                var interrupted = await RunInterruptionsAsync(dc, turnInterruption, cancellationToken).ConfigureAwait(false);
                if (interrupted is not null)
                {
                    return interrupted;
                }
            }

            var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            if (result.Status == DialogTurnStatus.Empty && _options.BeginRootWhenEmpty)
            {
                result = await dc.BeginDialogAsync(_root.Id, null, cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
        catch (DialogVersionChangedException ex)
        {
            // The stack cannot be trusted any more; drop it rather than crash every turn from now on.
            dc.Stack.Clear();
            await _options.OnVersionChanged(new DialogVersionChange(turnContext, rootId, ex), cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Cancelled, ex);
        }
    }

    private async Task<DialogTurnResult?> RunInterruptionsAsync(DialogContext dc, IDialogInterruption? turnInterruption, CancellationToken cancellationToken)
    {
        var interruptions = turnInterruption is null ? _options.Interruptions : _options.Interruptions.Append(turnInterruption);
        foreach (var interruption in interruptions)
        {
            var outcome = await interruption.InterruptAsync(dc, cancellationToken).ConfigureAwait(false);
            switch (outcome)
            {
                case InterruptionResult.NotHandled:
                    continue;
                case InterruptionResult.Handled:
                    return Waiting(dc);
                case InterruptionResult.Reprompt:
                    await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                    return Waiting(dc);
                case InterruptionResult.EndStack:
                    return await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                default:
                    throw new InvalidOperationException($"Unknown interruption result {outcome}.");
            }
        }

        return null;
    }

    private static DialogTurnResult Waiting(DialogContext dc)
        => dc.ActiveDialog is null ? new DialogTurnResult(DialogTurnStatus.Empty) : Dialog.EndOfTurn;
}
