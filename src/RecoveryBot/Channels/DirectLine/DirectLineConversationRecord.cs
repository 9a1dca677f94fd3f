using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>
/// One Direct Line conversation as stored in <see cref="IStorage"/>: who it belongs to and its activity log (the
/// newest <see cref="DirectLineOptions.MaxLogActivities"/> activities, in order).
/// </summary>
public sealed class DirectLineConversationRecord : IStoreItem
{
    /// <summary>The conversation id.</summary>
    [JsonProperty("conversationId")]
    public string ConversationId { get; set; } = string.Empty;

    /// <summary>The user the conversation was started for.</summary>
    [JsonProperty("userId")]
    public string UserId { get; set; } = string.Empty;

    /// <summary>When the conversation was started.</summary>
    [JsonProperty("createdAt")]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The sequence number the next activity gets; never goes down, so watermarks stay monotonic.</summary>
    [JsonProperty("nextSequence")]
    public long NextSequence { get; set; }

    /// <summary>The kept activities, as the SDK serializes them.</summary>
    [JsonProperty("activities")]
    public List<JObject> Activities { get; set; } = [];

    /// <inheritdoc/>
    [JsonProperty("eTag")]
    public string? ETag { get; set; }

    /// <summary>
    /// The storage key of conversation <paramref name="conversationId"/>. Not <c>directline/conversations/{id}</c>:
    /// that is where the SDK's <c>ConversationState</c> keeps the bot's state for this channel.
    /// </summary>
    public static string KeyFor(string conversationId) => "directline/log/" + conversationId;

    /// <summary>The activity id for sequence number <paramref name="sequence"/>, like <c>abc|0000012</c>.</summary>
    public static string ActivityId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>The sequence number in an activity id made by <see cref="ActivityId"/>, or -1.</summary>
    public static long SequenceOf(JObject activity)
    {
        var id = (string?)activity["id"];
        var bar = id?.LastIndexOf('|') ?? -1;
        return bar >= 0 && long.TryParse(id.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : -1;
    }

    /// <summary>The watermark after the newest activity ever logged (empty before the first).</summary>
    [JsonIgnore]
    public string Watermark => NextSequence == 0 ? string.Empty : (NextSequence - 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The kept activities after <paramref name="watermark"/> (-1 for all), oldest first.</summary>
    public IReadOnlyList<JObject> After(long watermark) => Activities.Where(a => SequenceOf(a) > watermark).ToList();
}
