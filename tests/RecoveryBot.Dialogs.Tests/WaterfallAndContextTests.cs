using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

public class WaterfallAndContextTests
{
    [Fact]
    public async Task Steps_see_options_previous_result_and_values_and_can_skip_ahead()
    {
        var seen = new List<string>();
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("w", new WaterfallStep[]
        {
            (step, ct) =>
            {
                seen.Add($"0 reason={step.Reason} options={step.GetOptions<string>()} result={step.Result ?? "null"}");
                step.Values["a"] = 1;
                return step.NextAsync("skipped-ahead", ct);
            },
            (step, ct) =>
            {
                seen.Add($"1 reason={step.Reason} result={step.Result} a={step.Values.GetValue<int>("a")}");
                return step.PromptAsync("text", TestDialogs.Options("Name?"), ct);
            },
            async (step, ct) =>
            {
                seen.Add($"2 reason={step.Reason} result={step.Result} index={step.Index}");
                await step.Context.SendActivityAsync("done", cancellationToken: ct);
                return await step.EndDialogAsync("final", ct);
            },
        }));
        root.AddDialog(new TextPrompt("text"));
        var outer = new WaterfallDialog("outer", new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync("root", "the-options", ct),
            (step, ct) => step.EndDialogAsync("outer saw " + step.Result, ct),
        });
        var app = new ComponentDialog("app");
        app.AddDialog(outer);
        app.AddDialog(root);

        var bot = new TestBot(app, new JsonRoundTripStorage());
        await bot.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("Sam").AssertReply("done")
            .StartTestAsync();

        Assert.Equal(
            new[]
            {
                "0 reason=BeginCalled options=the-options result=null",
                "1 reason=NextCalled result=skipped-ahead a=1",
                "2 reason=EndCalled result=Sam index=2",
            },
            seen);
        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult.Status);
        Assert.Equal("outer saw final", bot.LastResult.Result);
    }

    [Fact]
    public async Task NextAsync_twice_in_one_step_throws()
    {
        var caught = false;
        var w = new WaterfallDialog("w", new WaterfallStep[]
        {
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                try
                {
                    await step.NextAsync(null, ct);
                }
                catch (InvalidOperationException)
                {
                    caught = true;
                }

                return Dialog.EndOfTurn;
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        });
        await new TestBot(w, new JsonRoundTripStorage()).Flow().Send("hi").StartTestAsync();
        Assert.True(caught);
    }

    [Fact]
    public async Task Step_waiting_without_prompt_receives_the_raw_text()
    {
        var w = new WaterfallDialog("w", new WaterfallStep[]
        {
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Tell me anything", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"you said {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        });
        await new TestBot(w, new JsonRoundTripStorage()).Flow()
            .Send("hi").AssertReply("Tell me anything")
            .Send(new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Typing)).AssertNoReply()
            .Send("pineapple").AssertReply("you said pineapple")
            .StartTestAsync();
    }

    [Fact]
    public async Task Replace_dialog_loops_without_resuming_the_parent()
    {
        var parentResumed = 0;
        var loop = new WaterfallDialog("loop", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("text", TestDialogs.Options($"Round {step.GetOptions<int>()}?"), ct),
            (step, ct) => (string)step.Result! == "stop"
                ? step.EndDialogAsync("stopped", ct)
                : step.ReplaceDialogAsync("loop", step.GetOptions<int>() + 1, ct),
        });
        var outer = new WaterfallDialog("outer", new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync("loop", 1, ct),
            async (step, ct) =>
            {
                parentResumed++;
                await step.Context.SendActivityAsync($"loop ended: {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        });
        var app = new ComponentDialog("app").AddDialog(outer).AddDialog(loop).AddDialog(new TextPrompt("text"));
        var storage = new JsonRoundTripStorage();
        var bot = new TestBot(app, storage);
        await bot.Flow()
            .Send("hi").AssertReply("Round 1?")
            .Send("again").AssertReply("Round 2?")
            .Send("again").AssertReply("Round 3?")
            .StartTestAsync();
        Assert.Equal(0, parentResumed);

        // The stack did not grow with each round: app > outer, loop, prompt.
        var inner = await InnerStackIdsAsync(bot);
        Assert.Equal(new[] { "text", "loop", "outer" }, inner);

        await bot.Flow().Send("stop").AssertReply("loop ended: stopped").StartTestAsync();
        Assert.Equal(1, parentResumed);
    }

    [Fact]
    public async Task Cancel_all_empties_the_stack_and_reports_cancelled()
    {
        var bot = new TestBot(TestDialogs.Survey(), new JsonRoundTripStorage(), new DialogRunnerOptions().AddInterruption(async (dc, ct) =>
        {
            if (dc.Context.Activity.Text != "stop")
            {
                return InterruptionResult.NotHandled;
            }

            var result = await dc.CancelAllDialogsAsync(ct);
            await dc.Context.SendActivityAsync($"cancel said {result.Status}, stack {dc.Stack.Count}", cancellationToken: ct);
            return InterruptionResult.Handled;
        }));
        await bot.Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("stop").AssertReply("cancel said Cancelled, stack 0")
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Empty, bot.LastResult.Status);
        Assert.Empty((await ReadStackAsync(bot)).DialogStack);
    }

    [Fact]
    public async Task Cancel_all_on_an_empty_stack_is_empty()
    {
        var adapter = new TestAdapter();
        var state = new ConversationState(new JsonRoundTripStorage());
        DialogTurnStatus? status = null;
        await new TestFlow(adapter, async (ctx, ct) =>
        {
            var dc = await new DialogSet(state.CreateProperty<DialogState>("s")).CreateContextAsync(ctx, ct);
            status = (await dc.CancelAllDialogsAsync(ct)).Status;
        }).Send("hi").StartTestAsync();
        Assert.Equal(DialogTurnStatus.Empty, status);
    }

    [Fact]
    public async Task End_dialog_on_last_dialog_completes_with_the_result()
    {
        var w = new WaterfallDialog("w", new WaterfallStep[] { (step, ct) => step.EndDialogAsync(42, ct) });
        var bot = new TestBot(w, new JsonRoundTripStorage());
        await bot.Flow().Send("hi").StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult.Status);
        Assert.Equal(42, bot.LastResult.Result);
    }

    [Fact]
    public async Task Value_flowing_past_the_last_step_is_the_waterfalls_result()
    {
        var w = new WaterfallDialog("w", new WaterfallStep[] { (step, ct) => step.NextAsync("passed along", ct) });
        var bot = new TestBot(w, new JsonRoundTripStorage());
        await bot.Flow().Send("hi").StartTestAsync();
        Assert.Equal("passed along", bot.LastResult.Result);
    }

    [Fact]
    public void Dialog_set_rejects_a_different_dialog_with_the_same_id_and_finds_by_id()
    {
        var set = new DialogSet();
        var text = new TextPrompt("x");
        set.Add(text).Add(text);
        Assert.Throws<ArgumentException>(() => set.Add(new TextPrompt("x")));
        Assert.Same(text, set.Find("x"));
        Assert.Null(set.Find("y"));
        Assert.Throws<InvalidOperationException>(() => set.CreateContextAsync(new TurnContext(new TestAdapter(), new Microsoft.Bot.Schema.Activity())).GetAwaiter().GetResult());
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_throws()
    {
        var w = new WaterfallDialog("w", new WaterfallStep[] { (step, ct) => step.BeginDialogAsync("nope", null, ct) });
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => new TestBot(w, new JsonRoundTripStorage()).Flow().Send("hi").StartTestAsync());
        Assert.Contains("nope", ex.Message);
    }

    [Fact]
    public async Task Component_keeps_its_inner_stack_inside_its_own_instance()
    {
        var bot = new TestBot(TestDialogs.Survey(), new JsonRoundTripStorage());
        await bot.Flow().Send("hi").AssertReply("What's your name?").StartTestAsync();
        var state = await ReadStackAsync(bot);
        var top = Assert.Single(state.DialogStack);
        Assert.Equal("survey", top.Id);
        Assert.Equal(new[] { "text", "survey.steps" }, await InnerStackIdsAsync(bot));
    }

    [Fact]
    public async Task Component_ends_when_its_inner_stack_completes_and_hands_up_the_result()
    {
        var outer = new WaterfallDialog("outer", new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync("survey", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"survey returned {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        });
        var app = new ComponentDialog("app").AddDialog(outer).AddDialog(TestDialogs.Survey());
        await new TestBot(app, new JsonRoundTripStorage()).Flow()
            .Send("hi").AssertReply("What's your name?")
            .Send("Ana").AssertReply("How many cups of tea today?")
            .Send("two").AssertReply("Shall I save that?")
            .Send("yes").AssertReply("Ana, 2, saved").AssertReply("survey returned Ana")
            .StartTestAsync();
    }

    internal static Task<DialogState> ReadStackAsync(TestBot bot) => Task.FromResult(bot.ReadStoredStack());

    // Another turn (the stack reloaded from JSON) can read what a running waterfall was begun with, without a cast.
    [Fact]
    public async Task A_running_waterfalls_options_can_be_read_on_a_later_turn()
    {
        var outer = new WaterfallDialog("outer", new WaterfallStep[]
        {
            (step, ct) => step.BeginDialogAsync("inner", new Started("amends", 3), ct),
            (step, ct) => step.EndDialogAsync(null, ct),
        });
        var inner = new WaterfallDialog("inner", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("text", TestDialogs.Options("Name?"), ct),
            (step, ct) => step.EndDialogAsync(null, ct),
        });
        var app = new ComponentDialog("app").AddDialog(outer).AddDialog(inner).AddDialog(new TextPrompt("text"));
        var bot = new TestBot(app, new JsonRoundTripStorage(), new DialogRunnerOptions().AddInterruption(async (dc, ct) =>
        {
            if (dc.Context.Activity.Text != "peek")
            {
                return InterruptionResult.NotHandled;
            }

            var started = WaterfallDialog.OptionsOf<Started>(dc.Child!.Stack.First(i => i.Id == "inner"));
            var none = WaterfallDialog.OptionsOf<Started>(dc.Child.Stack.First(i => i.Id == "outer"));
            await dc.Context.SendActivityAsync($"{started} {none?.ToString() ?? "none"}", cancellationToken: ct);
            return InterruptionResult.Handled;
        }));

        await bot.Flow()
            .Send("hi").AssertReply("Name?")
            .Send("peek").AssertReply("Started { Topic = amends, Round = 3 } none")
            .StartTestAsync();
        Assert.Throws<ArgumentNullException>(() => WaterfallDialog.OptionsOf<Started>(null!));
    }

    private sealed record Started(string Topic, int Round);

    internal static async Task<string[]> InnerStackIdsAsync(TestBot bot)
    {
        var state = await ReadStackAsync(bot);
        var inner = Newtonsoft.Json.Linq.JToken.FromObject(state.DialogStack[0].State["dialogs"]!).ToObject<DialogState>()!;
        return inner.DialogStack.Select(i => i.Id).ToArray();
    }
}
