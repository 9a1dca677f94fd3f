using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using RecoveryBot.CheckIns;
using RecoveryBot.Dialogs;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Exercises;
using RecoveryBot.Privacy;
using RecoveryBot.Understanding;
using RecoveryBot.Wording;

namespace RecoveryBot.Conversation;

/// <summary>Registers the conversation: exercises, the main dialog, global commands, journal and check-ins.</summary>
public static class ConversationServiceCollectionExtensions
{
    /// <summary>Adds everything the bot's conversation needs. A broken exercise file stops start-up here.</summary>
    public static IServiceCollection AddReflectionConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExerciseOptions>()
            .Bind(configuration.GetSection(ExerciseOptions.SectionName))
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.DefaultTimeZone, out _), "Exercises:DefaultTimeZone is not a known time zone.")
            .Validate(o => o.AskToResumeAfter > TimeSpan.Zero, "Exercises:AskToResumeAfter must be positive.")
            .ValidateOnStart();
        services.AddOptions<CheckInOptions>()
            .Bind(configuration.GetSection(CheckInOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var folder = configuration.GetSection(ExerciseOptions.SectionName).Get<ExerciseOptions>()?.Folder ?? new ExerciseOptions().Folder;
        var catalog = ExerciseCatalog.Load(folder);
        services.AddSingleton(catalog);
        var intents = IntentCatalog.Load(folder, catalog);
        services.AddSingleton(intents);
        services.AddSingleton(EverydayMessagesOf(intents));
        services.AddOptions<UnderstandingOptions>().Bind(configuration.GetSection(UnderstandingOptions.SectionName));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<UnderstandingOptions>>().Value;
            var folder = Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, options.ModelFolder);
            return new IntentModel(sp.GetRequiredService<IntentCatalog>(), folder, options.ModelWait);
        });
        services.AddSingleton<MessageInterpreter>();
        services.AddSingleton<ConversationPosition>();
        services.AddSingleton<SafetyFollowUp>();
        services.AddSingleton<MenuTalk>();

        // The prompts' default cache, so the start-up warm-up builds the models they use.
        services.AddSingleton(RecognizerCache.Shared);
        services.AddSingleton(sp => new ExerciseDialogFactory(
            sp.GetRequiredService<RecognizerCache>(),
            sp.GetRequiredService<TimeProvider>(),
            TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<IOptions<ExerciseOptions>>().Value.DefaultTimeZone),
            sp.GetRequiredService<Safety.CrisisResponseComposer>()));
        services.AddSingleton<CheckInPlanner>();
        services.AddSingleton<ExerciseCompletion>();
        services.AddSingleton<MainDialog>();
        services.AddSingleton<ConversationCommands>();
        services.AddSingleton<Journal.JournalCommands>();
        services.AddSingleton<CheckIns.CheckInCommands>();
        services.AddSingleton<ExercisePause>();
        services.AddSingleton<Channels.Teams.TeamsGroupConversation>();
        services.AddSingleton<CheckInStore>();
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<CheckInStore>());
        services.AddSingleton<Journal.JournalStore>();
        services.AddSingleton<IPersonalDataStore>(sp => sp.GetRequiredService<Journal.JournalStore>());
        services.AddSingleton<IRetentionSweep>(sp => sp.GetRequiredService<Journal.JournalStore>());
        services.AddSingleton<CheckInSender>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckInSender>());

        services.AddSingleton(sp =>
        {
            var catalog = sp.GetRequiredService<ExerciseCatalog>();
            // The turn's own steps (safety follow-up, commands, menu talk) are given per turn by ReflectionBot.
            var options = new DialogRunnerOptions { OnVersionChanged = (change, ct) => ExplainVersionChangeAsync(catalog, change, ct) };
            return new DialogRunner(
                sp.GetRequiredService<MainDialog>(),
                sp.GetRequiredService<ConversationState>().CreateProperty<DialogState>(nameof(DialogState)),
                options);
        });
        return services;
    }

    // A deployment reshaped the exercise this user was in: say so kindly and offer to start it again.
    private static Task ExplainVersionChangeAsync(ExerciseCatalog catalog, DialogVersionChange change, CancellationToken cancellationToken)
    {
        var exercise = catalog.Exercises.FirstOrDefault(e => change.DialogId?.StartsWith(ExerciseDialogFactory.DialogIdOf(e.Id), StringComparison.Ordinal) == true);
        var text = exercise is null
            ? BotMessages.UpdatedSinceLastTime
            : string.Format(CultureInfo.InvariantCulture, BotMessages.ExerciseUpdatedSinceLastTimeFormat, exercise.Title, exercise.Triggers[0]);
        return change.TurnContext.SendActivityAsync(text, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The bot's everyday messages for the crisis model (<see cref="Safety.EverydayMessages"/>): the examples of every
    /// intent but <c>feeling</c>, and but those an intent file marks <c>crisisModelLearns: false</c>. Requests, questions
    /// and answers are learned as not a crisis; how people feel is not, since low mood ("so tired of everything") is where
    /// the safety check's gentle check-in belongs, nor are the marked ones (stories of a slip sit close to danger, and
    /// lines of loneliness and of slips, learned as everyday, were measured to cost the crisis model recall).
    /// </summary>
    public static Safety.EverydayMessages EverydayMessagesOf(IntentCatalog intents)
    {
        ArgumentNullException.ThrowIfNull(intents);
        return new Safety.EverydayMessages([.. intents.Intents.Where(i => i.Id != IntentIds.Feeling).SelectMany(LearnedAsEveryday)]);

        static IEnumerable<string> LearnedAsEveryday(IntentDefinition intent)
        {
            // Compared as keys, as the catalog compares messages: "I relapsed." and "i relapsed" are one message.
            var skipped = (intent.NotEveryday ?? []).Select(TextKey.OfPhrase).ToHashSet(StringComparer.Ordinal);
            return intent.Examples.Where(example => !skipped.Contains(TextKey.OfPhrase(example)));
        }
    }
}
