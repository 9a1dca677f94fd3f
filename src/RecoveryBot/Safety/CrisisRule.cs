using System.Text.RegularExpressions;

namespace RecoveryBot.Safety;

/// <summary>Where a rule looks: inside each clause, or at the whole message (for "A and B anywhere" rules).</summary>
internal enum RuleScope
{
    Clause,
    Message,
}

/// <summary>What a rule's hit becomes when its clause (or message) is about the past ("two years ago", "used to").</summary>
internal enum PastHandling
{
    /// <summary>Tense does not matter: still a hit.</summary>
    Ignore,

    /// <summary>A past mention of one's own danger: a kind word (<see cref="CrisisLevel.Concern"/>).</summary>
    Concern,

    /// <summary>A past story (a friend's overdose years ago): nothing.</summary>
    Dismiss,
}

/// <summary>One explainable rule. Immutable; the regexes are built once and shared by every detector.</summary>
internal sealed class CrisisRule
{
    internal required string Id { get; init; }

    internal required string Description { get; init; }

    internal required CrisisCategory Category { get; init; }

    internal CrisisLevel Level { get; init; } = CrisisLevel.Crisis;

    internal bool Indirect { get; init; }

    internal RuleScope Scope { get; init; } = RuleScope.Clause;

    /// <summary>Clause scope: one pattern. Message scope: every pattern must match somewhere in the message.</summary>
    internal required Regex[] AllOf { get; init; }

    /// <summary>Clause scope only: a hit in a clause matching this is an idiom or exercise talk, not a signal.</summary>
    internal Regex? UnlessClause { get; init; }

    /// <summary>A hit in a message matching this is an idiom or exercise talk, not a signal.</summary>
    internal Regex? UnlessMessage { get; init; }

    /// <summary>Clause scope only: a hit directly governed by "not", "never", "dont"... becomes Concern.</summary>
    internal bool Negatable { get; init; }

    internal PastHandling Past { get; init; } = PastHandling.Ignore;

    /// <summary>
    /// Passive ideation only (no plan, means or time): a hit becomes Concern when the message also carries an explicit
    /// safety statement ("i have no plan and i would never", "not going to act on it"). Never set on rules about
    /// means, plans, timing, farewells, medical signs or violence.
    /// </summary>
    internal bool Disclaimable { get; init; }

    /// <summary>Messages this rule must fire on (at its <see cref="Level"/>); checked by a test for every rule.</summary>
    internal IReadOnlyList<string> Fires { get; init; } = [];

    /// <summary>Look-alikes this rule must not answer at its <see cref="Level"/>: its exceptions, negation or past handling
    /// at work. Checked by a test for every rule.</summary>
    internal IReadOnlyList<string> DoesNotFire { get; init; } = [];
}
