using RecoveryBot.Conversation;
using RecoveryBot.Exercises;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>The menu as the bot shows it with the exercises shipped in dialogs/.</summary>
public static class Menu
{
    /// <summary>The menu's text: the question and what each exercise is for.</summary>
    public static string Text { get; } = MainDialog.MenuText(ExerciseCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")));
}
