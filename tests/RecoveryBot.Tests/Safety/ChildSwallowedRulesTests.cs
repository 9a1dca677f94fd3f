using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// A young child who has swallowed, drunk or chewed a drug, a medicine, alcohol or nicotine (OD35, and OD29 with more
/// verbs and substances): "my 2 year old just ate one of my subutex strips what do i do" got no line from the rules
/// until 2026-12-07. Besides the project's own lines, the half of an independent author's lines the rules were written
/// from (the other half was held out and scored once; the Safety README has both figures).
/// </summary>
public sealed class ChildSwallowedRulesTests
{
    public static TheoryData<string> Dangers { get; } = new()
    {
        "my 3 year old drank some of my vodka and is really sleepy",
        "the baby swallowed one of my pills",
        "my toddler chewed my vape and is being sick",
        "my 2 year old just ate one of my subutex strips what do i do",
        "help my son drank some of my methadone its all round his mouth he had the bottle",
        "baby got into my bag and i think she swallowed a pill i dont know how many",
        "toddler chewed my vape and theres juice all over his mouth and hands",
        "My granddaughter has just eaten some of my gummies, the cannabis ones. She's 4. She's acting very sleepy.",
        "pls help my daughter drank bleach from under the sink",
        "my little one drank from my can of cider idk how much hes only 18 months",
        "my baby bit into a dishwasher tablet and now shes crying and drooling loads",
        "kid ate one of my xanax i think. 6 years old. what should i do",
        "Sorry to bother you, my grandson (3) has got hold of my sleeping tablets and I can't count how many are gone.",
        "omg my toddler drank the vodka i left on the table hes all wobbly",
        "our foster child (7) took some of my suboxone out of the drawer and ate it",
        "the baby had my nicotine pouch in her mouth, shes vomiting",
        "Me wee one's after drinking some of the methadone, what do I do",
        "my 4 year old ate half a brownie that had weed in it, was giggling now hes really drowsy",
        "wee girl had a fentanyl patch in her mouth??? it was on the floor",
        "help help hes been drinking from the antifreeze bottle in garage",
        "baby swallowed one of my pills maybe 20 mins ago, she seems ok rn but should i worry",
        "my daughter ate my mums heart tablets thinking they were smarties",
    };

    public static TheoryData<string> LookAlikes { get; } = new()
    {
        "my 16 year old drank a few beers at the party",
        "my toddler ate the dogs biscuits lol",
        "when she was little my daughter found my pills, i owe her amends",
        "my son is 2 and was checked at a&e after getting into my bag last week, they said hes fine. still feel awful",
        "where do i keep my methadone so the kids cant reach it",
        "years ago my daughter drank some of my methadone and nearly died. i want to write about it for my amends",
        "is it ok to give my 5 year old calpol for a fever",
        "my toddler drank the bath water again lol",
        "my kids love tic tacs and they look like pills, should i stop buying them",
        "my 19 yo had a few beers at the bbq and it triggered me a bit",
        "I worry about what my kids saw when I was using",
        "Do lockboxes for medication actually work? My grandkids are visiting next week.",
        "my son takes his adhd medicine every morning, how do i talk to him about my own addiction",
        "poison control said shell be fine she only licked the wrapper, just shaking now, need to calm down",
        "when my boy was 3 he found my stash. hes 15 now. how do i tell him i remember",
        "My granddaughter keeps asking what my tablets are for. How do I explain methadone to a 6 year old?",
        "toddler ate a crayon lol the purple one",
        "can i take my bupe while the baby is napping or should i wait till my partner is home",
        "the doctor checked him over and says no harm done, how do i stop blaming myself",
        "my step 9 amends list has my daughter on it, she once found my pills when she was little",
        "i have take home doses now, whats the safest way to store them with a toddler in the house",
        "my 17 year old drank at her mates party and came home sick, normal teen stuff or should i worry",
        "my son ate a whole bag of skittles and is bouncing off the walls",
        "what do i say to my kids about why mummy goes to the clinic every day",
        "my niece spat her liquid antibiotic all over the kitchen, we were crying laughing",
        "the paramedics came last night, hes totally fine, just want to talk about it",
        "my 25 year old son drinks every weekend, does that mean hell end up like me",
        "Can you help me write a letter to my son about the time he found my gear when he was small",
        "kids drank all the orange juice again, who raised them lol",
        "Is the childproof cap on the methadone bottle enough or do I need a lock box as well",
        "my toddler pretends to take her vitamins like mummy takes her meds, is that weird",
        "i keep having nightmares about my son finding my pills even though it never happened",
        "my grandkids ate sweets that looked like pills and i panicked but it was just smarties",
    };

    [Theory]
    [MemberData(nameof(Dangers))]
    public void A_child_who_swallowed_a_drug_is_an_overdose(string text)
    {
        var assessment = new CrisisDetector().Assess(text);
        Assert.Equal(CrisisLevel.Crisis, assessment.Level);
        Assert.Equal(CrisisCategory.Overdose, assessment.Category);
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Storage_questions_stories_and_a_childs_own_medicine_are_not_a_crisis(string text) =>
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
}
