using System.Text.RegularExpressions;

namespace RecoveryBot.Safety;

/// <summary>
/// Reads dialect and second-language forms as the English the crisis rules are written against: Scots and Doric,
/// Yorkshire and Lancashire, West African Pidgin and Jamaican patois, and the English of second-language speakers.
/// Used by <see cref="CrisisTextNormalizer"/> when it assesses a message, never on the model's training lines.
/// </summary>
internal static class CrisisDialectReader
{
    private const RegexOptions Options =
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    // Yorkshire and Lancashire "t'" (the) and "o'" (of), read while the apostrophes are still there: without this
    // "on t'bridge" would become "tbridge". Not "o'clock".
    private static readonly (Regex Pattern, string Replacement)[] Apostrophes =
    [
        (new Regex(@"\bt' ?", Options, Timeout), "the "),
        (new Regex(@"\bo' ", Options, Timeout), "of "),
        (new Regex(@"\bwi'out\b", Options, Timeout), "without"),
    ];

    // Tenth round: Scots (and north-east Doric) words, as people write them. Only words with no other meaning in English
    // or in recovery talk: not "ken" (a name), "fit" (a seizure), "ma" (a mother), "aa" (the fellowship), "dee" (do, or
    // die), "oor" (our, or hour), "wean" (to wean off methadone). "noo" is read as Scots "now", though chat also spells
    // "no" so: read as "now", a "no" loses nothing the check needs, and "i am doing it noo" is found. Read when assessing
    // a message, not when training the model, whose data has almost none of them: it keeps the weights it had and meets
    // these words as the English it knows.
    private static readonly Dictionary<string, string> DialectMap = new(StringComparer.Ordinal)
    {
        ["masel"] = "myself", ["mysel"] = "myself", ["maself"] = "myself", ["masell"] = "myself", ["hissel"] = "himself",
        ["gonnae"] = "going to", ["gaunnae"] = "going to", ["gaunae"] = "going to", ["gonny"] = "going to",
        ["wantae"] = "want to", ["gaun"] = "going", ["cannae"] = "cant", ["canna"] = "cant", ["dinnae"] = "dont",
        ["dinna"] = "dont", ["didnae"] = "didnt", ["didna"] = "didnt", ["couldnae"] = "couldnt", ["couldna"] = "couldnt",
        ["wouldnae"] = "wouldnt", ["widnae"] = "wouldnt", ["willnae"] = "wont", ["winnae"] = "wont", ["winna"] = "wont",
        ["isnae"] = "isnt", ["isna"] = "isnt", ["wasnae"] = "wasnt", ["wasna"] = "wasnt", ["havnae"] = "havent",
        ["hivnae"] = "havent", ["hinna"] = "havent", ["shouldnae"] = "shouldnt", ["doesnae"] = "doesnt", ["naebody"] = "nobody",
        ["naewan"] = "no one", ["naeb"] = "nobody", ["nae"] = "no", ["naw"] = "no", ["mair"] = "more", ["noo"] = "now",
        ["oot"] = "out", ["aff"] = "off", ["fae"] = "from", ["tae"] = "to", ["wi"] = "with", ["heid"] = "head",
        ["greetin"] = "crying", ["telt"] = "told", ["hame"] = "home",
        ["awa"] = "away", ["gie"] = "give", ["dae"] = "do", ["nicht"] = "night", ["aboot"] = "about", ["disnae"] = "doesnt",
        ["disna"] = "doesnt", ["doon"] = "down", ["jist"] = "just", ["awready"] = "already", ["hauf"] = "half",
        ["swallied"] = "swallowed", ["affa"] = "awful", ["hert"] = "heart", ["gyan"] = "going", ["gaein"] = "going",
        ["deid"] = "dead", ["airm"] = "arm", ["haud"] = "hold", ["richt"] = "right", ["shakkin"] = "shaking",
        ["neen"] = "none", ["nane"] = "none", ["fower"] = "four", ["bairn"] = "child", ["bairns"] = "children",
        ["voddy"] = "vodka", ["efter"] = "after",
        // Yorkshire and Lancashire; a machete by its Caribbean, West African and Malay names; Spanish pills.
        ["nowt"] = "nothing", ["owt"] = "anything", ["summat"] = "something", ["mesen"] = "myself", ["missen"] = "myself",
        ["ovver"] = "over", ["reight"] = "right", ["smackin"] = "smacking", ["cutlass"] = "machete", ["parang"] = "machete",
        ["pastillas"] = "pills", ["pastilla"] = "pill",
        // Patois and chat spellings.
        ["cyaan"] = "cant", ["caan"] = "cant", ["nuh"] = "no", ["gwine"] = "going to", ["bouta"] = "about to",
    };

