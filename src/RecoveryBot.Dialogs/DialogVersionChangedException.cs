namespace RecoveryBot.Dialogs;

/// <summary>
/// Thrown when a stored stack points at something the running app no longer has: an unknown dialog id,
/// a step index past the end of a waterfall, or a dialog whose version changed since the instance began.
/// <see cref="DialogRunner"/> catches it, clears the stack and calls <see cref="DialogRunnerOptions.OnVersionChanged"/>.
/// </summary>
public sealed class DialogVersionChangedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="dialogId">The id stored on the stack.</param>
    /// <param name="storedVersion">The version stored with the instance, if any.</param>
    /// <param name="currentVersion">The running dialog's version, or null when the dialog is gone.</param>
    /// <param name="detail">A short description of what no longer matches.</param>
    public DialogVersionChangedException(string dialogId, string? storedVersion, string? currentVersion, string detail)
        : base($"The stored dialog stack no longer matches the app: {detail}")
    {
        DialogId = dialogId;
        StoredVersion = storedVersion;
        CurrentVersion = currentVersion;
    }

    /// <summary>Gets the id stored on the stack.</summary>
    public string DialogId { get; }

    /// <summary>Gets the version stored with the instance, if any.</summary>
    public string? StoredVersion { get; }

    /// <summary>Gets the running dialog's version, or null when the dialog no longer exists.</summary>
    public string? CurrentVersion { get; }
}
