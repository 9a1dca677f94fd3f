using RecoveryBot.Safety;
using RecoveryBot.Understanding;

namespace RecoveryBot.Tests.Understanding;

/// <summary>Odd input never stops the interpretation, and never costs the safety assessment.</summary>
public sealed class MessageInterpreterTests
{
    [Theory]
    [InlineData("I want to kill myself {D800}")]
    [InlineData("I want to kill myself \u200B\uFEFF")]
    public async Task Invalid_or_invisible_characters_still_get_the_crisis_assessment(string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(LoneSurrogates.In(text), PendingQuestion.None);

        Assert.Equal(CrisisLevel.Crisis, meaning.Safety.Level);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀🙏🏽")]
    public async Task Empty_or_wordless_messages_are_unclear_at_the_menu_and_answers_mid_exercise(string? text)
    {
        var interpreter = await Interpreters.GetAsync();

        Assert.Equal(Interpretation.Unclear, interpreter.Interpret(text, PendingQuestion.None).Intent);
        Assert.Equal(IntentIds.Answer, interpreter.Interpret(text, Interpreters.PendingOf("plan-amends/draft")).Intent);
    }

    // The yes/no, question-wording and reminder-direction checks meet odd input too: nothing fails, nothing is a command.
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("😀🙏🏽")]
    [InlineData("how")]
    [InlineData("yes, , , ,")]
    public async Task Odd_input_at_a_yes_no_question_is_an_answer(string? text)
    {
        var interpreter = await Interpreters.GetAsync();

        Assert.Equal(IntentIds.Answer, interpreter.Interpret(text, Interpreters.PendingOf("rebuild-trust/thinkAboutTime")).Intent);
    }

    [Fact]
    public async Task A_huge_stretched_yes_or_a_huge_reminder_request_is_interpreted_without_failing()
    {
        var interpreter = await Interpreters.GetAsync();

        var yes = interpreter.Interpret("ye" + new string('s', 50_000), Interpreters.PendingOf("rebuild-trust/thinkAboutTime"));
        var reminders = interpreter.Interpret(string.Concat(Enumerable.Repeat("please turn the reminders off ", 5000)), PendingQuestion.None);

        Assert.Equal(IntentIds.Answer, yes.Intent);
        Assert.Equal(IntentIds.CheckInsOff, reminders.Intent);
    }

    [Fact]
    public async Task A_huge_message_is_interpreted_without_failing()
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(string.Concat(Enumerable.Repeat("I hurt my family with my drinking. ", 3000)), Interpreters.PendingOf("acknowledge-harm/impact"));

