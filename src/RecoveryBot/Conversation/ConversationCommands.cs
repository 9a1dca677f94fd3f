using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using RecoveryBot.CheckIns;
using RecoveryBot.Dialogs;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Exercises;
using RecoveryBot.Journal;
using RecoveryBot.Privacy;
using RecoveryBot.Storage;
using RecoveryBot.Understanding;
using RecoveryBot.Wording;

namespace RecoveryBot.Conversation;

/// <summary>
/// The commands that work at any point, before the active step sees the message: help, menu, pause, resume, cancel,
/// back, the journal, check-ins and "delete my data", understood from the turn's <see cref="Interpretation"/>; a
/// question asked instead of an answer; the check whether a command or a question was meant; and whether to continue
/// after a break.
/// </summary>
public sealed class ConversationCommands
{
    // How long "are you sure?" about erasing everything waits for its yes.
    private static readonly TimeSpan DeleteConfirmationLasts = TimeSpan.FromMinutes(10);

    private readonly string _privacyAnswer;
    private readonly IStatePropertyAccessor<ConversationData> _conversationData;
    private readonly DataEraser _eraser;
    private readonly JournalCommands _journal;
    private readonly TimeProvider _timeProvider;
    private readonly ExerciseOptions _options;
    private readonly ExercisePause _pause;
    private readonly MessageInterpreter _interpreter;
    private readonly ConversationPosition _position;
    private readonly ConfirmPrompt _yesNo = new("yes-no");

    // The command table: an intent to what it does. Journal and check-in commands live beside their features.
    private readonly Dictionary<string, Func<DialogContext, ConversationData, bool, CancellationToken, Task<InterruptionResult>>> _table;

