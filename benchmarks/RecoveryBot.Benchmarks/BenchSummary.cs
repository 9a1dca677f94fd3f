namespace RecoveryBot.Benchmarks;

/// <summary>
/// The closing block: each target of the performance issue, what was measured, and MET or NOT MET, with the command
/// line, so a reader can repeat the run and compare.
/// </summary>
public sealed class BenchSummary
{
    private readonly List<(string Target, string Measured, bool? Met)> _targets = [];
    private readonly List<string> _notes = [];

    /// <summary>Measured requests that failed, by case (the run exits 1 when any did).</summary>
    public Dictionary<string, long> Failures { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a target; <paramref name="met"/> null when there is no target for it, or it could not be measured.</summary>
    public void Target(string target, string measured, bool? met) => _targets.Add((target, measured, met));

    /// <summary>Adds a target whose figure is <paramref name="value"/>: not measured when it is NaN (a phase with no sample
    /// of a step, for instance a walk slower than the phase), so a missing figure is never a NOT MET.</summary>
    public void Target(string target, double value, string measured, bool met) =>
        _targets.Add(double.IsNaN(value) ? (target, "not measured (a phase had no sample)", null) : (target, measured, met));

    /// <summary>Adds a line printed under the targets.</summary>
    public void Note(string note) => _notes.Add(note);

    /// <summary>Counts failed measured requests of a case.</summary>
    public void Fail(string where, long count)
    {
        if (count > 0)
        {
            Failures[where] = Failures.GetValueOrDefault(where) + count;
        }
    }

    /// <summary>True when any measured request failed.</summary>
    public bool AnyFailed => Failures.Count > 0;

    /// <summary>Prints the block.</summary>
    public void Print(BenchOptions options, string scaleLabel, TimeSpan wallTime, string loadAtStart, string loadAtEnd)
    {
        Console.WriteLine();
        Console.WriteLine(new string('=', 118));
        Console.WriteLine(scaleLabel == "SHORT"
            ? "SUMMARY (SHORT MODE: reduced scale and one short round; indicative only, not the figures of record)"
            : $"SUMMARY ({scaleLabel} scale)");
        Console.WriteLine($"  {"target",-62} {"measured",-42} result");
        // By the issue's numbering (the cases run in another order: the big store first, while the store is empty).
        foreach (var (target, measured, met) in _targets.OrderBy(t => t.Target.Split(' ')[0], StringComparer.Ordinal))
        {
            Console.WriteLine($"  {target,-62} {measured,-42} {(met is null ? "-" : met.Value ? "MET" : "NOT MET")}");
        }

        foreach (var note in _notes)
        {
            Console.WriteLine($"  note: {note}");
        }

        Console.WriteLine(AnyFailed
            ? $"  FAILED REQUESTS (measured): {string.Join(", ", Failures.Select(f => $"{f.Key} {f.Value}"))}; exit code 1"
            : "  failed requests (measured): none");
        Console.WriteLine($"  command: dotnet run -c Release --project benchmarks/RecoveryBot.Benchmarks -- {string.Join(' ', options.Arguments.Select((a, i) => i > 0 && options.Arguments[i - 1] == "--store-connection" ? "'<connection string, not printed>'" : Quote(a)))}");
        Console.WriteLine($"  wall time of the benchmark (after the build): {wallTime.TotalSeconds:0} s; load average at start {loadAtStart}, at end {loadAtEnd}");
        Console.WriteLine(new string('=', 118));
    }

    private static string Quote(string arg) => arg.Length == 0 || arg.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or ';' or '&') ? $"'{arg.Replace("'", "'\\''", StringComparison.Ordinal)}'" : arg;
}
