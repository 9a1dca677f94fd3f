namespace RecoveryBot.Safety;

/// <summary>One labelled line of a crisis data file (<see cref="Source"/> is the file name, <see cref="LineNumber"/> 1-based).</summary>
/// <param name="Label"><c>crisis</c>, <c>concern</c> or <c>safe</c>.</param>
/// <param name="Kind">How the line says it: <c>direct</c>, <c>indirect</c>, <c>negation</c>, <c>idiom</c>, <c>past</c>...</param>
/// <param name="Category">A <see cref="CrisisCategory"/> name, or <c>None</c>.</param>
/// <param name="Text">The message.</param>
/// <param name="Source">The file it came from.</param>
/// <param name="LineNumber">Its line in that file.</param>
public sealed record CrisisExample(string Label, string Kind, string Category, string Text, string Source, int LineNumber)
{
    /// <summary>True for a crisis line; concern and safe lines are both "not a crisis" for the classifier.</summary>
    public bool IsCrisis => Label == "crisis";
}

/// <summary>
/// The labelled crisis messages shipped with the app in <c>Safety/Data/</c> (copied to the output folder). They are
/// product data: the <c>CrisisClassifier</c> trains on all of them at start-up, and the tests score the rules and
/// the classifier on them. Format: <c>label&lt;TAB&gt;kind&lt;TAB&gt;category&lt;TAB&gt;text</c>; lines starting with #
/// are comments; blank lines are skipped.
/// </summary>
public static class CrisisData
{
    /// <summary>The corpus written together with the rules (optimistic: same author). Required.</summary>
    public const string CorpusFileName = "crisis-corpus.tsv";

    /// <summary>The held-out set written by an independent author (now regression and training data).</summary>
    public const string DevSetFileName = "crisis-devset.tsv";

    /// <summary>Fresh phrases written before they were ever run against the rules (now regression and training data).</summary>
    public const string FreshFileName = "crisis-fresh.tsv";

    /// <summary>Everyday recovery talk (commands, relationship questions, exercise answers about harm and shame,
    /// privacy, milestones, idioms) by an independent author: the ordinary messages the check must leave alone.</summary>
    public const string EverydayFileName = "crisis-everyday.tsv";

    /// <summary>New wordings of danger (passive ideation said plainly, using to not wake up, calm decisions) by an
    /// independent author.</summary>
    public const string WordingFileName = "crisis-wording.tsv";

    /// <summary>More everyday talk by a fourth independent author (2026-11-30), nine kinds of 40 lines.</summary>
    public const string EverydayFileName2 = "crisis-everyday-2.tsv";

    /// <summary>More wordings of danger by the same fourth author, explicit and indirect, as answers and at the menu.</summary>
    public const string WordingFileName2 = "crisis-wording-2.tsv";

    /// <summary>Questions asked in the middle of the exercises, by two more independent authors (2026-11-30).</summary>
    public const string QuestionsFileName = "crisis-questions.tsv";

    /// <summary>The fifth round (2026-11-30), by five more independent authors who saw none of the rest: explicit
    /// statements typed in few words and in formal or second-language English, indirect signs, and everyday look-alikes
    /// of danger in both voices.</summary>
    public static readonly IReadOnlyList<string> FifthRoundFileNames =
        ["crisis-wording-3.tsv", "crisis-wording-4.tsv", "crisis-indirect.tsv", "crisis-everyday-3.tsv", "crisis-everyday-4.tsv"];

    /// <summary>The sixth round (2026-11-30), by two more independent authors: explicit statements and indirect signs in
    /// five new voices (poisons, withdrawal fits, weapons, plans inside exercise answers), and everyday look-alikes.</summary>
    public static readonly IReadOnlyList<string> SixthRoundFileNames = ["crisis-wording-5.tsv", "crisis-everyday-5.tsv"];

    /// <summary>The seventh round (2026-11-30), by two more independent authors: plain and understated statements in ten
    /// new voices, and everyday look-alikes weighted to stories told from safety and worry about others.</summary>
    public static readonly IReadOnlyList<string> SeventhRoundFileNames = ["crisis-wording-6.tsv", "crisis-everyday-6.tsv"];

