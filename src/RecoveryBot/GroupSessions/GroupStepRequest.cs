namespace RecoveryBot.GroupSessions;

/// <summary>What the group step dialog asks: one step of a session's exercise, in a member's own chat.</summary>
public sealed class GroupStepRequest
{
    /// <summary>The session's join code.</summary>
    public string Code { get; set; } = "";

    /// <summary>The exercise.</summary>
    public string ExerciseId { get; set; } = "";

    /// <summary>The group step (0-based).</summary>
    public int StepNumber { get; set; }

    /// <summary>A late joiner also gets the exercise's opening messages first.</summary>
    public bool WithOpening { get; set; }
}
