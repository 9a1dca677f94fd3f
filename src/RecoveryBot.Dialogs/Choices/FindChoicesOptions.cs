using Newtonsoft.Json;

namespace RecoveryBot.Dialogs.Choices;

/// <summary>
/// Options for recognising a choice, as the SDK's <c>FindChoicesOptions</c> (same properties, defaults and JSON
/// names); set it as <see cref="Prompts.ChoicePrompt.RecognizerOptions"/> or pass it to
/// <see cref="ChoiceRecognizer.Recognize(string?, IList{Choice}, FindChoicesOptions?)"/>.
/// </summary>
public class FindChoicesOptions : FindValuesOptions
{
    /// <summary>
    /// Gets or sets a value indicating whether a choice's <see cref="Choice.Value"/> is not searched for (default false).
    /// Its action title and synonyms still are, and so are numbers and ordinals.
    /// </summary>
    [JsonProperty("noValue")]
    public bool NoValue { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the title of a choice's <see cref="Choice.Action"/> is not searched for
    /// (default false).
    /// </summary>
    [JsonProperty("noAction")]
    public bool NoAction { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a number picks the choice at that position: "2", "two", "number 2"
    /// (default true).
    /// </summary>
    [JsonProperty("recognizeNumbers")]
    public bool RecognizeNumbers { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether an ordinal picks the choice at that position: "second", "2nd", "the
    /// last one" (default true).
    /// </summary>
    [JsonProperty("recognizeOrdinals")]
    public bool RecognizeOrdinals { get; set; } = true;
}
