using System.Collections.Concurrent;
using System.Threading.Channels;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>Activities to push to a conversation's socket; <see cref="Watermark"/> is null for typing (not logged).</summary>
/// <param name="Activities">The activities, oldest first.</param>
/// <param name="Watermark">The watermark after them, or null when they are not in the log.</param>
public sealed record DirectLineStreamFrame(IReadOnlyList<JObject> Activities, string? Watermark);

/// <summary>One open socket's queue of frames. Ends when a newer socket for the same conversation takes over.</summary>
public sealed class DirectLineStreamSubscription
{
    private readonly Channel<DirectLineStreamFrame> _frames =
        Channel.CreateBounded<DirectLineStreamFrame>(new BoundedChannelOptions(1000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });

    internal DirectLineStreamSubscription(string conversationId) => ConversationId = conversationId;

    /// <summary>The conversation this socket listens to.</summary>
    public string ConversationId { get; }

    /// <summary>The frames, in order.</summary>
    public ChannelReader<DirectLineStreamFrame> Frames => _frames.Reader;

    /// <summary>Why the queue ended: <c>collision</c> (another socket took over) or <c>deleted</c>; null while open.</summary>
    public string? EndReason { get; private set; }

    // At most one pending nudge: several in a row need one look at the log.
    private readonly Channel<bool> _nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Signals that another instance appended to the log: the socket should look at it now.</summary>
    public ChannelReader<bool> Nudges => _nudges.Reader;

    internal void Push(DirectLineStreamFrame frame) => _frames.Writer.TryWrite(frame);

    internal void Nudge() => _nudges.Writer.TryWrite(true);

    internal void End(string reason)
    {
        EndReason ??= reason;
        _frames.Writer.TryComplete();
    }
}

/// <summary>
/// The in-process notifier between whoever appends to a conversation's log and that conversation's open WebSocket
/// (one app instance; one socket per conversation, the newest wins).
/// </summary>
public sealed class DirectLineStreamHub
{
    private readonly ConcurrentDictionary<string, DirectLineStreamSubscription> _subscriptions = new(StringComparer.Ordinal);

    /// <summary>Opens the queue for a new socket, ending the previous socket's queue with reason <c>collision</c>.</summary>
    public DirectLineStreamSubscription Subscribe(string conversationId)
    {
        var subscription = new DirectLineStreamSubscription(conversationId);
        DirectLineStreamSubscription? previous = null;
        _subscriptions.AddOrUpdate(conversationId, subscription, (_, existing) =>
        {
            previous = existing;
            return subscription;
        });
        previous?.End("collision");
        return subscription;
    }

    /// <summary>Removes <paramref name="subscription"/> when its socket closes (unless a newer one already replaced it).</summary>
    public void Unsubscribe(DirectLineStreamSubscription subscription)
    {
        _subscriptions.TryRemove(new KeyValuePair<string, DirectLineStreamSubscription>(subscription.ConversationId, subscription));
        subscription.End("closed");
    }

    /// <summary>Pushes <paramref name="frame"/> to the conversation's socket, if one is open.</summary>
    public void Publish(string conversationId, DirectLineStreamFrame frame)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscription))
        {
            subscription.Push(frame);
        }
    }

    /// <summary>Asks the conversation's socket, if one is open here, to look at the shared log now (another instance
    /// appended to it).</summary>
    public void Nudge(string conversationId)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscription))
        {
            subscription.Nudge();
        }
    }

    /// <summary>Closes the conversation's socket, if one is open (the conversation was deleted).</summary>
    public void Close(string conversationId)
    {
        if (_subscriptions.TryRemove(conversationId, out var subscription))
        {
            subscription.End("deleted");
        }
    }
}
