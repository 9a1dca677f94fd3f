using System.Diagnostics;
using System.Globalization;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// Growth cases (c) and (d): one user with a long journal and one with a short one. The journal is per user (one stored
/// item per entry, found by listing the user's keys), so each is built by walking the short
/// "after a slip" exercise to its end that many times as the same user, each walk in a new conversation, through
/// <c>/api/messages</c>. Then, in interleaved rounds with several workers (each in its own conversation, all as that
/// user): (c) "my reflections" (the list) and "open 3" (one entry), and (d) mid-exercise turns of plan-amends walks
/// that are not completed. Each figure of the long journal is divided by the same figure of the short one. The list
/// shows the newest 20 entries, so a short journal's list is shorter too: the long journal's list is also divided by
/// that of a journal of exactly 20, whose list is the same length, which leaves the journal's size alone to compare.
/// </summary>
public static class JournalBench
{
    /// <summary>The walk that builds the journal: what is sent, and a phrase the reply must contain (dialogs/after-a-slip.yaml).</summary>
    private static readonly (string Text, string Expect)[] Walk =
    [
        ("after a slip", "When did it happen?"),
        ("last night", "What was going on just before?"),
        ("a row at home", "Who could you reach out to today?"),
        ("my sponsor", "What's one thing you'll do in the next 24 hours"),
        ("go to a meeting tonight", "I've saved it to your journal."),
    ];

    // The list's length (RecoveryBot's JournalPresenter.ListLength): a journal of this size lists as many entries as a long one.
    private const int ListLength = 20;

