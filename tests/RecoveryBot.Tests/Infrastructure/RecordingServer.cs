using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>A small real HTTP server on 127.0.0.1 that records every request body it gets (a webhook or a Bot
/// Connector stand-in), answering with a configurable status.</summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingServer(WebApplication app) => _app = app;

    /// <summary>Each request as (path, body).</summary>
    public ConcurrentQueue<(string Path, string Body)> Requests { get; } = new();

    /// <summary>The status code to answer with.</summary>
    public int StatusCode { get; set; } = 200;

    /// <summary>The server's base address, ending with a slash.</summary>
    public string BaseUrl => _app.Urls.First().TrimEnd('/') + "/";

    public static async Task<RecordingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new RecordingServer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            server.Requests.Enqueue((context.Request.Path.Value ?? "", await reader.ReadToEndAsync()));
            context.Response.StatusCode = server.StatusCode;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id":"1"}""");
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
