using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using RecoveryBot.CheckIns;
using RecoveryBot.Journal;
using RecoveryBot.Storage;

namespace RecoveryBot.Exercises;

/// <summary>
/// What happens when an exercise ends: the summary is shown (text and an Adaptive Card), saved to the journal, and a
/// check-in is planned for the day the user chose.
/// </summary>
public sealed class ExerciseCompletion(
    UserState userState,
    JournalStore journal,
    CheckInStore checkIns,
    IOptions<CheckInOptions> checkInOptions,
    IOptions<ExerciseOptions> exerciseOptions,
    TimeProvider timeProvider)
{
    /// <summary>Channels that render Adaptive Cards; elsewhere the summary goes out as text alone.</summary>
    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase) { "msteams", "webchat", "directline", "emulator" };

    private readonly IStatePropertyAccessor<UserProfile> _profile = userState.CreateProperty<UserProfile>(nameof(UserProfile));

    /// <summary>Shows and saves the summary, and plans a check-in when the exercise has one.</summary>
    public async Task CompleteAsync(ITurnContext turnContext, ExerciseDefinition exercise, ExerciseResult result, CancellationToken cancellationToken)
    {
        var title = SlotTemplate.Render(exercise.Summary.Title, result.Answers);
        var text = SlotTemplate.RenderSummary(exercise.Summary.Text, result.Answers).Trim();
        var profile = await _profile.GetOrCreateAsync(turnContext, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        // The entry and the check-in are written before anything is said, so a failed write is never preceded by "saved",
        // and in one write, the entry first (one commit, all or nothing, on SQLite and PostgreSQL): a check-in never
        // comes for an entry that was not saved.
        var entry = new JournalEntry { ExerciseId = exercise.Id, Title = title, Text = text, CreatedAt = timeProvider.GetUtcNow() };
        var userKey = JournalStore.UserKeyOf(turnContext);
        var checkIn = exercise.CheckIn is { } plan && result.Answers.TryGetValue(plan.DateSlot, out _) && profile.CheckInsEnabled
            && (plan.OnlyIf is null || plan.OnlyIf.IsMetBy(result.Values))
            ? PlanCheckIn(turnContext, result, plan)
            : null;
        var closing = "Type \"my reflections\" to see your journal, or \"menu\" to choose another exercise.";
        if (checkIn is null)
        {
            await journal.AddAsync(userKey, entry, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await checkIns.AddAsync(checkIn, new Dictionary<string, object>([JournalStore.ItemOf(userKey, entry)]), cancellationToken).ConfigureAwait(false);
            closing = $"I'll check in gently on {result.Answers[exercise.CheckIn!.DateSlot]}. Type \"check-ins off\" if you'd rather I didn't. " + closing;
        }

        var summary = CardChannels.Contains(turnContext.Activity.ChannelId ?? "")
            ? MessageFactory.Attachment(SummaryCard(title, text), "Here's your summary. I've saved it to your journal.")
            : MessageFactory.Text($"{title}\n\n{text}\n\nI've saved this to your journal.");
        await turnContext.SendActivityAsync(summary, cancellationToken).ConfigureAwait(false);

        await turnContext.SendActivityAsync(closing, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An Adaptive Card of the summary, written as plain JSON (the AdaptiveCards .NET package is not used).</summary>
    public static Attachment SummaryCard(string title, string text) => new()
    {
        ContentType = "application/vnd.microsoft.card.adaptive",
        Content = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["fallbackText"] = $"{title}\n\n{text}",
            ["speak"] = title,
            ["body"] = new JArray(
                new JObject { ["type"] = "TextBlock", ["text"] = title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true, ["style"] = "heading" },
                new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
        },
    };

    // The check-in the person asked for, or null when its day has no date or has passed.
    private ScheduledCheckIn? PlanCheckIn(ITurnContext turnContext, ExerciseResult result, CheckInDefinition checkIn)
    {
        if (!result.Values.TryGetValue(checkIn.DateSlot, out var isoDate) || !DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", out var date))
        {
            return null;
        }

        var zone = UserTimeZone(turnContext.Activity);
        var local = date.ToDateTime(new TimeOnly(checkInOptions.Value.LocalHour, 0));
        var due = new DateTimeOffset(local, zone.GetUtcOffset(local));
        if (due <= timeProvider.GetUtcNow())
        {
            return null;
        }

        var activity = turnContext.Activity;
        return new ScheduledCheckIn
        {
            DueAt = due.ToUniversalTime(),
            Reference = activity.GetConversationReference(),
            UserKey = ScheduledCheckIn.UserKeyOf(activity.ChannelId, activity.From?.Id),
            Message = SlotTemplate.Render(checkIn.Message, result.Answers),
        };
    }

    private TimeZoneInfo UserTimeZone(Activity activity) =>
        Dialogs.Prompts.UserTimeZone.Resolve(
            activity,
            TimeZoneInfo.TryFindSystemTimeZoneById(exerciseOptions.Value.DefaultTimeZone, out var fallback) ? fallback : null);
}
