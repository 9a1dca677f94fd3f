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

        var decomposed = Normalize(text, NormalizationForm.FormD);
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
    /// <paramref name="text"/> in <paramref name="form"/>, never throwing on what people can send. The runtime refuses to
    /// normalise half a surrogate pair and U+FFFE (it throws, and the caller would read nothing, or fail the turn): each
    /// becomes U+FFFD first, as a decoder would make it.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="form">The normalisation form.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalize(string text, NormalizationForm form)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[]? repaired = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c == '\uFFFE')
            {
                repaired ??= text.ToCharArray();
                repaired[i] = '\uFFFD';
            }
        }

        return (repaired is null ? text : new string(repaired)).Normalize(form);
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

    /// <summary>
    /// The last sentence with a letter or digit in it, without its closing mark: "I said no. Open 2." ends with
    /// "Open 2", "Open 2. Just kidding." with "Just kidding"; "" when there is none.
    /// </summary>
    public static string LastSentence(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var end = text.Length;
        while (end > 0)
        {
            var mark = text.LastIndexOfAny(SentenceEnds, end - 1);
            var sentence = text[(mark + 1)..end];
            if (sentence.Any(char.IsLetterOrDigit))
            {
                return sentence;
            }

            end = Math.Max(mark, 0);
        }

        return "";
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n', '\r', '\u2026', '\uFF1F', '\uFF01', '\u3002'];
}
