namespace RecoveryBot.Dialogs.Choices;

/// <summary>The choice a user picked.</summary>
public sealed class FoundChoice
{
    /// <summary>Gets or sets the picked choice's value.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Gets or sets the picked choice's zero-based index.</summary>
    public int Index { get; set; }

    /// <summary>Gets or sets how confident the match is, from 0 to 1 (1 = exact).</summary>
    public double Score { get; set; }

    /// <summary>Gets or sets the value, title, synonym, number or ordinal that matched.</summary>
    public string? Synonym { get; set; }
}
