using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;

namespace RecoveryBot.Journal;

/// <summary>Turns the journal into messages: the list, one entry, and the Markdown export.</summary>
public static class JournalPresenter
{
    /// <summary>Said when there is nothing saved yet.</summary>
    public const string EmptyText = "Your journal is empty for now. When you finish an exercise, its summary is saved here.";

    /// <summary>The entries newest first, as the user numbers them.</summary>
    public static IReadOnlyList<JournalEntry> NewestFirst(UserProfile profile) =>
        profile.Journal.OrderByDescending(e => e.CreatedAt).ToList();

    /// <summary>The numbered list, newest first, with what can be done next.</summary>
    public static string List(UserProfile profile)
    {
        var entries = NewestFirst(profile);
        if (entries.Count == 0)
        {
            return EmptyText;
        }

        var text = new StringBuilder("Your reflections, newest first:\n\n");
        for (var i = 0; i < entries.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {entries[i].Title} ({FormatDate(entries[i].CreatedAt)})\n");
        }

        text.Append("\nType \"open 1\" to read one, \"delete reflection 1\" to delete one, or \"export my reflections\" to get them all as a file.");
        return text.ToString();
    }

    /// <summary>One entry in full.</summary>
    public static string Open(JournalEntry entry) => $"{entry.Title} ({FormatDate(entry.CreatedAt)})\n\n{entry.Text}";

    /// <summary>Every entry as one Markdown file, attached inline so it works without a file server.</summary>
    public static Attachment Export(UserProfile profile)
    {
        var markdown = new StringBuilder("# My reflections\n\n");
        foreach (var entry in NewestFirst(profile))
        {
            markdown.Append(CultureInfo.InvariantCulture, $"## {entry.Title}\n\n_{FormatDate(entry.CreatedAt)}_\n\n{entry.Text}\n\n");
        }

        return new Attachment
        {
            ContentType = "text/markdown",
            Name = "my-reflections.md",
            ContentUrl = "data:text/markdown;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(markdown.ToString())),
        };
    }

    private static string FormatDate(DateTimeOffset date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"));
}
