using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Benchmarks;

/// <summary>What a load test sends: one worker per connection, each with its own state.</summary>
public abstract class Scenario(string name, IReadOnlyList<string> stepNames)
{
    /// <summary>Shown in the table.</summary>
    public string Name { get; } = name;

    /// <summary>The kinds of request a worker sends (latencies are kept per step).</summary>
    public IReadOnlyList<string> StepNames { get; } = stepNames;

    /// <summary>How many load phases were started on this scenario (1 in the first).</summary>
    public int Phase { get; private set; }

    /// <summary>Called once before a phase creates its workers.</summary>
    public void BeginPhase() => Phase++;

    /// <summary>Creates the state of one worker.</summary>
    public abstract ScenarioWorker CreateWorker(int index);
}

/// <summary>One worker's sequence of requests.</summary>
public abstract class ScenarioWorker
{
    /// <summary>Builds the next request; <paramref name="step"/> says which kind it is.</summary>
    public abstract HttpRequestMessage Next(out int step);

    /// <summary>Checks a response (status already known to be 200); returns null when it is right, else what was wrong.</summary>
    public abstract string? Check(int step, byte[] body);

    /// <summary>Called after a failed request: start over (a new conversation).</summary>
    public virtual void Reset()
    {
    }
}

/// <summary>GET the bare Kestrel JSON endpoint.</summary>
public sealed class BareJsonScenario(Uri uri) : Scenario("bare Kestrel JSON", ["GET /json"])
{
    private static readonly byte[] Expected = """{"message":"Hello, World!"}"""u8.ToArray();

    /// <inheritdoc/>
    public override ScenarioWorker CreateWorker(int index) => new Worker(uri);

    private sealed class Worker(Uri uri) : ScenarioWorker
    {
        public override HttpRequestMessage Next(out int step)
        {
            step = 0;
            return new HttpRequestMessage(HttpMethod.Get, uri);
        }

        public override string? Check(int step, byte[] body) => body.AsSpan().SequenceEqual(Expected) ? null : "unexpected body";
    }
}

/// <summary>The echo bot: each worker sends messages in its own conversation; the reply must echo the text.</summary>
public sealed class EchoScenario(Uri uri, string runId) : Scenario("SDK echo bot (MemoryStorage)", ["echo"])
{
    /// <inheritdoc/>
    public override ScenarioWorker CreateWorker(int index) => new Worker(uri, $"echo-{runId}-p{Phase}-{index}");

    private sealed class Worker(Uri uri, string conversationId) : ScenarioWorker
    {
        private long _turn;
        private string _text = "";

        public override HttpRequestMessage Next(out int step)
        {
            step = 0;
            _turn++;
            _text = "hello " + _turn.ToString(CultureInfo.InvariantCulture);
            return Activities.Post(uri, conversationId, "user-" + conversationId, _turn, _text);
        }

        public override string? Check(int step, byte[] body)
        {
            var texts = Activities.ReplyTexts(body, out var problem);
            return problem ?? (texts.Contains("Echo: " + _text) ? null : "reply is not the echo");
        }
    }
}

