"""Interest definitions (set e): sports, health conditions and health professions not yet built in.

``ENTRIES`` holds each interest as a plain tuple ``(name, phrases, other_senses, aliases, broader)``, the same
fields as ``interest_vocab.VocabEntry``: phrases are what people write in bios and posts when they share the
interest (a few in Spanish, German, French, Italian or Portuguese); other senses are texts that use the same
words in another meaning, or neighbouring topics that must not count; aliases are other names an owner may give
the interest; broader are the built-in interests it is a part of.

``NAMES_TEXT`` adds proper names and jargon for these interests in the ``_NAMES_TEXT`` format (``gloss:
name|name|...``, names lower case, the gloss being the English words the matcher reads in their place).
``LEXICON_TEXT`` adds foreign words in the ``_LEXICON_TEXT`` format (``word=english gloss``, ``|``-separated).
The first lines of ``NAMES_TEXT`` deliberately list again names that ``interest_vocab._NAMES_TEXT`` glosses
with a broader topic, giving them the gloss of the interest defined here. They only take effect if these lines
are parsed before the built-in ones (the first gloss for a name wins). Otherwise a bio's "volleyball",
"darts" and "snooker" all read "sports", so "volleyball player" and "darts player" have the same vector:

- ``volleyball``, ``beach volleyball``, ``ping pong``, ``table tennis club``, ``badminton club``, ``darts``,
  ``pdc darts``, ``world darts championship``, ``snooker``, ``world snooker championship``,
  ``ronnie o'sullivan``, ``wwe``, ``aew``, ``pro wrestling``, ``wrestlemania``, ``wrestling fan``,
  ``monday night raw``, ``sumo wrestling``: built in as "sports";
- ``crossfit``, ``crossfit games``, ``wod``, ``weightlifting``, ``olympic lifting``, ``powerlifting``,
  ``powerlifter``: built in as "fitness gym";
- ``horse racing``, ``grand national``, ``the grand national``, ``cheltenham festival``, ``royal ascot``,
  ``epsom derby``, ``the derby epsom``, ``kentucky derby``, ``racehorse``, ``racehorses``, ``flat racing``:
  built in as "horse riding";
- ``world athletics``: built in as "running race";
- ``pharmacist``, ``pharmacy technician``, ``dentist``, ``dental nurse``, ``dental hygienist``,
  ``chronic illness``, ``chronically ill``, ``spoonie``, ``spoonies``, ``type 1 diabetes``, ``type 1 diabetic``,
  ``t1d``, ``type 2 diabetes``, ``diabetic``, ``insulin pump``, ``cancer research uk``: built in as
  "healthcare";
- ``fibromyalgia``, ``mecfs``: built in as "healthcare", here "chronic illness";
- ``oncologist``: built in as "medical doctor"; ``carer``: built in as "nurse nursing";
- ``rowing club``, ``coxless four``, ``coxed eight``, ``erg session``, ``erg score``, ``2k erg``, ``sculling``,
  ``single scull``, ``coxswain``: built in as "rowing and kayaking", here "rowing" (kayaking is another sport);
- ``adhd diagnosis``, ``adhd meds``, ``audhd``, ``autistic adult``, ``actually autistic``,
  ``actuallyautistic``: built in as "mental health";
- ``veterinarian``, ``vet surgeon``, ``vet tech``, ``vet student``, ``vet school``, ``vet nurse``,
  ``veterinary nurse``: built in as "pets".

Other names already glossed in ``interest_vocab`` are not repeated. Single English words the model only knows
as WordPiece fragments ("adhd", "insomnia", "esports", "caregiver", "orthodontist") are glossed in
``NAMES_TEXT`` with known words; every gloss here uses only words the model knows whole, except
"skateboarding", whose fragments (skate, board) read well enough.
"""

