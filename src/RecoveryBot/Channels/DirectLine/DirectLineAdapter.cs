using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;


namespace RecoveryBot.Channels.DirectLine;

/// <summary>
/// Runs the app's <see cref="IBot"/> in-process for the built-in Direct Line channel. What the bot sends (replies
/// and proactive messages through <see cref="BotAdapter.ContinueConversationAsync(string, ConversationReference, BotCallbackHandler, CancellationToken)"/>)
/// is appended to the conversation's log and pushed to its socket; typing goes to the socket only; traces stay
/// in the server. A failed turn gets the same apology as <see cref="AdapterWithErrorHandler"/>.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    /// <summary>The channel id stamped on every activity of this channel, as the hosted Direct Line does.</summary>
    public const string ChannelId = "directline";

    /// <summary>The service URL in conversation references; nothing calls it, replies never leave the process.</summary>
    public const string ServiceUrl = "urn:recoverybot:directline";

    /// <summary>The bot's id in this channel.</summary>
    public const string BotId = "recoverybot";

    private readonly DirectLineDelivery _delivery;

    /// <summary>Creates the adapter.</summary>
    /// <param name="delivery">Where the bot's replies go.</param>
    /// <param name="turnGate">The middleware that runs one conversation's turns one at a time (the app's turn gate).</param>
    /// <param name="handleFailure">Handles a failed turn; false when not even the apology could be delivered.</param>
    public DirectLineAdapter(DirectLineDelivery delivery, Microsoft.Bot.Builder.IMiddleware turnGate, Func<ITurnContext, Exception, Task<bool>> handleFailure)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(turnGate);
        ArgumentNullException.ThrowIfNull(handleFailure);
        _delivery = delivery;
        Use(turnGate);
        OnTurnError = async (turnContext, exception) =>
        {
            // If not even the apology can be delivered, the POST answers 502.
            if (!await handleFailure(turnContext, exception).ConfigureAwait(false))
            {
                throw new InvalidOperationException("A Direct Line turn failed and the apology could not be delivered.", exception);
            }
        };
    }

    /// <summary>The bot as a channel account.</summary>
    public static ChannelAccount BotAccount() => new(BotId, "RecoveryBot", RoleTypes.Bot);

    /// <summary>A reference for proactive messages to <paramref name="userId"/> in <paramref name="conversationId"/>.</summary>
    public static ConversationReference ReferenceFor(string conversationId, string userId) => new()
    {
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount(id: conversationId),
        User = new ChannelAccount(userId, role: RoleTypes.User),
        Bot = BotAccount(),
    };

    /// <summary>Runs one turn of <paramref name="callback"/> (usually <see cref="IBot.OnTurnAsync"/>) for <paramref name="activity"/>.</summary>
    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>The base class disposes the turn context as soon as the turn first awaits (it returns the pipeline's task
    /// from inside its <c>using</c>), so a proactive turn that reads state before it sends would fail; this one waits.
    /// The continuation has no id, so what it sends replies to nothing: Web Chat holds a message that replies to an
    /// activity it has not seen for five seconds, waiting for it.</remarks>
    public override async Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var continuation = reference.GetContinuationActivity();
        continuation.Id = null;
        using var context = new TurnContext(this, continuation);
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        var pending = new List<int>();
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            var conversationId = activity.Conversation?.Id ?? turnContext.Activity.Conversation.Id;
            switch (activity.Type)
            {
                case ActivityTypesEx.Delay:
                    await FlushAsync(conversationId, activities, pending, responses, cancellationToken).ConfigureAwait(false);
                    await Task.Delay(activity.Value is int ms ? ms : 1000, cancellationToken).ConfigureAwait(false);
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Trace:
                case ActivityTypesEx.InvokeResponse:
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Typing:
                    Stamp(activity, conversationId);
                    activity.Id = Guid.NewGuid().ToString("N");
                    _delivery.Push(conversationId, activity);
                    responses[i] = new ResourceResponse(activity.Id);
                    break;
                default:
                    Stamp(activity, conversationId);
                    pending.Add(i);
                    break;
            }
        }

        await FlushAsync(turnContext.Activity.Conversation.Id, activities, pending, responses, cancellationToken).ConfigureAwait(false);
        return responses;
    }

    /// <summary>Not supported by this channel: Web Chat shows what was sent.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The built-in Direct Line channel does not update sent activities.");

    /// <summary>Not supported by this channel.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The built-in Direct Line channel does not delete sent activities.");

    private static void Stamp(Activity activity, string conversationId)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = ServiceUrl;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From = BotAccount();
    }

    private async Task FlushAsync(string conversationId, Activity[] activities, List<int> pending, ResourceResponse[] responses, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var stored = await _delivery.AppendAsync(conversationId, pending.Select(i => activities[i]).ToList(), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The conversation no longer exists.");
        for (var j = 0; j < pending.Count; j++)
        {
            var id = (string?)stored[j]["id"];
            activities[pending[j]].Id = id;
            responses[pending[j]] = new ResourceResponse(id);
        }

        pending.Clear();
    }
}
