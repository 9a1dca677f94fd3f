using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>How the crisis check reads dialect: Scots and second-language forms as the English the rules and model know.</summary>
public sealed class CrisisTextNormalizerTests
{
    [Theory]
    [InlineData("Gonnae kill masel the night", "going to kill myself tonight")]
    [InlineData("am gonnae end it the nicht", "i am going to end it tonight")]
    [InlineData("Naebody cannae stop me, am sat on the bridge the now", "nobody cant stop me")]
    [InlineData("Naebody cannae stop me, am sat on the bridge the now", "am sat on the bridge now")]
    [InlineData("I no can breathe", "i cant breathe")]
    [InlineData("swallied aw ma pills wi voddy", "swallowed aw ma pills with vodka")]
    [InlineData("cannae cope and am gonnae end it the night", "i am going to end it tonight")]
    [InlineData("the bairn is no breathing", "the child is not breathing")]
    [InlineData("am no gonnae make it", "am not going to make it")]
    [InlineData("I'm nae comin back", "i am not coming back")]
    [InlineData("I want die", "i want to die")]
    [InlineData("Sometimes I want sleep forever", "i want to sleep forever")]
    [InlineData("I want kill my husband tonight", "i want to kill my husband tonight")]
    public void Scots_and_second_language_forms_read_as_english(string text, string expected)
    {
        Assert.Contains(expected, CrisisTextNormalizer.Normalize(text).Whole, StringComparison.Ordinal);
    }

    // Fourteenth round: Pidgin and patois, read only in a message written in one of them; Yorkshire "t'" and "o'", and
    // "me" before a part of the body.
    [Theory]
    [InlineData("abeg i go end am tonight, wetin i dey live for", "i will end it tonight")]
    [InlineData("e say e go kill me, i dey hide for room", "he say he will kill me")]
    [InlineData("e say e go kill me, i dey hide for room", "i am hiding for room")]
    [InlineData("i wan jump for bridge now chale", "i want to jump for bridge now")]
    [InlineData("mi a plan fi kill miself tonight", "i am planning to kill myself tonight")]
    [InlineData("him a beat mi right now, mi cyaan get out", "he is beating me right now")]
    [InlineData("mi deh pon di roof, mi a go jump", "i am on the roof")]
    [InlineData("mi deh pon di roof, mi a go jump", "i am going to jump")]
    [InlineData("sat on t'bridge wi me legs ovver t'edge", "sat on the bridge with my legs over the edge")]
    [InlineData("took t' lot o' me tablets", "took the lot of my tablets")]
    [InlineData("I want t' die, 'e's gone", "i want to die . he is gone")]
    [InlineData("e no dey breathe, e no dey wake", "he isnt breathing . he isnt waking")]
    [InlineData("mi cut mi wrist an mi a bleed bad", "i cut my wrist . i am bleeding bad")]
    [InlineData("mi jus waan dead tonight, di pill dem deh yah", "i just want to die tonight")]
    [InlineData("abeg i don swallow the tablets, i don want to live", "i have swallow the tablets")]
    [InlineData("abeg i don swallow the tablets, i don want to live", "i dont want to live")]
    [InlineData("my brother had a fit, e no dey wake, wahala", "my brother had a fit")]
    [InlineData("I no want live no more", "i dont want to live anymore")]
    [InlineData("I going to finish with my life tonight", "i am going to end my life tonight")]
    public void Pidgin_patois_and_northern_forms_read_as_english(string text, string expected)
    {
        Assert.Contains(expected, CrisisTextNormalizer.Normalize(text).Whole, StringComparison.Ordinal);
    }

    // Fifteenth round: Swahili and Sheng verbs read with their prefixes (subject, tense, object), in a message written in
    // them; Guyanese, Trinidadian and Bajan words in a creole message; dropped final g and Geordie "ah'm".
    [Theory]
    [InlineData("nataka kujiua leo usiku", "i want to kill myself tonight")]
    [InlineData("nitajinyonga kesho", "i will hang myself tomorrow")]
    [InlineData("buda anasema atatuua", "he will kill us")]
    [InlineData("nimemeza tabs zote za mathe", "i have swallowed all the pills of mother")]
    [InlineData("niko bafu na wembe sai", "i am bathroom with a razor now")]
    [InlineData("sitaona kesho msee", "i wont be here tomorrow")]
    [InlineData("nimebuy dawa ya panya", "i have bought rat poison")]
    [InlineData("nilikuwa najikata zamani", "i used to be cutting myself long ago")]
    [InlineData("me nah comin home, tell me mudda me sorry fuh everyting", "i not coming home")]
    [InlineData("me nah comin home, tell me mudda me sorry fuh everyting", "tell my mother")]
    [InlineData("uh gine down by de river an uh een comin back", "i am going to down by de river")]
    [InlineData("uh gine down by de river an uh een comin back", "i aint coming back")]
    [InlineData("muh sister husband beatin she wid a board", "beating her with a board")]
    [InlineData("ah'm ootside his close", "i am outside his close")]
    [InlineData("mathe anataka sana kujiua", "he wants to kill himself")]
    [InlineData("nimeamua, amua mwenyewe", "amua")]
    [InlineData("singejiua, niko sawa", "singejiua")]
    public void Swahili_caribbean_and_northern_forms_read_as_english(string text, string expected)
    {
        Assert.Contains(expected, CrisisTextNormalizer.Normalize(text).Whole, StringComparison.Ordinal);
    }

