using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// A rule's words in a message its writer marked as a joke ("lol", "haha", a laughing emoji): the full response only when
/// the model, reading the whole message, leans towards a crisis; otherwise a gentle check-in (never silence). Nothing
/// changes when the joke is taken back, for emergencies and violence at home, for messages too short for the model, or
/// without a model.
/// </summary>
public sealed class JokeMarkerTests
{
    [Theory]
    [InlineData("if the landlord puts the rent up one more time im gonna kill him lol. writing him a very firm email instead")]
    [InlineData("third fire drill this week, honestly ill shoot myself haha. anyway, step four tonight")]
    [InlineData("overdosed on my nans mince pies again 😂 feel sick but it was worth it, back to the reading after")]
    public void A_joke_the_model_does_not_believe_gets_a_gentle_check_in(string text)
    {
        var rulesAlone = new CrisisDetector().Assess(text);
        var assessed = CombinedDetector.Instance.Assess(text);

        Assert.Equal(CrisisLevel.Crisis, rulesAlone.Level);
        Assert.Equal(CrisisLevel.Uncertain, assessed.Level);
        Assert.Equal(CrisisDetector.JokeRuleId, assessed.RuleId);
        Assert.NotNull(CrisisDetector.DescribeRule(assessed.RuleId));
    }

    [Theory]
    // The joke taken back.
    [InlineData("ill shoot myself lol. not joking, the gun is on my lap and i have been sitting here for an hour")]
    [InlineData("gonna kill him haha. seriously. he is at the pub and i have a knife in my pocket")]
    // The model leans towards a crisis: a means and a time, however light the tone.
    [InlineData("lol took every one of my sleeping pills with the vodka twenty minutes ago, getting really drowsy now 😂")]
    // Violence at home and emergencies are never played down.
    [InlineData("he hit me again lol and now hes saying hes going to kill me when he gets back tonight")]
    // Too short for the model to judge: the rules' answer stands.
    [InlineData("kms lol")]
    public void A_joke_marker_does_not_soften_a_real_danger(string text) =>
        Assert.Equal(CrisisLevel.Crisis, CombinedDetector.Instance.Assess(text).Level);

    [Fact]
    public void Without_the_model_a_joke_marker_changes_nothing()
    {
        const string text = "third fire drill this week, honestly ill shoot myself haha. anyway, step four tonight";

        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }
}
