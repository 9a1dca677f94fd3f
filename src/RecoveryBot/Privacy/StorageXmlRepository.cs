using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Bot.Builder;
using RecoveryBot.Storage;

namespace RecoveryBot.Privacy;

/// <summary>
/// The Data Protection key ring kept in the state store itself (the provider underneath the encryption, PostgreSQL or
/// Azure Blob), so every app instance on that store shares one key ring with nothing else to share. One item holds
/// every key, changed with an ETag check so two instances adding a key at once both keep theirs.
/// </summary>
public sealed class StorageXmlRepository(IStorage provider) : IXmlRepository
{
    /// <summary>The key prefix of the key ring's item; retention leaves it alone.</summary>
    public const string KeyPrefix = "dataprotection/";

    private const string ItemKey = KeyPrefix + "keyring";

    /// <inheritdoc/>
    /// <remarks>Data Protection asks synchronously, at start and when a key is due: rare, and worth the blocking call.</remarks>
    public IReadOnlyCollection<XElement> GetAllElements() =>
        (StoredItems.ReadAsync<KeyRing>(provider, ItemKey, CancellationToken.None).GetAwaiter().GetResult()?.Elements ?? [])
            .Select(xml => XElement.Parse(xml))
            .ToList();

    /// <inheritdoc/>
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var xml = element.ToString(SaveOptions.DisableFormatting);
        StoredItems.UpdateAsync<KeyRing>(provider, ItemKey, ring =>
        {
            ring ??= new KeyRing();
            ring.Elements.Add(xml);
            return ring;
        }, CancellationToken.None).GetAwaiter().GetResult();
    }

    private sealed class KeyRing : IStoreItem
    {
        public string? ETag { get; set; }

        public List<string> Elements { get; set; } = [];
    }
}
