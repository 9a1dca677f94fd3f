using System.Collections.Concurrent;
using Microsoft.Bot.Builder;

namespace RecoveryBot.Storage;

/// <summary>
/// The SDK's <see cref="MemoryStorage"/> (for development and tests), which also lists its keys: it remembers the keys
/// it has written and not deleted since it was created.
/// </summary>
public sealed class ListableMemoryStorage : IStorage, IKeyListingStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly ConcurrentDictionary<string, byte> _keys = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    /// <inheritdoc/>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await _inner.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
        foreach (var key in changes.Keys)
        {
            _keys.TryAdd(key, 0);
        }
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _inner.DeleteAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            _keys.TryRemove(key, out _);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return Task.FromResult<IReadOnlyList<string>>(_keys.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList());
    }
}
