namespace RecoveryBot.Safety;

/// <summary>
/// The languages <see cref="CrisisLexiconReader"/> reads: marker words, words dropped before reading, phrases (in the
/// language's own word order) and words, each with its English. Only the vocabulary of danger and the talk around it;
/// any other word is left as written. Sixteenth round, from development files 15.
/// </summary>
internal static class CrisisLexicons
{
    /// <summary>Tagalog and Taglish.</summary>
    internal static CrisisLexiconReader Tagalog { get; } = new(
        markers:
        [
            "ako", "ayoko", "yung", "kasi", "talaga", "siya", "niya", "ngayon", "mamaya", "kanina", "kagabi", "naman", "lang",
            "mga", "sarili", "gusto", "wala", "walang", "kung", "lahat", "buhay", "sakin", "akin", "nang", "tapos",
            "nasa", "ngayong", "bukas", "kami", "namin", "sila", "nila", "ikaw", "kayo", "po", "iyon", "yun", "dahil",
            "habang", "kapag", "ng", "ayaw", "pag", "naka", "natin", "huling", "sobra", "yata", "ulit", "hanggang", "galing",
            "kanya", "akong", "kong", "niyang", "palagi", "kahit", "salamat", "noong", "nung", "dati", "mamatay", "mamamatay",
            "magpakamatay", "magpapakamatay", "nagpakamatay", "papatayin", "patayin", "tatapusin", "sasaktan", "tatalon",
            "magbigti", "magbibigti", "naglaslas", "sinakal", "binugbog", "bubugbugin", "pabigat",
        ],
        dropped: ["na", "nga", "ngang", "naman", "pa", "po", "ba", "daw", "raw", "din", "rin", "nag", "mag", "ang", "ng", "mga", "si", "yung", "ung", "mismo", "eh", "e", "nang", "yata", "ni"],
        phrases:
        [
            .. TagalogVerbs(),
            (" gusto ko lang mamatay ", " i just want to die "), (" gusto ko mamatay ", " i want to die "),
            (" gusto kong mamatay ", " i want to die "), (" gusto ko nang mamatay ", " i want to die "),
            (" gusto ko lang mawala ", " i just want to disappear "), (" gusto ko mawala ", " i want to disappear "),
            (" ayoko mabuhay ", " i dont want to live anymore "), (" ayokong mabuhay ", " i dont want to live anymore "),
            (" ayoko nang mabuhay ", " i dont want to live anymore "), (" ayoko na talaga ", " i really give up "),
            (" ayoko na ", " i give up "), (" ayoko talaga ", " i really dont want "), (" ayoko ", " i dont want "),
            (" hindi ko kaya ", " i cant take it anymore "), (" hindi ko kayang ", " i cant "), (" di ko kaya ", " i cant take it anymore "),
            (" di ko kayang ", " i cant "),
            (" tatapusin ko buhay ko ", " i will end my life "), (" tapusin ko buhay ko ", " end my life "),
            (" tatapusin buhay ko ", " i will end my life "), (" tapusin buhay ko ", " end my life "), (" wakasan buhay ko ", " end my life "),
            (" sasaktan ko sarili ko ", " i will hurt myself "), (" saktan sarili ko ", " hurt myself "), (" saktan ko sarili ko ", " hurt myself "),
            (" sinasaktan ko sarili ko ", " i am hurting myself "), (" sinaktan ko sarili ko ", " i hurt myself "),
            (" sarili ko ", " myself "), (" sarili niya ", " himself "), (" sarili mo ", " yourself "),
            (" buhay ko ", " my life "), (" buhay nila ", " their life "),
            (" pag wala ako ", " without me "), (" pag wala ko ", " without me "), (" kapag wala ako ", " without me "),
            (" kung wala ako ", " without me "), (" pag wala ", " without me "),
            (" mas gagaan buhay nila ", " they would be better off "), (" mas masaya sila ", " they would be better off "),
            (" mas okay sila ", " they would be better off "),
            (" wala akong silbi ", " i am worthless "), (" wala kong silbi ", " i am worthless "), (" walang silbi ", " worthless "),
            (" pabigat lang ako ", " i am just a burden "), (" pabigat ako ", " i am a burden "),
            (" hindi ko magigising ", " i wont wake up "), (" hindi ako magigising ", " i wont wake up "),
            (" sana hindi ko magising ", " i hope i dont wake up "), (" sana hindi ako magising ", " i hope i dont wake up "),
            (" hindi magising ", " not wake up "), (" di magising ", " not wake up "),
            (" hindi gumigising ", " is not waking up "), (" di gumigising ", " is not waking up "),
            (" hindi humihinga ", " is not breathing "), (" di humihinga ", " is not breathing "),
            (" hindi makahinga ", " cant breathe "), (" di makahinga ", " cant breathe "),
            (" hindi makausap ", " is not responding "), (" walang malay ", " unconscious "),
            (" hindi ko kakailanganin ", " i wont need "), (" hindi ko kailangan ", " i dont need "),
            (" hindi ko aabot ", " i wont be here "), (" hindi ako aabot ", " i wont be here "),
            (" huling usap ", " last conversation "), (" huling mensahe ", " last message "), (" huling beses ", " last time "),
            (" patawarin mo ako ", " forgive me "), (" patawarin mo ko ", " forgive me "), (" patawarin mo ", " forgive "),
            (" pag nabasa mo to ", " when you read this "), (" pag nabasa mo ito ", " when you read this "),
            (" ang sakit ng dibdib ko ", " my chest hurts "), (" sakit dibdib ko ", " my chest hurts "),
            (" bumubula bibig ", " foaming at the mouth "), (" bumubula ", " foaming at the mouth "),
            (" kulay asul ", " blue "), (" ngayong gabi ", " tonight "), (" mamayang gabi ", " tonight "),
            (" hindi ko sasaktan sarili ko ", " i will not hurt myself "), (" di ko sasaktan sarili ko ", " i will not hurt myself "),
            (" hindi ako magpapakamatay ", " i will not kill myself "), (" di ako magpapakamatay ", " i will not kill myself "),
            (" hindi ko papatayin ", " i will not kill "), (" baboy ramo ", " hunting wild boar "), (" pangangaso ", " hunting "),
            (" nasa labas ako ", " i am outside "), (" nasa labas ko ", " i am outside "), (" may dala akong ", " i have a "),
            (" may hawak ", " is holding a "), (" hindi siya makakalakad ", " he wont walk away "), (" naka lock kami ", " we are locked in "),
            (" naka lock ako ", " i am locked in "), (" takot takot ", " terrified "), (" may dugo ", " is bleeding "),
            (" di ko maramdaman ", " i cant feel "), (" hindi ko maramdaman ", " i cant feel "), (" ayaw tumigil dugo ", " the bleeding wont stop "),
            (" ayaw tumigil ", " wont stop "), (" hindi siya makausap ", " he is not responding "), (" bilis tibok puso ko ", " my heart is racing "),
            (" sobra nainom ko ", " i took too much "), (" nainom ko ", " i took "), (" gustong gusto ko ", " i really want to "),
            (" gusto ko ", " i want to "), (" nung isang taon ", " last year "), (" noong isang taon ", " last year "),
            (" taon ang nakalipas ", " years ago "), (" taon nakalipas ", " years ago "), (" noong ", " back in "),
            (" nung ", " back in "), (" dati ", " long ago "), (" noon ", " long ago "), (" pag nalaman ", " if finds out "),
            .. from weapon in new[] { ("baril", "gun"), ("kutsilyo", "knife"), ("itak", "machete"), ("lubid", "rope") }
               from who in new[] { ("ako", "i"), ("ko", "i"), ("siya", "he") }
               select ($" may {weapon.Item1} {who.Item1} ", $" {who.Item2} {(who.Item2 == "he" ? "has" : "have")} a {weapon.Item2} "),
        ],
        words: new(StringComparer.Ordinal)
        {
            ["ako"] = "i", ["ko"] = "i", ["siya"] = "he", ["niya"] = "he", ["sila"] = "they", ["nila"] = "they", ["kami"] = "we",
            ["tayo"] = "we", ["ka"] = "you", ["mo"] = "you", ["ikaw"] = "you", ["kayo"] = "you", ["sakin"] = "me", ["akin"] = "me",
            ["hindi"] = "not", ["di"] = "not", ["wala"] = "nothing", ["walang"] = "no", ["gusto"] = "want", ["ayaw"] = "dont want",
            ["lang"] = "just", ["talaga"] = "really", ["sobra"] = "too much", ["lahat"] = "all", ["ngayon"] = "now",
            ["mamaya"] = "later today", ["kanina"] = "earlier today", ["kagabi"] = "last night", ["bukas"] = "tomorrow",
            ["gabi"] = "night", ["sa"] = "at", ["nasa"] = "at", ["kay"] = "to", ["ni"] = "of", ["para"] = "for", ["kasi"] = "because",
            ["dahil"] = "because", ["pero"] = "but", ["tapos"] = "then", ["at"] = "and", ["kung"] = "if", ["pag"] = "when",
            ["kapag"] = "when", ["habang"] = "while", ["sana"] = "i hope", ["may"] = "has", ["meron"] = "has", ["dito"] = "here",
            ["ito"] = "this", ["yun"] = "that", ["iyon"] = "that", ["buhay"] = "life", ["sarili"] = "self",
            ["mamatay"] = "to die", ["mamamatay"] = "will die", ["namatay"] = "died", ["patay"] = "dead",
            ["magpakamatay"] = "to kill myself", ["pagpapakamatay"] = "suicide", ["gamot"] = "pills", ["tabletas"] = "pills",
            ["tableta"] = "pills", ["pills"] = "pills", ["baril"] = "gun", ["kutsilyo"] = "knife", ["itak"] = "machete",
            ["lubid"] = "rope", ["tulay"] = "bridge", ["dugo"] = "blood", ["dumudugo"] = "bleeding", ["pulso"] = "wrist",
            ["braso"] = "arm", ["kamay"] = "hand", ["dibdib"] = "chest", ["puso"] = "heart", ["bibig"] = "mouth", ["labi"] = "lips",
            ["asul"] = "blue", ["bahay"] = "house", ["kwarto"] = "room", ["pader"] = "wall", ["tulong"] = "help",
            ["saklolo"] = "help", ["paalam"] = "goodbye", ["huling"] = "last", ["huli"] = "last", ["pabigat"] = "a burden",
            ["lasing"] = "drunk", ["takot"] = "scared", ["nagtatago"] = "hiding", ["nagwawala"] = "is violent",
            ["nangisay"] = "had a seizure", ["nagseizure"] = "had a seizure", ["nahihilo"] = "dizzy", ["inaantok"] = "drowsy",
            ["namamanhid"] = "numb", ["nainom"] = "took", ["ininom"] = "took", ["uminom"] = "drank", ["umiinom"] = "drinking",
            ["mama"] = "mother", ["mommy"] = "mother", ["nanay"] = "mother", ["papa"] = "father", ["tatay"] = "father",
            ["kuya"] = "brother", ["ate"] = "sister", ["asawa"] = "spouse", ["anak"] = "child",
            ["kapatid"] = "sibling", ["binigay"] = "gave away", ["ibinigay"] = "gave away", ["pakisabi"] = "tell",
            ["ingat"] = "take care", ["salamat"] = "thank you", ["sorry"] = "sorry", ["akong"] = "i", ["kong"] = "i",
            ["niyang"] = "he", ["ulit"] = "again", ["hanggang"] = "until", ["dumugo"] = "it bleeds", ["magdugo"] = "it bleeds",
            ["tumigil"] = "stop", ["labas"] = "outside", ["pupuntahan"] = "will go to", ["hinihintay"] = "am waiting for",
            ["nakalipas"] = "ago", ["kalaban"] = "the other team", ["laro"] = "game", ["binabato"] = "is throwing", ["noo"] = "forehead", ["nakatulala"] = "staring blankly", ["natin"] = "our",
        },
        ownerAfterThing: "ko",
        thingsWithOwnerAfter:
        [
            "buhay", "gamot", "pulso", "braso", "kamay", "dibdib", "puso", "bibig", "labi", "bahay", "kwarto", "mama", "papa",
            "nanay", "tatay", "kuya", "ate", "asawa", "anak", "kapatid", "baril", "kutsilyo",
        ]);

