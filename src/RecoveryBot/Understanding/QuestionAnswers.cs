using System.Collections.Frozen;
using RecoveryBot.Exercises;

namespace RecoveryBot.Understanding;

/// <summary>
/// Finds the answer an exercise file gives (its <c>questions</c>) to a question asked in the middle of that exercise:
/// the entry whose example shares the most meaningful words with the question, if it shares enough.
/// </summary>
public static class QuestionAnswers
{
    /// <summary>Share of meaningful words in common (Dice coefficient) from which an example counts as the same question.</summary>
    public const double MinOverlap = 0.4;

    // Words that every question has; they say nothing about which question it is.
    private static readonly FrozenSet<string> Filler = new[]
    {
        "a", "an", "the", "i", "im", "me", "my", "you", "your", "it", "its", "is", "are", "am", "was", "be", "do", "does",
        "did", "to", "of", "and", "or", "if", "in", "on", "at", "for", "with", "what", "how", "should", "can", "could",
        "would", "will", "that", "this", "they", "them", "their", "he", "she", "him", "her", "we", "so", "just", "about",
        "there", "any", "anything", "really", "then", "when", "have", "has", "ok", "okay", "?",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The answer to <paramref name="question"/> in <paramref name="exercise"/>, or null when none fits.</summary>
    public static string? Find(ExerciseDefinition exercise, string? question)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var asked = Words(question);
        if (asked.Count == 0)
        {
            return null;
        }

        var best = exercise.Questions
            .SelectMany(q => q.Examples.Select(e => (q.Answer, Score: Dice(asked, Words(e)))))
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        return best.Score >= MinOverlap ? best.Answer : null;
    }

    private static HashSet<string> Words(string? text) =>
        TextKey.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w)).Select(Stem).ToHashSet(StringComparer.Ordinal);

    // Crude but predictable: "apologising"/"apologise", "reacts"/"react" count as the same word.
    private static string Stem(string word) =>
        word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3]
        : word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
