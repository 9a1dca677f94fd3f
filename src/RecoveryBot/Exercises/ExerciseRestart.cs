namespace RecoveryBot.Exercises;

/// <summary>How an exercise is begun at a step with answers already given: again by "back", or from an offer that named
/// the person (<see cref="ExerciseDialogFactory.BeginWithPerson"/>).</summary>
/// <param name="StepIndex">The step to begin at (for "back", the question to ask again).</param>
/// <param name="Values">The waterfall's values so far (for "back", the answers without the one to ask again).</param>
public sealed record ExerciseRestart(int StepIndex, Dictionary<string, string> Values);
