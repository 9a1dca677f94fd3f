using Microsoft.Bot.Builder;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>Start (<c>POST conversations</c>), reconnect (<c>GET conversations/{id}</c>) and delete a conversation.</summary>
public static class DirectLineConversationEndpoints
{
    /// <summary>
    /// Starts the token's conversation (201; 200 when it was already started) or, with the secret, a new one. The bot
    /// gets the members-added update before this answers, so the welcome is already in the log.
    /// </summary>
    public static async Task<IResult> StartAsync(
        HttpRequest request,
        DirectLineAuthenticator authenticator,
        DirectLineConversationService conversations,
        DirectLineConversationBuilder builder,
        IBot bot,
        IHostApplicationLifetime lifetime)
    {
        var caller = authenticator.Authenticate(request, out var error);
        if (caller is null)
        {
            return error!.ToResult();
        }

        var (body, bodyError) = await JsonRequestBody.ReadObjectAsync(request, JsonRequestBody.MaxSmallBodyBytes, required: false, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return bodyError!.ToResult();
        }

        var conversationId = caller.Token?.ConversationId ?? DirectLineTokenService.NewConversationId();
        var userId = caller.Token?.UserId
            ?? ((string?)body["user"]?["id"] is { Length: > 0 and <= 128 } named && named != DirectLineAdapter.BotId ? named : DirectLineTokenService.NewUserId());
        var locale = (string?)body["locale"];

        var created = await conversations.StartAsync(conversationId, userId, locale, bot, lifetime.ApplicationStopping).ConfigureAwait(false);
        var response = builder.WithStream(request, conversationId, userId, watermark: null);
        return created ? Results.Json(response, statusCode: StatusCodes.Status201Created) : Results.Json(response);
    }

    /// <summary>Reconnects: a fresh token and a stream URL that replays from <paramref name="watermark"/>.</summary>
    public static IResult Get(HttpContext context, string conversationId, string? watermark, DirectLineConversationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(builder);
        if (!DirectLineWatermark.TryParse(watermark, out _))
        {
            return DirectLineError.BadRequest("The watermark is not valid.").ToResult();
        }

        return Results.Json(builder.WithStream(context.Request, conversationId, DirectLineAccessFilter.Of(context).Record.UserId, watermark));
    }

    /// <summary>
    /// "Start over / delete my data" on the page (an extension of the protocol): erases what the bot keeps about this
    /// conversation and its user, as typing "delete my data" does, then deletes the Direct Line log itself.
    /// </summary>
    public static async Task<IResult> DeleteAsync(
        HttpContext context,
        string conversationId,
        DirectLineConversationStore store,
        DirectLineStreamHub hub,
        DirectLineAdapter adapter,
        RecoveryBot.Privacy.DataEraser eraser,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineConversationStore> logger)
    {
        var record = DirectLineAccessFilter.Of(context).Record;

        // The failure is caught inside the turn: left to the adapter, its error handler would apologise and the page would
        // be told the data was erased when it was not.
        Exception? failure = null;
        await adapter.ContinueConversationAsync(
            DirectLineAdapter.BotId,
            DirectLineAdapter.ReferenceFor(conversationId, record.UserId),
            async (turnContext, ct) =>
            {
                try
                {
                    await eraser.EraseAsync(turnContext, ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    failure = ex;
                }
            },
            lifetime.ApplicationStopping).ConfigureAwait(false);
        if (failure is not null)
        {
            logger.LogError("Erasing Direct Line conversation {ConversationId} failed: {ExceptionType}", conversationId, failure.GetType().FullName);
            return new DirectLineError(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Your data could not be erased just now. Please try again.").ToResult();
        }

        await store.DeleteAsync(conversationId, lifetime.ApplicationStopping).ConfigureAwait(false);
        hub.Close(conversationId);
        logger.LogInformation("Direct Line conversation {ConversationId} deleted", conversationId);
        return Results.NoContent();
    }
}
