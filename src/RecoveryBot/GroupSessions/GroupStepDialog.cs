using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Bot.Builder;
using RecoveryBot.Dialogs;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Exercises;
using RecoveryBot.Journal;
using RecoveryBot.Storage;
using RecoveryBot.Wording;

namespace RecoveryBot.GroupSessions;

/// <summary>
/// One step of a group session in a member's own chat: the step's messages, then its question asked with the exercise's
/// own prompt (same validation, same commands), the answer kept in the member's journal, and for a written answer the
/// choice to share it anonymously: private unless the member says yes twice, the second time to the exact text shown.
/// </summary>
public sealed class GroupStepDialog
{
    /// <summary>The waterfall's dialog id.</summary>
    public const string DialogId = "group-step";

    /// <summary>The yes/no "share it anonymously?" prompt's id.</summary>
    public const string ShareQuestionId = "group-share";

    /// <summary>The yes/no on the exact text to share.</summary>
    public const string SharePreviewId = "group-share-preview";

    /// <summary>The share question's yes button.</summary>
    public const string ShareWord = "Share anonymously";

    /// <summary>The share question's no button.</summary>
    public const string PrivateWord = "Keep private";

    /// <summary>Every word that answers the share question (as <see cref="Understanding.TextKey.OfPhrase"/> keys), so
    /// none is read as a command: its buttons' words, and the plain yeses ("si", "do it", "confirmed").</summary>
    public static readonly IReadOnlySet<string> ShareChoiceWords = new[] { ShareWord, PrivateWord, "share", "share it", "yes share", "keep it private", "private", "dont share", "don't share" }
        .Select(Understanding.TextKey.OfPhrase).Concat(Understanding.PlainYes.Phrases).ToHashSet(StringComparer.Ordinal);

    /// <summary>The plain yeses that answer the yes/no on the exact text to share (as <see cref="Understanding.TextKey.OfPhrase"/>
    /// keys), so none is read as a command.</summary>
    public static readonly IReadOnlySet<string> PreviewChoiceWords = Understanding.PlainYes.Phrases;

    private const string AnswerKey = "answer";
    private const string RedactedKey = "redacted";
    private readonly ExerciseCatalog _catalog;
    private readonly GroupSessionStore _sessions;
    private readonly TimeProvider _timeProvider;
    private readonly IStatePropertyAccessor<GroupPlace> _place;
    private readonly JournalStore _journal;

    /// <summary>Creates the dialog's parts.</summary>
    public GroupStepDialog(ExerciseCatalog catalog, GroupSessionStore sessions, ConversationState conversationState, JournalStore journal, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(journal);
        _catalog = catalog;
        _sessions = sessions;
        _timeProvider = timeProvider;
        _place = conversationState.CreateProperty<GroupPlace>(nameof(GroupPlace));
        _journal = journal;
    }

    /// <summary>The dialogs to add beside the exercises' prompts (the waterfall asks those prompts by id).</summary>
    public IEnumerable<Dialog> Dialogs()
    {
        yield return new WaterfallDialog(DialogId, [AskAsync, KeepAsync, PreviewAsync, ShareAsync]);
        yield return new ConfirmPrompt(ShareQuestionId, EnglishPrompts.ConfirmDefaults, OnlyAPlainYes)
        {
            DefaultMaxAttempts = 1,
            ConfirmChoices = Tuple.Create(new Choice(ShareWord, "share", "share it", "yes share"), new Choice(PrivateWord, "keep it private", "private", "dont share", "don't share")),
        };
        yield return new ConfirmPrompt(SharePreviewId, EnglishPrompts.ConfirmDefaults, OnlyAPlainYes) { DefaultMaxAttempts = 1 };
    }

