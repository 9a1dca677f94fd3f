using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

/// <summary>
/// <see cref="ChoicePrompt.RecognizerOptions"/> with the SDK's <see cref="FindChoicesOptions"/>: its documented
/// defaults, and each property honoured by the prompt (MaxTokenDistance is documented as ignored).
/// </summary>
public class FindChoicesOptionsTests
{
    private static List<Choice> People() =>
    [
        new("Family", "relative", "parents"),
        new("Friend", "buddy", "mate"),
        new("Partner", "spouse"),
        new("Colleague", "boss"),
    ];

    private static TestBot Bot(ChoicePrompt prompt, IList<Choice>? choices = null, string? locale = "en-us")
        => new(
            TestDialogs.AskOnce(prompt, new PromptOptions
            {
                Prompt = MessageFactory.Text("Who?"),
                RetryPrompt = MessageFactory.Text("Sorry, who?"),
                Choices = choices ?? People(),
                Style = ListStyle.None,
                MaxAttempts = 10,
            }, r => ((FoundChoice)r!).Value),
            new JsonRoundTripStorage(),
            beforeTurn: a => a.Locale = locale);

    [Fact]
    public void Defaults_are_the_sdks()
    {
        var options = new FindChoicesOptions();
        Assert.IsAssignableFrom<FindValuesOptions>(options);
        Assert.True(options.RecognizeNumbers);
        Assert.True(options.RecognizeOrdinals);
        Assert.False(options.NoValue);
        Assert.False(options.NoAction);
        Assert.False(options.AllowPartialMatches);
        Assert.Null(options.Locale);
        Assert.Null(options.MaxTokenDistance);
        Assert.Null(new ChoicePrompt("choice").RecognizerOptions);
    }

