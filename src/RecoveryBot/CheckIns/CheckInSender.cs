using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using RecoveryBot.Channels;

namespace RecoveryBot.CheckIns;

/// <summary>
/// Background service that sends check-ins on their day, through the conversation they were planned in. A send
/// that fails is tried again on the next rounds, then dropped.
/// </summary>
public sealed class CheckInSender(
    CheckInStore store,
    ProactiveAdapters adapters,
    TimeProvider timeProvider,
    IOptions<CheckInOptions> options,
    ILogger<CheckInSender> logger) : BackgroundService
{
    private const int MaxFailedAttempts = 3;

    // How long a claim holds: far longer than a send takes, short enough that a crashed sender's check-ins go out soon.
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    // This instance, as named in its claims.
    private readonly string _instance = Guid.NewGuid().ToString("N");

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, timeProvider);
        do
        {
            try
            {
                await SendDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Check-in round failed: {ExceptionType}", ex.GetType().FullName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Sends every check-in that is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var due = await store.ListDueAsync(now, cancellationToken).ConfigureAwait(false);
        if (due.Count == 0)
        {
            await store.RecordRoundAsync(now, [], [], MaxFailedAttempts, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var sent = new List<ScheduledCheckIn>();
        var failed = new List<ScheduledCheckIn>();
        foreach (var checkIn in due)
        {
            // With several instances on one store, every timer may fire at once: only the one that claims it sends it.
            try
            {
                var claimedAt = timeProvider.GetUtcNow();
                if (!await store.TryClaimAsync(checkIn, _instance, claimedAt, claimedAt + ClaimFor, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Check-in {CheckInId} could not be claimed: {ExceptionType}", checkIn.Id, ex.GetType().FullName);
                continue;
            }

            var failure = await adapters.TryContinueAsync(
                checkIn.Reference,
                (turnContext, ct) => turnContext.SendActivityAsync(checkIn.Message, cancellationToken: ct),
                cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                sent.Add(checkIn);
                try
                {
                    await store.MarkSentAsync(checkIn, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The round's record at the end removes it too; until then the claim keeps others from sending it.
                    logger.LogWarning("Check-in {CheckInId} was sent but not yet marked: {ExceptionType}", checkIn.Id, ex.GetType().FullName);
                }
            }
            else
            {
                failed.Add(checkIn);
                logger.LogWarning(
                    "Check-in {CheckInId} could not be sent to channel {ChannelId}: {ExceptionType}",
                    checkIn.Id, checkIn.Reference.ChannelId, failure.GetType().FullName);
            }
        }

        await store.RecordRoundAsync(now, sent, failed, MaxFailedAttempts, cancellationToken).ConfigureAwait(false);
        return sent.Count;
    }
}
