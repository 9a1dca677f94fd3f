namespace RecoveryBot.Tests;

/// <summary>Why <see cref="LoneSurrogates"/> exists, and that it works.</summary>
public sealed class LoneSurrogatesTests
{
    [Theory]
    [InlineData("\uD800")]
    public void A_theory_row_cannot_carry_a_lone_surrogate(string text) => Assert.DoesNotContain(text, char.IsSurrogate);

    [Fact]
    public void A_placeholder_becomes_a_lone_surrogate()
    {
        var text = LoneSurrogates.In("a{D800}b{DFFF}")!;

        Assert.Equal(4, text.Length);
        Assert.True(char.IsHighSurrogate(text[1]));
        Assert.True(char.IsLowSurrogate(text[3]));
        Assert.Throws<ArgumentException>(() => text.Normalize());
    }
}
