namespace RecoveryBot.Safety;

/// <summary>Safety settings beyond the resources (configuration section <c>Safety</c>).</summary>
public sealed class SafetyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Safety";

    /// <summary>
    /// Optional: an https webhook (for example a Teams incoming webhook of an on-call team) told that a crisis response
    /// was given in a conversation. It never receives message text. Empty: off.
    /// </summary>
    public string? EscalationWebhookUrl { get; set; }

    /// <summary>Where the trained crisis model is kept between starts (relative to the content root), so only the first
    /// start of a build trains it.</summary>
    public string ModelFolder { get; set; } = "data/models";
}
