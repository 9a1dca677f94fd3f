using System.Web;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Storage;

/// <summary>
/// An <see cref="IStorage"/> in an Azure Blob Storage container, one blob per key, with the same ETag contract as the
/// SDK's <see cref="MemoryStorage"/>: only <see cref="IStoreItem"/> values are concurrency-checked (through blob
/// conditions, so the check and the write are one request), a stale ETag throws, <c>*</c> overwrites, a store item with
/// no ETag must not exist yet, and every write gets a new ETag (the blob's own).
/// </summary>
/// <remarks>
/// Blob names are the keys URL-encoded as the SDK's <c>BlobsStorage</c> encodes them (a name past the service's 1,024
/// characters keeps its first 950 and ends with a hash of the whole key). The container is created on first use.
/// Where this differs from MemoryStorage, it does as the SDK's BlobsStorage does: a store item with an ETag written
/// to a key that does not exist, or over a value that was not a store item, is a conflict.
/// </remarks>
public sealed class AzureBlobStorage : IStorage, IExpiringStorage, IKeyListingStorage, ITurnLockingStorage, IDisposable
{
    private const int ParallelReads = 16;
    private const int MaxBlobName = 1024;
    private const string StoreItemMetadata = "storeitem";

    // Lock blobs live apart from the keys: a build before the blob lease read a lease item as JSON at the key itself.
    private const string LockPrefix = "turnlock/";

    private readonly BlobContainerClient _container;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _initLock = new(1, 1);

    // A turn lock is a blob lease of this length (the service allows 15 to 60 s), renewed every third of it while held.
    private readonly TimeSpan _leaseDuration;
    private readonly TimeSpan _leaseRenewal;
    private volatile bool _initialized;

    /// <summary>Releases the lock that creates the container once.</summary>
    public void Dispose() => _initLock.Dispose();

    /// <summary>Creates the storage on <paramref name="container"/> (created on first use if missing).</summary>
    /// <param name="container">The container client.</param>
    /// <param name="logger">Where a turn lock lost while its turn runs is reported; nowhere when null.</param>
    public AzureBlobStorage(BlobContainerClient container, ILogger? logger = null)
        : this(container, SharedTurnLease.Hold, SharedTurnLease.Hold / 3, logger)
    {
    }

    /// <summary>The storage with turn locks leased for <paramref name="leaseDuration"/> and renewed every
    /// <paramref name="leaseRenewal"/> while held (tests).</summary>
    internal AzureBlobStorage(BlobContainerClient container, TimeSpan leaseDuration, TimeSpan leaseRenewal, ILogger? logger = null)
    {
        _container = container ?? throw new ArgumentNullException(nameof(container));
        (_leaseDuration, _leaseRenewal, _logger) = (leaseDuration, leaseRenewal, logger ?? NullLogger.Instance);
    }

    /// <summary>The blob name of <paramref name="key"/>: URL-encoded, as the SDK's BlobsStorage names it; a name too
    /// long for the service keeps its beginning (so prefixes still match) and ends with a hash of the whole key.</summary>
    public static string BlobNameOf(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var name = HttpUtility.UrlEncode(key);
        return name.Length <= MaxBlobName
            ? name
            : name[..950] + "~" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>The name of the blob leased as the turn lock of <paramref name="key"/>.</summary>
    public static string LockBlobNameOf(string key) => BlobNameOf(LockPrefix + key);

    /// <summary>Client options for a store: a store that does not answer is told within seconds, not minutes.</summary>
    public static BlobClientOptions ClientOptions()
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options;
    }

