using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using RecoveryBot.Privacy;
using RecoveryBot.Wording;

namespace RecoveryBot.Journal;

/// <summary>
/// The journal's commands, for the conversation's command table: the list ("my reflections"), one entry opened or
/// deleted by its number ("open 2", "delete reflection 2"), and the export. Each sends its own reply.
/// </summary>
public sealed partial class JournalCommands(JournalStore journal, IOptions<PrivacyOptions> privacy, ILogger<JournalCommands> logger)
{
    /// <summary>Reads "open 2", "Read entry 2.", "delete reflection 2": exact words with a number, as typed (in any case,
    /// with spaces and a closing full stop, question or exclamation mark allowed; "open -1" is not "open 1").</summary>
    /// <param name="command">The message as typed.</param>
    /// <param name="delete">True for delete or remove.</param>
    /// <param name="number">The entry's number in the list.</param>
    public static bool TryParseNumbered(string command, out bool delete, out int number)
    {
        ArgumentNullException.ThrowIfNull(command);
        var match = NumberedCommand().Match(command);
        // The pattern ignores case, so the verb is compared ignoring case too: "Delete 2" must never open entry 2.
        delete = match.Success && match.Groups["verb"].Value.ToLowerInvariant() is "delete" or "remove";
        number = match.Success ? int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    /// <summary>Sends the newest reflections, with how long they are kept.</summary>
    public async Task ListAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (newest, total) = await journal.PageAsync(JournalStore.UserKeyOf(context), 0, JournalPresenter.ListLength, cancellationToken).ConfigureAwait(false);
        await SayAsync(context, JournalPresenter.List(newest, total) + "\n\n" + BotMessages.RetentionNote(privacy.Value.RetentionDays), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens or deletes entry <paramref name="number"/>; says so when there is no such entry.</summary>
    public async Task OpenOrDeleteAsync(ITurnContext context, bool delete, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userKey = JournalStore.UserKeyOf(context);
        if (await journal.NumberAsync(userKey, number, cancellationToken).ConfigureAwait(false) is not { } entry)
        {
            var count = await journal.CountAsync(userKey, cancellationToken).ConfigureAwait(false);
            await SayAsync(context, count == 0 ? BotMessages.EmptyText : string.Format(CultureInfo.InvariantCulture, BotMessages.NoSuchReflectionFormat, number, count), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (delete)
        {
            await journal.DeleteAsync(userKey, entry, cancellationToken).ConfigureAwait(false);
            await SayAsync(context, string.Format(CultureInfo.InvariantCulture, BotMessages.ReflectionDeletedFormat, entry.Title), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await SayAsync(context, JournalPresenter.Open(entry), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends the journal as a Markdown file where the channel takes an inline file (Web Chat through the built-in Direct
    /// Line), else as text: Teams refuses a file sent inline, and a refusal on any other channel falls back to text too,
    /// so the person always gets their reflections or is told why not.
    /// </summary>
    public async Task ExportAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entries = await journal.NewestAsync(JournalStore.UserKeyOf(context), 0, int.MaxValue, cancellationToken).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            await SayAsync(context, BotMessages.EmptyText, cancellationToken).ConfigureAwait(false);
            return;
        }

        var intro = BotMessages.ExportAsText;
        if (context.Activity.ChannelId != Microsoft.Bot.Connector.Channels.Msteams)
        {
            try
            {
                await context.SendActivityAsync(MessageFactory.Attachment(JournalPresenter.Export(entries), BotMessages.ExportAsFile), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (ErrorResponseException ex)
            {
                LogExportRefused(logger, context.Activity.ChannelId, (int?)ex.Response?.StatusCode);
                intro = BotMessages.ExportFileRefused;
            }
        }

        var pages = JournalPresenter.ExportPages(entries);
        var activities = pages.Select((page, i) => (IActivity)MessageFactory.Text(i == 0 ? intro + "\n\n" + page : page)).ToArray();
        await context.SendActivitiesAsync(activities, cancellationToken).ConfigureAwait(false);
    }

    private static Task SayAsync(ITurnContext context, string text, CancellationToken cancellationToken) =>
        context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    [GeneratedRegex(@"^ *(?<verb>open|read|show|view|delete|remove)( +(reflection|entry|number|no))? +(?<number>[0-9]{1,4})[.!?]* *$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedCommand();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The channel {ChannelId} refused the journal export as a file (status {Status}); sent as text instead.")]
    private static partial void LogExportRefused(ILogger logger, string channelId, int? status);
}
