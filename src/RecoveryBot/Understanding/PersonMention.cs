using System.Text;
using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Choices;

namespace RecoveryBot.Understanding;

/// <summary>
/// The person a message talks about ("I want to say sorry to my brother"), turned to the second person ("your
/// brother") so the bot can say it back. Only "my" plus a word for a relationship counts: names in a sentence are too
/// easy to get wrong when said back.
/// </summary>
public static partial class PersonMention
{
    private const string Relations =
        "(older |younger |little |big |baby |best |old |ex |step )?(mom|mum|mother|dad|father|parents|brother|sister|son|daughter|kids|children|" +
        "wife|husband|partner|girlfriend|boyfriend|fiance|fiancee|ex|friend|mate|aunt|uncle|cousin|nan|nana|gran|grandma|grandad|grandpa|grandmother|grandfather|" +
        "boss|manager|colleague|coworker|sponsor|family|flatmate|roommate|neighbour|neighbor)";

    /// <summary>"your brother" for a message mentioning "my brother" ("your mother in law" for "my mother-in-law"), or
    /// null when it mentions nobody that way or more than one relation ("my sponsor says I owe my dad", "my mum and
    /// dad", "my mum &amp; dad's house"): saying one of them back would be wrong. A relation joined to someone else ("my
    /// wife and our kids") is still said back; <see cref="IsTheOnlyOne"/> tells the two apart.</summary>
    public static string? InSecondPerson(string? text) => SaidBack(KeyOf(text)) is { } mentions ? "your " + mentions[0].Who : null;

    /// <summary>True when <see cref="InSecondPerson"/> names someone and nobody else is joined to them, by a word ("and",
    /// "or", "with", "as well as"...) or by a mark ("&amp;", "+", "/", a comma), so the bot can take that person as the one
    /// the person meant ("my brother and I" names only the brother; "my dad, who..." too).</summary>
    public static bool IsTheOnlyOne(string? text)
    {
        var key = KeyOf(text);
        if (text is null || SaidBack(key) is not { } mentions || MarkedJoin().IsMatch(text))
        {
            return false;
        }

        foreach (var mention in mentions)
        {
            // "my brother and I" is still one person; "my brother and I and mum" is not.
            var (joined, words) = After(key, mention);
            var after = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var before = key[..mention.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var joinedAfter = joined && !(after is [var self, ..] && Self.Contains(self) && !(after.Length > 1 && JoinsAfter.Contains(after[1])));
            var joinedBefore = before is [.., var join] && JoinsBefore.Contains(join) && !(before.Length > 1 && Self.Contains(before[^2]));
            if (joinedAfter || joinedBefore)
            {
                return false;
            }
        }

        return true;
    }

    // Words that join a second person after the first, as the key has them ("as well as", "along with" and "together
    // with" start with "as", "along" and "together"), and before it ("mum and my dad"; not "with": "amends with my dad").
    private static readonly HashSet<string> JoinsAfter = new(StringComparer.Ordinal)
    {
        "and", "or", "n", "nor", "with", "plus", "then", "as", "along", "alongside", "together", "besides",
    };

    private static readonly HashSet<string> JoinsBefore = new(StringComparer.Ordinal) { "and", "or", "n", "nor", "plus" };

    // The person themself, as a word of the key ("im" is "I'm" without its apostrophe).
    private static readonly HashSet<string> Self = new(StringComparer.Ordinal) { "i", "im", "me", "myself" };

    // The text key drops punctuation, and with it the joins people type as symbols (NFKC first: a full-width "＆" is "&").
    // A message longer than a few paragraphs is a story, not a request about one person: nobody is said back. This also
    // bounds the work, and keeps the patterns short of where the runtime's non-backtracking engine, given a time-out,
    // misses a match opening with \b (past about 100,000 characters; see Safety/Rules/CrisisVocabulary).
    private static string KeyOf(string? text) =>
        text is null || text.Length > MaxLength ? "" : TextKey.Of(TextNormalizer.Normalize(text, NormalizationForm.FormKC).Replace("&", " and ", StringComparison.Ordinal).Replace("+", " and ", StringComparison.Ordinal));

    private const int MaxLength = 2000;

    // Every "my <relation>" in the key ("in law" kept with it), when they are all the same person, else null.
    private static List<Mention>? Mentions(string key)
    {
        var mentions = Relation().Matches(key).Select(m =>
        {
            var end = m.Index + m.Length;
            var inLaw = key.AsSpan(end).StartsWith(" in law", StringComparison.Ordinal);
            return new Mention(m.Index, inLaw ? end + " in law".Length : end, m.Groups["who"].Value + (inLaw ? " in law" : ""));
        }).ToList();
        return mentions.Count > 0 && mentions.All(m => m.Who == mentions[0].Who) ? mentions : null;
    }

    // The mentions when one person can be said back: none followed by another relation ("my mum and dad").
    private static List<Mention>? SaidBack(string key) =>
        Mentions(key) is { } mentions && !mentions.Any(m => AnotherRelation().IsMatch(After(key, m).Words)) ? mentions : null;

    // What follows a person, past a joining word ("and", "with", "n"); the key has no punctuation, so "my mum, dad" and
    // "my mum/dad" are "my mum dad".
    private static (bool Joined, string Words) After(string key, Mention mention)
    {
        var rest = key[mention.End..].TrimStart();
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? rest : rest[..space];
        return JoinsAfter.Contains(first) ? (true, space < 0 ? "" : rest[(space + 1)..]) : (false, rest);
    }

    private sealed record Mention(int Start, int End, string Who);

    [GeneratedRegex(@"\bmy (?<who>" + Relations + @")\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex Relation();

    // Another relation straight after, singular, plural or possessive ("dads" is "dad's" without its apostrophe).
    [GeneratedRegex("^" + Relations + @"s?\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex AnotherRelation();

    // A mark joining someone to a relation in the text as typed: "my wife, the kids", "the kids, my wife", "my mum/dad";
    // a comma before "who" ("my dad, who never forgave me") is not a join. Linear: no nested repetition.
    [GeneratedRegex(
        @"\bmy\s+(\w+\s+)?\w+(\s*-?\s*in\s*-?\s*law)?'?s?\s*([;/&+]|,(?!\s*(who|whom|whose)\b))|[,;/&+]\s*my\s+\w",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex MarkedJoin();
}
