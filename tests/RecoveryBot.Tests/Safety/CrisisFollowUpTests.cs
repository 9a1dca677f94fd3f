using Microsoft.Bot.Schema;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// What happens after the crisis reply, over the real endpoint, as a user trial (2026-12-08) met it: the conversation
/// stays with someone who says it is still hard, "I'm safe" in any words brings the exercise back, a crisis said again
/// gets a shorter, more direct reply, and a helpline asked for in plain words is given at once.
/// </summary>
public sealed class CrisisFollowUpTests : IDisposable
{
    private const string Crisis = "sometimes i think everyone would be better off without me";
    private readonly TempDirectory _folder = new();

    private BotApplicationFactory App() => BotApplicationFactory.WithSqlite(_folder.File("bot.db"));

    private static void AssertCrisisResources(IReadOnlyList<Activity> replies)
    {
        Assert.Contains("call or text 988", replies[0].Text);
        Assert.Contains("911", replies[0].Text);
    }

    // Plan amends for Sam, at "what would you like to acknowledge", then a crisis: the question the exercise waits on.
    private static async Task<string> CrisisInExerciseAsync(BotClient client)
    {
        await client.SayAsync("plan amends");
        await client.SayAsync("Sam");
        var question = (await client.SayAsync("yes"))[^1].Text;
        AssertCrisisResources(await client.SayAsync(Crisis));
        return question;
    }

    [Theory]
    [InlineData("I am safe. This is about money. Can we move on.")]
    [InlineData("what?? i am not in danger. i only want to change my letter to my mom")]
    [InlineData("no no im not going to hurt myself, i just meant she deserved a better mom than i was. im ok")]
    [InlineData("sorry i didnt mean like that. i'm ok, keep going")]
    [InlineData("Roger. Not in danger. Let us continue.")]
    [InlineData("jk jk. im fine. keep going")]
    public async Task Saying_one_is_safe_in_any_words_brings_the_exercise_back_at_its_question(string reassurance)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        var question = await CrisisInExerciseAsync(client);

        var replies = await client.SayAsync(reassurance);

