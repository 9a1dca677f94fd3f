using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RecoveryBot.Channels.DirectLine;

namespace RecoveryBot.Channels;

/// <summary>
/// Reads a request body as one JSON object with a size limit, for <c>/api/messages</c> and the Direct Line endpoints
/// alike, turning problems into errors in the Direct Line shape (400, 413) that Bot Framework clients understand.
/// </summary>
public static class JsonRequestBody
{
    /// <summary>The largest Direct Line activity accepted, as the hosted Direct Line (about 256K characters).</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>The largest body of the other Direct Line requests (token parameters).</summary>
    public const int MaxSmallBodyBytes = 16 * 1024;

    /// <summary>
    /// Reads the body as a JSON object. An empty body gives an empty object when <paramref name="required"/> is false.
    /// On failure the body is null and the error says why; the messages never quote the body.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="maxBytes">The largest body accepted.</param>
    /// <param name="required">Whether an empty body is an error.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The object, or the error to answer with.</returns>
    public static async Task<(JObject? Body, DirectLineError? Error)> ReadObjectAsync(HttpRequest request, int maxBytes, bool required, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineError.TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, DirectLineError.TooLarge(maxBytes));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // A buffered body (EnableBuffering) over its limit.
            return (null, DirectLineError.TooLarge(maxBytes));
        }

        if (buffer.Length == 0)
        {
            return required ? (null, DirectLineError.BadRequest("The request body is empty.")) : (new JObject(), null);
        }

        try
        {
            buffer.Position = 0;
            using var text = new StreamReader(buffer);
            using var json = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            var token = JToken.ReadFrom(json);
            return token is JObject body
                ? (body, null)
                : (null, DirectLineError.BadRequest("The body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, DirectLineError.BadRequest("The request body is not valid JSON."));
        }
    }
}
