using System.Text;
using System.Text.RegularExpressions;

namespace RecoveryBot.Safety;

/// <summary>
/// Names the ideas a message touches (a means at hand, now, intent, an ending, farewell logistics, the body in danger,
/// violence, a call for help, a past, being safe now, oneself, someone else, a negation), one token per idea, for the
/// classifier to learn beside the message's n-grams. An idea is learned from every line that touches it, so a wording
/// the data never used still counts ("revolver" is a means though no training line said it). The tokens are fixed
/// names, never the user's words. Measured before it was adopted (Safety/README.md, ninth round): on fresh lines by two
/// more authors, explicit statements with the full response 139 to 154 of 200 and indirect signs with any reply 68 to 71
/// of 100, everyday lines with any line 67 to 72 of 400.
/// </summary>
internal static class CrisisConcepts
{
    /// <summary>The value for a message that touches none of the ideas.</summary>
    public const string NoneFound = "none";

    private static readonly (string Name, Regex Pattern)[] Ideas =
    [
        ("means", Phrases(
            "ropes?", "noose", "belt", "cord", "guns?", "shotgun", "rifles?", "revolver", "pistol", "handgun", "firearm", "bullets?", "shells",
            "blades?", "razors?", "knife", "knives", "pills", "tablets", "paracetamol", "tylenol", @"oxy\w*", @"fent\w*", "heroin", "morphine",
            "methadone", "insulin", "benzos?", "xanax", "diazepam", "valium", "bleach", "antifreeze", "weedkiller", "poison", "hose", "hosepipe",
            "exhaust", "engine", "gas", "charcoal", "bridge", "overpass", "flyover", "ledge", "roof", "rooftop", "cliff", "edge", "tracks",
            "train", "railway", "river", "sea", "pier", "motorway", "bottle", "packets?", "the lot", "the rest", "stash", "supply")),
        ("now", Phrases(
            "now", "tonight", "right now", "the now", "at the moment", "currently", "already", "just", "about to", "in a minute",
            "after this", "when i finish", "sitting", "standing", "here", "this morning", "an hour ago", "minutes ago", "today")),
        ("intent", Phrases(
            "going to", "gonna", "i will", "im doing", "doing it", "do it", "mean to", "on purpose", "deliberately", "made my mind up",
            "decided", "my decision", "plan", "planned", "planning", "intend", "ready", "want to", "wanna")),
        ("final", Phrases(
            "done", "finished", "finish it", "goodbye", "bye", "sorry", "last", "for good", "permanently", "not coming back",
            "wont wake", "never wake", "no more", "the end", "over", "peace", "peaceful", "rest", "gone", "wont be", "not be around",
            "wont need", "enough", "anymore", "the lot", "all of them", "every one")),
        ("farewell", Phrases(
            "will", "pension", "insurance", "rehomed", "gave away", "given away", "giving away", "keys", "passwords?",
            "tell my", "letters?", "note", "funeral", "sorted", "in order", "loose ends", "look after", "thank you for", "thanks for",
            "love you", "loved", "watching over")),
        ("body", Phrases(
            "breathing", "breath", "blue", "grey", "fitting", "fit", "fits", "seizure", "seizures", "shaking", "seeing things",
            "hearing", "blood", @"vomit\w*", "unconscious", "wont wake", "not waking", "gone quiet", "collapsed", "chest", "heart",
            "choking", "passed out", "foaming")),
        ("violence", Phrases(
            "hit", "hits", "hitting", "beat", "beating", @"punch\w*", @"strangl\w*", "choked?", "throat", "door", "locked",
            "hiding", @"threaten\w*", "knife", "break my", "kill me", "hurt me", "drag")),
        ("help", Phrases("help", "what do i do", "what should i do", "ambulance", "999", "911", "please")),
        ("past", Phrases(
            "years? ago", "back in", "back then", @"in (?:19|20)\d\d", "when i was", "used to", "that was", "before i got",
            "as a teen", "in my (?:teens|twenties|thirties)", "long time ago", "years back", "once", "in the (?:eighties|nineties|80s|90s)")),
        ("safenow", Phrases(
            "sober", "clean (?:for|now)", "these days", "im safe", "i am safe", "im ok", "i am ok", "im okay", "doing (?:ok|okay|well|good|better)",
            "grateful", "still here", "glad", "talk about it", "nowhere near", "behind me", "recovered", "got help", "therapy", "counsellor",
            "counselor", "meetings?", "sponsor", "years (?:sober|clean|dry)", "months (?:sober|clean|dry)")),
        ("self", Phrases("i", "me", "my", "myself", "im")),
        ("other", Phrases(
            "he", "she", "him", "her", "my (?:mate|friend|partner|husband|wife|son|daughter|dad|mum|mom|brother|sister|flatmate|bf|gf)")),
        ("negation", Phrases("not", "never", "dont", "wont", "no way", "would never")),
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

    // Whole words or phrases, linear-time matching like the rules.
    private static Regex Phrases(params string[] alternatives) =>
        new(@"\b(?:" + string.Join("|", alternatives) + @")\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(2));
}
