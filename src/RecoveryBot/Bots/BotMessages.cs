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
        "You can tell me what you'd like in your own words, at any time. For example:\n\n" +
        "- \"show me the exercises\" (or \"menu\")\n" +
        "- \"can we stop for now\" to pause and keep your place, \"let's carry on\" to pick up again\n" +
        "- \"go back\" to change your last answer, \"I don't want to do this one\" to stop the exercise\n" +
        "- \"what did I write last time?\" to see your journal, \"export my reflections\" for a file\n" +
        "- \"no more reminders\" or \"turn check-ins back on\"\n" +
        "- \"delete my data\" to erase everything I keep about you\n" +
        "- \"help now\" for crisis lines, any time\n\n" +
        "If you ask me something in the middle of an exercise, I'll answer and then come back to the question. " +
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

    /// <summary>A cancel read from other words than "cancel": said with the way back, in case the bot misread.</summary>
    public const string CancelledUndoFormat = "Okay, I've stopped {0} and won't keep those answers. If that's not what you meant, say \"undo\" now and we'll carry on where you were.";

    /// <summary>"undo" right after such a cancel.</summary>
    public const string UndoneFormat = "No problem, here's {0} again, where you were.";

    /// <summary>The button shown with <see cref="CancelledUndoFormat"/>.</summary>
    public const string Undo = "Undo";

    /// <summary>When the state store does not answer: nothing was taken in, and trying again soon will work.</summary>
    public const string StoreUnavailable =
        "I can't save anything for a moment, so I couldn't take that in. Nothing you did caused it. Please send it again in a minute.";

    /// <summary>Above the journal sent as a Markdown file.</summary>
    public const string ExportAsFile = "Here are your reflections as a Markdown file. Keep it somewhere private.";

    /// <summary>Above the journal sent as text where the chat takes no files (Teams).</summary>
    public const string ExportAsText = "Here are your reflections as text, since I can't send a file in this chat. Copy them somewhere private if you want to keep them.";

    /// <summary>Above the journal sent as text after the channel refused the file.</summary>
    public const string ExportFileRefused = "I couldn't send your reflections as a file here, so here they are as text. Copy them somewhere private if you want to keep them.";

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

    /// <summary>A question asked mid-exercise that the exercise has no answer for.</summary>
    public const string GeneralAnswer =
        "That's a good question, and an honest answer depends on you and the people involved. A sponsor, a counselor or your group can help you think it through. For now, here's where we were:";

    /// <summary>Asked when a message mid-exercise might be a command; {0} is what the command does.</summary>
    public const string ClarifyFormat = "Just to check: did you mean to {0}, or is that your answer?";

    /// <summary>The button that says the message was an answer.</summary>
    public const string ItWasMyAnswer = "It's my answer";

    /// <summary>"back" with no exercise running.</summary>
    public const string NothingToGoBackTo = "There's no question to go back to right now. Type \"menu\" to see the exercises.";

    /// <summary>What each command does, in words that finish "did you mean to ...".</summary>
    public static readonly IReadOnlyDictionary<string, string> CommandNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["help"] = "see what you can do here",
        ["menu"] = "see the menu",
        ["pause"] = "pause and come back later",
        ["resume"] = "pick up where you left off",
        ["cancel"] = "stop this exercise",
        ["back"] = "go back to the previous question",
        ["journal"] = "see your reflections",
        ["export"] = "get your reflections as a file",
        ["delete-data"] = "delete your data",
        ["checkins-off"] = "turn check-ins off",
        ["checkins-on"] = "turn check-ins on",
    };

    /// <summary>A reply to hello at the menu.</summary>
    public const string GreetingReply = "Hi, it's good to hear from you.";

    /// <summary>A reply to thanks.</summary>
    public const string ThanksReply = "You're welcome. Thank you for taking this time for yourself.";

    /// <summary>A reply to chit-chat and questions about the bot.</summary>
    public const string SmallTalkReply =
        "I'm RecoveryBot, a program rather than a person. I walk you through short reflections on the relationships in your life, at your own pace, and what you write stays private.";

    /// <summary>A reply to someone sharing how they feel, with no exercise asked for.</summary>
    public const string FeelingReply =
        "Thank you for telling me. That sounds like a lot to carry, and it's okay to take a moment with it. If it would help, one of these might be a gentle place to start, or we can just leave it here for now.";

    /// <summary>A question at the menu (about recovery or an exercise) that has no answer of its own here.</summary>
    public const string MenuQuestionReply =
        "That's a good question. I'm not a counselor, so a sponsor, a counselor or your group are the best people to talk it over with. The exercises below can help you think it through on your own:";

    /// <summary>At the menu, when a message fits nothing.</summary>
    public const string NotSureWhichExercise =
        "I'm not sure which of these fits best. Here's what each one is for: pick one, or tell me a little more about what's going on.";

    /// <summary>Capitalises the first letter, for a button.</summary>
    public static string Capitalize(string text) =>
        string.IsNullOrEmpty(text) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
