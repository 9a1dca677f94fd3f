namespace RecoveryBot.GroupSessions;

/// <summary>An answer a member chose to share anonymously, as shown (contact details already taken out).</summary>
public sealed class GroupShare
{
    /// <summary>The group step it answers.</summary>
    public int StepNumber { get; set; }

    /// <summary>The text as shown to the group.</summary>
    public string Text { get; set; } = "";

    /// <summary>Whose it is, so "delete my data" can take it back; never shown to anyone.</summary>
    public string UserKey { get; set; } = "";
}
