using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using RecoveryBot.Tests.Channels.DirectLine;

namespace RecoveryBot.Tests.GroupSessions;

/// <summary>
/// One person in their own Web Chat conversation over the built-in Direct Line: what they type, and every activity the
/// bot sent them since they last looked, including the ones a group session sends later (those are polled for).
/// </summary>
public sealed partial class DirectLineParticipant
{
    private readonly DirectLineTestHost _host;
    private string? _watermark;
    private int _sent;

    private DirectLineParticipant(DirectLineTestHost host, string conversationId, string token)
    {
        _host = host;
        ConversationId = conversationId;
        Token = token;
    }

    public string ConversationId { get; }

    public string Token { get; }

    /// <summary>Everything the bot sent here so far, in order.</summary>
    public List<JObject> All { get; } = [];

    /// <summary>The same person and conversation on another host (the app restarted on the same files).</summary>
    public DirectLineParticipant On(DirectLineTestHost host) => new(host, ConversationId, Token) { _watermark = _watermark, _sent = _sent };

    /// <summary>Waits a moment and asserts nothing new arrived (for what must not reach someone).</summary>
    public async Task ExpectNothingNewAsync()
    {
        await Task.Delay(1500);
        var late = await ReadAsync();
        Assert.True(late.Count == 0, "Unexpected: " + string.Join(" | ", late.Select(Text)));
    }

    public static async Task<DirectLineParticipant> StartAsync(DirectLineTestHost host)
    {
        var (conversationId, token) = await host.StartAsync();
        var participant = new DirectLineParticipant(host, conversationId, token);
        await participant.ReadAsync();
        return participant;
    }

    /// <summary>Sends <paramref name="text"/>; returns the texts of the bot's replies to it.</summary>
    public async Task<string> SayAsync(string text)
    {
        await _host.SayAsync(ConversationId, Token, text, $"c{++_sent}");
        return string.Join("\n---\n", (await ReadAsync()).Select(Text));
    }

    /// <summary>Waits (up to 20 s) until a message from the bot contains <paramref name="expected"/>; returns all new texts.</summary>
    public async Task<string> WaitForAsync(string expected)
    {
        var seen = new List<JObject>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            seen.AddRange(await ReadAsync());
            var joined = string.Join("\n---\n", seen.Select(Text));
            if (joined.Contains(expected, StringComparison.Ordinal))
            {
                return joined;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Waited 20 s for \"{expected}\"; got:\n{joined}");
            await Task.Delay(50);
        }
    }

    /// <summary>The activities that arrived since the last look.</summary>
    public async Task<IReadOnlyList<JObject>> ReadAsync()
    {
        var set = await _host.GetActivitiesAsync(ConversationId, Token, _watermark);
        _watermark = (string?)set["watermark"] ?? _watermark;
        var fromBot = set["activities"]!.OfType<JObject>().Where(a => (string?)a["from"]?["role"] == "bot" || (string?)a["from"]?["id"] == "recoverybot").ToList();
        All.AddRange(fromBot);
        return fromBot;
    }

    /// <summary>Everything the bot ever sent here, as raw JSON (to look for anything that should not be there).</summary>
    public string Transcript => string.Join("\n", All.Select(a => a.ToString(Newtonsoft.Json.Formatting.None)));

    public static string Text(JObject activity) => (string?)activity["text"] ?? "";

    /// <summary>The join code in the facilitator's "ready" message.</summary>
    public static string CodeIn(string text)
    {
        var match = CodePattern().Match(text);
        Assert.True(match.Success, "No join code in: " + text);
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"join code is \*\*([A-Z0-9]{6})\*\*")]
    private static partial Regex CodePattern();
}
