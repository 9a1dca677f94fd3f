using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>The real app on a SQLite file, optionally with a fake clock, plus clients that talk to it over HTTP.</summary>
public sealed class TestApp : IDisposable
{
    private readonly BotApplicationFactory _factory;
    private readonly WebApplicationFactory<Program> _host;
    private HttpClient? _http;

    public TestApp(string databasePath, FakeTimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Clock = clock;
        DatabasePath = databasePath;
        _factory = BotApplicationFactory.WithSqlite(databasePath, settings);
        _host = clock is null
            ? _factory
            : _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
    }

    public FakeTimeProvider? Clock { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => _host.Services;

    public HttpClient Http => _http ??= _host.CreateClient();

    public BotClient Client(string conversationId = "conversation-1", string userId = "user-1", string channelId = "emulator")
        => new(Http, conversationId, userId, channelId);

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public void Dispose()
    {
        _http?.Dispose();
        if (!ReferenceEquals(_host, _factory))
        {
            _host.Dispose();
        }

        _factory.Dispose();
    }
}
