using System.Reflection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Bot.Schema;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Recognizers;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

public class DateTimePromptTests
{
    // Wednesday 5 March 2025, 10:00 UTC.
    private static readonly DateTimeOffset FixedNow = new(2025, 3, 5, 10, 0, 0, TimeSpan.Zero);

    private static string Describe(object? result)
        => string.Join(" | ", ((IList<DateTimeResolution>)result!).Select(r => $"{r.Type} {r.Value ?? r.Start + ".." + r.End}"));

    private static TestBot Bot(DateTimePrompt prompt, Action<Activity>? beforeTurn = null)
        => new(TestDialogs.AskOnce(prompt, TestDialogs.Options("When?", "Sorry, when? (e.g. next Saturday)"), Describe), new JsonRoundTripStorage(), beforeTurn: beforeTurn ?? (a => { a.LocalTimestamp = null; a.LocalTimezone = null; }));

    private static DateTimePrompt Prompt(DateTimeOffset? now = null)
        => new("when") { Recognizers = Shared.Recognizers, TimeProvider = new FakeTimeProvider(now ?? FixedNow) };

    [Theory]
    [InlineData("tomorrow", "date 2025-03-06")]
    [InlineData("in two weeks", "date 2025-03-19")]
    [InlineData("next Saturday", "date 2025-03-15")]
    [InlineData("this Saturday", "date 2025-03-08")]
    [InlineData("tomorrow evening", "datetimerange 2025-03-06 16:00:00..2025-03-06 20:00:00")]
    [InlineData("March 20th at 3pm", "datetime 2024-03-20 15:00:00 | datetime 2025-03-20 15:00:00")]
    public async Task Resolves_relative_dates_against_the_fixed_clock(string text, string expected)
    {
        var bot = Bot(Prompt());
        await bot.Flow()
            .Send("hi").AssertReply("When?")
            .Send(text).AssertReply("got: " + expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("after my 90 days")]
    [InlineData("90 days")]
    [InlineData("whenever I feel ready")]
    [InlineData("")]
    [InlineData("🗓️")]
    [InlineData("מחר")]
    public async Task Unresolvable_answers_get_the_retry_prompt(string text)
    {
        await Bot(Prompt()).Flow()
            .Send("hi").AssertReply("When?")
            .Send(text).AssertReply("Sorry, when? (e.g. next Saturday)")
            .Send("tomorrow").AssertReply("got: date 2025-03-06")
            .StartTestAsync();
    }

    [Fact]
    public async Task Ambiguous_weekday_gives_every_reading()
    {
        var bot = Bot(Prompt());
        await bot.Flow()
            .Send("hi").AssertReply("When?")
            .Send("Saturday").AssertReply("got: date 2025-03-01 | date 2025-03-08")
            .StartTestAsync();
    }

    [Fact]
    public async Task Require_future_drops_past_readings_and_retries_when_none_left()
    {
        var prompt = Prompt();
        prompt.RequireFuture = true;
        await Bot(prompt).Flow()
            .Send("hi").AssertReply("When?")
            .Send("yesterday").AssertReply(prompt.PastMessage).AssertReply("Sorry, when? (e.g. next Saturday)")
            .Send("Saturday").AssertReply("got: date 2025-03-08")
            .StartTestAsync();
    }

    [Fact]
    public async Task Today_counts_as_future_for_a_date()
    {
        var prompt = Prompt();
        prompt.RequireFuture = true;
        await Bot(prompt).Flow()
            .Send("hi").AssertReply("When?")
            .Send("today").AssertReply("got: date 2025-03-05")
            .StartTestAsync();
    }

    [Fact]
    public async Task Uses_the_IANA_time_zone_of_the_activity()
    {
        // 05:00 UTC is still the evening of 4 March in Los Angeles, so "tomorrow" is 5 March there.
        var early = new DateTimeOffset(2025, 3, 5, 5, 0, 0, TimeSpan.Zero);
        await Bot(Prompt(early), a => { a.LocalTimestamp = null; a.LocalTimezone = "America/Los_Angeles"; }).Flow()
            .Send("hi").AssertReply("When?")
            .Send("tomorrow").AssertReply("got: date 2025-03-05")
            .StartTestAsync();
    }

    [Fact]
    public async Task Uses_the_local_timestamp_offset_when_no_zone_name()
    {
        var early = new DateTimeOffset(2025, 3, 5, 5, 0, 0, TimeSpan.Zero);
        await Bot(Prompt(early), a => { a.LocalTimezone = null; a.LocalTimestamp = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.FromHours(-8)); }).Flow()
            .Send("hi").AssertReply("When?")
            .Send("tomorrow").AssertReply("got: date 2025-03-05")
            .StartTestAsync();
    }