    // Scots "the now" is now and "the morn" tomorrow; "the night" (the nicht) is tonight, but only where English would
    // not say it ("in the night", "the night i overdosed"): see ReadScotsClause. Second-language "i no can", "i no want",
    // and "i want" with the bare verb ("i want die", "i want kill my wife tonight", "i want sleep forever": three authors'
    // data). Only "i want", never negated: a third person without its -s ("my mother want die at home"), Pidgin "wan"
    // (about to: "this heat wan kill everybody") and "i no want hurt my family" stay as they were.
    private static readonly (string From, string To)[] DialectPhraseMap =
    [
        (" the now ", " now "), (" the morn ", " tomorrow "), (" no can ", " cant "), (" no want ", " dont want "),
        (" no have ", " dont have "), (" no going to ", " not going to "), (" am no coming ", " am not coming "),
        (" am no going ", " am not going "), (" is no breathing ", " is not breathing "), (" are no breathing ", " are not breathing "),
        (" he no breathing ", " he not breathing "), (" she no breathing ", " she not breathing "),
        (" i want die ", " i want to die "), (" i want kill ", " i want to kill "), (" i want hurt ", " i want to hurt "),
        (" i want sleep forever ", " i want to sleep forever "),
        // Fourteenth round, from development files 13: "i no want live no more", "i going to", "finish with my life",
        // "i swallow the whole bottle" (a second-language past), and "chop him" (with a machete or a cutlass).
        (" dont want live ", " dont want to live "), (" want to live no more ", " want to live anymore "),
        (" i going to ", " i am going to "), (" finish with my life ", " end my life "),
        (" finish with everything ", " end everything "), (" i swallow the whole ", " i swallowed the whole "),
        (" chop him ", " cut him "), (" chop her ", " cut her "), (" chop them ", " cut them "),
    ];

    // Northern English and Irish "me" for "my" before a part of the body ("smackin me head off t' wall").
    private static readonly (string From, string To)[] MeBeforeBody =
    [
        .. new[]
        {
            "head", "arm", "arms", "wrist", "wrists", "leg", "legs", "throat", "neck", "chest", "face", "hair", "lips", "heart",
            "stomach", "belly", "skin", "body", "thigh", "thighs", "hand", "hands",
        }.Select(part => ($" me {part} ", $" my {part} ")),
    ];

    // Words before a clause-final "the night" that make it English ("in the night"), not Scots for tonight.
    private static readonly HashSet<string> EnglishBeforeTheNight = new(StringComparer.Ordinal)
    {
        "in", "during", "all", "through", "on", "for", "of", "at", "that", "every", "last", "one", "whole", "same", "into",
        "spend", "spent", "stay", "stayed", "staying", "till", "until", "by", "from", "about", "and", "or", "crash", "crashing",
        "sleep", "sleeping", "slept", "over", "relive", "remember", "remembered", "forget", "forgot", "was", "is",
    };


    // West African Pidgin and Jamaican patois are read only in a message that is written in one of them: a word of
    // their own that English chat never uses ("dey", "wetin", "abeg", "miself", "cyaan"), or two weaker ones ("mi",
    // "fi", "pon", "wey"). Their everyday words mean something else in English ("go" is "will", "am" is "it" or "him",
    // "e" is "he", "im" is "his"), so reading them in every message would turn English into nonsense.
    private static readonly HashSet<string> StrongCreoleWords = new(StringComparer.Ordinal)
    {
        "dey", "wetin", "abeg", "comot", "wahala", "sef", "una", "chale", "sotey", "pikin", "miself", "cyaan", "bredda",
        "inna", "fimi", "nuh", "seh", "deh", "dung", "waan", "madda", "fadda", "pickney", "haffi", "nutten", "everyting",
        "anyting",
    };

    private static readonly HashSet<string> WeakCreoleWords = new(StringComparer.Ordinal)
    {
        "mi", "fi", "pon", "wey", "oga", "di", "dem", "wid", "e", "paa", "sha", "ting", "yuh", "nah", "mada", "fada", "tek",
    };

    // Creole words read as English (before the slang map, which reads "im" as "i am" and "wan" as "want").
    private static readonly Dictionary<string, string> CreoleMap = new(StringComparer.Ordinal)
    {
        ["dey"] = "is", ["e"] = "he", ["im"] = "his", ["don"] = "have", ["wi"] = "will", ["wetin"] = "what", ["comot"] = "leave",
        ["abeg"] = "please", ["wahala"] = "trouble", ["pikin"] = "child", ["una"] = "you", ["wan"] = "want",
        ["waan"] = "want", ["miself"] = "myself", ["fimi"] = "my", ["fi"] = "to", ["di"] = "the", ["pon"] = "on",
        ["dung"] = "down", ["wid"] = "with", ["bun"] = "burn", ["inna"] = "in", ["bredda"] = "brother", ["ansa"] = "answer",
        ["yuh"] = "you", ["dem"] = "they", ["everyting"] = "everything", ["anyting"] = "anything", ["nutten"] = "nothing",
        ["ting"] = "thing", ["tink"] = "think", ["seh"] = "say", ["deh"] = "is", ["fada"] = "father", ["fadda"] = "father", ["madda"] = "mother",
        ["mada"] = "mother", ["pickney"] = "child", ["bwoy"] = "boy", ["gyal"] = "girl", ["nah"] = "not", ["yout"] = "child", ["tek"] = "take",
        ["haffi"] = "have to", ["fit"] = "can",
    };

