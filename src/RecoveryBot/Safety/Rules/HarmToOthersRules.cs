using static RecoveryBot.Safety.Rules.CrisisVocabulary;

namespace RecoveryBot.Safety.Rules;

/// <summary>
/// Harm to others: the user's intent to hurt or kill someone, with or without a weapon. Part of <see
/// cref="CrisisRules.All"/>; each rule carries the messages it must and must not fire on.
/// </summary>
internal static class HarmToOthersRules
{
    // HO27: the writer's own plan ("i will", "i am going to", "we are going to", or a clause that starts with "going to").
    private const string IWill = @"(\bi will|\bi am going to|\bi am|\bi am about to|\bi swear i will|(^|\. )going to)";

    // HO25's parts: who is named, the harm coming to them, and a weapon of mine.
    private const string Victim =
        @"\b(my (\w+ ){0,2}(ex|exs|dad|stepdad|brother|uncle|landlord|boss|dealer|husband|wife|partner|neighbour|neighbor|boyfriend|girlfriend|" +
            @"fella|bloke)|(my )?(exs|dads|stepdads|uncles|landlords|dealers|husbands|wifes|partners|neighbours|boyfriends|girlfriends|fellas|" +
            @"blokes)|that (guy|bloke|fella|man|woman|lad|prick)|(the|this) (guy|bloke|fella|man|lad)( who \w+( \w+){0,5})?)";

    private const string GettingHurt =
        @" (is |are )?(getting|get|going to get|will get|gets|about to get|going to be) (stabbed|shot|knifed|his head kicked in|" +
            @"her head kicked in)( \.|$| (tonight|today|tomorrow|when|the second|the minute|the moment|as soon as|right now|soon))";

    // What is put in someone's drink (HO23, HO26).
    private const string Poison = @"(bleach|poison|rat poison|antifreeze|anti freeze|weed killer|weedkiller|drain cleaner)";

    private const string MyWeapon = @"\b(i have (got )?|got )(my |his |her |the |a |\w+s )?(\w+ )?(rifle|gun|shotgun|pistol|knife|blade|machete|bat)\b";

    // A joke, or "not going to use it" (HO16, HO17): a weapon named but not meant.
    private const string NotMeant =
        @"\b(just|only|i am) (joking|kidding)\b" +
        @"|\b(not|never|wont|dont) (going to )?(use it|hurt (him|her|them)|do it)\b";

