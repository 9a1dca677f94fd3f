using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Safety;
using RecoveryBot.Wording;

namespace RecoveryBot.Exercises;

/// <summary>
/// Compiles an <see cref="ExerciseDefinition"/> into a <see cref="WaterfallDialog"/> plus one prompt per question.
/// </summary>
/// <remarks>
/// Waterfall step k first keeps the answer to the question asked by the step before it, then runs exercise step k.
/// Branches and <c>next</c> only jump forward (the validator checks this), so a jump is a target index in the values
/// bag that the steps in between pass over. The final waterfall step ends the dialog with the exercise's result.
/// The waterfall's version is a hash of the exercise's structure (not its wording), so a deployment that reshapes
/// an exercise triggers the library's version rule instead of resuming at the wrong question.
/// </remarks>
public sealed class ExerciseDialogFactory(RecognizerCache recognizers, TimeProvider timeProvider, TimeZoneInfo defaultTimeZone, CrisisResponseComposer helplines)
{
    /// <summary>Questions are asked at most twice: after two misses the exercise moves on kindly.</summary>
    public const int MaxAttempts = 2;

    /// <summary>The result a question ends with when the person asked to go back: the exercise asks the one before.</summary>
    public static readonly object BackRequest = new();

    private const string PendingSlotKey = "pendingSlot";
    private const string JumpKey = "jumpTo";
    private const string AskedKey = "asked";
    private const string PersonSlot = "person";
    private static readonly ConfirmPrompt YesNo = new("yes-no");

