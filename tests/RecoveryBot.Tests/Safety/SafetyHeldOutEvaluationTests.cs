using RecoveryBot.Safety;
using RecoveryBot.Tests.Understanding;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The second independent safety held-out set, scored as the app assesses a message: rules and classifier, with the
/// question the message answered as context. The report (with every miss) is printed and written to
/// <c>safety-heldout-report.txt</c>. The bars are the figures measured when the set was scored at the end of the work
/// (README), so a change that makes things worse fails; they are not the targets, which are not all met.
/// </summary>
public sealed class SafetyHeldOutEvaluationTests(ITestOutputHelper output)
{
    // The bars of sets 2 to 29 are their figures since the nineteenth round (2026-12-03), when the model began to learn
    // from the development files of the rounds before and its threshold was chosen on the development files not trained
    // on: over those 28 sets explicit 1,160 -> 1,179, indirect any reply 1,024 -> 1,033, everyday any line 323 -> 252,
    // full response 157 -> 143, each set's before and after in Safety/README.md (six sets lost one or two explicit lines
    // that others gained). The figures in the comments below are each set's history before that: where one says "the
    // bars", it means the bars before the nineteenth round.
    //
    // Since the twenty-second round (2026-12-04) the model also learns the bot's everyday messages (its intent examples
    // but the feelings) and its thresholds are 0.80 and 0.41 (from 0.82 and 0.60), chosen on the development files: over
    // sets 2 to 35 explicit with the full response 1,434 -> 1,436 of 1,546, indirect with any reply 1,278 -> 1,300 of
    // 1,539 (with the full response 1,086 -> 1,045: more of them get the check-in instead), everyday with any line 303 ->
    // 339 of 6,795, with the full response 170 -> 157. The bars are those figures, each set's before and after in
    // Safety/README.md.

    // Set 2, measured 2026-11-29 at the end of that work: explicit 41/45, indirect any reply 37/50, everyday any line
    // 8/170, everyday full response 5/170; on 2026-11-30 at the end: 43/45, 38/50, 5/170 and 3/170; after the fifth round
    // 44/45, 41/50, 7/170 and 3/170; after the sixth (the bars): 44/45, 44/50, 5/170 and 3/170. Looked at since the first
    // work: a guard, not an honest figure.
    [Fact]
    public Task The_second_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(2, (45, 45), (44, 50), (6, 170), (3, 170));

    // Set 3, main before the work (2026-11-30): explicit 43/55, indirect any reply 37/55, everyday any line 8/225, full
    // 3/225. At the end of that work: 44/55, 34/55 (worse: main's figure, the bar, was not met), 6/225 and 1/225.
    // After the fifth round: 52/55, 38/55, 6/225 and 4/225; after the review's narrower rules (the bars; its misses had
    // been read, so a guard): 51/55, 38/55, 6/225 and 4/225. After the sixth round (the bars): 51/55, 42/55, 7/225 (one
    // more gentle line) and 3/225. After the seventh round (the bars): 51/55, 41/55 (one indirect line fewer), 4/225 and 2/225.
    [Fact]
    public Task The_third_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(3, (52, 55), (42, 55), (2, 225), (1, 225));

    // Set 4, scored on main (commit 919db45, and again on 9e02f0c) before the fifth round: explicit 27/45, indirect any
    // reply 27/45, everyday any line 6/200, full 1/200. Scored once at the end of that round (the bars, the honest
    // figures of the round; its misses are now in the README): 33/45, 34/45, 8/200 and 1/200. After the sixth round (the
    // bars): 35/45, 35/45, 6/200 and 1/200.
    [Fact]
    public Task The_fourth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(4, (41, 45), (31, 45), (6, 200), (1, 200));

    // Set 5, written after the fifth round and scored on its code (commit 4e110a5) and again, with the same figures,
    // after the review narrowed the new rules: the next round's baseline (misses in no README): explicit 38/45, indirect
    // any reply 38/45, everyday any line 1/200, full 0/200. Scored once at the end of the sixth round (the bars; its misses
    // still unread): 38/45, 38/45, 2/200 (one more everyday line) and 0/200. After the seventh round (the bars): 39/45,
    // 35/45 (three indirect lines fewer), 1/200 and 0/200.
    [Fact]
    public Task The_fifth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(5, (41, 45), (35, 45), (1, 200), (0, 200));