    [Fact]
    public void Json_names_are_the_sdks()
    {
        var json = JObject.FromObject(new FindChoicesOptions { Locale = "de-de", MaxTokenDistance = 2 });
        Assert.Equal(
            new[] { "allowPartialMatches", "locale", "maxTokenDistance", "noAction", "noValue", "recognizeNumbers", "recognizeOrdinals" },
            json.Properties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        var back = JsonConvert.DeserializeObject<FindChoicesOptions>("{\"recognizeNumbers\":false,\"noValue\":true,\"locale\":\"fr-fr\"}")!;
        Assert.False(back.RecognizeNumbers);
        Assert.True(back.RecognizeOrdinals);
        Assert.True(back.NoValue);
        Assert.Equal("fr-fr", back.Locale);
    }

    [Fact]
    public async Task RecognizeNumbers_false_turns_off_numbers_but_not_ordinals_or_titles()
    {
        var prompt = new ChoicePrompt("choice") { RecognizerOptions = new FindChoicesOptions { RecognizeNumbers = false } };
        await Bot(prompt).Flow()
            .Send("hi").AssertReply("Who?")
            .Send("2").AssertReply("Sorry, who?")
            .Send("number two").AssertReply("Sorry, who?")
            .Send("two").AssertReply("Sorry, who?")
            .Send("the second one").AssertReply("got: Friend")
            .StartTestAsync();

        await Bot(new ChoicePrompt("choice") { RecognizerOptions = new FindChoicesOptions { RecognizeNumbers = false } }).Flow()
            .Send("hi").AssertReply("Who?")
            .Send("my boss").AssertReply("got: Colleague")
            .StartTestAsync();
    }

    [Fact]
    public async Task RecognizeOrdinals_false_turns_off_ordinals_but_not_numbers()
    {
        var prompt = new ChoicePrompt("choice") { RecognizerOptions = new FindChoicesOptions { RecognizeOrdinals = false } };
        await Bot(prompt).Flow()
            .Send("hi").AssertReply("Who?")
            .Send("second").AssertReply("Sorry, who?")
            .Send("the 2nd one").AssertReply("Sorry, who?")
            .Send("last").AssertReply("Sorry, who?")
            .Send("4").AssertReply("got: Colleague")
            .StartTestAsync();
    }

    [Fact]
    public async Task NoValue_searches_synonyms_and_positions_but_not_the_value()
    {
        var prompt = new ChoicePrompt("choice") { RecognizerOptions = new FindChoicesOptions { NoValue = true } };
        await Bot(prompt).Flow()
            .Send("hi").AssertReply("Who?")
            .Send("Friend").AssertReply("Sorry, who?")
            .Send("my friend").AssertReply("Sorry, who?")
            .Send("my buddy").AssertReply("got: Friend")
            .StartTestAsync();

        await Bot(new ChoicePrompt("choice") { RecognizerOptions = new FindChoicesOptions { NoValue = true } }).Flow()
            .Send("hi").AssertReply("Who?")
            .Send("3").AssertReply("got: Partner")
            .StartTestAsync();
    }

    private static List<Choice> Cities() =>
    [
        new("Redmond"),
        new("Seattle") { Action = new CardAction(ActionTypes.ImBack, "Emerald City", value: "Seattle") },
    ];

    [Fact]
    public async Task An_actions_title_is_recognised_unless_NoAction()
    {
        await Bot(new ChoicePrompt("choice"), Cities()).Flow()
            .Send("hi").AssertReply("Who?")
            .Send("the emerald city").AssertReply("got: Seattle")
            .StartTestAsync();

        var prompt = new ChoicePrompt("choice") { RecognizerOptions = new FindChoicesOptions { NoAction = true } };
        await Bot(prompt, Cities()).Flow()
            .Send("hi").AssertReply("Who?")
            .Send("the emerald city").AssertReply("Sorry, who?")
            .Send("seattle").AssertReply("got: Seattle")
            .StartTestAsync();
    }

    [Fact]
    public async Task NoValue_with_an_action_still_recognises_its_title()
    {
        var prompt = new ChoicePrompt("choice") { RecognizerOptions = new FindChoicesOptions { NoValue = true } };
        await Bot(prompt, Cities()).Flow()
            .Send("hi").AssertReply("Who?")
            .Send("seattle").AssertReply("Sorry, who?")
            .Send("Emerald City").AssertReply("got: Seattle")
            .StartTestAsync();
    }

    private static List<Choice> Colours() => [new("Dark green"), new("Light blue"), new("Red")];

    [Fact]
    public async Task AllowPartialMatches_lets_some_words_of_a_title_pick_it()
    {
        await Bot(new ChoicePrompt("choice"), Colours()).Flow()
            .Send("hi").AssertReply("Who?")
            .Send("green").AssertReply("Sorry, who?")
            .StartTestAsync();

        var prompt = new ChoicePrompt("choice") { RecognizerOptions = new FindChoicesOptions { AllowPartialMatches = true } };
        await Bot(prompt, Colours()).Flow()
            .Send("hi").AssertReply("Who?")
            .Send("not green").AssertReply("Sorry, who?")
            .Send("the blue please").AssertReply("got: Light blue")
            .StartTestAsync();
    }

    [Fact]
    public async Task Partial_matches_never_beat_a_whole_one_and_a_tie_picks_none()
    {
        var options = new FindChoicesOptions { AllowPartialMatches = true };
        await Bot(new ChoicePrompt("choice") { RecognizerOptions = options }, [new("Dark green"), new("Light green"), new("Red")]).Flow()
            .Send("hi").AssertReply("Who?")
            .Send("green").AssertReply("Sorry, who?")
            .Send("dark red").AssertReply("got: Red")
            .StartTestAsync();

        var recognizer = new ChoiceRecognizer(Shared.Recognizers);
        Assert.Equal("Green", recognizer.Recognize("green", [new("Dark green"), new("Green")], options)!.Value);
        Assert.True(recognizer.Recognize("green", [new("Dark green"), new("Red")], options)!.Score < 0.5f);
    }

    [Fact]
    public void MaxTokenDistance_is_accepted_and_ignored()
    {
        var recognizer = new ChoiceRecognizer(Shared.Recognizers);
        var choices = new List<Choice> { new("dark green"), new("red") };
        Assert.Null(recognizer.Recognize("dark and green", choices, new FindChoicesOptions { MaxTokenDistance = 2 }));
        Assert.Equal("dark green", recognizer.Recognize("dark green", choices, new FindChoicesOptions { MaxTokenDistance = 0 })!.Value);
    }

    [Theory]
    [InlineData("die zweite", "Friend")]
    [InlineData("ich nehme die dritte", "Partner")]
    [InlineData("die letzte", "Colleague")]
    [InlineData("die vorletzte", "Partner")]
    [InlineData("drei", "Partner")]
    [InlineData("Nummer 1", "Family")]
    public async Task Locale_reads_numbers_and_ordinals_in_that_culture_when_the_activity_has_none(string answer, string expected)
    {
        var prompt = new ChoicePrompt("choice") { Recognizers = Shared.Recognizers, RecognizerOptions = new FindChoicesOptions { Locale = "de-de" } };
        await Bot(prompt, locale: null).Flow()
            .Send("hallo").AssertReply("Who?")
            .Send(answer).AssertReply("got: " + expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task Locale_keeps_the_sdks_order_and_never_changes_the_options()
    {
        // The activity's locale comes first, as in the SDK: an English activity reads no German ordinals.
        var options = new FindChoicesOptions { Locale = "de-DE" };
        await Bot(new ChoicePrompt("choice") { Recognizers = Shared.Recognizers, RecognizerOptions = options }, locale: "en-us").Flow()
            .Send("hi").AssertReply("Who?")
            .Send("die zweite").AssertReply("Sorry, who?")
            .Send("the second one").AssertReply("got: Friend")
            .StartTestAsync();
        Assert.Equal("de-DE", options.Locale);

        // An activity in German needs no options; DefaultLocale comes after the options' locale.
        await Bot(new ChoicePrompt("choice") { Recognizers = Shared.Recognizers }, locale: "de-DE").Flow()
            .Send("hallo").AssertReply("Who?")
            .Send("die zweite").AssertReply("got: Friend")
            .StartTestAsync();
        await Bot(new ChoicePrompt("choice", null, "fr-fr") { Recognizers = Shared.Recognizers, RecognizerOptions = new FindChoicesOptions { Locale = "de-de" } }, locale: null).Flow()
            .Send("hallo").AssertReply("Who?")
            .Send("la deuxième").AssertReply("Sorry, who?")
            .Send("die zweite").AssertReply("got: Friend")
            .StartTestAsync();
        await Bot(new ChoicePrompt("choice", null, "fr-fr") { Recognizers = Shared.Recognizers }, locale: null).Flow()
            .Send("bonjour").AssertReply("Who?")
            .Send("la deuxième").AssertReply("got: Friend")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_culture_missing_from_the_choice_defaults_recognises_in_english()
    {
        // As in the SDK, the recognition culture must be a key of choiceDefaults (here English only, as RecoveryBot's).
        var englishOnly = new Dictionary<string, ChoiceFactoryOptions> { ["en-us"] = new(", ", " or ", ", or ", true) };
        var prompt = new ChoicePrompt("choice", englishOnly) { Recognizers = Shared.Recognizers, RecognizerOptions = new FindChoicesOptions { Locale = "de-de" } };
        await Bot(prompt, locale: null).Flow()
            .Send("hallo").AssertReply("Who?")
            .Send("die zweite").AssertReply("Sorry, who?")
            .Send("second").AssertReply("got: Friend")
            .StartTestAsync();
    }

    [Fact]
    public async Task Culture_models_respect_the_flags_and_do_not_guess_between_two_positions()
    {
        var noOrdinals = new ChoicePrompt("choice") { Recognizers = Shared.Recognizers, RecognizerOptions = new FindChoicesOptions { Locale = "de-de", RecognizeOrdinals = false } };
        await Bot(noOrdinals, locale: null).Flow()
            .Send("hallo").AssertReply("Who?")
            .Send("die zweite").AssertReply("Sorry, who?")
            .Send("zwei").AssertReply("got: Friend")
            .StartTestAsync();

        var noNumbers = new ChoicePrompt("choice") { Recognizers = Shared.Recognizers, RecognizerOptions = new FindChoicesOptions { Locale = "de-de", RecognizeNumbers = false } };
        await Bot(noNumbers, locale: null).Flow()
            .Send("hallo").AssertReply("Who?")
            .Send("drei").AssertReply("Sorry, who?")
            .Send("die zweite und die dritte").AssertReply("Sorry, who?")
            .Send("die fünfte").AssertReply("Sorry, who?")
            .Send("die dritte").AssertReply("got: Partner")
            .StartTestAsync();
    }

    [Fact]
    public void A_number_inside_an_answer_counts_outside_english_only()
    {
        var recognizer = new ChoiceRecognizer(Shared.Recognizers);
        Assert.Null(recognizer.Recognize("I have 3 kids", People(), new FindChoicesOptions { Locale = "en-us" }));
        Assert.Equal("Partner", recognizer.Recognize("ich habe 3 Kinder", People(), new FindChoicesOptions { Locale = "de-de" })!.Value);
        Assert.Equal("Colleague", recognizer.Recognize("le dernier", People(), new FindChoicesOptions { Locale = "fr-fr" })!.Value);
    }

    [Fact]
    public void The_recogniser_takes_the_options_directly_and_checks_its_arguments()
    {
        var recognizer = new ChoiceRecognizer(Shared.Recognizers);
        Assert.Equal("Friend", recognizer.Recognize("zweite", People(), new FindChoicesOptions { Locale = "de-de" })!.Value);
        Assert.Null(recognizer.Recognize("zweite", People(), null));
        Assert.Null(recognizer.Recognize("zweite", People()));
        Assert.Equal(recognizer.Recognize("my mate", People())!.Index, recognizer.Recognize("my mate", People(), null)!.Index);
        Assert.Throws<ArgumentNullException>(() => recognizer.Recognize("x", null!, new FindChoicesOptions()));
        Assert.Throws<ArgumentNullException>(() => new ChoiceRecognizer(null!));
    }
}
