using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>
/// <c>GET conversations/{id}/stream?t=&lt;token&gt;&amp;watermark=</c>: the WebSocket. It first replays the logged
/// activities after the watermark, then pushes each new one as an <c>ActivitySet</c> frame, with an empty frame as a
/// keep-alive when nothing happened for a while. Frames from the client (DirectLineJS pings with empty ones) are read
/// and ignored. A newer socket for the same conversation closes this one with the reason <c>collision</c>.
/// </summary>
public static class DirectLineStreamEndpoint
{
    /// <summary>Handles the request, behind <see cref="DirectLineAccessFilter"/> (which reads the token <c>t</c>).</summary>
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        string conversationId,
        string? watermark,
        DirectLineConversationStore store,
        DirectLineStreamHub hub,
        IOptions<DirectLineOptions> options,
        Storage.SharedTurnLease sharedStore,
        DirectLineLogSignal signal)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!DirectLineWatermark.TryParse(watermark, out var after))
        {
            return DirectLineError.BadRequest("The watermark is not valid.").ToResult();
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineError.BadRequest("This address only accepts WebSocket connections.").ToResult();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        // Subscribe before reading the log, so nothing appended in between is missed; duplicates are skipped by sequence.
        var subscription = hub.Subscribe(conversationId);
        try
        {
            // On a store shared by several instances, replies may be appended by another instance, whose in-process hub
            // does not reach this socket: on PostgreSQL it says so (NOTIFY) and the log is looked at only now and then
            // besides; on other shared stores the log is looked at every so often.
            // Looked up at every look: while the listening connection is down, as often as without notifications.
            TimeSpan Poll() => !sharedStore.IsShared ? Timeout.InfiniteTimeSpan
                : signal.IsActive ? options.Value.SharedStoreNotifiedPollInterval
                : options.Value.SharedStorePollInterval;
            await PumpAsync(socket, subscription, store, after, options.Value.KeepAliveInterval, Poll, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went away.
        }
        finally
        {
            hub.Unsubscribe(subscription);
        }

        // The socket has been answered and closed: nothing more is written.
        return Results.Empty;
    }

    private static async Task PumpAsync(
        WebSocket socket, DirectLineStreamSubscription subscription, DirectLineConversationStore store, long after, TimeSpan keepAlive, Func<TimeSpan> poll, CancellationToken aborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var clientClosed = DrainClientAsync(socket, stop.Token);
        var lastSent = after;

        var backlog = await store.ReadAfterAsync(subscription.ConversationId, after, stop.Token).ConfigureAwait(false);
        if (backlog is { Activities.Count: > 0 })
        {
            lastSent = await SendAsync(socket, backlog.Activities, backlog.Watermark, lastSent, stop.Token).ConfigureAwait(false);
        }

        var frameReady = subscription.Frames.WaitToReadAsync(stop.Token).AsTask();
        var nudged = subscription.Nudges.WaitToReadAsync(stop.Token).AsTask();
        try
        {
            // The keep-alive counts from the last frame sent; a look at the log that found nothing is not one.
            var tick = Task.Delay(keepAlive, stop.Token);
            var look = Task.Delay(poll(), stop.Token);
            while (true)
            {
                var done = await Task.WhenAny(frameReady, tick, look, nudged, clientClosed).ConfigureAwait(false);
                if (done == clientClosed)
                {
                    return;
                }

                if (done == look || done == nudged)
                {
                    if (done == nudged)
                    {
                        subscription.Nudges.TryRead(out _);
                        nudged = subscription.Nudges.WaitToReadAsync(stop.Token).AsTask();
                    }
                    else
                    {
                        look = Task.Delay(poll(), stop.Token);
                    }

                    DirectLineLogSlice? log;
                    try
                    {
                        log = await store.ReadAfterAsync(subscription.ConversationId, lastSent, stop.Token).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (Storage.StorageFailure.Is(ex))
                    {
                        continue; // The store blinked: the next look, or the client's reconnect, catches up.
                    }

                    if (log is null)
                    {
                        // Deleted through another instance.
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "deleted", stop.Token).ConfigureAwait(false);
                        return;
                    }

                    if (log.Activities.Count > 0)
                    {
                        lastSent = await SendAsync(socket, log.Activities, log.Watermark, lastSent, stop.Token).ConfigureAwait(false);
                        tick = Task.Delay(keepAlive, stop.Token);
                    }

                    continue;
                }

                tick = Task.Delay(keepAlive, stop.Token);
                if (done != frameReady)
                {
                    await socket.SendAsync(ArraySegment<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, stop.Token).ConfigureAwait(false);
                    continue;
                }

                if (!await frameReady.ConfigureAwait(false))
                {
                    // A newer socket took over, or the conversation was deleted.
                    var status = subscription.EndReason == "collision" ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure;
                    await socket.CloseOutputAsync(status, subscription.EndReason, stop.Token).ConfigureAwait(false);
                    return;
                }

                while (subscription.Frames.TryRead(out var frame))
                {
                    // On a shared store another instance may have appended just before this one: a gap before this
                    // frame is filled from the log first, or the socket's client would never see what is in it.
                    if (poll() != Timeout.InfiniteTimeSpan && lastSent >= 0 && frame.Watermark is not null
                        && frame.Activities.Select(DirectLineConversationRecord.SequenceOf).Where(q => q >= 0).DefaultIfEmpty(long.MaxValue).Min() > lastSent + 1
                        && await store.ReadAfterAsync(subscription.ConversationId, lastSent, stop.Token).ConfigureAwait(false) is { Activities.Count: > 0 } missed)
                    {
                        lastSent = await SendAsync(socket, missed.Activities, missed.Watermark, lastSent, stop.Token).ConfigureAwait(false);
                    }

                    lastSent = await SendAsync(socket, frame.Activities, frame.Watermark, lastSent, stop.Token).ConfigureAwait(false);
                }

                frameReady = subscription.Frames.WaitToReadAsync(stop.Token).AsTask();
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }

    // Sends the activities not sent yet (typing has no sequence and always goes); returns the new highest sequence sent.
    private static async Task<long> SendAsync(WebSocket socket, IReadOnlyList<JObject> activities, string? watermark, long lastSent, CancellationToken cancellationToken)
    {
        var fresh = activities.Where(a => DirectLineConversationRecord.SequenceOf(a) is var s && (s < 0 || s > lastSent)).ToList();
        if (fresh.Count == 0)
        {
            return lastSent;
        }

        var highest = fresh.Max(DirectLineConversationRecord.SequenceOf);
        var frameWatermark = watermark ?? (lastSent >= 0 ? lastSent.ToString(CultureInfo.InvariantCulture) : null);
        var json = DirectLineJson.ActivitySet(fresh, frameWatermark);
        await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        return Math.Max(lastSent, highest);
    }

    // Reads and ignores what the client sends (DirectLineJS pings with empty messages); ends when the client closes.
    private static async Task DrainClientAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    }

                    return;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Gone.
        }
    }
}
