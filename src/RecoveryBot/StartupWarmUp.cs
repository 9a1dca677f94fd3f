using Activity = Microsoft.Bot.Schema.Activity;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using RecoveryBot.Bots;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Privacy;
using RecoveryBot.Safety;
using RecoveryBot.Understanding;

namespace RecoveryBot;

/// <summary>
/// Gets everything a turn needs ready before the app listens: the crisis rules built, the crisis and intent models
/// loaded (or trained, the first time a build starts), the text recognizers built, and conversations held with the bot
/// in memory (a welcome, an exercise walked to its end, the journal listed; everything erased), repeated until the JIT
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
    ConversationTurnGate turnGate,
    DataEraser eraser,
    IConfiguration configuration,
    ILogger<StartupWarmUp> logger) : IHostedService
{
    /// <summary>How long the warm-up conversation may take before the app starts without it.</summary>
    public static readonly TimeSpan WarmUpConversationLimit = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The setting that bounds how long the warm-up's conversations repeat while the JIT is still compiling (a
    /// <see cref="TimeSpan"/>; zero holds one conversation).
    /// </summary>
    public const string UntilQuietSetting = "Startup:WarmUpUntilQuiet";

    /// <summary>Its default: on a 2-core machine the JIT went quiet after 10-12 s of warm-up conversations (2026-12-07).</summary>
    public static readonly TimeSpan DefaultUntilQuiet = TimeSpan.FromSeconds(12);

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
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
        var walks = 0;
        // Bounded: a store that does not answer at start must not keep the app from listening (/healthz then says so).
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(WarmUpConversationLimit);
        try
        {
            var untilQuiet = configuration.GetValue(UntilQuietSetting, DefaultUntilQuiet);
            walks = await HoldWarmUpConversationsAsync(untilQuiet < TimeSpan.Zero ? TimeSpan.Zero : untilQuiet, limit.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The store may be away at start (it is checked per turn, and /healthz says so): the app starts anyway.
            logger.LogWarning("The warm-up conversation failed ({ExceptionType}); the first turns may be slower.", ex.GetType().FullName);
        }

        logger.LogInformation(
            "Ready to answer {ElapsedMs} ms after the warm-up began (warm-up conversations {TurnsMs} ms, {Walks} of them).",
            (int)clock.Elapsed.TotalMilliseconds, (int)(clock.Elapsed - turnsFrom).TotalMilliseconds, walks);
    }

    /// <summary>
    /// What the warm-up says, in order, in each of its conversations after the welcome: an exercise walked to its end (a
    /// name, a yes, free text, a choice, a date, then the completion with its journal entry and check-in), then the
    /// journal listed. Most of what a turn runs, from the request's JSON to the reply's.
    /// </summary>
    internal static readonly string[] WarmUpWalk =
        ["plan amends", "Jo", "yes", "missing her birthday", "I'm sorry I wasn't there for you", "a letter", "Sunday", "go to a meeting", "ready", "my reflections"];

    // Walks the conversation over and over until the JIT has been quiet this long: tiered compilation recompiles a method
    // fully optimised only after it has run about 30 times, on a background thread, and until then a turn runs
    // first-tier code (measured on 2026-12-07: the first 10-20 s of load after a start ran at half speed, p99 0.4 s).
    private static readonly TimeSpan JitQuietFor = TimeSpan.FromMilliseconds(500);

    private async Task<int> HoldWarmUpConversationsAsync(TimeSpan untilQuietAtMost, CancellationToken cancellationToken)
    {
        var adapter = new WarmUpAdapter(turnGate);
        var clock = Stopwatch.StartNew();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quietFrom = TimeSpan.Zero;
        var walks = 0;
        do
        {
            await HoldConversationAsync(adapter, cancellationToken).ConfigureAwait(false);
            walks++;
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quietFrom = clock.Elapsed;
            }
        }
        while (clock.Elapsed < untilQuietAtMost && clock.Elapsed - quietFrom < JitQuietFor);

        return walks;
    }

    private async Task HoldConversationAsync(WarmUpAdapter adapter, CancellationToken cancellationToken)
    {
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

        var last = Incoming(ActivityTypes.ConversationUpdate, null);
        try
        {
            await adapter.TurnAsync(last, bot, cancellationToken).ConfigureAwait(false);
            foreach (var text in WarmUpWalk)
            {
                last = Incoming(ActivityTypes.Message, text);
                await adapter.TurnAsync(last, bot, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Nobody's data: erased at once, whatever happened (with a time of its own, should the limit be what ended it).
            using var erase = new CancellationTokenSource(WarmUpConversationLimit);
            using var context = new TurnContext(adapter, last);
            await eraser.EraseAsync(context, erase.Token).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Each turn travels as a request to /api/messages does: its JSON checked and read by the SDK, through the turn gate, the
    // replies gathered (expectReplies) and written out as the SDK's JSON; only the socket and the token check are missing.
    private sealed class WarmUpAdapter : BotAdapter
    {
        public WarmUpAdapter(ConversationTurnGate turnGate) => Use(turnGate);

        public async Task TurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
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
        }

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            Task.FromResult(new ResourceResponse(activity.Id));

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            Task.CompletedTask;
    }
}
