namespace RecoveryBot.Bots;

/// <summary>What the bot remembers about one conversation (kept in <see cref="Microsoft.Bot.Builder.ConversationState"/>).</summary>
public sealed class ConversationData
{
    /// <summary>Ids of the members already welcomed here, so a repeated join does not repeat the welcome.</summary>
    public List<string> WelcomedMemberIds { get; set; } = [];

    /// <summary>How many messages the user has sent in this conversation.</summary>
    public int MessageCount { get; set; }
}
