using static RecoveryBot.Safety.Rules.CrisisVocabulary;

namespace RecoveryBot.Safety.Rules;

/// <summary>
/// Suicidal thoughts said directly: wanting to die, a plan, a method, a means at hand, passive ideation. Part of <see
/// cref="CrisisRules.All"/>; each rule carries the messages it must and must not fire on.
/// </summary>
internal static class SuicidalThoughtRules
{
    // A word that only softens what follows ("kind of scared", "really afraid"); never "not".
    private const string Softly = @"( (kind of|kinda|really|so|a bit|a little|honestly|just|actually|genuinely|pretty|very|too|quite))?";

    // SU52: the writer's plan to drive ("i am going to", "i will", or a clause that starts with the verb), and where to.
    private const string DrivingPlan = @"(\bi am going to |\bi am about to |\bi will |\bi am |^|\. )(going to )?";
    private const string CrashSite =
        @"(the |a |an )?(\w+ ){0,2}(canal|river|sea|lake|loch|harbour|harbor|reservoir|quarry|wall|tree|pylon|bridge|cliff|cliffs|edge|oncoming|lorry|" +
            @"semi|barrier|gorge|dam)\b";

    // SU09: where a driver means to crash, right after its article ("into the river", not "into the tree surgery course").
    private const string DrivenInto =
        @"(a |the |an )?(oncoming |next )?(river|canal|lake|loch|reservoir|quarry|sea|harbour|harbor|pier|tree|wall|pylon|bridge|cliff|traffic|lorry|" +
            @"semi|truck|car|barrier)( \.|$| (tonight|now|on the way|at|on|head on|and|so|when|if))";

    // SU46: a clause that starts with the writer's own plan ("going to", "i am", "i will", "about to").
    private const string OwnPlan = @"(^|\. )(i am |i will )?(going to |about to )?(just )?";

    // A time or intent beside a means at hand (SU31, SU33).
    private const string Intent = @"\b(now|right now|tonight|ready|finally|understand|goodbye|going to|about to|use them|use it)\b";


    // A step towards recovery: "I cannot live like this, I am going to a meeting" is not ideation (SU05, SU08).
    private const string RecoveryActionPattern =
        @"\b(meeting|meetings|sober|sobriety|quit|quitting|stop|stopping|rehab|treatment|sponsor|change|recovery|detox|clean|counselor|counsellor|therapy|" +
            @"therapist|doctor)\b";

    // Someone other than the writer: a pronoun or a person close by (SU53, SomeoneElsesGunAtMe).
    private const string SomeoneElse =
        @"(he|she|they|someone|somebody|(my|our|his|her|the|a) (\w+ )?(" + Person + @"|mate|pal|bestie|bff|bro|sis|colleague|classmate))";

    // Whoever "himself" or "herself" names: any noun will do, and Person in every pattern would grow SU53 past the linear-time
    // engine's size limit.
    private const string ReflexiveSubject = @"(he|she|they|someone|somebody|(my|our|his|her|the|a) (\w+ )?\w+)";

    // Someone else's gun at the writer's head or in their mouth: violence (VH23), not the writer's own method (SU09, SU26).
    // Its subject is a person, never "my hand" or "a voice" ("my hand is holding the gun to my head" is the writer's own).
    private const string SomeoneElsesGunAtMe =
        @"\b(" + SomeoneElse + @"|(the|a|an|this|that) (guy|man|bloke|woman|stranger|client|pimp|gunman|robber))( is| has)?( just)? (put|puts|putting|" +
            @"held|holds|holding|pressed|pressing|pointed|pointing|has|had|got|is got) (a|the|his|her|their) (gun|shotgun|rifle|pistol) (to|in|at|against|" +
            @"under) my (head|mouth|temple|chin|face|throat|neck|chest)\b";

