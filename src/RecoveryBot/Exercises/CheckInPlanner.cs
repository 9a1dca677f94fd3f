using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using RecoveryBot.CheckIns;

namespace RecoveryBot.Exercises;

/// <summary>
/// The check-in an exercise's answers ask for: on the day the person chose, at <see cref="CheckInOptions.LocalHour"/>
/// in their time zone, or none when the exercise plans none, its condition is not met, the day has no date or has
/// passed, or the person turned check-ins off.
/// </summary>
public sealed class CheckInPlanner(IOptions<CheckInOptions> checkInOptions, IOptions<ExerciseOptions> exerciseOptions, TimeProvider timeProvider)
{
    /// <summary>The check-in to schedule, or null.</summary>
    /// <param name="turnContext">The turn that completed the exercise (its conversation is where the check-in goes).</param>
    /// <param name="exercise">The exercise completed.</param>
    /// <param name="result">Its answers.</param>
    /// <param name="checkInsEnabled">Whether the person wants check-ins.</param>
    /// <returns>The check-in, or null.</returns>
    public ScheduledCheckIn? Plan(ITurnContext turnContext, ExerciseDefinition exercise, ExerciseResult result, bool checkInsEnabled)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(result);
        if (exercise.CheckIn is not { } plan || !checkInsEnabled || !result.Answers.ContainsKey(plan.DateSlot)
            || (plan.OnlyIf is not null && !plan.OnlyIf.IsMetBy(result.Values))
            || !result.Values.TryGetValue(plan.DateSlot, out var isoDate) || !DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", out var date))
        {
            return null;
        }

        var activity = turnContext.Activity;
        var zone = UserTimeZone(activity);
        var local = date.ToDateTime(new TimeOnly(checkInOptions.Value.LocalHour, 0));
        var due = new DateTimeOffset(local, zone.GetUtcOffset(local));
        if (due <= timeProvider.GetUtcNow())
        {
            return null;
        }

        return new ScheduledCheckIn
        {
            DueAt = due.ToUniversalTime(),
            Reference = activity.GetConversationReference(),
            UserKey = ScheduledCheckIn.UserKeyOf(activity.ChannelId, activity.From?.Id),
            Message = SlotTemplate.Render(plan.Message, result.Answers),
        };
    }

    private TimeZoneInfo UserTimeZone(Activity activity) =>
        Dialogs.Prompts.UserTimeZone.Resolve(
            activity,
            TimeZoneInfo.TryFindSystemTimeZoneById(exerciseOptions.Value.DefaultTimeZone, out var fallback) ? fallback : null);
}
