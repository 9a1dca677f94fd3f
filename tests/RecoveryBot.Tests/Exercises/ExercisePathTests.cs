using RecoveryBot.CheckIns;
using RecoveryBot.Exercises;
using RecoveryBot.Safety;
using RecoveryBot.Tests.Conversation;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Exercises;

/// <summary>
/// The situations the exercises used to let fall through, each walked over the real endpoint: a recent slip, amends
/// without contact or to someone who has died, a boundary that would not be safe to say, a rejected boundary statement,
/// "not yet" (no check-in), little support, and relearning how to be with people. Expected texts come from the files.
/// </summary>
public sealed class ExercisePathTests : TrainedAppTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));

    [Fact]
    public async Task After_a_slip_is_found_from_plain_words_and_ends_with_a_summary_that_says_the_work_still_counts()
    {
        var chat = Walks.StartChat(App, conversationId: "slip");
        var slip = Catalog.Find("after-a-slip")!;

        var opened = await chat.SayAsync("after a slip");
        var end = await chat.SayAllAsync("last night", "a row at home and I was alone", "my sponsor Mel", "go to a meeting tonight");

        Assert.Equal(slip.Steps[0].Say, opened[0].Text);
        var summary = SummaryText(end);
        Assert.Contains("When it happened: last night", summary, StringComparison.Ordinal);
        Assert.Contains("Who you'll reach out to today: my sponsor Mel", summary, StringComparison.Ordinal);
        Assert.Contains("doesn't erase the work you've done", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recent_slip_in_rebuild_trust_gets_hope_and_the_number_is_said_back()
    {
        var chat = Walks.StartChat(App, conversationId: "trust-slip");
        var trust = Catalog.Find("rebuild-trust")!;

        await chat.SayAllAsync("rebuild trust", "Jo");
        var slipped = await chat.SayAsync("yes");
        var counted = await chat.SayAsync("20");

        Assert.StartsWith(Say(trust, "slip-hope", new() { ["person"] = "Jo" }), slipped[0].Text, StringComparison.Ordinal);
        Assert.Contains(counted.Texts(), t => t.StartsWith("Thank you for counting honestly (20).", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Amends_when_they_asked_for_no_contact_plan_a_living_amends_and_a_letter_with_no_date_and_no_check_in()
    {
        var chat = Walks.StartChat(App, conversationId: "amends-no-contact");
        var amends = Catalog.Find("plan-amends")!;

        await chat.SayAllAsync("plan amends", "Rosa");
        var noContact = await chat.SayAsync("she asked me not to contact her");
        var end = await chat.SayAllAsync("I stole from her and lied about it", "stay sober and pay back what I took, through her lawyer", "Rosa, I'm sorry for the money and the lies.", "call my sponsor");

        Assert.Equal(Say(amends, "contact-none", new() { ["person"] = "Rosa" }), noContact[0].Text);
        Assert.DoesNotContain(chat.Transcript, t => t.StartsWith(Prompt(amends, "when", "Rosa"), StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Transcript, t => t.StartsWith(Prompt(amends, "method", "Rosa"), StringComparison.Ordinal));
        var summary = SummaryText(end);
        Assert.Contains("stay sober and pay back what I took", summary, StringComparison.Ordinal);
        Assert.Contains("Rosa, I'm sorry for the money and the lies.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("How:", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("When:", summary, StringComparison.Ordinal);
        Assert.Empty(await App.Get<CheckInStore>().ListDueAsync(Walks.Wednesday.AddYears(1), CancellationToken.None));
    }

    [Fact]
    public async Task Amends_to_someone_who_has_died_write_an_unsent_letter_and_honour_them()
    {
        var chat = Walks.StartChat(App, conversationId: "amends-died");
        var amends = Catalog.Find("plan-amends")!;

        await chat.SayAllAsync("plan amends", "my dad");
        var died = await chat.SayAsync("he passed away");

        // Said back in the bot's voice: "your dad", never "my dad".
        Assert.Equal(Say(amends, "contact-cannot", new() { ["person"] = "your dad" }), died[0].Text);
        var end = await chat.SayAllAsync("I missed his last birthday", "Dad, I'm sorry I wasn't there.", "visit his grave every month sober", "talk to my sister");
        var summary = SummaryText(end);
        Assert.Contains("Dad, I'm sorry I wasn't there.", summary, StringComparison.Ordinal);
        Assert.Contains("visit his grave every month sober", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("When:", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_yet_at_the_end_of_plan_amends_plans_no_check_in_even_with_a_date()
    {
        var chat = Walks.StartChat(App, conversationId: "amends-not-yet");

        var end = await Walks.FinishPlanAmendsAsync(chat, readiness: "not yet");

        Assert.DoesNotContain(end.Texts(), t => t.Contains("I'll check in gently", StringComparison.Ordinal));
        Assert.Empty(await App.Get<CheckInStore>().ListDueAsync(Walks.Wednesday.AddYears(1), CancellationToken.None));
    }

    [Fact]
    public async Task A_boundary_that_would_not_be_safe_to_say_gets_the_domestic_violence_line_first_and_a_safety_plan_instead()
    {
        var chat = Walks.StartChat(App, conversationId: "boundary-unsafe");
        var boundaries = Catalog.Find("set-boundaries")!;

        await chat.SayAllAsync("set boundaries", "someone else", "he goes through my phone and shouts");
        var unsafeReplies = await chat.SayAsync("no, I'm scared of him");
        var end = await chat.SayAsync("tell my sister and keep my phone charged");

        // (Being scared of someone may also get the one-line safety check-in first.)
        var helplines = App.Get<CrisisResponseComposer>().ComposeSafetyAtHome(null);
        Assert.Contains(helplines, unsafeReplies.Texts());
        Assert.StartsWith("Your safety comes first", helplines, StringComparison.Ordinal);
        Assert.Contains("National Domestic Violence Hotline", helplines.Split('\n')[1], StringComparison.Ordinal);
        Assert.DoesNotContain(chat.Transcript, t => t.StartsWith(Prompt(boundaries, "feeling"), StringComparison.Ordinal));
        var summary = SummaryText(end);
        Assert.Contains("tell my sister and keep my phone charged", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("I feel", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I don't feel safe")]
    [InlineData("no, it would not be safe")]
    public async Task A_negated_safe_is_never_taken_as_safe(string answer)
    {
        var chat = Walks.StartChat(App, conversationId: "boundary-negated-" + answer.Length);

        await chat.SayAllAsync("set boundaries", "someone else", "he checks my phone every night");
        var replies = await chat.SayAsync(answer);

        var helplines = App.Get<CrisisResponseComposer>().ComposeSafetyAtHome(null);
        Assert.DoesNotContain(chat.Transcript, t => t.StartsWith(Prompt(Catalog.Find("set-boundaries")!, "feeling"), StringComparison.Ordinal));
        Assert.True(replies.Texts().Contains(helplines) || replies.Texts().Any(t => t.StartsWith(Catalog.Find("set-boundaries")!.Steps.Single(s => s.Slot == "safe").Retry!, StringComparison.Ordinal)),
            string.Join("\n", replies.Texts()));
    }

    [Fact]
    public async Task Going_back_over_the_slip_question_forgets_the_line_the_old_answer_kept()
    {
        var chat = Walks.StartChat(App, conversationId: "trust-slip-back");

        await chat.SayAllAsync("rebuild trust", "Jo", "yes", "go back", "no");
        var end = await chat.SayAllAsync("3", "call on Sunday when I say I will", "show up every week", "no");

        Assert.DoesNotContain("slip", SummaryText(end), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_crisis_right_after_a_cancel_in_other_words_keeps_the_exercise_for_resume()
    {
        var chat = Walks.StartChat(App, conversationId: "cancel-then-crisis");

        await chat.SayAllAsync("plan amends", "Dana", "yes");
        await chat.SayAsync("I'd like to abandon this exercise entirely. No need to keep any of it.");
        var crisis = await chat.SayAsync("I'm going to take all my pills tonight and end it");
        var resumed = await chat.SayAsync("resume");

        Assert.Contains(crisis.Texts(), t => t.Contains("988", StringComparison.Ordinal));
        Assert.StartsWith("Let's pick up Plan amends", resumed[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_boundary_statement_the_person_rejects_is_left_out_of_the_summary()
    {
        var chat = Walks.StartChat(App, conversationId: "boundary-own-words");

        await Walks.SetBoundariesUpToStatementAsync(chat);
        var end = await chat.SayAllAsync("no", "Please ask me before you look at my phone.", "leave the room calmly", "Say it out loud");

        var summary = SummaryText(end);
        Assert.Contains("Please ask me before you look at my phone.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("I feel watched", summary, StringComparison.Ordinal);
    }

    // From a user trial: answers that start with the template's own words ("When...", "I need...") are not doubled, and a
    // feeling typed with a capital reads as the middle of the sentence it continues.
    [Fact]
    public async Task A_boundary_put_together_from_answers_that_repeat_the_sentence_start_says_each_word_once()
    {
        var chat = Walks.StartChat(App, conversationId: "boundary-lead-ins");

        await chat.SayAllAsync("set boundaries", "someone else", "When my brother calls asking for money.", "yes, it's safe", "Guilty. And angry.");
        var statement = await chat.SayAsync("I need to stop giving him cash. Period.");
        var end = await chat.SayAllAsync("yes", "hang up calmly", "Say it out loud");

        const string Boundary = "When my brother calls asking for money, I feel guilty. And angry. I need to stop giving him cash. Period.";
        Assert.Contains(statement.Texts(), t => t.Contains("\"" + Boundary + "\"", StringComparison.Ordinal));
        Assert.Contains(Boundary, SummaryText(end), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Little_support_gets_a_reply_that_fits_it_and_a_daunting_group_gets_reassurance()
    {
        var chat = Walks.StartChat(App, conversationId: "support-little");
        var support = Catalog.Find("find-support")!;

        await chat.SayAsync("find support");
        var little = await chat.SayAsync("not much, honestly nobody");
        await chat.SayAsync("a group");
        var daunting = await chat.SayAsync("yes");

        Assert.Equal(Say(support, "now-not-much"), little[0].Text);
        Assert.DoesNotContain(little.Texts(), t => t.Contains("worth a lot", StringComparison.Ordinal));
        Assert.Equal(Say(support, "group-gently"), daunting[0].Text);
    }

    [Fact]
    public async Task Being_with_people_plans_one_small_step_with_a_check_in_on_the_day()
    {
        var chat = Walks.StartChat(App, conversationId: "social");

        await chat.SayAsync("being with people");
        var end = await chat.SayAllAsync("work drinks on Friday", "everyone drinks and I don't know what to say", "stay for one soft drink and leave at eight", "next Saturday", "my friend Sam");

        var summary = SummaryText(end);
        Assert.Contains("stay for one soft drink and leave at eight", summary, StringComparison.Ordinal);
        Assert.Contains(end.Texts(), t => t.Contains("I'll check in gently on Saturday 5 December", StringComparison.Ordinal));
    }

    private static string SummaryText(IReadOnlyList<Microsoft.Bot.Schema.Activity> replies) => (string)replies.AdaptiveCard()["body"]![1]!["text"]!;

    private static string Say(ExerciseDefinition exercise, string stepId, Dictionary<string, string>? answers = null) =>
        SlotTemplate.Render(exercise.Steps.Single(s => s.Id == stepId).Say!, answers ?? []);

    private static string Prompt(ExerciseDefinition exercise, string slot, string? person = null) =>
        SlotTemplate.Render(exercise.Steps.Single(s => s.Slot == slot).Prompt!, person is null ? [] : new Dictionary<string, string> { ["person"] = person });
}
