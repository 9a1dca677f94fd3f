using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>The framework rate limiter's policies for the channel: tokens per client IP, posts per conversation.</summary>
public static class DirectLineRateLimits
{
    /// <summary>The policy on <c>tokens/generate</c> and <c>tokens/refresh</c>, per client IP address.</summary>
    public const string TokensPolicy = "directline-tokens";

    /// <summary>The policy on posting activities, per conversation.</summary>
    public const string PostsPolicy = "directline-posts";

    /// <summary>Adds both policies; a rejected request gets 429 with <c>Retry-After</c> and the Direct Line error shape.</summary>
    public static IServiceCollection AddDirectLineRateLimits(this IServiceCollection services) => services.AddRateLimiter(limiter =>
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var response = rejected.HttpContext.Response;
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            response.StatusCode = StatusCodes.Status429TooManyRequests;
            await response.WriteAsJsonAsync(
                new { error = new { code = "TooManyRequests", message = "Too many requests; please wait a moment and try again." } },
                cancellationToken).ConfigureAwait(false);
        };

        limiter.AddPolicy(TokensPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            _ => PerMinute(Options(context).TokenRequestsPerMinute)));

        limiter.AddPolicy(PostsPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
            "conversation:" + (context.Request.RouteValues["conversationId"] as string ?? string.Empty),
            _ => PerMinute(Options(context).PostsPerMinute)));
    });

    private static DirectLineOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
