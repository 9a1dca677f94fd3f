using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Understanding;

/// <summary>The words of a message: its text and any text in a card submit's value, since danger can be written in either.</summary>
public static class MessageText
{
    /// <summary>The typed text, followed by every string in the activity's value (a card submit).</summary>
    public static string Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var message = activity as IMessageActivity;
        var text = message?.Text ?? (activity as IMessageUpdateActivity)?.Text ?? "";
        if (message?.Value is { } value)
        {
            var token = value as JToken ?? JToken.FromObject(value);
            var strings = token.Type == JTokenType.String
                ? [(string)token!]
                : token.SelectTokens("..*").Where(t => t.Type == JTokenType.String).Select(t => (string)t!);
            text = string.Join(" ", strings.Prepend(text));
        }

        return text;
    }

    /// <summary>True when <paramref name="text"/> is worded as a question: a question mark last, or a question word first.</summary>
    public static bool IsAsked(string? text)
    {
        var words = TextKey.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (words[^1] == "?" || QuestionWords.Contains(words[0]));
    }

    /// <summary>Words that open a question ("what", "can", "does"...), as <see cref="TextKey.Of"/> writes them.</summary>
    internal static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "what", "whats", "how", "hows", "why", "when", "where", "who", "whos", "which", "will", "would", "should", "shall", "can", "could",
        "do", "does", "did", "is", "isnt", "are", "am", "was", "if", "whatif", "have", "has", "dont", "doesnt", "cant", "wont", "wouldnt", "shouldnt",
    };

}
