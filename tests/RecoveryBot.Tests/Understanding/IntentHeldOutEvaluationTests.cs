using System.Globalization;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Exercises;
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
    // The bars are the figures at the end of the last round that scored each set (plain words understood, questions kept
    // as answers, answers kept); the history is beside each line. The third round of 2026-12-06 (310 more examples of
    // questions asked back without a mark and of plain answers that sound like asking, questions-asked-back.yaml; with
    // nothing of a question's form the classifier's lean alone makes a question only from 0.8, below that a free-text
    // answer is asked about once; a name question, or a "who gets hurt most is my daughter", takes no question by the
    // lean alone) moved sets 1 to 11 together from 2,566 to 2,554 of 2,694 plain words, 25 to 12 of 716 questions kept,
    // 534 to 521 of 632 answers kept at once (asked about once 50 -> 73, read as questions 48 -> 38); by set, plain words
    // 177 -> 174, 214 -> 210, 147 -> 146, 289 -> 287, 287 -> 286, 284 -> 282, 294 -> 295; kept 1 -> 0 (set 2), 1 -> 2
    // (set 6), 2 -> 0, 1 -> 0, 6 -> 3, 11 -> 4; answers 56 -> 53, 23 -> 22 (set 5), 48 -> 47, 48 -> 45 (set 8), 76 -> 73,
    // 64 -> 64, 68 -> 66.
    // 2026-12-06 (late): 308 more questions asked back and tentative answers (tentative-answers-and-questions.yaml),
    // the answer's share and a question's lean without a question's form set aside at the menu, a yes or a no opening a
    // choice answer, and a what or how before its subject needing the clear bar. Sets 1 to 12 together: plain words 2,843
    // -> 2,847, questions kept 21 -> 14, answers kept at once 607 -> 626, choices 252 -> 254. By set, plain words 174 ->
    // 176, 146 -> 148 (set 3), 287 -> 286 (set 6), 282 -> 283 (set 8), 295 -> 294 (set 9), 289 -> 290 (set 12); kept 1 ->
    // 0 (set 1), 0 -> 1 (set 7), 3 -> 2, 4 -> 3, 9 -> 4; answers 53 -> 55, 58 -> 59, 22 -> 23 (sets 4 and 5), 73 -> 74
    // (set 9), 64 -> 68, 66 -> 72, 86 -> 89. Then a "what if" asking at a choice, date, number or yes/no question
    // whatever the lean, and a question asked in full before what follows counted as formed: kept 14 -> 11 (sets 6, 9
    // and 10: 2 -> 1), questions answered 797 -> 800, nothing else moved (the same after the review narrowed a
    // question's words or word order to "what if", and made an example given, "for example", an answer).
    [Theory]
    // Set 1: scored on main before the work and once at its end (2026-11-29): 157/191 (82%) and 2 of 39 questions kept;
    // at the end of the second round (2026-11-30): 168/191 (88%) and none. Looked at since the first round: a guard.
    // 2026-12-05, the L-BFGS model: 180/191, none kept. 2026-12-06: two more answers kept (hedges: "Hundred? Lost count.").
    // 2026-12-06 (more slip and company examples; the question's share): 180 -> 177 plain words, 0 -> 0 kept, 56 -> 56 answers kept.
    // 2026-12-06, second round (a question answered in the same message is asked about; the review's narrowing): 1 question kept.
    [InlineData(1, 176, 0, 55)]
    // Set 2: the issue asks for 90% and no question kept. Main before the second round (2026-11-30): 200/228 and 9 of 48
    // questions kept; at its end 198/228 and 1 of 48, then, after the fixes an independent code review asked for (scored
    // a second time), 205/228 (89.9%) and 2 of 48; 1 of 48 since 2026-12-05.
    // 2026-12-05, the L-BFGS model: 212/228, 1 kept.
    // 2026-12-06 (more slip and company examples; the question's share): 212 -> 214 plain words, 1 -> 1 kept, 56 -> 58 answers kept.
    [InlineData(2, 210, 0, 59)]
    // Set 3: written at the end of the 2026-11-30 session and scored once on that main (commit 919db45), before any
    // change: 142/152 (93%) plain words, 0 of 30 questions kept. The next round's baseline; its misses are in no README.
    // 2026-12-05, the L-BFGS model: 146/152, none kept.
    // 2026-12-06 (more slip and company examples; the question's share): 146 -> 147 plain words, 0 -> 0 kept, 24 -> 24 answers kept.
    [InlineData(3, 148, 0, 24)]
    // Set 4 (one more independent author, 230 lines): written at the start of the 2026-11-30 seventh session and scored
    // on main (1865607) before any change: 145/152 (95%) plain words, 0 of 30 questions kept.
    // 2026-12-05, the L-BFGS model: 146/152, none kept.
    // 2026-12-06 (more slip and company examples; the question's share): 146 -> 149 plain words, 0 -> 0 kept, 22 -> 22 answers kept.
    [InlineData(4, 149, 0, 23)]
    // Set 5 (one more independent author, 230 lines in eight new voices): written 2026-12-04 and scored once on main
    // (93f4f3d; e3699e7, before this session's changes, scores the same), summary only: 123/152 (81%) plain words
    // (commands 69/88, situations at the menu 54/64), 1 of 30 questions kept as an answer. Its misses were read on
    // 2026-12-05 (a development set since); none kept after that day's changes.
    // 2026-12-05, the L-BFGS model: 131/152, none kept.
    // 2026-12-06 (more slip and company examples; the question's share): 131 -> 138 plain words, 0 -> 0 kept, 23 -> 23 answers kept.
    [InlineData(5, 138, 0, 23)]
    // Set 6 (two more independent authors, 460 lines, 304 of them commands and exercise choices): written 2026-12-05
    // and scored on main (b61febb) before any change, summary only: 271/304 (89%) plain words, 3 of 60 questions kept
    // as answers; once more at the end of that session's changes (4d90d57): the same, choices 23 -> 24 of 32. Its misses
    // were read after that (a development set since): 273/304 and none kept after the next round's changes, 2 kept after
    // the review's fixes to them, then 1 after the second review's (the stricter rule for a question without its mark).
    // 2026-12-05, the L-BFGS model: 277/304, 1 kept; none kept after the word-order round (2026-12-05, night).
    // 2026-12-06 (more slip and company examples; the question's share): 277 -> 289 plain words, 0 -> 0 kept, 47 -> 48 answers kept.
    // After the second review's fixes (2026-12-06): 1 question kept.
    // 2026-12-07, a question's word order typed with no mark asked about once (a development set): 0 kept.
    [InlineData(6, 286, 0, 47)]
    // Set 7 (two more independent authors, 454 lines): written 2026-12-05 after set 6 was scored and read, and scored on
    // main (f0f6465) before any change of that round, summary only: 266/301 (88%) plain words, 3 of 60 questions kept as
    // answers; once at its end: 266/301, 2 of 60 kept; a third time after an independent review's fixes: the same (choices
    // 20 -> 19). Two of its misses were seen then; the rest are unread.
    // Scored a fourth time at the end of the L-BFGS round (summary only): 275/301 (91%), 1 of 60 kept. Its misses were
    // read at the start of the word-order round (a development set since): none kept after it.
    // 2026-12-06 (more slip and company examples; the question's share): 275 -> 287 plain words, 0 -> 1 kept, 47 -> 47 answers kept.
    // 2026-12-06, second round (a question answered in the same message is asked about; the review's narrowing): 2 kept.
    // 2026-12-07, a question's word order typed with no mark asked about once (a development set): 0 kept.
    [InlineData(7, 286, 0, 47)]
    // Set 8 (two more independent authors, 456 lines): written 2026-12-05 (afternoon) after set 7 had been scored four
    // times, and scored on main (51faff7) before any change, summary only: 269/302 (89%) plain words, 8 of 59 questions
    // kept as answers.
    // Once more at the end of that round (the L-BFGS model; summary only, misses unread): 276/302 (91%), 4 of 59 kept.
    // Its misses were read at the start of the word-order round (a development set since): 1 kept after it.
    // 2026-12-06 (more slip and company examples; the question's share): 276 -> 284 plain words, 1 -> 1 kept, 48 -> 48 answers kept.
    [InlineData(8, 283, 0, 45)]
    // Set 9 (two more independent authors, 570 lines, twice as many questions and answers as before, half the answers
    // worded like questions): written 2026-12-05 (night) and scored on main (9a00c7d) before any change, summary only:
    // 286/304 (94%) plain words, 13 of 120 questions kept as answers, 84 of 100 answers kept. Once at the end of the
    // word-order round (summary only, misses unread): 286/304, 8 of 120 kept, 81 of 100 answers kept (3 more asked about).
    // Its misses were read at the start of the 2026-12-06 round (a development set since): 2 kept after it; 77 answers
    // kept at once, 5 more asked about (a question asked in full before the answer: "Who was I with? nobody...").
    // 2026-12-06 (more slip and company examples; the question's share): 286 -> 294 plain words, 2 -> 2 kept, 77 -> 74 answers kept.
    // 2026-12-06, second round (a question answered in the same message is asked about; the review's narrowing): 75 answers kept at once.
    // After the second review's fixes (2026-12-06): 76 answers kept at once.
    // 2026-12-07, a question's word order typed with no mark asked about once (a development set): 0 kept, 73 answers kept at once.
    [InlineData(9, 294, 0, 73)]
    // Set 10 (two more independent authors, 570 lines, built as set 9): written 2026-12-06 and scored on main (bdbe4ef)
    // before any change, summary only: 288/304 (95%) plain words, 11 of 120 questions kept as answers, 68 of 100 answers
    // kept (choices 23/30, names 14/16, questions answered 103/120).
    // Once at the end of that round (the hedge and explain rules, more slip and company examples; summary only, misses
    // unread): 293/304 (96%), 10 of 120 kept, 60 of 100 answers kept at once (5 more asked about; 35 read as questions).
    // Its misses were read at the start of the next round (a development set since): 6 kept, 63 answers at once after it.
    // After the second review's fixes (2026-12-06): 64 answers kept at once.
    // 2026-12-07, a question's word order typed with no mark asked about once (a development set): 1 kept, 66 answers kept at once.
    [InlineData(10, 293, 1, 66)]
    // Set 11 (two more independent authors, 570 lines, built as set 9): written 2026-12-06 after set 10 was scored at the
    // end of its round, and scored on main (0052e4e) before any change of the next round, summary only: 294/304 (97%)
    // plain words, 11 of 120 questions kept as answers, 71 of 100 answers kept at once (1 more asked about; choices
    // 21/30, names 16/16, questions answered 105/120).
    // Once at the end of that round (summary only, misses unread): 294/304, 11 of 120 kept, 67 of 100 answers kept at
    // once and 20 more asked about once (13 read as questions, against 28).
    // Scored a third time after the second review's fixes (summary only): 294/304, 11 kept, 68 answers kept at once,
    // 16 more asked about, 16 read as questions.
    // 2026-12-07, a question's word order typed with no mark asked about once (a development set): 1 kept.
    [InlineData(11, 294, 1, 72)]
    // Set 12 (two more independent authors, 570 lines, built as set 9): written 2026-12-06 after set 11 was scored at the
    // end of its round, and scored on main (ec37865) before any change of the next round, summary only: 291/304 (96%)
    // plain words, 16 of 120 questions kept as answers (14 as the answer, 2 as a choice), 70 of 100 answers kept at
    // once (2 more asked about; 27 read as questions; choices 25/30, names 15/16, questions answered 94/120).
    // At the end of that round (summary only, misses unread), scored three times. With every example: 289/304 (95%), 7 of
    // 120 kept, 92 of 100 answers kept at once (6 read as questions). Without the authors' answers that carry a question
    // mark (they broke the rule tests: "Example? I can't think of one" kept): 289/304, 7 kept, 81 answers at once (15
    // read as questions). Then with the bar of 0.8 for a lean with nothing of a question's form (made for the test "no,
    // it would not be safe" at a choice question and a group-session answer, chosen on the development sets): 289/304,
    // 9 of 120 kept (8 as the answer, 1 as a choice), 83 of 100 answers kept at once (4 more asked about; 12 read as
    // questions; choices 25/30, names 15/16, questions answered 100/120, 7 more asked about). The bars are the last.
    // Its misses were read at the start of the next round, after set 13 was scored on main (a development set since).
    // 2026-12-06 (evening), a rising tone alone at a date or number question is the answer its prompt reads: 86 answers.
    // 2026-12-07, a question's word order typed with no mark asked about once (a development set): 4 kept (after three
    // reviews' narrowing; 2 before it).
    [InlineData(12, 290, 4, 89)]
    // Set 13 (two more independent authors, 570 lines, built as set 9): written 2026-12-06 (evening) after set 12 was
    // scored at the end of its round, and scored on main (544b5ce) before any change of the next round, summary only:
    // 292/304 (96%) plain words, 8 of 120 questions kept as answers (all as the answer), 76 of 100 answers kept at once
    // (17 more asked about once; 7 read as questions; choices 22/30, names 14/16, questions answered 97/120, 8 asked about).
    // Once at the end of that round (the rising-tone rule at date and number questions; summary only, misses unread):
    // 292/304, 8 of 120 kept, 77 of 100 answers kept at once (17 asked about, 6 read as questions).
    // Once at the end of the next round (2026-12-06, late: 308 more questions and tentative answers, the menu's and the
    // choice questions' rules; summary only, misses unread): 292/304, 6 of 120 kept, 84 of 100 answers kept at once (10
    // asked about, 6 read as questions; choices 23/30, names 14/16, questions answered 101/120, 7 asked about). A fourth
    // and a fifth time, after each of two independent reviews' fixes: the same.
    // Its misses were read at the start of the 2026-12-07 round (a development set since).
    // 2026-12-07, a question's word order typed with no mark asked about once (a development set): 2 kept, 84 answers kept at once.
    [InlineData(13, 292, 2, 84)]
    // Set 14 (two more independent authors, 572 lines, built as set 9): written 2026-12-06 (late) after set 13 had been
    // scored five times, and scored on main (2cf5f6d) before any change, summary only: 277/306 (91%) plain words, 5 of
    // 120 questions kept (2 as the answer), 79 of 100 answers kept at once (6 more asked about; 13 read as questions;
    // choices 20/30, names 12/16, questions answered 101/120, 9 asked about). The next round's baseline; misses unread.
    // Once at the end of the 2026-12-07 round (a question's word order with no mark asked about once; summary only,
    // misses unread): 277/306, 5 of 120 kept, 77 of 100 answers kept at once (8 asked about, 13 read as questions;
    // choices 20/30, names 12/16, questions answered 101/120, 10 asked about). A third time, after the independent
    // review's narrowing of that rule: 277/306, 5 kept, 78 answers kept at once (7 asked about, 13 read as questions;
    // questions answered 101/120, 9 asked about). A fourth, fifth and sixth time, after the second and third reviews'
    // fixes and the last change (a "what i do" at choice questions): the same.
    [InlineData(14, 277, 5, 78)]
    // Set 15 (two more independent authors, 572 lines, built as set 9): written 2026-12-07 after set 14 was scored at the
    // end of its round, and scored on main (9adfd36), then after each of two reviews' fixes, summary only: 292/304 (96%)
    // plain words, 4 of 120 questions kept (all as the answer), 80 of 100 answers kept at once (9 more asked about; 11
    // read as questions; choices 20/32, names 12/16, questions answered 110/120 (5 asked about), 109/120 (6) after the
    // second review's fixes and 110/120 (5) after the third's and after the session's last change). Misses unread.
    [InlineData(15, 292, 4, 80)]
    public Task A_held_out_intent_set_is_understood(int set, int minNatural, int maxQuestionsKept, int minAnswersKept) =>
        AssertUnderstoodAsync(set == 1 ? "" : set.ToString(CultureInfo.InvariantCulture), minNatural, maxQuestionsKept, minAnswersKept);

    // Scores one set, prints and saves the report (with every miss), and holds it to its bars.
    private async Task AssertUnderstoodAsync(string suffix, int minNatural, int maxQuestionsKept, int minAnswersKept)
    {
        var (pattern, reportFile) = ($"intents-heldout{suffix}-*.tsv", $"intents-heldout{suffix}-report.txt");
        var interpreter = await Interpreters.GetAsync();
        var (report, groups, questionsStored) = IntentHeldOutScore.Score(IntentHeldOutLine.LoadAll(pattern), line => Predict(interpreter, line));
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, reportFile), report);

        var natural = IntentHeldOutScore.Sum(groups, "command", "exercise");
        Assert.True(natural.Right >= minNatural, report);
        Assert.True(questionsStored <= maxQuestionsKept, report);
        Assert.True(IntentHeldOutScore.Sum(groups, "answer").Right >= minAnswersKept, report);
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
        if (step.Ask == QuestionKind.Confirm)
        {
            // The exercise's yes/no prompt reads it, as in the conversation; unread, the bot would ask again.
            return new ConfirmPrompt("yes-no", EnglishPrompts.ConfirmDefaults).RecognizeYesNo(line.Text) is { } said
                ? (said ? "choice:yes" : "choice:no")
                : "not-understood";
        }

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
