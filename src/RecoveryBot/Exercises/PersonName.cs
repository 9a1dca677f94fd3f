namespace RecoveryBot.Exercises;

/// <summary>
/// Picks the short name to keep from an answer to "Who would you like to make amends with?", so the bot can say it
/// back later ("What would you like Dana to know?") and never keeps a whole sentence as the name.
/// </summary>
/// <remarks>
/// Plain string code, no regular expressions: the text is untrusted, so the work stays linear in its length. The
/// message is cut into clauses at punctuation, fillers ("um", "I guess", "obviously") are dropped from each clause's
/// ends, and the steps in <see cref="TryExtract"/> are tried in order, the first that finds something winning.
/// Nothing is logged and nothing is thrown, so the text goes nowhere but into the result.
/// </remarks>
public static class PersonName
{
    /// <summary>The longest name kept, so whatever is said back later stays short.</summary>
    public const int MaxLength = 40;

    private const int MaxInputLength = 1000; // A longer message is a story, not a name; this also bounds the work.
    private const int ShortAnswerWords = 3;
    private const int MaxWordsForLooseName = 12; // Long stories mention places and holidays in capitals too.

    // Words that are never a name on their own: pronouns, little words, and answers that decline ("nobody", "idk").
    private static readonly HashSet<string> StopWords = Words(
        "i i'm im i've ive i'd i'll me my mine myself we us our you your he him his he's she her hers she's they them " +
        "their it it's its this that that's these those there here who whom what which why how when where a an the and " +
        "or but because cause so if then than to of in on at by for with from about over up out off just really very too " +
        "also not no nope nah yes yeah yep ok okay sure is am are was were be been do does did don't dont didn't can " +
        "can't cant could would should have has had want know think guess say tell rather maybe probably all any some " +
        "many lots lot nobody none nothing everyone everybody someone somebody anyone anybody people idk dunno unsure " +
        "complicated skip pass hi hello hey thanks sorry please still ever never again now later");

    private static readonly HashSet<string> RelationWords = Words(
        "mom mum mother dad father parent parents brother brothers sister sisters sibling siblings son sons daughter " +
        "daughters kid kids child children wife husband partner spouse girlfriend boyfriend fiance fiancé fiancee ex " +
        "friend friends bestie mate buddy boss manager colleague coworker neighbour neighbor roommate flatmate sponsor " +
        "uncle aunt auntie grandma grandpa grandmother grandfather nan nana gran granny cousin nephew niece family " +
        "stepdad stepmom stepmum stepson stepdaughter teacher landlord");

    // Words after a name that start an explanation: "Sarah because she stuck by me".
    private static readonly HashSet<string> Links = Words("because cause cos coz since who as from and");
    private static readonly HashSet<string> Determiners = Words("my our the a an");
    private static readonly HashSet<string> Titles = Words("mr mrs ms dr"); // "Mrs. Patel" is one name, not two clauses.
    private static readonly HashSet<string> QuestionStarts =
        Words("who whom what which why how where when should could can do does is are");

    private static readonly string[][] Cues = Phrases(
        "name is|name's|names|named|called|calls him|calls her|calls them|call him|call her|call them|goes by|known as");

    private static readonly string[][] LeadingFillers = Phrases(
        "um|umm|uh|uhh|er|erm|hmm|hm|well|so|oh|ok|okay|like|yeah|yes|probably|maybe|definitely|obviously|honestly|" +
        "actually|really|just|mostly|i guess|i think|i suppose|i'd say|i would say|i'd have to say|i mean|it's|its|it is|" +
        "that's|that would be|that'd be|it would be|it'd be|it has to be|has to be|gotta be|with|to|" +
        "i want to make amends with|i'd like to make amends with|making amends with");

    private static readonly string[][] TrailingFillers = Phrases(
        "obviously|probably|maybe|definitely|honestly|really|actually|i think|i guess|i suppose|i reckon|i believe|" +
        "i'd say|for sure|tbh|lol|haha|please|thanks|first|though");

