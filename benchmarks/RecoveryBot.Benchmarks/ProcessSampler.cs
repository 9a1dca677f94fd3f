using System.Globalization;

namespace RecoveryBot.Benchmarks;

/// <summary>What Linux says about another process, read from <c>/proc/&lt;pid&gt;</c>; zeros where /proc is not there.</summary>
public static class ProcessSampler
{
    // USER_HZ, the unit of utime and stime in /proc/<pid>/stat; 100 on every Linux this runs on.
    private const double TicksPerSecond = 100;

    /// <summary>One reading.</summary>
    /// <param name="ResidentBytes">VmRSS.</param>
    /// <param name="Threads">Threads of the process.</param>
    /// <param name="Handles">Open file descriptors (files, sockets, pipes): /proc/&lt;pid&gt;/fd.</param>
    public sealed record Sample(long ResidentBytes, int Threads, int Handles);

    /// <summary>Reads resident memory, threads and open handles.</summary>
    public static Sample Read(int processId)
    {
        long resident = 0;
        var threads = 0;
        var status = $"/proc/{processId}/status";
        try
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    resident = FirstNumber(line) * 1024;
                }
                else if (line.StartsWith("Threads:", StringComparison.Ordinal))
                {
                    threads = (int)FirstNumber(line);
                }
            }
        }
        catch (IOException)
        {
        }

        int handles;
        try
        {
            handles = Directory.EnumerateFileSystemEntries($"/proc/{processId}/fd").Count();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            handles = 0;
        }

        return new Sample(resident, threads, handles);
    }

    /// <summary>CPU time (user + system) the process has used so far, in seconds; 0 when unknown.</summary>
    public static double CpuSeconds(int processId)
    {
        try
        {
            // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }

    /// <summary>The machine's load averages (1, 5, 15 minutes), as /proc/loadavg says them.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static long FirstNumber(string line) =>
        long.TryParse(line.Split(' ', '\t').FirstOrDefault(p => p.Length > 0 && char.IsAsciiDigit(p[0])), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
