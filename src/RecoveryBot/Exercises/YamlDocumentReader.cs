using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Exercises;

/// <summary>
/// Reads a YAML document into JSON (for the JSON Schema) and remembers where each value stood, so a problem found in
/// the JSON can be reported at its line and column in the YAML.
/// </summary>
internal sealed partial class YamlDocumentReader
{
    private readonly Dictionary<string, Mark> _positions = new(StringComparer.Ordinal);

    private YamlDocumentReader()
    {
    }

    /// <summary>The JSON form of the document.</summary>
    public JsonNode? Root { get; private set; }

    /// <summary>Reads <paramref name="text"/>; a YAML syntax error comes back as <paramref name="error"/> instead.</summary>
    public static YamlDocumentReader? TryRead(string text, out (int Line, int Column, string Message)? error)
    {
        error = null;
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            // YamlDotNet prefixes its messages with the position, which we report separately.
            message = PositionPrefix().Replace(message, "");
            error = ((int)ex.Start.Line, (int)ex.Start.Column, "This is not valid YAML: " + message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // The scanner sometimes fails without a position (e.g. an unclosed '['); the last good event is near it.
            var near = parser.Current?.End ?? Mark.Empty;
            error = ((int)Math.Max(near.Line, 1), (int)Math.Max(near.Column, 1), "This is not valid YAML near here: check for an unclosed bracket or quote.");
            return null;
        }

        var reader = new YamlDocumentReader();
        if (stream.Documents.Count == 0)
        {
            error = (1, 1, "The file is empty.");
            return null;
        }

        reader.Root = reader.Convert(stream.Documents[0].RootNode, "");
        return reader;
    }

    /// <summary>Where the value at a JSON pointer (like <c>/steps/2/ask</c>) starts; falls back to its nearest parent.</summary>
    public (int Line, int Column) PositionOf(string pointer)
    {
        while (true)
        {
            if (_positions.TryGetValue(pointer, out var mark))
            {
                return ((int)mark.Line, (int)mark.Column);
            }

            if (pointer.Length == 0)
            {
                return (1, 1);
            }

            pointer = pointer[..pointer.LastIndexOf('/')];
        }
    }

    private JsonNode? Convert(YamlNode node, string pointer)
    {
        _positions[pointer] = node.Start;
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = ((YamlScalarNode)keyNode).Value ?? "";
                    var childPointer = pointer + "/" + key.Replace("~", "~0").Replace("/", "~1");
                    obj[key] = Convert(valueNode, childPointer);
                    // A property is easiest to find by its key.
                    _positions[childPointer] = keyNode.Start;
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(Convert(sequence.Children[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture)));
                }

                return array;
            case YamlScalarNode scalar:
                return ConvertScalar(scalar);
            default:
                return null;
        }
    }

    // Only plain (unquoted) scalars are typed, as the YAML core schema does; anything quoted stays a string.
    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
            _ when FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
            _ => JsonValue.Create(value),
        };
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
