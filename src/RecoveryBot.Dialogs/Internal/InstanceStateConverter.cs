using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Dialogs.Internal;

/// <summary>
/// Reads a <see cref="DialogInstance"/>'s state: a component's inner stack straight into a <see cref="DialogState"/> (every
/// turn of a component needs it typed), other objects and arrays as their raw JSON text (<see cref="JRaw"/>, read into a
/// type only when asked for, and written back as they were when not), other values as they are.
/// </summary>
internal sealed class InstanceStateConverter : JsonConverter<Dictionary<string, object?>>
{
    public override bool CanWrite => false;

    public override Dictionary<string, object?>? ReadJson(
        JsonReader reader, Type objectType, Dictionary<string, object?>? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(serializer);
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            throw new JsonSerializationException("A dialog's state is not a JSON object.");
        }

        var state = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (ReadSkippingComments(reader) && reader.TokenType != JsonToken.EndObject)
        {
            if (reader.TokenType != JsonToken.PropertyName)
            {
                throw new JsonSerializationException("A dialog's state holds something other than named values.");
            }

            var name = (string)reader.Value!;
            if (!ReadSkippingComments(reader))
            {
                throw new JsonSerializationException("A dialog's state ends inside a value.");
            }

            state[name] = reader.TokenType switch
            {
                JsonToken.StartObject when name == ComponentDialog.InnerStackKey => serializer.Deserialize<DialogState>(reader),
                // Kept as its text until a dialog asks for it typed (see StateValues.Convert): a prompt's options hold whole
                // activities, and building their JSON tree on every turn cost more than reading the text once into its type.
                JsonToken.StartObject or JsonToken.StartArray or JsonToken.StartConstructor => JRaw.Create(reader),
                JsonToken.Raw => new JRaw(reader.Value),
                _ => reader.Value,
            };
        }

        if (reader.TokenType != JsonToken.EndObject)
        {
            throw new JsonSerializationException("A dialog's state ends inside its object.");
        }

        return state;
    }

    private static bool ReadSkippingComments(JsonReader reader)
    {
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.Comment)
            {
                return true;
            }
        }

        return false;
    }

    public override void WriteJson(JsonWriter writer, Dictionary<string, object?>? value, JsonSerializer serializer) =>
        throw new NotSupportedException("Written by the default writer.");
}
