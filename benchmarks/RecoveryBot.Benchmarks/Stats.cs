namespace RecoveryBot.Benchmarks;

/// <summary>Percentiles and medians as the main table takes them (nearest rank), for the growth cases.</summary>
public static class Stats
{
    /// <summary>The nearest-rank percentile <paramref name="p"/> (0..1) of <paramref name="sorted"/>; NaN when empty.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The values sorted, for <see cref="Percentile"/>.</summary>
    public static double[] Sorted(IEnumerable<double> values)
    {
        var array = values.ToArray();
        Array.Sort(array);
        return array;
    }

    /// <summary>The median (the mean of the two middle values when the count is even); NaN when empty.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var s = Sorted(values);
        return s.Length == 0 ? double.NaN : s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }

    /// <summary>Ratios for printing: "1.23x (rounds: 1.20, 1.26)".</summary>
    public static string Ratios(IReadOnlyList<double> perRound) =>
        perRound.Count == 1 ? $"{perRound[0]:0.00}x" : $"{Median(perRound):0.00}x (rounds: {string.Join(", ", perRound.Select(r => r.ToString("0.00")))})";
}
