using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Understanding;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Understanding;

/// <summary>
/// How the bot understands wording nobody tuned it on: the independent held-out intent sets (three files each), scored through the
/// interpreter and, for answers, the same recognisers the exercise's prompts use. The report (with every miss) is
/// printed and written to <c>intents-heldout-report.txt</c>; the bars are the figures measured at the end of the work.
/// </summary>
public sealed class IntentHeldOutEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_first_held_out_intent_sets_are_understood()
    {
        var (groups, questionsStored, report) = await ScoreAsync("intents-heldout-*.tsv", "intents-heldout-report.txt");

        // Scored on main before the work and once at its end (2026-11-29): 157/191 (82%) and 2 of 39 questions kept;
        // at the end of the second round (2026-11-30): 168/191 (88%) and none. Looked at since the first round, so set 2
        // below is the honest figure. These bars guard against getting worse.
        var natural = IntentHeldOutScore.Sum(groups, "command", "exercise");
        Assert.True(natural.Right >= 168, report);
        Assert.True(questionsStored == 0, report);
    }

    [Fact]
    public async Task The_second_held_out_intent_sets_are_understood()
    {
        var (groups, questionsStored, report) = await ScoreAsync("intents-heldout2-*.tsv", "intents-heldout2-report.txt");

        // The issue asks for 90% and no question kept. Bars: the figures measured at the end of the work (README).
        var natural = IntentHeldOutScore.Sum(groups, "command", "exercise");
        Assert.True(natural.Right >= MinNatural2, report);
        Assert.True(questionsStored <= MaxQuestionsKept2, report);
    }

    // Main before the second round (2026-11-30): 200/228 and 9 of 48 questions kept; at its end 198/228 and 1 of 48,
    // then, after the fixes an independent code review asked for (scored a second time), 205/228 (89.9%) and 2 of 48.
    private const int MinNatural2 = 205;
    private const int MaxQuestionsKept2 = 2;

    [Fact]
    public async Task The_third_held_out_intent_set_is_understood()
    {
        var (groups, questionsStored, report) = await ScoreAsync("intents-heldout3-*.tsv", "intents-heldout3-report.txt");

        // Written at the end of the 2026-11-30 session and scored once on that main, before any change: the baseline for
        // the next round. Its misses are not printed in any README, so it is still unseen for tuning purposes.
        var natural = IntentHeldOutScore.Sum(groups, "command", "exercise");
        Assert.True(natural.Right >= MinNatural3, report);
        Assert.True(questionsStored <= MaxQuestionsKept3, report);
    }

    // Scored once (2026-11-30, commit 919db45): 142/152 (93%) plain words, 0 of 30 questions kept.
    private const int MinNatural3 = 142;
    private const int MaxQuestionsKept3 = 0;

    private async Task<(IReadOnlyDictionary<string, (int Right, int Total)> Groups, int QuestionsStored, string Report)> ScoreAsync(string pattern, string reportFile)
    {
        var interpreter = await Interpreters.GetAsync();
        var (report, groups, questionsStored) = IntentHeldOutScore.Score(IntentHeldOutLine.LoadAll(pattern), line => Predict(interpreter, line));
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, reportFile), report);
        return (groups, questionsStored, report);
    }

    /// <summary>What the bot would do with the line: a command or exercise id, question, a kept answer, or talk.</summary>
    public static string Predict(MessageInterpreter interpreter, IntentHeldOutLine line)
    {
        var pending = Interpreters.PendingOf(line.Context);
        var meaning = interpreter.Interpret(line.Text, pending);
        if (!meaning.IsAnswer)
        {
            return meaning.Unsure is { } unsure ? "clarify:" + unsure : meaning.Intent;
        }

        if (meaning.Unsure is { } maybe)
        {
            return "clarify:" + maybe;
        }

        var step = Interpreters.Catalog.Find(pending.ExerciseId!)!.Steps.First(s => s.Slot == pending.Slot);
        if (step.Choices is { } choices)
        {
            var found = new ChoiceRecognizer().Recognize(line.Text, choices.Select(c => new Choice(c.Value, [.. c.Synonyms ?? [], c.DisplayTitle])).ToList());
            if (found is null && new ConfirmPrompt("yes-no").RecognizeYesNo(line.Text) is { } yes)
            {
                return (yes ? step.Yes : step.No) is { } value ? "choice:" + value : "not-understood";
            }

            return found is null ? "not-understood" : "choice:" + found.Value;
        }

        if (step.ExpectsName)
        {
            return PersonName.TryExtract(line.Text, out var name) ? "name:" + name : "not-understood";
        }

        return IntentIds.Answer;
    }
}
