using System.Text;
using Microsoft.Data.Sqlite;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Conversation;

/// <summary>"my reflections": the list newest first, opening, deleting and exporting entries, across a restart.</summary>
public sealed class JournalTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly FakeTimeProvider _clock = new(Walks.Wednesday);

    private string DatabasePath => _folder.File("bot.db");

    /// <summary>A boundary on 25 November, then trust with Jo on 26 November.</summary>
    private async Task<Chat> FinishTwoExercisesAsync(TestApp app)
    {
        var chat = Walks.StartChat(app);
        await Walks.SetBoundariesUpToStatementAsync(chat);
        await chat.SayAllAsync("yes", "end the call", "out loud");
        _clock.Advance(TimeSpan.FromDays(1));
        await Walks.FinishRebuildTrustAsync(chat, "Jo");
        return chat;
    }

    [Fact]
    public async Task My_reflections_lists_them_newest_first_and_open_1_shows_the_newest_in_full()
    {
        using var app = new TestApp(DatabasePath, _clock);
        var chat = await FinishTwoExercisesAsync(app);

        var list = Assert.Single(await chat.SayAsync("my reflections")).Text;
        var opened = Assert.Single(await chat.SayAsync("open 1")).Text;

        Assert.Contains("1. Rebuilding trust (26 November 2026)\n2. A boundary (25 November 2026)", list);
        Assert.Contains("\"open 1\"", list);
        Assert.StartsWith("Rebuilding trust (26 November 2026)\n\nRebuilding trust with Jo.", opened);
        Assert.Contains("Your small promise this week: call on Sunday when I say I will", opened);
        Assert.Contains("I need some privacy.", Assert.Single(await chat.SayAsync("open 2")).Text);
    }

    [Fact]
    public async Task Delete_reflection_1_removes_the_newest_only()
    {
        using var app = new TestApp(DatabasePath, _clock);
        var chat = await FinishTwoExercisesAsync(app);

        Assert.Equal("I've deleted \"Rebuilding trust\" from your journal.", Assert.Single(await chat.SayAsync("delete reflection 1")).Text);
        var list = Assert.Single(await chat.SayAsync("my reflections")).Text;

        Assert.Contains("1. A boundary (25 November 2026)", list);
        Assert.DoesNotContain("Rebuilding trust", list);
        Assert.Contains("I can't find reflection 2", Assert.Single(await chat.SayAsync("open 2")).Text);
    }

    [Fact]
    public async Task Export_gives_a_markdown_file_with_the_users_words()
    {
        using var app = new TestApp(DatabasePath, _clock);
        var chat = await FinishTwoExercisesAsync(app);

        var reply = Assert.Single(await chat.SayAsync("export my reflections"));

        var file = Assert.Single(reply.Attachments);
        Assert.Equal("my-reflections.md", file.Name);
        Assert.Equal("text/markdown", file.ContentType);
        const string prefix = "data:text/markdown;base64,";
        Assert.StartsWith(prefix, file.ContentUrl);
        var markdown = Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl[prefix.Length..]));
        Assert.StartsWith("# My reflections\n\n## Rebuilding trust\n\n_26 November 2026_", markdown);
        Assert.Contains("## A boundary", markdown);
        Assert.Contains("Your boundary:\nWhen you check my phone, I feel watched. I need some privacy.", markdown);
        Assert.Contains("If it's crossed, you will: end the call", markdown);
        Assert.Contains("Rebuilding trust with Jo.", markdown);
        Assert.True(markdown.IndexOf("## Rebuilding trust", StringComparison.Ordinal) < markdown.IndexOf("## A boundary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_journal_survives_an_app_restart()
    {
        using (var first = new TestApp(DatabasePath, _clock))
        {
            await FinishTwoExercisesAsync(first);
        }

        SqliteConnection.ClearAllPools();
        using var second = new TestApp(DatabasePath, _clock);
        var chat = Walks.StartChat(second);

        Assert.Contains("1. Rebuilding trust (26 November 2026)\n2. A boundary (25 November 2026)", Assert.Single(await chat.SayAsync("my reflections")).Text);
        Assert.Contains("Rebuilding trust with Jo.", Assert.Single(await chat.SayAsync("open 1")).Text);
    }

    [Fact]
    public async Task An_empty_journal_says_so()
    {
        using var app = new TestApp(DatabasePath, _clock);
        var chat = Walks.StartChat(app);

        Assert.StartsWith("Your journal is empty for now.", Assert.Single(await chat.SayAsync("my reflections")).Text);
        Assert.StartsWith("Your journal is empty for now.", Assert.Single(await chat.SayAsync("export my reflections")).Text);
    }

    public void Dispose() => _folder.Dispose();
}
