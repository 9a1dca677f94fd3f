using System.Text.RegularExpressions;

namespace RecoveryBot.Safety;

/// <summary>
/// The rule table. Rules are written against normalised text (see <see cref="CrisisTextNormalizer"/>): lowercase,
/// no apostrophes ("dont", "cant", "wont"), "i am", "he is", "going to", "want to", single spaces, clauses joined
/// with " . " in the whole message. Order matters only for which rule is reported when several fire: emergencies
/// first, then direct statements, then indirect signals, then concern-only rules.
/// </summary>
internal static class CrisisRules
{
    // NonBacktracking matches in time linear in the input (capped at MaxAssessedChars), so this is a last resort,
    // not a guard against runaway backtracking. It is generous because it is wall-clock time: 250 ms fired on
    // ordinary answers while two instances started on a 2-core machine, and a timeout means a concern reply.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private const RegexOptions Options =
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;

    // Shared vocabulary.
    private const string Person =
        "(mom|mum|mother|dad|father|stepdad|stepmom|stepfather|stepmother|brother|sister|wife|husband|partner|" +
        "boyfriend|girlfriend|ex|step dad|step mom|son|daughter|kid|kids|child|children|baby|boss|dealer|neighbor|neighbour|roommate|" +
        "flatmate|friend|uncle|aunt|cousin|coworker|landlord|family|grandma|grandpa|fiance|fiancee|stepson|stepdaughter|sponsor|sponsee)";

    private const string Subject = "(he|she|they|someone|somebody|(my )?" + Person + ")";
    private const string Benzo = "(xanax|alprazolam|valium|diazepam|klonopin|clonazepam|ativan|lorazepam|benzo|benzos|bars)";
    private const string Opioid =
        "(opioid|opioids|opiates|oxy|oxys|oxycodone|oxycontin|percocet|percs|vicodin|hydrocodone|heroin|fentanyl|" +
        "fent|methadone|morphine|codeine|tramadol|dope|suboxone|subs)";
    private const string Alcohol = "(alcohol|booze|drink|drinks|drinking|vodka|whiskey|whisky|beer|beers|wine|liquor|rum|gin|tequila)";
    private const string Medicine =
        "(pill|pills|tablet|tablets|meds|medication|medications|medicine|tylenol|paracetamol|acetaminophen|advil|" +
        "ibuprofen|aspirin|insulin|antidepressants|antidepressant|sleeping pills|seroquel|quetiapine|lithium|gabapentin|lyrica|ambien|" +
        "trazodone|amitriptyline|adderall|script|prescription|take home|take homes|" + Benzo + "|" + Opioid + ")";

    // Eleventh round: a time or intent beside a means at hand (SU31, SU33), and what makes a weapon or a bag something else.
    private const string Intent = @"\b(now|right now|tonight|ready|finally|understand|goodbye|going to|about to|use them|use it)\b";
    private const string NotARealWeapon =
        @"\b(hunting|range|clay|clays|deer|pheasant|nerf|water gun|toy|paintball|airsoft|call of duty|video game|playstation|xbox|cast|shower|waterproof|recycling|craft)\b";

    // A joke, or "not going to use it" (HO16, HO17): a weapon named but not meant.
    private const string NotMeant = @"\b(just|only|i am) (joking|kidding)\b|\b(not|never|wont|dont) (going to )?(use it|hurt (him|her|them)|do it)\b";

    // A temper or a cough, not a seizure (MD25, MD28).
    private const string NotASeizure = @"\b(fit|fits) (of|about|over|when|at)\b|\b(coughing|laughing|giggling|sneezing) fit\b|\btantrum\b";

    // Someone has just broken a bone of mine (VH17 and VH18), and what makes it something else.
    private const string JustBrokeABone = @"\b" + Subject + @"( is| has)? just (broke|broken) my (arm|nose|jaw|ribs|rib|wrist|hand|cheekbone)\b";
    private const string NotViolenceToABone = @"\b(toddler|baby|kid|keeper|goalie|match|five a side|football|rugby|ball|by accident|accidentally|headbutted|cast)\b";

    /// <summary>Markers that put a clause in the past: its hit is a story, not something happening now.</summary>
    internal static readonly Regex PastMarker = R(
        @"\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|several|many) (years|year|months|month|weeks|week) ago\b" +
        @"|\byears ago\b|\bin my (teens|twenties|thirties|forties|fifties|20s|30s|40s)\b|\blast (year|month|summer|winter|spring|fall|autumn|christmas)\b|\bin (19|20)\d\d\b" +
        @"|\bback (in|when|then)\b|\bused to\b|\bas a (kid|child|teen|teenager)\b|\bwhen (i|we) (was|were) (a |an |little|young|younger|kids|teens|using|drinking|still|in active|in my|in high|in school|in college)\b|\bwhen i was\b( \w+)? (years|yrs) old\b" +
        @"|\bwake up call\b|\b(years|months) clean\b|\b(clean|sober) (for|since)\b|\bfree of it\b|\b(was|were) (slowly )?killing me\b" +
        // Seventh round: a story dated by its year or month. (A count of years sober is not a past marker: "nine years
        // sober and he is not breathing" is happening now.)
        @"|\b(that|this|it) was (in |back in )?(19|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december) (19|20)\d\d\b");

    /// <summary>Words that put a clause (or a message, for rules over the whole message) in the last hours, whatever
    /// past marker it also has: "took 30 pills an hour ago like I used to back in the day" is happening now. Not a bare
    /// "today": "today is five years since my overdose" is a milestone.</summary>
    internal static readonly Regex RecentCue = R(
        @"\b(an hour ago|half an hour ago|hours ago|minutes ago|mins ago|min ago|just now|right now|earlier today|this morning|this afternoon|this evening)\b" +
        // Eleventh round: "just swallowed 25 of the oxys I was hiding since my surgery in 2020" is happening now, and so is
        // "1 hour ago" (but not "just used to", nor "just took my chip").
        @"|\b\d+ (hour|hours|hr|hrs|min|mins|minutes) ago\b|\bhalf (an )?hour ago\b" +
        @"|\bjust (swallowed|took|taken|downed|popped|injected|snorted) (\w+ ){0,4}" + Medicine + @"\b");

    /// <summary>
    /// Words of someone through it now ("eight years sober", "grateful it is behind me", "I tell that story at
    /// meetings"): with a past marker and nothing about now, the whole message is a story told from safety.
    /// </summary>
    internal static readonly Regex RecoveredMarker = R(
        @"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (years|months) (sober|clean|free|in recovery)\b|\bi am (clean|sober) now\b" +
        @"|\b(grateful|glad|happy|thankful) (to be alive|every day|that (it is|its) (over|behind me))\b|\b(it|that|all that) is (all )?behind me\b|\bhow far i have come\b" +
        @"|\bi (tell|share|told|shared) (that|this|my) story\b|\bi (only )?share (it|this|that) so\b|\bnever (wanted|want) to go back\b|\bhavent (felt|been) like that (for|in)\b" +
        @"|\bnewcomers\b|\bsecond time (round|around) i\b" +
        @"|\bhavent (touched|had|used)( it| a drop| a drink| anything)? (in|for) (\d+|a few|many|two|three|four|five|six|seven|eight|nine|ten) (years|months)\b");

    /// <summary>Words that bring a story into now: with any of them a story is never dismissed as a whole.</summary>
    internal static readonly Regex PresentCue = R(
        @"\b(tonight|today|right now|just|again|going to|about to|want to|planning|plan to|thinking about|still|anymore|lately|this week|this time|i will|tomorrow|currently|cant stop)\b" +
        @"|\bnot (glad|happy|grateful|thankful)\b");

