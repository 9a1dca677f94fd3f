namespace RecoveryBot.Safety;

/// <summary>
/// Reads a message written in Tagalog or Taglish, romanised Hindi, Urdu or Punjabi, Afrikaans or Kaaps, or Hawaiian
/// Pidgin as the English the crisis rules are written against: the language's phrases of danger first (its word order:
/// "papatayin ko siya", I will kill him; "ek gaan myself doodmaak", I am going to kill myself), then its words. A
/// message is taken for a language when it holds two different marker words of it (words no English sentence uses).
/// Used by <see cref="CrisisTextNormalizer"/> when it assesses a message, never on the model's training lines.
/// Sixteenth round, written from development files 15.
/// </summary>
internal sealed class CrisisLexiconReader
{
    private readonly HashSet<string> _markers;
    private readonly HashSet<string> _strongMarkers;
    private readonly HashSet<string> _dropped;
    private readonly (string From, string To, string First)[] _phrases;
    private readonly (string From, string To, string First)[] _phrasesWithDroppedWords;
    private readonly Dictionary<string, string> _words;
    private readonly HashSet<string> _nounsBeforeOwner;

    internal CrisisLexiconReader(
        string name,
        IEnumerable<string> markers,
        IEnumerable<string> dropped,
        IEnumerable<(string From, string To)> phrases,
        Dictionary<string, string> words,
        IEnumerable<string>? nounsBeforeOwner = null,
        IEnumerable<string>? strongMarkers = null)
    {
        _strongMarkers = new HashSet<string>(strongMarkers ?? [], StringComparer.Ordinal);
        Name = name;
        _markers = new HashSet<string>(markers, StringComparer.Ordinal);
        _dropped = new HashSet<string>(dropped, StringComparer.Ordinal);
        // What a phrase reads as is English already: kept in capitals until the words are read, so that no word of it is
        // read again as the language's ("to", this, in Tagalog).
        _phrases = [.. phrases.OrderByDescending(p => p.From.Length).Select(p => (p.From, p.To.ToUpperInvariant(), p.From.Trim().Split(' ')[0]))];
        _phrasesWithDroppedWords = [.. _phrases.Where(p => p.From.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(_dropped.Contains))];
        _words = words;
        _nounsBeforeOwner = new HashSet<string>(nounsBeforeOwner ?? [], StringComparer.Ordinal);
    }

    /// <summary>The language's name, for tests and the README.</summary>
    internal string Name { get; }

    /// <summary>Every language this reader knows.</summary>
    internal static IReadOnlyList<CrisisLexiconReader> All { get; } =
    [
        CrisisLexicons.Tagalog, CrisisLexicons.HindiUrdu, CrisisLexicons.Afrikaans, CrisisLexicons.HawaiianPidgin,
    ];

    /// <summary>
    /// The language the message (cleaned, lowercase) is written in: the one with the most different marker words, at
    /// least two (for Pidgin, one of them a word of its own); null when none has two.
    /// </summary>
    internal static CrisisLexiconReader? Detect(string cleanedText)
    {
        CrisisLexiconReader? best = null;
        int bestCount = 1;
        foreach (var reader in All)
        {
            var (count, strong) = reader.CountMarkers(cleanedText);
            if (count > bestCount && (reader._strongMarkers.Count == 0 || strong > 0))
            {
                best = reader;
                bestCount = count;
            }
        }

        return best;
    }

    // How many different marker words the message holds, and how many of them are strong ones (a language whose markers
    // include English chat spellings, like Pidgin's "da" and "brah", needs one of its own words too).
    private (int Markers, int Strong) CountMarkers(string cleanedText)
    {
        // Words split as the normaliser splits them, without allocating: most messages are in none of these languages.
        var markers = _markers.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = cleanedText.AsSpan();
        Span<int> seen = stackalloc int[8];
        Span<char> plain = stackalloc char[32];
        int found = 0, strong = 0, start = -1;
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

            if (!markers.Contains(word))
            {
                continue;
            }

            int hash = string.GetHashCode(word, StringComparison.Ordinal);
            if (seen[..Math.Min(found, seen.Length)].Contains(hash))
            {
                continue;
            }

            if (found < seen.Length)
            {
                seen[found] = hash;
            }

            found++;
            if (_strongMarkers.Count > 0 && _strongMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                strong++;
            }
        }

        return (found, strong);
    }

    /// <summary>One clause's words (as written, apostrophes dropped) read as English words.</summary>
    internal List<string> Read(IReadOnlyList<string> rawWords)
    {
        // Phrases that hold a dropped word ("ayoko na", I give up) are read first; then the small words that English
        // does without are dropped, and the other phrases read.
        string padded = Rewrite(" " + string.Join(' ', rawWords) + " ", rawWords, _phrasesWithDroppedWords);
        var kept = padded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !_dropped.Contains(w)).ToList();
        padded = Rewrite(" " + string.Join(' ', kept) + " ", kept, _phrases);
        var read = new List<string>();
        string? previous = null;
        var split = padded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Name == "Afrikaans" && split.Count(w => w == "nie") >= 2 && split[^1] == "nie")
        {
            // Afrikaans says "not" twice ("hy gaan nie weer wegstap nie"): the last one is not read.
            split = split[..^1];
        }

        for (int i = 0; i < split.Length; i++)
        {
            string w = split[i];
            if (w.Any(char.IsUpper))
            {
                read.Add(w.ToLowerInvariant());
                previous = w;
                continue;
            }

            if (w == "ko" && previous is not null && _nounsBeforeOwner.Contains(previous))
            {
                // Tagalog puts the owner after the thing: "buhay ko", my life.
                read[^1] = "my";
                read.Add(_words.TryGetValue(previous, out var thing) ? thing : previous);
                previous = w;
                continue;
            }

            string english = _words.TryGetValue(w, out var mapped) ? mapped : w;
            english = ReadInContext(w, english, read, i + 1 < split.Length ? split[i + 1] : string.Empty);
            previous = w;
            if (english.Length > 0)
            {
                read.AddRange(english.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return read;
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

    // Words whose English depends on their neighbours: Afrikaans "die" (the; English "die" after "to", "wanna"... when
    // no noun follows), "more" (tomorrow; kept after "no", "any"...), Pidgin "stay" (am, is, are).
    private string ReadInContext(string word, string english, List<string> readSoFar, string next)
    {
        string before = readSoFar.Count > 0 ? readSoFar[^1] : string.Empty;
        return (Name, word) switch
        {
            ("Afrikaans", "die") when before is "to" or "wanna" or "gonna" or "will" or "i" or "just" or "rather"
                or "would" or "could" or "might" or "dont" or "gon"
                && next is "" or "tonight" or "now" or "today" or "soon" or "alone" or "already" or "in" or "by" or "from" => "die",
            ("Afrikaans", "more") when before is "no" or "any" or "much" or "some" or "one" or "once" or "even" or "lot" or "never" => "more",
            ("HawaiianPidgin", "stay") => before switch
            {
                "i" => "am",
                "" => "i am",
                "you" or "we" or "they" => "are",
                _ => "is",
            },
            _ => english,
        };
    }
}