    private static readonly HashSet<string> SkipPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "skip", "pass", "not sure", "i'm not sure", "im not sure", "i am not sure", "don't know", "dont know",
        "i don't know", "i dont know", "no idea", "rather not say", "i'd rather not say", "next question",
    };

    /// <summary>The dialog id of an exercise.</summary>
    public static string DialogIdOf(string exerciseId) => "exercise:" + exerciseId;

    /// <summary>Builds the waterfall and the prompts it uses.</summary>
    public IReadOnlyList<Dialog> Create(ExerciseDefinition exercise)
    {
        var dialogs = new List<Dialog>();
        var waterfall = new WaterfallDialog(DialogIdOf(exercise.Id)) { Version = StructureHash(exercise) };
        for (var k = 0; k <= exercise.Steps.Count; k++)
        {
            var index = k;
            waterfall.AddStep((step, ct) => RunStepAsync(exercise, index, step, ct));
        }

        dialogs.Add(waterfall);
        dialogs.AddRange(exercise.Steps.Where(s => s.Ask is not null).Select(s => CreatePrompt(exercise, s)));
        return dialogs;
    }

    private static string PromptIdOf(ExerciseDefinition exercise, string slot) => $"exercise:{exercise.Id}:{slot}";

    private Dialog CreatePrompt(ExerciseDefinition exercise, StepDefinition step)
    {
        var id = PromptIdOf(exercise, step.Slot!);
        return step.Ask switch
        {
            // No length limit before the name is looked for: "it's my dad, we haven't talked since..." keeps "my dad".
            QuestionKind.Text when step.ExpectsName => new TextPrompt(id, AcceptName) { MaxLength = 2000, DefaultMaxAttempts = MaxAttempts },
            QuestionKind.Text => new TextPrompt(id, AcceptSkip<string>()) { MaxLength = step.MaxLength ?? 2000, DefaultMaxAttempts = MaxAttempts },
            QuestionKind.Choice => new ChoicePrompt(id, EnglishPrompts.ChoiceDefaults, AcceptChoice(step)) { DefaultMaxAttempts = MaxAttempts },
            QuestionKind.Confirm => new ConfirmPrompt(id, EnglishPrompts.ConfirmDefaults, AcceptSkip<bool>()) { DefaultMaxAttempts = MaxAttempts },
            QuestionKind.Number => new NumberPrompt<double>(id, AcceptSkip<double>(step.Min, step.Max))
            {
                Recognizers = recognizers,
                DefaultMaxAttempts = MaxAttempts,
                Unit = step.DurationUnit,
                TimeProvider = timeProvider,
            },
            QuestionKind.Date => new DateTimePrompt(id, AcceptSkip<IList<DateTimeResolution>>())
            {
                Recognizers = recognizers,
                TimeProvider = timeProvider,
                DefaultMaxAttempts = MaxAttempts,
                RequireFuture = step.Future,
                DefaultTimeZone = defaultTimeZone,
            },
            _ => throw new InvalidOperationException($"Unknown question kind in {exercise.Id}."),
        };
    }

    // "skip" or "not sure" ends any question at once, without an answer; numbers also respect min and max.
    private static PromptValidator<T> AcceptSkip<T>(double? min = null, double? max = null) => (context, _) =>
    {
        if (IsSkip(context.Context.Activity.Text))
        {
            return Task.FromResult(true);
        }

        if (context.Recognized.Succeeded && context.Recognized.Value is double number && (number < min || number > max))
        {
            return Task.FromResult(false);
        }

        return Task.FromResult(context.Recognized.Succeeded);
    };

    // A person's name: a short name is kept from a sentence ("her name is Dana" keeps Dana); a sentence with no name
    // is asked again rather than shown back later as if it were one.
    private static Task<bool> AcceptName(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (IsSkip(context.Context.Activity.Text))
        {
            return Task.FromResult(true);
        }

        if (context.Recognized.Succeeded && PersonName.TryExtract(context.Recognized.Value, out var name))
        {
            context.Recognized.Value = name;
            return Task.FromResult(true);
        }

        return Task.FromResult(false);
    }

    // A plain "yes" or "no" picks the choice the exercise says it means ("i think so, yeah" is "I'm ready").
    private static PromptValidator<FoundChoice> AcceptChoice(StepDefinition step) => (context, cancellationToken) =>
    {
        if (!context.Recognized.Succeeded && (step.Yes is not null || step.No is not null)
            && (YesNo.RecognizeYesNo(context.Context.Activity.Text) ?? LooseYesNo(context.Context.Activity.Text)) is { } yes && (yes ? step.Yes : step.No) is { } value)
        {
            context.Recognized.Value = new FoundChoice { Value = value, Index = step.Choices!.ToList().FindIndex(c => c.Value == value), Score = 1 };
            context.Recognized.Succeeded = true;
        }

        return AcceptSkip<FoundChoice>()(context, cancellationToken);
    };

    // "i think so, yeah": a yes word anywhere and no word of doubt or refusal.
    private static bool? LooseYesNo(string? text)
    {
        var words = TextNormalizer.Tokenize(text);
        bool Any(params string[] these) => words.Any(w => these.Contains(w, StringComparer.Ordinal));
        if (Any("not", "no", "nope", "nah", "dont", "don", "maybe", "unsure", "later"))
        {
            return Any("yes", "yeah", "yep", "yup", "sure") ? null : Any("no", "nope", "nah") ? false : null;
        }

        return Any("yes", "yeah", "yep", "yup", "sure", "definitely", "absolutely") ? true : null;
    }

    private static bool IsSkip(string? text) =>
        text is not null && SkipPhrases.Contains(text.Trim().TrimEnd('.', '!', '?').Replace('’', '\''));

    private async Task<DialogTurnResult> RunStepAsync(ExerciseDefinition exercise, int index, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (index == 0 && step.GetOptions<ExerciseRestart>() is { } restart)
        {
            // Begun again by "back" (or with the person an offer named): the answers so far come with it, and the steps
            // before the one to begin at are passed over.
            foreach (var (key, value) in restart.Values)
            {
                step.Values[key] = value;
            }

            JumpTo(step, restart.StepIndex);
        }

        if (ReferenceEquals(step.Result, BackRequest))
        {
            return await GoBackAsync(exercise, step, cancellationToken).ConfigureAwait(false);
        }

        var answers = new ExerciseAnswers(step.Values);
        await KeepPendingAnswerAsync(exercise, step, answers, cancellationToken).ConfigureAwait(false);

        var jump = step.Values.GetValue<string>(JumpKey);
        if (jump is not null)
        {
            if (jump != index.ToString(CultureInfo.InvariantCulture))
            {
                return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            step.Values.Remove(JumpKey);
        }

        if (index == exercise.Steps.Count)
        {
            return await step.EndDialogAsync(new ExerciseResult(exercise.Id, answers.Displays().ToDictionary(), answers.Values().ToDictionary()), cancellationToken).ConfigureAwait(false);
        }

        var definition = exercise.Steps[index];
        if (definition.End)
        {
            JumpTo(step, exercise.Steps.Count);
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (definition.Branch is { } branch)
        {
            var value = answers.ValueOf(branch.On);
            var target = value is not null && branch.Cases.FirstOrDefault(c => string.Equals(c.Key, value, StringComparison.OrdinalIgnoreCase)) is { Value: not null } match
                ? match.Value
                : branch.Otherwise;
            JumpToStep(exercise, step, target);
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        JumpToStep(exercise, step, definition.Next);
        if (definition.Keep is { } keep)
        {
            var kept = SlotTemplate.Render(definition.Text!, answers.Displays());
            answers.Set(keep, kept, kept);
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (definition.Resources is not null)
        {
            await step.Context.SendActivityAsync(helplines.ComposeSafetyAtHome(step.Context.Activity.Locale), cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (definition.Say is { } say)
        {
            await step.Context.SendActivityAsync(SlotTemplate.Render(say, answers.Displays()), cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        step.Values[AskedKey] = string.Join(',', Asked(step).Append(index));
        if (answers.ValueOf(definition.Slot!) is not null)
        {
            // Already told (the person named in the message that led to the exercise): not asked again, and "back" from
            // the next question comes here to change it.
            return await step.NextAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        step.Values[PendingSlotKey] = definition.Slot;
        return await step.PromptAsync(PromptIdOf(exercise, definition.Slot!), PromptOptionsFor(definition, answers.Displays()), cancellationToken).ConfigureAwait(false);
    }

    // The questions asked so far, in order (step indexes), so "back" knows which came before.
    private static IEnumerable<int> Asked(WaterfallStepContext step) =>
        (step.Values.GetValue<string>(AskedKey) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    // "back": the question before the one just left is asked again, its old answer forgotten. The waterfall only runs
    // forward, so the exercise begins again with the answers so far and passes over the steps before that question.
    private static async Task<DialogTurnResult> GoBackAsync(ExerciseDefinition exercise, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var asked = Asked(step).ToList();
        var current = asked.Count > 0 ? asked[^1] : 0;
        int target;
        if (asked.Count >= 2)
        {
            target = asked[^2];
            asked.RemoveRange(asked.Count - 2, 2);
        }
        else
        {
            await step.Context.SendActivityAsync(BotMessages.FirstQuestionMessage, cancellationToken: cancellationToken).ConfigureAwait(false);
            target = current;
            asked.Clear();
        }

        var slot = exercise.Steps[target].Slot!;
        // What a 'keep' step after that question wrote belongs to the path taken from the old answer: forgotten too.
        var forgotten = exercise.Steps.Skip(target + 1).Select(s => s.Keep).OfType<string>().Append(slot).Select(s => ":" + s).ToList();
        var values = step.Values.Keys
            .Where(key => key is not (PendingSlotKey or JumpKey or AskedKey) && !forgotten.Any(f => key.EndsWith(f, StringComparison.Ordinal)))
            .Select(key => (Key: key, Value: step.Values.GetValue<string>(key)))
            .Where(kv => kv.Value is not null)
            .ToDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
        values[AskedKey] = string.Join(',', asked);
        return await step.ReplaceDialogAsync(DialogIdOf(exercise.Id), new ExerciseRestart(target, values), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// How to begin an exercise with an answer the person has already given: the person named in the message it was
    /// offered for ("my brother" in "I want to make amends with my brother"), said back as <paramref name="person"/>
    /// ("your brother"). The question is then not asked, if it is the name question in the <c>person</c> slot and the
    /// exercise's first question (so no earlier answer can lead past it, as "Yourself" does in acknowledge-harm), and the
    /// offer said the person back (so the yes was to them); otherwise nothing is carried over.
    /// </summary>
    public static ExerciseRestart? BeginWithPerson(ExerciseDefinition exercise, string? person)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        if (person is null || exercise.Offer?.Contains("{" + PersonSlot, StringComparison.Ordinal) != true
            || exercise.Steps.FirstOrDefault(s => s.Slot is not null) is not { Slot: PersonSlot, ExpectsName: true })
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        new ExerciseAnswers(values).Set(PersonSlot, person, person);
        return new ExerciseRestart(0, values.ToDictionary(v => v.Key, v => (string)v.Value!, StringComparer.Ordinal));
    }

    /// <summary>The dialog id of the prompt that asks <paramref name="question"/> of <paramref name="exercise"/>.</summary>
    public static string PromptIdOf(ExerciseDefinition exercise, StepDefinition question)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(question);
        return PromptIdOf(exercise, question.Slot ?? throw new ArgumentException("The step is not a question.", nameof(question)));
    }

    /// <summary>How <paramref name="question"/> is asked: its prompt and retry with earlier answers filled in, its choices as buttons.</summary>
    public static PromptOptions PromptOptionsFor(StepDefinition question, IReadOnlyDictionary<string, string> displays)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(displays);
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text(SlotTemplate.Render(question.Prompt!, displays)),
            RetryPrompt = question.Retry is null ? null : MessageFactory.Text(SlotTemplate.Render(question.Retry, displays)),
            MaxAttempts = MaxAttempts,
            TooManyAttemptsMessage = MessageFactory.Text(BotMessages.MoveOnMessage),
        };
        if (question.Choices is { } choices)
        {
            options.Choices = choices.Select(c => new Choice(c.Value, [.. c.Synonyms ?? [], c.DisplayTitle])
            {
                Action = new CardAction(ActionTypes.ImBack, c.DisplayTitle, value: c.DisplayTitle),
            }).ToList();
        }

        return options;
    }

    private static async Task KeepPendingAnswerAsync(ExerciseDefinition exercise, WaterfallStepContext step, ExerciseAnswers answers, CancellationToken cancellationToken)
    {
        var slot = step.Values.GetValue<string>(PendingSlotKey);
        if (slot is null)
        {
            return;
        }

        step.Values.Remove(PendingSlotKey);
        if (await TakeAnswerAsync(exercise.Steps.First(s => s.Slot == slot), step, cancellationToken).ConfigureAwait(false) is { } answer)
        {
            answers.Set(slot, answer.Value, answer.Display);
        }
    }

    /// <summary>
    /// The answer the prompt just gave for <paramref name="question"/>, as a value (what branches match on) and the words
    /// shown back; null when it was skipped ("not sure", said so) or not understood twice (the prompt already moved on).
    /// </summary>
    public static async Task<(string Value, string Display)?> TakeAnswerAsync(StepDefinition question, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(step);
        if (step.PromptNotRecognized)
        {
            return null;
        }

        // "not sure" skips a question, unless it is one of the question's own choices ("I'm not sure" as a button).
        if (IsSkip(step.Context.Activity.Text) && !(question.Ask == QuestionKind.Choice && step.Result is FoundChoice))
        {
            await step.Context.SendActivityAsync(BotMessages.SkipMessage, cancellationToken: cancellationToken).ConfigureAwait(false);
            return null;
        }

        switch (question.Ask, step.Result)
        {
            case (QuestionKind.Text, string text) when !string.IsNullOrWhiteSpace(text):
                // A name is shown back in the bot's voice ("my dad" as "your dad"); the person's own words stay the value.
                return (text.Trim(), question.ExpectsName ? PersonName.SaidBack(text.Trim()) : text.Trim());
            case (QuestionKind.Choice, FoundChoice found):
                var choice = question.Choices!.FirstOrDefault(c => c.Value == found.Value) ?? new ChoiceDefinition(found.Value);
                return (choice.Value, choice.DisplayTitle);
            case (QuestionKind.Confirm, bool yes):
                return (yes ? "yes" : "no", yes ? "yes" : "no");
            case (QuestionKind.Number, double number):
                var shown = number.ToString("0.##", CultureInfo.InvariantCulture);
                return (shown, shown);
            case (QuestionKind.Date, IList<DateTimeResolution> resolutions) when resolutions.Count > 0 && resolutions[0].GetEarliest() is { } date:
                var day = date.ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-US"));
                // Said back at once, so a misread ("next Saturday" is a week later for some) is noticed now, not at the end.
                await step.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, BotMessages.DateHeardFormat, day), cancellationToken: cancellationToken).ConfigureAwait(false);
                return (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day);
            default:
                return null;
        }
    }

    private static void JumpToStep(ExerciseDefinition exercise, WaterfallStepContext step, string? stepId)
    {
        if (stepId is null)
        {
            return;
        }

        var target = exercise.Steps.ToList().FindIndex(s => s.Id == stepId);
        if (target >= 0)
        {
            JumpTo(step, target);
        }
    }

    private static void JumpTo(WaterfallStepContext step, int target) =>
        step.Values[JumpKey] = target.ToString(CultureInfo.InvariantCulture);

    private static string StructureHash(ExerciseDefinition exercise)
    {
        var shape = new StringBuilder();
        foreach (var s in exercise.Steps)
        {
            shape.Append(s.Id).Append('|').Append(s.Ask).Append('|').Append(s.Slot).Append('|').Append(s.Say is null ? "" : "say")
                .Append('|').Append(s.End).Append('|').Append(s.Next).Append('|').Append(s.Branch?.On)
                .Append('|').Append(string.Join(',', s.Branch?.Cases.Select(c => c.Key + ">" + c.Value) ?? []))
                .Append('|').Append(s.Branch?.Otherwise)
                .Append('|').Append(string.Join(',', s.Choices?.Select(c => c.Value) ?? []));
            if (s.Keep is not null || s.Resources is not null)
            {
                // Only steps of these later kinds add to the shape, so the hash of every older exercise stays the same.
                shape.Append('|').Append(s.Keep).Append('|').Append(s.Resources);
            }

            shape.Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(shape.ToString())))[..16];
    }
}

/// <summary>What an exercise returns when it ends: its id and each answer.</summary>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="Answers">Slot to the answer's words, for showing back.</param>
/// <param name="Values">Slot to the answer's value (a choice's value, "yes"/"no", an ISO date).</param>
public sealed record ExerciseResult(string ExerciseId, IReadOnlyDictionary<string, string> Answers, IReadOnlyDictionary<string, string> Values);
