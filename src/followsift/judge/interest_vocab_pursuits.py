"""Interest definitions (pursuits set): 130 more interests people list, sports, arts and making.

Written by helpers from general knowledge on 2026-11-24, seventh session (none saw a labelled set); the
layout of every field module is described at ``interest_vocab._FIELDS``.
"""

from __future__ import annotations

__all__ = ["ENTRIES", "LEXICON_TEXT", "NAMES_TEXT", "NEIGHBOURS"]

ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "taekwondo",
        (
            "taekwondo black belt",
            "2nd dan in taekwondo",
            "taekwondo instructor",
            "sparring night at the dojang",
            "poomsae practice before the grading",
            "olympic taekwondo athlete",
            "taekwondo kids class tonight",
            "board breaking demo at the school fair",
            "itf taekwon-do patterns",
            "taekwondo national championships",
            "spinning hook kick drills",
            "got my black belt in tkd today",
            "taekwondo coach and referee",
            "kyorugi competitor",
            "red belt grading on saturday",
            "electronic scoring vests and head kicks",
            "taekwondo national team member",
            "grandmaster at our dojang",
            "profesora de taekwondo",
            "taekwondo-trainer im verein",
            "ceinture noire de taekwondo",
            "maestro di taekwondo",
            "faixa preta de taekwondo",
        ),
        (
            "korean bbq night with friends",
            "lean six sigma green belt",
            "kick-off at 3pm on saturday",
            "kicking myself for missing the sale",
            "korean language exchange meetup",
            "belt tightening at work this year",
            "seoul travel diary",
            "kick scooter for the commute",
            "k-drama binge weekend",
            "kickstarter campaign is live",
        ),
        ("tkd", "tae kwon do", "taekwon-do", "taekwondo practitioner"),
        ("martial arts",),
    ),
    (
        "muay thai",
        (
            "muay thai fighter",
            "nak muay",
            "training muay thai in thailand",
            "clinch work and knees today",
            "muay thai camp in phuket",
            "pad work with my kru",
            "shin conditioning on the heavy bag",
            "wai kru ram muay before my fight",
            "first muay thai fight this weekend",
            "thai boxing gym",
            "muay thai coach",
            "teep and roundhouse drills",
            "amateur muay thai bout",
            "thai pads and sparring",
            "dreaming of fighting at lumpinee",
            "the art of eight limbs",
            "elbows and knees, 5 rounds",
            "boxeo tailandés y muay thai",
            "thaiboxen im gym",
            "boxe thaï à paris",
            "lutador de muay thai",
        ),
        (
            "thai green curry recipe",
            "thai massage appointment",
            "pad thai for dinner",
            "boxing day sales",
            "boxing up my stuff for the move",
            "thai language lessons",
            "island hopping in thailand",
            "knee surgery recovery",
            "elbow grease on the old bike",
            "thai basil in the garden",
        ),
        ("thai boxing", "muaythai", "thaiboxing", "thai boxer"),
        ("martial arts",),
    ),
    (
        "kung fu",
        (
            "kung fu sifu",
            "shaolin kung fu practitioner",
            "wing chun student",
            "chi sau practice tonight",
            "wooden dummy training",
            "kung fu forms and weapons",
            "hung gar horse stance",
            "lion dance team for chinese new year",
            "wushu athlete",
            "northern shaolin long fist",
            "choy li fut class",
            "taolu competition",
            "kung fu school open house",
            "staff and broadsword forms",
            "training kung fu since i was a kid",
            "sanda fighter",
            "escuela de kung fu",
            "kung-fu-schule",
            "pratiquant de kung-fu",
            "maestro di kung fu",
            "academia de kung fu",
        ),
        (
            "kung fu panda movie night",
            "kung fu hustle is my comfort film",
            "my spreadsheet kung fu",
            "excel kung fu tricks",
            "chinese takeout friday",
            "gongfu tea brewing session",
            "fu manchu moustache",
            "feng shui consultant",
            "kung fu kenny on repeat",
            "chinese new year dinner with family",
        ),
        ("wushu", "gung fu", "kungfu", "chinese martial arts", "wing chun", "shaolin kung fu"),
        ("martial arts",),
    ),
    (
        "curling",
        (
            "curling club league night",
            "skip of our curling team",
            "sweeping hard all game",
            "hurry hard!",
            "throwing rocks at the rink",
            "curling bonspiel this weekend",
            "learn to curl session",
            "playing vice skip this season",
            "lead on a curling team",
            "house, button and hog line",
            "takeout or draw weight",
            "mixed doubles curling",
            "curling on pebbled ice",
            "watching the brier",
            "olympic curling final",
            "new curling broom",
            "equipo de curling",
            "curlingverein",
            "club de curling à québec",
            "squadra di curling",
        ),
        (
            "curling iron for my hair",
            "curling my hair for the party",
            "bicep curls at the gym",
            "hair curlers overnight",
            "curling ribbon for gifts",
            "toes curling in embarrassment",
            "eyelash curler",
            "curl request to the api",
            "curly girl method",
            "lip curling at the smell",
        ),
        ("curler", "curlers", "curling club"),
        ("sports",),
    ),
    (
        "biathlon",
        (
            "biathlete",
            "biathlon world cup",
            "ski and shoot",
            "prone and standing shooting",
            "clean shooting, 10 out of 10",
            "penalty loop again",
            "biathlon rifle",
            "pursuit race in oberhof",
            "mass start biathlon",
            "cross-country skiing plus target shooting",
            "biathlon training camp",
            "summer biathlon on rollerskis",
            "biathlon relay",
            "watching biathlon from antholz",
            "missed two targets standing",
            "junior biathlon team",
            "biatlón",
            "biathletin",
            "biathlète français",
            "biathleta azzurra",
            "atleta de biatlo",
        ),
        (
            "duathlon run bike run",
            "photo shoot in the studio",
            "film shoot on location",
            "shooting stars tonight",
            "a shot in the dark",
            "shooting hoops after work",
            "clay pigeon shoot at the farm",
            "shooting my shot",
            "ski holiday in the alps",
        ),
        ("biathlete", "biathletes"),
        ("skiing",),
    ),
    (
        "cross-country skiing",
        (
            "cross-country skier",
            "nordic skiing every weekend",
            "skate skiing",
            "classic technique on groomed tracks",
            "waxing my xc skis",
            "kick wax and klister",
            "vasaloppet finisher",
            "skied the birkebeiner",
            "rollerskiing in summer",
            "double poling intervals",
            "xc ski trails",
            "nordic ski club",
            "ski marathon training",
            "first time on skinny skis",
            "classic and skate skis",
            "esquí de fondo",
            "langlauf",
            "langläuferin",
            "ski de fond",
            "sci di fondo",
        ),
        (
            "cross-country running race",
            "cross-country road trip",
            "cross country move",
            "jet ski rental",
            "cross-country flight in a glider",
            "ski mask",
            "crossing the country by train",
            "cross-country trucker",
            "ski lift queue",
        ),
        ("xc skiing", "nordic skiing", "langlauf", "cross-country skier", "skate skiing", "ski de fond"),
        ("skiing",),
    ),
    (
        "water polo",
        (
            "water polo player",
            "water polo goalkeeper",
            "eggbeater kick",
            "playing hole set",
            "water polo club training",
            "5-metre penalty",
            "kick-out exclusion",
            "driver on our water polo team",
            "playing water polo since high school",
            "ncaa water polo",
            "water polo coach",
            "two-meter defender",
            "masters water polo",
            "water polo tournament",
            "treading water for four quarters",
            "our water polo team won",
            "waterpolista",
            "wasserballer",
            "joueur de water-polo",
            "giocatore di pallanuoto",
            "polo aquático",
        ),
        (
            "polo shirt",
            "vw polo",
            "polo mints",
            "ralph lauren polo",
            "water damage repair",
            "water bottle",
            "pool party",
            "pool cleaning service",
            "polo neck jumper",
            "drinking water quality",
        ),
        ("waterpolo", "water polo player"),
        ("swimming",),
    ),
    (
        "gaelic games",
        (
            "gaa club",
            "hurling",
            "hurler",
            "camogie",
            "gaelic football",
            "playing senior football for the club",
            "all-ireland final",
            "croke park",
            "hurley and sliotar",
            "club championship",
            "county minor panel",
            "ladies gaelic football",
            "up the banner",
            "proud to wear the county jersey",
            "hurling on the ditch",
            "gaa coach",
            "sam maguire",
            "liam maccarthy cup",
            "jugador de fútbol gaélico",
            "gälischer fußball",
            "football gaélique",
            "hurling irlandese",
        ),
        (
            "hurling abuse at the referee",
            "hurling insults",
            "gaelic language class",
            "gaelic whisky",
            "scottish gaelic learner",
            "irish dancing feis",
            "sam smith concert",
            "fantasy football team",
            "premier league football",
            "irish pub quiz",
        ),
        ("gaa", "hurling", "gaelic football", "camogie", "gaelic sports", "ladies gaelic football"),
        ("sports", "irish culture"),
    ),
    (
        "australian rules football",
        (
            "afl footy",
            "aussie rules",
            "afl fan",
            "footy tipping comp",
            "afl grand final",
            "aflw",
            "ruckman",
            "taking a speccy",
            "kicked a goal from 50",
            "kicking a behind",
            "local footy club",
            "under 12s footy coach",
            "brownlow medal night",
            "season member at the mcg",
            "carn the blues",
            "go pies",
            "vfl",
            "sanfl",
            "fútbol australiano",
            "australian football in deutschland",
            "football australien",
            "calcio australiano",
        ),
        (
            "rugby league state of origin",
            "nrl tipping",
            "afl-cio union",
            "aussie slang words",
            "australian shepherd puppy",
            "rules of the house",
            "rule of law",
            "football manager save",
            "grand final of masterchef",
            "australian open tennis",
        ),
        ("aussie rules", "afl", "aussie rules football", "australian football", "aflw", "afl footy"),
        ("sports",),
    ),
    (
        "futsal",
        (
            "futsal player",
            "futsal league on tuesdays",
            "futsal ball",
            "indoor five-a-side",
            "futsal pivot",
            "futsal goalkeeper",
            "futsal coach",
            "sole of the foot control",
            "futsal club",
            "futsal world cup",
            "futsal training session",
            "fly goalkeeper tactics",
            "futsal tournament this weekend",
            "futsal academy",
            "jugador de fútbol sala",
            "futsalspieler",
            "joueur de futsal",
            "calcio a 5",
            "jogador de futsal",
        ),
        (
            "fifa ultimate team",
            "the fast and the furious",
            "futsal shoes on sale",
            "indoor cycling class",
            "fut champions",
            "indoor plants",
            "futures trading",
            "five guys burgers",
            "five a day vegetables",
        ),
        ("futsal player", "fútbol sala", "futebol de salão", "indoor football", "calcio a 5"),
        ("football",),
    ),
    (
        "cheerleading",
        (
            "cheerleader",
            "competitive cheer",
            "all star cheer",
            "flyer on my cheer team",
            "base and backspot",
            "stunt group",
            "tumbling pass",
            "cheer competition this weekend",
            "cheer worlds",
            "full out routine",
            "cheer coach",
            "college cheer",
            "sideline cheer at friday night football",
            "back tuck and full",
            "pyramid hit zero",
            "cheer mom",
            "cheer bows and uniforms",
            "animadora",
            "cheerleaderin",
            "pom-pom girl",
            "cheerleader italiana",
            "líder de torcida",
        ),
        (
            "cheers mate",
            "cheering for my team",
            "cheer up, it's friday",
            "holiday cheer",
            "christmas cheer",
            "cheerio",
            "my biggest cheerleader is my mum",
            "cheering on the marathon runners",
            "good cheer and great company",
            "cheesy jokes",
        ),
        ("cheerleader", "cheerleaders", "cheer", "competitive cheer", "all star cheer"),
        ("sports",),
    ),
    (
        "women's sports",
        (
            "women's football fan",
            "wsl every weekend",
            "nwsl season ticket holder",
            "wnba fan",
            "women's sport advocate",
            "watching the lionesses",
            "uswnt",
            "women's rugby world cup",
            "covering women's sport",
            "equal pay for female athletes",
            "women's cricket",
            "girls in sport",
            "aflw and wnbl",
            "more coverage of women's sport",
            "women in sport",
            "she believes in sport",
            "fútbol femenino",
            "frauenfußball",
            "football féminin",
            "calcio femminile",
            "futebol feminino",
        ),
        (
            "women's health clinic",
            "women's fashion",
            "women's history month",
            "women in tech",
            "womenswear",
            "women's rights",
            "women's sportswear sale",
            "women's shelter",
            "women's bible study",
            "sports bra review",
        ),
        (
            "women's sport",
            "womens sport",
            "women's football",
            "womens football",
            "female sport",
            "women in sport",
        ),
        ("sports",),
    ),
    (
        "polo",
        (
            "polo player",
            "polo ponies",
            "playing a chukka",
            "polo club",
            "arena polo",
            "snow polo in st moritz",
            "4 goal handicap",
            "polo season in palermo",
            "polo groom",
            "stick and ball practice",
            "polo mallet",
            "polo tournament",
            "divot stomping at half time",
            "beach polo",
            "polo team patron",
            "jugador de polo",
            "polospieler",
            "joueur de polo",
            "giocatore di polo",
            "jogador de polo",
        ),
        (
            "polo shirt",
            "vw polo",
            "polo mints",
            "ralph lauren polo",
            "marco polo",
            "polo neck jumper",
            "water polo",
            "polo g album",
            "polo ralph lauren outlet",
            "chicken pollo",
        ),
        ("polo player", "polo players", "horse polo", "equestrian polo"),
        ("horses",),
    ),
    (
        "show jumping",
        (
            "show jumper",
            "showjumping",
            "jumping my horse",
            "clear round",
            "jump-off",
            "1.20m class",
            "grand prix show jumping",
            "competing at the county show",
            "walking the course",
            "oxer and combination",
            "four faults at the water",
            "horse trials",
            "eventing",
            "cross country and dressage",
            "british showjumping",
            "stable and jumping yard",
            "salto ecuestre",
            "springreiterin",
            "saut d'obstacles",
            "salto ostacoli",
            "hipismo de saltos",
        ),
        (
            "jumping to conclusions",
            "jump rope workout",
            "ski jumping",
            "show me the money",
            "trampoline park",
            "car show",
            "jumping jacks",
            "high jump at the school sports day",
            "bungee jumping",
            "dog show",
        ),
        ("showjumping", "show jumper", "jumping horses"),
        ("horses",),
    ),
    (
        "rodeo",
        (
            "rodeo cowboy",
            "bull rider",
            "barrel racer",
            "bronc riding",
            "team roping",
            "calf roping",
            "rodeo queen",
            "pro rodeo",
            "pbr",
            "rodeo season",
            "steer wrestling",
            "8 seconds on a bull",
            "breakaway roping",
            "rodeo clown",
            "high school rodeo",
            "the nfr in vegas",
            "jinete de rodeo",
            "rodeoreiter",
            "rodéo",
            "peão de rodeio",
        ),
        (
            "this ain't my first rodeo",
            "rodeo drive shopping",
            "rodeo drive",
            "country music concert",
            "cowboy boots sale",
            "honda rodeo",
            "mechanical bull at the bar",
            "western movies",
            "rodeo song by lil nas x",
            "dallas cowboys game",
        ),
        ("rodeos", "rodeo cowboy", "pro rodeo", "bull riding", "barrel racing"),
        ("horses",),
    ),
    (
        "parkour",
        (
            "traceur",
            "traceuse",
            "parkour athlete",
            "freerunning",
            "freerunner",
            "precision jump",
            "kong vault",
            "wall run and cat leap",
            "parkour jam this weekend",
            "parkour coach",
            "parkour gym",
            "training parkour in the city",
            "flips and vaults",
            "parkour line on the rooftops",
            "art du déplacement",
            "storm freerun",
            "practicante de parkour",
            "parkour-läufer",
            "traceur à paris",
            "parkour in italia",
        ),
        (
            "parking lot",
            "parking ticket",
            "car park full",
            "parked the car",
            "park run saturday",
            "national park trip",
            "walk in the park",
            "the office parkour episode",
            "theme park rides",
            "skate park",
        ),
        ("free running", "freerunning", "traceur", "traceurs", "parkour athlete"),
        ("sports",),
    ),
    (
        "bmx",
        (
            "bmx rider",
            "bmx racing",
            "bmx freestyle",
            "street bmx",
            "bmx park session",
            "dirt jumps",
            "bmx track on thursday night",
            "gate start practice",
            "barspin and tailwhip",
            "flatland bmx",
            "bmx supercross",
            "olympic bmx",
            "20 inch bmx",
            "pegs and grinds",
            "bmx since 1985",
            "bmx dirt jumping trails",
            "piloto de bmx",
            "bmx-fahrer",
            "pilote de bmx",
            "rider bmx italiano",
        ),
        (
            "bmw m3",
            "bmi calculator",
            "kids bike with stabilisers",
            "road bike commute",
            "bmx bandits movie",
            "bike lane",
            "e-bike battery",
            "motorbike license",
        ),
        ("bmx racing", "bmx freestyle", "bmx rider", "bmx riding", "bmxing"),
        ("cycling",),
    ),
    (
        "ultrarunning",
        (
            "ultrarunner",
            "ultramarathon runner",
            "finished my first 50k",
            "100 miler",
            "utmb finisher",
            "western states",
            "ultra trail runner",
            "vert and back-to-backs",
            "aid station volunteer",
            "running through the night",
            "buckle from my first hundred",
            "ultra distance running",
            "backyard ultra",
            "running a 100k",
            "time on feet",
            "dnf at mile 70",
            "pacing my friend at leadville",
            "ultramaratonista",
            "ultraläufer",
            "ultra-traileur",
            "ultramaratoneta",
            "ultramaratonista brasileira",
        ),
        (
            "ultraviolet light",
            "ultra hd tv",
            "ultrasound scan",
            "ultra music festival",
            "ultra-processed food",
            "running a business",
            "running late",
            "running out of patience",
            "ultras in the stadium",
            "ultra-wide monitor",
        ),
        (
            "ultrarunner",
            "ultramarathon",
            "ultramarathons",
            "ultra running",
            "ultra trail",
            "ultra marathon",
            "ultra-running",
        ),
        ("running",),
    ),
    (
        "gravel cycling",
        (
            "gravel riding",
            "gravel bike",
            "gravel grinder",
            "unbound gravel",
            "bikepacking on the gravel bike",
            "gravel race this weekend",
            "40mm tyres",
            "forest roads and fire trails",
            "gravel ride on the b-roads",
            "gravel worlds",
            "mixed surface ride",
            "1x drivetrain for gravel",
            "gravel event finisher",
            "gravel crew",
            "type 2 fun on the gravel",
            "ciclismo de gravel",
            "gravelbike tour",
            "gravelbiker",
            "vélo gravel",
            "bici gravel",
        ),
        (
            "gravel driveway",
            "gravel delivery for the garden",
            "pea gravel",
            "gravel voice",
            "grinding at work",
            "grit and determination",
            "aquarium gravel",
            "gravel path in the garden",
            "gravel pit",
        ),
        ("gravel riding", "gravel biking", "gravel bikes", "gravel racing", "gravel bike"),
        ("cycling",),
    ),
    (
        "sport shooting",
        (
            "clay pigeon shooting",
            "trap and skeet",
            "sporting clays",
            "target shooting",
            "air rifle competition",
            "10m air pistol",
            "ipsc competitor",
            "uspsa match",
            "range day",
            "shooting club member",
            "benchrest shooter",
            "long range precision rifle",
            "olympic shooting",
            "prs match",
            "smallbore rifle league",
            "shot a 25 straight",
            "tiro deportivo",
            "sportschütze",
            "tir sportif",
            "tiro a volo",
            "tiro esportivo",
        ),
        (
            "photo shoot",
            "shooting stars",
            "shooting my shot",
            "school shooting news",
            "film shooting schedule",
            "shooting hoops",
            "shot of espresso",
            "flu shot",
            "mugshot",
            "range rover",
        ),
        (
            "shooting sports",
            "target shooting",
            "clay pigeon shooting",
            "clay shooting",
            "practical shooting",
            "competitive shooting",
        ),
        ("sports",),
    ),
    (
        "indycar",
        (
            "indycar fan",
            "indy 500",
            "indianapolis 500",
            "month of may at indy",
            "drinking the milk",
            "indycar series",
            "pole at the brickyard",
            "indy nxt",
            "long beach grand prix",
            "oval racing",
            "indycar driver",
            "push to pass",
            "the borg-warner trophy",
            "carb day",
            "race day at ims",
            "fan de la indycar",
            "indycar-fan",
            "fan d'indycar",
            "fã da fórmula indy",
        ),
        (
            "indy film festival",
            "indie music",
            "indiana jones",
            "indiana pacers",
            "indigo dye",
            "car insurance",
            "indie games",
            "car wash",
            "india cricket",
        ),
        ("indy car", "indy racing", "indy 500", "indianapolis 500", "fórmula indy"),
        ("cars",),
    ),
    (
        "drag racing",
        (
            "drag racer",
            "quarter mile",
            "eighth mile pass",
            "nhra",
            "top fuel",
            "funny car",
            "christmas tree lights",
            "reaction time and 60 foot",
            "bracket racing",
            "test and tune night",
            "pro stock",
            "burnout box",
            "ran a 9 second pass",
            "street car drag racing",
            "drag strip",
            "dialing in",
            "picadas de autos",
            "dragster",
            "dragracing",
            "arrancada",
            "beschleunigungsrennen",
            "course d'accélération",
            "gara di accelerazione",
        ),
        (
            "drag queen",
            "drag race uk",
            "rupaul's drag race",
            "drag brunch",
            "drag and drop",
            "drag show",
            "what a drag",
            "drag coefficient",
            "drag performer",
            "dragging my feet",
        ),
        ("drag racer", "dragracing", "drag strip", "nhra"),
        ("cars",),
    ),
    (
        "endurance racing",
        (
            "le mans 24 hours",
            "24 hours of le mans",
            "wec",
            "imsa",
            "rolex 24 at daytona",
            "sebring 12 hours",
            "hypercar class",
            "gt3 racing",
            "lmp2",
            "spa 24 hours",
            "nürburgring 24h",
            "sports car racing",
            "driver change at night",
            "endurance racer",
            "gte pro",
            "stint on the wet tyres",
            "carreras de resistencia",
            "langstreckenrennen",
            "endurance automobile",
            "corse di durata",
        ),
        (
            "endurance training for my marathon",
            "endurance athlete",
            "endurance cycling",
            "test of endurance",
            "dog endurance",
            "endurance riding on horseback",
            "endurance sport nutrition",
            "racing thoughts",
            "rat race",
        ),
        ("sports car racing", "sportscar racing", "le mans", "wec", "imsa", "gt racing"),
        ("cars",),
    ),
    (
        "drifting",
        (
            "drift car",
            "drift day",
            "grassroots drift",
            "formula drift",
            "handbrake entry",
            "tandem drift",
            "drift missile",
            "built my s13 for drifting",
            "drift practice",
            "skid pad",
            "drift event",
            "clutch kick",
            "ebisu circuit",
            "angle kit",
            "drifting e30",
            "derrape",
            "driftauto",
            "drifteur",
            "drifting in pista",
            "pilota di drift",
        ),
        (
            "drifting off to sleep",
            "drifting apart",
            "drifted away",
            "continental drift",
            "snowdrift",
            "drifting boat",
            "model drift in ml",
            "the drifters",
            "tokyo drift movie night",
            "drift wood",
        ),
        ("drift", "drift racing", "drifter", "drift cars"),
        ("cars", "jdm"),
    ),
    (
        "whitewater rafting",
        (
            "rafting guide",
            "white water rafting",
            "class iv rapids",
            "river guide",
            "raft trip down the grand canyon",
            "rafting on the zambezi",
            "rafting trip",
            "swiftwater rescue",
            "high side!",
            "multiday rafting",
            "oar rig",
            "paddle raft",
            "rafting season",
            "commercial rafting",
            "rafting",
            "running the rapids",
            "guía de rafting",
            "wildwasser rafting",
            "guide de rafting",
            "guida rafting",
        ),
        (
            "white water heater",
            "raft of new measures",
            "life raft",
            "inflatable raft at the pool",
            "rafters",
            "rapid test",
            "rapid prototyping",
            "water supply",
            "crafting supplies",
        ),
        ("rafting", "white water rafting", "whitewater", "river rafting", "raft guide"),
        ("kayaking", "outdoors"),
    ),
    (
        "spearfishing",
        (
            "spearfisher",
            "spearo",
            "speargun",
            "pole spear",
            "freedive spearfishing",
            "shot a hogfish",
            "spearfishing trip",
            "blue water hunting",
            "shore dive for dinner",
            "reef fish on the spear",
            "hunting in the kelp",
            "bottom time",
            "invasive lionfish",
            "spearfishing competition",
            "pesca submarina",
            "unterwasserjagd",
            "chasse sous-marine",
            "pesca subacquea",
            "caça submarina",
        ),
        (
            "spear phishing email",
            "phishing awareness training",
            "britney spears",
            "spearmint gum",
            "fishing rod",
            "fish and chips",
            "fish tank",
            "go fish",
            "aquarium maintenance",
        ),
        ("spearo", "spearfisher", "spear fishing", "underwater hunting"),
        ("fishing", "freediving"),
    ),
    (
        "dragon boat racing",
        (
            "dragon boat paddler",
            "dragon boat team",
            "dragon boat festival",
            "drummer on the dragon boat",
            "steer for our dragon boat",
            "dragon boat practice",
            "breast cancer survivor paddlers",
            "20 paddlers and a drummer",
            "dragon boat regatta",
            "paddle up",
            "dragon boating",
            "barco dragón",
            "drachenboot",
            "bateau-dragon",
            "dragon boat in italia",
            "barco dragão",
            "pink paddlers after breast cancer",
            "timing and catch together",
            "200m dragon boat sprint",
            "dragon boat club on the river",
        ),
        (
            "dragon ball z",
            "game of thrones dragons",
            "year of the dragon",
            "dragon fruit smoothie",
            "boat party",
            "boaty mcboatface",
            "house of the dragon",
            "komodo dragon",
            "dungeons and dragons",
        ),
        ("dragon boat", "dragon boating", "dragonboat", "dragon boats"),
        ("sports",),
    ),
    (
        "water sports",
        (
            "watersports instructor",
            "water sports centre",
            "water skiing",
            "wakeboarding",
            "jet ski",
            "windsurfing and kitesurfing",
            "sup and kayak",
            "life on the water",
            "water sports coach",
            "wakesurf",
            "boat and board",
            "summer on the lake",
            "watersports holidays",
            "deportes acuáticos",
            "wassersport",
            "sports nautiques",
            "sport acquatici",
            "esportes aquáticos",
        ),
        (
            "watersports fetish",
            "water bill",
            "drinking water",
            "bottled water",
            "waterproof jacket",
            "water damage",
            "water retention",
            "water cooler chat",
            "sports bar",
        ),
        ("watersports", "water sport", "watersport", "watersports activities"),
        ("sports", "outdoors"),
    ),
    (
        "adaptive sports",
        (
            "para athlete",
            "paralympian",
            "adaptive athlete",
            "parasport coach",
            "sit skiing",
            "adaptive climbing",
            "blade runner and para sprinter",
            "para swimmer",
            "adaptive surfing",
            "para cycling on a handbike",
            "paralympic hopeful",
            "goalball player",
            "boccia player",
            "sled hockey",
            "amputee football",
            "blind football",
            "adaptive crossfit",
            "deporte adaptado",
            "behindertensport",
            "parasport en france",
            "atleta paralimpico",
            "paratleta",
        ),
        (
            "adaptive cruise control",
            "adaptive learning software",
            "adaptive leadership",
            "adaptive reuse architecture",
            "adapter plug for travel",
            "sports car",
            "parachute jump",
            "paralegal",
            "paranormal podcast",
            "adaptive immunity",
        ),
        (
            "para sports",
            "parasport",
            "para sport",
            "paralympic sport",
            "paralympics",
            "disability sport",
            "adaptive sport",
            "adapted sport",
        ),
        ("sports",),
    ),
    (
        "wheelchair basketball",
        (
            "wheelchair basketball player",
            "wheelchair basketball team",
            "sports chair",
            "classification 1.0 player",
            "wheelchair basketball coach",
            "nwba",
            "iwbf",
            "paralympic basketball",
            "tipping the chair",
            "push and dribble",
            "wheelchair hoops",
            "wheelchair basketball league",
            "paralympic gold in wheelchair basketball",
            "baloncesto en silla de ruedas",
            "rollstuhlbasketball",
            "basket fauteuil",
            "basket in carrozzina",
            "basquete em cadeira de rodas",
        ),
        (
            "wheelchair ramp at the office",
            "wheelchair accessible hotel",
            "wheelchair repair",
            "nba playoffs",
            "basket of fries",
            "shopping basket",
            "gift basket",
            "power chair battery",
            "wheel alignment",
        ),
        ("wheelchair basketball player", "wheelchair hoops", "para basketball"),
        ("basketball",),
    ),
    (
        "wheelchair rugby",
        (
            "wheelchair rugby player",
            "murderball",
            "quad rugby",
            "wheelchair rugby team",
            "rugby chair",
            "offensive and defensive chairs",
            "0.5 point player",
            "gb wheelchair rugby",
            "wheelchair rugby league",
            "big hits in the chair",
            "wheelchair rugby world championship",
            "paralympic rugby",
            "wheelchair rugby coach",
            "rugby en silla de ruedas",
            "rollstuhlrugby",
            "rugby fauteuil",
            "rugby in carrozzina",
            "rugby em cadeira de rodas",
        ),
        (
            "wheelchair ramp at the office",
            "wheelchair accessible toilet",
            "rugby shirt",
            "six nations weekend",
            "rugby world cup pub",
            "power chair battery",
            "murder mystery",
            "quad bike",
            "quad muscles",
        ),
        ("murderball", "quad rugby", "wheelchair rugby player"),
        ("rugby",),
    ),
    (
        "calisthenics",
        (
            "calisthenics athlete",
            "street workout",
            "bodyweight training",
            "front lever",
            "back lever",
            "muscle-up",
            "human flag",
            "planche progression",
            "handstand practice",
            "pull-up bar in the park",
            "parallettes",
            "weighted pull-ups",
            "calisthenics park",
            "freestyle calisthenics",
            "calisthenics coach",
            "no gym, just bars",
            "dips and pull ups",
            "calistenia",
            "kalisthenik",
            "callisthénie",
            "calistenia brasil",
        ),
        (
            "calligraphy",
            "ballistics expert",
            "gym membership cancelled",
            "bar crawl",
            "flag football",
            "lever arch file",
            "pull request",
            "human resources",
            "bar exam",
        ),
        (
            "calisthenics athlete",
            "street workout",
            "bodyweight training",
            "callisthenics",
            "bodyweight workouts",
        ),
        ("fitness",),
    ),
    (
        "hyrox",
        (
            "hyrox athlete",
            "hyrox race",
            "hyrox doubles",
            "hyrox pro division",
            "sled push and sled pull",
            "wall balls and sandbag lunges",
            "1k run and 8 stations",
            "hyrox london",
            "hyrox training",
            "hyrox coach",
            "hybrid athlete",
            "ski erg and row",
            "farmers carry",
            "roxzone",
            "hyrox pb",
            "hyrox world championships",
            "entrenamiento hyrox",
            "hyrox-wettkampf",
            "course hyrox",
            "gara hyrox",
        ),
        (
            "hydrox cookies",
            "hydroxychloroquine",
            "hydroxyl group",
            "roxy music",
            "hydro flask",
            "pyrex dish",
            "lynx africa",
            "sled dog racing",
        ),
        ("hyrox racing", "hyrox athlete", "hyrox doubles", "hyrox fitness"),
        ("fitness",),
    ),
    (
        "strongman",
        (
            "strongman competitor",
            "strongwoman",
            "atlas stones",
            "log press",
            "yoke walk",
            "farmers walk",
            "axle deadlift",
            "world's strongest man",
            "keg toss",
            "truck pull",
            "strongman comp this weekend",
            "natural strongman",
            "u105kg strongman",
            "stone to shoulder",
            "husafell stone",
            "strongman gym",
            "hombre más fuerte",
            "strongman-wettkampf",
            "homme fort",
            "uomo più forte",
        ),
        (
            "strong man politics",
            "political strongman",
            "authoritarian strongman",
            "strong coffee",
            "strong password",
            "strong opinions",
            "circus strongman costume",
            "stay strong",
            "strongbow cider",
        ),
        ("strongwoman", "strong man", "strongman competitor", "strength athletics"),
        ("weightlifting", "fitness"),
    ),
    (
        "personal training",
        (
            "personal trainer",
            "online coaching clients",
            "pt clients",
            "level 3 personal trainer",
            "nasm certified",
            "ace certified personal trainer",
            "fitness coach",
            "body transformation client",
            "1:1 training",
            "gym floor sessions",
            "strength and conditioning coach",
            "program design for clients",
            "client check-ins",
            "pt in a commercial gym",
            "training clients since 2015",
            "entrenador personal",
            "personal trainerin",
            "coach sportif",
            "personal trainer a milano",
            "personal trainer em são paulo",
        ),
        (
            "personal training plan at work",
            "train travel",
            "training day at the office",
            "toilet training",
            "dog training",
            "personal development",
            "personal assistant",
            "compliance training",
            "ai model training",
            "trainers on sale",
        ),
        ("personal trainer", "personal trainers", "fitness coach", "fitness trainer", "pt coach"),
        ("fitness",),
    ),
    (
        "obstacle course racing",
        (
            "ocr athlete",
            "spartan race",
            "spartan beast",
            "spartan trifecta",
            "tough mudder",
            "obstacle race",
            "burpee penalty",
            "monkey bars and rope climb",
            "mud run",
            "warrior dash",
            "rig and multi-rig",
            "ocr world championships",
            "obstacle course racer",
            "spear throw",
            "carrera de obstáculos",
            "hindernislauf",
            "course d'obstacles",
            "corsa a ostacoli",
            "corrida de obstáculos",
        ),
        (
            "optical character recognition",
            "ocr for invoices",
            "obstacles in life",
            "course correction",
            "racing thoughts",
            "steeplechase horse racing",
            "ninja warrior tv show",
            "obstacle course for the dog",
            "spartan life",
        ),
        ("ocr", "obstacle racing", "spartan race", "obstacle course races", "mud runs"),
        ("running", "fitness"),
    ),
    (
        "refereeing",
        (
            "football referee",
            "qualified referee",
            "assistant referee",
            "refereed my first match",
            "fourth official",
            "var official",
            "rugby referee",
            "basketball official",
            "umpire",
            "cricket umpire",
            "hockey official",
            "ref for the youth league",
            "match official",
            "referee assessor",
            "officiating",
            "whistle and cards",
            "árbitro de fútbol",
            "schiedsrichter",
            "arbitre de football",
            "arbitro di calcio",
            "árbitro de futebol",
        ),
        (
            "job reference",
            "references available on request",
            "reference manager",
            "refer a friend",
            "peer review referee for a journal",
            "arbitration lawyer",
            "umpire in a dispute",
            "ref count in c++",
            "referee on my mortgage",
        ),
        ("referee", "referees", "umpire", "umpiring", "officiating", "sports official", "match official"),
        ("sports",),
    ),
    (
        "sports analytics",
        (
            "sports data analyst",
            "expected goals",
            "xg model",
            "sabermetrics",
            "performance analyst",
            "football analytics",
            "tracking data",
            "event data",
            "player recruitment data",
            "nba analytics",
            "win probability model",
            "statcast data",
            "sports scientist and data",
            "opta data",
            "analytics department",
            "passing networks",
            "analista de datos deportivos",
            "sportdatenanalyst",
            "analyste performance",
            "analista sportivo",
            "análise de desempenho",
        ),
        (
            "google analytics",
            "web analytics",
            "people analytics",
            "marketing analytics dashboard",
            "sports bar",
            "fantasy sports league",
            "business intelligence",
            "sports betting tips",
            "financial modelling",
        ),
        ("sports data", "sports data science", "sabermetrics", "football analytics", "sports stats"),
        ("sports", "data science"),
    ),
    (
        "sports betting",
        (
            "sports bettor",
            "betting tips",
            "accumulator",
            "acca",
            "value bets",
            "matched betting",
            "parlay",
            "same game parlay",
            "odds and lines",
            "handicapper",
            "closing line value",
            "bankroll management",
            "tipster",
            "over 2.5 goals",
            "each way bet",
            "spread betting on the nfl",
            "apuestas deportivas",
            "sportwetten",
            "paris sportifs",
            "scommesse sportive",
            "apostas esportivas",
        ),
        (
            "i bet you can't",
            "you bet!",
            "hedge fund",
            "safe bet",
            "spread the butter",
            "odds and ends",
            "against all odds",
            "betting on myself",
            "bet on yourself",
            "spread sheet",
        ),
        ("sports bettor", "betting", "sportsbook", "sports gambling", "betting tips", "matched betting"),
        ("sports",),
    ),
    (
        "backgammon",
        (
            "backgammon player",
            "backgammon tournament",
            "doubling cube",
            "gammon and backgammon",
            "bearing off",
            "playing backgammon at the cafe",
            "tavla",
            "shesh besh",
            "backgammon club",
            "pip count",
            "priming game",
            "backgammon online",
            "match equity table",
            "backgammon board",
            "tavli",
            "jugador de backgammon",
            "backgammonspieler",
            "joueur de backgammon",
            "tavola reale",
            "gamão",
        ),
        (
            "back pain",
            "gammon steak",
            "gammon ham for christmas",
            "backup drive",
            "roll the dice on this job",
            "board meeting",
            "cube root",
            "bearing fault",
        ),
        ("backgammon player", "tavla", "tavli", "backgammon players"),
        ("board games",),
    ),
    (
        "scrabble",
        (
            "scrabble player",
            "competitive scrabble",
            "scrabble club",
            "scrabble tournament",
            "bingo for 82 points",
            "triple word score",
            "two-letter words list",
            "collins scrabble words",
            "qi and za",
            "rack balance",
            "anagramming practice",
            "scrabble rating",
            "words with friends",
            "tile tracking",
            "jugador de scrabble",
            "scrabble-spieler",
            "joueur de scrabble",
            "giocatore di scrabble",
            "jogador de scrabble",
        ),
        (
            "scrambled eggs",
            "scramble for tickets",
            "scrabble the kitchen",
            "rabble rouser",
            "bingo night at the church",
            "tile floor",
            "word of the day",
            "triple espresso",
            "crossword clue",
        ),
        ("scrabble player", "competitive scrabble", "scrabblers", "tournament scrabble"),
        ("board games",),
    ),
    (
        "speedrunning",
        (
            "speedrunner",
            "any% run",
            "world record run",
            "new pb",
            "personal best on mario 64",
            "gdq",
            "games done quick",
            "sgdq",
            "agdq",
            "route optimization",
            "frame perfect trick",
            "glitchless category",
            "tool-assisted speedrun",
            "tas",
            "splits and livesplit",
            "speedrun.com leaderboard",
            "100% run",
            "speedrunner español",
            "speedrunnerin",
            "speedrunneuse",
            "speedrun italiano",
        ),
        (
            "speed reading",
            "speed dating",
            "speed camera",
            "fun run",
            "personal best at parkrun",
            "speed bump",
            "running late",
            "sprint planning",
            "speedo",
        ),
        ("speedrun", "speedruns", "speedrunner", "speedrunners", "speed running"),
        ("gaming",),
    ),
    (
        "fighting games",
        (
            "fgc",
            "street fighter 6",
            "tekken 8",
            "evo",
            "combo video",
            "frame data",
            "hitbox controller",
            "arcade stick",
            "locals tonight",
            "top 8 at locals",
            "guilty gear strive",
            "smash melee",
            "ranked grind to diamond",
            "mortal kombat 1",
            "anti-air",
            "neutral game",
            "fighting game community",
            "jugador de juegos de pelea",
            "beat 'em up spieler",
            "jeux de combat",
            "picchiaduro",
            "jogos de luta",
        ),
        (
            "fighting for justice",
            "fight club",
            "ufc fight night",
            "boxing match",
            "fighting cancer",
            "fighting fit",
            "firefighting",
            "food fight",
            "pillow fight",
            "fighting with my sister",
        ),
        ("fighting game", "fgc", "fighting game community", "fighting gamer"),
        ("gaming", "esports"),
    ),
    (
        "league of legends",
        (
            "lol player",
            "league player",
            "ranked in league",
            "jungle main",
            "support main",
            "mid laner",
            "adc main",
            "climbing to diamond",
            "worlds finals",
            "lck",
            "lec",
            "lcs",
            "t1 fan",
            "faker",
            "summoner's rift",
            "aram",
            "champion pool",
            "jugador de league of legends",
            "league-of-legends-spieler",
            "joueur de lol",
            "giocatore di lol",
        ),
        (
            "league two football",
            "premier league",
            "league of gentlemen",
            "league of their own",
            "ivy league",
            "justice league",
            "laugh out loud",
            "lol that's hilarious",
            "bowling league",
            "little league",
        ),
        ("lol", "lol esports", "league of legends esports", "lol player"),
        ("gaming", "esports"),
    ),
    (
        "minecraft",
        (
            "minecraft builder",
            "minecraft server",
            "survival world",
            "hardcore mode",
            "redstone contraption",
            "minecraft mods",
            "modded minecraft",
            "creeper",
            "building a castle in minecraft",
            "bedrock edition",
            "java edition",
            "minecraft realm with my kids",
            "ender dragon",
            "nether portal",
            "minecraft youtuber",
            "smp",
            "hypixel",
            "servidor de minecraft",
            "minecraft-server",
            "serveur minecraft",
            "mondo minecraft",
            "servidor minecraft",
        ),
        (
            "mining industry",
            "crypto mining",
            "craft beer",
            "arts and crafts",
            "minecraft movie popcorn",
            "data mining",
            "gold mine",
            "crafting supplies",
            "red stone wall",
        ),
        ("minecrafter", "minecrafters", "minecraft java", "minecraft bedrock"),
        ("gaming",),
    ),
    (
        "drum and bass",
        (
            "drum and bass dj",
            "dnb producer",
            "liquid drum and bass",
            "jungle and dnb sets all night",
            "neurofunk head",
            "rolling basslines at 174 bpm",
            "jump up dnb rave",
            "new dnb mix up on soundcloud",
            "junglist for life",
            "playing a liquid dnb set tonight",
            "chopping up the amen break",
            "dnb raver since the 90s",
            "drum n bass festival this summer",
            "halftime and neuro selections",
            "my first dnb release is out friday",
            "dnb radio show every tuesday",
            "dj de drum and bass",
            "drum'n'bass auflegen am wochenende",
            "soirée drum and bass",
            "serata drum and bass al club",
            "produtor de drum and bass",
        ),
        (
            "drum lessons for beginners",
            "bass fishing on the lake",
            "drummer and bassist wanted for covers band",
            "sea bass with lemon and capers",
            "new strings on my bass guitar",
            "drum kit for sale",
            "oil drum barbecue",
            "bass boost on my car stereo",
            "beating the drum for reform",
            "bass clef in music theory class",
            "bass pro shops haul",
        ),
        (
            "dnb",
            "d&b",
            "drum n bass",
            "drum'n'bass",
            "jungle music",
            "liquid dnb",
            "neurofunk",
            "drum & bass",
        ),
        ("electronic music",),
    ),
    (
        "musical theatre",
        (
            "musical theatre performer",
            "triple threat: sing, dance, act",
            "belting in my musical theatre class",
            "west end musical lover",
            "broadway baby",
            "just saw hamilton for the third time",
            "audition for the school musical",
            "cast recording on repeat",
            "in the ensemble of les mis",
            "showtunes all day",
            "musical theatre student at drama school",
            "opening night of our musical",
            "understudy for elphaba",
            "sixteen bars for the audition",
            "theatre kid forever",
            "community musical rehearsals",
            "teatro musical en madrid",
            "musicaldarstellerin in hamburg",
            "comédie musicale à paris",
            "teatro musicale a milano",
            "ator de teatro musical",
        ),
        (
            "musical chairs at the office",
            "musical instruments for sale",
            "musical notes tattoo",
            "theatre nurse in the operating room",
            "lecture theatre at uni",
            "theatre of war",
            "a very musical family",
            "home theatre sound system",
            "security theatre at the airport",
            "political theatre in parliament",
        ),
        ("musical theater", "broadway musicals", "showtunes", "music theatre", "west end musicals"),
        ("theatre",),
    ),
    (
        "brass band",
        (
            "brass band player",
            "cornet in the colliery band",
            "playing tenor horn in the band",
            "euphonium player",
            "brass band contest this weekend",
            "area championships with the band",
            "solo cornet",
            "brass band conductor",
            "flugelhorn solo at the concert",
            "march contest season",
            "whit friday marches",
            "our band got promoted to championship section",
            "bass trombone in a brass band",
            "eb bass player",
            "brass band hymn tunes at the christmas concert",
            "second horn in the village band",
            "banda de música del pueblo",
            "posaunenchor probe",
            "fanfare municipale",
            "banda musicale del paese",
            "banda filarmônica",
        ),
        (
            "top brass at the ministry",
            "brass neck",
            "brass door handles",
            "brass monkey weather",
            "wedding band ring",
            "boy band concert",
            "rubber band",
            "resistance band workout",
            "brass plumbing fittings",
            "broadband is down again",
            "band of brothers",
        ),
        ("brass bands", "brass banding", "colliery band", "silver band", "cornet"),
        ("classical music",),
    ),
    (
        "trumpet",
        (
            "trumpet player",
            "trumpeter",
            "jazz trumpet",
            "practising trumpet scales",
            "lead trumpet in big band",
            "trumpet section",
            "working on my embouchure",
            "piccolo trumpet baroque gig",
            "mouthpiece and valve oil",
            "high c on the trumpet at last",
            "principal trumpet in the orchestra",
            "flugelhorn and trumpet",
            "trumpet lessons for kids",
            "lip slurs every morning",
            "session trumpeter",
            "mariachi trumpet",
            "trompetista de jazz",
            "trompeter im orchester",
            "trompettiste",
            "trombettista jazz",
            "trompetista",
        ),
        (
            "trumpeting his own achievements",
            "blowing your own trumpet",
            "trump rally",
            "ear trumpet",
            "trumpet vine in the garden",
            "elephant trumpeting",
            "trumpet daffodils",
            "trumpet of victory",
            "trump administration policy",
        ),
        ("trumpets", "trumpeter", "trumpeters", "trumpet playing", "flugelhorn"),
        (),
    ),
    (
        "flute",
        (
            "flautist",
            "flutist",
            "principal flute",
            "flute practice",
            "piccolo player",
            "flute and piccolo",
            "tone exercises on the flute",
            "flute choir",
            "irish flute player",
            "bansuri flute",
            "jazz flute",
            "flute lessons",
            "grade 8 flute",
            "flute student at the conservatoire",
            "alto flute",
            "flute quartet",
            "flauta travesera",
            "flötistin",
            "flûtiste",
            "flautista",
            "flauta transversal",
        ),
        (
            "champagne flute",
            "flute glasses for the wedding",
            "fluted columns",
            "fluted tart tin",
            "recorder in primary school",
            "wind chimes",
            "whistle blower",
            "fluting on a drill bit",
            "magic flute restaurant",
        ),
        ("flautist", "flutist", "flutes", "flute playing", "piccolo", "transverse flute"),
        ("classical music",),
    ),
    (
        "harp",
        (
            "harpist",
            "concert harp",
            "lever harp",
            "celtic harp",
            "pedal harp",
            "harp lessons",
            "wedding harpist",
            "harp glissando",
            "tuning all 47 strings",
            "harp therapy",
            "welsh triple harp",
            "harp and flute duo",
            "orchestral harpist",
            "harp ensemble",
            "practising harp every evening",
            "arpista",
            "harfenistin",
            "harpiste",
            "arpista classica",
            "harpa celta",
        ),
        (
            "harping on about it",
            "harp seal",
            "harp lager",
            "blues harp harmonica",
            "jaw harp",
            "harpy eagle",
            "harpoon",
            "harp on the same string",
        ),
        ("harpist", "harpists", "harps", "harp playing", "celtic harp", "lever harp"),
        ("classical music",),
    ),
    (
        "bagpipes",
        (
            "piper",
            "bagpiper",
            "highland bagpipes",
            "pipe band",
            "pipe major",
            "practice chanter",
            "piping competition",
            "pibroch",
            "uilleann pipes",
            "playing at a funeral on the pipes",
            "drone reeds",
            "pipe band championships",
            "playing amazing grace on the pipes",
            "bagpipe lessons",
            "border pipes",
            "gaitero",
            "gaita gallega",
            "dudelsack spielen",
            "cornemuse",
            "zampogna",
        ),
        (
            "plumbing pipes",
            "pipe dream",
            "pipe smoking",
            "data pipeline",
            "bag of crisps",
            "piping hot",
            "piping bag for icing",
            "pied piper",
            "pipe down",
            "sewer pipes",
        ),
        ("bagpipe", "bagpiper", "bagpipers", "piping", "pipe band", "pipe bands", "highland pipes"),
        ("scottish culture",),
    ),
    (
        "music theory",
        (
            "music theory",
            "harmony and counterpoint",
            "voice leading",
            "chord progressions explained",
            "circle of fifths",
            "figured bass exercises",
            "modes and scales",
            "schenkerian analysis",
            "secondary dominants",
            "jazz harmony",
            "ear training",
            "analysing bach chorales",
            "grade 5 theory exam",
            "music theory teacher",
            "neo-riemannian theory",
            "cadences and modulation",
            "teoría musical",
            "harmonielehre",
            "solfège et harmonie",
            "teoria musicale",
            "teoria musical",
        ),
        (
            "conspiracy theory",
            "string theory",
            "music taste",
            "theory of relativity",
            "in theory it works",
            "game theory",
            "music festival",
            "theory test for my driving licence",
        ),
        ("harmony", "counterpoint", "music analysis", "ear training", "musicology"),
        ("classical music",),
    ),
    (
        "flamenco",
        (
            "flamenco dancer",
            "bailaora",
            "flamenco guitarist",
            "cante jondo",
            "bulerías",
            "soleá",
            "palmas and compás",
            "flamenco tablao",
            "flamenco class",
            "zapateado practice",
            "flamenco singer",
            "flamenco shoes",
            "sevillanas",
            "peña flamenca",
            "alegrías",
            "flamenco festival in jerez",
            "bailarina de flamenco",
            "guitarra flamenca",
            "flamenco-tanz",
            "danse flamenco",
            "dança flamenca",
        ),
        (
            "flamingo",
            "flamenco dress costume party",
            "flamenca fancy dress for the hen do",
            "flamengo football club",
            "flamingo float",
            "spanish omelette",
            "pink flamingos at the zoo",
            "flamenco emoji",
            "sangria at the beach bar",
        ),
        ("flamenco dance", "flamenco guitar", "flamenco dancer", "flamenco music", "sevillanas"),
        ("dance", "latin music"),
    ),
    (
        "tango",
        (
            "tango dancer",
            "argentine tango",
            "milonga tonight",
            "tanguera",
            "tanguero",
            "tango class",
            "tango festival",
            "tango marathon",
            "tango encuentro",
            "close embrace",
            "ochos and ganchos",
            "tango vals",
            "tango dj",
            "tango teacher",
            "practica on thursday",
            "tango nuevo",
            "bandoneón",
            "tango argentino",
            "tango tanzen",
            "danser le tango",
            "ballare il tango",
            "tango em lisboa",
        ),
        (
            "tango down",
            "it takes two to tango",
            "tango charlie",
            "tango mango juice",
            "nato phonetic alphabet",
            "mango smoothie",
            "tangerine",
            "last tango in paris review",
        ),
        ("argentine tango", "tango dancing", "tango dancer", "milonga", "tango argentino"),
        ("dance", "latin music"),
    ),
    (
        "ballroom dancing",
        (
            "ballroom dancer",
            "ballroom and latin",
            "dancesport",
            "waltz and quickstep",
            "foxtrot",
            "viennese waltz",
            "standard and latin",
            "ballroom competition",
            "pro-am dancing",
            "cha cha cha",
            "rumba and samba",
            "paso doble",
            "ballroom dance teacher",
            "strictly inspired me to take lessons",
            "ballroom dress for the comp",
            "amateur ballroom couple",
            "baile de salón",
            "gesellschaftstanz",
            "tanzschule",
            "danse de salon",
            "ballo liscio",
            "dança de salão",
        ),
        (
            "hotel ballroom for the gala",
            "ball pit",
            "masquerade ball",
            "charity ball",
            "ballroom booked for the conference",
            "balls to the wall",
            "ballroom blitz song",
            "ball gown shopping",
        ),
        ("ballroom dance", "dancesport", "latin and ballroom", "ballroom dancer", "social dance"),
        ("dance",),
    ),
    (
        "swing dancing",
        (
            "lindy hop",
            "lindy hopper",
            "swing dancer",
            "balboa",
            "collegiate shag",
            "solo jazz",
            "swing out",
            "swing dance class",
            "swing exchange",
            "west coast swing",
            "east coast swing",
            "charleston",
            "blues dancing",
            "social swing dance tonight",
            "herräng dance camp",
            "swing dj",
            "bailar swing",
            "lindy hop tanzen",
            "danse swing",
            "ballare swing",
            "dança swing",
        ),
        (
            "golf swing",
            "mood swings",
            "swing voters",
            "kids swing set",
            "swing trading stocks",
            "swingers party",
            "back in the swing of things",
            "swing state",
            "swing music playlist",
        ),
        ("lindy hop", "swing dance", "swing dancer", "west coast swing", "balboa", "charleston"),
        ("dance",),
    ),
    (
        "breakdancing",
        (
            "b-boy",
            "b-girl",
            "breakdancer",
            "breaking crew",
            "power moves",
            "windmills and headspins",
            "toprock and footwork",
            "freezes",
            "breaking battle",
            "cypher",
            "red bull bc one",
            "breaking at the olympics",
            "b-boying since 2005",
            "practising airflares",
            "battle of the year",
            "breakdance class",
            "breakdance callejero",
            "breakdance training",
            "danse hip-hop breakdance",
            "breakdance italia",
            "dançarino de breaking",
        ),
        (
            "breaking news",
            "breaking bad",
            "breakdown on the motorway",
            "nervous breakdown",
            "breaking the law",
            "break dance emoji",
            "cost breakdown",
            "breaking up with my girlfriend",
            "breaking in new shoes",
        ),
        ("breaking", "b-boying", "b-girling", "breakdance", "breakdancer", "bboying", "bgirl"),
        ("dance", "hip hop"),
    ),
    (
        "belly dancing",
        (
            "belly dancer",
            "bellydance",
            "oriental dance",
            "raqs sharqi",
            "tribal fusion",
            "hip scarf",
            "shimmies and undulations",
            "drum solo choreography",
            "belly dance hafla",
            "zills practice",
            "veil dance",
            "belly dance teacher",
            "ats style",
            "egyptian baladi",
            "danza del vientre",
            "bauchtanz",
            "bauchtänzerin",
            "danse orientale",
            "danza del ventre",
            "dança do ventre",
        ),
        (
            "belly fat",
            "pork belly",
            "belly button",
            "belly laugh",
            "beer belly",
            "bellyache",
            "belly flop in the pool",
            "baby belly bump",
        ),
        ("belly dance", "bellydance", "bellydancing", "oriental dance", "raqs sharqi", "belly dancer"),
        ("dance",),
    ),
    (
        "contemporary dance",
        (
            "contemporary dancer",
            "modern dance",
            "contemporary dance company",
            "floor work",
            "release technique",
            "contact improvisation",
            "cunningham technique",
            "graham technique",
            "dance artist",
            "choreographing a new piece",
            "dance theatre",
            "contemporary class this morning",
            "site-specific dance",
            "dance residency",
            "pina bausch forever",
            "danza contemporánea",
            "zeitgenössischer tanz",
            "danse contemporaine",
            "danza contemporanea",
            "dança contemporânea",
        ),
        (
            "contemporary art gallery",
            "contemporary furniture",
            "modern art museum",
            "dance floor at the wedding",
            "contemporary issues in politics",
            "modern family episode",
            "dance music dj",
            "tiktok dance trend",
            "contemporary christian music",
        ),
        ("modern dance", "contemporary", "dance theatre", "contact improvisation", "contemporary dancer"),
        ("dance",),
    ),
    (
        "tap dance",
        (
            "tap dancer",
            "tap dancing",
            "tap shoes",
            "shuffle ball change",
            "time steps",
            "rhythm tap",
            "broadway tap",
            "tap jam",
            "tap class",
            "cramp rolls",
            "paddle and roll",
            "hoofer",
            "tap festival",
            "irish hard shoe and tap",
            "claqué",
            "stepptanz",
            "claquettes",
            "tip tap",
            "sapateado americano",
        ),
        (
            "tap water",
            "beer on tap",
            "tap to pay",
            "phone tapping",
            "tap in and out on the tube",
            "leaky tap",
            "tap the screen",
            "tap out in jiu jitsu",
        ),
        ("tap", "tap dancing", "tap dancer", "tap dancers", "tapdance"),
        ("dance",),
    ),
    (
        "pole dancing",
        (
            "pole dancer",
            "pole fitness",
            "pole sport",
            "pole class",
            "inverts and spins",
            "ayesha hold",
            "pole studio",
            "exotic pole",
            "pole heels",
            "pole competition",
            "pole bruises",
            "aerial hoop and pole",
            "static and spin pole",
            "pole instructor",
            "pole dance",
            "baile en barra",
            "poledance",
            "pole dance fitness",
            "pole dance italia",
            "pole dance brasil",
        ),
        (
            "north pole",
            "polish vote",
            "opinion poll",
            "pole position in formula 1",
            "telegraph pole",
            "tent pole",
            "fishing pole",
            "ski poles",
            "pole vault",
            "totem pole",
        ),
        ("pole dance", "pole fitness", "pole sport", "poledance", "pole dancer"),
        ("dance", "fitness"),
    ),
    (
        "irish dancing",
        (
            "irish dancer",
            "feis",
            "oireachtas",
            "hard shoe",
            "soft shoe",
            "reel and jig",
            "treble jig",
            "riverdance",
            "ceili dancing",
            "irish dance school",
            "worlds qualifier",
            "solo dress and wig",
            "step dancing",
            "set dancing",
            "hornpipe",
            "sean-nós dancing",
            "baile irlandés",
            "irischer tanz",
            "danse irlandaise",
            "danza irlandese",
            "dança irlandesa",
        ),
        (
            "irish pub",
            "irish coffee",
            "irish passport",
            "dancing on ice",
            "dancing with the stars",
            "irish stew",
            "irish setter",
            "irish whiskey",
        ),
        ("irish dance", "irish step dancing", "step dancing", "ceili", "irish dancer"),
        ("dance", "irish culture"),
    ),
    (
        "improv",
        (
            "improviser",
            "improv comedy",
            "improv troupe",
            "yes and",
            "long form improv",
            "harold team",
            "short form improv",
            "improv jam",
            "improv class",
            "improv show tonight",
            "comedy sportz",
            "applied improv",
            "improv theatre",
            "scene work",
            "theatresports",
            "improv level 2",
            "teatro de improvisación",
            "improtheater",
            "théâtre d'impro",
            "improvvisazione teatrale",
            "teatro de improviso",
        ),
        (
            "improvised explosive device",
            "improvise, adapt, overcome",
            "jazz improvisation",
            "home improvement",
            "improve my credit score",
            "improvised shelter",
            "self-improvement",
            "continuous improvement",
        ),
        ("improv comedy", "improv theatre", "improvisational theatre", "improvisation", "improviser"),
        ("theatre", "stand-up comedy"),
    ),
    (
        "circus arts",
        (
            "circus artist",
            "aerialist",
            "aerial silks",
            "lyra hoop",
            "trapeze",
            "juggler",
            "unicycle",
            "acrobatics",
            "hand balancing",
            "contortionist",
            "cyr wheel",
            "circus school",
            "fire spinning",
            "tightrope walker",
            "clown school",
            "flying trapeze",
            "circo contemporáneo",
            "zirkusartistin",
            "arts du cirque",
            "circo contemporaneo",
            "artista circense",
        ),
        (
            "media circus",
            "political circus",
            "circus of the election",
            "piccadilly circus",
            "oxford circus",
            "circus animals protest",
            "three ring circus at work",
            "clowning around",
        ),
        ("circus", "aerial arts", "aerialist", "juggling", "acrobatics", "aerial silks"),
        ("theatre",),
    ),
    (
        "puppetry",
        (
            "puppeteer",
            "puppet theatre",
            "marionettes",
            "shadow puppetry",
            "hand puppets",
            "puppet maker",
            "muppet style puppets",
            "bunraku",
            "rod puppets",
            "puppet show",
            "puppet building",
            "object theatre",
            "ventriloquist",
            "punch and judy professor",
            "títeres",
            "titiritero",
            "puppenspieler",
            "marionnettiste",
            "burattinaio",
            "teatro de bonecos",
        ),
        (
            "puppet government",
            "sock puppet account",
            "puppy love",
            "marionette programming library",
            "puppet master politics",
            "puppy training",
            "puppet regime",
            "muppet of a manager",
            "pulling the strings",
        ),
        ("puppets", "puppeteer", "puppeteers", "puppetry arts", "marionettes", "puppet theatre"),
        ("theatre",),
    ),
    (
        "drag",
        (
            "drag queen",
            "drag king",
            "drag artist",
            "drag brunch",
            "drag show",
            "lip sync for your life",
            "drag mother",
            "drag family",
            "drag performer",
            "rupaul's drag race",
            "drag race fan",
            "wig styling for my drag",
            "drag makeup",
            "death drop",
            "drag bingo",
            "drag story hour",
            "reina drag",
            "dragqueen",
            "drag-queen à paris",
            "drag queen italiana",
            "drag queen brasileira",
        ),
        (
            "drag racing",
            "drag and drop",
            "drag coefficient",
            "what a drag",
            "drag netting",
            "drag on a cigarette",
            "aerodynamic drag",
            "main drag through town",
            "drag the lake",
            "drag my feet",
        ),
        ("drag queens", "drag kings", "drag queen", "drag performance", "drag race", "drag culture"),
        ("lgbtq rights", "theatre"),
    ),
    (
        "voice acting",
        (
            "voice actor",
            "voice actress",
            "voiceover artist",
            "vo artist",
            "dubbing actor",
            "anime dub",
            "character voices",
            "voice reel",
            "home booth",
            "audition for a video game role",
            "narrator",
            "audiobook narrator",
            "commercial voiceover",
            "seiyuu",
            "sound booth",
            "voice director",
            "actor de doblaje",
            "synchronsprecher",
            "comédien de doublage",
            "doppiatore",
            "dublador",
        ),
        (
            "voice of the customer",
            "voice notes",
            "voice assistant",
            "voice your concerns",
            "lost my voice",
            "acting manager",
            "acting ceo",
            "acting up",
            "voice recognition software",
            "the voice tv show",
        ),
        ("voice actor", "voiceover", "voice over", "vo", "dubbing", "voice work"),
        ("theatre",),
    ),
    (
        "typography",
        (
            "type designer",
            "typographer",
            "typeface design",
            "font design",
            "kerning",
            "letterpress printing",
            "type specimen",
            "variable fonts",
            "typesetting",
            "glyphs and ligatures",
            "serif vs sans serif",
            "typography nerd",
            "lettering and type",
            "type foundry",
            "grid and typography",
            "font release",
            "tipografía",
            "schriftgestaltung",
            "typographie",
            "tipografia",
            "tipógrafo",
        ),
        (
            "typo in my email",
            "typing speed test",
            "type 2 diabetes",
            "blood type",
            "personality type",
            "not my type",
            "topography map",
            "typewriter repair",
        ),
        ("type design", "typographer", "fonts", "typefaces", "type", "typesetting"),
        ("design",),
    ),
    (
        "portrait photography",
        (
            "portrait photographer",
            "headshot photographer",
            "studio portraits",
            "natural light portraits",
            "85mm portrait",
            "family portraits",
            "boudoir photography",
            "newborn photographer",
            "personal branding shoot",
            "portrait session",
            "corporate headshots",
            "environmental portraits",
            "senior portraits",
            "bokeh",
            "model shoot",
            "fotógrafa de retratos",
            "porträtfotografin",
            "photographe portraitiste",
            "fotografo ritrattista",
            "fotografia de retrato",
        ),
        (
            "portrait mode on my phone",
            "oil portrait painter",
            "royal portrait unveiled",
            "mugshot released by police",
            "portrait orientation",
            "selfie",
            "portrait of a lady on fire",
            "passport photo booth",
            "self-portrait in pencil",
        ),
        ("portraits", "portrait photographer", "headshots", "headshot photography", "portraiture"),
        ("photography",),
    ),
    (
        "wedding photography",
        (
            "wedding photographer",
            "elopement photographer",
            "destination wedding photographer",
            "booking 2027 weddings",
            "second shooter",
            "engagement shoot",
            "wedding season",
            "wedding gallery delivered",
            "documentary wedding photography",
            "bridal portraits",
            "wedding videographer",
            "getting ready shots",
            "golden hour couple portraits",
            "editing 600 wedding images",
            "wedding photography business",
            "fotógrafo de bodas",
            "hochzeitsfotograf",
            "photographe de mariage",
            "fotografo di matrimoni",
            "fotógrafo de casamento",
        ),
        (
            "our wedding photos finally came",
            "my wedding dress",
            "wedding guest outfit",
            "wedding planner",
            "wedding band",
            "shotgun wedding",
            "photo booth hire",
            "wedding bells",
        ),
        ("wedding photographer", "wedding photographers", "elopement photography", "wedding photo"),
        ("photography", "weddings"),
    ),
    (
        "glassblowing",
        (
            "glassblower",
            "glass artist",
            "hot shop",
            "furnace and glory hole",
            "lampworking",
            "flameworking",
            "borosilicate",
            "glass beads",
            "blowpipe",
            "gather and marver",
            "annealer",
            "studio glass",
            "blown glass vase",
            "glassblowing class",
            "scientific glassblower",
            "sopladora de vidrio",
            "glasbläser",
            "souffleur de verre",
            "soffiatore di vetro",
            "vidro soprado",
        ),
        (
            "glass ceiling",
            "glasses prescription",
            "glass of wine",
            "stained glass window",
            "smashed glass",
            "glass half full",
            "blow dry",
            "blowing off steam",
            "bulletproof glass",
        ),
        ("glassblower", "glass blowing", "lampworking", "flameworking", "glass art", "blown glass"),
        ("crafts", "art"),
    ),
    (
        "concept art",
        (
            "concept artist",
            "environment design",
            "character concept",
            "keyframe illustration",
            "visual development",
            "vis dev",
            "creature design",
            "prop design",
            "thumbnails and silhouettes",
            "matte painting",
            "art of the game",
            "concept art portfolio",
            "photobashing",
            "speed paint",
            "blizzard concept art",
            "artista conceptual",
            "konzeptkünstler",
            "artiste concept",
            "concept artist italiano",
            "arte conceitual",
        ),
        (
            "proof of concept",
            "concept car",
            "concept art of war book",
            "art class at school",
            "concept store",
            "business concept",
            "concept album",
            "conceptual art installation",
            "concept map for revision",
        ),
        ("concept artist", "visual development", "visdev", "environment art", "character design"),
        ("illustration", "game development"),
    ),
    (
        "pixel art",
        (
            "pixel artist",
            "pixel art",
            "aseprite",
            "sprite sheet",
            "16-bit sprite",
            "isometric pixel art",
            "tileset",
            "dithering",
            "limited palette",
            "pixel animation",
            "8-bit art",
            "pixeljam",
            "pixel art commissions",
            "indie game sprites",
            "pixeldailies",
            "arte pixel",
            "pixelkunst",
            "art du pixel",
            "pixel art italiano",
            "arte em pixel",
        ),
        (
            "pixel phone",
            "dead pixel",
            "tracking pixel",
            "megapixel camera",
            "pixels per inch",
            "google pixel",
            "facebook pixel",
            "pixelated video call",
        ),
        ("pixel artist", "pixelart", "sprite art", "8-bit art", "pixel animation"),
        ("illustration",),
    ),
    (
        "stained glass",
        (
            "stained glass artist",
            "leaded glass",
            "copper foil",
            "tiffany lamp",
            "glass cutting",
            "stained glass panel",
            "suncatcher",
            "soldering the came",
            "lead came",
            "fused glass",
            "cathedral glass",
            "church windows restoration",
            "stained glass class",
            "vitral",
            "vitralista",
            "glasmalerei",
            "vitrail",
            "vitraux",
            "vetrata artistica",
            "vitral artístico",
        ),
        (
            "coffee stained shirt",
            "glass ceiling",
            "tinted car windows",
            "stained teeth",
            "wine glass",
            "stained my carpet",
            "double glazing",
            "windows update",
        ),
        ("stained glass art", "leaded glass", "leadlight", "tiffany glass", "stained glass windows"),
        ("crafts", "art"),
    ),
    (
        "urban sketching",
        (
            "urban sketcher",
            "sketching on location",
            "usk",
            "sketchwalk",
            "pen and wash",
            "sketchbook of the city",
            "drawing the cathedral in my sketchbook",
            "urban sketchers meetup",
            "travel sketchbook",
            "line and wash",
            "sketching cafés",
            "one drawing a day",
            "dibujo urbano",
            "urban sketchers madrid",
            "stadtzeichner",
            "croquis urbain",
            "disegno dal vero",
            "desenho urbano",
        ),
        (
            "sketchy neighborhood",
            "sketch comedy",
            "rough sketch of the plan",
            "sketchup architecture model",
            "urban planning",
            "urban dictionary",
            "sketchy deal",
            "urban outfitters",
            "police sketch artist",
        ),
        ("urban sketchers", "urban sketcher", "sketchwalk", "travel sketching", "plein air sketching"),
        ("illustration",),
    ),
    (
        "fashion design",
        (
            "fashion designer",
            "fashion design student",
            "pattern cutting",
            "draping on the stand",
            "my graduate collection",
            "mood board for the collection",
            "toile",
            "tech pack",
            "fashion week",
            "atelier",
            "couture",
            "menswear designer",
            "fashion illustration",
            "central saint martins",
            "sustainable fashion label",
            "diseño de moda",
            "modedesignerin",
            "styliste de mode",
            "stilista di moda",
            "design de moda",
        ),
        (
            "fashion victim",
            "in a timely fashion",
            "old-fashioned cocktail",
            "outfit of the day",
            "shopping haul",
            "interior design",
            "graphic designer",
            "fast fashion haul",
        ),
        ("fashion designer", "fashion designers", "couture", "clothing design", "garment design"),
        ("fashion", "design"),
    ),
    (
        "short stories",
        (
            "short story writer",
            "flash fiction",
            "microfiction",
            "short story collection",
            "anthology",
            "literary magazine submission",
            "story accepted",
            "writing prompt",
            "drabble",
            "short fiction",
            "story in granta",
            "shortlisted for a short story prize",
            "reading chekhov and carver",
            "cuentos",
            "cuentista",
            "kurzgeschichten",
            "nouvelles",
            "racconti",
            "contos",
        ),
        (
            "long story short",
            "instagram stories",
            "short film",
            "short selling",
            "short on time",
            "stories from the news",
            "short haircut",
            "bedtime story",
        ),
        ("short story", "short fiction", "flash fiction", "microfiction", "short story writing"),
        ("writing", "books"),
    ),
    (
        "literary fiction",
        (
            "literary fiction",
            "literary novel",
            "booker prize longlist",
            "reading sally rooney",
            "contemporary fiction",
            "literary novelist",
            "upmarket fiction",
            "the new ishiguro",
            "book club pick",
            "quiet character-driven novel",
            "prize-winning fiction",
            "reading toni morrison again",
            "literary debut novel",
            "prose stylist",
            "goncourt winner",
            "read the whole booker shortlist",
            "novela literaria",
            "literarische romane",
            "roman littéraire",
            "narrativa letteraria",
            "ficção literária",
        ),
        (
            "literally dying",
            "literary agent scams",
            "financial literacy",
            "fiction writing exercise for kids",
            "fiction in the budget",
            "legal fiction",
            "fact vs fiction",
            "science fiction",
            "literature review for my thesis",
        ),
        ("lit fic", "litfic", "literary novels", "contemporary fiction", "serious fiction"),
        ("books",),
    ),
    (
        "memoir",
        (
            "memoir writer",
            "memoirist",
            "writing my memoir",
            "personal essay",
            "life writing",
            "creative nonfiction",
            "autobiography",
            "reading memoirs",
            "memoir workshop",
            "my memoir comes out in may",
            "ghostwriter",
            "grief memoir",
            "coming-of-age memoir",
            "reading a celebrity memoir",
            "memorias",
            "autobiografía",
            "memoiren",
            "mémoires",
            "autobiografia",
        ),
        (
            "memo to the team",
            "memory loss",
            "memories of the holiday",
            "in memoriam",
            "memorial service",
            "memory foam mattress",
            "memorabilia",
            "memorize the lines",
            "ram memory",
        ),
        (
            "memoirs",
            "memoir writing",
            "autobiography",
            "life writing",
            "creative nonfiction",
            "personal essays",
        ),
        ("books", "writing"),
    ),
    (
        "literary translation",
        (
            "literary translator",
            "translating a novel",
            "translated fiction",
            "international booker",
            "translation from the japanese",
            "translator's note",
            "translated by",
            "poetry in translation",
            "translation rights",
            "co-translation",
            "pen translates award",
            "reading novels in translation",
            "translating poetry from spanish",
            "bilingual edition",
            "untranslatable words in the novel",
            "traductora literaria",
            "literarische übersetzerin",
            "traductrice littéraire",
            "traduttrice letteraria",
            "tradutora literária",
        ),
        (
            "google translate",
            "translation memory software",
            "legal translation agency",
            "medical interpreter",
            "website localization",
            "lost in translation",
            "sign language interpreter",
            "dna translation in biology",
            "translation of my birth certificate",
        ),
        ("literary translator", "translated fiction", "fiction in translation", "book translation"),
        ("books", "linguistics"),
    ),
    (
        "audiobooks",
        (
            "audiobook",
            "listening to an audiobook",
            "audible",
            "audible credits",
            "narrated by the author",
            "audiobook narrator",
            "on my commute listening to",
            "at 1.5x speed",
            "libby audiobook",
            "full cast audio",
            "audiobook recommendations",
            "finished my 50th audiobook this year",
            "spotify audiobooks",
            "audiolibros",
            "hörbücher",
            "hörbuch",
            "livres audio",
            "audiolibri",
            "audiolivros",
        ),
        (
            "audio interface",
            "audio engineer",
            "voice memo",
            "radio news bulletin",
            "podcast episode",
            "bluetooth headphones",
            "audiophile",
            "e-book reader",
            "book club",
        ),
        ("audiobook", "audio books", "audio book", "audible", "listening books"),
        ("books",),
    ),
    (
        "sitcoms",
        (
            "sitcom",
            "sitcom fan",
            "rewatching the office",
            "friends marathon",
            "seinfeld reruns",
            "sitcom writer",
            "multi-cam sitcom",
            "laugh track",
            "the good place",
            "parks and rec",
            "brooklyn nine-nine",
            "british sitcom",
            "comedia de situación",
            "serie de humor",
            "sitcom-fan",
            "série comique",
            "sitcom italiana",
            "série de comédia",
        ),
        (
            "the office is closed today",
            "friends forever",
            "awkward situation at work",
            "comedy of errors at the dmv",
            "family dinner drama",
            "situation room",
            "comedy club",
            "stand-up set",
            "friends night out",
        ),
        ("sitcom", "situation comedy", "tv comedy", "comedy series"),
        ("television",),
    ),
    (
        "cinematography",
        (
            "cinematographer",
            "director of photography",
            "dp",
            "camera operator",
            "lighting for film",
            "anamorphic lenses",
            "colour grading",
            "shot on arri",
            "focus puller",
            "gaffer",
            "1st ac",
            "long take",
            "film lighting",
            "frame composition",
            "shooting on 35mm",
            "dirección de fotografía",
            "kameramann",
            "directeur de la photographie",
            "direttore della fotografia",
            "diretor de fotografia",
        ),
        (
            "phone photography",
            "camera roll",
            "cinema popcorn",
            "photography of my dog",
            "cinema tickets",
            "cinematic universe",
            "grading essays",
            "lighting shop",
            "security camera",
        ),
        ("cinematographer", "cinematographers", "dop", "director of photography", "camera work"),
        ("film",),
    ),
    (
        "video editing",
        (
            "video editor",
            "premiere pro",
            "davinci resolve",
            "final cut pro",
            "colour grading",
            "cutting a trailer",
            "assistant editor",
            "editing a documentary",
            "timeline",
            "j-cut and l-cut",
            "b-roll",
            "youtube editor",
            "motion graphics and edit",
            "video editing",
            "offline editor",
            "editor de vídeo",
            "videoschnitt",
            "cutterin",
            "montage vidéo",
            "montaggio video",
            "edição de vídeo",
        ),
        (
            "copy editor",
            "editing my essay",
            "genome editing crispr",
            "video call with the team",
            "editor of the newspaper",
            "photo editing",
            "edit my bio",
            "wikipedia edits",
            "text editor",
        ),
        ("video editor", "film editing", "editing", "post-production", "montage", "video editors"),
        ("film", "content creation"),
    ),
    (
        "westerns",
        (
            "western films",
            "spaghetti western",
            "john wayne films",
            "sergio leone",
            "cowboy movies",
            "classic westerns",
            "revisionist western",
            "gunslinger",
            "the good, the bad and the ugly",
            "western novels",
            "louis l'amour",
            "lonesome dove",
            "western film buff",
            "películas del oeste",
            "westernfilme",
            "films de cow-boy",
            "film western",
            "filmes de faroeste",
        ),
        (
            "western medicine",
            "western europe",
            "western union",
            "western blot",
            "western civilization",
            "western australia",
            "country music",
            "western wear boots",
        ),
        ("western", "western films", "western movies", "spaghetti westerns", "cowboy films"),
        ("film", "classic films"),
    ),
    (
        "soap operas",
        (
            "soap opera",
            "soaps",
            "eastenders",
            "coronation street",
            "emmerdale",
            "days of our lives",
            "the young and the restless",
            "general hospital",
            "neighbours",
            "home and away",
            "telenovela",
            "soap opera fan",
            "today's episode",
            "weekday omnibus",
            "culebrón",
            "seifenoper",
            "feuilleton",
            "soap opera italiana",
            "novela das nove",
        ),
        (
            "soap making",
            "handmade soap",
            "space opera",
            "opera singer",
            "soapbox",
            "soap dispenser",
            "drama at work",
            "life is a soap opera",
        ),
        ("soap opera", "soaps", "telenovelas", "telenovela", "daytime drama"),
        ("television",),
    ),
    (
        "audio drama",
        (
            "audio drama",
            "radio drama",
            "radio play",
            "fiction podcast",
            "full cast audio drama",
            "big finish",
            "the archers",
            "welcome to night vale",
            "the magnus archives",
            "audio fiction",
            "sound design for the drama",
            "bbc radio 4 afternoon play",
            "audio drama podcast with a full cast",
            "radioteatro",
            "hörspiel",
            "hörspiele",
            "fiction radiophonique",
            "radiodramma",
            "radionovela",
        ),
        (
            "drama queen",
            "audio mixer",
            "family drama",
            "drama school",
            "tv drama",
            "audio cable",
            "k-drama binge",
            "drama at the office",
        ),
        ("radio drama", "audio dramas", "radio plays", "audio fiction", "fiction podcasts", "hörspiel"),
        ("radio", "podcasts"),
    ),
    (
        "cartooning",
        (
            "cartoonist",
            "editorial cartoonist",
            "political cartoons",
            "comic strip",
            "gag cartoons",
            "new yorker cartoon",
            "daily strip",
            "inking my strip",
            "caricaturist",
            "caricature artist",
            "single-panel cartoon",
            "sunday funnies",
            "cartoon for the paper",
            "humorista gráfico",
            "viñetista",
            "karikaturist",
            "dessinateur de presse",
            "vignettista",
            "cartunista",
        ),
        (
            "saturday morning cartoons",
            "cartoon network",
            "animated series",
            "cartoon character costume",
            "looks like a cartoon villain",
            "caricature of the truth",
            "political satire on twitter",
            "newspaper delivery round",
        ),
        ("cartoonist", "comic strips", "caricature", "political cartoons"),
        ("comics", "illustration"),
    ),
    (
        "zines",
        (
            "zine maker",
            "zinester",
            "perzine",
            "riso printing",
            "risograph",
            "zine fest",
            "photocopied zine",
            "zine library",
            "small press comics",
            "self-published zine",
            "zine swap",
            "cut and paste zine",
            "fanzine",
            "diy publishing",
            "fanzines",
            "fanzine punk",
            "fanzine français",
            "fanzine italiana",
            "fanzine brasileira",
        ),
        (
            "magazine subscription",
            "vogue magazine",
            "zine nutrition",
            "online magazine for marketers",
            "zinc supplements",
            "zen buddhism",
            "magazine editor",
            "ammo magazine",
        ),
        ("zine", "fanzines", "fanzine", "zinester", "zine making", "riso"),
        ("comics", "publishing"),
    ),
    (
        "nanotechnology",
        (
            "nanotechnology researcher",
            "nanomaterials scientist",
            "nanoparticle synthesis",
            "carbon nanotubes research",
            "graphene research group",
            "nanofabrication in the cleanroom",
            "quantum dots for displays",
            "thin film deposition",
            "atomic force microscopy images",
            "nanomedicine and drug delivery",
            "phd in nanoscience",
            "electron beam lithography",
            "self-assembled monolayers",
            "nanoscale devices",
            "working with gold nanoparticles",
            "2d materials lab",
            "postdoc in nanophotonics",
            "nanotecnología aplicada",
            "Nanotechnologie Forschung",
            "nanotechnologies et nanomatériaux",
            "nanotecnologie al politecnico",
            "nanotecnologia e nanomateriais",
        ),
        (
            "nano banana meme",
            "iPod nano still works",
            "nano tank for my shrimp",
            "made a nanosecond decision",
            "NaNoWriMo writing challenge",
            "Nanoleaf lights in my room",
            "tiny house living",
            "micro-managing boss",
            "microblading appointment",
            "nano-influencer marketing deal",
            "Nano the robot cartoon",
        ),
        ("nanotech", "nanoscience", "nanomaterials", "nanotechnologist", "nanotechnologies"),
        ("materials science", "science"),
    ),
    (
        "acoustics",
        (
            "acoustic engineer",
            "acoustics consultant",
            "acoustician",
            "room acoustics",
            "architectural acoustics",
            "noise and vibration engineer",
            "acoustic treatment for the studio",
            "measuring reverberation time",
            "sound insulation testing",
            "psychoacoustics research",
            "underwater acoustics",
            "environmental noise assessment",
            "acoustic modelling in odeon",
            "testing in the anechoic chamber",
            "bass traps and diffusers",
            "vibration analysis",
            "acoustical society meeting",
            "ingeniero acústico",
            "Akustiker im Ingenieurbüro",
            "ingénieur acousticien",
            "acustica architettonica",
            "engenharia acústica",
        ),
        (
            "acoustic guitar set tonight",
            "acoustic cover of the song",
            "unplugged acoustic session",
            "noise-cancelling headphones review",
            "sound bath meditation",
            "the sound of silence",
            "make some noise for the birthday girl",
            "acoustic version on spotify",
            "white noise for the baby",
            "good vibrations only",
            "noise complaint from the neighbours",
        ),
        (
            "acoustician",
            "acousticians",
            "acoustic engineering",
            "architectural acoustics",
            "noise and vibration",
            "room acoustics",
        ),
        ("physics", "engineering"),
    ),
    (
        "optics",
        (
            "optical engineer",
            "photonics researcher",
            "laser physicist",
            "fiber optics lab",
            "building an optical setup",
            "aligning mirrors on the optical table",
            "silicon photonics",
            "lens design in zemax",
            "ultrafast lasers",
            "optical coatings",
            "nonlinear optics",
            "spectroscopy setup in the lab",
            "adaptive optics",
            "quantum optics group",
            "integrated photonics chips",
            "interferometer alignment",
            "phd in optics",
            "ingeniero óptico",
            "Photonik Forschung",
            "optique et photonique",
            "ottica quantistica",
            "fotônica integrada",
        ),
        (
            "bad optics for the government",
            "the optics of this meeting are terrible",
            "optician appointment for new glasses",
            "optical illusion meme",
            "fiber broadband installed",
            "laser hair removal",
            "laser tag party",
            "lens flare in my photos",
            "contact lenses restock",
            "rose-tinted glasses",
            "Specsavers eye test",
        ),
        (
            "photonics",
            "optical engineering",
            "optical physics",
            "laser physics",
            "optical engineer",
            "photonics engineering",
        ),
        ("physics",),
    ),
    (
        "volcanology",
        (
            "volcanologist",
            "volcano chaser",
            "monitoring lava flows",
            "watching the eruption livestream",
            "hiked up to the crater rim",
            "volcanic ash sampling",
            "studying magma chambers",
            "fieldwork on Etna",
            "Kilauea eruption update",
            "volcanic tremor on the seismograph",
            "pyroclastic flow deposits",
            "gas measurements at the fumaroles",
            "Icelandic eruption on Reykjanes",
            "lava flow photography",
            "volcano observatory",
            "volcanic hazard mapping",
            "vulcanóloga",
            "Vulkanologe",
            "volcanologue",
            "vulcanologo",
            "vulcanologia",
        ),
        (
            "volcano cake for the kids party",
            "science fair baking soda volcano",
            "volcano vaporizer",
            "lava lamp in my room",
            "she erupted in anger",
            "Vulcan salute",
            "hot sauce at lava level",
            "Volcano Bay water park",
            "molten lava cake dessert",
            "Team Magma in Pokémon",
            "volcanic eruption of emails after holiday",
        ),
        ("volcanologist", "volcanologists", "volcanoes", "vulcanology", "volcano chasing", "volcano science"),
        ("geology",),
    ),
    (
        "hydrology",
        (
            "hydrologist",
            "flood risk modelling",
            "catchment hydrology",
            "groundwater modelling",
            "river gauging fieldwork",
            "hydrogeologist",
            "water resources engineer",
            "rainfall-runoff modelling",
            "drought monitoring",
            "streamflow data analysis",
            "hec-ras flood model",
            "snowmelt hydrology",
            "aquifer recharge study",
            "hydrological modelling with swat",
            "fluvial geomorphology",
            "phd in hydrology",
            "hidrólogo",
            "Hydrologin",
            "hydrologue",
            "idrologia",
            "hidrologia",
        ),
        (
            "hydrotherapy pool session",
            "hydrating after the run",
            "Hydro Flask collection",
            "hydroponic lettuce",
            "hydrafacial appointment",
            "water polo training",
            "drinking eight glasses of water",
            "waterproof jacket review",
            "waterfall photography",
            "water sign astrology",
            "my basement flooded again",
        ),
        (
            "hydrologist",
            "hydrologists",
            "hydrogeology",
            "water resources",
            "water resources engineering",
            "hydrological modelling",
        ),
        ("environmental science",),
    ),
    (
        "systems engineering",
        (
            "systems engineer",
            "mbse with sysml",
            "requirements management in doors",
            "verification and validation",
            "system architecture design",
            "incose member",
            "interface control documents",
            "trade studies",
            "concept of operations",
            "systems integration and test",
            "v-model lifecycle",
            "model-based systems engineering",
            "safety-critical systems",
            "requirements traceability",
            "defence systems engineering",
            "critical design review",
            "ingeniería de sistemas complejos",
            "Systemingenieur",
            "ingénierie système",
            "ingegneria dei sistemi",
            "engenharia de sistemas",
        ),
        (
            "system administrator resetting passwords",
            "the system is rigged",
            "immune system boost",
            "solar system model",
            "sound system for the party",
            "nervous system reset",
            "operating system update",
            "school system",
            "buddy system at camp",
            "filing system for receipts",
        ),
        (
            "systems engineer",
            "systems engineers",
            "mbse",
            "model-based systems engineering",
            "system engineering",
        ),
        ("engineering",),
    ),
    (
        "mechatronics",
        (
            "mechatronics engineer",
            "mechatronics student",
            "plc programming",
            "servo motor control",
            "designing a motion control system",
            "sensor integration",
            "automation technician",
            "building a robot arm",
            "stepper motors and drivers",
            "control systems lab",
            "industrial automation projects",
            "pid tuning",
            "siemens tia portal",
            "mechatronics degree",
            "pneumatics and hydraulics lab",
            "Mechatroniker Ausbildung",
            "ingeniería mecatrónica",
            "mécatronique",
            "meccatronica",
            "mecatrônica",
        ),
        (
            "Transformers movie marathon",
            "robot vacuum cleaner",
            "MechWarrior game night",
            "mecha anime",
            "mechanical pencil",
            "mechanic fixed my brakes",
            "Terminator rewatch",
            "automatic car transmission",
            "robot dance at the wedding",
            "the robot voice on the phone line",
        ),
        (
            "mechatronic engineering",
            "mechatronics engineer",
            "mechatronics engineering",
            "mechatronic",
            "industrial automation",
        ),
        ("engineering", "robotics"),
    ),
    (
        "industrial design",
        (
            "industrial designer",
            "product designer, physical products",
            "sketching product concepts",
            "rendering in keyshot",
            "solidworks surfacing",
            "prototyping in the workshop",
            "ergonomics research",
            "furniture designer",
            "design for manufacturing",
            "red dot award winner",
            "cmf design",
            "foam models and mockups",
            "consumer electronics design",
            "industrial design student portfolio",
            "designing kitchen appliances",
            "diseñador industrial",
            "Industriedesignerin",
            "designer industriel",
            "disegno industriale",
            "desenho industrial",
        ),
        (
            "industrial music playlist",
            "industrial chic decor",
            "industrial estate warehouse job",
            "industrial action strike",
            "Industrial Revolution history",
            "interior designer choosing cushions",
            "fashion designer runway",
            "designer handbags",
            "industrial-strength coffee",
            "graphic designer making logos",
        ),
        (
            "industrial designer",
            "industrial designers",
            "product design engineering",
            "industrial product design",
        ),
        ("design",),
    ),
    (
        "model rocketry",
        (
            "model rocket launch",
            "high power rocketry",
            "tripoli level 2 certification",
            "nar level 1 cert",
            "built my first estes rocket",
            "motor ejection charge",
            "recovery parachute deployed",
            "rocket club launch day",
            "openrocket simulation",
            "dual deploy avionics",
            "launch rail and igniter",
            "amateur rocketry",
            "student rocketry team",
            "launching rockets with my kids",
            "scratch built rocket",
            "altimeter read 3000 feet",
            "cohetería amateur",
            "Modellraketen",
            "fuséologie amateur",
            "razzomodellismo",
            "foguetemodelismo",
        ),
        (
            "rocket salad with parmesan",
            "Rocket League ranked",
            "Team Rocket Pokémon",
            "stocks rocketing",
            "it isn't rocket science",
            "Rocket Raccoon",
            "Rocketman biopic",
            "pocket rocket espresso machine",
            "bonfire night fireworks",
            "prices skyrocketed",
        ),
        (
            "model rockets",
            "rocketry",
            "high power rocketry",
            "amateur rocketry",
            "hobby rocketry",
            "model rocket",
        ),
        ("hobbies",),
    ),
    (
        "pc building",
        (
            "built my first gaming pc",
            "pc build complete",
            "new rig specs",
            "cable management done",
            "custom water cooling loop",
            "upgraded my gpu",
            "rtx 4090 build",
            "ryzen 7 build",
            "picked parts on pcpartpicker",
            "sff build in a tiny case",
            "rgb everything",
            "thermal paste application",
            "overclocking the cpu",
            "benchmarks after the upgrade",
            "budget gaming pc build",
            "pc building simulator but real",
            "mi nuevo pc gamer",
            "PC selbst gebaut",
            "montage pc gamer",
            "assemblare un pc",
            "montei meu pc gamer",
        ),
        (
            "politically correct culture",
            "PC Jones of the Met police",
            "building my personal brand",
            "Lego build finished",
            "building muscle at the gym",
            "new phone case",
            "PC Music hyperpop",
            "PCOS awareness",
            "PCR test result",
            "building a house extension",
        ),
        ("pc builder", "pc builds", "custom pc", "gaming pc", "building pcs", "pc hardware", "pc build"),
        ("gaming", "tech"),
    ),
    (
        "vtubers",
        (
            "vtuber",
            "debuted as a vtuber",
            "my live2d model",
            "vtuber model commission",
            "hololive oshi",
            "nijisanji fan",
            "indie vtuber streaming on twitch",
            "vtuber rigging",
            "vtuber debut stream",
            "clip channel for vtubers",
            "vtuber lore",
            "3d model reveal",
            "face tracking with vtube studio",
            "oshi mark in my bio",
            "envtuber",
            "vtuber en español",
            "deutsche VTuberin",
            "vtubeuse française",
            "vtuber italiana",
            "vtuber brasileira",
        ),
        (
            "YouTuber vlogging my day",
            "tube strike in London",
            "inner tube on the river",
            "toothpaste tube",
            "tuba player",
            "anime avatar profile pic",
            "Memoji on my iPhone",
            "catfish profile",
            "V8 engine",
            "tubeless tyres on my bike",
        ),
        ("vtuber", "vtubing", "virtual youtuber", "virtual youtubers", "vtuber fan"),
        ("streaming", "anime"),
    ),
    (
        "competitive programming",
        (
            "competitive programmer",
            "codeforces rating",
            "reached candidate master",
            "icpc world finals",
            "leetcode daily",
            "solved today's leetcode hard",
            "atcoder contest",
            "dynamic programming problems",
            "segment tree implementation",
            "ioi medalist",
            "advent of code",
            "google code jam",
            "codechef long challenge",
            "graph algorithms practice",
            "upsolving after the contest",
            "div 2 round tonight",
            "programación competitiva",
            "Wettbewerbsprogrammierung",
            "programmation compétitive",
            "programmazione competitiva",
            "programação competitiva",
        ),
        (
            "competitive eating contest",
            "TV programming schedule",
            "competitive salary and benefits",
            "fitness programme",
            "programme for the concert",
            "competitive swimming",
            "dynamic pricing",
            "tree surgeon cutting branches",
            "graph paper notebooks",
            "coding bootcamp ad",
        ),
        (
            "competitive programmer",
            "competitive programmers",
            "competitive coding",
            "sport programming",
            "algorithmic programming",
        ),
        ("programming",),
    ),
    (
        "fediverse",
        (
            "find me on mastodon",
            "moved to the fediverse",
            "my mastodon instance",
            "running a mastodon server",
            "activitypub developer",
            "lemmy community",
            "pixelfed account",
            "misskey instance",
            "federated timeline",
            "instance admin",
            "fedi friends",
            "#fediverse",
            "peertube channel",
            "defederated from that instance",
            "boosts and toots",
            "self-hosted gotosocial",
            "estoy en el fediverso",
            "Fediverse-Nutzerin",
            "sur le fédivers",
            "fediverso italiano",
            "eu estou no fediverso",
        ),
        (
            "Mastodon band concert",
            "mastodon fossil at the museum",
            "federal government",
            "federation of trade unions",
            "Starfleet Federation",
            "woolly mammoth exhibit",
            "toot toot on the train",
            "instance of bad luck",
            "federal reserve rates",
            "Federer highlights",
        ),
        ("mastodon", "activitypub", "fedi", "decentralized social media", "lemmy", "fediverso"),
        ("open source",),
    ),
    (
        "excel",
        (
            "excel wizard",
            "excel power user",
            "pivot tables all day",
            "vlookup queen",
            "xlookup changed my life",
            "power query tips",
            "vba macros",
            "spreadsheet nerd",
            "financial modelling in excel",
            "excel dashboard template",
            "conditional formatting tricks",
            "google sheets formulas",
            "microsoft excel mvp",
            "excel tips and tricks",
            "index match over vlookup",
            "excel esports",
            "fórmulas de excel",
            "Excel-Tabellen",
            "tableur excel",
            "fogli di calcolo",
            "planilhas de excel",
        ),
        (
            "excel at my job",
            "strive to excel",
            "excel in school",
            "ExCeL London exhibition centre",
            "excellent service",
            "Bill and Ted's Excellent Adventure",
            "pivot in my career",
            "table for two at dinner",
            "sheets of rain today",
            "bed sheets on sale",
        ),
        ("microsoft excel", "spreadsheets", "spreadsheet", "google sheets", "excel vba"),
        ("tech",),
    ),
    (
        "ASMR",
        (
            "asmr artist",
            "asmr triggers",
            "tapping and whispering",
            "asmr roleplay",
            "tingles",
            "sleep asmr video",
            "asmr channel on youtube",
            "binaural mic",
            "mouth sounds asmr",
            "ear cleaning asmr",
            "asmrtist",
            "soft spoken video",
            "asmr for sleep and relaxation",
            "trigger assortment",
            "new asmr upload",
            "no talking asmr",
            "vídeos de asmr",
            "ASMR auf Deutsch",
            "asmr en français",
            "asmr italiano",
            "asmr em português",
        ),
        (
            "whispering sweet nothings",
            "tapping into new markets",
            "tingling in my fingers",
            "sleep apnea clinic",
            "ear infection again",
            "tapping out in jiu jitsu",
            "white noise machine for the baby",
            "EFT tapping therapy",
            "mukbang eating show",
            "trigger warning",
        ),
        ("autonomous sensory meridian response", "asmrtist", "asmr videos", "asmr artist"),
        ("youtube",),
    ),
    (
        "game modding",
        (
            "modder",
            "making mods for skyrim",
            "my mod on nexus mods",
            "modding community",
            "mod load order",
            "total conversion mod",
            "texture pack",
            "modding tools",
            "creation kit scripting",
            "steam workshop upload",
            "released a new mod",
            "ported the mod to the latest patch",
            "fallout 4 modding",
            "rimworld mods",
            "gta v mods",
            "script extender",
            "modder de videojuegos",
            "Spiele-Modder",
            "moddeur",
            "modding italiano",
            "modder brasileiro",
        ),
        (
            "mod in the forum banned him",
            "Discord mod duties",
            "mod culture scooters and parkas",
            "mods and rockers",
            "modding my car exhaust",
            "mod podge craft glue",
            "body modification piercings",
            "modern art gallery",
            "moderation is key",
            "mod cons in the kitchen",
        ),
        ("modding", "modder", "modders", "video game modding", "game mods", "gaming mods"),
        ("gaming",),
    ),
    (
        "IT support",
        (
            "IT support technician",
            "helpdesk analyst",
            "service desk engineer",
            "1st line support",
            "2nd line support",
            "desktop support",
            "resetting passwords all day",
            "have you tried turning it off and on again",
            "ticket queue",
            "active directory admin",
            "comptia a+ certified",
            "imaging laptops for new starters",
            "office 365 admin",
            "IT technician at a school",
            "servicenow tickets",
            "deskside support",
            "técnico de soporte informático",
            "IT-Support Mitarbeiter",
            "technicien support informatique",
            "tecnico informatico help desk",
            "suporte técnico de TI",
        ),
        (
            "emotional support",
            "support my small business",
            "support worker in care homes",
            "customer support for my bank",
            "child support payments",
            "support bra",
            "tech neck stretches",
            "I support Arsenal",
            "supporting act at the gig",
            "IT the movie by Stephen King",
            "ticket for the concert",
        ),
        (
            "helpdesk",
            "help desk",
            "service desk",
            "tech support",
            "IT technician",
            "desktop support",
            "technical support",
        ),
        ("tech",),
    ),
    (
        "right to repair",
        (
            "right to repair advocate",
            "repair cafe volunteer",
            "fixing instead of replacing",
            "ifixit teardown",
            "repairability score",
            "parts pairing is anti-consumer",
            "independent repair shop owner",
            "campaign for repair laws",
            "fixed my own phone screen",
            "fighting planned obsolescence",
            "repair manuals should be public",
            "farmers' right to repair tractors",
            "restart party",
            "repair not replace",
            "self-repair kits",
            "derecho a reparar",
            "Recht auf Reparatur",
            "droit à la réparation",
            "diritto alla riparazione",
            "direito ao reparo",
        ),
        (
            "repairing our relationship",
            "right to vote",
            "road repairs on my street",
            "repair my credit score",
            "hair repair mask",
            "right to roam",
            "skin barrier repair serum",
            "car repair bill",
            "right to remain silent",
            "repair the damage to his reputation",
        ),
        ("repair cafes", "repair café", "repair movement", "repair advocacy", "repairability"),
        ("sustainability", "tech"),
    ),
    (
        "soap making",
        (
            "soap maker",
            "cold process soap",
            "hot process soap",
            "cutting a new batch of soap",
            "lye calculator",
            "curing soap for six weeks",
            "melt and pour soap",
            "handmade soap business",
            "swirl technique",
            "goat milk soap",
            "saponification",
            "essential oil blends for soap",
            "soap loaf",
            "natural soap bars",
            "soapmaking class",
            "jabón artesanal",
            "Seifensieden",
            "savon saponifié à froid",
            "sapone artigianale",
            "sabonete artesanal",
        ),
        (
            "soap opera addict",
            "hand soap refill",
            "washing up liquid",
            "SOAP api",
            "soapbox rant",
            "Soap the TV show",
            "soap scum in the shower",
            "dish soap",
            "bath bombs haul",
            "soft soaping the boss",
        ),
        ("soapmaking", "soap maker", "soapmaker", "handmade soap", "cold process soap", "soap makers"),
        ("crafts",),
    ),
    (
        "resin art",
        (
            "resin artist",
            "epoxy resin pour",
            "resin river table",
            "resin coasters",
            "geode resin art",
            "ocean wave resin painting",
            "demolding day",
            "resin jewellery with pressed flowers",
            "uv resin charms",
            "resin tray with mica powder",
            "torching bubbles",
            "resin keychains",
            "epoxy tumblers",
            "resin pour tutorial",
            "resin art workshop",
            "arte con resina",
            "Epoxidharz Kunst",
            "art en résine époxy",
            "resina epossidica",
            "arte em resina",
        ),
        (
            "tree sap on my car",
            "resin floor in the garage",
            "rosin for my violin bow",
            "epoxy to fix the sink",
            "amber jewellery from the Baltic",
            "composite bonding on my teeth",
            "pine resin smell",
            "resin chairs in the garden",
            "fiberglass boat repair",
            "resin 3d printer miniatures",
        ),
        ("resin artist", "epoxy art", "epoxy resin art", "resin crafts", "resin pouring"),
        ("crafts", "art"),
    ),
    (
        "macramé",
        (
            "macrame artist",
            "macramé wall hanging",
            "macrame plant hanger",
            "square knots and spiral knots",
            "single strand cotton cord",
            "finished a boho wall hanging",
            "macrame feathers",
            "macrame workshop",
            "lark's head knot",
            "3mm macrame cord",
            "macramé keychain",
            "macrame table runner",
            "knotting a new piece",
            "macrame earrings",
            "macramé hecho a mano",
            "Makramee Wandbehang",
            "suspension en macramé",
            "macramè fatto a mano",
            "macramê artesanal",
        ),
        (
            "tied the knot last summer",
            "stomach in knots",
            "knotty pine ceiling",
            "rope access technician",
            "sailing knots for the exam",
            "macaroni art with the kids",
            "macarons from Paris",
            "hair in a bun knot",
            "knots in my shoulders",
            "Knots Landing reruns",
        ),
        ("macrame", "macramé artist", "macrame artist", "macrame wall hangings", "macramè"),
        ("crafts",),
    ),
    (
        "wood carving",
        (
            "woodcarver",
            "whittling a spoon",
            "spoon carving",
            "carved a walking stick",
            "chip carving",
            "relief carving",
            "sloyd knife",
            "hook knife for the bowl",
            "green woodworking",
            "carving a wooden bird",
            "caricature carving",
            "basswood blank",
            "wood carving class",
            "power carving with a dremel",
            "carving a love spoon",
            "tallado en madera",
            "Holzschnitzer",
            "sculpture sur bois",
            "intaglio del legno",
            "escultura em madeira",
        ),
        (
            "carving the turkey",
            "carving out time for myself",
            "carving on my snowboard",
            "ski carving turns",
            "pumpkin carving",
            "carved a career",
            "carve-out in the contract",
            "carvery Sunday lunch",
            "Carver skateboards",
            "initials carved on the school desk",
        ),
        (
            "woodcarving",
            "woodcarver",
            "whittling",
            "spoon carving",
            "wood carver",
            "chip carving",
            "woodcarvers",
        ),
        ("woodworking", "crafts"),
    ),
    (
        "needle felting",
        (
            "needle felter",
            "needle felted animals",
            "felting needles and wool roving",
            "wet felting",
            "needle felted fox",
            "felt sculpture",
            "core wool",
            "felting kit",
            "needle felting commission",
            "felted pet portrait",
            "wool painting",
            "felted soap",
            "merino roving",
            "tiny felted mushrooms",
            "felting pad",
            "fieltro con aguja",
            "Nadelfilzen",
            "feutrage à l'aiguille",
            "infeltrimento ad ago",
            "feltragem com agulha",
        ),
        (
            "felt cute might delete later",
            "felt tip pens",
            "felt sad today",
            "felt hat",
            "pool table felt",
            "needle exchange",
            "acupuncture needles",
            "needle in a haystack",
            "wool sweater from the shop",
            "felt roofing on the shed",
        ),
        ("needlefelting", "needle felted", "felting", "wet felting", "needle felter", "felt art"),
        ("crafts",),
    ),
    (
        "mosaics",
        (
            "mosaic artist",
            "mosaicist",
            "smalti mosaic",
            "tesserae cutting",
            "grouting a new mosaic",
            "wheeled nippers",
            "pique assiette",
            "broken china mosaic",
            "mosaic tabletop",
            "roman mosaic techniques",
            "glass mosaic mirror",
            "mosaic stepping stones",
            "mosaic workshop",
            "micro mosaic",
            "mosaic garden sculpture",
            "mosaiquista",
            "Mosaikkunst",
            "mosaïste",
            "mosaicista",
            "mosaico artesanal",
        ),
        (
            "mosaic of cultures in the city",
            "Mosaic web browser",
            "mosaicism in genetics",
            "photo mosaic collage",
            "Mosaic hops IPA",
            "tiling the bathroom floor",
            "Mosaic law",
            "pixelated censorship mosaic",
            "mosaic virus on my tomatoes",
            "mosaic of memories",
        ),
        ("mosaic", "mosaic art", "mosaicist", "mosaic artist", "mosaic making"),
        ("crafts", "art"),
    ),
    (
        "polymer clay",
        (
            "polymer clay earrings",
            "fimo charms",
            "sculpey sculpture",
            "baking clay at 130 degrees",
            "clay cane work",
            "polymer clay miniatures",
            "handmade clay earrings drop",
            "conditioning the clay",
            "mica shift technique",
            "polymer clay jewellery shop",
            "tiny food charms",
            "clay figurines",
            "cernit and premo",
            "skinner blend",
            "arcilla polimérica",
            "Polymer Clay Schmuck",
            "pâte polymère",
            "pasta polimerica",
            "argila polimérica",
        ),
        (
            "clay court tennis",
            "clay pigeon shooting",
            "clay mask for oily skin",
            "Cassius Clay",
            "Claymation movies",
            "clay soil in my garden",
            "Play-Doh with my toddler",
            "feet of clay",
            "Clay Aiken",
            "bentonite clay detox",
        ),
        (
            "polymer clay artist",
            "fimo",
            "sculpey",
            "clay earrings",
            "polymer clay jewelry",
            "polymer clay jewellery",
        ),
        ("crafts",),
    ),
    (
        "rug tufting",
        (
            "rug tufter",
            "tufting gun",
            "tufted my first rug",
            "custom tufted rugs",
            "tufting frame",
            "primary tufting cloth",
            "cut pile and loop pile",
            "gluing the backing",
            "carving the rug",
            "tufting gun cut pile",
            "tufting workshop",
            "custom rug commission",
            "punch needle rugs",
            "rug tufting studio",
            "rug making",
            "alfombras tufting",
            "Tufting-Teppich",
            "tapis tufté",
            "tappeti tufting",
            "tapete tufting",
        ),
        (
            "tufted sofa from IKEA",
            "tufted headboard",
            "tufted titmouse at the feeder",
            "carpet cleaning service",
            "swept under the rug",
            "rug pull crypto scam",
            "magic carpet ride",
            "carpet fitting quote",
            "rugby practice",
            "hair tufts",
        ),
        ("tufting", "rug making", "tufted rugs", "rug tufter", "rugmaking", "rug tufters"),
        ("crafts",),
    ),
    (
        "lutherie",
        (
            "luthier",
            "guitar builder",
            "building my first acoustic guitar",
            "handmade guitars",
            "violin maker",
            "carving a violin top",
            "fretwork and setups",
            "bending the sides",
            "french polishing a guitar",
            "archtop build",
            "tonewood selection",
            "bone nut and saddle",
            "refret job",
            "guitar repair and setups",
            "instrument maker",
            "lutier",
            "Geigenbauer",
            "luthier à Mirecourt",
            "liutaio a Cremona",
            "luthier brasileiro",
        ),
        (
            "guitar lessons for beginners",
            "Guitar Hero",
            "violin recital",
            "Fender Strat for sale",
            "Lutheran church",
            "Martin Luther history",
            "tone deaf",
            "fret about money",
            "set up my new apartment",
            "nut allergy",
        ),
        ("luthier", "luthiers", "guitar building", "guitar making", "violin making", "instrument making"),
        ("woodworking",),
    ),
    (
        "diecast cars",
        (
            "diecast collector",
            "hot wheels hunting",
            "found a super treasure hunt",
            "matchbox collection",
            "1:64 scale cars",
            "1:18 scale model",
            "diecast customs",
            "peg hunting at walmart",
            "car culture series",
            "mini gt",
            "tomica collection",
            "autoart 1:18",
            "premium hot wheels haul",
            "diecast photography",
            "diecast display case",
            "coleccionista de hot wheels",
            "Modellautos sammeln",
            "miniatures autos 1/43",
            "modellini di auto",
            "colecionador de miniaturas",
        ),
        (
            "die-casting factory job",
            "the die is cast",
            "hot wheels on my new car",
            "Matchbox Twenty concert",
            "cast of the new show",
            "wheel alignment",
            "toy car for my toddler",
            "arm in a cast",
            "casting call for actors",
            "matchbox of safety matches",
        ),
        (
            "diecast",
            "die-cast",
            "hot wheels",
            "diecast collector",
            "matchbox cars",
            "die-cast cars",
            "diecast models",
        ),
        ("collecting", "cars"),
    ),
    (
        "militaria",
        (
            "militaria collector",
            "ww2 militaria",
            "collecting military medals",
            "medal group research",
            "helmet collection",
            "insignia and badges",
            "militaria fair",
            "cap badges of the british army",
            "bayonet collection",
            "uniform collection",
            "field gear collection",
            "wwi militaria",
            "authenticating a helmet",
            "researching a soldier's medals",
            "coleccionista de militaria",
            "Militaria Sammler",
            "collectionneur de militaria",
            "collezionista di militaria",
            "colecionador de militaria",
        ),
        (
            "military service veteran",
            "army surplus fashion",
            "camo print leggings",
            "medals at the Olympics",
            "war films marathon",
            "badge of honour",
            "military time",
            "Call of Duty",
            "helmet for my bike",
            "military precision planning",
        ),
        (
            "military collectibles",
            "military memorabilia",
            "militaria collector",
            "military antiques",
            "medal collecting",
        ),
        ("collecting",),
    ),
    (
        "book collecting",
        (
            "book collector",
            "rare book dealer",
            "first edition hunting",
            "signed first editions",
            "antiquarian books",
            "bibliophile",
            "my library of fine bindings",
            "book fair finds",
            "folio society collection",
            "collecting vintage penguins",
            "dust jacket condition",
            "points of issue",
            "provenance of the copy",
            "rare book auction",
            "ex libris bookplates",
            "bibliófilo",
            "Bibliophile Sammlung",
            "bibliophile parisien",
            "bibliofilo",
            "livros raros",
        ),
        (
            "book club this Thursday",
            "booking a table",
            "bookkeeping for small businesses",
            "bookie odds",
            "library fines",
            "by the book",
            "booked and busy",
            "ebook deals on kindle",
            "debt collector calling",
            "bookmark this page",
        ),
        (
            "rare books",
            "bibliophile",
            "bibliophiles",
            "antiquarian books",
            "first editions",
            "book collector",
            "bibliophilia",
        ),
        ("collecting", "books"),
    ),
    (
        "everyday carry",
        (
            "edc pocket dump",
            "everyday carry rotation",
            "pocket knife collector",
            "edc flashlight",
            "titanium pen and fidget",
            "slip joint knife",
            "flipper knife",
            "sprint run knife",
            "pocket dump friday",
            "edc tools",
            "multitool in my pocket",
            "edc gear review",
            "new knife day",
            "knife steel nerd",
            "edc de todos los días",
            "Taschenmesser Sammlung",
            "couteau de poche",
            "coltello da tasca",
            "canivete edc",
        ),
        (
            "carry-on luggage",
            "carry the one in maths",
            "carry me, I'm tired",
            "gym bag essentials",
            "what's in my bag makeup edition",
            "carrying a baby in a sling",
            "pocket money",
            "knife crime statistics",
            "kitchen knife set",
            "cash and carry",
        ),
        (
            "edc",
            "pocket knives",
            "pocket knife",
            "edc gear",
            "everyday carry gear",
            "knife collecting",
            "edc knives",
        ),
        ("collecting",),
    ),
    (
        "hi-fi audio",
        (
            "audiophile",
            "hi-fi setup",
            "my listening room",
            "tube amplifier",
            "upgraded my dac",
            "headphone collection",
            "planar magnetic headphones",
            "iem reviews",
            "speaker placement",
            "turntable and integrated amp",
            "lossless streaming",
            "audio show in Munich",
            "bookshelf speakers upgrade",
            "vintage receiver restoration",
            "cable burn-in debate",
            "audiófilo",
            "HiFi-Anlage",
            "audiophile passionné",
            "impianto hi-fi",
            "audiófilo brasileiro",
        ),
        (
            "wifi password",
            "high five",
            "Hi-Fi Rush game",
            "music festival lineup",
            "audiobook on my commute",
            "Bluetooth speaker in the shower",
            "audio description on Netflix",
            "podcast mic setup",
            "speaker of the house",
            "ear infection",
        ),
        (
            "audiophile",
            "audiophiles",
            "hifi",
            "hi-fi",
            "home audio",
            "high fidelity",
            "head-fi",
            "headphones",
        ),
        ("tech",),
    ),
    (
        "car audio",
        (
            "car audio build",
            "subwoofer box build",
            "two 12s in the trunk",
            "sound deadening the doors",
            "amp install",
            "spl competition",
            "sound quality competition",
            "big three wiring upgrade",
            "head unit install",
            "component speakers in the doors",
            "tuning the dsp",
            "bass test video",
            "car audio shop",
            "custom enclosure",
            "wall build in the trunk",
            "audio de coche",
            "Car-HiFi Einbau",
            "sono voiture",
            "impianto audio auto",
            "som automotivo",
        ),
        (
            "car boot sale",
            "radio in the kitchen",
            "audiobook in the car",
            "car karaoke with my kids",
            "bass fishing trip",
            "trunk show fashion",
            "car seat installation",
            "amped for the weekend",
            "sub teacher today",
            "audio description",
        ),
        ("car stereo", "car audio install", "car sound system", "caraudio", "mobile audio"),
        ("cars",),
    ),
    (
        "RVing",
        (
            "full-time rvers",
            "rv life",
            "fifth wheel camper",
            "travel trailer",
            "boondocking in the desert",
            "campground hosts",
            "class a motorhome",
            "rv renovation",
            "dumping the black tank",
            "towing the trailer",
            "airstream life",
            "snowbirding to arizona",
            "harvest hosts stays",
            "rv park review",
            "workamping season",
            "casa rodante",
            "Wohnwagen Urlaub",
            "voyage en camping-car",
            "vacanze in camper",
            "motorhome pelo Brasil",
        ),
        (
            "watched the trailer for the new movie",
            "happy camper today",
            "third wheel on date night",
            "tank top weather",
            "hitching a ride home",
            "RV research vessel in the Antarctic",
            "towed away for parking",
            "caravan of migrants",
            "trailer park boys",
            "Winnebago warrior",
        ),
        ("rv", "rvers", "rv travel", "rv camping", "travel trailers", "fifth wheels"),
        ("travel", "camping"),
    ),
    (
        "guinea pigs",
        (
            "guinea pig owner",
            "my two piggies",
            "wheeking at the fridge",
            "c&c cage setup",
            "popcorning guinea pig",
            "guinea pig rescue",
            "piggy cage clean day",
            "hay and veggies for the pigs",
            "skinny pig",
            "bonded boar pair",
            "sows and boars",
            "guinea pig boarding",
            "vitamin c for cavies",
            "cavy show",
            "cobaya",
            "Meerschweinchen",
            "cochon d'inde",
            "porcellino d'India",
            "porquinho-da-índia",
        ),
        (
            "guinea pig for the new recipe",
            "human guinea pig in a clinical trial",
            "Papua New Guinea",
            "Guinea-Bissau football",
            "pig roast at the bbq",
            "piggy bank savings",
            "pork belly",
            "Miss Piggy",
            "test subject for the beta",
            "piglet on the farm",
        ),
        ("guinea pig", "cavies", "cavy", "piggies", "guinea pig owner", "cavy keeping"),
        ("pets",),
    ),
    (
        "hamsters",
        (
            "hamster owner",
            "syrian hamster",
            "dwarf hamster",
            "hamster bin cage",
            "deep bedding for burrowing",
            "hamster enrichment",
            "scatter feeding seeds",
            "28cm wheel",
            "hamster rescue",
            "robo hamster zoomies",
            "hamster cage tour",
            "sand bath for the hamster",
            "roborovski hamster",
            "winter white dwarf",
            "hámster sirio",
            "Hamsterhaltung",
            "hamster russe",
            "criceto siriano",
            "hamster sírio",
        ),
        (
            "hamster wheel of corporate life",
            "running on the hamster wheel",
            "cheeks like a hamster stuffing food",
            "Hamster Kombat game",
            "Hamsterkauf panic buying",
            "Hamsterdance meme",
            "Richard Hammond's hamster nickname",
            "hamstring injury",
            "Hampstead Heath walk",
            "Hampton Court",
        ),
        ("hamster", "hamster owner", "syrian hamsters", "dwarf hamsters", "hamster keeping"),
        ("pets",),
    ),
    (
        "frugal living",
        (
            "frugal living tips",
            "living on a budget",
            "no spend month",
            "cash stuffing envelopes",
            "meal planning to save money",
            "debt free journey",
            "thrifty mum of three",
            "zero-based budget",
            "saving money on groceries",
            "couponing haul",
            "money saving challenge",
            "low buy year",
            "frugal meal ideas",
            "yellow sticker bargains",
            "batch cooking on a budget",
            "vivir con poco dinero",
            "sparsam leben",
            "vivre frugalement",
            "vivere con poco",
            "vida frugal",
        ),
        (
            "save the date for our wedding",
            "Saving Private Ryan rewatch",
            "spending quality time with family",
            "Thrifty car rental at the airport",
            "budget meeting at work",
            "penny loafers outfit",
            "cheap shot in the match",
            "goalkeeper saves a penalty",
            "debt of gratitude",
            "cheap thrills",
        ),
        ("frugal lifestyle", "money saving", "thrifty living", "living frugally", "no spend"),
        ("personal finance",),
    ),
    (
        "succulents",
        (
            "succulent collector",
            "cactus collection",
            "echeveria propagation",
            "leaf propagation tray",
            "repotting my haworthias",
            "gritty soil mix",
            "lithops splitting",
            "cactus in bloom",
            "succulent arrangement",
            "etiolated succulent",
            "mammillaria flowers",
            "grafted cactus",
            "cactus and succulent society show",
            "caudiform plants",
            "suculentas",
            "Sukkulenten Sammlung",
            "plantes grasses",
            "piante grasse",
            "suculentas e cactos",
        ),
        (
            "succulent roast chicken",
            "juicy burger",
            "prickly personality",
            "Cactus Jack merch",
            "Cactus League spring training",
            "aloe vera gel for sunburn",
            "desert road trip to Joshua Tree",
            "prickly pear margarita",
            "cactus print shirt",
            "succulent steak",
        ),
        ("succulent", "cacti", "cactus", "cactus collecting", "succulent collector", "cacti and succulents"),
        ("gardening",),
    ),
    (
        "carnivorous plants",
        (
            "carnivorous plant grower",
            "venus flytrap collection",
            "nepenthes highland hybrids",
            "sarracenia bog garden",
            "sundew in bloom",
            "drosera capensis",
            "pitcher plants",
            "dormancy for my flytraps",
            "distilled water only",
            "peat and perlite mix",
            "heliamphora growing",
            "butterwort leaf cuttings",
            "terrarium for nepenthes",
            "flytrap feeding",
            "plantas carnívoras",
            "fleischfressende Pflanzen",
            "plantes carnivores",
            "piante carnivore",
        ),
        (
            "carnivore diet",
            "meat lover's pizza",
            "Little Shop of Horrors musical",
            "Piranha Plant in Mario Kart",
            "pitcher on the mound",
            "venus in retrograde",
            "fruit flies in the kitchen",
            "water pitcher filter",
            "man-eating plant horror movie",
            "Venus Williams match",
        ),
        ("carnivorous plant", "venus flytraps", "pitcher plants", "nepenthes", "sarracenia", "venus flytrap"),
        ("gardening",),
    ),
    (
        "ferrets",
        (
            "ferret owner",
            "ferret mom",
            "my business of ferrets",
            "ferret rescue",
            "ferret war dance",
            "dooking ferret",
            "ferret-proofing the house",
            "ferret cage setup",
            "raw feeding my ferrets",
            "adrenal disease in ferrets",
            "ferret shelter volunteer",
            "ferret playtime",
            "ferret show",
            "sable and albino ferrets",
            "hurón doméstico",
            "Frettchen",
            "furet de compagnie",
            "furetto",
            "furão de estimação",
        ),
        (
            "ferreting out the truth",
            "ferreted through my drawers",
            "Ferrero Rocher",
            "Ferrari",
            "weasel words",
            "ferrous metals",
            "Will Ferrell movie night",
            "ferry to the island",
            "stoat in the garden",
            "rabbiting with ferrets and nets",
        ),
        ("ferret", "ferret owner", "ferret keeping", "pet ferrets"),
        ("pets",),
    ),
)

NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "taekwondo": (
        "karate kata at the dojo",
        "kickboxing cardio class at the gym",
        "k-pop dance cover group",
        "korean barbecue in koreatown",
        "hapkido self-defence seminar",
    ),
    "muay thai": (
        "boxing gym, southpaw jab work",
        "mma cage fighter, ground and pound",
        "thai massage therapist in bangkok",
        "cardio kickboxing class",
        "karate brown belt grading",
    ),
    "kung fu": (
        "tai chi in the park at dawn",
        "karate dojo sensei",
        "qigong breathing class",
        "chinese calligraphy workshop",
        "kung fu panda toy collection",
    ),
    "curling": (
        "ice hockey beer league",
        "figure skating lessons",
        "lawn bowls at the club",
        "shuffleboard bar night",
        "ice skating rink date night",
    ),
    "biathlon": (
        "alpine skiing slalom race",
        "triathlon age grouper",
        "clay pigeon shooting day",
        "modern pentathlon athlete",
        "ski jumping at planica",
    ),
    "cross-country skiing": (
        "downhill racing at kitzbühel",
        "snowboard park laps",
        "cross country running at school",
        "snowshoe hike to the hut",
        "apres-ski in val thorens",
    ),
    "water polo": (
        "polo on horseback at the club",
        "canoe polo tournament",
        "triathlon swim leg",
        "lifeguard at the leisure centre",
        "synchronized swimming routine",
    ),
    "gaelic games": (
        "rugby union, six nations",
        "premier league football fan",
        "irish dancing at the feis",
        "shinty in the highlands",
        "learning irish gaelic on duolingo",
    ),
    "australian rules football": (
        "nrl rugby league, state of origin",
        "premier league football fan",
        "rugby union, wallabies",
        "american football, nfl sundays",
        "cricket at the mcg on boxing day",
    ),
    "futsal": (
        "five-a-side on astroturf with mates",
        "beach soccer tournament",
        "fifa ultimate team grind",
        "indoor volleyball league",
        "handball club training",
    ),
    "cheerleading": (
        "dance team at the studio",
        "gymnastics floor routine",
        "majorette band performance",
        "pom dance in the school musical",
        "football fan chanting in the stands",
    ),
    "women's sports": (
        "women's health and hormones",
        "womenswear boutique",
        "men's premier league football",
        "women in tech meetup",
        "women's history month talk",
    ),
    "polo": (
        "water polo at the pool",
        "dressage test at the show",
        "horse racing at ascot",
        "polo shirt collection",
        "golf at the country club",
    ),
    "show jumping": (
        "dressage test at the show",
        "horse racing at cheltenham",
        "western riding at the ranch",
        "ski jumping world cup",
        "trampoline park party",
    ),
    "rodeo": (
        "line dancing at the honky tonk",
        "country music concert",
        "dressage test at the show",
        "cattle ranching and hay",
        "rodeo drive shopping spree",
    ),
    "parkour": (
        "skateboarding at the skatepark",
        "gymnastics at the club",
        "rock climbing at the crag",
        "american ninja warrior on tv",
        "urban exploration of abandoned buildings",
    ),
    "bmx": (
        "mountain biking in the forest",
        "motocross on the dirt bike",
        "skateboarding at the park",
        "road cycling club ride",
        "scooter kids at the skatepark",
    ),
    "ultrarunning": (
        "couch to 5k week 3",
        "marathon pb on the road",
        "thru-hiking the appalachian trail",
        "ironman triathlon",
        "ultras singing in the curva",
    ),
    "gravel cycling": (
        "road cycling club ride",
        "mountain biking downhill park",
        "e-bike commute",
        "gravel driveway landscaping",
        "cyclocross mud season",
    ),
    "sport shooting": (
        "deer hunting season",
        "gun control advocacy",
        "archery at the club",
        "airsoft skirmish",
        "paintball with the lads",
    ),
    "indycar": (
        "formula 1 race weekend",
        "nascar at daytona",
        "sim racing on iracing",
        "karting at the local track",
        "le mans 24 hours",
    ),
    "drag racing": (
        "rupaul's drag race",
        "drag queen brunch",
        "formula 1 race weekend",
        "street racing arrests",
        "car show and shine",
    ),
    "endurance racing": (
        "formula 1 race weekend",
        "ultra endurance cycling",
        "nascar at talladega",
        "endurance riding on horseback",
        "ironman triathlon",
    ),
    "drifting": (
        "formula 1 race weekend",
        "rally stage in wales",
        "car detailing business",
        "drifting off to sleep",
        "jdm car meet",
    ),
    "whitewater rafting": (
        "sea kayaking trip",
        "canoe camping",
        "stand up paddleboard on the lake",
        "cruise holiday",
        "raft of new policies",
    ),
    "spearfishing": (
        "fly fishing on the river",
        "scuba diving reef trip",
        "spear phishing awareness training",
        "deep sea fishing charter",
        "aquarium fishkeeping",
    ),
    "dragon boat racing": (
        "rowing eights on the thames",
        "sea kayaking trip",
        "canoe sprint",
        "dragon ball z fan",
        "chinese new year lion dance",
    ),
    "water sports": (
        "swimming lengths at the pool",
        "scuba diving in egypt",
        "fishing from the pier",
        "water polo match",
        "watersports fetish content",
    ),
    "adaptive sports": (
        "disability rights advocacy",
        "wheelchair accessible travel",
        "physiotherapy after surgery",
        "special education teacher",
        "olympic swimming team",
    ),
    "wheelchair basketball": (
        "nba fantasy league",
        "wheelchair accessible venues",
        "netball goal shooter",
        "wheelchair rugby",
        "streetball 3x3",
    ),
    "wheelchair rugby": (
        "six nations rugby union",
        "wheelchair accessible venues",
        "wheelchair basketball",
        "rugby league state of origin",
        "american football",
    ),
    "calisthenics": (
        "powerlifting meet",
        "yoga flow",
        "gymnastics club",
        "pilates reformer class",
        "crossfit wod",
    ),
    "hyrox": (
        "crossfit games open",
        "marathon training block",
        "spartan race",
        "spin class",
        "powerlifting meet",
    ),
    "strongman": (
        "powerlifting meet",
        "bodybuilding show prep",
        "olympic weightlifting",
        "highland games caber toss",
        "political strongman rule",
    ),
    "personal training": (
        "physiotherapist and sports injuries",
        "life coach",
        "dietitian and meal plans",
        "yoga teacher",
        "corporate trainer",
    ),
    "obstacle course racing": (
        "trail running",
        "american ninja warrior",
        "hyrox race",
        "horse racing steeplechase",
        "ocr software for documents",
    ),
    "refereeing": (
        "football coach",
        "peer reviewer for a journal",
        "job references",
        "arbitration lawyer",
        "sports journalist",
    ),
    "sports analytics": (
        "google analytics consultant",
        "fantasy football manager",
        "sports betting tipster",
        "sports journalist",
        "business intelligence analyst",
    ),
    "sports betting": (
        "poker tournament",
        "fantasy football league",
        "day trading",
        "casino slots",
        "lottery tickets",
    ),
    "backgammon": (
        "chess club",
        "poker night",
        "board game cafe",
        "mahjong with grandma",
        "dominoes at the pub",
    ),
    "scrabble": (
        "crossword puzzles",
        "wordle streak",
        "boggle with family",
        "spelling bee",
        "scrambled eggs",
    ),
    "speedrunning": (
        "parkrun pb",
        "speed reading",
        "retro gaming collection",
        "twitch streamer variety",
        "esports tournament",
    ),
    "fighting games": (
        "mma fighter",
        "boxing match",
        "first person shooter",
        "wrestling fan",
        "martial arts dojo",
    ),
    "league of legends": (
        "dota 2 player",
        "valorant ranked",
        "premier league",
        "league of gentlemen comedy",
        "counter-strike esports",
    ),
    "minecraft": (
        "roblox obby",
        "lego builder",
        "terraria playthrough",
        "fortnite battle royale",
        "crypto mining rig",
    ),
    "drum and bass": (
        "dubstep wobble drops all night",
        "techno warehouse rave in berlin",
        "jazz drummer in a piano trio",
        "bass fishing tournament on saturday",
        "uk garage 2-step classics",
    ),
    "musical theatre": (
        "opera singer at the royal opera house",
        "shakespeare in the park",
        "stand-up comedy open mic",
        "pop concert at the arena",
        "school band concert tonight",
    ),
    "brass band": (
        "symphony orchestra violinist",
        "marching band drumline at the game",
        "jazz big band swing night",
        "wedding covers band for hire",
        "military tattoo on the esplanade",
    ),
    "trumpet": (
        "trombone player in a ska band",
        "saxophonist in a jazz quartet",
        "bugle call at the cenotaph",
        "tuba in the marching band",
        "french horn section",
    ),
    "flute": (
        "recorder lessons for year 3",
        "clarinet in the wind band",
        "oboe reed making",
        "tin whistle at the session",
        "pan pipes busker in the square",
    ),
    "harp": (
        "blues harmonica player",
        "classical guitarist",
        "pianist at the hotel bar",
        "lute and early music",
        "zither in the beer hall",
    ),
    "bagpipes": (
        "scottish country dancing",
        "highland games caber toss",
        "irish fiddle session",
        "accordion in a ceilidh band",
        "whisky tasting in speyside",
    ),
    "music theory": (
        "music production in ableton",
        "guitar tabs for beginners",
        "music journalism and album reviews",
        "sound engineering course",
        "physics of sound waves",
    ),
    "flamenco": (
        "salsa night on fridays",
        "bachata social",
        "spanish classical guitar by tárrega",
        "sevilla football derby",
        "paella cooking class",
    ),
    "tango": (
        "salsa and bachata social",
        "ballroom waltz competition",
        "argentine steak asado",
        "milonga is also a folk song style in uruguay",
        "kizomba class on tuesdays",
    ),
    "ballroom dancing": (
        "salsa night downtown",
        "ballet class for adults",
        "line dancing at the country bar",
        "zumba fitness class",
        "wedding first dance lessons",
    ),
    "swing dancing": (
        "ballroom quickstep competition",
        "salsa social",
        "big band jazz concert",
        "rockabilly car show",
        "country line dancing",
    ),
    "breakdancing": (
        "hip hop dance choreography class",
        "parkour in the city",
        "skateboarding at the park",
        "rap battle",
        "gymnastics floor routine",
    ),
    "belly dancing": (
        "zumba class",
        "pole fitness studio",
        "bollywood dance workshop",
        "middle eastern cooking",
        "hula hooping",
    ),
    "contemporary dance": (
        "classical ballet company",
        "hip hop dance crew",
        "contemporary art biennale",
        "yoga teacher training",
        "physical theatre with masks",
    ),
    "tap dance": (
        "irish dancing feis",
        "clog dancing",
        "flamenco zapateado",
        "drummer and percussionist",
        "jazz dance class",
    ),
    "pole dancing": (
        "aerial silks at the circus school",
        "strip club promoter",
        "calisthenics in the park",
        "gymnastics coach",
        "pole vaulter in athletics",
    ),
    "irish dancing": (
        "scottish highland dancing",
        "tap dancing class",
        "irish music session in the pub",
        "ceilidh band for weddings",
        "gaelic football match",
    ),
    "improv": (
        "stand-up comedian with a tight five",
        "jazz improvisation on saxophone",
        "sketch comedy writer",
        "public speaking with toastmasters",
        "drama therapy group",
    ),
    "circus arts": (
        "gymnastics club",
        "magician at kids parties",
        "stunt performer in films",
        "theme park rides",
        "yoga acro class",
    ),
    "puppetry": (
        "stop motion animation",
        "children's tv presenter",
        "doll collecting",
        "magician and illusionist",
        "mask making workshop",
    ),
    "drag": (
        "cosplay at comic con",
        "makeup artist for weddings",
        "trans rights activist",
        "pantomime dame",
        "burlesque performer",
    ),
    "voice acting": (
        "singer in a band",
        "podcast host",
        "radio dj",
        "speech therapist",
        "sign language interpreter",
    ),
    "typography": (
        "calligraphy with a pointed pen",
        "web developer css",
        "copywriter",
        "printing press operator",
        "graphic design for logos",
    ),
    "portrait photography": (
        "portrait painter in oils",
        "street photography",
        "landscape photographer",
        "selfie influencer",
        "fashion model",
    ),
    "wedding photography": (
        "wedding planner",
        "wedding dj",
        "florist for weddings",
        "newborn photographer",
        "event planner",
    ),
    "glassblowing": (
        "stained glass window restoration",
        "ceramics and pottery wheel",
        "glazier fitting windows",
        "jewellery making with resin",
        "blacksmith forge",
    ),
    "concept art": (
        "fine art painting",
        "comic book artist",
        "3d animator at pixar",
        "graphic designer",
        "conceptual art installation",
    ),
    "pixel art": (
        "retro gaming collector",
        "3d modelling in blender",
        "cross-stitch patterns",
        "vector illustration",
        "nft drops",
    ),
    "stained glass": (
        "glassblowing at the furnace",
        "mosaic tiles",
        "church architecture",
        "window cleaner",
        "resin art",
    ),
    "urban sketching": (
        "street art and graffiti",
        "urban planning",
        "architecture student",
        "landscape painting",
        "comic artist",
    ),
    "fashion design": (
        "fashion blogger",
        "personal stylist",
        "sewing alterations",
        "textile engineer",
        "makeup artist",
    ),
    "short stories": (
        "novelist on book three",
        "poetry collection",
        "short film director",
        "fan fiction writer",
        "newspaper reporter",
    ),
    "literary fiction": (
        "romance novels",
        "crime thrillers",
        "fantasy series",
        "self-help books",
        "science fiction",
    ),
    "memoir": (
        "biography of churchill",
        "journaling every morning",
        "blogging",
        "history book",
        "self-help book",
    ),
    "literary translation": (
        "court interpreter",
        "language teacher",
        "localization for software",
        "subtitles for netflix",
        "linguistics phd",
    ),
    "audiobooks": ("podcast listener", "music streaming", "e-reader kindle", "radio news", "book club"),
    "sitcoms": ("stand-up comedy special", "reality tv", "crime dramas", "cartoons", "sketch comedy"),
    "cinematography": (
        "wedding photographer",
        "film critic",
        "actor",
        "photography hobbyist",
        "cinema usher",
    ),
    "video editing": (
        "photo editing in lightroom",
        "copy editor at a newspaper",
        "youtuber",
        "sound engineer",
        "film critic",
    ),
    "westerns": ("country music", "rodeo", "cowboy boots fashion", "civil war history", "horse riding"),
    "soap operas": ("reality tv", "k-dramas", "prestige tv drama", "soap making", "opera"),
    "audio drama": ("audiobooks", "true crime podcasts", "theatre", "radio news", "music podcasts"),
    "cartooning": (
        "animation studio",
        "superhero comics",
        "illustration for children's books",
        "graphic design",
        "satire columnist",
    ),
    "zines": (
        "magazine journalist",
        "blogging",
        "self-publishing novels on amazon",
        "printing business",
        "scrapbooking",
    ),
    "nanotechnology": (
        "microbiologist culturing bacteria",
        "semiconductor fab technician, wafer yields",
        "chemist making polymers for packaging",
        "3D printing miniatures at home",
        "microscope hobbyist looking at pond water",
    ),
    "acoustics": (
        "audiologist fitting hearing aids",
        "sound engineer mixing live gigs",
        "music producer, mixing and mastering",
        "acoustic singer-songwriter",
        "HVAC installer fitting ductwork",
    ),
    "optics": (
        "optometrist doing eye tests",
        "photographer reviewing camera lenses",
        "astronomer at the telescope",
        "optician fitting glasses frames",
        "fibre broadband installer",
    ),
    "volcanology": (
        "seismologist studying earthquakes",
        "geothermal energy engineer",
        "hot springs and spa weekends",
        "rock collector, agates and jaspers",
        "meteorologist tracking storms",
    ),
    "hydrology": (
        "plumber fixing leaking pipes",
        "oceanographer on a research cruise",
        "hydroponics grow tent",
        "meteorologist forecasting rain",
        "water treatment plant operator",
    ),
    "systems engineering": (
        "sysadmin patching Windows servers",
        "software developer writing Java microservices",
        "IT project manager, rollout plans",
        "network engineer configuring routers",
        "business analyst gathering requirements",
    ),
    "mechatronics": (
        "car mechanic at a garage",
        "electrician wiring new houses",
        "software developer building web apps",
        "HVAC technician servicing heat pumps",
        "CNC machinist running a lathe",
    ),
    "industrial design": (
        "graphic designer making brand logos",
        "architect designing houses",
        "mechanical engineer on the production line",
        "UX designer wireframing apps",
        "interior designer picking fabrics",
    ),
    "model rocketry": (
        "SpaceX launch fan, Starship updates",
        "fireworks display technician",
        "RC planes at the flying field",
        "drone pilot filming weddings",
        "astronomy club star party",
    ),
    "pc building": (
        "console gamer on PS5",
        "IT support fixing office laptops",
        "smartphone repair shop",
        "retro computer collector, Amiga 500",
        "mechanical keyboard enthusiast, thocky switches",
    ),
    "vtubers": (
        "Twitch streamer with a facecam",
        "cosplayer at anime conventions",
        "anime fan, seasonal simulcasts",
        "3D animator at a studio",
        "K-pop idol stan account",
    ),
    "competitive programming": (
        "web developer building Shopify stores",
        "maths olympiad coach",
        "esports player in CS2",
        "chess tournament player",
        "data scientist training models",
    ),
    "fediverse": (
        "Twitter power user",
        "Bluesky early adopter",
        "Discord server moderator",
        "Reddit moderator of a big sub",
        "newsletter writer on Substack",
    ),
    "excel": (
        "accountant doing tax returns",
        "data scientist in Python",
        "bookkeeper for small businesses",
        "database administrator, SQL Server",
        "PowerPoint deck designer",
    ),
    "ASMR": (
        "mukbang eating show",
        "guided meditation podcast",
        "sleep stories on Calm",
        "lo-fi beats to study to",
        "sound bath healer",
    ),
    "game modding": (
        "game developer in Unity",
        "Discord server moderator",
        "car tuner with a remapped ECU",
        "speedrunner hunting glitches",
        "retro console repair",
    ),
    "IT support": (
        "software developer writing Python",
        "phone screen repair shop",
        "call centre agent for a bank",
        "network engineer at an ISP",
        "cybersecurity analyst in a SOC",
    ),
    "right to repair": (
        "phone repair shop owner",
        "car mechanic at a garage",
        "upcycling old furniture",
        "zero waste lifestyle",
        "electronics hobbyist soldering kits",
    ),
    "soap making": (
        "candle maker pouring soy wax",
        "skincare influencer reviewing serums",
        "bath bomb shop owner",
        "cleaning influencer",
        "perfumer blending fragrances",
    ),
    "resin art": (
        "3D printer owner, resin minis",
        "fluid acrylic pour painter",
        "candle maker",
        "woodturner making bowls",
        "nail technician doing gel nails",
    ),
    "macramé": (
        "crochet blanket maker",
        "weaver at a floor loom",
        "sailor learning rope knots",
        "friendship bracelet maker",
        "houseplant collector",
    ),
    "wood carving": (
        "cabinet maker fitting kitchens",
        "woodturner at the lathe",
        "stone sculptor",
        "tree surgeon with a chainsaw",
        "pyrography artist",
    ),
    "needle felting": (
        "knitter with a yarn stash",
        "sheep farmer at lambing",
        "embroidery hoop art",
        "plush toy collector",
        "spinner at a spinning wheel",
    ),
    "mosaics": (
        "tiler fitting bathroom tiles",
        "stained glass artist",
        "jigsaw puzzle fan",
        "pottery painting cafe",
        "archaeologist at a roman villa",
    ),
    "polymer clay": (
        "potter throwing on the wheel",
        "jewellery maker with silver",
        "air dry clay kids craft",
        "resin charm maker",
        "miniature painter for wargames",
    ),
    "rug tufting": (
        "carpet fitter laying underlay",
        "weaver at a loom",
        "interior designer choosing rugs",
        "upholsterer recovering chairs",
        "knitter with chunky yarn",
    ),
    "lutherie": (
        "guitarist in a covers band",
        "violin teacher",
        "piano tuner",
        "cabinet maker",
        "music shop sales assistant",
    ),
    "diecast cars": (
        "scale model kit builder with airbrush",
        "classic car owner",
        "RC car racer",
        "Lego Speed Champions builder",
        "car spotter at supercar meets",
    ),
    "militaria": (
        "WW2 historian writing books",
        "army veteran",
        "airsoft player with gear",
        "battle reenactor",
        "antique dealer with silverware",
    ),
    "book collecting": (
        "book reviewer on BookTok",
        "librarian at the public library",
        "bookbinder with a press",
        "stamp collector",
        "author on a book tour",
    ),
    "everyday carry": (
        "chef sharpening kitchen knives",
        "bushcraft camp in the woods",
        "concealed carry firearms instructor",
        "fountain pen collector",
        "watch collector with a Seiko",
    ),
    "hi-fi audio": (
        "vinyl DJ spinning house",
        "music producer mixing",
        "live sound engineer",
        "car audio subwoofer build",
        "podcaster with a new mic",
    ),
    "car audio": (
        "hi-fi listening room",
        "DJ with a sound system",
        "car detailer, ceramic coating",
        "mechanic changing brakes",
        "live sound engineer",
    ),
    "RVing": (
        "van life in a converted Sprinter",
        "tent camping in the backcountry",
        "tiny house on a foundation",
        "truck driver hauling freight",
        "cruise ship vacation",
    ),
    "guinea pigs": (
        "rabbit rescue volunteer",
        "hamster owner",
        "pig farmer",
        "chinchilla breeder",
        "cat foster mum",
    ),
    "hamsters": ("guinea pig owner", "rabbit keeper", "fancy rat breeder", "gerbil tank", "budgie owner"),
    "frugal living": (
        "index fund investor chasing FIRE",
        "minimalist with a capsule wardrobe",
        "thrift store flipper reselling",
        "zero waste activist",
        "food bank volunteer",
    ),
    "succulents": (
        "houseplant mum with monsteras",
        "bonsai artist",
        "orchid grower",
        "desert landscape photographer",
        "florist arranging bouquets",
    ),
    "carnivorous plants": (
        "orchid grower",
        "succulent collector",
        "terrarium builder with moss",
        "entomologist studying flies",
        "houseplant shop owner",
    ),
    "ferrets": (
        "cat owner with two tabbies",
        "guinea pig owner",
        "wildlife photographer, stoats and weasels",
        "rat catcher",
        "otter spotting on the river",
    ),
}

