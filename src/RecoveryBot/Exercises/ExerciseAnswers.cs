using RecoveryBot.Dialogs;

namespace RecoveryBot.Exercises;

/// <summary>
/// The answers of one run of an exercise, kept in the waterfall's values bag (so they are saved with the dialog
/// stack): for each slot the value branches match on and the words used when the answer is shown back.
/// </summary>
public sealed class ExerciseAnswers(IDictionary<string, object?> values)
{
    private const string ValuePrefix = "value:";
    private const string DisplayPrefix = "display:";

    /// <summary>Keeps an answer.</summary>
    public void Set(string slot, string value, string display)
    {
        values[ValuePrefix + slot] = value;
        values[DisplayPrefix + slot] = display;
    }

    /// <summary>The value a branch matches on (a choice's value, "yes"/"no", an ISO date), or null if unanswered.</summary>
    public string? ValueOf(string slot) => values.GetValue<string>(ValuePrefix + slot);

    /// <summary>Every answer's words, by slot, for filling in text.</summary>
    public IReadOnlyDictionary<string, string> Displays() => Collect(DisplayPrefix);

    /// <summary>Every answer's value, by slot.</summary>
    public IReadOnlyDictionary<string, string> Values() => Collect(ValuePrefix);

    private Dictionary<string, string> Collect(string prefix) =>
        values.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => (Slot: k[prefix.Length..], Text: values.GetValue<string>(k)))
            .Where(a => a.Text is not null)
            .ToDictionary(a => a.Slot, a => a.Text!, StringComparer.Ordinal);
}
