using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

/// <summary>
/// SDK members found missing by compiling SDK-style code against the library, each checked against its documented
/// behaviour: DialogTurnStatus.CompleteAndWait, DialogTurnResult.ParentEnded, PromptRecognizerResult.AllowInterruption,
/// FoundChoice.Score as float, ComponentDialog.OnEndDialogAsync/OnRepromptDialogAsync, Prompt.AppendChoices,
/// DialogContext.GetLocale and CancelAllDialogsAsync with an event name.
/// </summary>
public class SdkSurfaceTests
{
    [Fact]
    public void Dialog_turn_status_has_the_sdks_five_values_in_order()
    {
        Assert.Equal(
            new[] { "Empty", "Waiting", "Complete", "Cancelled", "CompleteAndWait" },
            Enum.GetNames<DialogTurnStatus>());
        Assert.Equal(4, (int)DialogTurnStatus.CompleteAndWait);
    }

    [Fact]
    public void Dialog_turn_result_has_parent_ended_set_only_when_made()
    {
        var plain = new DialogTurnResult(DialogTurnStatus.Complete, 5);
        Assert.False(plain.ParentEnded);
        Assert.False(Dialog.EndOfTurn.ParentEnded);

        var made = new DialogTurnResult(DialogTurnStatus.Waiting) { ParentEnded = true, Result = "r", Status = DialogTurnStatus.Complete };
        Assert.True(made.ParentEnded);
        Assert.Equal("r", made.Result);
        Assert.Equal(DialogTurnStatus.Complete, made.Status);
    }

    [Fact]
    public async Task Allow_interruption_defaults_to_false_and_the_prompts_do_not_read_it()
    {
        Assert.False(new PromptRecognizerResult<int>().AllowInterruption);

        var prompt = new InterruptiblePrompt("p");
        await new TestBot(TestDialogs.AskOnce(prompt, TestDialogs.Options("Say something.")), new JsonRoundTripStorage()).Flow()
            .Send("hi").AssertReply("Say something.")
            .Send("anything").AssertReply("got: anything")
            .StartTestAsync();
    }

    [Fact]
    public void Found_choice_has_the_sdks_types_and_json_names()
    {
        var found = new ChoiceRecognizer(Shared.Recognizers).Recognize("red", [new("red"), new("blue")])!;
        float score = found.Score;
        Assert.Equal(1f, score);

        var json = JObject.FromObject(new FoundChoice { Value = "red", Index = 0, Score = 0.5f, Synonym = "r" });
        Assert.Equal(new[] { "value", "index", "score", "synonym" }, json.Properties().Select(p => p.Name));
        var back = JObject.Parse("{\"Value\":\"blue\",\"Index\":1,\"Score\":1.0}").ToObject<FoundChoice>()!;
        Assert.Equal(("blue", 1, 1f), (back.Value, back.Index, back.Score));
    }

