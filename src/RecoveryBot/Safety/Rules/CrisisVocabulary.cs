using System.Text.RegularExpressions;

namespace RecoveryBot.Safety.Rules;

/// <summary>
/// Words and helpers shared by the rule families (<see cref="CrisisRules"/>): the people, the substances and the
/// medicines, and <see cref="R(string)"/> and <see cref="Any(string[])"/>, which build every rule's regex with the same
/// options and timeout. A word list used by one family only lives in that family's file.
/// </summary>
internal static class CrisisVocabulary
{
    // No match time-out, on purpose. The non-backtracking engine runs in time linear in its input (the reading of at
    // most 50,000 typed characters, see CrisisTextNormalizer), and given a time-out it silently misses a match that
    // starts after about 100,000 characters when the pattern opens with \b (.NET 10.0.12, measured 2026-12-08: a message
    // of chat shorthand ending in "i want to kill myself tonight" got nothing from the rules). Set explicitly, so that a
    // process-wide default cannot turn it on. (First in the class: every regex built here or by a family needs it set.)
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

    private const RegexOptions Options =
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;

    // Someone at home or close by.
    internal const string Person =
        @"(mom|mum|mother|dad|father|stepdad|stepmom|stepfather|stepmother|brother|sister|wife|husband|partner|boyfriend|girlfriend|ex|step dad|step mom|son|" +
            @"daughter|kid|kids|child|children|baby|boss|dealer|neighbor|neighbour|roommate|flatmate|friend|uncle|aunt|cousin|coworker|landlord|family|" +
            @"grandma|grandpa|fiance|fiancee|stepson|stepdaughter|sponsor|sponsee|step father|step mother|stepmum|step mum|mama|mam|mammy|mummy|mommy|papa|daddy|fella|missus)";

    internal const string Benzo = @"(xanax|alprazolam|valium|diazepam|klonopin|clonazepam|ativan|lorazepam|benzo|benzos|bars)";

    internal const string Opioid =
        @"(opioid|opioids|opiates|oxy|oxys|oxycodone|oxycontin|percocet|percs|vicodin|hydrocodone|heroin|fentanyl|fent|methadone|morphine|codeine|tramadol|" +
            @"dope|suboxone|subs)";

    internal const string Alcohol = @"(alcohol|booze|drink|drinks|drinking|vodka|whiskey|whisky|beer|beers|wine|liquor|rum|gin|tequila)";

    internal const string Medicine =
        @"(pill|pills|tablet|tablets|meds|medication|medications|medicine|tylenol|paracetamol|acetaminophen|advil|ibuprofen|aspirin|insulin|antidepressants|" +
            @"antidepressant|sleeping pills|seroquel|quetiapine|lithium|gabapentin|lyrica|ambien|trazodone|amitriptyline|adderall|script|prescription|" +
            @"take home|take homes|" + Benzo + @"|" + Opioid + @")";

    // More medicines by name (OD33), kept apart from Medicine: every pattern built on Medicine would grow past the
    // non-backtracking engine's size limit with them.
    internal const string MedicineByName =
        @"(panadol|nurofen|co codamol|cocodamol|codamol|naproxen|painkillers|painkiller|sertraline|citalopram|escitalopram|fluoxetine|prozac|zoloft|" +
            @"lexapro|venlafaxine|mirtazapine|zopiclone|zolpidem|temazepam|pregabalin|propranolol|hydromorphone|dilaudid|buprenorphine|olanzapine)";

    // Who does it: a pronoun or a person at home.
    internal const string Subject = @"(he|she|they|someone|somebody|(my )?" + Person + @")";

    // What makes a weapon or a bag something else: a game, a sport, a toy.
    internal const string NotARealWeapon =
        @"\b(hunting|range|clay|clays|deer|pheasant|nerf|water gun|toy|paintball|airsoft|call of duty|video game|playstation|xbox|cast|shower|waterproof|" +
            @"recycling|craft)\b";

    // A time or intent cue that makes a means or a farewell immediate.
    internal const string Immediacy =
        @"(tonight|today|right now|now|going to|about to|planning|plan to|ready|for good|for real|permanently|forever|last|final|no more|after this|" +
            @"this weekend|soon|tomorrow|when everyone|waiting)";

    // A dream or a nightmare told: "had a dream i took an overdose", "i dreamt he had a knife to my throat".
    internal const string ADream = @"(had a|in my) (dream|nightmare)|i (dreamt|dreamed)";

    // "if you held a gun to my head", "gun to my head i couldnt tell you": the idiom (SU09, SU26, VH23). Not "gun to my head i
    // cant do this anymore".
    internal const string GunToMyHeadIdiom =
        @"\b(if|even if) (you|someone|somebody|they|he|she) (held|put|holds|puts) a gun to my head\b|\bgun to my head (i )?(couldnt|could not|" +
            @"wouldnt|would not|still couldnt|cant|could|would) (tell|say|remember|name|pick|choose|guess|explain)\b";

    /// <summary>A rule's regex: normalised text, linear-time matching, the shared timeout.</summary>
    internal static Regex R(string pattern) => new(pattern, Options, Timeout);

    /// <summary>A regex matching any of <paramref name="alternatives"/>: the same as <see cref="R(string)"/> over them
    /// joined with "|", written one phrase per line.</summary>
    internal static Regex Any(params string[] alternatives) => R(string.Join('|', alternatives));
}