/// <summary>
/// RecoveryBot: each worker walks the plan-amends exercise over and over, each walk in a new conversation with a new
/// user (so no journal or dialog state grows). Every reply must carry the next step's prompt, so a walk that went off
/// the rails (a retry prompt, the apology of the turn-error handler) counts as an error, not as a fast turn.
/// </summary>
/// <remarks>
/// With <paramref name="complete"/> false the walk stops before "ready" (an exercise left open, as when someone walks
/// away) and starts over: every turn but the first is then mid-exercise, and the cost of completing an exercise (journal,
/// check-in) is left out. That isolates what a mid-exercise turn costs at full concurrency. With
/// <paramref name="fixedUserId"/> every walk of every worker is that one user's (each walk still in a new conversation):
/// the journal case uses it to walk as a user with a long journal. Two scenarios on one bot need distinct
/// <paramref name="runId"/>s, which keep their conversations apart.
/// </remarks>
public sealed class PlanAmendsScenario(IReadOnlyList<Uri> uris, string runId, bool complete = true, string? fixedUserId = null, string? name = null)
    : Scenario(name ?? (complete ? "RecoveryBot" : "RecoveryBot, walks not completed"), Walk.Select(s => s.Text).ToArray())
{
    /// <summary>The walk: what is sent, and a phrase the reply must contain (from dialogs/plan-amends.yaml).</summary>
    public static readonly (string Text, string Expect)[] Walk =
    [
        ("plan amends", "Who would you like to make amends with?"),
        ("Sam", "As far as you know, is Sam open to hearing from you?"),
        ("yes", "What do you want to acknowledge to Sam?"),
        ("what I did", "Now try writing what you'd like to say to Sam"),
        ("I'm sorry for what I did", "How would you like to reach out?"),
        ("a letter", "When would you like to reach out to Sam?"),
        ("next Saturday", "How will you take care of yourself afterwards?"),
        ("call my sponsor", "How ready do you feel to go ahead with this plan?"),
        ("ready", "It took real courage to get here."),
    ];

    /// <summary>From AdapterWithErrorHandler.ApologyText: a failed turn still answers 200, with this apology.</summary>
    public const string ApologyPhrase = "something went wrong on my side";

    /// <summary>The texts of the last reply that lacked its expected prompt (for the error report).</summary>
    public static string? LastUnexpected { get; private set; }

    /// <summary>Steps 1..7: the turns between the first and the last.</summary>
    public static bool IsMidExercise(int step) => step > 0 && step < Walk.Length - 1;

    /// <inheritdoc/>
    /// <remarks>Each phase makes new workers; the phase number keeps their conversations apart from earlier phases'.</remarks>
    public override ScenarioWorker CreateWorker(int index) =>
        new Worker(uris, $"{runId}-{(complete ? "c" : "o")}{Phase}-{index}", complete ? Walk.Length : Walk.Length - 1, fixedUserId);

    /// <summary>Whether each walk goes on to "ready" and completes the exercise.</summary>
    public bool Completes => complete;

    // With several instances, each turn goes to the next one: no sticky routing.
    private sealed class Worker(IReadOnlyList<Uri> uris, string prefix, int walkLength, string? fixedUserId) : ScenarioWorker
    {
        private int _step;
        private long _walks;
        private long _activityId;
        private string _conversationId = "";
        private string _userId = "";

        public override HttpRequestMessage Next(out int step)
        {
            if (_step == 0)
            {
                _walks++;
                _conversationId = $"rb-{prefix}-{_walks.ToString(CultureInfo.InvariantCulture)}";
                _userId = fixedUserId ?? $"user-{prefix}-{_walks.ToString(CultureInfo.InvariantCulture)}";
            }

            step = _step;
            ++_activityId;
            return Activities.Post(uris[(int)(_activityId % uris.Count)], _conversationId, _userId, _activityId, Walk[_step].Text);
        }

        public override string? Check(int step, byte[] body)
        {
            var texts = Activities.ReplyTexts(body, out var problem);
            if (problem is not null)
            {
                return problem;
            }

            if (texts.Any(t => t.Contains(ApologyPhrase, StringComparison.Ordinal)))
            {
                return $"step {step} (\"{Walk[step].Text}\"): the turn failed (the bot apologised)";
            }

            if (!texts.Any(t => t.Contains(Walk[step].Expect, StringComparison.Ordinal)))
            {
                LastUnexpected = string.Join(" | ", texts.Select(t => t.Length > 80 ? t[..80] : t));
                return $"step {step} (\"{Walk[step].Text}\"): reply without the expected prompt";
            }

            _step = (_step + 1) % walkLength;
            return null;
        }

        public override void Reset() => _step = 0;
    }
}

/// <summary>Builds message activities and reads expectReplies responses.</summary>
public static class Activities
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>A POST of a message activity with deliveryMode expectReplies (the replies come back in the response).</summary>
    public static HttpRequestMessage Post(Uri uri, string conversationId, string userId, long id, string text) =>
        Request(uri, "message", id.ToString(CultureInfo.InvariantCulture), conversationId, userId, json => json.WriteString("text", text));

    /// <summary>
    /// The welcome a channel sends when someone opens a chat: a conversationUpdate adding <paramref name="userId"/>, with
    /// deliveryMode expectReplies, so the welcome comes back in the response.
    /// </summary>
    public static HttpRequestMessage Welcome(Uri uri, string conversationId, string userId) =>
        Request(uri, "conversationUpdate", "welcome-" + conversationId, conversationId, userId, json =>
        {
            json.WriteStartArray("membersAdded");
            json.WriteStartObject();
            json.WriteString("id", userId);
            json.WriteEndObject();
            json.WriteEndArray();
        });

    // One activity as Web Chat's channel would send it, expecting its replies in the response; the caller adds what
    // its kind of activity carries.
    private static HttpRequestMessage Request(Uri uri, string type, string id, string conversationId, string userId, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", type);
            json.WriteString("id", id);
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("channelId", "webchat");
            json.WriteString("serviceUrl", "http://127.0.0.1/");
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteString("locale", "en-US");
            json.WriteStartObject("from");
            json.WriteString("id", userId);
            json.WriteString("role", "user");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "bot");
            json.WriteString("role", "bot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            body(json);
            json.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = Json;
        return new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
    }

    /// <summary>The texts of the activities in an expectReplies body; a problem when there is no activity at all.</summary>
    public static List<string> ReplyTexts(byte[] body, out string? problem)
    {
        var texts = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array || activities.GetArrayLength() == 0)
            {
                problem = "no activity in the response";
                return texts;
            }

            foreach (var activity in activities.EnumerateArray())
            {
                if (activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    texts.Add(text.GetString()!);
                }
            }

            problem = null;
        }
        catch (JsonException)
        {
            problem = "response is not JSON";
        }

        return texts;
    }
}

/// <summary>Source-generated JSON for the bare endpoint (no reflection on the hot path).</summary>
[JsonSerializable(typeof(HelloMessage))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
public sealed partial class BenchJsonContext : JsonSerializerContext;
