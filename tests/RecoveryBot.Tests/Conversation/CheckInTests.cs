using System.Net;
using RecoveryBot.Bots;
using RecoveryBot.CheckIns;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Conversation;

/// <summary>
/// Check-ins on the planned day, with a fake clock and a local stand-in for the Bot Connector service that the bot
/// posts the proactive message to.
/// </summary>
public sealed class CheckInTests : IAsyncLifetime
{
    /// <summary>Saturday 5 December 2026, 10:00 in Chicago (UTC-6).</summary>
    private static readonly DateTimeOffset PlannedDayTenAm = new(2026, 12, 5, 16, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _folder = new();
    private ConnectorStandIn _connector = null!;
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStandIn.StartAsync();
        // The background round never comes during a test: the test calls SendDueAsync itself.
        _app = new TestApp(_folder.File("bot.db"), new FakeTimeProvider(Walks.Wednesday), new Dictionary<string, string?> { ["CheckIns:PollInterval"] = "1.00:00:00", ["CheckIns:SendTimeout"] = "00:00:03" });
    }

    private FakeTimeProvider Clock => _app.Clock!;

    private CheckInSender Sender => _app.Get<CheckInSender>();

    private async Task<Chat> PlanAmendsWithMariaNextSaturdayAsync()
    {
        var chat = Walks.StartChat(_app, serviceUrl: _connector.ServiceUrl);
        await Walks.FinishPlanAmendsAsync(chat, person: "Maria", when: "next Saturday");
        Assert.Contains("I'll check in gently on Saturday 5 December.", chat.Last.LastText());
        return chat;
    }

    [Fact]
    public async Task On_the_planned_day_at_ten_local_the_check_in_names_the_person()
    {
        await PlanAmendsWithMariaNextSaturdayAsync();
        var pending = Assert.Single(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default));
        Assert.Equal(PlannedDayTenAm, pending.DueAt);

        Clock.SetUtcNow(PlannedDayTenAm);
        var sent = await Sender.SendDueAsync(default);

