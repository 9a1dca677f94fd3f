using System.Text.Json;
using Newtonsoft.Json.Linq;
using RecoveryBot.Channels.DirectLine;

namespace RecoveryBot.Channels;

/// <summary>
/// Reads a request body as strict JSON (no comments, trailing commas, single quotes or content after the value) with a
/// size limit, for <c>/api/messages</c> and the Direct Line endpoints alike, turning problems into errors in the Direct
/// Line shape (400, 413) that Bot Framework clients understand. The messages never quote the body.
/// </summary>
public static class JsonRequestBody
{
    /// <summary>The largest Direct Line activity accepted, as the hosted Direct Line (about 256K characters).</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>The largest body of the other Direct Line requests (token parameters).</summary>
    public const int MaxSmallBodyBytes = 16 * 1024;

    /// <summary>How much is read at a time; a buffered body's limit must leave room for one read past the maximum.</summary>
    public const int ChunkBytes = 16 * 1024;

    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = 64 };

    /// <summary>
    /// Reads the body as a JSON document (any value). On failure the document is null and the error says why: over the
    /// limit (413, "The {bodyName} is larger than..."), empty or not JSON (400). The caller disposes the document.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="maxBytes">The largest body accepted.</param>
    /// <param name="bodyName">What the body is called in the size error ("request body", "activity").</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The document, or the error to answer with.</returns>
    public static async Task<(JsonDocument? Document, DirectLineError? Error)> ReadDocumentAsync(
        HttpRequest request, int maxBytes, string bodyName, CancellationToken cancellationToken)
    {
        var (bytes, error) = await ReadBytesAsync(request, maxBytes, bodyName, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        if (bytes.Count == 0)
        {
            return (null, DirectLineError.BadRequest("The request body is empty."));
        }

        try
        {
            return (JsonDocument.Parse(bytes.AsMemory(), Strict), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineError.BadRequest("The request body is not valid JSON."));
        }
    }

    /// <summary>
    /// Reads the body as a JSON object, as the Bot Framework types are read from. An empty body gives an empty object
    /// when <paramref name="required"/> is false. On failure the body is null and the error says why.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="maxBytes">The largest body accepted.</param>
    /// <param name="required">Whether an empty body is an error.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The object, or the error to answer with.</returns>
    public static async Task<(JObject? Body, DirectLineError? Error)> ReadObjectAsync(HttpRequest request, int maxBytes, bool required, CancellationToken cancellationToken)
    {
        var (bytes, error) = await ReadBytesAsync(request, maxBytes, "request body", cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        if (bytes.Count == 0)
        {
            return required ? (null, DirectLineError.BadRequest("The request body is empty.")) : (new JObject(), null);
        }

        try
        {
            // Strict first (System.Text.Json's reader), then into the Newtonsoft object the Bot Framework types read.
            var strict = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = Strict.MaxDepth });
            while (strict.Read())
            {
            }

            using var text = new StreamReader(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false));
            using var json = new Newtonsoft.Json.JsonTextReader(text) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None, MaxDepth = Strict.MaxDepth };
            return JToken.ReadFrom(json) is JObject body ? (body, null) : (null, DirectLineError.BadRequest("The body must be a JSON object."));
        }
        catch (Exception ex) when (ex is JsonException or Newtonsoft.Json.JsonException)
        {
            return (null, DirectLineError.BadRequest("The request body is not valid JSON."));
        }
    }

    // The body's bytes without a UTF-8 byte order mark, or the size error.
    private static async Task<(ArraySegment<byte> Bytes, DirectLineError? Error)> ReadBytesAsync(
        HttpRequest request, int maxBytes, string bodyName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentException.ThrowIfNullOrWhiteSpace(bodyName);
        if (request.ContentLength > maxBytes)
        {
            return (default, DirectLineError.TooLarge(bodyName, maxBytes));
        }

        var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (default, DirectLineError.TooLarge(bodyName, maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        return (bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes, null);
    }
}
