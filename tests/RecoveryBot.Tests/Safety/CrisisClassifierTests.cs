using System.Diagnostics;
using System.Text;
using RecoveryBot.Safety;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The classifier (second opinion) and how it combines with the rules. The honest generalisation estimate is the
/// 5-fold cross-validated score of the model: each line is scored by a model that never saw it. The rules were written
/// with every line in view, so their score here (and so the combined one) is in-sample and optimistic.
/// </summary>
public sealed class CrisisClassifierTests(ITestOutputHelper output)
{
    private const int Folds = 5;
    private const int FoldSeed = 7;
    // Until the nineteenth round the threshold was the lowest whose held-out false alarms on the non-crisis lines stayed
    // at or under 1% (precision was the guide before 2026-11-30, but it depends on the share of crisis lines in the data
    // files, far above real traffic). Since then the development files' look-alikes (written to sound like danger) are in
    // the data, and the threshold is chosen on the development files not trained on, recall first (see
    // CrisisClassifier.Threshold): 1.7% false alarms here at 0.82, 1.9% at the twenty-second round's 0.80. This
    // cross-validation covers the data files only (the app's model also learns the bot's everyday messages, scored held
    // out in EverydayMessagesTests). This bound is a guard on that choice: data that raises them past it fails here, and
    // the threshold is chosen again the same way.
    private const double MaxModelFalseAlarms = 0.02;
    // Floors for the model alone, held out: a little under what it reaches today (0.67 / 0.58 since the nineteenth
    // round; 0.48 / 0.40 with the fifth round's files, 2026-11-30; 0.25 / 0.25 before).
    private const double MinModelRecall = 0.64;
    private const double MinModelIndirectRecall = 0.55;
    // Rules in-sample plus the model held out, on every file: 0.90 since the new-wording file was added (was 0.98 without it);
    // 0.877 with the fourth author's files and the questions file (2026-11-30); 0.84 with the fifth round's files, whose
    // indirect signs the rules were not fitted to; 0.822 with the sixth round's files and the threshold they asked for
    // (0.85), the rules again not fitted to its indirect signs; 0.857 since the nineteenth round (its data, threshold 0.82).
    private const double MinCombinedRecall = 0.84;

    // The bound on everyday messages that get any crisis line.
    private const double MaxAnyLineRate = 0.03;