    /// <summary>Romanised Hindi, Urdu and Punjabi, and their mixes with English (Hinglish).</summary>
    internal static CrisisLexiconReader HindiUrdu { get; } = new(
        markers:
        [
            "hai", "hain", "hoon", "nahi", "nahin", "mujhe", "mera", "meri", "mere", "raha", "rahi", "rahe", "kya", "kuch",
            "abhi", "aaj", "yaar", "toh", "bhi", "maine", "khud", "zindagi", "chahta", "chahti", "karunga", "karungi", "ke",
            "ki", "ka", "liye", "baad", "pehle", "sab", "hoga", "hogi", "gaya", "gayi", "liya", "dunga", "lunga", "mainu",
            "usko", "uski", "uska", "unko", "apni", "apna", "bahut", "kisi", "jaana", "aur", "phir", "reha", "ditta", "sanu",
            "marna", "khatam", "khudkushi", "aatmahatya", "jeena", "goliyan", "behosh", "bojh",
        ],
        dropped: ["hi", "toh", "ji", "na", "bhi", "shayad", "saari"],
        phrases:
        [
            (" marna chahta hoon ", " i want to die "), (" marna chahti hoon ", " i want to die "), (" marna chahta hu ", " i want to die "),
            (" marna chahti hu ", " i want to die "), (" marna chahta hun ", " i want to die "), (" marna chahti hun ", " i want to die "),
            (" marna chahta ", " want to die "), (" marna chahti ", " want to die "), (" mar jana chahta ", " want to die "),
            (" mar jana chahti ", " want to die "), (" mar jaunga ", " i will die "), (" mar jaungi ", " i will die "),
            (" mar jaana ", " to die "), (" mar jana ", " to die "), (" mar jaun ", " i die "),
            (" jeena nahi hai ", " i dont want to live "), (" jeena nahi chahta ", " i dont want to live "),
            (" jeena nahi chahti ", " i dont want to live "), (" jeena nahin chahta ", " i dont want to live "),
            (" zinda nahi rehna chahta ", " i dont want to live "), (" zinda nahi rehna chahti ", " i dont want to live "),
            (" zinda nahi rehna ", " i dont want to live "), (" nahi jeena ", " i dont want to live "),
            (" khud ko khatam karne ", " to kill myself "), (" khud ko khatam kar lunga ", " i will kill myself "),
            (" khud ko khatam kar lungi ", " i will kill myself "), (" khud ko khatam kar dunga ", " i will kill myself "),
            (" khud ko khatam ", " kill myself "), (" apni jaan le lunga ", " i will kill myself "), (" apni jaan le lungi ", " i will kill myself "),
            (" apni jaan lene ", " to kill myself "), (" apni jaan le ", " kill myself "), (" jaan de dunga ", " i will kill myself "),
            (" jaan de dungi ", " i will kill myself "), (" suicide kar lunga ", " i will kill myself "), (" suicide kar lungi ", " i will kill myself "),
            (" suicide karne ", " to kill myself "), (" aatmahatya ", " suicide "), (" khudkushi ", " suicide "),
            (" kuch kar lunga khud ke saath ", " i will do something to myself "), (" kuch kar lungi khud ke saath ", " i will do something to myself "),
            (" khud ke saath kuch kar lunga ", " i will do something to myself "), (" khud ke saath ", " to myself "),
            (" sab khatam kar dunga ", " i will end it all "), (" sab khatam kar dungi ", " i will end it all "),
            (" sab khatam kar lunga ", " i will end it all "), (" khatam karun sab ", " end it all "), (" sab khatam karun ", " end it all "),
            (" khatam kar dunga ", " i will end it "), (" khud ko ", " myself "), (" apne aap ko ", " myself "),
            (" neend ki goliyan ", " sleeping pills "), (" neend ki goli ", " sleeping pills "),
            (" pills le li ", " took pills "), (" goliyan kha li ", " swallowed the pills "), (" goliyan le li ", " took the pills "),
            (" kha li ", " swallowed "), (" pi li ", " drank "), (" le li ", " took "), (" le li hain ", " took "),
            (" cut kiya ", " cut myself "), (" cut kar raha hoon ", " am cutting myself "), (" cut kar rahi hoon ", " am cutting myself "),
            (" jala raha hoon ", " am burning "), (" jala rahi hoon ", " am burning "),
            (" maar raha hoon ", " am hitting "), (" maar rahi hoon ", " am hitting "), (" maar raha hai ", " is hitting "),
            (" maar rahe hain ", " are beating "), (" maar rahi hai ", " is hitting "), (" jaan se maar dunga ", " will kill "),
            (" jaan se maar denge ", " will kill "), (" maar dunga ", " will kill "), (" maar daalunga ", " will kill "),
            (" maar dalunga ", " will kill "), (" maar denge ", " will kill "), (" maar dala ", " killed "), (" maara ", " hit "),
            (" haath utha raha hai ", " is hitting "), (" haath utha rahe hain ", " are hitting "),
            (" chhodunga nahi ", " will not let him get away "), (" nahi chhodunga ", " will not let him get away "),
            (" hisaab barabar ", " settle the score "), (" haddiyan tudwa dunga ", " will have his bones broken "),
            (" haddiyan tod dunga ", " will break his bones "),
            (" uth nahi raha ", " is not waking up "), (" uth nahi rahi ", " is not waking up "), (" jaag nahi raha ", " is not waking up "),
            (" jaag nahi rahi ", " is not waking up "), (" hosh nahi ", " unconscious "), (" saans nahi le raha ", " is not breathing "),
            (" saans nahi le rahi ", " is not breathing "), (" saans bahut dheemi ", " barely breathing "),
            (" fit aaya ", " had a seizure "), (" daura pada ", " had a seizure "), (" aankhein upar chadh gayi ", " eyes rolled back "),
            (" koi response nahi ", " not responding "), (" pehchaan nahi rahe ", " is confused "), (" pehchaan nahi raha ", " is confused "),
            (" aaj raat ", " tonight "), (" kal raat ", " last night "), (" kal subah ", " tomorrow morning "),
            (" kal ka suraj nahi dekhunga ", " i wont see tomorrow "), (" kal ka suraj nahi dekhungi ", " i wont see tomorrow "),
            (" kal ka suraj ", " tomorrow "), (" uthna na pade ", " i dont wake up "), (" uthna nahi pade ", " i dont wake up "),
            (" mere jaane ke baad ", " after i am gone "), (" ab jaa raha hoon ", " i am going now "),
            (" ab jaa rahi hoon ", " i am going now "), (" aakhri message ", " last message "), (" aakhri baar ", " last time "),
            (" last baar ", " last time "), (" maaf kar dein ", " forgive me "), (" maaf kar do ", " forgive me "), (" maaf karna ", " forgive me "),
            (" bojh hoon ", " am a burden "), (" intezaar karunga ", " will wait for him "), (" wait karunga ", " will wait for him "),
            (" kya karun ", " what do i do "), (" kya karu ", " what do i do "), (" bandook kaddi ", " took out a gun "),
            (" dhamki de reha ", " is threatening "), (" dhamki de raha ", " is threatening "), (" ab nahi ", " not anymore "),
            (" khud ko khatam karna chahta tha ", " used to want to kill myself "), (" khud ko khatam karna chahti thi ", " used to want to kill myself "),
            (" chahta tha ", " used to want "), (" chahti thi ", " used to want "),
            (" khud ko khatam nahi karunga ", " i will not kill myself "), (" khud ko khatam nahi karungi ", " i will not kill myself "),
            (" khud ko khatam nahi ", " not kill myself "), (" marna chahta tha ", " used to want to die "),
            (" marna chahti thi ", " used to want to die "),
            (" cut kiya tha ", " had cut myself long ago "), (" ek saal pehle ", " a year ago "), (" saal pehle ", " years ago "),
            (" saal se sober ", " years sober "), (" mujhe marna hai ", " i want to die "), (" mujhe mar jana hai ", " i want to die "),
            (" mainu marna hai ", " i want to die "), (" mainu mar jana hai ", " i want to die "), (" marna hai ", " want to die "),
            (" usko jaan se maar dunga ", " will kill him "), (" usko maar dunga ", " will kill him "), (" usko maar dalunga ", " will kill him "),
            (" mujhe maar raha hai ", " is beating me "), (" mujhe maar rahe hain ", " are beating me "), (" mujhe maar rahi hai ", " is beating me "),
            (" khudkushi kar lunga ", " i will kill myself "), (" khudkushi kar lungi ", " i will kill myself "),
            (" khudkushi karne ", " to kill myself "), (" khud ko jala raha hoon ", " i am burning myself "), (" khud ko jala rahi hoon ", " i am burning myself "),
            (" sar deewar pe maar ", " banging my head against the wall "), (" maine phir se cut kiya ", " i cut myself again "),
            (" phir se ", " again "), (" le liya ", " got "), (" uske ghar jaunga ", " will go to his house "), (" jaunga ", " i will go "),
            (" band hoon ", " am locked in "), (" pe haath utha raha hai ", " is hitting "), (" belt se maara ", " hit with a belt "),
            (" kaanp raha ", " is shaking "), (" awaazein sunai de rahi ", " hearing voices "), (" tez bukhaar ", " high fever "),
            (" de di ", " gave away "), (" zaroorat nahi padegi ", " wont need anymore "), (" kal ka suraj main nahi dekhunga ", " i wont see tomorrow "),
            (" uthna pade ", " i dont wake up "), (" sone ja raha hoon ", " i am going to sleep "), (" dua hai ki ", " i pray that "),
            (" jab tak tum ye padhogi ", " by the time you read this "), (" jab tak tum ye padhoge ", " by the time you read this "),
            (" sab khatam ho chuka hoga ", " it will all be over "), (" se kehna ", " tell "), (" ye mera aakhri message hai ", " this is my last message "),
            (" will likh di ", " i have written my will "), (" aasaan ho jayegi ", " will be easier "), (" sab pe bojh hoon ", " am a burden to everyone "),
            (" hamesha ke liye ", " for good "), (" saans bhaari ", " i cant breathe properly "),
        ],
        words: new(StringComparer.Ordinal)
        {
            ["main"] = "i", ["mai"] = "i", ["maine"] = "i", ["mujhe"] = "me", ["mujhse"] = "me", ["mera"] = "my", ["meri"] = "my",
            ["mere"] = "my", ["hum"] = "we", ["tum"] = "you", ["tu"] = "you", ["aap"] = "you", ["woh"] = "he", ["vo"] = "he",
            ["uska"] = "his", ["uski"] = "his", ["uske"] = "his", ["usko"] = "him", ["unko"] = "them",
            ["nahi"] = "not", ["nahin"] = "not", ["mat"] = "dont", ["ab"] = "now", ["abhi"] = "now", ["aaj"] = "today",
            ["raat"] = "night", ["subah"] = "morning", ["kal"] = "tomorrow", ["sab"] = "everything", ["kuch"] = "something",
            ["bas"] = "just", ["aur"] = "and", ["phir"] = "again", ["phirse"] = "again", ["jaldi"] = "quick", ["madad"] = "help",
            ["bachao"] = "help", ["batao"] = "tell me", ["bojh"] = "a burden", ["zindagi"] = "life", ["jaan"] = "life",
            ["duniya"] = "world", ["alvida"] = "goodbye", ["chaaku"] = "knife", ["chakku"] = "knife", ["chhura"] = "knife",
            ["bandook"] = "gun", ["katta"] = "gun", ["rassi"] = "rope", ["phanda"] = "noose", ["phansi"] = "hanging",
            ["zeher"] = "poison", ["goliyan"] = "pills", ["behosh"] = "unconscious", ["saans"] = "breath", ["khoon"] = "blood",
            ["khatam"] = "end", ["marna"] = "to die", ["mar"] = "die", ["maar"] = "hit", ["ghar"] = "house", ["kamre"] = "room",
            ["kamra"] = "room", ["pe"] = "on", ["mein"] = "in", ["se"] = "from",
            ["ko"] = "to", ["ke"] = "of", ["ki"] = "of", ["ka"] = "of", ["hai"] = "is", ["hain"] = "are", ["hoon"] = "am",
            ["hun"] = "am", ["hu"] = "am", ["tha"] = "was", ["thi"] = "was", ["raha"] = "", ["rahi"] = "", ["rahe"] = "",
            ["gaya"] = "", ["gayi"] = "", ["pada"] = "lying", ["padi"] = "lying", ["bhai"] = "brother", ["bhra"] = "brother",
            ["behen"] = "sister", ["ammi"] = "mother", ["mummy"] = "mother", ["maa"] = "mother", ["bebe"] = "mother",
            ["abbu"] = "father", ["papa"] = "father", ["pati"] = "husband", ["biwi"] = "wife", ["bacche"] = "children",
            ["bachon"] = "children", ["dost"] = "friend", ["yaar"] = "man", ["kisi"] = "anyone", ["koi"] = "anyone",
            ["fark"] = "difference", ["paas"] = "near", ["baitha"] = "sitting", ["baithi"] = "sitting", ["neeche"] = "down",
            ["dekh"] = "look", ["sorry"] = "sorry", ["plan"] = "plan", ["bana"] = "made", ["liya"] = "", ["diya"] = "",
            ["bahut"] = "a lot of", ["pehle"] = "ago", ["cheezein"] = "things", ["sabki"] = "everyones", ["ye"] = "this",
        });