    /// <inheritdoc/>
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        AnsweredAsync(() => ReadCoreAsync(keys, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        AnsweredAsync(async () => { await WriteCoreAsync(changes, cancellationToken).ConfigureAwait(false); return 0; }, cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        AnsweredAsync(async () => { await DeleteCoreAsync(keys, cancellationToken).ConfigureAwait(false); return 0; }, cancellationToken);

    /// <summary>
    /// Azure.Core gives up on a service that does not answer with one cancellation per try, which is the store being
    /// away rather than the caller cancelling: said as a <see cref="RequestFailedException"/>, so it counts as a store
    /// failure (a kind "send it again" and a 503) and not as a bug.
    /// </summary>
    private static async Task<T> AnsweredAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException || (ex is AggregateException a && a.InnerExceptions.All(e => e is OperationCanceledException)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new RequestFailedException(0, "Azure Storage did not answer in time.", ex);
        }
    }

    private async Task<IDictionary<string, object>> ReadCoreAsync(string[] keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return result;
        }

        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        using var throttle = new SemaphoreSlim(ParallelReads);
        var reads = keys.Distinct(StringComparer.Ordinal).Select(async key =>
        {
            await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var blob = _container.GetBlobClient(BlobNameOf(key));
                var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                var value = StoredJson.Parse(content.Value.Content.ToString());
                // Only a store item reads back with an ETag, as from the other stores.
                if (value is JObject obj && content.Value.Details.Metadata.ContainsKey(StoreItemMetadata))
                {
                    obj["eTag"] = content.Value.Details.ETag.ToString();
                }

                return (key, Value: (object?)value);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return (key, Value: null);
            }
            finally
            {
                throttle.Release();
            }
        }).ToList();

        foreach (var (key, value) in await Task.WhenAll(reads).ConfigureAwait(false))
        {
            if (value is not null)
            {
                result[key] = value;
            }
        }

        return result;
    }

