using RecoveryBot.Exercises;

namespace RecoveryBot.Understanding;

/// <summary>What the bot is waiting for when a message arrives: an exercise's question, or nothing in particular.</summary>
/// <param name="ExerciseId">The exercise being walked, or null at the menu or with nothing running.</param>
/// <param name="Slot">The question's slot in that exercise.</param>
/// <param name="Kind">The kind of answer the question takes.</param>
/// <param name="ExpectsDarkAnswers">True when an honest answer may well talk about harm, shame or loss (every free-text
/// question of a reflection exercise): the safety check weighs unsure signals with that in mind.</param>
public sealed record PendingQuestion(string? ExerciseId, string? Slot, QuestionKind? Kind, bool ExpectsDarkAnswers)
{
    /// <summary>Nothing running, or the menu: a message is a request, not an answer.</summary>
    public static PendingQuestion None { get; } = new(null, null, null, false);

    /// <summary>Not known: the conversation's state could not be read. Treated like <see cref="None"/>.</summary>
    public static PendingQuestion Unknown { get; } = new(null, null, null, false);

    /// <summary>A yes/no question of the bot's own (an offer, "continue?", "delete everything?", a group's "share it?"):
    /// short answers are expected.</summary>
    public static PendingQuestion YesNo { get; } = new(null, null, QuestionKind.Confirm, false);

    /// <summary>True for a question whose every reply is its answer, never talk at the menu: a group session's "share
    /// it?" (anything but a plain yes keeps the answer private). The bot's other yes/no questions (an exercise offer,
    /// "continue where you left off?") take a feeling, a greeting or another request as what it is.</summary>
    public bool KeepsReply { get; init; }

    /// <summary>True while an exercise waits for the answer to one of its questions.</summary>
    public bool IsExerciseQuestion => ExerciseId is not null && Slot is not null;

    /// <summary>For a choice question: each choice's value, title and synonyms (as <see cref="TextKey.OfPhrase"/>
    /// keys). A message that is exactly one of them is that answer, whatever else it might sound like.</summary>
    public IReadOnlySet<string>? ChoiceWords { get; init; }

    /// <summary>The exercise's own common questions (<c>questions:</c> examples, as <see cref="TextKey.OfPhrase"/> keys):
    /// a message that is exactly one of them is a question to answer, like a command's own words.</summary>
    public IReadOnlySet<string>? ListedQuestions { get; init; }

    /// <summary>The words of the question as the bot asked it (<see cref="TextKey.Of"/> form, a template's fallback words
    /// included): "how long? years, maybe ten" repeats the question before answering it.</summary>
    public IReadOnlySet<string>? PromptWords { get; init; }

    /// <summary>True for a free-text question that asks for a name ("Who is it?"): its answer is read as a name.</summary>
    public bool ExpectsName { get; init; }

    /// <summary>The pending question of <paramref name="step"/> in <paramref name="exercise"/>.</summary>
    public static PendingQuestion Of(ExerciseDefinition exercise, StepDefinition step)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(step);
        var kind = step.Ask ?? throw new ArgumentException("The step is not a question.", nameof(step));

        // Every free-text question of a reflection exercise invites talk of harm, shame or loss.
        return new PendingQuestion(exercise.Id, step.Slot, kind, kind == QuestionKind.Text)
        {
            ExpectsName = step.ExpectsName,
            ChoiceWords = step.Choices?
                .SelectMany(c => (c.Synonyms ?? []).Append(c.Value).Append(c.DisplayTitle))
                .Select(TextKey.OfPhrase)
                .ToHashSet(StringComparer.Ordinal),
            ListedQuestions = exercise.Questions.SelectMany(q => q.Examples).Where(MessageText.IsAsked).Select(TextKey.OfPhrase).ToHashSet(StringComparer.Ordinal),
            PromptWords = TextKey.Of(step.Prompt).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
        };
    }
}
