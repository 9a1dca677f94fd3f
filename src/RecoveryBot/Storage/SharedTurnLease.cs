using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Storage;

/// <summary>
/// Turns of one conversation, one at a time across every app instance on a shared store, by the store's own lock
/// (<see cref="ITurnLockingStorage"/>: a PostgreSQL advisory lock, an Azure blob lease). Bot state is saved
/// last-write-wins, so two instances running turns of one conversation at once would otherwise lose an answer. With a
/// store only one instance can use (SQLite, Memory) there is nothing to share and this does nothing.
/// </summary>
public sealed class SharedTurnLease
{
    /// <summary>How long a lock holds without renewal: a crashed instance's lock ends after this.</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);

    /// <summary>How long a turn waits for another instance's turn of the same conversation.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private const string KeyPrefix = "turnlease/";
    private readonly ITurnLockingStorage? _store;

    /// <summary>Creates the lease on the store's own provider (locks need no encryption), if the store is shared.</summary>
    public SharedTurnLease(IServiceProvider services, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        _store = options.Value.Provider is StorageProvider.Postgres or StorageProvider.AzureBlob
            ? services.GetRequiredKeyedService<IStorage>(StorageServiceCollectionExtensions.ProviderKey) as ITurnLockingStorage
                ?? throw new InvalidOperationException("A shared store must hold turn locks itself.")
            : null;
    }

    /// <summary>True when instances share the store, so turns are leased.</summary>
    public bool IsShared => _store is not null;

    /// <summary>
    /// Takes the lock of <paramref name="conversationKey"/>; dispose the result to give it back. Throws
    /// <see cref="SharedTurnBusyException"/> when another instance held it for all of <see cref="Wait"/>: the turn is
    /// then answered as when the store is away (the channel or the sender tries again), and nothing is taken in.
    /// </summary>
    public async Task<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken) =>
        _store is { } store
            ? await store.LockAsync(KeyPrefix + conversationKey, Wait, cancellationToken).ConfigureAwait(false)
            : NoLease.Instance;

    private sealed class NoLease : IAsyncDisposable
    {
        public static readonly NoLease Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
