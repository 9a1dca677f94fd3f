using Microsoft.Bot.Builder;
using RecoveryBot.Journal;
using RecoveryBot.Storage;
using RecoveryBot.Wording;

namespace RecoveryBot.CheckIns;

/// <summary>The check-in commands, for the conversation's command table: reminders off (planned ones removed) and on.</summary>
public sealed class CheckInCommands(UserState userState, CheckInStore checkIns)
{
    private readonly IStatePropertyAccessor<UserProfile> _profile = userState.CreateProperty<UserProfile>(nameof(UserProfile));

    /// <summary>Turns check-ins off for the sender and removes the ones already planned.</summary>
    public async Task TurnOffAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var profile = await _profile.GetOrCreateAsync(context, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        profile.CheckInsEnabled = false;
        await checkIns.RemoveForUserAsync(ScheduledCheckIn.UserKeyOf(context.Activity.ChannelId, context.Activity.From?.Id), cancellationToken).ConfigureAwait(false);
        await context.SendActivityAsync(MessageFactory.Text(BotMessages.CheckInsOff), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Turns check-ins back on for the sender.</summary>
    public async Task TurnOnAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var profile = await _profile.GetOrCreateAsync(context, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        profile.CheckInsEnabled = true;
        await context.SendActivityAsync(MessageFactory.Text(BotMessages.CheckInsOn), cancellationToken).ConfigureAwait(false);
    }
}