        Assert.Equal(1, sent);
        var (conversationId, activity) = Assert.Single(_connector.Received);
        Assert.Equal("conversation-1", conversationId);
        Assert.Equal("message", (string?)activity["type"]);
        Assert.StartsWith("Today is the day you planned to reach out to Maria.", (string?)activity["text"]);
        Assert.Empty(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default));
        Assert.Equal(0, await Sender.SendDueAsync(default));
        Assert.Single(_connector.Received);
    }

    [Theory]
    [InlineData("not yet", "Amends aren't a race")]
    [InlineData("talk to my sponsor first", "That sounds like a wise step.")]
    public async Task A_plan_amends_that_is_not_ready_plans_no_check_in(string readiness, string closing)
    {
        var chat = Walks.StartChat(_app, serviceUrl: _connector.ServiceUrl);

        await Walks.FinishPlanAmendsAsync(chat, person: "Maria", when: "next Saturday", readiness: readiness);

        // A finished plan with a day: only the readiness keeps the check-in away (it is planned only when ready).
        Assert.Contains(chat.Transcript, t => t.Contains("Okay: Saturday 5 December."));
        Assert.Contains(chat.Last, a => a.Text?.Contains(closing) == true);
        Assert.Contains(chat.Last, a => a.Text == "Here's your summary. I've saved it to your journal.");
        Assert.DoesNotContain("check in", chat.Last.LastText());
        Assert.Empty(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default));
        Clock.SetUtcNow(PlannedDayTenAm);
        Assert.Equal(0, await Sender.SendDueAsync(default));
    }

    [Fact]
    public async Task Before_the_day_nothing_is_sent()
    {
        await PlanAmendsWithMariaNextSaturdayAsync();

        Clock.SetUtcNow(PlannedDayTenAm.AddDays(-1));
        Assert.Equal(0, await Sender.SendDueAsync(default));
        Clock.SetUtcNow(PlannedDayTenAm.AddMinutes(-1));
        Assert.Equal(0, await Sender.SendDueAsync(default));

        Assert.Equal(0, _connector.Attempts);
        Assert.Single(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default));
    }

    [Fact]
    public async Task Check_ins_off_removes_the_planned_one_and_plans_no_more()
    {
        var chat = await PlanAmendsWithMariaNextSaturdayAsync();

        Assert.Equal(BotMessages.CheckInsOff, Assert.Single(await chat.SayAsync("check-ins off")).Text);
        Assert.Empty(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default));

        await chat.SayAllAsync("find support", "some", "a group", "no", "look up a meeting", "next Saturday");
        Assert.DoesNotContain("check in", chat.Last.LastText());
        Assert.Empty(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default));

        Clock.SetUtcNow(PlannedDayTenAm.AddHours(1));
        Assert.Equal(0, await Sender.SendDueAsync(default));
        Assert.Equal(0, _connector.Attempts);
    }

    [Fact]
    public async Task A_send_that_fails_is_tried_again_and_dropped_after_three_tries()
    {
        await PlanAmendsWithMariaNextSaturdayAsync();
        _connector.Status = HttpStatusCode.InternalServerError;
        Clock.SetUtcNow(PlannedDayTenAm);

        for (var round = 1; round <= 2; round++)
        {
            Assert.Equal(0, await Sender.SendDueAsync(default));
            var pending = Assert.Single(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default));
            Assert.Equal(round, pending.FailedAttempts);
        }

        var attemptsBeforeLast = _connector.Attempts;
        Assert.Equal(0, await Sender.SendDueAsync(default));

        Assert.True(attemptsBeforeLast >= 2 && _connector.Attempts > attemptsBeforeLast, $"{_connector.Attempts} posts reached the connector");
        Assert.Empty(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default));
        _connector.Status = HttpStatusCode.OK;
        Assert.Equal(0, await Sender.SendDueAsync(default));
        Assert.Empty(_connector.Received);
    }

    [Fact]
    public async Task A_connector_that_hangs_for_one_conversation_holds_no_other_and_that_check_in_goes_out_later()
    {
        await PlanAmendsWithMariaNextSaturdayAsync();
        var other = Walks.StartChat(_app, conversationId: "conversation-2", userId: "user-2", serviceUrl: _connector.ServiceUrl);
        await Walks.FinishPlanAmendsAsync(other, person: "Jo", when: "next Saturday");
        _connector.DelayFor = conversation => conversation == "conversation-1" ? TimeSpan.FromMinutes(5) : TimeSpan.Zero;
        Clock.SetUtcNow(PlannedDayTenAm);

        // The other person's check-in arrives while the first send still hangs.
        var round = Sender.SendDueAsync(default);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!_connector.Received.Any(r => r.ConversationId == "conversation-2") && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(50);
        }

        Assert.Contains(_connector.Received, r => r.ConversationId == "conversation-2");
        Assert.False(round.IsCompleted, "the round finished before the hanging send gave up");

        // After the send timeout (3 s here) the hanging send counts as failed and is kept for the next round.
        Assert.Equal(1, await round.WaitAsync(TimeSpan.FromSeconds(60)));
        var pending = Assert.Single(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default));
        Assert.Equal(1, pending.FailedAttempts);

        _connector.DelayFor = _ => TimeSpan.Zero;
        Assert.Equal(1, await Sender.SendDueAsync(default));
        Assert.Contains(_connector.Received, r => r.ConversationId == "conversation-1" && ((string?)r.Activity["text"])!.Contains("Maria", StringComparison.Ordinal));
        Assert.Single(_connector.Received, r => r.ConversationId == "conversation-2");
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:05:00")]
    [InlineData("soon")]
    public void A_send_timeout_that_is_zero_longer_than_the_claim_or_not_a_time_stops_start_up_naming_it(string value)
    {
        var error = BotApplicationFactory.StartupFailure(new Dictionary<string, string?> { ["CheckIns:SendTimeout"] = value });

        Assert.Contains("SendTimeout", error.ToString());
    }

    [Fact]
    public async Task A_check_in_that_waits_past_its_time_limit_for_the_persons_own_turn_is_not_counted_as_sent()
    {
        await PlanAmendsWithMariaNextSaturdayAsync();
        var pending = Assert.Single(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default));
        var adapters = _app.Get<RecoveryBot.Channels.ProactiveAdapters>();

        // Another turn of the same conversation holds its turn gate for longer than the send's time limit (3 s here).
        var release = new TaskCompletionSource();
        var holding = adapters.TryContinueAsync(pending.Reference, async (_, _) => await release.Task, default);
        Clock.SetUtcNow(PlannedDayTenAm);
        var received = _connector.Received.Count;

        Assert.Equal(0, await Sender.SendDueAsync(default).WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(1, Assert.Single(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default)).FailedAttempts);
        Assert.Equal(received, _connector.Received.Count);

        release.SetResult();
        Assert.Null(await holding);
        Assert.Equal(1, await Sender.SendDueAsync(default));
        Assert.Contains("Maria", (string?)_connector.Received[^1].Activity["text"]);
    }

    [Fact]
    public async Task A_failed_check_in_send_leaves_the_users_paused_exercise_alone()
    {
        var chat = await PlanAmendsWithMariaNextSaturdayAsync();
        await Walks.SetBoundariesUpToStatementAsync(chat);
        await chat.SayAsync("pause");
        _connector.Status = HttpStatusCode.InternalServerError;
        Clock.SetUtcNow(PlannedDayTenAm);

        await Sender.SendDueAsync(default);

        Assert.Contains("you check my phone", (await StateTable.ReadAllDecryptedAsync(_app))["emulator/conversations/conversation-1"]);
        Assert.Equal("Let's pick up Set boundaries where you left off.", (await chat.SayAsync("resume"))[0].Text);
    }

    [Fact]
    public async Task Check_ins_on_plans_them_again_for_the_next_exercise()
    {
        var chat = await PlanAmendsWithMariaNextSaturdayAsync();
        await chat.SayAsync("check-ins off");

        Assert.Equal(BotMessages.CheckInsOn, Assert.Single(await chat.SayAsync("check-ins on")).Text);
        await chat.SayAllAsync("find support", "some", "a group", "no", "look up a meeting", "next Saturday");

        Assert.Contains("I'll check in gently on Saturday 5 December.", chat.Last.LastText());
        Assert.Contains("look up a meeting", Assert.Single(await _app.Get<CheckInStore>().ListForUserAsync("emulator/user-1", default)).Message);
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _connector.DisposeAsync();
        _folder.Dispose();
    }
}
