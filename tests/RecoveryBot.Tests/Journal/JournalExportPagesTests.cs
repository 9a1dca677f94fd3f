using RecoveryBot.Journal;

namespace RecoveryBot.Tests.Journal;

public sealed class JournalExportPagesTests
{
    // Newest first, as the journal store hands them out.
    private static List<JournalEntry> ProfileWith(params string[] texts) =>
        [.. texts.Select((text, i) => new JournalEntry { Title = $"Entry {i + 1}", Text = text, CreatedAt = new DateTimeOffset(2026, 11, 20 + i, 9, 0, 0, TimeSpan.Zero) }).Reverse()];

    private static string Words(string text) => string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void A_short_journal_is_one_page_newest_first()
    {
        var page = Assert.Single(JournalPresenter.ExportPages(ProfileWith("first words", "second words")));

        Assert.StartsWith("## Entry 2", page);
        Assert.True(page.IndexOf("second words", StringComparison.Ordinal) < page.IndexOf("first words", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_break_between_entries_and_long_entries_at_a_space_and_lose_no_word()
    {
        var longText = string.Join(' ', Enumerable.Range(1, 400).Select(i => $"word{i}"));
        var profile = ProfileWith("a short one", longText, "another short one");

        var pages = JournalPresenter.ExportPages(profile, pageLength: 500);

        Assert.All(pages, p => Assert.InRange(p.Length, 1, 500));
        Assert.True(pages.Count > 5);
        Assert.Equal(Words(string.Concat(profile.Select(e => $"## {e.Title} _x_ {e.Text} "))).Replace(" _x_", "", StringComparison.Ordinal),
            Words(string.Join(' ', pages)).Replace("_20 November 2026_ ", "", StringComparison.Ordinal).Replace("_21 November 2026_ ", "", StringComparison.Ordinal).Replace("_22 November 2026_ ", "", StringComparison.Ordinal));
        Assert.DoesNotContain(pages, p => p.Contains("word12word", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cut_never_falls_inside_an_emoji()
    {
        var pages = JournalPresenter.ExportPages(ProfileWith(string.Concat(Enumerable.Repeat("🌱", 700))), pageLength: 501);

        Assert.All(pages, p => Assert.False(char.IsHighSurrogate(p[^1]) || char.IsLowSurrogate(p[0]), "a page ends or starts with half an emoji"));
        Assert.Equal(700, pages.Sum(p => p.Split("🌱").Length - 1));
    }
}
