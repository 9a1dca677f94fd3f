using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>How the crisis check cuts a message into clauses and sentences, which its judgement of tense relies on.</summary>
public sealed class CrisisTextNormalizerTests
{
    [Fact]
    public void Sentences_end_at_full_stops_question_marks_and_line_breaks_and_a_but_starts_a_new_one()
    {
        var message = CrisisTextNormalizer.Normalize("When I was 19 I overdosed, they found me. Sober now!\nI'm fine but I took all my pills");

        Assert.Equal(["when i was 19 i overdosed", "they found me", "sober now", "i am fine", "i took all my pills"], message.Clauses);
        Assert.Equal([0, 0, 1, 2, 3], message.SentenceOfClause);
    }

    [Theory]
    [InlineData("")]
    [InlineData("...!!!")]
    [InlineData(" , ; \n ? ")]
    public void Text_with_no_words_has_no_clauses_and_no_sentences(string text)
    {
        var message = CrisisTextNormalizer.Normalize(text);

        Assert.Empty(message.Clauses);
        Assert.Empty(message.SentenceOfClause);
    }
}