from __future__ import annotations

ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "wrestling",
        (
            "wrestling fan",
            "pro wrestling",
            "wrestler",
            "amateur wrestler",
            "high school wrestling coach",
            "college wrestling season",
            "freestyle wrestling",
            "greco-roman wrestler",
            "won my weight class at the wrestling tournament",
            "cutting weight before the wrestling meet",
            "takedowns and pins on the mat",
            "smackdown tonight was incredible",
            "watching wwe raw live",
            "indie wrestling show this weekend",
            "tag team champions",
            "heel turn of the year",
            "wrestling podcast",
            "lucha libre mexicana",
            "trained at a wrestling school",
            "ring announcer",
            "luchador enmascarado",
            "ringkampf im verein",
            "lutteur olympique",
            "luta livre profissional",
        ),
        (
            "wrestling with this decision all week",
            "wrestled the duvet into its cover",
            "still wrestling with my taxes",
            "arm wrestling my brother at the pub",
            "mma fight night",
            "boxing gym session",
            "judo black belt",
            "the kids are wrestling on the sofa again",
            "wrestling with the new software update",
            "smack down the competition at work",
            "raw vegan recipes",
            "tag your friends below",
            "the rock concert was amazing",
            "wrestled a crocodile in the movie",
        ),
        (
            "pro wrestling",
            "professional wrestling",
            "wrestler",
            "wrestlers",
            "amateur wrestling",
            "lucha libre",
        ),
        ("sports",),
    ),
    (
        "volleyball",
        (
            "volleyball player",
            "beach volleyball",
            "volleyball coach",
            "setter for my volleyball team",
            "playing libero for my club team",
            "outside hitter",
            "middle blocker",
            "volleyball tournament this weekend",
            "indoor volleyball league",
            "sand volleyball after work",
            "club volleyball season",
            "college volleyball recruit",
            "spiking and blocking drills",
            "volleyball serve receive drills",
            "ace on match point",
            "volleyball mom",
            "watching the volleyball nations league",
            "volleyball is life",
            "jugadora de voleibol",
            "volleyballerin aus leidenschaft",
            "joueuse de volley",
            "pallavolista",
            "jogadora de vôlei",
        ),
        (
            "serve and volley tennis",
            "a volley of questions from the press",
            "a volley of gunfire",
            "volley from the edge of the box",
            "beach holiday in spain",
            "netball training tonight",
            "handball world cup",
            "badminton club night",
            "spiked my coffee with rum",
            "a spike in prices",
            "blocked on twitter",
            "setting up my new laptop",
            "dig in, dinner is ready",
            "serving customers all day",
        ),
        ("volleyball player", "beach volleyball", "indoor volleyball", "sand volleyball"),
        ("sports",),
    ),
    (
        "skateboarding",
        (
            "skateboarder",
            "skater",
            "skateboarding",
            "street skating",
            "skate park session",
            "landed my first kickflip",
            "skating the bowl today",
            "old school skater",
            "vert skating",
            "filming a skate part",
            "new deck and trucks",
            "skate shop owner",
            "longboarding down the hill",
            "skate video premiere",
            "grinding ledges all day",
            "dropping in on the mini ramp",
            "skateboard photographer",
            "skate crew",
            "skating since i was ten",
            "patinador de skate",
            "skateboarden macht frei",
            "planche à roulettes",
            "skatista",
        ),
        (
            "ice skating at the rink",
            "figure skating championships",
            "roller skating disco",
            "skating on thin ice",
            "skate fish with capers",
            "surfing at dawn",
            "snowboarding trip",
            "board meeting at nine",
            "bmx racing",
            "ice hockey skates sharpened",
            "grinding through my inbox",
            "a flip phone from 2005",
            "truck driver for twenty years",
            "deck the halls",
        ),
        ("skateboard", "skateboarder", "skateboarders", "skateboards", "longboarding"),
        ("sports",),
    ),
    (
        "scuba diving",
        (
            "scuba diver",
            "padi divemaster",
            "dive instructor",
            "scuba diving",
            "open water certified",
            "logged my 100th dive",
            "night dive on the reef",
            "wreck diving",
            "cave diver",
            "underwater photographer",
            "diving with manta rays",
            "liveaboard trip in the red sea",
            "technical diver",
            "freediving and scuba",
            "bubbles up",
            "dive buddy wanted",
            "coral reef diving",
            "shark dive",
            "dive centre owner",
            "instructor de buceo",
            "taucherin aus leidenschaft",
            "plongée sous-marine",
            "subacquea ricreativa",
            "mergulhador",
        ),
        (
            "diving into the data",
            "deep dive into the quarterly numbers",
            "a dive bar downtown",
            "olympic diving from the ten metre platform",
            "snorkelling on holiday",
            "swimming lessons for the kids",
            "stock prices took a dive",
            "the striker took a dive in the box",
            "tank top weather",
            "fish tank cleaning",
            "coral pink nail polish",
            "surfing lessons in cornwall",
            "sailing around the islands",
            "mask mandate",
        ),
        ("scuba", "scuba diver", "scuba divers", "recreational diving", "underwater diving", "dive travel"),
        ("outdoors", "sports"),
    ),
    (
        "rowing",
        (
            "rower",
            "rowing club",
            "rowing coach",
            "coxswain",
            "sculler",
            "erg session done",
            "2k erg test",
            "early morning outing on the river",
            "head race on the river this weekend",
            "rowing eight",
            "double sculls",
            "coxless four",
            "college rowing crew",
            "masters rowing",
            "racing at henley",
            "indoor rowing",
            "rowing blue",
            "rowing regatta season",
            "club de remo",
            "ruderin",
            "aviron en club",
            "canottaggio",
            "remador",
        ),
        (
            "rowing with my partner again",
            "we had a row about the dishes",
            "three wins in a row",
            "front row seats",
            "death row",
            "a row of houses",
            "seated cable row at the gym",
            "kayaking on the lake",
            "canoe trip with the kids",
            "rowing machine workout on my new smart tv",
            "crew neck jumper",
            "film crew on set",
            "cox's orange pippin apples",
            "dragon boat festival food",
        ),
        ("rower", "rowers", "sculling", "indoor rowing", "crew rowing"),
        ("sports",),
    ),
    (
        "weightlifting",
        (
            "weightlifter",
            "olympic weightlifting",
            "powerlifter",
            "snatch pr",
            "clean and jerk",
            "new deadlift pr",
            "squat day",
            "bench press pb",
            "lifting weights",
            "strength training",
            "powerlifting meet",
            "first weightlifting competition",
            "weightlifting coach",
            "barbell training",
            "hit a 200kg deadlift",
            "lifting belt and knee sleeves",
            "strongman training",
            "powerlifting total",
            "raw powerlifting",
            "halterofilia",
            "gewichtheberin",
            "haltérophilie",
            "sollevamento pesi",
            "levantamento de peso",
        ),
        (
            "heavy lifting on this project",
            "the lifting of restrictions",
            "shoplifting arrest",
            "lifting the trophy at wembley",
            "weight loss journey",
            "weight watchers meeting",
            "a weight off my shoulders",
            "uplifting song",
            "ski lift queue",
            "face lift surgery",
            "lift share to work",
            "jerk chicken recipe",
            "snatched waist",
            "press release",
            "clean eating",
        ),
        (
            "weight lifting",
            "lifting",
            "powerlifting",
            "olympic lifting",
            "weightlifters",
            "strength sports",
            "powerlifter",
        ),
        ("fitness", "sports"),
    ),
    (
        "esports",
        (
            "esports",
            "pro gamer",
            "esports team",
            "esports caster",
            "esports player",
            "shoutcaster",
            "esports coach",
            "competitive gaming",
            "lan tournament",
            "worlds finals tonight",
            "playing in a ranked tournament",
            "esports journalist",
            "team manager for an esports org",
            "esports analyst",
            "grand finals at the major",
            "scrims all day",
            "signed to a pro team",
            "fighting game tournament",
            "varsity esports",
            "esports betting",
            "jugador profesional de esports",
            "e-sportler",
            "joueur pro d'esport",
            "giocatore di esport",
        ),
        (
            "sports bar",
            "espn highlights",
            "casual gaming with my son",
            "board game night",
            "fantasy football league",
            "gaming chair sale",
            "e-bike commute",
            "e-commerce store",
            "esprit de corps",
            "casting call for actors",
            "caster sugar",
            "lan party nostalgia",
            "the major league baseball season",
            "scrimmage at practice",
        ),
        (
            "e-sports",
            "electronic sports",
            "competitive gaming",
            "pro gaming",
            "esport",
            "gaming tournaments",
        ),
        ("gaming",),
    ),
    (
        "horse racing",
        (
            "horse racing",
            "racehorse trainer",
            "jockey",
            "racing fan",
            "day at the races",
            "cheltenham week",
            "racing punter",
            "racehorse owner",
            "form guide",
            "winner at odds of 10-1",
            "each way bet",
            "racing syndicate",
            "flat racing season",
            "jumps racing",
            "stable lad at a racing yard",
            "racing tipster",
            "bloodstock agent",
            "thoroughbred racing",
            "off the track thoroughbreds",
            "race day at the track",
            "carreras de caballos",
            "pferderennen",
            "courses hippiques",
            "corse di cavalli",
            "corrida de cavalos",
        ),
        (
            "horse riding lesson",
            "my pony club",
            "racing game",
            "formula 1 race weekend",
            "greyhound racing",
            "my heart was racing",
            "racing thoughts at night",
            "dark horse candidate",
            "hold your horses",
            "straight from the horse's mouth",
            "pommel horse routine",
            "dressage test",
            "rocking horse",
            "arms race",
        ),
        (
            "horseracing",
            "horse races",
            "the races",
            "thoroughbred racing",
            "flat racing",
            "jump racing",
            "national hunt",
            "racehorses",
        ),
        ("sports", "horses"),
    ),
    (
        "athletics",
        (
            "track and field",
            "sprinter",
            "hurdler",
            "pole vaulter",
            "long jumper",
            "high jumper",
            "triple jump",
            "javelin thrower",
            "shot put",
            "discus thrower",
            "decathlete",
            "heptathlon",
            "400m runner",
            "athletics club",
            "athletics coach",
            "track meet",
            "indoor track season",
            "new 100m personal best",
            "middle distance runner",
            "watching the world championships in athletics",
            "atletismo",
            "leichtathletin",
            "athlétisme",
            "atletica leggera",
        ),
        (
            "oakland athletics baseball",
            "athletic director of the university",
            "athletic bilbao",
            "charlton athletic",
            "athleisure wear",
            "athletic build",
            "athlete's foot cream",
            "athletic greens supplement",
            "track the parcel",
            "soundtrack of my life",
            "field trip",
            "shot of tequila",
            "jumping to conclusions",
            "hurdles to overcome",
            "parkrun this morning",
        ),
        ("track and field", "track & field", "track athletics", "field events"),
        ("sports",),
    ),
    (
        "darts",
        (
            "darts player",
            "darts fan",
            "darts league",
            "pub darts team",
            "threw a 180",
            "nine darter",
            "double top to win the leg",
            "checkout of 170",
            "darts at the ally pally",
            "darts at the pub",
            "world darts championship",
            "soft tip darts",
            "steel tip darts",
            "new set of darts",
            "darts average of 80",
            "dartboard in the garage",
            "county darts",
            "darts championship on tv",
            "jugador de dardos",
            "dartspieler",
            "fléchettes",
            "freccette",
        ),
        (
            "her eyes darted around the room",
            "darted across the road",
            "nerf darts everywhere",
            "tranquilizer dart",
            "dart programming language",
            "flutter and dart developer",
            "archery range",
            "pub quiz night",
            "dartmouth college",
            "dartmoor hike",
            "darts of pleasure",
            "bullseye the game show",
            "board game cafe",
            "score double points",
        ),
        ("darts player", "darts fan", "pub darts"),
        ("sports",),
    ),
    (
        "snooker",
        (
            "snooker fan",
            "snooker player",
            "century break",
            "147 maximum break",
            "snooker club",
            "crucible snooker final",
            "watching the masters snooker",
            "cue sports",
            "pool player",
            "8 ball pool league",
            "9 ball pool",
            "billiards",
            "cue and case",
            "long pots and safety play",
            "frames of snooker",
            "amateur snooker league",
            "snooker referee",
            "billar",
            "billardspieler",
            "joueur de billard",
            "biliardo",
            "sinuca",
        ),
        (
            "completely snookered by the landlord",
            "pool party this weekend",
            "swimming pool",
            "car pool to work",
            "cue the music",
            "right on cue",
            "break time",
            "a century of history",
            "frame the picture",
            "potted plants",
            "safety first",
            "darts night",
            "table for two",
            "pool noodle",
        ),
        ("cue sports", "billiards", "snooker player", "pool billiards"),
        ("sports",),
    ),
    (
        "table tennis",
        (
            "table tennis player",
            "ping pong",
            "table tennis club",
            "table tennis coach",
            "ping pong tournament",
            "forehand loop",
            "backhand flick",
            "table tennis serve practice",
            "new rubbers on my bat",
            "penhold grip",
            "long pips on my backhand",
            "playing ping pong at the office",
            "table tennis league night",
            "training with a ping pong robot",
            "world table tennis",
            "tenis de mesa",
            "tischtennis",
            "tennis de table",
            "tennistavolo",
            "tênis de mesa",
        ),
        (
            "ping pong back and forth emails",
            "tennis elbow",
            "wimbledon final",
            "beer pong",
            "pickleball league",
            "padel match",
            "table for two",
            "kitchen table talk",
            "tables in excel",
            "ping the server",
            "bat signal",
            "cricket bat",
            "foosball table",
            "rubber duck",
        ),
        ("ping pong", "pingpong", "table-tennis", "table tennis player"),
        ("sports",),
    ),
    (
        "badminton",
        (
            "badminton player",
            "badminton club",
            "badminton coach",
            "mixed doubles badminton",
            "smash and net shot",
            "shuttlecock",
            "badminton league",
            "all england open",
            "restrung my badminton racket",
            "singles badminton",
            "badminton tournament",
            "badminton every friday night",
            "feather shuttles",
            "jugador de bádminton",
            "federball",
            "badmintonspielerin",
            "joueur de badminton",
            "giocatrice di badminton",
        ),
        (
            "badminton horse trials",
            "badminton house",
            "smash hit single",
            "smash burgers",
            "birdie on the 18th",
            "shuttle bus to the airport",
            "space shuttle launch",
            "tennis club social",
            "squash and butternut soup",
            "net zero targets",
            "that's a racket",
            "drop shipping business",
            "feather boa",
        ),
        ("badminton player", "badminton club"),
        ("sports",),
    ),
    (
        "gymnastics",
        (
            "gymnast",
            "gymnastics",
            "gymnastics coach",
            "artistic gymnastics",
            "rhythmic gymnastics",
            "balance beam",
            "uneven bars",
            "floor routine",
            "pommel horse",
            "still rings",
            "vault final",
            "new skill on beam",
            "tumbling class",
            "gymnastics meet",
            "trampoline gymnast",
            "competitive gymnast",
            "gymnastics judge",
            "back handspring",
            "gimnasta",
            "kunstturnerin",
            "gymnaste",
            "ginnasta",
            "ginástica artística",
        ),
        (
            "mental gymnastics",
            "verbal gymnastics",
            "leg day at the gym",
            "gym membership",
            "gymnasium in germany",
            "cheerleading squad",
            "circus acrobats",
            "yoga flow",
            "parallel parking",
            "balance sheet",
            "floor plan",
            "bank vault",
            "onion rings",
            "candy bars",
        ),
        ("gymnast", "gymnasts", "artistic gymnastics", "rhythmic gymnastics", "tumbling"),
        ("sports",),
    ),
    (
        "crossfit",
        (
            "crossfit",
            "crossfitter",
            "crossfit coach",
            "crossfit box",
            "wod done",
            "crossfit games",
            "the crossfit open",
            "murph challenge on memorial day",
            "metcon",
            "double unders",
            "toes to bar",
            "muscle ups",
            "wall balls and thrusters",
            "assault bike",
            "hero wod",
            "functional fitness",
            "chipper wod",
            "crossfit box life",
            "crossfit level 1 trainer",
            "box owner",
            "entrenamiento funcional",
            "crossfiterin",
            "allenamento funzionale",
            "treino funcional",
        ),
        (
            "cross country skiing",
            "crossword puzzle",
            "fit the description",
            "cross the road",
            "outfit of the day",
            "cross stitch",
            "fitbit step count",
            "box of chocolates",
            "boxing class",
            "pilates reformer class",
            "yoga retreat",
            "bodybuilding show",
            "marathon training",
            "thrust stage theatre",
        ),
        ("crossfitter", "crossfitters", "functional fitness", "wod"),
        ("fitness",),
    ),
    (
        "dentistry",
        (
            "dentist",
            "dental surgeon",
            "general dentist",
            "orthodontist",
            "dental hygienist",
            "dental nurse",
            "dental student",
            "root canal",
            "cosmetic dentistry",
            "dental implants",
            "smile makeover",
            "oral health",
            "composite bonding",
            "dental practice owner",
            "periodontist",
            "pediatric dentist",
            "endodontist",
            "oral surgeon",
            "clear aligners",
            "odontóloga",
            "zahnärztin",
            "chirurgien-dentiste",
            "dentista",
            "odontoiatra",
        ),
        (
            "dreading my dentist appointment tomorrow",
            "put a dent in the car",
            "made a dent in my to-do list",
            "sweet tooth",
            "the tooth fairy came",
            "teething baby",
            "fighting tooth and nail",
            "long in the tooth",
            "the crown on netflix",
            "braces for impact",
            "chewing gum",
            "filling in for a colleague",
            "hygiene factors at work",
            "bridge over the river",
        ),
        ("dentist", "dentists", "dental", "dental medicine", "orthodontics", "oral health"),
        ("health",),
    ),
    (
        "veterinary medicine",
        (
            "veterinarian",
            "vet surgeon",
            "veterinary surgeon",
            "small animal vet",
            "mixed practice vet",
            "large animal veterinarian",
            "farm animal vet",
            "equine vet",
            "vet student",
            "vet school",
            "lambing season on call",
            "spay and neuter surgery",
            "emergency vet shift",
            "zoo veterinarian",
            "exotic animal vet",
            "veterinary nurse",
            "vet tech",
            "dvm candidate",
            "veterinary pathology",
            "veterinario",
            "tierärztin",
            "vétérinaire",
            "médica veterinária",
        ),
        (
            "vet the candidates carefully",
            "vetting process",
            "army veteran",
            "veterans day parade",
            "proud navy vet",
            "vet bills are killing me",
            "took the cat to the vet",
            "dog walker",
            "pet groomer",
            "rescue dog adoption",
            "animal farm by orwell",
            "nursing home",
            "farm shop",
            "animal crossing",
        ),
        ("veterinary", "veterinary science", "vet medicine", "vet med", "veterinarians"),
        ("medicine", "pets"),
    ),
    (
        "autism",
        (
            "autistic",
            "actually autistic",
            "autistic adult",
            "autism mom",
            "late diagnosed autistic",
            "on the spectrum",
            "autism advocate",
            "autism acceptance",
            "stimming and special interests",
            "sensory overload",
            "autistic burnout",
            "autistic masking",
            "my autistic son",
            "autism researcher",
            "autism assessment waiting list",
            "supporting autistic pupils",
            "asperger's",
            "autistic and proud",
            "autism friendly",
            "autistic shutdown",
            "trastorno del espectro autista",
            "autistin",
            "mère d'un enfant autiste",
            "bambino autistico",
        ),
        (
            "auto repair shop",
            "autopilot",
            "artistic director",
            "autumn vibes",
            "spectrum broadband outage",
            "political spectrum",
            "zx spectrum retro computing",
            "stimulus package",
            "masking tape",
            "nuclear meltdown",
            "dyslexia tutor",
            "down syndrome awareness",
            "special interest groups",
            "sensory garden",
        ),
        ("autistic", "autism spectrum", "asd", "autistic people", "autism acceptance", "asperger"),
        ("mental health",),
    ),
    (
        "adhd",
        (
            "adhd",
            "adhd brain",
            "diagnosed with adhd at 30",
            "adhd adult",
            "adhd mum",
            "adhd coach",
            "time blindness",
            "hyperfocus",
            "body doubling",
            "executive dysfunction",
            "forgot my meds again",
            "adhd assessment",
            "adhd meds shortage",
            "inattentive adhd",
            "adhd and proud",
            "neurospicy",
            "audhd",
            "rejection sensitive dysphoria",
            "tdah adulto",
            "adhs diagnose",
            "tdah chez l'adulte",
            "deficit di attenzione",
        ),
        (
            "add to cart",
            "attention please",
            "my kids are hyper after sugar",
            "hyper active puppy",
            "dopamine hit from shopping",
            "productivity hacks for busy founders",
            "attention economy",
            "deficit spending",
            "adhesive tape",
            "ad hoc meeting",
            "focus group",
            "paying attention in class",
            "meds for my cold",
            "distracted driving",
        ),
        (
            "attention deficit",
            "attention deficit hyperactivity disorder",
            "attention deficit disorder",
            "adhders",
            "adhder",
        ),
        ("mental health",),
    ),
    (
        "chronic illness",
        (
            "chronic illness",
            "chronically ill",
            "spoonie",
            "living with chronic illness",
            "invisible illness",
            "flare day",
            "running low on spoons today",
            "chronic pain warrior",
            "managing my symptoms",
            "long covid",
            "fibromyalgia",
            "me/cfs",
            "disabled by chronic illness",
            "autoimmune disease",
            "pacing and rest days",
            "another hospital appointment",
            "housebound most days",
            "chronic fatigue",
            "lupus warrior",
            "enfermedad crónica",
            "chronisch krank",
            "maladie chronique",
            "malattia cronica",
            "doença crônica",
        ),
        (
            "chronically online",
            "chronic procrastinator",
            "the chronic by dr dre",
            "that was sick bro",
            "a sick beat",
            "common cold going round the office",
            "ill communication",
            "ill-advised plan",
            "chronicles of narnia",
            "spoon-fed answers",
            "flare gun",
            "solar flare",
            "pain in the neck",
            "sick of this weather",
        ),
        (
            "chronically ill",
            "chronic illnesses",
            "chronic disease",
            "chronic conditions",
            "spoonie",
            "spoonies",
            "invisible illness",
            "long-term illness",
        ),
        ("health",),
    ),
    (
        "caregiving",
        (
            "full-time carer for my mum",
            "caregiver to my husband",
            "unpaid carer",
            "family caregiver",
            "caring for my dad",
            "young carer",
            "care worker",
            "home care aide",
            "support worker",
            "personal care assistant",
            "respite care",
            "carer burnout",
            "sandwich generation",
            "caregiver support group",
            "caring for aging parents",
            "parent carer of a disabled child",
            "carers allowance",
            "caregiver fatigue",
            "pflegende angehörige",
            "cuidadora familiar",
            "aidant familial",
            "badante",
            "cuidador de idosos",
        ),
        (
            "i don't care",
            "care package from home",
            "take care",
            "skincare routine",
            "self care sunday",
            "customer care team",
            "car wash",
            "careful what you wish for",
            "career change",
            "health care policy debate",
            "pet sitter",
            "babysitting tonight",
            "who cares",
        ),
        ("caregiver", "caregivers", "carer", "carers", "family caregiving", "unpaid carers", "care work"),
        ("family", "health"),
    ),
    (
        "dementia",
        (
            "dementia",
            "living with dementia",
            "mum has alzheimer's",
            "dementia carer",
            "dementia friendly",
            "dementia nurse",
            "memory care",
            "alzheimer's research",
            "dementia awareness",
            "dad doesn't recognise me anymore",
            "early onset dementia",
            "dementia champion",
            "memory cafe volunteer",
            "sundowning",
            "dementia research",
            "cognitive decline",
            "frontotemporal dementia",
            "lewy body dementia",
            "demenzkranke mutter",
            "demencia",
            "maladie d'alzheimer",
            "demenza",
            "demência",
        ),
        (
            "having a senior moment",
            "forgot my keys again lol",
            "memory foam mattress",
            "trip down memory lane",
            "the memory card is full",
            "ram memory upgrade",
            "totally lost my mind",
            "demented laughter",
            "brain fog",
            "memories of summer",
            "losing my marbles",
            "in loving memory of",
            "absent minded professor",
        ),
        ("alzheimer's", "alzheimers", "alzheimer's disease", "dementia care", "dementia research"),
        ("health",),
    ),
    (
        "ageing",
        (
            "healthy ageing",
            "gerontologist",
            "geriatrician",
            "ageing well",
            "longevity research",
            "older adults",
            "age-friendly cities",
            "over 60 and loving it",
            "growing old gracefully",
            "ageing research",
            "elder care",
            "loneliness in older people",
            "ageism",
            "life after seventy",
            "biology of ageing",
            "healthspan",
            "geriatric medicine",
            "active ageing",
            "later life",
            "envejecimiento activo",
            "vieillissement",
            "invecchiamento attivo",
            "envelhecimento saudável",
        ),
        (
            "whisky aged 12 years",
            "dry aged steak",
            "barrel aged stout",
            "aged cheddar",
            "coming of age story",
            "ice age",
            "age of empires",
            "bronze age",
            "older brother",
            "elder scrolls",
            "old money aesthetic",
            "anti-ageing serum review",
            "the golden age of television",
            "age verification",
        ),
        (
            "aging",
            "gerontology",
            "geriatrics",
            "longevity",
            "healthy aging",
            "healthy ageing",
            "older people",
            "elderly care",
            "later life",
        ),
        ("health",),
    ),
    (
        "pharmacy",
        (
            "pharmacist",
            "community pharmacist",
            "hospital pharmacist",
            "clinical pharmacist",
            "pharmacy technician",
            "pharmacy student",
            "pharmd candidate",
            "dispensing prescriptions",
            "independent pharmacy owner",
            "medication review",
            "pharmacist prescriber",
            "flu jabs at the pharmacy",
            "drug shortages",
            "compounding pharmacy",
            "pharmacology",
            "pharmaceutical care",
            "locum pharmacist",
            "farmacéutica comunitaria",
            "apotheker",
            "pharmacien d'officine",
            "farmacista",
            "farmacêutica",
        ),
        (
            "picked up my prescription",
            "big pharma stocks rally",
            "pharma sales rep",
            "organic chemistry lab",
            "drug dealer arrested",
            "drugstore mascara haul",
            "farm to table",
            "pharrell williams",
            "doping scandal in cycling",
            "ipad tablet review",
            "counter culture",
            "red pill",
            "pinch of salt",
        ),
        ("pharmacist", "pharmacists", "pharmacies", "clinical pharmacy", "pharmaceutics"),
        ("health",),
    ),
    (
        "sleep",
        (
            "sleep scientist",
            "sleep medicine",
            "sleep researcher",
            "sleep hygiene",
            "insomnia",
            "cbt for insomnia",
            "sleep apnea",
            "cpap machine",
            "circadian rhythm",
            "sleep tracking",
            "sleep coach",
            "baby sleep consultant",
            "sleep study",
            "narcolepsy",
            "better sleep habits",
            "deep sleep and rem",
            "chronotype",
            "sleep technologist",
            "sleep deprivation research",
            "trastornos del sueño",
            "schlafmedizin",
            "trouble du sommeil",
            "medicina del sonno",
            "higiene do sono",
        ),
        (
            "let me sleep on it",
            "sleeper hit of the year",
            "sleep is for the weak",
            "nap time lol",
            "slept through my alarm",
            "sleepover with the girls",
            "sleepy hollow",
            "sleep token concert",
            "sleeper train to vienna",
            "sleeper agent",
            "the city never sleeps",
            "sleeping bag for camping",
            "rest in peace",
            "going to bed now",
        ),
        ("sleep science", "sleep health", "sleep medicine", "sleep research", "insomnia", "sleep disorders"),
        ("health",),
    ),
    (
        "diabetes",
        (
            "type 1 diabetic",
            "t1d",
            "living with type 2 diabetes",
            "diabetes educator",
            "endocrinologist",
            "cgm alarm",
            "blood sugar rollercoaster",
            "carb counting for insulin",
            "insulin pump",
            "hypo at 3am, blood sugar crashed",
            "time in range",
            "diabetes nurse",
            "diabetic runner",
            "prediabetes",
            "diabetes research",
            "gestational diabetes",
            "t1d mom",
            "insulin pens",
            "glucose monitor",
            "diabético tipo 1",
            "diabetikerin",
            "diabétique de type 1",
            "diabetico",
            "diabética",
        ),
        (
            "sugar rush",
            "sugar daddy",
            "sugar high after the party",
            "blood type",
            "type 1 error",
            "pump up the volume",
            "sweet tooth",
            "brown sugar",
            "sugarcoat it",
            "blood orange",
            "gas pump prices",
            "glucose syrup",
            "pump track",
        ),
        (
            "diabetic",
            "diabetics",
            "type 1 diabetes",
            "type 2 diabetes",
            "diabetes care",
            "t1d",
            "t2d",
        ),
        ("health", "chronic illness"),
    ),
    (
        "cancer research",
        (
            "cancer researcher",
            "oncologist",
            "cancer biology",
            "tumour immunology",
            "oncology clinical trials",
            "working on a cure for cancer",
            "immunotherapy research",
            "radiation oncologist",
            "cancer genomics",
            "race for life",
            "fundraising for cancer research",
            "breast cancer research",
            "paediatric oncology",
            "tumor evolution",
            "cancer research advocate",
            "oncology nurse",
            "car-t cell therapy",
            "precision oncology",
            "metastasis",
            "investigación contra el cáncer",
            "krebsforschung",
            "recherche contre le cancer",
            "ricerca sul cancro",
            "pesquisa sobre o câncer",
        ),
        (
            "cancer star sign",
            "cancer zodiac traits",
            "tropic of cancer",
            "toxic fandom is a cancer",
            "crab cakes",
            "market research survey",
            "research before you buy",
            "cancel culture",
            "prison cell",
            "cell phone plan",
            "sunscreen spf 50",
            "smoking area",
            "cell shading art",
        ),
        ("oncology", "cancer biology", "cancer science", "oncology research", "cancer"),
        ("science", "medicine"),
    ),
)