    // Set 6, written before the sixth round by two more independent authors and scored on main (commit 08161eb) before
    // any change: explicit 35/45, indirect any reply 34/45, everyday any line 21/200, full 9/200. Scored once at the end of
    // the round (its honest figures; misses unread): 36/45, 35/45, 15/200 and 7/200; after an independent review's safety
    // fixes (exceptions that silenced real dangers narrowed back): 36/45, 35/45, 16/200 and 8/200. After the seventh
    // round (the bars): 35/45 (one explicit line fewer), 35/45, 14/200 and 8/200.
    [Fact]
    public Task The_sixth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(6, (37, 45), (27, 45), (13, 200), (6, 200));

    // Set 7, written before the seventh round by two more independent authors and scored on main (f3a892c) before any
    // change: explicit 42/45, indirect any reply 42/45, everyday any line 11/200, full 9/200 (its crisis misses were shown
    // by accident then; nothing was written from them). Scored once at the end of the round (the bars): 41/45, 38/45,
    // 11/200 and 7/200.
    [Fact]
    public Task The_seventh_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(7, (44, 45), (40, 45), (13, 200), (7, 200));

    // Set 8, written during the seventh round by two more independent authors who saw nothing of it, and scored once on
    // the round's final code (the bars): explicit 41/45, indirect any reply 39/45, everyday any line 7/200, full 5/200.
    // Main before the round (f3a892c), scored after that: 41/45, 38/45, 10/200 and 6/200.
    [Fact]
    public Task The_eighth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(8, (42, 45), (39, 45), (8, 200), (5, 200));

    // Set 9, written before the eighth round (2026-11-30) by two more independent authors, scored on main (1865607) before
    // any change: explicit 37/45, indirect any reply 36/45, everyday any line 14/200, full 5/200. That scoring printed some
    // of its crisis misses to the screen by mistake; nothing is written from them, and set 10 is the clean one. At the end
    // of the round (the bars): the same.
    [Fact]
    public Task The_ninth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(9, (41, 45), (38, 45), (9, 200), (3, 200));

    // Set 10, written during the eighth round (2026-11-30) by two more authors who saw nothing of it, scored on main
    // (1865607) before any change to the crisis check: explicit 38/45, indirect any reply 40/45, everyday any line 8/200,
    // full 4/200; the same at the end of the round (the bars).
    [Fact]
    public Task The_tenth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(10, (43, 45), (43, 45), (6, 200), (4, 200));

    // Ninth round (2026-11-30): the classifier learned ideas beside n-grams (CrisisConcepts) and its threshold rose to
    // 0.87. After an independent review took out the ideas that could only lower a score (a past, being safe now), sets
    // 2 to 10 scored (the bars above): explicit statements with the full response 45, 52, 41, 42, 36, 44, 41, 37 and 41
    // (18 more than before the round), indirect signs with any reply 43, 40, 31, 37, 30, 38, 38, 36 and 40 (10 fewer:
    // sets 4 and 6 lost most), everyday lines with any line 8, 6, 5, 0, 14, 11, 8, 11 and 7 (as many) and with the full
    // response 4, 1, 1, 0, 9, 7, 6, 4 and 4 (1 more). A trade made on purpose: explicit statements first; README.

    // Eleventh round (2026-12-01): rules for a danger happening now told beside a history. Sets 2 to 13 scored as before
    // (a first version caught one more explicit statement on set 9, a narrower one after review does not); no set gained
    // an everyday line.

    // Tenth round (2026-12-01): Scots and second-language forms read as English by the rules (and by the model when it
    // judges a message; it is trained without them, so its weights did not move). Sets 2 to 11 scored the same as before
    // but one more explicit statement on set 9 (its bar moved).

    // Set 11, written before the ninth round (2026-11-30) by two more independent authors, scored on main (bdb3bed)
    // before any change (summary only, its lines unread): explicit 40/45, indirect any reply 40/45 (full 31/45), everyday
    // any line 12/200, full 6/200. Scored at the end of the round: 42/45, 40/45 (full 32/45), 13/200 and 6/200; and again
    // after the review's safety fix (ideas that could only lower a score taken out; the bars): 42/45, 41/45 (full 30/45),
    // 16/200 and 9/200.
    [Fact]
    public Task The_eleventh_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(11, (43, 45), (41, 45), (11, 200), (4, 200));

