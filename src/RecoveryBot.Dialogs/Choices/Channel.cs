using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;

namespace RecoveryBot.Dialogs.Choices;

/// <summary>
/// What each channel can show, used by <see cref="ChoiceFactory.ForChannel(string?, IList{Choice}?, string?, string?, ChoiceFactoryOptions?, string?, IList{string}?)"/>
/// to pick a style. Channel ids are compared exactly (ordinal, case-sensitive) against the lower-case ids in
/// <see cref="Channels"/>, as the SDK does; unknown ids support nothing.
/// </summary>
public static class Channel
{
    // Channels.Kik and Channels.Cortana are [Obsolete] (warnings are errors here), but the SDK's rules still list them.
    private const string Kik = "kik";
    private const string Cortana = "cortana";

    /// <summary>Whether the channel shows suggested actions (quick-reply buttons) for this many buttons, with no conversation type.</summary>
    /// <param name="channelId">The channel id.</param>
    /// <returns>True when suggested actions work.</returns>
    /// <remarks>
    /// Not in the SDK. The SDK's two overloads below both have defaults, so a one-argument call is ambiguous in C#
    /// (CS0121); this overload makes it compile with the same meaning (100 buttons, no conversation type).
    /// </remarks>
    public static bool SupportsSuggestedActions(string? channelId)
        => SupportsSuggestedActions(channelId, 100, null);

    /// <summary>Whether the channel shows suggested actions for this many buttons, with no conversation type (so never in Teams).</summary>
    /// <param name="channelId">The channel id.</param>
    /// <param name="buttonCnt">How many buttons would be shown.</param>
    /// <returns>True when suggested actions work.</returns>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCnt = 100)
        => SupportsSuggestedActions(channelId, buttonCnt, null);

    /// <summary>Whether the channel shows suggested actions for this many buttons in this kind of conversation.</summary>
    /// <param name="channelId">The channel id.</param>
    /// <param name="buttonCnt">How many buttons would be shown.</param>
    /// <param name="conversationType">The conversation type; Teams shows suggested actions only in "personal" (1:1) chats.</param>
    /// <returns>True when suggested actions work.</returns>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCnt = 100, string? conversationType = default)
        => channelId switch
        {
            // Limits are the channels' documented quick-reply maximums.
            Channels.Facebook or Channels.Skype => buttonCnt <= 10,
            Channels.Line => buttonCnt <= 13,
            Kik => buttonCnt <= 20,
            Channels.Telegram or Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech or Channels.Webchat => buttonCnt <= 100,

            // Teams renders suggested actions in 1:1 chats only, and at most three.
            Channels.Msteams => conversationType == "personal" && buttonCnt <= 3,
            _ => false,
        };

    /// <summary>Whether the channel shows card buttons (e.g. on a hero card) for this many buttons.</summary>
    /// <param name="channelId">The channel id.</param>
    /// <param name="buttonCnt">How many buttons would be shown.</param>
    /// <returns>True when card actions work.</returns>
    public static bool SupportsCardActions(string? channelId, int buttonCnt = 100)
        => channelId switch
        {
            Channels.Facebook or Channels.Skype => buttonCnt <= 3,
            Channels.Msteams => buttonCnt <= 50,
            Channels.Line => buttonCnt <= 99,
            Channels.Slack or Channels.Telegram or Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech
                or Channels.Webchat or Cortana => buttonCnt <= 100,
            _ => false,
        };

    /// <summary>Whether the channel keeps a visible message history; only Cortana has none.</summary>
    /// <param name="channelId">The channel id.</param>
    /// <returns>False for Cortana, true otherwise.</returns>
    public static bool HasMessageFeed(string? channelId)
        => channelId != Cortana;

    /// <summary>The longest button title the channel shows in full: 20 for every channel.</summary>
    /// <param name="channelId">The channel id (kept for the SDK's signature; the limit is the same everywhere).</param>
    /// <returns>20.</returns>
    public static int MaxActionTitleLength(string? channelId)
        => 20;

    /// <summary>Gets the channel id of the turn's activity.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <returns>The channel id, or "" when it is null or empty.</returns>
    public static string GetChannelId(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return string.IsNullOrEmpty(turnContext.Activity?.ChannelId) ? string.Empty : turnContext.Activity.ChannelId;
    }
}
