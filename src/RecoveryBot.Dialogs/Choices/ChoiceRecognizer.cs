using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RecoveryBot.Dialogs.Choices;

/// <summary>
/// Finds which choice a user meant. In order: an exact title/value/synonym (ignoring case, accents and
/// punctuation); a position ("2", "second", "the second one", "last", "number 2"); a title/synonym inside
/// a longer answer, allowing one typo per word of four or more letters. Ties between different choices
/// count as not recognised, so the user is asked again rather than guessed for. Position words are English.
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

    /// <summary>Recognises a choice.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="choices">The choices offered.</param>
    /// <returns>The found choice, or null.</returns>
    public FoundChoice? Recognize(string? text, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Count == 0 || choices.Count == 0)
        {
            return null;
        }

        return FindExact(tokens, choices) ?? FindByPosition(tokens, choices) ?? FindInside(tokens, choices);
    }

    private static IEnumerable<(int Index, string Phrase)> Phrases(IList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            var c = choices[i];
            yield return (i, c.Value);
            if (!string.Equals(c.Title, c.Value, StringComparison.Ordinal))
            {
                yield return (i, c.Title);
            }

            foreach (var s in c.Synonyms ?? Enumerable.Empty<string>())
            {
                yield return (i, s);
            }
        }
    }

    private static FoundChoice? FindExact(IReadOnlyList<string> tokens, IList<Choice> choices)
    {
        // Compared without spaces too, so "coworker" matches "co-worker".
        var joined = string.Concat(tokens);
        foreach (var (index, phrase) in Phrases(choices))
        {
            if (string.Equals(string.Concat(TextNormalizer.Tokenize(phrase)), joined, StringComparison.Ordinal))
            {
                return Found(choices, index, 1.0, phrase);
            }
        }

        return null;
    }

    private static FoundChoice? FindByPosition(IReadOnlyList<string> tokens, IList<Choice> choices)
    {
        int? position = null;
        string? matched = null;
        var rest = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            int? p = t switch
            {
                "last" => choices.Count,
                _ when Ordinals.TryGetValue(t, out var o) => o,
                _ when OrdinalSuffix().Match(t) is { Success: true } m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                _ when t.Length <= 3 && t.All(char.IsAsciiDigit) => int.Parse(t, CultureInfo.InvariantCulture),

                // "two" alone or "number two"/"option two"; elsewhere "one" is filler ("the second one").
                _ when Cardinals.TryGetValue(t, out var n) && (tokens.Count == 1 || (i > 0 && tokens[i - 1] is "number" or "option" or "choice")) => n,
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

    private static FoundChoice? FindInside(IReadOnlyList<string> tokens, IList<Choice> choices)
    {
        FoundChoice? best = null;
        var tie = false;
        foreach (var (index, phrase) in Phrases(choices))
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
                if (best is null || score > best.Score)
                {
                    best = Found(choices, index, score, phrase);
                    tie = false;
                }
                else if (Math.Abs(score - best.Score) < 1e-9 && best.Index != index)
                {
                    tie = true;
                }
            }
        }

        return tie ? null : best;
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
        => new() { Value = choices[index].Value, Index = index, Score = score, Synonym = synonym };

    [GeneratedRegex("^([0-9]{1,3})(st|nd|rd|th)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalSuffix();
}
