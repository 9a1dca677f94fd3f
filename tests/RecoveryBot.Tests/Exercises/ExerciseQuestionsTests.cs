using RecoveryBot.Exercises;
using RecoveryBot.Safety;
using RecoveryBot.Tests.Conversation;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Tests.Understanding;
using RecoveryBot.Understanding;

namespace RecoveryBot.Tests.Exercises;

/// <summary>
/// The common questions each exercise file answers (<c>questions:</c>): every example finds its own answer, is never
/// kept as a reflection when asked in the middle of the exercise, and, over the real endpoint, gets its answer and
/// then the same question again.
/// </summary>
public sealed class ExerciseQuestionsTests : TrainedAppTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));

    /// <summary>Every shipped exercise.</summary>
    public static TheoryData<string> ExerciseIds() => new(Catalog.Exercises.Select(e => e.Id));

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void Every_exercise_answers_common_questions_and_every_example_finds_its_own_answer(string id)
    {
        var exercise = Catalog.Find(id)!;

        Assert.True(exercise.Questions.Count >= 5, $"{id} answers {exercise.Questions.Count} common questions");
        var wrong = exercise.Questions
            .SelectMany(q => q.Examples.Select(e => (Example: e, Expected: q.Answer)))
            .Where(x => QuestionAnswers.Find(exercise, x.Example) != x.Expected)
            .Select(x => x.Example)
            .ToList();
        Assert.True(wrong.Count == 0, $"{id}: these examples find another answer or none: {string.Join(" | ", wrong)}");
    }

    // An answer is also given at the exercise's offer, before any of its questions: one that quotes a button (choose
    // "they don't want contact", "not yet" is a wise answer, a wife fits "a partner") says at which question, or it
    // points at a choice the person has not seen.
    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public void An_answer_that_names_a_choice_says_at_which_question(string id)
    {
        var exercise = Catalog.Find(id)!;
        var buttons = exercise.Steps.SelectMany(s => s.Choices ?? []).Select(c => c.DisplayTitle).ToList();
        var vague = exercise.Questions.Select(q => q.Answer)
            .Where(a => System.Text.RegularExpressions.Regex.Matches(a, "\"([^\"]+)\"")
                .Any(m => buttons.Any(b => b.Contains(m.Groups[1].Value, StringComparison.OrdinalIgnoreCase))))
            .Where(a => !a.Contains("when I ask", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.True(vague.Count == 0, $"{id}: {string.Join(" | ", vague)}");
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public async Task No_example_asked_at_a_free_text_question_is_kept_as_the_answer(string id)
    {
        var interpreter = await Interpreters.GetAsync();
        var exercise = Catalog.Find(id)!;
        var slot = exercise.Steps.First(s => s.Ask == QuestionKind.Text).Slot!;
        var pending = Interpreters.PendingOf($"{id}/{slot}");

        // The examples worded as questions; one like "I have no friends" may well be someone's answer.
        var kept = exercise.Questions.SelectMany(q => q.Examples).Where(MessageText.IsAsked)
            .Where(e => interpreter.Interpret(e, pending) is { IsAnswer: true, Unsure: null })
            .ToList();

        Assert.True(kept.Count == 0, $"{id}/{slot}: kept as answers: {string.Join(" | ", kept)}");
    }

    [Fact]
    public async Task A_statement_listed_among_the_common_questions_can_still_be_an_answer()
    {
        var interpreter = await Interpreters.GetAsync();
        var statements = Catalog.Exercises.SelectMany(e => e.Questions).SelectMany(q => q.Examples).Where(e => !MessageText.IsAsked(e)).ToList();

        Assert.NotEmpty(statements);
        Assert.Contains(statements, s => interpreter.Interpret(s, Interpreters.PendingOf("find-support/firstStep")).IsAnswer);
    }

    [Theory]
    [MemberData(nameof(ExerciseIds))]
    public async Task Every_common_question_asked_at_the_first_question_is_answered_and_the_question_asked_again(string id)
    {
        var exercise = Catalog.Find(id)!;
        var first = exercise.Steps.First(s => s.Ask is not null);
        var chat = Walks.StartChat(App, conversationId: "questions/" + id);

        var opening = await chat.SayAsync(exercise.Title);

        // A choice question's text may carry its choices as a numbered list after the prompt.
        Assert.StartsWith(first.Prompt!, opening.LastText(), StringComparison.Ordinal);
        foreach (var entry in exercise.Questions)
        {
            // Each entry's first example worded as a question (the ones a person asks rather than states).
            var asked = entry.Examples.FirstOrDefault(MessageText.IsAsked) ?? entry.Examples[0];
            var answered = await chat.SayAsync(asked);

            var texts = answered.Texts().Where(t => !t.StartsWith("That sounds heavy", StringComparison.Ordinal)).ToList();
            Assert.True(texts.Count == 2 && texts[0] == entry.Answer && texts[1].StartsWith(first.Prompt!, StringComparison.Ordinal),
                $"{id}: \"{asked}\" got:\n{string.Join("\n", answered.Texts())}");
        }
    }
}