    private static ComponentDialog Component(List<string> calls)
    {
        var component = new TrackingComponent("tracked", calls);
        component.AddDialog(new WaterfallDialog("tracked.steps", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("name", TestDialogs.Options("Name?"), ct),
            (step, ct) => step.Context.Activity.Text == "swap"
                ? step.ReplaceDialogAsync("tracked.steps", null, ct)
                : step.EndDialogAsync(step.Result, ct),
        }));
        component.AddDialog(new TextPrompt("name"));
        return component;
    }

    [Fact]
    public async Task Component_calls_on_end_dialog_with_the_reason_after_its_inner_dialogs_end()
    {
        var calls = new List<string>();
        await new TestBot(Component(calls), new JsonRoundTripStorage()).Flow()
            .Send("hi").AssertReply("Name?")
            .Send("Kim").AssertNoReply()
            .StartTestAsync();
        Assert.Equal(new[] { "end:EndCalled:0" }, calls);

        calls.Clear();
        var options = new DialogRunnerOptions().AddInterruption((dc, ct) =>
            Task.FromResult(dc.Context.Activity.Text == "stop" ? InterruptionResult.EndStack : InterruptionResult.NotHandled));
        await new TestBot(Component(calls), new JsonRoundTripStorage(), options).Flow()
            .Send("hi").AssertReply("Name?")
            .Send("stop").AssertNoReply()
            .StartTestAsync();

        // Cancelled: the inner stack is already empty when the hook runs.
        Assert.Equal(new[] { "end:CancelCalled:0" }, calls);
    }

    [Fact]
    public async Task Component_calls_on_reprompt_dialog_after_the_inner_dialog_repeated_its_question()
    {
        var calls = new List<string>();
        var options = new DialogRunnerOptions().AddInterruption((dc, ct) =>
            Task.FromResult(dc.Context.Activity.Text == "again?" ? InterruptionResult.Reprompt : InterruptionResult.NotHandled));
        await new TestBot(Component(calls), new JsonRoundTripStorage(), options).Flow()
            .Send("hi").AssertReply("Name?")
            .Send("again?").AssertReply("Name?")
            .StartTestAsync();
        Assert.Equal(new[] { "reprompt" }, calls);
    }

    [Fact]
    public async Task A_prompt_that_overrides_append_choices_changes_how_choices_are_sent()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("Colour?"), Choices = ChoiceFactory.ToChoices(["red", "blue"]) };
        await new TestBot(TestDialogs.AskOnce(new ShoutingChoicePrompt("colour"), options, r => ((FoundChoice)r!).Value), new JsonRoundTripStorage()).Flow()
            .Send("hi").AssertReply("COLOUR? (1) RED OR (2) BLUE")
            .Send("blue").AssertReply("got: blue")
            .StartTestAsync();

        var confirm = new ShoutingConfirmPrompt("ok");
        await new TestBot(TestDialogs.AskOnce(confirm, TestDialogs.Options("Sure?")), new JsonRoundTripStorage()).Flow()
            .Send("hi").AssertReply("SURE? (1) YES OR (2) NO")
            .Send("yes").AssertReply("got: True")
            .StartTestAsync();
    }

    [Fact]
    public void Append_choices_copies_the_prompt_and_renders_as_the_sdk()
    {
        var prompt = new ShoutingChoicePrompt("p");
        var original = MessageFactory.Text("Pick one.");
        original.Speak = "Pick one, please.";
        var choices = ChoiceFactory.ToChoices(["red", "green", "blue"]);

        var inline = prompt.Append(original, "test", choices, ListStyle.Inline, null);
        Assert.Equal("Pick one. (1) red, (2) green, or (3) blue", inline.Text);
        Assert.Equal("Pick one, please.", inline.Speak);
        Assert.Equal("Pick one.", original.Text);
        Assert.NotSame(original, inline);

        var suggested = prompt.Append(original, "webchat", choices, ListStyle.Auto, null, null, ["user1"]);
        Assert.Equal("Pick one.", suggested.Text);
        Assert.Equal(new[] { "user1" }, suggested.SuggestedActions.To);
        Assert.Equal(new[] { "red", "green", "blue" }, suggested.SuggestedActions.Actions.Select(a => a.Title));

        var card = prompt.Append(original, "test", choices, ListStyle.HeroCard, null);
        Assert.Null(card.Text);
        Assert.Equal("Pick one.", Assert.IsType<HeroCard>(Assert.Single(card.Attachments).Content).Text);

        var bare = prompt.Append(null, "test", null, ListStyle.List, new ChoiceFactoryOptions { IncludeNumbers = false });
        Assert.Equal(InputHints.ExpectingInput, bare.InputHint);
        Assert.True(string.IsNullOrWhiteSpace(bare.Text));
    }

    [Theory]
    [InlineData("en-us", "en-US")]
    [InlineData("de-DE", "de-DE")]
    [InlineData("fr", "fr")]
    public async Task Get_locale_names_the_activitys_culture(string locale, string expected)
    {
        string? seen = null;
        var adapter = new TestAdapter();
        await new TestFlow(adapter, async (turn, ct) =>
        {
            turn.Activity.Locale = locale;
            seen = new DialogContext(new DialogSet(), turn, new DialogState()).GetLocale();
            await Task.CompletedTask;
        }).Send("hi").StartTestAsync();
        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Get_locale_falls_back_to_the_threads_culture(string? locale)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("nl-NL");
            using var turn = new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message) { Text = "hi", Locale = locale });
            Assert.Equal("nl-NL", new DialogContext(new DialogSet(), turn, new DialogState()).GetLocale());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public async Task Cancel_all_with_an_event_name_cancels_like_the_plain_overload()
    {
        var results = new List<DialogTurnStatus>();
        var set = new DialogSet();
        set.Add(new TextPrompt("name"));
        await new TestFlow(new TestAdapter(), async (turn, ct) =>
        {
            var dc = new DialogContext(set, turn, new DialogState());
            await dc.PromptAsync("name", TestDialogs.Options("Name?"), ct);
            results.Add((await dc.CancelAllDialogsAsync(true, null, null, ct)).Status);
            results.Add((await dc.CancelAllDialogsAsync(true, "cancelDialog", new { why = "test" }, ct)).Status);
            await dc.PromptAsync("name", TestDialogs.Options("Name?"), ct);

            // The overloads of the SDK and this library resolve without ambiguity.
            results.Add((await dc.CancelAllDialogsAsync(true)).Status);
            results.Add((await dc.CancelAllDialogsAsync(true, cancellationToken: ct)).Status);
            results.Add((await dc.CancelAllDialogsAsync(ct)).Status);
            Assert.Empty(dc.Stack);
        }).Send("hi").AssertReply("Name?").AssertReply("Name?").StartTestAsync();
        Assert.Equal(
            new[] { DialogTurnStatus.Cancelled, DialogTurnStatus.Empty, DialogTurnStatus.Cancelled, DialogTurnStatus.Empty, DialogTurnStatus.Empty },
            results);
    }

    private sealed class InterruptiblePrompt(string id) : Prompt<string>(id)
    {
        protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
            => Task.FromResult(new PromptRecognizerResult<string> { Succeeded = true, Value = turnContext.Activity.Text, AllowInterruption = true });
    }

    private sealed class TrackingComponent(string id, List<string> calls) : ComponentDialog(id)
    {
        protected override Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            var inner = instance.State.GetValue<DialogState>("dialogs");
            calls.Add($"end:{reason}:{inner?.DialogStack.Count ?? 0}");
            return Task.CompletedTask;
        }

        protected override Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        {
            calls.Add("reprompt");
            return Task.CompletedTask;
        }
    }

    private sealed class ShoutingChoicePrompt(string id) : ChoicePrompt(id)
    {
        public IMessageActivity Append(IMessageActivity? prompt, string channelId, IList<Choice>? choices, ListStyle style, ChoiceFactoryOptions? options)
            => AppendChoices(prompt, channelId, choices, style, options, CancellationToken.None);

        public IMessageActivity Append(IMessageActivity? prompt, string channelId, IList<Choice>? choices, ListStyle style, ChoiceFactoryOptions? options, string? conversationType, IList<string>? toList)
            => AppendChoices(prompt, channelId, choices, style, options, conversationType, toList, CancellationToken.None);

        protected override IMessageActivity AppendChoices(IMessageActivity? prompt, string? channelId, IList<Choice>? choices, ListStyle style, ChoiceFactoryOptions? options = null, string? conversationType = null, IList<string>? toList = null, CancellationToken cancellationToken = default)
        {
            var message = base.AppendChoices(prompt, channelId, choices, style, options, conversationType, toList, cancellationToken);
            if (prompt?.Text == "Colour?")
            {
                message.Text = message.Text.ToUpperInvariant();
            }

            return message;
        }
    }

    private sealed class ShoutingConfirmPrompt(string id) : ConfirmPrompt(id)
    {
        protected override IMessageActivity AppendChoices(IMessageActivity? prompt, string? channelId, IList<Choice>? choices, ListStyle style, ChoiceFactoryOptions? options = null, string? conversationType = null, IList<string>? toList = null, CancellationToken cancellationToken = default)
        {
            var message = base.AppendChoices(prompt, channelId, choices, style, options, conversationType, toList, cancellationToken);
            message.Text = message.Text.ToUpperInvariant();
            return message;
        }
    }
}
