using System.Diagnostics;
using RecoveryBot.Exercises;
using RecoveryBot.Safety;
using RecoveryBot.Understanding;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// <c>--interpret</c>: what it costs, in this process and with no HTTP or state, to understand one message with
/// <see cref="MessageInterpreter.Interpret"/>, against the baseline <see cref="CrisisDetector.Assess(string?)"/> alone
/// (the only per-message check before the interpreter existed), measured in the same run, in interleaved rounds.
/// </summary>
internal static class InterpretBench
{
    // A free-text question of a reflection exercise, as ConversationPosition builds it: there the interpreter takes the
    // mid-exercise path (commands and questions only when sure) and the safety check weighs dark answers.
    private static readonly PendingQuestion Draft = new("plan-amends", "draft", QuestionKind.Text, true);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var before = Environment.WorkingSet;

        // Built as the app builds them (ConversationServiceCollectionExtensions, SafetyServiceCollectionExtensions), from
        // the dialogs and Safety/Data folders the build copies beside RecoveryBot.dll. The model folder is the app's
        // data/models under its content root; RecoveryBotProcess runs the app from its output folder, so here it is
        // this output folder: the first run trains and saves, later runs load, as the app's later starts do.
        var folder = new ExerciseOptions().Folder;
        var exercises = ExerciseCatalog.Load(folder);
        var intents = IntentCatalog.Load(folder, exercises);
        var understanding = new UnderstandingOptions();
        var model = new IntentModel(intents, Path.Combine(AppContext.BaseDirectory, understanding.ModelFolder), understanding.ModelWait);
        var secondOpinion = new CrisisSecondOpinion(
            Path.Combine(AppContext.BaseDirectory, new SafetyOptions().ModelFolder), RecoveryBot.Conversation.ConversationServiceCollectionExtensions.EverydayMessagesOf(intents).Lines);
        var (intentResult, crisisResult) = (await model.EnsureTrainedAsync(), await secondOpinion.EnsureTrainedAsync());
        var (modelsSet, modelsHeap) = (Environment.WorkingSet, GC.GetTotalMemory(true));
        if (intentResult.Classifier is null || crisisResult.Classifier is null)
        {
            // Without a model the interpreter falls back to phrases and rules: fast, and not what ships.
            Console.Error.WriteLine($"A model is missing: intent classifier {intentResult.FailureType ?? "ok"}, crisis classifier {crisisResult.FailureType ?? "ok"}.");
            return 1;
        }

        // The detector builds the crisis rules (NonBacktracking regexes, once per process): the baseline pays for them too.
        var detector = new CrisisDetector(secondOpinion);
        var interpreter = new MessageInterpreter(detector, intents, model);
        var (loadedSet, loadedHeap) = (Environment.WorkingSet, GC.GetTotalMemory(true));

        // Every intent example and every line of the crisis data, each at the menu and as the answer to a free-text
        // question, in one fixed shuffled order so neither the files' order nor the pending question comes in runs.
        var texts = intents.Intents.SelectMany(i => i.Examples).ToList();
        var crisisLines = CrisisData.LoadAll().Select(e => e.Text).ToList();
        var calls = texts.Concat(crisisLines)
            .SelectMany(t => new[] { (Text: t, Pending: PendingQuestion.None), (Text: t, Pending: Draft) })
            .ToArray();
        new Random(20261129).Shuffle(calls);

        var targets = new (string Name, Action<string, PendingQuestion> Call)[]
        {
            ("CrisisDetector.Assess (baseline)", (text, _) => detector.Assess(text)),
            ("MessageInterpreter.Interpret", (text, pending) => interpreter.Interpret(text, pending)),
        };

        Console.WriteLine($"RecoveryBot interpretation benchmark  {DateTime.Now:yyyy-MM-dd HH:mm}  {Environment.ProcessorCount} cores  .NET {Environment.Version}  Server GC {System.Runtime.GCSettings.IsServerGC}");
        // This machine is shared: other work on its 2 cores shows in the tail, so the load is printed with the figures.
        Console.WriteLine($"load average: {LoadAverage()}");
        Console.WriteLine($"dialogs: {folder}");
        Console.WriteLine($"intent model: {(intentResult.Loaded ? "loaded" : "trained")} in {intentResult.Elapsed.TotalMilliseconds:0} ms; crisis model: trained on {crisisResult.Classifier.ExampleCount} lines in {crisisResult.Elapsed.TotalMilliseconds:0} ms");
        Console.WriteLine($"messages: {texts.Count} intent examples + {crisisLines.Count} crisis data lines, each at the menu and as a free-text answer = {calls.Length} calls per pass");
        Console.WriteLine($"working set: {Mb(before)} MB at start, {Mb(modelsSet)} MB with the two models loaded (managed heap {Mb(modelsHeap)} MB), " +
            $"{Mb(loadedSet)} MB with the crisis rules built too (managed heap {Mb(loadedHeap)} MB)");

        // One pass of each on 2 threads: JIT tiers up, and each classifier's pool gets the second prediction engine
        // that 2 threads need (otherwise the first measured 2-thread phase would pay for building it).
        foreach (var (_, call) in targets)
        {
            Measure(call, calls, 2);
        }