    /// <summary>Creates the commands.</summary>
    public ConversationCommands(
        ConversationState conversationState,
        DataEraser eraser,
        JournalCommands journal,
        CheckInCommands checkIns,
        TimeProvider timeProvider,
        IOptions<ExerciseOptions> options,
        ExercisePause pause,
        IOptions<PrivacyOptions> privacy,
        IOptions<Safety.SafetyOptions> safety,
        MessageInterpreter interpreter,
        ConversationPosition position)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(privacy);
        ArgumentNullException.ThrowIfNull(safety);
        ArgumentNullException.ThrowIfNull(interpreter);
        ArgumentNullException.ThrowIfNull(position);
        _privacyAnswer = BotMessages.PrivacyFor(privacy.Value.RetentionDays, !string.IsNullOrWhiteSpace(safety.Value.EscalationWebhookUrl));
        _pause = pause;
        _interpreter = interpreter;
        _position = position;
        _conversationData = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));
        _eraser = eraser;
        _journal = journal;
        _timeProvider = timeProvider;
        _options = options.Value;
        _table = new(StringComparer.Ordinal)
        {
            [IntentIds.Resume] = (dc, data, _, ct) => RestorePausedAsync(dc, data, ct),
            [IntentIds.Back] = (dc, _, _, ct) => GoBackAsync(dc, ct),
            [IntentIds.Help] = (dc, _, _, ct) => ThenResumeAsync(dc, SayAsync(dc.Context, BotMessages.Help, ct)),
            [IntentIds.Menu] = MenuAsync,
            [IntentIds.Pause] = PauseAsync,
            [IntentIds.Cancel] = CancelAsync,
            [IntentIds.Journal] = (dc, _, _, ct) => ThenResumeAsync(dc, journal.ListAsync(dc.Context, ct)),
            [IntentIds.Export] = (dc, _, _, ct) => ThenResumeAsync(dc, journal.ExportAsync(dc.Context, ct)),
            [IntentIds.DeleteData] = AskToDeleteAsync,
            [IntentIds.CheckInsOff] = (dc, _, _, ct) => ThenResumeAsync(dc, checkIns.TurnOffAsync(dc.Context, ct)),
            [IntentIds.CheckInsOn] = (dc, _, _, ct) => ThenResumeAsync(dc, checkIns.TurnOnAsync(dc.Context, ct)),
        };
    }

    /// <summary>
    /// The reply to the bot's own "did you mean to pause, or is that your answer?" or "was that a question for me?"
    /// becomes what it says was meant, before anything else reads the turn, in a group session too: a yes is the
    /// command itself (so a group can say its own exercises wait), "it's my answer" brings back the message first
    /// written as the answer, and "a question" brings it back as the question. Any other message is a new one, and the
    /// check is dropped; so is a check whose question has moved on (a group's next step), with a word to say so.
    /// </summary>
    /// <param name="dc">The root dialog context.</param>
    /// <param name="meaning">The turn's interpretation.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The interpretation to go on with, and <see cref="InterruptionResult.NotHandled"/> unless the turn is done
    /// (a reply to a check out of date: the question now asked follows).</returns>
    public async Task<(Interpretation Meaning, InterruptionResult Result)> ResolveClarifyReplyAsync(DialogContext dc, Interpretation meaning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(meaning);
        var context = dc.Context;
        var data = await _conversationData.GetOrCreateAsync(context, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        if (data.ClarifyingCommand is not { } asked)
        {
            return (meaning, InterruptionResult.NotHandled);
        }

        var held = data.ClarifyingText ?? "";
        var stillAsked = data.ClarifyingAt == QuestionKeyOf(meaning.Pending);
        data.ClarifyingCommand = data.ClarifyingText = data.ClarifyingAt = null;
        var reply = ReadClarifyReply(asked, context.Activity.Text, meaning);
        if (reply != ClarifyReply.None && !stillAsked)
        {
            // "It's my answer" after the group moved to its next question: the held words belong to no question now.
            await SayAsync(context, BotMessages.ClarifyOutOfDate, cancellationToken).ConfigureAwait(false);
            return (meaning, Resume(dc));
        }

        if (reply != ClarifyReply.None)
        {
            // A reply to the check goes on with the message it asks about, however long it took: no "welcome back?" first.
            data.LastMessageAt = _timeProvider.GetUtcNow();
        }

        switch (reply)
        {
            case ClarifyReply.Answer:
                // The question gets the message first written: the prompt reads the activity's text.
                context.Activity.Text = held;
                return (meaning with { Text = held, Intent = IntentIds.Answer, Confidence = 1, Unsure = null, IsExact = false }, InterruptionResult.NotHandled);
            case ClarifyReply.Question:
                return (meaning with { Text = held, Intent = IntentIds.Question, Confidence = 1, Unsure = null, IsExact = false }, InterruptionResult.NotHandled);
            case ClarifyReply.Command:
                return (meaning with { Intent = asked, Confidence = 1, Unsure = null, IsExact = true }, InterruptionResult.NotHandled);
            default:
                return (meaning, InterruptionResult.NotHandled);
        }
    }

    /// <summary>
    /// The reply to "delete my data"'s "are you sure?", before a group session or a command reads the turn, so that
    /// nothing leaves the question waiting for a later yes. Only a clear yes said alone erases ("yes", "Affirmative.",
    /// "go ahead"; never "yes I called them"). A plain no ("no", "cancel") keeps everything and the question that was
    /// waiting is asked again; a yes at the end of more ("I said affirmative. Delete it.") asks again. Anything else keeps
    /// everything too, and is then a new message: a question is answered, another command done.
    /// </summary>
    /// <param name="dc">The root dialog context.</param>
    /// <param name="meaning">The turn's interpretation.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The interpretation to go on with, and <see cref="InterruptionResult.NotHandled"/> unless the turn is done.</returns>
    public async Task<(Interpretation Meaning, InterruptionResult Result)> ResolveDeleteConfirmationAsync(DialogContext dc, Interpretation meaning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(meaning);
        var context = dc.Context;
        var data = await _conversationData.GetOrCreateAsync(context, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        if (!data.AwaitingDeleteConfirmation)
        {
            return (meaning, InterruptionResult.NotHandled);
        }

        data.AwaitingDeleteConfirmation = false;
        if (data.DeleteConfirmationAskedAt is not { } asked || _timeProvider.GetUtcNow() - asked > DeleteConfirmationLasts)
        {
            // Asked long ago: a "yes" now answers something else (a check-in, another day's talk), never that question.
            return (meaning, InterruptionResult.NotHandled);
        }

        var text = context.Activity.Text;
        if (ConfirmDeletePhrases.Contains(PlainYes.KeyOf(text)))
        {
            await _eraser.EraseAsync(context, cancellationToken).ConfigureAwait(false);
            await SayAsync(context, BotMessages.DataDeleted, cancellationToken).ConfigureAwait(false);
            return (meaning, InterruptionResult.Handled);
        }

        await SayAsync(context, BotMessages.NothingDeleted, cancellationToken).ConfigureAwait(false);
        if (KeepPhrases.Contains(TextKey.OfPhrase(text)) || _yesNo.RecognizePlainYesNo(text) == false)
        {
            data.LastMessageAt = _timeProvider.GetUtcNow();
            return (meaning, Resume(dc));
        }

        // A yes at the end of more ("I SAID AFFIRMATIVE. That means yes. Delete it."): asked again, to be said alone.
        if (ConfirmDeletePhrases.Contains(PlainYes.KeyOf(TextNormalizer.LastSentence(text))))
        {
            data.LastMessageAt = _timeProvider.GetUtcNow();
            return (meaning, await AskToDeleteAsync(dc, data, true, cancellationToken).ConfigureAwait(false));
        }

        // A new message, read as the answer to "are you sure?": read it again as what it is. It replied to that question,
        // never to an exercise's: there only a command, a journal request or a question goes on (answered, then the
        // exercise's question again), and anything else asks the exercise's question again, keeping nothing. The safety
        // step has already answered what it heard, so that stands.
        var (pending, _, _, _) = await _position.ReadAsync(context, cancellationToken).ConfigureAwait(false);
        var midExercise = pending.IsExerciseQuestion;
        // Read with nothing pending: outside an exercise an offer may still wait, and "yes, erase it all" is no yes to it.
        var reread = _interpreter.Interpret(meaning.Text, PendingQuestion.None) with { Safety = meaning.Safety };
        if (!midExercise)
        {
            return (reread, InterruptionResult.NotHandled);
        }

        if (reread.IsCommand || reread.Intent == IntentIds.Question || JournalCommands.TryParseNumbered(text ?? "", out _, out _))
        {
            return (reread with { Pending = pending }, InterruptionResult.NotHandled);
        }

        data.LastMessageAt = _timeProvider.GetUtcNow();
        return (meaning, Resume(dc));
    }

    // Which question a check was asked at: one it no longer matches has moved on.
    private static string QuestionKeyOf(PendingQuestion pending) => pending.ExerciseId + "/" + pending.Slot;

    /// <summary>Does the command the message means, if any; says how the turn goes on.</summary>
    /// <param name="dc">The root dialog context.</param>
    /// <param name="meaning">The turn's interpretation.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    public async Task<InterruptionResult> HandleAsync(DialogContext dc, Interpretation meaning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(meaning);
        var context = dc.Context;
        var data = await _conversationData.GetOrCreateAsync(context, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        var now = _timeProvider.GetUtcNow();
        var lastMessageAt = data.LastMessageAt;
        data.LastMessageAt = now;
        var command = TextKey.OfPhrase(context.Activity.Text);

        if (data.AwaitingResumeAnswer)
        {
            data.AwaitingResumeAnswer = false;
            // The interpretation read it as a yes or no (after a safety signal, only a plain one); which one is read here.
            switch (meaning.IsAnswer ? _yesNo.RecognizeYesNo(context.Activity.Text) : null)
            {
                case true:
                    return await RestorePausedAsync(dc, data, cancellationToken).ConfigureAwait(false);
                case false:
                    await SayAsync(context, BotMessages.KeptPaused, cancellationToken).ConfigureAwait(false);
                    await dc.BeginDialogAsync(MainDialog.DialogId, cancellationToken: cancellationToken).ConfigureAwait(false);
                    return InterruptionResult.Handled;
            }

            // Anything else is taken as a new request: the paused exercise stays saved.
        }

        // The message after a cancel read from other words: "undo" brings the exercise back; anything else forgets it.
        if (data.CancelledStack is not null)
        {
            if (_pause.TakeUndo(dc, data, UndoPhrases.Contains(command)) is { } undone)
            {
                await SayAsync(context, string.Format(CultureInfo.InvariantCulture, BotMessages.UndoneFormat, undone.Title), cancellationToken).ConfigureAwait(false);
                return InterruptionResult.Reprompt;
            }
        }

        // "open 2", "delete reflection 2", "open the second one": a request with a number, read before what the
        // classifier thinks (which took "Delete reflection 2." for "delete my data").
        if (JournalCommands.TryParseNumbered(context.Activity.Text ?? "", out var delete, out var number))
        {
            return await ThenResumeAsync(dc, _journal.OpenOrDeleteAsync(context, delete, number, cancellationToken)).ConfigureAwait(false);
        }

        var intent = meaning.IsCommand ? meaning.Intent : null;
        var confirmed = meaning.IsExact;
        if (intent == IntentIds.DeleteData && !confirmed && MessageText.IsAsked(meaning.Text) && PrivacyQuestion.Asks(meaning.Text))
        {
            // "does deleting actually delete or is there a backup?" asks about erasing; it does not ask to erase.
            return await ThenResumeAsync(dc, SayAsync(context, _privacyAnswer, cancellationToken)).ConfigureAwait(false);
        }

        if (intent is not null && _table.TryGetValue(intent, out var run))
        {
            return await run(dc, data, confirmed, cancellationToken).ConfigureAwait(false);
        }

        if (meaning.Pending.IsExerciseQuestion && meaning.Intent == IntentIds.Question)
        {
            // A question asked instead of an answer is answered, and the same question asked again; never kept.
            await AnswerQuestionAsync(dc, meaning.Text, cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Reprompt;
        }

        if (meaning.Pending.IsExerciseQuestion && meaning.Unsure is { } maybe)
        {
            // Half sure a command or a question was meant: ask once rather than act on a guess, keep a request or a
            // question as a reflection, or lose an answer.
            data.ClarifyingCommand = maybe;
            data.ClarifyingText = meaning.Text;
            data.ClarifyingAt = QuestionKeyOf(meaning.Pending);
            var (asking, buttons) = maybe == IntentIds.Question
                ? (BotMessages.ClarifyQuestion, new[] { BotMessages.ItWasAQuestion, BotMessages.ItWasMyAnswer })
                : ClarifyCommand(BotMessages.CommandNames.GetValueOrDefault(maybe, maybe));
            await context.SendActivityAsync(MessageFactory.SuggestedActions(buttons, asking, null, null), cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;

            static (string, string[]) ClarifyCommand(string doing) =>
                (string.Format(CultureInfo.InvariantCulture, BotMessages.ClarifyFormat, doing), [BotMessages.Capitalize(doing), BotMessages.ItWasMyAnswer]);
        }

        // Back after a break in the middle of an exercise: ask before taking this message as an answer.
        if (_pause.ActiveExercise(dc) is not null && lastMessageAt is { } last && now - last >= _options.AskToResumeAfter)
        {
            var returningTo = _pause.Pause(dc, data)!;
            data.AwaitingResumeAnswer = true;
            await AskAsync(context, string.Format(CultureInfo.InvariantCulture, BotMessages.WelcomeBackFormat, returningTo.Title), cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        return InterruptionResult.NotHandled;
    }

    // What the reply to "did you mean to pause...?" or "was that a question for me?" says. The words "answer" and
    // "question" decide first, unless negated ("no, it was a question", "not a question"); then a yes or a no; a reply
    // that is itself worded as a question ("what was the question again?") or says neither is a new message.
    private ClarifyReply ReadClarifyReply(string asked, string? reply, Interpretation meaning)
    {
        var words = TextKey.Of(reply).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (answer, question) = (Said(words, "answer"), Said(words, "question"));
        var askedAgain = words.Length > 0 && (words[^1] == "?" || WhWords.Contains(words[0]));
        if (!askedAgain && answer != question)
        {
            // A negated "question" means an answer and a negated "answer" a question; at a command check both mean answer.
            var saysQuestion = (question == true || answer == false) && asked == IntentIds.Question;
            return saysQuestion ? ClarifyReply.Question : ClarifyReply.Answer;
        }

        return _yesNo.RecognizeYesNo(reply) switch
        {
            false => ClarifyReply.Answer,
            true => asked == IntentIds.Question ? ClarifyReply.Question : ClarifyReply.Command,
            _ when asked != IntentIds.Question && (meaning.Intent == asked || meaning.Unsure == asked) => ClarifyReply.Command,
            _ => ClarifyReply.None,
        };

        // True when the word is said, false when it is said negated ("not a question", "isn't my answer"), null if not said.
        static bool? Said(string[] words, string word)
        {
            var at = Array.IndexOf(words, word);
            return at < 0 ? null : !words[Math.Max(0, at - 2)..at].Any(Negations.Contains);
        }
    }

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "isnt", "wasnt", "aint", "never" };
    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "what", "whats", "how", "why", "when", "where", "who", "which" };

    private enum ClarifyReply
    {
        None,
        Answer,
        Question,
        Command,
    }

    // The exercise's own answer where one fits ("Will she see what I wrote here?"), else the plain answer to "who can read
    // this?", else a kind general one.
    private Task AnswerQuestionAsync(DialogContext dc, string question, CancellationToken cancellationToken)
    {
        var exercise = _pause.ActiveExercise(dc);
        var answer = (exercise is null ? null : QuestionAnswers.Find(exercise, question))
            ?? (PrivacyQuestion.Asks(question) ? _privacyAnswer : BotMessages.GeneralAnswer);
        return SayAsync(dc.Context, answer, cancellationToken);
    }

    // In TextKey form: lowercase, no apostrophes or punctuation.
    private static readonly HashSet<string> UndoPhrases = new(StringComparer.Ordinal)
    {
        "undo", "undo that", "undo it", "undo please", "please undo", "oops undo", "bring it back", "i didnt mean that",
        "didnt mean that", "oops i didnt mean that", "no i didnt mean that",
    };

    // In TextKey.Of form (a question mark kept: "yes?" asks, it does not confirm). The plain yeses, and those that say
    // what they confirm.
    private static readonly FrozenSet<string> ConfirmDeletePhrases = PlainYes.Phrases.Union(
    [
        "yes delete", "yes delete it", "yes delete everything", "delete", "delete it", "im sure", "yes im sure", "i am sure",
        "yes i am sure", "yes delete my data", "delete everything", "erase it", "erase everything", "yes erase it",
        "yes erase everything",
    ]).ToFrozenSet(StringComparer.Ordinal);

    // Besides a plain no, a reply that says to keep everything: "cancel" there cancels the deleting, not the exercise.
    private static readonly FrozenSet<string> KeepPhrases = new[]
    {
        "cancel", "cancel it", "cancel that", "stop", "abort", "nevermind", "never mind", "dont", "no dont", "dont delete",
        "dont delete it", "dont delete anything", "do not delete", "do not delete anything", "keep it", "keep everything",
        "keep my data", "wait", "hold on", "back", "go back", "undo",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Only one exercise is kept paused; say so when a new pause takes the place of an older one.
    private static string Replaced(ExerciseDefinition? before, ExerciseDefinition now) =>
        before is null ? "" : before.Id == now.Id
            ? string.Format(CultureInfo.InvariantCulture, BotMessages.PauseReplacesSameFormat, before.Title)
            : string.Format(CultureInfo.InvariantCulture, BotMessages.PauseReplacesOtherFormat, before.Title);

    private static InterruptionResult Resume(DialogContext dc) => dc.ActiveDialog is null ? InterruptionResult.Handled : InterruptionResult.Reprompt;

    private async Task<InterruptionResult> RestorePausedAsync(DialogContext dc, ConversationData data, CancellationToken cancellationToken)
    {
        if (data.PausedStack is not { Count: > 0 } && data.SetAsideStack is not { Count: > 0 })
        {
            if (_pause.ActiveExercise(dc) is not null)
            {
                return InterruptionResult.Reprompt;
            }

            await SayAsync(dc.Context, BotMessages.NothingPaused, cancellationToken).ConfigureAwait(false);
            if (dc.ActiveDialog is not null)
            {
                return InterruptionResult.Reprompt;
            }

            await dc.BeginDialogAsync(MainDialog.DialogId, cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        var running = _pause.ActiveExercise(dc);
        var waiting = _pause.PausedExercise(data);
        var title = _pause.Restore(dc, data)?.Title;
        if (title is null && running is not null && waiting is not null)
        {
            // Both slots are taken (one set aside by a crisis reply, one paused): nothing is dropped to make room.
            await SayAsync(dc.Context, string.Format(CultureInfo.InvariantCulture, BotMessages.BothPausedFormat, waiting.Title, running.Title), cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Reprompt;
        }

        var swapped = running is not null && data.PausedExerciseId == running.Id && running.Title != title ? string.Format(CultureInfo.InvariantCulture, BotMessages.PausedInItsPlaceFormat, running.Title) : "";
        await SayAsync(dc.Context, (title is null ? BotMessages.Resuming : string.Format(CultureInfo.InvariantCulture, BotMessages.ResumingFormat, title)) + swapped, cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Reprompt;
    }

    // "back": the question before the current one is asked again (the exercise itself goes back; see ExerciseDialogFactory).
    private async Task<InterruptionResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (_pause.ActiveExercise(dc) is null || dc.Child is not { ActiveDialog: not null } inner)
        {
            await SayAsync(dc.Context, BotMessages.NothingToGoBackTo, cancellationToken).ConfigureAwait(false);
            return Resume(dc);
        }

        await inner.EndDialogAsync(ExerciseDialogFactory.BackRequest, cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }

    private async Task<InterruptionResult> MenuAsync(DialogContext dc, ConversationData data, bool confirmed, CancellationToken cancellationToken)
    {
        var setAside = _pause.PausedExercise(data);
        if (_pause.Pause(dc, data) is { } current)
        {
            await SayAsync(dc.Context, string.Format(CultureInfo.InvariantCulture, BotMessages.PausedForMenuFormat, current.Title) + Replaced(setAside, current), cancellationToken).ConfigureAwait(false);
        }

        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        await dc.BeginDialogAsync(MainDialog.DialogId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }

    private async Task<InterruptionResult> PauseAsync(DialogContext dc, ConversationData data, bool confirmed, CancellationToken cancellationToken)
    {
        var setAside = _pause.PausedExercise(data);
        if (_pause.Pause(dc, data) is not { } toPause)
        {
            await SayAsync(dc.Context, BotMessages.NothingToPause, cancellationToken).ConfigureAwait(false);
            return Resume(dc);
        }

        await SayAsync(dc.Context, string.Format(CultureInfo.InvariantCulture, BotMessages.PausedFormat, toPause.Title) + Replaced(setAside, toPause), cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }

    // "cancel" ends what is running; only with nothing running does it drop what was set aside. Read from other words,
    // it may be a misreading: the exercise is kept for one more message so "undo" brings it back.
    private async Task<InterruptionResult> CancelAsync(DialogContext dc, ConversationData data, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed && _pause.KeepForUndo(dc, data) is { } stopped)
        {
            await dc.Context.SendActivityAsync(
                MessageFactory.SuggestedActions(new[] { BotMessages.Undo, BotMessages.MenuButton }, string.Format(CultureInfo.InvariantCulture, BotMessages.CancelledUndoFormat, stopped.Title), null, null),
                cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        var cancelled = _pause.ActiveExercise(dc);
        if (cancelled is null && (cancelled = _pause.PausedExercise(data)) is not null)
        {
            ExercisePause.Discard(data);
        }

        await SayAsync(dc.Context, cancelled is null ? BotMessages.NothingToCancel : BotMessages.Cancelled, cancellationToken).ConfigureAwait(false);
        return InterruptionResult.EndStack;
    }

    private async Task<InterruptionResult> AskToDeleteAsync(DialogContext dc, ConversationData data, bool confirmed, CancellationToken cancellationToken)
    {
        // "delete reflections 1 and 2" is about entries, not everything: say how to delete one, and never offer to
        // erase it all (a careless yes would). A yes to "did you mean to delete your data?" asked for it in so many words.
        if (!confirmed && JournalCommands.SpeaksOfOneEntry(dc.Context.Activity.Text))
        {
            await SayAsync(dc.Context, BotMessages.DeleteOneOrAll, cancellationToken).ConfigureAwait(false);
            return Resume(dc);
        }

        data.AwaitingDeleteConfirmation = true;
        data.DeleteConfirmationAskedAt = _timeProvider.GetUtcNow();
        await AskAsync(dc.Context, BotMessages.ConfirmDelete, cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }

    // After a command that only answers: the question that was waiting is asked again, or nothing more at the menu.
    private static async Task<InterruptionResult> ThenResumeAsync(DialogContext dc, Task reply)
    {
        await reply.ConfigureAwait(false);
        return Resume(dc);
    }

    private static Task SayAsync(ITurnContext context, string text, CancellationToken cancellationToken) =>
        context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    private static readonly string[] YesNo = ["Yes", "No"];

    private static Task AskAsync(ITurnContext context, string text, CancellationToken cancellationToken) =>
        context.SendActivityAsync(MessageFactory.SuggestedActions(YesNo, text, null, null), cancellationToken);
}
