namespace RecoveryBot.Benchmarks;

/// <summary>One line of a growth case's table: the measured requests of some steps of one phase, as the main table prints them.</summary>
public sealed record Figures(string Target, long Count, double Rate, double P50, double P90, double P99, double Mean, long Errors)
{
    /// <summary>The figures of <paramref name="steps"/> (all when null) of a phase; turns/s over the whole phase.</summary>
    public static Figures From(string target, PhaseResult result, Func<int, bool>? steps = null)
    {
        var sorted = result.Latencies(steps);
        return new Figures(
            target,
            sorted.Length,
            sorted.Length / result.Seconds,
            Stats.Percentile(sorted, 0.50),
            Stats.Percentile(sorted, 0.90),
            Stats.Percentile(sorted, 0.99),
            sorted.Length == 0 ? double.NaN : sorted.Average(),
            steps is null ? result.Errors.Values.Sum() : result.ErrorCount(steps));
    }

    /// <summary>Prints the header of <see cref="Print"/>.</summary>
    public static void PrintHeader() =>
        Console.WriteLine($"  {"target",-44} {"turns",8} {"turns/s",8} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"mean ms",8} {"errors",7}");

    /// <summary>Prints the line.</summary>
    public void Print() =>
        Console.WriteLine($"  {Target,-44} {Count,8} {Rate,8:0} {P50,8:0.00} {P90,8:0.00} {P99,8:0.00} {Mean,8:0.00} {Errors,7}");

    /// <summary>Prints the errors of a phase by kind, if any.</summary>
    public static void PrintErrors(PhaseResult result)
    {
        if (result.Errors.Count > 0)
        {
            Console.WriteLine($"    {result.Scenario.Name} errors: {string.Join("; ", result.Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Value} x {e.Key}"))}");
        }
    }
}
