using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Channels.DirectLine;

/// <summary>
/// A test that needs node, the packages of tests/web (tests/web/install.sh) and Debian's chromium. Without them it is
/// skipped with the reason, unless RECOVERYBOT_REQUIRE_INTEGRATION=1 (CI), where it runs and fails instead.
/// </summary>
public sealed class WebIntegrationFactAttribute : FactAttribute
{
    public WebIntegrationFactAttribute(bool needsChromium = false)
    {
        var missing = WebTools.Missing(needsChromium);
        if (missing is not null && Environment.GetEnvironmentVariable("RECOVERYBOT_REQUIRE_INTEGRATION") != "1")
        {
            Skip = missing + " Run tests/web/install.sh.";
        }
    }
}

/// <summary>Finds node, tests/web and chromium.</summary>
public static class WebTools
{
    public static string? WebFolder { get; } = FindWebFolder();

    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public static string? Missing(bool needsChromium)
    {
        if (WebFolder is null)
        {
            return "tests/web was not found above the test assembly.";
        }

        if (FindOnPath("node") is null)
        {
            return "node is not on PATH.";
        }

        if (!Directory.Exists(Path.Combine(WebFolder, "node_modules", "botframework-directlinejs"))
            || !Directory.Exists(Path.Combine(WebFolder, "node_modules", "playwright-core")))
        {
            return "tests/web/node_modules is missing.";
        }

        return needsChromium && !File.Exists(Chromium) ? $"chromium is not at {Chromium}." : null;
    }

    private static string? FindWebFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "web");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The real app on SQLite in <paramref name="folder"/>, on a real loopback port; <paramref name="settings"/> may add
    /// settings built from the address it will listen on. Fails (instead of skipping) when the web tools are missing.
    /// </summary>
    public static BotApplicationFactory StartApp(TempDirectory folder, out string baseUrl, Func<string, IReadOnlyDictionary<string, string?>>? settings = null)
    {
        var missing = Missing(needsChromium: false);
        Assert.True(missing is null, missing + " (RECOVERYBOT_REQUIRE_INTEGRATION=1, so this fails instead of skipping; run tests/web/install.sh)");

        var port = FreePort();
        baseUrl = $"http://127.0.0.1:{port}";
        var all = new Dictionary<string, string?>
        {
            ["Privacy:KeysPath"] = folder.File("keys"),
            ["DirectLine:AllowAnonymousTokens"] = "true",
        };
        foreach (var (key, value) in settings?.Invoke(baseUrl) ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = BotApplicationFactory.WithSqlite(folder.File("bot.db"), all);
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        app.StartServer();
        return app;
    }

    /// <summary>Runs a node script of tests/web (3 minutes at most); asserts it exits 0 and returns what it printed.</summary>
    public static async Task<string> RunNodeAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = WebFolder!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CHROMIUM_PATH"] = Chromium;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"node {script} exited {process.ExitCode}:\n{await output}\n{await errors}");
        return await output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>
/// The official clients against the real app on a real loopback port: DirectLineJS 0.15.5 (unchanged, over
/// WebSocket and by polling) and Web Chat 4.18.1 in headless chromium driven by playwright-core.
/// </summary>
public sealed class OfficialClientTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [WebIntegrationFact]
    public async Task DirectLineJS_over_a_WebSocket_holds_a_conversation()
    {
        using var app = WebTools.StartApp(_folder, out var baseUrl);
        await WebTools.RunNodeAsync("directline-client.js", baseUrl, "websocket");
    }

    [WebIntegrationFact]
    public async Task DirectLineJS_by_polling_holds_a_conversation()
    {
        using var app = WebTools.StartApp(_folder, out var baseUrl);
        await WebTools.RunNodeAsync("directline-client.js", baseUrl, "polling");
    }

    [WebIntegrationFact(needsChromium: true)]
    public async Task Web_Chat_in_chromium_talks_resumes_after_a_reload_and_starts_over()
    {
        using var app = WebTools.StartApp(_folder, out var baseUrl);
        var artifacts = Path.GetFullPath(Path.Combine(WebTools.WebFolder!, "..", "..", "artifacts", "web"));
        await WebTools.RunNodeAsync("browser-check.js", baseUrl, artifacts);
        Assert.True(File.Exists(Path.Combine(artifacts, "webchat.png")));
    }
}
