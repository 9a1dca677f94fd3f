namespace RecoveryBot.Exercises;

/// <summary>Where the exercise files are (configuration section <c>Exercises</c>).</summary>
public sealed class ExerciseOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Exercises";

    /// <summary>The folder of <c>*.yaml</c> exercise files; default the <c>dialogs</c> folder shipped beside the app.</summary>
    public string Folder { get; set; } = Path.Combine(AppContext.BaseDirectory, "dialogs");
}
