using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The full detector as the app runs it: the rules plus the classifier trained on every data file. Trained once per
/// test run and shared (training is deterministic, the detector thread-safe).
/// </summary>
public static class CombinedDetector
{
    private static readonly Lazy<CrisisClassifier> LazyClassifier = new(() => CrisisClassifier.Train(CrisisCorpus.Combined));
    private static readonly Lazy<CrisisDetector> LazyDetector = new(() => new CrisisDetector(new CrisisSecondOpinion(Classifier)));

    /// <summary>The classifier trained on all the data.</summary>
    public static CrisisClassifier Classifier => LazyClassifier.Value;

    /// <summary>The rules plus the classifier.</summary>
    public static CrisisDetector Instance => LazyDetector.Value;
}
