using System.Diagnostics;
using RecoveryBot.Tests.Channels.DirectLine;
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
        var clock = Stopwatch.StartNew();
        var app = WebTools.StartApp(_folder, out baseUrl, url => new Dictionary<string, string?> { ["GroupSessions:ChatPageUrl"] = url + "/" });
        output.WriteLine($"The app started in {clock.Elapsed.TotalSeconds:0.0} s.");
        return app;
    }

    private async Task RunNodeAsync(string script, params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        var printed = await WebTools.RunNodeAsync(script, arguments);
        output.WriteLine($"node {script} ran {clock.Elapsed.TotalSeconds:0.0} s: {printed}");
    }
}
