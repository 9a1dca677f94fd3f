using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Exercises;
using RecoveryBot.GroupSessions;
using RecoveryBot.Wording;

namespace RecoveryBot.Conversation;

/// <summary>
/// The root dialog: offers the menu (or starts the exercise the user named), runs the exercise, then hands its
/// result to <see cref="ExerciseCompletion"/>. Global commands are not here: they run before it, as interruptions.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    /// <summary>The root dialog's id.</summary>
    public const string DialogId = "main";

    /// <summary>The dialog id of the yes/no question that follows an offer.</summary>
    public const string OfferPromptId = "offer";

    private const string SessionId = "session";
    private const string MenuChoiceId = "menu-choice";
    private readonly ExerciseCatalog _catalog;
    private readonly ExerciseCompletion _completion;

    /// <summary>Creates the dialog with every exercise of the catalog.</summary>
    public MainDialog(ExerciseCatalog catalog, ExerciseDialogFactory factory, ExerciseCompletion completion, GroupStepDialog groupStep)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(groupStep);
        _catalog = catalog;
        _completion = completion;
        // Three steps, as before offers existed: conversations stored mid-exercise resume at the same step index.
        AddDialog(new WaterfallDialog(SessionId, [ChooseAsync, StartAsync, CompleteAsync]));
        AddDialog(new ChoicePrompt(MenuChoiceId, EnglishPrompts.ChoiceDefaults) { DefaultMaxAttempts = ExerciseDialogFactory.MaxAttempts });
        AddDialog(new ConfirmPrompt(OfferPromptId, EnglishPrompts.ConfirmDefaults) { DefaultMaxAttempts = ExerciseDialogFactory.MaxAttempts });
        foreach (var dialog in catalog.Exercises.SelectMany(factory.Create))
        {
            AddDialog(dialog);
        }

        // A group session's step asks the exercises' own prompts, so it lives beside them.
        foreach (var dialog in groupStep.Dialogs())
        {
            AddDialog(dialog);
        }

        InitialDialogId = SessionId;
    }

    /// <summary>The menu's text: the question, then what each exercise is for, so people can choose without knowing the names.</summary>
    public static string MenuText(ExerciseCatalog catalog, string? lead = null) =>
        (lead ?? BotMessages.MenuPrompt) + "\n\n" + string.Join("\n", catalog.Exercises.Select(e => $"- **{e.Title}**: {e.Description}"));

    /// <summary>The menu's choices: every exercise, by title, with its triggers as synonyms.</summary>
    public static IList<Choice> MenuChoices(ExerciseCatalog catalog) =>
        catalog.Exercises.Select(e => new Choice(e.Id, [.. e.Triggers, e.Title])
        {
            Action = new CardAction(ActionTypes.ImBack, e.Title, value: e.Title),
        }).ToList();

    /// <summary>The exercise offered and waiting for a yes or a no, or null when no offer waits.</summary>
    /// <param name="dc">The root dialog context.</param>
    /// <returns>The offered exercise's id, or null.</returns>
    public static string? OfferedExercise(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = dc.Child;
        return inner?.ActiveDialog?.Id == OfferPromptId && inner.Stack.FirstOrDefault(i => i.Id == SessionId) is { } session
            ? WaterfallDialog.OptionsOf<MenuRequest>(session)?.ExerciseId
            : null;
    }

    /// <summary>Whether the menu's choice or an offer's yes/no waits: nothing is under way that a reply must ask again.</summary>
    /// <param name="dc">The root dialog context.</param>
    /// <returns>True at the menu or an offer.</returns>
    public static bool WaitsAtMenuOrOffer(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Child?.ActiveDialog?.Id is MenuChoiceId or OfferPromptId;
    }

    /// <inheritdoc/>
    /// <remarks>Fixed: each exercise's waterfall carries its own version, so reshaping one exercise restarts only the
    /// people in the middle of that one, and the message can name it.</remarks>
    public override string GetVersion() => Id;

    /// <inheritdoc/>
    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        options is GroupStepRequest groupStep
            ? innerDc.BeginDialogAsync(GroupStepDialog.DialogId, groupStep, cancellationToken)
            : innerDc.BeginDialogAsync(SessionId, options as MenuRequest, cancellationToken);

    private async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<MenuRequest>();
        if (request is { Offer: false })
        {
            return await step.NextAsync(request.ExerciseId, cancellationToken).ConfigureAwait(false);
        }

        if (request is { Offer: true } && _catalog.Find(request.ExerciseId) is { } offered)
        {
            var person = new Dictionary<string, string>(StringComparer.Ordinal);
            if (request.Person is { } someone)
            {
                person["person"] = someone;
            }

            var text = SlotTemplate.Render(offered.Offer ?? string.Format(CultureInfo.InvariantCulture, BotMessages.OfferFormat, offered.Title), person);
            return await step.PromptAsync(OfferPromptId, new PromptOptions
            {
                Prompt = MessageFactory.Text(text),
                RetryPrompt = MessageFactory.Text(BotMessages.OfferRetry),
                MaxAttempts = ExerciseDialogFactory.MaxAttempts,
            }, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(MenuChoiceId, new PromptOptions
        {
            Prompt = MessageFactory.Text(MenuText(_catalog)),
            RetryPrompt = MessageFactory.Text(MenuText(_catalog, BotMessages.NotSureWhichExercise)),
            Choices = MenuChoices(_catalog),
            MaxAttempts = ExerciseDialogFactory.MaxAttempts,
            TooManyAttemptsMessage = MessageFactory.Text(BotMessages.MenuGiveUp),
        }, cancellationToken).ConfigureAwait(false);
    }

    // Starts the exercise picked from the menu, named, or offered and accepted; "no" to an offer shows the menu.
    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<MenuRequest>() is { Offer: true } offer)
        {
            // The person the message named ("your brother") is not asked for again.
            return step.Result is true && _catalog.Find(offer.ExerciseId) is { } accepted
                ? await step.BeginDialogAsync(ExerciseDialogFactory.DialogIdOf(accepted.Id), ExerciseDialogFactory.BeginWithPerson(accepted, offer.OnlyPerson ? offer.Person : null), cancellationToken).ConfigureAwait(false)
                : await step.ReplaceDialogAsync(SessionId, null, cancellationToken).ConfigureAwait(false);
        }

        var exerciseId = step.Result switch
        {
            string id => id,
            FoundChoice choice => choice.Value,
            _ => null,
        };
        if (exerciseId is null || _catalog.Find(exerciseId) is null)
        {
            return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return await step.BeginDialogAsync(ExerciseDialogFactory.DialogIdOf(exerciseId), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CompleteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is ExerciseResult result && _catalog.Find(result.ExerciseId) is { } exercise)
        {
            await _completion.CompleteAsync(step.Context, exercise, result, cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
