using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Channels.DirectLine;

/// <summary>The real app on a temp SQLite file and Data Protection key folder (<c>Privacy:KeysPath</c>: tokens and state), with a fake clock and optional Direct Line settings.</summary>
public sealed class DirectLineTestHost : IDisposable
{
    public DirectLineTestHost(TempDirectory folder, IReadOnlyDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 3, 0, 0, TimeSpan.Zero));
        var all = new Dictionary<string, string?> { ["Privacy:KeysPath"] = folder.File("keys"), ["DirectLine:AllowAnonymousTokens"] = "true" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Factory = BotApplicationFactory.WithSqlite(folder.File("bot.db"), all);
        App = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(collection =>
        {
            collection.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(collection);
        }));
        Http = App.CreateClient();
    }

    public FakeTimeProvider Clock { get; }

    public BotApplicationFactory Factory { get; }

    public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> App { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => App.Services;

    public DirectLineClient Client => new(Http);

    public Task<JObject> GenerateAsync(object? body = null) => Client.GenerateAsync(body);

    /// <summary>Generates a token and starts its conversation; returns (conversationId, token).</summary>
    public Task<(string ConversationId, string Token)> StartAsync() => Client.StartAsync();

    public Task<JObject> GetActivitiesAsync(string conversationId, string token, string? watermark = null) => Client.GetActivitiesAsync(conversationId, token, watermark);

    public Task<string> SayAsync(string conversationId, string token, string text, string clientActivityId = "c1") => Client.SayAsync(conversationId, token, text, clientActivityId);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null) => Client.SendAsync(method, path, token, body);

    public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, string? token, string? json) => Client.SendRawAsync(method, path, token, json);

    public static Task<JObject> ExpectAsync(HttpResponseMessage response, HttpStatusCode status) => DirectLineClient.ExpectAsync(response, status);

    /// <summary>Asserts the Direct Line error shape with <paramref name="status"/> and <paramref name="code"/>.</summary>
    public static Task ExpectErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code) => DirectLineClient.ExpectErrorAsync(response, status, code);

    public void Dispose()
    {
        Http.Dispose();
        App.Dispose();
        Factory.Dispose();
    }
}
