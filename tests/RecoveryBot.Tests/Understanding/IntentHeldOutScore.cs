using System.Text;

namespace RecoveryBot.Tests.Understanding;

/// <summary>Scores a predictor on the held-out intent sets and writes a report with every miss.</summary>
public static class IntentHeldOutScore
{
    /// <summary>The report: per group, right/total, and the misses (expected, predicted, text).</summary>
    public static (string Report, IReadOnlyDictionary<string, (int Right, int Total)> Groups, int QuestionsStoredAsAnswers) Score(
        IReadOnlyList<IntentHeldOutLine> lines, Func<IntentHeldOutLine, string> predict)
    {
        var groups = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        var misses = new StringBuilder();
        var questionsStored = 0;
        foreach (var line in lines)
        {
            var predicted = predict(line);
            var right = string.Equals(predicted, line.Expected, StringComparison.OrdinalIgnoreCase);
            var (r, t) = groups.GetValueOrDefault(line.Group);
            groups[line.Group] = (r + (right ? 1 : 0), t + 1);
            if (line.Expected == "question" && (predicted == "answer" || predicted.StartsWith("choice:", StringComparison.Ordinal) || predicted.StartsWith("name:", StringComparison.Ordinal)))
            {
                questionsStored++;
            }

            if (!right)
            {
                misses.Append("  ").Append(line.File).Append(" [").Append(line.Context).Append("] expected ").Append(line.Expected)
                    .Append(", got ").Append(predicted).Append(": ").AppendLine(line.Text);
            }
        }

        var natural = Sum(groups, "command", "exercise");
        var report = new StringBuilder()
            .AppendLine($"Held-out intents: {lines.Count} lines")
            .AppendLine($"  commands and exercise choices in plain words: {natural.Right}/{natural.Total} ({Percent(natural)})");
        foreach (var (group, score) in groups)
        {
            report.AppendLine($"  {group}: {score.Right}/{score.Total} ({Percent(score)})");
        }

        report.AppendLine($"  questions stored as answers: {questionsStored}/{groups.GetValueOrDefault("question").Total}");
        report.AppendLine("Misses:").Append(misses);
        return (report.ToString(), groups, questionsStored);
    }

    /// <summary>Right and total over some groups.</summary>
    public static (int Right, int Total) Sum(IReadOnlyDictionary<string, (int Right, int Total)> groups, params string[] names) =>
        names.Select(n => groups.GetValueOrDefault(n)).Aggregate((0, 0), (a, b) => (a.Item1 + b.Right, a.Item2 + b.Total));

    private static string Percent((int Right, int Total) score) => score.Total == 0 ? "n/a" : $"{100.0 * score.Right / score.Total:F0}%";
}
