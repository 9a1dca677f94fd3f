using Microsoft.Bot.Builder;
using RecoveryBot.Dialogs.Internal;

namespace RecoveryBot.Dialogs;

/// <summary>
/// A reusable dialog made of inner dialogs. The inner stack is persisted inside the component's own instance
/// (key <c>"dialogs"</c>). When the inner stack completes or is cancelled the component ends and hands the inner
/// result to its parent. Override <see cref="OnContinueDialogAsync"/> to intercept messages (CoreBot-style interruptions).
/// </summary>
public class ComponentDialog : DialogContainer
{
    internal const string InnerStackKey = "dialogs";

    /// <summary>Creates a component.</summary>
    /// <param name="dialogId">A stable id.</param>
    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>Gets or sets the inner dialog started on begin; defaults to the first added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>Adds an inner dialog; the first one added becomes <see cref="InitialDialogId"/> if none is set.</summary>
    /// <param name="dialog">The dialog.</param>
    /// <returns>This component, for chaining.</returns>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <summary>Gets a version made of the id and the versions of all inner dialogs.</summary>
    /// <returns>The version.</returns>
    public override string GetVersion() => $"{Id}:{Dialogs.GetVersion()}";

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = CreateChildContext(dc);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken).ConfigureAwait(false);
        return await FinishTurnAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = CreateChildContext(dc);
        var result = await OnContinueDialogAsync(inner, cancellationToken).ConfigureAwait(false);
        return await FinishTurnAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A dialog pushed above the component on the outer stack ended: ask the inner question again and wait.</summary>
    /// <param name="dc">The outer context.</param>
    /// <param name="reason">Why it resumes.</param>
    /// <param name="result">Ignored.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns><see cref="Dialog.EndOfTurn"/>.</returns>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await CreateChildContext(dc).RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>Asks the inner active dialog to repeat its question, then calls <see cref="OnRepromptDialogAsync"/>.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The component's instance.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        await CreateInnerContext(turnContext, instance, null).RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The component is removed from the stack: when cancelled, its inner dialogs are cancelled first; then
    /// <see cref="OnEndDialogAsync"/> is called.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The component's instance.</param>
    /// <param name="reason">Why it ends.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            await CreateInnerContext(turnContext, instance, null).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override DialogContext CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return CreateInnerContext(dc.Context, dc.ActiveDialog!, dc);
    }

    /// <summary>Starts the inner stack. The default begins <see cref="InitialDialogId"/>.</summary>
    /// <param name="innerDc">The inner context.</param>
    /// <param name="options">The component's options.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The inner result.</returns>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no inner dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Continues the inner stack. Override to answer global commands first (call base to let the step see the message).</summary>
    /// <param name="innerDc">The inner context.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The inner result.</returns>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Ends the component with the inner result. Override to transform the result.</summary>
    /// <param name="outerDc">The outer context.</param>
    /// <param name="result">The inner result.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The outer result.</returns>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Called when the component ends, is replaced or is cancelled, after its inner dialogs were cancelled (if it
    /// was). The default does nothing; override it to clean up, as in the SDK.</summary>
    /// <param name="context">The turn.</param>
    /// <param name="instance">The component's instance.</param>
    /// <param name="reason">Why it ends.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>Called after the inner active dialog was asked to repeat its question. The default does nothing, as in the SDK.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The component's instance.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    private Task<DialogTurnResult> FinishTurnAsync(DialogContext dc, DialogTurnResult innerResult, CancellationToken cancellationToken)
        => innerResult.Status == DialogTurnStatus.Waiting
            ? Task.FromResult(EndOfTurn)
            : EndComponentAsync(dc, innerResult.Result, cancellationToken);

    private DialogContext CreateInnerContext(ITurnContext turnContext, DialogInstance instance, DialogContext? parent)
    {
        var state = StateValues.GetOrCreate<DialogState>(instance.State, InnerStackKey, () => new DialogState());
        state.DialogStack ??= new List<DialogInstance>();
        return new DialogContext(Dialogs, turnContext, state) { Parent = parent };
    }
}
