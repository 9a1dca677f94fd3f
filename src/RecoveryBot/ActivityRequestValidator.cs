using System.Text.Json;

namespace RecoveryBot;

/// <summary>
/// Checks the shape of a request to <c>/api/messages</c> before the adapter sees it, so malformed input gets a 4xx
/// with a plain explanation instead of a 500 or a silent drop.
/// </summary>
public static class ActivityRequestValidator
{
    /// <summary>The largest request body accepted (Direct Line caps an activity at about 256K characters).</summary>
    public const long MaxBodyBytes = 512 * 1024;

    /// <summary>Validates the request; on failure writes the error response and returns false.</summary>
    public static async Task<bool> ValidateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The activity is larger than {MaxBodyBytes / 1024} KB.", cancellationToken);
            return false;
        }

        if (request.ContentType is { } contentType && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            await WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Send the activity as application/json.", cancellationToken);
            return false;
        }

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        string? problem;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
            problem = ProblemOf(document.RootElement);
        }
        catch (InvalidOperationException)
        {
            // A string the reader cannot turn into text, such as an escaped lone surrogate ("\ud800").
            problem = "The activity's \"type\" or \"serviceUrl\" is not valid text.";
        }
        catch (JsonException)
        {
            problem = request.Body.Position == 0 ? "The request body is empty." : "The request body is not valid JSON.";
        }
        catch (IOException)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The activity is larger than {MaxBodyBytes / 1024} KB.", cancellationToken);
            return false;
        }

        if (problem is not null)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "BadRequest", problem, cancellationToken);
            return false;
        }

        request.Body.Position = 0;
        return true;
    }

    // What is wrong with the activity's shape, or null. Replies go to the service URL, so without a usable one the turn
    // could not answer anyway.
    private static string? ProblemOf(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return "The body must be a JSON object (an activity).";
        }

        if (!activity.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(type.GetString()))
        {
            return "The activity has no \"type\".";
        }

        if (!activity.TryGetProperty("serviceUrl", out var serviceUrl) || serviceUrl.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(serviceUrl.GetString(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "The activity has no \"serviceUrl\" (an absolute http or https address).";
        }

        return null;
    }

    // The Direct Line error shape, { "error": { "code", "message" } }, which Bot Framework clients already understand.
    private static Task WriteErrorAsync(HttpContext context, int status, string code, string message, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = new { code, message } }, cancellationToken);
    }
}
