using Microsoft.Bot.Schema;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>The user's time zone as far as an activity tells it.</summary>
public static class UserTimeZone
{
    /// <summary>
    /// The activity's <c>localTimezone</c> (an IANA name) when known here; else a fixed zone at the offset of its
    /// <c>localTimestamp</c>; else <paramref name="fallback"/>; else UTC.
    /// </summary>
    public static TimeZoneInfo Resolve(IActivity? activity, TimeZoneInfo? fallback = null)
    {
        if (activity is Activity { LocalTimezone: { Length: > 0 } name } && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return zone;
        }

        if (activity?.LocalTimestamp is { } local)
        {
            return TimeZoneInfo.CreateCustomTimeZone($"UTC{local.Offset}", local.Offset, $"UTC{local.Offset}", $"UTC{local.Offset}");
        }

        return fallback ?? TimeZoneInfo.Utc;
    }
}
