using System.Text.RegularExpressions;

namespace RecoveryBot.Safety;

/// <summary>
/// Reads Swahili and Sheng (the Nairobi mix of Swahili and English) as the English the crisis rules are written against,
/// in a message written in them: the verbs of danger with their prefixes ("nitajiua", I will kill myself; "atatuua", he
/// will kill us; "nimemeza", I have swallowed), the words around them, and a few phrases. Used by
/// <see cref="CrisisTextNormalizer"/> when it assesses a message, never on the model's training lines.
/// </summary>
internal static class CrisisSwahiliReader
{
    private const RegexOptions Options =
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;

    // A verb: negative, subject, tense, object, then the stem. Fifteenth round, from development files 14. Only the
    // stems of danger and of the talk around it; any other Swahili word is left as it is.
    private static readonly Regex Verb = new(
        "^(?<neg>si)?(?<subject>ni|u|a|tu|m|wa|ku)?(?<tense>me|ta|na|li|ki|nge|ka)?(?<object>ji|ni|tu|mu|wa|ku|zi|m)?" +
        "(?<stem>ua|ue|kufa|nyonga|nyonge|kata|kate|umiza|umize|choma|chome|piga|meza|kunywa|dive|ruka|rusha|buy|" +
        "maliza|sema|ona|rudi|lala|amka|pumua|taka|weza|pea|andika|amua|hitaji|jaribu|pika|chelewa|tania)$",
        Options,
        Regex.InfiniteMatchTimeout); // see CrisisVocabulary

    // Each stem's English: base form, past participle, -ing form.
    private static readonly Dictionary<string, (string Base, string Done, string Doing)> Stems = new(StringComparer.Ordinal)
    {
        ["ua"] = ("kill", "killed", "killing"), ["ue"] = ("kill", "killed", "killing"), ["kufa"] = ("die", "died", "dying"),
        ["nyonga"] = ("hang", "hanged", "hanging"), ["nyonge"] = ("hang", "hanged", "hanging"),
        ["kata"] = ("cut", "cut", "cutting"), ["kate"] = ("cut", "cut", "cutting"), ["umiza"] = ("hurt", "hurt", "hurting"),
        ["umize"] = ("hurt", "hurt", "hurting"), ["choma"] = ("burn", "burned", "burning"), ["chome"] = ("burn", "burned", "burning"),
        ["piga"] = ("hit", "hit", "hitting"), ["meza"] = ("swallow", "swallowed", "swallowing"),
        ["kunywa"] = ("drink", "drunk", "drinking"), ["jaribu"] = ("try", "tried", "trying"), ["pika"] = ("cook", "cooked", "cooking"),
        ["chelewa"] = ("be late", "been late", "being late"), ["tania"] = ("joke", "joked", "joking"),
        ["dive"] = ("jump", "jumped", "jumping"), ["ruka"] = ("jump", "jumped", "jumping"), ["rusha"] = ("throw", "thrown", "throwing"),
        ["buy"] = ("buy", "bought", "buying"), ["maliza"] = ("finish", "finished", "finishing"), ["sema"] = ("say", "said", "saying"),
        ["ona"] = ("see", "seen", "seeing"), ["rudi"] = ("come back", "come back", "coming back"), ["lala"] = ("sleep", "slept", "sleeping"),
        ["amka"] = ("wake up", "woken up", "waking up"), ["pumua"] = ("breathe", "breathed", "breathing"), ["taka"] = ("want", "wanted", "wanting"),
        ["weza"] = ("can", "could", "can"), ["pea"] = ("give", "given", "giving"), ["andika"] = ("write", "written", "writing"),
        ["amua"] = ("decide", "decided", "deciding"), ["hitaji"] = ("need", "needed", "needing"),
    };

    private static readonly Dictionary<string, string> Subjects = new(StringComparer.Ordinal)
    {
        ["ni"] = "i", ["u"] = "you", ["a"] = "he", ["tu"] = "we", ["m"] = "you", ["wa"] = "they", ["ku"] = "to",
    };

