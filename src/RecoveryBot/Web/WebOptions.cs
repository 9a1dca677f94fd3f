namespace RecoveryBot.Web;

/// <summary>Settings of the web page and the headers every response carries (section <c>Web</c>).</summary>
public sealed class WebOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Web";

    /// <summary>
    /// Origins of sites allowed to show the chat page in an iframe, like <c>https://example.org</c>. Empty (the default):
    /// no site may frame it, so no other page can overlay or disguise it.
    /// </summary>
    public string[] FrameAncestors { get; set; } = [];
}
