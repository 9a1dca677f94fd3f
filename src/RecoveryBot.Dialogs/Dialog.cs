using Microsoft.Bot.Builder;

namespace RecoveryBot.Dialogs;

/// <summary>
/// Base class of every dialog. A dialog is stateless code: all per-conversation state lives in the
/// <see cref="DialogInstance"/> the <see cref="DialogContext"/> hands it, so one dialog object serves all conversations.
/// </summary>
public abstract class Dialog
{
    /// <summary>The shared "waiting for the user" result.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    private IBotTelemetryClient _telemetryClient = NullBotTelemetryClient.Instance;

    /// <summary>Creates a dialog.</summary>
    /// <param name="dialogId">A stable id; it is persisted, so renaming it breaks stored conversations.</param>
    protected Dialog(string dialogId)
    {
        // ArgumentNullException as in the SDK's prompts, also for an empty id: unlike the SDK, every dialog needs an
        // explicit id, because ids are stored with the stack and a type-name default would change with a rename.
        if (string.IsNullOrWhiteSpace(dialogId))
        {
            throw new ArgumentNullException(nameof(dialogId), "A dialog needs a non-empty id.");
        }

        Id = dialogId;
    }

    /// <summary>Gets the dialog's id, unique within its <see cref="DialogSet"/>.</summary>
    public string Id { get; }

    /// <summary>
    /// Gets or sets the telemetry client (default <see cref="NullBotTelemetryClient.Instance"/>, which records nothing).
    /// A dialog added to a <see cref="DialogSet"/> takes the set's client. Null means the null client.
    /// </summary>
    public virtual IBotTelemetryClient TelemetryClient
    {
        get => _telemetryClient;
        set => _telemetryClient = value ?? NullBotTelemetryClient.Instance;
    }

    /// <summary>Starts the dialog. Called after a fresh instance was pushed on the stack.</summary>
    /// <param name="dc">The dialog context.</param>
    /// <param name="options">Options passed by the caller.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Continues the dialog with a new activity. The default ends the dialog.</summary>
    /// <param name="dc">The dialog context.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
        => dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Resumes the dialog after a child it started ended. The default ends this dialog with the child's result.</summary>
    /// <param name="dc">The dialog context.</param>
    /// <param name="reason">Why the dialog resumes.</param>
    /// <param name="result">The child's result.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
        => dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Repeats the dialog's current question, if it has one. The default does nothing.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The dialog's instance on the stack.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>Called when the dialog's instance is removed from the stack. The default does nothing.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The instance being removed.</param>
    /// <param name="reason">Why it is removed.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>
    /// Gets a string that changes whenever a deployment changes the dialog in a way that breaks stored
    /// instances. It is saved on each instance at begin and compared on every later turn. The default is the id.
    /// </summary>
    /// <returns>The version string.</returns>
    public virtual string GetVersion() => Id;
}
