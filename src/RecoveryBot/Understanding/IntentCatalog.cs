using System.Collections.Frozen;
using System.Text.Json.Nodes;
using RecoveryBot.Exercises;

namespace RecoveryBot.Understanding;

/// <summary>
/// The intents read from <c>dialogs/intents/*.yaml</c>, checked once at start-up (and by <c>validate dialogs</c>)
/// against the commands the bot has and the exercises in the catalog. Also the exact-phrase table matched before the
/// classifier: each command's <c>phrases</c> and each exercise's title and triggers.
/// </summary>
public sealed class IntentCatalog
{
    /// <summary>The folder of intent files inside the exercise folder.</summary>
    public const string FolderName = "intents";

    /// <summary>Fewer examples than this cannot teach the classifier an intent.</summary>
    public const int MinExamples = 5;

    private readonly FrozenDictionary<string, string> _phrases;

    private IntentCatalog(IReadOnlyList<IntentDefinition> intents, FrozenDictionary<string, string> phrases)
    {
        Intents = intents;
        _phrases = phrases;
    }

    /// <summary>Every intent, in file order.</summary>
    public IReadOnlyList<IntentDefinition> Intents { get; }

    /// <summary>Reads <c>{exerciseFolder}/intents</c>; any problem throws <see cref="ExerciseValidationException"/> listing them all.</summary>
    public static IntentCatalog Load(string exerciseFolder, ExerciseCatalog exercises)
    {
        var (catalog, problems) = Validate(exerciseFolder, exercises);
        return catalog ?? throw new ExerciseValidationException(problems);
    }

    /// <summary>Reads and checks the intent files; returns the catalog, or null and every problem found.</summary>
    public static (IntentCatalog? Catalog, IReadOnlyList<ExerciseProblem> Problems) Validate(string exerciseFolder, ExerciseCatalog exercises)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        var folder = Path.Combine(exerciseFolder, FolderName);
        var problems = new List<ExerciseProblem>();
        if (!Directory.Exists(folder))
        {
            return (null, [new ExerciseProblem(folder, 1, 1, "The intents folder does not exist.")]);
        }

        var known = IntentIds.Commands.Concat(IntentIds.Conversation).Concat(exercises.Exercises.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
        var intents = new List<IntentDefinition>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        // Whether each message (as a key) is learned by the crisis model as everyday talk: one message both ways is an error.
        var learned = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var document = YamlDocumentReader.TryRead(File.ReadAllText(path), out var error);
            if (document is null)
            {
                problems.Add(new ExerciseProblem(path, error!.Value.Line, error.Value.Column, error.Value.Message));
                continue;
            }

            void Report(string pointer, string message)
            {
                var (line, column) = document.PositionOf(pointer);
                problems.Add(new ExerciseProblem(path, line, column, message));
            }

            if (document.Root?["intents"] is not JsonArray list)
            {
                Report("", "An intent file needs a list under 'intents'.");
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                var node = list[i] as JsonObject;
                var id = (node?["id"] as JsonValue)?.TryGetValue<string>(out var s) == true ? s : null;
                if (id is null || !known.Contains(id))
                {
                    Report($"/intents/{i}/id", $"'{id}' is not a command, an exercise id or one of: {string.Join(", ", IntentIds.Conversation)}.");
                    continue;
                }

                if (list.Take(i).Any(other => (string?)other?["id"] == id))
                {
                    Report($"/intents/{i}/id", $"The intent '{id}' is already listed in this file.");
                    continue;
                }

                var phrases = Strings(node!, "phrases", $"/intents/{i}", Report);
                var examples = Strings(node!, "examples", $"/intents/{i}", Report);
                var learnedAsEveryday = true;
                if (node!["crisisModelLearns"] is { } learns && (learns as JsonValue)?.TryGetValue(out learnedAsEveryday) != true)
                {
                    Report($"/intents/{i}/crisisModelLearns", "'crisisModelLearns' must be true or false.");
                }

                // One message in two intents teaches the classifier nothing but confusion.
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var all = phrases.Select((p, k) => (Text: p, Pointer: $"/intents/{i}/phrases/{k}"))
                    .Concat(examples.Select((e, k) => (Text: e, Pointer: $"/intents/{i}/examples/{k}")));
                foreach (var (text, pointer) in all)
                {
                    var key = TextKey.OfPhrase(text);
                    if (owners.TryGetValue(key, out var owner) && owner != id)
                    {
                        Report(pointer, $"This message is also an example of '{owner}'.");
                    }
                    else if (owner == id && !seen.Add(key))
                    {
                        // The same line twice in one intent only weighs it double; harmless, so not an error.
                    }

                    owners[key] = id;
                }

                for (var k = 0; k < examples.Count; k++)
                {
                    var key = TextKey.OfPhrase(examples[k]);
                    if (learned.TryGetValue(key, out var before) && before != learnedAsEveryday)
                    {
                        Report($"/intents/{i}/examples/{k}", "This message is marked crisisModelLearns: false in one place and not in another.");
                    }

                    learned[key] = learnedAsEveryday;
                }

                // Several files may add examples to one intent (a second author, a counsellor's additions).
                var earlier = intents.FindIndex(x => x.Id == id);
                List<string> notEveryday = learnedAsEveryday ? [] : examples;
                if (earlier < 0)
                {
                    intents.Add(new IntentDefinition(id, (string?)node!["description"] ?? "", phrases, examples, notEveryday));
                }
                else
                {
                    var before = intents[earlier];
                    intents[earlier] = before with
                    {
                        Phrases = [.. before.Phrases, .. phrases],
                        Examples = [.. before.Examples, .. examples],
                        NotEveryday = [.. before.NotEveryday ?? [], .. notEveryday],
                    };
                }
            }
        }

