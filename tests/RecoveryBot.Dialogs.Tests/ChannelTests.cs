using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs.Choices;

namespace RecoveryBot.Dialogs.Tests;

public class ChannelTests
{
    [Theory]
    [InlineData("facebook", 10, true)]
    [InlineData("facebook", 11, false)]
    [InlineData("skype", 10, true)]
    [InlineData("skype", 11, false)]
    [InlineData("line", 13, true)]
    [InlineData("line", 14, false)]
    [InlineData("kik", 20, true)]
    [InlineData("kik", 21, false)]
    [InlineData("telegram", 100, true)]
    [InlineData("telegram", 101, false)]
    [InlineData("emulator", 100, true)]
    [InlineData("emulator", 101, false)]
    [InlineData("directline", 100, true)]
    [InlineData("directline", 101, false)]
    [InlineData("directlinespeech", 100, true)]
    [InlineData("directlinespeech", 101, false)]
    [InlineData("webchat", 100, true)]
    [InlineData("webchat", 101, false)]
    [InlineData("webchat", 0, true)]
    [InlineData("msteams", 1, false)]
    [InlineData("slack", 1, false)]
    [InlineData("cortana", 1, false)]
    [InlineData("test", 1, false)]
    [InlineData("sms", 1, false)]
    [InlineData("", 1, false)]
    [InlineData(null, 1, false)]
    [InlineData("WebChat", 1, false)]
    [InlineData("FACEBOOK", 1, false)]
    public void Supports_suggested_actions_with_two_arguments(string? channelId, int buttons, bool expected)
        => Assert.Equal(expected, Channel.SupportsSuggestedActions(channelId, buttons));

    [Theory]
    [InlineData("msteams", 3, "personal", true)]
    [InlineData("msteams", 1, "personal", true)]
    [InlineData("msteams", 4, "personal", false)]
    [InlineData("msteams", 3, "groupChat", false)]
    [InlineData("msteams", 3, "channel", false)]
    [InlineData("msteams", 3, "Personal", false)]
    [InlineData("msteams", 3, null, false)]
    [InlineData("facebook", 10, "personal", true)]
    [InlineData("facebook", 11, "personal", false)]
    [InlineData("webchat", 100, "groupChat", true)]
    [InlineData("test", 1, "personal", false)]
    public void Supports_suggested_actions_with_a_conversation_type(string? channelId, int buttons, string? conversationType, bool expected)
        => Assert.Equal(expected, Channel.SupportsSuggestedActions(channelId, buttons, conversationType));

    [Theory]
    [InlineData("webchat", true)]
    [InlineData("emulator", true)]
    [InlineData("directline", true)]
    [InlineData("directlinespeech", true)]
    [InlineData("telegram", true)]
    [InlineData("facebook", false)] // 100 buttons by default: above Facebook's 10.
    [InlineData("kik", false)]
    [InlineData("msteams", false)]
    [InlineData("test", false)]
    [InlineData(null, false)]
    public void Supports_suggested_actions_with_one_argument_means_a_hundred_buttons_and_no_conversation_type(string? channelId, bool expected)
        => Assert.Equal(expected, Channel.SupportsSuggestedActions(channelId));

    [Fact]
    public void Supports_suggested_actions_with_named_arguments()
    {
        Assert.True(Channel.SupportsSuggestedActions("msteams", buttonCnt: 3, conversationType: "personal"));
        Assert.False(Channel.SupportsSuggestedActions("msteams", conversationType: "personal")); // 100 buttons
        Assert.True(Channel.SupportsSuggestedActions(channelId: "webchat"));
        Assert.True(Channel.SupportsSuggestedActions("line", buttonCnt: 13));
    }

    [Theory]
    [InlineData("facebook", 3, true)]
    [InlineData("facebook", 4, false)]
    [InlineData("skype", 3, true)]
    [InlineData("skype", 4, false)]
    [InlineData("msteams", 50, true)]
    [InlineData("msteams", 51, false)]
    [InlineData("line", 99, true)]
    [InlineData("line", 100, false)]
    [InlineData("slack", 100, true)]
    [InlineData("slack", 101, false)]
    [InlineData("telegram", 100, true)]
    [InlineData("telegram", 101, false)]
    [InlineData("emulator", 100, true)]
    [InlineData("emulator", 101, false)]
    [InlineData("directline", 100, true)]
    [InlineData("directline", 101, false)]
    [InlineData("directlinespeech", 100, true)]
    [InlineData("directlinespeech", 101, false)]
    [InlineData("webchat", 100, true)]
    [InlineData("webchat", 101, false)]
    [InlineData("cortana", 100, true)]
    [InlineData("cortana", 101, false)]
    [InlineData("kik", 1, false)]
    [InlineData("test", 1, false)]
    [InlineData("sms", 1, false)]
    [InlineData("", 1, false)]
    [InlineData(null, 1, false)]
    [InlineData("MsTeams", 1, false)]
    public void Supports_card_actions(string? channelId, int buttons, bool expected)
        => Assert.Equal(expected, Channel.SupportsCardActions(channelId, buttons));

    [Theory]
    [InlineData("msteams", false)] // 100 buttons by default: above Teams' 50.
    [InlineData("line", false)]
    [InlineData("webchat", true)]
    [InlineData("cortana", true)]
    [InlineData("slack", true)]
    public void Supports_card_actions_with_one_argument_means_a_hundred_buttons(string channelId, bool expected)
        => Assert.Equal(expected, Channel.SupportsCardActions(channelId));

    [Theory]
    [InlineData("cortana", false)]
    [InlineData("Cortana", true)]
    [InlineData("webchat", true)]
    [InlineData("msteams", true)]
    [InlineData("test", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    public void Only_Cortana_has_no_message_feed(string? channelId, bool expected)
        => Assert.Equal(expected, Channel.HasMessageFeed(channelId));

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    [InlineData("facebook")]
    [InlineData("test")]
    [InlineData("")]
    [InlineData(null)]
    public void Max_action_title_length_is_twenty_everywhere(string? channelId)
        => Assert.Equal(20, Channel.MaxActionTitleLength(channelId));

    [Theory]
    [InlineData("webchat", "webchat")]
    [InlineData("MsTeams", "MsTeams")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Get_channel_id_reads_the_activity_and_never_returns_null(string? channelId, string expected)
    {
        using var context = new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message) { ChannelId = channelId });
        Assert.Equal(expected, Channel.GetChannelId(context));
    }

    [Fact]
    public void Get_channel_id_rejects_a_null_context()
        => Assert.Equal("turnContext", Assert.Throws<ArgumentNullException>(() => Channel.GetChannelId(null!)).ParamName);
}
