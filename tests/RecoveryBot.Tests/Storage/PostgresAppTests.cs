using RecoveryBot.Bots;
using RecoveryBot.Tests.DirectLine;
using RecoveryBot.Tests.GroupSessions;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Storage;

/// <summary>The whole app with <c>Storage:Provider=Postgres</c> on a real server: conversations, the Direct Line log,
/// journals and a group session, across a restart.</summary>
public sealed class PostgresAppTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_group_session_with_its_answers_and_shares_carries_on_across_a_restart()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = await server.CreateDatabaseAsync(),
        };

        DirectLineParticipant facilitator, member;
        using (var host = new DirectLineTestHost(_folder, settings))
        {
            facilitator = await DirectLineParticipant.StartAsync(host);
            await facilitator.SayAsync("start group session");
            var code = DirectLineParticipant.CodeIn(await facilitator.SayAsync("Being with people"));
            member = await DirectLineParticipant.StartAsync(host);
            Assert.Contains("You've joined", await member.SayAsync($"join {code}"));
            await facilitator.SayAsync("next");
            await member.WaitForAsync("Step 1 of 5");
            Assert.Contains(BotMessages.GroupShareQuestion, await member.SayAsync("barbecues with the old crowd"));
            await member.SayAsync("yes");
            Assert.Contains(BotMessages.GroupShared, await member.SayAsync("yes"));
        }

        using (var restarted = new DirectLineTestHost(_folder, settings))
        {
            facilitator = facilitator.On(restarted);
            member = member.On(restarted);
            var next = await facilitator.SayAsync("next");
            Assert.Contains("> barbecues with the old crowd", next);
            await member.WaitForAsync("Step 2 of 5. What makes it hard?");
            var journal = await member.SayAsync("my reflections") + await member.SayAsync("open 1");
            Assert.Contains("barbecues with the old crowd", journal);
        }
    }
}
