using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// Growth case (a): long conversations over the app's built-in Direct Line 3.0 endpoint, as Web Chat talks to it. Each
/// of N conversations gets a token (<c>POST tokens/generate</c>, anonymous as the app's page does), is started
/// (<c>POST conversations</c>, which runs the welcome), reads the welcome (<c>GET activities</c>), then sends "help"
/// turn after turn: <c>POST activities</c> (answered once the bot's turn is done) and <c>GET activities?watermark=</c>
/// for the replies. A turn is timed from the POST to the end of the GET. The N conversations run at once, so this is
/// load, and the cost of turn T is compared with the cost of turns 5-15 of the same conversations in the same run.
/// </summary>
/// <remarks>
/// "help" at the menu is cheap and always answered the same way (the help text, then the menu), so what changes from
/// turn to turn is the conversation's Direct Line log, which every POST, append and GET reads and rewrites whole. The
/// log is capped at <c>DirectLine:MaxLogActivities</c> (500 by default, kept here): at three activities a turn it stops
/// growing at about turn 167. The app is started with the Direct Line rate limits raised (see <see cref="ExtraArgs"/>),
/// since 60 posts per conversation per minute would make a 500-turn conversation take eight minutes.
/// </remarks>
public static class DirectLineLongConversation
{
    /// <summary>The start of the help text (BotMessages.Help).</summary>
    public const string HelpPhrase = "You can tell me what you'd like in your own words";

    /// <summary>Configuration the process needs for this case: the limits high enough not to be what is measured.</summary>
    public static readonly string[] ExtraArgs =
    [
        "--DirectLine:AllowAnonymousTokens=true",
        "--DirectLine:PostsPerMinute=100000",
        "--DirectLine:TokenRequestsPerMinute=100000",
    ];

    /// <summary>One timed turn.</summary>
    private readonly record struct Turn(int Number, double PostMs, double GetMs);

    /// <summary>Runs the case and prints its table; records the target in <paramref name="summary"/>.</summary>
    public static async Task RunAsync(Uri baseUri, GrowthScale scale, BenchSummary summary)
    {
        Console.WriteLine();
        Console.WriteLine($"[{scale.Label}] Growth (a): long conversation over Direct Line: {scale.Conversations} conversations at once, {scale.Turns} turns of \"help\" each (POST activities + GET activities?watermark), SQLite");
        using var client = LoadRunner.CreateClient(scale.Conversations);
        var errors = new Dictionary<string, long>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var conversations = await Task.WhenAll(Enumerable.Range(0, scale.Conversations).Select(i => Task.Run(() => TalkAsync(client, baseUri, scale.Turns, errors, i == 0 ? clock : null))));
        var turns = conversations.SelectMany(c => c.Turns).ToList();
        Console.WriteLine($"  {turns.Count} turns in {clock.Elapsed.TotalSeconds:0.0} s ({turns.Count / clock.Elapsed.TotalSeconds:0} turns/s over the {scale.Conversations} conversations)");
        Console.WriteLine($"  {"turns",-10} {"samples",8} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"mean ms",8} {"POST p50",9} {"GET p50",8}");
        var byBand = new Dictionary<(int, int), double[]>();
        foreach (var band in scale.Bands)
        {
            var inBand = turns.Where(t => t.Number >= band.From && t.Number <= band.To).ToList();
            var total = Stats.Sorted(inBand.Select(t => t.PostMs + t.GetMs));
            byBand[band] = total;
            Console.WriteLine($"  {$"{band.From}-{band.To}",-10} {total.Length,8} {Stats.Percentile(total, 0.5),8:0.00} {Stats.Percentile(total, 0.9),8:0.00} {Stats.Percentile(total, 0.99),8:0.00} {(total.Length == 0 ? double.NaN : total.Average()),8:0.00} {Stats.Percentile(Stats.Sorted(inBand.Select(t => t.PostMs)), 0.5),9:0.00} {Stats.Percentile(Stats.Sorted(inBand.Select(t => t.GetMs)), 0.5),8:0.00}");
        }

        var logs = conversations.Where(c => c.LogActivities >= 0).ToList();
        if (logs.Count > 0)
        {
            Console.WriteLine($"  the log kept at the end (GET activities without a watermark): {logs.Max(c => c.LogActivities)} activities, {logs.Max(c => c.LogBytes) / 1024} KB per conversation (capped by DirectLine:MaxLogActivities, 500 by default)");
        }

        var failed = errors.Values.Sum();
        if (failed > 0)
        {
            Console.WriteLine($"  errors: {string.Join("; ", errors.OrderByDescending(e => e.Value).Select(e => $"{e.Value} x {e.Key}"))}");
        }

        summary.Fail("Direct Line long conversation", failed);
        var (base50, base99) = (Stats.Percentile(byBand[scale.BaseBand], 0.5), Stats.Percentile(byBand[scale.BaseBand], 0.99));
        var (last50, last99) = (Stats.Percentile(byBand[scale.LastBand], 0.5), Stats.Percentile(byBand[scale.LastBand], 0.99));
        var (r50, r99) = (last50 / base50, last99 / base99);
        Console.WriteLine($"  turns {scale.LastBand.From}-{scale.LastBand.To} / turns {scale.BaseBand.From}-{scale.BaseBand.To}: p50 {r50:0.00}x ({last50:0.0} / {base50:0.0} ms), p99 {r99:0.00}x ({last99:0.0} / {base99:0.0} ms)  (target: within 10%, <= 1.10x)");
        summary.Target($"3a Direct Line turns {scale.LastBand.From}-{scale.LastBand.To} / {scale.BaseBand.From}-{scale.BaseBand.To}, p50 (<= 1.10x)", r50, $"{r50:0.00}x ({last50:0.0} vs {base50:0.0} ms)", r50 <= 1.10);
        summary.Target($"3a Direct Line turns {scale.LastBand.From}-{scale.LastBand.To} / {scale.BaseBand.From}-{scale.BaseBand.To}, p99 (<= 1.10x)", r99, $"{r99:0.00}x ({last99:0.0} vs {base99:0.0} ms)", r99 <= 1.10);
    }