    [Fact]
    public void Cross_validated_scores_of_rules_model_and_combined()
    {
        var data = CrisisCorpus.Combined;
        var probability = OutOfFoldProbabilities(data);
        var rules = new CrisisDetector();
        var rulesSay = data.Select(l => rules.Assess(l.Text)).ToArray();

        var rulesOnly = Score(data, i => rulesSay[i].IsCrisis);
        var modelOnly = Score(data, i => probability[i] >= CrisisClassifier.Threshold);
        var combined = Score(data, i => CrisisDetector.Combine(rulesSay[i], probability[i]).IsCrisis);

        // For reference: the lowest threshold whose held-out false alarms stay within the bound, and
        // the threshold a held-out recall of 0.95 would need, and what it would cost.
        var grid = Enumerable.Range(1, 99).Select(t => t / 100f).Select(t => (T: t, S: Score(data, i => probability[i] >= t))).ToList();
        var wanted = grid.FirstOrDefault(x => FalseAlarmRate(data, probability, x.T) <= MaxModelFalseAlarms && x.S.Tp > 0);
        var recall95 = grid.LastOrDefault(x => x.S.Recall >= 0.95);

        var report = new StringBuilder();
        report.AppendLine($"{Folds}-fold cross-validation on {data.Count} lines ({data.Count(l => l.IsCrisis)} crisis), threshold {CrisisClassifier.Threshold}, confident {CrisisClassifier.ConfidentThreshold}, L2 {CrisisClassifier.L2Regularization}");
        report.AppendLine($"  (a) rules only (in-sample) {rulesOnly}");
        report.AppendLine($"  (b) model only (held out)  {modelOnly}");
        report.AppendLine($"  (c) combined               {combined}");
        report.AppendLine($"  for reference, the lowest threshold with held-out false alarms <= {MaxModelFalseAlarms:P0} of non-crisis lines: {wanted.T:F2}: {wanted.S}");
        report.AppendLine(recall95.S is null
            ? "  for reference, no threshold reaches held-out recall 0.95 (the model abstains on short messages)"
            : $"  for reference, held-out recall >= 0.95 needs {recall95.T:F2}: {recall95.S}, false alarms {FalseAlarmRate(data, probability, recall95.T):P0} of non-crisis lines");
        report.AppendLine($"  model false alarms at {CrisisClassifier.Threshold}: {FalseAlarmRate(data, probability, CrisisClassifier.Threshold):P1} of non-crisis lines");
        report.AppendLine($"  AUC of the held-out probabilities: {Auc(data, probability):F4}");

        // The gentle check-in: any line counts against everyday talk (the bound is 3 % of everyday messages), so
        // its threshold is the lowest whose held-out lines on non-crisis text, with the rules' own, stay within that.
        double AnyLineRate(float gentle) => (double)data.Select((l, i) => (l, i)).Count(x => !x.l.IsCrisis
            && (rulesSay[x.i].Level != CrisisLevel.None || probability[x.i] >= gentle)) / data.Count(l => !l.IsCrisis);
        double AnyReplyRecall(float gentle) => (double)data.Select((l, i) => (l, i)).Count(x => x.l.IsCrisis
            && (rulesSay[x.i].Level != CrisisLevel.None || probability[x.i] >= gentle)) / data.Count(l => l.IsCrisis);
        var gentleWanted = Enumerable.Range(30, 56).Select(t => t / 100f).FirstOrDefault(g => AnyLineRate(g) <= MaxAnyLineRate, CrisisClassifier.Threshold);
        report.AppendLine($"  gentle check-in at {CrisisClassifier.GentleThreshold}: non-crisis lines with any line {AnyLineRate(CrisisClassifier.GentleThreshold):P1}, crisis lines with any reply {AnyReplyRecall(CrisisClassifier.GentleThreshold):P1}");
        foreach (var g in new[] { 0.6f, 0.65f, 0.7f, 0.75f, 0.8f, 0.85f })
        {
            report.AppendLine($"    gentle {g:F2}: non-crisis any line {AnyLineRate(g):P1}, crisis any reply {AnyReplyRecall(g):P1}");
        }

        report.AppendLine($"  gentle threshold the data asks for: {gentleWanted:F2} (any line on <= {MaxAnyLineRate:P0} of non-crisis lines): crisis lines with any reply {AnyReplyRecall(gentleWanted):P1}");
        report.AppendLine("  model false alarms by kind (held out):");
        foreach (var kind in data.Where(l => !l.IsCrisis).GroupBy(l => $"{l.Label}/{l.Kind}").OrderBy(g => g.Key))
        {
            int n = kind.Count(), fa = kind.Count(l => probability[IndexOf(data, l)] >= CrisisClassifier.Threshold);
            report.AppendLine($"    {kind.Key,-18} {fa,3}/{n,-3} ({(double)fa / n:P0})");
        }

        report.AppendLine("  model recall by kind (held out):");
        foreach (var kind in data.Where(l => l.IsCrisis).GroupBy(l => l.Kind).OrderBy(g => g.Key))
        {
            int n = kind.Count(), hit = kind.Count(l => probability[IndexOf(data, l)] >= CrisisClassifier.Threshold);
            report.AppendLine($"    {kind.Key,-18} {hit,3}/{n,-3} ({(double)hit / n:P0})");
        }

        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());

