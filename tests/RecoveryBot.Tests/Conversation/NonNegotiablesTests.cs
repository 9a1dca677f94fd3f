using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Conversation;

/// <summary>Product non-negotiables (crisis safety, privacy, nothing lost on bad input; see the README), checked inside an ordinary exercise conversation.</summary>
public sealed class NonNegotiablesTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly TestApp _app;

    public NonNegotiablesTests() => _app = new TestApp(_folder.File("bot.db"), new FakeTimeProvider(Walks.Wednesday));

    [Fact]
    public async Task A_crisis_message_mid_exercise_gets_crisis_resources_first_and_the_exercise_is_kept()
    {
        var chat = Walks.StartChat(_app);
        await chat.SayAllAsync("plan amends", "my mom", "yes");

        var replies = await chat.SayAsync("I want to kill myself");

        Assert.Contains("988", replies[0].Text);
        Assert.DoesNotContain(replies, a => a.Text?.StartsWith("Amends tend to land best") == true);
        Assert.Contains(chat.Transcript, t => t.Contains("What do you want to acknowledge to your mom?"));
    }

    [Fact]
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
