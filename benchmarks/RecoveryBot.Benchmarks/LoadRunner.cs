using System.Diagnostics;
using System.Net;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// A closed-loop load test: N workers, each sending its next request as soon as the previous answer is read, over one
/// shared keep-alive connection pool of N connections. A warm-up whose results are dropped, then a measured phase that
/// ends after a fixed time or a maximum number of requests, whichever comes first.
/// </summary>
public static class LoadRunner
{
    private const int Warmup = 0, Measuring = 1, Stopping = 2;

    /// <summary>A client for one target: N keep-alive HTTP/1.1 connections, nothing else shared.</summary>
    public static HttpClient CreateClient(int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.None,
        UseProxy = false,
        UseCookies = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestVersion = HttpVersion.Version11,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    /// <summary>Runs one warm-up and one measured phase against a target.</summary>
    /// <param name="progress">When given, counts the measured requests as they complete (the soak reads it as it runs).</param>
    /// <param name="cpuSeconds">When given, reads the CPU time the target has used; the phase then reports what its
    /// measured requests cost (from the start of measuring until the last of them has been answered).</param>
    public static async Task<PhaseResult> RunAsync(
        Scenario scenario, HttpClient client, int connections, TimeSpan warmup, TimeSpan duration, long maxRequests, LoadProgress? progress = null, Func<double>? cpuSeconds = null)
    {
        var state = new SharedState();
        scenario.BeginPhase();
        var workers = Enumerable.Range(0, connections).Select(i => new WorkerRecord(scenario.CreateWorker(i), scenario.StepNames.Count)).ToArray();
        using var hardStop = new CancellationTokenSource();
        var tasks = workers.Select(w => Task.Run(() => WorkAsync(w, client, state, maxRequests, progress, hardStop.Token))).ToArray();

        await Task.Delay(warmup);
        var cpuAtStart = cpuSeconds?.Invoke() ?? double.NaN;
        state.MeasureStart = Stopwatch.GetTimestamp();
        Volatile.Write(ref state.Phase, Measuring);

        var phaseClock = Stopwatch.StartNew();
        while (phaseClock.Elapsed < duration && Interlocked.Read(ref state.Measured) < maxRequests && !tasks.All(t => t.IsCompleted))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(100, Math.Max(1, (duration - phaseClock.Elapsed).TotalMilliseconds))));
        }

        Volatile.Write(ref state.Phase, Stopping);

        // In-flight requests finish (bounded by the client's 30 s timeout); after that the phase is cut off.
        var all = Task.WhenAll(tasks);
        if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(45))) != all)
        {
            hardStop.Cancel();
        }

        try
        {
            await all;
        }
        catch (OperationCanceledException)
        {
        }

        var cpu = (cpuSeconds?.Invoke() ?? double.NaN) - cpuAtStart;
        var lastCompletion = workers.Max(w => w.LastMeasuredCompletion);
        var seconds = Stopwatch.GetElapsedTime(state.MeasureStart, Math.Max(lastCompletion, state.MeasureStart + 1)).TotalSeconds;
        return new PhaseResult(scenario, workers, seconds) { CpuSeconds = cpu };
    }

    private static async Task WorkAsync(WorkerRecord record, HttpClient client, SharedState state, long maxRequests, LoadProgress? progress, CancellationToken hardStop)
    {
        while (true)
        {
            var phase = Volatile.Read(ref state.Phase);
            if (phase == Stopping || hardStop.IsCancellationRequested)
            {
                return;
            }

            var measured = phase == Measuring;
            if (measured && Interlocked.Increment(ref state.Measured) > maxRequests)
            {
                return;
            }

            using var request = record.Worker.Next(out var step);
            string? error;
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, hardStop);
                var body = await response.Content.ReadAsByteArrayAsync(hardStop);
                var ended = Stopwatch.GetTimestamp();
                error = response.StatusCode == HttpStatusCode.OK ? record.Worker.Check(step, body) : $"HTTP {(int)response.StatusCode}";
                if (measured)
                {
                    record.LastMeasuredCompletion = ended;
                    if (error is null)
                    {
                        record.Latencies[step].Add(Stopwatch.GetElapsedTime(started, ended).TotalMilliseconds);
                        if (progress is not null)
                        {
                            Interlocked.Increment(ref progress.Completed);
                        }
                    }
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                if (hardStop.IsCancellationRequested)
                {
                    return;
                }

                error = ex.GetType().Name;
                if (measured)
                {
                    record.LastMeasuredCompletion = Stopwatch.GetTimestamp();
                }
            }

            if (error is not null)
            {
                record.Worker.Reset();
                var errors = measured ? record.Errors : record.WarmupErrors;
                errors[error] = errors.GetValueOrDefault(error) + 1;
                if (measured)
                {
                    record.ErrorsByStep[step]++;
                    if (progress is not null)
                    {
                        Interlocked.Increment(ref progress.Failed);
                    }
                }
            }
        }
    }

    private sealed class SharedState
    {
        public int Phase = Warmup;
        public long Measured;
        public long MeasureStart;
    }
}

