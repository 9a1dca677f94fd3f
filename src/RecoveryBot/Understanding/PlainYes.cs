using System.Collections.Frozen;

namespace RecoveryBot.Understanding;

/// <summary>
/// The clear yeses said alone that may confirm a privacy decision, such as erasing everything or sharing an answer
/// with a group: "yes", "Affirmative.", "si", "ok", "go ahead", "confirmed". Never a yes followed by other talk ("yes I
/// called them", "ok but take out her name"), and never one asked as a question ("yes?").
/// </summary>
public static class PlainYes
{
    /// <summary>The phrases, in <see cref="TextKey.Of"/> form (lowercase, no punctuation; an accent is kept: "sí").</summary>
    public static FrozenSet<string> Phrases { get; } = new[]
    {
        "yes", "y", "yeah", "yep", "yes please", "affirmative", "si", "sí", "sure", "ok", "okay", "go ahead", "do it",
        "yes do it", "confirm", "confirmed", "absolutely", "definitely",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The key a message is compared in: <see cref="TextKey.Of"/>, which keeps a question mark as a word, so
    /// "yes?" is not a yes.</summary>
    /// <param name="text">The message as typed, or null.</param>
    public static string KeyOf(string? text) => TextKey.Of(text);

    /// <summary>Whether the message is one of <see cref="Phrases"/> and nothing else.</summary>
    /// <param name="text">The message as typed, or null.</param>
    public static bool Is(string? text) => Phrases.Contains(KeyOf(text));
}
