namespace RecoveryBot.Channels.DirectLine;

/// <summary>
/// The common check of the routes under <c>conversations/{conversationId}</c>, as one endpoint filter: a valid
/// credential for this conversation, which exists. It answers 401, 403 or 404, checked in that order, before the
/// endpoint reads a body (the endpoints read their bodies themselves: a bound body parameter would be read before any
/// filter runs); the endpoint takes what it found from <see cref="Of"/>.
/// </summary>
/// <param name="tokenInQuery">True for the WebSocket, which a browser cannot give a header: the token is <c>?t=</c>.</param>
public sealed class DirectLineAccessFilter(bool tokenInQuery) : IEndpointFilter
{
    private static readonly object Key = new();

    /// <summary>The conversation the filter opened for this request.</summary>
    /// <exception cref="InvalidOperationException">The route has no <see cref="DirectLineAccessFilter"/>.</exception>
    public static DirectLineOpenConversation Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[Key] as DirectLineOpenConversation
            ?? throw new InvalidOperationException("The route is mapped without the Direct Line access filter.");
    }

    /// <inheritdoc/>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var conversationId = http.Request.RouteValues["conversationId"] as string ?? "";
        var authenticator = http.RequestServices.GetRequiredService<DirectLineAuthenticator>();
        var caller = authenticator.Authenticate(http.Request, out var error, tokenInQuery ? (string?)http.Request.Query["t"] : null);
        if (caller is null)
        {
            return error!.ToResult();
        }

        if (caller.CheckConversation(conversationId) is { } forbidden)
        {
            return forbidden.ToResult();
        }

        var store = http.RequestServices.GetRequiredService<DirectLineConversationStore>();
        if (await store.GetAsync(conversationId, http.RequestAborted).ConfigureAwait(false) is not { } record)
        {
            return DirectLineError.ConversationNotFound().ToResult();
        }

        http.Items[Key] = new DirectLineOpenConversation(caller, record);
        return await next(context).ConfigureAwait(false);
    }
}
