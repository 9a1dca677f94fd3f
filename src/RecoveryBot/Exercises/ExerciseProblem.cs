namespace RecoveryBot.Exercises;

/// <summary>One thing wrong with an exercise file, with where it is.</summary>
/// <param name="File">The file's path as given.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">A plain sentence for a content author.</param>
public sealed record ExerciseProblem(string File, int Line, int Column, string Message)
{
    /// <summary>The compiler-style form editors recognise: <c>file:line:column: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>Thrown at start-up when exercise files have problems; the message lists every one.</summary>
public sealed class ExerciseValidationException(IReadOnlyList<ExerciseProblem> problems)
    : Exception("The exercise files have problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    /// <summary>The problems found.</summary>
    public IReadOnlyList<ExerciseProblem> Problems { get; } = problems;
}
