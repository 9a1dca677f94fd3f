using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RecoveryBot.Safety;

/// <summary>
/// Decides, for one chat message, whether it signals danger (suicidal thoughts, self-harm, overdose or a medical
/// emergency, harm to or from others, or an indirect signal such as a farewell). Pure, synchronous, deterministic and
/// thread-safe: one instance can serve every turn. Recall comes first: when in doubt the detector answers
/// <see cref="CrisisLevel.Crisis"/>, because a kind message with a phone number costs little and a miss can cost a life.
/// </summary>
/// <remarks>
/// Two opinions: the rules (<see cref="CrisisRules"/>), and, when a <see cref="CrisisSecondOpinion"/> is given, a
/// linear text classifier (<see cref="CrisisClassifier"/>) that catches new wordings no rule was written for. See
/// <see cref="Combine(CrisisAssessment, float, bool)"/> for how they are combined, and Safety/README.md for the rules and the numbers.
/// </remarks>
public sealed class CrisisDetector
{
    private static readonly FrozenDictionary<string, string> Descriptions =
        CrisisRules.All.ToFrozenDictionary(r => r.Id, r => r.Description, StringComparer.Ordinal);

    /// <summary>Rule id reported when a rule could not finish in time and nothing else fired (fail towards a kind word).</summary>
    public const string TimeoutRuleId = "ER01";

    /// <summary>Rule id reported when the classifier alone found a crisis (the rules did not).</summary>
    public const string ModelRuleId = "ML01";

    /// <summary>The rule id of a gentle check-in asked for by the classifier alone (<see cref="CrisisLevel.Uncertain"/>).</summary>
    public const string UncertainRuleId = "ML02";

    private readonly CrisisSecondOpinion? _secondOpinion;

    /// <summary>Creates a detector that uses the rules only. The rules are compiled once per process and shared.</summary>
    public CrisisDetector()
        : this(null)
    {
    }

    /// <summary>Creates a detector that asks <paramref name="secondOpinion"/> whenever the rules do not find a crisis.</summary>
    /// <param name="secondOpinion">The classifier's holder; null for the rules only.</param>
    public CrisisDetector(CrisisSecondOpinion? secondOpinion)
    {
        // Touch the table so a broken pattern fails at start-up, not on a user's message.
        _ = CrisisRules.All.Length;
        _secondOpinion = secondOpinion;
    }

    /// <summary>True when this detector asks the classifier for a second opinion.</summary>
    public bool HasSecondOpinion => _secondOpinion is not null;

    /// <summary>
    /// Combines the rules' assessment with the classifier's probability (the exact decision rule):
    /// <list type="number">
    /// <item>the rules say Crisis: Crisis, as the rules said;</item>
    /// <item>the rules found nothing and the probability is at least <see cref="CrisisClassifier.GentleThreshold"/> but
    /// below <see cref="CrisisClassifier.Threshold"/>: Uncertain (a gentle check-in), rule id <see cref="UncertainRuleId"/>;</item>
    /// <item>probability below <see cref="CrisisClassifier.Threshold"/>: the rules' answer stands;</item>
    /// <item>the rules say Concern (a negated, disclaimed or past mention) and the probability is below
    /// <see cref="CrisisClassifier.ConfidentThreshold"/>: Concern stands;</item>
    /// <item>otherwise Crisis with rule id <see cref="ModelRuleId"/>, the category the rules named if any, else
    /// <see cref="CrisisCategory.IndirectSignal"/>.</item>
    /// </list>
    /// </summary>
    public static CrisisAssessment Combine(CrisisAssessment rules, float probability) => Combine(rules, probability, false);

    /// <summary>As <see cref="Combine(CrisisAssessment, float)"/>; for an answer to a reflection question the gentle
    /// check-in starts at <see cref="CrisisClassifier.GentleThresholdForAnswers"/> instead.</summary>
    public static CrisisAssessment Combine(CrisisAssessment rules, float probability, bool expectsDarkAnswers)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var gentle = expectsDarkAnswers ? CrisisClassifier.GentleThresholdForAnswers : CrisisClassifier.GentleThreshold;
        if (rules.Level == CrisisLevel.None && probability >= gentle && probability < CrisisClassifier.Threshold)
        {
            // Recall first: below the crisis threshold the model still catches far more real danger than the rules alone
            // (see the README's held-out figures), so it earns a gentle check-in rather than silence.
            return new CrisisAssessment(CrisisLevel.Uncertain, CrisisCategory.IndirectSignal, true, UncertainRuleId);
        }

