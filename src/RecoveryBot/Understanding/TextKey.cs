using System.Text;
using RecoveryBot.Dialogs.Choices;

namespace RecoveryBot.Understanding;

/// <summary>The form messages are compared and classified in: lowercase, straight apostrophes, words and "?" only.</summary>
public static class TextKey
{
    /// <summary>Lowercase words separated by single spaces; "?" kept as a word of its own, other punctuation dropped.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in TextNormalizer.Normalize(text, NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' or '‘')
            {
                // "don't" and "dont" are the same word to people typing fast.
                continue;
            }
            else if (c == '?')
            {
                builder.Append(" ? ");
            }
            else
            {
                builder.Append(' ');
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The key without a trailing question mark: "help?" is the phrase "help".</summary>
    public static string OfPhrase(string? text) => Of(text).TrimEnd('?', ' ');
}