    /// <summary>Afrikaans, Kaaps and Cape Flats English.</summary>
    internal static CrisisLexiconReader Afrikaans { get; } = new(
        markers:
        [
            "ek", "nie", "vir", "hy", "julle", "hulle", "djy", "jy", "jou", "nou", "weer", "baie", "ook", "moenie", "gaan",
            "vanaand", "gatvol", "laaitie", "chommie", "maar", "hier", "daar", "gese", "vandag", "gister", "nooit", "almal",
            "niemand", "wil", "eks", "ekse", "lekker", "jammer", "dankie", "totsiens", "hoekom", "klaar", "sy", "haar", "hom",
            "ons", "wakker", "dood", "selfmoord", "hele", "terug", "alles", "weet", "waar", "kinders", "vinnig", "gedrink", "gekoop",
            "gesny", "gegooi", "seergemaak", "doodmaak", "toegesluit", "gesuip", "asseblief", "bietjie", "vanmiddag", "vanoggend",
        ],
        dropped: [],
        phrases:
        [
            // "my" is me as well as my: "die werk maak my dood", the work is killing me; "hy gaan my doodmaak", he is
            // going to kill me. Only "myself", or "ek" before, makes it the writer's own act.
            (" maak myself dood ", " kill myself "), (" ek maak my dood ", " i kill myself "), (" maak my dood ", " is killing me "),
            (" myself doodmaak ", " kill myself "), (" ek gaan my doodmaak ", " i am going to kill myself "),
            (" ek wil my doodmaak ", " i want to kill myself "), (" ek sal my doodmaak ", " i will kill myself "),
            (" my doodmaak ", " kill me "), (" myself dood maak ", " kill myself "), (" myself die lewe neem ", " kill myself "),
            (" ek gaan my lewe neem ", " i am going to take my life "), (" selfmoord pleeg ", " kill myself "), (" pleeg selfmoord ", " kill myself "),
            (" hom doodmaak ", " kill him "), (" maak hom dood ", " kill him "), (" haar doodmaak ", " kill her "),
            (" maak haar dood ", " kill her "), (" maak ons almal dood ", " kill us all "), (" maak ôs almal dood ", " kill us all "),
            (" maak os almal dood ", " kill us all "), (" ons almal doodmaak ", " kill us all "),
            (" wil nie meer lewe nie ", " dont want to live anymore "), (" wil nie meer leef nie ", " dont want to live anymore "),
            (" wil nie meer lewe ", " dont want to live anymore "), (" wil nie lewe nie ", " dont want to live "),
            (" wil doodgaan ", " want to die "), (" wil dood ", " want to die "), (" kan nie meer nie ", " cant do this anymore "),
            (" beter af as ek dood is ", " better off if i was dead "), (" beter af sonder my ", " better off without me "),
            (" beter af ", " better off "), (" n las vir almal ", " a burden to everyone "), (" n las ", " a burden "),
            (" ek word nie wakker nie ", " i dont wake up "), (" ek word nie more wakker nie ", " i dont wake up tomorrow "),
            (" ek word nie more oggend wakker nie ", " i dont wake up tomorrow "), 
            (" hy word nie wakker nie ", " he is not waking up "), (" sy word nie wakker nie ", " she is not waking up "),
            (" word nie wakker nie ", " is not waking up "), (" haal nie asem nie ", " is not breathing "),
            (" haal amper nie asem nie ", " is barely breathing "), (" antwoord nie ", " is not responding "),
            (" dit wil nie ophou bloei nie ", " it wont stop bleeding "), (" wil nie ophou bloei nie ", " wont stop bleeding "),
            (" ophou bloei ", " stop bleeding "), (" nie meer hier nie ", " not here anymore "), (" nie meer nodig he nie ", " wont need anymore "), (" die laaste keer ", " the last time "), (" laaste keer ", " last time "),
            (" rus vir goed ", " rest for good "), (" moenie vir my huil nie ", " dont cry for me "), (" wanneer ek weg is ", " when i am gone "),
            (" as ek weg is ", " when i am gone "), (" dankie vir alles ", " thank you for everything "), (" ek is jammer ", " i am sorry "),
            (" eks jammer ", " i am sorry "), (" nou nou ", " right now "), (" ma se ", " mothers "), (" pa se ", " fathers "),
            (" ek gaan ", " i am going to "), (" hy gaan ", " he is going to "), (" sy gaan ", " she is going to "),
            (" ek het ", " i have "), (" hy het ", " he has "), (" sy het ", " she has "), (" ek is ", " i am "), (" om te ", " to "),
            (" slaan my ", " hits me "), (" skop my ", " kicks me "), (" gooi my ", " throws me "), (" steek my ", " stabs me "),
            (" skiet my ", " shoots me "), (" wurg my ", " chokes me "), (" maak hy ons almal dood ", " he will kill us all "),
            (" maak hy os almal dood ", " he will kill us all "), (" maak hy my dood ", " he will kill me "),
            (" gaan nie weer wegstap nie ", " wont walk away again "), (" dit hang klaar ", " it is already hanging "),
            (" ek sien goed wat nie daar is nie ", " i see things that arent there "), (" nou net ", " just "),
            (" sy bloei ", " she is bleeding "), (" hy bloei ", " he is bleeding "), (" wil net dood ", " just want to die "), (" huis toe kom ", " comes home "),
            (" huis toe ", " home "), (" ek is bang ", " i am scared "),
            (" van die brug af spring ", " jump off the bridge "), (" van die brug spring ", " jump off the bridge "),
            (" pille gesluk ", " swallowed pills "), (" al die pille gesluk ", " swallowed all the pills "),
            (" die pille gesluk ", " swallowed the pills "), (" al my pille gesluk ", " swallowed all my pills "), (" n hele bottel ", " a whole bottle of "), (" my polse sny ", " cut my wrists "),
            (" my pols sny ", " cut my wrist "),
        ],
        words: new(StringComparer.Ordinal)
        {
            ["ek"] = "i", ["eks"] = "i am", ["my"] = "my", ["myself"] = "myself", ["jy"] = "you", ["djy"] = "you", ["jou"] = "you",
            ["hy"] = "he", ["sy"] = "she", ["hom"] = "him", ["haar"] = "her", ["ons"] = "we", ["os"] = "we", ["julle"] = "you",
            ["hulle"] = "they", ["dit"] = "it", ["dis"] = "it is", ["almal"] = "everyone", ["niemand"] = "nobody",
            ["nie"] = "not", ["is"] = "is", ["was"] = "was", ["het"] = "have", ["gaan"] = "going to", ["sal"] = "will",
            ["wil"] = "want to", ["moet"] = "must", ["kan"] = "can", ["moenie"] = "dont", ["die"] = "the", ["n"] = "a",
            ["vanaand"] = "tonight", ["nou"] = "now", ["more"] = "tomorrow", ["vandag"] = "today",
            ["gister"] = "yesterday", ["naweek"] = "weekend", ["laaste"] = "last", ["weer"] = "again", ["al"] = "already",
            ["klaar"] = "already", ["net"] = "just", ["ook"] = "also", ["baie"] = "very", ["meer"] = "more", ["nooit"] = "never",
            ["vir"] = "to", ["van"] = "of", ["met"] = "with", ["en"] = "and", ["maar"] = "but", ["wat"] = "that", ["toe"] = "when",
            ["na"] = "after", ["by"] = "at", ["op"] = "on", ["oor"] = "over", ["uit"] = "out", ["sonder"] = "without",
            ["dood"] = "dead", ["doodmaak"] = "kill", ["doodgaan"] = "die", ["selfmoord"] = "suicide", ["lewe"] = "life",
            ["spring"] = "jump", ["brug"] = "bridge", ["trein"] = "train", ["stasie"] = "station", ["spoor"] = "tracks",
            ["tou"] = "rope", ["ophang"] = "hang", ["opgehang"] = "hanged", ["pille"] = "pills", ["bottel"] = "bottle",
            ["gedrink"] = "drank", ["gesluk"] = "swallowed", ["sny"] = "cut", ["gesny"] = "cut", ["lemmetjie"] = "razor blade",
            ["bloei"] = "bleeding", ["mes"] = "knife", ["skiet"] = "shoot", ["geweer"] = "gun", ["slaan"] = "hits",
            ["geslaan"] = "hit", ["skop"] = "kicks", ["toegesluit"] = "locked in", ["gesuip"] = "drunk", ["dronk"] = "drunk",
            ["toeval"] = "seizure", ["skud"] = "shaking", ["bewe"] = "shaking", ["skuim"] = "foam", ["mond"] = "mouth",
            ["lippe"] = "lips", ["blou"] = "blue", ["vloer"] = "floor", ["seergemaak"] = "hurt", ["seermaak"] = "hurt",
            ["inwag"] = "wait for", ["betaal"] = "pay", ["ma"] = "mother", ["pa"] = "father", ["broer"] = "brother",
            ["suster"] = "sister", ["vrou"] = "wife", ["kinders"] = "children", ["laaitie"] = "kid", ["chommie"] = "friend",
            ["vriendin"] = "girlfriend", ["stiefpa"] = "stepfather", ["huis"] = "house", ["badkamer"] = "bathroom",
            ["kombuis"] = "kitchen", ["kamer"] = "room", ["totsiens"] = "goodbye", ["jammer"] = "sorry", ["testament"] = "will",
            ["gatvol"] = "fed up", ["hier"] = "here", ["daar"] = "there", ["alles"] = "everything", ["weg"] = "gone",
            ["hoop"] = "hope", ["wakker"] = "awake", ["asem"] = "breath", ["plan"] = "plan", ["besluit"] = "decided",
            ["te"] = "too", ["sien"] = "sees", ["laat"] = "late", ["uitgetel"] = "counted out", ["tafel"] = "table", ["gekoop"] = "bought", ["vanmiddag"] = "this afternoon",
            ["weet"] = "know", ["waar"] = "where", ["werk"] = "works", ["parkeer"] = "parks", ["vrydag"] = "friday",
            ["gedoen"] = "done", ["sak"] = "pocket", ["se"] = "says", ["gegooi"] = "threw", ["muur"] = "wall", ["kop"] = "head",
            ["teen"] = "against", ["breek"] = "breaks", ["hart"] = "heart", ["klop"] = "is beating", ["vinnig"] = "fast",
            ["draai"] = "is spinning", ["hande"] = "hands", ["erg"] = "badly", ["gehad"] = "had", ["drank"] = "alcohol",
            ["hele"] = "whole", ["terug"] = "ago", ["halfuur"] = "half an hour", ["brandewyn"] = "brandy", ["deur"] = "door",
        },
        repeatedNegative: "nie",
        inContext: (word, english, before, next) => (word, before, next) switch
        {
            // "die" is "the", unless English "die" is meant ("i just want to die" in a Kaaps message): after "to",
            // "wanna"... with no noun after it. "more" is tomorrow, unless English "no more", "any more"...
            ("die", "to" or "wanna" or "gonna" or "will" or "i" or "just" or "rather" or "would" or "could" or "might" or "dont" or "gon",
                "" or "tonight" or "now" or "today" or "soon" or "alone" or "already" or "in" or "by" or "from") => "die",
            ("more", "no" or "any" or "much" or "some" or "one" or "once" or "even" or "lot" or "never", _) => "more",
            _ => english,
        });

