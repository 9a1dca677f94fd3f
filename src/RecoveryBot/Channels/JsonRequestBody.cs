using System.Text.Json;
using Newtonsoft.Json.Linq;
using RecoveryBot.Channels.DirectLine;

namespace RecoveryBot.Channels;

/// <summary>
/// Reads a request body as one JSON object with a size limit, for <c>/api/messages</c> and the Direct Line endpoints
/// alike, turning problems into errors in the Direct Line shape (400, 413) that Bot Framework clients understand.
/// The body must be strict JSON (no comments, trailing commas, single quotes or content after the object).
/// </summary>
public static class JsonRequestBody
{
    /// <summary>The largest Direct Line activity accepted, as the hosted Direct Line (about 256K characters).</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>The largest body of the other Direct Line requests (token parameters).</summary>
    public const int MaxSmallBodyBytes = 16 * 1024;

    /// <summary>How much is read at a time; a buffered body's limit must leave room for one read past the maximum.</summary>
    public const int ChunkBytes = 16 * 1024;

    private const int MaxDepth = 64;

    /// <summary>
    /// Reads the body as a JSON object. An empty body gives an empty object when <paramref name="required"/> is false.
    /// On failure the body is null and the error says why; the messages never quote the body.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="maxBytes">The largest body accepted.</param>
    /// <param name="required">Whether an empty body is an error.</param>
    /// <param name="bodyName">What the body is called in the errors ("request body", "activity").</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The object, or the error to answer with.</returns>
    public static async Task<(JObject? Body, DirectLineError? Error)> ReadObjectAsync(
        HttpRequest request, int maxBytes, bool required, string bodyName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentException.ThrowIfNullOrWhiteSpace(bodyName);
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineError.TooLarge(bodyName, maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, DirectLineError.TooLarge(bodyName, maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty)
        {
            return required ? (null, DirectLineError.BadRequest("The request body is empty.")) : (new JObject(), null);
        }

        try
        {
            // Strict first (as System.Text.Json reads), then into the Newtonsoft object the Bot Framework types are read from.
            var strict = new Utf8JsonReader(bytes.Span, new JsonReaderOptions { MaxDepth = MaxDepth });
            while (strict.Read())
            {
            }

            using var text = new StreamReader(new MemoryStream(bytes.ToArray(), writable: false));
            using var json = new Newtonsoft.Json.JsonTextReader(text) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None, MaxDepth = MaxDepth };
            return JToken.ReadFrom(json) is JObject body
                ? (body, null)
                : (null, DirectLineError.BadRequest("The body must be a JSON object."));
        }
        catch (Exception ex) when (ex is JsonException or Newtonsoft.Json.JsonException)
        {
            return (null, DirectLineError.BadRequest("The request body is not valid JSON."));
        }
    }
}
