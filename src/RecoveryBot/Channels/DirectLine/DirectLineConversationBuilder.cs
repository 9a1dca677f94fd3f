namespace RecoveryBot.Channels.DirectLine;

/// <summary>Builds the Direct Line <c>Conversation</c> objects the endpoints answer with.</summary>
public sealed class DirectLineConversationBuilder(DirectLineTokenService tokens)
{
    /// <summary>
    /// A conversation with a fresh token and a <c>streamUrl</c> pointing back at this server (ws, or wss behind
    /// HTTPS): the official clients take the socket address only from here.
    /// </summary>
    public object WithStream(HttpRequest request, string conversationId, string userId, string? watermark)
    {
        var token = tokens.IssueToken(conversationId, userId);
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        if (!string.IsNullOrEmpty(watermark))
        {
            streamUrl += "&watermark=" + Uri.EscapeDataString(watermark);
        }

        return new { conversationId, token, expires_in = tokens.ExpiresInSeconds, streamUrl };
    }

    /// <summary>A conversation token without a stream (token generation and refresh), optionally with a resume credential.</summary>
    public object TokenOnly(string conversationId, string userId, bool withResume) => withResume
        ? new { conversationId, token = tokens.IssueToken(conversationId, userId), expires_in = tokens.ExpiresInSeconds, resumeToken = tokens.IssueResumeCredential(conversationId, userId) }
        : new { conversationId, token = tokens.IssueToken(conversationId, userId), expires_in = tokens.ExpiresInSeconds };
}
