using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// RecoveryBot started from its build output as its own process, on 127.0.0.1, with durable SQLite state and a Data
/// Protection key ring in a temporary folder that is deleted afterwards.
/// </summary>
public sealed class RecoveryBotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _tempFolder;
    private readonly StringBuilder _output = new();
    private readonly List<string> _modelLines = [];

    private RecoveryBotProcess(Process process, DirectoryInfo tempFolder, Uri baseUri)
    {
        _process = process;
        _tempFolder = tempFolder;
        BaseUri = baseUri;
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseUri { get; }

    /// <summary>The process id (to attach a profiler).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The bot's messaging endpoint.</summary>
    public Uri Messages => new(BaseUri, "/api/messages");

    /// <summary>The logging category of the start-up warm-up, which says how the models were made ready and when the app
    /// is ready to answer (it listens only after that).</summary>
    public const string WarmUpCategory = "RecoveryBot.StartupWarmUp";

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The port it listens on.</summary>
    public int Port => BaseUri.Port;

    /// <summary>The SQLite file the bot writes to.</summary>
    public string DatabasePath => Path.Combine(_tempFolder.FullName, "bench.db");

    /// <summary>The default RecoveryBot.dll: the build output recorded when this benchmark was built.</summary>
    public static string DefaultDll() =>
        typeof(RecoveryBotProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RecoveryBotDll").Value!;

    /// <summary>Starts the bot and waits until GET /healthz answers 200.</summary>
    /// <param name="dll">RecoveryBot.dll.</param>
    /// <param name="startTimeout">How long to wait for health.</param>
    /// <param name="storageProvider">Sqlite, Memory, Postgres or AzureBlob.</param>
    /// <param name="storeConnection">The connection string of a Postgres or AzureBlob store.</param>
    /// <param name="container">The blob container (AzureBlob), one per run.</param>
    /// <param name="extraArgs">More configuration on the command line (<c>--Section:Key=value</c>).</param>
    /// <param name="prepareDatabase">Called with the SQLite file's path before the process starts (to pre-fill it).</param>
    public static async Task<RecoveryBotProcess> StartAsync(
        string dll,
        TimeSpan startTimeout,
        string storageProvider = "Sqlite",
        string? storeConnection = null,
        string? container = null,
        IEnumerable<string>? extraArgs = null,
        Action<string>? prepareDatabase = null)
    {
        var bot = Launch(dll, storageProvider, storeConnection, container, extraArgs, prepareDatabase);
        await bot.WaitHealthyAsync(startTimeout).ConfigureAwait(false);
        return bot;
    }

    /// <summary>Starts the bot and returns at once, before it listens (the start-up case times what follows).</summary>
    public static RecoveryBotProcess Launch(
        string dll,
        string storageProvider = "Sqlite",
        string? storeConnection = null,
        string? container = null,
        IEnumerable<string>? extraArgs = null,
        Action<string>? prepareDatabase = null)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"RecoveryBot.dll not found at {dll}. Build with -c Release, or pass --recoverybot <path>.");
        }

        var temp = Directory.CreateTempSubdirectory("recoverybot-bench-");
        var port = FreeLoopbackPort();
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        prepareDatabase?.Invoke(Path.Combine(temp.FullName, "bench.db"));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            dll,
            "--urls", $"http://127.0.0.1:{port}",
            $"--Storage:Provider={storageProvider}",
            $"--Storage:Sqlite:Path={Path.Combine(temp.FullName, "bench.db")}",
            $"--Privacy:KeysPath={Path.Combine(temp.FullName, "keys")}",
        })
        {
            start.ArgumentList.Add(arg);
        }

        switch (storageProvider)
        {
            case "Postgres":
                start.ArgumentList.Add($"--ConnectionStrings:Postgres={storeConnection}");
                break;
            case "AzureBlob":
                start.ArgumentList.Add($"--Storage:AzureBlob:ConnectionString={storeConnection}");
                start.ArgumentList.Add($"--Storage:AzureBlob:Container={container}");
                break;
        }

        foreach (var arg in extraArgs ?? [])
        {
            start.ArgumentList.Add(arg);
        }

        // Nothing inherited may point it anywhere else.
        foreach (var name in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        // The two model trainings say when they are done; measuring waits for them (see WaitUntilTrainedAsync).
        start.Environment["Logging__LogLevel__" + WarmUpCategory] = "Information";

        var launched = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new RecoveryBotProcess(process, temp, baseUri) { LaunchedAt = launched };
        process.OutputDataReceived += (_, e) => bot.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Stopwatch timestamp of the moment just before the process was started.</summary>
    public long LaunchedAt { get; private init; }

    /// <summary>The folder the app runs in (its intent model is cached under data/models there).</summary>
    public static string AppFolder(string dll) => Path.GetDirectoryName(Path.GetFullPath(dll))!;

    /// <summary>Polls GET /healthz until it answers 200; disposes the process and throws when it exits or times out.</summary>
    public async Task WaitHealthyAsync(TimeSpan startTimeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                var output = Output;
                await DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"RecoveryBot exited with code {_process.ExitCode} before it was healthy:\n{output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUri, "/healthz")).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (deadline.Elapsed > startTimeout)
            {
                var output = Output;
                await DisposeAsync().ConfigureAwait(false);
                throw new TimeoutException($"RecoveryBot was not healthy within {startTimeout.TotalSeconds:0} s:\n{output}");
            }

            await Task.Delay(200).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits until the app has said it is ready (its warm-up, models included, runs before it listens, so this is at once
    /// unless the build is an old one) and the process is quiet, so nothing measured meanwhile (of this process, or of
    /// anything beside it) measures start-up work. Returns what it waited for.
    /// </summary>
    public async Task<string> WaitUntilTrainedAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!ModelLines.Contains("Ready to answer", StringComparison.Ordinal) && clock.Elapsed < timeout && !_process.HasExited)
        {
            await Task.Delay(100).ConfigureAwait(false);
        }

        var logged = clock.Elapsed;
        // Then quiet: under 15% of a core over each of two consecutive half seconds (JIT and caches settle after training).
        var quietWindows = 0;
        var cpu = ProcessSampler.CpuSeconds(ProcessId);
        while (quietWindows < 2 && clock.Elapsed < timeout + TimeSpan.FromSeconds(10) && !_process.HasExited)
        {
            await Task.Delay(500).ConfigureAwait(false);
            var now = ProcessSampler.CpuSeconds(ProcessId);
            quietWindows = now - cpu < 0.075 ? quietWindows + 1 : 0;
            cpu = now;
        }

        var output = ModelLines;
        var intent = Regex.Match(output, @"Intent classifier (loaded|trained on \d+ examples) in (\d+) ms");
        var crisis = Regex.Match(output, @"Crisis classifier (loaded|trained) \(\d+ lines, \d+ n-grams\) in (\d+) ms");
        return string.Create(CultureInfo.InvariantCulture,
            $"models ready {logged.TotalSeconds:0.0} s after healthy, quiet after {clock.Elapsed.TotalSeconds:0.0} s " +
            $"(intent classifier {(intent.Success ? $"{intent.Groups[1].Value} in {intent.Groups[2].Value} ms" : "not reported")}, " +
            $"crisis classifier {(crisis.Success ? $"{crisis.Groups[1].Value} in {crisis.Groups[2].Value} ms" : "not reported")}; " +
            $"{ProcessSampler.CpuSeconds(ProcessId):0} CPU-s used so far)");
    }

    /// <summary>What the process wrote so far (warnings and errors, and the two trainings' results); the last 64 KB.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    // The trainings' result lines, kept apart from the 64 KB tail of the output.
    private string ModelLines
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _modelLines);
            }
        }
    }

    /// <summary>Stops the process and deletes the temporary folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
        {
        }

        _process.Dispose();
        try
        {
            _tempFolder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (line.Contains(" classifier ", StringComparison.Ordinal) || line.Contains("Ready to answer", StringComparison.Ordinal))
            {
                _modelLines.Add(line);
            }

            _output.AppendLine(line);
            if (_output.Length > 64 * 1024)
            {
                _output.Remove(0, _output.Length - 64 * 1024);
            }
        }
    }
}
