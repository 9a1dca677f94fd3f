using Microsoft.Bot.Builder;
using RecoveryBot.Dialogs.Choices;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>; the value is a <see cref="FoundChoice"/>.
/// Shows suggested actions where the channel supports them and a numbered list elsewhere; typed answers always work
/// (see <see cref="ChoiceRecognizer"/> for what is understood).
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    private readonly ChoiceRecognizer _recognizer = new();

    /// <summary>Creates a choice prompt.</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="validator">An optional validator.</param>
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>Gets or sets the style used when the options set none (default <see cref="ListStyle.Auto"/>).</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SendWithChoicesAsync(turnContext, options, isRetry, options.Choices ?? new List<Choice>(), Style, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = _recognizer.Recognize(turnContext.Activity.Text, options.Choices ?? new List<Choice>());
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
