using System.Text;
using System.Text.RegularExpressions;

namespace RecoveryBot.Safety;

/// <summary>
/// Names the danger ideas a message touches (a means at hand, now, intent, an ending, farewell logistics, the body in
/// danger, violence, a call for help), one token per idea, for the classifier to learn beside the message's n-grams.
/// An idea is learned from every line that touches it, so a wording the data seldom used still counts ("revolver" as a
/// means). The tokens are fixed names, never the user's words. Measured on the development files, which are not trained
/// on (Safety/README.md, ninth round): explicit statements with the full response 164 to 170 and 139 to 153 of 200.
/// </summary>
internal static class CrisisConcepts
{
    /// <summary>The value for a message that touches none of the ideas: no token, so nothing is learned from absence.</summary>
    public const string NoneFound = "";

    // Only ideas that signal danger: the model may learn that an idea makes a crisis likelier, never that a history or
    // a reassurance makes one less likely (a first version had "past" and "safe now", and a review found them pulling
    // present dangers told with a history below the threshold). Nouns take an optional plural: the normaliser turns
    // "the shotgun's" into "shotguns".
    private static readonly (string Name, Regex Pattern)[] Ideas =
    [
        ("means", Phrases(
            "ropes?", "nooses?", "belts?", "cords?", "guns?", "shotguns?", "rifles?", "revolvers?", "pistols?", "handguns?", "firearms?",
            "bullets?", "shells", "blades?", "razors?", "knife", "knifes", "knives", "pills?", "tablets?", "paracetamol", "tylenol", @"oxy\w*",
            @"fent\w*", "heroin", "morphine", "methadone", "insulin", "benzos?", "xanax", "diazepam", "valium", "bleach", "antifreeze",
            "weedkiller", "poisons?", "hoses?", "hosepipes?", "exhaust", "engines?", "gas", "charcoal", "bridges?", "overpass", "flyovers?",
            "ledges?", "roofs?", "rooftops?", "cliffs?", "edge", "tracks", "trains?", "railway", "river", "sea", "pier", "motorway",
            "bottles?", "packets?", "the lot", "the rest", "stash", "supply")),
        ("now", Phrases(
            "now", "tonight", "right now", "the now", "at the moment", "currently", "already", "just", "about to", "in a minute",
            "after this", "when i finish", "sitting", "standing", "here", "this morning", "an hour ago", "minutes ago", "today")),
        ("intent", Phrases(
            "going to", "gonna", "i will", "im doing", "doing it", "do it", "mean to", "on purpose", "deliberately", "made my mind up",
            "decided", "my decision", "plan", "planned", "planning", "intend", "ready", "want to", "wanna")),
        ("final", Phrases(
            "done", "finished", "finish it", "goodbye", "bye", "sorry", "last", "for good", "permanently", "not coming back",
            "wont wake", "never wake", "no more", "the end", "over", "peace", "peaceful", "rest", "gone", "wont be", "not be around",
            "wont need", "enough", "anymore", "all of them", "every one")),
        ("farewell", Phrases(
            "my will", "a will", "the will", "pension", "insurance", "rehomed", "gave away", "given away", "giving away", "keys",
            "passwords?", "tell my", "letters?", "notes?", "funeral", "sorted", "in order", "loose ends", "look after", "thank you for",
            "thanks for", "love you", "loved", "watching over")),
        ("body", Phrases(
            "breathing", "breath", "blue", "grey", "fitting", "fit", "fits", "seizures?", "shaking", "seeing things",
            "hearing", "blood", @"vomit\w*", "unconscious", "wont wake", "not waking", "gone quiet", "collapsed", "chest", "heart",
            "choking", "passed out", "foaming")),
        ("violence", Phrases(
            "hit", "hits", "hitting", "beat", "beating", @"punch\w*", @"strangl\w*", "choked?", "throat", "door", "locked",
            "hiding", @"threaten\w*", "knife", "break my", "kill me", "hurt me", "drag")),
        // Not "ambulance" or an emergency number: with the stories told from safety in the data ("the ambulance came that
        // night") they made the idea weigh against a crisis.
        ("help", Phrases("help", "what do i do", "what should i do", "please")),
    ];

    /// <summary>The ideas found in a normalised message (<see cref="CrisisTextNormalizer"/>), as space-separated tokens.</summary>
    public static string Of(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var found = new StringBuilder();
        foreach (var (name, pattern) in Ideas)
        {
            if (pattern.IsMatch(normalized))
            {
                found.Append(found.Length == 0 ? "k" : " k").Append(name);
            }
        }

        return found.Length == 0 ? NoneFound : found.ToString();
    }

    // Whole words or phrases, linear-time matching like the rules, and like them without a time-out (see CrisisVocabulary).
    private static Regex Phrases(params string[] alternatives) =>
        new(@"\b(?:" + string.Join("|", alternatives) + @")\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout);
}
