using Microsoft.Recognizers.Text;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;

namespace RecoveryBot.Exercises;

/// <summary>
/// The bot speaks English, so its choice and confirm prompts show "Yes"/"No" and English separators whatever locale
/// the person's device reports (a German Teams client would otherwise get "Ja"/"Nein" under an English question).
/// Pass these as the prompts' <c>choiceDefaults</c>: a culture missing from them falls back to English.
/// </summary>
public static class EnglishPrompts
{
    /// <summary>Gets choice defaults with English only.</summary>
    public static Dictionary<string, ChoiceFactoryOptions> ChoiceDefaults => new(StringComparer.Ordinal)
    {
        [Culture.English] = new ChoiceFactoryOptions(PromptCultureModels.English.Separator, PromptCultureModels.English.InlineOr, PromptCultureModels.English.InlineOrMore, true),
    };

    /// <summary>Gets confirm defaults with English only.</summary>
    public static Dictionary<string, (Choice, Choice, ChoiceFactoryOptions)> ConfirmDefaults => new(StringComparer.Ordinal)
    {
        [Culture.English] = (new Choice("Yes"), new Choice("No"), ChoiceDefaults[Culture.English]),
    };
}
