using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RecoveryBot.Understanding;

/// <summary>
/// Holds the <see cref="IntentClassifier"/> for the intents in <c>dialogs/intents/</c>. It is trained once per set of
/// examples (<see cref="StartupWarmUp"/> has it ready before the app listens), and kept in
/// <see cref="UnderstandingOptions.ModelFolder"/> under a hash of the examples, so later starts load it in a moment and
/// an edited intent file is learned afresh. Until it is ready, and if training fails, messages are understood by exact
/// phrases only, so the bot answers from the first message either way.
/// </summary>
public sealed class IntentModel
{
    // One model per set of examples in a process: several hosts (tests, tools) share one training.
    private static readonly ConcurrentDictionary<string, Lazy<Task<TrainingResult>>> Trained = new(StringComparer.Ordinal);

    private readonly Lazy<Task<TrainingResult>> _training;
    private readonly TimeSpan _wait;

    /// <summary>The model for <paramref name="intents"/>, loaded from or saved to <paramref name="folder"/> when given.</summary>
    /// <param name="intents">The intents to learn.</param>
    /// <param name="folder">Where trained models are kept between starts; null to keep none.</param>
    /// <param name="wait">How long a message waits at most for training to finish.</param>
    public IntentModel(IntentCatalog intents, string? folder = null, TimeSpan wait = default)
    {
        ArgumentNullException.ThrowIfNull(intents);
        var examples = intents.Intents.SelectMany(i => i.Examples.Concat(i.Phrases).Select(text => (i.Id, text))).ToList();
        var hash = Fingerprint(examples);
        _training = Trained.GetOrAdd(hash, _ => new(() => Task.Run(() => LoadOrTrain(examples, folder is null ? null : Path.Combine(folder, $"intents-{hash}.zip")))));
        _wait = wait;
    }

    /// <summary>A model already trained (cross-validation, tools).</summary>
    internal IntentModel(IntentClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        _training = new(Task.FromResult(new TrainingResult(classifier, TimeSpan.Zero, false, null)));
    }

    /// <summary>The classifier, waiting at most the configured time for training; null meanwhile or after a failure.</summary>
    public IntentClassifier? Classifier
    {
        get
        {
            var training = _training.Value;
            return training.IsCompletedSuccessfully || (_wait > TimeSpan.Zero && training.Wait(_wait))
                ? training.Result.Classifier
                : null;
        }
    }

    /// <summary>Trains (or loads) if not yet started and completes when that ends (never faults).</summary>
    public Task<TrainingResult> EnsureTrainedAsync() => _training.Value;

    private static TrainingResult LoadOrTrain(List<(string Intent, string Text)> examples, string? path)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            if (path is not null && File.Exists(path))
            {
                try
                {
                    var loaded = IntentClassifier.Load(path);
                    Safety.ModelFiles.MarkUsed(path);
                    return Ready(loaded, clock, loaded: true);
                }
                catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException or InvalidDataException)
                {
                    // A damaged or foreign file: train again and overwrite it.
                }
            }

            var classifier = Safety.ModelTrainingGate.Run(() => IntentClassifier.Train(examples));
            if (path is not null)
            {
                // Not kept: the next start trains again, nothing else is lost.
                Safety.ModelFiles.Keep(path, classifier.Save);
            }

            return Ready(classifier, clock, loaded: false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new TrainingResult(null, clock.Elapsed, false, ex.GetType().FullName);
        }
    }

    private static TrainingResult Ready(IntentClassifier classifier, Stopwatch clock, bool loaded)
    {
        // One prediction now, so the first person does not pay for building the prediction engine.
        _ = classifier.Rank("hello");
        return new TrainingResult(classifier, clock.Elapsed, loaded, null);
    }

    private static string Fingerprint(List<(string Intent, string Text)> examples)
    {
        var all = new StringBuilder($"v2|lbfgs|{IntentClassifier.L2Regularization.ToString(CultureInfo.InvariantCulture)}|{IntentClassifier.L1Regularization.ToString(CultureInfo.InvariantCulture)}\n");
        foreach (var (intent, text) in examples)
        {
            all.Append(intent).Append('\t').Append(text).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())))[..16].ToLowerInvariant();
    }

    /// <summary>How training went: the classifier (null on failure), the time, whether it was loaded from a file, and the failure's type.</summary>
    public sealed record TrainingResult(IntentClassifier? Classifier, TimeSpan Elapsed, bool Loaded, string? FailureType);
}
