namespace RecoveryBot.Journal;

/// <summary>One saved reflection: the closing summary of an exercise.</summary>
public sealed class JournalEntry
{
    /// <summary>A short stable id.</summary>
    public string Id { get; set; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>The exercise it came from.</summary>
    public string ExerciseId { get; set; } = "";

    /// <summary>The summary's title, with the user's answers filled in.</summary>
    public string Title { get; set; } = "";

    /// <summary>The summary's text, with the user's answers filled in.</summary>
    public string Text { get; set; } = "";

    /// <summary>When it was saved.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
