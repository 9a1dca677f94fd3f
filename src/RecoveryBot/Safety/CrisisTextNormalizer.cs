using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Choices;

namespace RecoveryBot.Safety;

/// <summary>
/// Turns a raw chat message into the plain form the crisis rules are written against: lowercase ASCII-ish words
/// separated by single spaces, contractions and common slang or typos expanded, split into clauses.
/// </summary>
internal static class CrisisTextNormalizer
{
    /// <summary>Longest input assessed in full; longer input is assessed on its head and its tail.</summary>
    internal const int MaxAssessedChars = 50_000;

    // No match time-out: see CrisisVocabulary.
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

    private const RegexOptions Options =
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;

    // Contractions are expanded while the apostrophes are still there, so that "i'll" never becomes "ill".
    private static readonly (Regex Pattern, string Replacement)[] Contractions =
    [
        (new Regex(@"\bod'e?d\b", Options, Timeout), "overdosed"),
        (new Regex(@"\bod'ing\b", Options, Timeout), "overdosing"),
        (new Regex(@"\bi'm\b", Options, Timeout), "i am"),
        (new Regex(@"\b(?<w>he|she|it|that|there|what|who|where|here)'s\b", Options, Timeout), "${w} is"),
        (new Regex(@"\b(?<w>i|you|we|they|who)'ve\b", Options, Timeout), "${w} have"),
        (new Regex(@"\b(?<w>i|you|he|she|it|we|they|that|this|everything|who)'ll\b", Options, Timeout), "${w} will"),
        (new Regex(@"\b(?<w>i|you|he|she|we|they|it|who)'d\b", Options, Timeout), "${w} would"),
        (new Regex(@"\b(?<w>you|we|they|who)'re\b", Options, Timeout), "${w} are"),
        (new Regex(@"\bw/o\b", Options, Timeout), " without "),
    ];

