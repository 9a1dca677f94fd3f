using static RecoveryBot.Safety.Rules.CrisisVocabulary;

namespace RecoveryBot.Safety.Rules;

/// <summary>
/// Violence at home (harm from others): being hit, threatened, held in, a weapon at the door. Part of <see
/// cref="CrisisRules.All"/>; each rule carries the messages it must and must not fire on.
/// </summary>
internal static class ViolenceAtHomeRules
{
    // Someone has just broken a bone of mine (VH17 and VH18), and what makes it something else.
    private const string JustBrokeABone = @"\b" + Subject + @"( is| has)? just (broke|broken) my (arm|nose|jaw|ribs|rib|wrist|hand|cheekbone)\b";

    private const string NotViolenceToABone =
        @"\b(toddler|baby|kid|keeper|goalie|match|five a side|football|rugby|ball|by accident|accidentally|headbutted|cast)\b";

    // What is thrown at someone in VH01's longer form ("just threw a bottle at us"): things that wound, not keys or a remote
    // tossed across a room.
    private const string Thrown =
        @"(bottle|bottles|glass|glasses|plate|plates|mug|mugs|chair|knife|knives|ashtray|lamp|bowl|vase|iron|hammer|bat|pint glass|stool|kettle|" +
            @"cup of tea|cup of coffee|boiling water)";

    // Who throws in VH01's longer form: an adult at home, or no one named (a clause of its own).
    private const string Thrower =
        @"(he|she|they|my (husband|wife|partner|boyfriend|girlfriend|ex|dad|da|father|stepdad|step dad|stepmum|step mum|stepmom|mum|mom|mother|" +
            @"uncle|fella|missus|roommate|flatmate)|(his|her) (dad|father|mum|mom))";

