using Microsoft.Bot.Builder;
using RecoveryBot.Dialogs.Prompts;

namespace RecoveryBot.Dialogs.Tests.Infrastructure;

/// <summary>Small dialogs used by many tests.</summary>
public static class TestDialogs
{
    /// <summary>A root component that asks once with <paramref name="prompt"/> and reports "got: ..." or "gave up".</summary>
    public static ComponentDialog AskOnce(Dialog prompt, PromptOptions options, Func<object?, string>? describe = null)
    {
        describe ??= r => Convert.ToString(r, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("ask", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                var text = step.PromptNotRecognized ? "gave up" : "got: " + describe(step.Result);
                await step.Context.SendActivityAsync(text, cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        }));
        root.AddDialog(prompt);
        return root;
    }

    /// <summary>Options with a prompt and a retry prompt.</summary>
    public static PromptOptions Options(string prompt, string? retry = null, int? maxAttempts = null)
        => new()
        {
            Prompt = MessageFactory.Text(prompt),
            RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
            MaxAttempts = maxAttempts,
        };

    /// <summary>A three-question survey: name, a number, a confirm; the final step summarises the values bag.</summary>
    public static ComponentDialog Survey(string id = "survey", int extraSteps = 0)
    {
        var waterfall = new WaterfallDialog(id + ".steps", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("text", Options("What's your name?"), ct),
            (step, ct) =>
            {
                step.Values["name"] = step.Result;
                return step.PromptAsync("number", Options("How many cups of tea today?"), ct);
            },
            (step, ct) =>
            {
                step.Values["cups"] = step.Result;
                return step.PromptAsync("confirm", Options("Shall I save that?"), ct);
            },
            async (step, ct) =>
            {
                var name = step.Values.GetValue<string>("name");
                var cups = step.Values.GetValue<int>("cups");
                var save = (bool)step.Result!;
                await step.Context.SendActivityAsync($"{name}, {cups}, {(save ? "saved" : "not saved")}", cancellationToken: ct);
                return await step.EndDialogAsync(name, ct);
            },
        });
        for (var i = 0; i < extraSteps; i++)
        {
            waterfall.AddStep((step, ct) => step.NextAsync(step.Result, ct));
        }

        var root = new ComponentDialog(id);
        root.AddDialog(waterfall);
        root.AddDialog(new TextPrompt("text"));
        root.AddDialog(new NumberPrompt<int>("number") { Recognizers = Shared.Recognizers });
        root.AddDialog(new ConfirmPrompt("confirm") { Style = Choices.ListStyle.None });
        return root;
    }
}
