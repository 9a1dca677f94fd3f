using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// The long mode of the activity fuzzer (<c>--fuzz N</c>): N fuzzed activities to a RecoveryBot process on SQLite, two
/// at a time. Fails (exit code 1) on any 5xx other than the deliberate 501 for an unhandled invoke, on any request not
/// answered within 30 s, or when the process's resident memory grows by more than 256 MB between the end of the first
/// tenth and the end (memory flat). Replies go to a local stand-in for the Bot Connector that accepts them all.
/// </summary>
public static class FuzzRun
{
    private const long MaxGrowthBytes = 256L * 1024 * 1024;
    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(30);

    /// <summary>Where the bodies of failing inputs are written.</summary>
    private static readonly string FailureFolder = Path.Combine(Directory.GetCurrentDirectory(), "artifacts", "fuzz");

    /// <summary>Runs the fuzzer; returns the process exit code.</summary>
    public static async Task<int> RunAsync(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dll = options.RecoveryBotDll ?? RecoveryBotProcess.DefaultDll();
        await using var connector = new AsyncApp(await BaselineHosts.StartConnectorSinkAsync());
        await using var bot = await RecoveryBotProcess.StartAsync(dll, TimeSpan.FromSeconds(90), options.Storage);
        Console.WriteLine($"Fuzzing RecoveryBot (process {bot.ProcessId}) with {options.Fuzz} activities");
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var fuzzer = new ActivityFuzzer(seed: 20261130, serviceUrl: connector.Uri.ToString());
        var gate = new object();
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var next = 0;
        long residentAfterWarmup = 0;
        var clock = Stopwatch.StartNew();

        async Task WorkerAsync()
        {
            while (true)
            {
                int index;
                (byte[] Body, string ContentType) input;
                lock (gate)
                {
                    if (next >= options.Fuzz)
                    {
                        return;
                    }

                    index = next++;
                    input = fuzzer.Next();
                    if (index == options.Fuzz / 10)
                    {
                        residentAfterWarmup = Resident(bot.ProcessId);
                    }
                }

                using var content = new ByteArrayContent(input.Body);
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(input.ContentType);
                using var timeout = new CancellationTokenSource(PerRequest);
                string? failure = null;
                int status = 0;
                try
                {
                    using var response = await http.PostAsync(bot.Messages, content, timeout.Token);
                    status = (int)response.StatusCode;
                    failure = await ActivityFuzzer.IsFailureAsync(status, () => response.Content.ReadAsStringAsync(timeout.Token)) ? $"input {index}: HTTP {status}" : null;
                }
                catch (OperationCanceledException)
                {
                    failure = $"input {index}: no answer within {PerRequest.TotalSeconds} s";
                }
                catch (HttpRequestException ex)
                {
                    failure = $"input {index}: {ex.GetType().Name} ({ex.HttpRequestError})";
                }

                lock (gate)
                {
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (failure is not null)
                    {
                        // The body is fuzz, not anyone's words: kept so the failure can be replayed with curl.
                        Directory.CreateDirectory(FailureFolder);
                        var file = Path.Combine(FailureFolder, $"input-{index}.json");
                        File.WriteAllBytes(file, input.Body);
                        failures.Add($"{failure} (body in {file}, sent as {input.ContentType})");
                    }

                    if ((index + 1) % 10_000 == 0)
                    {
                        Console.WriteLine($"  {index + 1} sent, {failures.Count} failures, {clock.Elapsed.TotalSeconds:0} s");
                    }
                }
            }
        }

        await Task.WhenAll(WorkerAsync(), WorkerAsync());
        var residentAtEnd = Resident(bot.ProcessId);
        var growth = residentAtEnd - residentAfterWarmup;
        Console.WriteLine($"{options.Fuzz} activities in {clock.Elapsed.TotalSeconds:0} s; statuses {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resident memory after the first tenth {residentAfterWarmup / 1024 / 1024} MB, at the end {residentAtEnd / 1024 / 1024} MB"));
        foreach (var failure in failures.Take(20))
        {
            Console.WriteLine("FAIL " + failure);
        }

        var ok = failures.Count == 0 && growth <= MaxGrowthBytes;
        Console.WriteLine(ok ? "fuzz: clean" : $"fuzz: {failures.Count} failures, memory grew {growth / 1024 / 1024} MB (bound {MaxGrowthBytes / 1024 / 1024} MB)");
        return ok ? 0 : 1;
    }

    // The process's resident set (VmRSS in /proc/<pid>/status), in bytes; 0 where /proc is not there.
    private static long Resident(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        return long.TryParse(kilobytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : 0;
    }
}
