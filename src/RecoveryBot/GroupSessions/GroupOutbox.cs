using System.Threading.Channels;
using Microsoft.Bot.Builder;
using RecoveryBot.Channels;

namespace RecoveryBot.GroupSessions;

/// <summary>
/// Sends group messages to each participant's own chat, one at a time in the order they were posted, on the adapter
/// of that chat's channel. Outside the turn that posted them: the facilitator's "next" answers at once however big the
/// group, and a turn never waits on another conversation's turn (two chats waiting on each other would hang).
/// </summary>
public sealed class GroupOutbox(ProactiveAdapters adapters, ILogger<GroupOutbox> logger) : BackgroundService
{
    private readonly Channel<GroupDelivery> _queue = Channel.CreateUnbounded<GroupDelivery>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a delivery.</summary>
    public void Post(GroupDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        _queue.Writer.TryWrite(delivery);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var delivery in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            // One under way finishes even when the app stops: cut short, a member could see a step whose place in their
            // conversation was never saved. (The host's shutdown timeout still bounds it.)
            await DeliverAsync(delivery, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task DeliverAsync(GroupDelivery delivery, CancellationToken cancellationToken)
    {
        var failure = await adapters.TryContinueAsync(delivery.To, delivery.Work, cancellationToken).ConfigureAwait(false);
        if (failure is null)
        {
            return;
        }

        logger.LogWarning("A group session message could not be delivered on channel {ChannelId}: {ExceptionType}", delivery.To.ChannelId, failure.GetType().FullName);
        if (delivery.OnFailure is { } onFailure)
        {
            try
            {
                await onFailure(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Recording an unreachable member failed: {ExceptionType}", ex.GetType().FullName);
            }
        }
    }
}
