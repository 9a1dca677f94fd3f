using System.ComponentModel.DataAnnotations;

namespace RecoveryBot.CheckIns;

/// <summary>Check-in settings (configuration section <c>CheckIns</c>).</summary>
public sealed class CheckInOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "CheckIns";

    /// <summary>How often the sender looks for due check-ins.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The hour of the user's local day at which a check-in is sent.</summary>
    [Range(0, 23)]
    public int LocalHour { get; set; } = 10;
}
