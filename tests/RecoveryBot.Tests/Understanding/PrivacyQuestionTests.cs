using RecoveryBot.Understanding;

namespace RecoveryBot.Tests.Understanding;

/// <summary>Which questions ask about the privacy of what is written here (a user trial's, 2026-12-08), and which
/// ordinary questions about recovery do not (an independent review's).</summary>
public sealed class PrivacyQuestionTests
{
    [Theory]
    [InlineData("Before anything. Who can read this.")]
    [InlineData("Does my insurance company see this. YES or NO.")]
    [InlineData("How long do you keep my stuff.")]
    [InlineData("Is this recorded. Yes or no.")]
    [InlineData("does this go to my counselor automatically or do i have to send it myself")]
    [InlineData("can my mom see what i type on here")]
    [InlineData("nobody else reads this right")]
    [InlineData("is my real name attached to this or just a number")]
    [InlineData("Is this encrypted end to end?")]
    [InlineData("does deleting actually delete or is there a backup somewhere")]
    [InlineData("privacy")]
    [InlineData("is this private")]
    public void A_question_about_who_can_read_what_is_written_here_asks(string text) =>
        Assert.True(PrivacyQuestion.Asks(text));

    [Theory]
    [InlineData("is alcoholics anonymous any good?")]
    [InlineData("are meetings confidential?")]
    [InlineData("who do i see about getting a sponsor?")]
    [InlineData("who should i see for help with this?")]
    [InlineData("what if it gets to be too much?")]
    [InlineData("does it go on like this forever?")]
    [InlineData("will the cravings ever be gone for good?")]
    [InlineData("is he really gone?")]
    [InlineData("should i delete my dealers number for good?")]
    [InlineData("will they ever see what i did differently?")]
    [InlineData("i tracked my drinking for a month, is that normal?")]
    [InlineData("is it ok to keep this private from my wife?")]
    [InlineData("what if she says no")]
    public void An_ordinary_question_about_recovery_does_not(string text) =>
        Assert.False(PrivacyQuestion.Asks(text));

    // Bad input: nothing, white space, a pasted page (read no further than a question is long).
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_asks_nothing(string? text) => Assert.False(PrivacyQuestion.Asks(text));

    [Fact]
    public void A_huge_message_is_not_read_as_a_question_about_privacy() =>
        Assert.False(PrivacyQuestion.Asks(new string('a', 100_000) + " who can read this?"));
}
