using Microsoft.Bot.Schema;

namespace RecoveryBot.GroupSessions;

/// <summary>One member of a group session: how to reach their own chat, and how far they are. Never shown to anyone.</summary>
public sealed class GroupMember
{
    /// <summary>The member's user key (channel and user id), to find them on "leave" and "delete my data".</summary>
    public string UserKey { get; set; } = "";

    /// <summary>The member's own chat, stored when they joined: each step is sent there.</summary>
    public ConversationReference Reference { get; set; } = new();

    /// <summary>The last group step they answered; -1 for none.</summary>
    public int AnsweredStep { get; set; } = -1;

    /// <summary>A message to their chat failed: the session goes on without them, and the count says so.</summary>
    public bool Unreachable { get; set; }
}
