using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// Asks for a date or time in natural language ("next Saturday", "in two weeks", "tomorrow evening") with
/// Microsoft.Recognizers.Text.DateTime. Answers resolved relative to the user's local "now": the clock is
/// <see cref="TimeProvider"/> (default <see cref="TimeProvider.System"/>), and the user's zone is, in order,
/// the activity's IANA <c>LocalTimezone</c>, the offset of its <c>LocalTimestamp</c>, <see cref="DefaultTimeZone"/>, then UTC.
/// Durations alone ("90 days"), sets and unresolvable text are retried. The value lists every reading of the
/// first date found (ambiguous input gives several).
/// </summary>
public class DateTimePrompt : Prompt<IList<DateTimeResolution>>
{
    private static readonly System.Collections.Frozen.FrozenSet<string> AcceptedTypes = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[] { "date", "datetime", "daterange", "datetimerange", "time", "timerange" }, StringComparer.Ordinal);

    /// <summary>Creates a date/time prompt.</summary>
    /// <param name="dialogId">A stable id.</param>
    /// <param name="validator">An optional validator (runs after the <see cref="RequireFuture"/> filter).</param>
    /// <param name="defaultLocale">The culture when the activity has none (null: en-us).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dialogId"/> is null, empty or white space.</exception>
    public DateTimePrompt(string dialogId, PromptValidator<IList<DateTimeResolution>>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    /// <summary>Gets or sets the recogniser models (default <see cref="RecognizerCache.Shared"/>).</summary>
    public RecognizerCache Recognizers { get; set; } = RecognizerCache.Shared;

    /// <summary>Gets or sets the clock "now" is read from (default <see cref="TimeProvider.System"/>; tests set a fixed one).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the zone used when the activity carries no local time information (null = UTC).</summary>
    public TimeZoneInfo? DefaultTimeZone { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether only readings in the future count (dates: today or later;
    /// times: after now). Past readings are dropped; if none is left the answer is retried with <see cref="PastMessage"/>.
    /// </summary>
    public bool RequireFuture { get; set; }

    /// <summary>Gets or sets the explanation sent when <see cref="RequireFuture"/> rejects an answer.</summary>
    public string PastMessage { get; set; } = "That date has already passed. Could you pick one in the future?";

    /// <summary>Gets the user's local "now" for this activity.</summary>
    /// <param name="activity">The incoming activity.</param>
    /// <returns>Now, in the user's offset.</returns>
    public DateTimeOffset GetUserNow(IActivity activity)
    {
        return TimeZoneInfo.ConvertTime(TimeProvider.GetUtcNow(), UserTimeZone.Resolve(activity, DefaultTimeZone));
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<IList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<IList<DateTimeResolution>>();
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var now = GetUserNow(turnContext.Activity);
        var model = Recognizers.GetDateTimeModel(GetCulture(turnContext, options));
        var readings = model.Parse(text, now.DateTime)
            .Select(ToResolutions)
            .FirstOrDefault(list => list.Count > 0);
        if (readings is null)
        {
            return Task.FromResult(result);
        }

        if (RequireFuture)
        {
            readings = readings.Where(r => IsNotPast(r, now.DateTime)).ToList();
            if (readings.Count == 0)
            {
                result.FailureMessage = PastMessage;
                return Task.FromResult(result);
            }
        }

        result.Succeeded = true;
        result.Value = readings;
        return Task.FromResult(result);
    }

    private static List<DateTimeResolution> ToResolutions(Microsoft.Recognizers.Text.ModelResult found)
    {
        var list = new List<DateTimeResolution>();
        if (found.Resolution is null || !found.Resolution.TryGetValue("values", out var raw) || raw is not System.Collections.IEnumerable values)
        {
            return list;
        }

        foreach (var item in values)
        {
            if (item is not IDictionary<string, string> v)
            {
                continue;
            }

            var type = v.TryGetValue("type", out var t) ? t : null;
            var value = v.TryGetValue("value", out var val) ? val : null;
            var start = v.TryGetValue("start", out var s) ? s : null;
            var end = v.TryGetValue("end", out var e) ? e : null;

            // "not resolved" values and durations/sets ("90 days", "every week") are not a date someone can plan for.
            if (type is null || !AcceptedTypes.Contains(type) || (value is null && start is null) || value == "not resolved")
            {
                continue;
            }

            list.Add(new DateTimeResolution { Type = type, Value = value, Start = start, End = end, Timex = v.TryGetValue("timex", out var x) ? x : null });
        }

        return list;
    }

    private static bool IsNotPast(DateTimeResolution reading, DateTime localNow)
    {
        var earliest = reading.GetEarliest();
        if (earliest is null)
        {
            // Time-only values ("at 5pm") carry no date; let the validator decide.
            return true;
        }

        return reading.Type is "date" or "daterange"
            ? earliest.Value.Date >= localNow.Date
            : earliest.Value > localNow || (reading.End is not null && reading.Start is not null && ParseEnd(reading) > localNow);
    }

    private static DateTime? ParseEnd(DateTimeResolution reading)
        => new DateTimeResolution { Value = reading.End }.GetEarliest();
}
