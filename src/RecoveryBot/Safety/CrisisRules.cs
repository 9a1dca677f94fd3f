using System.Text.RegularExpressions;
using RecoveryBot.Safety.Rules;
using static RecoveryBot.Safety.Rules.CrisisVocabulary;

namespace RecoveryBot.Safety;

/// <summary>
/// The rule table and what every rule shares: the tense markers, negation and the safety statement. Rules are written
/// against normalised text (see <see cref="CrisisTextNormalizer"/>): lowercase, no apostrophes ("dont", "cant", "wont"),
/// "i am", "he is", "going to", "want to", single spaces, clauses joined with " . " in the whole message. The rules
/// themselves live in Rules/, one file per family, each rule with the messages it must and must not fire on. Order
/// matters only for which rule is reported when several fire: emergencies first, then direct statements, then indirect
/// signals, then concern-only rules.
/// </summary>
internal static class CrisisRules
{
    // Who states an intent, the words that may stand before it, and the intents ("i really want to", "he is going to").
    private const string IntentSubject = "(i|i am|he is|she is|they are|we are|he|she|they|we)";
    private const string IntentAdverbs = "(really |just |honestly |seriously |actually ){0,2}";
    private const string IntentWords =
        "going to|about to|want to|need to|plan to|planning to|plan on|will|keep thinking about|cant stop thinking about|keep wanting to|feel like|" +
        "thinking of";

    // Someone in the present tense: "i am", "he is", "my dad is", "me da is".
    private const string PresentSubject =
        "(i am|he is|she is|they are|we are|someone is|he isnt|she isnt|(my|me|the|her|his|our) \\w+ (is|isnt)|(mum|mom|dad|da|ma|mam) (is|isnt))";

    /// <summary>Markers that put a clause in the past: its hit is a story, not something happening now.</summary>
    internal static readonly Regex PastMarker = Any(
        @"\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|several|many) (years|year|months|month|weeks|week) ago\b",
        // "many years back" is Indian and Irish English for "many years ago"; with a number it dates only a story going
        // on ("three years back i overdosed"), not "i want my 10 years back" or "this sets me 4 years back".
        @"\b(few|a few|couple of|a couple of|several|many) (years|year|months|month|weeks|week) back\b",
        @"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (years|year|months|month|weeks|week) back (i|we|he|she|they|my|when|in|at|on|but)\b",
        @"\byears ago\b",
        @"\bin my (teens|twenties|thirties|forties|fifties|20s|30s|40s)\b",
        @"\blast (year|month|summer|winter|spring|fall|autumn|christmas)\b",
        @"\bin (19|20)\d\d\b",
        @"\bback (in|when|then)\b",
        @"\bused to\b",
        @"\bas a (kid|child|teen|teenager)\b",
        @"\bwhen (i|we) (was|were) (a |an |little|young|younger|kids|teens|using|drinking|still|in active|in my|in high|in school|in college)\b",
        @"\bwhen i was\b( \w+)? (years|yrs) old\b",
        @"\bwake up call\b",
        @"\b(years|months) clean\b",
        @"\b(clean|sober) (for|since)\b",
        @"\bfree of it\b",
        @"\b(was|were) (slowly )?killing me\b",
        // A story dated by its year or month. (A count of years sober is not a past marker: "nine years
        // sober and he is not breathing" is happening now.)
        @"\b(that|this|it) was (in |back in )?(19|20)\d\d\b",
        @"\b(january|february|march|april|may|june|july|august|september|october|november|december) (19|20)\d\d\b");

    /// <summary>
    /// An age that dates one clause ("when i was 19 my best mate overdosed"), for rules judged clause by clause only, and
    /// only in a clause with no word of now (<see cref="PresentCue"/>): over a whole message it would date the emergency
    /// told beside it ("when i was 19 i swore i'd never be like him. he has a machete").
    /// </summary>
    internal static readonly Regex ClausePastMarker = R(
        @"\bwhen (i|we|he|she|they) (was|were) (\d{1,2}|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)( (my|our|his|" +
            @"her|i|we|he|she|they|and|the|a|at|in|on|there)\b| \.|$)");

