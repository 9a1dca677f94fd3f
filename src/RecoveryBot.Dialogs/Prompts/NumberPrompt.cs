using System.Globalization;
using System.Numerics;
using Microsoft.Bot.Builder;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// Asks for a number ("12", "three", "a couple") with Microsoft.Recognizers.Text in the user's culture; when the
/// text has no plain number, a number with a unit counts ("$500", "18 years old", "32C", "I've run 5km" give 500, 18,
/// 32 and 5), as in the SDK. The first number in the text is taken. A value that does not fit <typeparamref name="T"/>
/// (e.g. "2.5" for int) is retried. With a <see cref="Unit"/> the number is a length of time in that unit, and a length
/// of time in words counts too ("a year" is 12 for months).
/// </summary>
/// <typeparam name="T">float, int, long, double or decimal, as in the SDK.</typeparam>
public class NumberPrompt<T> : Prompt<T>
    where T : struct, INumber<T>
{
    /// <summary>Creates a number prompt.</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="validator">An optional validator.</param>
    /// <param name="defaultLocale">The culture when the activity has none (null: en-us).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dialogId"/> is null, empty or white space.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, int, long, double or decimal.</exception>
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        if (typeof(T) != typeof(float) && typeof(T) != typeof(int) && typeof(T) != typeof(long) && typeof(T) != typeof(double) && typeof(T) != typeof(decimal))
        {
            throw new NotSupportedException($"NumberPrompt: type argument T of type '{typeof(T).Name}' is not supported.");
        }

        DefaultLocale = defaultLocale;
    }

    /// <summary>Gets or sets the recogniser models (default <see cref="RecognizerCache.Shared"/>).</summary>
    public RecognizerCache Recognizers { get; set; } = RecognizerCache.Shared;

    /// <summary>
    /// Gets or sets the unit, when the number asked for is a length of time ("how many months might it take?"); null (the
    /// default) reads numbers as the SDK does. With a unit, the first quantity in the answer is the value, whether a plain
    /// number (taken to be in the unit) or a length of time in words read with the date-time model and converted ("a
    /// year" is 12 months, "a year and a half" 18, "half a year" 6, "1-2 years" 12, "in a year" 12): in "a year? she
    /// spent 5 years..." the person proposes a year. A conversion that gives at most two decimals is kept exactly; any
    /// other is rounded to the nearest whole unit, halves up, and never to 0 ("6 weeks" is 1 month, as is "10 days").
    /// Numbers inside a date ("5 years ago", "since 2019") are not read, and numbers with other units ("$500") do not
    /// count.
    /// </summary>
    public DurationUnit? Unit { get; set; }

    /// <summary>Gets or sets the clock that a date answer to a <see cref="Unit"/> question ("in a year") is counted from (default <see cref="TimeProvider.System"/>).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

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
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<T>();
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var culture = GetCulture(turnContext, options);
        if (Unit is { } unit)
        {
            var duration = DurationReader.Read(text, culture, unit, Recognizers, TimeProvider.GetUtcNow().UtcDateTime);
            if (duration is { } length && T.TryParse(length.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var inUnit))
            {
                result.Succeeded = true;
                result.Value = inUnit;
            }

            // Only "a couple" and the like are read when nothing was found; an amount of money or a distance is no answer.
            return Task.FromResult(duration is null ? Approximately(text, result) : result);
        }

        var found = Recognizers.GetNumberModel(culture).Parse(text);
        if (found.Count == 0)
        {
            found = Recognizers.GetNumberWithUnitModels(culture).Select(m => m.Parse(text)).FirstOrDefault(r => r.Count > 0) ?? found;
        }

        // The first number in the text, as in the SDK; its value is written in the culture's own notation ("3,14" in German).
        if (found.Count > 0 && TryParse(found[0].Resolution, culture, out var value))
        {
            result.Succeeded = true;
            result.Value = value;
        }

        return Task.FromResult(!result.Succeeded && found.Count == 0 ? Approximately(text, result) : result);
    }

    /// <summary>
    /// Reads a number's value from a Recognizers.Text resolution, in the culture's own notation ("3,14" in German).
    /// </summary>
    internal static bool TryParse(SortedDictionary<string, object>? resolution, string culture, out T value)
    {
        value = default;
        if (resolution is null || !resolution.TryGetValue("value", out var raw) || Convert.ToString(raw, CultureInfo.InvariantCulture) is not { } written)
        {
            return false;
        }

        // "en-*" and the like name a family of cultures, not one .NET knows.
        CultureInfo numbers = CultureInfo.InvariantCulture;
        if (!culture.Contains('*', StringComparison.Ordinal))
        {
            try
            {
                numbers = CultureInfo.GetCultureInfo(culture);
            }
            catch (CultureNotFoundException)
            {
            }
        }

        // The recogniser writes the value with the culture's decimal mark ("3,14" in German) and no group separators,
        // though not for every culture (Bulgarian gets "3.14"), so the invariant reading is the second try. An int that
        // would lose a fraction ("3.14") fails both, and the user is asked again.
        return T.TryParse(written, NumberStyles.Float, numbers, out value) || T.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    // The recogniser has no reading for everyday quantities such as "a couple".
    private PromptRecognizerResult<T> Approximately(string text, PromptRecognizerResult<T> result)
    {
        if (ApproximateQuantities.Count == 0)
        {
            return result;
        }

        var tokens = " " + string.Join(' ', Choices.TextNormalizer.Tokenize(text)) + " ";
        foreach (var (phrase, amount) in ApproximateQuantities)
        {
            if (tokens.Contains(" " + phrase + " ", StringComparison.Ordinal) && T.TryParse(amount.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var quantity))
            {
                result.Succeeded = true;
                result.Value = quantity;
                break;
            }
        }

        return result;
    }
}
