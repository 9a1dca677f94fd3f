using Microsoft.Bot.Builder;

namespace RecoveryBot.Channels.DirectLine;

/// <summary><c>POST</c> and <c>GET conversations/{id}/activities</c>.</summary>
public static class DirectLineActivityEndpoints
{
    /// <summary>Posts one activity; answers <c>{"id": ...}</c> once the bot's turn is done.</summary>
    public static async Task PostAsync(
        HttpContext context,
        string conversationId,
        DirectLineAuthenticator authenticator,
        DirectLineConversationStore store,
        DirectLineConversationService conversations,
        IBot bot,
        IHostApplicationLifetime lifetime)
    {
        var request = context.Request;
        var (caller, record, error) = await DirectLineAccess.OpenAsync(request, conversationId, authenticator, store).ConfigureAwait(false);
        if (record is null)
        {
            await error!.WriteAsync(context.Response).ConfigureAwait(false);
            return;
        }

        var (body, bodyError) = await JsonRequestBody.ReadObjectAsync(request, JsonRequestBody.MaxActivityBytes, required: true, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await bodyError!.WriteAsync(context.Response).ConfigureAwait(false);
            return;
        }

        // The turn runs to the end even if the page goes away: stopping halfway would leave state half-written.
        var result = await conversations.ReceiveAsync(conversationId, caller!, body, bot, lifetime.ApplicationStopping).ConfigureAwait(false);
        if (result.Error is not null)
        {
            await result.Error.WriteAsync(context.Response).ConfigureAwait(false);
            return;
        }

        await context.Response.WriteAsJsonAsync(new { id = result.Id }, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The activities after <paramref name="watermark"/>, the user's own included, as an <c>ActivitySet</c>.</summary>
    public static async Task GetAsync(
        HttpContext context,
        string conversationId,
        string? watermark,
        DirectLineAuthenticator authenticator,
        DirectLineConversationStore store)
    {
        var (_, record, error) = await DirectLineAccess.OpenAsync(context.Request, conversationId, authenticator, store).ConfigureAwait(false);
        if (record is null)
        {
            await error!.WriteAsync(context.Response).ConfigureAwait(false);
            return;
        }

        if (!DirectLineWatermark.TryParse(watermark, out var after))
        {
            await DirectLineError.BadRequest("The watermark is not valid.").WriteAsync(context.Response).ConfigureAwait(false);
            return;
        }

        if (await store.ReadAfterAsync(conversationId, after, context.RequestAborted).ConfigureAwait(false) is not { } log)
        {
            await DirectLineError.ConversationNotFound().WriteAsync(context.Response).ConfigureAwait(false);
            return;
        }

        var next = log.Watermark.Length == 0 ? watermark ?? string.Empty : log.Watermark;
        await DirectLineJson.WriteAsync(context.Response, StatusCodes.Status200OK, DirectLineJson.ActivitySet(log.Activities, next)).ConfigureAwait(false);
    }
}
