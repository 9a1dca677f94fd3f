using Microsoft.Data.Sqlite;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Exercises;

/// <summary>The versioning rule as a user meets it: a deployment reshapes one exercise while people are in it.</summary>
public sealed class ExerciseVersionTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private BotApplicationFactory App(string dialogs) => BotApplicationFactory.WithSqlite(
        _folder.File("bot.db"),
        new Dictionary<string, string?> { ["Exercises:Folder"] = dialogs, ["Privacy:KeysPath"] = _folder.File("keys") });

    [Fact]
    public async Task Reshaping_one_exercise_restarts_only_the_people_in_it_and_says_which()
    {
        var dialogs = Directory.CreateDirectory(_folder.File("dialogs")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "dialogs"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dialogs, Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "dialogs"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        using (var before = App(dialogs))
        {
            var http = before.CreateClient();
            await new BotClient(http, "amends-conversation", "u1").SayAsync("plan amends");
            await new BotClient(http, "boundaries-conversation", "u2").SayAsync("set boundaries");
        }

        // The new deployment drops a step from plan amends only.
        var amends = Path.Combine(dialogs, "plan-amends.yaml");
        var text = File.ReadAllText(amends);
        var removed = "  - say: Amends tend to land best";
        var start = text.IndexOf(removed, StringComparison.Ordinal);
        Assert.True(start > 0);
        var end = text.IndexOf("\n  - ", start + 1, StringComparison.Ordinal);
        File.WriteAllText(amends, text.Remove(start, end - start + 1));

        SqliteConnection.ClearAllPools();
        using var after = App(dialogs);
        var http2 = after.CreateClient();
        var amendsReply = await new BotClient(http2, "amends-conversation", "u1").SayAsync("Sam");
        var boundariesReply = await new BotClient(http2, "boundaries-conversation", "u2").SayAsync("1");

        Assert.Contains("the Plan amends exercise was updated", Assert.Single(amendsReply).Text);
        Assert.DoesNotContain(boundariesReply, a => a.Text.Contains("updated"));
        Assert.Contains(boundariesReply, a => a.Text.Contains("When"));
    }

    public void Dispose() => _folder.Dispose();
}
