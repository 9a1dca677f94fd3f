using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>Reads a JSON object body with a size limit, turning problems into Direct Line errors (400, 413).</summary>
public static class DirectLineRequestBody
{
    /// <summary>The largest activity accepted, as the hosted Direct Line (about 256K characters).</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>The largest body of the other requests (token parameters).</summary>
    public const int MaxSmallBodyBytes = 16 * 1024;

    /// <summary>
    /// Reads the body as a JSON object. An empty body gives an empty object when <paramref name="required"/> is false.
    /// On failure the body is null and the error says why.
    /// </summary>
    public static async Task<(JObject? Body, DirectLineError? Error)> ReadAsync(HttpRequest request, int maxBytes, bool required)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineError.TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, DirectLineError.TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
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
