using RecoveryBot.Understanding;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Understanding;

/// <summary>The intent classifier on its own training data: it trains, and 5-fold cross-validation (the honest
/// development estimate; the held-out sets are for the end) is printed by intent.</summary>
public sealed class IntentClassifierTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_shipped_model_trains()
    {
        var (classifier, elapsed, _, failure) = await new IntentModel(Interpreters.Intents).EnsureTrainedAsync();
        Assert.True(classifier is not null, failure);
        output.WriteLine($"{classifier!.ExampleCount} examples in {elapsed.TotalMilliseconds:F0} ms");
        foreach (var text in new[] { "take me to the main menu", "show me my past answers", "can i change my last answer", "i want to say sorry to my brother", "hello there" })
        {
            output.WriteLine(text + " => " + string.Join(", ", classifier.Rank(text).Take(4).Select(r => $"{r.Intent} {r.Probability:F2}")));
        }

        Assert.Equal(IntentIds.Pause, classifier.Rank("can we stop here for tonight and pick it up tomorrow")[0].Intent);
    }
}

/// <summary>5-fold cross-validation of the interpreter's decisions on the training examples (the development estimate).</summary>
public sealed class IntentCrossValidationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Cross_validated_decisions_are_reported()
    {
        var crisis = new RecoveryBot.Safety.CrisisSecondOpinion(null, Interpreters.EverydayMessages);
        await crisis.EnsureTrainedAsync();
        var detector = new RecoveryBot.Safety.CrisisDetector(crisis);
        var examples = Interpreters.Intents.Intents.SelectMany(i => i.Examples.Select(e => (Intent: i.Id, Text: e))).ToList();
        var midText = new PendingQuestion("plan-amends", "draft", RecoveryBot.Exercises.QuestionKind.Text, true);
        var scores = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        var misses = new List<string>();
        void Count(string group, bool right, string detail)
        {
            var (r, t) = scores.GetValueOrDefault(group);
            scores[group] = (r + (right ? 1 : 0), t + 1);
            if (!right)
            {
                misses.Add($"{group}: {detail}");
            }
        }

        for (var fold = 0; fold < 5; fold++)
        {
            var train = examples.Where((_, i) => i % 5 != fold).ToList();
            var test = examples.Where((_, i) => i % 5 == fold).ToList();
            var model = IntentClassifier.Train(train);
            var interpreter = new MessageInterpreter(detector, Interpreters.Intents, new IntentModel(model));
            foreach (var (intent, text) in test)
            {
                Count("top-1 of all intents", model.Rank(text)[0].Intent == intent, $"{intent} -> {model.Rank(text)[0].Intent}: {text}");
                if (IntentIds.Commands.Contains(intent))
                {
                    var mid = interpreter.Interpret(text, midText);
                    Count("command mid-exercise", mid.Intent == intent, $"{intent} -> {mid.Intent}/{mid.Unsure}: {text}");
                    Count("command at menu", interpreter.Interpret(text, PendingQuestion.None).Intent == intent, text);
                }
                else if (intent == IntentIds.Answer)
                {
                    var mid = interpreter.Interpret(text, midText);
                    Count("answer kept", mid.IsAnswer && mid.Unsure is null, $"{mid.Intent}/{mid.Unsure}: {text}");
                }
                else if (intent == IntentIds.Question)
                {
                    var mid = interpreter.Interpret(text, midText);
                    Count("question mid-exercise", mid.Intent == intent, $"{mid.Intent}/{mid.Unsure}: {text}");
                }
                else
                {
                    var open = interpreter.Interpret(text, PendingQuestion.None);
                    Count(Interpreters.Catalog.Find(intent) is null ? "talk at menu" : "exercise at menu", open.Intent == intent, $"{intent} -> {open.Intent} {open.Confidence:F2}: {text}");
                }
            }
        }

        foreach (var (group, (right, total)) in scores)
        {
            output.WriteLine($"{group}: {right}/{total} ({100.0 * right / total:F0}%)");
        }

        foreach (var miss in misses.GroupBy(m => m[..m.IndexOf(':')]).SelectMany(g => g.Take(15)))
        {
            output.WriteLine(miss);
        }

        // Guards on the training data's quality (measured 2026-11-29: 82/75/77/94/95%), so an edit that confuses intents fails.
        double Share(string group) => scores[group].Right / (double)scores[group].Total;
        Assert.True(Share("command at menu") >= 0.80, "command at menu");
        Assert.True(Share("command mid-exercise") >= 0.72, "command mid-exercise");
        Assert.True(Share("exercise at menu") >= 0.75, "exercise at menu");
        Assert.True(Share("question mid-exercise") >= 0.88, "question mid-exercise");
        // 2026-12-06: questions-asked-back.yaml adds 90 answers written to sound like asking; cross-validated, 278 of the
        // 311 answers are kept at once (89%), so this guard is 0.85.
        Assert.True(Share("answer kept") >= 0.85, "answer kept");
    }
}
