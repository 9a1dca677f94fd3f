using RecoveryBot.GroupSessions;

namespace RecoveryBot.Tests.GroupSessions;

/// <summary>The parts of a group session that need no conversation: join codes and what a share may not carry.</summary>
public sealed class GroupSessionPartsTests
{
    [Fact]
    public void Join_codes_use_no_characters_that_look_alike_and_always_mix_digits_and_letters()
    {
        Assert.DoesNotContain(JoinCode.Alphabet, c => "0O1IL".Contains(c, StringComparison.Ordinal));
        var codes = Enumerable.Range(0, 2000).Select(_ => JoinCode.New()).ToList();

        Assert.All(codes, code =>
        {
            Assert.Matches("^[2-9A-HJKMNP-Z]{6}$", code);
            Assert.Contains(code, char.IsAsciiDigit);
            Assert.Contains(code, char.IsAsciiLetter);
            Assert.True(JoinCode.TryNormalize(code, out _));
        });
        Assert.True(codes.Distinct().Count() > 1990, "codes should practically never repeat");
    }

    [Theory]
    [InlineData("k7p q2m", "K7PQ2M")]
    [InlineData("K7P-Q2M", "K7PQ2M")]
    [InlineData(" k7pq2m ", "K7PQ2M")]
    public void A_code_is_read_however_it_is_typed(string typed, string code)
    {
        Assert.True(JoinCode.TryNormalize(typed, out var read));
        Assert.Equal(code, read);
    }

    [Theory]
    [InlineData("K7PQ2")]
    [InlineData("K7PQ2MM")]
    [InlineData("K0PQ2M")]
    [InlineData("KIPQ2M")]
    [InlineData("MEETUP")]
    [InlineData("234567")]
    [InlineData("")]
    public void What_cannot_be_a_code_is_refused(string typed) =>
        Assert.False(JoinCode.TryNormalize(typed, out _));

    [Fact]
    public void A_share_loses_email_addresses_phone_numbers_and_links_and_nothing_else()
    {
        var shared = ShareRedactor.Redact("Text me on 555-201-7788 or mail dana.k@example.org, my blog is https://example.net/dana. Sober 30 days in 2025.");

        Assert.Equal(
            $"Text me on {ShareRedactor.Phone} or mail {ShareRedactor.Email}, my blog is {ShareRedactor.Link}. Sober 30 days in 2025.",
            shared);
    }

    [Theory]
    [InlineData("I called my sister after 3 years and it went ok")]
    [InlineData("90 days sober on 12/5, step 4 next")]
    [InlineData("")]
    public void An_answer_without_contact_details_is_shared_as_written(string answer) =>
        Assert.Equal(answer, ShareRedactor.Redact(answer));

    [Fact]
    public void A_shared_answer_is_quoted_line_by_line_so_it_cannot_pass_for_the_bots_own_words()
    {
        Assert.Equal("> first line\n> **second** line", GroupSessionCoordinator.Quote("first line\r\n**second** line"));
    }
}
