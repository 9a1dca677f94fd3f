using Microsoft.Extensions.Http.Resilience;

namespace RecoveryBot.Channels;

/// <summary>
/// How the Bot Connector client (the SDK takes the app's default <see cref="HttpClient"/>) rides out a connector having a
/// bad moment: up to three more tries on 5xx, 408, 429 or a dropped connection, with exponential backoff from half a
/// second (or the connector's own Retry-After), each try limited to 10 seconds and the whole send to 25, so a check-in
/// round's own limit (<c>CheckIns:SendTimeout</c>, 30 seconds) still holds. A connector that stays down fails the send,
/// which the turn's error handler and the check-in sender already handle.
/// </summary>
public static class ConnectorRetries
{
    /// <summary>Sets the retry, attempt and total limits on the standard resilience pipeline.</summary>
    /// <param name="options">The pipeline's options.</param>
    public static void Configure(HttpStandardResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.MaxRetryAttempts = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(25);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(20);
    }
}
