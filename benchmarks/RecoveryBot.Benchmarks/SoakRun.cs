using System.Diagnostics;
using System.Globalization;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// Case 5, the soak: exercise traffic (full plan-amends walks, as the main table's "all turns" row, at
/// <c>--connections</c>) against one process for a while, sampling the process's resident memory (VmRSS), open
/// handles (/proc/&lt;pid&gt;/fd) and threads every twentieth of the run (at least every half second, at most every 10 s), with the
/// turns completed in each interval. Growth is measured from the second tenth of the samples to the last (the first is
/// warm-up), and judged against a bound: resident memory +5%, handles and threads +10% (at least 5 and 3), on a soak
/// of 10 minutes or more.
/// </summary>
public static class SoakRun
{
    /// <summary>Runs the soak, prints the series and the growth, and records them.</summary>
    public static async Task RunAsync(RecoveryBotProcess bot, TimeSpan duration, BenchOptions options, string runId, string scaleLabel, BenchSummary summary)
    {
        var interval = TimeSpan.FromSeconds(Math.Clamp(duration.TotalSeconds / 20, 0.5, 10));
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
        Console.WriteLine($"  {"s",6} {"RSS MiB",8} {"handles",8} {"threads",8} {"turns/s",8} {"failed",7}");
        for (var i = 0; i < samples.Count; i++)
        {
            var (seconds, sample, completed, failed) = samples[i];
            var rate = i == 0 ? "-" : ((completed - samples[i - 1].Completed) / Math.Max(0.001, seconds - samples[i - 1].Seconds)).ToString("0", CultureInfo.InvariantCulture);
            Console.WriteLine($"  {seconds,6:0.0} {sample.ResidentBytes / 1024.0 / 1024,8:0} {sample.Handles,8} {sample.Threads,8} {rate,8} {failed,7}");
        }

        // One sample can sit either side of a collection (swings of 100-300 MB within 20 s were measured), so each point
        // is the median of a tenth of the samples (by count, so no sample hangs on a boundary): the second tenth (after
        // the warm-up: JIT, pools, caches, the GC finding its heap sizes), the sixth (the run's middle) and the last.
        var measured = samples.Skip(1).ToList();
        var n = measured.Count;
        var tenths = n >= 20;
        (double Mb, double Handles, double Threads) Tenth(int k) =>
            tenths ? Median(measured.Skip(k * n / 10).Take((k + 1) * n / 10 - k * n / 10)) : (double.NaN, double.NaN, double.NaN);
        var from = Tenth(1);
        var middle = Tenth(5);
        var to = Tenth(9);
        var growthMb = to.Mb - from.Mb;
        var lateMb = to.Mb - middle.Mb;
        var figures = Figures.From("soak, all turns", result);
        Figures.PrintHeader();
        figures.Print();
        Figures.PrintErrors(result);
        var handles = to.Handles - from.Handles;
        var threads = to.Threads - from.Threads;
        Console.WriteLine(tenths
            ? string.Create(CultureInfo.InvariantCulture, $"  growth, medians of a tenth of the {n} samples each, second tenth -> last: RSS {from.Mb:0} -> {to.Mb:0} MiB ({growthMb:+0;-0} MiB), handles {from.Handles:0.#} -> {to.Handles:0.#}, threads {from.Threads:0.#} -> {to.Threads:0.#}; sixth tenth -> last: RSS {lateMb:+0;-0} MiB")
            : $"  growth: too few samples ({n}) for medians of tenths");
        summary.Fail("soak", figures.Errors);
        summary.Target($"5 soak {duration.TotalSeconds:0} s: no failed turn", $"{figures.Errors} failed of {figures.Count + figures.Errors}", figures.Errors == 0);

        // The bound: what the GC's heap sizing wobbles by between samples (1-2% of RSS, a handle or two), with room. It
        // is a bound, not proof of a plateau (a slow leak of about 0.4 GB an hour would stay inside it over 10 minutes),
        // so the growth from the middle is printed beside it. Judged only when the load ran the issue's 10 minutes.
        var handleRoom = Math.Max(5, Math.Floor(from.Handles / 10));
        var threadRoom = Math.Max(3, Math.Floor(from.Threads / 10));
        var within = growthMb <= from.Mb * 0.05 && handles <= handleRoom && threads <= threadRoom;
        var judged = tenths && samples[^1].Seconds >= TimeSpan.FromMinutes(10).TotalSeconds - 1;
        summary.Target(
            string.Create(CultureInfo.InvariantCulture, $"5 soak growth, 2nd tenth -> last (RSS <= +5%, handles <= +{(tenths ? handleRoom : 5):0}, threads <= +{(tenths ? threadRoom : 3):0}{(judged ? "" : "; judged at 10 min or more")})"),
            tenths
                ? string.Create(CultureInfo.InvariantCulture, $"RSS {growthMb:+0;-0} MiB ({growthMb * 100 / from.Mb:+0.0;-0.0}%; 6th tenth -> last {lateMb:+0;-0} MiB), handles {handles:+0.#;-0.#}, threads {threads:+0.#;-0.#}")
                : $"too few samples ({n})",
            judged ? within : null);
    }

    private static (double Mb, double Handles, double Threads) Median(IEnumerable<(double Seconds, ProcessSampler.Sample Sample, long Completed, long Failed)> samples)
    {
        var window = samples.ToList();
        if (window.Count == 0)
        {
            // Too short a run to have a middle (a soak of a few samples): nothing to compare.
            return (double.NaN, double.NaN, double.NaN);
        }

        static double Middle(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        return (Middle(window.Select(s => s.Sample.ResidentBytes / 1024.0 / 1024)), Middle(window.Select(s => (double)s.Sample.Handles)), Middle(window.Select(s => (double)s.Sample.Threads)));
    }
}
