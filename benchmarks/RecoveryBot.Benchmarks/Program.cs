using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using RecoveryBot.Benchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = BenchOptions.Parse(args);
if (options is null)
{
    return 2;
}

if (options.Interpret)
{
    return await InterpretBench.RunAsync(options);
}

if (options.Fuzz > 0)
{
    return await FuzzRun.RunAsync(options);
}

var wallClock = Stopwatch.StartNew();
var loadAtStart = ProcessSampler.LoadAverage();
var scale = options.Short ? GrowthScale.Short : GrowthScale.Full;
var summary = new BenchSummary();
var dll = options.RecoveryBotDll ?? RecoveryBotProcess.DefaultDll();
var runId = Guid.NewGuid().ToString("N")[..8];
Console.WriteLine($"RecoveryBot benchmark  {DateTime.Now:yyyy-MM-dd HH:mm}  {Environment.ProcessorCount} cores  {RuntimeInformation.OSDescription}  .NET {Environment.Version}  load average {loadAtStart}");
if (options.Short)
{
    Console.WriteLine("SHORT MODE: every figure at reduced scale (one short round, small growth cases); indicative only. --growth gives the full scale.");
}

Console.WriteLine($"{options.Connections} connections, {options.WarmupSeconds} s warm-up + {options.Seconds} s measured per target, {options.Rounds} interleaved rounds");
Console.WriteLine($"RecoveryBot: {dll}");
Console.WriteLine();

await using var kestrel = options.NoKestrel ? null : new AsyncApp(await BaselineHosts.StartBareKestrelAsync());
await using var echo = new AsyncApp(await BaselineHosts.StartEchoBotAsync());
var container = $"bench-{runId}";
var bots = new List<RecoveryBotProcess>();
await using var running = new AsyncDisposables(bots); // whatever started is stopped, even if a later start fails
var growthCases = options.Short || options.Growth;
var startups = new List<StartupBench.Sample>();
var modelFolder = Path.Combine(RecoveryBotProcess.AppFolder(dll), "data", "models");
using var startupClient = LoadRunner.CreateClient(4);
RecoveryBotProcess? growthBot = null;
RecoveryBotProcess? bigBot = null;
string prefilled = "";
if (options.RunsGrowthCases)
{
    // The client's own code runs once first, so its JIT is not part of the first start-up's figures.
    using (var warm = Activities.Post(echo.Uri, "warm-" + runId, "warm", 1, "warm up"))
    using (var response = await startupClient.SendAsync(warm))
    {
        await response.Content.ReadAsByteArrayAsync();
    }

    // The growth cases' process (SQLite, Direct Line limits raised) is started first and alone: its start is the first
    // start-up sample. The big store's process starts after it, so that sample is not disturbed.
    Console.WriteLine($"[{scale.Label}] Start-up (4): sample 1 is the growth cases' process, started alone");
    var (bot, sample) = await StartupBench.MeasureAsync(dll, "1 (growth cases' process)", DirectLineLongConversation.ExtraArgs, modelFolder, startupClient);
    bots.Add(bot);
    growthBot = bot;
    startups.Add(sample);
    StartupBench.PrintHeader();
    StartupBench.Print(sample);
    await growthBot.WaitHealthyAsync(TimeSpan.FromSeconds(90));
    if (growthCases)
    {
        bigBot = RecoveryBotProcess.Launch(dll, prepareDatabase: path => prefilled = StorePrefill.Fill(path, scale.PrefillRows));
        bots.Add(bigBot);
        Console.WriteLine($"big store process {bigBot.ProcessId}: {prefilled}");
        await bigBot.WaitHealthyAsync(TimeSpan.FromSeconds(120));
    }
}

// The main table's instances: the growth cases' process itself when it would be the same (SQLite, one instance).
var mainBots = new List<RecoveryBotProcess>();
if (growthBot is not null && options.Storage == "Sqlite" && options.Instances == 1)
{
    mainBots.Add(growthBot);
}
else
{
    for (var i = 0; i < options.Instances; i++)
    {
        var instance = await RecoveryBotProcess.StartAsync(dll, TimeSpan.FromSeconds(90), options.Storage, options.StoreConnection, container);
        bots.Add(instance);
        mainBots.Add(instance);
    }
}

