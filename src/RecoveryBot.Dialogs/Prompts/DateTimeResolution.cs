using Newtonsoft.Json;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// One reading of a date/time answer, as in the SDK: strings in the user's local time ("yyyy-MM-dd" or
/// "yyyy-MM-dd HH:mm:ss"), a TIMEX expression, and for ranges a start and end.
/// </summary>
public sealed class DateTimeResolution
{
    /// <summary>Gets or sets the value for a single date or time.</summary>
    [JsonProperty("value")]
    public string? Value { get; set; }

    /// <summary>Gets or sets the start of a range.</summary>
    [JsonProperty("start")]
    public string? Start { get; set; }

    /// <summary>Gets or sets the end of a range.</summary>
    [JsonProperty("end")]
    public string? End { get; set; }

    /// <summary>Gets or sets the TIMEX expression.</summary>
    [JsonProperty("timex")]
    public string? Timex { get; set; }

    /// <summary>Gets or sets the recogniser's type: date, datetime, daterange, datetimerange, time, timerange.</summary>
    [JsonProperty("type")]
    public string? Type { get; set; }

    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    /// <summary>Gets the earliest moment this reading stands for, in the user's local time, when it can be parsed.</summary>
    /// <returns>The local date/time, or null.</returns>
    public DateTime? GetEarliest()
    {
        var text = Value ?? Start;
        return DateTime.TryParseExact(text, Formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)
            ? parsed
            : null;
    }
}
