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
/// <param name="inner">The store underneath.</param>
/// <param name="protection">Data Protection.</param>
public sealed class ProtectedStorage(IStorage inner, IDataProtectionProvider protection) : IStorage, IJsonTextStorage, IExpiringStorage, IKeyListingStorage
{
    // The header Data Protection puts before the 16-byte key id of every payload it seals.
    private static readonly byte[] MagicHeader = [0x09, 0xF0, 0xC9, 0xF0];

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

    private IKeyListingStorage Listing =>
        inner as IKeyListingStorage ?? throw new NotSupportedException($"{inner.GetType().Name} cannot list its keys.");

    /// <inheritdoc/>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var stored = await inner.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, object>(stored.Count);
        foreach (var (key, value) in stored)
        {
            var envelope = Envelope(value);
            if (envelope[Field]?.Value<string>() is not { } cipher)
            {
                // Written before encryption was on: readable as it is, and encrypted on its next write.
                result[key] = value;
                continue;
            }

            var token = await OpenAsync(key, () => value, cipher, (json, _) => StoredJson.Parse(json), cancellationToken).ConfigureAwait(false);
            if (token is JObject obj && envelope["eTag"] is { } etag)
            {
                obj["eTag"] = etag;
            }

            result[key] = token;
        }

        return result;
    }

    /// <inheritdoc/>
    public async Task<IDictionary<string, T>> ReadJsonAsync<T>(string[] keys, Func<string, bool, T> read, CancellationToken cancellationToken)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(read);
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        if (inner is IJsonTextStorage text)
        {
            // The envelopes as text: the ciphertext is cut out of the form this class writes, with no JSON tree built.
            foreach (var (key, envelope) in await text.ReadJsonAsync(keys, (json, _) => json, cancellationToken).ConfigureAwait(false))
            {
                if (CipherOf(envelope) is { } cipher)
                {
                    result[key] = await OpenAsync(key, () => StoredJson.Parse(envelope), cipher, read, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // Any other form (written before encryption was on, or by hand) is read as the tree path reads it.
                var value = StoredJson.Parse(envelope);
                result[key] = await OpenAsync(key, () => value, Envelope(value)[Field]?.Value<string>(), read, cancellationToken).ConfigureAwait(false);
            }

            return result;
        }

        foreach (var (key, value) in await inner.ReadAsync(keys, cancellationToken).ConfigureAwait(false))
        {
            // No ciphertext: written before encryption was on, read as the JSON it is and encrypted on its next write.
            var cipher = Envelope(value)[Field]?.Value<string>();
            result[key] = await OpenAsync(key, () => value, cipher, read, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private static JObject Envelope(object value) => value as JObject ?? JObject.FromObject(value, Serializer);

    // The ciphertext of an envelope in the exact form written here, {"protected":"<base64url>"}; null for any other form.
    private static string? CipherOf(string envelope)
    {
        const string Head = "{\"" + Field + "\":\"";
        const string Tail = "\"}";
        if (envelope.Length <= Head.Length + Tail.Length || !envelope.StartsWith(Head, StringComparison.Ordinal) || !envelope.EndsWith(Tail, StringComparison.Ordinal))
        {
            return null;
        }

        var cipher = envelope.AsSpan(Head.Length, envelope.Length - Head.Length - Tail.Length);
        return cipher.IndexOfAny('"', '\\') < 0 ? cipher.ToString() : null;
    }

    private static string EnvelopeText(string cipher) => "{\"" + Field + "\":\"" + cipher + "\"}";

    // Decrypts one item and makes the caller's object of it; an item without ciphertext is read as the JSON it is, and
    // marked as one to write again (encrypted). stored gives the item as the store holds it, for that and for setting it aside.
    private async Task<T> OpenAsync<T>(string key, Func<object> stored, string? cipher, Func<string, bool, T> read, CancellationToken cancellationToken)
    {
        try
        {
            return cipher is null ? read(StoredJson.Serialize(stored()), true) : read(_protector.Unprotect(cipher), false);
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or JsonException or FormatException
            && IsPersonalState(key) && (ex is JsonException || cipher is null || !IsSealedPayload(cipher)))
        {
            // Damaged (not a sealed payload at all, or not readable once opened), and one person's own state: kept
            // aside, still sealed, for inspection, and removed from its place so their next turn starts fresh
            // instead of failing forever. A well-formed payload that will not open is left alone: that is a key
            // ring that is missing or wrong, which must never move everyone's data aside.
            await UnreadableStateException.SetAsideAsync(inner, key, Unchecked(stored()), cancellationToken).ConfigureAwait(false);
            throw new UnreadableStateException(key, ex is JsonException json ? WithoutValues(json) : ex);
        }
    }

    // Newtonsoft's messages can quote a stored value (something a person wrote), and its paths name dictionary keys
    // (which can be words too): only the kind and the state property the path starts with are kept.
    private static JsonException WithoutValues(JsonException ex)
    {
        var path = (ex as JsonSerializationException)?.Path ?? (ex as JsonReaderException)?.Path ?? "";
        return new($"{ex.GetType().Name} in '{(path.IndexOfAny(['.', '[']) is >= 0 and var end ? path[..end] : path)}'.");
    }

    // Data Protection's sealed payloads are base64url: a 4-byte header, a 16-byte key id, then the ciphertext.
    private static bool IsSealedPayload(string cipher)
    {
        try
        {
            var payload = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(cipher);
            return payload.Length > MagicHeader.Length + 16 && payload.AsSpan(0, MagicHeader.Length).SequenceEqual(MagicHeader);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // The SDK's state keys: "{channel}/users/{user}" and "{channel}/conversations/{conversation}". Shared items (a day's
    // check-ins, a group session, a Direct Line log) are never set aside on one person's turn.
    private static bool IsPersonalState(string key) =>
        key.Split('/') is [_, "users" or "conversations", _, ..] parts && parts.Length == 3;

    // A copy written without an ETag check (the original's ETag belongs to its old key).
    private static JObject Unchecked(object value)
    {
        var copy = (value as JObject ?? JObject.FromObject(value, Serializer)).DeepClone() as JObject ?? new JObject();
        copy.Remove("eTag");
        copy.Remove("ETag");
        return copy;
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
    public Task WriteJsonAsync(IReadOnlyDictionary<string, string> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (inner is IJsonTextStorage text)
        {
            // Base64url needs no escaping: the envelope is written as text, as CipherOf reads it.
            return text.WriteJsonAsync(items.ToDictionary(i => i.Key, i => EnvelopeText(_protector.Protect(i.Value)), StringComparer.Ordinal), cancellationToken);
        }

        var envelopes = new Dictionary<string, object>(items.Count);
        foreach (var (key, json) in items)
        {
            envelopes[key] = new ProtectedValue { Protected = _protector.Protect(json) };
        }

        return inner.WriteAsync(envelopes, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<int> DeleteIdleAsync(DateTimeOffset notWrittenSince, IReadOnlyList<string> keepPrefixes, CancellationToken cancellationToken) =>
        inner is IExpiringStorage expiring ? expiring.DeleteIdleAsync(notWrittenSince, keepPrefixes, cancellationToken) : Task.FromResult(0);

    /// <inheritdoc/>
    /// <remarks>Keys are not encrypted, so the store underneath lists them.</remarks>
    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken) =>
        Listing.ListKeysAsync(prefix, cancellationToken);

    /// <inheritdoc/>
    public Task<(IReadOnlyList<string> Keys, int? Total)> ListLastKeysAsync(string prefix, int skip, int take, bool withTotal, CancellationToken cancellationToken) =>
        Listing.ListLastKeysAsync(prefix, skip, take, withTotal, cancellationToken);

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
