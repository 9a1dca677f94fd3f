using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

public class ChoiceFactoryTests
{
    private static List<Choice> Colors() => new() { new Choice("red"), new Choice("green"), new Choice("blue") };

    private static List<Choice> YesNo() => new() { new Choice("Yes"), new Choice("No") };

    private static List<Choice> WithActions() => new()
    {
        new Choice("ImBack") { Action = new CardAction(ActionTypes.ImBack, "ImBack Action", value: "ImBack Value") },
        new Choice("MessageBack") { Action = new CardAction(ActionTypes.MessageBack, "MessageBack Action", value: "MessageBack Value") },
        new Choice("PostBack") { Action = new CardAction(ActionTypes.PostBack, "PostBack Action", value: "PostBack Value") },
    };

    private static void AssertImBacks(IList<CardAction> actions, params string[] values)
    {
        Assert.Equal(values, actions.Select(a => (string)a.Value));
        Assert.Equal(values, actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    private static HeroCard SingleHeroCard(IMessageActivity activity)
    {
        var attachment = Assert.Single(activity.Attachments);
        Assert.Equal(HeroCard.ContentType, attachment.ContentType);
        return Assert.IsType<HeroCard>(attachment.Content);
    }

    // ---- ChoiceFactoryOptions

    [Fact]
    public void Options_are_all_null_until_set()
    {
        var options = new ChoiceFactoryOptions();
        Assert.Null(options.InlineSeparator);
        Assert.Null(options.InlineOr);
        Assert.Null(options.InlineOrMore);
        Assert.Null(options.IncludeNumbers);

        var full = new ChoiceFactoryOptions("~", " o ", ", o ", false);
        Assert.Equal(("~", " o ", ", o ", (bool?)false), (full.InlineSeparator, full.InlineOr, full.InlineOrMore, full.IncludeNumbers));
    }

    [Fact]
    public void Options_use_camel_case_json_names()
    {
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(new ChoiceFactoryOptions(", ", " or ", ", or ", true));
        Assert.Equal("{\"inlineSeparator\":\", \",\"inlineOr\":\" or \",\"inlineOrMore\":\", or \",\"includeNumbers\":true}", json);
    }

    // ---- Inline

    [Fact]
    public void Inline_three_choices()
    {
        var activity = ChoiceFactory.Inline(Colors(), "select from:");
        Assert.Equal("select from: (1) red, (2) green, or (3) blue", activity.Text);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
        Assert.Null(activity.Speak);
        Assert.Null(activity.SuggestedActions);
    }

    [Fact]
    public void Inline_two_choices_use_or_without_a_comma()
        => Assert.Equal("Please confirm. (1) Yes or (2) No", ChoiceFactory.Inline(YesNo(), "Please confirm.").Text);

    [Fact]
    public void Inline_four_choices()
    {
        var choices = Colors();
        choices.Add(new Choice("alpha"));
        Assert.Equal("pick (1) red, (2) green, (3) blue, or (4) alpha", ChoiceFactory.Inline(choices, "pick").Text);
    }

    [Fact]
    public void Inline_one_choice()
        => Assert.Equal("text (1) red", ChoiceFactory.Inline(new List<Choice> { new("red") }, "text").Text);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Inline_always_adds_the_space_after_the_text(string? text)
        => Assert.Equal(" (1) Yes or (2) No", ChoiceFactory.Inline(YesNo(), text).Text);

    [Fact]
    public void Inline_without_choices_keeps_the_space_but_whitespace_only_text_becomes_null()
    {
        Assert.Equal("text ", ChoiceFactory.Inline(new List<Choice>(), "text").Text);
        Assert.Null(ChoiceFactory.Inline(null, null).Text);
        Assert.Null(ChoiceFactory.Inline(new List<Choice>(), "  ").Text);
    }

    [Fact]
    public void Inline_without_numbers_falls_back_to_the_default_or_per_field()
    {
        var options = new ChoiceFactoryOptions { IncludeNumbers = false, InlineSeparator = "~" };
        Assert.Equal("Please confirm. Yes or No", ChoiceFactory.Inline(YesNo(), "Please confirm.", null, options).Text);
        Assert.Equal("pick red~green, or blue", ChoiceFactory.Inline(Colors(), "pick", null, options).Text);
    }

    [Fact]
    public void Inline_uses_every_given_field()
    {
        var options = new ChoiceFactoryOptions("; ", " OR ", "; OR ", true);
        Assert.Equal("t (1) red; (2) green; OR (3) blue", ChoiceFactory.Inline(Colors(), "t", null, options).Text);
        Assert.Equal("t (1) Yes OR (2) No", ChoiceFactory.Inline(YesNo(), "t", null, options).Text);
    }

    [Fact]
    public void Inline_falls_back_to_English_for_fields_a_culture_leaves_null()
    {
        var spanishOrOnly = new ChoiceFactoryOptions { InlineOr = " o " };
        Assert.Equal("t (1) Sí o (2) No", ChoiceFactory.Inline(new List<Choice> { new("Sí"), new("No") }, "t", null, spanishOrOnly).Text);
        Assert.Equal("t (1) red, (2) green, or (3) blue", ChoiceFactory.Inline(Colors(), "t", null, spanishOrOnly).Text);
    }

    [Fact]
    public void Inline_uses_the_action_title_when_not_null_even_if_empty()
    {
        var choices = new List<Choice>
        {
            new("a") { Action = new CardAction(ActionTypes.ImBack, "Alpha", value: "a") },
            new("b") { Action = new CardAction(ActionTypes.ImBack, string.Empty, value: "b") },
            new("c") { Action = new CardAction(ActionTypes.ImBack, null, value: "c") },
        };
        Assert.Equal("t (1) Alpha, (2) , or (3) c", ChoiceFactory.Inline(choices, "t").Text);
    }

    [Fact]
    public void Inline_sets_speak_and_drops_whitespace_speak()
    {
        Assert.Equal("<speak>hi</speak>", ChoiceFactory.Inline(YesNo(), "t", "<speak>hi</speak>").Speak);
        Assert.Null(ChoiceFactory.Inline(YesNo(), "t", " ").Speak);
    }

    // ---- List

    [Fact]
    public void List_is_numbered_with_three_space_indent()
    {
        var activity = ChoiceFactory.List(Colors(), "select from:");
        Assert.Equal("select from:\n\n   1. red\n   2. green\n   3. blue", activity.Text);
        Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
    }

    [Fact]
    public void List_without_numbers_uses_dashes()
        => Assert.Equal(
            "select from:\n\n   - red\n   - green\n   - blue",
            ChoiceFactory.List(Colors(), "select from:", options: new ChoiceFactoryOptions { IncludeNumbers = false }).Text);

    [Fact]
    public void List_ignores_inline_separators()
        => Assert.Equal(
            "t\n\n   1. Yes\n   2. No",
            ChoiceFactory.List(YesNo(), "t", null, new ChoiceFactoryOptions("~", "~", "~", null)).Text);

    [Fact]
    public void List_of_strings()
        => Assert.Equal("t\n\n   1. red\n   2. green", ChoiceFactory.List(new List<string> { "red", "green" }, "t", "say", null).Text);

    [Fact]
    public void List_without_text_still_starts_with_the_blank_line()
    {
        Assert.Equal("\n\n   1. red", ChoiceFactory.List(new List<Choice> { new("red") }).Text);
        Assert.Null(ChoiceFactory.List((IList<Choice>?)null).Text); // only whitespace: MessageFactory makes it null
    }

    [Fact]
    public void List_uses_the_action_title()
        => Assert.Equal(
            "t\n\n   1. ImBack Action\n   2. MessageBack Action\n   3. PostBack Action",
            ChoiceFactory.List(WithActions(), "t").Text);

    // ---- SuggestedAction

    [Fact]
    public void Suggested_actions_are_im_backs_with_the_value_as_title()
    {
        var activity = ChoiceFactory.SuggestedAction(Colors(), "select from:", null);
        Assert.Equal("select from:", activity.Text);
        Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
        AssertImBacks(activity.SuggestedActions.Actions, "red", "green", "blue");
        Assert.Null(activity.SuggestedActions.To);
        Assert.Empty(activity.Attachments); // MessageFactory starts with an empty list
    }

    [Fact]
    public void Suggested_actions_use_a_choices_own_action_as_is()
    {
        var choices = WithActions();
        var activity = ChoiceFactory.SuggestedAction(choices, "select from:", null, null);
        Assert.Equal(new[] { ActionTypes.ImBack, ActionTypes.MessageBack, ActionTypes.PostBack }, activity.SuggestedActions.Actions.Select(a => a.Type));
        Assert.Equal(new[] { "ImBack Action", "MessageBack Action", "PostBack Action" }, activity.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(new object[] { "ImBack Value", "MessageBack Value", "PostBack Value" }, activity.SuggestedActions.Actions.Select(a => a.Value));
        Assert.Same(choices[0].Action, activity.SuggestedActions.Actions[0]);
    }

    [Fact]
    public void Suggested_actions_ignore_the_choice_title_for_im_backs()
    {
        // Only Value is used when there is no action (Choice.Title equals Value then anyway).
        var activity = ChoiceFactory.SuggestedAction(new List<Choice> { new("Yes", "yeah", "sure") }, "t", null);
        AssertImBacks(activity.SuggestedActions.Actions, "Yes");
    }

    [Fact]
    public void Suggested_actions_carry_the_recipients()
    {
        var to = new List<string> { "user1" };
        var fromChoices = ChoiceFactory.SuggestedAction(Colors(), "t", "s", to);
        Assert.Equal(to, fromChoices.SuggestedActions.To);
        Assert.Equal("s", fromChoices.Speak);

        var fromStrings = ChoiceFactory.SuggestedAction(new List<string> { "a", "b" }, "t", null, to);
        Assert.Equal(to, fromStrings.SuggestedActions.To);
        AssertImBacks(fromStrings.SuggestedActions.Actions, "a", "b");
    }

    [Fact]
    public void Suggested_actions_of_strings()
    {
        var activity = ChoiceFactory.SuggestedAction(new List<string> { "a", "b" }, "t", null);
        Assert.Equal("t", activity.Text);
        AssertImBacks(activity.SuggestedActions.Actions, "a", "b");
    }

    [Fact]
    public void Suggested_actions_without_text_or_choices()
    {
        var activity = ChoiceFactory.SuggestedAction((IList<Choice>?)null, null, null);
        Assert.Null(activity.Text);
        Assert.Empty(activity.SuggestedActions.Actions);
    }

    // ---- HeroCard

    [Fact]
    public void Hero_card_carries_the_text_and_the_activity_text_is_null()
    {
        var activity = ChoiceFactory.HeroCard(Colors(), "select from:", "say");
        Assert.Null(activity.Text);
        Assert.Equal("say", activity.Speak);
        Assert.Equal(AttachmentLayoutTypes.List, activity.AttachmentLayout);
        Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
        Assert.Null(activity.SuggestedActions);
        var card = SingleHeroCard(activity);
        Assert.Equal("select from:", card.Text);
        AssertImBacks(card.Buttons, "red", "green", "blue");
    }

    [Fact]
    public void Hero_card_uses_a_choices_own_action()
    {
        var card = SingleHeroCard(ChoiceFactory.HeroCard(WithActions(), "t"));
        Assert.Equal(new[] { ActionTypes.ImBack, ActionTypes.MessageBack, ActionTypes.PostBack }, card.Buttons.Select(a => a.Type));
        Assert.Equal(new[] { "ImBack Action", "MessageBack Action", "PostBack Action" }, card.Buttons.Select(a => a.Title));
    }

    // ---- ToChoices

    [Fact]
    public void To_choices_makes_value_only_choices()
    {
        Assert.Empty(ChoiceFactory.ToChoices(null));
        var choices = ChoiceFactory.ToChoices(new List<string> { "a", "b" });
        Assert.Equal(new[] { "a", "b" }, choices.Select(c => c.Value));
        Assert.All(choices, c => Assert.Null(c.Action));
        Assert.All(choices, c => Assert.Null(c.Synonyms));
    }

    // ---- ForChannel

    [Theory]
    [InlineData("emulator")]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("directlinespeech")]
    [InlineData("telegram")]
    [InlineData("facebook")]
    [InlineData("skype")]
    [InlineData("line")]
    [InlineData("kik")]
    public void For_channel_prefers_suggested_actions(string channelId)
    {
        var activity = ChoiceFactory.ForChannel(channelId, Colors(), "select from:", null, null);
        Assert.Equal("select from:", activity.Text);
        AssertImBacks(activity.SuggestedActions.Actions, "red", "green", "blue");
        Assert.Empty(activity.Attachments);
    }

    [Theory]
    [InlineData("cortana", null)]
    [InlineData("slack", null)]
    [InlineData("msteams", null)]
    [InlineData("msteams", "groupChat")]
    [InlineData("msteams", "channel")]
    public void For_channel_uses_a_hero_card_where_there_are_card_buttons_but_no_suggested_actions(string channelId, string? conversationType)
    {
        var activity = ChoiceFactory.ForChannel(channelId, Colors(), "select from:", conversationType: conversationType);
        Assert.Null(activity.Text);
        Assert.Null(activity.SuggestedActions);
        var card = SingleHeroCard(activity);
        Assert.Equal("select from:", card.Text);
        AssertImBacks(card.Buttons, "red", "green", "blue");
    }

    [Fact]
    public void For_channel_Teams_personal_chat_gets_suggested_actions_for_up_to_three_choices_with_the_recipients()
    {
        var to = new List<string> { "user1" };
        var activity = ChoiceFactory.ForChannel("msteams", Colors(), "select from:", conversationType: "personal", toList: to);
        Assert.Equal("select from:", activity.Text);
        AssertImBacks(activity.SuggestedActions.Actions, "red", "green", "blue");
        Assert.Equal(to, activity.SuggestedActions.To);

        var four = Colors();
        four.Add(new Choice("alpha"));
        var card = SingleHeroCard(ChoiceFactory.ForChannel("msteams", four, "select from:", conversationType: "personal", toList: to));
        Assert.Equal(4, card.Buttons.Count);
    }

    [Fact]
    public void For_channel_without_conversation_type_treats_Teams_as_a_group()
        => SingleHeroCard(ChoiceFactory.ForChannel("msteams", YesNo(), "t", null, null));

    [Theory]
    [InlineData("test")]
    [InlineData("sms")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("WebChat")] // ids are compared exactly
    public void For_channel_elsewhere_is_inline_for_up_to_three_choices_and_a_list_for_more(string? channelId)
    {
        Assert.Equal("select from: (1) red, (2) green, or (3) blue", ChoiceFactory.ForChannel(channelId, Colors(), "select from:", null, null).Text);
        Assert.Equal("t (1) Yes or (2) No", ChoiceFactory.ForChannel(channelId, YesNo(), "t", null, null).Text);

        var four = Colors();
        four.Add(new Choice("alpha"));
        var list = ChoiceFactory.ForChannel(channelId, four, "select from:", null, null);
        Assert.Equal("select from:\n\n   1. red\n   2. green\n   3. blue\n   4. alpha", list.Text);
        Assert.Null(list.SuggestedActions);
        Assert.Empty(list.Attachments);
        Assert.Equal(InputHints.ExpectingInput, list.InputHint);
    }

    [Fact]
    public void For_channel_passes_the_options_to_inline_and_list()
    {
        var options = new ChoiceFactoryOptions { IncludeNumbers = false };
        Assert.Equal("t red, green, or blue", ChoiceFactory.ForChannel("test", Colors(), "t", null, options).Text);
        var four = Colors();
        four.Add(new Choice("alpha"));
        Assert.Equal("t\n\n   - red\n   - green\n   - blue\n   - alpha", ChoiceFactory.ForChannel("test", four, "t", null, options).Text);
    }

    [Fact]
    public void For_channel_Facebook_with_more_than_ten_choices_gets_a_list()
    {
        var eleven = Enumerable.Range(1, 11).Select(i => new Choice("c" + i)).ToList();
        var activity = ChoiceFactory.ForChannel("facebook", eleven, "t", null, null);
        Assert.StartsWith("t\n\n   1. c1\n   2. c2", activity.Text);
        Assert.Null(activity.SuggestedActions);
        Assert.Empty(activity.Attachments);

        var ten = eleven.Take(10).ToList();
        Assert.Equal(10, ChoiceFactory.ForChannel("facebook", ten, "t", null, null).SuggestedActions.Actions.Count);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    [InlineData("test")]
    public void For_channel_with_a_title_longer_than_twenty_is_always_a_numbered_list(string channelId)
    {
        var choices = new List<Choice> { new("short"), new(new string('x', 21)) };
        var activity = ChoiceFactory.ForChannel(channelId, choices, "t", null, null);
        Assert.Equal("t\n\n   1. short\n   2. " + new string('x', 21), activity.Text);
        Assert.Null(activity.SuggestedActions);
        Assert.Empty(activity.Attachments);

        Assert.Equal("t\n\n   1. " + new string('x', 21), ChoiceFactory.ForChannel(channelId, choices.Skip(1).ToList(), "t", null, null).Text);
    }

    [Fact]
    public void For_channel_twenty_characters_is_not_long()
    {
        var choices = new List<Choice> { new(new string('x', 20)) };
        Assert.NotNull(ChoiceFactory.ForChannel("webchat", choices, "t", null, null).SuggestedActions);
    }

    [Fact]
    public void For_channel_measures_the_action_title_when_it_has_one()
    {
        var longAction = new List<Choice> { new("a") { Action = new CardAction(ActionTypes.ImBack, new string('x', 21), value: "a") } };
        Assert.Null(ChoiceFactory.ForChannel("webchat", longAction, "t", null, null).SuggestedActions);

        var shortAction = new List<Choice> { new(new string('v', 30)) { Action = new CardAction(ActionTypes.ImBack, "short", value: "v") } };
        Assert.NotNull(ChoiceFactory.ForChannel("webchat", shortAction, "t", null, null).SuggestedActions);

        // An empty action title falls back to the value's length.
        var emptyTitle = new List<Choice> { new(new string('v', 30)) { Action = new CardAction(ActionTypes.ImBack, string.Empty, value: "v") } };
        Assert.Null(ChoiceFactory.ForChannel("webchat", emptyTitle, "t", null, null).SuggestedActions);
    }

    [Fact]
    public void For_channel_with_nothing()
    {
        Assert.Equal("t ", ChoiceFactory.ForChannel(null, null, "t", null, null).Text);
        Assert.Empty(ChoiceFactory.ForChannel("webchat", null, "t", null, null).SuggestedActions.Actions);
    }

    [Fact]
    public void For_channel_short_overload_has_no_conversation_type_or_recipients()
    {
        var activity = ChoiceFactory.ForChannel("webchat", Colors(), "t", "s", null);
        Assert.Null(activity.SuggestedActions.To);
        Assert.Equal("s", activity.Speak);
    }

    // ---- How prompts use the factory (Prompt.AppendChoices, as the SDK renders)

    private static PromptOptions PromptWith(int choiceCount, ListStyle? style = null, Activity? prompt = null)
        => new()
        {
            Prompt = prompt ?? new Activity(ActivityTypes.Message) { Text = "Who?" },
            Choices = new[] { "Family", "Friend", "Partner", "Colleague" }.Take(choiceCount).Select(v => new Choice(v)).ToList(),
            Style = style,
        };

    private static TestBot PromptBot(PromptOptions options, string channel = "test", string? conversationType = null)
        => new(TestDialogs.AskOnce(new ChoicePrompt("choice"), options, r => ((FoundChoice)r!).Value), new JsonRoundTripStorage(), channelId: channel, conversationType: conversationType);

    [Fact]
    public async Task Prompt_auto_on_the_test_channel_is_inline_for_up_to_three_choices()
    {
        await PromptBot(PromptWith(2)).Flow()
            .Send("hi").AssertReply(a =>
            {
                Assert.Equal("Who? (1) Family or (2) Friend", a.AsMessageActivity().Text);
                Assert.Equal(InputHints.ExpectingInput, a.AsMessageActivity().InputHint);
            })
            .Send("2").AssertReply("got: Friend")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_auto_in_a_Teams_group_chat_is_a_hero_card()
    {
        await PromptBot(PromptWith(2), "msteams", "groupChat").Flow()
            .Send("hi").AssertReply(a =>
            {
                var m = a.AsMessageActivity();
                Assert.Null(m.Text);
                Assert.Null(m.SuggestedActions);
                var card = SingleHeroCard(m);
                Assert.Equal("Who?", card.Text);
                AssertImBacks(card.Buttons, "Family", "Friend");
            })
            .Send("Friend").AssertReply("got: Friend")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_keeps_its_speak_input_hint_and_attachments_and_appends_the_card()
    {
        var prompt = new Activity(ActivityTypes.Message)
        {
            Text = "Who?",
            Speak = "Who is it?",
            InputHint = InputHints.AcceptingInput,
            Attachments = new List<Attachment> { new("image/png", "https://example.com/x.png") },
        };
        await PromptBot(PromptWith(2, ListStyle.HeroCard, prompt)).Flow()
            .Send("hi").AssertReply(a =>
            {
                var m = a.AsMessageActivity();
                Assert.Null(m.Text);
                Assert.Equal("Who is it?", m.Speak);
                Assert.Equal(InputHints.AcceptingInput, m.InputHint);
                Assert.Equal(2, m.Attachments.Count);
                Assert.Equal("image/png", m.Attachments[0].ContentType);
                Assert.Equal(HeroCard.ContentType, m.Attachments[1].ContentType);
            })
            .StartTestAsync();
        Assert.Single(prompt.Attachments); // the stored prompt is not changed
    }

    [Fact]
    public async Task Prompt_explicit_suggested_actions_on_any_channel()
    {
        await PromptBot(PromptWith(4, ListStyle.SuggestedAction)).Flow()
            .Send("hi").AssertReply(a =>
            {
                Assert.Equal("Who?", a.AsMessageActivity().Text);
                AssertImBacks(a.AsMessageActivity().SuggestedActions.Actions, "Family", "Friend", "Partner", "Colleague");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_explicit_list_and_style_none()
    {
        await PromptBot(PromptWith(2, ListStyle.List), "webchat").Flow()
            .Send("hi").AssertReply(a =>
            {
                Assert.Equal("Who?\n\n   1. Family\n   2. Friend", a.AsMessageActivity().Text);
                Assert.Null(a.AsMessageActivity().SuggestedActions);
            })
            .StartTestAsync();

        await PromptBot(PromptWith(2, ListStyle.None), "webchat").Flow()
            .Send("hi").AssertReply(a =>
            {
                Assert.Equal("Who?", a.AsMessageActivity().Text);
                Assert.Null(a.AsMessageActivity().SuggestedActions);
                Assert.Null(a.AsMessageActivity().Attachments);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_without_a_prompt_activity_still_sends_the_choices()
    {
        var options = PromptWith(2, ListStyle.Inline);
        options.Prompt = null;
        await PromptBot(options).Flow()
            .Send("hi").AssertReply(a =>
            {
                Assert.Equal(" (1) Family or (2) Friend", a.AsMessageActivity().Text);
                Assert.Equal(InputHints.ExpectingInput, a.AsMessageActivity().InputHint);
            })
            .StartTestAsync();
    }
}
