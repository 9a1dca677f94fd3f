namespace RecoveryBot.Privacy;

/// <summary>
/// Something that keeps data about a user or conversation outside the bot's state objects. Each one registers
/// itself, so "delete my data" reaches every place without knowing them all.
/// </summary>
public interface IPersonalDataStore
{
    /// <summary>Erases what this store keeps for the user in this conversation and channel.</summary>
    Task EraseAsync(string channelId, string conversationId, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// The key prefix of the items whose lifetime this store decides itself (the retention sweep's erasure of idle items
    /// leaves them alone), or null when idleness alone may erase its items.
    /// </summary>
    string? OwnLifetimeKeyPrefix => null;
}
