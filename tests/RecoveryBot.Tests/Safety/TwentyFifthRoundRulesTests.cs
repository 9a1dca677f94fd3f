using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

/// <summary>
/// The twenty-fifth round's rules (present dangers said in few words or as asides: OD31-OD34, HO27, SU48-SU52, SH18,
/// VH22, MD36) against four independent reviews' own lines: dangers of the same families in other words, and everyday
/// look-alikes earlier versions of the rules wrongly took for a crisis. Only lines the rules settle are here.
/// </summary>
public sealed class TwentyFifthRoundRulesTests
{
    public static TheoryData<string> ReviewedDangers { get; } = new()
    {
        "took everything in the cabinet, same as a decade ago", // OD31
        "took everything in the cabinet same as a decade ago", // OD31
        "taking all of them now, every tablet in the house", // OD31
        "did a bag of fent, same as a decade ago, everything is going black", // OD32
        "swallowed loads of sertraline", // OD33
        "took 40 sertraline like a decade ago", // OD33
        "swallowed 3 strips of my amitriptyline, feeling weird", // OD34
        "cuttin rn cant stop the blood", // SH18
        "blade in my hand again, 3rd time tonight", // SH18
        "dads 12 gauge is leaning on the bed next to me, got one in the chamber", // SU48
        "got grandads rifle out the shed, its time", // SU48
        "im stood at the tracks waiting for the 6:40", // SU49
        "walking down to the canal now, wont be coming back", // SU49
        "heading to the cliffs at beachy head, this is goodbye", // SU49
        "suicide is the answer for me and im doing it friday, tried a decade ago and failed", // SU50
        "taped the hoover pipe to the exhaust and into the window", // SU51
        "gonna drive my dads truck into the lake tonight", // SU52
        "going to plough the car into a lorry on the m6 lol", // SU52
        "im just going to wrap the car round a tree", // SU52
        "my boyfriend threw me down the stairs, he's downstairs now, I'm hiding in the bathroom", // VH22
        "he is gonna stripe me tomorrow lol if i dont pay", // VH22
        "after the match im going to put him in the hospital, serious", // HO27
        "the machete's in the boot, I'll cave his head in tonight", // HO27
        "swear down im gonna shank him tonight", // HO27
        "took 40 sertraline", // OD33
        "took everything in the cabinet", // OD31
        "i will put him in the hospital tonight", // HO27
        "took 3 bars, my breath is going really slow", // OD32
        "took 3 bars, my breathing is going really slow", // OD32
        "going to drive my mums car into the canal", // SU52
        "heading to the bridge, cant fix this anymore, goodbye", // SU49
        "in the garage with the engine running, radio on, goodbye", // SU51
        "he threw me against the wall while i was holding the baby, hes still here", // VH22
        "i cant talk to anyone. suicide, doing it on sunday", // SU50
        "cutting right now so i dont go back on the heroin", // SH18
        "took 40 co-codamol about an hour ago, feel sick", // OD33
        "swallowed a box of paracetamol, not going back to the hospital this time", // OD34
        "did more ket than i meant, cant feel my legs and everything going dark", // OD32
        "he dragged me out of bed by my hair, he's still in the house", // VH22
        "the glock is in my hand. its time", // SU48
        "sat in the truck with the 12 gauge on my lap, sorry everyone", // SU48
        "i should be dead. doing it tomorrow night, not doing another week", // SU50
        "every day i say i should be dead. today i make it true", // SU50
        "sat in the car in the garage with the engine running, warming up for the last time", // SU51
        "taped the hose to the exhaust. going for a drive nowhere", // SU51
        "im in the bathroom cutting rn", // SH18
        "i have just swallowed a strip of my pills", // OD34
        "had a seizure this morning on day 3 no drink, worried about having another seizure", // MD36
        "necked the rest of my sleeping pills and washed them down with vodka", // OD31
        "i just took everything in mums medicine cabinet", // OD31
        "did a few bumps of ket and cant feel my legs", // OD32
        "had way more gbl than usual, breathing's gone really slow", // OD32
        "smoked more spice, everything's going black", // OD32
        "just took 30 panadol", // OD33
        "took about 40 of the zopiclone my mate brought round", // OD33
        "swallowed a box of nurofen with the wine", // OD33
        "i took like 20 co-codamol an hour ago", // OD33
        "im swallowing the 60 oxy now", // OD34
    };

