using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Privacy;
using RecoveryBot.Safety;
using RecoveryBot.Storage;
using RecoveryBot.Understanding;
using RecoveryBot.Wording;
using Activity = Microsoft.Bot.Schema.Activity;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace RecoveryBot;

/// <summary>
/// Gets everything a turn needs ready before the app listens: the crisis rules built, the crisis and intent models
/// loaded (or trained, the first time a build starts), the text recognizers built, and conversations held with the bot
/// in memory (a welcome, an exercise walked to its end, the journal listed; then erased), repeated until the JIT
/// has compiled a turn's code fully optimised, and the store's connection open before the first person arrives. The host
/// starts its hosted services before the server, so the first person is never answered by a half-armed safety check or
/// kept waiting while models train, and <c>/healthz</c> answers only once the app can answer at full speed. Logs how it
/// went, never any text.
/// </summary>
public sealed class StartupWarmUp(
    CrisisDetector detector,
    CrisisSecondOpinion secondOpinion,
    IntentModel intents,
    RecognizerCache recognizers,
    IBot bot,
    DataEraser eraser,
    IConfiguration configuration,
    IOptions<StorageOptions> storage,
    ILogger<StartupWarmUp> logger) : IHostedService
{
    /// <summary>
    /// How long a warm-up conversation may still take once its time is up, before the app starts without it (a store
    /// that does not answer at start); its erase then has <see cref="EraseLimit"/> more.
    /// </summary>
    public static readonly TimeSpan WarmUpConversationLimit = TimeSpan.FromSeconds(20);

    /// <summary>How long erasing a warm-up conversation may take, over all its attempts.</summary>
    public static readonly TimeSpan EraseLimit = TimeSpan.FromSeconds(5);

    /// <summary>How many times erasing a warm-up conversation is tried.</summary>
    internal const int EraseAttempts = 3;

    /// <summary>
    /// The setting that bounds how long the warm-up's conversations repeat while the JIT is still compiling (a
    /// <see cref="TimeSpan"/> from zero, one conversation, to a minute).
    /// </summary>
    public const string UntilQuietSetting = "Startup:WarmUpUntilQuiet";

    /// <summary>
    /// Its default on the app's own disk (SQLite, memory): on a 2-core machine the JIT went quiet after 10-12 s of warm-up
    /// conversations (2026-12-07). On a shared store (PostgreSQL, Azure Blob) the default is one conversation: there every
    /// walk is some fifty requests to a store other instances are serving from, and too slow to warm much in 12 s.
    /// </summary>
    public static readonly TimeSpan DefaultUntilQuiet = TimeSpan.FromSeconds(12);

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var untilQuiet = configuration.GetValue(UntilQuietSetting, storage.Value.Provider is StorageProvider.Sqlite or StorageProvider.Memory ? DefaultUntilQuiet : TimeSpan.Zero);
        if (untilQuiet < TimeSpan.Zero || untilQuiet > TimeSpan.FromMinutes(1))
        {
            throw new InvalidOperationException($"{UntilQuietSetting} must be a time from 00:00:00 to 00:01:00.");
        }

        // The models load (or train) on other threads while the rules' regular expressions are built here.
        var clock = Stopwatch.StartNew();
        var crisisModel = secondOpinion.EnsureTrainedAsync();
        var intentModel = intents.EnsureTrainedAsync();
        await Task.Run(() => detector.Assess("I'm sorry, I let him down. I will not drink tonight, I'll call my sponsor."), cancellationToken).ConfigureAwait(false);
        try
        {
            await CrisisRuleFilter.EnsureBuiltAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Every rule then runs on every message: slower, the same answers.
            logger.LogWarning("Crisis rule filter failed to build: {ExceptionType}", ex.GetType().FullName);
        }

        var rulesReady = clock.Elapsed;
        try
        {
            await recognizers.WarmUpAsync(["en-us"], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Recognizer warm-up failed: {ExceptionType}", ex.GetType().FullName);
        }

        logger.LogInformation(
            "Crisis rules built in {RulesMs} ms, recognizers in {RecognizersMs} ms.", (int)rulesReady.TotalMilliseconds, (int)(clock.Elapsed - rulesReady).TotalMilliseconds);

        var crisis = await crisisModel.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (crisis.Classifier is null)
        {
            logger.LogError("Crisis classifier training failed ({ExceptionType}); messages are checked by the crisis rules alone.", crisis.FailureType);
        }
        else
        {
            logger.LogInformation(
                "Crisis classifier {How} ({Examples} lines, {Features} n-grams) in {ElapsedMs} ms.",
                crisis.Loaded ? "loaded" : "trained", crisis.Classifier.ExampleCount, crisis.Classifier.FeatureCount, (int)crisis.Elapsed.TotalMilliseconds);
        }

        var intent = await intentModel.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (intent.Classifier is null)
        {
            logger.LogError("Intent classifier training failed ({ExceptionType}); messages are understood by exact phrases only.", intent.FailureType);
        }
        else
        {
            logger.LogInformation(
                "Intent classifier {How} in {ElapsedMs} ms.", intent.Loaded ? "loaded" : $"trained on {intent.Classifier.ExampleCount} examples", (int)intent.Elapsed.TotalMilliseconds);
        }

        var turnsFrom = clock.Elapsed;
        var walks = new WarmUpCount();
        // Bounded: a store that does not answer at start must not keep the app from listening (/healthz then says so).
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(untilQuiet + WarmUpConversationLimit);
        try
        {
            var repeats = Stopwatch.StartNew();
            await RepeatUntilQuietAsync(
                (overtime, token) => HoldConversationAsync(walks, overtime, cancellationToken, token),
                () => System.Runtime.JitInfo.GetCompiledMethodCount(),
                () => repeats.Elapsed,
                untilQuiet,
                limit.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The store may be away at start (it is checked per turn, and /healthz says so): the app starts anyway.
            logger.LogWarning("The warm-up conversation failed ({ExceptionType}); the first turns may be slower.", ex.GetType().FullName);
        }

        logger.LogInformation(
            "Ready to answer {ElapsedMs} ms after the warm-up began (warm-up conversations {TurnsMs} ms: {Walks} held, {Completed} to the exercise's end).",
            (int)clock.Elapsed.TotalMilliseconds, (int)(clock.Elapsed - turnsFrom).TotalMilliseconds, walks.Held, walks.Completed);
    }

    /// <summary>
    /// What the warm-up says, in order, in each of its conversations after the welcome: check-ins off (so no check-in is
    /// ever planned for it), an exercise walked to its end (a name, a yes, free text, a choice, a date, then the
    /// completion with its summary and journal entry), then the journal listed. Most of what a turn runs.
    /// </summary>
    internal static readonly IReadOnlyList<string> WarmUpWalk =
        ["check-ins off", "plan amends", "Jo", "yes", "missing her birthday", "I'm sorry I wasn't there for you", "a letter", "Sunday", "go to a meeting", "ready", "my reflections"];

    // Tiered compilation recompiles a method fully optimised only after it has run about 30 times, on one background
    // thread, and until then a turn runs first-tier code (measured on 2026-12-07: the first 10-20 s of load after a start
    // ran at half speed, p99 up to 0.5 s). So conversations repeat until no method has been compiled for this long.
    private static readonly TimeSpan JitQuietFor = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Holds one conversation, then more until <paramref name="compiledMethods"/> has not moved for half a second or
    /// <paramref name="atMost"/> has passed; a conversation still running then is told so (its first argument) and stops
    /// after its current turn. The first conversation is always held to its end.
    /// </summary>
    /// <returns>How many conversations were held.</returns>
    internal static async Task<int> RepeatUntilQuietAsync(
        Func<Func<bool>, CancellationToken, Task> holdConversation,
        Func<long> compiledMethods,
        Func<TimeSpan> elapsed,
        TimeSpan atMost,
        CancellationToken cancellationToken)
    {
        var compiled = compiledMethods();
        var quietFrom = elapsed();
        var held = 0;
        do
        {
            await holdConversation(held == 0 ? () => false : () => elapsed() >= atMost, cancellationToken).ConfigureAwait(false);
            held++;
            var now = compiledMethods();
            if (now != compiled)
            {
                compiled = now;
                quietFrom = elapsed();
            }
        }
        while (elapsed() < atMost && elapsed() - quietFrom < JitQuietFor);

        return held;
    }

    /// <summary>
    /// Says <see cref="WarmUpWalk"/> line by line through <paramref name="say"/>, stopping early when
    /// <paramref name="overtime"/> says time is up.
    /// </summary>
    /// <returns>Whether the exercise reached its end (its summary was among the replies).</returns>
    internal static async Task<bool> SayWalkAsync(Func<string, Task<IReadOnlyList<Activity>>> say, Func<bool> overtime)
    {
        var completed = false;
        foreach (var text in WarmUpWalk)
        {
            if (overtime())
            {
                break;
            }

            var replies = await say(text).ConfigureAwait(false);
            completed |= replies.Any(r => r.Text?.Contains(BotMessages.SummaryCardIntro, StringComparison.Ordinal) == true);
        }

        return completed;
    }

    private async Task HoldConversationAsync(WarmUpCount count, Func<bool> overtime, CancellationToken hostStopping, CancellationToken cancellationToken)
    {
        var adapter = new WarmUpAdapter();
        // Ids of its own, so instances starting together on a shared store never meet in one conversation.
        var user = new ChannelAccount("warm-up-" + Guid.NewGuid().ToString("N"), "Warm-up", RoleTypes.User);
        var conversation = new ConversationAccount(id: "warm-up-" + Guid.NewGuid().ToString("N"));
        Activity Incoming(string type, string? text) => new()
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            Text = text,
            ChannelId = "emulator",
            ServiceUrl = "http://localhost",
            DeliveryMode = DeliveryModes.ExpectReplies,
            From = user,
            Recipient = new ChannelAccount("warm-up-bot", "RecoveryBot", RoleTypes.Bot),
            Conversation = conversation,
            MembersAdded = type == ActivityTypes.ConversationUpdate ? [user] : null,
            Timestamp = DateTimeOffset.UtcNow,
        };

        var welcome = Incoming(ActivityTypes.ConversationUpdate, null);
        try
        {
            await adapter.TurnAsync(welcome, bot, cancellationToken).ConfigureAwait(false);
            var completed = await SayWalkAsync(text => adapter.TurnAsync(Incoming(ActivityTypes.Message, text), bot, cancellationToken), overtime).ConfigureAwait(false);
            count.Held++;
            count.Completed += completed ? 1 : 0;
        }
        finally
        {
            await EraseAsync(adapter, welcome, hostStopping).ConfigureAwait(false);
        }
    }

    // Nobody's data, erased at once whatever happened (with a few seconds of its own, should the limit be what ended the
    // conversation, unless the host is stopping). The eraser stops at the first store that fails, so a failure is tried
    // again; what still stays (state and a journal entry in its words, never a check-in) goes with the retention sweep.
    private async Task EraseAsync(WarmUpAdapter adapter, Activity ofConversation, CancellationToken hostStopping)
    {
        using var erase = CancellationTokenSource.CreateLinkedTokenSource(hostStopping);
        erase.CancelAfter(EraseLimit);
        using var context = new TurnContext(adapter, ofConversation);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await eraser.EraseAsync(context, erase.Token).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (attempt < EraseAttempts && !erase.IsCancellationRequested)
            {
                logger.LogDebug("Erasing a warm-up conversation failed ({ExceptionType}); trying again.", ex.GetType().FullName);
            }
            catch (Exception ex)
            {
                logger.LogWarning("A warm-up conversation could not be erased ({ExceptionType}); the retention sweep removes it.", ex.GetType().FullName);
                return;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), erase.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                logger.LogWarning("A warm-up conversation could not be erased in time; the retention sweep removes it.");
                return;
            }
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // How many warm-up conversations were held, and how many walked the exercise to its end (the warm-up compiles what it
    // runs: a walk that stalls on a changed question warms up re-asking, and the log says so).
    private sealed class WarmUpCount
    {
        public int Held { get; set; }

        public int Completed { get; set; }
    }

    // Each turn travels as a request to /api/messages does: its JSON checked and read by the SDK, the replies gathered
    // (expectReplies) and written out as the SDK's JSON. Left cold: the socket, the token check and the turn gate (whose
    // lock on a shared store would leave an item per conversation).
    private sealed class WarmUpAdapter : BotAdapter
    {
        public async Task<IReadOnlyList<Activity>> TurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
        {
            using var body = new MemoryStream(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity, HttpHelper.BotMessageSerializerSettings)));
            var request = new DefaultHttpContext();
            request.Request.Method = HttpMethods.Post;
            request.Request.ContentType = "application/json";
            request.Request.Body = body;
            if (!await ActivityRequestValidator.ValidateAsync(request, cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"The warm-up's activity was refused ({request.Response.StatusCode}).");
            }

            var incoming = await HttpHelper.ReadRequestAsync<Activity>(request.Request).ConfigureAwait(false);
            using var context = new TurnContext(this, incoming);
            await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            var response = new DefaultHttpContext();
            response.Response.Body = Stream.Null;
            await HttpHelper.WriteResponseAsync(response.Response, new InvokeResponse { Status = StatusCodes.Status200OK, Body = new ExpectedReplies(context.BufferedReplyActivities) }).ConfigureAwait(false);
            return context.BufferedReplyActivities;
        }

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            Task.FromResult(new ResourceResponse(activity.Id));

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            Task.CompletedTask;
    }
}
