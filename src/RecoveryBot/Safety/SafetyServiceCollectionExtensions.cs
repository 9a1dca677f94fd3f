using Microsoft.Extensions.Options;

namespace RecoveryBot.Safety;

/// <summary>Registers the crisis check, its resources (validated at start-up) and the optional escalation.</summary>
public static class SafetyServiceCollectionExtensions
{
    /// <summary>Adds the safety services. The crisis model also needs the bot's <see cref="EverydayMessages"/>, registered
    /// by the conversation (AddReflectionConversation).</summary>
    public static IServiceCollection AddCrisisSafety(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrisisResourceOptions>()
            .Bind(configuration.GetSection(CrisisResourceOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CrisisResourceOptions>, CrisisResourceOptionsValidator>();
        services.AddOptions<SafetyOptions>()
            .Bind(configuration.GetSection(SafetyOptions.SectionName))
            .Validate(o => string.IsNullOrWhiteSpace(o.EscalationWebhookUrl)
                || (Uri.TryCreate(o.EscalationWebhookUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback)),
                "Safety:EscalationWebhookUrl must be an https URL.")
            .ValidateOnStart();
        services.AddHttpClient(CrisisEscalation.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(5));
        // The rules plus the classifier's second opinion, kept in the model folder between starts (Safety/README.md). It
        // also learns the bot's everyday messages, which the conversation registers (its intent examples).
        services.AddSingleton(sp => new CrisisSecondOpinion(
            Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, sp.GetRequiredService<IOptions<SafetyOptions>>().Value.ModelFolder),
            sp.GetRequiredService<EverydayMessages>().Lines));
        services.AddSingleton(sp => new CrisisDetector(sp.GetRequiredService<CrisisSecondOpinion>()));
        services.AddSingleton<CrisisResponseComposer>();
        services.AddSingleton<CrisisEscalation>();
        services.AddSingleton<SafetyResponder>();
        return services;
    }
}
