using System.Diagnostics;
using System.Globalization;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// Case 5, the soak: exercise traffic (full plan-amends walks, as the main table's "all turns" row, at
/// <c>--connections</c>) against one process for a while, sampling the process's resident memory (VmRSS), open
/// handles (/proc/&lt;pid&gt;/fd) and threads every tenth of the run (at least every second, at most every 10 s), with the
/// turns completed in each interval. Growth is measured from the sample at the end of the first tenth (warm-up: JIT,
/// pools, caches, the GC finding its heap sizes) to the last one.
/// </summary>
public static class SoakRun
{
    /// <summary>Runs the soak, prints the series and the growth, and records them.</summary>
    public static async Task RunAsync(RecoveryBotProcess bot, TimeSpan duration, BenchOptions options, string runId, string scaleLabel, BenchSummary summary)
    {
        var interval = TimeSpan.FromSeconds(Math.Clamp(duration.TotalSeconds / 10, 1, 10));
        Console.WriteLine();
        Console.WriteLine($"[{scaleLabel}] Soak: {duration.TotalSeconds:0} s of full plan-amends walks at {options.Connections} connections against process {bot.ProcessId} (SQLite), sampled every {interval.TotalSeconds:0.#} s");
        using var client = LoadRunner.CreateClient(options.Connections);
        var scenario = new PlanAmendsScenario([bot.Messages], runId + "-soak");
        var progress = new LoadProgress();
        var samples = new List<(double Seconds, ProcessSampler.Sample Sample, long Completed, long Failed)>();
        var clock = Stopwatch.StartNew();
        var load = LoadRunner.RunAsync(scenario, client, options.Connections, TimeSpan.Zero, duration, options.MaxRequests, progress);
        samples.Add((0, ProcessSampler.Read(bot.ProcessId), 0, 0));
        while (!load.IsCompleted)
        {
            var next = interval * samples.Count;
            var wait = next - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.WhenAny(load, Task.Delay(wait));
            }

            // The last sample is taken when the load ends (in-flight requests done), not a full interval later.
            samples.Add((clock.Elapsed.TotalSeconds, ProcessSampler.Read(bot.ProcessId), Interlocked.Read(ref progress.Completed), Interlocked.Read(ref progress.Failed)));
        }

        var result = await load;
        Console.WriteLine($"  {"s",6} {"RSS MB",8} {"handles",8} {"threads",8} {"turns/s",8} {"failed",7}");
        for (var i = 0; i < samples.Count; i++)
        {
            var (seconds, sample, completed, failed) = samples[i];
            var rate = i == 0 ? "-" : ((completed - samples[i - 1].Completed) / Math.Max(0.001, seconds - samples[i - 1].Seconds)).ToString("0", CultureInfo.InvariantCulture);
            Console.WriteLine($"  {seconds,6:0.0} {sample.ResidentBytes / 1024.0 / 1024,8:0} {sample.Handles,8} {sample.Threads,8} {rate,8} {failed,7}");
        }

        var tenthIndex = samples.FindIndex(s => s.Seconds >= duration.TotalSeconds / 10 - 0.05);
        var tenth = samples[tenthIndex < 0 ? samples.Count - 1 : tenthIndex];
        var end = samples[^1];
        var growthMb = (end.Sample.ResidentBytes - tenth.Sample.ResidentBytes) / 1024.0 / 1024;
        var figures = Figures.From("soak, all turns", result);
        Figures.PrintHeader();
        figures.Print();
        Figures.PrintErrors(result);
        var growth = string.Create(CultureInfo.InvariantCulture,
            $"RSS {tenth.Sample.ResidentBytes / 1024 / 1024} -> {end.Sample.ResidentBytes / 1024 / 1024} MB ({growthMb:+0;-0} MB), handles {tenth.Sample.Handles} -> {end.Sample.Handles}, threads {tenth.Sample.Threads} -> {end.Sample.Threads}");
        Console.WriteLine($"  growth from the end of the first tenth ({tenth.Seconds:0.0} s) to the end ({end.Seconds:0.0} s): {growth}");
        summary.Fail("soak", figures.Errors);
        summary.Target($"5 soak {duration.TotalSeconds:0} s: no failed turn", $"{figures.Errors} failed of {figures.Count + figures.Errors}", figures.Errors == 0);
        summary.Target("5 soak growth, end of first tenth -> end (no target set)", string.Create(CultureInfo.InvariantCulture, $"RSS {growthMb:+0;-0} MB, handles {end.Sample.Handles - tenth.Sample.Handles:+0;-0}, threads {end.Sample.Threads - tenth.Sample.Threads:+0;-0}"), null);
    }
}
