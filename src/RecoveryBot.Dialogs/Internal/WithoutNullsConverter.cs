using Newtonsoft.Json;

namespace RecoveryBot.Dialogs.Internal;

/// <summary>
/// Writes a value without its null fields; reads it as usual. For the activities a prompt keeps on the dialog stack: an
/// <see cref="Microsoft.Bot.Schema.Activity"/> has some forty fields, nearly all null, and written out they made up most
/// of a conversation's stored state, which is serialized, hashed and encrypted on every turn.
/// </summary>
internal sealed class WithoutNullsConverter : JsonConverter
{
    private static readonly JsonSerializer Writer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
    });

    public override bool CanConvert(Type objectType) => true;

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => Writer.Serialize(writer, value);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        serializer.Deserialize(reader, objectType);
}
