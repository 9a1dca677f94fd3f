using Microsoft.Bot.Schema;

namespace RecoveryBot.Storage;

/// <summary>The keys under which the SDK's <c>ConversationState</c> and <c>UserState</c> keep an activity's state
/// (<c>{channel}/conversations/{id}</c>, <c>{channel}/users/{id}</c>), for the code that reads or erases those items
/// directly.</summary>
public static class StateKeys
{
    /// <summary>The conversation's state key.</summary>
    public static string Conversation(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}";
    }

    /// <summary>The sender's state key.</summary>
    public static string User(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{activity.ChannelId}/users/{activity.From?.Id}";
    }
}
