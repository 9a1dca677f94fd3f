using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Channels.Teams;
using RecoveryBot.Conversation;
using Microsoft.Extensions.Options;
using RecoveryBot.Dialogs;
using RecoveryBot.GroupSessions;
using RecoveryBot.Journal;
using RecoveryBot.Privacy;
using RecoveryBot.Safety;
using RecoveryBot.Understanding;
using RecoveryBot.Storage;
using RecoveryBot.Wording;

namespace RecoveryBot.Bots;

/// <summary>
/// One turn, from the message to the reply, in the order it happens: where the conversation stands, what the message
/// means (once), the safety response, then the conversation (the crisis follow-up, commands, talk at the menu, the
/// exercise itself); state is saved at the end of the turn. People who join are welcomed and offered the menu.
/// </summary>
public sealed class ReflectionBot(
    ConversationState conversationState,
    UserState userState,
    DialogRunner dialogs,
    IOptions<PrivacyOptions> privacy,
    TimeProvider timeProvider,
    TeamsGroupConversation teamsGroup,
    ConversationPosition position,
    MessageInterpreter interpreter,
    SafetyResponder safety,
    SafetyFollowUp safetyFollowUp,
    ConversationCommands commands,
    GroupSessionCoordinator groupSessions,
    MenuTalk menuTalk,
    CrisisResponseComposer crisisResources,
    JournalStore journal) : ActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationData> _conversationData =
        conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    private readonly IStatePropertyAccessor<UserProfile> _profile = userState.CreateProperty<UserProfile>(nameof(UserProfile));

    /// <inheritdoc/>
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        // A message's conversation and user state in one read of the store (other activities may need neither). A read that
        // fails here is left to where the turn first needs the state, after the safety check.
        if (turnContext.Activity.Type == ActivityTypes.Message && conversationState is TypedConversationState typed)
        {
            await typed.LoadWithAsync(userState, turnContext, cancellationToken).ConfigureAwait(false);
        }

        if (await IsRedeliveredAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        // Both at once, so a durable store's group commit can take them in one flush (each is still its own write).
        await Task.WhenAll(
            conversationState.SaveChangesAsync(turnContext, false, cancellationToken),
            userState.SaveChangesAsync(turnContext, false, cancellationToken)).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>The SDK's default skips updates that only add or remove the bot, which is exactly how Teams reports an
    /// installation or a removal, so both lists are handled here.</remarks>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.MembersAdded is { Count: > 0 } added)
        {
            await OnMembersAddedAsync(added, turnContext, cancellationToken).ConfigureAwait(false);
        }

        if (activity.MembersRemoved is { Count: > 0 } removed)
        {
            await OnMembersRemovedAsync(removed, turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botAdded = membersAdded.Any(m => m?.Id == activity.Recipient?.Id);
        if (TeamsGroupConversation.Applies(activity))
        {
            // Nothing personal is said to a group: one introduction when the bot joins, no per-member welcomes.
            if (botAdded)
            {
                await turnContext.SendActivityAsync(TeamsGroupConversation.GroupWelcome, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        // In a Teams 1:1 chat, installing the app adds only the bot; the person to welcome is the sender.
        if (activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams && botAdded && activity.From is { } installer)
        {
            membersAdded = [.. membersAdded, installer];
        }

        var data = await _conversationData.GetOrCreateAsync(turnContext, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        var welcomed = false;
        foreach (var member in membersAdded)
        {
            if (member?.Id is null || member.Id == activity.Recipient?.Id || data.WelcomedMemberIds.Contains(member.Id))
            {
                continue;
            }

            data.WelcomedMemberIds.Add(member.Id);
            welcomed = true;
            var welcome = BotMessages.WelcomeFor(privacy.Value.RetentionDays, crisisResources.ComposeWelcomeLine(((ITurnContext)turnContext).Activity.Locale)).Select(text => (IActivity)MessageFactory.Text(text)).ToArray();
            await turnContext.SendActivitiesAsync(welcome, cancellationToken).ConfigureAwait(false);
        }

        if (welcomed)
        {
            // The menu follows the welcome; if an exercise is already running this only keeps it waiting.
            await dialogs.RunAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    protected override async Task OnMembersRemovedAsync(
        IList<ChannelAccount> membersRemoved, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Removed from a conversation: what was kept for it goes too.
        if (membersRemoved.Any(m => m?.Id == turnContext.Activity.Recipient?.Id))
        {
            await conversationState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    /// <remarks>The bot's cards submit plain messages, so no invoke is handled. Each still gets a response with a body
    /// (the SDK's default has none), so the client shows its own error instead of waiting: an Adaptive Card action gets
    /// the Universal Actions error shape, anything else 501 with an error body.</remarks>
    protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        const string Message = "RecoveryBot does not handle this action. Type your message in the chat instead.";
        var response = turnContext.Activity.Name == "adaptiveCard/action"
            ? new InvokeResponse
            {
                Status = 200,
                Body = new AdaptiveCardInvokeResponse { StatusCode = 400, Type = "application/vnd.microsoft.error", Value = new Error("NotSupported", Message) },
            }
            : new InvokeResponse { Status = 501, Body = new ErrorResponse(new Error("NotImplemented", Message)) };
        return Task.FromResult(response);
    }

    /// <inheritdoc/>
    /// <remarks>Uninstalling the app from a Teams 1:1 chat: what was kept for that conversation goes, as when the bot is
    /// removed from a conversation.</remarks>
    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // "remove-upgrade" is an upgrade of the app, not an uninstall: the person's place is kept.
        return string.Equals(turnContext.Activity.Action, "remove", StringComparison.OrdinalIgnoreCase)
            ? conversationState.DeleteAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // "@RecoveryBot help now" means "help now", in a 1:1 chat as in a group.
        var mentioned = TeamsMentions.RemoveBotMentions(turnContext.Activity);
        if (TeamsGroupConversation.Applies(turnContext.Activity))
        {
            await OnGroupMessageAsync(turnContext, mentioned, cancellationToken).ConfigureAwait(false);
            return;
        }

        // 1. What the bot was waiting for; unknown when the store cannot be read, which must not hold back step 3.
        var (pending, inExercise, gentleCheckAllowed, afterCrisis) = await position.ReadAsync(turnContext, cancellationToken).ConfigureAwait(false);

        // 2. What the message means, worked out once; every step below reads this and nothing recomputes it.
        var meaning = interpreter.Interpret(MessageText.Of(turnContext.Activity), pending);

        // 3. Safety answers first. In a group session the group waits, and nothing reaches anyone else.
        var outcome = await safety.RespondAsync(turnContext, meaning.Text, meaning.Safety, inExercise, gentleCheckAllowed, afterCrisis, cancellationToken).ConfigureAwait(false);
        if (outcome == SafetyOutcome.Crisis)
        {
            await groupSessions.OnCrisisAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }

        // What was saved for this conversation could not be read and was set aside: say so, then go on fresh.
        if (turnContext.TurnState.ContainsKey(UnreadableStateException.TurnStateKey))
        {
            await turnContext.SendActivityAsync(BotMessages.UnreadableState, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        // Nothing typed (an attachment, a sticker, a stray card submit): a kind word, and the question still waits
        // with its attempts untouched. A card value that signalled danger goes on, so the exercise is set aside.
        if (string.IsNullOrWhiteSpace(turnContext.Activity.Text) && (outcome == SafetyOutcome.None || turnContext.Activity.Value is null))
        {
            await turnContext.SendActivityAsync(BotMessages.NoTextReply, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        // 4. The conversation: the crisis follow-up, group sessions, commands, talk at the menu, then the menu or exercise step.
        await TouchProfileAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await dialogs.RunAsync(turnContext, new DelegateInterruption(async (dc, ct) =>
        {
            var handled = await safetyFollowUp.HandleAsync(dc, meaning, outcome, ct).ConfigureAwait(false);
            var meant = meaning;
            if (handled == InterruptionResult.NotHandled)
            {
                // A reply to the bot's own "did you mean to...?" becomes what it says was meant, before anyone reads it.
                (meant, handled) = await commands.ResolveClarifyReplyAsync(dc, meaning, ct).ConfigureAwait(false);
            }

            if (handled == InterruptionResult.NotHandled)
            {
                // The reply to "delete everything?": erased on a plain yes, else read as a new message, which may be for a
                // group session (the question must not wait on behind it for a later yes).
                (meant, handled) = await commands.ResolveDeleteConfirmationAsync(dc, meant, ct).ConfigureAwait(false);
            }

            if (handled == InterruptionResult.NotHandled)
            {
                handled = await groupSessions.HandleAsync(dc, meant, ct).ConfigureAwait(false);
            }

            if (handled == InterruptionResult.NotHandled)
            {
                handled = await commands.HandleAsync(dc, meant, ct).ConfigureAwait(false);
            }

            return handled == InterruptionResult.NotHandled ? await menuTalk.HandleAsync(dc, meant, ct).ConfigureAwait(false) : handled;
        }), cancellationToken).ConfigureAwait(false);
    }

    // A Teams group chat or channel, where others read along: only messages that mention the bot are for it. Safety
    // first, then a group session's start or a facilitator's command; anything else is an invitation to a 1:1 chat.
    private async Task OnGroupMessageAsync(ITurnContext<IMessageActivity> turnContext, bool mentioned, CancellationToken cancellationToken)
    {
        if (!mentioned)
        {
            return;
        }

        var meaning = interpreter.Interpret(MessageText.Of(turnContext.Activity), PendingQuestion.None);
        if (await safety.RespondAsync(turnContext, meaning.Text, meaning.Safety, inExercise: false, gentleCheck: false, followsCrisis: false, cancellationToken).ConfigureAwait(false) != SafetyOutcome.None
            || await groupSessions.HandleThreadAsync(turnContext, meaning, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(teamsGroup.Invitation(turnContext.Activity.From?.Name)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>An edited message (Teams sends these) can say something new: it goes through the safety check like any
    /// message. It is not taken as an answer, since the question it answered has moved on; in the middle of an exercise
    /// the person is told so, and how to change an answer (a user trial found a silent edit left people believing their
    /// summary held the new words).</remarks>
    protected override async Task OnMessageUpdateActivityAsync(ITurnContext<IMessageUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (TeamsGroupConversation.Applies(turnContext.Activity))
        {
            return;
        }

        TeamsMentions.RemoveBotMentions(turnContext.Activity);
        var text = MessageText.Of(turnContext.Activity);
        var meaning = interpreter.Interpret(text, PendingQuestion.None);
        // Crisis and concern replies only: the unsure one-liner is kept to new messages, at most once a day.
        var inExercise = (await position.ReadAsync(turnContext, cancellationToken).ConfigureAwait(false)).InExercise;
        var outcome = await safety.RespondAsync(turnContext, meaning.Text, meaning.Safety, inExercise, gentleCheck: false, followsCrisis: false, cancellationToken).ConfigureAwait(false);
        if (outcome == SafetyOutcome.Crisis)
        {
            // As after a new message: the exercise is set aside, so the next message is not taken as its answer.
            var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await safetyFollowUp.HandleAsync(dc, meaning, outcome, cancellationToken).ConfigureAwait(false);
        }
        else if (outcome == SafetyOutcome.None && inExercise)
        {
            await turnContext.SendActivityAsync(BotMessages.EditNotTaken, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    // Teams and the Bot Connector deliver a message again when its first delivery seemed to fail. One already handled here
    // (its id is among the conversation's last ones, saved with the turn's state) gets no second answer. Only messages:
    // an edit carries the id of the message it edits. If the store cannot be read, the message is answered (safety first).
    private const int MaxRememberedIdLength = 256;

    private async Task<bool> IsRedeliveredAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Id) || activity.Id.Length > MaxRememberedIdLength)
        {
            return false;
        }

        ConversationData data;
        try
        {
            data = await _conversationData.GetOrCreateAsync(turnContext, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (ex is UnreadableStateException)
            {
                turnContext.TurnState[UnreadableStateException.TurnStateKey] = true;
            }

            return false;
        }

        if (data.RecentMessageIds.Contains(activity.Id))
        {
            return true;
        }

        data.RecentMessageIds.Add(activity.Id);
        if (data.RecentMessageIds.Count > ConversationData.RecentMessageLimit)
        {
            data.RecentMessageIds.RemoveAt(0);
        }

        return false;
    }

    // Retention erases what was not written for a while; writing the day of the last visit (at most once a day)
    // keeps an active user's journal from expiring.
    private async Task TouchProfileAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetOrCreateAsync(turnContext, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        await journal.MoveFromProfileAsync(JournalStore.UserKeyOf(turnContext), profile, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        if (profile.LastVisitOn != today)
        {
            profile.LastVisitOn = today;
        }
    }
}
