using static RecoveryBot.Safety.Rules.CrisisVocabulary;

namespace RecoveryBot.Safety.Rules;

/// <summary>
/// Medical emergencies during use or withdrawal, the user's or someone's with them: not breathing, unresponsive, a
/// seizure, chest pain, a head injury, dangerous withdrawal. Part of <see cref="CrisisRules.All"/>; each rule carries
/// the messages it must and must not fire on.
/// </summary>
internal static class MedicalEmergencyRules
{
    // A temper or a cough, not a seizure (MD25, MD28).
    private const string NotASeizure =
        @"\b(fit|fits) (of|about|over|when|at)\b" +
        @"|\b(coughing|laughing|giggling|sneezing) fit\b" +
        @"|\btantrum\b";

    // Someone else's own body: "himself", "herself" (MD37, MD38).
    private const string Themself = @"(himself|herself|themselves|themself|himsel|hersel)";

    // Someone else's attempt on their life or a grave wound to themselves, told with "himself" or "his wrists" (MD37
    // says it as now, MD38 needs a cue).
    private const string ActOnThemself =
        @"((tried|trying|tryin|attempted|attempting) (to|tae|ta) (kill|off|hang|shoot|stab|drown|gas|electrocute|suffocate|strangle|overdose|end) " +
            Themself + @"|(tried|trying|tryin|attempted|attempting) to (end|take) (his|her|their) (own )?life" +
            @"|(hanged|hung|hanging|shot|shooting|stabbed|stabbing|slit|slashed|gassed|electrocuted|strangled|strangling|suffocated) " + Themself +
            @"|set " + Themself + @" (on fire|alight)" +
            @"|(slit|slitting|slashed|slashing|sliced|cut|cutting) (open )?(his|her|their) (wrist|wrists|throat)" +
            @"|(his|her|their) (wrist|wrists) (is |are )?(all )?(cut|slit|slashed|sliced)( open| up)?" +
            @"|(poured|pouring|doused|dousing|covered|soaked) (\w+ )?(petrol|gasoline|lighter fluid|fuel|paraffin|kerosene) (over|on) " + Themself +
            @"|(doused|dousing|covered|soaked) " + Themself + @" (in|with) (petrol|gasoline|lighter fluid|fuel|paraffin|kerosene))";

    // The same acts told without "himself": they need someone else before them (Someone), since "I took an overdose"
    // and "tonight I jump from the bridge" are the writer's own, and the suicidal-thought rules answer them with the
    // helpline first (the model, where no rule does).
    private const string OthersAct =
        @"((taken|took|taking) (an|a|another) (\w+ )?overdose|attempted suicide|made a suicide attempt|(jumped|jumping|thrown " + Themself +
            @"|threw " + Themself + @") (off|from) (the |a |an |that |his |her |their )?(\w+ )?(bridge|roof|building|balcony|cliff|car park|" +
            @"multi storey|overpass|flyover|tower|block|window|ledge|viaduct)|(jumped|jumping|thrown " + Themself + @"|threw " + Themself +
            @") in front of (a|the|an) (\w+ )?(train|bus|lorry|truck|tube|car))";

    // Someone other than the writer. (Not every Person by name: with the acts, that pattern grows past the linear-time
    // engine's size limit; "my dad", "his mate" and "mum" are here.)
    private const string Someone =
        @"(he|she|they|someone|somebody|(my|our|his|her|their|the|a) (\w+|\d+ (year|yr) old|\w+ in law)|mum|mom|dad|mam|da|ma|mummy|daddy|neighbour|" +
            @"neighbor|brother|bro|sister|mate|friend|son|daughter|husband|wife|partner|boyfriend|girlfriend|bf|gf|flatmate|roommate)";

    // Either act, with no word of now (MD38).
    private const string AttemptOnThemself =
        "(" + ActOnThemself + "|" + Someone + @"( (has|have|is|are|was|just|already|literally|actually|then)){0,3} " + OthersAct + ")";

    // Not an attempt at all, with the same words (MD37, MD38): idioms, a screen or a stage, a question of what to do
    // "if", a denial, an accident.
    private const string NotAnAttempt =
        @"\b(in the foot|shot (himself|herself|themselves) (down|to|into|up)|(hung|hanged) (himself|herself|themselves) (out|a|an|some|up)|" +
            @"(drink|drinking|drank|eat|eating|work|working|smoke|smoking) (himself|herself|themselves) to death|hanging (around|round|out|about)|" +
            @"(with|by) (all )?(that |the |his |her |their )?(drinking|booze|vodka|wine|bottle|smoking|work|working|food|takeaways|gym|partying)|" +
            @"one (bottle|drink|day) at a time|overdose of (cheese|chocolate|sugar|sweets|cake|wine|christmas|telly|tv|love|sun|sunshine|caffeine|coffee)|" +
            @"lol|lmao|haha|(tried|attempted) (to \w+ (himself|herself|themselves) )?(twice|three times|several times|a few times|many times|" +
            @"more than once)" +
        @"|film|movie|on (the )?(tv|telly)|tv (show|series)|the book|novel|song|on the news|in the news|article|" +
            @"episode|podcast|documentary|" +
            @"character|video game|soap|eastenders|coronation street|netflix|on stage|in the play|the play" +
        @"|(what|how) (should|do|would|can) (i|you|we) do if|what to do if|if (someone|somebody|my|a|he|she|they)|first aid|(a|the|on a) " +
            @"(course|training)" +
        @"|(didnt|did not|never|hasnt|has not|havent|wasnt|isnt|not) (really )?(\w+ )?(try|tried|trying|attempt|attempted|attempting|slit|cut|" +
            @"taken|took|hanged|hung|shot|jumped)" +
        @"|by accident|accidentally|an accident|only a scratch|carpal tunnel|on (the|a|some) (broken )?(glass|tin|can|knife)|" +
            @"playing (xbox|games|football)|with (his|her|their) (mates|friends|pals)" +
        @"|bungee|paddling pool|swimming pool|into the pool|trampoline|skydive|skydiving|parachute|zip wire|for charity)\b";

