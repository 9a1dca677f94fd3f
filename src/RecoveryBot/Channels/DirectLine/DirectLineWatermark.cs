using System.Globalization;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>Parses Direct Line watermarks: opaque strings to clients, sequence numbers here.</summary>
public static class DirectLineWatermark
{
    /// <summary>
    /// Parses <paramref name="watermark"/>: empty or missing means "from the start" (-1); otherwise a non-negative
    /// integer. Returns false for anything else.
    /// </summary>
    public static bool TryParse(string? watermark, out long value)
    {
        if (string.IsNullOrEmpty(watermark))
        {
            value = -1;
            return true;
        }

        return long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
