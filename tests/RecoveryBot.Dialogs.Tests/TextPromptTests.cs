using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

public class TextPromptTests
{
    private static TestBot Bot(TextPrompt? prompt = null, int? maxAttempts = null)
        => new(TestDialogs.AskOnce(prompt ?? new TextPrompt("text"), TestDialogs.Options("Say something", "Please say something", maxAttempts)), new JsonRoundTripStorage());

    [Fact]
    public async Task Good_answer_is_returned_trimmed()
    {
        var bot = Bot();
        await bot.Flow()
            .Send("hi").AssertReply("Say something")
            .Send("  hello there  ").AssertReply("got: hello there")
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult.Status);
        Assert.Equal("hello there", bot.LastResult.Result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B\u200D")]
    public async Task Empty_text_is_retried_with_a_clear_message(string empty)
    {
        var prompt = new TextPrompt("text");
        await Bot(prompt).Flow()
            .Send("hi").AssertReply("Say something")
            .Send(empty).AssertReply(prompt.EmptyMessage).AssertReply("Please say something")
            .Send("ok").AssertReply("got: ok")
            .StartTestAsync();
    }

    [Fact]
    public async Task Attachment_only_message_is_retried()
    {
        var prompt = new TextPrompt("text");
        var photo = new Activity(ActivityTypes.Message)
        {
            Attachments = new List<Attachment> { new() { ContentType = "image/png", ContentUrl = "https://example.com/a.png" } },
        };
        await Bot(prompt).Flow()
            .Send("hi").AssertReply("Say something")
            .Send(photo).AssertReply(prompt.AttachmentOnlyMessage).AssertReply("Please say something")
            .StartTestAsync();
    }

    [Fact]
    public async Task Ten_thousand_characters_are_refused_kindly()
    {
        var prompt = new TextPrompt("text") { MaxLength = 2000 };
        await Bot(prompt).Flow()
            .Send("hi").AssertReply("Say something")
            .Send(new string('a', 10_000)).AssertReply(a => Assert.Contains("under 2000 characters", a.AsMessageActivity().Text))
            .AssertReply("Please say something")
            .Send(new string('b', 2000)).AssertReply("got: " + new string('b', 2000))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("🙂🙏")]
    [InlineData("أشعر بالتعب اليوم")]
    [InlineData("אני בסדר, תודה")]
    public async Task Emoji_and_right_to_left_text_are_valid_text(string text)
    {
        var bot = Bot();
        await bot.Flow()
            .Send("hi").AssertReply("Say something")
            .Send(text).AssertReply("got: " + text)
            .StartTestAsync();
        Assert.Equal(text, bot.LastResult.Result);
    }

    [Fact]
    public async Task Max_length_counts_emoji_as_one_character()
    {
        var prompt = new TextPrompt("text") { MaxLength = 3 };
        await Bot(prompt).Flow()
            .Send("hi").AssertReply("Say something")
            .Send("👍🏽👍🏽👍🏽").AssertReply("got: 👍🏽👍🏽👍🏽")
            .StartTestAsync();
    }

    [Fact]
    public async Task Gives_up_after_default_three_attempts()
    {
        var bot = Bot();
        await bot.Flow()
            .Send("hi").AssertReply("Say something")
            .Send(" ").AssertReply(new TextPrompt("x").EmptyMessage).AssertReply("Please say something")
            .Send(" ").AssertReply(new TextPrompt("x").EmptyMessage).AssertReply("Please say something")
            .Send(" ").AssertReply("gave up")
            .StartTestAsync();
        var marker = Assert.IsType<PromptNotRecognized>(bot.LastResult.Result);
        Assert.Equal("text", marker.PromptId);
        Assert.Equal(3, marker.AttemptCount);
    }

    [Fact]
    public async Task Max_attempts_from_options_and_give_up_message()
    {
        var options = TestDialogs.Options("Say something", "Please say something", maxAttempts: 1);
        options.TooManyAttemptsMessage = MessageFactory.Text("Let's skip that one.");
        var bot = new TestBot(TestDialogs.AskOnce(new TextPrompt("text"), options), new JsonRoundTripStorage());
        await bot.Flow()
            .Send("hi").AssertReply("Say something")
            .Send("").AssertReply("Let's skip that one.").AssertReply("gave up")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_decides_and_sees_attempt_count()
    {
        var attempts = new List<int>();
        var prompt = new TextPrompt("text", async (pc, ct) =>
        {
            attempts.Add(pc.AttemptCount);
            if (pc.Recognized.Value?.Split(' ').Length >= 3)
            {
                return true;
            }

            await pc.Context.SendActivityAsync("A few more words, please.", cancellationToken: ct);
            return false;
        });

        // The validator answered, so the retry prompt is not sent on top of it.
        await Bot(prompt, maxAttempts: 5).Flow()
            .Send("hi").AssertReply("Say something")
            .Send("short").AssertReply("A few more words, please.")
            .Send("much longer answer").AssertReply("got: much longer answer")
            .StartTestAsync();
        Assert.Equal(new[] { 1, 2 }, attempts);
    }

    [Fact]
    public async Task Non_message_activities_never_advance_the_prompt()
    {
        var bot = Bot();
        await bot.Flow()
            .Send("hi").AssertReply("Say something")
            .Send(new Activity(ActivityTypes.Typing)).AssertNoReply()
            .Send(new Activity(ActivityTypes.ConversationUpdate)).AssertNoReply()
            .Send(new Activity(ActivityTypes.Event) { Name = "something" }).AssertNoReply()
            .Send("finally").AssertReply("got: finally")
            .StartTestAsync();
    }
}
