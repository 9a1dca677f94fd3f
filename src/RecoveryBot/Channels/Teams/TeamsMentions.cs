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
    /// Removes every mention of the bot (the activity's recipient) from the message text: the &lt;at&gt; tag of each
    /// mention entity that names the bot (its text, or the bot's name with or without a leading @), and, in a message
    /// with no mention entities, the bot's name in &lt;at&gt; tags. A mention entity with no text or an unreadable shape
    /// is skipped; mentions of anyone else, and the person's own line breaks, are left as they are.
    /// </summary>
    /// <param name="activity">The message; its <see cref="IMessageActivity.Text"/> is changed in place.</param>
    /// <returns>True when the message mentioned the bot.</returns>
    public static bool RemoveBotMentions(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        var text = activity.Text ?? "";
        var original = text;
        var mentioned = false;
        var anyMentionEntity = false;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity is null || !string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            anyMentionEntity = true;
            Mention? mention;
            try
            {
                mention = entity.GetAs<Mention>();
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidCastException)
            {
                continue;
            }

            if (botId is null || mention?.Mentioned?.Id != botId)
            {
                continue;
            }

            mentioned = true;
            // Only the <at> tag Teams wrote: a plain word that happens to be the bot's name stays.
            if (mention.Text is { Length: > 0 } tag && tag.Contains("<at>", StringComparison.OrdinalIgnoreCase))
            {
                text = RemoveTag(text, Regex.Escape(tag));
            }

            if (!string.IsNullOrWhiteSpace(mention.Mentioned.Name))
            {
                text = RemoveTag(text, @"<at>\s*@?" + Regex.Escape(mention.Mentioned.Name) + @"\s*</at>");
            }
        }

        // No mention entities at all (some clients send only the tag): the bot's name in <at> tags, with or without @.
        if (!anyMentionEntity && !string.IsNullOrWhiteSpace(activity.Recipient?.Name))
        {
            var before = text;
            text = RemoveTag(text, @"<at>\s*@?" + Regex.Escape(activity.Recipient.Name) + @"\s*</at>");
            mentioned |= !string.Equals(before, text, StringComparison.Ordinal);
        }

        if (activity.Text is not null && !string.Equals(text, original, StringComparison.Ordinal))
        {
            activity.Text = text.Trim();
        }

        return mentioned;
    }

    // Removes every match of the tag with the spaces or tabs around it, leaving one space: line breaks elsewhere in the
    // message are the person's and stay. A pattern that times out removes nothing.
    private static string RemoveTag(string text, string pattern)
    {
        // Most messages hold no tag at all: no regex work for them (this runs on every message).
        if (!text.Contains("<at", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        try
        {
            return Regex.Replace(text, @"[ \t]*" + pattern + @"[ \t]*", " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }
}
