namespace RecoveryBot.Exercises;

/// <summary>One step of an exercise run with a group: the messages that lead to a question, and the question (none for
/// closing messages after the last question).</summary>
/// <param name="Says">The message steps, in order.</param>
/// <param name="Question">The question step, or null.</param>
public sealed record GroupStep(IReadOnlyList<StepDefinition> Says, StepDefinition? Question);
