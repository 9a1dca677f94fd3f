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
    // Every id an assessment can carry: the rules' and the detector's own (a rule reusing one of those fails here).
    private static readonly FrozenDictionary<string, string> Descriptions =
        CrisisRules.All.Select(r => KeyValuePair.Create(r.Id, r.Description))
            .Concat(
            [
                KeyValuePair.Create(CrisisAssessment.NoRuleId, "No rule fired."),
                KeyValuePair.Create(ModelRuleId, "The statistical second opinion (a linear model over word and character n-grams, trained on the labelled data) found a crisis the rules did not."),
                KeyValuePair.Create(UncertainRuleId, "The statistical second opinion leaned towards a crisis without being sure of it; answered with a gentle check-in."),
                KeyValuePair.Create(TimeoutRuleId, "A rule did not finish in time; answered with a gentle check-in instead of nothing."),
            ])
            .ToFrozenDictionary(StringComparer.Ordinal);

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
        // The filter that spares most messages most rules builds in the background; until then every rule runs.
        _ = CrisisRuleFilter.EnsureBuiltAsync();
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
    /// <item>for an answer that invites dark answers, the rules found nothing and the probability is below
    /// <see cref="CrisisClassifier.ConfidentThreshold"/>: Uncertain;</item>
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

        NormalizedMessage message;
        try
        {
            message = CrisisTextNormalizer.Normalize(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // As a rule's time-out: a gentle reply rather than silence or an error.
            return new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.None, false, TimeoutRuleId);
        }

        if (message.Clauses.Count == 0)
        {
            return CrisisAssessment.None;
        }

        var filter = CrisisRuleFilter.TryGet();
        var rules = AssessByRules(message, filter);
        NormalizedMessage? plainMessage = null;
        if (message.ReadAsAnotherLanguage && rules.Level != CrisisLevel.Crisis)
        {
            // An English message taken for another language must not lose what its plain reading finds.
            try
            {
                plainMessage = CrisisTextNormalizer.NormalizeAsEnglish(text);
            }
            catch (RegexMatchTimeoutException)
            {
                // The reading already made stands.
            }

            var plain = plainMessage is null ? CrisisAssessment.None : AssessByRules(plainMessage, filter);
            if (plain.Level == CrisisLevel.Crisis || (plain.Level == CrisisLevel.Concern && rules.Level == CrisisLevel.None))
            {
                rules = plain;
            }
        }

        if (rules.Level == CrisisLevel.Crisis || _secondOpinion?.TryGet() is not { } classifier)
        {
            // The rules alone: they found a crisis, or there is no model (rules only, still training, or training failed).
            return rules;
        }

        float probability;
        try
        {
            probability = classifier.ProbabilityOf(message.ReadInAnUnmodelledLanguage && plainMessage is not null ? plainMessage : message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The model is a second opinion: if it cannot answer, the rules' answer stands.
            return rules;
        }

        if (rules.Level == CrisisLevel.None && IsStoryFromSafety(message) && probability < CrisisClassifier.ConfidentThreshold)
        {
            // A danger told as history from safety: the model reads words, not tense, so below its confident verdict it
            // only asks gently, and only above its crisis threshold.
            return probability >= CrisisClassifier.Threshold
                ? new CrisisAssessment(CrisisLevel.Uncertain, CrisisCategory.IndirectSignal, true, UncertainRuleId)
                : rules;
        }

        return Combine(rules, probability, expectsDarkAnswers);
    }

    // The rule table over one message; with a filter, only the rules that could fire are run (the same answer).
    internal static CrisisAssessment AssessByRules(NormalizedMessage message, CrisisRuleFilter? filter)
    {
        CrisisAssessment? concern = null;
        bool timedOut = false;
        var rules = CrisisRules.All;
        foreach (var i in filter?.RulesThatMayFire(message) ?? Enumerable.Range(0, rules.Length))
        {
            var rule = rules[i];
            CrisisLevel level;
            try
            {
                level = Evaluate(rule, message);
            }
            catch (RegexMatchTimeoutException)
            {
                timedOut = true;
                continue;
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

    /// <summary>
    /// What one rule alone says about <paramref name="text"/>, judged exactly as when the detector runs the whole table
    /// (normalised, clause by clause or over the message, exceptions, negation, tense, a safety statement). For the
    /// examples kept beside each rule.
    /// </summary>
    internal static CrisisLevel Evaluate(CrisisRule rule, string text)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (string.IsNullOrWhiteSpace(text))
        {
            return CrisisLevel.None;
        }

        var message = CrisisTextNormalizer.Normalize(text);
        return message.Clauses.Count == 0 ? CrisisLevel.None : Evaluate(rule, message);
    }

    // One rule over one normalised message; a regex timeout propagates to the caller.
    private static CrisisLevel Evaluate(CrisisRule rule, NormalizedMessage message)
    {
        var level = rule.Scope == RuleScope.Clause ? EvaluateClauses(rule, message) : EvaluateMessage(rule, message);
        if (level == CrisisLevel.Crisis && rule.Disclaimable && CrisisRules.SafetyStatement.IsMatch(message.Whole))
        {
            level = CrisisLevel.Concern;
        }

        return level;
    }

    /// <summary>A one-line, human description of a rule (for explaining an assessment), or null for an unknown id.</summary>
    /// <param name="ruleId">A <see cref="CrisisAssessment.RuleId"/>.</param>
    public static string? DescribeRule(string ruleId) => Descriptions.GetValueOrDefault(ruleId);

    private static CrisisLevel EvaluateMessage(CrisisRule rule, NormalizedMessage message)
    {
        foreach (var pattern in rule.AllOf)
        {
            if (!pattern.IsMatch(message.Whole))
            {
                return CrisisLevel.None;
            }
        }

        if (rule.UnlessMessage is not null && rule.UnlessMessage.IsMatch(message.Whole))
        {
            return CrisisLevel.None;
        }

        if (rule.Past != PastHandling.Ignore && CrisisRules.PastMarker.IsMatch(message.Whole) && !CrisisRules.RecentCue.IsMatch(message.Whole)
            && !message.Clauses.Any(clause => CrisisRules.ComparedWithThePast.IsMatch(clause) && rule.AllOf[0].Matches(clause).Any(m => IsSaidAsNow(clause, m))))
        {
            return rule.Past == PastHandling.Concern && !IsStoryFromSafety(message) ? CrisisLevel.Concern : CrisisLevel.None;
        }

        return rule.Level;
    }

    // A danger told as history by someone safe now: dated, said to be over, and nothing in it about now. A past clause
    // of such a story gets no crisis line at all (a past hit alone still gets Concern, as before); present clauses are
    // judged as always.
    private static bool IsStoryFromSafety(NormalizedMessage message) =>
        (CrisisRules.PastMarker.IsMatch(message.Whole) || CrisisRules.ClausePastMarker.IsMatch(message.Whole))
        && CrisisRules.RecoveredMarker.IsMatch(message.Whole)
        && !CrisisRules.PresentCue.IsMatch(message.Whole);

    private static CrisisLevel EvaluateClauses(CrisisRule rule, NormalizedMessage message)
    {
        // No pre-check on the whole message: clause patterns may anchor with ^ and $ to a clause. The pattern is tried
        // first and the exceptions only where it matched: most rules match no clause of a message, and an exception
        // costs as much to run as the pattern.
        var pattern = rule.AllOf[0];
        var best = CrisisLevel.None;
        bool? unlessMessage = null; // run once, at the first clause the pattern matches
        foreach (var clause in message.Clauses)
        {
            if (!pattern.IsMatch(clause))
            {
                continue;
            }

            if (rule.UnlessMessage is not null && (unlessMessage ??= rule.UnlessMessage.IsMatch(message.Whole)))
            {
                return CrisisLevel.None;
            }

            if (rule.UnlessClause is not null && rule.UnlessClause.IsMatch(clause))
            {
                continue;
            }

            // Tense is judged clause by clause: a story elsewhere in the message never makes a present clause past.
            bool past = rule.Past != PastHandling.Ignore && !CrisisRules.RecentCue.IsMatch(clause)
                && (CrisisRules.PastMarker.IsMatch(clause) || (CrisisRules.ClausePastMarker.IsMatch(clause) && !CrisisRules.PresentCue.IsMatch(clause)));
            bool story = past && IsStoryFromSafety(message);
            bool compared = past && CrisisRules.ComparedWithThePast.IsMatch(clause);
            foreach (Match m in pattern.Matches(clause))
            {
                CrisisLevel level;
                if (rule.Negatable && IsNegated(clause, m.Index))
                {
                    level = CrisisLevel.Concern;
                }
                else if (past && !(compared && IsSaidAsNow(clause, m)))
                {
                    level = rule.Past == PastHandling.Concern && !story ? CrisisLevel.Concern : CrisisLevel.None;
                }
                else
                {
                    level = rule.Level;
                }

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

    // The match is said as happening or meant now (a stated intent or a present-tense subject right before it or where it
    // begins), not reported ("told me i am going to"), in a clause that compares with the past: its past marker compares
    // rather than dates. Only the few words before the match are read, so a long message costs no more than before.
    private static bool IsSaidAsNow(string clause, Match match)
    {
        const int Window = 48; // "he is really going to go " and a little more
        var before = clause.AsSpan(Math.Max(0, match.Index - Window), Math.Min(Window, match.Index)).TrimEnd().ToString();
        if (CrisisRules.ReportedBefore.IsMatch(before))
        {
            return false;
        }

        return CrisisRules.SaidAsNowBefore.IsMatch(before)
            || CrisisRules.PresentSubjectLead.IsMatch(match.Value)
            || (CrisisRules.PresentVerbLead.IsMatch(match.Value) && CrisisRules.SubjectBefore.IsMatch(before))
            || (CrisisRules.IntentLead.IsMatch(match.Value) && CrisisRules.IntentSubjectBefore.IsMatch((" " + before).TrimEnd()));
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
        var rest = clause.AsSpan(start).TrimStart();
        int end = rest.IndexOf(' ');
        string after = (end < 0 ? rest : rest[..end]).ToString(); // the word to the right of the one looked at
        while (before.Length > 0)
        {
            int space = before.LastIndexOf(' ');
            var word = before[(space + 1)..].ToString();
            if (CrisisRules.Negators.Contains(word))
            {
                // "no i want to die", "nah am going to": an answer said first, not a negation of what follows.
                return !(word is "no" or "nah" or "nope" && after is "i" or "am");
            }

            after = word;

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
}
