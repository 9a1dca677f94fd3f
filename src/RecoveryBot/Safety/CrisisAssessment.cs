namespace RecoveryBot.Safety;

/// <summary>How strongly a message signals danger.</summary>
public enum CrisisLevel
{
    /// <summary>Nothing in the message signals danger.</summary>
    None = 0,

    /// <summary>
    /// The message touches a dangerous subject without signalling present danger, for example a negated
    /// ("I'm not going to hurt myself, I just feel low") or past mention. It deserves a kind word, not a crisis response.
    /// </summary>
    Concern = 1,

    /// <summary>The message signals present danger: answer first with crisis resources.</summary>
    Crisis = 2,

    /// <summary>
    /// The rules found nothing but the classifier leans towards danger without being sure: a short, gentle check-in
    /// with one helpline, and the conversation goes on (a misreading costs the user one line, not their answer).
    /// </summary>
    Uncertain = 3,
}

/// <summary>What kind of danger a message signals.</summary>
public enum CrisisCategory
{
    /// <summary>No danger signalled.</summary>
    None = 0,

    /// <summary>Thoughts of suicide or of not wanting to be alive.</summary>
    SuicidalThoughts,

    /// <summary>Hurting oneself on purpose (cutting, burning, hitting oneself...).</summary>
    SelfHarm,

    /// <summary>An overdose happening now, to the user or to someone with them.</summary>
    Overdose,

    /// <summary>A medical emergency during use or withdrawal: not breathing, unresponsive, seizure, chest pain, DTs...</summary>
    MedicalEmergency,

    /// <summary>The user may hurt someone else.</summary>
    HarmToOthers,

    /// <summary>The user is being hurt or threatened by someone, usually at home.</summary>
    ViolenceAtHome,

    /// <summary>
    /// An indirect signal of suicide risk: asking about means next to a loss, giving belongings away, farewells,
    /// talk of not being around, a sudden calm after a decision.
    /// </summary>
    IndirectSignal,
}

/// <summary>
/// The result of <see cref="CrisisDetector.Assess(string?)"/>. Immutable, and never holds any of the user's text:
/// <see cref="RuleId"/> is a short fixed code naming the rule that fired, safe to log and count.
/// </summary>
public sealed record CrisisAssessment
{
    /// <summary>The rule id used when nothing fired.</summary>
    public const string NoRuleId = "NA00";

    /// <summary>The assessment of a message that signals nothing.</summary>
    public static CrisisAssessment None { get; } = new(CrisisLevel.None, CrisisCategory.None, false, NoRuleId);

    /// <summary>Creates an assessment.</summary>
    /// <param name="level">How strongly the message signals danger.</param>
    /// <param name="category">What kind of danger.</param>
    /// <param name="isIndirect">Whether the signal was indirect.</param>
    /// <param name="ruleId">The fixed code of the rule that fired.</param>
    public CrisisAssessment(CrisisLevel level, CrisisCategory category, bool isIndirect, string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        Level = level;
        Category = category;
        IsIndirect = isIndirect;
        RuleId = ruleId;
    }

    /// <summary>How strongly the message signals danger.</summary>
    public CrisisLevel Level { get; }

    /// <summary>What kind of danger; <see cref="CrisisCategory.None"/> when <see cref="Level"/> is None.</summary>
    public CrisisCategory Category { get; }

    /// <summary>True when the rule that fired looks for indirect signals (means, farewells, belongings...).</summary>
    public bool IsIndirect { get; }

    /// <summary>
    /// A fixed code such as "SU02" naming the rule that fired (two capital letters and two digits), for explanation
    /// and metrics. It is never derived from the user's text. See <see cref="CrisisDetector.DescribeRule(string)"/>.
    /// </summary>
    public string RuleId { get; }

    /// <summary>True when <see cref="Level"/> is <see cref="CrisisLevel.Crisis"/>.</summary>
    public bool IsCrisis => Level == CrisisLevel.Crisis;
}