NAMES_TEXT = """
taekwondo: dojang|dojangs|kyorugi|dobok|kukkiwon|choi hong hi|jade jones
taekwondo: steven lopez|hadi saei|dollyo chagi|tkd class
taekwondo: tkd tournament
taekwondo: ap chagi|yeop chagi|dwi chagi|chon-ji|gup grading|kihap|tkd kids
taekwondo: dae hoon lee|bianca walkden
thai boxing: kru muay|wai kru|ram muay|rajadamnern stadium|lumpinee stadium
thai boxing: one lumpinee|buakaw banchamek|rodtang jitmuangnon|tawanchai
thai boxing: yokkao|fairtex|twins special|teep kick|muay femur|muay khao|muay boran|ifma
thai boxing: dieselnoi|samart payakaroon|yodsanklai|nong-o gaiyanghadao|sitmonchai
kung fu: shaolin temple|ip man|yip man|chi sau|hung gar|bak mei
kung fu: sihing|biu jee|xingyiquan
kung fu: sanda|sanshou|jet li|donnie yen|nanquan|iwuf|kwoon|dit da jow
kung fu: lau gar
curling: bonspiel|bonspiels|the brier|tim hortons brier|scotties tournament of hearts
curling: hog line|ailsa craig granite|hammer end
curling: blank end
curling: takeout shot|brad gushue|kevin koe|rachel homan|niklas edin
curling: anna hasselborg|eve muirhead|bruce mouat|john shuster|kerri einarson
curling: free guard zone|pebbled ice
biathlon: ibu world cup|ibu cup|penalty loop|hochfilzen|oberhof|ruhpolding|antholz
biathlon: anterselva|kontiolahti|martin fourcade|ole einar bjørndalen
biathlon: johannes thingnes bø|tarjei bø|magdalena neuner|laura dahlmeier|dorothea wierer|lisa vittozzi
biathlon: quentin fillon maillet|lou jeanmonnot|sturla holm lægreid|sebastian samuelsson|denise herrmann
biathlon: single mixed relay
cross country skiing: vasaloppet|birkebeinerrennet|american birkebeiner
cross country skiing: marcialonga|worldloppet|holmenkollen 50 km
cross country skiing: marit bjørgen|petter northug
cross country skiing: frida karlsson|bjørn dæhlie|alexander bolshunov|klister|kick wax|fischer speedmax
cross country skiing: madshus|swix|rex wax|rollerski|rollerskis|double poling|diagonal stride
cross country skiing: loipe|loipen
water polo: pallanuoto|wasserball|pro recco|settebello
water polo: hole set|kickout|exclusion foul|5-meter penalty|tony azevedo
water polo: maggie steffens|ratko rudić|filip filipović|jadran split|len euroleague
water polo: hole defender|waterpolo team|len champions league
water polo: waterpolo club|pallanotista
gaelic games: sliotar|sam maguire cup
gaelic games: munster final|the sunday game
gaelic games: intercounty|inter-county|county panel|senior hurling|minor hurling|hurlers
gaelic games: lgfa|cúl camp|cul camps|semple stadium|páirc uí chaoimh
gaelic games: henry shefflin|dj carey|brian cody|colm cooper|peter canavan|joe canning|tj reid|jim gavin
gaelic games: all-star hurler|gaa pitch|kerry gaa
australian rules: brownlow medal|brownlow|norm smith medal|coleman medal
australian rules: marvel stadium|wafl|ruck rover|screamer mark
australian rules: footy tipping|afl fantasy|supercoach|collingwood magpies|carlton blues|essendon bombers
australian rules: richmond tigers|hawthorn hawks|geelong cats|sydney swans|west coast eagles|brisbane lions
australian rules: port adelaide|fremantle dockers|gws giants|gold coast suns|st kilda saints
australian rules: western bulldogs|melbourne demons|adelaide crows|gary ablett|buddy franklin
australian rules: dustin martin|nat fyfe|patrick dangerfield|lance franklin|marcus bontempelli
indoor football futsal: calcio a cinque
indoor football futsal: fly goalkeeper
indoor football futsal: lnfs|ricardinho
indoor football futsal: inter movistar
cheerleading: nca nationals
cheerleading: uca nationals|cheersport|stingray allstars
cheerleading: flyer and base|backspot|back spot|basket toss|scorpion stunt|heel stretch
cheerleading: liberty stunt|toe touch jump|full out|hit zero
cheerleading: dallas cowboys cheerleaders|iasf
cheerleading: usasf
women's sports: wnbl|matildas|barclays wsl
women's sports: women's euros|the hundred women
women's sports: sabrina ionescu
women's sports: chloe kelly|sophie devine
women's sports: this girl can
women's sports: wbbl
women's sports: women's big bash
women's sports: her game too
polo: chukka|chukkas|chukker|chukkers|stick and ball|hurlingham
polo: cowdray park|palermo open
polo: adolfo cambiaso|facundo pieres|nacho figueras|la dolfina
polo: goal handicap
polo: divot stomp
show jumping: oxer|oxers
show jumping: longines global champions tour
show jumping: horse of the year show
show jumping: kentucky three-day event
show jumping: eventers|marcus ehning|steve guerdat|ludger beerbaum
show jumping: peder fredricson
show jumping: course walk|triple bar
show jumping: showjumpers|puissance|longines fei
show jumping: 1.30m class|1.10m class|pony club showjumping
show jumping: horse trials results
rodeo: wrangler nfr
rodeo: pendleton round-up|festa do peão
rodeo: barretos|bronc rider|saddle bronc
rodeo: bareback riding|tie-down roping|goat tying
rodeo: buckle bunny|j.b. mauney|tuff hedeman|lane frost
rodeo: trevor brazile|stetson wright
parkour: freerunners|cat leap
parkour: wall run|lazy vault|dash vault|speed vault|palm spin
parkour: yamakasi|david belle|sébastien foucan|apex movement
parkour: tempest freerunning
parkour: l'art du déplacement|pk athlete
bmx: gate start
bmx: tailwhip|barspin|x-up|manual to grind|fise|nitro world games
bmx: mat hoffman|dave mirra|ryan nyquist|logan martin|kieran reilly|bethany shriever|kye whyte|mariana pajón
bmx: connor fields|sebastian keep|kink bikes|cult crew|wethepeople|subrosa bikes|haro bikes
bmx: se bikes
ultra running: hardrock 100|badwater 135
ultra running: leadville 100
ultra running: transgrancanaria|diagonale des fous|grand raid réunion
ultra running: cocodona 250|javelina jundred|jim walmsley|scott jurek
ultra running: dean karnazes|francois d'haene|camille herron
ultra running: dnf at mile|crew and pacer
ultra running: itra points|itra|utmb index|salomon adv skin|buckle finisher
gravel cycling: the traka
gravel cycling: belgian waffle ride|sbt grvl
gravel cycling: lifetime grand prix|canyon grizl|specialized diverge|cannondale topstone|trek checkpoint
gravel cycling: cervélo áspero|3t exploro|open u.p.|sram xplr|shimano grx
shooting sport: clay pigeon|clay pigeons|olympic trap|double trap
shooting sport: ipsc|uspsa|idpa|precision rifle series|f-class|benchrest|smallbore|fullbore
shooting sport: issf
shooting sport: 50m rifle prone|bisley|camp perry|nra bisley|steel challenge
shooting sport: range officer|clay ground|beretta 692|perazzi|krieghoff
shooting sport: browning 725|skeet and trap
indycar: the brickyard|borg-warner trophy|bump day
indycar: road america
indycar: andretti autosport|arrow mclaren|rahal letterman lanigan
indycar: alex palou|josef newgarden|scott dixon|pato o'ward|helio castroneves|mario andretti
indycar: a.j. foyt|al unser|dario franchitti|tony kanaan|marcus ericsson|colton herta|scott mclaughlin
drag racing: eighth mile
drag racing: 60 foot time|test and tune
drag racing: wheelie bars|nitromethane
drag racing: funny car chaos|street outlaws|john force|brittany force|tony schumacher
drag racing: don garlits|big daddy don garlits|shirley muldowney|steve torrence|santa pod|santa pod raceway
drag racing: pomona winternationals|us nationals indy|gatornationals
endurance racing: 24h le mans|fia wec
endurance racing: rolex 24|12 hours of sebring|spa 24h
endurance racing: nurburgring 24|bathurst 12 hour|petit le mans|lmdh|lmp3
endurance racing: gtd pro|gt world challenge|european le mans series
endurance racing: asian le mans|porsche 963|ferrari 499p|cadillac v-series.r
endurance racing: tom kristensen|jacky ickx|sébastien buemi|kamui kobayashi|circuit de la sarthe
endurance racing: mulsanne straight|tertre rouge|porsche curves|driver stint|night stint
drifting: formula d|fd pro|d1gp
drifting: tandem battle
drifting: wisefab|hydro handbrake|hydraulic handbrake
drifting: keiichi tsuchiya|vaughn gittin jr|chris forsberg|james deane
drifting: ryan tuerck|fredric aasbø|piotr więcek|daigo saito
rafting: swift water rescue
rafting: colorado river trip|lees ferry
rafting: futaleufú|gauley river|ocoee river|kennebec river
rafting: multiday river trip|throw bag|wrap pin|eddy out
spearfishing: hawaiian sling
spearfishing: rob allen speargun
spearfishing: breath hold hunting
spearfishing: grouper hunting|wahoo hunting
spearfishing: rail gun speargun
spearfishing: shot a grouper
dragon boat racing: idbf
dragon boat racing: breast cancer paddlers|pink paddlers
dragon boat racing: duanwu festival|tuen ng festival
dragon boat racing: usdba|edbf
water sports: wakeboarder|wakeboard|wakesurfing
water sports: jetski|jet skis|seadoo|sea-doo|tubing on the lake|flyboard
water sports: efoil|e-foil|wing foiling|hydrofoil board|cable park|wake park|barefoot skiing
water sports: wake boat|malibu boats
adaptive sports: paralympians|para athletes
adaptive sports: invictus games|special olympics|deaflympics|goalball
adaptive sports: boccia|sitting volleyball|para ice hockey|para cycling|handbike|handcycle
adaptive sports: sit ski|monoski|mono-ski
adaptive sports: running blade|wheelchair racing|wheelchair racer|para swimming|para athletics
adaptive sports: para rowing|para canoe|para triathlon|wheelchair tennis
adaptive sports: tanni grey-thompson|tatyana mcfadden|jonnie peacock|ellie simmonds|marcel hug|dylan alcott
adaptive sports: parasports|paratriathlon|paracycling
wheelchair basketball: rbbl
wheelchair basketball: steve serio|gregor gormley|terry bywater|mariska beijer
wheelchair basketball: 1.0 point player|4.5 point player
wheelchair basketball: nwba nationals
wheelchair rugby: iwrf
wheelchair rugby: 3.5 point player
wheelchair rugby: ryley batt|aaron phipps|mark zupan
bodyweight exercise calisthenics: planche|full planche|straddle planche
bodyweight exercise calisthenics: tuck planche
bodyweight exercise calisthenics: l-sit|dragon flag|archer pull-up
bodyweight exercise calisthenics: one arm pull-up
bodyweight exercise calisthenics: swww|barstarzz|thenx|chris heria
bodyweight exercise calisthenics: hannibal for king|frank medrano
hybrid fitness race: hyrox relay|hyrox pro|hyrox open
hybrid fitness race: hyrox berlin
hybrid fitness race: hyrox training club|hyrox sim|hyrox simulation|sled push|sled pull
hybrid fitness race: hunter mcintyre|alexander rončević|lauren weeks|megan jacoby
hybrid fitness race: tim wenisch|hyroxtraining|hyroxlondon|hyrox season
hybrid fitness race: hyrox elite 15|hyrox mixed doubles|hyrox division
strongman: worlds strongest man
strongman: giants live
strongman: atlas stone
strongman: axle press|car deadlift|dinnie stones
strongman: circus dumbbell|conan's wheel|hafþór júlíus björnsson
strongman: mitchell hooper|tom stoltman|luke stoltman|zydrunas savickas|mariusz pudzianowski
strongman: magnús ver magnússon|bill kazmaier|rebecca roberts strongwoman|andrea thompson strongwoman
personal trainer: pt sessions|pt business
personal trainer: acsm certified|nsca
personal trainer: ukactive
personal trainer: cimspa
personal trainer: client transformation|body transformation
personal trainer: macro coaching|gym floor|pt studio
personal trainer: online pt|pt package|pt session
personal trainer: pt qualification
obstacle course racing: spartan races
obstacle course racing: spartan sprint|spartan super|spartan ultra
obstacle course racing: rugged maniac|savage race|nuclear races
obstacle course racing: ocrwc
obstacle course racing: ninja warrior|multi-rig|multirig|monkey bars
obstacle course racing: rope climb|bucket carry|atlas carry|herc hoist
obstacle course racing: ryan atkins|jon albon|lindsay webster|nicole mericle|joe de sena
obstacle course racing: mudder|tough mudders|spartan race finisher|spartan race season
referee: laws of the game|pgmol
referee: howard webb|pierluigi collina|mark clattenburg
referee: nigel owens|wayne barnes|yellow and red cards
referee: vanishing spray
sports analytics: expected assists|ppda|progressive passes|packing rate
sports analytics: sabermetric|babip|exit velocity
sports analytics: launch angle|win probability|epa per play|dvoa|pff grades
sports analytics: opta|statsbomb|wyscout|second spectrum|catapult gps
sports analytics: hudl|sportscode
sports analytics: cleaning the glass|basketball reference|fbref|sloan conference
sports analytics: daryl morey
sports betting: tipsters
sports betting: moneyline|point spread|player props
sports betting: units up|asian handicap
sports betting: betfair|skybet
sports betting: betmgm|caesars sportsbook|oddschecker
sports betting: bet builder|betbuilder
backgammon: gammons
backgammon: hitting a blot
backgammon: gnubg|extreme gammon
backgammon: monte carlo backgammon|crawford rule
backgammon: jacoby rule
backgammon: takhteh|falafel natanzon|mochy mochizuki
backgammon: paul magriel|bill robertie
scrabble: csw21|twl06|nwl2023|wespa|absp
scrabble: double letter score|two-letter words|rack leave
scrabble: zyzzyva|quackle|woogles|woogles.io
scrabble: nigel richards|david eldar|mack meller|joel wapnick|anagramming|anagram practice
speedrunning: glitchless
speedrunning: awesome games done quick|summer games done quick
speedrunning: livesplit|frame perfect
speedrunning: wr run|reset grind|backwards long jump
speedrunning: wrong warp|oob clip
speedrunning: summoning salt|cheese05|niftski|karl jobst
speedrunning: ocarina of time any%
fighting game: capcom pro tour|combo breaker|ceo gaming|frosty faustings
fighting game: guilty gear
fighting game: ggst|granblue fantasy versus
fighting game: smash ultimate|ssbu|ssbm|blazblue|soulcalibur
fighting game: dbfz|leverless
fighting game: justin wong|sonicfox
fighting game: weekly locals|frame trap
league of legends: summoners rift|aram main
league of legends: jungler|top laner|bot lane
league of legends: chovy|keria|gumayusi
league of legends: teamfight tactics|wild rift|yasuo|teemo|ahri
league of legends: baron nashor|rift herald|league client|lp gains
league of legends: elo hell|op.gg|u.gg|mobalytics
minecraft: redstone
minecraft: enderman|the nether|the end city|netherite|diamond pickaxe
minecraft: forge modpack|fabric mod|optifine|shaders pack|hypixel skyblock
minecraft: 2b2t|mumbo jumbo|grian|captainsparklez
minecraft: stampylongnose|mojang
minecraft: villager trading
drum and bass: hospital records|ram records|metalheadz|netsky|london elektricity|camo & krooked|dj hype
drum and bass: shy fx|fabio & grooverider|liquicity|liquid funk|junglist|junglists
drum and bass: amen break|dj marky|spectrasoul|174bpm|dnb dj|dnb set|dnb rave
drum and bass: ed rush & optical|dillinja|critical music|let it roll festival|rampage open air|dnb allstars
musical theatre: showtune|triple threat
musical theatre: jersey boys
brass band: cory band|black dyke band|black dyke mills|brighouse and rastrick|grimethorpe colliery band
brass band: whit friday|euphonium
brass band: euphoniums|tenor horn|soprano cornet|4barsrest
brass band: championship section
brass band: first section band|wingates band|tredegar band
brass band: bandroom
trumpet: clifford brown|alison balsom|arturo sandoval|maynard ferguson|herb alpert|tine thing helseth
trumpet: hakan hardenberger|flugelhornist|embouchure
trumpet: yamaha xeno|lip slurs|valve oil|clarke studies
trumpet: arban method|arban's|harmon mute|schilke
flute: flautists|flutists|james galway|emmanuel pahud|jean-pierre rampal|sharon bezaly
flute: greg pattillo|muramatsu
flute: headjoint|embouchure hole|taffanel and gaubert|moyse de la sonorité
flute: syrinx debussy|bansuri|hariprasad chaurasia
flute: traverso
harp: lyon & healy|lyon and healy
harp: catrin finch|joanna newsom
harp: marcel grandjany|carlos salzedo|dusty strings
harp: arpa llanera|isabelle moretti
harp: xavier de maistre|marie-pierre langlamet
bagpipes: uilleann piper
bagpipes: chanter reed|field marshal montgomery pipe band|shotts and dykehead
bagpipes: simon fraser university pipe band|piping live|national piping centre
bagpipes: rspba|tenor drummer
bagpipes: piobaireachd society
music theory: figured bass|roman numeral analysis|schenkerian
music theory: neo-riemannian|tritone substitution|modal interchange
music theory: borrowed chords|cadential 6/4|neapolitan sixth|augmented sixth chord|fux gradus ad parnassum
music theory: species counterpoint|bach chorales|pitch class set
music theory: aural skills|solfege|movable do
music theory: 12tone|adam neely|chord progressions
flamenco: cantaor|cantaora|tocaor|soleares|seguiriyas
flamenco: fandangos de huelva|zapateado|tablao
flamenco: paco de lucía|camarón de la isla|sara baras|joaquín cortés
flamenco: vicente amigo|tomatito|estrella morente|enrique morente|israel galván|rocío molina
flamenco: festival de jerez|bata de cola
flamenco: mantón de manila
tango: milongas|tangueras|tangueros
tango: astor piazzolla|piazzolla|carlos gardel|juan d'arienzo|osvaldo pugliese|aníbal troilo|carlos di sarli
tango: francisco canaro|gotan project|la cumparsita|tandas and cortinas|cabeceo|boleos|sacadas
tango: milonguera|comme il faut shoes
ballroom dancing: quickstep
ballroom dancing: latin dress|american smooth
ballroom dancing: tanzturnier
swing dancing: lindy hoppers|lindyhop|frankie manning|norma miller
swing dancing: whitey's lindy hoppers|herräng|ilhc
swing dancing: jack and jill competition|savoy ballroom|shim sham
swing dancing: lindy exchange|lindy focus
breakdancing: b-boys|b-girls|bc one|freestyle session|outbreak europe
breakdancing: headspin|headspins|windmill breakdance|airflare|airflares|toprock|downrock
breakdancing: six step|baby freeze|powermoves|rock steady crew|bboy crew
breakdancing: bboy battle|bboy lilou|bgirl ami|victor montalvo|bboy victor|phil wizard
breakdancing: bgirl raygun
belly dancing: raks sharki
belly dancing: american tribal style|fcbd|hafla|zills|finger cymbals
belly dancing: baladi|saidi|tahtib|coin belt|bedlah|isis wings
belly dancing: samia gamal|tahia carioca|fifi abdo|dina talaat|randa kamel|rachel brice
contemporary dance: trisha brown|gaga technique|ailey
contemporary dance: limón technique|horton technique|the place london|tanztheater wuppertal
contemporary dance: floorwork|anne teresa de keersmaeker|rosas danst rosas
contemporary dance: sasha waltz|jiří kylián
tap dance: cramp roll
tap dance: flap heel|hoofers|gregory hines|savion glover
tap dance: nicholas brothers|michelle dorrance|jason samuels smith|chloe arnold
tap dance: buck and wing|soft shoe shuffle
pole dancing: xpole|pleaser heels
pole dancing: ipsf
pole dancing: flatline scorpio
pole dancing: jade split
irish dancing: clrg|an coimisiún le rincí gaelacha
irish dancing: michael flatley|jean butler|slip jig|hardshoe
irish dancing: solo dress
improv: the second city|groundlings
improv: io chicago|comedysportz|keith johnstone|del close|truth in comedy
improv: whose line is it anyway
improv: the nursery theatre|the maydays
circus arts: aerialists|trapeze artist|cirque du soleil
circus arts: german wheel|contortion|unicyclist
circus arts: devil sticks|diabolo|poi spinning|fire breathing|stilt walker
circus arts: école nationale de cirque|cirque éloize|les 7 doigts
circus arts: nofit state|acrobalance|teeterboard|russian bar
puppetry: marionette|marionettist|wayang kulit
puppetry: jim henson|henson company
puppetry: frank oz|punch and judy|punch & judy|ventriloquism
puppetry: little angel theatre|unima
puppetry: burattini
drag: sashay away
drag: bianca del rio|trixie mattel
drag: katya zamolodchikova|sasha velour|jinkx monsoon|shangela|alaska thunderfuck
drag: the vivienne|bimini bon boulash|werq the world|house of xtravaganza
voice acting: vo talent
voice acting: voice123|english dub
voice acting: seiyū|looping session|troy baker|nolan north
voice acting: jennifer hale|mel blanc|tara strong|steve blum|cristina vee|dee bradley baker|frank welker
typography: tracking and leading|type designers|opentype|glyphs app
typography: fontlab|robofont|futura|garamond|gill sans|adrian frutiger|erik spiekermann|matthew carter
typography: jan tschichold|eric gill|letterpress|latex typesetting
typography: typecon|atypi|sans serif|serif font|monospace font
typography: fontshop
portrait photography: maternity shoot
portrait photography: rembrandt lighting|butterfly lighting|clamshell lighting
portrait photography: beauty dish|octabox|softbox|catchlights|richard avedon
portrait photography: peter hurley|yousuf karsh|irving penn|martin schoeller
wedding photography: engagement session
wedding photography: first look photos|confetti shot
wedding photography: rangefinder magazine|wppi
glassblowing: hotshop|glory hole furnace|marver|marvering
glassblowing: jacks and paddles|punty|pontil|lampwork|lampworker
glassblowing: flameworker|dale chihuly|chihuly|lino tagliapietra
glassblowing: pilchuck
concept art: speed painting
concept art: feng zhu|fzd school|syd mead|ralph mcquarrie|craig mullins|iain mccaig|jama jurabaev|ian mcque
concept art: sparth|thumbnailing|silhouette thumbnails|character turnaround
concept art: turnaround sheet|callout sheet|kitbash 3d|cg spectrum|brainstorm school
pixel art: pyxel edit|pixaki|lospec|spritesheet
pixel art: 8-bit sprite|tilesets|palette swap
pixel art: dotpict
pixel art: slynyrd|pedro medeiros|hyper light drifter art|pico8|gameboy palette
pixel art: nes palette
stained glass: leadlights|copper foiling|louis comfort tiffany|tiffany studios
stained glass: suncatchers|grozing
stained glass: vitreous paint|marc chagall windows
stained glass: chartres windows|john piper windows|vitrales
stained glass: vetrata|vetrate|came and solder
urban sketching: usk symposium|sketchcrawl
urban sketching: gabriel campanario|liz steel
urban sketching: marc taro holmes|sketcher's kit
urban sketching: usk chapter|usk madrid
urban sketching: reportage illustration
urban sketching: sketchwalker|oneweek100people|100 people in one week
fashion design: patternmaking|draping|tech packs
fashion design: graduate collection|ss27 collection|aw26 collection|fit nyc|istituto marangoni
fashion design: esmod|la cambre mode|lvmh prize
fashion design: couturier
short stories: micro fiction
short stories: o. henry prize|pushcart prize|bridport prize
short stories: granta|the new yorker fiction|smokelong
short stories: smokelong quarterly|raymond carver|alice munro|flannery o'connor|lorrie moore|george saunders
short stories: kurzgeschichte|cuentos cortos
literary fiction: booker longlist|booker shortlist
literary fiction: prix goncourt|ian mcewan|jonathan franzen|colm tóibín|ali smith|rachel cusk
literary fiction: karl ove knausgaard|maggie o'farrell|hanya yanagihara|jhumpa lahiri|han kang
literary fiction: olga tokarczuk|annie ernaux|claire keegan|anne tyler|marilynne robinson
memoir: autobiographies|educated tara westover|tara westover
memoir: just kids patti smith|the glass castle|jeannette walls|becoming michelle obama|mary karr
memoir: the liars' club|joan didion|the year of magical thinking|h is for hawk|helen macdonald
memoir: wild cheryl strayed|cheryl strayed|frank mccourt|angela's ashes|spare prince harry|crying in h mart
memoir: michelle zauner|i'm glad my mom died
literary translation: international booker prize
literary translation: jennifer croft|ann goldstein|edith grossman
literary translation: gregory rabassa|richard pevear|larissa volokhonsky|anthea bell|lydia davis translation
literary translation: margaret jull costa|daniel hahn|polly barton|archipelago books
literary translation: witmonth
audiobooks: libro.fm|librivox
audiobooks: full cast recording|whispersync|storytel
audiobooks: nextory
audiobooks: ray porter|jim dale|stephen fry harry potter|andy serkis narration
audiobooks: rosamund pike narration|scott brick|julia whelan|audie awards
sitcoms: multi-cam|single-camera comedy
sitcoms: how i met your mother|the big bang theory|fawlty towers|only fools and horses
sitcoms: father ted|the it crowd|peep show|gavin & stacey|modern family|it's always sunny in philadelphia
sitcoms: abbott elementary|what we do in the shadows|the fresh prince of bel-air|black books|blackadder
sitcoms: mr bean|ghosts bbc
cinematography: 2nd ac
cinematography: steadicam|steadicam operator|key grip|dolly grip|arri alexa|alexa mini|red komodo
cinematography: sony venice|anamorphic|cooke lenses|kodak vision3|super 16
cinematography: color grading|hoyte van hoytema|greig fraser|vittorio storaro|christopher doyle
cinematography: janusz kamiński|bradford young|rachel morrison
cinematography: camerimage
video editing: fcpx
video editing: lumafusion|vegas pro|j-cut|l-cut|match cut|jump cut|broll
video editing: proxy workflow|thelma schoonmaker|ace eddie awards
video editing: picture lock
westerns: john wayne|clint eastwood western
westerns: once upon a time in the west|a fistful of dollars|for a few dollars more|the searchers
westerns: stagecoach 1939|rio bravo|the magnificent seven|butch cassidy|the wild bunch|sam peckinpah
westerns: zane grey|larry mcmurtry|blood meridian|gunsmoke
westerns: lee van cleef|randolph scott|budd boetticher
soap operas: the bold and the beautiful
soap operas: brookside|fair city|shortland street|gute zeiten schlechte zeiten|gzsz|lindenstraße
soap operas: plus belle la vie|un posto al sole|rede globo novela|betty la fea|yo soy betty la fea
soap operas: la usurpadora|daytime emmys
audio drama: big finish productions
audio drama: limetown|homecoming podcast
audio drama: the bright sessions|old gods of appalachia|the hitchhiker's guide radio
audio drama: saturday play
audio drama: orson welles war of the worlds|the mercury theatre|die drei ???|tkkg
cartooning: sunday strip
cartooning: new yorker cartoonist|charles schulz|bill watterson|gary larson|jim davis garfield|doonesbury
cartooning: garry trudeau|quino|mafalda|hergé|goscinny|uderzo|sempé|plantu|caricaturists
cartooning: national cartoonists society|reuben award|herblock|martin rowson
cartooning: pulitzer editorial cartooning
zines: perzines
zines: risoprint
zines: collage zine|minicomic|minicomics
zines: sniffin' glue|bikini kill zine|barnard zine library|la zine fest|sticky institute
zines: alternative press fair|comic arts brooklyn
musical theatre: mt major|belting technique|legit soprano|mix belt|16 bar cut
musical theatre: sixteen bar cut|arts educational schools
musical theatre: bway|stage door dodgers
musical theatre: obc recording|west end wilma|whatsonstage awards|sondheim fan
musical theatre: be more chill|come from away
contemporary dance: company wayne mcgregor|akram khan company|hofesh shechter company
contemporary dance: trinity laban|p.a.r.t.s.|parts brussels
contemporary dance: ailey school|gaga class|contact jam|choreographic residency
fashion design: pattern cutter|patterncutter|flat pattern|clo 3d|clo3d
short stories: flash fiction magazine|flash fiction writer
short stories: caine prize|bridport|flash nano
short stories: kurzgeschichtensammlung
swing dancing: lindy hop class|lindy hop festival
swing dancing: aerials lindy|jitterbug|jitterbugging
nanotechnology: fullerenes
nanotechnology: atomic force microscope|scanning tunneling microscope
nanotechnology: atomic layer deposition|molecular beam epitaxy|self-assembled monolayer|dna origami|plasmonics
nanotechnology: mxenes
nanotechnology: 2d materials|hexagonal boron nitride
nanotechnology: molybdenum disulfide|buckyballs
acoustics: reverberation time|rt60|sound transmission class|stc rating|anechoic chamber|reverberation chamber
acoustics: sabine equation|psychoacoustics|impulse response measurement|room modes|a-weighted
acoustics: sound level meter|noise rating curves
acoustics: cadnaa|sound insulation test|flanking transmission|helmholtz resonator
acoustics: aeroacoustics|vibroacoustics|noise mapping
optics photonics: zemax|lumerical
optics photonics: interferometer
optics photonics: michelson interferometer|fabry-perot|ti:sapphire
optics photonics: metasurfaces|diffraction grating
optics photonics: beam splitter|thorlabs|fiber bragg grating
volcanology: pyroclastic flow|lahar|tephra|fumarole|caldera collapse|stratovolcano|kilauea
volcanology: eyjafjallajökull|fagradalsfjall|krakatoa|pinatubo|mount st. helens
volcanology: strombolian|tungurahua|popocatépetl|hunga tonga
volcanology: campi flegrei|cumbre vieja
hydrology: hec-ras|hec-hms|modflow|watershed management|streamflow|baseflow|evapotranspiration
hydrology: groundwater recharge|aquifer|unsaturated zone|flood frequency analysis
hydrology: river gauging|usgs streamgage|iahs|pluviometer|lysimeter
hydrology: runoff coefficient|snow water equivalent|rainfall-runoff
hydrology: streamgage|stream gauge|water balance model
hydrology: flow duration curve
systems engineering: sysml|incose|capella mbse|ibm doors|doors next|conops
systems engineering: interface control document|v-model|iso 15288|trade study
systems engineering: csep certification|arcadia method
systems engineering: magicdraw|preliminary design review
systems engineering: sysml v2
systems engineering: polarion requirements|jama connect
systems engineering: incose certification|csep|asep certification|n2 diagram
systems engineering: mil-std-499
mechatronics automation: mechatroniker|tia portal|siemens s7|studio 5000|codesys|servo drive|stepper driver
mechatronics automation: pid controller|motion control|encoder feedback|ethercat|profinet|scada hmi
mechatronics automation: festo didactic|beckhoff twincat|labview|abb robotstudio|pneumatic actuators
mechatronics automation: s7-1200|s7-1500|rslogix|plc ladder|servo tuning|hmi design
mechatronics automation: omron plc|mitsubishi plc|pneumatics training
industrial design: keyshot|autodesk alias|core77|red dot design award
industrial design: foam modelling|marc newson|naoto fukasawa|konstantin grcic|philippe starck
industrial design: raymond loewy|charles and ray eames|marker rendering
industrial design: product rendering
industrial design: hartmut esslinger|frog design|braun design
industrial design: eames lounge chair|id sketching
model rocketry: estes alpha iii|aerotech motors|cesaroni motors|tripoli rocketry association
model rocketry: national association of rocketry|nar level 1|tripoli level 2|openrocket|rocksim|dual deploy
model rocketry: ejection charge|launch rail|launch lug|apogee components|altimeter bay|black powder motor
model rocketry: hpr launch|l2 cert|spaceport america cup|estes a8-3
model rocketry: estes c6-5|rocketry forum|hpr flight
model rocketry: level 3 certification rocketry|launch controller igniter
model rocketry: jolly logic chute release|featherweight altimeter
building gaming pcs: pcpartpicker|rtx 4070|rx 7900 xtx|ryzen 7 7800x3d|ryzen 9|lga 1700|noctua
building gaming pcs: corsair icue|lian li|nzxt|fractal design|custom loop|aio cooler|ddr5
building gaming pcs: psu tier list|thermal paste|cinebench|3dmark|hwinfo|msi afterburner
building gaming pcs: r/buildapc
speedrunning: tas run
speedrunning: rng manipulation|sm64 120 star|sm64 16 star
speedrunning: celeste any%|minecraft rsg|pb splits|sum of best
speedrunning: world record pace|wr pace|any% glitchless|load remover|run verification
speedrunning: splits file|real time attack|wr progression
speedrunning: sm64 70 star|glitch hunting
vtuber: live2d cubism|vroid studio|holostars|gawr gura|houshou marine|usada pekora|kizuna ai|mori calliope
vtuber: ninomae ina'nis|shylily|oshi mark|cover corp
vtuber: holoen|holoid|niji en|shirakami fubuki|inugami korone|hoshimachi suisei
vtuber: kirinuki|ceres fauna|watson amelia|takanashi kiara
pixel art: pixilart|lospec palette
pixel art: 8-bit sprites|16-bit sprites|endesga
pixel art: dithering pattern|aseprite animation
competitive programming: atcoder|codechef|kattis|usaco|meta hacker cup|legendary grandmaster
competitive programming: segment tree|fenwick tree|binary lifting|dp on trees|gennady korotkevich
competitive programming: cses problem set|cp-algorithms|errichto|upsolving
competitive programming: codeforces round|div. 2 round|expert on codeforces|icpc regionals
competitive programming: ioi medal|olympiad in informatics|international olympiad in informatics
competitive programming: atcoder beginner contest|leetcode contest|leetcode weekly contest|kotlin heroes
competitive programming: usaco gold|usaco platinum|upsolve
fediverse mastodon: hachyderm|kbin|mbin|pixelfed|peertube|misskey
fediverse mastodon: pleroma|akkoma|friendica|gotosocial|writefreely|funkwhale|defederation|defederate
fediverse mastodon: defederated|eugen rochko
fediverse mastodon: fediverse instance|activitypub protocol|lemmy instance
fediverse mastodon: kbin instance|calckey|firefish|iceshrimp|bookwyrm|mobilizon|pixelfed instance|glitch-soc
excel spreadsheets: vlookup|index match|pivot table|power query|power pivot
excel spreadsheets: conditional formatting|sumifs|countifs
excel spreadsheets: financial modelling world cup
excel spreadsheets: goal seek|data validation dropdown|leila gharani
excel spreadsheets: office scripts|sumproduct|textjoin|iferror
asmr videos: asmrtists|binaural microphone|3dio|ear cleaning roleplay|tapping triggers|gibi asmr
asmr videos: asmr darling|asmr glow|gentlewhispering|asmr zeitgeist|asmr mic
asmr videos: slime asmr|frivolous fox asmr
asmr videos: tingle immunity|asmr sleep|asmr whisper|whisper asmr|tapping asmr
asmr videos: asmr tapping|asmr unboxing|asmr haircut|personal attention asmr|asmr ear to ear
asmr videos: ear to ear whispering|binaural asmr|asmr community
minecraft: curseforge
minecraft: mineplex|skyblock|villager trading hall|iron farm|mob farm
minecraft: spigot server|papermc|fabric mod loader
minecraft: wither boss|end portal
minecraft: bedwars
game modding: nexus mods|nexusmods|steam workshop|bethesda creation kit|skse|f4se
game modding: vortex mod manager|sourcemod|fivem
game modding: minecraft forge|bepinex|harmony patching|enb preset|reshade
game modding: wabbajack|xedit
computer support helpdesk: servicenow|jira service management|microsoft intune
computer support helpdesk: comptia a+|comptia network+|itil|itil foundation
computer support helpdesk: teamviewer|anydesk|freshservice
computer support helpdesk: password reset tickets|pebkac|id10t error|r/talesfromtechsupport|r/sysadmin
computer support helpdesk: it helpdesk
computer support helpdesk: helpdesk technician
computer support helpdesk: user provisioning
right to repair: restart project|kyle wiens|parts pairing|planned obsolescence
right to repair: fixit clinic
right to repair: the restart project|fixfest|ifixit guide|fairphone
right to repair: ecodesign regulation
stained glass: tiffany method|running pliers|grozing pliers
stained glass: kokomo opalescent
stained glass: rose window|leaded light
stained glass: tiffany style lamp|copper foil method|came lead
glassblowing: glass gather|murrine|murrini|latticino|reticello|cane pulling
glassblowing: blown away netflix|glass hot shop
glassblowing: lampworked beads
glassblowing: boro lampwork
glassblowing: flamework
soap making: cold process|melt and pour|lye solution|sodium hydroxide lye
soap making: superfat|in the pot swirl
resin art: alcohol ink|artresin
resin art: heat gun bubbles|tumbler epoxy
macrame: single strand cord|spiral knot|gathering knot|berry knot
macrame: pepperknot|fringe combing
macrame: cotton macrame cord|fiber art wall hanging
wood carving: morakniv 120|spoon knife|pfeil gouges|kolrosing
wood carving: spoonfest|barn the spoon|ben orford
wood carving: spoon carvers
needle felting wool: nuno felting
needle felting wool: clover felting tool
needle felting wool: felted animals
needle felting wool: felted fox
needle felting wool: wet felted|nuno felt
mosaic art: tesserae|smalti|andamento|micromosaic|opus tessellatum
mosaic art: opus vermiculatum
mosaic art: smalti glass
polymer clay: premo sculpey|cernit|kato polyclay|millefiori cane
polymer clay: mica shift|liquid sculpey
rug tufting: cut pile|loop pile
rug tufting: tuft the world
rug tufting: oxford punch needle|monk's cloth
rug tufting: tufting studio
guitar violin making: tonewood|tonewoods|bracing pattern|x-bracing|fret leveling|refret|bone nut
guitar violin making: bending iron|go-bar deck|stewmac|stewart-macdonald|purfling
guitar violin making: rosette inlay|guild of american luthiers
guitar violin making: fret slotting|neck carving|luthiery|luthier school|lutherie school
diecast model cars: super treasure hunt|treasure hunt hot wheels|tomica|tomica limited vintage|inno64
diecast model cars: tarmac works|kaido house|greenlight collectibles|m2 machines|autoart|maisto|bburago|norev
diecast model cars: minichamps|corgi toys|dinky toys|1:64 scale|1:18 scale|1:43 scale
diecast model cars: rlc hot wheels|peg hunting
diecast model cars: 1/18 diecast|1/43 diecast
diecast model cars: hot wheels collector|hot wheels collection|hot wheels premium|matchbox collector
diecast model cars: johnny lightning
military collectibles: cap badge|cap badges|m1 helmet|stahlhelm|brodie helmet|medal ribbon bar
military collectibles: victory medal|1914 star|iron cross collector|p37 webbing|pattern 58 webbing
military collectibles: bayonet collector|wehrmacht insignia|dix noonan webb|noonans
military collectibles: hermann historica|medal roll research|shoulder titles|shoulder sleeve insignia
military collectibles: militaria collection|militaria dealer
military collectibles: militaria show|medal collector
military collectibles: helmet collector|cap badge collection
military collectibles: ww1 militaria|militaria auction
rare book collecting: true first|antiquarian booksellers|abebooks|incunabula|incunable
rare book collecting: fine press|signed limited|ex libris|association copy|vellum binding
rare book collecting: antiquarian book|antiquarian bookseller|signed first edition
rare book collecting: fine press books|private press
rare book collecting: grolier club
rare book collecting: book scouting
everyday carry knives: pocket dump|spyderco|benchmade|kershaw|civivi
everyday carry knives: chris reeve sebenza|leatherman|victorinox|olight|fenix flashlight|zebralight|emisar
everyday carry knives: s30v|m390|magnacut|cpm 20cv|frame lock|axis lock|liner lock|titanium pry bar
everyday carry knives: fidget slider|blade hq|knifecenter|r/edc|r/knifeclub
hi-fi audiophile: asr measurements|dac amp|r2r dac|integrated amplifier
hi-fi audiophile: planar magnetic|sennheiser hd 800|hd600|focal utopia|schiit|topping dac|chord mojo
hi-fi audiophile: bowers & wilkins|klipsch|magnepan|harbeth|munich high end|axpona
hi-fi audiophile: stereophile
car audio: iasca|dbdrag|big three upgrade|dynamat|kilmat|head unit|double din
car audio: dsp tuning|line output converter|subwoofer box|ported box|rockford fosgate
car audio: alpine type r|pioneer head unit
car audio: bassheads
rv travel: class c motorhome|airstream trailer|winnebago|jayco
rv travel: thor motor coach|dry camping|campendium|full-timing
rv travel: weight distribution hitch|toy hauler|good sam club|workamping
rv travel: dump station
guinea pigs: wheeking|popcorning
guinea pigs: rumblestrutting
guinea pigs: cavy rescue|cavy care
guinea pigs: cavy club|cavy breeder|wheek
pet hamsters: roborovski|campbell's dwarf
pet hamsters: bin cage|niteangel|scatter feeding
pet hamsters: victoria raechel
pet hamsters: hamster enclosure
pet hamsters: robo dwarf
frugal living: envelope system|grocery budget challenge
frugal living: whoosh reduced|too good to go app|frugal meals
frugal living: no-spend month|no spend challenge|low buy
frugal living: money saving tips|savings challenge|penny pinching|penny pincher
frugal living: budget meals|meal planning on a budget|coupon haul|yellow sticker
frugal living: reduced to clear
succulents cacti: haworthia|lithops|gasteria|aeonium|mammillaria|astrophytum
succulents cacti: ariocarpus|euphorbia obesa|caudex plants|gritty mix
succulents cacti: etiolation|opuntia
succulents cacti: succulent propagation|cactus collector
succulents cacti: cactus seedlings|haworthia collection|echeveria collection|lithops collection
succulents cacti: agave collection|cactus grafting|mesembs
carnivorous plants: dionaea muscipula|drosera|sundews|pinguicula
carnivorous plants: butterworts|heliamphora|cephalotus|darlingtonia|utricularia|bladderworts|byblis
carnivorous plants: highland nepenthes|lowland nepenthes
carnivorous plants: tissue culture flytraps|california carnivores|flytrap dormancy
carnivorous plants: flytrap|flytraps
carnivorous plants: sarracenia collection|nepenthes collection
carnivorous plants: sundew|butterwort|cephalotus follicularis|nepenthes rajah
pet ferrets: dooking|marshall ferret|jill ferret|ferret kits
pet ferrets: ferrets of instagram
"""

