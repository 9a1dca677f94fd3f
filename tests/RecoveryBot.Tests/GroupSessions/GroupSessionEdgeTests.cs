using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Bots;
using RecoveryBot.Conversation;
using RecoveryBot.GroupSessions;
using RecoveryBot.Tests.Channels.DirectLine;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.GroupSessions;

/// <summary>
/// Group sessions when things do not go to plan, over the built-in Direct Line against the real app: a crisis message,
/// a restart, "delete my data", wrong codes, a member who had an exercise running, a session left idle.
/// </summary>
public sealed class GroupSessionEdgeTests : IDisposable
{
    private const string FirstQuestion = "Step 1 of 5. Which kind of social situation";
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<(DirectLineParticipant Facilitator, string Code)> StartSessionAsync(DirectLineTestHost host)
    {
        var facilitator = await DirectLineParticipant.StartAsync(host);
        await facilitator.SayAsync("start group session");
        return (facilitator, DirectLineParticipant.CodeIn(await facilitator.SayAsync("Being with people")));
    }

    private static async Task<DirectLineParticipant> JoinAsync(DirectLineTestHost host, string code)
    {
        var member = await DirectLineParticipant.StartAsync(host);
        Assert.Contains("You've joined", await member.SayAsync($"join {code}"));
        return member;
    }

