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
    /// <summary>The second set (2026-11-29): written by two independent authors, never used to tune.</summary>
    public static readonly string[] SecondSet = ["safety-heldout-crisis.tsv", "safety-heldout-everyday.tsv"];

    /// <summary>The third set (2026-11-30): two more independent authors, never used to tune.</summary>
    public static readonly string[] ThirdSet = ["safety-heldout3-crisis.tsv", "safety-heldout3-everyday.tsv"];

    /// <summary>The fourth set (written at the end of 2026-11-30): the baseline for the next round.</summary>
    public static readonly string[] FourthSet = ["safety-heldout4-crisis.tsv", "safety-heldout4-everyday.tsv"];

    /// <summary>The fifth set (written after the fifth round, 2026-11-30): the baseline for the next round.</summary>
    public static readonly string[] FifthSet = ["safety-heldout5-crisis.tsv", "safety-heldout5-everyday.tsv"];

    /// <summary>The sixth set (written before the sixth round, 2026-11-30).</summary>
    public static readonly string[] SixthSet = ["safety-heldout6-crisis.tsv", "safety-heldout6-everyday.tsv"];

    /// <summary>The seventh set (written before the seventh round, 2026-11-30).</summary>
    public static readonly string[] SeventhSet = ["safety-heldout7-crisis.tsv", "safety-heldout7-everyday.tsv"];

    /// <summary>The eighth set (written during the seventh round by two authors who saw nothing of it; scored once, at its end).</summary>
    public static readonly string[] EighthSet = ["safety-heldout8-crisis.tsv", "safety-heldout8-everyday.tsv"];

    /// <summary>The ninth set (two more independent authors, written before the eighth round).</summary>
    public static readonly string[] NinthSet = ["safety-heldout9-crisis.tsv", "safety-heldout9-everyday.tsv"];

    /// <summary>The tenth set (two more independent authors, written during the eighth round; scored on main and once at its end).</summary>
    public static readonly string[] TenthSet = ["safety-heldout10-crisis.tsv", "safety-heldout10-everyday.tsv"];

    /// <summary>The eleventh set (two more independent authors, written before the ninth round).</summary>
    public static readonly string[] EleventhSet = ["safety-heldout11-crisis.tsv", "safety-heldout11-everyday.tsv"];

    /// <summary>The twelfth set (two more independent authors, written before the tenth round).</summary>
    public static readonly string[] TwelfthSet = ["safety-heldout12-crisis.tsv", "safety-heldout12-everyday.tsv"];

    /// <summary>The thirteenth set (two more independent authors, written during the tenth round).</summary>
    public static readonly string[] ThirteenthSet = ["safety-heldout13-crisis.tsv", "safety-heldout13-everyday.tsv"];

    /// <summary>The fourteenth set (two more independent authors, written before the eleventh round).</summary>
    public static readonly string[] FourteenthSet = ["safety-heldout14-crisis.tsv", "safety-heldout14-everyday.tsv"];

    /// <summary>The fifteenth set (two more independent authors, written before the twelfth round).</summary>
    public static readonly string[] FifteenthSet = ["safety-heldout15-crisis.tsv", "safety-heldout15-everyday.tsv"];

    /// <summary>The sixteenth set (four more independent authors, written before the thirteenth round).</summary>
    public static readonly string[] SixteenthSet = ["safety-heldout16-crisis.tsv", "safety-heldout16-everyday.tsv"];

    /// <summary>The seventeenth set (two more independent authors, written during the thirteenth round).</summary>
    public static readonly string[] SeventeenthSet = ["safety-heldout17-crisis.tsv", "safety-heldout17-everyday.tsv"];

    /// <summary>The eighteenth set (two more independent authors, written at the end of the thirteenth round for the next).</summary>
    public static readonly string[] EighteenthSet = ["safety-heldout18-crisis.tsv", "safety-heldout18-everyday.tsv"];

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
