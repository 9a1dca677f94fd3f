using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RecoveryBot.Storage;
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

        // Its journal entry too: the walk completes the exercise (below).
        Assert.DoesNotContain(StateTable.ReadAll(app.DatabasePath).Keys, key => key.Contains("warm-up", StringComparison.Ordinal));

        var chat = Walks.StartChat(app);
        Assert.Contains("Who would you like to make amends with?", (await chat.SayAsync("plan amends")).LastText());
    }

    // The same words as a person would type them: the exercise ends with its summary, and the journal lists it.
    [Fact]
    public async Task The_warm_up_walk_completes_an_exercise_and_lists_it_in_the_journal()
    {
        using var app = new TestApp(_folder.File("walk.db"), new FakeTimeProvider(Walks.Wednesday));
        var chat = Walks.StartChat(app, conversationId: "walk", userId: "walk-user");

        await chat.SayAllAsync([.. StartupWarmUp.WarmUpWalk.Take(StartupWarmUp.WarmUpWalk.Count - 1)]);
        Assert.Contains(chat.Last, a => a.Text?.Contains(BotMessages.SummaryCardIntro, StringComparison.Ordinal) == true);
        await chat.SayAsync(StartupWarmUp.WarmUpWalk[^1]);

        Assert.Contains("1. ", chat.Last.LastText());
        Assert.Contains("\"open 1\"", chat.Last.LastText());
        Assert.DoesNotContain(StateTable.ReadAll(app.DatabasePath).Keys, key => key.StartsWith("checkins/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_time_to_repeat_the_warm_up_holds_several_conversations_each_to_the_end_and_logs_no_text()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = BotApplicationFactory.WithSqlite(_folder.File("repeat.db"), new Dictionary<string, string?> { [StartupWarmUp.UntilQuietSetting] = "00:00:10" });
        using var host = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var http = host.CreateClient();

        // The last may have been stopped early when time was up.
        var (held, completed) = WarmUpCounts(logs);
        Assert.True(held >= 2, $"{held} conversations held");
        Assert.InRange(completed, held - 1, held);
        Assert.DoesNotContain(logs.Lines, l => StartupWarmUp.WarmUpWalk.Where(text => text.Length > 10).Any(text => l.Contains(text, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(StateTable.ReadAll(_folder.File("repeat.db")).Keys, key => key.Contains("warm-up", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    // A store that will not delete: the erase is tried again, then left to retention with a warning; the app still
    // starts, and no check-in was ever planned for the warm-up (one would be sent on its day).
    [Fact]
    public async Task A_warm_up_conversation_the_store_will_not_erase_is_reported_and_never_leaves_a_check_in()
    {
        using var logs = new CapturingLoggerProvider();
        var inner = new ListableMemoryStorage();
        var store = new NoWarmUpDeletes(inner);
        using var factory = new BotApplicationFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
        using var host = factory.WithWebHostBuilder(b => b
            .ConfigureLogging(l => l.AddProvider(logs))
            .ConfigureTestServices(s => s.AddKeyedSingleton<IStorage>(StorageServiceCollectionExtensions.ProviderKey, store)));
        using var http = host.CreateClient();

        Assert.Contains(await inner.ListKeysAsync("", default), key => key.Contains("warm-up", StringComparison.Ordinal));
        Assert.Contains(store.Written, key => key.StartsWith("journal/", StringComparison.Ordinal));
        Assert.DoesNotContain(store.Written, key => key.StartsWith("checkins/", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("could not be erased", StringComparison.Ordinal));
        Assert.Equal(StartupWarmUp.EraseAttempts, store.JournalDeletes);
        Assert.Equal(1, WarmUpCounts(logs).Completed);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    // A turn that fails mid-walk ends that conversation: it is still erased, the failure is logged without text, and the
    // app starts.
    [Fact]
    public async Task A_turn_that_fails_in_the_warm_up_is_logged_its_conversation_erased_and_the_app_starts()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = BotApplicationFactory.WithSqlite(_folder.File("fail.db"));
        using var host = factory.WithWebHostBuilder(b => b
            .ConfigureLogging(l => l.AddProvider(logs))
            .ConfigureTestServices(s =>
            {
                var bot = s.Single(d => d.ServiceType == typeof(IBot));
                s.Remove(bot);
                s.AddSingleton<IBot>(sp => new FailsOnReflections((IBot)ActivatorUtilities.GetServiceOrCreateInstance(sp, bot.ImplementationType!)));
            }));
        using var http = host.CreateClient();

        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("warm-up conversation failed (System.InvalidOperationException)", StringComparison.Ordinal));
        Assert.Equal((0, 0), WarmUpCounts(logs));
        Assert.DoesNotContain(StateTable.ReadAll(_folder.File("fail.db")).Keys, key => key.Contains("warm-up", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    // When time is up, a walk stops before its next line; until then it says every line.
    [Fact]
    public async Task A_walk_stops_before_its_next_line_when_time_is_up_and_says_whether_it_reached_the_summary()
    {
        var said = new List<string>();
        Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> Say(string text)
        {
            said.Add(text);
            IReadOnlyList<Microsoft.Bot.Schema.Activity> replies = text == "ready" ? [new() { Text = BotMessages.SummaryCardIntro }] : [];
            return Task.FromResult(replies);
        }

        Assert.True(await StartupWarmUp.SayWalkAsync(Say, () => false));
        Assert.Equal(StartupWarmUp.WarmUpWalk, said);

        said.Clear();
        Assert.False(await StartupWarmUp.SayWalkAsync(Say, () => said.Count >= 3));
        Assert.Equal(StartupWarmUp.WarmUpWalk.Take(3), said);
    }

    [Theory]
    [InlineData("twelve")]
    [InlineData("-00:00:05")]
    [InlineData("00:05:00")]
    public void A_bad_warm_up_time_stops_start_up_naming_the_setting(string value)
    {
        var failure = BotApplicationFactory.StartupFailure(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            [StartupWarmUp.UntilQuietSetting] = value,
        });

        Assert.Contains(StartupWarmUp.UntilQuietSetting, failure.Message, StringComparison.Ordinal);
    }

    // The loop itself, on a clock of its own: it stops half a second after the JIT's count last moved, or at its bound,
    // telling a conversation still running that its time is up (never the first).
    [Fact]
    public async Task The_conversations_repeat_until_the_compiled_count_is_still_for_half_a_second_or_time_is_up()
    {
        var now = TimeSpan.Zero;
        long compiled = 0;
        var overtimeSeen = new List<bool>();
        Task Hold(Func<bool> overtime, CancellationToken token)
        {
            now += TimeSpan.FromMilliseconds(100);
            compiled += now < TimeSpan.FromSeconds(1) ? 10 : 0;
            overtimeSeen.Add(overtime());
            return Task.CompletedTask;
        }

        // Moving until 1 s, then still: five more conversations make the half second.
        Assert.Equal(14, await StartupWarmUp.RepeatUntilQuietAsync(Hold, () => compiled, () => now, TimeSpan.FromSeconds(12), default));
        Assert.DoesNotContain(true, overtimeSeen);

        // Always moving: the bound ends it, and the conversation that runs past it is told.
        now = TimeSpan.Zero;
        overtimeSeen.Clear();
        Assert.Equal(3, await StartupWarmUp.RepeatUntilQuietAsync((overtime, token) => { now += TimeSpan.FromMilliseconds(100); compiled++; overtimeSeen.Add(overtime()); return Task.CompletedTask; }, () => compiled, () => now, TimeSpan.FromMilliseconds(250), default));
        Assert.Equal(new[] { false, false, true }, overtimeSeen);

        // A bound of zero: one conversation, held to its end.
        now = TimeSpan.Zero;
        overtimeSeen.Clear();
        Assert.Equal(1, await StartupWarmUp.RepeatUntilQuietAsync(Hold, () => compiled, () => now, TimeSpan.Zero, default));
        Assert.Equal(new[] { false }, overtimeSeen);
    }

    public void Dispose() => _folder.Dispose();

    private static (int Held, int Completed) WarmUpCounts(CapturingLoggerProvider logs)
    {
        var ready = Assert.Single(logs.Lines, l => l.Contains("Ready to answer", StringComparison.Ordinal));
        int Count(string name) => int.Parse(Regex.Match(ready, name + @"=(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        return (Count("Walks"), Count("Completed"));
    }

    private sealed class FailsOnReflections(IBot inner) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            turnContext.Activity.Text == "my reflections" && turnContext.Activity.From?.Id?.StartsWith("warm-up-", StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("A turn that fails.")
                : inner.OnTurnAsync(turnContext, cancellationToken);
    }

    // Deletes of the warm-up's journal entries fail, as a locked or unreachable store would make them (the walk itself
    // deletes none: only the erase does).
    private sealed class NoWarmUpDeletes(ListableMemoryStorage inner) : IStorage, IKeyListingStorage
    {
        /// <summary>Every key ever written.</summary>
        public System.Collections.Concurrent.ConcurrentBag<string> Written { get; } = [];

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            foreach (var key in changes.Keys)
            {
                Written.Add(key);
            }

            return inner.WriteAsync(changes, cancellationToken);
        }

        /// <summary>How many deletes of warm-up journal entries were tried.</summary>
        public int JournalDeletes { get; private set; }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            if (keys.Any(k => k.StartsWith("journal/", StringComparison.Ordinal) && k.Contains("warm-up", StringComparison.Ordinal)))
            {
                JournalDeletes++;
                throw new InvalidOperationException("The store is away.");
            }

            return inner.DeleteAsync(keys, cancellationToken);
        }

        public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken) => inner.ListKeysAsync(prefix, cancellationToken);
    }
}
