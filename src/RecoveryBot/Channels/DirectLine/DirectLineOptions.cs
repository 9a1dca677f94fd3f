using System.ComponentModel.DataAnnotations;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>Settings of the built-in Direct Line 3.0 endpoint, bound from the <c>DirectLine</c> section.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>
    /// When true, anyone may ask <c>tokens/generate</c> for a token for a new conversation (the page at <c>/</c> needs
    /// this). When false, token generation and starting conversations need <c>Authorization: Bearer</c> with <see cref="Secret"/>.
    /// </summary>
    public bool AllowAnonymousTokens { get; set; }

    /// <summary>The Direct Line secret for servers that mint tokens for their own pages; empty means none is accepted.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>How long a conversation token is valid; clients refresh it before it runs out.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the page's resume credential lets a browser come back to its conversation.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan ResumeLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How many activities a conversation's log keeps; older ones are dropped, watermarks keep counting up.</summary>
    [Range(10, 100_000)]
    public int MaxLogActivities { get; set; } = 500;

    /// <summary>How often an open WebSocket gets an empty keep-alive frame.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>With a store shared by several instances: how often an open socket also reads its conversation's log,
    /// for replies appended by another instance. One read per open socket per interval.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan SharedStorePollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The same on PostgreSQL, where another instance's append also arrives as a notification (LISTEN/NOTIFY): the
    /// look at the log is then only a safety net for a notification lost while the listening connection was down.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan SharedStoreNotifiedPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Token requests (generate and refresh) allowed per client IP address per minute.</summary>
    [Range(1, 100_000)]
    public int TokenRequestsPerMinute { get; set; } = 30;

    /// <summary>Activities a conversation may post per minute.</summary>
    [Range(1, 100_000)]
    public int PostsPerMinute { get; set; } = 60;

    /// <summary>
    /// Origins of other sites whose pages may call this endpoint from the browser (CORS), like <c>https://example.org</c>.
    /// Empty (the default): only the app's own page, which is same-origin.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
