using Microsoft.Bot.Builder;
using RecoveryBot.Dialogs;
using RecoveryBot.Exercises;
using RecoveryBot.Storage;
using RecoveryBot.Understanding;

namespace RecoveryBot.Conversation;

/// <summary>
/// Where a conversation stands when a message arrives: what the bot is waiting for (so the message can be read as
/// an answer to it), whether an exercise is under way, and whether a gentle safety check-in was already given today.
/// Read before the safety check, so it must never stop it: when the store cannot be read, the position is unknown and
/// the turn goes on without it.
/// </summary>
public sealed class ConversationPosition(ConversationState conversationState, MainDialog mainDialog, ExerciseCatalog catalog, ExercisePause pause, TimeProvider timeProvider, ILogger<ConversationPosition> logger)
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
    private readonly IStatePropertyAccessor<ConversationData> _conversationData = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    // Per prompt id: the exercises never change while the app runs, so each question's choice words and listed
    // questions are gathered once, not on every message.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PendingQuestion> _pending = new(StringComparer.Ordinal);

    /// <summary>What the bot waits for, whether an exercise is under way (even while the bot asks something else, such
    /// as "delete your data?"), whether a gentle check-in may be given, and whether the last reply was the crisis reply
    /// whose follow-up waits; unknown, none, allowed and no when the state cannot be read.</summary>
    public async Task<(PendingQuestion Pending, bool InExercise, bool GentleCheckAllowed, bool AfterCrisis)> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            var data = await _conversationData.GetOrCreateAsync(turnContext, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
            var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
            var gentleAllowed = data.GentleCheckOn != today;
            var dc = await new DialogSet(_dialogState).Add(mainDialog).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
            var inExercise = pause.ActiveExercise(dc) is not null;
            // While "did you mean...?" waits, the exercise's question still does: the reply is read as its answer.
            if (data.AwaitingDeleteConfirmation || data.AwaitingResumeAnswer)
            {
                return (PendingQuestion.YesNo, inExercise, gentleAllowed, data.AwaitingSafetyFollowUp);
            }

            return (PendingOf(dc.Child?.ActiveDialog?.Id), inExercise, gentleAllowed, data.AwaitingSafetyFollowUp);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (ex is Storage.UnreadableStateException)
            {
                // Set aside by the store: the turn goes on fresh, and the bot tells the person once safety has spoken.
                turnContext.TurnState[Storage.UnreadableStateException.TurnStateKey] = true;
            }

            // The turn's own state read will fail again and be answered by the error handler; safety must not wait for it.
            logger.LogWarning("Could not read the conversation's position ({ExceptionType}); the message is read without it.", ex.GetType().FullName);
            return (PendingQuestion.Unknown, false, true, false);
        }
    }

    // Exercise questions are prompts with the id "exercise:{exercise}:{slot}"; the offer is the main dialog's yes/no.
    private PendingQuestion PendingOf(string? dialogId)
    {
        if (dialogId == MainDialog.OfferPromptId)
        {
            return PendingQuestion.YesNo;
        }

        if (dialogId == GroupSessions.GroupStepDialog.SharePreviewId)
        {
            return PendingQuestion.YesNo with { ChoiceWords = GroupSessions.GroupStepDialog.PreviewChoiceWords, KeepsReply = true };
        }

        if (dialogId == GroupSessions.GroupStepDialog.ShareQuestionId)
        {
            return PendingQuestion.YesNo with { ChoiceWords = GroupSessions.GroupStepDialog.ShareChoiceWords, KeepsReply = true };
        }

        return dialogId is null ? PendingQuestion.None : _pending.GetOrAdd(dialogId, ExerciseQuestionOf);
    }

    private PendingQuestion ExerciseQuestionOf(string dialogId)
    {
        var parts = dialogId.Split(':');
        if (parts is not { Length: 3 } || parts[0] != "exercise" || catalog.Find(parts[1]) is not { } exercise
            || exercise.Steps.FirstOrDefault(s => s.Slot == parts[2]) is not { Ask: not null } step)
        {
            return PendingQuestion.None;
        }

        return PendingQuestion.Of(exercise, step);
    }
}
