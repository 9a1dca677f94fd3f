using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

public class PersistenceTests
{
    [Fact]
    public async Task Test_storage_really_loses_clr_types()
    {
        var storage = new JsonRoundTripStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new DialogState { DialogStack = { new DialogInstance { Id = "x", State = { ["stepIndex"] = 2 } } } } });
        var back = (await storage.ReadAsync(new[] { "k" }))["k"];
        var obj = Assert.IsType<JObject>(back);
        Assert.Equal(JTokenType.Integer, obj.SelectToken("dialogStack[0].state.stepIndex")!.Type);
        Assert.DoesNotContain("$type", storage.RawItems["k"]);
    }

    [Fact]
    public void A_components_inner_stack_is_read_typed_other_objects_as_their_json_text_and_values_as_the_default_reader_reads_them()
    {
        const string Json = """
            {"id":"main","state":{"dialogs":{"dialogStack":[{"id":"ask","state":{"attemptCount":1},"version":"v"}]},
             "options":{"prompt":{"text":"hi"}},"list":[1,"two"],"count":3,"ratio":0.5,"name":"Robin","yes":true,"none":null},"version":"1"}
            """;

        var instance = Newtonsoft.Json.JsonConvert.DeserializeObject<DialogInstance>(Json)!;
        var fromTree = JObject.Parse(Json).ToObject<DialogInstance>()!;

        foreach (var read in new[] { instance, fromTree })
        {
            var inner = Assert.IsType<DialogState>(read.State["dialogs"]);
            Assert.Equal("ask", Assert.Single(inner.DialogStack).Id);
            Assert.Equal(1L, inner.DialogStack[0].State["attemptCount"]);
            Assert.Equal("hi", JObject.Parse((string)Assert.IsType<JRaw>(read.State["options"]).Value!)["prompt"]!["text"]!.Value<string>());
            Assert.Equal("[1,\"two\"]", Assert.IsType<JRaw>(read.State["list"]).Value);
            Assert.Equal(3L, read.State["count"]);
            Assert.Equal(0.5, read.State["ratio"]);
            Assert.Equal("Robin", read.State["name"]);
            Assert.Equal(true, read.State["yes"]);
            Assert.Null(read.State["none"]);
        }

        // Written back as it was read.
        Assert.Equal(JObject.Parse(Json).ToString(), JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(instance)).ToString());
    }

    [Theory]
    [InlineData("""{"id":"x","state":[1,2]}""")]
    [InlineData("""{"id":"x","state":"text"}""")]
    [InlineData("""{"id":"x","state":{"a":""")]
    public void A_state_that_is_not_an_object_is_a_JSON_error(string json)
    {
        Assert.ThrowsAny<Newtonsoft.Json.JsonException>(() => Newtonsoft.Json.JsonConvert.DeserializeObject<DialogInstance>(json));
    }

    [Fact]
    public void Comments_in_a_state_are_skipped_as_the_default_reader_skips_them()
    {
        var instance = Newtonsoft.Json.JsonConvert.DeserializeObject<DialogInstance>("""{"id":"x","state":{"a": /* c */ 1, /* d */ "b": [2] /* e */}}""")!;

        Assert.Equal(1L, instance.State["a"]);
        Assert.Equal("[2]", Assert.IsType<JRaw>(instance.State["b"]).Value);
        Assert.Equal(2, instance.State.Count);
    }

    [Fact]
    public void Objects_kept_as_text_are_read_into_their_type_with_date_like_strings_as_written()
    {
        // Read as the app's stores read: strings that look like dates stay strings.
        const string Json = """{"id":"x","state":{"options":{"prompt":{"type":"message","text":"2026-12-05T10:00:00+02:00"},"maxAttempts":2}}}""";
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(Json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        var instance = Newtonsoft.Json.JsonSerializer.CreateDefault().Deserialize<DialogInstance>(reader)!;

        var options = RecoveryBot.Dialogs.Internal.StateValues.Get<PromptOptions>(instance.State, "options")!;

        Assert.Equal("2026-12-05T10:00:00+02:00", options.Prompt!.Text);
        Assert.Equal(2, options.MaxAttempts);
        Assert.Same(options, instance.State["options"]);
        Assert.Null(RecoveryBot.Dialogs.Internal.StateValues.Convert<PromptOptions>(null));
    }

    [Fact]
    public void Objects_kept_as_text_are_json_tokens_when_asked_for_one_and_not_numbers()
    {
        var instance = Newtonsoft.Json.JsonConvert.DeserializeObject<DialogInstance>("""{"id":"x","state":{"o":{"a":1},"l":[1,2]}}""")!;

        Assert.Equal(1, RecoveryBot.Dialogs.Internal.StateValues.Convert<JObject>(instance.State["o"])!["a"]!.Value<int>());
        Assert.IsType<JArray>(RecoveryBot.Dialogs.Internal.StateValues.Convert<object>(instance.State["l"]));
        Assert.IsType<JObject>(RecoveryBot.Dialogs.Internal.StateValues.Get<JToken>(instance.State, "o"));
        Assert.Equal(7, RecoveryBot.Dialogs.Internal.StateValues.GetInt(instance.State, "l", 7));
    }

    [Fact]
    public void A_null_state_reads_as_null()
    {
        Assert.Null(Newtonsoft.Json.JsonConvert.DeserializeObject<DialogInstance>("""{"id":"x","state":null}""")!.State);
    }

    [Fact]
    public async Task Conversation_survives_a_restart_between_every_turn()
    {
        var storage = new JsonRoundTripStorage();

        // Every turn runs on a brand-new app instance: new dialogs, new ConversationState, new adapter.
        await new TestBot(TestDialogs.Survey(), storage).Flow().Send("hi").AssertReply("What's your name?").StartTestAsync();
        await new TestBot(TestDialogs.Survey(), storage).Flow().Send("Robin").AssertReply("How many cups of tea today?").StartTestAsync();
        await new TestBot(TestDialogs.Survey(), storage).Flow().Send("four").AssertReply("Shall I save that?").StartTestAsync();
        var last = new TestBot(TestDialogs.Survey(), storage);
        await last.Flow().Send("sure").AssertReply("Robin, 4, saved").StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, last.LastResult.Status);
        Assert.Empty(last.ReadStoredStack().DialogStack);
    }

    [Fact]
    public async Task Prompt_state_attempt_count_and_activities_round_trip()
    {
        var storage = new JsonRoundTripStorage();
        var options = new PromptOptions
        {
            Prompt = new Activity(ActivityTypes.Message)
            {
                Text = "Pick a colour",
                Attachments = new List<Attachment> { new HeroCard(title: "Colours").ToAttachment() },
            },
            RetryPrompt = MessageFactory.Text("Red, green or blue?"),
            Choices = new List<Choice> { new("Red"), new("Green", "lime"), new("Blue") },
            MaxAttempts = 2,
        };
        Dialog Root() => TestDialogs.AskOnce(new ChoicePrompt("choice"), options, r => ((FoundChoice)r!).Value);

        await new TestBot(Root(), storage).Flow()
            .Send("hi").AssertReply(a =>
            {
                Assert.StartsWith("Pick a colour", a.AsMessageActivity().Text);
                Assert.Equal(HeroCard.ContentType, a.AsMessageActivity().Attachments[0].ContentType);
            })
            .Send("purple").AssertReply(a => Assert.StartsWith("Red, green or blue?", a.AsMessageActivity().Text))
            .StartTestAsync();

        // After the restart the stored attempt count (now a long) still counts: the next miss is the last.
        var stored = JObject.Parse(((JsonRoundTripStorage)storage).RawItems["test/conversations/convo1"]);
        Assert.Equal(1L, stored.SelectToken("DialogState.dialogStack[0].state.dialogs.dialogStack[0].state.attemptCount")!.Value<long>());
        await new TestBot(Root(), storage).Flow().Send("orange").AssertReply("gave up").StartTestAsync();
    }

    [Fact]
    public async Task Stored_prompts_leave_out_empty_fields_and_state_written_with_them_still_reads()
    {
        var storage = new JsonRoundTripStorage();
        var options = new PromptOptions { Prompt = MessageFactory.Text("Pick one"), RetryPrompt = MessageFactory.Text("Tea or coffee?"), Choices = new List<Choice> { new("Tea"), new("Coffee") } };
        Dialog Root() => TestDialogs.AskOnce(new ChoicePrompt("choice"), options, r => ((FoundChoice)r!).Value);
        await new TestBot(Root(), storage).Flow().Send("hi").AssertReply("Pick one (1) Tea or (2) Coffee").StartTestAsync();

        var stored = JObject.Parse(storage.RawItems["test/conversations/convo1"]);
        var kept = (JObject)stored.SelectToken("DialogState.dialogStack[0].state.dialogs.dialogStack[0].state.options")!;
        Assert.DoesNotContain(kept.Descendants(), t => t.Type == JTokenType.Null);
        Assert.Equal("Pick one", (string?)kept.SelectToken("prompt.text"));

        // As an older version wrote it: every empty field of each activity written out as null.
        foreach (var name in new[] { "prompt", "retryPrompt" })
        {
            kept[name] = JObject.FromObject(kept[name]!.ToObject<Activity>()!, Newtonsoft.Json.JsonSerializer.Create(new Newtonsoft.Json.JsonSerializerSettings { NullValueHandling = Newtonsoft.Json.NullValueHandling.Include }));
        }

        Assert.Contains(kept.Descendants(), t => t.Type == JTokenType.Null);
        await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/convo1"] = stored });
        await new TestBot(Root(), storage).Flow()
            .Send("neither").AssertReply("Tea or coffee? (1) Tea or (2) Coffee")
            .Send("coffee").AssertReply("got: Coffee")
            .StartTestAsync();
    }

    [Fact]
    public async Task Reprompt_after_a_reload_repeats_the_stored_question_with_its_choices()
    {
        var storage = new JsonRoundTripStorage();
        var options = new PromptOptions { Prompt = MessageFactory.Text("Pick one"), Choices = new List<Choice> { new("Tea"), new("Coffee") } };
        Dialog Root() => TestDialogs.AskOnce(new ChoicePrompt("choice"), options, r => ((FoundChoice)r!).Value);
        var whereWasI = new DialogRunnerOptions().AddInterruption((dc, ct) =>
            Task.FromResult(dc.Context.Activity.Text == "where was I?" ? InterruptionResult.Reprompt : InterruptionResult.NotHandled));

        await new TestBot(Root(), storage).Flow().Send("hi").AssertReply("Pick one (1) Tea or (2) Coffee").StartTestAsync();

        // Days later, on another instance.
        await new TestBot(Root(), storage, whereWasI).Flow()
            .Send("where was I?").AssertReply("Pick one (1) Tea or (2) Coffee")
            .Send("coffee").AssertReply("got: Coffee")
            .StartTestAsync();
    }

    [Fact]
    public async Task Values_bag_entries_come_back_usable()
    {
        var storage = new JsonRoundTripStorage();
        Dialog Root() => new WaterfallDialog("w", new WaterfallStep[]
        {
            async (step, ct) =>
            {
                step.Values["list"] = new List<string> { "a", "b" };
                step.Values["when"] = new DateTimeResolution { Value = "2025-03-06", Type = "date" };
                step.Values["count"] = 7;
                await step.Context.SendActivityAsync("saved", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                var list = step.Values.GetValue<List<string>>("list")!;
                var when = step.Values.GetValue<DateTimeResolution>("when")!;
                var count = step.Values.GetValue<int>("count");
                await step.Context.SendActivityAsync($"{string.Join(",", list)} {when.GetEarliest():yyyy-MM-dd} {count} {step.Values["count"]!.GetType().Name}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        });

        await new TestBot(Root(), storage).Flow().Send("hi").AssertReply("saved").StartTestAsync();
        await new TestBot(Root(), storage).Flow().Send("next").AssertReply("a,b 2025-03-06 7 Int64").StartTestAsync();
    }

    [Fact]
    public async Task Two_conversations_interleaved_on_two_instances_stay_apart()
    {
        var storage = new JsonRoundTripStorage();
        var a1 = new TestBot(TestDialogs.Survey(), storage, conversationId: "A");
        var b1 = new TestBot(TestDialogs.Survey(), storage, conversationId: "B");
        var a2 = new TestBot(TestDialogs.Survey(), storage, conversationId: "A");
        var b2 = new TestBot(TestDialogs.Survey(), storage, conversationId: "B");

        await a1.Flow().Send("hi").AssertReply("What's your name?").StartTestAsync();
        await b1.Flow().Send("hi").AssertReply("What's your name?").StartTestAsync();
        await a2.Flow().Send("Ann").AssertReply("How many cups of tea today?").StartTestAsync();
        await b1.Flow().Send("Ben").AssertReply("How many cups of tea today?").StartTestAsync();
        await a1.Flow().Send("1").AssertReply("Shall I save that?").StartTestAsync();
        await b2.Flow().Send("9").AssertReply("Shall I save that?").StartTestAsync();
        await b1.Flow().Send("no").AssertReply("Ben, 9, not saved").StartTestAsync();
        await a2.Flow().Send("yes").AssertReply("Ann, 1, saved").StartTestAsync();
    }
}
