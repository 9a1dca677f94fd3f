namespace RecoveryBot.Dialogs;

/// <summary>A dialog that runs its own inner stack of dialogs.</summary>
public abstract class DialogContainer : Dialog
{
    /// <summary>Creates a container.</summary>
    /// <param name="dialogId">A stable id.</param>
    protected DialogContainer(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>Gets the inner dialogs.</summary>
    public DialogSet Dialogs { get; } = new();

    /// <summary>Creates the inner context for the container's active instance in <paramref name="dc"/>.</summary>
    /// <param name="dc">The outer context whose active dialog is this container.</param>
    /// <returns>The inner context, whose <see cref="DialogContext.Parent"/> is <paramref name="dc"/>.</returns>
    public abstract DialogContext CreateChildContext(DialogContext dc);
}
