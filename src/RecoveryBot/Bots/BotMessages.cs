namespace RecoveryBot.Bots;

/// <summary>The bot's own words outside the exercises, kept together so they can be reviewed in one place.</summary>
public static class BotMessages
{
    /// <summary>The welcome, in short messages: who the bot is, what it is not, and how to start.</summary>
    public static readonly IReadOnlyList<string> Welcome =
    [
        "Hi, I'm RecoveryBot. I'm here to help you reflect on your relationships in recovery, one gentle step at a time. What you write here stays private.",
        "I'm not a therapist or an emergency service. If you might hurt yourself or someone else, or you're in danger right now, please call or text 988 (US), call 911 or your local emergency number, or reach someone you trust.",
        "Whenever you're ready, just type a message to start. You can stop at any time.",
    ];

    /// <summary>The first reply to a message, while the guided exercises are being built.</summary>
    public const string FirstReply =
        "Thank you for writing. Soon I'll be able to walk you through guided reflections: acknowledging harm, planning amends, and setting boundaries, and keep a private journal of them for you.";

    /// <summary>Later replies, while the guided exercises are being built.</summary>
    public const string LaterReply =
        "I'm still here. The guided exercises are on their way; until then, a sponsor, counselor or your group can be good people to talk this over with.";

    /// <summary>The reply to a message with no text (an attachment, a card, a sticker).</summary>
    public const string NoTextReply =
        "I can only read typed words for now. Could you tell me in a sentence or two?";
}
