using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Exercises;

/// <summary>An exercise's summary as an Adaptive Card, written as plain JSON (the AdaptiveCards .NET package is not used).</summary>
public static class SummaryCard
{
    /// <summary>Channels that render Adaptive Cards; elsewhere the summary goes out as text alone.</summary>
    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase) { "msteams", "webchat", "directline", "emulator" };

    /// <summary>True when <paramref name="channelId"/> shows Adaptive Cards.</summary>
    public static bool IsShownOn(string? channelId) => CardChannels.Contains(channelId ?? "");

    /// <summary>The card: the title as a heading over the text, with both as the fallback text.</summary>
    public static Attachment Of(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        return new()
        {
            ContentType = "application/vnd.microsoft.card.adaptive",
            Content = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["version"] = "1.5",
                ["fallbackText"] = $"{title}\n\n{text}",
                ["speak"] = title,
                ["body"] = new JArray(
                    new JObject { ["type"] = "TextBlock", ["text"] = title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true, ["style"] = "heading" },
                    new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
            },
        };
    }
}
