using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector.Authentication;

namespace RecoveryBot;

/// <summary>
/// The bot's <see cref="CloudAdapter"/>: when a turn fails it logs what went wrong (exception type and ids, never
/// message text), apologises to the user, sends a trace for the Emulator and clears the conversation's state so the
/// next message starts clean instead of hitting the same broken dialog.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    /// <summary>The apology the user sees when a turn fails.</summary>
    public const string ApologyText =
        "I'm sorry, something went wrong on my side. Nothing you did caused it. Please send your message again, or type \"menu\" to start fresh.";

    /// <summary>Creates the adapter.</summary>
    public AdapterWithErrorHandler(
        BotFrameworkAuthentication auth,
        ConversationState conversationState,
        ILogger<AdapterWithErrorHandler> logger)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            // Exception messages from libraries can quote input, so only the type and where it was thrown are logged.
            logger.LogError(
                "Turn failed with {ExceptionType} at {Site} (channel {ChannelId}, conversation {ConversationId}, activity {ActivityId}, type {ActivityType})",
                exception.GetType().FullName,
                exception.TargetSite?.DeclaringType?.FullName + "." + exception.TargetSite?.Name,
                activity?.ChannelId,
                activity?.Conversation?.Id,
                activity?.Id,
                activity?.Type);

            // A channel that could not be reached says nothing about the dialog state, which is kept; any other failure
            // may come from that state, so it is cleared and the user is never stuck in it.
            if (!IsDeliveryFailure(exception))
            {
                try
                {
                    await conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
                }
                catch (Exception deleteException)
                {
                    logger.LogError("Could not clear conversation state after a failed turn: {ExceptionType}", deleteException.GetType().FullName);
                }
            }

            try
            {
                await turnContext.SendActivityAsync(ApologyText).ConfigureAwait(false);
                await turnContext.TraceActivityAsync(
                    "OnTurnError Trace",
                    exception.GetType().FullName,
                    "https://www.botframework.com/schemas/error",
                    "TurnError").ConfigureAwait(false);
            }
            catch (Exception sendException)
            {
                logger.LogError("Could not tell the user about a failed turn: {ExceptionType}", sendException.GetType().FullName);
            }
        };
    }

    private static bool IsDeliveryFailure(Exception exception) =>
        exception is HttpRequestException or Microsoft.Bot.Schema.ErrorResponseException or Microsoft.Rest.HttpOperationException
        || (exception.InnerException is { } inner && IsDeliveryFailure(inner));
}
