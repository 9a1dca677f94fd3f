using RecoveryBot.Privacy;

namespace RecoveryBot.GroupSessions;

/// <summary>Registers group sessions.</summary>
public static class GroupSessionServiceCollectionExtensions
{
    /// <summary>Adds group sessions: their store, the step dialog, the outbox and the coordinator.</summary>
    public static IServiceCollection AddGroupSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GroupSessionOptions>()
            .Bind(configuration.GetSection(GroupSessionOptions.SectionName))
            .Validate(o => o.IdleTimeout > TimeSpan.Zero && o.FailedJoinWindow > TimeSpan.Zero, "GroupSessions:IdleTimeout and FailedJoinWindow must be positive.")
            .Validate(o => o.FailedJoinsPerUser > 0 && o.FailedJoinsPerCode > 0 && o.FailedJoinsInTotal > 0, "GroupSessions failed-join limits must be positive.")
            .ValidateOnStart();
        services.AddSingleton<GroupSessionStore>();
        services.AddSingleton<GroupStepDialog>();
        services.AddSingleton<GroupOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<GroupOutbox>());
        services.AddSingleton<GroupSessionCoordinator>();
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<GroupSessionCoordinator>());
        services.AddSingleton<IRetentionSweep>(sp => sp.GetRequiredService<GroupSessionCoordinator>());
        return services;
    }
}
