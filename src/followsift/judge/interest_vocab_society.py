"""Built-in interest definitions (set b): civic life, policy, social and natural sciences.

``ENTRIES`` holds each interest as a plain tuple ``(name, phrases, other_senses, aliases, broader)``, the same
fields as ``interest_vocab.VocabEntry``. ``NAMES_TEXT`` adds proper names and jargon for these interests in the
``_NAMES_TEXT`` format (``gloss: name|name|...``, names lower case); ``LEXICON_TEXT`` adds Spanish, German,
French, Italian and Portuguese words with their English gloss (``word=gloss|word=gloss``).
"""

from __future__ import annotations

__all__ = ["ENTRIES", "LEXICON_TEXT", "NAMES_TEXT"]

ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "urban planning",
        (
            "urban planner",
            "city planning nerd",
            "transportation planner",
            "zoning reform",
            "walkable neighborhoods",
            "missing middle housing",
            "15-minute city",
            "build more housing",
            "yimby",
            "mixed-use development",
            "land use policy",
            "parking minimums should go",
            "strong towns advocate",
            "complete streets",
            "transit-oriented development",
            "master plan consultation",
            "urban design and placemaking",
            "bike lanes and safer streets",
            "city planning commission meeting",
            "urbanista",
            "stadtplanerin",
            "urbaniste",
            "pianificazione urbana",
            "planejamento urbano",
        ),
        (
            "planning my wedding",
            "meal planning sunday",
            "urban outfitters haul",
            "urban legend",
            "urban dictionary definition",
            "city break in rome",
            "financial planner",
            "event planner",
            "sim city all weekend",
            "cities: skylines build",
            "interior design studio",
            "moving to the city next month",
            "urban fantasy novel",
            "project planning template",
        ),
        ("city planning", "town planning", "urban planners", "urban design", "zoning", "yimby"),
        ("architecture", "government"),
    ),
    (
        "public transport",
        (
            "public transit advocate",
            "transit nerd",
            "bus driver",
            "train commute",
            "light rail",
            "subway map",
            "bus rapid transit",
            "more frequent buses",
            "tram network",
            "metro line extension",
            "fare free transit",
            "high-speed rail",
            "rail fan",
            "spotting trains at the station",
            "commuter rail",
            "night train",
            "bus lanes now",
            "transit agency",
            "riding every tube line",
            "transporte público",
            "öffentlicher nahverkehr",
            "transports en commun",
            "trasporto pubblico",
            "transporte coletivo",
        ),
        (
            "training session at the gym",
            "train your dog",
            "in transit, delivery tomorrow",
            "missed the bus on that trend",
            "throw someone under the bus",
            "usb bus power",
            "event bus architecture",
            "soul train",
            "trainspotting movie",
            "uber ride home",
            "road trip in the car",
            "flight delayed again",
            "train of thought",
            "public speaking",
            "ferrari on the track",
        ),
        ("public transit", "transit", "mass transit", "trains", "railways", "buses", "rail"),
        ("urban planning",),
    ),
    (
        "local politics",
        (
            "city councillor",
            "city council meeting",
            "school board member",
            "running for city council",
            "county commissioner",
            "our new mayor",
            "local elections",
            "town hall meeting",
            "ward councillor",
            "municipal politics",
            "local government",
            "neighborhood association",
            "budget hearing at city hall",
            "public comment at council",
            "parish council",
            "state legislature",
            "vote in your local election",
            "concejal",
            "gemeinderat",
            "conseiller municipal",
            "consigliere comunale",
            "vereador",
        ),
        (
            "council tax bill",
            "student council president",
            "the council of elrond",
            "local coffee shop",
            "local band tonight",
            "office politics",
            "mayor of flavortown",
            "town hall in animal crossing",
            "local host server",
            "shop local",
            "localization engineer",
            "presidential debate",
            "locals only surf spot",
        ),
        ("city council", "municipal politics", "local government", "city politics", "civic engagement"),
        ("politics",),
    ),
    (
        "activism",
        (
            "activist",
            "community organizer",
            "grassroots organizing",
            "organizer",
            "marched today",
            "join the protest",
            "direct action",
            "mutual aid",
            "sign the petition",
            "call your representatives",
            "social justice",
            "phone banking",
            "canvassing this weekend",
            "advocacy campaign",
            "rally at the capitol",
            "civil disobedience",
            "organizing for justice",
            "say their names",
            "no justice no peace",
            "activista",
            "aktivistin",
            "militante",
            "attivista",
            "ativista",
        ),
        (
            "activated my account",
            "activated charcoal mask",
            "product activation key",
            "activity tracker",
            "organizing my closet",
            "home organization tips",
            "marching band practice",
            "march madness brackets",
            "the rally in the car park",
            "a rally in the stock market",
            "tennis rally",
            "petition to the court",
            "demo day for startups",
            "direct debit",
        ),
        (
            "activist",
            "activists",
            "organizing",
            "community organizing",
            "advocacy",
            "protest",
            "social justice",
        ),
        ("politics",),
    ),
    (
        "disability rights",
        (
            "disability advocate",
            "disabled and proud",
            "disability justice",
            "wheelchair user",
            "disabled activist",
            "nothing about us without us",
            "accessibility is a right",
            "deaf and proud",
            "blind activist",
            "chronically ill and disabled",
            "ableism",
            "fighting ableism",
            "disability pride month",
            "ada compliance matters",
            "independent living movement",
            "disability benefits cuts",
            "step-free access for all",
            "crip culture",
            "derechos de las personas con discapacidad",
            "inklusion jetzt",
            "droits des personnes handicapées",
            "diritti delle persone con disabilità",
            "direitos das pessoas com deficiência",
        ),
        (
            "disabled the notifications",
            "javascript disabled",
            "account disabled",
            "handicap 12 at golf",
            "injured reserve list",
            "wheelchair basketball highlights",
            "blind date tonight",
            "deaf to criticism",
            "blind tasting",
            "parking lot full",
            "accessible pricing",
            "the button is disabled",
            "disability insurance quote",
        ),
        (
            "disability",
            "disability justice",
            "disability advocacy",
            "disabled",
            "ableism",
            "disability activism",
        ),
        ("human rights", "activism"),
    ),
    (
        "lgbtq rights",
        (
            "lgbtq activist",
            "queer and proud",
            "trans rights are human rights",
            "marriage equality",
            "pride march",
            "proud ally",
            "gay rights",
            "nonbinary",
            "trans woman",
            "trans man",
            "queer advocacy",
            "coming out story",
            "lgbtq youth",
            "ban conversion therapy",
            "love is love",
            "queer community organizer",
            "they/them",
            "lesbian visibility",
            "bisexual",
            "orgullo lgbt",
            "schwul und stolz",
            "fierté lgbt",
            "diritti lgbt",
            "orgulho lgbt",
        ),
        (
            "pride and prejudice",
            "pride comes before a fall",
            "the pride of the city",
            "lion pride on safari",
            "gay paree",
            "queer eye marathon",
            "rainbow six siege",
            "rainbow after the rain",
            "coming out of retirement",
            "trans fats in food",
            "transfer window",
            "straight to the point",
            "proud dad",
            "love is blind season",
        ),
        ("lgbtq", "lgbt", "lgbt rights", "lgbtq+", "queer rights", "gay rights", "trans rights", "lgbtqia"),
        ("human rights", "activism"),
    ),
    (
        "labor unions",
        (
            "union member",
            "union organizer",
            "trade unionist",
            "solidarity forever",
            "collective bargaining",
            "on the picket line",
            "strike vote",
            "workers' rights",
            "union rep",
            "shop steward",
            "unionize your workplace",
            "contract negotiations",
            "labor movement",
            "general strike",
            "union strong",
            "wage theft",
            "labor organizing",
            "union local",
            "sindicalista",
            "gewerkschafter",
            "syndicaliste",
            "sindacalista",
            "sindicato dos trabalhadores",
        ),
        (
            "union jack",
            "european union trade deal",
            "student union bar",
            "credit union",
            "sql union query",
            "union of sets",
            "strike a pose",
            "bowling strike",
            "in labor with our second",
            "labor day sale",
            "it was a labor of love",
            "soviet union history",
            "civil union ceremony",
            "lightning strike",
        ),
        (
            "trade unions",
            "unions",
            "labour unions",
            "trade unionism",
            "organized labor",
            "labor movement",
            "labour movement",
        ),
        ("politics",),
    ),
    (
        "foreign policy",
        (
            "foreign policy analyst",
            "international relations",
            "diplomat",
            "geopolitics",
            "former ambassador",
            "diplomacy",
            "national security council",
            "sanctions regime",
            "arms control",
            "great power competition",
            "us-china relations",
            "ceasefire negotiations",
            "state department",
            "foreign affairs",
            "transatlantic relations",
            "security studies",
            "un security council vote",
            "peace talks",
            "relaciones internacionales",
            "außenpolitik",
            "politique étrangère",
            "politica estera",
            "política externa",
        ),
        (
            "foreign exchange student",
            "foreign film night",
            "privacy policy update",
            "return policy",
            "insurance policy",
            "that feels foreign to me",
            "foreign language learning",
            "forex trading",
            "brand ambassador",
            "ambassador program for creators",
            "international shipping",
            "world cup qualifiers",
            "travel blogger",
        ),
        ("international relations", "geopolitics", "diplomacy", "international affairs", "foreign affairs"),
        ("politics",),
    ),
    (
        "defense",
        (
            "veteran",
            "army veteran",
            "military",
            "national security",
            "defense industry",
            "defence analyst",
            "navy sailor",
            "air force pilot",
            "served two tours",
            "marine corps",
            "military strategy",
            "defense procurement",
            "defense budget",
            "armed forces",
            "military analyst",
            "fighter jets",
            "special forces",
            "active duty",
            "defense tech",
            "militar retirado",
            "bundeswehr soldat",
            "armée de terre",
            "forze armate",
            "forças armadas",
        ),
        (
            "defense wins championships",
            "the defense rests",
            "criminal defense attorney",
            "self-defense class",
            "immune defense",
            "tower defense game",
            "in defense of pineapple pizza",
            "thesis defense",
            "zone defense",
            "army of fans",
            "marine biology",
            "navy blue dress",
            "call of duty",
            "warhammer 40k",
        ),
        ("defence", "military", "armed forces", "national security", "veterans", "military affairs", "army"),
        ("politics",),
    ),
    (
        "criminal justice",
        (
            "criminal justice reform",
            "public defender",
            "prosecutor",
            "end mass incarceration",
            "prison abolition",
            "police reform",
            "reentry programs",
            "bail reform",
            "wrongful conviction",
            "criminologist",
            "criminology",
            "probation officer",
            "parole board",
            "death penalty abolition",
            "sentencing reform",
            "restorative justice",
            "police accountability",
            "juvenile justice",
            "innocence project volunteer",
            "reforma penitenciaria",
            "strafvollzug",
            "justice pénale",
            "giustizia penale",
            "sistema prisional",
        ),
        (
            "justice league",
            "poetic justice",
            "crime thriller novel",
            "true crime podcast",
            "prison break season",
            "get out of jail free",
            "police the band",
            "fashion police",
            "grammar police",
            "conviction in my beliefs",
            "sentence structure",
            "it's criminal how good this is",
            "orange is the new black",
        ),
        (
            "criminal justice reform",
            "criminology",
            "justice reform",
            "prison reform",
            "policing",
            "incarceration",
        ),
        ("law",),
    ),
    (
        "social work",
        (
            "social worker",
            "lcsw",
            "msw student",
            "child protective services",
            "case manager",
            "family support worker",
            "social work practice",
            "youth worker",
            "school social worker",
            "hospital social worker",
            "supporting vulnerable families",
            "safeguarding lead",
            "caseload this week",
            "home visits today",
            "foster care caseworker",
            "community outreach worker",
            "homeless outreach",
            "trabajadora social",
            "sozialarbeiterin",
            "assistante sociale",
            "assistente sociale",
            "assistente social",
        ),
        (
            "social media manager",
            "works well in social settings",
            "social butterfly",
            "socially awkward at parties",
            "social distancing",
            "social club night",
            "hard work pays off",
            "work from home",
            "case study",
            "phone case",
            "social security number",
            "networking event",
            "social life is dead",
        ),
        ("social workers", "social care", "social services", "casework", "community work", "youth work"),
        (),
    ),
    (
        "education policy",
        (
            "education policy",
            "school funding",
            "school choice",
            "charter schools",
            "teacher pay",
            "public schools advocate",
            "curriculum reform",
            "standardized testing",
            "education reform",
            "early childhood education policy",
            "student loan forgiveness",
            "school board policy",
            "education equity",
            "department of education",
            "education researcher",
            "universal pre-k",
            "free school meals",
            "higher ed policy",
            "política educativa",
            "bildungspolitik",
            "politique éducative",
            "politica scolastica",
            "política educacional",
        ),
        (
            "teaching my kids to ride a bike",
            "school run chaos",
            "back to school shopping",
            "policy holder",
            "educational youtube videos",
            "history lesson",
            "homework help",
            "school of rock",
            "learning the guitar",
            "graduation day",
            "my teacher is the best",
            "online course",
        ),
        ("education reform", "school policy", "edpolicy", "school reform", "higher education policy"),
        ("education", "politics"),
    ),
    (
        "neuroscience",
        (
            "neuroscientist",
            "neuroscience phd",
            "neuroscience research",
            "brain research",
            "cognitive neuroscience",
            "computational neuroscience",
            "neuroimaging",
            "fmri study",
            "neurons and synapses",
            "neuroplasticity",
            "electrophysiology",
            "neural circuits",
            "patch clamp recordings",
            "the brain is fascinating",
            "neurobiology",
            "systems neuroscience",
            "eeg lab",
            "neurodegeneration research",
            "neurocientífica",
            "neurowissenschaftlerin",
            "neurosciences",
            "neuroscienze",
            "neurociência",
        ),
        (
            "neural network training",
            "brain fog today",
            "galaxy brain take",
            "brainstorming session",
            "brain freeze",
            "big brain move",
            "neuro linguistic programming",
            "neurodivergent and proud",
            "brain teaser",
            "nervous about my exam",
            "mind blown",
            "brainrot memes",
        ),
        ("neuro", "neurosci", "neurobiology", "brain science", "neuroscientist", "cognitive neuroscience"),
        ("science", "biology"),
    ),
    (
        "geology",
        (
            "geologist",
            "rock hound",
            "geology field trip",
            "mineral collection",
            "fossils and minerals",
            "volcanology",
            "volcanoes",
            "earthquakes",
            "plate tectonics",
            "sedimentary rocks",
            "igneous rocks",
            "stratigraphy",
            "geomorphology",
            "petrology",
            "thin section under the microscope",
            "rockhounding",
            "crystals and gemstones",
            "mapping outcrops",
            "geophysicist",
            "geólogo",
            "geologin",
            "géologue",
            "geologo",
        ),
        (
            "rock music",
            "rock climbing",
            "you rock",
            "rock bottom",
            "the rock's new movie",
            "rock solid",
            "crystal clear",
            "healing crystals and chakras",
            "minerals and vitamins",
            "shaken not stirred",
            "earth day",
            "bedrock of our company",
            "diamond hands",
            "bitcoin mining rig",
        ),
        ("geologist", "geologists", "earth sciences", "geoscience", "geosciences", "rocks", "minerals"),
        ("science",),
    ),
    (
        "oceanography",
        (
            "oceanographer",
            "physical oceanography",
            "ocean science",
            "marine scientist",
            "research cruise",
            "deep sea research",
            "ocean currents",
            "sea surface temperature",
            "ocean acidification",
            "deep sea exploration",
            "argo floats",
            "ctd rosette deployment",
            "sampling plankton",
            "seafloor mapping",
            "ocean observing",
            "on the research vessel",
            "marine biology",
            "coral reef research",
            "oceanógrafo",
            "ozeanograph",
            "océanographe",
            "oceanografia",
        ),
        (
            "ocean eyes",
            "ocean's eleven",
            "an ocean of tears",
            "ocean view apartment",
            "sea of thieves",
            "moana",
            "beach day",
            "surfing at dawn",
            "cruise ship holiday",
            "sea salt caramel",
            "blue ocean strategy",
            "fishing trip",
            "under the sea",
        ),
        ("ocean science", "oceanographer", "marine science", "ocean sciences", "oceans", "ocean"),
        ("science",),
    ),
    (
        "weather",
        (
            "meteorologist",
            "weather forecaster",
            "storm chaser",
            "weather nerd",
            "atmospheric science",
            "severe weather outlook",
            "tornado warning",
            "supercell",
            "forecast discussion",
            "hurricane tracking",
            "weather radar",
            "weather station at home",
            "snowfall totals",
            "weather model runs",
            "cloud spotting",
            "skywarn spotter",
            "meteorología",
            "meteorologe",
            "météorologue",
            "meteorologo",
            "meteorologia",
        ),
        (
            "under the weather",
            "weather the storm",
            "fair-weather friend",
            "brainstorm session",
            "storm of criticism",
            "cloud computing",
            "icloud storage",
            "tornado of paperwork",
            "the weeknd",
            "forecasting revenue",
            "sales forecast",
            "rainy sunday vibes, staying in",
            "sunny day at the beach",
            "purple rain",
            "lovely weather for a picnic",
        ),
        ("meteorology", "meteorologist", "storm chasing", "weather forecasting", "atmospheric science"),
        ("science",),
    ),
    (
        "paleontology",
        (
            "paleontologist",
            "palaeontology",
            "dinosaur fossils",
            "fossil hunting",
            "dinosaurs",
            "fossil dig",
            "paleoart",
            "jurassic period",
            "cretaceous",
            "trilobites",
            "ammonite hunting",
            "fossil preparation",
            "vertebrate paleontology",
            "mass extinctions",
            "new species of dinosaur described",
            "feathered dinosaurs",
            "mammoth fossils",
            "paleontóloga",
            "paläontologe",
            "paléontologue",
            "paleontologo",
            "paleontologia",
        ),
        (
            "jurassic park movie marathon",
            "dinosaur chicken nuggets",
            "old fossil of a dad",
            "dinosaur tech company",
            "fossil watch",
            "fossil fuels",
            "rawr means i love you",
            "the land before time",
            "barney the dinosaur",
            "vintage records",
            "old school",
            "extinct in the wild",
        ),
        ("palaeontology", "paleontologist", "palaeontologist", "dinosaurs", "fossils"),
        ("science",),
    ),
    (
        "anthropology",
        (
            "anthropologist",
            "cultural anthropology",
            "ethnography",
            "ethnographer",
            "ethnographic fieldwork",
            "biological anthropology",
            "medical anthropology",
            "human evolution",
            "kinship and ritual",
            "indigenous cultures",
            "participant observation",
            "archaeological anthropology",
            "forensic anthropologist",
            "linguistic anthropology",
            "anthropology of religion",
            "ethnology",
            "antropóloga",
            "ethnologin",
            "anthropologue",
            "antropologo",
            "antropologia",
        ),
        (
            "anthropic claude",
            "anthropologie dress",
            "the anthropocene",
            "culture of our company",
            "pop culture",
            "bacteria culture in the lab",
            "field day",
            "cultured pearls",
            "people watching",
            "ancestry dna test",
            "evolution of my style",
            "pokemon evolution",
        ),
        ("anthropologist", "anthropologists", "ethnography", "ethnology", "cultural anthropology"),
        ("science",),
    ),
    (
        "sociology",
        (
            "sociologist",
            "sociology phd",
            "sociology professor",
            "social theory",
            "social stratification",
            "inequality research",
            "social inequality",
            "qualitative research",
            "survey research",
            "bourdieu and habitus",
            "sociology of race",
            "social mobility",
            "social class",
            "urban sociology",
            "sociology of gender",
            "social movements research",
            "sociological imagination",
            "socióloga",
            "soziologin",
            "sociologue",
            "sociologo",
            "sociologia",
        ),
        (
            "social media",
            "social butterfly",
            "sociopath",
            "social club",
            "socialism debate",
            "social security",
            "social anxiety",
            "class of 2024",
            "first class upgrade",
            "social distancing",
            "society6 prints",
            "survey says",
        ),
        ("sociologist", "sociologists", "social theory", "sociological research"),
        ("science",),
    ),
    (
        "botany",
        (
            "botanist",
            "plant biology",
            "plant science",
            "plant taxonomy",
            "botanical garden",
            "herbarium specimens",
            "wildflower identification",
            "native plants",
            "plant identification",
            "mosses and lichens",
            "ferns",
            "photosynthesis",
            "plant ecology",
            "field botany",
            "orchid species",
            "plant physiology",
            "botanical illustration",
            "rare plant survey",
            "botánica",
            "botanikerin",
            "botaniste",
            "botanico",
            "botânica",
        ),
        (
            "power plant",
            "plant-based diet",
            "manufacturing plant",
            "planted evidence",
            "botanical gin",
            "botanical print dress",
            "flower power",
            "the bloom of youth",
            "root cause analysis",
            "tree data structure",
            "branch manager",
            "seed round funding",
            "sprouts farmers market",
            "bonsai kitten",
        ),
        ("botanist", "botanists", "plant science", "plant biology", "botanical", "phytology"),
        ("science", "biology"),
    ),
    (
        "entomology",
        (
            "entomologist",
            "insects",
            "beetle collection",
            "moth trapping",
            "butterfly surveys",
            "insect photography",
            "bug hunting",
            "pollinators",
            "dragonflies",
            "insect ecology",
            "pinning beetles",
            "arthropods",
            "spiders",
            "ant colony",
            "rearing butterflies from eggs",
            "macro shot of a wasp",
            "insect decline",
            "bug of the day",
            "entomóloga",
            "entomologe",
            "entomologiste",
            "entomologo",
            "entomologia",
        ),
        (
            "bug bounty program",
            "found a bug in the code",
            "debugging all day",
            "stomach bug",
            "butterflies in my stomach",
            "social butterfly",
            "the beatles",
            "ant-man",
            "spider-man",
            "vw beetle",
            "bugatti chiron",
            "bed bugs exterminator",
            "pest control service",
            "got bitten by mosquitoes",
        ),
        ("entomologist", "insects", "insect", "arthropods", "butterflies", "moths"),
        ("science", "biology", "wildlife"),
    ),
    (
        "energy policy",
        (
            "energy policy",
            "energy transition",
            "grid reliability",
            "electricity markets",
            "energy analyst",
            "power sector",
            "carbon pricing",
            "energy security",
            "net zero policy",
            "utility regulation",
            "rate case",
            "oil and gas policy",
            "nuclear power advocate",
            "transmission lines permitting",
            "energy efficiency standards",
            "electricity prices",
            "decarbonization",
            "opec production cuts",
            "transición energética",
            "energiewende",
            "transition énergétique",
            "transizione energetica",
            "transição energética",
        ),
        (
            "energy drink",
            "high energy today",
            "positive energy only",
            "main character energy",
            "energy healing",
            "power nap",
            "power ranger",
            "powerpoint deck",
            "grid layout css",
            "gas station snacks",
            "out of gas",
            "policy update email",
            "nuclear option",
        ),
        ("energy transition", "energy markets", "electricity policy", "energy regulation", "power policy"),
        ("politics",),
    ),
    (
        "forestry",
        (
            "forester",
            "forestry",
            "forest management",
            "woodland management",
            "tree planting",
            "silviculture",
            "arborist",
            "timber harvest",
            "forest ranger",
            "wildfire management",
            "reforestation",
            "old growth forest",
            "forest ecology",
            "sustainable forestry",
            "logging industry",
            "tree surgeon",
            "forest inventory",
            "ingeniero forestal",
            "forstwirtschaft",
            "forestier",
            "forestale",
            "engenheiro florestal",
        ),
        (
            "forest green sweater",
            "forrest gump",
            "random forest model",
            "nottingham forest",
            "tree data structure",
            "family tree",
            "logging errors to the console",
            "log in to your account",
            "timber!",
            "christmas tree shopping",
            "forest bathing retreat",
            "the forest game",
            "minecraft wood",
            "hiking through the woods",
            "walk in the forest with the dog",
        ),
        (
            "foresters",
            "forest management",
            "silviculture",
            "forests",
            "woodland",
            "arboriculture",
            "forestry work",
        ),
        ("outdoors",),
    ),
)

