namespace RecoveryBot.Conversation;

/// <summary>How the main dialog is begun: with the menu (no request), straight into an exercise, or by offering one.</summary>
/// <param name="ExerciseId">The exercise asked for or offered.</param>
/// <param name="Offer">True to say it back and ask first ("It sounds like... Shall we?"), false to start it.</param>
/// <param name="Person">The person the message mentioned, already in the second person ("your brother"), for the offer.</param>
/// <param name="OnlyPerson">The message mentioned that person and no other ("my mum and dad", "my sponsor says... my dad"
/// are not), so a yes to the offer can keep them as the exercise's answer to "who".</param>
public sealed record MenuRequest(string ExerciseId, bool Offer, string? Person, bool OnlyPerson = false);
