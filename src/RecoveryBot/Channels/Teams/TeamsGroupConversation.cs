using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RecoveryBot.Safety;

namespace RecoveryBot.Channels.Teams;

/// <summary>
/// The bot in a Teams group chat or channel, where others can read along: it never asks for or repeats personal
/// reflections there. Crisis help is answered in place, a facilitator can run a group session from there (members
/// answer in their own 1:1 chats); everything else is an invitation to a private 1:1 chat.
/// </summary>
public sealed class TeamsGroupConversation(IConfiguration configuration)
{
    /// <summary>Said when the bot is added to a group chat or channel.</summary>
    public const string GroupWelcome =
        "Hi everyone, I'm RecoveryBot. I guide private reflection on relationships in recovery, so answers always go to a 1:1 chat, where nobody else can read along. " +
        "A facilitator can @mention me with \"start group session\" to take the group through an exercise together: everyone answers privately, and can choose to share anonymously. " +
        "Here, you can @mention me with \"help now\" any time for crisis lines.";

    /// <summary>
    /// True in a Teams group chat or channel, by every signal Teams gives: the conversation type, the group flag, or a
    /// team or channel in the channel data (some channel messages carry no conversation type at all).
    /// </summary>
    public static bool Applies(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId != Microsoft.Bot.Connector.Channels.Msteams)
        {
            return false;
        }

        return activity.Conversation?.ConversationType is "groupChat" or "channel"
            || activity.Conversation?.IsGroup == true
            || (activity.ChannelData is JObject data && (data["team"] is JObject || data["channel"] is JObject));
    }

    /// <summary>The invitation, with a link that opens a 1:1 chat with the bot when its app id is known.</summary>
    public string Invitation(string? name)
    {
        var greeting = string.IsNullOrWhiteSpace(name) ? "Hi" : $"Hi {name}";
        var appId = configuration["MicrosoftAppId"];
        var where = string.IsNullOrWhiteSpace(appId)
            ? "in a 1:1 chat with me (find RecoveryBot under Apps and open Chat)"
            : $"in a [1:1 chat with me](https://teams.microsoft.com/l/chat/0/0?users=28:{Uri.EscapeDataString(appId)})";
        return $"{greeting}, reflections are personal, so I keep them private: let's talk {where} and type \"menu\" there. " +
               "Here in the group I only share crisis lines: @mention me with \"help now\" any time.";
    }
}
