using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace RecoveryBot.Exercises;

/// <summary>
/// Reads and checks exercise files: YAML syntax, the JSON Schema in <c>dialogs/exercise.schema.json</c>, then what a
/// schema cannot say (unknown or duplicate slots, branches to missing steps, ids and triggers used twice).
/// </summary>
public sealed partial class ExerciseFileValidator
{
    private static readonly JsonSerializerOptions ModelOptions = new(JsonSerializerDefaults.Web);
    private readonly JsonSchema _schema;
    private readonly Dictionary<string, string> _allowedValues;

    /// <summary>Creates the validator with the schema built into the app.</summary>
    public ExerciseFileValidator()
    {
        using var stream = typeof(ExerciseFileValidator).Assembly.GetManifestResourceStream("exercise.schema.json")
            ?? throw new InvalidOperationException("The exercise schema is missing from the build.");
        using var reader = new StreamReader(stream);
        var schema = reader.ReadToEnd();
        // A registry of its own: the library's global one refuses the same schema id twice in one process.
        _schema = JsonSchema.FromText(schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        _allowedValues = AllowedValues(schema);
    }

    // Each field with a fixed list of values ("ask", "unit", "resources") and that list, for the message when a file
    // uses another value.
    private static Dictionary<string, string> AllowedValues(string schema)
    {
        var allowed = new Dictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(schema);
        var pending = new Stack<JsonElement>([document.RootElement]);
        while (pending.TryPop(out var element))
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    pending.Push(item);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("enum", out var values))
                    {
                        allowed.TryAdd(property.Name, string.Join(", ", values.EnumerateArray().Select(v => v.ToString())));
                    }

                    pending.Push(property.Value);
                }
            }
        }

        return allowed;
    }

    /// <summary>Placeholders in text: <c>{slot}</c> or <c>{slot|words used when it was not answered}</c>.</summary>
    [GeneratedRegex(@"\{(?<slot>[a-zA-Z][a-zA-Z0-9]*)(\|(?<fallback>[^{}]*))?\}")]
    public static partial Regex Placeholder();

    [GeneratedRegex(@"\bhow many (?<unit>days|weeks|months|years)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForLengthOfTime();

    /// <summary>Reads every <c>*.yaml</c>/<c>*.yml</c> file in <paramref name="folder"/> and checks them together.</summary>
    public ExerciseLoadResult ValidateFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new ExerciseLoadResult([], [new ExerciseProblem(folder, 1, 1, "The exercise folder does not exist.")]);
        }

        var files = Directory.EnumerateFiles(folder, "*.yaml")
            .Concat(Directory.EnumerateFiles(folder, "*.yml"))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)))
            .ToList();
        if (files.Count == 0)
        {
            return new ExerciseLoadResult([], [new ExerciseProblem(folder, 1, 1, "The exercise folder has no .yaml files.")]);
        }

        return Validate(files);
    }

    /// <summary>Checks the given files (path, text) together.</summary>
    public ExerciseLoadResult Validate(IEnumerable<(string Path, string Text)> files)
    {
        var problems = new List<ExerciseProblem>();
        var exercises = new List<(ExerciseDefinition Exercise, YamlDocumentReader Document)>();
        foreach (var (path, text) in files)
        {
            var read = ReadFile(path, text, problems);
            if (read is not null)
            {
                exercises.Add(read.Value);
            }
        }

        CheckAcrossFiles(exercises, problems);
        return new ExerciseLoadResult(
            problems.Count == 0 ? exercises.Select(e => e.Exercise).OrderBy(e => e.Order).ThenBy(e => e.Title, StringComparer.Ordinal).ToList() : [],
            problems);
    }

    private (ExerciseDefinition, YamlDocumentReader)? ReadFile(string path, string text, List<ExerciseProblem> problems)
    {
        var document = YamlDocumentReader.TryRead(text, out var yamlError);
        if (document is null)
        {
            problems.Add(new ExerciseProblem(path, yamlError!.Value.Line, yamlError.Value.Column, yamlError.Value.Message));
            return null;
        }

        using var json = JsonDocument.Parse(document.Root?.ToJsonString() ?? "null");
        var results = _schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (!results.IsValid)
        {
            foreach (var (pointer, message) in SchemaMessages(results, _allowedValues))
            {
                var (line, column) = document.PositionOf(pointer);
                problems.Add(new ExerciseProblem(path, line, column, message));
            }

            return null;
        }

        var exercise = json.RootElement.Deserialize<ExerciseDefinition>(ModelOptions)! with { SourceFile = path };
        var before = problems.Count;
        CheckOneFile(exercise, (pointer, message) =>
        {
            var (line, column) = document.PositionOf(pointer);
            problems.Add(new ExerciseProblem(path, line, column, message));
        });
        return problems.Count == before ? (exercise, document) : null;
    }

    // Turns the schema library's output into one plain sentence per place. Walks only failed nodes, and stops at a
    // failed oneOf: below it every alternative fails too, and the oneOf's own message is the useful one.
    private static IEnumerable<(string Pointer, string Message)> SchemaMessages(EvaluationResults results, Dictionary<string, string> allowedValues)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<EvaluationResults>([results]);
        while (pending.TryPop(out var node))
        {
            if (node.IsValid)
            {
                continue;
            }

            var pointer = node.InstanceLocation.ToString();
            var evaluationPath = node.EvaluationPath.ToString();
            if (evaluationPath.EndsWith("/if", StringComparison.Ordinal))
            {
                // An 'if' that does not match is how if/then/else works, not a problem.
                continue;
            }

            foreach (var (keyword, raw) in node.Errors ?? new Dictionary<string, string>())
            {
                var message = Explain(keyword, raw, pointer, evaluationPath, allowedValues);
                if (seen.Add(pointer + "\n" + message))
                {
                    yield return (pointer, message);
                }
            }

            var children = node.Details ?? [];
            var alternatives = children.Where(c => OneOfAlternative().IsMatch(c.EvaluationPath.ToString())).ToList();
            if (alternatives.Count > 0 && alternatives.Count(a => a.IsValid) != 1)
            {
                var message = Explain("oneOf", "", pointer, evaluationPath, allowedValues);
                if (seen.Add(pointer + "\n" + message))
                {
                    yield return (pointer, message);
                }
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                if (!alternatives.Contains(children[i]))
                {
                    pending.Push(children[i]);
                }
            }
        }
    }

    private static string Explain(string keyword, string raw, string pointer, string evaluationPath, Dictionary<string, string> allowedValues)
    {
        var name = pointer[(pointer.LastIndexOf('/') + 1)..];
        var field = pointer.Length == 0 ? "The exercise"
            : int.TryParse(name, out var index) ? (pointer.StartsWith("/steps/", StringComparison.Ordinal) && pointer.Count(c => c == '/') == 2 ? "Step " : "Item ") + (index + 1)
            : "'" + name + "'";
        return keyword switch
        {
            "oneOf" when StepPointer().IsMatch(pointer) =>
                "A step needs exactly one of 'say', 'ask' (with 'slot' and 'prompt'), 'branch', 'end', 'keep' (with 'text') or 'resources'; 'next' cannot go with 'branch' or 'end'.",
            "required" => $"{field} is missing {string.Join(", ", QuotedName().Matches(raw).Select(m => "'" + m.Groups[1].Value + "'"))}.",
            _ when raw.Contains("false schema", StringComparison.Ordinal) || keyword == "additionalProperties" => $"{field} is not a field this format knows; check its spelling.",
            "const" when evaluationPath.Contains("/not", StringComparison.Ordinal) || evaluationPath.Contains("/else", StringComparison.Ordinal) =>
                "'choices' only goes with a choice question.",
            "not" when evaluationPath.Contains("/else", StringComparison.Ordinal) => "'choices' only goes with a choice question.",
            "pattern" when pointer.EndsWith("/slot", StringComparison.Ordinal) || pointer.Contains("/on", StringComparison.Ordinal) =>
                $"{field} must be a name like 'person' or 'firstStep': a letter, then letters and digits.",
            "pattern" => $"{field} must be lowercase words joined by hyphens, like 'plan-amends'.",
            "enum" when allowedValues.TryGetValue(name, out var values) => $"{field} must be one of: {values}.",
            "enum" => $"{field} is not one of the values this format allows.",
            "type" => $"{field} has the wrong kind of value ({raw}).",
            "minLength" => $"{field} cannot be empty.",
            "maxLength" => $"{field} is too long ({raw}).",
            "minItems" => $"{field} needs more items ({raw}).",
            "maxItems" => $"{field} has too many items ({raw}).",
            _ => $"{field}: {raw}",
        };
    }

    [GeneratedRegex(@"/oneOf/\d+$")]
    private static partial Regex OneOfAlternative();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"^/steps/\d+$")]
    private static partial Regex StepPointer();

    /// <summary>The longest menu title that shows as a button on every channel (Teams cuts longer ones).</summary>
    public const int MaxTitleLength = 20;

    private static void CheckOneFile(ExerciseDefinition exercise, Action<string, string> report)
    {
        var stepIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var slots = new Dictionary<string, StepDefinition>(StringComparer.Ordinal);
        var keeps = exercise.Steps.Where(s => s.Keep is not null).Select(s => s.Keep!).ToHashSet(StringComparer.Ordinal);
        if (exercise.Title.Length > MaxTitleLength)
        {
            report("/title", $"The title is {exercise.Title.Length} characters; {MaxTitleLength} or fewer shows as a button on every channel.");
        }

        for (var i = 0; i < exercise.Steps.Count; i++)
        {
            var step = exercise.Steps[i];
            if (step.Id is not null && !stepIds.TryAdd(step.Id, i))
            {
                report($"/steps/{i}/id", $"The step id '{step.Id}' is used twice in this file.");
            }

            if (step.Slot is not null && !slots.TryAdd(step.Slot, step))
            {
                report($"/steps/{i}/slot", $"The slot '{step.Slot}' is used by two questions; give each question its own slot.");
            }

            if (step.Choices is { } choices)
            {
                var duplicate = choices.GroupBy(c => c.Value, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null)
                {
                    report($"/steps/{i}/choices", $"The choice '{duplicate.Key}' is listed twice.");
                }
            }
        }

        for (var i = 0; i < exercise.Steps.Count; i++)
        {
            var step = exercise.Steps[i];
            CheckTarget(step.Next, $"/steps/{i}/next", i);
            if (step.Branch is { } branch)
            {
                if (!slots.TryGetValue(branch.On, out var asked))
                {
                    report($"/steps/{i}/branch/on", $"The branch is on '{branch.On}', but no question in this file has that slot.");
                }
                else
                {
                    var known = asked.Ask switch
                    {
                        QuestionKind.Choice => asked.Choices!.Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase),
                        QuestionKind.Confirm => new HashSet<string>(["yes", "no"], StringComparer.OrdinalIgnoreCase),
                        _ => null,
                    };
                    if (known is null)
                    {
                        report($"/steps/{i}/branch/on", $"A branch can only be on a choice or confirm question; '{branch.On}' is a {asked.Ask?.ToString().ToLowerInvariant()} question.");
                    }
                    else
                    {
                        foreach (var value in branch.Cases.Keys.Where(v => !known.Contains(v)))
                        {
                            report($"/steps/{i}/branch/cases/{value}", $"'{value}' is not an answer of '{branch.On}' (answers: {string.Join(", ", known)}).");
                        }
                    }
                }

                foreach (var (value, target) in branch.Cases)
                {
                    CheckTarget(target, $"/steps/{i}/branch/cases/{value}", i);
                }

                CheckTarget(branch.Otherwise, $"/steps/{i}/branch/otherwise", i);
            }

            if (step.Ask is not null && string.IsNullOrWhiteSpace(step.Retry))
            {
                report($"/steps/{i}", $"The question '{step.Slot}' has no 'retry': say what to do when the answer wasn't understood, with an example that works.");
            }

            if (step.Keep is not null && slots.ContainsKey(step.Keep))
            {
                report($"/steps/{i}/keep", $"'{step.Keep}' is already a question's slot; a 'keep' step needs a slot of its own.");
            }

            if (step.Expect is not null && step.Ask != QuestionKind.Text)
            {
                report($"/steps/{i}/expect", "'expect' is for text questions only.");
            }

            if (step.Unit is not null && step.Ask != QuestionKind.Number)
            {
                report($"/steps/{i}/unit", "'unit' is for number questions only.");
            }

            // Without a unit, "a year" to "how many months?" has no number in it, and "a year? she took 5 years" is read as 5.
            if (step.Ask == QuestionKind.Number && step.Unit is null && step.Prompt is not null && AsksForLengthOfTime().Match(step.Prompt) is { Success: true } length)
            {
                report($"/steps/{i}", $"The question '{step.Slot}' asks for a length of time ('{length.Value}'): add 'unit: {length.Groups["unit"].Value.ToLowerInvariant()}' so answers like \"a year\" are read in it.");
            }

            foreach (var (answer, value) in new[] { ("yes", step.Yes), ("no", step.No) })
            {
                if (value is not null && step.Choices?.Any(c => c.Value == value) != true)
                {
                    report($"/steps/{i}/{answer}", $"'{value}' is not a choice value of this question.");
                }
            }

            CheckPlaceholders(step.Say, $"/steps/{i}/say", step.Slot);
            CheckPlaceholders(step.Text, $"/steps/{i}/text", step.Keep);
            CheckPlaceholders(step.Prompt, $"/steps/{i}/prompt", step.Slot);
            CheckPlaceholders(step.Retry, $"/steps/{i}/retry", step.Slot);
        }

        foreach (var placeholder in exercise.Offer is null ? [] : Placeholder().Matches(exercise.Offer).Select(m => m.Groups["slot"].Value).Where(s => s != "person"))
        {
            report("/offer", $"{{{placeholder}}}: an offer is made before any question, so only {{person}} (the person mentioned) can be used.");
        }

        CheckPlaceholders(exercise.Summary.Title, "/summary/title", null);
        CheckPlaceholders(exercise.Summary.Text, "/summary/text", null);
        if (exercise.CheckIn is { } checkIn)
        {
            if (!slots.TryGetValue(checkIn.DateSlot, out var dateStep) || dateStep.Ask != QuestionKind.Date)
            {
                report("/checkIn/dateSlot", $"The check-in needs a date question's slot; '{checkIn.DateSlot}' is not one in this file.");
            }

            CheckPlaceholders(checkIn.Message, "/checkIn/message", null);
            if (checkIn.OnlyIf is { } condition)
            {
                var known = !slots.TryGetValue(condition.On, out var on) ? null
                    : on.Ask == QuestionKind.Choice ? on.Choices!.Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
                    : on.Ask == QuestionKind.Confirm ? new HashSet<string>(["yes", "no"], StringComparer.OrdinalIgnoreCase)
                    : null;
                if (known is null)
                {
                    report("/checkIn/onlyIf/on", $"'onlyIf' needs a choice or yes/no question's slot; '{condition.On}' is not one in this file.");
                }
                else
                {
                    foreach (var value in condition.Is.Where(v => !known.Contains(v)))
                    {
                        report("/checkIn/onlyIf/is", $"'{value}' is not an answer of '{condition.On}' (answers: {string.Join(", ", known)}).");
                    }
                }
            }
        }

        CheckGroupSteps(exercise, report);

        // Jumps only go forward: an exercise is a waterfall, and a loop would ask the same things again.
        void CheckTarget(string? target, string pointer, int from)
        {
            if (target is null)
            {
                return;
            }

            if (!stepIds.TryGetValue(target, out var to))
            {
                report(pointer, $"There is no step with the id '{target}' in this file.");
            }
            else if (to <= from)
            {
                report(pointer, $"'{target}' comes before this step; a branch or 'next' can only go forward.");
            }
        }

        void CheckPlaceholders(string? text, string pointer, string? ownSlot)
        {
            if (text is null)
            {
                return;
            }

            foreach (Match match in Placeholder().Matches(text))
            {
                var slot = match.Groups["slot"].Value;
                if (!slots.ContainsKey(slot) && !keeps.Contains(slot))
                {
                    report(pointer, $"{{{slot}}} is not a slot of any question (or 'keep' step) in this file, so it is never asked.");
                }
                else if (slot == ownSlot)
                {
                    report(pointer, $"{{{slot}}} is the answer to this very question, so it is not known yet.");
                }
            }
        }
    }

    // A group goes through the messages and questions in order, without branches or 'keep' steps: each text it sees
    // may only use answers given earlier on that same way (or have a fallback), and there must be something to answer.
    private static void CheckGroupSteps(ExerciseDefinition exercise, Action<string, string> report)
    {
        for (var i = 0; i < exercise.Steps.Count; i++)
        {
            if (exercise.Steps[i] is { Group: "skip", Say: null, Ask: null })
            {
                report($"/steps/{i}/group", "'group: skip' goes only on a message or a question; a group passes over the other steps anyway.");
            }
        }

        var steps = exercise.GroupSteps();
        if (!steps.Any(s => s.Question is not null))
        {
            report("/steps", "A group would have no question to answer here: leave at least one question without 'group: skip'.");
            return;
        }

        // A slot no question or 'keep' fills is reported once, by the check for unknown slots.
        var known = exercise.Steps.Select(s => s.Slot ?? s.Keep).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in steps.SelectMany(s => s.Question is null ? s.Says : [.. s.Says, s.Question]))
        {
            var index = exercise.Steps.ToList().IndexOf(step);
            foreach (var (text, field) in new[] { (step.Say, "say"), (step.Prompt, "prompt"), (step.Retry, "retry") })
            {
                foreach (Match match in Placeholder().Matches(text ?? ""))
                {
                    var slot = match.Groups["slot"].Value;
                    if (!match.Groups["fallback"].Success && !answered.Contains(slot) && known.Contains(slot))
                    {
                        report($"/steps/{index}/{field}", $"In a group session {{{slot}}} is not answered before this step (a group passes over branches and 'keep' steps): mark this step 'group: skip', or give the slot a fallback ({{{slot}|...}}).");
                    }
                }
            }

            if (step.Slot is not null)
            {
                answered.Add(step.Slot);
            }
        }
    }

    private static void CheckAcrossFiles(List<(ExerciseDefinition Exercise, YamlDocumentReader Document)> exercises, List<ExerciseProblem> problems)
    {
        foreach (var group in exercises.GroupBy(e => e.Exercise.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var (exercise, document) in group.Skip(1))
            {
                var (line, column) = document.PositionOf("/id");
                problems.Add(new ExerciseProblem(exercise.SourceFile, line, column,
                    $"The exercise id '{exercise.Id}' is already used by {Path.GetFileName(group.First().Exercise.SourceFile)}."));
            }
        }

        var triggers = new Dictionary<string, ExerciseDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var (exercise, document) in exercises)
        {
            for (var i = 0; i < exercise.Triggers.Count; i++)
            {
                var trigger = exercise.Triggers[i].Trim();
                if (triggers.TryGetValue(trigger, out var owner) && owner.Id != exercise.Id)
                {
                    var (line, column) = document.PositionOf($"/triggers/{i}");
                    problems.Add(new ExerciseProblem(exercise.SourceFile, line, column,
                        $"The trigger '{trigger}' already starts '{owner.Id}'."));
                }
                else
                {
                    triggers[trigger] = exercise;
                }
            }
        }
    }
}

/// <summary>The exercises read from a folder, or the problems that stopped them.</summary>
/// <param name="Exercises">The exercises in menu order; empty when there are problems.</param>
/// <param name="Problems">Every problem found.</param>
public sealed record ExerciseLoadResult(IReadOnlyList<ExerciseDefinition> Exercises, IReadOnlyList<ExerciseProblem> Problems)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool IsValid => Problems.Count == 0;
}
