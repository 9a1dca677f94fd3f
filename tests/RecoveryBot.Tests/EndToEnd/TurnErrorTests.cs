using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RecoveryBot.Bots;
using RecoveryBot.Conversation;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.EndToEnd;

/// <summary>What the user and the logs see when a turn throws.</summary>
public sealed class TurnErrorTests : IDisposable
{
    private const string Secret = "my-private-words-about-my-brother";
    private readonly TempDirectory _folder = new();

    /// <summary>The real bot, except that a message containing the secret throws with that text in the exception.</summary>
    private sealed class FailingBot(ReflectionBot inner) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            turnContext.Activity.Text?.Contains(Secret) == true
                ? throw new InvalidOperationException($"failed on '{turnContext.Activity.Text}'")
                : inner.OnTurnAsync(turnContext, cancellationToken);
    }

    [Fact]
    public async Task A_failing_turn_apologises_clears_the_conversation_and_logs_no_user_words()
    {
        var logs = new CapturingLoggerProvider();
        using var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db")).WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
            builder.ConfigureTestServices(services =>
            {
                services.AddTransient<ReflectionBot>();
                services.AddTransient<IBot, FailingBot>();
            });
        });
        var client = new BotClient(app.CreateClient());
        await client.SayAsync("plan amends");

        var replies = await client.SayAsync($"about {Secret}");

        Assert.Equal(AdapterWithErrorHandler.ApologyText, Assert.Single(replies).Text);
        // The conversation starts clean: the exercise that was running is gone, so the next message gets the menu.
        Assert.Equal(Menu.Text, Assert.Single(await client.SayAsync("Sam")).Text);
        Assert.Contains(logs.Lines, line => line.Contains("InvalidOperationException") && line.Contains(client.ConversationId));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Secret, StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => _folder.Dispose();
}
