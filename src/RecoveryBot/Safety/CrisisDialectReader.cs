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

    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout; // no time-out: see CrisisVocabulary

    // Yorkshire and Lancashire, read while the apostrophes are still there (without this "on t'bridge" would become
    // "tbridge"): "t'" is "to" after a verb that takes one ("want t' die") and "the" elsewhere, "o' " is "of" (not
    // "o'clock"), "'e" and "'im" are "he" and "him".
    private static readonly (Regex Pattern, string Replacement)[] Apostrophes =
    [
        (new Regex(@"\b(?<verb>want|wanted|wanna|going|gonna|try|trying|tryin|used|ought|about|able|how) t' ?",
            Options, Timeout), "${verb} to "),
        (new Regex(@"\bt' ?", Options, Timeout), "the "),
        (new Regex(@"\bo' ", Options, Timeout), "of "),
        (new Regex(@"\bwi'out\b", Options, Timeout), "without"),
        (new Regex(@"(?<before>^|[ ,.!?;:(])'(?<word>e|im)\b", Options, Timeout), "${before}h${word}"),
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
        ["pastillas"] = "pills", ["pastilla"] = "pill", ["hittin"] = "hitting", ["beatin"] = "beating",
        ["bleedin"] = "bleeding", ["hubby"] = "husband", ["caint"] = "cant",
        // Patois and chat spellings.
        ["cyaan"] = "cant", ["caan"] = "cant", ["nuh"] = "no", ["gwine"] = "going to", ["bouta"] = "about to",
        // Fifteenth round: Geordie and Glaswegian "ah'm", "ootside"; diazepam's street name.
        ["ahm"] = "i am", ["ootside"] = "outside", ["diazzies"] = "diazepam",
        // Dropped final g, read when assessing only (the chat map, which has the common ones, also shapes the model's
        // training lines).
        ["jumpin"] = "jumping", ["shakin"] = "shaking", ["burnin"] = "burning", ["tearin"] = "tearing", ["screamin"] = "screaming",
        ["walkin"] = "walking", ["coughin"] = "coughing", ["slidin"] = "sliding", ["chokin"] = "choking",
        ["cryin"] = "crying", ["fightin"] = "fighting", ["sittin"] = "sitting",
        ["standin"] = "standing", ["holdin"] = "holding", ["runnin"] = "running",
        ["stabbin"] = "stabbing", ["hangin"] = "hanging", ["fallin"] = "falling", ["droolin"] = "drooling", ["foamin"] = "foaming",
        ["mornin"] = "morning", ["evenin"] = "evening", ["leavin"] = "leaving", ["wakin"] = "waking",
        ["answerin"] = "answering", ["movin"] = "moving", ["vomitin"] = "vomiting", ["pukin"] = "puking", ["swallowin"] = "swallowing",
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
        // Fourteenth round, from development files 13: "i no want live no more", "i going to", "finish with my life" said
        // with a time ("finish with my life as a drinker" is not), "i swallow the whole bottle" (a second-language past),
        // "chop him" (with a machete or a cutlass), Pidgin "make i just die", "fell off the wagon" (relapsed, not a fall)
        // and chat's "i don want to".
        (" dont want live ", " dont want to live "), (" want to live no more ", " want to live anymore "),
        (" i going to ", " i am going to "), (" finish with my life tonight ", " end my life tonight "),
        (" finish with everything tonight ", " end everything tonight "),
        (" finish with my life today ", " end my life today "), (" finish with my life now ", " end my life now "),
        (" i swallow the whole ", " i swallowed the whole "), (" chop him ", " cut him "), (" chop her ", " cut her "),
        (" chop them ", " cut them "), (" make i just die ", " i want to die "),
        (" fell off the wagon ", " relapsed "), (" fallen off the wagon ", " relapsed "), (" fall off the wagon ", " relapse "), (" falls off the wagon ", " relapses "),
        (" falling off the wagon ", " relapsing "),
        (" i don want to ", " i dont want to "),
        // Fifteenth round, from development files 14: "walk inside the water", "this is the goodbye", "not going to be here in
        // the morning", foam "out her mouth".
        (" walk inside the water ", " walk into the water "), (" this is the goodbye ", " this is goodbye "),
        (" not going to be here in the morning ", " wont be here tomorrow "), (" out her mouth ", " out of her mouth "),
        (" out his mouth ", " out of his mouth "),
    ];

    // Northern English and Irish "me" for "my" before a part of the body, a person at home or a medicine ("smackin me head
    // off t' wall", "me dad's hittin me mam", "a load o' me tablets").
    private static readonly (string From, string To)[] MeBeforeNoun =
    [
        .. new[]
        {
            "head", "arm", "arms", "wrist", "wrists", "leg", "legs", "throat", "neck", "chest", "face", "hair", "lips", "heart",
            "stomach", "belly", "skin", "body", "thigh", "thighs", "hand", "hands", "dad", "mam", "mum", "mother", "father",
            "husband", "wife", "fella", "lass", "partner", "boyfriend", "girlfriend", "brother", "sister", "son", "daughter",
            "kids", "bairns", "tablets", "pills", "meds", "medication",
        }.Select(word => ($" me {word} ", $" my {word} ")),
    ];

    // Words before a clause-final "the night" that make it English ("in the night"), not Scots for tonight.
    private static readonly HashSet<string> EnglishBeforeTheNight = new(StringComparer.Ordinal)
    {
        "in", "during", "all", "through", "on", "for", "of", "at", "that", "every", "last", "one", "whole", "same", "into",
        "spend", "spent", "stay", "stayed", "staying", "till", "until", "by", "from", "about", "and", "or", "crash", "crashing",
        "sleep", "sleeping", "slept", "over", "relive", "remember", "remembered", "forget", "forgot", "was", "is",
    };

    // West African Pidgin and Jamaican patois are read only in a message written in one of them: a word of their own
    // that English (and Spanish) chat never uses ("wetin", "abeg", "miself", "cyaan"), or two different weaker ones
    // ("mi" and "fi", "dey" and "wey"). Their everyday words mean something else in English ("go" is "will", "am" is "it",
    // "e" is "he"), so reading them in every message would turn English into nonsense; an independent review found chat
    // "dey" (they), "nuh uh", "nah", Spanish "una" and "mi ... mi", and Cockney "'e" turning the first version on.
    private static readonly HashSet<string> StrongCreoleWords = new(StringComparer.Ordinal)
    {
        "wetin", "abeg", "comot", "wahala", "sef", "chale", "sotey", "pikin", "miself", "cyaan", "bredda", "fimi",
        "seh", "deh", "waan", "madda", "fadda", "pickney", "haffi", "nutten", "everyting", "anyting",
        // Fifteenth round: Guyanese, Trinidadian and Bajan.
        "mudda", "fuh", "aryuh", "gine", "cyah",
    };

    // Words after chat's "dey" (they) that keep it English: "dey said", "dey are calling". After anything else ("i dey
    // hide", "my uncle dey beat me", "e no dey wake") it is Pidgin's "dey", a word of its own.
    private static readonly HashSet<string> WordsAfterTheyDey = new(StringComparer.Ordinal)
    {
        "are", "were", "was", "is", "have", "had", "has", "said", "say", "says", "dont", "didnt", "will", "would", "can",
        "cant", "could", "took", "told", "got", "all", "just", "never", "always", "know", "think", "want", "wanna", "gonna",
        "need", "should", "must", "aint", "wont", "did", "do", "does", "still", "really", "r", "be", "keep", "make", "made",
    };

    // Weaker words of Pidgin and patois alone, and words they share with English chat spellings ("dem", "dis", "jus"):
    // two different weak words are needed, at least one of them not a chat spelling. Not "na" (Narcotics Anonymous) or
    // "e" ("A&E", "e-mail"), which recovery talk is full of.
    private static readonly HashSet<string> WeakCreoleWords = new(StringComparer.Ordinal)
    {
        "mi", "fi", "pon", "wey", "oga", "paa", "mada", "fada", "tek", "dung", "sha", "abi", "sabi", "ehn", "inna",
        // Not "meh", "doh", "wah", "de" or "een": chat and other languages use them (an independent review's "Meh. De
        // everyone will be better off soon" was read as creole and lost its crisis).
        "muh",
    };

    private static readonly HashSet<string> ChatCreoleWords = new(StringComparer.Ordinal)
    {
        "dey", "dem", "wid", "yuh", "nuh", "jus", "dat", "dis", "wan",
    };

    // Creole words read as English wherever they stand (before the slang map, which reads "im" as "i am" and "wan" as
    // "want"). Words whose reading depends on their neighbours are read in ReadCreoleWords.
    private static readonly Dictionary<string, string> CreoleMap = new(StringComparer.Ordinal)
    {
        ["dey"] = "is", ["e"] = "he", ["im"] = "him", ["wi"] = "will", ["wetin"] = "what", ["comot"] = "leave",
        ["abeg"] = "please", ["wahala"] = "trouble", ["pikin"] = "child", ["wan"] = "want", ["waan"] = "want",
        ["miself"] = "myself", ["fimi"] = "my", ["fi"] = "to", ["di"] = "the", ["pon"] = "on", ["dung"] = "down",
        ["wid"] = "with", ["bun"] = "burn", ["inna"] = "in", ["bredda"] = "brother", ["ansa"] = "answer", ["yuh"] = "you",
        ["everyting"] = "everything", ["anyting"] = "anything", ["nutten"] = "nothing", ["ting"] = "thing", ["tink"] = "think",
        ["seh"] = "say", ["deh"] = "is", ["fada"] = "father", ["fadda"] = "father", ["madda"] = "mother", ["mada"] = "mother",
        ["pickney"] = "child", ["bwoy"] = "boy", ["gyal"] = "girl", ["yout"] = "child", ["tek"] = "take",
        ["haffi"] = "have to", ["jus"] = "just", ["han"] = "hand", ["dat"] = "that", ["dis"] = "this",
        ["mudda"] = "mother", ["fuh"] = "for", ["aryuh"] = "you all", ["gine"] = "going to", ["cyah"] = "cant",
        ["muh"] = "my", ["doh"] = "dont", ["een"] = "aint", ["nah"] = "not", ["mout"] = "mouth", ["mehself"] = "myself",
        ["mehsef"] = "myself", ["muhself"] = "myself", ["froth"] = "foam",
    };

    // Pidgin "go" before a verb is "will"; "make i die" is "let me die"; patois "a go" is "going to"; "whole heap a" is
    // "a lot of"; "want dead" is "want to die" (and "a go dead" "going to die", but "a go dead mi", with an object, is
    // "going to kill me": said of the heat, a boss or a joke; see ReadCreoleWords).
    private static readonly (string From, string To)[] CreolePhraseMap =
    [
        (" i go ", " i will "), (" he go ", " he will "), (" she go ", " she will "), (" we go ", " we will "),
        (" they go ", " they will "), (" him go ", " he will "), (" make i die ", " i want to die "),
        (" don tire for this life ", " am tired of life "), (" don tire ", " am tired "), (" a go ", " going to "),
        (" chop mi ", " cut mi "), (" don dey ", " is now "), (" whole heap a ", " a lot of "), (" whole heap of ", " a lot of "),
        (" all a ", " all of "), (" want dead ", " want to die "), (" want kill me ", " want to kill me "),
        (" dem go ", " they will "), (" bottle a ", " bottle of "), (" swallow the whole ", " swallowed the whole "),
        (" swallow all ", " swallowed all "), (" end am ", " end it "),
        // Guyanese and Bajan: "swallow down", "she nah wake", "froth a come out she mout".
        (" swallow down ", " swallowed "), (" de whole ", " the whole "), (" she not wake ", " she wont wake up "), (" he not wake ", " he wont wake up "),
        (" a come out ", " is coming out "),
    ];

    // Words after patois "mi" (and "him") that make it the subject: a verb or an auxiliary.
    private static readonly HashSet<string> VerbsAfterCreoleI = new(StringComparer.Ordinal)
    {
        "a", "am", "is", "did", "not", "no", "nah", "cant", "will", "going", "plan", "want", "do", "vex", "tired", "have",
        "get", "to", "lose", "burn", "just", "feel", "think", "know", "must", "need", "cut", "take", "drink", "swallow",
        "hang", "jump", "kill", "stab", "shoot", "hurt", "beat", "see", "hear", "go", "cyaan", "nuh", "haffi", "wish",
        "ready", "done", "try", "tried", "cry", "fraid", "scared", "sorry", "love", "tell", "say", "said", "gone", "reach",
        "leave", "report", "talk", "run", "hide", "call", "come", "beg", "find", "lock", "shake", "fall", "start", "use",
        "smoke", "owe", "would", "could", "can", "soon", "never", "always", "still", "really", "only", "ago", "mek",
        "aint", "burning", "swallowed", "swallow", "drank", "took", "taking", "coming", "jumping", "write", "wrote", "mind",
    };

    // Nouns after patois "mi" that make it "my" ("chase mi mada" is "chasing my mother", "cut mi wrist" "cut my wrist");
    // before anything else that is not a verb it is "me".
    private static readonly HashSet<string> NounsAfterCreoleMy = new(StringComparer.Ordinal)
    {
        "mother", "father", "brother", "sister", "child", "children", "son", "daughter", "wife", "husband", "baby", "mum", "mom",
        "dad", "cousin", "friend", "uncle", "aunt", "girl", "boy", "man", "woman", "family", "house", "yard", "room", "head",
        "body", "arm", "arms", "hand", "hands", "life", "phone", "money", "things", "clothes", "granny", "grandmother", "wrist",
        "wrists", "neck", "throat", "belly", "skin", "leg", "legs", "face", "eye", "eyes", "pills", "tablets", "tablet",
        "chest", "heart", "likkle", "little", "baby", "first", "own", "old", "ex", "bed",
    };

    // Verbs in the present after patois "a" or Pidgin "dey" ("mi a hide" is "i am hiding", "e no dey breathe" "he isnt
    // breathing").
    private static readonly Dictionary<string, string> Progressive = new(StringComparer.Ordinal)
    {
        ["beat"] = "beating", ["hide"] = "hiding", ["plan"] = "planning", ["burn"] = "burning", ["cut"] = "cutting",
        ["shake"] = "shaking", ["bleed"] = "bleeding", ["kill"] = "killing", ["hurt"] = "hurting", ["die"] = "dying",
        ["dead"] = "dying", ["drink"] = "drinking", ["come"] = "coming", ["chop"] = "chopping", ["stab"] = "stabbing",
        ["shoot"] = "shooting", ["hang"] = "hanging", ["jump"] = "jumping", ["choke"] = "choking", ["cry"] = "crying",
        ["run"] = "running", ["lock"] = "locking", ["hit"] = "hitting", ["lick"] = "licking", ["think"] = "thinking",
        ["chase"] = "chasing", ["breathe"] = "breathing", ["wake"] = "waking", ["talk"] = "talking", ["answer"] = "answering",
        ["move"] = "moving", ["respond"] = "responding", ["vomit"] = "vomiting", ["fall"] = "falling", ["swallow"] = "swallowing",
    };

    private static readonly HashSet<string> ProgressiveForms = new(Progressive.Values, StringComparer.Ordinal);

    // Subjects after which patois "a" + verb is the present ("need a drink" stays English).
    private static readonly HashSet<string> CreoleSubjects = new(StringComparer.Ordinal)
    {
        "i", "he", "she", "him", "they", "we", "you", "it", "them",
    };

    // Words before "mi" that make it "me", and before "dem" that make it "them" (a verb or a preposition).
    private static readonly HashSet<string> WordsBeforeObject = new(StringComparer.Ordinal)
    {
        "kill", "beat", "hit", "stab", "chop", "cut", "shoot", "help", "tell", "give", "to", "for", "with", "about", "bout",
        "love", "leave", "hate", "rob", "call", "find", "hurt", "lick", "box", "slap", "choke", "at", "from", "like", "after",
        "chase", "see", "need", "want", "take", "left", "on",
    };

    // Words after Pidgin "don" that make it chat's "don't" ("i don want to live"), not "have".
    private static readonly HashSet<string> WordsAfterDont = new(StringComparer.Ordinal)
    {
        "want", "know", "care", "worry", "like", "need", "think", "feel", "have", "be", "get", "let", "wanna", "give", "mind",
    };

    // Verbs that take "i want" without "to" ("i wan jump" is "i want to jump").
    private static readonly HashSet<string> VerbsAfterWant = new(StringComparer.Ordinal)
    {
        "jump", "end", "finish", "cut", "burn", "take", "drink", "go", "do", "stop", "leave", "hang", "run", "disappear",
        "rest", "chop", "stab", "shoot", "beat", "hit", "swallow", "commot", "comot", "quit", "die", "kill", "hurt",
    };

    /// <summary>Whether the message is written in West African Pidgin or Jamaican patois (see StrongCreoleWords).</summary>
    /// <param name="cleanedText">The message, lowercased and cleaned, apostrophes still in it.</param>
    internal static bool IsCreole(string cleanedText)
    {
        var strong = StrongCreoleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var weakWords = WeakCreoleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var chatWords = ChatCreoleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var verbs = VerbsAfterCreoleI.GetAlternateLookup<ReadOnlySpan<char>>();
        var theyContinuations = WordsAfterTheyDey.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[16];
        string? firstWeak = null;
        bool sawChat = false;
        int length = 0;
        bool tooLong = false, afterMi = false, afterDey = false;
        foreach (char ch in cleanedText.AsSpan())
        {
            if (char.IsLetterOrDigit(ch))
            {
                // Words split as the normaliser splits them; a word longer than any creole word is skipped.
                if (length < buffer.Length)
                {
                    buffer[length++] = ch;
                }
                else
                {
                    tooLong = true;
                }

                continue;
            }

            if (ch == '\'')
            {
                continue;
            }

            if (length > 0 && IsCreoleWord(buffer[..length]))
            {
                return true;
            }

            length = 0;
            tooLong = false;
        }

        return length > 0 && IsCreoleWord(buffer[..length]);

        // A strong word; patois "mi" before a verb ("mi cut"; Spanish "mi casa" is before a noun); Pidgin "dey" before a
        // bare verb or anything else that does not follow chat's "dey" (they: "dey said", "dey kicked me out"); or a
        // second weak word different from the first, one of the two not a chat spelling.
        bool IsCreoleWord(ReadOnlySpan<char> word)
        {
            bool wasAfterMi = afterMi, wasAfterDey = afterDey;
            afterMi = afterDey = false;
            if (tooLong)
            {
                return false;
            }

            if (strong.Contains(word)
                || (wasAfterMi && verbs.Contains(word))
                || (wasAfterDey && !theyContinuations.Contains(word) && !word.EndsWith("ed")))
            {
                return true;
            }

            afterMi = word is "mi";
            afterDey = word is "dey";
            bool chat = chatWords.TryGetValue(word, out var weak);
            if (!chat && !weakWords.TryGetValue(word, out weak))
            {
                return false;
            }

            if (firstWeak is null)
            {
                firstWeak = weak;
                sawChat = chat;
                return false;
            }

            if (string.Equals(firstWeak, weak, StringComparison.Ordinal) || (sawChat && chat))
            {
                return false;
            }

            return true;
        }
    }

    /// <summary>Yorkshire and Lancashire apostrophes ("t'bridge", "want t' die", "o' pills", "'e", "'im"), read before
    /// they are dropped.</summary>
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
        paddedClause = CrisisTextNormalizer.Rewrite(paddedClause, DialectPhraseMap);
        if (creole)
        {
            paddedClause = ReadCreoleWords(CrisisTextNormalizer.Rewrite(paddedClause, CreolePhraseMap));
        }

        // Most clauses have no "me": skip the list's passes over them (this runs on every message).
        return paddedClause.Contains(" me ", StringComparison.Ordinal) ? CrisisTextNormalizer.Rewrite(paddedClause, MeBeforeNoun) : paddedClause;
    }

    // A clause ending in second-language "finish with my life" after an intent ("after rehab its time to finish with my
    // life" is not one).
    private const string FinishWithMyLife = " finish with my life";

    private static readonly string[] FinishWithMyLifeIntents =
    [
        "i will", "going to", "i go to", "i want to", "i go", "i am", "i",
    ];

    /// <summary>One trimmed clause's Scots forms read as English (see ReadScotsClause), and a clause-final second-language
    /// "finish with my life".</summary>
    internal static string ReadClause(string clause)
    {
        clause = ReadScotsClause(clause);
        if (!clause.EndsWith(FinishWithMyLife, StringComparison.Ordinal))
        {
            return clause;
        }

        var before = clause.AsSpan(0, clause.Length - FinishWithMyLife.Length);
        foreach (var intent in FinishWithMyLifeIntents)
        {
            if (before.EndsWith(intent, StringComparison.Ordinal) && (before.Length == intent.Length || before[^(intent.Length + 1)] == ' '))
            {
                return string.Concat(before, " end my life");
            }
        }

        return clause;
    }

    // Word by word, where a creole word's reading depends on its neighbours: patois "mi" is "i" before a verb, "my"
    // before a noun and "me" elsewhere; "him" before a verb is "he"; "dem" is "they" at the start, "them" after a verb
    // and a plural after a noun ("di pill dem"); "a" + verb after a subject and Pidgin "dey" + verb are the present;
    // "no dey" + verb is "isnt"; "am" is the object ("end am" is "end it") unless "i" comes before it; "fit" after a
    // subject is "can" (not "had a fit"); "don" is "have", or chat's "dont" before "want", "know", "care"; "ago" after a
    // subject is "going to"; "i want jump" is "i want to jump", "i going" "i am going".
    private static string ReadCreoleWords(string paddedClause)
    {
        var words = paddedClause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var read = new List<string>(words.Length + 4);
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            string next = i + 1 < words.Length ? words[i + 1] : string.Empty;
            string previous = read.Count > 0 ? read[^1] : string.Empty;
            switch (word)
            {
                case "mi":
                    word = VerbsAfterCreoleI.Contains(next) ? "i" : NounsAfterCreoleMy.Contains(next) ? "my" : "me";
                    break;
                case "me" or "uh" or "ah" when VerbsAfterCreoleI.Contains(next) || ProgressiveForms.Contains(next):
                    // Guyanese "me nah comin", Bajan "uh gine", Trinidadian "ah goin", "ah jumpin": the subject.
                    if (ProgressiveForms.Contains(next))
                    {
                        read.Add("i");
                        word = "am";
                    }
                    else
                    {
                        word = "i";
                    }

                    break;
                case "me" when NounsAfterCreoleMy.Contains(next):
                    word = "my";
                    break;
                case "o" when previous is "bottle" or "box" or "pack" or "packet" or "strip" or "handful" or "lot" or "load" or "cup" or "glass":
                    // Bajan and Guyanese "bottle o pills"; Pidgin's closing "o" stays.
                    word = "of";
                    break;
                case "meh":
                    // Trinidadian "meh chest" is "my chest"; "kill meh", "widout meh" are "me".
                    word = WordsBeforeObject.Contains(previous) || previous is "without" or "widout" ? "me" : "my";
                    break;
                case "she" when WordsBeforeObject.Contains(previous) || ProgressiveForms.Contains(previous)
                    || previous is "out" or "of" or "in" or "inside":
                    // "beatin she", "kill she": the object.
                    word = "her";
                    break;
                case "him" when !WordsBeforeObject.Contains(previous) && VerbsAfterCreoleI.Contains(next):
                    word = "he";
                    break;
                case "dem" when previous.Length == 0 || previous is "and" or "if" or "because" or "so" or "when" or "but" or "say" or "that":
                    word = "they";
                    break;
                case "dem" when WordsBeforeObject.Contains(previous) || previous.EndsWith("ing", StringComparison.Ordinal):
                    word = "them";
                    break;
                case "dem":
                    continue;
                case "am" when previous.Length > 0 && previous != "i":
                    word = "it";
                    break;
                case "fit" when CreoleSubjects.Contains(previous) || previous is "no" or "cant":
                    word = "can";
                    break;
                case "don":
                    word = WordsAfterDont.Contains(next) ? "dont" : "have";
                    break;
                case "ago" when CreoleSubjects.Contains(previous):
                    read.Add("going");
                    word = "to";
                    break;
                case "no" when next == "is" && i + 2 < words.Length && Progressive.TryGetValue(words[i + 2], out var negated):
                    read.Add(previous == "i" ? "am not" : "isnt");
                    read.Add(negated);
                    i += 2;
                    continue;
                case "a" or "is" when (CreoleSubjects.Contains(previous) || NounsAfterCreoleMy.Contains(previous))
                    && Progressive.TryGetValue(next, out var progressive):
                    read.Add(previous == "i" ? "am" : previous is "we" or "you" or "they" or "them" ? "are" : "is");
                    read.Add(progressive);
                    i++;
                    continue;
                case "is" when previous == "i":
                    word = "am";
                    break;
                case "an" when next.Length > 0 && (next[0] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'h') || next is "ah" or "uh" or "i"):
                    word = "and";
                    break;
                case "dead" when previous is "to" or "will" && next is not ("mi" or "me" or "him" or "her" or "them" or "dem" or "us" or "you"):
                    word = "die";
                    break;
                case "going" when previous is "i" or "he" or "she":
                    read.Add(previous == "i" ? "am" : "is");
                    break;
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
