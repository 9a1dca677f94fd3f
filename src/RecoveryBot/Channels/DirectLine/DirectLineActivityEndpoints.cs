using Microsoft.Bot.Builder;

namespace RecoveryBot.Channels.DirectLine;

/// <summary><c>POST</c> and <c>GET conversations/{id}/activities</c>, behind <see cref="DirectLineAccessFilter"/>.</summary>
public static class DirectLineActivityEndpoints
{
    /// <summary>Posts one activity; answers <c>{"id": ...}</c> once the bot's turn is done.</summary>
    public static async Task<IResult> PostAsync(
        HttpContext context,
        string conversationId,
        DirectLineConversationService conversations,
        IBot bot,
        IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = DirectLineAccessFilter.Of(context).Caller;
        var (body, bodyError) = await JsonRequestBody.ReadObjectAsync(context.Request, JsonRequestBody.MaxActivityBytes, required: true, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return bodyError!.ToResult();
        }

        // The turn runs to the end even if the page goes away: stopping halfway would leave state half-written.
        var result = await conversations.ReceiveAsync(conversationId, caller, body, bot, lifetime.ApplicationStopping).ConfigureAwait(false);
        return result.Error is not null ? result.Error.ToResult() : Results.Json(new { id = result.Id });
    }

    /// <summary>The activities after <paramref name="watermark"/>, the user's own included, as an <c>ActivitySet</c>.</summary>
    public static async Task<IResult> GetAsync(HttpContext context, string conversationId, string? watermark, DirectLineConversationStore store)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!DirectLineWatermark.TryParse(watermark, out var after))
        {
            return DirectLineError.BadRequest("The watermark is not valid.").ToResult();
        }

        if (await store.ReadAfterAsync(conversationId, after, context.RequestAborted).ConfigureAwait(false) is not { } log)
        {
            return DirectLineError.ConversationNotFound().ToResult();
        }

        var next = log.Watermark.Length == 0 ? watermark ?? string.Empty : log.Watermark;
        return DirectLineJson.Result(DirectLineJson.ActivitySet(log.Activities, next));
    }
}