NAMES_TEXT = """
volleyball: volleyball|beach volleyball
table tennis: ping pong|table tennis club
badminton club: badminton club
darts: darts|pdc darts|world darts championship
snooker: snooker|world snooker championship|ronnie o'sullivan
pro wrestling: wwe|aew|pro wrestling|wrestlemania|wrestling fan|monday night raw
sumo wrestling: sumo wrestling
crossfit: crossfit
crossfit competition: crossfit games
crossfit workout: wod
weightlifting: weightlifting|olympic lifting
powerlifting: powerlifting|powerlifter
horse racing: horse racing|the grand national|grand national|cheltenham festival|royal ascot|epsom derby
horse racing: the derby epsom|kentucky derby|racehorse|racehorses|flat racing
athletics track and field: world athletics
pharmacist: pharmacist
pharmacy: pharmacy technician
dentist: dentist
dental nurse: dental nurse|dental hygienist
chronic illness: chronic illness|chronically ill|spoonie|spoonies
diabetes: type 1 diabetes|type 1 diabetic|t1d|type 2 diabetes|diabetic|insulin pump
cancer research charity: cancer research uk
cancer doctor: oncologist
attention deficit disorder: adhd diagnosis|adhd meds
autism attention deficit: audhd
autism: autistic adult|actually autistic|actuallyautistic
veterinarian: veterinarian|vet surgeon|vet tech
veterinary student: vet student|vet school
veterinary nurse: vet nurse|veterinary nurse
carer caring: carer
rowing: rowing club|coxless four|coxed eight|erg session|erg score|2k erg|sculling|single scull|coxswain
chronic illness: fibromyalgia|mecfs
pro wrestling: smackdown|summerslam|survivor series|njpw|new japan pro wrestling|wrestle kingdom
pro wrestling: aew dynamite|all in wembley|tna wrestling|impact wrestling|ring of honor|roh wrestling
pro wrestling: nxt wrestling|wwe nxt|john cena|stone cold steve austin|hulk hogan|cm punk|roman reigns
pro wrestling: cody rhodes|rhea ripley|becky lynch|the undertaker|ric flair|bret hart|shawn michaels
pro wrestling: kenny omega|kazuchika okada|kurt angle|randy orton|seth rollins|triple h|charlotte flair
pro wrestling: cmll|lucha underground|rey mysterio|eddie guerrero|prowrestling|wrestletwitter
amateur wrestling: united world wrestling|uww|ncaa wrestling|flowrestling|dan gable|jordan burroughs
amateur wrestling: gable steveson|kyle snyder|david taylor wrestler|greco-roman wrestling|folkstyle wrestling
volleyball: fivb|volleyball nations league|avp tour|cev champions league|pro volleyball federation
volleyball: league one volleyball|ncaa volleyball|karch kiraly|kerri walsh jennings|misty may-treanor
volleyball: earvin ngapeth|wilfredo leon|paola egonu|zhu ting|superlega volley|plusliga|volleyball world
skateboarding: thrasher magazine|tony hawk|tony hawk's pro skater|street league skateboarding
skateboarding: vans park series|nyjah huston|rayssa leal|sky brown|leticia bufoni|rodney mullen|kickflip
skateboarding: heelflip|tre flip|boardslide|nollie|frontside flip|varial flip|santa cruz skateboards
skateboarding: element skateboards|baker skateboards|palace skateboards|southbank undercroft
skateboarding: spitfire wheels|skatepark|skate park|skatepark session
scuba diving: padi|naui|ssi diving|bsac|open water diver|advanced open water|rescue diver|divemaster
scuba diving: nitrox diver|rebreather|sidemount|dive computer|shearwater perdix|garmin descent|suunto d5
scuba diving: great barrier reef dive|blue hole|sipadan|raja ampat|silfra|ss thistlegorm|cousteau
scuba diving: jacques cousteau|divers alert network|tec diving|scubapro|mares regulator
rowing: head of the river race|head of the charles|world rowing|british rowing|usrowing|us rowing
rowing: steve redgrave|matthew pinsent|helen glover|pete reed rower|ergdata|henley women's regatta
rowing: coxed four|quad sculls|lightweight rowing|rowing regatta
weightlifting: iwf|usa weightlifting|british weightlifting|lasha talakhadze|lu xiaojun|karlos nasar
weightlifting: catalyst athletics|hookgrip|eleiko|rogue fitness|sbd apparel|clean and jerk|snatch pr
powerlifting: ipf|usapl|british powerlifting|ray williams powerlifter|jesse norris|russel orhii
powerlifting: sheffield powerlifting|wilks score|sbd belt
competitive video gaming: fnatic|team liquid|cloud9|g2 esports|t1 esports|natus vincere|navi esports|faze clan|100 thieves
competitive video gaming: optic gaming|team vitality|karmine corp|gen.g|mousesports|heroic esports|team spirit dota
competitive video gaming: lol worlds|league worlds|the international dota|iem katowice|esl one|esl pro league|blast premier
competitive video gaming: valorant champions|vct|lec|lck|lcs esports|pgl major|rlcs|overwatch league|call of duty league
competitive video gaming: hltv|liquipedia|s1mple|zywoo|tenz|evo championship|capcom cup|esports world cup
horse racing: racing post|timeform|at the races|itv racing|racing tv|sky sports racing|aintree|newmarket
horse racing: ebor festival|punchestown|leopardstown|belmont stakes|preakness stakes
horse racing: dubai world cup|japan cup|cheltenham gold cup|champion hurdle|king george vi chase
horse racing: epsom oaks|2000 guineas|st leger|frankie dettori|dettori|aidan o'brien|willie mullins
horse racing: ap mccoy|rachael blackmore|ryan moore jockey|paul nicholls|nicky henderson|hollie doyle
horse racing: oisin murphy|coolmore|godolphin|juddmonte|goffs sales|british horseracing authority
horse racing: bloodstock agent|horse racing ireland|equibase|each-way|ante-post|racecard|furlongs
athletics: mondo duplantis|armand duplantis|sydney mclaughlin|femke bol|karsten warholm|noah lyles
athletics: shelly-ann fraser-pryce|shericka jackson|keely hodgkinson|josh kerr|sha'carri richardson
athletics: julien alfred|yaroslava mahuchikh|ryan crouser|jessica ennis-hill|katarina johnson-thompson
athletics: nafi thiam|carl lewis|jesse owens|bob beamon|sergey bubka|prefontaine classic|penn relays
athletics: world athletics championships|european athletics|uk athletics|usatf|british athletics
athletics: athletics weekly|letsrun|flotrack|citius mag|wanda diamond league|golden gala|weltklasse zürich
athletics: bislett games|pole vault|heptathlete|indoor track
athletics throwing: shot put|shot putter|discus throw|javelin throw|hammer throw|javelin thrower|discus thrower
darts: bdo darts|wdf darts|premier league darts|world matchplay|grand slam of darts|alexandra palace darts
darts: phil taylor|michael van gerwen|gerwyn price|peter wright darts|luke humphries|fallon sherrock
darts: raymond van barneveld|nathan aspinall|target darts|winmau|unicorn darts|harrows darts|nine-dart finish
darts: dartboard|dartslive|ally pally
snooker: world snooker tour|wst|the masters snooker|uk championship snooker|judd trump|mark selby
snooker: kyren wilson|john higgins|neil robertson|stephen hendry|steve davis snooker|jimmy white
snooker: alex higgins|shaun murphy snooker|ding junhui|zhao xintong|luca brecel|crucible theatre snooker|crucible snooker
snooker: eurosport snooker|the rocket ronnie|147 break|maximum break
cue sports pool: mosconi cup|matchroom pool|efren reyes|shane van boening|9-ball|8-ball pool|predator cues
table tennis: ittf|world table tennis championships|ma long|fan zhendong|timo boll|dimitrij ovtcharov
table tennis: wang chuqin|sun yingsha|truls möregårdh|felix lebrun|hugo calderano|tt11|tabletennis11
table tennis: tenergy|dignics|butterfly viscaria|penhold|pips out|table tennis england|usatt
badminton: bwf|all england badminton|thomas cup|uber cup|sudirman cup|viktor axelsen|lin dan|lee chong wei
badminton: carolina marín|an se-young|pv sindhu|p.v. sindhu|kento momota|shi yuqi|yonex astrox
badminton: badminton england|bwf world tour|shuttlecocks
gymnastics: simone biles|nadia comăneci|nadia comaneci|kohei uchimura|suni lee|sunisa lee|rebeca andrade
gymnastics: max whitlock|jordan chiles|british gymnastics|usa gymnastics|ncaa gymnastics|yurchenko
gymnastics: pommel horse|uneven bars|balance beam|still rings|parallel bars|back handspring
gymnastics: yurchenko double pike|tsukahara|amanar|code of points|fig gymnastics|gymnastics australia
crossfit: rich froning|mat fraser|tia-clair toomey|tia toomey|annie thorisdottir|katrin davidsdottir
crossfit: crossfit open|murph challenge|rogue invitational|wodapalooza|cf-l1|cf-l2|reebok nano|nobull
crossfit: double-unders|double unders|kipping pull-ups|chest to bar|fran workout|echo bike|toes to bar|wall balls
dentistry: british dental association|general dental council|gdc registered|american dental association
dentistry: dds|dmd dentist|mfds|invisalign|invisalign provider|clearcorrect|endodontics|periodontics
dentistry: prosthodontics|orthodontics|cerec|dentsply sirona|straumann|itero|dental implantology
dentistry: dentaltwitter|dentistry online|dental hygiene|root canal treatment|periodontal disease
veterinary medicine: rcvs|royal college of veterinary surgeons|avma|bva|british veterinary association
veterinary medicine: dvm|vmd|bvetmed|bvms|london vet show|idexx|zoetis|vets4pets|medivet|ivc evidensia
veterinary medicine: banfield|vca animal hospitals|cvs group vets|the supervet|noel fitzpatrick
veterinary medicine: vet med|vetmed|vet nursing|veterinary epidemiology
autism: autism speaks|national autistic society|autistic self advocacy network|asperger's syndrome
autism: asperger syndrome|asd diagnosis|pda autism|pathological demand avoidance|stimming|autistic masking
autism: autistic burnout|autistic shutdown|ados assessment|aba therapy|temple grandin|world autism awareness day
autism: autism acceptance month|autistic self-advocate|autistictwitter|asd assessment
attention deficit disorder: chadd|adhd uk|adhd foundation|how to adhd|russell barkley|edward hallowell|driven to distraction
attention deficit disorder: elvanse|vyvanse|concerta|ritalin|methylphenidate|lisdexamfetamine|adderall|strattera|atomoxetine
attention deficit disorder: guanfacine|right to choose adhd|rejection sensitive dysphoria|adhd paralysis|time blindness
attention deficit disorder: body doubling|adhdtwitter|adhders
chronic illness: spoon theory|myalgic encephalomyelitis|chronic fatigue syndrome|cfs/me|millions missing
chronic illness: rheumatoid arthritis|multiple sclerosis|hashimoto's|sjögren's|mast cell activation|mcas
chronic illness: gastroparesis|invisible illness awareness week|chronicillness|chronicallyill|spoonielife
chronic illness: ankylosing spondylitis|hypermobility|dysautonomia|lupus warrior
family carer caring: carers uk|carers trust|carers week|carer's allowance|family caregiver alliance|aarp caregiving
family carer caring: young carers|caregiver burnout|carer's assessment|respite break|caregiverlife
dementia: alzheimer's society|alzheimer's association|alzheimer's research uk|dementia uk|admiral nurse
dementia: dementia friends|memory clinic|lewy body|frontotemporal|vascular dementia|mild cognitive impairment
dementia: lecanemab|donanemab|leqembi|aricept|donepezil|amyloid plaques|tau protein|still alice
dementia: memory walk|world alzheimer's day|sundowning|alzheimers|alzheimer
aging longevity: age uk|aarp|u3a|university of the third age|peter attia
aging longevity: blue zones|buck institute|international longevity centre|centre for ageing better
aging longevity: gerontological society of america|british geriatrics society|hallmarks of aging
aging longevity: senolytics|healthspan|longevity science
pharmacy: royal pharmaceutical society|gphc|general pharmaceutical council|pharmd|mpharm
pharmacy: american pharmacists association|lloydspharmacy|pharmacy first|community pharmacy england
pharmacy: british national formulary|compounding pharmacist|pre-reg pharmacist|ptcb|pharmacy tech
pharmacy: foundation pharmacist
sleep health: eight sleep|matthew walker|why we sleep|sleep foundation
sleep health: american academy of sleep medicine|aasm|british sleep society|world sleep day|cbt-i|cbti
sleep health: sleepio|polysomnography|actigraphy|resmed|dreamstation|obstructive sleep apnea
sleep health: restless legs syndrome|idiopathic hypersomnia|sleep apnoea|cpap
diabetes: diabetes uk|jdrf|breakthrough t1d|american diabetes association|world diabetes day|dexcom
diabetes: dexcom g7|freestyle libre|libre 3|omnipod|tandem t:slim|medtronic 780g|control-iq
diabetes: hba1c|a1c|metformin|novorapid|humalog|lantus|tresiba|dka
diabetes: gbdoc|t1dlooker|diabetesuk|type one diabetic|type 2 diabetic
cancer research: cruk|national cancer institute|american cancer society|esmo|aacr|stand up to cancer
cancer research: relay for life|dana-farber|memorial sloan kettering|md anderson|institute of cancer research
cancer research: car-t|keytruda|pembrolizumab|brca1|brca2|her2|liquid biopsy
cancer research: tumour microenvironment|tumor microenvironment|oncogene|tcga|cancer moonshot
cancer research: world cancer day|pancreatic cancer uk|breast cancer now|checkpoint inhibitors
attention deficit disorder: adhd|adhder|hyperfocus|neurospicy
autism: autistic|autistics|asperger|aspergers|asperger's
sleep disorder: insomnia|insomniac|insomniacs|narcolepsy|apnea|apnoea|parasomnia
sleep cycle: circadian rhythm|circadian rhythms|chronotype|chronotypes
competitive video gaming: esports|esport|e-sports|shoutcaster|shoutcasters
family carer caring: caregiver|caregivers|caregiving|carers
aging: ageing
elderly aging medicine: gerontology|gerontologist|gerontologists|geriatric|geriatrics|geriatrician
cancer tumor: tumour|tumours
cancer immune therapy: immunotherapy|immunotherapies|immuno-oncology
cancer spread: metastasis|metastatic|metastases
dentist: orthodontist|orthodontists|periodontist|endodontist|prosthodontist
weightlifting athlete: weightlifter|weightlifters
weightlifting bar: barbell|barbells
athletics hurdles: hurdler|hurdlers
athletics events: heptathlon|heptathletes|decathlete|decathletes|pole vaulter|pole vaulters
badminton: shuttlecock
rowing: coxless|sculler|scullers|sculls
crossfit workout: metcon|metcons|crossfitter|crossfitters
diabetes blood sugar: prediabetes|prediabetic|hypoglycemia|hypoglycaemia|hyperglycemia|hyperglycaemia
"""

