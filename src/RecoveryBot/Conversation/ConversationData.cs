using RecoveryBot.Dialogs;

namespace RecoveryBot.Conversation;

/// <summary>What the bot remembers about one conversation besides the dialog stack (kept in ConversationState).</summary>
public sealed class ConversationData
{
    /// <summary>Ids of the members already welcomed here, so a repeated join does not repeat the welcome.</summary>
    public List<string> WelcomedMemberIds { get; set; } = [];

    /// <summary>Ids of the last messages handled here (at most <see cref="RecentMessageLimit"/>), so one delivered again is
    /// not answered twice.</summary>
    public List<string> RecentMessageIds { get; set; } = [];

    /// <summary>How many message ids <see cref="RecentMessageIds"/> keeps.</summary>
    public const int RecentMessageLimit = 20;

    /// <summary>When the user last wrote, to notice a return after a break.</summary>
    public DateTimeOffset? LastMessageAt { get; set; }

    /// <summary>A paused exercise: the dialog stack as it was, to be restored on "resume".</summary>
    public List<DialogInstance>? PausedStack { get; set; }

    /// <summary>The id of the paused exercise, for naming it.</summary>
    public string? PausedExerciseId { get; set; }

    /// <summary>An exercise set aside by a crisis response, kept apart so it never replaces one paused on purpose.</summary>
    public List<DialogInstance>? SetAsideStack { get; set; }

    /// <summary>The id of the exercise set aside by a crisis response.</summary>
    public string? SetAsideExerciseId { get; set; }

    /// <summary>An exercise just stopped by a "cancel" said in other words: kept for one message only, so "undo" can
    /// bring it back if the bot misread; any other message forgets it.</summary>
    public List<DialogInstance>? CancelledStack { get; set; }

    /// <summary>The id of the exercise in <see cref="CancelledStack"/>.</summary>
    public string? CancelledExerciseId { get; set; }

    /// <summary>The bot asked whether to continue the paused exercise and waits for yes or no.</summary>
    public bool AwaitingResumeAnswer { get; set; }

    /// <summary>A crisis response was given and the conversation stays with the person (see SafetyFollowUp).</summary>
    public bool AwaitingSafetyFollowUp { get; set; }

    /// <summary>After a crisis response, the bot asked how the person is doing and waits for the answer.</summary>
    public bool SafetyCheckAsked { get; set; }

    /// <summary>What the crisis response was about (a <c>CrisisCategory</c> name), so what follows it names the right line.</summary>
    public string? SafetyCategory { get; set; }

    /// <summary>The crisis response set the running exercise aside (so a correction brings that one back, and only that).</summary>
    public bool CrisisSetExerciseAside { get; set; }

    /// <summary>The bot asked to confirm "delete my data" and waits for yes or no.</summary>
    public bool AwaitingDeleteConfirmation { get; set; }

    /// <summary>When the bot asked to confirm "delete my data": a yes long after it answers something else.</summary>
    public DateTimeOffset? DeleteConfirmationAskedAt { get; set; }

    /// <summary>The day a gentle check-in was last given here: at most one a day, so it is not shrugged off.</summary>
    public DateOnly? GentleCheckOn { get; set; }

    /// <summary>The command the bot asked about ("Did you mean to pause, or is that your answer?"), or "question" ("Was
    /// that a question for me?"), if it is waiting.</summary>
    public string? ClarifyingCommand { get; set; }

    /// <summary>The message the bot asked about: kept as the answer if the person says it was one.</summary>
    public string? ClarifyingText { get; set; }

    /// <summary>The question the check was asked at ("exercise/slot"): a reply after it has moved on (a group's next
    /// step) is not taken as that question's answer.</summary>
    public string? ClarifyingAt { get; set; }
}
