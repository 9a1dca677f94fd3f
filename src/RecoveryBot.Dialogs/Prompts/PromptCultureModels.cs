using System.Diagnostics.CodeAnalysis;
using Microsoft.Recognizers.Text;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// The languages choice and confirm prompts can render in, with the same values as the SDK's models.
/// Each property returns a new instance, so callers may change what they get.
/// </summary>
public static class PromptCultureModels
{
    // Computed once: MapToNearestLanguage runs on every prompt turn. Order matters (first prefix match wins).
    private static readonly string[] SupportedLocales = GetSupportedCultures().Select(c => c.Locale!).ToArray();

    /// <summary>Gets a new Bulgarian model (bg-bg).</summary>
    public static PromptCultureModel Bulgarian => new()
    {
        Locale = Culture.Bulgarian,
        Separator = ", ",
        InlineOr = " или ",
        InlineOrMore = ", или ",
        YesInLanguage = "да",
        NoInLanguage = "Не",
    };

    /// <summary>Gets a new Chinese model (zh-cn).</summary>
    public static PromptCultureModel Chinese => new()
    {
        Locale = Culture.Chinese,
        Separator = "， ",
        InlineOr = " 要么 ",
        InlineOrMore = "， 要么 ",
        YesInLanguage = "是的",
        NoInLanguage = "不",
    };

    /// <summary>Gets a new Dutch model (nl-nl).</summary>
    public static PromptCultureModel Dutch => new()
    {
        Locale = Culture.Dutch,
        Separator = ", ",
        InlineOr = " of ",
        InlineOrMore = ", of ",
        YesInLanguage = "Ja",
        NoInLanguage = "Nee",
    };

    /// <summary>Gets a new English model (en-us).</summary>
    public static PromptCultureModel English => new()
    {
        Locale = Culture.English,
        Separator = ", ",
        InlineOr = " or ",
        InlineOrMore = ", or ",
        YesInLanguage = "Yes",
        NoInLanguage = "No",
    };

    /// <summary>Gets a new French model (fr-fr).</summary>
    public static PromptCultureModel French => new()
    {
        Locale = Culture.French,
        Separator = ", ",
        InlineOr = " ou ",
        InlineOrMore = ", ou ",
        YesInLanguage = "Oui",
        NoInLanguage = "Non",
    };

    /// <summary>Gets a new German model (de-de).</summary>
    public static PromptCultureModel German => new()
    {
        Locale = Culture.German,
        Separator = ", ",
        InlineOr = " oder ",
        InlineOrMore = ", oder ",
        YesInLanguage = "Ja",
        NoInLanguage = "Nein",
    };

    /// <summary>Gets a new Hindi model (hi-in).</summary>
    public static PromptCultureModel Hindi => new()
    {
        Locale = Culture.Hindi,
        Separator = ", ",
        InlineOr = " या ",
        InlineOrMore = ", या ",
        YesInLanguage = "हां",
        NoInLanguage = "नहीं",
    };

    /// <summary>Gets a new Italian model (it-it).</summary>
    public static PromptCultureModel Italian => new()
    {
        Locale = Culture.Italian,
        Separator = ", ",
        InlineOr = " o ",
        InlineOrMore = " o ",
        YesInLanguage = "Si",
        NoInLanguage = "No",
    };

    /// <summary>Gets a new Japanese model (ja-jp).</summary>
    public static PromptCultureModel Japanese => new()
    {
        Locale = Culture.Japanese,
        Separator = "、 ",
        InlineOr = " または ",
        InlineOrMore = "、 または ",
        YesInLanguage = "はい",
        NoInLanguage = "いいえ",
    };

    /// <summary>Gets a new Korean model (ko-kr).</summary>
    public static PromptCultureModel Korean => new()
    {
        Locale = Culture.Korean,
        Separator = ", ",
        InlineOr = " 또는 ",
        InlineOrMore = " 또는 ",
        YesInLanguage = "예",
        NoInLanguage = "아니",
    };

    /// <summary>Gets a new Portuguese model (pt-br).</summary>
    public static PromptCultureModel Portuguese => new()
    {
        Locale = Culture.Portuguese,
        Separator = ", ",
        InlineOr = " ou ",
        InlineOrMore = ", ou ",
        YesInLanguage = "Sim",
        NoInLanguage = "Não",
    };

    /// <summary>Gets a new Spanish model (es-es).</summary>
    public static PromptCultureModel Spanish => new()
    {
        Locale = Culture.Spanish,
        Separator = ", ",
        InlineOr = " o ",
        InlineOrMore = ", o ",
        YesInLanguage = "Sí",
        NoInLanguage = "No",
    };

    /// <summary>Gets a new Swedish model (sv-se).</summary>
    public static PromptCultureModel Swedish => new()
    {
        Locale = Culture.Swedish,
        Separator = ", ",
        InlineOr = " eller ",
        InlineOrMore = " eller ",
        YesInLanguage = "Ja",
        NoInLanguage = "Nej",
    };

    /// <summary>Gets a new Turkish model (tr-tr).</summary>
    public static PromptCultureModel Turkish => new()
    {
        Locale = Culture.Turkish,
        Separator = ", ",
        InlineOr = " veya ",
        InlineOrMore = " veya ",
        YesInLanguage = "Evet",
        NoInLanguage = "Hayır",
    };

    /// <summary>Gets a new instance of every supported model, in alphabetical order of the property names.</summary>
    /// <returns>The 14 models.</returns>
    public static PromptCultureModel[] GetSupportedCultures() => new[]
    {
        Bulgarian,
        Chinese,
        Dutch,
        English,
        French,
        German,
        Hindi,
        Italian,
        Japanese,
        Korean,
        Portuguese,
        Spanish,
        Swedish,
        Turkish,
    };

    /// <summary>
    /// Maps a culture code to the supported locale for its language: "en-GB" and "en" give "en-us", "es-MX" gives "es-es".
    /// </summary>
    /// <param name="cultureCode">A culture code in any case.</param>
    /// <returns>
    /// The input when it is null, empty or whitespace; otherwise the lower-cased code when it is supported, else the
    /// first supported locale starting with its language part (the text before the first '-'), else the lower-cased code.
    /// </returns>
    [return: NotNullIfNotNull(nameof(cultureCode))]
    public static string? MapToNearestLanguage(string? cultureCode)
    {
        if (string.IsNullOrWhiteSpace(cultureCode))
        {
            return cultureCode;
        }

        var code = cultureCode.ToLowerInvariant();
        if (SupportedLocales.Contains(code, StringComparer.Ordinal))
        {
            return code;
        }

        // A plain prefix test, as in the SDK: the language part of "es-mx" is "es", which picks "es-es".
        var language = code.Split('-')[0];
        return SupportedLocales.FirstOrDefault(l => l.StartsWith(language, StringComparison.Ordinal)) ?? code;
    }
}