    // Set 12, written before the tenth round (2026-12-01) by two more independent authors, scored on main (65ffea3) before
    // any change (summary only): explicit 39/45, indirect any reply 32/45 (full 28/45), everyday any line 14/200, full
    // 6/200. The round's first change was withdrawn after review; its misses were then read (Safety/README.md), and with
    // the second change (dialect read as English, prompted by those misses as well as the development files 10) it
    // scores 42/45, 32/45, 14/200 and 6/200 (the bars): a read set now, its gain not independent evidence.
    [Fact]
    public Task The_twelfth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(12, (43, 45), (35, 45), (11, 200), (4, 200));

    // Set 13, written during the tenth round (2026-12-01) by two more independent authors, scored on main (b634921) before
    // the round's second change (summary only): explicit 39/45, indirect any reply 35/45 (full 28/45), everyday any line
    // 8/200, full 5/200. Scored once at the end of the round (dialect read as English, after the review's fixes; the
    // bars): 42/45, 36/45 (full 31/45), 8/200 and 5/200.
    [Fact]
    public Task The_thirteenth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(13, (43, 45), (39, 45), (7, 200), (3, 200));

    // Set 14, written before the eleventh round (2026-12-01) by two more independent authors, scored on main (208ea61)
    // before any change (summary only, its lines unread; the bars): explicit 43/45, indirect any reply 38/45 (full
    // 29/45), everyday any line 15/200, full 8/200. Scored at the end of the round (present dangers beside a history
    // read by new rules): the same, 43/45, 38/45 (full 29/45), 15/200 and 8/200; and again, the same, after an independent
    // review's fixes (made from the review's own lines, not from this set's misses, which had been read by then).
    [Fact]
    public Task The_fourteenth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(14, (42, 45), (36, 45), (10, 200), (5, 200));

    // Set 15, written before the twelfth round (2026-12-01) by two more independent authors, scored on main before any
    // change (summary only, its lines unread; the bars): explicit 42/45, indirect any reply 33/45 (full 23/45), everyday
    // any line 17/200, full 11/200.
    [Fact]
    public Task The_fifteenth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(15, (42, 45), (38, 45), (15, 200), (8, 200));

    // Set 16, written before the thirteenth round (2026-12-02) by four more independent authors, scored on main before
    // any change (594dfe7; summary only, its lines unread; the bars): explicit 41/45, indirect any reply 37/45 (full
    // 28/45), everyday any line 11/200, full 4/200. Scored at the end of the round's first part (every assessment
    // unchanged): the same; its misses were read then. The round's later change (second-language "i want die", written
    // from the data files) raised explicit to 42/45. Fourteenth round (dialect read as English, rules written from the
    // development files 13; the bars): 43/45, 37/45, 10/200 and 4/200.
    [Fact]
    public Task The_sixteenth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(16, (42, 45), (37, 45), (11, 200), (4, 200));

    // Set 17, written during the thirteenth round (2026-12-02) by two more independent authors, scored on main (a0aad72)
    // before the round's one change to what the check reads (summary only, its lines unread; the bars): explicit 38/45,
    // indirect any reply 27/45 (full 20/45), everyday any line 14/200, full 4/200. Scored once at the end (second-language
    // "want" with the bare verb read as English): the same; its misses were read then. Fourteenth round (Pidgin, patois
    // and Yorkshire read as English; a read set, so a guard; the bars): 41/45, 30/45, 14/200 and 4/200.
    [Fact]
    public Task The_seventeenth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(17, (41, 45), (33, 45), (15, 200), (4, 200));

    // Set 18, written at the end of the thirteenth round (2026-12-02) by two more independent authors, a third of its
    // voices in Pidgin, Yorkshire and Lancashire dialect, Singlish, patois and second-language English; scored on main
    // (4977f04) before the next round's changes (summary only, its lines unread; the bars): explicit 39/45, indirect any
    // reply 35/45 (full 26/45), everyday any line 9/200, full 1/200. Scored at the end of the fourteenth round (dialect
    // read as English): 41/45, 35/45 (full 26/45), 16/200 and 4/200; its misses were read then, and one fix made from them
    // (patois "a go dead mi" with an object is an idiom; the bars): 41/45, 35/45, 15/200 and 3/200.
    [Fact]
    public Task The_eighteenth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(18, (42, 45), (40, 45), (11, 200), (3, 200));

