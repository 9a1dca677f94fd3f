using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Tests.Channels.DirectLine;

/// <summary>Direct Line 3.0 calls, as a page makes them, over any <see cref="HttpClient"/> (an in-memory host or a real process).</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<JObject> GenerateAsync(object? body = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null, body);
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    /// <summary>Generates a token and starts its conversation; returns (conversationId, token).</summary>
    public async Task<(string ConversationId, string Token)> StartAsync()
    {
        var generated = await GenerateAsync();
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)generated["token"]!);
        var started = await ExpectAsync(response, HttpStatusCode.Created);
        return ((string)started["conversationId"]!, (string)started["token"]!);
    }

    public async Task<JObject> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var query = watermark is null ? string.Empty : "?watermark=" + Uri.EscapeDataString(watermark);
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities{query}", token);
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    public async Task<string> SayAsync(string conversationId, string token, string text, string clientActivityId = "c1")
    {
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new
        {
            type = "message",
            text,
            from = new { id = "anyone", name = "Me" },
            channelId = "webchat",
            channelData = new { clientActivityID = clientActivityId },
        });
        return (string)(await ExpectAsync(response, HttpStatusCode.OK))["id"]!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null) =>
        SendRawAsync(method, path, token, body is null ? null : JObject.FromObject(body).ToString());

    public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, string? token, string? json)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return Http.SendAsync(request);
    }

    public static async Task<JObject> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? new JObject() : JObject.Parse(body);
    }

    /// <summary>Asserts the Direct Line error shape with <paramref name="status"/> and <paramref name="code"/>.</summary>
    public static async Task ExpectErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await ExpectAsync(response, status);
        Assert.Equal(code, (string?)body["error"]?["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["error"]?["message"]));
    }

}
