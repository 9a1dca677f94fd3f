using Microsoft.Bot.Builder;
using RecoveryBot.CheckIns;
using RecoveryBot.Journal;
using RecoveryBot.Storage;
using RecoveryBot.Wording;

namespace RecoveryBot.Exercises;

/// <summary>
/// What happens when an exercise ends: the summary is saved to the journal with the check-in the answers ask for
/// (<see cref="CheckInPlanner"/>), then shown, as a card where the channel shows cards (<see cref="SummaryCard"/>).
/// </summary>
public sealed class ExerciseCompletion(UserState userState, JournalStore journal, CheckInStore checkIns, CheckInPlanner planner, TimeProvider timeProvider)
{
    private readonly IStatePropertyAccessor<UserProfile> _profile = userState.CreateProperty<UserProfile>(nameof(UserProfile));

    /// <summary>Saves and shows the summary, and plans a check-in when the exercise has one.</summary>
    /// <param name="turnContext">The turn that completed the exercise.</param>
    /// <param name="exercise">The exercise.</param>
    /// <param name="result">Its answers.</param>
    /// <param name="cancellationToken">Cancels the writes and the replies.</param>
    /// <returns>A task that completes when the summary is saved and sent.</returns>
    public async Task CompleteAsync(ITurnContext turnContext, ExerciseDefinition exercise, ExerciseResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(result);
        var title = SlotTemplate.Render(exercise.Summary.Title, result.Answers);
        var text = SlotTemplate.RenderSummary(exercise.Summary.Text, result.Answers).Trim();
        var profile = await _profile.GetOrCreateAsync(turnContext, () => new UserProfile(), cancellationToken).ConfigureAwait(false);

        // The entry and the check-in are written before anything is said, so a failed write is never preceded by "saved",
        // and in one write, the entry first (one commit, all or nothing, on SQLite and PostgreSQL): a check-in never
        // comes for an entry that was not saved.
        var entry = new JournalEntry { ExerciseId = exercise.Id, Title = title, Text = text, CreatedAt = timeProvider.GetUtcNow() };
        var userKey = JournalStore.UserKeyOf(turnContext);
        var checkIn = planner.Plan(turnContext, exercise, result, profile.CheckInsEnabled);
        var closing = BotMessages.AfterSummary;
        if (checkIn is null)
        {
            await journal.AddAsync(userKey, entry, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await checkIns.AddAsync(checkIn, new Dictionary<string, object>([JournalStore.ItemOf(userKey, entry)]), cancellationToken).ConfigureAwait(false);
            closing = string.Format(System.Globalization.CultureInfo.InvariantCulture, BotMessages.CheckInPlannedFormat, result.Answers[exercise.CheckIn!.DateSlot]) + closing;
        }

        var summary = SummaryCard.IsShownOn(turnContext.Activity.ChannelId)
            ? MessageFactory.Attachment(SummaryCard.Of(title, text), BotMessages.SummaryCardIntro)
            : MessageFactory.Text($"{title}\n\n{text}\n\n{BotMessages.SummarySaved}");
        await turnContext.SendActivityAsync(summary, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(closing, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
