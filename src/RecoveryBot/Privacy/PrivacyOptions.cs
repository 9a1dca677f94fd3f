using System.ComponentModel.DataAnnotations;

namespace RecoveryBot.Privacy;

/// <summary>Privacy settings (configuration section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Privacy";

    /// <summary>
    /// Where the Data Protection key ring lives; relative paths are from the app's folder. Keep it outside the state
    /// store (and out of backups of it): the store alone is then unreadable.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string KeysPath { get; set; } = "data/keys";

    /// <summary>The default of <see cref="RetentionDays"/>.</summary>
    public const int DefaultRetentionDays = 90;

    /// <summary>Data not touched for this many days is erased.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = DefaultRetentionDays;

    /// <summary>How often the retention sweep runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