    // Consent to share is a plain yes said alone (the button, "yes", "share it", "Affirmative", "si", "go ahead"): "ok but
    // take out her name first" or "i will think about it" start like a yes and mean something else, and "yes?" asks, so
    // anything but a plain yes keeps the answer private. In TextKey.Of form.
    private static readonly FrozenSet<string> ShareYes = Understanding.PlainYes.Phrases
        .Union(new[] { "yes share", "yes share it", "share", "share it", ShareWord, "yes, share it" }.Select(Understanding.TextKey.Of))
        .ToFrozenSet(StringComparer.Ordinal);

    // A plain yes the yes/no reading does not know ("si", "confirmed", "do it") is a yes here too.
    private static Task<bool> OnlyAPlainYes(PromptValidatorContext<bool> context, CancellationToken cancellationToken)
    {
        var plainYes = ShareYes.Contains(Understanding.PlainYes.KeyOf(context.Context.Activity.Text));
        if (plainYes)
        {
            (context.Recognized.Succeeded, context.Recognized.Value) = (true, true);
        }
        else if (context.Recognized.Succeeded && context.Recognized.Value)
        {
            context.Recognized.Value = false;
        }

        return Task.FromResult(context.Recognized.Succeeded);
    }

    /// <summary>How the group sees a step's question: no one's answers, fallbacks in their place.</summary>
    public static string GroupPrompt(GroupStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Question?.Prompt is { } prompt ? SlotTemplate.Render(prompt, new Dictionary<string, string>()) : "";
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<GroupStepRequest>();
        var exercise = request is null ? null : _catalog.Find(request.ExerciseId);
        var steps = exercise?.GroupSteps() ?? [];
        if (request is null || exercise is null || request.StepNumber < 0 || request.StepNumber >= steps.Count)
        {
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var answers = (await _place.GetOrCreateAsync(step.Context, () => new GroupPlace(), cancellationToken).ConfigureAwait(false)).Answers;
        var current = steps[request.StepNumber];
        var says = (request.WithOpening && request.StepNumber > 0 ? steps[0].Says : []).Concat(current.Says);
        foreach (var say in says)
        {
            await step.Context.SendActivityAsync(SlotTemplate.Render(say.Say!, answers), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (current.Question is not { } question)
        {
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var options = ExerciseDialogFactory.PromptOptionsFor(question, answers);
        var prefix = string.Format(CultureInfo.InvariantCulture, BotMessages.GroupStepPrefixFormat, request.StepNumber + 1, steps.Count(s => s.Question is not null));
        options.Prompt!.Text = prefix + options.Prompt.Text;
        return await step.PromptAsync(ExerciseDialogFactory.PromptIdOf(exercise, question), options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> KeepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<GroupStepRequest>()!;
        var exercise = _catalog.Find(request.ExerciseId)!;
        var question = exercise.GroupSteps()[request.StepNumber].Question!;
        var answer = await ExerciseDialogFactory.TakeAnswerAsync(question, step, cancellationToken).ConfigureAwait(false);
        var context = step.Context;
        var place = await _place.GetOrCreateAsync(context, () => new GroupPlace(), cancellationToken).ConfigureAwait(false);
        // The member's own words for what they keep and share ("my dad"); the bot's later questions say it its way ("your dad").
        var own = question.Ask == QuestionKind.Text ? answer?.Value : answer?.Display;
        if (answer is { } given)
        {
            place.Answers[question.Slot!] = given.Display;
            await WriteJournalAsync(context, place, exercise, question, own!, cancellationToken).ConfigureAwait(false);
        }

        var userKey = GroupSessionCoordinator.UserKeyOf(context.Activity);
        await _sessions.UpdateAsync(request.Code, session =>
        {
            if (session.MemberOf(userKey) is { } member)
            {
                member.AnsweredStep = Math.Max(member.AnsweredStep, request.StepNumber);
                member.Unreachable = false;
                session.LastActivityAt = _timeProvider.GetUtcNow();
            }
        }, cancellationToken).ConfigureAwait(false);

        if (answer is null || question.Ask != QuestionKind.Text)
        {
            return await FinishAsync(step, answer is null ? BotMessages.GroupSkipped : BotMessages.GroupAnswerSaved, cancellationToken).ConfigureAwait(false);
        }

        step.Values[AnswerKey] = own;
        return await step.PromptAsync(ShareQuestionId, YesNo(BotMessages.GroupShareQuestion), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PreviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true || step.Values.GetValue<string>(AnswerKey) is not { } answer)
        {
            return await KeptPrivateAsync(step, cancellationToken).ConfigureAwait(false);
        }

        var redacted = ShareRedactor.Redact(answer);
        step.Values[RedactedKey] = redacted;
        var preview = string.Format(CultureInfo.InvariantCulture, BotMessages.GroupSharePreviewFormat, GroupSessionCoordinator.Quote(redacted));
        return await step.PromptAsync(SharePreviewId, YesNo(preview), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ShareAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<GroupStepRequest>()!;
        if (step.Result is not true || step.Values.GetValue<string>(RedactedKey) is not { } redacted)
        {
            return await KeptPrivateAsync(step, cancellationToken).ConfigureAwait(false);
        }

        // Only a share for the question the group is on: one for an earlier question would be shown on its own, later.
        var userKey = GroupSessionCoordinator.UserKeyOf(step.Context.Activity);
        var added = false;
        var session = await _sessions.UpdateAsync(request.Code, session =>
        {
            if (session.MemberOf(userKey) is not null && session.StepNumber == request.StepNumber)
            {
                session.PendingShares.Add(new GroupShare { StepNumber = request.StepNumber, Text = redacted, UserKey = userKey });
                session.LastActivityAt = _timeProvider.GetUtcNow();
                added = true;
            }
        }, cancellationToken).ConfigureAwait(false);
        var reply = session is null ? BotMessages.GroupNoLongerRunning : added ? BotMessages.GroupShared : BotMessages.GroupShareTooLate;
        return await FinishAsync(step, reply, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> KeptPrivateAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        FinishAsync(step, BotMessages.GroupKeptPrivate, cancellationToken);

    // The step is done. A member who took their time after a crisis message catches up with the group's step now.
    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, string text, CancellationToken cancellationToken)
    {
        var place = await _place.GetOrCreateAsync(step.Context, () => new GroupPlace(), cancellationToken).ConfigureAwait(false);
        place.TakingTime = false;
        if (place.HeldStep is not { } held || step.GetOptions<GroupStepRequest>() is not { } request)
        {
            await step.Context.SendActivityAsync(text, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        place.HeldStep = null;
        await step.Context.SendActivityAsync(BotMessages.GroupCatchUp, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(DialogId, new GroupStepRequest { Code = request.Code, ExerciseId = request.ExerciseId, StepNumber = held }, cancellationToken).ConfigureAwait(false);
    }

    // One journal entry per session, growing answer by answer, so what was written survives leaving at any point.
    private async Task WriteJournalAsync(ITurnContext context, GroupPlace place, ExerciseDefinition exercise, StepDefinition question, string answer, CancellationToken cancellationToken)
    {
        var userKey = JournalStore.UserKeyOf(context);
        var entry = place.JournalEntryId is null ? null : await _journal.FindAsync(userKey, place.JournalEntryId, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            entry = new JournalEntry { ExerciseId = exercise.Id, Title = string.Format(CultureInfo.InvariantCulture, BotMessages.GroupJournalTitleFormat, exercise.Title), CreatedAt = _timeProvider.GetUtcNow() };
            place.JournalEntryId = entry.Id;
        }

        var asked = SlotTemplate.Render(question.Prompt!, place.Answers);
        entry.Text = (entry.Text.Length == 0 ? "" : entry.Text + "\n\n") + $"{asked}\n{answer}";
        await _journal.AddAsync(userKey, entry, cancellationToken).ConfigureAwait(false);
    }

    // Asked once: only a yes shares, and anything else (or nothing, when the group moves on) keeps the answer private.
    private static PromptOptions YesNo(string text) => new()
    {
        Prompt = MessageFactory.Text(text),
        MaxAttempts = 1,
        TooManyAttemptsMessage = null,
    };
}
