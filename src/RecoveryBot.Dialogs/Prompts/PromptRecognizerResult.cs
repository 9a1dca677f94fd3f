namespace RecoveryBot.Dialogs.Prompts;

/// <summary>What a prompt's recogniser made of the user's answer.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class PromptRecognizerResult<T>
{
    /// <summary>Gets or sets a value indicating whether a value was recognised.</summary>
    public bool Succeeded { get; set; }

    /// <summary>Gets or sets the value (a validator may replace it).</summary>
    public T? Value { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether parent dialogs may interrupt the prompt (default false). As in the SDK,
    /// where only adaptive inputs read it, the prompts here do not: use <see cref="DialogRunnerOptions.Interruptions"/>
    /// or <see cref="ComponentDialog"/>'s <c>OnContinueDialogAsync</c> to interrupt.
    /// </summary>
    public bool AllowInterruption { get; set; }

    /// <summary>
    /// Gets or sets a short, kind explanation of why the answer could not be used (e.g. "that message was empty").
    /// When set, it is sent before the retry prompt.
    /// </summary>
    public string? FailureMessage { get; set; }
}
