using Newtonsoft.Json;

namespace RecoveryBot.Dialogs;

/// <summary>The persisted dialog stack. The top of the stack is index 0, as in the Bot Framework SDK.</summary>
public sealed class DialogState
{
    /// <summary>Creates an empty stack.</summary>
    public DialogState()
    {
    }

    /// <summary>Creates a state around an existing stack list (shared, not copied).</summary>
    /// <param name="stack">The stack to wrap.</param>
    public DialogState(List<DialogInstance> stack)
    {
        DialogStack = stack ?? throw new ArgumentNullException(nameof(stack));
    }

    /// <summary>Gets or sets the stack; index 0 is the active dialog.</summary>
    [JsonProperty("dialogStack")]
    public List<DialogInstance> DialogStack { get; set; } = new();
}
