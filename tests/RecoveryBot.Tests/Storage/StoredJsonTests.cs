using Newtonsoft.Json;
using RecoveryBot.Journal;
using RecoveryBot.Storage;

namespace RecoveryBot.Tests.Storage;

public sealed class StoredJsonTests
{
    [Theory]
    [InlineData("\"i want to tell my wife about the relapse\"")]
    [InlineData("{\"Title\": \"After a slip\", \"CreatedAt\": \"i want to tell my wife about the relapse\"}")]
    public void Stored_text_that_is_not_an_entry_fails_without_the_persons_words_in_the_message(string json)
    {
        var error = Assert.Throws<JsonSerializationException>(() => StoredJson.Deserialize<JournalEntry>(json));
        Assert.DoesNotContain("relapse", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_entry_reads_back()
    {
        var entry = StoredJson.Deserialize<JournalEntry>("{\"Title\": \"After a slip\", \"Text\": \"a \\\"quoted\\\" line\"}");
        Assert.Equal("After a slip", entry?.Title);
        Assert.Equal("a \"quoted\" line", entry?.Text);
    }
}
