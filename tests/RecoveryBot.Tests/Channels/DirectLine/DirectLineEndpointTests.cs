using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using RecoveryBot.Bots;
using RecoveryBot.Channels.DirectLine;
using RecoveryBot.Conversation;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Channels.DirectLine;

/// <summary>The Direct Line 3.0 endpoint over HTTP (in memory), with a fake clock.</summary>
public sealed class DirectLineEndpointTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>What a new conversation holds before the user types: the welcome, then the menu (ids 0 to 3, watermark "3").</summary>
    private static readonly string[] Opening = [.. BotMessages.Welcome, Menu.Text];

    private static readonly string[] ExerciseTitles =
        ["Acknowledge harm", "Plan amends", "Set boundaries", "Rebuild trust", "Be your own friend", "Find support", "After a slip", "Being with people"];

    private const string PlanAmendsIntro = "This exercise helps you plan amends";
    private const string PlanAmendsQuestion = "Who would you like to make amends with?";
    private const string IsSamOpen = "As far as you know, is Sam open to hearing from you?";

    private static List<JObject> Messages(JObject set) => set["activities"]!.Cast<JObject>().ToList();

    private static IEnumerable<string?> Texts(IEnumerable<JToken> activities) => activities.Select(a => (string?)a["text"]);

    [Fact]
    public async Task Anonymous_generate_gives_a_dl_user_a_new_conversation_and_a_resume_credential()
    {
        using var host = new DirectLineTestHost(_folder);
        var first = await host.GenerateAsync();
        var second = await host.GenerateAsync();

        Assert.NotEqual((string)first["conversationId"]!, (string)second["conversationId"]!);
        Assert.Equal(1800, (int)first["expires_in"]!);
        Assert.False(string.IsNullOrEmpty((string?)first["resumeToken"]));
        var payload = ((string)first["token"]!).Split('.')[1];
        var user = JObject.Parse(Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.Base64UrlTextEncoder.Decode(payload)))["user"];
        Assert.StartsWith("dl_", (string)user!);
    }

    [Fact]
    public async Task Without_anonymous_tokens_generate_needs_the_secret()
    {
        using var host = new DirectLineTestHost(_folder, new Dictionary<string, string?>
        {
            ["DirectLine:AllowAnonymousTokens"] = "false",
            ["DirectLine:Secret"] = "s3cret-for-tests",
        });

        using var anonymous = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null);
        await DirectLineTestHost.ExpectErrorAsync(anonymous, HttpStatusCode.Unauthorized, "Unauthorized");
        using var wrong = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");
        await DirectLineTestHost.ExpectErrorAsync(wrong, HttpStatusCode.Unauthorized, "Unauthorized");
        using var named = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "s3cret-for-tests", new { user = new { id = "dl_alice" } });
        var token = (string)(await DirectLineTestHost.ExpectAsync(named, HttpStatusCode.OK))["token"]!;
        using var started = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        var conversation = await DirectLineTestHost.ExpectAsync(started, HttpStatusCode.Created);
        var welcome = Messages(await host.GetActivitiesAsync((string)conversation["conversationId"]!, token));
        Assert.All(welcome, a => Assert.Equal("dl_alice", (string?)a["recipient"]?["id"]));
    }

    [Fact]
    public async Task Tokens_refresh_before_they_expire_and_not_after()
    {
        using var host = new DirectLineTestHost(_folder);
        var (conversationId, token) = await host.StartAsync();

        host.Clock.Advance(TimeSpan.FromMinutes(20));
        using var refreshed = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        var fresh = await DirectLineTestHost.ExpectAsync(refreshed, HttpStatusCode.OK);
        Assert.Equal(conversationId, (string)fresh["conversationId"]!);

        host.Clock.Advance(TimeSpan.FromMinutes(11));
        using var late = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        await DirectLineTestHost.ExpectErrorAsync(late, HttpStatusCode.Forbidden, "TokenExpired");
        using var lateRead = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        await DirectLineTestHost.ExpectErrorAsync(lateRead, HttpStatusCode.Forbidden, "TokenExpired");

        Assert.NotEmpty(Messages(await host.GetActivitiesAsync(conversationId, (string)fresh["token"]!)));
    }

    [Fact]
    public async Task The_resume_credential_gets_a_new_token_for_the_same_conversation_after_the_token_expired()
    {
        using var host = new DirectLineTestHost(_folder);
        var generated = await host.GenerateAsync();
        using (await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)generated["token"]!))
        {
        }

        host.Clock.Advance(TimeSpan.FromDays(3));
        var resumed = await host.GenerateAsync(new { resumeToken = (string)generated["resumeToken"]! });
        Assert.Equal((string)generated["conversationId"]!, (string)resumed["conversationId"]!);
        Assert.Equal(Opening, Texts(Messages(await host.GetActivitiesAsync((string)resumed["conversationId"]!, (string)resumed["token"]!))));

        // A resume credential is not a token, and a token is not a resume credential.
        using var misuse = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{generated["conversationId"]}/activities", (string)generated["resumeToken"]!);
        await DirectLineTestHost.ExpectErrorAsync(misuse, HttpStatusCode.Unauthorized, "Unauthorized");
        using var swapped = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null, new { resumeToken = (string)resumed["token"]! });
        await DirectLineTestHost.ExpectErrorAsync(swapped, HttpStatusCode.Unauthorized, "Unauthorized");

        host.Clock.Advance(TimeSpan.FromDays(31));
        using var expired = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null, new { resumeToken = (string)resumed["resumeToken"]! });
        await DirectLineTestHost.ExpectErrorAsync(expired, HttpStatusCode.Forbidden, "TokenExpired");
    }

    [Fact]
    public async Task A_token_for_one_conversation_can_neither_read_nor_post_to_another()
    {
        using var host = new DirectLineTestHost(_folder);
        var (a, tokenA) = await host.StartAsync();
        var (b, tokenB) = await host.StartAsync();
        await host.SayAsync(b, tokenB, "private to b");

        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, $"/v3/directline/conversations/{b}/activities"),
            (HttpMethod.Get, $"/v3/directline/conversations/{b}"),
            (HttpMethod.Delete, $"/v3/directline/conversations/{b}"),
        })
        {
            using var response = await host.SendAsync(method, path, tokenA);
            await DirectLineTestHost.ExpectErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
        }

        using var post = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{b}/activities", tokenA, new { type = "message", text = "sneaky" });
        await DirectLineTestHost.ExpectErrorAsync(post, HttpStatusCode.Forbidden, "Forbidden");
        Assert.DoesNotContain(Messages(await host.GetActivitiesAsync(b, tokenB)), m => (string?)m["text"] == "sneaky");
        Assert.DoesNotContain(Messages(await host.GetActivitiesAsync(a, tokenA)), m => (string?)m["text"] == "private to b");
    }

    [Fact]
    public async Task Starting_delivers_the_welcome_before_the_user_types_and_a_second_start_is_200()
    {
        using var host = new DirectLineTestHost(_folder);
        var generated = await host.GenerateAsync();
        var token = (string)generated["token"]!;
        using var start = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        var conversation = await DirectLineTestHost.ExpectAsync(start, HttpStatusCode.Created);
        Assert.StartsWith("ws://", (string)conversation["streamUrl"]!);
        Assert.Contains($"/v3/directline/conversations/{generated["conversationId"]}/stream?t=", (string)conversation["streamUrl"]!);

        var set = await host.GetActivitiesAsync((string)generated["conversationId"]!, token);
        var activities = Messages(set);
        Assert.Equal(Opening, Texts(activities));
        Assert.Equal(ExerciseTitles, activities[^1]["suggestedActions"]!["actions"]!.Select(a => (string?)a["title"]));
        Assert.Equal(
            Enumerable.Range(0, Opening.Length).Select(i => $"{generated["conversationId"]}|{i:D7}"),
            activities.Select(a => (string?)a["id"]));
        Assert.All(activities, a =>
        {
            Assert.Equal("message", (string?)a["type"]);
            Assert.Equal("directline", (string?)a["channelId"]);
            Assert.Equal("bot", (string?)a["from"]?["role"]);
        });
        Assert.Equal("3", (string?)set["watermark"]);

        // A second start neither welcomes again nor offers the menu twice.
        using var again = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        await DirectLineTestHost.ExpectAsync(again, HttpStatusCode.OK);
        Assert.Equal(Opening, Texts(Messages(await host.GetActivitiesAsync((string)generated["conversationId"]!, token))));
    }

    [Fact]
    public async Task A_posted_message_is_echoed_with_its_channel_data_and_answered_with_reply_to_id()
    {
        using var host = new DirectLineTestHost(_folder);
        var (conversationId, token) = await host.StartAsync();
        var userId = (string)Messages(await host.GetActivitiesAsync(conversationId, token))[0]["recipient"]!["id"]!;

        var id = await host.SayAsync(conversationId, token, "plan amends", clientActivityId: "client-42");
        Assert.Equal(conversationId + "|0000004", id);

        var set = await host.GetActivitiesAsync(conversationId, token, "3");
        var (echo, replies) = (Messages(set)[0], Messages(set).Skip(1).ToList());
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal("plan amends", (string?)echo["text"]);
        Assert.Equal("client-42", (string?)echo["channelData"]?["clientActivityID"]);
        Assert.Equal(userId, (string?)echo["from"]?["id"]);
        Assert.Equal("user", (string?)echo["from"]?["role"]);
        Assert.Equal("directline", (string?)echo["channelId"]);

        // The exercise starts: its intro, the pause/cancel line, then its first question, each a reply to the message.
        Assert.Equal(3, replies.Count);
        Assert.StartsWith(PlanAmendsIntro, (string?)replies[0]["text"]);
        Assert.Contains("\"pause\"", (string?)replies[1]["text"]);
        Assert.StartsWith(PlanAmendsQuestion, (string?)replies[2]["text"]);
        Assert.All(replies, reply =>
        {
            Assert.Equal(id, (string?)reply["replyToId"]);
            Assert.Equal("bot", (string?)reply["from"]?["role"]);
        });
        Assert.Equal(
            new[] { 5, 6, 7 }.Select(i => $"{conversationId}|{i:D7}"),
            replies.Select(r => (string?)r["id"]));
        Assert.Equal("7", (string?)set["watermark"]);
    }

    [Fact]
    public async Task Activities_that_claim_to_be_from_the_bot_or_are_conversation_updates_are_refused()
    {
        using var host = new DirectLineTestHost(_folder);
        var (conversationId, token) = await host.StartAsync();
        var path = $"/v3/directline/conversations/{conversationId}/activities";

        using var asBot = await host.SendAsync(HttpMethod.Post, path, token, new { type = "message", text = "x", from = new { id = "recoverybot" } });
        await DirectLineTestHost.ExpectErrorAsync(asBot, HttpStatusCode.BadRequest, "BadRequest");
        using var asBotRole = await host.SendAsync(HttpMethod.Post, path, token, new { type = "message", text = "x", from = new { id = "x", role = "bot" } });
        await DirectLineTestHost.ExpectErrorAsync(asBotRole, HttpStatusCode.BadRequest, "BadRequest");
        using var update = await host.SendAsync(HttpMethod.Post, path, token, new { type = "conversationUpdate" });
        await DirectLineTestHost.ExpectErrorAsync(update, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Equal(Opening, Texts(Messages(await host.GetActivitiesAsync(conversationId, token))));
    }

    [Fact]
    public async Task Watermarks_page_through_the_log_and_stay_monotonic_when_the_log_is_capped()
    {
        using var host = new DirectLineTestHost(_folder, new Dictionary<string, string?> { ["DirectLine:MaxLogActivities"] = "10" });
        var (conversationId, token) = await host.StartAsync();

        var all = await host.GetActivitiesAsync(conversationId, token);
        Assert.Equal("3", (string?)all["watermark"]);
        Assert.Empty(Messages(await host.GetActivitiesAsync(conversationId, token, (string)all["watermark"]!)));
        Assert.Equal("3", (string?)(await host.GetActivitiesAsync(conversationId, token, "3"))["watermark"]);
        Assert.Equal([Menu.Text], Texts(Messages(await host.GetActivitiesAsync(conversationId, token, "2"))));

        // Five turns of two activities each (the message and one answer): the opening 4 + 10 = 14 activities, ids 0 to 13.
        // At the menu, a thank-you gets one kind line and the menu stays where it is.
        var expected = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            var id = await host.SayAsync(conversationId, token, "thank you", $"c{i}");
            var turn = Messages(await host.GetActivitiesAsync(conversationId, token, (string)all["watermark"]!)).SkipWhile(a => (string?)a["id"] != id).ToList();
            Assert.Equal(2, turn.Count);
            Assert.Equal(id, (string?)turn[1]["replyToId"]);
            expected.AddRange(Texts(turn));
        }

        Assert.Equal(
            Enumerable.Repeat(BotMessages.ThanksReply, 5),
            expected.Where((_, i) => i % 2 == 1));

        var capped = await host.GetActivitiesAsync(conversationId, token);
        Assert.Equal(10, Messages(capped).Count);
        Assert.Equal("13", (string?)capped["watermark"]);
        Assert.Equal(conversationId + "|0000004", (string?)Messages(capped)[0]["id"]);
        Assert.Equal(expected, Texts(Messages(capped)));
        var tail = Messages(await host.GetActivitiesAsync(conversationId, token, "10"));
        Assert.Equal(new[] { 11, 12, 13 }.Select(i => $"{conversationId}|{i:D7}"), tail.Select(a => (string?)a["id"]));
        Assert.Equal("13", (string?)(await host.GetActivitiesAsync(conversationId, token, "10"))["watermark"]);
    }

    [Fact]
    public async Task Malformed_and_oversized_bodies_get_400_and_413_in_the_error_shape()
    {
        using var host = new DirectLineTestHost(_folder);
        var (conversationId, token) = await host.StartAsync();
        var path = $"/v3/directline/conversations/{conversationId}/activities";

        using var notJson = await host.SendRawAsync(HttpMethod.Post, path, token, "{ not json");
        await DirectLineTestHost.ExpectErrorAsync(notJson, HttpStatusCode.BadRequest, "BadRequest");
        using var empty = await host.SendRawAsync(HttpMethod.Post, path, token, "");
        await DirectLineTestHost.ExpectErrorAsync(empty, HttpStatusCode.BadRequest, "BadRequest");
        using var trailing = await host.SendRawAsync(HttpMethod.Post, path, token, """{"type":"message","text":"hi"} and more""");
        await DirectLineTestHost.ExpectErrorAsync(trailing, HttpStatusCode.BadRequest, "BadRequest");
        using var array = await host.SendRawAsync(HttpMethod.Post, path, token, "[1,2]");
        await DirectLineTestHost.ExpectErrorAsync(array, HttpStatusCode.BadRequest, "BadRequest");
        using var noType = await host.SendAsync(HttpMethod.Post, path, token, new { text = "hi" });
        await DirectLineTestHost.ExpectErrorAsync(noType, HttpStatusCode.BadRequest, "BadRequest");
        using var badShape = await host.SendRawAsync(HttpMethod.Post, path, token, """{"type":"message","from":"not an object"}""");
        await DirectLineTestHost.ExpectErrorAsync(badShape, HttpStatusCode.BadRequest, "BadRequest");
        using var huge = await host.SendAsync(HttpMethod.Post, path, token, new { type = "message", text = new string('x', 300 * 1024) });
        await DirectLineTestHost.ExpectErrorAsync(huge, HttpStatusCode.RequestEntityTooLarge, "PayloadTooLarge");
        using var badWatermark = await host.SendAsync(HttpMethod.Get, path + "?watermark=abc", token);
        await DirectLineTestHost.ExpectErrorAsync(badWatermark, HttpStatusCode.BadRequest, "BadRequest");

        Assert.Equal(Opening, Texts(Messages(await host.GetActivitiesAsync(conversationId, token))));
    }

    [Fact]
    public async Task Missing_or_forged_credentials_get_401_and_unknown_conversations_404()
    {
        using var host = new DirectLineTestHost(_folder, new Dictionary<string, string?> { ["DirectLine:Secret"] = "s3cret-for-tests" });
        var (conversationId, token) = await host.StartAsync();
        var path = $"/v3/directline/conversations/{conversationId}/activities";

        using var none = await host.SendAsync(HttpMethod.Get, path, null);
        await DirectLineTestHost.ExpectErrorAsync(none, HttpStatusCode.Unauthorized, "Unauthorized");
        using var forged = await host.SendAsync(HttpMethod.Get, path, token[..^4] + "AAAA");
        await DirectLineTestHost.ExpectErrorAsync(forged, HttpStatusCode.Unauthorized, "Unauthorized");
        using var garbage = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", "garbage");
        await DirectLineTestHost.ExpectErrorAsync(garbage, HttpStatusCode.Unauthorized, "Unauthorized");
        using var unknown = await host.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nosuchconversation/activities", "s3cret-for-tests");
        await DirectLineTestHost.ExpectErrorAsync(unknown, HttpStatusCode.NotFound, "NotFound");
        using var notStarted = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{(await host.GenerateAsync())["conversationId"]}", (string)(await host.GenerateAsync())["token"]!);
        await DirectLineTestHost.ExpectErrorAsync(notStarted, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Reconnecting_returns_a_fresh_token_and_a_stream_url_with_the_watermark()
    {
        using var host = new DirectLineTestHost(_folder);
        var (conversationId, token) = await host.StartAsync();
        using var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token);
        var conversation = await DirectLineTestHost.ExpectAsync(response, HttpStatusCode.OK);
        Assert.EndsWith("&watermark=1", (string)conversation["streamUrl"]!);
        Assert.Equal(Opening, Texts(Messages(await host.GetActivitiesAsync(conversationId, (string)conversation["token"]!))));
    }

    [Fact]
    public async Task The_log_survives_an_app_restart_on_the_same_sqlite_file()
    {
        string conversationId, token;
        using (var first = new DirectLineTestHost(_folder))
        {
            (conversationId, token) = await first.StartAsync();
            await first.SayAsync(conversationId, token, "plan amends");
        }

        // The log (opening 0-3, the message 4, the exercise's start 5-7) and the exercise's place (encrypted state,
        // with the key ring in the same folder) both survive.
        SqliteConnection.ClearAllPools();
        using var second = new DirectLineTestHost(_folder);
        var activities = Messages(await second.GetActivitiesAsync(conversationId, token));
        Assert.Equal(8, activities.Count);
        Assert.Equal(Opening, Texts(activities.Take(4)));
        Assert.Equal("plan amends", (string?)activities[4]["text"]);
        Assert.StartsWith(PlanAmendsQuestion, (string?)activities[7]["text"]);
        var id = await second.SayAsync(conversationId, token, "Sam", "c2");
        Assert.Equal(conversationId + "|0000008", id);
        var after = Messages(await second.GetActivitiesAsync(conversationId, token, "7"));
        Assert.Equal(2, after.Count);
        Assert.Equal("Sam", (string?)after[0]["text"]);
        Assert.StartsWith(IsSamOpen, (string?)after[1]["text"]);
        Assert.Equal(id, (string?)after[1]["replyToId"]);
        Assert.Equal(conversationId + "|0000009", (string?)after[1]["id"]);
    }

    [Fact]
    public async Task A_proactive_message_through_ContinueConversationAsync_is_appended_to_the_log()
    {
        using var host = new DirectLineTestHost(_folder);
        var (conversationId, token) = await host.StartAsync();
        var userId = (string)Messages(await host.GetActivitiesAsync(conversationId, token))[0]["recipient"]!["id"]!;
        var adapter = host.Services.GetRequiredService<DirectLineAdapter>();

        await adapter.ContinueConversationAsync(
            DirectLineAdapter.BotId,
            DirectLineAdapter.ReferenceFor(conversationId, userId),
            (turn, ct) => turn.SendActivityAsync("Checking in: how are you tonight?", cancellationToken: ct),
            CancellationToken.None);

        var proactive = Messages(await host.GetActivitiesAsync(conversationId, token, "3")).Single();
        Assert.Equal("Checking in: how are you tonight?", (string?)proactive["text"]);
        Assert.Equal(userId, (string?)proactive["recipient"]?["id"]);
        Assert.Equal("bot", (string?)proactive["from"]?["role"]);
    }

    [Fact]
    public async Task A_failing_turn_gets_the_apology_in_the_log()
    {
        using var host = new DirectLineTestHost(_folder);
        var (conversationId, token) = await host.StartAsync();
        var adapter = host.Services.GetRequiredService<DirectLineAdapter>();
        var userId = (string)Messages(await host.GetActivitiesAsync(conversationId, token))[0]["recipient"]!["id"]!;

        await adapter.ContinueConversationAsync(
            DirectLineAdapter.BotId,
            DirectLineAdapter.ReferenceFor(conversationId, userId),
            (_, _) => throw new InvalidOperationException("boom"),
            CancellationToken.None);

        Assert.Equal(AdapterWithErrorHandler.ApologyText, (string?)Messages(await host.GetActivitiesAsync(conversationId, token, "3")).Single()["text"]);
    }

    [Fact]
    public async Task The_secret_in_a_stream_url_is_refused_while_the_conversations_token_opens_it()
    {
        using var host = new DirectLineTestHost(_folder, new Dictionary<string, string?> { ["DirectLine:Secret"] = "s3cret-for-tests" });
        var (conversationId, token) = await host.StartAsync();
        var client = host.App.Server.CreateWebSocketClient();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(
            new Uri(host.App.Server.BaseAddress, $"/v3/directline/conversations/{conversationId}/stream?t=s3cret-for-tests"), CancellationToken.None));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);

        using var socket = await client.ConnectAsync(
            new Uri(host.App.Server.BaseAddress, $"/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}"), CancellationToken.None);
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task A_token_for_one_conversation_cannot_open_the_stream_of_another()
    {
        using var host = new DirectLineTestHost(_folder);
        var (_, tokenA) = await host.StartAsync();
        var (b, _) = await host.StartAsync();
        var client = host.App.Server.CreateWebSocketClient();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(
            new Uri(host.App.Server.BaseAddress, $"/v3/directline/conversations/{b}/stream?t={Uri.EscapeDataString(tokenA)}"), CancellationToken.None));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_beyond_the_limit_get_a_clear_429_with_retry_after_and_nothing_is_lost_before_it()
    {
        using var host = new DirectLineTestHost(_folder, new Dictionary<string, string?> { ["DirectLine:PostsPerMinute"] = "2" });
        var (conversationId, token) = await host.StartAsync();
        await host.SayAsync(conversationId, token, "menu", "c1");
        await host.SayAsync(conversationId, token, "help", "c2");

        using var third = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new { type = "message", text = "one too many", from = new { id = "dl_user" } });

        await DirectLineTestHost.ExpectErrorAsync(third, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.True(third.Headers.RetryAfter is not null);
        var texts = Messages(await host.GetActivitiesAsync(conversationId, token)).Select(m => (string?)m["text"]).ToList();
        Assert.Contains("menu", texts);
        Assert.Contains("help", texts);
        Assert.DoesNotContain("one too many", texts);
    }

    [Fact]
    public async Task Delete_removes_the_log_the_conversation_and_what_the_bot_kept()
    {
        using var host = new DirectLineTestHost(_folder);
        var (conversationId, token) = await host.StartAsync();
        var userId = (string)Messages(await host.GetActivitiesAsync(conversationId, token))[0]["recipient"]!["id"]!;
        await host.SayAsync(conversationId, token, "plan amends", "c1");
        await host.SayAsync(conversationId, token, "forget this", "c2");
        var storage = host.Services.GetRequiredService<IStorage>();
        Assert.Equal(2, (await storage.ReadAsync([$"directline/conversations/{conversationId}", $"directline/users/{userId}"])).Count);

        using var deleted = await host.SendAsync(HttpMethod.Delete, $"/v3/directline/conversations/{conversationId}", token);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        using var read = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        await DirectLineTestHost.ExpectErrorAsync(read, HttpStatusCode.NotFound, "NotFound");
        // The page's "Start over / delete my data" erases what the bot kept too, not only the log.
        var stored = await storage.ReadAsync([DirectLineConversationRecord.KeyFor(conversationId), $"directline/conversations/{conversationId}", $"directline/users/{userId}"]);
        Assert.Empty(stored);
    }

    [Fact]
    public async Task Token_generation_is_rate_limited_per_client_with_a_clear_429()
    {
        using var host = new DirectLineTestHost(_folder, new Dictionary<string, string?> { ["DirectLine:TokenRequestsPerMinute"] = "2" });
        await host.GenerateAsync();
        await host.GenerateAsync();
        using var third = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null);
        await DirectLineTestHost.ExpectErrorAsync(third, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.True(third.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task The_stream_replays_the_welcome_then_pushes_echo_and_replies_and_keeps_alive()
    {
        using var host = new DirectLineTestHost(_folder, new Dictionary<string, string?> { ["DirectLine:KeepAliveInterval"] = "00:00:00.300" });
        var (conversationId, token) = await host.StartAsync();
        var client = host.App.Server.CreateWebSocketClient();
        using var socket = await client.ConnectAsync(
            new Uri(host.App.Server.BaseAddress, $"/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}"), CancellationToken.None);

        var replay = JObject.Parse(await ReceiveAsync(socket));
        Assert.Equal(Opening, Texts(replay["activities"]!));
        Assert.Equal(ExerciseTitles, replay["activities"]![3]!["suggestedActions"]!["actions"]!.Select(a => (string?)a["title"]));
        Assert.Equal("3", (string?)replay["watermark"]);

        // The echo and the exercise's three opening messages, then nothing but keep-alives.
        var id = await host.SayAsync(conversationId, token, "plan amends", "sock-1");
        var frames = new List<JObject>();
        while (frames.SelectMany(f => f["activities"]!).Count() < 4)
        {
            var text = await ReceiveAsync(socket);
            if (text.Length > 0)
            {
                frames.Add(JObject.Parse(text));
            }
        }

        var pushed = frames.SelectMany(f => f["activities"]!).ToList();
        Assert.Equal(4, pushed.Count);
        Assert.Equal("sock-1", (string?)pushed[0]["channelData"]?["clientActivityID"]);
        Assert.Equal(id, (string?)pushed[0]["id"]);
        Assert.All(pushed.Skip(1), reply => Assert.Equal(id, (string?)reply["replyToId"]));
        Assert.StartsWith(PlanAmendsIntro, (string?)pushed[1]["text"]);
        Assert.StartsWith(PlanAmendsQuestion, (string?)pushed[3]["text"]);
        Assert.Equal("7", (string?)frames[^1]["watermark"]);
        Assert.DoesNotContain(pushed, a => (string?)a["type"] == "conversationUpdate");

        Assert.Equal(string.Empty, await ReceiveAsync(socket));
    }

    [Fact]
    public async Task Delete_my_data_clears_the_conversation_log_and_the_confirmation_still_arrives()
    {
        using var host = new DirectLineTestHost(_folder);
        var (conversationId, token) = await host.StartAsync();
        await host.SayAsync(conversationId, token, "plan amends", "c1");
        await host.SayAsync(conversationId, token, "my cousin Theodora", "c2");

        await host.SayAsync(conversationId, token, "delete my data", "c3");
        await host.SayAsync(conversationId, token, "yes", "c4");

        var log = Messages(await host.GetActivitiesAsync(conversationId, token));
        Assert.DoesNotContain(log, a => ((string?)a["text"] ?? "").Contains("Theodora"));
        Assert.Contains(log, a => (string?)a["text"] == BotMessages.DataDeleted);
        Assert.Empty(await host.Services.GetRequiredService<Microsoft.Bot.Builder.IStorage>().ReadAsync([$"directline/conversations/{conversationId}"]));
    }

    [Fact]
    public async Task A_check_in_planned_in_web_chat_arrives_in_the_same_conversation_on_the_day()
    {
        using var host = new DirectLineTestHost(_folder);
        var (conversationId, token) = await host.StartAsync();
        var answers = new[] { "plan amends", "Sam", "yes", "that I let him down", "I'm sorry, Sam", "a letter", "in two weeks", "call my sponsor", "ready" };
        for (var i = 0; i < answers.Length; i++)
        {
            await host.SayAsync(conversationId, token, answers[i], $"c{i}");
        }

        var sender = host.Services.GetRequiredService<RecoveryBot.CheckIns.CheckInSender>();
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));

        // Two weeks on, the page's token has long expired: read the log the page will replay.
        var log = await host.Services.GetRequiredService<DirectLineConversationStore>().ReadAfterAsync(conversationId, -1, CancellationToken.None);
        Assert.StartsWith("Today is the day you planned to reach out to Sam", (string?)log!.Activities[^1]["text"]);
    }

    private static async Task<string> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }
}
