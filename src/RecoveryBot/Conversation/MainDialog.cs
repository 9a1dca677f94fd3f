using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Exercises;

namespace RecoveryBot.Conversation;

/// <summary>
/// The root dialog: offers the menu (or starts the exercise the user named), runs the exercise, then hands its
/// result to <see cref="ExerciseCompletion"/>. Global commands are not here: they run before it, as interruptions.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    /// <summary>The root dialog's id.</summary>
    public const string DialogId = "main";

    /// <summary>The menu question.</summary>
    public const string MenuPrompt = "What would you like to reflect on? Pick one, or type its name.";

    /// <summary>Said when the menu answer was not understood twice.</summary>
    public const string MenuGiveUp = "No problem. Type \"menu\" whenever you'd like to pick an exercise, or \"help\" to see what I can do.";

    private const string SessionId = "session";
    private const string MenuChoiceId = "menu-choice";
    private readonly ExerciseCatalog _catalog;
    private readonly ExerciseCompletion _completion;

    /// <summary>Creates the dialog with every exercise of the catalog.</summary>
    public MainDialog(ExerciseCatalog catalog, ExerciseDialogFactory factory, ExerciseCompletion completion)
        : base(DialogId)
    {
        _catalog = catalog;
        _completion = completion;
        AddDialog(new WaterfallDialog(SessionId, [ChooseAsync, StartAsync, CompleteAsync]));
        AddDialog(new ChoicePrompt(MenuChoiceId) { DefaultMaxAttempts = ExerciseDialogFactory.MaxAttempts });
        foreach (var dialog in catalog.Exercises.SelectMany(factory.Create))
        {
            AddDialog(dialog);
        }

        InitialDialogId = SessionId;
    }

    /// <summary>The exercise a message names ("plan amends", "I'd like to set boundaries"), if any.</summary>
    public static ExerciseDefinition? FindNamedExercise(ExerciseCatalog catalog, string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        // A whole message that is a trigger or title, or a longer message containing a trigger of two or more words:
        // one-word triggers ("trust") inside a sentence are everyday talk, not a request.
        return catalog.Exercises.FirstOrDefault(e => e.Triggers.Append(e.Title).Any(t => Normalize(t) == normalized))
            ?? catalog.Exercises.FirstOrDefault(e => e.Triggers.Append(e.Title)
                .Select(Normalize)
                .Any(t => t.Contains(' ', StringComparison.Ordinal) && $" {normalized} ".Contains($" {t} ", StringComparison.Ordinal)));
    }

    /// <summary>The menu's choices: every exercise, by title, with its triggers as synonyms.</summary>
    public static IList<Choice> MenuChoices(ExerciseCatalog catalog) =>
        catalog.Exercises.Select(e => new Choice(e.Id, [.. e.Triggers, e.Title])
        {
            Action = new CardAction(ActionTypes.ImBack, e.Title, value: e.Title),
        }).ToList();

    /// <inheritdoc/>
    /// <remarks>Fixed: each exercise's waterfall carries its own version, so reshaping one exercise restarts only the
    /// people in the middle of that one, and the message can name it.</remarks>
    public override string GetVersion() => Id;

    /// <inheritdoc/>
    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var named = innerDc.Context.Activity.Type == ActivityTypes.Message
            ? FindNamedExercise(_catalog, innerDc.Context.Activity.Text)
            : null;
        return innerDc.BeginDialogAsync(SessionId, named?.Id, cancellationToken);
    }

    private async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<string>() is { } exerciseId)
        {
            return await step.NextAsync(exerciseId, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(MenuChoiceId, new PromptOptions
        {
            Prompt = MessageFactory.Text(MenuPrompt),
            RetryPrompt = MessageFactory.Text("Sorry, I didn't catch which one. You can pick one below or type its name."),
            Choices = MenuChoices(_catalog),
            MaxAttempts = ExerciseDialogFactory.MaxAttempts,
            TooManyAttemptsMessage = MessageFactory.Text(MenuGiveUp),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
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

    private static string Normalize(string? text) =>
        string.Join(' ', new string((text ?? "").ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