    private sealed record Conversation(List<Turn> Turns, int LogActivities, long LogBytes);

    // With `progress`, says every 100 turns how far it got (a slow build can take minutes here).
    private static async Task<Conversation> TalkAsync(HttpClient client, Uri baseUri, int turnCount, Dictionary<string, long> errors, Stopwatch? progress)
    {
        var turns = new List<Turn>(turnCount);
        var directLine = new Uri(baseUri, "/v3/directline/");
        string token, conversationId, watermark;
        Uri activities;
        try
        {
            var generated = await SendAsync(client, HttpMethod.Post, new Uri(directLine, "tokens/generate"), null, "{}");
            using (var json = Expect(generated, HttpStatusCode.OK))
            {
                token = json.RootElement.GetProperty("token").GetString()!;
                conversationId = json.RootElement.GetProperty("conversationId").GetString()!;
            }

            // Starting runs the welcome turn before it answers, so the welcome is in the log.
            Expect(await SendAsync(client, HttpMethod.Post, new Uri(directLine, "conversations"), token, "{}"), HttpStatusCode.Created).Dispose();
            activities = new Uri(directLine, $"conversations/{Uri.EscapeDataString(conversationId)}/activities");
            using (var json = Expect(await SendAsync(client, HttpMethod.Get, activities, token, null), HttpStatusCode.OK))
            {
                watermark = json.RootElement.GetProperty("watermark").GetString() ?? "";
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or JsonException or TaskCanceledException or KeyNotFoundException)
        {
            Count(errors, "starting the conversation: " + ex.Message);
            return new Conversation(turns, -1, 0);
        }

        for (var number = 1; number <= turnCount; number++)
        {
            var body = "{\"type\":\"message\",\"from\":{\"id\":\"bench-user\"},\"locale\":\"en-US\",\"text\":\"help\",\"channelData\":{\"clientActivityID\":\"bench-" + number.ToString(CultureInfo.InvariantCulture) + "\"}}";
            var started = Stopwatch.GetTimestamp();
            try
            {
                Expect(await SendAsync(client, HttpMethod.Post, activities, token, body), HttpStatusCode.OK).Dispose();
                var afterPost = Stopwatch.GetTimestamp();
                var read = await SendAsync(client, HttpMethod.Get, new Uri(activities + "?watermark=" + Uri.EscapeDataString(watermark)), token, null);
                var ended = Stopwatch.GetTimestamp();
                using var json = Expect(read, HttpStatusCode.OK);
                watermark = json.RootElement.GetProperty("watermark").GetString() ?? watermark;
                var problem = CheckReplies(json.RootElement.GetProperty("activities"));
                if (problem is not null)
                {
                    Count(errors, problem);
                    continue;
                }

                turns.Add(new Turn(number, Stopwatch.GetElapsedTime(started, afterPost).TotalMilliseconds, Stopwatch.GetElapsedTime(afterPost, ended).TotalMilliseconds));
                if (progress is not null && number % 100 == 0 && number < turnCount)
                {
                    Console.WriteLine($"  ... conversation 1 at turn {number} after {progress.Elapsed.TotalSeconds:0} s");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or JsonException or TaskCanceledException or KeyNotFoundException)
            {
                Count(errors, ex is InvalidOperationException ? ex.Message : ex.GetType().Name);
            }
        }

        // What the server keeps for the conversation at the end: the whole log, as a reconnecting client reads it.
        try
        {
            var log = await SendAsync(client, HttpMethod.Get, activities, token, null);
            using var json = Expect(log, HttpStatusCode.OK);
            return new Conversation(turns, json.RootElement.GetProperty("activities").GetArrayLength(), Encoding.UTF8.GetByteCount(log.Content));
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or JsonException or TaskCanceledException)
        {
            Count(errors, "reading the whole log: " + ex.GetType().Name);
            return new Conversation(turns, -1, 0);
        }
    }

    // The replies since the watermark: the user's echo, then the bot's; one must be the help text, none the apology.
    private static string? CheckReplies(JsonElement activities)
    {
        var texts = activities.EnumerateArray()
            .Where(a => a.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var role) && role.GetString() == "bot")
            .Select(a => a.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "")
            .ToList();
        return texts.Any(t => t.Contains(PlanAmendsScenario.ApologyPhrase, StringComparison.Ordinal)) ? "the turn failed (the bot apologised)"
            : !texts.Any(t => t.Contains(HelpPhrase, StringComparison.Ordinal)) ? "no help text among the replies since the watermark"
            : null;
    }

    private sealed record Response(HttpStatusCode Status, string Content);

    private static async Task<Response> SendAsync(HttpClient client, HttpMethod method, Uri uri, string? token, string? json)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return new Response(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static JsonDocument Expect(Response response, HttpStatusCode status) =>
        response.Status == status
            ? JsonDocument.Parse(response.Content)
            : throw new InvalidOperationException($"HTTP {(int)response.Status}");

    private static void Count(Dictionary<string, long> errors, string kind)
    {
        lock (errors)
        {
            errors[kind] = errors.GetValueOrDefault(kind) + 1;
        }
    }
}
