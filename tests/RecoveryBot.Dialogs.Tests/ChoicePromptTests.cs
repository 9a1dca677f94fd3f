using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

public class ChoicePromptTests
{
    private static readonly string ListText = "Who?\n\n   1. Family\n   2. Friend\n   3. Partner\n   4. Colleague";

    private static List<Choice> Choices() => new()
    {
        new Choice("Family", "relative", "parents"),
        new Choice("Friend", "buddy", "mate"),
        new Choice("Partner", "spouse", "girlfriend", "boyfriend"),
        new Choice("Colleague", "co-worker", "boss"),
    };

    private static PromptOptions Options(int? maxAttempts = null)
        => new() { Prompt = new Activity(ActivityTypes.Message) { Text = "Who?" }, RetryPrompt = MessageFactory.Text("Sorry, who?"), Choices = Choices(), MaxAttempts = maxAttempts };

    private static TestBot Bot(string channel = "test", string? conversationType = null, PromptOptions? options = null)
        => new(TestDialogs.AskOnce(new ChoicePrompt("choice"), options ?? Options(), r => ((FoundChoice)r!).Value), new JsonRoundTripStorage(), channelId: channel, conversationType: conversationType);

    [Theory]
    [InlineData("2", "Friend")]
    [InlineData("second", "Friend")]
    [InlineData("the second one", "Friend")]
    [InlineData("2nd", "Friend")]
    [InlineData("number 2", "Friend")]
    [InlineData("two", "Friend")]
    [InlineData("last", "Colleague")]
    [InlineData("the last one", "Colleague")]
    [InlineData("first", "Family")]
    [InlineData("friend", "Friend")]
    [InlineData("FRIEND!!!", "Friend")]
    [InlineData("  Friend. ", "Friend")]
    [InlineData("frend", "Friend")]
    [InlineData("freind", "Friend")]
    [InlineData("Collegue", "Colleague")]
    [InlineData("my buddy", "Friend")]
    [InlineData("co-worker", "Colleague")]
    [InlineData("coworker", "Colleague")]
    [InlineData("my girlfriend", "Partner")]
    [InlineData("it's about my parents", "Family")]
    [InlineData("Pärtner", "Partner")]
    public void Recognizes_numbers_ordinals_titles_synonyms_and_typos(string input, string expected)
    {
        var found = new ChoiceRecognizer().Recognize(input, Choices());
        Assert.NotNull(found);
        Assert.Equal(expected, found!.Value);
        Assert.Equal(Choices().FindIndex(c => c.Value == expected), found.Index);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂")]
    [InlineData("صديق")]
    [InlineData("חבר")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("fifth")]
    [InlineData("family friend")]
    [InlineData("frnd")]
    [InlineData("the second and the third")]
    [InlineData("not my partner")]
    [InlineData("it's not family")]
    [InlineData("not a friend")]
    [InlineData("never a colleague")]
    public void Does_not_guess(string input)
        => Assert.Null(new ChoiceRecognizer().Recognize(input, Choices()));

    [Fact]
    public async Task Shows_a_numbered_list_on_the_test_channel_and_accepts_an_ordinal()
    {
        var bot = Bot();
        await bot.Flow()
            .Send("hi").AssertReply(a =>
            {
                Assert.Equal(ListText, a.AsMessageActivity().Text);
                Assert.Null(a.AsMessageActivity().SuggestedActions);
                Assert.Equal(InputHints.ExpectingInput, a.AsMessageActivity().InputHint);
            })
            .Send("the second one").AssertReply("got: Friend")
            .StartTestAsync();
        var found = Assert.IsType<FoundChoice>(bot.LastResult.Result);
        Assert.Equal(1, found.Index);
    }

    [Theory]
    [InlineData("webchat", null)]
    [InlineData("directline", null)]
    [InlineData("emulator", null)]
    public async Task Shows_suggested_actions_where_supported_and_typed_answers_still_work(string channel, string? conversationType)
    {
        await Bot(channel, conversationType).Flow()
            .Send("hi").AssertReply(a =>
            {
                var m = a.AsMessageActivity();
                Assert.Equal("Who?", m.Text);
                Assert.Equal(new[] { "Family", "Friend", "Partner", "Colleague" }, m.SuggestedActions.Actions.Select(x => x.Title));
                Assert.All(m.SuggestedActions.Actions, x => Assert.Equal(ActionTypes.ImBack, x.Type));
            })
            .Send("my mate").AssertReply("got: Friend")
            .StartTestAsync();
    }

    [Fact]
    public async Task Teams_personal_chat_with_three_choices_gets_suggested_actions()
    {
        var options = Options();
        options.Choices = Choices().Take(3).ToList();
        await Bot("msteams", "personal", options).Flow()
            .Send("hi").AssertReply(a => Assert.Equal(3, a.AsMessageActivity().SuggestedActions.Actions.Count))
            .Send("3").AssertReply("got: Partner")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task Teams_gets_a_hero_card_when_suggested_actions_do_not_fit(string conversationType)
    {
        // Four choices: too many for Teams suggested actions even in a personal chat, so card buttons (as in the SDK).
        await Bot("msteams", conversationType).Flow()
            .Send("hi").AssertReply(a => AssertHeroCard(a, "Who?", "Family", "Friend", "Partner", "Colleague"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Teams_group_chat_with_few_choices_gets_a_hero_card()
    {
        // Teams shows suggested actions only in personal chats; elsewhere the buttons go on a card.
        var options = Options();
        options.Choices = Choices().Take(2).ToList();
        await Bot("msteams", "groupChat", options).Flow()
            .Send("hi").AssertReply(a => AssertHeroCard(a, "Who?", "Family", "Friend"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Long_titles_get_a_list_even_where_buttons_work()
    {
        // Titles over 20 characters do not fit a button on any channel.
        var options = Options();
        options.Choices = [new("Someone in my family"), new("A friend from the old days")];
        await Bot("webchat", options: options).Flow()
            .Send("hi").AssertReply("Who?\n\n   1. Someone in my family\n   2. A friend from the old days")
            .StartTestAsync();
    }

    private static void AssertHeroCard(IActivity activity, string text, params string[] buttons)
    {
        var message = activity.AsMessageActivity();
        Assert.Null(message.Text);
        Assert.Null(message.SuggestedActions);
        var card = Assert.IsType<HeroCard>(Assert.Single(message.Attachments).Content);
        Assert.Equal(text, card.Text);
        Assert.Equal(buttons, card.Buttons.Select(b => b.Title));
    }

    [Fact]
    public async Task Bad_answers_are_retried_with_the_choices_again_then_give_up()
    {
        var bot = Bot();
        await bot.Flow()
            .Send("hi").AssertReply(ListText)
            .Send("🤷").AssertReply("Sorry, who?\n\n   1. Family\n   2. Friend\n   3. Partner\n   4. Colleague")
            .Send("أنا لا أعرف").AssertReply(a => Assert.StartsWith("Sorry, who?", a.AsMessageActivity().Text))
            .Send("family friend").AssertReply("gave up")
            .StartTestAsync();
        Assert.IsType<PromptNotRecognized>(bot.LastResult.Result);
    }

    [Fact]
    public async Task Explicit_inline_style()
    {
        var options = Options();
        options.Style = ListStyle.Inline;
        options.Choices = Choices().Take(3).ToList();
        await Bot(options: options).Flow()
            .Send("hi").AssertReply("Who? (1) Family, (2) Friend, or (3) Partner")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_can_reject_a_recognised_choice()
    {
        var prompt = new ChoicePrompt("choice", (pc, ct) => Task.FromResult(pc.Recognized.Succeeded && pc.Recognized.Value!.Value != "Colleague"));
        var bot = new TestBot(TestDialogs.AskOnce(prompt, Options(), r => ((FoundChoice)r!).Value), new JsonRoundTripStorage());
        await bot.Flow()
            .Send("hi").AssertReply(ListText)
            .Send("boss").AssertReply(a => Assert.StartsWith("Sorry, who?", a.AsMessageActivity().Text))
            .Send("1").AssertReply("got: Family")
            .StartTestAsync();
    }
}