    /// <summary>Words that put a clause (or a message, for rules over the whole message) in the last hours, whatever
    /// past marker it also has: "took 30 pills an hour ago like I used to back in the day" is happening now. Not a bare
    /// "today": "today is five years since my overdose" is a milestone.</summary>
    internal static readonly Regex RecentCue = Any(
        @"\b(an hour ago|half an hour ago|hours ago|minutes ago|mins ago|min ago|just now|right now|earlier today|this morning|this afternoon|this evening)\b",
        // "just swallowed 25 of the oxys I was hiding since my surgery in 2020" is happening now, and so is
        // "1 hour ago" (but not "just used to", nor "just took my chip").
        @"\b\d+ (hour|hours|hr|hrs|min|mins|minutes) ago\b",
        @"\bhalf (an )?hour ago\b",
        @"\bjust (swallowed|took|taken|downed|popped|injected|snorted) (\w+ ){0,4}" + Medicine + @"\b");

    /// <summary>
    /// Words of someone through it now ("eight years sober", "grateful it is behind me", "I tell that story at
    /// meetings"): with a past marker and nothing about now, the whole message is a story told from safety.
    /// </summary>
    internal static readonly Regex RecoveredMarker = Any(
        @"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (years|months) (sober|clean|free|in recovery)\b",
        @"\bi am (clean|sober) now\b",
        @"\b(grateful|glad|happy|thankful) (to be alive|every day|that (it is|its) (over|behind me))\b",
        @"\b(it|that|all that) is (all )?behind me\b",
        @"\bhow far i have come\b",
        @"\bi (tell|share|told|shared) (that|this|my) story\b",
        @"\bi (only )?share (it|this|that) so\b",
        @"\bnever (wanted|want) to go back\b",
        @"\bhavent (felt|been) like that (for|in)\b",
        @"\bnewcomers\b",
        @"\bsecond time (round|around) i\b",
        @"\bhavent (touched|had|used)( it| a drop| a drink| anything)? (in|for) (\d+|a few|many|two|three|four|five|six|seven|eight|nine|ten) (years|" +
            @"months)\b");

    /// <summary>
    /// Someone saying, right at a rule's match, that it is happening or meant now: the words just before the match end
    /// with a stated intent ("i want to", "i am going to (go)", "he is about to", "i keep thinking about"; in chat the
    /// subject may be left out at the start of a clause: "wanna die") or a present-tense subject ("i am", "he is", "my
    /// dad is"). Only with <see cref="ComparedWithThePast"/> in the clause does it outweigh a past marker.
    /// </summary>
    internal static readonly Regex SaidAsNowBefore = Any(
        @"(^|\b" + IntentSubject + @" )" + IntentAdverbs + "(" + IntentWords + @")( go| just| really)? ?$",
        @"\b" + PresentSubject + @"( still| now| just| again)? ?$");

    /// <summary>Words said, thought or written then, just before the subject of a stated intent: "my doctor told me | i am
    /// going to die", "wrote in my diary | i want to kill myself". What was said then is a story, even with "again like";
    /// "i think", "i swear" and "he says" are said now and are not here.</summary>
    internal static readonly Regex ReportedBefore = R(
        @"\b(told|said|thought|wrote|swore|page|diary|journal|note)( \w+){0,3} (that )?(i|i am|he|he is|she|she is|they|they are)( \w+){0,3}$");

    /// <summary>A stated intent where a rule's match begins with it ("want to die"), its subject (or the clause's start)
    /// just before the match (<see cref="IntentSubjectBefore"/>).</summary>
    internal static readonly Regex IntentLead = R("^(" + IntentWords + @")\b");

