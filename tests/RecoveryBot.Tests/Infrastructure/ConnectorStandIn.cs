using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// A stand-in for the Bot Connector service on 127.0.0.1: records every activity the bot posts to a conversation
/// (send or reply) and answers <c>{"id":"1"}</c>, or the status code the test chose. Any other POST (a webhook) is
/// recorded in <see cref="Other"/> by path and body.
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string ConversationId, JObject Activity)> _received = new();

    private ConnectorStandIn(WebApplication app) => _app = app;

    /// <summary>The status code every POST answers with; 200 unless a test wants failures.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    /// <summary>How many of the next activity posts get a 503 (as a Bot Connector having a bad moment), whatever
    /// <see cref="Status"/> says.</summary>
    public int FailNext { get => _failNext; set => _failNext = value; }

    /// <summary>How long posts to a conversation take before they are answered (a slow or hanging connector); none unless a test says.</summary>
    public Func<string, TimeSpan> DelayFor { get; set; } = _ => TimeSpan.Zero;

    /// <summary>The address to put in an activity's serviceUrl.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Every POST that reached it, failed ones included.</summary>
    public int Attempts => _attempts;

    /// <summary>The activities accepted with 200, in order.</summary>
    public IReadOnlyList<(string ConversationId, JObject Activity)> Received => [.. _received];

    /// <summary>Forgets the activities and other POSTs recorded so far (a long test's record is not the bot's memory).</summary>
    public void Clear()
    {
        _received.Clear();
        _other.Clear();
    }

    /// <summary>POSTs to any other path, as (path, body), answered with <see cref="Status"/>.</summary>
    public IReadOnlyList<(string Path, string Body)> Other => [.. _other];

    private readonly ConcurrentQueue<(string Path, string Body)> _other = new();
    private int _attempts;
    private int _failNext;

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new ConnectorStandIn(app) { ServiceUrl = $"http://127.0.0.1:{port}/" };

        async Task<IResult> Record(HttpContext context, string conversationId)
        {
            Interlocked.Increment(ref standIn._attempts);
            if (standIn.DelayFor(conversationId) is { } delay && delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return Results.StatusCode(499); // the bot gave up waiting
                }
            }

            using var reader = new StreamReader(context.Request.Body);
            var body = JObject.Parse(await reader.ReadToEndAsync());
            if (Interlocked.Decrement(ref standIn._failNext) >= 0)
            {
                return Results.StatusCode(503);
            }

            Interlocked.Exchange(ref standIn._failNext, 0);
            if (standIn.Status != HttpStatusCode.OK)
            {
                return Results.StatusCode((int)standIn.Status);
            }

            // As the Teams Bot API does: a file sent inline as a data: URL is refused unless it is an image.
            if (body["attachments"] is JArray attachments && attachments.OfType<JObject>().Any(a =>
                    ((string?)a["contentUrl"])?.StartsWith("data:", StringComparison.OrdinalIgnoreCase) == true &&
                    ((string?)a["contentType"])?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) != true))
            {
                return Results.Json(new { error = new { code = "BadArgument", message = "Unknown attachment type" } }, statusCode: 400);
            }

            standIn._received.Enqueue((conversationId, body));
            return Results.Text("""{"id":"1"}""", "application/json");
        }

        app.MapPost("/v3/conversations/{conversationId}/activities", Record);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext c, string conversationId, string activityId) => Record(c, conversationId));
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            standIn._other.Enqueue((context.Request.Path.Value ?? "", await reader.ReadToEndAsync()));
            return Results.StatusCode((int)standIn.Status);
        });
        await app.StartAsync();
        return standIn;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
