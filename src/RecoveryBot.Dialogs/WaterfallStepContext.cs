using RecoveryBot.Dialogs.Internal;
using RecoveryBot.Dialogs.Prompts;

namespace RecoveryBot.Dialogs;

/// <summary>The context a waterfall step runs in. It shares the stack of the dialog context that runs the waterfall.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, object? options, IDictionary<string, object?> values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState(dc.Stack))
    {
        _waterfall = waterfall;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>Gets the zero-based index of the running step.</summary>
    public int Index { get; }

    /// <summary>Gets the options the waterfall was started with (after a reload, their JSON text: use <see cref="GetOptions{T}"/>).</summary>
    public object? Options { get; }

    /// <summary>Gets why the step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>Gets the previous step's result: a prompt's value, a child dialog's result, the user's text, or a <see cref="PromptNotRecognized"/>.</summary>
    public object? Result { get; }

    /// <summary>Gets a value indicating whether the previous prompt gave up after its maximum number of attempts.</summary>
    public bool PromptNotRecognized => Result is PromptNotRecognized;

    /// <summary>
    /// Gets the values bag shared by all steps of this waterfall instance, persisted with the stack.
    /// After a reload entries are JSON tokens: read them with <see cref="ValuesExtensions.GetValue{T}"/>.
    /// </summary>
    public IDictionary<string, object?> Values { get; }

    /// <summary>Gets the options converted to <typeparamref name="T"/> (works before and after a reload).</summary>
    /// <typeparam name="T">The options type.</typeparam>
    /// <returns>The options, or default.</returns>
    public T? GetOptions<T>() => StateValues.Convert<T>(Options);

    /// <summary>Skips to the next step now, handing it <paramref name="result"/>. May be called once per step.</summary>
    /// <param name="result">The value the next step sees as <see cref="Result"/>.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The next step's result.</returns>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
