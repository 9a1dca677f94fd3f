namespace RecoveryBot.Channels.DirectLine;

/// <summary>The common check of the conversation routes: a valid credential for this conversation, which exists.</summary>
public static class DirectLineAccess
{
    /// <summary>Returns the conversation, or the error to answer with (401, 403, 404), checking in that order.</summary>
    public static async Task<(DirectLineCaller? Caller, DirectLineConversationRecord? Record, DirectLineError? Error)> OpenAsync(
        HttpRequest request,
        string conversationId,
        DirectLineAuthenticator authenticator,
        DirectLineConversationStore store,
        string? queryToken = null)
    {
        var caller = authenticator.Authenticate(request, out var error, queryToken);
        if (caller is null)
        {
            return (null, null, error);
        }

        if (caller.CheckConversation(conversationId) is { } forbidden)
        {
            return (caller, null, forbidden);
        }

        var record = await store.GetAsync(conversationId, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return record is null ? (caller, null, DirectLineError.ConversationNotFound()) : (caller, record, null);
    }
}
