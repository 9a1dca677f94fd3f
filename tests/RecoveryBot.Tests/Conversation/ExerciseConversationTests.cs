using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// A whole conversation through each exercise over /api/messages, with answers the way people type them. On a
/// channel that renders cards the summary is an Adaptive Card; on one that does not ("sms") it is plain text.
/// </summary>
public sealed class ExerciseConversationTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly TestApp _app;

    public ExerciseConversationTests() => _app = new TestApp(_folder.File("bot.db"), new FakeTimeProvider(Walks.Wednesday));

    [Theory]
    [InlineData("emulator")]
    [InlineData("sms")]
    public async Task Plan_amends_from_start_to_summary(string channel)
    {
        var chat = Walks.StartChat(_app, channel);

        await Walks.FinishPlanAmendsAsync(chat, person: "my mom", when: "next Saturday", readiness: "1");

        chat.AssertInOrder(
            "Who would you like to make amends with?",
            "As far as you know, is your mom open to hearing from you?",
            "That's good to know. Even when someone is open, it helps to let your mom set the pace",
            "What do you want to acknowledge to your mom?",
            "what you'd like to say to your mom, in your own words",
            "People react to amends in very different ways",
            "How would you like to reach out?",
            "A letter lets your mom take it in at their own pace",
            "When would you like to reach out to your mom?",
            "Okay: Saturday 5 December.",
            "Amends can stir up a lot. How will you take care of yourself afterwards?",
            "How ready do you feel to go ahead with this plan?",
            "It took real courage to get here.");
        AssertSummary(chat, channel, "Amends plan",
            "Who: your mom", "You'll reach out to your mom, who seems open to hearing from you.",
            "What you want to acknowledge: I missed her birthday twice", "Mom, I'm sorry I wasn't there.",
            "How: A letter", "When: Saturday 5 December", "Taking care of yourself afterwards: call my sponsor and go to a meeting");
        Assert.Contains("I'll check in gently on Saturday 5 December.", chat.Last.LastText());
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("sms")]
    public async Task Acknowledge_harm_with_a_family_member_named_by_a_synonym(string channel)
    {
        var chat = Walks.StartChat(_app, channel);

        await chat.SayAllAsync("acknowledge harm", "my mom", "Mom", "I lied to her about money", "broken promises, missed holidays", "about five years", "owning it without hating myself");

        chat.AssertInOrder(
            "Which relationship would you like to look at today?",
            "Who is it?",
            "How did your substance use affect your relationship with Mom?",
            "What do you think Mom went through?",
            "Thank you for putting that into words.",
            "how long did it take for this relationship to get to where it was?",
            "Damage that builds up over a long time",
            "What does accepting the impact of your use on Mom mean to you right now?",
            "Accepting the impact is not the same as beating yourself up.");
        AssertSummary(chat, channel, "Acknowledging harm",
            "your relationship with Mom.", "What your use changed: I lied to her about money",
            "What Mom went through: broken promises, missed holidays", "How long it took to build: about five years",
            "What accepting it means to you: owning it without hating myself");
        Assert.DoesNotContain("check in", chat.Last.LastText());
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("sms")]
    public async Task Rebuild_trust_with_numbers_written_as_words(string channel)
    {
        var chat = Walks.StartChat(_app, channel);

        await Walks.RebuildTrustUpToThinkAboutTimeAsync(chat, "Jo");
        await chat.SayAllAsync("yeah", "six");

        chat.AssertInOrder(
            "Who would you like to rebuild trust with?",
            "has there been a slip recently",
            "how many times have you told Jo that this time things would be different?",
            "Thank you for counting honestly (3).",
            "What's one small promise to Jo you can keep this week?",
            "How will you keep showing up like that",
            "how long rebuilding trust with Jo might take?",
            "how many months might it take?",
            "How fast trust comes back is up to Jo",
            "On days when it feels slow");
        Assert.DoesNotContain(chat.Transcript, t => t.Contains("A rough number works best") || t.Contains("A number of months works best"));
        Assert.DoesNotContain(chat.Transcript, t => t.Contains("Thank you for being honest.")); // "no" to a recent slip goes on as before
        AssertSummary(chat, channel, "Rebuilding trust",
            "Rebuilding trust with Jo.", "Your small promise this week: call on Sunday when I say I will",
            "How you'll keep showing up: show up every week, and tell my sponsor when it's hard", "in months: 6");
    }

    // From a user trial: a guess in years is read in months, and the guess the person proposes first counts, not a
    // number about someone else later in the message.
    [Theory]
    [InlineData("honestly i have no idea. a year? she spent like 5 years not being able to count on me", "in months: 12")]
    [InlineData("a year maybe? my aunt says it took her 3 years ...", "in months: 12")]
    [InlineData("a year and a half", "in months: 18")]
    [InlineData("two years", "in months: 24")]
    [InlineData("half a year", "in months: 6")]
    [InlineData("6 weeks", "in months: 1")]
    public async Task Rebuild_trust_reads_a_guess_in_years_or_weeks_in_months(string guess, string expected)
    {
        var chat = Walks.StartChat(_app);

        await Walks.RebuildTrustUpToThinkAboutTimeAsync(chat, "Jo");
        await chat.SayAllAsync("yes", guess);

        Assert.DoesNotContain(chat.Transcript, t => t.Contains("A number of months works best", StringComparison.Ordinal));
        AssertSummary(chat, "emulator", "Rebuilding trust", "Rebuilding trust with Jo.", expected + "\n");
    }

    // A yes or a no said in a sentence answers the exercise's yes/no question; before, "ok sure, lets try" was taken as
    // "resume" and "No, clean since the spring" was asked again.
    [Fact]
    public async Task Rebuild_trust_with_yes_and_no_said_in_sentences()
    {
        var chat = Walks.StartChat(_app);

        await chat.SayAllAsync("rebuild trust", "Jo", "No, clean since the spring thank god", "three",
            "call on Sunday when I say I will", "show up every week", "ok sure, lets try", "six");

        chat.AssertInOrder(
            "has there been a slip recently",
            "how many times have you told Jo that this time things would be different?",
            "how long rebuilding trust with Jo might take?",
            "how many months might it take?",
            "How fast trust comes back is up to Jo");
        Assert.DoesNotContain(chat.Transcript, t => t.Contains("Thank you for being honest.") || t.Contains("Just \"yes\" or \"no\" is fine"));
        AssertSummary(chat, "emulator", "Rebuilding trust", "Rebuilding trust with Jo.", "in months: 6");
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("sms")]
    public async Task Set_boundaries_in_my_own_words(string channel)
    {
        var chat = Walks.StartChat(_app, channel);

        await Walks.SetBoundariesUpToStatementAsync(chat, "someone else");
        await chat.SayAllAsync("nope", "Please don't go through my phone. I'll tell you how I'm doing.", "leave the room calmly", "2");

        chat.AssertInOrder(
            "Which kind of boundary would you like to work on?",
            "When people who love you are scared",
            "Think of one situation where you need this boundary.",
            "Would it be safe to say a boundary about this to the person or people involved?",
            "How do you feel when that happens?",
            "What do you need instead?",
            "\"When you check my phone, I feel watched. I need some privacy.\" Does that sound like you?",
            "How would you say it?",
            "If the boundary gets crossed, what will you do?",
            "What's one small way you could practise this one?",
            "Write it somewhere you'll see it",
            "New boundaries can feel awkward at first");
        AssertSummary(chat, channel, "A boundary",
            "Your boundary:\nPlease don't go through my phone. I'll tell you how I'm doing.\n",
            "If it's crossed, you will: leave the room calmly");
        Assert.DoesNotContain(chat.Last, a => a.Text?.Contains("I feel watched. I need some privacy.") == true
            || a.Attachments?.Any(c => c.Content?.ToString()?.Contains("I feel watched. I need some privacy.") == true) == true);
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("sms")]
    public async Task Be_your_own_friend_with_a_day_for_the_kind_thing(string channel)
    {
        var chat = Walks.StartChat(_app, channel);

        await chat.SayAllAsync("be your own friend", "pretty harshly", "You're doing the work, go easy on yourself", "the years I lied", "a walk by the river", "next Saturday", "my sponsor and my sister");

        chat.AssertInOrder(
            "This one is about your relationship with yourself.",
            "how have you been talking to yourself about the past?",
            "What would you say to them?",
            "Those words are yours to keep, too.",
            "ready to start forgiving yourself for",
            "What's one kind thing you'll do for yourself this week?",
            "Which day will you do it?",
            "Who supports you as you do this?",
            "Being kind to yourself isn't letting yourself off the hook.");
        AssertSummary(chat, channel, "Being your own friend",
            "What you'd say to a friend in your place: You're doing the work, go easy on yourself",
            "What you're starting to forgive yourself for: the years I lied",
            "One kind thing for yourself: a walk by the river, on Saturday 5 December",
            "Who supports you: my sponsor and my sister");
        Assert.Contains("I'll check in gently on Saturday 5 December.", chat.Last.LastText());
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("sms")]
    public async Task Find_support_choosing_by_number_and_by_name(string channel)
    {
        var chat = Walks.StartChat(_app, channel);

        await chat.SayAllAsync("find support", "2", "a group", "no", "look up a meeting near me", "in two weeks");

        chat.AssertInOrder(
            "How much support do you feel you have right now?",
            "That's a good base to build on.",
            "Which kind of support would you like to look for, or grow?",
            "Groups come in many shapes",
            "Does the thought of going to a group feel daunting?",
            "What's one small step you could take toward that?",
            "When could you take that step?",
            "One step is enough for now.");
        AssertSummary(chat, channel, "A step toward support", "Your next step: look up a meeting near me", "When: Wednesday 9 December");
        Assert.Contains("I'll check in gently on Wednesday 9 December.", chat.Last.LastText());
    }

    /// <summary>The summary: an Adaptive Card on the emulator, plain text on a channel without cards; either way with the user's words.</summary>
    private static void AssertSummary(Chat chat, string channel, string title, params string[] words)
    {
        if (channel == "emulator")
        {
            var card = chat.Last.AdaptiveCard();
            Assert.Equal("AdaptiveCard", (string?)card["type"]);
            Assert.Equal(title, (string?)card["body"]![0]!["text"]);
            var body = (string?)card["body"]![1]!["text"];
            Assert.All(words, w => Assert.Contains(w, body));
            Assert.Contains(chat.Last, a => a.Text == "Here's your summary. I've saved it to your journal.");
        }
        else
        {
            Assert.DoesNotContain(chat.All, a => a.Attachments is { Count: > 0 });
            var summary = Assert.Single(chat.Last, a => a.Text?.StartsWith(title + "\n\n", StringComparison.Ordinal) == true);
            Assert.All(words, w => Assert.Contains(w, summary.Text));
            Assert.EndsWith("I've saved this to your journal.", summary.Text);
        }
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}
