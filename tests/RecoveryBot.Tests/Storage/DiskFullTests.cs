using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using RecoveryBot.Bots;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Storage;

/// <summary>
/// The disk under the SQLite store fills up (a small tmpfs filled by a file, a real ENOSPC, not a simulated error):
/// the person is told to try again, the operator gets a clear log line, nothing acknowledged is lost, the database stays
/// sound, and the bot carries on by itself once space is freed.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly SmallDisk _disk = new(megabytes: 8);

    public void Dispose() => _disk.Dispose();

    [SmallDiskFact]
    public async Task A_full_disk_gets_a_kind_try_again_a_clear_log_line_and_the_bot_recovers_when_space_returns()
    {
        var logs = new CapturingLoggerProvider();
        var database = Path.Combine(_disk.Path, "bot.db");
        using var app = BotApplicationFactory.WithSqlite(database);
        using var withLogs = app.WithWebHostBuilder(b => b.ConfigureLogging(logging => logging.AddProvider(logs)));
        var client = new BotClient(withLogs.CreateClient(), conversationId: "disk-full-1");
        await client.SayAsync("plan amends");
        await client.SayAsync("Sam");

        var filler = _disk.Fill();
        var refused = await client.SayAsync("They're open to it");
        var crisis = await client.SayAsync("i want to kill myself");
        File.Delete(filler);
        await client.SayAsync("I'm safe, carry on");
        var again = await client.SayAsync("They're open to it");

        // Outside Direct Line a turn's replies go out as it runs, before its state is saved (see the README), so the
        // next question can come before the "try again"; what counts is that the answer was not kept and is asked again.
        Assert.Equal(BotMessages.StoreUnavailable, refused[^1].Text);
        Assert.Contains("call or text 988", crisis[0].Text);
        Assert.Contains(again, a => a.Text?.Contains("What do you want to acknowledge to Sam?", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(again, a => a.Text == BotMessages.StoreUnavailable || a.Text == TurnErrorHandler.ApologyText);
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("SqliteException 13 (disk full)", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Sam", StringComparison.Ordinal) || l.Contains("kill", StringComparison.Ordinal));
        withLogs.Dispose();
        app.Dispose();
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar() as string);
    }

    /// <summary>Runs only where a tmpfs can be mounted (root on Linux with the right to mount, as here and in CI);
    /// skipped with the reason elsewhere (a container without that right).</summary>
    public sealed class SmallDiskFactAttribute : FactAttribute
    {
        public SmallDiskFactAttribute()
        {
            if (!SmallDisk.CanMount)
            {
                Skip = "Needs to mount a small tmpfs (root on Linux, allowed to mount).";
            }
        }
    }

    /// <summary>A tmpfs of a few megabytes, mounted for one test.</summary>
    private sealed class SmallDisk : IDisposable
    {
        public SmallDisk(int megabytes)
        {
            Path = Directory.CreateTempSubdirectory("recoverybot-small-disk-").FullName;
            Mounted = CanMount && Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", Path);
        }

        public static bool CanMount { get; } = ProbeMount();

        public string Path { get; }

        private bool Mounted { get; }

        /// <summary>Fills what is left of the disk with one file, and returns its path.</summary>
        public string Fill()
        {
            Assert.True(Mounted, "The small disk could not be mounted.");
            var file = System.IO.Path.Combine(Path, "filler");
            var block = new byte[64 * 1024];
            using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
            try
            {
                while (true)
                {
                    stream.Write(block);
                }
            }
            catch (IOException)
            {
                // No space left on the device: that is the point.
            }

            return file;
        }

        public void Dispose()
        {
            if (Mounted)
            {
                Run("umount", "-l", Path);
            }

            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        // Mounts and unmounts a tiny tmpfs once: being root is not enough in a container without the right to mount.
        private static bool ProbeMount()
        {
            if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
            {
                return false;
            }

            var probe = Directory.CreateTempSubdirectory("recoverybot-mount-probe-").FullName;
            try
            {
                return Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe) && Run("umount", probe);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
            finally
            {
                Directory.Delete(probe);
            }
        }

        private static bool Run(string command, params string[] arguments)
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
    }
}
