"""Interest definitions for music, comedy, screen culture and the inner life: twenty-seven interests.

``ENTRIES`` holds each interest as a plain tuple ``(name, phrases, other_senses, aliases, broader)``, the same
fields as ``interest_vocab.VocabEntry``: what people write in bios and posts when they share the interest, texts
that use its words in another meaning (or neighbouring topics that do not count as it), other names an owner may
give it, and the built-in interests it is a part of.

``NAMES_TEXT`` adds proper names and jargon for these interests in the ``_NAMES_TEXT`` format (``gloss:
name|name|...``, names lower case, the gloss being the English words the matcher reads in their place).

``LEXICON_TEXT`` adds the key words of these interests in Spanish, German, French, Italian and Portuguese in the
``_LEXICON_TEXT`` format (``word=english gloss``, separated by ``|``).
"""

from __future__ import annotations

__all__ = ["ENTRIES", "LEXICON_TEXT", "NAMES_TEXT"]

ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "music production",
        (
            "music producer",
            "producing beats in my bedroom studio",
            "mixing and mastering engineer",
            "home studio setup",
            "working on a new track in ableton",
            "made a beat today",
            "beatmaker",
            "recording artist and producer",
            "sample pack out now",
            "finished mixing the new single",
            "audio engineer",
            "vocal chain and compression",
            "daw tips and tricks",
            "fl studio producer",
            "lo-fi beats producer",
            "studio session tonight",
            "mastering engineer for hire",
            "tracking drums in the studio",
            "songwriter and producer",
            "synths, samples and plugins",
            "productor musical",
            "musikproduzent",
            "producteur de musique",
            "produttore musicale",
            "produtor musical",
        ),
        (
            "theatre production manager",
            "production line worker",
            "film production company",
            "oil production is up this quarter",
            "food production and farming",
            "production server is down again",
            "beat the traffic this morning",
            "mixing cocktails behind the bar",
            "tracking my parcel",
            "graduated with a master's degree",
            "the sample size was too small",
            "listening to my favourite album on repeat",
            "producer of the evening news",
            "concrete mixing on site",
        ),
        (
            "music producer",
            "beat making",
            "beatmaking",
            "audio engineering",
            "mixing and mastering",
            "home recording",
        ),
        (),
    ),
    (
        "vinyl records",
        (
            "vinyl collector",
            "record collector",
            "crate digging",
            "new vinyl arrived today",
            "spinning records on a sunday",
            "record store day haul",
            "first pressing on coloured vinyl",
            "turntable and speakers setup",
            "my record collection",
            "vinyl junkie",
            "now spinning",
            "picked up this lp at the record shop",
            "limited edition pressing",
            "secondhand records from the charity shop",
            "audiophile turntable upgrade",
            "needle drop on side b",
            "45s and 12 inch singles",
            "record fair this weekend",
            "dj who plays vinyl only",
            "original pressing in mint condition",
            "coleccionista de vinilos",
            "schallplattensammler",
            "disquaire indépendant",
            "collezionista di vinili",
            "discos de vinil",
        ),
        (
            "vinyl flooring for the kitchen",
            "vinyl siding installation",
            "vinyl wrap for my car",
            "vinyl stickers for laptops",
            "cutting vinyl decals on my cricut",
            "broke the world record",
            "criminal record check",
            "on the record with the press",
            "medical records system",
            "record high temperatures",
            "recording a podcast episode",
            "vinyl gloves and pvc pipes",
            "spotify playlist on shuffle",
            "off the record",
        ),
        (
            "vinyl",
            "record collecting",
            "vinyl collecting",
            "lp records",
            "record collector",
            "vinyl collector",
        ),
        ("hobbies",),
    ),
    (
        "synthesizers",
        (
            "synth nerd",
            "modular synth",
            "eurorack build",
            "analog synthesizer",
            "patching my modular",
            "synth jam this morning",
            "new synth day",
            "polysynth pads",
            "moog bass line",
            "patch cables everywhere",
            "vintage synth collector",
            "oscillators and filters",
            "sequencer jam",
            "synthesizer player",
            "diy synth kit",
            "wavetable synth presets",
            "synth meetup",
            "drum machine and synth jam",
            "ambient synth improvisation",
            "sound design on my synth",
            "sintetizador analógico",
            "modularsynthesizer",
            "synthétiseur analogique",
            "sintetizzatore modulare",
        ),
        (
            "protein synthesis in cells",
            "chemical synthesis lab",
            "speech synthesis api",
            "synthetic fibres",
            "synthetic data generation",
            "keyboard shortcuts",
            "mechanical keyboard build",
            "modular kitchen design",
            "modular homes",
            "patch notes for the new update",
            "eye patch",
            "coffee filters",
            "oscillating fan",
            "photosynthesis lesson",
        ),
        ("synths", "synth", "synthesizer", "synthesisers", "synthesiser", "modular synths", "eurorack"),
        ("electronic music",),
    ),
    (
        "sound design",
        (
            "sound designer",
            "sound design for games",
            "foley artist",
            "field recording",
            "recording foley in the studio",
            "designing sounds for a film",
            "game audio designer",
            "sound effects library",
            "audio post production",
            "re-recording mixer",
            "ambiences and textures",
            "wwise and fmod",
            "creature sound effects",
            "sound designer for theatre",
            "spatial audio mix",
            "sound design reel",
            "recorded thunder for my sound library",
            "dialogue editing and foley",
            "sound for picture",
            "diseñador de sonido",
            "sounddesignerin",
            "conception sonore",
            "design del suono",
            "designer de som",
        ),
        (
            "that sounds good to me",
            "sound advice",
            "safe and sound",
            "of sound mind",
            "the sound of music musical",
            "sound bath meditation",
            "noise complaint from the neighbours",
            "interior design studio",
            "graphic designer",
            "sound system for the party",
            "long island sound",
            "tinnitus ringing in my ears",
            "ux design",
        ),
        ("sound designer", "foley", "game audio", "audio design", "field recording"),
        (),
    ),
    (
        "blues",
        (
            "blues guitarist",
            "delta blues",
            "chicago blues",
            "blues jam night",
            "12 bar blues",
            "slide guitar on a resonator",
            "blues harmonica player",
            "blues festival",
            "electric blues band",
            "playing the blues",
            "blues singer",
            "old blues records",
            "juke joint",
            "bottleneck slide guitar",
            "blues rock",
            "rhythm and blues",
            "blues jam at the pub tonight",
            "bluesman",
            "músico de blues",
            "bluesmusiker",
            "chanteuse de blues",
            "chitarrista blues",
        ),
        (
            "feeling blue today",
            "monday blues",
            "baby blues after birth",
            "winter blues",
            "out of the blue",
            "blue skies",
            "come on you blues",
            "birmingham city blues fan",
            "blue whale",
            "navy blue dress",
            "blues and twos police",
            "blue cheese",
            "the blue jays",
        ),
        ("blues music", "the blues", "delta blues", "chicago blues"),
        (),
    ),
    (
        "reggae",
        (
            "reggae music",
            "roots reggae",
            "dancehall",
            "sound system culture",
            "dub music",
            "ska and rocksteady",
            "reggae sound system",
            "selector and toaster",
            "reggae vinyl",
            "one love",
            "jamaican music",
            "dub plates",
            "rub a dub",
            "lovers rock",
            "reggae festival",
            "rastafari",
            "bob marley tunes",
            "reggae band",
            "amante del reggae",
            "reggae aus jamaika",
            "musique jamaïcaine",
            "musica giamaicana",
            "música jamaicana",
        ),
        (
            "reggaeton party",
            "jamaica holiday",
            "jamaican patties",
            "rum punch",
            "cool runnings bobsleigh",
            "dub the video in spanish",
            "sound system install in my car",
            "jerk chicken",
            "usain bolt",
            "one love manchester",
            "bob the builder",
        ),
        ("reggae music", "dancehall", "dub reggae", "ska", "roots reggae"),
        (),
    ),
    (
        "k-pop",
        (
            "kpop stan",
            "k-pop fan",
            "my bias",
            "comeback stage",
            "new comeback teaser",
            "fan chant",
            "photocard collection",
            "kpop idol",
            "korean pop music",
            "kpop concert",
            "lightstick ready for the concert",
            "music show win",
            "kpop dance cover",
            "fancam",
            "streaming the new mv",
            "album unboxing and photocards",
            "idol group debut",
            "kpop stan account",
            "ot7 forever",
            "maknae",
            "fan de kpop",
            "fã de kpop",
            "fan de la k-pop",
            "fan del kpop",
        ),
        (
            "korean food",
            "korean bbq",
            "learning korean",
            "seoul travel",
            "k-drama recommendations",
            "pop culture",
            "popcorn and movie night",
            "kpi dashboard",
            "k-cup coffee pods",
            "pop quiz",
            "soda pop",
            "j-pop",
            "anime opening songs",
            "american idol audition",
        ),
        ("kpop", "k pop", "korean pop", "kpop stan"),
        ("pop music",),
    ),
    (
        "indie music",
        (
            "indie music",
            "indie rock",
            "indie pop",
            "indie kid",
            "indie band",
            "bedroom pop",
            "underground gigs",
            "small venue gig",
            "new music friday",
            "bandcamp friday haul",
            "indie label",
            "discovering new bands",
            "dream pop and shoegaze",
            "lo-fi indie",
            "indie folk",
            "alt music lover",
            "support independent artists",
            "caught the support act",
            "diy music scene",
            "emerging artists",
            "música indie",
            "indie-musik",
            "musique indépendante",
            "musica indipendente",
            "música independente",
        ),
        (
            "indie games",
            "indie developer",
            "indie film festival",
            "indie author self published",
            "indie hacker",
            "independent bookshop",
            "independent school",
            "independent living",
            "indian food",
            "pop music chart",
            "bands for my hair",
            "wedding band",
            "resistance band workout",
        ),
        ("indie", "indie pop", "alternative music", "alt music", "indie rock"),
        (),
    ),
    (
        "singing",
        (
            "singer",
            "vocalist",
            "singer songwriter",
            "singing lessons",
            "vocal coach",
            "vocal warm ups",
            "karaoke night",
            "sang at an open mic",
            "session vocalist",
            "singing cover songs",
            "musical theatre singer",
            "learning to sing",
            "hit the high note",
            "belting and vibrato",
            "singer in a band",
            "vocal range",
            "jazz singer",
            "wedding singer",
            "cantante",
            "sängerin",
            "chanteuse",
            "cantora",
            "cantante lirica",
        ),
        (
            "singing the praises of the team",
            "bird song in the garden",
            "singapore",
            "the kettle is singing",
            "sings like a canary to the police",
            "vocal supporter of the campaign",
            "vocal minority",
            "lip sync",
            "singed my hair",
            "singles night",
            "listening to music",
            "song thrush",
        ),
        ("singer", "vocals", "vocalist", "karaoke", "vocal music", "singers"),
        (),
    ),
    (
        "guitar",
        (
            "guitarist",
            "guitar player",
            "learning guitar",
            "acoustic guitar",
            "electric guitar",
            "guitar practice",
            "new guitar day",
            "fingerstyle guitar",
            "guitar lessons",
            "guitar teacher",
            "pedalboard",
            "guitar tone",
            "restringing my guitar",
            "classical guitar",
            "guitar riffs",
            "luthier",
            "bass guitarist",
            "jamming on guitar",
            "strat or les paul",
            "ngd",
            "guitarrista",
            "gitarrist",
            "guitariste",
            "chitarrista",
            "violão",
        ),
        (
            "guitar hero video game",
            "air guitar",
            "bass fishing",
            "fretting about the exam",
            "no strings attached",
            "playing second fiddle",
            "capo of the mafia",
            "pick of the week",
            "violin lessons",
            "string theory",
            "pick up the kids",
            "tennis racket strings",
        ),
        ("guitars", "guitar playing", "acoustic guitar", "electric guitar", "bass guitar"),
        (),
    ),
    (
        "piano",
        (
            "pianist",
            "piano player",
            "learning piano",
            "piano lessons",
            "piano teacher",
            "practising scales",
            "grand piano",
            "upright piano",
            "jazz piano",
            "classical pianist",
            "piano recital",
            "playing chopin nocturnes",
            "keyboard player in a band",
            "sight reading practice",
            "piano cover",
            "digital piano",
            "piano tuner",
            "accompanist",
            "grade 8 piano",
            "pianista",
            "klavier",
            "pianiste",
            "klavierspielerin",
            "pianoforte",
        ),
        (
            "keyboard shortcuts",
            "mechanical keyboard",
            "piano stairs",
            "play it by ear",
            "piano movers",
            "car keys",
            "typing on my keyboard",
            "organ donor",
            "grand prix",
            "keyboard warrior",
            "bathroom scales say otherwise",
        ),
        ("pianist", "pianos", "piano playing"),
        (),
    ),
    (
        "drums",
        (
            "drummer",
            "drum kit",
            "drumming",
            "drum practice",
            "drum lessons",
            "new snare",
            "cymbals",
            "double kick pedal",
            "drum cover",
            "session drummer",
            "drum fill",
            "practice pad rudiments",
            "drum teacher",
            "jazz drummer",
            "drum circle",
            "percussionist",
            "hand drums",
            "djembe",
            "electronic drum kit",
            "sticks and skins",
            "schlagzeuger",
            "baterista",
            "batterista",
            "schlagzeugerin",
        ),
        (
            "drumming up support",
            "oil drum",
            "washing machine drum",
            "ear drum",
            "chicken drumsticks",
            "drum roll please",
            "snare a bargain",
            "kick off",
            "rain drumming on the roof",
            "percussion drill",
            "brake drums",
            "beat the drum for change",
        ),
        ("drum", "drummer", "percussion", "drum kit"),
        (),
    ),
    (
        "choir",
        (
            "choir singer",
            "sing in a choir",
            "choir practice tonight",
            "choral singing",
            "community choir",
            "church choir",
            "chamber choir",
            "alto in the choir",
            "soprano section",
            "tenor section",
            "choir concert",
            "rehearsal for the carol service",
            "gospel choir",
            "barbershop quartet",
            "a cappella group",
            "choirmaster",
            "choral director",
            "singing handel's messiah",
            "chorister",
            "canto coral",
            "chorsängerin",
            "chorale",
            "coro polifonico",
            "coralista",
        ),
        (
            "preaching to the choir",
            "choir of angels",
            "dawn chorus of birds",
            "a chorus of complaints",
            "church service on sunday",
            "school assembly",
            "the tenor of the conversation",
            "bass guitar",
            "alto saxophone",
            "the sopranos",
            "chorus line",
        ),
        ("choirs", "choral singing", "choral", "chorus", "a cappella"),
        ("singing",),
    ),
    (
        "stand-up comedy",
        (
            "stand up comedian",
            "comedian",
            "open mic comedy",
            "stand-up set",
            "comedy club",
            "did a tight five",
            "comedy special",
            "doing stand up",
            "comedy gig tonight",
            "headlining a comedy night",
            "bombed on stage",
            "killed at the open mic",
            "crowd work",
            "comedy writer",
            "edinburgh fringe",
            "improv comedy",
            "sketch comedy",
            "comic on the circuit",
            "comedy tour",
            "monologuista",
            "komikerin",
            "humoriste",
            "cabarettista",
            "comediante de stand-up",
        ),
        (
            "comedy of errors at work",
            "stand up desk",
            "stand-up meeting at work",
            "standing up for what's right",
            "stand up paddleboarding",
            "romantic comedy film",
            "you're a comedian",
            "comic books",
            "comic sans",
            "circus clown",
            "dad jokes",
            "sitcom reruns",
        ),
        ("stand up comedy", "standup", "standup comedy", "comedy", "stand up", "comedians"),
        ("entertainment",),
    ),
    (
        "memes",
        (
            "meme page",
            "memes",
            "shitposting",
            "meme lord",
            "dank memes",
            "reaction gif",
            "posting memes all day",
            "this meme is so me",
            "relatable meme",
            "meme account",
            "funny memes",
            "meme template",
            "internet culture",
            "shitposter",
            "viral tweet",
            "me irl",
            "wholesome memes",
            "meme dump",
            "memes en español",
            "memes auf deutsch",
            "mèmes",
            "meme italiani",
            "memes brasileiros",
        ),
        (
            "meme coins",
            "memecoin pump",
            "meme stocks",
            "memo to all staff",
            "mementos from the trip",
            "memory loss",
            "memes in evolutionary biology",
            "joke's on me",
            "funny story at work today",
            "internet outage",
            "memoir writing",
        ),
        ("meme", "meme culture", "dank memes", "internet memes"),
        ("entertainment",),
    ),
    (
        "reality tv",
        (
            "reality tv",
            "love island",
            "the bachelor",
            "real housewives",
            "reality tv addict",
            "watching the villa",
            "recoupling tonight",
            "dramatic rose ceremony",
            "big brother eviction",
            "survivor tribal council",
            "drag race",
            "reality show",
            "bake off",
            "reality star",
            "housewives reunion",
            "married at first sight",
            "the traitors",
            "below deck",
            "trash tv",
            "guilty pleasure tv",
            "telerrealidad",
            "realityshow",
            "téléréalité",
            "reality show italiani",
            "reality brasileiro",
        ),
        (
            "virtual reality headset",
            "reality check",
            "harsh reality",
            "augmented reality",
            "face reality",
            "in reality",
            "tv licence fee",
            "tv repair",
            "big brother is watching you",
            "cancer survivor",
            "island holiday",
            "trash collection day",
            "real estate",
        ),
        ("reality television", "reality shows", "reality show", "trash tv", "realitytv"),
        ("television",),
    ),
    (
        "documentaries",
        (
            "documentary",
            "watched a great documentary",
            "documentary filmmaker",
            "nature documentary",
            "docuseries",
            "true story documentary",
            "david attenborough",
            "documentary film festival",
            "doc film",
            "watching docs on netflix",
            "documentary director",
            "investigative documentary",
            "history documentary",
            "documentary producer",
            "recommend me a documentary",
            "documentary night",
            "observational documentary",
            "documental",
            "dokumentarfilm",
            "documentaire",
            "documentario",
            "documentário",
        ),
        (
            "documentary evidence in court",
            "document management system",
            "documentation for the api",
            "word document",
            "documentary photography",
            "docs folder",
            "doctor's appointment",
            "doc martens boots",
            "google docs",
            "papers please",
        ),
        ("documentary", "docuseries", "documentary films", "documentary film"),
        ("film",),
    ),
    (
        "museums",
        (
            "museum lover",
            "museum visit",
            "day at the museum",
            "museum curator",
            "museum professional",
            "museum educator",
            "new exhibition opening",
            "natural history museum",
            "museum collections",
            "gallery and museum hopping",
            "exhibition visit",
            "museum volunteer",
            "heritage and museums",
            "curatorial assistant",
            "museum shop",
            "audio guide",
            "museum studies",
            "special exhibition",
            "museo",
            "musée",
            "museu",
            "museumsbesuch",
            "museumspädagogin",
        ),
        (
            "belongs in a museum",
            "this old phone is a museum piece",
            "night at the museum film",
            "exhibition match",
            "trade show exhibition stand",
            "curated playlist",
            "collection of vintage cars",
            "bin collection day",
            "mausoleum",
            "art supplies",
            "art gallery opening",
        ),
        ("museum", "museum visits", "museology", "museum studies"),
        ("history",),
    ),
    (
        "art history",
        (
            "art historian",
            "art history",
            "renaissance art",
            "baroque painting",
            "art history degree",
            "iconography",
            "phd in art history",
            "history of art",
            "old masters",
            "italian renaissance",
            "medieval manuscripts",
            "provenance research",
            "studying impressionism",
            "art history nerd",
            "lecture on caravaggio",
            "painting analysis",
            "dutch golden age",
            "byzantine mosaics",
            "historia del arte",
            "kunstgeschichte",
            "histoire de l'art",
            "storia dell'arte",
            "história da arte",
            "kunsthistorikerin",
        ),
        (
            "state of the art",
            "martial arts",
            "browsing history",
            "the art of the deal",
            "the art of war",
            "history repeats itself",
            "medical history",
            "credit history",
            "art supplies",
            "drawing practice",
            "painting the fence",
            "master's degree",
            "arts and crafts",
        ),
        ("art historian", "history of art", "art historians"),
        ("art", "history"),
    ),
    (
        "fan fiction",
        (
            "fanfic writer",
            "fan fiction",
            "fanfic",
            "ao3",
            "writing fanfic",
            "new chapter posted",
            "kudos and comments",
            "slow burn enemies to lovers",
            "fix it fic",
            "one shot",
            "fanfiction author",
            "fandom",
            "shipping them",
            "my otp",
            "alternate universe au",
            "wip updated",
            "wattpad story",
            "fic rec",
            "fandom writer",
            "reading fic at 3am",
            "autora de fanfics",
            "fanfic-autorin",
            "fanfiction en français",
            "fanfiction italiana",
            "escritora de fanfic",
        ),
        (
            "science fiction novels",
            "fiction writing workshop",
            "fantasy football",
            "fan heater",
            "ceiling fan",
            "football fan",
            "shipping and delivery",
            "one shot espresso",
            "wip in knitting",
            "kudos to the team",
            "fictional characters",
            "fan club",
        ),
        ("fanfic", "fanfiction", "fanfics", "fic", "ao3"),
        ("writing",),
    ),
    (
        "mythology",
        (
            "greek mythology",
            "norse mythology",
            "mythology nerd",
            "myths and legends",
            "gods and goddesses",
            "folklore",
            "celtic mythology",
            "egyptian gods",
            "reading the iliad",
            "zeus and hera",
            "odin and thor",
            "mythological creatures",
            "comparative mythology",
            "folk tales",
            "the odyssey",
            "myth retellings",
            "classics and mythology",
            "mythology books",
            "medusa",
            "mitología griega",
            "mythologie",
            "mythologie grecque",
            "mitologia norrena",
            "mitologia grega",
        ),
        (
            "myth busting",
            "debunking myths about vaccines",
            "urban myth",
            "common myths about money",
            "thor marvel movie",
            "loki tv series",
            "nike shoes",
            "trojan horse virus",
            "achilles tendon injury",
            "narcissist ex",
            "odyssey of a road trip",
            "pandora jewellery",
            "apollo moon landing",
            "mercury retrograde",
        ),
        ("myths", "myth", "greek mythology", "norse mythology", "folklore", "myths and legends"),
        ("history",),
    ),
    (
        "astrology",
        (
            "astrology",
            "birth chart",
            "my sun sign",
            "mercury retrograde",
            "scorpio sun",
            "leo moon",
            "astrologer",
            "horoscope",
            "zodiac signs",
            "rising sign",
            "natal chart reading",
            "saturn return",
            "full moon in pisces",
            "tarot and astrology",
            "typical gemini",
            "venus in libra",
            "astro twitter",
            "daily horoscope",
            "astrología",
            "astrologie",
            "astrologa",
            "astróloga",
            "horóscopo",
        ),
        (
            "astronomy",
            "stargazing with my telescope",
            "planets in the solar system",
            "movie stars",
            "five star review",
            "nasa mission",
            "star wars",
            "mercury poisoning",
            "venus williams",
            "sign the petition",
            "signs of burnout",
            "moon landing",
            "cancer treatment",
            "mars rover landing",
        ),
        ("horoscopes", "zodiac", "astro", "star signs", "horoscope"),
        ("wellness",),
    ),
    (
        "meditation",
        (
            "meditation",
            "daily meditation",
            "mindfulness practice",
            "meditating",
            "meditation teacher",
            "sat for 20 minutes this morning",
            "silent retreat",
            "vipassana retreat",
            "breathing meditation",
            "headspace app",
            "mindfulness",
            "zen practice",
            "loving kindness meditation",
            "body scan",
            "sitting practice",
            "insight meditation",
            "transcendental meditation",
            "meditation cushion",
            "guided meditation",
            "meditación",
            "méditation",
            "meditazione",
            "meditação",
            "achtsamkeit",
        ),
        (
            "mediation services",
            "mediator in the dispute",
            "medication side effects",
            "premeditated murder",
            "sitting in traffic",
            "breathe in the fresh air",
            "zen garden",
            "mindful of the budget",
            "the army retreat",
            "corporate retreat",
            "body scan at the airport",
        ),
        ("mindfulness", "meditating", "meditate", "vipassana", "zen"),
        ("wellness",),
    ),
    (
        "k-dramas",
        (
            "kdrama addict",
            "k-drama",
            "korean drama",
            "watching a new kdrama",
            "kdrama recommendations",
            "crash landing on you",
            "second lead syndrome",
            "binge watching korean dramas",
            "kdrama ost",
            "korean actor",
            "watching dramas on viki",
            "cdrama and kdrama",
            "kdrama fan",
            "sageuk",
            "episode 16 finale",
            "rom com kdrama",
            "kdrama couple",
            "dorama",
            "doramas coreanos",
            "k-drama-fan",
            "drama coréen",
            "drama coreani",
            "dorameira",
        ),
        (
            "office drama",
            "family drama",
            "drama queen",
            "drama class at school",
            "drama school acting",
            "k-pop comeback",
            "korean bbq",
            "no drama please",
            "drama llama",
            "reality tv drama",
            "drama at work again",
        ),
        ("kdrama", "kdramas", "k-drama", "korean dramas", "korean drama"),
        ("television",),
    ),
    (
        "bollywood",
        (
            "bollywood",
            "bollywood movies",
            "hindi films",
            "shah rukh khan fan",
            "bollywood songs",
            "bollywood dance",
            "srk",
            "hindi cinema",
            "watching a hindi movie",
            "indian cinema",
            "bollywood music",
            "filmi songs",
            "tollywood",
            "bollywood actor",
            "desi movie night",
            "first day first show",
            "bollywood gossip",
            "item song",
            "cine de bollywood",
            "bollywood-filme",
            "cinéma indien",
            "cinema indiano",
            "filmes indianos",
        ),
        (
            "hollywood",
            "indian food",
            "curry night",
            "cricket world cup",
            "holi festival",
            "yoga",
            "indian politics",
            "diwali lights",
            "indian wedding",
            "hindi lessons",
            "nollywood",
        ),
        ("hindi cinema", "hindi films", "indian cinema", "tollywood", "desi movies"),
        ("film",),
    ),
    (
        "celebrity news",
        (
            "celebrity gossip",
            "celeb news",
            "hollywood gossip",
            "red carpet looks",
            "met gala",
            "pop culture news",
            "the kardashians",
            "celebrity couple",
            "celebrity breakup",
            "paparazzi photos",
            "entertainment news",
            "who wore it best",
            "royal family gossip",
            "celebrity feud",
            "tmz",
            "deuxmoi blind item",
            "spilling the tea",
            "hello magazine",
            "best dressed at the oscars",
            "noticias de famosos",
            "promi-news",
            "potins de stars",
            "gossip sui vip",
            "fofocas de famosos",
        ),
        (
            "celebrity chef restaurant",
            "celebrity cruises",
            "world news",
            "breaking news",
            "news anchor",
            "political gossip",
            "office gossip",
            "spill the beans",
            "tea party",
            "roll out the red carpet",
            "stars in the sky",
            "met office weather",
            "gala dinner fundraiser",
            "royal mail",
        ),
        ("celebrity gossip", "celebs", "celeb gossip", "gossip", "celeb news"),
        ("entertainment",),
    ),
    (
        "youtube",
        (
            "youtuber",
            "youtube channel",
            "new video up",
            "link in bio for the full video",
            "subscribe to my channel",
            "content creator",
            "hit 10k subscribers",
            "vlog",
            "vlogger",
            "youtube creator",
            "filming a new video",
            "video editing",
            "watching youtube videos",
            "thumbnail design",
            "youtube shorts",
            "upload schedule",
            "youtube premium",
            "video essay",
            "late night youtube rabbit hole",
            "canal de youtube",
            "youtuberin",
            "chaîne youtube",
            "canale youtube",
            "youtubers brasileiros",
        ),
        (
            "youth football",
            "tube strike",
            "london underground",
            "test tube",
            "tv channel",
            "english channel swim",
            "subscribers to the newsletter",
            "inner tube",
            "shorts weather",
            "video call with the team",
            "channel your energy",
            "tube of toothpaste",
        ),
        ("youtuber", "youtubers", "youtube creator", "vlogging", "vlogs"),
        ("entertainment",),
    ),
)

