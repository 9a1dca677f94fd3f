using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

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
    public static async Task<RecoveryBotProcess> StartAsync(string dll, TimeSpan startTimeout, string storageProvider = "Sqlite", string? storeConnection = null, string? container = null)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"RecoveryBot.dll not found at {dll}. Build with -c Release, or pass --recoverybot <path>.");
        }

        var temp = Directory.CreateTempSubdirectory("recoverybot-bench-");
        var port = FreeLoopbackPort();
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
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

        // Nothing inherited may point it anywhere else.
        foreach (var name in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new RecoveryBotProcess(process, temp, baseUri);
        process.OutputDataReceived += (_, e) => bot.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                var output = bot.Output;
                await bot.DisposeAsync();
                throw new InvalidOperationException($"RecoveryBot exited with code {process.ExitCode} before it was healthy:\n{output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(baseUri, "/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return bot;
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
                var output = bot.Output;
                await bot.DisposeAsync();
                throw new TimeoutException($"RecoveryBot was not healthy within {startTimeout.TotalSeconds:0} s:\n{output}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>What the process wrote so far (warnings and errors only, at this log level); the last 64 KB.</summary>
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
            _output.AppendLine(line);
            if (_output.Length > 64 * 1024)
            {
                _output.Remove(0, _output.Length - 64 * 1024);
            }
        }
    }
}
