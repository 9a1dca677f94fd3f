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
}