// /healthz answers long before the crisis classifier is trained (every start, about 20 s of both cores here): nothing
// is measured until every process is done, or the first figures would measure that training.
Console.WriteLine("waiting until every RecoveryBot process has trained its models and is quiet...");
foreach (var (b, ready) in bots.Zip(await Task.WhenAll(bots.Select(b => b.WaitUntilTrainedAsync(TimeSpan.FromSeconds(180))))))
{
    Console.WriteLine($"  process {b.ProcessId}: {ready}");
}

var bot0 = mainBots[0];
if (options.Storage != "Sqlite")
{
    Console.WriteLine($"NOTE: RecoveryBot runs on Storage:Provider={options.Storage} with {options.Instances} instance(s); the rows say SQLite but are figures for that store.{(options.RunsGrowthCases ? " The growth cases, start-up and soak run on SQLite processes of their own." : "")}");
}

if (growthBot is not null && bigBot is not null)
{
    // First, while the growth cases' process still has an empty store (only sample 1's welcome), and the big store's
    // process is then stopped so it costs nothing later.
    await BigStoreBench.RunAsync(bigBot, growthBot, prefilled, scale, options, runId, summary);
    bots.Remove(bigBot);
    await bigBot.DisposeAsync();
}

Console.WriteLine();
Console.WriteLine($"Main table: RecoveryBot process id {bot0.ProcessId}");
Console.WriteLine($"bare Kestrel {kestrel?.Uri}  echo bot {echo.Uri}  RecoveryBot {bot0.Messages} (SQLite {bot0.DatabasePath})");

var targets = new List<(Scenario Scenario, HttpClient Client)>();
if (kestrel is not null)
{
    targets.Add((new BareJsonScenario(kestrel.Uri), LoadRunner.CreateClient(options.Connections)));
}

var echoScenario = new EchoScenario(echo.Uri, runId);
if (!options.OnlyRecoveryBot)
{
    targets.Add((echoScenario, LoadRunner.CreateClient(options.Connections)));
}

var messages = mainBots.Select(b => b.Messages).ToList();
targets.Add((new PlanAmendsScenario(messages, runId), LoadRunner.CreateClient(options.Connections)));
targets.Add((new PlanAmendsScenario(messages, runId, complete: false), LoadRunner.CreateClient(options.Connections)));

var rounds = new List<Dictionary<string, Row>>();
var stepTables = new List<StepRow[]>();
var completion = new List<(double ReadyP50, double ReadyP99, double MidP50, double MidP99)>();
var cpuPerTurn = new List<(string Scenario, double Ms)>();
var failed = false;
for (var round = 1; round <= options.Rounds; round++)
{
    Console.WriteLine();
    Console.WriteLine($"Round {round}/{options.Rounds}");
    Row.PrintHeader();
    var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
    foreach (var (scenario, client) in targets)
    {
        // The RecoveryBot processes' own CPU per turn: a cost that the machine's other load moves far less than turns/s.
        Func<double>? cpu = scenario is PlanAmendsScenario ? () => mainBots.Sum(b => ProcessSampler.CpuSeconds(b.ProcessId)) : null;
        var result = await LoadRunner.RunAsync(
            scenario, client, options.Connections, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.Seconds), options.MaxRequests, cpuSeconds: cpu);
        foreach (var row in Row.From(result))
        {
            rows[row.Target] = row;
            row.Print();
        }

        if (!double.IsNaN(result.CpuSeconds))
        {
            var turns = result.Latencies().Length;
            var perTurn = turns == 0 ? double.NaN : 1000 * result.CpuSeconds / turns;
            cpuPerTurn.Add((scenario.Name, perTurn));
            Console.WriteLine($"    RecoveryBot CPU: {perTurn:0.00} ms per turn ({result.CpuSeconds:0.0} CPU-s for {turns} turns)");
        }

        PrintErrors(result);
        failed |= result.Errors.Count > 0;
        summary.Fail($"main table ({scenario.Name})", result.Errors.Values.Sum());
        if (scenario is PlanAmendsScenario && result.Errors.Count > 0 && PlanAmendsScenario.LastUnexpected is { } sample)
        {
            Console.WriteLine($"    last unexpected reply: {sample}");
        }

        if (scenario is PlanAmendsScenario { Completes: true })
        {
            stepTables.Add(StepRow.From(result));
            // Completion cost: "ready" against the mid-exercise steps of the same phase (same load, same moment).
            var ready = result.Latencies(s => s == PlanAmendsScenario.Walk.Length - 1);
            var mid = result.Latencies(PlanAmendsScenario.IsMidExercise);
            completion.Add((Stats.Percentile(ready, 0.5), Stats.Percentile(ready, 0.99), Stats.Percentile(mid, 0.5), Stats.Percentile(mid, 0.99)));
        }
    }

    rounds.Add(rows);
}

