using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RecoveryBot.Bots;
using RecoveryBot.Channels.Teams;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.GroupSessions;

/// <summary>
/// Group sessions in Microsoft Teams, against the real app on SQLite through /api/messages: a facilitator runs the
/// session by @mentioning the bot in a channel thread, members join and answer in their own personal chats. Every
/// activity has the shape Teams gives it (msteams channel, 29: user ids with an aadObjectId, the 28: bot, tenant, team
/// and channel in the channel data, the mention entity), and everything the bot sends, a reply or a message the group
/// outbox sends later, reaches a stand-in for the Bot Connector at the activity's serviceUrl.
/// </summary>
public sealed partial class GroupSessionTeamsTests : IAsyncLifetime, IDisposable
{
    private const string BotId = "28:9c1f3a52-6e2d-4b7a-a0f8-3d5e7b21c6a4";
    private const string BotName = "RecoveryBot";
    private const string BotMention = "<at>RecoveryBot</at>";
    private const string Exercise = "Being with people";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _folder = new();
    private readonly string _tenantId = Guid.NewGuid().ToString();
    private readonly string _teamId = $"19:{Guid.NewGuid():N}@thread.tacv2";
    private readonly string _channelId = $"19:{Guid.NewGuid():N}@thread.tacv2";
    private readonly List<ConnectorStandIn> _connectors = [];
    private ConnectorStandIn _connector = null!;
    private BotApplicationFactory _app = null!;
    private HttpClient _http = null!;
    private int _messagesPosted;