NAMES_TEXT = """
lgbt: lgbtq|lgbtq+|lgbtqia|lgbtqia+|lgbtq2s+|2slgbtqia+|lgbtqi
gender identity nonbinary: nonbinary|non-binary|enby
urban planning walking: walkable|walkability|walkable city|car-dependent|car dependency|stroad|stroads
labor union organize: unionize|unionizing|unionise|unionising|unionized workplace
ocean scientist: oceanographer|oceanographers
ocean science: oceanography|physical oceanography|biological oceanography|chemical oceanography
ocean organisms: plankton|phytoplankton|zooplankton
ocean floor: seafloor|sea floor mapping
fossil dinosaur scientist: paleontologist|palaeontologist|paleontologists|palaeontologists
fossil dinosaur science: paleontology|palaeontology|vertebrate paleontology|invertebrate paleontology
weather scientist: meteorologist|meteorologists|atmospheric scientist
weather science: meteorology|atmospheric sciences
tornado storm chasing: storm chaser|storm chasers|storm chasing|stormchasing|tornado chasing
brain scientist: neuroscientist|neuroscientists|neurobiologist
brain science: neurobiology|neuroimaging|brain imaging|electrophysiology|neurophysiology|neuroanatomy
brain disease research: neurodegeneration|neurodegenerative disease
brain neurons: synapses|synapse|synaptic|neuronal
rock geology: petrology|petrography|mineralogy|geomorphology|sedimentology|outcrop|outcrops|rock outcrop
earth physics scientist: geophysicist|geophysics
gems minerals: gemstones|gemstone
crime scientist: criminologist|criminologists
prison imprisonment: incarceration|incarcerated|mass incarcerated|decarceration
social worker: caseworker|caseworkers|social caseworker
insects: dragonflies|dragonfly|damselflies|arthropods|arthropod|hoverflies|lacewings
plant biology: photosynthesis|plant physiology|lichens|lichen|bryophyte|wildflowers|wildflower
forest worker: forester|foresters
forest fire: wildfire|wildfires|wildland fire|bushfire|bushfires
cutting carbon emissions: decarbonization|decarbonisation|decarbonize|decarbonise
urban planning: strong towns|jane jacobs|not just bikes|american planning association|royal town planning institute
urban planning: rtpi|urbanist|urbanists|missing middle|15 minute city|15-minute city|upzoning|nimby|nimbys
urban planning: yimbys|single-family zoning|parking minimums|new urbanism|placemaking|jan gehl
urban planning: cnu|congress for the new urbanism
public transport: tfl|london underground|the tube|elizabeth line|nyc subway|deutsche bahn|sncf|renfe|trenitalia
public transport: ns trains|sbb|amtrak|caltrain|metrolink|septa|wmata|bvg|ratp|deutschlandticket
public transport: 49 euro ticket|tgv|ice train|eurostar|shinkansen|hs2|brightline|railfan|railfans
public transport: trainspotter|transit twitter|brt|light rail|cercanías
local politics: city hall|city council|county board|board of supervisors|alderman|alderwoman|councilmember
local politics: councilwoman|councilman|councillor|councilor|school board|town council|borough council
local politics: mayoral race|mayoral election|ballot measure|municipal election|kommunalwahl|elecciones municipales
local politics: élections municipales|elezioni comunali|eleições municipais
activism: black lives matter|blm|extinction rebellion|sunrise movement|occupy wall street
activism: march for our lives|women's march|moveon|change.org|avaaz|greenpeace activist|mutual aid network
activism: direct action|civil disobedience|sit-in|general assembly protest
disability rights: ableism|ableist|disability justice|americans with disabilities act|crpd
disability rights: nothing about us without us|crip camp|judy heumann|alice wong|disability visibility project
disability rights: access now|sins invalid|independent living movement|scope uk|inclusion london
disability rights: disability pride|disability rights uk|national federation of the blind
lgbtq rights: glaad|stonewall riots|human rights campaign|hrc lgbtq|ilga|lambda legal|the trevor project
lgbtq rights: trevor project|pflag|harvey milk|marsha p. johnson|sylvia rivera|obergefell|pride month
lgbtq rights: trans day of visibility|tdov|trans day of remembrance|tdor|lgbtqia+|lgbtqia|lgbtq+|lgbt+|2slgbtqia+
lgbtq rights: genderqueer|non-binary|enby|gay pride
lgbtq rights: christopher street day|pride parade
labor unions: afl-cio|teamsters|seiu|uaw|united auto workers|afscme|tuc|trades union congress|ver.di|verdi union
labor unions: ig metall|dgb|cfdt|ccoo|ugt|cgil|cisl|uil|cut brasil|rmt union|nea union|aft union
labor unions: workers united|starbucks workers united|amazon labor union|wga strike|sag-aftra strike|iww
labor unions: wobblies|union busting|picket line|collective bargaining
foreign policy: nato summit|nato allies|otan|un security council|g7 summit|g20 summit|foreign affairs magazine
foreign policy: council on foreign relations|chatham house|brookings|carnegie endowment|csis|iiss
foreign policy: war on the rocks|foreign policy magazine|quai d'orsay|auswärtiges amt|state department
foreign policy: foreign office|fcdo|henry kissinger|realpolitik|détente|soft power|geopolitics|geopolitical
defense: pentagon|department of defense|dod|ministry of defence|mod uk|bundeswehr|rand corporation
defense: lockheed martin|raytheon|northrop grumman|general dynamics|bae systems|rheinmetall|anduril
defense: f-35|f-16|himars|leopard 2|abrams tank|aircraft carrier|darpa|west point|sandhurst|usmc|semper fi
defense: oorah|hooah|nato article 5|sipri|janes defence
criminal justice: innocence project|equal justice initiative|the marshall project|mass incarceration
criminal justice: prison industrial complex|bail fund|aclu criminal law reform|bryan stevenson
criminal justice: just mercy|13th documentary|recidivism|exoneration|exonerated|death row|solitary confinement
criminal justice: first step act|cash bail|defund the police|criminology
social work: lcsw|lmsw|msw|bsw|nasw|basw|social work england|cps caseworker|child protective services
social work: looked after children|care leavers|foster care
education policy: department of education|dfe|ofsted|no child left behind|every student succeeds act
education policy: common core|pisa scores|pisa results|title i funding|free school meals|school vouchers
education policy: charter schools|academy trusts|multi-academy trust|kmk|bildungsföderalismus|pell grant
education policy: student loan forgiveness|fafsa|head start program
neuroscience: sfn|society for neuroscience|sfn2024|fens|cosyne|neuron journal|nature neuroscience|fmri|eeg
neuroscience: optogenetics|connectome|connectomics|hippocampus|prefrontal cortex|dopamine neurons
neuroscience: neuropixels|allen brain institute|allen institute for brain science|blue brain project
neuroscience: santiago ramón y cajal|ramón y cajal|neurotransmitters|synaptic plasticity|glia|astrocytes
geology: usgs|british geological survey|geological society|gsa annual meeting|agu fall meeting|egu general assembly
geology: plate tectonics|subduction zone|san andreas fault|pangaea|igneous|sedimentary|metamorphic|basalt
geology: granite outcrop|limestone karst|stratigraphy|geochronology|geochemistry|volcanology|volcanologist
geology: seismology|seismologist|mohs scale|rock hammer|rockhound|rockhounds|rockhounding
oceanography: noaa ocean|woods hole|whoi|scripps institution of oceanography|scripps oceanography|mbari
oceanography: ifremer|geomar|national oceanography centre|argo floats|ctd rosette|rv falkor
oceanography: schmidt ocean institute|nautilus live|ev nautilus|mariana trench|thermohaline circulation
oceanography: upwelling|ocean acidification|bathymetry|gebco|seabed 2030|un ocean decade|jacques cousteau
weather: national weather service|nws|met office|dwd|aemet|météo-france|meteo france|ecmwf model|gfs model
weather: nam model|hrrr|spc outlook|storm prediction center|national hurricane center|nhc|skywarn
weather: supercell|mesocyclone|wall cloud|derecho|tornado warning|tornado watch|cape values|dewpoints
weather: jim cantore|reed timmer|weather channel|wetteronline|kachelmannwetter|il meteo|ilmeteo
paleontology: t. rex|tyrannosaurus|tyrannosaurus rex|triceratops|velociraptor|stegosaurus|spinosaurus
paleontology: brachiosaurus|ichthyosaur|plesiosaur|pterosaur|pterosaurs|trilobite|trilobites|ammonite|ammonites
paleontology: mary anning|burgess shale|hell creek formation|jurassic coast|svp meeting|paleoart|palaeoart
paleontology: mesozoic|cretaceous|triassic|paleozoic|cambrian explosion|k-pg extinction|dinosaur provincial park
anthropology: american anthropological association|royal anthropological institute|margaret mead
anthropology: clifford geertz|lévi-strauss|claude lévi-strauss|bronisław malinowski|franz boas|david graeber
anthropology: ethnography|ethnographic fieldwork|ethnographer|ethnology|hominin|hominins
anthropology: homo erectus|homo naledi|neanderthals|lucy australopithecus|australopithecus
sociology: bourdieu|pierre bourdieu|émile durkheim|durkheim|max weber|weberian|erving goffman|goffman
sociology: c. wright mills|sociological imagination|american sociological association|asa annual meeting
sociology: british sociological association|habitus|patricia hill collins|w.e.b. du bois
sociology: niklas luhmann|georg simmel|zygmunt bauman|social stratification|ethnomethodology
botany: kew gardens|royal botanic gardens|missouri botanical garden|herbarium|herbaria|inaturalist plants
botany: plantnet|pl@ntnet|angiosperms|gymnosperms|bryophytes|bryology|pteridophytes|lichenology|phytology
botany: carl linnaeus|linnaeus|linnean society|botanical society|bsbi|plant taxonomy|phenology|stomata
botany: xylem|phloem|chloroplasts|chlorophyll
entomology: entomological society|royal entomological society|butterfly conservation|buglife|xerces society
entomology: coleoptera|lepidoptera|hymenoptera|diptera|odonata|hemiptera|orthoptera|arachnology|arachnids
entomology: moth trap|mv moth trap|bugguide|insect pinning|pollinator survey|bumblebee conservation trust
entomology: e. o. wilson|myrmecology|ant keeping|antkeeping
energy policy: iea|international energy agency|opec|opec+|ferc|nerc|ofgem|ercot|caiso|pjm interconnection
energy policy: eia data|energy information administration|lcoe|capacity market|interconnection queue
energy policy: inflation reduction act|ira tax credits|eu ets|emissions trading|carbon tax|feed-in tariff
energy policy: net zero|net-zero|energy transition|baseload|grid storage|smr reactors|small modular reactor
energy policy: fossil fuel subsidies|fracking|lng exports|price cap ofgem
forestry: forest service|us forest service|usfs|forestry commission|forestry england|fsc certified|pefc
forestry: silviculture|arboriculture|arborist|arborists|clearcut|clear-cutting|old-growth|old growth forest
forestry: timber industry|sawmill|chainsaw certification|prescribed burn|prescribed fire|controlled burn
forestry: reforestation|afforestation|agroforestry|treeplanting|tree planting crew|forest fire fighter
"""

