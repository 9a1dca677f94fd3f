using Microsoft.Bot.Builder;
using RecoveryBot.Channels.DirectLine;
using RecoveryBot.Storage;

namespace RecoveryBot.Bots;

/// <summary>Registers what runs a turn: the conversation's and the user's state, the bot, the per-conversation turn gate,
/// the failed-turn handler, and the built-in Direct Line channel's adapter wired to both (the Bot Framework adapter is
/// registered by the host).</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Adds the bot, its state and its turn handling.</summary>
    public static IServiceCollection AddTurns(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Each turn reads every property the app keeps straight into its type.
        services.AddSingleton<ConversationState>(sp => new TypedConversationState(sp.GetRequiredService<IStorage>(), StateShapes.Conversation));
        services.AddSingleton<UserState>(sp => new TypedUserState(sp.GetRequiredService<IStorage>(), StateShapes.User));
        services.AddSingleton<ConversationTurnGate>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton(sp => new DirectLineAdapter(
            sp.GetRequiredService<DirectLineDelivery>(), sp.GetRequiredService<ConversationTurnGate>(), sp.GetRequiredService<TurnErrorHandler>().HandleAsync));
        services.AddTransient<IBot, ReflectionBot>();
        return services;
    }
}
