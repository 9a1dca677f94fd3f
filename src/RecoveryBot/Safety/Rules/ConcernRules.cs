using static RecoveryBot.Safety.Rules.CrisisVocabulary;

namespace RecoveryBot.Safety.Rules;

/// <summary>
/// Concern only: worth a kind word, not a crisis response (a topic, a past self-harm, a burden, hyperbole). Part of
/// <see cref="CrisisRules.All"/>; each rule carries the messages it must and must not fire on.
/// </summary>
internal static class ConcernRules
{
    /// <summary>The rules of this family, in reporting order.</summary>
    internal static readonly CrisisRule[] Rules =
    [
        new()
        {
            Id = "CN01", Category = CrisisCategory.SuicidalThoughts, Level = CrisisLevel.Concern,
            Description = "Suicide mentioned as a topic (a loss, a talk at group).",
            AllOf = [R(@"\bsuicid\w*")],
            Fires = ["not suicidal just exhausted", "I'm not suicidal, just really sad"],
        },
        new()
        {
            Id = "CN02", Category = CrisisCategory.SuicidalThoughts, Level = CrisisLevel.Concern,
            Description = "Someone told the user to kill themselves.",
            AllOf = [R(@"\b(told|tell|tells|telling|said|says) (me|him|her) (to )?(kys|kill myself|kill yourself|die)\b")],
            Fires = ["people at school told me to kys", "The voices keep telling me to die and I think I'll listen this time"],
        },
        new()
        {
            Id = "CN03", Category = CrisisCategory.SelfHarm, Level = CrisisLevel.Concern,
            Description = "Self-harm mentioned as something stopped ('haven't cut in two years').",
            AllOf =
            [
                Any(
                    @"\bsince i (last )?(self harmed|cut|hurt myself|harmed myself)\b",
                    @"\b(havent|have not|never) (cut|self harmed|harmed myself|hurt myself)\b",
                    @"\b(clean|free) (from|of) (self harm|cutting|sh)\b"),
            ],
            Fires = ["I haven't cut in 2 years and I'm proud", "I'd never hurt myself, but I understand why people do"],
        },
        new()
        {
            Id = "CN04", Category = CrisisCategory.SuicidalThoughts, Level = CrisisLevel.Concern,
            Description = "Feeling like a burden.",
            AllOf = [R(@"\b(feel|feeling|felt) like (a|such a) burden\b")],
            Fires = ["I feel like a burden on my wife sometimes", "I feel like a burden on my family, they would not have to struggle if I am not there"],
        },
        new()
        {
            Id = "CN05", Category = CrisisCategory.SuicidalThoughts, Level = CrisisLevel.Concern,
            Description = "Dark hyperbole or a reassurance that names the subject: 'makes me want to die', 'I'm safe', 'not in crisis', 'not going to do " +
                "anything stupid'.",
            AllOf =
            [
                Any(
                    @"\b(make|makes|made|making) me want to die\b",
                    @"\bi am safe\b",
                    @"\bnot in (crisis|danger)\b",
                    @"\b(not going to|wont|would never|will never|never) do anything( stupid)?\b",
                    @"\bnot (acting|going to act) on (them|it)\b",
                    @"\bthe thoughts (came|come|are) back\b",
                    @"\b(scars|urge|urges) (showed|came|come|brought)\b",
                    @"\bdrinking myself to death\b",
                    @"\bemotionally (wrecked|destroyed|done)\b",
                    @"\bso empty\b",
                    @"\bdreamt? i (used|died|relapsed)\b",
                    @"\bdream (that )?i (used|died|relapsed)\b",
                    @"\bneed someone to talk to\b",
                    @"\burge showed up\b",
                    @"\bhopeless\b",
                    @"\bno hope\b",
                    @"\bnot being here\b"),
            ],
            UnlessClause = Any(
                @"\ba hopeless (drunk|case|romantic|addict|junkie|mess|cook)\b",
                @"\bhopeless (at|with) \w+"),
            Fires = ["the cravings make me want to die lol", "i would never do anything, i just miss her"],
            DoesNotFire = ["He kept calling me a hopeless drunk in front of the kids"],
        },
    ];
}
