using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Storage;

/// <summary>Registers the <see cref="IStorage"/> chosen by <c>Storage:Provider</c>.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the configured state store, its options (validated at start-up) and its health check.</summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => Enum.IsDefined(o.Provider), "Storage:Provider must be Sqlite or Memory.")
            .ValidateOnStart();

        services.AddSingleton<IStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider switch
            {
                StorageProvider.Memory => new MemoryStorage(),
                _ => new SqliteStorage(
                    Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, options.Sqlite.Path),
                    sp.GetRequiredService<TimeProvider>()),
            };
        });

        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }
}
