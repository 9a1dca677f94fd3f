using RecoveryBot.Exercises;

namespace RecoveryBot.Tests.Exercises;

/// <summary>
/// Answers put into a sentence: words the template already says just before the answer are not said twice, and a
/// common word that only has a capital because it began the person's message reads as the middle of the sentence.
/// </summary>
public class SlotTemplateTests
{
    private const string Boundary = "When {situation|this happens}, I feel {feeling|uneasy}. I need {need|something to change}.";

    [Theory]
    [InlineData("When my brother calls asking for money.", "Guilty. And angry.", "I need to stop giving him cash. Period.",
        "When my brother calls asking for money, I feel guilty. And angry. I need to stop giving him cash. Period.")]
    [InlineData("when you check my phone", "i feel watched", "i need some privacy",
        "When you check my phone, I feel watched. I need some privacy.")]
    [InlineData("When... you check my phone", "feel watched", "need: some privacy",
        "When you check my phone, I feel watched. I need some privacy.")]
    [InlineData("He checks my phone", "Watched and small", "Some privacy",
        "When he checks my phone, I feel watched and small. I need some privacy.")]
    [InlineData("you check my phone", "watched", "some privacy",
        "When you check my phone, I feel watched. I need some privacy.")]
    public void The_boundary_sentence_says_each_word_once(string situation, string feeling, string need, string expected)
        => Assert.Equal(expected, SlotTemplate.Render(Boundary, new Dictionary<string, string>
        {
            ["situation"] = situation,
            ["feeling"] = feeling,
            ["need"] = need,
        }));

    // Any template: the words right before the slot, in its own sentence, are the ones not repeated.
    [Theory]
    [InlineData("This week I'd like to {goal}.", "I'd like to call my sponsor", "This week I'd like to call my sponsor.")]
    [InlineData("This week I'd like to {goal}.", "I’d like to call my sponsor", "This week I'd like to call my sponsor.")]
    [InlineData("This week I'd like to {goal}.", "To call my sponsor", "This week I'd like to call my sponsor.")]
    [InlineData("This week I'd like to {goal}.", "like to rest", "This week I'd like to rest.")]
    [InlineData("I'll ask for help with {goal}.", "With the rent", "I'll ask for help with the rent.")]
    public void Words_the_template_says_before_any_slot_are_not_doubled(string template, string answer, string expected)
        => Assert.Equal(expected, SlotTemplate.Render(template, new Dictionary<string, string> { ["goal"] = answer }));

    // What only looks like the lead-in, and what is not a plain word, is left as the person wrote it.
    [Theory]
    [InlineData("When {situation}, I feel tense.", "Whenever he calls", "When Whenever he calls, I feel tense.")]
    [InlineData("When {situation}, I feel tense.", "When", "When when, I feel tense.")]
    [InlineData("When {situation}, I feel tense.", "Dana calls", "When Dana calls, I feel tense.")]
    [InlineData("When {situation}, I feel tense.", "Will calls", "When Will calls, I feel tense.")]
    [InlineData("When {situation}, I feel tense.", "I'm asked out", "When I'm asked out, I feel tense.")]
    [InlineData("When {situation}, I feel tense.", "AA runs late", "When AA runs late, I feel tense.")]
    [InlineData("When {situation}, I feel tense.", "My Linh calls", "When My Linh calls, I feel tense.")]
    [InlineData("When {situation}, I feel tense.", "Saturday comes", "When Saturday comes, I feel tense.")]
    [InlineData("I'll check in on {day}.", "Saturday 5 December", "I'll check in on Saturday 5 December.")]
    [InlineData("Your promise: {day}", "Call on Sunday", "Your promise: Call on Sunday")]
    [InlineData("{day} is the day.", "When I'm ready", "When I'm ready is the day.")]
    public void What_cannot_be_told_apart_is_left_alone(string template, string answer, string expected)
        => Assert.Equal(expected, SlotTemplate.Render(template, new Dictionary<string, string>
        {
            ["situation"] = answer,
            ["day"] = answer,
        }));
}
