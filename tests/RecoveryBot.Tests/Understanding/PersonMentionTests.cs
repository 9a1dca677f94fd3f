using RecoveryBot.Understanding;

namespace RecoveryBot.Tests.Understanding;

public class PersonMentionTests
{
    [Theory]
    [InlineData("I want to say sorry to my brother", "your brother", true)]
    [InlineData("I keep letting my ex wife down", "your ex wife", true)]
    [InlineData("My Dad deserves better from me", "your dad", true)]
    [InlineData("my brother and I don't talk any more", "your brother", true)]
    [InlineData("me and my dad fell out", "your dad", true)]
    [InlineData("my dad. my dad never forgave me", "your dad", true)]
    [InlineData("my mum & her partner", "your mum", false)]
    [InlineData("my wife & 2 kids", "your wife", false)]
    [InlineData("my dad + his wife", "your dad", false)]
    [InlineData("my mum n dad", null, false)]
    [InlineData("I stole from my mum and dad's house", null, false)]
    [InlineData("my mum and brothers", null, false)]
    [InlineData("either mum or my dad", "your dad", false)]
    [InlineData("and my dad", "your dad", false)]
    [InlineData("my mum and", "your mum", false)]
    [InlineData("my dad or my uncle", null, false)]
    [InlineData("I want to make amends with my mother in law", "your mother in law", true)]
    [InlineData("I hurt my sister-in-law", "your sister in law", true)]
    [InlineData("my dad said sorry to me. I want to make amends with my dad and mum", null, false)]
    [InlineData("I love my dad but I hurt my dad and his wife", "your dad", false)]
    [InlineData("my mum as well as her partner", "your mum", false)]
    [InlineData("my mum with her partner", "your mum", false)]
    [InlineData("my wife, the kids", "your wife", false)]
    [InlineData("the kids, my wife", "your wife", false)]
    [InlineData("my dad, who never forgave me", "your dad", true)]
    [InlineData("my brother and I and mum", "your brother", false)]
    [InlineData("my brother and I'm not talking", "your brother", true)]
    [InlineData("my mum ＆ her partner", "your mum", false)]
    [InlineData("I keep letting my dad down", "your dad", true)]
    [InlineData("she and my sister argue about me", "your sister", false)]
    [InlineData("my mum and dad", null, false)]
    [InlineData("my mum & dad", null, false)]
    [InlineData("my mum, dad and sister", null, false)]
    [InlineData("my son or daughter", null, false)]
    [InlineData("my sponsor says I should make amends with my dad", null, false)]
    [InlineData("I hurt people", null, false)]
    [InlineData("", null, false)]
    [InlineData("   ", null, false)]
    [InlineData("my", null, false)]
    [InlineData("my 😊 dad", "your dad", true)]
    [InlineData("my {D800} dad", "your dad", true)]
    [InlineData("my \uFFFE dad", "your dad", true)]
    [InlineData(null, null, false)]
    public void A_relation_is_said_back_when_the_message_names_one_and_taken_as_the_person_when_nobody_is_joined_to_it(string? text, string? said, bool only)
    {
        text = LoneSurrogates.In(text);
        Assert.Equal(said, PersonMention.InSecondPerson(text));
        Assert.Equal(only, PersonMention.IsTheOnlyOne(text));
    }

    [Fact]
    public void A_long_message_names_nobody_and_a_huge_one_does_not_fail()
    {
        var story = "I want to make amends with my dad " + string.Concat(Enumerable.Repeat("and I keep thinking about it ", 80));
        var huge = "I want to make amends with my dad " + string.Concat(Enumerable.Repeat("and I keep thinking about it ", 20_000)) + " my mum";

        Assert.Equal("your dad", PersonMention.InSecondPerson(story[..1990]));
        Assert.Null(PersonMention.InSecondPerson(story));
        Assert.False(PersonMention.IsTheOnlyOne(story));
        Assert.Null(PersonMention.InSecondPerson(huge));
        Assert.False(PersonMention.IsTheOnlyOne(huge));
    }
}