Console.WriteLine();
Console.WriteLine($"Median of {options.Rounds} rounds");
Row.PrintHeader();
var medians = rounds[0].Keys.Select(key => Row.Median(rounds.Select(r => r[key]).ToList())).ToList();
foreach (var row in medians)
{
    row.Print();
}

foreach (var group in cpuPerTurn.GroupBy(c => c.Scenario))
{
    Console.WriteLine($"RecoveryBot CPU per turn, {group.Key}: {Median(group.Select(c => c.Ms).ToList()):0.00} ms (rounds: {string.Join(", ", group.Select(c => c.Ms.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))})");
}

if (options.OnlyRecoveryBot)
{
    return 0;
}

var ratios = rounds.Select(r => r[Row.Mid].Rate / r[Row.Echo].Rate).ToList();
var openRatios = rounds.Select(r => r[Row.MidOpen].Rate / r[Row.Echo].Rate).ToList();
var allRatios = rounds.Select(r => r[Row.All].Rate / r[Row.Echo].Rate).ToList();
// Against the walks that do not complete: there all 16 workers are mid-exercise, while in full walks most of them
// queue on the completing turn and the few mid-exercise turns left run almost alone (a flattering p50).
var p50Ratios = rounds.Select(r => r[Row.Echo].P50 / r[Row.MidOpen].P50).ToList();
var p99Ratios = rounds.Select(r => r[Row.Mid].P99 / r[Row.Echo].P99).ToList();
var openP99Ratios = rounds.Select(r => r[Row.MidOpen].P99 / r[Row.Echo].P99).ToList();
Console.WriteLine();
Console.WriteLine($"RecoveryBot mid-exercise / echo bot, turns/s: {Median(ratios):0.00}x (rounds: {string.Join(", ", ratios.Select(r => r.ToString("0.00")))})");
Console.WriteLine($"RecoveryBot mid-exercise, walks not completed / echo bot, p50 speed (echo p50 / its p50): {Median(p50Ratios):0.00}x (rounds: {string.Join(", ", p50Ratios.Select(r => r.ToString("0.00")))})");
Console.WriteLine($"RecoveryBot mid-exercise p99 / echo bot p99: {Median(p99Ratios):0.00}x; walks not completed: {Median(openP99Ratios):0.00}x");
Console.WriteLine($"RecoveryBot all turns / echo bot, turns/s: {Median(allRatios):0.00}x");
Console.WriteLine($"RecoveryBot mid-exercise, walks not completed / echo bot, turns/s: {Median(openRatios):0.00}x (rounds: {string.Join(", ", openRatios.Select(r => r.ToString("0.00")))})");
var midP99 = Median(rounds.Select(r => r[Row.Mid].P99).ToList());
var nextStepMet = Median(ratios) >= 0.5 && midP99 <= 25;
Console.WriteLine($"Next step (mid-exercise turns/s >= 0.50x echo bot, p99 <= 25 ms; p99 {midP99:0.0} ms): {(nextStepMet ? "MET" : "NOT MET")}");
Console.WriteLine($"Goal (mid-exercise turns/s >= echo bot): {(Median(ratios) >= 1 ? "MET" : "NOT MET")}");
Console.WriteLine($"Errors (measured, all rounds): {string.Join(", ", medians.Select(r => $"{r.Target} {rounds.Sum(x => x[r.Target].Errors)}"))}");
summary.Target("1 mid-exercise turns/s / echo bot turns/s (goal >= 1.00x)", Median(ratios), $"{Median(ratios):0.00}x (p99 {Median(p99Ratios):0.0}x echo's)", Median(ratios) >= 1);
summary.Target("1 next step: >= 0.50x, mid-exercise p99 <= 25 ms", Median(ratios), $"{Median(ratios):0.00}x, p99 {midP99:0.0} ms", nextStepMet);
summary.Target("1 same, walks not completed (no target of its own)", $"{Median(openRatios):0.00}x (p99 {Median(openP99Ratios):0.0}x echo's)", null);

