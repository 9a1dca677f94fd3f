using RecoveryBot.Dialogs.Internal;

namespace RecoveryBot.Dialogs;

/// <summary>Typed reads from a waterfall's values bag, which holds JSON tokens after a reload.</summary>
public static class ValuesExtensions
{
    /// <summary>Reads a value as <typeparamref name="T"/>, converting JSON tokens and numbers.</summary>
    /// <typeparam name="T">The wanted type.</typeparam>
    /// <param name="values">The values bag.</param>
    /// <param name="key">The key.</param>
    /// <returns>The value, or default when absent.</returns>
    public static T? GetValue<T>(this IDictionary<string, object?> values, string key)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(key, out var raw) ? StateValues.Convert<T>(raw) : default;
    }
}
