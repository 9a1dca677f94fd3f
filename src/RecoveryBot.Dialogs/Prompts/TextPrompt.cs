using System.Globalization;
using Microsoft.Bot.Builder;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// Asks for free text. Empty messages, messages with only attachments, and messages longer than
/// <see cref="MaxLength"/> text elements are retried with a short explanation. The value is the trimmed text.
/// </summary>
public class TextPrompt : Prompt<string>
{
    /// <summary>Creates a text prompt.</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="validator">An optional validator.</param>
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>Gets or sets the longest accepted answer in user-perceived characters (default 2000).</summary>
    public int MaxLength { get; set; } = 2000;

    /// <summary>Gets or sets the explanation for an empty message.</summary>
    public string EmptyMessage { get; set; } = "That message looked empty to me. Could you type your answer?";

    /// <summary>Gets or sets the explanation for a message with only attachments.</summary>
    public string AttachmentOnlyMessage { get; set; } = "I can only read typed text here. Could you type your answer instead?";

    /// <summary>Gets or sets the explanation for a message that is too long; <c>{0}</c> is <see cref="MaxLength"/>.</summary>
    public string TooLongMessage { get; set; } = "That's a bit more than I can take in at once. Could you keep it under {0} characters?";

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var text = activity.Text?.Trim();
        var result = new PromptRecognizerResult<string>();

        if (!HasVisibleText(text))
        {
            result.FailureMessage = activity.Attachments is { Count: > 0 } ? AttachmentOnlyMessage : EmptyMessage;
        }
        else if (new StringInfo(text!).LengthInTextElements > MaxLength)
        {
            result.FailureMessage = string.Format(CultureInfo.CurrentCulture, TooLongMessage, MaxLength);
        }
        else
        {
            result.Succeeded = true;
            result.Value = text;
        }

        return Task.FromResult(result);
    }

    // Zero-width and other format characters alone are not an answer.
    private static bool HasVisibleText(string? text)
        => !string.IsNullOrEmpty(text)
           && text.Any(c => !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not UnicodeCategory.Format and not UnicodeCategory.Control);
}
