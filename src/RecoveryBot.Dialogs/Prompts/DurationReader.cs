using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// Reads an answer to "how many months?" in that unit: the first quantity in the text, whether a length of time ("a
/// year", "six weeks", "a year and a half", "in a year"), found by the Recognizers.Text date-time model, or a plain
/// number, taken to be in the unit already. The first quantity is the one the person proposes ("a year? she spent like
/// 5 years..." is a year).
/// </summary>
internal static partial class DurationReader
{
    private const double YearDays = 365.2425;
    private const double MonthDays = YearDays / 12;

    /// <summary>
    /// The first quantity in <paramref name="text"/>, in <paramref name="unit"/>, or null when there is none (a length
    /// of time the recognisers only place in the past, "5 years ago", is not one, and its number is not read either;
    /// nor is a number with another unit, "$500" or "25 years old").
    /// A length of time in another unit is converted exactly when that gives at most two decimals (1.5 years is 18
    /// months, 6 months is 0.5 years); otherwise it is rounded to the nearest whole unit, halves up, and a length of
    /// time shorter than half a unit counts as 1 rather than 0 (6 weeks is 1 month, as are 10 days).
    /// </summary>
    public static double? Read(string text, string culture, DurationUnit unit, RecognizerCache recognizers, DateTime now)
    {
        if (culture.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            text = WithUnitsSpelledOut(text);
        }

        // Numbers with another unit are no answer: "$500", "32C", "5km", "25 years old".
        var otherUnits = recognizers.GetNumberWithUnitModels(culture).SelectMany(m => m.Parse(text)).ToList();
        var times = recognizers.GetDateTimeModel(culture).Parse(text, now);
        var found = new List<(int Start, double Value)>();
        foreach (var time in times)
        {
            if (!otherUnits.Any(u => Overlap(u, time)) && DaysIn(time, now) is { } days)
            {
                found.Add((time.Start, InUnit(days, unit)));
            }
        }

        foreach (var number in recognizers.GetNumberModel(culture).Parse(text))
        {
            // A number inside a date or a length of time belongs to it: "5 years ago", "since 2019", "6 months".
            if (times.Concat(otherUnits).Any(t => Overlap(t, number))
                || !NumberPrompt<double>.TryParse(number.Resolution, culture, out var value))
            {
                continue;
            }

            // "1-2 years", "3 or 4 years": the first number takes the unit of the length of time after it.
            var next = times.Where(t => t.Start > number.End).OrderBy(t => t.Start).FirstOrDefault();
            var unitDays = next is not null && RangeJoin().IsMatch(text[(number.End + 1)..next.Start]) ? SingleUnitDays(next) : null;
            found.Add((number.Start, unitDays is { } per ? InUnit(value * per, unit) : value));
        }

        return found.Count == 0 ? null : found.MinBy(f => f.Start).Value;
    }

    private static bool Overlap(ModelResult one, ModelResult other) => one.Start <= other.End && other.Start <= one.End;

    // The days in a length of time the model found: a duration ("a year and a half"), a date ahead ("in a year"), or the
    // length of a period that carries one ("within 6 months", "the next few months").
    private static double? DaysIn(ModelResult time, DateTime now)
    {
        foreach (var value in Values(time))
        {
            value.TryGetValue("timex", out var timex);
            value.TryGetValue("type", out var type);
            switch (type)
            {
                case "duration" when Days(timex) is { } days:
                    return days;
                case "daterange" when timex is not null && timex.StartsWith('(') && Days(timex.Trim('(', ')').Split(',')[^1]) is { } days:
                    return days;
                case "date" when timex is not null && !timex.Contains('X', StringComparison.Ordinal)
                                 && value.TryGetValue("value", out var written)
                                 && DateTime.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                                 && day > now.Date:
                    return (day - now.Date).TotalDays;
            }
        }

        return null;
    }

    private static IEnumerable<IDictionary<string, string>> Values(ModelResult time) =>
        time.Resolution is not null && time.Resolution.TryGetValue("values", out var values) && values is IEnumerable<IDictionary<string, string>> list
            ? list
            : [];

    // The days of a single-unit length of time ("2 years" is 730.5 days a year), for the number before it in a range.
    private static double? SingleUnitDays(ModelResult time)
    {
        foreach (var value in Values(time))
        {
            if (value.TryGetValue("timex", out var timex) && timex is not null && Duration().Match(timex) is { Success: true } match)
            {
                var parts = match.Groups.Cast<Group>().Skip(1).Where(g => g.Success).ToList();
                return parts.Count == 1 && double.TryParse(parts[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var count) && count > 0
                    ? Days(timex) / count
                    : null;
            }
        }

        return null;
    }

    // An ISO 8601 duration as the recogniser writes it ("P1.5Y", "P1Y6M", "P6W", "PT5H") in days.
    private static double? Days(string? timex)
    {
        if (timex is null || Duration().Match(timex) is not { Success: true } match || timex.Length < 3)
        {
            return null;
        }

        double Part(string name) => match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        return Part("y") * YearDays + Part("mo") * MonthDays + Part("w") * 7 + Part("d")
               + Part("h") / 24 + Part("mi") / (24 * 60) + Part("s") / (24 * 60 * 60);
    }

    private static double InUnit(double days, DurationUnit unit)
    {
        var exact = days / unit switch
        {
            DurationUnit.Days => 1,
            DurationUnit.Weeks => 7,
            DurationUnit.Months => MonthDays,
            _ => YearDays,
        };

        var hundredths = Math.Round(exact * 100);
        if (Math.Abs(exact * 100 - hundredths) < 1e-6)
        {
            return hundredths / 100;
        }

        var whole = Math.Round(exact, MidpointRounding.AwayFromZero);
        return whole == 0 && exact > 0 ? 1 : whole;
    }

    // "2 yrs", "12mo", "6 wks": the recogniser knows only the words.
    private static string WithUnitsSpelledOut(string text) => Abbreviated().Replace(text, match =>
    {
        var lead = match.Groups["lead"].Value;
        if (!char.IsDigit(lead[0]) && match.Groups["space"].Length == 0)
        {
            return match.Value;
        }

        var word = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "yr" => "year",
            "yrs" => "years",
            "mo" or "mth" => "month",
            "mos" or "mths" => "months",
            "wk" => "week",
            _ => "weeks",
        };
        return lead + match.Groups["space"].Value + word;
    });

    [GeneratedRegex(@"\b(?<lead>\d+(?:[.,]\d+)?|an?|one)(?<space>[ \t]{0,3})(?<unit>yrs?|mos?|mths?|wks?)\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviated();

    [GeneratedRegex(@"^P(?:(?<y>\d+(?:\.\d+)?)Y)?(?:(?<mo>\d+(?:\.\d+)?)M)?(?:(?<w>\d+(?:\.\d+)?)W)?(?:(?<d>\d+(?:\.\d+)?)D)?(?:T(?:(?<h>\d+(?:\.\d+)?)H)?(?:(?<mi>\d+(?:\.\d+)?)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"^\s{0,3}(?:-|–|—|to|or)\s{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoin();
}
