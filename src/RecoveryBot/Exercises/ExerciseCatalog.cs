namespace RecoveryBot.Exercises;

/// <summary>The exercises this app runs, read and checked once at start-up from the configured folder.</summary>
public sealed class ExerciseCatalog
{
    private ExerciseCatalog(IReadOnlyList<ExerciseDefinition> exercises) => Exercises = exercises;

    /// <summary>The exercises, in menu order.</summary>
    public IReadOnlyList<ExerciseDefinition> Exercises { get; }

    /// <summary>Reads the folder; any problem throws <see cref="ExerciseValidationException"/> listing them all.</summary>
    public static ExerciseCatalog Load(string folder)
    {
        var result = new ExerciseFileValidator().ValidateFolder(folder);
        return result.IsValid ? new ExerciseCatalog(result.Exercises) : throw new ExerciseValidationException(result.Problems);
    }

    /// <summary>A catalog of exercises already read and checked.</summary>
    public static ExerciseCatalog From(IReadOnlyList<ExerciseDefinition> exercises) => new(exercises);

    /// <summary>Finds an exercise by id.</summary>
    public ExerciseDefinition? Find(string id) => Exercises.FirstOrDefault(e => e.Id == id);
}
