using System.Text;
using System.Text.Json.Nodes;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// Makes hostile request bodies for <c>/api/messages</c>: real-shaped activities (Teams and Web Chat, as their docs show
/// them) mutated at random (values of the wrong type, deep nesting, huge arrays and strings, odd Unicode, null bytes,
/// lone surrogates, missing or extra fields, truncated JSON, plain garbage). Deterministic for a seed. The service URL
/// is kept pointing at <c>serviceUrl</c> or made into junk, never at another host, so replies cannot leave the machine.
/// Shared by the short fuzz test in CI and the long mode of the benchmark (<c>--fuzz N</c>).
/// </summary>
public sealed class ActivityFuzzer(int seed, string serviceUrl)
{
    private const string BotId = "28:recoverybot-app-id";

    // Lone surrogates cannot be written by the JSON writer, so they go in as markers and become \ud800 / \udc00
    // escapes in the text sent: valid JSON, invalid UTF-16.
    private const string LoneHigh = "@@LONE-HIGH@@";
    private const string LoneLow = "@@LONE-LOW@@";
    private readonly Random _random = new(seed);

    private static readonly string[] OddStrings =
    [
        "", " ", "\u0000", "a\u0000b", LoneHigh, "x" + LoneLow + "y", "\u202eevil\u202c", "e\u0301\u0301\u0301\u0301\u0301", "😀💥🧨", "\uFEFF\u200B\u200D",
        "<at>RecoveryBot</at>", "<at></at>", "<script>alert(1)</script>", "null", "{}", "%s%n%x", "../../etc/passwd", "\r\n\r\n", "ｈｅｌｐ ｎｏｗ",
    ];

    /// <summary>
    /// True when a response is a failure of the app: any 5xx except the deliberate 501 <c>NotImplemented</c> for an
    /// invoke the bot does not handle. <paramref name="readBody"/> is called only for a 501.
    /// </summary>
    public static async Task<bool> IsFailureAsync(int status, Func<Task<string>> readBody)
    {
        ArgumentNullException.ThrowIfNull(readBody);
        if (status < 500)
        {
            return false;
        }

        return status != 501 || !(await readBody().ConfigureAwait(false)).Contains("\"NotImplemented\"", StringComparison.Ordinal);
    }

    /// <summary>One request: its body as bytes and the content type to send it with.</summary>
    public (byte[] Body, string ContentType) Next()
    {
        var roll = _random.Next(100);
        if (roll < 3)
        {
            var garbage = new byte[_random.Next(0, 2000)];
            _random.NextBytes(garbage);
            return (garbage, "application/json");
        }

        var activity = Seed();
        var mutations = 1 + _random.Next(3);
        for (var i = 0; i < mutations; i++)
        {
            Mutate(activity);
        }

        var text = activity.ToJsonString().Replace(LoneHigh, "\\ud800", StringComparison.Ordinal).Replace(LoneLow, "\\udc00", StringComparison.Ordinal);
        if (roll < 10 && text.Length > 2)
        {
            text = text[.._random.Next(1, text.Length - 1)];
        }

        var contentType = roll < 12 ? "text/plain" : "application/json; charset=utf-8";
        return (Encoding.UTF8.GetBytes(text), contentType);
    }

