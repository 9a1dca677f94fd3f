using System.Diagnostics;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Safety;
using RecoveryBot.Understanding;

namespace RecoveryBot;

/// <summary>
/// Gets everything a turn needs ready before the app listens: the crisis rules built, the crisis and intent models
/// loaded (or trained, the first time a build starts), the text recognizers built. The host starts its hosted services
/// before the server, so the first person is never answered by a half-armed safety check or kept waiting while models
/// train, and <c>/healthz</c> answers only once the app can answer at full speed. Logs how it went, never any text.
/// </summary>
public sealed class StartupWarmUp(
    CrisisDetector detector,
    CrisisSecondOpinion secondOpinion,
    IntentModel intents,
    RecognizerCache recognizers,
    ILogger<StartupWarmUp> logger) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The models load (or train) on other threads while the rules' regular expressions are built here.
        var clock = Stopwatch.StartNew();
        var crisisModel = secondOpinion.EnsureTrainedAsync();
        var intentModel = intents.EnsureTrainedAsync();
        await Task.Run(() => detector.Assess("I'm sorry, I let him down. I will not drink tonight, I'll call my sponsor."), cancellationToken).ConfigureAwait(false);
        var rulesReady = clock.Elapsed;
        try
        {
            await recognizers.WarmUpAsync(["en-us"], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Recognizer warm-up failed: {ExceptionType}", ex.GetType().FullName);
        }

        logger.LogInformation(
            "Crisis rules built in {RulesMs} ms, recognizers in {RecognizersMs} ms.", (int)rulesReady.TotalMilliseconds, (int)(clock.Elapsed - rulesReady).TotalMilliseconds);

        var crisis = await crisisModel.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (crisis.Classifier is null)
        {
            logger.LogError("Crisis classifier training failed ({ExceptionType}); messages are checked by the crisis rules alone.", crisis.FailureType);
        }
        else
        {
            logger.LogInformation(
                "Crisis classifier {How} ({Examples} lines, {Features} n-grams) in {ElapsedMs} ms.",
                crisis.Loaded ? "loaded" : "trained", crisis.Classifier.ExampleCount, crisis.Classifier.FeatureCount, (int)crisis.Elapsed.TotalMilliseconds);
        }

        var intent = await intentModel.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (intent.Classifier is null)
        {
            logger.LogError("Intent classifier training failed ({ExceptionType}); messages are understood by exact phrases only.", intent.FailureType);
        }
        else
        {
            logger.LogInformation(
                "Intent classifier {How} in {ElapsedMs} ms.", intent.Loaded ? "loaded" : $"trained on {intent.Classifier.ExampleCount} examples", (int)intent.Elapsed.TotalMilliseconds);
        }

        logger.LogInformation("Ready to answer {ElapsedMs} ms after the warm-up began.", (int)clock.Elapsed.TotalMilliseconds);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
