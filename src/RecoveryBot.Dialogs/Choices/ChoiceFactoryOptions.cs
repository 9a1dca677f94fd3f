using Newtonsoft.Json;

namespace RecoveryBot.Dialogs.Choices;

/// <summary>
/// How <see cref="ChoiceFactory.Inline"/> and <see cref="ChoiceFactory.List(IList{Choice}, string?, string?, ChoiceFactoryOptions?)"/>
/// format choices. Every field is null until set; the factory then uses the English default for that field alone
/// (<c>", "</c>, <c>" or "</c>, <c>", or "</c>, numbers on).
/// </summary>
public class ChoiceFactoryOptions
{
    /// <summary>Creates options with every field unset (the factory's defaults apply).</summary>
    public ChoiceFactoryOptions()
    {
    }

    /// <summary>Creates options with the given fields; null fields fall back to the factory's defaults.</summary>
    /// <param name="inlineSeparator">The separator between inline choices, except before the last one.</param>
    /// <param name="inlineOr">The connector between exactly two inline choices.</param>
    /// <param name="inlineOrMore">The connector before the last of three or more inline choices.</param>
    /// <param name="includeNumbers">Whether choices are numbered.</param>
    public ChoiceFactoryOptions(string? inlineSeparator, string? inlineOr, string? inlineOrMore, bool? includeNumbers)
    {
        InlineSeparator = inlineSeparator;
        InlineOr = inlineOr;
        InlineOrMore = inlineOrMore;
        IncludeNumbers = includeNumbers;
    }

    /// <summary>Gets or sets the separator between inline choices except before the last one; null means <c>", "</c>.</summary>
    [JsonProperty("inlineSeparator")]
    public string? InlineSeparator { get; set; }

    /// <summary>Gets or sets the connector between exactly two inline choices; null means <c>" or "</c>.</summary>
    [JsonProperty("inlineOr")]
    public string? InlineOr { get; set; }

    /// <summary>Gets or sets the connector before the last of three or more inline choices; null means <c>", or "</c>.</summary>
    [JsonProperty("inlineOrMore")]
    public string? InlineOrMore { get; set; }

    /// <summary>Gets or sets whether choices are numbered ("(1) red" inline, "1. red" in a list); null means true.</summary>
    [JsonProperty("includeNumbers")]
    public bool? IncludeNumbers { get; set; }
}
