using System.Collections.Frozen;
using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Exercises;
using RecoveryBot.Safety;

namespace RecoveryBot.Understanding;

/// <summary>
/// Works out what a message means, once per turn (<see cref="Interpretation"/>). In order: the safety assessment (with
/// the pending question as context); an exact phrase (a command's words, an exercise's name); then the intent
/// classifier. In the middle of an exercise only a command or a question takes a message away from the question asked,
/// and only when the classifier is sure; when it half-thinks a command was meant, or cannot tell a question from an
/// answer, the bot asks once.
/// </summary>
public sealed class MessageInterpreter
{
    /// <summary>At or above this, a message mid-exercise is taken as the command it most looks like.</summary>
    public const float CommandThreshold = 0.5f;

    /// <summary>From here up to <see cref="CommandThreshold"/>, the bot asks whether a command was meant.</summary>
    public const float UnsureThreshold = 0.45f;

    /// <summary>At or above this, a message mid-exercise is a question to answer, not an answer to keep.</summary>
    public const float QuestionThreshold = 0.5f;

    /// <summary>A command or exercise at least this sure is a clear request (see <see cref="Interpret"/>).</summary>
    public const float ClearRequest = 0.8f;

    /// <summary>The classifier's lean that alone, with nothing of a question's form, makes a reply mid-exercise a question.</summary>
    public const float ClearQuestion = 0.8f;

    /// <summary>
    /// A request at least this sure sets aside the crisis classifier's unsure lean (not the rules, not a confident
    /// verdict). Higher than <see cref="ClearRequest"/>: the L-BFGS model is surer than the model these thresholds were
    /// set for, and at 0.8 four more indirect signals of danger in the read safety sets lost their check-in.
    /// </summary>
    public const float SetsSafetyLeanAside = 0.9f;

    /// <summary>At the menu, the best intent must reach this to be acted on; below it the menu is shown again.</summary>
    public const float MenuThreshold = 0.25f;

    private static readonly ConfirmPrompt YesNo = new("yes-no");

    // Said near a reminder word ("deactivate the reminders", "turn them back on"), these say which way; a bare "on"
    // counts only after turn, switch, back or keep ("put the reminders on hold" is not "on").
    private static readonly FrozenSet<string> OffWords = Words(
        "stop", "off", "deactivate", "disable", "mute", "unsubscribe", "hold");
    private static readonly FrozenSet<string> OnWords = Words(
        "activate", "reactivate", "enable", "restart", "resume", "restore", "restored", "reinstate", "reinstated");
    private static readonly FrozenSet<string> OnVerbs = Words("turn", "switch", "back", "keep");
    private static readonly FrozenSet<string> ReminderWords = Words(
        "reminder", "reminders", "check", "checkin", "checkins", "ins", "notification", "notifications", "message", "messages",
        "nudges", "them", "they", "it");

    // A negation or a past change ("I turned them off before, can you start them again?") leaves it to the classifier.
    private static readonly FrozenSet<string> Negations = Words(
        "not", "dont", "never", "cant", "wont", "doesnt", "didnt", "isnt", "arent", "havent", "wouldnt", "shouldnt", "no");
    private static readonly FrozenSet<string> PastChanges = Words(
        "turned", "switched", "shut", "stopped", "disabled", "deactivated", "muted", "before", "ago");

    // A what, how or why, then a word of asking ("how long until...", "what do I...", "what if..."); "whats" and
    // "hows" carry their verb.
    private static readonly FrozenSet<string> QuestionFirstWords = Words("what", "how", "why", "wot", "wat", "whit", "wetin");
    private static readonly FrozenSet<string> QuestionSecondWords = Words(
        "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "should", "will", "am", "long", "much", "many",
        "often", "come", "if", "about", "dae", "dos", "to", "longs");
    // A who or a where asks only with these ("who else counts", "where do I find one", "who can see this"); "who could
    // blame her", "who can blame me", "who should I trust when everyone lies" and "who gets hurt most is my daughter" tell.
    private static readonly FrozenSet<string> WhoWhereOpenings = Words(
        "who else", "who do", "who does", "who can", "who sees", "who reads", "who gets", "where do", "where does",
        "where can", "where should", "where is");
    private static readonly FrozenSet<string> QuestionOpeners = Words("whats", "hows", "wots", "whits");
    private static readonly FrozenSet<string> Subjects = Words("i", "im", "he", "she", "we", "they", "you", "my", "it");
    // Second-language English asks with the subject before the verb: "how i can know", "what i should write".
    private static readonly FrozenSet<string> Modals = Words("can", "should", "must", "could", "shall");
    private static readonly FrozenSet<string> Copulas = Words("is", "was", "are", "were");
    private static readonly FrozenSet<string> Auxiliaries = Words(
        "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "shall", "has", "have",
        "must", "may", "might");
    private static readonly FrozenSet<string> Pronouns = Words(
        "i", "you", "u", "it", "this", "that", "they", "he", "she", "we", "there", "anyone", "someone", "anybody", "somebody");
    private static readonly FrozenSet<string> Determiners = Words("the", "my", "your", "these", "those");
    private static readonly FrozenSet<string> FiniteVerbs = Words(
        "dont", "doesnt", "didnt", "cant", "wont", "never", "will", "would", "can", "could", "should", "might", "must", "has",
        "had", "does", "did", "gets", "got", "goes", "went");
    private static readonly FrozenSet<string> NotVerbsEndingInS = Words(
        "this", "his", "hers", "its", "yours", "ours", "theirs", "always", "perhaps", "less", "was", "yes", "thanks");
    private static readonly FrozenSet<string> YesOrNo = Words("yes", "yeah", "yep", "no", "nope", "nah");
    private static readonly string[] GivingAnExample = [" for example ", " for instance ", " eg ", " e g "];
    private static readonly FrozenSet<string> AnswerOpeners = Words(
        "yes", "yeah", "yep", "ok", "okay", "sure", "no", "nope", "nah", "but", "and", "so", "ja", "aye", "si", "oui", "wi");

