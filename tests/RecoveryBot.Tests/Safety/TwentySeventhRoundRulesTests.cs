using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The twenty-seventh round (2026-12-07): the writer's own overdose said without a drug's name ("i took an overdose", "did
/// 2 much n i cant get up", a relapse at the old dose: OD36-OD38), someone else's wish to die reported by a worried person
/// ("my mum wants to die", "he says he'll end his life tonight": SU53), and a weapon held to the writer ("he's got a knife to
/// my throat": VH23, answered as violence at home rather than as suicidal thoughts). The lines are those of three independent
/// authors' development sets, which the rules were written from (not a held-out measure; the round's README section has
/// that): each danger the rules now answer, with the category its reply is worded for, and every look-alike the rules do not
/// answer with a crisis.
/// </summary>
public sealed class TwentySeventhRoundRulesTests
{
    public static TheoryData<string> OwnOverdoses { get; } = new()
    {
        "i took an overdose",
        "i'm after taking far too much tonight and there's no one near me, the nearest house is a mile off",
        "Respiratory rate feels low, pupils pinpoint in the mirror. I used my old dose after 8 months clean. I know what this is.",
        "just used after 3 years clean, did my old amount, think i overdid it, everything's slowing down",
        "my breathing is going slow and wierd after i used",
        "hey so i think i took way more than i meant to, my vision is blurry and i keep nodding off while typing",
        "Heart racing. Took too many. Help.",
        "It was meant to be just a bit to take the edge off but I've had the rest of the packet and I'm fading",
        "Took double what I used to, been 6 weeks since I got out, feels like I'm sinking",
        "Sure look, I've taken a fair lot more than I should have. I'm not well at all. Don't want to bother the doctor at this hour.",
        "I have taken overdose of my sleeping tablets, I am feeling very weak now",
        "My sister is not at home, I drank the whole syrup and also tablets, I am feeling like to faint",
        "i think i'm od-ing",
        "me again. did it. took all of them. feel warm and floaty and kind of peaceful",
        "i havent used in a year and tonight i did what i used to do and my body isnt handling it",
        "my hands are all tingly and my heart is skipping, took a load of stuff about an hour back",
        "can u help i did 2 much n my mates left n i cant get up off the floor",
        "I have taken more than my body can take. My eyes are closing by themselves.",
        "Used again. Too much. Cold and sweating.",
    };

    public static TheoryData<string> SomeoneElsesWishToDie { get; } = new()
    {
        "My partner relapsed and says he wants to die. His dad's shotgun is in the house.",
        "my boyfriend says if i leave he'll kill himself and hes got the pills in his hand right now",
        "What do I say to a friend who says she wants to die and then sent me all her passwords?",
        "my bestie says she's going to take all her mum's sleeping tablets when everyone's in bed and made me promise not to tell",
        "He's been using for three days and says he'll end his life tonight. I honestly think he means it this time.",
        "son 16 said he's going to kill himself and ran out the door. no coat no phone",
        "Dad says if mum takes the kids he'll hang himself. There's a rope in the shed.",
        "My mum wants to die. She told me tonight.",
        "My friend's gone off the grid after saying she'd kill herself, her mum's asking me where she is",
        "My wife says she thinks about killing herself every day and tonight she asked where I keep my sleeping pills.",
    };

    public static TheoryData<string> WeaponsHeldAtTheWriter { get; } = new()
    {
        "locked in, he's got a knife",
        "he kno i called last time so he sed if i use the fone im ded, hes got the gun on the table",
        "Son is strangling his mother in the kitchen. I'm upstairs. He's got a knife too. What do I do",
        "bf just pushed me to the floor and sat on my chest with a screwdriver at my eye. he went to piss. minutes maybe",
        "she threw me down and has the iron over my head saying she'll do it",
        "hes got the broken bottle up against my neck and i'm typing with one hand",
    };

    public static TheoryData<string> LookAlikes { get; } = new()
    {
        "When I overdosed in 2019 my mum found me on the bathroom floor. Grateful every day she came home early.",
        "i took too much time off work this week, feel guilty lol",
        "overdosed on netflix again, 6 episodes deep",
        "Took my prescribed dose of buprenorphine this morning like the doctor said. Feeling steady.",
        "Did the Narcan training today. So thankful, I finally feel like I could help someone.",
        "How do I know if someone is overdosing? Want to be ready in case.",
        "i did too much at the gym and now my legs are dead haha",
        "Scared I'll relapse and take too much because my tolerance is gone. How do I stay safe?",
        "My friend Dan overdosed three years ago today. Miss him.",
        "Had way more chocolate than my body is used to, sugar crash is real",
        "Exercise question 4 asks about a time we harmed ourselves. Mine was the overdose in 2016 that put me in ICU.",
        "Watched a film last night where the main character overdoses. Was hard to watch but I'm OK.",
        "I'm after taking far too much on at work, the stress of it is getting to me",
        "My doctor adjusted my methadone dose today, took the new amount, all good.",
        "Since I got out I've been careful, tolerance is way down and I know one slip could be fatal.",
        "The news said overdoses are up again in our county. Makes me sad.",
        "ngl i took the lot of the free pizza at group lol",
        "Not using tonight but the craving is intense. Just need to talk.",
        "took too much caffeine and now im jittery af",
        "In my nursing days I treated overdoses every shift. Now I'm the one in recovery. Funny how life goes.",
        "Is it true that fentanyl test strips can stop an overdose?",
        "Years ago I took a whole bottle of pills. I'm glad I survived. Today I have 2 years clean.",
        "My son overdosed last year and survived. He's doing well now thank God.",
        "Please, how can I take my medicine correctly? I don't want to take overdose by mistake.",
        "i swallowed my pride and called my sponsor tonight",
        "overdid it at the party last weekend (on dancing only!!) 6 months sober still",
        "Had a dream I overdosed. Woke up sweating. Just a dream but it shook me.",
        "Talked about my overdose at step work tonight. Felt lighter after.",
        "I took my tablets at 9 like always. Counting the days clean, 43 today.",
        "What's the right way to use naloxone nasal spray?",
        "sure I nearly had too much of the mother's Sunday roast, I'm stuffed",
        "Respiratory depression was what nearly killed me back in 2018. Writing it out for my therapist.",
        "Doing a presentation at work on opioid toxicity. Emotionally triggering but I'm managing.",
        "i did too much thinking tonight, brain wont shut off",
        "Took the whole day off to rest. Needed it.",
        "Remember when I told you about the time I took the lot? That was 5 years ago. I'm in a much better place.",
        "wrote a letter to my old self, the one who took everything in the house. i forgive her.",
        "My cousin died of overdose in Lagos 2020. I am in recovery now because of that pain.",
        "Please is it dangerous to drink alcohol when taking my prescribed tablets? I have not drunk, I only want to ask.",
        "I feel like I have taken too much stress this week, my body is tired",
        "bruh my mate od'd at a festival last summer, he's fine now but it scared me sober",
        "Lips went numb at the dentist today lol, anaesthetic. Weird feeling.",
        "Counted my pills for the week into the organiser. All correct, all on track.",
        "Overdose awareness day is next week, anyone know events?",
        "my heart is racing but it's just the coffee and anxiety, havent used anything",
        "Three years ago tonight I overdosed and woke up in hospital. Celebrating being alive.",
        "thx for the naloxone info, got a kit from the chemist, its in my bag",
        "lost count of the days since i got out, think its 60? feels good",
        "drank wayyy too much water b4 my drug test lmao",
        "Took double shifts all week, knackered.",
        "Gave my neighbour Narcan last month and she lived. Still shaking when I think of it.",
        "In treatment they told us tolerance drops fast after prison. I've had nothing since I got out and I plan to keep it that way.",
        "i used to take 40 a day. now it's zero. 200 days.",
        "Clinically speaking, my overdose in 2017 was a textbook opioid toxidrome. I lecture on it now.",
        "I'm calm. I want to say goodbye to my old life of using. New chapter.",
        "I swallowed all my fears and went to my first meeting.",
        "Feel dizzy, I think I stood up too fast. No using, just tired.",
        "what do i do if my friend takes too much and im the only one there",
        "My counsellor asked me to describe my worst night. It was the overdose. I cried but it helped.",
        "Took an overdose of sunshine today at the lake, first summer sober",
        "wanted to use so bad tonight. didn't. proud of me.",
        "I'm not sure I'd survive another overdose, which is why I'm working so hard at this.",
        "The old lad down the road passed from an overdose. Funeral's Thursday. Hard one.",
        "Gone through the whole packet of nicotine gum today, craving smokes badly",
        "i did a lot tonight - cleaned the whole flat, cooked, went to a meeting. tired but good.",
        "is it normal to feel this sleepy on subutex in the first week? taking it as prescribed",
        "My daughter found me after I overdosed in 2015. We talk about it openly now.",
        "Film night at the recovery centre was Requiem for a Dream. Strong choice lol",
        "bro i almost did too much tonight but i called my sponsor instead and we're getting food",
        "Should I carry naloxone even if I'm clean? My worry is relapse.",
        "i took the last bus home from my meeting, all the way across town. knackered.",
        "My son attempted suicide two years ago and is doing really well now, 18 months sober. How do I stop panicking every time he goes quiet?",
        "sponsee texted me at 2am but only to say she got through her first sober birthday party lol",
        "My mum will kill me if she finds out I went to a meeting with my ex",
        "My husband drinks too much at weekends and I worry about his liver. Nothing dark, he just won't cut down.",
        "Our daughter is dying to meet her new baby cousin, can we bring her to family day?",
        "My brother died by suicide in 2015. Today is his birthday and I just needed to say his name somewhere.",
        "My book club is reading a novel where the main character wants to die. Is that okay to bring up in a recovery group?",
        "my friend said she wants to die of embarrassment after she fell over at prom haha",
        "Amends question: when I was drinking I used to threaten suicide to scare my wife. How do I make amends for that?",
        "The nurse I work with is in recovery too and she's thriving. I want to thank her for getting me to meetings.",
        "Abeg my brother's drinking is too much, he's spending his whole salary on ogogoro. He's fine otherwise, how do I talk to him?",
        "My mum's doing my head in with her drinking but she's alright, she's just an embarrassment at family dos",
        "My sponsee says \"I'm going to kill this step 4\" and I love the energy",
        "He said he was dead tired after his shift and wanted to sleep for a week",
        "My 16 year old wrote a school essay about suicide prevention. He's chatty and happy. Proud or worried?",
        "My husband used to talk about not wanting to be here when he was drinking. Three years sober and he doesn't anymore. Is it normal I still think about it?",
        "friend on snapchat keeps sending \"im dead 💀\" under memes, that's just slang right?",
        "My mum survived an overdose in 2019 and is in recovery now. She's asked me to come to an open meeting with her.",
        "How do we support my aunt? Her son died by suicide last year and the anniversary is coming up.",
        "My colleague is studying for her pharmacology exam and keeps quizzing me on toxic doses. Is it triggering for me as a nurse in recovery to help her?",
        "My 16 year old said he'd rather die than go to his cousin's wedding. He was being dramatic about wearing a suit.",
        "My brother gave away all his old stuff but it's because he's moving to Canada for his masters",
        "My wife gave away her wine glasses and all her drinking stuff, says she's done with it for good. Good sign?",
        "How do I tell my kids their grandad died from his drinking? It happened last month.",
        "A guy left the meeting early and I worried, but turns out he just had a shift. Is checking in too much?",
        "My son's character in his video game keeps dying and he screams at the screen. He's fine lol",
        "My sponsee is 6 months sober and says she finally doesn't want to die anymore. How do I celebrate that with her?",
        "My mum tried to take her life when I was 12. I'm 30 now and she's well. I want to talk to her about it, how do I start?",
        "Glasgow here, my mum's drinking has got worse since she retired. She's not in danger, just lonely I think. Any groups for her?",
        "Is it normal to still feel angry at my brother who killed himself ten years ago?",
        "my pal said she'd kill herself if she failed her driving test. she passed lol",
        "When I was using I frightened my daughter by saying I wanted to die. She's 19 now. What do I say in my amends?",
        "The coworker I was worried about last month got into treatment and is doing great. Thank you for the advice.",
        "My husband's drinking is killing our marriage.",
        "My partner says the hangovers are killing him. Is that enough to make him stop?",
        "Sponsee rang at 2am because she was craving, we talked it through and she's in bed now, safe.",
        "My brother in Lagos is dying to see me when I visit in December, he's 8 months clean now",
        "my friend's snapchat streak died and she said she wants to die lmao",
        "He threatened to leave if I don't stop drinking. Fair enough honestly.",
        "My son's friend died by suicide last year and he's still grieving. He's seeing a counsellor and seems okay.",
        "Someone in my home group shared about their suicide attempt 10 years ago. It really moved me.",
        "Best way to approach my dad about his drinking? He's not depressed, just drinks every night.",
        "My wife keeps saying \"I could kill for a drink\" and laughing. Is that a relapse warning sign?",
        "My daughter left a note on her bed saying sorry for eating the last of the ice cream 😂",
        "Sponsee texted \"I'm done\" at 2am. She meant done with her fourth step inventory. Gave me a heart attack.",
        "My husband's \"goodbye\" message was to the pub WhatsApp group. He's leaving it because he's quit.",
        "My friend's gone off the grid for a digital detox, she told everyone beforehand. Just miss her.",
        "my brother used to say he'd end his life when he was on drugs. he's 2 yrs clean and at uni now. should i bring it up?",
        "A nurse I work with took an overdose last year and is back at work now, well supported. How do I treat her normally?",
        "my mum says she'll murder me if im late again",
        "Our group member who was missing turned up, he was in hospital with his knee. All good.",
        "Is there a group for parents whose child died from an overdose? It's been 4 years.",
        "How do I explain to my 8 year old why her uncle isn't here anymore? He took his own life in 2020.",
        "my friend's character in our D&D campaign wants to die a heroic death lol",
        "My coworker said \"shoot me now\" in the staff meeting. It was just a long meeting.",
        "Wife came home from her meeting and said she finally wants to live. I cried.",
        "Dad's drinking scares me because he gets loud, but he's never talked about hurting himself. How do I set boundaries?",
        "My teenager is dying her hair blue and says it'll kill me lol",
        "He ran out the door without his coat, to catch the bus to his first meeting. Proud dad.",
        "my mum in glasgow's been to the chemist three times this week with her cold, keeps forgetting stuff. should i worry about her memory?",
        "Friend on snap told me she used to self harm but she's been clean a year, how do i support her",
        "My husband sat in the car in the garage for an hour, engine off, on a call to his sponsor so the kids wouldn't hear.",
        "My late father's gun is still in the house. Nobody's struggling, I just don't want it around now I'm in recovery. How do I get rid of it safely?",
        "Sponsee gave me her chip collection to hold onto while she moves house. Sweet.",
        "my brother says his job is killing him and he wants to quit. he's 1 yr sober",
        "How do we honour a member who passed away last year at our anniversary meeting?",
        "My daughter told me she had suicidal thoughts last year and got help. She's doing well. How do I stay open without hovering?",
        "We watched a Nollywood film where a man drinks poison and my brother got upset, our uncle died that way long ago. How do I comfort him?",
        "My son used to say he'd kill himself if we took his phone. He's 19 now, laughs about it. Teenagers!",
        "Nurse in recovery here, my colleague who relapsed last year is now 6 months clean and asked me to be her sponsor.",
        "he had a knife outside the bathroom door every night when I was using. 6 years ago now. today is a good day",
        "step 4 list: my ex choked me til I blacked out in 2015. still resentful",
        "my son used to come at me with a hammer when he was high. he's 2 years clean now and we had dinner",
        "in the film the guy held the knife to her throat and I had to turn it off, too triggering",
        "chopping onions with a new knife, first time cooking sober in years",
        "self defence class tonight, learned how to get out of a chokehold",
        "amends: I held a bottle over my brother once when I was drunk and said I'd kill him. how do I start that letter",
        "writing my safety plan: if he ever has a knife again I'll lock the bathroom and call 999. I'm safe at my friend's place",
        "my stepdad used to get drunk and come at us with the belt. I'm 30 now and it still comes up in meetings",
        "Boyfriend is high tonight but he's asleep on the couch and I'm fine, just annoyed",
        "my dealer threatened to break my hands if I didn't pay. that was 2019, I paid, I'm out of that life",
        "Dad here. my boy was violent when he was using but he's in rehab now. how do I rebuild trust?",
        "my mate said he'd kill me if I told anyone about his surprise party",
        "hiding in the bathroom from my in-laws lol, too much small talk",
        "\"put the knife down\" was literally the title of the episode I just watched",
        "we watched a movie where the stepdad has a gun and locks the kids in, couldn't sleep after",
        "amends question - I once held my girlfriend down and wouldn't let her leave. I was 23 and drunk. she's not in my life. do I contact her?",
        "choked on my dinner lol, all good",
        "my ex used to strangle me in fights. it ended 5 years ago and I'm remarried",
        "Knife skills class at the college, really helps to have something to do at night",
        "In my nightmare he had a hammer and I couldn't move. Woke up, he's been dead 10 years",
        "i'm hiding in the toilet at work cos i want a drink and don't want anyone to see me cry",
        "Locked myself out of the house, stuck in the garden lol, waiting for the locksmith",
        "my roommate is coked up and playing music loud, nobody's in danger just cant sleep",
        "my son threatened to burn the house down when he was on meth. My sponsor says to write about it. Where do I start",
        "the police took his gun last year and the protection order is still in place, I'm doing okay",
        "in rp the raider holds a machete to my character's throat, is that too much for the group",
        "stepdad's drunk and snoring, I'm in my room with headphones on, just can't sleep",
        "my pimp used to take my phone and lock me in. I got out 3 years ago. 18 months clean today",
        "hammer time at the hardware store, fixing the shed with my dad, day 40",
        "the bread knife slipped and I cut my thumb making sandwiches, nothing serious",
        "taxi driver in Durban once locked the doors on me and drove off the route. I got out. years ago but still scared of taxis",
        "pinned down in jiu jitsu today lol, tapped out twice",
        "my housemate waved a machete around once when she was high, I moved out that week",
        "My husband threatened me with a panga in 2012 and that is when I started drinking. I'm writing my story for the group",
        "told my mate \"call me again n ur ded\" as a joke. was that mean",
        "strangled? no. bored? yes. 3am cravings",
        "held at knifepoint in a dream again. awake now and calm",
        "Book club: the part where the killer locks her in the cellar. great read",
        "my grandad kept a poker by the fire and used to threaten us with it, he's gone now",
        "amends: I broke a bottle and threatened my dad with it when I was using. he forgave me but I can't forgive myself",
        "safety plan draft: code word with sister, bag packed, spare keys. he's away till next month",
        "my brother will kill me if he finds out I ate his leftovers",
        "gunmen robbed our house when I was a kid and tied up my brother. I still drink to forget that night",
        "tied up at work all day, too knackered to go to the meeting",
        "i was held under water by my dad as a kid. sponsor says that's why I panic in the bath",
        "Knife. Fork. Spoon. Setting the table for my first sober Christmas",
        "he wouldn't let me leave the car that night. it was 2016. I still think about it",
        "locked in, boss wont let anyone leave until the stocktake is done ugh",
        "my mum used to say she'd strangle us if we touched her wine. funny thinking back",
        "my character got choked out by the boss in the game and I rage quit",
        "Dad here. He used to hold the kitchen knife at me when he was using. Today he's 90 days. I'm proud",
        "Hiding in the loo at a party, everyone's drinking, texting my sponsor instead",
        "i cant talk hes outside the door with the pizza",
        "hes got the door locked n the keys cos hes at work n i lost mine lol",
        "the guy at the braai had a gun in his belt which freaked me out a bit but it's his job, he's security",
        "bf left a screwdriver in the kitchen drawer with the knives and I told him it's not safe for the kids lol",
    };

    [Theory]
    [MemberData(nameof(OwnOverdoses))]
    public void The_writers_own_overdose_is_answered_as_an_overdose(string text) => AssertCrisis(text, CrisisCategory.Overdose);

    [Theory]
    [MemberData(nameof(SomeoneElsesWishToDie))]
    public void Someone_elses_wish_to_die_gets_the_suicide_line(string text) => AssertCrisis(text, CrisisCategory.SuicidalThoughts);

    [Theory]
    [MemberData(nameof(WeaponsHeldAtTheWriter))]
    public void A_weapon_held_at_the_writer_is_answered_as_violence(string text) => AssertCrisis(text, CrisisCategory.ViolenceAtHome);

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void A_story_idiom_or_question_with_the_same_words_gets_no_crisis_from_the_rules(string text) =>
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);

    [Theory]
    [InlineData("he has a gun to my head")]
    [InlineData("my roommates dealer put a gun to my head")]
    public void Someone_elses_gun_at_the_writers_head_is_violence_not_suicidal_thoughts(string text) =>
        AssertCrisis(text, CrisisCategory.ViolenceAtHome);

    [Theory]
    [InlineData("i have a gun to my head")]
    [InlineData("i'm holding the gun to my head and i can't stop shaking")]
    public void The_writers_own_gun_at_their_head_stays_suicidal_thoughts(string text) => AssertCrisis(text, CrisisCategory.SuicidalThoughts);

    // Dangers a first version of the round lost, found by the second independent review: each keeps its answer and category.
    [Theory]
    [InlineData("ive got the gun to my head i cant do this anymore", CrisisCategory.SuicidalThoughts)]
    [InlineData("i have a gun to my head i would rather die than go back", CrisisCategory.SuicidalThoughts)]
    [InlineData("how do i know if my boyfriend is overdosing right now, hes really sleepy", CrisisCategory.Overdose)]
    [InlineData("i dont feel safe at home since he came back last month", CrisisCategory.ViolenceAtHome)]
    [InlineData("last year he said he would kill me if i ever left him and i am leaving tonight", CrisisCategory.ViolenceAtHome)]
    [InlineData("i gave up on myself a long time ago i want to kill myself tonight", CrisisCategory.SuicidalThoughts)]
    [InlineData("i took too much at work in the toilets and now im dizzy and cant stand", CrisisCategory.Overdose)]
    [InlineData("my husband says he'll kill himself and the kids if i leave", CrisisCategory.ViolenceAtHome)]
    [InlineData("he has a gun and says he is going to shoot himself and me", CrisisCategory.ViolenceAtHome)]
    [InlineData("my dad died last year and tonight i took an overdose", CrisisCategory.Overdose)]
    [InlineData("my mum died last month, i did 2 much tonight and cant stay awake", CrisisCategory.Overdose)]
    public void A_danger_the_reviews_found_lost_keeps_its_answer(string text, CrisisCategory category) => AssertCrisis(text, category);

    // Bad input: a danger at the end of a message far over the assessed length (its head and tail are read) keeps its answer
    // and category; a huge message made of the rules' own words, empty input and white space give no crisis.
    [Theory]
    [InlineData("i took an overdose", CrisisCategory.Overdose)]
    [InlineData("my mum wants to die, she told me tonight", CrisisCategory.SuicidalThoughts)]
    [InlineData("he's got a knife to my throat", CrisisCategory.ViolenceAtHome)]
    public void A_danger_at_the_end_of_a_huge_message_is_still_found(string danger, CrisisCategory category) =>
        AssertCrisis(string.Concat(Enumerable.Repeat("today I went to a meeting and talked about my week. ", 1_500)) + danger, category);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_input_gives_no_crisis(string? text) => Assert.Equal(CrisisLevel.None, new CrisisDetector().Assess(text).Level);

    [Fact]
    public void A_huge_message_of_the_rules_own_words_without_a_danger_is_not_a_crisis()
    {
        var words = string.Concat(Enumerable.Repeat("my old amount the gym too much on my plate knife set over my head he is got ", 2_000));
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(words).Level);
    }

    private static void AssertCrisis(string text, CrisisCategory category)
    {
        var assessment = new CrisisDetector().Assess(text);
        Assert.Equal(CrisisLevel.Crisis, assessment.Level);
        Assert.Equal(category, assessment.Category);
    }
}
