using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// Tagalog, romanised Hindi/Urdu/Punjabi, Afrikaans/Kaaps and Hawaiian Pidgin read as English for the crisis rules
/// (sixteenth round): dangers said in them are caught by the rules alone, their idioms and stories are not read as
/// dangers, and English that borrows a word of theirs is left alone.
/// </summary>
public sealed class CrisisLexiconReaderTests
{
    private static readonly CrisisDetector Rules = new();

    [Theory]
    [InlineData("gusto ko na lang mamatay, pagod na ako sa lahat")]
    [InlineData("gusto ko magpakamatay")]
    [InlineData("magpapakamatay na ako mamaya")]
    [InlineData("papatayin ko siya mamaya pag-uwi niya")]
    [InlineData("sinakal ako ni Mark kanina at sabi niya babalikan niya ako")]
    [InlineData("mujhe ab jeena nahi hai yaar, aaj raat khud ko khatam kar lunga")]
    [InlineData("ek gaan myself doodmaak vanaand, ek kan nie meer nie")]
    [InlineData("ek gaan my doodmaak vanaand")]
    [InlineData("hy gaan my doodmaak as hy huis toe kom, ek is bang")]
    [InlineData("I like die brah, serious kine, no can already")]
    [InlineData("mujhe marna hai yaar, koi nahi samjhta")]
    [InlineData("main aaj khudkushi kar lunga, bas")]
    [InlineData("ek gaan van die brug af spring vanaand")]
    [InlineData("ek het al die pille gesluk n halfuur terug, ek voel so lighoofdig")]
    public void A_danger_said_in_one_of_these_languages_gets_the_full_response_from_the_rules(string message) =>
        Assert.Equal(CrisisLevel.Crisis, Rules.Assess(message).Level);

    [Theory]
    [InlineData("ang sakit ng ulo ko kagabi sa inuman, mamatay na ako sa hangover lol")]
    [InlineData("nagpakamatay yung kaibigan ko noong 2018, miss ko na siya")]
    [InlineData("yaar ye traffic mujhe maar dalega, 2 ghante se phasa hoon")]
    [InlineData("ek is so moeg, die werk maak my dood hierdie week haha")]
    [InlineData("brah da waves was insane today, I almost died laughing")]
    [InlineData("bhai main khud ko khatam nahi karunga, bas gussa tha")]
    [InlineData("papatayin ko yung ilaw tapos matutulog na ako")]
    [InlineData("jy maak my dood met jou grappe, ekse")]
    [InlineData("brah da movie was so good, i like die hard 5 next, mahalo")]
    [InlineData("ek is so moeg ek kan nie meer nie, ek gaan bed toe")]
    [InlineData("bhai main 3 saal se sober hoon, pehle khud ko khatam karna chahta tha, ab life achhi hai")]
    public void An_idiom_or_a_story_in_one_of_these_languages_is_not_read_as_a_danger(string message) =>
        Assert.NotEqual(CrisisLevel.Crisis, Rules.Assess(message).Level);

    [Theory]
    [InlineData("gusto ko na lang mamatay", "i just want to die")]
    [InlineData("papatayin ko siya", "i will kill him")]
    [InlineData("ek wil die pen deur die venster gooi", "i want to the pen")]
    [InlineData("hy word nie wakker nie, ek weet nie wat om te doen nie", "he isnt waking up")]
    [InlineData("I stay bleeding brah, da cut stay deep, not like befo", "i am bleeding")]
    public void A_message_is_read_in_its_own_word_order(string message, string reading) =>
        Assert.Contains(reading, CrisisTextNormalizer.Normalize(message).Whole, StringComparison.Ordinal);

    [Theory]
    [InlineData("bhai main office pe hoon, the main thing is I'm sober today")]
    [InlineData("my ate and kuya came to my 90 day chip")]
    [InlineData("I want to die my hair blue, sy said it would suit me")]
    [InlineData("the meeting was good brah, da best")]
    public void English_that_borrows_a_word_is_not_taken_for_another_language(string message) =>
        Assert.Null(CrisisLexiconReader.Detect(message.ToLowerInvariant()));

    [Theory]
    [InlineData("' ' 'n 'n ek nie ' ''")]
    [InlineData("ek nie {D800} dood")]
    [InlineData("ako mamatay 😭😭😭 ayoko na")]
    public void Odd_input_in_these_languages_is_assessed_without_error(string message) =>
        Assert.NotNull(Rules.Assess(LoneSurrogates.In(message)));

    [Fact]
    public void A_long_message_in_one_of_these_languages_is_assessed_and_its_danger_found()
    {
        string message = string.Concat(Enumerable.Repeat("pagod na ako sa trabaho, ", 2000)) + "gusto ko na lang mamatay";
        Assert.Equal(CrisisLevel.Crisis, Rules.Assess(message).Level);
    }
}
