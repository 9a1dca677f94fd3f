using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Internal;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>
/// What a prompt asks and how. Persisted with the stack as plain JSON, so it holds only JSON-friendly types
/// (<see cref="Activity"/> round-trips through Newtonsoft without type names), and its activities and choices are
/// written without their null fields.
/// </summary>
public sealed class PromptOptions
{
    /// <summary>Gets or sets the question.</summary>
    [JsonProperty("prompt", NullValueHandling = NullValueHandling.Ignore)]
    [JsonConverter(typeof(WithoutNullsConverter))]
    public Activity? Prompt { get; set; }

    /// <summary>Gets or sets what to say after an answer that was not understood; defaults to <see cref="Prompt"/>.</summary>
    [JsonProperty("retryPrompt", NullValueHandling = NullValueHandling.Ignore)]
    [JsonConverter(typeof(WithoutNullsConverter))]
    public Activity? RetryPrompt { get; set; }

    /// <summary>Gets or sets the choices (choice prompts).</summary>
    [JsonProperty("choices", NullValueHandling = NullValueHandling.Ignore)]
    [JsonConverter(typeof(WithoutNullsConverter))]
    public IList<Choice>? Choices { get; set; }

    /// <summary>Gets or sets how choices are shown; null means <see cref="ListStyle.Auto"/>.</summary>
    [JsonProperty("style", NullValueHandling = NullValueHandling.Ignore)]
    public ListStyle? Style { get; set; }

    /// <summary>Gets or sets extra data for validators.</summary>
    [JsonProperty("validations", NullValueHandling = NullValueHandling.Ignore)]
    public object? Validations { get; set; }

    /// <summary>Gets or sets the culture to recognise in, overriding the activity's locale.</summary>
    [JsonProperty("recognizeLanguage", NullValueHandling = NullValueHandling.Ignore)]
    public string? RecognizeLanguage { get; set; }

    /// <summary>
    /// Gets or sets how many answers the user may give before the prompt gives up and ends with
    /// <see cref="PromptNotRecognized"/>. Null uses the prompt's <c>DefaultMaxAttempts</c> (3). Values below 1 count as 1.
    /// </summary>
    [JsonProperty("maxAttempts", NullValueHandling = NullValueHandling.Ignore)]
    public int? MaxAttempts { get; set; }

    /// <summary>Gets or sets an optional message sent when the prompt gives up (before the caller's next step runs).</summary>
    [JsonProperty("tooManyAttemptsMessage", NullValueHandling = NullValueHandling.Ignore)]
    [JsonConverter(typeof(WithoutNullsConverter))]
    public Activity? TooManyAttemptsMessage { get; set; }
}
