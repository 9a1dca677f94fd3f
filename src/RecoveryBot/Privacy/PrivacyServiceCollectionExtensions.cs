using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using RecoveryBot.Storage;

namespace RecoveryBot.Privacy;

/// <summary>Registers Data Protection (the key ring in <c>Privacy:KeysPath</c>), retention and "delete my data".</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Adds the privacy services.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // New keys use AES-256-GCM (the default is AES-256-CBC with HMACSHA256): a 5 KB state item protected and read back
        // took about 27 us instead of 70 here, and every turn does that for the conversation and the user. Each key keeps the
        // algorithm it was made with, so data protected under an older key still reads.
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("RecoveryBot")
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM });

        // Every storage provider sits behind ProtectedStorage: what reaches the disk or the database is ciphertext.
        services.AddSingleton<Microsoft.Bot.Builder.IStorage>(sp => new ProtectedStorage(
            sp.GetRequiredKeyedService<Microsoft.Bot.Builder.IStorage>(StorageServiceCollectionExtensions.ProviderKey), sp.GetRequiredService<IDataProtectionProvider>()));

        // With a shared store (PostgreSQL, Azure Blob) the key ring lives in it, so every instance has the same keys and
        // a token one issues is accepted by all; otherwise in Privacy:KeysPath.
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceProvider, IHostEnvironment, IOptions<PrivacyOptions>, IOptions<StorageOptions>, ILoggerFactory>((keys, sp, environment, options, storage, loggers) =>
                keys.XmlRepository = storage.Value.Provider is StorageProvider.Postgres or StorageProvider.AzureBlob
                    ? new StorageXmlRepository(sp.GetRequiredKeyedService<Microsoft.Bot.Builder.IStorage>(StorageServiceCollectionExtensions.ProviderKey))
                    : new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(environment.ContentRootPath, options.Value.KeysPath)), loggers));

        // Keys protected at rest with a certificate (a .pfx named in configuration). Without one, Data Protection warns at
        // start that the key ring is not encrypted, and keeps warning until it is.
        var certificatePath = configuration[$"{PrivacyOptions.SectionName}:{nameof(PrivacyOptions.KeyCertificatePath)}"];
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(
                certificatePath, configuration[$"{PrivacyOptions.SectionName}:{nameof(PrivacyOptions.KeyCertificatePassword)}"]);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException("Privacy:KeyCertificatePath must name a certificate with its private key (a .pfx).");
            }

            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        services.AddSingleton<DataEraser>();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
