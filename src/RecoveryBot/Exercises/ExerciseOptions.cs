namespace RecoveryBot.Exercises;

/// <summary>Where the exercise files are (configuration section <c>Exercises</c>).</summary>
public sealed class ExerciseOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Exercises";

    /// <summary>The folder of <c>*.yaml</c> exercise files; default the <c>dialogs</c> folder shipped beside the app.</summary>
    public string Folder { get; set; } = Path.Combine(AppContext.BaseDirectory, "dialogs");

    /// <summary>The time zone for dates when the user's own is unknown (an IANA id such as "America/Chicago").</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>After a break this long in the middle of an exercise, the user is asked whether to continue.</summary>
    public TimeSpan AskToResumeAfter { get; set; } = TimeSpan.FromHours(1);
}
