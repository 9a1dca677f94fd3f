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
    [InlineData("REMOVE 4", true, 4)]
    public void A_numbered_command_is_read(string command, bool delete, int number)
    {
        Assert.True(JournalCommands.TryParseNumbered(command, out var isDelete, out var parsed));
        Assert.Equal(delete, isDelete);
        Assert.Equal(number, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("open")]
    [InlineData("open two")]
    [InlineData("open -1")]
    [InlineData("open 12345")] // more than four digits: not a list position
    [InlineData("open 2 please and delete everything")]
    [InlineData("please open 2")]
    [InlineData("delete 2\u0000")]
    public void Anything_else_is_not_a_numbered_command(string command)
    {
        Assert.False(JournalCommands.TryParseNumbered(command, out var delete, out var number));
        Assert.False(delete);
        Assert.Equal(0, number);
    }

    [Fact]
    public void No_text_is_a_caller_error() =>
        Assert.Throws<ArgumentNullException>(() => JournalCommands.TryParseNumbered(null!, out _, out _));
}
