using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Storage;

/// <summary>How every store writes and reads values: plain JSON without CLR type names (type names in stored data let
/// whoever can write the store choose what gets instantiated), exactly as written.</summary>
public static class StoredJson
{
    /// <summary>The serializer every store's JSON goes through.</summary>
    internal static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = null,
    });

    /// <summary>The value as JSON, without an ETag: each store keeps the ETag apart, where it cannot go stale.</summary>
    public static string Serialize(object? value)
    {
        var token = value is null ? JValue.CreateNull() : JToken.FromObject(value, Serializer);
        if (token is JObject obj)
        {
            obj.Remove("eTag");
            obj.Remove("ETag");
        }

        return token.ToString(Formatting.None);
    }

    /// <summary>Reads rows of (key, value, etag) into <paramref name="items"/>: each value parsed back, with its ETag
    /// put on the object as the SDK's stores do.</summary>
    internal static async Task ReadItemsAsync(System.Data.Common.DbDataReader reader, IDictionary<string, object> items, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var value = Parse(reader.GetString(1));
            if (value is JObject obj && !reader.IsDBNull(2))
            {
                obj["eTag"] = reader.GetString(2);
            }

            items[reader.GetString(0)] = value;
        }
    }

    /// <summary>The stored JSON back; strings that look like dates stay strings.</summary>
    public static JToken Parse(string json)
    {
        using var reader = Reader(json);
        return JToken.ReadFrom(reader);
    }

    /// <summary>Stored JSON text read straight into <typeparamref name="T"/>, with no JSON tree in between; strings that
    /// look like dates stay strings unless <typeparamref name="T"/> says they are dates.</summary>
    public static T? Deserialize<T>(string json)
    {
        using var reader = Reader(json);
        try
        {
            return Serializer.Deserialize<T>(reader);
        }
        catch (JsonException)
        {
            // Json.NET quotes the value it could not convert, which may be a person's words: none reach the message.
            throw new JsonSerializationException($"A stored {typeof(T).Name} could not be read; its text is not shown.");
        }
    }

    /// <summary>A reader of stored JSON: strings that look like dates stay strings, and no depth limit (a dialog stack
    /// nests deeply).</summary>
    internal static JsonTextReader Reader(string json) =>
        new(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = null };
}