    private static readonly Dictionary<string, string> Objects = new(StringComparer.Ordinal)
    {
        ["ni"] = "me", ["tu"] = "us", ["mu"] = "him", ["m"] = "him", ["wa"] = "them", ["ku"] = "you", ["zi"] = "them",
    };

    private static readonly Dictionary<string, string> Reflexives = new(StringComparer.Ordinal)
    {
        ["i"] = "myself", ["you"] = "yourself", ["he"] = "himself", ["we"] = "ourselves", ["they"] = "themselves", ["to"] = "myself",
    };

    // Words of Swahili and Sheng that tell the message is written in them; none is an English word or a common name
    // ("leo", "mimi" and "ana" are names: they are read, but never tell the language).
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
    {
        "niko", "yuko", "iko", "sai", "sasa", "ndio", "yangu", "wangu", "zangu", "yake", "yote", "zote", "wote", "hii",
        "hiyo", "kwa", "sana", "kila", "bila", "hata", "ata", "sitaki", "siwezi", "sina", "nataka", "manze", "maze", "msee",
        "mathe", "buda", "keja", "doo", "bana", "nimechoka", "kesho", "usiku", "mwisho", "maisha", "dunia", "tena", "mtoto",
        "mlango", "chini", "juu", "nje", "ndani", "yule", "zile", "hizi", "kwaheri", "pole", "poa", "mbogi", "fala", "mtu",
        "nilikuwa", "zamani",
    };

