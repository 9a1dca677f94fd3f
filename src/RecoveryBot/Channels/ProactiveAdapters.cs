using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using RecoveryBot.Channels.DirectLine;

namespace RecoveryBot.Channels;

/// <summary>The adapter that can reach a stored conversation: the built-in Direct Line one for its own
/// conversations, the Bot Framework one (Teams, Azure Bot Service channels, the Emulator) for every other.</summary>
public sealed class ProactiveAdapters(IBotFrameworkHttpAdapter botFramework, DirectLineAdapter directLine, IConfiguration configuration)
{
    /// <summary>The adapter for <paramref name="reference"/>'s channel.</summary>
    public BotAdapter For(ConversationReference reference) =>
        reference?.ChannelId == DirectLineAdapter.ChannelId ? directLine : (BotAdapter)botFramework;

    /// <summary>
    /// Runs <paramref name="work"/> in a turn of the stored conversation, on its channel's adapter; returns what failed,
    /// or null. The failure is caught inside the turn: left to the adapter, its turn-error handler would apologise to
    /// someone who wrote nothing, clear their conversation, and hide the failure from the caller's retry count.
    /// When <paramref name="cancellationToken"/> is cancelled (a stop, or the caller's time limit) it throws
    /// <see cref="OperationCanceledException"/> instead.
    /// </summary>
    public async Task<Exception?> TryContinueAsync(ConversationReference reference, BotCallbackHandler work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(work);
        Exception? failure = null;
        var ran = false;
        try
        {
            await For(reference).ContinueConversationAsync(
                configuration["MicrosoftAppId"] ?? "",
                reference,
                async (turnContext, ct) =>
                {
                    try
                    {
                        await work(turnContext, ct).ConfigureAwait(false);
                        ran = true;
                    }
                    catch (Exception ex)
                    {
                        // Kept here, not thrown: the adapter's turn error handler would swallow it and the send would
                        // look done. A connector timeout is a TaskCanceledException too: a failed send, not a stop.
                        failure = ex;
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failure = ex;
        }

        // The caller's own token was cancelled (a stop, or its time limit): say so rather than report a failed send.
        if (!ran && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The proactive turn was cancelled before it finished.", failure, cancellationToken);
        }

        // The work never ran to its end and nothing said why: something before it (the turn gate waiting on the
        // person's own turn, the store) failed and the turn error handler took it. Not sent.
        if (!ran && failure is null)
        {
            failure = new InvalidOperationException("The proactive turn ended before its work finished.");
        }

        return failure;
    }
}
