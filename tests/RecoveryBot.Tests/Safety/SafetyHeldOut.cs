using System.Text;
using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>One line of the second independent safety held-out set (crisis and everyday files).</summary>
/// <param name="Label"><c>crisis</c>, <c>concern</c> or <c>safe</c>.</param>
/// <param name="Kind"><c>explicit</c>/<c>indirect</c> for crisis lines; the everyday kind otherwise.</param>
/// <param name="Context"><c>menu</c> or <c>exercise-id/slot</c>: the question the bot was waiting on.</param>
/// <param name="Text">The message.</param>
public sealed record SafetyHeldOutLine(string Label, string Kind, string Context, string Text)
{
    /// <summary>
    /// The crisis and everyday files of held-out set <paramref name="number"/> (2 to 18; how each was written and scored
    /// is in HeldOut/README.md): <c>safety-heldout{N}-crisis.tsv</c> and <c>-everyday.tsv</c>, the second set without
    /// its number.
    /// </summary>
    public static string[] Set(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 2);
        return [$"safety-heldout{Infix(number)}-crisis.tsv", $"safety-heldout{Infix(number)}-everyday.tsv"];
    }

    /// <summary>What follows "safety-heldout" in the names of set <paramref name="number"/>'s files and report.</summary>
    public static string Infix(int number) => number == 2 ? "" : number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every line of the given files.</summary>
    public static IReadOnlyList<SafetyHeldOutLine> LoadAll(IEnumerable<string> fileNames) =>
        fileNames.SelectMany(name => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Safety", "HeldOut", name))
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split('\t'))
                .Select(p => new SafetyHeldOutLine(p[0], p[1], p[2], p[3])))
            .ToList();

    /// <summary>
    /// Scores an assessor: explicit crisis lines must all get the full response; indirect ones are reported as full and
    /// any safety reply; everyday lines as any safety reply (crisis, concern or gentle check-in) and full response.
    /// </summary>
    public static (string Report, double ExplicitFull, double IndirectFull, double IndirectAny, double EverydayAny, double EverydayFull) Score(
        string title, IReadOnlyList<SafetyHeldOutLine> lines, Func<SafetyHeldOutLine, CrisisLevel> assess)
    {
        var levels = lines.Select(l => (Line: l, Level: assess(l))).ToList();
        (int Hits, int Of) Count(Func<SafetyHeldOutLine, bool> which, Func<CrisisLevel, bool> test)
        {
            var chosen = levels.Where(x => which(x.Line)).ToList();
            return (chosen.Count(x => test(x.Level)), chosen.Count);
        }

        double Share(Func<SafetyHeldOutLine, bool> which, Func<CrisisLevel, bool> test) =>
            Count(which, test) is var (hits, of) && of > 0 ? hits / (double)of : 0;

        string Figure(Func<SafetyHeldOutLine, bool> which, Func<CrisisLevel, bool> test) =>
            Count(which, test) is var (hits, of) ? $"{hits}/{of} ({(of == 0 ? 0 : hits / (double)of):P1})" : "";

        static bool IsExplicit(SafetyHeldOutLine l) => l.Label == "crisis" && l.Kind == "explicit";
        static bool IsIndirect(SafetyHeldOutLine l) => l.Label == "crisis" && l.Kind == "indirect";
        static bool IsEveryday(SafetyHeldOutLine l) => l.Label == "safe";
        static bool Full(CrisisLevel v) => v == CrisisLevel.Crisis;
        static bool Any(CrisisLevel v) => v != CrisisLevel.None;

        var explicitFull = Share(IsExplicit, Full);
        var indirectFull = Share(IsIndirect, Full);
        var indirectAny = Share(IsIndirect, Any);
        var everydayAny = Share(IsEveryday, Any);
        var everydayFull = Share(IsEveryday, Full);
        var report = new StringBuilder()
            .AppendLine($"{title}: {lines.Count} lines ({lines.Count(l => l.Label == "crisis")} crisis, {lines.Count(l => l.Label == "safe")} everyday, {lines.Count(l => l.Label == "concern")} concern)")
            .AppendLine($"  explicit crisis with the full response: {Figure(IsExplicit, Full)}")
            .AppendLine($"  indirect crisis with the full response: {Figure(IsIndirect, Full)}; with any safety reply: {Figure(IsIndirect, Any)}")
            .AppendLine($"  everyday with any crisis line: {Figure(IsEveryday, Any)}; with the full crisis response: {Figure(IsEveryday, Full)}");
        foreach (var kind in lines.Where(l => l.Label == "safe").Select(l => l.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            report.AppendLine($"    everyday {kind}: any line {Share(l => l.Label == "safe" && l.Kind == kind, v => v != CrisisLevel.None):P0}");
        }

        report.AppendLine("Crisis lines missed (level given):");
        foreach (var (line, level) in levels.Where(x => x.Line.Label == "crisis" && x.Level != CrisisLevel.Crisis))
        {
            report.AppendLine($"  {line.Kind} [{line.Context}] {level}: {line.Text}");
        }

        report.AppendLine("Everyday lines that got a crisis line (level given):");
        foreach (var (line, level) in levels.Where(x => x.Line.Label == "safe" && x.Level != CrisisLevel.None))
        {
            report.AppendLine($"  {line.Kind} [{line.Context}] {level}: {line.Text}");
        }

        return (report.ToString(), explicitFull, indirectFull, indirectAny, everydayAny, everydayFull);
    }
}