NAMES_TEXT = """
music production software: daw|daws
beat producer: beatmaker|beatmakers|beatmaking
record player: turntable|turntables
synthesizer: synths|synthesiser|synthesisers|polysynth|polysynths|wavetable synth
blues musician: bluesman|bluesmen
blues bar: juke joint
jamaican music: rocksteady
jamaican dance music: dancehall
jamaican religion: rastafari|rastafarian|rastafarians
korean pop music: kpop
k-pop fan video: fancam|fancams
k-pop concert light: lightstick|lightsticks
youngest group member: maknae
guitar maker: luthier|luthiers
guitar playing: fingerstyle
guitar effects pedals: pedalboard|pedalboards
new guitar day: ngd
drum percussion: cymbals|crash cymbal|ride cymbal|hi-hat cymbals
african hand drum: djembe|djembes
percussion musician: percussionist|percussionists
choir singer: chorister|choristers
choir director: choirmaster|choirmasters
harmony singing group: barbershop quartet
singing songs: karaoke
improvised comedy: improv
internet humor joke: meme|memes
reality dating show: recoupling
reality tv show: realityshow|realitytv
k-pop photo cards: photocards
documentary series: docuseries
museum studies: museology
museum curator: curatorial
religious art symbolism: iconography
fan fiction: fanfic|fanfics|fanfiction|fanfictions|fic|fics
fan fiction archive: ao3
fan community: fandom|fandoms
zodiac signs: astrology|astrologer|astrologers|astrological|horoscope|horoscopes|pisces|sagittarius|capricorn
fortune telling cards: tarot|tarot reader
meditation: meditate|meditates|meditating|meditator
meditation awareness: mindfulness
korean drama series: kdrama|kdramas
chinese drama series: cdrama|cdramas
korean historical drama: sageuk
telugu film industry: tollywood
bollywood film music: filmi
bollywood film star: srk
celebrity: celeb|celebs
celebrity photographers: paparazzi
video blog: vlog|vlogs|vlogger|vloggers|vlogging
youtube video creator: youtuber
music production: ableton|pro tools|cubase|reaper daw|bitwig|logic pro x|universal audio|ua apollo|focusrite
music production: scarlett 2i2|neumann u87|shure sm57|waves plugins|fabfilter|fabfilter pro-q|kontakt
music production: native instruments|splice samples|izotope ozone|soundtoys|ssl console|neve 1073|rupert neve
music production: sidechain compression|akai mpc|mpc 2000|maschine mk3|rick rubin|quincy jones|max martin
music production: timbaland|metro boomin|produce like a pro|sound on sound magazine|mix engineer|808 slides
vinyl records: record store day|rsd drops|discogs|vinyl me please|rega planar|technics 1200|sl-1200
vinyl records: pro-ject turntable|ortofon|rough trade east|amoeba music|blue note tone poet|mobile fidelity|mofi
vinyl records: 180g vinyl|180 gram vinyl|gatefold sleeve|test pressing|dead wax|third man records|crosley
vinyl records: audio technica lp60|rpm record|colored vinyl|coloured vinyl|repress
synthesizer: moog|minimoog|moog subsequent|korg minilogue|minilogue|korg ms-20|ms-20|roland jupiter|juno-106
synthesizer: juno 60|prophet-5|sequential prophet|dave smith instruments|oberheim|arturia|microfreak|minibrute
synthesizer: elektron|digitakt|octatrack|teenage engineering|op-1|make noise|mutable instruments|behringer
synthesizer: yamaha dx7|dx7|yamaha cs-80|cs-80|buchla|serge modular|vcv rack|vital synth|serum vst
synthesizer: hydrasynth|modulargrid|superbooth|moogfest|knobs and patch cables
sound design: wwise|audiokinetic|fmod|soundly|boom library|pro sound effects|sound devices mixpre|zoom h6
sound design: zoom f6|sennheiser mkh 416|mkh416|ambisonics|dolby atmos mix|izotope rx|mpse|golden reel awards
sound design: ben burtt|walter murch|gary rydstrom|skywalker sound|tonebenders|foley pit|foley stage
blues music: b.b. king|bb king|muddy waters|howlin' wolf|howlin wolf|john lee hooker|lead belly|leadbelly
blues music: son house|skip james|bessie smith|ma rainey|etta james|albert king|freddie king
blues music: stevie ray vaughan|buddy guy|t-bone walker|elmore james|willie dixon|sonny boy williamson
blues music: little walter|r.l. burnside|junior kimbrough|john mayall|joe bonamassa|gary clark jr
blues music: christone kingfish ingram|keb' mo'|chess records|alligator records|crossroads guitar festival
blues music: king biscuit blues festival|chicago blues festival|blues music awards|beale street
reggae music: bob marley|the wailers|peter tosh|bunny wailer|jimmy cliff|toots and the maytals|burning spear
reggae music: lee scratch perry|lee perry|king tubby|augustus pablo|gregory isaacs|dennis brown|black uhuru
reggae music: steel pulse|aswad|ub40|chronixx|protoje|damian marley|sly and robbie|trojan records
reggae music: greensleeves records|vp records|rebel salute|reggae sumfest|rototom sunsplash|jah shaka
reggae music: david rodigan|rodigan|riddim|riddims|dubwise|vybz kartel|beenie man|shenseea|sizzla
k-pop group: twice kpop|seventeen kpop|txt kpop|(g)i-dle|mamamoo|shinee|got7|monsta x|babymonster|illit
k-pop group: jungkook|jimin|j-hope|jisoo|weverse|mnet|m countdown|inkigayo|music bank kbs|mama awards
k-pop group: melon chart|kcon|exo-l|once twice|carats seventeen|idol comeback
indie music: bandcamp|bandcamp friday|pitchfork review|stereogum|the line of best fit|sub pop|matador records
indie music: domino records|4ad|merge records|xl recordings|secretly canadian|jagjaguwar|dead oceans
indie music: captured tracks|phoebe bridgers|boygenius|mitski|big thief|alvvays|beach house|vampire weekend
indie music: the national band|bon iver|sufjan stevens|fleet foxes|arcade fire|car seat headrest
indie music: japanese breakfast|mac demarco|tame impala|the war on drugs|belle and sebastian
indie music: neutral milk hotel|pavement band|sxsw|end of the road festival|primavera sound|green man festival
indie music: latitude festival|all points east|shoegaze|dream pop
singing: the voice uk|x factor|the x factor|american idol|smule|singstar|karaoke bar|estill voice
singing: speech level singing|head voice|chest voice|mixed voice|falsetto|vibrato|melisma|bel canto
singing: vocal warmups|vocal lessons
guitar: fender guitar|gibson guitar|gibson les paul|epiphone|martin guitar|taylor guitars|prs guitars|ibanez
guitar: squier|gretsch|rickenbacker|boss pedals|line 6 helix|kemper profiler|neural dsp|quad cortex
guitar: dunlop picks|ernie ball|d'addario|justinguitar|justin guitar|songsterr|ultimate guitar
guitar: guitar world magazine|andertons|sweetwater|reverb.com|pedalboard build|fretboard
piano: steinway|steinway & sons|bösendorfer|kawai piano|fazioli|chopin competition
piano: alfred brendel|daniil trifonov
piano: einaudi|jools holland|hanon exercises|czerny etudes|simply piano|flowkey|pianote|clavinova
piano: rhodes piano|fender rhodes|wurlitzer piano|yamaha p-45|roland fp-30
drums: zildjian|sabian|paiste|meinl|pearl drums|tama drums|dw drums|ludwig drums|gretsch drums|v-drums
drums: roland td-17|vic firth|promark|evans drumheads|remo drumheads|drumeo|modern drummer magazine
drums: neil peart|john bonham|buddy rich|travis barker|questlove|stewart copeland|steve gadd
drums: vinnie colaiuta|danny carey|paradiddle|paradiddles|ghost notes drums
choir singing: the king's singers|kings singers|tenebrae choir|voces8|tallis scholars|gareth malone
choir singing: military wives choir|rock choir|king's college choir|nine lessons and carols
choir singing: messiah from scratch|john rutter|eric whitacre|virtual choir|bbc singers|sweet adelines
choir singing: barbershop harmony society|pentatonix|satb
stand-up comedy: dave chappelle|chappelle|john mulaney|mulaney|bill burr|ali wong|hannah gadsby
stand-up comedy: ricky gervais|jimmy carr|frankie boyle|stewart lee|james acaster|bo burnham
stand-up comedy: taylor tomlinson|nate bargatze|louis ck|louis c.k.|george carlin|richard pryor
stand-up comedy: eddie izzard|kevin hart|sarah millican|michael mcintyre|romesh ranganathan
stand-up comedy: live at the apollo|just for laughs|the comedy store|comedy store|comedy cellar
stand-up comedy: the comedy cellar|gotham comedy club|the stand comedy club|jongleurs|comedy central roast
stand-up comedy: kill tony|netflix is a joke|tight five|crowd work
internet memes: r/memes|r/dankmemes|dankmemes|9gag|know your meme|imgflip|me_irl|wojak|pepe the frog
internet memes: rickroll|rickrolled|distracted boyfriend meme|this is fine dog|stonks|galaxy brain
internet memes: skibidi|skibidi toilet|brainrot|italian brainrot|sigma grindset|gigachad|ifunny|copypasta
internet memes: deep fried meme|surreal memes|meme review|shitpost
reality tv show: big brother uk|celebrity big brother|i'm a celebrity|im a celeb|the only way is essex|towie
reality tv show: made in chelsea|geordie shore|jersey shore|keeping up with the kardashians|kuwtk
reality tv show: too hot to handle|love is blind|selling sunset|the challenge mtv|bravo tv|bravocon
reality tv show: andy cohen|watch what happens live|summer house bravo|90 day fiance|the circle netflix
reality tv show: big brother naija|bbnaija|rupaul|the apprentice uk|temptation island
reality tv show: big brother brasil|gran hermano|isola dei famosi|grande fratello|love island usa
documentary film: planet earth ii|blue planet ii|our planet netflix|the last dance|hoop dreams
documentary film: grizzly man|werner herzog|louis theroux|adam curtis|michael moore
documentary film: frederick wiseman|errol morris|sheffield doc/fest|sheffield docfest|hot docs|idfa
documentary film: true/false fest|cph:dox|storyville bbc|pbs frontline|frontline pbs|independent lens
documentary film: curiositystream|curiosity stream|dogwoof|best documentary feature|four corners abc
museum: museum week|international museum day|museums association|smithsonian institution
museum: the getty|getty center|field museum|american museum of natural history|amnh|ashmolean
museum: fitzwilliam museum|pitt rivers museum|hunterian|national museum of scotland|kelvingrove
museum: pergamon museum|museumsinsel|deutsches museum|vatican museums|egyptian museum|hermitage museum
museum: acropolis museum|te papa|nuit des musées|long night of museums|lange nacht der museen|art fund pass
museum: museum pass|museumkaart
art history: courtauld|courtauld institute|warburg institute|giorgio vasari|lives of the artists|gombrich
art history: the story of art|ways of seeing|john berger|erwin panofsky|panofsky|aby warburg
art history: heinrich wölfflin|linda nochlin|smarthistory|burlington magazine|college art association
art history: getty research institute|sistine chapel|arnolfini portrait|las meninas|the night watch
art history: girl with a pearl earring|mona lisa|pre-raphaelites|quattrocento|cinquecento|chiaroscuro
art history: sfumato|iconology
fan fiction: archive of our own|fanfiction.net|ffn|wattpad|tumblr fandom|drarry|destiel|reylo|dramione
fan fiction: hannigram|wolfstar|johnlock|stucky|omegaverse|x reader|reader insert|self insert fic
fan fiction: hurt/comfort|coffee shop au|canon divergence|ficlet|drabble|fic exchange|smut fic
mythology: zeus|poseidon|persephone|yggdrasil|asgard|ovid's metamorphoses|metamorphoses ovid|the iliad
mythology: iliad|homer's odyssey|beowulf|prose edda|poetic edda|mahabharata|ramayana|gilgamesh
mythology: epic of gilgamesh|joseph campbell|hero with a thousand faces|percy jackson|circe madeline miller
mythology: song of achilles|stephen fry mythos|mythos|tuatha de danann|cú chulainn|anansi|quetzalcoatl
mythology: amaterasu|minotaur|cerberus|pantheon of gods
astrology: co-star app|costar app|the pattern app|chani nicholas|chani app|susan miller|astrology zone
astrology: big three sun moon rising|sun moon rising|big 3 astrology|vedic astrology|jyotish|kundli|kundali
astrology: synastry|composite chart|venus retrograde|eclipse season|whole sign houses|placidus|midheaven
astrology: north node|lilith placement|mercury in retrograde|aries szn|scorpio szn|leo season|virgo season
meditation: waking up app|ten percent happier|plum village|jon kabat-zinn
meditation: kabat-zinn|tara brach|jack kornfield|joseph goldstein|goenka|dhamma.org|spirit rock
meditation: insight meditation society|zazen|shikantaza|anapanasati|shunryu suzuki
meditation: zen mind beginner's mind|zendo|sesshin|mala beads|mantra meditation
korean drama: crash landing on you|goblin kdrama|descendants of the sun|itaewon class
korean drama: extraordinary attorney woo|hometown cha-cha-cha|reply 1988|my mister|squid game
korean drama: business proposal kdrama|vincenzo kdrama|queen of tears|lovely runner
korean drama: when life gives you tangerines|true beauty kdrama|viki|rakuten viki|kocowa|tvn|jtbc
korean drama: hyun bin|lee min ho|park seo joon|song joong ki|kim soo hyun|son ye jin|baeksang awards
korean drama: dramabeans|mydramalist
bollywood film: shah rukh khan|shahrukh khan|salman khan|aamir khan|amitabh bachchan|deepika padukone
bollywood film: priyanka chopra|alia bhatt|ranbir kapoor|ranveer singh|kareena kapoor|katrina kaif
bollywood film: hrithik roshan|madhuri dixit|kajol|rrr movie|dilwale dulhania le jayenge|ddlj
bollywood film: kabhi khushi kabhie gham|3 idiots|lagaan|sholay|pathaan|jawan movie|karan johar
bollywood film: yash raj films|yrf|filmfare|iifa awards|arijit singh|lata mangeshkar|a r rahman|ar rahman
bollywood film: t-series
celebrity gossip: page six|daily mail showbiz|sidebar of shame|just jared|e! online|us weekly
celebrity gossip: entertainment tonight|heat magazine|closer magazine|the shade room|pop crave|popcrave
celebrity gossip: pop base|bennifer|brangelina|hola magazine|gala magazine|bunte|revista caras
youtube videos: youtube shorts|yt shorts|vidcon|youtube partner program|tubebuddy|vidiq|social blade
youtube videos: socialblade|casey neistat|markiplier|jacksepticeye|dude perfect
youtube videos: ksi|sidemen|logan paul|veritasium|kurzgesagt|vsauce|tom scott youtube
youtube videos: smosh|jenna marbles|emma chamberlain|youtube rewind|silver play button|gold play button
"""

