namespace RecoveryBot.Channels.DirectLine;

/// <summary>A Direct Line error: an HTTP status and a stable code, written as <c>{"error":{"code","message"}}</c>.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Code">The stable error code clients can switch on.</param>
/// <param name="Message">A human-readable explanation (never quotes user text).</param>
public sealed record DirectLineError(int Status, string Code, string Message)
{
    /// <summary>401: no credentials, or credentials that are not ours.</summary>
    public static DirectLineError Unauthorized(string message) => new(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    /// <summary>403: the token has run out.</summary>
    public static DirectLineError TokenExpired() => new(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    /// <summary>403: a valid credential that does not cover this request.</summary>
    public static DirectLineError Forbidden(string message) => new(StatusCodes.Status403Forbidden, "Forbidden", message);

    /// <summary>404: no such conversation.</summary>
    public static DirectLineError ConversationNotFound() => new(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist.");

    /// <summary>400: the request is malformed.</summary>
    public static DirectLineError BadRequest(string message) => new(StatusCodes.Status400BadRequest, "BadRequest", message);

    /// <summary>503: the state store is not answering; the caller should try again after <c>Retry-After</c>.</summary>
    public static DirectLineError Unavailable() =>
        new(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The bot cannot save right now. Please try again in a moment.");

    /// <summary>413: the body is over the limit; <paramref name="bodyName"/> says what it is ("request body", "activity").</summary>
    public static DirectLineError TooLarge(string bodyName, int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The {bodyName} is larger than {maxBytes / 1024} KB.");

    /// <summary>Writes the error as the response.</summary>
    public Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = Status;
        return response.WriteAsJsonAsync(new { error = new { code = Code, message = Message } });
    }

    /// <summary>The error as a minimal API result.</summary>
    public IResult ToResult() => Results.Json(new { error = new { code = Code, message = Message } }, statusCode: Status);
}
