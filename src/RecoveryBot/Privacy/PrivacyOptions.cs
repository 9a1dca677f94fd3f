using System.ComponentModel.DataAnnotations;

namespace RecoveryBot.Privacy;

/// <summary>Privacy settings (configuration section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Privacy";

    /// <summary>
    /// Where the Data Protection key ring lives with the SQLite and Memory stores; relative paths are from the app's
    /// folder. Keep it outside the state store (and out of backups of it): the store alone is then unreadable. With
    /// PostgreSQL or Azure Blob the key ring lives in that store, shared by every instance (protect it with a certificate).
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string KeysPath { get; set; } = "data/keys";

    /// <summary>A certificate with its private key (.pfx) that encrypts the key ring at rest; empty: not encrypted.</summary>
    public string? KeyCertificatePath { get; set; }

    /// <summary>The password of <see cref="KeyCertificatePath"/>, if it has one (keep it out of the repo).</summary>
    public string? KeyCertificatePassword { get; set; }

    /// <summary>The default of <see cref="RetentionDays"/>.</summary>
    public const int DefaultRetentionDays = 90;

    /// <summary>Data not touched for this many days is erased.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = DefaultRetentionDays;

    /// <summary>How often the retention sweep runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
