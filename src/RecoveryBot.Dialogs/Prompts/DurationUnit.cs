namespace RecoveryBot.Dialogs.Prompts;

/// <summary>The unit a <see cref="NumberPrompt{T}"/> asks a length of time in ("how many months?"); see <see cref="NumberPrompt{T}.Unit"/>.</summary>
public enum DurationUnit
{
    /// <summary>Days.</summary>
    Days,

    /// <summary>Weeks of 7 days.</summary>
    Weeks,

    /// <summary>Months, a twelfth of a year (30.44 days on average).</summary>
    Months,

    /// <summary>Years of 365.2425 days on average.</summary>
    Years,
}
