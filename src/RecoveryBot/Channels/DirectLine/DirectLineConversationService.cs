using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>The outcome of posting an activity: its id, or the error to answer with.</summary>
/// <param name="Id">The id given to the activity.</param>
/// <param name="Error">The error, when the activity was refused or the bot could not answer at all.</param>
public sealed record DirectLinePostResult(string? Id, DirectLineError? Error);

/// <summary>
/// What the channel does with the bot: starts conversations (sending the bot the members-added update, so the
/// welcome is waiting before the user types) and takes in the user's activities (echoed into the log, then given
/// to the bot).
/// </summary>
public sealed class DirectLineConversationService(
    DirectLineConversationStore store,
    DirectLineDelivery delivery,
    DirectLineAdapter adapter,
    TimeProvider time,
    ILogger<DirectLineConversationService> logger)
{
    /// <summary>
    /// Starts the conversation if it does not exist yet and tells the bot the user and the bot joined. Returns false
    /// when it already existed (nothing is sent again).
    /// </summary>
    public async Task<bool> StartAsync(string conversationId, string userId, string? locale, IBot bot, CancellationToken cancellationToken)
    {
        if (!await store.CreateAsync(conversationId, userId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        logger.LogInformation("Direct Line conversation {ConversationId} started", conversationId);
        var user = new ChannelAccount(userId, role: RoleTypes.User);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = DirectLineAdapter.ChannelId,
            ServiceUrl = DirectLineAdapter.ServiceUrl,
            Conversation = new ConversationAccount(id: conversationId),
            From = user,
            Recipient = DirectLineAdapter.BotAccount(),
            MembersAdded = [user, DirectLineAdapter.BotAccount()],
            Timestamp = time.GetUtcNow(),
            Locale = locale,
        };

        // The update goes to the bot only; clients never see conversationUpdate activities.
        await adapter.ProcessActivityAsync(update, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Takes in an activity the client posted: checks it, echoes it into the log, runs the bot's turn.</summary>
    public async Task<DirectLinePostResult> ReceiveAsync(string conversationId, DirectLineCaller caller, JObject body, IBot bot, CancellationToken cancellationToken)
    {
        Activity activity;
        try
        {
            activity = body.ToObject<Activity>(DirectLineJson.Serializer) ?? throw new JsonSerializationException();
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            return Refuse(DirectLineError.BadRequest("The body is not a valid activity."));
        }

        var problem = Check(activity, caller);
        if (problem is not null)
        {
            return Refuse(problem);
        }

        var record = await store.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return Refuse(DirectLineError.ConversationNotFound());
        }

        // Like the hosted Direct Line: the channel decides who is speaking, where and when.
        activity.From = new ChannelAccount(caller.Token?.UserId ?? activity.From!.Id, activity.From?.Name, RoleTypes.User);
        activity.Recipient = DirectLineAdapter.BotAccount();
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.ChannelId = DirectLineAdapter.ChannelId;
        activity.ServiceUrl = DirectLineAdapter.ServiceUrl;
        activity.Timestamp = time.GetUtcNow();
        activity.Id = null;

        if (activity.Type == ActivityTypes.Typing)
        {
            // Typing is never logged; the bot has no use for the user's typing either.
            return new DirectLinePostResult(Guid.NewGuid().ToString("N"), null);
        }

        // The echo keeps channelData (Web Chat's clientActivityID) and marks the message as sent in Web Chat.
        var echoed = await delivery.AppendAsync(conversationId, [activity], cancellationToken).ConfigureAwait(false);
        if (echoed is null)
        {
            return Refuse(DirectLineError.ConversationNotFound());
        }

        activity.Id = (string?)echoed[0]["id"];
        logger.LogInformation("Direct Line activity {ActivityId} of type {ActivityType} received", activity.Id, activity.Type);
        try
        {
            await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The turn failed and even the apology could not be delivered.
            logger.LogError("Direct Line turn for {ActivityId} could not be answered: {ExceptionType}", activity.Id, e.GetType().FullName);
            return new DirectLinePostResult(activity.Id, new DirectLineError(StatusCodes.Status502BadGateway, "BotError", "The bot could not answer this activity."));
        }

        return new DirectLinePostResult(activity.Id, null);
    }

    private static DirectLineError? Check(Activity activity, DirectLineCaller caller)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineError.BadRequest("The activity has no \"type\".");
        }

        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            return DirectLineError.BadRequest("Clients may not send conversationUpdate activities.");
        }

        if (activity.From?.Role is RoleTypes.Bot or RoleTypes.Skill
            || string.Equals(activity.From?.Id, DirectLineAdapter.BotId, StringComparison.OrdinalIgnoreCase))
        {
            return DirectLineError.BadRequest("Activities may not claim to come from the bot.");
        }

        if (caller.IsSecret && string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return DirectLineError.BadRequest("The activity has no \"from.id\".");
        }

        return null;
    }

    private static DirectLinePostResult Refuse(DirectLineError error) => new(null, error);
}