    [Fact]
    public async Task Falls_back_to_the_configured_default_zone_then_utc()
    {
        var early = new DateTimeOffset(2025, 3, 5, 5, 0, 0, TimeSpan.Zero);
        var zoned = Prompt(early);
        zoned.DefaultTimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        await Bot(zoned).Flow()
            .Send("hi").AssertReply("When?")
            .Send("tomorrow").AssertReply("got: date 2025-03-05")
            .StartTestAsync();

        await Bot(Prompt(early)).Flow()
            .Send("hi").AssertReply("When?")
            .Send("tomorrow").AssertReply("got: date 2025-03-06")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_clock_moves_with_the_time_provider()
    {
        var clock = new FakeTimeProvider(FixedNow);
        var bot = Bot(new DateTimePrompt("when") { Recognizers = Shared.Recognizers, TimeProvider = clock });
        await bot.Flow().Send("hi").AssertReply("When?").StartTestAsync();
        clock.SetUtcNow(FixedNow.AddDays(10));
        await bot.Flow().Send("tomorrow").AssertReply("got: date 2025-03-16").StartTestAsync();
    }

    [Fact]
    public async Task Recognizer_cache_builds_once_per_culture_and_warms_up()
    {
        var cache = new RecognizerCache();
        Assert.False(cache.IsBuilt("datetime", "en-us"));
        await cache.WarmUpAsync(new[] { "en-us" });
        Assert.True(cache.IsBuilt("datetime", "en-us"));
        Assert.True(cache.IsBuilt("number", "en-US"));

        var models = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetDateTimeModel("en-us"))));
        Assert.All(models, m => Assert.Same(models[0], m));
        Assert.Same(cache.GetNumberModel("en-us"), cache.GetNumberModel("EN-US"));
    }

    [Fact]
    public void The_date_model_keeps_no_results_between_prompts()
    {
        // The library keeps one results cache per extractor, process-wide, keyed by text and reference time. Count
        // what it holds, parse at new reference times (each prompt's "now"), and count again. (Its private fields, as in
        // 1.8.13: a new version may move them, and this says so. Nothing else in this assembly parses dates through a
        // cached model, so tests running beside this one add nothing.)
        static MemoryCache CacheOf(Type extractor)
        {
            var shared = extractor.GetField("ResultsCache", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null);
            Assert.True(shared is not null, $"{extractor.Name} has no ResultsCache field: see whether the library still caches");
            var cache = shared.GetType().GetField("resultsCache", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(shared);
            return Assert.IsType<MemoryCache>(cache);
        }

        var caches = new[] { typeof(BaseDateExtractor), typeof(BaseDatePeriodExtractor), typeof(BaseTimeExtractor), typeof(BaseTimePeriodExtractor) }
            .Select(CacheOf)
            .ToList();
        long Held() => caches.Sum(c => c.Count);
        var start = new DateTime(2031, 7, 1, 9, 0, 0, DateTimeKind.Unspecified);

        var ours = new RecognizerCache().GetDateTimeModel("en-us");
        var before = Held();
        for (var i = 0; i < 20; i++)
        {
            Assert.NotEmpty(ours.Parse("next Saturday at 7pm", start.AddSeconds(i)));
        }

        var afterOurs = Held();

        // The same parses through the library's default model are cached: the count above can see them.
        var cached = new DateTimeRecognizer(Culture.English).GetDateTimeModel(Culture.English);
        for (var i = 0; i < 20; i++)
        {
            cached.Parse("next Saturday at 7pm", start.AddMinutes(1).AddSeconds(i));
        }

        Assert.Equal(before, afterOurs);
        Assert.True(Held() >= afterOurs + 20, $"the default model added {Held() - afterOurs} results");
    }

    [Fact]
    public async Task Warm_up_honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new RecognizerCache().WarmUpAsync(new[] { "en-us" }, cts.Token));
    }
}
