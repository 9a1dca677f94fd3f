using System.Globalization;
using System.Numerics;
using Microsoft.Bot.Builder;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// Asks for a number ("12", "three", "a couple") using Microsoft.Recognizers.Text.Number in the user's culture.
/// A value that does not fit <typeparamref name="T"/> (e.g. "2.5" for int) is retried.
/// </summary>
/// <typeparam name="T">int, long, double, decimal, float...</typeparam>
public class NumberPrompt<T> : Prompt<T>
    where T : struct, INumber<T>
{
    private readonly RecognizerCache _recognizers;

    /// <summary>Creates a number prompt.</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="validator">An optional validator.</param>
    /// <param name="recognizers">The app's shared model cache; a private one is made when null.</param>
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, RecognizerCache? recognizers = null)
        : base(dialogId, validator)
    {
        _recognizers = recognizers ?? new RecognizerCache();
    }

    /// <summary>
    /// Gets or sets everyday quantity phrases (lower case, no punctuation) used when the recogniser finds no number.
    /// Defaults to English "couple"/"pair" = 2; set an empty dictionary to turn it off.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> ApproximateQuantities { get; set; } = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["couple"] = 2,
        ["pair"] = 2,
    };

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<T>();
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var model = _recognizers.GetNumberModel(GetCulture(turnContext, options));
        foreach (var found in model.Parse(text))
        {
            // Resolution values are culture-invariant strings such as "2" or "2.5".
            if (found.Resolution is not null
                && found.Resolution.TryGetValue("value", out var raw)
                && T.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                result.Succeeded = true;
                result.Value = value;
                break;
            }
        }

        if (!result.Succeeded && ApproximateQuantities.Count > 0)
        {
            // The recogniser has no reading for everyday quantities such as "a couple".
            var tokens = " " + string.Join(' ', Choices.TextNormalizer.Tokenize(text)) + " ";
            foreach (var (phrase, amount) in ApproximateQuantities)
            {
                if (tokens.Contains(" " + phrase + " ", StringComparison.Ordinal) && T.TryParse(amount.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    result.Succeeded = true;
                    result.Value = value;
                    break;
                }
            }
        }

        return Task.FromResult(result);
    }
}
