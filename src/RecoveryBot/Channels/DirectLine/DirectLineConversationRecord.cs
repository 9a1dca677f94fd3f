using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>
/// One Direct Line conversation as stored in <see cref="IStorage"/>: who it belongs to and where its activity log's pages
/// are (<see cref="DirectLineConversationStore"/>).
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

    /// <summary>The oldest page kept.</summary>
    [JsonProperty("firstPage")]
    public long FirstPage { get; set; }

    /// <summary>The newest page known to have been written to (a page after it may exist if an append stopped half-way).</summary>
    [JsonProperty("lastPage")]
    public long LastPage { get; set; }

    /// <summary>The newest sequence number known to have been given out (-1 before the first); never goes down, so
    /// watermarks stay monotonic.</summary>
    [JsonProperty("lastSequence")]
    public long LastSequence { get; set; } = -1;

    /// <summary>The day the record was last written, so a conversation in use is written at least daily (retention).</summary>
    [JsonProperty("touchedOn")]
    public DateOnly? TouchedOn { get; set; }

    /// <summary>Before 2026-11-30: the sequence number the next activity would get (read once, to move the log into pages).</summary>
    [JsonProperty("nextSequence", DefaultValueHandling = DefaultValueHandling.Ignore)]
    public long NextSequence { get; set; }

    /// <summary>Before 2026-11-30: the kept activities, held in the record itself (read once, to move them into pages).</summary>
    [JsonProperty("activities", NullValueHandling = NullValueHandling.Ignore)]
    public List<JObject>? Activities { get; set; }

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
}
