using System.Collections.Frozen;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text;
using RecoveryBot.Dialogs.Choices;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question; the value is a bool. Shows the user's culture's Yes/No (<see cref="PromptCultureModels"/>:
/// "(1) Sí o (2) No" inline, buttons where the channel has them) and understands the shown words, their synonyms,
/// "1"/"2" and 👍/👎 in every culture, and in English also the many everyday ways of saying yes or no ("yeah", "sure",
/// "of course", "nope", "not really", "not yet", "no thanks") at the start of the answer. The longest
/// matching phrase wins, so "of course not" is a no. Words that also open ordinary sentences ("I am", "ok", "never",
/// "I'm not", "sí"/"si", and radio talk: "roger", "roger that", "copy that", "10-4") answer only alone, or followed by nothing but
/// another yes or no or a softening word ("ok then", "I do, a bit", "ok no thanks"; after a no, a yes word is what is
/// denied: "I'm not ready"): "I am so tired of everything" and "Roger called me" are not a yes. A lead-in ("honestly,
/// yes", "well no", "um ok", "sorry, no") is passed over, and a stretched yes or no ("yesss", "nooo") is read as itself.
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    // Said at the start of an answer, these are the answer whatever follows ("yes, but slowly", "no I'd rather not").
    private static readonly FrozenSet<string> DefaultYes = new[]
    {
        "yes", "y", "yeah", "yea", "ya", "yep", "yup", "sure", "of course", "definitely", "absolutely", "certainly",
        "yes please", "sounds good", "go ahead", "affirmative", "sure thing",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DefaultNo = new[]
    {
        "no", "n", "nope", "nah", "nay", "not really", "not yet", "no thanks", "no thank you", "not now",
        "of course not", "definitely not", "absolutely not", "certainly not", "negative", "not at all", "rather not",
        "i d rather not", "i would rather not", "would rather not", "i d prefer not", "i would prefer not", "prefer not",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Answers that start like a yes or no but are not one ("I don't know", "not sure").
    private static readonly FrozenSet<string> Unsure = new[]
    {
        "maybe", "perhaps", "dunno", "not sure", "i don t know", "don t know", "i m not sure", "i am not sure", "no idea",
        "i have no idea", "sure not", "i don t think so", "i guess",
    }.ToFrozenSet(StringComparer.Ordinal);

    // These also open ordinary sentences ("I am so tired of everything", "ok so my brother...", "never felt this low",
    // "I'm not in a good place"), so they answer only alone, or followed by nothing but another yes or no ("ok no
    // thanks", "I'm not, no") or a word that only softens them ("ok then", "I will try", "I do, a bit").
    private static readonly FrozenSet<string> ClauseYes = new[]
    {
        // Spanish and Italian yes ("sí" loses its accent in the tokens), typed by people whose English is a second language;
        // alone only, since "si" also opens a name ("Si called me") and the Spanish "if" ("si no me llama").
        "si",
        "ok", "okay", "k", "alright", "all right", "right", "correct", "true", "i do", "i am", "i will", "why not",
        "let s do it", "let s go", "lets do it", "lets go", "let s do this", "go for it", "ready", "i m ready", "i am ready",
        "ok fine", "okay fine", "ok cool", "okay cool", "ok great", "ok good", "ok perfect", "fine by me", "i m in",
        "i don t mind", "go on then", "that s right", "that s exactly it", "that s it exactly", "exactly", "precisely",
        "spot on",

        // Radio talk: "roger" and "copy" are also a name and a verb ("Roger called me", "copy that file"). "10-4" is "10 4"
        // in tokens.
        "roger", "roger that", "copy that", "10 4",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseNo = new[]
    {
        "not ok", "not okay", "i don t", "i do not", "i m not", "i am not", "false", "never", "never mind", "not ready",
        "i m not ready", "i am not ready", "i don t want to", "i do not want to", "no way",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> YesSofteners = new[]
    {
        "then", "please", "go on", "actually", "try", "claro", "i ll try", "do it", "now", "lol", "thanks", "thank you", "a bit",
        "a little", "sounds good", "let s try", "let s try it", "give it a go", "i ll give it a go",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NoSofteners = new[]
    {
        "thanks", "thank you", "sorry", "now", "tonight", "today", "right now", "yet", "really", "then", "not now",
        "not tonight", "not today", "i m fine", "i m good", "i m ok", "i m okay",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that only lead into an answer ("honestly, yes", "well no", "um ok", "sorry, no"). Never an answer alone.
    private static readonly FrozenSet<string> LeadIns = new[]
    {
        "honestly", "well", "um", "umm", "erm", "er", "uh", "hmm", "oh", "ah", "tbh", "to be honest", "sorry",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Single-word answers people stretch ("yesss", "nooo", "okk"); a stretched word is read as its plain form.
    private static readonly FrozenSet<string> Stretchable = new[]
    {
        "yes", "yeah", "yea", "ya", "yep", "yup", "sure", "ok", "okay", "no", "nope", "nah", "si",
    }.ToFrozenSet(StringComparer.Ordinal);

    // After "no" these make a sentence, not an answer: "no one knows yet", "no point", "no way out" ("no way" alone is a
    // no: see ClauseNo).
    private static readonly FrozenSet<string> NoSentenceWords = new[]
    {
        "one", "body", "point", "longer", "matter", "reason", "hope", "use", "wonder", "way",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxOpeningAnswerWords = 8;

    private readonly Dictionary<string, (Choice, Choice, ChoiceFactoryOptions)> _choiceDefaults;

    /// <summary>Creates a confirm prompt whose Yes/No words and separators follow the user's culture (<see cref="PromptCultureModels"/>).</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="validator">An optional validator.</param>
    /// <param name="defaultLocale">The culture when the activity has none (null: en-us).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dialogId"/> is null, empty or white space.</exception>
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null)
        : this(dialogId, CultureDefaults(), validator, defaultLocale)
    {
    }

    /// <summary>Creates a confirm prompt with Yes/No choices and separators of your own per culture.</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="choiceDefaults">By lower-case culture code ("en-us"): the yes choice, the no choice, and the separators; kept, not copied. Null means the built-in cultures.</param>
    /// <param name="validator">An optional validator.</param>
    /// <param name="defaultLocale">The culture when the activity has none (null: en-us).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dialogId"/> is null, empty or white space.</exception>
    public ConfirmPrompt(string dialogId, Dictionary<string, (Choice, Choice, ChoiceFactoryOptions)> choiceDefaults, PromptValidator<bool>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        _choiceDefaults = choiceDefaults ?? CultureDefaults();
        DefaultLocale = defaultLocale;
    }

    /// <summary>Gets or sets the style for the Yes/No choices (default <see cref="ListStyle.Auto"/>).</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Gets or sets separators and numbering for every culture (null: the culture's own).</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <summary>Gets or sets the shown choices for every culture, yes first (null: the culture's own words).</summary>
    public Tuple<Choice, Choice>? ConfirmChoices { get; set; }

    /// <summary>Recognises yes or no in a piece of text, in English.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True, false, or null when neither.</returns>
    public bool? RecognizeYesNo(string? text) => RecognizeYesNo(text, Culture.English);

    /// <summary>
    /// Recognises yes or no in a piece of text: the choices shown in <paramref name="culture"/> (and their synonyms),
    /// "1" or "2", thumbs, and then, in every culture, the many everyday English ways of saying yes and no.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="culture">A culture code such as "es-es"; unknown codes mean English.</param>
    /// <returns>True, false, or null when neither.</returns>
    public bool? RecognizeYesNo(string? text, string? culture) => RecognizeYesNo(text, culture, plain: false);

    private bool? RecognizeYesNo(string? text, string? culture, bool plain)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = PromptCultureModels.MapToNearestLanguage(culture) is { } mapped && _choiceDefaults.ContainsKey(mapped) ? mapped : Culture.English;
        var (yesChoice, noChoice) = ShownChoices(key);

        // Thumbs (any skin tone, since modifiers are separate code points) answer alone; beside words the words decide
        // ("no 👍", "so tired of everything 👍").
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            var up = text.Contains("\U0001F44D", StringComparison.Ordinal) || text.Contains("\U0001F44C", StringComparison.Ordinal);
            var down = text.Contains("\U0001F44E", StringComparison.Ordinal);
            return up != down ? up : null;
        }

        var joined = string.Join(' ', tokens);
        var numbered = (ChoiceOptions ?? OptionsOf(key))?.IncludeNumbers ?? true;
        if ((numbered && joined == "1") || Matches(yesChoice, joined))
        {
            return true;
        }

        if ((numbered && joined == "2") || Matches(noChoice, joined))
        {
            return false;
        }

        // Then everyday English, in every culture: an English-speaking user whose device says "de-DE" still types "yes".
        var words = tokens.Select(Unstretched).ToList();
        var dismayed = false;
        while (LongestPrefix(words, LeadIns) is var lead && lead > 0 && lead < words.Count)
        {
            dismayed = words[0] is "oh" or "ah";
            words = words.Skip(lead).ToList();
        }

        // "oh no" is dismay, not an answer; "oh yes", "ah ok" and "oh no thanks" answer.
        if (dismayed && words is ["no"])
        {
            return null;
        }

        return EverydayAnswer(words, opening: true, plain);
    }

    // "yesss" is "yes" and "nooo" is "no"; other words (with their own double letters) stay as typed.
    private static string Unstretched(string token)
    {
        if (token.Length < 3 || Stretchable.Contains(token))
        {
            return token;
        }

        var squeezed = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (squeezed.Length == 0 || squeezed[^1] != c)
            {
                squeezed.Append(c);
            }
        }

        var plain = squeezed.ToString();
        return Stretchable.Contains(plain) ? plain : token;
    }

    /// <summary>
    /// As <see cref="RecognizeYesNo(string?)"/>, but only a plain answer: the whole message is a yes or a no, with at
    /// most a softening word ("yes", "ok then", "no thanks"), never a yes or no that opens a longer sentence ("yeah I'm
    /// so tired of everything"). For a question whose answer should not be taken from a message that also says
    /// something else, such as one that raised a safety concern.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>True, false, or null when neither.</returns>
    public bool? RecognizePlainYesNo(string? text) => RecognizeYesNo(text, Culture.English, plain: true);

    // A yes or no phrase as the whole answer; one that is the answer whatever follows ("yes, but slowly"; not for a
    // plain answer); or a sentence-opening one ("ok", "I'm not") followed only by softening words and at most another
    // answer. After an opening word a bare "no" starts a sentence ("ok no one cares") rather than answering.
    private static bool? EverydayAnswer(IReadOnlyList<string> tokens, bool opening, bool plain)
    {
        var joined = string.Join(' ', tokens);
        if (ClauseYes.Contains(joined) || DefaultYes.Contains(joined))
        {
            return true;
        }

        if (ClauseNo.Contains(joined) || DefaultNo.Contains(joined))
        {
            return false;
        }

        var yes = LongestPrefix(tokens, DefaultYes);
        var no = LongestPrefix(tokens, DefaultNo);
        if (no == 1 && tokens[0] == "no" && tokens.Count > 1
            && (NoSentenceWords.Contains(tokens[1]) || (!opening && LongestPrefix(tokens.Skip(1).ToList(), NoSofteners) == 0)))
        {
            no = 0;
        }

        // "I don't know", "ok I'm not sure": unsure, not a no.
        if (LongestPrefix(tokens, Unsure) is var unsure && unsure > 0 && unsure >= Math.Max(yes, no))
        {
            return null;
        }

        if (yes != no && !plain)
        {
            return yes > no;
        }

        // An opening word with its softeners or second answer is a few words at most ("ok fine then"); a longer
        // message is a sentence, and is never read word by word (a pasted page costs nothing).
        if (tokens.Count > MaxOpeningAnswerWords)
        {
            return null;
        }

        var openYes = Math.Max(LongestPrefix(tokens, ClauseYes), plain ? yes : 0);
        var openNo = Math.Max(LongestPrefix(tokens, ClauseNo), plain ? no : 0);
        if (openYes == openNo)
        {
            return null;
        }

        var opensYes = openYes > openNo;
        var rest = tokens.Skip(Math.Max(openYes, openNo)).ToList();
        var softeners = opensYes ? YesSofteners : NoSofteners;
        while (rest.Count > 0 && LongestPrefix(rest, softeners) is var soft && soft > 0)
        {
            rest = rest.Skip(soft).ToList();
        }

        // "ok no thanks" is a no; "I'm not ready" is a no too: after a no, a yes word is what is denied.
        return rest.Count == 0 ? opensYes
            : EverydayAnswer(rest, opening: false, plain) is { } then ? opensYes && then : null;
    }

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var culture = ChoicePrompt.PromptCulture(turnContext, null, DefaultLocale, _choiceDefaults.Keys);
        var (yes, no) = ShownChoices(culture);
        return SendChoicesAsync(turnContext, options, isRetry, new List<Choice> { yes, no }, Style, ChoiceOptions ?? OptionsOf(culture), cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);

        // The words shown to the user first, then those of the language the caller asked to recognise in.
        var value = RecognizeYesNo(turnContext.Activity.Text, ChoicePrompt.PromptCulture(turnContext, null, DefaultLocale, _choiceDefaults.Keys));
        if (value is null && !string.IsNullOrWhiteSpace(options.RecognizeLanguage))
        {
            value = RecognizeYesNo(turnContext.Activity.Text, options.RecognizeLanguage);
        }

        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = value.HasValue, Value = value ?? false });
    }

    private static Dictionary<string, (Choice, Choice, ChoiceFactoryOptions)> CultureDefaults() =>
        PromptCultureModels.GetSupportedCultures().ToDictionary(
            c => c.Locale!,
            c => (new Choice(c.YesInLanguage!), new Choice(c.NoInLanguage!), new ChoiceFactoryOptions(c.Separator, c.InlineOr, c.InlineOrMore, true)),
            StringComparer.Ordinal);

    private (Choice Yes, Choice No) ShownChoices(string culture)
    {
        if (ConfirmChoices is { } own)
        {
            return (own.Item1, own.Item2);
        }

        if (_choiceDefaults.TryGetValue(culture, out var found) || _choiceDefaults.TryGetValue(Culture.English, out found))
        {
            return (found.Item1, found.Item2);
        }

        // Defaults of the caller's own with neither this culture nor English: English words rather than a failed turn.
        return (new Choice(PromptCultureModels.English.YesInLanguage!), new Choice(PromptCultureModels.English.NoInLanguage!));
    }

    private ChoiceFactoryOptions? OptionsOf(string culture) =>
        _choiceDefaults.TryGetValue(culture, out var found) ? found.Item3 : null;

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
