using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Tests.Channels.DirectLine;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Storage;

/// <summary>
/// The official DirectLineJS client against two instances on one PostgreSQL database, on real loopback ports: its
/// WebSocket on one instance, its posts through the other (tests/web/directline-two-instances.js).
/// </summary>
public sealed class TwoInstanceOfficialClientTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly TempDirectory _first = new();
    private readonly TempDirectory _second = new();

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [WebIntegrationFact]
    public async Task DirectLineJS_with_its_socket_on_one_instance_hears_what_is_posted_through_the_other()
    {
        var connection = await server.CreateDatabaseAsync();
        // The log is looked at only once an hour: what the socket hears from the other instance comes by NOTIFY.
        Dictionary<string, string?> Shared(string _) => new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = connection,
            ["DirectLine:SharedStoreNotifiedPollInterval"] = "01:00:00",
        };
        using var first = WebTools.StartApp(_first, out var firstUrl, Shared);
        using var second = WebTools.StartApp(_second, out var secondUrl, Shared);
        await first.Services.GetRequiredService<RecoveryBot.Channels.DirectLine.DirectLineLogSignal>().Listening.WaitAsync(TimeSpan.FromSeconds(30));

        await WebTools.RunNodeAsync("directline-two-instances.js", firstUrl, secondUrl);
    }
}
