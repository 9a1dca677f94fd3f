using RecoveryBot.Safety;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Safety;

/// <summary>Scores main's detector (rules and classifier, text alone) on the second safety held-out set.</summary>
public sealed class MainBaselineSafetyHeldOutTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Main_is_scored_on_the_second_safety_held_out_set()
    {
        var second = new CrisisSecondOpinion();
        await second.EnsureTrainedAsync();
        var detector = new CrisisDetector(second);
        var (report, _, _, _, _, _) = SafetyHeldOutLine.Score(SafetyHeldOutLine.LoadAll(), l => detector.Assess(l.Text).Level);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "main-baseline-safety.txt"), report);
    }
}