Console.WriteLine();
Console.WriteLine("RecoveryBot per step (median over rounds)");
Console.WriteLine($"{"step",-4} {"sent",-20} {"turns",9} {"mean ms",9} {"p50 ms",8} {"p99 ms",8}");
for (var s = 0; s < PlanAmendsScenario.Walk.Length; s++)
{
    var perRound = stepTables.Select(t => t[s]).ToList();
    Console.WriteLine($"{s,-4} {PlanAmendsScenario.Walk[s].Text,-20} {Median(perRound.Select(r => (double)r.Count).ToList()),9:0} {Median(perRound.Select(r => r.Mean).ToList()),9:0.00} {Median(perRound.Select(r => r.P50).ToList()),8:0.00} {Median(perRound.Select(r => r.P99).ToList()),8:0.00}");
}

if (options.RunsGrowthCases)
{
    // Completion cost (2), from the full walks above: every walk plans "next Saturday", so every completion adds to the
    // same check-in day item; that is the realistic hot case (a popular day), kept on purpose.
    var readyP50 = completion.Select(c => c.ReadyP50 / c.MidP50).ToList();
    var readyP99 = completion.Select(c => c.ReadyP99 / c.MidP99).ToList();
    Console.WriteLine();
    Console.WriteLine($"[{scale.Label}] Completion cost (2): \"ready\" (summary, journal, check-in) against the mid-exercise steps 1-7 of the same phase{(options.Storage == "Sqlite" ? "" : $", on {options.Storage}")}; every walk plans \"next Saturday\" (one hot check-in day)");
    for (var i = 0; i < completion.Count; i++)
    {
        var c = completion[i];
        Console.WriteLine($"  round {i + 1}: ready p50 {c.ReadyP50:0.0} ms / mid p50 {c.MidP50:0.0} ms = {c.ReadyP50 / c.MidP50:0.00}x; ready p99 {c.ReadyP99:0.0} ms / mid p99 {c.MidP99:0.0} ms = {c.ReadyP99 / c.MidP99:0.00}x");
    }

    Console.WriteLine($"  ready / mid-exercise: p50 {Stats.Ratios(readyP50)}, p99 {Stats.Ratios(readyP99)}  (target: <= 2x)");
    summary.Target("2 completion (\"ready\") p50 / mid-exercise p50 (<= 2.00x)", Stats.Median(readyP50), $"{Stats.Median(readyP50):0.00}x ({Stats.Median(completion.Select(c => c.ReadyP50)):0.0} vs {Stats.Median(completion.Select(c => c.MidP50)):0.0} ms)", Stats.Median(readyP50) <= 2);
    summary.Target("2 completion (\"ready\") p99 / mid-exercise p99 (<= 2.00x)", Stats.Median(readyP99), $"{Stats.Median(readyP99):0.00}x ({Stats.Median(completion.Select(c => c.ReadyP99)):0.0} vs {Stats.Median(completion.Select(c => c.MidP99)):0.0} ms)", Stats.Median(readyP99) <= 2);
}

if (options.Wrk)
{
    await WrkCrossCheck.RunAsync(echoScenario, echo.Uri, options);
}

foreach (var (_, client) in targets)
{
    client.Dispose();
}

if (growthBot is not null && growthCases)
{
    await DirectLineLongConversation.RunAsync(growthBot.BaseUri, scale, summary);
    await JournalBench.RunAsync(growthBot.Messages, scale, options, runId, summary);
}

