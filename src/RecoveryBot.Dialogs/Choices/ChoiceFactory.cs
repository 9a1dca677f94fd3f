using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace RecoveryBot.Dialogs.Choices;

/// <summary>
/// Builds message activities that show choices: inline ("text (1) red, (2) green, or (3) blue"), as a list,
/// as suggested actions, as a hero card, or in whatever of these the channel shows best (<see cref="ForChannel(string?, IList{Choice}?, string?, string?, ChoiceFactoryOptions?, string?, IList{string}?)"/>).
/// Every activity comes from <see cref="MessageFactory"/>, so whitespace-only text and speak become null, and its input hint is "expectingInput".
/// </summary>
/// <remarks>
/// Like the SDK, the overload pairs of <c>ForChannel</c> and <c>SuggestedAction</c> both have defaults, so calls that
/// leave out trailing arguments are ambiguous (CS0121): pass all arguments of the shorter overload or use named arguments.
/// </remarks>
// Not static, because the SDK's ChoiceFactory is an instantiable class.
public class ChoiceFactory
{
    private const string DefaultInlineSeparator = ", ";
    private const string DefaultInlineOr = " or ";
    private const string DefaultInlineOrMore = ", or ";

    /// <summary>Shows the choices in the best style the channel supports, with no conversation type or recipients.</summary>
    /// <param name="channelId">The channel id (see <see cref="Channel"/>); null means "".</param>
    /// <param name="list">The choices; null means none.</param>
    /// <param name="text">The message text.</param>
    /// <param name="speak">The text to speak.</param>
    /// <param name="options">Formatting for inline and list styles.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity ForChannel(string? channelId, IList<Choice>? list, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
        => ForChannel(channelId, list, text, speak, options, null, null);

    /// <summary>
    /// Shows the choices in the best style the channel supports. Titles longer than <see cref="Channel.MaxActionTitleLength"/>
    /// always give a list. Otherwise: a hero card where the channel has card buttons but no suggested actions (Teams group
    /// chats, Cortana); suggested actions where supported; inline for up to three choices; a list for more.
    /// </summary>
    /// <param name="channelId">The channel id (see <see cref="Channel"/>); null means "".</param>
    /// <param name="list">The choices; null means none.</param>
    /// <param name="text">The message text.</param>
    /// <param name="speak">The text to speak.</param>
    /// <param name="options">Formatting for inline and list styles.</param>
    /// <param name="conversationType">The conversation type (Teams shows suggested actions only in "personal" chats).</param>
    /// <param name="toList">The recipients of suggested actions.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity ForChannel(string? channelId, IList<Choice>? list, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null, string? conversationType = default, IList<string>? toList = default)
    {
        channelId ??= string.Empty;
        list ??= new List<Choice>();

        // A button title is the action's title when it has a non-empty one, else the value.
        var maxTitleLength = list.Count == 0 ? 0 : list.Max(c => c.Title?.Length ?? 0);
        var longTitles = maxTitleLength > Channel.MaxActionTitleLength(channelId);
        var suggested = Channel.SupportsSuggestedActions(channelId, list.Count, conversationType);

        if (!longTitles && !suggested && Channel.SupportsCardActions(channelId, list.Count))
        {
            return HeroCard(list, text, speak);
        }

        if (!longTitles && suggested)
        {
            return SuggestedAction(list, text, speak, toList);
        }

        if (!longTitles && list.Count <= 3)
        {
            return Inline(list, text, speak, options);
        }

        return List(list, text, speak, options);
    }

    /// <summary>Shows the choices on one line after the text: "text (1) red, (2) green, or (3) blue".</summary>
    /// <param name="choices">The choices; null means none.</param>
    /// <param name="text">The text before the choices. A space always follows it, even when it is null.</param>
    /// <param name="speak">The text to speak.</param>
    /// <param name="options">Separators and numbering; each null field uses the English default.</param>
    /// <returns>The message.</returns>
    public static Activity Inline(IList<Choice>? choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        choices ??= new List<Choice>();
        var separator = options?.InlineSeparator ?? DefaultInlineSeparator;
        var or = options?.InlineOr ?? DefaultInlineOr;
        var orMore = options?.InlineOrMore ?? DefaultInlineOrMore;
        var numbers = options?.IncludeNumbers ?? true;

        var sb = new StringBuilder(text).Append(' ');
        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0)
            {
                // "a or b" for two, "a, b, or c" for more.
                sb.Append(i < choices.Count - 1 ? separator : choices.Count == 2 ? or : orMore);
            }

            if (numbers)
            {
                sb.Append('(').Append(i + 1).Append(") ");
            }

