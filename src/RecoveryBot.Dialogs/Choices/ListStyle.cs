namespace RecoveryBot.Dialogs.Choices;

/// <summary>How choices are shown to the user.</summary>
public enum ListStyle
{
    /// <summary>Only the prompt text; no choices shown.</summary>
    None,

    /// <summary>What <see cref="ChoiceFactory"/> picks for the channel: suggested actions, a hero card, inline (up to three short choices) or a list.</summary>
    Auto,

    /// <summary>On one line: "text (1) red, (2) green, or (3) blue".</summary>
    Inline,

    /// <summary>A numbered list under the text.</summary>
    List,

    /// <summary>Suggested-action buttons (typed answers still work).</summary>
    SuggestedAction,

    /// <summary>A hero card with one button per choice.</summary>
    HeroCard,
}
