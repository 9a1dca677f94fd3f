using RecoveryBot.Storage;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>Maps the Direct Line 3.0 routes under <c>/v3/directline</c>.</summary>
public static class DirectLineEndpointRouteBuilderExtensions
{
    /// <summary>The CORS policy of the routes (origins from <c>DirectLine:AllowedOrigins</c>).</summary>
    public const string CorsPolicy = "directline";

    /// <summary>Adds the middleware the channel needs (WebSockets, CORS, rate limiting) and maps its routes.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();

        var directLine = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        // The store away (locked, restarting): 503 with Retry-After, so the client waits and tries again, instead of a 500.
        directLine.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (StorageFailure.Is(ex) && !context.HttpContext.Response.HasStarted)
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<DirectLineError>()
                    .LogWarning("The store did not answer a Direct Line request: {StoreFailure}", StorageFailure.Describe(ex));
                context.HttpContext.Response.Headers.RetryAfter = ((int)StorageFailure.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return DirectLineError.Unavailable().ToResult();
            }
        });
        directLine.MapPost("/tokens/generate", DirectLineTokenEndpoints.GenerateAsync).RequireRateLimiting(DirectLineRateLimits.TokensPolicy);
        directLine.MapPost("/tokens/refresh", DirectLineTokenEndpoints.Refresh).RequireRateLimiting(DirectLineRateLimits.TokensPolicy);
        directLine.MapPost("/conversations", DirectLineConversationEndpoints.StartAsync);

        // Every route of one conversation checks the caller's credential first (401, 403, 404), in one filter.
        var conversation = directLine.MapGroup("/conversations/{conversationId}").AddEndpointFilter(new DirectLineAccessFilter(tokenInQuery: false));
        conversation.MapGet("", DirectLineConversationEndpoints.Get);
        conversation.MapDelete("", DirectLineConversationEndpoints.DeleteAsync);
        conversation.MapPost("/activities", DirectLineActivityEndpoints.PostAsync).RequireRateLimiting(DirectLineRateLimits.PostsPolicy);
        conversation.MapGet("/activities", DirectLineActivityEndpoints.GetAsync);
        directLine.Map("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.HandleAsync).AddEndpointFilter(new DirectLineAccessFilter(tokenInQuery: true));
        return app;
    }
}
