using RecoveryBot.Safety;
using RecoveryBot.Tests.Understanding;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The second independent safety held-out set, scored as the app assesses a message: rules and classifier, with the
/// question the message answered as context. The report (with every miss) is printed and written to
/// <c>safety-heldout-report.txt</c>. The bars are the figures measured when the set was scored at the end of the work
/// (README), so a change that makes things worse fails; they are not the targets, which are not all met.
/// </summary>
public sealed class SafetyHeldOutEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_second_held_out_set_is_scored_and_does_not_get_worse()
    {
        var interpreter = await Interpreters.GetAsync();
        var (report, explicitFull, indirectFull, indirectAny, everydayAny, everydayFull) = SafetyHeldOutLine.Score(
            SafetyHeldOutLine.LoadAll(), line => interpreter.Interpret(line.Text, Interpreters.PendingOf(line.Context)).Safety.Level);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "safety-heldout-report.txt"), report);

        Assert.True(explicitFull >= MinExplicitFull, report);
        Assert.True(indirectAny >= MinIndirectAny, report);
        Assert.True(everydayAny <= MaxEverydayAny, report);
        Assert.True(everydayFull <= MaxEverydayFull, report);
        _ = indirectFull;
    }

    // Measured 2026-11-29 at the end of the work: explicit 41/45, indirect any reply 37/50, everyday any line 8/170,
    // everyday full response 5/170. The targets (45/45, main's 38/50, at most 3% and 1%) are not all met.
    private const double MinExplicitFull = 41 / 45.0;
    private const double MinIndirectAny = 37 / 50.0;
    private const double MaxEverydayAny = 8 / 170.0 + 1e-9;
    private const double MaxEverydayFull = 5 / 170.0 + 1e-9;
}
