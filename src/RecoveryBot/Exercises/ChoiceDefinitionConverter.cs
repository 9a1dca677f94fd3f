using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Exercises;

/// <summary>Reads a choice written either as a plain string or as an object.</summary>
internal sealed class ChoiceDefinitionConverter : JsonConverter<ChoiceDefinition>
{
    public override ChoiceDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ChoiceDefinition(reader.GetString()!);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        return new ChoiceDefinition(
            root.GetProperty("value").GetString()!,
            root.TryGetProperty("title", out var title) ? title.GetString() : null,
            root.TryGetProperty("synonyms", out var synonyms) ? synonyms.EnumerateArray().Select(s => s.GetString()!).ToArray() : null);
    }

    public override void Write(Utf8JsonWriter writer, ChoiceDefinition value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("value", value.Value);
        if (value.Title is not null)
        {
            writer.WriteString("title", value.Title);
        }

        if (value.Synonyms is not null)
        {
            writer.WritePropertyName("synonyms");
            JsonSerializer.Serialize(writer, value.Synonyms, options);
        }

        writer.WriteEndObject();
    }
}
