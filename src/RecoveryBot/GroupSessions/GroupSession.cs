using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace RecoveryBot.GroupSessions;

/// <summary>
/// One running group session, as kept in the bot's storage under its join code: who facilitates, where each member
/// can be reached, the step the group is on and the anonymous shares. It holds no one's answers; each member's
/// answers live in their own conversation and journal.
/// </summary>
public sealed class GroupSession : IStoreItem
{
    /// <inheritdoc/>
    public string? ETag { get; set; }

    /// <summary>The join code (also the storage key's last part).</summary>
    public string Code { get; set; } = "";

    /// <summary>The exercise the group goes through.</summary>
    public string ExerciseId { get; set; } = "";

    /// <summary>The facilitator's user key (channel and user id).</summary>
    public string FacilitatorKey { get; set; } = "";

    /// <summary>Where the facilitator started the session (their 1:1 chat or a Teams thread): notices and shares reach them there.</summary>
    public ConversationReference Facilitator { get; set; } = new();

    /// <summary>True when the facilitator runs the session from a Teams group chat or channel thread: that thread gets
    /// each step's question (never anyone's answers) and the anonymous shares.</summary>
    public bool InThread { get; set; }

    /// <summary>The group step the members are on (0-based); -1 before the facilitator begins.</summary>
    public int StepNumber { get; set; } = -1;

    /// <summary>Set by "pause": "next" waits for "resume".</summary>
    public bool Paused { get; set; }

    /// <summary>The members, in no particular order.</summary>
    public List<GroupMember> Members { get; set; } = [];

    /// <summary>Shares of the current step waiting to be shown together.</summary>
    public List<GroupShare> PendingShares { get; set; } = [];

    /// <summary>Shares already shown, kept only so the facilitator can export them before the session ends.</summary>
    public List<GroupShare> ShownShares { get; set; } = [];

    /// <summary>When the session was started.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When anyone last did anything in it; an idle session ends (see <see cref="GroupSessionOptions.IdleTimeout"/>).</summary>
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The member with <paramref name="userKey"/>, or null.</summary>
    public GroupMember? MemberOf(string userKey) => Members.FirstOrDefault(m => m.UserKey == userKey);
}
