using System.Text.RegularExpressions;
using static RecoveryBot.Safety.Rules.CrisisVocabulary;

namespace RecoveryBot.Safety.Rules;

/// <summary>
/// Indirect signals: farewells, means gathered, questions about heights or doses, a calm decision. Part of <see
/// cref="CrisisRules.All"/>; each rule carries the messages it must and must not fire on.
/// </summary>
internal static class IndirectSignalRules
{
    // A loss or distress (IX01).
    private static readonly Regex Distress = Any(
        @"\blost (my|the) (job|house|home|kids|children|custody|apartment|license|wife|husband|partner|girlfriend|boyfriend|everything)\b",
        @"\blost (custody|my kids|visitation)\b",
        @"\blost (everything|it all|hope)\b",
        @"\b(got|been|was|just) (fired|laid off|dumped|evicted|kicked out)\b",
        @"\bfired me\b",
        @"\b(wife|husband|partner|girlfriend|boyfriend|fiance|fiancee) (left|dumped|is leaving|broke up)\b",
        @"\b(left|dumped) me\b",
        @"\bdivorce\b",
        @"\b(mom|mum|mother|dad|father|son|daughter|brother|sister|wife|husband|friend|grandma|grandpa|baby) (died|passed away|passed)\b",
        @"\brelapsed\b",
        @"\bcant (take|do) (it|this)\b",
        @"\bnothing matters\b",
        @"\bno hope\b",
        @"\bhopeless\b",
        @"\bworthless\b",
        @"\bhate (myself|my life)\b",
        @"\bruined everything\b",
        @"\bscrewed (everything|it all) up\b",
        @"\bfailed again\b",
        @"\btired of (everything|it all|life|living)\b",
        @"\b(nobody|no one) cares\b",
        @"\b(all|completely|totally) alone\b",
        @"\bfalling apart\b",
        @"\bdont (really )?care what happens\b",
        @"\bnothing left\b");

