using RecoveryBot.Safety;
using RecoveryBot.Tests.Understanding;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The full detector as the app runs it: the rules plus the classifier trained on every data file and the bot's
/// everyday messages (its intent examples). Trained once per test run and shared with every other user of the shipped
/// model in the process (training is deterministic, the detector thread-safe).
/// </summary>
public static class CombinedDetector
{
    private static readonly Lazy<CrisisSecondOpinion> LazySecondOpinion = new(() => new CrisisSecondOpinion(null, Interpreters.EverydayMessages));
    // Built on the trained model: a second opinion still training answers with the rules alone.
    private static readonly Lazy<CrisisDetector> LazyDetector = new(() => new CrisisDetector(new CrisisSecondOpinion(Classifier)));

    /// <summary>The training data of the app's model: the data files and the everyday messages the rules find nothing in.</summary>
    public static IReadOnlyList<CrisisExample> TrainingData => CrisisData.WithEverydayMessages(CrisisCorpus.Combined, Interpreters.EverydayMessages);

    /// <summary>The classifier trained on all the data.</summary>
    public static CrisisClassifier Classifier =>
        LazySecondOpinion.Value.EnsureTrainedAsync().GetAwaiter().GetResult().Classifier ?? throw new InvalidOperationException("The crisis classifier did not train.");

    /// <summary>The rules plus the classifier.</summary>
    public static CrisisDetector Instance => LazyDetector.Value;
}