    public static TheoryData<string> ReviewedLookAlikes { get; } = new()
    {
        "took everything out of the kitchen cupboard to paint it, what a mess",
        "i took everything out of my tool box looking for the 10mm socket, classic",
        "ate the rest of the biscuit tin watching telly, sugar cravings are real in early recovery",
        "i am taking the rest of my leave next week, sponsor says rest is part of recovery",
        "Im taking all of them to the cinema tomorrow, the grandkids I mean",
        "going to take all of it to the tip on saturday, garage is finally getting cleared",
        "drank the rest of the milk bottle straight from the fridge, dont tell my mam",
        "Popped everything out of the blister packs into my dosette box for the week",
        "pharmacy tech life, i took everything out of the cd cabinet for the audit today",
        "took everything from the cupboard under the stairs to the charity shop, feels lighter",
        "drank the rest of the bottle of wine my mate left, that was the slip",
        "did 100 squats today for the first time, cant feel my legs lol",
        "done 20 miles on the bike with the club, cant feel my legs, buzzing",
        "did 2 hours in the cold store at work today and my fingers are numb",
        "Used 2 cans of spray foam in the loft, the fumes made it hard to breathe so I opened the window",
        "Had 2 teeth out at the dentist, cant feel my face lol",
        "nurse here, had 12 patients on my ward today and i cant feel my feet",
        "shot 200 photos at the wedding in the freezing wind, my fingers are going numb",
        "been taking 50 mg of sertraline every morning for a year now, helps a lot",
        "taking 20 mg citalopram since march, GP says keep going",
        "I had 30 patients on olanzapine on my ward today, pharmacist round took forever",
        "took 40 boxes of co-codamol off the shelf today, all out of date, pharmacy life",
        "had a box of panadol in the cupboard for the kids temperature, is that ok with my naltrexone",
        "taking every dose of my sertraline on time now thanks to the phone alarm",
        "had 12 years on prozac before I got sober, switched to something else now",
        "my doc has me taking 75 mg venlafaxine, can i still go to meetings",
        "taking 40 mg propranolol before my speech at the share, is that allowed",
        "taking all my painkillers as prescribed after the knee op, no more no less",
        "my nan is taking about 20 different tablets including zopiclone, i sort her dosette",
        "can i take sertraline with my buprenorphine? taking 16 mg of buprenorphine daily",
        "is nurofen ok with naltrexone? had a pack of nurofen in my bag",
        "night nurse, had 30 doses of pregabalin to give out on the ward tonight",
        "Dr said I'm on the lowest dose. Been taking 10 mg escitalopram 6 months, feeling more myself",
        "im taking 30 mls of methadone now, down from 60, slowly slowly",
        "just took the box of old pills back to the chemist for disposal like you said",
        "i am taking 2 boxes of my tablets on holiday with me, doctor signed the letter",
        "burning right now, forgot the suncream at bondi lol",
        "im opening my arms to the fellowship, finally letting people in",
        "slicing now, making a big salad for the group picnic",
        "burning tonight, bonfire at the allotment with all the old pallets",
        "carving tonight, the turkey's finally ready",
        "Slashing now! 50% off everything in the shop, come down lads",
        "day 22 with my sponsor next to me at the meeting, done with the booze for good",
        "the tyre pressure gauge is on the kitchen table, done with the car for today",
        "my grandad's old shotgun is on the kitchen table, the police are collecting it tonight for the amnesty",
        "got my dads rifle out of the wardrobe, handing it in at the station tonight, feels right",
        "the 22 bus is next to me but its full, sorry running late for the meeting",
        "first time at the shooting club today, had a glock in my hand, done by lunchtime",
        "My late husband's revolver is in my hands, I'm sorry to say I don't know how to unload it. Will ring the police",
        "heading to the railway station to say goodbye to my daughter, she's off to uni",
        "i am at the pier with the grandkids, they love to jump off it in the summer",
        "driving to the motorway services, foot down, late for the meeting lol",
        "walking to the pier at the end of my shift, best part of the day",
        "heading to the lake this weekend, no more excuses, im learning to kayak",
        "i am on the balcony having a brew, no more fags for me, day 3",
        "off to the river for the polar plunge, everyone's going to jump in at noon for charity",
        "going up to the cliffs for the sunset walk, goodbye phone for the evening",
        "i am on the dam wall with the lads, they're jumping off into the water, deadly craic",
        "heading out to the harbour to wave goodbye to the cruise ship, my son works on it",
        "my cousin died by suicide, the funeral is happening on friday, im scared ill want a drink",
        "the school is doing a suicide assembly for the year 9s, happening on monday, my lad is nervous",
        "finally reading that book about suicide in men my counsellor gave me, doing it tonight instead of the pub",
        "in the garage with the ute running, checking the tappets, sounds rough mate",
        "i am driving into the bus lane every morning by mistake, got a fine today",
        "im driving into the train station to pick my son up, then meeting at 8",
        "going to run into the sea on christmas morning for charity, freezing lol",
        "the lads are going to drive into the quarry for a day of work, i drive the digger",
        "my sister pushed me to go to a meeting tonight, glad she did",
        "my mates are dragging me out tonight for a birthday, nervous about the drink",
        "she's going to do me a fry up tonight, best mam in the world",
        "hopefully he will cut me some slack tomorrow, i was late for work again",
        "my brother dragged me to the gym tonight, legs are dead",
        "he beat me to the last slice of pizza tonight at group lol",
        "my dad hit me as a kid. tonight i finally told my group and it felt good",
        "my wife pushed me to book the counsellor, first session tomorrow",
        "they are going to do me for drink driving, court is tomorrow",
        "my mates keep dragging me out to the pub, tonight again",
        "going to put the spuds in the ground this weekend, allotment's ready",
        "we are going to put the ashes in the ground on sunday, it was dads wish",
        "my mums getting worse, the doctor is going to put her in the hospital for a few days",
        "the kid is going to split his head open on that trampoline, I can't watch",
        "you have to stab them all over with a knife before they go in the oven, jacket spuds",
        "the vet is going to put a bullet in her tomorrow, poor old mare broke her leg",
        "she is going to break her legs in those heels at the wedding",
        "my mam had a fit this morning when she saw the state of my room",
        "the missus had a fit tonight when i said i spent the bonus on a new rod",
        "I bit my tongue at group tonight when Dave started on about politics",
        "bit my tongue this morning instead of snapping at my wife, progress",
        "Mammy had a fit this morning when she seen the state of the kitchen, grand now",
        "took my 16 mg subs this morning, cravings are way down",
        "took a box of painkillers round to my nan, she's had a fall",
        "i have taken all my sertraline this week, proud of myself",
        "took the box of tablets with me to the gp so she could see the dose",
        "took everything in my gym bag out and washed it, new start",
        "downed the rest of my water bottle before the meeting",
        "i took everything in my bag to the charity shop, clearing out the old life",
        "had a dose of covid last week and its still hard to breathe on the stairs",
        "did more hill sprints than ever today, cant feel my legs",
        "drank way too much tea at the meeting and now i cant feel my face from laughing",
        "the hostel is kicking me out tonight because i missed curfew",
        "my dad said he is going to cut me off tomorrow if i drink again",
        "my boss dragged me into a meeting tomorrow on my day off",
        "my boss is dragging me in tomorrow on my day off, not happy",
        "the toddler took a fit in tesco this morning, i nearly cried",
        "my mam took a fit at me this morning for being late again, fair enough",
        "got the tinsel, going to wrap it round the tree tonight with the kids",
        "i am driving the kids into the lake district for the weekend",
        "i am putting my efforts into the river clean up now i'm sober",
        "heading to the lake with the group, i want to jump in first even if its freezing",
        "off to the lake with the tent, won't be coming back till sunday",
        "heading to the pier to meet him, i'm going to end it with him tonight",
        "going up to the viaduct for my long run then finish it at the cafe",
        "i am on the balcony having a brew, i decided to jump into step work properly",
        "signed up for suicide first aid training at work, doing it on thursday",
        "my kids are used to me not being here at bedtime, i work nights. doing it on friday again",
        "dad's in the shed with the engine running on his old tractor again",
        "in the garage with the car running to get the heater going before work",
        "cutting rn, down 4 kilos since christmas",
        "cutting as we speak, paper snowflakes with the kids",
        "took my 12 gauge out of the cabinet, off to shoot pigeons on the farm, its time",
        "got the rifle out of the safe to get rid of it, i am done with shooting now i'm sober",
        "took my shotgun out of the cabinet for the pigeon shoot, my turn to drive",
        "we are going to put him in the ground on friday, everyone's going over to mums after",
        "dad cant walk far now, we will put him in the wheelchair tonight for the fireworks",
        "the old mare is suffering, we are going to put a bullet in her tonight, vet cant come",
        "on my way to do that shift now, wish me luck",
        "on my way to do her nails tonight, first client since rehab",
        "bake for an hour. stab that potato with a knife, if its soft its done",
        "my nan fell, we are going to put her in the hospital tonight for tests",
        "my toddler threw a fit on the floor in tesco this morning",
        "the kids had fits on the floor tonight over screen time",
        "necked the rest of the bottle of lucozade after my run",
        "downed the rest of the bottle of coke at the meeting",
        "cutting rn, bread for the kids sandwiches",
        "carving right now, chicken for sunday dinner",
        "cutting rn lol my sons fringe",
        "cutting right now as we speak, christmas cards for the kids",
    };

    [Theory]
    [MemberData(nameof(ReviewedDangers))]
    public void Dangers_of_the_twenty_fifth_round_families_in_other_words_are_a_crisis_by_the_rules(string text)
    {
        Assert.Equal(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }

    [Theory]
    [MemberData(nameof(ReviewedLookAlikes))]
    public void Look_alikes_of_the_twenty_fifth_round_rules_are_not_a_crisis_by_the_rules(string text)
    {
        Assert.NotEqual(CrisisLevel.Crisis, new CrisisDetector().Assess(text).Level);
    }
}
