using RecoveryBot.Tests.DirectLine;
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
        Dictionary<string, string?> Shared(string _) => new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Postgres"] = connection };
        using var first = WebTools.StartApp(_first, out var firstUrl, Shared);
        using var second = WebTools.StartApp(_second, out var secondUrl, Shared);

        await WebTools.RunNodeAsync("directline-two-instances.js", firstUrl, secondUrl);
    }
}
