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
    private readonly FakeTimeProvider _clock = new(Walks.Wednesday);
    private readonly TestApp _app;

    public DeleteMyDataTests() => _app = new TestApp(_folder.File("bot.db"), _clock);

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

    // One finished exercise in the journal, and another under way at its third question.
    private async Task<Chat> SomeoneMidExerciseAsync()
    {
        var chat = Walks.StartChat(_app);
        await Walks.FinishPlanAmendsAsync(chat, person: "Maria");
        await chat.SayAllAsync("plan amends", "my cousin Ana", "yes");
        Assert.Contains("Maria", Journal(await StateTable.ReadAllDecryptedAsync(_app)));
        return chat;
    }

    private const string AnasQuestion = "What do you want to acknowledge to";

    private async Task AssertNothingErasedAsync()
    {
        var rows = await StateTable.ReadAllDecryptedAsync(_app);
        Assert.Contains("Maria", Journal(rows));
        Assert.Contains("Ana", rows[ConversationKey]);
    }

    // A review of the trial's changes: "ok" became a plain yes, so the question must not outlive what came after it.
    [Theory]
    [InlineData("help now")]
    [InlineData("do you have a number i can call?")]
    [InlineData("I'm not going to hurt myself, I just feel low")]
    public async Task After_a_safety_reply_in_between_a_later_ok_erases_nothing(string between)
    {
        var chat = await SomeoneMidExerciseAsync();
        await chat.SayAsync("delete my data");
        await chat.SayAsync(between);

        Assert.DoesNotContain(BotMessages.DataDeleted, (await chat.SayAsync("ok")).Texts());
        await AssertNothingErasedAsync();
    }

    [Fact]
    public async Task A_yes_long_after_the_question_erases_nothing()
    {
        var chat = await SomeoneMidExerciseAsync();
        await chat.SayAsync("delete my data");
        _clock.Advance(TimeSpan.FromMinutes(11));

        Assert.DoesNotContain(BotMessages.DataDeleted, (await chat.SayAsync("yes")).Texts());
        await AssertNothingErasedAsync();
    }

    [Fact]
    public async Task A_yes_with_more_while_an_offer_waits_starts_nothing()
    {
        var chat = Walks.StartChat(_app);
        await Walks.FinishPlanAmendsAsync(chat, person: "Maria");
        await chat.SayAsync("i slipped up again yesterday");
        await chat.SayAsync("delete my data");

        var replies = await chat.SayAsync("yes, erase it all");

        Assert.Equal(BotMessages.NothingDeleted, replies.Texts().First());
        Assert.DoesNotContain(replies.Texts(), t => t.StartsWith("When did it happen?", StringComparison.Ordinal)); // After a slip's first question
        Assert.Contains("Maria", Journal(await StateTable.ReadAllDecryptedAsync(_app)));
    }

    // From a user trial: "Affirmative." and "si" were taken as no.
    [Theory]
    [InlineData("Affirmative.")]
    [InlineData("si")]
    [InlineData("S\u00ed")]
    [InlineData("Si\u0301")] // the accent typed as its own mark
    [InlineData("sure")]
    [InlineData("OK")]
    [InlineData("okay!")]
    [InlineData("go ahead")]
    [InlineData("Do it")]
    [InlineData("yes do it")]
    [InlineData("confirm")]
    [InlineData("Confirmed.")]
    [InlineData("absolutely")]
    [InlineData("definitely")]
    [InlineData("yes delete my data")]
    [InlineData("delete everything")]
    [InlineData("erase it")]
    [InlineData("erase everything")]
    [InlineData("yes")]
    public async Task A_clear_yes_said_alone_erases(string yes)
    {
        var chat = await SomeoneMidExerciseAsync();

        await chat.SayAsync("delete my data");
        var done = await chat.SayAsync(yes);

        Assert.Equal(BotMessages.DataDeleted, Assert.Single(done).Text);
        var rows = await StateTable.ReadAllDecryptedAsync(_app);
        Assert.DoesNotContain("Maria", Journal(rows));
        Assert.False(rows.ContainsKey(ConversationKey), "the conversation's row is still there");
    }

    [Theory]
    [InlineData("yes I called them")]
    [InlineData("ok but what happens to my check-ins")]
    [InlineData("sure, she was hurt a lot")]
    [InlineData("Affirmative?")]
    [InlineData("do it later")]
    [InlineData("yes?")]
    public async Task A_yes_with_anything_more_never_erases(string reply)
    {
        var chat = await SomeoneMidExerciseAsync();

        await chat.SayAsync("delete my data");
        var replies = await chat.SayAsync(reply);

        Assert.Equal(BotMessages.NothingDeleted, replies[0].Text);
        await AssertNothingErasedAsync();
    }

    [Theory]
    [InlineData("no")]
    [InlineData("Nope.")]
    [InlineData("cancel")]
    [InlineData("never mind")]
    [InlineData("don't delete anything")]
    public async Task A_plain_no_keeps_everything_and_asks_the_exercises_question_again(string no)
    {
        var chat = await SomeoneMidExerciseAsync();

        await chat.SayAsync("delete my data");
        var replies = await chat.SayAsync(no);

        Assert.Equal([BotMessages.NothingDeleted, AnasQuestion], replies.Texts().Select(t => t.StartsWith(AnasQuestion, StringComparison.Ordinal) ? AnasQuestion : t));
        await AssertNothingErasedAsync();
        Assert.Contains("I've paused Plan amends", (await chat.SayAsync("pause")).Joined());
    }

    // From a user trial: a question asked at "are you sure?" was silently taken as no.
    [Fact]
    public async Task A_question_there_keeps_everything_and_is_answered()
    {
        var chat = await SomeoneMidExerciseAsync();

        await chat.SayAsync("delete my data");
        var replies = await chat.SayAsync("Does that include backups. Or does a copy stay on some server.");

        Assert.Equal(BotMessages.NothingDeleted, replies[0].Text);
        // A question about backups is a privacy question: it gets the plain answer.
        Assert.StartsWith(PrivacyAnswer, replies[1].Text, StringComparison.Ordinal);
        Assert.StartsWith(AnasQuestion, replies[^1].Text);
        await AssertNothingErasedAsync();
        var rows = await StateTable.ReadAllDecryptedAsync(_app);
        Assert.DoesNotContain("backups", rows[ConversationKey] + Journal(rows)); // not kept as the answer
    }

    // The reply was to "are you sure?", never to the exercise's question: it is not kept as its answer.
    [Fact]
    public async Task Talk_there_mid_exercise_is_not_kept_as_the_exercises_answer()
    {
        var chat = await SomeoneMidExerciseAsync();

        await chat.SayAsync("delete my data");
        var replies = await chat.SayAsync("I hurt her so badly");

        Assert.Equal(BotMessages.NothingDeleted, replies[0].Text);
        Assert.StartsWith(AnasQuestion, replies[^1].Text);
        var rows = await StateTable.ReadAllDecryptedAsync(_app);
        Assert.DoesNotContain("hurt her so badly", rows[ConversationKey] + Journal(rows));
    }

    private const string PrivacyAnswer = "Here's how what you write is kept private:";

    [Fact]
    public async Task A_question_there_at_the_menu_is_answered_too()
    {
        var chat = Walks.StartChat(_app);
        await Walks.FinishPlanAmendsAsync(chat, person: "Maria");

        await chat.SayAsync("delete my data");
        var replies = await chat.SayAsync("Does that include backups. Or does a copy stay on some server.");

        Assert.Equal(BotMessages.NothingDeleted, replies[0].Text);
        Assert.StartsWith(PrivacyAnswer, replies[1].Text, StringComparison.Ordinal);
        Assert.Contains("Maria", Journal(await StateTable.ReadAllDecryptedAsync(_app)));
    }

    [Fact]
    public async Task Saying_it_again_in_other_words_asks_again()
    {
        var chat = await SomeoneMidExerciseAsync();

        await chat.SayAsync("delete my data");
        var again = await chat.SayAsync("I SAID AFFIRMATIVE. That means yes. Delete it.");

        Assert.Equal([BotMessages.NothingDeleted, BotMessages.ConfirmDelete], again.Texts());
        await AssertNothingErasedAsync();
        Assert.Equal(BotMessages.DataDeleted, Assert.Single(await chat.SayAsync("Affirmative")).Text);
        Assert.DoesNotContain("Maria", Journal(await StateTable.ReadAllDecryptedAsync(_app)));
    }

    [Fact]
    public async Task Another_command_there_is_done()
    {
        var chat = await SomeoneMidExerciseAsync();

        await chat.SayAsync("delete my data");
        var replies = await chat.SayAsync("open 1");

        Assert.Equal(BotMessages.NothingDeleted, replies[0].Text);
        Assert.Contains("Maria", replies[1].Text);
        Assert.StartsWith(AnasQuestion, replies[^1].Text);
    }

    // The question no longer waits once something else took the message: a yes much later, to another question, must
    // not erase everything (a group session's start once left it waiting).
    [Fact]
    public async Task A_group_session_started_there_leaves_no_question_waiting()
    {
        var chat = Walks.StartChat(_app);
        await Walks.FinishPlanAmendsAsync(chat, person: "Maria");

        await chat.SayAsync("delete my data");
        Assert.Equal(BotMessages.NothingDeleted, (await chat.SayAsync("start group session"))[0].Text);
        await chat.SayAsync("cancel");
        var yes = await chat.SayAsync("yes");

        Assert.DoesNotContain(BotMessages.DataDeleted, yes.Texts());
        Assert.Contains("Maria", Journal(await StateTable.ReadAllDecryptedAsync(_app)));
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}
