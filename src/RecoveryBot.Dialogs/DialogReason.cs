namespace RecoveryBot.Dialogs;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was just started.</summary>
    BeginCalled,

    /// <summary>The dialog is continued by a new user message.</summary>
    ContinueCalled,

    /// <summary>The dialog (or its child) ended normally.</summary>
    EndCalled,

    /// <summary>The dialog was replaced by another one.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step called <see cref="WaterfallStepContext.NextAsync"/>.</summary>
    NextCalled,
}
