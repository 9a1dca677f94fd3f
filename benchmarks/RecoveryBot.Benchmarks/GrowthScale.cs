namespace RecoveryBot.Benchmarks;

/// <summary>
/// How big each case of the performance issue is: <see cref="Short"/> (<c>--short</c>, about a minute of measuring) or
/// <see cref="Full"/> (<c>--growth</c>). Each growth case is compared with its own small case in the same run, so the
/// scale changes how much grows, not what is compared.
/// </summary>
/// <param name="Label">"SHORT" or "FULL", printed beside every figure.</param>
/// <param name="Conversations">Direct Line conversations talking at once.</param>
/// <param name="Turns">Turns of each Direct Line conversation.</param>
/// <param name="Bands">Bands of turn numbers (first and last turn, inclusive) reported for the Direct Line case.</param>
/// <param name="PrefillRows">Conversation-state rows pre-filled into the big store (as many user-state rows again).</param>
/// <param name="BigJournal">Journal entries of the big journal.</param>
/// <param name="SmallJournal">Journal entries of the small journal (its baseline).</param>
/// <param name="JournalWorkers">Workers (connections) of each journal phase.</param>
/// <param name="PhaseWarmup">Warm-up of each phase of the big-store and journal cases.</param>
/// <param name="PhaseSeconds">Measured length of each phase of those cases (fixed, not <c>--seconds</c>: six journal phases
/// a round at 10 s would take minutes).</param>
/// <param name="Rounds">Interleaved rounds of those cases; null: <c>--rounds</c>.</param>
/// <param name="JournalRounds">Rounds of the journal case when not <paramref name="Rounds"/> (six phases a round).</param>
/// <param name="StartupSamples">Start-ups measured, the first being the process the growth cases then use.</param>
/// <param name="ColdStartup">Also one start-up with an empty intent-model folder (the first start after a deployment).</param>
/// <param name="SoakSeconds">The soak's length when <c>--soak</c> is not given (0: none).</param>
public sealed record GrowthScale(
    string Label,
    int Conversations,
    int Turns,
    IReadOnlyList<(int From, int To)> Bands,
    int PrefillRows,
    int BigJournal,
    int SmallJournal,
    int JournalWorkers,
    TimeSpan PhaseWarmup,
    TimeSpan PhaseSeconds,
    int? Rounds,
    int? JournalRounds,
    int StartupSamples,
    bool ColdStartup,
    int SoakSeconds)
{
    /// <summary><c>--short</c>: every figure, small.</summary>
    public static GrowthScale Short { get; } = new(
        "SHORT", Conversations: 4, Turns: 100, Bands: [(1, 4), (5, 15), (45, 55), (90, 100)], PrefillRows: 10_000,
        BigJournal: 50, SmallJournal: 5, JournalWorkers: 4, PhaseWarmup: TimeSpan.FromSeconds(0.5), PhaseSeconds: TimeSpan.FromSeconds(1.5),
        Rounds: 2, JournalRounds: 1, StartupSamples: 1, ColdStartup: false, SoakSeconds: 15);

    /// <summary><c>--growth</c>: the sizes the issue names.</summary>
    public static GrowthScale Full { get; } = new(
        "FULL", Conversations: 4, Turns: 500, Bands: [(1, 4), (5, 15), (100, 110), (250, 260), (490, 500)], PrefillRows: 100_000,
        BigJournal: 500, SmallJournal: 5, JournalWorkers: 4, PhaseWarmup: TimeSpan.FromSeconds(2), PhaseSeconds: TimeSpan.FromSeconds(5),
        Rounds: null, JournalRounds: null, StartupSamples: 3, ColdStartup: true, SoakSeconds: 0);

    /// <summary>The band the growth is compared with (turns 5 to 15: past the conversation's first turns).</summary>
    public (int From, int To) BaseBand => Bands[1];

    /// <summary>The band of the last turns.</summary>
    public (int From, int To) LastBand => Bands[^1];

    /// <summary>Interleaved rounds of the big-store and journal cases.</summary>
    public int RoundsFor(BenchOptions options) => Rounds ?? options.Rounds;
}
