namespace RecoveryBot.Understanding;

/// <summary>Trains (or loads) the intent classifier at start-up and logs how it went (counts and times only).</summary>
public sealed class IntentModelTraining(IntentModel model, ILogger<IntentModelTraining> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var result = await model.EnsureTrainedAsync().WaitAsync(stoppingToken).ConfigureAwait(false);
        if (result.Classifier is null)
        {
            logger.LogError("Intent classifier training failed ({ExceptionType}); messages are understood by exact phrases only.", result.FailureType);
        }
        else
        {
            logger.LogInformation(
                "Intent classifier {How} in {ElapsedMs} ms.", result.Loaded ? "loaded" : $"trained on {result.Classifier.ExampleCount} examples", (int)result.Elapsed.TotalMilliseconds);
        }
    }
}
