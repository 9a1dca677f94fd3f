using Microsoft.Extensions.Options;
using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>The middle tier: the classifier leans towards danger without being sure.</summary>
public sealed class GentleCheckTests
{
    [Theory]
    [InlineData(0.59f, CrisisLevel.None, "NA00")]
    [InlineData(0.60f, CrisisLevel.Uncertain, CrisisDetector.UncertainRuleId)]
    [InlineData(0.81f, CrisisLevel.Uncertain, CrisisDetector.UncertainRuleId)]
    [InlineData(0.82f, CrisisLevel.Crisis, CrisisDetector.ModelRuleId)]
    [InlineData(0.89f, CrisisLevel.Crisis, CrisisDetector.ModelRuleId)]
    public void The_model_alone_asks_for_a_gentle_check_in_below_the_crisis_threshold(float probability, CrisisLevel level, string ruleId)
    {
        var combined = CrisisDetector.Combine(CrisisAssessment.None, probability);

        Assert.Equal(level, combined.Level);
        Assert.Equal(ruleId, combined.RuleId);
    }

    [Fact]
    public void A_negated_mention_stays_a_concern_in_the_gentle_band()
    {
        var concern = new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.SelfHarm, false, "CN01");

        Assert.Equal(CrisisLevel.Concern, CrisisDetector.Combine(concern, 0.7f).Level);
    }

    [Fact]
    public void The_gentle_check_in_is_one_kind_line_with_the_lifeline()
    {
        var composer = new CrisisResponseComposer(Options.Create(new CrisisResourceOptions()));

        Assert.Equal(
            "That sounds heavy, so I want to check in: if you're not safe right now, you can call or text 988 (988 Suicide & Crisis Lifeline) any time. If I read too much into it, just carry on.",
            composer.ComposeGentleCheck("en-US"));
        Assert.Contains("116 123", composer.ComposeGentleCheck("en-GB"));
    }
}
