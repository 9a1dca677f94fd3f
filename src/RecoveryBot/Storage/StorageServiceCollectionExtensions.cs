using Microsoft.Bot.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Storage;

/// <summary>Registers the <see cref="IStorage"/> chosen by <c>Storage:Provider</c>.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>The service key of the provider underneath the encryption.</summary>
    public const string ProviderKey = "provider";

    /// <summary>Adds the configured state store, its options (validated at start-up) and its health check.</summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => Enum.IsDefined(o.Provider), "Storage:Provider must be Sqlite, Postgres, AzureBlob or Memory.")
            .Validate(
                o => o.Provider != StorageProvider.AzureBlob || !string.IsNullOrWhiteSpace(o.AzureBlob.ConnectionString) || o.AzureBlob.AccountUrl is { IsAbsoluteUri: true },
                "Storage:Provider is AzureBlob, but neither Storage:AzureBlob:ConnectionString nor Storage:AzureBlob:AccountUrl is set.")
            .Validate(
                o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(PostgresConnectionString(o, configuration)),
                "Storage:Provider is Postgres, but neither Storage:Postgres:ConnectionString nor ConnectionStrings:Postgres is set.")
            .ValidateOnStart();

        // The provider is registered keyed: Privacy puts it behind ProtectedStorage as the app's IStorage (ciphertext on
        // disk), and keeps the key ring, which must not be encrypted with itself, in the provider directly.
        services.AddKeyedSingleton<IStorage>(ProviderKey, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            IStorage provider = options.Provider switch
            {
                StorageProvider.Memory => new ListableMemoryStorage(),
                StorageProvider.Postgres => new PostgresStorage(PostgresConnectionString(options, configuration)!, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<PostgresStorage>()),
                StorageProvider.AzureBlob => new AzureBlobStorage(string.IsNullOrWhiteSpace(options.AzureBlob.ConnectionString)
                    ? new Azure.Storage.Blobs.BlobContainerClient(
                        new Uri($"{options.AzureBlob.AccountUrl!.AbsoluteUri.TrimEnd('/')}/{options.AzureBlob.Container}"),
                        new Azure.Identity.DefaultAzureCredential(),
                        AzureBlobStorage.ClientOptions())
                    : new Azure.Storage.Blobs.BlobContainerClient(options.AzureBlob.ConnectionString, options.AzureBlob.Container, AzureBlobStorage.ClientOptions()), sp.GetRequiredService<ILoggerFactory>().CreateLogger<AzureBlobStorage>()),
                _ => new SqliteStorage(
                    Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, options.Sqlite.Path),
                    sp.GetRequiredService<TimeProvider>()),
            };
            if (provider is SqliteStorage { SharedWithAnotherInstance: true })
            {
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<SqliteStorage>().LogWarning(
                    "Another process already uses the SQLite file {Path}. SQLite storage is for one app instance; for several, use Storage:Provider Postgres or AzureBlob.",
                    options.Sqlite.Path);
            }

            return provider;
        });

        services.AddSingleton<SharedTurnLease>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }

    /// <summary>The PostgreSQL connection string: <c>Storage:Postgres:ConnectionString</c>, else <c>ConnectionStrings:Postgres</c>.</summary>
    internal static string? PostgresConnectionString(StorageOptions options, IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(options.Postgres.ConnectionString) ? configuration.GetConnectionString("Postgres") : options.Postgres.ConnectionString;
}
