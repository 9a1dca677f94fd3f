using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>Registers the built-in Direct Line channel.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Direct Line channel: its options (validated at start-up), token protection with Data Protection
    /// (the app's Data Protection key ring, see <c>Privacy:KeysPath</c>), the in-process adapter, the log store, the socket notifier, the rate
    /// limits and the CORS policy for <c>DirectLine:AllowedOrigins</c>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.AllowedOrigins.All(IsOrigin), "DirectLine:AllowedOrigins must list origins like https://example.org (no paths, no *).")
            .ValidateOnStart();

        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineConversationBuilder>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<RecoveryBot.Privacy.IPersonalDataStore>(sp => sp.GetRequiredService<DirectLineConversationStore>());
        services.AddSingleton<DirectLineStreamHub>();
        services.AddSingleton<DirectLineLogSignal>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineLogSignal>());
        services.AddSingleton<DirectLineDelivery>();
        services.AddSingleton<ProactiveAdapters>();
        services.AddSingleton<DirectLineConversationService>();

        services.AddDirectLineRateLimits();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<DirectLineOptions>>((cors, options) => cors.AddPolicy(
                DirectLineEndpointRouteBuilderExtensions.CorsPolicy,
                policy => policy.WithOrigins(options.Value.AllowedOrigins).WithMethods("GET", "POST", "DELETE").WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")));
        return services;
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && !value.EndsWith('/');
}
