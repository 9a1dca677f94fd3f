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
/// answers. The rules were written with that author's lines in view and narrowed after an independent review found them
/// answering ordinary questions ("are meetings confidential?", "will the cravings ever be gone for good?"); both kinds
/// are tests (<c>PrivacyQuestionTests</c>). Where an exercise has its own answer to a privacy question, that answer wins.
/// </remarks>
public static partial class PrivacyQuestion
{
    // What is asked about: what one writes here.
    private const string Written = @"(this|these|it all|any of (this|it)|(what|anything|everything) i (write|wrote|type|typed|say|said|put|share|shared|answer|tell you)"
        + @"|my (answers|anwsers|messages|chats|entries|reflections|"
        + @"journal|history|words|responses|data|stuff|name|check in|conversations?)|these (chats|messages|logs|answers)|peoples answers|our (chat|conversation))";

    /// <summary>True when <paramref name="text"/> asks about the privacy of what is written here.</summary>
    public static bool Asks(string? text)
    {
        var key = TextKey.Of(text);
        return key.Length is > 0 and < 400 && (Named().IsMatch(key) || Seen().IsMatch(key) || Kept().IsMatch(key));
    }

    // "privacy?", "is this private", "hipaa?", "am i being recorded", "does it stay between us", "is my data encrypted"
    [GeneratedRegex(@"^(privacy|private|confidential|anonymous|encrypted|hipaa)( \?)?$"
        + @"|\b(privacy|encrypted|encryption|hipaa|subpoena\w*|ediscovery|retention|backups?|your servers?|on (a|some|the|your) servers?|servers? located"
        + @"|(stays?|kept|keep|just) between (us|me and you))\b"
        + @"|\b(is|are|am i|being) (this|it|this chat|the chat|our chat|my \w+|what i \w+|these \w+|i)?( being)? ?(recorded|tracked|logged|monitored)\b"
        + @"|\b(is|are|stays?|kept|be|how) (this|it|this chat|the chat|our chat|this conversation|my (answers|messages|chats|words|entries|reflections|data|journal)"
        + @"|what i \w+|these \w+)( really| actually| fully| completely)? (private|privat|confidential|anonymous)\b"
        + @"|\bname (attached|show|shows|go|goes|on|next to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    // "who reads this", "can my mom read this", "does dispatch get a copy of this", "does this go to my counselor",
    // "nobody else reads this right", "is someone reading this"
    [GeneratedRegex(@"\b(see|sees|read|reads|reading|access|visible|pull up|scroll back through|find out|get a copy of|a copy of|sent to|shown to|show up)( \w+){0,2} " + Written + @"\b"
        + @"|\b(this|any of this|anything i \w+|what i \w+|my (answers|messages|chats|entries|reflections|journal|words|data|name)) (go|goes|going|get|gets|getting|sent"
        + @"|reported|shown|stay|stays) (to|into|on|in|where|with)\b"
        + @"|\bwho( else)?( \w+){0,3} (reads?|sees?|read|see|reading|access|view|owns)( \w+)? (this|these|it|what i|my|our|the (answers|messages|chats|data))\b"
        + @"|\bwho (reads|sees|can read|can see)( \?)?$|\bwhos (got|has) access\b"
        + @"|\b(anyone|anybody|somebody|someone|people|nobody)( else)?( \w+){0,4} (read|reads|see|sees|reading|checking|access|view)( \w+)? " + Written + @"\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Seen();

    // "How long do you keep my stuff", "do you save what i write", "do you keep logs", "is it really deleted", "is this stored"
    [GeneratedRegex(@"\bhow long (do|will|does|would)? ?(you|u|it|this|the bot) (keep|store|save|hold)\b"
        + @"|\b(do|does|will|did) (you|u|this|it|the bot|this thing)( \w+)? (keep|save|store|record|log|share|use|sell)s? (logs|my|what|this|it|these|everything|anything"
        + @"|data|the|chats|conversations)\b"
        + @"|\b(is|are) (it|this|everything|my (data|journal|reflections|stuff|answers|messages)) (really|actually|all) (gone|deleted|erased)\b"
        + @"|\b(delete|deleting|erase|erasing|clear|clearing)( \w+){0,3} (actually|really) (delete|deletes|erase|erases|work|works|gone)\b"
        + @"|\b(is|are|gets?|was) (this|it|that|everything|my \w+|what i \w+)( \w+)? (stored|saved)\b|^(stored|saved)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Kept();
}
