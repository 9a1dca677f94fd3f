using System.Text.RegularExpressions;

namespace RecoveryBot.Understanding;

/// <summary>
/// Whether a message the interpretation read as a question (or could not place) asks how what one writes here is kept
/// private: who can read it, whether it is stored, for how long, whether a doctor, an insurer or an employer sees it. A
/// user trial (2026-12-08) asked this a dozen ways and got the menu or "ask your sponsor". Read only where the message
/// is already a question, so an answer that speaks of privacy ("I need some privacy") stays an answer.
/// </summary>
/// <remarks>Rules, not an intent of the classifier: a privacy intent learned from 150 examples by one more author was
/// measured the same day and not kept, since it drew probability from "question" and turned development questions into
/// answers. The rules were written with that author's lines in view (100 of 150 caught; 2 of their 40 look-alikes, both
/// statements, which never reach this check), and catch 24 of the 1,482 question and answer examples of the intent and
/// exercise files, nearly all of them privacy questions too (where an exercise has its own answer, that answer wins).
/// </remarks>
public static partial class PrivacyQuestion
{
    // What is asked about: what one writes here.
    private const string Written = @"(this|these|it all|any of (this|it)|what i|anything i|everything i|my (answers|anwsers|messages|chats|entries|reflections|"
        + @"journal|history|words|responses|data|stuff|name|check in|conversations?)|these (chats|messages|logs|answers)|peoples answers|our (chat|conversation))";

    /// <summary>True when <paramref name="text"/> asks about the privacy of what is written here.</summary>
    public static bool Asks(string? text)
    {
        var key = TextKey.Of(text);
        return key.Length is > 0 and < 400 && (Named().IsMatch(key) || Seen().IsMatch(key) || Kept().IsMatch(key));
    }

    // "privacy?", "is this private", "hipaa?", "is this being recorded", "does it stay between us", "is my data encrypted"
    [GeneratedRegex(@"^(privacy|private|confidential|anonymous|encrypted|hipaa)( \?)?$"
        + @"|\b(privacy|encrypted|encryption|hipaa|subpoena\w*|ediscovery|retention|backups?|your servers?|on (a|some|the|your) servers?|servers? located|recorded"
        + @"|tracked|(stays?|kept|keep|just) between (us|me and you))\b"
        + @"|\b(is|are|stays?|kept|keep|be|how|really|completely|totally|fully) (\w+ )?(private|privat|confidential|anonymous)\b"
        + @"|\bname (attached|show|shows|go|goes|on|next to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    // "who reads this", "can my mom read this", "does dispatch get a copy of this", "does this go to my counselor",
    // "nobody else reads this right", "is someone reading this"
    [GeneratedRegex(@"\b(see|sees|read|reads|reading|access|visible|pull up|scroll back through|find out|get a copy of|a copy of|sent to|shown to|show up)( \w+){0,2} " + Written + @"\b"
        + @"|\b(this|it|any of this|anything i \w+|what i \w+|my (answers|messages|chats|entries|reflections|journal|words|data|name)) (go|goes|going|get|gets|getting|sent"
        + @"|reported|shown|stay|stays) (to|into|on|in|where|with)\b"
        + @"|\bwho( else)?( \w+){0,3} (reads?|sees?|read|see|reading|access|view|owns)\b|\bwhos (got|has) access\b"
        + @"|\b(anyone|anybody|somebody|someone|people|nobody|they)( else)?( \w+){0,4} (read|reads|see|sees|reading|checking|access|view)( \w+)? " + Written + @"\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Seen();

    // "How long do you keep my stuff", "do you save what i write", "do you keep logs", "is it really deleted", "is this stored"
    [GeneratedRegex(@"\bhow long (do|will|does|would)? ?(you|u|it|this|the bot) (keep|store|save|hold)\b"
        + @"|\b(do|does|will|did) (you|u|this|it|the bot|this thing)( \w+)? (keep|save|store|record|log|share|use|sell)s? (logs|my|what|this|it|these|everything|anything"
        + @"|data|the|chats|conversations)\b"
        + @"|\b(delet\w*|erase\w*|clear\w*|gone)( \w+){0,5} (really|actually|for good|on your end|backups?|copies|copy)\b|\b(really|actually) (gone|deleted|erased|delete)\b"
        + @"|\bstored\b|\bsaved\b.*\?|^saved\b", RegexOptions.CultureInvariant)]
    private static partial Regex Kept();
}
