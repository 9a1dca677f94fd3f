using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RecoveryBot.Tests.DirectLine;
using RecoveryBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.GroupSessions;

/// <summary>
/// Group sessions with the official clients against the real app on a real loopback port (tests/web/group-session.js):
/// a facilitator and two members on DirectLineJS, and a member on the real Web Chat page in headless chromium who joins
/// by the facilitator's join link, answers and shares. The app tells facilitators the link (GroupSessions:ChatPageUrl).
/// </summary>
public sealed class GroupSessionWebTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [WebIntegrationFact]
    public async Task With_DirectLineJS_a_facilitator_and_two_members_share_and_keep_answers_private()
    {
        using var app = StartApp(out var baseUrl);
        await RunNodeAsync("group-session.js", baseUrl, "directline");
    }

    [WebIntegrationFact(needsChromium: true)]
    public async Task In_Web_Chat_a_member_joins_by_the_link_answers_and_shares()
    {
        using var app = StartApp(out var baseUrl);
        var root = Path.GetFullPath(Path.Combine(WebTools.WebFolder!, "..", ".."));
        var artifacts = Path.Combine(root, "artifacts", "web");
        var shot = Path.Combine(artifacts, "group-session-member.png");
        Directory.CreateDirectory(artifacts);
        File.Delete(shot);

        // The README's picture is refreshed only on request, so an ordinary run leaves the tree as it was.
        string[] arguments = Environment.GetEnvironmentVariable("RECOVERYBOT_UPDATE_DOCS_IMAGES") == "1"
            ? [baseUrl, "browser", artifacts, Path.Combine(root, "docs", "images")]
            : [baseUrl, "browser", artifacts];
        await RunNodeAsync("group-session.js", arguments);
        Assert.True(new FileInfo(shot).Length > 10_000, "The member's screenshot is missing or empty.");
    }

    private BotApplicationFactory StartApp(out string baseUrl)
    {
        var missing = WebTools.Missing(needsChromium: false);
        Assert.True(missing is null, missing + " (RECOVERYBOT_REQUIRE_INTEGRATION=1, so this fails instead of skipping; run tests/web/install.sh)");

        var clock = Stopwatch.StartNew();
        var port = FreePort();
        baseUrl = $"http://127.0.0.1:{port}";
        var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"), new Dictionary<string, string?>
        {
            ["Privacy:KeysPath"] = _folder.File("keys"),
            ["DirectLine:AllowAnonymousTokens"] = "true",
            ["GroupSessions:ChatPageUrl"] = baseUrl + "/",
        });
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        app.StartServer();
        output.WriteLine($"The app started in {clock.Elapsed.TotalSeconds:0.0} s.");
        return app;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RunNodeAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = WebTools.WebFolder!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CHROMIUM_PATH"] = WebTools.Chromium;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var printed = process.StandardOutput.ReadToEndAsync();
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

        Assert.True(process.ExitCode == 0, $"node {script} exited {process.ExitCode}:\n{await printed}\n{await errors}");
        output.WriteLine($"node {script} ran {clock.Elapsed.TotalSeconds:0.0} s: {await printed}");
    }
}
