using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The examples kept beside each rule (Safety/Rules/): every rule fires on each of its <see cref="CrisisRule.Fires"/>
/// messages at its level, and answers each of its <see cref="CrisisRule.DoesNotFire"/> look-alikes below that level.
/// Each rule is judged alone, exactly as the detector judges it inside the table.
/// </summary>
public class CrisisRuleExamplesTests
{
    public static TheoryData<string> RuleIds => [.. CrisisRules.All.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_fires_on_its_examples(string id)
    {
        var rule = CrisisRules.All.Single(r => r.Id == id);
        Assert.NotEmpty(rule.Fires);
        foreach (var text in rule.Fires)
        {
            Assert.True(CrisisDetector.Evaluate(rule, text) == rule.Level, $"{id} should give {rule.Level} on: {text}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_does_not_fire_on_its_look_alikes(string id)
    {
        var rule = CrisisRules.All.Single(r => r.Id == id);
        bool hasException = rule.UnlessClause is not null || rule.UnlessMessage is not null || rule.Negatable || rule.Past != PastHandling.Ignore;
        if (hasException)
        {
            Assert.NotEmpty(rule.DoesNotFire);
        }

        foreach (var text in rule.DoesNotFire)
        {
            var level = CrisisDetector.Evaluate(rule, text);
            Assert.True(level < rule.Level && level != CrisisLevel.Crisis, $"{id} should not give {rule.Level} on: {text} (gave {level})");
        }
    }

    [Fact]
    public void Rule_ids_are_unique()
    {
        var duplicates = CrisisRules.All.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }
}