    // One word in, one or more words out. Slang, chat shorthand and the commonest typos of words the rules use.
    private static readonly Dictionary<string, string> WordMap = new(StringComparer.Ordinal)
    {
        ["kms"] = "kill myself", ["unalive"] = "kill", ["unalived"] = "killed", ["unaliving"] = "killing",
        ["sewerslide"] = "suicide", ["sucide"] = "suicide", ["suiside"] = "suicide", ["suicde"] = "suicide",
        ["suside"] = "suicide", ["sucidal"] = "suicidal", ["suicidle"] = "suicidal", ["suacidal"] = "suicidal",
        ["suicdal"] = "suicidal", ["suisidal"] = "suicidal", ["sucidle"] = "suicidal", ["suicidel"] = "suicidal",
        ["wnat"] = "want", ["wnt"] = "want", ["wamt"] = "want", ["wan"] = "want",
        ["wanna"] = "want to", ["wana"] = "want to", ["gonna"] = "going to", ["gona"] = "going to",
        ["finna"] = "going to", ["imma"] = "i am going to", ["ima"] = "i am going to", ["gotta"] = "got to",
        ["tryna"] = "trying to", ["kil"] = "kill", ["kll"] = "kill", ["killin"] = "killing",
        ["myslef"] = "myself", ["mysef"] = "myself", ["mself"] = "myself", ["meself"] = "myself",
        ["ded"] = "dead", ["dieing"] = "dying", ["dyin"] = "dying", ["breathin"] = "breathing",
        ["breating"] = "breathing", ["breathng"] = "breathing", ["breath"] = "breathe", ["brethe"] = "breathe",
        ["od"] = "overdose", ["oding"] = "overdosing", ["odeing"] = "overdosing", ["oded"] = "overdosed",
        ["pils"] = "pills", ["pillz"] = "pills", ["xannies"] = "xanax", ["zannies"] = "xanax",
        ["xans"] = "xanax", ["zans"] = "xanax", ["xanny"] = "xanax", ["alchohol"] = "alcohol",
        ["alcohal"] = "alcohol", ["alcahol"] = "alcohol", ["siezure"] = "seizure", ["seisure"] = "seizure",
        ["siezures"] = "seizures", ["selfharm"] = "self harm", ["selfharming"] = "self harming",
        ["im"] = "i am", ["iam"] = "i am", ["ive"] = "i have", ["hes"] = "he is", ["shes"] = "she is",
        ["theyre"] = "they are", ["youre"] = "you are", ["thats"] = "that is", ["whats"] = "what is",
        ["theres"] = "there is", ["wheres"] = "where is", ["u"] = "you", ["ur"] = "your",
        ["idk"] = "i dont know", ["rn"] = "right now", ["tonite"] = "tonight", ["2nite"] = "tonight",
        ["tn"] = "tonight", ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["tmrow"] = "tomorrow",
        ["tomorow"] = "tomorrow", ["tomorro"] = "tomorrow", ["ppl"] = "people", ["bc"] = "because",
        ["cuz"] = "because", ["coz"] = "because", ["nvr"] = "never", ["cnt"] = "cant", ["dnt"] = "dont",
        ["wud"] = "would", ["wld"] = "would", ["shud"] = "should", ["cud"] = "could", ["pls"] = "please",
        ["plz"] = "please", ["bf"] = "boyfriend", ["gf"] = "girlfriend", ["noone"] = "no one",
        ["cannot"] = "cant", ["anymor"] = "anymore", ["b4"] = "before", ["tho"] = "though",
        // Dropped final g ("thinkin", "seein") and other chat spellings of words the rules use.
        ["thinkin"] = "thinking", ["seein"] = "seeing", ["doin"] = "doing", ["goin"] = "going", ["tryin"] = "trying",
        ["feelin"] = "feeling", ["sayin"] = "saying", ["takin"] = "taking", ["usin"] = "using", ["drinkin"] = "drinking",
        ["cuttin"] = "cutting", ["livin"] = "living", ["plannin"] = "planning", ["savin"] = "saving", ["lookin"] = "looking",
        ["gettin"] = "getting", ["comin"] = "coming", ["nothin"] = "nothing", ["somethin"] = "something", ["hopin"] = "hoping",
        ["nite"] = "night", ["thru"] = "through", ["bout"] = "about", ["yrs"] = "years", ["yr"] = "year", ["mos"] = "months",
        ["w"] = "with", ["fr"] = "for real", ["frfr"] = "for real", ["hed"] = "he would", ["theyd"] = "they would",
        ["youd"] = "you would", ["roomate"] = "roommate", ["yeet"] = "throw", ["yeeting"] = "throwing",
        ["r"] = "are", ["abt"] = "about", ["gon"] = "going to", ["boutta"] = "about to", ["ok"] = "okay",
    };

    // Multi-word rewrites applied to each clause, padded with spaces so they only match whole words.
    private static readonly (string From, string To)[] PhraseMap =
    [
        (" do not ", " dont "), (" does not ", " doesnt "), (" did not ", " didnt "), (" will not ", " wont "),
        (" would not ", " wouldnt "), (" can not ", " cant "), (" could not ", " couldnt "), (" is not ", " isnt "),
        (" are not ", " arent "), (" was not ", " wasnt "), (" have not ", " havent "), (" any more ", " anymore "),
        (" my self ", " myself "), (" want 2 ", " want to "), (" going 2 ", " going to "), (" off myself ", " kill myself "),
        (" offing myself ", " killing myself "), (" no1 ", " no one "), (" id never ", " i would never "),
        (" id ever ", " i would ever "), (" ill be ", " i will be "), (" ill never ", " i will never "),
        // "he keeps hitting me up for money" asks; "hitting me up against the wall" hits (a user trial, 2026-12-08). Read
        // here, not as a rule's exception, so a hit later in the same clause is still found.
        (" hit me up against ", " hit me against "), (" hits me up against ", " hits me against "),
        (" hitting me up against ", " hitting me against "), (" hit us up against ", " hit us against "),
        (" hits us up against ", " hits us against "), (" hitting us up against ", " hitting us against "),
        (" hit me up ", " ask me "), (" hits me up ", " asks me "), (" hitting me up ", " asking me "),
        (" hit us up ", " ask us "), (" hits us up ", " asks us "), (" hitting us up ", " asking us "),
    ];

