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
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var key = $"{turnContext.Activity.ChannelId}/{turnContext.Activity.Conversation?.Id}";
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out gate!))
            {
                gate = new Gate();
                _gates[key] = gate;
            }

            gate.Users++;
        }

        try
        {
            await gate.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
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
            finally
            {
                gate.Lock.Release();
            }
        }
        finally
        {
            lock (_gates)
            {
                // The last one out removes the gate, so idle conversations hold nothing.
                if (--gate.Users == 0)
                {
                    _gates.Remove(key);
                    gate.Lock.Dispose();
                }
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
