namespace RecoveryBot.Dialogs.Choices;

/// <summary>What a channel can show, for picking how to render choices.</summary>
public static class ChannelCapabilities
{
    /// <summary>Whether the channel shows suggested-action buttons for this many choices.</summary>
    /// <param name="channelId">The activity's channel id.</param>
    /// <param name="conversationType">The conversation type (Teams: personal, groupChat, channel).</param>
    /// <param name="buttonCount">How many buttons would be shown.</param>
    /// <returns>True when suggested actions work.</returns>
    public static bool SupportsSuggestedActions(string? channelId, string? conversationType, int buttonCount)
        => channelId?.ToLowerInvariant() switch
        {
            "directline" or "webchat" or "emulator" or "directlinespeech" => buttonCount <= 100,

            // Teams shows suggested actions only in 1:1 chats, and at most three.
            "msteams" => string.Equals(conversationType, "personal", StringComparison.OrdinalIgnoreCase) && buttonCount <= 3,
            _ => false,
        };

    /// <summary>Whether the channel shows hero cards with buttons.</summary>
    /// <param name="channelId">The activity's channel id.</param>
    /// <returns>True when cards work.</returns>
    public static bool SupportsCards(string? channelId)
        => channelId?.ToLowerInvariant() is "directline" or "webchat" or "emulator" or "msteams";
}
