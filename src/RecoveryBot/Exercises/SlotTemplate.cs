using System.Buffers;
using System.Text.RegularExpressions;

namespace RecoveryBot.Exercises;

/// <summary>Fills <c>{slot}</c> and <c>{slot|fallback}</c> placeholders in exercise text with the user's answers.</summary>
public static partial class SlotTemplate
{
    // Characters that end the stretch of words a template says right before a slot: "Here is your boundary: "When
    // {situation}" has "When" before the slot, ". I need {need}" has "I need".
    private static readonly SearchValues<char> LeadInBoundaries = SearchValues.Create(".,;:!?()[]\"“”«»\n\r");

    // Echoes of the prompt's own "When..." or a colon after a dropped lead-in ("I need: some privacy").
    private static readonly char[] LeadingPunctuation = ['.', '…', ',', ':', ';', '-', '–', '—', ' '];

    /// <summary>Renders <paramref name="text"/>; a slot with no answer takes its fallback, or "…" when it has none.</summary>
    /// <remarks>
    /// An answer followed by punctuation in the text loses its own final full stop, so "When {situation}, I feel
    /// {feeling}." never reads "I feel hurt..". An answer that starts with the words the text says right before the slot
    /// (in the same sentence, case and apostrophes aside) loses them, so "I need {need}" with "I need some privacy" never
    /// reads "I need I need"; and within a sentence an answer's first word loses the capital it only had for starting the
    /// person's message ("I feel Guilty" reads "I feel guilty"), when it is one of <see cref="PlainWords"/> and not the
    /// start of a capitalised name ("My Linh"). Anything else is kept as the person wrote it.
    /// </remarks>
    public static string Render(string text, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(answers);
        var previousEnd = 0;
        return ExerciseFileValidator.Placeholder().Replace(text, match =>
        {
            var slot = match.Groups["slot"].Value;
            var before = text[previousEnd..match.Index];
            previousEnd = match.Index + match.Length;
            if (answers.TryGetValue(slot, out var answer) && !string.IsNullOrWhiteSpace(answer))
            {
                var end = match.Index + match.Length;
                var followedByPunctuation = end < text.Length && ".,;:!?".Contains(text[end], StringComparison.Ordinal);
                var fitted = FitAfter(before, answer.Trim());
                return followedByPunctuation ? fitted.TrimEnd('.', ' ') : fitted;
            }

            return match.Groups["fallback"].Success ? match.Groups["fallback"].Value : "…";
        });
    }

    /// <summary>
    /// Renders a summary: as <see cref="Render"/>, but a paragraph (text between blank lines) that uses a slot with an
    /// empty fallback (<c>{boundary|}</c>) is left out when that slot has no answer, so a path not taken leaves no line.
    /// </summary>
    public static string RenderSummary(string text, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(answers);
        var kept = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Where(paragraph => !ExerciseFileValidator.Placeholder().Matches(paragraph).Any(m =>
                m.Groups["fallback"].Success && m.Groups["fallback"].Value.Length == 0
                && !(answers.TryGetValue(m.Groups["slot"].Value, out var answer) && !string.IsNullOrWhiteSpace(answer))));
        return Render(string.Join("\n\n", kept), answers);
    }

    // The answer as it reads after `before`, the template's text since the previous slot.
    private static string FitAfter(string before, string answer)
    {
        var cut = before.AsSpan().LastIndexOfAny(LeadInBoundaries);
        var leadIn = Words(before[(cut + 1)..]);
        var midSentence = before.TrimEnd() is { Length: > 0 } said && char.IsLetterOrDigit(said[^1]);
        if (leadIn.Count == 0 || !midSentence)
        {
            return answer;
        }

        // The longest run of the template's last words that the answer starts with ("I need", else "need").
        for (var take = leadIn.Count; take > 0; take--)
        {
            if (StartsWithWords(answer, leadIn.Skip(leadIn.Count - take).ToList()) is { } rest
                && rest.TrimStart(LeadingPunctuation) is { Length: > 0 } remaining)
            {
                answer = remaining;
                break;
            }
        }

        answer = answer.StartsWith("...", StringComparison.Ordinal) || answer.StartsWith('…')
            ? answer.TrimStart(LeadingPunctuation) is { Length: > 0 } unechoed ? unechoed : answer
            : answer;
        return WithoutOpeningCapital(answer);
    }

    // What follows `words` at the start of `answer` (each word whole, case and apostrophes aside), or null.
    private static string? StartsWithWords(string answer, IReadOnlyList<string> words)
    {
        var position = 0;
        foreach (var word in words)
        {
            while (position < answer.Length && char.IsWhiteSpace(answer[position]))
            {
                position++;
            }

            var start = position;
            while (position < answer.Length && !char.IsWhiteSpace(answer[position]))
            {
                position++;
            }

            // "When..." and "need:" are the words themselves with the answer's own punctuation after them.
            var typed = Plain(answer[start..position]).TrimEnd(LeadingPunctuation);
            if (!string.Equals(typed, Plain(word), StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return answer[position..];
    }

    // "Guilty. And angry." continues "I feel" as "guilty. And angry."; "Dana", "AA", "I'm" and "My Linh" keep theirs.
    private static string WithoutOpeningCapital(string answer)
    {
        var match = OpeningWord().Match(answer);
        if (!match.Success || !PlainWords.Contains(match.Value.ToLowerInvariant()))
        {
            return answer;
        }

        var after = answer[match.Length..];
        var startsName = after.StartsWith(' ') && after.TrimStart() is { Length: > 0 } next && char.IsUpper(next[0]);
        return startsName ? answer : char.ToLowerInvariant(answer[0]) + answer[1..];
    }

    private static List<string> Words(string text) =>
        [.. text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)];

    private static string Plain(string word) => word.Replace('’', '\'').Replace('‘', '\'');

    // A capital followed by lower-case letters only, as a whole word ("Guilty", not "AA" or "McKenna").
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?![\p{L}'’])")]
    private static partial Regex OpeningWord();
}
