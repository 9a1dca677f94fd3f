using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using RecoveryBot.Wording;

namespace RecoveryBot.Journal;

/// <summary>Turns the journal into messages: the list, one entry, and the Markdown export.</summary>
public static class JournalPresenter
{
    /// <summary>How many entries the list shows: the newest; the rest are opened by number or exported.</summary>
    public const int ListLength = 20;

    /// <summary>The numbered list of <paramref name="newest"/> (newest first) out of <paramref name="total"/>, with what can
    /// be done next.</summary>
    public static string List(IReadOnlyList<JournalEntry> newest, int total)
    {
        ArgumentNullException.ThrowIfNull(newest);
        if (newest.Count == 0)
        {
            return BotMessages.EmptyText;
        }

        var text = new StringBuilder(total > newest.Count ? string.Format(CultureInfo.InvariantCulture, BotMessages.JournalListNewestHeadingFormat, newest.Count, total) : BotMessages.JournalListHeading).Append("\n\n");
        for (var i = 0; i < newest.Count; i++)
        {
            text.AppendFormat(CultureInfo.InvariantCulture, BotMessages.JournalListLineFormat, i + 1, newest[i].Title, FormatDate(newest[i].CreatedAt)).Append('\n');
        }

        if (total > newest.Count)
        {
            text.Append('\n').AppendFormat(CultureInfo.InvariantCulture, BotMessages.JournalListOlderFormat, newest.Count + 1, total);
        }

        text.Append('\n').Append(BotMessages.JournalListTail);
        return text.ToString();
    }

    /// <summary>One entry in full.</summary>
    public static string Open(JournalEntry entry) => $"{entry.Title} ({FormatDate(entry.CreatedAt)})\n\n{entry.Text}";

    /// <summary>Every entry as one Markdown file, attached inline so it works without a file server.</summary>
    public static Attachment Export(IReadOnlyList<JournalEntry> newestFirst)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        var markdown = BotMessages.JournalExportHeading + "\n\n" + string.Concat(ExportSections(newestFirst));
        return new Attachment
        {
            ContentType = "text/markdown",
            Name = "my-reflections.md",
            ContentUrl = "data:text/markdown;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(markdown)),
        };
    }

    /// <summary>
    /// Every entry as text, for a channel that takes no inline file (Teams refuses one): pages of at most
    /// <paramref name="pageLength"/> characters, broken between entries, and inside an entry longer than a page at a line
    /// or a space.
    /// </summary>
    public static IReadOnlyList<string> ExportPages(IReadOnlyList<JournalEntry> newestFirst, int pageLength = 8000)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageLength, 200);
        var pages = new List<string>();
        var page = new StringBuilder();
        foreach (var section in ExportSections(newestFirst))
        {
            var rest = section;
            while (rest.Length > 0)
            {
                if (page.Length + rest.Length <= pageLength)
                {
                    page.Append(rest);
                    break;
                }

                if (page.Length > 0)
                {
                    pages.Add(page.ToString().TrimEnd());
                    page.Clear();
                    continue;
                }

                var cut = rest.LastIndexOf('\n', pageLength - 1);
                cut = cut > pageLength / 2 ? cut : rest.LastIndexOf(' ', pageLength - 1);
                cut = cut > pageLength / 2 ? cut + 1 : pageLength;
                if (char.IsHighSurrogate(rest[cut - 1]))
                {
                    cut--; // never half an emoji
                }

                pages.Add(rest[..cut].TrimEnd());
                rest = rest[cut..];
            }
        }

        if (page.Length > 0)
        {
            pages.Add(page.ToString().TrimEnd());
        }

        return pages;
    }

    private static IEnumerable<string> ExportSections(IReadOnlyList<JournalEntry> newestFirst) =>
        newestFirst.Select(entry => $"## {entry.Title}\n\n_{FormatDate(entry.CreatedAt)}_\n\n{entry.Text}\n\n");

    private static string FormatDate(DateTimeOffset date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"));
}
