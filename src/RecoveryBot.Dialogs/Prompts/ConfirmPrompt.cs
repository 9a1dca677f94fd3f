using System.Collections.Frozen;
using Microsoft.Bot.Builder;
using RecoveryBot.Dialogs.Choices;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question; the value is a bool. Understands the many ways people say yes or no in English
/// ("yeah", "sure", "of course", "nope", "not really", "not yet", "no thanks", 👍, 👎) at the start of the answer,
/// the shown button titles, and "1"/"2". The longest matching phrase wins, so "of course not" is a no.
/// Shows Yes/No buttons where the channel supports them; a typed answer always works.
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    private static readonly FrozenSet<string> DefaultYes = new[]
    {
        "yes", "y", "yeah", "yea", "ya", "yep", "yup", "sure", "ok", "okay", "k", "of course", "definitely",
        "absolutely", "certainly", "correct", "right", "true", "alright", "all right", "yes please", "sounds good",
        "go ahead", "i do", "i am", "i will", "affirmative", "sure thing", "why not",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DefaultNo = new[]
    {
        "no", "n", "nope", "nah", "nay", "not really", "not yet", "no thanks", "no thank you", "not now", "not ok",
        "not okay", "of course not", "definitely not", "absolutely not", "certainly not", "i don t", "i do not",
        "i m not", "i am not", "false", "negative", "never", "not at all", "rather not", "i d rather not",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Answers that start like a yes or no but are not one ("I don't know", "not sure").
    private static readonly FrozenSet<string> Unsure = new[]
    {
        "maybe", "perhaps", "dunno", "not sure", "i don t know", "don t know", "i m not sure", "i am not sure", "no idea",
        "i have no idea", "sure not", "i don t think so", "i guess",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Creates a confirm prompt.</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="validator">An optional validator.</param>
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>Gets or sets the style for the Yes/No buttons (default <see cref="ListStyle.Auto"/>).</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Gets or sets the shown choices: the first means yes, the second no.</summary>
    public (Choice Yes, Choice No) ConfirmChoices { get; set; } = (new Choice("Yes"), new Choice("No"));

    /// <summary>Recognises yes or no in a piece of text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True, false, or null when neither.</returns>
    public bool? RecognizeYesNo(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Thumbs (any skin tone, since modifiers are separate code points) before tokenising drops symbols.
        var up = text.Contains("\U0001F44D", StringComparison.Ordinal) || text.Contains("\U0001F44C", StringComparison.Ordinal);
        var down = text.Contains("\U0001F44E", StringComparison.Ordinal);
        if (up != down)
        {
            return up;
        }

        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        var joined = string.Join(' ', tokens);
        if (joined == "1" || Matches(ConfirmChoices.Yes, joined))
        {
            return true;
        }

        if (joined == "2" || Matches(ConfirmChoices.No, joined))
        {
            return false;
        }

        var yes = LongestPrefix(tokens, DefaultYes);
        var no = LongestPrefix(tokens, DefaultNo);
        if (yes == no || LongestPrefix(tokens, Unsure) >= Math.Max(yes, no))
        {
            return null;
        }

        return yes > no;
    }

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SendWithChoicesAsync(turnContext, options, isRetry, new List<Choice> { ConfirmChoices.Yes, ConfirmChoices.No }, Style, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var value = RecognizeYesNo(turnContext.Activity.Text);
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = value.HasValue, Value = value ?? false });
    }

    private static bool Matches(Choice choice, string joined)
        => string.Equals(string.Join(' ', TextNormalizer.Tokenize(choice.Title)), joined, StringComparison.Ordinal)
           || (choice.Synonyms ?? new List<string>()).Any(s => string.Equals(string.Join(' ', TextNormalizer.Tokenize(s)), joined, StringComparison.Ordinal));

    private static int LongestPrefix(IReadOnlyList<string> tokens, FrozenSet<string> phrases)
    {
        var longest = 0;
        for (var n = 1; n <= Math.Min(5, tokens.Count); n++)
        {
            if (phrases.Contains(string.Join(' ', tokens.Take(n))))
            {
                longest = n;
            }
        }

        return longest;
    }
}
