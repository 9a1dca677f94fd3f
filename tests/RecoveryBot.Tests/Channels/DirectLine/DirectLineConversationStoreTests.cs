using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using RecoveryBot.Channels.DirectLine;
using RecoveryBot.Storage;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Channels.DirectLine;

/// <summary>The Direct Line log in pages: an append writes one page, numbers stay unique and monotonic.</summary>
public sealed class DirectLineConversationStoreTests
{
    private readonly ListableMemoryStorage _storage = new();
    private readonly DirectLineConversationStore _store;

    public DirectLineConversationStoreTests() =>
        _store = new DirectLineConversationStore(_storage, new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)), Options.Create(new DirectLineOptions { MaxLogActivities = 100 }));

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static long Sequence(JObject activity) => DirectLineConversationRecord.SequenceOf(activity);

    [Fact]
    public async Task A_long_log_is_kept_in_pages_and_an_append_writes_no_more_than_one_page()
    {
        await _store.CreateAsync("c1", "u1", default);
        for (var i = 0; i < 300; i++)
        {
            await _store.AppendAsync("c1", [Message($"message {i}")], default);
        }

        var keys = await _storage.ListKeysAsync("directline/log/c1", default);
        var values = await _storage.ReadAsync([.. keys]);
        var biggest = values.Values.Max(v => JObject.FromObject(v).ToString().Length);

        // 300 activities, the newest 100 kept: the record plus at most 6 pages of 20, none much bigger than 20 activities.
        Assert.InRange(keys.Count, 6, 7);
        Assert.True(biggest < 20 * 400, $"an item of {biggest} characters");
        var log = await _store.ReadAfterAsync("c1", -1, default);
        Assert.Equal(Enumerable.Range(200, 100).Select(i => (long)i), log!.Activities.Select(Sequence));
        Assert.Equal("299", log.Watermark);
        Assert.Equal(["message 298", "message 299"], (await _store.ReadAfterAsync("c1", 297, default))!.Activities.Select(a => (string?)a["text"]));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(41)]
    [InlineData(300)]
    public async Task A_watermark_at_the_end_of_a_page_never_moves_back(int count)
    {
        await _store.CreateAsync("c1", "u1", default);
        for (var i = 0; i < count; i++)
        {
            await _store.AppendAsync("c1", [Message($"message {i}")], default);
        }

        // Every watermark a client can hold: what comes after it, and a watermark at least as far on.
        for (var watermark = Math.Max(-1, count - 45); watermark < count; watermark++)
        {
            var slice = await _store.ReadAfterAsync("c1", watermark, default);
            Assert.Equal(Enumerable.Range(watermark + 1, count - 1 - watermark).Select(i => (long)i), slice!.Activities.Select(Sequence));
            Assert.Equal((count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), slice.Watermark);
        }
    }

    [Fact]
    public async Task Concurrent_appends_lose_nothing_and_each_activity_gets_its_own_number()
    {
        await _store.CreateAsync("c1", "u1", default);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await _store.AppendAsync("c1", [Message($"{w}-{i}")], default);
            }
        })));

        var log = await _store.ReadAfterAsync("c1", -1, default);
        Assert.Equal(Enumerable.Range(0, 80).Select(i => (long)i), log!.Activities.Select(Sequence));
        Assert.Equal(80, log.Activities.Select(a => (string?)a["text"]).Distinct().Count());
    }

    [Fact]
    public async Task After_an_erase_the_log_is_empty_and_new_activities_get_higher_numbers()
    {
        await _store.CreateAsync("c1", "u1", default);
        for (var i = 0; i < 25; i++)
        {
            await _store.AppendAsync("c1", [Message($"secret {i}")], default);
        }

        await _store.EraseAsync(DirectLineAdapter.ChannelId, "c1", "u1", default);
        var erased = await _store.ReadAfterAsync("c1", -1, default);
        Assert.Empty(erased!.Activities);
        Assert.True(long.Parse(erased.Watermark) >= 24);

        var after = await _store.AppendAsync("c1", [Message("confirmation")], default);
        Assert.True(Sequence(after![0]) > 24);
        Assert.Equal(["confirmation"], (await _store.ReadAfterAsync("c1", 24, default))!.Activities.Select(a => (string?)a["text"]));
        Assert.DoesNotContain(await _storage.ReadAsync([.. await _storage.ListKeysAsync("directline/log/c1", default)]), v => JObject.FromObject(v.Value).ToString().Contains("secret"));
    }

    [Fact]
    public async Task A_log_stored_the_old_way_in_its_record_is_read_and_goes_on_counting()
    {
        // Before 2026-11-30 the record held the kept activities and the next number itself.
        var old = Enumerable.Range(40, 17).Select(i => new JObject { ["type"] = "message", ["text"] = $"old {i}", ["id"] = DirectLineConversationRecord.ActivityId("c1", i) }).ToList();
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            [DirectLineConversationRecord.KeyFor("c1")] = new JObject
            {
                ["conversationId"] = "c1", ["userId"] = "u1", ["createdAt"] = "2026-11-01T00:00:00+00:00",
                ["nextSequence"] = 57, ["activities"] = new JArray(old),
            },
            [DirectLineConversationRecord.KeyFor("c2")] = new JObject
            {
                ["conversationId"] = "c2", ["userId"] = "u1", ["createdAt"] = "2026-11-01T00:00:00+00:00",
                ["nextSequence"] = 57, ["activities"] = new JArray(),
            },
        });

        var log = await _store.ReadAfterAsync("c1", -1, default);
        Assert.Equal(Enumerable.Range(40, 17).Select(i => $"old {i}"), log!.Activities.Select(a => (string?)a["text"]));
        Assert.Equal("56", log.Watermark);
        Assert.Equal(57, Sequence((await _store.AppendAsync("c1", [Message("new")], default))![0]));
        Assert.Equal(["new"], (await _store.ReadAfterAsync("c1", 56, default))!.Activities.Select(a => (string?)a["text"]));

        // An old record whose log had been erased keeps counting above its old numbers too.
        Assert.Equal("56", (await _store.ReadAfterAsync("c2", -1, default))!.Watermark);
        Assert.Equal(57, Sequence((await _store.AppendAsync("c2", [Message("new")], default))![0]));
    }

    [Fact]
    public async Task Deleting_a_conversation_deletes_every_page()
    {
        await _store.CreateAsync("c1", "u1", default);
        await _store.CreateAsync("c10", "u1", default);
        for (var i = 0; i < 45; i++)
        {
            await _store.AppendAsync("c1", [Message($"m {i}")], default);
        }

        await _store.AppendAsync("c10", [Message("other")], default);
        await _store.DeleteAsync("c1", default);

        Assert.Null(await _store.ReadAfterAsync("c1", -1, default));
        Assert.Empty(await _storage.ListKeysAsync("directline/log/c1/", default));
        Assert.Single((await _store.ReadAfterAsync("c10", -1, default))!.Activities);
    }
}
