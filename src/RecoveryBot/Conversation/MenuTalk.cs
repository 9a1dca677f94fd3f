using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using RecoveryBot.Dialogs;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Exercises;
using RecoveryBot.Privacy;
using RecoveryBot.Safety;
using RecoveryBot.Understanding;
using RecoveryBot.Wording;

namespace RecoveryBot.Conversation;

/// <summary>
/// A message when no exercise question is waiting (the menu, or nothing running): an exercise asked for by name
/// starts; one described in the person's own words is said back and offered; a greeting, thanks, a feeling, a
/// question or small talk gets a kind word (and the menu where it helps); a question about an exercise just offered is
/// answered and the offer asked again. Anything else is left to the menu's choices.
/// </summary>
public sealed class MenuTalk(ExerciseCatalog catalog, ExercisePause pause, IOptions<PrivacyOptions> privacy, IOptions<SafetyOptions> safety)
{
    private readonly string _privacyAnswer = BotMessages.PrivacyFor(privacy.Value.RetentionDays, !string.IsNullOrWhiteSpace(safety.Value.EscalationWebhookUrl));

    /// <summary>Answers the message if it is talk at the menu; says how the turn goes on.</summary>
    /// <param name="dc">The root dialog context.</param>
    /// <param name="meaning">The turn's interpretation.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    public async Task<InterruptionResult> HandleAsync(DialogContext dc, Interpretation meaning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(meaning);
        // A group's "share it?" keeps every reply as its answer; the bot's other yes/no questions only what the
        // interpretation read as a yes or a no.
        if (meaning.Pending.IsExerciseQuestion || pause.ActiveExercise(dc) is not null || meaning.Pending.KeepsReply
            || (meaning.Pending.Kind == QuestionKind.Confirm && meaning.IsAnswer))
        {
            return InterruptionResult.NotHandled;
        }

        // A question about an exercise just offered ("what if he says no, then what?") is answered from that exercise
        // where it can be, and the offer asked again. A clearer signal never gets here (the safety step has answered);
        // after the gentle check-in's ("what's the point of any of this?") the offer is not pressed and the question gets
        // the kind word for a feeling, not "That's a good question", whether or not today's check-in was already given.
        var heard = meaning.Safety.Level != CrisisLevel.None;
        if (meaning.Intent == IntentIds.Question && !heard
            && MainDialog.OfferedExercise(dc) is { } offeredId && catalog.Find(offeredId) is { } offered)
        {
            var answer = QuestionAnswers.Find(offered, meaning.Text) ?? BotMessages.GeneralAnswer;
            await dc.Context.SendActivityAsync(answer, cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Reprompt;
        }

        // Goodbye: a kind word, and no menu after it (a user trial: "ok gracias, bye" got the whole menu).
        if (!heard && IsFarewell(meaning.Text))
        {
            await dc.Context.SendActivityAsync(BotMessages.FarewellReply, cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        // "Who can read this?" before choosing anything: the plain answer, and the menu stays where it was.
        if (!heard && meaning.Intent is IntentIds.Question or IntentIds.SmallTalk or Interpretation.Unclear && PrivacyQuestion.Asks(meaning.Text))
        {
            await dc.Context.SendActivityAsync(_privacyAnswer, cancellationToken: cancellationToken).ConfigureAwait(false);
            return dc.ActiveDialog is null ? await ShowMenuAsync(dc, null, cancellationToken).ConfigureAwait(false) : InterruptionResult.Handled;
        }

        if (catalog.Find(meaning.Intent) is { } exercise)
        {
            // Named exactly: start it. Described: say it back and ask, since a guess should never start an exercise.
            var request = new MenuRequest(exercise.Id, !meaning.IsExact, PersonMention.InSecondPerson(meaning.Text), PersonMention.IsTheOnlyOne(meaning.Text));
            return await ShowMenuAsync(dc, request, cancellationToken).ConfigureAwait(false);
        }

        var reply = meaning.Intent switch
        {
            IntentIds.Greeting => BotMessages.GreetingReply,
            IntentIds.Thanks => BotMessages.ThanksReply,
            IntentIds.SmallTalk => BotMessages.SmallTalkReply,
            IntentIds.Feeling => BotMessages.FeelingReply,
            IntentIds.Question => heard ? BotMessages.FeelingReply : BotMessages.MenuQuestionReply,
            _ => null,
        };
        if (reply is null)
        {
            return InterruptionResult.NotHandled;
        }

        await dc.Context.SendActivityAsync(reply, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (meaning.Intent == IntentIds.Thanks && dc.ActiveDialog is not null)
        {
            // The menu is already there; no need to show it again after a thank-you.
            return InterruptionResult.Handled;
        }

        return await ShowMenuAsync(dc, null, cancellationToken).ConfigureAwait(false);
    }

    // "bye", "ok thanks, bye", "gotta go, good night": a goodbye and nothing else, after any thanks or "ok".
    private static bool IsFarewell(string text)
    {
        var words = TextKey.OfPhrase(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && FarewellLeadIns.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return words.Count is > 0 and <= 6 && Farewells.Contains(string.Join(' ', words));
    }

    private static readonly HashSet<string> FarewellLeadIns = new(StringComparer.Ordinal) { "ok", "okay", "alright", "thanks", "thank", "you", "thx", "gracias", "cheers", "so", "well" };

    private static readonly HashSet<string> Farewells = new(StringComparer.Ordinal)
    {
        "bye", "bye bye", "byee", "goodbye", "good bye", "bye for now", "good night", "goodnight", "night", "night night", "gnight",
        "nite", "later", "see you", "see ya", "see you later", "cya", "ttyl", "talk later", "talk to you later", "gotta go",
        "got to go", "i have to go", "i need to go", "i gotta go", "adios", "ciao", "im off", "im going now", "thats all",
        "thats all for now", "im done for today", "done for today", "gotta go bye", "gotta go good night", "bye good night",
        "good night bye", "later bye", "ok bye",
    };

    private static async Task<InterruptionResult> ShowMenuAsync(DialogContext dc, MenuRequest? request, CancellationToken cancellationToken)
    {
        // Only the menu (or an offer) can be running here: an exercise waiting for an answer never gets this far.
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        await dc.BeginDialogAsync(MainDialog.DialogId, request, cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }
}
