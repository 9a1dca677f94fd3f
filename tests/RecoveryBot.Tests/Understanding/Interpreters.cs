using RecoveryBot.Exercises;
using RecoveryBot.Safety;
using RecoveryBot.Understanding;

namespace RecoveryBot.Tests.Understanding;

/// <summary>The interpreter as the app builds it (rules, crisis classifier, intent classifier on the shipped data), trained once per test run.</summary>
public static class Interpreters
{
    private static readonly Lazy<Task<MessageInterpreter>> Shared = new(BuildAsync);

    /// <summary>The exercises shipped in dialogs/.</summary>
    public static ExerciseCatalog Catalog { get; } = ExerciseCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));

    /// <summary>The intents shipped in dialogs/intents/.</summary>
    public static IntentCatalog Intents { get; } = IntentCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"), Catalog);

    /// <summary>The everyday messages the app's crisis model learns (the intent examples but feelings), as the app registers them.</summary>
    public static IReadOnlyList<string> EverydayMessages { get; } = RecoveryBot.Conversation.ConversationServiceCollectionExtensions.EverydayMessagesOf(Intents).Lines;

    /// <summary>The shared, fully trained interpreter.</summary>
    public static Task<MessageInterpreter> GetAsync() => Shared.Value;

    /// <summary>What the bot waits for in a held-out context (<c>menu</c> or <c>exercise/slot</c>).</summary>
    public static PendingQuestion PendingOf(string context)
    {
        if (context == "menu")
        {
            return PendingQuestion.None;
        }

        var (exerciseId, slot) = (context.Split('/')[0], context.Split('/')[1]);
        var exercise = Catalog.Find(exerciseId)!;
        return PendingQuestion.Of(exercise, exercise.Steps.First(s => s.Slot == slot));
    }

    private static async Task<MessageInterpreter> BuildAsync()
    {
        var crisis = new CrisisSecondOpinion(null, EverydayMessages);
        await crisis.EnsureTrainedAsync();
        var model = new IntentModel(Intents);
        await model.EnsureTrainedAsync();
        return new MessageInterpreter(new CrisisDetector(crisis), Intents, model);
    }
}