    // Pidgin "go" before a verb is "will"; "make i die" is "let me die"; patois "a go" is "going to".
    private static readonly (string From, string To)[] CreolePhraseMap =
    [
        (" i go ", " i will "), (" he go ", " he will "), (" she go ", " she will "), (" we go ", " we will "),
        (" they go ", " they will "), (" him go ", " he will "), (" i is ", " i am "), (" make i die ", " i want to die "),
        (" i have tire for this life ", " i am tired of life "), (" i have tire ", " i am tired "), (" a go ", " going to "),
        (" chop mi ", " cut mi "), (" have is ", " is now "),
    ];

    // Words after patois "mi" that make it "i" (a verb or an auxiliary); before anything else it is "my".
    private static readonly HashSet<string> VerbsAfterCreoleI = new(StringComparer.Ordinal)
    {
        "a", "am", "is", "did", "not", "no", "cant", "will", "going", "plan", "want", "do", "vex", "tired", "have", "get",
        "to", "lose", "burn", "just", "feel", "think", "know", "must", "need", "cut", "take", "drink", "swallow", "hang",
        "jump", "kill", "stab", "shoot", "hurt", "beat", "see", "hear", "go", "cyaan", "cant", "nuh", "haffi", "wish",
        "ready", "done", "try", "tried", "cry", "fraid", "scared", "sorry", "love", "tell", "say", "said", "gone", "reach",
        "leave", "report", "talk", "run", "hide", "call", "come", "beg", "find", "lock", "shake", "fall", "start", "use",
        "smoke", "owe", "waan", "would", "could", "can", "wi", "soon", "never", "always", "still", "really", "only",
    };

    // Words before patois "mi" that make it "me" (a verb or a preposition), when no verb follows it.
    private static readonly HashSet<string> WordsBeforeCreoleMe = new(StringComparer.Ordinal)
    {
        "kill", "beat", "hit", "stab", "chop", "cut", "shoot", "help", "tell", "give", "to", "for", "with", "about", "bout",
        "love", "leave", "hate", "rob", "call", "find", "hurt", "lick", "box", "slap", "choke", "at", "from", "like",
    };

    // Verbs after patois "a" (the present: "mi a hide" is "i am hiding", "him a beat mi" "he is beating me").
    private static readonly Dictionary<string, string> VerbsAfterCreoleA = new(StringComparer.Ordinal)
    {
        ["beat"] = "beating", ["hide"] = "hiding", ["plan"] = "planning", ["burn"] = "burning", ["cut"] = "cutting",
        ["shake"] = "shaking", ["bleed"] = "bleeding", ["kill"] = "killing", ["hurt"] = "hurting", ["die"] = "dying",
        ["drink"] = "drinking", ["come"] = "coming", ["chop"] = "chopping", ["stab"] = "stabbing", ["shoot"] = "shooting",
        ["hang"] = "hanging", ["jump"] = "jumping", ["choke"] = "choking", ["cry"] = "crying", ["run"] = "running",
        ["lock"] = "locking", ["hit"] = "hitting", ["chase"] = "chasing", ["lick"] = "licking", ["box"] = "boxing", ["think"] = "thinking",
    };

    // Nouns after patois "mi" that make it "my" wherever it stands ("chase mi mada" is "chasing my mother").
    private static readonly HashSet<string> NounsAfterCreoleMy = new(StringComparer.Ordinal)
    {
        "mother", "father", "brother", "sister", "child", "children", "son", "daughter", "wife", "husband", "baby", "mum", "mom",
        "dad", "cousin", "friend", "uncle", "aunt", "girl", "boy", "man", "woman", "family", "house", "yard", "room", "head",
        "body", "arm", "arms", "hand", "hands", "life", "phone", "money", "things", "clothes", "granny", "grandmother",
    };

    // Verbs that take Pidgin "i want" without "to" ("i wan jump" is "i want to jump").
    private static readonly HashSet<string> VerbsAfterWant = new(StringComparer.Ordinal)
    {
        "jump", "end", "finish", "cut", "burn", "take", "drink", "go", "do", "stop", "leave", "hang", "run", "disappear",
        "rest", "chop", "stab", "shoot", "beat", "hit", "swallow", "commot", "comot", "quit", "die", "kill", "hurt",
    };

