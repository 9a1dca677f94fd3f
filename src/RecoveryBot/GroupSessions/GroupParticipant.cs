using Microsoft.Bot.Builder;

namespace RecoveryBot.GroupSessions;

/// <summary>The session a user is in (one at a time), as facilitator or member: kept per user, not per chat.</summary>
public sealed class GroupParticipant : IStoreItem
{
    /// <inheritdoc/>
    public string? ETag { get; set; }

    /// <summary>The session's code.</summary>
    public string Code { get; set; } = "";

    /// <summary>True for the facilitator.</summary>
    public bool Facilitates { get; set; }
}
