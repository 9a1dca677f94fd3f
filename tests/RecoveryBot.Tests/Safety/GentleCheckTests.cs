using Microsoft.Extensions.Options;
using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>The middle tier: the classifier leans towards danger without being sure.</summary>
public sealed class GentleCheckTests
{
    [Theory]
    [InlineData(0.40f, CrisisLevel.None, "NA00")]
    [InlineData(0.41f, CrisisLevel.Uncertain, CrisisDetector.UncertainRuleId)]
    [InlineData(0.79f, CrisisLevel.Uncertain, CrisisDetector.UncertainRuleId)]
    [InlineData(0.80f, CrisisLevel.Crisis, CrisisDetector.ModelRuleId)]
    [InlineData(0.89f, CrisisLevel.Crisis, CrisisDetector.ModelRuleId)]
    public void The_model_alone_asks_for_a_gentle_check_in_below_the_crisis_threshold(float probability, CrisisLevel level, string ruleId)
    {
        var combined = CrisisDetector.Combine(CrisisAssessment.None, probability);

        Assert.Equal(level, combined.Level);
        Assert.Equal(ruleId, combined.RuleId);
    }

    // An answer to a reflection question: the check-in starts higher, and below the confident verdict the model alone
    // only asks gently, even above the crisis threshold.
    [Theory]
    [InlineData(0.79f, CrisisLevel.None)]
    [InlineData(0.80f, CrisisLevel.Uncertain)]
    [InlineData(0.82f, CrisisLevel.Uncertain)]
    [InlineData(0.94f, CrisisLevel.Uncertain)]
    [InlineData(0.95f, CrisisLevel.Crisis)]
    public void An_answer_gets_the_model_alone_full_response_only_when_it_is_sure(float probability, CrisisLevel level) =>
        Assert.Equal(level, CrisisDetector.Combine(CrisisAssessment.None, probability, expectsDarkAnswers: true).Level);

    // Combine reads the thresholds as bands in this order; a data change that moved the crisis threshold under the
    // answers' check-in would silently change what an answer gets.
    [Fact]
    public void The_thresholds_are_in_order()
    {
        float[] bands = [CrisisClassifier.GentleThreshold, CrisisClassifier.GentleThresholdForAnswers, CrisisClassifier.Threshold, CrisisClassifier.ConfidentThreshold];

        Assert.True(bands[0] < bands[1] && bands[1] <= bands[2] && bands[2] < bands[3], string.Join(" ", bands));
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