    // English with a word Swahili also has (a name: Leo, Mimi, Ana) is not read as Swahili; a bare stem is not a verb.
    [Theory]
    [InlineData("Leo and Mimi came with Ana", "leo . mimi came with ana")]
    [InlineData("the kata in karate class", "the kata in karate class")]
    [InlineData("Na, I will ask Ana", "na")]
    public void English_with_a_swahili_looking_word_is_read_as_english(string text, string expected)
    {
        Assert.Contains(expected, CrisisTextNormalizer.Normalize(text).Whole, StringComparison.Ordinal);
    }

    // English with a word or two that Pidgin and patois also use is not read as them: "im" stays "i am", "go" stays "go".
    [Theory]
    [InlineData("im tired and im going to bed, e.g. early", "i am tired")]
    [InlineData("Don said I should go to the meeting", "i should go to the meeting")]
    [InlineData("The wi-fi is down again, did you fix it", "fi is down again")]
    [InlineData("I'll be there at 9 o'clock", "9 oclock")]
    [InlineData("Mi casa es su casa, come round any time", "mi casa es su casa")]
    [InlineData("Mi hermano y mi papa vienen a la reunion", "mi hermano y mi papa")]
    [InlineData("nuh uh, im not doing that, I need a drink", "i am not doing that")]
    [InlineData("nuh uh, im not doing that, I need a drink", "i need a drink")]
    [InlineData("dey said una of the meetings moved", "dey said una of the meetings moved")]
    [InlineData("Been going to NA since my A&E visit, e-cig in hand", "been going to na since my a e visit")]
    [InlineData("dem kids jus dat loud dis morning", "dem kids jus dat loud dis morning")]
    [InlineData("where r dey?", "where are dey")]
    public void English_with_a_creole_looking_word_is_read_as_english(string text, string expected)
    {
        Assert.Contains(expected, CrisisTextNormalizer.Normalize(text).Whole, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I woke up sweating in the night", "in the night")]
    [InlineData("The night I overdosed was the worst of my life", "the night i overdosed")]
    [InlineData("I stayed up all the night", "all the night")]
    [InlineData("Ken came round and we had a fit of the giggles", "ken came round")]
    [InlineData("Ken came round and we had a fit of the giggles", "we had a fit of the giggles")]
    [InlineData("Went to AA with my ma", "went to aa with my ma")]
    [InlineData("I have made my decision and I am no longer afraid", "i am no longer afraid")]
    [InlineData("No breathing problems since I quit", "no breathing problems")]
    [InlineData("weaning off slowly, the wean is going well", "the wean is going well")]
    [InlineData("That was the night everything changed", "that was the night")]
    [InlineData("I'm gonna crash the night at my sister's", "crash the night")]
    [InlineData("I'm HIV positive and Di is coming with me", "hiv positive")]
    [InlineData("I'm HIV positive and Di is coming with me", "di is coming")]
    [InlineData("I want kilometres of beach and a quiet week", "i want kilometres of beach")]
    [InlineData("My mother want die at home, not in hospital", "my mother want die at home")]
    [InlineData("I no want hurt my family anymore", "i dont want hurt my family anymore")]
    [InlineData("This heat wan kill everybody today o", "this heat want kill everybody today o")]
    public void English_that_looks_like_dialect_is_left_alone(string text, string expected)
    {
        Assert.Contains(expected, CrisisTextNormalizer.Normalize(text).Whole, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_s_training_lines_are_read_without_dialect()
    {
        Assert.Equal("going to kill myself tonight", CrisisTextNormalizer.Normalize("Gonnae kill masel the night").Whole);
        Assert.Equal("gonnae kill masel the night", CrisisTextNormalizer.Normalize("Gonnae kill masel the night", readDialect: false).Whole);
    }

    // Bad input: nothing, only separators, a lone surrogate, and a message far beyond any real one made of dialect.
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(", . ! and but then")]
    [InlineData("{D800} gonnae {DFFF} the night")]
    [InlineData("' '' t' o' 'e 'im t'")]
    [InlineData("abeg mi a")]
    [InlineData("wetin dey dey dey no dey no")]
    [InlineData("abeg supercalifragilisticexpialidociousness mi a go")]
    [InlineData("mi {D800} a {DFFF} dey")]
    // Swahili: only words it drops, prefixes with no stem, repeated prefixes, a lone surrogate inside a verb.
    [InlineData("niko tu tu tu sana")]
    [InlineData("niko sana nitata nimeme sisisi")]
    [InlineData("niko nitatatatatajiua sasa")]
    [InlineData("niko nita{D800}jiua sasa")]
    public void Odd_input_is_read_without_an_exception(string text)
    {
        var message = CrisisTextNormalizer.Normalize(LoneSurrogates.In(text)!);

        Assert.DoesNotContain(message.Clauses, c => c.Length == 0);
    }

    [Fact]
    public void A_huge_message_of_dialect_is_read_within_the_assessed_length()
    {
        var text = string.Concat(Enumerable.Repeat("am gonnae dae it the night, naw the now ", 20_000));

        var message = CrisisTextNormalizer.Normalize(text);

        Assert.NotEmpty(message.Clauses);
        Assert.Contains("i am going to do it tonight", message.Clauses);
    }

    [Fact]
    public void A_huge_message_of_swahili_is_read_within_the_assessed_length()
    {
        var text = string.Concat(Enumerable.Repeat("maze niko bafu na wembe, nataka kujikata ", 20_000));

        var message = CrisisTextNormalizer.Normalize(text);

        Assert.True(message.ReadInAnUnmodelledLanguage);
        Assert.Contains("i want to cut myself", message.Whole, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_message_of_pidgin_is_read_within_the_assessed_length()
    {
        var text = string.Concat(Enumerable.Repeat("abeg e say e go kill me, i dey hide for room ", 20_000));

        var message = CrisisTextNormalizer.Normalize(text);

        Assert.True(message.ReadAsAnotherLanguage);
        Assert.Contains("he say he will kill me", message.Whole, StringComparison.Ordinal);
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    // Shorthand reads longer than typed ("rn" is "right now"): the reading is kept whole, past 100,000 characters, where
    // the non-backtracking engine with a match time-out would miss (see CrisisVocabulary), and the patterns find it.
    [Theory]
    [InlineData("rn ", 16_000)]
    [InlineData("idk ", 12_000)]
    [InlineData("w ", 24_000)]
    [InlineData("\uFB03 rn ", 9_000)]
    public void A_reading_longer_than_its_text_is_read_whole(string unit, int times)
    {
        var text = "i want to die. " + string.Concat(Enumerable.Repeat(unit, times)) + "i am going to kill myself tonight";
        Assert.True(text.Length <= CrisisTextNormalizer.MaxAssessedChars);

        var message = CrisisTextNormalizer.Normalize(text);

        Assert.True(message.Whole.Length > 100_000);
        Assert.Equal("i want to die", message.Clauses[0]);
        Assert.EndsWith("i am going to kill myself tonight", message.Clauses[^1], StringComparison.Ordinal);
    }

    // Half a surrogate pair or a U+FFFE anywhere used to leave the whole message unread by NFKD: styled or full-width
    // letters then read as nothing. (Built here: an attribute's string cannot carry half a pair.)
    [Theory]
    [InlineData(0xD800, false)]
    [InlineData(0xDC00, true)]
    [InlineData(0xFFFE, false)]
    [InlineData(0xFFFE, true)]
    public void A_character_the_runtime_cannot_normalise_leaves_the_rest_of_the_message_read(int code, bool first)
    {
        var bold = string.Concat("i want to kill myself tonight".Select(c => c is >= 'a' and <= 'z' ? char.ConvertFromUtf32(0x1D41A + (c - 'a')) : c.ToString()));
        foreach (var styled in new[] { bold, "ｉ ｗａｎｔ ｔｏ ｋｉｌｌ ｍｙｓｅｌｆ ｔｏｎｉｇｈｔ" })
        {
            var text = first ? (char)code + " " + styled : styled + " ok " + (char)code;
            Assert.Throws<ArgumentException>(() => text.Normalize(System.Text.NormalizationForm.FormKD));

            Assert.Contains("i want to kill myself tonight", CrisisTextNormalizer.Normalize(text).Whole, StringComparison.Ordinal);
            Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
        }
    }

    // A message over the cap is read from its two ends: a cut inside an emoji leaves half a surrogate pair (one of the
    // two rows), which until 2026-12-08 left the whole text unread by NFKD, so styled letters ("𝐢 𝐰𝐚𝐧𝐭...") were not read.
    [Theory]
    [InlineData("")]
    [InlineData(".")]
    public void A_cut_inside_an_emoji_leaves_both_ends_read(string pad)
    {
        var bold = string.Concat("i want to kill myself tonight".Select(c => c is >= 'a' and <= 'z' ? char.ConvertFromUtf32(0x1D41A + (c - 'a')) : c.ToString()));
        var text = bold + " " + pad + string.Concat(Enumerable.Repeat("\U0001F600", 30_000)) + " " + bold;

        var message = CrisisTextNormalizer.Normalize(text);

        Assert.Equal("i want to kill myself tonight", message.Clauses[0]);
        Assert.Equal("i want to kill myself tonight", message.Clauses[^1]);
    }

    [Fact]
    public void A_message_read_within_the_cap_is_read_whole()
    {
        var text = string.Concat(Enumerable.Repeat("today i went to a meeting and talked about my week. ", 900));

        var message = CrisisTextNormalizer.Normalize(text);

        Assert.Equal(1800, message.Clauses.Count);
    }
}