    // A story, grief or a history with the same words (MD38 only: with "has", "is" or "just" at the act, MD37's words
    // say it is now, whatever else the message tells). A date anywhere in the message makes it a story even beside a
    // word of now: "years ago my dad shot himself. i have his gun in my lap right now" is the writer's own danger.
    // With NotAnAttempt it makes MD38's exception, which is near the linear-time engine's size limit: a phrase added here
    // may need one taken out (every safety test fails on start-up if it grows past it).
    private const string StoryOfAnAttempt =
        @"\b(shared|told (us|me|the group|how)|told how|talked about|talks about|spoke about|(his|her|their|my|a) story|home group|" +
            @"at (the |a )?meeting (tonight|someone|a guy|a woman)|" +
            @"(sponsor|therapist|counsellor|someone|a guy|a woman|he|she) (said|told|shared)|anniversary|funeral|graveside|graveyard|" +
            @"at (his|her|their|the) grave|memorial|inquest|rip|miss (him|her|them)|years today|years since|since (he|she|they|my \w+) (died|passed|jumped|" +
            @"hanged|hung|shot)" +
        @"|in the past|before i was born|as a kid|growing up|decade|years later|when (i|we|he|she|they) (was|were) (a|little|young|younger|kids|" +
            @"teenagers|teens|at school|in school|\d+|twelve|thirteen|fourteen|fifteen|sixteen)|while i was (out )?(drinking|using|high|drunk|away)|" +
            @"years ago|year ago|months ago|back in the day|last (year|month|christmas|summer)|in (19|20)\d\d|in (first|second|third|fourth|final) year" +
        @"|amends|forgive (myself|me|him|her|them)|the (day|night|time|morning) (my|he|she|they)|in a good place|(is|are|hes|shes|theyre|been) doing (so |really )?(well|better|great)|" +
            @"traffic is backed up)\b";

