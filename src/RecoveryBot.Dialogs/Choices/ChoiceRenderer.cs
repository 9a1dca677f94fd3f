using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace RecoveryBot.Dialogs.Choices;

/// <summary>Adds choices to a prompt activity in the style the channel can show.</summary>
public static class ChoiceRenderer
{
    private const int MaxButtonTitleLength = 20;

    /// <summary>Returns a copy of <paramref name="prompt"/> with the choices added.</summary>
    /// <param name="prompt">The prompt (not modified). Null means an empty text.</param>
    /// <param name="choices">The choices.</param>
    /// <param name="style">The wanted style; <see cref="ListStyle.Auto"/> picks by channel.</param>
    /// <param name="channelId">The channel id.</param>
    /// <param name="conversationType">The conversation type.</param>
    /// <returns>The activity to send.</returns>
    public static Activity Render(Activity? prompt, IList<Choice> choices, ListStyle style, string? channelId, string? conversationType)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var activity = prompt ?? (Activity)MessageFactory.Text(string.Empty);
        if (choices.Count == 0 || style == ListStyle.None)
        {
            return activity;
        }

        if (style == ListStyle.Auto)
        {
            style = PickStyle(choices, channelId, conversationType);
        }

        switch (style)
        {
            case ListStyle.SuggestedAction:
                activity.SuggestedActions = new SuggestedActions
                {
                    Actions = choices.Select(ToAction).ToList(),
                };
                break;
            case ListStyle.HeroCard:
                var card = new HeroCard { Text = activity.Text, Buttons = choices.Select(ToAction).ToList() };
                activity.Attachments ??= new List<Attachment>();
                activity.Attachments.Add(card.ToAttachment());
                activity.Text = null;
                break;
            case ListStyle.Inline:
                activity.Text = Inline(activity.Text, choices);
                break;
            default:
                activity.Text = List(activity.Text, choices);
                break;
        }

        return activity;
    }

    private static ListStyle PickStyle(IList<Choice> choices, string? channelId, string? conversationType)
    {
        var shortTitles = choices.All(c => c.Title.Length <= MaxButtonTitleLength);
        return shortTitles && ChannelCapabilities.SupportsSuggestedActions(channelId, conversationType, choices.Count)
            ? ListStyle.SuggestedAction
            : ListStyle.List;
    }

    private static CardAction ToAction(Choice choice)
        => choice.Action ?? new CardAction(ActionTypes.ImBack, choice.Title, value: choice.Value);

    private static string Inline(string? text, IList<Choice> choices)
    {
        var sb = new StringBuilder(text);
        for (var i = 0; i < choices.Count; i++)
        {
            var separator = i == 0 ? " " : i == choices.Count - 1 ? " or " : ", ";
            sb.Append(separator).Append('(').Append(i + 1).Append(") ").Append(choices[i].Title);
        }

        return sb.ToString();
    }

    private static string List(string? text, IList<Choice> choices)
    {
        var sb = new StringBuilder(text);
        sb.Append("\n\n");
        for (var i = 0; i < choices.Count; i++)
        {
            sb.Append("   ").Append(i + 1).Append(". ").Append(choices[i].Title);
            if (i < choices.Count - 1)
            {
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }
}