    /// <summary>The rules of this family, in reporting order.</summary>
    internal static readonly CrisisRule[] Rules =
    [
        new()
        {
            Id = "SU01", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Killing oneself or ending/taking one's life.",
            AllOf = [R(@"\b(kill|killing|kills|end|ending|take|taking) (myself|my own life|my life)\b")],
            UnlessClause = Any(
                @"\b(kill|killing) myself (with|by) (the )?(drinking|alcohol|booze|drugs|using|work)\b",
                @"\btake my life (back|one day)\b"),
            Fires = ["kil myself", "i wanna kms"],
            DoesNotFire = ["i want to take my life back", "Not going to kms, just venting", "I tried to kill myself in 2016 and I'm glad I'm still here"],
        },
        new()
        {
            Id = "SU02", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Wanting, planning or being ready to die; wishing to be dead.",
            AllOf =
            [
                Any(
                    @"\b(want|wanted|wanting|going|ready|need|wish|hope|deserve|plan|planning|about) to die\b",
                    @"\bwish i (was|were|could be) dead\b",
                    @"\bwant to be dead\b",
                    @"\b(hope|wish) i (die|would die|just die)\b",
                    @"\b(better off|rather be) dead\b",
                    @"\bwant death\b",
                    @"\bdeserve to (bleed|suffer|be punished)\b"),
            ],
            UnlessClause = Any(
                @"\bdie (of|from) (boredom|embarrassment|laughter|laughing|shame|cringe|cuteness|the heat|heat|hunger|old age)\b",
                @"\b(make|makes|made|making) me want to die\b",
                @"\b(is|was|looks|smells|tastes|are|were) to die for\b",
                // A battery about to die (a user trial, 2026-12-08: "phones about to die and im dead tired, later").
                @"\b(phone|phones|battery|batterys|laptop|laptops|tablet|ipad|charge|car|cars) (is |s )?(about|going|gonna) to die\b"),
            Fires = ["wanna die", "i want 2 die", "im about to die, nobody will miss me"],
            DoesNotFire =
            [
                "cool thanks. phone's about to die and im dead tired, later",
                "gonna die of boredom at this dmv",
                "I don't want to die, I want the drinking to die",
                "I used to want to die every morning when I was drinking, things are different now",
            ],
        },
        new()
        {
            Id = "SU03", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern, Disclaimable = true,
            Description = "Suicidal, or thinking about suicide, dying or ending it.",
            AllOf =
            [
                Any(
                    @"\bsuicidal\b",
                    @"\bsuicide (note|notes|plan|plans|letter|attempt)\b",
                    @"\b(commit|attempt|attempting|committing) suicide\b",
                    @"\b(thinking|thought|think|thinks|considering|contemplating|planning) (about |of |on )?(suicide|killing myself|ending it|ending my life|" +
                        @"dying|death|taking my life|taking my own life|hanging myself)\b"),
            ],
            UnlessClause = R(@"\b(asked|asks|ask|asking) (me )?(if|whether) i (am|was|feel|felt) (suicidal|thinking)\b"),
            Fires = ["suicidal rn", "feeling sucidal"],
            DoesNotFire =
            [
                "my therapist asked if im suicidal and honestly no, just burnt out",
                "not suicidal just exhausted",
                "a guy at group talked about his suicide attempt years ago, it really hit me",
            ],
        },
        new()
        {
            Id = "SU04", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Ending it (all) - not 'end it with my dealer' or 'end it here for today'.",
            AllOf = [R(@"\b(end|ending) (it|it all|everything|things)\b")],
            // "end it for good with him": a relationship or a habit, not a life.
            UnlessClause = Any(
                @"\b(end|ending) (it|things|everything) (with|here|there|early|off|for today|for now|for the day)\b",
                @"\b(end|ending) (it|things) (for good|once and for all|properly|for real) with\b"),
            Fires = ["gonna end it", "end it all tonight"],
            DoesNotFire =
            [
                "let's end it here",
                "i'm not going to end it, i promise, i just needed to say how bad it got",
                "A year ago tonight I tried to end it. I'm still here and still struggling some days.",
            ],
        },
        new()
        {
            Id = "SU05", Category = CrisisCategory.SuicidalThoughts, Disclaimable = true,
            Description = "Not wanting to live, be alive, be here or wake up.",
            AllOf =
            [
                Any(
                    @"\b(dont|never|no longer) (want|wish|feel like) to (live|be alive|be here|exist|wake up|go on|keep living|keep going|be around)\b",
                    @"\bdont want (to be )?(alive|here) anymore\b"),
            ],
            UnlessMessage = R(@"\b(live|living|be|going on) like this\b.*" + RecoveryActionPattern),
            // An early alarm: "dont want to wake up at 5 tomorrow for my shift".
            // The clause must end there: "for work tomorrow or ever again" is not an alarm.
            UnlessClause = R(
                @"\bwake up (at \d+ |early |so early )?(tomorrow |in the morning )?for (work|my shift|the shift|school|class|uni|college)( tomorrow| in the " +
                    @"morning)?( lol| haha| lmao)?$"),
            Fires = ["i dont wanna live", "i don't want to exist", "i dont want to wake up tomorrow", "I don't want to wake up for work tomorrow or ever again"],
            DoesNotFire =
            [
                "i dont want to live like this anymore, so I'm going to meetings",
                "really don't want to wake up at 5 tomorrow for my shift lol",
            ],
        },
        new()
        {
            Id = "SU06", Category = CrisisCategory.SuicidalThoughts, Disclaimable = true,
            Description = "Not caring whether one lives; not afraid of death; hoping not to wake up.",
            AllOf =
            [
                Any(
                    @"\b(dont|doesnt|nobody|no one) (care|cares) (if|whether) i (live|die|wake up|make it|am alive|survive)\b",
                    @"\bnot (afraid|scared) (to die|of dying|of death)\b",
                    @"\bscared of waking up\b",
                    @"\b(want to|wish i could|going to) (just )?(sleep|go to sleep) forever\b",
                    @"\b(hope|wish) i (dont|never|wont|wouldnt) wake up\b",
                    @"\bwish i could (just )?(not wake up|sleep forever|never wake up)\b",
                    @"\bnever (want to )?wake up again\b",
                    @"^(never|not) wake up( again)?$"),
            ],
            Fires = ["I don't care if I die", "i want to sleep forever"],
        },
        new()
        {
            Id = "SU07", Category = CrisisCategory.SuicidalThoughts,
            Description = "Unsure about wanting to live, or about staying safe.",
            AllOf =
            [
                Any(
                    @"\b(not sure|dont know|unsure|no idea) (if |whether |that )?i (want to|can|will|should) (live|be alive|keep living|keep going|go on|" +
                        @"survive|stay alive|be here)\b",
                    @"\b(not sure|dont know if|cant promise|cant say) (that )?i (wont|can stop myself|can keep myself safe|can stay safe)\b",
                    @"\b(cant|not able to|unable to|not sure i can|dont think i can|dont know if i can) (keep|stop) myself (safe|from)\b",
                    @"\bi am not safe\b",
                    @"\bnot safe (right now|tonight|here|anymore)\b"),
            ],
            Fires = ["I'm not safe right now", "I'm not sure I want to live"],
        },
        new()
        {
            Id = "SU08", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Concern, Disclaimable = true,
            Description = "No reason to live; life not worth living; cannot go on; wanting it all to stop forever.",
            AllOf =
            [
                Any(
                    @"\b(no|nothing|zero) (reason|reasons) to (live|go on|keep going|stay alive|be alive)\b",
                    @"\bnothing (left )?to live for\b",
                    @"\bno point (in |of )?(living|life|being alive|going on|being here|carrying on)\b",
                    @"\bwhat is the point (of|in) (living|life|being alive|going on)\b",
                    @"\bdont see (the |a |any )?(point|reason) (in|of|to) (living|life|being alive|going on)\b",
                    @"\b(life|living) (isnt|is not|aint|is no longer) worth (living|it)\b",
                    @"\bnot worth living\b",
                    @"\b(what is the|no) point anymore\b",
                    @"^i (just )?cant do (this|it) anymore$",
                    @"^i (just )?want out$",
                    @"\bgive up on (life|living|everything)\b",
                    @"\bcant (go on|carry on|keep going|keep living)\b",
                    @"\bwant (it|it all|everything) to (stop|end) (forever|for good|permanently)\b",
                    @"\bwant it all to (stop|end)\b",
                    @"\bdone (with life|living|with living|with being alive|being alive|with this life)\b"),
            ],
            // "I can't go on with this exercise right now": about the exercise, not about living.
            UnlessClause = R(@"\bcant (go on|carry on|keep going) with (this|the|that) (exercise|question|one|bit|part|session)\b"),
            UnlessMessage = Any(
                @"\b(go on|carry on|keep going) (drinking|using)\b",
                @"\blike this\b.*" + RecoveryActionPattern),
            Fires = ["I can't go on", "im done living"],
            DoesNotFire = ["I can't keep going on like this with the drinking, I need help to stop", "back in 2015 i can't go on"],
        },
        new()
        {
            Id = "SU09", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "A named method: jumping, hanging, shooting oneself, a rope or gun, overdosing on purpose, using until dead.",
            AllOf =
            [
                Any(
                    @"\b(jump|jumping|throw myself) (off|from|in front of|into) (a |the |this |that )?(bridge|building|roof|rooftop|cliff|cliffs|balcony|" +
                        @"overpass|tower|lighthouse|parking garage|car park|dam|pier|platform|skyscraper|top floor|train|bus|car|truck|traffic|river|window|" +
                        @"ledge)\b",
                    @"\b(standing|sitting|i am) on (the|a|this) (edge|ledge|bridge|roof|rooftop|railing|tracks|cliff)\b",
                    // The writer "sat" or "stood" at the edge of a height (not "we sat on the edge of the pier", nor "stood on the bridge"
                    // to look at ducks).
                    @"(^|\bi am )(sat|stood)( right)? (at|on) (the|a|this|that) (very )?edge of (the|a|my|this|that) (\w+ )?(roof|bridge|footbridge|" +
                        @"cliff|cliffs|building|platform|multi storey|balcony|tower|viaduct|overpass|flyover)\b",
                    @"\b(going to|want to|about to|ready to) jump$",
                    @"\b(drive|crash|steer) (my car |the car |it )?(into|off) (a |the )?(tree|wall|bridge|cliff|truck|traffic|river|lake)\b",
                    // "thinking about just running it into the river" on the drive home: a vehicle (or "it"), with a wish or intent.
                    // (SU52 holds plans said as "i am going to drive into"; this form is negatable, as the rest of SU09.)
                    @"\b(thinking about|going to|want to|about to|ready to|tempted to) (just )?((run|running) (it|the car|my car|the truck|my truck|the van|" +
                        @"my van|the ute|my ute)|(drive|driving|crash|crashing|swerve|swerving)( it| the car| my car| the truck| my truck| the van| my van| " +
                        @"the ute| my ute)?) (into|off) " + DrivenInto,
                    @"\b(hang|hanging) myself\b",
                    @"\bnoose\b",
                    @"\b(bought|got|have|tied|found) (a|the|some) rope\b",
                    @"\b(shoot|shooting) myself\b",
                    @"\bgun (in my hand|to my head|in my mouth)\b",
                    @"\bloaded (the|my) gun\b",
                    @"\b(overdose|overdosing) on purpose\b",
                    @"\b(want|going|about|plan|planning|trying|ready) to overdose\b",
                    @"\b(take|swallow|taking|swallowing) (all|every|the whole|a whole|the rest of)( of)?( my| the| these| those)? " + Medicine + @"\b",
                    @"\b(drink|drinking|use|using|shoot up) (until|till|til) i (die|am dead|dont wake up)\b"),
            ],
            // Someone else's gun at the writer's head is violence (VH23), and "gun to my head i couldnt tell you" an idiom.
            UnlessClause = R(SomeoneElsesGunAtMe + "|" + GunToMyHeadIdiom),
            Fires =
            [
                "i'm going to jump", "im on the ledge rn", "i have the gun in my mouth", "ive got the gun to my head i cant do this anymore",
                "im driving home and thinking about just running it into the river", "sat on the edge of the platform waiting for the next one",
                "i'm sat on the edge of the bridge now thinking about it",
            ],
            DoesNotFire =
            [
                "I'm not going to overdose, I threw everything out",
                "Back in 2016 I tried to hang myself.",
                "gun to my head I couldn't tell you what day it is",
                "he put the gun in my mouth then walked off to get more gear",
                "even if you held a gun to my head i would not drink",
                "thinking about running the business into the ground",
            ],
        },
        new()
        {
            Id = "SU10", Category = CrisisCategory.SuicidalThoughts,
            Description = "'kys' said to oneself.",
            AllOf = [R(@"\bkys\b")],
            UnlessClause = Any(
                @"\b(told|tell|tells|telling|said|says|say) (me|him|her|them|us) (to )?kys\b",
                @"\byou (should )?kys\b"),
            Fires = ["i keep telling myself to kys", "honestly i should just kys"],
            DoesNotFire = ["people at school told me to kys"],
        },
        new()
        {
            Id = "SU11", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "Wanting to 'do it again' next to a mention of suicide, overdose or self-harm.",
            AllOf =
            [
                R(@"\b(feel like|want to|going to|thinking about|thinking of|ready to) (doing it|do it|try it|trying it|try) again\b"),
                Any(
                    @"\b(kill|killing|killed) myself\b",
                    @"\bsuicide\b",
                    @"\boverdose\b",
                    @"\boverdosed\b",
                    @"\bcut myself\b",
                    @"\bhurt myself\b",
                    @"\battempt\w*\b"),
            ],
            Fires = ["i cut myself last night and i want to do it again", "I tried to kill myself two years ago and I feel like doing it again"],
        },
        new()
        {
            Id = "SU12", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Death euphemisms and slang: dirt nap, six feet under, checking out for good, sleep and not wake up, unalive.",
            AllOf =
            [
                Any(
                    @"\bdirt nap\b",
                    @"\bsix feet under\b",
                    @"\bpushing (up )?daisies\b",
                    @"\b(big|long|eternal|forever) (sleep|nap)\b",
                    @"\bcheck(ing)? out (permanently|for good|forever|early|of (life|this world)|tonight|for real)\b",
                    @"\b(go to sleep|sleep|fall asleep|go to bed) and (not|never) wake up\b",
                    @"\bend (my story|the story|my chapter)\b",
                    @"\bcatch the (bus|train) (out|for good)\b",
                    @"\bnot (be )?(here|around) (to see|for) (christmas|my birthday|next (week|month|year))\b"),
            ],
            Fires = ["six feet under sounds real peaceful rn", "ready to check out for good. bought the helium today"],
            DoesNotFire = ["i am not checking out for good, just taking a break", "back in 2015 ready to check out for good. bought the helium today"],
        },
        new()
        {
            Id = "SU13", Category = CrisisCategory.SuicidalThoughts,
            Description = "A means at hand: a ligature round the neck, a weapon 'used on myself', pills lined up or taken one by one.",
            AllOf =
            [
                Any(
                    @"\b(belt|rope|cord|noose|scarf|sheet|wire|cable|leash|tie) (is |are )?(around|round|on|tight on|tight around) my (neck|throat)\b",
                    @"\b(around|round) my neck (right now|now)\b",
                    @"\b(use|using|turn|turning|point|pointing|try|trying) (it|that|this|them|the gun|a gun|the knife|a knife|the rope|the blade) on myself\b",
                    @"\b(pills|meds|tablets|everything|it all|them) (lined up|laid out|counted out|counted|sorted out|ready) (on|in|and|next to|beside)\b",
                    @"\b(take|swallow|down|use|eat) (every|each) (one|single one|last one)( of (them|these|those|it))?\b",
                    @"\bnot (planning on |going to |planning to )?(pacing|pace|spacing|space|spreading|spread|rationing|ration) (it|them|that|out|myself)\b"),
            ],
            Fires = ["the belt is around my neck right now", "i have something sharp in my hand and i'm about to use it on myself"],
        },
        new()
        {
            Id = "SU14", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "Going to see, join or be with someone who has died, soon.",
            AllOf =
            [
                Any(
                    @"\b(see|join|be with|meet|hug|hold|visit) (my |our )?(\w+ )?(him|her|them|" + Person + @"|baby|grandmother|grandfather|nan|" +
                        @"mama)( again)? (real |really |very |pretty )?(soon|tonight|shortly|in heaven|on the other side)\b",
                    @"\b(going to|about to) (join|be with) (him|her|them|my \w+)\b",
                    // "honour him by joining him. same way he went" (not "going the same way he went": a road, an illness).
                    @"\bby joining (him|her|them)( (tonight|soon|now|there))? \. same way (he|she|they) (went|did it)\b"),
                R(@"\b(passed|passed away|died|dead|gone|in heaven|rip|funeral|grave|lost (him|her|them)|overdosed|killed himself|killed herself|memorial)\b"),
            ],
            Fires =
            [
                "gonna go see my brother real soon (he passed last year)",
                "I'm going to see my grandma tonight. She passed in 2010.",
                "dad died last year. i'm going to honour him by joining him. same way he went, same flat, tonight",
            ],
            DoesNotFire =
            [
                "mum died in may, i will honour her by joining her choir",
                "grandma died last spring, the church choir needed an alto so i honoured her by joining them",
                "my grandad went bald at 30 and im going the same way he went",
                "dad died of a heart attack at 60 and im going the same way he went if i dont stop drinking",
            ],
        },
        new()
        {
            Id = "SU15", Category = CrisisCategory.SuicidalThoughts,
            Description = "Using until the body gives out; relapse meant as the end ('that's kind of the point').",
            AllOf =
            [
                Any(
                    @"\b(until|till|til|till my) (my )?(heart|body|liver|lungs) (gives out|give out|stops|quits|fails|explodes)\b",
                    @"\b(keep|keeps) (going|using|drinking)( \w+){0,2} (until|till|til) (i|my)( \w+){0,2} (die|dead|drop|gives out|stop breathing)\b",
                    @"\b(thats|that is|which is) (kind of |kinda |sort of |exactly |the whole |literally |actually )?the (point|idea|plan)\b"),
            ],
            UnlessClause = R(@"\b(the point|the idea|the plan) of (the|this|step|recovery|a|my)\b"),
            Fires = ["took enough gear to not wake up. thats the point", "relapsed and im gonna keep going til my heart gives out"],
            DoesNotFire = ["that is the point of step one"],
        },
        new()
        {
            Id = "SU16", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "Lost tolerance next to using 'what I used to' or it 'just being over'.",
            AllOf =
            [
                R(@"\btolerance\b"),
                R(@"\b(be over|what i used to|same amount|the same as before|full (dose|amount)|like i used to|all at once|the point|good)\b"),
            ],
            UnlessMessage = R(@"\b(careful|carefully|narcan|safe|safer|test strips|so i wont|so i dont|warning|warn)\b"),
            Fires = ["tolerance is gone after 90 days so if i use what i used to it'll just be over right. good"],
            DoesNotFire = ["my tolerance is gone so i will be careful not to use the same amount"],
        },
        new()
        {
            Id = "SU17", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Planning how to do it; listing ways to die; not being alive by a date; walking into the sea; at the edge of a height.",
            AllOf =
            [
                Any(
                    @"\b(planning|plan|planned|worked out|working out|figured out|figuring out|decided|deciding|thinking about) (how|when|where) (i would|" +
                        @"i will|i am going to|i could|to) do it\b",
                    @"\bways (i could|to|i might|i can) (die|do it|end it|go)\b",
                    @"\bleast (messy|painful|violent) (one|way)\b",
                    @"\b(not going to|wont|will not|dont plan to) be alive (by|at|for|after) (the end of )?(this|the|next|my|christmas|friday|monday|sunday|" +
                        @"saturday)\b",
                    @"\b(not going to|wont|will not) be (here|around) (by|after) the end of\b",
                    @"\b(walk|walking|wade|wading|swim|swimming|drive|driving) (into|out into|out to) (the )?(sea|ocean|river|lake|water|waves|traffic|" +
                        @"motorway)\b",
                    @"\b(standing|sitting|stood|am) (at|on) the edge of\b",
                    @"\bcant make myself step back\b",
                    @"\bpermanent (vacation|holiday|sleep|solution|exit|nap)\b",
                    @"\blog (off|out) (from |of )?(life|this life|for good|permanently|forever)\b",
                    @"\b(sleep|go to sleep) and never (have to )?wake up\b",
                    @"\bnever have to wake up\b"),
            ],
            Fires = ["i keep looking up ways to end it", "ready to log off from life for good"],
            DoesNotFire = ["i am not planning how to do it", "back in 2015 i keep looking up ways to end it"],
        },
        new()
        {
            Id = "SU30", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A means at hand now: in the garage with the engine running, the next attempt tonight, an overdose on purpose this time, this time " +
                "a gun or a rope.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                Any(
                    @"\b(i am|am|i am sat|i am sitting) (sat |sitting |parked )?in the (garage|car in the garage) with the (engine|motor|car) (running|on)\b",
                    @"(^|\. )sitting in the garage with the (engine|motor|car) (running|on)\b",
                    @"\b(car|engine) (is )?running in the (closed |shut |locked )?garage\b",
                    @"\b(i am|going to|i will) (shutting|shut|closing|close) the garage door\b.*\b(leaving|leave) the (car|engine|motor) (running|on)\b",
                    @"\b(second|third|fourth|next|final|last) attempt( is| will be| happening)?( \w+)? (tonight|today|tomorrow|now)\b",
                    @"\b(going to|about to) (overdose|take (them|it) all) on purpose\b",
                    @"\bdo it on purpose this time\b",
                    @"\bthis time i (bought|got|have|have got) (a|the) (gun|rope|shotgun|pistol)\b"),
            ],
            // Tests and exams, a car being warmed or fixed, hunting; a car left running on the drive or for a second (an independent
            // review's look-alikes of the shut garage door).
            UnlessMessage = R(
                @"\b(test|exam|exams|theory|driving|pass|jab|vaccine|course|interview|audition|marathon|hunting|range|clay|clays|deer|pheasant|mechanic|" +
                    @"fixing|repair|warming up|warm up|warm it up|defrost|defrosting)\b|\b(on|in) the (drive|driveway|street|road)\b|\bout front\b|" +
                    @"\bfor a (sec|second|minute)\b"),
            Fires = ["My next attempt will be tonight", "Second attempt tonight, nobody will stop me"],
            DoesNotFire = ["Failed my driving test again, the third attempt is tomorrow"],
        },
        new()
        {
            Id = "SU31", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A gun in my lap or mouth, with now, tonight or an intent.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                Any(
                    @"\b(gun|guns|pistol|rifle|shotgun|revolver|handgun|12 gauge|twelve gauge|12 bore|twelve bore) (is )?(in|on|across) my " +
                        @"(lap|mouth|knees|knee)\b",
                    @"\bholding (the |a |my |\w+s )?(gun|pistol|shotgun|rifle|revolver) (now|right now|to my head|tonight)\b"),
                // A time, an intent, or the writer's own drinking beside it: "drank a fifth and ive got the shotgun across my lap".
                Any(Intent,
                    @"\b(i am (drunk|wasted|hammered|smashed)|(drank|drunk) a fifth|half a bottle|been drinking (all|since)|drinking (again|alone))\b",
                    @"(^|\. )(i am )?(drinking|drunk)( \.|$)"),
            ],
            UnlessMessage = R(NotARealWeapon),
            Fires = ["I'm holding dad's gun now", "The gun is on my lap and I'm ready", "drank a fifth and ive got the 12 gauge across my lap"],
            DoesNotFire =
            [
                "i am holding the gun now in call of duty", "cleaning the shotgun across my lap before duck season, drinking coffee",
                "rifle across my knees in the duck blind, ive had a few beers",
            ],
        },
        new()
        {
            Id = "SU33", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A plastic bag and tape, with now, tonight or an intent.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                R(@"\bplastic bag\b"),
                R(@"\btape\b"),
                R(Intent),
            ],
            UnlessMessage = R(NotARealWeapon),
            Fires = ["I've got a plastic bag and tape ready", "I used to joke about it back in 2016. I've got the plastic bag and the tape ready now"],
            DoesNotFire = ["Plastic bag over my cast with tape so I can shower now"],
        },
        new()
        {
            Id = "SU32", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Back on the bridge or the ledge now, looking down.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf = [R(@"\bi am (back |still |just )?(on|at) the (bridge|ledge|roof|edge|top)\b(( \.)? \w+){0,4}( \.)? (looking|staring) down\b")],
            UnlessMessage = R(@"\b(ducks|view|views|cat|dog|climbing|wall|walk|photo|photos|sunset|sunrise|daughter|son|kids)\b"),
            Fires =
            [
                "sorry my english. I want to kill myself. I am on the bridge of the highway now looking down",
                "5 years since my attempt and I'm back on the ledge, just standing here looking down",
            ],
            DoesNotFire = ["i am on the roof looking down at the view"],
        },
        new()
        {
            Id = "SU20", Category = CrisisCategory.SuicidalThoughts, Disclaimable = true, Past = PastHandling.Concern,
            Description = "Passive ideation said plainly: tired of being alive, fine with not waking up, waiting to die.",
            AllOf =
            [
                Any(
                    @"\btired of (being alive|existing|staying alive|fighting to stay alive)\b",
                    @"\b(fine|okay|happy|at peace) if i (died|didnt wake up|never woke up|died in my sleep)\b",
                    @"\bwouldnt (mind|care) if i (died|didnt wake up|never woke up)\b",
                    @"\b(disappointed|gutted) (that|when) i (woke up|wake up)\b",
                    @"\bwaiting to die\b",
                    @"\bstop existing\b",
                    @"\b(think|thinking|thought) about not being (here|alive)\b",
                    @"\b(kindest|best) thing i could do( for( \w+){1,3})? is (to )?not be (here|around)\b",
                    @"\bdeath (sounds|seems|feels|would be) like (a )?(rest|relief|mercy)\b",
                    @"\bno (longer )?see any (purpose|point) in (waking|living|getting up)\b",
                    @"\bbetter off with the insurance\b",
                    @"\bpicturing my own funeral\b"),
            ],
            Fires = ["i'm so tired of existing", "i'm so tired of being alive"],
            DoesNotFire = ["back in 2015 i'm so tired of existing"],
        },
        new()
        {
            Id = "SU21", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Concern, Disclaimable = true,
            Description = "Drinking or using as a way not to wake up or not to come back.",
            AllOf =
            [
                Any(
                    @"\b(going to|want to|will|gonna) (drink|use) myself to death\b",
                    @"\b(drink|drinking|use|using) (til|till|until) (it stops|i stop|i am gone|i dont wake up)\b",
                    @"\b(dont|do not) want to come back from it\b",
                    @"\bnot (coming|going to come) back from it\b",
                    @"\bnot (going to be|be) careful with it this time\b",
                    @"\bnot (going to )?stop at enough\b",
                    @"\bno one can narcan me\b",
                    @"\benough to finish the job\b"),
            ],
            Fires = ["going to use till I don't wake up", "Going to the offie for enough to finish the job"],
            DoesNotFire = ["back in 2015 going to use till I don't wake up"],
        },
        new()
        {
            Id = "SU22", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Disclaimable = true,
            Description = "The same ideas said across two clauses: wanting everything to stop. Permanently; a body giving out and getting it over with; a " +
                "walk and not coming back.",
            AllOf =
            [
                Any(
                    @"\bwant everything to stop \. (permanently|forever|for good)\b",
                    @"\bgives out \. gets it over with\b",
                    @"\bwalk tonight \. not come back\b"),
            ],
            Fires = ["I just want everything to stop. Permanently.", "I'm going to go for a long walk tonight and not come back"],
        },
        new()
        {
            Id = "SU23", Category = CrisisCategory.SuicidalThoughts, Disclaimable = true, Past = PastHandling.Concern,
            Description = "Plain or British wordings of ending one's life: top myself, finish my life, finally die, how to die.",
            AllOf =
            [
                Any(
                    @"\btop(ping)? myself\b",
                    @"\b(finish|finishing) (my life|myself off)\b",
                    @"\blet(ting)? myself (finally )?die\b",
                    @"\bfinally die\b",
                    @"\b(think|thinking|thought) (every day |all day |always )?(about )?how to die\b",
                    @"\bpray (not to|i dont) wake up\b",
                    @"\b(finish|end) it( (soon|tonight|tomorrow|this weekend))? for good\b",
                    @"\bgoing for good (this|tonight|tomorrow|on)\b"),
            ],
            // "the cravings finally die down", "end it for good with him": ordinary talk of cravings and relationships.
            UnlessClause = Any(
                @"\bdie (down|off|out|away)\b",
                @"\b(end|finish) it for good with\b"),
            Fires = ["gonna top myself", "I want to finish my life, I am decided"],
            DoesNotFire = ["I need to end it for good with him", "back in 2015 gonna top myself"],
        },
        new()
        {
            Id = "SU45", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Going to finish it tonight, in a message about an attempt or a means of my own (not an essay finished tonight).",
            // Present forms only ("i am going to", "i will"), so a history beside it cannot hide it.
            AllOf =
            [
                R(@"\bi (am going to|will) finish it (tonight|today|now|this weekend|tomorrow|for good)\b"),
                R(
                    @"\b(cut my wrists|tried to (kill|hang|end|take|overdose)|suicide attempt|attempted suicide|(pills|tablets) (are |is )?(ready|counted|" +
                        @"saved|lined up|here)|rope|noose|kill myself|end my life|hang myself)\b"),
            ],
            UnlessMessage = R(
                @"\b(essay|jigsaw|puzzle|book|chapter|episode|scarf|workbook|fence|lego|project|assignment|homework|painting|knitting|lawn|grass|" +
                    @"letter|draft|step work)\b"),
            Fires = ["When I was 19 I cut my wrists and survived. I'm 34 now and I'm going to finish it tonight."],
            DoesNotFire = ["The essay is half done, I'm going to finish it tonight", "I was going to finish it that night, back when I tried to end my life"],
        },
        new()
        {
            Id = "SU46", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "At a drop, water, rails or a road and saying calmly how: going to drive off the end, step out in front of the next " +
                "fast one, let it roll in, walking to the edge now.",
            // The verb starts its clause ("going to...", "i am driving...") so it is the writer's own plan, not "I'm not going to" or
            // "he was going to"; the plan must end there or say when ("off the end of the gutter" is a roofer's day). Jumps are
            // SU09 and SU24's; "off the top", "onto the road" and a drink before a swim were everyday talk in an independent review,
            // and a second review's water sports, golf and commutes are the exceptions below. Present forms only, so a history
            // told beside it does not turn it into a kind word.
            AllOf =
            [
                R(
                    @"\b(edge|ledge|cliff|cliffs|quarry|pier|jetty|wharf|dock|boat ramp|slipway|platform|station|tracks|rails|railway|level crossing|" +
                        @"footbridge|bridge|overpass|flyover|multi storey|car park|carpark|roof|rooftop|balcony|top floor|canal|harbour|beach|" +
                        @"hard shoulder|shoulder of (the )?\w+|motorway|highway|freeway|interstate|lake|river|sea|bank)\b"),
                Any(
                    OwnPlan + @"(step|stepping|walk|walking|drive|driving|drop|dropping|roll|rolling|go|" +
                        @"going|throw myself|throwing myself)( straight| out| off)? (off the (end|edge|side)( of (the|this) (pier|wharf|jetty|dock|cliff|" +
                        @"bridge|roof|car park|quarry|overpass|balcony))?|over the (edge|wall|side|railing|rail|barrier))( (now|tonight|right now|" +
                        @"in a minute|soon|when|once|as soon as|after|sorry)\b|( \.|$))",
                    OwnPlan + @"(step|stepping|walk|walking|drop|dropping|throw myself|throwing myself)" +
                        @"( straight| out| off)? (in front of (a|an|the|the next|next) (\w+ )?(train|express|lorry|truck|semi|bus|coach|car|van|tram|" +
                        @"next (fast|express) one|fast one|one coming)|onto the (\w+ )?(lanes|tracks|rails|motorway|carriageway))\b",
                    @"(^|\. )(i am )?(going to |about to )?(just )?let (it|the car|the van|the ute|the truck) roll (in|into)\b",
                    @"(^|\. )(i am )?walking to the edge (now|right now)( \.|$)",
                    @"(^|\. )i am (jumping|going over|stepping off) (when (i hear it|it comes|the (train|express|next|lorry|truck))|in (a|\d+|five|ten) " +
                        @"(minute|minutes|mins|seconds))",
                    @"\b(finish|finishing) (this|the|my) bottle \. (then )?(go in|walk in|jump)( \.|$)",
                    @"\b(once|when|after) i (finish|have finished) (this|the|my|it) (bottle )?(i am )?(going in|walking in)\b",
                    @"(^|\. )(i am )?(sitting|sat|lying|laying) on the (rails|tracks|railway line|train line)\b.*\b(train|trains|express|freight|next one|" +
                        @"comes through|due)\b",
                    @"\bdrive (the|my) (car|van|ute|truck) (off|into) the (end|edge|pier|wharf|cliff|river|harbour|sea|lake)\b"),
            ],
            // Fishing, photos, a ferry, a class or a show, boats and swims meant as swims, a joke, and "I'm not going to".
            UnlessMessage = Any(
                @"\b(on|off|onto|for|catch|catching|board|boarding) (the |a )?ferry\b",
                @"\b(going fishing|fishing (off|from)|taking (a )?photos?|camera|mirror|(swim|yoga|dance|spin|art) class|audience|crowd|on stage|" +
                    @"(swim|swimming|lifeguard|open water) training|(swim|swimming|driving|surf) lessons?|trampoline|pool|diving board|paraglid\w*|" +
                    @"hang glid\w*|racecourse|races|model railway|(just|only) (kidding|joking)|film|movie|warning triangle|in goal|block (it|the shot))\b",
                @"\bwatching (the|a) (\w+ )?(film|movie|match|game|race|boats|surfers|planes|trains)\b",
                @"\b(in|wearing|with) (a |my |our )?(lifejacket|wetsuit)\b",
                @"\b(trailer|winch|jet ski|kayak|launch (the|my|our) (boat|kayak|dinghy))\b",
                @"\b(dive|diving|(air|dive|scuba) tanks|snorkel\w*|abseil\w*|rappel\w*|bungee|coasteering|cliff jumping|skydiv\w*|tandem|parkour|" +
                    @"bike park|capsize|towpath|helmets?|for a (swim|dip)|first (swim|sea swim|dip)|swim(ming)? club|anchored|stamina|hot day|" +
                    @"heatwave|for (an|my|the) interview|putt|birdie|golf|the ball|possession|" +
                    @"track work\w*|hi vis)\b",
                @"\broll into the space\b|\bbefore we drive\b|\boff the end \. back\b|\bguide (you|him|her|them)\b|\bmy stop\b",
                @"\bwhen the (train|bus|tram) (stops|arrives|pulls in|gets in)\b",
                @"\b(not|never|wont|dont|will not) (going to |planning to |ever )?(jump|step|drive|walk|go|roll|swim) (off|in front|over|into|out|in)\b"),
            Fires =
            [
                "at the wharf in the ute. going to drive off the end once the fishos leave",
                "on the platform at central. next one's an express straight through. I'm jumping when I hear it coming",
                "pulled over on the shoulder of I-90. gonna walk out in front of a semi",
                "sitting on the rails just past the end of the platform. the 11:15 freight comes through here. I'm not moving",
            ],
            DoesNotFire =
            [
                "at the wharf in the ute waiting for the ferry. going to drive off the end of the ramp when it docks",
                "on the platform, I'm not going to step in front of anything, just tired",
                "my dad was going to drive off the end of the pier that night, back in 2009",
                "on the roof clearing the gutters, going over the edge of the gutter with the brush now",
                "at the services, driving onto the motorway now, see you at group",
                "backed the trailer down the slipway, going to let it roll in and float the boat",
            ],
        },
        new()
        {
            Id = "SU47", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Swimming out until I can't get back: a drowning planned in words that never mean a swim.",
            AllOf =
            [
                R(@"\bswim out (till|until|til|so far|as far as)( that)? i (am too tired to|cant|can not|couldnt|wont be able to) (swim|get|make it) " +
                    @"back\b"),
            ],
            // Distance training: "till I can't swim back any further, then float".
            UnlessMessage = R(@"\b(any further|coach|stamina|training|(swim|swimming) club)\b"),
            Fires = ["at the beach at night. gonna swim out till i can't swim back. water's freezing so it should be quick"],
            DoesNotFire = ["I'm not going to swim out till I can't get back, I promise", "back in 2015 I tried to swim out until I couldn't get back"],
        },
        new()
        {
            Id = "SU24", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Concern,
            Description = "A fall, drowning or train as one's own plan, now or soon: going off the bridge tonight, on the ledge, to the roof to jump.",
            // Over the whole message no negation is applied, so the exception carries its own "not going to...".
            AllOf =
            [
                Any(
                    @"\b(jump|jumping|step|stepping|throw myself|throwing myself) (off|from|in front of)\b",
                    @"\b(going|go|am) off the\b",
                    @"\bto jump$",
                    @"\bto jump \.",
                    @"\bone more step\b",
                    @"\b(drown|drowning) myself\b",
                    @"\bgoing under the (train|bus|truck|lorry)\b",
                    @"\b(walk|walking) into the (sea|river|water|waves|traffic)\b",
                    @"\bjumping (in a minute|now|tonight|at|once|when|after)\b",
                    @"\bi am jumping( \.|$)"),
                R(
                    @"\b(bridge|roof|rooftop|ledge|cliff|cliffs|edge|overpass|flyover|balcony|viaduct|quarry|tower|multi storey|car park|carpark|train|" +
                        @"tracks|river|sea|westgate|beachy head|building|window|motorway|scaffolding|scaffold|railway|seawall|lookout|lake)\b"),
                R(
                    @"\b(now|tonight|today|tomorrow|later|in a minute|in a bit|in an hour|at dawn|at midnight|after this|after dark|this morning|" +
                        @"this evening|this afternoon|on my way|goodbye|bye|countdown|that is it for me|one more step)\b"),
            ],
            // Outings, water sports and idioms, and "I'm not going to jump".
            UnlessMessage = Any(
                @"\b(bungee|parachute|skydive|skydiving|diving board|pool|jump start|jump on|jumping on|swim|swimming|dip|shower|bath|trampoline|view|views|" +
                    @"sunrise|sunset|photo|photos|conclusions|the gun|hoops|queue|ship|leap of faith|plunge|charity|sponsored|for joy)\b",
                @"\b(not|never|wont|dont|will not) (going to |planning to |want to |ever )?(jump|step off|go off|throw myself|drown myself)\b",
                // Off a scaffold at the end of a shift (fifteenth round's "scaffolding", an independent review's look-alike).
                @"\b(step|stepping|stepped|climb|climbing|climbed|get|getting) (off|down from|down off) (the |this |that )?scaffold(ing)?\b"),
            Fires = ["wallah going to the roof now to jump", "Tonight I jump from the bridge. Sorry.", "I will jump from the scaffolding tomorrow morning"],
            DoesNotFire = ["I'm not going to jump off the bridge tonight, I promise", "back in 2015 wallah going to the roof now to jump"],
        },
        new()
        {
            Id = "SU25", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Concern,
            Description = "Suicide named as one's own plan or decision, or with a time: suicide is the plan, tonight.",
            // Over the whole message no negation is applied, so the exception carries its own "not going to...".
            AllOf =
            [
                R(@"\bsuicide\b"),
                R(@"\b(is the plan|is my plan|my decision|is my choice|i have decided|i decided|at peace with it|tonight|tomorrow|this weekend)\b"),
            ],
            // The topic, someone else's death, help and care: "my friend died by suicide", "the suicide hotline", "suicide watch".
            UnlessMessage = Any(
                @"\b(prevention|awareness|squad|hotline|helpline|line|lifeline|died|lost|death|anniversary|funeral|grave|memorial|film|movie|book|song|" +
                    @"documentary|talk|training|course|group|meeting|attempt|attempts|thoughts|rate|rates|watch|ward|discharged|survivor|survivors)\b",
                @"\b(not|never|isnt) (an option|the answer|happening)\b"),
            Fires = ["suicide is the plan. tonight. sorry", "Suicide is my decision and I am at peace with it. Tonight."],
            DoesNotFire = ["We talked about suicide prevention at group tonight", "back in 2015 suicide is the plan. tonight. sorry"],
        },
        new()
        {
            Id = "SU26", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "A gun being loaded or held to oneself: loading the shotgun, the gun in my mouth.",
            // Over the whole message no negation is applied, so the exception carries its own "not going to...".
            AllOf =
            [
                Any(
                    @"\b(load|loading|loaded) (the |my |his )?(dads |grandads |old )?(gun|shotgun|rifle|twelve bore|12 bore|pistol|revolver|handgun)\b",
                    @"\b(gun|shotgun|rifle|pistol|barrel) (is )?(in my mouth|to my head|under my chin)\b",
                    @"\b(gun|shotgun|rifle|twelve bore|12 bore|pistol)( is|s) loaded\b"),
            ],
            // Shooting as a sport or on the farm; "not going to load it".
            UnlessMessage = Any(
                @"\b(hunting|clay|clays|pheasant|pheasants|rabbits|deer|grouse|pigeons)\b",
                @"\b(shooting|gun|rifle) (club|range|season|licence|license|ground)\b",
                @"\b(film|movie|video game)\b",
                @"\b(water|nerf|glue|caulk|caulking|nail|staple|toy|squirt|paintball|bb|airsoft|cap|grease|spray) (gun|guns|pistol|pistols)\b",
                @"\b(not|never|wont|dont|didnt) (going to )?load\b",
                GunToMyHeadIdiom,
                SomeoneElsesGunAtMe),
            Fires =
            [
                "I can hear him loading the gun downstairs",
                "what would i say to a friend in my place. nothing. id tell him to load the gun. which is what im doing",
                "shotgun's loaded on the passenger seat. parked out at the reservoir. done with all of it",
            ],
            DoesNotFire = ["loading the shotgun for clays on saturday", "back in 2015 i can hear him loading the gun downstairs"],
        },
        new()
        {
            Id = "SU27", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "A plan or date in few words: no more me after tonight, planned my exit, swallowing a bullet, considering jumping, not making it " +
                "to 25 by choice.",
            AllOf =
            [
                Any(
                    @"\bno more me( (after|by|from|tonight|soon|tomorrow)\b|\s*$)",
                    @"\bplanned my (exit|way out|ending|last day|goodbye)\b",
                    @"\bmy exit (is )?(planned|booked|sorted)\b",
                    @"\b(swallow|swallowing|eat|eating) (a|the|my) (bullet|gun)\b",
                    @"\bbullet (in|through) my (head|brain|skull)\b",
                    @"\b(considering|thinking about|going to|about to|ready to|want to|might) (jump|jumping)( off( it| here| the \w+| a \w+)?)?( now|" +
                        @" tonight)?\s*$",
                    @"\b(not going to|wont|dont plan to|not planning to) make it to (\d+|next year|my (next )?birthday|christmas|new year)\s*$"),
            ],
            UnlessClause = R(@"\bjump (in|into|on|at|ship|the queue|the gun|start)\b"),
            Fires = ["i'm going to jump", "no more me after tonight"],
            DoesNotFire =
            [
                "planned my exit so i can jump ship from this job",
                "I'm not going to jump off the bridge tonight, I promise",
                "back in 2015 i was going to jump",
            ],
        },
        new()
        {
            Id = "SU28", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "Joining someone who died, with a time: I will join her this weekend, since she passed.",
            AllOf =
            [
                R(@"\b(join|joining|be with) (her|him|them) (again )?(this|tonight|soon|on|by|next|in heaven|up there)\b"),
                R(@"\b(passed|died|grave|heaven|lost (her|him))\b"),
                R(@"\b(worked out how|going to|i will|soon|this weekend|tonight|planned|ready)\b"),
            ],
            Fires =
            [
                "Since Margaret passed I've been thinking I'll join her this weekend. I've worked out how.",
                "nan passed last year, joining her on friday, it is all planned",
            ],
        },
        new()
        {
            Id = "SU29", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "On a roof, bridge or ledge and the drop, or drinking there.",
            AllOf =
            [
                Any(
                    @"\b(on|at) (the )?(roof|rooftop|ledge|edge|top) of\b",
                    @"\b(on|at) (the|a|my) (roof|rooftop|ledge|bridge|balcony railing|cliff edge)\b"),
                R(@"\b(long way down|jump|jumping|step off|drop|had a lot to drink|drunk|not sure why|why i opened)\b"),
            ],
            UnlessMessage = R(
                @"\b(fix|fixing|repair|repairing|gutter|gutters|tiles|shingles|antenna|satellite|work|working|job|bbq|barbecue|party|view|sunset)\b"),
            Fires =
            [
                "On the roof of my building. Not sure why I opened this app.",
                "im stood at the edge of the quarry. came up here to jump. dont know why im typing this",
            ],
            DoesNotFire =
            [
                "Up on the roof fixing the gutters, long way down but the view is great",
                "back in 2015 on the roof of my building. Not sure why I opened this app",
            ],
        },
        new()
        {
            Id = "SU34", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "At a drop (an edge, a cliff, a pier, the tracks) and, in the present tense, meaning to go over it.",
            AllOf =
            [
                Any(
                    @"\b(on|at|over|up|from|off|onto) (the |a |this )?(\w+ )?(edge|ledge|rail|railing|railings|parapet|cliff|cliffs|quarry|" +
                        @"gorge|lookout|pier|platform|tracks|train line|railway line|embankment|roof|rooftop|bridge|footbridge|overpass|" +
                        @"multi storey|car park|balcony|viaduct|dam)\b",
                    @"\b(end|edge|top) of the (pier|cliff|cliffs|quarry|bridge|roof|car park|multi storey|platform)\b"),
                Any(
                    @"\bi (want|am going|am about|am ready|keep wanting|am wanting) to (just )?(walk off|step off|drive off|jump|go over|" +
                        @"throw myself off|roll off)( (it|here|the edge|now|tonight))?( \.|$)",
                    @"\bwanting to (let go|jump|step off)( \.|$)",
                    @"\b(feet|legs) (are )?dangling\b",
                    @"\bnot walking back( \.|$)",
                    @"\bnot coming back( \.|$)",
                    @"\bnot come (up|back)( \.|$)",
                    @"\bwaiting for the (express|fast one|fast train|train|next train) (that|to) (doesnt|does not|wont) stop\b",
                    @"\b(fast one|express)\b.*\bnot getting on it\b",
                    @"\bclimbing up the embankment\b"),
            ],
            UnlessMessage = Any(
                @"\b(fishing|ice cream|picnic|bungee|dive|diving|swim|swimming|paddle|zip line|abseil|tour|cliff jumping|skydive|parachute|plane)\b",
                @"\b(moving|move) to\b"),
            Fires = [
                "I'm at the top of the multi storey car park and I'm going to jump.",
                "5 years sober but I'm on the roof of my building and I'm going to throw myself off.",
            ],
            DoesNotFire = ["It's so hot I'm going to fall asleep on the balcony."],
        },
        new()
        {
            Id = "SU35", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Dismiss,
            Description = "Over the rail or on it: climbing over a bridge rail, sat on a bridge parapet, lying on the tracks, legs over the side.",
            AllOf =
            [
                Any(
                    @"\bclimbing over (the |a )?(bridge |balcony )?(rail|railing|railings|parapet|ledge)\b",
                    @"\b(sat|sitting|stood|standing|perched) on (the |a )?(bridge|balcony|roof|car park|multi storey) (rail|railing|railings|" +
                        @"parapet|edge|ledge)\b",
                    @"\b(lying|laying|sat|sitting|stood|standing) on the (train tracks|railway tracks|tracks|railway line|train line)" +
                        @"( waiting( for \w+( \w+)?)?| now| right now| tonight)?$",
                    @"\bi am on the (train tracks|railway tracks|tracks)\b",
                    @"\b(my )?(legs|feet) (are )?(over|dangling over) the (side|edge) of (the |my )?(bridge|roof|balcony|cliff|car park|ledge|building)\b",
                    @"\bwrong side of the (barrier|railing|railings|rail|parapet)\b"),
            ],
            Fires = [
                "My legs are over the side of the balcony, 9 floors up.",
                "I'm on the train tracks, 15 years sober and none of it matters.",
            ],
            UnlessMessage = R(@"\b(gig|concert|queue|festival|match|crowd)\b"),
            DoesNotFire = ["In 2015 I was sat on the bridge railing and my son talked me down. 8 years sober now."],
        },
        new()
        {
            Id = "SU36", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Dismiss,
            Description = "Driving into something as my plan: wanting to drive into the lorries, a pillar picked out.",
            AllOf =
            [
                Any(
                    @"\bi (want|am going|keep wanting|am about|am ready|am planning|am wanting|will) to (drive|crash|steer|swerve|plough|" +
                        @"plow) (\w+ ){0,3}(into|in front of) (the |a |an )?(\w+ ){0,3}(lorry|lorries|truck|trucks|artic|oncoming|pillar|barrier|" +
                        @"wall|tree)\b",
                    @"\bi will swerve into (it|him|the (lorry|truck|wall|pillar))\b",
                    @"\b(pillar|tree|wall|bridge|barrier)( up ahead)? i have picked( out)?\b"),
            ],
            Fires = [
                "When the next lorry comes I'll swerve into it.",
                "I'm going to drive into the back of a lorry on the motorway tonight, 4 years sober and done.",
            ],
            DoesNotFire = ["Years ago I used to think I will swerve into the lorry one day."],
        },
        new()
        {
            Id = "SU37", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Dismiss,
            Description = "A ligature or a means set out now: a cord round my neck, a hose taped to the exhaust, the pills counted out in rows.",
            AllOf =
            [
                Any(
                    @"\b(cord|cords|rope|ropes|belt|belts|noose|cable|wire|flex)( is| are)? (round|around|tight round|tight around) my (neck|throat)\b",
                    @"\btied (it|the rope|a rope|my belt|the belt|the cord|the flex) to the (banister|beam|door|loft hatch|tree|rail|pipe)\b",
                    @"\bhose (pipe )?(is |are )?(taped|attached|fitted|connected|fixed|going|run|running) (\w+ ){0,2}(to|into|from|on) the exhaust\b",
                    @"\b(pills|tablets|meds)( \w+){0,3} (are|is) (counted out|lined up|laid out|piled up|set out) (\w+ ){0,4}in ((neat|little|" +
                        @"tidy) )*(rows|a pile|piles)\b",
                    @"\beverything from the (cupboard|cabinet|medicine cabinet|bathroom)( \w+){0,3} (is|are) (in a pile|piled up|in front of me)\b"),
            ],
            UnlessClause = Any(
                @"\b(mechanic|fixing|repair|leak|dryer|vacuum|garden|pond|mot|emissions|test|keytag|lanyard|necklace|pendant|medal|chain)\b",
                @"\b(dosette|organiser|organizer|pharmacist|chemist|vitamins|weekly|routine|blister)\b"),
            Fires = [
                "Tied my belt to the door handle and put it round my neck.",
                "The rope is round my neck, twenty years sober and it still came to this.",
            ],
            DoesNotFire = ["I wear my NA keytag on a cord round my neck, reminds me every day."],
        },
        new()
        {
            Id = "SU38", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "Stood on the chair with a rope or a cord, in the present.",
            AllOf =
            [
                R(@"\bi am (stood|standing) on (the|a) (chair|stool|box|bucket)\b"),
                R(@"\b(rope|cord|cords|noose|belt)\b"),
            ],
            UnlessMessage = R(@"\b(bulb|lightbulb|smoke alarm|curtains|paint|painting|keytag|lanyard|washing line|hanging (the )?(lights|decorations))\b"),
            Fires = ["mate i'm in a good place mentally lol jk the cord's round my neck and i'm stood on the chair"],
            DoesNotFire = ["I wear my NA keytag on a cord round my neck, reminds me every day."],
        },
        new()
        {
            Id = "SU41", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "The engine running now in a closed place or with a hose.",
            AllOf =
            [
                R(@"\b(engine|engines|motor|motors) (is )?(still )?(running|on)\b"),
                R(@"\b(hose|pipe|doors are shut|door shut|windows are up|sealed|taped|before i do it|lock up|lockup)\b"),
            ],
            UnlessMessage = R(@"\b(rough|service|tick|ticking|mower|mechanic|garage said|warming up|warm it up|defrost|defrosting|mot)\b"),
            Fires = [
                "I've had a good run, sober since 2009, proud of it. Want you to know that before I do it. The car's in the lock up and the engine is running",
            ],
            DoesNotFire = ["The motor is running on the lawnmower, it's in the shed now."],
        },
        new()
        {
            Id = "SU39", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message,
            Description = "This time it will not fail, or a loaded gun laid out, beside an earlier attempt on my life or a means.",
            AllOf =
            [
                Any(
                    @"\b(wont|will not) fail this time\b",
                    @"\bthis time i (wont|will not) fail\b",
                    @"\b(get|got) it right this time\b",
                    @"\btake enough (\w+ )?this time\b",
                    @"\b(it|gun|pistol|shotgun|rifle) is loaded (on|in|and|beside|next to)\b",
                    @"\b(gun|shotgun|pistol|rifle) loaded\b"),
                Any(
                    @"\b(overdose|overdosed|noose|rope|hanged|hang myself|suicide|attempt on my life|gun|pistol|shotgun|rifle|last time i tried)\b",
                    @"\btried to (kill|end|take) (myself|my life|my own life)\b",
                    @"\btried it (twice|before|once|three times)\b"),
            ],
            UnlessMessage = Any(
                @"\b(rehab|detox|quit|quitting|test|exam|driving test|driving lesson|interview|diet|smoking|course|hunting|range|clay|clays|deer)\b",
                @"\b(licence|license)\b",
                @"\bcleaning (it|the gun|my gun)\b"),
            Fires = [
                "Got my dad's shotgun loaded, last time I tried it failed.",
                "I messed up the overdose last year, I'll get it right this time.",
            ],
            DoesNotFire = ["After two failed attempts at rehab, I won't fail this time."],
        },
        new()
        {
            Id = "SU40", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Dismiss,
            Description = "Not being here, or alive, by morning.",
            AllOf =
            [
                Any(
                    @"\b(i wont|i will not|i am not going to|me not) (be|being) (here|around|alive) (by|in the|after) (morning|the morning|" +
                        @"tomorrow|monday|the weekend|sunday|tonight)\b",
                    @"\bwont see (the )?(sunrise|morning|sun come up)\b"),
            ],
            UnlessMessage = Any(
                @"\b(contract|phone|retreat|appointment|trip|shift|camping|dentist|holiday|job|flight|visiting)\b"),
            Fires = ["I won't be here in the morning.", "I won't be here by the morning."],
            DoesNotFire = ["Sorry I'll not be here in the morning, got a dentist appointment."],
        },
        new()
        {
            Id = "SU42", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Bought or keeping a poison to take.",
            AllOf =
            [
                Any(
                    @"\b(bought|buy|got|have|kept|keeping|hid|hidden) (the |some |a bottle of |a tin of |one )?(rat poison|poison|weed killer|weedkiller|" +
                        @"pesticide|paraquat|sniper|otapiapia|gammalin)( \w+){0,3} (to|for|fi) (take|drink|swallow)( (it|them|myself|tonight|now|today|later|it all))?$",
                    @"\b(bought|buy|got|have|kept|keeping|hid|hidden) (the |some |a bottle of |a tin of |one )?(bleach|antifreeze)( \w+){0,3} (to|for|fi) " +
                        @"(drink|swallow)( (it|them|myself|tonight|now|today|later|it all))?$"),
            ],
            Fires = ["i bought the rat poison to take. i want all this to stop", "I don buy sniper for drink tonight"],
            DoesNotFire =
            [
                "i didnt buy the rat poison to take",
                "years ago I bought rat poison to take",
                "I got some poison to take care of the mice in the shed",
                "I bought weedkiller to take to my mum's allotment",
                "I got bleach to take the stains out of my white shirt",
            ],
        },
        new()
        {
            Id = "SU48", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "A gun at hand (loaded, in my hand, on the table, chambered) with an ending: finish it, not bluffing, my turn, sitting with it.",
            // Present forms only: "got", "loaded", "on the table", "in my hand". A past story says "had" or "once".
            AllOf =
            [
                Any(
                    @"\b(gun|guns|pistol|pistols|rifle|rifles|shotgun|shotguns|revolver|revolvers|handgun|(twelve|12|20|410) gauge|service weapon|firearm|22 rifle|30 30|" +
                        @"glock)( \w+){0,3} (is |are |now )?(loaded|" +
                        @"in my hand|in my hands|on the (kitchen |\w+ )?table|on my lap|in my lap|in my mouth|chambered|on the seat)\b",
                    @"\b(loaded|got|took|grabbed|got out|have got|have) ((the|my|me|his|her) )?(\w+s )?(gun|guns|pistol|rifle|rifles|shotgun|revolver|handgun|" +
                        @"twelve gauge|12 gauge|service weapon|service pistol|firearm|22 rifle|30 30) (out of|out|from) (the |my |his |\w+s )?(cabinet|safe|shed|locker|" +
                        @"cupboard|gun safe|wardrobe|closet)\b",
                    @"\b(round|one) (is )?(chambered|in the chamber)\b",
                    @"\b(shells|bullets|rounds|cartridges) (are )?(in my (\w+ )?pocket|on the table|loaded)\b"),
                Any(
                    @"\b(finish it|finish this|finishing it|end it|ending it|not doing (this|another|it)|not bluffing|i mean it|my turn|me next|sitting with it|" +
                        @"not putting it back|goodbye|sorry everyone|after dark|cant do this|cant see another way|in the chamber|chambered)\b",
                    @"\b(its time|it is time|i am done|im done)( now)?( \.|$)"),
            ],
            UnlessMessage = R(NotARealWeapon + @"|\b(cleaning|clean it|licence|license|range day|season|rabbits|foxes|vermin|pest|target|targets|club|" +
                @"hand it in|handing it in|handed it in|hand them in|handed in|police station|amnesty|sell it|selling it|get rid of|pigeon|pigeons|duck|ducks|" +
                @"geese|grouse)\b"),
            Fires =
            [
                "the rifle is loaded and on the kitchen table. i'm done",
                "got my dad's shotgun out of the cabinet, sitting with it now",
                "round chambered. not doing another christmas like this",
            ],
            DoesNotFire =
            [
                "the rifle is loaded and on the table, off after rabbits at dawn",
                "got my shotgun out of the cabinet for clay season",
                "my brother keeps a loaded gun in his truck and it scares me",
            ],
        },
        new()
        {
            Id = "SU49", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "At a height, tracks or water now, or on the way there, with an ending: want to jump, not coming back, after I send this.",
            // Present forms only ("i am stood", "going to", "heading to"): "stood on a bridge years ago" is a story.
            AllOf =
            [
                Any(
                    @"\b(going|heading|headed|walking|driving|off|taking the \w+( out)?|on my way) (to|up to|out to|down to) (the )?(\w+ ){0,2}(bridge|gorge|cliff|" +
                        @"cliffs|tracks|railway (line|bridge|tracks)|viaduct|quarry|dam|pier|harbour|harbor|rooftop|car park roof|top floor|multi storey|overpass|flyover|" +
                        @"river|canal|" +
                        @"passerelle|ledge|lake|sea|motorway)\b",
                    @"(\b(i am|am|i am on|i am at|i am sitting|i am standing|i am sat|i am stood|me stand|me sit)|(^|\. )(sitting|standing|sat|stood)) (on |at |by )?(the )?" +
                        @"(top of |edge of |wall over |railing of |roof of |side of )?(the |a |my )?(\w+ ){0,2}(bridge|tracks|train tracks|railway (line|bridge|tracks)|roof|" +
                        @"rooftop|" +
                        @"multi storey|ledge|cliff|cliffs|helideck|balcony|building|overpass|flyover|viaduct|pier|quay|dam)\b"),
                Any(
                    @"\b(after i send this|once i send this|when i send this|not coming back|will not come back|wont come back|wont be coming back|" +
                        @"not be coming back|not going home|not touching the brakes|waiting for the (train|\d+)|tell someone first|told someone first|" +
                        @"not able for|cant (do|fix|take) (it|this) anymore|no more of (this|it)|this is goodbye|goodbye (everyone|all|" +
                        @"mum|mam|mom|dad|world))\b",
                    @"\b(i|me) (\w+ )?(want|wan|will|going to|decide|decided|ready|about) (to )?jump\b"),
            ],
            // Everyday trips and work: a bridge club, a job on a roof, a bungee, a trip with a date to come back, a jump in with friends.
            UnlessMessage = R(@"\b(bridge (club|game|night|tournament)|bungee|parachute|skydive|trampoline|roofer|roofing|scaffold|scaffolding|tiles|gutter|" +
                @"gutters|survey|inspection)\b|\b(not|wont|will not) (be )?(coming back|going home|back) (till|until|for|before)\b|\bjump (in|into) " +
                @"(and|with|first|together|step)\b|\bwith (the lads|my mates)\b"),
            Fires =
            [
                "heading to the viaduct after i send this",
                "i am sat on the railing of the bridge and i want to jump",
                "driving out to the quarry tonight and I'm not coming back",
            ],
            DoesNotFire =
            [
                "heading to the bridge club tonight, back by ten",
                "i am on the roof fixing the gutters, can't talk",
                "years ago I stood on a bridge and nearly jumped",
            ],
        },
        new()
        {
            Id = "SU50", Category = CrisisCategory.SuicidalThoughts, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Suicide or being dead as the answer, with a day or now: doing it Saturday, today I make it true.",
            AllOf =
            [
                Any(
                    @"\b(suicide|killing myself|ending my life|end my life|i should be dead|better off dead)\b"),
                Any(
                    @"\b(doing it|do it|going to do it|i am doing it) (on )?(tonight|tomorrow|this weekend|next week|saturday|sunday|" +
                        @"monday|tuesday|wednesday|thursday|friday|at the weekend)\b",
                    @"\b(today|tonight|now) i (make|am making|will make) (it|that) (come )?true\b",
                    @"\b(make|making) (it|that) (come )?true (today|tonight|now|this week)\b"),
            ],
            // A talk, a course, a walk or an anniversary about suicide is planned too; "suicide is not the answer" takes it back.
            UnlessMessage = R(@"\b(prevention|awareness) (walk|run|event|training|course|day|fundraiser|vigil)\b|\b(sponsored|fundraiser|charity|documentary|" +
                @"podcast|a talk|the talk|seminar|workshop|vigil|memorial|assembly|book|film|episode|anniversary|first aid|training|safetalk|asist)\b|\b(not|isnt) the (answer|way)\b"),
            Fires =
            [
                "suicide is the only way out and i'm doing it on sunday",
                "every day i think i should be dead. tonight i make it true",
            ],
            DoesNotFire =
            [
                "i'm not doing it on friday, suicide is not the answer",
                "the suicide prevention walk is on saturday, doing it with my sponsor",
            ],
        },
        new()
        {
            Id = "SU51", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Concern,
            Description = "A car's exhaust in a closed garage or through a hose: in the garage with the truck running, the door shut, the hose off the exhaust.",
            AllOf =
            [
                Any(
                    @"\bin the (shut |closed |locked )?garage with the (engine|motor|car|truck|van|ute|bakkie) (running|on|going)\b",
                    @"\b(engine|engines|motor|car|cars|truck|trucks|van|vans|ute|utes) (is )?(running|on) with the (garage |shed )?(door|doors) (closed|shut|down|" +
                        @"locked)\b",
                    @"\b(hose|hosepipe|pipe|tube) (is )?(off|from|on|onto|to|into|in|through|round) the (exhaust|tailpipe|tail pipe)\b",
                    @"\b(exhaust|tailpipe) (is )?(rigged|taped|piped) (up|into|to)\b"),
            ],
            // "I would sit in the garage with the engine running" tells a habit of the past; the danger says it in the present.
            UnlessClause = R(@"\b(i would|used to) (sit|sat)\b"),
            // A mechanic's or a gardener's hose: fixing, a leak, washing the car.
            UnlessMessage = R(@"\b(mechanic|fixing|repair|repairing|leak|leaking|washing|garden|plants|mot|servicing|warm it up|warming it up|rattle|noise|" +
                @"knocking|idle|idling|battery|jump start|get the heater going|tractor|" +
                @"defrost|defrosting|fumes test|smog|tappets|oil change|tuning|podcast|audiobook|end of the (song|match|game|episode))\b"),
            Fires =
            [
                "im in the garage with the van running, door's down",
                "engine running with the garage door shut. i'm ready",
                "ran the hose off the exhaust into the back window",
            ],
            DoesNotFire =
            [
                "years ago i sat in the garage with the engine running. im glad my sister found me",
                "the mechanic said the hose on the exhaust is leaking",
            ],
        },
        new()
        {
            Id = "SU52", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Concern,
            Description = "Going to drive into water, a wall or a lorry: drive into the canal, not touching the brakes, into the wall foot down.",
            AllOf =
            [
                Any(
                    DrivingPlan + @"(drive|driving|drivin|steer|steering|crash|crashing|plough|ploughing|plow|plowing|aim|aiming) " +
                        @"((the|my|me|his|her) )?(\w+s )?(car|ute|truck|van|bike|motor|motorbike)?( \w+)? ?(straight |head first )?(into|off) " + CrashSite,
                    DrivingPlan + @"(put|putting) ((the|my|me|his|her) )?(\w+s )?(car|ute|truck|van|bike|motor|motorbike) (straight |head first )?" +
                        @"(into|off) " + CrashSite,
                    @"(\bgoing to |\bi will |\babout to |\bthinking about |\bwant to |\bready to |\btempted to |^|\. )(just )?(wrap|wrapping) " +
                        @"(the |my )?(car|truck|van|ute) (round|around) (a|the) (tree|pole|lamppost|lamp post|bridge)\b"),
            ],
            UnlessMessage = R(@"\b(game|gta|mario|sim|simulator|dream|dreamt|nightmare|parking|reversing|bumper|dodgems|karts|" +
                @"go kart|funfair|fair|arcade|toy|pick (you|him|her|them|me) up|to collect|drop off|to meet|lake district|peak district|clean up)\b"),
            Fires =
            [
                "going to drive into the river tonight, foot down",
                "i'm driving the car straight into the quarry after work",
                "thinking about wrapping my car around a tree on the way home",
            ],
            DoesNotFire =
            [
                "in 2018 i was going to drive into a tree, i'm so glad i didn't",
                "i nearly drove into a wall i was so tired",
                "i am driving into town to the meeting",
            ],
        },
        new()
        {
            Id = "SU53", Category = CrisisCategory.SuicidalThoughts, Past = PastHandling.Concern, Negatable = true,
            Description = "Someone else wants to die or to kill themselves, as the writer reports it: my mum wants to die, he says he is going " +
                "to kill himself, she would rather be dead, he said he will end his life tonight, she doesnt want to live anymore.",
            // A past statement of someone else's is still a live worry: at least a kind word (Concern), not nothing.
            AllOf =
            [
                Any(
                    @"\b" + ReflexiveSubject + @" (is|are) (going to|about to|planning to|planning on|threatening to|on about|talking about) (kill|killing|hang|" +
                        @"hanging|shoot|shooting|off|offing|top|topping|drown|drowning|gas|gassing) (himself|herself|themselves|themself)\b",
                    @"\b" + ReflexiveSubject + @" (will|would|might|wants to|want to|wanted to|plans to|is going to|threatened to|threatens to|keeps threatening to) " +
                        @"(kill|hang|shoot|off|top|drown|gas) (himself|herself|themselves|themself)\b",
                    @"\b" + SomeoneElse + @"( still| really| honestly)? (wants|want|wanted) to (die|be dead)\b",
                    @"\b(he|she|they) (would|had) rather be dead\b",
                    @"\b(wishes|wished) (he|she|they) (was|were) dead\b",
                    @"\b(he|she|they) (doesnt|dont|does not) want to (live|be alive)( anymore| any more| any longer)?( \.|$)",
                    @"\b" + ReflexiveSubject + @" (is|are|keeps|has been|have been|was|thinks|think) (thinking )?(about|of) (killing (himself|herself|themselves)|" +
                        @"suicide|ending (his|her|their) life|taking (his|her|their) (own )?life)\b",
                    @"\b(he|she|they) (will|would|is going to|are going to|wants to|want to|plans to|is planning to|threatened to|is threatening to) " +
                        @"(end|take) (his|her|their) (own )?life\b",
                    @"\b(he|she|they) (is|are) (going to|about to|planning to|planning on) (take|taking|swallow|swallowing|down) (all|every|the whole|a whole|" +
                        @"the lot|the rest)( \w+){0,3} " + Medicine + @"\b"),
            ],
            // Hyperbole ("would kill himself laughing", "shoot himself in the foot", "kill himself working all these shifts", "if he
            // saw the bill", "die on that hill", dyeing hair, "take his life in a new direction"), a question of what to do if, a
            // book or a story being written, medicines taken as they should be.
            UnlessClause = R(@"\b((kill|killing) (himself|herself|themselves) laughing|shoot (himself|herself|themselves) in the foot|" +
                @"(kill|killing) (himself|herself|themselves) (working|with work|at work|on (those|the) stairs|trying to|doing)|" +
                @"if (he|she|they) (saw|sees) (the|my|this|that) (bill|price|mess|state|car|house)|if (he|she|they) (failed|" +
                @"lost|missed) (the|her|his|their|a|an) (\w+ )?(test|exam|match|game|final|bus|train|flight|show|gig)|die (of|from) (embarrassment|shame|" +
                @"boredom|laughing|laughter|cringe)|(wants|want|wanted) to die( \w+){0,2} (lmao|lmfao|lol|haha|hahaha|rofl)|" +
                @"if (the )?(\w+s|arsenal|united|city|england|ireland|scotland|wales|liverpool|chelsea) (lose|lost|win|dont win|go down|get relegated)|" +
                @"to die for|die on (that|this) hill|die (her|his|my|their|the) (hair|clothes|shirt|jeans|fabric)|" +
                @"(his|her|their) life in (a|the)|(what|how) (do|should|would|can) (i|we|you) (do|say|help|support|respond)( \w+){0,4} if|" +
                @"(a|the) character|(in )?(a|the) (film|movie|novel|book|episode|series|song)|(help|support|talk to) (someone|somebody|a friend|people) who|" +
                @"every (time (he|she|they) (sees|hears|watches)|monday)|over (the|a|his|her) (\w+ )?(numbers|report|deadline|bill)|" +
                @"writing a (story|book|novel|script|poem)|(tablets|pills|meds|medication) " +
                @"(with (food|her|him|them)|as prescribed|on time|every day|from now on))\b"),
            // End-of-life care ("wants to die at home", a hospice or palliative team); a threat to kill others too, which the
            // violence rules answer ("he'll kill himself and the kids").
            UnlessMessage = R(@"\b(die at home|die in (his|her|their) own (bed|home|house)|hospice|palliative|terminal|terminally ill|end of life care|" +
                @"with dignity|dying of|die peacefully|(himself|herself|themselves)( \.)? (and |then |after )?(me|us|the kids|the children|my kids|my children|everyone|the baby))\b"),
            Fires =
            [
                "My mum wants to die. She told me tonight.",
                "son 16 said he's going to kill himself and ran out the door",
                "My friend's gone off the grid after saying she'd kill herself",
                "my daughter says she'd rather be dead",
                "He's been using for three days and says he'll end his life tonight",
                "My wife says she thinks about killing herself every day",
                "my bestie says she's going to take all her mum's sleeping tablets when everyone's in bed",
                "my brother wants to kill himself",
                "my son is talking about killing himself",
                "my sponsee says she doesnt want to live anymore",
                "my husband says he is going to hang himself at work tomorrow",
                "my mate reckons he's gonna top himself",
                "my friend said she wants to kill herself tonight lmao what do i even say",
                "my son says he will kill himself if he fails the exam tomorrow, he means it",
            ],
            DoesNotFire =
            [
                "my dad would kill himself laughing if he saw me at the gym",
                "my nan wants to die at home, not in the hospital",
                "she doesn't want to die, she wants the pain to stop",
                "she wanted to die of embarrassment when her phone rang in the meeting",
                "my phone wants to die",
                "my sponsor wants to die on that hill",
                "she doesnt want to live with me anymore",
                "what do i do if my friend says she wants to die",
                "he is going to shoot himself in the foot if he keeps this up",
                "my dad is going to kill himself working all these double shifts",
                "im writing a story where he is going to kill himself",
                "my husband says he'll kill himself and the kids if i leave",
                "my friends snapchat streak died and she said she wants to die lmao",
                "my mate reckons he'll top himself if the Bombers lose again",
                "how do i help someone who says they want to kill themselves",
                "my dad has terminal cancer and says he wants to die peacefully at home",
            ],
        },
        new()
        {
            Id = "SU54", Category = CrisisCategory.SuicidalThoughts, Negatable = true, Past = PastHandling.Concern,
            Description = "Scared of oneself, or of what one might do, said on its own (a user trial, 2026-12-08, right after a crisis reply).",
            AllOf =
            [
                Any(
                    @"\b(i m|im|i am|i feel|im getting|i m getting|i am getting)" + Softly + @" (scared|afraid|frightened|terrified) of (myself|my self|" +
                        @"being alone with myself)\b",
                    @"\b(i m|im|i am)" + Softly + @" (scared|afraid|frightened|terrified) of what i (might|may|could|would|will|ll|am going to|m going to|" +
                        @"am gonna|m gonna) do( to myself)?( right now| tonight| today| anymore| any more| rn)?$"),
            ],
            // Fear of what drink does to one's behaviour is not a danger said now.
            UnlessClause = R(@"\bwhen i (drink|m drinking|am drinking|get drunk|use|m using|am using|get high)\b"),
            Fires = ["im kind of scared of myself right now", "I'm scared of what I might do tonight", "honestly im afraid of what i'll do to myself"],
            DoesNotFire =
            [
                "im scared of what i might do to my liver if i keep this up",
                "I'm not scared of myself anymore",
                "back then I was scared of myself, but therapy helped",
                "i get scared of myself when i drink",
                "i get scared of myself sometimes",
            ],
        },
    ];
}
