using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server on 127.0.0.1 and a free port, from Debian's package (initdb and pg_ctl), run as the
/// unprivileged "postgres" user when the tests run as root (PostgreSQL refuses root). Each test gets its own database.
/// Needs the server installed: `.ci/run` installs it (`apt-get install postgresql`).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    // Under /tmp when run as root: the postgres user must be able to reach the folder, and TMPDIR may point elsewhere.
    private readonly string _folder = Path.Combine(Environment.UserName == "root" ? "/tmp" : Path.GetTempPath(), "recoverybot-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private string _bin = "";
    private int _port;

    /// <summary>The connection string of the server's admin database.</summary>
    public string AdminConnectionString => $"Host=127.0.0.1;Port={_port};Username=recoverybot;Database=postgres;Pooling=false";

    public async Task InitializeAsync()
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL (initdb, pg_ctl) was not found. Install it with `apt-get install postgresql` (.ci/run does this).");
        _port = FreePort();
        Directory.CreateDirectory(_folder);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "-R", "postgres:postgres", _folder);
        }

        var data = Path.Combine(_folder, "data");
        await RunAsPostgresAsync(Path.Combine(_bin, "initdb"), "-D", data, "-U", "recoverybot", "-A", "trust", "-E", "UTF8", "--no-sync");
        // fsync off: a test server holds nothing worth a power cut, and it saves seconds.
        await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {_port} -h 127.0.0.1 -k {_folder} -F", "start");
    }

    /// <summary>A new, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={_port};Username=recoverybot;Database={name}";
    }

    /// <summary>Runs <paramref name="sql"/> on the database of <paramref name="connectionString"/> (roles, triggers: a
    /// test's own setup).</summary>
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Stops the server at once (as if it went away) and starts it again after <paramref name="away"/>.</summary>
    public async Task BounceAsync(TimeSpan away)
    {
        var data = Path.Combine(_folder, "data");
        await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop");
        await Task.Delay(away);
        await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {_port} -h 127.0.0.1 -k {_folder} -F", "start");
    }

    public async Task DisposeAsync()
    {
        try
        {
            await RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string? FindBinaries()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(v => Path.Combine(v, "bin"))
                : []);
        return candidates.FirstOrDefault(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsPostgresAsync(string program, params string[] arguments) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await errors}");
        }
    }
}
