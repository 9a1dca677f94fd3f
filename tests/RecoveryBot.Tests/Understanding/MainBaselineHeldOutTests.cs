using RecoveryBot.Conversation;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Exercises;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Understanding;

/// <summary>Scores main as it was before the understanding work (exact phrases, named exercises, choice words).</summary>
public sealed class MainBaselineHeldOutTests(ITestOutputHelper output)
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));

    [Fact]
    public void Main_is_scored_on_the_held_out_intent_sets()
    {
        var recognizer = new ChoiceRecognizer();
        string Predict(IntentHeldOutLine line)
        {
            if (ConversationCommands.Recognize(line.Text) is { } command)
            {
                return command switch
                {
                    ConversationCommands.Command.DeleteMyData => "delete-data",
                    ConversationCommands.Command.CheckInsOff => "checkins-off",
                    ConversationCommands.Command.CheckInsOn => "checkins-on",
                    _ => command.ToString().ToLowerInvariant(),
                };
            }

            if (line.ExerciseId is null)
            {
                return MainDialog.FindNamedExercise(Catalog, line.Text)?.Id
                    ?? recognizer.Recognize(line.Text, MainDialog.MenuChoices(Catalog))?.Value
                    ?? "not-understood";
            }

            var step = Catalog.Find(line.ExerciseId)!.Steps.First(s => s.Slot == line.Slot);
            if (step.Choices is { } choices)
            {
                var found = recognizer.Recognize(line.Text, choices.Select(c => new Choice(c.Value, [.. c.Synonyms ?? [], c.DisplayTitle])).ToList());
                return found is null ? "not-understood" : "choice:" + found.Value;
            }

            return line.Slot == "person" ? "name:" + line.Text.Trim() : "answer";
        }

        var (report, _, _) = IntentHeldOutScore.Score(IntentHeldOutLine.LoadAll(), Predict);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "main-baseline-intents.txt"), report);
    }
}
