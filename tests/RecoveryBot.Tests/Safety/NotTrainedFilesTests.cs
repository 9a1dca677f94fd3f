using System.Text;
using RecoveryBot.Safety;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The data files deliberately left out of training (<c>Safety/Data/not-trained/</c>), scored with the detector as the
/// app runs it: a development set for changes to the classifier, fresher than the training files and, unlike the
/// held-out sets, free to look at. The bars are the figures when the ninth round's ideas went in, so a change that
/// makes them worse fails.
/// </summary>
public sealed class NotTrainedFilesTests(ITestOutputHelper output)
{
    // Before the ninth round (threshold 0.85, no ideas) rules and model gave: files 7 explicit 164/200, indirect any
    // 93/100, everyday any 53/300, full 33/300; files 8 explicit 139/200, indirect any 68/100, everyday any 67/400, full 36/400.
    [Theory]
    [InlineData("7", 170, 92, 49, 32)]
    [InlineData("8", 154, 71, 72, 37)]
    public void A_development_file_pair_is_scored_and_does_not_get_worse(string round, int minExplicitFull, int minIndirectAny, int maxEverydayAny, int maxEverydayFull)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Safety", "NotTrained");
        var lines = CrisisData.Load(Path.Combine(folder, $"crisis-wording-{round}.tsv"))
            .Concat(CrisisData.Load(Path.Combine(folder, $"crisis-everyday-{round}.tsv")))
            .ToList();
        var detector = CombinedDetector.Instance;
        int explicitFull = 0, explicitCount = 0, indirectAny = 0, indirectCount = 0, everydayAny = 0, everydayFull = 0, everydayCount = 0;
        foreach (var line in lines)
        {
            var level = detector.Assess(line.Text).Level;
            if (line.IsCrisis && line.Kind == "indirect")
            {
                indirectCount++;
                indirectAny += level != CrisisLevel.None ? 1 : 0;
            }
            else if (line.IsCrisis)
            {
                explicitCount++;
                explicitFull += level == CrisisLevel.Crisis ? 1 : 0;
            }
            else if (line.Label == "safe")
            {
                everydayCount++;
                everydayAny += level != CrisisLevel.None ? 1 : 0;
                everydayFull += level == CrisisLevel.Crisis ? 1 : 0;
            }
        }

        var report = new StringBuilder()
            .AppendLine($"not-trained files {round}: explicit with the full response {explicitFull}/{explicitCount}, indirect with any reply {indirectAny}/{indirectCount}")
            .AppendLine($"  everyday with any line {everydayAny}/{everydayCount}, with the full response {everydayFull}/{everydayCount}")
            .ToString();
        output.WriteLine(report);
        Assert.True(explicitFull >= minExplicitFull, report);
        Assert.True(indirectAny >= minIndirectAny, report);
        Assert.True(everydayAny <= maxEverydayAny, report);
        Assert.True(everydayFull <= maxEverydayFull, report);
    }
}
