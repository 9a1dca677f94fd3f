using Microsoft.Bot.Builder;

namespace RecoveryBot.Storage;

/// <summary>
/// The SDK's <see cref="UserState"/> (same key, same accessors), read and written as typed objects in one pass
/// and saved only when it changed (see <see cref="TypedStateItem"/>). On a store without JSON text access it is the SDK's
/// own.
/// </summary>
public sealed class TypedUserState : UserState
{
    private readonly TypedStateItem? _item;

    /// <summary>Creates the user state.</summary>
    /// <param name="storage">The store.</param>
    /// <param name="propertyTypes">The type of each property, by name, read straight into that type.</param>
    public TypedUserState(IStorage storage, IReadOnlyDictionary<string, Type> propertyTypes)
        : base(storage)
    {
        ArgumentNullException.ThrowIfNull(propertyTypes);
        _item = storage is IJsonTextStorage text ? new TypedStateItem(text, propertyTypes) : null;
    }

    /// <summary>The reader of this state's item (null on a store without JSON text access).</summary>
    internal TypedStateItem? Item => _item;

    /// <summary>This state's key for the turn (the SDK's own).</summary>
    internal string KeyFor(ITurnContext turnContext) => GetStorageKey(turnContext);

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
}
