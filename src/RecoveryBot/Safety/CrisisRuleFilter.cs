using System.Text.RegularExpressions;

namespace RecoveryBot.Safety;

/// <summary>
/// A first pass over the rule table that tells which rules could fire on a message, so most messages run a few dozen
/// regexes instead of every rule's. A rule fires only where its first pattern matches (a clause, or the whole message
/// for a message rule), and an alternation of patterns matches exactly where one of them does, so the rules' first
/// patterns are joined into groups (each as large as the non-backtracking engine builds) and a rule is run only when
/// its group matched. What the detector answers is the same with the filter as without it.
/// </summary>
internal sealed class CrisisRuleFilter
{
    private static readonly Lazy<Task<CrisisRuleFilter>> Building = new(() => Task.Run(() => new CrisisRuleFilter(CrisisRules.All)));

    private readonly Regex[] _groups;
    private readonly bool[] _groupIsClause;
    private readonly int[] _groupOfRule;

    /// <summary>Builds the filter for <paramref name="rules"/> (the rule table, in its order).</summary>
    internal CrisisRuleFilter(IReadOnlyList<CrisisRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var groups = new List<Regex>();
        var isClause = new List<bool>();
        _groupOfRule = new int[rules.Count];
        foreach (var scope in new[] { RuleScope.Clause, RuleScope.Message })
        {
            var members = new List<int>();
            Regex? built = null;
            for (var i = 0; i < rules.Count; i++)
            {
                if (rules[i].Scope != scope)
                {
                    continue;
                }

                members.Add(i);
                var joined = SameOptions(rules[members[0]], rules[i]) ? Join(rules, members) : null;
                if (joined is null)
                {
                    // Too large with this rule (or built otherwise): close the group before it and start the next with it.
                    groups.Add(built!);
                    isClause.Add(scope == RuleScope.Clause);
                    members = [i];
                    joined = Join(rules, members) ?? throw new InvalidOperationException($"Crisis rule {rules[i].Id} alone is too large for the filter.");
                }

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

    /// <summary>Which groups match somewhere in <paramref name="message"/>, by group.</summary>
    internal bool[] Match(NormalizedMessage message)
    {
        var matched = new bool[_groups.Length];
        for (var g = 0; g < _groups.Length; g++)
        {
            try
            {
                matched[g] = _groupIsClause[g] ? AnyClauseMatches(_groups[g], message) : _groups[g].IsMatch(message.Whole);
            }
            catch (RegexMatchTimeoutException)
            {
                // Unknown: its rules run, and meet their own time-outs if it comes to that.
                matched[g] = true;
            }
        }

        return matched;
    }

    /// <summary>Whether the rule at <paramref name="ruleIndex"/> of the table could fire, given <see cref="Match"/>'s answer.</summary>
    internal bool MayFire(int ruleIndex, bool[] matched) => matched[_groupOfRule[ruleIndex]];

    private static bool AnyClauseMatches(Regex group, NormalizedMessage message)
    {
        foreach (var clause in message.Clauses)
        {
            if (group.IsMatch(clause))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameOptions(CrisisRule a, CrisisRule b) =>
        a.AllOf[0].Options == b.AllOf[0].Options && a.AllOf[0].MatchTimeout == b.AllOf[0].MatchTimeout;

    // The first patterns of the member rules as one alternation, or null when the engine would not build it that large.
    private static Regex? Join(IReadOnlyList<CrisisRule> rules, List<int> members)
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
