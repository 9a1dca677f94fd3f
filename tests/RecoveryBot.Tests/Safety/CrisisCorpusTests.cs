using System.Text;
using RecoveryBot.Safety;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Safety;

public sealed class CrisisCorpusTests(ITestOutputHelper output)
{
    private const double MinRecall = 0.98;
    private const double MinPrecision = 0.90;
    private const double MinIndirectRecall = 0.98;
    private const double MinConcernAgreement = 0.80;

    private readonly CrisisDetector _detector = new();

    [Fact]
    public void Corpus_is_big_enough_and_balanced()
    {
        var all = CrisisCorpus.All;
        Assert.True(all.Count >= 300, $"corpus has {all.Count} lines");
        Assert.True(all.Count(l => l.IsCrisis) >= 150);
        Assert.True(all.Count(l => l.IsCrisis && l.Kind == "indirect") >= 50);
        Assert.True(all.Count(l => !l.IsCrisis) >= 150);
        Assert.Contains(all, l => l.Kind == "negation");
        Assert.Equal(all.Count, all.Select(l => l.Text).Distinct().Count());
    }

    [Fact]
    public void Corpus_recall_and_precision_meet_the_bar()
    {
        var lines = CrisisCorpus.All;
        int tp = 0, fp = 0, fn = 0, indirectTotal = 0, indirectHit = 0, concernTotal = 0, concernAgree = 0;
        int categoryAgree = 0;
        var misses = new List<string>();
        var falseAlarms = new List<string>();
        var concernNotes = new List<string>();
        var categoryNotes = new List<string>();

        foreach (var line in lines)
        {
            var a = _detector.Assess(line.Text);
            bool said = a.Level == CrisisLevel.Crisis;
            if (line.IsCrisis && said)
            {
                tp++;
                if (a.Category.ToString() == line.Category)
                {
                    categoryAgree++;
                }
                else
                {
                    categoryNotes.Add($"  line {line.LineNumber}: expected {line.Category}, got {a.Category} ({a.RuleId})");
                }
            }
            else if (line.IsCrisis)
            {
                fn++;
                misses.Add($"  line {line.LineNumber} [{line.Kind}/{line.Category}] got {a.Level} ({a.RuleId}): {line.Text}");
            }
            else if (said)
            {
                fp++;
                falseAlarms.Add($"  line {line.LineNumber} [{line.Label}/{line.Kind}] got Crisis ({a.RuleId} {a.Category}): {line.Text}");
            }

            if (line.IsCrisis && line.Kind == "indirect")
            {
                indirectTotal++;
                indirectHit += said ? 1 : 0;
            }

            if (line.Label == "concern")
            {
                concernTotal++;
                if (a.Level == CrisisLevel.Concern)
                {
                    concernAgree++;
                }
                else
                {
                    concernNotes.Add($"  line {line.LineNumber} expected Concern, got {a.Level} ({a.RuleId}): {line.Text}");
                }
            }
            else if (line.Label == "safe" && a.Level == CrisisLevel.Concern)
            {
                concernNotes.Add($"  line {line.LineNumber} expected None, got Concern ({a.RuleId}): {line.Text}");
            }
        }

        double recall = Ratio(tp, tp + fn);
        double precision = Ratio(tp, tp + fp);
        double indirectRecall = Ratio(indirectHit, indirectTotal);
        double concernRate = Ratio(concernAgree, concernTotal);

        var report = new StringBuilder();
        report.AppendLine($"Crisis corpus: {lines.Count} lines ({lines.Count(l => l.IsCrisis)} crisis, {lines.Count(l => l.Label == "concern")} concern, {lines.Count(l => l.Label == "safe")} safe)");
        report.AppendLine($"Crisis recall    = {recall:F4} ({tp}/{tp + fn})   [bar {MinRecall}]");
        report.AppendLine($"Crisis precision = {precision:F4} ({tp}/{tp + fp})   [bar {MinPrecision}]");
        report.AppendLine($"Indirect recall  = {indirectRecall:F4} ({indirectHit}/{indirectTotal})   [bar {MinIndirectRecall}]");
        report.AppendLine($"Concern agreement = {concernRate:F4} ({concernAgree}/{concernTotal})   [bar {MinConcernAgreement}]");
        report.AppendLine($"Category agreement on detected crises = {Ratio(categoryAgree, tp):F4} ({categoryAgree}/{tp}) (informational)");
        report.AppendLine($"Misses ({misses.Count}):");
        misses.ForEach(m => report.AppendLine(m));
        report.AppendLine($"False alarms ({falseAlarms.Count}):");
        falseAlarms.ForEach(m => report.AppendLine(m));
        report.AppendLine($"Concern disagreements ({concernNotes.Count}):");
        concernNotes.ForEach(m => report.AppendLine(m));
        report.AppendLine($"Category differences ({categoryNotes.Count}):");
        categoryNotes.ForEach(m => report.AppendLine(m));

        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());

        Assert.True(recall >= MinRecall, $"recall {recall:F4} < {MinRecall}\n{report}");
        Assert.True(precision >= MinPrecision, $"precision {precision:F4} < {MinPrecision}\n{report}");
        Assert.True(indirectRecall >= MinIndirectRecall, $"indirect recall {indirectRecall:F4} < {MinIndirectRecall}\n{report}");
        Assert.True(concernRate >= MinConcernAgreement, $"concern agreement {concernRate:F4} < {MinConcernAgreement}\n{report}");
    }

    private static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;
}
