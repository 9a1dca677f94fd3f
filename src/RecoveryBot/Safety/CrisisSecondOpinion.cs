using System.Diagnostics;

namespace RecoveryBot.Safety;

/// <summary>
/// Holds the <see cref="CrisisClassifier"/> the <see cref="CrisisDetector"/> asks for a second opinion, and its training.
/// The shipped model is trained once per process, in the background, from the data files in <c>Safety/Data/</c>:
/// <see cref="CrisisClassifierTraining"/> starts it at start-up, or the first message does. A message that arrives
/// while training is still running waits for it at most <see cref="Wait"/>; past that, that message is assessed by the
/// rules alone (never skipped). If training fails, every message is assessed by the rules alone and the failure is
/// logged at start-up.
/// </summary>
public sealed class CrisisSecondOpinion
{
    /// <summary>How long a message waits, at most, for a model still being trained before the rules answer alone.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.Zero;

    private static readonly Lazy<Task<TrainingResult>> Shipped = new(() => Task.Run(TrainOnShippedData));

    private readonly Lazy<Task<TrainingResult>> _training;

    /// <summary>The second opinion of the model trained on the shipped data files (shared by the whole process).</summary>
    public CrisisSecondOpinion()
        : this(Shipped, DefaultWait)
    {
    }

    /// <summary>A second opinion from an already trained model (tests, tools).</summary>
    public CrisisSecondOpinion(CrisisClassifier classifier)
        : this(new Lazy<Task<TrainingResult>>(Task.FromResult(new TrainingResult(classifier, TimeSpan.Zero, null))), TimeSpan.Zero)
    {
        ArgumentNullException.ThrowIfNull(classifier);
    }

    /// <summary>A second opinion whose model arrives when <paramref name="training"/> completes (tests: a slow start).</summary>
    internal CrisisSecondOpinion(Task<CrisisClassifier?> training, TimeSpan wait)
        : this(new Lazy<Task<TrainingResult>>(training.ContinueWith(
            t => new TrainingResult(t.IsCompletedSuccessfully ? t.Result : null, TimeSpan.Zero, t.Exception?.InnerException?.GetType().Name),
            TaskScheduler.Default)), wait)
    {
    }

    private CrisisSecondOpinion(Lazy<Task<TrainingResult>> training, TimeSpan wait)
    {
        _training = training;
        Wait = wait;
    }

    /// <summary>How long a message waits, at most, for a model still being trained.</summary>
    public TimeSpan Wait { get; }

    /// <summary>True once a trained model is available.</summary>
    public bool IsReady => _training.IsValueCreated && _training.Value.IsCompletedSuccessfully && _training.Value.Result.Classifier is not null;

    /// <summary>Starts training if it has not started, and completes when it ends (never faults).</summary>
    public Task<TrainingResult> EnsureTrainedAsync() => _training.Value;

    /// <summary>The trained model, waiting at most <see cref="Wait"/> for training to finish; null meanwhile or on failure.</summary>
    internal CrisisClassifier? TryGet()
    {
        var training = _training.Value;
        if (!training.IsCompleted && !training.Wait(Wait))
        {
            return null;
        }

        return training.Result.Classifier;
    }

    private static TrainingResult TrainOnShippedData()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var data = CrisisData.LoadAll();
            CrisisClassifier classifier;
            try
            {
                classifier = ModelTrainingGate.Run(() => CrisisClassifier.Train(data));
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or FileNotFoundException or FormatException))
            {
                // The safety net's second opinion is worth a second try before falling back to the rules alone.
                classifier = ModelTrainingGate.Run(() => CrisisClassifier.Train(data));
            }

            // One prediction now, so the first user does not pay for building the prediction engine.
            _ = classifier.Probability("warm up");
            return new TrainingResult(classifier, clock.Elapsed, null);
        }
        catch (Exception ex)
        {
            // Rules only from here on; the exception type is reported by CrisisClassifierTraining (no data text in it).
            return new TrainingResult(null, clock.Elapsed, ex.GetType().FullName);
        }
    }

    /// <summary>The outcome of training: the model (null on failure), how long it took, and the failure's exception type.</summary>
    public sealed record TrainingResult(CrisisClassifier? Classifier, TimeSpan Elapsed, string? FailureType);
}

/// <summary>Warms the crisis rules and trains the crisis classifier in the background at start-up, and logs how it went (never any text).</summary>
public sealed class CrisisClassifierTraining(CrisisSecondOpinion secondOpinion, CrisisDetector detector, ILogger<CrisisClassifierTraining> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The rules' regular expressions are built and first run here rather than in the first person's turn.
        await Task.Run(() => detector.Assess("I'm sorry, I let him down. I will not drink tonight, I'll call my sponsor."), stoppingToken).ConfigureAwait(false);
        var result = await secondOpinion.EnsureTrainedAsync().WaitAsync(stoppingToken).ConfigureAwait(false);
        if (result.Classifier is null)
        {
            logger.LogError(
                "Crisis classifier training failed ({ExceptionType}); messages are checked by the crisis rules alone.",
                result.FailureType);
        }
        else
        {
            logger.LogInformation(
                "Crisis classifier trained on {Examples} lines ({Features} n-grams) in {ElapsedMs} ms.",
                result.Classifier.ExampleCount, result.Classifier.FeatureCount, (int)result.Elapsed.TotalMilliseconds);
        }
    }
}
