using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>
/// JSON for activities exactly as the Bot Framework SDK writes them (Newtonsoft, camelCase, nulls left out), which
/// is what DirectLineJS and Web Chat expect.
/// </summary>
public static class DirectLineJson
{
    /// <summary>The SDK's serializer for activities.</summary>
    public static readonly JsonSerializer Serializer = JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings);

    /// <summary>Converts a value to a JSON tree with the SDK's settings.</summary>
    public static JObject ToJObject(object value) => JObject.FromObject(value, Serializer);

    /// <summary>An <c>ActivitySet</c>: the activities and the watermark after them (left out when null).</summary>
    public static string ActivitySet(IEnumerable<JObject> activities, string? watermark)
    {
        var set = new JObject { ["activities"] = new JArray(activities) };
        if (watermark is not null)
        {
            set["watermark"] = watermark;
        }

        return set.ToString(Formatting.None);
    }

    /// <summary><paramref name="json"/>, already serialized, as a 200 response.</summary>
    public static IResult Result(string json) => Results.Text(json, "application/json; charset=utf-8");
}
