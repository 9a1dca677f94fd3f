using System.Globalization;
using System.Text.RegularExpressions;

namespace RecoveryBot.Tests;

/// <summary>
/// Lone surrogates for theory rows. An attribute's string argument is stored as UTF-8, which cannot hold a lone
/// surrogate (the compiler writes U+FFFD instead), so a row writes one as "{D800}" and the test makes it real here.
/// </summary>
internal static partial class LoneSurrogates
{
    /// <summary><paramref name="text"/> with every "{D800}" to "{DFFF}" made the lone UTF-16 unit it names.</summary>
    public static string? In(string? text) =>
        text is null ? null : Placeholder().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\{(D[89A-F][0-9A-F]{2})\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
