using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RecoveryBot.Storage;

/// <summary>Reports whether the state store answers: a read of a key that is never written.</summary>
public sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    private static readonly string[] ProbeKeys = ["healthz/probe"];

    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync(ProbeKeys, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The state store did not answer ({ex.GetType().Name}).");
        }
    }
}