if (growthBot is not null)
{
    // More start-ups (full scale), each alone and stopped at once; then one with no cached intent model.
    Console.WriteLine();
    Console.WriteLine($"[{scale.Label}] Start-up (4): {(growthCases ? scale.StartupSamples : 1)} sample(s), each a new process started alone (sample 1 is the growth cases' process, measured at the start of the run; the others are stopped once measured)");
    StartupBench.PrintHeader();
    StartupBench.Print(startups[0]);
    if (growthCases)
    {
        for (var i = 2; i <= scale.StartupSamples + (scale.ColdStartup ? 1 : 0); i++)
        {
            var cold = i > scale.StartupSamples;
            var coldFolder = cold ? Directory.CreateTempSubdirectory("recoverybot-bench-models-").FullName : null;
            try
            {
                var extra = cold ? new[] { $"--Understanding:ModelFolder={coldFolder}" } : [];
                var (sampleBot, sample) = await StartupBench.MeasureAsync(dll, cold ? $"{i} (no cached intent model: not the target)" : i.ToString(CultureInfo.InvariantCulture), extra, coldFolder ?? modelFolder, startupClient);
                await sampleBot.DisposeAsync();
                StartupBench.Print(sample);
                if (!cold)
                {
                    startups.Add(sample);
                }
                else
                {
                    summary.Fail("start-up welcome", sample.Problem is null ? 0 : 1);
                    summary.Note($"start-up with no cached intent model (the first start after a deployment): welcome {sample.WelcomeMs:0} ms after listening, listening {sample.ListeningMs:0} ms, healthz {sample.HealthyMs:0} ms after start");
                }
            }
            finally
            {
                if (coldFolder is not null)
                {
                    Directory.Delete(coldFolder, recursive: true);
                }
            }
        }
    }

    var worst = startups.MaxBy(s => s.WelcomeMs)!;
    var startupProblems = startups.Count(s => s.Problem is not null);
    summary.Fail("start-up welcome", startupProblems);
    Console.WriteLine($"  start-up: welcome reply {string.Join(", ", startups.Select(s => $"{s.WelcomeMs:0}"))} ms after listening (target <= 300 ms), listening {string.Join(", ", startups.Select(s => $"{s.ListeningMs:0}"))} ms, healthz {string.Join(", ", startups.Select(s => $"{s.HealthyMs:0}"))} ms after process start; intent model file {(startups.All(s => s.ModelCached) ? "existed" : "absent at least once")}");
    summary.Target($"4 start-up: welcome reply within 300 ms of listening (worst of {startups.Count})", worst.WelcomeMs, $"{worst.WelcomeMs:0} ms (listening {worst.ListeningMs:0} ms, healthz {worst.HealthyMs:0} ms after start)", startupProblems == 0 && worst.WelcomeMs <= 300);

    var soak = options.SoakMinutes > 0 ? TimeSpan.FromMinutes(options.SoakMinutes) : TimeSpan.FromSeconds(options.Short ? scale.SoakSeconds : 0);
    if (soak > TimeSpan.Zero)
    {
        await SoakRun.RunAsync(growthBot, soak, options, runId, options.SoakMinutes > 0 ? "SOAK" : scale.Label, summary);
    }
}

for (var i = 0; i < bots.Count; i++)
{
    var botOutput = bots[i].Output.Trim();
    if (botOutput.Length > 0)
    {
        Console.WriteLine();
        Console.WriteLine($"RecoveryBot process {bots[i].ProcessId} wrote (warnings and errors, and the models' training):");
        Console.WriteLine(string.Join('\n', botOutput.Split('\n').TakeLast(30)));
    }
}

if (options.RunsGrowthCases)
{
    if (options.Storage != "Sqlite" || options.Instances > 1)
    {
        summary.Note($"the main table (target 1, 2) ran on {options.Storage} with {options.Instances} instance(s); the growth cases, start-up and soak on SQLite");
    }

    summary.Print(options, scale.Label, wallClock.Elapsed, loadAtStart, ProcessSampler.LoadAverage());
}

return failed || summary.AnyFailed ? 1 : 0;

static void PrintErrors(PhaseResult result)
{
    foreach (var (label, errors) in new[] { ("errors", result.Errors), ("warm-up errors", result.WarmupErrors) })
    {
        if (errors.Count > 0)
        {
            Console.WriteLine($"    {result.Scenario.Name} {label}: {string.Join("; ", errors.OrderByDescending(e => e.Value).Select(e => $"{e.Value} x {e.Key}"))}");
        }
    }
}