        Assert.True(FalseAlarmRate(data, probability, CrisisClassifier.Threshold) <= MaxModelFalseAlarms, $"held-out model false alarms above {MaxModelFalseAlarms:P0}: choose CrisisClassifier.Threshold again on the development files (Safety/README.md)\n{report}");
        Assert.True(modelOnly.Recall >= MinModelRecall, $"held-out model recall {modelOnly.Recall:F4} < {MinModelRecall}\n{report}");
        Assert.True(modelOnly.IndirectRecall >= MinModelIndirectRecall, $"held-out model indirect recall {modelOnly.IndirectRecall:F4} < {MinModelIndirectRecall}\n{report}");
        Assert.True(combined.Recall >= MinCombinedRecall, $"combined recall {combined.Recall:F4} < {MinCombinedRecall}\n{report}");
        Assert.True(combined.Recall >= modelOnly.Recall && combined.Recall >= rulesOnly.Recall, "the combination must never lower recall");
    }

    // Both trainings here use the cache of featurised lines; that the cache changes nothing (identical probabilities on
    // every line, the same bias and feature count) was checked once against training without it (2026-12-03).
    [Fact]
    public void Training_is_deterministic()
    {
        var clock = Stopwatch.StartNew();
        var a = CrisisClassifier.Train(CrisisCorpus.Combined);
        var elapsed = clock.Elapsed;
        var b = CrisisClassifier.Train(CrisisCorpus.Combined);
        output.WriteLine($"trained on {a.ExampleCount} lines, {a.FeatureCount} n-gram features, in {elapsed.TotalMilliseconds:F0} ms (first) ");

        Assert.Equal(a.FeatureCount, b.FeatureCount);
        foreach (var line in CrisisCorpus.Combined.Where((_, i) => i % 7 == 0))
        {
            Assert.Equal(a.Probability(line.Text), b.Probability(line.Text));
        }
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_predictions_and_explanations()
    {
        using var folder = new Infrastructure.TempDirectory();
        var trained = CombinedDetector.Classifier;
        trained.Save(folder.File("crisis.zip"));

        var loaded = CrisisClassifier.Load(folder.File("crisis.zip"), trained.ExampleCount);

        Assert.Equal(trained.FeatureCount, loaded.FeatureCount);
        Assert.Equal(trained.Bias, loaded.Bias);
        Assert.Equal(trained.StrongestCrisisNgrams(), loaded.StrongestCrisisNgrams());
        foreach (var line in CrisisCorpus.Combined.Where((_, i) => i % 5 == 0))
        {
            Assert.Equal(trained.Probability(line.Text), loaded.Probability(line.Text));
        }

        Assert.Equal(trained.Explain(UnseenWordings[0]), loaded.Explain(UnseenWordings[0]));
    }

    [Fact]
    public async Task The_shipped_model_is_trained_once_then_loaded_and_a_damaged_file_is_trained_again()
    {
        using var folder = new Infrastructure.TempDirectory();

        // Each instance with a folder of its own trains or loads afresh (the process shares one per folder).
        var first = await new CrisisSecondOpinion(folder.Path, Understanding.Interpreters.EverydayMessages).EnsureTrainedAsync();
        var file = Assert.Single(Directory.GetFiles(folder.Path, "crisis-*.zip"));
        Assert.False(first.Loaded);

        using var again = new Infrastructure.TempDirectory();
        File.Copy(file, Path.Combine(again.Path, Path.GetFileName(file)));
        var second = await new CrisisSecondOpinion(again.Path, Understanding.Interpreters.EverydayMessages).EnsureTrainedAsync();
        Assert.True(second.Loaded);
        Assert.Equal(first.Classifier!.Probability(UnseenWordings[1]), second.Classifier!.Probability(UnseenWordings[1]));

        using var damaged = new Infrastructure.TempDirectory();
        File.WriteAllText(Path.Combine(damaged.Path, Path.GetFileName(file)), "not a model");
        var third = await new CrisisSecondOpinion(damaged.Path, Understanding.Interpreters.EverydayMessages).EnsureTrainedAsync();
        Assert.False(third.Loaded);
        Assert.NotNull(third.Classifier);
        Assert.True(new FileInfo(Path.Combine(damaged.Path, Path.GetFileName(file))).Length > 1000, "the damaged file is replaced");
    }

    // The everyday messages are part of what the model learned: other messages (an intent example added) must not load
    // a model file trained without them.
    [Fact]
    public async Task Other_everyday_messages_train_a_model_of_their_own()
    {
        using var folder = new Infrastructure.TempDirectory();
        var shipped = await new CrisisSecondOpinion(folder.Path, Understanding.Interpreters.EverydayMessages).EnsureTrainedAsync();
        var more = await new CrisisSecondOpinion(folder.Path, [.. Understanding.Interpreters.EverydayMessages, "can you remind me how the journal export works"]).EnsureTrainedAsync();

        Assert.False(more.Loaded);
        Assert.Equal(2, Directory.GetFiles(folder.Path, "crisis-*.zip").Length);
        Assert.NotNull(shipped.Classifier);
    }

    [Fact]
    public void Per_message_cost_is_small_and_the_model_is_thread_safe()
    {
        var detector = CombinedDetector.Instance;
        var rules = new CrisisDetector();
        var texts = CrisisCorpus.Combined.Select(l => l.Text).ToArray();
        foreach (var t in texts)
        {
            detector.Assess(t); // warm every path
        }

        var clock = Stopwatch.StartNew();
        foreach (var t in texts)
        {
            rules.Assess(t);
        }

        var rulesPerMessage = clock.Elapsed.TotalMicroseconds / texts.Length;
        clock.Restart();
        foreach (var t in texts)
        {
            CombinedDetector.Classifier.Probability(t);
        }

        var modelPerMessage = clock.Elapsed.TotalMicroseconds / texts.Length;
        clock.Restart();
        foreach (var t in texts)
        {
            detector.Assess(t);
        }

        var combinedPerMessage = clock.Elapsed.TotalMicroseconds / texts.Length;
        output.WriteLine($"per message: rules {rulesPerMessage:F0} µs, model (with its own normalisation) {modelPerMessage:F0} µs, combined detector {combinedPerMessage:F0} µs");
        Console.WriteLine($"per message: rules {rulesPerMessage:F0} µs, model {modelPerMessage:F0} µs, combined {combinedPerMessage:F0} µs");

        // Same answers from many threads at once as from one.
        var expected = texts.Select(detector.Assess).ToArray();
        var parallel = new CrisisAssessment[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = detector.Assess(texts[i]));
        Assert.Equal(expected, parallel);

        // Generous for a shared 2-core machine; the printed numbers are the real ones.
        Assert.True(modelPerMessage < 5_000, $"model {modelPerMessage} µs per message");
    }

    [Theory]
    [InlineData("CrisisCategory.None", 0.99f, "Crisis", "IndirectSignal", "ML01")]
    [InlineData("CrisisCategory.None", 0.10f, "None", "None", "NA00")]
    [InlineData("Concern", 0.60f, "Concern", "SuicidalThoughts", "CN01")]
    [InlineData("Concern", 0.92f, "Concern", "SuicidalThoughts", "CN01")]
    [InlineData("Concern", 0.97f, "Crisis", "SuicidalThoughts", "ML01")]
    [InlineData("Crisis", 0.00f, "Crisis", "Overdose", "OD01")]
    public void Combination_rule(string rulesLevel, float probability, string level, string category, string ruleId)
    {
        var rules = rulesLevel switch
        {
            "Concern" => new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.SuicidalThoughts, false, "CN01"),
            "Crisis" => new CrisisAssessment(CrisisLevel.Crisis, CrisisCategory.Overdose, false, "OD01"),
            _ => CrisisAssessment.None,
        };
        var a = CrisisDetector.Combine(rules, probability);
        Assert.Equal(level, a.Level.ToString());
        Assert.Equal(category, a.Category.ToString());
        Assert.Equal(ruleId, a.RuleId);
        Assert.NotNull(CrisisDetector.DescribeRule(a.RuleId));
    }

    [Fact]
    public void A_message_before_training_ends_is_still_checked_by_the_rules()
    {
        var never = new TaskCompletionSource<CrisisClassifier?>();
        var detector = new CrisisDetector(new CrisisSecondOpinion(never.Task, TimeSpan.FromMilliseconds(50)));
        var clock = Stopwatch.StartNew();
        Assert.Equal(CrisisLevel.Crisis, detector.Assess("i want to kill myself").Level);
        Assert.Equal(CrisisLevel.Concern, detector.Assess("I'm not going to hurt myself, I just feel low").Level);
        Assert.Equal(CrisisLevel.None, detector.Assess("dead tired").Level);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));

        var failed = new CrisisDetector(new CrisisSecondOpinion(Task.FromException<CrisisClassifier?>(new IOException()), TimeSpan.FromSeconds(1)));
        Assert.Equal(CrisisLevel.Crisis, failed.Assess("i want to kill myself").Level);
    }

    [Fact]
    public void A_model_only_detection_is_ML01_and_can_be_explained()
    {
        // Lines the rules miss but the model catches, with the n-grams that pushed them over the line.
        var rules = new CrisisDetector();
        var caught = new List<string>();
        foreach (var text in UnseenWordings)
        {
            var r = rules.Assess(text);
            var c = CombinedDetector.Instance.Assess(text);
            var p = CombinedDetector.Classifier.Probability(text);
            var why = string.Join(", ", CombinedDetector.Classifier.Explain(text, 5).Select(x => $"{x.Ngram} {x.Contribution:+0.00;-0.00}"));
            output.WriteLine($"rules {r.Level,-7} combined {c.Level,-7} {c.RuleId} p={p:F2}  {text}\n    {why}");
            if (r.Level != CrisisLevel.Crisis && c.IsCrisis)
            {
                Assert.Equal(CrisisDetector.ModelRuleId, c.RuleId);
                Assert.NotEqual(CrisisCategory.None, c.Category);
                Assert.NotEmpty(CombinedDetector.Classifier.Explain(text));
                caught.Add(text);
            }
        }

        output.WriteLine($"model-only catches: {caught.Count}/{UnseenWordings.Length}");
        Assert.NotEmpty(caught);
        Assert.Contains(CombinedDetector.Classifier.StrongestCrisisNgrams(5), x => x.Weight > 0);
    }

    // New wordings written for this test, none of them in the data files (informational, not a score).
    private static readonly string[] UnseenWordings =
    [
        "i think everyone would be happier if i just vanished for good",
        "wrote letters to my kids and put them in the drawer, they will find them",
        "i have been looking up how long it takes to bleed out",
        "nobody is going to miss me when i am gone",
        "i cant do this anymore, im so tired of being alive",
        "took all my meds at once like an hour ago",
        "i want it all to be over tonight",
        "gave my dog to my neighbour today, she will look after him better than me",
    ];

    private static double FalseAlarmRate(IReadOnlyList<CrisisExample> data, float[] p, float t) =>
        (double)Enumerable.Range(0, data.Count).Count(i => !data[i].IsCrisis && p[i] >= t) / data.Count(l => !l.IsCrisis);

    private static int IndexOf(IReadOnlyList<CrisisExample> data, CrisisExample line)
    {
        for (int i = 0; i < data.Count; i++)
        {
            if (ReferenceEquals(data[i], line))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Each line's probability from a model trained on the other folds (stratified by label, seeded).</summary>
    internal static float[] OutOfFoldProbabilities(IReadOnlyList<CrisisExample> data)
    {
        var fold = new int[data.Count];
        var random = new Random(FoldSeed);
        foreach (var group in Enumerable.Range(0, data.Count).GroupBy(i => data[i].IsCrisis))
        {
            var shuffled = group.OrderBy(_ => random.Next()).ToList();
            for (int k = 0; k < shuffled.Count; k++)
            {
                fold[shuffled[k]] = k % Folds;
            }
        }

        var probability = new float[data.Count];
        for (int f = 0; f < Folds; f++)
        {
            var model = CrisisClassifier.Train(data.Where((_, i) => fold[i] != f));
            for (int i = 0; i < data.Count; i++)
            {
                if (fold[i] == f)
                {
                    probability[i] = model.Probability(data[i].Text);
                }
            }
        }

        return probability;
    }

    private static Scores Score(IReadOnlyList<CrisisExample> data, Func<int, bool> saysCrisis)
    {
        int tp = 0, fp = 0, fn = 0, indirect = 0, indirectHit = 0;
        for (int i = 0; i < data.Count; i++)
        {
            bool said = saysCrisis(i);
            if (data[i].IsCrisis)
            {
                if (said) { tp++; } else { fn++; }
                if (data[i].Kind == "indirect")
                {
                    indirect++;
                    indirectHit += said ? 1 : 0;
                }
            }
            else if (said)
            {
                fp++;
            }
        }

        return new Scores(tp, fp, fn, indirect, indirectHit);
    }

    private static double Auc(IReadOnlyList<CrisisExample> data, float[] p)
    {
        var pos = Enumerable.Range(0, data.Count).Where(i => data[i].IsCrisis).Select(i => p[i]).ToArray();
        var neg = Enumerable.Range(0, data.Count).Where(i => !data[i].IsCrisis).Select(i => p[i]).ToArray();
        double wins = pos.Sum(a => neg.Sum(b => a > b ? 1.0 : a == b ? 0.5 : 0.0));
        return wins / ((double)pos.Length * neg.Length);
    }

    private sealed record Scores(int Tp, int Fp, int Fn, int Indirect, int IndirectHit)
    {
        public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);
        public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);
        public double IndirectRecall => Indirect == 0 ? 1 : (double)IndirectHit / Indirect;

        public override string ToString() =>
            $"recall {Recall:F4} ({Tp}/{Tp + Fn})  precision {Precision:F4} ({Tp}/{Tp + Fp})  indirect recall {IndirectRecall:F4} ({IndirectHit}/{Indirect})";
    }
}
