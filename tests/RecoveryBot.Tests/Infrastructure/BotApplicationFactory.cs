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

    /// <summary>Runs the app's entry point with <paramref name="settings"/>, expecting start-up to fail; returns what it threw.</summary>
    /// <remarks>
    /// Not through WebApplicationFactory: when the app fails fast, the factory can ask the already disposed host for its
    /// lifetime and report an ObjectDisposedException instead of the app's own error (seen once in CI).
    /// </remarks>
    public static Exception StartupFailure(IReadOnlyDictionary<string, string?> settings)
    {
        var args = new List<string> { "--environment=Testing", "--urls=http://127.0.0.1:0", $"--{StartupWarmUp.UntilQuietSetting}=00:00:00" };
        args.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        var entryPoint = typeof(Program).Assembly.EntryPoint!;
        var run = Task.Run(() => entryPoint.Invoke(null, [args.ToArray()]));
        var finished = Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))).GetAwaiter().GetResult() == run;
        Assert.True(finished && run.IsFaulted, "The app started (or hung) when start-up was expected to fail.");
        var failure = Assert.IsType<System.Reflection.TargetInvocationException>(run.Exception?.InnerException);
        return failure.InnerException ?? failure;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Conversations in tests assume the bot understands plain words from the first message: wait for the intent
        // model (trained once per test run and shared by every host) rather than fall back to exact phrases.
        builder.UseSetting("Understanding:ModelWait", "00:03:00");
        // Each host loads the crisis classifier from the app's model folder (the first trains it there), and StartupWarmUp
        // waits for it before the host takes a message. This trains, once per run, the copy without a folder that the
        // other tests share (Interpreters, CombinedDetector).
        new RecoveryBot.Safety.CrisisSecondOpinion(null, Understanding.Interpreters.EverydayMessages).EnsureTrainedAsync().GetAwaiter().GetResult();
        builder.UseSetting("Understanding:ModelFolder", Path.Combine(Path.GetTempPath(), "recoverybot-test-models"));
        // One warm-up conversation, not a repeat until the JIT is quiet: hundreds of tests start a host.
        builder.UseSetting(StartupWarmUp.UntilQuietSetting, "00:00:00");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