    [Theory]
    [InlineData("sorry im late, code is {0}")]
    [InlineData("hi lou said to type join {0}")]
    public async Task A_code_said_in_a_sentence_about_joining_joins(string message)
    {
        using var host = new DirectLineTestHost(_folder);
        var (_, code) = await StartSessionAsync(host);
        var member = await DirectLineParticipant.StartAsync(host);

        Assert.Contains("You've joined", await member.SayAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, code)));
    }

    [Fact]
    public async Task A_member_who_asks_for_a_break_is_told_the_question_waits_and_keeps_their_place()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var member = await JoinAsync(host, code);
        await facilitator.SayAsync("next");
        await member.WaitForAsync(FirstQuestion);

        var reply = await member.SayAsync("can i take a break for a min, this one is hitting hard");

        Assert.Contains(BotMessages.GroupMemberBreak, reply);
        Assert.DoesNotContain(BotMessages.GroupSoloWaits, reply);
        Assert.Contains(FirstQuestion, reply);
    }

    [Fact]
    public async Task A_crisis_message_mid_session_gets_the_crisis_response_in_that_chat_only_and_is_never_kept_or_shared()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var member = await JoinAsync(host, code);
        var other = await JoinAsync(host, code);
        await facilitator.SayAsync("next");
        await member.WaitForAsync(FirstQuestion);
        await other.WaitForAsync(FirstQuestion);
        await facilitator.ReadAsync();

        var reply = await member.SayAsync("honestly I want to kill myself tonight");

        Assert.Contains("988", reply);
        Assert.Contains(BotMessages.GroupWillWait, reply);
        Assert.DoesNotContain(BotMessages.GroupShareQuestion, reply);
        Assert.Contains("0 answered this step", await facilitator.SayAsync("status"));
        await other.ExpectNothingNewAsync();
        Assert.DoesNotContain("kill", facilitator.Transcript + other.Transcript);

        // The group moves on, but the question in front of this member stays until they have answered it.
        Assert.Contains("Step 2 of 5 is with 2 members", await facilitator.SayAsync("next"));
        await other.WaitForAsync("Step 2 of 5");
        await member.ExpectNothingNewAsync();

        // The next message gets the gentle check, worded for the group; then the question is still there to answer,
        // and once it is answered the member catches up with the group.
        var check = await member.SayAsync("I don't know");
        Assert.Contains(BotMessages.GentleCheck, check);
        Assert.Contains(BotMessages.GroupGentleCheckTail.Trim(), check);
        Assert.Contains(BotMessages.GroupShareQuestion, await member.SayAsync("crowded parties"));
        var caughtUp = await member.SayAsync("no");
        Assert.Contains(BotMessages.GroupCatchUp, caughtUp);
        Assert.Contains("Step 2 of 5. What makes it hard?", caughtUp);
        Assert.Contains("crowded parties", await member.SayAsync("my reflections") + await member.SayAsync("open 1"));
    }

    [Fact]
    public async Task Only_a_plain_yes_shares_an_answer()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var first = await JoinAsync(host, code);
        var second = await JoinAsync(host, code);
        await facilitator.SayAsync("next");
        await first.WaitForAsync(FirstQuestion);
        await second.WaitForAsync(FirstQuestion);

        await first.SayAsync("dinners at my aunt Rosalind's house");
        Assert.Contains(BotMessages.GroupKeptPrivate, await first.SayAsync("i will think about it"));
        await second.SayAsync("work drinks with Bartholomew");
        await second.SayAsync("yes");
        Assert.Contains(BotMessages.GroupKeptPrivate, await second.SayAsync("ok but please take out his name first"));

        Assert.Contains(BotMessages.GroupNoShares, await facilitator.SayAsync("show shares"));
        await facilitator.SayAsync("next");
        await first.WaitForAsync("Step 2 of 5");
        Assert.DoesNotContain("Bartholomew", first.Transcript + facilitator.Transcript);
        Assert.DoesNotContain("Rosalind", second.Transcript + facilitator.Transcript);
    }

    // From a user trial: "Affirmative" at "share it?" kept the answer private. A clear yes said alone shares, at both
    // questions; a yes with more still keeps it private.
    [Fact]
    public async Task A_clear_yes_said_alone_shares_an_answer()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var first = await JoinAsync(host, code);
        var second = await JoinAsync(host, code);
        var third = await JoinAsync(host, code);
        await facilitator.SayAsync("next");
        await first.WaitForAsync(FirstQuestion);
        await second.WaitForAsync(FirstQuestion);
        await third.WaitForAsync(FirstQuestion);

        await first.SayAsync("dinners at my aunt's house");
        Assert.Contains("This is exactly what the group would see", await first.SayAsync("Affirmative"));
        Assert.Contains(BotMessages.GroupShared, await first.SayAsync("Confirmed."));
        await second.SayAsync("work drinks on fridays");
        Assert.Contains("This is exactly what the group would see", await second.SayAsync("si"));
        Assert.Contains(BotMessages.GroupShared, await second.SayAsync("do it"));
        await third.SayAsync("big family weddings");
        Assert.Contains(BotMessages.GroupKeptPrivate, await third.SayAsync("affirmative, but leave out weddings"));

        Assert.Contains("Shared anonymously (2)", await facilitator.SayAsync("show shares"));
        Assert.DoesNotContain("big family weddings", facilitator.Transcript);
    }

    // "my dad" is the member's own words in what they share and keep; only the bot's own questions say "your dad" (the
    // first version of that wording rewrote the member's answer itself, share and journal included; a review's finding).
    [Fact]
    public async Task A_name_given_as_my_dad_is_shared_and_kept_in_the_members_own_words()
    {
        using var host = new DirectLineTestHost(_folder);
        var facilitator = await DirectLineParticipant.StartAsync(host);
        await facilitator.SayAsync("start group session");
        var code = DirectLineParticipant.CodeIn(await facilitator.SayAsync("Plan amends"));
        var member = await JoinAsync(host, code);
        await facilitator.SayAsync("next");
        await member.WaitForAsync("Step 1 of");

        await member.SayAsync("my dad");
        var preview = await member.SayAsync("yes");
        await member.SayAsync("yes");
        var shares = await facilitator.SayAsync("next"); // the shares are shown as the group moves on
        var journal = await member.SayAsync("my reflections") + await member.SayAsync("open 1");

        Assert.Contains("my dad", preview);
        Assert.Contains("my dad", shares);
        Assert.Contains("my dad", journal);
        Assert.DoesNotContain("> your dad", preview + shares); // quoted answers; the bot's next question may say "your dad"
    }

    // Every reply to "share it?" answers it: a question there keeps the answer private and the member in the session (it
    // was once taken as talk at the menu, whose reply ended the member's part in the step).
    [Fact]
    public async Task A_question_in_reply_to_share_it_keeps_the_answer_private_and_the_member_in_the_session()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var member = await JoinAsync(host, code);
        await facilitator.SayAsync("next");
        await member.WaitForAsync(FirstQuestion);

        await member.SayAsync("big family weddings");
        var reply = await member.SayAsync("wait, who would be able to see it?");

        Assert.Contains(BotMessages.GroupKeptPrivate, reply);
        Assert.DoesNotContain("What would you like to reflect on?", reply);
        Assert.Contains(BotMessages.GroupNoShares, await facilitator.SayAsync("show shares"));
        await facilitator.SayAsync("next");
        await member.WaitForAsync("Step 2 of 5");
    }

    [Fact]
    public async Task A_session_carries_on_after_the_bot_restarts()
    {
        DirectLineParticipant facilitator, member;
        string code;
        using (var host = new DirectLineTestHost(_folder))
        {
            (facilitator, code) = await StartSessionAsync(host);
            member = await JoinAsync(host, code);
            await facilitator.SayAsync("next");
            await member.WaitForAsync(FirstQuestion);
        }

        using (var restarted = new DirectLineTestHost(_folder))
        {
            member = member.On(restarted);
            facilitator = facilitator.On(restarted);
            Assert.Contains(BotMessages.GroupShareQuestion, await member.SayAsync("weddings"));
            await member.SayAsync("yes");
            Assert.Contains(BotMessages.GroupShared, await member.SayAsync("yes"));

            var next = await facilitator.SayAsync("next");
            Assert.Contains("> weddings", next);
            Assert.Contains("Step 2 of 5 is with 1 member", next);
            await member.WaitForAsync("Step 2 of 5. What makes it hard?");
            Assert.Contains($"step 2 of 5", await facilitator.SayAsync("status"));
        }
    }

    [Fact]
    public async Task A_member_who_deletes_their_data_leaves_and_takes_every_share_with_them()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var leaving = await JoinAsync(host, code);
        var staying = await JoinAsync(host, code);
        await facilitator.SayAsync("next");
        foreach (var member in new[] { leaving, staying })
        {
            await member.WaitForAsync(FirstQuestion);
        }

        await leaving.SayAsync("office parties, ask for Jordan Pike");
        await leaving.SayAsync("yes");
        await leaving.SayAsync("yes");
        Assert.Contains(BotMessages.GroupOneShareWaits, await facilitator.SayAsync("show shares"));
        await staying.SayAsync("christenings");
        await staying.SayAsync("yes");
        await staying.SayAsync("yes");
        Assert.Contains("Shared anonymously (2)", await facilitator.SayAsync("show shares"));
        await staying.WaitForAsync("> office parties, ask for Jordan Pike");

        await leaving.SayAsync("delete my data");
        Assert.Contains(BotMessages.DataDeleted, await leaving.SayAsync("yes"));

        await facilitator.WaitForAsync("A member stepped away. 1 member left in the session.");
        await facilitator.SayAsync("export shares");
        var file = facilitator.All[^1]["attachments"]![0]!;
        var markdown = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(((string)file["contentUrl"]!).Split(',')[1]));
        Assert.Contains("> christenings", markdown);
        Assert.DoesNotContain("Jordan", markdown);
        Assert.Contains("1 member;", await facilitator.SayAsync("status"));
        var next = await facilitator.SayAsync("next");
        Assert.Contains("Step 2 of 5 is with 1 member", next);
        await staying.WaitForAsync("Step 2 of 5");
        await leaving.ExpectNothingNewAsync();
    }

    [Fact]
    public async Task Wrong_codes_twice_joining_and_commands_that_are_not_the_members_get_a_clear_kind_answer()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var member = await DirectLineParticipant.StartAsync(host);

        var wrong = code == "K7PQ2M" ? "K7PQ2N" : "K7PQ2M";
        Assert.Contains(BotMessages.GroupCodeNotFound, await member.SayAsync($"join {wrong}"));
        Assert.Contains(BotMessages.GroupCodeMalformed, await member.SayAsync("join K0OL1I"));
        Assert.Contains("You've joined", await member.SayAsync($"join {code[..3]}-{code[3..]}"));
        Assert.Contains(BotMessages.GroupAlreadyJoined, await member.SayAsync($"join {code}"));
        Assert.Contains(BotMessages.GroupInAnotherSession, await member.SayAsync("join K7PQ2A"));
        Assert.Contains(BotMessages.GroupFacilitatorOnly, await member.SayAsync("next"));
        Assert.Contains(BotMessages.GroupFacilitatorOnly, await member.SayAsync("end session"));
        Assert.Contains(BotMessages.GroupSoloWaits, await member.SayAsync("menu"));
        Assert.Contains(BotMessages.GroupWaitingToBegin, await member.SayAsync("hello?"));
        Assert.Contains(BotMessages.GroupAlreadyFacilitating, await facilitator.SayAsync($"join {code}"));
        Assert.Contains(BotMessages.GroupAlreadyFacilitating, await facilitator.SayAsync("start group session"));

        // The facilitator's words that are not commands are ordinary messages.
        Assert.Contains("What would you like to reflect on?", await facilitator.SayAsync("menu"));
    }

    [Fact]
    public async Task Answers_in_an_exercise_of_ones_own_that_sound_like_group_words_stay_answers()
    {
        using var host = new DirectLineTestHost(_folder);
        var person = await DirectLineParticipant.StartAsync(host);
        Assert.Contains("Which kind of social situation feels hard right now?", await person.SayAsync("Being with people"));

        Assert.Contains("What makes it hard?", await person.SayAsync("group session"));
        Assert.Contains("What's one small social step", await person.SayAsync("leave the group"));
        Assert.Contains("When will you try it?", await person.SayAsync("join meetup"));
    }

    [Fact]
    public async Task A_chat_that_lost_its_state_can_still_leave_its_session_and_join_again()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var member = await JoinAsync(host, code);

        // As after a failed turn (the error handler clears the conversation) or an uninstall.
        await host.Services.GetRequiredService<Microsoft.Bot.Builder.IStorage>().DeleteAsync([$"directline/conversations/{member.ConversationId}"]);

        Assert.Contains(BotMessages.GroupInAnotherSession, await member.SayAsync($"join {code}"));
        Assert.Contains(BotMessages.GroupLeft, await member.SayAsync("leave"));
        await facilitator.WaitForAsync("A member stepped away. 0 members left in the session.");
        Assert.Contains("You've joined", await member.SayAsync($"join {code}"));
    }

    [Fact]
    public async Task Words_that_may_answer_ones_own_question_are_answers_for_facilitators_and_members_alike()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var member = await JoinAsync(host, code);

        // Before the start, a member's own commands work.
        Assert.Contains(BotMessages.ConfirmDelete, await member.SayAsync("delete my data"));
        Assert.Contains(BotMessages.NothingDeleted, await member.SayAsync("no"));

        // The facilitator doing an exercise of their own: "pause" pauses it, "pause session" the group.
        Assert.Contains("Who would you like to make amends with?", await facilitator.SayAsync("Plan amends"));
        Assert.Contains("I've paused Plan amends", await facilitator.SayAsync("pause"));
        Assert.Contains(BotMessages.GroupPaused, await facilitator.SayAsync("pause session"));
        await member.WaitForAsync(BotMessages.GroupPaused);
        Assert.Contains(BotMessages.GroupResumed, await facilitator.SayAsync("resume session"));

        // While a question waits, "move on" is read as it would be in an exercise of one's own, not as the facilitator's.
        await facilitator.SayAsync("next");
        await member.WaitForAsync(FirstQuestion);
        Assert.DoesNotContain(BotMessages.GroupFacilitatorOnly, await member.SayAsync("move on"));
        Assert.Contains(BotMessages.GroupFacilitatorOnly, await member.SayAsync("next"));
    }

    [Fact]
    public async Task Failed_joins_are_limited_per_person_even_with_the_right_code_afterwards()
    {
        using var host = new DirectLineTestHost(_folder);
        var (_, code) = await StartSessionAsync(host);
        var guesser = await DirectLineParticipant.StartAsync(host);
        var guesses = new[] { "AAA222", "BBB333", "CCC444", "DDD555", "EEE666" }.Where(g => g != code).Take(5).ToList();
        foreach (var guess in guesses)
        {
            Assert.Contains(BotMessages.GroupCodeNotFound, await guesser.SayAsync($"join {guess}"));
        }

        Assert.Contains(BotMessages.GroupTooManyTries, await guesser.SayAsync("join FFF777"));
        Assert.Contains(BotMessages.GroupTooManyTries, await guesser.SayAsync($"join {code}"));

        // Someone else is not held back by it.
        var member = await DirectLineParticipant.StartAsync(host);
        Assert.Contains("You've joined", await member.SayAsync($"join {code}"));
    }

    [Fact]
    public async Task A_late_joiner_gets_the_opening_then_the_groups_step_and_gets_their_own_exercise_back_on_leaving()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var early = await JoinAsync(host, code);
        await facilitator.SayAsync("next");
        await early.WaitForAsync(FirstQuestion);
        await facilitator.SayAsync("next");
        await early.WaitForAsync("Step 2 of 5");

        var late = await DirectLineParticipant.StartAsync(host);
        Assert.Contains("Who would you like to make amends with?", await late.SayAsync("Plan amends"));
        var joined = await late.SayAsync($"join {code}");
        Assert.Contains("I've kept your place in Plan amends", joined);
        Assert.Contains("relearning how to be with others", joined);
        Assert.Contains("Step 2 of 5. What makes it hard?", joined);
        Assert.DoesNotContain("Step 1 of 5", joined);
        await facilitator.WaitForAsync("A member joined. 2 members in the session.");

        var left = await late.SayAsync("leave");
        Assert.Contains(BotMessages.GroupLeft, left);
        Assert.Contains("Let's pick up Plan amends where you left off.", left);
        Assert.Contains("Who would you like to make amends with?", left);
        await facilitator.WaitForAsync("A member stepped away. 1 member left in the session.");
        Assert.Contains(BotMessages.GroupNotInSession, await late.SayAsync("leave session"));
    }

    [Fact]
    public async Task A_session_left_idle_ends_for_everyone_and_its_code_stops_working()
    {
        using var host = new DirectLineTestHost(_folder, services: s => s.Configure<GroupSessionOptions>(o => o.IdleTimeout = TimeSpan.FromMinutes(10)));
        var (facilitator, code) = await StartSessionAsync(host);
        var member = await JoinAsync(host, code);
        await facilitator.SayAsync("next");
        await member.WaitForAsync(FirstQuestion);

        host.Clock.Advance(TimeSpan.FromMinutes(11));
        await host.Services.GetRequiredService<RecoveryBot.Privacy.RetentionService>().SweepAsync(CancellationToken.None);

        await member.WaitForAsync(BotMessages.GroupEndedIdle);
        await facilitator.WaitForAsync(BotMessages.GroupEndedIdle);
        Assert.Contains(BotMessages.GroupWhichExercise, await facilitator.SayAsync("start group session"));
        var newcomer = await DirectLineParticipant.StartAsync(host);
        Assert.Contains(BotMessages.GroupCodeNotFound, await newcomer.SayAsync($"join {code}"));
    }
}
