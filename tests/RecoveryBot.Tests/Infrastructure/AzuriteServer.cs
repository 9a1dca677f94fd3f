using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// A throwaway Azurite (the Azure Storage emulator, pinned in tests/azurite) serving blobs on 127.0.0.1 and a free
/// port, with its data in a temp folder. Each test gets its own container. `.ci/run` installs it (tests/azurite/install.sh).
/// </summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    // Azurite's documented development account (the same for every Azurite install; not a secret).
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "recoverybot-azurite-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly System.Text.StringBuilder _errors = new();
    private Process? _process;
    private int _port;

    /// <summary>The connection string of the emulator's account.</summary>
    public string ConnectionString => ConnectionStringFor(_port);

    /// <summary>The emulator account's connection string, as if the service were on <paramref name="port"/>.</summary>
    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};BlobEndpoint=http://127.0.0.1:{port}/{Account};";

    public async Task InitializeAsync()
    {
        var azurite = FindAzurite() ?? throw new InvalidOperationException(
            "Azurite was not found in tests/azurite/node_modules. Run tests/azurite/install.sh (.ci/run does this).");
        _port = FreePort();
        Directory.CreateDirectory(_folder);
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { azurite, "--blobHost", "127.0.0.1", "--blobPort", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", _folder, "--silent", "--skipApiVersionCheck", "--loose" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_errors)
                {
                    _errors.AppendLine(e.Data);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, _port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException ex)
            {
                lock (_errors)
                {
                    throw new InvalidOperationException($"Azurite did not start: {_errors}", ex);
                }
            }
        }
    }

    /// <summary>A container name no other test uses (created by the storage on first use).</summary>
    public static string NewContainerName() => "t" + Guid.NewGuid().ToString("N");

    /// <summary>A client for <paramref name="container"/> in the emulator.</summary>
    public BlobContainerClient Container(string container) => new(ConnectionString, container, RecoveryBot.Storage.AzureBlobStorage.ClientOptions());

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    private static string? FindAzurite()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "azurite", "node_modules", "azurite", "dist", "src", "blob", "main.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
