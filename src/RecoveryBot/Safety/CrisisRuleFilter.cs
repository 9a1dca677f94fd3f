using System.Text.RegularExpressions;

namespace RecoveryBot.Safety;

/// <summary>
/// A first pass over the rule table (<see cref="CrisisRules.All"/>) that tells which rules could fire on a message, so
/// most messages run a few dozen regexes instead of every rule's. A rule fires only where its first pattern matches (a
/// clause, or the whole message for a message rule), and an alternation of patterns matches exactly where one of them
/// does, so the rules' first patterns are joined into groups (each as large as the non-backtracking engine builds) and
/// a rule is run only when its group matches. A group is tried only when the detector reaches its first rule, in table
/// order, so a crisis found early pays for the groups up to its rule's, not for all of them.
/// </summary>
/// <remarks>
/// The detector's answer is the same with the filter as without it, with one theoretical exception: a rule whose own
/// pattern would have run out of time (2 s, "ER01") is skipped when its group finished without a match. A group that
/// runs out of time counts as matched, so its rules run as before.
/// </remarks>
internal sealed class CrisisRuleFilter
{
    private const byte Unknown = 0;
    private const byte Matched = 1;
    private const byte NotMatched = 2;

    private static readonly Lazy<Task<CrisisRuleFilter>> Building = new(() => Task.Run(() => new CrisisRuleFilter(CrisisRules.All)));

    private readonly Regex[] _groups;
    private readonly bool[] _groupIsClause;
    private readonly int[] _groupOfRule;

    private CrisisRuleFilter(CrisisRule[] rules)
    {
        var groups = new List<Regex>();
        var isClause = new List<bool>();
        _groupOfRule = new int[rules.Length];
        foreach (var scope in new[] { RuleScope.Clause, RuleScope.Message })
        {
            var members = new List<int>();
            Regex? built = null;
            for (var i = 0; i < rules.Length; i++)
            {
                if (rules[i].Scope != scope)
                {
                    continue;
                }

                var joined = built is not null && SameOptions(rules[members[0]], rules[i]) ? Join(rules, [.. members, i]) : null;
                if (joined is null)
                {
                    // The first rule of the scope, or too large with this rule, or built with other options: close the
                    // group so far and start the next with this rule.
                    if (built is not null)
                    {
                        groups.Add(built);
                        isClause.Add(scope == RuleScope.Clause);
                    }

                    members = [];
                    joined = Join(rules, [i]) ?? throw new InvalidOperationException($"Crisis rule {rules[i].Id}'s first pattern cannot be built as a filter group.");
                }

                members.Add(i);
                built = joined;
                _groupOfRule[i] = groups.Count;
            }

            if (built is not null)
            {
                groups.Add(built);
                isClause.Add(scope == RuleScope.Clause);
            }
        }

        _groups = [.. groups];
        _groupIsClause = [.. isClause];
    }

    /// <summary>How many alternations the rules' patterns were joined into.</summary>
    internal int GroupCount => _groups.Length;

    /// <summary>The shared filter once built (in the background from the first call), else null: the detector then runs
    /// every rule, with the same answers.</summary>
    internal static CrisisRuleFilter? TryGet()
    {
        var building = Building.Value;
        return building.IsCompletedSuccessfully ? building.Result : null;
    }

    /// <summary>Builds the shared filter now (start-up awaits it, so the first person is checked at full speed).</summary>
    internal static Task<CrisisRuleFilter> EnsureBuiltAsync() => Building.Value;

    /// <summary>The indexes in <see cref="CrisisRules.All"/> of the rules that could fire on <paramref name="message"/>, in
    /// table order. Each group is tried the first time one of its rules comes up, and remembered for the message.</summary>
    internal IEnumerable<int> RulesThatMayFire(NormalizedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var matches = new byte[_groups.Length];
        for (var i = 0; i < _groupOfRule.Length; i++)
        {
            var group = _groupOfRule[i];
            if (matches[group] == Unknown)
            {
                matches[group] = GroupMatches(group, message) ? Matched : NotMatched;
            }

            if (matches[group] == Matched)
            {
                yield return i;
            }
        }
    }

    private bool GroupMatches(int group, NormalizedMessage message)
    {
        try
        {
            if (!_groupIsClause[group])
            {
                return _groups[group].IsMatch(message.Whole);
            }

            foreach (var clause in message.Clauses)
            {
                if (_groups[group].IsMatch(clause))
                {
                    return true;
                }
            }

            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            // Unknown: its rules run, and meet their own time-outs if it comes to that.
            return true;
        }
    }

    private static bool SameOptions(CrisisRule a, CrisisRule b) =>
        a.AllOf[0].Options == b.AllOf[0].Options && a.AllOf[0].MatchTimeout == b.AllOf[0].MatchTimeout;

    // The first patterns of the member rules as one alternation, or null when the engine would not build it that large.
    private static Regex? Join(CrisisRule[] rules, int[] members)
    {
        var first = rules[members[0]].AllOf[0];
        try
        {
            return new Regex(string.Join('|', members.Select(i => "(?:" + rules[i].AllOf[0] + ")")), first.Options, first.MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
