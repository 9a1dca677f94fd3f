using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Privacy;
using RecoveryBot.Storage;

namespace RecoveryBot.Journal;

/// <summary>
/// Each person's saved reflections in the bot's <see cref="IStorage"/>, one item per entry
/// (<c>journal/{user}/{created}-{id}</c>), whose keys sort oldest first. The newest are listed from the end of the
/// store's key index, opening or adding an entry reads or writes that entry only, and the person's state, read on every
/// turn, does not carry the journal, so a journal of 500 entries costs no more than one of 5.
/// </summary>
/// <remarks>Retention: an entry lives as long as its owner's profile (their user state); a sweep erases the journals of
/// people whose profile idled out. Before 2026-11-30 the journal lived in the profile: <see cref="MoveFromProfileAsync"/>
/// moves such entries here on the person's next turn.</remarks>
public sealed class JournalStore : IPersonalDataStore, IRetentionSweep
{
    /// <summary>The key prefix of every journal entry. Retention's idle rule leaves it alone (see the remarks).</summary>
    public const string KeyPrefix = "journal/";

    /// <inheritdoc/>
    /// <remarks>Idleness of an item says nothing here: the store decides when its items go.</remarks>
    public string? OwnLifetimeKeyPrefix => KeyPrefix;

    private readonly IStorage _storage;
    private readonly IStorage _existence;
    private readonly IKeyListingStorage _listing;

