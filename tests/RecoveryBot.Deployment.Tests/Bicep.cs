using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RecoveryBot.Deployment.Tests;

/// <summary>Runs the bicep compiler that the Azure.Bicep.CommandLine.linux-x64 package ships.</summary>
internal static partial class Bicep
{
    private static readonly Lock ChmodLock = new();

    public static string Executable
    {
        get
        {
            var path = RepoPaths.BicepExecutable;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"bicep compiler not found at {path}; restore the test project first", path);
            }

            // NuGet extraction does not always keep the execute bit for group/other; make sure we can run it.
            if (!OperatingSystem.IsWindows())
            {
                lock (ChmodLock)
                {
                    var mode = File.GetUnixFileMode(path);
                    const UnixFileMode exec = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
                    if ((mode & exec) != exec)
                    {
                        File.SetUnixFileMode(path, mode | exec);
                    }
                }
            }

            return path;
        }
    }

    public sealed record BuildResult(int ExitCode, string Json, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, string RawDiagnostics);

    /// <summary>Compiles one .bicep file to ARM JSON on stdout; diagnostics arrive on stderr, one a line.</summary>
    public static BuildResult Build(string bicepFile)
    {
        var result = ProcessRunner.Run(Executable, ["build", bicepFile, "--stdout"], Path.GetDirectoryName(bicepFile));
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var errors = lines.Where(l => DiagnosticLevel(l) == "Error").ToList();
        var warnings = lines.Where(l => DiagnosticLevel(l) is "Warning" or "Info").ToList();
        return new BuildResult(result.ExitCode, result.StdOut, errors, warnings, result.StdErr);
    }

    public static string Version() => ProcessRunner.Run(Executable, ["--version"]).StdOut.Trim();

    // Lines look like: /path/main.bicep(12,3) : Warning rule-name: message
    private static string? DiagnosticLevel(string line)
    {
        var match = DiagnosticPattern().Match(line);
        return match.Success ? match.Groups["level"].Value : null;
    }

    [GeneratedRegex(@"\(\d+,\d+\)\s*:\s*(?<level>Error|Warning|Info)\b")]
    private static partial Regex DiagnosticPattern();

    /// <summary>Every resource of a compiled template, whether "resources" is an array or (languageVersion 2.0) an object.</summary>
    public static IEnumerable<JsonObject> Resources(JsonNode template)
    {
        var resources = template["resources"];
        IEnumerable<JsonNode?> all = resources switch
        {
            JsonArray array => array,
            JsonObject obj => obj.Select(p => p.Value),
            _ => [],
        };
        return all.OfType<JsonObject>();
    }
}
