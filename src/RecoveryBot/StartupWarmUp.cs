using Activity = Microsoft.Bot.Schema.Activity;
using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Safety;
using RecoveryBot.Understanding;

namespace RecoveryBot;

/// <summary>
/// Gets everything a turn needs ready before the app listens: the crisis rules built, the crisis and intent models
/// loaded (or trained, the first time a build starts), the text recognizers built, and a first conversation held with
/// the bot in memory (a welcome, an exercise started and cancelled; its state erased), so the code of a turn is compiled
/// and the store's connection open before the first person arrives. The host starts its hosted services
/// before the server, so the first person is never answered by a half-armed safety check or kept waiting while models
/// train, and <c>/healthz</c> answers only once the app can answer at full speed. Logs how it went, never any text.
/// </summary>
public sealed class StartupWarmUp(
    CrisisDetector detector,
    CrisisSecondOpinion secondOpinion,
    IntentModel intents,
    RecognizerCache recognizers,
    IBot bot,
    ConversationState conversationState,
    UserState userState,
    ILogger<StartupWarmUp> logger) : IHostedService
{
    /// <summary>How long the warm-up conversation may take before the app starts without it.</summary>
    public static readonly TimeSpan WarmUpConversationLimit = TimeSpan.FromSeconds(20);

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
        // Bounded: a store that does not answer at start must not keep the app from listening (/healthz then says so).
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(WarmUpConversationLimit);
        try
        {
            await HoldFirstConversationAsync(limit.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The store may be away at start (it is checked per turn, and /healthz says so): the app starts anyway.
            logger.LogWarning("The warm-up conversation failed ({ExceptionType}); the first turns may be slower.", ex.GetType().FullName);
        }

        logger.LogInformation(
            "Ready to answer {ElapsedMs} ms after the warm-up began (warm-up conversation {TurnsMs} ms).",
            (int)clock.Elapsed.TotalMilliseconds, (int)(clock.Elapsed - turnsFrom).TotalMilliseconds);
    }

    private async Task HoldFirstConversationAsync(CancellationToken cancellationToken)
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
            From = user,
            Recipient = new ChannelAccount("warm-up-bot", "RecoveryBot", RoleTypes.Bot),
            Conversation = conversation,
            MembersAdded = type == ActivityTypes.ConversationUpdate ? [user] : null,
            Timestamp = DateTimeOffset.UtcNow,
        };

        Activity[] turns = [Incoming(ActivityTypes.ConversationUpdate, null), Incoming(ActivityTypes.Message, "plan amends"), Incoming(ActivityTypes.Message, "cancel")];
        try
        {
            foreach (var activity in turns)
            {
                await bot.OnTurnAsync(new TurnContext(adapter, activity), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Nobody's data: erased at once, whatever happened (with a time of its own, should the limit be what ended it).
            using var erase = new CancellationTokenSource(WarmUpConversationLimit);
            var context = new TurnContext(adapter, turns[^1]);
            await conversationState.DeleteAsync(context, erase.Token).ConfigureAwait(false);
            await userState.DeleteAsync(context, erase.Token).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Replies of the warm-up conversation go nowhere.
    private sealed class WarmUpAdapter : BotAdapter
    {
        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            Task.FromResult(new ResourceResponse(activity.Id));

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            Task.CompletedTask;
    }
}
