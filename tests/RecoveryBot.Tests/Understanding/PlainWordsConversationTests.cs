using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using RecoveryBot.Bots;
using RecoveryBot.CheckIns;
using RecoveryBot.Conversation;
using RecoveryBot.Exercises;
using RecoveryBot.Journal;
using RecoveryBot.Privacy;
using RecoveryBot.Safety;
using RecoveryBot.Tests.Conversation;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Understanding;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Understanding;

/// <summary>
/// Whole conversations in plain words, over the real endpoint, as people new to the bot would type them: commands in
/// the middle of an exercise, going back, questions instead of answers, the "did you mean...?" check, talk at the menu,
/// choices and names by meaning, and the safety check on edited messages and once-a-day gentle check-ins. The messages
/// are worded for these tests rather than taken from dialogs/intents (only "go back", "my mother", exercise names and
/// button titles are the words a person would use anyway), and every expected reply comes from the bot's own constants
/// or the shipped exercise files. Each test has its own app, database and conversation id.
/// </summary>
public sealed class PlainWordsConversationTests : IAsyncLifetime, IDisposable
{
    // The plan-amends answers of a person planning amends with Dana.
    private const string Person = "Dana";
    private const string Open = "yes"; // Dana is open to hearing from them (the contact question's plain yes)
    private const string Acknowledge = "I kept cancelling on her and missed her graduation";
    private const string Draft = "Dana, I'm sorry for all the times I let you down. I'm working on it every day.";
    private const string Method = "a letter";
    private const string When = "this coming Saturday";
    private const string SelfCare = "call my sponsor and go for a walk";

    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));
    private static readonly ExerciseDefinition PlanAmends = Catalog.Find("plan-amends")!;
    private static readonly ExerciseDefinition AcknowledgeHarm = Catalog.Find("acknowledge-harm")!;
    private static readonly ExerciseDefinition SelfRelationship = Catalog.Find("self-relationship")!;
    private static readonly ExerciseDefinition AfterASlip = Catalog.Find("after-a-slip")!;
    private static readonly ExerciseDefinition SocialSteps = Catalog.Find("social-steps")!;

    private readonly TempDirectory _folder = new();
    private readonly FakeTimeProvider _clock = new(Walks.Wednesday);
    private readonly TestApp _app;

    public PlainWordsConversationTests() => _app = new TestApp(_folder.File("bot.db"), _clock);

    /// <summary>
    /// The hosts wait for the intent model but not for the crisis classifier (trained once per process in the
    /// background, and skipped by a message that arrives before it is ready). Safety replies are part of what these
    /// conversations assert, so every test starts once it is trained: the same messages then get the same replies.
    /// </summary>
    public async Task InitializeAsync() => Assert.NotNull((await _app.Get<CrisisSecondOpinion>().EnsureTrainedAsync()).Classifier);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }

    // ---- 1. Commands in plain words in the middle of an exercise -------------------------------------------------

    [Theory]
    [InlineData("can we stop for tonight, I'm wiped", "ok I'm back, let's keep going with that")]
    [InlineData("let's leave it here for now, I'll come back to this", "could we carry on with the one I paused")]
    public async Task Pausing_and_resuming_in_plain_words_keeps_the_place_and_neither_message_is_kept_as_an_answer(string pause, string resume)
    {
        var chat = Start("pause-" + pause);
        await chat.SayAllAsync("plan amends", Person, Open);

        var paused = await chat.SayAsync(pause);
        _clock.Advance(TimeSpan.FromHours(10)); // the next morning
        var resumed = await chat.SayAsync(resume);

        Assert.Equal([Paused(PlanAmends)], paused.Texts());
        Assert.Equal([Resumed(PlanAmends), Prompt(PlanAmends, "acknowledge")], resumed.Texts());
        Assert.Equal(AmendsSummary(), SummaryText(await FinishAmendsFromAcknowledgeAsync(chat)));
    }

    [Theory]
    [InlineData("show me my saved stuff")]
    [InlineData("where are my old entries")]
    [InlineData("can I look at what I've written before")]
    public async Task Asking_to_see_the_journal_mid_exercise_shows_it_then_asks_the_same_question_and_keeps_nothing(string ask)
    {
        var chat = Start("journal-" + ask);
        await chat.SayAllAsync("plan amends", Person, Open);
        await FinishAmendsFromAcknowledgeAsync(chat);
        var firstPlanSavedAt = _clock.GetUtcNow();
        await chat.SayAllAsync("plan amends", Person, Open);

        var replies = await chat.SayAsync(ask);

        var journal = new List<JournalEntry> { new() { Title = PlanAmends.Summary.Title, CreatedAt = firstPlanSavedAt } };
        Assert.Equal([JournalPresenter.List(journal, 1) + "\n\n" + BotMessages.RetentionNote(RetentionDays), Prompt(PlanAmends, "acknowledge")], replies.Texts());
        Assert.Equal(AmendsSummary(), SummaryText(await FinishAmendsFromAcknowledgeAsync(chat)));
    }

    [Theory]
    [InlineData("please stop sending me reminders")]
    [InlineData("turn off the notifications please")]
    public async Task Turning_reminders_off_mid_exercise_turns_check_ins_off_and_keeps_nothing(string ask)
    {
        var chat = Start("checkins-" + ask);
        await chat.SayAllAsync("plan amends", Person, Open);

        var replies = await chat.SayAsync(ask);

        Assert.Equal([BotMessages.CheckInsOff, Prompt(PlanAmends, "acknowledge")], replies.Texts());
        var end = await FinishAmendsFromAcknowledgeAsync(chat);
        Assert.Equal(AmendsSummary(), SummaryText(end));
        // A day was planned, but with check-ins off none is kept and none is promised.
        Assert.DoesNotContain(end.Texts(), t => t.Contains("check in", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await _app.Get<CheckInStore>().ListForUserAsync(ScheduledCheckIn.UserKeyOf(chat.Client.ChannelId, chat.Client.UserId), default));
    }

    [Theory]
    [InlineData("wait, how does this thing work")]
    [InlineData("I'm confused about what I can type here")]
    public async Task Asking_for_help_mid_exercise_shows_the_help_then_asks_the_same_question_and_keeps_nothing(string ask)
    {
        var chat = Start("help-" + ask);
        await chat.SayAllAsync("plan amends", Person, Open);

        var replies = await chat.SayAsync(ask);

        Assert.Equal([BotMessages.Help, Prompt(PlanAmends, "acknowledge")], replies.Texts());
        Assert.Equal(AmendsSummary(), SummaryText(await FinishAmendsFromAcknowledgeAsync(chat)));
    }

    // ---- 2. Going back ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("go back")]
    [InlineData("I want to change my last answer")]
    [InlineData("oops, can I redo the previous one")]
    public async Task Going_back_asks_the_previous_question_again_and_the_new_answer_replaces_the_old(string back)
    {
        const string FirstTry = "I forgot her birthday";
        var chat = Start("back-" + back);
        await chat.SayAllAsync("plan amends", Person, Open, FirstTry);

        var replies = await chat.SayAsync(back);
        var next = await chat.SayAsync(Acknowledge);

        Assert.Equal([Prompt(PlanAmends, "acknowledge")], replies.Texts());
        Assert.Equal(Prompt(PlanAmends, "draft"), next.LastText());
        var end = await chat.SayAllAsync(Draft, Method, When, SelfCare, NotYet);
        Assert.Equal(AmendsSummary(), SummaryText(end));
        Assert.DoesNotContain(FirstTry, chat.Transcript.Concat([SummaryText(end)]));
    }

    [Fact]
    public async Task Going_back_at_the_first_question_says_there_is_nothing_before_it_and_asks_it_again()
    {
        var chat = Start("back-first");
        await chat.SayAsync("plan amends");

        var replies = await chat.SayAsync("I want to change my last answer");

        Assert.Equal([BotMessages.FirstQuestionMessage, Prompt(PlanAmends, "person")], replies.Texts());
        Assert.StartsWith(Prompt(PlanAmends, "contact"), Assert.Single((await chat.SayAsync(Person)).Texts()), StringComparison.Ordinal);
        await chat.SayAsync(Open);
        Assert.Equal(AmendsSummary(), SummaryText(await FinishAmendsFromAcknowledgeAsync(chat)));
    }

    [Fact]
    public async Task Going_back_over_a_choice_asks_it_again_and_the_new_choice_is_kept()
    {
        var chat = Start("back-choice");
        await chat.SayAllAsync("plan amends", Person, Open, Acknowledge, Draft, Method);

        var replies = await chat.SayAsync("actually let me fix what I said before");
        var call = await chat.SayAsync("on the phone");

        Assert.Equal([Prompt(PlanAmends, "method")], replies.Texts());
        Assert.Equal([Say(PlanAmends, "tip-call"), Prompt(PlanAmends, "when")], call.Texts());
        var end = await chat.SayAllAsync(When, SelfCare, NotYet);
        Assert.Equal(AmendsSummary(method: Choice(PlanAmends, "method", "call")), SummaryText(end));
    }

    // ---- 3. A question instead of an answer ---------------------------------------------------------------------

    [Fact]
    public async Task Questions_mid_exercise_get_the_exercises_answer_or_the_general_one_and_are_never_kept()
    {
        const string NoContact = "what if she asked me not to contact her again?";
        const string Nervous = "is it normal to feel this nervous about it?";
        var chat = Start("questions");
        await chat.SayAllAsync("plan amends", Person, Open, Acknowledge);

        var noContact = await chat.SayAsync(NoContact);
        var nervous = await chat.SayAsync(Nervous);

        Assert.Equal([NoContactAnswer, Prompt(PlanAmends, "draft")], noContact.Texts());
        Assert.Equal([BotMessages.GeneralAnswer, Prompt(PlanAmends, "draft")], nervous.Texts());
        var end = await chat.SayAllAsync(Draft, Method, When, SelfCare, NotYet);
        Assert.Equal(AmendsSummary(), SummaryText(end));
    }

    // Asking what the question means or for an example is answered, and the question comes again; a hedge with a
    // question mark beside a real answer ("like three years? it crept up on us") is kept as the answer.
    [Theory]
    [InlineData("sorry i dont understand the question")]
    [InlineData("give me another example please, my mind's gone blank")]
    public async Task Asking_what_the_question_means_is_answered_and_the_question_comes_again_and_nothing_is_kept(string ask)
    {
        var chat = Start("explain-" + ask);
        await chat.SayAllAsync("acknowledge harm", "my mother", Person);

        var replies = await chat.SayAsync(ask);

        var answered = QuestionAnswers.Find(AcknowledgeHarm, ask) ?? BotMessages.GeneralAnswer;
        Assert.Equal([answered, Prompt(AcknowledgeHarm, "impact")], replies.Texts());
        Assert.False(await ImpactKeptAsync(ask));
    }

    [Fact]
    public async Task A_hedge_with_a_question_mark_beside_an_answer_is_kept_as_the_answer()
    {
        const string Hedged = "like three years? it crept up on all of us";
        var chat = Start("hedged-answer");
        await chat.SayAllAsync("acknowledge harm", "my mother", Person, "I broke her trust", "nights waiting up for me");

        var replies = await chat.SayAsync(Hedged);

        Assert.Equal(Prompt(AcknowledgeHarm, "acceptance"), replies.LastText());
        Assert.True(await KeptAsync("howLong", Hedged));
    }

    [Theory]
    [InlineData("what if he asked me not to contact him anymore?")]
    [InlineData("she asked me not to contact her, is this still okay?")]
    [InlineData("my sister said she never wants to hear from me again, what then?")]
    public async Task No_contact_questions_in_other_words_get_the_exercises_answer_and_are_never_kept(string question)
    {
        var chat = Start("no-contact-" + question);
        await chat.SayAllAsync("plan amends", Person, Open, Acknowledge);

        var replies = await chat.SayAsync(question);

        // The exercise's own answer, then the question again. A question about harm asked while writing a draft may also
        // get the one-line check-in (an answer there is expected to be dark, so the model alone asks gently), never the
        // full crisis response.
        Assert.Equal([NoContactAnswer, Prompt(PlanAmends, "draft")], replies.Texts().Where(t => !t.StartsWith("That sounds heavy", StringComparison.Ordinal)));
        Assert.DoesNotContain(replies, a => a.Text.Contains("911", StringComparison.Ordinal));
        var end = await chat.SayAllAsync(Draft, Method, When, SelfCare, NotYet);
        Assert.Equal(AmendsSummary(), SummaryText(end));
    }

    // At a choice question "..., what i do" asks, as "what if" does there: it is answered and the choice asked again,
    // where it used to get the choice's "You can pick one..." as if it were a choice not understood.
    [Fact]
    public async Task What_to_do_asked_at_a_choice_question_is_answered_and_the_choice_asked_again()
    {
        var chat = Start("choice-what-i-do");
        await chat.SayAllAsync("plan amends", Person);

        var replies = await chat.SayAsync("and if he is angry with me, what i do");

        Assert.Equal(2, replies.Texts().Count());
        Assert.StartsWith(Prompt(PlanAmends, "contact"), replies.LastText(), StringComparison.Ordinal);
        Assert.DoesNotContain(replies.Texts(), t => t.StartsWith("You can pick one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resume_during_another_exercise_swaps_the_two_and_neither_is_lost()
    {
        var chat = Start("resume-swap");
        await chat.SayAllAsync("plan amends", Person, Open, "pause", "be my own friend");

        var swapped = await chat.SayAsync("resume");
        var end = await FinishAmendsFromAcknowledgeAsync(chat);
        var back = await chat.SayAsync("resume");

        Assert.Equal([Resumed(PlanAmends) + " Be your own friend is paused for you in its place.", Prompt(PlanAmends, "acknowledge")], swapped.Texts());
        Assert.Equal(AmendsSummary(), SummaryText(end));
        Assert.Equal([Resumed(SelfRelationship), Prompt(SelfRelationship, "selfTalk")], back.Texts());
    }

    // ---- 4. "Did you mean...?" ----------------------------------------------------------------------------------

    // The classifier half-thinks "cancel" (between 0.45 and 0.8). "I'm done with this" was this line until the
    // questions and answers of 2026-12-06 made it a clear cancel (0.83), which can be undone.
    private const string MaybeCancel = "no more of this";

    [Fact]
    public async Task A_message_that_might_be_a_command_is_checked_once_and_its_my_answer_keeps_the_original_message()
    {
        const string Maybe = MaybeCancel;
        var chat = Start("clarify-answer");
        await chat.SayAllAsync("plan amends", Person, Open, Acknowledge);

        var check = await chat.SayAsync(Maybe);
        var after = await chat.SayAsync(BotMessages.ItWasMyAnswer);

        var doing = BotMessages.CommandNames["cancel"];
        Assert.Equal([string.Format(CultureInfo.InvariantCulture, BotMessages.ClarifyFormat, doing)], check.Texts());
        Assert.Equal([BotMessages.Capitalize(doing), BotMessages.ItWasMyAnswer], check[0].SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal([Say(PlanAmends, "reactions"), Prompt(PlanAmends, "method")], after.Texts());
        var end = await chat.SayAllAsync(Method, When, SelfCare, NotYet);
        Assert.Equal(AmendsSummary(draft: Maybe), SummaryText(end));
        Assert.Single(chat.Transcript, t => t.StartsWith(BotMessages.ClarifyFormat[..BotMessages.ClarifyFormat.IndexOf('{', StringComparison.Ordinal)], StringComparison.Ordinal));
    }

    // Someone who answers the check the next morning goes on with it: the words asked about are kept, with no
    // "welcome back, continue?" in between to lose them.
    [Fact]
    public async Task Its_my_answer_said_after_a_long_break_still_keeps_the_original_message()
    {
        const string Maybe = MaybeCancel;
        var chat = Start("clarify-answer-later");
        await chat.SayAllAsync("plan amends", Person, Open, Acknowledge);

        await chat.SayAsync(Maybe);
        _clock.Advance(TimeSpan.FromHours(10));
        var after = await chat.SayAsync(BotMessages.ItWasMyAnswer);

        Assert.Equal([Say(PlanAmends, "reactions"), Prompt(PlanAmends, "method")], after.Texts());
        var end = await chat.SayAllAsync(Method, When, SelfCare, NotYet);
        Assert.Equal(AmendsSummary(draft: Maybe), SummaryText(end));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData(null)] // the button that names the command
    [InlineData("yeah, stop the exercise please")]
    public async Task A_message_that_might_be_a_command_does_the_command_when_the_answer_to_the_check_is_the_command(string? reply)
    {
        var chat = Start("clarify-command-" + (reply ?? "button"));
        await chat.SayAllAsync("plan amends", Person, Open, Acknowledge);

        var check = await chat.SayAsync(MaybeCancel);
        var done = await chat.SayAsync(reply ?? BotMessages.Capitalize(BotMessages.CommandNames["cancel"]));

        Assert.Equal([string.Format(CultureInfo.InvariantCulture, BotMessages.ClarifyFormat, BotMessages.CommandNames["cancel"])], check.Texts());
        Assert.Equal([BotMessages.Cancelled], done.Texts());
        Assert.Equal([BotMessages.NothingPaused, Menu.Text], (await chat.SayAsync("resume")).Texts());
    }

    // "how I hurt them still haunts me" tells and "how i find a meeting in english" asks, in the same word order: when
    // the classifier leans question, the bot asks once and the reply decides; neither the answer nor the question is lost.
    private const string MaybeAsked = "how I hurt them still haunts me";

    [Theory]
    [InlineData(0, BotMessages.ItWasMyAnswer, true)]
    [InlineData(1, "no", true)]
    [InlineData(2, "no, that's my answer, not a question", true)]
    [InlineData(3, "it's not a question", true)]
    [InlineData(4, BotMessages.ItWasAQuestion, false)]
    [InlineData(5, "yes", false)]
    [InlineData(6, "no, it was a question", false)]
    [InlineData(7, "that's not my answer", false)]
    public async Task A_message_that_might_be_a_question_is_checked_once_and_the_reply_decides(int id, string reply, bool kept)
    {
        var chat = Start("clarify-question-" + id);
        await chat.SayAllAsync("acknowledge harm", "my mother", Person);

        var check = await chat.SayAsync(MaybeAsked);
        var after = await chat.SayAsync(reply);

        Assert.Equal([BotMessages.ClarifyQuestion], check.Texts());
        Assert.Equal([BotMessages.ItWasAQuestion, BotMessages.ItWasMyAnswer], check[0].SuggestedActions.Actions.Select(a => a.Title));
        // Asked, it gets the exercise's nearest answer (or the general one), then the same question again.
        var answered = QuestionAnswers.Find(AcknowledgeHarm, MaybeAsked) ?? BotMessages.GeneralAnswer;
        Assert.Equal(kept ? [Prompt(AcknowledgeHarm, "experience")] : [answered, Prompt(AcknowledgeHarm, "impact")], after.Texts());
        Assert.Equal(kept, await ImpactKeptAsync(MaybeAsked));
    }

    [Fact]
    public async Task A_new_answer_instead_of_a_reply_to_the_question_check_is_kept_as_the_answer()
    {
        const string Instead = "I lied to her about money for years";
        var chat = Start("clarify-question-instead");
        await chat.SayAllAsync("acknowledge harm", "my mother", Person, MaybeAsked);

        var after = await chat.SayAsync(Instead);

        Assert.Equal([Prompt(AcknowledgeHarm, "experience")], after.Texts());
        Assert.True(await ImpactKeptAsync(Instead));
    }

    // Bad input in reply to the check: nothing typed, or far more than the question keeps. Neither is taken as a yes or
    // a no; each is read as a new message (asked for in words, or to be shorter), and the first message is not kept.
    [Theory]
    [InlineData(0, "   ")]
    [InlineData(1, null)]
    public async Task An_empty_or_huge_reply_to_the_question_check_is_a_new_message_and_keeps_nothing(int id, string? reply)
    {
        var chat = Start("clarify-question-bad-" + id);
        await chat.SayAllAsync("acknowledge harm", "my mother", Person, MaybeAsked);

        var after = await chat.SayAsync(reply ?? new string('a', 5000));

        Assert.Equal(reply is null ? Retry(AcknowledgeHarm, "impact") : BotMessages.NoTextReply, after.LastText());
        Assert.False(await ImpactKeptAsync(MaybeAsked));
        Assert.Equal([Prompt(AcknowledgeHarm, "experience")], (await chat.SayAsync("I broke her trust")).Texts());
    }

    [Fact]
    public async Task Crisis_resources_asked_for_during_the_question_check_end_the_check_and_the_next_answer_is_kept()
    {
        const string Answer = "no, I never told her the truth about any of it";
        var chat = Start("clarify-question-help-now");
        await chat.SayAllAsync("acknowledge harm", "my mother", Person, MaybeAsked);

        var resources = await chat.SayAsync("help now");
        var after = await chat.SayAsync(Answer);

        Assert.Equal(Prompt(AcknowledgeHarm, "impact"), resources.LastText());
        Assert.Equal([Prompt(AcknowledgeHarm, "experience")], after.Texts());
        Assert.True(await ImpactKeptAsync(Answer));
        Assert.False(await ImpactKeptAsync(MaybeAsked));
    }

    // Whether the acknowledge-harm "impact" answer stored in the conversation's state is this text.
    private Task<bool> ImpactKeptAsync(string text) => KeptAsync("impact", text);

    private async Task<bool> KeptAsync(string slot, string text) =>
        (await StateTable.ReadAllDecryptedAsync(_app)).Values.Any(row => row.Contains("\"value:" + slot + "\":\"" + text + "\"", StringComparison.Ordinal));

    // A cancel read from other words acts at once (as any command the classifier is sure of) but can be undone with the
    // next message, in case it was misread.
    private const string Abandon = "I'd like to abandon this exercise entirely. No need to keep any of it.";

    [Theory]
    [InlineData("undo")]
    [InlineData("oops, I didn't mean that")]
    [InlineData(BotMessages.Undo)] // the button
    public async Task A_cancel_in_other_words_stops_the_exercise_and_undo_straight_after_brings_it_back_where_it_was(string undo)
    {
        var chat = Start("cancel-undo-" + undo);
        await chat.SayAllAsync("plan amends", Person, Open);

        var cancelled = await chat.SayAsync(Abandon);
        var undone = await chat.SayAsync(undo);

        Assert.Equal([string.Format(CultureInfo.InvariantCulture, BotMessages.CancelledUndoFormat, "Plan amends")], cancelled.Texts());
        Assert.Equal([BotMessages.Undo, "Menu"], cancelled[0].SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal([string.Format(CultureInfo.InvariantCulture, BotMessages.UndoneFormat, "Plan amends"), Prompt(PlanAmends, "acknowledge")], undone.Texts());
        Assert.Equal(AmendsSummary(), SummaryText(await FinishAmendsFromAcknowledgeAsync(chat)));
    }

    // "I'm done with this" mid-draft was a half-clear cancel, asked about; since the examples of 2026-12-06 (late) the
    // classifier is sure of it (0.83), so it stops the exercise at once, and "undo" brings the draft question back. This
    // pins the model's reading (0.83 against the bar of 0.8): retrained on new examples it may move, and should be looked
    // at again then.
    [Fact]
    public async Task Im_done_with_this_mid_exercise_stops_it_and_undo_brings_it_back()
    {
        var chat = Start("done-with-this");
        await chat.SayAllAsync("plan amends", Person, Open, Acknowledge);

        var cancelled = await chat.SayAsync("I'm done with this");
        var undone = await chat.SayAsync("undo");

        Assert.Equal([string.Format(CultureInfo.InvariantCulture, BotMessages.CancelledUndoFormat, "Plan amends")], cancelled.Texts());
        Assert.Equal([string.Format(CultureInfo.InvariantCulture, BotMessages.UndoneFormat, "Plan amends"), Prompt(PlanAmends, "draft")], undone.Texts());
    }

    [Fact]
    public async Task After_a_cancel_in_other_words_any_other_message_forgets_the_exercise_for_good()
    {
        var chat = Start("cancel-forgotten");
        await chat.SayAllAsync("plan amends", Person, Open);

        await chat.SayAsync(Abandon);
        var menu = await chat.SayAsync("menu");
        var undo = await chat.SayAsync("undo");
        var resume = await chat.SayAsync("resume");

        Assert.Equal(Menu.Text, menu.LastText());
        Assert.DoesNotContain(undo.Texts(), t => t.Contains("Plan amends", StringComparison.Ordinal) && t.Contains("where you were", StringComparison.Ordinal));
        Assert.Equal([BotMessages.NothingPaused, Menu.Text], resume.Texts());
    }

    // ---- 5. Talk at the menu ------------------------------------------------------------------------------------

    private const string Brother = "I keep letting my brother down and I want to say sorry";

    [Fact]
    public async Task Describing_a_situation_at_the_menu_offers_the_exercise_about_your_brother_and_yes_starts_it_without_asking_who()
    {
        var chat = Start("offer-yes");

        var offer = await chat.SayAsync(Brother);
        var yes = await chat.SayAsync("yes");

        Assert.Equal(Offer(PlanAmends, "your brother"), offer.LastText());
        AssertBegunAboutYourBrother(yes.Texts());

        // "back" goes to "who", to change it.
        Assert.Equal([Prompt(PlanAmends, "person")], (await chat.SayAsync("back")).Texts());
        Assert.StartsWith(Prompt(PlanAmends, "contact", "Sam"), (await chat.SayAsync("Sam")).LastText(), StringComparison.Ordinal);
    }

    // The person is kept only when the message named one and no other, and only where "who" is the first question: a
    // guess at the wrong person would go into the plan, the summary and the check-in, and in acknowledge-harm "Yourself"
    // leads past "who" (a review's findings).
    [Theory]
    [InlineData("my sponsor says I should make amends with my dad")]
    [InlineData("I want to make amends with my mum and dad")]
    [InlineData("I want to make amends with my mum & dad")]
    [InlineData("I want to make amends with my mum/dad")]
    public async Task An_offer_for_a_message_naming_more_than_one_person_names_nobody_and_asks_who(string message)
    {
        var chat = Start("offer-two-" + message.Length + message[^4..]);

        var offer = await chat.SayAsync(message);
        var yes = await chat.SayAsync("yes");

        Assert.Equal(Offer(PlanAmends, null), offer.LastText());
        Assert.Equal([.. Intro(PlanAmends), Prompt(PlanAmends, "person")], yes.Texts());
    }

    [Fact]
    public async Task Yourself_after_an_offer_about_your_brother_talks_about_yourself()
    {
        var chat = Start("offer-acknowledge-yourself");

        var offer = await chat.SayAsync("my drinking really hurt my brother and I want to look at that honestly");
        await chat.SayAsync("yes");
        var self = await chat.SayAsync(AcknowledgeHarm.Steps.Single(s => s.Slot == "relationship").Choices!.Single(c => c.Value == "yourself").DisplayTitle);

        Assert.Equal(Offer(AcknowledgeHarm, "your brother"), offer.LastText());
        Assert.DoesNotContain(self.Texts(), t => t.Contains("your brother", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_offer_without_a_person_named_asks_who()
    {
        var chat = Start("offer-nobody");

        var offer = await chat.SayAsync("I hurt people when I was drinking and I want to put it right");
        await chat.SayAsync("yes");
        var relationship = await chat.SayAsync(AcknowledgeHarm.Steps.Single(s => s.Slot == "relationship").Choices![0].DisplayTitle);

        Assert.Equal(Offer(AcknowledgeHarm, null), offer.LastText());
        Assert.Contains(Prompt(AcknowledgeHarm, "person", null), relationship.Texts());
    }

    // The two newer exercises, described in a person's own words (written for this test, in no data or held-out file).
    [Theory]
    [InlineData("after-a-slip", "had a couple of cans at my uncle's 60th, first drink since march")]
    [InlineData("after-a-slip", "went back on the gear over the weekend after four months off it")]
    [InlineData("social-steps", "my work's leaving do is friday and I've no idea how to stand around sober")]
    [InlineData("social-steps", "I barely leave the flat since I quit, I'd like to see people again")]
    public async Task Describing_a_slip_or_a_hard_time_with_people_at_the_menu_offers_that_exercise(string id, string text)
    {
        var exercise = id == AfterASlip.Id ? AfterASlip : SocialSteps;
        var chat = Start("offer-" + text);

        var offer = await chat.SayAsync(text);
        var yes = await chat.SayAsync("yes");

        Assert.Equal(exercise.Offer!.Replace("\n", " ", StringComparison.Ordinal).Trim(), offer.LastText());
        Assert.Equal(Prompt(exercise, exercise.Steps.First(s => s.Slot is not null).Slot!), yes.LastText());
    }

    [Fact]
    public async Task Describing_a_situation_at_the_menu_offers_the_exercise_and_no_shows_the_menu()
    {
        var chat = Start("offer-no");

        var offer = await chat.SayAsync(Brother);
        var no = await chat.SayAsync("no");

        Assert.Equal(Offer(PlanAmends, "your brother"), offer.LastText());
        Assert.Equal([Menu.Text], no.Texts());
    }

    // A question about the offer is answered from the exercise's own answers where it has one, and the offer asked again;
    // it used to get the menu's general reply and lose the offer.
    [Theory]
    [InlineData("what if he doesn't want to hear from me?", true)]
    [InlineData("how long does it take?", false)]
    public async Task A_question_about_an_offered_exercise_is_answered_and_the_offer_asked_again(string question, bool answeredByTheExercise)
    {
        var chat = Start("offer-question-" + answeredByTheExercise);

        await chat.SayAsync(Brother);
        var replies = await chat.SayAsync(question);
        var yes = await chat.SayAsync("yes");

        var expected = answeredByTheExercise ? QuestionAnswers.Find(PlanAmends, question) : BotMessages.GeneralAnswer;
        Assert.NotNull(expected);
        Assert.Equal([expected, Offer(PlanAmends, "your brother")], replies.Texts());
        AssertBegunAboutYourBrother(yes.Texts());
    }

    // Bad input at an offer loses nothing: a huge question is answered like any other and the offer asked again; an
    // empty message gets the reply for a message without words; "yes" still starts the exercise after either.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_huge_question_or_an_empty_message_at_an_offer_keeps_the_offer(bool huge)
    {
        var chat = Start("offer-odd-" + huge);

        await chat.SayAsync(Brother);
        var replies = await chat.SayAsync(huge ? string.Concat(Enumerable.Repeat("what if he won't answer my call ", 2000)) + "?" : "");
        var yes = await chat.SayAsync("yes");

        Assert.Equal(huge ? Offer(PlanAmends, "your brother") : BotMessages.NoTextReply, replies.LastText());
        AssertBegunAboutYourBrother(yes.Texts());
    }

    // A clearer low moment at an offer gets the kind word, and the offer is not pressed again; it still stands for a "yes".
    [Fact]
    public async Task A_negated_mention_at_an_offer_gets_the_kind_word_and_not_the_offer_again()
    {
        var chat = Start("offer-concern");

        await chat.SayAsync(Brother);
        var replies = await chat.SayAsync("I'm not going to hurt myself, I just feel low");
        var yes = await chat.SayAsync("yes");

        var only = Assert.Single(replies.Texts());
        Assert.Contains("988", only);
        Assert.EndsWith("I'm here whenever you'd like to keep talking.", only, StringComparison.Ordinal);
        AssertBegunAboutYourBrother(yes.Texts());
    }

    // At the menu too: the kind word ends "I'm here whenever you'd like to keep talking", and the whole menu sent after it
    // again pressed a choice on someone who had just said they feel low. The menu still waits for a choice.
    [Fact]
    public async Task A_negated_mention_at_the_menu_gets_the_kind_word_and_not_the_menu_again()
    {
        var chat = Start("menu-concern");

        var menu = await chat.SayAsync("menu");
        var replies = await chat.SayAsync("I'm not going to hurt myself, I just feel low");
        var pick = await chat.SayAsync("plan amends");

        Assert.Equal(Menu.Text, menu.LastText());
        var only = Assert.Single(replies.Texts());
        Assert.Contains("988", only);
        Assert.EndsWith("I'm here whenever you'd like to keep talking.", only, StringComparison.Ordinal);
        Assert.Equal([.. Intro(PlanAmends), Prompt(PlanAmends, "person")], pick.Texts());
    }

    // "help now" at the menu gets the resources alone, and the menu still takes a choice after them.
    [Fact]
    public async Task Help_now_at_the_menu_gets_the_resources_and_not_the_menu_again()
    {
        var chat = Start("menu-help-now");

        await chat.SayAsync("menu");
        var replies = await chat.SayAsync("help now");
        var pick = await chat.SayAsync("plan amends");

        var only = Assert.Single(replies.Texts());
        Assert.Contains("988", only);
        Assert.DoesNotContain(Menu.Text, replies.Texts());
        Assert.Equal([.. Intro(PlanAmends), Prompt(PlanAmends, "person")], pick.Texts());
    }

    // After a safety signal the offer is not pressed again, even when the message is a question.
    [Fact]
    public async Task A_low_mood_question_at_an_offer_gets_the_check_in_and_not_the_offer_again()
    {
        var chat = Start("offer-low-mood-question");
        var gentle = _app.Get<CrisisResponseComposer>().ComposeGentleCheck(null);

        await chat.SayAsync(Brother);
        var replies = await chat.SayAsync("what's the point of any of this?");

        Assert.Equal([gentle, BotMessages.FeelingReply, Menu.Text], replies.Texts());
    }

    // "I am ..." once read as "I am" (a yes) and started the offered exercise straight after the check-in.
    [Fact]
    public async Task Low_mood_in_reply_to_an_offer_gets_the_check_in_and_the_menu_and_does_not_start_the_exercise()
    {
        var chat = Start("offer-low-mood");
        var gentle = _app.Get<CrisisResponseComposer>().ComposeGentleCheck(null);

        await chat.SayAsync(Brother);
        var replies = await chat.SayAsync(Exhausted);

        Assert.Equal([gentle, BotMessages.FeelingReply, Menu.Text], replies.Texts());
    }

    [Theory]
    [InlineData(1, "ok so my brother has not been answering my calls")]
    [InlineData(2, "Right, I've had a long day, remind me what this one is?")]
    [InlineData(3, "I'm not ready")]
    [InlineData(4, "ok, no thanks")]
    [InlineData(5, "I am... so tired of everything and everyone")]
    [InlineData(6, "yeah, I am so tired of everything and everyone")]
    public async Task A_reply_that_opens_like_a_yes_does_not_start_the_offered_exercise(int number, string reply)
    {
        var chat = Start("offer-opening-" + number);

        await chat.SayAsync(Brother);
        var replies = await chat.SayAsync(reply);

        Assert.DoesNotContain(replies.Texts(), t => Intro(PlanAmends).Contains(t) || t == Prompt(PlanAmends, "person"));
    }

    [Fact]
    public async Task Describing_a_wish_to_apologise_gets_the_offer_alone_without_a_safety_check_in()
    {
        var chat = Start("offer-only");

        var offer = await chat.SayAsync(Brother);

        Assert.Equal([Offer(PlanAmends, "your brother")], offer.Texts());
    }

    [Fact]
    public async Task A_feeling_at_the_menu_gets_a_kind_word_and_the_menu()
    {
        var chat = Start("feeling");

        var replies = await chat.SayAsync("rough day, just feel flat");

        Assert.Equal([BotMessages.FeelingReply, Menu.Text], replies.Texts());
    }

    [Fact]
    public async Task A_greeting_gets_a_hello_and_the_menu_and_thanks_gets_a_thank_you()
    {
        var chat = Start("greeting");

        var hello = await chat.SayAsync("hi, hope you're doing ok");
        var thanks = await chat.SayAsync("cheers, that helped");

        Assert.Equal([BotMessages.GreetingReply, Menu.Text], hello.Texts());
        Assert.Equal([BotMessages.ThanksReply], thanks.Texts());
    }

    // ---- 6. Choices by meaning ----------------------------------------------------------------------------------

    [Fact]
    public async Task My_mother_at_the_relationship_question_picks_family_after_a_retry_that_asks_for_words()
    {
        var chat = Start("choice-family");
        var started = await chat.SayAsync("acknowledge harm");

        var unclear = await chat.SayAsync("hmm hard to say really");
        var mother = await chat.SayAsync("my mother");

        // Five choices with long titles: the question and the retry come with the choices listed under them.
        Assert.StartsWith(Prompt(AcknowledgeHarm, "relationship") + "\n\n", started.LastText());
        Assert.StartsWith(Retry(AcknowledgeHarm, "relationship") + "\n\n", Assert.Single(unclear).Text);
        AssertNoTapOrButton(unclear[0].Text);
        Assert.Equal([Prompt(AcknowledgeHarm, "person")], mother.Texts());
        var state = await StateTable.ReadAllDecryptedAsync(_app);
        Assert.Contains(state.Values, row => row.Contains("\"value:relationship\":\"family\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task I_think_so_yeah_at_the_readiness_question_picks_ready()
    {
        var chat = Start("choice-ready");
        await chat.SayAllAsync("plan amends", Person, Open, Acknowledge, Draft, Method, When, SelfCare);

        var replies = await chat.SayAsync("i think so, yeah");

        Assert.Equal(Say(PlanAmends, "close-ready"), replies[0].Text);
        Assert.Equal(AmendsSummary(), SummaryText(replies));
    }

    [Theory]
    [InlineData("this Saturday")]
    [InlineData("saturday this week")]
    public async Task A_plain_day_at_the_date_question_is_taken_as_that_day(string day)
    {
        var chat = Start("date-" + day);
        await chat.SayAllAsync("plan amends", Person, Open, Acknowledge, Draft, Method);

        var replies = await chat.SayAsync(day);

        var saturday = new DateTime(2026, 11, 28).ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-US"));
        Assert.Equal(
            [string.Format(CultureInfo.InvariantCulture, BotMessages.DateHeardFormat, saturday), Prompt(PlanAmends, "selfCare")],
            replies.Texts());
    }

    [Fact]
    public void Retries_word_the_choices_without_tap_or_button()
    {
        var retries = Catalog.Exercises.SelectMany(e => e.Steps).Select(s => s.Retry).OfType<string>()
            .Append(BotMessages.OfferRetry).Append(BotMessages.NotSureWhichExercise).ToList();

        Assert.NotEmpty(retries);
        Assert.All(retries, AssertNoTapOrButton);
    }

    // ---- 7. Names -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task Her_name_is_Dana_is_shown_back_as_Dana()
    {
        var chat = Start("name-sentence");
        await chat.SayAsync("plan amends");

        var replies = await chat.SayAsync("her name is Dana");

        Assert.StartsWith(Prompt(PlanAmends, "contact"), Assert.Single(replies.Texts()), StringComparison.Ordinal);
        await chat.SayAsync(Open);
        Assert.Equal(AmendsSummary(), SummaryText(await FinishAmendsFromAcknowledgeAsync(chat)));
    }

    [Theory]
    [InlineData("there are so many people I hurt, I can't pick one")]
    [InlineData("honestly it's complicated, there are a lot of people I let down over the years and I can't choose where to begin")]
    public async Task A_sentence_with_no_name_is_asked_again_and_nothing_is_lost(string story)
    {
        var chat = Start("name-story-" + story.Length);
        await chat.SayAsync("plan amends");

        var retry = await chat.SayAsync(story);
        var named = await chat.SayAsync(Person);

        Assert.Equal([Retry(PlanAmends, "person")], retry.Texts());
        Assert.StartsWith(Prompt(PlanAmends, "contact"), Assert.Single(named.Texts()), StringComparison.Ordinal);
        await chat.SayAsync(Open);
        var summary = SummaryText(await FinishAmendsFromAcknowledgeAsync(chat));
        Assert.Equal(AmendsSummary(), summary);
        Assert.DoesNotContain(story, chat.Transcript.Concat([summary]));
    }

    [Theory]
    [InlineData("honestly the one I owe the most is my little sister, her name is Carla, we haven't spoken since last spring", "Carla")]
    [InlineData("it would be my dad, we haven't really talked since I got out of rehab two years ago", "your dad")]
    [InlineData("our son", "your son")]
    public async Task A_name_in_a_long_sentence_is_kept_and_shown_back(string sentence, string name)
    {
        var chat = Start("name-long-" + name);
        await chat.SayAsync("plan amends");

        var replies = await chat.SayAsync(sentence);

        Assert.StartsWith(Prompt(PlanAmends, "contact", name), Assert.Single(replies.Texts()), StringComparison.Ordinal);
    }

    // ---- 8. Safety ----------------------------------------------------------------------------------------------

    [Fact]
    public async Task An_edited_message_that_signals_danger_gets_the_crisis_resources()
    {
        var chat = Start("edit-crisis");
        await chat.SayAllAsync("plan amends", Person, Open);

        // Teams sends an edit as a messageUpdate activity carrying the new text.
        var replies = await chat.Client.SendAsync(new Activity { Type = ActivityTypes.MessageUpdate, Text = "I'm going to take all my pills tonight and end it" });

        Assert.Contains("988", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task A_crisis_in_an_edited_message_sets_the_exercise_aside_so_the_next_message_is_not_kept_as_its_answer()
    {
        var chat = Start("edit-crisis-aside");
        await chat.SayAllAsync("plan amends", Person, Open);

        await chat.Client.SendAsync(new Activity { Type = ActivityTypes.MessageUpdate, Text = "I'm going to take all my pills tonight and end it" });
        var next = await chat.SayAsync("I yelled at him in front of his friends");
        var resumed = await chat.SayAsync("resume");

        Assert.StartsWith(BotMessages.GentleCheck, Assert.Single(next.Texts()), StringComparison.Ordinal);
        Assert.Contains("Plan amends is saved", next.LastText(), StringComparison.Ordinal);
        Assert.Equal([Resumed(PlanAmends), Prompt(PlanAmends, "acknowledge")], resumed.Texts());
        Assert.DoesNotContain("I yelled at him", SummaryText(await FinishAmendsFromAcknowledgeAsync(chat)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_answer_is_not_taken_and_the_person_is_told_how_to_change_it()
    {
        var chat = Start("edit-answer");
        await chat.SayAllAsync("plan amends", Person, Open);
        await chat.SayAsync("I yelled at him in front of his friends");

        var edited = await chat.Client.SendAsync(new Activity { Type = ActivityTypes.MessageUpdate, Text = "I yelled at him in front of his friends and his boss" });

        Assert.Equal([BotMessages.EditNotTaken], edited.Texts());
        // "go back" then asks the question that edit answered.
        Assert.Equal(Prompt(PlanAmends, "acknowledge"), (await chat.SayAsync("go back")).LastText());
    }

    // Two lines the model leans on without certainty (a gentle check-in, not the full response); when new data moves
    // one of them out of that band, choose another.
    private const string Exhausted = "I am so tired of everything and everyone";
    private const string WornOut = "I am worn out and tired of it all";

    [Fact]
    public async Task A_gentle_check_in_is_given_at_most_once_a_conversation_a_day()
    {
        var chat = Start("gentle-daily");
        var gentle = _app.Get<CrisisResponseComposer>().ComposeGentleCheck(null);

        var first = await chat.SayAsync(Exhausted);
        var second = await chat.SayAsync(WornOut);
        var third = await chat.SayAsync(Exhausted);
        _clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await chat.SayAsync(WornOut);

        Assert.Equal([gentle, BotMessages.FeelingReply, Menu.Text], first.Texts());
        Assert.Equal([BotMessages.FeelingReply, Menu.Text], second.Texts());
        Assert.Equal([BotMessages.FeelingReply, Menu.Text], third.Texts());
        Assert.Equal([gentle, BotMessages.FeelingReply, Menu.Text], nextDay.Texts());

        // Once per conversation: someone else, in their own conversation that day, still gets theirs.
        var other = Start("gentle-daily-other");
        Assert.Equal([gentle, BotMessages.FeelingReply, Menu.Text], (await other.SayAsync(WornOut)).Texts());
    }

    [Fact]
    public async Task An_edited_message_gets_no_second_gentle_check_in_on_the_same_day()
    {
        var chat = Start("gentle-edit");
        var gentle = _app.Get<CrisisResponseComposer>().ComposeGentleCheck(null);

        var first = await chat.SayAsync(Exhausted);
        var edited = await chat.Client.SendAsync(new Activity { Type = ActivityTypes.MessageUpdate, Text = WornOut });

        Assert.Equal([gentle, BotMessages.FeelingReply, Menu.Text], first.Texts());
        Assert.Empty(edited.Texts());
    }

    // ---- Helpers ------------------------------------------------------------------------------------------------

    private Chat Start(string name) => Walks.StartChat(_app, conversationId: "plain-words/" + name);

    private int RetentionDays => _app.Get<IOptions<PrivacyOptions>>().Value.RetentionDays;

    // The exercise begun from the offer about "my brother": its introduction, then the question after "who" (he was named
    // already), with him in it.
    private static void AssertBegunAboutYourBrother(IEnumerable<string> texts)
    {
        var all = texts.ToList();
        Assert.Equal(Intro(PlanAmends), all.SkipLast(1));
        Assert.StartsWith(Prompt(PlanAmends, "contact", "your brother"), all[^1], StringComparison.Ordinal);
    }

    private static string Paused(ExerciseDefinition exercise) => string.Format(CultureInfo.InvariantCulture, BotMessages.PausedFormat, exercise.Title);

    // ConversationCommands says this after "resume"; it has no constant of its own.
    private static string Resumed(ExerciseDefinition exercise) => $"Let's pick up {exercise.Title} where you left off.";

    private static IReadOnlyDictionary<string, string> Named(string? person) =>
        person is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["person"] = person };

    private static StepDefinition Question(ExerciseDefinition exercise, string slot) => exercise.Steps.Single(s => s.Slot == slot);

    private static string Prompt(ExerciseDefinition exercise, string slot, string? person = Person) => SlotTemplate.Render(Question(exercise, slot).Prompt!, Named(person));

    private static string Retry(ExerciseDefinition exercise, string slot, string? person = Person) => SlotTemplate.Render(Question(exercise, slot).Retry!, Named(person));

    private static string Say(ExerciseDefinition exercise, string stepId, string? person = Person) =>
        SlotTemplate.Render(exercise.Steps.Single(s => s.Id == stepId).Say!, Named(person));

    private static IEnumerable<string> Intro(ExerciseDefinition exercise) => exercise.Steps.TakeWhile(s => s.Say is not null).Select(s => s.Say!);

    private static string Offer(ExerciseDefinition exercise, string? person) => SlotTemplate.Render(exercise.Offer!, Named(person));

    private static string Choice(ExerciseDefinition exercise, string slot, string value) => Question(exercise, slot).Choices!.Single(c => c.Value == value).DisplayTitle;

    // The readiness button a person taps when they are not ready yet.
    private static string NotYet => Choice(PlanAmends, "readiness", "not-yet");

    private static string NoContactAnswer => PlanAmends.Questions.Single(q => q.Examples.Contains("What if they don't want to hear from me?")).Answer;

    private static void AssertNoTapOrButton(string? text)
    {
        Assert.DoesNotContain("tap", text ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("button", text ?? "", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Answers plan-amends from the acknowledge question to the end with Dana's answers, not yet ready.</summary>
    private static Task<IReadOnlyList<Activity>> FinishAmendsFromAcknowledgeAsync(Chat chat) =>
        chat.SayAllAsync(Acknowledge, Draft, Method, When, SelfCare, NotYet);

    /// <summary>The summary's text on the card among <paramref name="replies"/>.</summary>
    private static string SummaryText(IReadOnlyList<Activity> replies) => (string)replies.AdaptiveCard()["body"]![1]!["text"]!;

    /// <summary>The plan-amends summary for Dana's answers ("this coming Saturday" from Wednesday 25 November is the 28th).</summary>
    private static string AmendsSummary(string draft = Draft, string? method = null) =>
        SlotTemplate.RenderSummary(PlanAmends.Summary.Text, new Dictionary<string, string>
        {
            ["person"] = Person,
            ["approach"] = SlotTemplate.Render(PlanAmends.Steps.First(s => s.Keep == "approach").Text!, Named(Person)),
            ["acknowledge"] = Acknowledge,
            ["draft"] = draft,
            ["method"] = method ?? Choice(PlanAmends, "method", "letter"),
            ["when"] = new DateTime(2026, 11, 28).ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-US")),
            ["selfCare"] = SelfCare,
        }).Trim();
}
