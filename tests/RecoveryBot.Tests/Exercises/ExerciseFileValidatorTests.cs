using System.Globalization;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Exercises;

namespace RecoveryBot.Tests.Exercises;

/// <summary>The checks a content author relies on: each kind of problem is found and reported at its line.</summary>
public sealed class ExerciseFileValidatorTests
{
    private const string Valid = """
        id: sample
        title: Sample
        description: A small exercise for tests.
        triggers: [sample exercise]
        steps:
          - say: Hello.
          - ask: text
            slot: person
            prompt: Who is it?
            retry: A name is enough.
          - ask: choice
            slot: ready
            prompt: Ready to talk to {person}?
            choices:
              - value: ready
              - value: not-yet
                title: Not yet
                synonyms: [later]
            retry: Say "ready" or "not yet".
          - branch:
              on: ready
              cases:
                ready: go
              otherwise: wait
          - id: go
            say: Good luck with {person|them}.
            next: done
          - id: wait
            say: That is okay.
          - id: done
            end: true
        summary:
          title: About {person|someone}
          text: You thought about {person|someone}.
        """;

    private static readonly ExerciseFileValidator Validator = new();

    private static ExerciseLoadResult Check(params (string Path, string Text)[] files) => Validator.Validate(files);

    private static ExerciseProblem SingleProblem(string yaml)
    {
        var result = Check(("dialogs/broken.yaml", yaml));
        Assert.False(result.IsValid);
        Assert.Empty(result.Exercises);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void A_valid_file_reads_into_an_exercise()
    {
        var result = Check(("dialogs/sample.yaml", Valid));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var exercise = Assert.Single(result.Exercises);
        Assert.Equal("sample", exercise.Id);
        Assert.Equal(7, exercise.Steps.Count);
        Assert.Equal(QuestionKind.Choice, exercise.Steps[2].Ask);
        Assert.Equal(["later"], exercise.Steps[2].Choices![1].Synonyms!);
        Assert.Equal("Not yet", exercise.Steps[2].Choices![1].DisplayTitle);
        Assert.Equal("go", exercise.Steps[3].Branch!.Cases["ready"]);
    }

    [Fact]
    public void Broken_yaml_is_reported_at_its_line()
    {
        var problem = SingleProblem(Valid.Replace("  - say: Hello.", "  - say: [Hello."));

        Assert.Equal("dialogs/broken.yaml", problem.File);
        Assert.Contains("not valid YAML", problem.Message);
        Assert.InRange(problem.Line, 6, 8);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var problem = SingleProblem(Valid.Replace("description: A small exercise for tests.\n", ""));

        Assert.Contains("'description'", problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void A_misspelled_field_is_reported_where_it_stands()
    {
        var result = Check(("dialogs/broken.yaml", Valid.Replace("    prompt: Who is it?", "    promt: Who is it?")));

        Assert.Contains(result.Problems, p => p.Line == 9 && p.Message == "'promt' is not a field this format knows; check its spelling.");
    }

    [Fact]
    public void An_unknown_question_kind_is_reported()
    {
        var problem = SingleProblem(Valid.Replace("  - ask: text", "  - ask: essay"));

        Assert.Equal(7, problem.Line);
        Assert.Contains("text, choice, confirm, number, date", problem.Message);
    }

    [Fact]
    public void A_step_with_two_kinds_is_reported()
    {
        var problem = SingleProblem(Valid.Replace("  - say: Hello.", "  - say: Hello.\n    end: true"));

        Assert.Equal(6, problem.Line);
        Assert.Contains("exactly one of", problem.Message);
    }

    [Fact]
    public void A_choice_question_without_choices_is_reported()
    {
        var broken = Valid.Replace("""
                choices:
                  - value: ready
                  - value: not-yet
                    title: Not yet
                    synonyms: [later]
            """.Replace("\r", ""), "");
        var result = Check(("dialogs/broken.yaml", broken));

        Assert.Contains(result.Problems, p => p.Message.Contains("'choices'") && p.Line == 11);
    }

    [Fact]
    public void A_duplicate_slot_is_reported()
    {
        var result = Check(("dialogs/broken.yaml", Valid.Replace("    slot: ready", "    slot: person")));

        Assert.Contains(result.Problems, p => p.Line == 12 && p.Message.Contains("'person' is used by two questions"));
    }

    [Fact]
    public void A_group_goes_through_messages_and_questions_in_order_without_branches_or_skipped_steps()
    {
        var exercise = Assert.Single(Check(("dialogs/sample.yaml", Valid.Replace("  - id: wait\n    say: That is okay.", "  - id: wait\n    say: That is okay.\n    group: skip"))).Exercises);

        var steps = exercise.GroupSteps();

        Assert.Equal(["Hello."], steps[0].Says.Select(s => s.Say));
        Assert.Equal("person", steps[0].Question!.Slot);
        Assert.Empty(steps[1].Says);
        Assert.Equal("ready", steps[1].Question!.Slot);
        Assert.Equal(["Good luck with {person|them}."], steps[2].Says.Select(s => s.Say));
        Assert.Null(steps[2].Question);
        Assert.Equal(3, steps.Count);
    }

    [Fact]
    public void A_group_step_using_an_answer_the_group_skipped_is_reported()
    {
        var yaml = Valid.Replace("    prompt: Who is it?", "    prompt: Who is it?\n    group: skip");
        var problem = SingleProblem(yaml);

        Assert.Equal(14, problem.Line);
        Assert.Contains("In a group session {person} is not answered before this step", problem.Message);
    }

    [Fact]
    public void Group_skip_on_a_branch_is_reported()
    {
        var problem = SingleProblem(Valid.Replace("      otherwise: wait", "      otherwise: wait\n    group: skip"));

        Assert.Contains("'group: skip' goes only on a message or a question", problem.Message);
    }

    [Fact]
    public void An_exercise_a_group_would_have_no_question_in_is_reported()
    {
        var yaml = Valid.Replace("    prompt: Who is it?", "    prompt: Who is it?\n    group: skip")
            .Replace("    prompt: Ready to talk to {person}?", "    prompt: Ready to talk to {person}?\n    group: skip");

        var problem = SingleProblem(yaml);

        Assert.Contains("A group would have no question to answer here", problem.Message);
    }

    [Fact]
    public void An_unknown_slot_in_text_is_reported()
    {
        var problem = SingleProblem(Valid.Replace("Good luck with {person|them}.", "Good luck with {persn}."));

        Assert.Equal(26, problem.Line);
        Assert.Contains("{persn}", problem.Message);
    }

    [Fact]
    public void A_branch_to_a_missing_step_is_reported()
    {
        var problem = SingleProblem(Valid.Replace("otherwise: wait", "otherwise: wiat"));

        Assert.Equal(24, problem.Line);
        Assert.Contains("'wiat'", problem.Message);
    }

    [Fact]
    public void A_next_to_a_missing_step_is_reported()
    {
        var problem = SingleProblem(Valid.Replace("next: done", "next: finish"));

        Assert.Equal(27, problem.Line);
    }

    [Fact]
    public void A_jump_backwards_is_reported()
    {
        var problem = SingleProblem(Valid.Replace("    say: That is okay.", "    say: That is okay.\n    next: go"));

        Assert.Equal(30, problem.Line);
        Assert.Contains("only go forward", problem.Message);
    }

    [Fact]
    public void A_branch_case_that_is_not_an_answer_is_reported()
    {
        var problem = SingleProblem(Valid.Replace("        ready: go", "        maybe: go"));

        Assert.Equal(23, problem.Line);
        Assert.Contains("'maybe' is not an answer", problem.Message);
    }

    [Fact]
    public void A_duplicate_step_id_is_reported()
    {
        var result = Check(("dialogs/broken.yaml", Valid.Replace("  - id: wait", "  - id: go")));

        Assert.Contains(result.Problems, p => p.Line == 28 && p.Message.Contains("'go' is used twice"));
    }

    [Fact]
    public void Duplicate_exercise_ids_across_files_are_reported_on_the_second_file()
    {
        var result = Check(("dialogs/a.yaml", Valid), ("dialogs/b.yaml", Valid.Replace("[sample exercise]", "[other trigger]")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("dialogs/b.yaml", problem.File);
        Assert.Equal(1, problem.Line);
        Assert.Contains("already used by a.yaml", problem.Message);
    }

    [Fact]
    public void A_trigger_used_by_two_exercises_is_reported()
    {
        var result = Check(("dialogs/a.yaml", Valid), ("dialogs/b.yaml", Valid.Replace("id: sample", "id: other")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("dialogs/b.yaml", problem.File);
        Assert.Contains("'sample exercise' already starts 'sample'", problem.Message);
    }

    [Fact]
    public void A_check_in_on_a_slot_that_is_not_a_date_is_reported()
    {
        var problem = SingleProblem(Valid + "\ncheckIn:\n  dateSlot: person\n  message: Thinking of you.\n");

        Assert.Contains("date question", problem.Message);
    }

    [Fact]
    public void Problems_print_as_file_line_column_message()
    {
        var problem = SingleProblem(Valid.Replace("otherwise: wait", "otherwise: wiat"));

        Assert.Matches(@"^dialogs/broken\.yaml:24:\d+: ", problem.ToString());
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        Assert.Contains("empty", SingleProblem("").Message);
    }

    [Fact]
    public void A_question_without_a_retry_is_reported()
    {
        var problem = SingleProblem(Valid.Replace("    retry: A name is enough.\n", ""));

        Assert.Equal(7, problem.Line);
        Assert.Contains("'person' has no 'retry'", problem.Message);
    }

    [Fact]
    public void A_title_too_long_for_a_button_is_reported()
    {
        var problem = SingleProblem(Valid.Replace("title: Sample", "title: A sample exercise for tests"));

        Assert.Equal(2, problem.Line);
        Assert.Contains("20 or fewer", problem.Message);
    }

    [Fact]
    public void A_summary_field_that_is_never_asked_is_reported()
    {
        var problem = SingleProblem(Valid.Replace("text: You thought about {person|someone}.", "text: You thought about {person|someone} and {feelings|them}."));

        Assert.Contains("{feelings} is not a slot of any question", problem.Message);
        Assert.Contains("never asked", problem.Message);
    }

    [Fact]
    public void A_keep_step_fills_a_slot_the_summary_may_use_and_may_not_reuse_a_question_slot()
    {
        var keep = Valid.Replace("  - id: done\n", "  - keep: plan\n    text: Talk to {person|them}.\n  - id: done\n")
            .Replace("text: You thought about {person|someone}.", "text: |\n    You thought about {person|someone}.\n\n    {plan|}");
        Assert.True(Check(("dialogs/sample.yaml", keep)).IsValid, string.Join("\n", Check(("dialogs/sample.yaml", keep)).Problems));

        var clash = Check(("dialogs/sample.yaml", keep.Replace("- keep: plan", "- keep: person")));
        Assert.Contains(clash.Problems, p => p.Line == 30 && p.Message.Contains("'person' is already a question's slot", StringComparison.Ordinal));
    }

    [Fact]
    public void A_check_in_condition_must_be_on_a_choice_with_known_answers()
    {
        const string CheckIn = "\ncheckIn:\n  dateSlot: when\n  message: Thinking of you.\n  onlyIf:\n    on: {0}\n    is: [{1}]\n";
        var withDate = Valid.Replace("  - branch:", "  - ask: date\n    slot: when\n    prompt: When?\n    retry: Say a day.\n  - branch:");
        Assert.True(Check(("dialogs/sample.yaml", withDate + string.Format(CultureInfo.InvariantCulture, CheckIn, "ready", "ready"))).IsValid);
        Assert.Contains("'soon' is not an answer of 'ready'", SingleProblem(withDate + string.Format(CultureInfo.InvariantCulture, CheckIn, "ready", "soon")).Message);
        Assert.Contains("needs a choice or yes/no question", SingleProblem(withDate + string.Format(CultureInfo.InvariantCulture, CheckIn, "person", "x")).Message);
    }

    // A number that is a length of time declares its unit as data, so "a year" to "how many months?" is read as 12.
    [Fact]
    public void A_number_question_may_declare_the_unit_of_time_it_asks_in()
    {
        const string Asked = "  - ask: number\n    slot: months\n    prompt: How many months might it take?\n{0}    retry: A number of months, like 6.\n  - branch:";
        var withUnit = Check(("dialogs/sample.yaml", Valid.Replace("  - branch:", string.Format(CultureInfo.InvariantCulture, Asked, "    unit: months\n"))));
        Assert.True(withUnit.IsValid, string.Join("\n", withUnit.Problems));
        Assert.Equal(DurationUnit.Months, Assert.Single(withUnit.Exercises).Steps.Single(s => s.Slot == "months").DurationUnit);

        Assert.Contains("add 'unit: months'", SingleProblem(Valid.Replace("  - branch:", string.Format(CultureInfo.InvariantCulture, Asked, ""))).Message);
        var unknown = SingleProblem(Valid.Replace("  - branch:", string.Format(CultureInfo.InvariantCulture, Asked, "    unit: fortnights\n")));
        Assert.Equal(23, unknown.Line);
        Assert.Contains("days, weeks, months, years", unknown.Message);
        Assert.Contains("'unit' is for number questions only", SingleProblem(Valid.Replace("    retry: A name is enough.", "    unit: months\n    retry: A name is enough.")).Message);
    }

    [Fact]
    public void The_shipped_exercises_are_valid()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "dialogs");
        var result = Validator.ValidateFolder(folder);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }
}