/// <summary>Measured requests completed so far in a running phase (read while it runs).</summary>
public sealed class LoadProgress
{
    /// <summary>Successful measured requests.</summary>
    public long Completed;

    /// <summary>Failed measured requests.</summary>
    public long Failed;
}

/// <summary>What one worker saw.</summary>
public sealed class WorkerRecord(ScenarioWorker worker, int steps)
{
    /// <summary>The worker's request source.</summary>
    public ScenarioWorker Worker { get; } = worker;

    /// <summary>Milliseconds of each successful measured request, per step.</summary>
    public List<double>[] Latencies { get; } = Enumerable.Range(0, steps).Select(_ => new List<double>(1 << 14)).ToArray();

    /// <summary>Errors in the measured phase, by kind.</summary>
    public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Errors in the measured phase, by step.</summary>
    public long[] ErrorsByStep { get; } = new long[steps];

    /// <summary>Errors in the warm-up, by kind.</summary>
    public Dictionary<string, long> WarmupErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>Stopwatch timestamp of the last measured request's end.</summary>
    public long LastMeasuredCompletion { get; set; }
}

/// <summary>The measured phase of one target.</summary>
public sealed class PhaseResult(Scenario scenario, WorkerRecord[] workers, double seconds)
{
    /// <summary>The scenario measured.</summary>
    public Scenario Scenario { get; } = scenario;

    /// <summary>Length of the measured phase, from its start to the end of its last request.</summary>
    public double Seconds { get; } = seconds;

    /// <summary>CPU seconds the target used while the measured requests ran (NaN when not read).</summary>
    public double CpuSeconds { get; init; } = double.NaN;

    /// <summary>Sorted latencies (ms) of the successful measured requests of the given steps (all when null).</summary>
    public double[] Latencies(Func<int, bool>? steps = null)
    {
        var list = new List<double>();
        foreach (var worker in workers)
        {
            for (var s = 0; s < worker.Latencies.Length; s++)
            {
                if (steps is null || steps(s))
                {
                    list.AddRange(worker.Latencies[s]);
                }
            }
        }

        var array = list.ToArray();
        Array.Sort(array);
        return array;
    }

    /// <summary>Measured errors by kind.</summary>
    public Dictionary<string, long> Errors => Sum(w => w.Errors);

    /// <summary>Measured errors of the given steps.</summary>
    public long ErrorCount(Func<int, bool> steps) => workers.Sum(w => w.ErrorsByStep.Where((_, s) => steps(s)).Sum());

    /// <summary>Warm-up errors by kind.</summary>
    public Dictionary<string, long> WarmupErrors => Sum(w => w.WarmupErrors);

    private Dictionary<string, long> Sum(Func<WorkerRecord, Dictionary<string, long>> pick)
    {
        var total = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (kind, count) in workers.SelectMany(pick))
        {
            total[kind] = total.GetValueOrDefault(kind) + count;
        }

        return total;
    }
}
