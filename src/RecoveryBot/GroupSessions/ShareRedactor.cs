using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace RecoveryBot.GroupSessions;

/// <summary>Takes email addresses, phone numbers and links out of an answer before it is shown to a group, with the
/// recognizers made for them (Microsoft.Recognizers.Text.Sequence).</summary>
public static class ShareRedactor
{
    /// <summary>What replaces an email address.</summary>
    public const string Email = "[email removed]";

    /// <summary>What replaces a phone number.</summary>
    public const string Phone = "[phone number removed]";

    /// <summary>What replaces a link.</summary>
    public const string Link = "[link removed]";

    /// <summary>The text with every email address, phone number and link replaced.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = SequenceRecognizer.RecognizeEmail(text, Culture.English).Select(r => (r.Start, r.End, Email))
            .Concat(SequenceRecognizer.RecognizePhoneNumber(text, Culture.English).Select(r => (r.Start, r.End, Phone)))
            .Concat(SequenceRecognizer.RecognizeURL(text, Culture.English).Select(r => (r.Start, r.End, Link)))
            .Select(r => (r.Start, End: TrimEnd(text, r.Start, r.End), r.Item3))
            .OrderBy(r => r.Start).ThenByDescending(r => r.End)
            .ToList();

        // Longest first at each place; a span inside one already taken (the domain of an email read as a link) is dropped.
        var result = new System.Text.StringBuilder();
        var next = 0;
        foreach (var (start, end, replacement) in found)
        {
            if (start < next || start < 0 || end >= text.Length)
            {
                continue;
            }

            result.Append(text, next, start - next).Append(replacement);
            next = end + 1;
        }

        return result.Append(text, next, text.Length - next).ToString();
    }

    // A link at the end of a sentence is recognised with the sentence's full stop; the stop stays.
    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && end < text.Length && ".,;:!?)".Contains(text[end], StringComparison.Ordinal))
        {
            end--;
        }

        return end;
    }
}