    /// <summary>Words that negate a phrase when they come directly before it (fillers between are allowed).</summary>
    internal static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "never", "dont", "doesnt", "didnt", "wont", "wouldnt", "isnt", "arent", "aint", "cant", "couldnt",
        "shouldnt", "no", "nah", "nope", "nor",
    };

    /// <summary>Words allowed between a negator and the phrase it negates ("not really going to", "never ever").</summary>
    internal static readonly HashSet<string> NegationFillers = new(StringComparer.Ordinal)
    {
        "going", "to", "want", "ever", "really", "actually", "planning", "plan", "trying", "try", "thinking", "think",
        "about", "of", "be", "do", "even", "i", "am", "would", "will", "feel", "like", "that", "anything", "seriously",
    };

    private static Regex R(string pattern) => new(pattern, Options, Timeout);

    /// <summary>
    /// An explicit safety statement. It lowers only <see cref="CrisisRule.Disclaimable"/> rules (passive ideation) to
    /// Concern: "sometimes i wish i would not wake up but i have no plan and i would never".
    /// </summary>
    internal static readonly Regex SafetyStatement = R(
        @"\b(i have no|no|not making a|dont have a|dont have any) (plan|plans)\b|\b(not|never) (going to |planning to )?(act|acting) on (it|them|that|those thoughts)\b" +
        @"|\b(i|i would|i will) never (do it|do that|do anything|go through with it|act on it)\b|\bi would never$|\bi am (safe|not in danger|not going to do anything)\b" +
        @"|\bnot in (danger|crisis)\b|\bthe (depression|disease|addiction) (is )?(lying|talking)\b");

    /// <summary>A time or intent cue that makes a means or a farewell immediate.</summary>
    private const string Immediacy =
        @"(tonight|today|right now|now|going to|about to|planning|plan to|ready|for good|for real|permanently|forever|last|final|no more|after this|this weekend|soon|tomorrow|when everyone|waiting)";

    private static readonly Regex Distress = R(
        @"\blost (my|the) (job|house|home|kids|children|custody|apartment|license|wife|husband|partner|girlfriend|boyfriend|everything)\b" +
        @"|\blost (custody|my kids|visitation)\b|\blost (everything|it all|hope)\b|\b(got|been|was|just) (fired|laid off|dumped|evicted|kicked out)\b|\bfired me\b" +
        @"|\b(wife|husband|partner|girlfriend|boyfriend|fiance|fiancee) (left|dumped|is leaving|broke up)\b|\b(left|dumped) me\b" +
        @"|\bdivorce\b|\b(mom|mum|mother|dad|father|son|daughter|brother|sister|wife|husband|friend|grandma|grandpa|baby) (died|passed away|passed)\b" +
        @"|\brelapsed\b|\bcant (take|do) (it|this)\b|\bnothing matters\b|\bno hope\b|\bhopeless\b|\bworthless\b|\bhate (myself|my life)\b" +
        @"|\bruined everything\b|\bscrewed (everything|it all) up\b|\bfailed again\b|\btired of (everything|it all|life|living)\b" +
        @"|\b(nobody|no one) cares\b|\b(all|completely|totally) alone\b|\bfalling apart\b|\bdont (really )?care what happens\b|\bnothing left\b");

    /// <summary>The rule table, in reporting order.</summary>
    internal static readonly CrisisRule[] All =
    [
        // ---- Medical emergencies (during use or withdrawal; the user or someone with them) ----
        new()
        {
            Id = "MD01", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Someone is not breathing, barely breathing, or cannot breathe.",
            AllOf = [R(@"\b(not|isnt|arent|stopped|barely|hardly|cant|struggling to|trouble) (breathing|breathe)\b|\bcant (get|catch) (my|his|her|their) breath\b")],
        },
        new()
        {
            Id = "MD02", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Someone cannot be woken or is unresponsive.",
            AllOf = [R(@"\b(cant|couldnt|unable to) (wake|get) (him|her|them|my \w+|\w+) up\b|\b(cant|couldnt) wake up (him|her|them|my \w+)\b" +
                       @"|\b(wont|isnt|arent) (wake|waking)( up)?\b|\b(cant|couldnt|wont) (rouse|wake) (him|her|them)\b|\bunresponsive\b|\b(wont|not|isnt|arent|doesnt) (respond|responding)\b")],
            UnlessClause = R(@"\bwake up for (school|work|class|church)\b|\brespond(ing)? to (my |his |her )?(texts|text|messages|message|calls|emails|email)\b"),
        },
        new()
        {
            Id = "MD03", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Blue lips or skin, foaming at the mouth, gurgling, a seizure.",
            AllOf = [R(@"\b(lips|face|skin|fingers|fingertips|nails)( (are|is|turning|going|look|looks|looking|kind of|kinda|sort of|a bit|all|real|really|so|getting|gone|went)){0,3} (blue|purple|grey|gray|bluish)\b|\b(turning|going|gone) (blue|grey|gray|purple)\b|\b(he|she|they|my \w+) (is|are|looks|look) (blue|grey|gray|purple)\b" +
                       @"|\b(gone|going|turned|turning) (a )?(\w+ )?(grey|gray|blue|purple) (colour|color)\b|\bsnoring (noise|sound)\b|\bblue lips\b|\bfoaming at the mouth\b|\bgurgling\b|\b(having|has|into) (a |another )?(seizure|seizures|convulsions)\b|\bseizing\b|\bconvulsing\b")],
            // A history elsewhere in the message ("same thing happened to her in 2019") no longer hides a seizure happening
            // now (eleventh round); a past in the same clause is still a story (Past). "Had a seizure" is MD26.
            UnlessClause = R(@"\b(worried|afraid|scared|frightened) (about|of) (having|getting)\b"),
        },
        new()
        {
            Id = "MD26", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Had a seizure (MD03's past form, which a story told anywhere in the message still dismisses).",
            AllOf = [R(@"\bhad (a|another) (seizure|convulsion)\b")],
            UnlessMessage = R(@"\bin (19|20)\d\d\b|\b(years|months) ago\b|\b(worried|afraid|scared|frightened) (about|of) (having|getting)\b"),
        },
        new()
        {
            Id = "MD04", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Someone is 'having a fit' together with shaking, jerking or being on the floor.",
            AllOf = [R(@"\bhaving a fit\b"), R(@"\b(shaking|floor|jerking|convulsing|foaming)\b")],
        },
        new()
        {
            Id = "MD05", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Delirium tremens or hallucinations (withdrawal).",
            AllOf = [R(@"\b(the )?dts\b|\bdelirium\b|\bhallucinat\w*|\b(seeing|hearing|see|hear|sees|hears) (bugs|spiders|snakes|voices|shadows|things|people|stuff)( \w+){0,3} (that|who) (arent|isnt|are not|is not) there\b" +
                       @"|\b(seeing|hearing|see|hear|sees|hears) (bugs|spiders|snakes|voices|shadows)\b|\b(bugs|spiders|things) crawling (on|all over|under)\b|\b(talking|talks|talk) to (people|someone|somebody|things) (who|that) (arent|isnt) there\b" +
                       @"|\bthe voices (keep |are |keeps )?(saying|telling|tell|say)\b")],
            // Talk about withdrawal rather than a symptom now: "hallucinations are rare if you taper".
            UnlessClause = R(@"\b(is|are) (rare|uncommon|common|possible|a risk|a sign)\b|\b(risk|chance|signs) of\b|\b(worried|afraid|scared) (about|of) (having|getting)\b"),
        },
        new()
        {
            Id = "MD06", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Chest pain, a numb arm, a heart about to give out.",
            AllOf = [R(@"\bchest (pain|pains|hurts|is hurting|hurting|is crushing)\b|\bpain in my chest\b|\b(left )?arm (is |went |going |feels )?numb\b" +
                       @"|\bheart (is |feels like (it is |its )?)?(going to |about to )?(explode|stop|burst|give out)\b" +
                       @"|\bheart is (pounding|racing|beating) (out of my chest|so fast|too fast)\b")],
        },
        new()
        {
            Id = "MD07", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Vomiting or coughing up blood.",
            AllOf = [R(@"\b(throwing up|vomiting|puking|coughing up|coughing|spitting) (up )?blood\b|\bblood in my (vomit|stool|pee|urine)\b")],
        },
        new()
        {
            Id = "MD08", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Someone has collapsed.",
            AllOf = [R(@"\b(he|she|they|someone|somebody|my " + Person + @") (just )?(collapsed|passed out and|fell and hit (his|her|their) head)\b")],
        },
        new()
        {
            Id = "MD09", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Feels like dying right now (not 'dying to' or 'dying of boredom').",
            AllOf = [R(@"\b(feel|feels|feeling) like (i am|i|he is|she is) dying\b|\bi think (i am|he is|she is) dying\b|\b(i am|he is|she is) dying$")],
            // "feel like I'm dying from this hangover lmao".
            UnlessMessage = R(@"\bdying (of|from) (this |the |a |my )?(hangover|cold|flu|heat|boredom|laughter|embarrassment|cringe)\b"),
        },

        new()
        {
            Id = "MD10", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Confusion, shaking or sweating together with stopping alcohol or benzodiazepines (withdrawal can kill).",
            AllOf = [R(@"\b(confused|confusion|disoriented|delirious|doesnt know where|dont know where i am|shaking|shakes|tremors|trembling|sweating|sweats|cant stop shaking|jerking|twitching|fitting)\b"),
                     R(@"\b(confused|confusion|disoriented|delirious|doesnt know where|dont know where i am|heart (is )?(pounding|racing)|sweating buckets|so bad|all over|whole body|cant stop it|(doesnt|dont|didnt) recogni[sz]e)\b"),
                     R(@"\b(quit|quitting|stopped|stopping|off|no|without|cold turkey|coming off|detoxing|withdrawal|withdrawals|days? (off|without|since))\b( \w+){0,3} (drinking|drink|the drink|booze|alcohol|the bottle|benzos|benzo|xanax|klonopin|valium|ativan|liquor|vodka)\b|\bcold turkey\b")],
        },
        new()
        {
            Id = "MD11", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "A head injury or a fall with vomiting, drowsiness, confusion or bleeding from the ear.",
            AllOf = [R(@"\b(hit|banged|smashed|bashed|cracked|bumped) (my|his|her|their) head\b|\bhead (injury|wound)\b|\bconcussion\b|\bfell (down|off|over|from)\b"),
                     R(@"\b(bleeding from (his|her|my|their) (ear|ears|nose)|being sick|keeps being sick|puking|vomiting|throwing up|threw up|drowsy|sleepy|hard to stay awake|cant stay awake|cant keep (my|his|her) eyes open|confused|passing out|blacking out|slurring)\b")],
        },
        new()
        {
            Id = "MD12", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Signs of respiratory depression: slow or shallow breathing, cannot keep eyes open, nodding out and slurring.",
            AllOf = [R(@"\b(breathing|breaths|breath) (feels |is |seems |sounds |looks |getting |got |so |really |real )*(slow|slower|shallow|weird|funny|strange|raspy|snoring)\b|\b(slow|shallow) (breathing|breaths)\b" +
                       @"|\b(cant|can barely|can hardly|hard to|struggling to) keep (my|his|her|their) eyes open\b|\bslurring( \w+){0,2} nodding\b|\bnodding( \w+){0,2} slurring\b|\b(feel|feeling|feels) (super |so |really |real )?heavy and slow\b")],
        },
        new()
        {
            Id = "MD27", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "A breathing rate of a few breaths a minute (eleventh round): breathing twice a minute, taking 2 breaths a minute.",
            AllOf = [R(@"\b(breathing|breathes|taking)( \w+){0,2} (1|2|3|4|once|twice|two|three|four)( or (2|3|4|two|three|four))? (times |breaths )?(a|per) minute\b")],
            // Breathing exercises: "box breathing, four times a minute". Its own rule, so the exception leaves MD12 alone.
            UnlessMessage = R(@"\b(box breathing|resonance|breathing exercise|breathing exercises|breathwork|meditation|meditating|calming|yoga|technique|taught)\b"),
        },

        new()
        {
            Id = "MD13", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message,
            Description = "Heavy daily drinking (or benzodiazepine use) about to be stopped alone: withdrawal can cause seizures.",
            AllOf = [R(@"\b(\d+|twenty|thirty|forty|fifty|a dozen|two|three) (beers|cans|drinks|pints|bottles|bottles of wine|units|shots) (a|per|each|every) day\b|\b(a|two|three|a whole) (bottle|bottles|fifth|handle|litre|liter) (of \w+ )?(a|per|every) day\b"),
                     R(@"\b(stop|stopping|quit|quitting|cold turkey|on my own|by myself|alone|detox myself)\b")],
            UnlessMessage = R(@"\b(medical detox|detox (unit|center|centre|clinic)|my doctor|gp|supervised|inpatient|taper|tapering|librium|chlordiazepoxide)\b"),
        },

        // ---- Overdose ----
        new()
        {
            Id = "OD01", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss, Negatable = true,
            Description = "Someone is overdosing or has just overdosed (not a story from years ago).",
            AllOf = [R(@"\b(overdosing|overdosed|having an overdose)\b")],
            // "overdosed on coffee this morning": the everyday hyperbole, not a drug.
            UnlessClause = R(@"\b(overdosing|overdosed) on (my |the |pumpkin spice )?(coffee|espresso|latte|lattes|tea|sugar|chocolate|cake|carbs|pizza|sweets|candy|netflix|tv|sun|sunshine|work|the gym|exercise|podcasts|true crime|memes|tiktok)\b"),
        },
        new()
        {
            Id = "OD02", Category = CrisisCategory.Overdose, Past = PastHandling.Concern,
            Description = "Took a large quantity of pills or drugs.",
            AllOf = [R(@"\b(took|taken|swallowed|ate|popped|downed|took like|have taken) (a bunch|a lot|a handful|too many|way too many|too much|way too much|all|every|a whole (bottle|pack|box|strip|sheet)|the whole (bottle|pack|box)|like \d+|\d\d+|twenty|thirty|forty|fifty|sixty|a hundred|half (a|the) bottle)\b( \w+){0,4} " + Medicine + @"\b" +
                       @"|\b(took|swallowed|popped|downed) (a bunch|a lot|a handful|too many|way too many|too much|all|a whole bottle|like \d+|\d\d+)( of)?( my| the)? " + Medicine + @"\b")],
        },
        new()
        {
            Id = "OD03", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss,
            Description = "Drugs were laced.",
            AllOf = [R(@"\b(was|is|were|got|been) laced\b|\blaced with\b")],
        },
        new()
        {
            Id = "OD04", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss,
            Description = "Someone needs naloxone (Narcan) now.",
            AllOf = [R(@"\b(need|needs|needed|give|gave|giving|get|grab|administer) (him |her |them |me |some |the |any )?(narcan|naloxone)\b|\b(narcan|naloxone) (now|fast|asap|isnt working|didnt work)\b")],
        },

        new()
        {
            Id = "OD05", Category = CrisisCategory.Overdose, Past = PastHandling.Concern,
            Description = "Swallowed or took a whole bottle or pack of anything.",
            AllOf = [R(@"\b(took|taken|swallowed|ate|popped|downed|drank|chugged) (a|the|my) (whole|entire) (bottle|pack|box|strip|sheet|script|prescription|supply)\b")],
            UnlessClause = R(@"\b(bottle|pack|box) of (water|wine|beer|soda|juice|gum|cookies|chips|gatorade)\b"),
        },
        new()
        {
            Id = "OD06", Category = CrisisCategory.Overdose, Past = PastHandling.Concern,
            Description = "Used or took much more than usual, or too much.",
            AllOf = [R(@"\b(took|used|shot up|snorted|smoked|did|had|injected) (way |a lot |so much |much )?more than (usual|normal|i usually do|my usual)\b|\b(took|used|did|had|shot up|snorted) (way )?too much\b")],
        },

        // ---- Suicidal thoughts: direct statements ----
        new()
        {
            Id = "SU01", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Killing oneself or ending/taking one's life.",
            AllOf = [R(@"\b(kill|killing|kills|end|ending|take|taking) (myself|my own life|my life)\b")],
            UnlessClause = R(@"\b(kill|killing) myself (with|by) (the )?(drinking|alcohol|booze|drugs|using|work)\b|\btake my life (back|one day)\b"),
        },
        new()
        {
            Id = "SU02", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Wanting, planning or being ready to die; wishing to be dead.",
            AllOf = [R(@"\b(want|wanted|wanting|going|ready|need|wish|hope|deserve|plan|planning|about) to die\b|\bwish i (was|were|could be) dead\b" +
                       @"|\bwant to be dead\b|\b(hope|wish) i (die|would die|just die)\b|\b(better off|rather be) dead\b|\bwant death\b|\bdeserve to (bleed|suffer|be punished)\b")],
            UnlessClause = R(@"\bdie (of|from) (boredom|embarrassment|laughter|laughing|shame|cringe|cuteness|the heat|heat|hunger|old age)\b|\b(make|makes|made|making) me want to die\b|\b(is|was|looks|smells|tastes|are|were) to die for\b"),
        },
        new()
        {
            Id = "SU03", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Suicidal, or thinking about suicide, dying or ending it.",
            AllOf = [R(@"\bsuicidal\b|\bsuicide (note|notes|plan|plans|letter|attempt)\b|\b(commit|attempt|attempting|committing) suicide\b" +
                       @"|\b(thinking|thought|think|thinks|considering|contemplating|planning) (about |of |on )?(suicide|killing myself|ending it|ending my life|dying|death|taking my life|taking my own life|hanging myself)\b")],
            UnlessClause = R(@"\b(asked|asks|ask|asking) (me )?(if|whether) i (am|was|feel|felt) (suicidal|thinking)\b"),
            Disclaimable = true,
        },
        new()
        {
            Id = "SU04", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Ending it (all) - not 'end it with my dealer' or 'end it here for today'.",
            AllOf = [R(@"\b(end|ending) (it|it all|everything|things)\b")],
            // "end it for good with him": a relationship or a habit, not a life.
            UnlessClause = R(@"\b(end|ending) (it|things|everything) (with|here|there|early|off|for today|for now|for the day)\b" +
                             @"|\b(end|ending) (it|things) (for good|once and for all|properly|for real) with\b"),
        },
        new()
        {
            Id = "SU05", Category = CrisisCategory.SuicidalThoughts, Disclaimable = true,
            Description = "Not wanting to live, be alive, be here or wake up.",
            AllOf = [R(@"\b(dont|never|no longer) (want|wish|feel like) to (live|be alive|be here|exist|wake up|go on|keep living|keep going|be around)\b" +
                       @"|\bdont want (to be )?(alive|here) anymore\b")],
            UnlessMessage = R(@"\b(live|living|be|going on) like this\b.*" + RecoveryActionPattern),
        },
        new()
        {
            Id = "SU06", Category = CrisisCategory.SuicidalThoughts, Disclaimable = true,
            Description = "Not caring whether one lives; not afraid of death; hoping not to wake up.",
            AllOf = [R(@"\b(dont|doesnt|nobody|no one) (care|cares) (if|whether) i (live|die|wake up|make it|am alive|survive)\b" +
                       @"|\bnot (afraid|scared) (to die|of dying|of death)\b|\bscared of waking up\b|\b(want to|wish i could|going to) (just )?(sleep|go to sleep) forever\b|\b(hope|wish) i (dont|never|wont|wouldnt) wake up\b" +
                       @"|\bwish i could (just )?(not wake up|sleep forever|never wake up)\b|\bnever (want to )?wake up again\b|^(never|not) wake up( again)?$")],
        },
        new()
        {
            Id = "SU07", Category = CrisisCategory.SuicidalThoughts,
            Description = "Unsure about wanting to live, or about staying safe.",
            AllOf = [R(@"\b(not sure|dont know|unsure|no idea) (if |whether |that )?i (want to|can|will|should) (live|be alive|keep living|keep going|go on|survive|stay alive|be here)\b" +
                       @"|\b(not sure|dont know if|cant promise|cant say) (that )?i (wont|can stop myself|can keep myself safe|can stay safe)\b" +
                       @"|\b(cant|not able to|unable to|not sure i can|dont think i can|dont know if i can) (keep|stop) myself (safe|from)\b" +
                       @"|\bi am not safe\b|\bnot safe (right now|tonight|here|anymore)\b")],
        },
        new()
        {
            Id = "SU08", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Concern, Disclaimable = true,
            Description = "No reason to live; life not worth living; cannot go on; wanting it all to stop forever.",
            AllOf = [R(@"\b(no|nothing|zero) (reason|reasons) to (live|go on|keep going|stay alive|be alive)\b|\bnothing (left )?to live for\b" +
                       @"|\bno point (in |of )?(living|life|being alive|going on|being here|carrying on)\b|\bwhat is the point (of|in) (living|life|being alive|going on)\b" +
                       @"|\bdont see (the |a |any )?(point|reason) (in|of|to) (living|life|being alive|going on)\b|\b(life|living) (isnt|is not|aint|is no longer) worth (living|it)\b" +
                       @"|\bnot worth living\b|\b(what is the|no) point anymore\b|^i (just )?cant do (this|it) anymore$|^i (just )?want out$|\bgive up on (life|living|everything)\b|\bcant (go on|carry on|keep going|keep living)\b|\bwant (it|it all|everything) to (stop|end) (forever|for good|permanently)\b|\bwant it all to (stop|end)\b" +
                       @"|\bdone (with life|living|with living|with being alive|being alive|with this life)\b")],
            UnlessMessage = R(@"\b(go on|carry on|keep going) (drinking|using)\b|\blike this\b.*" + RecoveryActionPattern),
            // "I can't go on with this exercise right now": about the exercise, not about living.
            UnlessClause = R(@"\bcant (go on|carry on|keep going) with (this|the|that) (exercise|question|one|bit|part|session)\b"),
        },
        new()
        {
            Id = "SU09", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "A named method: jumping, hanging, shooting oneself, a rope or gun, overdosing on purpose, using until dead.",
            AllOf = [R(@"\b(jump|jumping|throw myself) (off|from|in front of|into) (a |the |this |that )?(bridge|building|roof|rooftop|cliff|cliffs|balcony|overpass|tower|lighthouse|parking garage|car park|dam|pier|platform|skyscraper|top floor|train|bus|car|truck|traffic|river|window|ledge)\b" +
                       @"|\b(standing|sitting|i am) on (the|a|this) (edge|ledge|bridge|roof|rooftop|railing|tracks|cliff)\b|\b(going to|want to|about to|ready to) jump$|\b(drive|crash|steer) (my car |the car |it )?(into|off) (a |the )?(tree|wall|bridge|cliff|truck|traffic|river|lake)\b|\b(hang|hanging) myself\b|\bnoose\b" +
                       @"|\b(bought|got|have|tied|found) (a|the|some) rope\b|\b(shoot|shooting) myself\b|\bgun (in my hand|to my head|in my mouth)\b|\bloaded (the|my) gun\b" +
                       @"|\b(overdose|overdosing) on purpose\b|\b(want|going|about|plan|planning|trying|ready) to overdose\b" +
                       @"|\b(take|swallow|taking|swallowing) (all|every|the whole|a whole|the rest of)( of)?( my| the| these| those)? " + Medicine + @"\b" +
                       @"|\b(drink|drinking|use|using|shoot up) (until|till|til) i (die|am dead|dont wake up)\b")],
        },
        new()
        {
            Id = "SU10", Category = CrisisCategory.SuicidalThoughts,
            Description = "'kys' said to oneself.",
            AllOf = [R(@"\bkys\b")],
            UnlessClause = R(@"\b(told|tell|tells|telling|said|says|say) (me|him|her|them|us) (to )?kys\b|\byou (should )?kys\b"),
        },
        new()
        {
            Id = "SU11", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "Wanting to 'do it again' next to a mention of suicide, overdose or self-harm.",
            AllOf = [R(@"\b(feel like|want to|going to|thinking about|thinking of|ready to) (doing it|do it|try it|trying it|try) again\b"),
                     R(@"\b(kill|killing|killed) myself\b|\bsuicide\b|\boverdose\b|\boverdosed\b|\bcut myself\b|\bhurt myself\b|\battempt\w*\b")],
        },

        new()
        {
            Id = "SU12", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Death euphemisms and slang: dirt nap, six feet under, checking out for good, sleep and not wake up, unalive.",
            AllOf = [R(@"\bdirt nap\b|\bsix feet under\b|\bpushing (up )?daisies\b|\b(big|long|eternal|forever) (sleep|nap)\b|\bcheck(ing)? out (permanently|for good|forever|early|of (life|this world)|tonight|for real)\b" +
                       @"|\b(go to sleep|sleep|fall asleep|go to bed) and (not|never) wake up\b|\bend (my story|the story|my chapter)\b|\bcatch the (bus|train) (out|for good)\b|\bnot (be )?(here|around) (to see|for) (christmas|my birthday|next (week|month|year))\b")],
        },
        new()
        {
            Id = "SU13", Category = CrisisCategory.SuicidalThoughts,
            Description = "A means at hand: a ligature round the neck, a weapon 'used on myself', pills lined up or taken one by one.",
            AllOf = [R(@"\b(belt|rope|cord|noose|scarf|sheet|wire|cable|leash|tie) (is |are )?(around|round|on|tight on|tight around) my (neck|throat)\b|\b(around|round) my neck (right now|now)\b" +
                       @"|\b(use|using|turn|turning|point|pointing|try|trying) (it|that|this|them|the gun|a gun|the knife|a knife|the rope|the blade) on myself\b" +
                       @"|\b(pills|meds|tablets|everything|it all|them) (lined up|laid out|counted out|counted|sorted out|ready) (on|in|and|next to|beside)\b|\b(take|swallow|down|use|eat) (every|each) (one|single one|last one)( of (them|these|those|it))?\b" +
                       @"|\bnot (planning on |going to |planning to )?(pacing|pace|spacing|space|spreading|spread|rationing|ration) (it|them|that|out|myself)\b")],
        },
        new()
        {
            Id = "SU14", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "Going to see, join or be with someone who has died, soon.",
            AllOf = [R(@"\b(see|join|be with|meet|hug|hold|visit) (my |our )?(\w+ )?(him|her|them|" + Person + @"|baby|grandmother|grandfather|nan|papa|mama)( again)? (real |really |very |pretty )?(soon|tonight|shortly|in heaven|on the other side)\b|\b(going to|about to) (join|be with) (him|her|them|my \w+)\b"),
                     R(@"\b(passed|passed away|died|dead|gone|in heaven|rip|funeral|grave|lost (him|her|them)|overdosed|killed himself|killed herself|memorial)\b")],
        },
        new()
        {
            Id = "SU15", Category = CrisisCategory.SuicidalThoughts,
            Description = "Using until the body gives out; relapse meant as the end ('that's kind of the point').",
            AllOf = [R(@"\b(until|till|til|till my) (my )?(heart|body|liver|lungs) (gives out|give out|stops|quits|fails|explodes)\b|\b(keep|keeps) (going|using|drinking)( \w+){0,2} (until|till|til) (i|my)( \w+){0,2} (die|dead|drop|gives out|stop breathing)\b" +
                       @"|\b(thats|that is|which is) (kind of |kinda |sort of |exactly |the whole |literally |actually )?the (point|idea|plan)\b")],
            UnlessClause = R(@"\b(the point|the idea|the plan) of (the|this|step|recovery|a|my)\b"),
        },
        new()
        {
            Id = "SU16", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "Lost tolerance next to using 'what I used to' or it 'just being over'.",
            AllOf = [R(@"\btolerance\b"),
                     R(@"\b(be over|what i used to|same amount|the same as before|full (dose|amount)|like i used to|all at once|the point|good)\b")],
            UnlessMessage = R(@"\b(careful|carefully|narcan|safe|safer|test strips|so i wont|so i dont|warning|warn)\b"),
        },

        new()
        {
            Id = "SU17", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Planning how to do it; listing ways to die; not being alive by a date; walking into the sea; at the edge of a height.",
            AllOf = [R(@"\b(planning|plan|planned|worked out|working out|figured out|figuring out|decided|deciding|thinking about) (how|when|where) (i would|i will|i am going to|i could|to) do it\b|\bways (i could|to|i might|i can) (die|do it|end it|go)\b|\bleast (messy|painful|violent) (one|way)\b" +
                       @"|\b(not going to|wont|will not|dont plan to) be alive (by|at|for|after) (the end of )?(this|the|next|my|christmas|friday|monday|sunday|saturday)\b|\b(not going to|wont|will not) be (here|around) (by|after) the end of\b" +
                       @"|\b(walk|walking|wade|wading|swim|swimming|drive|driving) (into|out into|out to) (the )?(sea|ocean|river|lake|water|waves|traffic|motorway)\b|\b(standing|sitting|stood|am) (at|on) the edge of\b|\bcant make myself step back\b" +
                       @"|\bpermanent (vacation|holiday|sleep|solution|exit|nap)\b|\blog (off|out) (from |of )?(life|this life|for good|permanently|forever)\b|\b(sleep|go to sleep) and never (have to )?wake up\b|\bnever have to wake up\b")],
        },

        // ---- Self-harm ----
        new()
        {
            Id = "SH01", Category = CrisisCategory.SelfHarm, Negatable = true, Past = PastHandling.Concern,
            Description = "Cutting, burning, hitting, starving or hurting oneself.",
            AllOf = [R(@"\b(cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|hurts|harm|harming|harmed|hit|hitting|punch|punching|scratch|scratching|starve|starving|bruise|bruising|stab|stabbing|mutilate|mutilating) myself\b" +
                       @"|\b(cut|cutting|slit|slitting|slash|slashing) (my )?(wrist|wrists|arm|arms|leg|legs|thigh|thighs|skin)\b|\b(carved|carve|carving|cut|cutting|scratched|scratching|burned|burning|dug|digging) (into )?my (wrist|wrists|arm|arms|leg|legs|thigh|thighs|skin|stomach)( \w+){0,3} (again|until|til|till|deeper|tonight|today)\b|\b(carved|carve|carving) into my\b")],
            UnlessClause = R(@"\b(harm|harmed|harming|hurt|hurting|hurts) myself (and others )?(with|by|through) (the |my )?(drinking|alcohol|drugs|booze|using|drink|addiction|substances)\b|\bcut myself (shaving|cooking|on)\b" +
                                 @"|\b(thought|think|believed|told myself|pretending|pretend)( that)?( i was| i am)? only (hurting|harming) myself\b"),
        },
        new()
        {
            Id = "SH02", Category = CrisisCategory.SelfHarm, Negatable = true, Past = PastHandling.Concern,
            Description = "Self-harm urges, relapse or restart; deserving to bleed; bleeding on purpose.",
            AllOf = [R(@"\b(cutting|self harming|self harm|sh|harming myself|burning myself) (again|urges|urge|thoughts|tonight|is back)\b" +
                       @"|\b(relapsed|relapse|relapsing) (on|with|into) (sh|self harm|cutting|self harming)\b|\b(started|start|starting) (self harming|cutting|to cut)\b" +
                       @"|\b(urge|urges|want|need) to (sh|cut|self harm|bleed)\b|\bdeserve to (bleed|hurt|feel pain)\b|\b(until|till|til) (they|it|i) (bled|bleed|bleeds)\b")],
            // Tapering: "start cutting by 5mg", "cutting down".
            UnlessClause = R(@"\b(cutting|cut) (down|back) on\b|\b(cutting|cut) by \d|\b\d+ ?mg\b|\b(cutting|cut) (the|my) (dose|dosage)\b"),
        },
        new()
        {
            Id = "SH03", Category = CrisisCategory.SelfHarm, Scope = RuleScope.Message,
            Description = "A blade or lighter together with oneself, bleeding or punishment.",
            AllOf = [R(@"\b(razor|razors|blade|blades|lighter)\b"), R(@"\b(myself|my (arm|arms|wrist|wrists|leg|legs|skin|thigh|thighs)|bleed|bled|punish|out|ready|bath)\b")],
        },

        new()
        {
            Id = "SH04", Category = CrisisCategory.SelfHarm,
            Description = "Cutting or burning as something that helps, or done today; hiding the marks (long sleeves in summer).",
            AllOf = [R(@"\b(cutting|burning|self harm|sh|hurting myself) (is|was|has been) (the only thing|all that|what|helping|my only)\b|\bonly thing that helps (is|with)( \w+){0,3} (cutting|burning|cut|burn)\b" +
                       @"|\b(did it|cut|cut myself|burned myself) \d+ times (today|tonight|this week)\b|\blong sleeves (in|during|again|in the) ?(july|august|june|summer|heat|again)?\b.*\b(again|july|august|summer|heat|hide|hiding|under|nobody|no one)\b" +
                       @"|\b(hide|hiding|cover|covering|hid) (the |my |up )?(cuts|scars|marks|burns|bruises|arms|wrists)\b|\bwhat is under (there|my sleeves|the sleeves)\b")],
        },

        // ---- Violence at home (harm from others) ----
        new()
        {
            Id = "VH01", Category = CrisisCategory.ViolenceAtHome, Past = PastHandling.Dismiss,
            Description = "Someone hits, beats, chokes or hurts the user (or someone at home).",
            AllOf = [R(@"\b" + Subject + @" (is |are |was )?(just |always |keeps |still |again )?(hits|hit|beat|beats|beating|punched|punches|punching|kicked|kicks|kicking|slapped|slaps|slapping|choked|chokes|choking|strangled|strangles|strangling|shoved|shoves|hurting|hitting|attacked|attacks|attacking|(threw|throws|throwing) \w+ at) (me|us|my " + Person + @")\b")],
            // "beat me at chess", "kicked me out again" (sent away, not hit), "pushed me away".
            UnlessClause = R(@"\bbeat (me|us) (at|in|to)\b|\b(beats|beating) (me|us) at (chess|cards|pool|darts|fifa|monopoly|scrabble|golf|tennis|\w+ games?)\b|\b(kicked|kicks|kicking) (me|us) out\b|\b(pushed|pushes|pushing|shoved|shoves) (me|us) away\b"),
        },
        new()
        {
            Id = "VH02", Category = CrisisCategory.ViolenceAtHome,
            Description = "A threat to kill or hurt.",
            AllOf = [R(@"\b(threatened|threatens|threatening|threaten) to (kill|hurt|beat|hit|shoot|stab|take the kids)\b")],
        },
        new()
        {
            Id = "VH03", Category = CrisisCategory.ViolenceAtHome, Past = PastHandling.Dismiss,
            Description = "Someone is going to kill or hurt the user (not 'my boss will kill me if...').",
            AllOf = [R(@"\b" + Subject + @" (is |are )?(going to|will|wants to|is trying to|tried to|might) (kill|hurt|beat|hit|choke|strangle|shoot|stab) (me|us|my " + Person + @")\b")],
            UnlessClause = R(@"\b(kill|murder) (me|us) (if|for|when|because)\b"),
        },
        new()
        {
            Id = "VH04", Category = CrisisCategory.ViolenceAtHome,
            Description = "Not safe at home, afraid to go home, held in, a break-in, a weapon at the door.",
            AllOf = [R(@"\b(locked|locks|locking|shut) me (in|out)\b|\b(kicking|kicked|smashing|smashed|breaking|broke|bashing) (the|my|our) (door|window)( \w+)? (in|down)\b|\bhands (round|around|on) my (throat|neck)\b|\b(do|finish) (me|us) in\b|\b(took|takes|smashed|broke|hid) my (phone|keys)\b" +
                       @"|\b(dont|never) feel safe (at home|here|with (him|her|them|my \w+)|around (him|her|them)|in my (house|home))\b|\b(afraid|scared|terrified) to go home\b" +
                       @"|\b(wont|doesnt|will not) let me (leave|go out|out of)\b|\b(breaking|broke|trying to break) in(to)?\b" +
                       @"|\b" + Subject + @" (is |has |got )?(outside|at my door|at the door|in the house|here|coming) with (a |his |her )?(knife|gun|bat|weapon)\b" +
                       @"|\b(he|she|they|my " + Person + @") (has|got|pulled|pulled out|is holding|grabbed) (a |his |her )?(knife|gun)\b")],
        },

        new()
        {
            Id = "VH05", Category = CrisisCategory.ViolenceAtHome,
            Description = "Someone says they will kill, burn, throw or hurt the user (a reported threat), or swings a weapon at them.",
            AllOf = [R(@"\b" + Subject + @" (said|says|keeps saying|keep saying|told me|swore|swears|is saying|screamed|yelled|texted)( \w+){0,5} (he|she|they) (would|will|is going to|are going to|was going to|were going to) (kill|hurt|burn|throw|beat|shoot|stab|choke|strangle|break|smash|drown|bury|end)\b" +
                       @"|\b(burn|set fire to|torch) (the|my|our|this) (house|place|apartment|flat|trailer|car)( down)? with (me|us|the kids|my \w+) in (it|there)\b" +
                       @"|^(is |are |keeps |started )?(throwing|threw|swinging) (stuff |things |bottles |plates |chairs |dishes |\w+ )?at (me|us|mom|mum|dad|my \w+)\b|^(is |are |keeps |started )?(throwing|threw) (me|us)\b|^(is |are |keeps |started )?(hitting|punching|beating|choking|kicking|slapping|shoving) (me|us|mom|mum|dad|my \w+)\b|\b(swinging|swung|waving|pointing|aiming|aimed|pulled|came at \w+ with) (a |the |his |her )?(bat|knife|gun|weapon|bottle|hammer|machete|axe|belt)( at (me|us|my \w+|\w+))?\b")],
        },
        new()
        {
            Id = "VH06", Category = CrisisCategory.ViolenceAtHome,
            Description = "Hiding injuries from doctors, sleeping in the car to be safe, safer anywhere than at home, an abuser on the way back.",
            AllOf = [R(@"\b(told|tell|telling|said to) (the |my |a )?(er|e r|a and e|ae|gp|nurse|doctor|doc|hospital|cops|police|teacher|paramedics|social worker)( \w+){0,2} (that )?(i|she|he) (fell|tripped|slipped|walked into|bumped|ran into)\b|\bi didnt (fall|trip|walk into|slip)\b|\bbut it was (him|her|them|my \w+)( again)?\b" +
                       @"|\bsafer (in my car|in the car|than (home|being home|at home|going home|with (him|her)))\b|\b(sleep|sleeping|slept|hide|hiding|hid) in (my|the) (car|truck|closet|bathroom|garage)( \w+){0,2} (when|because|so|since|till|until|while) (he|she|they|my)\b" +
                       @"|\b(he|she|they) (is|are) (on (his|her|their) way back|coming back|back home)\b.*\b(hit|hits|beat|drunk|wasted|angry|threatened|choked)\b|\b(hit|hits|beat|choked) me\b.*\b(on (his|her|their) way|coming back|coming home)\b")],
        },

        // ---- Harm to others ----
        new()
        {
            Id = "HO01", Category = CrisisCategory.HarmToOthers, Negatable = true, Past = PastHandling.Concern,
            Description = "The user intends to kill, stab, shoot, beat or hurt a person.",
            AllOf = [R(@"\b(going to|want to|about to|will|might|planning to|plan to|feel like|ready to) (kill|killing|murder|murdering|stab|stabbing|shoot|shooting|hurt|hurting|beat|beating|strangle|strangling|choke|choking|attack|attacking) (him|her|them|someone|somebody|anyone|people|everyone|everybody|my " + Person + @"|that (guy|man|woman|bitch|bastard))\b" +
                       @"|\bbeat the (hell|shit|crap|life) out of\b")],
            // Hurt feelings in amends talk: "the truth will hurt her", "seeing me like this will kill my mum".
            UnlessClause = R(@"\b(the truth|it|this|that|the news|hearing (it|this|that)|seeing me|my words|the letter|what i (say|said|did)|knowing|telling (her|him|them))" +
                             @"( \w+){0,3} (will|might|would|could|is going to|going to) (hurt|kill)\b"),
        },
        new()
        {
            Id = "HO02", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message,
            Description = "The user has a weapon and is going to someone.",
            AllOf = [R(@"\bi (have|have got|got|am holding|grabbed|brought|packed) (a|my|the) (knife|gun|bat|machete|weapon|hammer|crowbar|axe|blade)\b"),
                     R(@"\b(going over|going to (his|her|their)|waiting (for|outside) (him|her|them|his|her|their)|on my way|find (him|her|them)|when (he|she|they) (comes|come|gets|get) (out|home|back))\b")],
        },

        new()
        {
            Id = "HO03", Category = CrisisCategory.HarmToOthers,
            Description = "Revenge intent or a target: make him pay, I know where he lives, he is going to disappear, not responsible for what I do.",
            AllOf = [R(@"\bmake (him|her|them|that (guy|man|woman|bastard|bitch)|\w+) pay\b|\bi know where (he|she|they|that \w+) (lives|live|works|work|sleeps|sleep|stays|hangs out|is)\b" +
                       @"|\b(whoever|he|she|they|that (guy|dude|man|woman|bitch|bastard))( \w+){0,8} (is|are) going to (disappear|pay|regret it|get it|be sorry)\b|\b(not going to be|wont be|not be) responsible for what i (do|might do)\b" +
                       @"|\btake (him|her|them|someone|somebody|that \w+) out\b|\bto take out (someone|somebody|a person|him|her|them)\b|\b(got|have|bought|picked up|grabbed) (a|my) (piece|strap|burner|pistol|glock)\b" +
                       @"|\b(heading|going|driving|on my way) (over )?(there|to (his|her|their) (place|house|work))( right)? now\b.*\b(pay|kill|hurt|knife|gun)\b")],
        },

        // ---- Eleventh round (2026-12-01): dangers happening now told beside a history, from a development file written to
        // test exactly that (not-trained/crisis-wording-11.tsv). Each reads present forms ("i am sat", "he is kicking"),
        // so a history beside it cannot hide it and a story told in the past does not fire it; each carries its own
        // look-alikes (an independent review's, tested). ----
        new()
        {
            Id = "SH13", Category = CrisisCategory.SelfHarm, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Fresh self-harm now: bleeding through the towel, the blade or razor in my hand.",
            AllOf = [R(@"\b(am|i am|still|keep) bleeding through (the|a|my) (towel|towels|tissue|tissues|sleeve|shirt|top|jumper)\b|\bi am bleeding through\b|(^|\. )bleeding through (the|a|my) (towel|towels|tissue|tissues|sleeve)\b" +
                       @"|\b(the|a|my) (blade|razor) (is )?in my hand\b")],
            // Injuries, tattoos and shaving.
            UnlessMessage = R(@"\b(dog|bit|bite|tattoo|nose|nosebleed|period|operation|surgery|stitches|football|rugby|boxing|match|shave|shaving|beard|barber|haircut|stanley|carpet|box cutter|craft)\b"),
        },
        new()
        {
            Id = "SH14", Category = CrisisCategory.SelfHarm, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Cutting deeper or new cuts just made, with cutting named: want to go deeper, it is deep this time, the new ones I made tonight.",
            AllOf =
            [
                R(@"\b(want to|going to|need to|have to|about to) (go|cut) deeper\b|\b(its|it is|they are) (really |so )?deep this time\b|\bthe new (ones|cuts|burns) i (just )?(made|did)\b|\bthe new ones are (really |so )?deep\b"),
                R(@"\b(cut|cuts|cutting|blade|razor|scars|wrist|wrists|thigh|thighs|self harm|burns|burning myself)\b"),
            ],
            // Step work, cutting back or out, and an accident.
            UnlessMessage = R(@"\b(recovery|step|steps|big book|book|screen time|cut (out|back|down)|tile|thumb|finger|chopping|knife slipped|slipped|squares|cake|bake|baking)\b"),
        },
        new()
        {
            Id = "SU30", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A means at hand now: in the garage with the engine running, the next attempt tonight, an overdose on purpose this time, this time a gun or a rope.",
            AllOf = [R(@"\b(i am|am|i am sat|i am sitting) (sat |sitting |parked )?in the (garage|car in the garage) with the (engine|motor|car) (running|on)\b|(^|\. )sitting in the garage with the (engine|motor|car) (running|on)\b|\b(car|engine) (is )?running in the (closed |shut |locked )?garage\b" +
                       @"|\b(second|third|fourth|next|final|last) attempt( is| will be| happening)?( \w+)? (tonight|today|tomorrow|now)\b" +
                       @"|\b(going to|about to) (overdose|take (them|it) all) on purpose\b|\bdo it on purpose this time\b|\bthis time i (bought|got|have|have got) (a|the) (gun|rope|shotgun|pistol)\b")],
            // Tests and exams, a car being warmed or fixed, hunting.
            UnlessMessage = R(@"\b(test|exam|exams|theory|driving|pass|jab|vaccine|course|interview|audition|marathon|hunting|range|clay|clays|deer|pheasant|mechanic|fixing|repair|warming up|warm up|warm it up|defrost|defrosting)\b"),
        },
        new()
        {
            Id = "SU31", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A gun in my lap or mouth, with now, tonight or an intent.",
            AllOf =
            [
                R(@"\b(gun|pistol|rifle|shotgun|revolver|handgun) (is )?(in|on) my (lap|mouth)\b|\bholding (the |a |my |\w+s )?(gun|pistol|shotgun|rifle|revolver) (now|right now|to my head|tonight)\b"),
                R(Intent),
            ],
            UnlessMessage = R(NotARealWeapon),
        },
        new()
        {
            Id = "SU33", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A plastic bag and tape, with now, tonight or an intent.",
            AllOf = [R(@"\bplastic bag\b"), R(@"\btape\b"), R(Intent)],
            UnlessMessage = R(NotARealWeapon),
        },
        new()
        {
            Id = "SU32", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Back on the bridge or the ledge now, looking down.",
            AllOf = [R(@"\bi am (back |still |just )?(on|at) the (bridge|ledge|roof|edge|top)\b(( \.)? \w+){0,4}( \.)? (looking|staring) down\b")],
            UnlessMessage = R(@"\b(ducks|view|views|cat|dog|climbing|wall|walk|photo|photos|sunset|sunrise|daughter|son|kids)\b"),
        },
        new()
        {
            Id = "MD25", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A seizure again now, whatever history sits beside it: fits years ago, just had another one.",
            AllOf =
            [
                R(@"\b(seizure|seizures|fit|fits|seizing)\b"),
                R(@"\b(just had another one|having another one|another one (just now|now|\d+ minutes ago))( \.|$| and| now| i)"),
            ],
            // A temper or a cough, not a seizure.
            UnlessMessage = R(NotASeizure),
        },
        new()
        {
            Id = "MD28", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A seizure happening now said in the present tense, whatever history sits beside it: she is seizing again.",
            AllOf = [R(@"\b(he|she|they|i|my \w+) (is|are|am) (having (a |another )?(seizure|seizures|fit|fits)|seizing|convulsing)\b")],
            UnlessMessage = R(NotASeizure),
        },
        new()
        {
            Id = "MD29", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Using again and the body failing: used again and cannot feel my legs.",
            AllOf =
            [
                R(@"\b(used|shot up|injected) again\b"),
                R(@"\b(cant feel my (legs|arms|face|body)|cant breathe|cant move)\b"),
            ],
        },
        new()
        {
            Id = "OD25", Category = CrisisCategory.Overdose, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Taken too much again just now: just did it again, a lot of pills.",
            AllOf =
            [
                R(@"\bjust did it again\b"),
                R(@"\b(a lot of|too many|all (my|the)|the whole|\d+) (pills|tablets)\b"),
            ],
        },
        new()
        {
            Id = "VH16", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Violence at home happening now: kicking the bedroom door down, pinning me down, dragging my brother by the hair.",
            AllOf = [R(@"\b" + Subject + @" (is|are|keeps) (kicking|smashing|breaking) (in )?(the|my|our) (\w+ )?door( in| down)?\b" +
                       @"|\b" + Subject + @" (is|are) pinning me (down|against)\b|\b(has|have) me pinned (down|against|to)\b|\bpinned me (down|against|to the (wall|floor|bed))\b" +
                       @"|\b" + Subject + @" (is|are) dragging (\w+ ){0,4}by (the|her|his|my|their) hair\b")],
            UnlessMessage = R(@"\b(in the (film|movie|show)|in my dream|nightmare|schedule|rota|deadline|keys|locked out|wrestling|tickle|tickling|cuddle|cuddles|playing)\b"),
        },
        new()
        {
            Id = "VH17", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Someone has just broken a bone of mine (a story dated in the past is not).",
            AllOf = [R(JustBrokeABone)],
            // Sport, a toddler, an accident.
            UnlessMessage = R(NotViolenceToABone),
        },
        new()
        {
            Id = "VH18", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Someone has just broken a bone of mine and is still there, whatever history sits beside it.",
            AllOf =
            [
                R(JustBrokeABone),
                R(@"\b(still|right now|is home|coming back|he is here|she is here|upstairs|downstairs|in the (house|kitchen|living room|bedroom|hallway|next room))\b"),
            ],
            // Sport, a toddler, an accident.
            UnlessMessage = R(NotViolenceToABone),
        },
        new()
        {
            Id = "HO16", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Outside someone's house now with a weapon: I am parked outside his house with a bat.",
            AllOf = [R(@"(\bi am (right )?(parked |sat |sitting |waiting |standing )?|(^|\. )(parked|sitting) )outside (\w+ ){1,3}(house|place|flat|door|work|building)\b(( \.)? \w+){0,4}( \.)? (with|got|have) (a|my|the) (\w+ )?(bat|knife|gun|hammer|machete|axe|crowbar|blade)\b")],
            UnlessMessage = R(@"\b(shelf|shelves|diy|cricket|rounders|practice|flowers|lol|haha|lmao)\b|" + NotMeant),
        },
        new()
        {
            Id = "HO17", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A weapon ready while someone sleeps: I am holding the hammer and he is asleep.",
            AllOf =
            [
                R(@"\bi am holding (the|a|my) (hammer|knife|bat|axe|machete|gun)\b|\bi have (got )?the (hammer|knife|axe|machete|gun)\b"),
                R(@"\b(asleep|sleeping|next room|rage|hurt him|hurt her|kill him|kill her)\b"),
            ],
            UnlessMessage = R(@"\b(chef|cooking|meal prep|recipe|youtube|practising|practicing|paintball|airsoft|diy|shelf|shelves|nails|fence|lol|haha)\b|" + NotMeant),
        },
        new()
        {
            Id = "HO18", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "About to set fire to someone's home, with the fuel ready: about to burn his house down, the petrol is in the boot.",
            AllOf =
            [
                R(@"(\bi am |(^|\. ))(about to|going to) (burn (down )?(\w+ ){0,3}(house|place|flat|car|caravan)( down)?|set fire to (\w+ ){0,3}(house|place|flat|car|caravan)|burn it down with (him|her|them) in it)\b"),
                R(@"\b(petrol|petrols|gas can|gasoline|lighter fluid|matches|accelerant)\b"),
            ],
            UnlessMessage = R(@"\b(curry|takeaway|cooking|recipe|oven|toast|bbq|barbecue|bonfire|petrol station|lol|haha)\b|\b(just|only|i am) (joking|kidding)\b"),
        },

        // ---- Indirect signals ----
        // ---- New wordings of the same dangers (Safety/Data/crisis-wording.tsv): passive ideation said plainly, using
        // as a way not to wake up, calm decisions and farewells. Each is short on purpose: one idea per rule. ----
        new()
        {
            Id = "SU20", Category = CrisisCategory.SuicidalThoughts, Disclaimable = true, Past = PastHandling.Concern,
            Description = "Passive ideation said plainly: tired of being alive, fine with not waking up, waiting to die.",
            AllOf = [R(@"\btired of (being alive|existing|staying alive|fighting to stay alive)\b" +
                       @"|\b(fine|okay|happy|at peace) if i (died|didnt wake up|never woke up|died in my sleep)\b" +
                       @"|\bwouldnt (mind|care) if i (died|didnt wake up|never woke up)\b" +
                       @"|\b(disappointed|gutted) (that|when) i (woke up|wake up)\b|\bwaiting to die\b" +
                       @"|\bstop existing\b|\b(think|thinking|thought) about not being (here|alive)\b" +
                       @"|\b(kindest|best) thing i could do( for( \w+){1,3})? is (to )?not be (here|around)\b" +
                       @"|\bdeath (sounds|seems|feels|would be) like (a )?(rest|relief|mercy)\b" +
                       @"|\bno (longer )?see any (purpose|point) in (waking|living|getting up)\b" +
                       @"|\bbetter off with the insurance\b|\bpicturing my own funeral\b")],
        },
        new()
        {
            Id = "SU21", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Concern, Disclaimable = true,
            Description = "Drinking or using as a way not to wake up or not to come back.",
            AllOf = [R(@"\b(going to|want to|will|gonna) (drink|use) myself to death\b|\b(drink|drinking|use|using) (til|till|until) (it stops|i stop|i am gone|i dont wake up)\b" +
                       @"|\b(dont|do not) want to come back from it\b|\bnot (coming|going to come) back from it\b" +
                       @"|\bnot (going to be|be) careful with it this time\b|\bnot (going to )?stop at enough\b" +
                       @"|\bno one can narcan me\b|\benough to finish the job\b")],
        },
        new()
        {
            Id = "SU22", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Disclaimable = true,
            Description = "The same ideas said across two clauses: wanting everything to stop. Permanently; a body giving out and getting it over with; a walk and not coming back.",
            AllOf = [R(@"\bwant everything to stop \. (permanently|forever|for good)\b|\bgives out \. gets it over with\b|\bwalk tonight \. not come back\b")],
        },
        new()
        {
            Id = "VH11", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message,
            Description = "An injury done by someone at home who is on their way back.",
            AllOf = [R(@"\b(he|she) broke my (arm|nose|ribs|jaw|wrist)\b.*\b(he|she) is (due|coming) (home|back)\b")],
        },
        new()
        {
            Id = "IX21", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "A calm decision or a farewell: knowing how it ends, sorting affairs, not coming back, something to remember me by.",
            AllOf = [R(@"\bsort(ing)? (out )?(who gets my|my affairs)\b|\bsomething to remember me by\b|\btell whoever reads (this|these) that i tried\b|\bknow when i am doing it\b")],
        },
        new()
        {
            Id = "SH10", Category = CrisisCategory.SelfHarm,
            Description = "About to cut, or just cut (without 'myself').",
            AllOf = [R(@"\bjust cut for the first time\b|\bswapped the bottle for the blade\b")],
        },
        new()
        {
            Id = "MD20", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Signs of a medical emergency in plain words: came round on the floor, going yellow, gone stiff, spiked and cannot stand.",
            AllOf = [R(@"\bswallowed all of them\b|\bdrink was spiked\b")],
        },
        new()
        {
            Id = "HO10", Category = CrisisCategory.HarmToOthers,
            Description = "About to hurt someone: a weapon ready, putting someone through a window, hurting him badly.",
            AllOf = [R(@"\bwant to hurt the guy\b|\bput (him|her|them) through a (window|wall)\b|\bgot a (bat|knife|gun) in the car\b")],
        },
        new()
        {
            Id = "VH10", Category = CrisisCategory.ViolenceAtHome,
            Description = "Violence at home now in plain words: going for mum again, broke my arm and due home.",
            AllOf = [R(@"\b(he|she|dad|mum|mom|my dad|my stepdad) is going for (mum|mom|my mum|my mom|me|my sister|my brother) again\b")],
        },
        // ---- Wordings from the fourth author's file (Safety/Data/crisis-wording-2.tsv, 2026-11-30) that the rules and
        // model let through, kept as narrow as the examples allow and checked against crisis-everyday-2.tsv. ----
        new()
        {
            Id = "SU23", Category = CrisisCategory.SuicidalThoughts, Disclaimable = true, Past = PastHandling.Concern,
            Description = "Plain or British wordings of ending one's life: top myself, finish my life, finally die, how to die.",
            AllOf = [R(@"\btop(ping)? myself\b|\b(finish|finishing) (my life|myself off)\b|\blet(ting)? myself (finally )?die\b|\bfinally die\b" +
                       @"|\b(think|thinking|thought) (every day |all day |always )?(about )?how to die\b|\bpray (not to|i dont) wake up\b" +
                       @"|\b(finish|end) it( (soon|tonight|tomorrow|this weekend))? for good\b|\bgoing for good (this|tonight|tomorrow|on)\b")],
            // "the cravings finally die down", "end it for good with him": ordinary talk of cravings and relationships.
            UnlessClause = R(@"\bdie (down|off|out|away)\b|\b(end|finish) it for good with\b"),
        },
        new()
        {
            Id = "SH11", Category = CrisisCategory.SelfHarm, Past = PastHandling.Concern, Negatable = true,
            Description = "Hurting oneself on purpose: punched the wall till it broke, burned my arm, on purpose.",
            AllOf = [R(@"\b(punched|hit|burned|burnt|cut|scratched|bashed|hurt) (the wall|myself|my (arm|arms|leg|legs|hand|hands|wrist|wrists|head))\b( \w+){0,6} on purpose\b")],
            UnlessClause = R(@"\bnot on purpose\b|\bby accident\b|\baccidentally\b|\bdidnt (\w+ )?on purpose\b"),
        },
        new()
        {
            Id = "OD20", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss, Negatable = true,
            Description = "A whole pack of tablets, or a load of pills, just taken.",
            AllOf = [R(@"\b(took|taken|swallowed|take) (a |the |my )?(whole|entire|full) (packet|pack|box|bottle|strip|sheet|blister|tub) of (\w+ )?(pills|tablets|paracetamol|painkillers|sleeping pills|meds|medication|oxy|xanax|valium|diazepam|ibuprofen)\b" +
                       @"|\b(just |i )(took|swallowed) (a load|loads|a handful|handfuls|a bunch|a pile) of (pills|tablets|painkillers)\b|\btaken everything in the (cupboard|cabinet|medicine cabinet)\b")],
        },
        new()
        {
            Id = "MD21", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "A withdrawal fit or seizure happening now, or breath that will not come.",
            AllOf = [R(@"\bjust had (a |another )?(fit|seizure)\b|\bnow (she |he |i )?(have|has|having) (the |a )?(fits|seizure|seizures)\b|\b(is|am|are) having (a )?(fit|fits|seizure|seizures)\b" +
                       @"|\b(cant|cannot|can not) get (any )?air in\b|\bthroat is (closing|swelling)( up)?\b")],
            // "had a fit when she found the bottles", "fits of rage": a temper, not a seizure.
            UnlessClause = R(@"\b(fit|fits) (when|about|over|because|at|of)\b"),
        },
        new()
        {
            Id = "HO11", Category = CrisisCategory.HarmToOthers, Negatable = true,
            Description = "A stated intent to hurt a named person now: going to batter him tonight, want to hurt my old man.",
            AllOf = [R(@"\bi (am )?(going to|gonna|want to|wanna|will) (batter|stab|glass|beat up|hurt) (him|her|them|my (old man|dad|father|mum|mom|wife|husband|partner|neighbour|neighbor|roommate|flatmate|brother|sister|kids))\b")],
            // "I didn't want to hurt her", "scared I'll hurt them again", "if I relapse I will hurt my kids": amends talk.
            UnlessClause = R(@"\b(dont|do not|never|not|didnt|doesnt|wouldnt) (want|going|gonna|wanna|mean|meant) to\b|\b(feelings|feeling)\b|\bby (saying|telling|leaving)\b" +
                             @"|\b(scared|afraid|worried|frightened|terrified|fear) (that )?i\b|\bif i\b|\bagain\b|\bthe truth\b"),
        },
        new()
        {
            Id = "VH12", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message,
            Description = "Being hit or threatened at home right now: hitting me now, says I'm next, hands on my throat.",
            AllOf = [R(@"\b(hitting|punching|kicking|choking|strangling) me\b( \.)? now\b|\bsays (i am|im) next\b" +
                       @"|\bhands (were|are) (on|around|round) my (throat|neck)\b|\bsays (he|she) (will|is going to|is gonna|hes gonna|shes gonna) use it on me\b")],
        },
        // ---- Fifth round (2026-11-30): families the fifth round's training files showed missing. These look at the whole
        // message (the means and the time are often in different sentences), where negation is not applied, so each
        // carries its own "not going to..." exception. ----
        new()
        {
            Id = "SU24", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Concern,
            Description = "A fall, drowning or train as one's own plan, now or soon: going off the bridge tonight, on the ledge, to the roof to jump.",
            AllOf =
            [
                R(@"\b(jump|jumping|step|stepping|throw myself|throwing myself) (off|from|in front of)\b|\b(going|go|am) off the\b|\bto jump$|\bto jump \.|\bone more step\b" +
                  @"|\b(drown|drowning) myself\b|\bgoing under the (train|bus|truck|lorry)\b|\b(walk|walking) into the (sea|river|water|waves|traffic)\b|\bjumping (in a minute|now|tonight|at|once|when|after)\b"),
                R(@"\b(bridge|roof|rooftop|ledge|cliff|cliffs|edge|overpass|flyover|balcony|viaduct|quarry|tower|multi storey|car park|carpark" +
                  @"|train|tracks|river|sea|westgate|beachy head|building|window|motorway)\b"),
                R(@"\b(now|tonight|today|tomorrow|later|in a minute|in a bit|in an hour|at dawn|at midnight|after this|after dark|this morning" +
                  @"|this evening|this afternoon|on my way|goodbye|bye|countdown|that is it for me|one more step)\b"),
            ],
            // Outings, water sports and idioms, and "I'm not going to jump".
            UnlessMessage = R(@"\b(bungee|parachute|skydive|skydiving|diving board|pool|jump start|jump on|jumping on|swim|swimming|dip|shower|bath|trampoline" +
                              @"|view|views|sunrise|sunset|photo|photos|conclusions|the gun|hoops|queue|ship|leap of faith)\b" +
                              @"|\b(not|never|wont|dont|will not) (going to |planning to |want to |ever )?(jump|step off|go off|throw myself|drown myself)\b"),
        },
        new()
        {
            Id = "SU25", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Concern,
            Description = "Suicide named as one's own plan or decision, or with a time: suicide is the plan, tonight.",
            AllOf = [R(@"\bsuicide\b"), R(@"\b(is the plan|is my plan|my decision|is my choice|i have decided|i decided|at peace with it|tonight|tomorrow|this weekend)\b")],
            // The topic, someone else's death, help and care: "my friend died by suicide", "the suicide hotline", "suicide watch".
            UnlessMessage = R(@"\b(prevention|awareness|squad|hotline|helpline|line|lifeline|died|lost|death|anniversary|funeral|grave|memorial|film|movie|book|song" +
                              @"|documentary|talk|training|course|group|meeting|attempt|attempts|thoughts|rate|rates|watch|ward|discharged|survivor|survivors)\b" +
                              @"|\b(not|never|isnt) (an option|the answer|happening)\b"),
        },
        new()
        {
            Id = "OD21", Category = CrisisCategory.Overdose, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "A whole supply taken at once, or pills taken on purpose or counted down: the whole stash in one go, 25 so far, on purpose.",
            AllOf =
            [
                R(@"\b(whole|entire|the lot|every one|all of (my|the)) (\w+ ){0,4}(at once|in one go|all at once|at the same time)\b" +
                  @"|\b(whole|entire) (\w+ ){0,2}(supply|stash|prescription|bottle|box|packet|pack)( of \w+( \w+)?)? (tonight|now)\b" +
                  @"|\b(on purpose|deliberately|to stop my heart|so i dont wake|dont care what happens|didnt care what happens)\b" +
                  @"|\b\d+ (\w+ )?" + Medicine + @"( \w+)? (down|so far|in my mouth|swallowed)\b|\b\d+ in my mouth\b|\b(halfway|half way) through (the|my) (pills|tablets|tabs|bottle|packet|box)\b"),
                R(@"\b" + Medicine + @"\b|\b(tabs|stash|supply|shot|dose|gear|patches|temazzies|linctus|bupe)\b"),
            ],
            // Care, disposal and vaccines; "didn't do it on purpose"; "I'm not going to take the lot".
            UnlessMessage = R(@"\b(as prescribed|prescribed by|doctor said|pharmacist said|by accident|accidentally|flushed|threw (them|it) (away|out)" +
                              @"|handed (them|it) (in|over)|back to the pharmacy|disposal|gave (them|it) to|nurse|blister pack|dosette|flu shot|booster|vaccine)\b" +
                              @"|\b(not|didnt|dont|wasnt|never)( \w+){0,6} on purpose\b|\b(not|never|wont|dont|will not) (going to |planning to |want to )?(take|swallow|shoot|inject|do)\b"),
        },
        new()
        {
            Id = "VH13", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Violence at home happening now: struck or battered and the person still there, a door being kicked in, locked in, a weapon to use on me.",
            AllOf =
            [
                R(@"\b(struck|bashing|bashed|flogged|flogging|battering|battered|choked|choking|strangled|strangling|dragged|stabbed) me\b|\bthrew (\w+ ){1,3}at me\b" +
                  @"|\b(trying|tried) to (kick|break|smash|get) (the|my) (\w+ )?door (in|down)\b|\b(locked|locking) me (in|inside)\b|\b(knife|gun|bat|hammer|blade)\b( \w+){0,6} (use it|kill me|on me)\b" +
                  @"|\b(says|said|threatened|threatening|swears|swore) (\w+ ){0,4}(finish|finishes|finishing) me\b|\bnight (he|she) (finishes|kills) me\b"),
                R(@"\b(now|tonight|right now|just now|still|coming back|cant get out|cant get up|hiding|is home|in the hallway|in the house" +
                  @"|this evening|screaming|frightened|scared|threatening|says|said|door|kids|children|grandson|granddaughter)\b"),
            ],
            // Games, feelings and figures of speech: "beating me at chess", "choking me up", "what struck me", "dragged me to a meeting".
            UnlessMessage = R(@"\b(at (chess|cards|pool|darts|fifa|fortnite|monopoly|scrabble|wordle)|game|games|to it|craving|cravings|song|film|movie)\b" +
                              @"|\b(choking|choked) me up\b|\bstruck me (as|that|how|at)\b|\bwhat struck me\b|\bdragged me (to|along|out|off|away|home)\b"),
        },
        new()
        {
            Id = "HO12", Category = CrisisCategory.HarmToOthers, Negatable = true,
            Description = "Intent to hurt a named person by a named means: run him over with the car, burn the house with him in it, stab him tonight, beat him to death.",
            AllOf =
            [
                R(@"\brun (him|her|them|\w+) over with (the|my|his|her) (car|van|truck)\b|\brun (his|her|my|that) (new )?(bloke|guy|boyfriend|girlfriend|ex|husband|wife|boss|dealer|landlord|neighbour|neighbor) over\b" +
                  @"|\bburn (\w+ ){0,3}(house|flat|place|home)( down)?( \w+){0,3} with (him|her|them) in( it)?\b|\bburn (\w+ ){0,3}(house|flat|place|home)( down)?( \w+){0,3} (him|her|them) inside\b" +
                  @"|\b(stab|shoot|glass|knife) (him|her|them|the guy|that guy|my \w+)\b( \w+){0,4} (tonight|tomorrow|today|when|the minute|with the)\b|\bbeat (him|her|them) to death\b|\bsmash (his|her|their) (face|head) in\b"),
            ],
            UnlessClause = R(@"\b(dont|never|not|didnt|doesnt|wouldnt) (want|going|mean|meant) to\b|\b(scared|afraid|worried|frightened) (that )?i\b|\bif i\b" +
                             @"|\b(game|games|fortnite|film|movie|dream|nightmare)\b|\bover (to|for)\b|\bwith my sponsor\b|\ba text\b"),
        },
        new()
        {
            Id = "MD22", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Someone collapsed, gone blue or fitting and not moving or coming round; fitting now after stopping drink; bleeding that will not stop.",
            AllOf = [R(@"\b(collapsed|passed out|unconscious|unresponsive|fainted|overdosed|had a fit|fitting|seizing|(is|gone|went|turned|turning|going) (blue|grey|gray))\b( \w+){0,5}( \.)? (isnt|not|wont|cant) (moving|breathing|wake|wake up|come round|coming round|come to)\b" +
                       @"|\b(off the (drink|booze)|no (drink|booze|alcohol)|stopped (drinking|the drink|the booze)|withdrawal|withdrawals|detox)\b.*\b(fitting|seizing)\b|\b(fitting|seizing)\b.*\b(off the (drink|booze)|no (drink|booze|alcohol)|stopped drinking|withdrawal|detox)\b" +
                       @"|\b(bleeding|blood) (wont|cant|doesnt) stop\b|\bthe bleeding (wont|isnt|doesnt) stop\b|\bblood (is )?(everywhere|pouring|gushing)\b" +
                       // "bleeding a lot and it won't stop": "and" splits the clauses.
                       @"|\bbleeding( a lot| so much| heavily| (really )?badly| loads| really bad)? \. it (just |still )?(wont|cant|doesnt|isnt going to) stop( \.|$)" +
                       @"|\b(wont|cant|doesnt) stop bleeding\b|\bcant stop the bleeding\b|\bthe bleeding (hasnt|has not) stopped\b")],
            // A fit of temper, clothes that fit; blood tests and pressure.
            UnlessMessage = R(@"\b(fitting in|fitting (my|the|into)|fitting now that|blood (test|tests|pressure|sugar))\b"),
        },
        new()
        {
            Id = "OD22", Category = CrisisCategory.Overdose, Negatable = true, Past = PastHandling.Dismiss,
            Description = "A poison or household chemical drunk or swallowed: bleach, antifreeze, drain cleaner, rat poison.",
            AllOf = [R(@"\b(drank|drunk|drink|drinking|swallowed|swallowing|took|taken|necked|downed)( \w+){0,4} " +
                       @"(bleach|antifreeze|anti freeze|drain cleaner|weed killer|weedkiller|rat poison|poison|paraquat|pesticide|insecticide|methanol|lighter fluid|white spirit|turps|turpentine|oven cleaner|disinfectant)\b")],
            // "alcohol is poison to me", food poisoning, cleaning with it.
            UnlessClause = R(@"\b(is|was) (a |like )?poison\b|\bpoison (to|for) (me|my|us)\b|\bfood poison|\b(cleaning|scrub|scrubbing|mop|mopping|bleached)\b|\blike (drinking|taking|swallowing) poison\b|\b(tea|coffee|water|wine|beer|drink|drinks) (with|and) (the )?(bleach|disinfectant)\b"),
        },
        new()
        {
            Id = "MD23", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Alcohol withdrawal now with fits or hallucinations: seizures since stopping drinking, seeing things on day three.",
            AllOf =
            [
                R(@"\b(stop|stopped|stopping|quit|quitting) (the )?(drink|drinking|alcohol|booze)\b|\bday \d+ (of|off) (stopping )?(alcohol|the drink|drinking|booze)\b" +
                  @"|\b(withdrawal|withdrawals|withdrawing|detoxing|cold turkey)\b"),
                R(@"\b(seizure|seizures|seized|seizing|convulsing|convulsion|convulsions|a fit|two fits|fitting)\b|\bshaking on the floor\b|\bfoam (in|at) the mouth\b" +
                  @"|\b(keep|keeps|started|start) (seeing|hearing) things\b|\b(seeing|hearing) things (that arent there|on the|in the|everywhere|crawling)\b|\bhallucinat\w*|\b(little men|bugs|insects|spiders) (in|on|crawling|everywhere)\b|\b(the )?dts\b|\bdelirium\b"),
            ],
            // Fear of fits, a planned medical detox, a story told, fitting in.
            UnlessMessage = R(@"\b(in|back in) (19|20)\d\d\b|\b(years|months) ago\b|\bused to\b|\b(worried|afraid|scared|frightened) (about|of) (having |getting )?(withdrawal )?(a |the )?(seizure|seizures|fit|fits|dts|hallucinations)\b" +
                              @"|\bmedical detox\b|\bduring my (first|last|old) (withdrawal|detox)\b|\bwhen (he|she|they|my \w+) (stopped|quit)\b|\bfitting (in|into)\b"),
        },
        new()
        {
            Id = "SU26", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "A gun being loaded or held to oneself: loading the shotgun, the gun in my mouth.",
            AllOf = [R(@"\b(load|loading|loaded) (the |my |his )?(dads |grandads |old )?(gun|shotgun|rifle|twelve bore|12 bore|pistol|revolver|handgun)\b" +
                       @"|\b(gun|shotgun|rifle|pistol|barrel) (is )?(in my mouth|to my head|under my chin)\b|\b(gun|shotgun|rifle|twelve bore|12 bore|pistol) is loaded\b")],
            // Shooting as a sport or on the farm; "not going to load it".
            UnlessMessage = R(@"\b(hunting|clay|clays|pheasant|pheasants|rabbits|deer|grouse|pigeons)\b|\b(shooting|gun|rifle) (club|range|season|licence|license|ground)\b|\b(film|movie|video game)\b" +
                              @"|\b(not|never|wont|dont|didnt) (going to )?load\b"),
        },
        new()
        {
            Id = "HO13", Category = CrisisCategory.HarmToOthers, Negatable = true,
            Description = "Intent to kill or maim someone named, with a weapon or means: going round with the iron bar, stood over him with the hammer, smother her, shoot her and then me.",
            AllOf =
            [
                R(@"\b(going|go|gone|heading|coming) (round|over|up)( \w+){0,3} with (the|a|my|an) (iron bar|hammer|knife|machete|shotgun|gun|axe|crowbar|blade|baseball bat)\b" +
                  @"|\btaking (the|my|a) (shotgun|gun|knife|hammer|bat|machete|axe|crowbar) (round|over) (to )?\w+\b|\b(stood|standing) over (him|her|them)( \w+){0,3} with (the|a|my) (hammer|knife|bat|bar|pillow|gun|axe)\b" +
                  @"|\bi (will|intend to|am going to|plan to|shall) (\w+ ){0,2}(shoot|smother|strangle|suffocate|poison|stab) (her|him|them|my " + Person + @")\b|\bi (shoot|stab) (her|him|them)\b" +
                  @"|\b(going to|gonna|will|im) (run|drive) (\w+ ){1,4}off the road\b"),
            ],
            UnlessClause = R(@"\b(game|games|fortnite|film|movie|dream|nightmare|joke|joking|kidding|lol|lmao|haha|cooking|cricket|baseball|softball|rounders|practice)\b|\bwith my sponsor\b|\bto help\b|\b(scared|afraid|worried|frightened) (that )?i\b" +
                             @"|\ba (text|message|email|line|look|smile|call)\b|\bmy shot\b"),
        },
        new()
        {
            Id = "VH14", Category = CrisisCategory.ViolenceAtHome, Negatable = true, Past = PastHandling.Dismiss,
            Description = "Someone being beaten or choked at home right now: he is choking her in the living room, he has got me locked in.",
            AllOf = [R(@"\b" + Subject + @" (is|are|keeps) (choking|strangling|beating|battering|hitting|punching|kicking|stamping on) (her|him|me|us|my " + Person + @")\b" +
                       @"|\b(got|has got|has|locked) me locked in\b")],
            // Games and figures of speech: beating me at pool, choking me up, hitting him up for a lift.
            UnlessClause = R(@"\b(beating|kicking|battering) (me|him|her|us) at (chess|cards|pool|darts|fifa|fortnite|monopoly|scrabble|wordle|golf|tennis|\w+ games?)\b|\bchoking me up\b|\bhitting (me|him|her|us) up (for|about)\b"),
        },
        // ---- Seventh round (written from crisis-wording-6.tsv's misses, each with examples in CrisisDetectorTests) ----
        new()
        {
            Id = "SH12", Category = CrisisCategory.SelfHarm, Negatable = true, Past = PastHandling.Concern,
            Description = "Self-harm happening as they type, without 'myself': cutting right now, ripping my nails out.",
            AllOf = [R(@"\bi am (cutting|burning|self harming|hurting myself) (right now|now|as we speak|at the moment|as i type)\b" +
                       @"|\b(ripping|pulling|tearing) (out )?my (finger nails|fingernails|nails|toenails)( out)?\b")],
            UnlessMessage = R(@"\b(carbs|calories|diet|gym|sun|sunburn|sun cream|suncream|weight|sugar|back|down|onions|wood|grass|hair)\b"),
        },
        new()
        {
            Id = "OD23", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss,
            Description = "An overdose said to be happening now.",
            AllOf = [R(@"\boverdose (is )?happening (right now|now|here|in (the|my|our|his|her))\b|\b(i am|i think i am|he is|she is|they are|my \w+ is) overdosing (right )?now\b")],
            UnlessClause = R(@"\b(when|if|in case|how to tell|signs|learned|training)\b"),
        },
        new()
        {
            Id = "OD24", Category = CrisisCategory.Overdose, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Downers mixed and now barely awake.",
            AllOf = [R(@"\b(mixed|mixing|took|taken|had|necked|swallowed)\b"), R(@"\b" + Medicine + @"\b"), R(@"\b(can barely|cant|struggling to) (stay awake|keep my eyes open|feel my (legs|arms|hands))\b")],
        },
        new()
        {
            Id = "MD24", Category = CrisisCategory.MedicalEmergency, Past = PastHandling.Dismiss,
            Description = "Vomiting blood or black matter; a crushing chest after using; one side of the face drooping or an arm gone numb; withdrawal fits starting.",
            AllOf = [R(@"\b(throwing up|vomiting|puking|sicking up) (black|blood|coffee grounds)\b|\bcoughing up blood\b|\bblack (sick|vomit)\b" +
                       @"|\belephant (is )?(sitting )?on my chest\b|\bchest (feels|is) (crushed|like it is being crushed|like an elephant)\b" +
                       @"|\bone side of my (face|mouth|body) (is |has gone |gone |feels )?(droopy|drooping|numb|dead|weak)\b|\b(my )?face (is |has gone )?(droopy|drooping)\b" +
                       @"|\b(withdrawal )?(fits|seizures) (have )?(started|starting|are starting|coming on)\b")],
        },
        new()
        {
            Id = "SU27", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "A plan or date in few words: no more me after tonight, planned my exit, swallowing a bullet, considering jumping, not making it to 25 by choice.",
            AllOf = [R(@"\bno more me( (after|by|from|tonight|soon|tomorrow)\b|\s*$)|\bplanned my (exit|way out|ending|last day|goodbye)\b|\bmy exit (is )?(planned|booked|sorted)\b" +
                       @"|\b(swallow|swallowing|eat|eating) (a|the|my) (bullet|gun)\b|\bbullet (in|through) my (head|brain|skull)\b" +
                       @"|\b(considering|thinking about|going to|about to|ready to|want to|might) (jump|jumping)( off( it| here| the \w+| a \w+)?)?( now| tonight)?\s*$" +
                       @"|\b(not going to|wont|dont plan to|not planning to) make it to (\d+|next year|my (next )?birthday|christmas|new year)\s*$")],
            UnlessClause = R(@"\bjump (in|into|on|at|ship|the queue|the gun|start)\b"),
        },
        new()
        {
            Id = "SU28", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "Joining someone who died, with a time: I will join her this weekend, since she passed.",
            AllOf = [R(@"\b(join|joining|be with) (her|him|them) (again )?(this|tonight|soon|on|by|next|in heaven|up there)\b"),
                     R(@"\b(passed|died|grave|heaven|lost (her|him))\b"),
                     R(@"\b(worked out how|going to|i will|soon|this weekend|tonight|planned|ready)\b")],
        },
        new()
        {
            Id = "SU29", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "On a roof, bridge or ledge and the drop, or drinking there.",
            AllOf = [R(@"\b(on|at) (the )?(roof|rooftop|ledge|edge|top) of\b|\b(on|at) (the|a|my) (roof|rooftop|ledge|bridge|balcony railing|cliff edge)\b"),
                     R(@"\b(long way down|jump|jumping|step off|drop|had a lot to drink|drunk|not sure why|why i opened)\b")],
            UnlessMessage = R(@"\b(fix|fixing|repair|repairing|gutter|gutters|tiles|shingles|antenna|satellite|work|working|job|bbq|barbecue|party|view|sunset)\b"),
        },
        new()
        {
            Id = "HO14", Category = CrisisCategory.HarmToOthers, Negatable = true,
            Description = "Setting someone alight, poisoning their drink, going to them with a weapon now, or killing said in Spanish.",
            AllOf = [R(@"\bset (his|her|their|the) (car|house|flat|place|caravan|truck) on fire with (him|her|them) in(side)? it\b|\bburn (his|her|their) (house|place|flat) down with (him|her|them)\b" +
                       @"|\b(put|putting|slip|slipping) something in (his|her|their) (drink|food|tea|coffee|pint)\b" +
                       @"|\b(going|heading|driving|walking|on my way) (to|round to|over to) (his|her|their) (house|place|flat|work)( now)? with (a|the|my) (machete|knife|gun|bat|hammer|axe|tyre iron|tire iron|crowbar|iron bar|blade|star picket)\b" +
                       @"|\b(quiero|voy a|vamos a) matar(lo|la|le|los)?\b")],
        },
        new()
        {
            Id = "HO15", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message,
            Description = "Bringing a weapon to someone named, with a time.",
            AllOf = [R(@"\b(bringing|taking|bring|take|grabbing|grab|got) (a|the|my) (star picket|machete|tyre iron|tire iron|crowbar|baseball bat|bat|hammer|axe|knife|iron bar)\b"),
                     R(@"\b(him|her|them|his|foreman|boss|dealer|neighbour|neighbor)\b"),
                     R(@"\b(tomorrow|tonight|now|going to|when (he|she|they))\b")],
            UnlessMessage = R(@"\b(cricket|baseball|softball|garden|fence|fencing|diy|camping|shed|practice|game|match|cake|cook|cooking|kitchen|present|gift|bread)\b"),
        },
        new()
        {
            Id = "VH15", Category = CrisisCategory.ViolenceAtHome, Past = PastHandling.Dismiss,
            Description = "Someone threatening the user with a weapon, or at the door with one.",
            AllOf = [R(@"\b(threatening|threatened|threatens|threaten|coming at|came at|going for|went for) me with (a|the|his|her|their) (bat|knife|machete|gun|hammer|bottle|broken bottle|axe|belt|iron|crowbar|blade|screwdriver)\b" +
                       @"|\b(at|outside|banging on|kicking) (the|my) (door|window)( \w+){0,3} with (a|the|his|her) (machete|knife|gun|bat|axe|hammer)\b")],
        },
        new()
        {
            Id = "IX22", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "Being gone or not needed soon: my kids better off if I was not in it, not needing the journal soon, it will not matter much longer.",
            AllOf = [R(@"\bbetter (life|lives|off) if i (was|were|wasnt|werent) (not )?(in it|here|around|gone|dead|in their lives|in the picture)\s*$" +
                       @"|\b(not going to|wont|dont think i will) need (any of )?(the journal|my journal|this journal|this app|the app|these reflections)( \w+){0,3} (soon|much longer|anymore|after (this|tonight|friday))\b" +
                       @"|\b(wont|not going to) matter (much )?longer\b|\bnobody (has|will have) to (deal with|clean up|sort out) (my|the) (mess|stuff|things)( \w+){0,2} after\b|\bfeel like i am already gone\b" +
                       @"|\bi am tired of me\b|\bno future for (someone|a person|people) like me\b|\bevery road ends (in|at) the same place\b" +
                       @"|\b(want|ask|asking|praying for) the lord to (carry|take|bring) me home\b|\bstay under the (bath )?water\b" +
                       @"|\b(i )?(wish|want) (a|the) (truck|bus|train|car|lorry) (would|to) (just )?hit me\b" +
                       @"|\blife (gets|will get|would get|will be) easier for (her|him|them) (without me|after)\b|\b(she|he|they) will cry for a bit\b|\bi am (a |just a )?waste of oxygen\b")],
        },
        new()
        {
            Id = "IX24", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "A note for after: by the time you read this.",
            AllOf = [R(@"\bby the time you read this\b")],
        },
        new()
        {
            Id = "IX25", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Not waking up as fine: if I do not wake up tomorrow, that is fine with me.",
            AllOf = [R(@"\bif i dont wake up\b"), R(@"\b(that is|it is|its) (fine|okay|alright)\b|\bfine (with|by) me\b|\bso be it\b")],
        },
        new()
        {
            Id = "IX23", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Affairs put in order with a goodbye: will sorted and the dog rehomed, socials deleted and goodbyes said, saying goodbye while I still can.",
            AllOf = [R(@"\b(sorted|made|wrote|did|finished|updated) (out )?my will\b|\b(deleted|deleting|closed|closing|wiped) (all )?my (socials|accounts|social media|profiles)\b|\bsaid (bye|sorry) to (everyone|all)\b"),
                     R(@"\b(left|leaving|gave|giving|rehomed|rehoming) (the|my) (dog|cat|pets|pet)\b|\b(said|saying) (bye|goodbye)\b|\bwhile i still can\b|\beverything is in order\b|\bfinished everything\b")],
            UnlessMessage = R(@"\b(moving|move|emigrating|new job|travel|travelling|holiday|deployment|deployed|rehab|treatment centre|treatment center|detox|hospital stay)\b"),
        },
        new()
        {
            Id = "IX01", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "A question about heights or deep water next to a loss or distress.",
            AllOf = [R(@"\b(bridge|bridges|building|buildings|roof|rooftop|rooftops|cliff|cliffs|tower|towers|overpass|parking garage|balcony|river|lake|tracks)\b"),
                     R(@"\b(tall|taller|tallest|high|higher|highest|height|how far|how deep|deep|deepest|access|nearest|closest|fall|drop|jump)\b"),
                     Distress],
        },
        new()
        {
            Id = "IX02", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "A question about heights together with dying or surviving a fall.",
            AllOf = [R(@"\b(bridge|bridges|building|buildings|roof|rooftop|cliff|tower|overpass|balcony)\b"),
                     R(@"\b(die|dying|kill|fatal|survive|lethal)\b")],
        },
        new()
        {
            Id = "IX03", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "Asking about a lethal or fatal dose, or how much would kill.",
            UnlessMessage = R(@"\b(caffeine|coffee|coffees|espresso|energy drinks?|red bull|monster|sugar|chocolate|water|salt)\b"),
            AllOf = [R(@"\b(lethal|fatal|deadly|toxic) (dose|amount|dosage|level|quantity)\b|\boverdose (amount|threshold|level)\b" +
                       @"|\bhow (much|many)\b( \w+){0,6} (would|will|does it|do you|to|it takes|it take|it would take|is|are)\b( \w+){0,4} (kill|die|be fatal|be lethal|be deadly|not wake up|dont wake up|never wake up|stop (my|your|a) heart|lethal|fatal|deadly)\b")],
        },
        new()
        {
            Id = "IX04", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Asking how many or how much medicine would be too much, or would 'take'.",
            AllOf = [R(@"\bhow (much|many)\b( \w+){0,6} (too much|too many|would it take|does it take|it takes|would be enough)\b"), R(@"\b" + Medicine + @"\b")],
        },
        new()
        {
            Id = "IX05", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Asking about or planning to mix benzodiazepines with alcohol or opioids, or opioids with alcohol (a lethal combination).",
            AllOf = [R(@"\b(" + Benzo + @"\b.*\b(" + Alcohol + "|" + Opioid + @")|" + Opioid + @"\b.*\b" + Alcohol + "|" + Alcohol + @"\b.*\b(" + Benzo + "|" + Opioid + @"))\b"),
                     R(@"\b(is it|can (you|i|someone|a person|people)|could|what happens|how|will (it|i)|would (it|i)|should i|dangerous|safe|ok|okay|die|kill|going to|about to|want to|tonight|mix|mixing|combine|combining)\b")],
        },
        new()
        {
            Id = "IX06", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "Asking for a painless or quick method, bleeding out, a gun today, a rope's strength, which pills.",
            AllOf = [R(@"\b(painless|easiest|quickest|fastest|surest|quietest|best) (way|ways|method|methods) to (die|go|end it|kill myself|do it)\b|\bmost painless (way|method)\b" +
                       @"|\bbleed out\b|\bhow long (would|does|will|did) it take to (freeze|bleed|drown|die|starve|suffocate)\b|\b(freeze|bleed|drown|starve) to death if i\b" +
                       @"|\b(is|would|will) (hanging|drowning|jumping|an overdose|overdosing|bleeding out|a gun|shooting|carbon monoxide|gas) (be )?(painless|quick|quicker|quickest|faster|certain|better)\b|\b(better|quicker|easier) with (pills|a gun|a rope|tablets)\b" +
                       @"|\b(where|how) (can|do|could) i (buy|get) a gun\b|\bgun (today|tonight|fast|no questions)\b|\bhow strong (does|should|would|is) (a|the) rope\b" +
                       @"|\brope (strong enough|to hold)\b|\bwhich pills (are|would|will|is)\b|\bcan i take all my\b")],
        },
        new()
        {
            Id = "IX07", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Giving belongings away, arranging things for 'when I'm gone', writing a will.",
            AllOf = [R(@"\b(giving|give|gave|given|giving away|gave away|given away) (away )?(all )?(of )?(my|all my) (stuff|things|belongings|possessions|clothes|books|guitar|records|collection|dog|cat|pet|pets|car|savings|money)\b" +
                       @"|\b(giving|gave|given) (all )?(my )?(stuff|things|belongings|possessions) away\b|\b(giving|gave|given|rehomed|rehoming) (the|my) (cat|cats|dog|dogs|pet|pets|bird|rabbit) to\b|\b(when|after|once) i am gone\b|\bmy affairs in order\b" +
                       @"|\b(wrote|written|writing|made|updated) (my|a) will\b|\bleave my (stuff|things|belongings)\b")],
            UnlessMessage = R(@"\b(shelter|charity|goodwill|thrift|donate|donation|donating|start fresh|fresh start|new apartment|new place|moving|declutter\w*|dont fit|rehab|treatment|while i am (in|at))\b"),
        },
        new()
        {
            Id = "IX08", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "A farewell: this is goodbye, last message, tell my kids I love them, won't need this anymore.",
            AllOf = [R(@"\bthis is (goodbye|my goodbye|farewell)\b|\bthis is (my|the) (last|final) (message|night|goodbye|time|post|day)\b|\b(this will be|this is|that was|that is) my (last|final) (check in|checkin|session|chat|message|entry|post|log)\b|\b(last|final) (message|goodbye) from me\b" +
                       @"|(^|\bplease |\bcan you |\bcould you |\bwill you |\bmake sure (you )?)tell my (kids|children|son|daughter|wife|husband|mom|mum|mother|dad|father|family|parents|sister|brother|partner|girlfriend|boyfriend|friends) (that )?(i love|i am sorry|i said goodbye|goodbye|i loved|how much i love|i tried)\b" +
                       @"|\bplease tell \w+( \w+)? (that )?i (am sorry|love)\b|\b(wont|dont) (need|be needing) (this|these|you|it|the app|this app|any of this)( \w+)? (anymore|again|after tonight)\b" +
                       @"|\bgoodbye (everyone|everybody|all|world|forever|for good|cruel world|my friends)\b|\b(want|wanted|wants|need|needed|came|come) to say goodbye\b" +
                       @"|\bsaid goodbye to (my|everyone|everybody)\b|\b(last|final) time (you|anyone) (will )?hear from me\b|\b(never|not|wont) hear from me again\b" +
                       @"|\b(wrote|written|writing|left) (goodbye )?(letters|notes) (to|for) (everyone|everybody|all|each|my (family|kids|children))\b")],
            UnlessMessage = R(@"\bgoodbye to (my old|the old|drinking|alcohol|booze|drugs|using|that life|my addiction|the bottle)\b|\bsee you\b|\btalk (to you )?(tomorrow|soon|later|next)\b|\bfor now\b|\bnext (week|time|session)\b" +
                              @"|\bevery time i (said|say|promised|swore|told \w+) (that )?(this is|this was|it is|it was) the last time\b"),
        },
        new()
        {
            Id = "IX09", Category = CrisisCategory.IndirectSignal, Indirect = true, Past = PastHandling.Dismiss, Disclaimable = true,
            Description = "Not being around for long; others better off without me; a burden; soon it won't matter.",
            AllOf = [R(@"\b(wont|not going to|am not going to) be (around|here|alive) (much longer|for (much )?long|long|next week|tomorrow|anymore|by (tomorrow|monday|the weekend|next week)|after tonight)\b" +
                       @"|\bdont see myself (being )?(around|here|alive)\b|\b(better off|happier|be fine|be better|fine|get some peace) without (me|(an? |the )?(\w+ ){0,3}like me)\b|\bwont be a (problem|burden|bother|nuisance|worry) (much longer|for long|soon|anymore)\b|\b(they|everyone|everybody|my family) (would|will|could) finally (get some|have|be at) (peace|rest)\b|\bbetter off if i (was|were|wasnt|werent) (here|around|alive|gone|dead|born)\b" +
                       @"|\b(nobody|no one) (would|will|is going to) (even )?(miss|notice|care)\b|\bi am (just |such |only )?a burden\b|\bburden (to|on) (everyone|everybody|all|them|my family|the world|people)\b" +
                       @"|\bsoon (it|none of (this|it)|nothing) (wont|will) matter\b|\b(none of (this|it)|nothing) will matter (soon|by tomorrow|tomorrow|after tonight|anymore)\b|\bby tomorrow (none of (this|it)|nothing) will matter\b" +
                       @"|\b(it|this|everything) will (all )?be over soon\b|\bsoon i (wont|will not|am not going to) be\b|\bwont have to (worry|deal)( \w+){0,4} (much longer|for long)\b")],
        },
        new()
        {
            Id = "IX10", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "No way out; no future; wanting to disappear; not making it through the night.",
            AllOf = [R(@"\b(no way out|no way to escape|no escape)\b|\b(cant|dont) see (any |a )?(way out|future|a future|any future)\b|\b(dont have a|there is no) future\b" +
                       @"|\b(want|wish|wishing) (to |i could )?(just )?(disappear|vanish)\b|\b(not going to|wont|dont think i will|dont think i can) (make it|survive|last) (through )?(tonight|the night|this night|till morning|until morning|another day|the weekend)\b")],
        },
        new()
        {
            Id = "IX11", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "A sudden calm or peace after a decision or a plan (with no recovery step named).",
            AllOf = [R(@"\b(made|making|have made) (my|the|a|up my) (decision|choice|mind)\b|\bi (have )?decided\b|\b(it is|its|everything is) (all )?decided\b|\bfinally know what i (have|need|must|got) to do\b|\b(i have|i have got|got) a plan\b"),
                     R(@"\b(at peace|peaceful|calm|relieved|not (scared|afraid) anymore|no longer (scared|afraid)|weight (has been|is) lifted|finally free)\b")],
            UnlessMessage = R(@"\b(rehab|detox|treatment|sponsor|meeting|meetings|counselor|counsellor|therapist|therapy|doctor|sober|sobriety|clean|quit|quitting|stop drinking|stop using|get help|call|calling|apologize|apologise|amends|recovery|forgive)\b"),
        },
        new()
        {
            Id = "IX12", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "Having found a way to make it all stop; knowing how one will 'do it'.",
            AllOf = [R(@"\b(figured out|found|know|found out|worked out) (how|a way) to (make (it|it all|everything|the pain) stop|end (it|it all|the pain|everything)|make the pain go away|never feel this again)\b" +
                       @"|\bknow how i am going to do it\b|\b(make|making) (it|it all|everything|the pain) stop (for good|forever|permanently)\b")],
        },

        new()
        {
            Id = "IX13", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "A height question about certainty or barriers: which floor is 'for sure', which bridge has no fence, the tallest garage.",
            AllOf = [R(@"\b(floor|floors|stories|storeys|bridge|bridges|building|roof|rooftop|garage|overpass|balcony|tower|cliff|cliffs|tracks|train|trains|platform|railway|crossing|level crossing|motorway)\b"),
                     R(@"\b(how easy it would be|easy it would be|just stop there|stop on the|lie down on|step in front|for sure|to be sure|guaranteed|guarantee|no fence|the fence|a fence|fences|railing|railings|barrier|barriers|net|nets|no cameras|tallest|highest|how high|enough|what floor|which floor|disappear|calling me|calling my name|staring at|stare at)\b")],
            UnlessMessage = R(@"\b(sunrise|sunset|view|views|meditation|meditate|walk the dog|photo|photos|picture|pictures|climbing gym|hike|hiking|run|running|jog|late for|nightmare)\b"),
        },
        new()
        {
            Id = "IX14", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Means gathered: medicine saved, stockpiled, counted or 'enough'.",
            AllOf = [R(@"\b(saving|saved|save|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|collecting|collected|counting|counted|enough|every|whole|entire|all|putting aside|put aside|setting aside|set aside|keeping back|kept back|squirreling away|hiding|hid) (up )?(of )?(my |the |his |her |my \w+ |these |those |\d+ )?" + Medicine + @"\b" +
                       @"|\b" + Medicine + @"( \w+){0,3} (be enough|is enough|are enough|enough now|saved up|stockpiled|for weeks|for months)\b|\b(got|have|there is|there are) enough( \w+){0,2} (now|to do it|to do this|to be sure|for sure)\b")],
            UnlessMessage = R(@"\b(he|she|they|someone|somebody) (hid|hides|hiding)\b|\bfor (weeks|months|years) now\b|\bbeen (on|taking)\b|\b(refill|pharmacy|to last|last me|until my|till my|for the (trip|week|month)|morning meds|morning pills|morning tablets|with breakfast|with food|dropped|take back|disposal|flushed|threw out|threw away|gave them to|as prescribed|on time|caffeine|coffee|water)\b"),
        },
        new()
        {
            Id = "IX20", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Means at once: N of someone's medicine 'enough', a whole bag used in one go, no reason to save any, the car running in a closed garage, asking whether one can overdose on something.",
            AllOf = [R(@"\b\d+ of (my |his |her |the |my \w+ )?" + Medicine + @"\b( \w+){0,2} (be )?enough\b|\b(use|take|do|shoot|snort|smoke|drink) the (whole|entire) (bag|bottle|stash|supply|script|take home|batch|gram|pack|thing)\b" +
                       @"|\bno (reason|point|need) to save (any|some|it|anything|them)\b|\b(bought|got|buying|getting) (a |some )?(hosepipe|hose|charcoal|tarp|helium)\b|\b(drink|take|use|finish) every (last )?(bottle|pill|tablet|drop|can)\b|\bwhatever happens happens\b|\bcar running (in|inside) (a |the )?(closed |shut |locked )?garage\b|\b(hose|pipe|tube) (from|to|on|into) the exhaust\b|\bexhaust fumes\b" +
                       @"|\b(can|could|would|will|do|does) (you|i|a person|someone|somebody|people) (overdose|die|die from|die of) on\b|\boverdose on (insulin|tylenol|paracetamol|" + Medicine + @")\b")],
            UnlessMessage = R(@"\b(caffeine|coffee|water|vitamins|gummies|as prescribed|pharmacy|disposal|take back)\b"),
        },
        new()
        {
            Id = "IX15", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "No tomorrow; not making it to next week; won't be around after that; don't come looking for me.",
            AllOf = [R(@"\b(isnt going to be|wont be|will not be|there is no|no|not going to be) (a |any )?(tomorrow|tomorrows|next week|future) for me\b|\bno (more )?tomorrows\b|\bisnt going to be a tomorrow\b" +
                       @"|\b(dont see myself|not|wont be|dont think i will be|dont think i am) (making it|make it|going to make it|around|here) (to|till|until|through|past) (my \d+ (year|years|months|days)|next (week|month|year)|tomorrow|the weekend|christmas|my birthday|monday|friday)\b" +
                       @"|\bor (to )?next week\b|\bwont be (around|there|here|at \w+|coming)( \w+){0,6} (or|and) (any|every) \w+ after (that|this|today|tonight)\b" +
                       @"|\bdont (come )?(look|looking|search|searching) for me\b|\bdont (try to|bother to|bother trying to) find me\b|\b(when|once|after) (they|you|someone|somebody|people|my \w+) (find|finds|found) me\b" +
                       @"|^(tonight|today|this) is the (night|day)$|\b(tonight|today) is the (night|day)( \w+){0,2} (been|long|finally) (a long time coming|coming)\b|\bbeen a long time coming\b")],
        },
        new()
        {
            Id = "IX16", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "After-death logistics: life insurance paying out, passwords or accounts 'after', who takes my pet or kids, loose ends.",
            AllOf = [R(@"\blife insurance\b.*\b(pay|pays|payout|pay out|cover|covers|suicide|accident|accidental|overdose|if i die|die|dead)\b|\b(passwords|password|accounts|pin|bank|phone) .*\b(after|when i am gone|once i am gone|if something happens|when something happens)\b" +
                       @"|\b(get into|access|log into|have) my (accounts|passwords|phone|email|bank)\b.*\bafter\b|\bloose ends\b|\b(everything|things|affairs|my stuff) in order\b" +
                       @"|\b(take care of|look after|take|adopt|keep|have|feed|watch|raise) my (cat|cats|dog|dogs|pet|pets|kids|children|son|daughter|fish|bird|rabbit|plants)\b.*\b(after (this|tonight|today|the weekend|this weekend|i|tomorrow|friday|saturday|sunday)|i wont be able|when i am gone|forever|for good|permanently|from now on)\b" +
                       @"|\b(if|when|in case) something (happens|happened) (to me )?\b.*\btell\b")],
            UnlessMessage = R(@"\b(rehab|detox|treatment|hospital|trip|vacation|holiday|work trip|shift|while i am|while i|until i|till i|inpatient|surgery|court|jail|conference)\b"),
        },
        new()
        {
            Id = "IX17", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "A farewell in other words: thank you for everything with goodbye, final chapter, my goodbye written, letters for when they find me, won't need it where I'm going.",
            AllOf = [R(@"\bfinal (chapter|curtain|bow|page|goodbye|message)\b|\b(wrote|written|writing|recorded|left|leaving|finished) (my|a|the) (goodbye|goodbyes|farewell|last words|final words|last letter|last message)\b" +
                       @"|\b(wrote|written|writing|left|leaving) (goodbye )?(letters|letter|notes|note) (for|to) (my|everyone|each|all|the kids)( \w+){0,4} (for when|when they|on the table|to find|in case|goodbye)\b" +
                       @"|\b(wont|will not) (be )?(need|needing)( \w+){0,4} (where i am going|after (tonight|today|this|this weekend)|anymore|again)\b|\bwhere i am going\b( \w+){0,3}$" +
                       @"|\bplanning my (last|final) (high|hit|shot|binge|bender|use|drink|run|night)\b|\bone (last|final) (high|hit|shot|binge|bender)\b|\bmy (last|final) (high|hit|shot|binge|bender)( \w+){0,3} (count|ever|tonight|for good)\b" +
                       @"|\b(i will|i am going to|going to) be at peace soon\b|\bbe (at peace|gone|free|out of (your|everyones) (way|hair)) soon\b|\b(it|it all|everything|this) will (just |all |finally )?be over (right|soon|then|quick|quickly|fast|for good|forever)\b|\bjust be over right\b" +
                       @"|\b(tell|let) my (" + Person + @"|parents|folks|mom and dad|mum and dad) (know )?(that )?(he|she|they) did (everything|all) (he|she|they) could\b|\bnone of (this|it) is (his|her|their|your|anyones) fault\b" +
                       @"|\b(note|notes|letter|letters) for (the police|whoever finds|the coroner|the person who finds|the paramedics)\b|\btell my (" + Person + @"|parents|folks|mom and dad) (that )?(i am sorry|i love|i loved|i tried|goodbye|not to blame|it is not (their|his|her) fault)\b")],
            UnlessClause = R(@"\b(need|going|have|want|got|should|will|wanted|plan) to tell my\b|\b(before|after) i tell my\b"),
        },
        new()
        {
            Id = "IX18", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Thank you for everything together with goodbye, the end or a last message.",
            AllOf = [R(@"\b(thank you|thanks|thank u|thx) for (everything|all of it|all you have done|the \d+ (months|years|days|weeks)|being there)\b"),
                     R(@"\b(goodbye|bye forever|farewell|the end|final|last|for good|take care of|this is it)\b")],
        },
        new()
        {
            Id = "IX19", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Cutting everybody off or disappearing so they won't have to deal with me much longer.",
            AllOf = [R(@"\b(wont|will not|dont) have to (deal|worry|put up)( with)?( \w+){0,3} (much longer|for long|anymore|soon)\b|\b(none of you|no one|nobody|you|they|everyone) (will|wont|will not) (have to|need to) (put up with|deal with|worry about|look after) me\b|\b(easier|better) (this way|for everyone|for them)\b.*\b(cut|gone|without me|deleted|goodbye)\b|\b(cut|cutting) (everybody|everyone|all of them|people) off\b.*\b(easier|better|for good|much longer)\b")],
        },

        // ---- Twelfth round (2026-12-02): dangers happening now told beside years of sobriety or a reassurance ("I'm safe",
        // "I'm in a good place"), written from a development file (not-trained/crisis-wording-12.tsv) whose author was
        // asked for dangers said without time words, then narrowed after an independent review's look-alikes. Most read
        // present forms only ("i am", "is", "has"), which is their tense check. ----
        new()
        {
            Id = "SU34", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "At a drop (an edge, a cliff, a pier, the tracks) and, in the present tense, meaning to go over it.",
            AllOf =
            [
                R(@"\b(on|at|over|up|from|off|onto) (the |a |this )?(\w+ )?(edge|ledge|rail|railing|railings|parapet|cliff|cliffs|quarry|gorge|lookout" +
                  @"|pier|platform|tracks|train line|railway line|embankment|roof|rooftop|bridge|footbridge|overpass|multi storey|car park|balcony|viaduct|dam)\b" +
                  @"|\b(end|edge|top) of the (pier|cliff|cliffs|quarry|bridge|roof|car park|multi storey|platform)\b"),
                R(@"\bi (want|am going|am about|am ready|keep wanting|am wanting) to (just )?(walk off|step off|drive off|jump|go over|throw myself off|roll off)( (it|here|the edge|now|tonight))?( \.|$)" +
                  @"|\bwanting to (let go|jump|step off)( \.|$)|\b(feet|legs) (are )?dangling\b|\bnot (walking|coming) back( \.|$)|\bnot come (up|back)( \.|$)" +
                  @"|\bwaiting for the (express|fast one|fast train|train|next train) (that|to) (doesnt|does not|wont) stop\b|\bnot getting on it( \.|$)|\bclimbing up the embankment\b"),
            ],
            UnlessMessage = R(@"\b(fishing|photo|photos|selfie|view|views|sunset|sunrise|ice cream|picnic|bungee|dive|diving|swim|swimming|paddle|zip line|abseil|tour|cliff jumping|skydive|parachute|plane)\b"),
        },
        new()
        {
            Id = "SU35", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Dismiss,
            Description = "Over the rail or on it: climbing over a bridge rail, sat on a bridge parapet, lying on the tracks, legs over the side.",
            AllOf = [R(@"\bclimbing over (the |a )?(bridge |balcony )?(rail|railing|railings|parapet|ledge)\b" +
                       @"|\b(sat|sitting|stood|standing|perched) on (the |a )?(bridge|balcony|roof|car park|multi storey) (rail|railing|railings|parapet|edge|ledge)\b" +
                       @"|\b(lying|laying|sat|sitting|stood|standing) on the (train tracks|railway tracks|tracks|railway line|train line)( waiting)?$|\bi am on the (train tracks|railway tracks|tracks)\b" +
                       @"|\b(my )?(legs|feet) (are )?(over|dangling over) the (side|edge)\b|\bwrong side of the (barrier|railing|railings|rail|parapet)\b")],
        },
        new()
        {
            Id = "SU36", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Dismiss,
            Description = "Driving into something as my plan: wanting to drive into the lorries, a pillar picked out.",
            AllOf = [R(@"\bi (want|am going|keep wanting|am about|am ready|am planning|am wanting|will) to (drive|crash|steer|swerve|plough|plow) (\w+ ){0,3}(into|in front of) (the |a |an )?(\w+ ){0,3}" +
                       @"(lorry|lorries|truck|trucks|artic|oncoming|pillar|barrier|wall|tree)\b|\bi will swerve into (it|him|the (lorry|truck|wall|pillar))\b" +
                       @"|\b(pillar|tree|wall|bridge|barrier)( up ahead)? i have picked( out)?\b")],
        },
        new()
        {
            Id = "SU37", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Dismiss,
            Description = "A ligature or a means set out now: a cord round my neck, a hose taped to the exhaust, the pills counted out in rows.",
            AllOf = [R(@"\b(cord|cords|rope|ropes|belt|belts|noose|cable|wire|flex)( is| are)? (round|around|tight round|tight around) my (neck|throat)\b" +
                       @"|\btied (it|the rope|a rope|my belt|the belt|the cord|the flex) to the (banister|beam|door|loft hatch|tree|rail|pipe)\b" +
                       @"|\bhose (pipe )?(is |are )?(taped|attached|fitted|connected|fixed|going|run|running) (\w+ ){0,2}(to|into|from|on) the exhaust\b" +
                       @"|\b(pills|tablets|meds)( \w+){0,3} (are|is) (counted out|lined up|laid out|piled up|set out) (\w+ ){0,4}in ((neat|little|tidy) )*(rows|a pile|piles)\b" +
                       @"|\beverything from the (cupboard|cabinet|medicine cabinet|bathroom)( \w+){0,3} (is|are) (in a pile|piled up|in front of me)\b")],
            UnlessClause = R(@"\b(mechanic|fixing|repair|leak|dryer|vacuum|garden|pond|mot|emissions|test|keytag|lanyard|necklace|pendant|medal|chain|dosette|organiser|organizer|pharmacist|chemist|vitamins|weekly|routine|blister)\b"),
        },
        new()
        {
            Id = "SU38", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "Stood on the chair with a rope or a cord, in the present.",
            AllOf = [R(@"\bi am (stood|standing) on (the|a) (chair|stool|box|bucket)\b"), R(@"\b(rope|cord|cords|noose|belt)\b")],
            UnlessMessage = R(@"\b(decorations|lights|bulb|lightbulb|smoke alarm|curtains|paint|painting|keytag|lanyard|washing line|tree)\b"),
        },
        new()
        {
            Id = "SU41", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "The engine running now in a closed place or with a hose.",
            AllOf = [R(@"\b(engine|motor) is (still )?(running|on)\b"), R(@"\b(hose|pipe|doors are shut|door shut|windows are up|sealed|taped|before i do it|lock up|lockup)\b")],
            UnlessMessage = R(@"\b(rough|service|tick|ticking|mower|mechanic|garage said|warming|warm|defrost|defrosting|mot)\b"),
        },
        new()
        {
            Id = "SU39", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "This time it will not fail, or a loaded gun laid out, beside an earlier attempt on my life or a means.",
            AllOf =
            [
                R(@"\b(wont|will not) fail this time\b|\bthis time i (wont|will not) fail\b|\b(get|got) it right this time\b|\btake enough (\w+ )?this time\b" +
                  @"|\b(it|gun|pistol|shotgun|rifle) is loaded (on|in|and|beside|next to)\b|\b(gun|shotgun|pistol|rifle) loaded\b"),
                R(@"\b(overdose|overdosed|noose|rope|hanged|hang myself|suicide|attempt on my life|gun|pistol|shotgun|rifle|last time i tried)\b" +
                  @"|\btried to (kill|end|take) (myself|my life|my own life)\b|\btried it (twice|before|once|three times)\b"),
            ],
            UnlessMessage = R(@"\b(rehab|detox|quit|quitting|test|exam|driving|interview|diet|smoking|course|hunting|range|clay|clays|deer|cleaning|licence|license)\b"),
        },
        new()
        {
            Id = "SU40", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Dismiss,
            Description = "Not being here, or alive, by morning.",
            AllOf = [R(@"\b(i wont|i will not|i am not going to|me not) (be|being) (here|around|alive) (by|in the|after) (morning|the morning|tomorrow|monday|the weekend|sunday|tonight)\b" +
                       @"|\bwont see (the )?(sunrise|morning|sun come up)\b")],
            UnlessMessage = R(@"\b(contract|phone|retreat|appointment|away|trip|work|shift|camping|dentist|holiday|job|flight|train|visiting|staying|leaving)\b"),
        },
        new()
        {
            Id = "SH15", Category = CrisisCategory.SelfHarm, Past = PastHandling.Dismiss,
            Description = "Hurting myself now and unable to stop: slamming my head against the wall, cutting locked in the toilet, old scars opened with a knife.",
            AllOf = [R(@"\b(keep|keeps|i am|am) (slamming|banging|smashing|bashing|headbutting) my (head|fist|fists|face) (against|into|off|on|through) (the |a )?(wall|walls|floor|mirror)\b" +
                       @"|\b(cant|cannot) (make myself )?stop (cutting|hitting myself|punching myself|burning myself|hurting myself|banging my head|slamming my head)\b" +
                       @"|\b(locked|hiding) in the (\w+ ){0,4}cutting( myself)?$|\bin the (bathroom|toilet|toilets|loo|bedroom) (\w+ ){0,3}cutting( myself)?$" +
                       @"|\b(opened|reopened) (them|it|my (old )?(scars|cuts|wounds)|the (old )?(scars|cuts|wounds)) (all )?(back )?(up )?with (a|the|my) (kitchen )?(knife|blade|razor|glass|scissors)\b")],
            UnlessClause = R(@"\b(onion|onions|vegetables|veg|hair|grass|lawn|hedge|wood|cake|paper|cardboard|fabric|pattern|corners|ties|class|school|edit|trying|with step)\b" +
                             @"|\bcut(ting)? (back|down|out|off)\b|\bagainst (a|the) wall (trying|with|over|about)\b"),
        },
        new()
        {
            Id = "SH16", Category = CrisisCategory.SelfHarm, Scope = RuleScope.Message,
            Description = "My cuts deep or gaping now, or glass in my hand, and bleeding or needing stitches.",
            AllOf =
            [
                R(@"\bmy (cut|cuts|wound|wounds|arm|wrist|wrists|thigh)( \w+)? (are|is) (\w+ )?(deep|gaping|wide open|too deep)\b|\bthe cuts (are|is) (\w+ )?(deep|gaping|deeper)\b" +
                  @"|\bcut too deep\b|\bglass (is )?(in|stuck in|sticking out of) my (knuckles|hand|hands|arm|arms|fist|wrist)\b"),
                R(@"\b(stitches|stitching|ae|a&e|hospital|glue|pouring|bleeding|blood)\b|\ba (\. )?e\b"),
            ],
            UnlessMessage = R(@"\b(chopping|knife slipped|slipped|cooking|kitchen accident|dog|cat|fell|accident|dropped|broke a glass|glass broke|work|garden|shaving|budget|funding|plot|hole|nhs|drama)\b"),
        },
        new()
        {
            Id = "OD26", Category = CrisisCategory.Overdose, Scope = RuleScope.Message,
            Description = "Used or took a drug or drink and the body failing, in the present: cannot feel my legs, keep nodding off, blacking out.",
            AllOf =
            [
                R(@"\b(used|using|relapsed)\b|\b(took|had|swallowed|mixed|injected|snorted|drank|necked|downed)( \w+){0,4} (" + Alcohol + "|" + Medicine + @"|gear|fent|spice)\b"),
                R(@"\bi (cant|can barely|cannot) (feel my (legs|arms|hands|face|body)|move my (legs|arms)|stand( up)?|stay awake|keep my eyes open|type)\b|\bi keep (nodding off|passing out|blacking out|fading)\b" +
                  @"|\bblacking out$|\bmy (vision|eyes|visions) (is |has |have |are )?(gone|going) (funny|blurry|weird|dark)\b|\b(legs|arms) have gone numb\b"),
            ],
            UnlessMessage = R(@"\b(tired|exhausted|night shift|long shift|sleepy|bored|boring|lecture|lectures|meeting|film|movie|tv|cold|freezing|flu|gym|leg day|run|marathon|pins and needles" +
                              @"|sat on it|baby|op|operation|optician|drops|cast|wrist|chip|coffee|cataract|nerves)\b"),
        },
        new()
        {
            Id = "OD27", Category = CrisisCategory.Overdose, Past = PastHandling.Dismiss,
            Description = "The lot of a medicine swallowed within the hour.",
            AllOf = [R(@"\b(swallowed|downed|necked|took|taken) (the (whole |entire )?lot|everything|all of (them|it))( \w+){0,4} (from the (medicine cabinet|cabinet|cupboard|bathroom)|of (my |the |his |her )?" + Medicine + @")" +
                       @"( \w+){0,4} (about |like |maybe )?(an hour|half an hour|\d+ (minutes|mins|hours|hrs)|a few (minutes|hours)) ago\b" +
                       @"|\b(swallowed|downed|necked|took|taken) the (whole|entire) (\w+ )?(packet|bottle|box|strip)( of \w+)?( \w+){0,4} (about |like |maybe )?(an hour|half an hour|\d+ (minutes|mins|hours|hrs)|a few (minutes|hours)) ago\b")],
            UnlessClause = R(@"\b(shake|protein|vitamins|juice|water|milk|tip|charity|shop|fridge)\b"),
        },
        new()
        {
            Id = "OD28", Category = CrisisCategory.Overdose, Scope = RuleScope.Message,
            Description = "Someone fitting on the floor, or after using, now.",
            AllOf = [R(@"\b(he|she|they|my \w+) (is|are) fitting (now |again )?(on the (\w+ )?floor|after (using|the|a|that))\b")],
            UnlessMessage = R(@"\b(fitter|kitchen|windows|carpet|boiler|suit|dress|tyres|tires)\b"),
        },
        new()
        {
            Id = "MD30", Category = CrisisCategory.MedicalEmergency,
            Description = "Collapsed now, clutching the chest, dropped to the floor, red lines spreading from an injection site (present forms).",
            AllOf = [R(@"\b" + Subject + @" (has|is|just|has just|is just) collapsed( (on|in|at|again|now)\b|$)|\b(is|are|keeps|keep) (clutching|gripping) (his|her|their|my) chest\b" +
                       @"|\b(red|dark) (line|lines|streak|streaks) (is |are )?(spreading|going|running|moving|creeping) up (my|his|her) (arm|leg)\b" +
                       @"|\b(he|she|my \w+) (has )?just (dropped|gone down)( on the (\w+ )?floor|$)|\bjust keeled over\b")],
            UnlessClause = R(@"\b(laugh|laughing|laughter|deal|sale|case|chain|tent|gazebo|chairs|market|business|talks|shares|price|prices|ball|catch)\b"),
        },
        new()
        {
            Id = "MD31", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message,
            Description = "Not coming round after a fit, a fall, an overdose or a collapse.",
            AllOf =
            [
                R(@"\b(not|isnt|arent|wont|is not) (coming round|coming around|coming to)( \.|$)"),
                R(@"\b(fit|fits|seizure|unconscious|passed out|collapsed|overdose|overdosed|keeled|floor|hit (his|her|their) head)\b"),
            ],
            UnlessMessage = R(@"\b(idea|way of|mediation|anymore|since|christmas|visit|visiting|dinner|tea|party|birthday)\b"),
        },
        new()
        {
            Id = "MD32", Category = CrisisCategory.MedicalEmergency, Scope = RuleScope.Message,
            Description = "Gone yellow and confused or drowsy (the liver failing), or unable to stop vomiting in pain.",
            AllOf =
            [
                R(@"\bi am (yellow|jaundiced|going yellow|turning yellow)\b|\b(skin|eyes) (have |has )?(gone|turned|going|turning) yellow\b|\bcant stop (vomiting|throwing up|being sick)\b"),
                R(@"\b(confused|cant stay awake|can barely stay awake|drowsy|vomiting blood|pancreas|agony|folded in half)\b"),
            ],
            UnlessMessage = R(@"\b(tan|fake tan|baby|pregnant|morning sickness|bug|norovirus|food poisoning|hangover)\b"),
        },
        new()
        {
            Id = "HO19", Category = CrisisCategory.HarmToOthers, Past = PastHandling.Dismiss,
            Description = "Afraid I will hurt a child or someone with me now.",
            AllOf = [R(@"\b(scared|afraid|frightened|terrified) i (will|might|am going to|could|would) (shake|hurt|hit|smother|strangle|harm) (her|him|them|the baby|my baby|the kids|my son|my daughter)\b")],
            UnlessClause = R(@"\b(feelings|telling|leaving|moving|saying|tell|amends|letter|truth|ball|car|park|parking|business|news)\b"),
        },
        new()
        {
            Id = "HO20", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message,
            Description = "Thinking of taking the children with me, beside an end.",
            AllOf =
            [
                R(@"\b(taking|take) (them|the kids|my kids|the children|my children|the baby|my baby|them all) with me( \.|$)"),
                R(@"\b(asleep|when i go|end it|all of us|pills|do it|better off|behind|die|dying|kill|keep thinking|been thinking)\b"),
            ],
            UnlessMessage = R(@"\b(holiday|shop|shopping|trip|park|school|appointment|doctor|dentist|camping|beach|meeting|meetings|visit|gig|wedding|court|church|chemist|move|moving)\b"),
        },
        new()
        {
            Id = "HO21", Category = CrisisCategory.HarmToOthers, Scope = RuleScope.Message,
            Description = "A weapon ready for a person (behind my back at the door, on the seat while following them), or hands round a neck and wanting to squeeze or finish it.",
            AllOf =
            [
                R(@"\b(hammer|knife|blade|machete|bat|crowbar|axe|gun)\b(( \w+){0,6}) (behind my back|on the (passenger )?seat)\b|\bmy hands (round|around) (his|her|their) (neck|throat)\b"),
                R(@"\b(is at|at) the door\b|\bi am following (the|that|this|him|her) (\w+ ){0,2}(who|that)\b|\bi (want|need|am going) to (finish (it|him|her)|squeeze)\b" +
                  @"|\b(going to|want to|need to) (get|hurt|stab|batter|kill) (him|her|them)\b"),
            ],
            UnlessMessage = R(NotARealWeapon + @"|\b(diy|shelf|fixing|cooking|fishing|delivery|veg|kitchen|cricket|bowl|pumpkin|tutorial|trail|plumber|surprise|party)\b"),
        },
        new()
        {
            Id = "VH19", Category = CrisisCategory.ViolenceAtHome,
            Description = "Me or someone at home pinned against the wall now.",
            AllOf = [R(@"\b(he|she|they|my \w+) (is|has|is got|has got) (me|mum|my mum|mom|my mom|my sister|my brother|her|the kids|my \w+) pinned\b|\b(he|she|they) (is )?pinning me\b")],
            UnlessClause = R(@"\b(wrestling|playing|tickling|kisses|cuddles|judo|rugby|training|photo|certificate|drawing|rota|schedule)\b"),
        },
        new()
        {
            Id = "VH20", Category = CrisisCategory.ViolenceAtHome, Scope = RuleScope.Message,
            Description = "Someone at home blocking the door after hurting me.",
            AllOf =
            [
                R(@"\b(he|she|my (husband|hubby|wife|partner|boyfriend|girlfriend|dad|father|mum|mother|stepdad|ex|son|brother|fella)) is (blocking|blockin|standing in) the (\w+ )?door\b"),
                R(@"\b(hit|hits|burst|burstin|bursting|lip|punched|slapped|pushed|bleeding|choked|strangled|threatening|wont let me (out|leave)|scared)\b"),
            ],
            UnlessMessage = R(@"\b(dog|sofa|boxes|bikes|moving|queue|joke|game|playing)\b"),
        },
        new()
        {
            Id = "IX26", Category = CrisisCategory.IndirectSignal, Indirect = true, Past = PastHandling.Dismiss,
            Description = "A farewell in plain words: you will not hear from me after this, no problem to anyone much longer, so nobody has to break in.",
            AllOf = [R(@"\byou (wont|will not|will never) (ever )?(hear|see) (from |of )?me (again|after (this|tonight|today|this weekend))\b" +
                       @"|\bwont be (a problem|a burden|an issue|in the way|around) (for|to) (anyone|anybody|you|them|everyone) (much )?(longer|for long)\b" +
                       @"|\b(chip|coin|medallion) to (someone|somebody) (who|that) (needs|deserves) it more\b" +
                       @"|\bso (whoever|the person who|the one who) finds me\b|\bso (they|nobody|no one|the police|whoever comes) (doesnt|dont|wont|has|have) (have )?to (break|kick) (in|the door|down)\b" +
                       @"|\bi have (decided|made up my mind) (that )?i have (seen|had|done) enough$|\b(the kids|they) (got|have got|have had) their presents early\b" +
                       @"|\b(wont|will not|dont) need (the|my) (\w+ ){0,4}(after|past|beyond) (this|tonight|the weekend|this weekend|sunday|tomorrow)\b")],
            UnlessMessage = R(@"\b(moving|move|new place|new flat|rehab|holiday|trip|job|work|start|leaving do|contract|camping|detox|off grid|signal|retreat|week|festival|bar|pub|drinking" +
                             @"|newcomer|home group|sponsee|christmas|in laws|away|borrow|lend|taper|tapered)\b"),
        },
        new()
        {
            Id = "IX27", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Affairs put in order beside a farewell: letters for everyone and a goodbye, passwords left and accounts deleted, the will sorted and the phone cancelled, my tools given away.",
            AllOf =
            [
                R(@"\b(everyone|everyones|everybody|they) (has |have )?(had|got) (a|their) letter\b|\bsaid my goodbyes to (everyone|everybody|all)\b" +
                  @"|\b(passwords|pin|pin numbers|bank details|insurance (papers|policy|details)|will)( are| is)? (left )?(in|on) (an|the|a) (\w+ )?(envelope|folder|drawer|box)\b" +
                  @"|\bleft my passwords\b|\b(sorted|made|wrote|updated|finished) (out )?my will\b|\b(gave|given|giving) (away )?(\w+ ){0,2}my (tools|guitar|bike|stuff|things|records)\b"),
                R(@"\bthis is goodbye\b|\bgoodbye (everyone|all|everybody)( \.|$)|\bsorry for everything\b|\bdeleted my (socials|accounts|facebook|instagram)\b" +
                  @"|\b(cancelled|canceled) my (phone|contract|phone contract)\b|\bin a way i am\b|\bremember me (for that|by|as i was)\b|\b(never got to|didnt get to|chance to) say goodbye\b" +
                  @"|\bthis is the last (one|message|time)( \.|$)"),
            ],
            UnlessMessage = R(@"\b(amends|step nine|step 9|funeral|hospice|died|passed|airport|holiday|moving (house|flat|in|abroad|to)|abroad|emigrating|grave|wake|solicitor|retire|retiring" +
                              @"|old me|that life|rehab|priory|council|grown up)\b"),
        },
        // ---- Concern only: worth a kind word, not a crisis response ----
        new()
        {
            Id = "CN01", Category = CrisisCategory.SuicidalThoughts, Level = CrisisLevel.Concern,
            Description = "Suicide mentioned as a topic (a loss, a talk at group).",
            AllOf = [R(@"\bsuicid\w*")],
        },
        new()
        {
            Id = "CN02", Category = CrisisCategory.SuicidalThoughts, Level = CrisisLevel.Concern,
            Description = "Someone told the user to kill themselves.",
            AllOf = [R(@"\b(told|tell|tells|telling|said|says) (me|him|her) (to )?(kys|kill myself|kill yourself|die)\b")],
        },
        new()
        {
            Id = "CN03", Category = CrisisCategory.SelfHarm, Level = CrisisLevel.Concern,
            Description = "Self-harm mentioned as something stopped ('haven't cut in two years').",
            AllOf = [R(@"\bsince i (last )?(self harmed|cut|hurt myself|harmed myself)\b|\b(havent|have not|never) (cut|self harmed|harmed myself|hurt myself)\b|\b(clean|free) (from|of) (self harm|cutting|sh)\b")],
        },
        new()
        {
            Id = "CN04", Category = CrisisCategory.SuicidalThoughts, Level = CrisisLevel.Concern,
            Description = "Feeling like a burden.",
            AllOf = [R(@"\b(feel|feeling|felt) like (a|such a) burden\b")],
        },
        new()
        {
            Id = "CN05", Category = CrisisCategory.SuicidalThoughts, Level = CrisisLevel.Concern,
            Description = "Dark hyperbole or a reassurance that names the subject: 'makes me want to die', 'I'm safe', 'not in crisis', 'not going to do anything stupid'.",
            AllOf = [R(@"\b(make|makes|made|making) me want to die\b|\bi am safe\b|\bnot in (crisis|danger)\b|\b(not going to|wont|would never|will never|never) do anything( stupid)?\b" +
                       @"|\bnot (acting|going to act) on (them|it)\b|\bthe thoughts (came|come|are) back\b|\b(scars|urge|urges) (showed|came|come|brought)\b|\bdrinking myself to death\b" +
                       @"|\bemotionally (wrecked|destroyed|done)\b|\bso empty\b|\bdreamt? i (used|died|relapsed)\b|\bdream (that )?i (used|died|relapsed)\b|\bneed someone to talk to\b|\burge showed up\b|\bhopeless\b|\bno hope\b|\bnot being here\b")],
            UnlessClause = R(@"\ba hopeless (drunk|case|romantic|addict|junkie|mess|cook)\b|\bhopeless (at|with) \w+"),
        },
    ];

    private const string RecoveryActionPattern =
        @"\b(meeting|meetings|sober|sobriety|quit|quitting|stop|stopping|rehab|treatment|sponsor|change|recovery|detox|clean|counselor|counsellor|therapy|therapist|doctor)\b";
}
