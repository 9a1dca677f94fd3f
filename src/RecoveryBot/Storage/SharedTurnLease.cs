using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Storage;

/// <summary>
/// Turns of one conversation, one at a time across every app instance on a shared store (PostgreSQL, Azure Blob): a
/// lease item per conversation, taken with an ETag check before the turn and given back after it. Bot state is saved
/// last-write-wins, so two instances running turns of one conversation at once would otherwise lose an answer. With a
/// store only one instance can use (SQLite, Memory) there is nothing to share and this does nothing.
/// </summary>
public sealed class SharedTurnLease
{
    /// <summary>How long a lease holds: longer than any turn; a crashed instance's lease runs out after this.</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);

    /// <summary>How long a turn waits for another instance's turn of the same conversation before giving up kindly.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private const string KeyPrefix = "turnlease/";
    private readonly IStorage? _store;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the lease on the store's own provider (leases need no encryption), if the store is shared.</summary>
    public SharedTurnLease(IServiceProvider services, IOptions<StorageOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider;
        _store = options.Value.Provider is StorageProvider.Postgres or StorageProvider.AzureBlob
            ? services.GetRequiredKeyedService<IStorage>(StorageServiceCollectionExtensions.ProviderKey)
            : null;
    }

    /// <summary>True when instances share the store, so turns are leased.</summary>
    public bool IsShared => _store is not null;

    /// <summary>Takes the lease of <paramref name="conversationKey"/>; null when another instance held it for all of
    /// <see cref="Wait"/>. Dispose the result to give it back.</summary>
    public async Task<IAsyncDisposable?> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        if (_store is not { } store)
        {
            return NoLease.Instance;
        }

        var key = KeyPrefix + conversationKey;
        var owner = Guid.NewGuid().ToString("N");
        var start = _timeProvider.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            var now = _timeProvider.GetUtcNow();
            var held = await StoredItems.ReadAsync<Lease>(store, key, cancellationToken).ConfigureAwait(false);
            if (held is null || held.Until <= now)
            {
                try
                {
                    // With the ETag read (or none: the item must not exist yet), so of two instances only one takes it.
                    await store.WriteAsync(new Dictionary<string, object> { [key] = new Lease { ETag = held?.ETag, Owner = owner, Until = now + Hold } }, cancellationToken).ConfigureAwait(false);
                    return new Taken(store, key, owner);
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                {
                    // Another instance took it first: wait as for a held lease.
                }
            }

            if (_timeProvider.GetElapsedTime(start) >= Wait)
            {
                return null;
            }

            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 200));
        }
    }

    private sealed class Lease : IStoreItem
    {
        public string? ETag { get; set; }

        public string Owner { get; set; } = "";

        public DateTimeOffset Until { get; set; }
    }

    private sealed class NoLease : IAsyncDisposable
    {
        public static readonly NoLease Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    // Given back by deleting it, if it is still this turn's (a turn longer than the hold may have lost it).
    private sealed class Taken(IStorage store, string key, string owner) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if ((await StoredItems.ReadAsync<Lease>(store, key, CancellationToken.None).ConfigureAwait(false))?.Owner == owner)
            {
                await store.DeleteAsync([key], CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
