namespace RecoveryBot.Channels.DirectLine;

/// <summary>What <see cref="DirectLineAccessFilter"/> found: who is calling, and the conversation they may act in.</summary>
/// <param name="Caller">The secret or token holder.</param>
/// <param name="Record">The conversation, which exists.</param>
public sealed record DirectLineOpenConversation(DirectLineCaller Caller, DirectLineConversationRecord Record);