    /// <summary>Creates the store on <paramref name="storage"/>, which must list its keys.</summary>
    /// <param name="storage">The bot's store.</param>
    /// <param name="provider">The store under the encryption, if any: the retention sweep only asks whether a profile
    /// exists, which needs no decryption (so a profile that cannot be read stops nothing and is not set aside by it).</param>
    public JournalStore(IStorage storage, [FromKeyedServices(StorageServiceCollectionExtensions.ProviderKey)] IStorage? provider = null)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _existence = provider ?? storage;
        _listing = KeyListing.Require(storage, "The journal");
    }

    /// <summary>The key that identifies a person's journal: the channel and their id there.</summary>
    public static string UserKeyOf(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return $"{turnContext.Activity.ChannelId}/{turnContext.Activity.From?.Id}";
    }

    /// <summary>Saves <paramref name="entry"/> in <paramref name="userKey"/>'s journal.</summary>
    public Task AddAsync(string userKey, JournalEntry entry, CancellationToken cancellationToken) =>
        _storage.WriteAsync(new Dictionary<string, object>([ItemOf(userKey, entry)]), cancellationToken);

    /// <summary>The item that saves <paramref name="entry"/> in <paramref name="userKey"/>'s journal, for a write of the
    /// bot's store that holds more (an exercise's entry and its check-in, saved together).</summary>
    public static KeyValuePair<string, object> ItemOf(string userKey, JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(KeyOf(userKey, entry), entry);
    }

    /// <summary>How many entries the journal holds.</summary>
    public async Task<int> CountAsync(string userKey, CancellationToken cancellationToken) =>
        (await _listing.ListLastKeysAsync(PrefixOf(userKey), 0, 0, withTotal: true, cancellationToken).ConfigureAwait(false)).Total ?? 0;

    /// <summary>Up to <paramref name="take"/> entries, newest first, after skipping the <paramref name="skip"/> newest.</summary>
    /// <remarks>Only those entries' keys are listed, from the end of the store's key index where it keeps one.</remarks>
    public async Task<IReadOnlyList<JournalEntry>> NewestAsync(string userKey, int skip, int take, CancellationToken cancellationToken) =>
        await ReadNewestAsync((await _listing.ListLastKeysAsync(PrefixOf(userKey), skip, take, withTotal: false, cancellationToken).ConfigureAwait(false)).Keys, cancellationToken).ConfigureAwait(false);

    /// <summary>Up to <paramref name="take"/> entries, newest first, after skipping the <paramref name="skip"/> newest, and
    /// how many the journal holds in all.</summary>
    public async Task<(IReadOnlyList<JournalEntry> Entries, int Total)> PageAsync(string userKey, int skip, int take, CancellationToken cancellationToken)
    {
        var (keys, total) = await _listing.ListLastKeysAsync(PrefixOf(userKey), skip, take, withTotal: true, cancellationToken).ConfigureAwait(false);
        return (await ReadNewestAsync(keys, cancellationToken).ConfigureAwait(false), total ?? 0);
    }

    /// <summary>Entry number <paramref name="number"/>, counting from 1 for the newest, or null.</summary>
    public async Task<JournalEntry?> NumberAsync(string userKey, int number, CancellationToken cancellationToken) =>
        number < 1 ? null : (await NewestAsync(userKey, number - 1, 1, cancellationToken).ConfigureAwait(false)) is [var entry, ..] ? entry : null;

    /// <summary>The entry with id <paramref name="id"/>, or null.</summary>
    /// <remarks>The entry sought is nearly always a recent one (a group session's, written answer by answer), so the newest
    /// page is looked through first and the whole journal listed only when it is not there.</remarks>
    public async Task<JournalEntry?> FindAsync(string userKey, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        bool IsIt(string key) => key.EndsWith("-" + id, StringComparison.Ordinal);
        var key = (await _listing.ListLastKeysAsync(PrefixOf(userKey), 0, JournalPresenter.ListLength, withTotal: false, cancellationToken).ConfigureAwait(false)).Keys.FirstOrDefault(IsIt)
            ?? (await KeysAsync(userKey, cancellationToken).ConfigureAwait(false)).FirstOrDefault(IsIt);
        return key is null ? null : await StoredItems.ReadAsync<JournalEntry>(_storage, key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes one entry.</summary>
    public Task DeleteAsync(string userKey, JournalEntry entry, CancellationToken cancellationToken) =>
        _storage.DeleteAsync([KeyOf(userKey, entry)], cancellationToken);

    /// <summary>Moves the entries a profile held before 2026-11-30 into the store, and empties the profile's list.</summary>
    public async Task MoveFromProfileAsync(string userKey, UserProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Journal is not { Count: > 0 } old)
        {
            return;
        }

        await _storage.WriteAsync(old.ToDictionary(e => KeyOf(userKey, e), e => (object)e), cancellationToken).ConfigureAwait(false);
        profile.Journal = null;
    }

    /// <inheritdoc/>
    public async Task EraseAsync(string channelId, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var keys = await KeysAsync($"{channelId}/{userId}", cancellationToken).ConfigureAwait(false);
        if (keys.Count > 0)
        {
            await _storage.DeleteAsync([.. keys], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Erases the journals of people whose profile is gone (retention erased it, idle too long).</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var byOwner = (await _listing.ListKeysAsync(KeyPrefix, cancellationToken).ConfigureAwait(false))
            .GroupBy(k => k.Split('/')[1], StringComparer.Ordinal)
            .ToList();
        var erased = 0;
        foreach (var batch in byOwner.Chunk(100))
        {
            var profiles = batch.Select(g => ProfileKeyOf(Uri.UnescapeDataString(g.Key))).ToArray();
            var found = await _existence.ReadAsync(profiles, cancellationToken).ConfigureAwait(false);
            var orphans = batch.Where((_, i) => !found.ContainsKey(profiles[i])).SelectMany(g => g).ToArray();
            if (orphans.Length > 0)
            {
                await _storage.DeleteAsync(orphans, cancellationToken).ConfigureAwait(false);
                erased += orphans.Length;
            }
        }

        return erased;
    }

    // The SDK's UserState key for a user key "channel/user".
    private static string ProfileKeyOf(string userKey)
    {
        var slash = userKey.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? userKey : $"{userKey[..slash]}/users/{userKey[(slash + 1)..]}";
    }

    // The entries of the keys listed, in the keys' order (newest first); one deleted meanwhile is left out.
    private async Task<IReadOnlyList<JournalEntry>> ReadNewestAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var found = await ReadEntriesAsync([.. keys], cancellationToken).ConfigureAwait(false);
        return keys.Where(found.ContainsKey).Select(k => found[k]).ToList();
    }

    // Read from each entry's JSON text where the store gives it: no JSON tree in between, which was a fifth of listing
    // 20 entries (no ETag is needed: an entry is never changed in place).
    private async Task<IDictionary<string, JournalEntry>> ReadEntriesAsync(string[] keys, CancellationToken cancellationToken)
    {
        if (_storage is IJsonTextStorage text)
        {
            return await text.ReadJsonAsync(
                keys,
                (json, _) => StoredJson.Deserialize<JournalEntry>(json) ?? throw new Newtonsoft.Json.JsonSerializationException("A journal entry is not a JSON object."),
                cancellationToken).ConfigureAwait(false);
        }

        var found = await _storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        return found.Select(i => (i.Key, Entry: StoredItems.As<JournalEntry>(i.Value)))
            .Where(i => i.Entry is not null)
            .ToDictionary(i => i.Key, i => i.Entry!, StringComparer.Ordinal);
    }

    private Task<IReadOnlyList<string>> KeysAsync(string userKey, CancellationToken cancellationToken) =>
        _listing.ListKeysAsync(PrefixOf(userKey), cancellationToken);

    // Escaped, so a user id with a slash in it cannot reach into another person's journal.
    private static string PrefixOf(string userKey) => KeyPrefix + Uri.EscapeDataString(userKey) + "/";

    // The creation time leads the name, in a fixed-width form that sorts as it reads, so the last keys are the newest.
    private static string KeyOf(string userKey, JournalEntry entry) =>
        PrefixOf(userKey) + entry.CreatedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + entry.Id;
}
