namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// The result a prompt ends with after its maximum number of attempts without a valid answer.
/// The next waterfall step sees it as <see cref="WaterfallStepContext.Result"/>
/// (check <see cref="WaterfallStepContext.PromptNotRecognized"/>) and decides what to do: skip, rephrase, end.
/// </summary>
public sealed class PromptNotRecognized
{
    /// <summary>Creates the marker.</summary>
    /// <param name="promptId">The prompt that gave up.</param>
    /// <param name="attemptCount">How many answers were tried.</param>
    public PromptNotRecognized(string promptId, int attemptCount)
    {
        PromptId = promptId;
        AttemptCount = attemptCount;
    }

    /// <summary>Gets the id of the prompt that gave up.</summary>
    public string PromptId { get; }

    /// <summary>Gets how many answers were tried.</summary>
    public int AttemptCount { get; }
}
