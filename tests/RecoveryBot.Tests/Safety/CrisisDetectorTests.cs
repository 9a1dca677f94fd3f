using System.Diagnostics;
using System.Text.RegularExpressions;
using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

public sealed class CrisisDetectorTests
{
    private readonly CrisisDetector _detector = CombinedDetector.Instance;

    [Theory]
    [InlineData("this exercise is killing me")]
    [InlineData("dying to see my kids")]
    [InlineData("dead tired")]
    [InlineData("my friend overdosed two years ago, that was my wake-up call")]
    [InlineData("I could kill for a coffee")]
    [InlineData("my boss will kill me if I'm late")]
    [InlineData("I nearly died laughing")]
    [InlineData("the cravings are killing me")]
    [InlineData("I want to kill this habit")]
    [InlineData("I hurt my mom when I was using")]
    [InlineData("my dad used to hit the bottle")]
    [InlineData("my uncle overdosed back in 2015 and it changed our family")]
    [InlineData("I'd die of embarrassment")]
    [InlineData("acknowledging harm")]
    [InlineData("the harm I caused")]
    [InlineData("This Exercise Is KILLING me 😂")]
    [InlineData("my sponsor would kill me if he saw this")]
    public void Dark_idioms_and_recovery_talk_are_not_a_crisis(string text)
    {
        var a = _detector.Assess(text);
        Assert.Equal(CrisisLevel.None, a.Level);
        Assert.Equal(CrisisCategory.None, a.Category);
        Assert.Equal(CrisisAssessment.NoRuleId, a.RuleId);
    }

