using RecoveryBot.Bots;
using RecoveryBot.CheckIns;
using RecoveryBot.Conversation;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Conversation;

/// <summary>"delete my data" asks first, and "yes" erases the user's rows from the store itself.</summary>
public sealed class DeleteMyDataTests : IDisposable
{
    private const string ConversationKey = "emulator/conversations/conversation-1";
    private const string UserKey = "emulator/users/user-1";

    private readonly TempDirectory _folder = new();
    private readonly TestApp _app;

    public DeleteMyDataTests() => _app = new TestApp(_folder.File("bot.db"), new FakeTimeProvider(Walks.Wednesday));

    /// <summary>A finished plan with a check-in, another exercise half done, and another user's plan beside it.</summary>
    // Both plan amends for "next Saturday" from Wednesday 25 November: Saturday 5 December.
    private static readonly string SaturdayPrefix = CheckInStore.DayPrefix(new DateOnly(2026, 12, 5));

    // The person's journal entries, one item each, as one text.
    private static string Journal(IReadOnlyDictionary<string, string> rows, string userId = "user-1") =>
        string.Join("\n", rows.Where(r => r.Key.StartsWith("journal/" + Uri.EscapeDataString("emulator/" + userId) + "/", StringComparison.Ordinal)).Select(r => r.Value));

    // Every check-in due that Saturday, one item each, as one text.
    private static string Saturday(IReadOnlyDictionary<string, string> rows) =>
        string.Join("\n", rows.Where(r => r.Key.StartsWith(SaturdayPrefix, StringComparison.Ordinal)).Select(r => r.Key + " " + r.Value));

    private async Task<Chat> SomeoneWithDataAsync()
    {
        await Walks.FinishPlanAmendsAsync(Walks.StartChat(_app, conversationId: "other-conversation", userId: "other-user"), person: "Priya");
        var chat = Walks.StartChat(_app);
        await Walks.FinishPlanAmendsAsync(chat, person: "Maria");
        await Walks.SetBoundariesUpToStatementAsync(chat);
        var rows = (await StateTable.ReadAllDecryptedAsync(_app));
        Assert.Contains("Maria", Journal(rows));
        Assert.Contains("you check my phone", rows[ConversationKey]);
        Assert.Single(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default));
        Assert.Single(await _app.Get<CheckInStore>().ListForUserAsync("emulator/other-user", default));
        return chat;
    }

    [Fact]
    public async Task Delete_my_data_asks_first_and_no_deletes_nothing()
    {
        var chat = await SomeoneWithDataAsync();
        var before = (await StateTable.ReadAllDecryptedAsync(_app));

        var ask = Assert.Single(await chat.SayAsync("delete my data"));
        var no = await chat.SayAsync("no");

        Assert.Equal(BotMessages.ConfirmDelete, ask.Text);
        Assert.Equal(["Yes", "No"], ask.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(BotMessages.NothingDeleted, no[0].Text);
        Assert.StartsWith("Here is your boundary", no.LastText());
        var after = (await StateTable.ReadAllDecryptedAsync(_app));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Contains("Maria", Journal(after));
        Assert.Contains("Maria", Saturday(after));
        Assert.Contains("you check my phone", after[ConversationKey]);
    }

    [Fact]
    public async Task Yes_erases_the_conversation_the_user_and_their_check_in_from_the_store()
    {
        var chat = await SomeoneWithDataAsync();

        await chat.SayAsync("delete my data");
        var done = await chat.SayAsync("yes");

        Assert.Equal(BotMessages.DataDeleted, Assert.Single(done).Text);
        var rows = (await StateTable.ReadAllDecryptedAsync(_app));
        Assert.False(rows.ContainsKey(ConversationKey), "the conversation's row is still there");
        Assert.False(rows.ContainsKey(UserKey), "the user's row is still there");
        Assert.DoesNotContain("Maria", Saturday(rows));
        Assert.DoesNotContain("emulator/user-1", Saturday(rows));
        Assert.False(rows.ContainsKey("checkins/user/emulator/user-1"), "the user's check-in index is still there");
        Assert.DoesNotContain(rows.Values, v => v.Contains("you check my phone") || v.Contains("Maria"));

        // The other user's data is untouched.
        Assert.Contains("Priya", Journal(rows, "other-user"));
        Assert.Contains("Priya", Saturday(rows));
    }

    [Fact]
    public async Task After_deleting_the_next_message_starts_fresh()
    {
        var chat = await SomeoneWithDataAsync();
        await chat.SayAllAsync("delete my data", "yeah");

        Assert.Equal([BotMessages.NothingPaused, Menu.Text], (await chat.SayAsync("resume")).Texts());
        Assert.StartsWith("Your journal is empty for now.", (await chat.SayAsync("my reflections"))[0].Text);
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}
