using System.ComponentModel.DataAnnotations;

namespace RecoveryBot.Storage;

/// <summary>Which <see cref="Microsoft.Bot.Builder.IStorage"/> holds bot state (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>The provider: <see cref="StorageProvider.Sqlite"/> (default) or <see cref="StorageProvider.Memory"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Settings of the SQLite provider.</summary>
    [Required]
    public SqliteStorageOptions Sqlite { get; set; } = new();

    /// <summary>Settings of the PostgreSQL provider.</summary>
    [Required]
    public PostgresStorageOptions Postgres { get; set; } = new();

    /// <summary>Settings of the Azure Blob Storage provider.</summary>
    [Required]
    public AzureBlobStorageOptions AzureBlob { get; set; } = new();
}

/// <summary>The storage providers this build supports.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file on the app's disk: durable, one app instance.</summary>
    Sqlite,

    /// <summary>Process memory: lost on restart; for tests and quick experiments.</summary>
    Memory,

    /// <summary>A PostgreSQL database (Npgsql).</summary>
    Postgres,

    /// <summary>An Azure Blob Storage container.</summary>
    AzureBlob,
}

/// <summary>Settings of the SQLite provider (configuration section <c>Storage:Sqlite</c>).</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The database file; a relative path is taken from the app's content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/recoverybot.db";
}

/// <summary>Settings of the PostgreSQL provider (configuration section <c>Storage:Postgres</c>).</summary>
public sealed class PostgresStorageOptions
{
    /// <summary>The Npgsql connection string; when empty, <c>ConnectionStrings:Postgres</c> is used.</summary>
    public string? ConnectionString { get; set; }
}

/// <summary>Settings of the Azure Blob Storage provider (configuration section <c>Storage:AzureBlob</c>).</summary>
public sealed class AzureBlobStorageOptions
{
    /// <summary>A storage connection string (with a key or SAS); or leave it empty and set <see cref="AccountUrl"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account's blob endpoint (<c>https://account.blob.core.windows.net</c>), used with
    /// <c>DefaultAzureCredential</c> (the app's managed identity in Azure) when there is no connection string.</summary>
    public Uri? AccountUrl { get; set; }

    /// <summary>The container; created on first use if missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Container { get; set; } = "recoverybot-state";
}
