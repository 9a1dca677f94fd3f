using Microsoft.Extensions.Options;
using RecoveryBot.Privacy;
using RecoveryBot.Safety;

namespace RecoveryBot.Wording;

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

    /// <summary>
    /// The answer to "who can read this?", "does my doctor see this?", "how long do you keep my stuff?": what is kept,
    /// who sees it, for how long, how to erase it, and what the bot cannot promise (the chat app's own copy; a guess at
    /// who shared in a very small group). <paramref name="escalationConfigured"/> says whether the people running the
    /// service are told, without the words, when a message sounds like danger.
    /// </summary>
    public static string PrivacyFor(int retentionDays, bool escalationConfigured) =>
        "Here's how what you write is kept private:\n\n" +
        "- I don't send it to a doctor, an insurer, an employer, a court, your sponsor or anyone else, and your words never go into the bot's logs. In a group session, only an answer you choose to share is shown to the group, without your name (though in a very small group others may guess who wrote it), and the facilitator never sees the rest.\n" +
        $"- What I keep (your journal, an exercise you paused, the days I'll check in, and on the web page the chat's history) is stored encrypted, for {retentionDays} days after your last visit.\n" +
        "- \"delete my data\" erases all of it at once, and \"delete reflection 2\" erases one entry. A share a facilitator already saved is theirs.\n" +
        "- Anyone who can open this chat on your device can read it and your journal. In Teams, the chat itself is also kept by Teams under your organisation's rules, which I can't erase.\n" +
        (escalationConfigured
            ? "- If a message sounds like you might be in danger, I show helpline numbers, and the people who run this service are told that a conversation may need attention and what kind of danger it sounded like, never what you wrote."
            : "- If a message sounds like you might be in danger, I show helpline numbers. Nobody is alerted; the service's records note only that a safety reply was given, never your words.");

    /// <summary>Said when a message is edited in the middle of an exercise: the edit is not taken as an answer.</summary>
    public const string EditNotTaken = "I saw you edited a message. I keep answers as they were first sent, so your summary has the first version. To change your last answer, type \"go back\".";

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
        "- \"delete my data\" to erase everything I keep about you, \"who can read this?\" to hear how it's kept private\n" +
        "- \"start group session\" to take a group through an exercise, or \"join\" and a code from your facilitator\n" +
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

    /// <summary>The button beside "undo" that shows the menu instead.</summary>
    public const string MenuButton = "Menu";

    /// <summary>When a stored item could not be read: it was set aside, and the person starts fresh.</summary>
    public const string UnreadableState =
        "I'm sorry, I couldn't read what I had saved from our earlier conversations, so I've set it aside and we'll start fresh. Nothing you did caused it. Type \"menu\" to choose an exercise.";

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

    /// <summary>Instead of "are you sure?" when a request to delete speaks of one entry in a way not understood ("delete
    /// reflections 1 and 2", "delete the brother one").</summary>
    public const string DeleteOneOrAll =
        "I haven't deleted anything. To delete one reflection, type \"delete\" and its number in your list, like \"delete 2\" (\"my reflections\" shows the list). To erase everything I keep about you, type \"delete my data\".";

    /// <summary>After "check-ins off".</summary>
    public const string CheckInsOff = "Okay, no check-ins. I've cancelled any I had planned. Type \"check-ins on\" if you change your mind.";

    /// <summary>After "check-ins on".</summary>
    public const string CheckInsOn = "Check-ins are on. When you plan a day in an exercise, I'll send a gentle note that day.";

    /// <summary>A question asked mid-exercise that the exercise has no answer for.</summary>
    public const string GeneralAnswer =
        "That's a good question, and an honest answer depends on you and the people involved. A sponsor, a counselor or your group can help you think it through. For now, here's where we were:";

    /// <summary>Asked when a message mid-exercise might be a command; {0} is what the command does.</summary>
    public const string ClarifyFormat = "Just to check: did you mean to {0}, or is that your answer?";

    /// <summary>Asked when a message mid-exercise might be a question for the bot or the answer.</summary>
    public const string ClarifyQuestion = "Just to check: was that a question for me?";

    /// <summary>A reply to "was that a question for me?" or "did you mean to...?" after the question asked about has
    /// moved on (a group's next step): the words asked about are not kept, and the question now asked follows.</summary>
    public const string ClarifyOutOfDate = "The group has moved on to a new question since I asked, so I haven't kept those words. Here's the question now.";

    /// <summary>The button that says the message was a question for the bot.</summary>
    public const string ItWasAQuestion = "Yes, a question";

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
        ["privacy"] = "ask who can read what you write here",
    };

    /// <summary>A reply to hello at the menu.</summary>
    public const string GreetingReply = "Hi, it's good to hear from you.";

    /// <summary>A reply to thanks.</summary>
    public const string ThanksReply = "You're welcome. Thank you for taking this time for yourself.";

    /// <summary>A reply to goodbye at the menu: no menu after it.</summary>
    public const string FarewellReply = "Take care of yourself. I'm here whenever you'd like to come back.";

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

    // Group sessions. Members answer in their own chat; nothing here ever names or hints at who wrote what.

    /// <summary>Asked after "start group session".</summary>
    public const string GroupWhichExercise = "Let's set up a group session. Which exercise would you like to run with the group?";

    /// <summary>Asked again when the exercise was not recognised.</summary>
    public const string GroupWhichExerciseAgain = "Sorry, I didn't catch which one. Please pick one of the exercises, or type \"cancel\".";

    /// <summary>When no exercise was picked.</summary>
    public const string GroupNotStarted = "Okay, no group session for now. Type \"start group session\" whenever you're ready.";

    /// <summary>The facilitator's instructions once the session exists; {0} exercise title, {1} code, {2} how to join.</summary>
    public const string GroupReadyFormat =
        "Your group session for **{0}** is ready. The join code is **{1}**.\n\n" +
        "Members join from their own 1:1 chat with me (the web chat page or a Teams personal chat), so their answers stay private: {2}\n\n" +
        "When everyone is in, type \"next\" to begin, and \"next\" again to move the group on. You can also type \"status\", " +
        "\"pause\", \"resume\", \"show shares\", \"export shares\" and \"end session\". I'll never tell you who answered what.";

    /// <summary>How to join, without a link; {0} is the code.</summary>
    public const string GroupHowToJoinFormat = "they type **join {0}**.";

    /// <summary>How to join, with the web page's link; {0} is the code, {1} the link.</summary>
    public const string GroupHowToJoinWithLinkFormat = "they type **join {0}**, or open {1}.";

    /// <summary>A member has joined; {0} is the title.</summary>
    public const string GroupJoinedFormat =
        "You've joined the group session for **{0}**. Your answers stay private, in your own journal; after a written answer I'll ask " +
        "whether you'd like to share it anonymously, and nothing is shared unless you say yes. Type \"leave\" at any time.";

    /// <summary>Joined before the facilitator began.</summary>
    public const string GroupNotBegun = "The facilitator will begin soon. The first question will appear here.";

    /// <summary>Said to a member who joined while their own exercise was running; {0} is its title.</summary>
    public const string GroupSoloKeptFormat = "I've kept your place in {0}; it will be waiting when you leave the session.";

    /// <summary>A wrong or expired code.</summary>
    public const string GroupCodeNotFound = "I can't find a group session with that code. It may have ended. Please check the code with your facilitator; it's six letters and numbers.";

    /// <summary>A join attempt that did not look like a code.</summary>
    public const string GroupCodeMalformed = "A join code is six letters and numbers, like \"join K7PQ2M\". Please check it with your facilitator.";

    /// <summary>Too many failed joins.</summary>
    public const string GroupTooManyTries = "That's a few codes that didn't work, so please wait a few minutes before trying again, and check the code with your facilitator.";

    /// <summary>Joining the session one is already in.</summary>
    public const string GroupAlreadyJoined = "You're already in this group session. Your answers go here, in this chat.";

    /// <summary>Joining while in another session.</summary>
    public const string GroupInAnotherSession = "You're already in a group session. Type \"leave\" to leave it first, then join the new one.";

    /// <summary>The facilitator trying to join or start while running one.</summary>
    public const string GroupAlreadyFacilitating = "You're running a group session already. Type \"end session\" to end it before starting or joining another.";

    /// <summary>"join" typed in a Teams group chat or channel.</summary>
    public const string GroupJoinInPrivate = "To keep your answers private, please join from your own 1:1 chat with me: open a chat with RecoveryBot and type the join there.";

    /// <summary>"leave" with no session.</summary>
    public const string GroupNotInSession = "You're not in a group session right now. Type \"menu\" to see the exercises.";

    /// <summary>After "leave".</summary>
    public const string GroupLeft = "You've left the group session. What you answered is in your journal (type \"my reflections\").";

    /// <summary>The facilitator hears this when a member leaves, and nothing more; {0} is how many members remain.</summary>
    public const string GroupMemberSteppedAwayFormat = "A member stepped away. {0} left in the session.";

    /// <summary>The facilitator hears this when a member joins; {0} is how many members there are.</summary>
    public const string GroupMemberJoinedFormat = "A member joined. {0} in the session.";

    /// <summary>A facilitator's command typed by a member.</summary>
    public const string GroupFacilitatorOnly = "Only the facilitator moves the group along. Take your time with the question; type \"status\" to see where the group is, or \"leave\" to leave the session.";

    /// <summary>A member asks for a break ("pause", "can i take a minute"): the group goes on and their question waits.</summary>
    public const string GroupMemberBreak = "Of course. Take all the time you need: the question waits for you and your answers are kept. Answer it whenever you're ready, or type \"leave\" to leave the session.";

    /// <summary>A solo command (menu, resume, cancel, back) typed by a member.</summary>
    public const string GroupSoloWaits = "You're in a group session, so the other exercises wait until it ends. Type \"leave\" to leave it, or \"status\" to see where the group is.";

    /// <summary>Help for a member.</summary>
    public const string GroupMemberHelp =
        "You're in a group session. Answer each question here when it arrives; your answers are private and saved in your journal. " +
        "After a written answer I ask whether to share it anonymously: only a yes shares it, with no name. " +
        "Type \"status\" to see where the group is, \"leave\" to leave, \"delete my data\" to erase everything, or \"help now\" for crisis lines.";

    /// <summary>Help for the facilitator.</summary>
    public const string GroupFacilitatorHelp =
        "You're running a group session. \"next\" moves everyone to the next question (and shows what was shared anonymously), " +
        "\"status\" shows how many have answered, \"pause\" and \"resume\" hold the group, \"show shares\" shows what was shared so far, " +
        "\"export shares\" gives you the anonymous shares as a file, and \"end session\" ends it for everyone. \"help now\" gives crisis lines.";

    /// <summary>A member's message while the facilitator has not begun.</summary>
    public const string GroupWaitingToBegin = "The session hasn't begun yet. The first question will appear here when the facilitator starts.";

    /// <summary>A member's message after answering the current step.</summary>
    public const string GroupWaitingForNext = "Thank you. Your answer to this step is saved. The group moves on when the facilitator is ready.";

    /// <summary>After an answer that is not shared.</summary>
    public const string GroupAnswerSaved = "Thank you. It's saved in your journal. The next question comes when the facilitator moves the group on.";

    /// <summary>The yes/no after a written answer.</summary>
    public const string GroupShareQuestion = "Would you like to share this answer anonymously with the group? It stays private unless you say yes.";

    /// <summary>Before sharing; {0} is the text exactly as it would be shown.</summary>
    public const string GroupSharePreviewFormat = "This is exactly what the group would see, with no name:\n\n{0}\n\nShare it?";

    /// <summary>After "yes" to the preview.</summary>
    public const string GroupShared = "Shared anonymously. It will be shown with the others' shares, in a mixed order, when the group moves on.";

    /// <summary>After "no", or no clear answer, to sharing.</summary>
    public const string GroupKeptPrivate = "I've kept it private. It's saved in your journal. The next question comes when the facilitator moves the group on.";

    /// <summary>Said to a member after a crisis message mid-session.</summary>
    public const string GroupWillWait =
        "Nothing you just wrote is shared with anyone, and nobody in the group is told. Take all the time you need: the question above waits for you even if the group moves on. Answer it whenever you feel ready, or type \"leave\" to leave the session.";

    /// <summary>The end of the gentle check after a crisis message, for a member of a group session.</summary>
    public const string GroupGentleCheckTail = " The question above waits for you: answer it whenever you feel ready, or type \"leave\".";

    /// <summary>Sent to everyone when the facilitator pauses.</summary>
    public const string GroupPaused = "The facilitator has paused the session for a moment. Your answers are kept.";

    /// <summary>Sent to everyone when the facilitator resumes.</summary>
    public const string GroupResumed = "The session carries on.";

    /// <summary>"next" while paused.</summary>
    public const string GroupPausedNoNext = "The session is paused. Type \"resume\" to carry on, then \"next\".";

    /// <summary>The facilitator's view of a new step; {0} step number, {1} steps, {2} members, {3} the question.</summary>
    public const string GroupStepSentFormat = "Step {0} of {1} is with {2}:\n\n{3}";

    /// <summary>The facilitator's view of the closing words after the last question; {0} who has them, {1} the words.</summary>
    public const string GroupClosingSentFormat = "The closing words are with {0}:\n\n{1}";

    /// <summary>"next" after the last step.</summary>
    public const string GroupNoMoreSteps = "That was the last step. Type \"export shares\" if you'd like to keep what was shared, then \"end session\" to close the session for everyone.";

    /// <summary>What the thread sees of a step; {0} step number, {1} steps, {2} the question.</summary>
    public const string GroupThreadStepFormat = "Step {0} of {1}. Please answer in your 1:1 chat with me:\n\n{2}";

    /// <summary>The heading of released shares; {0} how many, {1} the question they answer.</summary>
    public const string GroupSharesFormat = "Shared anonymously ({0}), in a mixed order, for \"{1}\":";

    /// <summary>"show shares" with one share waiting: alone, its timing could say whose it is.</summary>
    public const string GroupOneShareWaits = "One answer has been shared so far. To keep it anonymous, I'll show it with the others when you move the group on.";

    /// <summary>A facilitator's command in a Teams chat or channel other than the one the session is run from.</summary>
    public const string GroupRunElsewhere = "Your group session is run from another chat, so I'll keep its steps and shares there. Please use that chat or thread.";

    /// <summary>The session's exercise no longer exists (a new version of the bot removed or renamed it).</summary>
    public const string GroupExerciseGone = "I'm sorry, this session's exercise was changed in an update, so the session can't go on and has ended for everyone. Type \"start group session\" to start a new one.";

    /// <summary>A share said yes to after the group moved on.</summary>
    public const string GroupShareTooLate = "The group has moved on from that question, so I've kept your answer private. It's saved in your journal.";

    /// <summary>After a question was skipped or not answered.</summary>
    public const string GroupSkipped = "That's fine. The next question comes when the facilitator moves the group on.";

    /// <summary>After an answer given while the group moved on (the member took their time): the group's step follows.</summary>
    public const string GroupCatchUp = "Thank you. The group has moved on meanwhile, so here is where it is now.";

    /// <summary>"show shares" with none waiting.</summary>
    public const string GroupNoShares = "Nothing new has been shared for this step yet.";

    /// <summary>"export shares" with nothing shown yet.</summary>
    public const string GroupNothingToExport = "Nothing has been shared and shown yet, so there's nothing to export.";

    /// <summary>The export's message.</summary>
    public const string GroupExported = "Here are the anonymous shares so far. They'll be deleted when the session ends.";

    /// <summary>The session's status; {0} title, {1} where it is, {2} members, {3} answered, {4} extra notes.</summary>
    public const string GroupStatusFormat = "**{0}**: {1}. {2}; {3} answered this step.{4}";

    /// <summary>Sent to members when the session ends.</summary>
    public const string GroupEnded = "The group session has ended. Thank you for taking part. Your answers are in your journal (type \"my reflections\"), and what was shared anonymously has been deleted.";

    /// <summary>Sent to members when the session ended after a long quiet time.</summary>
    public const string GroupEndedIdle = "The group session ended after a long quiet time, and what was shared anonymously has been deleted. Members' answers stay in their own journals.";

    /// <summary>The facilitator's confirmation of "end session"; {0} is how many shares were deleted.</summary>
    public const string GroupEndedForFacilitatorFormat = "The session has ended for everyone. {0} anonymous share(s) were deleted.";

    /// <summary>The facilitator hears this when their session ends without their "end session" (their data was erased).</summary>
    public const string GroupEndedForFacilitator = "The group session has ended, and what was shared anonymously has been deleted.";

    /// <summary>A member's message reaching a session that no longer exists.</summary>
    public const string GroupNoLongerRunning = "That group session has ended. Your answers are in your journal (type \"my reflections\"), or type \"menu\" for the exercises.";

    /// <summary>The member's place in their own exercise comes back; {0} is its title.</summary>
    public const string GroupSoloBackFormat = "Let's pick up {0} where you left off.";

    /// <summary>What an exercise's summary says on a channel that shows it as a card.</summary>
    public const string SummaryCardIntro = "Here's your summary. I've saved it to your journal.";

    /// <summary>The line under an exercise's summary sent as text.</summary>
    public const string SummarySaved = "I've saved this to your journal.";

    /// <summary>What follows an exercise's summary.</summary>
    public const string AfterSummary = "Type \"my reflections\" to see your journal, or \"menu\" to choose another exercise.";

    /// <summary>Said before <see cref="AfterSummary"/> when a check-in was planned; {0} is the day as the person said it.</summary>
    public const string CheckInPlannedFormat = "I'll check in gently on {0}. Type \"check-ins off\" if you'd rather I didn't. ";

    /// <summary>The menu question, before the list of exercises.</summary>
    public const string MenuPrompt = "What would you like to reflect on? Pick one, or tell me in your own words what's on your mind.";

    /// <summary>Asked again when an offered exercise got neither yes nor no.</summary>
    public const string OfferRetry = "Would you like to start it? Yes or no is fine.";

    /// <summary>Said when the menu answer was not understood twice.</summary>
    public const string MenuGiveUp = "No problem. Type \"menu\" whenever you'd like to pick an exercise, or \"help\" to see what I can do.";

    /// <summary>The reply, after a crisis response, to "I'm safe" or "that's not what I meant": kind whether the bot
    /// misread or the person feels better now.</summary>
    public const string CorrectionReply = "Thank you for letting me know, and I'm sorry if I read too much into it. Let's carry on.";

    /// <summary>Said when, asked how they are after a crisis response, the person says it is better.</summary>
    public const string GladYoureBetter = "I'm glad to hear that. Thank you for telling me. The numbers above are there any time you need them.";

    /// <summary>Said when, after a crisis response, the person asks to go on with the exercise it set aside.</summary>
    public const string CarryOnAfterCrisis = "Okay, let's carry on. If it gets heavy again, the numbers above are there any time.";

    /// <summary>The first message after a crisis response gets this, unless it says the person is safe, calling someone,
    /// asking to go on, or is another crisis.</summary>
    public const string GentleCheck =
        "Thank you for staying with me. How are you doing right now? If things feel unsafe, please reach out to one of the numbers above, or to someone you trust.";

    /// <summary>Said when a question is left after two misses.</summary>
    public const string MoveOnMessage = "That's okay, we can leave that one for now.";

    /// <summary>Said when the user chooses not to answer.</summary>
    public const string SkipMessage = "That's fine, we'll leave that one.";

    /// <summary>Said when a date is understood; {0} is the day.</summary>
    public const string DateHeardFormat = "Okay: {0}.";

    /// <summary>Said when "back" is asked at the first question.</summary>
    public const string FirstQuestionMessage = "This is the first question, so there's nothing before it.";

    /// <summary>Said when there is nothing saved yet.</summary>
    public const string EmptyText = "Your journal is empty for now. When you finish an exercise, its summary is saved here.";

    /// <summary>Offers an exercise that fits what the person said, when the exercise has no offer of its own; {0} is its title.</summary>
    public const string OfferFormat = "It sounds like {0} might fit. Shall we start it?";

    /// <summary>Said when a deployment changed the dialogs since the person's last turn and their exercise is unknown.</summary>
    public const string UpdatedSinceLastTime = "Sorry, I was updated since we last talked, so I can't pick up exactly where we left off. Type \"menu\" to start an exercise.";

    /// <summary>Said when a deployment reshaped the person's exercise; {0} is its title, {1} the word that starts it.</summary>
    public const string ExerciseUpdatedSinceLastTimeFormat = "Sorry, the {0} exercise was updated since we last talked, so I can't pick up exactly where we left off. Type \"{1}\" to start it again, or \"menu\" for the others.";

    /// <summary>Added to "paused" when the new pause replaces an older pause of the same exercise; {0} is its title.</summary>
    public const string PauseReplacesSameFormat = " (This replaces where you had paused {0} before.)";

    /// <summary>Added to "paused" when the new pause sets another paused exercise aside; {0} is that one's title.</summary>
    public const string PauseReplacesOtherFormat = " (Only one exercise stays paused, so {0}, which was paused before, is set aside.)";

    /// <summary>"resume" when one exercise was set aside by a crisis reply and another is paused; {0} is the waiting one,
    /// {1} the one running.</summary>
    public const string BothPausedFormat = "{0} is waiting for you, and so is another paused exercise. Finish {1} first, or type \"cancel\" to stop it, then \"resume\".";

    /// <summary>"resume" with a known exercise; {0} is its title.</summary>
    public const string ResumingFormat = "Let's pick up {0} where you left off.";

    /// <summary>Added to "resume" when the running exercise is paused in the resumed one's place; {0} is its title.</summary>
    public const string PausedInItsPlaceFormat = " {0} is paused for you in its place.";

    /// <summary>The end of the gentle check when no exercise is paused.</summary>
    public const string GentleCheckMenuTail = " Whenever you like, type \"menu\" to see the exercises.";

    /// <summary>The end of the gentle check when an exercise is paused; {0} is its title.</summary>
    public const string GentleCheckPausedTailFormat = " Your place in {0} is saved: type \"resume\" whenever you feel ready, or \"menu\" for something else.";

    /// <summary>"open 7" with no seventh reflection; {0} is the number asked for, {1} how many there are.</summary>
    public const string NoSuchReflectionFormat = "I can't find reflection {0}. Your journal has {1}; type \"my reflections\" to see them.";

    /// <summary>After deleting one reflection; {0} is its title.</summary>
    public const string ReflectionDeletedFormat = "I've deleted \"{0}\" from your journal. The ones listed after it have each moved up a number: \"my reflections\" shows the list again.";

    /// <summary>The journal list's heading when it shows every entry.</summary>
    public const string JournalListHeading = "Your reflections, newest first:";

    /// <summary>The journal list's heading when older entries are left out; {0} is how many are shown, {1} the total.</summary>
    public const string JournalListNewestHeadingFormat = "Your {0} newest reflections of {1}:";

    /// <summary>One line of the journal list; {0} is its number, {1} its title, {2} its date.</summary>
    public const string JournalListLineFormat = "{0}. {1} ({2})";

    /// <summary>Under a shortened journal list; {0} is the first number not shown, {1} the total.</summary>
    public const string JournalListOlderFormat = "Older ones are numbered on from {0} to {1}.";

    /// <summary>The end of the journal list: what can be done next.</summary>
    public const string JournalListTail = "Type \"open 1\" to read one, \"delete reflection 1\" to delete one, or \"export my reflections\" to get them all as a file.";

    /// <summary>The heading of the exported journal file.</summary>
    public const string JournalExportHeading = "# My reflections";

    /// <summary>The title of a reflection written in a group session; {0} is the exercise's title.</summary>
    public const string GroupJournalTitleFormat = "{0} (group session)";

    /// <summary>Before each question of a group session; {0} is the step's number, {1} how many questions there are.</summary>
    public const string GroupStepPrefixFormat = "Step {0} of {1}. ";

    /// <summary>The heading of the exported shares file; {0} is the exercise's title.</summary>
    public const string GroupSharesHeadingFormat = "# Shared anonymously: {0}";

    /// <summary>Where a group session is, in its status: not begun.</summary>
    public const string GroupStatusNotBegun = "not begun yet";

    /// <summary>Where a group session is, in its status: at the closing words.</summary>
    public const string GroupStatusAtClosingWords = "at the closing words";

    /// <summary>Where a group session is, in its status; {0} is the step's number, {1} how many questions there are.</summary>
    public const string GroupStatusAtStepFormat = "step {0} of {1}";

    /// <summary>Added to where a group session is when it is paused.</summary>
    public const string GroupStatusPausedSuffix = ", paused";

    /// <summary>Added to a group's status when the bot's last message to members failed; {0} is "1 member" or "N members".
    /// Said plainly: in a recovery group "can no longer be reached" sounded like someone was in trouble.</summary>
    public const string GroupUnreachableFormat = " The last message to {0} could not be delivered; they'll get the current question when they next write.";

    /// <summary>One member, in a group's status.</summary>
    public const string OneMember = "1 member";

    /// <summary>Several members, in a group's status; {0} is how many.</summary>
    public const string MembersFormat = "{0} members";
}
