using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;
using RecoveryBot.Bots;
using RecoveryBot.Conversation;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.EndToEnd;

/// <summary>The real app over HTTP: what a channel or the Emulator sees at /api/messages.</summary>
public sealed class MessagesEndpointTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string DatabasePath => _folder.File("bot.db");

    [Fact]
    public async Task Joining_gets_the_welcome_once_per_member_and_never_for_the_bot()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());

        var welcome = await client.JoinAsync();

        Assert.Equal([.. BotMessages.Welcome, Menu.Text], welcome.Select(a => a.Text));
        Assert.All(welcome, a => Assert.Equal(client.UserId, a.Recipient.Id));
        Assert.Contains("Plan amends", welcome[3].SuggestedActions.Actions.Select(a => a.Title));
        Assert.Contains("not a therapist", welcome[1].Text);
        Assert.Contains("988", welcome[1].Text);
        Assert.Empty(await client.JoinAsync());
    }

    [Fact]
    public async Task A_greeting_gets_the_menu_and_the_answer_starts_an_exercise()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());

        Assert.Equal([BotMessages.GreetingReply, Menu.Text], (await client.SayAsync("hello")).Select(a => a.Text));
        Assert.Contains(await client.SayAsync("plan amends"), a => a.Text.Contains("Who would you like to make amends with?"));
    }

    [Fact]
    public async Task State_survives_an_app_restart_on_the_same_sqlite_file()
    {
        using (var first = BotApplicationFactory.WithSqlite(DatabasePath))
        {
            var client = new BotClient(first.CreateClient());
            Assert.Equal(4, (await client.JoinAsync()).Count);
            await client.SayAsync("plan amends");
        }

        SqliteConnection.ClearAllPools();
        using var second = BotApplicationFactory.WithSqlite(DatabasePath);
        var again = new BotClient(second.CreateClient());
        Assert.Empty(await again.JoinAsync());
        Assert.Contains("As far as you know, is Sam open to hearing from you?", Assert.Single(await again.SayAsync("Sam")).Text);
    }

    [Fact]
    public async Task Conversations_do_not_share_state()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var http = app.CreateClient();
        await new BotClient(http, "conversation-a").SayAsync("plan amends");

        var other = new BotClient(http, "conversation-b", "user-b");
        Assert.Equal([BotMessages.GreetingReply, Menu.Text], (await other.SayAsync("hello")).Select(a => a.Text));
    }

    [Fact]
    public async Task A_message_without_text_gets_a_clear_reply_and_loses_nothing()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");

        var reply = await client.SendAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment("image/png", "http://localhost:1/picture.png")],
        });

        Assert.Equal(BotMessages.NoTextReply, Assert.Single(reply).Text);
        Assert.Contains("is Sam open to hearing from you?", Assert.Single(await client.SayAsync("Sam")).Text);
    }

    [Fact]
    public async Task A_stray_card_submit_gets_a_kind_reply_and_uses_up_no_attempt()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");
        await client.SayAsync("Sam");
        await client.SayAsync("yes");
        await client.SayAsync("that I lied");
        await client.SayAsync("I'm sorry");

        // The question now waiting is a choice (how to reach out); two misses would move on.
        Assert.Equal(BotMessages.NoTextReply, Assert.Single(await client.SendAsync(new Activity { Type = ActivityTypes.Message, Value = new JObject { ["x"] = "1" } })).Text);
        Assert.Equal(BotMessages.NoTextReply, Assert.Single(await client.SendAsync(new Activity { Type = ActivityTypes.Message, Value = new JObject { ["x"] = "2" } })).Text);

        Assert.StartsWith("A letter lets Sam", (await client.SayAsync("a letter"))[0].Text);
    }

    [Theory]
    [InlineData("😀🙏🏽")]
    [InlineData("مرحبا، كيف حالك؟")]
    [InlineData("a\u0000b\u200Bc\uFEFF")]
    public async Task Odd_unicode_gets_an_ordinary_reply_and_loses_nothing(string text)
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");

        var replies = await client.SayAsync(text);

        // Kept as the person's name where it reads as one, asked again kindly where it does not; never a failure.
        Assert.True(Assert.Single(replies).Text!.StartsWith("As far as you know, is ", StringComparison.Ordinal) || replies[0].Text!.StartsWith("A short name is enough", StringComparison.Ordinal), replies[0].Text);
        Assert.DoesNotContain(replies, a => a.Text == AdapterWithErrorHandler.ApologyText);
        var askedAgain = replies[0].Text!.StartsWith("A short", StringComparison.Ordinal);
        Assert.StartsWith(askedAgain ? "As far as you know, is Sam open to hearing from you?" : "What do you want to acknowledge to", (await client.SayAsync(askedAgain ? "Sam" : "yes")).Last().Text);
    }

    [Fact]
    public async Task Unknown_activity_types_are_accepted_quietly()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());

        Assert.Empty(await client.SendAsync(new Activity { Type = "somethingNew" }));
        Assert.Equal([BotMessages.GreetingReply, Menu.Text], (await client.SayAsync("hello")).Select(a => a.Text));
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_http_response_body()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());

        using var response = await client.PostRawAsync(
            """{"type":"message","text":"hi","deliveryMode":"expectReplies","channelId":"emulator","serviceUrl":"http://localhost:1/","conversation":{"id":"c-expect"},"from":{"id":"u"},"recipient":{"id":"bot"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = (JArray)JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!;
        Assert.Equal([BotMessages.GreetingReply, Menu.Text], activities.Select(a => (string?)a["text"]));
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    // Strict JSON, as before the body reader was shared with Direct Line (a review found the shared reader lenient).
    [InlineData("""{"type":"message","serviceUrl":"http://localhost:1/"} xyz""", "not valid JSON")]
    [InlineData("""{"type":"message","serviceUrl":"http://localhost:1/"}{"type":"x"}""", "not valid JSON")]
    [InlineData("""{type:'message',serviceUrl:'http://localhost:1/'}""", "not valid JSON")]
    [InlineData("""{"type":"message", /* note */ "serviceUrl":"http://localhost:1/"}""", "not valid JSON")]
    [InlineData("""{"type":"message","serviceUrl":"http://localhost:1/",}""", "not valid JSON")]
    [InlineData("", "empty")]
    [InlineData("""{"text":"hello"}""", "no \"type\"")]
    [InlineData("""{"type":""}""", "no \"type\"")]
    [InlineData("""{"type":42}""", "no \"type\"")]
    [InlineData("[1,2,3]", "JSON object")]
    [InlineData("\"message\"", "JSON object")]
    [InlineData("""{"type":"message"}""", "no \"serviceUrl\"")]
    [InlineData("""{"type":"message","serviceUrl":null}""", "no \"serviceUrl\"")]
    [InlineData("""{"type":"message","serviceUrl":"not a url"}""", "no \"serviceUrl\"")]
    [InlineData("""{"type":"message","serviceUrl":"ftp://x.example/"}""", "no \"serviceUrl\"")]
    // Found by the long fuzz run: an escaped lone surrogate in the type made the validator itself throw (a 500).
    [InlineData("""{"type":"\ud800","serviceUrl":"http://localhost:1/"}""", "not valid text")]
    [InlineData("""{"type":"message","serviceUrl":"http://x\udc00y/"}""", "not valid text")]
    public async Task Malformed_requests_get_400_with_a_clear_body(string body, string explanation)
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());

        using var response = await client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JObject.Parse(await response.Content.ReadAsStringAsync())["error"]!;
        Assert.Equal("BadRequest", (string?)error["code"]);
        Assert.Contains(explanation, (string?)error["message"]);
    }

    // An escaped lone surrogate in the text (a UTF-8 body cannot carry one otherwise): the SDK's JSON reader makes it
    // U+FFFD, so no turn sees half a pair. Pinned end to end because two steps (PersonMention, the choice tokenizer)
    // threw on half a pair when called with one directly, until 2026-12-08.
    [Theory]
    [InlineData("I want to make amends with my dad \\uD800")]
    [InlineData("\\uDC00 2")]
    [InlineData("plan amends", "Sam \\uD800", "yes", "what I did \\uDC00", "yes\\uD800")]
    // U+FFFE does reach a turn, and the runtime refuses to normalise it too: until 2026-12-08 these failed the turn.
    [InlineData("yes \\uFFFE")]
    [InlineData("plan amends", "Sam", "yes \\uFFFE", "what I did \uFFFE")]
    public async Task A_lone_surrogate_in_the_text_is_answered_like_any_message(params string[] texts)
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();

        foreach (var escaped in texts)
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message, Text = "\u0001", DeliveryMode = DeliveryModes.ExpectReplies, ChannelId = client.ChannelId,
                ServiceUrl = "http://localhost:1/", Conversation = new ConversationAccount(id: client.ConversationId),
                From = new ChannelAccount(client.UserId, "User"), Recipient = new ChannelAccount("bot", "RecoveryBot"),
            };
            var body = Newtonsoft.Json.JsonConvert.SerializeObject(activity).Replace("\\u0001", escaped, StringComparison.Ordinal);

            using var response = await client.PostRawAsync(body);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var replies = JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.Select(a => (string?)a["text"]).ToList();
            Assert.NotEmpty(replies);
            Assert.DoesNotContain(TurnErrorHandler.ApologyText, replies);
        }
    }

    // Until 2026-12-08 a U+FFFE beside full-width letters failed the turn: the apology, and no crisis resources.
    [Fact]
    public async Task A_crisis_in_full_width_letters_beside_a_noncharacter_gets_the_crisis_reply()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());
        await client.JoinAsync();

        var replies = await client.SayAsync("ＩＭ ＧＯＩＮＧ ＴＯ ＫＩＬＬ ＭＹＳＥＬＦ ＴＯＮＩＧＨＴ \uFFFE");

        Assert.Contains(replies, r => r.Text?.Contains("988", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(replies, r => r.Text == TurnErrorHandler.ApologyText);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());

        using var response = await client.PostRawAsync($$"""{"type":"message","text":"{{new string('a', 600_000)}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The activity is larger than 512 KB.", (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["error"]!["message"]);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());

        using var response = await client.PostRawAsync("type=message", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Bad_requests_leave_the_saved_state_intact()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");

        foreach (var body in new[] { "{oops", "", """{"text":"x"}""", $$"""{"type":"message","text":"{{new string('a', 600_000)}}"}""" })
        {
            using var _ = await client.PostRawAsync(body);
        }

        Assert.Contains("is Sam open to hearing from you?", Assert.Single(await client.SayAsync("Sam")).Text);
    }

    [Fact]
    public async Task With_an_app_id_configured_a_request_without_a_token_gets_401()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = "66666666-7777-8888-9999-000000000000",
        });
        var client = new BotClient(app.CreateClient());

        using var response = await client.PostRawAsync(
            """{"type":"message","text":"hi","channelId":"msteams","serviceUrl":"http://localhost:1/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"bot"}}""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_reports_healthy_when_the_store_answers()
    {
        using var app = BotApplicationFactory.WithSqlite(DatabasePath);

        using var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_reports_unhealthy_when_the_store_cannot_be_opened()
    {
        // A folder where the database file should be: SQLite cannot open it.
        Directory.CreateDirectory(_folder.File("blocked.db"));
        using var app = BotApplicationFactory.WithSqlite(_folder.File("blocked.db"));

        using var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task The_memory_provider_can_be_chosen_by_configuration()
    {
        using var app = new BotApplicationFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
        var client = new BotClient(app.CreateClient());

        Assert.Equal([BotMessages.GreetingReply, Menu.Text], (await client.SayAsync("hello")).Select(a => a.Text));
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public void An_unknown_storage_provider_stops_start_up_with_a_clear_message()
    {
        var error = BotApplicationFactory.StartupFailure(new Dictionary<string, string?> { ["Storage:Provider"] = "Floppy" });
        Assert.Contains("Storage", error.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
