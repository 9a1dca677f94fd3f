using Microsoft.Extensions.Options;

namespace RecoveryBot.Channels.DirectLine;

/// <summary><c>POST tokens/generate</c> and <c>POST tokens/refresh</c>.</summary>
public static class DirectLineTokenEndpoints
{
    /// <summary>
    /// Generates a token for a new conversation (anonymously when allowed, else with the secret), or, given the
    /// body <c>{"resumeToken": "..."}</c>, a fresh token for the existing conversation that credential was issued for.
    /// </summary>
    public static async Task<IResult> GenerateAsync(
        HttpRequest request,
        DirectLineAuthenticator authenticator,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        DirectLineConversationBuilder builder,
        IOptions<DirectLineOptions> options)
    {
        var bearer = DirectLineAuthenticator.ReadBearer(request);
        var isSecret = bearer is not null && authenticator.IsSecret(bearer);
        if (!isSecret && !options.Value.AllowAnonymousTokens)
        {
            return DirectLineError.Unauthorized("Token generation needs \"Authorization: Bearer <secret>\".").ToResult();
        }

        var (body, error) = await JsonRequestBody.ReadObjectAsync(request, JsonRequestBody.MaxSmallBodyBytes, required: false, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return error!.ToResult();
        }

        if (body["resumeToken"] is { } resumeValue)
        {
            var claims = tokens.ReadResumeCredential(resumeValue.ToString(), out error);
            if (claims is null)
            {
                return error!.ToResult();
            }

            if (await store.GetAsync(claims.ConversationId, request.HttpContext.RequestAborted).ConfigureAwait(false) is null)
            {
                return DirectLineError.ConversationNotFound().ToResult();
            }

            return Results.Json(builder.TokenOnly(claims.ConversationId, claims.UserId, withResume: true));
        }

        // Anonymous callers always get a user id chosen here; the secret holder may name one (with the reserved dl_ prefix).
        var userId = DirectLineTokenService.NewUserId();
        if (isSecret && (string?)body["user"]?["id"] is { Length: > 0 } requested)
        {
            if (!requested.StartsWith("dl_", StringComparison.Ordinal) || requested.Length > 128)
            {
                return DirectLineError.BadRequest("A user id in a token must start with \"dl_\" (at most 128 characters).").ToResult();
            }

            userId = requested;
        }

        return Results.Json(builder.TokenOnly(DirectLineTokenService.NewConversationId(), userId, withResume: true));
    }

    /// <summary>Exchanges a still-valid token for a new one for the same conversation and user.</summary>
    public static IResult Refresh(HttpRequest request, DirectLineAuthenticator authenticator, DirectLineConversationBuilder builder)
    {
        var caller = authenticator.Authenticate(request, out var error);
        if (caller is null)
        {
            return error!.ToResult();
        }

        if (caller.Token is not { } claims)
        {
            return DirectLineError.BadRequest("Only a token can be refreshed, not the secret.").ToResult();
        }

        return Results.Json(builder.TokenOnly(claims.ConversationId, claims.UserId, withResume: false));
    }
}
