using Microsoft.Bot.Builder;

namespace RecoveryBot.Privacy;

/// <summary>"delete my data": erases the conversation's state, the user's state, any copy of them set
/// aside as unreadable, and every registered <see cref="IPersonalDataStore"/>, from the store itself.</summary>
public sealed class DataEraser(ConversationState conversationState, UserState userState, IStorage storage, IEnumerable<IPersonalDataStore> stores)
{
    /// <summary>Erases everything kept about the user and conversation of this turn.</summary>
    public async Task EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        foreach (var store in stores)
        {
            await store.EraseAsync(activity.ChannelId ?? "", activity.Conversation?.Id ?? "", activity.From?.Id ?? "", cancellationToken).ConfigureAwait(false);
        }

        await conversationState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await userState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        // Copies of this person's state set aside as unreadable (ProtectedStorage), under the SDK's state keys.
        await storage.DeleteAsync(
            [
                Storage.StateKeys.Conversation(activity) + Storage.UnreadableStateException.SetAsideSuffix,
                Storage.StateKeys.User(activity) + Storage.UnreadableStateException.SetAsideSuffix,
            ],
            cancellationToken).ConfigureAwait(false);
    }
}
