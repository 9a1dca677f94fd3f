using System.Text.Json;
using RecoveryBot.Channels;
using RecoveryBot.Channels.DirectLine;

namespace RecoveryBot;

/// <summary>
/// Checks the shape of a request to <c>/api/messages</c> before the adapter sees it, so malformed input gets a 4xx
/// with a plain explanation instead of a 500 or a silent drop. The body is read by <see cref="JsonRequestBody"/>, as the
/// Direct Line endpoints read theirs, and left rewound for the adapter.
/// </summary>
public static class ActivityRequestValidator
{
    /// <summary>The largest request body accepted (Direct Line caps an activity at about 256K characters).</summary>
    public const int MaxBodyBytes = 512 * 1024;

    /// <summary>Validates the request; on failure writes the error response and returns false.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>True when the adapter may process the request.</returns>
    public static async Task<bool> ValidateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var error = request.ContentLength > MaxBodyBytes ? DirectLineError.TooLarge("activity", MaxBodyBytes)
            : request.ContentType is { } contentType && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
                ? new DirectLineError(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Send the activity as application/json.")
                : null;
        if (error is null)
        {
            // The buffer's limit is above the reader's, so an oversized body is refused by the reader (413), not by the buffer.
            request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes + JsonRequestBody.ChunkBytes);
            var (document, readError) = await JsonRequestBody.ReadDocumentAsync(request, MaxBodyBytes, "activity", cancellationToken).ConfigureAwait(false);
            using (document)
            {
                error = readError ?? ProblemOf(document!.RootElement);
            }
        }

        if (error is not null)
        {
            await error.WriteAsync(context.Response).ConfigureAwait(false);
            return false;
        }

        request.Body.Position = 0;
        return true;
    }

    // What is wrong with the activity's shape, or null. Replies go to the service URL, so without a usable one the turn
    // could not answer anyway.
    private static DirectLineError? ProblemOf(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return DirectLineError.BadRequest("The body must be a JSON object (an activity).");
        }

        try
        {
            if (!activity.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(type.GetString()))
            {
                return DirectLineError.BadRequest("The activity has no \"type\".");
            }

            if (!activity.TryGetProperty("serviceUrl", out var serviceUrl) || serviceUrl.ValueKind != JsonValueKind.String
                || !Uri.TryCreate(serviceUrl.GetString(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return DirectLineError.BadRequest("The activity has no \"serviceUrl\" (an absolute http or https address).");
            }
        }
        catch (InvalidOperationException)
        {
            // A string the reader cannot turn into text, such as an escaped lone surrogate ("\ud800").
            return DirectLineError.BadRequest("The activity's \"type\" or \"serviceUrl\" is not valid text.");
        }

        return null;
    }
}
