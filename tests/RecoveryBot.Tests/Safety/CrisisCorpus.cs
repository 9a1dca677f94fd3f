using System.Runtime.CompilerServices;
using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The labelled crisis data files, which ship with the app in src/RecoveryBot/Safety/Data/ (see <see cref="CrisisData"/>).
/// They are read from the test binaries' Safety/Data folder (the app project copies them to every output that references
/// it), or, when that copy is missing, straight from the source tree. All files share one format:
/// label<TAB>kind<TAB>category<TAB>text, lines starting with # are comments.
/// </summary>
public static class CrisisCorpus
{
    /// <summary>The corpus written together with the rules (optimistic: same author).</summary>
    public const string FileName = CrisisData.CorpusFileName;

    /// <summary>The held-out set written by an independent author.</summary>
    public const string DevSetFileName = CrisisData.DevSetFileName;

    /// <summary>Fresh phrases written before they were ever run against the rules (then kept as regression data).</summary>
    public const string FreshFileName = CrisisData.FreshFileName;

    /// <summary>Every data file, in reporting order. A file that does not exist yet is skipped.</summary>
    public static readonly string[] Files = [.. CrisisData.FileNames];

    private static readonly Dictionary<string, Lazy<IReadOnlyList<CrisisExample>>> Cache =
        Files.ToDictionary(f => f, f => new Lazy<IReadOnlyList<CrisisExample>>(() => LoadOrEmpty(f)));

    /// <summary>The original corpus.</summary>
    public static IReadOnlyList<CrisisExample> All => Cache[FileName].Value;

    /// <summary>The lines of one data file (empty when the file does not exist).</summary>
    public static IReadOnlyList<CrisisExample> Of(string fileName) => Cache[fileName].Value;

    /// <summary>All lines of all data files.</summary>
    public static IReadOnlyList<CrisisExample> Combined => Files.SelectMany(Of).ToList();

    /// <summary>The folder holding the data files: the copy beside the test binaries, else the source folder.</summary>
    public static string Directory { get; } = LocateDirectory();

    private static string LocateDirectory([CallerFilePath] string thisFile = "")
    {
        if (File.Exists(Path.Combine(CrisisData.DefaultDirectory, FileName)))
        {
            return CrisisData.DefaultDirectory;
        }

        // tests/RecoveryBot.Tests/Safety/ -> src/RecoveryBot/Safety/Data/
        var besideSource = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile) ?? ".", "..", "..", "..", "src", "RecoveryBot", "Safety", "Data"));
        if (File.Exists(Path.Combine(besideSource, FileName)))
        {
            return besideSource;
        }

        throw new FileNotFoundException($"Could not find {FileName} in {CrisisData.DefaultDirectory} or {besideSource}.");
    }

    private static IReadOnlyList<CrisisExample> LoadOrEmpty(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        return File.Exists(path) || fileName == FileName ? CrisisData.Load(path) : [];
    }
}
