namespace RecoveryBot.Safety;

/// <summary>
/// Reads a message written in one of <see cref="CrisisLexicons"/>' languages as the English the crisis rules are
/// written against: the language's phrases of danger first (its word order: "papatayin ko siya", I will kill him; "ek
/// gaan myself doodmaak", I am going to kill myself), then its words. A message is taken for a language when it holds
/// two different marker words of it (words no English sentence uses). Used by <see cref="CrisisTextNormalizer"/> when it
/// assesses a message, never on the model's training lines. Sixteenth round, written from development files 15.
/// </summary>
internal sealed class CrisisLexiconReader
{
    /// <summary>What a word reads as where its neighbours decide: the word, its reading alone, the English read before
    /// it in the clause ("" at the start) and the next word as written ("" at the end).</summary>
    internal delegate string ContextReading(string word, string english, string before, string next);

    // Every language's marker words at once, so that a message is read once to find its language: for each word, a bit
    // per language (Bits) and a bit per language where the word is only a weak marker (Weak).
    private static readonly Dictionary<string, (int Bits, int Weak)> Markers = new(StringComparer.Ordinal);

    private readonly HashSet<string> _dropped;
    private readonly (string From, string To, string First)[] _phrases;
    private readonly (string From, string To, string First)[] _phrasesWithDroppedWords;
    private readonly Dictionary<string, string> _words;
    private readonly string? _ownerAfterThing;
    private readonly HashSet<string> _thingsWithOwnerAfter;
    private readonly string? _repeatedNegative;
    private readonly ContextReading? _inContext;

    /// <param name="markers">Words that tell the language.</param>
    /// <param name="dropped">Small words English does without, dropped before the phrases are read.</param>
    /// <param name="phrases">Phrases in the language's word order, each with its English.</param>
    /// <param name="words">Single words and their English ("" drops the word).</param>
    /// <param name="weakMarkers">Markers that also occur in English chat ("da", "brah"): they count only beside one of
    /// the language's own.</param>
    /// <param name="ownerAfterThing">A word that names the owner after the thing (Tagalog "buhay ko", my life), read as
    /// "my" before it, for the things in <paramref name="thingsWithOwnerAfter"/>.</param>
    /// <param name="thingsWithOwnerAfter">The things <paramref name="ownerAfterThing"/> can follow.</param>
    /// <param name="repeatedNegative">A negative said twice, the second time at the end of the clause (Afrikaans "nie"):
    /// that second one is not read.</param>
    /// <param name="inContext">Readings decided by neighbours.</param>
    internal CrisisLexiconReader(
        IEnumerable<string> markers,
        IEnumerable<string> dropped,
        IEnumerable<(string From, string To)> phrases,
        Dictionary<string, string> words,
        IEnumerable<string>? weakMarkers = null,
        string? ownerAfterThing = null,
        IEnumerable<string>? thingsWithOwnerAfter = null,
        string? repeatedNegative = null,
        ContextReading? inContext = null)
    {
        MarkerWords = [.. markers, .. weakMarkers ?? []];
        WeakMarkerWords = [.. weakMarkers ?? []];
        _dropped = new HashSet<string>(dropped, StringComparer.Ordinal);
        // What a phrase reads as is English already: kept in capitals until the words are read, so that no word of it is
        // read again as the language's ("to", this, in Tagalog).
        _phrases = [.. phrases.OrderByDescending(p => p.From.Length).Select(p => (p.From, p.To.ToUpperInvariant(), p.From.Trim().Split(' ')[0]))];
        _phrasesWithDroppedWords = [.. _phrases.Where(p => p.From.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(_dropped.Contains))];
        _words = words;
        _ownerAfterThing = ownerAfterThing;
        _thingsWithOwnerAfter = new HashSet<string>(thingsWithOwnerAfter ?? [], StringComparer.Ordinal);
        _repeatedNegative = repeatedNegative;
        _inContext = inContext;
    }

    /// <summary>Every language this reader knows.</summary>
    internal static IReadOnlyList<CrisisLexiconReader> All { get; } = BuildMarkers(
    [
        CrisisLexicons.Tagalog, CrisisLexicons.HindiUrdu, CrisisLexicons.Afrikaans, CrisisLexicons.HawaiianPidgin,
    ]);

    private string[] MarkerWords { get; }

    private string[] WeakMarkerWords { get; }

