using Microsoft.Bot.Builder;

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

    /// <summary>Gets or sets the telemetry client of the container and of its inner dialogs.</summary>
    public override IBotTelemetryClient TelemetryClient
    {
        get => base.TelemetryClient;
        set
        {
            base.TelemetryClient = value;

            // The guard keeps a dialog graph that contains itself from recursing without end.
            if (!ReferenceEquals(Dialogs.TelemetryClient, base.TelemetryClient))
            {
                Dialogs.TelemetryClient = base.TelemetryClient;
            }
        }
    }

    /// <summary>Finds an inner dialog by id.</summary>
    /// <param name="dialogId">The id.</param>
    /// <returns>The dialog, or null when the container has none with that id.</returns>
    public virtual Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    /// <summary>Finds an inner dialog by id, else one in <paramref name="dc"/>'s set.</summary>
    /// <param name="dialogId">The id.</param>
    /// <param name="dc">A context whose dialogs are searched when the container has none with that id.</param>
    /// <returns>The dialog, or null.</returns>
    public virtual Dialog? FindDialog(string dialogId, DialogContext? dc = null) => Dialogs.Find(dialogId) ?? dc?.Dialogs.Find(dialogId);

    /// <summary>Creates the inner context for the container's active instance in <paramref name="dc"/>.</summary>
    /// <param name="dc">The outer context whose active dialog is this container.</param>
    /// <returns>The inner context, whose <see cref="DialogContext.Parent"/> is <paramref name="dc"/>.</returns>
    public abstract DialogContext CreateChildContext(DialogContext dc);
}
