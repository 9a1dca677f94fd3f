using RecoveryBot.Safety;
using RecoveryBot.Understanding;

namespace RecoveryBot.Tests.Understanding;

/// <summary>Odd input never stops the interpretation, and never costs the safety assessment.</summary>
public sealed class MessageInterpreterTests
{
    [Theory]
    [InlineData("I want to kill myself \uD800")]
    [InlineData("I want to kill myself \u200B\uFEFF")]
    public async Task Invalid_or_invisible_characters_still_get_the_crisis_assessment(string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, PendingQuestion.None);

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

    // Something asked mid-exercise is never quietly saved as the reflection: it is answered as a question, or, when a
    // command sounds much likelier, the bot asks which was meant.
    [Theory]
    [InlineData("acknowledge-harm/impact", "Can you show me the other reflections I can choose from?")]
    [InlineData("plan-amends/draft", "what if she just hangs up on me?")]
    [InlineData("acknowledge-harm/impact", "is it normal to feel this ashamed years later?")]
    public async Task A_question_mid_exercise_is_never_kept_as_the_answer(string context, string text)
    {
        var interpreter = await Interpreters.GetAsync();

        var meaning = interpreter.Interpret(text, Interpreters.PendingOf(context));

        Assert.True(meaning.Intent != IntentIds.Answer || meaning.Unsure is not null, $"{meaning.Intent} {meaning.Confidence}");
    }
}
