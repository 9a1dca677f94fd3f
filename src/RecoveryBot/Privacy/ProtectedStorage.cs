using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RecoveryBot.Storage;

namespace RecoveryBot.Privacy;

/// <summary>
/// Encrypts every value on its way into the state store and decrypts it on the way out, with ASP.NET Core Data
/// Protection (authenticated encryption; the key ring is kept outside the store with SQLite, and in the provider
/// underneath this layer, for every instance to share, with PostgreSQL or Azure Blob). Keys stay readable so the store can
/// still find, expire and delete rows; ETags pass through, so the inner store's concurrency contract is unchanged.
/// </summary>
public sealed class ProtectedStorage(IStorage inner, IDataProtectionProvider protection) : IStorage, IExpiringStorage
{
    private const string Field = "protected";
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = null,
    });

    private readonly IDataProtector _protector = protection.CreateProtector("RecoveryBot.State.v1");

    /// <summary>The store underneath, which only ever sees ciphertext.</summary>
    public IStorage Inner => inner;

    /// <inheritdoc/>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var stored = await inner.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, object>(stored.Count);
        foreach (var (key, value) in stored)
        {
            var envelope = value as JObject ?? JObject.FromObject(value, Serializer);
            if (envelope[Field]?.Value<string>() is not { } cipher)
            {
                // Written before encryption was on: readable as it is, and encrypted on its next write.
                result[key] = value;
                continue;
            }

            var token = StoredJson.Parse(_protector.Unprotect(cipher));
            if (token is JObject obj && envelope["eTag"] is { } etag)
            {
                obj["eTag"] = etag;
            }

            result[key] = token;
        }

        return result;
    }

    /// <inheritdoc/>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var envelopes = new Dictionary<string, object>(changes.Count);
        foreach (var (key, value) in changes)
        {
            var cipher = _protector.Protect(StoredJson.Serialize(value));
            if (value is IStoreItem item)
            {
                envelopes[key] = new ProtectedStoreItem { ETag = item.ETag, Protected = cipher };
            }
            else
            {
                envelopes[key] = new ProtectedValue { Protected = cipher };
            }
        }

        // The writer's object keeps its old ETag, as with the SDK's stores: the new one is read back with the item.
        await inner.WriteAsync(envelopes, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<int> DeleteIdleAsync(DateTimeOffset notWrittenSince, IReadOnlyList<string> keepPrefixes, CancellationToken cancellationToken) =>
        inner is IExpiringStorage expiring ? expiring.DeleteIdleAsync(notWrittenSince, keepPrefixes, cancellationToken) : Task.FromResult(0);

    /// <inheritdoc/>
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

    private sealed class ProtectedValue
    {
        [JsonProperty(Field)]
        public string Protected { get; set; } = "";
    }

    private sealed class ProtectedStoreItem : IStoreItem
    {
        [JsonProperty("eTag")]
        public string? ETag { get; set; }

        [JsonProperty(Field)]
        public string Protected { get; set; } = "";
    }
}
