using RecoveryBot.Tests.Conversation;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.EndToEnd;

/// <summary>The warm-up before the app listens: a conversation held in memory, whose state leaves nothing behind.</summary>
public sealed class StartupWarmUpTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task The_warm_up_conversation_leaves_nothing_in_the_store_and_the_first_person_is_welcomed()
    {
        using var app = new TestApp(_folder.File("bot.db"), new FakeTimeProvider(Walks.Wednesday));
        _ = app.Http; // the host has started, so the warm-up has run

        Assert.DoesNotContain(StateTable.ReadAll(app.DatabasePath).Keys, key => key.Contains("warm-up", StringComparison.Ordinal));

        var chat = Walks.StartChat(app);
        Assert.Contains("Who would you like to make amends with?", (await chat.SayAsync("plan amends")).LastText());
    }

    public void Dispose() => _folder.Dispose();
}
