namespace RecoveryBot.Dialogs;

/// <summary>An <see cref="IDialogInterruption"/> made from a delegate.</summary>
public sealed class DelegateInterruption : IDialogInterruption
{
    private readonly Func<DialogContext, CancellationToken, Task<InterruptionResult>> _handler;

    /// <summary>Creates the interruption.</summary>
    /// <param name="handler">The check to run.</param>
    public DelegateInterruption(Func<DialogContext, CancellationToken, Task<InterruptionResult>> handler)
    {
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
    }

    /// <inheritdoc/>
    public Task<InterruptionResult> InterruptAsync(DialogContext dc, CancellationToken cancellationToken)
        => _handler(dc, cancellationToken);
}
