using System.Collections.Frozen;

namespace RecoveryBot.Understanding;

/// <summary>
/// The intents the bot acts on, besides one per exercise (the exercise's id). Their example messages live in
/// <c>dialogs/intents/*.yaml</c>; every id here must have examples there (checked at start-up).
/// </summary>
public static class IntentIds
{
    /// <summary>What can be typed here.</summary>
    public const string Help = "help";

    /// <summary>Show the exercises.</summary>
    public const string Menu = "menu";

    /// <summary>Stop for now, keep the place.</summary>
    public const string Pause = "pause";

    /// <summary>Pick up a paused exercise.</summary>
    public const string Resume = "resume";

    /// <summary>End the running exercise.</summary>
    public const string Cancel = "cancel";

    /// <summary>Back to the previous question.</summary>
    public const string Back = "back";

    /// <summary>Show the journal.</summary>
    public const string Journal = "journal";

    /// <summary>The journal as a file.</summary>
    public const string Export = "export";

    /// <summary>Erase everything stored about the person.</summary>
    public const string DeleteData = "delete-data";

    /// <summary>No more check-in messages.</summary>
    public const string CheckInsOff = "checkins-off";

    /// <summary>Check-in messages again.</summary>
    public const string CheckInsOn = "checkins-on";

    /// <summary>A question asked instead of an answer.</summary>
    public const string Question = "question";

    /// <summary>An answer to the question asked.</summary>
    public const string Answer = "answer";

    /// <summary>Sharing a feeling, asking for nothing in particular.</summary>
    public const string Feeling = "feeling";

    /// <summary>Hello.</summary>
    public const string Greeting = "greeting";

    /// <summary>Thank you.</summary>
    public const string Thanks = "thanks";

    /// <summary>Chit-chat and questions about the bot itself.</summary>
    public const string SmallTalk = "smalltalk";

    /// <summary>The commands, which work at any point.</summary>
    public static readonly FrozenSet<string> Commands =
        new[] { Help, Menu, Pause, Resume, Cancel, Back, Journal, Export, DeleteData, CheckInsOff, CheckInsOn }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The kinds of talk that are neither a command nor an exercise.</summary>
    public static readonly FrozenSet<string> Conversation =
        new[] { Question, Answer, Feeling, Greeting, Thanks, SmallTalk }.ToFrozenSet(StringComparer.Ordinal);
}
