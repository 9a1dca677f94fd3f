using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Choices;

/// <summary>
/// Finds which choice a user meant. In order: an exact title/value/synonym (ignoring case, accents and
/// punctuation); a position ("2", "second", "the second one", "last", "number 2"); a title/synonym inside
/// a longer answer, allowing one typo per word of four or more letters; with
/// <see cref="FindValuesOptions.AllowPartialMatches"/>, some of the words of a title or synonym; outside English, a
/// number or ordinal in the culture of <see cref="FindValuesOptions.Locale"/> ("die zweite"). Ties between different
/// choices count as not recognised, so the user is asked again rather than guessed for. The position words of the
/// second step are English. <see cref="FindChoicesOptions"/> turns parts off as in the SDK.
/// </summary>
public sealed partial class ChoiceRecognizer
{
    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
        ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Cardinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Filler = new[]
    {
        "the", "one", "option", "number", "choice", "please", "i", "ll", "will", "take", "pick", "choose",
        "want", "d", "like", "go", "with", "for", "me", "it", "is", "that", "lets", "let", "s", "say", "id", "im",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly RecognizerCache _recognizers;

    /// <summary>Creates a recogniser whose culture models (used outside English) come from <see cref="RecognizerCache.Shared"/>.</summary>
    public ChoiceRecognizer()
        : this(RecognizerCache.Shared)
    {
    }

    /// <summary>Creates a recogniser whose culture models (used outside English) come from <paramref name="recognizers"/>.</summary>
    /// <param name="recognizers">The model cache.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recognizers"/> is null.</exception>
    public ChoiceRecognizer(RecognizerCache recognizers)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        _recognizers = recognizers;
    }

    /// <summary>Recognises a choice in English with every strategy on.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="choices">The choices offered.</param>
    /// <returns>The found choice, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choices"/> is null.</exception>
    public FoundChoice? Recognize(string? text, IList<Choice> choices) => Recognize(text, choices, null);

