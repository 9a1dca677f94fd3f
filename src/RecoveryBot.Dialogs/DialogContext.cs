using System.Globalization;
using Microsoft.Bot.Builder;
using RecoveryBot.Dialogs.Prompts;

namespace RecoveryBot.Dialogs;

/// <summary>
/// The dialog stack for one turn plus the operations on it: begin, continue, replace, end, cancel-all, re-prompt.
/// </summary>
public class DialogContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="dialogs">The dialogs that can be started from here.</param>
    /// <param name="turnContext">The turn.</param>
    /// <param name="state">The stack (shared, not copied).</param>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        ArgumentNullException.ThrowIfNull(state);
        state.DialogStack ??= new List<DialogInstance>();
        Stack = state.DialogStack;
    }

    /// <summary>Gets the dialogs that can be started from this context.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>Gets the turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>Gets the stack; index 0 is the active dialog.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>Gets or sets the outer context when this one belongs to a <see cref="DialogContainer"/>.</summary>
    public DialogContext? Parent { get; set; }

    /// <summary>Gets the active dialog's instance, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Gets the inner context of the active dialog when it is a container; otherwise null.</summary>
    public DialogContext? Child
        => ActiveDialog is { } active && FindDialog(active.Id) is DialogContainer container
            ? container.CreateChildContext(this)
            : null;

    /// <summary>Finds a dialog in this context's set, then up the parent chain.</summary>
    /// <param name="dialogId">The id.</param>
    /// <returns>The dialog, or null.</returns>
    public Dialog? FindDialog(string dialogId)
        => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a new instance of a dialog and starts it.</summary>
    /// <param name="dialogId">The id of the dialog to start.</param>
    /// <param name="options">Options for the dialog.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new ArgumentException($"A dialog with the id '{dialogId}' wasn't found in this set or its parents.", nameof(dialogId));

        Stack.Insert(0, new DialogInstance { Id = dialogId, Version = dialog.GetVersion() });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a prompt. Same as <see cref="BeginDialogAsync"/> but the options are required.</summary>
    /// <param name="dialogId">The prompt's id.</param>
    /// <param name="options">The prompt's options.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the turn's activity to the active dialog.</summary>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result; <see cref="DialogTurnStatus.Empty"/> when nothing is active.</returns>
    /// <exception cref="DialogVersionChangedException">The active instance no longer matches the running app.</exception>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindActiveDialogChecked();
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    /// <param name="result">The value to hand to the parent.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The parent's result, or <see cref="DialogTurnStatus.Complete"/> when the stack is now empty.</returns>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);

        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var parent = FindActiveDialogChecked();
        return await parent.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog without resuming its parent and starts another in its place.</summary>
    /// <param name="dialogId">The dialog to start.</param>
    /// <param name="options">Its options.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The new dialog's turn result.</returns>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on this context's stack, top first, without resuming any.</summary>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns><see cref="DialogTurnStatus.Cancelled"/>, or <see cref="DialogTurnStatus.Empty"/> if nothing was active.</returns>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
        => CancelAllDialogsAsync(false, cancellationToken);

    /// <summary>Ends every dialog on this stack and, when asked, on every parent stack too.</summary>
    /// <param name="cancelParents">Whether to also clear the parent contexts (the whole conversation's stack).</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns><see cref="DialogTurnStatus.Cancelled"/>, or <see cref="DialogTurnStatus.Empty"/> if nothing was active.</returns>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, CancellationToken cancellationToken = default)
    {
        var anything = Stack.Count > 0;
        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        if (cancelParents && Parent is not null)
        {
            var parentResult = await Parent.CancelAllDialogsAsync(true, cancellationToken).ConfigureAwait(false);
            anything |= parentResult.Status == DialogTurnStatus.Cancelled;
        }

        return new DialogTurnResult(anything ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    /// <summary>
    /// The SDK's overload with a dialog event: ends every dialog on this stack and, when asked, on every parent stack.
    /// The SDK first offers <paramref name="eventName"/> to each dialog so that one can stop the cancelling; no dialog
    /// in this library handles dialog events, so the result is the same as <see cref="CancelAllDialogsAsync(bool, CancellationToken)"/>.
    /// </summary>
    /// <param name="cancelParents">Whether to also clear the parent contexts (the whole conversation's stack).</param>
    /// <param name="eventName">The dialog event the SDK emits (null: "cancelDialog"); no dialog here handles it.</param>
    /// <param name="eventValue">The event's value; no dialog here reads it.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns><see cref="DialogTurnStatus.Cancelled"/>, or <see cref="DialogTurnStatus.Empty"/> if nothing was active.</returns>
    public Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, string? eventName, object? eventValue = null, CancellationToken cancellationToken = default)
        => CancelAllDialogsAsync(cancelParents, cancellationToken);

    /// <summary>Asks the active dialog to repeat its current question (e.g. after an interruption or a long pause).</summary>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance)
        {
            var dialog = FindActiveDialogChecked();
            await dialog.RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Gets the turn's culture name, as the SDK's method without its <c>turn.locale</c> memory (there is none here): the
    /// activity's locale as .NET names it ("en-US"), else the current thread's culture, also when the locale is unknown.
    /// </summary>
    /// <returns>A culture name.</returns>
    public string GetLocale()
    {
        var locale = Context.Activity?.Locale;
        if (!string.IsNullOrEmpty(locale))
        {
            try
            {
                return new CultureInfo(locale).Name;
            }
            catch (CultureNotFoundException)
            {
                // Fall back to the thread's culture, as the SDK does.
            }
        }

        return CultureInfo.CurrentCulture.Name;
    }

    /// <summary>Finds the active dialog and checks the stored instance still fits it.</summary>
    private Dialog FindActiveDialogChecked()
    {
        var instance = ActiveDialog!;
        var dialog = FindDialog(instance.Id)
            ?? throw new DialogVersionChangedException(instance.Id, instance.Version, null, $"no dialog with the id '{instance.Id}' exists any more.");

        var current = dialog.GetVersion();
        if (instance.Version is not null && !string.Equals(instance.Version, current, StringComparison.Ordinal))
        {
            throw new DialogVersionChangedException(instance.Id, instance.Version, current, $"dialog '{instance.Id}' changed version.");
        }

        return dialog;
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        // A dialog removed by a deployment cannot clean up; popping it is still the right thing when ending.
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        Stack.RemoveAt(0);
    }
}
