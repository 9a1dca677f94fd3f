using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// Case 4, start-up: launches RecoveryBot (a fresh temporary folder, so an empty store and a new key ring), polls its
/// port until it accepts a TCP connection ("listening"), then at once sends the welcome a channel sends when someone
/// opens a chat (a conversationUpdate adding the user, deliveryMode expectReplies, to /api/messages) and times the
/// reply; meanwhile it polls GET /healthz every 10 ms until it answers 200. The intent model is cached between starts
/// in the app's folder (data/models), so each sample says whether that file was there.
/// </summary>
public static class StartupBench
{
    /// <summary>The first line of the welcome (BotMessages.WelcomeFor).</summary>
    public const string WelcomePhrase = "Hi, I'm RecoveryBot.";

    /// <summary>What one start-up took, each time from just before the process was started.</summary>
    /// <param name="Label">Which sample.</param>
    /// <param name="ModelCached">Whether a trained intent model was in the model folder before the start.</param>
    /// <param name="ListeningMs">Until the port first accepted a connection.</param>
    /// <param name="WelcomeMs">From listening until the welcome's reply was read.</param>
    /// <param name="HealthyMs">Until /healthz first answered 200.</param>
    /// <param name="Problem">What went wrong (no welcome, an error), or null.</param>
    public sealed record Sample(string Label, bool ModelCached, double ListeningMs, double WelcomeMs, double HealthyMs, string? Problem);

    /// <summary>The header of <see cref="Print"/>.</summary>
    public static void PrintHeader() =>
        Console.WriteLine($"  {"sample",-44} {"model file",10} {"listening ms",13} {"welcome ms",11} {"healthz ms",11}  (welcome: from listening to the reply; the others from process start)");

    /// <summary>Prints a sample.</summary>
    public static void Print(Sample s) =>
        Console.WriteLine($"  {s.Label,-44} {(s.ModelCached ? "existed" : "absent"),10} {s.ListeningMs,13:0} {s.WelcomeMs,11:0} {s.HealthyMs,11:0}{(s.Problem is null ? "" : "  PROBLEM: " + s.Problem)}");

    /// <summary>Launches a process and measures its start; the process is returned running (the caller keeps or disposes it).</summary>
    /// <param name="dll">RecoveryBot.dll.</param>
    /// <param name="label">Which sample.</param>
    /// <param name="extraArgs">More configuration.</param>
    /// <param name="modelFolder">The intent model folder the process will use (to say whether a model was cached).</param>
    /// <param name="client">A client whose code has already run once (so its own JIT is not timed).</param>
    /// <param name="prepareDatabase">Called with the SQLite path before the start.</param>
    public static async Task<(RecoveryBotProcess Bot, Sample Sample)> MeasureAsync(
        string dll, string label, IEnumerable<string> extraArgs, string modelFolder, HttpClient client, Action<string>? prepareDatabase = null)
    {
        var cached = Directory.Exists(modelFolder) && Directory.EnumerateFiles(modelFolder).Any();
        var bot = RecoveryBotProcess.Launch(dll, extraArgs: extraArgs, prepareDatabase: prepareDatabase);
        try
        {
            var listening = await WaitListeningAsync(bot, TimeSpan.FromSeconds(90));
            var listeningMs = Stopwatch.GetElapsedTime(bot.LaunchedAt, listening).TotalMilliseconds;

            // From here the welcome and the health poll run side by side, as a channel and a load balancer would.
            var healthy = PollHealthAsync(client, bot, TimeSpan.FromSeconds(90));
            string? problem;
            long replied;
            try
            {
                var conversationId = "startup-" + Guid.NewGuid().ToString("N")[..8];
                using var request = Activities.Welcome(bot.Messages, conversationId, "startup-user");
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsByteArrayAsync();
                replied = Stopwatch.GetTimestamp();
                var texts = Activities.ReplyTexts(body, out problem);
                problem = response.StatusCode != HttpStatusCode.OK ? $"welcome answered HTTP {(int)response.StatusCode}"
                    : problem ?? (texts.Any(t => t.Contains(WelcomePhrase, StringComparison.Ordinal)) ? null : "the reply is not the welcome");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                replied = Stopwatch.GetTimestamp();
                problem = "welcome: " + ex.GetType().Name;
            }

            var healthyAt = await healthy;
            var sample = new Sample(
                label,
                cached,
                listeningMs,
                Stopwatch.GetElapsedTime(listening, replied).TotalMilliseconds,
                healthyAt is { } h ? Stopwatch.GetElapsedTime(bot.LaunchedAt, h).TotalMilliseconds : double.NaN,
                problem ?? (healthyAt is null ? "/healthz never answered 200" : null));
            return (bot, sample);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    // Connects to the port until one attempt succeeds; returns the Stopwatch timestamp of that success.
    private static async Task<long> WaitListeningAsync(RecoveryBotProcess bot, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(IPAddress.Loopback, bot.Port);
                return Stopwatch.GetTimestamp();
            }
            catch (SocketException)
            {
            }

            if (clock.Elapsed > timeout || bot.HasExited)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"RecoveryBot did not listen within {clock.Elapsed.TotalSeconds:0} s (exited: {bot.HasExited}):\n{bot.Output}"));
            }

            await Task.Delay(2);
        }
    }

    // GET /healthz every 10 ms; the Stopwatch timestamp of the first 200, or null at the time-out.
    private static async Task<long?> PollHealthAsync(HttpClient client, RecoveryBotProcess bot, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !bot.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(bot.BaseUri, "/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Stopwatch.GetTimestamp();
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(10);
        }

        return null;
    }
}
