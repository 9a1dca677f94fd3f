using System.Text;
using RecoveryBot.Dialogs.Choices;

namespace RecoveryBot.Dialogs.Tests;

/// <summary>How text is normalised and split into words. Half a surrogate pair is built in the test: an attribute's
/// string cannot carry one (it is stored as UTF-8, and arrives as replacement characters).</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0xFFFE)]
    public void What_the_runtime_refuses_to_normalise_becomes_a_replacement_character(int code)
    {
        var text = "a" + (char)code + "b";
        Assert.Throws<ArgumentException>(() => text.Normalize(NormalizationForm.FormKC));

        Assert.Equal("a\uFFFDb", TextNormalizer.Normalize(text, NormalizationForm.FormKC));
    }

    [Fact]
    public void Pairs_and_everything_else_are_normalised_as_usual()
    {
        Assert.Equal("I 😀 fi ", TextNormalizer.Normalize("Ｉ 😀 ﬁ\u00A0", NormalizationForm.FormKC));
        Assert.Equal("\U0001D422", TextNormalizer.Normalize("\U0001D422", NormalizationForm.FormD));
        Assert.Equal("i\uFFFD", TextNormalizer.Normalize("\U0001D422" + (char)0xD835, NormalizationForm.FormKD));
    }

    // They made Tokenize throw, and with it the choice prompt's turn.
    [Fact]
    public void Half_a_surrogate_pair_or_a_noncharacter_is_no_word_and_no_failure()
    {
        Assert.Equal(["yes"], TextNormalizer.Tokenize("yes \uFFFE"));
        Assert.Equal(["the", "second", "one"], TextNormalizer.Tokenize("the second " + (char)0xD800 + " one"));
        Assert.Equal(["cafe"], TextNormalizer.Tokenize("Café " + (char)0xDC00));
    }

    [Theory]
    [InlineData("I said DELETE. Not open. Delete reflection 2.", " Delete reflection 2")]
    [InlineData("Delete 2. Just kidding.", " Just kidding")]
    [InlineData("open 2!!! ...", "open 2")]
    [InlineData("first line\nsecond line", "second line")]
    [InlineData("...", "")]
    [InlineData(null, "")]
    public void The_last_sentence_is_the_last_one_with_a_letter_or_digit(string? text, string expected) =>
        Assert.Equal(expected, TextNormalizer.LastSentence(text));
}
