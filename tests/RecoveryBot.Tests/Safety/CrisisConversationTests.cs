using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using RecoveryBot.Conversation;
using RecoveryBot.Safety;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Safety;

/// <summary>The crisis check as a user meets it, over the real endpoint: at the menu, in the middle of any exercise,
/// and never on everyday recovery talk.</summary>
public sealed class CrisisConversationTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private BotApplicationFactory App(IReadOnlyDictionary<string, string?>? extra = null) =>
        BotApplicationFactory.WithSqlite(_folder.File("bot.db"), extra);

    private static void AssertCrisisResources(IReadOnlyList<Activity> replies)
    {
        // The crisis reply comes first, before anything else in the turn.
        var first = replies[0].Text;
        Assert.Contains("call or text 988", first);
        Assert.Contains("1-800-662-4357", first);
        Assert.Contains("911", first);
    }

    public static TheoryData<string> Exercises() => new()
    {
        "acknowledge harm", "plan amends", "set boundaries", "rebuild trust", "be your own friend", "find support",
        "after a slip", "being with people",
    };

    [Theory]
    [MemberData(nameof(Exercises))]
    public async Task A_crisis_message_in_the_middle_of_any_exercise_gets_the_resources_first_and_the_exercise_is_kept(string exercise)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        var started = await client.SayAsync(exercise);
        var question = started[^1].Text;

        var replies = await client.SayAsync("honestly i just want to end it all tonight");

        AssertCrisisResources(replies);
        Assert.Single(replies);
        Assert.EndsWith("Your exercise is saved. You can come back to it whenever you're ready.", replies[0].Text, StringComparison.Ordinal);
        // The next message gets a gentle check, not the next question.
        Assert.StartsWith(BotMessages.GentleCheck, Assert.Single(await client.SayAsync("ok")).Text);
        // The exercise is kept and resumes at the same question.
        var resumed = await client.SayAsync("resume");
        Assert.Equal(question, resumed[^1].Text);
    }

    [Theory]
    [InlineData("i want to kill myself")]
    [InlineData("took way too many pills and my chest hurts")]
    [InlineData("he's not breathing, i think he od'd")]
    [InlineData("I've been giving my things away, I won't need them much longer")]
    [InlineData("how many of my xanax with a bottle of vodka would it take")]
    [InlineData("cutting rn. can't stop")] // the 2026-12-07 rules: dangers said in few words
    [InlineData("took everything in the medicine cupboard, all of it")]
    [InlineData("driving out to the quarry after work and i'm not coming back")]
    [InlineData("he just threw me against the wardrobe and he's still going")]
    public async Task Crisis_messages_at_the_menu_get_the_resources(string text)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();

        var replies = await client.SayAsync(text);

        AssertCrisisResources(replies);
        // No exercise was under way: the reply does not speak of one.
        Assert.DoesNotContain(replies, a => a.Text.Contains("exercise", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_negated_mention_at_the_menu_gets_a_kind_word_that_speaks_of_no_exercise()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();

        var replies = await client.SayAsync("I'm not going to hurt myself, I just feel low");

        Assert.Contains("988", replies[0].Text);
        Assert.EndsWith("I'm here whenever you'd like to keep talking.", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, a => a.Text.Contains("exercise is saved", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("this exercise is killing me")]
    [InlineData("I'm dying to see my kids again")]
    [InlineData("dead tired after work today")]
    [InlineData("my friend overdosed two years ago, that was my wake-up call")]
    [InlineData("took everything out of the kitchen cupboard to paint it")]
    public async Task Everyday_recovery_talk_is_taken_as_an_answer(string text)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");
        await client.SayAsync("Sam");
        await client.SayAsync("yes"); // Sam is open to hearing from them: the next question is what to acknowledge

        var replies = await client.SayAsync(text);

        // Never the crisis lines; taken as the answer, or (when it might mean "stop") asked about once, or stopped with
        // "undo" offered for the next message.
        Assert.DoesNotContain(replies, a => a.Text.Contains("988"));
        Assert.Contains(replies, a => a.Text.Contains("what you'd like to say to Sam") || a.Text.Contains("or is that your answer?") || a.Text.Contains("say \"undo\" now"));
    }

    [Fact]
    public async Task A_correction_apologises_and_returns_to_the_same_question_and_checking_goes_on()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");
        await client.SayAsync("Sam");
        var question = (await client.SayAsync("yes"))[^1].Text; // what to acknowledge to Sam
        AssertCrisisResources(await client.SayAsync("sometimes i think everyone would be better off without me"));

        var corrected = await client.SayAsync("that's not what I meant");

        Assert.Equal(BotMessages.CorrectionReply, corrected[0].Text);
        Assert.Equal(question, corrected[^1].Text);
        // A correction never switches the check off.
        AssertCrisisResources(await client.SayAsync("i want to die"));
    }

    [Theory]
    [InlineData("help now")]
    [InlineData("crisis")]
    [InlineData("Emergency!")]
    public async Task Help_now_shows_the_resources_at_any_time_and_repeats_the_question(string command)
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");
        await client.SayAsync("Sam");
        var question = (await client.SayAsync("yes"))[^1].Text; // what to acknowledge to Sam

        var replies = await client.SayAsync(command);

        Assert.Contains("call or text 988", replies[0].Text);
        Assert.Equal(question, replies[^1].Text);
    }

    [Fact]
    public async Task A_negated_mention_gets_a_kind_word_and_the_question_again()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");
        await client.SayAsync("Sam");
        var question = (await client.SayAsync("yes"))[^1].Text; // what to acknowledge to Sam

        var replies = await client.SayAsync("I'm not going to hurt myself, I just feel low");

        Assert.Contains("988", replies[0].Text);
        Assert.DoesNotContain("911", replies[0].Text);
        Assert.EndsWith("Would you like to keep going, or take a pause? Your exercise is saved.", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(question, replies[^1].Text);
    }

    [Fact]
    public async Task Configured_resources_replace_the_defaults_for_their_locale()
    {
        using var app = App(new Dictionary<string, string?>
        {
            ["Safety:CrisisResources:FallbackLocale"] = "en-AU",
            ["Safety:CrisisResources:Locales:en-AU:0:Name"] = "Lifeline Australia",
            ["Safety:CrisisResources:Locales:en-AU:0:Phone"] = "13 11 14",
            ["Safety:CrisisResources:Locales:en-AU:0:Description"] = "24/7 crisis support.",
            ["Safety:CrisisResources:Locales:en-AU:1:Name"] = "Emergency",
            ["Safety:CrisisResources:Locales:en-AU:1:Phone"] = "000",
            ["Safety:CrisisResources:Locales:en-AU:1:Description"] = "Call 000 if you are in danger now.",
            ["Safety:CrisisResources:Locales:en-AU:1:IsEmergency"] = "true",
        });
        var client = new BotClient(app.CreateClient());

        var replies = await client.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "i want to kill myself", Locale = "en-AU" });

        Assert.Contains("13 11 14", replies[0].Text);
        Assert.DoesNotContain("988", replies[0].Text);
    }

    [Fact]
    public void A_configured_resource_without_a_number_or_link_stops_start_up()
    {
        var failure = BotApplicationFactory.StartupFailure(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Safety:CrisisResources:Locales:en-US:0:Name"] = "A line with no number",
            ["Safety:CrisisResources:Locales:en-US:0:Description"] = "Nothing to call.",
        });

        Assert.Contains("en-US", failure.ToString());
    }

    [Fact]
    public async Task The_escalation_webhook_is_told_where_but_never_what()
    {
        await using var webhook = await ConnectorStandIn.StartAsync();
        using var app = App(new Dictionary<string, string?> { ["Safety:EscalationWebhookUrl"] = webhook.ServiceUrl + "hook" });
        var client = new BotClient(app.CreateClient());
        const string words = "i am going to jump off the bridge tonight";

        AssertCrisisResources(await client.SayAsync(words));

        var (path, body) = Assert.Single(webhook.Other);
        Assert.Equal("/hook", path);
        Assert.Equal(client.ConversationId, (string?)JObject.Parse(body)["conversationId"]);
        foreach (var word in new[] { "jump", "bridge", "tonight" })
        {
            Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_failing_webhook_does_not_stop_the_crisis_reply()
    {
        await using var webhook = await ConnectorStandIn.StartAsync();
        webhook.Status = System.Net.HttpStatusCode.InternalServerError;
        using var app = App(new Dictionary<string, string?> { ["Safety:EscalationWebhookUrl"] = webhook.ServiceUrl });
        var client = new BotClient(app.CreateClient());

        AssertCrisisResources(await client.SayAsync("i want to kill myself"));
    }

    public void Dispose() => _folder.Dispose();
}
