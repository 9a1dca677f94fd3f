using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using RecoveryBot.Tests.Conversation;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.EndToEnd;

/// <summary>
/// The warm-up before the app listens: conversations held in memory that walk an exercise to its end, repeated while the
/// JIT is busy, and that leave nothing behind.
/// </summary>
public sealed class StartupWarmUpTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task The_warm_up_conversation_leaves_nothing_in_the_store_and_the_first_person_is_welcomed()
    {
        using var app = new TestApp(_folder.File("bot.db"), new FakeTimeProvider(Walks.Wednesday));
        _ = app.Http; // the host has started, so the warm-up has run

        // Its journal entry and check-in too: the walk completes the exercise (below).
        Assert.DoesNotContain(StateTable.ReadAll(app.DatabasePath).Keys, key => key.Contains("warm-up", StringComparison.Ordinal));

        var chat = Walks.StartChat(app);
        Assert.Contains("Who would you like to make amends with?", (await chat.SayAsync("plan amends")).LastText());
    }

    // The warm-up compiles what it runs; were the exercise's questions to change so that the walk stalls, it would warm
    // up re-asking instead, so the walk is checked here as a person would type it.
    [Fact]
    public async Task The_warm_up_walk_completes_an_exercise_and_lists_it_in_the_journal()
    {
        using var app = new TestApp(_folder.File("walk.db"), new FakeTimeProvider(Walks.Wednesday));
        var chat = Walks.StartChat(app, conversationId: "walk", userId: "walk-user");

        await chat.SayAllAsync(StartupWarmUp.WarmUpWalk[..^1]);
        Assert.Contains(chat.Last, a => a.Text?.Contains(BotMessages.SummaryCardIntro, StringComparison.Ordinal) == true);
        await chat.SayAsync(StartupWarmUp.WarmUpWalk[^1]);

        Assert.Contains("1. ", chat.Last.LastText());
        Assert.Contains("\"open 1\"", chat.Last.LastText());
    }

    [Fact]
    public async Task With_time_to_repeat_the_warm_up_holds_several_conversations_and_logs_no_text()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = BotApplicationFactory.WithSqlite(_folder.File("repeat.db"), new Dictionary<string, string?> { [StartupWarmUp.UntilQuietSetting] = "00:00:03" });
        using var host = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var http = host.CreateClient();

        var ready = Assert.Single(logs.Lines, l => l.Contains("Ready to answer", StringComparison.Ordinal));
        var walks = int.Parse(System.Text.RegularExpressions.Regex.Match(ready, @"Walks=(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(walks >= 2, ready);
        Assert.DoesNotContain(logs.Lines, l => StartupWarmUp.WarmUpWalk.Where(text => text.Length > 10).Any(text => l.Contains(text, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(StateTable.ReadAll(_folder.File("repeat.db")).Keys, key => key.Contains("warm-up", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    public void Dispose() => _folder.Dispose();
}
