"""Interest definitions (set d): arts, hobbies, lifestyle, drinks and relationships.

``ENTRIES`` holds each interest as a plain tuple ``(name, phrases, other_senses, aliases, broader)``, the same
fields as ``interest_vocab.VocabEntry``: ``phrases`` are what people who share the interest write in bios and
posts, ``other_senses`` are texts that share its words but not its meaning (or neighbouring topics that must not
count), ``aliases`` are other names an owner may give the interest, ``broader`` the built-in interests it is part of.

``NAMES_TEXT`` adds proper names and jargon for these interests in the ``_NAMES_TEXT`` format (``gloss: name|...``,
names lower case, the gloss being the English words the matcher reads in their place). ``LEXICON_TEXT`` adds the
key words of these interests in Spanish, German, French, Italian and Portuguese, ``word=english gloss``.
"""

from __future__ import annotations

__all__ = ["ENTRIES", "LEXICON_TEXT", "NAMES_TEXT"]

ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "painting",
        (
            "painter",
            "oil painting",
            "watercolour painting",
            "acrylic painting on canvas",
            "plein air painter",
            "landscape painter",
            "portrait painter",
            "finished a new painting today",
            "work in progress on the easel",
            "abstract painter",
            "painting commissions open",
            "gouache study",
            "figurative painter",
            "palette knife painting",
            "painting the sea in oils",
            "solo exhibition of my paintings",
            "brushes, pigments and a blank canvas",
            "daily painting practice",
            "watercolor sketch of the harbour",
            "pintora al óleo",
            "acuarela del día",
            "malerin aus berlin",
            "peintre aquarelliste",
            "pittore e acquerellista",
        ),
        (
            "painting the living room this weekend",
            "painter and decorator",
            "house painting services",
            "painted my nails",
            "painting the town red",
            "car paint job and bodywork",
            "face painting at the kids party",
            "paintball with the lads",
            "painting miniatures for my warhammer army",
            "painting a grim picture of the economy",
            "wet paint on the fence",
            "paint the bedroom walls white",
            "spray tan and nail salon",
        ),
        (
            "painter",
            "painters",
            "paintings",
            "oil painting",
            "watercolour",
            "watercolor",
            "fine art painting",
        ),
        ("art",),
    ),
    (
        "calligraphy",
        (
            "calligrapher",
            "modern calligraphy",
            "brush lettering",
            "hand lettering artist",
            "copperplate script",
            "practicing my italic hand",
            "dip pen lettering practice",
            "pointed pen calligraphy",
            "lettering commissions open",
            "calligraphy for wedding invitations",
            "chinese brush calligraphy",
            "arabic calligraphy artist",
            "shodo practice",
            "gothic blackletter alphabet",
            "daily lettering practice sheet",
            "pointed pen nib drills",
            "spencerian script",
            "envelope art with a broad nib",
            "caligrafía moderna",
            "kalligrafie kurs",
            "calligraphie japonaise",
            "calligrafia a pennino",
            "caligrafia artística",
        ),
        (
            "my handwriting is awful",
            "doctor's handwriting on the prescription",
            "cursive font for my logo",
            "font pairing for web design",
            "typography nerd",
            "signing the contract with a pen",
            "fountain pen review",
            "lettering on the side of the truck",
            "handwritten note from grandma",
            "graffiti tag on the wall",
            "ink cartridge for the printer",
            "letter from the bank",
            "penmanship homework in primary school",
        ),
        ("calligrapher", "calligraphers", "hand lettering", "brush lettering", "lettering"),
        ("art", "crafts"),
    ),
    (
        "lego",
        (
            "afol",
            "lego collector",
            "lego builder",
            "lego moc",
            "building a lego set",
            "lego technic",
            "lego star wars ucs",
            "finished the lego millennium falcon",
            "minifigure collection",
            "lego city layout",
            "brick builder",
            "lego masters fan",
            "my own lego creation",
            "sorting bricks by colour",
            "lego ideas submission",
            "lego architecture skyline",
            "new lego set haul",
            "bricklink order arrived",
            "klemmbausteine sammler",
            "fan de lego",
            "coleccionista de lego",
            "appassionato di lego",
        ),
        (
            "stepped on my kid's lego again",
            "bricklayer on site",
            "building a brick wall in the garden",
            "brick and mortar store",
            "building blocks of a startup",
            "building blocks of protein",
            "minecraft building",
            "playmobil for the kids",
            "jenga night",
            "modular architecture of our software",
            "building a house extension",
            "toy shop job",
        ),
        ("legos", "lego bricks", "afol", "lego sets", "lego building"),
        ("hobbies",),
    ),
    (
        "model railways",
        (
            "model railway layout",
            "model railroader",
            "oo gauge layout",
            "n gauge",
            "ho scale layout",
            "weathering a locomotive",
            "dcc sound fitted loco",
            "building a baseboard",
            "ballasting the track today",
            "exhibition layout",
            "model railway club",
            "hornby collector",
            "scenery and static grass",
            "shunting puzzle layout",
            "garden railway",
            "o gauge tinplate",
            "kitbashing a freight car",
            "running session on the layout",
            "modelleisenbahn im keller",
            "ferromodelismo h0",
            "fermodellismo in scala",
            "modélisme ferroviaire",
            "ferromodelismo a escala",
        ),
        (
            "train delayed again",
            "railway strike tomorrow",
            "commuter train packed",
            "trainspotting the movie",
            "model on the catwalk",
            "role model",
            "business model",
            "train the model on new data",
            "gauge the reaction",
            "heritage steam railway day out",
            "rail engineer for network rail",
            "fuel gauge on empty",
            "high speed rail funding",
        ),
        (
            "model railway",
            "model railroad",
            "model railroads",
            "model trains",
            "model railroading",
            "railway modelling",
        ),
        ("hobbies",),
    ),
    (
        "collecting",
        (
            "collector",
            "avid collector",
            "coin collector",
            "stamp collection",
            "vintage toy collector",
            "my collection keeps growing",
            "new addition to the collection",
            "numismatics",
            "philatelist",
            "trading card collector",
            "action figure collection",
            "rare first edition for my shelf",
            "funko pop collection",
            "mint in box",
            "collectibles and memorabilia",
            "graded cards",
            "sports memorabilia collector",
            "completing the set",
            "antique collector",
            "coleccionista de monedas",
            "briefmarkensammler",
            "collectionneur passionné",
            "collezionista di francobolli",
            "colecionador de moedas",
        ),
        (
            "debt collector",
            "garbage collection on tuesday",
            "data collection for my thesis",
            "collecting my thoughts",
            "click and collect order",
            "fall winter collection on the runway",
            "art collection at the museum",
            "collection agency",
            "tax collection",
            "collecting the kids from school",
            "collective bargaining",
            "rainwater collection system",
        ),
        (
            "collector",
            "collectors",
            "collectibles",
            "collectables",
            "memorabilia",
            "coin collecting",
            "stamp collecting",
            "numismatics",
            "philately",
        ),
        ("hobbies",),
    ),
    (
        "thrifting",
        (
            "thrift store finds",
            "thrifted outfit",
            "charity shop haul",
            "secondhand clothes",
            "thrifted vintage finds",
            "op shop bargain",
            "goodwill haul",
            "car boot sale finds",
            "flea market treasures",
            "thrift flip",
            "secondhand wardrobe, thrift first",
            "reselling on depop",
            "vinted seller",
            "sustainable fashion through thrifting",
            "estate sale finds",
            "thrifted furniture flip",
            "pre-loved clothing",
            "vintage clothing hunter",
            "ropa de segunda mano",
            "flohmarkt fund",
            "friperie et brocante",
            "mercatino dell'usato",
            "achados de brechó",
        ),
        (
            "thrifty with my money",
            "spendthrift",
            "saving money on groceries",
            "cheap flight deals",
            "vintage wine",
            "second hand smoke",
            "thrift savings plan",
            "charity fundraiser run",
            "used car dealership",
            "goodwill in the accounts",
            "black friday deals",
            "coupon code",
            "fast fashion haul",
        ),
        (
            "thrift",
            "thrift shopping",
            "thrift stores",
            "secondhand shopping",
            "charity shops",
            "vintage shopping",
            "thrifter",
        ),
        ("shopping", "fashion"),
    ),
    (
        "tabletop rpg",
        (
            "dungeon master",
            "game master",
            "d&d session tonight",
            "dnd campaign",
            "pathfinder 2e",
            "call of cthulhu one shot",
            "rolled a nat 20",
            "critical role fan",
            "ttrpg designer",
            "worldbuilding for my d&d campaign",
            "session zero",
            "our d&d party wiped",
            "tpk last night",
            "homebrew subclass",
            "filled in my dnd character sheet",
            "actual play podcast",
            "bought new polyhedral dice",
            "my tiefling bard in d&d",
            "indie ttrpg zine",
            "forever gm",
            "máster de rol",
            "spielleiter pen and paper",
            "meneur de jeu de rôle",
            "master di giochi di ruolo",
            "mestre de rpg de mesa",
        ),
        (
            "final fantasy jrpg",
            "skyrim mod",
            "role play in the training workshop",
            "dungeon crawler video game",
            "master's degree",
            "monopoly with the family",
            "roll the dice on a new job",
            "party at my place",
            "level up your career",
            "character reference letter",
            "my campaign for city council",
            "escape room with colleagues",
            "stage actor",
        ),
        (
            "tabletop rpgs",
            "tabletop roleplaying",
            "tabletop role-playing games",
            "roleplaying games",
            "dungeons and dragons",
            "dnd",
            "pen and paper rpg",
        ),
        ("board games", "games"),
    ),
    (
        "puzzles",
        (
            "jigsaw puzzle",
            "1000 piece jigsaw",
            "puzzle enthusiast",
            "crossword solver",
            "cryptic crossword",
            "sudoku every morning",
            "wordle in three",
            "logic puzzles",
            "finished the nyt crossword",
            "rubik's cube speedcuber",
            "escape room fan",
            "puzzle hunt team",
            "brain teasers",
            "setting cryptic crosswords",
            "nonograms and kakuro",
            "puzzle box collector",
            "solved today's nyt connections",
            "tricky logic grid puzzle solved",
            "rompecabezas de mil piezas",
            "kreuzworträtsel gelöst",
            "mots croisés du matin",
            "cruciverba e settimana enigmistica",
            "quebra-cabeça de 1000 peças",
        ),
        (
            "puzzled by this decision",
            "a piece of the puzzle",
            "missing piece in my life",
            "a puzzle for scientists",
            "the puzzle of inflation",
            "crosswalk",
            "cross words with my boss",
            "riddle me this, why is rent so high",
            "maze of bureaucracy",
            "cube farm office",
            "solving customer problems",
            "mystery novel",
        ),
        ("puzzle", "jigsaws", "jigsaw puzzles", "crosswords", "crossword", "sudoku", "puzzling", "puzzlers"),
        ("games", "hobbies"),
    ),
    (
        "cosplay",
        (
            "cosplayer",
            "cosplay in progress",
            "my latest cosplay",
            "cosplay con crunch",
            "wig styling",
            "worbla armour build",
            "eva foam armor",
            "sewing my costume for comic con",
            "cosplay photoshoot",
            "crossplay",
            "cosplay competition winner",
            "masquerade entry",
            "cosplay commissions open",
            "prop maker",
            "cosplaying at anime con this weekend",
            "dressed as my favourite character",
            "cosplay makeup test",
            "group cosplay reveal",
            "cosplayera amateur",
            "cosplayerin aus hamburg",
            "cosplayeuse passionnée",
            "cosplayer italiana",
            "fantasia de cosplay",
        ),
        (
            "halloween costume party",
            "fancy dress for the office party",
            "costume designer for the theatre",
            "dressed up for the wedding",
            "role play exercise at work",
            "superhero movie marathon",
            "comic book store",
            "drag queen show",
            "mascot costume at the stadium",
            "dress up day at school",
            "playing dress up with my daughter",
            "costume drama on tv",
        ),
        ("cosplayer", "cosplayers", "cosplaying", "costuming", "crossplay"),
        ("hobbies",),
    ),
    (
        "camping",
        (
            "camping trip",
            "wild camping",
            "pitched the tent",
            "campfire under the stars",
            "car camping weekend",
            "backcountry camping",
            "glamping",
            "caravan and camping holiday",
            "bushcraft and camping",
            "hammock camping",
            "camping gear review",
            "sleeping bag and bivvy",
            "campsite with a view",
            "s'mores by the campfire",
            "family camping in the lake district",
            "rv camping",
            "a night in the tent",
            "camp stove coffee",
            "acampada libre",
            "zelten am see",
            "camping sauvage en bivouac",
            "campeggio in tenda",
            "acampamento na serra",
        ),
        (
            "summer camp counselor",
            "boot camp workout",
            "concentration camp history",
            "refugee camp",
            "the leave camp",
            "campy drag performance",
            "high camp fashion",
            "base camp of the project",
            "coding bootcamp",
            "preseason training camp",
            "tent pole features in the release",
            "campaign trail",
            "circus tent",
        ),
        ("campers", "tent camping", "glamping", "campsite", "caravanning"),
        ("outdoors",),
    ),
    (
        "van life",
        (
            "vanlife",
            "living in my van",
            "van build",
            "self-converted campervan",
            "full-time van dweller",
            "sprinter conversion",
            "nomad life on the road",
            "solar panels on the van roof",
            "boondocking spot",
            "off-grid van",
            "home is where you park it",
            "diy camper build",
            "road trip in the van",
            "skoolie conversion",
            "digital nomad in a van",
            "rv living full time",
            "parked up for the night in the van",
            "motorhome touring europe",
            "furgoneta camperizada",
            "leben im kastenwagen",
            "vie en fourgon aménagé",
            "vita da camperista",
            "vida de motorhome",
        ),
        (
            "delivery van driver",
            "man with a van removals",
            "ice cream van",
            "police van",
            "van morrison",
            "white van man",
            "transit van hire",
            "moving house",
            "life on the road as a trucker",
            "van gogh museum",
            "in the vanguard",
            "vans skate shoes",
            "minivan school run",
        ),
        (
            "vanlife",
            "van living",
            "van dwelling",
            "campervans",
            "campervan",
            "camper vans",
            "motorhomes",
            "nomad life",
            "rv life",
        ),
        ("travel", "outdoors"),
    ),
    (
        "foraging",
        (
            "forager",
            "wild food foraging",
            "foraged wild garlic",
            "mushroom hunting",
            "found chanterelles today",
            "foraging walk",
            "elderflower cordial from foraged flowers",
            "foraging wild blackberries",
            "wild mushroom identification",
            "mycology nerd",
            "hedgerow harvest",
            "edible weeds",
            "foraged nettles for soup",
            "wild ramps foraging season",
            "foraging morels in the woods",
            "sloe gin from foraged sloes",
            "seaweed foraging",
            "wild edibles",
            "buscando setas en el monte",
            "pilzsammler im wald",
            "cueillette de champignons",
            "cercatore di funghi",
            "coleta de cogumelos",
        ),
        (
            "foraging for snacks in the fridge",
            "bees foraging for nectar",
            "hunting for a new job",
            "mushroom cloud",
            "magic mushrooms trip",
            "garlic bread",
            "apple picking at the farm",
            "scavenger hunt",
            "blackberry phone",
            "grocery haul",
            "data mining",
            "truffle fries",
        ),
        (
            "forager",
            "foragers",
            "wild food",
            "mushroom hunting",
            "mushroom foraging",
            "mycology",
            "wildcrafting",
        ),
        ("outdoors", "food"),
    ),
    (
        "beekeeping",
        (
            "beekeeper",
            "backyard beekeeping",
            "checked the hives, colonies are strong",
            "varroa mite treatment",
            "first honey harvest of the year",
            "marked the new queen, colony is thriving",
            "collected a honey bee swarm",
            "hive inspection, queen is laying well",
            "beekeeping association",
            "extracting honey from our beehives",
            "nucleus colony",
            "beeswax candles from our apiary",
            "urban beekeeping on the roof",
            "raw honey from our own beehives",
            "bee suit and smoker",
            "overwintering the colonies",
            "apiary",
            "imker aus leidenschaft",
            "apicultor aficionado",
            "apiculteur amateur",
            "apicoltore per passione",
            "apicultura sustentável",
        ),
        (
            "busy as a bee this week",
            "spelling bee champion",
            "bee gees on repeat",
            "honey, I'm home",
            "wasp nest removal service",
            "beehive hairstyle",
            "the beyhive defending beyoncé",
            "honey badger",
            "honeymoon in bali",
            "queen of the house",
            "bee sting allergy",
            "honey glazed ham recipe",
            "bumblebee toy for my kid",
        ),
        ("apiculture", "beekeeper", "bees", "beekeepers", "honeybees"),
        ("hobbies", "agriculture"),
    ),
    (
        "aquariums",
        (
            "fishkeeping",
            "planted aquarium",
            "reef tank",
            "aquascaping",
            "nano tank",
            "weekly water change on my fish tank",
            "my betta fish",
            "cycling a new aquarium",
            "cichlid tank",
            "shrimp tank",
            "coral frags",
            "aquarist",
            "testing water parameters in my fish tank",
            "guppy fry",
            "saltwater reef keeper",
            "aquarium plants growing in",
            "discus keeper",
            "fish room tour",
            "acuarista de agua dulce",
            "aquaristik ist mein hobby",
            "aquariophile passionné",
            "acquariofilia marina",
            "aquarismo plantado",
        ),
        (
            "day out at the sea life aquarium",
            "fish and chips friday",
            "fishing trip on the lake",
            "think tank",
            "tank top weather",
            "water tank leaking",
            "goldfish memory",
            "big fish in a small pond",
            "coral reef bleaching research",
            "aquarius season",
            "shark tank episode",
            "septic tank",
        ),
        ("aquarium", "fishkeeping", "fish keeping", "aquascaping", "reef keeping", "aquarists", "fish tanks"),
        ("pets", "hobbies"),
    ),
    (
        "tattoos",
        (
            "tattoo artist",
            "got tattooed today",
            "fresh tattoo",
            "tattoo apprentice",
            "fine line tattoo",
            "blackwork tattoo",
            "traditional tattoo flash",
            "booked my next tattoo appointment",
            "tattoo sleeve in progress",
            "tattoo studio",
            "healed tattoo photo",
            "tattoo convention",
            "heavily tattooed and proud",
            "custom tattoo designs",
            "tattoo flash day",
            "covered in tattoos",
            "my first tattoo",
            "tattooist",
            "tatuadora en madrid",
            "tätowiererin aus berlin",
            "tatoueur professionnel",
            "tatuatore a milano",
            "tatuagem nova",
        ),
        (
            "temporary tattoo for the kids",
            "ink cartridge for my printer",
            "inked the deal",
            "permanent marker",
            "scar from surgery",
            "henna at the wedding",
            "tattooed on my memory",
            "ink pen",
            "body piercing",
            "session musician",
            "sleeve of crackers",
            "flash sale today",
        ),
        ("tattoo", "tattooing", "tattoo art", "tattooist", "tattoo artists", "body art"),
        ("art",),
    ),
    (
        "makeup",
        (
            "makeup artist",
            "mua",
            "makeup look of the day",
            "glam makeup",
            "bridal makeup artist",
            "eyeshadow palette",
            "winged eyeliner",
            "new lipstick shade",
            "foundation shade match",
            "makeup tutorial",
            "beauty influencer",
            "get ready with me",
            "sfx makeup",
            "contour and highlight",
            "drugstore makeup haul",
            "full face of makeup",
            "editorial makeup",
            "lash extensions",
            "maquilladora profesional",
            "visagistin und make-up",
            "maquilleuse professionnelle",
            "truccatrice professionista",
            "maquiadora profissional",
        ),
        (
            "the makeup of the committee",
            "genetic makeup",
            "make up your mind",
            "kiss and make up",
            "makeup exam on friday",
            "make up for lost time",
            "a made up story",
            "lipstick on a pig",
            "foundation of the company",
            "powder room",
            "put on a brave face",
            "concealed carry permit",
        ),
        ("make-up", "make up", "cosmetics", "beauty", "makeup artist", "makeup artistry"),
        ("fashion",),
    ),
    (
        "skincare",
        (
            "skincare routine",
            "skin care",
            "spf 50 every day",
            "retinol journey",
            "double cleansing",
            "korean skincare",
            "acne journey",
            "moisturiser recommendations",
            "niacinamide serum",
            "dermatologist approved skincare",
            "esthetician",
            "facial at the spa",
            "hyaluronic acid",
            "skin barrier repair",
            "sunscreen reapplied",
            "glass skin",
            "anti-aging skincare routine",
            "chemical exfoliant",
            "rutina de cuidado facial",
            "hautpflege routine",
            "soins du visage",
            "cura della pelle",
            "cuidados com a pele",
        ),
        (
            "skin in the game",
            "thick skinned",
            "skinny jeans",
            "by the skin of my teeth",
            "game skins for fortnite",
            "banana skin",
            "skin cancer research",
            "routine maintenance",
            "gets under my skin",
            "condensation on the windows",
            "skinhead",
            "care home worker",
        ),
        ("skin care", "skincare routine", "esthetics", "k-beauty"),
        ("fashion", "wellness"),
    ),
    (
        "watches",
        (
            "watch collector",
            "horology",
            "watchmaker",
            "new watch day",
            "wrist check",
            "automatic watch movement",
            "dive watch",
            "vintage chronograph",
            "watch enthusiast",
            "mechanical wristwatches",
            "microbrand watch",
            "grail watch",
            "watch strap swap",
            "independent watchmaking",
            "watch of the day",
            "sotc",
            "servicing a watch movement",
            "coleccionista de relojes",
            "uhrensammler",
            "horlogerie suisse",
            "appassionato di orologi",
            "relojoaria artesanal",
        ),
        (
            "watches tv all day",
            "watch this space",
            "neighbourhood watch meeting",
            "night watch shift",
            "watch party tonight",
            "my apple watch counted my steps",
            "watchlist for the weekend",
            "on the clock",
            "time flies",
            "stopwatch for intervals",
            "watchdog report",
            "bird watching",
            "clock in for work",
            "political movement",
        ),
        ("wristwatches", "horology", "watch collecting", "timepieces", "watchmaking", "watch collector"),
        ("fashion",),
    ),
    (
        "sneakers",
        (
            "sneakerhead",
            "sneaker collection",
            "copped the new jordans",
            "sneaker release day",
            "deadstock pair",
            "sneaker on feet pics",
            "sneaker drop",
            "won the raffle for the nike dunks",
            "air max day",
            "sneaker rotation for the week",
            "sneaker restoration",
            "limited edition kicks",
            "trainers collection",
            "resell market",
            "sneaker customizer",
            "unboxing my new pair of jordans",
            "nike dunk low",
            "zapatillas de edición limitada",
            "sneaker sammler",
            "collectionneur de sneakers",
            "collezione di sneakers",
            "colecionador de sneakers",
        ),
        (
            "sneaking out",
            "running shoes for my first marathon",
            "kick off at three",
            "shoe shopping for work",
            "personal trainer",
            "sneak peek",
            "michael jordan highlights",
            "air fryer",
            "dunk contest",
            "shoebox apartment",
            "release date announced",
            "work shoes",
        ),
        ("sneaker", "sneakerhead", "sneakerheads", "sneaker culture", "sneaker collecting"),
        ("fashion",),
    ),
    (
        "cocktails",
        (
            "mixologist",
            "bartender",
            "cocktail bar",
            "craft cocktails",
            "negroni week",
            "martini shaken not stirred",
            "home cocktail bar setup",
            "old fashioned stirred down",
            "tiki drinks",
            "signature cocktail",
            "frozen margarita cocktail",
            "classic gin cocktails",
            "cocktail recipe",
            "bartending shift tonight",
            "bar manager",
            "mezcal cocktails",
            "dirty martini hour",
            "homemade syrups and bitters",
            "coctelería de autor",
            "barkeeperin",
            "mixologue passionné",
            "miscelazione e cocktail d'autore",
            "coquetel autoral",
        ),
        (
            "drug cocktail treatment",
            "molotov cocktail",
            "molotov cocktails thrown at police",
            "a cocktail of emotions",
            "cocktail dress",
            "shaken by the news",
            "bar exam",
            "behind bars",
            "pub quiz",
            "wine tasting",
            "old fashioned values",
            "tonic water for cramps",
            "marriage on the rocks",
        ),
        ("cocktail", "mixology", "mixologists", "bartending", "craft cocktails", "mixed drinks"),
        ("food",),
    ),
    (
        "whisky",
        (
            "whisky lover",
            "single malt",
            "scotch whisky",
            "islay malts",
            "peated whisky",
            "bourbon tasting",
            "dram of the night",
            "distillery tour",
            "whisky tasting notes",
            "cask strength",
            "sherry cask finish",
            "rye whiskey",
            "japanese whisky",
            "whisky neat with a drop of water",
            "whisky club",
            "new whisky bottle for the shelf",
            "whisky reviewer",
            "twelve year old single malt",
            "amante del whisky",
            "whisky aus schottland",
            "amateur de whisky écossais",
            "degustazione di whisky",
            "destilaria de uísque",
        ),
        (
            "whisky tango foxtrot",
            "bourbon street",
            "scotch tape",
            "scotch egg",
            "malt vinegar",
            "hot toddy for a cold",
            "barrel of laughs",
            "oak tree",
            "bourbon biscuits",
            "cask ale at the pub",
            "vodka shots",
            "drink driving",
        ),
        ("whiskey", "whiskies", "scotch", "bourbon", "single malt", "single malts", "whisky tasting"),
        ("food",),
    ),
    (
        "tea",
        (
            "tea lover",
            "loose leaf tea",
            "gongfu cha session",
            "matcha latte",
            "oolong tasting",
            "earl grey",
            "tea ceremony",
            "tea sommelier",
            "pu-erh collection",
            "green tea",
            "afternoon tea",
            "brewing sencha",
            "tea room",
            "teapot collection",
            "masala chai",
            "tea tasting notes",
            "tea blender",
            "tea estate in darjeeling",
            "tetera y té matcha",
            "teeliebhaberin",
            "collection de théières",
            "teiera giapponese in ghisa",
            "chá verde",
        ),
        (
            "spill the tea",
            "not my cup of tea",
            "tea party politics",
            "tee time at the golf club",
            "team meeting",
            "t-shirt",
            "tea towel",
            "tea tree oil",
            "teaching assistant",
            "builder's brew at the site",
            "coffee break",
            "teabagging in the game",
        ),
        ("teas", "loose leaf tea", "tea drinker", "matcha", "tea culture"),
        ("food",),
    ),
    (
        "bbq",
        (
            "pitmaster",
            "low and slow",
            "smoked brisket",
            "bbq competition team",
            "offset smoker",
            "pulled pork",
            "burnt ends",
            "fired up the bbq",
            "kamado cook",
            "smoking ribs low and slow",
            "dry rub recipe",
            "live fire cooking",
            "brisket bark",
            "wood fired",
            "texas barbecue",
            "backyard grilling",
            "charcoal grill",
            "asado argentino",
            "grillmeister am wochenende",
            "barbecue à la plancha",
            "grigliata mista",
            "churrasco de domingo",
        ),
        (
            "grilled by my boss",
            "grill the candidate",
            "smoking kills",
            "quit smoking",
            "pulled a muscle",
            "rib injury",
            "smoke alarm",
            "bonfire night",
            "fire drill",
            "barbie doll",
            "forest fire",
            "smoked salmon bagel",
        ),
        ("barbecue", "barbeque", "barbecues", "grilling", "smoking meat", "pitmasters", "bbq cooking"),
        ("cooking",),
    ),
    (
        "weddings",
        (
            "wedding planner",
            "wedding photographer",
            "bride to be",
            "our wedding is next june",
            "wedding dress shopping",
            "bridal shop",
            "just married, wedding day photos",
            "wedding florist",
            "wedding venue",
            "planning our wedding",
            "wedding celebrant",
            "elopement photographer",
            "bridesmaids",
            "wedding cake designer",
            "our first dance",
            "wedding season",
            "destination wedding",
            "just engaged, wedding planning begins",
            "fotógrafa de bodas",
            "hochzeitsfotograf",
            "organisatrice de mariage",
            "wedding planner per matrimoni",
            "fotógrafo de casamento",
        ),
        (
            "wedded to the idea",
            "marriage of convenience",
            "shotgun approach",
            "ring doorbell",
            "engagement rate on instagram",
            "employee engagement",
            "divorce lawyer",
            "proposal deadline for the grant",
            "honeymoon phase of a startup",
            "best man for the job",
            "reception desk",
            "ring road traffic",
        ),
        ("wedding", "wedding planning", "bridal", "wedding industry"),
        (),
    ),
    (
        "dating",
        (
            "dating apps",
            "single and looking",
            "nervous for my tinder date tonight",
            "swipe right",
            "tinder date",
            "hinge profile",
            "dating coach",
            "dating advice",
            "dating in my thirties",
            "looking for love",
            "professional matchmaker and dating coach",
            "ghosted again",
            "dating app horror stories",
            "speed dating",
            "dating tips for men",
            "situationship",
            "love life update",
            "busco pareja",
            "partnersuche",
            "célibataire et rencontres",
            "single in cerca di amore",
            "paquera e namoro",
        ),
        (
            "carbon dating",
            "dating back to 1850",
            "up to date",
            "save the date",
            "release date",
            "out of date",
            "due date",
            "dates and walnuts",
            "match of the day",
            "swipe card at the office",
            "red flag warning",
            "single payer healthcare",
            "singles chart",
        ),
        ("online dating", "dating advice", "dating life", "love life", "singles"),
        (),
    ),
)