LEXICON_TEXT = """
# Spanish
productor musical=music producer|productora musical=music producer|producción musical=music production
estudio de grabación=recording studio|vinilos=vinyl records|tocadiscos=turntable
disquería=record shop|sintetizador=synthesizer|sintetizadores=synthesizers|diseñador de sonido=sound designer
diseño sonoro=sound design|cantante=singer|cantantes=singers|cantar=sing|cantando=singing
corista=choir singer|guitarras=guitars|tambor=drum|humorista=comedian
monologuista=stand-up comedian|comediante=comedian|telerrealidad=reality tv|documental=documentary
documentales=documentaries|museos=museums|historia del arte=art history|historiadora del arte=art historian
historiador del arte=art historian|mitología=mythology|mitos=myths|dioses=gods|diosa=goddess
astrología=astrology|astróloga=astrologer|astrólogo=astrologer|horóscopo=horoscope|zodiaco=zodiac
meditar=meditate|atención plena=mindfulness|dorama=korean drama|doramas=korean dramas|famosos=celebrities
farándula=celebrity gossip|chismes=gossip|cotilleo=gossip|suscriptores=subscribers
coleccionista=collector|analógico=analog|músico=musician|amante=lover|jamaicana=jamaican|jamaicano=jamaican
español=spanish|griega=greek|coreanos=korean|autora=author|cómico=comic comedian
# German
musikproduzent=music producer|musikproduzentin=music producer|musikproduktion=music production
tonstudio=recording studio|tontechniker=sound engineer|tontechnikerin=sound engineer
schallplatten=vinyl records|plattenspieler=turntable|plattensammlung=record collection
klanggestaltung=sound design|geräuschemacher=foley artist|sänger=singer|sängerin=singer|singen=singing
gesang=singing vocals|gesangsunterricht=singing lessons|gitarristin=guitarist|gitarren=guitars
pianistin=pianist|klavierunterricht=piano lessons|schlagzeugerin=drummer|trommeln=drumming
chorsänger=choir singer|chorsängerin=choir singer|chorprobe=choir rehearsal|komiker=comedian
komikerin=comedian|kabarettist=comedian|kabarettistin=comedian|dokumentarfilm=documentary
dokumentarfilme=documentaries|doku=documentary|dokus=documentaries|museen=museums
museumsbesuch=museum visit|kunstgeschichte=art history|kunsthistoriker=art historian
kunsthistorikerin=art historian|mythologie=mythology|astrologie=astrology|horoskop=horoscope
sternzeichen=zodiac sign|meditieren=meditate|achtsamkeit=mindfulness|promis=celebrities
promiklatsch=celebrity gossip|youtuberin=youtuber
schallplattensammler=record collector|modularsynthesizer=modular synthesizer|sounddesignerin=sound designer
bluesmusiker=blues musician|jamaika=jamaica|deutsch=german|klavierspielerin=pianist
museumspädagogin=museum educator|promi=celebrity
# French
mixage=audio mixing|vinyles=vinyl records|platine vinyle=turntable|disquaire=record shop
synthétiseur=synthesizer|synthétiseurs=synthesizers|synthé=synth|synthés=synths|bruiteur=foley artist
bruiteuse=foley artist|conception sonore=sound design|chanteur=singer|chanteuse=singer|chanter=sing
guitares=guitars|chorale=choir|choriste=choir singer
choristes=choir singers|humoriste=comedian|humoristes=comedians|téléréalité=reality tv
documentaire=documentary|documentaires=documentaries|musées=museums|histoire de l'art=art history
historien de l'art=art historian|historienne de l'art=art historian|mythes=myths|déesse=goddess
astrologue=astrologer|méditation=meditation|méditer=meditate|pleine conscience=mindfulness|potins=gossip
youtubeur=youtuber|youtubeuse=youtuber
producteur de musique=music producer|analogique=analog|jamaïcaine=jamaican|indépendante=independent
indépendant=independent|grecque=greek|coréen=korean|indien=indian|chaîne youtube=youtube channel
# Italian
produttore musicale=music producer|produzione musicale=music production|fonico=sound engineer
vinili=vinyl records|giradischi=turntable|sintetizzatore=synthesizer|sintetizzatori=synthesizers
cantanti=singers|cantare=sing|chitarre=guitars|pianoforte=piano
cabarettista=comedian|documentario=documentary|documentari=documentaries|musei=museums
storia dell'arte=art history|storico dell'arte=art historian|storica dell'arte=art historian
mitologia=mythology|astrologia=astrology|oroscopo=horoscope|segno zodiacale=zodiac sign|meditare=meditate
pettegolezzi=gossip
collezionista=collector|modulare=modular|design del suono=sound design|giamaicana=jamaican
indipendente=independent|polifonico=polyphonic|italiani=italian|norrena=norse|coreani=korean|indiano=indian
canale youtube=youtube channel
# Portuguese
produtor musical=music producer|discos de vinil=vinyl records|toca-discos=turntable
cantora=singer|violão=acoustic guitar|violonista=guitarist|coralista=choir singer
documentário=documentary|documentários=documentaries|museus=museums|história da arte=art history
historiadora da arte=art historian|astróloga=astrologer|fofoca=gossip|fofocas=gossip
designer de som=sound designer|independente=independent|brasileiros=brazilian|brasileiro=brazilian
grega=greek|dorameira=korean drama fan|indianos=indian|filmes=films|canto coral=choir singing
"""
