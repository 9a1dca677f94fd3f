using System.Globalization;
using Microsoft.Bot.Builder;
using RecoveryBot.Dialogs;
using RecoveryBot.Safety;
using RecoveryBot.Storage;
using RecoveryBot.Understanding;
using RecoveryBot.Wording;

namespace RecoveryBot.Conversation;

/// <summary>
/// What the conversation does after the safety responder has answered: a crisis sets the running exercise aside (kept,
/// to resume later) and the next message gets a gentle check; "I'm fine" or "that's not what I meant" apologises and
/// brings back what the crisis response set aside. The check itself keeps running on every later message.
/// </summary>
public sealed class SafetyFollowUp(ExercisePause pause, ConversationState conversationState, GroupSessions.GroupSessionCoordinator groupSessions, TimeProvider timeProvider)
{
    private static readonly HashSet<string> Corrections = new(StringComparer.Ordinal)
    {
        "im fine", "i am fine", "im ok", "i am ok", "im okay", "i am okay", "im safe", "i am safe",
        "thats not what i meant", "not what i meant", "you misunderstood", "you misunderstood me",
        "false alarm", "i was joking", "just kidding", "i didnt mean it like that", "no im fine",
    };

    private readonly IStatePropertyAccessor<ConversationData> _conversationData = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    /// <summary>Runs after the responder, before commands and dialogs.</summary>
    /// <param name="dc">The root dialog context.</param>
    /// <param name="meaning">The turn's interpretation.</param>
    /// <param name="outcome">What the responder sent.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    public async Task<InterruptionResult> HandleAsync(DialogContext dc, Interpretation meaning, SafetyOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(meaning);
        var context = dc.Context;
        var data = await _conversationData.GetOrCreateAsync(context, () => new ConversationData(), cancellationToken).ConfigureAwait(false);

        // An exercise stopped by a "cancel" in other words waits one message for "undo". A crisis reply says the exercise
        // is saved, so it is kept like one set aside; any other safety reply ends the wait (answers not kept).
        var keptFromCancel = false;
        if (data.CancelledStack is not null && outcome is SafetyOutcome.Crisis or SafetyOutcome.HelpNow or SafetyOutcome.Concern)
        {
            if (outcome == SafetyOutcome.Crisis && data.SetAsideStack is not { Count: > 0 } && pause.ActiveExercise(dc) is null)
            {
                (data.SetAsideStack, data.SetAsideExerciseId) = (data.CancelledStack, data.CancelledExerciseId);
                keptFromCancel = true;
            }

            (data.CancelledStack, data.CancelledExerciseId) = (null, null);
        }

        switch (outcome)
        {
            case SafetyOutcome.Crisis:
                // The exercise is kept, set aside so the next message is not taken as an answer; a question the bot was
                // waiting on ("delete my data?", "continue?", "did you mean...?") is dropped, so a later "yes" cannot answer it.
                data.CrisisSetExerciseAside = pause.SetAside(dc, data) is not null || keptFromCancel || (data.AwaitingSafetyFollowUp && data.CrisisSetExerciseAside);
                data.AwaitingSafetyFollowUp = true;
                data.AwaitingDeleteConfirmation = false;
                data.AwaitingResumeAnswer = false;
                data.ClarifyingCommand = data.ClarifyingText = data.ClarifyingAt = null;
                return InterruptionResult.Handled;
            case SafetyOutcome.HelpNow or SafetyOutcome.Concern:
                // The exercise's question is asked again, so a "did you mean...?" still waiting is out of date: the next
                // message answers the exercise, not that check. The menu or an offer is not pressed again after a low
                // moment or a call for help (the resources, or a kind word ending "I'm here whenever you'd like to keep
                // talking", are the whole reply); it still stands for a choice or a "yes".
                data.ClarifyingCommand = data.ClarifyingText = data.ClarifyingAt = null;
                return dc.ActiveDialog is null || MainDialog.WaitsAtMenuOrOffer(dc) ? InterruptionResult.Handled : InterruptionResult.Reprompt;
            case SafetyOutcome.GentleCheck:
                data.GentleCheckOn = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
                break;
        }

        if (!data.AwaitingSafetyFollowUp)
        {
            return InterruptionResult.NotHandled;
        }

        data.AwaitingSafetyFollowUp = false;
        var setAside = data.CrisisSetExerciseAside;
        data.CrisisSetExerciseAside = false;
        if (Corrections.Contains(TextKey.OfPhrase(meaning.Text)))
        {
            await context.SendActivityAsync(BotMessages.CorrectionReply, cancellationToken: cancellationToken).ConfigureAwait(false);
            // Only what the crisis response set aside comes back, not an exercise paused on purpose before.
            if (setAside)
            {
                pause.Restore(dc, data);
            }

            return dc.ActiveDialog is null ? InterruptionResult.Handled : InterruptionResult.Reprompt;
        }

        if (meaning.IsCommand && meaning.IsExact)
        {
            // "resume", "menu", "delete my data" in the command's own words: answered, not met with a question. A guess
            // from other words gets the gentle check first, right after a crisis.
            return InterruptionResult.NotHandled;
        }

        var paused = pause.PausedExercise(data);
        var next = await groupSessions.IsMemberAsync(context, cancellationToken).ConfigureAwait(false) ? BotMessages.GroupGentleCheckTail
            : paused is null
            ? BotMessages.GentleCheckMenuTail
            : string.Format(CultureInfo.InvariantCulture, BotMessages.GentleCheckPausedTailFormat, paused.Title);
        await context.SendActivityAsync(BotMessages.GentleCheck + next, cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }
}
