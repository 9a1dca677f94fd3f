// Written as code against Microsoft.Bot.Builder.Dialogs is usually written (no nullable annotations, nameof ids,
// instance-method steps): only the using lines name this library.
#nullable disable
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

/// <summary>A component dialog in the SDK's usual style, with all five prompts, validators and recogniser options, walked end to end.</summary>
public class SdkStyleDialogTests
{
    [Fact]
    public async Task A_component_written_for_the_sdk_runs_unchanged()
    {
        var bot = new TestBot(new TableBookingDialog(), new JsonRoundTripStorage());
        await bot.Flow()
            .Send("hi").AssertReply("Which room? (1) Garden, (2) Library, or (3) Terrace")
            .Send("the second one").AssertReply("Your name?")
            .Send("Robin").AssertReply("How many guests?")
            .Send("twelve").AssertReply("Between 1 and 8 guests, please.")
            .Send("4 people").AssertReply("Which day?")
            .Send("next friday").AssertReply("Library for 4, Robin. Book it? (1) Yes or (2) No")
            .Send("yes").AssertReply("Booked.")
            .StartTestAsync();
    }

    private sealed class TableBookingDialog : ComponentDialog
    {
        public TableBookingDialog()
            : base(nameof(TableBookingDialog))
        {
            AddDialog(new WaterfallDialog(nameof(WaterfallDialog), new WaterfallStep[] { RoomAsync, NameAsync, GuestsAsync, DayAsync, ConfirmAsync, DoneAsync }));
            AddDialog(new ChoicePrompt(nameof(ChoicePrompt)) { RecognizerOptions = new FindChoicesOptions { RecognizeOrdinals = true } });
            AddDialog(new TextPrompt(nameof(TextPrompt)));
            AddDialog(new NumberPrompt<int>(nameof(NumberPrompt<int>), GuestsValidatorAsync));
            AddDialog(new DateTimePrompt(nameof(DateTimePrompt)));
            AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
            InitialDialogId = nameof(WaterfallDialog);
        }

        private static async Task<bool> GuestsValidatorAsync(PromptValidatorContext<int> promptContext, CancellationToken cancellationToken)
        {
            if (promptContext.Recognized.Succeeded && promptContext.Recognized.Value is > 0 and <= 8)
            {
                return true;
            }

            await promptContext.Context.SendActivityAsync("Between 1 and 8 guests, please.", cancellationToken: cancellationToken);
            return false;
        }

        private async Task<DialogTurnResult> RoomAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
            await stepContext.PromptAsync(nameof(ChoicePrompt), new PromptOptions
            {
                Prompt = MessageFactory.Text("Which room?"),
                Choices = ChoiceFactory.ToChoices(new List<string> { "Garden", "Library", "Terrace" }),
            }, cancellationToken);

        private async Task<DialogTurnResult> NameAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            stepContext.Values["room"] = ((FoundChoice)stepContext.Result).Value;
            return await stepContext.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("Your name?") }, cancellationToken);
        }

        private async Task<DialogTurnResult> GuestsAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            stepContext.Values["name"] = (string)stepContext.Result;
            return await stepContext.PromptAsync(nameof(NumberPrompt<int>), new PromptOptions { Prompt = MessageFactory.Text("How many guests?") }, cancellationToken);
        }

        private async Task<DialogTurnResult> DayAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            stepContext.Values["guests"] = (int)stepContext.Result;
            return await stepContext.PromptAsync(nameof(DateTimePrompt), new PromptOptions { Prompt = MessageFactory.Text("Which day?") }, cancellationToken);
        }

        private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            var resolution = ((IList<DateTimeResolution>)stepContext.Result)[0];
            Assert.False(string.IsNullOrEmpty(resolution.Timex));

            // Values come back from storage as plain JSON: read them with GetValue (see the README's deliberate differences).
            var text = $"{stepContext.Values.GetValue<string>("room")} for {stepContext.Values.GetValue<int>("guests")}, {stepContext.Values.GetValue<string>("name")}. Book it?";
            return await stepContext.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = MessageFactory.Text(text) }, cancellationToken);
        }

        private async Task<DialogTurnResult> DoneAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            await stepContext.Context.SendActivityAsync((bool)stepContext.Result ? "Booked." : "Not booked.", cancellationToken: cancellationToken);
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }
    }
}
