using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The rule filter (<see cref="CrisisRuleFilter"/>) only saves work: with it the rules give every message the same
/// answer as without it, and it does spare an ordinary message the rules.
/// </summary>
public sealed class CrisisRuleFilterTests
{
    [Fact]
    public async Task Every_message_of_the_data_and_test_sets_gets_the_same_answer_with_the_filter()
    {
        var filter = await CrisisRuleFilter.EnsureBuiltAsync();
        var testSets = Path.Combine(AppContext.BaseDirectory, "Safety");
        var texts = Directory.GetFiles(CrisisCorpus.Directory, "*.tsv")
            .Concat(Directory.GetFiles(testSets, "*.tsv", SearchOption.AllDirectories))
            .SelectMany(File.ReadLines)
            .Where(line => !line.StartsWith('#') && line.Contains('\t'))
            .Select(line => line[(line.LastIndexOf('\t') + 1)..])
            .Concat(CrisisRules.All.SelectMany(rule => rule.Fires.Concat(rule.DoesNotFire)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(texts.Count > 15_000, $"only {texts.Count} messages found");

        var differences = new List<string>();
        int spared = 0, fired = 0;
        foreach (var text in texts)
        {
            var message = CrisisTextNormalizer.Normalize(text);
            // Both readings the detector makes: as written, and (for a message taken for another language) as English.
            foreach (var reading in new[] { message, CrisisTextNormalizer.NormalizeAsEnglish(text) })
            {
                var without = CrisisDetector.AssessByRules(reading, null);
                var with = CrisisDetector.AssessByRules(reading, filter);
                if (without != with)
                {
                    differences.Add($"message {texts.IndexOf(text)}: {without.RuleId} {without.Level} without, {with.RuleId} {with.Level} with");
                }
            }

            var all = CrisisDetector.AssessByRules(message, null);
            spared += RunsNoRule(filter, message) ? 1 : 0;
            fired += all.Level == CrisisLevel.None ? 0 : 1;
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Take(20)));
        // Not a filter that lets everything through: most messages with no rule hit run none of the rules.
        Assert.True(spared > (texts.Count - fired) / 2, $"{spared} of {texts.Count - fired} messages no rule fires on were spared every rule");
    }

    // Hostile and odd input: the filter's groups see the same normalised clauses as the rules, at any length.
    [Theory]
    [InlineData("\u200b\u200b\u200b")]
    [InlineData("{D800} lone surrogate {DFFF} and i want to die tonight")]
    [InlineData("\u202eecnatsbus\u202c ,,,, .... !!!! ????")]
    [InlineData("ＩＭ ＧＯＩＮＧ ＴＯ ＫＩＬＬ ＭＹＳＥＬＦ")]
    public async Task Odd_input_gets_the_same_answer_with_the_filter(string text)
    {
        var filter = await CrisisRuleFilter.EnsureBuiltAsync();
        var message = CrisisTextNormalizer.Normalize(LoneSurrogates.In(text)!);
        Assert.Equal(CrisisDetector.AssessByRules(message, null), CrisisDetector.AssessByRules(message, filter));
    }

    [Fact]
    public async Task A_huge_message_gets_the_same_answer_with_the_filter()
    {
        var filter = await CrisisRuleFilter.EnsureBuiltAsync();
        var words = string.Join(' ', Enumerable.Repeat("the meeting went fine and my sponsor called", 1_200));
        foreach (var text in new[] { words, words + " i just took all my pills", new string('a', 60_000) })
        {
            var message = CrisisTextNormalizer.Normalize(text);
            Assert.Equal(CrisisDetector.AssessByRules(message, null), CrisisDetector.AssessByRules(message, filter));
        }
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("next Saturday")]
    [InlineData("call my sponsor")]
    public async Task An_ordinary_answer_runs_no_rule(string text)
    {
        var filter = await CrisisRuleFilter.EnsureBuiltAsync();
        Assert.True(RunsNoRule(filter, CrisisTextNormalizer.Normalize(text)));
    }

    [Fact]
    public async Task Each_rule_is_run_on_the_messages_it_must_fire_on()
    {
        var filter = await CrisisRuleFilter.EnsureBuiltAsync();
        var rules = CrisisRules.All;
        for (var i = 0; i < rules.Length; i++)
        {
            foreach (var example in rules[i].Fires)
            {
                Assert.True(filter.RulesThatMayFire(CrisisTextNormalizer.Normalize(example)).Contains(i), $"rule {rules[i].Id} was filtered out of its own example");
            }
        }
    }

    [Fact]
    public async Task The_rules_are_joined_into_far_fewer_groups()
    {
        var filter = await CrisisRuleFilter.EnsureBuiltAsync();
        Assert.InRange(filter.GroupCount, 2, CrisisRules.All.Length / 3);
    }

    private static bool RunsNoRule(CrisisRuleFilter filter, NormalizedMessage message) => !filter.RulesThatMayFire(message).Any();
}
