using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using RecoveryBot.Dialogs;
using RecoveryBot.Safety;
using RecoveryBot.Storage;
using RecoveryBot.Understanding;
using RecoveryBot.Wording;

namespace RecoveryBot.Conversation;

/// <summary>
/// What the conversation does after the safety responder has answered. A crisis sets the running exercise aside (kept,
/// to resume later) and the conversation stays with the person for a few messages: the first gets "how are you doing
/// right now?", and every later reply the bot cannot place ("not good", "i dont know") gets the numbers again, worded for
/// what the crisis was, until the person says they are safe or better, asks for something, or says they are reaching
/// out (met with encouragement). "I'm safe", "you misread that" or "can we keep going" brings back what the crisis reply
/// set aside. The check itself keeps running on every later message.
/// </summary>
/// <remarks>A user trial (2026-12-08) found the one-message follow-up of before dropping people: "not good. i dont know"
/// and "im kind of scared of myself right now", one message after the check, got the menu; "I am safe" (a concern on its
/// own) got "Low moments are real" instead of the exercise back; "i am not in danger" and "i'm ok, keep going" were not
/// understood as they were meant, since only a dozen exact phrases were.</remarks>
public sealed partial class SafetyFollowUp(ExercisePause pause, ConversationState conversationState, GroupSessions.GroupSessionCoordinator groupSessions, CrisisResponseComposer composer, TimeProvider timeProvider)
{
    // Short replies to "how are you doing right now?" that say it is better (alone, in TextKey form).
    private static readonly HashSet<string> BetterNow = new(StringComparer.Ordinal)
    {
        "ok", "okay", "ok thanks", "okay thanks", "ok thank you", "fine", "good", "alright", "all right", "better", "a bit better",
        "a little better", "bit better", "little better", "doing better", "doing ok", "doing okay", "im better", "i am better",
        "thanks", "thank you", "thank you im ok", "much better", "calmer", "a bit calmer", "im calmer", "doing well", "good thanks",
        "much better thanks", "better thanks", "ok thanks", "im doing ok", "im doing okay", "im doing well", "im doing better",
        "im great", "im great now", "im good now", "im ok now", "im okay now", "im fine now", "doing good", "im doing good",
        "i feel better", "feeling better", "feel better", "a lot better",
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
                data.SafetyCheckAsked = false;
                data.SafetyCategory = meaning.Safety.Category.ToString();
                data.AwaitingDeleteConfirmation = false;
                data.AwaitingResumeAnswer = false;
                data.ClarifyingCommand = data.ClarifyingText = data.ClarifyingAt = null;
                return InterruptionResult.Handled;
            case SafetyOutcome.HelpNow or SafetyOutcome.Concern:
                // As after a crisis, the bot's own yes/no ("delete my data?", "continue?") is dropped: a later "ok" answers
                // the safety reply, never that question.
                data.AwaitingDeleteConfirmation = false;
                data.AwaitingResumeAnswer = false;
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

        var key = TextKey.Of(meaning.Text);
        var setAside = data.CrisisSetExerciseAside;
        var category = Enum.TryParse<CrisisCategory>(data.SafetyCategory, out var c) ? c : CrisisCategory.SuicidalThoughts;
        // The classifier's unsure lean (no reply of its own while this waits) is never read as "I'm fine".
        var leansToDanger = meaning.Safety.Level == CrisisLevel.Uncertain;
        if (!leansToDanger && (IsReassurance(key) || (data.SafetyCheckAsked && BetterNow.Contains(key.TrimEnd('?', ' ')))))
        {
            var reply = data.SafetyCheckAsked && !IsCorrection(key) ? BotMessages.GladYoureBetter : BotMessages.CorrectionReply;
            EndFollowUp(data);
            await context.SendActivityAsync(reply, cancellationToken: cancellationToken).ConfigureAwait(false);
            return Restore(dc, data, setAside);
        }

        if (ReachingOut().IsMatch(key) && !NotReachingOut().IsMatch(key))
        {
            // Still with them: the next message may say how it went, or that it is still hard.
            data.SafetyCheckAsked = true;
            await context.SendActivityAsync(composer.ComposeReachingOut(category, context.Activity.Locale), cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        if (meaning.IsExact || GroupSessions.GroupSessionCoordinator.IsGroupCommand(TextKey.OfPhrase(meaning.Text))
            || Journal.JournalCommands.TryParseNumbered(meaning.Text, out _, out _))
        {
            // "resume", "menu", an exercise's name, "open 1", "next", "join K7PQ2M": asked for in its own words, answered.
            EndFollowUp(data);
            return InterruptionResult.NotHandled;
        }

        if (setAside && !Negated().IsMatch(key)
            && (AsksToGoOn().IsMatch(key) || (meaning.Intent == IntentIds.Resume && meaning.Confidence >= MessageInterpreter.CommandThreshold)))
        {
            EndFollowUp(data);
            await context.SendActivityAsync(BotMessages.CarryOnAfterCrisis, cancellationToken: cancellationToken).ConfigureAwait(false);
            return Restore(dc, data, setAside);
        }

        if (!data.SafetyCheckAsked)
        {
            data.SafetyCheckAsked = true;
            var paused = pause.PausedExercise(data);
            var next = await groupSessions.IsMemberAsync(context, cancellationToken).ConfigureAwait(false) ? BotMessages.GroupGentleCheckTail
                : paused is null
                ? BotMessages.GentleCheckMenuTail
                : string.Format(CultureInfo.InvariantCulture, BotMessages.GentleCheckPausedTailFormat, paused.Title);
            await context.SendActivityAsync(BotMessages.GentleCheck + next, cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        // Asked how they are, they asked for something else: that is their answer, and it is done. A group member's
        // question stays in front of them ("answer it whenever you feel ready"), so their next message is its answer.
        if ((meaning.IsCommand && meaning.Confidence >= MessageInterpreter.CommandThreshold)
            || await groupSessions.IsMemberAsync(context, cancellationToken).ConfigureAwait(false))
        {
            EndFollowUp(data);
            return InterruptionResult.NotHandled;
        }

        // Asked how they are, it is still hard, or they cannot say: stay, with the numbers again.
        await context.SendActivityAsync(composer.ComposeStayWithYou(category, context.Activity.Locale), cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }

    /// <summary>True when the message says the person is safe or was misread ("I'm ok", "not in danger", "you misread
    /// that", "I was joking"), and does not say the opposite ("I'm not ok", "I don't think I'm safe").</summary>
    /// <param name="key">The message in <see cref="TextKey"/> form.</param>
    public static bool IsReassurance(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 400 || Unsafe().IsMatch(key))
        {
            return false;
        }

        if (IsCorrection(key))
        {
            return true;
        }

        // "i said im fine but im not", "im tired of pretending im fine", "idk if im ok", "im fine. not really", "im good at
        // hiding it": said about the words, doubted, or taken back, it is no reassurance (an independent review).
        foreach (Match match in Reassurance().Matches(key))
        {
            var before = key[..match.Index];
            var after = key[(match.Index + match.Length)..];
            if (!Doubted().IsMatch(before) && !TakenBack().IsMatch(after))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCorrection(string key) => Misread().IsMatch(key);

    private static void EndFollowUp(ConversationData data)
    {
        data.AwaitingSafetyFollowUp = false;
        data.SafetyCheckAsked = false;
        data.SafetyCategory = null;
        data.CrisisSetExerciseAside = false;
    }

    // Only what the crisis response set aside comes back, not an exercise paused on purpose before.
    private InterruptionResult Restore(DialogContext dc, ConversationData data, bool setAside)
    {
        if (setAside)
        {
            pause.Restore(dc, data);
        }

        return dc.ActiveDialog is null ? InterruptionResult.Handled : InterruptionResult.Reprompt;
    }

    [GeneratedRegex(@"\b(i m|im|i am|i feel|feeling|im feeling|i m feeling|i am feeling)"
        + @"( really| totally| actually| honestly| completely| perfectly| pretty| genuinely| absolutely)? (ok|okay|fine|good|alright|all right|safe|better)\b"
        + @"|\bnot (in (any )?danger|suicidal|in crisis|going to (hurt|kill) myself|gonna (hurt|kill) myself)\b(?! of)"
        + @"|\b(wont|will not|would never|never) (hurt|kill) myself\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reassurance();

    [GeneratedRegex(@"\b(false alarm|you misunderstood|you misread|misunderstood me|not what i meant|didnt mean (it )?(like that|that way)|i was joking"
        + @"|just joking|just kidding|jk|its an expression|figure of speech|(its|it is|thats|that is) not an emergency|nobody is (hurting|hitting) me"
        + @"|no one is (hurting|hitting) me)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Misread();

    // Says the opposite of safe, so no reassurance is read in it: "I'm not ok", "I don't think I'm safe".
    [GeneratedRegex(@"\b(i m|im|i am|feel|feeling) not (ok|okay|fine|good|alright|all right|safe|better)\b"
        + @"|\b(dont|do not|didnt|did not) (think|know if|know whether|feel like) (i m|im|i am) (ok|okay|fine|good|alright|safe|better)\b"
        + @"|\bnot sure (if |whether |that )?(i m|im|i am) (ok|okay|fine|safe|alright)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Unsafe();

    // Before a reassurance, words that doubt it or report it ("i said im fine", "pretending im ok", "idk if im ok").
    [GeneratedRegex(@"\b(not|dont|didnt|wouldnt|cant|cannot|never|idk|if|whether|pretend|pretending|pretended|fake|faking|act like|acting|seem|seems"
        + @"|look like|wish|supposed|meant to|should be|tired of|sick of|always say|keep saying|told (everyone|them|people|him|her|my \w+)"
        + @"|tell (everyone|them|people))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Doubted();

    // After a reassurance, words that take it back or make it something else ("im fine but...", "not really", "im good at
    // hiding it", "im ok with dying").
    [GeneratedRegex(@"^ ?(at|with|about)\b|\b(but|not really|tho|though|apparently|supposedly|i guess|kind of|kinda|sort of|until|except|honestly no)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TakenBack();

    // "don't want to continue", "cant go on", "no more": a request to go on said the other way round.
    [GeneratedRegex(@"\b(dont|do not|cant|cannot|wont|will not|not|never|no more|no longer)( \w+){0,3} (keep going|carry on|continue|go on|move on|get back to|go back to|resume)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    // "im calling it quits", "texted my dealer", "ill call it a night": not reaching out for help.
    [GeneratedRegex(@"\b(call|calls|calling|called|text|texting|texted|ring|ringing|rang|phone|phoned|messaged|reach out to|reached out to)( it\b| my (dealer|plug|connect)"
        + @"| the (dealer|plug)| (a |my )?dealer)", RegexOptions.CultureInvariant)]
    private static partial Regex NotReachingOut();

    // "I texted 988", "calling 911 now", "i'll text that number", "I called my sponsor", "talking to someone".
    [GeneratedRegex(@"\b(i|ive|i have|i ve|i just|just) (called|texted|rang|phoned|messaged|contacted|reached out to|talked to|spoke to)\b"
        + @"|\b(im|i am|i m) (calling|texting|ringing|phoning|talking to|on the phone|going to call|going to text|gonna call|gonna text|about to call|about to text)\b"
        + @"|\b(ill|i will|i ll) (call|text|ring|phone|reach out)\b"
        + @"|^(ok |okay |ok so |alright |fine )?(calling|texting|ringing) \w+|\btalking to someone\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReachingOut();

    // "can we keep going", "let's carry on", "back to the exercise".
    [GeneratedRegex(@"\b(keep going|carry on|continue|go on|move on|get back to|go back to|back to the exercise|resume|pick up where)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsksToGoOn();
}
