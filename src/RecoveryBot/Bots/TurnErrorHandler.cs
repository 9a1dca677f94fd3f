using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.TraceExtensions;

using Newtonsoft.Json.Linq;
using RecoveryBot.Storage;
using RecoveryBot.Wording;

namespace RecoveryBot.Bots;

/// <summary>
/// What every adapter does when a turn fails: log the exception's type and the ids (never text: library exception
/// messages can quote input), keep the conversation's state when the failure says nothing about it (a cancelled
/// request, a channel that could not be reached), otherwise clear it so the user is never stuck in a broken dialog,
/// and apologise kindly.
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, IStorage storage, ILogger<TurnErrorHandler> logger)
{
    /// <summary>How long the apology may take to send (retries included) before it is given up.</summary>
    public static readonly TimeSpan ApologyTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The apology the user sees when a turn fails.</summary>
    public const string ApologyText =
        "I'm sorry, something went wrong on my side. Nothing you did caused it. Please send your message again, or type \"menu\" to start fresh.";

    /// <summary>Handles a failed turn, once per turn. Returns false when no apology could be delivered.</summary>
    /// <remarks>The turn gate calls this while it still holds the conversation, and the adapter's OnTurnError then
    /// sees the same failure: the second call returns the first one's answer and does nothing.</remarks>
    public async Task<bool> HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        if (turnContext.TurnState.Get<HandledFailure>() is { } handled && ReferenceEquals(handled.Exception, exception))
        {
            return handled.Told;
        }

        var told = await HandleOnceAsync(turnContext, exception).ConfigureAwait(false);
        turnContext.TurnState.Set(new HandledFailure(exception, told));
        return told;
    }

    private async Task<bool> HandleOnceAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        if (exception is OperationCanceledException && !IsDeliveryFailure(exception))
        {
            logger.LogInformation("Turn cancelled (channel {ChannelId}, conversation {ConversationId}, activity {ActivityId})",
                activity?.ChannelId, activity?.Conversation?.Id, activity?.Id);
            return true;
        }

        logger.LogError(
            "Turn failed with {ExceptionType} at {Site} (channel {ChannelId}, conversation {ConversationId}, activity {ActivityId}, type {ActivityType})",
            exception.GetType().FullName,
            exception.TargetSite?.DeclaringType?.FullName + "." + exception.TargetSite?.Name,
            activity?.ChannelId,
            activity?.Conversation?.Id,
            activity?.Id,
            activity?.Type);

        // The state says nothing about these failures, so it is kept: a channel that could not be reached (an apology
        // would not get through either), or a store that failed (and would likely fail a delete too).
        if (IsDeliveryFailure(exception))
        {
            return false;
        }

        if (FindUnreadable(exception) is { } unreadable)
        {
            // Already set aside by the store: the next turn starts fresh; nothing else is cleared. Said once a turn.
            logger.LogWarning("A stored item could not be read and was set aside ({Kind})", KindOf(unreadable.Key));
            return turnContext.TurnState.ContainsKey(UnreadableStateException.TurnStateKey)
                || await TryApologiseAsync(turnContext, exception, BotMessages.UnreadableState).ConfigureAwait(false);
        }

        if (Has<System.Security.Cryptography.CryptographicException>(exception))
        {
            // Sealed state this key ring cannot open (a missing or wrong key ring, a missing certificate): kept as it
            // is, readable again once the right keys are back.
            logger.LogError("Stored state could not be decrypted; it is kept. Check the key ring (Privacy:KeysPath or the shared store) and Privacy:KeyCertificatePath.");
            return await TryApologiseAsync(turnContext, exception, ApologyText).ConfigureAwait(false);
        }

        if (StorageFailure.Is(exception))
        {
            // The store will likely answer again soon; nothing to clear, and the person should simply try again.
            logger.LogWarning("The store did not answer a turn: {StoreFailure}", StorageFailure.Describe(exception));
            return await TryApologiseAsync(turnContext, exception, BotMessages.StoreUnavailable).ConfigureAwait(false);
        }

        if (await SetAsideStaleStateAsync(turnContext).ConfigureAwait(false) is { } stale)
        {
            // Only what could not be read goes: an exercise in a conversation that is still readable carries on.
            logger.LogWarning("A stored item written by an older version could not be read and was set aside ({Kind})", stale);
            return await TryApologiseAsync(turnContext, exception, BotMessages.UnreadableState).ConfigureAwait(false);
        }

        try
        {
            await conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
        }
        catch (Exception deleteException)
        {
            logger.LogError("Could not clear conversation state after a failed turn: {ExceptionType}", deleteException.GetType().FullName);
        }

        return await TryApologiseAsync(turnContext, exception, ApologyText).ConfigureAwait(false);
    }

    // Reads this turn's conversation and user items again and checks that each property converts to its class; one that
    // does not is moved aside, still sealed, under its key + SetAsideSuffix ("delete my data" erases it too). Returns
    // the kinds set aside, or null. Runs only after a turn failed, so ordinary turns pay nothing for it.
    private async Task<string?> SetAsideStaleStateAsync(ITurnContext turnContext)
    {
        if (turnContext.Activity is not { } activity)
        {
            return null;
        }

        var keys = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["conversations"] = StateKeys.Conversation(activity),
            ["users"] = StateKeys.User(activity),
        };
        var setAside = new List<string>();
        try
        {
            var items = await storage.ReadAsync([.. keys.Values]).ConfigureAwait(false);
            foreach (var (kind, key) in keys)
            {
                if (!items.TryGetValue(key, out var item) || item is not JObject stored || IsReadable(kind, stored))
                {
                    continue;
                }

                stored.Remove("eTag");
                await UnreadableStateException.SetAsideAsync(storage, key, stored, CancellationToken.None).ConfigureAwait(false);
                setAside.Add(kind);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Could not check the stored state after a failed turn: {ExceptionType}", ex.GetType().FullName);
        }

        return setAside.Count > 0 ? string.Join(", ", setAside) : null;
    }

    private static bool IsReadable(string kind, JObject stored)
    {
        foreach (var (property, type) in kind == "users" ? StateShapes.User : StateShapes.Conversation)
        {
            if (stored[property] is not { Type: not JTokenType.Null } value)
            {
                continue;
            }

            try
            {
                value.ToObject(type);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
            {
                // Whatever the class's converter or setters throw: an item this version cannot read either way.
                return false;
            }
        }

        return true;
    }

    private async Task<bool> TryApologiseAsync(ITurnContext turnContext, Exception exception, string text)
    {
        // Bounded: the conversation's turn gate is held meanwhile, and a shared store's lease makes another instance wait
        // for it too.
        using var limit = new CancellationTokenSource(ApologyTimeout);
        try
        {
            await turnContext.SendActivityAsync(text, cancellationToken: limit.Token).ConfigureAwait(false);
            await turnContext.TraceActivityAsync("OnTurnError Trace", exception.GetType().FullName, "https://www.botframework.com/schemas/error", "TurnError", limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            logger.LogWarning("The apology after a failed turn took longer than {Seconds} s and was given up (it may still arrive)", ApologyTimeout.TotalSeconds);
            return false;
        }
        catch (Exception sendException)
        {
            logger.LogError("Could not tell the user about a failed turn: {ExceptionType}", sendException.GetType().FullName);
            return false;
        }
    }

    private static UnreadableStateException? FindUnreadable(Exception? exception) => exception switch
    {
        null => null,
        UnreadableStateException unreadable => unreadable,
        AggregateException aggregate => aggregate.InnerExceptions.Select(FindUnreadable).FirstOrDefault(e => e is not null),
        _ => FindUnreadable(exception.InnerException),
    };

    private static bool Has<T>(Exception? exception) where T : Exception => exception switch
    {
        null => false,
        T => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Has<T>),
        _ => Has<T>(exception.InnerException),
    };

    // "users" or "conversations": which kind of state, without the ids.
    private static string KindOf(string key) => key.Split('/') is { Length: > 1 } parts ? parts[1] : "other";

    // An HTTP timeout surfaces as a TaskCanceledException wrapping a TimeoutException: a channel that did not answer,
    // not a cancelled turn.
    private static bool IsDeliveryFailure(Exception exception) =>
        exception is HttpRequestException or TimeoutException or Microsoft.Bot.Schema.ErrorResponseException or Microsoft.Rest.HttpOperationException
        || (exception.InnerException is { } inner && IsDeliveryFailure(inner));

    private sealed record HandledFailure(Exception Exception, bool Told);
}
