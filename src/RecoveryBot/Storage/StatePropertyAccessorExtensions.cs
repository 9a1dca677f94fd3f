using Microsoft.Bot.Builder;

namespace RecoveryBot.Storage;

/// <summary>Helpers for state kept as plain JSON.</summary>
public static class StatePropertyAccessorExtensions
{
    /// <summary>
    /// Gets the property (creating it if missing) and pins that instance in the turn's state cache, so changes made
    /// to it are saved at the end of the turn.
    /// </summary>
    /// <remarks>
    /// Our stores keep plain JSON without type names, so BotState hands back a fresh copy converted from JSON on every
    /// get; without the set, changes to that copy would be silently dropped.
    /// </remarks>
    public static async Task<T> GetOrCreateAsync<T>(
        this IStatePropertyAccessor<T> accessor, ITurnContext turnContext, Func<T> create, CancellationToken cancellationToken = default)
    {
        var value = await accessor.GetAsync(turnContext, create, cancellationToken).ConfigureAwait(false);
        await accessor.SetAsync(turnContext, value, cancellationToken).ConfigureAwait(false);
        return value;
    }

    /// <summary>Gets the property if it is set (pinned, as <see cref="GetOrCreateAsync"/> does), or null; a missing
    /// property stays missing.</summary>
    public static async Task<T?> GetIfSetAsync<T>(this IStatePropertyAccessor<T> accessor, ITurnContext turnContext, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(accessor);
        var missing = false;
        var value = await accessor.GetAsync(turnContext, () => { missing = true; return null!; }, cancellationToken).ConfigureAwait(false);
        if (missing || value is null)
        {
            await accessor.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return null;
        }

        await accessor.SetAsync(turnContext, value, cancellationToken).ConfigureAwait(false);
        return value;
    }
}
