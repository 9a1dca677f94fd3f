using RecoveryBot.Bots;
using RecoveryBot.Conversation;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Conversation;

/// <summary>help, menu, pause, resume and cancel in the middle of an exercise.</summary>
public sealed class GlobalCommandTests : IDisposable
{
    private const string MethodQuestion = "How would you like to reach out?";

    private readonly TempDirectory _folder = new();
    private readonly TestApp _app;

    public GlobalCommandTests() => _app = new TestApp(_folder.File("bot.db"), new FakeTimeProvider(Walks.Wednesday));

    [Fact]
    public async Task Help_shows_the_commands_then_asks_the_same_question_again()
    {
        var chat = Walks.StartChat(_app);
        await Walks.PlanAmendsUpToMethodAsync(chat);

        var replies = await chat.SayAsync("help");

        Assert.Equal([BotMessages.Help, MethodQuestion], replies.Texts());
        Assert.Contains("A letter", replies[1].SuggestedActions.Actions.Select(a => a.Title));
        Assert.StartsWith("A letter lets your mom", (await chat.SayAsync("a letter"))[0].Text);
    }

    [Fact]
    public async Task Menu_pauses_the_exercise_and_resume_returns_to_the_same_question()
    {
        var chat = Walks.StartChat(_app);
        await Walks.PlanAmendsUpToMethodAsync(chat);

        var menu = await chat.SayAsync("menu");
        var resumed = await chat.SayAsync("resume");

        Assert.Equal(["I've paused Plan amends and kept your place; type \"resume\" to go back to it.", Menu.Text], menu.Texts());
        Assert.Equal(["Let's pick up Plan amends where you left off.", MethodQuestion], resumed.Texts());
        Assert.StartsWith("A letter lets your mom", (await chat.SayAsync("letter"))[0].Text);
    }

    [Fact]
    public async Task Pausing_a_second_exercise_says_that_the_first_is_set_aside()
    {
        var chat = Walks.StartChat(_app);
        await Walks.PlanAmendsUpToMethodAsync(chat);
        await chat.SayAsync("pause");
        await chat.SayAsync("set boundaries");

        var paused = await chat.SayAsync("pause");

        Assert.Contains("Plan amends, which was paused before, is set aside", Assert.Single(paused).Text);
        Assert.Contains("Set boundaries", (await chat.SayAsync("resume"))[0].Text);
    }

    [Fact]
    public async Task Pause_asks_nothing_more_until_resume()
    {
        var chat = Walks.StartChat(_app);
        await Walks.PlanAmendsUpToMethodAsync(chat);

        var paused = await chat.SayAsync("pause");
        var meanwhile = await chat.SayAsync("hello");
        var resumed = await chat.SayAsync("resume");

        Assert.Equal("Okay, I've paused Plan amends and kept your place. Type \"resume\" whenever you're ready, today or another day.", Assert.Single(paused).Text);
        Assert.Equal([BotMessages.GreetingReply, Menu.Text], meanwhile.Texts());
        Assert.Equal(["Let's pick up Plan amends where you left off.", MethodQuestion], resumed.Texts());
        await chat.SayAllAsync("in person", "next Saturday", "call my sponsor", "talk first");
        Assert.Contains("What you want to acknowledge: I missed her birthday twice", (string?)chat.Last.AdaptiveCard()["body"]![1]!["text"]);
    }

    [Fact]
    public async Task Cancel_ends_the_exercise_and_asks_nothing_more()
    {
        var chat = Walks.StartChat(_app);
        await Walks.PlanAmendsUpToMethodAsync(chat);

        var cancelled = await chat.SayAsync("cancel");
        var resume = await chat.SayAsync("resume");
        var after = await chat.SayAsync("a letter");

        Assert.Equal(BotMessages.Cancelled, Assert.Single(cancelled).Text);
        Assert.Equal([BotMessages.NothingPaused, Menu.Text], resume.Texts());
        Assert.DoesNotContain(chat.Transcript, t => t.Contains("A letter lets") || t.Contains("When would you like to reach out"));
        Assert.StartsWith(BotMessages.NotSureWhichExercise, Assert.Single(after).Text);
    }

    [Fact]
    public async Task Cancel_with_nothing_running_says_so()
    {
        var chat = Walks.StartChat(_app);

        Assert.Equal(BotMessages.NothingToCancel, Assert.Single(await chat.SayAsync("cancel")).Text);
    }

    [Fact]
    public async Task Resume_with_nothing_paused_says_so_and_offers_the_menu()
    {
        var chat = Walks.StartChat(_app);

        var replies = await chat.SayAsync("resume");

        Assert.Equal([BotMessages.NothingPaused, Menu.Text], replies.Texts());
    }

    [Fact]
    public async Task Resume_during_an_exercise_that_is_not_paused_asks_the_current_question_again()
    {
        var chat = Walks.StartChat(_app);
        await Walks.PlanAmendsUpToMethodAsync(chat);

        Assert.Equal([MethodQuestion], (await chat.SayAsync("resume")).Texts());
    }

    [Fact]
    public async Task Pause_with_nothing_running_says_so()
    {
        var chat = Walks.StartChat(_app);

        Assert.Equal(BotMessages.NothingToPause, Assert.Single(await chat.SayAsync("pause")).Text);
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}
