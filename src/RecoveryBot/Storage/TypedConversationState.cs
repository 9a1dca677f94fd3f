using Microsoft.Bot.Builder;

namespace RecoveryBot.Storage;

/// <summary>
/// The SDK's <see cref="ConversationState"/> (same key, same accessors), read and written as typed objects in one pass
/// and saved only when it changed (see <see cref="TypedStateItem"/>). On a store without JSON text access it is the SDK's
/// own.
/// </summary>
public sealed class TypedConversationState : ConversationState
{
    private readonly TypedStateItem? _item;
    private JointRead? _joint;

    /// <summary>Creates the conversation state.</summary>
    /// <param name="storage">The store.</param>
    /// <param name="propertyTypes">The type of each property, by name, read straight into that type.</param>
    public TypedConversationState(IStorage storage, IReadOnlyDictionary<string, Type> propertyTypes)
        : base(storage)
    {
        ArgumentNullException.ThrowIfNull(propertyTypes);
        _item = storage is IJsonTextStorage text ? new TypedStateItem(text, propertyTypes) : null;
    }

    /// <summary>Loads this conversation's state and the sender's <paramref name="userState"/> with one read of the store
    /// when both are typed states on it (most turns need both); otherwise it reads nothing. Either one already loaded in
    /// this turn is not read again. A read that fails leaves both unloaded (it never fails the turn here): each is then read
    /// where the turn first needs it, as without this call.</summary>
    /// <param name="userState">The user state.</param>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task that completes when both are loaded.</returns>
    public Task LoadWithAsync(UserState userState, ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userState);
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_item is null || userState is not TypedUserState { Item: { } userItem } typedUser || string.IsNullOrEmpty(turnContext.Activity?.From?.Id)
            || JointTypes(userItem) is not { } jointTypes)
        {
            // No sender to key the user's state on, no typed store, or states that cannot be read as one: nothing to gain,
            // so nothing is read here; each loads where the turn first needs it.
            return Task.CompletedTask;
        }

        return LoadTogetherAsync(turnContext, jointTypes, typedUser, userItem, cancellationToken);
    }

    private async Task LoadTogetherAsync(
        ITurnContext turnContext, IReadOnlyDictionary<string, Type> jointTypes, TypedUserState userState, TypedStateItem userItem, CancellationToken cancellationToken)
    {
        try
        {
            await TypedStateItem.LoadTogetherAsync(
                turnContext,
                jointTypes,
                [(this, _item!, GetStorageKey(turnContext)), (userState, userItem, userState.KeyFor(turnContext))],
                cancellationToken).ConfigureAwait(false);
        }
        catch (UnreadableStateException)
        {
            // A damaged item, already set aside by the store: the turn is marked, as wherever else a read meets one, so the
            // person is told; neither state is cached, and each loads again (fresh where it was set aside) when needed.
            turnContext.TurnState[UnreadableStateException.TurnStateKey] = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A store that is away (locked, restarting, unreachable): nothing is cached, so each state is read again where
            // the turn first needs it and its failure is handled there as before; above all, the safety check, which
            // never waits on the store, still runs.
        }
    }

    // Worked out once for the (single) user state the app pairs with this one.
    private IReadOnlyDictionary<string, Type>? JointTypes(TypedStateItem userItem)
    {
        var joint = _joint;
        if (joint is null || !ReferenceEquals(joint.User, userItem))
        {
            joint = new JointRead(userItem, TypedStateItem.JoinTypes(_item!, userItem));
            _joint = joint;
        }

        return joint.Types;
    }

    /// <inheritdoc/>
    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return _item is null
            ? base.LoadAsync(turnContext, force, cancellationToken)
            : _item.LoadAsync(this, turnContext, GetStorageKey(turnContext), force, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return _item is null
            ? base.SaveChangesAsync(turnContext, force, cancellationToken)
            : _item.SaveAsync(this, turnContext, GetStorageKey(turnContext), force, cancellationToken);
    }

    private sealed record JointRead(TypedStateItem User, IReadOnlyDictionary<string, Type>? Types);
}