    /// <summary>
    /// A kept name as the bot says it back: a relation the person called theirs ("my dad", "our son") becomes "your dad",
    /// "your son", so the bot never asks "is my dad open to hearing from you?"; a name ("Dana", "My Linh") is kept as it is.
    /// </summary>
    public static string SaidBack(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var own in (string[])["my ", "our "])
        {
            // Not a capitalised name after it: "My Linh" is a name, "My Dad" and "my dad" are relations.
            var rest = name.Length > own.Length && name.StartsWith(own, StringComparison.OrdinalIgnoreCase) ? name[own.Length..] : "";
            var next = rest.Split(' ')[0];
            if (next.Length > 0 && (char.IsLower(next[0]) || RelationWords.Contains(next.ToLowerInvariant())))
            {
                return "your " + rest;
            }
        }

        return name;
    }

    /// <summary>Finds the short name or relation in an answer to "Who would you like to make amends with?".</summary>
    /// <param name="text">What the person typed; may be null.</param>
    /// <param name="name">The name to keep, as typed, trimmed of punctuation at both ends and at most
    /// <see cref="MaxLength"/> characters; empty when the method returns false.</param>
    /// <returns>True when the message names someone; false when it is empty, a question, or a sentence without a
    /// recognisable name or relation, so the caller asks again rather than keeping a sentence.</returns>
    public static bool TryExtract(string? text, out string name)
    {
        name = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxInputLength || text.Contains('?'))
        {
            return false;
        }
        var clauses = Clauses(text);
        var words = clauses.SelectMany(c => c).ToArray();
        var found = words.Length == 0 || QuestionStarts.Contains(Lower(words[0])) ? null
            : First(clauses, AfterCue)                               // "her name is Dana"
            ?? First(clauses, NameAfterRelation)                     // "my brother Jake"
            ?? First(clauses, c => NameClause(c, words.Length))      // "Carla, my best friend", "M"
            ?? WholeShortAnswer(words)                               // "my sister carla"
            ?? First(clauses, RelationPhrase)                        // "probably my older sister"
            ?? (words.Length <= MaxWordsForLooseName ? First(clauses, CapitalisedWord) : null); // "I owe Dad"
        name = found is null ? string.Empty : Shorten(found);
        return name.Length > 0;
    }

    /// <summary>"her name is Dana", "everyone calls him Bobby"; not "I called her", where "her" is no name.</summary>
    private static string? AfterCue(string[] clause) => Enumerable.Range(0, clause.Length)
        .SelectMany(i => Cues.Where(cue => StartsWith(clause, i, cue)).Select(cue => NameAt(clause, i + cue.Length)))
        .FirstOrDefault(n => n is not null);

    /// <summary>"my brother Jake": a capitalised word right after the relation is the name.</summary>
    private static string? NameAfterRelation(string[] clause) => Relations(clause)
        .Where(r => r.End + 1 < clause.Length && IsCapitalised(clause[r.End + 1]))
        .Select(r => NameAt(clause, r.End + 1)).FirstOrDefault(n => n is not null);

    /// <summary>"Carla, my best friend": a clause of one or two name-like words; lowercase only in a short message.</summary>
    private static string? NameClause(string[] clause, int totalWords) =>
        clause.Length <= 2 && !clause.Any(IsStop) && (clause.All(IsCapitalised) || totalWords <= ShortAnswerWords)
            ? string.Join(' ', clause) : null;

    /// <summary>"my sister carla", "mom and dad": up to three words are short enough to keep whole.</summary>
    private static string? WholeShortAnswer(string[] words) =>
        words.Length <= ShortAnswerWords && words.Select((w, k) => !IsStop(w)
            || (k == 0 && words.Length > 1 && Lower(w) is "my" or "our")
            || (k > 0 && k < words.Length - 1 && Lower(w) == "and")).All(ok => ok)
            ? string.Join(' ', words) : null;

    private static string? RelationPhrase(string[] clause) =>
        Relations(clause).Select(r => string.Join(' ', clause[r.Start..(r.End + 1)])).FirstOrDefault();

    /// <summary>"I owe Dad an apology", "Sarah because...": capitalised, and not merely the first word of a clause.</summary>
    private static string? CapitalisedWord(string[] clause) => Enumerable.Range(0, clause.Length)
        .Where(i => clause[i].Length > 1 && IsCapitalised(clause[i]) && !IsStop(clause[i])
            && (i > 0 || (clause.Length > 1 && Links.Contains(Lower(clause[1])))))
        .Select(i => NameAt(clause, i)).FirstOrDefault();

    /// <summary>"my", "our", "the" or "a", then the last relation word within three words: "my older half sister".</summary>
    private static IEnumerable<(int Start, int End)> Relations(string[] clause)
    {
        for (var i = 0; i < clause.Length; i++)
        {
            if (!Determiners.Contains(Lower(clause[i]))) continue;
            var end = -1;
            for (var j = i + 1; j < clause.Length && j <= i + 3; j++)
            {
                var word = Lower(clause[j]);
                if (RelationWords.Contains(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word)) end = j;
                else if (word != "and" && StopWords.Contains(word)) break;
            }
            if (end > 0) yield return (i, end);
        }
    }

    /// <summary>The word at <paramref name="i"/>, with the next one when both are capitalised ("Mary Ann").</summary>
    private static string? NameAt(string[] clause, int i) =>
        i >= clause.Length || IsStop(clause[i]) ? null
        : i + 1 < clause.Length && IsCapitalised(clause[i]) && IsCapitalised(clause[i + 1]) && !IsStop(clause[i + 1])
            ? clause[i] + " " + clause[i + 1] : clause[i];

    /// <summary>Splits at clause punctuation (a full stop only before a space, so "J.R." stays whole); drops fillers.</summary>
    private static List<string[]> Clauses(string text)
    {
        var normal = text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace(" - ", "\n", StringComparison.Ordinal)
            .Replace(" & ", " and ", StringComparison.Ordinal);
        var clauses = new List<string[]>();
        for (int i = 0, start = 0; i <= normal.Length; i++)
        {
            if (i < normal.Length && !IsClauseBreak(normal, i)) continue;
            var words = WithoutFillers(normal[start..i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(TrimEnds).Where(w => w.Length > 0).ToArray());
            if (words.Length > 0) clauses.Add(words);
            start = i + 1;
        }
        return clauses;
    }

    private static bool IsClauseBreak(string s, int i) => s[i] is ',' or ';' or ':' or '!' or '(' or ')' or '\n'
        or '\u2014' or '\u2013' or '\u2026'
        || (s[i] == '.' && (i + 1 == s.Length || char.IsWhiteSpace(s[i + 1]))
            && !(i >= 2 && Titles.Contains(Lower(s[(s.LastIndexOf(' ', i - 1) + 1)..i]))));

    private static string[] WithoutFillers(string[] words)
    {
        int start = 0, end = words.Length, before;
        do
        {
            before = end - start;
            start += LeadingFillers.FirstOrDefault(f => start + f.Length <= end && StartsWith(words, start, f))?.Length ?? 0;
            end -= TrailingFillers.FirstOrDefault(f => end - f.Length >= start && StartsWith(words, end - f.Length, f))?.Length ?? 0;
        }
        while (end - start < before);
        return words[start..end];
    }

    private static bool StartsWith(string[] words, int at, string[] phrase) => at >= 0 && at + phrase.Length <= words.Length
        && phrase.Select((p, k) => Lower(words[at + k]) == p).All(same => same);

    private static string Shorten(string name)
    {
        var cut = name.Length <= MaxLength ? name.Length : name.LastIndexOf(' ', MaxLength);
        return TrimEnds(name[..(cut > 0 ? cut : Math.Min(MaxLength, name.Length))]);
    }

    private static string TrimEnds(string word)
    {
        int start = 0, end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start])) start++;
        while (end > start && !char.IsLetterOrDigit(word[end - 1])) end--;
        return word[start..end];
    }

    private static string? First(List<string[]> clauses, Func<string[], string?> step) =>
        clauses.Select(step).FirstOrDefault(n => n is not null);

    // "Dana" and "J" are capitalised; "AA" and "OK" are not, so acronyms are not taken for names.
    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) && (word.Length == 1 || word.Skip(1).Any(char.IsLower));
    private static bool IsStop(string word) => StopWords.Contains(Lower(word));
    private static string Lower(string word) => word.ToLowerInvariant();
    private static HashSet<string> Words(string words) => new(words.Split(' '), StringComparer.Ordinal);
    private static string[][] Phrases(string phrases) => phrases.Split('|').Select(p => p.Split(' ')).ToArray();
}
