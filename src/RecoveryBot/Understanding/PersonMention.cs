using System.Text.RegularExpressions;

namespace RecoveryBot.Understanding;

/// <summary>
/// The person a message talks about ("I want to say sorry to my brother"), turned to the second person ("your
/// brother") so the bot can say it back. Only "my" plus a word for a relationship counts: names in a sentence are too
/// easy to get wrong when said back.
/// </summary>
public static partial class PersonMention
{
    /// <summary>"your brother" for a message mentioning "my brother", or null.</summary>
    public static string? InSecondPerson(string? text)
    {
        var match = Relation().Match(TextKey.Of(text));
        return match.Success ? "your " + match.Groups["who"].Value : null;
    }

    /// <summary>True when the message mentions exactly one person that way, and not as part of a list ("my mum and dad",
    /// "my son, my daughter"), so the bot can take that person as the one the person meant.</summary>
    public static bool IsTheOnlyOne(string? text)
    {
        // The key has no punctuation: a list shows as its joining words.
        var key = TextKey.Of(text);
        var matches = Relation().Matches(key);
        return matches.Count == 1
            && !key.AsSpan(matches[0].Index + matches[0].Length).TrimStart().StartsWith("and ")
            && !key.AsSpan(matches[0].Index + matches[0].Length).TrimStart().StartsWith("or ")
            && !key.AsSpan(0, matches[0].Index).TrimEnd().EndsWith(" and");
    }

    [GeneratedRegex(
        @"\bmy (?<who>(older |younger |little |big |baby |best |old |ex |step )?(mom|mum|mother|dad|father|parents|brother|sister|son|daughter|kids|children|" +
        @"wife|husband|partner|girlfriend|boyfriend|fiance|fiancee|ex|friend|mate|aunt|uncle|cousin|nan|nana|gran|grandma|grandad|grandpa|grandmother|grandfather|" +
        @"boss|manager|colleague|coworker|sponsor|family|flatmate|roommate|neighbour|neighbor))\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex Relation();
}
