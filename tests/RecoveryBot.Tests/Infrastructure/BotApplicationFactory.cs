using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>Hosts the real app in memory with test settings layered over appsettings.json.</summary>
public sealed class BotApplicationFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    /// <summary>An app on SQLite at <paramref name="databasePath"/>.</summary>
    public static BotApplicationFactory WithSqlite(string databasePath, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = databasePath,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new BotApplicationFactory(all);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
