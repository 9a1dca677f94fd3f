namespace RecoveryBot.Journal;

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