    // Words that split a sentence into clauses, so that a past or negated part cannot hide a present one.
    private static readonly string[] ClauseWords = [" and ", " but ", " then "];

    /// <summary>Normalises <paramref name="text"/> into clauses (never empty strings) and the whole message.</summary>
    /// <param name="text">The message.</param>
    /// <param name="readDialect">Whether to read dialect and second-language forms as English (see CrisisDialectReader); false only
    /// for the model's training lines.</param>
    internal static NormalizedMessage Normalize(string text, bool readDialect = true) => Normalize(text, readDialect, readDialect);

    /// <summary>The message read with dialect but without the Pidgin, patois and Swahili readings, for a second look at a
    /// message that was read as one of them (see <see cref="NormalizedMessage.ReadAsAnotherLanguage"/>).</summary>
    internal static NormalizedMessage NormalizeAsEnglish(string text) => Normalize(text, readDialect: true, readOtherLanguages: false);

    private static NormalizedMessage Normalize(string text, bool readDialect, bool readOtherLanguages)
    {
        string s = Clean(HeadAndTail(text, MaxAssessedChars));
        bool swahili = readOtherLanguages && CrisisSwahiliReader.IsSwahili(s);
        var lexicon = readOtherLanguages && !swahili ? CrisisLexiconReader.Detect(s) : null;
        bool creole = readOtherLanguages && !swahili && lexicon is null && CrisisDialectReader.IsCreole(s);
        if (readDialect)
        {
            s = CrisisDialectReader.ReadApostrophes(s);
        }

        foreach (var (pattern, replacement) in Contractions)
        {
            s = pattern.Replace(s, replacement);
        }

        var clauses = new List<string>();
        var words = new List<string>();
        var word = new StringBuilder();

        void EndWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            string w = word.ToString();
            word.Clear();
            if (lexicon is not null)
            {
                // Read with its clause, in the language's word order (CrisisLexiconReader), then word by word.
                words.Add(w);
            }
            else
            {
                AddReadWord(w);
            }
        }

        void AddReadWord(string w)
        {
            if ((swahili && CrisisSwahiliReader.TryReadWord(w, out var mapped))
                || (creole && CrisisDialectReader.TryReadCreoleWord(w, out mapped))
                || WordMap.TryGetValue(w, out mapped)
                || (readDialect && CrisisDialectReader.TryReadWord(w, out mapped)))
            {
                // An empty reading drops the word (Swahili "tu", just).
                words.AddRange(mapped.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                words.Add(w);
            }
        }

        void EndClause()
        {
            EndWord();
            if (words.Count == 0)
            {
                return;
            }

            if (lexicon is not null)
            {
                var read = lexicon.Read(words);
                words.Clear();
                foreach (var w in read)
                {
                    AddReadWord(w);
                }
            }

            string clause = " " + string.Join(' ', words) + " ";
            words.Clear();
            if (swahili)
            {
                clause = CrisisSwahiliReader.ReadPhrases(clause);
            }

            clause = Rewrite(clause, PhraseMap);
            if (readDialect)
            {
                clause = CrisisDialectReader.ReadPhrases(clause, creole);
            }

            foreach (var part in clause.Split(ClauseWords, StringSplitOptions.None))
            {
                string trimmed = readDialect ? CrisisDialectReader.ReadClause(part.Trim()) : part.Trim();
                if (trimmed.Length > 0)
                {
                    clauses.Add(trimmed);
                }
            }
        }

        foreach (char ch in s)
        {
            if (char.IsLetterOrDigit(ch))
            {
                word.Append(ch);
            }
            else if (ch == '\'')
            {
                // "dont", "cant", "moms": apostrophes inside words are dropped.
            }
            else if (IsClauseBreak(ch))
            {
                EndClause();
            }
            else
            {
                EndWord();
            }
        }

        EndClause();
        return new NormalizedMessage(clauses, string.Join(" . ", clauses)) { ReadAsAnotherLanguage = creole || swahili || lexicon is not null, ReadInAnUnmodelledLanguage = swahili || lexicon is not null };
    }

