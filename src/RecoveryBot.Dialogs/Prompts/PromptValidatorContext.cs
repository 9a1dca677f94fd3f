using Microsoft.Bot.Builder;

namespace RecoveryBot.Dialogs.Prompts;

/// <summary>What a prompt validator sees.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, IDictionary<string, object?> state, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        State = state;
        Options = options;
        AttemptCount = attemptCount;
    }

    /// <summary>Gets the turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>Gets the recogniser's result; the validator may change <see cref="PromptRecognizerResult{T}.Value"/>.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>Gets the prompt's persisted state.</summary>
    public IDictionary<string, object?> State { get; }

    /// <summary>Gets the prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>Gets the number of answers so far, this one included (1 on the first answer).</summary>
    public int AttemptCount { get; }
}

/// <summary>Decides whether a recognised answer is acceptable. With a validator, it alone decides.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="promptContext">The validator context.</param>
/// <param name="cancellationToken">Cancellation token.</param>
/// <returns>True to accept.</returns>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
