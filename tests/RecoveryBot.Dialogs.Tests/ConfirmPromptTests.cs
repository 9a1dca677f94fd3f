using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

public class ConfirmPromptTests
{
    private static TestBot Bot(string channel = "test")
        => new(TestDialogs.AskOnce(new ConfirmPrompt("confirm"), TestDialogs.Options("Ready?", "Yes or no?"), r => (bool)r! ? "yes" : "no"), new JsonRoundTripStorage(), channelId: channel);

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yes!", true)]
    [InlineData("yeah", true)]
    [InlineData("yep", true)]
    [InlineData("sure", true)]
    [InlineData("ok", true)]
    [InlineData("okay", true)]
    [InlineData("OK.", true)]
    [InlineData("of course", true)]
    [InlineData("definitely", true)]
    [InlineData("yes please", true)]
    [InlineData("yeah, let's go", true)]
    [InlineData("👍", true)]
    [InlineData("👍🏾", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("No.", false)]
    [InlineData("nope", false)]
    [InlineData("nah", false)]
    [InlineData("not really", false)]
    [InlineData("not yet", false)]
    [InlineData("no thanks", false)]
    [InlineData("No thank you!", false)]
    [InlineData("of course not", false)]
    [InlineData("not ok", false)]
    [InlineData("👎", false)]
    [InlineData("👎🏻", false)]
    [InlineData("2", false)]
    [InlineData("I am", true)]
    [InlineData("i am, let's go", true)]
    [InlineData("ok yes", true)]
    [InlineData("alright. sure", true)]
    [InlineData("I do.", true)]
    [InlineData("I'm ready", true)]
    [InlineData("right", true)]
    [InlineData("I'm not.", false)]
    [InlineData("never", false)]
    [InlineData("ok no thanks", false)]
    [InlineData("ok then", true)]
    [InlineData("alright then", true)]
    [InlineData("I will try", true)]
    [InlineData("I do, a bit", true)]
    [InlineData("right ok", true)]
    [InlineData("Right, let's do it", true)]
    [InlineData("ok ok ok", true)]
    [InlineData("ok yes let's go", true)]
    [InlineData("I'm not ready", false)]
    [InlineData("I am not ready", false)]
    [InlineData("i'm not ok", false)]
    [InlineData("ok, no thanks", false)]
    [InlineData("I'm not, no", false)]
    [InlineData("I don't want to", false)]
    [InlineData("ok fine then", true)]
    [InlineData("ok then, thanks", true)]
    [InlineData("I will give it a go", true)]
    [InlineData("never mind then", false)]
    [InlineData("ok, no, sorry", false)]
    [InlineData("ok no, I'm fine", false)]
    [InlineData("no 👍", false)]
    [InlineData("Honestly, yes, it terrifies me.", true)]
    [InlineData("well no, not since the spring", false)]
    [InlineData("um ok", true)]
    [InlineData("to be honest no", false)]
    [InlineData("yesss that's exactly it", true)]
    [InlineData("YESSS", true)]
    [InlineData("nooo", false)]
    [InlineData("okk", true)]
    [InlineData("yeahhh a bit", true)]
    [InlineData("Exactly.", true)]
    [InlineData("spot on, thanks", true)]
    [InlineData("that's it exactly", true)]
    [InlineData("That's right.", true)]
    [InlineData("I would rather not, thanks", false)]
    [InlineData("no way, not today", false)]
    [InlineData("No way!", false)]
    [InlineData("oh yes", true)]
    [InlineData("ah ok", true)]
    [InlineData("oh no thanks", false)]
    [InlineData("prefer not to go into that today", false)]
    [InlineData("si", true)]
    [InlineData("Sí", true)]
    [InlineData("sí, claro", true)]
    [InlineData("siii", true)]
    [InlineData("roger", true)]
    [InlineData("Roger that.", true)]
    [InlineData("copy that", true)]
    [InlineData("10-4", true)]
    [InlineData("roger that, thanks", true)]
    [InlineData("sorry yes", true)]
    [InlineData("Sorry, no.", false)]
    [InlineData("sorry, yeah go on", true)]
    [InlineData("sorry ok", true)]
    [InlineData("sorry, not yet", false)]
    public void Recognizes_the_many_ways_of_saying_yes_and_no(string text, bool expected)
        => Assert.Equal(expected, new ConfirmPrompt("c").RecognizeYesNo(text));

    [Theory]
    [InlineData("")]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("🙂")]
    [InlineData("👍👎")]
    [InlineData("نعم")]
    [InlineData("3")]
    [InlineData("I don't know")]
    [InlineData("I am not sure")]
    [InlineData("I don't know, maybe")]
    [InlineData("I am so tired of everything and everyone")]
    [InlineData("I will end it tonight")]
    [InlineData("ok so my brother called me last night")]
    [InlineData("Right, I've had enough. Erase all my data now.")]
    [InlineData("never felt this low")]
    [InlineData("I'm not in a good place tonight")]
    [InlineData("okay I guess")]
    [InlineData("I am... so tired of everything and everyone")]
    [InlineData("I am, honestly, so tired of everything")]
    [InlineData("okay, i just want it all to stop")]
    [InlineData("ok no one cares about me")]
    [InlineData("I am no good at this")]
    [InlineData("true, nobody would miss me")]
    [InlineData("I will — end it tonight")]
    [InlineData("honestly I am so tired of everything")]
    [InlineData("well ok so my brother called")]
    [InlineData("um")]
    [InlineData("honestly")]
    [InlineData("noon")]
    [InlineData("books")]
    [InlineData("that's it, I can't do this anymore")]
    [InlineData("that's it then")]
    [InlineData("ok that's it")]
    [InlineData("oh no")]
    [InlineData("honestly no one knows about it yet")]
    [InlineData("well no one would care")]
    [InlineData("no point")]
    [InlineData("no way out")]
    [InlineData("exactly, why bother")]
    [InlineData("precisely why I want to give up")]
    [InlineData("that's right where it hurts")]
    [InlineData("Roger called me last night")]
    [InlineData("Si called me last night")] // a name, not the Spanish yes (an independent review)
    [InlineData("si no me llama")] // the Spanish "if"
    [InlineData("roger is my sponsor")]
    [InlineData("copy that file for me")]
    [InlineData("10-4 is what my dad used to say")]
    [InlineData("sorry")]
    [InlineData("sorry I am so tired of everything")]
    [InlineData("sorry, no one would care")]
    [InlineData("sorry maybe")]
    public void Leaves_unclear_answers_unrecognised(string text)
        => Assert.Null(new ConfirmPrompt("c").RecognizeYesNo(text));

