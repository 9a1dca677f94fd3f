using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace RecoveryBot.Safety;

/// <summary>
/// The features both text models learn from (the crisis classifier here, the intent classifier in Understanding):
/// word 1-2-grams and char 3-to-N-grams (term frequencies), each block scaled to unit length so the many char n-grams
/// do not drown the words, then concatenated into <c>Features</c>. Char n-grams carry typos and texting spellings
/// ("pls", "reflectons"); words carry meaning.
/// </summary>
internal static class NgramFeaturizer
{
    /// <summary>The estimator over the text column <paramref name="textColumn"/>, with char n-grams of 3 to <paramref name="longestCharGram"/>.</summary>
    /// <param name="ml">The ML.NET context.</param>
    /// <param name="textColumn">The normalised text.</param>
    /// <param name="longestCharGram">The longest char n-gram.</param>
    /// <param name="conceptColumn">Optional: a column of space-separated concept tokens (<see cref="CrisisConcepts"/>), added
    /// as a third block of counts, not scaled, so each idea weighs the same whatever the message's length.</param>
    public static IEstimator<ITransformer> Create(MLContext ml, string textColumn, int longestCharGram, string? conceptColumn = null)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentOutOfRangeException.ThrowIfLessThan(longestCharGram, 3);
        const NgramExtractingEstimator.WeightingCriteria Tf = NgramExtractingEstimator.WeightingCriteria.Tf;
        IEstimator<ITransformer> chain = ml.Transforms.Text.TokenizeIntoWords("WordTokens", textColumn, [' '])
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "WordTokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("Words", "WordKeys", ngramLength: 2, useAllLengths: true, weighting: Tf))
            .Append(ml.Transforms.NormalizeLpNorm("WordsN", "Words"))
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("CharKeys", textColumn, useMarkerCharacters: true));
        var grams = new List<string>();
        for (var n = 3; n <= longestCharGram; n++)
        {
            grams.Add("Char" + n);
            chain = chain.Append(ml.Transforms.Text.ProduceNgrams("Char" + n, "CharKeys", ngramLength: n, useAllLengths: false, weighting: Tf));
        }

        chain = chain.Append(ml.Transforms.Concatenate("Chars", [.. grams]))
            .Append(ml.Transforms.NormalizeLpNorm("CharsN", "Chars"));
        if (conceptColumn is null)
        {
            return chain.Append(ml.Transforms.Concatenate("Features", "WordsN", "CharsN"));
        }

        return chain.Append(ml.Transforms.Text.TokenizeIntoWords("ConceptTokens", conceptColumn, [' ']))
            .Append(ml.Transforms.Conversion.MapValueToKey("ConceptKeys", "ConceptTokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("Concepts", "ConceptKeys", ngramLength: 1, useAllLengths: true, weighting: Tf))
            .Append(ml.Transforms.Concatenate("Features", "WordsN", "CharsN", "Concepts"));
    }
}
