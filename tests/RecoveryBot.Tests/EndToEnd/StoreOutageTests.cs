using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using RecoveryBot.Bots;
using RecoveryBot.Tests.Channels.DirectLine;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.EndToEnd;

/// <summary>
/// The store stops answering (a locked or restarting database) and comes back: the health check says so, Direct Line
/// answers 503 with Retry-After, a person is told kindly to try again, safety still answers first, and everything
/// works again by itself once the store is back.
/// </summary>
public sealed class StoreOutageTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Direct_line_answers_503_with_retry_after_while_the_store_is_away_and_recovers_by_itself()
    {
        FlakyStorage? store = null;
        using var host = new DirectLineTestHost(_folder, services: s => FlakyStorage.Install(s, f => store = f));
        var (conversationId, token) = await host.StartAsync();
        await host.SayAsync(conversationId, token, "plan amends", "c1");

        store!.Away = true;
        using var post = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new { type = "message", text = "Sam", from = new { id = "dl_user" } });
        using var read = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        using var health = await host.Http.GetAsync("/healthz");

        foreach (var response in new[] { post, read })
        {
            await DirectLineTestHost.ExpectErrorAsync(response, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        store.Away = false;
        await host.SayAsync(conversationId, token, "Sam", "c2");
        var texts = ((JArray)(await host.GetActivitiesAsync(conversationId, token))["activities"]!).Select(a => (string?)a["text"]).ToList();
        Assert.Contains(texts, t => t?.Contains("As far as you know, is Sam open to hearing from you?", StringComparison.Ordinal) == true);
        using var healthy = await host.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    [Fact]
    public async Task A_person_is_told_to_try_again_and_a_crisis_still_gets_the_resources_while_the_store_is_away()
    {
        FlakyStorage? store = null;
        var logs = new CapturingLoggerProvider();
        using var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"));
        using var withFlaky = app.WithWebHostBuilder(b => b
            .ConfigureLogging(logging => logging.AddProvider(logs))
            .ConfigureTestServices(s => FlakyStorage.Install(s, f => store = f)));
        var client = new BotClient(withFlaky.CreateClient(), conversationId: "outage-1");
        await client.SayAsync("plan amends");

        store!.Away = true;
        var answer = await client.SayAsync("Sam");
        var crisis = await client.SayAsync("i want to kill myself");
        store.Away = false;
        var again = await client.SayAsync("Sam");

        Assert.Equal([BotMessages.StoreUnavailable], answer.Select(a => a.Text));
        Assert.Contains("call or text 988", crisis[0].Text);
        Assert.Contains(again, a => a.Text?.Contains("As far as you know, is Sam open to hearing from you?", StringComparison.Ordinal) == true);

        // The operator learns what the store said (SQLite's code 5 is "busy"; PostgreSQL's SQLSTATE shows the same way), not what was said.
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("The store did not answer a turn: SqliteException", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Sam", StringComparison.Ordinal) || l.Contains("kill", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_completion_whose_journal_entry_cannot_be_saved_plans_no_check_in_and_sending_ready_again_saves_both_once()
    {
        FlakyStorage? store = null;
        var path = _folder.File("bot.db");
        using var app = BotApplicationFactory.WithSqlite(path);
        using var withFlaky = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => FlakyStorage.Install(s, f => store = f)));
        var client = new BotClient(withFlaky.CreateClient(), conversationId: "completion-1");
        foreach (var answer in new[] { "plan amends", "Sam", "yes", "what I did", "I'm sorry for what I did", "a letter", "next Saturday", "call my sponsor" })
        {
            await client.SayAsync(answer);
        }

        store!.Refuses = changes => changes.Keys.Any(k => k.StartsWith("journal/", StringComparison.Ordinal));
        var refused = await client.SayAsync("ready");
        var planned = StateTable.ReadAll(path).Keys.Count(k => k.StartsWith("checkins/due/", StringComparison.Ordinal));
        store.Refuses = null;
        var saved = await client.SayAsync("ready");

        Assert.Equal(BotMessages.StoreUnavailable, refused[^1].Text);
        Assert.DoesNotContain(refused, a => a.Text?.Contains("saved", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Equal(0, planned); // no check-in for an entry that was not saved
        Assert.Contains(saved, a => a.Text?.Contains("I'll check in gently on", StringComparison.Ordinal) == true);
        var keys = StateTable.ReadAll(path).Keys;
        Assert.Single(keys, k => k.StartsWith("checkins/due/", StringComparison.Ordinal));
        Assert.Single(keys, k => k.StartsWith("journal/", StringComparison.Ordinal));
    }
}