    // The 2026-11-30 rules (SU23, SH11, MD21, HO11, VH12 and the OD01 exception), as the rules alone decide: ordinary
    // amends talk, tempers and cravings are not a crisis, and the dangers they were written for still are. HO01 and SU04
    // no longer fire on hurt feelings or the end of a relationship.
    [Theory]
    [InlineData("I'm scared the truth will hurt her")]
    [InlineData("seeing me like this would kill my mum")]
    [InlineData("I need to end it for good with him")]
    [InlineData("I didn't want to hurt her")]
    [InlineData("I didn't cut myself on purpose")]
    [InlineData("hit my head on the cupboard, not on purpose")]
    [InlineData("My wife just had a fit when she found the bottles")]
    [InlineData("he has fits of rage when he drinks")]
    [InlineData("Waiting for the cravings to finally die down")]
    [InlineData("My wife keeps laying into me about the drinking")]
    [InlineData("I overdosed on coffee this morning, jittery as hell")]
    public void Recovery_talk_near_the_new_rules_is_not_a_crisis_by_the_rules(string text)
    {
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    [Theory]
    [InlineData("I had a seizure this morning coming off xanax")]
    [InlineData("I think I overdosed on caffeine pills")]
    [InlineData("i took a whole packet of paracetamol an hour ago")]
    [InlineData("gonna top myself")]
    [InlineData("I am going to batter him tonight")]
    [InlineData("his hands are around my throat and he's in the next room")]
    [InlineData("punched the wall till my hand broke on purpose")]
    [InlineData("I am going to hurt her when she gets home")]
    [InlineData("i want to end it all tonight")]
    public void The_dangers_the_new_rules_were_written_for_are_a_crisis_by_the_rules(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // The fifth round's rule families (SU24, SU25, OD21, VH13, HO12, MD22), as the rules alone decide: each fires on the
    // danger it names, in words of its own, and stays quiet on the everyday look-alikes beside it.
    [Theory]
    [InlineData("SU24", "parked by the viaduct. jumping once it gets dark, bye")]
    [InlineData("SU24", "on the ledge at work. jumping in a minute")]
    [InlineData("SU25", "suicide tonight. tell mum sorry")]
    [InlineData("SU25", "suicide is my decision. this weekend")]
    [InlineData("OD21", "halfway through my tablets now, 30 so far")]
    [InlineData("OD21", "12 oxy down so far, going to finish the bottle")]
    [InlineData("VH13", "my son is battering me for money and he is still in the house")]
    [InlineData("VH13", "he is trying to kick the door down, I am in the bedroom")]
    [InlineData("HO12", "gonna run my ex over with the van when she leaves work")]
    [InlineData("HO12", "i will smash his face in")]
    [InlineData("MD22", "my mate went grey and is not coming round")]
    [InlineData("MD22", "cut my hand on a bottle and the blood will not stop")]
    [InlineData("MD22", "right now I'm bleeding a lot and it won't stop")]
    [InlineData("MD22", "cut too deep, bleeding really badly and it still wont stop")]
    [InlineData("MD22", "my arm wont stop bleeding")]
    [InlineData("MD22", "the bleeding hasn't stopped for an hour")]
    // The sixth round's families (written from crisis-wording-5.tsv), in words of their own.
    [InlineData("OD22", "i drank a glass of bleach about ten minutes ago")]
    [InlineData("OD22", "swallowed some weedkiller from the shed")]
    [InlineData("MD23", "third day since I stopped drinking and I keep seeing things on the walls")]
    [InlineData("MD23", "day 3 off the drink and now I'm seeing things in the corners")]
    [InlineData("SU26", "loading the shotgun now. sorry everyone")]
    [InlineData("SU26", "sat in the car with the pistol under my chin")]
    [InlineData("HO13", "going round there with a machete tonight")]
    [InlineData("HO13", "standing over him with the bat while he sleeps")]
    [InlineData("VH14", "her husband is strangling her in the kitchen")]
    [InlineData("VH14", "he has got me locked in the bathroom")]
    [InlineData("OD22", "i drank half a bottle of bleach")]
    [InlineData("SU26", "i loaded my dads shotgun tonight")]
    [InlineData("HO13", "i intend to smother my stepdad with a pillow")]
    // The seventh round's families (written from crisis-wording-6.tsv), in words of their own.
    [InlineData("SH12", "im burning right now, i cant stop")]
    [InlineData("SH12", "pulling my toenails out again")]
    [InlineData("OD23", "overdose happening in the flat, what do I do")]
    [InlineData("OD24", "had my methadone and some valium and can barely stay awake")]
    [InlineData("MD24", "vomiting black stuff and my stomach is killing me")]
    [InlineData("MD24", "one side of my face has gone numb after those lines")]
    [InlineData("SU27", "no more me by sunday")]
    [InlineData("SU27", "thinking about jumping off it tonight")]
    [InlineData("SU28", "nan passed last year, joining her on friday, it is all planned")]
    [InlineData("SU29", "on the rooftop of my building, had a lot to drink")]
    [InlineData("HO14", "i am going to set their caravan on fire with them inside it")]
    [InlineData("HO15", "grabbing the crowbar for him tonight")]
    [InlineData("VH15", "my dad is threatening me with a broken bottle")]
    public void The_fifth_round_rules_fire_on_the_dangers_they_name(string ruleId, string text)
    {
        var a = new CrisisDetector().Assess(text);
        Assert.Equal(CrisisLevel.Crisis, a.Level);
        Assert.Equal(ruleId, a.RuleId);
    }

    // Found by an independent review: real dangers that an over-broad exception of the sixth round silenced.
    [Theory]
    [InlineData("my husband is beating me in the kitchen right now")]
    [InlineData("he beats me in the bedroom when he is drunk")]
    [InlineData("he is beating her up in the living room")]
    [InlineData("i overdosed on pills at work and i feel really weird")]
    [InlineData("i want to cut down my arm again tonight")]
    [InlineData("im so scared of the bugs crawling all over me")]
    [InlineData("i think he is dying lol what do i do")]
    [InlineData("goodbye everyone. i said it was the last time and i meant it")]
    [InlineData("I stopped drinking two days ago, had a fit an hour ago, what if it happens again")]
    [InlineData("game over. loading the shotgun now")]
    [InlineData("i drank bleach cause i cant stay clean")]
    [InlineData("im going round there with a knife to fix him for good")]
    public void Dangers_an_over_broad_exception_once_silenced_are_a_crisis_by_the_rules(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // Found by an independent review of the seventh round: real dangers its first "story told from safety" rule and
    // narrowed exceptions silenced (a count of years sober is not a story; a present clause is judged on its own).
    [Theory]
    [InlineData("Nine years sober. My husband relapsed, he's not breathing and his lips are blue")]
    [InlineData("12 years sober and I just swallowed a whole bottle of my sleeping pills")]
    [InlineData("Ten years sober, my son is blue and won't wake up, what do I do")]
    [InlineData("I'm 2 years clean and I'm having a seizure")]
    [InlineData("3 years sober and I'm cutting myself now, can't stop")]
    [InlineData("Six months sober and I have decided to end my life on Friday")]
    [InlineData("5 years sober and I'll kill myself if she leaves")]
    [InlineData("4 years sober and my dad is threatening me with a knife")]
    [InlineData("I'm clean now but my friend is unresponsive on the bathroom floor")]
    [InlineData("6 months since my wife left so i am going to kill myself tonight")]
    [InlineData("even though im clean now i want to kill myself")]
    [InlineData("im in year 9 i want to kill myself")]
    [InlineData("I just hurt myself really badly, there's a lot of blood")]
    [InlineData("my boyfriend took his methadone and now he is so sleepy his breathing is slow")]
    [InlineData("she is exhausted her breathing is really shallow")]
    [InlineData("Two years clean and I'm grateful to be alive but I cut my wrists today")]
    public void Dangers_the_seventh_rounds_first_exceptions_silenced_are_a_crisis_by_the_rules(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // A story told from safety: its past clause gets no crisis line at all, where a past mention alone gets a kind word.
    [Theory]
    [InlineData("Overdosed in 2014, spent a week in intensive care. Nine years sober now and I tell that story at meetings.", CrisisLevel.None)]
    [InlineData("Back in 2016 I tried to hang myself. It is behind me, I share it so newcomers know.", CrisisLevel.None)]
    [InlineData("Back in 2016 I tried to hang myself.", CrisisLevel.Concern)]
    [InlineData("Back in 2016 I tried to hang myself. I'm thinking about it again.", CrisisLevel.Concern)]
    public void A_story_told_from_safety_gets_no_line_but_a_past_mention_alone_gets_a_kind_word(string text, CrisisLevel expected)
    {
        Assert.Equal(expected, new CrisisDetector().Assess(text).Level);
    }

    // Tenth round: a rule that let a story dated years back and told from safety go without a line was tried and
    // withdrawn after an independent review found 57 of its 171 messages downgraded (Safety/README.md). These are the
    // dangers it must never carry off: written for it, and the review's (a date before a comma-joined present danger, a
    // clock time or an amount taken for a year, a comparison with the past made now, a year alone after the danger).
    [Theory]
    [InlineData("Ten years ago I got sober, I have taken all my pills")]
    [InlineData("When I was 19 I overdosed. 12 years clean. Took 50 of my mum's pills, feeling sleepy.")]
    [InlineData("I got clean in 2010, but I took all my pills")]
    [InlineData("That was years ago. I've swallowed all my tablets.")]
    [InlineData("My friend OD'd at my place and stopped breathing, happened to me years ago. I'm 6 years clean.")]
    [InlineData("In 2012 I tried to hang myself, 10 years sober, I have the rope round my neck")]
    [InlineData("Overdosed back in 2015. Sober 8 years. Took all my tablets with vodka.")]
    [InlineData("I'm 5 years sober. Took 2000 mg of paracetamol, and in 2000 mg more in an hour")]
    [InlineData("Sober 3 years. At 11 I took all my pills")]
    [InlineData("Sober 3 years. Took all my pills at 10")]
    [InlineData("Clean since 2019. I once again cut myself deep and it won't stop bleeding")]
    [InlineData("found my brother not breathing at 11, ambulance on the way")]
    [InlineData("drank half a bottle of bleach at 11")]
    [InlineData("I took the whole bottle of my seroquel at 11.")]
    [InlineData("took 60 of my paracetamol at 10, feel sick")]
    [InlineData("I'm cutting again like before I got clean")]
    [InlineData("I overdosed like the first time I tried to quit")]
    [InlineData("I'm on the bridge where I once jumped, 5 years sober, goodbye")]
    [InlineData("I have the same pills I once overdosed on in my hand, 4 years clean, goodbye")]
    [InlineData("When I was 19 my brother found me after I overdosed, now I'm 8 years clean, and I found my son on the floor, he's not breathing, his lips are blue")]
    [InlineData("Ten years ago I lost my brother to heroin, I'm sober 9 years, and I took 60 of my tablets with vodka")]
    [InlineData("When I was 17 my dad hit my mum, I got clean 5 years ago, my husband punched me and he is in the kitchen with a knife")]
    [InlineData("In 2010 I drink too much, I am sober 12 year, I drink antifreeze, I feel very bad")]
    [InlineData("Back in 2014 I overdosed, clean 9 years, now he is blue and not breathing on my floor")]
    [InlineData("Years back I tried pills, sober 3 years, jump off the bridge now, goodbye")]
    [InlineData("i just needed to write this down, years back i od'd, clean 4 years, took a load of fent, he is blue not breathing")]
    [InlineData("I was doing good but I took 50 of my sleeping pills with wine. My first attempt was like this. 2016. Clean since.")]
    [InlineData("Took 40 of my sleeping pills with wine. Same as my first attempt. That was 8 years ago, I've been sober since.")]
    [InlineData("I swallowed the whole bottle of my antidepressants. 2018. I was 5 years clean.")]
    public void A_date_years_back_does_not_carry_a_present_danger_into_the_story(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // Tenth round: Scots said plainly is a crisis by the rules, as the same words in standard English are.
    [Theory]
    [InlineData("Gonnae kill masel the night, naebody will miss me")]
    [InlineData("am gonnae end it aw the nicht")]
    [InlineData("cannae dae this nae mair, wantae kill masel")]
    [InlineData("I no can breathe, I take too much of the pills")]
    // Thirteenth round: "i want" with the bare verb, as three authors' second-language lines write it (each was not a
    // crisis by the rules before).
    [InlineData("every day I want die")]
    [InlineData("I want hurt him tonight, he is sleeping now")]
    [InlineData("I want sleep forever, the pills are in my hand")]
    [InlineData("cannae cope and am gonnae end it the night")]
    [InlineData("cannae cope, am gonnae kill masel the night and naebody will stop me")]
    // An answer said first is not a negation of what follows (an independent review of the round found "naw", read as
    // "no", turning these into a Concern; "no i want to die" was one already).
    [InlineData("naw i want to die")]
    [InlineData("nah i wanna die tonight")]
    [InlineData("no i want to die")]
    [InlineData("nuh i am going to kill myself")]
    [InlineData("nae i want to end it")]
    [InlineData("naw a'm gonnae kill masel")]
    [InlineData("nah am gonna kill myself")]
    public void Scots_and_second_language_statements_are_a_crisis_by_the_rules(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // ...and English that looks like them is read as English: "live in the now" is not "right now", which would bring a
    // past into the present; "relive the night" is not tonight.
    [Theory]
    [InlineData("I used to want to kill myself before I learned to live in the now")]
    [InlineData("Back when I used to cut myself I never lived in the now")]
    [InlineData("I tried to kill myself back in 2015, 8 years sober, it is all behind me but I relive the night")]
    [InlineData("I am not going to hurt myself, no i am going to the meeting")]
    [InlineData("No breathing problems since I quit smoking, and I can run for the bus again")]
    [InlineData("Weaning off methadone slowly, my doctor is happy with how the wean is going")]
    [InlineData("I no want die, I want stop drinking and see my kids grow")]
    [InlineData("I no want sleep forever, I want wake up early and go to gym")]
    [InlineData("My mother want die at home, not in hospital")]
    [InlineData("Nobody want die from this drug, so I go to detox")]
    [InlineData("This heat wan kill everybody today o")]
    [InlineData("I no want hurt my family anymore, so I stop drinking")]
    public void English_that_looks_like_dialect_is_not_a_crisis_by_the_rules(string text)
    {
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // Fourteenth round: Pidgin, patois and Yorkshire dangers, and second-language English, read as the same words in
    // English are (written for this test, in the forms development files 13 showed; none was a crisis by the rules before).
    [Theory]
    [InlineData("abeg make una no vex, i go end am tonight")]
    [InlineData("my papa don drink, e say e go kill me, i dey hide for kitchen")]
    [InlineData("mi a go hang miself tonight, mi done")]
    [InlineData("him have a machete an him a chase mi mada")]
    [InlineData("keep smackin me head off t' wall, there's blood")]
    [InlineData("I no want live no more, my children gone")]
    [InlineData("tonight I finish with my life, is decided")]
    [InlineData("my uncle fall down and hit the head, now no answer me")]
    [InlineData("my grandma one side face go down, she cannot talk")]
    [InlineData("he drop down shaking and his eyes roll back")]
    [InlineData("I took many pastillas with the rum and my heart is very slow")]
    [InlineData("i buy rat poison for take tonight")]
    [InlineData("i burn my arm with the lighter when the craving come")]
    // An independent review's lines: dangers the first version missed or lost.
    [InlineData("e no dey breathe, my brother e no dey wake")]
    [InlineData("my pikin fall down from stairs, e no dey talk, e no dey answer me")]
    [InlineData("mi jus waan dead tonight")]
    [InlineData("mi cut mi wrist an mi a bleed bad")]
    [InlineData("im beat mi madda an im a come fi mi now")]
    [InlineData("mi bredda a run after mi wid a knife")]
    [InlineData("mi bredda drop dung an nah ansa mi")]
    [InlineData("'e's hittin' me again, 'e's got a knife")]
    [InlineData("I want t' die")]
    [InlineData("dey took my kids, i don want to live anymore")]
    [InlineData("my brother just had a fit and e no dey wake, wahala")]
    [InlineData("wahala, my husband is having a fit on the floor")]
    [InlineData("mum fell drunk and hit her head, bleeding, not answering me")]
    [InlineData("mi a go dead tonight, mi done wid it")]
    // Read in set 19's misses after its final scoring (so set 20 must measure them): a child who got into the drugs, and
    // someone who can hardly be woken, in Appalachian "cain't".
    [InlineData("my boy got into my pills while I was passed out, he is real sleepy and floppy")]
    [InlineData("she cain't hardly wake him, he's breathin funny")]
    // A final independent review's lines: dangers that the round's exceptions or its Pidgin reading silenced.
    [InlineData("my boyfriend choked me in my sleep last night")]
    [InlineData("he choked me with a pillow")]
    [InlineData("my husband punched me at the match today")]
    [InlineData("my NA sponsor is useless, A&E too. im on the ledge rn")]
    [InlineData("dey kicked me out. im on the bridge now")]
    [InlineData("Been going to NA since my A&E visit. I took 40 pills about an hour ago")]
    [InlineData("my mum fell, one side of her face has gone down and she cant smile or talk")]
    [InlineData("my son is shaking so hard and his eyes rolled back")]
    [InlineData("my dad fell and hit his head. he is not answering, im on the phone to 999")]
    [InlineData("i fell off the wagon last night and fell down the stairs and hit my head, now im confused and being sick")]
    [InlineData("i took too many pills for the first time in my life tonight")]
    // Read as Pidgin ("abeg"), whose "im" is "him": the plain reading ("i am on the ledge") still counts.
    [InlineData("abeg im on the ledge rn")]
    public void Pidgin_patois_yorkshire_and_second_language_dangers_are_a_crisis_by_the_rules(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // ...and everyday talk in the same voices stays everyday by the rules.
    [Theory]
    [InlineData("abeg this traffic go kill me, three hours for one place")]
    [InlineData("i dey laugh sotey, my sister get joke")]
    [InlineData("mi a go church wid mi madda on Sunday")]
    [InlineData("I fell off the wagon last month and my sister is not talking to me")]
    [InlineData("He rolled his eyes when I said I was shaking off the cravings")]
    [InlineData("The kids were chasing me round the yard with a water gun")]
    [InlineData("I bought bleach to clean the bathroom before my mum visits")]
    [InlineData("I burnt my hand on the iron this morning, clumsy me")]
    [InlineData("Three week sober. It's nowt much but it's more than last year")]
    // An independent review's look-alikes, each a crisis by the first version of the round's rules or reading.
    [InlineData("I bought bleach for the bathroom to take the mould off")]
    [InlineData("I got some poison to take care of the mice in the shed")]
    [InlineData("Mi buy rat poison fi tek care a di rats dem")]
    [InlineData("I fell down the stairs yesterday lol, I'm fine. My sponsor is not answering")]
    [InlineData("The shelf fell down again and the landlord isn't answering")]
    [InlineData("I need to hit the head, then I'm off to bed, so sleepy")]
    [InlineData("If I fall off the wagon I'll be throwing up again")]
    [InlineData("My eyes rolled back so hard when he said that, I nearly fell off my chair")]
    [InlineData("This cake is so good my eyes rolled back and my hands were shaking lol")]
    [InlineData("My son had his wisdom teeth out, one side of his face has gone down now")]
    [InlineData("The beer foam coming out of the mouth of the bottle went everywhere")]
    [InlineData("I burnt my hand with the lighter trying to light the bbq")]
    [InlineData("I keep hitting my head on the wall cabinet in the new kitchen")]
    [InlineData("It took many months for my meds to settle down")]
    [InlineData("I took plenty of water with my pills this morning")]
    [InlineData("I have taken many tablets over the years but I'm stable now")]
    [InlineData("He smacked me for six in the cricket match")]
    [InlineData("My daughter smacked me in the face with a pillow during our pillow fight")]
    [InlineData("My wife whacks me with her elbow in her sleep")]
    [InlineData("In Resident Evil the guy with the chainsaw and an axe keeps chasing me lol")]
    [InlineData("I had a dream a man with a knife was chasing me")]
    [InlineData("My cat was chasing my kids, I was chopping onions with the big knife")]
    [InlineData("I finish with everything for work today, going home now")]
    [InlineData("I want to finish with my life as a drinker")]
    [InlineData("Mi a shoot a music video wid a gun prop, di yout dem a chase mi")]
    [InlineData("nuh uh, im not doing that, I need a drink")]
    // Patois "a go dead mi" with an object is "going to kill me", said of a boss or the weather (read after set 18).
    [InlineData("dis new boss a go dead mi wid overtime, mi tired")]
    // The final review's look-alikes.
    [InlineData("my mum fell out with me and she is not talking to me")]
    [InlineData("my sponsor dropped me last week and she is not answering")]
    [InlineData("my son fell off the wagon and he is not answering")]
    [InlineData("her eyes rolled back and she was shaking her head")]
    [InlineData("i cant hardly wake my husband for work")]
    [InlineData("i always fall down the rabbit hole on youtube when im sleepy")]
    [InlineData("my sponsor smacked me with the truth today")]
    [InlineData("when we play cod i always take the sniper")]
    [InlineData("the kids got into my stash of chocolate")]
    [InlineData("my son got into my meds cabinet and made a mess")]
    [InlineData("in the end am i going to be okay")]
    [InlineData("after rehab its time to finish with my life")]
    public void Everyday_talk_in_those_voices_is_not_a_crisis_by_the_rules(string text)
    {
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // Fifteenth round: Swahili and Sheng, Guyanese, Trinidadian and Bajan, Geordie and Glaswegian, and second-language
    // English, in the forms development files 14 showed (written for this test; none was a crisis by the rules before).
    [Theory]
    [InlineData("nataka kujiua leo usiku, nimechoka na maisha")]
    [InlineData("nitajinyonga kesho asubuhi, kamba iko tayari")]
    [InlineData("nimemeza dawa zote za mathe, roho inapiga fast sana")]
    [InlineData("buda ana panga, anasema atatuua sisi wote")]
    [InlineData("niko bafu na wembe, nataka kujikata")]
    [InlineData("mtoto amemeza sumu, hapumui")]
    [InlineData("niko kwa reli sai, train ikikuja nadive")]
    [InlineData("ahm ootside his close wi a blade right now")]
    [InlineData("I have decided to walk inside the water tonight")]
    [InlineData("not gonna be here in the mornin")]
    [InlineData("I will jump from the scaffolding tomorrow morning")]
    [InlineData("she is shaking and her eyes rolling, she dont answer me")]
    [InlineData("muh sister husband beatin she wid a board, he say he gine kill she")]
    [InlineData("ah cyah do dis again. ah goin up de lookout tonight an ah jumpin")]
    // An independent review's lines the first version missed.
    [InlineData("Nataka kufa leo usiku")]
    [InlineData("Sitaki kuishi tena")]
    [InlineData("Nimemeza vidonge vyote")]
    [InlineData("Ah gine kill mehself tonight")]
    [InlineData("he gine kill meh, he have de cutlass")]
    // The final review's: an emoji or a star stuck to the verb, and a threat HO16's first exceptions silenced.
    [InlineData("nitajiua😭")]
    [InlineData("*nitajiua*")]
    [InlineData("leo nitajinyonga💔")]
    [InlineData("atatuua😭")]
    [InlineData("I'm outside his house with a hammer. over the fence and through his window tonight")]
    public void Swahili_caribbean_and_northern_dangers_are_a_crisis_by_the_rules(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // The same review: English that looked creole to the first version ("meh", "de", "doh" switched the reading on) lost
    // the model's crisis; it keeps it now, and the model judges a Swahili message by its plain reading.
    [Theory]
    [InlineData("Meh. De everyone will be better off soon, I promise")]
    [InlineData("Meh. De I'm so tired of being a burden, it ends soon")]
    [InlineData("Meh. De pain won't stop, I've said my goodbyes, doh worry about me anymore")]
    public void English_that_only_looks_creole_keeps_the_models_crisis(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, CombinedDetector.Instance.Assess(text).Level);
    }

    // ...and everyday talk in the same voices, and English with a Swahili-looking name, stays everyday by the rules.
    [Theory]
    [InlineData("Leo and Mimi came to the meeting with Ana tonight")]
    [InlineData("Ana said the panga scene in the film was brutal")]
    [InlineData("my mate Leo is jumping from the plane tomorrow, skydiving for charity")]
    [InlineData("niko poa sana leo, nimeenda kanisa na mathe")]
    [InlineData("nimechoka na kazi hii, boss atanimaliza leo")]
    [InlineData("hii joto itaniua, siwezi")]
    [InlineData("mathe amenipigia simu, tunaenda sokoni kesho")]
    [InlineData("nilikuwa najikata zamani, sasa niko sawa")]
    [InlineData("me neighbour son drinking bad bad but he nah hurt nobody")]
    [InlineData("I walked along the pier and sat on the seawall, lovely evening")]
    [InlineData("my kid is jumping on the scaffolding at the building site, grounded him")]
    [InlineData("her eyes rolling at me again, teenagers")]
    [InlineData("i am jumping for joy, 90 days today")]
    [InlineData("the kids are jumping in the lake now, so hot")]
    // An independent review's look-alikes, each a crisis by the first version of the round's reading or rules.
    [InlineData("Mathe ataniua akijua nimerelapse")]
    [InlineData("Kesho sitaamka mapema, ni Jumamosi")]
    [InlineData("Mtoto haamki mapema siku hizi, analala sana")]
    [InlineData("Nimekunywa dawa zote za leo kama daktari alisema")]
    [InlineData("Buda ana bunduki ya kuwinda")]
    [InlineData("Mathe ana kisu ya jikoni, anakata sukuma")]
    [InlineData("Rafiki yangu alijaribu kujiua zamani, sasa ni counsellor")]
    [InlineData("Nitampiga simu mathe kesho")]
    [InlineData("Buda ataniua nikichelewa kurudi keja leo usiku")]
    [InlineData("Ningejiua kama si familia yangu, asante Mungu niko hai")]
    [InlineData("Stepping off the scaffolding now, done for today")]
    [InlineData("My eyes are rolling, this meeting is so long, someone fell asleep")]
    [InlineData("Told dad I'd relapsed, he shook his head and his eyes were rolling")]
    [InlineData("I am waiting outside his close with my hammer, fixing his gate")]
    [InlineData("My dad was frothing at the mouth when he saw the bill")]
    public void Everyday_talk_in_swahili_caribbean_and_northern_voices_is_not_a_crisis_by_the_rules(string text)
    {
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // The same review: dangers only the model finds, told after a history; it must read the whole message.
    [Theory]
    [InlineData("Long time ago I try hang, now I have 3 year sober, I hang rope in garage, chair ready, goodbye")]
    [InlineData("way back i attempted, got clean, hung a rope off the loft hatch, goodbye")]
    public void A_history_in_front_does_not_keep_the_model_from_a_present_danger(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, CombinedDetector.Instance.Assess(text).Level);
    }

    // Present dangers told beside one's own past and recovery: an independent review of the eighth round built these
    // against a first "dated story" rule that silenced 15 of them (it was withdrawn). They must stay a crisis. Two were
    // missed by main's rules as well; a recent time ("an hour ago", "tonight") now outweighs a past marker, which
    // mends one ("Took 30 pills an hour ago like I used to back in the day"); the other ("Clean for 3 years, relapsed,
    // took a load of pills, like back in the day") is still dismissed by its rules as past, a known gap (Safety/README.md).
    [Theory]
    [InlineData("Ten years sober and my sponsee, who I used to drink with, overdosed and stopped breathing. What do I do")]
    [InlineData("I am 9 years clean. My brother, who I used to use with, took a load of heroin and stopped breathing. What do I do")]
    [InlineData("Found my son on the bathroom floor, lips blue, stopped breathing. That was me back in 2015, I'm 9 years clean, I know what this is")]
    [InlineData("Found my son on the bathroom floor and he stopped breathing. It used to be me. 9 years clean. Help")]
    [InlineData("I was 3 years clean. Relapsed and took 30 of my mum's pills, used to do this all the time.")]
    [InlineData("I was 2 years sober. Took 30 pills an hour ago like I used to back in the day")]
    [InlineData("5 years clean. My husband hit me and choked me, like he used to. He has the kids")]
    [InlineData("Years clean, used to be the one who OD'd. My mate overdosed and stopped breathing, please")]
    [InlineData("I'm fine. Used to get like this. Took the whole bottle of pills")]
    [InlineData("Back in the day I used to self harm. Three years clean from it. Cut myself deep, cannot stop the bleeding")]
    [InlineData("I'm 8 years sober. Like in 2012, I took all my pills and stopped breathing. Help")]
    [InlineData("Two years clean. Took 30 pills.")]
    [InlineData("I was 4 years sober. Relapsed, took 30 pills. That was my old life, I'm fine")]
    [InlineData("4 years sober. My dad used to hit my mum and now he's hitting me")]
    [InlineData("Ten years sober and my son overdosed and stopped breathing. I used to be him. what do i do")]
    [InlineData("My friend OD'd at my place and stopped breathing, happened to me years ago. I'm 6 years clean. what do I do")]
    [InlineData("She overdosed and stopped breathing. That's what I used to do. I'm ok, 6 years clean, what do I do")]
    [InlineData("Sober 12 years. My husband overdosed and stopped breathing. It happened to me back in the day. Help")]
    [InlineData("I am safe but my son overdosed on fentanyl and stopped breathing. It was like when I was using. 5 years clean")]
    [InlineData("6 years sober. Took all my pills. That was the plan I used to have")]
    [InlineData("I was 2 years clean. Wrote my note and took all my tablets, like I used to think about")]
    [InlineData("I've been clean for 5 years. Used to think about ending it. Took all my tablets")]
    [InlineData("Been clean since 2019. Swallowed all my pills like I used to")]
    [InlineData("I'm 2 years sober. Bought a rope and wrote my note, like I used to back in 2019.")]
    [InlineData("6 years clean. Took all my insulin and my sugar crashed. It used to happen when I was using")]
    [InlineData("3 years sober. My ex broke in and strangled me, same as he used to. Please")]
    [InlineData("My partner, who I used to drink with, overdosed and went blue. I'm 10 years sober. Help")]
    [InlineData("Years clean. Mate collapsed, lips went blue and stopped breathing. Like it was for me back in the day.")]
    [InlineData("I'm okay. My son took a load of xanax and stopped breathing. It was the same for me years ago.")]
    [InlineData("Sober 4 years. Relapsed, took 40 pills. That's what I used to do. Help")]
    [InlineData("I am fine. Cut my wrists deep. Like I used to as a teen.")]
    public void Present_dangers_told_beside_a_past_and_a_recovery_are_a_crisis_by_the_rules(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // Eleventh round: a danger happening now, told beside a history (a year, an age, a sobriety count, "same as before"),
    // is a crisis by the rules; each line was written for its rule (SH13, SH14, SU30, SU31, SU32, SU33, MD25, MD27, MD28, MD29, OD25, VH16, VH17, VH18, HO16, HO17, HO18, and the seizure,
    // breathing and recency changes), in other words than the development file the rules came from.
    [Theory]
    [InlineData("Same as in 2019, my husband is seizing on the kitchen floor", "MD03")]
    // The README's two examples.
    [InlineData("Same as in 2019, he is seizing on the floor", "MD03")]
    [InlineData("Five years sober and I'm in the garage with the engine running", "SU30")]
    [InlineData("i just swallowed 30 of my mums sleeping pills, been hoarding them since 2021", "OD02")]
    [InlineData("Clean four years and I'm bleeding through the bandage again", "SH13")]
    [InlineData("the razor is in my hand, first time since rehab in 2018", "SH13")]
    [InlineData("I stopped in 2019. The new ones I made tonight on my wrist are deep", "SH14")]
    [InlineData("He relapsed after two years. He's breathing maybe twice a minute", "MD27")]
    // A second review: MD27's exception for breathing exercises must not silence MD12's other signs.
    [InlineData("I'm doing the breathing exercise from group to stay calm but he's slurring and nodding off and his breathing is really shallow", "MD12")]
    [InlineData("I'm sat in the garage with the engine running, 6 years sober and done", "SU30")]
    [InlineData("I have my granddad's pistol in my lap right now. He used it in 1998.", "SU31")]
    [InlineData("Tried twice back in my twenties. The third attempt is tonight.", "SU30")]
    [InlineData("Back in 2016 I overdosed by accident. I'm going to do it on purpose this time.", "SU30")]
    [InlineData("I had fits coming off the booze years ago. I just had another one and I'm on my own", "MD25")]
    [InlineData("Relapsed after 3 years sober. I just used again and I can't feel my arms", "MD29")]
    // MD03 itself since 2026-12-07: "she is" right before its match keeps it in the present (MD28 was written for this).
    [InlineData("She's seizing again like she did in 2019", "MD03")]
    [InlineData("I stopped for a year. I just did it again, a lot of pills this time", "OD25")]
    [InlineData("I used to joke about it back in 2016. I've got the plastic bag and the tape ready now", "SU33")]
    [InlineData("He swore in 2020 he'd changed. He's kicking the front door in and screaming", "VH16")]
    [InlineData("she's pinning me down, she said she'd stopped drinking years ago", "VH16")]
    [InlineData("My dad used to drink and now he's dragging my mum by her hair", "VH16")]
    [InlineData("He was fine for 2 years. He just broke my wrist, he's in the kitchen", "VH17")]
    [InlineData("I did time back in 2012. I'm parked outside her flat with a knife", "HO16")]
    [InlineData("Same as when I was 20, I'm holding the hammer and he's asleep upstairs", "HO17")]
    [InlineData("5 years sober and I'm about to burn his house down, the petrol's in the boot", "HO18")]
    [InlineData("5 years since my attempt and I'm back on the ledge, just standing here looking down", "SU32")]
    [InlineData("She swore in 2018 it was over. She just broke my nose and she's still in the kitchen", "VH18")]
    public void A_danger_now_beside_a_history_is_a_crisis_by_the_rules(string text, string ruleId)
    {
        var assessment = new CrisisDetector().Assess(text);
        Assert.Equal(CrisisLevel.Crisis, assessment.Level);
        Assert.Equal(ruleId, assessment.RuleId);
    }

    // Eleventh round, an independent review of its rules: dangers of the same families in other words (each missed or
    // silenced by a first version of the rules), and everyday look-alikes each first version fired on.
    public static TheoryData<string> ReviewedDangersOfTheEleventhRound { get; } = new()
    {
        "I'm on the kitchen floor, it's deep this time, bleeding through the towel",
        "Cancelled my therapy. The blade is in my hand",
        "Tell mum I love her, don't do anything stupid she'll say. Sitting in the garage with the engine running",
        "Haven't eaten since lunch. I'm sat in the garage with the engine running",
        "I'm sat in the garage with the engine running, packing it all in",
        "I'm not moving from this spot, gun in my lap tonight",
        "He lost money on the game and now he's kicking the bedroom door in, I'm hiding in the bathroom",
        "The police came last time and did nothing. He's pinning me down right now",
        "He's dragging my sister by her hair, he's mad about something on the show",
        "I'm parked outside his house with a knife and I'm not joking",
        "I'm outside his house with a gun, this is no joke",
        "Parked outside her flat with a knife. I don't do threats, I do things",
        "Game over for him. I'm holding the hammer, he's asleep upstairs",
        "Car is running in the garage with the door shut",
        "My next attempt will be tonight",
        "Second attempt tonight, nobody will stop me",
        "The gun is on my lap and I'm ready",
        "I'm holding dad's gun now",
        "I've got a plastic bag and tape ready",
        "Seizure again, just had another one",
        "Just used again, can't feel my legs",
        "Used again after 3 years and I can't feel my legs",
        "My husband is kicking the bedroom door in",
        "My dad is dragging my mum by her hair",
        "My boyfriend just broke my arm",
        "He is kicking in the door",
        "He is trying to kick the bedroom door down",
        "He's just broken my arm",
        "He has me pinned down",
        "He just pinned me to the wall",
        "I'm sat outside his house with a knife",
        "I'm outside his house with a baseball bat",
        "I am outside his front door with a hammer",
        "Parked outside my ex wife's house with a knife",
        "Parked outside her house. Got a knife with me",
        "I'm holding a knife and he's asleep",
        "I've got the hammer, he's asleep",
        "Going to set fire to his house tonight, got the petrol",
        "Going to burn it down with him in it, petrol is in the car",
        "He's only taking 2 breaths a minute",
        "He's breathing like 3 or 4 times a minute",
        "He breathes about once a minute",
        "He's having a seizure like he did in 2019",
        "She's seizing again like she did months ago",
        "Took 40 pills 1 hour ago like I used to back in the day",
    };

    public static TheoryData<string> ReviewedLookAlikesOfTheEleventhRound { get; } = new()
    {
        "Missed the Tuesday meeting but the next one is tomorrow",
        "The next one is tonight, see you all at the Thursday meeting",
        "Sorry I missed it, the next one is tomorrow right?",
        "Failed my driving test again, the third attempt is tomorrow",
        "The next attempt is tomorrow, fingers crossed I pass my theory test",
        "Had my first covid jab in March, the second one is today",
        "Loved the course, the last one is tonight and I'm gutted",
        "Finals week! The final one is tomorrow, wish me luck",
        "Sat in the garage with the engine running listening to the end of a podcast",
        "I'm going to do it on purpose just to wind my sister up",
        "My son put his nerf gun in my hands and now we're at war lol",
        "Playing the new Call of Duty tonight, the rifle in my hands feels so real",
        "Plastic bag over my cast with tape so I can shower now",
        "Wrapped my leg cast in a plastic bag with duct tape, ready for the shower",
        "I want to go deeper in my recovery, cut out the people who drag me down",
        "Going to go deeper into the big book this year and cut back on screen time",
        "Cut my thumb on the tile cutter, it's deep this time, might need stitches",
        "My knee is still bleeding through the dressing after the op, nurse says it's normal",
        "The dog bit me, bleeding through the bandage, off to urgent care",
        "New tattoo is bleeding through the dressing, is that normal?",
        "My brother is bleeding through the bandage after his football match, he's fine",
        "Fitting carpet all day, Stanley blade in my hand so long I've got cuts everywhere",
        "Cut the new ones I made into squares for the meeting",
        "Parked outside my mum's house with my hammer, doing her shelves today",
        "Sitting outside my sister's house with the bat, waiting for my nephew to come out for cricket",
        "Sitting outside my ex's place with the gas can, his mower ran out",
        "Meal prepping at 6am, I'm holding the knife like the chef on youtube showed, everyone is still asleep",
        "I'm holding the bat properly now, been practising before our matches",
        "Paintball stag do, I'm holding the gun like a pro, going to kill it",
        "My dad's going to burn the house down one day, he keeps falling asleep smoking on the sofa",
        "The kids are going to burn the house down with that lighter they found",
        "I'm going to burn the place down with this curry, petrol station takeaway would be safer",
        "My sponsor is great, she's pinning me down to a meeting schedule",
        "They're pinning me to the rota every weekend at work",
        "Five-a-side tonight. Their keeper is massive, he just broke my finger saving a shot",
        "My toddler headbutted me, she just broke my nose I swear",
        "My husband lost his keys again, he's banging the back door down to get in",
        "Sober life fits me. I just had another one of those days where I didn't think about drinking",
        "The baby had a coughing fit in the night and she just had another one",
        "I just did it again, forgot to take my pills",
        "Just did it again, left my tablets at home",
        "My therapist taught me resonance breathing, breathing 6 times a minute. Really helps cravings",
        "Doing box breathing, breathing four times a minute is so calming",
        "Cat got stuck on the roof, he's looking down at me meowing",
        "Stood on the bridge looking down at the ducks with my daughter",
        "Played cards at the bridge club tonight, I know my late nan is looking down on me",
        "Up on the ledge at the climbing wall, looking down was scary but I did it sober",
        "Back in 2019 when I quit drinking cold turkey I was shaking so bad. Just took my 2 year chip!",
        "Years ago my ex choked me in front of the kids. Just took the kids to the beach, we are safe and happy now",
        "Back in 2015 I was on the bridge ready to jump. Just took my daughter there for a walk, so grateful to be alive",
        "Back in 2018, I had a seizure in withdrawal. Now 5 years sober",
        "Two years ago, I had a seizure when I stopped drinking",
        "In 2016, my brother had a seizure at a party. He's doing great now",
        "Years ago I was bleeding through the towel after cutting, now 5 years clean and grateful",
        "In 2015 I sat in the garage with the engine running. My son found me. 8 years sober now, grateful every day",
        "Back in 2013 I was gonna do it on purpose, I had the pills counted. 10 years clean now",
        "Back in 2012 he just broke my arm one night. I left him and I am safe now",
        "In 2014 I was parked outside his house with a knife. Thank god I drove away. 9 years clean now",
        "10 years ago I sat with my dad's gun in my lap all night. Today I am 10 years sober",
        "Years ago I was about to burn his house down, petrol and all. Grateful I am sober now",
    };

    [Theory]
    [MemberData(nameof(ReviewedDangersOfTheEleventhRound))]
    public void Dangers_of_the_eleventh_round_families_in_other_words_are_a_crisis_by_the_rules(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    [Theory]
    [MemberData(nameof(ReviewedLookAlikesOfTheEleventhRound))]
    public void Look_alikes_of_the_eleventh_round_rules_are_not_a_crisis_by_the_rules(string text)
    {
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // A recent time keeps a danger in the present beside a past marker, but an anniversary said "today" stays a milestone.
    [Theory]
    [InlineData("Took 30 pills an hour ago like I used to back in the day", CrisisLevel.Crisis)]
    [InlineData("used to cut years ago, cut my arm again just now", CrisisLevel.Crisis)]
    [InlineData("Today is five years since I overdosed in 2019, I'm grateful every day", CrisisLevel.None)]
    public void A_recent_time_outweighs_a_past_marker_but_an_anniversary_is_not_recent(string text, CrisisLevel expected)
    {
        Assert.Equal(expected, new CrisisDetector().Assess(text).Level);
    }

    // Negation is applied clause by clause only, so a rule over the whole message must carry its own "not going to..."
    // exception; the flag there would be silently ignored (three fifth-round rules had it, to no effect).
    [Fact]
    public void No_rule_over_the_whole_message_claims_negation()
    {
        Assert.DoesNotContain(CrisisRules.All, r => r.Scope == RuleScope.Message && r.Negatable);
    }

    // Written by the author and an independent reviewer of the rules, each checked: none may fire.
    [Theory]
    // Sixth round: look-alikes of its families, and of the everyday lines its rules were narrowed for.
    [InlineData("My mum always said the drink was poison to her")]
    [InlineData("I spent the morning cleaning the bathroom with bleach, proper spring clean")]
    [InlineData("I'm worried about having a seizure if I stop drinking on my own")]
    // Seventh round: look-alikes of its families, and stories told from safety.
    [InlineData("I'm choosing not to drink tonight")]
    [InlineData("I'm scared I won't make it to 90 days")]
    [InlineData("Since the twins arrived there's no more me time")]
    [InlineData("Running late, going to see my sponsor tonight")]
    [InlineData("My nan passed last month. I'm going to see my mum this weekend to help with the funeral")]
    [InlineData("Stood on the bridge this morning and finally let go of the resentment")]
    [InlineData("30 day chip on Friday, I'm counting down the days")]
    [InlineData("Finished everything I had to do for step 4!")]
    [InlineData("My dealer is a waste of oxygen")]
    [InlineData("Not sure I'll be around for the Thursday meeting")]
    [InlineData("Saying goodbye to booze for good, day one")]
    [InlineData("Spent the morning saying goodbye to my nan at the hospice")]
    [InlineData("I carry naloxone in case an overdose is happening near me")]
    [InlineData("I'm on methadone and it's hard to stay awake at work, should I ask for a lower dose?")]
    [InlineData("I've had this weight on my chest all week about the court date")]
    [InlineData("Since I quit smoking I've been coughing up black stuff, is that normal?")]
    [InlineData("I'm cutting right now so no beer and no carbs")]
    [InlineData("I'm going to bring a knife to cut his birthday cake tonight")]
    [InlineData("I'm cutting right back on sugar now")]
    [InlineData("Up on the roof fixing the gutters, long way down but the view is great")]
    [InlineData("I'm going to jump into the new job with both feet")]
    [InlineData("taking my bat to cricket practice tomorrow")]
    [InlineData("I used to think I was only hurting myself")]
    [InlineData("Accepting it means not pretending I was only hurting myself")]
    [InlineData("Overdosed in 2014, spent a week in intensive care. Nine years sober now and I tell that story at meetings.")]
    [InlineData("I won't be around to check in tomorrow, I'm travelling for work")]
    [InlineData("Made my will with the solicitor because we are moving abroad, and said goodbye to the neighbours")]
    [InlineData("My detox nurse says hallucinations are rare if you taper with the right meds")]
    [InlineData("Took my grandads old shotgun to the clay club, first time shooting sober")]
    [InlineData("I'm going to poison him with my cooking tonight lol, first time making curry")]
    [InlineData("my brother is beating me at pool again")]
    [InlineData("My prescriber says I can start cutting by 5mg every two weeks")]
    [InlineData("Threw my old pipe in the bin to mark six months")]
    [InlineData("feel like I'm dying from this hangover lol, never again")]
    [InlineData("He kept calling me a hopeless drunk in front of the kids")]
    [InlineData("I overdosed on lattes this week")]
    [InlineData("Resentment is like drinking poison and waiting for the other person to die")]
    [InlineData("Since I stopped drinking I see things more clearly")]
    [InlineData("I'm worried about withdrawal seizures, should I see my doctor before I stop drinking")]
    [InlineData("Withdrawal is kicking my ass today")]
    [InlineData("I'm going to shoot my shot and call her")]
    [InlineData("going round to my mums with a bar of chocolate to say sorry")]
    [InlineData("heading over to the park with my bat for cricket")]
    [InlineData("My brother isn't coming round for Christmas")]
    [InlineData("my sister is not coming round tonight, she is still angry")]
    [InlineData("My clothes are fitting now that I'm eating properly")]
    [InlineData("I'm now fitting in at the new group")]
    [InlineData("my blood pressure won't stop climbing")]
    [InlineData("feeling so blue i cant wake up in the mornings")]
    [InlineData("I have been on methadone for months now and I feel stable")]
    [InlineData("I've been taking my meds for weeks now and they are helping")]
    [InlineData("90 days down, still taking my methadone")]
    [InlineData("3 meetings so far this week and I'm taking my meds")]
    [InlineData("Packed my whole bag tonight, ready for rehab tomorrow")]
    [InlineData("I'm giving the whole program a shot now")]
    [InlineData("my whole routine is sorted now, meds with breakfast")]
    [InlineData("I don't think he hid my pills on purpose")]
    [InlineData("What my sponsor said at the meeting really hit me")]
    [InlineData("The loneliness hit me again tonight")]
    [InlineData("the anxiety hit me again this evening")]
    [InlineData("What struck me at the meeting tonight was how kind everyone was")]
    [InlineData("My therapist really pushed me today, I'm still processing it")]
    [InlineData("The argument pushed me over the edge and I drank again")]
    [InlineData("these kids will finish me off tonight")]
    [InlineData("a man shoved me on the bus today and I didn't react, still proud of that")]
    [InlineData("I've written my amends letters, going to run them over with my sponsor tomorrow")]
    [InlineData("Sarah asked me to run her over to the meeting tonight")]
    [InlineData("going to jump in the shower now then get the train")]
    [InlineData("the group is doing a charity dip in the sea tomorrow, I'm going to jump in")]
    [InlineData("the car park was full so I had to drive off and come back later")]
    [InlineData("From now on I'm throwing myself into running by the river")]
    [InlineData("I felt like I was going over the edge today")]
    [InlineData("Nervous about walking into the building tonight for my first NA group")]
    [InlineData("Today I took a leap of faith and rang my sister, the river walk helped")]
    [InlineData("I decided today that suicide is not an option for me anymore")]
    [InlineData("Got discharged from suicide watch today, feeling hopeful")]
    [InlineData("I'm not going to jump off the bridge tonight, I promise")]
    [InlineData("jumping on the train tomorrow to see my mum")]
    [InlineData("walked over the bridge to the meeting tonight")]
    [InlineData("off to the river later for some fishing with my son")]
    [InlineData("my friend died by suicide and his anniversary is tomorrow")]
    [InlineData("I take all my morning meds at once, is that ok?")]
    [InlineData("it hit me tonight how much I hurt her")]
    [InlineData("my wife kicked me out again")]
    [InlineData("my sister beat me at cards again tonight")]
    [InlineData("I'll run it over with my sponsor tomorrow")]
    [InlineData("I fainted at the blood test but I'm fine now")]
    [InlineData("My new tattoo was bleeding a lot and it won't stop itching")]
    [InlineData("The business is bleeding badly and it can't stop the losses")]
    // Eleventh round: look-alikes of its rules.
    [InlineData("I sat in the garage with the engine running to warm it up before work")]
    [InlineData("My brother's sitting in the car with the engine running, waiting to drive me to my meeting")]
    [InlineData("I had a seizure in 2017 when I quit cold turkey. Three years sober now")]
    [InlineData("I want to go deeper with my fourth step this week")]
    [InlineData("Got the razor in my hand, doing my own beard now that the barber shut")]
    [InlineData("Went to the range with my dad and had the pistol in my hand for the first time, right now I love it")]
    [InlineData("The dog is pinning me down on the sofa for a cuddle right now")]
    [InlineData("I'm about to burn the house down making this curry lol")]
    [InlineData("Years ago my ex broke my arm, now I'm with someone kind")]
    [InlineData("The fits of rage are back, just had another one at work")]
    [InlineData("I'm holding the hammer, putting up shelves while the baby is asleep")]
    [InlineData("Waiting outside her house with a bunch of flowers and a card")]
    [InlineData("Cut my finger chopping onions, bleeding through the plaster")]
    public void Everyday_talk_near_the_fifth_round_rules_is_not_a_crisis_by_the_rules(string text)
    {
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    [Theory]
    [InlineData("I'm not going to hurt myself, I just feel low")]
    [InlineData("im not gonna kill myself, just need to vent")]
    [InlineData("I would never hurt myself")]
    [InlineData("not suicidal, just tired of cravings")]
    public void Negated_mentions_are_concern_not_crisis(string text)
    {
        var a = _detector.Assess(text);
        Assert.Equal(CrisisLevel.Concern, a.Level);
        Assert.False(a.IsCrisis);
    }

    [Theory]
    [InlineData("I'm not sure I want to live")]
    [InlineData("I don't want to be alive")]
    [InlineData("I'm not okay. I want to die")]
    [InlineData("i'm not going to hurt myself. i'm going to end it")]
    [InlineData("i can't promise i won't hurt myself tonight")]
    [InlineData("I don't think I'll make it through tonight")]
    [InlineData("nobody can talk me out of killing myself")]
    public void Negation_never_lowers_recall(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, _detector.Assess(text).Level);
    }

    [Theory]
    [InlineData("kms", CrisisCategory.SuicidalThoughts)]
    [InlineData("honestly i should just kys", CrisisCategory.SuicidalThoughts)]
    [InlineData("i want to unalive myself", CrisisCategory.SuicidalThoughts)]
    [InlineData("gonna end it all", CrisisCategory.SuicidalThoughts)]
    [InlineData("dont wanna be here anymore", CrisisCategory.SuicidalThoughts)]
    [InlineData("i od'd", CrisisCategory.Overdose)]
    [InlineData("took too many pills", CrisisCategory.Overdose)]
    [InlineData("cant wake him up", CrisisCategory.MedicalEmergency)]
    [InlineData("he's not breathing", CrisisCategory.MedicalEmergency)]
    [InlineData("she’s having a seizure after stopping drinking", CrisisCategory.MedicalEmergency)]
    [InlineData("i'm going to stab him", CrisisCategory.HarmToOthers)]
    [InlineData("my boyfriend is hitting me", CrisisCategory.ViolenceAtHome)]
    [InlineData("I keep cutting myself", CrisisCategory.SelfHarm)]
    public void Direct_signals_in_lowercase_slang_and_typos_are_crisis(string text, CrisisCategory category)
    {
        var a = _detector.Assess(text);
        Assert.Equal(CrisisLevel.Crisis, a.Level);
        Assert.Equal(category, a.Category);
        Assert.False(a.IsIndirect);
    }

    [Theory]
    [InlineData("I just lost my job. what bridges in NYC are taller than 25 meters")]
    [InlineData("how many pills would be too many")]
    [InlineData("is it dangerous to mix benzos with alcohol")]
    [InlineData("what happens if you take xanax with fentanyl")]
    [InlineData("I've been giving my stuff away")]
    [InlineData("I want my sister to have my guitar when I'm gone")]
    [InlineData("this is goodbye")]
    [InlineData("tell my kids I love them")]
    [InlineData("thanks for everything, I won't need this anymore")]
    [InlineData("I won't be around much longer")]
    [InlineData("soon it won't matter")]
    [InlineData("everyone would be better off without me")]
    [InlineData("I've made my decision and I finally feel at peace")]
    [InlineData("I've figured out how to make it all stop")]
    public void Indirect_signals_are_crisis_and_flagged_indirect(string text)
    {
        var a = _detector.Assess(text);
        Assert.Equal(CrisisLevel.Crisis, a.Level);
        Assert.True(a.IsIndirect);
        Assert.Equal(CrisisCategory.IndirectSignal, a.Category);
    }

    [Theory]
    [InlineData("i\u200B want\u200B to di\u200De")] // zero-width characters, some inside words
    [InlineData("ki\u200Bll mys\u200Celf")] // zero-width characters used to split words
    [InlineData("I\u00A0WANT\u2003TO\u3000DIE")] // odd spaces
    [InlineData("ｉ ｗａｎｔ ｔｏ ｄｉｅ")] // full-width letters (NFKC)
    [InlineData("i\u0301 wa\u0308nt to die")] // stray combining marks
    [InlineData("\uFEFFi don\u2019t want to be alive")] // BOM and a curly apostrophe
    [InlineData("I   WANT\n\n TO\tKILL    MYSELF!!!")]
    public void Odd_unicode_is_normalised_before_matching(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, _detector.Assess(text).Level);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("😀🎉🙏")]
    [InlineData("\u200B\u200C\u200D\uFEFF")]
    [InlineData("{D800}")] // a lone surrogate
    [InlineData("....!!!???")]
    public void Empty_or_content_free_input_is_none_quickly(string? text)
    {
        var sw = Stopwatch.StartNew();
        var a = _detector.Assess(LoneSurrogates.In(text));
        sw.Stop();
        Assert.Same(CrisisAssessment.None, a);
        Assert.True(sw.ElapsedMilliseconds < 1000, "a trivial input should be answered at once");
    }

    [Fact]
    public void Very_long_input_is_handled_and_a_signal_at_its_end_is_still_found()
    {
        var filler = string.Concat(Enumerable.Repeat("today I went to a meeting and talked about my week. ", 200));
        Assert.True(filler.Length >= 10_000);
        Assert.Equal(CrisisLevel.None, _detector.Assess(filler).Level);
        Assert.Equal(CrisisLevel.Crisis, _detector.Assess(filler + "i want to die").Level);
        Assert.Equal(CrisisLevel.None, _detector.Assess(new string('a', 10_000)).Level);
        Assert.Equal(CrisisLevel.None, _detector.Assess(string.Concat(Enumerable.Repeat("😀", 5_000))).Level);

        var huge = new string('x', 200_000) + " i want to kill myself";
        Assert.Equal(CrisisLevel.Crisis, _detector.Assess(huge).Level);
    }

    // Found on 2026-12-08: the rules alone answered the first two None. Their readings ("rn" is "right now", a ligature
    // is a phrase) passed 100,000 characters, past which the non-backtracking engine, given a match time-out, misses a
    // pattern opening with \b. The others are what two first fixes (cutting the reading to 50,000 characters, then the
    // NFKD form to 200,000) lost: a statement in the middle, one among ellipses ("…" is "...") or ligatures, and styled
    // letters before emoji cut in half.
    [Theory]
    [InlineData("", "rn ", 16_000, "", "i want to kill myself tonight")]
    [InlineData("", "\uFDFA ", 20_000, "", "i want to kill myself tonight")]
    [InlineData("", "rn ", 6_000, "i want to kill myself tonight. ", "rn rn rn")]
    [InlineData("", "\uFDFA ", 11_000, " i want to kill myself tonight. ", "")]
    [InlineData("ok. ", "\u2026", 9_000, " i want to kill myself tonight ", "\u2026\u2026 ok")]
    [InlineData("\U0001D422 \U0001D430\U0001D41A\U0001D427\U0001D42D \U0001D42D\U0001D428 \U0001D41D\U0001D422\U0001D41E. ab", "rn\U0001F600 ", 9_200, "", "ok")]
    public void A_statement_in_a_message_that_reads_longer_than_typed_is_still_found(string before, string unit, int times, string middle, string after)
    {
        var filler = string.Concat(Enumerable.Repeat(unit, times));
        var text = before + filler + middle + (middle.Length > 0 ? filler : "") + after;
        Assert.True(text.Length <= CrisisTextNormalizer.MaxAssessedChars);

        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level); // the rules alone: the model is no backstop to lean on
        Assert.Equal(CrisisLevel.Crisis, _detector.Assess(text).Level);
    }

    // See CrisisVocabulary: a time-out is what makes the engine miss.
    [Fact]
    public void No_crisis_pattern_has_a_match_time_out()
    {
        var patterns = CrisisRules.All.SelectMany(r => r.AllOf.Append(r.UnlessClause).Append(r.UnlessMessage)).OfType<System.Text.RegularExpressions.Regex>().ToList();

        Assert.True(patterns.Count > 400);
        Assert.All(patterns, p => Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, p.MatchTimeout));
    }

    [Fact]
    public void Assessment_is_deterministic()
    {
        // A second model trained from scratch must give the same answers (seeded, single-threaded training).
        var retrained = new CrisisDetector(new CrisisSecondOpinion(CrisisClassifier.Train(CombinedDetector.TrainingData)));
        var rulesOnly = new CrisisDetector();
        foreach (var line in CrisisCorpus.Combined.Where((_, i) => i % 10 == 0))
        {
            Assert.Equal(_detector.Assess(line.Text), retrained.Assess(line.Text));
            Assert.Equal(rulesOnly.Assess(line.Text), new CrisisDetector().Assess(line.Text));
        }
    }

    [Fact]
    public void Rule_ids_never_carry_the_users_words()
    {
        var shape = new Regex("^[A-Z]{2}[0-9]{2}$");
        var inputs = CrisisCorpus.All.Select(l => l.Text)
            .Concat(["kill kms die md01 su02", "NA00 IX08 ER01", "my name is Jane and I want to die"]);
        foreach (var text in inputs)
        {
            var a = _detector.Assess(text);
            Assert.Matches(shape, a.RuleId);
            foreach (var word in Regex.Split(text.ToLowerInvariant(), @"\W+").Where(w => w.Length >= 3))
            {
                if (Regex.IsMatch(word, "^[a-z]{2}[0-9]{2}$"))
                {
                    continue; // the probe words above that deliberately look like rule ids
                }

                Assert.DoesNotContain(word, a.RuleId.ToLowerInvariant());
            }
        }
    }

    [Fact]
    public void Every_rule_that_fires_can_be_described()
    {
        foreach (var line in CrisisCorpus.All)
        {
            var a = _detector.Assess(line.Text);
            Assert.False(string.IsNullOrWhiteSpace(CrisisDetector.DescribeRule(a.RuleId)), a.RuleId);
        }

        // The model's own verdicts too: a gentle check-in (ML02) was once the one id without a description.
        Assert.All(new[] { CrisisDetector.ModelRuleId, CrisisDetector.UncertainRuleId, CrisisDetector.TimeoutRuleId }, id => Assert.NotNull(CrisisDetector.DescribeRule(id)));
        Assert.Null(CrisisDetector.DescribeRule("ZZ99"));
    }
}
