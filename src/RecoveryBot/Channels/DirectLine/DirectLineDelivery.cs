using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>Delivers activities to the client: logged ones into storage and onto the socket, typing onto the socket only.</summary>
public sealed class DirectLineDelivery(DirectLineConversationStore store, DirectLineStreamHub hub, DirectLineLogSignal signal)
{
    /// <summary>Logs <paramref name="activities"/> and pushes them to the open socket (here, and through the signal on other
    /// instances); null when the conversation is gone.</summary>
    public async Task<IReadOnlyList<JObject>?> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var stored = await store.AppendAsync(conversationId, activities, cancellationToken).ConfigureAwait(false);
        if (stored is { Count: > 0 })
        {
            var watermark = DirectLineConversationRecord.SequenceOf(stored[^1]).ToString(System.Globalization.CultureInfo.InvariantCulture);
            hub.Publish(conversationId, new DirectLineStreamFrame(stored, watermark));
            await signal.AppendedAsync(conversationId).ConfigureAwait(false);
        }

        return stored;
    }

    /// <summary>Pushes an activity that is not kept (typing) to the open socket.</summary>
    public void Push(string conversationId, Activity activity) =>
        hub.Publish(conversationId, new DirectLineStreamFrame([DirectLineJson.ToJObject(activity)], Watermark: null));
}
