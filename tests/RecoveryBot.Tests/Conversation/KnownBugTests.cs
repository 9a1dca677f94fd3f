using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Conversation;

/// <summary>Product non-negotiables (PRODUCT.md) that the app does not meet yet; each test states the wanted behaviour.</summary>
public sealed class KnownBugTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly TestApp _app;

    public KnownBugTests() => _app = new TestApp(_folder.File("bot.db"), new FakeTimeProvider(Walks.Wednesday));

    [Fact(Skip = "BUG: the crisis detector (src/RecoveryBot/Safety) is never registered or called: Program.cs and ConversationCommands have no crisis interruption, so the message is kept as an exercise answer")]
    public async Task A_crisis_message_mid_exercise_gets_crisis_resources_first_and_the_exercise_is_kept()
    {
        var chat = Walks.StartChat(_app);
        await chat.SayAllAsync("plan amends", "my mom");

        var replies = await chat.SayAsync("I want to kill myself");

        Assert.Contains("988", replies[0].Text);
        Assert.DoesNotContain(replies, a => a.Text?.StartsWith("Amends tend to land best") == true);
        Assert.Contains(chat.Transcript, t => t.Contains("What do you want to acknowledge to my mom?"));
    }

    [Fact(Skip = "BUG: reflections are stored as plain JSON in the state table (SqliteStorage, UserState), PRODUCT.md requires them encrypted at rest")]
    public async Task A_saved_reflection_is_not_readable_in_the_database_file()
    {
        var chat = Walks.StartChat(_app);
        await Walks.FinishPlanAmendsAsync(chat, person: "Maria");

        Assert.DoesNotContain(StateTable.ReadAll(_app.DatabasePath).Values, v => v.Contains("I missed her birthday twice"));
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}