    /// <summary>Builds the journals, measures, prints, and records the targets.</summary>
    public static async Task RunAsync(Uri messages, GrowthScale scale, BenchOptions options, string runId, BenchSummary summary)
    {
        Console.WriteLine();
        Console.WriteLine($"[{scale.Label}] Growth (c) and (d): a journal of {scale.BigJournal} entries vs one of {scale.SmallJournal}, SQLite, through /api/messages");
        var bigUser = $"journal-{runId}-{scale.BigJournal}";
        var smallUser = $"journal-{runId}-{scale.SmallJournal}";
        var listUser = $"journal-{runId}-{ListLength}";
        string UserOf(int entries) => entries == scale.BigJournal ? bigUser : entries == ListLength ? listUser : smallUser;
        using var builders = LoadRunner.CreateClient(3);
        var clock = Stopwatch.StartNew();
        var built = await Task.WhenAll(
            BuildAsync(builders, messages, bigUser, scale.BigJournal),
            BuildAsync(builders, messages, smallUser, scale.SmallJournal),
            BuildAsync(builders, messages, listUser, ListLength));
        Console.WriteLine($"  built the journals of {scale.BigJournal}, {scale.SmallJournal} and {ListLength} entries in {clock.Elapsed.TotalSeconds:0.0} s ({(scale.BigJournal + scale.SmallJournal + ListLength) * Walk.Length} turns, three users at once)");
        var bigBuild = built[0];
        Console.WriteLine($"  while building the long journal, the completing turn (summary saved to the journal) took p50 {bigBuild.FirstCompletions:0.0} ms over walks 1-10 and p50 {bigBuild.LastCompletions:0.0} ms over the last 10 walks; a mid-walk turn p50 {bigBuild.FirstTurns:0.0} ms then {bigBuild.LastTurns:0.0} ms");
        var buildFailures = built.Sum(b => b.Failures);
        summary.Fail("journal building", buildFailures);
        if (buildFailures > 0)
        {
            Console.WriteLine($"  building failed {buildFailures} time(s): {string.Join("; ", built.Select(b => b.LastProblem).OfType<string>())}; the journals are not the sizes asked, so (c) and (d) are skipped");
            summary.Target("3c/3d journal cases", "not measured: building the journals failed", null);
            return;
        }

        // Each list ends with the oldest entry's number: a reply without it is a list of the wrong size.
        Scenario List(int n) => new RepeatedMessageScenario($"my reflections, journal of {n}", messages, $"{runId}-list{n}", UserOf(n), "my reflections", ListExpect(n));
        var phases = new (string Case, string Label, Func<int, Scenario> Make, Func<int, bool>? Steps, int Baseline)[]
        {
            ("list", "my reflections", List, null, scale.SmallJournal),
            ("list20", $"my reflections (both list {ListLength})", List, null, ListLength),
            ("open", "open 3", n => new RepeatedMessageScenario($"open 3, journal of {n}", messages, $"{runId}-open{n}", UserOf(n), "open 3", "When it happened: last night"), null, scale.SmallJournal),
            ("mid", "mid-exercise", n => new PlanAmendsScenario([messages], $"{runId}-jmid{n}", complete: false, fixedUserId: UserOf(n), name: $"mid-exercise, journal of {n}"), PlanAmendsScenario.IsMidExercise, scale.SmallJournal),
        };
        var scenarios = phases.ToDictionary(p => p.Case, p => (Big: p.Make(scale.BigJournal), Small: p.Make(p.Baseline)));
        var ratios = phases.ToDictionary(p => p.Case, _ => (P50: new List<double>(), P99: new List<double>(), Rate: new List<double>()));
        using var client = LoadRunner.CreateClient(scale.JournalWorkers);
        var rounds = scale.JournalRounds ?? scale.RoundsFor(options);
        Console.WriteLine($"  {scale.JournalWorkers} workers per phase, {rounds} interleaved round(s) of {scale.PhaseWarmup.TotalSeconds:0.#} s warm-up + {scale.PhaseSeconds.TotalSeconds:0.#} s per phase");
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"  round {round}");
            Figures.PrintHeader();
            foreach (var phase in phases)
            {
                var (big, small) = scenarios[phase.Case];
                var figures = new Dictionary<Scenario, Figures>();
                foreach (var scenario in round % 2 == 1 ? new[] { big, small } : [small, big])
                {
                    var result = await LoadRunner.RunAsync(scenario, client, scale.JournalWorkers, scale.PhaseWarmup, scale.PhaseSeconds, options.MaxRequests);
                    var row = Figures.From(scenario.Name, result, phase.Steps);
                    row.Print();
                    Figures.PrintErrors(result);
                    if (result.Errors.Count > 0 && scenario is RepeatedMessageScenario { LastUnexpected: { } sample })
                    {
                        Console.WriteLine($"    last unexpected reply: {sample}");
                    }

                    summary.Fail($"journal case ({scenario.Name})", result.Errors.Values.Sum());
                    figures[scenario] = row;
                }

                ratios[phase.Case].P50.Add(figures[big].P50 / figures[small].P50);
                ratios[phase.Case].P99.Add(figures[big].P99 / figures[small].P99);
                ratios[phase.Case].Rate.Add(figures[big].Rate / figures[small].Rate);
            }
        }

        foreach (var phase in phases)
        {
            var ratioLabel = $"{scale.BigJournal}/{phase.Baseline}";
            var (p50, p99, rate) = ratios[phase.Case];
            var id = phase.Case == "mid" ? "3d" : "3c";
            Console.WriteLine($"  {id} {phase.Label}, journal {ratioLabel}: p50 {Stats.Ratios(p50)}, p99 {Stats.Ratios(p99)}, turns/s {Stats.Ratios(rate)}  (target: within 10%, <= 1.10x)");
            summary.Target($"{id} {phase.Label}, journal {ratioLabel}, p50 (<= 1.10x)", Stats.Median(p50), $"{Stats.Median(p50):0.00}x", Stats.Median(p50) <= 1.10);
            summary.Target($"{id} {phase.Label}, journal {ratioLabel}, p99 (<= 1.10x)", Stats.Median(p99), $"{Stats.Median(p99):0.00}x", Stats.Median(p99) <= 1.10);
        }
    }

    private sealed record Built(int Failures, string? LastProblem, double FirstCompletions, double LastCompletions, double FirstTurns, double LastTurns);

    // Walks the exercise to its end `walks` times as `userId`, one walk after the other (each walk a new conversation).
    // A failed turn ends that walk; the walk is tried again, at most three times in all, so the journal reaches its size.
    private static async Task<Built> BuildAsync(HttpClient client, Uri messages, string userId, int walks)
    {
        var completions = new List<double>(walks);
        var midTurns = new List<(int Walk, double Ms)>();
        var failures = 0;
        string? lastProblem = null;
        long activityId = 0;
        for (var walk = 1; walk <= walks; walk++)
        {
            var done = false;
            for (var attempt = 1; attempt <= 3 && !done; attempt++)
            {
                var conversationId = $"{userId}-walk{walk.ToString(CultureInfo.InvariantCulture)}-{attempt.ToString(CultureInfo.InvariantCulture)}";
                done = true;
                for (var step = 0; step < Walk.Length; step++)
                {
                    using var request = Activities.Post(messages, conversationId, userId, ++activityId, Walk[step].Text);
                    var started = Stopwatch.GetTimestamp();
                    string? problem;
                    try
                    {
                        using var response = await client.SendAsync(request);
                        var body = await response.Content.ReadAsByteArrayAsync();
                        var texts = Activities.ReplyTexts(body, out problem);
                        problem = response.IsSuccessStatusCode ? problem : $"HTTP {(int)response.StatusCode}";
                        problem ??= texts.Any(t => t.Contains(PlanAmendsScenario.ApologyPhrase, StringComparison.Ordinal)) ? $"\"{Walk[step].Text}\": the bot apologised"
                            : !texts.Any(t => t.Contains(Walk[step].Expect, StringComparison.Ordinal)) ? $"\"{Walk[step].Text}\": reply without \"{Walk[step].Expect}\""
                            : null;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                    {
                        problem = ex.GetType().Name;
                    }

                    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (problem is not null)
                    {
                        failures++;
                        lastProblem = problem;
                        done = false;
                        break;
                    }

                    if (step == Walk.Length - 1)
                    {
                        completions.Add(ms);
                    }
                    else if (step > 0)
                    {
                        midTurns.Add((walk, ms));
                    }
                }
            }

            if (!done)
            {
                return new Built(failures, lastProblem, double.NaN, double.NaN, double.NaN, double.NaN);
            }
        }

        return new Built(
            failures,
            lastProblem,
            Stats.Median(completions.Take(10)),
            Stats.Median(completions.TakeLast(10)),
            Stats.Median(midTurns.Where(t => t.Walk <= 10).Select(t => t.Ms)),
            Stats.Median(midTurns.Where(t => t.Walk > walks - 10).Select(t => t.Ms)));
    }

    // The list shows the newest 20 entries (RecoveryBot's JournalPresenter.ListLength), then says how many there are.
    private static string ListExpect(int entries) => entries <= 20 ? $"\n{entries}. After a slip (" : $"Your 20 newest reflections of {entries}:";
}