    /// <summary>The subject of an intent that begins a rule's match: "i | want to die", or none at a clause's start.</summary>
    internal static readonly Regex IntentSubjectBefore = R(@"(^|\b" + IntentSubject + @")( (really|just|honestly|seriously|actually)){0,2}$");

    /// <summary>A rule's match that begins with the verb of a present-tense subject just before it: "she | isnt breathing".
    /// </summary>
    internal static readonly Regex PresentVerbLead = R("^(is|isnt|are|arent|am) ");

    /// <summary>The subject of <see cref="PresentVerbLead"/>, just before the match.</summary>
    internal static readonly Regex SubjectBefore = R(@"\b(i|he|she|they|we|someone|(my|me|the|her|his|our) \w+|mum|mom|dad|da|ma|mam)$");

    /// <summary>A present-tense subject where a rule's match begins with it.</summary>
    internal static readonly Regex PresentSubjectLead = R("^" + PresentSubject + " ");

    /// <summary>
    /// Words that compare now with the past rather than tell the past: "again like years ago", "same as last year", "like
    /// he nearly did last year", "like i used to", "like back in 2020" (not "like 3 years ago", which is "about"; nor a
    /// bare "again", which as often tells that it happened more than once back then: "back in 2016 he is beating me again
    /// every weekend"). With a danger said as now (<see cref="SaidAsNowBefore"/>) they keep a clause's past marker from
    /// making it a story; without them the marker still dates it, so stories told in the present tense ("back in 2017 i
    /// am suicidal and drinking every day") and intents to tell the past ("i want to talk about overdosing in 2019") stay
    /// stories.
    /// </summary>
    internal static readonly Regex ComparedWithThePast = Any(
        @"\bagain (like|same as|just like|as)\b",
        @"\b(same as|once more)\b",
        @"\blike (i|he|she|they|we|my \w+) (\w+ )?(did|tried|used to)\b",
        @"\blike (back (in|when)|in (19|20)\d\d|last (year|month|summer|winter|spring|fall|autumn|christmas|time))\b");

    /// <summary>Words that bring a story into now: with any of them a story is never dismissed as a whole.</summary>
    internal static readonly Regex PresentCue = Any(
        @"\b(tonight|today|right now|just|again|going to|about to|want to|planning|plan to|thinking about|still|anymore|lately|this week|this time|i will|" +
            @"tomorrow|currently|cant stop)\b",
        @"\bnot (glad|happy|grateful|thankful)\b");

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

    /// <summary>
    /// An explicit safety statement. It lowers only <see cref="CrisisRule.Disclaimable"/> rules (passive ideation) to
    /// Concern: "sometimes i wish i would not wake up but i have no plan and i would never".
    /// </summary>
    internal static readonly Regex SafetyStatement = Any(
        @"\b(i have no|no|not making a|dont have a|dont have any) (plan|plans)\b",
        @"\b(not|never) (going to |planning to )?(act|acting) on (it|them|that|those thoughts)\b",
        @"\b(i|i would|i will) never (do it|do that|do anything|go through with it|act on it)\b",
        @"\bi would never$",
        @"\bi am (safe|not in danger|not going to do anything)\b",
        @"\bnot in (danger|crisis)\b",
        @"\bthe (depression|disease|addiction) (is )?(lying|talking)\b");

    /// <summary>
    /// The rule table, in reporting order: emergencies first (medical, overdose), then direct statements (suicidal
    /// thoughts, self-harm, violence at home, harm to others), then indirect signals, then concern-only rules.
    /// </summary>
    internal static readonly CrisisRule[] All =
    [
        .. MedicalEmergencyRules.Rules,
        .. OverdoseRules.Rules,
        .. SuicidalThoughtRules.Rules,
        .. SelfHarmRules.Rules,
        .. ViolenceAtHomeRules.Rules,
        .. HarmToOthersRules.Rules,
        .. IndirectSignalRules.Rules,
        .. ConcernRules.Rules,
    ];
}
