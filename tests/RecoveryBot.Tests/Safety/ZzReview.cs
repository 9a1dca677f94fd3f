using RecoveryBot.Safety;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.Safety;

public sealed class ZzReview(ITestOutputHelper output)
{
    private static readonly string[] Texts =
    [
        // SU24
        "Dear Mum, I'm sorry for the night you found me on the bridge ready to jump.",
        "I threatened to jump off the balcony every time she talked about leaving",
        "going to jump in the shower now then get the train",
        "the group is doing a charity dip in the sea tomorrow, I'm going to jump in",
        "the car park was full so I had to drive off and come back later",
        "From now on I'm throwing myself into running by the river",
        "I felt like I was going over the edge today",
        "Nervous about walking into the building tonight for my first NA group",
        "I'm not going to jump off the bridge tonight, I promise, I just needed to say it",
        "i am on the bridge, going to jump",
        // SU25
        "Found my old suicide note today while clearing out. So glad I'm still here.",
        "I decided today that suicide is not an option for me anymore",
        "Got discharged from suicide watch today, feeling hopeful",
        "I have decided on suicide tonight. Tell my mum I love her.",
        "suicide tonight. no point to talk anymore",
        // OD21
        "I have been on methadone for months now and I feel stable",
        "I've been taking my meds for weeks now and they are helping",
        "90 days down, still taking my methadone",
        "3 meetings so far this week and I'm taking my meds",
        "Packed my whole bag tonight, ready for rehab tomorrow",
        "I'm giving the whole program a shot now",
        "my whole routine is sorted now, meds with breakfast",
        "I don't think he hid my pills on purpose",
        "I'm not taking the whole bottle tonight, I flushed nothing but I'm okay",
        // VH13
        "What my sponsor said at the meeting really hit me",
        "The loneliness hit me again tonight",
        "the withdrawal is really hitting me now",
        "What struck me at the meeting tonight was how kind everyone was",
        "My therapist really pushed me today, I'm still processing it",
        "The argument pushed me over the edge and I drank again",
        "The baby kicked me again tonight",
        "My sister is beating me at Wordle again",
        "My phone locked me out again",
        "these kids will finish me off tonight",
        "a man shoved me on the bus today and I didn't react, still proud of that",
        // HO12
        "I've written my amends letters, going to run them over with my sponsor tomorrow",
        "Sarah asked me to run her over to the meeting tonight",
        "I'll shoot her a text tonight to say sorry",
        "I'll shoot them an email tomorrow about the amends",
        // MD22
        "My brother isn't coming round for Christmas",
        "my sister is not coming round tonight, she is still angry",
        "my blood pressure won't stop climbing",
        "My clothes are fitting now that I'm eating properly",
        "I'm now fitting in at the new group",
        "feeling so blue i cant wake up in the mornings",
        "she collapsed and isn't moving",
        "my mate collapsed, not moving",
        "he fainted and is not moving",
    ];

    [Fact]
    public void Print()
    {
        var rules = new CrisisDetector();
        var combined = CombinedDetector.Instance;
        foreach (var t in Texts)
        {
            var a = rules.Assess(t);
            var c = combined.Assess(t);
            output.WriteLine($"rules={a.Level}/{a.RuleId} combined={c.Level}/{c.RuleId} :: {t}");
        }
    }

    private static readonly string[] More =
    [
        "left the dog with mum. walking into the sea tonight. sorry",
        "on the roof of the office, jumping now, sorry",
        "suicide tonight. tell mum sorry",
        "suicide is the plan. tonight. they will be better off",
        "if i see him tonight i will stab him",
        "I'm scared I'll stab him tonight, the knife is in my bag",
        "I'm not going to take the whole stash tonight",
        "he is in the hallway with a knife and says he will use it on me",
        "The grief hit me like a wave again tonight",
        "the anxiety hit me again this evening",
        "Today I took a leap of faith and rang my sister, the river walk helped",
        "my dad hit me when he was drunk and I still flinch",
    ];

    [Fact]
    public void PerRule()
    {
        var em = typeof(CrisisDetector).GetMethod("EvaluateMessage", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var ec = typeof(CrisisDetector).GetMethod("EvaluateClauses", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var combined = CombinedDetector.Instance;
        foreach (var t in Texts.Concat(More))
        {
            var m = CrisisTextNormalizer.Normalize(t);
            var hits = new List<string>();
            foreach (var r in CrisisRules.All)
            {
                var lvl = (CrisisLevel)(r.Scope == RuleScope.Clause ? ec : em).Invoke(null, [r, m])!;
                if (lvl != CrisisLevel.None) hits.Add($"{r.Id}:{lvl}");
            }
            var c = combined.Assess(t);
            output.WriteLine($"[{string.Join(",", hits)}] combined={c.Level}/{c.RuleId} :: {t}  ||  {m.Whole}");
        }
    }

    [Fact]
    public void EverydayDataLines()
    {
        var rules = new CrisisDetector();
        string[] ids = ["SU24", "SU25", "OD21", "VH13", "HO12", "MD22"];
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Safety", "Data"), "*.tsv"))
        {
            foreach (var line in File.ReadAllLines(f))
            {
                if (line.StartsWith('#') || line.Length == 0) continue;
                var cols = line.Split('\t');
                if (cols[0] == "crisis") continue;
                var a = rules.Assess(cols[^1]);
                if (ids.Contains(a.RuleId)) output.WriteLine($"{Path.GetFileName(f)} {cols[0]} {a.Level}/{a.RuleId} :: {cols[^1]}");
            }
        }
    }
}
