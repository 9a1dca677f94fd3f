using RecoveryBot.Conversation;
using RecoveryBot.Dialogs;
using RecoveryBot.GroupSessions;
using RecoveryBot.Journal;

namespace RecoveryBot.Bots;

/// <summary>Every property the app keeps in the conversation's and the user's state, by name and type: read straight into
/// their types on every turn, and checked one by one after a failed turn.</summary>
internal static class StateShapes
{
    /// <summary>The conversation state's properties.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Conversation = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [nameof(ConversationData)] = typeof(ConversationData),
        [nameof(DialogState)] = typeof(DialogState),
        [nameof(GroupPlace)] = typeof(GroupPlace),
    };

    /// <summary>The user state's properties.</summary>
    public static readonly IReadOnlyDictionary<string, Type> User = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [nameof(UserProfile)] = typeof(UserProfile),
    };
}
