using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Safety;
using RecoveryBot.Understanding;

namespace RecoveryBot.Channels.Teams;

/// <summary>
/// The bot in a Teams group chat or channel, where others can read along: it never asks for or repeats personal
/// reflections there. Crisis help is answered in place; everything else is an invitation to a private 1:1 chat.
/// </summary>
public sealed class TeamsGroupConversation(MessageInterpreter interpreter, SafetyResponder safety, IConfiguration configuration)
{
    /// <summary>Said when the bot is added to a group chat or channel.</summary>
    public const string GroupWelcome =
        "Hi everyone, I'm RecoveryBot. I guide private reflection on relationships in recovery, so I keep exercises to a 1:1 chat, where nobody else can read along. " +
        "Here, you can @mention me with \"help now\" any time for crisis lines.";

    /// <summary>True in a Teams group chat or channel.</summary>
    public static bool Applies(IActivity activity) =>
        activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams && activity.Conversation?.ConversationType is "groupChat" or "channel";

    /// <summary>Answers a message in a group: safety first, then the invitation to a 1:1 chat.</summary>
    public async Task OnMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // Teams puts "<at>RecoveryBot</at>" into the text of a message that mentions the bot.
        turnContext.Activity.RemoveRecipientMention();
        var meaning = interpreter.Interpret(MessageText.Of(turnContext.Activity), PendingQuestion.None);
        if (await safety.RespondAsync(turnContext, meaning.Text, meaning.Safety, gentleCheck: false, cancellationToken).ConfigureAwait(false) != SafetyOutcome.None)
        {
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(Invitation(turnContext.Activity.From?.Name)), cancellationToken).ConfigureAwait(false);
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