    public async Task InitializeAsync()
    {
        _connector = await StartConnectorAsync();
        _app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"));
        _http = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _app.Dispose();
        foreach (var connector in _connectors)
        {
            await connector.DisposeAsync();
        }
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The channel thread the facilitator runs the session from (a reply chain under one root post).</summary>
    private string Thread => $"{_channelId};messageid=1718000000000";

    [Fact]
    public async Task A_facilitator_in_a_channel_and_three_members_in_personal_chats_share_anonymously_and_nothing_identifies_anyone()
    {
        var facilitator = Person("Priya Natarajan");
        var code = await StartSessionInChannelAsync(facilitator);
        TeamsPerson[] members = [Person("Morgan Quill"), Person("Rowan Ashby"), Person("Jules Okafor")];
        Assert.Equal(3, members.Select(m => m.ChatId).Distinct().Count());

        foreach (var member in members)
        {
            var joined = Joined(await PostAsync(PersonalMessage(member, $"join {code}")));
            Assert.Contains($"You've joined the group session for **{Exercise}**", joined);
            Assert.Contains(BotMessages.GroupNotBegun, joined);
        }

        await WaitForAsync(Thread, "A member joined. 3 members in the session.");

        // The thread gets the step's question as a prompt to answer privately; each member gets it in their own chat.
        var first = Joined(await PostAsync(ChannelMessage(facilitator, "next")));
        Assert.Contains("Step 1 of 5. Please answer in your 1:1 chat with me", first);
        Assert.Contains("Which kind of social situation feels hard right now?", first);
        foreach (var member in members)
        {
            await WaitForAsync(member.ChatId, "Step 1 of 5. Which kind of social situation");
        }

        // Two share, one keeps an answer private.
        Assert.Contains(BotMessages.GroupShareQuestion, Joined(await PostAsync(PersonalMessage(members[0], "parties with old drinking friends"))));
        Assert.Contains("> parties with old drinking friends", Joined(await PostAsync(PersonalMessage(members[0], "yes"))));
        Assert.Contains(BotMessages.GroupShared, Joined(await PostAsync(PersonalMessage(members[0], "yes"))));

        Assert.Contains(BotMessages.GroupShareQuestion, Joined(await PostAsync(PersonalMessage(members[1], "lunch with colleagues on fridays"))));
        Assert.Contains("> lunch with colleagues on fridays", Joined(await PostAsync(PersonalMessage(members[1], "yes"))));
        Assert.Contains(BotMessages.GroupShared, Joined(await PostAsync(PersonalMessage(members[1], "yes"))));

        Assert.Contains(BotMessages.GroupShareQuestion, Joined(await PostAsync(PersonalMessage(members[2], "family dinners at the periwinkle house"))));
        Assert.Contains(BotMessages.GroupKeptPrivate, Joined(await PostAsync(PersonalMessage(members[2], "no"))));

        // Answering, shared or not, told the thread nothing yet.
        foreach (var answer in new[] { "drinking friends", "colleagues on fridays", "periwinkle" })
        {
            Assert.DoesNotContain(SentTo(Thread), a => Text(a).Contains(answer, StringComparison.OrdinalIgnoreCase));
        }

        // "next" shows both shares to the thread and to every member, then the next question.
        var second = Joined(await PostAsync(ChannelMessage(facilitator, "next")));
        Assert.Contains("Shared anonymously (2)", second);
        Assert.Contains("> parties with old drinking friends", second);
        Assert.Contains("> lunch with colleagues on fridays", second);
        Assert.Contains("Step 2 of 5. Please answer in your 1:1 chat with me", second);
        foreach (var member in members)
        {
            var shares = await WaitForAsync(member.ChatId, "Shared anonymously (2)");
            Assert.Contains("> parties with old drinking friends", shares);
            Assert.Contains("> lunch with colleagues on fridays", shares);
            await WaitForAsync(member.ChatId, "Step 2 of 5. What makes it hard?");
        }

        Assert.Contains(
            string.Format(CultureInfo.InvariantCulture, BotMessages.GroupEndedForFacilitatorFormat, 2),
            Joined(await PostAsync(ChannelMessage(facilitator, "end session"))));
        foreach (var member in members)
        {
            await WaitForAsync(member.ChatId, BotMessages.GroupEnded);
        }

        // The private answer is in its writer's journal, and nowhere else.
        await PostAsync(PersonalMessage(members[2], "my reflections"));
        var journal = Joined(await PostAsync(PersonalMessage(members[2], "open 1")));
        Assert.Contains($"{Exercise} (group session)", journal);
        Assert.Contains("family dinners at the periwinkle house", journal);
        foreach (var elsewhere in SentTo(Thread).Concat(members.Take(2).SelectMany(m => SentTo(m.ChatId))))
        {
            Assert.DoesNotContain("periwinkle", elsewhere.ToString(Formatting.None), StringComparison.OrdinalIgnoreCase);
        }

        // Nothing sent to the thread, or to one member's chat, carries another member's identity.
        foreach (var member in members)
        {
            var others = SentTo(Thread).Concat(members.Where(m => m != member).SelectMany(m => SentTo(m.ChatId))).ToList();
            Assert.NotEmpty(others);
            foreach (var activity in others)
            {
                var json = activity.ToString(Formatting.None);
                foreach (var identity in new[] { member.Id, member.AadObjectId, member.Name, member.Name.Split(' ')[0], member.ChatId })
                {
                    Assert.DoesNotContain(identity, json, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    // Teams answers 403 when a person has blocked the bot or removed its app from their chat. The stand-in's status is
    // one for all it receives, so the member who cannot be reached has their chat on another serviceUrl (Teams gives
    // each person the address of their own region) served by a second stand-in, and only that one starts to refuse:
    // the facilitator's own replies in the thread, which Teams takes through the connector too, keep going through.
    [Fact]
    public async Task A_member_whose_personal_chat_can_no_longer_be_reached_is_counted_and_the_session_goes_on_for_the_rest()
    {
        var elsewhere = await StartConnectorAsync();
        var facilitator = Person("Priya Natarajan");
        var code = await StartSessionInChannelAsync(facilitator);
        var gone = Person("Casey Lindqvist", elsewhere);
        TeamsPerson[] present = [Person("Morgan Quill"), Person("Rowan Ashby")];
        foreach (var member in present.Prepend(gone))
        {
            Assert.Contains(BotMessages.GroupNotBegun, Joined(await PostAsync(PersonalMessage(member, $"join {code}"))));
        }

        await WaitForAsync(Thread, "A member joined. 3 members in the session.");
        elsewhere.Status = HttpStatusCode.Forbidden;
        var refusedBefore = elsewhere.Attempts;

        Assert.Contains("Step 1 of 5. Please answer in your 1:1 chat with me", Joined(await PostAsync(ChannelMessage(facilitator, "next"))));
        foreach (var member in present)
        {
            await WaitForAsync(member.ChatId, "Step 1 of 5. Which kind of social situation");
        }

        // The outbox sends one at a time in order and records a failure before the next send, and the member who
        // cannot be reached joined first: by now their step was tried, refused and recorded.
        Assert.True(elsewhere.Attempts > refusedBefore, "The step was never tried on the unreachable member's chat.");
        var status = Joined(await PostAsync(ChannelMessage(facilitator, "status")));
        Assert.Contains("step 1 of 5", status);
        Assert.Contains("The last message to 1 member could not be delivered", status);

        // The rest go on: one shares, one keeps it private, and "next" brings the share and the next step to them.
        await PostAsync(PersonalMessage(present[0], "meeting new people at the gym"));
        await PostAsync(PersonalMessage(present[0], "yes"));
        Assert.Contains(BotMessages.GroupShared, Joined(await PostAsync(PersonalMessage(present[0], "yes"))));
        await PostAsync(PersonalMessage(present[1], "the pub quiz with my brothers"));
        Assert.Contains(BotMessages.GroupKeptPrivate, Joined(await PostAsync(PersonalMessage(present[1], "no"))));

        var refusedAtStepOne = elsewhere.Attempts;
        var second = Joined(await PostAsync(ChannelMessage(facilitator, "next")));
        Assert.Contains("Shared anonymously (1)", second);
        Assert.Contains("> meeting new people at the gym", second);
        Assert.Contains("Step 2 of 5. Please answer in your 1:1 chat with me", second);
        foreach (var member in present)
        {
            Assert.Contains("> meeting new people at the gym", await WaitForAsync(member.ChatId, "Shared anonymously (1)"));
            await WaitForAsync(member.ChatId, "Step 2 of 5. What makes it hard?");
        }

        // The session stopped sending to the chat that refused.
        Assert.Equal(refusedAtStepOne, elsewhere.Attempts);

        // Writing again (the app is back in their chat) brings them back in, at the step the group is on.
        elsewhere.Status = HttpStatusCode.OK;
        Assert.Contains("Step 2 of 5. What makes it hard?", Joined(await PostAsync(PersonalMessage(gone, "sorry, I was away"))));
        var after = Joined(await PostAsync(ChannelMessage(facilitator, "status")));
        Assert.Contains("step 2 of 5", after);
        Assert.DoesNotContain("could not be delivered", after);
    }

    [Fact]
    public async Task In_a_channel_joining_is_sent_to_the_personal_chat_and_only_the_facilitator_moves_the_group()
    {
        var facilitator = Person("Priya Natarajan");
        var code = await StartSessionInChannelAsync(facilitator);
        var member = Person("Morgan Quill");

        // "join" in the thread, with any code or the session's own, joins nobody.
        Assert.Equal([BotMessages.GroupJoinInPrivate], await PostAsync(ChannelMessage(member, "join ABC234")));
        Assert.Equal([BotMessages.GroupJoinInPrivate], await PostAsync(ChannelMessage(member, $"join {code}")));
        Assert.Contains("not begun yet. 0 members;", Joined(await PostAsync(ChannelMessage(facilitator, "status"))));

        Assert.Contains(BotMessages.GroupNotBegun, Joined(await PostAsync(PersonalMessage(member, $"join {code}"))));

        // A member's "next" in the thread is no facilitator's command: the ordinary invitation, and the group stays put.
        var invitation = _app.Services.GetRequiredService<TeamsGroupConversation>().Invitation(member.Name);
        Assert.Equal([invitation], await PostAsync(ChannelMessage(member, "next")));
        Assert.Contains("not begun yet. 1 member;", Joined(await PostAsync(ChannelMessage(facilitator, "status"))));
        Assert.DoesNotContain(SentTo(member.ChatId).Concat(SentTo(Thread)), a => Text(a).Contains("Step 1 of 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_facilitators_commands_work_only_where_the_session_is_run()
    {
        var facilitator = Person("Priya Natarajan");
        await StartSessionInChannelAsync(facilitator);

        // Another post in the same channel is the same audience: commands work there.
        var otherPost = ChannelMessage(facilitator, "status");
        otherPost.Conversation.Id = $"{_channelId};messageid=1718000099999";
        Assert.Contains("not begun yet", Joined(await PostAsync(otherPost)));

        // A group chat with other people in it is not: steps and shares never go there.
        var groupChat = ChannelMessage(facilitator, "next");
        groupChat.Conversation = new ConversationAccount(isGroup: true, conversationType: "groupChat", id: $"19:{Guid.NewGuid():N}@thread.v2", tenantId: _tenantId);
        groupChat.ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = _tenantId } };
        Assert.Equal([BotMessages.GroupRunElsewhere], await PostAsync(groupChat));
        Assert.Contains("not begun yet", Joined(await PostAsync(ChannelMessage(facilitator, "status"))));
    }

    [GeneratedRegex(@"join code is \*\*(?<code>[2-9A-HJKMNP-Z]{6})\*\*")]
    private static partial Regex ReadyCode();

    private async Task<ConnectorStandIn> StartConnectorAsync()
    {
        var connector = await ConnectorStandIn.StartAsync();
        _connectors.Add(connector);
        return connector;
    }

    /// <summary>The facilitator starts a session from the channel thread; returns the join code.</summary>
    private async Task<string> StartSessionInChannelAsync(TeamsPerson facilitator)
    {
        Assert.Contains(BotMessages.GroupWhichExercise, Joined(await PostAsync(ChannelMessage(facilitator, "start group session"))));
        var ready = Joined(await PostAsync(ChannelMessage(facilitator, Exercise)));
        var match = ReadyCode().Match(ready);
        Assert.True(match.Success, "No join code in the facilitator's reply.");
        return match.Groups["code"].Value;
    }

    /// <summary>A Teams user with their own personal chat with the bot, reached through <paramref name="connector"/>.</summary>
    private TeamsPerson Person(string name, ConnectorStandIn? connector = null) => new(
        "29:1" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
        Guid.NewGuid().ToString(),
        name,
        "a:1" + Guid.NewGuid().ToString("N"),
        connector ?? _connector);

    private Activity Message(TeamsPerson from, ConversationAccount conversation, JObject channelData, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + Interlocked.Increment(ref _messagesPosted).ToString("D4", CultureInfo.InvariantCulture),
        Timestamp = DateTimeOffset.UtcNow,
        LocalTimestamp = DateTimeOffset.Now,
        ServiceUrl = from.Connector.ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount(from.Id, from.Name, aadObjectId: from.AadObjectId),
        Conversation = conversation,
        Recipient = new ChannelAccount(BotId, BotName),
        TextFormat = TextFormatTypes.Plain,
        Text = text,
        Locale = "en-US",
        Entities = [new Entity("clientInfo") { Properties = new JObject { ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web", ["timezone"] = "America/New_York" } }],
        ChannelData = channelData,
    };

    /// <summary>A message in the channel thread that @mentions the bot.</summary>
    private Activity ChannelMessage(TeamsPerson from, string text)
    {
        var activity = Message(
            from,
            new ConversationAccount(isGroup: true, conversationType: "channel", id: Thread, tenantId: _tenantId),
            new JObject
            {
                ["teamsChannelId"] = _channelId,
                ["teamsTeamId"] = _teamId,
                ["channel"] = new JObject { ["id"] = _channelId },
                ["team"] = new JObject { ["id"] = _teamId },
                ["tenant"] = new JObject { ["id"] = _tenantId },
            },
            $"{BotMention} {text}");
        activity.Entities.Add(new Mention(new ChannelAccount(BotId, BotName), BotMention));
        return activity;
    }

    /// <summary>A message in the person's own 1:1 chat with the bot.</summary>
    private Activity PersonalMessage(TeamsPerson from, string text) => Message(
        from,
        new ConversationAccount(conversationType: "personal", id: from.ChatId, tenantId: _tenantId),
        new JObject { ["tenant"] = new JObject { ["id"] = _tenantId } },
        text);

    /// <summary>Posts the activity as Teams does; returns the texts of the bot's replies to it (the messages that
    /// answer this activity, not the ones the group outbox sends to the same conversation meanwhile).</summary>
    private async Task<List<string>> PostAsync(Activity activity)
    {
        using var body = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("/api/messages", body);
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}.");
        return SentTo(activity.Conversation.Id)
            .Where(a => (string?)a["replyToId"] == activity.Id)
            .Select(Text)
            .ToList();
    }

    /// <summary>Every message the bot has sent to the conversation so far, through any stand-in, in order.</summary>
    private List<JObject> SentTo(string conversationId) => _connectors
        .SelectMany(c => c.Received)
        .Select(r => r.Activity)
        .Where(a => (string?)a["type"] == ActivityTypes.Message && (string?)a["conversation"]?["id"] == conversationId)
        .ToList();

    /// <summary>Waits (up to 20 s) for a message to the conversation containing <paramref name="expected"/>; returns its text.</summary>
    private async Task<string> WaitForAsync(string conversationId, string expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var sent = SentTo(conversationId).Select(Text).ToList();
            if (sent.FirstOrDefault(t => t.Contains(expected, StringComparison.Ordinal)) is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Waited {Patience.TotalSeconds} s for \"{expected}\"; the conversation got:\n{string.Join("\n---\n", sent)}");
            await Task.Delay(50);
        }
    }

    private static string Text(JObject activity) => (string?)activity["text"] ?? "";

    private static string Joined(IEnumerable<string> texts) => string.Join("\n---\n", texts);

    /// <summary>A Teams user: 29: id, Entra object id, display name, the id of their personal chat with the bot, and
    /// the connector stand-in at their chat's serviceUrl.</summary>
    private sealed record TeamsPerson(string Id, string AadObjectId, string Name, string ChatId, ConnectorStandIn Connector);
}
