using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

public class InterruptionTests
{
    private static DialogRunnerOptions GlobalCommands(List<string>? calls = null)
        => new DialogRunnerOptions()
            .AddInterruption(async (dc, ct) =>
            {
                calls?.Add("first:" + dc.Context.Activity.Text);
                switch (dc.Context.Activity.Text?.Trim().ToLowerInvariant())
                {
                    case "help":
                        await dc.Context.SendActivityAsync("Here's some help.", cancellationToken: ct);
                        return InterruptionResult.Reprompt;
                    case "pause":
                        await dc.Context.SendActivityAsync("Take your time.", cancellationToken: ct);
                        return InterruptionResult.Handled;
                    case "cancel":
                        await dc.Context.SendActivityAsync("Stopped.", cancellationToken: ct);
                        return InterruptionResult.EndStack;
                    default:
                        return InterruptionResult.NotHandled;
                }
            })
            .AddInterruption(async (dc, ct) =>
            {
                calls?.Add("second:" + dc.Context.Activity.Text);
                if (dc.Context.Activity.Text == "help")
                {
                    await dc.Context.SendActivityAsync("second should never answer help", cancellationToken: ct);
                    return InterruptionResult.Handled;
                }

                return InterruptionResult.NotHandled;
            });

    [Fact]
    public async Task Reprompt_answers_then_repeats_the_question_and_the_same_step_continues()
    {
        var bot = new TestBot(TestDialogs.Survey(), new JsonRoundTripStorage(), GlobalCommands());
        await bot.Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("Kim").AssertReply("How many cups of tea today?")
            .Send("help").AssertReply("Here's some help.").AssertReply("How many cups of tea today?")
            .Send("3").AssertReply("Shall I save that?")
            .Send("no").AssertReply("Kim, 3, not saved")
            .StartTestAsync();
    }

    [Fact]
    public async Task Handled_keeps_waiting_without_repeating()
    {
        await new TestBot(TestDialogs.Survey(), new JsonRoundTripStorage(), GlobalCommands()).Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("pause").AssertReply("Take your time.").AssertNoReply()
            .Send("Lee").AssertReply("How many cups of tea today?")
            .StartTestAsync();
    }

    [Fact]
    public async Task End_stack_cancels_everything_and_the_next_message_starts_afresh()
    {
        var bot = new TestBot(TestDialogs.Survey(), new JsonRoundTripStorage(), GlobalCommands());
        await bot.Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("Lee").AssertReply("How many cups of tea today?")
            .Send("cancel").AssertReply("Stopped.").AssertNoReply()
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Cancelled, bot.LastResult.Status);
        Assert.Empty(bot.ReadStoredStack().DialogStack);

        await bot.Flow().Send("hello again").AssertReply("What's your name?").StartTestAsync();
    }

    [Fact]
    public async Task Interruptions_run_in_order_first_answer_wins_and_non_messages_skip_them()
    {
        var calls = new List<string>();
        await new TestBot(TestDialogs.Survey(), new JsonRoundTripStorage(), GlobalCommands(calls)).Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("help").AssertReply("Here's some help.").AssertReply("What's your name?")
            .Send(new Activity(ActivityTypes.Typing)).AssertNoReply()
            .Send("Jo").AssertReply("How many cups of tea today?")
            .StartTestAsync();
        Assert.Equal(new[] { "first:hi", "second:hi", "first:help", "first:Jo", "second:Jo" }, calls);
    }

    [Fact]
    public async Task Interruption_on_an_empty_stack_does_not_start_the_root()
    {
        var bot = new TestBot(TestDialogs.Survey(), new JsonRoundTripStorage(), GlobalCommands());
        await bot.Flow()
            .Send("help").AssertReply("Here's some help.").AssertNoReply()
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Empty, bot.LastResult.Status);
    }

    [Fact]
    public async Task Interface_implementation_works_like_a_delegate()
    {
        var options = new DialogRunnerOptions();
        options.Interruptions.Add(new MenuInterruption());
        await new TestBot(TestDialogs.Survey(), new JsonRoundTripStorage(), options).Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("menu").AssertReply("Menu: ...").AssertReply("What's your name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_CoreBot_style_override_of_OnContinueDialogAsync_interrupts()
    {
        var bot = new TestBot(new HelpAndCancelComponent(), new JsonRoundTripStorage());
        await bot.Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("?").AssertReply("Just type your name.").AssertNoReply()
            .Send("Max").AssertReply("How many cups of tea today?")
            .Send("quit").AssertReply("Cancelling...")
            .StartTestAsync();

        // As in the SDK, a component whose inner stack was cancelled ends, so the caller sees Complete.
        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult.Status);
        Assert.Empty(bot.ReadStoredStack().DialogStack);
    }

    private sealed class MenuInterruption : IDialogInterruption
    {
        public async Task<InterruptionResult> InterruptAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            if (dc.Context.Activity.Text != "menu")
            {
                return InterruptionResult.NotHandled;
            }

            await dc.Context.SendActivityAsync("Menu: ...", cancellationToken: cancellationToken);
            return InterruptionResult.Reprompt;
        }
    }

    private sealed class HelpAndCancelComponent : ComponentDialog
    {
        public HelpAndCancelComponent()
            : base("helpful")
        {
            AddDialog(TestDialogs.Survey());
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            switch (innerDc.Context.Activity.Text?.ToLowerInvariant())
            {
                case "?":
                    await innerDc.Context.SendActivityAsync("Just type your name.", cancellationToken: cancellationToken);
                    return Dialog.EndOfTurn;
                case "quit":
                    await innerDc.Context.SendActivityAsync("Cancelling...", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }
}