    /// <summary>The rules of this family, in reporting order.</summary>
    internal static readonly CrisisRule[] Rules =
    [
        new()
        {
            Id = "VH01", Category = CrisisCategory.ViolenceAtHome, Past = PastHandling.Dismiss,
            Description = "Someone hits, beats, chokes or hurts the user (or someone at home).",
            AllOf =
            [
                Any(
                    @"\b" + Subject + @" (is |are |was )?(just |always |keeps |still |again )?(hits|hit|beat|beats|beating|punched|punches|punching|kicked|" +
                        @"kicks|kicking|slapped|slaps|slapping|whack|whacks|whacked|whacking|smacked|smacks|smacking|choked|chokes|choking|strangled|" +
                        @"strangles|strangling|shoved|shoves|hurting|hitting|attacked|attacks|attacking|(threw|throws|throwing) \w+ at) (me|us|my " +
                        Person + @")\b",
                    // Something thrown, said with its subject or in a clause of its own ("... and just threw a bottle at us").
                    @"(^|\b" + Thrower + @" )(is |are |was |has )?(just |always |keeps |still |again )?(threw|throws|throwing|thrown|chucked|chucks|chucking|" +
                        @"hurled|hurling|flung|lobbed|lobbing) ((a|an|the|that|some|a full|an empty) (\w+ )?)?" + Thrown +
                        @" at (me|us|my " + Person + @"|my (head|face)|the (kids|baby|children))\b"),
            ],
            // "beat me at chess", "kicked me out again" (sent away, not hit), "pushed me away".
            UnlessClause = Any(
                @"\bbeat (me|us) (at|in|to)\b",
                @"\b(beats|beating) (me|us) at (chess|cards|pool|darts|fifa|monopoly|scrabble|golf|tennis|\w+ games?)\b",
                @"\b(kicked|kicks|kicking) (me|us) out\b",
                @"\b(pushed|pushes|pushing|shoved|shoves) (me|us) away\b",
                @"\b(at|in) (golf|cricket|pool|tennis|squash|badminton|snooker|darts)\b",
                @"\bfor six\b|\bplay (fight|fighting)\b|\bpillow fight\b|\bwith the truth\b",
                @"\b(whack|whacks|whacked|smack|smacks|smacked|elbow|elbows|elbowed|kicks|kicked) (me|us)( \w+){0,4} in (her|his|their) sleep\b",
                @"\b(whack|whacks|whacked|smack|smacks|smacked|hit|hits|hitting) (me|us)( \w+){0,4} with (a |the |her |his |their |some )?" +
                    @"(pillow|pillows|balloon|balloons|water balloons|foam \w+|cushion|cushions)\b"),
            Fires =
            [
                "hes hitting me", "he hit me again", "my 6 year old is here and his dad is off his head and just threw a bottle at us",
                "my ex hits me up for money every week if i dont pay he hits me", "he keeps hitting me up against the wall",
            ],
            DoesNotFire =
            [
                "My brother is still using. He keeps hitting me up for money.",
                "he beat me at chess", "Years ago my ex choked me in front of the kids. Just took the kids to the beach, we are safe and happy now",
                "she threw a bottle at me in 2015 and i left", "my son is 1 and he threw his bottle at me lol",
            ],
        },
        new()
        {
            Id = "VH02", Category = CrisisCategory.ViolenceAtHome,
            Description = "A threat to kill or hurt.",
            AllOf = [R(@"\b(threatened|threatens|threatening|threaten) to (kill|hurt|beat|hit|shoot|stab|take the kids)\b")],
            Fires = ["he threatened to kill me if i leave", "he's got me pinned down, threatening to kill the kids"],
        },
        new()
        {
            Id = "VH03", Category = CrisisCategory.ViolenceAtHome, Past = PastHandling.Dismiss,
            Description = "Someone is going to kill or hurt the user (not 'my boss will kill me if...').",
            AllOf =
            [
                R(
                    @"\b" + Subject + @" (is |are )?(going to|will|wants to|is trying to|tried to|might) (kill|hurt|beat|hit|choke|strangle|shoot|stab) (me|" +
                        @"us|my " + Person + @")\b"),
            ],
            UnlessClause = R(@"\b(kill|murder) (me|us) (if|for|when|because)\b"),
            Fires = ["I'm scared he's going to kill me", "i'm afraid to go home, he'll hurt me"],
            DoesNotFire = ["my boss will kill me if I'm late", "back in 2015 he tried to kill me"],
        },
        new()
        {
            Id = "VH04", Category = CrisisCategory.ViolenceAtHome,
            Description = "Not safe at home, afraid to go home, held in, a break-in, a weapon at the door.",
            AllOf =
            [
                Any(
                    @"\b(locked|locks|locking|shut) me (in|out)\b",
                    @"\b(kicking|kicked|smashing|smashed|breaking|broke|bashing) (the|my|our) (door|window)( \w+)? (in|down)\b",
                    @"\bhands (round|around|on) my (throat|neck)\b",
                    @"\b(do|finish) (me|us) in\b",
                    @"\b(took|takes|smashed|broke|hid) my (phone|keys)\b",
                    @"\b(dont|never) feel safe (at home|here|with (him|her|them|my \w+)|around (him|her|them)|in my (house|home))\b",
                    @"\b(afraid|scared|terrified) to go home\b",
                    @"\b(wont|doesnt|will not) let me (leave|go out|out of)\b",
                    @"\b(breaking|broke|trying to break) in(to)?\b",
                    @"\b" + Subject + @" (is |has |got )?(outside|at my door|at the door|in the house|here|coming) with (a |his |her )?(knife|gun|bat|" +
                        @"weapon)\b",
                    @"\b(he|she|they|my " + Person + @") (has|got|pulled|pulled out|is holding|grabbed) (a |his |her )?(knife|gun)\b"),
            ],
            Fires = ["he's kicking the door in", "I don't feel safe at home"],
        },
        new()
        {
            Id = "VH05", Category = CrisisCategory.ViolenceAtHome,
            Description = "Someone says they will kill, burn, throw or hurt the user (a reported threat), or swings a weapon at them.",
            AllOf =
            [
                Any(
                    @"\b" + Subject + @" (said|says|keeps saying|keep saying|told me|swore|swears|is saying|screamed|yelled|texted)( \w+){0,5} (he|she|" +
                        @"they) (would|will|is going to|are going to|was going to|were going to) (kill|hurt|burn|throw|beat|shoot|stab|choke|strangle|break|" +
                        @"smash|drown|bury|end)\b",
                    @"\b(burn|set fire to|torch) (the|my|our|this) (house|place|apartment|flat|trailer|car)( down)? with (me|us|the kids|my \w+) in (it|" +
                        @"there)\b",
                    @"^(is |are |keeps |started )?(throwing|threw|swinging) (stuff |things |bottles |plates |chairs |dishes |\w+ )?at (me|us|mom|mum|dad|" +
                        @"my \w+)\b",
                    @"^(is |are |keeps |started )?(throwing|threw) (me|us)\b",
                    @"^(is |are |keeps |started )?(hitting|punching|beating|choking|kicking|slapping|shoving|hits|punches|chokes|kicks|slaps) (me|us|mom|mum|" +
                        @"dad|my \w+)\b",
                    @"\b(swinging|swung|waving|pointing|aiming|aimed|pulled|came at \w+ with) (a |the |his |her )?(bat|knife|gun|weapon|bottle|hammer|" +
                        @"machete|axe|belt)( at (me|us|my \w+|\w+))?\b"),
            ],
            Fires =
            [
                "my son is high on something and swinging a bat at us", "bf said hed throw me out the window if i try to leave",
                "my dad hits us up for money, hits us when we say no",
            ],
            DoesNotFire = ["Nobody is hitting me. Hitting me UP means asking. For money."],
        },
        new()
        {
            Id = "VH06", Category = CrisisCategory.ViolenceAtHome,
            Description = "Hiding injuries from doctors, sleeping in the car to be safe, safer anywhere than at home, an abuser on the way back.",
            AllOf =
            [
                Any(
                    @"\b(told|tell|telling|said to) (the |my |a )?(er|e r|a and e|ae|gp|nurse|doctor|doc|hospital|cops|police|teacher|paramedics|" +
                        @"social worker)( \w+){0,2} (that )?(i|she|he) (fell|tripped|slipped|walked into|bumped|ran into)\b",
                    @"\bi didnt (fall|trip|walk into|slip)\b",
                    @"\bbut it was (him|her|them|my \w+)( again)?\b",
                    @"\bsafer (in my car|in the car|than (home|being home|at home|going home|with (him|her)))\b",
                    @"\b(sleep|sleeping|slept|hide|hiding|hid) in (my|the) (car|truck|closet|bathroom|garage)( \w+){0,2} (when|because|so|since|till|until|" +
                        @"while) (he|she|they|my)\b",
                    @"\b(he|she|they) (is|are) (on (his|her|their) way back|coming back|back home)\b.*\b(hit|hits|beat|drunk|wasted|angry|threatened|choked)\b",
                    @"\b(hit|hits|beat|choked) me\b.*\b(on (his|her|their) way|coming back|coming home)\b"),
            ],
            Fires = ["told the er nurse i fell down the stairs again. i didnt fall", "I told the GP I walked into a cupboard door but it was him again"],
        },
        new()
        {
            Id = "VH16", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Violence at home happening now: kicking the bedroom door down, pinning me down, dragging my brother by the hair.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                Any(
                    @"\b" + Subject + @" (is|are|keeps) (kicking|smashing|breaking) (in )?(the|my|our) (\w+ )?door( in| down)?\b",
                    @"\b" + Subject + @" (is|are) pinning me (down|against)\b",
                    // Held down on something: not "my boss is holding me down" (no promotion), "my kids are holding me down" (keeping me
                    // sober) or "holding me down in the pool" (a swimming lesson).
                    @"\b" + Subject + @" (is|are) holding me down (on|against) (the|my|his|her) \w+",
                    @"\b(has|have) me pinned (down|against|to)\b",
                    @"\bpinned me (down|against|to the (wall|floor|bed))\b",
                    @"\b" + Subject + @" (is|are) dragging (\w+ ){0,4}by (the|her|his|my|their) hair\b"),
            ],
            UnlessMessage = R(
                @"\b(in the (film|movie|show)|in my dream|nightmare|schedule|rota|deadline|keys|locked out|wrestling|tickle|tickling|cuddle|cuddles|" +
                    @"playing)\b"),
            Fires = ["he's kicking the door in", "Hiding in the caravan toilet, he's kicking the door in", "he is holding me down on the bed"],
            DoesNotFire =
            [
                "My sponsor is great, she's pinning me down to a meeting schedule", "my little brother pinned me down tonight playing",
                "my boss is holding me down, no promotion for 3 years", "my brother is holding me down in the pool, teaching me to float",
            ],
        },
        new()
        {
            Id = "VH17", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Someone has just broken a bone of mine (a story dated in the past is not).",
            AllOf = [R(JustBrokeABone)],
            // Sport, a toddler, an accident.
            UnlessMessage = R(NotViolenceToABone),
            Fires = ["He's just broken my arm", "My boyfriend just broke my arm"],
            DoesNotFire =
            [
                "My toddler headbutted me, she just broke my nose I swear",
                "Back in 2012 he just broke my arm one night. I left him and I am safe now",
            ],
        },
        new()
        {
            Id = "VH18", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Someone has just broken a bone of mine and is still there, whatever history sits beside it.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                R(JustBrokeABone),
                R(
                    @"\b(still|right now|is home|coming back|he is here|she is here|upstairs|downstairs|in the (house|kitchen|living room|bedroom|hallway|" +
                        @"next room))\b"),
            ],
            // Sport, a toddler, an accident.
            UnlessMessage = R(NotViolenceToABone),
            Fires =
            [
                "He was fine for 2 years. He just broke my wrist, he's in the kitchen",
                "She swore in 2018 it was over. She just broke my nose and she's still in the kitchen",
            ],
            DoesNotFire = ["my kid just broke my nose by accident, he is still upstairs"],
        },
        new()
        {
            Id = "VH11", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message,
            Description = "An injury done by someone at home who is on their way back.",
            AllOf = [R(@"\b(he|she) broke my (arm|nose|ribs|jaw|wrist)\b.*\b(he|she) is (due|coming) (home|back)\b")],
            Fires = ["Not him. He broke my arm last month and he's due home in an hour."],
        },
        new()
        {
            Id = "VH10", Category = CrisisCategory.ViolenceAtHome,
            Description = "Violence at home now in plain words: going for mum again, broke my arm and due home.",
            AllOf = [R(@"\b(he|she|dad|mum|mom|my dad|my stepdad) is going for (mum|mom|my mum|my mom|me|my sister|my brother) again\b")],
            Fires = ["My dad's back on the drink and he's going for mum again. I'm 15."],
        },
        new()
        {
            Id = "VH12", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message,
            Description = "Being hit or threatened at home right now: hitting me now, says I'm next, hands on my throat.",
            AllOf =
            [
                Any(
                    @"\b(hitting|punching|kicking|choking|strangling) me\b( \.)? now\b",
                    @"\bsays (i am|im) next\b",
                    @"\bhands (were|are) (on|around|round) my (throat|neck)\b",
                    @"\bsays (he|she) (will|is going to|is gonna|hes gonna|shes gonna) use it on me\b"),
            ],
            Fires = ["He is hitting me. now.", "missus hitting me. now"],
        },
        new()
        {
            Id = "VH13", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Violence at home happening now: struck or battered and the person still there, a door being kicked in, locked in, a weapon to use " +
                "on me.",
            AllOf =
            [
                Any(
                    @"\b(struck|bashing|bashed|flogged|flogging|battering|battered|choked|choking|strangled|strangling|dragged|stabbed) me\b",
                    @"\bthrew (\w+ ){1,3}at me\b",
                    @"\b(trying|tried) to (kick|break|smash|get) (the|my) (\w+ )?door (in|down)\b",
                    @"\b(locked|locking) me (in|inside)\b",
                    @"\b(knife|gun|bat|hammer|blade)\b( \w+){0,6} (use it|kill me|on me)\b",
                    @"\b(says|said|threatened|threatening|swears|swore) (\w+ ){0,4}(finish|finishes|finishing) me\b",
                    @"\bnight (he|she) (finishes|kills) me\b"),
                R(
                    @"\b(now|tonight|right now|just now|still|coming back|cant get out|cant get up|hiding|is home|in the hallway|in the house|this evening|" +
                        @"screaming|frightened|scared|threatening|says|said|door|kids|children|grandson|granddaughter)\b"),
            ],
            // Games, feelings and figures of speech: "beating me at chess", "choking me up", "what struck me", "dragged me to a meeting".
            UnlessMessage = Any(
                @"\b(at (chess|cards|pool|darts|fifa|fortnite|monopoly|scrabble|wordle)|game|games|to it|craving|cravings|song|film|movie)\b",
                @"\b(choking|choked) me up\b",
                @"\bstruck me (as|that|how|at)\b",
                @"\bwhat struck me\b",
                @"\bdragged me (to|along|out|off|away|home)\b"),
            Fires = ["hes trying to kick the door in", "he choked me til i blacked out, hes still here"],
            DoesNotFire =
            [
                "slept on the train tracks once, blackout. mate dragged me off. scares me now looking back",
                "Years ago my ex choked me in front of the kids. Just took the kids to the beach, we are safe and happy now",
            ],
        },
        new()
        {
            Id = "VH14", Category = CrisisCategory.ViolenceAtHome, Negatable = true, Past = PastHandling.Dismiss,
            Description = "Someone being beaten or choked at home right now: he is choking her in the living room, he has got me locked in.",
            AllOf =
            [
                Any(
                    @"\b" + Subject + @" (is|are|keeps) (choking|strangling|beating|battering|hitting|punching|kicking|stamping on) (her|him|me|us|my " +
                        Person + @")\b",
                    @"\b(got|has got|has|locked) me locked in\b"),
            ],
            // Games and figures of speech: beating me at pool, choking me up, hitting him up for a lift.
            UnlessClause = Any(
                @"\b(beating|kicking|battering) (me|him|her|us) at (chess|cards|pool|darts|fifa|fortnite|monopoly|scrabble|wordle|golf|tennis|\w+ games?)\b",
                @"\bchoking me up\b",
                @"\bhitting (me|him|her|us) up (for|about)\b"),
            Fires = ["hes hitting me", "He is hitting me. now."],
            DoesNotFire = ["my brother is beating me at pool again", "i dont think he is hitting her", "back in 2015 he was hitting me"],
        },
        new()
        {
            Id = "VH15", Category = CrisisCategory.ViolenceAtHome, Past = PastHandling.Dismiss,
            Description = "Someone threatening the user with a weapon, or at the door with one.",
            AllOf =
            [
                Any(
                    @"\b(threatening|threatened|threatens|threaten|coming at|came at|going for|went for) me with (a|the|his|her|their) (bat|knife|machete|" +
                        @"gun|hammer|bottle|broken bottle|axe|belt|iron|crowbar|blade|screwdriver)\b",
                    @"\b(at|outside|banging on|kicking) (the|my) (door|window)( \w+){0,3} with (a|the|his|her) (machete|knife|gun|bat|axe|hammer)\b"),
            ],
            Fires =
            [
                "theres no safe place, hes outside the door with a hammer right now",
                "Missus's brother is at the door with a machete saying he's coming in",
            ],
            DoesNotFire = ["back in 2015 he came at me with a knife"],
        },
        new()
        {
            Id = "VH19", Category = CrisisCategory.ViolenceAtHome,
            Description = "Me or someone at home pinned against the wall now.",
            AllOf =
            [
                Any(
                    @"\b(he|she|they|my \w+) (is|has|is got|has got) (me|mum|my mum|mom|my mom|my sister|my brother|her|the kids|my \w+) pinned\b",
                    @"\b(he|she|they) (is )?pinning me\b"),
            ],
            UnlessClause = R(@"\b(wrestling|playing|tickling|kisses|cuddles|judo|rugby|training|photo|certificate|drawing|rota|schedule)\b"),
            Fires = [
                "He's got me pinned to the floor right now, typing with one hand.",
                "He has me pinned to the bed like he used to when he drank, right now.",
            ],
            DoesNotFire = ["He's got me pinned wrestling on the sofa, the kids are cheering."],
        },
        new()
        {
            Id = "VH20", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message,
            Description = "Someone at home blocking the door after hurting me.",
            AllOf =
            [
                R(@"\b(he|she|my (husband|hubby|wife|partner|boyfriend|girlfriend|dad|father|mum|mother|stepdad|ex|son|brother|" +
                    @"fella)) is (blocking|blockin|standing in) the (\w+ )?door\b"),
                R(@"\b(hit|hits|burst|burstin|bursting|lip|punched|slapped|pushed|bleeding|choked|strangled|threatening|wont let me (out|leave)|scared)\b"),
            ],
            UnlessMessage = R(@"\b(dog|sofa|boxes|bikes|moving|queue|joke|game|playing)\b"),
            Fires = [
                "off the gargle 6 years, i'm grand. me husband's after burstin my lip and he's blockin the front door and the baby's upstairs",
            ],
            DoesNotFire = ["My son is blocking the front door with his bikes, I'm scared I'll trip."],
        },
        new()
        {
            Id = "VH21", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Someone with a machete, a knife or a gun is chasing the user or someone at home.",
            AllOf =
            [
                Any(
                    @"\b(chasing|chase|chased|pursue|pursuing|coming after|came after|running after|ran after|run after) (me|us|my " + Person +
                        @")( \w+){0,3} (with|wid) (a |the |his |her |one )?(machete|knife|gun|axe|hammer|broken bottle)\b",
                    @"\b(has|have|got|holding|hold|carry|carrying|took|take|with|grabbed) (a |the |his |her |one )?(machete|knife|gun|axe|hammer|" +
                        @"broken bottle)( \.)?( \w+){0,2} (is |he is |she is |and |is now )?(chasing|chase|chased|pursue|pursuing|coming after|running after|" +
                        @"run after) (me|us|my " + Person + @")\b"),
            ],
            UnlessMessage = Any(
                NotARealWeapon,
                @"\b(dream|dreamt|dreamed|nightmare|game|film|movie|prop|music video|resident evil|zombie|zombies|halloween)\b"),
            Fires = ["My stepfather is drunk, he has a cutlass and is chasing my mama. We locked ourselves in the room"],
            DoesNotFire =
            [
                "the kids were chasing me round the garden with a water gun",
                "years ago he chased my mum with a knife",
                "In Resident Evil the guy with the chainsaw and an axe keeps chasing me lol",
                "I used the hammer to fix the fence while the dog was chasing my kids round the garden",
            ],
        },
        new()
        {
            Id = "VH22", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Being hurt at home right now: just threw me into the wall and still going, choked me tonight and still in the house, " +
                "hit me once already and I'm scared.",
            AllOf =
            [
                Any(
                    @"\b" + Subject + @" ((has|have|had|is) )?(just |already )?(threw|thrown|pushed|shoved|slammed|smashed|kicked|punched|" +
                        @"choked|choke|strangled|strangle|hit|beat|dragged|headbutted|stamped on) (me|my (\w+ )?(daughter|son|mum|mom|wife|kids|sister|brother))\b",
                    @"\b(drag|dragging|beat|beating|batter|battering|kick|kicking) (me|the \w+ out of me)( \w+){0,3} (out of me|in|out)\b",
                    @"\b(he|she|they) (is |are )?(going to|gonna|will) ((stripe|slash|shank|stab) me|cut me (up|open|tonight|tomorrow))\b"),
                Any(
                    @"\b(still going|still at it|still here|still in the house|still in house|trying the door|banging on the door|coming up the stairs|" +
                        @"downstairs|outside the door|right now|tonight|tomorrow|scared he|scared she|hiding|hide|locked myself|" +
                        @"my head is bleeding|bleeding)\b"),
            ],
            // Sport, games and play, a push to do something good ("pushed me to book the counsellor"), being kicked out
            // (evicted) and violence long over ("used to beat my mum", "as a kid") are not this.
            UnlessMessage = R(@"\b(at|in|playing) (football|rugby|soccer|training|sparring|boxing|wrestling|cards|chess|darts|pool|scrabble|monopoly|" +
                @"uno|poker)\b|\b(pillow|toy|tickle)\b|\bbeat (me|us) (at|in|to)\b|\b(kicked|chucked|kicking|chucking|throwing) me out\b|" +
                @"\bused to (beat|hit|kick|punch|choke|strangle)\b|\bdragged me into (a|the) (meeting|office)\b|\bdragging me in\b|" +
                @"\bpushed me (in|into) the pool\b|" +
                @"\b(pushed|pushing|dragged) me (to|along|into going|on|about)\b|\bdragging me out\b|\bthrew me a\b|\bdo me (a|for|some)\b|" +
                @"\bcut me (some )?slack\b|\bhit me up\b|\bas a (kid|child|boy|girl|teen|teenager)\b"),
            Fires =
            [
                "he just threw me into the wardrobe and he's still going",
                "my stepdad choked me tonight and he's still in the house",
                "he said he's going to stripe me tomorrow if i don't pay",
            ],
            DoesNotFire =
            [
                "my brother kicked me at football tonight, bruised shin",
                "my dad hit me when i was a kid, i'm dealing with it in therapy",
            ],
        },
        new()
        {
            Id = "VH23", Category = CrisisCategory.ViolenceAtHome, Past = PastHandling.Dismiss,
            Description = "A weapon held to the writer's body by someone else, or got out: a knife to my throat, a gun in my mouth, a screwdriver " +
                "at my eye, he's got a knife, standing over me with a bat.",
            AllOf =
            [
                Any(
                    @"\b(knife|knives|gun|blade|bat|hammer|broken bottle|broken glass|screwdriver|machete|axe|pistol|shotgun|rifle|crowbar|poker) " +
                        @"(is |was )?(to|at|against|up against|pressed to|pressed against) my (throat|neck|head|face|chest|eye|eyes|mouth|temple|back|" +
                        @"stomach|belly|ribs)\b",
                    @"\b(gun|pistol|shotgun|rifle|knife|blade) (is |was )?(in|on) my (mouth|throat|neck)\b",
                    // "he's got a knife" reads "he is got"; "they've got" reads "they have got".
                    @"\b(he|she|they|someone|my " + Person + @") (is|has|have) got (a|the|his|her|their) (knife|gun|machete|axe|broken bottle|blade)\b",
                    @"\b(standing|stood|is standing) over me with (a|the|his|her) (\w+ )?(knife|gun|bat|hammer|machete|axe|bottle|screwdriver|blade|iron|" +
                        @"poker)\b",
                    @"\b(knife|gun|pistol|shotgun|rifle|machete) (pointed|aimed|held) at me\b",
                    @"\b(has|holding|holds|raised|raising|is raising) (a|the|his|her) (\w+ )?(knife|gun|bat|hammer|iron|bottle|poker|machete|axe|brick) " +
                        @"(over|above) (me|my head)\b"),
            ],
            // The idiom ("if you put a gun to my head i couldnt tell you", "held a gun to my head over the deadline", "a knife in my
            // back", "feels like knives in my stomach"), a screen, a class, a barber, a toy or a tool, a tattoo, a knife set or
            // licence, a knife out for the cake.
            UnlessClause = R(@"\b(if|even if|unless) (you|someone|somebody|anyone|they|he|she) (put|puts|held|holds|had)\b|" + GunToMyHeadIdiom +
                @"|\b(held|holding|put|putting) a gun to my head over\b|\b(like|as if)( \w+){0,4} (knife|knives|gun|blade|hammer)\b|" +
                @"\b(metaphor|figuratively|film|movie|video game|computer game|in the game|in (the|a) scene|on stage|(self defence|self defense|martial arts|krav maga|first aid|knife skills) (class|training)|" +
                ADream + @"|a bad nightmare|barber|hairdresser|tattoo|massage gun|nail gun|glue gun|staple gun|water pistol|(a )?long time ago)\b|" +
                @"\bknife in my back\b|\b(knife|gun) (set|sets|licence|license|collection|block|sharpener|safe|cabinet)\b|" +
                @"\b(knife|knives) (out )?(for|to cut) (the )?(cake|bread|turkey|roast|meat|veg|vegetables|onions|pizza)\b|" + NotARealWeapon),
            Fires =
            [
                "he's got a knife to my throat",
                "my roommate's dealer is here and put a gun to my head",
                "hes got the broken bottle up against my neck and i'm typing with one hand",
                "locked in, he's got a knife",
                "they've got a knife and wont let me out",
                "hes standing over me with a knife",
                "he's got a knife over the rent money",
                "we are both clean now but tonight he relapsed and has got a knife to my throat",
                "he has got a knife to my throat over the football game",
                "she threw me down and has the iron over my head saying she'll do it",
            ],
            DoesNotFire =
            [
                "my boss basically held a gun to my head over the quarterly report lol",
                "if you put a gun to my head i couldnt tell you what day it is",
                "in 2015 he held a knife to my throat, i left him that year",
                "shes got the knife out for the cake and everyone keeps pouring wine",
                "my kid pointed a toy gun at my head and said bang",
                "my ex sponsor stuck a knife in my back by gossiping",
                "using the massage gun on my back and neck after the gym",
                "it feels like knives in my stomach, period pain is the worst",
                "my husband has got a knife set for christmas",
                "i had a nightmare last night that someone held a knife to my throat",
            ],
        },
    ];
}