LEXICON_TEXT = """
# Phrases (several languages)
pianificazione urbana=urban planning|planejamento urbano=urban planning|öffentlicher nahverkehr=public transport
derechos=rights|droits=rights|diritti=rights|direitos=rights|orgullo lgbt=gay pride|orgulho lgbt=gay pride
fierté lgbt=gay pride|schwul=gay|schwule=gay|lesbisch=lesbian|relaciones internacionales=international relations
politique étrangère=foreign policy|politica estera=foreign policy|política externa=foreign policy
reforma penitenciaria=prison reform|política educativa=education policy|politique éducative=education policy
politica scolastica=school policy|política educacional=education policy|neurowissenschaftlerin=neuroscientist
neurowissenschaftler=neuroscientist|ozeanograph=oceanographer|ozeanographin=oceanographer|entomologe=entomologist
entomologin=entomologist|militar retirado=retired military|ingeniero forestal=forester|engenheiro florestal=forester
# Spanish
urbanismo=urban planning|urbanista=urban planner|planificación urbana=urban planning|transporte público=public transport
autobús=bus|autobuses=buses|tranvía=tram|ferrocarril=railway|concejal=city councillor|concejala=city councillor
alcalde=mayor|alcaldesa=mayor|activista=activist|activistas=activists
discapacidad=disability|discapacitado=disabled|discapacitada=disabled|sindicato=labor union|sindicatos=labor unions
sindicalista=trade unionist|huelga=strike|diplomacia=diplomacy|diplomático=diplomat|diplomática=diplomat
geopolítica=geopolitics|militar=military|militares=military|ejército=army|defensa nacional=national defense
criminología=criminology|cárcel=prison|cárceles=prisons|encarcelamiento=incarceration
trabajador social=social worker|trabajadora social=social worker|neurociencia=neuroscience
neurocientífico=neuroscientist|neurocientífica=neuroscientist|geología=geology|geólogo=geologist
geóloga=geologist|volcán=volcano|volcanes=volcanoes|oceanografía=oceanography|oceanógrafo=oceanographer
oceanógrafa=oceanographer|meteorología=meteorology|meteorólogo=meteorologist|meteoróloga=meteorologist
paleontología=paleontology|paleontólogo=paleontologist|paleontóloga=paleontologist|dinosaurio=dinosaur
dinosaurios=dinosaurs|fósiles=fossils|antropología=anthropology|antropólogo=anthropologist
antropóloga=anthropologist|sociología=sociology|sociólogo=sociologist|socióloga=sociologist
botánica=botany|botánico=botanist|entomología=entomology|entomólogo=entomologist|entomóloga=entomologist
insectos=insects|mariposas=butterflies|escarabajos=beetles|transición energética=energy transition
silvicultura=forestry|forestal=forestry|bosques=forests|reforestación=reforestation
# German
stadtplanung=urban planning|stadtplaner=urban planner|stadtplanerin=urban planner|nahverkehr=public transport
straßenbahn=tram|s-bahn=commuter rail|u-bahn=subway|bahnhof=train station|gemeinderat=city council
stadtrat=city council|stadträtin=city councillor|bürgermeister=mayor|bürgermeisterin=mayor
kommunalpolitik=local politics|aktivist=activist|aktivistin=activist|aktivisten=activists
behinderung=disability|behinderte=disabled people|inklusion=disability inclusion
barrierefreiheit=accessibility|gewerkschaft=labor union|gewerkschaften=labor unions
gewerkschafter=trade unionist|gewerkschafterin=trade unionist|streik=strike|tarifverhandlungen=collective bargaining
außenpolitik=foreign policy|diplomatie=diplomacy|diplomatin=diplomat|geopolitik=geopolitics
bundeswehr=armed forces|soldat=soldier|soldatin=soldier|streitkräfte=armed forces|verteidigung=defense
rüstung=arms defense industry|strafjustiz=criminal justice|gefängnis=prison|strafvollzug=prison system
kriminologie=criminology|staatsanwalt=prosecutor|staatsanwältin=prosecutor|sozialarbeiter=social worker
sozialarbeiterin=social worker|sozialarbeit=social work|bildungspolitik=education policy
neurowissenschaft=neuroscience|neurowissenschaften=neuroscience|hirnforschung=brain research
geologie=geology|geologe=geologist|geologin=geologist|erdbeben=earthquake
ozeanographie=oceanography|meereskunde=oceanography|meeresforschung=ocean research|meteorologie=meteorology
meteorologe=meteorologist|meteorologin=meteorologist|unwetter=severe weather|paläontologie=paleontology
paläontologe=paleontologist|paläontologin=paleontologist|dinosaurier=dinosaurs|fossilien=fossils
ethnologie=ethnology|ethnologin=ethnologist|soziologie=sociology
soziologe=sociologist|soziologin=sociologist|botanik=botany|botaniker=botanist|botanikerin=botanist
entomologie=entomology|insekten=insects|schmetterlinge=butterflies|energiepolitik=energy policy
energiewende=energy transition|försterin=forester|forstwirtschaft=forestry
aufforstung=reforestation
# French
urbanisme=urban planning|urbaniste=urban planner|transports en commun=public transport|tramway=tram
conseil municipal=city council|conseillère municipale=city councillor|maire=mayor|militante=activist
handicapés=disabled people
handicapées=disabled people|syndicat=labor union|syndicats=labor unions|syndicaliste=trade unionist
grève=strike|grévistes=strikers|diplomatie=diplomacy|diplomate=diplomat|géopolitique=geopolitics
armée=army military|militaires=military|défense nationale=national defense|justice pénale=criminal justice
criminologie=criminology|procureur=prosecutor|travailleur social=social worker
travailleuse sociale=social worker|assistante sociale=social worker|neurosciences=neuroscience
neuroscientifique=neuroscientist|géologie=geology|géologue=geologist|volcans=volcanoes|séisme=earthquake
océanographie=oceanography|océanographe=oceanographer|météorologie=meteorology|météorologue=meteorologist
paléontologie=paleontology|paléontologue=paleontologist|dinosaures=dinosaurs|fossiles=fossils
anthropologue=anthropologist|ethnologue=ethnologist|sociologie=sociology|sociologue=sociologist
botanique=botany|botaniste=botanist|entomologie=entomology|entomologiste=entomologist|insectes=insects
papillons=butterflies|coléoptères=beetles|transition énergétique=energy transition|forestier=forester
forestière=forestry|sylviculture=forestry|reboisement=reforestation
# Italian
urbanistica=urban planning|trasporto pubblico=public transport|consiglio comunale=city council
consigliere comunale=city councillor|sindaco=mayor|attivista=activist|attivisti=activists
disabilità=disability|disabili=disabled people|sindacato=labor union|sindacati=labor unions
sindacalista=trade unionist|sciopero=strike|diplomazia=diplomacy|diplomatico=diplomat|geopolitica=geopolitics
esercito=army|forze armate=armed forces|difesa nazionale=national defense|giustizia penale=criminal justice
carcere=prison|criminologia=criminology|assistente sociale=social worker|neuroscienze=neuroscience
neuroscienziato=neuroscientist|neuroscienziata=neuroscientist|geologo=geologist|geologa=geologist
vulcani=volcanoes|terremoto=earthquake|oceanografia=oceanography|meteorologo=meteorologist
meteorologa=meteorologist|paleontologo=paleontologist|paleontologa=paleontologist|dinosauri=dinosaurs
fossili=fossils|antropologo=anthropologist|sociologo=sociologist|sociologa=sociologist|botanico=botanist
entomologo=entomologist|insetti=insects|transizione energetica=energy transition
silvicoltura=forestry|forestale=forestry|rimboschimento=reforestation
# Portuguese
urbanismo=urban planning|transporte coletivo=public transport|ônibus=bus|metrô=subway|vereador=city councillor
vereadora=city councillor|prefeito=mayor|prefeita=mayor|ativista=activist|ativistas=activists
deficiência=disability|sindicato=labor union|greve=strike|diplomacia=diplomacy|diplomata=diplomat
forças armadas=armed forces|exército=army|sistema prisional=prison system|presídio=prison
criminologia=criminology|assistente social=social worker|neurociência=neuroscience|neurocientista=neuroscientist
geologia=geology|geólogo=geologist|oceanografia=oceanography|oceanógrafo=oceanographer|meteorologia=meteorology
meteorologista=meteorologist|paleontologia=paleontology|paleontólogo=paleontologist|dinossauros=dinosaurs
fósseis=fossils|antropologia=anthropology|antropólogo=anthropologist|sociologia=sociology|sociólogo=sociologist
botânica=botany|botânico=botanist|entomologia=entomology|entomologista=entomologist|insetos=insects
borboletas=butterflies|transição energética=energy transition|engenheiro florestal=forester|florestal=forestry
reflorestamento=reforestation
"""
