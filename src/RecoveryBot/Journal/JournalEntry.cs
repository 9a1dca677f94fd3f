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

/// <summary>What the bot keeps for one user across conversations (kept in <see cref="Microsoft.Bot.Builder.UserState"/>).</summary>
public sealed class UserProfile
{
    /// <summary>Before 2026-11-30: the saved reflections, oldest first; moved to the <see cref="JournalStore"/> on the
    /// person's next turn, and null from then on.</summary>
    [Newtonsoft.Json.JsonProperty(NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)]
    public List<JournalEntry>? Journal { get; set; }

    /// <summary>The day of the user's last visit (UTC), so retention counts from it.</summary>
    public DateOnly? LastVisitOn { get; set; }

    /// <summary>Whether the bot may send check-ins on dates the user planned.</summary>
    public bool CheckInsEnabled { get; set; } = true;
}