        if (rules.Level == CrisisLevel.Crisis || !(probability >= CrisisClassifier.Threshold))
        {
            return rules;
        }

        if (expectsDarkAnswers && rules.Level == CrisisLevel.None && probability < CrisisClassifier.ConfidentThreshold)
        {
            // An answer to a reflection question is expected to be dark: the model alone, not fully sure, asks gently.
            return new CrisisAssessment(CrisisLevel.Uncertain, CrisisCategory.IndirectSignal, true, UncertainRuleId);
        }

        if (rules.Level == CrisisLevel.Concern && probability < CrisisClassifier.ConfidentThreshold)
        {
            return rules;
        }

        var category = rules.Category == CrisisCategory.None ? CrisisCategory.IndirectSignal : rules.Category;
        return new CrisisAssessment(CrisisLevel.Crisis, category, category == CrisisCategory.IndirectSignal || rules.IsIndirect, ModelRuleId);
    }

    /// <summary>Assesses one message. Null, empty or whitespace-only text is <see cref="CrisisAssessment.None"/>.</summary>
    /// <param name="text">The user's message, as received.</param>
    /// <returns>The level, category and the fixed id of the rule that fired; never any of the user's text.</returns>
    public CrisisAssessment Assess(string? text) => Assess(text, false);

    /// <summary>Assesses one message written as the answer to a question.</summary>
    /// <param name="text">The user's message, as received.</param>
    /// <param name="expectsDarkAnswers">True when the question invites talk of harm, shame or loss ("what did they go
    /// through?"): an honest answer is expected to be dark there, so the classifier's unsure lean alone asks for a gentle
    /// check-in only when stronger. The rules, and the classifier's confident verdict, are the same everywhere.</param>
    public CrisisAssessment Assess(string? text, bool expectsDarkAnswers)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CrisisAssessment.None;
        }

        var message = CrisisTextNormalizer.Normalize(text);
        if (message.Clauses.Count == 0)
        {
            return CrisisAssessment.None;
        }

        var times = TimesOf(message);
        var rules = AssessByRules(message, times);
        if (rules.Level == CrisisLevel.Crisis || _secondOpinion?.TryGet() is not { } classifier)
        {
            // The rules alone: they found a crisis, or there is no model (rules only, still training, or training failed).
            return rules;
        }

        float probability;
        bool storyTooShort = false;
        try
        {
            // In a story told from safety the model reads only what is not history: it reads words, not tense, so the
            // dated part would weigh as if it were happening now. When too little is left for it to read, it reads the
            // whole, and then only asks gently below its confident verdict.
            var rest = message.Clauses.Where((_, i) => times[i] != ClauseTime.Story).ToList();
            storyTooShort = rest.Count < times.Length && !CrisisClassifier.IsLongEnough(rest);
            probability = rest.Count == times.Length || storyTooShort
                ? classifier.ProbabilityOf(message)
                : classifier.ProbabilityOf(rest);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The model is a second opinion: if it cannot answer, the rules' answer stands.
            return rules;
        }

        if (storyTooShort && rules.Level == CrisisLevel.None && probability < CrisisClassifier.ConfidentThreshold)
        {
            return probability >= CrisisClassifier.Threshold
                ? new CrisisAssessment(CrisisLevel.Uncertain, CrisisCategory.IndirectSignal, true, UncertainRuleId)
                : rules;
        }

        return Combine(rules, probability, expectsDarkAnswers);
    }

    private static CrisisAssessment AssessByRules(NormalizedMessage message, ClauseTime[] times)
    {
        CrisisAssessment? concern = null;
        bool timedOut = false;
        foreach (var rule in CrisisRules.All)
        {
            CrisisLevel level;
            try
            {
                level = rule.Scope == RuleScope.Clause ? EvaluateClauses(rule, message, times) : EvaluateMessage(rule, message, times);
            }
            catch (RegexMatchTimeoutException)
            {
                timedOut = true;
                continue;
            }

            if (level == CrisisLevel.Crisis && rule.Disclaimable && CrisisRules.SafetyStatement.IsMatch(message.Whole))
            {
                level = CrisisLevel.Concern;
            }

            if (level == CrisisLevel.Crisis)
            {
                return new CrisisAssessment(CrisisLevel.Crisis, rule.Category, rule.Indirect, rule.Id);
            }

            if (level == CrisisLevel.Concern && concern is null)
            {
                concern = new CrisisAssessment(CrisisLevel.Concern, rule.Category, rule.Indirect, rule.Id);
            }
        }

        if (concern is not null)
        {
            return concern;
        }

        return timedOut
            ? new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.None, false, TimeoutRuleId)
            : CrisisAssessment.None;
    }

    /// <summary>A one-line, human description of a rule (for explaining an assessment), or null for an unknown id.</summary>
    /// <param name="ruleId">A <see cref="CrisisAssessment.RuleId"/>.</param>
    public static string? DescribeRule(string ruleId)
    {
        if (ruleId == CrisisAssessment.NoRuleId)
        {
            return "No rule fired.";
        }

        if (ruleId == ModelRuleId)
        {
            return "The statistical second opinion (a linear model over word and character n-grams, trained on the labelled data) found a crisis the rules did not.";
        }

        if (ruleId == TimeoutRuleId)
        {
            return "A rule did not finish in time; answered with a gentle check-in instead of nothing.";
        }

        return Descriptions.GetValueOrDefault(ruleId);
    }

    private static CrisisLevel EvaluateMessage(CrisisRule rule, NormalizedMessage message, ClauseTime[] times)
    {
        foreach (var pattern in rule.AllOf)
        {
            if (!pattern.IsMatch(message.Whole))
            {
                return CrisisLevel.None;
            }
        }

        if (rule.Past != PastHandling.Ignore && Array.IndexOf(times, ClauseTime.Story) >= 0)
        {
            // A story told from safety: the rule must find its danger in what is not history.
            var rest = string.Join(" . ", message.Clauses.Where((_, i) => times[i] != ClauseTime.Story));
            if (!rule.AllOf.All(p => p.IsMatch(rest)))
            {
                return CrisisLevel.None;
            }
        }

        if (rule.UnlessMessage is not null && rule.UnlessMessage.IsMatch(message.Whole))
        {
            return CrisisLevel.None;
        }

        if (rule.Past != PastHandling.Ignore && CrisisRules.PastMarker.IsMatch(message.Whole) && !CrisisRules.RecentCue.IsMatch(message.Whole))
        {
            return rule.Past == PastHandling.Concern && !IsStoryFromSafety(message) ? CrisisLevel.Concern : CrisisLevel.None;
        }

        return rule.Level;
    }

    // A danger told as history from safety: dated years back, or in the past and said to be over; and nothing in it
    // about now and no call for help (asides such as "i just wanted to tell someone" apart).
    private static bool IsStoryFromSafety(NormalizedMessage message)
    {
        var whole = message.Whole;
        if (CrisisRules.RecentCue.IsMatch(whole) || CrisisRules.HelpCue.IsMatch(whole)
            || CrisisRules.PresentCue.IsMatch(CrisisRules.StoryAside.Replace(whole, " ")))
        {
            return false;
        }

        return (CrisisRules.PastMarker.IsMatch(whole) || CrisisRules.DistantPast.IsMatch(whole) || message.Clauses.Any(CrisisRules.DatingClause.IsMatch))
            && (CrisisRules.RecoveredMarker.IsMatch(whole) || CrisisRules.SafeNowMarker.IsMatch(whole));
    }

    /// <summary>When each clause happened, judged once per message.</summary>
    /// <remarks>
    /// A clause with a past marker of its own is past (a hit there gets at most Concern). In a story told from safety
    /// (<see cref="IsStoryFromSafety"/>) such a clause is history and gets no crisis line; so are the other clauses of a
    /// sentence after a clause that dates it years back ("when i was 19 i overdosed at a mates flat, they dumped me
    /// outside a and e"; not what comes before: "my friend overdosed, it happened to me years ago"), and
    /// the clauses a dating clause looks back on ("... overdosed within a week. i got lucky. that was six years ago"):
    /// those before it in its sentence, or, when it opens its own sentence, every clause since the last dating clause.
    /// A "but" starts a new sentence here. A clause in the first person present ("i have the pills") is never history by
    /// the company it keeps, and every clause not history is judged as always: a present danger after a history is found.
    /// </remarks>
    private static ClauseTime[] TimesOf(NormalizedMessage message)
    {
        var clauses = message.Clauses;
        var sentenceOf = message.SentenceOfClause;
        var times = new ClauseTime[clauses.Count];
        bool story = IsStoryFromSafety(message);
        for (int i = 0; i < clauses.Count; i++)
        {
            bool past = (CrisisRules.PastMarker.IsMatch(clauses[i]) || CrisisRules.DistantPast.IsMatch(clauses[i]))
                && !CrisisRules.RecentCue.IsMatch(clauses[i]);
            times[i] = !past ? ClauseTime.Present : story ? ClauseTime.Story : ClauseTime.Past;
        }

        if (!story)
        {
            return times;
        }

        int lastDating = -1;
        for (int i = 0; i < clauses.Count; i++)
        {
            if (CrisisRules.DistantPast.IsMatch(clauses[i]))
            {
                MarkStory(times, clauses, sentenceOf, i, from: i, to: clauses.Count);
            }

            if (CrisisRules.DatingClause.IsMatch(clauses[i]))
            {
                bool opensSentence = i == 0 || sentenceOf[i - 1] != sentenceOf[i];
                MarkStory(times, clauses, sentenceOf, i, from: opensSentence ? lastDating + 1 : 0, to: i, wholeSentences: opensSentence);
                lastDating = i;
            }
        }

        return times;
    }

    // Marks as history the clauses in [from, to) of the anchor's sentence (or of any sentence, when wholeSentences),
    // except those in the first person present.
    private static void MarkStory(
        ClauseTime[] times, IReadOnlyList<string> clauses, IReadOnlyList<int> sentenceOf, int anchor, int from, int to, bool wholeSentences = false)
    {
        for (int i = from; i < to; i++)
        {
            if ((wholeSentences || sentenceOf[i] == sentenceOf[anchor]) && (i == anchor || !CrisisRules.PresentTense.IsMatch(clauses[i])))
            {
                times[i] = ClauseTime.Story;
            }
        }
    }

    private static CrisisLevel EvaluateClauses(CrisisRule rule, NormalizedMessage message, ClauseTime[] times)
    {
        // No pre-check on the whole message: clause patterns may anchor with ^ and $ to a clause.
        var pattern = rule.AllOf[0];
        if (rule.UnlessMessage is not null && rule.UnlessMessage.IsMatch(message.Whole))
        {
            return CrisisLevel.None;
        }

        var best = CrisisLevel.None;
        for (int i = 0; i < message.Clauses.Count; i++)
        {
            var clause = message.Clauses[i];
            if (rule.UnlessClause is not null && rule.UnlessClause.IsMatch(clause))
            {
                continue;
            }

            // Tense is judged clause by clause: a story elsewhere in the message never makes a present clause past.
            var time = rule.Past == PastHandling.Ignore ? ClauseTime.Present : times[i];
            foreach (Match m in pattern.Matches(clause))
            {
                var level = time switch
                {
                    _ when rule.Negatable && IsNegated(clause, m.Index) => CrisisLevel.Concern,
                    ClauseTime.Story => CrisisLevel.None,
                    ClauseTime.Past => rule.Past == PastHandling.Concern ? CrisisLevel.Concern : CrisisLevel.None,
                    _ => rule.Level,
                };

                if (level == CrisisLevel.Crisis)
                {
                    return level;
                }

                if (level > best)
                {
                    best = level;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// True when the words right before <paramref name="start"/> are a negator, possibly followed by fillers:
    /// "i am not going to | hurt myself", "i would never | kill myself". Any other word stops the search, so
    /// "not okay i | want to die" is not negated: negation must be close and direct, never a reason to miss.
    /// </summary>
    private static bool IsNegated(string clause, int start)
    {
        var before = clause.AsSpan(0, start).TrimEnd();
        int fillers = 0;
        bool sawOr = false; // "not going to drink or | hurt myself": one word of a first conjunct may stand between
        bool usedConjunct = false;
        while (before.Length > 0)
        {
            int space = before.LastIndexOf(' ');
            var word = before[(space + 1)..].ToString();
            if (CrisisRules.Negators.Contains(word))
            {
                return true;
            }

            if (word is "or" or "nor" && !sawOr)
            {
                sawOr = true;
            }
            else if (CrisisRules.NegationFillers.Contains(word))
            {
                if (++fillers > 5)
                {
                    return false;
                }
            }
            else if (sawOr && !usedConjunct)
            {
                usedConjunct = true;
            }
            else
            {
                return false;
            }

            before = space < 0 ? [] : before[..space].TrimEnd();
        }

        return false;
    }

    private enum ClauseTime
    {
        /// <summary>Happening now, or no time said: judged as the rule says.</summary>
        Present,

        /// <summary>A past marker of its own ("used to", "years ago"): at most Concern.</summary>
        Past,

        /// <summary>History in a story told from safety: no crisis line.</summary>
        Story,
    }
}
