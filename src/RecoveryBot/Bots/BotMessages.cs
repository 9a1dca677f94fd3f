using Microsoft.Extensions.Options;
using RecoveryBot.Privacy;
using RecoveryBot.Safety;

namespace RecoveryBot.Bots;

/// <summary>The bot's own words outside the exercises, kept together so they can be reviewed in one place.</summary>
public static class BotMessages
{
    /// <summary>The welcome with the default retention period and the built-in US resources.</summary>
    public static readonly IReadOnlyList<string> Welcome = WelcomeFor(
        PrivacyOptions.DefaultRetentionDays,
        new CrisisResponseComposer(Options.Create(new CrisisResourceOptions())).ComposeWelcomeLine(CrisisResourceOptions.DefaultLocale));

    /// <summary>The welcome, in short messages: who the bot is, what it is not (with the safety line for the user's
    /// locale, from the configured resources), how long reflections are kept, and how to start.</summary>
    public static IReadOnlyList<string> WelcomeFor(int retentionDays, string safetyLine) =>
    [
        "Hi, I'm RecoveryBot. I'm here to help you reflect on your relationships in recovery, one gentle step at a time. What you write here stays private.",
        safetyLine,
        RetentionNote(retentionDays) + " You can type \"pause\" at any point and pick up later, or \"help\" to see what I can do.",
    ];

    /// <summary>How long reflections are kept, said in the welcome and the journal.</summary>
    public static string RetentionNote(int retentionDays) =>
        $"I keep your reflections for {retentionDays} days after your last visit, and \"delete my data\" erases them any time.";

    /// <summary>The reply to a message with no text (an attachment, a card, a sticker).</summary>
    public const string NoTextReply = "I can only read typed words for now. Could you tell me in a sentence or two?";

    /// <summary>What "help" shows.</summary>
    public const string Help =
        "Here's what you can type at any time:\n\n" +
        "- \"menu\" to choose an exercise\n" +
        "- \"pause\" to stop and keep your place, \"resume\" to pick up again\n" +
        "- \"cancel\" to stop the exercise you're in\n" +
        "- \"my reflections\" to see your journal, \"export my reflections\" for a file\n" +
        "- \"check-ins off\" or \"check-ins on\" for reminders on days you planned\n" +
        "- \"delete my data\" to erase everything I keep about you\n\n" +
        "I'm not a therapist. A sponsor, a counselor or your group are good people to talk things over with too.";

    /// <summary>After "pause"; {0} is the exercise title.</summary>
    public const string PausedFormat = "Okay, I've paused {0} and kept your place. Type \"resume\" whenever you're ready, today or another day.";

    /// <summary>After "menu" in the middle of an exercise; {0} is the exercise title.</summary>
    public const string PausedForMenuFormat = "I've paused {0} and kept your place; type \"resume\" to go back to it.";

    /// <summary>After a break in the middle of an exercise; {0} is the exercise title.</summary>
    public const string WelcomeBackFormat = "Welcome back. Last time we were in the middle of {0}. Would you like to continue where you left off?";

    /// <summary>"No" to continuing after a break.</summary>
    public const string KeptPaused = "That's fine. It stays saved, so you can type \"resume\" any time to go back to it.";

    /// <summary>"resume" when something was paused but its title is unknown.</summary>
    public const string Resuming = "Let's pick up where you left off.";

    /// <summary>"resume" with nothing paused.</summary>
    public const string NothingPaused = "There's nothing paused right now.";

    /// <summary>"pause" with no exercise running.</summary>
    public const string NothingToPause = "There's no exercise running to pause. Type \"menu\" whenever you'd like to start one.";

    /// <summary>"cancel" during an exercise.</summary>
    public const string Cancelled = "Okay, I've stopped that exercise. Type \"menu\" whenever you'd like to start another.";

    /// <summary>"cancel" with nothing running.</summary>
    public const string NothingToCancel = "There's nothing running to cancel. Type \"menu\" to see the exercises.";

    /// <summary>The confirmation question of "delete my data".</summary>
    public const string ConfirmDelete =
        "This erases everything I keep about you here: your journal, any exercise in progress, and planned check-ins. It can't be undone. Are you sure?";

    /// <summary>After the data was erased.</summary>
    public const string DataDeleted = "Done. I've erased everything I kept about you. If you write again, we'll start fresh.";

    /// <summary>After "no" to deleting.</summary>
    public const string NothingDeleted = "Okay, I haven't deleted anything.";

    /// <summary>After "check-ins off".</summary>
    public const string CheckInsOff = "Okay, no check-ins. I've cancelled any I had planned. Type \"check-ins on\" if you change your mind.";

    /// <summary>After "check-ins on".</summary>
    public const string CheckInsOn = "Check-ins are on. When you plan a day in an exercise, I'll send a gentle note that day.";
}
