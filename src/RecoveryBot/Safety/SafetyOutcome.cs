namespace RecoveryBot.Safety;

/// <summary>What the safety responder sent for a message.</summary>
public enum SafetyOutcome
{
    /// <summary>Nothing: the message goes on as usual.</summary>
    None,

    /// <summary>"help now" and the like: the resources were shown.</summary>
    HelpNow,

    /// <summary>A crisis response was given.</summary>
    Crisis,

    /// <summary>A negated mention: a kind word was given.</summary>
    Concern,

    /// <summary>The classifier was unsure: a one-line check-in was given and the message goes on as usual.</summary>
    GentleCheck,
}
