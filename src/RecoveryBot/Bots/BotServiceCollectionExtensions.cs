using Microsoft.Bot.Builder;
using RecoveryBot.Channels.DirectLine;
using RecoveryBot.Conversation;
using RecoveryBot.Dialogs;
using RecoveryBot.GroupSessions;
using RecoveryBot.Journal;
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
        // Every property the app keeps, by name and type, so each turn reads them straight into their types.
        services.AddSingleton<ConversationState>(sp => new TypedConversationState(sp.GetRequiredService<IStorage>(), new Dictionary<string, Type>
        {
            [nameof(ConversationData)] = typeof(ConversationData),
            [nameof(DialogState)] = typeof(DialogState),
            [nameof(GroupPlace)] = typeof(GroupPlace),
        }));
        services.AddSingleton<UserState>(sp => new TypedUserState(sp.GetRequiredService<IStorage>(), new Dictionary<string, Type>
        {
            [nameof(UserProfile)] = typeof(UserProfile),
        }));
        services.AddSingleton<ConversationTurnGate>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton(sp => new DirectLineAdapter(
            sp.GetRequiredService<DirectLineDelivery>(), sp.GetRequiredService<ConversationTurnGate>(), sp.GetRequiredService<TurnErrorHandler>().HandleAsync));
        services.AddTransient<IBot, ReflectionBot>();
        return services;
    }
}
