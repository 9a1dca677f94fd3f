using RecoveryBot.Safety;

namespace RecoveryBot.Understanding;

/// <summary>
/// What one message means, worked out once at the start of a turn and read by every step after it: the safety
/// assessment, the intent and how sure the bot is, and what the person was answering. Never logged: it holds the text.
/// </summary>
/// <param name="Text">The message as typed (after mentions of the bot are removed).</param>
/// <param name="Safety">The crisis assessment.</param>
/// <param name="Intent">A command id, an exercise id, or one of <see cref="IntentIds.Conversation"/>; <see cref="Unclear"/>
/// when nothing fits well enough.</param>
/// <param name="Confidence">How sure (0..1): 1 for an exact phrase, else the classifier's probability.</param>
/// <param name="Pending">What the bot was waiting for.</param>
/// <param name="Unsure">A command, or <see cref="IntentIds.Question"/>, the message might mean when not sure enough to act on
/// it; the bot asks once.</param>
/// <param name="IsExact">True when the whole message is a command's or an exercise's own words.</param>
public sealed record Interpretation(string Text, CrisisAssessment Safety, string Intent, float Confidence, PendingQuestion Pending, string? Unsure = null, bool IsExact = false)
{
    /// <summary>The intent when nothing fits well enough.</summary>
    public const string Unclear = "unclear";

    /// <summary>True when the message is a command.</summary>
    public bool IsCommand => IntentIds.Commands.Contains(Intent);

    /// <summary>True when the message is an answer to the pending question.</summary>
    public bool IsAnswer => Intent == IntentIds.Answer;
}