    /// <summary>The rules of this family, in reporting order.</summary>
    internal static readonly CrisisRule[] Rules =
    [
        new()
        {
            Id = "HO01", Category = CrisisCategory.HarmToOthers, Negatable = true, Past = PastHandling.Concern,
            Description = "The user intends to kill, stab, shoot, beat or hurt a person.",
            AllOf =
            [
                Any(
                    @"\b(going to|want to|about to|will|might|planning to|plan to|feel like|ready to) (kill|killing|murder|murdering|stab|stabbing|shoot|" +
                        @"shooting|hurt|hurting|beat|beating|strangle|strangling|choke|choking|attack|attacking) (him|her|them|someone|somebody|anyone|" +
                        @"people|everyone|everybody|my " + Person + @"|that (guy|man|woman|bitch|bastard))\b",
                    @"\bbeat the (hell|shit|crap|life) out of\b"),
            ],
            // Hurt feelings in amends talk: "the truth will hurt her", "seeing me like this will kill my mum".
            UnlessClause = R(
                @"\b(the truth|it|this|that|the news|hearing (it|this|that)|seeing me|my words|the letter|what i (say|said|did)|knowing|telling (her|him|" +
                    @"them))( \w+){0,3} (will|might|would|could|is going to|going to) (hurt|kill)\b"),
            Fires = ["im gonna stab him", "I want to hurt my ex"],
            DoesNotFire = ["I'm scared the truth will hurt her", "I'm not going to hurt anyone, I'm just angry", "back in 2015 i was gonna stab him"],
        },
        new()
        {
            Id = "HO02", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message,
            Description = "The user has a weapon and is going to someone.",
            AllOf =
            [
                R(@"\bi (have|have got|got|am holding|grabbed|brought|packed) (a|my|the) (knife|gun|bat|machete|weapon|hammer|crowbar|axe|blade)\b"),
                R(
                    @"\b(going over|going to (his|her|their)|waiting (for|outside) (him|her|them|his|her|their)|on my way|find (him|her|them)|when (he|she|" +
                        @"they) (comes|come|gets|get) (out|home|back))\b"),
            ],
            Fires =
            [
                "i've got a knife and i'm going over to his place",
                "I've got the hammer in my bag and I'm waiting outside his work for when he comes out",
            ],
        },
        new()
        {
            Id = "HO03", Category = CrisisCategory.HarmToOthers,
            Description = "Revenge intent or a target: make him pay, I know where he lives, he is going to disappear, not responsible for what I do.",
            AllOf =
            [
                Any(
                    @"\bmake (him|her|them|that (guy|man|woman|bastard|bitch)|\w+) pay\b",
                    @"\bi know where (he|she|they|that \w+) (lives|live|works|work|sleeps|sleep|stays|hangs out|is)\b",
                    @"\b(whoever|he|she|they|that (guy|dude|man|woman|bitch|bastard))( \w+){0,8} (is|are) going to (disappear|pay|regret it|get it|be sorry)\b",
                    @"\b(not going to be|wont be|not be) responsible for what i (do|might do)\b",
                    @"\btake (him|her|them|someone|somebody|that \w+) out\b",
                    @"\bto take out (someone|somebody|a person|him|her|them)\b",
                    @"\b(got|have|bought|picked up|grabbed) (a|my) (piece|strap|burner|pistol|glock)\b",
                    @"\b(heading|going|driving|on my way) (over )?(there|to (his|her|their) (place|house|work))( right)? now\b.*\b(pay|kill|hurt|knife|gun)\b"),
            ],
            Fires = ["I have my gun and I know where he lives", "I'll make him pay. I mean it, properly hurt him."],
        },
        new()
        {
            Id = "HO16", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Outside someone's house now with a weapon: I am parked outside his house with a bat.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                R(
                    @"(\bi am (right )?(parked |sat |sitting |waiting |standing )?|(^|\. )(parked|sitting) )outside (\w+ ){1,3}(house|place|flat|door|work|" +
                        @"building|close)\b(( \.)? \w+){0,4}( \.)? (with|got|have) (a|my|the) (\w+ )?(bat|knife|gun|hammer|machete|axe|crowbar|blade)\b"),
            ],
            UnlessMessage = Any(
                @"\b(shelf|shelves|diy|cricket|rounders|practice|flowers|lol|haha|lmao)\b",
                @"\b(fixing|mending|repairing|painting) (his|her|their|the|a|my) (gate|fence|door|shed|roof|car|bike)\b|\bbat and ball\b",
                NotMeant),
            Fires = ["I'm sat outside his house with a knife", "I am outside his front door with a hammer", "I'm outside his close with a blade"],
            DoesNotFire = ["Parked outside my mum's house with my hammer, doing her shelves today"],
        },
        new()
        {
            Id = "HO17", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A weapon ready while someone sleeps: I am holding the hammer and he is asleep.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                Any(
                    @"\bi am holding (the|a|my) (hammer|knife|bat|axe|machete|gun)\b",
                    @"\bi have (got )?the (hammer|knife|axe|machete|gun)\b"),
                R(@"\b(asleep|sleeping|next room|rage|hurt him|hurt her|kill him|kill her)\b"),
            ],
            UnlessMessage = Any(
                @"\b(chef|cooking|meal prep|recipe|youtube|practising|practicing|paintball|airsoft|diy|shelf|shelves|nails|fence|lol|haha)\b",
                NotMeant),
            Fires =
            [
                "I'm holding the knife and my brother is asleep in the next room, I'm scared of what I'll do",
                "the man who sell drugs to my son, I will kill him. I have the gun in the truck, I know his house",
            ],
            DoesNotFire = ["I'm holding the hammer, putting up shelves while the baby is asleep"],
        },
        new()
        {
            Id = "HO18", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "About to set fire to someone's home, with the fuel ready: about to burn his house down, the petrol is in the boot.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                R(
                    @"(\bi am |(^|\. ))(about to|going to) (burn (down )?(\w+ ){0,3}(house|place|flat|car|caravan)( down)?|set fire to (\w+ ){0,3}(house|" +
                        @"place|flat|car|caravan)|burn it down with (him|her|them) in it)\b"),
                R(@"\b(petrol|petrols|gas can|gasoline|lighter fluid|matches|accelerant)\b"),
            ],
            UnlessMessage = Any(
                @"\b(curry|takeaway|cooking|recipe|oven|toast|bbq|barbecue|bonfire|petrol station|lol|haha)\b",
                @"\b(just|only|i am) (joking|kidding)\b"),
            Fires = ["Going to set fire to his house tonight, got the petrol", "Going to burn it down with him in it, petrol is in the car"],
            DoesNotFire = ["I'm going to burn the place down with this curry, petrol station takeaway would be safer"],
        },
        new()
        {
            Id = "HO10", Category = CrisisCategory.HarmToOthers,
            Description = "About to hurt someone: a weapon ready, putting someone through a window, hurting him badly.",
            AllOf =
            [
                Any(
                    @"\bwant to hurt the guy\b",
                    @"\bput (him|her|them) through a (window|wall)\b",
                    @"\bgot a (bat|knife|gun) in the car\b"),
            ],
            Fires =
            [
                "If my sponsor says one more word I'm going to put him through a window",
                "I want to hurt the guy who sold my brother the stuff that killed him. I've got a bat in the car.",
            ],
        },
        new()
        {
            Id = "HO11", Category = CrisisCategory.HarmToOthers, Negatable = true,
            Description = "A stated intent to hurt a named person now: going to batter him tonight, want to hurt my old man.",
            AllOf =
            [
                R(
                    @"\bi (am )?(going to|gonna|want to|wanna|will) (batter|stab|glass|beat up|hurt) (him|her|them|my (old man|dad|father|mum|mom|wife|" +
                        @"husband|partner|neighbour|neighbor|roommate|flatmate|brother|sister|kids))\b"),
            ],
            // "I didn't want to hurt her", "scared I'll hurt them again", "if I relapse I will hurt my kids": amends talk.
            UnlessClause = Any(
                @"\b(dont|do not|never|not|didnt|doesnt|wouldnt) (want|going|gonna|wanna|mean|meant) to\b",
                @"\b(feelings|feeling)\b",
                @"\bby (saying|telling|leaving)\b",
                @"\b(scared|afraid|worried|frightened|terrified|fear) (that )?i\b",
                @"\bif i\b",
                @"\bagain\b",
                @"\bthe truth\b"),
            Fires = ["im gonna stab him", "if she crosses it i'll hurt her, i'm not joking"],
            DoesNotFire = ["if i relapse i will hurt my kids", "i dont think i will hurt him"],
        },
        new()
        {
            Id = "HO12", Category = CrisisCategory.HarmToOthers, Negatable = true,
            Description = "Intent to hurt a named person by a named means: run him over with the car, burn the house with him in it, stab him tonight, beat " +
                "him to death.",
            AllOf =
            [
                Any(
                    @"\brun (him|her|them|\w+) over with (the|my|his|her) (car|van|truck)\b",
                    @"\brun (his|her|my|that) (new )?(bloke|guy|boyfriend|girlfriend|ex|husband|wife|boss|dealer|landlord|neighbour|neighbor) over\b",
                    @"\bburn (\w+ ){0,3}(house|flat|place|home)( down)?( \w+){0,3} with (him|her|them) in( it)?\b",
                    @"\bburn (\w+ ){0,3}(house|flat|place|home)( down)?( \w+){0,3} (him|her|them) inside\b",
                    @"\b(stab|shoot|glass|knife) (him|her|them|the guy|that guy|my \w+)\b( \w+){0,4} (tonight|tomorrow|today|when|the minute|with the)\b",
                    @"\bbeat (him|her|them) to death\b",
                    @"\bsmash (his|her|their) (face|head) in\b"),
            ],
            UnlessClause = Any(
                @"\b(dont|never|not|didnt|doesnt|wouldnt) (want|going|mean|meant) to\b",
                @"\b(scared|afraid|worried|frightened) (that )?i\b",
                @"\bif i\b",
                @"\b(game|games|fortnite|film|movie|dream|nightmare)\b",
                @"\bover (to|for)\b",
                @"\bwith my sponsor\b",
                @"\ba text\b"),
            Fires = ["Tomasz. I stab him tonight.", "gonna stab my dealer tonight"],
            DoesNotFire = ["if i stab him tonight i go to prison", "i would never stab him tonight"],
        },
        new()
        {
            Id = "HO13", Category = CrisisCategory.HarmToOthers, Negatable = true,
            Description = "Intent to kill or maim someone named, with a weapon or means: going round with the iron bar, stood over him with the hammer, " +
                "smother her, shoot her and then me.",
            AllOf =
            [
                Any(
                    @"\b(going|go|gone|heading|coming) (round|over|up)( \w+){0,3} with (the|a|my|an) (iron bar|hammer|knife|machete|shotgun|gun|axe|crowbar|" +
                        @"blade|baseball bat)\b",
                    @"\btaking (the|my|a) (shotgun|gun|knife|hammer|bat|machete|axe|crowbar) (round|over) (to )?\w+\b",
                    @"\b(stood|standing) over (him|her|them)( \w+){0,3} with (the|a|my) (hammer|knife|bat|bar|pillow|gun|axe)\b",
                    @"\bi (will|intend to|am going to|plan to|shall) (\w+ ){0,2}(shoot|smother|strangle|suffocate|poison|stab) (her|him|them|my " + Person +
                        @")\b",
                    @"\bi (shoot|stab) (her|him|them)\b",
                    @"\b(going to|gonna|will|im) (run|drive) (\w+ ){1,4}off the road\b"),
            ],
            UnlessClause = Any(
                @"\b(game|games|fortnite|film|movie|dream|nightmare|joke|joking|kidding|lol|lmao|haha|cooking|cricket|baseball|softball|rounders|practice)\b",
                @"\bwith my sponsor\b",
                @"\bto help\b",
                @"\b(scared|afraid|worried|frightened) (that )?i\b",
                @"\ba (text|message|email|line|look|smile|call)\b",
                @"\bmy shot\b"),
            Fires = ["im gonna stab him", "I'm going to shoot them all"],
            DoesNotFire = ["I'm going to poison him with my cooking tonight lol, first time making curry", "i dont think i will shoot him"],
        },
        new()
        {
            Id = "HO14", Category = CrisisCategory.HarmToOthers, Negatable = true,
            Description = "Setting someone alight, poisoning their drink, going to them with a weapon now, or killing said in Spanish.",
            AllOf =
            [
                Any(
                    @"\bset (his|her|their|the) (car|house|flat|place|caravan|truck) on fire with (him|her|them) in(side)? it\b",
                    @"\bburn (his|her|their) (house|place|flat) down with (him|her|them)\b",
                    @"\b(put|putting|slip|slipping) something in (his|her|their) (drink|food|tea|coffee|pint)\b",
                    @"\b(going|heading|driving|walking|on my way) (to|round to|over to) (his|her|their) (house|place|flat|work)( now)? with (a|the|" +
                        @"my) (machete|knife|gun|bat|hammer|axe|tyre iron|tire iron|crowbar|iron bar|blade|star picket)\b",
                    @"\b(quiero|voy a|vamos a) matar(lo|la|le|los)?\b"),
            ],
            Fires = ["Boundary? Nah. I'm gonna set his car on fire with him in it.", "Quiero matar a mi cuñado. I am going to his house now with the machete"],
            DoesNotFire = ["i would never set his car on fire with him in it"],
        },
        new()
        {
            Id = "HO15", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message,
            Description = "Bringing a weapon to someone named, with a time.",
            AllOf =
            [
                R(
                    @"\b(bringing|taking|bring|take|grabbing|grab|got) (a|the|my) (star picket|machete|tyre iron|tire iron|crowbar|baseball bat|bat|hammer|" +
                        @"axe|knife|iron bar)\b"),
                R(@"\b(him|her|them|his|foreman|boss|dealer|neighbour|neighbor)\b"),
                R(@"\b(tomorrow|tonight|now|going to|when (he|she|they))\b"),
            ],
            UnlessMessage = R(
                @"\b(cricket|baseball|softball|garden|fence|fencing|diy|camping|shed|practice|game|match|cake|cook|cooking|kitchen|present|gift|bread)\b"),
            Fires =
            [
                "Gonna flog the foreman tomorrow, proper flog him, bringing a star picket",
                "I've got the hammer in my bag and I'm waiting outside his work for when he comes out",
            ],
            DoesNotFire = ["I'm going to bring a knife to cut his birthday cake tonight"],
        },
        new()
        {
            Id = "HO19", Category = CrisisCategory.HarmToOthers, Past = PastHandling.Dismiss,
            Description = "Afraid I will hurt a child or someone with me now.",
            AllOf =
            [
                R(@"\b(scared|afraid|frightened|terrified) i (will|might|am going to|could|would) (shake|hurt|hit|smother|strangle|harm) (her|" +
                    @"him|them|the baby|my baby|the kids|my son|my daughter)\b"),
            ],
            UnlessClause = R(@"\b(feelings|telling|leaving|moving|saying|tell|amends|letter|truth|ball|car|park|parking|business|news)\b"),
            Fires = [
                "I'm scared I'll shake the baby, she hasn't stopped screaming for three hours.",
                "back in my drinking days i put a man in hospital. sober 10 yrs. the baby won't stop crying and i'm so angry i'm scared i'll shake her",
            ],
            DoesNotFire = ["I'm scared I'll hurt her by telling her about my relapse."],
        },
        new()
        {
            Id = "HO20", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message,
            Description = "Thinking of taking the children with me, beside an end.",
            AllOf =
            [
                R(@"\b(taking|take) (them|the kids|my kids|the children|my children|the baby|my baby|them all) with me( \.|$)"),
                R(@"\b(asleep|when i go|end it|all of us|pills|do it|die|dying|kill|keep thinking|been thinking|leave them behind)\b"),
            ],
            UnlessMessage = Any(
                @"\b(holiday|shop|shopping|trip|park|school|appointment|doctor|dentist|camping|beach|meeting|meetings|visit|gig|wedding)\b",
                @"\b(church|chemist)\b"),
            Fires = [
                "I'm going to take them with me, the kids are asleep and I've got enough pills for all of us.",
                "honestly i'm fine, im safe. but the kids are asleep and i keep thinking about taking them with me",
            ],
            DoesNotFire = ["Wedding on Saturday, taking the baby with me."],
        },
        new()
        {
            Id = "HO21", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message,
            Description = "A weapon ready for a person (behind my back at the door, on the seat while following), or hands round a neck.",
            AllOf =
            [
                Any(
                    @"\b(hammer|knife|blade|machete|bat|crowbar|axe|gun)\b(( \w+){0,6}) (behind my back|on the (passenger )?seat)\b",
                    @"\bmy hands (are )?(round|around) (his|her|their) (neck|throat)\b"),
                Any(
                    @"\b(is at|at) the door\b",
                    @"\bi am following (the|that|this|him|her) (\w+ ){0,2}(who|that)\b",
                    @"\bi (want|need|am going) to (finish (it|him|her)|squeeze)\b",
                    @"\b(going to|want to|need to) (get|hurt|stab|batter|kill) (him|her|them)\b"),
            ],
            UnlessMessage = Any(
                NotARealWeapon,
                @"\b(diy|shelf|fixing|cooking|fishing|delivery|veg|cricket|bowl|pumpkin|tutorial|trail|plumber)\b"),
            Fires = ["He's at the door, I've got the knife behind my back.", "I've got my hands around her neck and I want to squeeze."],
            DoesNotFire = ["Left my hammer in the car, the plumber is at the door."],
        },
        new()
        {
            Id = "HO22", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A weapon on me and where he or she will be, waiting for them: the knife in my coat, at his work when he clocks off.",
            // Present and future forms only, a target named as him, her or an ex ("at my dad's work" is a visit), and waiting for
            // that person to come out or a threat (a bat in the car outside an ex's work is also the school run).
            AllOf =
            [
                Any(
                    @"\b(knife|knifes|blade|tyre iron|tire iron|crowbar|bat|hammer|machete|axe|gun|guns|rifle|rifles|shotgun|shotguns|pistol)( is| are)? " +
                        @"(in my (coat|pocket|jacket|bag|hand|car|truck|ute|van|boot)|on the (seat|passenger seat|dash)|in the (car|truck|ute|van|boot))\b",
                    @"\bwith (a|my|the) (\w+ )?(knife|tyre iron|tire iron|crowbar|bat|hammer|machete|axe|gun|rifle|shotgun) (on the seat|in my (pocket|lap|" +
                        @"hand|coat))\b"),
                R(
                    @"\b(i am (parked|waiting|sitting|sat)|i will be|waiting|parked) (\w+ ){0,4}(outside|at) (his|her|their|my exs) (work|house|place|flat|" +
                        @"door|job|office|gym)\b"),
                Any(
                    @"\b(when|till|until|before) (he|she|they) (finishes|finish|clocks off|gets (home|out|back|off)|comes out|leaves)\b",
                    @"\b(he|she|they) (finishes|finish|clocks off|gets off) at\b",
                    @"\b(done talking|pay for|make (him|her|them) pay|never does this|never do this|just want to talk)\b"),
            ],
            UnlessMessage = Any(
                NotARealWeapon,
                @"\b(diy|shelf|fixing|cooking|fishing|allotment|garden|hunting|deer|range|gunsmith|for sale|selling|lol|haha|turkey|picnic|practice|" +
                    @"nets|wardrobe)\b",
                @"\bto (help|fix|drop|pick up|carve|change|hand|give|return|collect|move)\b"),
            Fires =
            [
                "knife's in my coat pocket. i'll be at his work at 6 when he clocks off. i just want to talk to him",
                "waiting in the car outside my ex's work with a tyre iron on the seat. she finishes at 5",
                "dad's old rifle is in the ute and i'm parked outside his place. done talking",
            ],
            DoesNotFire =
            [
                "waiting in the car outside my ex's work to swap the kids over at 5",
                "hammer's in the car, I'll be at her place at 10 to put the shelf up",
                "baseball bat's in the car from practice, waiting outside my ex's work to drop the kids' bags when she finishes at 5",
            ],
        },
        new()
        {
            Id = "HO23", Category = CrisisCategory.HarmToOthers, Negatable = true, Past = PastHandling.Concern,
            Description = "Poison put in someone's drink or food: bleach in his coffee, rat poison in her tea.",
            AllOf =
            [
                R(
                    @"\bi (have |just |am going to |will |already |am )?(put|putting|slipped|slip|added|adding|mixed|poured|spiked) (some |a bit of |" +
                        @"a drop of )?" + Poison + @" (in|into) (his|her|their|\w+s) " +
                        @"(coffee|tea|drink|food|thermos|dinner|lunch|beer|water|bottle|flask|cup|soup|meal|wine)\b"),
            ],
            UnlessMessage = R(@"\b(asked if|asks if|asking if|to clean|to rinse|book|novel|film|movie|show|episode|lol|haha)\b"),
            Fires = ["I put bleach in his coffee thermos this morning. He drinks it on his break at 10."],
            DoesNotFire =
            [
                "I used to put rye in my coffee thermos every morning",
                "I didn't put bleach in his coffee, I only thought about it",
                "Mum asked if I put poison in her tea, it was oat milk",
            ],
        },
        new()
        {
            Id = "HO24", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Afraid of what I will do to someone: scared of what I'll do to her, away from him before I hurt him.",
            AllOf =
            [
                R(
                    @"\b(scared|afraid|frightened|terrified) (of )?what i (will|might|could|am going to) do( to (him|her|them|my " + Person + @"|the (baby|" +
                        @"kids|children))\b|\b.*\bbefore i (hurt|harm|hit|kill) (him|her|them|my " + Person + @")\b)"),
            ],
            // "what i will do to my kids if i keep drinking": the harm of a relapse, not of my hands.
            UnlessMessage = R(@"\bif i (keep|start|go back|relapse|drink|use|pick up)\b"),
            Fires =
            [
                "I grabbed her by the arms and shook her. I'm scared of what I'll do next, I've got to get away from her before I hurt her.",
                "im scared of what i might do to him when he gets home",
            ],
            DoesNotFire =
            [
                "back when I was drinking I was scared of what I might do to him",
                "I'm scared of what I'll do to my liver",
                "terrified of what i'll do to my kids if i keep drinking",
            ],
        },
        new()
        {
            Id = "HO25", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message, Past = PastHandling.Concern,
            Description = "A named person is going to get stabbed or shot, with a when or a weapon of mine: my stepdad's getting stabbed when he " +
                "comes back tonight.",
            AllOf =
            [
                Any(
                    Victim + GettingHurt,
                    // "he" or "she" only beside a weapon of mine: a soldier's parent worries "he's going to get shot" too.
                    @"\b(he is|she is|they are|he|she)" + GettingHurt + @".*" + MyWeapon,
                    MyWeapon + @".*\b(he is|she is|they are|he|she)" + GettingHurt),
                Any(
                    @"\boutside (his|her|their) (house|place|flat|door|work)\b",
                    @"\b(tonight|today|tomorrow|in the morning|right now)\b",
                    @"\b(when|the second|the minute|the moment|as soon as) (he|she|they) (comes|come|gets|get|leaves|finishes|walks|steps)\b",
                    MyWeapon),
            ],
            // "getting shot of" is getting rid of, "shot down" a refusal; a jab; a story on screen; a shoot; sport; the past.
            UnlessMessage = Any(
                @"\b(shot of|shot down|shot at|flu|jab|vaccine|booster|film|filming|movie|the show|tv show|a show|this show|episode|season|" +
                    @"eastenders|corrie|soap|video game|in the game|book|series|photo|photos|photographer|photo shoot|the shoot|a shoot|" +
                    @"shoot (day|today|tomorrow|tonight)|portraits?|headshots|campaign|pilot|album|magazine|" +
                    @"commercial|video|advert|wedding|keeper|goalie|fight night|(first|amateur|pro|title|boxing) fight|boxing|bout|sparring|mma|in the ring)\b",
                @"\b(was|were) getting\b",
                NotARealWeapon),
            Fires =
            [
                "who did i harm? nobody yet. but my stepdad's getting stabbed when he comes back from the pub tonight",
                "lol my ex is gonna get shot. I've got my uncle's rifle in the truck and I know she gets off work at 6",
            ],
            DoesNotFire =
            [
                "my brother is getting shot of his old car tomorrow, finally",
                "my mum is getting her flu shot tomorrow",
                "in the show my favourite character is getting shot tonight, can't watch",
                "my idea is getting shot down at the meeting tomorrow, I can feel it",
                "my grandad was getting shot at in Korea when he was 19",
                "the old horse is getting shot tomorrow, the vet says it's kindest",
                "my son's deployed and I lie awake thinking he's going to get shot tonight",
            ],
        },
        new()
        {
            Id = "HO26", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Taking a weapon to a person: the bat to my ex's new fella, to his place with his own rifle right now, waiting on him " +
                "with a bar, his new address for when he's in the ground, rat poison in his tea that he's about to drink.",
            // A person as the target ("taking the hammer to them" is kitchen units), and a weapon that ends the phrase ("waiting for
            // him with a chocolate bar" is not one). Present forms only, so a history told beside it does not soften it.
            AllOf =
            [
                Any(
                    @"(\bi am |(^|\. ))taking (the|a|my) (bat|knife|hammer|machete|bar|crowbar|axe|blade|gun|rifle|shotgun|pistol) to (him|her|" +
                        @"that (guy|fella|bloke|man|lad|woman)|the (guy|fella|bloke|man|lad|woman)|my (\w+ )?(ex|exs|stepdad|dad|brother|husband|wife|" +
                        @"partner|landlord|dealer))\b",
                    @"(^|\. )(i am )?(driving|going|heading|walking|on my way) (over |round )?to (his|her|their|my exs|\w+s) (place|house|flat|work|door) " +
                        @"with (\w+ ){0,3}(rifle|gun|shotgun|pistol|knife|machete|bat|hammer|axe|crowbar)\b",
                    @"\bwaiting (on|for) (him|her|them)( outside| at the door)? with (a|the|my) (metal |iron |steel |tyre )?(bar|crowbar|bat|knife|" +
                        @"blade|hammer|machete|axe|gun|rifle|shotgun|pistol)( \.|$| in my (pocket|bag|coat|hand|car))",
                    @"\b(when|once|till|until|before) (he is|she is|my ex is|\w+ is) in the ground\b.*\b(got|have|found) (his|her|their) (new )?" +
                        @"address\b",
                    @"\b(there is|i put|put|i have put|slipped) (some )?" + Poison + @" in (his|her|their|\w+s) " +
                        @"(coffee|tea|drink|food|thermos|dinner|beer|water|flask|cup|soup|meal|wine)\b.*\b" +
                        @"(he is|she is|they are|he will|she will|he will be|she will be) (about to |going to )?(drink|eat|have|drinking|eating|having) it\b"),
            ],
            UnlessMessage = Any(
                NotARealWeapon,
                // Sport, returning and mending things, lending tools, a kitchen, and an estate's paperwork (two independent reviews).
                @"\bto (\w+s )?(practice|training|nets|the game|the match)\b|\b(cricket|baseball|softball|rounders) (practice|game|match|training|" +
                    @"nets)\b|\b(bowling|batting)\b",
                @"\b(to return|give (it|them) back|hand (it|them) in|to fix|sharpen\w*|re gripped|regrip\w*|repair\w*|floorboards|chocolate)\b",
                @"\b((he|she|they) borrowed|to borrow|borrowing it|lend (it|them)|lent (it|them)|(he|she|they) (needs|wants) it (back|for)|" +
                    @"(locked|back) in the (gun )?cabinet|licence|license|(a|the|as a|he is a|she is a|i am a) chef|so (he|she|they) can (use|borrow|fix|" +
                    @"have|take|hang)|bread knife|butter knife|(the|a|birthday|her|his) cake|cake knife|(knife|knives) (\. )?(fork|forks)|" +
                    @"dinner party|for the solicitor|probate|funeral director)\b|" +
                    @"\b(he|she) left (it|them) (here|at mine|at my place|behind)\b"),
            Fires =
            [
                "boundaries? my boundary is I'm taking the bat to my ex's new fella when I see him at the school gate in the morning",
                "who do I need to forgive? my old man. not happening. driving to his place with his own rifle right now",
                "kinder to myself? I'll be kind once my ex is in the ground. got his new address and it's happening friday",
                "rebuild trust with him? no. there's rat poison in his tea and he's drinking it in ten minutes",
            ],
            DoesNotFire =
            [
                "taking the bat to my son's practice then doing the amends question",
                "driving to his place with his own rifle to give it back, he left it at mine after hunting season",
                "taking the hammer to them kitchen units tomorrow, the reno starts",
                "waiting for him with a chocolate bar, he's had a rough day",
                "taking the knife to the guy at the market to get it sharpened",
            ],
        },
        new()
        {
            Id = "HO27", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message,
            Description = "Going to hurt someone badly, with a weapon or on the way now: put him in hospital, crack his skull, stab him, " +
                "a bullet in him.",
            AllOf =
            [
                Any(
                    IWill + @" (put|putting) (him|her|them|that \w+) in (the )?(hospital|hospy|icu)\b",
                    IWill + @" (put|putting) (him|that \w+) in (the )?(ground|grave)\b",
                    IWill + @" (put|putting) (a bullet|bullets|a round) in (him|her|them|his head|her head)\b",
                    IWill + @" (crack|cracking|break|breaking|smash|smashing|split|splitting|cave|caving) (in )?(his|her|their) (skull|head|face|jaw|" +
                        @"legs|knees)( in| open)?\b",
                    IWill + @" (stab|stabbing|stabbin|shank|shanking|knife|knifing) (him|her|that \w+)( up)?\b",
                    @"(^|\. )(stab|stabbing|stabbin|shank|shanking) (him|her)( up)?\b",
                    @"\bon my way to (stab|shank|kill|hurt) (him|her|that \w+)\b"),
                Any(
                    @"\b(bat|bats|cricket bat|baseball bat|tire iron|tyre iron|wheel brace|crowbar|crowbars|machete|machetes|cutlass|knife|knifes|knives|" +
                        @"blade|blades|hammer|hammers|axe|axes|rifle|rifles|shotgun|shotguns|gun|guns|pistol|pistols|piece|cuete|shank)\b",
                    @"\b(going|heading|headed|driving|on my way|leaving|off) (round|over|up) (to |there|his|her|their|now)\b",
                    @"\b(parked|waiting) (outside|for|near|at)\b",
                    @"\b(tonight|right now|now|i mean it|not joking|im not joking|swear down|serious)\b"),
            ],
            // Games and hunting: "if he beats me at darts again I'll put him in the hospital", "a bullet in that stag".
            UnlessMessage = R(@"\b(darts|chess|fifa|snooker|fortnite|warzone|xbox|ps5|sparring|stag|deer|boar|rabbit|rabbits|stalking|mare|horse|" +
                @"cow|sheep|vet|for tests|for a check|appointment)\b"),
            Fires =
            [
                "he robbed my nan. i'm going round tonight and i'll put him in the hospital",
                "got the crowbar in the van, gonna crack his skull when he comes out of the pub",
                "i swear i'm stabbing him tonight for what he did",
            ],
            DoesNotFire =
            [
                "if he beats me at darts again I'll put him in the hospital haha",
                "we are going to put the ashes in the ground on sunday",
                "the vet is going to put a bullet in her tomorrow, poor old mare",
                "the kid is going to split his head open on that trampoline",
                "i would never put him in hospital, i just want him to leave",
                "i'm going round tonight to talk to him about what he did",
            ],
        },
    ];
}
