using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>The ideas the classifier learns beside the n-grams: fixed names, found in the normalised message.</summary>
public sealed class CrisisConceptsTests
{
    private static readonly HashSet<string> Names =
        ["kmeans", "know", "kintent", "kfinal", "kfarewell", "kbody", "kviolence", "khelp"];

    [Theory]
    [InlineData("got the revolver out tonight", new[] { "kmeans", "know" })]
    [InlineData("sorted the pension and rehomed the dog", new[] { "kfarewell" })]
    [InlineData("he is not breathing what do i do", new[] { "kbody", "khelp" })]
    [InlineData("the shotguns in the truck and i am going up the mountain once it is dark", new[] { "kmeans" })]
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

    [Fact]
    public void No_text_is_a_caller_error_and_a_huge_message_gives_only_the_fixed_names()
    {
        Assert.Throws<ArgumentNullException>(() => CrisisConcepts.Of(null!));
        var huge = string.Concat(Enumerable.Repeat("zq the rope is here now ", 20_000)); // 480,000 characters
        Assert.All(CrisisConcepts.Of(huge).Split(' '), token => Assert.Contains(token, Names));
        Assert.Contains("kmeans", CrisisConcepts.Of(huge).Split(' '));
    }

    [Theory]
    [InlineData("my secret password is hunter2 and the bridge club meets tonight")]
    [InlineData("zxq qqq loaded revolver blue lips dana 07700 900123")]
    public void The_ideas_are_fixed_names_never_the_message_words(string normalized)
    {
        var tokens = CrisisConcepts.Of(normalized).Split(' ');
        Assert.All(tokens, token => Assert.Contains(token, Names));
    }

    [Theory]
    [InlineData("a history once made a present danger score lower")]
    [InlineData("back in 2015 i was at my worst but i am safe and sober nine years")]
    public void No_idea_is_about_a_past_or_a_reassurance(string normalized) =>
        Assert.Equal(CrisisConcepts.NoneFound, CrisisConcepts.Of(normalized));

    [Fact]
    public void Every_idea_pushes_towards_a_crisis()
    {
        // The model learns the ideas' weights: each must make a crisis likelier, never less likely, or an idea could
        // hide a danger (a first version's "past" and "safe now" did).
        var ideas = CombinedDetector.Classifier.StrongestCrisisNgrams(int.MaxValue).Where(w => w.Ngram.StartsWith("idea:", StringComparison.Ordinal)).ToList();
        Assert.Equal(Names.Count, ideas.Count);
        Assert.All(ideas, idea => Assert.True(idea.Weight > 0, $"{idea.Ngram} weighs {idea.Weight}"));
    }

    // A review's sentences (2026-11-30): present dangers told beside a history or a reassurance, which a first version of
    // the ideas let through.
    [Theory]
    [InlineData("The shotgun's in the truck and I'm going up the mountain once it's dark.")]
    [InlineData("I used to self harm, and right now I'm bleeding a lot and it won't stop")]
    [InlineData("I can't talk about it anymore, I've made my decision and it's tonight")]
    [InlineData("I've got the pills lined up now, I used to think I'd get better")]
    [InlineData("Saved up my methadone takeaways just now, all of it at once")]
    [InlineData("Nine years sober. My husband relapsed, he's not breathing")]
    [InlineData("12 years sober and I just swallowed a whole bottle of my sleeping pills")]
    public void A_present_danger_told_beside_a_history_is_a_crisis(string text) =>
        Assert.Equal(CrisisLevel.Crisis, CombinedDetector.Instance.Assess(text).Level);

    [Fact]
    public void A_loaded_gun_told_after_a_time_gets_at_least_the_gentle_line() =>
        Assert.NotEqual(CrisisLevel.None, CombinedDetector.Instance.Assess("That was an hour ago and the pistol is still loaded on the table").Level);
}