    // Set 19, written during the fourteenth round (2026-12-02) by two more independent authors, scored on main before the
    // round's changes (98de44c's code; summary only): explicit 39/45, indirect any reply 33/45 (full 23/45), everyday any
    // line 17/200, full 12/200. Scored once at the end of the round: 39/45, 33/45 (full 23/45), 18/200 and 12/200; its misses
    // were read then, and one fix made from them (a child who got into the drugs, "cain't hardly wake her"; the bars):
    // 40/45, 33/45 (full 24/45), 18/200 and 12/200.
    // 2026-12-05: with the intent model fitted by L-BFGS a request must be 0.9 sure to set the crisis lean aside, so one
    // frustrated idiom at the menu ("...I want to throw it out the window") now gets the gentle check-in (everyday any line 15 -> 16).
    [Fact]
    public Task The_nineteenth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(19, (42, 45), (31, 45), (16, 200), (11, 200));

    // Set 20, written at the end of the fourteenth round (2026-12-02) by two more independent authors, scored on the round's
    // final code (summary only, its lines unread; the bars): explicit 34/45, indirect any reply 34/45 (full 21/45), everyday
    // any line 13/200, full 8/200: the next round's "main before". Scored once at the end of the fifteenth round (the bars;
    // its misses read then): 38/45, 35/45 (full 21/45), 13/200 and 8/200.
    [Fact]
    public Task The_twentieth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(20, (39, 45), (32, 45), (12, 200), (8, 200));

    // Set 21, written at the start of the fifteenth round (2026-12-02) by two more independent authors, scored on main's
    // code (bb9aaf2) before any change of the round (summary only, its lines unread; the bars): explicit 35/45, indirect
    // any reply 35/45 (full 23/45), everyday any line 6/200, full 2/200. Scored once at the end of the round: the same (its
    // misses read then).
    [Fact]
    public Task The_twenty_first_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(21, (41, 45), (36, 45), (6, 200), (2, 200));

    // Set 22, written at the end of the fifteenth round (2026-12-02) by two more independent authors (half plain American
    // and British English), scored on the round's final code (summary only, its lines unread; the bars): explicit 35/45,
    // indirect any reply 36/45 (full 28/45), everyday any line 8/200, full 3/200: the next round's "main before". Scored
    // once at the end of the sixteenth round: 36/45, 37/45 (full 30/45), 8/200, 3/200 (the bars).
    [Fact]
    public Task The_twenty_second_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(22, (41, 45), (37, 45), (9, 200), (2, 200));

    // Set 23, written at the start of the sixteenth round (2026-12-03) by two more independent authors (half plain
    // American, British, Canadian and Australian English), scored on main before any change (summary only, its lines
    // unread; the bars): explicit 39/45, indirect any reply 40/45 (full 30/45), everyday any line 19/200, full 12/200.
    // Scored once at the end of the round: unchanged (none of its voices was read by the round's change).
    [Fact]
    public Task The_twenty_third_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(23, (42, 45), (42, 45), (15, 200), (11, 200));

    // Set 24, written in the middle of the sixteenth round (2026-12-03) by two more independent authors (plain American,
    // British, Canadian and Australian English), scored before the round's second change (summary only, its lines
    // unread; the bars): explicit 38/45, indirect any reply 40/45 (full 34/45), everyday any line 16/200, full 7/200.
    // Scored once at the end of the round: unchanged. Scored again, once, at the end of the seventeenth round: unchanged;
    // its lines were read then, so it guards only.
    [Fact]
    public Task The_twenty_fourth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(24, (41, 45), (42, 45), (14, 200), (5, 200));

    // Set 25, written at the start of the seventeenth round (2026-12-03) by two more independent authors (older people
    // in plain rural Canadian, New Zealand, Irish, Scottish and Midwestern English; young people typing on phones),
    // scored on main (0b86417) before any change (summary only; the bars): explicit 44/45, indirect any reply 38/45
    // (full 35/45), everyday any line 20/200, full 10/200. Scored once at the end of the round: the same, except everyday
    // full 9/200 (the bars). Its lines were read then, so it guards only.
    [Fact]
    public Task The_twenty_fifth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(25, (42, 45), (41, 45), (16, 200), (10, 200));

