using RecoveryBot.Dialogs;

namespace RecoveryBot.GroupSessions;

/// <summary>A conversation's part in a group session (kept in its ConversationState): the session it belongs to, as
/// facilitator or member, and a member's own answers, which never leave this conversation and their journal.</summary>
public sealed class GroupPlace
{
    /// <summary>The session's join code; empty while the facilitator is still choosing the exercise.</summary>
    public string Code { get; set; } = "";

    /// <summary>True for the facilitator's chat.</summary>
    public bool Facilitates { get; set; }

    /// <summary>While choosing the exercise: the user who asked to start (in a Teams group, only they may answer).</summary>
    public string? ChoosingFrom { get; set; }

    /// <summary>While choosing the exercise: the choice was already asked for twice.</summary>
    public bool AskedAgain { get; set; }

    /// <summary>The member's answers so far, by slot, to fill in later questions ("What would you like {person} to know?").</summary>
    public Dictionary<string, string> Answers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The member's journal entry for this session, written answer by answer.</summary>
    public string? JournalEntryId { get; set; }

    /// <summary>After a crisis message the member's question waits for them: a step the group moves to meanwhile is held
    /// here and given once they have answered (or passed).</summary>
    public int? HeldStep { get; set; }

    /// <summary>Set by a crisis message while a question of the session was in front of the member.</summary>
    public bool TakingTime { get; set; }

    /// <summary>The member's own exercise, set aside (kept) while they are in the session.</summary>
    public List<DialogInstance>? SoloStack { get; set; }

    /// <summary>The id of the exercise in <see cref="SoloStack"/>, to name it when it comes back.</summary>
    public string? SoloExerciseId { get; set; }
}
