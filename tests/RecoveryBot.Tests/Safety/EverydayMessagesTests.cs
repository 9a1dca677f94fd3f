using System.Text.Json.Nodes;
using RecoveryBot.Exercises;
using RecoveryBot.Safety;
using RecoveryBot.Tests.Understanding;
using RecoveryBot.Understanding;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The bot's own everyday messages (the intent examples: asking for the journal, to pause, for an exercise about being
/// kinder to oneself) must not be met with a crisis line. The model learns them (<see cref="EverydayMessages"/>, all but
/// feelings), so they are scored held out: one intent file at a time (each written by other authors), with the model
/// trained on the data files and the other files' examples (none that reads the same as a line of the file scored), through the
/// detector alone as at the menu (the interpreter's dropping of a check-in on a clear request is not counted). The
/// exercises' question examples, also learned, are not scored here.
/// </summary>
public sealed class EverydayMessagesTests(ITestOutputHelper output)
{
    // Main before the twenty-second round (the model not trained on them, threshold 0.82, check-in from 0.60): of 3,496
    // examples, 233 got a crisis line and 100 the full crisis response (among them "show everything i've written so
    // far", "I'm ready to keep going now.", "i want to look after myself better"). With them learned and the thresholds
    // chosen on the development files (0.80, 0.41): 107 and 23 (Safety/README.md, twenty-second round).
    // 2026-12-06: slips-and-company.yaml (260 situations at the menu, which the crisis model does not learn) adds 19 and
    // 3; the other files score as before. The bars are the sum: 126 and 26.
    // 2026-12-06: questions-asked-back.yaml (310 questions and answers mid-exercise, not learned by the crisis model either)
    // adds 20 and 4 (scored here as at the menu); the other files score as before: 146 and 30.
    // 2026-12-06, late: tentative-answers-and-questions.yaml (308 lines, not learned by the crisis model) adds 13 and 3;
    // the other files score as before: 159 and 33. The three full responses, for the next detector round: "is there any
    // point if he's gone", "chale give me some ways to take care of myself after, I have nothing" and "kids are with me
    // all week so when am i meant to do something for myself if theres no time".
    [Fact]
    public void The_bots_everyday_messages_held_out_by_file_rarely_get_a_crisis_line()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "dialogs", IntentCatalog.FolderName);
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => (Name: Path.GetFileName(f), Examples: ExamplesOf(f))).ToList();
        Assert.True(files.Count >= 5 && files.Sum(f => f.Examples.Count) >= 3000, "the intent files were not found");

        int count = 0, any = 0, full = 0;
        var misses = new List<string>();
        foreach (var (name, examples) in files)
        {
            // The same message as the model reads it (case, punctuation) counts as the same line.
            var scored = examples.Select(e => CrisisTextNormalizer.Normalize(e.Text).Whole).ToHashSet(StringComparer.Ordinal);
            var others = files.Where(f => f.Name != name).SelectMany(f => f.Examples)
                .Where(e => e.Intent != IntentIds.Feeling && e.Learned && !scored.Contains(CrisisTextNormalizer.Normalize(e.Text).Whole))
                .Select(e => e.Text);
            var detector = new CrisisDetector(new CrisisSecondOpinion(CrisisClassifier.Train(CrisisData.WithEverydayMessages(CrisisCorpus.Combined, others))));
            var levels = examples.Select(e => detector.Assess(e.Text).Level).ToList();
            misses.AddRange(examples.Zip(levels).Where(x => x.Second != CrisisLevel.None).Select(x => $"{name}\t{x.First.Intent}\t{x.Second}\t{x.First.Text}"));
            count += levels.Count;
            any += levels.Count(l => l != CrisisLevel.None);
            full += levels.Count(l => l == CrisisLevel.Crisis);
            output.WriteLine($"{name}: {levels.Count} examples, a crisis line {levels.Count(l => l != CrisisLevel.None)}, the full response {levels.Count(l => l == CrisisLevel.Crisis)}");
        }

        var report = $"{count} everyday messages held out by file: a crisis line {any}, the full crisis response {full}";
        output.WriteLine(report);
        // The intent examples are the repository's own data, not users' words: the misses are listed for review.
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "everyday-messages-report.txt"), [report, .. misses]);
        Assert.True(full <= 33, report);
        Assert.True(any <= 159, report);
    }

    // Low mood said plainly at the menu, which the rules leave to the model: the feelings are not learned as safe so that
    // such lines keep at least the gentle check-in. Written for this test (in no data, held-out or intent file) and
    // chosen as lines the model answers today: a guard, not a measure. Others it leaves alone ("I feel like such a waste
    // of space lately", "I'm so sick of being me, every single day": Safety/README.md).
    [Theory]
    [InlineData("I am so tired of everything and everyone")]
    [InlineData("I don't see the point in anything anymore")]
    [InlineData("what's even the point of trying anymore")]
    [InlineData("everything feels pointless and I'm so worn down")]
    [InlineData("I can't see things ever getting better for me")]
    [InlineData("nothing matters anymore and I'm done trying")]
    public async Task Low_mood_said_plainly_gets_at_least_a_check_in(string message)
    {
        var interpreter = await Interpreters.GetAsync();

        Assert.Equal(CrisisLevel.None, new CrisisDetector().Assess(message).Level);
        Assert.NotEqual(CrisisLevel.None, interpreter.Interpret(message, PendingQuestion.None).Safety.Level);
    }

    [Fact]
    public void Everyday_messages_the_rules_find_danger_in_are_not_taught_as_safe()
    {
        var data = CrisisData.WithEverydayMessages([], ["can I see my journal please, everything I wrote", "I want to kill myself tonight", "   ", "pause this for now, I'll come back tomorrow"]);
        Assert.Equal(["can I see my journal please, everything I wrote", "pause this for now, I'll come back tomorrow"], data.Select(e => e.Text));
        Assert.All(data, e => Assert.Equal(("safe", "everyday", CrisisData.EverydaySource), (e.Label, e.Kind, e.Source)));
        Assert.Equal([1, 4], data.Select(e => e.LineNumber));
    }

    [Fact]
    public void Odd_everyday_messages_are_skipped_or_kept_without_error()
    {
        var huge = string.Concat(Enumerable.Repeat("ok thanks ", 6_000));
        var data = CrisisData.WithEverydayMessages([], [null!, "", "\u200b", huge, "show my journal please, all of it"]);

        Assert.Equal([huge, "show my journal please, all of it"], data.Select(e => e.Text));
        Assert.Throws<ArgumentNullException>(() => new EverydayMessages(null!));
        Assert.Throws<ArgumentNullException>(() => CrisisData.WithEverydayMessages([], null!));
        Assert.Throws<ArgumentNullException>(() => new CrisisSecondOpinion(null, null!));
    }

    [Fact]
    public void The_app_teaches_every_intent_but_feelings()
    {
        var everyday = Interpreters.EverydayMessages.ToHashSet(StringComparer.Ordinal);
        var feelings = Interpreters.Intents.Intents.Single(i => i.Id == IntentIds.Feeling).Examples;
        var pause = Interpreters.Intents.Intents.Single(i => i.Id == IntentIds.Pause).Examples;

        Assert.DoesNotContain(feelings, everyday.Contains);
        Assert.All(pause, e => Assert.Contains(e, everyday));
    }

    // The examples of every intent in one file, with their intent, as the catalog reads them.
    // Each example with its intent, and whether the app's crisis model learns it as everyday talk (not when its entry
    // says crisisModelLearns: false).
    private static List<(string Intent, string Text, bool Learned)> ExamplesOf(string path)
    {
        var document = YamlDocumentReader.TryRead(File.ReadAllText(path), out _) ?? throw new InvalidDataException($"{Path.GetFileName(path)} is not valid YAML");
        return (document.Root?["intents"] as JsonArray ?? [])
            .SelectMany(intent => (intent?["examples"] as JsonArray ?? []).Select(example => (
                Intent: intent?["id"]?.GetValue<string>() ?? "",
                Text: example?.GetValue<string>() ?? "",
                Learned: intent?["crisisModelLearns"]?.GetValue<bool>() != false)))
            .Where(example => example.Text.Length > 0)
            .ToList();
    }
}
