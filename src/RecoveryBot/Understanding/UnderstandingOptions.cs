namespace RecoveryBot.Understanding;

/// <summary>Settings under <c>Understanding</c>.</summary>
public sealed class UnderstandingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Understanding";

    /// <summary>Where the trained intent model is kept between starts (a relative path is taken from the content root).</summary>
    public string ModelFolder { get; set; } = "data/models";

    /// <summary>How long a message waits, at most, for a model still training; meanwhile exact phrases are understood.
    /// Zero by default, so the first reply never waits (training takes seconds on the first start only).</summary>
    public TimeSpan ModelWait { get; set; } = TimeSpan.Zero;
}