    // Whole words, read wherever they stand in a Swahili message. "tu" (just) and "ni" (is) are dropped or kept as
    // English reads them best.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["niko"] = "i am", ["yuko"] = "he is", ["iko"] = "is", ["sai"] = "now", ["sasa"] = "now", ["leo"] = "today",
        ["usiku"] = "night", ["kesho"] = "tomorrow", ["ndio"] = "is", ["ni"] = "is", ["mwisho"] = "end", ["maisha"] = "life",
        ["wangu"] = "of mine", ["yangu"] = "of mine", ["zangu"] = "of mine", ["yake"] = "of his",
        ["yote"] = "all", ["zote"] = "all", ["wote"] = "all", ["hizi"] = "these", ["yule"] = "that",
        ["hii"] = "this", ["kwa"] = "at", ["na"] = "with", ["ya"] = "of", ["za"] = "of", ["tu"] = string.Empty,
        ["sana"] = string.Empty,
        ["bila"] = "without", ["mimi"] = "me", ["sitaki"] = "i dont want", ["siwezi"] = "i cant", ["sina"] = "i have no",
        ["nimechoka"] = "i am tired", ["dawa"] = "pills", ["panya"] = "rat", ["sumu"] = "poison", ["wembe"] = "razor",
        ["kisu"] = "knife", ["panga"] = "machete", ["rungu"] = "club", ["bunduki"] = "gun", ["kamba"] = "rope",
        ["reli"] = "railway", ["barua"] = "letter", ["kwaheri"] = "goodbye", ["mathe"] = "mother", ["buda"] = "father",
        ["msee"] = "man", ["mtoto"] = "child", ["bafu"] = "bathroom", ["keja"] = "house", ["nyumba"] = "house",
        ["ana"] = "he has", ["nina"] = "i have", ["nataka"] = "i want", ["anataka"] = "he wants", ["wanataka"] = "they want",
        ["tunataka"] = "we want", ["tena"] = "again", ["nje"] = "outside", ["ndani"] = "inside",
        ["akitoka"] = "when he comes out", ["akijua"] = "if he finds out", ["akigundua"] = "if he finds out",
        ["hapumui"] = "he is not breathing", ["haamki"] = "he is not waking up", ["haongei"] = "he is not talking",
        ["nisiamke"] = "i do not wake up", ["amezimia"] = "he has passed out", ["mapema"] = "early", ["kufa"] = "to die",
        ["kuishi"] = "to live", ["vidonge"] = "pills", ["vyote"] = "all", ["sitakuwepo"] = "i will not be here",
        ["simu"] = "phone", ["jikoni"] = "kitchen", ["kuwinda"] = "hunting", ["mwaka"] = "year", ["jana"] = "yesterday",
        ["pombe"] = "alcohol", ["kuacha"] = "to quit", ["kweli"] = "true", ["kama"] = "as", ["daktari"] = "doctor",
        ["kazi"] = "work", ["nyingi"] = "a lot", ["homa"] = "fever", ["kunyoa"] = "to shave", ["mwiko"] = "wooden spoon",
        ["anatapika"] = "he is vomiting", ["mlevi"] = "drunk", ["dunia"] = "world", ["kila"] = "every", ["mtu"] = "person",
        ["angekuwa"] = "would be", ["poa"] = "fine", ["ata"] = "even", ["hata"] = "even", ["pole"] = "sorry",
        ["mwambie"] = "tell", ["mwambieni"] = "tell", ["zile"] = string.Empty, ["roho"] = "heart", ["inapiga"] = "is beating",
        ["macho"] = "eyes", ["inazunguka"] = "are rolling", ["mbaya"] = "bad", ["si"] = "not", ["nilikuwa"] = "i used to",
        ["alikuwa"] = "he used to", ["zamani"] = "long ago", ["sawa"] = "okay",
    };

    // Swahili's order read as English's, after the words above ("mwisho wangu" is "end of mine", "my end"; "dawa ya
    // panya" "pills of rat", rat poison; "leo usiku" "today night", tonight; "tabs zote" "tabs all", all the tabs).
    private static readonly (string From, string To)[] Phrases =
    [
        (" end of mine ", " my end "), (" pills of rat ", " rat poison "), (" today night ", " tonight "),
        (" tabs all ", " all the tabs "), (" pills all ", " all the pills "), (" tablets all ", " all the tablets "),
        (" life of mine ", " my life "), (" today is my end ", " today i end my life "), (" tonight is my end ", " tonight i end my life "),
        (" is my end ", " is the end of my life "), (" all the tabs ", " all the pills "),
        (" i do not wake up not bad ", " i wouldnt mind if i didnt wake up "), (" i will not see tomorrow ", " i wont be here tomorrow "),
        (" would be fine without me ", " would be better off without me "), (" i have no purpose ", " there is no point "),
        (" dont want to live again ", " dont want to live anymore "),
        (" will not need them again ", " will not need them anymore "), (" hit him phone ", " call him "),
        (" hit me phone ", " call me "), (" hit her phone ", " call her "), (" knife of kitchen ", " kitchen knife "),
        (" gun of hunting ", " hunting gun "), (" year yesterday ", " last year "),
        (" wake up early ", " get up early "), (" waking up early ", " getting up early "), (" if i be late ", " if i am late "),
        (" all the pills of today ", " the pills for today "),
        (" not true i ", " it is not true that i "),
        (" of house of his ", " of his house "), (" not bad ", " would not be bad "), (" with machete ", " with a machete "),
        (" i used to i am ", " i used to be "), (" he used to he is ", " he used to be "), (" with razor ", " with a razor "), (" with knife ", " with a knife "), (" with club ", " with a club "),
    ];

    // Swahili's reflexive "ji" follows the subject ("anataka kujiua", he wants to kill himself); read word by word its
    // infinitive says "myself", so a third person's plan becomes the writer's: put right after "he wants to", "they
    // tried to" and the like.
    private static readonly (string From, string To)[] Reflexives3 =
    [
        .. from subject in new[] { ("he", "himself"), ("they", "themselves"), ("we", "ourselves") }
           from verb in new[] { "wants", "want", "wanted", "tried", "has tried", "have tried", "is trying", "are trying", "said he will", "says he will" }
           from act in new[] { "kill", "hang", "cut", "hurt", "burn" }
           select ($" {subject.Item1} {verb} to {act} myself ", $" {subject.Item1} {verb} to {act} {subject.Item2} "),
    ];

    /// <summary>Whether the message (cleaned, lowercase) is written in Swahili or Sheng: a verb of the list above with a
    /// prefix, or two of the marker words.</summary>
    internal static bool IsSwahili(string cleanedText)
    {
        // Words split as the normaliser splits them (an emoji or a star stuck to a word does not hide it), without
        // allocating: most messages are not Swahili.
        var markers = Markers.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = cleanedText.AsSpan();
        int found = 0, start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord)
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

            var word = text[start..i];
            start = -1;
            if (markers.Contains(word) && ++found >= 2)
            {
                return true;
            }

            // Sheng drops "ni" ("najikata", "nadive"): a tense with an object or a longer stem is enough.
            if (word.Length > 4 && Verb.IsMatch(word) && Verb.Match(word.ToString()) is { Success: true } m && m.Groups["tense"].Success
                && (m.Groups["subject"].Success || m.Groups["neg"].Success || m.Groups["object"].Success || m.Groups["stem"].Length >= 4))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One word of a Swahili message read as English; false when it is not one this reader knows.</summary>
    internal static bool TryReadWord(string word, out string english)
    {
        if (Words.TryGetValue(word, out english!))
        {
            return true;
        }

        english = string.Empty;
        if (Stems.ContainsKey(word))
        {
            // A bare stem ("amua", decide) is not read as prefixes on a shorter one ("a-m-ua").
            return false;
        }

        var m = Verb.Match(word);
        if (!m.Success || !Stems.TryGetValue(m.Groups["stem"].Value, out var stem)
            || !(m.Groups["neg"].Success || m.Groups["subject"].Success || m.Groups["tense"].Success || m.Groups["object"].Success))
        {
            // A bare stem ("kata", "ona") is not read: it needs a prefix to be a Swahili verb.
            return false;
        }

        bool negative = m.Groups["neg"].Success;
        string subject = m.Groups["subject"].Success ? Subjects[m.Groups["subject"].Value] : "i";
        if (negative && m.Groups["subject"].Success)
        {
            return false;
        }

        string tense = m.Groups["tense"].Success ? m.Groups["tense"].Value : string.Empty;
        if ((negative && tense is "nge" or "ki") || (subject == "to" && tense.Length > 0))
        {
            // "singejiua", I would not...: left unread rather than read as its opposite; an infinitive has no tense.
            return false;
        }

        string verb = tense switch
        {
            "me" => (negative ? "have not " : "have ") + stem.Done,
            "ta" => (negative ? "will not " : "will ") + stem.Base,
            "na" => (negative ? "am not " : "am ") + stem.Doing,
            "li" => (negative ? "did not " : string.Empty) + (negative ? stem.Base : stem.Done),
            "ki" => stem.Base,
            "nge" => "would have " + stem.Done,
            _ => (negative ? "do not " : string.Empty) + stem.Base,
        };

        string obj = string.Empty;
        if (m.Groups["object"].Success)
        {
            obj = m.Groups["object"].Value == "ji" ? Reflexives[subject] : Objects[m.Groups["object"].Value];
        }

        if (subject is "he" or "we" or "they" or "you" && verb.StartsWith("am ", StringComparison.Ordinal))
        {
            verb = (subject == "he" ? "is " : "are ") + verb[3..];
        }

        if (subject == "he" && verb.StartsWith("have ", StringComparison.Ordinal))
        {
            verb = "has " + verb[5..];
        }

        english = obj.Length > 0 ? $"{subject} {verb} {obj}" : $"{subject} {verb}";
        if (tense == "ki")
        {
            // "nikilala", if (or while) I sleep.
            english = "if " + english;
        }

        if (tense == "nge")
        {
            // "ningejiua", I would have killed myself (if not for...): a conditional, not a plan.
            english = "if not for that " + english;
        }

        return true;
    }

    /// <summary>The word order of Swahili phrases read as English, on a clause padded with spaces.</summary>
    internal static string ReadPhrases(string paddedClause) =>
        CrisisTextNormalizer.Rewrite(CrisisTextNormalizer.Rewrite(paddedClause, Phrases), Reflexives3);
}