    // Asking about the question itself. Said to the bot only: at the start of a sentence ("give me another example",
    // "tell me more", "which one fits...", "may I ask whether..."), or with "I" as the one not following ("me not
    // understand", "I don't get the question"). "Explain to her that...", "tell me more about how it felt" in a letter,
    // "she doesn't understand", "another example of me letting her down" and "which one of my kids" are answers.
    private static readonly FrozenSet<string> AsksAboutTheQuestion = Words(
        "quick question", "are you asking", "so youre asking", "what youre asking", "example please", "examples please",
        "example pls", "examples pls", "any examples");
    private static readonly FrozenSet<string> OpensAskingAbout = Words(
        "tell me more", "tell me some more", "give me an example", "give me another example", "give me more examples",
        "give me some examples", "give me one more example", "another example", "more examples", "an example",
        "one more example");
    private static readonly FrozenSet<string> PoliteOpeners = Words("please", "pls", "plz", "can", "could", "you", "u", "sorry");
    private static readonly FrozenSet<string> OpeningWords = Words("tell", "give", "another", "more", "an", "one");
    private static readonly FrozenSet<string> ToTheBot = Words("please", "pls", "plz", "you", "u");
    private static readonly FrozenSet<string> NotUnderstanding = Words("dont", "not", "didnt", "cant", "doesnt", "no");
    private static readonly FrozenSet<string> WhoDoesNotFollow = Words("i", "me", "im");
    private static readonly FrozenSet<string> TheQuestionItself = Words(
        "question", "questions", "word", "bit", "part", "please", "pls", "sorry", "here");
    // What may follow "give me an example", "tell me more": the end, or asking on ("please", "examples", "again").
    private static readonly FrozenSet<string> AsksOn = Words("please", "pls", "plz", "examples", "example", "again", "for", "so");
    private static readonly FrozenSet<string> AskingWhich = Words("one", "ones", "option", "options", "to", "button", "choice");
    private static readonly FrozenSet<string> KnowingWhich = Words("know", "remember", "matter", "care", "decide");
    private static readonly FrozenSet<string> MayIAskAbout = Words(
        "whether", "if", "a", "what", "how", "why", "who", "when", "where", "something", "one");

    // A question mark on a hedge asks nothing ("Honestly?", "like 50?", "12 maybe?", "Fifty? Lost count."): its words are
    // all of these, or numbers. "Private?", "Example?", "Pardon?" ask.
    private static readonly FrozenSet<string> HedgeWords = Words(
        "honestly", "honest", "really", "truly", "maybe", "probably", "perhaps", "like", "about", "around", "roughly", "say",
        "idk", "lol", "ngl", "tbh", "um", "erm", "uh", "mm", "hmm", "times", "years", "year", "months", "month", "weeks", "week",
        "days", "day", "dozens", "dozen", "hundreds", "hundred", "thousands", "loads", "lots", "a", "few", "couple", "or", "so",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "ten", "eleven", "twelve", "fifteen",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "more", "less", "over", "at", "least", "most");
    private static readonly FrozenSet<string> WhWords = Words(
        "what", "whats", "how", "hows", "why", "who", "whos", "when", "where", "wheres", "which", "whose", "whom", "wot", "wat");
    // What follows the "or" of a rough figure: "a week or two", "or so", "give or take", "or more".
    private static readonly FrozenSet<string> RoughFigureEnds = Words("so", "take", "two", "three", "four", "more", "less");
    // A later clause opening with one of these points back at what was asked ("...? That's the hardest part", "..., yes
    // I'll do that"); "That matters to me" after "Is this private?" does not.
    private static readonly FrozenSet<string> PointsBack = Words("thats", "yes", "yeah", "aye", "yep");
    // A later clause that answers what the message asked itself: "did I hurt her, yes I did", "was it my fault, no".
    private static readonly FrozenSet<string> RepliesToItself = Words([.. PointsBack, "ja", "no", "nope", "nah", "of"]);
    private static readonly FrozenSet<string> RepliesToAYesOrNo = Words([.. RepliesToItself, "maybe", "probably", "definitely", "course", "never", "always"]);
    private static readonly System.Buffers.SearchValues<char> QuestionMarks = System.Buffers.SearchValues.Create("?？؟﹖");

    // Words that say nothing of what a question is about, left out when comparing it with the bot's question.
    private static readonly FrozenSet<string> Plain = Words(
        "i", "you", "u", "me", "my", "your", "im", "youre", "we", "it", "the", "a", "an", "to", "of", "do", "does", "did", "is",
        "are", "was", "were", "will", "would", "could", "can", "should", "be", "honestly", "like", "so", "and", "then");
    private readonly CrisisDetector _safety;
    private readonly IntentCatalog _intents;
    private readonly IntentModel _model;

    /// <summary>Creates the interpreter.</summary>
    public MessageInterpreter(CrisisDetector safety, IntentCatalog intents, IntentModel model)
    {
        _safety = safety ?? throw new ArgumentNullException(nameof(safety));
        _intents = intents ?? throw new ArgumentNullException(nameof(intents));
        _model = model ?? throw new ArgumentNullException(nameof(model));
    }

