using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Privacy;
using RecoveryBot.Wording;

namespace RecoveryBot.Journal;

/// <summary>
/// The journal's commands, for the conversation's command table: the list ("my reflections"), one entry opened or
/// deleted by its number ("open 2", "delete reflection 2", "open the second one"), and the export. Each sends its own
/// reply.
/// </summary>
public sealed partial class JournalCommands(JournalStore journal, IOptions<PrivacyOptions> privacy, ILogger<JournalCommands> logger)
{
    /// <summary>
    /// Reads a request to open or delete one entry by its number: "open 2", "Delete number 2.", "open the second one",
    /// "show me number two", "delete #2", "can you remove entry 3?", alone or as the last sentence of a longer message
    /// ("I said DELETE. Not open. Delete reflection 2."), in any case. The number is digits (up to four), "#2", a number
    /// word or an ordinal up to twenty ("two", "second", "2nd"). Only a sentence that is the request and nothing else
    /// counts: "I deleted 2 messages from him", "don't delete 2", "delete 2 and 3", "show me one" and "open -1" are not.
    /// </summary>
    /// <param name="command">The message as typed.</param>
    /// <param name="delete">True for delete, remove, erase or get rid of.</param>
    /// <param name="number">The entry's number in the list.</param>
    public static bool TryParseNumbered(string command, out bool delete, out int number)
    {
        ArgumentNullException.ThrowIfNull(command);
        (delete, number) = (false, 0);
        // The request alone, or as the last sentence: "I said DELETE. Not open. Delete reflection 2."
        if (WordsOf(TextNormalizer.LastSentence(command)) is not { } words)
        {
            return false;
        }

        var at = SkipAll(words, 0, LeadIns);
        var verb = Longest(words, at, OpenVerbs);
        var deleteVerb = Longest(words, at, DeleteVerbs);
        if (verb == 0 && deleteVerb == 0)
        {
            return false;
        }

        var isDelete = deleteVerb > verb;
        // Deleting is done at once, so only a request said as one deletes: not "can I delete 2?", "so delete 2?", "no
        // delete 2" (an independent review); "can you delete 2?" asks the bot to.
        var leadIn = " " + string.Join(' ', words.Take(at)) + " ";
        bool Says(FrozenSet<string> phrases) => phrases.Any(p => leadIn.Contains(" " + p + " ", StringComparison.Ordinal));
        if (isDelete && (Says(NotForDelete) || (command.TrimEnd().EndsWith('?') && !Says(AsksTheBot))))
        {
            return false;
        }

        at += Math.Max(verb, deleteVerb);
        if (!isDelete && At(words, at) == "me")
        {
            // "show me 2", "read me the second one".
            at++;
        }

        var determiner = Determiners.Contains(At(words, at));
        at += determiner ? 1 : 0;
        int? found;
        if (OrdinalOf(At(words, at)) is { } ordinal)
        {
            // "the second one", "2nd reflection", "the third".
            found = ordinal;
            at++;
            at += At(words, at) is "one" || Nouns.Contains(At(words, at)) ? 1 : 0;
        }
        else
        {
            // "reflection 2", "number two", "entry #3", "no 9999"; a bare "one" only after a noun or "number".
            var noun = Nouns.Contains(At(words, at));
            at += noun ? 1 : 0;
            var marked = NumberMarkers.Contains(At(words, at));
            at += marked ? 1 : 0;
            found = CardinalOf(At(words, at), noun || marked, determiner && !noun && !marked);
            at++;
        }

        if (found is not { } value || SkipAll(words, at, Trailers) != words.Count)
        {
            return false;
        }

        (delete, number) = (isDelete, value);
        return true;
    }

    /// <summary>
    /// Whether a message speaks of one entry rather than of everything: it names a number ("delete reflections 1 and
    /// 2", "the 3rd"), "that one" or "the brother one", or a single reflection or entry. Such a message is never taken
    /// as "delete my data".
    /// </summary>
    /// <param name="text">The message as typed.</param>
    public static bool SpeaksOfOneEntry(string? text)
    {
        var words = TextNormalizer.Tokenize(text).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var before = words[Math.Max(0, i - 3)..i];
            if (word.Any(char.IsAsciiDigit) || OrdinalOf(word) is not null || (word != "one" && CardinalOf(word, true, false) is not null)
                || (Nouns.Contains(word) && !before.Any(Every.Contains))
                || (word == "one" && before.Any(Pointing.Contains)))
            {
                return true;
            }
        }

        return false;
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

