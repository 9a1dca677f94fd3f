using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Recognizers.Text;
using RecoveryBot.Dialogs.Internal;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// Base class of prompts: asks, recognises the answer, validates it, retries, and gives up after
/// <see cref="PromptOptions.MaxAttempts"/> (default <see cref="DefaultMaxAttempts"/>) by ending with a <see cref="PromptNotRecognized"/>.
/// Non-message activities never count as an answer.
/// </summary>
/// <typeparam name="T">The recognised value's type.</typeparam>
public abstract class Prompt<T> : Dialog
{
    /// <summary>The number of attempts used when <see cref="PromptOptions.MaxAttempts"/> is not set.</summary>
    public const int StandardMaxAttempts = 3;

    private const string OptionsKey = "options";
    private const string StateKey = "state";
    private const string AttemptCountKey = "attemptCount";

    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates a prompt.</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="validator">An optional validator; when given it alone decides validity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dialogId"/> is null, empty or white space.</exception>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <summary>Gets or sets the maximum number of attempts when the options do not say (default 3).</summary>
    public int DefaultMaxAttempts { get; set; } = StandardMaxAttempts;

    /// <summary>Gets or sets the culture used when neither the options nor the activity give one (null: en-us), as the SDK's
    /// <c>defaultLocale</c> constructor argument.</summary>
    public string? DefaultLocale { get; set; }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = StateValues.Convert<PromptOptions>(options)
            ?? throw new ArgumentException($"Prompt '{Id}' must be started with PromptOptions.", nameof(options));

        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = promptOptions;
        state[StateKey] = new Dictionary<string, object?>();
        state[AttemptCountKey] = 0;

