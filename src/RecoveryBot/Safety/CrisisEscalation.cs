using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Safety;

/// <summary>Tells the configured on-call webhook that a crisis response was given: where, which kind, never what was said.</summary>
public sealed class CrisisEscalation(IHttpClientFactory httpClients, IOptions<SafetyOptions> options, TimeProvider timeProvider, ILogger<CrisisEscalation> logger)
{
    /// <summary>The named HTTP client used for the webhook.</summary>
    public const string HttpClientName = "crisis-escalation";

    /// <summary>Posts the notice; failures are logged and never reach the user.</summary>
    public async Task NotifyAsync(string channelId, string conversationId, CrisisAssessment assessment, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.EscalationWebhookUrl))
        {
            return;
        }

        var notice = new
        {
            // "text" is what a Teams incoming webhook shows.
            text = $"RecoveryBot gave a crisis response ({assessment.Category}) in {channelId} conversation {conversationId} at {timeProvider.GetUtcNow():u}.",
            channelId,
            conversationId,
            category = assessment.Category.ToString(),
            ruleId = assessment.RuleId,
        };
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName)
                .PostAsJsonAsync(options.Value.EscalationWebhookUrl, notice, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Crisis escalation webhook answered {StatusCode}", (int)response.StatusCode);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            logger.LogWarning("Crisis escalation webhook failed: {ExceptionType}", ex.GetType().FullName);
        }
    }
}
