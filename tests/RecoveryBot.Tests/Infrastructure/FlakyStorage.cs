using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// Wraps the app's store so a test can make it stop answering (as a locked or restarting database does: a
/// <see cref="SqliteException"/> "database is locked") and come back.
/// </summary>
public sealed class FlakyStorage(IStorage inner) : IStorage, RecoveryBot.Storage.IKeyListingStorage, RecoveryBot.Storage.IJsonTextStorage
{
    /// <summary>While true, every read, write and delete fails.</summary>
    public bool Away { get; set; }

    /// <summary>A write this matches fails as when the store is away (one write call: all its items or none).</summary>
    public Func<IDictionary<string, object>, bool>? Refuses { get; set; }

    /// <summary>Replaces the app's <see cref="IStorage"/> registration with a flaky wrapper of it, shared through <paramref name="holder"/>.</summary>
    public static void Install(IServiceCollection services, Action<FlakyStorage> holder)
    {
        var original = services.Last(d => d.ServiceType == typeof(IStorage) && !d.IsKeyedService);
        services.Remove(original);
        services.AddSingleton<IStorage>(sp =>
        {
            var inner = original.ImplementationFactory is { } factory ? (IStorage)factory(sp) : (IStorage)original.ImplementationInstance!;
            var flaky = new FlakyStorage(inner);
            holder(flaky);
            return flaky;
        });
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        Away ? Task.FromException<IDictionary<string, object>>(Locked()) : inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        Away || Refuses?.Invoke(changes) == true ? Task.FromException(Locked()) : inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        Away ? Task.FromException(Locked()) : inner.DeleteAsync(keys, cancellationToken);

    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken) =>
        Away ? Task.FromException<IReadOnlyList<string>>(Locked()) : ((RecoveryBot.Storage.IKeyListingStorage)inner).ListKeysAsync(prefix, cancellationToken);

    // The app's state reads and writes its items as JSON text: the same failures apply.
    public Task<IDictionary<string, T>> ReadJsonAsync<T>(string[] keys, Func<string, bool, T> read, CancellationToken cancellationToken)
        where T : notnull =>
        Away ? Task.FromException<IDictionary<string, T>>(Locked()) : ((RecoveryBot.Storage.IJsonTextStorage)inner).ReadJsonAsync(keys, read, cancellationToken);

    public Task WriteJsonAsync(IReadOnlyDictionary<string, string> items, CancellationToken cancellationToken) =>
        Away || Refuses?.Invoke(items.ToDictionary(i => i.Key, i => (object)i.Value)) == true
            ? Task.FromException(Locked())
            : ((RecoveryBot.Storage.IJsonTextStorage)inner).WriteJsonAsync(items, cancellationToken);

    private static SqliteException Locked() => new("database is locked", 5);
}
