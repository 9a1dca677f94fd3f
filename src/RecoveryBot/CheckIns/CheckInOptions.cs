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

    /// <summary>
    /// How long one send may take before it counts as failed and is tried again on a later round: a Bot Connector that
    /// hangs for one conversation must not hold the others' check-ins. A send that timed out may still have been
    /// delivered (the connector answered late), so a slow connector can deliver a check-in twice. At most two minutes:
    /// well inside the five-minute claim that keeps other instances from sending it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The hour of the user's local day at which a check-in is sent.</summary>
    [Range(0, 23)]
    public int LocalHour { get; set; } = 10;
}