    /// <summary>Recognises a choice as <paramref name="options"/> say.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="choices">The choices offered.</param>
    /// <param name="options">What to search and in which culture (null: everything, in English). Not changed.</param>
    /// <returns>The found choice, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choices"/> is null.</exception>
    public FoundChoice? Recognize(string? text, IList<Choice> choices, FindChoicesOptions? options)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Count == 0 || choices.Count == 0)
        {
            return null;
        }

        var numbers = options?.RecognizeNumbers ?? true;
        var ordinals = options?.RecognizeOrdinals ?? true;
        var phrases = Phrases(choices, includeValue: options?.NoValue != true, includeAction: options?.NoAction != true).ToList();

        var found = FindExact(tokens, phrases, choices) ?? FindByPosition(tokens, choices, numbers, ordinals);
        if (found is not null)
        {
            return found;
        }

        // A tie between two choices is an answer we must not guess for: no weaker strategy gets a say.
        var (inside, tie) = FindInside(tokens, phrases, choices);
        if (inside is not null || tie)
        {
            return inside;
        }

        if (options?.AllowPartialMatches == true)
        {
            var (partial, partialTie) = FindPartial(tokens, phrases, choices);
            if (partial is not null || partialTie)
            {
                return partial;
            }
        }

        return FindByCultureModels(text!, choices, options?.Locale, numbers, ordinals);
    }

    // The phrases searched for, each with its choice's index: the value, the action's title and the synonyms.
    private static IEnumerable<(int Index, string Phrase)> Phrases(IList<Choice> choices, bool includeValue, bool includeAction)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            var c = choices[i];
            if (c is null)
            {
                continue;
            }

            if (includeValue && !string.IsNullOrEmpty(c.Value))
            {
                yield return (i, c.Value);
            }

            var title = c.Action?.Title;
            if (includeAction && !string.IsNullOrEmpty(title) && !(includeValue && string.Equals(title, c.Value, StringComparison.Ordinal)))
            {
                yield return (i, title);
            }

            foreach (var s in c.Synonyms ?? Enumerable.Empty<string>())
            {
                if (!string.IsNullOrEmpty(s))
                {
                    yield return (i, s);
                }
            }
        }
    }

    private static FoundChoice? FindExact(IReadOnlyList<string> tokens, List<(int Index, string Phrase)> phrases, IList<Choice> choices)
    {
        // Compared without spaces too, so "coworker" matches "co-worker".
        var joined = string.Concat(tokens);
        foreach (var (index, phrase) in phrases)
        {
            if (string.Equals(string.Concat(TextNormalizer.Tokenize(phrase)), joined, StringComparison.Ordinal))
            {
                return Found(choices, index, 1.0, phrase);
            }
        }

        return null;
    }

    private static FoundChoice? FindByPosition(IReadOnlyList<string> tokens, IList<Choice> choices, bool numbers, bool ordinals)
    {
        int? position = null;
        string? matched = null;
        var rest = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            int? p = t switch
            {
                "last" when ordinals => choices.Count,
                _ when ordinals && Ordinals.TryGetValue(t, out var o) => o,
                _ when ordinals && OrdinalSuffix().Match(t) is { Success: true } m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                _ when numbers && t.Length <= 3 && t.All(char.IsAsciiDigit) => int.Parse(t, CultureInfo.InvariantCulture),

                // "two" alone or "number two"/"option two"; elsewhere "one" is filler ("the second one").
                _ when numbers && Cardinals.TryGetValue(t, out var n) && (tokens.Count == 1 || (i > 0 && tokens[i - 1] is "number" or "option" or "choice")) => n,
                _ => null,
            };

            if (p is null)
            {
                rest.Add(t);
            }
            else if (position is null)
            {
                position = p;
                matched = t;
            }
            else
            {
                return null;
            }
        }

        if (position is not int pos || pos < 1 || pos > choices.Count || !rest.All(Filler.Contains))
        {
            return null;
        }

        return Found(choices, pos - 1, 1.0, matched);
    }

    private static (FoundChoice? Found, bool Tie) FindInside(IReadOnlyList<string> tokens, List<(int Index, string Phrase)> phrases, IList<Choice> choices)
    {
        FoundChoice? best = null;
        var bestScore = 0.0;
        var tie = false;
        foreach (var (index, phrase) in phrases)
        {
            var p = TextNormalizer.Tokenize(phrase);
            if (p.Count == 0 || p.Count > tokens.Count)
            {
                continue;
            }

            for (var start = 0; start + p.Count <= tokens.Count; start++)
            {
                var exact = true;
                var ok = true;
                for (var k = 0; k < p.Count && ok; k++)
                {
                    ok = TextNormalizer.SameWord(p[k], tokens[start + k]);
                    exact &= string.Equals(p[k], tokens[start + k], StringComparison.Ordinal);
                }

                // "I don't feel safe" must not pick "safe": a choice word negated just before it is not that choice.
                if (!ok || Negated(tokens, start))
                {
                    continue;
                }

                var score = (double)p.Count / tokens.Count * (exact ? 1.0 : 0.9);
                Consider(ref best, ref bestScore, ref tie, choices, index, score, phrase);
            }
        }

        return tie ? (null, true) : (best, false);
    }

    // Some (not all) of the words of a multi-word title or synonym, none of them negated; filler words do not count.
    private static (FoundChoice? Found, bool Tie) FindPartial(IReadOnlyList<string> tokens, List<(int Index, string Phrase)> phrases, IList<Choice> choices)
    {
        FoundChoice? best = null;
        var bestScore = 0.0;
        var tie = false;
        foreach (var (index, phrase) in phrases)
        {
            var p = TextNormalizer.Tokenize(phrase);
            if (p.Count < 2)
            {
                continue;
            }

            var matched = p.Count(word => !Filler.Contains(word)
                && Enumerable.Range(0, tokens.Count).Any(i => TextNormalizer.SameWord(word, tokens[i]) && !Negated(tokens, i)));
            if (matched == 0)
            {
                continue;
            }

            // Below 0.5: partial matches are tried only when no whole title or synonym was found.
            var score = 0.5 * matched / p.Count;
            Consider(ref best, ref bestScore, ref tie, choices, index, score, phrase);
        }

        return tie ? (null, true) : (best, false);
    }

    // Outside English: the culture's ordinal model, then (only if it found nothing) its number model, as in the SDK.
    private FoundChoice? FindByCultureModels(string text, IList<Choice> choices, string? locale, bool numbers, bool ordinals)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var culture = Culture.MapToNearestLanguage(locale);
        if (culture.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            || !Culture.GetSupportedCultureCodes().Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        if (ordinals)
        {
            var found = _recognizers.GetOrdinalModel(culture).Parse(text);
            if (found.Count > 0)
            {
                return ByIndex(found, choices);
            }
        }

        return numbers ? ByIndex(_recognizers.GetNumberModel(culture).Parse(text), choices) : null;
    }

    // One position named (possibly more than once) picks that choice; two different positions pick none.
    private static FoundChoice? ByIndex(List<ModelResult> results, IList<Choice> choices)
    {
        int? position = null;
        string? matched = null;
        foreach (var result in results)
        {
            var p = PositionOf(result, choices.Count);
            if (p is null || p < 1 || p > choices.Count)
            {
                continue;
            }

            if (position is not null && position != p)
            {
                return null;
            }

            position = p;
            matched ??= result.Text;
        }

        return position is int pos ? Found(choices, pos - 1, 1.0, matched) : null;
    }

    // "2" is the second; relative ordinals count from the end: "end+0" is the last, "end-1" the one before it.
    private static int? PositionOf(ModelResult result, int count)
    {
        var resolution = result.Resolution;
        if (resolution is null)
        {
            return null;
        }

        if (resolution.TryGetValue("relativeTo", out var relativeTo) && string.Equals(relativeTo?.ToString(), "end", StringComparison.OrdinalIgnoreCase))
        {
            return resolution.TryGetValue("offset", out var offset) && int.TryParse(offset?.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fromEnd)
                ? count + fromEnd
                : null;
        }

        return resolution.TryGetValue("value", out var value) && int.TryParse(value?.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
    }

    private static void Consider(ref FoundChoice? best, ref double bestScore, ref bool tie, IList<Choice> choices, int index, double score, string phrase)
    {
        if (best is null || score > bestScore + 1e-9)
        {
            best = Found(choices, index, score, phrase);
            bestScore = score;
            tie = false;
        }
        else if (Math.Abs(score - bestScore) < 1e-9 && best.Index != index)
        {
            tie = true;
        }
    }

    // A negation within the two words before a match ("not", "never", "don't" split into "don" "t").
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "t", "dont", "doesnt", "didnt", "isnt", "wont", "wouldnt", "cant", "couldnt", "hardly", "nt",
    };

    private static bool Negated(IReadOnlyList<string> tokens, int start)
    {
        for (var i = Math.Max(0, start - 2); i < start; i++)
        {
            if (Negators.Contains(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static FoundChoice Found(IList<Choice> choices, int index, double score, string? synonym)
        => new() { Value = choices[index].Value, Index = index, Score = (float)score, Synonym = synonym };

    [GeneratedRegex("^([0-9]{1,3})(st|nd|rd|th)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalSuffix();
}