    // Lowercase words without apostrophes; null when a word holds anything but letters, digits and a leading "#"
    // ("open -1", "delete 2\u0000", "open (2)"), or when there are more words than a request takes (a pasted page is
    // not read word by word), which is then not read as a request at all.
    private static List<string>? WordsOf(string sentence)
    {
        var words = new List<string>();
        foreach (var raw in sentence.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count == MaxRequestWords)
            {
                return null;
            }

            var word = raw.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal).Replace("\u2018", "", StringComparison.Ordinal);
            var body = word.StartsWith('#') ? word[1..] : word;
            if (word.Length > 0 && !body.All(char.IsLetterOrDigit))
            {
                return null;
            }

            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }

    private const int MaxRequestWords = 24;

    private static string At(List<string> words, int at) => at < words.Count ? words[at] : "";

    // How many words from at make the longest of the phrases (of up to four words: "i would like to"); 0 for none.
    private static int Longest(List<string> words, int at, FrozenSet<string> phrases)
    {
        var longest = 0;
        for (var n = 1; n <= 4 && at + n <= words.Count; n++)
        {
            longest = phrases.Contains(string.Join(' ', words.Skip(at).Take(n))) ? n : longest;
        }

        return longest;
    }

    private static int SkipAll(List<string> words, int at, FrozenSet<string> phrases)
    {
        while (Longest(words, at, phrases) is var n && n > 0)
        {
            at += n;
        }

        return at;
    }

    // "second", "2nd", "21st": an ordinal up to twenty in words, or digits (up to four) with an ordinal ending.
    private static int? OrdinalOf(string word)
    {
        if (Ordinals.TryGetValue(word, out var ordinal))
        {
            return ordinal;
        }

        return word.Length is > 2 and <= 6 && word[^2..] is "st" or "nd" or "rd" or "th" && word[..^2].All(char.IsAsciiDigit)
            ? int.Parse(word[..^2], CultureInfo.InvariantCulture)
            : null;
    }

    // "2", "#2", "two": up to four digits, or a number word up to twenty. "one" alone is too often a pronoun ("show me
    // one"), so it counts only after "number" or a noun; a bare number after "the" ("delete the 2") does not count.
    private static int? CardinalOf(string word, bool marked, bool afterDeterminer)
    {
        var digits = word.StartsWith('#') ? word[1..] : word;
        if (afterDeterminer && !word.StartsWith('#'))
        {
            return null;
        }

        if (digits.Length is > 0 and <= 4 && digits.All(char.IsAsciiDigit))
        {
            return int.Parse(digits, CultureInfo.InvariantCulture);
        }

        return !word.StartsWith('#') && Cardinals.TryGetValue(word, out var value) && (value != 1 || marked) ? value : null;
    }

    private static FrozenSet<string> Words(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] NumberWords =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static readonly FrozenDictionary<string, int> Cardinals = NumberWords.Select((w, i) => (w, i + 1)).ToFrozenDictionary(x => x.w, x => x.Item2, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, int> Ordinals = OrdinalWords.Select((w, i) => (w, i + 1)).ToFrozenDictionary(x => x.w, x => x.Item2, StringComparer.Ordinal);

    // What may come before the request: politeness, insistence, asking ("can you", "I want to", "I said", "no,").
    // Never a negation: "don't delete 2" and "not open 2" are not requests.
    private static readonly FrozenSet<string> LeadIns = Words(
        "please", "pls", "plz", "ok", "okay", "so", "now", "just", "then", "and", "no", "wait", "oh", "sorry", "yes", "i said",
        "i meant", "i mean", "can you", "could you", "would you", "will you", "can u", "could u", "can i", "could i", "may i",
        "i want to", "i wanna", "i would like to", "id like to", "let me", "go ahead and");

    // Lead-ins after which a delete is a question or a doubt, not a request; and those that ask the bot to do it.
    private static readonly FrozenSet<string> NotForDelete = Words("can i", "could i", "may i", "so", "wait", "no", "should i", "do i");

    private static readonly FrozenSet<string> AsksTheBot = Words("can you", "could you", "would you", "will you", "please can you", "can u", "could u", "please");

    private static readonly FrozenSet<string> OpenVerbs = Words("open", "read", "show", "view", "display");
    private static readonly FrozenSet<string> DeleteVerbs = Words("delete", "remove", "erase", "get rid of");
    private static readonly FrozenSet<string> Determiners = Words("the", "my");
    private static readonly FrozenSet<string> Nouns = Words("reflection", "entry", "item");
    private static readonly FrozenSet<string> NumberMarkers = Words("number", "no", "nr", "num", "#");

    // What may follow the number: politeness, or where the entry is ("from my journal").
    private static readonly FrozenSet<string> Trailers = Words(
        "please", "pls", "plz", "now", "thanks", "thank you", "thx", "again", "for me", "from my journal", "from the journal",
        "in my journal", "from my reflections", "of my reflections", "from the list", "on the list", "in the list");

    // "every entry", "every answer and entry" speak of all of them; "that one", "the brother one" of one.
    private static readonly FrozenSet<string> Every = Words("every", "each", "all", "any");
    private static readonly FrozenSet<string> Pointing = Words("the", "that", "this");

    [LoggerMessage(Level = LogLevel.Warning, Message = "The channel {ChannelId} refused the journal export as a file (status {Status}); sent as text instead.")]
    private static partial void LogExportRefused(ILogger logger, string channelId, int? status);
}
