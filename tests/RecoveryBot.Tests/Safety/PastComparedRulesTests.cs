using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// A past marker beside a danger said now compares, it does not date: "i want to kill myself again like years ago" is a
/// crisis, though "years ago" made it a story until 2026-12-07 (a stated intent or a present-tense subject at the rule's
/// match now keeps it in the present, see <c>CrisisRules.StatedIntent</c>). Stories told with the same words stay stories.
/// </summary>
public sealed class PastComparedRulesTests
{
    public static TheoryData<string> DangersComparedWithThePast { get; } = new()
    {
        "i want to kill myself again like years ago",
        "i am going to overdose again like 3 years ago",
        "i am about to kill myself again like in 2018",
        "i want to jump off the bridge again like years ago",
        "i want to drink myself to death like i tried last year",
        "im on the bridge again like 2 years ago",
        "he's strangling my mum again like last christmas",
        "he's got the machete and he's chasing my mum, he did this years ago",
        "she's got a knife and says she's going to finish me when she comes back in. i'm locked in the bathroom",
        "the baby won't stop crying and I'm scared of what I'm going to do to him, I keep going back in",
    };

    public static TheoryData<string> StoriesWithTheSameWords { get; } = new()
    {
        "I want to share that 3 years ago I overdosed",
        "i used to think i want to die every day, 5 years sober now",
        "I wanted to kill myself years ago",
        "i was going to kill myself years ago but my sponsor stopped me",
        "I want to talk about when I tried to kill myself in 2015",
        "I need to tell my sponsor about the time I overdosed last year",
        "she is the one who overdosed last year",
        "i am still haunted by the overdose in 2019",
        "years ago i used to say i want to die, now i have a life",
        "I'm going to tell my group about the night I overdosed in 2019",
        "he used to beat me back in 2015, he is sober now",
    };

    [Theory]
    [MemberData(nameof(DangersComparedWithThePast))]
    public void A_danger_said_now_beside_a_past_marker_is_a_crisis(string text) =>
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);

    [Theory]
    [MemberData(nameof(StoriesWithTheSameWords))]
    public void A_story_with_the_same_words_is_not_a_crisis(string text) =>
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
}
