using System.Text.Json.Serialization;
using RecoveryBot.Dialogs.Prompts;

namespace RecoveryBot.Exercises;

/// <summary>One exercise as written in a <c>dialogs/*.yaml</c> file (the shape of <c>dialogs/exercise.schema.json</c>).</summary>
public sealed record ExerciseDefinition
{
    /// <summary>Stable identifier; also the dialog id.</summary>
    public required string Id { get; init; }

    /// <summary>The name shown in the menu.</summary>
    public required string Title { get; init; }

    /// <summary>One line telling what the exercise helps with.</summary>
    public required string Description { get; init; }

    /// <summary>Position in the menu; lower comes first.</summary>
    public int Order { get; init; }

    /// <summary>Phrases that start the exercise when typed.</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <summary>Said back when a description at the menu fits this exercise; ends with a yes/no question.</summary>
    public string? Offer { get; init; }

    /// <summary>Common questions asked during the exercise, with their answers.</summary>
    public IReadOnlyList<ExerciseQuestion> Questions { get; init; } = [];

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<StepDefinition> Steps { get; init; } = [];

    /// <summary>The closing summary, saved to the journal.</summary>
    public required SummaryDefinition Summary { get; init; }

    /// <summary>An optional check-in on a date the user gave.</summary>
    public CheckInDefinition? CheckIn { get; init; }

    /// <summary>The file the exercise came from, for messages.</summary>
    [JsonIgnore]
    public string SourceFile { get; init; } = "";

    /// <summary>
    /// The exercise as a group goes through it: its messages and questions in file order, except those marked
    /// <c>group: skip</c>, each question with the messages before it. Branches, ends, <c>keep</c> and <c>resources</c>
    /// steps belong to one person's path and are passed over; messages after the last question form a last step with
    /// no question.
    /// </summary>
    public IReadOnlyList<GroupStep> GroupSteps()
    {
        var steps = new List<GroupStep>();
        var says = new List<StepDefinition>();
        foreach (var step in Steps.Where(s => s.Group != "skip"))
        {
            if (step.Say is not null)
            {
                says.Add(step);
            }
            else if (step.Ask is not null)
            {
                steps.Add(new GroupStep(says, step));
                says = [];
            }
        }

        if (says.Count > 0)
        {
            steps.Add(new GroupStep(says, null));
        }

        return steps;
    }
}

/// <summary>One step: exactly one of <see cref="Say"/>, <see cref="Ask"/>, <see cref="Branch"/>, <see cref="End"/>,
/// <see cref="Keep"/> or <see cref="Resources"/>.</summary>
public sealed record StepDefinition
{
    /// <summary>Optional id, so branches and <see cref="Next"/> can point here.</summary>
    public string? Id { get; init; }

    /// <summary>The step to go to after this one; default the next in the list.</summary>
    public string? Next { get; init; }

    /// <summary>A message.</summary>
    public string? Say { get; init; }

    /// <summary>A question of this kind.</summary>
    public QuestionKind? Ask { get; init; }

    /// <summary>Where the answer is kept.</summary>
    public string? Slot { get; init; }

    /// <summary>The question.</summary>
    public string? Prompt { get; init; }

    /// <summary>Said when the answer was not understood.</summary>
    public string? Retry { get; init; }

    /// <summary>The choices of a choice question.</summary>
    public IReadOnlyList<ChoiceDefinition>? Choices { get; init; }

    /// <summary>The longest text answer accepted.</summary>
    public int? MaxLength { get; init; }

    /// <summary>For text questions: <c>name</c> when the answer names a person (a short name is kept).</summary>
    public string? Expect { get; init; }

    /// <summary>For choice questions: the value of the choice a plain yes means.</summary>
    public string? Yes { get; init; }

    /// <summary>For choice questions: the value of the choice a plain no means.</summary>
    public string? No { get; init; }

    /// <summary>True when the answer is kept as a person's short name.</summary>
    [JsonIgnore]
    public bool ExpectsName => Expect == "name";

    /// <summary>For dates: must be in the future.</summary>
    public bool Future { get; init; }

    /// <summary>For numbers: the smallest accepted.</summary>
    public double? Min { get; init; }

