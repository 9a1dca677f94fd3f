using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Understanding;

namespace RecoveryBot.Tests.Understanding;

/// <summary>The intent files are checked like the exercises: every problem named with its file, line and column.</summary>
public sealed class IntentCatalogTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_shipped_intents_are_valid_and_exact_phrases_win()
    {
        var (catalog, problems) = IntentCatalog.Validate(Path.Combine(AppContext.BaseDirectory, "dialogs"), Interpreters.Catalog);

        Assert.Empty(problems);
        Assert.Equal(IntentIds.Pause, catalog!.ExactMatch("Pause!"));
        Assert.Equal("plan-amends", catalog.ExactMatch("plan amends"));
        Assert.Null(catalog.ExactMatch("please pause the whole thing"));
    }

    [Theory]
    [InlineData("intents:\n  - id: not-a-thing\n    examples: [a, b, c, d, e]\n", "'not-a-thing' is not a command")]
    [InlineData("intents:\n  - id: pause\n    examples:\n      - 42\n", "put numbers and true/false in quotes")]
    [InlineData("intents:\n  - id: pause\n    examples:\n      - show my reflections\n", "also an example of 'journal'")]
    [InlineData("intents:\n  - id: pause\n    examples: [a\n", "extra.yaml:")]
    [InlineData("something: else\n", "needs a list under 'intents'")]
    [InlineData("intents:\n  - id: pause\n    crisisModelLearns: sometimes\n    examples: [hang on]\n", "'crisisModelLearns' must be true or false")]
    public void A_broken_intent_file_is_reported_with_its_place(string yaml, string expected)
    {
        var dialogs = CopyShippedDialogs();
        File.WriteAllText(Path.Combine(dialogs, IntentCatalog.FolderName, "extra.yaml"), yaml);

        var (catalog, problems) = IntentCatalog.Validate(dialogs, Interpreters.Catalog);

        Assert.Null(catalog);
        Assert.Contains(problems, p => p.ToString().Contains(expected, StringComparison.Ordinal) && p.File.EndsWith("extra.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_file_may_add_a_few_examples_to_an_intent()
    {
        var dialogs = CopyShippedDialogs();
        File.WriteAllText(Path.Combine(dialogs, IntentCatalog.FolderName, "extra.yaml"), "intents:\n  - id: pause\n    examples:\n      - hang fire a sec, the baby's crying\n");

        var (catalog, problems) = IntentCatalog.Validate(dialogs, Interpreters.Catalog);

        Assert.Empty(problems);
        Assert.Contains("hang fire a sec, the baby's crying", catalog!.Intents.Single(i => i.Id == IntentIds.Pause).Examples);
    }

    // An entry marked crisisModelLearns: false teaches the intent classifier, but the crisis model does not learn its
    // examples as everyday talk; the intent's examples from other files it still learns.
    [Fact]
    public void Examples_marked_not_for_the_crisis_model_are_learned_by_the_intents_only()
    {
        var (catalog, problems) = ValidateWithSlips(marked: "had two cans on the walk home after a month off", learned: "put a tenner on the horses after a year off");

        Assert.Empty(problems);
        var everyday = RecoveryBot.Conversation.ConversationServiceCollectionExtensions.EverydayMessagesOf(catalog!).Lines;
        var slip = catalog!.Intents.Single(i => i.Id == "after-a-slip");
        Assert.Contains("had two cans on the walk home after a month off", slip.Examples);
        Assert.Contains("put a tenner on the horses after a year off", slip.Examples);
        Assert.DoesNotContain("had two cans on the walk home after a month off", everyday);
        Assert.Contains("put a tenner on the horses after a year off", everyday);
    }

    [Fact]
    public void A_message_marked_not_for_the_crisis_model_in_one_place_and_not_in_another_is_reported()
    {
        var (catalog, problems) = ValidateWithSlips(marked: "Had two cans after a month off.", learned: "had two cans after a month off");

        Assert.Null(catalog);
        Assert.Contains(problems, p => p.Message.Contains("crisisModelLearns: false in one place and not in another", StringComparison.Ordinal));
    }

    // The shipped dialogs plus two files adding one After a slip example each: one marked not for the crisis model.
    private (IntentCatalog? Catalog, IReadOnlyList<RecoveryBot.Exercises.ExerciseProblem> Problems) ValidateWithSlips(string marked, string learned)
    {
        var dialogs = CopyShippedDialogs();
        File.WriteAllText(
            Path.Combine(dialogs, IntentCatalog.FolderName, "extra.yaml"),
            $"intents:\n  - id: after-a-slip\n    crisisModelLearns: false\n    examples:\n      - {marked}\n");
        File.WriteAllText(Path.Combine(dialogs, IntentCatalog.FolderName, "extra2.yaml"), $"intents:\n  - id: after-a-slip\n    examples:\n      - {learned}\n");
        return IntentCatalog.Validate(dialogs, Interpreters.Catalog);
    }

    [Fact]
    public void A_missing_intents_folder_stops_start_up()
    {
        var (catalog, problems) = IntentCatalog.Validate(_folder.Path, Interpreters.Catalog);

        Assert.Null(catalog);
        Assert.Contains("intents folder does not exist", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    private string CopyShippedDialogs()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "dialogs", IntentCatalog.FolderName);
        var target = Directory.CreateDirectory(Path.Combine(_folder.Path, "dialogs", IntentCatalog.FolderName)).FullName;
        foreach (var file in Directory.GetFiles(source, "*.yaml"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return Path.GetDirectoryName(target)!;
    }
}
