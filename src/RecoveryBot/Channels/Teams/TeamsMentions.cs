using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace RecoveryBot.Channels.Teams;

/// <summary>
/// @mentions of the bot in a message's text. Teams writes a mention into the text ("&lt;at&gt;RecoveryBot&lt;/at&gt; help
/// now", and in some clients "&lt;at&gt;@RecoveryBot&lt;/at&gt;"), so unless it is removed the words the bot reads are not
/// the words the person meant: "help now" would not be recognised and the tag would be saved as an answer.
/// </summary>
public static class TeamsMentions
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Removes every mention of the bot (the activity's recipient) from the message text: the text of each mention
    /// entity that names the bot, and the bot's name in &lt;at&gt; tags with or without a leading @. A mention entity
    /// with no text or an unreadable shape is skipped. Mentions of anyone else are left as they are.
    /// </summary>
    /// <param name="activity">The message; its <see cref="IMessageActivity.Text"/> is changed in place.</param>
    /// <returns>True when the message mentioned the bot.</returns>
    public static bool RemoveBotMentions(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        var names = new List<string>();
        if (!string.IsNullOrWhiteSpace(activity.Recipient?.Name))
        {
            names.Add(activity.Recipient.Name);
        }

        var text = activity.Text ?? "";
        var mentioned = false;
        var original = text;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity?.Type, "mention", StringComparison.OrdinalIgnoreCase) || botId is null)
            {
                continue;
            }

            Mention? mention;
            try
            {
                mention = entity!.GetAs<Mention>();
            }
            catch (JsonException)
            {
                continue;
            }

            if (mention?.Mentioned?.Id != botId)
            {
                continue;
            }

            mentioned = true;
            if (!string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, " ", StringComparison.OrdinalIgnoreCase);
            }

            if (!string.IsNullOrWhiteSpace(mention.Mentioned.Name))
            {
                names.Add(mention.Mentioned.Name);
            }
        }

        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var tag = new Regex(@"<at>\s*@?" + Regex.Escape(name) + @"\s*</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
            if (tag.IsMatch(text))
            {
                mentioned = true;
                text = tag.Replace(text, " ");
            }
        }

        if (activity.Text is not null && !string.Equals(text, original, StringComparison.Ordinal))
        {
            // Only a message that held a mention is touched: the spaces left where the tag was are closed up.
            activity.Text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return mentioned;
    }
}
