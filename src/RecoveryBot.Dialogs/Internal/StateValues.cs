using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Dialogs.Internal;

/// <summary>
/// Reads typed values out of persisted state dictionaries. Storage without type names hands back
/// JObject/JArray/long/string, so every read coerces and writes the typed value back: later
/// mutations in the same turn then land in the object that will be saved.
/// </summary>
internal static class StateValues
{
    private static readonly JsonSerializer Serializer = JsonSerializer.CreateDefault();

    private static JsonTextReader TextReader(string json) =>
        new(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = null };

    public static int GetInt(IDictionary<string, object?> state, string key, int fallback = 0)
    {
        if (!state.TryGetValue(key, out var raw) || raw is null)
        {
            return fallback;
        }

        return raw switch
        {
            int i => i,
            JRaw => fallback,
            JValue v => System.Convert.ToInt32(v.Value, CultureInfo.InvariantCulture),
            IConvertible c => System.Convert.ToInt32(c, CultureInfo.InvariantCulture),
            _ => fallback,
        };
    }

    public static string? GetString(IDictionary<string, object?> state, string key)
    {
        if (!state.TryGetValue(key, out var raw) || raw is null)
        {
            return null;
        }

        return raw is JValue v ? v.Value?.ToString() : raw.ToString();
    }

    /// <summary>Gets a reference-typed value, converting JSON tokens and storing the converted value back.</summary>
    public static T? Get<T>(IDictionary<string, object?> state, string key)
        where T : class
    {
        if (!state.TryGetValue(key, out var raw) || raw is null)
        {
            return null;
        }

        if (raw is T typed && raw is not JRaw)
        {
            return typed;
        }

        var converted = Convert<T>(raw);
        state[key] = converted;
        return converted;
    }

    /// <summary>Gets a value or creates, stores and returns a new one.</summary>
    public static T GetOrCreate<T>(IDictionary<string, object?> state, string key, Func<T> create)
        where T : class
    {
        var value = Get<T>(state, key);
        if (value is null)
        {
            value = create();
            state[key] = value;
        }

        return value;
    }

    /// <summary>Reads JSON text into <typeparamref name="T"/> with the default serializer, strings that look like dates
    /// left as written (as the stores read them).</summary>
    public static T? FromText<T>(string json)
    {
        using var reader = TextReader(json);
        return Serializer.Deserialize<T>(reader);
    }

    /// <summary>Writes a value as JSON text with the default serializer.</summary>
    public static string ToText(object value)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Serializer.Serialize(text, value);
        return text.ToString();
    }

    /// <summary>Converts any stored value (typed or JSON) to <typeparamref name="T"/>.</summary>
    public static T? Convert<T>(object? raw)
    {
        if (raw is null)
        {
            return default;
        }

        if (raw is T typed && raw is not JRaw)
        {
            return typed;
        }

        if (raw is JRaw { Value: string json })
        {
            // Text kept from the store (see InstanceStateConverter): read straight into the type, dates left as written;
            // asked for as a JSON token (or any object), it is the JObject or JArray the store's reader would have made.
            if (typeof(T) == typeof(object) || typeof(JToken).IsAssignableFrom(typeof(T)))
            {
                using var reader = TextReader(json);
                return (T)(object)JToken.ReadFrom(reader);
            }

            return FromText<T>(json);
        }

        var token = raw as JToken ?? JToken.FromObject(raw);
        return token.ToObject<T>();
    }
}
