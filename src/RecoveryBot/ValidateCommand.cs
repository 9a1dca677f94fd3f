using RecoveryBot.Exercises;
using RecoveryBot.Understanding;

namespace RecoveryBot;

/// <summary><c>dotnet run --project src/RecoveryBot -- validate [folder]</c>: checks the exercise and intent files without starting the bot.</summary>
public static class ValidateCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "validate";

    /// <summary>Runs the check; returns the process exit code (0 when every file is valid).</summary>
    public static int Run(string? folder, TextWriter output, TextWriter error)
    {
        folder = folder is null ? new ExerciseOptions().Folder : Resolve(folder);
        var result = new ExerciseFileValidator().ValidateFolder(folder);
        var problems = result.Problems.ToList();
        if (result.IsValid)
        {
            // The intents name commands and exercises, so they are checked once the exercises are known.
            problems.AddRange(IntentCatalog.Validate(folder, ExerciseCatalog.From(result.Exercises)).Problems);
        }

        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            error.WriteLine($"{problems.Count} problem(s) in {folder}.");
            return 1;
        }

        output.WriteLine($"{result.Exercises.Count} exercise(s) in {folder} and their intents are valid: {string.Join(", ", result.Exercises.Select(e => e.Id))}.");
        return 0;
    }

    // `dotnet run --project src/RecoveryBot` runs the app in the project's folder, not where the command was typed,
    // so a relative folder that is not found here is looked for in the parent folders too.
    private static string Resolve(string folder)
    {
        if (Path.IsPathRooted(folder) || Directory.Exists(folder))
        {
            return folder;
        }

        for (var parent = Directory.GetParent(Environment.CurrentDirectory); parent is not null; parent = parent.Parent)
        {
            var candidate = Path.Combine(parent.FullName, folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return folder;
    }
}