NAMES_TEXT = """
painting: watercolour|watercolor|watercolours|watercolors|watercolourist|easel
calligraphy: calligrapher|calligraphers|calligraphic|pointed pen
model railway: h0 scale|spur h0|kitbashing|model railroaders
collecting collector: collectibles|collectables|collectible|collectable
used clothes shopping: thrifter|thrifters|thrift shop|thrift shopping|thrift finds|charity shop haul
used: secondhand|second-hand
dungeons dragons character: tiefling|half-orc|halfling rogue
crossword: crosswords
puzzle: brain teasers|brain teaser|settimana enigmistica
costume character convention: cosplay|cosplays|cosplayed
camping: campsite|campsites|campground|campgrounds|campfire|campfires
wilderness: backcountry
motorhome van: campervans|camper vans|camper conversion
foraging wild food: forager|foragers|wild edibles
aquarium keeper: aquarist|aquarists
aquarium fish: cichlid|cichlids|betta fish|bettas|guppy|guppies|nano tank
bee wax: beeswax
eye makeup: eyeshadow|eyeshadows|eyeliner|eyeliners|winged liner
wedding bride: bridal
special effects makeup: sfx makeup
sun protection cream: sunscreen|sunscreens|spf 50|spf50|sunblock
skin cream: moisturiser|moisturizer|moisturisers|moisturizers
skin peel: exfoliant|chemical exfoliant
wrist watch maker: watchmaker|watchmakers
wrist watch: microbrand watch|grail watch|dive watch|wristwatch|wristwatches
sneakers: sneaker|jordans
cocktail drinks: cocktails
roleplaying game dice: d20|d20s|polyhedral dice
smoky whisky: peated|peated whisky
whisky: dram|drams|islay malts|islay whisky|cask strength|single malts
tea pot: teapot|teapots
tea: masala chai|chai latte|loose leaf tea
barbecue: bbq|bbqs|barbeque|barbequed|barbecued
barbecue beef: brisket|smoked brisket
dating app: swipe right|swipe left
painting: bob ross|winsor and newton|sennelier|schmincke|daniel smith watercolors|liquitex
painting: golden acrylics|gamblin|impasto|en plein air|alla prima|grisaille
painting: portrait artist of the year|landscape artist of the year|royal watercolour society
calligraphy: copperplate|spencerian|nikko g nib|speedball nib|tombow dual brush|pentel brush pen
calligraphy: pilot parallel pen|shodo|sumi ink|blackletter|uncial script|iampeth|society of scribes
calligraphy: higgins eternal|brause nib
lego bricks: afols|rebrickable|minifig|minifigs|minifigure
lego bricks: lego masters|duplo|brickheadz|ucs set|brickcon|brickfair
lego bricks: the brothers brick|bionicle|lego ninjago|cobi bricks
model railway: märklin|marklin|lionel trains|kato unitrack|peco track|dcc decoder
model railway: n scale|warley model railway show
model railway: model railroader magazine|miniatur wunderland|dapol|roco|piko
model railway: digitrax|esu loksound|woodland scenics|static grass applicator
collecting collector: numismatic|pcgs|ngc graded|psa 10
collecting collector: psa graded|beckett graded|funko pop|hot wheels|matchbox cars
collecting collector: stanley gibbons|penny black|diecast|die-cast models
thrift shopping: poshmark|thredup|goodwill haul|op shop|op shopping|car boot sale
thrift shopping: vide-grenier|kleiderkreisel|brechó|value village|salvation army store
thrift shopping: charity shop|charity shops|thrift store|thrift stores|thrifted
tabletop roleplaying game: dungeons and dragons
tabletop roleplaying game: call of cthulhu|mothership rpg|mörk borg
tabletop roleplaying game: roll20|foundry vtt|dndbeyond|d&d beyond|paizo|chaosium|nat 20
tabletop roleplaying game: natural 20|starfinder|shadowrun|warhammer fantasy roleplay
tabletop roleplaying game: delta green|lancer rpg|the one ring rpg|ttrpg|ttrpgs|one shot campaign
puzzle: nyt connections|nyt spelling bee|rubiks cube|ravensburger
puzzle: kakuro|nonogram|nonograms|picross|kenken|times crossword|guardian crossword
puzzle: crossword puzzle|mit mystery hunt
cosplay costume: worbla|eva foam armor
cosplay costume: crossplay|cosplayers|world cosplay summit
camping tent: coleman stove|msr pocketrocket|jetboil|big agnes|vango tent|hilleberg|kampa|thermarest
camping tent: therm-a-rest|pitchup|hipcamp|koa campground|bivvy bag
camper van life: sprinter van|ram promaster|vw california|westfalia|t5 camper|t6 camper
camper van life: park4night|ioverlander|boondocking|skoolie|stealth camping|campervan conversion
camper van life: van conversion|van build|vandweller|van dweller
wild mushroom: chanterelles|chanterelle|morels|hen of the woods|chicken of the woods
wild mushroom: lion's mane mushroom|puffball
wild mushroom: wild mushrooms
beekeeping: british beekeepers association|bbka|langstroth hive|warré hive|flow hive|apimondia|varroa
beekeeping: varroa destructor|nuc box|national hive|top bar hive|apiary|brood box
beekeeping: queen excluder|bee suit|honey extractor|apivar|apiguard|dadant hive
aquarium fish: aquascape|aquascaper|fluval|seachem|api master test kit|juwel aquarium
aquarium fish: eheim|neocaridina|caridina|betta splendens|corydoras|plecos|pleco|red cherry shrimp
aquarium fish: walstad|iaplc|fishkeeper
tattoo: fine line tattoo|blackwork tattoo|dotwork|irezumi|tattoo flash|ink master|stick and poke
tattoo: cheyenne hawk|bishop rotary|fk irons|dynamic black ink|tattoo convention|tattooist|tebori
makeup cosmetics: huda beauty|mac cosmetics|nars
makeup cosmetics: anastasia beverly hills|rare beauty makeup|too faced|pat mcgrath|beauty blender
makeup cosmetics: beautyblender|maybelline|l'oréal paris|nyx cosmetics|benefit cosmetics
makeup cosmetics: kylie cosmetics|rimmel|eyeshadow palette
skincare: cerave|la roche-posay|la roche posay|paula's choice|cosrx|drunk elephant|tretinoin|niacinamide
skincare: retinol|hyaluronic acid|azelaic acid|skinceuticals|kiehl's|clinique|bioderma|avène|eucerin
skincare: laneige|beauty of joseon|innisfree|esthetician|dermaplaning|microneedling|k-beauty
wrist watch: rolex|omega speedmaster|omega seamaster|speedmaster|seamaster|patek philippe|audemars piguet
wrist watch: tudor black bay|seiko|grand seiko|casio g-shock|g-shock|tag heuer|breitling|iwc schaffhausen
wrist watch: jaeger-lecoultre|nomos glashütte|a. lange & söhne|vacheron constantin|hodinkee|watchuseek
wrist watch: chrono24|rolex submariner|rolex daytona|sotc|wruw|hamilton khaki|orient bambino|tissot
wrist watch: longines|citizen eco-drive|nh35 movement|horology|horological|watchmaking|chronograph
sneakers: jordan 1|jordan 4|yeezys|nike dunk|air max|air force 1|af1
sneakers: new balance 990|snkrs app|nike snkrs|sneakerheads|adidas samba
sneakers: adidas gazelle|sneaker con|kith|deadstock
cocktail drink: negroni|aperol spritz|espresso martini|mojito|daiquiri|mai tai|whiskey sour|pisco sour|campari
cocktail drink: angostura bitters|tiki bar|death & co|the dead rabbit|world's 50 best bars
cocktail: tales of the cocktail|difford's guide
cocktail bartender: mixologist|mixologists|mixology
whisky: laphroaig|lagavulin|ardbeg|talisker|macallan|the macallan|glenfiddich|glenlivet|glenmorangie
whisky: springbank|bruichladdich|balvenie|hibiki|nikka|buffalo trace|maker's mark
whisky: wild turkey bourbon|jack daniel's|jameson whiskey|redbreast|johnnie walker|blanton's|pappy van winkle|bowmore
whisky: caol ila|whisky advocate|fèis ìle|feis ile|speyside|single malt
tea: darjeeling|assam tea|earl grey|lapsang souchong|sencha|gyokuro|matcha|oolong|pu-erh|puerh|tieguanyin
tea: da hong pao|rooibos|gongfu cha|gaiwan|yixing teapot|chanoyu|twinings|yorkshire tea|pg tips
tea: mariage frères|teavana|harney & sons
barbecue: kamado joe|oklahoma joe|aaron franklin
barbecue: franklin barbecue|kcbs|memphis in may|pellet grill|offset smoker|burnt ends|meater probe
barbecue: thermapen|pit boss grill|masterbuilt|kamado
wedding: zola registry|hitched.co.uk|bridebook|say yes to the dress|pronovias|vera wang|david's bridal
wedding: jenny packham|maid of honor|maid of honour|bridal shower|hen do|hen party|stag do
wedding: bachelorette party|rehearsal dinner|elopement|bridesmaids|bridesmaid|groomsmen
dating: tinder date|tinder match|bumble app|hinge app|okcupid|grindr|feeld|raya app|plenty of fish
dating: match.com|eharmony|coffee meets bagel|speed dating|situationship|ghosting|breadcrumbing
dating: love bombing|dating app|dating apps
wild food foraging: foraged|foraging walk|wild food foraging|ramsons|puffballs
cosplay costume: cosplay contest
"""