static double Median(IReadOnlyList<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

/// <summary>One line of the table.</summary>
internal sealed record Row(string Target, long Count, double Rate, double P50, double P90, double P99, double Mean, long Errors)
{
    public const string Kestrel = "bare Kestrel JSON (ceiling)";
    public const string Echo = "SDK echo bot (MemoryStorage)";
    public const string All = "RecoveryBot all turns (SQLite)";
    public const string Mid = "RecoveryBot mid-exercise (SQLite)";
    public const string MidOpen = "  same, walks not completed";

    public static IEnumerable<Row> From(PhaseResult result)
    {
        var errors = result.Errors.Values.Sum();
        var all = result.Latencies();
        switch (result.Scenario)
        {
            case BareJsonScenario:
                yield return Make(Kestrel, all, all.Length / result.Seconds, errors);
                break;
            case EchoScenario:
                yield return Make(Echo, all, all.Length / result.Seconds, errors);
                break;
            case PlanAmendsScenario { Completes: true }:
                yield return Make(All, all, all.Length / result.Seconds, errors);
                var mid = result.Latencies(PlanAmendsScenario.IsMidExercise);
                yield return Make(Mid, mid, mid.Length / result.Seconds, result.ErrorCount(PlanAmendsScenario.IsMidExercise));
                break;
            default:
                var open = result.Latencies(PlanAmendsScenario.IsMidExercise);
                yield return Make(MidOpen, open, open.Length / result.Seconds, result.ErrorCount(PlanAmendsScenario.IsMidExercise));
                break;
        }
    }

    public static Row Median(List<Row> rows)
    {
        static double M(IEnumerable<double> v)
        {
            var s = v.Order().ToArray();
            return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
        }

        return new Row(rows[0].Target, (long)M(rows.Select(r => (double)r.Count)), M(rows.Select(r => r.Rate)), M(rows.Select(r => r.P50)),
            M(rows.Select(r => r.P90)), M(rows.Select(r => r.P99)), M(rows.Select(r => r.Mean)), rows.Sum(r => r.Errors));
    }

    public static void PrintHeader()
    {
        Console.WriteLine($"  {"target",-34} {"turns",9} {"turns/s",9} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"mean ms",8} {"errors",7}");
    }

    public void Print() =>
        Console.WriteLine($"  {Target,-34} {Count,9} {Rate,9:0} {P50,8:0.00} {P90,8:0.00} {P99,8:0.00} {Mean,8:0.00} {Errors,7}");

    private static Row Make(string target, double[] sorted, double rate, long errors) =>
        new(target, sorted.Length, rate, Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99), sorted.Length == 0 ? double.NaN : sorted.Average(), errors);

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>Latency of one step of the walk in one round.</summary>
internal sealed record StepRow(long Count, double Mean, double P50, double P99)
{
    public static StepRow[] From(PhaseResult result) =>
        Enumerable.Range(0, PlanAmendsScenario.Walk.Length).Select(s =>
        {
            var l = result.Latencies(x => x == s);
            return l.Length == 0
                ? new StepRow(0, double.NaN, double.NaN, double.NaN)
                : new StepRow(l.Length, l.Average(), l[(l.Length - 1) / 2], l[Math.Clamp((int)Math.Ceiling(0.99 * l.Length) - 1, 0, l.Length - 1)]);
        }).ToArray();
}

/// <summary>An in-process baseline app, stopped at the end.</summary>
internal sealed class AsyncApp((WebApplication App, Uri Uri) started) : IAsyncDisposable
{
    public Uri Uri { get; } = started.Uri;

    public async ValueTask DisposeAsync()
    {
        await started.App.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        await started.App.DisposeAsync();
    }
}

/// <summary>Optional: the echo bot measured by wrk (another client, no response checks beyond HTTP status).</summary>
internal static class WrkCrossCheck
{
    public static async Task RunAsync(EchoScenario scenario, Uri uri, BenchOptions options)
    {
        Console.WriteLine();
        var wrk = new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }.FirstOrDefault(File.Exists);
        if (wrk is null)
        {
            Console.WriteLine("wrk cross-check skipped: wrk is not installed (apt-get install -y wrk).");
            return;
        }

        using var request = Activities.Post(uri, "wrk-conversation", "wrk-user", 1, "hello from wrk");
        var body = await request.Content!.ReadAsStringAsync();
        var script = Path.Combine(Path.GetTempPath(), $"recoverybot-bench-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script,
            "wrk.method = \"POST\"\n" +
            "wrk.headers[\"Content-Type\"] = \"application/json\"\n" +
            $"wrk.body = [==[{body}]==]\n");
        try
        {
            var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-t2", $"-c{options.Connections}", $"-d{options.Seconds}s", "--latency", "-s", script, uri.ToString() })
            {
                start.ArgumentList.Add(a);
            }

            Console.WriteLine($"wrk cross-check of the echo bot ({options.Connections} connections, {options.Seconds} s):");
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(options.Seconds + 60)))
            {
                process.Kill();
            }

            Console.WriteLine(output.TrimEnd());
            if (error.Length > 0)
            {
                Console.WriteLine(error.TrimEnd());
            }
        }
        finally
        {
            File.Delete(script);
        }
    }
}

/// <summary>Disposes the RecoveryBot instances (those started so far) at the end of the run.</summary>
internal sealed class AsyncDisposables(List<RecoveryBotProcess> items) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        foreach (var item in items)
        {
            await item.DisposeAsync();
        }
    }
}