    private async Task WriteCoreAsync(IDictionary<string, object> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(changes));
            var conditions = value is IStoreItem item && item.ETag != "*"
                ? item.ETag is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = new ETag(item.ETag) }
                : null;
            try
            {
                await _container.GetBlobClient(BlobNameOf(key)).UploadAsync(
                    BinaryData.FromString(StoredJson.Serialize(value)),
                    new BlobUploadOptions
                    {
                        Conditions = conditions,
                        HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                        Metadata = value is IStoreItem ? new Dictionary<string, string> { [StoreItemMetadata] = "1" } : null,
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 412 || ex.ErrorCode == BlobErrorCode.BlobAlreadyExists)
            {
                // The key only: never a value, which may hold what a user wrote.
                throw new InvalidOperationException($"Etag conflict: the item with key '{key}' was changed by another writer.", ex);
            }
        }
    }

    private async Task DeleteCoreAsync(string[] keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
            await _container.GetBlobClient(BlobNameOf(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    /// <remarks>A key long enough to have been shortened (see <see cref="BlobNameOf"/>) cannot be listed back, and is left out.</remarks>
    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken) =>
        AnsweredAsync<IReadOnlyList<string>>(async () =>
        {
            ArgumentNullException.ThrowIfNull(prefix);
            await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
            var keys = new List<string>();
            // URL-encoding works character by character, so the encoded prefix is a prefix of every encoded key it begins.
            await foreach (var blob in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, HttpUtility.UrlEncode(prefix), cancellationToken).ConfigureAwait(false))
            {
                var key = HttpUtility.UrlDecode(blob.Name);
                if (BlobNameOf(key) == blob.Name)
                {
                    keys.Add(key);
                }
            }

            return keys;
        }, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>By the blobs' own last-modified times (the service's clock).</remarks>
    public async Task<int> DeleteIdleAsync(DateTimeOffset notWrittenSince, IReadOnlyList<string> keepPrefixes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keepPrefixes);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var kept = keepPrefixes.Select(HttpUtility.UrlEncode).ToList();
        var deleted = 0;
        await foreach (var blob in _container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (blob.Properties.LastModified is not { } modified || modified >= notWrittenSince || kept.Any(prefix => blob.Name.StartsWith(prefix!, StringComparison.Ordinal)))
            {
                continue;
            }

            // Only the blob as it was listed: one written since then is not idle.
            try
            {
                await _container.DeleteBlobAsync(blob.Name, conditions: new BlobRequestConditions { IfMatch = blob.Properties.ETag }, cancellationToken: cancellationToken).ConfigureAwait(false);
                deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
            }
        }

        return deleted;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// A blob lease on an empty blob per key (made on the key's first use, under <c>turnlock/</c>, apart from any value a
    /// build before the lease read as JSON at the key itself): taking it and giving it back are one request each. The
    /// service does not wait for a lease, so a busy one is tried again after a pause that grows to 200 ms. A lease its
    /// instance stops renewing (the instance is gone) ends by itself after 30 s. Retention may erase a lock blob not
    /// leased at the time; it is made again.
    /// </remarks>
    public async Task<IAsyncDisposable> LockAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfEqual(wait, Timeout.InfiniteTimeSpan);
        await AnsweredAsync(async () => { await EnsureContainerAsync(cancellationToken).ConfigureAwait(false); return 0; }, cancellationToken).ConfigureAwait(false);
        var blob = _container.GetBlobClient(LockBlobNameOf(key));
        var lease = blob.GetBlobLeaseClient();
        var start = TimeProvider.System.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(20);
        var madeAtOnce = false;
        while (true)
        {
            try
            {
                await AnsweredAsync(() => lease.AcquireAsync(_leaseDuration, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
                return new HeldLease(lease, _leaseDuration, _leaseRenewal, _logger);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // The key's first turn on this store, or retention erased the blob: it is made again (one another instance
                // made meanwhile is as good), and the first time taken at once.
                await MakeLockBlobAsync(blob, cancellationToken).ConfigureAwait(false);
                if (!madeAtOnce)
                {
                    madeAtOnce = true;
                    continue;
                }
            }
            catch (RequestFailedException ex) when (ex.Status == 409 && ex.ErrorCode == BlobErrorCode.LeaseAlreadyPresent)
            {
                // Another instance's turn holds it.
            }
            catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or AggregateException)
            {
                // The answer was lost (after the client's own retries too) or the turn was cancelled: the service may have
                // granted the lease anyway, and nobody would give it back for 30 s. Given back at once, as far as the store
                // answers; a refusal (4xx) granted nothing.
                if (ex is not RequestFailedException { Status: >= 400 and < 500 and not 408 })
                {
                    await GiveBackAsync(lease).ConfigureAwait(false);
                }

                throw;
            }

            var left = wait - TimeProvider.System.GetElapsedTime(start);
            if (left <= TimeSpan.Zero)
            {
                throw new SharedTurnBusyException();
            }

            await Task.Delay(pause < left ? pause : left, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 200));
        }
    }

    // Best effort, never throwing: the lease ends by itself if the store does not answer.
    private static async Task GiveBackAsync(BlobLeaseClient lease)
    {
        try
        {
            using var soon = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await lease.ReleaseAsync(cancellationToken: soon.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
        }
    }

    private static Task MakeLockBlobAsync(BlobClient blob, CancellationToken cancellationToken) =>
        AnsweredAsync(async () =>
        {
            try
            {
                await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
            }

            return 0;
        }, cancellationToken);

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initLock.Release();
        }
    }

    // Renewed every third of its duration while the turn runs, each try cut off when the lease would end (past its end
    // too: the service renews a lease nobody has taken since). A renewal the service refuses (the lease was broken, ran
    // out and was taken, or its blob is gone) means it is lost. A failure to give back is left alone: the lease ends by
    // itself.
    private sealed class HeldLease : RenewedLock
    {
        private readonly BlobLeaseClient _lease;
        private readonly TimeSpan _duration;
        private long _endsAt;

        public HeldLease(BlobLeaseClient lease, TimeSpan duration, TimeSpan renewEvery, ILogger logger)
            : base(logger)
        {
            (_lease, _duration) = (lease, duration);
            _endsAt = TimeProvider.System.GetTimestamp() + Ticks(duration);
            StartRenewing(renewEvery);
        }

        protected override async Task<(Renewal Result, string? Reason)> RenewOnceAsync(CancellationToken stop)
        {
            var left = TimeSpan.FromSeconds((_endsAt - TimeProvider.System.GetTimestamp()) / (double)TimeProvider.System.TimestampFrequency);
            using var inTime = CancellationTokenSource.CreateLinkedTokenSource(stop);
            inTime.CancelAfter(left > TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(5));
            var began = TimeProvider.System.GetTimestamp();
            try
            {
                await _lease.RenewAsync(cancellationToken: inTime.Token).ConfigureAwait(false);
                _endsAt = began + Ticks(_duration);
                return (Renewal.Kept, null);
            }
            catch (RequestFailedException ex) when (ex.Status is >= 400 and < 500 and not 408)
            {
                return (Renewal.Lost, ex.ErrorCode);
            }
        }

        protected override ValueTask GiveBackAsync() => new(AzureBlobStorage.GiveBackAsync(_lease));

        private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * TimeProvider.System.TimestampFrequency);
    }
}
