using Microsoft.Bot.Builder;
using RecoveryBot.Storage;

namespace RecoveryBot.Bots;

/// <summary>
/// Runs the turns of one conversation one at a time. Bot state is saved last-write-wins, so two messages sent at
/// once (a double tap in Web Chat, a Teams retry) would otherwise each save over the other and lose an answer, or the
/// record that an exercise was set aside after a crisis message. Within the app by a gate per conversation; across app
/// instances on a shared store, also by a <see cref="SharedTurnLease"/>. A turn that fails is handled by the
/// <see cref="TurnErrorHandler"/> before the gate opens, so clearing or setting aside the conversation's state cannot
/// undo what the next turn saves; the failure then goes on to the adapter, whose handler sees it was handled.
/// </summary>
public sealed class ConversationTurnGate(SharedTurnLease sharedLease, TurnErrorHandler errors) : Microsoft.Bot.Builder.IMiddleware
{
    private readonly KeyedLock _conversations = new();

    /// <inheritdoc/>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var key = $"{turnContext.Activity.ChannelId}/{turnContext.Activity.Conversation?.Id}";
        using (await _conversations.AcquireAsync(key, cancellationToken).ConfigureAwait(false))
        {
            // Across instances too; a conversation another instance is busy with throws, answered as a store outage.
            await using var lease = await sharedLease.AcquireAsync(key, cancellationToken).ConfigureAwait(false);
            try
            {
                await next(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                await errors.HandleAsync(turnContext, ex).ConfigureAwait(false);
                throw;
            }
        }
    }
}
