using Microsoft.Bot.Builder;

namespace RecoveryBot.Dialogs;

/// <summary>Describes a stored stack that no longer fits the running app; handed to <see cref="DialogRunnerOptions.OnVersionChanged"/>.</summary>
public sealed class DialogVersionChange
{
    /// <summary>Creates the description.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="rootDialogId">The id at the bottom of the stored stack (the dialog the user had started).</param>
    /// <param name="exception">What did not match.</param>
    public DialogVersionChange(ITurnContext turnContext, string? rootDialogId, DialogVersionChangedException exception)
    {
        TurnContext = turnContext;
        RootDialogId = rootDialogId;
        Exception = exception;
    }

    /// <summary>Gets the turn, for sending a message.</summary>
    public ITurnContext TurnContext { get; }

    /// <summary>Gets the id at the bottom of the cleared stack: what the user was doing, so the app can offer to restart it.</summary>
    public string? RootDialogId { get; }

    /// <summary>Gets the id of the dialog that no longer matched (may be nested inside <see cref="RootDialogId"/>).</summary>
    public string DialogId => Exception.DialogId;

    /// <summary>Gets the details of the mismatch.</summary>
    public DialogVersionChangedException Exception { get; }
}
