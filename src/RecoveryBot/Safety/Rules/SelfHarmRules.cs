using static RecoveryBot.Safety.Rules.CrisisVocabulary;

namespace RecoveryBot.Safety.Rules;

/// <summary>
/// Self-harm: cutting, burning or hurting oneself, urges and fresh injuries. Part of <see cref="CrisisRules.All"/>;
/// each rule carries the messages it must and must not fire on.
/// </summary>
internal static class SelfHarmRules
{
    /// <summary>The rules of this family, in reporting order.</summary>
    internal static readonly CrisisRule[] Rules =
    [
        new()
        {
            Id = "SH01", Category = CrisisCategory.SelfHarm, Negatable = true, Past = PastHandling.Concern,
            Description = "Cutting, burning, hitting, starving or hurting oneself.",
            AllOf =
            [
                Any(
                    @"\b(cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|hurts|harm|harming|harmed|hit|hitting|punch|punching|scratch|scratching|" +
                        @"starve|starving|bruise|bruising|stab|stabbing|mutilate|mutilating) myself\b",
                    @"\b(cut|cutting|slit|slitting|slash|slashing) (my )?(wrist|wrists|arm|arms|leg|legs|thigh|thighs|skin)\b",
                    @"\b(carved|carve|carving|cut|cutting|scratched|scratching|burned|burning|dug|digging) (into )?my (wrist|wrists|arm|arms|leg|legs|thigh|" +
                        @"thighs|skin|stomach)( \w+){0,3} (again|until|til|till|deeper|tonight|today)\b",
                    @"\b(carved|carve|carving) into my\b"),
            ],
            UnlessClause = Any(
                @"\b(harm|harmed|harming|hurt|hurting|hurts) myself (and others )?(with|by|through) (the |my )?(drinking|alcohol|drugs|booze|using|drink|" +
                    @"addiction|substances)\b",
                @"\bcut myself (shaving|cooking|on)\b",
                @"\b(thought|think|believed|told myself|pretending|pretend)( that)?( i was| i am)? only (hurting|harming) myself\b"),
            Fires = ["I want to cut myself", "i want to hurt myself"],
            DoesNotFire =
            [
                "I've harmed myself with drinking for 20 years",
                "no i dont want to hurt myself",
                "i used to cut myself as a teen but i've been free of it for 10 years",
            ],
        },
        new()
        {
            Id = "SH02", Category = CrisisCategory.SelfHarm, Negatable = true, Past = PastHandling.Concern,
            Description = "Self-harm urges, relapse or restart; deserving to bleed; bleeding on purpose.",
            AllOf =
            [
                Any(
                    @"\b(cutting|self harming|self harm|sh|harming myself|burning myself) (again|urges|urge|thoughts|tonight|is back)\b",
                    @"\b(relapsed|relapse|relapsing) (on|with|into) (sh|self harm|cutting|self harming)\b",
                    @"\b(started|start|starting) (self harming|cutting|to cut)\b",
                    @"\b(urge|urges|want|need) to (sh|cut|self harm|bleed)\b",
                    @"\bdeserve to (bleed|hurt|feel pain)\b",
                    @"\b(until|till|til) (they|it|i) (bled|bleed|bleeds)\b"),
            ],
            // Tapering: "start cutting by 5mg", "cutting down".
            UnlessClause = Any(
                @"\b(cutting|cut) (down|back) on\b",
                @"\b(cutting|cut) by \d",
                @"\b\d+ ?mg\b",
                @"\b(cutting|cut) (the|my) (dose|dosage)\b"),
            Fires = ["i deserve to bleed", "I want to cut myself"],
            DoesNotFire =
            [
                "My prescriber says I can start cutting by 5mg every two weeks from January. Nervous but ready.",
                "i dont want to cut, i want to talk",
                "back in 2015 i deserve to bleed",
            ],
        },
        new()
        {
            Id = "SH03", Category = CrisisCategory.SelfHarm, Scope = RuleScope.Message,
            Description = "A blade or lighter together with oneself, bleeding or punishment.",
            AllOf =
            [
                R(@"\b(razor|razors|blade|blades|lighter)\b"),
                // "the razor out", not "clearing out his house".
                R(@"\b(myself|my (arm|arms|wrist|wrists|leg|legs|skin|thigh|thighs)|bleed|bled|punish|(razor|razors|blade|blades|lighter|it|them) out|ready|bath)\b"),
            ],
            Fires = ["got the razor out, doing it now", "Blade ready. Cutting my arms now."],
            DoesNotFire = ["found my dad's straight razor in the bathroom drawer clearing out his house. keeping it"],
        },
        new()
        {
            Id = "SH04", Category = CrisisCategory.SelfHarm,
            Description = "Cutting or burning as something that helps, or done today; hiding the marks (long sleeves in summer).",
            AllOf =
            [
                Any(
                    @"\b(cutting|burning|self harm|sh|hurting myself) (is|was|has been) (the only thing|all that|what|helping|my only)\b",
                    @"\bonly thing that helps (is|with)( \w+){0,3} (cutting|burning|cut|burn)\b",
                    @"\b(did it|cut|cut myself|burned myself) \d+ times (today|tonight|this week)\b",
                    @"\blong sleeves (in|during|again|in the) ?(july|august|june|summer|heat|again)?\b.*\b(again|july|august|summer|heat|hide|hiding|under|" +
                        @"nobody|no one)\b",
                    @"\b(hide|hiding|cover|covering|hid) (the |my |up )?(cuts|scars|marks|burns|bruises|arms|wrists)\b",
                    @"\bwhat is under (there|my sleeves|the sleeves)\b"),
            ],
            Fires =
            [
                "long sleeves in july again, nobody needs to know what's under there",
                "cutting is the only thing that helps w the cravings, did it 3 times today",
            ],
        },
        new()
        {
            Id = "SH13", Category = CrisisCategory.SelfHarm, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Fresh self-harm now: bleeding through the towel, the blade or razor in my hand.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                Any(
                    @"\b(am|i am|still|keep) bleeding through (the|a|my) (towel|towels|tissue|tissues|sleeve|shirt|top|jumper)\b",
                    @"\bi am bleeding through\b",
                    @"(^|\. )bleeding through (the|a|my) (towel|towels|tissue|tissues|sleeve)\b",
                    @"\b(the|a|my) (blade|razor) (is )?in my hand\b"),
            ],
            // Injuries, tattoos and shaving.
            UnlessMessage = R(
                @"\b(dog|bit|bite|tattoo|nose|nosebleed|period|operation|surgery|stitches|football|rugby|boxing|match|shave|shaving|beard|barber|haircut|" +
                    @"stanley|carpet|box cutter|craft)\b"),
            Fires = ["I've got the blade in my hand right now", "Cancelled my therapy. The blade is in my hand"],
            DoesNotFire = ["Got the razor in my hand, doing my own beard now that the barber shut"],
        },
        new()
        {
            Id = "SH14", Category = CrisisCategory.SelfHarm, Scope = RuleScope.Message, Past = PastHandling.Ignore,
            Description = "Cutting deeper or new cuts just made, with cutting named: want to go deeper, it is deep this time, the new ones I made tonight.",
            // Present forms only ("i am sat", "he is kicking"): a history beside it cannot hide it, a past story does not fire it.
            AllOf =
            [
                Any(
                    @"\b(want to|going to|need to|have to|about to) (go|cut) deeper\b",
                    @"\b(its|it is|they are) (really |so )?deep this time\b",
                    @"\bthe new (ones|cuts|burns) i (just )?(made|did)\b",
                    @"\bthe new ones are (really |so )?deep\b"),
                R(@"\b(cut|cuts|cutting|blade|razor|scars|wrist|wrists|thigh|thighs|self harm|burns|burning myself)\b"),
            ],
            // Step work, cutting back or out, and an accident.
            UnlessMessage = R(
                @"\b(recovery|step|steps|big book|book|screen time|cut (out|back|down)|tile|thumb|finger|chopping|knife slipped|slipped|squares|cake|bake|" +
                    @"baking)\b"),
            Fires =
            [
                "I stopped in 2019. The new ones I made tonight on my wrist are deep",
                "Back in 2013 I used to cut instead of drink. tonight I did both and its deep this time",
            ],
            DoesNotFire = ["Cut the new ones I made into squares for the meeting"],
        },
        new()
        {
            Id = "SH10", Category = CrisisCategory.SelfHarm,
            Description = "About to cut, or just cut (without 'myself').",
            AllOf =
            [
                Any(
                    @"\bjust cut for the first time\b",
                    @"\bswapped the bottle for the blade\b"),
            ],
            Fires = ["Swapped the bottle for the blade. 40 days sober and I just cut for the first time in years."],
        },
        new()
        {
            Id = "SH11", Category = CrisisCategory.SelfHarm, Past = PastHandling.Concern, Negatable = true,
            Description = "Hurting oneself on purpose: punched the wall till it broke, burned my arm, on purpose.",
            AllOf =
            [
                R(
                    @"\b(punched|hit|burned|burnt|cut|scratched|bashed|hurt) (the wall|myself|my (arm|arms|leg|legs|hand|hands|wrist|wrists|" +
                        @"head))\b( \w+){0,6} on purpose\b"),
            ],
            UnlessClause = Any(
                @"\bnot on purpose\b",
                @"\bby accident\b",
                @"\baccidentally\b",
                @"\bdidnt (\w+ )?on purpose\b"),
            Fires = ["burnt myself on purpose just now", "just burned my arm on the stove on purpose"],
            DoesNotFire =
            [
                "burned my arm on the oven not on purpose",
                "I didn't cut myself on purpose",
                "back in 2015 just burned my arm on the stove on purpose",
            ],
        },
        new()
        {
            Id = "SH12", Category = CrisisCategory.SelfHarm, Negatable = true, Past = PastHandling.Concern,
            Description = "Self-harm happening as they type, without 'myself': cutting right now, ripping my nails out.",
            AllOf =
            [
                Any(
                    @"\bi am (cutting|burning|self harming|hurting myself) (right now|now|as we speak|at the moment|as i type)\b",
                    @"\b(ripping|pulling|tearing) (out )?my (finger nails|fingernails|nails|toenails)( out)?\b"),
            ],
            UnlessMessage = R(@"\b(carbs|calories|diet|gym|sun|sunburn|sun cream|suncream|weight|sugar|back|down|onions|wood|grass|hair)\b"),
            Fires = ["I'm cutting right now", "I am hurting myself right now with a knife"],
            DoesNotFire = ["I'm cutting right now so no beer and no carbs", "i am not ripping my nails out", "as a kid i was always ripping my nails out"],
        },
        new()
        {
            Id = "SH15", Category = CrisisCategory.SelfHarm, Past = PastHandling.Dismiss,
            Description = "Hurting myself now and unable to stop: slamming my head on the wall, cutting locked in the toilet, scars reopened.",
            AllOf =
            [
                Any(
                    @"\b(keep|keeps|i am|am) (slamming|banging|smashing|bashing|headbutting|smacking|hitting|knocking) my (head|fist|fists|face) (against|into|off|on|" +
                        @"through) (the |a )?(wall|walls|floor|mirror)\b",
                    @"\bcant (make myself )?stop cutting( myself| my (arm|arms|leg|legs|wrist|wrists|thigh|thighs|skin))?$",
                    @"\bcant (make myself )?stop (hitting myself|punching myself|burning myself|hurting myself|banging my head|slamming my head)\b",
                    @"\b(locked|hiding) in the (\w+ ){0,4}cutting( myself)?$",
                    @"\bin the (bathroom|toilet|toilets|loo|bedroom) (\w+ ){0,3}cutting( myself)?$",
                    @"\b(opened|reopened) (them|it|my (old )?(scars|cuts|wounds)|the (old )?(scars|cuts|wounds)) (all )?(back )?(up )?with (a|" +
                        @"the|my) (kitchen )?(knife|blade|razor|glass|scissors)\b"),
            ],
            UnlessClause = Any(
                @"\b(onion|onions|vegetables|veg|hair|grass|lawn|hedge|wood|cake|paper|cardboard|fabric|pattern|corners|ties|class|edit)\b",
                @"\b(trying|with step)\b",
                @"\bcut(ting)? (back|down|out|off)\b",
                @"\bagainst (a|the) wall (trying|with|over|about)\b",
                @"\b(wall|floor) (cabinet|cabinets|shelf|shelves|cupboard|cupboards|unit|units|lamp|light|heater|beam)\b"),
            Fires = ["locked in the bathroom cutting", "I'm locked in the bathroom cutting myself."],
            DoesNotFire = ["I'm banging my head against a wall trying to get my landlord to fix the boiler."],
        },
        new()
        {
            Id = "SH16", Category = CrisisCategory.SelfHarm, Scope = RuleScope.Message,
            Description = "My cuts deep or gaping now, or glass in my hand, and bleeding or needing stitches.",
            AllOf =
            [
                Any(
                    @"\bmy (cut|cuts|wound|wounds|arm|wrist|wrists|thigh)( \w+)? (are|is) (\w+ )?(deep|gaping|wide open|too deep)\b",
                    @"\bthe cuts (are|is) (\w+ )?(deep|gaping|deeper)\b",
                    @"\bcut too deep\b",
                    @"\bglass (is )?(in|stuck in|sticking out of) my (knuckles|hand|hands|arm|arms|fist|wrist)\b"),
                Any(
                    @"\b(stitches|stitching|ae|hospital|glue|pouring|bleeding|blood)\b",
                    @"\ba (\. )?e\b"),
            ],
            UnlessMessage = Any(
                @"\b(chopping|knife slipped|slipped|cooking|kitchen accident|dog|cat|fell|by accident|accidentally|dropped|broke a glass|glass broke)\b",
                @"\b(garden|shaving|budget|funding|plot|hole|nhs)\b",
                @"\bit was an accident\b",
                @"\bat work (cutting|chopping|with a)\b"),
            Fires = ["Cut too deep this time, blood everywhere.", "My cuts are deep, I need to go to A and E."],
            DoesNotFire = ["Gave blood today, there's a gaping hole in my arm lol."],
        },
        new()
        {
            Id = "SH17", Category = CrisisCategory.SelfHarm, Negatable = true, Past = PastHandling.Concern,
            Description = "Burning a part of one's body with a cigarette or a lighter.",
            AllOf =
            [
                R(@"\b(burn|burning|burned|burnt) my (body|arm|arms|hand|hands|leg|legs|skin|wrist|wrists|thigh|thighs|chest|stomach) with (a |the |my )?" +
                    @"(cigarette|cigarettes|lighter|fag|fags)\b"),
            ],
            UnlessClause = R(@"\b(by accident|accidentally|accident|trying to light|lighting|light the|bumped|bbq|barbecue|hob|stove|candle|candles|fire)\b"),
            Fires = ["I burn my arm with a cigarette every time the craving comes"],
            DoesNotFire =
            [
                "I burnt my hand with the lighter trying to light the bbq",
                "I burned my arm with a cigarette by accident when someone bumped into me at the pub",
                "I used to burn my arm with cigarettes, I stopped years ago",
            ],
        },
        new()
        {
            Id = "SH18", Category = CrisisCategory.SelfHarm, Negatable = true, Past = PastHandling.Concern,
            Description = "Cutting or burning oneself now, said without the body part: cutting right now, opening my wrists, razor in hand.",
            AllOf =
            [
                Any(
                    @"\b(cutting|carving) (myself )?(again )?(right now|rn|as we speak|as i type)\b",
                    @"\b(opening|slicing|slitting|ripping) (up |open )?my (wrists|wrist|veins)( up| open)?\b",
                    @"^(razor|blade|razor blade|the blade|the razor) (is )?in (my )?hand\b"),
            ],
            UnlessMessage = R(@"\b(shave|shaving|beard|onions|veg|vegetables|salad|cutting (my |his |her |the )?hair|grass|lawn|wood|hedge|tiles|" +
                @"cutting board|sewing pattern|fabric|cutting class|carbs|sugar|kilos|kg|lbs|snowflakes|paper|bread|sandwiches|chicken|fringe|cards|" +
                @"calories|costs|sale|coupons|pumpkin|cake|turkey|turkeys|meat|roast|joint|wood|client|hairdresser|barber)\b"),
            Fires = ["cutting right now. can't stop", "i'm opening my wrists up, i deserve it", "razor in hand"],
            DoesNotFire = ["cutting right now, onions for the stew", "razor in hand, shaving my head for charity", "i am not cutting now, haven't in months"],
        },
    ];
}
