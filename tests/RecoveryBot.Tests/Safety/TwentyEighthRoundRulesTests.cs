using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The twenty-eighth round (2026-12-07): dangers two independent authors wrote inside the exercises and at the menu that
/// no rule answered: sat on the edge of a height (SU09), held down on the bed (VH16), running the truck into the river
/// (SU09), a shotgun across the lap with drink (SU31), joining someone who died the same way (SU14), a bottle just thrown
/// (VH01). Then the lines of four independent reviews: the dangers earlier versions lost (an anniversary counted in years
/// made a past marker; exceptions for break-ins, for "she thought i was going to die", for a bed, a pier, fishing, a
/// valuation, a duck blind or cricket; all withdrawn, with "cut again" as a rule) and the look-alikes they raised.
/// Development lines, not a held-out measure (the README's "twenty-eighth round" has that).
/// </summary>
public sealed class TwentyEighthRoundRulesTests
{
    public static TheoryData<string, CrisisCategory> Dangers { get; } = new()
    {
        { "tonight. right now. drank a fifth and Ive got the 12 gauge across my lap", CrisisCategory.SuicidalThoughts },
        { "I was at the bar and now im driving home and can barely see the road and honestly im thinking about just running it into the river", CrisisCategory.SuicidalThoughts },
        { "5 years since i tried to end it and tonight im going to finish the job", CrisisCategory.SuicidalThoughts },
        { "my 6 year old is here and his dad is off his head on G and just threw a bottle at us", CrisisCategory.ViolenceAtHome },
        { "dad died last year. i'm going to honour him by joining him. same way he went, same flat, tonight", CrisisCategory.SuicidalThoughts },
        { "nobody. my sponsor dropped me and my boyfriend's gone. i'm sat on the edge of the bridge now thinking about it", CrisisCategory.SuicidalThoughts },
        { "sat on the edge of the platform at Stockwell waiting for the next one. can't keep doing this", CrisisCategory.SuicidalThoughts },
        { "a year since i last cut myself and i just cut again, its deep and wont stop bleeding", CrisisCategory.MedicalEmergency },
        { "sat with my gun across my knees, drinking, thinking", CrisisCategory.SuicidalThoughts },
        { "sitting on the edge of my bed with the gun", CrisisCategory.SuicidalThoughts },
        { "standing on the edge of the kerb waiting for a lorry", CrisisCategory.SuicidalThoughts },
        { "he is holding me down on the bed, the kids are asleep", CrisisCategory.ViolenceAtHome },
        { "hes chucking bottles at us", CrisisCategory.ViolenceAtHome },
    };

    // Dangers a first version of the round lost, found by the two reviews: each keeps the answer it had before the round.
    public static TheoryData<string, CrisisCategory> DangersTheFirstVersionLost { get; } = new()
    {
        { "its been a year since mum died i want to kill myself tonight", CrisisCategory.SuicidalThoughts },
        { "two years since my daughter died i just cut my wrists its bleeding a lot", CrisisCategory.SelfHarm },
        { "its been a year since dad died. mum is on the floor fitting and wont come round", CrisisCategory.MedicalEmergency },
        { "a year since he left, hes back with a machete and is chasing my mum", CrisisCategory.ViolenceAtHome },
        { "its been a year since i got sober. loading dads shotgun now", CrisisCategory.SuicidalThoughts },
        { "she thought i was going to die last time so this time i want to die for real", CrisisCategory.SuicidalThoughts },
        { "my ex is breaking into my car with me in it", CrisisCategory.ViolenceAtHome },
        { "someone is breaking into the shop, im hiding in the back, they are still here", CrisisCategory.ViolenceAtHome },
        { "im standing on the edge of the bath with the belt tied to the shower rail", CrisisCategory.SuicidalThoughts },
        { "standing on the edge of a new tower block, 14 floors up, nobody knows im here", CrisisCategory.SuicidalThoughts },
        { "ten years since dad hit me he just threw a bottle at me", CrisisCategory.ViolenceAtHome },
    };

    public static TheoryData<string> LookAlikes { get; } = new()
    {
        "on the edge of my seat watching the match",
        "Stood on the bridge looking down at the ducks with my daughter",
        "cleaning the shotgun across my lap before duck season, drinking coffee",
        "my brother threw up at my mums house lol",
        "The dog is pinning me down on the sofa for a cuddle right now",
        "my little brother pinned me down tonight playing",
        "thinking about driving into work early tomorrow",
        "the power just cut again",
        "got my hours cut again this week",
        "my sponsor is holding me down right now, keeping me honest",
        "we sat on the edge of the roof terrace having mocktails",
        "the cat sat on the ledge outside my window all morning",
        "she threw her bottle at me again, teething is hell",
        "i burnt again the rice, cooking is not for me",
        "my brother threw the keys at me so i could drive",
        "my son threw his shoe at me during a tantrum, hes 2",
        "sat on the edge of the dock with a coffee watching the boats",
        "i am sat at the edge of the car park waiting for my lift",
        "going to put it into the river tomorrow morning, first paddle of the season",
        "thinking about putting myself into the lorry driving course",
        "i attempted a marathon last year, want to finish the job this time",
        "my grandad went bald at 30 and im going the same way he went",
        "my boss is holding me down, no promotion for 3 years",
        "rifle across my knees in the duck blind, ive had a few beers",
        "he threw a brick at me in the backyard cricket, it was a tennis ball wrapped in tape lol",
        "grandma died last spring, the church choir needed an alto so i honoured her by joining them",
        "my friends dad passed so i am supporting her by joining her.",
        "the shotgun across my knees while my drunk uncle tells war stories",
    };

    [Theory]
    [MemberData(nameof(Dangers))]
    public void A_danger_the_authors_or_reviews_wrote_is_answered_in_its_category(string text, CrisisCategory category) =>
        AssertCrisis(text, category);

    [Theory]
    [MemberData(nameof(DangersTheFirstVersionLost))]
    public void A_danger_a_first_version_lost_keeps_its_answer(string text, CrisisCategory category) => AssertCrisis(text, category);

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void An_everyday_line_with_the_same_words_gets_no_crisis_from_the_rules(string text) =>
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);

    // Bad input: a danger at the end of a message far over the assessed length keeps its answer; a huge message of the new
    // rules' own words without a danger, and empty input, give no crisis.
    [Theory]
    [InlineData("i'm sat on the edge of the bridge now")]
    [InlineData("tonight. drank a fifth and ive got the 12 gauge across my lap")]
    [InlineData("his dad is off his head and just threw a bottle at us")]
    public void A_danger_at_the_end_of_a_huge_message_is_still_found(string danger) =>
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(string.Concat(Enumerable.Repeat("today I went to a meeting and talked about my week. ", 1_500)) + danger).Level);

    [Theory]
    [InlineData("")]
    [InlineData("  \t ")]
    [InlineData(null)]
    public void Empty_input_gives_no_crisis(string? text) => Assert.Equal(CrisisLevel.None, new CrisisDetector().Assess(text).Level);

    [Fact]
    public void A_huge_message_of_the_new_rules_words_without_a_danger_is_not_a_crisis()
    {
        var words = string.Concat(Enumerable.Repeat("the edge of my bed the power just cut again the dog held me down across my knees going the same way ", 2_000));
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(words).Level);
    }

    private static void AssertCrisis(string text, CrisisCategory category)
    {
        var assessment = new CrisisDetector().Assess(text);
        Assert.Equal(CrisisLevel.Crisis, assessment.Level);
        Assert.Equal(category, assessment.Category);
    }
}