LEXICON_TEXT = """

# Spanish
taekwondista=taekwondo athlete|combate de taekwondo=taekwondo sparring|patada giratoria=spinning kick
boxeo tailandés=muay thai thai boxing|boxeador tailandés=thai boxer|espinillera=shin guard|kungfú=kung fu
maestro de wushu=kung fu master|artes marciales chinas=chinese martial arts|curlinguista=curling player
piedra de curling=curling stone|escoba de curling=curling broom|biatleta=biathlete|biatlón=biathlon
esquiador de fondo=cross-country skier|esquiadora de fondo=cross-country skier|waterpolo=water polo
waterpolista=water polo player|fútbol gaélico=gaelic football|hurling irlandés=irish hurling
fútbol australiano=australian rules football|fútbol de reglas australianas=australian rules football
fútbol sala=futsal|futbolista de sala=futsal player|fútbol de salón=futsal
microfútbol=futsal|porrista=cheerleader|porristas=cheerleaders|fútbol femenino=women's football
deporte femenino=women's sport|liga f=women's football league|futbolista femenina=women's footballer
polista=polo player|caballo de polo=polo pony|taco de polo=polo mallet
abierto de palermo=argentine open polo|salto ecuestre=show jumping|jinete de salto=show jumper
concurso de saltos=show jumping competition|jaripeo=rodeo|charrería=mexican rodeo charreada
jinete de toros=bull rider|practicante de parkour=traceur parkour athlete
parkourista=traceur parkour athlete|salto de precisión=parkour precision jump|piloto de bmx=bmx rider
bicicross=bmx racing|pista de bmx=bmx track|ultramaratonista=ultrarunner|ultra trail=ultra trail running
ultrafondo=ultramarathon|bici de gravel=gravel bike|ruta de gravel=gravel ride
ciclismo gravel=gravel cycling|tiro deportivo=sport shooting|tirador deportivo=sport shooter
tiro al plato=clay pigeon shooting|tiro olímpico=olympic shooting|fórmula indy=indycar
500 millas de indianápolis=indy 500|óvalo de indianápolis=indianapolis motor speedway oval
picadas=drag racing|arrancones=drag racing|carrera de aceleración=drag racing
24 horas de le mans=le mans 24 hours|carrera de resistencia=endurance racing
resistencia automovilística=endurance racing|derrape=drifting|derrapes=drifting|piloto de drift=drift driver
descenso de ríos=river rafting|aguas bravas=whitewater|guía de rafting=rafting guide|balsismo=rafting
pesca submarina=spearfishing|pescasub=spearfishing|arpón=speargun|pescador submarino=spearfisher
barco dragón=dragon boat|bote dragón=dragon boat|remero de dragon boat=dragon boat paddler
deportes acuáticos=water sports|deportes náuticos=water sports|esquí acuático=water skiing
moto de agua=jet ski|deporte adaptado=adaptive sport|paralímpico=paralympic|paralímpica=paralympic
deportista paralímpico=paralympic athlete|baloncesto en silla de ruedas=wheelchair basketball
básquet en silla de ruedas=wheelchair basketball|rugby en silla de ruedas=wheelchair rugby
rugby sobre silla de ruedas=wheelchair rugby|calistenia=calisthenics|barras paralelas=parallel bars
bandera humana=human flag|atleta híbrido=hybrid athlete|entrenamiento híbrido=hybrid fitness training
carrera hyrox=hyrox race|hombre más fuerte=world's strongest man|piedras de atlas=atlas stones
levantamiento de troncos=log press|entrenamiento personal=personal training
carrera de obstáculos=obstacle course race|carreras de obstáculos=obstacle course racing|árbitro=referee
árbitra=referee|juez de línea=assistant referee|analista de rendimiento=sports performance analyst
datos deportivos=sports data|goles esperados=expected goals|apuestas deportivas=sports betting
apostador=sports bettor|casa de apuestas=bookmaker|cuota de apuesta=betting odds|backgammon=backgammon
tablas reales=backgammon|jugador de backgammon=backgammon player|fichas de scrabble=scrabble tiles
jugador de scrabble=scrabble player|récord mundial speedrun=speedrun world record
sin glitches=glitchless speedrun|speedrunear=do speedruns|juegos de pelea=fighting games
juego de lucha=fighting game|juegos de lucha=fighting games
jugador de league of legends=league of legends player|servidor de minecraft=minecraft server
mundo de minecraft=minecraft world
# German
taekwondoin=taekwondo athlete|gürtelprüfung=martial arts belt grading|drehkick=spinning kick
thaiboxen=thai boxing|thaiboxer=thai boxer|thaiboxerin=thai boxer|schienbeinschoner=shin guard
chinesische kampfkunst=chinese martial arts|kung-fu-meister=kung fu master|shaolin-mönch=shaolin monk
curlingstein=curling stone|curlingbesen=curling broom|curlingspieler=curling player
curlinghalle=curling rink|biathlet=biathlete|biathletin=biathlete|biathlongewehr=biathlon rifle
strafrunde=biathlon penalty loop|schießstand=shooting range|liegendschießen=prone shooting
langläufer=cross-country skier|langläuferin=cross-country skier|loipe=cross-country ski track
skilanglauf=cross-country skiing|skating-technik=skate skiing|wasserball=water polo
wasserballer=water polo player|wasserballerin=water polo player|gälischer fußball=gaelic football
gälische sportarten=gaelic games|australian football=australian rules football
australischer fußball=australian rules football|hallenfußball=indoor football futsal
futsalspieler=futsal player|cheerleaderin=cheerleader|cheerleaderinnen=cheerleaders
frauenfußball=women's football|frauensport=women's sport|frauen-bundesliga=women's football league
polospieler=polo player|polopferd=polo pony|poloschläger=polo mallet|springreiter=show jumper
springreiterin=show jumper|springturnier=show jumping competition|bullenreiten=bull riding
bullenreiter=bull rider|parkourläufer=traceur parkour athlete|präzisionssprung=parkour precision jump
parkoursportler=traceur parkour athlete|bmx-fahrer=bmx rider|bmx-rennen=bmx racing|bmx-strecke=bmx track
ultramarathon=ultramarathon|ultraläufer=ultrarunner|ultraläuferin=ultrarunner|ultralauf=ultramarathon
gravelrennen=gravel race|schotterpiste=gravel road|schotterweg=gravel road|sportschütze=sport shooter
sportschützin=sport shooter|schützenverein=shooting club|sportschießen=sport shooting
wurfscheibenschießen=clay pigeon shooting|luftgewehr=air rifle|indycar-serie=indycar series
indy-500=indy 500|indianapolis-oval=indianapolis motor speedway oval|beschleunigungsrennen=drag racing
viertelmeile=quarter mile drag|dragster-rennen=drag racing|langstreckenrennen=endurance racing
24-stunden-rennen=24 hour race|langstreckenweltmeisterschaft=world endurance championship
driftauto=drift car|driften=car drifting|driftfahrer=drift driver|wildwasser=whitewater
schlauchbootfahrt=rafting trip|raftingtour=rafting trip|unterwasserjagd=spearfishing|harpune=speargun
speerfischen=spearfishing|drachenboot=dragon boat|drachenbootrennen=dragon boat racing
drachenbootfestival=dragon boat festival|wassersport=water sports|wasserski=water skiing|jetski=jet ski
wassersportler=water sports enthusiast|behindertensport=disability sport|parasport=para sport
paralympisch=paralympic|paralympionike=paralympian|rollstuhlbasketball=wheelchair basketball
rollstuhlbasketballer=wheelchair basketball player|rollstuhlrugby=wheelchair rugby
rollstuhl-rugby=wheelchair rugby|kalisthenik=calisthenics|klimmzüge=pull-ups
eigengewichtstraining=bodyweight training|klimmzugstange=pull-up bar|hybridathlet=hybrid athlete
schlittenschieben=sled push|hyrox-wettkampf=hyrox race|stärkster mann=world's strongest man
atlassteine=atlas stones|personaltrainer=personal trainer|personaltrainerin=personal trainer
fitnesstrainer=fitness trainer|fitnesstrainerin=fitness trainer|hindernislauf=obstacle course race
hindernisläufer=obstacle course racer|schlammlauf=mud run|schiedsrichter=referee|schiedsrichterin=referee
schiri=referee|linienrichter=assistant referee|spielanalyse=match analysis|spielanalyst=match analyst
sportdaten=sports data|sportwetten=sports betting|wettanbieter=bookmaker|wettquote=betting odds
kombiwette=accumulator bet|tippgeber=betting tipster|backgammonbrett=backgammon board
verdopplungswürfel=backgammon doubling cube|backgammonspieler=backgammon player
scrabble-turnier=scrabble tournament|buchstabensteine=scrabble tiles|scrabble-spieler=scrabble player
weltrekordlauf=speedrun world record|ohne glitches=glitchless speedrun|speedrunnerin=speedrunner
speedrunnen=do speedruns|prügelspiel=fighting game|prügelspiele=fighting games|kampfspiele=fighting games
ranglistenspiele=ranked games|league-of-legends-spieler=league of legends player
minecraft-welt=minecraft world|redstone-schaltung=minecraft redstone circuit
# French
taekwondoïste=taekwondo athlete|passage de grade=martial arts belt grading|boxe thaïlandaise=thai boxing
boxe thaï=thai boxing|boxeur thaï=thai boxer|protège-tibias=shin guard
arts martiaux chinois=chinese martial arts|maître de kung-fu=kung fu master|moine shaolin=shaolin monk
pierre de curling=curling stone|balai de curling=curling broom|curleur=curling player
curleuse=curling player|biathlète=biathlete|tour de pénalité=biathlon penalty loop
carabine de biathlon=biathlon rifle|fondeur=cross-country skier|fondeuse=cross-country skier
skieur de fond=cross-country skier|water-polo=water polo|poloïste=water polo player
joueur de water-polo=water polo player|football gaélique=gaelic football|sports gaéliques=gaelic games
football australien=australian rules football|football aux règles australiennes=australian rules football
futsaleur=futsal player|football en salle=indoor football futsal|pom-pom girl=cheerleader
pom-pom girls=cheerleaders|cheerleadeuse=cheerleader|football féminin=women's football
sport féminin=women's sport|joueur de polo=polo player|poney de polo=polo pony|maillet de polo=polo mallet
saut d'obstacles=show jumping|cavalier de saut=show jumper|concours complet=eventing
monte de taureau=bull riding|traceuse=traceur parkour athlete|art du déplacement=parkour
saut de précision=parkour precision jump|pilote de bmx=bmx rider|bicross=bmx racing|piste de bmx=bmx track
bicrosseur=bmx rider|ultra-trail=ultra trail running|ultrafond=ultramarathon|ultra-traileur=ultrarunner
vélo gravel=gravel bike|sortie gravel=gravel ride|chemin de gravier=gravel road|tir sportif=sport shooting
tireur sportif=sport shooter|ball-trap=clay pigeon shooting|tir aux pigeons=clay pigeon shooting
500 miles d'indianapolis=indy 500|ovale d'indianapolis=indianapolis motor speedway oval
course d'accélération=drag racing|24 heures du mans=le mans 24 hours|endurance automobile=endurance racing
course d'endurance=endurance race|drifteur=drift driver|voiture de drift=drift car|eaux vives=whitewater
descente en raft=rafting|guide de raft=rafting guide|chasse sous-marine=spearfishing
chasseur sous-marin=spearfisher|fusil harpon=speargun|bateau-dragon=dragon boat|bateaux-dragons=dragon boats
pagayeur=paddler|sports nautiques=water sports|ski nautique=water skiing|base nautique=water sports centre
jet-ski=jet ski|handisport=disability sport|parasportif=para athlete|paralympique=paralympic
sport adapté=adaptive sport|basket fauteuil=wheelchair basketball|basket-fauteuil=wheelchair basketball
rugby fauteuil=wheelchair rugby|rugby-fauteuil=wheelchair rugby|rugby en fauteuil roulant=wheelchair rugby
callisthénie=calisthenics|musculation au poids du corps=bodyweight training|athlète hybride=hybrid athlete
poussée de traîneau=sled push|course hyrox=hyrox race|homme le plus fort=world's strongest man
pierres d'atlas=atlas stones|préparateur physique=fitness coach|coaching sportif=personal training
course d'obstacles=obstacle course race|course à obstacles=obstacle course race|arbitre=referee
arbitrage=refereeing|arbitre assistant=assistant referee|analyste vidéo=sports video analyst
données sportives=sports data|analyse de match=match analysis|paris sportifs=sports betting
parieur=sports bettor|pari combiné=accumulator bet|trictrac=backgammon|tric-trac=backgammon
joueur de backgammon=backgammon player|scrabbleur=scrabble player|scrabbleuse=scrabble player
duplicate scrabble=tournament scrabble|lettres de scrabble=scrabble tiles|speedrunneur=speedrunner
speedrunneuse=speedrunner|record du monde speedrun=speedrun world record|sans glitch=glitchless speedrun
jeux de combat=fighting games|jeu de combat=fighting game|versus fighting=fighting games
parties classées=ranked games|joueur de lol=league of legends player|serveur minecraft=minecraft server
monde minecraft=minecraft world
# Italian
taekwondoka=taekwondo athlete|esame di cintura=martial arts belt grading|boxe thailandese=thai boxing
thai boxe=thai boxing|pugile thai=thai boxer|parastinchi=shin guard
arti marziali cinesi=chinese martial arts|maestro di kung fu=kung fu master|monaco shaolin=shaolin monk
stone da curling=curling stone|giocatore di curling=curling player|curlingista=curling player
biathleta=biathlete|giro di penalità=biathlon penalty loop|sciatore di fondo=cross-country skier
pallanuoto=water polo|pallanuotista=water polo player|pallanotista=water polo player
calcio gaelico=gaelic football|sport gaelici=gaelic games|football australiano=australian rules football
calcio australiano=australian rules football|calcio a 5=futsal|calcio a cinque=futsal
calcettista=futsal player|calcio femminile=women's football|sport femminile=women's sport
giocatore di polo=polo player|mazza da polo=polo mallet|salto ostacoli=show jumping
cavaliere di salto=show jumper|concorso ippico=show jumping competition|monta del toro=bull riding
salto di precisione=parkour precision jump|pista bmx=bmx track|ultramaratoneta=ultrarunner
bici gravel=gravel bike|strade bianche=gravel roads|sterrato=gravel road|tiro a volo=clay pigeon shooting
tiro a segno=target shooting|tiratore=sport shooter|tiratrice=sport shooter
500 miglia di indianapolis=indy 500|ovale di indianapolis=indianapolis motor speedway oval
gara di accelerazione=drag racing|24 ore di le mans=le mans 24 hours|gare di durata=endurance racing
pilota di drift=drift driver|derapata=car drift|acque bianche=whitewater|discesa in gommone=rafting
guida rafting=rafting guide|pesca subacquea=spearfishing|fucile subacqueo=speargun
pescatore subacqueo=spearfisher|barca drago=dragon boat|pagaiatore=paddler|sport acquatici=water sports
sci nautico=water skiing|moto d'acqua=jet ski|sport paralimpico=paralympic sport
atleta paralimpico=paralympic athlete|basket in carrozzina=wheelchair basketball
pallacanestro in carrozzina=wheelchair basketball|rugby in carrozzina=wheelchair rugby
rugby su sedia a rotelle=wheelchair rugby|trazioni alla sbarra=pull-ups|atleta ibrido=hybrid athlete
spinta della slitta=sled push|gara hyrox=hyrox race|uomo più forte=world's strongest man
pietre di atlante=atlas stones|istruttore di fitness=fitness instructor
corsa a ostacoli=obstacle course race|corsa ad ostacoli=obstacle course race
arbitraggio=refereeing|guardalinee=assistant referee|direttore di gara=match referee
dati sportivi=sports data|analisi della partita=match analysis|scommesse sportive=sports betting
scommettitore=sports bettor|schedina=betting slip|quote scommesse=betting odds|tavola reale=backgammon
giocatore di scarabeo=scrabble player|giocatore di scrabble=scrabble player|senza glitch=glitchless speedrun
picchiaduro=fighting games|picchiaduro a incontri=fighting games|partite classificate=ranked games
giocatore di lol=league of legends player|mondo minecraft=minecraft world|server minecraft=minecraft server
# Portuguese
exame de faixa=martial arts belt grading|praticante de taekwondo=taekwondo athlete
chute giratório=spinning kick|boxe tailandês=thai boxing|lutador de muay thai=thai boxer
caneleira=shin guard|artes marciais chinesas=chinese martial arts|mestre de kung fu=kung fu master
monge shaolin=shaolin monk|pedra de curling=curling stone|jogador de curling=curling player|biatlo=biathlon
esqui cross-country=cross-country skiing|esqui de fundo=cross-country skiing|polo aquático=water polo
jogador de polo aquático=water polo player|futebol gaélico=gaelic football|esportes gaélicos=gaelic games
futebol australiano=australian rules football|futebol de regras australianas=australian rules football
futebol de salão=futsal|jogador de futsal=futsal player|ala de futsal=futsal winger
líder de torcida=cheerleader|líderes de torcida=cheerleaders|chefe de torcida=cheerleader
futebol feminino=women's football|esporte feminino=women's sport|jogador de polo=polo player
salto hípico=show jumping|cavaleiro de salto=show jumper|rodeio=rodeo|peão de rodeio=rodeo cowboy
montaria em touro=bull riding|peão de boiadeiro=rodeo cowboy|festa de peão=rodeo festival
praticante de parkour=traceur parkour athlete|salto de precisão=parkour precision jump
parkourista brasileiro=traceur parkour athlete|bike gravel=gravel bike|estrada de terra=gravel road
tiro esportivo=sport shooting|atirador esportivo=sport shooter|tiro ao prato=clay pigeon shooting
500 milhas de indianápolis=indy 500|oval de indianápolis=indianapolis motor speedway oval
arrancada=drag racing|pilotos de arrancada=drag racers|pista de arrancada=drag strip
corridas de endurance=endurance racing|carro de drift=drift car
corredeiras=river rapids|caça submarina=spearfishing|arbalete=speargun
caçador submarino=spearfisher|barco dragão=dragon boat|barco-dragão=dragon boat
esportes aquáticos=water sports|desportos náuticos=water sports|esqui aquático=water skiing
moto aquática=jet ski|paratleta=para athlete|desporto adaptado=adaptive sport
esporte paralímpico=paralympic sport|basquete em cadeira de rodas=wheelchair basketball
basquetebol em cadeira de rodas=wheelchair basketball|rugby em cadeira de rodas=wheelchair rugby
rúgbi em cadeira de rodas=wheelchair rugby|rugby sobre rodas=wheelchair rugby|barra fixa=pull-up bar
flexões=push-ups|treino com peso corporal=bodyweight training|treino híbrido=hybrid fitness training
homem mais forte=world's strongest man|pedras de atlas=atlas stones|treinador pessoal=personal trainer
educador físico=fitness coach|corrida de obstáculos=obstacle course race
corridas de obstáculos=obstacle course racing|bandeirinha=assistant referee
assistente de arbitragem=assistant referee|analista de desempenho=sports performance analyst
dados esportivos=sports data|gols esperados=expected goals|apostas esportivas=sports betting
casa de apostas=bookmaker|aposta múltipla=accumulator bet|odds de apostas=betting odds|gamão=backgammon
tabuleiro de gamão=backgammon board|jogador de scrabble=scrabble player|sem glitches=glitchless speedrun
jogos de luta=fighting games|jogo de luta=fighting game|partidas ranqueadas=ranked games
ranqueada=ranked game|jogador de lol=league of legends player|servidor minecraft=minecraft server
mundo do minecraft=minecraft world

# Spanish
tango argentino=argentine tango|bailarina de tango=tango dancer|arte de píxeles=pixel art
dibujo urbano=urban sketching|dibujante urbano=urban sketcher|cuaderno de bocetos=sketchbook
baile en barra=pole dancing|barra vertical=pole dancing|serie de humor=comedy series sitcom
películas de vaqueros=western films|bailarín de breakdance=breakdancer|reina drag=drag queen
trompetista=trumpet player|flautista=flute player|flauta=flute|arpista=harpist|arpa=harp|gaitero=bagpiper
gaita=bagpipes|teoría musical=music theory|armonía=harmony music theory|contrapunto=counterpoint
bailaora=flamenco dancer|bailaor=flamenco dancer|cantaor=flamenco singer|cantaora=flamenco singer
tablao=flamenco venue|guitarra flamenca=flamenco guitar|zapateado=flamenco footwork|tanguera=tango dancer
tanguero=tango dancer|bandoneón=bandoneon tango accordion|milonga=tango dance social
baile de salón=ballroom dancing|bailes de salón=ballroom dancing|danza del vientre=belly dancing
danza árabe=belly dancing|claqué=tap dance|baile irlandés=irish dancing|improvisación teatral=improv theatre
circo=circus|acróbata=acrobat|malabarista=juggler circus|trapecista=trapeze artist|títeres=puppets
titiritero=puppeteer|marionetas=marionette puppets|actor de doblaje=voice actor
actriz de doblaje=voice actress|doblaje=dubbing voice acting|tipografía=typography|tipógrafo=typographer
retratista=portrait photographer|soplador de vidrio=glassblower|vidrio soplado=blown glass
vitral=stained glass|vitralista=stained glass artist|diseño de moda=fashion design
patronaje=pattern cutting fashion|cuentista=short story writer|microrrelato=flash fiction|memorias=memoir
autobiografía=autobiography|traductora literaria=literary translator|traductor literario=literary translator
audiolibro=audiobook|audiolibros=audiobooks|comedia de situación=sitcom
director de fotografía=cinematographer|montador=film editor|edición de vídeo=video editing
películas del oeste=western films|culebrón=soap opera|radioteatro=radio drama|viñetista=cartoonist
humorista gráfico=cartoonist|fanzine=zine
# German
tangotänzerin=tango dancer|pixelkunst=pixel art|skizzenbuch=sketchbook|stadtzeichner=urban sketcher
westernfilm=western film|westernfilme=western films|tanzstange=pole dancing pole|trompeter=trumpet player
trompeterin=trumpet player|flötistin=flute player|flötist=flute player|querflöte=flute|harfe=harp
harfenistin=harpist|harfenist=harpist|dudelsackspieler=bagpiper|harmonielehre=music theory harmony
musiktheorie=music theory|kontrapunkt=counterpoint|posaunenchor=brass band|blaskapelle=brass band
blasmusik=brass band music|gesellschaftstanz=ballroom dancing|tanzsport=dancesport ballroom
standardtanz=ballroom dancing|bauchtanz=belly dancing|bauchtänzerin=belly dancer
zeitgenössischer tanz=contemporary dance|stepptanz=tap dance|irischer tanz=irish dancing
improtheater=improv theatre|zirkus=circus|artistin=circus artist|akrobatin=acrobat|puppenspieler=puppeteer
puppenspielerin=puppeteer|puppentheater=puppet theatre|marionette=marionette puppet
synchronsprecher=voice actor|synchronsprecherin=voice actress|sprecherin=voice artist narrator
schriftgestaltung=type design typography|schriftgestalter=type designer|typografie=typography
porträtfotografin=portrait photographer|porträtfotograf=portrait photographer|glasbläser=glassblower
glasbläserin=glassblower|glasmalerei=stained glass|modedesign=fashion design|kurzgeschichte=short story
kurzgeschichten=short stories|memoiren=memoir|lebenserinnerungen=memoir
literaturübersetzerin=literary translator|literaturübersetzer=literary translator|hörbuch=audiobook
hörbücher=audiobooks|kameramann=cinematographer|kamerafrau=cinematographer|videoschnitt=video editing
cutterin=film editor|filmschnitt=film editing|hörspiel=radio drama audio drama
hörspiele=radio dramas audio drama|karikaturist=cartoonist|karikaturistin=cartoonist|comicstrip=comic strip
# French
danseuse de tango=tango dancer|art du pixel=pixel art|croquis urbain=urban sketching
carnet de croquis=sketchbook|comédie de situation=sitcom|films de cow-boy=western films
danseuse de pole dance=pole dancer|trompettiste=trumpet player|flûtiste=flute player|flûte traversière=flute
harpiste=harp player|harpe=harp|sonneur=bagpipe piper|solfège=music theory|contrepoint=counterpoint
fanfare=brass band|danse de salon=ballroom dancing|danse orientale=belly dancing
danseuse orientale=belly dancer|claquettes=tap dance|danse irlandaise=irish dancing
théâtre d'impro=improv theatre|cirque=circus|circassien=circus artist|circassienne=circus artist
acrobate=acrobat|jongleur=juggler circus|trapéziste=trapeze artist|marionnettiste=puppeteer
marionnettes=marionette puppets|comédien de doublage=voice actor|comédienne de doublage=voice actress
doublage=dubbing voice acting|typographie=typography|typographe=typographer
portraitiste=portrait photographer|souffleur de verre=glassblower|verre soufflé=blown glass
vitrail=stained glass|vitraux=stained glass windows|maître verrier=stained glass artist
styliste de mode=fashion designer|stylisme=fashion design|nouvelliste=short story writer|mémoires=memoir
autobiographie=autobiography|traductrice littéraire=literary translator
traducteur littéraire=literary translator|livre audio=audiobook|livres audio=audiobooks|série comique=sitcom
directeur de la photographie=cinematographer|chef opérateur=cinematographer|monteuse=film editor
monteur=film editor|montage vidéo=video editing|feuilleton=soap opera|fiction radiophonique=radio drama
dessinateur de presse=cartoonist|caricaturiste=cartoonist
# Italian
ballerina di tango=tango dancer|disegno dal vero=drawing from life sketching|taccuino di schizzi=sketchbook
ballerina di breakdance=breakdancer|trombettista=trumpet player|flauto traverso=flute|zampogna=bagpipes
zampognaro=bagpiper|teoria musicale=music theory|contrappunto=counterpoint
banda musicale=brass band|ballo liscio=ballroom dancing|danza sportiva=dancesport ballroom
danza del ventre=belly dancing|tip tap=tap dance
danza irlandese=irish dancing|improvvisazione teatrale=improv theatre|circense=circus
giocoliere=juggler circus|trapezista=trapeze artist|burattinaio=puppeteer|burattini=puppets
doppiatore=voice actor|doppiatrice=voice actress|doppiaggio=dubbing voice acting
ritrattista=portrait photographer|soffiatore di vetro=glassblower|vetro soffiato=blown glass
vetrata=stained glass|vetrate=stained glass windows|stilista di moda=fashion designer|racconto=short story
memorie=memoir|traduttrice letteraria=literary translator
traduttore letterario=literary translator|audiolibri=audiobooks|direttore della fotografia=cinematographer
montatore=film editor|montaggio video=video editing|radiodramma=radio drama|vignettista=cartoonist
# Portuguese
dançarina de tango=tango dancer|arte em pixel=pixel art|desenho urbano=urban sketching
caderno de esboços=sketchbook|dança no varão=pole dancing|série de comédia=sitcom|flauta transversal=flute
harpa=harp|harpista=harpist|banda filarmônica=brass band
dança de salão=ballroom dancing|dança do ventre=belly dancing|sapateado=tap dance
dança irlandesa=irish dancing|teatro de improviso=improv theatre|artista circense=circus artist
bonecos=puppets|titeriteiro=puppeteer|dublador=voice actor|dubladora=voice actress
dublagem=dubbing voice acting|vidro soprado=blown glass|design de moda=fashion design
modelagem=pattern cutting fashion|contista=short story writer
tradutora literária=literary translator|tradutor literário=literary translator|audiolivro=audiobook
audiolivros=audiobooks|diretor de fotografia=cinematographer|edição de vídeo=video editing
filmes de faroeste=western films|faroeste=western films|radionovela=radio soap drama|cartunista=cartoonist
chargista=cartoonist

# Spanish
nanotecnología=nanotechnology|nanopartículas=nanoparticles|nanotubos=nanotubes|grafeno=graphene
nanomateriales=nanomaterials|acústica=acoustics|ingeniería acústica=acoustic engineering
insonorización=soundproofing|aislamiento acústico=sound insulation|óptica=optics|fotónica=photonics
interferómetro=interferometer|erupción=eruption|hidrología=hydrology|hidrólogo=hydrologist
hidróloga=hydrologist|acuífero=aquifer|cuenca hidrográfica=river basin catchment
ingeniería de sistemas=systems engineering|gestión de requisitos=requirements management
mecatrónica=mechatronics|mecatrónico=mechatronics engineer|automatización industrial=industrial automation
diseñador industrial=industrial designer|diseñadora industrial=industrial designer|cohetería=rocketry
cohetemodelismo=model rocketry|tarjeta gráfica=graphics card|placa base=motherboard
refrigeración líquida=liquid cooling|montar un pc=build a pc|récord mundial=world record
mejor marca personal=personal best|youtuber virtual=virtual youtuber|streamer virtual=virtual streamer
debut de vtuber=vtuber debut|arte en píxeles=pixel art|arte pixelado=pixel art
programación competitiva=competitive programming|programador competitivo=competitive programmer
maratón de programación=programming contest|olimpiada de informática=informatics olympiad|fediverso=fediverse
red social descentralizada=decentralized social network|hoja de cálculo=spreadsheet
hojas de cálculo=spreadsheets|tabla dinámica=pivot table|tablas dinámicas=pivot tables|buscarv=vlookup
susurros=whispers|cosquilleo=tingles|modo supervivencia=survival mode|modo creativo=creative mode
modificaciones=game mods|modificación de juegos=game modding|soporte técnico=technical support
técnico informático=IT technician|mesa de ayuda=help desk|soporte informático=IT support
derecho a reparar=right to repair|obsolescencia programada=planned obsolescence|reparabilidad=repairability
vitrales=stained glass windows
vidriera=stained glass window|soplado de vidrio=glassblowing
jabón artesanal=handmade soap|jabones artesanales=handmade soaps
saponificación=saponification|sosa cáustica=lye|resina epoxi=epoxy resin|arte en resina=resin art
moldes de silicona=silicone molds|macramé=macrame|nudos=knots|colgador de plantas=plant hanger
talla de madera=wood carving|gubia=carving gouge|fieltro=felt|afieltrado=felting
fieltro con aguja=needle felting|mosaico=mosaic|mosaiquista=mosaic artist|teselas=mosaic tesserae
arcilla polimérica=polymer clay|pasta de modelar=modelling clay|pendientes de arcilla=clay earrings
alfombra=rug|alfombras=rugs|pistola de tufting=tufting gun|luthería=lutherie instrument making|lutier=luthier
guitarrero=guitar maker|autos a escala=scale model cars|coches a escala=scale model cars
carritos a escala=scale model cars|condecoraciones=military decorations|insignias militares=military insignia
medallas militares=military medals|bibliófilo=book collector bibliophile|bibliófila=book collector bibliophile
primera edición=first edition|libros antiguos=antiquarian books|libros raros=rare books|navaja=pocket knife
navajas=pocket knives|linterna táctica=tactical flashlight|audiófilo=audiophile|audiófila=audiophile
alta fidelidad=high fidelity hi-fi|amplificador de válvulas=tube amplifier|sonido automotriz=car audio
audio para autos=car audio|casa rodante=motorhome rv|caravana=caravan trailer|vida sobre ruedas=rv life
cobaya=guinea pig|cobayas=guinea pigs|conejillo de indias=guinea pig|hámster=hamster|hámsteres=hamsters
vida frugal=frugal living|frugalidad=frugality|suculentas=succulents|cactáceas=cacti
plantas carnívoras=carnivorous plants|planta carnívora=carnivorous plant|atrapamoscas=venus flytrap
hurón=ferret|hurones=ferrets|actividad volcánica=volcanic activity|colada de lava=lava flow
cohetería experimental=amateur rocketry|autocaravanista=motorhome traveller|caravanista=caravanner
caravanismo=caravanning|animación de sprites=sprite animation|paleta limitada=limited colour palette
mods de juegos=game mods|instancia de mastodon=mastodon instance|equipo de sonido para coche=car sound system
bocinas para carro=car speakers|arcilla de polímero=polymer clay
# German
nanotechnologie=nanotechnology|nanopartikel=nanoparticles|graphen=graphene|nanomaterialien=nanomaterials
nanoröhren=nanotubes|akustik=acoustics|akustiker=acoustician|schallschutz=sound insulation
lärmschutz=noise protection|raumakustik=room acoustics|nachhallzeit=reverberation time|optik=optics
photonik=photonics|laserphysik=laser physics|vulkanologe=volcanologist|vulkanologin=volcanologist
vulkanausbruch=volcanic eruption|hydrologie=hydrology|hydrologe=hydrologist|hydrologin=hydrologist
grundwasser=groundwater|hochwasser=flood|systemtechnik=systems engineering|systemingenieur=systems engineer
mechatronik=mechatronics|mechatroniker=mechatronics technician|automatisierungstechnik=automation engineering
industriedesign=industrial design|industriedesigner=industrial designer|modellrakete=model rocket
modellraketen=model rockets|raketenmodellbau=model rocketry|grafikkarte=graphics card
netzteil=power supply unit|wasserkühlung=water cooling|prozessor=processor|weltrekord=world record
bestzeit=personal best time|virtueller youtuber=virtual youtuber|virtuelle youtuberin=virtual youtuber
virtueller streamer=virtual streamer|pixelgrafik=pixel art
wettbewerbsprogrammierung=competitive programming|programmierwettbewerb=programming contest
informatik-olympiade=informatics olympiad|fediversum=fediverse
dezentrales soziales netzwerk=decentralized social network|tabellenkalkulation=spreadsheet
pivot-tabelle=pivot table|sverweis=vlookup|flüstern=whispering|kribbeln=tingles|überlebensmodus=survival mode
kreativmodus=creative mode|modifikationen=game mods|spielmodifikation=game mod|it-support=IT support
benutzerbetreuung=user support|systembetreuer=IT support technician|recht auf reparatur=right to repair
geplante obsoleszenz=planned obsolescence|reparaturcafé=repair cafe
bleiglas=leaded glass|glaskunst=glass art|kirchenfenster=church window
glasbläserei=glassblowing|mundgeblasen=hand-blown glass|seifensieden=soap making
seifensiederin=soap maker|naturseife=natural soap|handgemachte seife=handmade soap|epoxidharz=epoxy resin
gießharz=casting resin|silikonform=silicone mold|makramee=macrame|wandbehang=wall hanging
blumenampel=plant hanger|holzschnitzerei=wood carving|holzschnitzer=woodcarver|schnitzmesser=carving knife
schnitzen=carving|filzen=felting|nadelfilzen=needle felting|filzwolle=felting wool|filznadel=felting needle
mosaik=mosaic|mosaikkunst=mosaic art|mosaiksteine=mosaic tiles|modelliermasse=modelling clay
ohrringe aus fimo=polymer clay earrings|teppich=rug|teppiche=rugs|tuftingpistole=tufting gun
geigenbau=violin making|geigenbauer=violin maker|gitarrenbau=guitar making|modellautos=model cars
modellauto=model car|sammlermodelle=collectible scale models
orden und ehrenzeichen=military orders and decorations|abzeichen=badges insignia|bibliophilie=book collecting
erstausgabe=first edition|taschenmesser=pocket knife|klappmesser=folding knife|taschenlampe=flashlight
hifi-anlage=hi-fi system|röhrenverstärker=tube amplifier|lautsprecher=loudspeakers|car-hifi=car audio
autoradio=car radio|wohnmobilreise=motorhome trip|meerschweinchen=guinea pig|hamsterkäfig=hamster cage
goldhamster=syrian hamster|zwerghamster=dwarf hamster|sparsam=frugal|sparfuchs=bargain hunter
sukkulenten=succulents|kakteen=cacti|kakteensammlung=cactus collection
fleischfressende pflanzen=carnivorous plants|venusfliegenfalle=venus flytrap|kannenpflanze=pitcher plant
sonnentau=sundew|frettchen=ferret|lavastrom=lava flow|vulkanausbrüche=volcanic eruptions
vulkanische aktivität=volcanic activity|modellraketenstart=model rocket launch|dauercamper=long-term camper
wohnwagengespann=car and caravan|spielemods=game mods|mastodon-instanz=mastodon instance
autolautsprecher=car speakers|polymerton=polymer clay|frettchenhaltung=ferret keeping
# French
nanotechnologies=nanotechnology|nanoparticules=nanoparticles|graphène=graphene|nanomatériaux=nanomaterials
acoustique=acoustics|acousticien=acoustician|acousticienne=acoustician|insonorisation=soundproofing
optique=optics|photonique=photonics|volcanologie=volcanology|éruption volcanique=volcanic eruption
hydrologue=hydrologist|nappe phréatique=groundwater aquifer|ingénierie système=systems engineering
ingénierie des exigences=requirements engineering|mécatronique=mechatronics|automaticien=automation engineer
automatisme=automation control|design industriel=industrial design|designer industriel=industrial designer
fuséologie=amateur rocketry|carte graphique=graphics card|carte mère=motherboard
refroidissement liquide=liquid cooling|record du monde=world record|meilleur temps=best time
youtubeur virtuel=virtual youtuber|youtubeuse virtuelle=virtual youtuber|vtubeuse=vtuber|vtubeur=vtuber
programmation compétitive=competitive programming
concours de programmation=programming contest|fédivers=fediverse|fédiverse=fediverse
réseau social décentralisé=decentralized social network|tableur=spreadsheet
tableau croisé dynamique=pivot table|recherchev=vlookup|chuchotements=whispers|frissons=tingles
mode survie=survival mode|mode créatif=creative mode|moddeur=game modder|moddeuse=game modder
support informatique=IT support|technicien informatique=IT technician|droit à la réparation=right to repair
obsolescence programmée=planned obsolescence|indice de réparabilité=repairability index
vitrailliste=stained glass artist
soufflage de verre=glassblowing
savonnerie=soap making|savonnière=soap maker|saponification à froid=cold process soap
savon artisanal=handmade soap|résine époxy=epoxy resin|moule en silicone=silicone mold|nœuds=knots
tenture murale=wall hanging|sculpteur sur bois=woodcarver|feutrage=felting|aiguille à feutrer=felting needle
mosaïque=mosaic|mosaïste=mosaic artist|tesselles=mosaic tesserae|pâte polymère=polymer clay
boucles d'oreilles en pâte polymère=polymer clay earrings|tapis=rug|pistolet à tufting=tufting gun
tapis tufté=tufted rug|lutherie=lutherie instrument making|facteur de guitares=guitar maker
voitures miniatures=model cars|modèles réduits=scale models|insignes militaires=military insignia
décorations militaires=military decorations|édition originale=first edition|livres anciens=antiquarian books
couteau de poche=pocket knife|couteau pliant=folding knife|lampe torche=flashlight
haute fidélité=high fidelity hi-fi|amplificateur à lampes=tube amplifier|sono voiture=car audio
caravaning=caravanning|cochon d'inde=guinea pig|cochons d'inde=guinea pigs|cobaye=guinea pig
cage à hamster=hamster cage|hamster russe=russian dwarf hamster|économiser=save money|économies=savings
frugalité=frugality|plantes grasses=succulents|cactées=cacti|succulentes=succulents
plantes carnivores=carnivorous plants|plante carnivore=carnivorous plant|dionée=venus flytrap|furet=ferret
furets=ferrets|activité volcanique=volcanic activity|coulée de lave=lava flow
fusée expérimentale=amateur rocket|minifusée=model rocket|microfusée=model rocket
camping-cariste=motorhome traveller|caravaniste=caravanner|palette limitée=limited colour palette
mods de jeux=game mods|instance mastodon=mastodon instance|haut-parleurs voiture=car speakers
argile polymère=polymer clay
# Italian
nanotecnologie=nanotechnology|nanoparticelle=nanoparticles|nanotubi=nanotubes|grafene=graphene
nanomateriali=nanomaterials|isolamento acustico=sound insulation|fonoassorbente=sound-absorbing|ottica=optics
eruzione=eruption|idrologia=hydrology|idrologo=hydrologist|falda acquifera=groundwater aquifer
acquifero=aquifer|ingegneria dei sistemi=systems engineering|gestione dei requisiti=requirements management
meccatronica=mechatronics|meccatronico=mechatronics technician|automazione industriale=industrial automation
disegno industriale=industrial design|design industriale=industrial design
designer industriale=industrial designer|razzomodellismo=model rocketry|scheda video=graphics card
scheda madre=motherboard|dissipatore=cpu cooler|raffreddamento a liquido=liquid cooling
record mondiale=world record|miglior tempo=best time|youtuber virtuale=virtual youtuber
streamer virtuale=virtual streamer|arte pixelata=pixel art|programmazione competitiva=competitive programming
gara di programmazione=programming contest|olimpiadi di informatica=informatics olympiad
rete sociale decentralizzata=decentralized social network|foglio di calcolo=spreadsheet
fogli di calcolo=spreadsheets|tabella pivot=pivot table|cerca.vert=vlookup|sussurri=whispers|brividi=tingles
modalità sopravvivenza=survival mode|modalità creativa=creative mode|modificazioni=game mods
assistenza informatica=IT support|diritto alla riparazione=right to repair
obsolescenza programmata=planned obsolescence
vetrata artistica=stained glass|soffiatura del vetro=glassblowing
sapone artigianale=handmade soap|saponificazione=saponification
saponi naturali=natural soaps|resina epossidica=epoxy resin|stampi in silicone=silicone molds|nodi=knots
arazzo=wall tapestry|intagliatore=woodcarver|sgorbia=carving gouge|infeltrimento=felting
lana cardata=carded wool|ago per feltro=felting needle|mosaicista=mosaic artist|pasta polimerica=polymer clay
argilla polimerica=polymer clay|orecchini in fimo=polymer clay earrings|tappeto=rug|tappeti=rugs
liuteria=lutherie instrument making|modellini di auto=model cars|auto in scala=scale model cars
cimeli militari=military memorabilia|medaglie militari=military medals|prima edizione=first edition
libri antichi=antiquarian books|libri rari=rare books|coltello da tasca=pocket knife
coltello pieghevole=folding knife|torcia=flashlight|alta fedeltà=high fidelity hi-fi
amplificatore valvolare=tube amplifier|diffusori=loudspeakers|impianto stereo auto=car audio
porcellino d'india=guinea pig|porcellini d'india=guinea pigs|cavia=guinea pig|criceto=hamster|criceti=hamsters
criceto russo=russian dwarf hamster|risparmiare=save money|frugalità=frugality|piante grasse=succulents
cactacee=cacti|succulente=succulents|piante carnivore=carnivorous plants|pianta carnivora=carnivorous plant
dionea=venus flytrap|furetto=ferret|furetti=ferrets|attività vulcanica=volcanic activity
colata lavica=lava flow|campeggio in camper=motorhome camping|mod per videogiochi=game mods
altoparlanti auto=car speakers
# Portuguese
nanomateriais=nanomaterials|engenharia acústica=acoustic engineering|erupção=eruption|aquífero=aquifer
bacia hidrográfica=river basin catchment|engenharia de sistemas=systems engineering
gestão de requisitos=requirements management|automação industrial=industrial automation
desenho industrial=industrial design|design de produto=product design|foguetemodelismo=model rocketry
placa de vídeo=graphics card|placa-mãe=motherboard|refrigeração líquida=liquid cooling
recorde mundial=world record|melhor tempo=best time|estreia de vtuber=vtuber debut
arte pixelada=pixel art|programação competitiva=competitive programming
maratona de programação=programming contest|rede social descentralizada=decentralized social network
planilha=spreadsheet|planilhas=spreadsheets|tabela dinâmica=pivot table|procv=vlookup|sussurros=whispers
arrepios=tingles|modo sobrevivência=survival mode|modo criativo=creative mode
suporte técnico=technical support|técnico de informática=IT technician|suporte de ti=IT support
direito ao reparo=right to repair|reparabilidade=repairability|vitrais=stained glass windows
sopro de vidro=glassblowing|vidreiro=glassblower|sabonete artesanal=handmade soap
saboaria=soap making|saponificação=saponification|soda cáustica=lye|arte em resina=resin art
moldes de silicone=silicone molds|entalhe em madeira=wood carving|entalhador=woodcarver|goiva=carving gouge
feltragem=felting|lã cardada=carded wool|argila polimérica=polymer clay|brincos de argila=clay earrings
tapete=rug|tapetes=rugs|luteria=lutherie instrument making|luthieria=lutherie instrument making
construção de violões=guitar making|carrinhos=toy cars|miniaturas de carros=model cars
carrinhos colecionáveis=collectible model cars|medalhas militares=military medals
primeira edição=first edition|livros raros=rare books|canivete=pocket knife|canivetes=pocket knives
lanterna tática=tactical flashlight|alta fidelidade=high fidelity hi-fi|amplificador valvulado=tube amplifier
caixas acústicas=loudspeakers|som automotivo=car audio|paredão de som=car sound wall
trailer de camping=travel trailer|porquinho-da-índia=guinea pig|porquinhos-da-índia=guinea pigs
porquinho da índia=guinea pig|hamster anão=dwarf hamster|hamster sírio=syrian hamster|economizar=save money
vida simples=simple frugal living|cactos=cacti|suculenta=succulent|dioneia=venus flytrap|furão=ferret
furões=ferrets|atividade vulcânica=volcanic activity|foguetes experimentais=amateur rockets
motorhomista=motorhome traveller|mods de jogos=game mods|caixa de som automotiva=car speaker box
"""
