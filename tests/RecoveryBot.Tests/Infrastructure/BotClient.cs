using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>Talks to <c>/api/messages</c> the way a channel does, asking for the replies in the HTTP response.</summary>
public sealed class BotClient(HttpClient http, string conversationId = "conversation-1", string userId = "user-1", string channelId = "emulator")
{
    public string ConversationId { get; } = conversationId;

    public string UserId { get; } = userId;

    public string ChannelId { get; } = channelId;

    /// <summary>Applied to every activity before it is sent, e.g. to set localTimezone or serviceUrl.</summary>
    public Action<Activity>? Configure { get; set; }

    public Task<IReadOnlyList<Activity>> JoinAsync() => SendAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount(UserId, "User"), new ChannelAccount("bot", "RecoveryBot")],
    });

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => SendAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        Configure?.Invoke(activity);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        activity.ChannelId ??= ChannelId;
        activity.ServiceUrl ??= "http://localhost:1/";
        activity.Conversation ??= new ConversationAccount(id: ConversationId);
        activity.From ??= new ChannelAccount(UserId, "User");
        activity.Recipient ??= new ChannelAccount("bot", "RecoveryBot");
        activity.Id ??= Guid.NewGuid().ToString("N");
        activity.Timestamp ??= DateTimeOffset.UtcNow;

        using var response = await PostRawAsync(JsonConvert.SerializeObject(activity));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        var replies = JObject.Parse(body)["activities"]?.ToObject<List<Activity>>() ?? [];
        return replies.Where(a => a.Type == ActivityTypes.Message).ToList();
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json") =>
        http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, contentType));
}