LEXICON_TEXT = """
# Spanish
luchador=wrestler|luchadora=wrestler|voleibol=volleyball|voleibolista=volleyball player|balonvolea=volleyball
patineta=skateboarding|patinetas=skateboarding
buceo=scuba diving|bucear=scuba dive|buceador=scuba diver|buceadora=scuba diver|submarinismo=scuba diving
remero=rower|remeros=rower|remar=rowing
halterofilia=weightlifting|halterófilo=weightlifting athlete|halterófila=weightlifting athlete
hipódromo=racecourse horse racing
atletismo=athletics track and field|velocista=sprinter|dardos=darts|billar=snooker pool cue
billarista=snooker player|bádminton=badminton|gimnasia=gymnastics|gimnasta=gymnast|gimnastas=gymnast
odontología=dentistry|odontólogo=dentist|odontóloga=dentist|dentista=dentist|dentistas=dentist
ortodoncia=dentist teeth|veterinario=veterinarian|veterinaria=veterinarian|veterinarios=veterinarian
autismo=autism|tdah=attention deficit disorder|hiperactividad=attention deficit|crónico=chronic|enfermedad=illness disease|trastorno=disorder|trastornos=disorders|espectro=spectrum|sueño=sleep dream
higiene=hygiene
cuidador=carer caring|cuidadora=carer caring|cuidadores=carer caring|demencia=dementia|alzhéimer=alzheimer's
envejecimiento=aging|gerontología=aging science|geriatría=elderly medicine|farmacia=pharmacy
farmacéutico=pharmacist|farmacéutica=pharmacist|insomnio=sleep disorder|diabético=diabetic|diabética=diabetic
glucemia=blood sugar|insulina=insulin|cáncer=cancer|oncología=cancer medicine|oncólogo=oncologist
oncóloga=oncologist
# German
ringkampf=wrestling|volleyballer=volleyball player|volleyballerin=volleyball player
skateboarden=skateboarding|tauchen=scuba diving|taucher=scuba diver|taucherin=scuba diver
tauchschule=dive school|rudern=rowing|ruderer=rower|ruderin=rower|ruderverein=rowing club
gewichtheben=weightlifting|gewichtheber=weightlifting athlete|gewichtheberin=weightlifting athlete|kraftdreikampf=powerlifting
pferderennen=horse racing|galopprennen=horse racing|leichtathletik=athletics track and field
leichtathlet=track athlete|leichtathletin=track athlete|stabhochsprung=pole vault|weitsprung=long jump
hochsprung=high jump|dartspieler=darts player|dartspielerin=darts player|dartscheibe=darts board
billard=snooker pool cue|billardspieler=snooker player|tischtennis=table tennis
tischtennisspieler=table tennis player|tischtennisspielerin=table tennis player|federball=badminton
badmintonspieler=badminton player|badmintonspielerin=badminton player|kunstturnen=artistic gymnastics
kunstturnerin=gymnast|kunstturner=gymnast|turnerin=gymnast|zahnarzt=dentist|zahnärztin=dentist
zahnmedizin=dentistry|kieferorthopäde=dentist teeth|zahnarztpraxis=dental practice|tierarzt=veterinarian
tierärztin=veterinarian|tiermedizin=veterinary medicine|tierarztpraxis=veterinary practice
tierklinik=veterinary clinic|autismus=autism|autistisch=autism|autistin=autism woman|adhs=attention deficit disorder
chronisch=chronic|krank=sick ill|pflegende=caring|angehörige=family relatives|altenpflege=elderly care|demenz=dementia
demenzkrank=dementia patient|demenzkranke=dementia patient|apotheke=pharmacy|apotheker=pharmacist
apothekerin=pharmacist|schlafmedizin=sleep medicine|schlaflosigkeit=sleep disorder|schlafstörung=sleep disorder
schlafstörungen=sleep disorders|diabetiker=diabetic|diabetikerin=diabetic|zuckerkrank=diabetic
blutzucker=blood sugar|krebsforschung=cancer research|onkologie=cancer medicine|onkologe=oncologist
onkologin=oncologist|krebserkrankung=cancer
# French
lutteur=wrestler|lutteuse=wrestler|volleyeur=volleyball player|volleyeuse=volleyball player
plongée=scuba diving|plongeur=scuba diver|plongeuse=scuba diver|aviron=rowing|rameur=rower|rameuse=rower
haltérophilie=weightlifting|haltérophile=weightlifting athlete|hippiques=horse racing|hippodrome=racecourse
turfiste=horse racing betting|athlétisme=athletics track and field|fléchettes=darts|pongiste=table tennis player
badiste=badminton player|gymnaste=gymnast|gymnastes=gymnast|dentiste=dentist|dentaire=dental
orthodontiste=dentist teeth|vétérinaire=veterinarian|vétérinaires=veterinarian|autisme=autism
autiste=autism|autistes=autism|hyperactivité=attention deficit|aidant=carer caring|aidante=carer caring
aidants=carer caring|démence=dementia|vieillissement=aging|gérontologie=aging science|gériatrie=elderly medicine
pharmacie=pharmacy|pharmacien=pharmacist|pharmacienne=pharmacist|sommeil=sleep
insomnie=sleep disorder|maladie=illness disease|diabète=diabetes|diabétique=diabetic|glycémie=blood sugar|insuline=insulin
cancérologie=cancer medicine|oncologie=cancer medicine|oncologue=oncologist
# Italian
lottatore=wrestler|pallavolo=volleyball|pallavolista=volleyball player|pallavolisti=volleyball players
subacquea=scuba diving|subacqueo=scuba diver|canottaggio=rowing|canottiere=rower|pesista=weightlifting athlete
ippica=horse racing|ippodromo=racecourse|fantino=jockey|atletica=athletics track and field
freccette=darts|biliardo=snooker pool cue|tennistavolo=table tennis|pongista=table tennis player
ginnastica=gymnastics|malattia=illness disease|attenzione=attention|ginnasta=gymnast|ginnaste=gymnast|odontoiatria=dentistry|odontoiatra=dentist
ortodonzia=dentist teeth|autistico=autism|autistica=autism|iperattività=attention deficit|badante=carer caring
badanti=carer caring|demenza=dementia|invecchiamento=aging|anziani=elderly|farmacista=pharmacist
farmacisti=pharmacist|sonno=sleep|insonnia=sleep disorder|diabete=diabetes|diabetico=diabetic|diabetica=diabetic
cancro=cancer|oncologo=oncologist|oncologa=oncologist|tumori=cancer tumor
# Portuguese
lutador=wrestler fighter|vôlei=volleyball|skatista=skateboarding|skatistas=skateboarding|mergulho=scuba diving
mergulhador=scuba diver|mergulhadora=scuba diver|remador=rower|remadora=rower|turfe=horse racing
jóquei=jockey|sinuca=snooker|bilhar=snooker pool cue|mesatenista=table tennis player|ginástica=gymnastics
ginasta=gymnast|odontologia=dentistry|dentária=dental|ortodontia=dentist teeth|veterinário=veterinarian
veterinária=veterinarian|autístico=autism|demência=dementia|envelhecimento=aging|idosos=elderly
farmácia=pharmacy|farmacêutico=pharmacist|farmacêutica=pharmacist|insônia=sleep disorder
câncer=cancer|doença=illness disease|oncologia=cancer medicine|oncologista=oncologist
"""
