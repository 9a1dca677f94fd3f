using System.Globalization;

namespace RecoveryBot.Benchmarks;

/// <summary>Command-line settings of one benchmark run.</summary>
public sealed class BenchOptions
{
    /// <summary>Measured seconds per target per round.</summary>
    public int Seconds { get; set; } = 10;

    /// <summary>Warm-up seconds per target per round (results discarded).</summary>
    public int WarmupSeconds { get; set; } = 3;

    /// <summary>Concurrent workers, each with its own keep-alive connection.</summary>
    public int Connections { get; set; } = 16;

    /// <summary>Interleaved rounds (each round measures every target once).</summary>
    public int Rounds { get; set; } = 3;

    /// <summary>Upper bound of requests per measured phase, so a phase always ends.</summary>
    public long MaxRequests { get; set; } = 10_000_000;

    /// <summary>Also cross-check the echo bot with wrk when it is installed.</summary>
    public bool Wrk { get; set; }

    /// <summary>RecoveryBot.dll to start; defaults to the build output next to this benchmark.</summary>
    public string? RecoveryBotDll { get; set; }

    /// <summary>Skip the bare Kestrel ceiling.</summary>
    public bool NoKestrel { get; set; }

    /// <summary>RecoveryBot's Storage:Provider: Sqlite (the figure that counts for one instance), Memory (to see what
    /// SQLite costs), Postgres or AzureBlob (with <see cref="StoreConnection"/>).</summary>
    public string Storage { get; set; } = "Sqlite";

    /// <summary>The connection string of the Postgres or AzureBlob store.</summary>
    public string? StoreConnection { get; set; }

    /// <summary>How many RecoveryBot processes share the store; each walk sends its turns to them in turn.</summary>
    public int Instances { get; set; } = 1;

    /// <summary>Load RecoveryBot alone (no baselines, no ratio): for attaching a profiler to its process.</summary>
    public bool OnlyRecoveryBot { get; set; }

    /// <summary>Time MessageInterpreter.Interpret in this process against CrisisDetector.Assess alone, instead of the HTTP load.</summary>
    public bool Interpret { get; set; }

    /// <summary>Instead of the load: send this many fuzzed activities to RecoveryBot (0: off). See <see cref="FuzzRun"/>.</summary>
    public int Fuzz { get; set; }

    /// <summary>Every figure of the performance issue at reduced scale, in under a minute of measuring (see <see cref="GrowthScale.Short"/>).</summary>
    public bool Short { get; set; }

    /// <summary>After the main table: completion cost, the growth cases and start-up at full scale (<see cref="GrowthScale.Full"/>).</summary>
    public bool Growth { get; set; }

    /// <summary>Minutes of exercise traffic against one process while its memory, handles and threads are sampled (0: no soak,
    /// except the short one of <see cref="Short"/>).</summary>
    public double SoakMinutes { get; set; }

    /// <summary>Whether the growth cases, start-up and the summary run after the main table.</summary>
    public bool RunsGrowthCases => Short || Growth || SoakMinutes > 0;

    /// <summary>The arguments as given, for the summary (so the run can be repeated).</summary>
    public IReadOnlyList<string> Arguments { get; private set; } = [];

