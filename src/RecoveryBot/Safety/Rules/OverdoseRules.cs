using static RecoveryBot.Safety.Rules.CrisisVocabulary;

namespace RecoveryBot.Safety.Rules;

/// <summary>
/// Overdose: someone overdosing, a large quantity taken, laced drugs, naloxone needed, a poison swallowed. Part of <see
/// cref="CrisisRules.All"/>; each rule carries the messages it must and must not fire on.
/// </summary>
internal static class OverdoseRules
{
    // OD31, OD33: the writer's own act, "i (have) (just) took", or a clause that starts with the verb.
    private const string MyOwnAct = @"(^|\bi )((have|had|has) )?(just |already )?";

    // "About an hour ago", "20 mins ago": recent enough that a past marker elsewhere cannot make it a story (OD27).
    private const string WithinTheHour = @"(about |like |maybe )?(an hour|half an hour|\d+ (minutes|mins|hours|hrs)|a few (minutes|hours)) ago\b";

    /// <summary>The rules of this family, in reporting order.</summary>
    internal static readonly CrisisRule[] Rules =
    [
        new()
        {
            Id = "OD01", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss, Negatable = true,
            Description = "Someone is overdosing or has just overdosed (not a story from years ago).",
            AllOf = [R(@"\b(overdosing|overdosed|having an overdose)\b")],
            // "overdosed on coffee this morning": the everyday hyperbole, not a drug.
            // "overdosed on coffee this morning": the everyday hyperbole, not a drug. (More foods and screens were tried on
            // 2026-12-07 and withdrawn: the exception covers its whole clause, so "overdosed on box sets and oxys" and
            // "overdosed on christmas chocolates jk i actually overdosed on my meds" lost their crisis.)
            UnlessClause = R(
                @"\b(overdosing|overdosed) on (my |the |pumpkin spice )?(coffee|espresso|latte|lattes|tea|sugar|chocolate|cake|carbs|pizza|sweets|candy|" +
                    @"netflix|tv|sun|sunshine|work|the gym|exercise|podcasts|true crime|memes|tiktok)\b" +
                // A dream, or a question of how to recognise one: "had a dream i overdosed", "how do i know if someone is overdosing".
                @"|\b(had a|in my|a bad) (dream|nightmare) (that |where |about )?(i|he|she)\b|\bhow (do|can|would|will) (i|you|we) (know|tell|spot|" +
                @"recognise|recognize) (if|when) (someone|somebody|a person|a friend|people|your \w+) (is|are|has|was)\b"),
            Fires = ["i od'd on purpose", "I think I overdosed", "how do i know if i am overdosing, my heart is racing"],
            DoesNotFire =
            [
                "I overdosed on coffee this morning, jittery as hell",
                "i am not overdosing, just very tired",
                "my uncle overdosed when I was a kid",
                "When I was 19 my best mate Jamie overdosed at a festival and I did CPR on him till the ambos got there. He lived.",
                "Had a dream I overdosed. Woke up sweating.",
                "How do I know if someone is overdosing?",
            ],
        },
        new()
        {
            Id = "OD02", Category = CrisisCategory.Overdose, Past = PastHandling.Concern,
            Description = "Took a large quantity of pills or drugs.",
            AllOf =
            [
                Any(
                    @"\b(took|taken|swallowed|ate|popped|downed|took like|have taken) (a bunch|a lot|a handful|too many|way too many|too much|way too much|" +
                        @"all|every|a whole (bottle|pack|box|strip|sheet)|the whole (bottle|pack|box)|like \d+|\d\d+|twenty|thirty|forty|fifty|sixty|" +
                        @"a hundred|half (a|the) bottle)\b( \w+){0,4} " + Medicine + @"\b",
                    @"\b(took|swallowed|popped|downed) (a bunch|a lot|a handful|too many|way too many|too much|all|a whole bottle|like \d+|\d\d+)( of)?( my|" +
                        @" the)? " + Medicine + @"\b",
                    @"\b(took|swallowed|drank|popped|downed) (many|so many|plenty|plenty of|a load|a load of)( my| the| those)? " + Medicine + @"\b"),
            ],
            UnlessClause = R(@"\bover the (years|decades)\b"),
            Fires = ["I took too many pills", "I swallowed all my meds", "I took many pills for sleep with tequila"],
            DoesNotFire = ["years ago I took way too many pills and ended up in A&E. I'm in a very different place now"],
        },
        new()
        {
            Id = "OD03", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss,
            Description = "Drugs were laced.",
            AllOf =
            [
                Any(
                    @"\b(was|is|were|got|been) laced\b",
                    @"\blaced with\b"),
            ],
            Fires = ["i think the coke was laced, my heart is pounding out of my chest"],
            DoesNotFire = ["back in 2015 i think the coke was laced, my heart is pounding out of my chest"],
        },
        new()
        {
            Id = "OD04", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss,
            Description = "Someone needs naloxone (Narcan) now.",
            AllOf =
            [
                Any(
                    @"\b(need|needs|needed|give|gave|giving|get|grab|administer) (him |her |them |me |some |the |any )?(narcan|naloxone)\b",
                    @"\b(narcan|naloxone) (now|fast|asap|isnt working|didnt work)\b"),
            ],
            Fires = ["he needs narcan", "where can i get narcan fast he's turning blue"],
            DoesNotFire = ["back in 2015 he needs narcan"],
        },
        new()
        {
            Id = "OD05", Category = CrisisCategory.Overdose, Past = PastHandling.Concern,
            Description = "Swallowed or took a whole bottle or pack of anything.",
            AllOf =
            [
                R(
                    @"\b(took|taken|swallowed|ate|popped|downed|drank|chugged) (a|the|my) (whole|entire) (bottle|pack|box|strip|sheet|script|prescription|" +
                        @"supply)\b"),
            ],
            UnlessClause = R(@"\b(bottle|pack|box) of (water|wine|beer|soda|juice|gum|cookies|chips|gatorade)\b"),
            Fires = ["she took a whole bottle of pills", "just swallowed the whole pack of paracetamol"],
            DoesNotFire = ["i drank the whole bottle of water after the gym", "back in 2015 she took a whole bottle of pills"],
        },
        new()
        {
            Id = "OD06", Category = CrisisCategory.Overdose, Past = PastHandling.Concern,
            Description = "Used or took much more than usual, or too much.",
            AllOf =
            [
                Any(
                    @"\b(took|used|shot up|snorted|smoked|did|had|injected) (way |a lot |so much |much )?more than (usual|normal|i usually do|my usual)\b",
                    @"\b(took|used|did|had|shot up|snorted) (way )?too much\b"),
            ],
            // Too much of something else, or nearly: "took too much time off work", "did too much at the gym", "almost did too much but
            // i called my sponsor".
            UnlessClause = R(@"\btoo much (time|thinking|caffeine|coffee|tea|sugar|food|water|cake|chocolate|pizza|sun|work|" +
                @"on (at|this|my|with|lately|right now)|at the gym|exercise|decorating|hiking|cardio|yoga|walking|cleaning|gardening|dancing|shopping|" +
                @"stress|of the (\w+ )?(dinner|roast|cake|food|pizza|turkey|trifle))\b|" +
                @"\b(nearly|almost) (did|had|took|used)\b"),
            Fires = ["took too much by accident, cant breathe right", "I think I took too much, my heart is going crazy"],
            DoesNotFire =
            [
                "back in 2015 took too much by accident, cant breathe right",
                "i took too much time off work this week",
                "bro i almost did too much tonight but i called my sponsor instead",
            ],
        },
        new()
        {
            Id = "OD25", Category = CrisisCategory.Overdose, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Taken too much again just now: just did it again, a lot of pills.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                R(@"\bjust did it again\b"),
                R(@"\b(a lot of|too many|all (my|the)|the whole|\d+) (pills|tablets)\b"),
            ],
            Fires =
            [
                "I stopped for a year. I just did it again, a lot of pills this time",
                "When I was 19 I mixed pills and alcohol. I'm 41 and I just did it again, it's a lot of pills.",
            ],
        },
        new()
        {
            Id = "OD20", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss, Negatable = true,
            Description = "A whole pack of tablets, or a load of pills, just taken.",
            AllOf =
            [
                Any(
                    @"\b(took|taken|swallowed|take) (a |the |my )?(whole|entire|full) (packet|pack|box|bottle|strip|sheet|blister|tub) of (\w+ )?(pills|" +
                        @"tablets|paracetamol|painkillers|sleeping pills|meds|medication|oxy|xanax|valium|diazepam|ibuprofen)\b",
                    @"\b(just |i )(took|swallowed) (a load|loads|a handful|handfuls|a bunch|a pile) of (pills|tablets|painkillers)\b",
                    @"\btaken everything in the (cupboard|cabinet|medicine cabinet)\b"),
            ],
            Fires = ["she took a whole bottle of pills", "taken everything in the cupboard. whole lot"],
            DoesNotFire = ["i would never take a whole packet of pills", "back in 2015 she took a whole bottle of pills"],
        },
        new()
        {
            Id = "OD21", Category = CrisisCategory.Overdose, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "A whole supply taken at once, or pills taken on purpose or counted down: the whole stash in one go, 25 so far, on purpose.",
            // Over the whole message no negation is applied, so the exception carries its own "not going to...".
            AllOf =
            [
                Any(
                    @"\b(whole|entire|the lot|every one|all of (my|the)) (\w+ ){0,4}(at once|in one go|all at once|at the same time)\b",
                    @"\b(whole|entire) (\w+ ){0,2}(supply|stash|prescription|bottle|box|packet|pack)( of \w+( \w+)?)? (tonight|now)\b",
                    @"\b(on purpose|deliberately|to stop my heart|so i dont wake|dont care what happens|didnt care what happens)\b",
                    @"\b\d+ (\w+ )?" + Medicine + @"( \w+)? (down|so far|in my mouth|swallowed)\b",
                    @"\b\d+ in my mouth\b",
                    @"\b(halfway|half way) through (the|my) (pills|tablets|tabs|bottle|packet|box)\b"),
                Any(
                    @"\b" + Medicine + @"\b",
                    @"\b(tabs|stash|supply|shot|dose|gear|patches|temazzies|linctus|bupe)\b"),
            ],
            // Care, disposal and vaccines; "didn't do it on purpose"; "I'm not going to take the lot".
            UnlessMessage = Any(
                @"\b(as prescribed|prescribed by|doctor said|pharmacist said|by accident|accidentally|flushed|threw (them|it) (away|out)|handed (them|" +
                    @"it) (in|over)|back to the pharmacy|disposal|gave (them|it) to|nurse|blister pack|dosette|flu shot|booster|vaccine)\b",
                @"\b(not|didnt|dont|wasnt|never)( \w+){0,6} on purpose\b",
                @"\b(not|never|wont|dont|will not) (going to |planning to |want to )?(take|swallow|shoot|inject|do)\b"),
            Fires = ["20 diazepam down. going for more", "halfway through the pills. 25 so far"],
            DoesNotFire =
            [
                "I don't think he hid my pills on purpose",
                "Back in 2013 I was gonna do it on purpose, I had the pills counted. 10 years clean now",
            ],
        },
        new()
        {
            Id = "OD22", Category = CrisisCategory.Overdose, Negatable = true, Past = PastHandling.Dismiss,
            Description = "A poison or household chemical drunk or swallowed: bleach, antifreeze, drain cleaner, rat poison.",
            AllOf =
            [
                Any(
                    @"\b(drank|drunk|drink|drinking|swallowed|swallowing|took|taken|necked|downed|consumed|ate|eaten)( \w+){0,4} (bleach|antifreeze|anti freeze|drain cleaner|" +
                        @"weed killer|weedkiller|rat poison|poison|paraquat|pesticide|insecticide|methanol|lighter fluid|white spirit|turps|turpentine|" +
                        @"oven cleaner|disinfectant)\b",
                    @"\b(drank|drink|drinking|swallowed|swallow) (the |some |a bottle of |one bottle of |one )?(sniper|otapiapia|gammalin)\b"),
            ],
            // "alcohol is poison to me", food poisoning, cleaning with it.
            UnlessClause = Any(
                @"\b(is|was) (a |like )?poison\b",
                @"\bpoison (to|for) (me|my|us)\b",
                @"\bfood poison",
                @"\b(cleaning|scrub|scrubbing|mop|mopping|bleached)\b",
                @"\blike (drinking|taking|swallowing) poison\b",
                @"\b(tea|coffee|water|wine|beer|drink|drinks) (with|and) (the )?(bleach|disinfectant)\b"),
            Fires =
            [
                "drank some of the antifreeze from the garage. told no one",
                "i drank bleach. like a few mouthfuls. throat burning so bad",
                "my brother has consumed pesticide, we are taking him to hospital",
            ],
            DoesNotFire =
            [
                "My mum always said the drink was poison to her",
                "i didnt drink the bleach",
                "back in 2015 drank some of the antifreeze from the garage. told no one",
            ],
        },
        new()
        {
            Id = "OD23", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss,
            Description = "An overdose said to be happening now.",
            AllOf =
            [
                Any(
                    @"\boverdose (is )?happening (right now|now|here|in (the|my|our|his|her))\b",
                    @"\b(i am|i think i am|he is|she is|they are|my \w+ is) overdosing (right )?now\b"),
            ],
            UnlessClause = R(@"\b(when|if|in case|how to tell|signs|learned|training)\b"),
            Fires = ["my friend is ODing right now", "overdose happening right now what do i do"],
            DoesNotFire = ["when i was using my friend is ODing right now", "back in 2015 an overdose happening in my flat changed me"],
        },
        new()
        {
            Id = "OD24", Category = CrisisCategory.Overdose, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Downers mixed and now barely awake.",
            AllOf =
            [
                R(@"\b(mixed|mixing|took|taken|had|necked|swallowed)\b"),
                R(@"\b" + Medicine + @"\b"),
                R(@"\b(can barely|cant|struggling to) (stay awake|keep my eyes open|feel my (legs|arms|hands))\b"),
            ],
            Fires = ["Took more heroin than usual, can't keep my eyes open", "i took a bunch of xanax and drank, cant feel my legs"],
            DoesNotFire = ["back in 2015 i took a bunch of xanax and drank, cant feel my legs"],
        },
        new()
        {
            Id = "OD26", Category = CrisisCategory.Overdose, Scope = RuleScope.Message,
            Description = "Used or took a drug or drink and the body failing, in the present: cannot feel my legs, keep nodding off, blacking out.",
            AllOf =
            [
                Any(
                    @"\b(used|relapsed) (again|tonight|today|with|just now)\b",
                    @"\bi (have )?(just )?(relapsed|used)( \.|$)",
                    @"\b(took|had|swallowed|mixed|injected|snorted|drank|necked|downed)( \w+){0,4} (" + Alcohol + @"|" + Medicine + @"|gear|fent|spice)\b"),
                Any(
                    @"\bi (cant|can barely|cannot) (feel my (legs|arms|hands|face|body)|move my (legs|arms)|stand up|stay awake|keep my eyes open)\b",
                    @"\bi keep (nodding off|passing out|blacking out|fading)\b",
                    @"\bblacking out$",
                    @"\bmy (vision|eyes|visions) (is |has |have |are )?(gone|going) (funny|blurry|weird|dark)\b",
                    @"\b(legs|arms) have gone numb\b"),
            ],
            UnlessMessage = Any(
                @"\b(night shift|long shift|lecture|lectures|meeting|gym|leg day|marathon|pins and needles|sat on it|baby|op|operation|optician)\b",
                @"\b(drops|cast|splint|wrist|chip|coffee|cataract|nerves)\b"),
            Fires = [
                "Took all my methadone and half a bottle of vodka, my legs have gone numb.",
                "im fine im fine had a few of her pills after 3 years clean and i can't feel my legs and my heart is racing",
            ],
            DoesNotFire = ["Had six hours of lectures and I keep nodding off."],
        },
        new()
        {
            Id = "OD27", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss,
            Description = "The lot of a medicine swallowed within the hour.",
            AllOf =
            [
                Any(
                    @"\b(swallowed|downed|necked|took|taken) (the (whole |entire )?lot|everything|all of (them|it))( \w+){0,4} " +
                        @"(from the (medicine cabinet|cabinet|cupboard|bathroom)|of (my |the |his |her )?" + Medicine + @")( \w+){0,4} " + WithinTheHour,
                    @"\b(swallowed|downed|necked|took|taken) the (whole|entire) (\w+ )?(packet|bottle|box|strip)( of \w+)?( \w+){0,4} " + WithinTheHour),
            ],
            UnlessClause = R(@"\b(shake|protein|vitamins|juice|water|milk|tip|charity|shop|fridge)\b"),
            Fires = ["Swallowed the whole packet 20 mins ago.", "Necked the entire bottle of pills an hour ago."],
            DoesNotFire = ["Necked the whole lot of my protein shake 10 minutes ago."],
        },
        new()
        {
            Id = "OD28", Category = CrisisCategory.Overdose, Scope = RuleScope.Message,
            Description = "Someone fitting on the floor, or after using, now.",
            AllOf =
            [
                R(@"\b(he|she|they|my \w+) (is|are) fitting (now |again )?(on the (\w+ )?floor|after (using|the|a|that))\b"),
            ],
            UnlessMessage = R(@"\bfitter\b|\bfitting (a|the|new|my|our|some|his|her) \w+"),
            Fires = ["She's fitting on the bathroom floor after the spice.", "He used to fit when he drank, he's fitting now on the floor."],
            DoesNotFire = ["My dad is fitting on the kitchen floor tiles today, he's a kitchen fitter."],
        },
        new()
        {
            Id = "OD29", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss,
            Description = "A child got into the user's drugs or medicine.",
            AllOf =
            [
                R(@"\b(kid|kids|child|children|son|daughter|boy|girl|little (girl|boy|one)|baby|toddler|grandson|granddaughter|nephew|niece) (has |just |" +
                    @"has just )?(got into|gotten into|got hold of|ate|eaten|swallowed|found and ate|drank|drunk|chewed|chewed through|licked|bit into) " +
                    @"(my|some of my|one of my|a few of my|half of my|our|some of our|my (mums|dads|nans|grandads|partners)) (\w+ )?(pills|strips|edibles|" +
                    @"gummies|meds|methadone|subs|subutex|suboxone|tablets|medication|bupe|buprenorphine|fentanyl|oxy|xanax|painkillers|stash|gear)\b"),
            ],
            UnlessClause = R(@"\b(cabinet|cupboard|chocolate|sweets|candy|vitamin|vitamins)\b"),
            Fires = ["my little girl got into my strips and she's real sleepy", "My son swallowed my methadone, he is 3"],
            DoesNotFire = ["years ago my son got into my pills, thank god he was fine", "my son took the tablets the doctor gave him"],
        },
        new()
        {
            Id = "OD30", Category = CrisisCategory.Overdose, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Used again after a long break, the old amount: tolerance is gone, so it is an overdose risk now.",
            // "used to" is a past marker; here it is the dose, so the rule reads the whole message and ignores tense.
            AllOf =
            [
                R(
                    @"\bjust (shot up|used|using|took|did|had|injected|smoked|snorted|relapsed)\b( \w+){0,6} (first time in|after) (\d+|a few|two|three|" +
                        @"four|five|six|seven|eight|nine|ten) (years|months|yrs)\b"),
                R(@"\bsame (amount|dose|i used to)\b|\bwhat i used to (do|take|use)\b"),
                R(@"\b(shot up|injected|heroin|fent|fentanyl|gear|dope|oxy|oxys|oxycodone|pills|smack|meth|coke|crack|ket)\b"),
            ],
            UnlessMessage = R(@"\b(not|never|nowhere near|nothing like) (the )?same (amount|dose)\b|\bless than (i used to|before)\b"),
            Fires = ["just shot up for the first time in 6 years, same amount i used to do, and everything's going really slow"],
            DoesNotFire = ["How do I explain to my kids why I used to shoot up?", "just had a drink for the first time in 2 years, only one, not the same amount i used to"],
        },
        new()
        {
            Id = "OD31", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss, Negatable = true,
            Description = "Took everything there was: the lot, all of it, everything in the cabinet or the bag, the rest of the bottle.",
            // The writer's own act ("i took", or a clause that starts with the verb): "she took everything from me" is not it.
            AllOf =
            [
                Any(
                    MyOwnAct + @"(took|taken|swallowed|necked|downed|popped|injected|shot|snorted) (everything|all of it|all of them|" +
                        @"the lot|the rest|the whole lot)( that was)? (in|of) (my|me|the|our|his|her|\w+s) (\w+ )?(drawer|cabinet|cupboard|bag|box|bottle|" +
                        @"bottles|stash|packet|packets|pack|tablets|pills|meds|medicine|supply|script)\b",
                    MyOwnAct + @"(took|taken|swallowed|necked|downed|popped|had) (the lot|the rest|all|every one|everything)( of)? " +
                        @"(my |me |the |those |them )?" + Medicine + @"\b",
                    @"(^|\bi )(am |will )?(taking|going to take|about to take|going to swallow|swallowing) (the rest|all|every last one|the lot) of (them|it) " +
                        @"(now|right now|at once)\b"),
            ],
            // Medicines given up: taken to the chemist, flushed, handed to someone to hold, sold.
            UnlessMessage = R(@"\b(chemist|pharmacy|flushed|flush|binned|dropped (it|them) (off|at)|handed|gave (it|them) to|to hold|sold|charity|" +
                @"shop|tip|washed it|gym bag|clear out|clearing out|water bottle|bottle of (water|coke|lucozade|juice|pop|squash)|smoothie|protein)\b"),
            Fires =
            [
                "i took everything in my bedside drawer. every box",
                "swallowed the rest of the bottle, theres nothing left",
                "I've necked the lot of my sleeping tablets",
                "taking the rest of them now so I don't wake up",
                "I've had the lot of my diazepam",
            ],
            DoesNotFire =
            [
                "she took everything from me in the divorce, the house, the dog",
                "i didnt take all of my tablets today, forgot the evening ones",
                "back in 2016 i took everything in my mums cabinet",
                "I took everything the counsellor said on board",
                "taking the rest of the week off work",
                "took everything out of the kitchen cupboard to paint it",
                "ate the rest of the biscuit tin",
                "i am taking all of them to the cinema tomorrow",
            ],
        },
        new()
        {
            Id = "OD32", Category = CrisisCategory.Overdose, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Using now and the body is failing: breathing slow or hard, lips numb or blue, vision going black, going under, " +
                "legs gone.",
            // Both: a use (took, did, shot, mixed, using) and a sign of an overdose. A sign alone is anxiety as often as not.
            AllOf =
            [
                R(@"\b(took|taken|did|done|used|using|shot|snorted|smoked|mixed|necked|swallowed|popped|injected|drank|had) (\w+ ){0,3}" +
                    @"(more|too much|way more|the lot|everything|on top|another line|more lines|another bump|bump|bumps|dose|doses|" + Medicine + @"|g|ghb|gbl|" +
                    @"ket|ketamine|lean|gear|dope|fent|heroin|bars|coke|crack|meth|crystal|mdma|pingers|pills|booze|vodka|spice|mamba)\b"),
                Any(
                    @"\b(my )?(breathing|breathings|breath|breathe|breathin) (is |keeps |has )?(going |getting |gone |gotten )?(really |very |so |too |all )?(slow|shallow)\b",
                    @"\b(hard|harder|cant|struggling|trouble|hard work) (to )?(breathe|breath|breathing)\b",
                    @"\bremind myself to breathe\b",
                    @"\b(my )?(lips|fingers|fingertips|face) (are |is |keep |feel |going |gone |turning |have gone )+(numb|blue|purple|grey|gray)\b",
                    @"\b(vision|visions|eyes|sight|sights|everything|everythings) (is |keeps |keep )?(going|gone|goes|turning) (black|dark|grey|gray)\b",
                    @"\bgoing dark (at|round|around) the edges\b",
                    @"\b(feel|feels|feeling) like (i am|i) (going|am going|slipping|drifting) (under|away)\b",
                    @"\bcant feel my (legs|arms|body|face|hands|feet)\b"),
            ],
            UnlessMessage = R(@"\b(asthma|inhaler|workout|spin class|squats|reps|sprints|ice bath|cold water|swim|swimming|altitude|dentist|anaesthetic|" +
                @"anesthetic|rehearsal|stage fright|covid|flu|virus|laughing)\b"),
            Fires =
            [
                "did another line and then more, my lips are numb and its hard to breathe",
                "mixed my methadone with the bars, breathing's gone really slow",
                "shot way more than i meant to, everything's going black",
            ],
            DoesNotFire =
            [
                "had a panic attack on the bus and it was hard to breathe, I'm ok now",
                "did 100 squats today and i cant feel my legs",
                "used 2 cans of spray foam in the loft and its hard to breathe",
                "years ago I mixed pills and booze and my lips went blue, my mate saved me",
                "did a spin class and can't feel my legs lol",
            ],
        },
        new()
        {
            Id = "OD33", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss, Negatable = true,
            Description = "Took a large number of a medicine named by its name (panadol, co-codamol, sertraline, zopiclone...).",
            AllOf =
            [
                R(MyOwnAct + @"(took|taken|swallowed|necked|downed|popped|swallowing) (about |around |like |maybe |over |" +
                    @"nearly )?(\d\d+|all \d+|a strip of|a box of|a pack of|a packet of|a sheet of|(the|a) whole (box|pack|packet|" +
                    @"bottle|strip|tub) of|the whole|a whole|twenty|thirty|" +
                    @"forty|fifty|sixty|a hundred|a handful of|a load of|loads of|the lot of|the rest of)( of)?( (my|me|the|his|her|mums|dads|nans))? " +
                    MedicineByName + @"\b"),
            ],
            // Work with medicines: a pharmacy's shelves and stock, a ward's patients.
            UnlessMessage = R(@"\b(patients|shelf|shelves|stock|audit|disposal|out of date|pharmacy|dispensary|round to)\b"),
            Fires = ["just took 30 panadol", "swallowed a whole box of co-codamol with the wine", "took about forty of my sertraline"],
            DoesNotFire =
            [
                "i take 50 mg of sertraline every morning",
                "in 2017 I took a box of co-codamol and ended up in hospital",
                "took 40 boxes of co-codamol off the shelf today, all out of date",
            ],
        },
        new()
        {
            Id = "OD34", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss, Negatable = true,
            Description = "A strip, a box or a counted number of pills swallowed or being swallowed: a strip of dad's pills, swallowing the 60 oxy.",
            AllOf =
            [
                R(@"(^|\bi )((have|had|has|am|will) )?(just |already )?(took|taken|swallowed|necked|downed|popped|swallowing|going to swallow) " +
                    @"(((a|the|two|three|\d|my|all|all my) )?(whole )?(strip|strips|sheet|sheets|box|boxes|packet|packets|blister|blisters|tub) (of )?" +
                    @"((my|me|the|his|her|mums|dads|nans|grans|wifes|husbands|partners) )?(\w+ )?|((the|my|all|all my) )?\d\d+ (of )?((my|me|the) )?)" +
                    Medicine + @"\b"),
            ],
            Fires = ["swallowed a strip of my mums sleeping pills", "swallowing the 60 oxy now", "just took 2 boxes of tablets"],
            UnlessMessage = R(@"\b(chemist|pharmacy|disposal|dispose|back to the (chemist|pharmacy)|to work|in case|with me|to the (gp|doctor)|to show)\b"),
            DoesNotFire =
            [
                "i take a strip of my pills to work in case",
                "in 2015 i swallowed a strip of pills, im ok now",
                "im taking 30 mls of methadone now, down from 60",
                "i am taking 2 boxes of my tablets on holiday",
            ],
        },
        new()
        {
            Id = "OD35", Category = CrisisCategory.Overdose, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "A young child has swallowed, drunk or chewed a drug, a medicine, alcohol, nicotine or a cleaning tablet: my 2 year old ate " +
                "one of my strips, the baby had my nicotine pouch in her mouth, toddler drank the vodka.",
            AllOf =
            [
                R(@"\b(baby|toddler|infant|little one|wee one|wee ones|(wee|little) (girl|boy|lad|man|un)|grandson|granddaughter|nephew|niece|foster " +
                    @"(child|kid|son|daughter)|([1-9]|10|11|12|one|two|three|four|five|six|seven|eight|nine|ten) ?(year old|yr old|yo|years old|yrs old)|" +
                    @"\d+ ?(month old|months old|mo old)|aged ([1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)|(he is|she is|only) ([1-9]|10|" +
                    @"one|two|three|four|five|six|seven|eight|nine|ten)( years| yrs| months)?( old)?( \.|$| (and|but|now|so|what)\b))\b"),
                R(@"\b(ate|eaten|eating|swallowed|swallowing|drank|drunk|drinking|chewed|chewing|bit into|bitten into|licked|got into|gotten into|" +
                    @"got hold of|had|took|taken)( \w+){0,5} (pill|pills|tablet|tablets|meds|medicine|medication|painkillers|paracetamol|tylenol|xanax|oxy|strips|" +
                    @"subutex|methadone|bupe|buprenorphine|suboxone|fentanyl|gummies|gummy|edibles|edible|weed|cannabis|vape|vape juice|e liquid|nicotine|" +
                    @"pouch|patch|stash|gear|coke|crack|dishwasher tablet|washing (pod|pods|tablet|capsule)|cider|vodka|wine|beer|gin|rum|whisky|whiskey|" +
                    @"alcohol|booze|spirits|brandy)\b"),
            ],
            // Checked and well, a story or an amends, sweets that look like pills, a child's own medicine, storing them safely.
            UnlessMessage = R(
                @"\b(said (he|she|they|it|hes|shes|shell|hell|theyll|itll) (will |would )?(be )?(fine|okay|ok)|(hes|shes|he is|she is|theyre|they are) " +
                    @"(totally |completely |absolutely )?(fine|okay|ok) now|no harm|checked (him|her|them) over|was checked|were checked|amends|lol|lmao|" +
                    @"haha|smarties|skittles|sweets|candy|tic tacs|vitamins|crayon|bath water|calpol|antibiotic|antibiotics|prescribed|(his|her|their) " +
                    @"(adhd |own )?(medicine|medication|meds|tablets|inhaler)|where (do|should|can) i (keep|store)|how (do|should|can) i (store|keep)|" +
                    @"store them|lock ?box|childproof|nightmare|nightmares|never happened|what if|pretend|pretends|last (week|month|year)|when (he|she|they) " +
                    @"(was|were) (little|small|a baby|a toddler|\d))\b"),
            Fires =
            [
                "my 2 year old just ate one of my subutex strips what do i do",
                "omg my toddler drank the vodka i left on the table hes all wobbly",
                "the baby had my nicotine pouch in her mouth, shes vomiting",
            ],
            DoesNotFire =
            [
                "poison control said shell be fine she only licked the wrapper, just shaking now",
                "my 17 year old drank at her mates party and came home sick",
                "years ago my baby got into my pills and swallowed one, the amends i owe her is huge",
                "where do i keep my methadone so the toddler cant reach it",
            ],
        },
        new()
        {
            Id = "OD36", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss, Negatable = true,
            Description = "The writer has just taken an overdose or more than their body can take, no drug named: i took an overdose, took an od, " +
                "i think i just od, more than my body can take, well over my tolerance.",
            AllOf =
            [
                Any(
                    @"\bi (have |had |just |have just |had just |already )?(taken|took|had|done|did) (an |a |another )?((massive|big|huge|deliberate|" +
                        @"staggered|accidental|bad|serious|proper|real|intentional) )?overdose\b",
                    @"^(just |have |i have )?(took|taken|done) (an |a |another )?overdose\b",
                    // "i'm od-ing", "i think i just od" (the normaliser reads "od" as "overdose").
                    @"\b(i am|im) overdose ing\b",
                    @"\bi (just|have just|think i just) overdose( \.|$)",
                    @"\bi am (just )?after (taking|doing|having|using|swallowing) (way |far |much |a lot |an awful lot )?(too much|too many|the lot|an overdose)\b",
                    @"\b(taken|took|had|done|did|used|swallowed|drank|snorted|smoked|injected) (a |an )?(way |far |much |a lot |a fair lot |loads |a good bit )?" +
                        @"more than (my body|my tolerance)\b",
                    @"\b(used|took|did|had|injected|taken) (well )?over my (previous |old |usual )?(tolerance|limit)\b"),
            ],
            // Past tense is judged clause by clause ("my dad died last year . tonight i took an overdose" is now), with a story
            // told from safety ("at my worst, two years ago, i took an overdose", "part of my story"), a dream, an overdose
            // course or kit, the everyday hyperbole ("an overdose of sunshine", "taking too much on at work", "more than my
            // body can take at the gym"). Not "i am fine now", "after the funeral", "years sober" or "too much pressure":
            // an overdose can feel fine for hours, and a loss or a relapse is when it happens.
            UnlessClause = R(@"\btoo much on (at|this|my|with|lately|right now)\b|\bmore than my body can (take|handle)( \w+){0,3} (at the gym|at training|" +
                @"in training|workout|spin class|marathon|on my shift)\b|" +
                @"\boverdose of (cheese|chocolate|sugar|sweets|cake|christmas|telly|tv|love|sun|sunshine|caffeine|coffee|fun|happiness|cuteness|" +
                @"nostalgia|carbs|junk food|cringe|vitamin d|fresh air)\b"),
            UnlessMessage = R(@"\b(i am \d+ now|when i was (\d+|a kid|a teenager|young|younger|little)|in (sixth form|high school|secondary school|" +
                @"college|uni)|first rehab|at my worst|before i got (clean|sober)|changed everything|part of (my|me) story|years later|nowhere near that|" +
                @"the anniversary is (next|coming|soon)|(my|our) story|" + ADream + @"|overdose (awareness|training|talk|kit|kits|prevention|course|" +
                @"spray|day|session|class|response|leaflet|video|information|info))\b"),
            Fires =
            [
                "i took an overdose",
                "I have taken overdose of my sleeping tablets, I am feeling very weak now",
                "I have taken more than my body can take. My eyes are closing by themselves.",
                "I'm after taking far too much tonight",
                "i took an overdose an hour ago but i am fine now, do i still need to go to a and e",
                "my dad died last year and tonight i took an overdose",
                "it was all too much pressure so i took an overdose",
                "took an od, dont tell my mum",
                "i think i just od",
            ],
            DoesNotFire =
            [
                "When I took an overdose in 2019 my mum found me",
                "Took an overdose of sunshine today at the lake",
                "At my worst, two years ago, I took an overdose and my sister found me",
                "I took an overdose when I was 17 after me dad left. I'm 38 now",
                "i dreamt i took an overdose",
                "i did the overdose awareness training at work today",
                "i had my first overdose at 16",
                "i did more than my body can take at the gym today",
                "i didnt take an overdose, i took my normal dose",
                "When I was 24 I lost my uni loan on online slots and took an overdose. 2011.",
            ],
        },
        new()
        {
            Id = "OD38", Category = CrisisCategory.Overdose, Scope = RuleScope.Message,
            Description = "A relapse at the old amount, with the body going wrong or after time clean: used my old dose after 8 months clean, took " +
                "double what i used to since i got out, tonight i did what i used to do and my body isnt handling it.",
            // Past markers are the words of a relapse here ("used to", "months clean"), so the rule has its own: a year, "years
            // ago", a hypothetical relapse, a dream, amends. A dose a doctor changed is not a relapse.
            AllOf =
            [
                Any(
                    @"\b(did|done|used|took|taken|had|injected|snorted|smoked) my (old|usual old|full old|old usual) (amount|dose|doses|quantity|hit)\b",
                    @"\b(went|gone|going) back to my old (amount|quantity|hit)\b",
                    @"\b(took|taken|had|did|done|used|injected|snorted|smoked|swallowed) (double|twice|triple|three times) (what i used to|my old|the amount|" +
                        @"my usual|what i usually|my normal)\b",
                    @"\b(did|done|used|took|taken|had) what i used to (do|take|use|have)\b"),
                Any(
                    @"\bafter (\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (days|day|weeks|week|months|month|years|year) " +
                        @"(clean|sober|off it|off the gear|inside)\b",
                    @"\b(since i got out|havent used in|first time in|relapsed)\b",
                    @"\b(slowing|sinking|fading|isnt handling|not handling|cant handle|going dark|going under|nodding off|cant breathe|cant stay awake|" +
                        @"pinpoint|blue lips|lips are blue|numb|dizzy|racing|pounding|throwing up|passing out)\b"),
            ],
            UnlessMessage = R(@"\b(years ago|year ago|in (19|20)\d\d|when i was (\d+|a kid|a teenager|young|younger)|if i (relapse|ever|use|go back|slip)|" +
                ADream + @"|amends|(doctor|gp|psychiatrist|nurse|clinic|" +
                @"prescriber|consultant) (put|puts|has put|upped|raised|increased|changed|moved|said))\b"),
            Fires =
            [
                "used my old dose after 8 months clean. pupils pinpoint in the mirror",
                "did my old amount tonight and everything is slowing down",
                "Took double what I used to, been 6 weeks since I got out, feels like I'm sinking",
                "went back to my old amount after 8 months clean",
                "i know tolerance drops but i did my old amount after 3 months clean and im nodding off",
                "did my old amount after 2 months clean, what if i dont wake up",
            ],
            DoesNotFire =
            [
                "if i relapse im scared ill do my old amount and not wake up",
                "in 2019 i did my old amount after 8 months clean and woke up in hospital",
                "today i did what i used to do before lockdown and went swimming",
                "i did twice what i usually do at the gym today",
                "my doctor put me back on my old dose of sertraline since i relapsed",
            ],
        },
        new()
        {
            Id = "OD37", Category = CrisisCategory.Overdose, Scope = RuleScope.Message,
            Description = "The writer used or took too much and their body is going wrong now: did too much and cant get up, used and my " +
                "breathing is going slow, swallowed the lot and im fading, took way more than i meant to and my vision is blurry.",
            // The symptoms say it is now, so a date elsewhere in the message does not make it a story ("my mum died last month, i
            // did 2 much tonight"), and "used to" is a relapse's words here ("way more than i used to"). A story is told in
            // its own words: "the first time i used".
            AllOf =
            [
                Any(
                    @"\b(used|took|taken|did|done|had|swallowed|drank|snorted|smoked|injected|shot up|popped)( \w+){0,3} (too much|2 much|to much|too many|" +
                        @"to many|the lot|the rest|all of (it|them)|everything (i had|left)|a load of (stuff|gear)|the whole (lot|syrup|packet|bag)|" +
                        @"way more|far more|a lot more)\b",
                    @"\b(took|taken|used|swallowed|injected|snorted|did|done) (way |far |much |a lot |a fair lot )?more than i (meant|was meant|planned|should|" +
                        @"should have|normally|usually|used to)\b",
                    @"\b(overdid|overdone|overdoing) it\b",
                    @"\b(after|since) i (just )?used( again| tonight| earlier| just now)?( \.|$| and)",
                    @"\bi (just )?used (again|tonight|just now)\b",
                    @"(^|\. )used again\b"),
                Any(
                    @"\b(cant|can not) (feel my|stay awake|keep my eyes open|get up|stand|stand up|move|see straight|see properly|see right|stop shaking)\b",
                    @"\b(eyes|eyes are|eyes keep) (closing|rolling)\b",
                    @"\b(nodding off|fading|passing out|pass out|blacking out|going to faint|about to faint|like to faint|sinking)\b",
                    // "heart's racing" reads "hearts racing".
                    @"\b(heart|hearts|chest|chests) (is )?(racing|pounding|poundin|skipping|going (mad|crazy|nuts|too fast)|feels (weird|wrong|tight)|" +
                        @"tight)\b",
                    @"\bbreathing (is )?(going )?(slow|slowing|shallow|weird|wierd|funny|wrong)\b",
                    @"\b(throwing up|vomiting|cant stop being sick|shaking|tingly|clammy|sweating|sweaty|lips (are |look |going )?(blue|numb))\b",
                    @"\b(vision is blurry|blurry|dizzy|spinning|so sedated|very sedated|drowsy|very sleepy|floaty|not well at all)\b"),
            ],
            // Too much of something else, said as such ("did 2 much work", "too many burpees", "overdid it on the cake", "more
            // than i planned of the cheesecake", "overdid it at spin class"), a story's first time or year, a dream, a question
            // about someone else. Single words are not enough: "should i drink water", "im lying in the garden", "this is a
            // nightmare", "at work in the toilets" are said in the emergency too.
            UnlessMessage = R(@"\b(too much|2 much|to much|too many|way too much|so much) (coffee|tea|caffeine|water|juice|food|sugar|pizza|cake|" +
                @"chocolate|biscuits|sweets|candy|dinner|work|burpees|squats|push ups|exercise|running|reps|on my plate|on (at|this|with|lately))\b|" +
                @"\b(overdid|overdone|overdoing) it (on|at|in|with) (the |my )?(\w+ )?(cake|food|dinner|pizza|chocolate|sweets|gym|workout|run|running|" +
                @"spin|class|garden|gardening|sun|dancing|training|hike|walk|weights)\b|\b(of|on|at) the (\w+ )?(cake|cheesecake|pizza|chocolate|" +
                @"biscuits|buffet|gym)\b|\b(years ago|in (19|20)\d\d|the first time i|" +
                ADream + @"|what (do i|to) do if (my|a|someone|he|she|your)|" +
                @"if (someone|my friend|a friend))\b"),
            Fires =
            [
                "can u help i did 2 much n my mates left n i cant get up off the floor",
                "my breathing is going slow and wierd after i used",
                "It was meant to be just a bit but I've had the rest of the packet and I'm fading",
                "Used again. Too much. Cold and sweating.",
                "took way more than i used to tonight and i cant stay awake",
                "did 2 much n i cant get up, should i drink water",
                "my mum died last month, i did 2 much tonight and cant stay awake",
                "overdid it tonight, heart is racing, what do i do if it doesnt stop",
            ],
            DoesNotFire =
            [
                "took too much caffeine and now im jittery and shaking",
                "the first time i used in 2009 i was throwing up all night",
                "what do i do if my friend used too much and hes dizzy",
                "i did too many burpees and now i cant stand up",
                "had way too much on my plate this week, cant stay awake",
                "overdid it on the cake, feeling sick and shaking",
                "had way more than i planned of the cheesecake, im so dizzy",
            ],
        },
    ];
}
