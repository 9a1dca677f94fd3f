using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>; the value is a <see cref="FoundChoice"/>.
/// Shown as <see cref="ChoiceFactory.ForChannel(string?, IList{Choice}?, string?, string?, ChoiceFactoryOptions?, string?, IList{string}?)"/>
/// decides (suggested actions, a hero card, inline or a list) with the user's culture's separators; typed answers always
/// work (see <see cref="ChoiceRecognizer"/> for what is understood, in English).
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    private readonly Dictionary<string, ChoiceFactoryOptions> _choiceDefaults;

    /// <summary>Creates a choice prompt whose inline separators follow the user's culture (<see cref="PromptCultureModels"/>).</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="validator">An optional validator.</param>
    /// <param name="defaultLocale">The culture when the activity has none (null: en-us).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dialogId"/> is null, empty or white space.</exception>
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null)
        : this(dialogId, CultureDefaults(), validator, defaultLocale)
    {
    }

    /// <summary>Creates a choice prompt with separators of your own per culture.</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="choiceDefaults">Separators and numbering by lower-case culture code ("en-us"); kept, not copied. Null means the built-in cultures.</param>
    /// <param name="validator">An optional validator.</param>
    /// <param name="defaultLocale">The culture when the activity has none (null: en-us).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dialogId"/> is null, empty or white space.</exception>
    public ChoicePrompt(string dialogId, Dictionary<string, ChoiceFactoryOptions> choiceDefaults, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        _choiceDefaults = choiceDefaults ?? CultureDefaults();
        DefaultLocale = defaultLocale;
    }

    /// <summary>Gets or sets the style used when the options set none (default <see cref="ListStyle.Auto"/>).</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Gets or sets separators and numbering for every culture (null: the culture's own, else English).</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <summary>
    /// Gets or sets what recognition searches, as the SDK's property (null: everything). Honoured:
    /// <see cref="FindChoicesOptions.RecognizeNumbers"/>, <see cref="FindChoicesOptions.RecognizeOrdinals"/>,
    /// <see cref="FindChoicesOptions.NoValue"/>, <see cref="FindChoicesOptions.NoAction"/>,
    /// <see cref="FindValuesOptions.AllowPartialMatches"/> and <see cref="FindValuesOptions.Locale"/>, which is the
    /// recognition culture when the activity has no locale (before <see cref="Prompt{T}.DefaultLocale"/>);
    /// <see cref="FindValuesOptions.MaxTokenDistance"/> is ignored. Unlike the SDK, the instance is never changed.
    /// </summary>
    public FindChoicesOptions? RecognizerOptions { get; set; }

    /// <summary>Gets or sets the models used to read numbers and ordinals outside English (default <see cref="RecognizerCache.Shared"/>).</summary>
    public RecognizerCache Recognizers { get; set; } = RecognizerCache.Shared;

    /// <summary>The lower-case culture a prompt shows and recognises in, as the SDK's: the activity's locale, then
    /// <paramref name="optionsLocale"/> (recognition only), then <paramref name="defaultLocale"/>, mapped to the nearest
    /// one in <paramref name="known"/>; en-us when none is known.</summary>
    internal static string PromptCulture(ITurnContext turnContext, string? optionsLocale, string? defaultLocale, IReadOnlyCollection<string> known)
        => NearestKnown(turnContext.Activity?.Locale ?? optionsLocale ?? defaultLocale ?? Culture.English, known);

    private static string NearestKnown(string locale, IReadOnlyCollection<string> known)
    {
        var mapped = PromptCultureModels.MapToNearestLanguage(locale);
        return !string.IsNullOrEmpty(mapped) && known.Contains(mapped) ? mapped : Culture.English;
    }

    private static Dictionary<string, ChoiceFactoryOptions> CultureDefaults() =>
        PromptCultureModels.GetSupportedCultures().ToDictionary(
            c => c.Locale!,
            c => new ChoiceFactoryOptions(c.Separator, c.InlineOr, c.InlineOrMore, true),
            StringComparer.Ordinal);

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(turnContext);
        var culture = PromptCulture(turnContext, null, DefaultLocale, _choiceDefaults.Keys);
        var choiceOptions = ChoiceOptions ?? _choiceDefaults.GetValueOrDefault(culture);
        return SendChoicesAsync(turnContext, options, isRetry, options.Choices ?? new List<Choice>(), Style, choiceOptions, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var given = RecognizerOptions;
        var recognizerOptions = new FindChoicesOptions
        {
            NoValue = given?.NoValue ?? false,
            NoAction = given?.NoAction ?? false,
            RecognizeNumbers = given?.RecognizeNumbers ?? true,
            RecognizeOrdinals = given?.RecognizeOrdinals ?? true,
            AllowPartialMatches = given?.AllowPartialMatches ?? false,
            MaxTokenDistance = given?.MaxTokenDistance,
            Locale = PromptCulture(turnContext, given?.Locale, DefaultLocale, _choiceDefaults.Keys),
        };

        var found = new ChoiceRecognizer(Recognizers)
            .Recognize(turnContext.Activity.Text, options.Choices ?? new List<Choice>(), recognizerOptions);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
