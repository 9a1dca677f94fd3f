using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Privacy;

/// <summary>Registers Data Protection (the key ring in <c>Privacy:KeysPath</c>), retention and "delete my data".</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Adds the privacy services.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddDataProtection().SetApplicationName("RecoveryBot");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IHostEnvironment, IOptions<PrivacyOptions>, ILoggerFactory>((keys, environment, options, loggers) =>
                keys.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(Path.Combine(environment.ContentRootPath, options.Value.KeysPath)), loggers));

        services.AddSingleton<DataEraser>();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
