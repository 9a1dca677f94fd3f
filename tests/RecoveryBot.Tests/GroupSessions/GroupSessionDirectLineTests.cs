using RecoveryBot.Bots;
using RecoveryBot.GroupSessions;
using RecoveryBot.Tests.Channels.DirectLine;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.GroupSessions;

/// <summary>
/// Group sessions over the built-in Direct Line, each participant in their own Web Chat conversation, against the real
/// app on SQLite: a facilitator and three members through a whole exercise, and what must never leak.
/// </summary>
public sealed class GroupSessionDirectLineTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<(DirectLineParticipant Facilitator, string Code)> StartSessionAsync(DirectLineTestHost host, string exercise = "Being with people")
    {
        var facilitator = await DirectLineParticipant.StartAsync(host);
        Assert.Contains(BotMessages.GroupWhichExercise, await facilitator.SayAsync("start group session"));
        var ready = await facilitator.SayAsync(exercise);
        return (facilitator, DirectLineParticipant.CodeIn(ready));
    }

    // While the bot waits on "was that a question for me?", a group word is still the group's ("status", "leave"), and
    // the question asked is dropped, as any new message drops it: the next message is the step's answer.
    [Fact]
    public async Task A_group_word_while_the_bot_asks_was_that_a_question_is_the_groups()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var member = await DirectLineParticipant.StartAsync(host);
        await member.SayAsync($"join {code}");
        await facilitator.WaitForAsync("1 member in the session");
        await facilitator.SayAsync("next");
        await member.WaitForAsync("Step 1 of 5. Which kind of social situation");

        Assert.Contains(BotMessages.ClarifyQuestion, await member.SayAsync("lunch with colleagues, write to me at sam.jones@mail.test"));
        var status = await member.SayAsync("status");
        Assert.Contains("step 1 of 5", status);
        Assert.DoesNotContain(BotMessages.GroupShareQuestion, status);

        Assert.Contains(BotMessages.GroupShareQuestion, await member.SayAsync("parties with old drinking friends"));
        Assert.Contains("> parties with old drinking friends", await member.SayAsync("yes"));
    }

    // A check left waiting when the group moves on belongs to the old question: "it's my answer" then keeps nothing
    // (the words asked about answered step 1, not step 2), says so, and the step 2 question is asked again.
    [Fact]
    public async Task Its_my_answer_after_the_group_moved_on_does_not_answer_the_new_step_with_the_old_words()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var member = await DirectLineParticipant.StartAsync(host);
        await member.SayAsync($"join {code}");
        await facilitator.WaitForAsync("1 member in the session");
        await facilitator.SayAsync("next");
        await member.WaitForAsync("Step 1 of 5. Which kind of social situation");

        Assert.Contains(BotMessages.ClarifyQuestion, await member.SayAsync("lunch with colleagues, write to me at sam.jones@mail.test"));
        await facilitator.SayAsync("next");
        await member.WaitForAsync("Step 2 of 5. What makes it hard?");

        var late = await member.SayAsync(BotMessages.ItWasMyAnswer);
        Assert.Contains(BotMessages.ClarifyOutOfDate, late);
        Assert.Contains("What makes it hard?", late);
        Assert.DoesNotContain(BotMessages.GroupShareQuestion, late);

        Assert.Contains(BotMessages.GroupShareQuestion, await member.SayAsync("not knowing what to say"));
        var preview = await member.SayAsync("yes");
        Assert.Contains("> not knowing what to say", preview);
        Assert.DoesNotContain("lunch", preview);
    }

    // Stopping one's own exercise is not a thing in a group: a yes to "did you mean to stop this exercise?" gets the
    // group's answer (own exercises wait), and the step's question is still there to answer.
    [Fact]
    public async Task A_yes_to_a_command_check_in_a_group_step_gets_the_groups_answer_and_keeps_the_step()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        var member = await DirectLineParticipant.StartAsync(host);
        await member.SayAsync($"join {code}");
        await facilitator.WaitForAsync("1 member in the session");
        await facilitator.SayAsync("next");
        await member.WaitForAsync("Step 1 of 5. Which kind of social situation");

        var check = await member.SayAsync("no more of this");
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, BotMessages.ClarifyFormat, BotMessages.CommandNames["cancel"]), check);
        var yes = await member.SayAsync("yes");
        Assert.Contains(BotMessages.GroupSoloWaits, yes);
        Assert.DoesNotContain(BotMessages.Cancelled, yes);

        Assert.Contains(BotMessages.GroupShareQuestion, await member.SayAsync("parties with old drinking friends"));
        Assert.Contains("1 member; 1 answered this step", await facilitator.SayAsync("status"));
    }

    [Fact]
    public async Task A_facilitator_and_three_members_complete_an_exercise_with_private_answers_and_anonymous_shares()
    {
        using var host = new DirectLineTestHost(_folder);
        var (facilitator, code) = await StartSessionAsync(host);
        Assert.Matches("^[2-9A-HJKMNP-Z]{6}$", code);

        var members = new List<DirectLineParticipant>();
        for (var i = 0; i < 3; i++)
        {
            var member = await DirectLineParticipant.StartAsync(host);
            var joined = await member.SayAsync($"join {code.ToLowerInvariant()}");
            Assert.Contains("You've joined the group session for **Being with people**", joined);
            Assert.Contains(BotMessages.GroupNotBegun, joined);
            members.Add(member);
        }

        await facilitator.WaitForAsync("3 members in the session");
        var first = await facilitator.SayAsync("next");
        Assert.Contains("Step 1 of 5 is with 3 members", first);
        Assert.Contains("Which kind of social situation feels hard right now?", first);
        foreach (var member in members)
        {
            var opening = await member.WaitForAsync("Step 1 of 5. Which kind of social situation");
            Assert.Contains("relearning how to be with others", opening);
            Assert.DoesNotContain("pause", opening, StringComparison.OrdinalIgnoreCase);
        }

        // Two share (one with an email address, taken out), one keeps a private answer.
        Assert.Contains(BotMessages.GroupShareQuestion, await members[0].SayAsync("parties with old drinking friends"));
        Assert.Contains("> parties with old drinking friends", await members[0].SayAsync("yes"));
        Assert.Contains(BotMessages.GroupShared, await members[0].SayAsync("yes"));

        // The classifier leans towards a question here with nothing of a question's form, so the bot asks once; "no,
        // that's my answer" keeps it, and the share question follows.
        Assert.Contains(BotMessages.ClarifyQuestion, await members[1].SayAsync("lunch with colleagues, write to me at sam.jones@mail.test"));
        Assert.Contains(BotMessages.GroupShareQuestion, await members[1].SayAsync(BotMessages.ItWasMyAnswer));
        var preview = await members[1].SayAsync("Share anonymously");
        Assert.Contains("> lunch with colleagues, write to me at " + ShareRedactor.Email, preview);
        Assert.DoesNotContain("sam.jones", preview);
        Assert.Contains(BotMessages.GroupShared, await members[1].SayAsync("yes"));

        await members[2].SayAsync("family dinners where zebra stripes my private answer");
        Assert.Contains(BotMessages.GroupKeptPrivate, await members[2].SayAsync("Keep private"));

        var status = await facilitator.SayAsync("status");
        Assert.Contains("step 1 of 5", status);
        Assert.Contains("3 members; 3 answered this step", status);
        Assert.DoesNotContain("share", status, StringComparison.OrdinalIgnoreCase);

        // "next" shows the step's shares to everyone at once, then the next question.
        var second = await facilitator.SayAsync("next");
        Assert.Contains("Shared anonymously (2)", second);
        Assert.Contains("> parties with old drinking friends", second);
        Assert.Contains("Step 2 of 5 is with 3 members", second);
        foreach (var member in members)
        {
            var shares = await member.WaitForAsync("Step 2 of 5. What makes it hard?");
            Assert.Contains("> lunch with colleagues, write to me at " + ShareRedactor.Email, shares);
            Assert.Contains("> parties with old drinking friends", shares);
        }

        // The rest of the exercise: a date question, more text, then the closing words.
        foreach (var member in members)
        {
            await member.SayAsync("not knowing what to say");
            await member.SayAsync("no");
        }

        await facilitator.SayAsync("next");
        foreach (var member in members)
        {
            await member.WaitForAsync("Step 3 of 5");
            await member.SayAsync("say hello to a neighbour");
            await member.SayAsync("no");
        }

        await facilitator.SayAsync("next");
        foreach (var member in members)
        {
            await member.WaitForAsync("Step 4 of 5. When will you try it?");
            Assert.Contains(BotMessages.GroupAnswerSaved, await member.SayAsync("saturday"));
        }

        await facilitator.SayAsync("next");
        foreach (var member in members)
        {
            await member.WaitForAsync("Step 5 of 5");
            await member.SayAsync("my sponsor");
            await member.SayAsync("no");
        }

        Assert.Contains("closing", await facilitator.SayAsync("next"));
        foreach (var member in members)
        {
            await member.WaitForAsync("Turning up, and leaving when you need to, still counts.");
        }

        Assert.Contains(BotMessages.GroupNoMoreSteps, await facilitator.SayAsync("next"));
        var export = await facilitator.SayAsync("export shares");
        Assert.Contains(BotMessages.GroupExported, export);
        var file = facilitator.All[^1]["attachments"]![0]!;
        var markdown = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(((string)file["contentUrl"]!).Split(',')[1]));
        Assert.Contains("> parties with old drinking friends", markdown);
        Assert.DoesNotContain("zebra", markdown);

        Assert.Contains("The session has ended for everyone. 2 anonymous share(s) were deleted.", await facilitator.SayAsync("end session"));
        foreach (var member in members)
        {
            await member.WaitForAsync(BotMessages.GroupEnded);
        }

        // Each member's answers are in their own journal; the private one only there.
        var journal = await members[2].SayAsync("my reflections") + await members[2].SayAsync("open 1");
        Assert.Contains("Being with people (group session)", journal);
        Assert.Contains("zebra stripes my private answer", journal);
        Assert.True(journal.Contains("my sponsor"), journal + "\n=====\n" + members[2].Transcript);

        // A private answer reached no one else, and nothing anyone received names or identifies a member.
        foreach (var other in members.Take(2).Append(facilitator))
        {
            Assert.DoesNotContain("zebra", other.Transcript);
        }

        foreach (var someone in members.Append(facilitator))
        {
            foreach (var member in members.Where(m => m != someone))
            {
                Assert.DoesNotContain(member.ConversationId, someone.Transcript);
                Assert.DoesNotContain(UserIdOf(member.Token), someone.Transcript);
            }
        }

        // The code stopped working with the session.
        var late = await DirectLineParticipant.StartAsync(host);
        Assert.Contains(BotMessages.GroupCodeNotFound, await late.SayAsync($"join {code}"));
    }

    private static string UserIdOf(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        var json = Newtonsoft.Json.Linq.JObject.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        return (string?)json["user"] ?? (string?)json["sub"] ?? throw new InvalidOperationException("No user in the token: " + json);
    }
}