    /// <summary>
    /// The language the message (cleaned, lowercase) is written in: the one with the most different marker words, at
    /// least two, not all of them weak; null when none has two.
    /// </summary>
    internal static CrisisLexiconReader? Detect(string cleanedText)
    {
        // Words split as the normaliser splits them, and read once, without allocating: most messages are in none of
        // these languages.
        var markers = Markers.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = cleanedText.AsSpan();
        Span<int> counts = stackalloc int[All.Count];
        Span<int> seen = stackalloc int[16];
        Span<char> plain = stackalloc char[32];
        int seenCount = 0, strongBits = 0, start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\''))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start < 0)
            {
                continue;
            }

            scoped ReadOnlySpan<char> word = text[start..i];
            start = -1;
            if (word.Contains('\''))
            {
                // The normaliser drops apostrophes inside words ("'n", "ek's"); so do the markers.
                int n = 0;
                foreach (char ch in word)
                {
                    if (ch != '\'' && n < plain.Length)
                    {
                        plain[n++] = ch;
                    }
                }

                word = plain[..n];
            }

            if (!markers.TryGetValue(word, out var marker))
            {
                continue;
            }

            // A marker said twice counts once (by its hash: a collision only undercounts).
            int hash = string.GetHashCode(word, StringComparison.Ordinal);
            if (seen[..Math.Min(seenCount, seen.Length)].Contains(hash))
            {
                continue;
            }

            if (seenCount < seen.Length)
            {
                seen[seenCount] = hash;
            }

            seenCount++;
            strongBits |= marker.Bits & ~marker.Weak;
            for (int language = 0; language < counts.Length; language++)
            {
                counts[language] += (marker.Bits >> language) & 1;
            }
        }

        CrisisLexiconReader? best = null;
        int bestCount = 1;
        for (int language = 0; language < counts.Length; language++)
        {
            if (counts[language] > bestCount && ((strongBits >> language) & 1) == 1)
            {
                best = All[language];
                bestCount = counts[language];
            }
        }

        return best;
    }

    /// <summary>One clause's words (as written, apostrophes dropped) read as English words.</summary>
    internal List<string> Read(IReadOnlyList<string> rawWords)
    {
        // Phrases that hold a dropped word ("ayoko na", I give up) are read first; then the small words that English
        // does without are dropped, and the other phrases read.
        string padded = Rewrite(" " + string.Join(' ', rawWords) + " ", rawWords, _phrasesWithDroppedWords);
        var kept = padded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !_dropped.Contains(w)).ToList();
        padded = Rewrite(" " + string.Join(' ', kept) + " ", kept, _phrases);
        var split = padded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (_repeatedNegative is not null && split.Length > 0 && split[^1] == _repeatedNegative && split.Count(w => w == _repeatedNegative) >= 2)
        {
            split = split[..^1];
        }

        var read = new List<string>();
        string? previous = null;
        for (int i = 0; i < split.Length; i++)
        {
            string w = split[i];
            if (w.Any(char.IsUpper))
            {
                read.Add(w.ToLowerInvariant());
            }
            else if (w == _ownerAfterThing && previous is not null && _thingsWithOwnerAfter.Contains(previous))
            {
                read[^1] = "my";
                read.Add(_words.TryGetValue(previous, out var thing) ? thing : previous);
            }
            else
            {
                string english = _words.TryGetValue(w, out var mapped) ? mapped : w;
                if (_inContext is not null)
                {
                    english = _inContext(w, english, read.Count > 0 ? read[^1] : string.Empty, i + 1 < split.Length ? split[i + 1] : string.Empty);
                }

                read.AddRange(english.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }

            previous = w;
        }

        return read;
    }

    private static IReadOnlyList<CrisisLexiconReader> BuildMarkers(CrisisLexiconReader[] readers)
    {
        for (int language = 0; language < readers.Length; language++)
        {
            foreach (var word in readers[language].MarkerWords)
            {
                var (bits, weak) = Markers.GetValueOrDefault(word);
                Markers[word] = (bits | (1 << language), readers[language].WeakMarkerWords.Contains(word) ? weak | (1 << language) : weak);
            }
        }

        return readers;
    }

    // Only the phrases whose first word the clause holds are tried (Tagalog has about a thousand, generated); what a
    // phrase has read is in capitals, so it never brings a new first word.
    private static string Rewrite(string paddedClause, IReadOnlyList<string> words, (string From, string To, string First)[] phrases)
    {
        var present = new HashSet<string>(words, StringComparer.Ordinal);
        foreach (var (from, to, first) in phrases)
        {
            if (present.Contains(first))
            {
                paddedClause = paddedClause.Replace(from, to, StringComparison.Ordinal);
            }
        }

        return paddedClause;
    }
}
