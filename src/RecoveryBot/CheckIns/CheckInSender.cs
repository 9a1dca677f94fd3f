using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using RecoveryBot.Channels;
using RecoveryBot.Storage;

namespace RecoveryBot.CheckIns;

/// <summary>
/// Background service that sends check-ins on their day, through the conversation they were planned in. A send
/// that fails or takes longer than <see cref="CheckInOptions.SendTimeout"/> is tried again on the next rounds, then
/// dropped; sends run side by side, so one slow conversation holds no other.
/// </summary>
public sealed class CheckInSender(
    CheckInStore store,
    ProactiveAdapters adapters,
    TimeProvider timeProvider,
    IOptions<CheckInOptions> options,
    ILogger<CheckInSender> logger) : PeriodicService(timeProvider, logger)
{
    private const int MaxFailedAttempts = 3;

    // How many check-ins are sent at once.
    private const int ParallelSends = 4;

    // How long a claim holds: far longer than a send takes, short enough that a crashed sender's check-ins go out soon.
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    // This instance, as named in its claims.
    private readonly string _instance = Guid.NewGuid().ToString("N");

    /// <inheritdoc/>
    protected override TimeSpan Interval => options.Value.PollInterval;

    /// <inheritdoc/>
    protected override string RoundName => "Check-in round";

    /// <inheritdoc/>
    protected override Task RunRoundAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <summary>Sends every check-in that is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var due = await store.ListDueAsync(now, cancellationToken).ConfigureAwait(false);
        if (due.Count == 0)
        {
            await store.RecordRoundAsync(now, [], [], MaxFailedAttempts, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        // Sends run side by side, each with its own time limit, so a connector that is slow or hangs for one
        // conversation holds no other. The store is written one at a time (many check-ins share a day's item), and each
        // check-in is claimed just before its send, so its claim is fresh while it is sent.
        var sent = new List<ScheduledCheckIn>();
        var failed = new List<ScheduledCheckIn>();
        using var storeTurn = new SemaphoreSlim(1, 1);
        try
        {
            await Parallel.ForEachAsync(
                due,
                new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = cancellationToken },
                async (checkIn, ct) =>
                {
                    if (!await TryClaimAsync(checkIn, storeTurn, ct).ConfigureAwait(false))
                    {
                        return;
                    }

                    var failure = await SendAsync(checkIn, ct).ConfigureAwait(false);

                    // What was sent is recorded even if the round is being stopped: forgetting it would send it again.
                    await storeTurn.WaitAsync(CancellationToken.None).ConfigureAwait(false);
                    try
                    {
                        if (failure is null)
                        {
                            sent.Add(checkIn);
                            await MarkSentAsync(checkIn).ConfigureAwait(false);
                        }
                        else
                        {
                            failed.Add(checkIn);
                            Logger.LogWarning(
                                "Check-in {CheckInId} could not be sent to channel {ChannelId} (a timeout may still have been delivered): {ExceptionType}",
                                checkIn.Id, checkIn.Reference.ChannelId, failure.GetType().FullName);
                        }
                    }
                    finally
                    {
                        storeTurn.Release();
                    }
                }).ConfigureAwait(false);
        }
        finally
        {
            // Every body has finished here (ForEachAsync waits for them), also when the round was stopped.
            await store.RecordRoundAsync(now, sent, failed, MaxFailedAttempts, CancellationToken.None).ConfigureAwait(false);
        }

        return sent.Count;
    }

    // With several instances on one store, every timer may fire at once: only the one that claims a check-in sends it.
    private async Task<bool> TryClaimAsync(ScheduledCheckIn checkIn, SemaphoreSlim storeTurn, CancellationToken cancellationToken)
    {
        await storeTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var claimedAt = Clock.GetUtcNow();
            return await store.TryClaimAsync(checkIn, _instance, claimedAt, claimedAt + ClaimFor, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Logger.LogWarning("Check-in {CheckInId} could not be claimed: {ExceptionType}", checkIn.Id, ex.GetType().FullName);
            return false;
        }
        finally
        {
            storeTurn.Release();
        }
    }

    // One send, given up after the configured time (then tried again on a later round).
    private async Task<Exception?> SendAsync(ScheduledCheckIn checkIn, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(options.Value.SendTimeout, Clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            return await adapters.TryContinueAsync(
                checkIn.Reference,
                (turnContext, ct) => turnContext.SendActivityAsync(checkIn.Message, cancellationToken: ct),
                linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TimeoutException("The Bot Connector did not answer in time.");
        }
    }

    private async Task MarkSentAsync(ScheduledCheckIn checkIn)
    {
        try
        {
            await store.MarkSentAsync(checkIn, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The round's record at the end removes it too; until then the claim keeps others from sending it.
            Logger.LogWarning("Check-in {CheckInId} was sent but not yet marked: {ExceptionType}", checkIn.Id, ex.GetType().FullName);
        }
    }
}