    /// <summary>Hawaiian Pidgin (Hawai'i Creole English).</summary>
    internal static CrisisLexiconReader HawaiianPidgin { get; } = new(
        markers:
        [
            "kine", "pau", "befo", "bumbye", "braddah", "bruddah", "faddah", "muddah", "sistah", "keiki", "pilikia", "lidat",
            "howzit", "everyting", "anyting", "someting", "nutting", "mahalo", "ohana", "tita", "moke", "akamai", "pakalolo",
            "shishi", "huhu", "lickins", "sponsa", "neva", "hea", "dea",
        ],
        dropped: ["wen"],
        phrases:
        [
            // A film is not a wish: "like die hard" is read as itself before "like die" can be.
            (" like die hard ", " like die hard "), (" i like die ", " i want to die "), (" like die ", " want to die "), (" like kill ", " want to kill "),
            (" like hurt ", " want to hurt "), (" like end ", " want to end "), (" like disappear ", " want to disappear "),
            (" i going ", " i am going to "), (" i goin ", " i am going to "), (" i gon ", " i am going to "),
            (" he going ", " he is going to "), (" she going ", " she is going to "), (" going kill ", " going to kill "),
            (" going die ", " going to die "), (" going find ", " going to find "), (" going hurt ", " going to hurt "),
            (" gon die ", " going to die "), (" thought i going ", " thought i was going to "), (" tot i going ", " thought i was going to "), (" no can ", " cant "), (" no mo ", " no more "), (" a hui hou ", " goodbye "),
            (" fo real ", " for real "), (" told um ", " told them "), (" holding um ", " holding it "), (" pau already ", " finished "),
        ],
        words: new(StringComparer.Ordinal)
        {
            ["da"] = "the", ["dis"] = "this", ["dat"] = "that", ["um"] = "them", ["fo"] = "for", ["wit"] = "with", ["hea"] = "here",
            ["dea"] = "there", ["befo"] = "before", ["neva"] = "never", ["pau"] = "finished", ["brah"] = "man",
            ["braddah"] = "brother", ["bruddah"] = "brother", ["faddah"] = "father", ["muddah"] = "mother", ["sistah"] = "sister",
            ["sista"] = "sister", ["keiki"] = "kids", ["everyting"] = "everything", ["anyting"] = "anything",
            ["someting"] = "something", ["nutting"] = "nothing", ["ting"] = "thing", ["mo"] = "more", ["stay"] = "is",
            ["mahalo"] = "thank you", ["pilikia"] = "trouble", ["huhu"] = "angry", ["lickins"] = "beatings", ["sponsa"] = "sponsor",
            ["bumbye"] = "later", ["kine"] = "kind",
        },
        weakMarkers: ["wen", "da", "brah", "fo", "ting"],
        inContext: (word, english, before, _) => word != "stay" ? english : before switch
        {
            // Pidgin "stay" is the verb "to be": "I stay bleeding", "stay bleeding" (no one named: the writer).
            "i" => "am",
            "" => "i am",
            "you" or "we" or "they" => "are",
            _ => "is",
        });

