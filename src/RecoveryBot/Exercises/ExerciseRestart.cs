namespace RecoveryBot.Exercises;

/// <summary>How an exercise is begun again by "back": at which step, with which answers.</summary>
/// <param name="StepIndex">The step of the question to ask again.</param>
/// <param name="Values">The waterfall's values so far (answers without the one to ask again).</param>
public sealed record ExerciseRestart(int StepIndex, Dictionary<string, string> Values);
