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
    /// than one person ("my sponsor says I owe my dad", "my mum and dad", "my mum &amp; dad"): saying one of them back would
    /// be wrong.</summary>
    public static string? InSecondPerson(string? text)
    {
        var key = TextKey.Of(text);
        return One(key) is { } match && !AnotherRelation().IsMatch(After(key, match).Words) ? "your " + match.Groups["who"].Value : null;
    }

    /// <summary>True when <see cref="InSecondPerson"/> names someone and no "and" or "or" joins anyone else to them ("my
    /// brother and I"), so the bot can take that person as the one the person meant.</summary>
    public static bool IsTheOnlyOne(string? text)
    {
        var key = TextKey.Of(text);
        return One(key) is { } match
            && After(key, match) is { Joined: false } after && !AnotherRelation().IsMatch(after.Words)
            && !key.AsSpan(0, match.Index).TrimEnd().EndsWith(" and", StringComparison.Ordinal);
    }

    private static Match? One(string key) => Relation().Matches(key) is { Count: 1 } matches ? matches[0] : null;

    // What follows the person, past an "and" or "or" (the key has no punctuation: "my mum & dad" is "my mum dad").
    private static (bool Joined, string Words) After(string key, Match match)
    {
        var rest = key[(match.Index + match.Length)..].TrimStart();
        var join = rest.StartsWith("and ", StringComparison.Ordinal) ? 4 : rest.StartsWith("or ", StringComparison.Ordinal) ? 3 : 0;
        return (join > 0, rest[join..]);
    }

    [GeneratedRegex(@"\bmy (?<who>" + Relations + @")\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex Relation();

    [GeneratedRegex("^" + Relations + @"\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex AnotherRelation();
}