    private JsonObject Seed()
    {
        var id = _random.Next(1, 50);
        var conversationId = $"a:fuzz-{id}";
        var from = new JsonObject { ["id"] = $"29:fuzz-user-{id}", ["name"] = "Fuzz", ["aadObjectId"] = Guid.Empty.ToString() };
        var recipient = new JsonObject { ["id"] = BotId, ["name"] = "RecoveryBot" };
        var tenant = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        JsonObject Activity(string type, string conversationType) => new()
        {
            ["type"] = type,
            ["id"] = $"fuzz-{_random.NextInt64():x16}",
            ["timestamp"] = "2026-11-30T03:00:00.000Z",
            ["localTimestamp"] = "2026-11-29T21:00:00.000-06:00",
            ["localTimezone"] = "America/Chicago",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = from.DeepClone(),
            ["recipient"] = recipient.DeepClone(),
            ["conversation"] = new JsonObject { ["conversationType"] = conversationType, ["tenantId"] = "tenant-1", ["id"] = conversationType == "personal" ? conversationId : $"19:fuzz-{id}@thread.v2" },
            ["channelData"] = tenant.DeepClone(),
            ["locale"] = "en-US",
        };

        var pick = _random.Next(9);
        var activity = pick switch
        {
            0 or 1 => Activity("message", "personal"),
            2 => Activity("message", "groupChat"),
            3 => Activity("conversationUpdate", "personal"),
            4 => Activity("installationUpdate", "personal"),
            5 => Activity("invoke", "personal"),
            6 => Activity("messageUpdate", "personal"),
            7 => Activity("messageReaction", "personal"),
            _ => Activity("message", "personal"),
        };
        switch (pick)
        {
            case 0:
            case 6:
                activity["text"] = new[] { "menu", "plan amends", "help now", "my sister Jo", "yes", "export my reflections", "pause" }[_random.Next(7)];
                break;
            case 1:
                activity["text"] = "<at>RecoveryBot</at> help now";
                activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>RecoveryBot</at>", ["mentioned"] = recipient.DeepClone() });
                break;
            case 2:
                activity["text"] = "<at>RecoveryBot</at> menu";
                activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>RecoveryBot</at>", ["mentioned"] = recipient.DeepClone() });
                break;
            case 3:
                activity["membersAdded"] = new JsonArray(recipient.DeepClone(), from.DeepClone());
                break;
            case 4:
                activity["action"] = _random.Next(2) == 0 ? "add" : "remove";
                break;
            case 5:
                activity["name"] = _random.Next(2) == 0 ? "adaptiveCard/action" : "composeExtension/query";
                activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "x", ["data"] = new JsonObject() } };
                break;
            case 7:
                activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
                activity["replyToId"] = "1";
                break;
            default:
                // A card submit from Web Chat: text empty, the answer in the value.
                activity["channelId"] = "emulator";
                activity["value"] = new JsonObject { ["answer"] = "I want to rest", ["nested"] = new JsonArray(1, "two", null) };
                break;
        }

        return activity;
    }

    private void Mutate(JsonObject root)
    {
        var containers = new List<JsonNode>();
        Collect(root, containers);
        var target = containers[_random.Next(containers.Count)];
        switch (target)
        {
            case JsonObject obj when obj.Count > 0 && _random.Next(4) == 0:
                obj.Remove(obj.ElementAt(_random.Next(obj.Count)).Key);
                break;
            case JsonObject obj:
                var key = obj.Count > 0 && _random.Next(3) > 0 ? obj.ElementAt(_random.Next(obj.Count)).Key : RandomString(8);
                if (key == "serviceUrl" && obj == root)
                {
                    // Never another host: junk or nothing.
                    obj[key] = _random.Next(2) == 0 ? "not a url" : null;
                    break;
                }

                obj[key] = RandomValue(0);
                break;
            case JsonArray array when array.Count > 0 && _random.Next(2) == 0:
                array[_random.Next(array.Count)] = RandomValue(0);
                break;
            case JsonArray array:
                array.Add(RandomValue(0));
                break;
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        into.Add(node);
        if (node is JsonObject obj)
        {
            foreach (var (_, child) in obj)
            {
                if (child is JsonObject or JsonArray)
                {
                    Collect(child, into);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                if (child is JsonObject or JsonArray)
                {
                    Collect(child!, into);
                }
            }
        }
    }

    private JsonNode? RandomValue(int depth)
    {
        switch (_random.Next(12))
        {
            case 0:
                return null;
            case 1:
                return _random.Next(2) == 0;
            case 2:
                return _random.Next(4) switch { 0 => long.MaxValue, 1 => -1, 2 => 1e308, _ => 0.5 };
            case 3:
                return OddStrings[_random.Next(OddStrings.Length)];
            case 4:
                return new string((char)_random.Next(32, 0x2FFF), _random.Next(2) == 0 ? 100_000 : 5_000);
            case 5:
                // Deep nesting: an array inside an array, a few hundred levels down.
                JsonNode deep = new JsonArray();
                for (var i = 0; i < 200 + _random.Next(300); i++)
                {
                    deep = new JsonArray(deep);
                }

                return deep;
            case 6:
                var huge = new JsonArray();
                for (var i = 0; i < 5_000; i++)
                {
                    huge.Add(i);
                }

                return huge;
            case 7 when depth < 3:
                return new JsonObject { [RandomString(5)] = RandomValue(depth + 1), ["type"] = RandomValue(depth + 1) };
            case 8 when depth < 3:
                return new JsonArray(RandomValue(depth + 1), RandomValue(depth + 1));
            default:
                return RandomString(_random.Next(0, 40));
        }
    }

    private string RandomString(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            // Any character but a surrogate (those come as markers, above).
            chars[i] = _random.Next(10) == 0 ? (char)_random.Next(0, 0xD800) : (char)_random.Next('a', 'z' + 1);
        }

        return new string(chars);
    }
}
