using System.Text.RegularExpressions;

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

    /// <summary>"your brother" for a message mentioning "my brother", or null when it mentions nobody that way or more
    /// than one person ("my sponsor says I owe my dad", "my mum and dad", "my mum &amp; dad's house"): saying one of them
    /// back would be wrong.</summary>
    public static string? InSecondPerson(string? text)
    {
        var key = KeyOf(text);
        return One(key) is { } match && !AnotherRelation().IsMatch(After(key, match).Words) ? "your " + match.Groups["who"].Value : null;
    }

    /// <summary>True when <see cref="InSecondPerson"/> names someone and nobody else is joined to them by "and", "or" or
    /// "&amp;" ("my wife &amp; 2 kids"; "my brother and I" still names only the brother), so the bot can take that person
    /// as the one the person meant.</summary>
    public static bool IsTheOnlyOne(string? text)
    {
        var key = KeyOf(text);
        if (One(key) is not { } match)
        {
            return false;
        }

        var after = After(key, match);
        var before = key[..match.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joinedBefore = before is [.., var join] && join is "and" or "or" or "n";
        return !AnotherRelation().IsMatch(after.Words) && (!after.Joined || IsSelf().IsMatch(after.Words))
            && (!joinedBefore || (before.Length > 1 && IsSelf().IsMatch(before[^2])));
    }

    // The text key drops punctuation, and with it the joins people type as symbols.
    private static string KeyOf(string? text) => TextKey.Of(text?.Replace("&", " and ", StringComparison.Ordinal).Replace("+", " and ", StringComparison.Ordinal));

    // The first "my <relation>" when every one in the message is the same person ("my dad. my dad never forgave me").
    private static Match? One(string key)
    {
        var matches = Relation().Matches(key);
        return matches.Count > 0 && matches.All(m => m.Groups["who"].Value == matches[0].Groups["who"].Value) ? matches[0] : null;
    }

    // What follows the person, past an "and", "or" or "n" ("my mum n dad"); the key has no punctuation, so "my mum, dad"
    // and "my mum/dad" are "my mum dad".
    private static (bool Joined, string Words) After(string key, Match match)
    {
        var rest = key[(match.Index + match.Length)..].TrimStart();
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? rest : rest[..space];
        return first is "and" or "or" or "n" ? (true, space < 0 ? "" : rest[(space + 1)..]) : (false, rest);
    }

    [GeneratedRegex(@"\bmy (?<who>" + Relations + @")\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex Relation();

    // Another relation straight after, singular, plural or possessive ("dads" is "dad's" without its apostrophe).
    [GeneratedRegex("^" + Relations + @"s?\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex AnotherRelation();

    [GeneratedRegex(@"^(i|me|myself)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex IsSelf();
}