    /// <summary>Interprets one message.</summary>
    /// <param name="text">What was typed (card values included), or null.</param>
    /// <param name="pending">What the bot was waiting for.</param>
    public Interpretation Interpret(string? text, PendingQuestion pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        text ??= "";
        var safety = _safety.Assess(text, pending.ExpectsDarkAnswers);
        // The message as a phrase key, worked out once: commands, exercise names, choice words and listed questions.
        var key = TextKey.OfPhrase(text);
        var exactIntent = _intents.ExactMatchOfKey(key);
        string intent;
        float confidence;
        string? unsure;
        try
        {
            (intent, confidence, unsure) =
                pending.Kind == QuestionKind.Confirm && !pending.IsExerciseQuestion
                    && ((AnswersYesNo(text, safety) && !IsAsked(text)) || pending.ChoiceWords?.Contains(key) == true) ? (IntentIds.Answer, 1f, null)
                : pending.IsExerciseQuestion ? MidExercise(text, key, exactIntent, pending, safety)
                : Open(text, exactIntent);
            intent = CheckInDirection(text, intent, exactIntent);
            unsure = unsure is null ? null : CheckInDirection(text, unsure, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Understanding the request must never cost the safety answer: read as an answer (or unclear) instead.
            (intent, confidence, unsure) = (pending.IsExerciseQuestion ? IntentIds.Answer : Interpretation.Unclear, 0f, null);
        }

        // A clear request ("can I see what I wrote before?", "I want to say sorry to my brother"), or a button's own
        // words ("They've died or can't be reached"), is not a sign of danger: the classifier's unsure lean alone does
        // not earn a check-in there. Rules and confident verdicts stand.
        if (safety.Level == CrisisLevel.Uncertain
            && ((confidence >= SetsSafetyLeanAside && intent != IntentIds.Answer && intent != IntentIds.Cancel && !IntentIds.Conversation.Contains(intent))
                || pending.ChoiceWords?.Contains(key) == true))
        {
            safety = CrisisAssessment.None;
        }

        return new Interpretation(text, safety, intent, confidence, pending, unsure, exactIntent == intent);
    }

    // Whether a message answers one of the bot's own yes/no questions (an offer, "continue?"). When the safety check
    // heard something, only a plain yes or no counts: "yeah, I'm so tired of everything" is heard, not taken as a yes
    // that starts an exercise. Read once here; MenuTalk and the resume question go by the interpretation.
    private static bool AnswersYesNo(string? text, CrisisAssessment safety) =>
        (safety.Level == CrisisLevel.None ? YesNo.RecognizeYesNo(text) : YesNo.RecognizePlainYesNo(text)) is not null;

    // The bot asked a question: the message is an answer unless it clearly is a command or a question.
    private (string Intent, float Confidence, string? Unsure) MidExercise(string text, string key, string? exact, PendingQuestion pending, CrisisAssessment safety)
    {
        if (exact is not null && IntentIds.Commands.Contains(exact))
        {
            return (exact, 1f, null);
        }

        // A button's title or one of a choice's own words is that answer, whatever else it sounds like ("I'm not sure");
        // one of the exercise's own listed questions is that question.
        if (pending.ChoiceWords?.Contains(key) == true)
        {
            return (IntentIds.Answer, 1f, null);
        }

        if (pending.ListedQuestions?.Contains(key) == true)
        {
            return (IntentIds.Question, 1f, null);
        }

        var ranked = _model.Classifier?.Rank(text) ?? [];
        var command = ranked.FirstOrDefault(r => IntentIds.Commands.Contains(r.Intent));
        var question = ranked.FirstOrDefault(r => r.Intent == IntentIds.Question).Probability;

        // A short answer to a choice, yes/no, number or date question ("not yet", "the second one", "next friday") says
        // little on its own, so a command must be clearer there than after a free-text question.
        var commandBar = pending.Kind == QuestionKind.Text ? CommandThreshold : CommandThreshold + 0.15f;

        // "cancel" throws the exercise away, and feelings about it ("this is too much") sound like it: it acts only on a
        // clear request (and can still be undone with the next message); below that the bot asks first.
        if (command.Intent == IntentIds.Cancel)
        {
            commandBar = Math.Max(commandBar, ClearRequest);
        }

        // Whether it is worded as a question, worked out once for the help, yes/no and question checks below.
        var (whole, last) = (TextKey.Of(text), LastClauseKey(text));
        var (opening, lastOpening) = (Opening(whole), Opening(last));
        var (marked, withoutMark) = (LooksLikeAQuestion(whole, last), AsksWithoutAMark(opening) || AsksWithoutAMark(lastOpening) || EndsWithThenWhat(last));
        var sentences = SentencesOf(text);
        var explains = AsksToExplain(sentences);

        // Worded as asking (a mark last, a question's word order, a question with its mark), the question and the answer
        // are weighed beside the exercises' share set aside: mid-way a situation described is not a request for another
        // exercise, and more examples of an exercise should not make a question look less sure. Both are scaled alike,
        // so the comparisons between them below stand.
        var answer = ranked.FirstOrDefault(r => r.Intent == IntentIds.Answer).Probability;
        var asksThenTells = sentences.Any(AsksThenTells);
        if (EndsWithQuestionMark(text) || withoutMark || AsksByVerbFirst(opening) || AsksByVerbFirst(lastOpening) || asksThenTells)
        {
            var exercises = ranked.Where(r => !IntentIds.Commands.Contains(r.Intent) && !IntentIds.Conversation.Contains(r.Intent)).Sum(r => r.Probability);
            // Never more than doubled: a share of a sliver left over is noise.
            var rest = Math.Max(1f - exercises, 0.5f);
            (question, answer) = (question / rest, answer / rest);
        }

        // "yes, how do I tell her" sounds to the classifier like asking how the bot works, but in the middle of an
        // exercise a question is far more often about the exercise: help takes one only when it is clear.
        // Asking what the question means ("sorry i dont understand the question") sounds like help or going back: a
        // command takes it only when it is clear.
        if ((command.Intent == IntentIds.Help && (marked || withoutMark)) || explains)
        {
            commandBar = Math.Max(commandBar, ClearRequest);
        }

        // At a yes/no question, a yes or a no said in a sentence ("ok sure, let's try", "no, clean since March") is the
        // answer; only a clear request takes it elsewhere, and a question asked with it ("yes but how do I tell her?")
        // is answered. After a safety signal only a plain yes or no counts, as at the bot's own yes/no questions.
        var saysYesOrNo = pending.Kind == QuestionKind.Confirm && question < QuestionThreshold && !marked && !withoutMark
            && AnswersYesNo(text, safety);
        if (saysYesOrNo)
        {
            // "yeah go on", "ok sure, let's try" sound like carrying on, and at a yes/no question carrying on is the yes.
            if (command.Intent == IntentIds.Resume)
            {
                return (IntentIds.Answer, 1f - command.Probability, null);
            }

            commandBar = Math.Max(commandBar, ClearRequest);
        }

        if (command.Intent is not null && command.Probability >= commandBar)
        {
            return (command.Intent, command.Probability, null);
        }

        if (saysYesOrNo)
        {
            return (IntentIds.Answer, 1f - command.Probability, null);
        }

        // Asking what the question means, or for an example, is a question, unless the classifier clearly leans answer
        // ("An example: I missed her graduation"): then the bot asks once.
        if (explains)
        {
            return answer >= QuestionThreshold && answer > question
                ? (IntentIds.Answer, 1f - command.Probability, IntentIds.Question)
                : (IntentIds.Question, Math.Max(question, QuestionThreshold), null);
        }

        // At a date or number question, a rising tone on words with nothing else of a question's form ("after church on
        // Sunday?", "the 14th maybe?") is an unsure answer: its prompt reads the date or number, or asks again saying
        // what it takes. "does it have to be this week?", "what if I'm away?" still ask, and so may a choice between two
        // readings ("months from today or from when I got sober?"), left to the classifier; "a week or two?" does not.
        if (pending.Kind is QuestionKind.Date or QuestionKind.Number && EndsWithQuestionMark(text) && !marked && !withoutMark
            && !asksThenTells && !OffersAlternatives(whole)
            && !sentences.Any(s => Opening(s.Words) is { Length: > 0 } words && (MessageText.QuestionWords.Contains(words[0]) || AsksByVerbFirst(words))))
        {
            return (IntentIds.Answer, 1f - command.Probability, null);
        }

        // "Honestly? Fifty. Lost count." answers: a question mark only on a hedge, with something told beside it.
        if (OnlyHedgesAsk(sentences))
        {
            return (IntentIds.Answer, 1f - command.Probability, null);
        }

        // "how long? years, maybe ten", "What do I say when they offer me a drink? That's the hardest part": a question
        // said to oneself, then its answer. Kept or answered, one would be lost, so the bot asks once which it was.
        if (pending.Kind == QuestionKind.Text && AnswersItself(sentences, text, pending))
        {
            return (IntentIds.Answer, 1f - command.Probability, IntentIds.Question);
        }

        // A question mark or a question's word order, with the classifier leaning question over answer, is a question
        // too: answering a question and asking again costs a moment, keeping it as a reflection loses what the person
        // wanted to know.
        var (inverted, whBeforeSubject) = (AsksByVerbFirst(opening) || AsksByVerbFirst(lastOpening), MayAskByWhFirst(opening) || MayAskByWhFirst(lastOpening));
        var aSentence = whole.Count(c => c == ' ') >= 2;
        var asked = EndsWithQuestionMark(text) || withoutMark || inverted;
        var leans = question > 0 && question >= answer && aSentence;
        // After a choice, date or number question the prompt itself knows a good answer ("this Saturday"); asking
        // "did you mean...?" there would question answers the prompt would have understood.
        var unsure = command.Intent is not null && command.Probability >= UnsureThreshold && pending.Kind == QuestionKind.Text ? command.Intent : null;

        // Something asked is never quietly kept as a reflection: it is the question, unless a command sounds twice as
        // likely, and then the bot asks which was meant ("can you show me the other reflections I could pick?").
        // With nothing of a question's form (no mark, no question word or order), the classifier's lean alone makes a
        // question only when clear: below that a free-text answer is asked about once ("lunch with colleagues, write to
        // me at..."), and a choice, date or number answer goes to its prompt, which reads it or asks again ("no, it would
        // not be safe"); so does a name question's ("my wife, her name is Olena"), which its prompt reads as a name. "who
        // gets hurt the most is my daughter" tells what the wh-word stands for: there the lean alone never makes a question.
        var formed = asked || marked || whBeforeSubject || explains;
        var tells = !formed && (NamesWhatTheWhWordStandsFor(Opening(FirstClauseKey(text))) || GivesAnExample(whole));
        // A choice answer opening with a yes or a no ("no, it would not be safe") goes to its prompt whatever the lean.
        // A what or how before its subject alone ("I don't understand one thing, how she stayed so long") needs the clear
        // bar too: below it the bot asks once. A question asked in full before what follows is formed enough. Where a
        // prompt would read an answer out of the words (a choice, date, number or yes/no), a "what if" asks whatever the
        // lean ("whit if he winna pick up da phone" was kept as "a phone call"); "how about saturday", "did it last
        // weekend" and "am i safe around him, not really" answer.
        var saysYesOrNoFirst = !formed && pending.Kind != QuestionKind.Text && YesOrNo.Contains(whole.Split(' ')[0]);
        var questionBar = tells || saysYesOrNoFirst ? float.PositiveInfinity : asked || marked || explains || asksThenTells ? QuestionThreshold : ClearQuestion;
        var asksWhatIf = pending.Kind != QuestionKind.Text && (AsksWhatIf(opening) || AsksWhatIf(lastOpening) || EndsAskingWhatIDo(ClausesOf(text)));
        if ((question >= questionBar || marked || (leans && asked) || asksWhatIf)
            && (question >= command.Probability / 2 || unsure is null))
        {
            return (IntentIds.Question, question, null);
        }

        // "how i find a meeting in english" asks and "how I hurt them still haunts me" tells, in the same word order; and
        // a message worded as a question that the classifier finds nearly as much an answer may be either. The bot asks
        // once rather than keep a question or lose an answer.
        var torn = question > 0 && question >= answer / 2 && aSentence;
        // "..., then what" asks, or ends a story ("I'll lose everything and then what"): asked about once.
        // A lean below the clear bar with nothing of a question's form is asked about too (not at a name question, whose
        // prompt reads the name).
        var leansUnformed = !formed && !tells && !pending.ExpectsName && question >= QuestionThreshold;
        if (unsure is null && pending.Kind == QuestionKind.Text
            && ((leans && whBeforeSubject) || (torn && (asked || asksThenTells)) || (!pending.ExpectsName && AsksUnmarked(text, pending, withoutMark || inverted)) || EndsWithThenWhat(last) || leansUnformed))
        {
            unsure = IntentIds.Question;
        }

        return (IntentIds.Answer, 1f - command.Probability, unsure);
    }

    // "Will anyone see what I type here?", "she asked me not to contact her, is this still okay?": a question mark last,
    // and a question word opening the message or its last clause, in a sentence rather than a one-word answer said with
    // a rising tone ("ages?", "angry I guess?").
    private static bool LooksLikeAQuestion(string whole, string last)
    {
        var words = whole.Split(' ');
        if (words.Length < 4 || words[^1] != "?")
        {
            return false;
        }

        var lastClause = last.Split(' ');
        return MessageText.QuestionWords.Contains(words[0]) || MessageText.QuestionWords.Contains(lastClause[0]);
    }

    // A question asked with a yes or no ("yes but how do I tell her?", "sure, whats next") is answered, not swallowed.
    private static bool IsAsked(string text)
    {
        var (whole, last) = (TextKey.Of(text), LastClauseKey(text));
        return LooksLikeAQuestion(whole, last) || AsksWithoutAMark(Opening(whole)) || AsksWithoutAMark(Opening(last));
    }

    // The words of a key after any "yes, but" or "ok so": where a question's own words begin.
    private static string[] Opening(string key) => Opening(key.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // The same, for a sentence already split into words.
    private static string[] Opening(string[] words) => words.SkipWhile(AnswerOpeners.Contains).ToArray();

    // On a phone the question mark is often left off: "how long until people believe me again" asks, "what I did was
    // lie", "how I hurt them" and "how much I lied" tell. A what, how or why followed by a word of asking, opening the
    // message or its last clause (after any "yes, but"), asks when the classifier leans that way too.
    private static bool AsksWithoutAMark(string[] words) => AsksWithoutAMarkAfterOr(AfterOr(words));

    private static bool AsksWithoutAMarkAfterOr(string[] words) =>
        words.Length >= 2
        && (QuestionOpeners.Contains(words[0])
            || (WhoWhereOpenings.Contains(words[0] + " " + words[1]) && !(words.Length > 2 && (words[2] is "blame" or "but" || words[2..].Take(5).Any(Copulas.Contains))))
            || (QuestionFirstWords.Contains(words[0]) && QuestionSecondWords.Contains(words[1])
                && !(words[1] is "long" or "much" or "many" or "often" && words.Length > 2 && Subjects.Contains(words[2])))
            || (QuestionFirstWords.Contains(words[0]) && words.Length >= 3 && Subjects.Contains(words[1]) && Modals.Contains(words[2])
                && !Tells(words[3..]))
            || (QuestionFirstWords.Contains(words[0]) && words.Length >= 4 && words[1] is "must" or "shall" or "may" or "might"
                && Subjects.Contains(words[2]) && words[3] != "have")
            || (words[0] is "what" or "which" or "wot" or "whit" && words.Length >= 4 && Auxiliaries.Contains(words[2]) && Pronouns.Contains(words[3])));

    // Word order asks too, mark or not: a verb before its subject ("is this going to be sent to anyone", "do I have
    // to use full names"). "do the school run", "did my best", "is the worst thing i have done" tell: only after a modal
    // ("can the wife see this") does a "the" or a "my" start the subject; after any other verb only a pronoun does.
    private static bool AsksByVerbFirst(string[] words) =>
        AfterOr(words) is { Length: >= 3 } asked && Auxiliaries.Contains(asked[0])
        && (Pronouns.Contains(asked[1])
            || (asked[0] is "can" or "could" or "will" or "would" or "should" or "shall" && Determiners.Contains(asked[1])));

    // "my husband, or does it have to be family", "or what do I write then": an "or" goes on asking. It is not an answer's
    // opener like "yes" or "but": "or what I did at her wedding" tells, so a what or how before a subject after it does
    // not ask.
    private static string[] AfterOr(string[] words) => words is ["or", .. var rest] ? rest : words;

    // A what, how or why before a subject ("how i find a meeting in english", "what i write then") may ask or tell ("how
    // I hurt them still haunts me"), unless what follows plainly tells ("how I felt was awful"); three words alone ("what
    // I did", "how I felt") are the start of an answer.
    private static bool MayAskByWhFirst(string[] words) =>
        words.Length >= 4 && QuestionFirstWords.Contains(words[0]) && Subjects.Contains(words[1])
        && !Tells(words[2..].SkipWhile(Modals.Contains).ToArray());

    // After "what I (can)": "have" or an is or a was within three words tells a plan or a regret ("yes, what I can do is
    // try tonight", "what I should have done was call her").
    private static bool Tells(string[] afterVerb) =>
        afterVerb.FirstOrDefault() == "have" || afterVerb.Take(3).Any(Copulas.Contains);

    // "who gets hurt the most is my daughter": a who, what or how, a verb of its own, then an is or a was naming the answer
    // from the fourth to the seventh word, with no "if" or "when" before it ("what happens if she is angry" asks).
    private static bool NamesWhatTheWhWordStandsFor(string[] words)
    {
        if (words.Length < 4 || words[0] is not ("who" or "what" or "how") || Auxiliaries.Contains(words[1]) || words[1] is "else" or "long" or "much" or "many" or "kind" or "sort" or "type")
        {
            return false;
        }

        // From the fourth word: "what time is the meeting" asks.
        for (var i = 2; i < Math.Min(words.Length - 1, 7); i++)
        {
            if (words[i] is "if" or "when" or "because" or "whether")
            {
                return false;
            }

            // "who sees this letter is it private" asks again by word order; "what hurts most is it feels like..." and
            // "...is she will never..." tell, a verb of the subject's own following.
            if (i >= 3 && Copulas.Contains(words[i]))
            {
                return !AsksByVerbFirst(words[i..]) || (i + 2 < words.Length && IsFiniteVerb(words[i + 2]));
            }
        }

        return false;
    }

    // A word that can only be a subject's own verb after "is it" or "is she": a modal or a negation ("will", "never",
    // "doesnt"), or a present-tense verb ending in s ("feels", "wants"), not an adjective or pronoun that does ("serious",
    // "his", "always").
    private static bool IsFiniteVerb(string word) =>
        FiniteVerbs.Contains(word)
        || (word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !NotVerbsEndingInS.Contains(word));

    // An "or" between two things ("from today or from when I got sober"), not the "or" of a rough figure ("a week or
    // two", "or so", "give or take").
    private static bool OffersAlternatives(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (words[i] == "or" && !RoughFigureEnds.Contains(words[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // A question mark last, full-width and Arabic ones too.
    private static bool EndsWithQuestionMark(string text) => text.TrimEnd() is { Length: > 0 } trimmed && QuestionMarks.Contains(trimmed[^1]);

    // "lunch with colleagues, for example", "e.g. family barbecues": an example given, with something told beside it.
    // Asking for one ("for example?", "what for example", "for example what would I say") has nothing else, or a wh-word,
    // or a question's word order.
    private static bool GivesAnExample(string key)
    {
        var padded = " " + key + " ";
        var phrase = GivingAnExample.FirstOrDefault(p => padded.Contains(p, StringComparison.Ordinal));
        if (phrase is null)
        {
            return false;
        }

        var rest = padded.Replace(phrase, " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return rest.Length >= 2 && !rest.Any(w => WhWords.Contains(w) || w == "?") && !AsksByVerbFirst(Opening(rest));
    }

    // "what if he says no", "whit if she winna answer", "but what if...": a condition put to the bot.
    private static bool AsksWhatIf(string[] opening) =>
        opening.Length >= 3 && opening[0] is "what" or "wot" or "wat" or "whit" && opening[1] == "if";

    // "and if he gets angry when I leave the room, then what": asked at the end.
    private static bool EndsWithThenWhat(string last) => last.EndsWith(" then what", StringComparison.Ordinal) || last == "then what" || last.EndsWith(" what then", StringComparison.Ordinal);

    // The message's sentences as words (TextKey's form, no "?"), each with whether a question mark ended it.
    private static List<(string[] Words, bool Marked)> SentencesOf(string text)
    {
        var sentences = new List<(string[] Words, bool Marked)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('.' or '!' or '?' or ';' or '\n' or '？' or '؟' or '。' or '！'))
            {
                continue;
            }

            var words = TextKey.Of(text[start..i]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                sentences.Add((words, i < text.Length && text[i] is '?' or '？' or '؟'));
            }

            start = i + 1;
        }

        return sentences;
    }

    // "explain please", "can you explain", "me not understand", "i dont understand the question", "give me another
    // example", "not sure which to pick if...": the person asks about the question (see AsksAboutTheQuestion).
    private static bool AsksToExplain(List<(string[] Words, bool Marked)> sentences)
    {
        foreach (var (all, _) in sentences)
        {
            var plain = all.SkipWhile(AnswerOpeners.Contains).ToArray();
            var words = plain.SkipWhile(PoliteOpeners.Contains).ToArray();
            var opening = words.Length > 0 && OpeningWords.Contains(words[0]) ? string.Join(' ', words) : "";
            if (OpensAskingAbout.Any(p => opening == p
                    || (opening.StartsWith(p + " ", StringComparison.Ordinal) && AsksOn.Contains(opening[(p.Length + 1)..].Split(' ')[0])))
                || (plain.Length >= 3 && plain[0] is "may" or "could" or "can" && plain[1] == "i" && plain[2] == "ask"
                    && (plain.Length == 3 || MayIAskAbout.Contains(plain[3]))))
            {
                return true;
            }

            for (var i = 0; i < all.Length; i++)
            {
                var (previous, next, after) = (At(all, i - 1), At(all, i + 1), At(all, i + 2));
                // Said of oneself: "I don't understand", "me not understand", or the "don't" opening the sentence.
                var byMe = previous is not null && previous != "doesnt" && (i == 1 || WhoDoesNotFollow.Contains(all[i - 2]));
                if ((all[i] == "explain" && (i == 0 || ToTheBot.Contains(previous!)) && next is not ("to" or "myself" or "why"))
                    || (all[i] == "understand" && previous is not null && NotUnderstanding.Contains(previous) && byMe
                        && (next is null || NotFollowing(next, after, i + 2 >= all.Length)))
                    || (all[i] == "get" && previous is "dont" or "didnt" or "not" && byMe
                        && ((next is "it" or "this" && (after is null || TheQuestionItself.Contains(after))) || (next == "the" && after == "question")))
                    || (all[i] == "which" && next is not null && AskingWhich.Contains(next) && after != "of"
                        && (previous is null || !KnowingWhich.Contains(previous)))
                    || (next is not null && AsksAboutTheQuestion.Contains(all[i] + " " + next))
                    || (after is not null && AsksAboutTheQuestion.Contains(all[i] + " " + next + " " + after)))
                {
                    return true;
                }
            }
        }

        return false;

        static string? At(string[] words, int i) => i >= 0 && i < words.Length ? words[i] : null;

        // After "I don't understand": the question, a word of it, or what the bot means; not "what happened to us" or
        // "that my drinking was hurting them".
        static bool NotFollowing(string next, string? after, bool last) => next switch
        {
            "it" or "this" or "that" => last || TheQuestionItself.Contains(after!),
            "the" => after is "question" or "questions" or "word" or "words" or "bit" or "part",
            "what" => after is "you" or "this" or "that" or "it" or "the" or "is" or "to" or "mean" or "means",
            _ => TheQuestionItself.Contains(next) || next is "you" or "u",
        };
    }

    // A question asked in full before what follows ("Who else can see this answer? my husband uses my phone"), or an
    // answer's echo of the question ("Who was I with? nobody"): either, so it counts as asked where the classifier is torn.
    private static bool AsksThenTells((string[] Words, bool Marked) sentence)
    {
        var opening = Opening(sentence.Words);
        return sentence.Marked && opening.Length >= 2 && (MessageText.QuestionWords.Contains(opening[0]) || AsksByVerbFirst(opening));
    }

    // The message asks first (a question with its mark, or "what about a lie-in on sunday") and then tells: its last
    // clause, unmarked, points back at the question ("that's the hardest part", "yes I'll do that"), or the question
    // repeats the bot's own ("how long?", "what gets in the way?").
    private static bool AnswersItself(List<(string[] Words, bool Marked)> sentences, string text, PendingQuestion pending)
    {
        if (sentences.Count == 0 || sentences[^1].Marked)
        {
            return false;
        }

        var first = sentences[0];
        var opening = Opening(first.Words);
        var asksFirst = first.Marked
            ? opening.Length > 0 && (MessageText.QuestionWords.Contains(opening[0]) || AsksByVerbFirst(opening))
            : sentences.Count == 1 && AsksWithoutAMark(opening);
        if (!asksFirst)
        {
            return false;
        }

        // Only now, for the few messages that open by asking: the clauses, to find the last one.
        var clauses = ClausesOf(text);
        if (clauses.Count < 2)
        {
            return false;
        }

        // "How long? Do you mean since I started...": a later sentence that asks makes it a question.
        if (sentences.Skip(1).Any(s => AsksLater(Opening(s.Words))))
        {
            return false;
        }

        var content = opening.Where(w => w != "?" && !Plain.Contains(w)).ToList();
        var echoes = first.Marked && content.Count > 0 && pending.PromptWords is { } prompt
            && content.Count(prompt.Contains) * 3 >= content.Count * 2;
        return echoes || PointsBack.Contains(clauses[^1][0]);
    }

    // A question's word order typed with no question mark anywhere ("how am i ment to no wot she went thru, i never asked
    // her", "Mi nuh have nuh sponsor. Who else count"), or a last clause "what i do" ("and if she is mad at me, what i
    // do"), is asked about once, however the classifier leans: its words are often dialect or second-language English
    // the classifier reads as telling. Answers keep their place: a question asked of oneself and answered is nearly
    // always typed with its mark ("Was it the braai? Ja, I think..."), or answered in a later clause ("did I hurt her,
    // yes I did", "..., thats what it did"), or echoes the bot's question ("how long, years"); and "what can stop me is
    // the late shifts" names what the what stands for, with an is or a was from the fourth word on (an if or a when
    // first asks again: "what do I do if she is angry").
    private static bool AsksUnmarked(string text, PendingQuestion pending, bool formed)
    {
        if (text.AsSpan().IndexOfAny(QuestionMarks) >= 0)
        {
            return false;
        }

        var clauses = ClausesOf(text);
        formed = formed || EndsAskingWhatIDo(clauses);
        if (!formed || clauses.Count == 0)
        {
            return false;
        }

        // "did she suffer, maybe more than i know": after a yes-or-no question a hedge answers it too.
        var replies = Auxiliaries.Contains(clauses[0][0]) ? RepliesToAYesOrNo : RepliesToItself;
        if (clauses.Skip(1).Any(c => replies.Contains(c[0])))
        {
            return false;
        }

        var content = clauses[0].Where(w => !Plain.Contains(w)).ToList();
        var echoes = clauses.Count >= 2 && content.Count > 0 && pending.PromptWords is { } prompt && content.Count(prompt.Contains) * 3 >= content.Count * 2;
        return !echoes && !clauses.Select(Opening).Any(c => c.Length > 0 && WhWords.Contains(c[0])
            && c.Skip(3).TakeWhile(w => w is not ("if" or "when")).Any(Copulas.Contains));
    }

    // A message's clauses as keys, words split, the empty ones left out.
    private static List<string[]> ClausesOf(string text) =>
        text.Split([',', '.', ';', ':', '!', '?', '\n', '？', '؟', '。', '！', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => TextKey.Of(c).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length > 0)
            .ToList();

    // "and if she is mad at me, what i do", "sponsor not pick up, what i do": a last clause of its own asking what to do.
    private static bool EndsAskingWhatIDo(List<string[]> clauses) =>
        clauses.Count >= 2 && clauses[^1] is ["what", "i", "do"] or ["what", "i", "do", "then" or "now" or "here"];

    // A sentence that asks in its words: a question word or a verb first, or "you mean".
    private static bool AsksLater(string[] opening) =>
        opening.Length > 0 && (MessageText.QuestionWords.Contains(opening[0]) || AsksByVerbFirst(opening)
            || (opening.Length > 1 && opening[0] is "you" or "u" && opening[1] == "mean"));

    // Every question mark is on a hedge ("Honestly?", "like 50?", "12 maybe?") and another sentence tells, without a
    // question's word order of its own.
    private static bool OnlyHedgesAsk(List<(string[] Words, bool Marked)> sentences) =>
        sentences.Any(s => s.Marked) && sentences.Any(s => !s.Marked)
        && sentences.All(s => s.Marked
            ? s.Words.Length <= 3 && s.Words.All(w => HedgeWords.Contains(w) || w.Any(char.IsDigit))
            : !WhWords.Contains(s.Words[0]) && !AsksByVerbFirst(Opening(s.Words)));

    // "Please deactivate the reminders" and "activate the reminders" share all but a few letters, and the classifier mixes
    // the two up. A direction word right beside a reminder word ("deactivate all reminder", "turn them back on") decides
    // when only one direction is said and nothing is negated; otherwise the classifier does ("help me quit" is not "off").
    private static string CheckInDirection(string text, string intent, string? exact)
    {
        if (intent == exact || intent is not (IntentIds.CheckInsOn or IntentIds.CheckInsOff))
        {
            return intent;
        }

        var words = TextKey.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(PastChanges.Contains) || words.Zip(words.Skip(1)).Any(pair => Negations.Contains(pair.First) && pair.Second != "more"))
        {
            return intent;
        }

        var off = Said(OffWords) || words.Zip(words.Skip(1)).Any(pair => pair is ("no", "more"));
        var on = Said(OnWords);
        return off == on ? intent : off ? IntentIds.CheckInsOff : IntentIds.CheckInsOn;

        bool Said(FrozenSet<string> direction) => words.Select((w, i) => (w, i)).Any(x =>
            (direction.Contains(x.w) || (direction == OnWords && x.w == "on" && x.i > 0 && words.Take(x.i).Any(OnVerbs.Contains)))
            && words[Math.Max(0, x.i - 3)..Math.Min(words.Length, x.i + 4)].Any(ReminderWords.Contains));
    }

    // The first clause of a message ("who gets hurt most is my daughter, always her") as a key.
    private static string FirstClauseKey(string text) =>
        TextKey.Of(text.Split([',', '.', ';', ':', '!', '?', '？', '؟', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault());

    // The last clause of a message ("I know, but how do I start") as a key: a question is often asked at the end.
    private static string LastClauseKey(string text) =>
        TextKey.Of(text.Split([',', '.', ';', ':', '!'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault());

    private static FrozenSet<string> Words(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    // Nothing asked (the menu, or nothing running): the message is a request, a description or talk.
    private (string Intent, float Confidence, string? Unsure) Open(string text, string? exact)
    {
        if (exact is not null)
        {
            return (exact, 1f, null);
        }

        var ranked = _model.Classifier?.Rank(text) ?? [];
        // "answer" means nothing when no question was asked: the rest are weighed with its share set aside (never more
        // than doubled). The model hears answers and questions in unfamiliar English ("a need tae apologise tae ma pal"),
        // so a lean to a question counts only when clear or asked in a question's form; otherwise it is set aside too.
        var best = ranked.FirstOrDefault(r => r.Intent != IntentIds.Answer);
        var setAside = ranked.FirstOrDefault(r => r.Intent == IntentIds.Answer).Probability;
        if (best.Intent == IntentIds.Question && best.Probability < ClearQuestion && !HasAQuestionsForm(text))
        {
            setAside += best.Probability;
            best = ranked.FirstOrDefault(r => r.Intent != IntentIds.Answer && r.Intent != IntentIds.Question);
        }

        // A command does something, so it needs the same certainty as mid-exercise, unscaled; an exercise is only offered
        // (yes/no), and talk only answered. The confidence passed on is always the model's own.
        var scale = 1f / Math.Max(1f - setAside, 0.5f);
        var isCommand = IntentIds.Commands.Contains(best.Intent ?? "");
        return best.Intent is not null && (isCommand ? best.Probability >= CommandThreshold : best.Probability * scale >= MenuThreshold)
            ? (best.Intent, best.Probability, null)
            : (Interpretation.Unclear, best.Probability, null);
    }

    // A question mark last, or a question's word order opening the message or its last clause. (The other forms
    // MidExercise reads, a question asked in full before what follows or asking what something means, changed nothing
    // on the development sets here, and a "then what" may end a story: "I'll lose everything and then what".)
    private static bool HasAQuestionsForm(string text)
    {
        if (EndsWithQuestionMark(text))
        {
            return true;
        }

        foreach (var key in (string[])[TextKey.Of(text), LastClauseKey(text)])
        {
            var opening = Opening(key);
            if (AsksWithoutAMark(opening) || AsksByVerbFirst(opening) || MayAskByWhFirst(opening))
            {
                return true;
            }
        }

        return false;
    }
}