    /// <summary>Parses the arguments; returns null (after printing usage) when they are wrong.</summary>
    public static BenchOptions? Parse(string[] args)
    {
        var o = new BenchOptions { Arguments = args };
        var given = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int NextInt(int min, int max)
            {
                var text = Next();
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
                    ? v
                    : throw new ArgumentException($"{args[i - 1]} must be a whole number from {min} to {max}, not '{text}'");
            }

            try
            {
                given.Add(args[i]);
                switch (args[i])
                {
                    case "--seconds": o.Seconds = NextInt(1, 3600); break;
                    case "--warmup": o.WarmupSeconds = NextInt(0, 600); break;
                    case "--connections": o.Connections = NextInt(1, 1024); break;
                    case "--rounds": o.Rounds = NextInt(1, 50); break;
                    case "--max-requests": o.MaxRequests = NextInt(1, int.MaxValue); break;
                    case "--wrk": o.Wrk = true; break;
                    case "--no-kestrel": o.NoKestrel = true; break;
                    case "--only-recoverybot": o.OnlyRecoveryBot = true; o.NoKestrel = true; break;
                    case "--recoverybot": o.RecoveryBotDll = Next(); break;
                    case "--interpret": o.Interpret = true; break;
                    case "--fuzz": o.Fuzz = NextInt(1, 10_000_000); break;
                    case "--storage": o.Storage = Next() is var p && p is "Sqlite" or "Memory" or "Postgres" or "AzureBlob" ? p : throw new ArgumentException("--storage must be Sqlite, Memory, Postgres or AzureBlob"); break;
                    case "--store-connection": o.StoreConnection = Next(); break;
                    case "--instances": o.Instances = NextInt(1, 4); break;
                    case "--short": o.Short = true; break;
                    case "--growth": o.Growth = true; break;
                    case "--soak":
                        var minutes = Next();
                        o.SoakMinutes = double.TryParse(minutes, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m > 0 && m <= 24 * 60
                            ? m
                            : throw new ArgumentException($"--soak must be a number of minutes above 0 (0.5 is 30 s), not '{minutes}'");
                        break;
                    case "-h" or "--help": PrintUsage(); return null;
                    default: throw new ArgumentException($"unknown option {args[i]}");
                }
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine(ex.Message);
                PrintUsage();
                return null;
            }
        }

        if (o.Short)
        {
            // The main table at reduced scale too, unless asked otherwise: one round of short phases, and no ceiling
            // (it is no target's baseline).
            // 3 s: a plan-amends walk of nine turns takes about 3 s at 16 connections here, and "ready" needs samples.
            o.Seconds = given.Contains("--seconds") ? o.Seconds : 3;
            o.WarmupSeconds = given.Contains("--warmup") ? o.WarmupSeconds : 1;
            o.Rounds = given.Contains("--rounds") ? o.Rounds : 1;
            o.NoKestrel = true;
        }

        var problem = o.Short && o.Growth ? "--short and --growth are two scales of the same figures: pick one"
            : (o.Short || o.Growth || o.SoakMinutes > 0) && (o.Interpret || o.Fuzz > 0 || o.OnlyRecoveryBot) ? "--short, --growth and --soak go with the HTTP load, not with --interpret, --fuzz or --only-recoverybot"
            : o.Storage is "Postgres" or "AzureBlob" && string.IsNullOrWhiteSpace(o.StoreConnection) ? $"--storage {o.Storage} needs --store-connection"
            : o.Instances > 1 && o.Storage is "Sqlite" or "Memory" ? "--instances above 1 needs a shared store (--storage Postgres or AzureBlob)"
            : null;
        if (problem is not null)
        {
            Console.Error.WriteLine(problem);
            PrintUsage();
            return null;
        }

        return o;
    }

    private static void PrintUsage() => Console.Error.WriteLine(
        """
        dotnet run -c Release --project benchmarks/RecoveryBot.Benchmarks [-- options]
          --seconds N       measured seconds per target per round (default 10)
          --warmup N        warm-up seconds per target per round (default 3)
          --connections N   concurrent workers / keep-alive connections (default 16)
          --rounds N        interleaved rounds (default 3; at least 2 for a fair comparison)
          --max-requests N  upper bound of requests in one measured phase (default 10000000)
          --wrk             also measure the echo bot with wrk, if installed (cross-check)
          --no-kestrel      skip the bare Kestrel ceiling
          --only-recoverybot  load RecoveryBot alone, no baselines and no ratio (to attach a profiler)
          --storage S       RecoveryBot's Storage:Provider, Sqlite (default, the figure that counts) or Memory (diagnosis),
                            or Postgres or AzureBlob with --store-connection
          --store-connection C  the Npgsql or Azure Storage connection string for --storage Postgres or AzureBlob
          --instances N     RecoveryBot processes on the shared store (1-4, default 1); each walk's turns go to them in turn
          --recoverybot P   path of RecoveryBot.dll (default: its Release build beside this project)
          --interpret       instead: time MessageInterpreter.Interpret per message in this process against
                            CrisisDetector.Assess alone, on 1 and 2 threads (uses --rounds and the RecoveryBot
                            built with this benchmark, not --recoverybot; no HTTP, no state)
          --short           every figure of the performance issue at reduced scale, in about a minute: the main table
                            (1 round of 3 s unless --seconds/--rounds say otherwise), completion cost, the growth cases
                            (Direct Line to 100 turns, 10,000+10,000 prefilled rows, journals of 50 and 5), 1 start-up,
                            a 15 s soak, and the summary of targets
          --growth          the same at full scale: Direct Line to 500 turns, 100,000+100,000 prefilled rows, journals
                            of 500 and 5 (phases of --seconds, --rounds interleaved), 3 start-ups plus one with no cached
                            intent model; add --soak for the soak
          --soak M          also run exercise traffic for M minutes against one process, sampling its memory, file
                            handles and threads (M may be a fraction: 0.5 is 30 s)
          --fuzz N          instead: send N fuzzed activities (real-shaped, mutated) to RecoveryBot's process and check
                            that none gets a 5xx or hangs and that its memory stays flat (the long mode of the fuzz test;
                            100000 is the documented run)
        """);
}
