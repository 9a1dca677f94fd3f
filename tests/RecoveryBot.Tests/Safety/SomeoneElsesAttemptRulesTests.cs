using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// Someone else's attempt on their life, just made or under way (MD37, MD38, and OD22's "consumed"): "my daughter just
/// tried to kill herself", "found my husband hanging in the shed please help me" got no line from the rules until
/// 2026-12-07. The stories, grief and idioms beside them use the same words. Besides the project's own lines, the
/// dangers and look-alikes of an independent author's set written for the round (the lines the rules were then
/// narrowed on, so not a held-out measure; the round's README section has that).
/// </summary>
public sealed class SomeoneElsesAttemptRulesTests
{
    public static TheoryData<string> Dangers { get; } = new()
    {
        "my daughter just tried to kill herself",
        "my mum has taken an overdose",
        "found my brother hanging in the garage",
        "i just found my dad hanging",
        "my sister is trying to hang herself",
        "my flatmate has stabbed himself",
        "my son just jumped off the roof",
        "my wife has set herself on fire",
        "my boyfriend just tried to kill himself",
        "my dad just shot himself",
        "he slit his wrists, what do i do",
        "my girlfriend cut her wrists, theres blood everywhere",
        "my husband's hanged himself in the garage",
        "my son just tried to hang himself in the garage, i cut him down, hes breathing but barely what do i do",
        "found my husband hanging in the shed please help me",
        "ambulance is on the way, my brother slit his wrists in the bathroom, theres so much blood how do i stop it",
        "My mum has taken an overdose. She's drowsy and slurring and she left a note on the table.",
        "i think my dad just shot himself i heard the gun go off in the bedroom",
        "my wife stabbed herself in the stomach, I'm holding a towel on it, 999 is coming",
        "pls help my daughter cut her throat shes awake but bleeding bad",
        "neighbour has poured petrol over himself in the yard and he has a lighter, I rang the guards",
        "he tried to kill himself. hes on the floor. please what do i do",
        "Brother set himself on fire in the back garden, we put it out with the hose, ambulance coming, what do we do for the burns",
        "my girlfriend just tried to drown herself in the bath, i pulled her out, shes coughing and shaking",
        "found my friend with her wrists cut, shes breathing, im with her, what do i do",
        "omg my cousin just jumped off the balcony, were on the 4th floor, people are running down",
        "my 15 yr old tried to hang himself with his belt in his wardrobe, hes breathing now, ambulance coming",
        "my partner tried to gas herself in the car, i found her, shes confused and being sick",
        "brother shot himself in the chest, he's still alive, I'm pressing on it, ambulance 8 mins out",
        "my friend's taken an overdose and now shes saying sorry over and over and getting sleepy",
        "Please I need help, my father has tried to take his own life, he has cut himself with a razor",
        "Sir my brother has consumed pesticide just now, we are taking him to hospital in auto, what to do",
        "mate's just tried to hang himself off the back verandah, cut him down, ambos on the way",
        "My grandson has cut his wrists in my bathroom. I have telephoned 999. Please tell me what to do until they come.",
        "my best friend just sent me a pic of her wrists all cut up and said bye idk what to do",
        "i came home and my wife was hanging from the banister. i got her down. she has a pulse. what do i do",
        "My friend has just tried to kill himself. I'm sitting with him in A&E and he won't look at me. What do I say",
        "pls my husband slit his throat in the bathroom",
        "my 70 year old dad has tried to shoot himself, the gun jammed, he's sat crying with it in his lap",
        "bf stabbed himself in the leg on purpose cos i said i was leaving, blood is pumping out",
        "my dad has tried to hang himself again, the rope broke, he's lying on the floor",
    };

