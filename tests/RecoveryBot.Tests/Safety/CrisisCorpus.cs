using System.Runtime.CompilerServices;

namespace RecoveryBot.Tests.Safety;

/// <summary>One labelled line of crisis-corpus.tsv.</summary>
public sealed record CorpusLine(int LineNumber, string Label, string Kind, string Category, string Text)
{
    public bool IsCrisis => Label == "crisis";
}

/// <summary>
/// Reads the labelled corpus straight from the source tree (no copy-to-output needed): first next to this
/// source file via [CallerFilePath], then by walking up from the test binaries to tests/RecoveryBot.Tests/Safety.
/// </summary>
public static class CrisisCorpus
{
    public const string FileName = "crisis-corpus.tsv";

    private static readonly Lazy<IReadOnlyList<CorpusLine>> Lines = new(() => Load(Locate()));

    public static IReadOnlyList<CorpusLine> All => Lines.Value;

    public static string Locate([CallerFilePath] string thisFile = "")
    {
        var besideSource = Path.Combine(Path.GetDirectoryName(thisFile) ?? ".", FileName);
        if (File.Exists(besideSource))
        {
            return besideSource;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "RecoveryBot.Tests", "Safety", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Could not find {FileName} beside the test sources or above {AppContext.BaseDirectory}.");
    }

    private static IReadOnlyList<CorpusLine> Load(string path)
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
                throw new FormatException($"{FileName} line {i + 1} is malformed.");
            }

            result.Add(new CorpusLine(i + 1, parts[0], parts[1], parts[2], parts[3]));
        }

        return result;
    }
}