    // A plain answer is the whole message, give or take a softening word; a yes or no that opens a sentence is not one.
    [Theory]
    [InlineData("yes", true)]
    [InlineData("yeah ok", true)]
    [InlineData("Yes please!", true)]
    [InlineData("ok then", true)]
    [InlineData("no thanks", false)]
    [InlineData("nope, not tonight", false)]
    [InlineData("yeah I am so tired of everything and everyone", null)]
    [InlineData("sure, whatever, nothing matters anymore", null)]
    [InlineData("of course, I'm worthless anyway", null)]
    [InlineData("yes but I'm so tired", null)]
    public void A_plain_answer_is_the_whole_message(string text, bool? expected)
        => Assert.Equal(expected, new ConfirmPrompt("c").RecognizePlainYesNo(text));

    // A pasted wall of "ok ok ok ..." is not read word by word: answered at once, and not a yes.
    [Fact]
    public void A_very_long_run_of_opening_words_is_not_an_answer()
        => Assert.Null(new ConfirmPrompt("c").RecognizeYesNo(string.Concat(Enumerable.Repeat("ok ", 30_000)) + "so anyway"));

    [Fact]
    public async Task Shows_yes_no_inline_on_test_channel_and_retries()
    {
        // A channel without buttons (the test adapter's "test"): two short choices inline, as in the SDK.
        var bot = Bot();
        await bot.Flow()
            .Send("hi").AssertReply("Ready? (1) Yes or (2) No")
            .Send("maybe").AssertReply("Yes or no? (1) Yes or (2) No")
            .Send("not yet").AssertReply("got: no")
            .StartTestAsync();
        Assert.Equal(false, bot.LastResult.Result);
    }

    // In the prompt itself, as people answered in a trial: a Spanish yes, a trucker's "copy that", an apologetic no.
    [Theory]
    [InlineData("sí", "yes")]
    [InlineData("si", "yes")]
    [InlineData("copy that", "yes")]
    [InlineData("10-4", "yes")]
    [InlineData("sorry yes", "yes")]
    [InlineData("sorry, no", "no")]
    public async Task Answers_from_the_trial_are_taken_at_once(string text, string expected)
    {
        await Bot().Flow()
            .Send("hi").AssertReply("Ready? (1) Yes or (2) No")
            .Send(text).AssertReply("got: " + expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task Typed_answer_works_where_buttons_are_shown()
    {
        await Bot("webchat").Flow()
            .Send("hi").AssertReply(a =>
            {
                Assert.Equal("Ready?", a.AsMessageActivity().Text);
                Assert.Equal(new[] { "Yes", "No" }, a.AsMessageActivity().SuggestedActions.Actions.Select(x => x.Title));
            })
            .Send("yeah sure").AssertReply("got: yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task Empty_and_attachment_only_answers_are_retried_then_give_up()
    {
        var bot = Bot();
        var attachmentOnly = MessageFactory.Attachment(new Attachment("image/png", "https://example.com/x.png"));
        attachmentOnly.Text = null;
        await bot.Flow()
            .Send("hi").AssertReply(a => Assert.StartsWith("Ready?", a.AsMessageActivity().Text))
            .Send("").AssertReply(a => Assert.StartsWith("Yes or no?", a.AsMessageActivity().Text))
            .Send((Activity)attachmentOnly).AssertReply(a => Assert.StartsWith("Yes or no?", a.AsMessageActivity().Text))
            .Send(new string('y', 10_000)).AssertReply("gave up")
            .StartTestAsync();
        Assert.IsType<PromptNotRecognized>(bot.LastResult.Result);
    }
}
