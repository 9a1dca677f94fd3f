using RecoveryBot.Exercises;

namespace RecoveryBot.Tests.Exercises;

/// <summary>Answers to "Who would you like to make amends with?" give a short name to say back, never a sentence.</summary>
public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Dana", "Dana")]
    [InlineData("dana", "dana")]
    [InlineData("DANA", "DANA")]
    [InlineData("  Dana  ", "Dana")]
    [InlineData("Dana!", "Dana")]
    [InlineData("'Dana'", "Dana")]
    [InlineData("Dana \u2764\ufe0f", "Dana")]
    [InlineData("Mary Ann", "Mary Ann")]
    [InlineData("kevin smith", "kevin smith")]
    [InlineData("Will", "Will")]
    [InlineData("Mom", "Mom")]
    [InlineData("Uncle Bob", "Uncle Bob")]
    [InlineData("Mrs. Patel", "Mrs Patel")]
    [InlineData("Dr. Smith", "Dr Smith")]
    [InlineData("O\u2019Brien", "O'Brien")]
    [InlineData("Jo-Anne", "Jo-Anne")]
    public void A_bare_name_is_kept_as_typed(string text, string expected) => AssertName(text, expected);

    [Theory]
    [InlineData("M", "M")]
    [InlineData("J.", "J")]
    [InlineData("k", "k")]
    [InlineData("J.R.", "J.R")]
    public void An_initial_is_enough(string text, string expected) => AssertName(text, expected);

    [Theory]
    [InlineData("my dad", "my dad")]
    [InlineData("My dad.", "My dad")]
    [InlineData("(my dad)", "my dad")]
    [InlineData("probably my brother", "my brother")]
    [InlineData("my mum i think", "my mum")]
    [InlineData("my older sister", "my older sister")]
    [InlineData("my older half sister", "my older half sister")]
    [InlineData("my ex wife lol", "my ex wife")]
    [InlineData("my best friend's mom", "my best friend's mom")]
    [InlineData("my mom and dad", "my mom and dad")]
    [InlineData("mom and dad", "mom and dad")]
    [InlineData("our son", "our son")]
    [InlineData("a friend of mine", "a friend")]
    [InlineData("The kids", "The kids")]
    [InlineData("my mom & dad", "my mom and dad")]
    [InlineData("He was my best mate at school", "my best mate")]
    [InlineData("it\u2019s my dad", "my dad")]
    [InlineData("I called her last week, my mum", "my mum")]
    [InlineData("I want to make amends with my dad because I stole from him for years and lied about it", "my dad")]
    public void A_relation_is_kept_without_what_surrounds_it(string text, string expected) => AssertName(text, expected);

    [Theory]
    [InlineData("her name is Dana", "Dana")]
    [InlineData("her name is dana", "dana")]
    [InlineData("his name's Marco", "Marco")]
    [InlineData("it's Tom", "Tom")]
    [InlineData("its Tom", "Tom")]
    [InlineData("that would be Priya", "Priya")]
    [InlineData("he's called Sam", "Sam")]
    [InlineData("she goes by Jess", "Jess")]
    [InlineData("everyone calls him Bobby", "Bobby")]
    [InlineData("we all call her Big Sue", "Big Sue")]
    [InlineData("my son, his name is Leo", "Leo")]
    [InlineData("her name is not important", "")]
    public void A_name_after_name_is_or_called_is_the_name(string text, string expected) => AssertNameOrNone(text, expected);

    [Theory]
    [InlineData("my brother Jake", "Jake")]
    [InlineData("my sister Carla", "Carla")]
    [InlineData("my friend Mary Ann from rehab", "Mary Ann")]
    [InlineData("My wife, Ana.", "Ana")]
    [InlineData("my dad, Steve", "Steve")]
    [InlineData("Carla, my best friend since school", "Carla")]
    [InlineData("Ron. My old boss.", "Ron")]
    [InlineData("Ron - my old boss", "Ron")]
    [InlineData("my wife, ana", "ana")]
    public void A_name_beside_a_relation_wins_over_the_relation(string text, string expected) => AssertName(text, expected);

    [Theory]
    [InlineData("my sister carla", "my sister carla")]
    [InlineData("my brother jake and his wife", "my brother")]
    [InlineData("Sarah because she stuck by me", "Sarah")]
    [InlineData("Kevin from work", "Kevin")]
    [InlineData("I think I owe Dad an apology", "Dad")]
    [InlineData("I hurt a lot of people, Dana knows", "")]
    [InlineData("I wasn't there for her, ever", "")]
    public void Capitals_decide_which_word_is_the_name(string text, string expected) => AssertNameOrNone(text, expected);

    [Theory]
    [InlineData("um, Kevin", "Kevin")]
    [InlineData("umm Kevin", "Kevin")]
    [InlineData("Kevin obviously", "Kevin")]
    [InlineData("I guess Kevin", "Kevin")]
    [InlineData("uh well Kevin I think", "Kevin")]
    [InlineData("hmm\u2026 Kevin", "Kevin")]
    [InlineData("Kevin, I guess", "Kevin")]
    [InlineData("definitely my mom", "my mom")]
    [InlineData("honestly just my dad tbh", "my dad")]
    [InlineData("i think i want to make amends with dana", "dana")]
    [InlineData("with Kevin first", "Kevin")]
    public void Fillers_are_dropped(string text, string expected) => AssertName(text, expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("\ud83d\ude42")]
    [InlineData("I don't really want to say who it is because it's complicated")]
    [InlineData("I hurt a lot of people over the years")]
    [InlineData("honestly there are so many people I let down that I would not know where to start")]
    [InlineData("I think I owe Dana an apology more than anyone else I have ever known in my life")]
    [InlineData("i would rather not talk about that right now")]
    [InlineData("it's complicated")]
    [InlineData("I don't know")]
    [InlineData("not sure")]
    [InlineData("nobody")]
    [InlineData("no one")]
    [InlineData("I'd rather not say")]
    [InlineData("probably")]
    [InlineData("I")]
    [InlineData("myself")]
    [InlineData("my")]
    public void A_message_without_a_name_is_not_a_name_answer(string? text) => AssertNone(text);

    [Theory]
    [InlineData("who should I pick?")]
    [InlineData("Who should I pick")]
    [InlineData("should it be my dad?")]
    [InlineData("what do you mean")]
    [InlineData("Dana?")]
    public void A_question_is_not_a_name_answer(string text) => AssertNone(text);

    [Fact]
    public void A_long_name_is_cut_to_forty_characters_at_a_word()
    {
        Assert.True(PersonName.TryExtract("her name is Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft", out var word));
        Assert.Equal("Wolfeschlegelsteinhausenbergerdorffvoral", word);

        Assert.True(PersonName.TryExtract("Anastasia-Maximiliana Featherstonehaugh-Bartholomew", out var words));
        Assert.Equal("Anastasia-Maximiliana", words);
    }

    [Theory]
    [InlineData(" , ; : ! ( ) - \u2014 . ")]
    [InlineData("\0\u0001\u0002 Dana")]
    [InlineData("{D83D}")]
    [InlineData("my my my my my")]
    [InlineData("her name is")]
    [InlineData("called called called")]
    [InlineData("a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p")]
    public void Odd_input_never_throws_and_never_gives_more_than_forty_characters(string text)
    {
        var found = PersonName.TryExtract(LoneSurrogates.In(text)!, out var name);

        Assert.True(name.Length <= PersonName.MaxLength);
        Assert.Equal(found, name.Length > 0);
        Assert.Equal(name.Trim(), name);
    }

    [Fact]
    public void Random_messages_never_throw_and_always_give_a_short_trimmed_name()
    {
        string[] parts =
        [
            "my", "My", "name", "is", "called", "Dana", "dana", "J.", "Mrs.", "um", "I", "guess", "dad", "sister", "and",
            "&", ",", ".", "!", "-", "\u2019s", "'", "\ud83d\ude42", "\ud83d", " ", "\t", "\u00e9", "Zo\u00eb", "its", "calls", "him",
        ];
        var random = new Random(20240611);
        for (var n = 0; n < 5_000; n++)
        {
            var separator = random.Next(3) == 0 ? "" : " ";
            var text = string.Join(separator, Enumerable.Range(0, random.Next(1, 16)).Select(_ => parts[random.Next(parts.Length)]));

            var found = PersonName.TryExtract(text, out var name);

            Assert.Equal(found, name.Length > 0);
            Assert.True(name.Length <= PersonName.MaxLength);
            Assert.True(name.Length == 0 || (char.IsLetterOrDigit(name[0]) && char.IsLetterOrDigit(name[^1])));
        }
    }

    [Fact]
    public void A_message_over_a_thousand_characters_is_not_a_name_answer()
    {
        var text = string.Concat(Enumerable.Repeat("my dad, her name is Dana ", 5_000));

        Assert.False(PersonName.TryExtract(text, out var name));
        Assert.Equal(string.Empty, name);
    }

    [Theory]
    [InlineData("my dad", "your dad")]
    [InlineData("My little sister", "your little sister")]
    [InlineData("our son", "your son")]
    [InlineData("Dana", "Dana")]
    [InlineData("Myra", "Myra")]
    [InlineData("Ourania", "Ourania")]
    [InlineData("my", "my")]
    [InlineData("", "")]
    [InlineData("my ", "my ")]
    [InlineData("My Dad", "your Dad")]
    [InlineData("My Linh", "My Linh")]
    public void A_kept_name_is_said_back_in_the_bots_voice(string kept, string saidBack) =>
        Assert.Equal(saidBack, PersonName.SaidBack(kept));

    [Fact]
    public void Saying_back_no_name_is_refused() => Assert.Throws<ArgumentNullException>(() => PersonName.SaidBack(null!));

    private static void AssertName(string text, string expected)
    {
        Assert.True(PersonName.TryExtract(text, out var name));
        Assert.Equal(expected, name);
    }

    private static void AssertNone(string? text)
    {
        Assert.False(PersonName.TryExtract(text, out var name));
        Assert.Equal(string.Empty, name);
    }

    private static void AssertNameOrNone(string text, string expected)
    {
        if (expected.Length == 0)
        {
            AssertNone(text);
        }
        else
        {
            AssertName(text, expected);
        }
    }
}