    // Set 26, written at the end of the seventeenth round (2026-12-03) by two more independent authors (plain regional
    // English of the US, Wales, Northern England and South Africa; fluent English shaped by another first language, deaf
    // users, speech-to-text), scored on main (b3139d2) after the round's change, summary only (the bars): explicit 43/45,
    // indirect any reply 34/45 (full 26/45), everyday any line 8/200, full 2/200: the eighteenth round's "main before",
    // unchanged at its end, when its lines were read.
    [Fact]
    public Task The_twenty_sixth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(26, (44, 45), (37, 45), (7, 200), (2, 200));

    // Set 27, written at the start of the eighteenth round (2026-12-03) by two more independent authors (recovery-program
    // language and veterans' and first responders' slang; parents and carers, LGBTQ+ people, very short fragments), scored
    // on main (fc00dde) before any change, summary only: explicit 38/45, indirect any reply 38/45 (full 30/45), everyday any
    // line 5/200, full 1/200 (the bars); unchanged at the round's end, when its lines and set 26's were read.
    [Fact]
    public Task The_twenty_seventh_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(27, (38, 45), (37, 45), (5, 200), (1, 200));

    // Set 28, written at the end of the eighteenth round (2026-12-03) by two more independent authors (people in their 40s to
    // 70s recovering from gambling, opioids and benzodiazepines, and fluent non-native English from northern and western
    // Europe; teenagers in current slang, people in prison or just released, people sleeping rough or in hostels), scored on
    // the round's final code (836295e), summary only (the bars): explicit 44/46, indirect any reply 37/44 (full 29/44),
    // everyday any line 13/200, full 7/200. Scored once at the end of the nineteenth round's first change (the model
    // trained on the development files, threshold 0.88): 43/46, 38/44 (full 28), 8/200, 4/200; its changed lines read
    // then. The bars are its figures with the round's final threshold (0.82).
    // 2026-12-05: with the L-BFGS intent model one relationship worry told at the menu (a partner who still drinks)
    // gets the gentle check-in (everyday any line 11 -> 12); over read sets 2-32 five more indirect signals get a reply.
    [Fact]
    public Task The_twenty_eighth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(28, (42, 46), (40, 44), (12, 200), (4, 200));

    // Set 29, written at the start of the nineteenth round (2026-12-03) by two more independent authors (people with means
    // at hand in their work: nurses, paramedics, pharmacy and care-home staff, farmers, tradespeople, truckers; people
    // typing late at night after drinking or using, and people who write flat, understated or very formal messages, in
    // their 70s and 80s or living with pain or a disability), scored on main (ce802e4) before any change, summary only (the
    // bars then): explicit 43/46, indirect any reply 40/44 (full 35/44), everyday any line 19/200, full 9/200. Scored once
    // at the end of the round's first change (threshold 0.88): 41/46, 40/44 (full 34), 15/200, 8/200; its changed lines read
    // then. The bars are its figures with the round's final threshold (0.82).
    [Fact]
    public Task The_twenty_ninth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(29, (43, 46), (42, 44), (16, 200), (10, 200));

    // Set 30, written in the middle of the nineteenth round (2026-12-03) by two more independent authors (students and
    // young professionals in texting shorthand, single parents and shift workers writing in fragments; people of faith
    // and in 12-step fellowships writing in religious or program language, and Pacific Island, Caribbean, West African and
    // Eastern European voices in fluent non-native or creole-influenced English), scored on main (ac690ae, the same
    // assessments as ce802e4) before the round's change, summary only (the bars): explicit 44/46, indirect any reply 40/44
    // (full 35/44), everyday any line 13/200, full 5/200. Scored once at the end of the round (the model trained on the
    // development files, threshold 0.82; the bars): explicit 46/46, indirect any 41/44 (full 38/44), everyday any line
    // 14/200, full 8/200. Its misses were read after that and are listed in Safety/README.md: it guards only.
    [Fact]
    public Task The_thirtieth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(30, (46, 46), (42, 44), (14, 200), (6, 200));

    // Set 31, written at the end of the nineteenth round (2026-12-03) by two more independent authors (people recovering
    // from methamphetamine, cocaine, cannabis and ketamine, and people who write in questions and hedges; Indigenous,
    // First Nations, Maori and Aboriginal Australian voices, people far from services, and grieving people), scored on
    // the round's final code (7e1ff70), summary only (the bars): explicit 44/46, indirect any reply 40/44 (full 37/44),
    // everyday any line 9/200, full 4/200. Its lines are unread: the next round's "main before".
    [Fact]
    public Task The_thirty_first_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(31, (45, 46), (39, 44), (11, 200), (4, 200));

