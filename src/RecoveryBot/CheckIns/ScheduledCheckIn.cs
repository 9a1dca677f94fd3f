using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace RecoveryBot.CheckIns;

/// <summary>A check-in waiting for its day.</summary>
public sealed class ScheduledCheckIn : IStoreItem
{
    /// <summary>A stable id.</summary>
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>When to send it.</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>Where to send it.</summary>
    public ConversationReference Reference { get; set; } = new();

    /// <summary>The user's channel-scoped key, so "check-ins off" and "delete my data" can find theirs.</summary>
    public string UserKey { get; set; } = "";

    /// <summary>The message, already filled in with the user's answers.</summary>
    public string Message { get; set; } = "";

    /// <summary>How many sends failed so far.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>The app instance sending it now, so two instances on one store never both send it.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when <see cref="ClaimedBy"/> holds it: a sender that crashed lets another take it after this.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <inheritdoc/>
    public string? ETag { get; set; }

    /// <summary>The key that identifies a user across their conversations on one channel.</summary>
    public static string UserKeyOf(string? channelId, string? userId) => $"{channelId}/{userId}";
}