    public static TheoryData<string> LookAlikes { get; } = new()
    {
        "my girlfriend cut her hair off",
        "my dad hanged himself in 2009 and today is hard",
        "my brother has tried to kill himself twice, i worry about him all the time",
        "my dad just shot himself in the foot with that comment",
        "found him hanging around outside the offie again",
        "my uncle shot himself in the barn when i was 12, i think about him this time of year",
        // Dated since 2026-12-07: undated, OD36 answers "i took an overdose ... after the crash" as now (a loss is when it happens).
        "I took an overdose in the hospital after the crash in 2019 and mum found me",
        "my brother took his own life in 2019 and the anniversary is coming up, how do I get through it sober",
        "my uncle took his own life",
        "my dad shot himself when i was a kid and i think thats where my drinking really started",
        "I was the one who found my mum after she hanged herself. I was 16. I still see it when I close my eyes",
        "my son tried to kill himself when i was using and i wasnt there",
        "Question was what harm did my drinking cause. Honestly? My daughter attempted suicide in 2016 and I was too drunk to visit her in hospital",
        "my team shot themselves in the foot again tonight, lost 3-2 in stoppage time",
        "he's hanging out with his mates tonight so I've got the house to myself, gonna do some step work",
        "he jumped at the chance to chair the meeting lol",
        "I found him hanging around outside the meeting hall again, I don't want him there, how do I tell him",
        "someone shared at the meeting tonight about their wife's suicide and it hit me hard",
        "my best friend killed himself three years ago and I still feel guilty for not picking up the phone that night",
        "how do I make amends to my sister? she overdosed in 2017 and I blamed her for ruining Christmas",
        "my mum attempted suicide when I was 12, I've never told anyone in the rooms",
        "writing my fourth step and my grandad's suicide keeps coming up",
        "read a news story about a man who set himself on fire outside parliament, cant stop thinking about it",
        "my sponsor's dad drowned himself when she was little, she shared it at the speaker meeting",
        "the film had a hanging scene and it took me right back to finding my brother",
        "my cousin slit his wrists years ago, he still has the scars, he's doing well now, 5 years sober",
        "lost my dad to suicide last month. people keep saying he's in a better place and I want to scream",
        "the inquest for my son is next week. he hanged himself in March",
        "me da took his own life when I was small and nobody ever talked about it",
        "my mate reckons he'll top himself if the Bombers lose again lol",
        "my uncle drank poison in 2008 when his business collapsed, the family still does not talk about it",
        "my cousin brother consumed pesticide many years back, today is his death anniversary",
        "mi madda pass from suicide long time, mi never grieve it proper",
        "My late husband shot himself in 1994. I have been sober 20 years and I still think of him every day.",
        "my dog jumped in the lake and ruined my new shoes",
        "my sister jumped down my throat when I mentioned dad at dinner",
        "he's still hung up on his ex and it's driving me mad",
        "she hung up on me when I tried to make my amends",
        "I want to make amends to my old roommate who attempted suicide while we were living together. I was drunk and made it all about me",
        "My son's friend died by suicide and my son is struggling, how do I talk to him about it",
        "there's a bridge near my house where a man jumped years ago, I drive over it every day and think of him",
        "my dad always said he'd drink himself to death and in the end he did",
        "the woman who shared about finding her husband hanging at the open meeting was so brave",
        "in my share I always say my mum's overdose when I was 9 was the day I stopped being a kid",
        "brother tried to gas himself in his car in 2012, he's alright now, married with kids, but I still worry when he goes quiet",
        "Wrote a letter to my dad who killed himself. My sponsor suggested I read it at his grave",
        "my boyfriend threw himself into the new job and I barely see him",
        "she threw herself at him at the party and I was mortified",
        "neighbour's kid jumped off the garage roof onto the trampoline lol",
        "my sponsee's mum took her own life when he was 15, it's coming up in his step work, how do I support him",
        "Mum found her brother after he hanged himself back in the 70s and never drank again until dad died",
        "i keep having nightmares about finding my girlfriend after her overdose last year. she survived but i'm not over it",
        "that podcast about the Golden Gate bridge jumpers was hard to listen to",
        "amends list: my ex wife. I told her to go kill herself once when I was drunk. I need to own that",
        "My grandmother drowned herself in the river in 1962, it's a family secret I only learnt last year",
        "how do you grieve someone who died by suicide when you were so angry at them",
        "my stepdad slashed his wrists in front of me when i was 7. i'm 34 now and 2 years clean",
        "my brother jumped in to defend me at the family dinner, first time ever",
        "my friend poisoned the whole office with her fish curry in the microwave haha",
        "is it normal to still be angry at my dad ten years after his suicide",
        "mum's attempt was in the 80s, nobody called it suicide then, they said she'd had a funny turn",
        "My brother he kill himself 5 years ago in my country, today I remember him and I want to drink, I will call my sponsor",
        "my husband's brother shot himself last Christmas and this year we're hosting, how do I handle it sober",
        "I lied about being there the night my friend tried to kill herself. She knows now. How do I make amends",
        "my nan always said she'd throw herself off a cliff if she had to watch another episode of that soap",
        "we lost the quiz because Dave jumped the gun on the last answer",
        "my best mate's been really flat since his divorce, not drinking, just not himself. how do I ask him if he's ok",
        "my aunty hanged herself when I was a teenager and I think my mum drank to cope, now I'm doing the same",
        "Step 9 question: should I contact the family of the guy who overdosed at my house years ago? I sold him the gear",
        "my sister tried to take her own life after her son died, she's in a good place now and we're planning a trip",
    };

    [Theory]
    [MemberData(nameof(Dangers))]
    public void Someone_elses_attempt_now_is_an_emergency(string text)
    {
        var assessment = new CrisisDetector().Assess(text);
        Assert.Equal(CrisisLevel.Crisis, assessment.Level);
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void A_story_grief_or_idiom_with_the_same_words_is_not_a_crisis(string text) =>
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);

    [Fact]
    public void The_writers_own_danger_beside_a_dated_story_of_someone_else_keeps_its_own_answer()
    {
        var assessment = new CrisisDetector().Assess("Years ago my dad shot himself. I have his gun in my lap right now and I finally understand him.");
        Assert.Equal(CrisisCategory.SuicidalThoughts, assessment.Category);
    }

    [Fact]
    public void Someone_elses_attempt_is_answered_as_an_emergency()
    {
        var assessment = new CrisisDetector().Assess("found my husband hanging in the shed please help me");
        Assert.Equal(CrisisCategory.MedicalEmergency, assessment.Category);
    }
}