        Assert.Equal(IntentIds.Answer, meaning.Intent);
    }

    // At an exercise's yes/no question a yes or no said in a sentence is the answer ("ok sure, lets try" was taken as
    // "resume"); a request that is not a yes or no still acts.
    [Theory]
    [InlineData("rebuild-trust/thinkAboutTime", "ok sure, lets try", "answer")]
    [InlineData("rebuild-trust/thinkAboutTime", "yeah go on then, why not", "answer")]
    [InlineData("rebuild-trust/recentSlip", "No, clean since the spring thank god", "answer")]
    [InlineData("find-support/groupDaunting", "honestly yes, it scares me", "answer")]
    [InlineData("rebuild-trust/thinkAboutTime", "can we stop here and carry on tomorrow", "pause")]
    public async Task A_yes_or_no_in_a_sentence_answers_an_exercise_yes_no_question(string context, string text, string expected)
    {
        var interpreter = await Interpreters.GetAsync();

        Assert.Equal(expected, interpreter.Interpret(text, Interpreters.PendingOf(context)).Intent);
    }

    // At the bot's own yes/no question a yes followed by a plan told with "what I can ..." is the yes, not a question.
    [Theory]
    [InlineData("yes, what I can do is try tonight")]
    [InlineData("no, what I should do is call my sponsor first")]
    public async Task A_yes_or_no_with_a_plan_told_answers_the_bots_own_question(string text)
    {
        var interpreter = await Interpreters.GetAsync();

        Assert.Equal(IntentIds.Answer, interpreter.Interpret(text, PendingQuestion.YesNo).Intent);
    }

    // Something asked mid-exercise is never quietly saved as the reflection: it is answered as a question, or, when a
    // command sounds much likelier, the bot asks which was meant.
    [Theory]
    [InlineData("acknowledge-harm/impact", "Can you show me the other reflections I can choose from?")]
    [InlineData("plan-amends/draft", "what if she just hangs up on me?")]
    [InlineData("acknowledge-harm/impact", "is it normal to feel this ashamed years later?")]
    [InlineData("set-boundaries/situation", "Who else can read this? my son uses my laptop")]
    [InlineData("self-relationship/kindThing", "me writing is bad. short ok?")]
    [InlineData("acknowledge-harm/impact", "WHO READS THIS")]
    [InlineData("plan-amends/draft", "who can see what i write here")]
    [InlineData("acknowledge-harm/impact", "anyone else read this？")]
    [InlineData("plan-amends/draft", "Private? I need to know before I write.")]
    [InlineData("acknowledge-harm/impact", "Example? I can't think of one")]
    [InlineData("acknowledge-harm/impact", "Pardon? I don't follow")]
    [InlineData("set-boundaries/situation", "must it be someone in my family? I am not sure")]
    [InlineData("set-boundaries/ifCrossed", "and if she keeps checking my phone anyway, then what")]
    [InlineData("acknowledge-harm/impact", "what happens if she is angry when i tell her")]
    [InlineData("plan-amends/draft", "who sees this letter, is it private")]
    [InlineData("plan-amends/draft", "who sees this letter is it private")]
    [InlineData("plan-amends/draft", "who reads this is it only me")]
    public async Task A_question_mid_exercise_is_never_kept_as_the_answer(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.True(meaning.Intent != IntentIds.Answer || meaning.Unsure is not null, $"{meaning.Intent} {meaning.Confidence}");
    }

    // The classifier mixed up turning reminders on and off ("deactivate" holds "activate"); a message that says one
    // direction only is taken that way, and one that says both is left to the classifier.
    [Theory]
    [InlineData("menu", "kindly deactivate the check-in messages", "checkins-off")]
    [InlineData("menu", "could you enable the reminders for me", "checkins-on")]
    [InlineData("menu", "turn the check ins back on please", "checkins-on")]
    [InlineData("menu", "switch off the reminder texts", "checkins-off")]
    [InlineData("plan-amends/draft", "please disable the reminder messages", "checkins-off")]
    [InlineData("menu", "I want you to deactivate every reminder notification", "checkins-off")]
    [InlineData("menu", "deactivate reminder notifications please", "checkins-off")]
    [InlineData("menu", "Activate the reminder notifications for me.", "checkins-on")]
    [InlineData("menu", "please activate check-in messages", "checkins-on")]
    [InlineData("set-boundaries/practice", "Activate reminders, thank you.", "checkins-on")]
    [InlineData("acknowledge-harm/impact", "Deactivate all check-in notifications, please.", "checkins-off")]
    public async Task Reminders_on_and_off_go_by_the_direction_said(string context, string text, string expected)
    {
        var interpreter = await Interpreters.GetAsync();

        Assert.Equal(expected, interpreter.Interpret(text, Interpreters.PendingOf(context)).Intent);
    }

    // People on phones leave the question mark off: a what, how or why that the classifier also leans towards asks.
    [Theory]
    [InlineData("rebuild-trust/consistency", "how do people ever start trusting you again after all that")]
    [InlineData("self-relationship/forgiveness", "why would i forgive myself when they havent")]
    [InlineData("rebuild-trust/thinkAboutTime", "yes but how do I tell my wife?")]
    [InlineData("rebuild-trust/recentSlip", "no, but what happens if I slip again?")]
    [InlineData("rebuild-trust/thinkAboutTime", "yes, how do I tell her")]
    // Second-language English puts the subject before the verb.
    [InlineData("rebuild-trust/consistency", "how i can know if she trusts me again")]
    [InlineData("plan-amends/draft", "what i should say to him first")]
    // The verb before its subject asks, as does a what or how before the subject with nothing told after it.
    [InlineData("after-a-slip/when", "is anyone else going to read what i put here")]
    [InlineData("plan-amends/draft", "does it need to mention the money he lent me")]
    public async Task A_question_without_a_question_mark_is_still_a_question(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        Assert.Equal(IntentIds.Question, interpreter.Interpret(text, Interpreters.PendingOf(context)).Intent);
    }

    // Statements that open with what, how or why are answers, and words about quitting or starting are not reminders.
    [Theory]
    [InlineData("plan-amends/acknowledge", "what I did")]
    [InlineData("acknowledge-harm/impact", "why I drink is because of the pain")]
    [InlineData("acknowledge-harm/impact", "what a mess I made of it")]
    [InlineData("acknowledge-harm/impact", "how much I lied still shocks me")]
    [InlineData("acknowledge-harm/impact", "how I spoke to her was cruel")]
    [InlineData("rebuild-trust/smallPromise", "do the school run on monday and be on time")]
    [InlineData("self-relationship/kindThing", "have the whole of sunday to myself")]
    [InlineData("self-relationship/selfTalk", "does my head in that I lied to everyone for so long")]
    [InlineData("acknowledge-harm/impact", "is the worst thing i have ever done to anyone")]
    public async Task A_statement_opening_with_a_question_word_is_the_answer(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Answer, meaning.Intent);
        Assert.Null(meaning.Unsure);
    }

    // A question's word order typed with no mark anywhere is never quietly kept, however the classifier leans: in dialect
    // or second-language English its words often sound like telling. It is answered, or asked about once.
    [Theory]
    [InlineData("after-a-slip/reachOut", "ja but how do i ring him when he changed his number")]
    [InlineData("self-relationship/kindDate", "i work rotas that change every week. what day should i say then")]
    [InlineData("after-a-slip/reachOut", "and if my sponsor no answer the phone what i do")]
    [InlineData("find-support/firstStep", "how to find a meeting near me, i never been to one")]
    [InlineData("acknowledge-harm/acceptance", "whit dae ye mean by accepting, am no sure")]
    [InlineData("plan-amends/draft", "how long's the letter meant to be")]
    [InlineData("set-boundaries/ownStatement", "how i tell my mother this without she cry")]
    [InlineData("social-steps/companion", "all my friends drink. who else count")]
    [InlineData("after-a-slip/reachOut", "and if he is angry with me, what i do")]
    [InlineData("plan-amends/draft", "how must i say sorry to my mother")]
    [InlineData("after-a-slip/reachOut", "what may i say to my sponsor")]
    [InlineData("set-boundaries/ifCrossed", "when she shout at me, what i do")]
    [InlineData("after-a-slip/reachOut", "sponsor not pick up, what i do")]
    public async Task A_question_typed_without_any_mark_is_never_kept_as_the_answer(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.True(meaning.Intent == IntentIds.Question || meaning.Unsure == IntentIds.Question, $"{meaning.Intent} {meaning.Unsure} {meaning.Confidence}");
    }

    // Answers in the same forms stay answers: "who else but...", a what or how whose sentence goes on to tell, "what I
    // do" told, a question asked of oneself and answered in a later clause, an echo of the bot's question, a name.
    [Theory]
    [InlineData("after-a-slip/reachOut", "who else but my sister, she always picks up")]
    [InlineData("acknowledge-harm/impact", "how I talked to him back then was awful")]
    [InlineData("after-a-slip/nextDay", "go to the lunchtime meeting, it is what i do")]
    [InlineData("acknowledge-harm/acceptance", "I have to take responsibility for what I do")]
    [InlineData("self-relationship/selfTalk", "I tell myself I'm useless, it's just what I do")]
    [InlineData("acknowledge-harm/experience", "Did I hurt her, yes I did")]
    [InlineData("acknowledge-harm/experience", "was it my fault, aye most of it")]
    [InlineData("acknowledge-harm/impact", "Was I a good dad. No, I wasn't")]
    [InlineData("acknowledge-harm/impact", "how I treated my wife")]
    [InlineData("acknowledge-harm/howLong", "how long, years")]
    [InlineData("plan-amends/person", "how about my mum")]
    [InlineData("acknowledge-harm/impact", "how I let my son down")]
    [InlineData("plan-amends/acknowledge", "what i did to my daughter")]
    [InlineData("acknowledge-harm/impact", "what may look fine from outside was chaos at home")]
    [InlineData("acknowledge-harm/acceptance", "what might help me most is being honest with her")]
    [InlineData("acknowledge-harm/experience", "how might she have felt. scared all the time")]
    [InlineData("acknowledge-harm/experience", "did she suffer, maybe more than i know")]
    [InlineData("acknowledge-harm/experience", "was she scared, definitely")]
    [InlineData("plan-amends/acknowledge", "what i regret, missing her graduation")]
    [InlineData("acknowledge-harm/impact", "how i shout at her when i drink")]
    public async Task Answers_that_look_like_unmarked_questions_stay_answers(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Answer, meaning.Intent);
        Assert.Null(meaning.Unsure);
    }

    // Messages with no words at all are answers like any other, read without a failure inside the interpreter (which
    // would fall back to an answer with no confidence).
    [Theory]
    [InlineData("...")]
    [InlineData("🙂")]
    [InlineData("?!")]
    [InlineData(" , . ")]
    public async Task A_message_without_words_is_read_without_a_failure(string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf("acknowledge-harm/impact"));

        Assert.True(meaning.Confidence > 0, $"{meaning.Intent} {meaning.Confidence}");
    }

    // Asking what the question means, or for an example, is a question, whatever else the message says.
    [Theory]
    [InlineData("social-steps/whatsHard", "give me another example please, my mind's gone blank")]
    [InlineData("acknowledge-harm/acceptance", "sorry i dont understand the question")]
    [InlineData("self-relationship/selfTalk", "inside voice? can you explain what that means")]
    [InlineData("find-support/supportKind", "which one suits someone who can't get to meetings in the evening")]
    [InlineData("rebuild-trust/times", "quick question first, does anyone see these numbers")]
    [InlineData("rebuild-trust/months", "can I ask whether most people guess too short here")]
    public async Task Asking_about_the_question_is_a_question(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Question, meaning.Intent);
    }

    // The same words said about one's own life, or in a letter, are the answer.
    [Theory]
    [InlineData("plan-amends/draft", "I don't understand how you put up with me for so long, and I'm sorry")]
    [InlineData("plan-amends/livingAmends", "be an example to my kids, turn up sober to every match")]
    [InlineData("plan-amends/letter", "Mam, you mean the world to me. I'm sorry I was never there")]
    [InlineData("acknowledge-harm/impact", "I need to explain to her that it was never her fault")]
    [InlineData("acknowledge-harm/impact", "I didn't understand that my drinking was hurting them")]
    [InlineData("acknowledge-harm/experience", "she doesn't understand the damage it did to her")]
    [InlineData("acknowledge-harm/impact", "my family just dont get it")]
    [InlineData("acknowledge-harm/impact", "that's just another example of me letting her down")]
    [InlineData("acknowledge-harm/impact", "I don't know which one of my kids I hurt the most")]
    [InlineData("plan-amends/draft", "Dear Sam, may I ask for your forgiveness")]
    [InlineData("plan-amends/draft", "I want you to tell me more about how it felt for you")]
    [InlineData("plan-amends/draft", "I know you're asking for space and I respect that")]
    [InlineData("acknowledge-harm/impact", "my brother doesn't get it")]
    [InlineData("plan-amends/draft", "I can't get the words right but I'm sorry for everything")]
    [InlineData("acknowledge-harm/impact", "I don't understand one thing, how she stayed so long")]
    [InlineData("acknowledge-harm/impact", "An example: I missed her graduation because I was drunk")]
    [InlineData("plan-amends/letter", "Dear Sam,\nTell me more about your life now, I'd love to hear it")]
    public async Task Words_about_understanding_or_examples_in_an_answer_are_the_answer(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Answer, meaning.Intent);
    }

    // A question said to oneself and then answered: kept or answered, one would be lost, so the bot asks once.
    [Theory]
    [InlineData("acknowledge-harm/howLong", "how long? ages, maybe eight years, it crept up")]
    [InlineData("social-steps/whatsHard", "What do I say when my boss offers me a beer? That's the worst bit")]
    [InlineData("self-relationship/kindThing", "what about a long bath on saturday with my phone off, yeah that one")]
    public async Task A_question_answered_in_the_same_message_is_asked_about(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Answer, meaning.Intent);
        Assert.Equal(IntentIds.Question, meaning.Unsure);
    }

    // Asked back without a mark or a question word: the examples in dialogs/intents/questions-asked-back.yaml teach these (before
    // them each was kept as the answer). The lines here are the team's own, not from any example or held-out file.
    [Theory]
    [InlineData("self-relationship/friendWords", "so I just type it like a text to a mate or write it proper")]
    [InlineData("plan-amends/draft", "only me reads this or it goes to my counsellor too")]
    [InlineData("social-steps/companion", "has to be someone sober or just anyone I trust")]
    [InlineData("acknowledge-harm/experience", "you mean what she felt or what actually happened to her")]
    public async Task A_question_asked_back_without_a_mark_is_a_question(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Question, meaning.Intent);
    }

    // With nothing of a question's form, the classifier's lean alone makes a question only when clear: a free-text answer
    // it half reads as asking is asked about once, and a choice answer goes to its prompt ("no, it would not be safe" at
    // the safety question must reach the safety plan, never "That's a good question", however much the classifier leans).
    // An example given ("for example", "e.g.") tells, though "example" alone sounds like asking for one to the classifier;
    // asking for one is still a question. Test addresses use the reserved .test domain: "example" in "@example.com" is a
    // question's word to the classifier ("give me an example").
    [Theory]
    [InlineData("social-steps/situation", "lunch with colleagues, write to me at sam@mail.test", IntentIds.Question)]
    [InlineData("set-boundaries/safe", "no, it would not be safe", null)]
    [InlineData("social-steps/situation", "lunch with colleagues, for example", null)]
    [InlineData("acknowledge-harm/impact", "e.g. I missed her birthday, every year", null)]
    public async Task A_lean_to_question_with_nothing_asked_is_not_taken_for_a_question(string context, string text, string? unsure)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Answer, meaning.Intent);
        Assert.Equal(unsure, meaning.Unsure);
    }

    // At a date or number question a rising tone alone is an unsure answer, which the prompt reads; a question's word
    // order or a question word still asks.
    [Theory]
    [InlineData("plan-amends/when", "after the meeting on thursday?", IntentIds.Answer)]
    [InlineData("social-steps/stepDate", "saturday once the kids are at their dad's?", IntentIds.Answer)]
    [InlineData("rebuild-trust/months", "a year, give or take?", IntentIds.Answer)]
    [InlineData("plan-amends/when", "does it have to be this month?", IntentIds.Question)]
    [InlineData("self-relationship/kindDate", "what if I work every day this week?", IntentIds.Question)]
    [InlineData("find-support/stepDate", "can it be after my holiday", IntentIds.Question)]
    [InlineData("rebuild-trust/months", "how would I even know that?", IntentIds.Question)]
    public async Task A_date_or_number_said_with_a_rising_tone_is_the_answer(string context, string text, string expected)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(expected, meaning.Intent);
    }

    // At a question asking for a name, a sentence naming someone is the answer, read by the name prompt, whatever the
    // classifier's lean; a question's form still makes a question.
    [Theory]
    [InlineData("rebuild-trust/person", "my husband, his name is Tomasz", IntentIds.Answer)]
    [InlineData("acknowledge-harm/person", "it's my big sister, Anneliese", IntentIds.Answer)]
    [InlineData("acknowledge-harm/person", "do I have to put their real name?", IntentIds.Question)]
    [InlineData("plan-amends/person", "my ex Dana, or is that a bad idea", IntentIds.Question)]
    [InlineData("plan-amends/person", "my husband, or does it have to be family", IntentIds.Question)]
    [InlineData("plan-amends/person", "my sister Ruth, or what do I write if there are two", IntentIds.Question)]
    public async Task A_name_question_takes_a_sentence_naming_someone_as_the_answer(string context, string text, string expected)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(expected, meaning.Intent);
    }

    // An "or" goes on asking ("or is that a bad idea") but is not an answer's opener like "yes, but": after it a what or
    // a how before its subject tells, as it would opening the message.
    [Theory]
    [InlineData("acknowledge-harm/impact", "the lying mostly. or what I did at her wedding", null)]
    [InlineData("acknowledge-harm/impact", "or how I left them waiting at the school gate", null)]
    public async Task An_or_before_what_someone_did_is_the_answer(string context, string text, string? unsure)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Answer, meaning.Intent);
        Assert.Equal(unsure, meaning.Unsure);
    }

    // A question with a reason after it is answered, not asked about: only "that's...", "yes..." or the bot's own question
    // repeated make it a question answered in the same message.
    [Theory]
    [InlineData("plan-amends/draft", "Is this private? That matters to me")]
    [InlineData("acknowledge-harm/howLong", "How long? Do you mean since I started or since it got bad")]
    [InlineData("acknowledge-harm/impact", "Can she see this? that would destroy her")]
    public async Task A_question_with_a_reason_after_it_is_a_question(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Question, meaning.Intent);
    }

    // "who can blame me", "who gets hurt most is my daughter" tell: the second names whom the "who" stands for, whatever
    // the classifier's lean (it rates "what scares me most is..." a question).
    [Theory]
    [InlineData("acknowledge-harm/impact", "who gets hurt the most is my daughter")]
    [InlineData("self-relationship/friendWords", "who can blame you, you were ill and you got help")]
    [InlineData("acknowledge-harm/impact", "what scares me most is the phone call from her")]
    [InlineData("acknowledge-harm/impact", "who got hurt worst was my little brother")]
    [InlineData("acknowledge-harm/impact", "what hurts the most is it feels like she will never trust me again")]
    [InlineData("acknowledge-harm/impact", "what kills me is she will never get those years back")]
    [InlineData("acknowledge-harm/impact", "what I hate most is he doesnt even look at me now")]
    public async Task A_who_that_tells_is_the_answer(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Answer, meaning.Intent);
        Assert.Null(meaning.Unsure);
    }

    // A question mark on a hedge ("Honestly?", "maybe three years?") beside what is told asks nothing.
    [Theory]
    [InlineData("rebuild-trust/times", "Honestly? Dozens. I stopped counting after the wedding")]
    [InlineData("acknowledge-harm/howLong", "like three years? it crept up on all of us")]
    [InlineData("rebuild-trust/months", "6 months? she says a year at least")]
    [InlineData("rebuild-trust/times", "Honestly？ Fifty. Lost count.")]
    public async Task A_hedge_with_a_question_mark_beside_an_answer_is_the_answer(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Answer, meaning.Intent);
        Assert.Null(meaning.Unsure);
    }

    // The same word order asks and tells ("how i find a meeting in english", "how I hurt them still haunts me"): when the
    // classifier leans question the message is kept back and the bot asks once which it was.
    [Theory]
    [InlineData("acknowledge-harm/impact", "how I hurt them still haunts me")]
    public async Task A_what_or_how_before_its_subject_with_a_lean_to_question_is_asked_about(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.Equal(IntentIds.Answer, meaning.Intent);
        Assert.Equal(IntentIds.Question, meaning.Unsure);
    }

    [Theory]
    [InlineData("can you send me daily reminders to help me quit", "checkins-off")]
    [InlineData("send me check ins, I want to stop drinking for good", "checkins-off")]
    [InlineData("I'm fine on my own, no reminders please", "checkins-on")]
    [InlineData("I don't want the check ins, they start my day badly", "checkins-on")]
    [InlineData("put the reminders on hold for a bit", "checkins-on")]
    public async Task Words_about_quitting_or_starting_do_not_turn_reminders_the_wrong_way(string text, string wrong)
    {
        var interpreter = await Interpreters.GetAsync();

        Assert.NotEqual(wrong, interpreter.Interpret(text, PendingQuestion.None).Intent);
    }

    // At the menu an answer means nothing, and a lean to a question counts only when clear or in a question's form: the
    // rest are weighed without them, so a situation told in unfamiliar English finds its exercise. (Lines from the
    // development sets, whose misses were read.) A question in a question's form stays one.
    [Theory]
    [InlineData("mi owe mi bredda a proper apology, mi tek him money fi gamble. how mi fi go bout it", "plan-amends")]
    [InlineData("a need tae apologise tae ma pal, a said terrible stuff tae him when a wis steamin", "plan-amends")]
    [InlineData("Mi son a watch mi like hawk, every likkle ting. Mi need him fi back off", "set-boundaries")]
    [InlineData("is anyone else going to read this?", IntentIds.Question)]
    public async Task At_the_menu_a_situation_in_unfamiliar_english_finds_its_exercise(string text, string expected)
    {
        var interpreter = await Interpreters.GetAsync();

        Assert.Equal(expected, interpreter.Interpret(text, PendingQuestion.None).Intent);
    }

    // Where a prompt would read an answer out of the words (a choice, date, number or yes/no question), a "what if" is
    // a question whatever the classifier's lean, and so is a question asked in full before what follows. Proposals,
    // reports and a question answered at once stay answers, above all at the safety question. (The first three lines are
    // from the development sets, where the classifier reads them as answers; the rest were found by the review.)
    [Theory]
    [InlineData("plan-amends/method", "Whit if he winna pick up da phone", IntentIds.Question)]
    [InlineData("plan-amends/when", "but what if she's not ready by then", IntentIds.Question)]
    [InlineData("plan-amends/contact", "how mi fi know if dem open? mi nuh chat to dem inna years", IntentIds.Question)]
    [InlineData("plan-amends/when", "how about saturday", IntentIds.Answer)]
    [InlineData("plan-amends/method", "what about a phone call", IntentIds.Answer)]
    [InlineData("rebuild-trust/recentSlip", "did it last weekend", IntentIds.Answer)]
    [InlineData("rebuild-trust/times", "did it about 20 times", IntentIds.Answer)]
    [InlineData("set-boundaries/safe", "am i safe around him, not really", IntentIds.Answer)]
    [InlineData("plan-amends/readiness", "am i ready? not really", IntentIds.Answer)]
    public async Task A_question_at_a_choice_or_date_question_is_not_read_as_its_answer(string context, string text, string expected)
    {
        var interpreter = await Interpreters.GetAsync();

        Assert.Equal(expected, interpreter.Interpret(text, Interpreters.PendingOf(context)).Intent);
    }

    // Asking for an example is never kept as the answer, whatever "for example" in an answer means.
    [Theory]
    [InlineData("self-relationship/kindThing", "for example")]
    [InlineData("self-relationship/kindThing", "what for example")]
    [InlineData("self-relationship/kindThing", "like what for example")]
    [InlineData("plan-amends/draft", "for example what would i say")]
    public async Task Asking_for_an_example_is_not_kept_as_the_answer(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.True(meaning.Intent == IntentIds.Question || meaning.Unsure == IntentIds.Question, $"{meaning.Intent}/{meaning.Unsure}");
    }
}
