using Microsoft.Bot.Schema;
using RecoveryBot.Bots;
using RecoveryBot.Exercises;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Conversation;

/// <summary>Answers the bot cannot use get a kind reply, questions are asked at most twice, and nothing is lost.</summary>
public sealed class BadAnswerTests : IDisposable
{
    private const string MethodQuestion = "How would you like to reach out?";
    private const string WhenQuestion = "When would you like to reach out to your mom?";

    private readonly TempDirectory _folder = new();
    private readonly TestApp _app;

    public BadAnswerTests() => _app = new TestApp(_folder.File("bot.db"), new FakeTimeProvider(Walks.Wednesday));

    [Fact]
    public async Task An_unrecognised_choice_twice_moves_on_and_the_exercise_continues()
    {
        var chat = Walks.StartChat(_app);
        await Walks.PlanAmendsUpToMethodAsync(chat);

        var first = await chat.SayAsync("carrier pigeon");
        var second = await chat.SayAsync("smoke signals");

        Assert.StartsWith("Which way feels right?", Assert.Single(first).Text);
        Assert.Equal(BotMessages.MoveOnMessage, second[0].Text);
        Assert.StartsWith(WhenQuestion, second.LastText());
        Assert.DoesNotContain(second, a => a.Text?.Contains(MethodQuestion) == true || a.Text?.StartsWith("Which way feels right?") == true);

        await chat.SayAllAsync("next Saturday", "call my sponsor", "ready");
        var summary = (string?)chat.Last.AdaptiveCard()["body"]![1]!["text"];
        Assert.DoesNotContain("How:", summary); // an unanswered method leaves no line in the summary
        Assert.Contains("When: Saturday 5 December", summary);
    }

    [Fact]
    public async Task An_unrecognised_yes_or_no_twice_moves_on()
    {
        var chat = Walks.StartChat(_app);
        await Walks.RebuildTrustUpToThinkAboutTimeAsync(chat);

        Assert.Equal("Just \"yes\" or \"no\" is fine.", (await chat.SayAsync("purple")).LastText());
        var replies = await chat.SayAsync("banana");

        Assert.Equal(BotMessages.MoveOnMessage, replies[0].Text);
        Assert.StartsWith("On days when it feels slow", replies[1].Text);
        Assert.Contains("no guess yet, and that's fine", (string?)replies.AdaptiveCard()["body"]![1]!["text"]);
    }

    [Fact]
    public async Task A_number_out_of_range_is_asked_again_once_then_left()
    {
        var chat = Walks.StartChat(_app);
        await chat.SayAllAsync("rebuild trust", "Jo", "no");

        Assert.StartsWith("A rough number works best", (await chat.SayAsync("five thousand")).LastText());
        var replies = await chat.SayAsync("-3");

        Assert.Equal(BotMessages.MoveOnMessage, replies[0].Text);
        Assert.StartsWith("Thank you for counting honestly (however many it was).", replies[1].Text);
        Assert.DoesNotContain(replies, a => a.Text?.Contains("5000") == true || a.Text?.Contains("-3") == true);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("not sure")]
    [InlineData("I'm not sure.")]
    [InlineData("I’m not sure")]
    public async Task Skip_or_not_sure_leaves_the_question_kindly(string words)
    {
        var chat = Walks.StartChat(_app);
        await chat.SayAllAsync("plan amends", "my mom", "yes");

        var replies = await chat.SayAsync(words);

        Assert.Equal(BotMessages.SkipMessage, replies[0].Text);
        Assert.StartsWith("Amends tend to land best", replies[1].Text);
        Assert.StartsWith("Now try writing what you'd like to say to your mom", replies.LastText());
    }

    [Fact]
    public async Task Not_sure_about_a_date_is_a_skip_and_the_summary_says_so()
    {
        var chat = Walks.StartChat(_app);
        await Walks.PlanAmendsUpToMethodAsync(chat);
        await chat.SayAsync("a letter");

        var replies = await chat.SayAsync("not sure");

        Assert.Equal(BotMessages.SkipMessage, replies[0].Text);
        Assert.StartsWith("Amends can stir up a lot. How will you take care of yourself afterwards?", replies[1].Text);
        await chat.SayAllAsync("call my sponsor", "ready"); // ready, so only the missing date stands in the way of a check-in
        var summary = (string?)chat.Last.AdaptiveCard()["body"]![1]!["text"];
        Assert.DoesNotContain("When:", summary); // an unanswered date leaves no line in the summary
        Assert.Contains("How: A letter", summary);
        Assert.DoesNotContain("check in", chat.Last.LastText());
    }

    [Fact]
    public async Task An_over_long_answer_gets_a_kind_retry_and_a_short_one_is_then_taken()
    {
        var chat = Walks.StartChat(_app);
        await chat.SayAllAsync("plan amends", "Maria", "yes");

        var replies = await chat.SayAsync(new string('x', 1501));

        Assert.Equal(2, replies.Count);
        Assert.Contains("Could you keep it under 1500 characters?", replies[0].Text);
        Assert.Equal("That's a bit long for me to keep. Could you shorten it to the main points?", replies[1].Text);
        Assert.DoesNotContain(replies, a => a.Text == AdapterWithErrorHandler.ApologyText);
        Assert.StartsWith("Now try writing what you'd like to say to Maria", (await chat.SayAsync("I missed her wedding")).LastText());
    }

    [Fact]
    public async Task Emoji_only_and_right_to_left_answers_are_kept_as_text()
    {
        var chat = Walks.StartChat(_app);

        await chat.SayAllAsync("acknowledge harm", "family", "مريم");
        Assert.Equal("How did your substance use affect your relationship with مريم?", chat.Last.LastText());
        Assert.StartsWith("What do you think مريم went through?", (await chat.SayAsync("💔😔")).LastText());
        await chat.SayAllAsync("🙏🏽", "שנים", "אחריות");

        var summary = (string?)chat.Last.AdaptiveCard()["body"]![1]!["text"];
        Assert.Contains("your relationship with مريم.", summary);
        Assert.Contains("What your use changed: 💔😔", summary);
        Assert.Contains("What مريم went through: 🙏🏽", summary);
        Assert.Contains("How long it took to build: שנים", summary);
    }

    [Fact]
    public async Task An_attachment_instead_of_an_answer_gets_a_kind_reply_and_nothing_is_lost()
    {
        var chat = Walks.StartChat(_app);
        await Walks.PlanAmendsUpToMethodAsync(chat);

        var replies = await chat.Client.SendAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment("image/jpeg", "http://localhost:1/photo.jpg")],
        });

        Assert.Equal(BotMessages.NoTextReply, Assert.Single(replies).Text);
        await chat.SayAllAsync("a letter", "next Saturday", "call my sponsor", "ready");
        var summary = (string?)chat.Last.AdaptiveCard()["body"]![1]!["text"];
        Assert.Contains("Who: your mom", summary);
        Assert.Contains("What you want to acknowledge: I missed her birthday twice", summary);
        Assert.Contains("How: A letter", summary);
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}
