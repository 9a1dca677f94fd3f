using System.Net;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RecoveryBot.Bots;
using RecoveryBot.Channels.Teams;
using RecoveryBot.Conversation;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Channels.Teams;

/// <summary>
/// Teams-shaped activities through /api/messages, delivered the way Teams delivers them (replies go back to the
/// serviceUrl), with a local stand-in for the Bot Connector service recording what the bot sends.
/// </summary>
public sealed class TeamsConversationTests : IAsyncLifetime, IDisposable
{
    private const string BotId = "28:recoverybot-app-id";
    private readonly TempDirectory _folder = new();
    private ConnectorStandIn _connector = null!;
    private BotApplicationFactory _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStandIn.StartAsync();
        _app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"));
        _http = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _app.Dispose();
    }

    public void Dispose() => _folder.Dispose();

    private Activity TeamsActivity(string type, string conversationId, string conversationType, string userId = "29:user-1", string userName = "Alex")
        => new()
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "msteams",
            ServiceUrl = _connector.ServiceUrl,
            Timestamp = DateTimeOffset.UtcNow,
            From = new ChannelAccount(userId, userName, aadObjectId: "aad-" + userId),
            Recipient = new ChannelAccount(BotId, "RecoveryBot"),
            Conversation = new ConversationAccount(isGroup: conversationType != "personal", conversationType: conversationType, id: conversationId, tenantId: "tenant-1"),
            ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = "tenant-1" } },
        };

    private Activity Message(string conversationId, string conversationType, string text, bool mention = false)
    {
        var activity = TeamsActivity(ActivityTypes.Message, conversationId, conversationType);
        activity.Text = mention ? $"<at>RecoveryBot</at> {text}" : text;
        if (mention)
        {
            activity.Entities = [new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = BotId, name = "RecoveryBot" }, text = "<at>RecoveryBot</at>" }) }];
        }

        return activity;
    }

    /// <summary>Posts the activity and returns what the person sees of each message the bot sent back for it: its text,
    /// or a hero card's text and one line per button.</summary>
    private async Task<List<string>> SendAsync(Activity activity)
    {
        var before = _connector.Received.Count;
        using var response = await _http.PostAsync("/api/messages", new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return _connector.Received.Skip(before)
            .Select(r => r.Activity)
            .Where(a => (string?)a["type"] == "message")
            .Select(a => (string?)a["text"] ?? HeroCardText(a))
            .ToList();
    }

    private static string HeroCardText(JObject activity) =>
        activity["attachments"]?.FirstOrDefault(x => (string?)x["contentType"] == HeroCard.ContentType)?["content"] is JObject card
            ? string.Join("\n", new[] { (string?)card["text"] ?? "" }.Concat(card["buttons"]?.Select(b => (string?)b["title"] ?? "") ?? []))
            : "";

    [Fact]
    public async Task Installing_in_a_personal_chat_welcomes_the_person_and_offers_the_menu()
    {
        var install = TeamsActivity(ActivityTypes.ConversationUpdate, "a:personal-1", "personal");
        install.MembersAdded = [new ChannelAccount(BotId, "RecoveryBot")];

        var sent = await SendAsync(install);

        Assert.Equal(BotMessages.Welcome, sent.Take(3));
        // Eight choices are more than Teams shows as suggested actions, so the menu is a card with a button for each
        // exercise (as the SDK's ChoiceFactory renders it); typed answers work too.
        var menu = _connector.Received.Select(r => r.Activity).Last(a => (string?)a["type"] == "message");
        Assert.Equal(HeroCard.ContentType, (string?)menu["attachments"]?[0]?["contentType"]);
        Assert.StartsWith(Menu.Text, sent[3]);
        Assert.Contains("\nPlan amends", sent[3]);
        Assert.All(_connector.Received, r => Assert.Equal("a:personal-1", r.ConversationId));
    }

    [Fact]
    public async Task A_personal_chat_runs_the_exercises()
    {
        await SendAsync(Message("a:personal-2", "personal", "plan amends"));

        var sent = await SendAsync(Message("a:personal-2", "personal", "my sister Jo"));
        var open = await SendAsync(Message("a:personal-2", "personal", "yes"));

        Assert.Contains(sent, t => t.Contains("As far as you know, is Jo open to hearing from you?"));
        Assert.Contains(open, t => t.Contains("What do you want to acknowledge to Jo?"));
    }

    [Theory]
    [InlineData("groupChat", "19:group-chat-1@thread.v2")]
    [InlineData("channel", "19:channel-1@thread.tacv2;messageid=1700000000000")]
    public async Task In_a_group_the_bot_introduces_itself_once_and_no_member_is_welcomed_personally(string conversationType, string conversationId)
    {
        var added = TeamsActivity(ActivityTypes.ConversationUpdate, conversationId, conversationType);
        added.MembersAdded = [new ChannelAccount(BotId, "RecoveryBot")];
        Assert.Equal([TeamsGroupConversation.GroupWelcome], await SendAsync(added));

        var memberJoins = TeamsActivity(ActivityTypes.ConversationUpdate, conversationId, conversationType);
        memberJoins.MembersAdded = [new ChannelAccount("29:newcomer", "Sam")];
        Assert.Empty(await SendAsync(memberJoins));
    }

    [Theory]
    [InlineData("groupChat", "19:group-chat-2@thread.v2")]
    [InlineData("channel", "19:channel-2@thread.tacv2;messageid=1700000000001")]
    public async Task A_mention_in_a_group_gets_an_invitation_to_a_private_chat_and_never_the_users_words(string conversationType, string conversationId)
    {
        var sent = await SendAsync(Message(conversationId, conversationType, "plan amends with my ex Jordan", mention: true));

        var reply = Assert.Single(sent);
        Assert.Contains("1:1 chat", reply);
        Assert.Contains("Hi Alex", reply);
        Assert.DoesNotContain("Jordan", reply);
        Assert.DoesNotContain("<at>", reply);
        // Nothing personal was started: the group has no exercise running.
        var again = Assert.Single(await SendAsync(Message(conversationId, conversationType, "Jordan", mention: true)));
        Assert.Contains("1:1 chat", again);
    }

    [Fact]
    public async Task A_crisis_message_in_a_group_gets_the_resources_without_repeating_it()
    {
        var sent = await SendAsync(Message("19:group-chat-3@thread.v2", "groupChat", "i want to kill myself", mention: true));

        var reply = Assert.Single(sent);
        Assert.Contains("call or text 988", reply);
        Assert.DoesNotContain("kill myself", reply);
    }

    [Fact]
    public async Task Help_now_works_in_a_group()
    {
        var reply = Assert.Single(await SendAsync(Message("19:group-chat-4@thread.v2", "groupChat", "help now", mention: true)));

        Assert.Contains("1-800-662-4357", reply);
    }

    [Theory]
    [InlineData("<at>RecoveryBot</at> help now", "<at>RecoveryBot</at>")]
    [InlineData("<at>@RecoveryBot</at> help now", "<at>@RecoveryBot</at>")]
    public async Task A_mention_in_a_personal_chat_is_not_part_of_what_the_person_said(string text, string mentionText)
    {
        await SendAsync(Message("a:personal-mention", "personal", "plan amends"));
        var help = Message("a:personal-mention", "personal", "");
        help.Text = text;
        help.Entities = [new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = BotId, name = "RecoveryBot" }, text = mentionText }) }];

        var sent = await SendAsync(help);

        // "help now" is the crisis command: the resources, then the same question again, and the tag is no answer.
        Assert.Contains(sent, t => t.Contains("1-800-662-4357"));
        var person = await SendAsync(Message("a:personal-mention", "personal", "my sister Jo"));
        Assert.Contains(person, t => t.Contains("As far as you know, is Jo open to hearing from you?"));
    }

    [Fact]
    public void Removing_a_mention_keeps_the_persons_line_breaks_and_other_peoples_mentions()
    {
        var message = Message("a:personal-lines", "personal", "<at>RecoveryBot</at> I missed his wedding. \nI was drunk.\n\n - first\n - <at>Sam</at> knows");
        message.Entities =
        [
            new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = BotId, name = "RecoveryBot" }, text = "<at>RecoveryBot</at>" }) },
            new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = "29:sam", name = "Sam" }, text = "<at>Sam</at>" }) },
        ];

        Assert.True(TeamsMentions.RemoveBotMentions(message));
        Assert.Equal("I missed his wedding. \nI was drunk.\n\n - first\n - <at>Sam</at> knows", message.Text);
    }

    [Fact]
    public void A_mention_of_someone_else_who_shares_the_bots_name_is_not_a_mention_of_the_bot()
    {
        var message = Message("a:personal-namesake", "personal", "<at>RecoveryBot</at> is my friend's nickname");
        message.Entities = [new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = "29:friend", name = "RecoveryBot" }, text = "<at>RecoveryBot</at>" }) }];

        Assert.False(TeamsMentions.RemoveBotMentions(message));
        Assert.Equal("<at>RecoveryBot</at> is my friend's nickname", message.Text);
    }

    [Fact]
    public async Task A_mention_entity_with_no_text_is_read_without_error()
    {
        var message = Message("a:personal-mention-2", "personal", "<at>RecoveryBot</at> menu");
        message.Entities = [new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = BotId, name = "RecoveryBot" } }) }, new Entity("mention")];

        var sent = await SendAsync(message);

        Assert.Contains(sent, t => t.StartsWith(Menu.Text, StringComparison.Ordinal));
    }

    // The shape of a channel message in Microsoft's channel samples: no conversationType, the team and channel in the
    // channel data.
    [Fact]
    public async Task A_channel_message_without_a_conversation_type_is_a_group_message()
    {
        var message = Message("19:abc123@thread.skype;messageid=1700000000002", "personal", "plan amends with my ex Jordan", mention: true);
        message.Conversation = new ConversationAccount(isGroup: null, id: "19:abc123@thread.skype;messageid=1700000000002", tenantId: "tenant-1");
        message.ChannelData = new JObject
        {
            ["teamsChannelId"] = "19:abc123@thread.skype",
            ["teamsTeamId"] = "19:team456@thread.skype",
            ["channel"] = new JObject { ["id"] = "19:abc123@thread.skype" },
            ["team"] = new JObject { ["id"] = "19:team456@thread.skype" },
            ["tenant"] = new JObject { ["id"] = "tenant-1" },
        };

        var reply = Assert.Single(await SendAsync(message));

        Assert.Contains("1:1 chat", reply);
        Assert.DoesNotContain("Jordan", reply);
        var storage = _app.Services.GetRequiredService<IStorage>();
        var kept = await storage.ReadAsync(["msteams/conversations/19:abc123@thread.skype;messageid=1700000000002"]);
        Assert.DoesNotContain(kept.Values, v => JsonConvert.SerializeObject(v).Contains("plan-amends", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("groupChat", "19:group-chat-5@thread.v2")]
    [InlineData("channel", "19:channel-5@thread.tacv2;messageid=1700000000003")]
    public async Task A_group_message_that_does_not_mention_the_bot_gets_no_answer(string conversationType, string conversationId)
    {
        Assert.Empty(await SendAsync(Message(conversationId, conversationType, "see you all at the meeting on thursday")));
        Assert.Empty(await SendAsync(Message(conversationId, conversationType, "<at>Sam</at> can you bring the biscuits?")));
    }

    [Fact]
    public async Task Uninstalling_from_a_personal_chat_erases_what_was_kept_for_it()
    {
        await SendAsync(Message("a:personal-uninstall", "personal", "plan amends"));
        var storage = _app.Services.GetRequiredService<IStorage>();
        Assert.NotEmpty(await storage.ReadAsync(["msteams/conversations/a:personal-uninstall"]));

        var uninstall = TeamsActivity(ActivityTypes.InstallationUpdate, "a:personal-uninstall", "personal");
        uninstall.Action = "remove";
        await SendAsync(uninstall);

        Assert.Empty(await storage.ReadAsync(["msteams/conversations/a:personal-uninstall"]));
    }

    private async Task FinishRebuildTrustAsync(Activity template)
    {
        foreach (var text in new[] { "rebuild trust", "Jo", "no", "three", "call on Sunday when I say I will", "show up every week", "nope" })
        {
            var message = Message(template.Conversation.Id, template.Conversation.ConversationType ?? "personal", text);
            message.ChannelId = template.ChannelId;
            await SendAsync(message);
        }
    }

    // The Teams Bot API refuses a file sent inline as a data: URL (the stand-in does the same), so in Teams the journal
    // comes as text, and the person is never left with nothing.
    [Fact]
    public async Task Export_in_teams_sends_the_reflections_as_text()
    {
        var chat = Message("a:personal-export", "personal", "");
        await FinishRebuildTrustAsync(chat);

        var sent = await SendAsync(Message("a:personal-export", "personal", "export my reflections"));

        Assert.StartsWith(BotMessages.ExportAsText, sent[0]);
        Assert.Contains(sent, t => t.Contains("## Rebuilding trust", StringComparison.Ordinal) && t.Contains("Rebuilding trust with Jo.", StringComparison.Ordinal));
        Assert.DoesNotContain(_connector.Received, r => r.Activity["attachments"] is JArray files
            && files.Any(f => ((string?)f["contentUrl"])?.StartsWith("data:", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Export_refused_as_a_file_by_another_channel_comes_as_text_with_a_word_why()
    {
        var chat = Message("a:emulator-export", "personal", "");
        chat.ChannelId = "emulator";
        await FinishRebuildTrustAsync(chat);
        var export = Message("a:emulator-export", "personal", "export my reflections");
        export.ChannelId = "emulator";

        var sent = await SendAsync(export);

        Assert.StartsWith(BotMessages.ExportFileRefused, sent[0]);
        Assert.Contains("Rebuilding trust with Jo.", sent[0]);
    }

    // The Bot Connector delivers an activity again (same id) when it did not see the first delivery succeed.
    [Fact]
    public async Task A_message_delivered_twice_is_answered_once()
    {
        await SendAsync(Message("a:personal-redelivery", "personal", "plan amends"));
        var answer = Message("a:personal-redelivery", "personal", "my sister Jo");

        var first = await SendAsync(answer);
        var again = await SendAsync(answer);
        var next = await SendAsync(Message("a:personal-redelivery", "personal", "yes"));

        Assert.Contains(first, t => t.Contains("As far as you know, is Jo open to hearing from you?"));
        Assert.Empty(again);
        Assert.Contains(next, t => t.Contains("What do you want to acknowledge to Jo?"));
    }

    [Theory]
    [InlineData("composeExtension/query", 501, "NotImplemented")]
    [InlineData("task/fetch", 501, "NotImplemented")]
    [InlineData("adaptiveCard/action", 200, "NotSupported")]
    public async Task An_invoke_the_bot_does_not_handle_gets_a_response_with_a_body(string name, int status, string code)
    {
        var invoke = TeamsActivity(ActivityTypes.Invoke, "a:personal-invoke", "personal");
        invoke.Name = name;
        invoke.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb = "anything", data = new { } }, trigger = "manual" });

        using var response = await _http.PostAsync("/api/messages", new StringContent(JsonConvert.SerializeObject(invoke), Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        var error = status == 200 ? body["value"] : body["error"];
        Assert.Equal(code, (string?)error?["code"]);
        if (status == 200)
        {
            Assert.Equal(400, (int?)body["statusCode"]);
            Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        }

        // The chat goes on as before.
        Assert.Contains(await SendAsync(Message("a:personal-invoke", "personal", "menu")), t => t.StartsWith(Menu.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_app_upgrade_keeps_the_persons_place()
    {
        await SendAsync(Message("a:personal-upgrade", "personal", "plan amends"));
        var upgrade = TeamsActivity(ActivityTypes.InstallationUpdate, "a:personal-upgrade", "personal");
        upgrade.Action = "remove-upgrade";
        await SendAsync(upgrade);

        var sent = await SendAsync(Message("a:personal-upgrade", "personal", "my sister Jo"));

        Assert.Contains(sent, t => t.Contains("As far as you know, is Jo open to hearing from you?"));
    }

    [Fact]
    public async Task Removing_the_bot_erases_what_was_kept_for_that_conversation()
    {
        await SendAsync(Message("a:personal-3", "personal", "plan amends"));
        var storage = _app.Services.GetRequiredService<IStorage>();
        Assert.NotEmpty(await storage.ReadAsync(["msteams/conversations/a:personal-3"]));

        var removed = TeamsActivity(ActivityTypes.ConversationUpdate, "a:personal-3", "personal");
        removed.MembersRemoved = [new ChannelAccount(BotId, "RecoveryBot")];
        await SendAsync(removed);

        Assert.Empty(await storage.ReadAsync(["msteams/conversations/a:personal-3"]));
    }

    // A Bot Connector that answers 503 for a moment: the reply is tried again, with a pause, and arrives once.
    [Fact]
    public async Task A_reply_the_connector_refuses_for_a_moment_is_sent_again_and_arrives_once()
    {
        await SendAsync(Message("a:personal-5", "personal", "plan amends"));
        var before = _connector.Received.Count;
        var attempts = _connector.Attempts;
        _connector.FailNext = 2;

        var replies = await SendAsync(Message("a:personal-5", "personal", "Sam"));

        Assert.Single(replies, t => t.Contains("As far as you know, is Sam open to hearing from you?"));
        Assert.Equal(replies.Count, _connector.Received.Count - before);
        Assert.Equal(replies.Count + 2, _connector.Attempts - attempts);
    }

    [Fact]
    public async Task A_connector_outage_keeps_the_exercise_so_the_message_can_be_sent_again()
    {
        await SendAsync(Message("a:personal-4", "personal", "plan amends"));
        _connector.Status = HttpStatusCode.InternalServerError;

        using var response = await _http.PostAsync("/api/messages", new StringContent(
            JsonConvert.SerializeObject(Message("a:personal-4", "personal", "Sam")), Encoding.UTF8, "application/json"));

        _connector.Status = HttpStatusCode.OK;
        Assert.Contains(await SendAsync(Message("a:personal-4", "personal", "Sam")), t => t.Contains("As far as you know, is Sam open to hearing from you?"));
    }
}
