using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

public class NumberPromptTests
{
    private static TestBot Bot<T>(NumberPrompt<T>? prompt = null)
        where T : struct, System.Numerics.INumber<T>
        => new(TestDialogs.AskOnce(prompt ?? new NumberPrompt<T>("number") { Recognizers = Shared.Recognizers }, TestDialogs.Options("How many?", "A number, please.")), new JsonRoundTripStorage());

    [Theory]
    [InlineData("12", 12)]
    [InlineData("three", 3)]
    [InlineData("a couple", 2)]
    [InlineData("about 20 I think", 20)]
    [InlineData("twenty one", 21)]
    public async Task Recognises_integers(string text, int expected)
    {
        var bot = Bot<int>();
        await bot.Flow()
            .Send("hi").AssertReply("How many?")
            .Send(text).AssertReply("got: " + expected)
            .StartTestAsync();
        Assert.Equal(expected, bot.LastResult.Result);
    }

    [Fact]
    public async Task Fraction_is_retried_for_int_but_accepted_for_double_and_decimal()
    {
        await Bot<int>().Flow()
            .Send("hi").AssertReply("How many?")
            .Send("2.5").AssertReply("A number, please.")
            .StartTestAsync();

        var asDouble = Bot<double>();
        await asDouble.Flow().Send("hi").AssertReply("How many?").Send("2.5").AssertReply("got: 2.5").StartTestAsync();
        Assert.Equal(2.5d, asDouble.LastResult.Result);

        var asDecimal = Bot<decimal>();
        await asDecimal.Flow().Send("hi").AssertReply("How many?").Send("one and a half").AssertReply("got: 1.5").StartTestAsync();
        Assert.Equal(1.5m, asDecimal.LastResult.Result);
    }

    [Fact]
    public async Task Bad_answers_are_retried_then_give_up()
    {
        var bot = Bot<int>();
        await bot.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("lots").AssertReply("A number, please.")
            .Send("🙂").AssertReply("A number, please.")
            .Send("שלוש").AssertReply("gave up")
            .StartTestAsync();
        Assert.IsType<PromptNotRecognized>(bot.LastResult.Result);
    }

    [Fact]
    public async Task Validator_can_enforce_a_range()
    {
        var prompt = new NumberPrompt<int>("number", (pc, ct) => Task.FromResult(pc.Recognized.Succeeded && pc.Recognized.Value is >= 1 and <= 10)) { Recognizers = Shared.Recognizers };
        await Bot(prompt).Flow()
            .Send("hi").AssertReply("How many?")
            .Send("eleven").AssertReply("A number, please.")
            .Send("7").AssertReply("got: 7")
            .StartTestAsync();
    }

    private static NumberPrompt<double> InMonths() => new("months")
    {
        Recognizers = Shared.Recognizers,
        Unit = DurationUnit.Months,
        TimeProvider = new FakeTimeProvider(new DateTimeOffset(2025, 3, 5, 10, 0, 0, TimeSpan.Zero)),
    };

    // From a user trial at "how many months might it take?": the first quantity is the person's guess, in months, and
    // a later one about someone else does not replace it.
    [Theory]
    [InlineData("honestly i have no idea. a year? she spent like 5 years not being able to count on me", 12)]
    [InlineData("a year maybe? my aunt says it took her 3 years ...", 12)]
    [InlineData("a year", 12)]
    [InlineData("a year and a half", 18)]
    [InlineData("two years", 24)]
    [InlineData("half a year", 6)]
    [InlineData("1.5 years", 18)]
    [InlineData("18 months", 18)]
    [InlineData("18", 18)]
    [InlineData("maybe 6, maybe 12", 6)]
    [InlineData("six months to a year", 6)]
    [InlineData("1-2 years", 12)]
    [InlineData("3 or 4 years", 36)]
    [InlineData("3-6 months", 3)]
    [InlineData("a year or two", 12)]
    [InlineData("about 2 yrs", 24)]
    [InlineData("12mo", 12)]
    [InlineData("a few years", 36)]
    [InlineData("more than a year", 12)]
    [InlineData("in a year", 12)]
    [InlineData("within 6 months", 6)]
    [InlineData("it was worse 5 years ago, so maybe 8", 8)]
    [InlineData("it cost me $500 and maybe a year", 12)]
    [InlineData("a couple", 2)]
    [InlineData("2.5", 2.5)]
    public async Task A_length_of_time_is_read_in_the_unit_asked(string text, double expected)
    {
        var bot = Bot(InMonths());
        await bot.Flow()
            .Send("hi").AssertReply("How many?")
            .Send(text).AssertReply("got: " + expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .StartTestAsync();
        Assert.Equal(expected, bot.LastResult.Result);
    }

    // Converted into a larger unit, a length of time is rounded to the nearest whole one, and never to nothing.
    [Theory]
    [InlineData("6 weeks", DurationUnit.Months, 1)]
    [InlineData("10 days", DurationUnit.Months, 1)]
    [InlineData("in 6 weeks", DurationUnit.Months, 1)]
    [InlineData("7 weeks", DurationUnit.Months, 2)]
    [InlineData("a year", DurationUnit.Weeks, 52)]
    [InlineData("3 months", DurationUnit.Weeks, 13)]
    [InlineData("two weeks", DurationUnit.Days, 14)]
    [InlineData("6 months", DurationUnit.Years, 0.5)]
    [InlineData("7 months", DurationUnit.Years, 1)]
    [InlineData("2", DurationUnit.Years, 2)]
    public void A_length_of_time_in_another_unit_is_rounded_to_a_whole_one(string text, DurationUnit unit, double expected)
        => Assert.Equal(expected, DurationReader.Read(text, "en-us", unit, Shared.Recognizers, new DateTime(2025, 3, 5, 10, 0, 0, DateTimeKind.Utc)));

    // An amount of money or a date in the past is no answer to "how many months?"; the question is asked again.
    [Theory]
    [InlineData("$500")]
    [InlineData("5 years ago")]
    [InlineData("he was 25 years old")]
    [InlineData("lots")]
    public async Task What_is_not_a_length_of_time_or_a_number_is_retried(string text)
    {
        await Bot(InMonths()).Flow()
            .Send("hi").AssertReply("How many?")
            .Send(text).AssertReply("A number, please.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_a_unit_numbers_are_read_as_before()
    {
        var bot = Bot<int>();
        await bot.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("a year? she spent like 5 years").AssertReply("got: 5")
            .StartTestAsync();
    }
}
