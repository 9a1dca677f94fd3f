using Newtonsoft.Json;

namespace RecoveryBot.Dialogs.Choices;

/// <summary>
/// Options for matching an answer against values, as the SDK's <c>FindValuesOptions</c> (same properties, defaults and
/// JSON names). <see cref="ChoiceRecognizer"/> honours <see cref="AllowPartialMatches"/> and <see cref="Locale"/>;
/// <see cref="MaxTokenDistance"/> is accepted and ignored (the words of a title or synonym must be adjacent).
/// </summary>
public class FindValuesOptions
{
    /// <summary>
    /// Gets or sets a value indicating whether an answer containing only some of the words of a multi-word title or
    /// synonym picks that choice (default false). Such partial matches count only when no whole title, synonym,
    /// number or ordinal was found, never for a negated word, and a tie between choices picks none.
    /// </summary>
    [JsonProperty("allowPartialMatches")]
    public bool AllowPartialMatches { get; set; }

    /// <summary>
    /// Gets or sets the culture of the answer (null: en-us). Outside English, numbers and ordinals are also read with
    /// that culture's Microsoft.Recognizers.Text models ("die zweite", "le dernier").
    /// </summary>
    [JsonProperty("locale")]
    public string? Locale { get; set; }

    /// <summary>
    /// Gets or sets the most words allowed between two matched words of a value (the SDK's default is 2). Ignored here:
    /// the words of a title or synonym must be adjacent in the answer, so "second from last" does not match "second last".
    /// </summary>
    [JsonProperty("maxTokenDistance")]
    public int? MaxTokenDistance { get; set; }
}
