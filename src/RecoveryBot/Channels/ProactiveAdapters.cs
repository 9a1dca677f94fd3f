using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using RecoveryBot.Channels.DirectLine;

namespace RecoveryBot.Channels;

/// <summary>The adapter that can reach a stored conversation: the built-in Direct Line one for its own
/// conversations, the Bot Framework one (Teams, Azure Bot Service channels, the Emulator) for every other.</summary>
public sealed class ProactiveAdapters(IBotFrameworkHttpAdapter botFramework, DirectLineAdapter directLine)
{
    /// <summary>The adapter for <paramref name="reference"/>'s channel.</summary>
    public BotAdapter For(ConversationReference reference) =>
        reference?.ChannelId == DirectLineAdapter.ChannelId ? directLine : (BotAdapter)botFramework;
}
