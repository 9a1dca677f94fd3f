using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace RecoveryBot.Dialogs.Tests.Infrastructure;

/// <summary>
/// Storage that behaves like the app's real providers: every write becomes a JSON string without type
/// names, every read parses it back, so values come back as JObject/JArray/long/string, never CLR types.
/// </summary>
public sealed class JsonRoundTripStorage : IStorage
{
    private static readonly JsonSerializerSettings Settings = new() { TypeNameHandling = TypeNameHandling.None, NullValueHandling = NullValueHandling.Include };

    private readonly ConcurrentDictionary<string, string> _items = new();

    public int WriteCount { get; private set; }

    public IReadOnlyDictionary<string, string> RawItems => _items;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> found = new Dictionary<string, object>();
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var json))
            {
                found[key] = JsonConvert.DeserializeObject(json, Settings)!;
            }
        }

        return Task.FromResult(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _items[key] = JsonConvert.SerializeObject(value, Settings);
        }

        WriteCount++;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _items.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