        Console.WriteLine($"after one warm-up pass of each on 2 threads: working set {Mb(Environment.WorkingSet)} MB");

        var rounds = new List<List<Result>>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            Console.WriteLine();
            Console.WriteLine($"Round {round}/{options.Rounds}");
            Result.PrintHeader();
            var results = new List<Result>();
            foreach (var threads in new[] { 1, 2 })
            {
                foreach (var (name, call) in targets)
                {
                    var result = Measure(call, calls, threads) with { Target = name };
                    result.Print();
                    results.Add(result);
                }
            }

            rounds.Add(results);
        }

        Console.WriteLine();
        Console.WriteLine($"Median of {options.Rounds} rounds");
        Result.PrintHeader();
        var medians = Enumerable.Range(0, rounds[0].Count).Select(k => Result.Median(rounds.Select(r => r[k]).ToList())).ToList();
        medians.ForEach(r => r.Print());

        Console.WriteLine();
        foreach (var threads in new[] { 1, 2 })
        {
            var (baseline, interpret) = (medians.Single(r => r.Threads == threads && r.Target == targets[0].Name), medians.Single(r => r.Threads == threads && r.Target == targets[1].Name));
            // Cost as time per message: with the threads always busy, 1 / messages/s is the mean time per message.
            Console.WriteLine($"{threads} thread(s): Interpret costs {baseline.Rate / interpret.Rate:0.00}x Assess (mean time per message; p50 {interpret.P50 / baseline.P50:0.00}x, p99 {interpret.P99 / baseline.P99:0.00}x);  " +
                $"target (Interpret p99 < 1000 us): {(interpret.P99 < 1000 ? "MET" : "NOT MET")} ({interpret.P99:0} us)");
        }

        Console.WriteLine($"working set at the end: {Mb(Environment.WorkingSet)} MB; load average: {LoadAverage()}");
        return 0;
    }

    // Each thread walks the whole pass from its own starting point (so 2 threads are never on the same message at the
    // same moment) and times every call; messages/s = calls made by all threads / wall time of the phase.
    private static Result Measure(Action<string, PendingQuestion> call, (string Text, PendingQuestion Pending)[] calls, int threads)
    {
        // Each phase pays for its own garbage, not for the previous phase's.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var (gcs, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
        var latencies = new double[threads][];
        var allocated = new long[threads];
        using var start = new Barrier(threads + 1);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = new double[calls.Length];
            var offset = t * calls.Length / threads;
            start.SignalAndWait();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < calls.Length; i++)
            {
                var (text, pending) = calls[(offset + i) % calls.Length];
                var begin = Stopwatch.GetTimestamp();
                call(text, pending);
                mine[i] = Stopwatch.GetElapsedTime(begin).TotalMicroseconds;
            }

            allocated[t] = GC.GetAllocatedBytesForCurrentThread() - bytes;
            latencies[t] = mine;
        })).ToList();
        workers.ForEach(w => w.Start());
        start.SignalAndWait();
        var wall = Stopwatch.StartNew();
        workers.ForEach(w => w.Join());
        wall.Stop();

        // A garbage collection stops every thread and lands in the tail, so the phase's GCs are printed with it.
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result("", threads, all.Length, P(all, 0.50), P(all, 0.90), P(all, 0.99), all[^1], all.Length / wall.Elapsed.TotalSeconds,
            allocated.Sum() / 1024.0 / all.Length, GC.CollectionCount(0) - gcs, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
    }

    private static double P(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static long Mb(long bytes) => bytes / (1024 * 1024);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    /// <summary>One target on some threads in one round: latencies in microseconds per message, KB allocated per
    /// message, and the garbage collections during the phase (count, total pause).</summary>
    private sealed record Result(string Target, int Threads, long Count, double P50, double P90, double P99, double Max, double Rate, double KbPerMessage, int Gcs, double GcPauseMs)
    {
        public static Result Median(List<Result> rows)
        {
            static double M(IEnumerable<double> v)
            {
                var s = v.Order().ToArray();
                return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
            }

            return rows[0] with { P50 = M(rows.Select(r => r.P50)), P90 = M(rows.Select(r => r.P90)), P99 = M(rows.Select(r => r.P99)), Max = M(rows.Select(r => r.Max)), Rate = M(rows.Select(r => r.Rate)),
                KbPerMessage = M(rows.Select(r => r.KbPerMessage)), Gcs = (int)M(rows.Select(r => (double)r.Gcs)), GcPauseMs = M(rows.Select(r => r.GcPauseMs)) };
        }

        public static void PrintHeader() =>
            Console.WriteLine($"  {"target",-34} {"threads",7} {"messages",9} {"p50 us",8} {"p90 us",8} {"p99 us",8} {"max us",9} {"messages/s",11} {"KB/msg",7} {"GCs",4} {"GC ms",6}");

        public void Print() =>
            Console.WriteLine($"  {Target,-34} {Threads,7} {Count,9} {P50,8:0.0} {P90,8:0.0} {P99,8:0.0} {Max,9:0} {Rate,11:0} {KbPerMessage,7:0.0} {Gcs,4} {GcPauseMs,6:0}");
    }
}