        Assert.Equal(BotMessages.CorrectionReply, replies[0].Text);
        Assert.Equal(question, replies[^1].Text);
        Assert.DoesNotContain(replies, a => a.Text.Contains("Low moments", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I'm not ok")]
    [InlineData("i dont think im ok")]
    [InlineData("not sure if im safe tbh")]
    [InlineData("im not feeling ok")]
    [InlineData("i said im fine but im not")]
    [InlineData("im fine. not really")]
    [InlineData("im good at hiding it")]
    [InlineData("im tired of pretending im fine")]
    [InlineData("not in danger of relapsing but everything feels pointless")]
    public async Task Saying_one_is_not_ok_is_never_read_as_safe(string reply)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await CrisisInExerciseAsync(client);

        var replies = await client.SayAsync(reply);

        Assert.DoesNotContain(replies, a => a.Text == BotMessages.CorrectionReply);
        Assert.StartsWith(BotMessages.GentleCheck, replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_to_go_on_after_the_check_brings_the_exercise_back()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        var question = await CrisisInExerciseAsync(client);
        Assert.StartsWith(BotMessages.GentleCheck, (await client.SayAsync("ok"))[0].Text, StringComparison.Ordinal);

        var replies = await client.SayAsync("ok but can we keep going with the exercise");

        Assert.Equal(BotMessages.CarryOnAfterCrisis, replies[0].Text);
        Assert.Equal(question, replies[^1].Text);
    }

    [Fact]
    public async Task Someone_who_says_it_is_still_hard_is_not_dropped_to_the_menu()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();
        AssertCrisisResources(await client.SayAsync("i still have some left in my drawer. part of me wants to just take all of it and not wake up"));
        Assert.StartsWith(BotMessages.GentleCheck, (await client.SayAsync("i dont want to call anyone"))[0].Text, StringComparison.Ordinal);

        // Asked how they are: "not good" gets the numbers again and a step for the next hours, never the exercise menu.
        var stay = Assert.Single(await client.SayAsync("not good. i dont know"));
        Assert.Contains("call or text 988", stay.Text);
        Assert.Contains("call 911", stay.Text);
        Assert.Contains("somewhere else", stay.Text);
        Assert.Null(stay.SuggestedActions);

        // Saying they will text: encouraged, with the number at hand.
        var reaching = Assert.Single(await client.SayAsync("ok. i'll text that number"));
        Assert.StartsWith("I'm really glad you're reaching out.", reaching.Text, StringComparison.Ordinal);
        Assert.Contains("988", reaching.Text);

        // Better afterwards: glad, and the conversation goes on as usual.
        Assert.Equal(BotMessages.GladYoureBetter, (await client.SayAsync("a bit better"))[0].Text);
        Assert.Contains(await client.SayAsync("menu"), a => a.Text.Contains("Plan amends", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_numbers_are_given_again_until_the_person_says_they_are_better_or_asks_for_something()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        var question = await CrisisInExerciseAsync(client);
        await client.SayAsync("hmm");

        for (var i = 0; i < 3; i++)
        {
            var stay = Assert.Single(await client.SayAsync("i dont know"));
            Assert.StartsWith("Thank you for telling me. If it's still hard right now", stay.Text, StringComparison.Ordinal);
            Assert.NotEqual(question, stay.Text);
        }

        // Asking for something in its own words ends it; the exercise is still set aside for "resume".
        Assert.Equal(question, (await client.SayAsync("resume"))[^1].Text);
    }

    [Theory]
    [InlineData("im calling it quits")]
    [InlineData("i just texted my dealer")]
    [InlineData("ill call it a night")]
    public async Task Calling_it_quits_or_texting_a_dealer_is_not_reaching_out(string text)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await CrisisInExerciseAsync(client);

        var replies = await client.SayAsync(text);

        Assert.DoesNotContain(replies, a => a.Text.StartsWith("I'm really glad you're reaching out.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Not_wanting_to_go_on_does_not_bring_the_exercise_back()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        var question = await CrisisInExerciseAsync(client);

        var replies = await client.SayAsync("i dont want to continue");

        Assert.DoesNotContain(replies, a => a.Text == BotMessages.CarryOnAfterCrisis || a.Text == question);
    }

    [Fact]
    public async Task After_violence_at_home_the_follow_up_names_its_line_not_thoughts_of_self_harm()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();
        Assert.Contains("1-800-799-7233", (await client.SayAsync("he is hitting me"))[0].Text);
        await client.SayAsync("hmm");

        var stay = Assert.Single(await client.SayAsync("he went out, i dont know what to do"));

        Assert.Contains("1-800-799-7233", stay.Text);
        Assert.Contains("call 911", stay.Text);
        Assert.DoesNotContain("hurt yourself", stay.Text, StringComparison.Ordinal);
        Assert.Contains("1-800-799-7233", Assert.Single(await client.SayAsync("im going to call my sister")).Text);
    }

    [Fact]
    public async Task A_crisis_said_again_gets_a_shorter_more_direct_reply_and_checking_never_stops()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await CrisisInExerciseAsync(client);

        var again = await client.SayAsync("i have the pills counted out. once hes got the letter i can rest");

        AssertCrisisResources(again);
        Assert.StartsWith("I'm still here with you", again[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("It took courage", again[0].Text, StringComparison.Ordinal);
        Assert.Contains("put it somewhere else", again[0].Text, StringComparison.Ordinal);

        // A reassurance after it still brings the exercise back; a crisis after that gets the full reply again.
        Assert.Equal(BotMessages.CorrectionReply, (await client.SayAsync("im safe, i promise"))[0].Text);
        Assert.Contains("It took courage", (await client.SayAsync("i want to kill myself"))[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reassurance_after_the_crisis_reply_gets_no_low_moment_reply_but_one_at_the_menu_still_does()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();
        AssertCrisisResources(await client.SayAsync("i want to end it all tonight"));

        Assert.Equal(BotMessages.CorrectionReply, (await client.SayAsync("I am safe"))[0].Text);
        // With no crisis reply before it, the same words are a concern and get a kind word.
        Assert.Contains("Low moments are real", (await client.SayAsync("I am safe"))[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hi. do you have a number i can call? i just need to talk to a real person tonight")]
    [InlineData("helpline number please")]
    [InlineData("whats the number for the crisis line")]
    [InlineData("crisis numbers?")]
    [InlineData("i need the suicide hotline number")]
    [InlineData("is there a helpline for family members?")]
    public async Task A_helpline_asked_for_in_plain_words_is_given_at_once(string text)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();

        var replies = await client.SayAsync(text);

        Assert.StartsWith("You can reach someone right now", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Contains("call or text 988", replies[0].Text);
    }

    [Fact]
    public async Task In_an_exercise_a_helpline_request_is_answered_and_an_answer_that_names_one_is_kept()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");
        await client.SayAsync("Sam");
        var question = (await client.SayAsync("yes"))[^1].Text;

        var asked = await client.SayAsync("helpline number please?");
        Assert.StartsWith("You can reach someone right now", asked[0].Text, StringComparison.Ordinal);
        Assert.Equal(question, asked[^1].Text);

        var answer = await client.SayAsync("that I ignored him when he needed me, even when his counselor gave him the hotline number to call me through");
        Assert.DoesNotContain(answer, a => a.Text.Contains("988", StringComparison.Ordinal));
        Assert.NotEqual(question, answer[^1].Text);
    }

    [Theory]
    [InlineData("call a helpline if I need to")]
    [InlineData("the samaritans if i cant get hold of my sponsor")]
    [InlineData("a hotline, i dont have anyone else")]
    public async Task In_an_exercise_an_answer_that_names_a_helpline_is_kept(string text)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("after a slip");
        await client.SayAsync("last night");
        var question = (await client.SayAsync("i was alone and it was payday"))[^1].Text; // who could you reach out to today?

        var replies = await client.SayAsync(text);

        Assert.DoesNotContain(replies, a => a.Text.StartsWith("You can reach someone right now", StringComparison.Ordinal));
        Assert.NotEqual(question, replies[^1].Text);
    }

    [Theory]
    [InlineData("My brother is still using. He keeps hitting me up for money. I want to tell him no and mean it.")]
    [InlineData("cool thanks. phones about to die and im dead tired, later")]
    public async Task Slang_a_user_trial_met_gets_no_crisis_reply(string text)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();

        var replies = await client.SayAsync(text);

        Assert.DoesNotContain(replies, a => a.Text.Contains("988", StringComparison.Ordinal) || a.Text.Contains("1-800-799-7233", StringComparison.Ordinal));
    }

    // Bad input to the reading of "I'm safe": nothing, or a pasted page that ends with the words, is no reassurance.
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Nothing_is_no_reassurance(string key) => Assert.False(RecoveryBot.Conversation.SafetyFollowUp.IsReassurance(key));

    [Fact]
    public void A_huge_message_is_no_reassurance() =>
        Assert.False(RecoveryBot.Conversation.SafetyFollowUp.IsReassurance(new string('a', 100_000) + " im safe"));

    [Fact]
    public async Task Huge_and_empty_messages_after_the_crisis_reply_get_a_reply_and_lose_nothing()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        var question = await CrisisInExerciseAsync(client);

        Assert.NotEmpty(await client.SayAsync(new string('x', 50_000)));
        Assert.NotEmpty(await client.SayAsync(""));
        Assert.Equal(question, (await client.SayAsync("resume"))[^1].Text);
    }

    public void Dispose() => _folder.Dispose();
}
