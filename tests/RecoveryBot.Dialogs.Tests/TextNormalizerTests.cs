using RecoveryBot.Dialogs.Choices;

namespace RecoveryBot.Dialogs.Tests;

/// <summary>How choice text is split into words.</summary>
public sealed class TextNormalizerTests
{
    // Half a surrogate pair (built here: an attribute's string cannot carry one) made Normalize throw.
    [Fact]
    public void Half_a_surrogate_pair_is_no_word_and_no_failure()
    {
        Assert.Equal(["the", "second", "one"], TextNormalizer.Tokenize("the second " + (char)0xD800 + " one"));
        Assert.Equal(["cafe"], TextNormalizer.Tokenize("Café " + (char)0xDC00));
    }
}
