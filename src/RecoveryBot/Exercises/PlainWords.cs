using System.Collections.Frozen;

namespace RecoveryBot.Exercises;

/// <summary>
/// Everyday English words that are never anyone's name: little words, and the feelings, needs and people that answers
/// to the exercises start with. Written with a capital at the start of an answer, such a word only started the message,
/// so <see cref="SlotTemplate"/> may lower-case it within a sentence ("I feel Guilty" reads "I feel guilty").
/// </summary>
/// <remarks>
/// A closed list on purpose: a word not on it keeps its capital, since a name cannot be told from a word by its look.
/// Words that are also given names ("Will", "May", "Hope", "Joy", "Grace", "Faith", "Mark", "Rose", "Frank", "Bill") and
/// day and month names stay off it, and so does "I".
/// </remarks>
internal static class PlainWords
{
    private static readonly FrozenSet<string> Words = string.Join(' ',
        // Pronouns (not "I"), determiners, and the little words an answer opens with.
        "he she they we you it me him her them us my your his our their its this that these those the a an some any no",
        "every each all both more less much many most few someone somebody anyone anybody everyone everybody nobody",
        "people to not never always sometimes often usually just only still even so very really quite pretty too kind",
        "sort bit little totally completely extremely super mostly being getting feeling when if after before because at",
        "in on for with about from like as then there what how and but or also maybe probably almost somewhat rather",
        "deeply slightly",
        // Feelings.
        "afraid alone angry annoyed anxious ashamed awful awkward bad betrayed bitter blamed bored broken burdened calm",
        "cornered confused controlled crushed defeated defensive depressed desperate devastated disappointed disrespected",
        "distant disgusted down drained embarrassed empty exhausted exposed fine frightened frustrated furious good guilty",
        "happy hated heartbroken helpless hopeless horrible humiliated hurt ignored inadequate insecure invisible irritated",
        "isolated jealous judged left lonely lost low mad managed miserable misunderstood monitored nervous numb okay ok",
        "overwhelmed panicked pressured powerless rejected relieved resentful restless sad scared shaky shamed sick small",
        "smothered spied stressed stuck stupid suffocated suspected suspicious tense terrible terrified threatened tired",
        "trapped uncomfortable uneasy unheard unloved unsafe unseen untrusted upset used useless violated vulnerable watched",
        "weak weird worn worried worthless wrong invaded belittled babied patronised patronized infantilised infantilized",
        "criticised criticized attacked guilt shame anger fear sadness dread panic stress pressure anxiety resentment",
        "frustration",
        // Needs.
        "space time privacy respect trust support help room quiet rest peace honesty freedom independence boundaries",
        // People, by relation.
        "friends family work colleagues coworkers strangers others")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="lowerCaseWord"/> (already lower case) is on the list.</summary>
    public static bool Contains(string lowerCaseWord) => Words.Contains(lowerCaseWord);
}