    /// <summary>The development files numbered 7 to 18 (written 2026-11-30 to 2026-12-03), a dangers file and its
    /// everyday look-alikes each, by more than twenty independent authors; kept out of training while rules were written
    /// from them, trained on since the nineteenth round (4,590 lines: dialects and other languages' English, dangers said
    /// calmly or beside a history, stories told from safety).</summary>
    public static readonly IReadOnlyList<string> DevelopmentRoundFileNames =
        [.. Enumerable.Range(7, 12).SelectMany(n => new[] { $"crisis-wording-{n}.tsv", $"crisis-everyday-{n}.tsv" })];

    /// <summary>Every data file, in reporting order. Only the corpus must exist.</summary>
    public static readonly IReadOnlyList<string> FileNames =
        [CorpusFileName, DevSetFileName, FreshFileName, EverydayFileName, WordingFileName, EverydayFileName2, WordingFileName2, QuestionsFileName, .. FifthRoundFileNames, .. SixthRoundFileNames, .. SeventhRoundFileNames, .. DevelopmentRoundFileNames];

    /// <summary>The folder the data files are shipped in: <c>Safety/Data</c> beside the app's binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Safety", "Data");

    /// <summary>All lines of every data file in <paramref name="directory"/> (default <see cref="DefaultDirectory"/>).</summary>
    /// <exception cref="FileNotFoundException">The corpus file is missing.</exception>
    /// <exception cref="FormatException">A line is malformed.</exception>
    public static IReadOnlyList<CrisisExample> LoadAll(string? directory = null)
    {
        directory ??= DefaultDirectory;
        var result = new List<CrisisExample>();
        foreach (var name in FileNames)
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                result.AddRange(Load(path));
            }
            else if (name == CorpusFileName)
            {
                throw new FileNotFoundException($"The crisis data file {name} is missing from {directory}.", path);
            }
        }

        return result;
    }

    /// <summary>The source name of the lines <see cref="WithEverydayMessages"/> adds.</summary>
    public const string EverydaySource = "everyday messages";

    /// <summary>
    /// <paramref name="data"/> and, after it, <paramref name="everydayMessages"/> as everyday lines (label <c>safe</c>,
    /// kind <c>everyday</c>): what people are known to say to the bot in ordinary talk. A message in which the rules find
    /// any danger is left out, so the model is never taught that such a message is safe, and so is one with nothing to
    /// read (blank, or only invisible characters).
    /// </summary>
    public static IReadOnlyList<CrisisExample> WithEverydayMessages(IReadOnlyList<CrisisExample> data, IEnumerable<string> everydayMessages)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(everydayMessages);
        var rules = new CrisisDetector();
        var result = new List<CrisisExample>(data);
        var number = 0;
        foreach (var message in everydayMessages)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(message) && CrisisTextNormalizer.Normalize(message).Clauses.Count > 0 && rules.Assess(message).Level == CrisisLevel.None)
            {
                result.Add(new CrisisExample("safe", "everyday", nameof(CrisisCategory.None), message, EverydaySource, number));
            }
        }

        return result;
    }

    /// <summary>The lines of one data file.</summary>
    /// <exception cref="FormatException">A line is malformed.</exception>
    public static IReadOnlyList<CrisisExample> Load(string path)
    {
        var fileName = Path.GetFileName(path);
        var result = new List<CrisisExample>();
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t', 4);
            if (parts.Length != 4 || parts[0] is not ("crisis" or "concern" or "safe") || string.IsNullOrWhiteSpace(parts[3]))
            {
                // The line number only: the text of a data line is not repeated into logs.
                throw new FormatException($"{fileName} line {i + 1} is malformed (expected label<TAB>kind<TAB>category<TAB>text).");
            }

            result.Add(new CrisisExample(parts[0], parts[1], parts[2], parts[3], fileName, i + 1));
        }

        return result;
    }
}
