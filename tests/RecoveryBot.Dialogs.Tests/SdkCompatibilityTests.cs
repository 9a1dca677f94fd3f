using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Recognizers.Text;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

/// <summary>
/// Code written the way Microsoft.Bot.Builder.Dialogs 4.23 documents it compiles here and behaves the same: every
/// prompt constructor shape, the exceptions, numbers with units, and rendering and recognition per culture.
/// </summary>
public class SdkCompatibilityTests
{
    private static readonly Choice[] Colours = [new("red"), new("green"), new("blue")];

    [Fact]
    public void Every_sdk_prompt_constructor_shape_compiles_and_keeps_its_arguments()
    {
        PromptValidator<int> intValidator = (pc, ct) => Task.FromResult(true);
        PromptValidator<FoundChoice> choiceValidator = (pc, ct) => Task.FromResult(true);
        PromptValidator<bool> boolValidator = (pc, ct) => Task.FromResult(true);
        PromptValidator<IList<DateTimeResolution>> dateValidator = (pc, ct) => Task.FromResult(true);

        Dialog[] dialogs =
        [
            new TextPrompt("text"),
            new TextPrompt("text", (pc, ct) => Task.FromResult(true)),
            new NumberPrompt<int>("number", intValidator, "de-de"),
            new NumberPrompt<decimal>("number", null, Culture.Spanish),
            new ChoicePrompt("choice", choiceValidator, "fr-fr"),
            new ChoicePrompt("choice", new Dictionary<string, ChoiceFactoryOptions> { ["en-us"] = new(", ", " or ", ", or ", true) }, choiceValidator, "en-us"),
            new ConfirmPrompt("confirm", boolValidator, "es-es"),
            new ConfirmPrompt("confirm", new Dictionary<string, (Choice, Choice, ChoiceFactoryOptions)> { ["en-us"] = (new Choice("Yep"), new Choice("Nope"), new ChoiceFactoryOptions()) }),
            new DateTimePrompt("date", dateValidator, "en-gb"),
            new ComponentDialog("component"),
        ];

        Assert.All(dialogs, d => Assert.False(string.IsNullOrEmpty(d.Id)));
        Assert.Equal("de-de", new NumberPrompt<int>("number", intValidator, "de-de").DefaultLocale);
        Assert.Equal("fr-fr", new ChoicePrompt("choice", choiceValidator, "fr-fr").DefaultLocale);
        Assert.Null(new ConfirmPrompt("confirm").DefaultLocale);
        Assert.Equal(ListStyle.Auto, new ConfirmPrompt("confirm").Style);
        Assert.Null(new ConfirmPrompt("confirm").ConfirmChoices);
        Assert.Null(new ChoicePrompt("choice").ChoiceOptions);
    }

    public static TheoryData<Func<string, Dialog>> Prompts() => new()
    {
        id => new TextPrompt(id),
        id => new NumberPrompt<int>(id),
        id => new ChoicePrompt(id),
        id => new ConfirmPrompt(id),
        id => new DateTimePrompt(id),
    };

    [Theory]
    [MemberData(nameof(Prompts))]
    public void A_missing_id_throws_argument_null_exception_as_in_the_sdk(Func<string, Dialog> create)
    {
        foreach (var id in new[] { null!, string.Empty, "   " })
        {
            var ex = Assert.Throws<ArgumentNullException>(() => create(id));
            Assert.Equal("dialogId", ex.ParamName);
        }
    }

