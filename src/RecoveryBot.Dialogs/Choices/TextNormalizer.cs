using System.Globalization;
using System.Text;

namespace RecoveryBot.Dialogs.Choices;

/// <summary>Turns user text into comparable tokens: lower case, no accents, no punctuation, symbols or emoji.</summary>
public static class TextNormalizer
{
    /// <summary>Splits normalised text into tokens.</summary>
    /// <param name="text">Any text, or null.</param>
    /// <returns>The tokens; empty when nothing word-like is left.</returns>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Array.Empty<string>();
        }

        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // Half a surrogate pair cannot be normalised. The loop below keeps no surrogate anyway, so they go first.
            decomposed = string.Concat(text.Where(c => !char.IsSurrogate(c))).Normalize(NormalizationForm.FormD);
        }

        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.Format:
                    break;
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.DecimalDigitNumber:
                    sb.Append(char.ToLowerInvariant(c));
                    break;
                default:
                    sb.Append(' ');
                    break;
            }
        }

        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// Optimal string alignment distance (edits, with adjacent swaps counting as one), capped for speed.
    /// </summary>
    /// <param name="a">First word.</param>
    /// <param name="b">Second word.</param>
    /// <returns>The distance.</returns>
    public static int EditDistance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Whether two tokens are the same word, allowing one typo in words of four or more letters.</summary>
    /// <param name="expected">The token from the choice.</param>
    /// <param name="actual">The token the user typed.</param>
    /// <returns>True when they match.</returns>
    public static bool SameWord(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return true;
        }

        return expected.Length >= 4 && actual.Length >= 4
               && Math.Abs(expected.Length - actual.Length) <= 1
               && EditDistance(expected, actual) <= 1;
    }
}