    // The whole text when it is within the budget, else its two ends (whatever is said first or last is read), each cut
    // at whitespace when there is some within 64 characters of the edge. A cut inside a surrogate pair leaves half of
    // it, which the normalisation makes U+FFFD like any other.
    private static string HeadAndTail(string text, int budget)
    {
        if (text.Length <= budget)
        {
            return text;
        }

        int half = budget / 2;
        int headEnd = half, tailStart = text.Length - half;
        for (int i = half; i > half - 64 && i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                headEnd = i;
                break;
            }
        }

        for (int i = tailStart; i < tailStart + 64 && i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                tailStart = i;
                break;
            }
        }

        return string.Concat(text.AsSpan(0, headEnd), ". ", text.AsSpan(tailStart));
    }

    // Phrase rewrites over a clause padded with spaces, so they only match whole words.
    internal static string Rewrite(string clause, (string From, string To)[] map)
    {
        foreach (var (from, to) in map)
        {
            clause = clause.Replace(from, to, StringComparison.Ordinal);
        }

        return clause;
    }

    private static bool IsClauseBreak(char ch) => ch is '.' or ',' or '!' or '?' or ';' or ':' or '(' or ')'
        or '[' or ']' or '"' or '\n' or '\r' or '|';

    /// <summary>NFKD, lowercase, straight quotes, and no invisible or combining characters.</summary>
    private static string Clean(string text)
    {
        // Compatibility decomposition (NFKD: full-width letters, ligatures, odd spaces), so that the loop below can drop
        // accents and stray combining marks; it is NFKC for matching purposes, with diacritics folded. Until 2026-12-08
        // half a surrogate pair or a U+FFFE anywhere left the whole message without it (styled letters not read).
        string s = TextNormalizer.Normalize(text, NormalizationForm.FormKD);

        var sb = new StringBuilder(s.Length);
        foreach (char ch in s)
        {
            switch (char.GetUnicodeCategory(ch))
            {
                case UnicodeCategory.Format: // zero-width space/joiner, BOM, soft hyphen, bidi marks
                case UnicodeCategory.NonSpacingMark: // stray combining marks ("zalgo"), variation selectors
                case UnicodeCategory.EnclosingMark:
                    continue;
                case UnicodeCategory.Control when ch is not ('\n' or '\r' or '\t'):
                    continue;
            }

            sb.Append(ch switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u02BC' or '\u2032' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2026' => '.',
                _ => char.ToLowerInvariant(ch),
            });
        }

        return sb.ToString();
    }
}

/// <summary>A normalised message: its clauses, and all clauses joined with " . ".</summary>
internal sealed record NormalizedMessage(IReadOnlyList<string> Clauses, string Whole)
{
    /// <summary>Whether the message was read as another language or creole (Pidgin, patois, Swahili, Sheng, or one of
    /// <see cref="CrisisLexiconReader.All"/>).</summary>
    public bool ReadAsAnotherLanguage { get; init; }

    /// <summary>Whether the message was read as Swahili, Sheng, Tagalog, Hindi, Urdu, Punjabi, Afrikaans or Hawaiian Pidgin
    /// (the model, which knows none of them, then judges its plain reading: half-read Swahili looked like English dangers
    /// to it).</summary>
    public bool ReadInAnUnmodelledLanguage { get; init; }
}
