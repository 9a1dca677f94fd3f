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
}
