namespace RecoveryBot.Benchmarks;

/// <summary>
/// Growth case (b): the same mid-exercise load (walks not completed, as the main table's last row) against a process
/// whose SQLite file was pre-filled with many people's state (<see cref="StorePrefill"/>) and against one that started
/// on an empty file, in interleaved rounds (the order flips each round). The ratio is big ÷ empty.
/// </summary>
public static class BigStoreBench
{
    /// <summary>Runs the rounds, prints them, and records the targets.</summary>
    public static async Task RunAsync(RecoveryBotProcess big, RecoveryBotProcess empty, string prefilled, GrowthScale scale, BenchOptions options, string runId, BenchSummary summary)
    {
        Console.WriteLine();
        Console.WriteLine($"[{scale.Label}] Growth (b): big store vs empty store, SQLite only: mid-exercise walks not completed, {options.Connections} connections, {scale.RoundsFor(options)} interleaved round(s) of {scale.PhaseWarmup.TotalSeconds:0.#} s warm-up + {scale.PhaseSeconds.TotalSeconds:0.#} s");
        Console.WriteLine($"  big store: {prefilled}; process {big.ProcessId}. Empty store: process {empty.ProcessId}.");
        var targets = new (string Label, RecoveryBotProcess Bot, PlanAmendsScenario Scenario, HttpClient Client)[]
        {
            ("big store", big, new PlanAmendsScenario([big.Messages], runId + "-big", complete: false), LoadRunner.CreateClient(options.Connections)),
            ("empty store", empty, new PlanAmendsScenario([empty.Messages], runId + "-empty", complete: false), LoadRunner.CreateClient(options.Connections)),
        };
        var rateRatios = new List<double>();
        var p99Ratios = new List<double>();
        var p50Ratios = new List<double>();
        try
        {
            for (var round = 1; round <= scale.RoundsFor(options); round++)
            {
                Console.WriteLine($"  round {round}");
                Figures.PrintHeader();
                var figures = new Dictionary<string, Figures>(StringComparer.Ordinal);
                foreach (var (label, _, scenario, client) in round % 2 == 1 ? targets : targets.Reverse())
                {
                    var result = await LoadRunner.RunAsync(scenario, client, options.Connections, scale.PhaseWarmup, scale.PhaseSeconds, options.MaxRequests);
                    var row = Figures.From($"mid-exercise, {label}", result, PlanAmendsScenario.IsMidExercise);
                    row.Print();
                    Figures.PrintErrors(result);
                    summary.Fail($"big store case ({label})", result.Errors.Values.Sum());
                    figures[label] = row;
                }

                rateRatios.Add(figures["big store"].Rate / figures["empty store"].Rate);
                p50Ratios.Add(figures["big store"].P50 / figures["empty store"].P50);
                p99Ratios.Add(figures["big store"].P99 / figures["empty store"].P99);
            }
        }
        finally
        {
            foreach (var target in targets)
            {
                target.Client.Dispose();
            }
        }

        Console.WriteLine($"  big / empty: turns/s {Stats.Ratios(rateRatios)}, p50 {Stats.Ratios(p50Ratios)}, p99 {Stats.Ratios(p99Ratios)}  (target: within 10%: turns/s >= 0.90x, p99 <= 1.10x)");
        var rate = Stats.Median(rateRatios);
        var p99 = Stats.Median(p99Ratios);
        summary.Target("3b big store / empty, mid-exercise turns/s (>= 0.90x)", rate, $"{rate:0.00}x", rate >= 0.90);
        summary.Target("3b big store / empty, mid-exercise p99 (<= 1.10x)", p99, $"{p99:0.00}x", p99 <= 1.10);
    }
}
