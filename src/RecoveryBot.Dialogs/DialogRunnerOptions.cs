using Microsoft.Bot.Builder;

namespace RecoveryBot.Dialogs;

/// <summary>How a <see cref="DialogRunner"/> handles interruptions and stale stacks.</summary>
public sealed class DialogRunnerOptions
{
    /// <summary>The message sent by <see cref="DefaultVersionChangedHandler"/>.</summary>
    public const string DefaultVersionChangedMessage =
        "Sorry, this conversation was updated since we last talked, so I can't pick up exactly where we left off. Say anything to start again.";

    /// <summary>Gets the interruptions, run in order before the active step sees a message.</summary>
    public IList<IDialogInterruption> Interruptions { get; } = new List<IDialogInterruption>();

    /// <summary>
    /// Gets or sets what happens after a stale stack was cleared (the stack is already empty when it runs).
    /// Defaults to <see cref="DefaultVersionChangedHandler"/>; set it to offer a restart of <see cref="DialogVersionChange.RootDialogId"/>.
    /// </summary>
    public Func<DialogVersionChange, CancellationToken, Task> OnVersionChanged { get; set; } = DefaultVersionChangedHandler;

    /// <summary>Gets or sets a value indicating whether the root dialog begins when the stack is empty (default true, like the SDK's RunAsync).</summary>
    public bool BeginRootWhenEmpty { get; set; } = true;

    /// <summary>Sends <see cref="DefaultVersionChangedMessage"/>.</summary>
    /// <param name="change">The change.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    public static Task DefaultVersionChangedHandler(DialogVersionChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.TurnContext.SendActivityAsync(DefaultVersionChangedMessage, cancellationToken: cancellationToken);
    }

    /// <summary>Adds a delegate interruption.</summary>
    /// <param name="handler">The check.</param>
    /// <returns>These options, for chaining.</returns>
    public DialogRunnerOptions AddInterruption(Func<DialogContext, CancellationToken, Task<InterruptionResult>> handler)
    {
        Interruptions.Add(new DelegateInterruption(handler));
        return this;
    }
}