    // Set 32, written at the start of the twentieth round (2026-12-03) by two more independent authors (military
    // veterans, police officers and firefighters and their partners; LGBTQ+ people in recovery, among them people
    // recovering from chemsex; people tapering off prescribed opioids or benzodiazepines; people recovering from gambling
    // and alcohol together; young adults writing in lowercase with emoji and slang; Canadian, South African and Indian
    // English), scored on main (c5b4171) before any change and again at the end of the round, the same both times (the
    // bars): explicit 39/45, indirect any reply 39/45 (full 34/45), everyday any line 7/200, full 3/200. The scoring's
    // printed report showed its indirect misses by mistake; nothing in the round was written from them.
    [Fact]
    public Task The_thirty_second_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(32, (40, 45), (38, 45), (9, 200), (2, 200));

    // Set 33, written in the twentieth round (2026-12-03), after its first part, by two more independent authors (women
    // in recovery, among them women with an abusive partner, pregnant women and new mothers, women who did sex work;
    // people on methadone or buprenorphine programmes in Ireland and Scotland; people with a dual diagnosis; people whose
    // first language is Spanish, Portuguese, Vietnamese or Thai), scored with rules later withdrawn and again on the
    // round's final code, the same figures each time, summary only (the bars): explicit 42/45, indirect any reply 42/45
    // (full 39/45), everyday any line 7/200, full 1/200. Its lines are unread. Scored at the end of the twenty-second round
    // (summary only, at three steps of it, no choice made on them; the bars are the last): 42/45, 44/45 (37/45), 8/200
    // and 2/200.
    [Fact]
    public Task The_thirty_third_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(33, (42, 45), (44, 45), (8, 200), (2, 200));

    // Set 34, written at the start of the twenty-first round (2026-12-03) by two more independent authors (people
    // recently out of prison or on parole; men in construction, mining, fishing and farming in rural Australia, the US
    // South and Newfoundland; people dictating by voice-to-text; adults over 65 mixing prescribed pain or sleeping
    // medication with alcohol; people whose first language is Tagalog, Yoruba or Polish), scored on main (8172f09) before
    // any change, summary only (the bars): explicit 41/46, indirect any reply 41/44 (full 35/44), everyday any line
    // 6/200, full 5/200. Eight of its lines (six short commands, an idiom, one indirect line) say word for word what an
    // earlier author wrote; they were kept, as what people say. Scored at the end of the twenty-second round (summary
    // only, at three steps of it; the bars are the last; lines still unread): 41/46, 41/44 (36/44), 8/200 and 5/200.
    [Fact]
    public Task The_thirty_fourth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(34, (41, 46), (41, 44), (8, 200), (5, 200));

    // Set 35, written at the start of the twenty-second round (2026-12-03) by two more independent authors (parents in
    // recovery bereaved by a child's overdose and other bereaved people; people recovering from kratom, GHB/GBL or
    // nitrous oxide, and people in sober-living or halfway houses; people whose first language is Arabic or Farsi;
    // long-haul truck and delivery drivers and offshore workers; people who type in bursts, in capitals, fragments or one
    // long run-on line; people whose first language is Hindi, Bengali or Korean), scored on main (e0b46c7) before any
    // change, summary only (the bars): explicit 43/46, indirect any reply 42/44 (full 36/44), everyday any line
    // 8/200, full 6/200. Three everyday lines (an idiom, a milestone, a privacy question) say word for
    // word what an earlier author wrote; they were kept. Scored at the end of the round (summary only, at three steps of
    // it; the bars are the last; lines unread): 43/46, 41/44 (33/44), 8/200 and 7/200.
    [Fact]
    public Task The_thirty_fifth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(35, (43, 46), (41, 44), (8, 200), (7, 200));

    // Set 36, written at the end of the twenty-second round (2026-12-04) by two more independent authors (military
    // veterans and first responders, some with PTSD; people in recovery from gambling who hid debts from their family;
    // people whose first language is Russian or Ukrainian; young adults who type with abbreviations, emoji and slang;
    // LGBTQ+ people in recovery, among them from chemsex and family rejection; people whose first language is Mandarin,
    // Cantonese or Japanese), scored on that round's final code (and on the step before it), summary only (the bars):
    // explicit 44/46, indirect any reply 40/44 (full 33/44), everyday any line 13/200, full 8/200. Two everyday questions (one by each author) are
    // word for word the same, and nine lines say word for word what earlier authors or the bot's examples say; all were
    // kept. Its lines are unread: the next round's "main before".
    [Fact]
    public Task The_thirty_sixth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(36, (44, 46), (40, 44), (13, 200), (8, 200));