    /// <summary>The rules of this family, in reporting order.</summary>
    internal static readonly CrisisRule[] Rules =
    [
        new()
        {
            Id = "IX21", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "A calm decision or a farewell: knowing how it ends, sorting affairs, not coming back, something to remember me by.",
            AllOf =
            [
                Any(
                    @"\bsort(ing)? (out )?(who gets my|my affairs)\b",
                    @"\bsomething to remember me by\b",
                    @"\btell whoever reads (this|these) that i tried\b",
                    @"\bknow when i am doing it\b"),
            ],
            Fires = ["sort out who gets my dog", "Tell whoever reads these that I tried. I really did."],
        },
        new()
        {
            Id = "IX22", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "Being gone or not needed soon: my kids better off if I was not in it, not needing the journal soon, it will not matter much longer.",
            AllOf =
            [
                Any(
                    @"\bbetter (life|lives|off) if i (was|were|wasnt|werent) (not )?(in it|here|around|gone|dead|in their lives|in the picture)\s*$",
                    @"\b(not going to|wont|dont think i will) need (any of )?(the journal|my journal|this journal|this app|the app|" +
                        @"these reflections)( \w+){0,3} (soon|much longer|anymore|after (this|tonight|friday))\b",
                    @"\b(wont|not going to) matter (much )?longer\b",
                    @"\bnobody (has|will have) to (deal with|clean up|sort out) (my|the) (mess|stuff|things)( \w+){0,2} after\b",
                    @"\bfeel like i am already gone\b",
                    @"\bi am tired of me\b",
                    @"\bno future for (someone|a person|people) like me\b",
                    @"\bevery road ends (in|at) the same place\b",
                    @"\b(want|ask|asking|praying for) the lord to (carry|take|bring) me home\b",
                    @"\bstay under the (bath )?water\b",
                    @"\b(i )?(wish|want) (a|the) (truck|bus|train|car|lorry) (would|to) (just )?hit me\b",
                    @"\blife (gets|will get|would get|will be) easier for (her|him|them) (without me|after)\b",
                    @"\b(she|he|they) will cry for a bit\b",
                    @"\bi am (a |just a )?waste of oxygen\b"),
            ],
            Fires = ["Won't matter much longer", "they'd be better off if I wasn't here"],
        },
        new()
        {
            Id = "IX24", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "A note for after: by the time you read this.",
            AllOf = [R(@"\bby the time you read this\b")],
            Fires =
            [
                "dear mum, im sorry. by the time you read this ill be gone. i chose tonight.",
                "Dear Ana, by the time you read this I'll be at peace. Please don't blame yourself.",
            ],
        },
        new()
        {
            Id = "IX25", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Not waking up as fine: if I do not wake up tomorrow, that is fine with me.",
            AllOf =
            [
                R(@"\bif i dont wake up\b"),
                Any(
                    @"\b(that is|it is|its) (fine|okay|alright)\b",
                    @"\bfine (with|by) me\b",
                    @"\bso be it\b"),
            ],
            Fires = ["If I don't wake up tomorrow, that's fine with me"],
        },
        new()
        {
            Id = "IX23", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Affairs put in order with a goodbye: will sorted and the dog rehomed, socials deleted and goodbyes said, saying goodbye while I " +
                "still can.",
            AllOf =
            [
                Any(
                    @"\b(sorted|made|wrote|did|finished|updated) (out )?my will\b",
                    @"\b(deleted|deleting|closed|closing|wiped) (all )?my (socials|accounts|social media|profiles)\b",
                    @"\bsaid (bye|sorry) to (everyone|all)\b"),
                Any(
                    @"\b(left|leaving|gave|giving|rehomed|rehoming) (the|my) (dog|cat|pets|pet)\b",
                    @"\b(said|saying) (bye|goodbye)\b",
                    @"\bwhile i still can\b",
                    @"\beverything is in order\b",
                    @"\bfinished everything\b"),
            ],
            UnlessMessage = R(
                @"\b(moving|move|emigrating|new job|travel|travelling|holiday|deployment|deployed|rehab|treatment centre|treatment center|detox|" +
                    @"hospital stay)\b"),
            Fires =
            [
                "deleted all my socials and said bye to my discord friends",
                "Sorted my will and left the dog with my neighbour. Everything's in order now.",
            ],
            DoesNotFire = ["Made my will with the solicitor because we are moving abroad, and said goodbye to the neighbours"],
        },
        new()
        {
            Id = "IX01", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "A question about heights or deep water next to a loss or distress.",
            AllOf =
            [
                R(@"\b(bridge|bridges|building|buildings|roof|rooftop|rooftops|cliff|cliffs|tower|towers|overpass|parking garage|balcony|river|lake|tracks)\b"),
                R(@"\b(tall|taller|tallest|high|higher|highest|height|how far|how deep|deep|deepest|access|nearest|closest|fall|drop|jump)\b"),
                Distress,
            ],
            Fires = ["my wife left me. how tall is the golden gate bridge", "can't take it anymore. where's the nearest tall building"],
        },
        new()
        {
            Id = "IX02", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "A question about heights together with dying or surviving a fall.",
            AllOf =
            [
                R(@"\b(bridge|bridges|building|buildings|roof|rooftop|cliff|tower|overpass|balcony)\b"),
                R(@"\b(die|dying|kill|fatal|survive|lethal)\b"),
            ],
            Fires =
            [
                "I lost everything. how high does a bridge need to be to die from the fall",
                "sorry my english. I want to kill myself. I am on the bridge of the highway now looking down",
            ],
        },
        new()
        {
            Id = "IX03", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "Asking about a lethal or fatal dose, or how much would kill.",
            AllOf =
            [
                Any(
                    @"\b(lethal|fatal|deadly|toxic) (dose|amount|dosage|level|quantity)\b",
                    @"\boverdose (amount|threshold|level)\b",
                    @"\bhow (much|many)\b( \w+){0,6} (would|will|does it|do you|to|it takes|it take|it would take|is|are)\b( \w+){0,4} (kill|die|be fatal|" +
                        @"be lethal|be deadly|not wake up|dont wake up|never wake up|stop (my|your|a) heart|lethal|fatal|deadly)\b"),
            ],
            UnlessMessage = R(@"\b(caffeine|coffee|coffees|espresso|energy drinks?|red bull|monster|sugar|chocolate|water|salt)\b"),
            Fires = ["how much xanax is a lethal dose", "what's a lethal dose of oxycodone"],
            DoesNotFire = ["whats the lethal dose of caffeine lol ive had 5 coffees at this meeting"],
        },
        new()
        {
            Id = "IX04", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Asking how many or how much medicine would be too much, or would 'take'.",
            AllOf =
            [
                R(@"\bhow (much|many)\b( \w+){0,6} (too much|too many|would it take|does it take|it takes|would be enough)\b"),
                R(@"\b" + Medicine + @"\b"),
            ],
            Fires = ["how many pills would be too many", "how many tylenol does it take to die"],
        },
        new()
        {
            Id = "IX05", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message, Past = PastHandling.Dismiss,
            Description = "Asking about or planning to mix benzodiazepines with alcohol or opioids, or opioids with alcohol (a lethal combination).",
            AllOf =
            [
                R(
                    @"\b(" + Benzo + @"\b.*\b(" + Alcohol + @"|" + Opioid + @")|" + Opioid + @"\b.*\b" + Alcohol + @"|" + Alcohol + @"\b.*\b(" + Benzo + @"|" +
                        Opioid + @"))\b"),
                R(
                    @"\b(is it|can (you|i|someone|a person|people)|could|what happens|how|will (it|i)|would (it|i)|should i|dangerous|safe|ok|okay|die|kill|" +
                        @"going to|about to|want to|tonight|mix|mixing|combine|combining)\b"),
            ],
            Fires = ["can you die from mixing oxy and vodka", "what happens if i mix benzos and alcohol"],
            DoesNotFire = ["I used to mix xanax and alcohol every night, I'm lucky I survived"],
        },
        new()
        {
            Id = "IX06", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "Asking for a painless or quick method, bleeding out, a gun today, a rope's strength, which pills.",
            AllOf =
            [
                Any(
                    @"\b(painless|easiest|quickest|fastest|surest|quietest|best) (way|ways|method|methods) to (die|go|end it|kill myself|do it)\b",
                    @"\bmost painless (way|method)\b",
                    @"\bbleed out\b",
                    @"\bhow long (would|does|will|did) it take to (freeze|bleed|drown|die|starve|suffocate)\b",
                    @"\b(freeze|bleed|drown|starve) to death if i\b",
                    @"\b(is|would|will) (hanging|drowning|jumping|an overdose|overdosing|bleeding out|a gun|shooting|carbon monoxide|gas) (be )?(painless|" +
                        @"quick|quicker|quickest|faster|certain|better)\b",
                    @"\b(better|quicker|easier) with (pills|a gun|a rope|tablets)\b",
                    @"\b(where|how) (can|do|could) i (buy|get) a gun\b",
                    @"\bgun (today|tonight|fast|no questions)\b",
                    @"\bhow strong (does|should|would|is) (a|the) rope\b",
                    @"\brope (strong enough|to hold)\b",
                    @"\bwhich pills (are|would|will|is)\b",
                    @"\bcan i take all my\b"),
            ],
            Fires = ["can i take all my oxy at once", "whats the most painless way to go"],
        },
        new()
        {
            Id = "IX07", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Giving belongings away, arranging things for 'when I'm gone', writing a will.",
            AllOf =
            [
                Any(
                    @"\b(giving|give|gave|given|giving away|gave away|given away) (away )?(all )?(of )?(my|all my) (stuff|things|belongings|possessions|" +
                        @"clothes|books|guitar|records|collection|dog|cat|pet|pets|car|savings|money)\b",
                    @"\b(giving|gave|given) (all )?(my )?(stuff|things|belongings|possessions) away\b",
                    @"\b(giving|gave|given|rehomed|rehoming) (the|my) (cat|cats|dog|dogs|pet|pets|bird|rabbit) to\b",
                    @"\b(when|after|once) i am gone\b",
                    @"\bmy affairs in order\b",
                    @"\b(wrote|written|writing|made|updated) (my|a) will\b",
                    @"\bleave my (stuff|things|belongings)\b"),
            ],
            UnlessMessage = R(
                @"\b(shelter|charity|goodwill|thrift|donate|donation|donating|start fresh|fresh start|new apartment|new place|moving|declutter\w*|dont fit|" +
                    @"rehab|treatment|while i am (in|at))\b"),
            Fires = ["i've given all my things away", "I've been giving my stuff away"],
            DoesNotFire = ["I need to leave my stuff at my sister's place while I'm in rehab"],
        },
        new()
        {
            Id = "IX08", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "A farewell: this is goodbye, last message, tell my kids I love them, won't need this anymore.",
            AllOf =
            [
                Any(
                    @"\bthis is (goodbye|my goodbye|farewell)\b",
                    @"\bthis is (my|the) (last|final) (message|night|goodbye|time|post|day)\b",
                    @"\b(this will be|this is|that was|that is) my (last|final) (check in|checkin|session|chat|message|entry|post|log)\b",
                    @"\b(last|final) (message|goodbye) from me\b",
                    @"(^|\bplease |\bcan you |\bcould you |\bwill you |\bmake sure (you )?)tell my (kids|children|son|daughter|wife|husband|mom|mum|mother|" +
                        @"dad|father|family|parents|sister|brother|partner|girlfriend|boyfriend|friends) (that )?(i love|i am sorry|i said goodbye|goodbye|" +
                        @"i loved|how much i love|i tried)\b",
                    @"\bplease tell \w+( \w+)? (that )?i (am sorry|love)\b",
                    @"\b(wont|dont) (need|be needing) (this|these|you|it|the app|this app|any of this)( \w+)? (anymore|again|after tonight)\b",
                    @"\bgoodbye (everyone|everybody|all|world|forever|for good|cruel world|my friends)\b",
                    @"\b(want|wanted|wants|need|needed|came|come) to say goodbye\b",
                    @"\bsaid goodbye to (my|everyone|everybody)\b",
                    @"\b(last|final) time (you|anyone) (will )?hear from me\b",
                    @"\b(never|not|wont) hear from me again\b",
                    @"\b(wrote|written|writing|left) (goodbye )?(letters|notes) (to|for) (everyone|everybody|all|each|my (family|kids|children))\b"),
            ],
            UnlessMessage = Any(
                @"\bgoodbye to (my old|the old|drinking|alcohol|booze|drugs|using|that life|my addiction|the bottle)\b",
                @"\bsee you\b",
                @"\btalk (to you )?(tomorrow|soon|later|next)\b",
                @"\bfor now\b",
                @"\bnext (week|time|session)\b",
                @"\bevery time i (said|say|promised|swore|told \w+) (that )?(this is|this was|it is|it was) the last time\b"),
            Fires = ["this is goodbye", "THIS IS GOODBYE."],
            DoesNotFire = ["this is goodbye to my old life"],
        },
        new()
        {
            Id = "IX09", Category = CrisisCategory.IndirectSignal, Indirect = true, Past = PastHandling.Dismiss, Disclaimable = true,
            Description = "Not being around for long; others better off without me; a burden; soon it won't matter.",
            AllOf =
            [
                Any(
                    @"\b(wont|not going to|am not going to) be (around|here|alive) (much longer|for (much )?long|long|next week|tomorrow|anymore|" +
                        @"by (tomorrow|monday|the weekend|next week)|after tonight)\b",
                    @"\bdont see myself (being )?(around|here|alive)\b",
                    @"\b(better off|happier|be fine|be better|fine|get some peace) without (me|(an? |the )?(\w+ ){0,3}like me)\b",
                    @"\bwont be a (problem|burden|bother|nuisance|worry) (much longer|for long|soon|anymore)\b",
                    @"\b(they|everyone|everybody|my family) (would|will|could) finally (get some|have|be at) (peace|rest)\b",
                    @"\bbetter off if i (was|were|wasnt|werent) (here|around|alive|gone|dead|born)\b",
                    @"\b(nobody|no one) (would|will|is going to) (even )?(miss|notice|care)\b",
                    @"\bi am (just |such |only )?a burden\b",
                    @"\bburden (to|on) (everyone|everybody|all|them|my family|the world|people)\b",
                    @"\bsoon (it|none of (this|it)|nothing) (wont|will) matter\b",
                    @"\b(none of (this|it)|nothing) will matter (soon|by tomorrow|tomorrow|after tonight|anymore)\b",
                    @"\bby tomorrow (none of (this|it)|nothing) will matter\b",
                    @"\b(it|this|everything) will (all )?be over soon\b",
                    @"\bsoon i (wont|will not|am not going to) be\b",
                    @"\bwont have to (worry|deal)( \w+){0,4} (much longer|for long)\b"),
            ],
            Fires = ["i'm just a burden", "nobody would miss me"],
            DoesNotFire = ["i used to think everyone would be better off without me, step work changed that"],
        },
        new()
        {
            Id = "IX10", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "No way out; no future; wanting to disappear; not making it through the night.",
            AllOf =
            [
                Any(
                    @"\b(no way out|no way to escape|no escape)\b",
                    @"\b(cant|dont) see (any |a )?(way out|future|a future|any future)\b",
                    @"\b(dont have a|there is no) future\b",
                    @"\b(want|wish|wishing) (to |i could )?(just )?(disappear|vanish)\b",
                    @"\b(not going to|wont|dont think i will|dont think i can) (make it|survive|last) (through )?(tonight|the night|this night|till morning|" +
                        @"until morning|another day|the weekend)\b"),
            ],
            Fires = ["there's no way out", "I can't see any way out"],
        },
        new()
        {
            Id = "IX11", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "A sudden calm or peace after a decision or a plan (with no recovery step named).",
            AllOf =
            [
                Any(
                    @"\b(made|making|have made) (my|the|a|up my) (decision|choice|mind)\b",
                    @"\bi (have )?decided\b",
                    @"\b(it is|its|everything is) (all )?decided\b",
                    @"\bfinally know what i (have|need|must|got) to do\b",
                    @"\b(i have|i have got|got) a plan\b"),
                R(@"\b(at peace|peaceful|calm|relieved|not (scared|afraid) anymore|no longer (scared|afraid)|weight (has been|is) lifted|finally free)\b"),
            ],
            UnlessMessage = R(
                @"\b(rehab|detox|treatment|sponsor|meeting|meetings|counselor|counsellor|therapist|therapy|doctor|sober|sobriety|clean|quit|quitting|" +
                    @"stop drinking|stop using|get help|call|calling|apologize|apologise|amends|recovery|forgive)\b"),
            Fires = ["I have a plan and I'm not scared anymore", "i feel weirdly calm now that i've decided"],
            DoesNotFire = ["I've made my decision to go to rehab and I finally feel at peace"],
        },
        new()
        {
            Id = "IX12", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "Having found a way to make it all stop; knowing how one will 'do it'.",
            AllOf =
            [
                Any(
                    @"\b(figured out|found|know|found out|worked out) (how|a way) to (make (it|it all|everything|the pain) stop|end (it|it all|the pain|" +
                        @"everything)|make the pain go away|never feel this again)\b",
                    @"\bknow how i am going to do it\b",
                    @"\b(make|making) (it|it all|everything|the pain) stop (for good|forever|permanently)\b"),
            ],
            Fires = ["I know how I'm going to do it", "i've figured out how to make it all stop"],
        },
        new()
        {
            Id = "IX13", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "A height question about certainty or barriers: which floor is 'for sure', which bridge has no fence, the tallest garage.",
            AllOf =
            [
                R(
                    @"\b(floor|floors|stories|storeys|bridge|bridges|building|roof|rooftop|garage|overpass|balcony|tower|cliff|cliffs|tracks|train|trains|" +
                        @"platform|railway|crossing|level crossing|motorway)\b"),
                R(
                    @"\b(how easy it would be|easy it would be|just stop there|stop on the|lie down on|step in front|for sure|to be sure|guaranteed|" +
                        @"guarantee|no fence|the fence|a fence|fences|railing|railings|barrier|barriers|net|nets|no cameras|tallest|highest|how high|enough|" +
                        @"what floor|which floor|disappear|calling me|calling my name|staring at|stare at)\b"),
            ],
            UnlessMessage = Any(
                @"\b(sunrise|sunset|view|views|meditation|meditate|walk the dog|photo|photos|picture|pictures|climbing gym|hike|hiking|run|running|jog|" +
                    @"late for|nightmare|pub quiz|trivia night)\b",
                @"\b(for|doing|with) (a|my|his|her|their|the) (school )?(project|homework|assignment|essay)\b"),
            Fires = ["motorway bridge is high enough right", "what floor do u need to be on so its for sure"],
            DoesNotFire = ["which bridge is the highest for a sunset photo", "How high is the Jacques Cartier bridge? My kid's doing a school project"],
        },
        new()
        {
            Id = "IX14", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Means gathered: medicine saved, stockpiled, counted or 'enough'.",
            AllOf =
            [
                Any(
                    @"\b(saving|saved|save|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|collecting|collected|counting|counted|enough|every|whole|" +
                        @"entire|all|putting aside|put aside|setting aside|set aside|keeping back|kept back|squirreling away|hiding|hid) (up )?(of )?(my |" +
                        @"the |his |her |my \w+ |these |those |\d+ )?" + Medicine + @"\b",
                    @"\b" + Medicine + @"( \w+){0,3} (be enough|is enough|are enough|enough now|saved up|stockpiled|for weeks|for months)\b",
                    @"\b(got|have|there is|there are) enough( \w+){0,2} (now|to do it|to do this|to be sure|for sure)\b"),
            ],
            UnlessMessage = Any(
                @"\b(he|she|they|someone|somebody) (hid|hides|hiding)\b",
                @"\bfor (weeks|months|years) now\b",
                @"\bbeen (on|taking)\b",
                @"\b(refill|pharmacy|to last|last me|until my|till my|for the (trip|week|month)|morning meds|morning pills|morning tablets|with breakfast|" +
                    @"with food|dropped|take back|disposal|flushed|threw out|threw away|gave them to|as prescribed|on time|caffeine|coffee|water)\b"),
            Fires = ["I swallowed all my meds", "can i take all my oxy at once"],
            DoesNotFire = ["I don't think he hid my pills on purpose"],
        },
        new()
        {
            Id = "IX20", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Means at once: N of someone's medicine 'enough', a whole bag used in one go, no reason to save any, the car running in a closed " +
                "garage, asking whether one can overdose on something.",
            AllOf =
            [
                Any(
                    @"\b\d+ of (my |his |her |the |my \w+ )?" + Medicine + @"\b( \w+){0,2} (be )?enough\b",
                    @"\b(use|take|do|shoot|snort|smoke|drink) the (whole|entire) (bag|bottle|stash|supply|script|take home|batch|gram|pack|thing)\b",
                    @"\bno (reason|point|need) to save (any|some|it|anything|them)\b",
                    @"\b(bought|got|buying|getting) (a |some )?(hosepipe|hose|charcoal|tarp|helium)\b",
                    @"\b(drink|take|use|finish) every (last )?(bottle|pill|tablet|drop|can)\b",
                    @"\bwhatever happens happens\b",
                    @"\bcar running (in|inside) (a |the )?(closed |shut |locked )?garage\b",
                    @"\b(hose|pipe|tube) (from|to|on|into) the exhaust\b",
                    @"\bexhaust fumes\b",
                    @"\b(can|could|would|will|do|does) (you|i|a person|someone|somebody|people) (overdose|die|die from|die of) on\b",
                    @"\boverdose on (insulin|tylenol|paracetamol|" + Medicine + @")\b"),
            ],
            UnlessMessage = R(@"\b(caffeine|coffee|water|vitamins|gummies|as prescribed|pharmacy|disposal|take back)\b"),
            Fires = ["got a hose that fits the exhaust", "gonna take every pill in the house"],
            DoesNotFire = ["can you overdose on caffeine"],
        },
        new()
        {
            Id = "IX15", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "No tomorrow; not making it to next week; won't be around after that; don't come looking for me.",
            AllOf =
            [
                Any(
                    @"\b(isnt going to be|wont be|will not be|there is no|no|not going to be) (a |any )?(tomorrow|tomorrows|next week|future) for me\b",
                    @"\bno (more )?tomorrows\b",
                    @"\bisnt going to be a tomorrow\b",
                    @"\b(dont see myself|not|wont be|dont think i will be|dont think i am) (making it|make it|going to make it|around|here) (to|till|until|" +
                        @"through|past) (my \d+ (year|years|months|days)|next (week|month|year)|tomorrow|the weekend|christmas|my birthday|monday|friday)\b",
                    @"\bor (to )?next week\b",
                    @"\bwont be (around|there|here|at \w+|coming)( \w+){0,6} (or|and) (any|every) \w+ after (that|this|today|tonight)\b",
                    @"\bdont (come )?(look|looking|search|searching) for me\b",
                    @"\bdont (try to|bother to|bother trying to) find me\b",
                    @"\b(when|once|after) (they|you|someone|somebody|people|my \w+) (find|finds|found) me\b",
                    @"^(tonight|today|this) is the (night|day)$",
                    @"\b(tonight|today) is the (night|day)( \w+){0,2} (been|long|finally) (a long time coming|coming)\b",
                    @"\bbeen a long time coming\b"),
            ],
            Fires = ["No next week for me", "there is no next week for me"],
        },
        new()
        {
            Id = "IX16", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "After-death logistics: life insurance paying out, passwords or accounts 'after', who takes my pet or kids, loose ends.",
            AllOf =
            [
                Any(
                    @"\blife insurance\b.*\b(pay|pays|payout|pay out|cover|covers|suicide|accident|accidental|overdose|if i die|die|dead)\b",
                    @"\b(passwords|password|accounts|pin|bank|phone) .*\b(after|when i am gone|once i am gone|if something happens|when something happens)\b",
                    @"\b(get into|access|log into|have) my (accounts|passwords|phone|email|bank)\b.*\bafter\b",
                    @"\bloose ends\b",
                    @"\b(everything|things|affairs|my stuff) in order\b",
                    @"\b(take care of|look after|take|adopt|keep|have|feed|watch|raise) my (cat|cats|dog|dogs|pet|pets|kids|children|son|daughter|fish|bird|" +
                        @"rabbit|plants)\b.*\b(after (this|tonight|today|the weekend|this weekend|i|tomorrow|friday|saturday|sunday)|i wont be able|" +
                        @"when i am gone|forever|for good|permanently|from now on)\b",
                    @"\b(if|when|in case) something (happens|happened) (to me )?\b.*\btell\b"),
            ],
            UnlessMessage = R(
                @"\b(rehab|detox|treatment|hospital|trip|vacation|holiday|work trip|shift|while i am|while i|until i|till i|inpatient|surgery|court|jail|" +
                    @"conference)\b"),
            Fires = ["I've been getting my affairs in order", "told my sister to look after my cat. forever"],
            DoesNotFire = ["getting my affairs in order before my surgery"],
        },
        new()
        {
            Id = "IX17", Category = CrisisCategory.IndirectSignal, Indirect = true,
            Description = "A farewell in other words: thank you for everything with goodbye, final chapter, my goodbye written, letters for when they find " +
                "me, won't need it where I'm going.",
            AllOf =
            [
                Any(
                    @"\bfinal (chapter|curtain|bow|page|goodbye|message)\b",
                    @"\b(wrote|written|writing|recorded|left|leaving|finished) (my|a|the) (goodbye|goodbyes|farewell|last words|final words|last letter|" +
                        @"last message)\b",
                    @"\b(wrote|written|writing|left|leaving) (goodbye )?(letters|letter|notes|note) (for|to) (my|everyone|each|all|" +
                        @"the kids)( \w+){0,4} (for when|when they|on the table|to find|in case|goodbye)\b",
                    @"\b(wont|will not) (be )?(need|needing)( \w+){0,4} (where i am going|after (tonight|today|this|this weekend)|anymore|again)\b",
                    @"\bwhere i am going\b( \w+){0,3}$",
                    @"\bplanning my (last|final) (high|hit|shot|binge|bender|use|drink|run|night)\b",
                    @"\bone (last|final) (high|hit|shot|binge|bender)\b",
                    @"\bmy (last|final) (high|hit|shot|binge|bender)( \w+){0,3} (count|ever|tonight|for good)\b",
                    @"\b(i will|i am going to|going to) be at peace soon\b",
                    @"\bbe (at peace|gone|free|out of (your|everyones) (way|hair)) soon\b",
                    @"\b(it|it all|everything|this) will (just |all |finally )?be over (right|soon|then|quick|quickly|fast|for good|forever)\b",
                    @"\bjust be over right\b",
                    @"\b(tell|let) my (" + Person + @"|parents|folks|mom and dad|mum and dad) (know )?(that )?(he|she|they) did (everything|all) (he|she|" +
                        @"they) could\b",
                    @"\bnone of (this|it) is (his|her|their|your|anyones) fault\b",
                    @"\b(note|notes|letter|letters) for (the police|whoever finds|the coroner|the person who finds|the paramedics)\b",
                    @"\btell my (" + Person + @"|parents|folks|mom and dad) (that )?(i am sorry|i love|i loved|i tried|goodbye|not to blame|it is not (their|" +
                        @"his|her) fault)\b"),
            ],
            UnlessClause = Any(
                @"\b(need|going|have|want|got|should|will|wanted|plan) to tell my\b",
                @"\b(before|after) i tell my\b"),
            Fires = ["it'll all be over soon", "tell my kids I love them"],
            DoesNotFire = ["I want to tell my son I'm sorry for missing his games"],
        },
        new()
        {
            Id = "IX18", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Thank you for everything together with goodbye, the end or a last message.",
            AllOf =
            [
                R(@"\b(thank you|thanks|thank u|thx) for (everything|all of it|all you have done|the \d+ (months|years|days|weeks)|being there)\b"),
                R(@"\b(goodbye|bye forever|farewell|the end|final|last|for good|take care of|this is it)\b"),
            ],
            Fires = ["final chapter. thanks for the 14 months recoverybot", "thanks for everything bot. ur the last one im talking to"],
        },
        new()
        {
            Id = "IX19", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Cutting everybody off or disappearing so they won't have to deal with me much longer.",
            AllOf =
            [
                Any(
                    @"\b(wont|will not|dont) have to (deal|worry|put up)( with)?( \w+){0,3} (much longer|for long|anymore|soon)\b",
                    @"\b(none of you|no one|nobody|you|they|everyone) (will|wont|will not) (have to|need to) (put up with|deal with|worry about|" +
                        @"look after) me\b",
                    @"\b(easier|better) (this way|for everyone|for them)\b.*\b(cut|gone|without me|deleted|goodbye)\b",
                    @"\b(cut|cutting) (everybody|everyone|all of them|people) off\b.*\b(easier|better|for good|much longer)\b"),
            ],
            Fires = ["i won't have to worry about it much longer", "after tonight none of you will have to put up with me"],
        },
        new()
        {
            Id = "IX26", Category = CrisisCategory.IndirectSignal, Indirect = true, Past = PastHandling.Dismiss,
            Description = "A farewell in plain words: you will not hear from me after this, no problem to anyone much longer, so nobody has to break in.",
            AllOf =
            [
                Any(
                    @"\byou (wont|will not|will never) (ever )?(hear|see) (from |of )?me (again|after (this|tonight|today|this weekend))\b",
                    @"\bwont be (a problem|a burden|an issue|in the way|around) (for|to) (anyone|anybody|you|them|everyone) (much )?(longer|for long)\b",
                    @"\b(chip|coin|medallion) to (someone|somebody) (who|that) (needs|deserves) it more\b",
                    @"\bso (whoever|the person who|the one who) finds me\b",
                    @"\bso (they|nobody|no one|the police|whoever comes) (doesnt|dont|wont|has|have) (have )?to (break|kick) (in|the door|down)\b",
                    @"\bi have (decided|made up my mind) (that )?i have (seen|had|done) enough$",
                    @"\b(the kids|they) (got|have got|have had) their presents early\b",
                    @"\b(wont|will not|dont) need (the|my) (\w+ ){0,4}(after|past|beyond) (this|tonight|the weekend|this weekend|sunday|tomorrow)\b"),
            ],
            UnlessMessage = Any(
                @"\b(moving|move|new place|new flat|rehab|holiday|trip|job|start|leaving do|contract|camping|detox|off grid|signal|retreat)\b",
                @"\b(festival|bar|pub|newcomer|home group|sponsee|christmas|in laws|borrow|lend|taper|tapered|off to|flying|licence|license|suspended)\b"),
            Fires = ["You won't ever hear from me again after tonight.", "Leaving the door unlocked so nobody has to break in."],
            DoesNotFire = ["You won't hear from me after this weekend, digital detox."],
        },
        new()
        {
            Id = "IX27", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Affairs put in order beside a farewell: letters and a goodbye, passwords left, the phone cancelled, tools given.",
            AllOf =
            [
                Any(
                    @"\b(everyone|everyones|everybody|they) (has |have )?(had|got) (a|their) letter\b",
                    @"\bsaid my goodbyes to (everyone|everybody|all)\b",
                    @"\b(passwords|pin|pin numbers|bank details|insurance (papers|policy|details)|will)( are| is)? (left )?(in|on) (an|the|" +
                        @"a) (\w+ )?(envelope|folder|drawer|box)\b",
                    @"\bleft my passwords\b",
                    @"\b(sorted|made|wrote|updated|finished) (out )?my will\b",
                    @"\b(gave|given|giving) (away )?(\w+ ){0,2}my (tools|guitar|bike|stuff|things|records)\b"),
                Any(
                    @"\bthis is goodbye\b",
                    @"\bgoodbye (everyone|all|everybody)( \.|$)",
                    @"\bsorry for everything\b",
                    @"\bdeleted my (socials|accounts|facebook|instagram)\b",
                    @"\b(cancelled|canceled) my (phone|contract|phone contract)\b",
                    @"\bin a way i am\b",
                    @"\bremember me (for that|by|as i was)\b",
                    @"\b(never got to|didnt get to|chance to) say goodbye\b",
                    @"\bthis is the last (one|message|time)( \.|$)"),
            ],
            UnlessMessage = Any(
                @"\b(amends|step nine|step 9|funeral|hospice|died|passed|airport|holiday|moving (house|flat|in|abroad|to)|abroad|emigrating)\b",
                @"\b(grave|wake|solicitor|retire|retiring|old me|that life|rehab|priory|council|grown up)\b"),
            Fires = [
                "sold the bike, gave the lads my tools. 3 years off the gear. they think i'm moving away. in a way i am",
                "the first time round I never got to say goodbye. this time I have. 9 years sober and everyone's had a letter.",
            ],
            DoesNotFire = ["Gave my son my bike, the last one I'll ever need to buy him."],
        },
        new()
        {
            Id = "IX28", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "A message left for someone to find after: telling mum it's not her fault, saved where she'll find it when she comes looking for me.",
            AllOf =
            [
                R(@"\b((not|isnt|wasnt) (her|his|their|your|anyones)|none of (it|this) (is|was) (her|his|their|your)) fault\b"),
                R(@"\b(when|once|for when) \w+ (comes|come) looking for me\b"),
                R(@"\b(note|letter|video|message|recorded|wrote|written|saved|left)\b"),
            ],
            // Games and errands; amends letters and habits ("whenever she comes looking for me") are not a farewell.
            UnlessMessage = R(
                @"\b(hide and seek|hide and go seek|game|got lost|get lost|was lost|shop|shopping|supermarket|festival|at the station|amends|" +
                    @"step (8|9|eight|nine)|used to come|(she|he|they) always (comes|come|finds)|whenever)\b"),
            Fires = ["recorded a video for my mum telling her it's not her fault. saved it where she'll find it when she comes looking for me"],
            DoesNotFire =
            [
                "told my son it's not his fault I was late, he came looking for me at the shop",
                "left the kids a note, told them it's not their fault mum and dad split, they come looking for me at the shop after school",
            ],
        },
        new()
        {
            Id = "IX29", Category = CrisisCategory.IndirectSignal, Indirect = true, Scope = RuleScope.Message,
            Description = "Errands told as a farewell: nobody knew it was goodbye, money I won't be around to spend.",
            AllOf =
            [
                Any(
                    @"\b(none|nobody|no one) of them (knew|know) it (was|is) goodbye\b",
                    @"\bnobody (knew|knows|realised|realized) it (was|is) goodbye\b",
                    @"\b(wont|will not) be (around|here) to (spend|use|need) (it|them|that|any of it)( \.|$| after (tonight|today|tomorrow|" +
                        @"sunday|monday|tuesday|wednesday|thursday|friday|saturday|this week|the weekend))"),
                // Something I did for them myself: a hug, a gift, a visit, a debt paid.
                R(@"(^|\. )(i )?(hugged|gave|kissed|told|had|saw|visited|called|rang|said|took|paid|donated|sent|went)\b"),
            ],
            // A death or a goodbye already grieved, and being away (work offshore, a holiday).
            UnlessMessage = R(
                @"\b(passed|died|funeral|vet|put down|put to sleep|last christmas|holiday|offshore|working (offshore|away|nights|abroad)|" +
                    @"expires|runs out|(going|off|heading|went|go|going in) (in)?to (rehab|detox|treatment)|(in|at|into) (rehab|detox|treatment) " +
                    @"(for|on|from|that|this|next)|i am in (rehab|detox|treatment)|(moving|move|moved) (to|house|out|abroad|away)|the move|" +
                    @"(to|at|off to) uni|new job|stroke|lost (him|her|them)|" +
                    @"the show|tv show|episode|the pub (is|was) (closing|shutting)|last orders)\b|\b(be|am|being|i am) away\b|\baway (for|on|at|with)\b"),
            Fires =
            [
                "went round and saw everyone today. gave them all a proper hug. none of them knew it was goodbye",
                "donated what was left in my account to the shelter. I won't be around to spend it after sunday",
            ],
            DoesNotFire =
            [
                "grandma passed on sunday. we all hugged her at christmas, none of them knew it was goodbye",
                "won't be around to spend it for six weeks, working offshore on the rig",
            ],
        },
    ];
}
