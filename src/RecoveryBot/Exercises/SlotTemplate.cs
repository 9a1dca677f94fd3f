namespace RecoveryBot.Exercises;

/// <summary>Fills <c>{slot}</c> and <c>{slot|fallback}</c> placeholders in exercise text with the user's answers.</summary>
public static class SlotTemplate
{
    /// <summary>Renders <paramref name="text"/>; a slot with no answer takes its fallback, or "…" when it has none.</summary>
    /// <remarks>An answer followed by punctuation in the text loses its own final full stop, so
    /// "When {situation}, I feel {feeling}." never reads "I feel hurt..".</remarks>
    public static string Render(string text, IReadOnlyDictionary<string, string> answers) =>
        ExerciseFileValidator.Placeholder().Replace(text, match =>
        {
            var slot = match.Groups["slot"].Value;
            if (answers.TryGetValue(slot, out var answer) && !string.IsNullOrWhiteSpace(answer))
            {
                var end = match.Index + match.Length;
                var followedByPunctuation = end < text.Length && ".,;:!?".Contains(text[end], StringComparison.Ordinal);
                return followedByPunctuation ? answer.Trim().TrimEnd('.', ' ') : answer.Trim();
            }

            return match.Groups["fallback"].Success ? match.Groups["fallback"].Value : "…";
        });

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
}