    /// <summary>Whether the message is written in West African Pidgin or Jamaican patois (see StrongCreoleWords).</summary>
    /// <param name="cleanedText">The message, lowercased and cleaned.</param>
    internal static bool IsCreole(string cleanedText)
    {
        var strong = StrongCreoleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var weakWords = WeakCreoleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = cleanedText.AsSpan();
        int weak = 0;
        foreach (var range in text.SplitAny(" \t\n\r.,!?;:()\"'"))
        {
            var word = text[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (strong.Contains(word) || (weakWords.Contains(word) && ++weak >= 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Yorkshire and Lancashire apostrophes ("t'bridge", "o' pills"), read before they are dropped.</summary>
    internal static string ReadApostrophes(string text)
    {
        if (!text.Contains('\''))
        {
            return text;
        }

        foreach (var (pattern, replacement) in Apostrophes)
        {
            text = pattern.Replace(text, replacement);
        }

        return text;
    }

    /// <summary>One word of Scots or second-language English read as English; false when it is not one.</summary>
    internal static bool TryReadWord(string word, out string english) => DialectMap.TryGetValue(word, out english!);

    /// <summary>One word of Pidgin or patois read as English (read before the slang map); false when it is not one.</summary>
    internal static bool TryReadCreoleWord(string word, out string english) => CreoleMap.TryGetValue(word, out english!);

    /// <summary>The multi-word dialect forms of one clause (padded with spaces) read as English.</summary>
    internal static string ReadPhrases(string paddedClause, bool creole)
    {
        paddedClause = CrisisTextNormalizer.Rewrite(CrisisTextNormalizer.Rewrite(paddedClause, DialectPhraseMap), MeBeforeBody);
        return creole ? ReadCreoleWords(CrisisTextNormalizer.Rewrite(paddedClause, CreolePhraseMap)) : paddedClause;
    }

    /// <summary>One trimmed clause's Scots forms read as English (see ReadScotsClause).</summary>
    internal static string ReadClause(string clause) => ReadScotsClause(clause);

    // Word by word, where a creole word's reading depends on its neighbours: patois "mi" is "i" before a verb, "me" after
    // one and "my" before anything else; patois "a" before a verb is "am" or "is" ("mi a hide"); Pidgin "am" is the
    // object ("end am" is "end it") unless "i" comes before it; "i want jump" is "i want to jump", "i going" "i am going".
    private static string ReadCreoleWords(string paddedClause)
    {
        var words = paddedClause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var read = new List<string>(words.Length + 2);
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            string next = i + 1 < words.Length ? words[i + 1] : string.Empty;
            string previous = read.Count > 0 ? read[^1] : string.Empty;
            if (word == "mi")
            {
                word = VerbsAfterCreoleI.Contains(next) ? "i"
                    : NounsAfterCreoleMy.Contains(next) ? "my"
                    : next.Length == 0 || WordsBeforeCreoleMe.Contains(previous) || previous.EndsWith("ing", StringComparison.Ordinal) ? "me"
                    : "my";
            }
            else if (word == "him" && !WordsBeforeCreoleMe.Contains(previous) && VerbsAfterCreoleI.Contains(next))
            {
                word = "he";
            }
            else if (word == "am" && previous.Length > 0 && previous != "i")
            {
                word = "it";
            }
            else if (word == "is" && previous == "i")
            {
                word = "am";
            }
            else if (word == "a" && VerbsAfterCreoleA.TryGetValue(next, out var progressive))
            {
                read.Add(previous == "i" ? "am" : "is");
                read.Add(progressive);
                i++;
                continue;
            }
            else if (word == "going" && previous is "i" or "he" or "she")
            {
                read.Add(previous == "i" ? "am" : "is");
            }

            read.Add(word);
            if (word == "want" && previous == "i" && VerbsAfterWant.Contains(next))
            {
                read.Add("to");
            }
        }

        return " " + string.Join(' ', read) + " ";
    }

    // One trimmed clause (after the split at "and", "but", "then"): Scots "a'm gonnae" is "i am going to", and a
    // clause-final "the night" after a verb or object is Scots for tonight ("... kill myself the night"); after "in",
    // "all", "last" and the like it is English and stays. Allocates only when it rewrites.
    private static string ReadScotsClause(string clause)
    {
        if (clause == "am going to" || clause.StartsWith("am going to ", StringComparison.Ordinal))
        {
            clause = "i " + clause;
        }

        const string Ending = " the night";
        if (!clause.EndsWith(Ending, StringComparison.Ordinal))
        {
            return clause;
        }

        var before = clause.AsSpan(0, clause.Length - Ending.Length);
        var previous = before[(before.LastIndexOf(' ') + 1)..];
        return previous.Length == 0 || EnglishBeforeTheNight.Contains(previous.ToString())
            ? clause
            : string.Concat(before, " tonight");
    }
}
