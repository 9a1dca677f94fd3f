using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// The app as its own operating-system process (`dotnet RecoveryBot.dll`, content root src/RecoveryBot, as
/// `dotnet run` has it) on a loopback port it picks itself, configured through environment variables. Nothing is
/// shared with the test process or another instance except what the settings name.
/// </summary>
public sealed partial class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private AppProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Where the app listens, e.g. http://127.0.0.1:40123.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the app printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts the app with <paramref name="settings"/> (configuration keys with ':') and waits until it listens.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "RecoveryBot");
        // The same build configuration as the tests (bin/Debug/net10.0 or bin/Release/net10.0).
        var outputFolder = Path.GetRelativePath(Path.Combine(RepositoryRoot(), "tests", "RecoveryBot.Tests"), AppContext.BaseDirectory);
        var dll = Path.Combine(project, outputFolder, "RecoveryBot.dll");
        Assert.True(File.Exists(dll), $"The app is not built at {dll}.");

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        // Warnings and errors only (plus the line that says where it listens), so a failure message shows what went wrong.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        // The intent model trained by earlier tests in this run (or trained now and kept for the next process).
        start.Environment["Understanding__ModelFolder"] = Path.Combine(Path.GetTempPath(), "recoverybot-test-models");
        start.Environment["Understanding__ModelWait"] = "00:03:00";
        // One warm-up conversation, not a repeat until the JIT is quiet: many tests start the app.
        start.Environment["Startup__WarmUpUntilQuiet"] = "00:00:00";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var app = new AppProcess(Process.Start(start)!);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null)
            {
                listening.TrySetException(new InvalidOperationException("The app exited before it listened."));
                return;
            }

            lock (app._output)
            {
                app._output.Add(line);
            }

            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        }

        app._process.OutputDataReceived += (_, e) => Read(e.Data);
        app._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Read(e.Data);
            }
        };
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();

        try
        {
            app.BaseAddress = await listening.Task.WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            var output = app.Output;
            app.Dispose();
            Assert.Fail($"The app did not start: {ex.Message}\n{output}");
        }

        return app;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RecoveryBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("RecoveryBot.sln was not found above the test assembly.");
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
