using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using RecoveryBot.Bots;
using RecoveryBot.Conversation;
using RecoveryBot.Safety;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Safety;

/// <summary>The hard cases around a crisis response: a broken store, pending questions, paused exercises, card values.</summary>
public sealed class SafetyEdgeCaseTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private BotApplicationFactory App() => BotApplicationFactory.WithSqlite(_folder.File("bot.db"));

    [Fact]
    public async Task The_resources_arrive_even_when_the_users_stored_state_cannot_be_read()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");
        // Damage the user's row in the file: it can no longer be decrypted.
        using (var connection = new SqliteConnection($"Data Source={_folder.File("bot.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE state SET value = '{\"protected\":\"not-a-real-ciphertext\"}' WHERE key LIKE 'emulator/users/%'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var replies = await client.SayAsync("i want to kill myself");

        Assert.Contains("call or text 988", replies[0].Text);
    }

    [Fact]
    public async Task A_pending_delete_confirmation_is_dropped_by_a_crisis_response()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");
        await client.SayAsync("my cousin Ana");
        await client.SayAsync("delete my data");

        var crisis = await client.SayAsync("i want to end my life");
        // The exercise was under way behind the question about deleting: the reply says it is kept.
        Assert.EndsWith("Your exercise is saved. You can come back to it whenever you're ready.", crisis[0].Text, StringComparison.Ordinal);
        await client.SayAsync("ok");
        var later = await client.SayAsync("yes");

        Assert.DoesNotContain(later, a => a.Text == BotMessages.DataDeleted);
        Assert.Contains("is Ana open to hearing from you?", (await client.SayAsync("resume"))[^1].Text);
    }

    [Fact]
    public async Task Only_a_plain_yes_confirms_delete_my_data()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("delete my data");

        var replies = await client.SayAsync("yes I called them earlier");

        Assert.Equal(BotMessages.NothingDeleted, replies[0].Text);
    }

    [Fact]
    public async Task Im_fine_brings_back_only_what_the_crisis_response_set_aside()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("set boundaries");
        await client.SayAsync("pause");
        AssertResources(await client.SayAsync("i want to kill myself"));

        var corrected = await client.SayAsync("I'm fine");

        Assert.Equal(BotMessages.CorrectionReply, Assert.Single(corrected).Text);
        Assert.Contains("Set boundaries", (await client.SayAsync("resume"))[0].Text);
    }

    [Fact]
    public async Task A_crisis_in_one_exercise_keeps_another_that_was_paused_on_purpose()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("set boundaries");
        await client.SayAsync("pause");
        await client.SayAsync("plan amends");
        var question = (await client.SayAsync("Sam"))[^1].Text;
        AssertResources(await client.SayAsync("i want to kill myself"));

        Assert.Equal(question, (await client.SayAsync("I'm fine"))[^1].Text);
        await client.SayAsync("cancel");
        Assert.Contains("Set boundaries", (await client.SayAsync("resume"))[0].Text);
    }

    [Fact]
    public async Task A_command_right_after_a_crisis_response_is_answered()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");
        var question = (await client.SayAsync("Sam"))[^1].Text;
        AssertResources(await client.SayAsync("i want to kill myself"));

        var resumed = await client.SayAsync("resume");

        Assert.Equal(question, resumed[^1].Text);
    }

    [Fact]
    public async Task Danger_written_in_a_card_submit_value_is_seen()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());

        var replies = await client.SendAsync(new Activity { Type = ActivityTypes.Message, Value = new JObject { ["answer"] = "i want to kill myself" } });

        AssertResources(replies);
    }

    [Fact]
    public async Task The_welcome_gives_the_crisis_lines_of_the_users_locale()
    {
        using var app = App();
        var client = new BotClient(app.CreateClient());

        var welcome = await client.SendAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Locale = "en-GB",
            MembersAdded = [new ChannelAccount(client.UserId, "User")],
        });

        Assert.Contains("116 123 (Samaritans)", welcome[1].Text);
        Assert.Contains("999", welcome[1].Text);
        Assert.DoesNotContain("988", welcome[1].Text);
        Assert.Equal(
            "I'm not a therapist or an emergency service. If you might hurt yourself or someone else, or you're in danger right now, please call or text 988 (988 Suicide & Crisis Lifeline), call 911 or your local emergency number, or reach someone you trust.",
            BotMessages.Welcome[1]);
    }

    private static void AssertResources(IReadOnlyList<Activity> replies) => Assert.Contains("call or text 988", replies[0].Text);

    public void Dispose() => _folder.Dispose();
}