    /// <summary>The rules of this family, in reporting order.</summary>
    internal static readonly CrisisRule[] Rules =
    [
        new()
        {
            Id = "MD01", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Someone is not breathing, barely breathing, or cannot breathe.",
            AllOf =
            [
                Any(
                    @"\b(not|isnt|arent|stopped|barely|hardly|cant|struggling to|trouble) (breathing|breathe)\b",
                    @"\bcant (get|catch) (my|his|her|their) breath\b"),
            ],
            Fires = ["i cant breathe", "hes not breathin"],
            DoesNotFire = ["My mother found me not breathing in 2019 and called the ambulance. She still has nightmares about it."],
        },
        new()
        {
            Id = "MD02", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Someone cannot be woken or is unresponsive.",
            AllOf =
            [
                Any(
                    @"\b(cant|couldnt|unable to) (wake|get) (him|her|them|my \w+|\w+) up\b",
                    @"\b(cant|couldnt) wake up (him|her|them|my \w+)\b",
                    @"\b(wont|isnt|arent) (wake|waking)( up)?\b",
                    @"\b(cant|couldnt|wont) (rouse|wake) (him|her|them)\b",
                    @"\bunresponsive\b",
                    @"\b(wont|not|isnt|arent|doesnt) (respond|responding)\b",
                    @"\b(cant|couldnt) (hardly|barely) wake (him|her|them|my \w+)\b",
                    @"\b(sleepy|drowsy) and floppy\b"),
            ],
            UnlessClause = Any(
                @"\bwake (up |him |her |them |my \w+ )?(up )?for (school|work|class|church)\b",
                @"\brespond(ing)? to (my |his |her )?(texts|text|messages|message|calls|emails|email)\b"),
            Fires = ["he's unresponsive", "i cant wake him up"],
            DoesNotFire = ["my son won't wake up for school, teenagers lol", "back in 2015 he was unresponsive"],
        },
        new()
        {
            Id = "MD03", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Blue lips or skin, foaming at the mouth, gurgling, a seizure.",
            AllOf =
            [
                Any(
                    @"\b(lips|face|skin|fingers|fingertips|nails)( (are|is|turning|going|look|looks|looking|kind of|kinda|sort of|a bit|all|real|really|so|" +
                        @"getting|gone|went)){0,3} (blue|purple|grey|gray|bluish)\b",
                    @"\b(turning|going|gone) (blue|grey|gray|purple)\b",
                    @"\b(he|she|they|my \w+) (is|are|looks|look) (blue|grey|gray|purple)\b",
                    @"\b(gone|going|turned|turning) (a )?(\w+ )?(grey|gray|blue|purple) (colour|color)\b",
                    @"\bsnoring (noise|sound)\b",
                    @"\bblue lips\b",
                    @"\bfoaming at the mouth\b",
                    @"\bfoam (is |was |coming |come )*(from|out of) (his|her|their|him) mouth\b",
                    @"\bgurgling\b",
                    @"\b(having|has|into) (a |another )?(seizure|seizures|convulsions)\b",
                    @"\bseizing\b",
                    @"\bconvulsing\b"),
            ],
            // A history elsewhere in the message ("same thing happened to her in 2019") does not hide a seizure happening
            // now; a past in the same clause is still a story (Past). "Had a seizure" is MD26.
            UnlessClause = R(@"\b(worried|afraid|scared|frightened) (about|of) (having|getting)\b"),
            Fires = ["her lips are blue", "he's blue and cold"],
            DoesNotFire = ["I'm worried about having a seizure if I stop drinking on my own", "back in 2015 he was turning blue and i had no narcan"],
        },
        new()
        {
            Id = "MD26", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Had a seizure (MD03's past form, which a story told anywhere in the message still dismisses).",
            AllOf = [R(@"\bhad (a|another) (seizure|convulsion)\b")],
            UnlessMessage = Any(
                @"\bin (19|20)\d\d\b",
                @"\b(years|months) ago\b",
                @"\b(worried|afraid|scared|frightened) (about|of) (having|getting)\b"),
            Fires = ["i'm in withdrawal and i just had a seizure", "cold turkey off benzos and i think i just had a seizure, bit my tongue and theres blood"],
            DoesNotFire =
            [
                "Tried to quit cold turkey in 2017 and had a seizure. Not doing that again. This time it's the proper taper.",
                "when i was drinking i had a seizure",
            ],
        },
        new()
        {
            Id = "MD04", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Someone is 'having a fit' together with shaking, jerking or being on the floor.",
            AllOf =
            [
                R(@"\bhaving a fit\b"),
                R(@"\b(shaking|floor|jerking|convulsing|foaming)\b"),
            ],
            Fires =
            [
                "my husband is having a fit and shaking on the floor after stopping drinking",
                "my housemate is having a fit on the floor right now, he's been off the xanax a week",
            ],
            DoesNotFire = ["back in 2015 my husband is having a fit and shaking on the floor after stopping drinking"],
        },
        new()
        {
            Id = "MD05", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Delirium tremens or hallucinations (withdrawal).",
            AllOf =
            [
                Any(
                    @"\b(the )?dts\b",
                    @"\bdelirium\b",
                    @"\bhallucinat\w*",
                    @"\b(seeing|hearing|see|hear|sees|hears) (bugs|spiders|snakes|voices|shadows|things|people|stuff)( \w+){0,3} (that|who) (arent|isnt|" +
                        @"are not|is not) there\b",
                    @"\b(seeing|hearing|see|hear|sees|hears) (bugs|spiders|snakes|voices|shadows)\b",
                    @"\b(bugs|spiders|things) crawling (on|all over|under)\b",
                    @"\b(talking|talks|talk) to (people|someone|somebody|things) (who|that) (arent|isnt) there\b",
                    @"\bthe voices (keep |are |keeps )?(saying|telling|tell|say)\b"),
            ],
            // Talk about withdrawal rather than a symptom now: "hallucinations are rare if you taper".
            UnlessClause = Any(
                @"\b(is|are) (rare|uncommon|common|possible|a risk|a sign)\b",
                @"\b(risk|chance|signs) of\b",
                @"\b(worried|afraid|scared) (about|of) (having|getting)\b"),
            Fires = ["i think im having the dts", "dts. hallucinating and my heart wont slow down"],
            DoesNotFire =
            [
                "My detox nurse says hallucinations are rare if you taper with the right meds",
                "my mom had DTs when i was a kid, kinda scared it runs in the family",
            ],
        },
        new()
        {
            Id = "MD06", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Chest pain, a numb arm, a heart about to give out.",
            AllOf =
            [
                Any(
                    @"\bchest (pain|pains|hurts|is hurting|hurting|is crushing)\b",
                    @"\bpain in my chest\b",
                    @"\b(left )?arm (is |went |going |feels )?numb\b",
                    @"\bheart (is |feels like (it is |its )?)?(going to |about to )?(explode|stop|burst|give out)\b",
                    @"\bheart is (pounding|racing|beating) (out of my chest|so fast|too fast)\b"),
            ],
            Fires = ["chest pain. bad. day 2 off the drink", "I have chest pain and I can't breathe"],
            DoesNotFire = ["when I was using I had chest pains all the time, my heart's been checked since and it's fine"],
        },
        new()
        {
            Id = "MD07", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Vomiting or coughing up blood.",
            AllOf =
            [
                Any(
                    @"\b(throwing up|vomiting|puking|coughing up|coughing|spitting) (up )?blood\b",
                    @"\bblood in my (vomit|stool|pee|urine)\b"),
            ],
            Fires = ["i'm throwing up blood", "throwing up blood, lots"],
            DoesNotFire = ["back in 2015 i was throwing up blood"],
        },
        new()
        {
            Id = "MD08", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Someone has collapsed.",
            AllOf = [R(@"\b(he|she|they|someone|somebody|my " + Person + @") (just )?(collapsed|passed out and|fell and hit (his|her|their) head)\b")],
            Fires = ["she collapsed and is barely breathing", "My friend collapsed and is unresponsive"],
            DoesNotFire = ["back in 2015 my friend collapsed, not breathing"],
        },
        new()
        {
            Id = "MD09", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Feels like dying right now (not 'dying to' or 'dying of boredom').",
            AllOf =
            [
                Any(
                    @"\b(feel|feels|feeling) like (i am|i|he is|she is) dying\b",
                    @"\bi think (i am|he is|she is) dying\b",
                    @"\b(i am|he is|she is) dying$"),
            ],
            // "feel like I'm dying from this hangover lmao".
            UnlessMessage = R(@"\bdying (of|from) (this |the |a |my )?(hangover|cold|flu|heat|boredom|laughter|embarrassment|cringe)\b"),
            Fires =
            [
                "I relapsed and used way more than I used to, I feel like I'm dying",
                "took like 10 edibles and a bunch of xans, heart beating so fast i think im dying",
            ],
            DoesNotFire =
            [
                "feel like i'm dying from this hangover except it's not a hangover it's just no sleep lmao. 23 days sober",
                "i used to feel like i am dying every morning",
            ],
        },
        new()
        {
            Id = "MD10", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Confusion, shaking or sweating together with stopping alcohol or benzodiazepines (withdrawal can kill).",
            AllOf =
            [
                R(
                    @"\b(confused|confusion|disoriented|delirious|doesnt know where|dont know where i am|shaking|shakes|tremors|trembling|sweating|sweats|" +
                        @"cant stop shaking|jerking|twitching|fitting)\b"),
                R(
                    @"\b(confused|confusion|disoriented|delirious|doesnt know where|dont know where i am|heart (is )?(pounding|racing)|sweating buckets|" +
                        @"so bad|all over|whole body|cant stop it|(doesnt|dont|didnt) recogni[sz]e)\b"),
                Any(
                    @"\b(quit|quitting|stopped|stopping|off|no|without|cold turkey|coming off|detoxing|withdrawal|withdrawals|days? (off|without|" +
                        @"since))\b( \w+){0,3} (drinking|drink|the drink|booze|alcohol|the bottle|benzos|benzo|xanax|klonopin|valium|ativan|liquor|vodka)\b",
                    @"\bcold turkey\b"),
            ],
            Fires = ["shaking all over. seeing things. stopped drinking yesterday", "day 2 off the booze and I just had a fit, bit my tongue, still confused"],
            DoesNotFire = ["Back in 2019 when I quit drinking cold turkey I was shaking so bad. Just took my 2 year chip!"],
        },
        new()
        {
            Id = "MD11", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "A head injury or a fall with vomiting, drowsiness, confusion or bleeding from the ear.",
            AllOf =
            [
                Any(
                    @"\b(hit|banged|smashed|bashed|cracked|bumped) (my|his|her|their) head\b",
                    @"\bhead (injury|wound)\b",
                    @"\bconcussion\b",
                    @"\b(fell|fall|falls) (down|off|over|from)\b"),
                R(
                    @"\b(bleeding from (his|her|my|their) (ear|ears|nose)|being sick|keeps being sick|puking|vomiting|throwing up|threw up|drowsy|sleepy|" +
                        @"hard to stay awake|cant stay awake|cant keep (my|his|her) eyes open|confused|passing out|blacking out|slurring)\b"),
            ],
            UnlessMessage = R(@"\b(fall|fell|falls|falling) over laughing\b|\brabbit hole\b"),
            Fires =
            [
                "she fell and hit her head drunk and now she wont wake up properly and keeps being sick",
                "i've been throwing up blood for like an hour after drinking and im so dizzy i fell over",
            ],
            DoesNotFire = ["back in 2015 she fell and hit her head drunk and now she wont wake up properly and keeps being sick"],
        },
        new()
        {
            Id = "MD12", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Signs of respiratory depression: slow or shallow breathing, cannot keep eyes open, nodding out and slurring.",
            AllOf =
            [
                Any(
                    @"\b(breathing|breaths|breath) (feels |is |seems |sounds |looks |getting |got |so |really |real )*(slow|slower|shallow|weird|funny|" +
                        @"strange|raspy|snoring)\b",
                    @"\b(slow|shallow) (breathing|breaths)\b",
                    @"\b(cant|can barely|can hardly|hard to|struggling to) keep (my|his|her|their) eyes open\b",
                    @"\bslurring( \w+){0,2} nodding\b",
                    @"\bnodding( \w+){0,2} slurring\b",
                    @"\b(feel|feeling|feels) (super |so |really |real )?heavy and slow\b"),
            ],
            Fires = ["Took more heroin than usual, can't keep my eyes open", "Not sure how much I took. Can't keep my eyes open. Lips feel numb."],
            DoesNotFire = ["i used to be slurring while nodding out every night"],
        },
        new()
        {
            Id = "MD27", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "A breathing rate of a few breaths a minute (eleventh round): breathing twice a minute, taking 2 breaths a minute.",
            AllOf =
            [
                R(
                    @"\b(breathing|breathes|taking)( \w+){0,2} (1|2|3|4|once|twice|two|three|four)( or (2|3|4|two|three|four))? (times |breaths )?(a|" +
                        @"per) minute\b"),
            ],
            // Breathing exercises: "box breathing, four times a minute". Its own rule, so the exception leaves MD12 alone.
            UnlessMessage = R(
                @"\b(box breathing|resonance|breathing exercise|breathing exercises|breathwork|meditation|meditating|calming|yoga|technique|taught)\b"),
            Fires = ["He breathes about once a minute", "He's only taking 2 breaths a minute"],
            DoesNotFire = ["Doing box breathing, breathing four times a minute is so calming", "back in 2015 he breathes about once a minute"],
        },
        new()
        {
            Id = "MD13", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message,
            Description = "Heavy daily drinking (or benzodiazepine use) about to be stopped alone: withdrawal can cause seizures.",
            AllOf =
            [
                Any(
                    @"\b(\d+|twenty|thirty|forty|fifty|a dozen|two|three) (beers|cans|drinks|pints|bottles|bottles of wine|units|shots) (a|per|each|" +
                        @"every) day\b",
                    @"\b(a|two|three|a whole) (bottle|bottles|fifth|handle|litre|liter) (of \w+ )?(a|per|every) day\b"),
                R(@"\b(stop|stopping|quit|quitting|cold turkey|on my own|by myself|alone|detox myself)\b"),
            ],
            UnlessMessage = R(
                @"\b(medical detox|detox (unit|center|centre|clinic)|my doctor|gp|supervised|inpatient|taper|tapering|librium|chlordiazepoxide)\b"),
            Fires = ["is it dangerous that I've had about 30 beers a day for a month and I'm stopping today on my own"],
            DoesNotFire = ["i drink 10 beers a day and want to stop, my doctor is helping me taper"],
        },
        new()
        {
            Id = "MD25", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A seizure again now, whatever history sits beside it: fits years ago, just had another one.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                R(@"\b(seizure|seizures|fit|fits|seizing)\b"),
                R(@"\b(just had another one|having another one|another one (just now|now|\d+ minutes ago))( \.|$| and| now| i)"),
            ],
            // A temper or a cough, not a seizure.
            UnlessMessage = R(NotASeizure),
            Fires = ["Seizure again, just had another one", "I had fits coming off the booze years ago. I just had another one and I'm on my own"],
            DoesNotFire = ["The baby had a coughing fit in the night and she just had another one"],
        },
        new()
        {
            Id = "MD28", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A seizure happening now said in the present tense, whatever history sits beside it: she is seizing again.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf = [R(@"\b(he|she|they|i|my \w+) (is|are|am) (having (a |another )?(seizure|seizures|fit|fits)|seizing|convulsing)\b")],
            UnlessMessage = R(NotASeizure),
            Fires = ["he's having a seizure", "shes having a seizure"],
            DoesNotFire = ["my son is having a fit of rage"],
        },
        new()
        {
            Id = "MD29", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Using again and the body failing: used again and cannot feel my legs.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                R(@"\b(used|shot up|injected) again\b"),
                R(@"\b(cant feel my (legs|arms|face|body)|cant breathe|cant move)\b"),
            ],
            Fires = ["I used again after four months and did the same amount I used to and now I can't feel my legs", "Just used again, can't feel my legs"],
        },
        new()
        {
            Id = "MD20", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Signs of a medical emergency in plain words: came round on the floor, going yellow, gone stiff, spiked and cannot stand.",
            AllOf =
            [
                Any(
                    @"\bswallowed all of them\b",
                    @"\bdrink was spiked\b"),
            ],
            Fires =
            [
                "Think my drink was spiked, I'm on my own and I can't stand up",
                "Swallowed all of them about twenty minutes ago. Starting to feel strange.",
            ],
            DoesNotFire = ["back in 2015 think my drink was spiked, I'm on my own and I can't stand up"],
        },
        new()
        {
            Id = "MD21", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "A withdrawal fit or seizure happening now, or breath that will not come.",
            AllOf =
            [
                Any(
                    @"\bjust had (a |another )?(fit|seizure)\b",
                    @"\bnow (she |he |i )?(have|has|having) (the |a )?(fits|seizure|seizures)\b",
                    @"\b(is|am|are) having (a )?(fit|fits|seizure|seizures)\b",
                    @"\b(cant|cannot|can not) get (any )?air in\b",
                    @"\bthroat is (closing|swelling)( up)?\b"),
            ],
            // "had a fit when she found the bottles", "fits of rage": a temper, not a seizure.
            UnlessClause = R(@"\b(fit|fits) (when|about|over|because|at|of)\b"),
            Fires = ["he's having a seizure", "shes having a seizure"],
            DoesNotFire =
            [
                "My wife just had a fit when she found the bottles",
                "back in 2015 my husband is having a fit and shaking on the floor after stopping drinking",
            ],
        },
        new()
        {
            Id = "MD22", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Someone collapsed, gone blue or fitting and not moving or coming round; fitting now after stopping drink; bleeding that will not " +
                "stop.",
            AllOf =
            [
                Any(
                    @"\b(collapsed|passed out|unconscious|unresponsive|fainted|overdosed|had a fit|fitting|seizing|(is|gone|went|turned|turning|going) (blue|" +
                        @"grey|gray))\b( \w+){0,5}( \.)? (isnt|not|wont|cant) (moving|breathing|wake|wake up|come round|coming round|come to)\b",
                    @"\b(off the (drink|booze)|no (drink|booze|alcohol)|stopped (drinking|the drink|the booze)|withdrawal|withdrawals|detox)\b.*\b(fitting|" +
                        @"seizing)\b",
                    @"\b(fitting|seizing)\b.*\b(off the (drink|booze)|no (drink|booze|alcohol)|stopped drinking|withdrawal|detox)\b",
                    @"\b(bleeding|blood) (wont|cant|doesnt) stop\b",
                    @"\bthe bleeding (wont|isnt|doesnt) stop\b",
                    @"\bblood (is )?(everywhere|pouring|gushing)\b",
                    // "bleeding a lot and it won't stop": "and" splits the clauses.
                    @"\bbleeding( a lot| so much| heavily| (really )?badly| loads| really bad)? \. it (just |still )?(wont|cant|doesnt|" +
                        @"isnt going to) stop( \.|$)",
                    @"\b(wont|cant|doesnt) stop bleeding\b",
                    @"\bcant stop the bleeding\b",
                    @"\bthe bleeding (hasnt|has not) stopped\b"),
            ],
            // A fit of temper, clothes that fit; blood tests and pressure.
            UnlessMessage = R(@"\b(fitting in|fitting (my|the|into)|fitting now that|blood (test|tests|pressure|sugar))\b"),
            Fires = ["No drink 2 days, fitting now", "wallah cousin is blue, not moving"],
            DoesNotFire = ["fitting in at work is hard since i stopped drinking", "back in 2015 my friend collapsed, not breathing"],
        },
        new()
        {
            Id = "MD23", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Alcohol withdrawal now with fits or hallucinations: seizures since stopping drinking, seeing things on day three.",
            AllOf =
            [
                Any(
                    @"\b(stop|stopped|stopping|quit|quitting) (the )?(drink|drinking|alcohol|booze)\b",
                    @"\bday \d+ (of|off) (stopping )?(alcohol|the drink|drinking|booze)\b",
                    @"\b(withdrawal|withdrawals|withdrawing|detoxing|cold turkey)\b"),
                Any(
                    @"\b(seizure|seizures|seized|seizing|convulsing|convulsion|convulsions|a fit|two fits|fitting)\b",
                    @"\bshaking on the floor\b",
                    @"\bfoam (in|at) the mouth\b",
                    @"\b(keep|keeps|started|start) (seeing|hearing) things\b",
                    @"\b(seeing|hearing) things (that arent there|on the|in the|everywhere|crawling)\b",
                    @"\bhallucinat\w*",
                    @"\b(little men|bugs|insects|spiders) (in|on|crawling|everywhere)\b",
                    @"\b(the )?dts\b",
                    @"\bdelirium\b"),
            ],
            // Fear of fits, a planned medical detox, a story told, fitting in.
            UnlessMessage = Any(
                @"\b(in|back in) (19|20)\d\d\b",
                @"\b(that|it) was (in )?(19|20)\d\d\b",
                @"\b(years|months) ago\b",
                @"\bused to\b",
                @"\b(worried|afraid|scared|frightened) (about|of) (having |getting )?(withdrawal )?(a |the )?(seizure|seizures|fit|fits|dts|hallucinations)\b",
                @"\bmedical detox\b",
                @"\bduring my (first|last|old) (withdrawal|detox)\b",
                @"\bwhen (he|she|they|my \w+) (stopped|quit)\b",
                @"\bfitting (in|into)\b"),
            Fires = ["just had a fit. withdrawals", "i'm in withdrawal and i just had a seizure"],
            DoesNotFire =
            [
                "I had seizures during my first withdrawal, which is why I did the second one with a doctor",
                "Last time I quit drinking cold turkey I had a seizure in the kitchen, that was 2019. This time I'm doing a proper detox",
            ],
        },
        new()
        {
            Id = "MD24", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Vomiting blood or black matter; a crushing chest after using; one side of the face drooping or an arm gone numb; withdrawal fits " +
                "starting.",
            AllOf =
            [
                Any(
                    @"\b(throwing up|vomiting|puking|sicking up) (black|blood|coffee grounds)\b",
                    @"\bcoughing up blood\b",
                    @"\bblack (sick|vomit)\b",
                    @"\belephant (is )?(sitting )?on my chest\b",
                    @"\bchest (feels|is) (crushed|like it is being crushed|like an elephant)\b",
                    @"\bone side of my (face|mouth|body) (is |has gone |gone |feels )?(droopy|drooping|numb|dead|weak)\b",
                    @"\bone side (of )?(his |her |their |the )?(face|mouth) (is |has )?(gone |go |going )?(droopy|drooping)\b",
                    @"\b(my )?face (is |has gone )?(droopy|drooping)\b",
                    @"\b(withdrawal )?(fits|seizures) (have )?(started|starting|are starting|coming on)\b"),
            ],
            Fires = ["i'm throwing up blood", "throwing up blood, lots", "one side of her face is drooping"],
            DoesNotFire = ["back in 2015 i was throwing up blood"],
        },
        new()
        {
            Id = "MD30", Category = CrisisCategory.MedicalEmergency,
            Description = "Collapsed now, clutching the chest, dropped to the floor, red lines spreading from an injection site (present forms).",
            AllOf =
            [
                Any(
                    @"\b" + Subject + @" (has|is|just|has just|is just) collapsed( (on|in|at|again|now)\b|$)",
                    @"\b(my )?(" + Person + @"|someone|somebody)s (just )?collapsed( (on|in|at|again|now)\b|$)",
                    @"\b(is|are|keeps|keep) (clutching|gripping) (his|her|their|my) chest\b",
                    @"\b(red|dark) (line|lines|streak|streaks) (is |are )?(spreading|going|running|moving|creeping) up (my|his|her) (arm|leg)\b",
                    @"\b(he|she|my \w+) (has )?just (dropped|gone down)( on the (\w+ )?floor|$)",
                    @"\bjust keeled over\b"),
            ],
            UnlessClause = R(@"\b(laugh|laughing|laughter|deal|sale|case|chain|tent|gazebo|chairs|market|business|talks|shares|price|prices|ball|catch)\b"),
            Fires = ["He's gripping his chest and sweating buckets.", "My dad's just dropped on the floor in the kitchen."],
            DoesNotFire = ["The deal with my landlord has collapsed."],
        },
        new()
        {
            Id = "MD31", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message,
            Description = "Not coming round after a fit, a fall, an overdose or a collapse.",
            AllOf =
            [
                R(@"\b(not|isnt|arent|wont) (coming round|coming around|coming to)( since \w+( \w+){0,3})?( \.|$)"),
                R(@"\b(fit|fits|seizure|unconscious|passed out|collapsed|overdose|overdosed|keeled|floor|hit (his|her|their) head)\b"),
            ],
            UnlessMessage = Any(
                @"\b(idea|way of|mediation|anymore|christmas|visit|visiting|dinner|tea|party|birthday)\b",
                @"\bsince (i|my|christmas|last|we|our|the row|the argument)\b"),
            Fires = ["my sponsee has 3 years. he's had a fit on the floor of the meeting hall and he's not coming round"],
            DoesNotFire = ["Since my overdose my brother isn't coming round."],
        },
        new()
        {
            Id = "MD32", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message,
            Description = "Gone yellow and confused or drowsy (the liver failing), or unable to stop vomiting in pain.",
            AllOf =
            [
                Any(
                    @"\bi am (yellow|jaundiced|going yellow|turning yellow)\b",
                    @"\b(skin|eyes) (have |has )?(gone|turned|going|turning) yellow\b",
                    @"\bcant stop (vomiting|throwing up|being sick)\b"),
                R(@"\b(confused|cant stay awake|can barely stay awake|drowsy|vomiting blood|pancreas|agony|folded in half)\b"),
            ],
            UnlessMessage = R(@"\b(tan|fake tan|morning sickness|norovirus|food poisoning)\b"),
            Fires = ["My skin and eyes have gone yellow and I'm confused.", "I am yellow and confused and my stomach is swollen."],
            DoesNotFire = ["I'm turning yellow from all the fake tan, I'm confused."],
        },
        new()
        {
            Id = "MD33", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Someone fell or hit their head and is not talking or answering.",
            AllOf =
            [
                Any(
                    @"\b(he|she|they|my \w+|him|her) (just |has )?(fell|fall|falls|fallen|dropped|drop|collapsed)\b",
                    @"\b(fell|fall|falls|fallen|dropped|collapsed)( \w+){0,4}( \.)? (and )?(hit|banged|cracked) (his|her|their|the) head\b"),
                Any(
                    @"\b(he|she|they|him|her) (is |are )?(not|no|isnt|arent|nah) (talking|answering|answer|responding|waking|moving)\b",
                    @"(^|\. )(now )?(not|no|nah) (talking|answering|answer|responding|waking|moving)( me)?( \.|$)"),
            ],
            UnlessMessage = Any(
                @"\b(answering|answer) (the |my |his |her |their )?(phone|phones|door|texts|calls|messages|emails)\b",
                @"\bfell out\b|\bfallen out\b|\bdropped (me|out|her|him)\b|\bnot (talking|answering) to\b"),
            Fires = ["my dad fell in the bathroom and hit his head, now he is bleeding and not talking"],
            DoesNotFire =
            [
                "back in 2015 my dad fell in the bathroom and hit his head, now he is bleeding and not talking",
                "I fell down the stairs yesterday lol, I'm fine. My sponsor is not answering",
                "The shelf fell down again and the landlord isn't answering",
            ],
        },
        new()
        {
            Id = "MD34", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Eyes rolled back with shaking or a fall: a seizure described.",
            AllOf =
            [
                R(@"\b(his|her|their|him|my) eyes? (is |are |did |have |has |went |were |just )?(roll|rolled|rolling|rollin) (back|up)\b|" +
                    @"\b(his|her|their) eyes (are |were )?(rolling|rollin)( \.|$)"),
                R(@"\b(shaking|shake|shakes|shook|jerking|twitching|fell|fall|fallen|collapsed|dropped|fit|fitting|seizure|seizing|convulsing)\b"),
            ],
            UnlessMessage = Any(
                @"\b(roll|rolled|rolling) (back )?so hard\b",
                @"\b(lol|lmao|haha|joke|jokes|joking|cake|delicious|so good|annoyed|sarcastic)\b",
                @"\b(shaking|shook|shakes|shake) (my|his|her|their) head\b|\boff (my|his|her|their) chair\b"),
            Fires = ["he dropped to the floor shaking and his eyes rolled back. he is not answering me", "she is shaking and her eyes rolling"],
            DoesNotFire =
            [
                "years ago he dropped to the floor shaking and his eyes rolled back",
                "My eyes rolled back so hard when he said that, I nearly fell off my chair",
                "his eyes rolled back so hard at my joke he nearly fell off his chair",
            ],
        },
        new()
        {
            Id = "MD35", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "One side of someone's face gone down with speech or an arm lost: a stroke.",
            AllOf =
            [
                R(@"\bone side (of )?(his |her |their |the |my )?(face|mouth|body) (is |has )?(gone |go |went |going )?(down|dropped)\b"),
                R(@"\b(cant|cannot|can not|no fit|not able to|unable to) (talk|speak|move|lift|say|smile)\b|\bslurr"),
            ],
            UnlessMessage = R(@"\b(swelling|swollen|dentist|tooth|teeth|wisdom|smirk|smirked|filling)\b"),
            Fires = ["my mum fell, one side of her face has gone down and she cant talk"],
            DoesNotFire = ["My son had his wisdom teeth out, one side of his face has gone down now and he cant talk much"],
        },
        new()
        {
            Id = "MD36", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "A seizure or fit now, with shaking or a day of withdrawal: having a seizure, took a fit on the floor, lost consciousness on day 3.",
            AllOf =
            [
                Any(
                    @"\b(having|fell with) (a |another |one )?(seizure|seizures|convulsion|convulsions)\b",
                    @"\b(had|took) (a|another|one) (seizure|convulsion)\b",
                    @"\b(fit|fits) on the (\w+ )?(floor|ground)\b",
                    @"\bi (just |have just )?lost consciousness\b"),
                Any(
                    @"\b(still shaking|shaking|tonight|just now|minutes ago|this morning|bit my tongue|day \d|days without|without " +
                        @"(alcohol|a drink|drinking|booze)|stopped (drinking|the drink|the vodka|the booze)|cold turkey)\b"),
            ],
            // A fear of a fit ("worried about having a seizure if I stop") is a question for the doctor, not a fit.
            UnlessMessage = R(@"\b(laughing|giggles|hysterics|fit of (the giggles|laughter|laughing|rage|temper|pique)|keep fit|fitness|epilepsy nurse|" +
                @"in (19|20)\d\d|(threw|throwing|throw) (a )?(fit|fits|wobbly)|toddler|tantrum|tantrums|screen time)\b|" +
                @"\b(worried|afraid|scared|frightened|nervous|terrified) (about|of) (having|getting) (a |another )?(seizure|fit)s? " +
                @"(if|when|in|during|while)\b"),
            Fires =
            [
                "day 2 off the drink and i just had a fit on the kitchen floor. still shaking",
                "stopped the vodka three days ago, i lost consciousness this morning and bit my tongue",
            ],
            DoesNotFire =
            [
                "had a fit of the giggles at group today",
                "in 2016 i had a seizure in withdrawal, now i detox with my doctor",
            ],
        },
        new()
        {
            Id = "MD37", Category = CrisisCategory.MedicalEmergency, Negatable = true, Past = PastHandling.Dismiss,
            Description = "Someone else has just attempted suicide or wounded themselves gravely, or is doing it: she has taken an overdose, he " +
                "is trying to hang himself, my son just cut his wrists.",
            AllOf =
            [
                Any(
                    // "my husband's hanged himself": the normaliser reads a noun's "'s" as a plural ("my husbands").
                    @"\b(" + Someone + @" (has|have|is|are|just|has just|is just|have just|is now|literally just|has now)|(my|our) \w+s) " + ActOnThemself +
                        @"\b",
                    @"\b" + Someone + @" (has|have|is|are|just|has just|is just|have just|literally just|has now) " + OthersAct + @"\b",
                    @"\b" + Someone + @" taken (an|a) (\w+ )?overdose\b",
                    @"\bfound (him|her|them|my \w+) (just )?hanging\b( (in|from|off|on)\b|$| \.)"),
            ],
            UnlessMessage = R(NotAnAttempt),
            Fires =
            [
                "my daughter just tried to kill herself",
                "my mum has taken an overdose",
                "he's hanged himself in the garage",
                "found my brother hanging in the garage",
                "my girlfriend has cut her wrists",
                "neighbour has poured petrol over himself and hes got a lighter",
            ],
            DoesNotFire =
            [
                "my brother has tried to kill himself twice, i worry about him all the time",
                "my dad just shot himself in the foot with that comment",
                "back in 2015 my son has just tried to hang himself and i was too drunk to notice",
                "found him hanging around outside the offie again",
                "he hasn't tried to kill himself, he's just low",
            ],
        },
        new()
        {
            Id = "MD38", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Someone else's attempt on their life or grave wound to themselves told with a word of now or a call for help: my friend " +
                "tried to kill herself tonight, he slit his wrists what do i do.",
            AllOf =
            [
                Any(
                    @"\b" + AttemptOnThemself + @"\b",
                    @"\b(he|she|they|(my )?" + Person + @") (was|is|were|are) hanging (from|off|in) (the |a |his |her |their )?(\w+ )?(garage|shed|loft|" +
                        @"loft hatch|attic|barn|stairwell|stairs|banister|bannister|beam|rafters|door|wardrobe|closet|tree|bedroom|cell|shower rail|rope)\b"),
                Any(
                    @"\b(tonight|right now|just now|rn|minutes ago|mins ago|min ago|an hour ago|half an hour ago|this morning|this afternoon|this evening|" +
                        @"earlier today|today)\b",
                    @"\b\d+ (min|mins|minutes|hour|hours|hr|hrs) ago\b",
                    @"\b(help|help me|what do i do|what should i do|what do we do|ambulance|paramedics|999|911|112|000|hospital|a and e|police|cops|" +
                        @"not breathing|wont wake|isnt waking|unconscious|unresponsive|blood|bleeding|still alive|is dying|cut (him|her|them) down|" +
                        @"(get|got|getting) (him|her|them) down|(im|i am) with (him|her|them)|on the way|hurry|please|oh god|omg|panicking|coastguard|fire brigade|" +
                        @"fire department|the guards|" +
                        @"i (just )?found (him|her|them)|(has|have|got|no|cant find a) pulse|breathing|being sick|throwing up|not answering|" +
                        @"isnt answering|wont answer|not picking up|said (bye|goodbye))\b"),
            ],
            UnlessMessage = R(NotAnAttempt + "|" + StoryOfAnAttempt),
            Fires =
            [
                "my friend tried to kill herself tonight",
                "he slit his wrists what do i do",
                "my son jumped off the multi storey car park, ambulance is coming",
                "came home and my wife was hanging from the banister, i got her down, what do i do",
                "my sponsee slit his wrists after the meeting, of course i called 999, what do i do",
                "he was playing with the gun and shot himself, please help",
            ],
            DoesNotFire =
            [
                "my uncle shot himself in the barn when i was 12, i think about him this time of year",
                "someone shared tonight about the night he tried to kill himself a decade ago",
                "my dad hanged himself in 2009 and today is hard",
                "my sister tried to take her own life after her son died, she's in a good place now",
                "she didnt try to kill herself, she fell and cut her wrist on the glass, the ambulance is here",
                "at the meeting tonight a guy told how his brother jumped off a bridge",
                "my son is hanging in the shed playing xbox, please tell him to come in",
            ],
        },
    ];
}
