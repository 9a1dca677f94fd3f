using System.Text;
using RecoveryBot.Safety;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The data files deliberately left out of training (<c>Safety/Data/not-trained/</c>), scored with the detector as the
/// app runs it: a development set for changes to the classifier, fresher than the training files and, unlike the
/// held-out sets, free to look at. Each file pair's bars are its latest figures (the history below), so a change that
/// makes them worse fails. Since the nineteenth round the files of rounds 7 to 18 are trained on and only the newest
/// pairs are here.
/// </summary>
public sealed class NotTrainedFilesTests(ITestOutputHelper output)
{
    // A history told first must not hide a present danger: the crisis lines of the development files with a sentence of
    // recovery history in front, against the same lines alone. A first version of the model's ideas had "past" and "safe
    // now"; with "I used to drink but I've been clean for years." in front, 125 fewer lines got any reply (a review's
    // measurement). The review measured main before the ideas (bdb3bed) at 261 and 371, 242 and 313, 268 and 351 for the
    // three histories below; after the fix 315 and 432, 273 and 351, 293 and 385 (alone, 445 got the full response and 525
    // a reply). The twelfth round's rules (present dangers beside a history) raised them to the bars: alone 452 and 529.
    // Since the nineteenth round the model trains on files 7 and 8, so the test reads the files not trained on (19 and
    // 20, 240 crisis lines). Main's model (f1ea2bf) gave alone 184 and 212, after the three histories 139 and 178, 128 and
    // 156, 134 and 170; the nineteenth round's (the bars) alone 195 and 215, then 163 and 200, 146 and 175, 129 and 156:
    // better after two histories, worse after the fairy-tale one. The twenty-second round's (everyday messages learned,
    // thresholds 0.80 and 0.41; the bars): alone 195 and 219, then 173 and 215, 155 and 201, 141 and 181.
    [Theory]
    [InlineData("I used to drink but I've been clean for years.", 173, 215)]
    [InlineData("Nine years sober.", 155, 201)]
    [InlineData("Once upon a time I was fine.", 141, 181)]
    public void A_history_told_first_does_not_hide_a_present_danger(string history, int minFull, int minAny)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Safety", "NotTrained");
        var crisis = new[] { "19", "20" }
            .SelectMany(round => CrisisData.Load(Path.Combine(folder, $"crisis-wording-{round}.tsv")))
            .Where(l => l.IsCrisis)
            .ToList();
        var detector = CombinedDetector.Instance;
        var alone = crisis.Select(l => detector.Assess(l.Text).Level).ToList();
        var told = crisis.Select(l => detector.Assess(history + " " + l.Text).Level).ToList();
        var report = $"\"{history}\" then {crisis.Count} crisis lines: full response alone {alone.Count(v => v == CrisisLevel.Crisis)}, after the history {told.Count(v => v == CrisisLevel.Crisis)}; " +
            $"any reply alone {alone.Count(v => v != CrisisLevel.None)}, after the history {told.Count(v => v != CrisisLevel.None)}";
        output.WriteLine(report);
        Assert.True(told.Count(v => v == CrisisLevel.Crisis) >= minFull, report);
        Assert.True(told.Count(v => v != CrisisLevel.None) >= minAny, report);
    }

    // Before the ninth round (threshold 0.85, no ideas) rules and model gave: files 7 explicit 164/200, indirect any
    // 93/100, everyday any 53/300, full 33/300; files 8 explicit 139/200, indirect any 68/100, everyday any 67/400, full 36/400.
    // Ninth round: 170, 94, 50, 33 and 153, 67, 73, 37 (the bars). Files 9 (another independent author, written for the
    // tenth round: 60 explicit, 60 indirect, 300 everyday, a third of them stories of past danger and worry about others)
    // score 59, 51, 36 and 17. Files 10 (one more author, in Scots, Doric, patois and second-language English: 80 explicit,
    // 80 indirect, 240 everyday) scored 61, 54, 17 and 6 on main; reading Scots and second-language forms as English
    // (CrisisTextNormalizer, tenth round) gave 70, 58, 22 and 8 there, and one and three more explicit lines on files 7
    // and 8 (the bars). Files 11 (two more authors, eleventh round: 110 dangers happening now told beside a history and 50
    // indirect ones; 200 stories of past danger told from safety, milestones and others' past dangers) scored 83, 30, 75
    // and 53 on main; the eleventh round's rules were written from its crisis lines, so its 108 (109 before an independent review
    // narrowed them) is in sample (the bars). Files 12 (two more authors, twelfth round: 132 dangers happening now and 18
    // indirect ones told beside years of sobriety or a reassurance, most without time words; 150 stories told from safety)
    // scored 85, 9, 50 and 38 on main; the twelfth round's rules were written from its crisis lines (127 and 18, in
    // sample) and gave files 7 one more explicit line (172); no everyday figure moved. Files 13 (two more authors, end of
    // the thirteenth round, for the next: 120 direct and 40 indirect dangers and 200 everyday lines in Nigerian and Ghanaian
    // Pidgin, Yorkshire and Lancashire dialect, Singlish, patois and five first languages' English) scored on main
    // (4977f04): 89, 33, 28 and 19. Fourteenth round (Pidgin, patois and Yorkshire read as English, and rules for the
    // dangers those readings showed the English rules missed, written from files 13; after an independent review's
    // fixes): 118, 35, 32 and 21 (the bars; the everyday figures worse by four and two lines: the model meets the English
    // readings of Pidgin everyday talk, and one story of past thoughts of ending it now reads as English that is a crisis
    // too); files 7 172 -> 177 and 94 -> 95, files 10 70 -> 71, 58 -> 59 and 22 -> 21. Files 14 (two more authors, start of
    // the fifteenth round: 120 direct and 40 indirect dangers and 200 everyday lines in Kenyan Sheng and Swahili, Guyanese,
    // Trinidadian and Bajan, Scouse, Geordie and Glaswegian, and second-language English) scored on main (bb9aaf2): 88, 32,
    // 26 and 17. Fifteenth round (Swahili and Sheng verbs read with their prefixes, Caribbean words, dropped final g, a few
    // rules widened; written from files 14; after an independent review's fixes, with the model judging a Swahili message by its
    // plain reading): 109, 35, 29 and 17 (the bars; three more everyday lines with a reply, the model meeting Caribbean
    // idioms read as English: "de wife gine kill me"). Files 15 (four more authors, start of the sixteenth round: Tagalog
    // and Taglish, romanised Hindi, Urdu and Punjabi, Kaaps and Afrikaans, Hawaiian Pidgin, plain English) scored on main
    // (b6f808b): 40, 13, 28 and 12; sixteenth round (those languages read as English, CrisisLexiconReader, written from
    // files 15; after an independent review's fixes): 86, 24, 32 and 15 (the bars; the new everyday replies are stories and idioms in those languages now read
    // as English: "the night I wen OD", "2016 my cousin brought a gun to the jol"); files 8 156 -> 160. Files 16 (two more
    // authors, plain English: dangers that begin like stories, questions or complaints; stories told from safety, naloxone
    // questions) scored after that change: 62, 20, 45 and 24 (the bars; rules written from its crisis lines were
    // withdrawn after an independent review found them far too wide). Files 17 (two more authors, start of the seventeenth
    // round: dangers said calmly with the means at hand, and dangers that share the words of stories from safety, each
    // paired line by line with an everyday look-alike) scored on main (0b86417): 80, 28, 48 and 26; seventeenth round (an
    // age dates a clause; narrow rules written from files 17, narrowed after an independent review): 85, 28, 43 and 21 (the
    // bars); files 8, 11, 12, 14 and 16 lost one to three everyday replies each (stories dated by an age), no danger.
    // Files 18 (two more authors, end of the seventeenth round, in pairs: dangers said calmly at a place and harm to others
    // said as an answer; farewells told as errands; jokes and "can't do this anymore" that are real) scored on that code
    // (b3139d2): 61, 27, 59 and 40. Eighteenth round (narrow rules written from files 18's dangers, narrowed after two
    // independent reviews): 82, 29, 59 and 40 (the bars; none of its everyday lines changed: the look-alikes that get a reply
    // are the model's); files 7 177 -> 178. Files 19 (two more authors, end of the eighteenth round, in pairs: dangers in
    // very few words, overdoses and withdrawal told plainly as happening now, farewells told as practical arrangements, a
    // means named in passing) scored on that round's final code (836295e): 71, 20, 48 and 25 (the bars; nothing written
    // from them yet). Files 20 (two more authors, start of the nineteenth round, in pairs: dangers asked as questions or
    // requests for information, thanks and arrangements that sound final, dangers told inside an exercise answer, medical
    // emergencies told in passing) scored on main (ce802e4): 74, 27, 41 and 29. Nineteenth round (the model trained on the
    // files of rounds 7 to 18, which left this folder): with the threshold cross-validation asked for (0.88) files 19 gave
    // 70, 24, 36 and 22 and files 20 71, 27, 36 and 25 (explicit lines lost to a gentle check-in); the threshold was then
    // chosen on these two files, recall first (the lowest at which their everyday lines get the full response no more
    // often than on main: 0.82): files 19 74, 24, 36 and 23, files 20 78, 27, 36 and 28 (the bars). Files 21 (two more
    // authors, start of the twentieth round, in pairs: dangers in few words with the means at hand, hyperbole beside the
    // same words meant, passive wishes said through loneliness, grief or lost faith) scored on main (c5b4171): 79, 26, 42
    // and 27. Twentieth round: three rules written from these files' missed explicit lines (plans with a medicine, a
    // revenge threat) gave files 19, 20 and 21 75, 79 and 82 (in sample) and were withdrawn after independent reviews
    // found them firing on routine doses, errands, games and pets; the bars are main's. Files 22 (two more authors, end of
    // the twentieth round, in pairs: plans with medicines beside medication routines and errands; dangers played down with
    // a laugh beside jokes; revenge beside games, grief and pets) scored on main (the same detector as c5b4171): 75, 24,
    // 48 and 36 (nothing written from them yet). Twenty-second round (the model learns the bot's everyday messages; the
    // thresholds chosen on files 19 to 22, recall first: 0.80 and 0.41): 76, 23, 48 and 24; 77, 28, 45 and 28; 79, 26, 48
    // and 31; 75, 24, 59 and 39 (the bars): in all four 307 explicit (306), 101 indirect (101), 200 everyday with a line
    // (162, the lower check-in threshold) and 122 with the full response (114). Files 23 (two more authors, end of the
    // twenty-second round, in pairs: dangers said in the words of requests to the bot and of self-care, beside those
    // requests and self-care) scored on that round's final code: 89, 30, 53 and 30 (nothing written from them yet).
    // Files 24 (five more authors, start of the twenty-third round, 600 pairs: dangers in the words of requests,
    // self-care, relationship talk, medicines and places, and exercise answers, beside the same words safe) were written
    // as training data; trained on, they helped files 19 to 23 but cost explicit lines on the read held-out sets at the
    // thresholds those files chose, and moved along the same curve at others, so they were not kept (Safety/README.md).
    // Scored on main: 369/400, 175/200, 203/600 and 89/600.
    [Theory]
    [InlineData("19", 76, 23, 48, 24)]
    [InlineData("20", 77, 28, 45, 28)]
    [InlineData("21", 79, 26, 48, 31)]
    [InlineData("22", 75, 24, 59, 39)]
    [InlineData("23", 89, 30, 53, 30)]
    [InlineData("24", 369, 175, 203, 89)]
    public void A_development_file_pair_is_scored_and_does_not_get_worse(string round, int minExplicitFull, int minIndirectAny, int maxEverydayAny, int maxEverydayFull)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Safety", "NotTrained");
        var lines = CrisisData.Load(Path.Combine(folder, $"crisis-wording-{round}.tsv"))
            .Concat(CrisisData.Load(Path.Combine(folder, $"crisis-everyday-{round}.tsv")))
            .ToList();
        var detector = CombinedDetector.Instance;
        int explicitFull = 0, explicitCount = 0, indirectAny = 0, indirectCount = 0, everydayAny = 0, everydayFull = 0, everydayCount = 0;
        foreach (var line in lines)
        {
            var level = detector.Assess(line.Text).Level;
            if (line.IsCrisis && line.Kind == "indirect")
            {
                indirectCount++;
                indirectAny += level != CrisisLevel.None ? 1 : 0;
            }
            else if (line.IsCrisis)
            {
                explicitCount++;
                explicitFull += level == CrisisLevel.Crisis ? 1 : 0;
            }
            else if (line.Label == "safe")
            {
                everydayCount++;
                everydayAny += level != CrisisLevel.None ? 1 : 0;
                everydayFull += level == CrisisLevel.Crisis ? 1 : 0;
            }
        }

        var report = new StringBuilder()
            .AppendLine($"not-trained files {round}: explicit with the full response {explicitFull}/{explicitCount}, indirect with any reply {indirectAny}/{indirectCount}")
            .AppendLine($"  everyday with any line {everydayAny}/{everydayCount}, with the full response {everydayFull}/{everydayCount}")
            .ToString();
        output.WriteLine(report);
        Assert.True(explicitFull >= minExplicitFull, report);
        Assert.True(indirectAny >= minIndirectAny, report);
        Assert.True(everydayAny <= maxEverydayAny, report);
        Assert.True(everydayFull <= maxEverydayFull, report);
    }
}