        // Counted over every file, since several files may add to one intent.
        foreach (var few in intents.Where(x => x.Examples.Count < MinExamples))
        {
            problems.Add(new ExerciseProblem(folder, 1, 1, $"'{few.Id}' needs at least {MinExamples} examples to be learned; it has {few.Examples.Count}."));
        }

        foreach (var missing in known.Where(k => k != IntentIds.Answer && intents.All(x => x.Id != k)).Order(StringComparer.Ordinal))
        {
            problems.Add(new ExerciseProblem(folder, 1, 1, $"'{missing}' has no examples in any intent file."));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        // The questions the exercise files answer (their 'questions:' examples) are questions too: the classifier
        // learns them, so that asking one in the middle of an exercise gets its answer instead of being kept. Only the
        // examples worded as questions: "I have no friends" may well be an answer. A line some intent file already
        // claims stays with that intent.
        var faq = exercises.Exercises.SelectMany(e => e.Questions).SelectMany(q => q.Examples)
            .Where(e => MessageText.IsAsked(e) && !owners.ContainsKey(TextKey.OfPhrase(e)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var questionIndex = intents.FindIndex(x => x.Id == IntentIds.Question);
        if (questionIndex >= 0 && faq.Count > 0)
        {
            intents[questionIndex] = intents[questionIndex] with { Examples = [.. intents[questionIndex].Examples, .. faq] };
        }

        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var exercise in exercises.Exercises)
        {
            foreach (var name in exercise.Triggers.Append(exercise.Title))
            {
                table[TextKey.OfPhrase(name)] = exercise.Id;
            }
        }

        foreach (var intent in intents)
        {
            foreach (var phrase in intent.Phrases)
            {
                table[TextKey.OfPhrase(phrase)] = intent.Id;
            }
        }

        return (new IntentCatalog(intents, table.ToFrozenDictionary(StringComparer.Ordinal)), []);
    }

    /// <summary>The intent a whole message names exactly (a command phrase, an exercise title or trigger), or null.</summary>
    public string? ExactMatch(string? text) => ExactMatchOfKey(TextKey.OfPhrase(text));

    /// <summary>As <see cref="ExactMatch"/>, for a message already reduced to its <see cref="TextKey.OfPhrase"/> key.</summary>
    public string? ExactMatchOfKey(string key) => _phrases.GetValueOrDefault(key);

    private static List<string> Strings(JsonObject node, string name, string pointer, Action<string, string> report)
    {
        var result = new List<string>();
        if (node[name] is null)
        {
            return result;
        }

        if (node[name] is not JsonArray array)
        {
            report($"{pointer}/{name}", $"'{name}' must be a list of messages.");
            return result;
        }

        for (var k = 0; k < array.Count; k++)
        {
            if ((array[k] as JsonValue)?.TryGetValue<string>(out var text) != true || string.IsNullOrWhiteSpace(text) || text.Length > 300)
            {
                report($"{pointer}/{name}/{k}", "Each message must be text of 1 to 300 characters (put numbers and true/false in quotes).");
                continue;
            }

            result.Add(text);
        }

        return result;
    }
}
