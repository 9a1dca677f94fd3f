using Newtonsoft.Json;

namespace RecoveryBot.Dialogs.Choices;

/// <summary>The choice a user picked (the SDK's members, types and JSON names).</summary>
public sealed class FoundChoice
{
    /// <summary>Gets or sets the picked choice's value.</summary>
    [JsonProperty("value")]
    public string Value { get; set; } = string.Empty;

    /// <summary>Gets or sets the picked choice's zero-based index.</summary>
    [JsonProperty("index")]
    public int Index { get; set; }

    /// <summary>Gets or sets how confident the match is, from 0 to 1 (1 = exact), a <see cref="float"/> as in the SDK.</summary>
    [JsonProperty("score")]
    public float Score { get; set; }

    /// <summary>Gets or sets the value, title, synonym, number or ordinal that matched.</summary>
    [JsonProperty("synonym")]
    public string? Synonym { get; set; }
}
