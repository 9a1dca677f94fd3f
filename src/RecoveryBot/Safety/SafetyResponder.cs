using Microsoft.Bot.Builder;

namespace RecoveryBot.Safety;

/// <summary>
/// Answers a message first when it asks for help now or signals danger: the crisis resources (or a kind word, or a
/// one-line gentle check-in), the rule id in the log (never the text), the escalation webhook told. Stateless: it reads
/// and writes no conversation state, so a store that is down never holds back the resources.
/// </summary>
public sealed class SafetyResponder(
    CrisisResponseComposer composer,
    CrisisEscalation escalation,
    ILogger<SafetyResponder> logger)
{
    private static readonly HashSet<string> HelpNowCommands = new(StringComparer.Ordinal)
    {
        "help now", "crisis", "emergency", "i need help now", "crisis help", "emergency help", "sos",
    };

    /// <summary>True when the whole message asks for the crisis resources ("help now", "crisis", "emergency").</summary>
    public static bool IsHelpNow(string? text) =>
        HelpNowCommands.Contains(string.Join(' ', (text ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', '!', '?', ' '));

    /// <summary>Sends what the message's assessment calls for, and says what that was.</summary>
    /// <param name="context">The turn.</param>
    /// <param name="text">What was typed.</param>
    /// <param name="assessment">The message's crisis assessment, made once for the turn.</param>
    /// <param name="inExercise">True when the message came in the middle of an exercise (the reply says it is saved).</param>
    /// <param name="gentleCheck">False where the classifier's unsure one-liner must not be sent: a group, where it would
    /// single a member out in public on a guess, or a conversation that had one today already.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    public async Task<SafetyOutcome> RespondAsync(ITurnContext context, string? text, CrisisAssessment assessment, bool inExercise, bool gentleCheck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(assessment);
        var activity = context.Activity;
        if (IsHelpNow(text))
        {
            await context.SendActivityAsync(composer.ComposeHelpNow(activity.Locale), cancellationToken: cancellationToken).ConfigureAwait(false);
            return SafetyOutcome.HelpNow;
        }

        switch (assessment.Level)
        {
            case CrisisLevel.Crisis:
                // The rule id and category only: what the person wrote never reaches a log.
                logger.LogWarning(
                    "Crisis response given (rule {RuleId}, category {Category}) in channel {ChannelId} conversation {ConversationId}",
                    assessment.RuleId, assessment.Category, activity.ChannelId, activity.Conversation?.Id);
                await context.SendActivityAsync(composer.Compose(assessment, activity.Locale, inExercise), cancellationToken: cancellationToken).ConfigureAwait(false);
                await escalation.NotifyAsync(activity.ChannelId ?? "", activity.Conversation?.Id ?? "", assessment, cancellationToken).ConfigureAwait(false);
                return SafetyOutcome.Crisis;
            case CrisisLevel.Concern:
                logger.LogInformation(
                    "Concern reply given (rule {RuleId}) in channel {ChannelId} conversation {ConversationId}",
                    assessment.RuleId, activity.ChannelId, activity.Conversation?.Id);
                await context.SendActivityAsync(composer.Compose(assessment, activity.Locale, inExercise), cancellationToken: cancellationToken).ConfigureAwait(false);
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
}
