using Microsoft.Bot.Builder;
using RecoveryBot.Channels.DirectLine;

namespace RecoveryBot.Bots;

/// <summary>Registers what runs a turn: the bot, the per-conversation turn gate, the failed-turn handler, and the
/// built-in Direct Line channel's adapter wired to both (the Bot Framework adapter is registered by the host).</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Adds the bot and its turn handling.</summary>
    public static IServiceCollection AddTurns(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ConversationTurnGate>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton(sp => new DirectLineAdapter(
            sp.GetRequiredService<DirectLineDelivery>(), sp.GetRequiredService<ConversationTurnGate>(), sp.GetRequiredService<TurnErrorHandler>().HandleAsync));
        services.AddTransient<IBot, ReflectionBot>();
        return services;
    }
}