            sb.Append(TextTitle(choices[i]));
        }

        return MessageFactory.Text(sb.ToString(), speak, InputHints.ExpectingInput);
    }

    /// <summary>Shows the choices as a list under the text (see <see cref="List(IList{Choice}, string?, string?, ChoiceFactoryOptions?)"/>).</summary>
    /// <param name="choices">The choice values; null means none.</param>
    /// <param name="text">The text above the list.</param>
    /// <param name="speak">The text to speak.</param>
    /// <param name="options">Numbering (only <see cref="ChoiceFactoryOptions.IncludeNumbers"/> is used).</param>
    /// <returns>The message.</returns>
    public static Activity List(IList<string>? choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
        => List(ToChoices(choices), text, speak, options);

    /// <summary>Shows the choices as a list under the text: "text\n\n   1. red\n   2. green", or "- red" lines without numbers.</summary>
    /// <param name="choices">The choices; null means none.</param>
    /// <param name="text">The text above the list.</param>
    /// <param name="speak">The text to speak.</param>
    /// <param name="options">Numbering (only <see cref="ChoiceFactoryOptions.IncludeNumbers"/> is used; null means numbered).</param>
    /// <returns>The message.</returns>
    public static Activity List(IList<Choice>? choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        choices ??= new List<Choice>();
        var numbers = options?.IncludeNumbers ?? true;

        var sb = new StringBuilder(text).Append("\n\n   ");
        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0)
            {
                sb.Append("\n   ");
            }

            if (numbers)
            {
                sb.Append(i + 1).Append(". ");
            }
            else
            {
                sb.Append("- ");
            }

            sb.Append(TextTitle(choices[i]));
        }

        return MessageFactory.Text(sb.ToString(), speak, InputHints.ExpectingInput);
    }

    /// <summary>Shows the values as imBack suggested actions under the text.</summary>
    /// <param name="choices">The values; null means none.</param>
    /// <param name="text">The message text.</param>
    /// <param name="speak">The text to speak.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity SuggestedAction(IList<string>? choices, string? text = null, string? speak = null)
        => SuggestedAction(ToChoices(choices), text, speak, null);

    /// <summary>Shows the values as imBack suggested actions under the text, for the given recipients.</summary>
    /// <param name="choices">The values; null means none.</param>
    /// <param name="text">The message text.</param>
    /// <param name="speak">The text to speak.</param>
    /// <param name="toList">The recipients of the suggested actions.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity SuggestedAction(IList<string>? choices, string? text = null, string? speak = null, IList<string>? toList = default)
        => SuggestedAction(ToChoices(choices), text, speak, toList);

    /// <summary>Shows the choices as suggested actions under the text (a choice's own action as is, else imBack of its value).</summary>
    /// <param name="choices">The choices; null means none.</param>
    /// <param name="text">The message text.</param>
    /// <param name="speak">The text to speak.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity SuggestedAction(IList<Choice>? choices, string? text = null, string? speak = null)
        => SuggestedAction(choices, text, speak, null);

    /// <summary>Shows the choices as suggested actions under the text, for the given recipients.</summary>
    /// <param name="choices">The choices; null means none.</param>
    /// <param name="text">The message text.</param>
    /// <param name="speak">The text to speak.</param>
    /// <param name="toList">The recipients of the suggested actions (<see cref="SuggestedActions.To"/>).</param>
    /// <returns>The message.</returns>
    public static IMessageActivity SuggestedAction(IList<Choice>? choices, string? text = null, string? speak = null, IList<string>? toList = default)
        => MessageFactory.SuggestedActions(ToActions(choices), text, speak, InputHints.ExpectingInput, toList);

    /// <summary>
    /// Shows the choices as buttons on one hero card that also carries the text, so the activity's own text is null.
    /// </summary>
    /// <param name="choices">The choices; null means none.</param>
    /// <param name="text">The card text.</param>
    /// <param name="speak">The text to speak.</param>
    /// <returns>The message, with one attachment and the "list" layout.</returns>
    public static IMessageActivity HeroCard(IList<Choice>? choices, string? text = null, string? speak = null)
    {
        var card = new HeroCard(text: text, buttons: ToActions(choices));
        return MessageFactory.Attachment(new List<Attachment> { card.ToAttachment() }, null, speak, InputHints.ExpectingInput);
    }

    /// <summary>Turns values into choices.</summary>
    /// <param name="choices">The values; null means none.</param>
    /// <returns>One choice per value, with only <see cref="Choice.Value"/> set.</returns>
    public static IList<Choice> ToChoices(IList<string>? choices)
        => choices is null ? new List<Choice>() : choices.Select(value => new Choice { Value = value }).ToList();

    // Text styles use the action's title whenever it is non-null, even "", unlike buttons and Choice.Title.
    private static string TextTitle(Choice choice)
        => choice.Action?.Title ?? choice.Value;

    private static List<CardAction> ToActions(IList<Choice>? choices)
        => (choices ?? new List<Choice>())
            .Select(c => c.Action ?? new CardAction { Type = ActionTypes.ImBack, Value = c.Value, Title = c.Value })
            .ToList();
}