        await OnPromptAsync(dc.Context, (Dictionary<string, object?>)state[StateKey]!, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // Typing, conversation updates, reactions, invokes: not an answer, and not worth a re-prompt.
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instanceState = dc.ActiveDialog!.State;
        var options = ReadOptions(instanceState);
        var promptState = StateValues.GetOrCreate<Dictionary<string, object?>>(instanceState, StateKey, () => new());

        var recognized = await OnRecognizeAsync(dc.Context, promptState, options, cancellationToken).ConfigureAwait(false);
        var attempts = StateValues.GetInt(instanceState, AttemptCountKey) + 1;
        instanceState[AttemptCountKey] = attempts;

        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, promptState, options, attempts), cancellationToken).ConfigureAwait(false);

        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (attempts >= Math.Max(1, options.MaxAttempts ?? DefaultMaxAttempts))
        {
            if (options.TooManyAttemptsMessage is not null)
            {
                await dc.Context.SendActivityAsync(PrepareActivity(options.TooManyAttemptsMessage, null), cancellationToken).ConfigureAwait(false);
            }

            return await dc.EndDialogAsync(new PromptNotRecognized(Id, attempts), cancellationToken).ConfigureAwait(false);
        }

        // As in the SDK, a validator (or anything else) that already answered this turn suppresses the retry prompt.
        if (!dc.Context.Responded)
        {
            if (!string.IsNullOrEmpty(recognized.FailureMessage))
            {
                await dc.Context.SendActivityAsync(MessageFactory.Text(recognized.FailureMessage), cancellationToken).ConfigureAwait(false);
            }

            await OnPromptAsync(dc.Context, promptState, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog pushed above the prompt ended: ask again and keep waiting.</summary>
    /// <param name="dc">The dialog context.</param>
    /// <param name="reason">Why it resumes.</param>
    /// <param name="result">Ignored.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns><see cref="Dialog.EndOfTurn"/>.</returns>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var options = ReadOptions(instance.State);
        var promptState = StateValues.GetOrCreate<Dictionary<string, object?>>(instance.State, StateKey, () => new());
        return OnPromptAsync(turnContext, promptState, options, false, cancellationToken);
    }

    /// <summary>Sends the question (or the retry prompt). The default sends <see cref="PromptOptions.Prompt"/> / <see cref="PromptOptions.RetryPrompt"/>.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="state">The prompt's persisted state.</param>
    /// <param name="options">The options.</param>
    /// <param name="isRetry">Whether the last answer was not understood.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = SelectPrompt(options, isRetry);
        if (activity is not null)
        {
            await turnContext.SendActivityAsync(PrepareActivity(activity, InputHints.ExpectingInput), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends the prompt (or the retry prompt) with <paramref name="choices"/> added by <see cref="AppendChoices(IMessageActivity?, string?, IList{Choices.Choice}?, Choices.ListStyle, Choices.ChoiceFactoryOptions?, string?, IList{string}?, CancellationToken)"/>,
    /// so a prompt that overrides it changes how its choices look. <see cref="PromptOptions.Style"/> wins over <paramref name="style"/>.
    /// </summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="options">The prompt's options.</param>
    /// <param name="isRetry">Whether to send the retry prompt.</param>
    /// <param name="choices">The choices to show.</param>
    /// <param name="style">How to show them when the options do not say.</param>
    /// <param name="choiceOptions">Separators and numbering for the inline and list styles (null: English).</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    private protected async Task SendChoicesAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, IList<Choices.Choice> choices, Choices.ListStyle style, Choices.ChoiceFactoryOptions? choiceOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(choices);
        // AppendChoices returns a copy, so the stored prompt is passed as it is and the hint is set on what is sent.
        var prompt = SelectPrompt(options, isRetry);
        IList<string>? toList = string.IsNullOrEmpty(turnContext.Activity.From?.Id) ? null : [turnContext.Activity.From.Id];
        var message = AppendChoices(prompt, turnContext.Activity.ChannelId, choices, options.Style ?? style, choiceOptions, turnContext.Activity.Conversation?.ConversationType, toList, cancellationToken);
        message.Type ??= ActivityTypes.Message;
        if (string.IsNullOrEmpty(message.InputHint))
        {
            message.InputHint = InputHints.ExpectingInput;
        }

        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds <paramref name="choices"/> to a copy of <paramref name="prompt"/> in <paramref name="style"/>, as the SDK's
    /// method of the same name (its text becomes the rendered text; suggested actions replace its own when there are
    /// any; a hero card is added after its attachments and takes the text). The prompt itself is not changed.
    /// </summary>
    /// <param name="prompt">The prompt, or null for a message with just the choices.</param>
    /// <param name="channelId">The channel, for <see cref="Choices.ListStyle.Auto"/>.</param>
    /// <param name="choices">The choices (null: none).</param>
    /// <param name="style">How to show them.</param>
    /// <param name="options">Separators and numbering for the inline and list styles (null: English).</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The message to send.</returns>
    protected virtual IMessageActivity AppendChoices(IMessageActivity? prompt, string? channelId, IList<Choices.Choice>? choices, Choices.ListStyle style, Choices.ChoiceFactoryOptions? options = null, CancellationToken cancellationToken = default)
        => AppendChoices(prompt, channelId, choices, style, options, null, null, cancellationToken);

    /// <summary>
    /// Adds <paramref name="choices"/> to a copy of <paramref name="prompt"/> in <paramref name="style"/>, as the SDK's
    /// method of the same name; <paramref name="conversationType"/> and <paramref name="toList"/> are used by
    /// <see cref="Choices.ListStyle.Auto"/> (Teams personal chats) and suggested actions (who they are for).
    /// </summary>
    /// <param name="prompt">The prompt, or null for a message with just the choices.</param>
    /// <param name="channelId">The channel, for <see cref="Choices.ListStyle.Auto"/>.</param>
    /// <param name="choices">The choices (null: none).</param>
    /// <param name="style">How to show them.</param>
    /// <param name="options">Separators and numbering for the inline and list styles (null: English).</param>
    /// <param name="conversationType">The conversation's type ("personal", "groupChat", ...), or null.</param>
    /// <param name="toList">The ids suggested actions are for, or null.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The message to send.</returns>
    protected virtual IMessageActivity AppendChoices(IMessageActivity? prompt, string? channelId, IList<Choices.Choice>? choices, Choices.ListStyle style, Choices.ChoiceFactoryOptions? options = null, string? conversationType = default, IList<string>? toList = default, CancellationToken cancellationToken = default)
        => RenderChoices(prompt, channelId, choices ?? new List<Choices.Choice>(), style, options, conversationType, toList);

    // Rendered as the SDK's Prompt.AppendChoices does, so the same prompt looks the same after moving to the SDK.
    private static IMessageActivity RenderChoices(IMessageActivity? prompt, string? channelId, IList<Choices.Choice> choices, Choices.ListStyle style, Choices.ChoiceFactoryOptions? choiceOptions, string? conversationType, IList<string>? toList)
    {
        var text = string.IsNullOrEmpty(prompt?.Text) ? string.Empty : prompt.Text;
        IMessageActivity generated = style switch
        {
            Choices.ListStyle.None => new Activity(ActivityTypes.Message) { Text = text },
            Choices.ListStyle.Inline => Choices.ChoiceFactory.Inline(choices, text, null, choiceOptions),
            Choices.ListStyle.List => Choices.ChoiceFactory.List(choices, text, null, choiceOptions),
            Choices.ListStyle.SuggestedAction => Choices.ChoiceFactory.SuggestedAction(choices, text, null, toList),
            Choices.ListStyle.HeroCard => Choices.ChoiceFactory.HeroCard(choices, text),
            _ => Choices.ChoiceFactory.ForChannel(channelId, choices, text, null, choiceOptions, conversationType, toList),
        };

        if (prompt is null)
        {
            generated.InputHint = InputHints.ExpectingInput;
            return generated;
        }

        // Keep the prompt's own speak, input hint and attachments; a hero card moves the text into the card (Text becomes null).
        var copy = Copy(prompt);
        copy.Text = generated.Text;
        if (generated.SuggestedActions?.Actions is { Count: > 0 })
        {
            copy.SuggestedActions = generated.SuggestedActions;
        }

        if (generated.Attachments is { Count: > 0 })
        {
            copy.Attachments = copy.Attachments is null ? generated.Attachments : copy.Attachments.Concat(generated.Attachments).ToList();
        }

        return copy;
    }

    /// <summary>Recognises the user's answer.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="state">The prompt's persisted state.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The recognition result.</returns>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>Picks the retry prompt when retrying (falling back to the prompt).</summary>
    /// <param name="options">The options.</param>
    /// <param name="isRetry">Whether this is a retry.</param>
    /// <returns>The activity to send, or null.</returns>
    protected static Activity? SelectPrompt(PromptOptions options, bool isRetry)
        => isRetry && options?.RetryPrompt is not null ? options.RetryPrompt : options?.Prompt;

    /// <summary>Copies a stored activity for sending (sending mutates it) and sets the input hint when unset.</summary>
    /// <param name="activity">The stored activity.</param>
    /// <param name="inputHint">The hint to set when the activity has none.</param>
    /// <returns>A fresh activity.</returns>
    protected static Activity PrepareActivity(Activity activity, string? inputHint)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var copy = Copy(activity);
        copy.Type ??= ActivityTypes.Message;
        if (inputHint is not null && string.IsNullOrEmpty(copy.InputHint))
        {
            copy.InputHint = inputHint;
        }

        return copy;
    }

    /// <summary>Gets the culture to recognise in: options, then the activity's locale, then <see cref="DefaultLocale"/>.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="options">The options.</param>
    /// <returns>A culture code supported by Microsoft.Recognizers.Text.</returns>
    protected string GetCulture(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var wanted = options?.RecognizeLanguage;
        if (string.IsNullOrWhiteSpace(wanted))
        {
            wanted = turnContext.Activity?.Locale;
        }

        if (string.IsNullOrWhiteSpace(wanted))
        {
            wanted = DefaultLocale;
        }

        if (string.IsNullOrWhiteSpace(wanted))
        {
            return Culture.English;
        }

        var mapped = Culture.MapToNearestLanguage(wanted);
        return Culture.GetSupportedCultureCodes().Any(c => string.Equals(c, mapped, StringComparison.OrdinalIgnoreCase))
            ? mapped
            : Culture.English;
    }

    // A deep copy through JSON text (half the time and the memory of one through a JSON tree).
    private static Activity Copy(IActivity activity) => StateValues.FromText<Activity>(StateValues.ToText(activity))!;

    private PromptOptions ReadOptions(IDictionary<string, object?> instanceState)
        => StateValues.Get<PromptOptions>(instanceState, OptionsKey)
           ?? throw new InvalidOperationException($"Prompt '{Id}' has no stored options.");
}
