namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// How choice and confirm prompts speak one language: the locale, inline separators and the words for yes and no.
/// The built-in ones are in <see cref="PromptCultureModels"/>. Every property is null until set.
/// </summary>
public class PromptCultureModel
{
    /// <summary>Gets or sets the locale, lower case (e.g. "en-us").</summary>
    public string? Locale { get; set; }

    /// <summary>Gets or sets the separator between inline choices (e.g. ", ").</summary>
    public string? Separator { get; set; }

    /// <summary>Gets or sets the connector between exactly two inline choices (e.g. " or ").</summary>
    public string? InlineOr { get; set; }

    /// <summary>Gets or sets the connector before the last of three or more inline choices (e.g. ", or ").</summary>
    public string? InlineOrMore { get; set; }

    /// <summary>Gets or sets the word for yes (e.g. "Yes").</summary>
    public string? YesInLanguage { get; set; }

    /// <summary>Gets or sets the word for no (e.g. "No").</summary>
    public string? NoInLanguage { get; set; }
}
