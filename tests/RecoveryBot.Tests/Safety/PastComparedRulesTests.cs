using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// A past marker beside a danger said now and compared with the past does not date it: "i want to kill myself again like
/// years ago" is a crisis, though "years ago" made it a story until 2026-12-07 (see <c>CrisisRules.SaidAsNowBefore</c> and
/// <c>CrisisRules.ComparedWithThePast</c>). Stories told with the same words, two independent reviews' among them, stay
/// stories.
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
        "hes stopped breathing like back in 2020 when he od'd",
        "im gonna end it tonight same as i tried last year",
        "he is going to kill me like he nearly did last year",
        "i want to kill myself like i used to want to every night",
        "wanna die again same as back in 2016",
        "really going to end it again like in 2021",
        "my brother is hitting my mum again like last christmas",
        "my son is overdosing again same as last year",
        "i keep thinking about killing myself like in 2020",
        "shes not breathing again like back in 2019",
        "i feel like killing myself again like back in 2020",
        "i plan on killing myself again like i tried to last year",
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
        "i want to talk about overdosing back in 2019 at group tonight",
        "i need to admit he hit me last year, i kept it secret",
        "in 2019 i kept saying i want to die",
        "back in 2017 i am suicidal and drinking every day",
        "back in 2016 im on the roof of my flats ready to jump and my neighbour talks me down",
        "in 2019 he is hitting me every night and i finally left",
        "i am going to testify he tried to kill me in 2019",
        "last year someone is overdosing in the toilets at work and i did cpr",
        "i want to talk again about overdosing back in 2019",
        "my dad is sober now, he overdosed again like 3 years ago",
        "i keep thinking about the time i overdosed in 2016",
        "in 2019 my doctor told me im going to die if i drink again",
        "so back in 2019 im on the bridge again, third time that month, and a copper talks me down",
        "back in 2016 he is beating me again every weekend",
        "i used to wake up every morning thinking i want to die again",
        "in 2016 i wrote in my diary i want to kill myself again like every other page",
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