    [Fact]
    public void Number_prompts_take_the_sdks_five_types_and_refuse_others_when_made()
    {
        _ = new NumberPrompt<int>("n");
        _ = new NumberPrompt<long>("n");
        _ = new NumberPrompt<float>("n");
        _ = new NumberPrompt<double>("n");
        _ = new NumberPrompt<decimal>("n");
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<short>("n"));
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<byte>("n"));
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<uint>("n"));

        // The id is checked first, as in the SDK.
        Assert.Throws<ArgumentNullException>(() => new NumberPrompt<short>(null!));
    }

    [Theory]
    [InlineData("I've run 5km", 5)]
    [InlineData("The temperature is 32C", 32)]
    [InlineData("$500", 500)]
    [InlineData("i am 18 years old", 18)]
    [InlineData("5 and 7", 5)]
    [InlineData("twenty", 20)]
    [InlineData("1,000", 1000)]
    public async Task Numbers_with_units_give_the_number_and_the_first_number_wins(string text, double expected)
    {
        await NumberBot<double>().Flow()
            .Send("hi").AssertReply("How many?")
            .Send(text).AssertReply("got: " + expected.ToString(CultureInfo.InvariantCulture))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_unit_with_no_number_is_asked_again()
    {
        await NumberBot<int>().Flow()
            .Send("hi").AssertReply("How many?")
            .Send("dollars").AssertReply("A number, please.")
            .Send("500 dollars").AssertReply("got: 500")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "1,000", "1000")]
    [InlineData("en-GB", "1,000", "1000")]
    [InlineData("de-DE", "1.000", "1000")]
    [InlineData("de-DE", "3,14", "3.14")]
    [InlineData("es-ES", "1.000", "1000")]
    [InlineData("fr-FR", "vingt", "20")]
    [InlineData("fr-FR", "3,14", "3.14")]
    [InlineData("bg-BG", "3,14", "3.14")]
    [InlineData("en-GB", "2.5", "2.5")]
    public async Task Numbers_are_read_in_the_users_culture(string locale, string text, string expected)
    {
        await NumberBot<double>(a => a.Locale = locale).Flow()
            .Send("hi").AssertReply("How many?")
            .Send(text).AssertReply("got: " + expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task The_default_locale_is_used_when_the_activity_has_none()
    {
        var prompt = new NumberPrompt<double>("number", null, "de-de") { Recognizers = Shared.Recognizers };
        await NumberBot(a => a.Locale = null, prompt).Flow()
            .Send("hi").AssertReply("How many?")
            .Send("3,14").AssertReply("got: 3.14")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Ready? (1) Yes or (2) No")]
    [InlineData("en-GB", "Ready? (1) Yes or (2) No")]
    [InlineData("es-ES", "Ready? (1) Sí o (2) No")]
    [InlineData("fr-FR", "Ready? (1) Oui ou (2) Non")]
    [InlineData("de-DE", "Ready? (1) Ja oder (2) Nein")]
    [InlineData("ES", "Ready? (1) Sí o (2) No")]
    [InlineData("xx-unknown", "Ready? (1) Yes or (2) No")]
    public async Task Confirm_shows_yes_and_no_in_the_users_language_inline_where_there_are_no_buttons(string locale, string expected)
    {
        await ConfirmBot(new ConfirmPrompt("confirm"), a => a.Locale = locale).Flow()
            .Send("hi").AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task Confirm_takes_its_language_from_the_default_locale_when_the_activity_has_none()
    {
        await ConfirmBot(new ConfirmPrompt("confirm", null, "fr-FR"), a => a.Locale = null).Flow()
            .Send("hi").AssertReply("Ready? (1) Oui ou (2) Non")
            .Send("oui").AssertReply("got: True")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("es-ES", "sí", true)]
    [InlineData("es-ES", "No", false)]
    [InlineData("fr-FR", "Non", false)]
    [InlineData("de-DE", "ja", true)]
    [InlineData("de-DE", "2", false)]
    [InlineData("en-GB", "yeah, go on", true)]
    [InlineData("en-US", "nope", false)]
    public async Task Confirm_understands_the_shown_words_and_numbers_in_each_culture(string locale, string answer, bool expected)
    {
        await ConfirmBot(new ConfirmPrompt("confirm"), a => a.Locale = locale).Flow()
            .Send("hi").AssertReply(_ => { })
            .Send(answer).AssertReply("got: " + expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("de-DE", "yes", true)]
    [InlineData("de-DE", "yeah, go on", true)]
    [InlineData("de-DE", "no thanks", false)]
    [InlineData("es-ES", "Yes", true)]
    [InlineData("fr-FR", "nope", false)]
    public async Task Everyday_english_is_understood_whatever_the_devices_locale(string locale, string answer, bool expected)
    {
        await ConfirmBot(new ConfirmPrompt("confirm"), a => a.Locale = locale).Flow()
            .Send("hi").AssertReply(_ => { })
            .Send(answer).AssertReply("got: " + expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task Confirm_reads_the_shown_words_and_those_of_the_recognise_language()
    {
        var options = TestDialogs.Options("Ready?", "Yes or no?");
        options.RecognizeLanguage = "es-es";
        var bot = new TestBot(TestDialogs.AskOnce(new ConfirmPrompt("confirm"), options), new JsonRoundTripStorage());
        await bot.Flow().Send("hi").AssertReply("Ready? (1) Yes or (2) No").Send("Yes").AssertReply("got: True").StartTestAsync();
        await new TestBot(TestDialogs.AskOnce(new ConfirmPrompt("confirm"), options), new JsonRoundTripStorage(), conversationId: "c2").Flow()
            .Send("hi").AssertReply("Ready? (1) Yes or (2) No").Send("sí").AssertReply("got: True").StartTestAsync();
    }

    [Fact]
    public async Task Confirm_defaults_of_your_own_are_shown_and_understood()
    {
        var defaults = new Dictionary<string, (Choice, Choice, ChoiceFactoryOptions)>
        {
            ["en-us"] = (new Choice("Yep"), new Choice("Nope"), new ChoiceFactoryOptions(", ", " / ", ", / ", true)),
        };
        await ConfirmBot(new ConfirmPrompt("confirm", defaults), a => a.Locale = "de-DE").Flow()
            .Send("hi").AssertReply("Ready? (1) Yep / (2) Nope")
            .Send("nope").AssertReply("got: False")
            .StartTestAsync();
    }

    [Fact]
    public async Task Confirm_defaults_without_english_fall_back_to_yes_and_no_instead_of_failing()
    {
        var defaults = new Dictionary<string, (Choice, Choice, ChoiceFactoryOptions)> { ["fr-fr"] = (new Choice("Oui"), new Choice("Non"), new ChoiceFactoryOptions()) };
        await ConfirmBot(new ConfirmPrompt("confirm", defaults), a => a.Locale = "de-DE").Flow()
            .Send("hi").AssertReply("Ready? (1) Yes or (2) No")
            .Send("yes").AssertReply("got: True")
            .StartTestAsync();
    }

    [Fact]
    public async Task Suggested_actions_are_addressed_to_the_person_answering()
    {
        var bot = new TestBot(TestDialogs.AskOnce(new ConfirmPrompt("confirm"), TestDialogs.Options("Ready?")), new JsonRoundTripStorage(), channelId: "webchat");
        await bot.Flow().Send("hi").AssertReply(a => Assert.Equal(["user1"], a.AsMessageActivity().SuggestedActions.To)).StartTestAsync();
    }

    [Fact]
    public async Task Confirm_choice_options_and_choices_of_your_own_replace_the_cultures()
    {
        var prompt = new ConfirmPrompt("confirm")
        {
            ChoiceOptions = new ChoiceFactoryOptions { IncludeNumbers = false, InlineSeparator = "~" },
            ConfirmChoices = Tuple.Create(new Choice("Go"), new Choice("Stop")),
        };

        // Null fields fall back to the English defaults (" or "), as in the SDK; without numbers "2" is not an answer.
        await ConfirmBot(prompt, a => a.Locale = "de-DE").Flow()
            .Send("hi").AssertReply("Ready? Go or Stop")
            .Send("2").AssertReply("Yes or no? Go or Stop")
            .Send("stop").AssertReply("got: False")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Colour? (1) red, (2) green, or (3) blue")]
    [InlineData("es-ES", "Colour? (1) red, (2) green, o (3) blue")]
    [InlineData("fr-FR", "Colour? (1) red, (2) green, ou (3) blue")]
    [InlineData("de-DE", "Colour? (1) red, (2) green, oder (3) blue")]
    public async Task Choices_are_joined_with_the_users_languages_or(string locale, string expected)
    {
        var bot = new TestBot(
            TestDialogs.AskOnce(new ChoicePrompt("choice"), new PromptOptions { Prompt = MessageFactory.Text("Colour?"), Choices = Colours }),
            new JsonRoundTripStorage(),
            beforeTurn: a => a.Locale = locale);
        await bot.Flow().Send("hi").AssertReply(expected).StartTestAsync();
    }

    [Fact]
    public async Task Choice_defaults_of_your_own_are_used_per_culture()
    {
        var defaults = new Dictionary<string, ChoiceFactoryOptions> { ["en-us"] = new(" | ", " / ", " / ", false) };
        var bot = new TestBot(
            TestDialogs.AskOnce(new ChoicePrompt("choice", defaults), new PromptOptions { Prompt = MessageFactory.Text("Colour?"), Choices = Colours }),
            new JsonRoundTripStorage());
        await bot.Flow().Send("hi").AssertReply("Colour? red | green / blue").StartTestAsync();
    }

    [Fact]
    public void Find_dialog_looks_inside_the_component_then_in_the_given_context()
    {
        var inner = new TextPrompt("inner");
        var component = new ComponentDialog("component").AddDialog(inner);
        Assert.Same(inner, component.FindDialog("inner"));
        Assert.Null(component.FindDialog("outer"));

        var outer = new TextPrompt("outer");
        var set = new DialogSet().Add(component).Add(outer);
        var dc = new DialogContext(set, new TurnContext(new Microsoft.Bot.Builder.Adapters.TestAdapter(), new Activity(ActivityTypes.Message)), new DialogState());
        Assert.Same(outer, component.FindDialog("outer", dc));
        Assert.Same(inner, component.FindDialog("inner", dc));
    }

    [Fact]
    public void A_telemetry_client_reaches_every_inner_dialog_added_before_or_after_it_is_set()
    {
        var before = new TextPrompt("before");
        var component = new ComponentDialog("component").AddDialog(before);
        Assert.Same(NullBotTelemetryClient.Instance, component.TelemetryClient);

        var client = new RecordingTelemetryClient();
        component.TelemetryClient = client;
        var after = new TextPrompt("after");
        component.AddDialog(after);

        Assert.Same(client, before.TelemetryClient);
        Assert.Same(client, after.TelemetryClient);
        component.TelemetryClient = null!;
        Assert.Same(NullBotTelemetryClient.Instance, after.TelemetryClient);
    }

    [Fact]
    public async Task A_custom_prompt_can_call_the_hooks_without_a_cancellation_token()
    {
        var bot = new TestBot(TestDialogs.AskOnce(new ShoutPrompt("shout"), TestDialogs.Options("Say it loud")), new JsonRoundTripStorage());
        await bot.Flow()
            .Send("hi").AssertReply("Say it loud")
            .Send("hello").AssertReply("got: HELLO")
            .StartTestAsync();
    }

    private static TestBot NumberBot<T>(Action<Activity>? beforeTurn = null, NumberPrompt<T>? prompt = null)
        where T : struct, System.Numerics.INumber<T>
        => new(
            TestDialogs.AskOnce(prompt ?? new NumberPrompt<T>("number") { Recognizers = Shared.Recognizers }, TestDialogs.Options("How many?", "A number, please.")),
            new JsonRoundTripStorage(),
            beforeTurn: beforeTurn);

    private static TestBot ConfirmBot(ConfirmPrompt prompt, Action<Activity> beforeTurn)
        => new(TestDialogs.AskOnce(prompt, TestDialogs.Options("Ready?", "Yes or no?")), new JsonRoundTripStorage(), beforeTurn: beforeTurn);

    /// <summary>A prompt written as an SDK user would: it calls the base hooks without a token.</summary>
    private sealed class ShoutPrompt(string dialogId) : Prompt<string>(dialogId)
    {
        protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
            => base.OnPromptAsync(turnContext, state, options, isRetry);

        protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
            => Task.FromResult(new PromptRecognizerResult<string> { Succeeded = turnContext.Activity.Text is not null, Value = turnContext.Activity.Text?.ToUpperInvariant() });
    }

    private sealed class RecordingTelemetryClient : IBotTelemetryClient
    {
        public void TrackAvailability(string name, DateTimeOffset timeStamp, TimeSpan duration, string runLocation, bool success, string? message = null, IDictionary<string, string>? properties = null, IDictionary<string, double>? metrics = null)
        {
        }

        public void TrackDependency(string dependencyTypeName, string target, string dependencyName, string data, DateTimeOffset startTime, TimeSpan duration, string resultCode, bool success)
        {
        }

        public void TrackEvent(string eventName, IDictionary<string, string>? properties = null, IDictionary<string, double>? metrics = null)
        {
        }

        public void TrackException(Exception exception, IDictionary<string, string>? properties = null, IDictionary<string, double>? metrics = null)
        {
        }

        public void TrackTrace(string message, Severity severityLevel, IDictionary<string, string> properties)
        {
        }

        public void Flush()
        {
        }
    }
}
