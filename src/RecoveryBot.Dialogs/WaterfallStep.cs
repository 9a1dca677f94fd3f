namespace RecoveryBot.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>.</summary>
/// <param name="stepContext">The step's context: options, previous result, values bag.</param>
/// <param name="cancellationToken">Cancellation token.</param>
/// <returns>A prompt or child dialog's result, <see cref="WaterfallStepContext.NextAsync"/>, an end/replace/cancel result, or <see cref="Dialog.EndOfTurn"/>.</returns>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
