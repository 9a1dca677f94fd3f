using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Storage;

/// <summary>
/// How <see cref="TypedConversationState"/> and <see cref="TypedUserState"/> read and write their one item: its JSON
/// text read straight into the properties' own types (others stay JSON), and written back only when the text it makes
/// differs from the text read. The SDK's <see cref="BotState"/> instead builds a JSON tree, copies it into a dictionary,
/// serializes the whole state to compare it at load and again at save, and converts each property on every get.
/// </summary>
internal sealed class TypedStateItem
{
    // The text read or last written, kept beside the turn's cache it belongs to: a cache replaced (ClearStateAsync) or
    // removed (DeleteAsync) has none (nor does a box holding null), so its next save writes. Not in the turn's state: the
    // SDK's turn-state dictionary hashes every key with the invariant culture's collation, which cost several percent of a
    // turn (benchmarks README).
    private static readonly ConditionalWeakTable<BotState.CachedBotState, StrongBox<string?>> Texts = [];

    private readonly IJsonTextStorage _storage;
    private readonly IReadOnlyDictionary<string, Type> _propertyTypes;

    /// <summary>Creates the reader and writer of one kind of state item.</summary>
    /// <param name="storage">The store.</param>
    /// <param name="propertyTypes">The type of each property read straight into its type, by property name.</param>
    public TypedStateItem(IJsonTextStorage storage, IReadOnlyDictionary<string, Type> propertyTypes)
    {
        _storage = storage;
        _propertyTypes = propertyTypes;
    }

    /// <summary>Reads the item into the turn's cache of <paramref name="state"/>, unless it is cached and
    /// <paramref name="force"/> is false.</summary>
    public async Task LoadAsync(BotState state, ITurnContext turnContext, string key, bool force, CancellationToken cancellationToken)
    {
        if (!force && state.GetCachedState(turnContext) is { State: not null })
        {
            return;
        }

        var items = await _storage.ReadJsonAsync([key], (json, olderForm) => Read(_propertyTypes, json, olderForm), cancellationToken).ConfigureAwait(false);
        await FillAsync(state, turnContext, items.TryGetValue(key, out var item) ? item : null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The property types of two states read as one (their names never clash), or null when they cannot be: a
    /// name with two types, or two stores.</summary>
    /// <param name="first">One state's reader.</param>
    /// <param name="second">The other's.</param>
    /// <returns>The joint property types, or null.</returns>
    public static IReadOnlyDictionary<string, Type>? JoinTypes(TypedStateItem first, TypedStateItem second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!ReferenceEquals(first._storage, second._storage))
        {
            return null;
        }

        var joint = new Dictionary<string, Type>(first._propertyTypes, StringComparer.Ordinal);
        foreach (var (name, type) in second._propertyTypes)
        {
            if (!joint.TryAdd(name, type) && joint[name] != type)
            {
                return null;
            }
        }

        return joint;
    }

    /// <summary>Reads the items of several typed states kept in one store with one read of it (the conversation's and the
    /// user's, which most turns need both), and fills each state's cache for the turn; a state already cached is not read
    /// again. Each item is read inside the store's read, as a load of one would be (a damaged item is reported by key).</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="jointTypes">The states' property types together (see <see cref="JoinTypes"/>).</param>
    /// <param name="parts">Each state, its reader and its key; all on one store.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task that completes when every state is cached.</returns>
    public static async Task LoadTogetherAsync(
        ITurnContext turnContext,
        IReadOnlyDictionary<string, Type> jointTypes,
        IReadOnlyList<(BotState State, TypedStateItem Item, string Key)> parts,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(jointTypes);
        ArgumentNullException.ThrowIfNull(parts);
        var needed = parts.Where(p => p.State.GetCachedState(turnContext) is not { State: not null }).ToList();
        if (needed.Count == 0)
        {
            return;
        }

        var items = await needed[0].Item._storage.ReadJsonAsync(
            [.. needed.Select(p => p.Key)], (json, olderForm) => Read(jointTypes, json, olderForm), cancellationToken).ConfigureAwait(false);
        foreach (var (state, _, key) in needed)
        {
            await FillAsync(state, turnContext, items.TryGetValue(key, out var loaded) ? loaded : null, cancellationToken).ConfigureAwait(false);
        }
    }

    // A fresh cache under the SDK's own turn-state key, then the values read, and the text read beside that cache.
    private static async Task FillAsync(BotState state, ITurnContext turnContext, Loaded? loaded, CancellationToken cancellationToken)
    {
        // No item reads as an empty one, which is written only once something is set (as the SDK does).
        loaded ??= new Loaded(new Dictionary<string, object>(StringComparer.Ordinal), "{}");
        await state.ClearStateAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var cached = state.GetCachedState(turnContext);
        cached.State = loaded.Values;
        Texts.AddOrUpdate(cached, new StrongBox<string?>(loaded.Json));
    }

    /// <summary>Writes the turn's cached state when its text differs from what was read (or <paramref name="force"/>).</summary>
    public async Task SaveAsync(BotState state, ITurnContext turnContext, string key, bool force, CancellationToken cancellationToken)
    {
        if (state.GetCachedState(turnContext) is not { State: { } values } cached)
        {
            return;
        }

        var json = Write(values);
        var text = Texts.GetValue(cached, static _ => new StrongBox<string?>());
        if (!force && text.Value is { } stored && stored == json)
        {
            return;
        }

        await _storage.WriteJsonAsync(new Dictionary<string, string>(1, StringComparer.Ordinal) { [key] = json }, cancellationToken).ConfigureAwait(false);
        text.Value = json;
    }

    private static Loaded Read(IReadOnlyDictionary<string, Type> propertyTypes, string json, bool olderForm)
    {
        using var reader = StoredJson.Reader(json);
        if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
        {
            throw new JsonSerializationException("A state item is not a JSON object.");
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            if (!reader.Read())
            {
                throw new JsonSerializationException("A state item ends inside a property.");
            }

            values[name] = (propertyTypes.TryGetValue(name, out var type) ? StoredJson.Serializer.Deserialize(reader, type) : JToken.ReadFrom(reader))!;
        }

        if (reader.TokenType != JsonToken.EndObject)
        {
            throw new JsonSerializationException("A state item does not end where its object does.");
        }

        // An item kept in an older form has no text to match: the next save writes it in the current one.
        return new Loaded(values, olderForm ? null : json);
    }

    private static string Write(IDictionary<string, object> values)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            StoredJson.Serializer.Serialize(writer, values);
        }

        return text.ToString();
    }

    private sealed record Loaded(Dictionary<string, object> Values, string? Json);
}
