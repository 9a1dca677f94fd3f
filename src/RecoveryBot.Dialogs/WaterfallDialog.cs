using RecoveryBot.Dialogs.Internal;

namespace RecoveryBot.Dialogs;

/// <summary>
/// A fixed sequence of steps. Each step usually asks something (a prompt) and the next one receives the answer.
/// Its version is <c>"{Id}:{stepCount}"</c>, or <c>"{Id}:{Version}"</c> when <see cref="Version"/> is set, so
/// adding or removing steps invalidates stored instances instead of resuming at the wrong step.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps = new();

    /// <summary>Creates a waterfall.</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="steps">The steps, in order.</param>
    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        if (steps is not null)
        {
            _steps.AddRange(steps);
        }
    }

    /// <summary>
    /// Gets or sets an explicit version. When set it replaces the step count in <see cref="GetVersion"/>:
    /// bump it whenever the meaning of the steps changes even if their number does not.
    /// </summary>
    public string? Version { get; set; }

    /// <summary>Gets the number of steps.</summary>
    public int StepCount => _steps.Count;

    /// <summary>Appends a step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>This waterfall, for chaining.</returns>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    /// <summary>Gets the options a running waterfall was started with (converted after a reload), or the default.</summary>
    /// <typeparam name="T">The options' type.</typeparam>
    /// <param name="instance">The waterfall's instance on a dialog stack (find it by its id: another dialog's
    /// instance may hold an entry of the same name that means something else).</param>
    /// <returns>The options, or the default when there are none.</returns>
    public static T? OptionsOf<T>(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State.TryGetValue(OptionsKey, out var options) ? StateValues.Convert<T>(options) : default;
    }

    /// <inheritdoc/>
    public override string GetVersion() => $"{Id}:{Version ?? _steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <inheritdoc/>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options;
        state[ValuesKey] = new Dictionary<string, object?>();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // Typing indicators, conversation updates, invokes... must never move the waterfall on.
        if (dc.Context.Activity.Type != Microsoft.Bot.Schema.ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var index = StateValues.GetInt(instance.State, StepIndexKey);

        // The step the user was on must still exist; otherwise the stored stack came from a longer waterfall.
        if (index >= _steps.Count)
        {
            throw new DialogVersionChangedException(instance.Id, instance.Version, GetVersion(), $"step {index} of '{Id}' no longer exists.");
        }

        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs one step; called by the waterfall, overridable for tracing.</summary>
    /// <param name="stepContext">The step's context.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The step's result.</returns>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        => _steps[stepContext.Index](stepContext, cancellationToken);

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = instance.State;
        state[StepIndexKey] = index;
        var values = StateValues.GetOrCreate<Dictionary<string, object?>>(state, ValuesKey, () => new());
        state.TryGetValue(OptionsKey, out var options);
        var stepContext = new WaterfallStepContext(this, dc, options, values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }
}
