using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Conversation;
using RecoveryBot.Dialogs;
using RecoveryBot.Storage;

namespace RecoveryBot.Safety;

/// <summary>
/// Runs before everything else on every message. A message that signals danger gets the crisis resources first, in
/// the same turn; a running exercise is set aside (kept, to resume later) and the next message gets a gentle check.
/// "help now", "crisis" and "emergency" show the resources at any time. A user's correction ("I'm fine") brings the
/// exercise back, and the check keeps running on every later message all the same.
/// </summary>
public sealed class SafetyCheck(
    CrisisDetector detector,
    CrisisResponseComposer composer,
    CrisisEscalation escalation,
    ExercisePause pause,
    ConversationState conversationState,
    ILogger<SafetyCheck> logger) : IDialogInterruption
{
    /// <summary>The apology after a correction.</summary>
    public const string CorrectionReply = "I'm sorry, I misread that. Thank you for telling me. Let's carry on.";

    /// <summary>The first message after a crisis response gets this, unless it is a correction or another crisis.</summary>
    public const string GentleCheck =
        "Thank you for staying with me. How are you doing right now? If things feel unsafe, please reach out to one of the numbers above, or to someone you trust.";

    private const string OutcomeKey = "RecoveryBot.SafetyOutcome";

    private static readonly HashSet<string> HelpNowCommands = new(StringComparer.Ordinal)
    {
        "help now", "crisis", "emergency", "i need help now", "crisis help", "emergency help", "sos",
    };

    private static readonly HashSet<string> Corrections = new(StringComparer.Ordinal)
    {
        "i'm fine", "im fine", "i am fine", "i'm ok", "im ok", "i am ok", "i'm okay", "im okay", "i am okay", "i'm safe", "i am safe",
        "that's not what i meant", "thats not what i meant", "not what i meant", "you misunderstood", "you misunderstood me",
        "false alarm", "i was joking", "just kidding", "i didn't mean it like that", "i didnt mean it like that", "no i'm fine", "no im fine",
    };

    private readonly IStatePropertyAccessor<ConversationData> _conversationData = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    /// <summary>
    /// Answers the message first if it asks for help now or signals danger (sending the resources, logging only the
    /// rule, telling the escalation webhook); returns what it found. Used on its own where no exercise can run
    /// (group chats), and by <see cref="InterruptAsync"/> everywhere else.
    /// </summary>
    /// <remarks>It reads no state, so a store that is down or a row that cannot be read never keeps the resources from
    /// someone in danger. It answers once per turn: a second call returns the first outcome.</remarks>
    /// <param name="context">The turn.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <param name="gentleCheck">False where others read along (a group): the classifier's unsure one-liner would
    /// single a member out in public on a guess, so only clear danger is answered there.</param>
    public async Task<SafetyOutcome> RespondAsync(ITurnContext context, CancellationToken cancellationToken, bool gentleCheck = true)
    {
        if (context.TurnState.Get<object>(OutcomeKey) is SafetyOutcome known)
        {
            return known;
        }

        var outcome = await AssessAndAnswerAsync(context, gentleCheck, cancellationToken).ConfigureAwait(false);
        context.TurnState.Set<object>(OutcomeKey, outcome);
        return outcome;
    }

    private async Task<SafetyOutcome> AssessAndAnswerAsync(ITurnContext context, bool gentleCheck, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        if (HelpNowCommands.Contains(ConversationCommands.Normalize(activity.Text)))
        {
            await context.SendActivityAsync(composer.ComposeHelpNow(activity.Locale), cancellationToken: cancellationToken).ConfigureAwait(false);
            return SafetyOutcome.HelpNow;
        }

        var assessment = detector.Assess(TextOf(activity));
        switch (assessment.Level)
        {
            case CrisisLevel.Crisis:
                // The rule id and category only: what the person wrote never reaches a log.
                logger.LogWarning(
                    "Crisis response given (rule {RuleId}, category {Category}) in channel {ChannelId} conversation {ConversationId}",
                    assessment.RuleId, assessment.Category, activity.ChannelId, activity.Conversation?.Id);
                await context.SendActivityAsync(composer.Compose(assessment, activity.Locale), cancellationToken: cancellationToken).ConfigureAwait(false);
                await escalation.NotifyAsync(activity.ChannelId ?? "", activity.Conversation?.Id ?? "", assessment, cancellationToken).ConfigureAwait(false);
                return SafetyOutcome.Crisis;
            case CrisisLevel.Concern:
                await context.SendActivityAsync(composer.Compose(assessment, activity.Locale), cancellationToken: cancellationToken).ConfigureAwait(false);
                return SafetyOutcome.Concern;
            case CrisisLevel.Uncertain when gentleCheck:
                logger.LogInformation(
                    "Gentle check-in given (rule {RuleId}) in channel {ChannelId} conversation {ConversationId}",
                    assessment.RuleId, activity.ChannelId, activity.Conversation?.Id);
                await context.SendActivityAsync(composer.ComposeGentleCheck(activity.Locale), cancellationToken: cancellationToken).ConfigureAwait(false);
                return SafetyOutcome.GentleCheck;
            default:
                return SafetyOutcome.None;
        }
    }

    // The typed text and any text in a card submit's value: danger can be written in either.
    private static string TextOf(IActivity activity)
    {
        var text = (activity as IMessageActivity)?.Text ?? "";
        if ((activity as IMessageActivity)?.Value is { } value)
        {
            var token = value as Newtonsoft.Json.Linq.JToken ?? Newtonsoft.Json.Linq.JToken.FromObject(value);
            var strings = token.Type == Newtonsoft.Json.Linq.JTokenType.String
                ? [(string)token!]
                : token.SelectTokens("..*").Where(t => t.Type == Newtonsoft.Json.Linq.JTokenType.String).Select(t => (string)t!);
            text = string.Join(" ", strings.Prepend(text));
        }

        return text;
    }

    /// <inheritdoc/>
    public async Task<InterruptionResult> InterruptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var data = await _conversationData.GetOrCreateAsync(context, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        switch (await RespondAsync(context, cancellationToken).ConfigureAwait(false))
        {
            case SafetyOutcome.Crisis:
                // The exercise is kept, set aside so the next message is not taken as an answer; a question the bot was
                // waiting on ("delete my data?", "continue?") is dropped, so a later "yes" cannot answer it.
                data.CrisisSetExerciseAside = pause.SetAside(dc, data) is not null || (data.AwaitingSafetyFollowUp && data.CrisisSetExerciseAside);
                data.AwaitingSafetyFollowUp = true;
                data.AwaitingDeleteConfirmation = false;
                data.AwaitingResumeAnswer = false;
                return InterruptionResult.Handled;
            case SafetyOutcome.HelpNow or SafetyOutcome.Concern:
                return dc.ActiveDialog is null ? InterruptionResult.Handled : InterruptionResult.Reprompt;
        }

        if (!data.AwaitingSafetyFollowUp)
        {
            return InterruptionResult.NotHandled;
        }

        data.AwaitingSafetyFollowUp = false;
        var setAside = data.CrisisSetExerciseAside;
        data.CrisisSetExerciseAside = false;
        if (Corrections.Contains(ConversationCommands.Normalize(context.Activity.Text)))
        {
            await context.SendActivityAsync(CorrectionReply, cancellationToken: cancellationToken).ConfigureAwait(false);
            // Only what the crisis response set aside comes back, not an exercise paused on purpose before.
            if (setAside)
            {
                pause.Restore(dc, data);
            }

            return dc.ActiveDialog is null ? InterruptionResult.Handled : InterruptionResult.Reprompt;
        }

        if (ConversationCommands.Recognize(context.Activity.Text) is not null)
        {
            // "resume", "menu", "delete my data"...: a clear request is answered, not met with a question.
            return InterruptionResult.NotHandled;
        }

        var paused = pause.PausedExercise(data);
        var next = paused is null
            ? " Whenever you like, type \"menu\" to see the exercises."
            : $" Your place in {paused.Title} is saved: type \"resume\" whenever you feel ready, or \"menu\" for something else.";
        await context.SendActivityAsync(GentleCheck + next, cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }
}

/// <summary>What the safety check found in a message.</summary>
public enum SafetyOutcome
{
    /// <summary>Nothing: the message goes on as usual.</summary>
    None,

    /// <summary>"help now" and the like: the resources were shown.</summary>
    HelpNow,

    /// <summary>A crisis response was given.</summary>
    Crisis,

    /// <summary>A negated mention: a kind word was given.</summary>
    Concern,

    /// <summary>The classifier was unsure: a one-line check-in was given and the message goes on as usual.</summary>
    GentleCheck,
}
