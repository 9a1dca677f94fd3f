using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using RecoveryBot.Bots;

namespace RecoveryBot;

/// <summary>
/// The bot's <see cref="CloudAdapter"/> for /api/messages: one turn at a time per conversation, and failed turns
/// handled by <see cref="TurnErrorHandler"/> (logged without text, apologised for, broken state cleared).
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    /// <summary>The apology the user sees when a turn fails.</summary>
    public const string ApologyText = TurnErrorHandler.ApologyText;

    /// <summary>Creates the adapter.</summary>
    public AdapterWithErrorHandler(
        BotFrameworkAuthentication auth,
        ConversationTurnGate turnGate,
        TurnErrorHandler errors,
        ILogger<AdapterWithErrorHandler> logger)
        : base(auth, logger)
    {
        Use(turnGate);
        OnTurnError = (turnContext, exception) => errors.HandleAsync(turnContext, exception);
    }
}
