namespace RecoveryBot.Tests.Understanding;

/// <summary>One line of an independent held-out intent set: where the person was, what they meant, what they typed.</summary>
/// <param name="File">The set it came from.</param>
/// <param name="Context"><c>menu</c>, or <c>exercise-id/slot</c> for the question the bot was waiting on.</param>
/// <param name="Expected">A command or exercise id, <c>question</c>, <c>answer</c>, <c>feeling</c>..., <c>choice:value</c> or <c>name:Name</c>.</param>
/// <param name="Text">The message.</param>
public sealed record IntentHeldOutLine(string File, string Context, string Expected, string Text)
{
    /// <summary>Every line of every file of one held-out set in <c>Understanding/HeldOut/</c>.</summary>
    /// <param name="pattern">The set's files: <c>intents-heldout-*.tsv</c> (2026-11-29) or <c>intents-heldout2-*.tsv</c> (2026-11-30).</param>
    public static IReadOnlyList<IntentHeldOutLine> LoadAll(string pattern) =>
        System.IO.Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Understanding", "HeldOut"), pattern)
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => System.IO.File.ReadAllLines(f)
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split('\t'))
                .Select(p => new IntentHeldOutLine(Path.GetFileName(f), p[0], p[1], p[2])))
            .ToList();

    /// <summary>The exercise id of an exercise context, or null at the menu.</summary>
    public string? ExerciseId => Context == "menu" ? null : Context.Split('/')[0];

    /// <summary>The slot of an exercise context, or null at the menu.</summary>
    public string? Slot => Context == "menu" ? null : Context.Split('/')[1];

    /// <summary>The group the line is scored in.</summary>
    public string Group => Expected switch
    {
        "question" => "question",
        "answer" => "answer",
        _ when Expected.StartsWith("choice:", StringComparison.Ordinal) => "choice",
        _ when Expected.StartsWith("name:", StringComparison.Ordinal) => "name",
        "help" or "menu" or "pause" or "resume" or "cancel" or "back" or "journal" or "export" or "delete-data" or "checkins-off" or "checkins-on" => "command",
        "feeling" or "greeting" or "thanks" or "smalltalk" => "talk",
        _ => "exercise",
    };
}
