using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Privacy;

/// <summary>
/// "Who can read this?" in plain words gets a plain answer, at the menu and in the middle of an exercise (then the same
/// question again), over the real endpoint. A user trial (2026-12-08) asked it a dozen ways and got the menu, "ask your
/// sponsor", or the journal.
/// </summary>
public sealed class PrivacyQuestionsTests : IDisposable
{
    private const string Answer = "Here's how what you write is kept private:";
    private readonly TempDirectory _folder = new();

    private BotApplicationFactory App(IReadOnlyDictionary<string, string?>? extra = null) => BotApplicationFactory.WithSqlite(_folder.File("bot.db"), extra);

    [Theory]
    [InlineData("Before anything. Who can read this.")]
    [InlineData("Does my insurance company see this. YES or NO.")]
    [InlineData("How long do you keep my stuff.")]
    [InlineData("will my probation officer be able to read any of this")]
    [InlineData("privacy")]
    public async Task A_privacy_question_at_the_menu_gets_the_plain_answer(string text)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();

        var replies = await client.SayAsync(text);

        Assert.StartsWith(Answer, replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("90 days after your last visit", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("delete my data", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Nobody is alerted", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_middle_of_an_exercise_it_is_answered_and_the_same_question_asked_again()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");
        await client.SayAsync("Sam");
        var question = (await client.SayAsync("yes"))[^1].Text;

        var replies = await client.SayAsync("wait, does my insurance company see this?");

        Assert.StartsWith(Answer, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(question, replies[^1].Text);
    }

    [Theory]
    [InlineData("does deleting actually delete or is there a backup somewhere")]
    [InlineData("Is my data stored encrypted?")]
    public async Task A_question_about_erasing_is_answered_and_erases_nothing(string text)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");
        await client.SayAsync("Sam");

        var replies = await client.SayAsync(text);

        Assert.StartsWith(Answer, replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, a => a.Text.Contains("Are you sure?", StringComparison.Ordinal));
        // Nothing was erased: the exercise goes on with Sam.
        Assert.Contains("Sam", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_escalation_webhook_the_answer_says_the_service_is_told_without_the_words()
    {
        using var app = App(new Dictionary<string, string?> { ["Safety:EscalationWebhookUrl"] = "https://example.org/hook" });
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();

        var replies = await client.SayAsync("who can see what i write here");

        Assert.Contains("the people who run this service are told that a conversation may need attention and what kind of danger it sounded like, never what you wrote", replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my girlfriend reads my texts while I'm asleep and it makes me furious")]
    [InlineData("I told my doctor about the drinking today")]
    public async Task Talk_about_privacy_in_ones_life_is_not_taken_as_the_question(string text)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();

        var replies = await client.SayAsync(text);

        Assert.DoesNotContain(replies, a => a.Text.StartsWith(Answer, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ok gracias, bye")]
    [InlineData("ok thanks bye")]
    public async Task A_goodbye_at_the_menu_gets_a_kind_word_and_no_menu(string text)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();

        var replies = await client.SayAsync(text);

        Assert.Equal(Wording.BotMessages.FarewellReply, Assert.Single(replies).Text);
    }

    public void Dispose() => _folder.Dispose();
}
