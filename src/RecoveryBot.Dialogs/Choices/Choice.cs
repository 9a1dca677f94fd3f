using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace RecoveryBot.Dialogs.Choices;

/// <summary>One option of a choice prompt. Plain JSON: it is persisted inside <see cref="Prompts.PromptOptions"/>.</summary>
public sealed class Choice
{
    /// <summary>Creates an empty choice (for deserialisation).</summary>
    public Choice()
    {
    }

    /// <summary>Creates a choice.</summary>
    /// <param name="value">The value returned when it is picked; also the shown title unless <see cref="Action"/> has one.</param>
    /// <param name="synonyms">Other words that pick it.</param>
    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = synonyms.Length > 0 ? synonyms.ToList() : null;
    }

    /// <summary>Gets or sets the value returned when this choice is picked.</summary>
    [JsonProperty("value")]
    public string Value { get; set; } = string.Empty;

    /// <summary>Gets or sets an optional card action for buttons (its title is shown and recognised).</summary>
    [JsonProperty("action")]
    public CardAction? Action { get; set; }

    /// <summary>Gets or sets other words or phrases that pick this choice.</summary>
    [JsonProperty("synonyms")]
    public List<string>? Synonyms { get; set; }

    /// <summary>Gets the text shown for the choice.</summary>
    [JsonIgnore]
    public string Title => string.IsNullOrEmpty(Action?.Title) ? Value : Action!.Title;
}
