using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>Hosts the real app in memory with test settings layered over appsettings.json.</summary>
public sealed class BotApplicationFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    /// <summary>An app on SQLite at <paramref name="databasePath"/>.</summary>
    public static BotApplicationFactory WithSqlite(string databasePath, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = databasePath,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new BotApplicationFactory(all);
    }

    /// <summary>Starts the app with <paramref name="settings"/>, expecting start-up to fail; returns what it threw.</summary>
    public static Exception StartupFailure(IReadOnlyDictionary<string, string?> settings)
    {
        var app = new BotApplicationFactory(settings);
        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        try
        {
            app.Dispose();
        }
        catch (Exception ex) when (ex is ObjectDisposedException or AggregateException or InvalidOperationException)
        {
            // A host that never started can fail to dispose its half-built parts; that is not what these tests check.
        }

        return failure;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Conversations in tests assume the bot understands plain words from the first message: wait for the intent
        // model (trained once per test run and shared by every host) rather than fall back to exact phrases.
        builder.UseSetting("Understanding:ModelWait", "00:03:00");
        // The same for the crisis classifier (shared by every host in the process): replies that depend on it must not
        // depend on how fast it trained.
        new RecoveryBot.Safety.CrisisSecondOpinion().EnsureTrainedAsync().GetAwaiter().GetResult();
        builder.UseSetting("Understanding:ModelFolder", Path.Combine(Path.GetTempPath(), "recoverybot-test-models"));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