    // Tagalog verbs of danger in their tenses, with who does them after the verb ("papatayin ko siya", I will kill him):
    // read in English order.
    private static IEnumerable<(string From, string To)> TagalogVerbs()
    {
        (string Verb, string English, bool Reflexive)[] verbs =
        [
            ("magpapakamatay", "will kill", true), ("nagpakamatay", "killed", true), ("magpakamatay", "kill", true),
            ("tatalon", "will jump", false), ("tumalon", "jumped", false), ("tatalunan", "will jump off", false),
            ("magbibigti", "will hang", true), ("nagbigti", "hanged", true), ("magbigti", "hang", true),
            ("maglalaslas", "will cut", true), ("naglaslas", "cut", true), ("naglalaslas", "am cutting", true),
            ("papatayin", "will kill", false), ("pinatay", "killed", false), ("patayin", "kill", false),
            ("tatapusin", "will end", false), ("tinapos", "ended", false), ("tapusin", "end", false),
            ("sasaktan", "will hurt", false), ("sinaktan", "hurt", false), ("sinasaktan", "is hurting", false), ("saktan", "hurt", false),
            ("hiniwa", "cut", false), ("hihiwain", "will cut", false), ("hiniwaan", "cut", false),
            ("iinumin", "will take", false), ("lulunukin", "will swallow", false), ("nilunok", "swallowed", false),
            ("sinakal", "choked", false), ("sasakalin", "will choke", false), ("sinasakal", "is choking", false),
            ("binugbog", "beat", false), ("bubugbugin", "will beat", false), ("binubugbog", "is beating", false),
            ("sinuntok", "punched", false), ("sinusuntok", "am punching", false), ("kinakagat", "am biting", false),
            ("pupuntahan", "will go to", false),
            ("hihintayin", "will wait for", false), ("babalikan", "will come back for", false), ("babarilin", "will shoot", false),
            ("binaril", "shot", false), ("sasaksakin", "will stab", false), ("sinaksak", "stabbed", false),
        ];
        // Who acts: after an actor-focus verb ("tatalon ako", I will jump) the "ako" forms; after an object-focus verb
        // ("papatayin ko siya", I will kill him) the "ko" forms, with the "ako" forms as the one it is done to.
        (string Word, string English, string Self)[] actors =
        [
            ("ako", "i", "myself"), ("ko", "i", "myself"), ("siya", "he", "himself"), ("sila", "they", "themselves"),
            ("kami", "we", "ourselves"),
        ];
        (string Word, string English)[] agents = [("ko", "i"), ("niya", "he"), ("nila", "they"), ("namin", "we")];
        (string Word, string English)[] objects = [("siya", "him"), ("sila", "them"), ("ako", "me"), ("ko", "me"), ("kami", "us"), ("ka", "you"), ("kita", "you")];
        static string Agree(string who, string english) => who switch
        {
            "he" when english.StartsWith("am ", StringComparison.Ordinal) => "is " + english[3..],
            "they" or "we" when english.StartsWith("am ", StringComparison.Ordinal) => "are " + english[3..],
            _ => english,
        };

        foreach (var (verb, english, actorFocus) in verbs)
        {
            if (actorFocus || verb is "tatalon" or "tumalon")
            {
                foreach (var (word, who, self) in actors)
                {
                    string read = Agree(who, english);
                    yield return ($" {verb} {word} ", actorFocus ? $" {who} {read} {self} " : $" {who} {read} ");
                }

                // With no one named: "nagpakamatay" (did, or is doing) is mostly told of someone else; the future and the
                // infinitive ("gusto ko magpakamatay") are the writer's.
                string bareSelf = verb.StartsWith("nag", StringComparison.Ordinal) ? "himself" : "myself";
                yield return ($" {verb} ", actorFocus ? $" {english} {bareSelf} " : $" {english} ");
                continue;
            }

            foreach (var (word, who) in agents)
            {
                string read = Agree(who, english);
                foreach (var (objectWord, objectEnglish) in objects)
                {
                    if (objectWord != word)
                    {
                        yield return ($" {verb} {word} {objectWord} ", $" {who} {read} {objectEnglish} ");
                    }
                }

                yield return ($" {verb} {word} ", $" {who} {read} ");
            }

            foreach (var (objectWord, objectEnglish) in objects)
            {
                // "sinakal ako ni Mark", I was choked by Mark: someone did it to me.
                yield return ($" {verb} {objectWord} ", $" he {Agree("he", english)} {objectEnglish} ");
            }

            yield return ($" {verb} ", $" {english} ");
        }
    }
}
