using RecoveryBot.Journal;

namespace RecoveryBot.Tests.Journal;

/// <summary>The exact journal commands with a number, read before the classifier: what counts and what does not.</summary>
public sealed class JournalCommandsTests
{
    [Theory]
    [InlineData("open 2", false, 2)]
    [InlineData("read entry 12", false, 12)]
    [InlineData("delete reflection 3", true, 3)]
    [InlineData("remove no 9999", true, 9999)]
    [InlineData("open 0", false, 0)] // parsed; the journal then says there is no reflection 0
    [InlineData("Read Entry 12.", false, 12)] // as typed: any case, a closing full stop
    [InlineData("  delete   2 ", true, 2)]
    [InlineData("Delete number 2.", true, 2)] // a capital D once opened entry 2 and showed its private text
    [InlineData("can you delete 2?", true, 2)] // asks the bot to: a request
    [InlineData("REMOVE 4", true, 4)]
    // In plain words, as people typed them in a user trial after the list.
    [InlineData("I said DELETE. Not open. Delete reflection 2.", true, 2)] // once offered to erase everything
    [InlineData("open the second one", false, 2)]
    [InlineData("open number two", false, 2)]
    [InlineData("open two", false, 2)]
    [InlineData("show me the 2nd one", false, 2)]
    [InlineData("delete #2", true, 2)]
    [InlineData("Delete # 3!", true, 3)]
    [InlineData("erase the third reflection", true, 3)]
    [InlineData("get rid of number 3", true, 3)]
    [InlineData("Remove entry twenty", true, 20)]
    [InlineData("delete the twentieth", true, 20)]
    [InlineData("open reflection one", false, 1)]
    [InlineData("open the first one please", false, 1)]
    [InlineData("please open 2", false, 2)]
    [InlineData("Can you delete number 2 please?", true, 2)]
    [InlineData("I want to read my 21st entry", false, 21)]
    [InlineData("No, delete it. Delete the second one.", true, 2)]
    [InlineData("Don’t open it.\nDelete 2", true, 2)]
    [InlineData("open 2 from my journal", false, 2)]
    [InlineData("I would like to see... no. I would like to read reflection number 3 please", false, 3)]
    public void A_numbered_command_is_read(string command, bool delete, int number)
    {
        Assert.True(JournalCommands.TryParseNumbered(command, out var isDelete, out var parsed));
        Assert.Equal(delete, isDelete);
        Assert.Equal(number, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("open")]
    [InlineData("open -1")]
    [InlineData("open 12345")] // more than four digits: not a list position
    [InlineData("open 2 please and delete everything")]
    [InlineData("I deleted 2 messages from him")] // a sentence that merely contains a number
    [InlineData("delete 2?")] // asked, not asked for (deleting is done at once): an independent review
    [InlineData("So delete 2?")]
    [InlineData("Can I delete 2?")]
    [InlineData("wait, delete the second one?")]
    [InlineData("No delete 2")]
    [InlineData("delete 2 messages")]
    [InlineData("don't delete 2")]
    [InlineData("not open 2")]
    [InlineData("should I delete 2?")]
    [InlineData("delete 2 and 3")] // more than one: neither
    [InlineData("Delete 2. Just kidding.")] // the request is not the last sentence
    [InlineData("show me one")] // "one" alone is a pronoun
    [InlineData("open one")]
    [InlineData("delete the 2")]
    [InlineData("open twenty one")]
    [InlineData("open twenty-one")]
    [InlineData("open 2.5")]
    [InlineData("open (2)")]
    [InlineData("delete the second one, the boundary")]
    [InlineData("read the second chapter")]
    [InlineData("Get rid of the brother one.")] // no number: not this command
    [InlineData("open 12345th")]
    [InlineData("please please please please please please please please please please please please please please please please please please please please please please please open 2")]
    [InlineData("delete 2\u0000")]
    public void Anything_else_is_not_a_numbered_command(string command)
    {
        Assert.False(JournalCommands.TryParseNumbered(command, out var delete, out var number));
        Assert.False(delete);
        Assert.Equal(0, number);
    }

    [Theory]
    [InlineData("delete reflections 1 and 2")]
    [InlineData("Delete the second one please, the boundary")]
    [InlineData("delete the 3rd")]
    [InlineData("Get rid of the brother one.")]
    [InlineData("delete that one")]
    [InlineData("delete my reflection")]
    [InlineData("erase entry two")]
    public void A_message_about_one_entry_is_never_delete_my_data(string message) =>
        Assert.True(JournalCommands.SpeaksOfOneEntry(message));

    // Every way of asking to erase everything that the intent classifier learns from, but the three that name a number
    // or a single entry on purpose, still asks "are you sure?".
    [Fact]
    public void Asking_to_erase_everything_speaks_of_no_one_entry()
    {
        var examples = Understanding.Interpreters.Intents.Intents.Where(i => i.Id == RecoveryBot.Understanding.IntentIds.DeleteData)
            .SelectMany(i => i.Phrases.Concat(i.Examples)).ToList();

        Assert.True(examples.Count > 50);
        Assert.DoesNotContain(examples, JournalCommands.SpeaksOfOneEntry);
        Assert.False(JournalCommands.SpeaksOfOneEntry("delete every single one"));
        Assert.False(JournalCommands.SpeaksOfOneEntry(null));

    }

    [Fact]
    public void No_text_is_a_caller_error() =>
        Assert.Throws<ArgumentNullException>(() => JournalCommands.TryParseNumbered(null!, out _, out _));
}
