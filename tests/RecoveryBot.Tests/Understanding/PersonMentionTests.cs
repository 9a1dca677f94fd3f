using RecoveryBot.Understanding;

namespace RecoveryBot.Tests.Understanding;

public class PersonMentionTests
{
    [Theory]
    [InlineData("I want to say sorry to my brother", "your brother", true)]
    [InlineData("I keep letting my ex wife down", "your ex wife", true)]
    [InlineData("My Dad deserves better from me", "your dad", true)]
    [InlineData("my brother and I don't talk any more", "your brother", false)]
    [InlineData("she and my sister argue about me", "your sister", false)]
    [InlineData("my mum and dad", null, false)]
    [InlineData("my mum & dad", null, false)]
    [InlineData("my mum, dad and sister", null, false)]
    [InlineData("my son or daughter", null, false)]
    [InlineData("my sponsor says I should make amends with my dad", null, false)]
    [InlineData("I hurt people", null, false)]
    [InlineData("", null, false)]
    [InlineData(null, null, false)]
    public void The_person_is_said_back_only_when_the_message_names_one(string? text, string? said, bool only)
    {
        Assert.Equal(said, PersonMention.InSecondPerson(text));
        Assert.Equal(only, PersonMention.IsTheOnlyOne(text));
    }
}
