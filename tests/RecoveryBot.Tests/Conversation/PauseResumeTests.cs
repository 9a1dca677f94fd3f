using Microsoft.Data.Sqlite;
using RecoveryBot.Bots;
using RecoveryBot.Conversation;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Conversation;

/// <summary>A paused exercise survives an app restart; after a long break the bot asks before carrying on.</summary>
public sealed class PauseResumeTests : IDisposable
{
    private const string MethodQuestion = "How would you like to reach out?";
    private const string WelcomeBack = "Welcome back. Last time we were in the middle of Plan amends. Would you like to continue where you left off?";

    private readonly TempDirectory _folder = new();

    private string DatabasePath => _folder.File("bot.db");

    [Fact]
    public async Task A_paused_exercise_is_resumed_after_an_app_restart_with_its_answers()
    {
        var clock = new FakeTimeProvider(Walks.Wednesday);
        using (var first = new TestApp(DatabasePath, clock))
        {
            var chat = Walks.StartChat(first);
            await Walks.PlanAmendsUpToMethodAsync(chat);
            Assert.Contains("paused Plan amends", (await chat.SayAsync("pause")).LastText());
        }

        SqliteConnection.ClearAllPools();
        using var second = new TestApp(DatabasePath, clock);
        var again = Walks.StartChat(second);

        Assert.Equal(["Let's pick up Plan amends where you left off.", MethodQuestion], (await again.SayAsync("resume")).Texts());
        Assert.StartsWith("A letter lets your mom", (await again.SayAsync("a letter"))[0].Text);
    }

    [Fact]
    public async Task After_a_long_break_and_a_restart_the_bot_asks_and_yes_asks_the_same_question_again()
    {
        var clock = new FakeTimeProvider(Walks.Wednesday);
        using (var first = new TestApp(DatabasePath, clock))
        {
            await Walks.PlanAmendsUpToMethodAsync(Walks.StartChat(first));
        }

        SqliteConnection.ClearAllPools();
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        using var second = new TestApp(DatabasePath, clock);
        var chat = Walks.StartChat(second);

        var question = await chat.SayAsync("a letter");
        var yes = await chat.SayAsync("yes");

        Assert.Equal(WelcomeBack, Assert.Single(question).Text);
        Assert.Equal(["Yes", "No"], question[0].SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(["Let's pick up Plan amends where you left off.", MethodQuestion], yes.Texts());
        Assert.StartsWith("A letter lets your mom", (await chat.SayAsync("a letter"))[0].Text);
    }

    [Fact]
    public async Task No_after_a_long_break_shows_the_menu_and_the_exercise_stays_paused()
    {
        using var app = new TestApp(DatabasePath, new FakeTimeProvider(Walks.Wednesday));
        var chat = Walks.StartChat(app);
        await Walks.PlanAmendsUpToMethodAsync(chat);
        app.Clock!.Advance(TimeSpan.FromHours(5));

        Assert.Equal(WelcomeBack, Assert.Single(await chat.SayAsync("hi again")).Text);
        var no = await chat.SayAsync("no");
        var menuAnswer = await chat.SayAsync("nothing right now");
        var later = await chat.SayAsync("resume");

        Assert.Equal([BotMessages.KeptPaused, Menu.Text], no.Texts());
        Assert.DoesNotContain(menuAnswer, a => a.Text?.Contains(MethodQuestion) == true);
        Assert.Equal(["Let's pick up Plan amends where you left off.", MethodQuestion], later.Texts());
    }

    // The question after a long break is not the exercise's: a feeling or a greeting in reply is taken as what it is,
    // and "I'm not ready" is a no (it once read as "I'm" plus "ready", a yes).
    [Theory]
    [InlineData("rough day, just feel flat", BotMessages.FeelingReply)]
    [InlineData("I'm not ready", BotMessages.KeptPaused)]
    public async Task A_reply_to_welcome_back_that_is_not_a_yes_leaves_the_exercise_paused(string reply, string expectedFirst)
    {
        using var app = new TestApp(DatabasePath, new FakeTimeProvider(Walks.Wednesday));
        var chat = Walks.StartChat(app);
        await Walks.PlanAmendsUpToMethodAsync(chat);
        app.Clock!.Advance(TimeSpan.FromHours(5));

        Assert.Equal(WelcomeBack, Assert.Single(await chat.SayAsync("hi again")).Text);
        var answer = await chat.SayAsync(reply);

        Assert.Equal([expectedFirst, Menu.Text], answer.Texts());
        Assert.Equal(["Let's pick up Plan amends where you left off.", MethodQuestion], (await chat.SayAsync("resume")).Texts());
    }

    [Fact]
    public async Task A_break_shorter_than_the_setting_just_carries_on()
    {
        using var app = new TestApp(DatabasePath, new FakeTimeProvider(Walks.Wednesday));
        var chat = Walks.StartChat(app);
        await Walks.PlanAmendsUpToMethodAsync(chat);
        app.Clock!.Advance(TimeSpan.FromMinutes(59));

        Assert.StartsWith("A letter lets your mom", (await chat.SayAsync("a letter"))[0].Text);
    }

    [Fact]
    public async Task The_break_length_is_configurable()
    {
        using var app = new TestApp(DatabasePath, new FakeTimeProvider(Walks.Wednesday), new Dictionary<string, string?> { ["Exercises:AskToResumeAfter"] = "00:10:00" });
        var chat = Walks.StartChat(app);
        await Walks.PlanAmendsUpToMethodAsync(chat);
        app.Clock!.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(WelcomeBack, Assert.Single(await chat.SayAsync("a letter")).Text);
    }

    public void Dispose() => _folder.Dispose();
}
