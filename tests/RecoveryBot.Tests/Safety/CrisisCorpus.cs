using System.Runtime.CompilerServices;

namespace RecoveryBot.Tests.Safety;

/// <summary>One labelled line of a crisis data file (<see cref="Source"/> is the file name).</summary>
public sealed record CorpusLine(int LineNumber, string Label, string Kind, string Category, string Text, string Source = CrisisCorpus.FileName)
{
    public bool IsCrisis => Label == "crisis";
}

/// <summary>
/// Reads the labelled crisis data files straight from the source tree (no copy-to-output needed): first next to this
/// source file via [CallerFilePath], then by walking up from the test binaries to tests/RecoveryBot.Tests/Safety.
/// All files share one format: label<TAB>kind<TAB>category<TAB>text, lines starting with # are comments.
/// </summary>
public static class CrisisCorpus
{
    /// <summary>The corpus written together with the rules (optimistic: same author).</summary>
    public const string FileName = "crisis-corpus.tsv";

    /// <summary>The held-out set written by an independent author.</summary>
    public const string DevSetFileName = "crisis-devset.tsv";

    /// <summary>Fresh phrases written before they were ever run against the rules (then kept as regression data).</summary>
    public const string FreshFileName = "crisis-fresh.tsv";

    /// <summary>Every data file, in reporting order. A file that does not exist yet is skipped.</summary>
    public static readonly string[] Files = [FileName, DevSetFileName, FreshFileName];

    private static readonly Dictionary<string, Lazy<IReadOnlyList<CorpusLine>>> Cache =
        Files.ToDictionary(f => f, f => new Lazy<IReadOnlyList<CorpusLine>>(() => LoadOrEmpty(f)));

    /// <summary>The original corpus.</summary>
    public static IReadOnlyList<CorpusLine> All => Cache[FileName].Value;

    /// <summary>The lines of one data file (empty when the file does not exist).</summary>
    public static IReadOnlyList<CorpusLine> Of(string fileName) => Cache[fileName].Value;

    /// <summary>All lines of all data files.</summary>
    public static IReadOnlyList<CorpusLine> Combined => Files.SelectMany(Of).ToList();

    public static string? TryLocate(string fileName, [CallerFilePath] string thisFile = "")
    {
        var besideSource = Path.Combine(Path.GetDirectoryName(thisFile) ?? ".", fileName);
        if (File.Exists(besideSource))
        {
            return besideSource;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "RecoveryBot.Tests", "Safety", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string Locate([CallerFilePath] string thisFile = "") =>
        TryLocate(FileName, thisFile)
        ?? throw new FileNotFoundException($"Could not find {FileName} beside the test sources or above {AppContext.BaseDirectory}.");

    private static IReadOnlyList<CorpusLine> LoadOrEmpty(string fileName)
    {
        var path = TryLocate(fileName);
        if (path is null)
        {
            if (fileName == FileName)
            {
                throw new FileNotFoundException($"Could not find {fileName} beside the test sources or above {AppContext.BaseDirectory}.");
            }

            return [];
        }

        return Load(path, fileName);
    }

    private static IReadOnlyList<CorpusLine> Load(string path, string fileName)
    {
        var result = new List<CorpusLine>();
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t', 4);
            if (parts.Length != 4 || parts[0] is not ("crisis" or "concern" or "safe"))
            {
                throw new FormatException($"{fileName} line {i + 1} is malformed.");
            }

            result.Add(new CorpusLine(i + 1, parts[0], parts[1], parts[2], parts[3], fileName));
        }

        return result;
    }
}
