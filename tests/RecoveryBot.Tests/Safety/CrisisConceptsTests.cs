using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>The ideas the classifier learns beside the n-grams: fixed names, found in the normalised message.</summary>
public sealed class CrisisConceptsTests
{
    private static readonly HashSet<string> Names =
        ["kmeans", "know", "kintent", "kfinal", "kfarewell", "kbody", "kviolence", "khelp", "kpast", "ksafenow", "kself", "kother", "knegation"];

    [Theory]
    [InlineData("got the revolver out tonight", new[] { "kmeans", "know" })]
    [InlineData("sorted the pension and rehomed the dog", new[] { "kfarewell" })]
    [InlineData("he is not breathing what do i do", new[] { "kbody", "khelp", "kother", "knegation" })]
    [InlineData("back in 2015 it was bad but i am safe now", new[] { "kpast", "ksafenow", "know", "kself" })]
    public void A_message_names_the_ideas_it_touches(string normalized, string[] expected)
    {
        var found = CrisisConcepts.Of(normalized).Split(' ');
        Assert.All(expected, idea => Assert.Contains(idea, found));
    }

    [Theory]
    [InlineData("")]
    [InlineData("lovely weather")]
    public void A_message_with_no_idea_is_none(string normalized) =>
        Assert.Equal(CrisisConcepts.NoneFound, CrisisConcepts.Of(normalized));

    [Theory]
    [InlineData("my secret password is hunter2 and the bridge club meets tonight")]
    [InlineData("zxq qqq loaded revolver blue lips dana 07700 900123")]
    public void The_ideas_are_fixed_names_never_the_message_words(string normalized)
    {
        var tokens = CrisisConcepts.Of(normalized).Split(' ');
        Assert.All(tokens, token => Assert.Contains(token, Names));
    }

    [Fact]
    public void An_explanation_shows_the_ideas_that_pushed_the_model()
    {
        var explained = CombinedDetector.Classifier.Explain("I have the rope in the garage and I am going tonight", top: 100);
        Assert.Contains(explained, c => c.Ngram.StartsWith("idea:k", StringComparison.Ordinal));
    }
}