    /// <summary>For numbers: the largest accepted.</summary>
    public double? Max { get; init; }

    /// <summary>
    /// For numbers that are a length of time: the unit asked in (<c>days</c>, <c>weeks</c>, <c>months</c>, <c>years</c>),
    /// so "a year" or "6 weeks" is read in it.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>The <see cref="Unit"/> as the number prompt takes it; null without one.</summary>
    [JsonIgnore]
    public DurationUnit? DurationUnit => Unit switch
    {
        "days" => RecoveryBot.Dialogs.Prompts.DurationUnit.Days,
        "weeks" => RecoveryBot.Dialogs.Prompts.DurationUnit.Weeks,
        "months" => RecoveryBot.Dialogs.Prompts.DurationUnit.Months,
        "years" => RecoveryBot.Dialogs.Prompts.DurationUnit.Years,
        _ => null,
    };

    /// <summary>A branch on an earlier answer.</summary>
    public BranchDefinition? Branch { get; init; }

    /// <summary>Ends the steps here.</summary>
    public bool End { get; init; }

    /// <summary>Keeps <see cref="Text"/>, with earlier answers filled in, under this slot (for a summary line that
    /// depends on the path taken).</summary>
    public string? Keep { get; init; }

    /// <summary>What a <see cref="Keep"/> step keeps.</summary>
    public string? Text { get; init; }

    /// <summary>Shows the helplines for a situation (<c>violence-at-home</c>) in the person's locale.</summary>
    public string? Resources { get; init; }

    /// <summary>"skip": the step is left out of a group session (see <see cref="ExerciseDefinition.GroupSteps"/>).</summary>
    public string? Group { get; init; }
}

/// <summary>The kinds of question.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuestionKind>))]
public enum QuestionKind
{
    /// <summary>Free text.</summary>
    [JsonStringEnumMemberName("text")] Text,

    /// <summary>One of a list.</summary>
    [JsonStringEnumMemberName("choice")] Choice,

    /// <summary>Yes or no.</summary>
    [JsonStringEnumMemberName("confirm")] Confirm,

    /// <summary>A number.</summary>
    [JsonStringEnumMemberName("number")] Number,

    /// <summary>A date, in natural language.</summary>
    [JsonStringEnumMemberName("date")] Date,
}

/// <summary>A choice: written as a plain string, or with a title and synonyms.</summary>
[JsonConverter(typeof(ChoiceDefinitionConverter))]
public sealed record ChoiceDefinition(string Value, string? Title = null, IReadOnlyList<string>? Synonyms = null)
{
    /// <summary>What the user sees.</summary>
    public string DisplayTitle => Title ?? Value;
}

/// <summary>Go to a step depending on an earlier answer.</summary>
public sealed record BranchDefinition
{
    /// <summary>The slot whose answer decides.</summary>
    public required string On { get; init; }

    /// <summary>Answer value to step id.</summary>
    public IReadOnlyDictionary<string, string> Cases { get; init; } = new Dictionary<string, string>();

    /// <summary>Where to go for any other answer, or none; default the next step.</summary>
    public string? Otherwise { get; init; }
}

/// <summary>The closing summary.</summary>
public sealed record SummaryDefinition(string Title, string Text);

/// <summary>A check-in sent on the date held in <see cref="DateSlot"/>.</summary>
public sealed record CheckInDefinition(string DateSlot, string Message)
{
    /// <summary>When set, the check-in is planned only if this earlier answer is one of the listed values.</summary>
    public CheckInCondition? OnlyIf { get; init; }
}

/// <summary>A condition on an earlier choice or yes/no answer.</summary>
/// <param name="On">The slot.</param>
/// <param name="Is">The values that meet the condition.</param>
public sealed record CheckInCondition(string On, IReadOnlyList<string> Is)
{
    /// <summary>True when <paramref name="values"/> holds one of <see cref="Is"/> under <see cref="On"/>.</summary>
    public bool IsMetBy(IReadOnlyDictionary<string, string> values) =>
        values is not null && values.TryGetValue(On, out var value) && Is.Contains(value, StringComparer.OrdinalIgnoreCase);
}
