using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace RecoveryBot.GroupSessions;

/// <summary>A message for one participant's chat, sent by <see cref="GroupOutbox"/> outside the turn that caused it.</summary>
/// <param name="To">The chat.</param>
/// <param name="Work">What to do in a turn there (send, move the member's step).</param>
/// <param name="OnFailure">What to do when the chat cannot be reached (mark the member unreachable), or null.</param>
public sealed record GroupDelivery(ConversationReference To, BotCallbackHandler Work, Func<CancellationToken, Task>? OnFailure = null);
