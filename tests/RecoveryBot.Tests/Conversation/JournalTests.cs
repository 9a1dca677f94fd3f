using System.Text;
using Microsoft.Data.Sqlite;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

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

        Assert.StartsWith("I've deleted \"Rebuilding trust\" from your journal.", Assert.Single(await chat.SayAsync("delete reflection 1")).Text, StringComparison.Ordinal);
        var list = Assert.Single(await chat.SayAsync("my reflections")).Text;

        Assert.Contains("1. A boundary (25 November 2026)", list);
        Assert.DoesNotContain("Rebuilding trust", list);
        Assert.Contains("I can't find reflection 2", Assert.Single(await chat.SayAsync("open 2")).Text);
    }

    // From a user trial: "Delete number 2." opened entry 2 and showed its private text instead of deleting it.
    [Fact]
    public async Task Delete_number_2_with_a_capital_deletes_it_and_shows_none_of_its_words()
    {
        using var app = new TestApp(DatabasePath, _clock);
        var chat = await FinishTwoExercisesAsync(app);
        await chat.SayAsync("my reflections");

        var reply = Assert.Single(await chat.SayAsync("Delete number 2.")).Text;

        Assert.StartsWith("I've deleted \"A boundary\" from your journal.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("I need some privacy.", chat.Transcript.Last());
        var list = Assert.Single(await chat.SayAsync("my reflections")).Text;
        Assert.Contains("1. Rebuilding trust (26 November 2026)", list);
        Assert.DoesNotContain("A boundary", list);
    }

    // From a user trial, after the list: plain words open or delete one entry, and never offer to erase everything.
    [Fact]
    public async Task A_numbered_entry_opens_and_deletes_in_plain_words()
    {
        using var app = new TestApp(DatabasePath, _clock);
        var chat = await FinishTwoExercisesAsync(app);
        await chat.SayAsync("my reflections");

        Assert.Contains("I need some privacy.", Assert.Single(await chat.SayAsync("open the second one")).Text);
        Assert.Contains("I need some privacy.", Assert.Single(await chat.SayAsync("open number two")).Text);
        Assert.Contains("Rebuilding trust with Jo.", Assert.Single(await chat.SayAsync("Show me #1")).Text);
        var deleted = await chat.SayAsync("I said DELETE. Not open. Delete reflection 2.");

        Assert.StartsWith("I've deleted \"A boundary\" from your journal.", Assert.Single(deleted).Text, StringComparison.Ordinal);
        var list = Assert.Single(await chat.SayAsync("my reflections")).Text;
        Assert.Contains("1. Rebuilding trust (26 November 2026)", list);
        Assert.DoesNotContain("A boundary", list);
    }

    [Theory]
    [InlineData("I deleted 2 messages from him")]
    [InlineData("delete reflections 1 and 2")] // once offered to erase everything
    [InlineData("Delete the second one please, the boundary")]
    [InlineData("don't delete number 2")]
    public async Task A_message_with_a_number_that_is_no_clear_request_deletes_nothing(string message)
    {
        using var app = new TestApp(DatabasePath, _clock);
        var chat = await FinishTwoExercisesAsync(app);
        await chat.SayAsync("my reflections");

        var replies = await chat.SayAsync(message);
        await chat.SayAsync("yes"); // even a yes after it

        Assert.DoesNotContain(BotMessages.ConfirmDelete, replies.Texts());
        Assert.DoesNotContain(replies.Texts(), t => t.StartsWith("I've deleted", StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Transcript, t => t == BotMessages.DataDeleted);
        Assert.Contains("1. Rebuilding trust (26 November 2026)\n2. A boundary (25 November 2026)", (await chat.SayAsync("my reflections")).Joined());
    }

    [Fact]
    public async Task Asking_to_delete_numbered_entries_in_a_way_not_understood_says_how_instead_of_offering_to_erase_everything()
    {
        using var app = new TestApp(DatabasePath, _clock);
        var chat = await FinishTwoExercisesAsync(app);

        var reply = await chat.SayAsync("delete reflections 1 and 2");

        Assert.Equal(BotMessages.DeleteOneOrAll, reply[0].Text);
        Assert.Contains(BotMessages.ConfirmDelete, (await chat.SayAsync("delete my data")).Texts());
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
    public async Task Delete_minus_1_is_not_read_as_delete_1_and_the_journal_keeps_both()
    {
        using var app = new TestApp(DatabasePath, _clock);
        var chat = await FinishTwoExercisesAsync(app);

        await chat.SayAsync("delete -1");
        await chat.SayAsync("menu");

        // At the menu, the list and then the menu again.
        Assert.Contains("1. Rebuilding trust (26 November 2026)\n2. A boundary (25 November 2026)", (await chat.SayAsync("my reflections")).Joined());
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

    [Fact]
    public async Task A_long_journal_lists_the_newest_twenty_and_older_ones_open_by_number()
    {
        using var app = new TestApp(DatabasePath, _clock);
        var chat = Walks.StartChat(app);
        var store = app.Get<RecoveryBot.Journal.JournalStore>();
        for (var i = 1; i <= 25; i++)
        {
            await store.AddAsync("emulator/user-1", new RecoveryBot.Journal.JournalEntry { Title = $"Reflection {i}", Text = $"words {i}", CreatedAt = Walks.Wednesday.AddHours(-i) }, default);
        }

        var list = Assert.Single(await chat.SayAsync("my reflections")).Text;

        Assert.StartsWith("Your 20 newest reflections of 25:", list);
        Assert.Contains("1. Reflection 1 (25 November 2026)", list);
        Assert.Contains("20. Reflection 20 (", list);
        Assert.DoesNotContain("Reflection 21", list);
        Assert.Contains("Older ones are numbered on from 21 to 25.", list);
        Assert.StartsWith("Reflection 23 (", Assert.Single(await chat.SayAsync("open 23")).Text);
        Assert.Contains("Your journal has 25", Assert.Single(await chat.SayAsync("open 26")).Text);
    }

    [Fact]
    public async Task A_journal_kept_in_the_profile_before_2026_11_30_is_moved_out_and_still_listed_opened_and_erased()
    {
        using var app = new TestApp(DatabasePath, _clock);
        var chat = Walks.StartChat(app);
        await chat.SayAsync("hello");

        // The old shape: the entries inside the user's state.
        var state = new Microsoft.Bot.Builder.UserState(app.Get<Microsoft.Bot.Builder.IStorage>());
        var context = new Microsoft.Bot.Builder.TurnContext(new Microsoft.Bot.Builder.Adapters.TestAdapter("emulator"), new Microsoft.Bot.Schema.Activity
        {
            Type = "message", ChannelId = "emulator", From = new("user-1"), Conversation = new(id: "conversation-1"), Recipient = new("bot"),
        });
        var profile = await RecoveryBot.Storage.StatePropertyAccessorExtensions.GetOrCreateAsync(
            state.CreateProperty<RecoveryBot.Journal.UserProfile>("UserProfile"), context, () => new(), default);
        profile.Journal = [new() { Title = "Old reflection", Text = "kept from before", CreatedAt = Walks.Wednesday.AddDays(-3) }];
        await state.SaveChangesAsync(context, force: true);
        Assert.Contains("kept from before", (await StateTable.ReadAllDecryptedAsync(app))["emulator/users/user-1"]);

        // At the menu: the answer, then the menu again.
        Assert.Contains("1. Old reflection (22 November 2026)", (await chat.SayAsync("my reflections"))[0].Text);
        Assert.Contains("kept from before", (await chat.SayAsync("open 1"))[0].Text);
        var rows = await StateTable.ReadAllDecryptedAsync(app);
        Assert.DoesNotContain("kept from before", rows["emulator/users/user-1"]);
        Assert.Single(rows.Keys, k => k.StartsWith("journal/", StringComparison.Ordinal));

        await chat.SayAsync("delete my data");
        await chat.SayAsync("yes");
        Assert.DoesNotContain((await StateTable.ReadAllDecryptedAsync(app)).Keys, k => k.StartsWith("journal/", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
