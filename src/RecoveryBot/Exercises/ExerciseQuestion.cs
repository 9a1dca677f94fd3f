namespace RecoveryBot.Exercises;

/// <summary>A common question and its answer.</summary>
/// <param name="Examples">Ways people ask it.</param>
/// <param name="Answer">What the bot says.</param>
public sealed record ExerciseQuestion(IReadOnlyList<string> Examples, string Answer);