LEXICON_TEXT = """
# Spanish
pintor=painter|pintora=painter|pintores=painters|acuarela=watercolour painting|acuarelas=watercolour paintings
lienzo=canvas|caligrafía=calligraphy|calígrafo=calligrapher|calígrafa=calligrapher
ferromodelismo=model railway|coleccionista=collector|coleccionistas=collectors
coleccionismo=collecting|numismática=numismatics coin collecting|filatelia=philately stamp collecting
mercadillo=flea market|rolero=tabletop roleplaying gamer|rompecabezas=jigsaw puzzle|crucigrama=crossword
crucigramas=crosswords|cosplayera=cosplayer|cosplayero=cosplayer|acampada=camping|acampar=go camping
campista=camper|camperizada=converted camper van|camperizar=convert a camper van|setas=mushrooms
micología=mycology|apicultor=beekeeper|apicultora=beekeeper|apicultura=beekeeping|colmena=beehive
colmenas=beehives|acuarista=aquarium fishkeeper|acuarismo=aquarium fishkeeping|pecera=fish tank aquarium
tatuaje=tattoo|tatuajes=tattoos|tatuador=tattoo artist|tatuadora=tattoo artist|maquillaje=makeup
maquilladora=makeup artist|maquillador=makeup artist|pintalabios=lipstick|relojes=watches timepieces
relojería=watchmaking|relojero=watchmaker|zapatillas=sneakers|coctelería=cocktail bar|cóctel=cocktail
cócteles=cocktails|coctelero=bartender|destilería=distillery|tetera=teapot|asado=barbecue
parrillada=barbecue grill|parrilla=grill|soltera=single woman
soltero=single man|pareja=partner couple
# German
malerin=painter|malerei=painting|aquarell=watercolour painting|ölgemälde=oil painting|gemälde=painting
kalligrafie=calligraphy|kalligraphie=calligraphy|kalligraf=calligrapher|klemmbausteine=lego bricks
modelleisenbahn=model railway|modellbahn=model railway|sammler=collector|sammlerin=collector
sammlung=collection|briefmarkensammler=stamp collector|münzsammler=coin collector|flohmarkt=flea market
rollenspiel=roleplaying game|rollenspiele=roleplaying games|spielleiter=game master
spielleiterin=game master|kreuzworträtsel=crossword|cosplayerin=cosplayer|zelten=tent camping
campingplatz=campsite|wohnmobil=motorhome|kastenwagen=camper van|pilzsammler=mushroom forager
wildkräuter=wild herbs foraging|imker=beekeeper|imkerin=beekeeper|imkerei=beekeeping
bienenstock=beehive|bienenvolk=bee colony|aquaristik=aquarium fishkeeping|aquarianer=aquarium fishkeeper
tätowierer=tattoo artist|tätowiererin=tattoo artist|tätowierung=tattoo|tätowierungen=tattoos
schminke=makeup|schminken=makeup|visagistin=makeup artist|visagist=makeup artist|lippenstift=lipstick
hautpflege=skincare|gesichtspflege=facial skincare|sonnencreme=sunscreen|armbanduhr=wristwatch
armbanduhren=wristwatches|uhrmacher=watchmaker|uhrmacherin=watchmaker|uhrensammler=watch collector
turnschuhe=sneakers|barkeeper=bartender|barkeeperin=bartender|brennerei=distillery|teeliebhaber=tea lover
teeliebhaberin=tea lover|teekanne=teapot|grillen=barbecue grilling|grillmeister=barbecue pitmaster
braut=bride|bräutigam=groom|hochzeitsfotograf=wedding photographer
hochzeitsfotografin=wedding photographer|partnersuche=looking for a partner dating
singlebörse=dating site
# French
peintre=painter|peintres=painters|peinture=painting|aquarelle=watercolour painting
aquarelliste=watercolour painter|calligraphie=calligraphy|calligraphe=calligrapher
modélisme=scale modelling|ferroviaire=railway|collectionneur=collector|collectionneuse=collector
philatélie=philately stamp collecting|numismatique=numismatics coin collecting|friperie=thrift store
brocante=flea market|rôliste=tabletop roleplaying gamer|jdr=tabletop roleplaying game
cosplayeuse=cosplayer|campeur=camper|campeuse=camper|bivouac=camping bivouac|apiculteur=beekeeper
apicultrice=beekeeper|ruche=beehive|ruches=beehives|aquariophilie=aquarium fishkeeping
aquariophile=aquarium fishkeeper|tatouage=tattoo|tatouages=tattoos|tatoueur=tattoo artist
tatoueuse=tattoo artist|maquillage=makeup|maquilleuse=makeup artist|maquilleur=makeup artist
horlogerie=watchmaking|horloger=watchmaker|horlogère=watchmaker|mixologue=mixologist bartender|miscelazione=cocktail mixing
distillerie=distillery|théière=teapot|mariée=bride|célibataire=single dating
# Italian
pittore=painter|pittrice=painter|pittura=painting|acquerello=watercolour painting
acquerellista=watercolour painter|calligrafia=calligraphy|fermodellismo=model railway
collezionista=collector|collezionisti=collectors|collezionismo=collecting|francobolli=postage stamps
mercatino=flea market|usato=secondhand|cruciverba=crossword|rompicapo=puzzle|enigmistica=puzzles
campeggio=camping|camperista=camper van traveller|fungaiolo=mushroom forager|apicoltore=beekeeper
apicoltrice=beekeeper|apicoltura=beekeeping|alveare=beehive|arnia=beehive|acquariofilia=aquarium fishkeeping
acquariofilo=aquarium fishkeeper|tatuaggio=tattoo|tatuaggi=tattoos|tatuatore=tattoo artist
tatuatrice=tattoo artist|truccatrice=makeup artist|truccatore=makeup artist|rossetto=lipstick
orologio=watch|orologi=watches timepieces|orologeria=watchmaking|orologiaio=watchmaker|distilleria=distillery
teiera=teapot|grigliata=barbecue|sposa=bride|sposi=newlyweds
# Portuguese
aquarela=watercolour painting|caligrafia=calligraphy|colecionador=collector|colecionadora=collector
colecionismo=collecting|brechó=thrift store|cogumelos=mushrooms
colmeia=beehive|colmeias=beehives|aquarismo=aquarium fishkeeping
aquarista=aquarium fishkeeper|tatuagem=tattoo|tatuagens=tattoos|maquiagem=makeup|maquilhagem=makeup
maquiadora=makeup artist|maquiador=makeup artist|batom=lipstick|relógio=watch|relógios=watches timepieces
relojoaria=watchmaking|relojoeiro=watchmaker|coquetel=cocktail|coquetéis=cocktails|destilaria=distillery
uísque=whisky|churrasco=barbecue|churrasqueiro=barbecue pitmaster
noiva=bride|paquera=flirting dating|namoro=dating relationship
# Multi-word and more (es, de, fr, it, pt)
óleo=oil|juego de rol=roleplaying game|juegos de rol=roleplaying games|máster de rol=game master
monedas=coins|mots croisés=crossword|palavras cruzadas=crossword|quebra-cabeça=jigsaw puzzle
jeu de rôle=roleplaying game|jeux de rôle=roleplaying games|meneur de jeu=game master
gioco di ruolo=roleplaying game|giochi di ruolo=roleplaying games|rpg de mesa=tabletop roleplaying game
mestre de rpg=game master|moedas=coins|pennino=pen nib|funghi=mushrooms|champignons=mushrooms
cueillette=foraging picking|acampamento=camping|sauvage=wild|furgoneta=van|fourgon=van|aménagé=converted
agua dulce=freshwater|edición limitada=limited edition|degustazione=tasting|écossais=scottish
schottland=scotland|suisse=swiss|théières=teapots|chá=tea|organisatrice de mariage=wedding planner
achados=finds|cuidado facial=facial skincare|soins du visage=facial skincare|cura della pelle=skincare
cuidados com a pele=skincare|segunda mano=used|ropa de segunda mano=used clothes
"""