    // Set 37, written at the start of the twenty-third round (2026-12-04) by two more independent authors (older adults
    // in recovery from alcohol, benzodiazepines or painkillers, among them widowed people living alone, carers and rural
    // farmers; German, French and Italian first languages; nurses, doctors, pharmacists and paramedics in recovery from
    // diverted drugs; methamphetamine in rural Australia and New Zealand; autistic and ADHD adults; Deaf people writing
    // English with sign-language grammar), scored on main (fe401ba) before any change, summary only (the bars): explicit 45/46, indirect any reply 41/44 (full 40/44), everyday any line
    // 7/200, full 2/200. Its lines are unread.
    [Fact]
    public Task The_thirty_seventh_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(37, (45, 46), (41, 44), (7, 200), (2, 200));

    // Set 38, written at the start of the twenty-fourth round (2026-12-06) by two more independent authors (people
    // experiencing homelessness or in shelters; university students; people with chronic pain or a physical disability;
    // First Nations, Metis, Inuit and Native American people; Spanish and Portuguese first languages; crack cocaine in UK
    // cities; Pacific Islanders; hospitality workers), scored on main (ec37865) before any change, summary only (the bars):
    // explicit 44/46, indirect any reply 40/44 (full 37/44), everyday any line 12/200, full 2/200. Its lines are unread. Scored
    // three times at the end of the twenty-fifth round (2026-12-07, after its last three fixes), summary only: the same.
    [Fact]
    public Task The_thirty_eighth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(38, (44, 46), (40, 44), (12, 200), (2, 200));

    // Set 39, written at the start of the twenty-fifth round (2026-12-07) by two more independent authors (Muslim people,
    // some with Arabic or Somali as their first language; new and expectant parents; touring musicians, DJs and stage
    // crews; lawyers, accountants and finance workers; merchant sailors, ferry crews and dock workers; people living with
    // bipolar disorder or a history of psychosis; people in their twenties in recovery from ketamine and club drugs; Roma
    // and Irish Traveller people), scored on main (9cf761d) before any change, summary only (the bars): explicit 42/45, indirect
    // any reply 40/44 (full 33/44), everyday any line 17/200, full 9/200. Its lines are unread; one line its author wrote was
    // left out because the same words are in a training file. Scored three times at the end of that round, summary only: the same.
    [Fact]
    public Task The_thirty_ninth_held_out_set_is_scored_and_does_not_get_worse() =>
        AssertNotWorseAsync(39, (42, 45), (40, 44), (17, 200), (9, 200));

    // Scores one set as the app assesses a message, prints and saves the report (with every miss), and holds it to its
    // bars: at least so many explicit lines with the full response and indirect lines with any reply, at most so many
    // everyday lines with any crisis line and with the full response.
    private async Task AssertNotWorseAsync(
        int set, (int Of, int In) minExplicitFull, (int Of, int In) minIndirectAny, (int Of, int In) maxEverydayAny, (int Of, int In) maxEverydayFull)
    {
        var interpreter = await Interpreters.GetAsync();
        var (report, explicitFull, _, indirectAny, everydayAny, everydayFull) = SafetyHeldOutLine.Score(
            $"Safety held-out {set}", SafetyHeldOutLine.LoadAll(SafetyHeldOutLine.Set(set)),
            line => interpreter.Interpret(line.Text, Interpreters.PendingOf(line.Context)).Safety.Level);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"safety-heldout{SafetyHeldOutLine.Infix(set)}-report.txt"), report);

        Assert.True(explicitFull >= minExplicitFull.Of / (double)minExplicitFull.In, report);
        Assert.True(indirectAny >= minIndirectAny.Of / (double)minIndirectAny.In, report);
        Assert.True(everydayAny <= maxEverydayAny.Of / (double)maxEverydayAny.In + 1e-9, report);
        Assert.True(everydayFull <= maxEverydayFull.Of / (double)maxEverydayFull.In + 1e-9, report);
    }
}
