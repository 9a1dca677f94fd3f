using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;

namespace RecoveryBot.Safety;

/// <summary>
/// Answers a message first when it asks for help now or signals danger: the crisis resources (or a kind word, or a
/// one-line gentle check-in), the rule id in the log (never the text), the escalation webhook told. Stateless: it reads
/// and writes no conversation state, so a store that is down never holds back the resources.
/// </summary>
public sealed partial class SafetyResponder(
    CrisisResponseComposer composer,
    CrisisEscalation escalation,
    ILogger<SafetyResponder> logger)
{
    private static readonly HashSet<string> HelpNowCommands = new(StringComparer.Ordinal)
    {
        "help now", "crisis", "emergency", "i need help now", "crisis help", "emergency help", "sos",
    };

    // Longer than this, a message that names a helpline is more likely telling than asking ("my counselor gave me the
    // hotline number and I need to save it"), and in an exercise it is an answer to keep.
    private const int MaxRequestWords = 30;
    private const int MaxRequestWordsInExercise = 12;

    /// <summary>True when the whole message asks for the crisis resources ("help now", "crisis", "emergency").</summary>
    public static bool IsHelpNow(string? text) =>
        HelpNowCommands.Contains(string.Join(' ', (text ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', '!', '?', ' '));

    /// <summary>
    /// True when the message asks in its own words for a helpline: it names one ("hotline", "crisis line", "a number I
    /// can call", "a real person to talk to") and asks ("?", "please", "do you have", "I need", "what's"). In a user trial
    /// (2026-12-08) "do you have a number i can call?", "helpline number please", "whats the number for the crisis line"
    /// and "crisis numbers?" all got the menu; only the command "help now" gave the numbers.
    /// </summary>
    /// <param name="text">The message as typed.</param>
    /// <param name="inExercise">True in the middle of an exercise, where only a short message is taken as asking.</param>
    public static bool AsksForHelpline(string? text, bool inExercise)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var lower = text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);
        var words = lower.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        // In an exercise an answer may name a helpline ("call a helpline if I need to"): only a plain ask is one there.
        return words <= (inExercise ? MaxRequestWordsInExercise : MaxRequestWords) && HelplineNamed().IsMatch(lower)
            && (inExercise ? PlainAsk().IsMatch(lower) : Request().IsMatch(lower));
    }

    /// <summary>Sends what the message's assessment calls for, and says what that was.</summary>
    /// <param name="context">The turn.</param>
    /// <param name="text">What was typed.</param>
    /// <param name="assessment">The message's crisis assessment, made once for the turn.</param>
    /// <param name="inExercise">True when the message came in the middle of an exercise (the reply says it is saved).</param>
    /// <param name="gentleCheck">False where the classifier's unsure one-liner must not be sent: a group, where it would
    /// single a member out in public on a guess, or a conversation that had one today already.</param>
    /// <param name="followsCrisis">True when the last message got the crisis reply and its follow-up waits: a crisis said
    /// again gets a shorter, more direct reply, and a concern or an unsure lean is left to the follow-up, which answers
    /// every such message with the numbers ("I am safe" is a concern on its own, and an answer here).</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    public async Task<SafetyOutcome> RespondAsync(ITurnContext context, string? text, CrisisAssessment assessment, bool inExercise, bool gentleCheck, bool followsCrisis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(assessment);
        var activity = context.Activity;
        if (IsHelpNow(text) || (assessment.Level != CrisisLevel.Crisis && AsksForHelpline(text, inExercise)))
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
                var reply = followsCrisis ? composer.ComposeCrisisAgain(assessment, activity.Locale) : composer.Compose(assessment, activity.Locale, inExercise);
                await context.SendActivityAsync(reply, cancellationToken: cancellationToken).ConfigureAwait(false);
                await escalation.NotifyAsync(activity.ChannelId ?? "", activity.Conversation?.Id ?? "", assessment, cancellationToken).ConfigureAwait(false);
                return SafetyOutcome.Crisis;
            case CrisisLevel.Concern or CrisisLevel.Uncertain when followsCrisis:
                return SafetyOutcome.None;
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

    [GeneratedRegex(@"\b(hot ?lines?|help ?lines?|crisis (lines?|numbers?|text line|team)|life ?lines?|suicide (lines?|numbers?|hotlines?)|samaritans"
        + @"|numbers? (i|to|we) (can |could )?(call|text|ring|phone)|(a|an|some) (real )?(person|human|someone) (to talk to|i can talk to)"
        + @"|talk to (a )?(real )?(person|human) (now|tonight|right now))\b", RegexOptions.CultureInvariant)]
    private static partial Regex HelplineNamed();

    [GeneratedRegex(@"\?|\b(need|want|give|send|get|have|please|pls|plz|whats|what is|where|which|can i|could i|do you|is there|are there|any)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    [GeneratedRegex(@"\?|\b(give me|send me|whats|what is|what s|do you have|can you|could you|can i (get|have)|please|pls|plz)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlainAsk();
}
