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
}
