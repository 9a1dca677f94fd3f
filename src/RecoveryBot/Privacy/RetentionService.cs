using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using RecoveryBot.Storage;

namespace RecoveryBot.Privacy;

/// <summary>Erases data nobody has touched for <see cref="PrivacyOptions.RetentionDays"/> days, on a timer.</summary>
public sealed class RetentionService(
    IStorage storage,
    IEnumerable<IRetentionSweep> sweeps,
    IEnumerable<IPersonalDataStore> stores,
    IOptions<PrivacyOptions> options,
    TimeProvider timeProvider,
    ILogger<RetentionService> logger) : PeriodicService(timeProvider, logger)
{
    /// <inheritdoc/>
    protected override TimeSpan Interval => options.Value.RetentionSweepInterval;

    /// <inheritdoc/>
    protected override string RoundName => "Retention sweep";

    /// <inheritdoc/>
    protected override Task RunRoundAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>Runs one sweep now; returns how many items were erased.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        // One sweep failing must not hold back the others, nor the erasure below.
        foreach (var sweep in sweeps)
        {
            try
            {
                await sweep.SweepAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogError("A retention sweep ({Sweep}) failed: {ExceptionType}", sweep.GetType().Name, ex.GetType().FullName);
            }
        }

        if (storage is not IExpiringStorage expiring)
        {
            return 0;
        }

        // Check-ins look after themselves, and journal entries live as long as their owner's profile (the journal's sweep
        // above): idleness of the item itself says nothing about them. Nor about the key ring.
        var erased = await expiring.DeleteIdleAsync(
            Clock.GetUtcNow().AddDays(-options.Value.RetentionDays),
            [.. stores.Select(s => s.OwnLifetimeKeyPrefix).OfType<string>(), StorageXmlRepository.KeyPrefix],
            cancellationToken).ConfigureAwait(false);
        if (erased > 0)
        {
            Logger.LogInformation("Retention sweep erased {Count} idle item(s)", erased);
        }

        return erased;
    }
}
