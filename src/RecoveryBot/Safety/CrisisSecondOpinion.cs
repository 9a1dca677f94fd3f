using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace RecoveryBot.Safety;

/// <summary>
/// Holds the <see cref="CrisisClassifier"/> the <see cref="CrisisDetector"/> asks for a second opinion, and its training.
/// The shipped model is trained from the data files in <c>Safety/Data/</c> and the bot's <see cref="EverydayMessages"/>
/// once per build and data, kept in the model folder, and loaded from there by later starts (once per process); it is ready
/// before the app takes its first message (<see cref="StartupWarmUp"/>). A message that arrives
/// while training is still running waits for it at most <see cref="Wait"/>; past that, that message is assessed by the
/// rules alone (never skipped). If training fails, every message is assessed by the rules alone and the failure is
/// logged at start-up.
/// </summary>
public sealed class CrisisSecondOpinion
{
    /// <summary>How long a message waits, at most, for a model still being trained before the rules answer alone.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.Zero;

    // One model per model folder and everyday messages in a process: several hosts (tests, tools) share it.
    private static readonly ConcurrentDictionary<string, Lazy<Task<TrainingResult>>> ShippedModels = new(StringComparer.Ordinal);

    private readonly Lazy<Task<TrainingResult>> _training;

    /// <summary>The second opinion of the model trained on the shipped data files and <paramref name="everydayMessages"/>,
    /// kept in <paramref name="modelFolder"/> between starts (null: trained at every start; shared by the process).</summary>
    /// <param name="modelFolder">Where the trained model is kept, or null.</param>
    /// <param name="everydayMessages">What people say to the bot in ordinary talk (see <see cref="EverydayMessages"/>).</param>
    public CrisisSecondOpinion(string? modelFolder, IEnumerable<string> everydayMessages)
        : this(Shipped(modelFolder, [.. everydayMessages ?? throw new ArgumentNullException(nameof(everydayMessages))]), DefaultWait)
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

    private static Lazy<Task<TrainingResult>> Shipped(string? modelFolder, IReadOnlyList<string> everyday)
    {
        var folder = string.IsNullOrEmpty(modelFolder) ? null : modelFolder;
        return ShippedModels.GetOrAdd($"{folder}|{Hash(everyday)}", _ => new(() => Task.Run(() => LoadOrTrainShipped(folder, everyday))));
    }

    private static TrainingResult LoadOrTrainShipped(string? folder, IReadOnlyList<string> everyday)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var data = CrisisData.LoadAll();
            var path = folder is null ? null : Path.Combine(folder, $"crisis-{Fingerprint(data, everyday)}.zip");
            if (path is not null && File.Exists(path))
            {
                try
                {
                    // The count logged: the everyday messages as given (training leaves out the few the rules flag).
                    var loaded = CrisisClassifier.Load(path, data.Count + everyday.Count);
                    if (KnowsTheData(loaded, data))
                    {
                        ModelFiles.MarkUsed(path);
                        return Ready(loaded, clock, loaded: true);
                    }
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // A damaged or foreign file: the cache is only a shortcut, so train again and overwrite it.
                }

                ModelFiles.TryDelete(path);
            }

            // The rules' reading of the everyday messages is needed only to train (the build's id in the fingerprint
            // stands for the rules).
            var training = CrisisData.WithEverydayMessages(data, everyday);
            CrisisClassifier classifier;
            try
            {
                classifier = ModelTrainingGate.Run(() => CrisisClassifier.Train(training));
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or FileNotFoundException or FormatException))
            {
                // The safety net's second opinion is worth a second try before falling back to the rules alone.
                classifier = ModelTrainingGate.Run(() => CrisisClassifier.Train(training));
            }

            if (path is not null)
            {
                // Not kept (a folder that cannot be written, a bad setting): the next start trains again; the model in
                // hand is used.
                ModelFiles.Keep(path, classifier.Save);
            }

            return Ready(classifier, clock, loaded: false);
        }
        catch (Exception ex)
        {
            // Rules only from here on; the exception type is logged at start-up (no data text in it).
            return new TrainingResult(null, clock.Elapsed, ex.GetType().FullName);
        }
    }

    // A loaded model must agree with the data it claims to have learned: most crisis lines high, most safe lines low. A
    // file that does not is never trusted with the safety check.
    private static bool KnowsTheData(CrisisClassifier classifier, IReadOnlyList<CrisisExample> data)
    {
        var sample = data.Where((_, i) => i % 10 == 0).Where(e => e.Text.Split(' ').Length >= CrisisClassifier.MinWords + 2).ToList();
        var crisis = sample.Where(e => e.IsCrisis).ToList();
        var safe = sample.Where(e => e.Label == "safe").ToList();
        return crisis.Count > 0 && safe.Count > 0
            && crisis.Count(e => classifier.Probability(e.Text) >= 0.5f) >= crisis.Count * 0.8
            && safe.Count(e => classifier.Probability(e.Text) < 0.5f) >= safe.Count * 0.8;
    }

    private static TrainingResult Ready(CrisisClassifier classifier, Stopwatch clock, bool loaded)
    {
        // One prediction now, so the first user does not pay for building the prediction engine.
        _ = classifier.Probability("warm up with a sentence of six words or more");
        return new TrainingResult(classifier, clock.Elapsed, null) { Loaded = loaded };
    }

    // The data and the build that trains on it: a model file is used only by the very code that wrote it (a deterministic
    // build of the same source has the same module id), so a change to the featurizer can never meet an old file.
    private static string Fingerprint(IReadOnlyList<CrisisExample> data, IReadOnlyList<string> everyday)
    {
        var mlNet = typeof(Microsoft.ML.MLContext).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion;
        var all = new StringBuilder($"{typeof(CrisisClassifier).Assembly.ManifestModule.ModuleVersionId}|{mlNet}|{CrisisClassifier.L2Regularization}|{CrisisClassifier.Seed}\n");
        foreach (var example in data)
        {
            all.Append(example.Label).Append('\t').Append(example.Text).Append('\n');
        }

        return Hash(all.Append(Hash(everyday)).ToString());
    }

    // Each line with its length first, so no two different lists hash alike.
    private static string Hash(IReadOnlyList<string> lines) => Hash(string.Concat(lines.Select(l => $"{l?.Length ?? -1}:{l}")));

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();

    /// <summary>The outcome of training: the model (null on failure), how long it took, and the failure's exception type.</summary>
    public sealed record TrainingResult(CrisisClassifier? Classifier, TimeSpan Elapsed, string? FailureType)
    {
        /// <summary>True when the model was loaded from the model folder rather than trained.</summary>
        public bool Loaded { get; init; }
    }
}
