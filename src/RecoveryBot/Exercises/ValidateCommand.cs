namespace RecoveryBot.Exercises;

/// <summary><c>dotnet run --project src/RecoveryBot -- validate [folder]</c>: checks the exercise files without starting the bot.</summary>
public static class ValidateCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "validate";

    /// <summary>Runs the check; returns the process exit code (0 when every file is valid).</summary>
    public static int Run(string? folder, TextWriter output, TextWriter error)
    {
        folder ??= new ExerciseOptions().Folder;
        var result = new ExerciseFileValidator().ValidateFolder(folder);
        foreach (var problem in result.Problems)
        {
            error.WriteLine(problem);
        }

        if (!result.IsValid)
        {
            error.WriteLine($"{result.Problems.Count} problem(s) in {folder}.");
            return 1;
        }

        output.WriteLine($"{result.Exercises.Count} exercise(s) in {folder} are valid: {string.Join(", ", result.Exercises.Select(e => e.Id))}.");
        return 0;
    }
}
