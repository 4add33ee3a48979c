"""Interest definitions (further set): 173 more interests people list, of work, fields, pursuits and culture.

Written by helpers from general knowledge on 2026-11-24, eighth session (none saw a labelled set); the
layout of every field module is described at ``interest_vocab._FIELDS``.
"""

from __future__ import annotations

__all__ = ["ENTRIES", "LEXICON_TEXT", "NAMES_TEXT", "NEIGHBOURS"]

ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "plastering",
        (
            "plasterer",
            "time-served plasterer",
            "skimming a ceiling today",
            "fresh skim coat on the walls",
            "rendering and plastering contractor",
            "lime plaster on an old cottage",
            "multi-finish over plasterboard",
            "dry lining and plastering",
            "float and set on the back wall",
            "venetian plaster finishes",
            "ornamental plasterwork and cornices",
            "plastering apprentice, nvq level 2",
            "hawk and trowel life",
            "k rend on the extension",
            "patching up lath and plaster",
            "polished plaster feature wall",
            "artex removal and reskim",
            "yesero profesional",
            "enlucido y revoque de paredes",
            "Stuckateurmeister aus Bayern",
            "plâtrier plaquiste",
            "intonacatore a Milano",
            "gesseiro e rebocador",
        ),
        (
            "got absolutely plastered last night",
            "plaster on my cut knee",
            "arm in a plaster cast",
            "plastered all over social media",
            "posters plastered on every wall",
            "plaster of paris craft for kids",
            "a sticking plaster solution",
            "face plastered in makeup",
            "plastered on a fake smile",
            "plaster mould for casting a sculpture",
        ),
        ("plasterer", "plasterers", "plasterwork", "plaster skimming", "drywall finishing"),
        ("construction",),
    ),
    (
        "tiling",
        (
            "tiler",
            "wall and floor tiler",
            "tiling the bathroom floor",
            "porcelain tiles, 1200x600 format",
            "grouting done, just silicone left",
            "herringbone tile layout",
            "wet room tanking and tiling",
            "laying metro tiles in the kitchen",
            "levelling clips for large format tiles",
            "tile setter for 15 years",
            "mosaic tile splashback",
            "back-buttering every tile",
            "wet tile saw on site",
            "fixing natural stone tiles",
            "shower niche tiling",
            "tile installer",
            "azulejero y solador",
            "alicatado de cocinas y baños",
            "Fliesenleger aus Köln",
            "carreleur faïencier",
            "piastrellista esperto",
            "assentador de azulejos",
        ),
        (
            "tiling window manager on linux",
            "tiled map server",
            "rummikub tiles on the table",
            "mahjong tiles clacking",
            "tile-based video game",
            "texture tiling in unity",
            "windows live tiles",
            "scrabble tiles spelling qi",
            "tiled display wall at the museum",
        ),
        (
            "tiler",
            "tilers",
            "tile setting",
            "tile fixing",
            "floor tiling",
            "wall tiling",
            "tile installation",
        ),
        ("construction",),
    ),
    (
        "glazing",
        (
            "glazier",
            "double glazing installer",
            "replacing a blown double glazed unit",
            "fitting upvc windows and doors",
            "triple glazing for a passivhaus",
            "commercial glazing and curtain walling",
            "frameless glass balustrade install",
            "shopfront glazing repairs",
            "glass cutting and putty work",
            "sash window reglazing",
            "bifold doors fitted today",
            "structural glazing engineer",
            "emergency boarding and glazing",
            "aluminium window fabricator",
            "window fitter",
            "cristalero y acristalamiento",
            "carpintería de aluminio y cristal",
            "Glasermeister",
            "vitrier miroitier",
            "vetraio serramentista",
            "vidraceiro profissional",
        ),
        (
            "glazing my pottery in celadon",
            "ceramic glaze firing in the kiln",
            "honey glazed ham",
            "glazed donuts for breakfast",
            "eyes glazed over in the meeting",
            "glazed salmon recipe",
            "glaze layers in oil painting",
            "glacé cherries on the cake",
            "lip glaze swatches",
            "mirror glaze cake",
        ),
        ("glazier", "glaziers", "double glazing", "window fitting", "window installation", "window fitter"),
        ("construction",),
    ),
    (
        "scaffolding",
        (
            "scaffolder",
            "advanced scaffolder, cisrs card",
            "tube and fitting scaffold",
            "erecting a scaffold on a three storey job",
            "system scaffold like layher",
            "scaffold inspection tag",
            "working at height on the scaffold",
            "scaffolding hire for the loft conversion",
            "temporary roof on the scaffold",
            "ladder beams and boards",
            "striking the scaffold today",
            "scaffolding firm, fully insured",
            "scaffold labourer",
            "chimney scaffold on a terrace",
            "montador de andamios",
            "empresa de andamios",
            "Gerüstbauer",
            "échafaudeur",
            "ponteggiatore",
            "montador de andaimes",
        ),
        (
            "instructional scaffolding in the classroom",
            "scaffolding for learners",
            "protein scaffold in chemistry",
            "tissue engineering scaffold",
            "code scaffolding with rails generate",
            "project scaffolding cli",
            "the scaffold of a novel",
            "emotional scaffolding for kids",
            "executed on the scaffold in 1649",
            "molecular scaffold in drug design",
        ),
        ("scaffolder", "scaffolders", "scaffold erecting", "scaffold erection", "scaffolding contractor"),
        ("construction",),
    ),
    (
        "gas engineering",
        (
            "gas engineer",
            "gas safe registered engineer",
            "boiler installation and servicing",
            "combi boiler swap today",
            "annual boiler service",
            "landlord gas safety certificate",
            "gas fitter",
            "gas leak call out",
            "commissioning a new boiler",
            "tightness test on the gas supply",
            "acs gas qualifications",
            "heating engineer",
            "fault finding a worcester bosch",
            "flue gas analyser readings",
            "central heating and boiler repairs",
            "power flushing radiators",
            "instalador de gas autorizado",
            "técnico de calderas",
            "Gas-Wasser-Installateur",
            "chauffagiste",
            "caldaista",
            "técnico de gás",
        ),
        (
            "gas giant planets",
            "gas prices at the pump",
            "gaslighting in relationships",
            "gas fees on ethereum",
            "the party was a gas",
            "gas from eating beans",
            "stepping on the gas",
            "natural gas pipeline policy",
            "gas separation in chemical engineering",
            "out of gas after the run",
            "tear gas at the protest",
        ),
        (
            "gas engineer",
            "gas engineers",
            "gas fitter",
            "gas fitting",
            "boiler engineer",
            "gas boiler engineer",
        ),
        ("HVAC",),
    ),
    (
        "shoemaking",
        (
            "shoemaker",
            "cobbler",
            "handmade shoes",
            "goodyear welted boots",
            "hand lasting a pair of oxfords",
            "shoe repair shop",
            "resoling boots",
            "bespoke shoemaker",
            "pattern making for shoes",
            "clicking the leather uppers",
            "making my first pair of shoes",
            "shoe last and awl",
            "heel bar",
            "boot maker",
            "hand welted shoes",
            "zapatero artesanal",
            "zapatos a medida",
            "Schuhmacher",
            "cordonnier bottier",
            "calzolaio artigiano",
            "sapateiro",
        ),
        (
            "shoe shopping haul",
            "put yourself in my shoes",
            "on a shoestring budget",
            "peach cobbler recipe",
            "cobbled together a fix",
            "cobblestone streets",
            "waiting for the other shoe to drop",
            "a shoo-in for the job",
            "horseshoe pitching",
        ),
        (
            "shoemaker",
            "shoemakers",
            "cobbler",
            "cobblers",
            "cobbling",
            "shoe repair",
            "bootmaking",
            "bespoke shoes",
        ),
        ("crafts",),
    ),
    (
        "farriery",
        (
            "farrier",
            "registered farrier",
            "apprentice farrier",
            "shoeing horses today",
            "hot shoeing",
            "trimming and shoeing",
            "forging a bar shoe",
            "remedial farriery",
            "hoof balance and trimming",
            "barefoot trimmer",
            "corrective shoeing for laminitis",
            "nailing on a set of fronts",
            "anvil in the back of the van",
            "farrier science diploma",
            "herrador de caballos",
            "herraje equino",
            "Hufschmied",
            "maréchal-ferrant",
            "maniscalco",
            "ferrador de cavalos",
        ),
        (
            "horseshoe crab on the beach",
            "lucky horseshoe over the door",
            "horseshoe pitching tournament",
            "horseshoe bend in arizona",
            "horseshoe magnet experiment",
            "hoofing it to the station",
            "shoe shopping for the kids",
            "hot shoe flash on my camera",
        ),
        ("farrier", "farriers", "horseshoeing", "horse shoeing", "hoof care"),
        ("horses",),
    ),
    (
        "pest control",
        (
            "pest control technician",
            "exterminator",
            "rodent proofing",
            "wasp nest removal",
            "bed bug treatment",
            "cockroach infestation",
            "bait stations and monitoring",
            "bird proofing and netting",
            "mouse problem in the loft",
            "bpca member",
            "integrated pest management in food plants",
            "termite inspection",
            "fumigation service",
            "pest controller",
            "rat callout tonight",
            "control de plagas",
            "fumigador",
            "Schädlingsbekämpfer",
            "dératisation et désinsectisation",
            "disinfestazione",
            "dedetização",
        ),
        (
            "my little brother is such a pest",
            "pest php testing framework",
            "trip to budapest",
            "spam bots are a pest",
            "quality control on the line",
            "birth control",
            "damage control",
            "pesto pasta recipe",
        ),
        (
            "exterminator",
            "exterminators",
            "pest controller",
            "pest management",
            "vermin control",
            "rodent control",
        ),
        (),
    ),
    (
        "bus driving",
        (
            "bus driver",
            "bus operator",
            "driving the number 38",
            "pcv licence",
            "cpc training for bus drivers",
            "double decker driver",
            "bus depot early shift",
            "coach driver",
            "school bus driver",
            "route learning on a new service",
            "spare turn at the garage",
            "articulated bus",
            "passenger service vehicle",
            "city transit operator",
            "conductor de autobús",
            "chófer de autobús",
            "Busfahrer",
            "conducteur de bus",
            "autista di autobus",
            "motorista de ônibus",
        ),
        (
            "missed the bus again",
            "threw me under the bus",
            "usb bus on the motherboard",
            "can bus diagnostics",
            "bus boy at the restaurant",
            "party bus for the hen do",
            "battle bus in fortnite",
            "data bus width",
            "magic school bus",
        ),
        ("bus driver", "bus drivers", "bus operator", "coach driving", "coach driver", "transit operator"),
        ("public transport",),
    ),
    (
        "train driving",
        (
            "train driver",
            "locomotive engineer",
            "trainee train driver",
            "driving the 0612 to london",
            "route knowledge",
            "in the cab all day",
            "freight train driver",
            "signal passed at danger",
            "aslef member",
            "traction knowledge on class 800s",
            "driver's eye view",
            "depot at 4am",
            "locomotive engineer for bnsf",
            "conductor and engineer",
            "maquinista de tren",
            "Lokführer",
            "Lokführerin",
            "conducteur de train",
            "macchinista ferroviario",
            "maquinista de comboio",
        ),
        (
            "train hard at the gym",
            "training my puppy to sit",
            "training a neural network",
            "bridal gown train",
            "lost my train of thought",
            "device driver for linux",
            "driver off the tee in golf",
            "designated driver tonight",
        ),
        ("train driver", "train drivers", "locomotive engineer", "engine driver", "train operator"),
        ("public transport",),
    ),
    (
        "cabin crew",
        (
            "flight attendant",
            "cabin crew member",
            "senior cabin crew",
            "purser",
            "crew life",
            "layover in dubai",
            "jumpseat chats",
            "safety demo",
            "turnaround to malaga",
            "crew room gossip",
            "wings graduation",
            "long haul crew",
            "flight attendant training",
            "air hostess",
            "azafata de vuelo",
            "tripulante de cabina",
            "Flugbegleiterin",
            "hôtesse de l'air",
            "personnel navigant commercial",
            "assistente di volo",
            "comissária de bordo",
        ),
        (
            "crew neck sweater",
            "rowing crew",
            "film crew on set",
            "crew cut hair",
            "log cabin in the woods",
            "cabin fever",
            "the cabin in the woods film",
            "our cabin by the lake",
            "skeleton crew this weekend",
        ),
        ("flight attendant", "flight attendants", "air hostess", "stewardess", "cabin crew member", "purser"),
        ("aviation",),
    ),
    (
        "taxi driving",
        (
            "taxi driver",
            "cabbie",
            "black cab driver",
            "did the knowledge",
            "uber driver",
            "rideshare driver",
            "lyft driver",
            "private hire driver",
            "minicab driver",
            "airport run",
            "night shift on the rank",
            "surge pricing tonight",
            "taxi plate",
            "hackney licence",
            "ride-hailing driver",
            "taxista",
            "chófer de taxi",
            "Taxifahrer",
            "chauffeur de taxi",
            "chauffeur vtc",
            "tassista",
            "motorista de aplicativo",
        ),
        (
            "plane taxiing to the runway",
            "taxidermy collection",
            "printer driver update",
            "golf driver",
            "formula 1 driver",
            "designated driver tonight",
            "tax return deadline",
            "screwdriver set",
        ),
        (
            "taxi driver",
            "taxi drivers",
            "cab driver",
            "cabbie",
            "uber driver",
            "rideshare driving",
            "private hire",
        ),
        (),
    ),
    (
        "freight forwarding",
        (
            "freight forwarder",
            "ocean freight and air freight",
            "customs clearance",
            "incoterms",
            "bill of lading",
            "fcl and lcl shipments",
            "booking containers with carriers",
            "import export coordinator",
            "customs broker",
            "air waybill",
            "demurrage and detention",
            "consolidation at the cfs",
            "fiata diploma",
            "shipping documents",
            "transitario",
            "agente de aduanas",
            "Spediteur",
            "Speditionskaufmann",
            "transitaire",
            "spedizioniere",
            "despachante aduaneiro",
        ),
        (
            "freight train passing through",
            "carrying emotional freight",
            "centre forward in football",
            "email forwarding rules",
            "port forwarding on my router",
            "fast forward",
            "forwarding address",
            "freighter in elite dangerous",
            "forward planning",
        ),
        (
            "freight forwarder",
            "freight forwarders",
            "forwarding agent",
            "customs brokerage",
            "customs clearance",
            "international shipping",
        ),
        ("supply chain",),
    ),
    (
        "fleet management",
        (
            "fleet manager",
            "fleet management",
            "vehicle tracking and telematics",
            "fleet maintenance schedule",
            "fleet compliance and o licence",
            "managing 200 vans",
            "tachograph analysis",
            "vehicle leasing and fleet",
            "fuel cards",
            "fleet electrification",
            "company car policy",
            "mot and servicing schedule",
            "transport manager cpc",
            "driver behaviour scores",
            "gestor de flotas",
            "gestión de flotas",
            "Fuhrparkmanager",
            "Fuhrparkleiter",
            "gestionnaire de flotte",
            "gestione flotte aziendali",
            "gestão de frotas",
        ),
        (
            "fleet foxes album",
            "royal navy fleet",
            "fleet of star destroyers",
            "fleet week in new york",
            "fleet street journalists",
            "fleet-footed winger",
            "starfleet academy",
            "fishing fleet",
        ),
        ("fleet manager", "fleet managers", "fleet operations", "transport manager", "vehicle fleet"),
        ("supply chain",),
    ),
    (
        "civil service",
        (
            "civil servant",
            "working in the civil service",
            "fast stream",
            "policy advisor in whitehall",
            "government department",
            "public administration",
            "ministerial submissions",
            "senior civil servant",
            "heo to seo promotion",
            "public servant",
            "federal employee",
            "gs-12",
            "government official",
            "administrative officer",
            "funcionario público",
            "aprobé las oposiciones",
            "Beamter",
            "Beamtin im öffentlichen Dienst",
            "fonctionnaire",
            "fonction publique",
            "funzionario pubblico",
            "servidor público",
            "concurso público",
        ),
        (
            "civil engineering",
            "civil war reenactment",
            "civil partnership",
            "civil rights movement",
            "customer service",
            "church service",
            "tennis serve",
            "room service",
            "service station",
            "civil discourse online",
        ),
        ("civil servant", "civil servants", "public administration", "public service", "public servant"),
        ("government",),
    ),
    (
        "probation",
        (
            "probation officer",
            "probation service",
            "probation practitioner",
            "supervising people on licence",
            "pre-sentence report",
            "community order",
            "parole officer",
            "unpaid work scheme",
            "risk assessment and oasys",
            "offender manager",
            "rehabilitation of offenders",
            "mappa meetings",
            "youth offending team",
            "community corrections",
            "agente de libertad condicional",
            "Bewährungshelfer",
            "Bewährungshilfe",
            "conseiller pénitentiaire d'insertion et de probation",
            "liberdade condicional",
        ),
        (
            "probation period at my new job",
            "six month probation review",
            "academic probation",
            "double secret probation",
            "probationary teacher",
            "probate court",
            "on probation at work",
            "probationary member of the club",
        ),
        (
            "probation officer",
            "probation officers",
            "probation service",
            "parole officer",
            "offender management",
        ),
        ("criminal justice",),
    ),
    (
        "corrections",
        (
            "correctional officer",
            "corrections officer",
            "prison officer",
            "working on the landings",
            "prison service",
            "jail deputy",
            "detention officer",
            "co life",
            "custody officer",
            "prison wing",
            "inmate supervision",
            "hmpps",
            "cell searches",
            "county jail",
            "funcionario de prisiones",
            "agente penitenciario",
            "Justizvollzugsbeamter",
            "surveillant pénitentiaire",
            "agente di polizia penitenziaria",
            "agente penitenciário",
        ),
        (
            "corrections to the article",
            "stock market correction",
            "color correction in lightroom",
            "correcting homework",
            "spelling corrections",
            "course correction",
            "politically correct",
            "the corrections by jonathan franzen",
            "vision correction surgery",
            "corrections and clarifications",
        ),
        (
            "correctional officer",
            "corrections officer",
            "prison officer",
            "prison officers",
            "prison service",
            "jail officer",
            "detention officer",
        ),
        ("criminal justice",),
    ),
    (
        "postal service",
        (
            "postman",
            "postwoman",
            "mail carrier",
            "postal worker",
            "letter carrier",
            "royal mail postie",
            "walking my delivery round",
            "usps carrier",
            "rural carrier",
            "sorting office",
            "parcel delivery round",
            "post office counter clerk",
            "mail sorting machine",
            "postie life",
            "cartero",
            "trabajo en correos",
            "Briefträger",
            "Postbote",
            "facteur",
            "postino",
            "carteiro",
        ),
        (
            "posted on instagram",
            "new blog post",
            "post-punk band",
            "going postal",
            "post-it notes",
            "job posting",
            "postal vote",
            "goal post",
            "post-credits scene",
            "chain mail armour",
            "inbox zero on my email",
        ),
        (
            "postal worker",
            "postal workers",
            "mail carrier",
            "postman",
            "postie",
            "letter carrier",
            "mail delivery",
        ),
        (),
    ),
    (
        "lifeguarding",
        (
            "lifeguard",
            "pool lifeguard",
            "beach lifeguard",
            "nplq qualified",
            "lifeguard on duty",
            "rescue tube",
            "surf lifesaving club",
            "rnli lifeguard",
            "in the chair at the pool",
            "lifesaving competition",
            "spinal board training",
            "junior lifeguards",
            "first aid and cpr recert",
            "red flags on the beach",
            "socorrista",
            "salvavidas",
            "Rettungsschwimmer",
            "maître-nageur sauveteur",
            "bagnino",
            "salva-vidas",
            "nadador-salvador",
        ),
        (
            "this coffee is a lifesaver",
            "lifesaver sweets",
            "life saving surgery",
            "guard dog",
            "shin guards",
            "security guard",
            "guardrail",
            "great save by the goalkeeper",
            "baywatch reboot",
        ),
        (
            "lifeguard",
            "lifeguards",
            "lifesaving",
            "life saving",
            "surf lifesaving",
            "beach lifeguard",
            "pool lifeguard",
        ),
        ("swimming",),
    ),
    (
        "emergency dispatch",
        (
            "911 dispatcher",
            "999 call handler",
            "emergency dispatcher",
            "public safety telecommunicator",
            "dispatch center",
            "emd certified",
            "cad system",
            "taking 911 calls",
            "police dispatcher",
            "fire dispatch",
            "ambulance control room",
            "psap",
            "thin gold line",
            "call taker",
            "radio traffic tonight",
            "operador de emergencias 112",
            "teleoperador del 112",
            "Leitstellendisponent",
            "Rettungsleitstelle",
            "opérateur du samu",
            "operatore 112",
            "atendente do 190",
        ),
        (
            "dispatch from the front lines",
            "dispatches newsletter",
            "dispatch box in parliament",
            "truck dispatcher",
            "uber dispatch",
            "dispatching orders in the warehouse",
            "mentioned in dispatches",
            "emergency room nurse",
            "redux dispatch action",
            "dispatched the boss in one hit",
        ),
        (
            "emergency dispatcher",
            "911 dispatcher",
            "999 call handler",
            "public safety dispatch",
            "emergency call handling",
            "911 dispatch",
        ),
        ("emergency management",),
    ),
    (
        "waste management",
        (
            "waste management",
            "bin man",
            "refuse collector",
            "sanitation worker",
            "garbage truck driver",
            "recycling centre",
            "landfill operations",
            "waste collection round",
            "materials recovery facility",
            "hazardous waste",
            "waste transfer station",
            "energy from waste plant",
            "circular economy and waste",
            "skip hire",
            "ciwm member",
            "recogida de residuos",
            "gestión de residuos",
            "Müllabfuhr",
            "Abfallwirtschaft",
            "éboueur",
            "gestion des déchets",
            "netturbino",
            "gestão de resíduos",
        ),
        (
            "waste of time",
            "wasted at the party",
            "wasteland 3",
            "trash talk",
            "trash tv",
            "garbage the band",
            "waste not want not",
            "trash pandas",
            "junk food",
        ),
        (
            "waste collection",
            "refuse collection",
            "bin man",
            "sanitation",
            "recycling industry",
            "solid waste",
        ),
        ("sustainability",),
    ),
    (
        "phlebotomy",
        (
            "phlebotomist",
            "phlebotomy tech",
            "drawing blood",
            "venepuncture",
            "blood draw",
            "butterfly needle",
            "hard stick today",
            "order of draw",
            "vacutainer tubes",
            "blood donor centre",
            "pediatric draws",
            "phlebotomy certification",
            "vein finder",
            "specimen collection",
            "flebotomista",
            "extracción de sangre",
            "Blutabnahme",
            "préleveur",
            "prise de sang",
            "prelievo di sangue",
            "coleta de sangue",
        ),
        (
            "blood moon tonight",
            "blood brothers musical",
            "vampire lore",
            "blood, sweat and tears",
            "bloodline in fantasy",
            "needle felting",
            "sewing needle",
            "first blood",
            "bloodborne boss fight",
        ),
        ("phlebotomist", "phlebotomists", "venepuncture", "venipuncture", "blood draw", "blood collection"),
        ("medicine",),
    ),
    (
        "respiratory therapy",
        (
            "respiratory therapist",
            "rrt",
            "ventilator management",
            "abg draws",
            "bipap and cpap",
            "high flow oxygen",
            "intubation with the team",
            "nicu respiratory therapist",
            "pulmonary function testing",
            "breathing treatments",
            "extubation",
            "respiratory care",
            "asthma education",
            "airway management",
            "terapeuta respiratorio",
            "fisioterapia respiratoria",
            "Atmungstherapeut",
            "kinésithérapie respiratoire",
            "terapista respiratorio",
            "fisioterapia respiratória",
        ),
        (
            "respiratory infection season",
            "take a deep breath",
            "breath of fresh air",
            "ventilation in my grow tent",
            "respirator mask for sanding",
            "mouth breather",
            "breathe by the prodigy",
            "breath control for singers",
        ),
        ("respiratory therapist", "respiratory therapists", "respiratory care", "pulmonary rehab"),
        ("medicine",),
    ),
    (
        "podiatry",
        (
            "podiatrist",
            "chiropodist",
            "foot clinic",
            "nail surgery",
            "biomechanics and orthotics",
            "diabetic foot care",
            "verruca treatment",
            "ingrown toenail",
            "gait analysis",
            "heel pain and plantar fasciitis",
            "custom insoles",
            "wound care for diabetic feet",
            "podiatric surgeon",
            "hcpc podiatrist",
            "podólogo",
            "podología",
            "Podologe",
            "Podologie",
            "pédicure-podologue",
            "podologo",
            "podologista",
        ),
        (
            "foot the bill",
            "footnote",
            "best foot forward",
            "bigfoot sightings",
            "footwork drills",
            "foot of the mountain",
            "pedicure at the nail salon",
            "football on saturday",
        ),
        ("podiatrist", "podiatrists", "chiropody", "chiropodist", "foot health"),
        ("medicine",),
    ),
    (
        "dental hygiene",
        (
            "dental hygienist",
            "rdh",
            "scale and polish",
            "periodontal charting",
            "deep cleaning",
            "hygiene appointment",
            "gum health",
            "flossing advice",
            "perio patients",
            "ultrasonic scaler",
            "dental therapist",
            "bleeding gums",
            "hygiene school",
            "recall appointments",
            "higienista dental",
            "Dentalhygienikerin",
            "Prophylaxe in der Zahnarztpraxis",
            "hygiéniste dentaire",
            "igienista dentale",
            "higienista oral",
        ),
        (
            "sleep hygiene",
            "data hygiene",
            "cyber hygiene",
            "hand hygiene",
            "personal hygiene",
            "sweet tooth",
            "tooth fairy",
            "bluetooth speaker",
            "deep cleaning the house",
        ),
        ("dental hygienist", "dental hygienists", "hygienist", "oral hygiene", "dental therapy"),
        ("dentistry",),
    ),
    (
        "medical coding",
        (
            "medical coder",
            "medical billing and coding",
            "icd-10 codes",
            "cpt codes",
            "cpc certified",
            "aapc",
            "revenue cycle",
            "claims denials",
            "clinical coding",
            "clinical coder",
            "hcc coding",
            "inpatient coding",
            "remote coder",
            "charge entry",
            "prior authorization",
            "codificación clínica",
            "codificador médico",
            "Kodierfachkraft",
            "codage médical",
            "codifica clinica",
            "codificação clínica",
        ),
        (
            "coding bootcamp",
            "learn to code",
            "genetic code",
            "dress code",
            "colour coding",
            "code red",
            "medical drama on tv",
            "morse code",
            "penal code",
        ),
        ("medical coder", "medical coders", "medical billing", "clinical coding", "healthcare coding"),
        ("health",),
    ),
    (
        "prosthetics and orthotics",
        (
            "prosthetist",
            "orthotist",
            "certified prosthetist orthotist",
            "socket fitting",
            "below knee prosthesis",
            "transtibial socket",
            "myoelectric hand",
            "afo and kafo",
            "bracing clinic",
            "spinal bracing",
            "amputee clinic",
            "o&p clinic",
            "cast and fit",
            "limb fitting centre",
            "técnico ortoprotésico",
            "Orthopädietechniker",
            "orthoprothésiste",
            "tecnico ortopedico",
            "técnico de órteses e próteses",
        ),
        (
            "prosthetic makeup for film",
            "orthodontic braces",
            "orthodox church",
            "brace yourself",
            "dental prosthesis",
            "orthopedic surgeon",
            "prosthetic memory",
            "knee brace for skiing",
        ),
        ("prosthetics", "orthotics", "prosthetist", "orthotist", "o&p", "limb fitting", "orthotic bracing"),
        ("medical devices",),
    ),
    (
        "veterinary nursing",
        (
            "veterinary nurse",
            "rvn",
            "vet tech",
            "veterinary technician",
            "lvt",
            "anaesthesia monitoring",
            "nurse clinics at the practice",
            "kennel assistant",
            "dental scale under ga",
            "post op care",
            "icu at the animal hospital",
            "vet tech week",
            "restraint and venipuncture",
            "exotic vet nursing",
            "auxiliar técnico veterinario",
            "Tiermedizinische Fachangestellte",
            "auxiliaire vétérinaire",
            "infermiere veterinario",
            "auxiliar veterinário",
        ),
        (
            "nursing home",
            "nursing a hangover",
            "nursing a grudge",
            "nursing bra",
            "veterans day",
            "vetting candidates",
            "army vet",
            "technician at the car dealer",
        ),
        (
            "veterinary nurse",
            "veterinary nurses",
            "vet nurse",
            "vet tech",
            "veterinary technician",
            "veterinary technology",
        ),
        ("veterinary medicine",),
    ),
    (
        "funeral services",
        (
            "funeral director",
            "mortician",
            "embalmer",
            "undertaker",
            "funeral home",
            "funeral arranger",
            "mortuary science",
            "first call removal",
            "bereaved families",
            "funeral celebrant",
            "crematorium technician",
            "death care industry",
            "restorative art",
            "green burials",
            "hearse driver",
            "pre-need planning",
            "tanatopractor",
            "servicios funerarios",
            "Bestatter",
            "Bestatterin",
            "pompes funèbres",
            "thanatopracteur",
            "impresario funebre",
            "agente funerário",
        ),
        (
            "funeral for a friend band",
            "death metal",
            "it's your funeral",
            "a funeral for my diet",
            "the undertaker wrestling",
            "dead by daylight",
            "death of a salesman",
            "tomb raider",
            "deathcore",
        ),
        (
            "funeral director",
            "funeral directors",
            "mortician",
            "undertaker",
            "embalming",
            "mortuary science",
            "death care",
        ),
        (),
    ),
    (
        "medical laboratory science",
        (
            "medical laboratory scientist",
            "biomedical scientist",
            "clinical lab",
            "running the analyser",
            "haematology bench",
            "blood bank",
            "microbiology plates",
            "qc failed again",
            "lab week",
            "ascp certified",
            "hcpc biomedical scientist",
            "cross-matching units",
            "specimen processing",
            "lis downtime",
            "técnico de laboratorio clínico",
            "análisis clínicos",
            "Biomedizinische Analytikerin",
            "technicien de laboratoire médical",
            "biologiste médical",
            "tecnico di laboratorio biomedico",
            "biomédico analista",
        ),
        (
            "my labrador is the best",
            "labour party conference",
            "lab grown diamonds",
            "meth lab in breaking bad",
            "design lab at the startup",
            "dexter's laboratory",
            "language lab at school",
            "lab coat costume",
        ),
        (
            "medical laboratory scientist",
            "biomedical science",
            "biomedical scientist",
            "clinical laboratory science",
            "medical technologist",
            "medical lab",
            "clinical lab",
        ),
        ("medicine",),
    ),
    (
        "analytical chemistry",
        (
            "analytical chemist",
            "hplc method development",
            "lc-ms",
            "gc-ms",
            "mass spectrometry",
            "method validation",
            "nmr spectroscopy",
            "titration",
            "icp-ms",
            "chromatography column",
            "qc chemist",
            "stability testing",
            "sample prep",
            "uv-vis",
            "calibration curve",
            "química analítica",
            "Analytische Chemie",
            "chimie analytique",
            "chimica analitica",
            "analista de laboratório químico",
        ),
        (
            "chemistry between the actors",
            "team chemistry",
            "my chemical romance",
            "analytics dashboards",
            "google analytics",
            "analytical thinking skills",
            "relationship chemistry",
            "body chemistry",
        ),
        ("analytical chemist", "analytical chemists", "chromatography", "mass spectrometry", "spectroscopy"),
        ("chemistry",),
    ),
    (
        "microscopy",
        (
            "microscopist",
            "electron microscopy",
            "confocal imaging",
            "cryo-em",
            "sem images",
            "tem grid prep",
            "fluorescence microscopy",
            "light sheet microscopy",
            "amateur microscopy",
            "pond water under the microscope",
            "super-resolution imaging",
            "staining slides",
            "100x oil immersion objective",
            "imaging core facility",
            "microscopía",
            "microscopio electrónico",
            "Mikroskopie",
            "microscopie",
            "microscopia",
            "microscópio eletrônico",
        ),
        (
            "under the microscope in the press",
            "micro four thirds camera",
            "micromanagement",
            "microdosing",
            "microbrewery",
            "telescope for stargazing",
            "magnifying glass",
            "microscopic portion sizes",
        ),
        ("microscopist", "microscope", "microscopes", "electron microscopy", "confocal microscopy"),
        ("science",),
    ),
    (
        "soil science",
        (
            "soil scientist",
            "soil health",
            "soil sampling",
            "soil survey",
            "pedology",
            "soil microbiome",
            "carbon sequestration in soils",
            "soil organic matter",
            "soil profile pit",
            "soil texture by feel",
            "soil erosion",
            "nutrient cycling",
            "soil fertility",
            "soil classification",
            "edafología",
            "ciencia del suelo",
            "Bodenkunde",
            "science du sol",
            "pédologie",
            "scienza del suolo",
            "ciência do solo",
        ),
        (
            "soiled nappies",
            "home soil",
            "on british soil",
            "foreign soil",
            "soiled reputation",
            "soylent shake",
            "sacred soil",
            "soil yourself laughing",
        ),
        ("soil scientist", "soil scientists", "pedology", "soil health", "soil ecology"),
        ("agriculture", "environmental science"),
    ),
    (
        "costume design",
        (
            "costume designer",
            "costume supervisor",
            "wardrobe department",
            "costume maker",
            "period costume",
            "costume fittings",
            "dresser on tour",
            "breaking down costumes",
            "theatrical costume",
            "costume department on set",
            "costume cutter",
            "costume sketches",
            "wardrobe mistress",
            "costume construction",
            "diseñadora de vestuario",
            "figurinista",
            "Kostümbildnerin",
            "costumière",
            "costumista",
            "figurinista de teatro",
        ),
        (
            "halloween costume ideas",
            "swimming costume",
            "costume jewellery",
            "dress-up box",
            "fancy dress party",
            "wardrobe malfunction",
            "ikea wardrobe",
            "capsule wardrobe",
            "costume drama on the bbc",
        ),
        ("costume designer", "costume designers", "costumes", "wardrobe department", "costume making"),
        ("theatre",),
    ),
    (
        "lighting design",
        (
            "lighting designer",
            "lighting programmer",
            "grandma3 programmer",
            "focusing the rig",
            "lighting plot",
            "moving heads",
            "plotting cues",
            "lighting for the tour",
            "dmx",
            "lighting operator",
            "followspot",
            "architectural lighting design",
            "etc eos",
            "lx crew",
            "diseñador de iluminación",
            "iluminador",
            "Lichtdesigner",
            "Beleuchter",
            "éclairagiste",
            "concepteur lumière",
            "light designer teatrale",
            "iluminador cênico",
        ),
        (
            "lightning storm",
            "lighting a candle",
            "lighting the barbecue",
            "light bulbs on sale",
            "fairy lights in my room",
            "light reading",
            "lighting a fire",
            "lightweight jacket",
        ),
        (
            "lighting designer",
            "lighting designers",
            "stage lighting",
            "theatre lighting",
            "lighting tech",
            "concert lighting",
        ),
        ("theatre",),
    ),
    (
        "stage management",
        (
            "stage manager",
            "deputy stage manager",
            "assistant stage manager",
            "calling the show",
            "prompt book",
            "rehearsal report",
            "blocking notes",
            "spike tape",
            "production week",
            "tech rehearsal",
            "stage manager on tour",
            "standby cue",
            "props table",
            "company manager",
            "jefe de escena",
            "regidor de escena",
            "Inspizient",
            "régisseur plateau",
            "direttore di scena",
            "contrarregra",
        ),
        (
            "stage 4 cancer",
            "tour de france stage",
            "stage fright",
            "staging area",
            "staged photo",
            "stages of grief",
            "middle management",
            "stagecoach bus",
            "stage name",
            "stage diving at the gig",
        ),
        (
            "stage manager",
            "stage managers",
            "deputy stage manager",
            "assistant stage manager",
            "stage managing",
        ),
        ("theatre",),
    ),
    (
        "floristry",
        (
            "florist",
            "florist shop",
            "wedding flowers",
            "bridal bouquet",
            "flower arranging",
            "floral design",
            "flower market at 5am",
            "buttonholes and corsages",
            "seasonal stems",
            "floral installation",
            "hand tied bouquet",
            "floral foam free",
            "funeral tributes",
            "sympathy flowers",
            "florista",
            "arreglos florales",
            "Floristin",
            "Blumenladen",
            "fleuriste",
            "art floral",
            "fiorista",
        ),
        (
            "flower power",
            "florence nightingale",
            "flour for baking",
            "late bloomer",
            "floral dress",
            "fleur de lis",
            "flower crown filter",
            "florida man",
        ),
        ("florist", "florists", "flower arranging", "floral design", "flower shop"),
        (),
    ),
    (
        "visual effects",
        (
            "vfx artist",
            "compositor",
            "nuke compositing",
            "roto artist",
            "matchmove",
            "houdini fx",
            "cg supervisor",
            "green screen",
            "fx td",
            "lighting and rendering",
            "vfx breakdown",
            "paint and prep",
            "digital double",
            "previs",
            "efectos visuales",
            "artista vfx",
            "visuelle Effekte",
            "effets visuels",
            "effetti visivi",
            "efeitos visuais",
        ),
        (
            "side effects of the vaccine",
            "effects of caffeine",
            "sound effects",
            "butterfly effect",
            "guitar effects pedal",
            "visual kei",
            "visual studio",
            "the mandela effect",
        ),
        ("vfx", "vfx artist", "visual effects artist", "compositing", "cgi", "special effects"),
        ("film",),
    ),
    (
        "interpreting",
        (
            "interpreter",
            "conference interpreter",
            "court interpreter",
            "medical interpreter",
            "simultaneous interpreting",
            "consecutive interpreting",
            "booth partner",
            "community interpreter",
            "relay interpreting",
            "aiic member",
            "remote interpreting",
            "note-taking for consecutive",
            "liaison interpreter",
            "intérprete de conferencias",
            "interpretación simultánea",
            "Dolmetscherin",
            "Konferenzdolmetscher",
            "interprète de conférence",
            "interprete simultanea",
            "intérprete judicial",
        ),
        (
            "python interpreter",
            "interpret the data",
            "open to interpretation",
            "dream interpretation",
            "interpretive dance",
            "misinterpreted my text",
            "bytecode interpreter",
            "interpretation of the law",
            "tarot interpretation",
            "interpretive signage in the park",
        ),
        (
            "interpreter",
            "interpreters",
            "conference interpreting",
            "court interpreting",
            "simultaneous interpreting",
        ),
        ("linguistics",),
    ),
    (
        "art conservation",
        (
            "art conservator",
            "paintings conservator",
            "paper conservation",
            "conservation studio",
            "retouching losses",
            "varnish removal",
            "inpainting",
            "cleaning an old master",
            "textile conservation",
            "objects conservator",
            "preventive conservation",
            "conservation science",
            "gilding restoration",
            "restaurador de arte",
            "restauración de pinturas",
            "Restauratorin",
            "Gemälderestaurierung",
            "restauratrice de tableaux",
            "restauro dipinti",
            "restauradora de obras de arte",
        ),
        (
            "wildlife conservation",
            "marine conservation",
            "energy conservation",
            "conservative politics",
            "conservation of momentum",
            "restore my iphone",
            "restoration comedy",
            "restoration hardware",
            "conservatory extension",
        ),
        (
            "art conservator",
            "art restoration",
            "conservator",
            "painting restoration",
            "conservation-restoration",
            "paintings conservation",
        ),
        ("art", "museums"),
    ),
    (
        "payroll",
        (
            "payroll specialist",
            "payroll manager",
            "payroll administrator",
            "running payroll",
            "month end payroll",
            "paye and rti",
            "p60s",
            "pension auto-enrolment",
            "payroll software",
            "gross to net",
            "timesheets",
            "payroll tax",
            "w-2 season",
            "cipp qualified",
            "nóminas",
            "técnico de nóminas",
            "Lohnbuchhaltung",
            "Entgeltabrechnung",
            "gestionnaire de paie",
            "addetto paghe",
            "folha de pagamento",
        ),
        (
            "on the payroll of the cartel",
            "pay rise please",
            "payday loan",
            "pay-per-view",
            "pay it forward",
            "paypal",
            "roll call",
            "spring rolls",
            "rock and roll",
        ),
        ("payroll specialist", "payroll administrator", "payroll manager", "payroll administration"),
        ("accounting",),
    ),
    (
        "paralegal",
        (
            "paralegal at a law firm",
            "legal assistant",
            "legal secretary",
            "trial prep",
            "drafting pleadings",
            "e-discovery",
            "bates stamping",
            "case management",
            "litigation paralegal",
            "conveyancing assistant",
            "filing deadlines",
            "legal executive",
            "cilex",
            "certified paralegal",
            "discovery responses",
            "asistente legal",
            "Rechtsanwaltsfachangestellte",
            "Paralegal in der Kanzlei",
            "assistant juridique",
            "assistente legale",
            "assistente jurídico",
        ),
        (
            "paralympics",
            "paragliding",
            "parallel parking",
            "legal drinking age",
            "legally blonde",
            "legal weed",
            "parachute",
            "paranormal",
            "legal tender",
            "paramedic",
        ),
        ("paralegals", "legal assistant", "legal assistants", "legal secretary", "legal executive"),
        ("law",),
    ),
    (
        "facilities management",
        (
            "facilities manager",
            "facility manager",
            "building services",
            "planned preventive maintenance",
            "cafm system",
            "soft services",
            "hard fm",
            "iwfm member",
            "ifma",
            "workplace management",
            "office moves",
            "contractor management",
            "statutory compliance",
            "helpdesk tickets",
            "gestor de instalaciones",
            "Gebäudemanagement",
            "Facility Manager im Krankenhaus",
            "responsable des services généraux",
            "gestione delle strutture",
            "gestão de facilities",
        ),
        (
            "fm radio",
            "bathroom facilities",
            "leisure facilities",
            "sports facility",
            "facial",
            "facility with languages",
            "care facility",
            "management consulting",
            "detention facility",
            "storage facility",
        ),
        (
            "facilities manager",
            "facility management",
            "facility manager",
            "building management",
            "estates management",
        ),
        (),
    ),
    (
        "actuarial science",
        (
            "actuary",
            "actuarial analyst",
            "actuarial exams",
            "passed exam p",
            "ifoa",
            "soa exams",
            "fia",
            "pricing actuary",
            "reserving",
            "pension scheme valuation",
            "life tables",
            "mortality modelling",
            "cs1 exam",
            "actuarial student",
            "actuario",
            "ciencias actuariales",
            "Aktuar",
            "Versicherungsmathematik",
            "actuaire",
            "attuario",
            "atuário",
        ),
        (
            "actually hilarious",
            "actual play podcast",
            "linear actuator",
            "factual error",
            "self-actualization",
            "act one scene two",
            "acting class",
            "action movie night",
        ),
        ("actuary", "actuaries", "actuarial analyst", "actuarial exams"),
        ("insurance",),
    ),
    (
        "property management",
        (
            "property manager",
            "letting agent",
            "lettings negotiator",
            "tenant management",
            "rent collection",
            "maintenance requests",
            "block management",
            "property management company",
            "lease renewals",
            "hoa management",
            "tenant screening",
            "appfolio",
            "portfolio of 200 units",
            "section 21 notice",
            "inventory and check out",
            "administrador de fincas",
            "gestión de propiedades",
            "Hausverwaltung",
            "Immobilienverwalter",
            "gestionnaire locatif",
            "syndic de copropriété",
            "amministratore di condominio",
            "administradora de imóveis",
        ),
        (
            "property in a python class",
            "css property",
            "intellectual property",
            "property brothers",
            "private property sign",
            "property of the state",
            "monopoly properties",
            "managing expectations",
        ),
        ("property manager", "property managers", "lettings", "letting agent", "rental management"),
        ("real estate",),
    ),
    (
        "film studies",
        (
            "film studies student",
            "film studies lecturer",
            "phd in film studies",
            "writing my dissertation on italian neorealism",
            "film theory seminar",
            "close reading of a hitchcock sequence",
            "essay on the french new wave",
            "cinema studies major",
            "teaching a module on world cinema",
            "mise-en-scène analysis",
            "auteur theory debate in class",
            "film history and theory",
            "screen studies researcher",
            "paper on the male gaze in film noir",
            "conference panel on early cinema",
            "media and film studies teacher",
            "estudios cinematográficos en la universidad",
            "filmwissenschaft studentin",
            "études cinématographiques à la sorbonne",
            "laurea in studi cinematografici",
        ),
        (
            "plastic film for food wrap",
            "filmed my kid's recital",
            "study group for the exam",
            "shooting film on my pentax",
            "cling film over the bowl",
            "studio apartment for rent",
            "film crew for the commercial shoot",
            "oily film on the water",
            "case studies in marketing",
            "filming a tiktok dance",
        ),
        ("cinema studies", "film theory", "screen studies", "film scholar", "film scholars"),
        ("film",),
    ),
    (
        "gender studies",
        (
            "gender studies student",
            "women's and gender studies major",
            "phd in gender studies",
            "feminist theory reading group",
            "teaching intro to gender studies",
            "research on masculinities",
            "intersectionality in my thesis",
            "judith butler seminar",
            "gender and sexuality studies",
            "queer theory and gender research",
            "gender studies lecturer",
            "ma in gender, sexuality and culture",
            "writing about gender performativity",
            "feminist epistemology paper",
            "gender studies department",
            "lecture on the history of women's studies",
            "ethnography of gender and work",
            "estudios de género",
            "geschlechterforschung an der uni",
            "études de genre",
            "studi di genere",
            "estudos de gênero",
        ),
        (
            "gender reveal party",
            "grammatical gender of nouns in german",
            "gendered articles in french class",
            "baby's sex at the 20 week scan",
            "male and female electrical connectors",
            "studies show coffee is good for you",
            "sexing the chicks",
            "gender swap filter on snapchat",
            "men's and women's toilets sign",
        ),
        (
            "women's studies",
            "gender and sexuality studies",
            "women's and gender studies",
            "queer studies",
            "queer theory",
        ),
        ("sociology", "feminism"),
    ),
    (
        "social psychology",
        (
            "social psychologist",
            "research on prejudice and stereotypes",
            "conformity and obedience experiments",
            "phd in social psychology",
            "studying group dynamics",
            "intergroup relations lab",
            "attitudes and persuasion research",
            "the replication crisis in social psych",
            "social cognition researcher",
            "implicit bias study",
            "cognitive dissonance lecture",
            "milgram and asch classics",
            "running a survey experiment online",
            "social identity theory",
            "bystander effect research",
            "ego depletion failed to replicate",
            "teaching social psych 101",
            "experimental social psychology",
            "psicología social",
            "sozialpsychologie",
            "psychologie sociale",
            "psicologia sociale",
        ),
        (
            "social media manager",
            "social butterfly",
            "psychology of colour in branding",
            "social anxiety",
            "reverse psychology on my toddler",
            "social worker",
            "social club every friday",
            "mind games in the dressing room",
            "social distancing",
        ),
        ("social psychologist", "social psychologists", "social psych"),
        ("psychology",),
    ),
    (
        "developmental psychology",
        (
            "developmental psychologist",
            "child development research",
            "attachment theory",
            "infant cognition lab",
            "studying language acquisition in toddlers",
            "piaget and vygotsky",
            "adolescent development research",
            "lifespan development lecture",
            "theory of mind in preschoolers",
            "phd in developmental psychology",
            "longitudinal study of children",
            "baby lab recruiting families",
            "developmental science",
            "early executive function",
            "the strange situation procedure",
            "developmental milestones research",
            "psicología del desarrollo",
            "entwicklungspsychologie",
            "psychologie du développement",
            "psicologia dello sviluppo",
        ),
        (
            "software development",
            "property developer",
            "developing film in the darkroom",
            "personal development coach",
            "developmental editing for novelists",
            "developing story",
            "developing countries",
            "professional development day",
            "dev team standup",
        ),
        ("developmental psychologist", "developmental psychologists", "developmental science"),
        ("psychology",),
    ),
    (
        "forensic psychology",
        (
            "forensic psychologist",
            "risk assessment of offenders",
            "working in a secure hospital",
            "criminal profiling",
            "expert witness in court",
            "psychology and law",
            "offender rehabilitation programmes",
            "forensic mental health",
            "prison psychologist",
            "msc forensic psychology",
            "eyewitness testimony research",
            "psychopathy assessment",
            "trainee forensic psychologist",
            "fitness to stand trial evaluation",
            "violence risk assessment",
            "working with sex offenders",
            "investigative psychology",
            "psicología forense",
            "rechtspsychologie",
            "psychologie légale",
            "psicologia forense",
        ),
        (
            "forensic accountant",
            "forensic science lab",
            "forensic audit",
            "digital forensics",
            "reading people's body language at parties",
            "csi reruns",
            "forensic linguistics",
            "mind reading magic trick",
            "psycho killer on repeat",
        ),
        ("forensic psychologist", "forensic psychologists", "criminal psychology", "legal psychology"),
        ("psychology", "criminal justice"),
    ),
    (
        "positive psychology",
        (
            "positive psychology coach",
            "practicing gratitude journaling",
            "via character strengths",
            "flow and wellbeing research",
            "seligman's perma model",
            "mapp graduate",
            "science of happiness course",
            "wellbeing research",
            "resilience training",
            "strengths-based coaching",
            "positive psychology practitioner",
            "happiness research",
            "positive education in schools",
            "post-traumatic growth",
            "savouring and gratitude exercises",
            "flourishing and meaning",
            "psicología positiva",
            "positive psychologie",
            "psychologie positive",
            "psicologia positiva",
        ),
        (
            "positive covid test",
            "positive pregnancy test",
            "hiv positive",
            "positive cash flow",
            "good vibes only tee",
            "positive charge",
            "blood type o positive",
            "false positive",
            "tested positive",
        ),
        ("positive psychologist", "science of happiness", "wellbeing science", "happiness research"),
        ("psychology", "wellness"),
    ),
    (
        "demography",
        (
            "demographer",
            "population studies",
            "fertility and mortality rates",
            "census data analysis",
            "life expectancy trends",
            "population ageing research",
            "migration and population change",
            "phd in demography",
            "population projections",
            "demographic transition",
            "mortality modelling",
            "working at the census bureau",
            "population research centre",
            "birth rates falling",
            "cohort fertility",
            "formal demography",
            "demografía",
            "demografie",
            "démographe",
            "demografia",
        ),
        (
            "target demographic for our ads",
            "demographics of our customer base",
            "demo tape",
            "demo day at the accelerator",
            "the crowd at the gig was old",
            "key demographic for the show",
            "audience demographics on instagram",
            "democracy sausage",
        ),
        ("demographer", "demographers", "population studies", "population science"),
        ("sociology",),
    ),
    (
        "cosmology",
        (
            "cosmologist",
            "cosmic microwave background",
            "dark energy survey",
            "dark matter research",
            "big bang nucleosynthesis",
            "inflation models",
            "large scale structure simulation",
            "the hubble tension",
            "phd in cosmology",
            "galaxy surveys",
            "general relativity and cosmology",
            "early universe physics",
            "cosmic inflation",
            "observational cosmology",
            "lambda-cdm model",
            "baryon acoustic oscillations",
            "cosmología",
            "kosmologie",
            "cosmologie",
            "cosmologia",
        ),
        (
            "cosmopolitan cocktail",
            "cosmo magazine quiz",
            "norse cosmology in mythology",
            "cosmetics haul",
            "cosmic horror novels",
            "cosmetic dentistry",
            "indigenous cosmology and creation stories",
            "cosmic energy healing",
            "astrology and cosmic vibes",
        ),
        ("cosmologist", "cosmologists", "physical cosmology", "early universe"),
        ("astronomy", "physics"),
    ),
    (
        "molecular biology",
        (
            "molecular biologist",
            "pcr and western blots",
            "cloning and plasmid prep",
            "crispr knockout",
            "gene expression lab",
            "qpcr results",
            "rna-seq experiments",
            "protein purification",
            "transfection today",
            "postdoc in molecular biology",
            "bench scientist",
            "running gels all day",
            "dna extraction",
            "molecular cloning",
            "cell culture in the hood",
            "cell biology lab",
            "biología molecular",
            "molekularbiologie",
            "biologie moléculaire",
            "biologia molecolare",
        ),
        (
            "molecular gastronomy dinner",
            "molecular cocktails",
            "biology homework",
            "mixology class",
            "dna test for ancestry",
            "molecule toys",
            "biological mum",
            "the dna of our company culture",
            "cell phone repair",
        ),
        (
            "molecular biologist",
            "molecular biologists",
            "mol bio",
            "cell biology",
            "molecular and cell biology",
        ),
        ("biology", "biochemistry"),
    ),
    (
        "planetary science",
        (
            "planetary scientist",
            "mars rover mission team",
            "planetary geology",
            "studying exoplanet atmospheres",
            "crater counting",
            "lunar sample analysis",
            "planetary defense",
            "asteroid spectroscopy",
            "icy moons of jupiter",
            "planetary science conference",
            "meteorite research",
            "phd in planetary science",
            "mapping martian river channels",
            "comet nucleus composition",
            "titan's methane lakes",
            "planetary atmospheres modelling",
            "ciencias planetarias",
            "planetologie",
            "planétologie",
            "scienze planetarie",
        ),
        (
            "planet fitness membership",
            "planetarium birthday party",
            "lonely planet guide",
            "planet earth documentary",
            "save the planet",
            "planetary hours in astrology",
            "planet hollywood",
            "planetary gearbox",
            "the planets suite by holst",
        ),
        (
            "planetary scientist",
            "planetary scientists",
            "planetary geology",
            "planetology",
            "planetary sciences",
        ),
        ("astronomy", "space", "geology"),
    ),
    (
        "nuclear physics",
        (
            "nuclear physicist",
            "nuclear structure research",
            "accelerator beam time",
            "radioactive isotopes",
            "neutron scattering",
            "nuclear reactions",
            "gamma spectroscopy",
            "nuclear astrophysics",
            "rare isotope beams",
            "heavy ion collisions",
            "fission and fusion physics",
            "phd in nuclear physics",
            "shell model calculations",
            "nuclear data evaluation",
            "neutron star matter",
            "exotic nuclei",
            "detector calibration",
            "física nuclear",
            "kernphysik",
            "physique nucléaire",
            "fisica nucleare",
        ),
        (
            "nuclear family",
            "went nuclear on twitter",
            "the nuclear option",
            "nuclear medicine scan",
            "physics homework",
            "physical therapy",
            "nuclear war film",
            "nuclear reactor operator",
            "nuclear weapons treaty",
        ),
        ("nuclear physicist", "nuclear physicists", "nuclear science"),
        ("physics",),
    ),
    (
        "conservation biology",
        (
            "conservation biologist",
            "endangered species recovery",
            "habitat restoration project",
            "biodiversity monitoring",
            "camera trap surveys",
            "population viability analysis",
            "conservation genetics",
            "protected area management",
            "field season tracking turtles",
            "iucn red list assessment",
            "species reintroduction",
            "conservation scientist",
            "human-wildlife conflict research",
            "radio collaring lynx",
            "msc in conservation biology",
            "invasive species control",
            "biología de la conservación",
            "naturschutzbiologie",
            "biologie de la conservation",
            "biologia della conservazione",
        ),
        (
            "art conservation",
            "conservation of energy in physics",
            "conservative party",
            "food preservation",
            "conservatory extension",
            "heritage building conservation",
            "conversation starters",
            "conserve battery",
            "energy conservation tips",
        ),
        (
            "conservation biologist",
            "conservation biologists",
            "conservation science",
            "conservation scientist",
        ),
        ("biology", "wildlife", "environmental science"),
    ),
    (
        "seismology",
        (
            "seismologist",
            "earthquake research",
            "seismic hazard",
            "seismometer",
            "seismic waves",
            "earthquake early warning",
            "tectonic faults",
            "aftershock sequence",
            "seismic network",
            "induced seismicity",
            "magnitude 6.2 event",
            "seismic tomography",
            "fault slip",
            "seismograms from last night",
            "earthquake catalogue",
            "ground motion modelling",
            "sismología",
            "seismologie",
            "sismologie",
            "sismologia",
        ),
        (
            "seismic shift in policy",
            "earth-shattering news",
            "earthquake cocktail",
            "tremors from parkinson's",
            "ground-breaking ceremony",
            "a seismic moment for the club",
            "the earth moved",
            "shaking like a leaf",
            "aftershocks of the scandal",
        ),
        ("seismologist", "seismologists", "earthquake science", "earthquakes"),
        ("geology",),
    ),
    (
        "biostatistics",
        (
            "biostatistician",
            "clinical trial statistics",
            "survival analysis",
            "mixed models in r",
            "sample size calculation",
            "sas programmer",
            "statistical analysis plan",
            "epidemiological modelling",
            "bayesian biostatistics",
            "mph in biostatistics",
            "cox regression",
            "phd biostatistics",
            "interim analysis for the dmc",
            "kaplan-meier curves",
            "missing data imputation",
            "statistical programmer in pharma",
            "bioestadística",
            "biostatistik",
            "biostatistique",
            "bioestatística",
        ),
        (
            "bio in profile",
            "stats for fantasy football",
            "statistically speaking",
            "biohazard sign",
            "biology exam",
            "stat! in er dramas",
            "player stats",
            "instagram stats",
        ),
        ("biostatistician", "biostatisticians", "biometry", "medical statistics"),
        ("public health", "clinical research", "data science"),
    ),
    (
        "herpetology",
        (
            "herpetologist",
            "field herping",
            "herping trip",
            "frog surveys",
            "amphibian decline",
            "snake ecology",
            "salamander research",
            "turtle conservation",
            "radio-tracking snakes",
            "herp survey",
            "great crested newt surveys",
            "herpetological society",
            "chytrid fungus research",
            "flipping logs for salamanders",
            "venomous snake relocation",
            "frog call monitoring",
            "herpetología",
            "herpetologie",
            "herpétologie",
            "erpetologia",
        ),
        (
            "herpes",
            "cold sore",
            "frog in my throat",
            "snake in the grass",
            "snakes and ladders",
            "turtleneck",
            "gecko insurance ad",
            "toad in the hole recipe",
        ),
        ("herpetologist", "herpetologists", "herper", "herpers"),
        ("zoology", "reptiles", "wildlife"),
    ),
    (
        "political philosophy",
        (
            "political philosopher",
            "rawls and nozick",
            "social contract theory",
            "theories of justice",
            "liberalism and republicanism",
            "hobbes, locke and rousseau",
            "political theory seminar",
            "democratic theory",
            "arendt reading group",
            "phd in political theory",
            "normative political theory",
            "the veil of ignorance",
            "machiavelli and the prince",
            "marx and critical theory",
            "debates on freedom and equality",
            "history of political thought",
            "filosofía política",
            "politische philosophie",
            "philosophie politique",
            "filosofia politica",
        ),
        (
            "party politics",
            "election polling",
            "office politics",
            "company philosophy",
            "coaching philosophy",
            "political cartoon",
            "playing politics",
            "my philosophy is eat dessert first",
        ),
        ("political theory", "political philosopher", "political theorist", "political thought"),
        ("philosophy", "politics"),
    ),
    (
        "philosophy of mind",
        (
            "consciousness studies",
            "the hard problem of consciousness",
            "qualia",
            "functionalism",
            "mind-body problem",
            "chalmers and dennett",
            "free will debate",
            "personal identity",
            "phenomenal consciousness",
            "panpsychism",
            "philosophy of cognitive science",
            "zombie argument",
            "what is it like to be a bat",
            "the chinese room argument",
            "theories of consciousness",
            "mental causation",
            "filosofía de la mente",
            "philosophie des geistes",
            "philosophie de l'esprit",
            "filosofia della mente",
        ),
        (
            "mindset coach",
            "never mind",
            "mind your step",
            "mind games",
            "mindfulness meditation",
            "mind map",
            "peace of mind",
            "mind the gap",
            "make up your mind",
        ),
        ("philosopher of mind", "consciousness studies", "philosophy of consciousness"),
        ("philosophy", "cognitive science"),
    ),
    (
        "philosophy of science",
        (
            "philosopher of science",
            "popper and falsification",
            "kuhn's paradigm shifts",
            "scientific realism",
            "hps student",
            "history and philosophy of science",
            "epistemology of science",
            "philosophy of physics",
            "philosophy of biology",
            "explanation and causation",
            "the demarcation problem",
            "underdetermination of theory",
            "lakatos research programmes",
            "philosophy of statistics",
            "interpretations of quantum mechanics",
            "values in science",
            "filosofía de la ciencia",
            "wissenschaftstheorie",
            "philosophie des sciences",
            "filosofia della scienza",
        ),
        (
            "science fair project",
            "paradigm shift in marketing",
            "the science of getting rich",
            "coaching philosophy",
            "cooking is a science",
            "it's not rocket science",
            "sleep science",
            "data science",
        ),
        (
            "philosopher of science",
            "philosophers of science",
            "philosophy of physics",
            "philosophy of biology",
        ),
        ("philosophy", "science", "history of science"),
    ),
    (
        "religious studies",
        (
            "religious studies teacher",
            "religious studies student",
            "comparative religion",
            "study of religion",
            "phd in religious studies",
            "religion and society",
            "sociology of religion",
            "new religious movements",
            "teaching re at gcse",
            "anthropology of religion",
            "history of religions",
            "religious literacy",
            "lecturer in religion and theology",
            "world religions module",
            "ritual studies",
            "psychology of religion",
            "ciencias de la religión",
            "religionswissenschaft",
            "sciences des religions",
            "storia delle religioni",
        ),
        (
            "football is my religion",
            "religiously go to the gym",
            "studied religiously for finals",
            "cult classic film",
            "a religious experience at the concert",
            "worshipping gains",
            "study hall",
            "holy moly",
        ),
        ("comparative religion", "study of religion", "religious education", "religion studies"),
        ("religion",),
    ),
    (
        "game theory",
        (
            "game theorist",
            "nash equilibrium",
            "prisoner's dilemma",
            "mechanism design",
            "auction theory",
            "evolutionary game theory",
            "bargaining models",
            "strategic interaction",
            "repeated games",
            "cooperative game theory",
            "phd in game theory",
            "subgame perfect equilibrium",
            "signalling games",
            "shapley value",
            "market design",
            "algorithmic game theory",
            "teoría de juegos",
            "spieltheorie",
            "théorie des jeux",
            "teoria dei giochi",
        ),
        (
            "video game lore theories",
            "game design",
            "fan theories about the finale",
            "board game night",
            "game day",
            "conspiracy theory",
            "game of thrones theories",
            "game over",
            "gaming setup",
        ),
        ("game theorist", "game theorists", "mechanism design"),
        ("economics", "mathematics"),
    ),
    (
        "sociolinguistics",
        (
            "sociolinguist",
            "language variation",
            "dialect research",
            "language attitudes",
            "code-switching",
            "multilingualism research",
            "language and identity",
            "language policy",
            "accent and dialect",
            "research on african american english",
            "linguistic landscape",
            "variationist sociolinguistics",
            "sociophonetics",
            "language and gender",
            "heritage languages",
            "labov interviews",
            "sociolingüística",
            "soziolinguistik",
            "sociolinguistique",
            "sociolinguistica",
        ),
        (
            "language exchange partner",
            "learning spanish on duolingo",
            "sociology of work",
            "body language",
            "programming language",
            "love languages",
            "bad language",
            "accent wall in the living room",
        ),
        ("sociolinguist", "sociolinguists", "language variation", "dialectology"),
        ("linguistics", "sociology"),
    ),
    (
        "ethnomusicology",
        (
            "ethnomusicologist",
            "fieldwork recording traditional music",
            "gamelan ensemble",
            "music and culture",
            "world music research",
            "folk music traditions",
            "phd in ethnomusicology",
            "anthropology of music",
            "music of west africa",
            "sound archive",
            "field recordings of ritual songs",
            "studying maqam",
            "indian classical music research",
            "music and migration",
            "etnomusicología",
            "musikethnologie",
            "ethnomusicologie",
            "etnomusicologia",
        ),
        (
            "ethnic food market",
            "music streaming",
            "ethnic origin",
            "music therapy",
            "playlist for the gym",
            "ethics committee",
            "world cup anthem",
            "ethnic minority report",
        ),
        ("ethnomusicologist", "ethnomusicologists", "musical anthropology", "anthropology of music"),
        ("anthropology", "music theory"),
    ),
    (
        "peace and conflict studies",
        (
            "peace and conflict studies",
            "conflict resolution",
            "peacebuilding",
            "peacekeeping",
            "conflict analysis",
            "mediation in armed conflict",
            "post-conflict reconstruction",
            "disarmament",
            "transitional justice",
            "nonviolent resistance",
            "peace research institute",
            "ma in peace studies",
            "conflict prevention",
            "peace process",
            "reconciliation work",
            "estudios de paz y conflictos",
            "friedens- und konfliktforschung",
            "études sur la paix",
            "studi sulla pace",
        ),
        (
            "peace of mind",
            "rest in peace",
            "conflict of interest",
            "scheduling conflict",
            "conflict with my sister",
            "peace lily",
            "piece of cake",
            "peacemaker tv show",
            "peace out",
        ),
        ("peace studies", "conflict studies", "peacebuilding", "peace research"),
        ("international development", "foreign policy"),
    ),
    (
        "american history",
        (
            "american history teacher",
            "american revolution",
            "civil war history",
            "founding fathers",
            "reconstruction era",
            "us history",
            "history of the american west",
            "gilded age",
            "civil rights movement history",
            "american civil war battlefields",
            "colonial america",
            "presidential history",
            "apush teacher",
            "gettysburg battlefield tour",
            "early republic",
            "history of the new deal",
            "historia de estados unidos",
            "amerikanische geschichte",
            "histoire américaine",
            "storia americana",
        ),
        (
            "american express",
            "american football",
            "american idol",
            "american pie",
            "browser history",
            "american psycho",
            "credit history",
            "american horror story",
        ),
        ("us history", "u.s. history", "american civil war", "american revolution", "civil war history"),
        ("history",),
    ),
    (
        "shakespeare",
        (
            "shakespearean actor",
            "hamlet at the globe",
            "rereading macbeth",
            "a sonnet a day",
            "shakespeare's globe",
            "the first folio",
            "iambic pentameter",
            "rsc season tickets",
            "shakespeare in the park",
            "teaching shakespeare to year 9",
            "early modern drama",
            "king lear is his best play",
            "shakespeare scholar",
            "a midsummer night's dream",
            "bardolator",
            "stratford-upon-avon trip",
            "the tempest rehearsals",
            "obras de shakespeare",
            "shakespeare-übersetzung",
            "pièces de shakespeare",
            "teatro di shakespeare",
        ),
        (
            "shakespeare fishing reels",
            "shakespeare and company bookshop",
            "hamlet cigars",
            "romeo and juliet by taylor swift",
            "hamlet the village",
            "to be or not to be late",
            "all's well that ends well at work",
            "wherefore art thou coffee",
        ),
        ("shakespearean", "the bard", "william shakespeare", "shakespeare studies"),
        ("theatre", "english literature", "classic literature"),
    ),
    (
        "literary theory",
        (
            "literary theorist",
            "critical theory reading group",
            "structuralism and post-structuralism",
            "derrida and deconstruction",
            "narratology",
            "reader-response criticism",
            "postcolonial theory",
            "new historicism",
            "ecocriticism",
            "phd in literary criticism",
            "comparative literature",
            "barthes and the death of the author",
            "marxist literary criticism",
            "psychoanalytic reading of the novel",
            "queer reading of the text",
            "close reading and theory",
            "teoría literaria",
            "literaturtheorie",
            "théorie littéraire",
            "teoria letteraria",
        ),
        (
            "literally dying",
            "lit party",
            "driving theory test",
            "conspiracy theory",
            "literacy campaign",
            "music theory",
            "critical of the referee",
            "criticism from my boss",
        ),
        (
            "literary criticism",
            "critical theory",
            "literary theorist",
            "comparative literature",
            "lit theory",
        ),
        ("english literature", "philosophy"),
    ),
    (
        "bible study",
        (
            "bible study leader",
            "wednesday night bible study",
            "small group bible study",
            "verse of the day",
            "reading through the book of romans",
            "scripture memorization",
            "inductive bible study",
            "bible journaling",
            "morning devotional",
            "women's bible study",
            "exegesis of the greek text",
            "studying the gospels",
            "bible in a year plan",
            "cross-references and commentaries",
            "hebrew word study",
            "bible study notes",
            "estudio bíblico",
            "bibelkreis",
            "étude biblique",
            "studio biblico",
            "estudo bíblico",
        ),
        (
            "the bible of web design",
            "my cooking bible",
            "the fashion bible",
            "swear on the bible",
            "study group for the bar exam",
            "gospel truth",
            "preaching to the choir",
            "bible belt road trip",
        ),
        ("bible studies", "scripture study", "bible reading", "bible study group", "bible journaling"),
        ("religion",),
    ),
    (
        "atheism",
        (
            "atheist",
            "proud atheist",
            "secularist",
            "freethinker",
            "separation of church and state",
            "ex-christian",
            "deconverted",
            "godless and happy",
            "atheist activist",
            "agnostic atheist",
            "no religion",
            "religion is not needed for morality",
            "raised religious, atheist now",
            "secular and skeptical",
            "freedom from religion",
            "reading the god delusion",
            "ateo",
            "atheistin",
            "athée",
            "ateu",
        ),
        (
            "atheist about diets",
            "agnostic about frameworks",
            "platform agnostic",
            "skeptical of the transfer rumour",
            "god of war game",
            "oh my god",
            "vendor-agnostic",
            "non-believer in var",
        ),
        ("atheist", "atheists", "secularism", "freethought", "nonbeliever", "nonbelievers"),
        (),
    ),
    (
        "humanism",
        (
            "humanist",
            "secular humanist",
            "humanist celebrant",
            "humanist wedding officiant",
            "humanists uk member",
            "ethical humanism",
            "reason and compassion",
            "good without god",
            "humanist chaplain",
            "humanist society",
            "humanist funeral",
            "humanist values",
            "living without religion",
            "humanist pastoral support",
            "humanist naming ceremony",
            "humanismo secular",
            "humanistin",
            "humaniste laïque",
            "umanesimo laico",
        ),
        (
            "renaissance humanism",
            "humanistic psychology",
            "human resources",
            "humanitarian aid worker",
            "humane society",
            "human rights lawyer",
            "humanize your brand",
            "human design reading",
        ),
        ("humanist", "humanists", "secular humanism", "secular humanist"),
        ("philosophy",),
    ),
    (
        "quakers",
        (
            "quaker",
            "quaker meeting",
            "meeting for worship",
            "friends meeting house",
            "religious society of friends",
            "quaker testimonies",
            "peace testimony",
            "silent worship",
            "quaker and pacifist",
            "yearly meeting",
            "clerk of the meeting",
            "convinced friend",
            "attender at the local meeting",
            "quaker business method",
            "afsc volunteer",
            "cuáquero",
            "quäker",
            "quakerisme",
            "quacchero",
        ),
        (
            "quaker oats porridge",
            "earthquake",
            "quake the game",
            "quaker parrot",
            "shaking with fear",
            "quaker state motor oil",
            "friends reunion on netflix",
            "meeting room booking",
        ),
        ("quaker", "quakerism", "religious society of friends", "friends meeting"),
        ("religion",),
    ),
    (
        "orthodox christianity",
        (
            "orthodox christian",
            "eastern orthodox",
            "divine liturgy",
            "greek orthodox church",
            "russian orthodox",
            "icons and iconography",
            "orthodox lent",
            "pascha",
            "theotokos",
            "priest in the orthodox church",
            "coptic orthodox",
            "orthodox study bible",
            "iconographer",
            "mount athos pilgrimage",
            "jesus prayer",
            "church fathers",
            "cristiano ortodoxo",
            "orthodoxe kirche",
            "église orthodoxe",
            "chiesa ortodossa",
            "igreja ortodoxa",
        ),
        (
            "orthodox jewish",
            "orthodontist",
            "orthodox economics",
            "unorthodox approach",
            "orthopaedic surgeon",
            "mainstream orthodoxy in medicine",
            "unorthodox on netflix",
            "ortho appointment",
        ),
        (
            "eastern orthodoxy",
            "orthodox church",
            "greek orthodox",
            "orthodox christian",
            "eastern orthodox",
            "orthodoxy",
        ),
        ("religion",),
    ),
    (
        "youth ministry",
        (
            "youth pastor",
            "youth minister",
            "youth group leader",
            "wednesday night youth",
            "student ministry",
            "youth worship night",
            "church camp counselor",
            "youth retreat",
            "confirmation class",
            "young life leader",
            "mission trip with the youth",
            "discipling teenagers",
            "middle school ministry",
            "youth leader at church",
            "youth alpha",
            "ministerio juvenil",
            "jugendpastor",
            "pastorale des jeunes",
            "pastorale giovanile",
            "ministério jovem",
        ),
        (
            "ministry of defence",
            "youth football coach",
            "youth hostel",
            "fountain of youth",
            "education ministry",
            "misspent youth",
            "young professionals network",
            "youth orchestra",
        ),
        ("youth pastor", "youth minister", "student ministry", "church youth group", "youth pastors"),
        ("religion",),
    ),
    (
        "interfaith dialogue",
        (
            "interfaith",
            "interreligious dialogue",
            "building bridges between faiths",
            "interfaith council",
            "muslim-jewish dialogue",
            "interfaith chaplain",
            "parliament of the world's religions",
            "faith leaders together",
            "multifaith",
            "interfaith iftar",
            "scriptural reasoning",
            "christian-muslim relations",
            "interfaith peace walk",
            "multi-faith centre",
            "diálogo interreligioso",
            "interreligiöser dialog",
            "dialogue interreligieux",
            "dialogo interreligioso",
        ),
        (
            "interface design",
            "keep the faith",
            "dialogue writing for screenplays",
            "interracial couple",
            "faith no more",
            "blind faith",
            "internship",
            "faith hill",
        ),
        ("interfaith", "interreligious dialogue", "interfaith work", "multifaith", "interfaith relations"),
        ("religion",),
    ),
    (
        "chaplaincy",
        (
            "hospital chaplain",
            "chaplain",
            "military chaplain",
            "prison chaplain",
            "university chaplain",
            "spiritual care",
            "pastoral care team",
            "board certified chaplain",
            "end of life spiritual support",
            "hospice chaplain",
            "cpe residency",
            "chaplain at the fire department",
            "sitting with families in the icu",
            "multi-faith chaplaincy team",
            "army padre",
            "capellán",
            "seelsorger",
            "aumônier",
            "cappellano",
            "capelão",
        ),
        (
            "chaplin film festival",
            "chapel wedding venue",
            "charlie chaplin",
            "chap stick",
            "chapter one",
            "chaps and cowboy boots",
            "customer care team",
            "skin care routine",
        ),
        ("chaplain", "chaplains", "spiritual care", "pastoral care", "hospital chaplaincy"),
        ("religion",),
    ),
    (
        "electoral reform",
        (
            "proportional representation",
            "ranked choice voting",
            "electoral reform campaigner",
            "fair vote",
            "single transferable vote",
            "end gerrymandering",
            "first past the post must go",
            "independent redistricting",
            "campaign finance reform",
            "voting system reform",
            "make votes matter",
            "approval voting",
            "citizens' assembly on electoral reform",
            "every vote should count",
            "open primaries",
            "reforma electoral",
            "wahlrechtsreform",
            "réforme électorale",
            "riforma elettorale",
        ),
        (
            "elective surgery",
            "electric vehicle",
            "reformer pilates",
            "reform school",
            "election night party",
            "vote for my cake in the contest",
            "eurovision votes",
            "reformation history",
        ),
        ("voting reform", "proportional representation", "ranked choice voting", "electoral systems"),
        ("politics", "voting rights"),
    ),
    (
        "human trafficking",
        (
            "anti-trafficking",
            "end human trafficking",
            "modern slavery",
            "survivor support",
            "trafficking survivors",
            "forced labour",
            "counter trafficking",
            "sex trafficking prevention",
            "anti-slavery",
            "modern slavery audits in supply chains",
            "human trafficking awareness",
            "debt bondage",
            "rescued from trafficking",
            "anti-trafficking hotline",
            "trata de personas",
            "menschenhandel",
            "traite des êtres humains",
            "tratta di esseri umani",
            "tráfico de pessoas",
        ),
        (
            "traffic jam",
            "website traffic",
            "traffic warden",
            "traffic light",
            "heavy traffic on the m25",
            "traffic report",
            "slave to fashion",
            "slaving over a hot stove",
        ),
        ("anti-trafficking", "modern slavery", "anti-slavery", "counter-trafficking"),
        ("human rights",),
    ),
    (
        "organ donation",
        (
            "organ donor",
            "living donor",
            "kidney donor",
            "transplant recipient",
            "register as an organ donor",
            "donate life",
            "liver transplant",
            "transplant games",
            "waiting list for a kidney",
            "bone marrow donor",
            "heart transplant survivor",
            "gift of life",
            "opt-out organ donation",
            "stem cell donor",
            "donor family",
            "donación de órganos",
            "organspende",
            "don d'organes",
            "donazione di organi",
            "doação de órgãos",
        ),
        (
            "pipe organ",
            "organist",
            "organic food",
            "donation to the food bank",
            "church organ",
            "donate clothes",
            "organized person",
            "sperm donor comedy",
        ),
        ("organ donor", "organ donors", "organ transplant", "transplantation", "living donation"),
        ("health",),
    ),
    (
        "nuclear disarmament",
        (
            "ban the bomb",
            "cnd member",
            "nuclear weapons free world",
            "treaty on the prohibition of nuclear weapons",
            "hiroshima remembrance",
            "arms control",
            "non-proliferation",
            "nuclear abolition",
            "anti-nuclear weapons",
            "no to trident",
            "hibakusha testimony",
            "nagasaki day vigil",
            "doomsday clock",
            "arms control expert",
            "desarme nuclear",
            "atomwaffen abschaffen",
            "désarmement nucléaire",
            "disarmo nucleare",
            "desarmamento nuclear",
        ),
        (
            "nuclear family",
            "disarming smile",
            "bomb the exam",
            "went nuclear",
            "bath bomb",
            "photo bomb",
            "nuclear power plant jobs",
            "da bomb",
        ),
        ("disarmament", "arms control", "non-proliferation", "anti-nuclear", "nuclear abolition"),
        ("foreign policy", "activism"),
    ),
    (
        "restorative justice",
        (
            "restorative justice practitioner",
            "victim-offender mediation",
            "restorative circles",
            "restorative practices in schools",
            "harm and repair",
            "community conferencing",
            "circle keeper",
            "restorative justice facilitator",
            "repairing harm",
            "alternatives to incarceration",
            "restorative conference",
            "accountability and healing",
            "restorative approach",
            "victim support",
            "justicia restaurativa",
            "restaurative justiz",
            "justice réparatrice",
            "giustizia riparativa",
            "justiça restaurativa",
        ),
        (
            "restorative yoga",
            "restoration hardware",
            "restorative sleep",
            "poetic justice",
            "justice league",
            "dental restoration",
            "justice the band",
            "restoring old furniture",
        ),
        ("restorative practices", "restorative justice practitioner", "victim-offender mediation"),
        ("criminal justice",),
    ),
    (
        "universal basic income",
        (
            "basic income",
            "universal basic income pilot",
            "unconditional cash transfers",
            "basic income trial",
            "give everyone a basic income",
            "negative income tax",
            "guaranteed income",
            "basic income earth network",
            "ubi now",
            "ubi advocate",
            "cash transfers",
            "finland basic income experiment",
            "stockton guaranteed income",
            "automation and basic income",
            "renta básica",
            "bedingungsloses grundeinkommen",
            "revenu universel",
            "reddito di base",
            "renda básica",
        ),
        (
            "income tax return",
            "passive income",
            "universal studios",
            "universal remote",
            "disposable income",
            "fixed income investing",
            "basic training",
            "side hustle income",
        ),
        ("ubi", "basic income", "guaranteed income", "citizen's income"),
        ("economics",),
    ),
    (
        "cooperatives",
        (
            "worker cooperative",
            "co-op member",
            "cooperative movement",
            "housing co-op",
            "food co-op",
            "platform cooperativism",
            "credit union",
            "co-operative principles",
            "member-owned",
            "employee ownership",
            "solidarity economy",
            "one member one vote",
            "co-op board",
            "start a worker co-op",
            "cooperativa de trabajo",
            "genossenschaft",
            "coopérative",
            "cooperativa",
            "cooperativismo",
        ),
        (
            "co-op video games",
            "cooperative board game",
            "co-op placement",
            "chicken coop",
            "co-op supermarket meal deal",
            "cooped up",
            "co-op mode",
            "cooperative student",
        ),
        ("cooperative", "co-ops", "co-operatives", "worker co-op", "cooperativism", "co-op"),
        ("economics",),
    ),
    (
        "child protection",
        (
            "child protection social worker",
            "safeguarding lead",
            "designated safeguarding lead",
            "child welfare",
            "child abuse prevention",
            "child protection officer",
            "children's services",
            "keeping children safe",
            "end child abuse",
            "safeguarding training",
            "child rights",
            "children's rights",
            "child protection case conference",
            "child sexual abuse prevention",
            "protecting children online",
            "protección infantil",
            "kinderschutz",
            "protection de l'enfance",
            "tutela dei minori",
            "proteção infantil",
        ),
        (
            "child lock on the car",
            "sun protection for kids",
            "data protection officer",
            "screen protector",
            "child's play",
            "kid-friendly restaurant",
            "childproof cap",
            "witness protection",
        ),
        ("safeguarding", "child safeguarding", "child welfare", "child rights", "children's rights"),
        ("social work", "human rights"),
    ),
    (
        "pyrography",
        (
            "pyrography artist",
            "wood burning art",
            "woodburned a fox portrait on basswood",
            "new pyrography piece finished",
            "burning a design into a wooden spoon",
            "pyrography pen and shader tips",
            "wood burned signs made to order",
            "pyrographer and woodland artist",
            "custom woodburned cutting boards",
            "pyrography on leather and gourds",
            "tracing the pattern before burning",
            "low temperature shading with the wood burner",
            "woodburning kit for beginners",
            "pyro art on birch rounds",
            "commissions open for pet portraits in pyrography",
            "slow burn, lots of layers of shading",
            "pirograbado sobre madera",
            "brandmalerei auf holz",
            "pyrogravure sur bois",
            "pirografia su legno",
            "pirogravura em madeira",
        ),
        (
            "burning the candle at both ends",
            "burned the toast again",
            "firewood for the wood burner",
            "wood burning stove installation",
            "burning bridges with my old boss",
            "pyrotechnics and fireworks display",
            "pyromaniac jokes",
            "burn notice on the building",
            "burning calories at the gym",
            "laser engraving business cards",
            "got sunburned at the beach",
        ),
        ("woodburning", "wood burning art", "pyrographer", "pyrographers", "pyro art", "wood burning"),
        ("art", "crafts"),
    ),
    (
        "basketry",
        (
            "basket weaver",
            "basket weaving workshop",
            "willow basket making",
            "weaving a pine needle basket",
            "finished my first rib basket",
            "rattan and reed basketry",
            "coiled basket with raffia",
            "harvesting willow rods for weaving",
            "traditional basket maker",
            "black ash basket weaving",
            "split oak basket class",
            "woven hedgerow baskets",
            "basketmaking course this weekend",
            "wicker weaving, the old way",
            "stake and strand willow work",
            "seagrass basket in progress",
            "cestería tradicional",
            "korbflechten mit weide",
            "vannerie en osier",
            "intreccio di cesti in vimini",
            "cestaria artesanal",
        ),
        (
            "basketball practice tonight",
            "shopping basket in the supermarket",
            "a basket of deplorables",
            "basket case after this week",
            "basket of currencies",
            "hamper delivered for christmas",
            "fruit basket on the kitchen table",
            "put all your eggs in one basket",
            "online shopping basket is full",
            "wicker furniture sale",
            "underwater basket weaving joke degree",
        ),
        ("basket weaving", "basket making", "basketmaking", "basket weaver", "willow weaving", "wickerwork"),
        ("crafts",),
    ),
    (
        "lacemaking",
        (
            "lacemaker",
            "bobbin lace pillow",
            "bobbin lacemaking class",
            "torchon lace pattern",
            "needle lace in progress",
            "tatting a snowflake edging",
            "tatting shuttle and thread",
            "winding bobbins for a new piece",
            "pricking and pins on my lace pillow",
            "bucks point lace",
            "honiton lace workshop",
            "making lace the old way",
            "lace guild meeting",
            "finished a lace bookmark",
            "learning bobbin lace, 24 pairs of bobbins",
            "encaje de bolillos",
            "klöppeln und klöppelspitze",
            "dentelle aux fuseaux",
            "merletto a tombolo",
            "renda de bilros",
        ),
        (
            "lace wedding dress shopping",
            "tied my shoelaces",
            "lace front wig install",
            "lace curtains in the window",
            "lace lingerie haul",
            "laced with poison",
            "lace up boots",
            "lace top socks",
            "shoelace untied again",
            "coffee laced with whiskey",
        ),
        ("lace making", "bobbin lace", "lacemakers", "tatting", "needle lace", "bobbin lacemaking"),
        ("crafts",),
    ),
    (
        "dollhouse miniatures",
        (
            "miniaturist",
            "dollhouse builder",
            "1:12 scale miniatures",
            "building a dolls house kit",
            "tiny food sculpted in polymer clay for the dollhouse",
            "miniature room box",
            "book nook build",
            "furnishing the dollhouse kitchen",
            "dollhouse renovation project",
            "working on the tiny wallpaper and flooring",
            "1:24 scale half-inch dollhouse",
            "miniature furniture maker",
            "dollhouse wiring and tiny lights",
            "diy miniature house kit finished",
            "tiny things, big obsession",
            "miniature show this weekend",
            "casa de muñecas en miniatura",
            "puppenhaus miniaturen",
            "maison de poupée miniature",
            "casa delle bambole in miniatura",
            "casa de bonecas em miniatura",
        ),
        (
            "tiny house living off grid",
            "miniature schnauzer puppy",
            "miniature painting for wargames",
            "model railway layout",
            "house hunting for our first home",
            "doll collection shelf",
            "miniature golf date night",
            "architectural model for the client",
            "tiny apartment in the city",
            "mini fridge for the dorm",
            "doll's house by ibsen at the theatre",
        ),
        ("dollhouses", "dolls houses", "dollhouse", "miniature dollhouses", "book nooks", "dolls house"),
        ("crafts",),
    ),
    (
        "perfume",
        (
            "fragrance collector",
            "perfume collection",
            "scent of the day",
            "sotd",
            "fragrance reviewer",
            "niche fragrance lover",
            "blind buy that paid off",
            "decants and samples",
            "top notes of bergamot, drydown of amber",
            "perfumer in training",
            "indie perfumery",
            "making my own perfume oils",
            "longevity and projection test",
            "vintage formulations are better",
            "fraghead",
            "fragrance community",
            "perfumista",
            "colección de perfumes",
            "duftsammlung",
            "parfumeur créateur",
            "collezione di profumi",
            "perfumaria de nicho",
        ),
        (
            "perfume ad at christmas",
            "smells like teen spirit",
            "air freshener for the car",
            "scented candles",
            "body odour",
            "scent hound breed",
            "fragrance-free skincare for sensitive skin",
            "the smell of fresh coffee",
            "perfume genius concert",
            "dog picked up the scent",
            "fragrant rice with curry",
        ),
        ("fragrance", "fragrances", "perfumes", "perfumery", "fragrance collecting", "colognes"),
        (),
    ),
    (
        "stationery",
        (
            "stationery addict",
            "washi tape haul",
            "planner spread for the week",
            "stationery haul",
            "notebook lover",
            "planner community",
            "new sticker sheets for my planner",
            "rubber stamps and washi",
            "hobonichi weeks set up",
            "gel pens and highlighters",
            "stationery shop in tokyo",
            "paper nerd",
            "dot grid notebook",
            "desk setup with pens and notebooks",
            "planner girl",
            "stamp and sticker collection",
            "papelería bonita",
            "schreibwaren liebhaberin",
            "papeterie japonaise",
            "cartoleria giapponese",
            "papelaria fofa",
        ),
        (
            "stationary bike at the gym",
            "traffic stationary on the motorway",
            "office supplies procurement",
            "printer paper running out",
            "the train was stationary for an hour",
            "business cards for the firm",
            "printing company",
            "paperwork for the tax return",
            "stationary front on the weather map",
            "notepad app on my phone",
        ),
        ("stationery addict", "washi tape", "planners", "planner", "paper goods", "stationary"),
        (),
    ),
    (
        "letter writing",
        (
            "pen pal",
            "penpal",
            "snail mail",
            "looking for pen pals",
            "letter writer",
            "wax seal on my envelope",
            "sent a letter to my penpal in japan",
            "happy mail day",
            "postcrossing",
            "writing letters by hand",
            "correspondence with friends abroad",
            "decorated envelope",
            "handwritten letters",
            "letter received from across the world",
            "international penpals welcome",
            "stamps and envelopes for outgoing mail",
            "amigos por correspondencia",
            "brieffreundschaft",
            "correspondant épistolaire",
            "amici di penna",
            "amigo por correspondência",
        ),
        (
            "cover letter for the job application",
            "letter from the council",
            "letter of recommendation",
            "letters of the alphabet",
            "newsletter subscription",
            "email inbox zero",
            "open letter to the prime minister",
            "letter grade on the exam",
            "letterbox flooding with junk mail",
            "postal worker on my route",
            "letterman jacket",
        ),
        ("pen pals", "penpals", "snail mail", "correspondence", "postcrossing", "letter writer"),
        ("writing",),
    ),
    (
        "dolls",
        (
            "doll collector",
            "ball jointed doll",
            "bjd owner",
            "reborn doll artist",
            "doll customizing and repaints",
            "barbie collector",
            "vintage barbie",
            "blythe doll",
            "doll photography",
            "ooak doll",
            "american girl doll collection",
            "antique porcelain dolls",
            "sewing clothes for my dolls",
            "new doll arrived today",
            "dolls on my shelf",
            "doll faceup",
            "colección de muñecas",
            "puppensammlerin",
            "collectionneuse de poupées",
            "collezionista di bambole",
            "colecionadora de bonecas",
        ),
        (
            "dressed up like a doll",
            "baby doll dress",
            "guys and dolls musical",
            "voodoo doll",
            "russian nesting doll souvenir",
            "dollar cost averaging",
            "doll parts song",
            "the barbie movie was fun",
            "doll eyes makeup tutorial",
            "action figure collection",
            "babysitting my niece",
        ),
        ("doll collecting", "doll collector", "bjd", "ball jointed dolls", "barbie", "barbie dolls", "doll"),
        ("collecting",),
    ),
    (
        "historical reenactment",
        (
            "reenactor",
            "living history",
            "living historian",
            "medieval reenactment",
            "viking reenactment group",
            "civil war reenactor",
            "napoleonic reenactment",
            "battle reenactment this weekend",
            "sewing my kit by hand",
            "period correct kit",
            "roman legion reenactment",
            "living history display at the castle",
            "authentic 18th century clothing",
            "encampment this weekend",
            "muster with the regiment",
            "we portray a company of archers",
            "recreación histórica",
            "reenactment verein",
            "reconstitution historique",
            "rievocazione storica",
            "recriação histórica",
        ),
        (
            "crime scene reenactment on tv",
            "reenacting the meme",
            "history teacher",
            "historical fiction novel",
            "period drama on netflix",
            "period pain",
            "medieval history lecture",
            "re-enacting that scene from the movie",
            "history podcast",
            "costume party",
            "larp in the woods",
        ),
        (
            "reenactment",
            "re-enactment",
            "historical re-enactment",
            "living history",
            "reenactors",
            "reenactor",
            "re-enactor",
        ),
        ("history",),
    ),
    (
        "rc cars",
        (
            "rc car racing",
            "rc crawler",
            "rock crawling with my rc",
            "1/10 scale buggy",
            "bashing my rc truck",
            "rc drift car",
            "rc track day",
            "brushless motor upgrade",
            "lipo batteries charged",
            "nitro rc",
            "traxxas maxx",
            "rc basher",
            "radio controlled car",
            "new shocks on my scaler",
            "rc hobby shop",
            "trail run with the rc crawlers",
            "coches rc",
            "rc modellbau",
            "voiture radiocommandée",
            "automodellismo rc",
            "carrinho de controle remoto",
        ),
        (
            "race car driver",
            "rc cola",
            "drifting my real car",
            "cars and coffee meet",
            "remote control for the tv",
            "rc church",
            "car rental",
            "formula 1 race",
            "cruise control",
            "wireless controller",
        ),
        ("rc car", "radio controlled cars", "rc trucks", "rc crawlers", "rc racing", "radio control cars"),
        ("hobbies",),
    ),
    (
        "mushroom cultivation",
        (
            "mushroom grower",
            "growing oyster mushrooms",
            "mushroom farm",
            "lion's mane grow kit",
            "inoculated the grain spawn",
            "substrate and fruiting chamber",
            "shiitake logs",
            "gourmet mushroom grower",
            "first flush of the season",
            "agar work and liquid culture",
            "martha tent setup",
            "spawn bags ready",
            "monotub grow",
            "oyster mushrooms on coffee grounds",
            "small scale mushroom farm",
            "cultivo de setas",
            "pilzzucht zuhause",
            "culture de champignons",
            "coltivazione di funghi",
            "cultivo de cogumelos",
        ),
        (
            "mushroom foraging in the woods",
            "mushroom risotto",
            "mushroom cloud",
            "magic mushrooms trip",
            "growing like a mushroom",
            "mold in the bathroom",
            "fungal infection",
            "mushroom hunting",
            "mario power up mushroom",
            "grow your business",
            "mushroom coffee",
        ),
        ("mushroom growing", "mushroom farming", "growing mushrooms", "mycoculture", "mushroom grower"),
        ("gardening",),
    ),
    (
        "prepping",
        (
            "prepper",
            "emergency preparedness",
            "bug out bag",
            "get home bag",
            "food storage for a year",
            "preparedness community",
            "shtf plan",
            "survivalist",
            "water filtration for emergencies",
            "72 hour kit",
            "rotating the food storage",
            "off grid power backup",
            "prepared, not scared",
            "stocking up on long term food",
            "grid down scenario",
            "canned goods and rice in the pantry",
            "preparacionista",
            "krisenvorsorge",
            "survivaliste",
            "sopravvivenza e preparazione",
            "sobrevivencialista",
        ),
        (
            "meal prepping on sunday",
            "prepping for the exam",
            "prep cook at a restaurant",
            "prep school",
            "pre-op prep",
            "prepping the walls for paint",
            "prepping for the interview",
            "survivor tv show",
            "survival horror game",
            "surviving the week",
            "preppy outfits",
        ),
        ("preppers", "prepper", "survivalism", "preparedness", "survivalist"),
        (),
    ),
    (
        "LARP",
        (
            "larper",
            "live action roleplay",
            "larp event this weekend",
            "larp costume",
            "boffer weapons",
            "larp kit",
            "playing a necromancer at the larp",
            "nordic larp",
            "fest larp",
            "in character the whole weekend",
            "foam sword fighting",
            "larp campaign",
            "making latex weapons for larp",
            "garb and armour for the event",
            "npc crew at the larp",
            "rol en vivo",
            "liverollenspiel",
            "jeu de rôle grandeur nature",
            "gioco di ruolo dal vivo",
            "jogo de interpretação ao vivo",
        ),
        (
            "role play exercise at work",
            "roleplaying in the bedroom",
            "tabletop rpg session",
            "video game rpg",
            "method acting",
            "theatre rehearsal",
            "cosplay photoshoot",
            "historical reenactment",
            "larping as a functional adult",
            "larping as an expert",
        ),
        ("larping", "larps", "live action roleplay", "live action role playing", "larper", "larpers"),
        ("games",),
    ),
    (
        "card games",
        (
            "card game night",
            "cribbage board",
            "euchre tournament",
            "rummy with grandma",
            "canasta club",
            "gin rummy",
            "playing spades",
            "hearts and spades",
            "whist drive",
            "solitaire every morning",
            "uno night",
            "skat club",
            "belote",
            "pinochle",
            "deck of cards in my bag",
            "played cards till midnight",
            "juegos de cartas",
            "kartenspiele",
            "jeux de cartes",
            "giochi di carte",
            "jogos de cartas",
        ),
        (
            "credit card debt",
            "card declined",
            "birthday card for mum",
            "playing the race card",
            "card tricks magician",
            "trading card collection",
            "tarot card reading",
            "red card for the defender",
            "graphics card upgrade",
            "business cards",
            "sim card",
        ),
        ("card game", "playing cards", "cribbage", "euchre", "rummy", "canasta", "gin rummy"),
        ("games",),
    ),
    (
        "world of warcraft",
        (
            "wow player",
            "azeroth",
            "raid night with the guild",
            "mythic plus keys",
            "classic wow",
            "hardcore classic",
            "horde for life",
            "for the alliance",
            "guild master",
            "mythic raiding",
            "leveling my alt",
            "new expansion hype",
            "transmog run",
            "m+ healer",
            "wow classic",
            "jugador de world of warcraft",
            "wow spieler",
            "joueur de world of warcraft",
            "giocatore di world of warcraft",
            "jogador de world of warcraft",
        ),
        (
            "wow, what a day",
            "world war history",
            "world cup",
            "the art of war",
            "warcraft movie review",
            "world tour",
            "world of tanks",
            "star wars",
            "world news",
            "war in ukraine",
        ),
        ("wow", "warcraft", "world of warcraft classic", "wow classic"),
        ("gaming",),
    ),
    (
        "final fantasy",
        (
            "final fantasy fan",
            "ffxiv player",
            "final fantasy xiv",
            "ff7 remake",
            "ff7 rebirth",
            "warrior of light",
            "chocobo",
            "moogle",
            "eorzea",
            "ff14",
            "final fantasy vii",
            "cloud strife",
            "sephiroth",
            "free company",
            "playing ffx again",
            "aficionado a final fantasy",
            "final fantasy fan aus berlin",
            "fan de final fantasy",
            "fan di final fantasy",
            "fã de final fantasy",
        ),
        (
            "final exam",
            "fantasy football",
            "fantasy novels",
            "final four",
            "the final countdown",
            "champions league final",
            "fantasy island",
            "final warning",
            "sexual fantasy",
            "grand final",
        ),
        ("ffxiv", "ff14", "ff7", "ffvii", "final fantasy xiv"),
        ("gaming",),
    ),
    (
        "animal crossing",
        (
            "animal crossing island",
            "acnh",
            "new horizons",
            "turnip prices",
            "stalk market",
            "my island",
            "tom nook",
            "isabelle",
            "terraforming my island",
            "dream address",
            "villager hunting",
            "cozy gamer",
            "pocket camp",
            "five star island",
            "island tour",
            "jugando animal crossing",
            "animal crossing insel",
            "mon île animal crossing",
            "la mia isola animal crossing",
            "minha ilha no animal crossing",
        ),
        (
            "animal crossing sign on the road",
            "deer crossing",
            "wildlife crossing",
            "animal welfare",
            "pedestrian crossing",
            "crossing the border",
            "crossing guard",
            "island holidays",
            "turnip soup recipe",
            "zoo trip",
        ),
        ("acnh", "animal crossing new horizons", "animal crossing: new horizons"),
        ("gaming",),
    ),
    (
        "the sims",
        (
            "sims 4",
            "simmer",
            "sims 4 builder",
            "custom content",
            "cc creator",
            "legacy challenge",
            "speed build in the sims",
            "plumbob",
            "simlish",
            "sims 4 mods",
            "base game build",
            "sims 2",
            "100 baby challenge",
            "cas",
            "no cc build",
            "jugando los sims",
            "die sims 4",
            "les sims 4",
            "the sims 4 italia",
            "the sims brasil",
        ),
        (
            "sims card for my phone",
            "simulation theory",
            "flight simulator",
            "sim racing",
            "simple sims",
            "similar interests",
            "simulation modelling at work",
            "sim racing rig",
        ),
        ("sims", "sims 4", "the sims 4", "sims 2"),
        ("gaming",),
    ),
    (
        "paintball",
        (
            "paintball player",
            "speedball",
            "woodsball",
            "paintball team",
            "paintball tournament",
            "paintball field",
            "hopper and tank",
            "got lit up at paintball",
            "nxl",
            "paintball marker",
            "scenario paintball",
            "paintball bruises",
            "mask and marker",
            "bunkering",
            "paintball park",
            "jugador de paintball",
            "paintball spieler",
            "terrain de paintball",
            "campo da paintball",
            "campo de paintball",
        ),
        (
            "paint ball glitter",
            "painting a ball",
            "airsoft skirmish",
            "laser tag party",
            "paint job",
            "football match",
            "ball pit",
            "paint splatter art",
            "gun control debate",
            "shooting range",
        ),
        ("paintballing", "paintballer", "speedball", "woodsball", "paintballers"),
        ("sports",),
    ),
    (
        "snorkeling",
        (
            "snorkeler",
            "snorkelling trip",
            "snorkeling with turtles",
            "snorkel and fins",
            "reef snorkeling",
            "snorkeled the reef",
            "mask, snorkel and fins",
            "snorkel tour",
            "free snorkel from the beach",
            "snorkel spot",
            "snorkelling with manta rays",
            "underwater with my snorkel",
            "coral reef snorkel",
            "snorkeling in the cenotes",
            "hacer snorkel",
            "schnorcheln",
            "faire du snorkeling",
            "fare snorkeling",
            "fazer snorkel",
        ),
        (
            "scuba certification",
            "diving from the board",
            "periscope",
            "snorkel jacket",
            "swimming lengths",
            "submarine documentary",
            "aquarium trip",
            "snorkel parka",
            "breathing mask for covid",
            "snoring problem",
        ),
        ("snorkelling", "snorkel", "snorkeler", "snorkeller", "snorkelers"),
        ("water sports",),
    ),
    (
        "wakeboarding",
        (
            "wakeboarder",
            "cable park",
            "wake park",
            "wakesurfing",
            "wakeskating",
            "riding behind the boat",
            "landed my first backroll",
            "wakeboard session",
            "cable wakeboard",
            "wake boat",
            "tantrum on the wakeboard",
            "sliders and kickers at the cable",
            "waterskiing and wakeboarding",
            "water skiing",
            "wakeboard",
            "wakeski",
            "hacer wakeboard",
            "wasserski und wakeboard",
            "téléski nautique",
            "sci nautico",
            "esqui aquático",
        ),
        (
            "wake up early",
            "funeral wake",
            "in the wake of",
            "board meeting",
            "snowboard",
            "surfboard",
            "skateboard",
            "wakeboard skateboard",
            "boat party",
            "woke up late",
            "chalkboard",
        ),
        ("wakeboard", "wakeboarder", "waterskiing", "water skiing", "wakesurfing", "wakeskating"),
        ("water sports",),
    ),
    (
        "via ferrata",
        (
            "via ferrata route",
            "klettersteig",
            "via ferrata set",
            "climbing a ferrata in the dolomites",
            "steel cables and ladders",
            "ferrata kit",
            "lanyard and harness",
            "iron path",
            "via ferrata grade d",
            "klettersteig in the alps",
            "ferrata with the kids",
            "via ferratas in italy",
            "ferrata in the dolomites",
            "vía ferrata en el pirineo",
            "klettersteiggehen",
            "via ferrata dans les alpes",
            "ferrata in dolomiti",
            "via ferrata em portugal",
        ),
        (
            "ferrari",
            "via email",
            "via dolorosa",
            "via rail",
            "iron man race",
            "ironing board",
            "ferrous metals",
            "via crucis",
            "steel industry",
            "zip line adventure park",
        ),
        ("via ferratas", "vie ferrate", "klettersteig", "klettersteigs", "ferrata", "ferratas"),
        ("climbing",),
    ),
    (
        "slacklining",
        (
            "slackliner",
            "highline",
            "highlining",
            "longline",
            "slackline",
            "walking the slackline",
            "slackline park",
            "highline rig",
            "waterline",
            "slackline tricks",
            "slackline between two trees",
            "full man on the highline",
            "leash and swami",
            "trickline",
            "slackline gym session",
            "slackline en el parque",
            "slacklinen",
            "slackline au parc",
            "slackline al parco",
            "slackline no parque",
        ),
        (
            "slacker",
            "cut me some slack",
            "slack channel",
            "slack message",
            "tightrope walker",
            "line of code",
            "bread line",
            "slack workday",
            "slacks and a shirt",
            "tightrope walking in the circus",
        ),
        ("slackline", "slackliner", "highlining", "highline", "slacklines"),
        ("outdoors",),
    ),
    (
        "bass fishing",
        (
            "bass angler",
            "bass fisherman",
            "largemouth bass",
            "smallmouth",
            "caught a 6lb largemouth",
            "bass boat",
            "tournament angler",
            "kayak bass fishing",
            "texas rig",
            "ned rig",
            "jerkbait",
            "crankbait",
            "spinnerbait",
            "topwater",
            "bass tournament",
            "pesca de lubina",
            "barschangeln",
            "pêche du black-bass",
            "pesca al black bass",
            "pesca de robalo",
        ),
        (
            "bass player",
            "bass guitar",
            "bass drop",
            "drum and bass",
            "bass ale",
            "sea bass recipe",
            "bassline",
            "bass boosted",
            "subwoofer",
            "bass singer in the choir",
        ),
        ("bass angling", "bass angler", "bass anglers", "largemouth bass fishing", "bassin"),
        ("fishing",),
    ),
    (
        "cold water swimming",
        (
            "cold water swimmer",
            "cold water dipping",
            "ice swimming",
            "winter swimming",
            "sea dip",
            "bluetits",
            "dryrobe",
            "morning dip",
            "cold plunge",
            "cold water therapy",
            "ice bath",
            "wild swimming",
            "year round sea swimmer",
            "dippers",
            "open water swimming in winter",
            "dip and a flask of tea",
            "natación en aguas frías",
            "eisbaden",
            "nage en eau froide",
            "nuoto in acque fredde",
            "natação em águas frias",
        ),
        (
            "cold feet before the wedding",
            "cold water wash",
            "cold shoulder",
            "cold brew coffee",
            "swimming pool lessons",
            "swimming in debt",
            "cold war",
            "dip sauce",
            "skinny dipping",
            "cold calling",
        ),
        (
            "cold water swim",
            "ice swimming",
            "winter swimming",
            "cold plunge",
            "cold plunges",
            "cold water dipping",
            "sea swimming",
        ),
        ("swimming",),
    ),
    (
        "snowmobiling",
        (
            "sledder",
            "snowmobile",
            "snowmobile trails",
            "sledding the backcountry",
            "sled trip",
            "ski-doo",
            "polaris rmk",
            "arctic cat",
            "lynx sled",
            "riding the sled",
            "mountain sledding",
            "snowmobile club",
            "trail groomers",
            "snocross",
            "boondocking on the sled",
            "motos de nieve",
            "schneemobil",
            "motoneige",
            "motoslitta",
            "moto de neve",
        ),
        (
            "sledding with the kids",
            "toboggan run",
            "sled dog race",
            "snowboarding",
            "snow plough",
            "snow day",
            "snowblower",
            "sledgehammer",
            "ski holiday",
            "tobogganing",
        ),
        ("snowmobile", "snowmobiles", "snowmobiler", "snowmobilers", "sledders"),
        ("outdoors",),
    ),
    (
        "dog agility",
        (
            "agility handler",
            "agility dog",
            "agility trial",
            "agility training",
            "weave poles",
            "dog walk and a-frame",
            "teeter",
            "clean run",
            "flyball",
            "canicross",
            "dog sports",
            "agility champion",
            "qualified at the trial",
            "hoopers",
            "rally obedience",
            "scentwork",
            "agilidad canina",
            "hundesport",
            "agility canin",
            "agility dog italia",
            "agility canino",
        ),
        (
            "agile project management",
            "agility in business",
            "scrum master",
            "dog walking business",
            "dog show",
            "dog grooming",
            "dog friendly pub",
            "mental agility",
            "agility training for football",
            "hot dog",
            "dog days of summer",
        ),
        ("dog sports", "canine agility", "agility dogs", "dogsports"),
        ("dogs",),
    ),
    (
        "tarantulas",
        (
            "tarantula keeper",
            "tarantula hobby",
            "my tarantula just molted",
            "rehoused my tarantula",
            "raising tarantula slings",
            "new world tarantulas",
            "new spider arrived",
            "arboreal tarantula",
            "tarantula collection",
            "old world tarantulas",
            "invert keeper",
            "spider keeper",
            "urticating hairs",
            "scorpions and tarantulas",
            "invertebrate hobby",
            "tarántula",
            "vogelspinne",
            "mygale",
            "tarantola",
            "tarântula",
        ),
        (
            "tarantino film",
            "tarantella dance",
            "spider man movie",
            "spider web in the shed",
            "spider veins",
            "scared of spiders",
            "web crawler",
            "spider plant",
            "arachnophobia",
            "spider solitaire",
        ),
        ("tarantula", "tarantula keeping", "pet spiders", "tarantula keeper"),
        ("pets",),
    ),
    (
        "snakes",
        (
            "snake keeper",
            "ball python keeper",
            "corn snake owner",
            "hognose snake",
            "boa constrictor in the vivarium",
            "snake breeder",
            "ball python morphs",
            "perfect shed in one piece",
            "feeding day for the snakes",
            "danger noodle tax",
            "my king snake",
            "bioactive snake enclosure",
            "reticulated python owner",
            "snake rescue and rehoming",
            "herping trip, found a wild rat snake",
            "milk snake hatchlings",
            "handling my carpet python",
            "amante de las serpientes",
            "schlangenhalter",
            "éleveur de serpents",
            "allevamento di serpenti",
            "criador de cobras",
        ),
        (
            "snake in the grass",
            "snakes and ladders with the kids",
            "snake oil salesman",
            "snake game on my old nokia",
            "snake plant on the windowsill",
            "python developer",
            "plumbing snake for the drain",
            "snakebite and black at the pub",
            "snake eyes on the dice",
            "snakeskin boots",
            "queue snaking around the block",
        ),
        ("snake", "snake keeping", "pet snakes", "ball pythons", "serpents", "snek"),
        ("reptiles",),
    ),
    (
        "sheep",
        (
            "shepherd",
            "shepherdess",
            "lambing season",
            "sheep farmer",
            "raising sheep on a smallholding",
            "sheep shearing day",
            "shearer",
            "our flock of ewes",
            "tupping time",
            "the tups are in",
            "working sheepdog",
            "lambs in the field",
            "hill farmer with hefted sheep",
            "raw fleece from my own flock",
            "herdwick sheep",
            "hand spinning wool from my sheep",
            "bottle lambs",
            "sheep show at the county fair",
            "pastor de ovejas",
            "schäferin",
            "éleveuse de moutons",
            "pastore di pecore",
            "criador de ovelhas",
        ),
        (
            "black sheep of the family",
            "counting sheep to fall asleep",
            "felt sheepish",
            "wolf in sheep's clothing",
            "sheeple following the crowd",
            "lamb chops for dinner",
            "sheepskin rug",
            "german shepherd puppy",
            "shepherd's pie recipe",
            "good shepherd sermon",
            "dolly the cloned sheep",
        ),
        ("shepherding", "shepherd", "lambs", "ewes", "sheep keeping", "sheep husbandry"),
        ("livestock farming",),
    ),
    (
        "alpacas",
        (
            "alpaca farm",
            "alpaca breeder",
            "alpaca trekking",
            "llama walk through the hills",
            "shearing day for the alpacas",
            "huacaya alpacas",
            "suri alpaca",
            "new cria born today",
            "our herd of alpacas",
            "alpaca fleece from our own herd",
            "alpaca experience day",
            "halter training the llamas",
            "llama and alpaca rescue",
            "alpaca show champion",
            "guard llama for the sheep",
            "alpaca poo makes great fertiliser",
            "criadora de alpacas",
            "alpakazucht",
            "élevage d'alpagas",
            "allevamento di alpaca",
            "criação de alpacas",
        ),
        (
            "alpaca yarn sweater",
            "llama 3 language model",
            "dalai lama",
            "no prob llama",
            "llama llama red pajama",
            "running ollama locally",
            "alpaca trading api",
            "camel toe jokes",
            "alpaca wool socks gift",
            "llama emoji",
        ),
        ("alpaca", "llamas", "llama", "alpacas and llamas", "camelids"),
        ("livestock farming",),
    ),
    (
        "pet rats",
        (
            "rat owner",
            "ratties",
            "rat mum",
            "fancy rats",
            "dumbo rats",
            "rat cage set up",
            "free range rat time",
            "rat rescue",
            "our mischief of rats",
            "rat enrichment ideas",
            "scatter feeding my rats",
            "registered rat breeder",
            "rattery",
            "heart rat",
            "boggling and bruxing",
            "introducing two new rats to the mischief",
            "pet rats are the best",
            "mis ratas domésticas",
            "farbratten",
            "rats domestiques",
            "ratti domestici",
            "ratos de estimação",
        ),
        (
            "rat race",
            "gym rat",
            "rat poison",
            "smelled a rat",
            "mall rat",
            "rats in the subway",
            "pest control for rats",
            "drowned rat",
            "rat pack",
            "lab rat at work",
            "rats! missed the bus",
        ),
        ("rats", "fancy rats", "pet rat", "rattie", "ratties", "domestic rats"),
        ("pets",),
    ),
    (
        "sharks",
        (
            "shark diving",
            "shark conservation",
            "great white shark",
            "hammerhead sharks",
            "swimming with whale sharks",
            "tiger shark encounter",
            "shark researcher",
            "tagging sharks",
            "ban shark finning",
            "bull shark dive",
            "elasmobranch biology",
            "shark nerd",
            "reef sharks on the dive",
            "shark cage diving",
            "sharks and rays",
            "shark science",
            "shark week",
            "conservación de tiburones",
            "haie schützen",
            "plongée avec les requins",
            "squali e razze",
            "tubarões",
        ),
        (
            "shark tank pitch",
            "loan shark",
            "card shark",
            "pool shark",
            "jumped the shark",
            "san jose sharks game",
            "cronulla sharks",
            "sharkboy and lavagirl",
            "shark vacuum cleaner",
            "baby shark song",
            "shark attack movie",
        ),
        ("shark", "elasmobranchs", "shark conservation", "sharks and rays"),
        ("wildlife", "marine biology"),
    ),
    (
        "turtles",
        (
            "turtle keeper",
            "tortoise owner",
            "sulcata tortoise",
            "russian tortoise",
            "red eared slider",
            "hatchlings heading to the sea",
            "sea turtle conservation",
            "turtle nesting season",
            "turtle rescue",
            "box turtle",
            "chelonian care",
            "turtle tank upgrade",
            "basking spot for my slider",
            "tortoise table",
            "hermann's tortoise",
            "brumation season",
            "volunteer on a turtle nesting beach",
            "tortugas marinas",
            "landschildkröte",
            "tortues marines",
            "tartarughe marine",
            "tartarugas marinhas",
        ),
        (
            "teenage mutant ninja turtles",
            "turtleneck sweater",
            "turtle speed internet",
            "turtling in the strategy game",
            "the tortoise and the hare",
            "turtle beach headset",
            "turtle dove",
            "turtle wax car polish",
            "tortoiseshell cat",
            "tortoiseshell glasses",
        ),
        ("turtle", "tortoises", "tortoise", "sea turtles", "chelonians", "terrapins"),
        ("reptiles",),
    ),
    (
        "aikido",
        (
            "aikidoka",
            "aikido dojo",
            "aikikai",
            "wearing the hakama",
            "ukemi practice",
            "irimi and tenkan",
            "ikkyo to yonkyo",
            "shomenuchi kotegaeshi",
            "randori with three attackers",
            "jo and bokken weapons class",
            "aikido shodan grading",
            "aikido seminar with sensei",
            "seiza and bow in",
            "budo practice",
            "aikido uke",
            "practicante de aikido",
            "aikido verein",
            "aïkido",
            "aikido a roma",
            "aikidô",
        ),
        (
            "verbal aikido in meetings",
            "aikido move in negotiation",
            "ai research",
            "dojo toolkit",
            "coding dojo",
            "akido app",
            "mental judo",
            "karate kid movie",
            "aioli",
        ),
        ("aikidoka", "aikikai", "aiki"),
        ("martial arts",),
    ),
    (
        "krav maga",
        (
            "krav maga instructor",
            "krav maga training",
            "krav maga class tonight",
            "kmg graded",
            "ikmf instructor",
            "krav maga worldwide",
            "krav practitioner",
            "passed my p1 grading",
            "reality based self defence",
            "knife defence drills",
            "street self defence",
            "women's self defence course",
            "third party protection drills",
            "gun disarms practice",
            "krav maga fight night",
            "combative krav maga",
            "defensa personal krav maga",
            "selbstverteidigung krav maga",
            "self défense krav maga",
            "difesa personale krav maga",
            "defesa pessoal krav maga",
        ),
        (
            "maga rally",
            "maga hat",
            "magna cum laude",
            "israeli politics",
            "military service",
            "mma fight",
            "boxing fitness class",
            "self-defense claim in court",
            "magazine subscription",
            "self care sunday",
        ),
        ("kravmaga", "krav"),
        ("martial arts",),
    ),
    (
        "capoeira",
        (
            "capoeirista",
            "playing in the roda",
            "berimbau practice",
            "ginga every day",
            "capoeira angola",
            "capoeira regional",
            "batizado weekend",
            "got my new cordão",
            "capoeira class",
            "au sem mão",
            "capoeira group",
            "capoeira music and songs",
            "pandeiro and atabaque in the roda",
            "training with mestre",
            "axé capoeira",
            "capoeira en madrid",
            "capoeira training in berlin",
            "capoeira à paris",
            "capoeira a milano",
            "roda de capoeira",
        ),
        (
            "samba school",
            "breakdance battle",
            "carnival in rio",
            "brazilian jiu jitsu",
            "brazilian steakhouse",
            "capo for my guitar",
            "capybara",
            "cap table",
            "capoeira scene in a video game",
        ),
        ("capoeirista", "capoeiristas", "capoeira angola"),
        ("martial arts",),
    ),
    (
        "kettlebells",
        (
            "kettlebell swings",
            "turkish get-up",
            "kettlebell workout",
            "rkc instructor",
            "strongfirst certified",
            "girevoy sport",
            "kettlebell sport competition",
            "snatch test",
            "double kettlebell front squats",
            "kettlebell flow",
            "simple and sinister",
            "kettlebell coach",
            "swing 10,000 challenge",
            "24kg bell",
            "kettlebell complex",
            "clean and press with the kettlebell",
            "entrenamiento con kettlebell",
            "kettlebell training zuhause",
            "entraînement kettlebell",
            "allenamento con kettlebell",
            "treino com kettlebell",
        ),
        (
            "tea kettle on the stove",
            "church bells ringing",
            "bell curve",
            "kettle chips",
            "kettle corn",
            "kettle logic",
            "electric kettle broke",
            "dumbbell joke",
            "bell pepper",
            "pot calling the kettle black",
        ),
        ("kettlebell", "kettlebell training", "kettlebell sport", "kettle bells", "girevoy sport"),
        ("fitness",),
    ),
    (
        "indoor cycling",
        (
            "spin instructor",
            "spin class",
            "spinning class",
            "soulcycle",
            "peloton ride",
            "racing on zwift",
            "indoor trainer",
            "turbo trainer session",
            "smart trainer",
            "peloton instructor",
            "rpm class",
            "virtual cycling",
            "trainerroad plan",
            "indoor ride",
            "rhythm ride",
            "45 minute power zone ride",
            "ciclo indoor",
            "indoor cycling kurs",
            "cours de biking",
            "spinning in palestra",
            "aula de ciclismo indoor",
        ),
        (
            "spin doctor",
            "spin bowling",
            "spinning wheel",
            "political spin",
            "fidget spinner",
            "my head is spinning",
            "spin the bottle",
            "spinning yarn",
            "spin off series",
            "exercise bike for sale",
            "indoor soccer",
        ),
        ("spinning", "spin class", "spin classes", "peloton", "zwift", "indoor cycle"),
        ("cycling", "fitness"),
    ),
    (
        "zumba",
        (
            "zumba instructor",
            "zumba class",
            "zumba fitness",
            "zin member",
            "zumba gold",
            "aqua zumba",
            "zumba party",
            "dance fitness",
            "cardio dance",
            "zumba toning",
            "zumba kids",
            "zumbathon for charity",
            "strong nation",
            "licensed zumba instructor",
            "new zumba choreo",
            "zumba every saturday",
            "zumba with my ladies",
            "instructora de zumba",
            "zumba trainerin",
            "professeure de zumba",
            "istruttrice di zumba",
            "instrutora de zumba",
        ),
        ("zoom call", "rumba", "roomba vacuum", "zambia", "rumbling", "zombie movie", "zumba joke", "rhumba"),
        ("zumba fitness", "zumba classes", "dance fitness", "cardio dance"),
        ("fitness", "dance"),
    ),
    (
        "HIIT",
        (
            "hiit workout",
            "hiit class",
            "hiit trainer",
            "tabata",
            "interval training",
            "bootcamp class",
            "burpees",
            "emom",
            "amrap",
            "metcon",
            "circuit training",
            "f45",
            "orangetheory",
            "20 minute hiit",
            "high intensity interval training",
            "sprint intervals",
            "entrenamiento hiit",
            "hiit training",
            "entraînement hiit",
            "allenamento hiit",
            "treino hiit",
        ),
        (
            "greatest hits",
            "hit song",
            "hit and run",
            "hitting the books",
            "hit the road",
            "heat wave",
            "hip replacement",
            "hitman",
            "hit or miss",
        ),
        (
            "high intensity interval training",
            "hiit training",
            "tabata",
            "interval training",
            "circuit training",
        ),
        ("fitness",),
    ),
    (
        "petanque",
        (
            "petanque player",
            "boules club",
            "jeu de boules",
            "petanque tournament",
            "cochonnet",
            "triplette",
            "doublette",
            "tireur",
            "pointeur",
            "petanque piste",
            "bocce league",
            "bocce ball",
            "boulodrome",
            "shooting the boule",
            "game of boules in the square",
            "petanca",
            "boule spielen",
            "pétanque entre amis",
            "bocce al parco",
            "bocha",
        ),
        (
            "bowling alley",
            "boulangerie",
            "lawn bowls",
            "bouldering",
            "boules of ice cream",
            "boulevard",
            "boule de neige",
            "pastis",
        ),
        ("pétanque", "boules", "bocce", "boule", "bocce ball"),
        ("sports",),
    ),
    (
        "lawn bowls",
        (
            "lawn bowler",
            "bowls club",
            "bowling green",
            "crown green bowls",
            "flat green bowls",
            "drawing to the jack",
            "rinks competition",
            "pairs and triples",
            "skip of my rink",
            "indoor bowls",
            "short mat bowls",
            "bowls tournament",
            "bias on the wood",
            "bowls england",
            "bowls australia",
            "bowls pennant season",
            "bochas sobre césped",
            "rasenbowls",
            "boulingrin",
            "bocce su prato",
            "bowls",
        ),
        (
            "bowling alley",
            "bowling in cricket",
            "salad bowls",
            "soup bowls",
            "toilet bowl",
            "super bowl",
            "ten pin bowling",
            "bowl cut",
            "cereal bowls",
            "lawn mowing",
            "fast bowler",
        ),
        ("bowls", "lawn bowling", "crown green bowls", "lawn bowler", "flat green bowls"),
        ("sports",),
    ),
    (
        "line dancing",
        (
            "line dancer",
            "line dance class",
            "boot scootin",
            "country line dancing",
            "electric slide",
            "cupid shuffle",
            "copperknob",
            "stepsheet",
            "grapevine and vine",
            "line dance instructor",
            "new line dance choreography",
            "honky tonk night",
            "cowboy boots and line dancing",
            "line dance social",
            "line dance marathon",
            "beginner line dance",
            "baile en línea",
            "line dance kurs",
            "danse en ligne",
            "balli di gruppo",
            "dança em linha",
        ),
        (
            "drawing a line",
            "line manager",
            "line of code",
            "draw the line",
            "dancing with the stars",
            "waiting in line",
            "line cook",
            "assembly line",
            "chorus line",
            "line dance",
        ),
        ("line dance", "line dancer", "line dancers", "country line dancing", "linedancing"),
        ("dance",),
    ),
    (
        "disco",
        (
            "disco dj spinning 70s classics",
            "nu-disco and italo disco all night",
            "disco edits on my soundcloud",
            "bee gees and chic on repeat",
            "mirrorball, platform boots and a four-on-the-floor beat",
            "studio 54 era obsessive",
            "collecting disco 12-inch singles",
            "disco night at the roller rink playing donna summer",
            "funky disco basslines all day",
            "boogie and disco record digger",
            "italo disco synths and vocoders",
            "disco revival dance party every friday",
            "disco house edits for the dancefloor",
            "my favourite era of music is late 70s disco",
            "soul train and disco fever",
            "la música disco de los setenta",
            "disco-musik der siebziger",
            "soirée disco années 70",
            "serata disco anni settanta",
            "música disco dos anos 70",
        ),
        (
            "herniated disc in my lower back",
            "disc golf round this morning",
            "discount code at checkout",
            "disco biscuits crumbs everywhere",
            "disk space running out on my laptop",
            "disco nap before the night out",
            "disco rígido externo",
            "discography of a rap artist",
            "compact disc player repair",
            "disco duro lleno",
        ),
        ("disco music", "nu-disco", "italo disco", "disco dj", "70s disco"),
        ("pop music",),
    ),
    (
        "grunge",
        (
            "grew up on grunge and flannel shirts",
            "seattle sound forever",
            "90s grunge band, fuzz pedals and loud-quiet-loud",
            "nirvana, soundgarden and alice in chains fan",
            "grunge revival band from the garage",
            "sub pop records collector",
            "drop d riffs and screaming choruses",
            "kurt cobain changed my life",
            "listening to superunknown again",
            "post-grunge and alt-rock playlist",
            "still mourning chris cornell",
            "singer in a grunge cover band",
            "ten by pearl jam is the perfect album",
            "grunge guitarist with a big muff",
            "90s alternative rock kid",
            "fan del grunge de seattle",
            "grunge-band aus den neunzigern",
            "fan de grunge des années 90",
            "amante del grunge anni novanta",
            "fã de grunge dos anos 90",
        ),
        (
            "grunge aesthetic outfit with doc martens",
            "grunge makeup look with smudged eyeliner",
            "grime on the bathroom tiles",
            "grunge texture photoshop brushes",
            "grungy old kitchen needs a deep clean",
            "soft grunge tumblr fashion",
            "grunge font for my poster",
            "the grunge look in interior design",
            "grime mc from london",
        ),
        ("grunge music", "grunge rock", "seattle grunge", "90s grunge", "post-grunge"),
        ("rock music",),
    ),
    (
        "shoegaze",
        (
            "shoegaze band, walls of reverb",
            "pedalboard with six reverbs for shoegaze",
            "my bloody valentine fan forever",
            "dream pop and shoegaze playlist",
            "loveless is the best album ever made",
            "slowdive live was transcendent",
            "nu-gaze band from the suburbs",
            "fuzz, chorus and buried vocals",
            "blackgaze and post-rock listener",
            "playing in a shoegaze band",
            "ride and lush records on vinyl",
            "glide guitar and tremolo arm",
            "shoegaze show tonight, bring earplugs",
            "wall of sound guitar textures",
            "banda de shoegaze de madrid",
            "shoegaze-band aus leipzig",
            "groupe de shoegaze parisien",
            "band shoegaze italiana",
            "banda de shoegaze brasileira",
        ),
        (
            "staring at my shoes in the meeting",
            "shoe shopping haul",
            "shoelaces keep coming undone",
            "gazebo in the back garden",
            "star gazing tonight",
            "shy person looking at the floor",
            "sneaker collector showing my shoes",
            "stargazer lily bouquet",
            "navel-gazing think pieces",
        ),
        ("shoegazer", "shoegazing", "dream pop", "nu-gaze", "shoegaze music"),
        ("rock music", "indie music"),
    ),
    (
        "ambient music",
        (
            "ambient producer, slow drones and field recordings",
            "making ambient soundscapes with modular synths",
            "brian eno's music for airports on repeat",
            "drone and ambient tapes",
            "new ambient album out on bandcamp",
            "tape loops and granular textures",
            "dark ambient composer",
            "listening to ambient while working",
            "generative ambient patch running all night",
            "field recordings of rain turned into ambient",
            "ambient guitar with reverb and looper",
            "deep listening session",
            "stars of the lid and william basinski fan",
            "long-form ambient set at sunrise",
            "músico de ambient y drones",
            "ambient-musik und klanglandschaften",
            "musique ambient et paysages sonores",
            "musica ambient e drone",
            "música ambient e paisagens sonoras",
        ),
        (
            "ambient temperature of the room",
            "ambient lighting in the living room",
            "ambient occlusion in the game settings",
            "ambient air quality monitoring",
            "white noise machine for the baby",
            "elevator music in the lobby",
            "ambient advertising campaign",
            "ambient noise on the conference call",
            "room temperature ambient storage",
        ),
        ("ambient", "ambient electronic", "drone music", "dark ambient", "soundscapes"),
        ("electronic music",),
    ),
    (
        "trance",
        (
            "trance dj, uplifting and progressive",
            "trance family forever",
            "asot episode tonight",
            "uplifting trance at 138 bpm",
            "psytrance festival in portugal",
            "goa trance party in the forest",
            "vocal trance anthems",
            "trance producer, supersaws and big breakdowns",
            "dreamstate and transmission every year",
            "armin van buuren set was magic",
            "classic trance from 1999",
            "euphoric breakdown gave me chills",
            "psy trance producer",
            "progressive trance mix on mixcloud",
            "música trance y psytrance",
            "trance-dj aus berlin",
            "soirée trance psychédélique",
            "dj di musica trance",
            "festival de psytrance no brasil",
        ),
        (
            "in a trance staring at the screen",
            "hypnotic trance state under hypnosis",
            "shamanic trance ritual",
            "entranced by the view",
            "trance-like focus while coding",
            "transit strike today",
            "trans rights are human rights",
            "medium going into a trance",
            "trancher le pain",
        ),
        ("trance music", "psytrance", "psy trance", "goa trance", "uplifting trance", "progressive trance"),
        ("electronic music",),
    ),
    (
        "bossa nova",
        (
            "bossa nova guitarist",
            "joão gilberto and tom jobim on vinyl",
            "girl from ipanema on repeat",
            "learning bossa nova comping on nylon strings",
            "brazilian jazz and bossa nova singer",
            "chega de saudade is perfection",
            "sunday morning bossa nova playlist",
            "bossa nova trio at the wine bar",
            "astrud gilberto forever",
            "playing bossa and samba jazz",
            "nylon string guitar, bossa rhythms",
            "bossa nova covers of pop songs",
            "stan getz and jobim collaboration",
            "MPB and bossa nova collector",
            "cantante de bossa nova",
            "bossa-nova-gitarrist",
            "chanteuse de bossa nova",
            "chitarrista bossa nova",
            "cantora de bossa nova do rio",
        ),
        (
            "nova scotia road trip",
            "supernova in the night sky",
            "bossy boss at work",
            "nova launcher for android",
            "casanova vibes",
            "new boss started monday",
            "bossa nova hair salon",
            "villanova basketball",
            "terra nova expedition",
        ),
        ("bossa", "brazilian jazz", "bossa nova music", "MPB"),
        ("jazz", "latin music"),
    ),
    (
        "celtic music",
        (
            "irish trad session at the pub",
            "playing jigs and reels on the fiddle",
            "celtic harp player",
            "bodhrán player",
            "tin whistle practice",
            "scottish fiddle music",
            "uilleann pipes student",
            "trad session every thursday",
            "celtic folk band, bouzouki and fiddle",
            "breton fest-noz dancer",
            "galician gaita player",
            "learning slip jigs and hornpipes by ear",
            "celtic connections festival in glasgow",
            "cape breton fiddle tunes",
            "the chieftains and planxty on vinyl",
            "música celta y gaita gallega",
            "keltische musik und irische folk",
            "musique celtique et bretonne",
            "musica celtica irlandese",
            "música celta e gaita de foles",
        ),
        (
            "celtic fc season ticket",
            "celtic v rangers old firm derby",
            "boston celtics game",
            "celtic cross tattoo",
            "celtic knot jewellery",
            "celtic tiger economy",
            "celtic sea fishing",
            "celtic languages linguistics lecture",
            "celtic paganism and druids",
            "celtic manor golf resort",
        ),
        (
            "celtic",
            "irish traditional music",
            "irish trad",
            "trad music",
            "scottish traditional music",
            "celtic folk",
        ),
        (),
    ),
    (
        "video game music",
        (
            "video game music composer",
            "vgm collector, soundtrack vinyl",
            "chiptune artist on a game boy",
            "game soundtrack on repeat while working",
            "orchestral game music concert",
            "nobuo uematsu is a genius",
            "composing music for indie games",
            "vgm remixes and covers",
            "8-bit chiptune music",
            "distant worlds final fantasy concert",
            "playing zelda themes on piano",
            "ocremix contributor",
            "game audio composer, fmod and wwise",
            "best ost of the year",
            "koji kondo's melodies forever",
            "compositor de música para videojuegos",
            "komponist für videospielmusik",
            "compositeur de musique de jeux vidéo",
            "colonna sonora dei videogiochi",
            "trilha sonora de videogame",
        ),
        (
            "music streaming service subscription",
            "music video shoot",
            "rhythm game high score",
            "guitar hero party",
            "gaming headset review",
            "film score by hans zimmer",
            "game show theme tune",
            "music app on my phone",
            "video game addiction",
        ),
        ("vgm", "game music", "video game soundtracks", "game soundtracks", "chiptune"),
        ("gaming",),
    ),
    (
        "80s music",
        (
            "80s music kid forever",
            "new wave and synthpop from the 80s",
            "80s night at the club",
            "depeche mode and the cure on repeat",
            "80s power ballads playlist",
            "collecting 80s vinyl and cassettes",
            "hair metal and 80s rock",
            "80s pop anthems at karaoke",
            "duran duran superfan",
            "80s new romantic",
            "italo disco and 80s synths",
            "80s cover band keyboard player",
            "madonna, prince and michael jackson era",
            "80s mixtape on a walkman",
            "música de los 80",
            "musik der 80er",
            "musique des années 80",
            "musica anni 80",
            "músicas dos anos 80",
        ),
        (
            "born in the 80s",
            "80s fashion shoulder pads",
            "80s movies marathon",
            "80s kid, latchkey childhood",
            "aged 80 and still going",
            "80 percent done",
            "80s cars restoration",
            "80 degrees outside",
            "80s interior design",
        ),
        ("80s", "eighties music", "new wave", "synthpop", "80s pop", "1980s music"),
        ("pop music",),
    ),
    (
        "banjo",
        (
            "banjo player",
            "clawhammer banjo",
            "five-string banjo picker",
            "scruggs style rolls practice",
            "learning foggy mountain breakdown",
            "old-time banjo and fiddle jam",
            "bluegrass banjo in a band",
            "new banjo day",
            "tenor banjo for irish sessions",
            "frailing practice tonight",
            "open g tuning, forward rolls",
            "banjo lessons for beginners",
            "resonator banjo setup",
            "gourd banjo builder",
            "tocando el banjo",
            "banjospieler",
            "joueur de banjo",
            "suono il banjo",
            "tocador de banjo",
        ),
        (
            "banjo the dog",
            "duelling banjos meme",
            "banjo-kazooie speedrun",
            "banjo paterson poem",
            "banjo string light installation",
            "banjo frog in the garden",
            "jumbo jet taking off",
            "mango smoothie",
            "the banjo ukulele hybrid",
        ),
        ("banjos", "banjo player", "banjoist", "clawhammer banjo", "bluegrass banjo"),
        (),
    ),
    (
        "accordion",
        (
            "accordion player",
            "piano accordion",
            "button accordion",
            "diatonic accordion for folk dances",
            "squeezebox player",
            "playing tango on the bandoneon",
            "musette waltzes on the accordion",
            "accordion teacher",
            "cajun accordion",
            "norteño accordion player",
            "concertina and melodeon player",
            "accordion festival in castelfidardo",
            "playing polkas on my accordion",
            "bellows technique practice",
            "acordeonista de vallenato",
            "akkordeonspieler",
            "accordéoniste",
            "fisarmonicista",
            "sanfoneiro de forró",
        ),
        (
            "accordion folder for my documents",
            "accordion menu in the web app",
            "accordion pleated skirt",
            "accordion door for the closet",
            "accordion bus in the city",
            "accord with the union",
            "according to the report",
            "honda accord for sale",
            "car crumpled like an accordion",
        ),
        ("accordions", "accordionist", "squeezebox", "bandoneon", "melodeon", "concertina"),
        (),
    ),
    (
        "clarinet",
        (
            "clarinetist",
            "clarinet player",
            "bass clarinet in the orchestra",
            "reed shopping day",
            "practicing the mozart clarinet concerto",
            "klezmer clarinet",
            "dixieland clarinet",
            "clarinet in the wind band",
            "clarinet teacher",
            "b-flat clarinet",
            "ligature and mouthpiece upgrade",
            "second clarinet in community band",
            "clarinet quartet rehearsal",
            "buffet r13",
            "squeaky clarinet practice",
            "clarinetista",
            "klarinettist",
            "clarinettiste",
            "clarinetto",
            "clarinete",
        ),
        (
            "clarins face cream",
            "clarity on the project",
            "clarinet emoji",
            "claret wine",
            "claret and blue",
            "clarion call",
            "clarify the requirements",
            "clarinet case in the attic",
            "clary sage oil",
        ),
        ("clarinets", "clarinetist", "clarinettist", "bass clarinet", "clarinet player"),
        (),
    ),
    (
        "trombone",
        (
            "trombonist",
            "trombone player",
            "bass trombone",
            "trombone section in the big band",
            "jazz trombone",
            "slide positions practice",
            "lip slurs every morning",
            "trombone in the brass quintet",
            "bone section",
            "ska trombone",
            "euphonium and trombone",
            "orchestral trombone audition",
            "trombone choir",
            "sackbut in the early music ensemble",
            "trombón",
            "posaunist",
            "tromboniste",
            "trombonista",
            "trombonista em banda",
        ),
        (
            "sad trombone sound effect",
            "trombone meme",
            "slide rule",
            "slide deck",
            "slip and slide",
            "bone density scan",
            "broken bone",
            "tromp l'oeil mural",
            "trombone clip for paper",
        ),
        ("trombones", "trombonist", "bass trombone", "trombone player"),
        (),
    ),
    (
        "double bass",
        (
            "double bassist",
            "upright bass player",
            "jazz bassist on upright",
            "orchestral double bass",
            "rockabilly slap bass",
            "arco practice",
            "pizzicato walking lines",
            "bass section of the symphony",
            "contrabass player",
            "french bow or german bow",
            "bottesini concerto",
            "upright bass in the bluegrass band",
            "double bass teacher",
            "bass cello",
            "contrabajista",
            "kontrabassist",
            "contrebassiste",
            "contrabbassista",
            "contrabaixista",
        ),
        (
            "bass fishing",
            "sea bass for dinner",
            "bass boost headphones",
            "bass guitar in the rock band",
            "drum and bass night",
            "double shift at work",
            "double espresso",
            "bass ale",
            "double bed",
            "bass heavy subwoofer",
        ),
        ("upright bass", "contrabass", "double bassist", "string bass", "acoustic bass", "stand-up bass"),
        (),
    ),
    (
        "harmonica",
        (
            "harmonica player",
            "blues harp player",
            "blues harmonica",
            "diatonic harmonica",
            "chromatic harmonica",
            "bending notes on the harp",
            "harmonica in c",
            "cross harp",
            "harp player in a blues band",
            "marine band",
            "overblows practice",
            "mouth organ",
            "harmonica and guitar",
            "armónica",
            "mundharmonika",
            "harmonica diatonique",
            "armonica a bocca",
            "gaita de boca",
        ),
        (
            "harmonic analysis in signal processing",
            "harmonics on the guitar",
            "glass harmonica in the museum",
            "living in harmony with nature",
            "harmonic motion physics homework",
            "concert harp in the orchestra",
            "harping on about it again",
            "harmonic mean of the scores",
            "vocal harmonies in the choir",
        ),
        ("harmonicas", "blues harp", "mouth organ", "harmonica player"),
        (),
    ),
    (
        "mandolin",
        (
            "mandolin player",
            "bluegrass mandolin",
            "mandolinist",
            "chop chords on the mandolin",
            "tremolo picking practice",
            "mandolin orchestra",
            "irish tunes on the mandolin",
            "f-style mandolin",
            "a-style mandolin",
            "octave mandolin",
            "mandolin teacher",
            "bill monroe licks",
            "neapolitan mandolin",
            "mandola and mandocello",
            "mandolinista",
            "mandolinenspieler",
            "mandoliniste",
            "mandolinista napoletano",
            "bandolinista de choro",
        ),
        (
            "mandoline slicer in the kitchen",
            "mandolin slicer cut my finger",
            "mandarin orange",
            "mandalorian season",
            "mandala colouring book",
            "mandatory training",
            "mandolin string lights",
            "mango lime salsa",
            "mandate from the board",
        ),
        ("mandolins", "mandolinist", "mandolin player", "bluegrass mandolin", "bandolim"),
        (),
    ),
    (
        "lord of the rings",
        (
            "tolkien fan",
            "lotr fan",
            "rereading the lord of the rings",
            "middle-earth nerd",
            "learning elvish, quenya and sindarin",
            "the silmarillion is my favourite book",
            "hobbit hole dreams",
            "the rings of power discussion",
            "lotr marathon extended editions",
            "tolkien scholar",
            "tolkien society member",
            "second breakfast enjoyer",
            "rohan or gondor",
            "hobbiton visit",
            "middle-earth map tattoo",
            "lotr trivia",
            "fan de el señor de los anillos",
            "der herr der ringe fan",
            "fan du seigneur des anneaux",
            "fan del signore degli anelli",
            "fã de o senhor dos anéis",
        ),
        (
            "wedding rings shopping",
            "lord mayor",
            "ring doorbell camera",
            "boxing ring",
            "rings of saturn",
            "olympic rings",
            "rings gymnastics",
            "lord of the flies",
            "house of lords debate",
            "onion rings",
        ),
        ("lotr", "tolkien", "middle-earth", "the hobbit", "the lord of the rings", "silmarillion"),
        ("fantasy",),
    ),
    (
        "studio ghibli",
        (
            "ghibli fan",
            "hayao miyazaki films",
            "spirited away is my comfort film",
            "my neighbor totoro",
            "ghibli museum",
            "ghibli park",
            "howl's moving castle",
            "princess mononoke",
            "kiki's delivery service",
            "ghibli inspired art",
            "ghibli food recreations",
            "totoro plush",
            "joe hisaishi concert",
            "ghibli marathon",
            "isao takahata",
            "fan de studio ghibli",
            "ghibli-fan",
            "films du studio ghibli",
            "film dello studio ghibli",
            "filmes do studio ghibli",
        ),
        (
            "recording studio",
            "yoga studio",
            "studio apartment",
            "photo studio",
            "ghibli wind desert",
            "studio art class",
            "studio visit artist",
            "studio tour",
            "dance studio",
        ),
        ("ghibli", "miyazaki", "hayao miyazaki", "ghibli films", "totoro"),
        ("anime", "animation"),
    ),
    (
        "game of thrones",
        (
            "game of thrones fan",
            "rewatching got from season one",
            "a song of ice and fire",
            "house of the dragon",
            "team targaryen",
            "winter is coming",
            "george r. r. martin",
            "winds of winter",
            "westeros",
            "got rewatch",
            "house stark",
            "the north remembers",
            "jon snow deserved better",
            "asoiaf fan",
            "red wedding",
            "fan de juego de tronos",
            "game of thrones fan deutschland",
            "fan de game of thrones",
            "fan de il trono di spade",
            "fã de a guerra dos tronos",
        ),
        (
            "game night with friends",
            "throne room of the palace tour",
            "on the porcelain throne",
            "game theory lecture",
            "game of the season on saturday",
            "video game launch",
            "board game cafe",
            "winter is coming, get the snow tyres on",
            "ice and fire emoji",
        ),
        ("asoiaf", "house of the dragon", "westeros", "a song of ice and fire"),
        ("fantasy", "television"),
    ),
    (
        "dc comics",
        (
            "dc comics fan",
            "batman comics collector",
            "superman is my hero",
            "wonder woman fan art",
            "justice league reading order",
            "dc rebirth run",
            "new 52 collector",
            "gotham city lore",
            "the flash comics",
            "green lantern corps",
            "dcu movie speculation",
            "absolute batman issue one",
            "dc animated universe rewatch",
            "teen titans fan",
            "joker and harley quinn cosplay",
            "fan de dc comics",
            "dc-comics-sammler",
            "fan de dc comics et de batman",
            "fumetti dc",
            "fã da dc comics",
        ),
        (
            "washington dc trip",
            "dc power supply",
            "dc motor wiring",
            "dc united match",
            "ac/dc concert",
            "district of columbia politics",
            "dc circuit court ruling",
            "da capo",
            "direct current",
        ),
        ("dc", "dcu", "dc universe", "batman", "superman", "dceu"),
        ("comics",),
    ),
    (
        "book clubs",
        (
            "book club host",
            "monthly book club meeting",
            "this month's book club pick",
            "book club discussion questions",
            "running a virtual book club",
            "silent book club",
            "our book club read",
            "book club wine and snacks",
            "bookclub organiser",
            "reading for book club",
            "joining a book club",
            "book club recommendations",
            "book club favorites",
            "reese's book club",
            "club de lectura",
            "lesekreis",
            "club de lecture",
            "club del libro",
            "clube do livro",
        ),
        (
            "club night",
            "fight club",
            "golf club",
            "book a table",
            "book keeping",
            "booking a flight",
            "club sandwich",
            "facebook group",
            "booked and busy",
        ),
        ("book club", "bookclub", "reading group", "reading club", "book group"),
        ("books",),
    ),
    (
        "cozy mysteries",
        (
            "cozy mystery reader",
            "cozy mystery author",
            "amateur sleuth series",
            "cosy crime fan",
            "small-town murder mysteries with cats",
            "agatha christie reader",
            "miss marple",
            "culinary cozy mysteries",
            "murder she wrote rewatch",
            "cosy crime novels",
            "the thursday murder club",
            "bakery mystery series",
            "cozy mystery book haul",
            "whodunit fan",
            "novela policíaca ligera",
            "cosy-crime-krimi",
            "roman policier cosy",
            "giallo leggero",
            "mistério aconchegante",
        ),
        (
            "cozy sweater",
            "cozy night in",
            "mystery box",
            "mystery shopper",
            "murder of crows",
            "cozy cafe",
            "unsolved mystery",
            "mystery meat",
            "cozy cabin",
        ),
        ("cozy mystery", "cosy mysteries", "cosy crime", "cozy crime", "cosy mystery", "cozies"),
        ("crime fiction",),
    ),
    (
        "dystopian fiction",
        (
            "dystopian novel reader",
            "nineteen eighty-four changed me",
            "brave new world",
            "the handmaid's tale",
            "dystopian ya",
            "the hunger games",
            "dystopian author",
            "post-apocalyptic fiction",
            "utopian and dystopian literature",
            "fahrenheit 451",
            "dystopian short stories",
            "dystopian book club",
            "speculative dystopia",
            "writing a dystopian novel",
            "novela distópica",
            "dystopischer roman",
            "roman dystopique",
            "romanzo distopico",
            "romance distópico",
        ),
        (
            "dystopian real life",
            "feels dystopian",
            "dystopian news",
            "dystopian politics",
            "dystopian traffic",
            "dystopian office",
            "dystopian economy",
            "dystopian world",
            "dystopian tech",
        ),
        ("dystopian novels", "dystopian literature", "dystopia", "dystopian books", "dystopias"),
        ("science fiction",),
    ),
    (
        "steampunk",
        (
            "steampunk maker",
            "steampunk costume",
            "steampunk convention",
            "brass goggles and gears",
            "steampunk jewellery",
            "victorian sci-fi",
            "steampunk novels",
            "steampunk art",
            "clockwork",
            "airship pirate",
            "steampunk props",
            "steampunk fashion",
            "steampunk photography",
            "steampunk weekend",
            "arte steampunk",
            "steampunk-kostüm",
            "costume steampunk",
            "moda steampunk",
            "estilo steampunk",
        ),
        (
            "steam locomotive",
            "steam room",
            "steam sale",
            "steam deck",
            "punk rock",
            "steam cleaning",
            "steam engine museum",
            "steamed buns",
            "steam valve",
        ),
        ("steampunk fashion", "steampunk art", "steampunk fiction", "gaslamp fantasy", "steampunks"),
        ("science fiction",),
    ),
    (
        "macro photography",
        (
            "macro photographer",
            "macro shot of a jumping spider",
            "100mm macro lens",
            "focus stacking insects",
            "dewdrops on a spider web, macro",
            "extreme macro with extension tubes",
            "macro photography of flowers",
            "insect macro with diffused flash",
            "laowa 2x macro",
            "reversed lens macro",
            "macro monday",
            "tiny world through a macro lens",
            "focus rail and stacked frames",
            "bug macro walk in the garden",
            "fotografía macro",
            "makrofotografie",
            "photographie macro",
            "fotografia macro di insetti",
            "fotografia macro de insetos",
        ),
        (
            "excel macro",
            "macros for cutting",
            "macroeconomics",
            "counting macros",
            "macro trends in the market",
            "macro keyboard",
            "macro level policy",
            "vba macro",
            "macro lens on my phone for reading receipts",
        ),
        ("macro", "macro photographer", "macrophotography", "close-up photography", "extreme macro"),
        ("photography",),
    ),
    (
        "fashion photography",
        (
            "fashion photographer",
            "editorial shoot for a magazine",
            "lookbook shoot",
            "campaign shoot in milan",
            "model test shoot",
            "fashion editorial",
            "runway photographer",
            "backstage at fashion week",
            "street style photographer",
            "beauty photographer",
            "studio fashion shoot",
            "vogue editorial",
            "styling and shooting",
            "model portfolio photography",
            "fotógrafo de moda",
            "modefotograf",
            "photographe de mode",
            "fotografo di moda",
            "fotografia de moda",
        ),
        (
            "fashion week outfit",
            "photographer for weddings",
            "photo booth",
            "fashion victim",
            "photo of my outfit",
            "fashion blogger",
            "passport photo",
            "old-fashioned",
            "fashion designer",
        ),
        ("fashion photographer", "editorial photography", "beauty photography", "runway photography"),
        ("photography", "fashion"),
    ),
    (
        "textile art",
        (
            "textile artist",
            "fibre artist",
            "fiber art",
            "art quilts",
            "tapestry weaving",
            "textile installation",
            "mixed media textile art",
            "hand embroidery art",
            "felting and stitching",
            "contemporary textiles",
            "natural dyeing",
            "textile exhibition",
            "soft sculpture",
            "wall hangings",
            "arte textil",
            "textilkunst",
            "art textile",
            "arte tessile",
            "arte têxtil",
        ),
        (
            "textile industry",
            "textile factory",
            "textile recycling",
            "textile engineer",
            "textile imports",
            "curtain shop",
            "fabric softener",
            "carpet cleaning",
            "fibre broadband",
            "dietary fibre",
        ),
        ("textile artist", "fiber art", "fibre art", "textile arts", "tapestry"),
        ("art", "crafts"),
    ),
    (
        "burlesque",
        (
            "burlesque performer",
            "neo-burlesque",
            "burlesque dancer",
            "burlesque show",
            "burlesque troupe",
            "fan dance",
            "pasties and rhinestones",
            "burlesque festival",
            "burlesque class",
            "cabaret and burlesque",
            "classic striptease with feather fans",
            "boylesque",
            "burlesque costume maker",
            "burlesque producer",
            "artista de burlesque",
            "burlesque-tänzerin",
            "effeuilleuse",
            "spettacolo burlesque",
            "burlesco",
        ),
        (
            "burlesque parody",
            "burlesque film",
            "burlesque humor",
            "burlesque poetry",
            "burlesque comedy",
            "burlesque style",
            "grotesque",
            "burly guy",
            "burlap sack",
        ),
        ("burlesque dance", "neo-burlesque", "burlesque performer"),
        ("dance", "theatre"),
    ),
    (
        "hip hop dance",
        (
            "hip hop dancer",
            "street dancer",
            "hip hop choreography",
            "popping and locking",
            "krump",
            "house dance",
            "dance crew",
            "hip hop dance class",
            "cypher",
            "freestyle dance",
            "choreo video",
            "world of dance",
            "hip hop international",
            "urban dance",
            "bailarina de hip hop",
            "hip-hop-tänzer",
            "danseur hip hop",
            "ballerino hip hop",
            "dançarino de hip hop",
        ),
        (
            "hip hop music",
            "hip replacement",
            "hip flexor",
            "hop on the bus",
            "hop farm",
            "dance music",
            "street food",
            "hip bar",
            "hip hop album",
        ),
        ("street dance", "street dancing", "hip hop dancing", "urban dance", "popping", "locking"),
        ("dance",),
    ),
    (
        "italian cuisine",
        (
            "italian cooking",
            "homemade pasta from scratch",
            "nonna's ragù recipe",
            "fresh tagliatelle",
            "risotto alla milanese tonight",
            "carbonara the roman way, no cream",
            "italian food lover",
            "making gnocchi",
            "aperitivo and cicchetti",
            "trattoria style cooking",
            "regional italian recipes",
            "sunday sauce",
            "italian chef",
            "osteria in bologna",
            "cocina italiana",
            "italienische küche",
            "cuisine italienne",
            "cucina italiana",
            "culinária italiana",
        ),
        (
            "italian language lessons",
            "italian citizenship",
            "italian football",
            "italian fashion",
            "italian renaissance art",
            "italian job",
            "italian restaurant chain ad",
            "italian cars",
            "pasta maker machine for clay",
        ),
        ("italian food", "italian cooking", "pasta", "italian recipes", "cucina italiana"),
        ("cooking", "food"),
    ),
    (
        "korean food",
        (
            "korean cooking",
            "homemade kimchi",
            "korean bbq night",
            "bibimbap for lunch",
            "tteokbokki",
            "jjigae",
            "banchan",
            "korean fried chicken",
            "k-food lover",
            "gochujang",
            "korean street food",
            "samgyeopsal",
            "bulgogi",
            "mukbang",
            "comida coreana",
            "koreanisches essen",
            "cuisine coréenne",
            "cucina coreana",
            "comida coreana caseira",
        ),
        (
            "korean language",
            "korean drama",
            "korean war history",
            "korean air",
            "korean pop",
            "korean skincare",
            "korean beauty",
            "korean politics",
            "korean film",
        ),
        ("korean cuisine", "k-food", "korean cooking", "korean bbq", "kimchi"),
        ("food",),
    ),
    (
        "indian food",
        (
            "indian cooking",
            "homemade curry",
            "biryani",
            "dal",
            "masala",
            "tandoori",
            "thali",
            "south indian breakfast",
            "dosa",
            "spice box",
            "indian street food",
            "chaat",
            "paneer",
            "tadka",
            "comida india",
            "indisches essen",
            "cuisine indienne",
            "cucina indiana",
            "culinária indiana",
        ),
        (
            "indian ocean",
            "indian premier league",
            "indian politics",
            "indian elections",
            "indian summer",
            "native american",
            "indiana pacers",
            "indian motorcycle",
            "indian classical dance",
        ),
        ("indian cuisine", "indian cooking", "curry", "desi food", "indian recipes"),
        ("food", "indian culture"),
    ),
    (
        "rum",
        (
            "rum lover",
            "rum collector",
            "rum tasting",
            "agricole rhum",
            "jamaican rum",
            "dark rum",
            "spiced rum",
            "rum cocktails",
            "daiquiri",
            "mai tai",
            "rum distillery",
            "rum bar",
            "tiki bar",
            "cask strength rum",
            "ron añejo",
            "rumverkostung",
            "rhum arrangé",
            "rum invecchiato",
            "rum envelhecido",
        ),
        (
            "rummage sale",
            "rum baba",
            "rumours",
            "rummy card game",
            "rump steak",
            "rumble in the jungle",
            "rum deal for the workers",
            "rum raisin",
            "rumba",
        ),
        ("rhum", "rums", "rum tasting", "rum collector"),
        (),
    ),
    (
        "ice cream",
        (
            "ice cream maker",
            "homemade ice cream",
            "gelato",
            "gelateria",
            "sorbet",
            "ice cream shop",
            "ice cream tour",
            "soft serve",
            "frozen custard",
            "ice cream flavours",
            "ice cream sandwich",
            "ice cream cone",
            "ice cream sundae",
            "ice cream parlour",
            "helado",
            "eisdiele mit hausgemachtem eis",
            "glacier artisanal",
            "gelato artigianale",
            "sorvete",
        ),
        (
            "ice hockey",
            "ice skating",
            "ice bath",
            "ice age",
            "dry ice",
            "cream cheese",
            "skin cream",
            "ice road",
            "ice storm",
        ),
        ("ice creams", "gelato", "icecream", "ice cream maker", "sorbet"),
        ("food",),
    ),
    (
        "bubble tea",
        (
            "boba",
            "bubble tea shop",
            "boba run",
            "taro milk tea",
            "brown sugar boba",
            "tapioca pearls",
            "milk tea",
            "boba tea",
            "pearl milk tea",
            "bubble tea cafe",
            "fruit tea with popping boba",
            "boba addict",
            "boba shop",
            "matcha boba",
            "té de burbujas",
            "bubble-tea",
            "thé aux perles",
            "tè con le perle",
            "chá de bolhas",
        ),
        (
            "bubble wrap",
            "bubble bath",
            "bubble gum",
            "housing bubble",
            "social bubble",
            "tea party",
            "tea bag",
            "bubble chart",
            "bubble tea emoji",
        ),
        ("boba", "boba tea", "bubble milk tea", "milk tea", "pearl milk tea"),
        (),
    ),
    (
        "fine dining",
        (
            "fine dining chef",
            "michelin star restaurant",
            "tasting menu",
            "chef's table",
            "haute cuisine",
            "wine pairing",
            "gastronomy",
            "amuse-bouche",
            "degustation",
            "michelin guide",
            "world's 50 best",
            "omakase",
            "fine dining restaurant",
            "culinary experience",
            "alta cocina",
            "sternerestaurant",
            "gastronomie",
            "alta cucina",
            "alta gastronomia",
        ),
        (
            "fine print",
            "dining table",
            "dining room",
            "fine art",
            "fine weather",
            "parking fine",
            "fast food",
            "dining hall",
            "just fine",
        ),
        ("fine dining restaurants", "michelin", "gastronomy", "haute cuisine", "tasting menus"),
        ("restaurants",),
    ),
    (
        "nail art",
        (
            "nail artist",
            "nail tech",
            "nail technician",
            "gel nails",
            "acrylic nails",
            "nail design",
            "nail inspo",
            "chrome nails",
            "french tips",
            "press-on nails",
            "nail salon owner",
            "manicure",
            "nail polish collection",
            "stamping nail art",
            "manicurista",
            "nageldesignerin",
            "prothésiste ongulaire",
            "onicotecnica",
            "manicure e nail designer",
        ),
        (
            "nail gun",
            "nail in the coffin",
            "hit the nail on the head",
            "nail the interview",
            "ingrown toenail",
            "nail biting",
            "rusty nail",
            "nailed it",
            "nail fungus",
        ),
        ("nails", "manicure", "nail design", "nail tech", "nail artist", "manicures"),
        ("makeup",),
    ),
    (
        "streetwear",
        (
            "streetwear brand",
            "hypebeast",
            "drop day",
            "supreme drop",
            "limited drop",
            "streetwear designer",
            "streetwear fit",
            "fit check",
            "graphic tees",
            "oversized hoodie",
            "streetwear collection",
            "resell",
            "urban fashion",
            "streetwear stylist",
            "ropa urbana",
            "streetwear-marke",
            "mode streetwear",
            "moda streetwear",
            "moda urbana",
        ),
        (
            "street food",
            "street art",
            "street photography",
            "wear and tear",
            "street racing",
            "street names",
            "street parking",
            "streetlights",
            "wearable tech",
        ),
        ("street wear", "street style", "hypebeast", "urban fashion", "streetwear fashion"),
        ("fashion",),
    ),
    (
        "vintage fashion",
        (
            "vintage clothing",
            "vintage seller",
            "vintage style",
            "1950s fashion",
            "retro fashion",
            "vintage dress",
            "vintage wardrobe",
            "vintage shop owner",
            "vintage market",
            "rockabilly style",
            "pin-up style",
            "vintage finds",
            "vintage sewing patterns",
            "vintage collector",
            "moda vintage",
            "vintage-mode",
            "mode vintage",
            "abbigliamento vintage",
            "roupa vintage",
        ),
        (
            "vintage wine",
            "vintage cars",
            "vintage furniture",
            "vintage computers",
            "vintage guitars",
            "vintage cameras",
            "vintage port",
            "vintage year",
            "vintage photos",
        ),
        ("vintage clothing", "vintage style", "retro fashion", "vintage clothes"),
        ("fashion",),
    ),
    (
        "feng shui",
        (
            "feng shui consultant",
            "feng shui your home",
            "bagua map",
            "feng shui tips",
            "chi energy",
            "feng shui bedroom",
            "feng shui for wealth",
            "feng shui master",
            "five elements",
            "classical feng shui",
            "space clearing",
            "feng shui office",
            "flying stars",
            "feng shui course",
            "consultora de feng shui",
            "feng-shui-beraterin",
            "o feng shui da casa",
            "consultante feng shui",
            "consulente feng shui",
        ),
        (
            "the feng shui of this spreadsheet is a disaster",
            "my desk feng shui is pure chaos",
            "rearranged the team seating, new office feng shui lol",
            "the feng shui of this football formation",
            "fung shway joke in the group chat",
            "good vibes only in the kitchen",
            "energy drink before the gym",
            "chi-square test in my stats homework",
            "chicago bulls feng shui meme",
        ),
        ("fengshui", "feng shui consultant", "geomancy", "vastu"),
        ("interior design",),
    ),
    (
        "luxury travel",
        (
            "luxury travel",
            "luxury hotels",
            "five-star hotels",
            "first class",
            "luxury resort",
            "private jet",
            "luxury travel advisor",
            "villa rental",
            "overwater bungalow",
            "luxury travel blogger",
            "spa retreat",
            "suite life",
            "yacht charter",
            "boutique hotels",
            "viajes de lujo",
            "luxusreisen",
            "voyages de luxe",
            "viaggi di lusso",
            "viagens de luxo",
        ),
        (
            "luxury cars",
            "luxury watches",
            "luxury brands",
            "luxury real estate",
            "luxury fashion",
            "luxury goods",
            "budget travel",
            "travel insurance",
            "travel size",
        ),
        ("luxury hotels", "luxury resorts", "five-star travel"),
        ("travel",),
    ),
    (
        "castles",
        (
            "castle hunter",
            "castle visit",
            "castle ruins",
            "medieval castles",
            "castle tour",
            "castle photography",
            "castle history",
            "castle trail",
            "castle lover",
            "castle architecture",
            "castles of scotland",
            "castle collector",
            "castle restoration",
            "castle guide",
            "castillos",
            "burgen",
            "châteaux",
            "castelli",
            "castelos",
        ),
        (
            "bouncy castle",
            "sandcastle",
            "castle in chess",
            "castle rock",
            "castle tv series",
            "castle hotel",
            "castle crashers",
            "castle in the air",
            "white castle",
        ),
        ("castle", "castle hunting", "medieval castles", "castles and palaces"),
        ("history",),
    ),
)

NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "plastering": (
        "painter and decorator, two coats of emulsion",
        "bricklayer laying blocks",
        "drywall hanger screwing boards",
        "tiler grouting the shower",
        "sculptor casting in plaster",
    ),
    "tiling": (
        "roofer fixing slipped roof tiles",
        "mosaic art class",
        "carpet fitter",
        "bricklayer on site",
        "kitchen fitter installing worktops",
    ),
    "glazing": (
        "pottery glazes and kiln firing",
        "stained glass artist",
        "glassblower at the furnace",
        "window cleaner round",
        "carpenter hanging doors",
    ),
    "scaffolding": (
        "steel erector on the frame",
        "rope access technician",
        "crane operator",
        "roofer on a pitched roof",
        "window cleaner with a water fed pole",
    ),
    "gas engineering": (
        "plumber fixing a leaky tap",
        "electrician rewiring a house",
        "oil and gas engineer offshore",
        "air conditioning installer",
        "chemical engineer at a refinery",
    ),
    "shoemaking": (
        "sneaker collector, new jordans",
        "leatherworking wallets and belts",
        "shoe shop retail assistant",
        "fashion designer, runway collection",
        "farrier shoeing horses",
    ),
    "farriery": (
        "equine vet",
        "blacksmith forging knives",
        "horse riding lessons",
        "equine dentist",
        "saddle fitter",
    ),
    "pest control": (
        "wildlife rescue volunteer",
        "gardener fighting aphids on roses",
        "cleaner doing a deep clean",
        "crop protection agronomist",
        "dog trainer",
    ),
    "bus driving": (
        "truck driver, long haul",
        "bus enthusiast photographing routes",
        "taxi driver on the rank",
        "train driver in the cab",
        "transit planner at the council",
    ),
    "train driving": (
        "trainspotter at the station",
        "model railway layout",
        "rail travel across europe",
        "bus driver",
        "railway signaller in the box",
    ),
    "cabin crew": (
        "airline pilot, captain on the a320",
        "travel influencer",
        "air traffic controller",
        "cruise ship crew",
        "airport ground handling",
    ),
    "taxi driving": (
        "truck driver",
        "bus driver",
        "food delivery courier",
        "chauffeur for a wedding car hire",
        "driving instructor",
    ),
    "freight forwarding": (
        "truck driver",
        "warehouse picker",
        "container ship enthusiast",
        "ecommerce seller",
        "postal worker",
    ),
    "fleet management": (
        "car dealership sales",
        "mechanic at the garage",
        "truck driver",
        "naval officer",
        "car enthusiast",
    ),
    "civil service": (
        "member of parliament",
        "political campaign volunteer",
        "local councillor",
        "military officer",
        "nonprofit program manager",
    ),
    "probation": (
        "police officer on patrol",
        "prison officer on the wing",
        "criminal defence lawyer",
        "social worker",
        "youth worker at the community centre",
    ),
    "corrections": (
        "police officer",
        "probation officer",
        "security guard at the mall",
        "prison abolition activist",
        "criminal lawyer",
    ),
    "postal service": (
        "stamp collector",
        "amazon delivery driver",
        "letter writing and pen pals",
        "courier company owner",
        "warehouse worker",
    ),
    "lifeguarding": (
        "swimming coach",
        "open water swimmer",
        "rnli lifeboat crew",
        "scuba instructor",
        "paramedic",
    ),
    "emergency dispatch": (
        "paramedic on the ambulance",
        "police officer",
        "firefighter",
        "air traffic controller",
        "truck dispatcher at a logistics firm",
    ),
    "waste management": (
        "zero waste lifestyle",
        "litter picking volunteer",
        "sustainability consultant",
        "sewage engineer",
        "cleaner",
    ),
    "phlebotomy": (
        "nurse on the ward",
        "blood donor",
        "medical lab scientist",
        "tattoo artist",
        "vampire fiction fan",
    ),
    "respiratory therapy": (
        "breathwork coach",
        "physiotherapist",
        "icu nurse",
        "asthma patient",
        "freediver breath hold training",
    ),
    "podiatry": (
        "pedicurist at the nail salon",
        "reflexologist",
        "orthopaedic surgeon",
        "shoe fitter",
        "physiotherapist",
    ),
    "dental hygiene": (
        "dentist doing fillings",
        "orthodontist",
        "dental nurse",
        "skincare routine",
        "teeth whitening salon",
    ),
    "medical coding": (
        "software developer",
        "medical receptionist",
        "nurse",
        "insurance claims adjuster",
        "accountant",
    ),
    "prosthetics and orthotics": (
        "sfx makeup artist",
        "orthopaedic surgeon",
        "orthodontist",
        "physiotherapist",
        "biomedical engineer",
    ),
    "veterinary nursing": (
        "vet surgeon",
        "dog groomer",
        "pet sitter",
        "zookeeper",
        "human nurse on the ward",
    ),
    "funeral services": (
        "grief counsellor",
        "hospice nurse",
        "death metal fan",
        "true crime podcaster",
        "pathologist",
    ),
    "medical laboratory science": (
        "research scientist at a university",
        "phlebotomist",
        "pharmacist",
        "doctor",
        "chemistry teacher",
    ),
    "analytical chemistry": (
        "chemistry teacher",
        "pharmacist",
        "data analyst",
        "organic synthesis chemist",
        "brewer",
    ),
    "microscopy": (
        "astronomy and telescopes",
        "macro photography",
        "optometrist",
        "pathologist",
        "biology teacher",
    ),
    "soil science": ("gardener", "farmer", "geologist", "composting enthusiast", "landscaper"),
    "costume design": (
        "cosplayer",
        "fashion designer",
        "seamstress doing alterations",
        "makeup artist",
        "set designer",
    ),
    "lighting design": ("electrician", "interior designer", "photographer", "sound engineer", "dj"),
    "stage management": ("actor", "theatre director", "event planner", "project manager", "roadie"),
    "floristry": ("gardener", "botanist", "wedding planner", "ikebana", "flower farmer"),
    "visual effects": ("sfx makeup artist", "animator", "video editor", "game developer", "photographer"),
    "interpreting": (
        "literary translator",
        "language teacher",
        "polyglot learning languages",
        "linguist",
        "sign language learner",
    ),
    "art conservation": (
        "art historian",
        "painter",
        "furniture restorer",
        "antique dealer",
        "museum curator",
    ),
    "payroll": ("accountant", "hr manager", "bookkeeper", "tax advisor", "financial advisor"),
    "paralegal": ("lawyer", "police officer", "law student", "court reporter", "legal tech founder"),
    "facilities management": (
        "office manager",
        "property manager",
        "cleaner",
        "maintenance technician",
        "construction manager",
    ),
    "actuarial science": (
        "accountant",
        "data scientist",
        "insurance broker",
        "statistician",
        "financial analyst",
    ),
    "property management": (
        "estate agent selling houses",
        "landlord",
        "construction",
        "interior designer",
        "mortgage broker",
    ),
    "film studies": (
        "film critic reviewing the new marvel movie",
        "indie filmmaker shooting a short",
        "movie night with popcorn",
        "cinematographer on a netflix set",
        "media studies gcse homework on adverts",
    ),
    "gender studies": (
        "feminist activist at the march",
        "lgbtq rights campaigner",
        "sociology of class and work",
        "women in tech meetup organiser",
        "hr diversity officer",
    ),
    "social psychology": (
        "clinical psychologist treating anxiety",
        "sociologist studying inequality",
        "social media marketing strategist",
        "behavioral economics nudge unit",
        "life coach and motivational speaker",
    ),
    "developmental psychology": (
        "parenting blog about toddler tantrums",
        "primary school teacher",
        "child psychiatrist in a clinic",
        "early years nursery practitioner",
        "special needs teaching assistant",
    ),
    "forensic psychology": (
        "true crime podcast host",
        "forensic scientist analysing dna",
        "police detective",
        "criminal defence lawyer",
        "clinical psychologist in private practice",
    ),
    "positive psychology": (
        "manifestation and law of attraction coach",
        "clinical psychologist treating depression",
        "yoga teacher and wellness influencer",
        "motivational quotes page",
        "mindfulness app",
    ),
    "demography": (
        "marketing analyst segmenting customers",
        "genealogy and family tree research",
        "political pollster",
        "epidemiologist tracking outbreaks",
        "geographer mapping cities",
    ),
    "cosmology": (
        "astrology and horoscopes",
        "amateur astronomer with a telescope",
        "astrophotography of the milky way",
        "particle physicist at cern",
        "spiritual cosmic energy coach",
    ),
    "molecular biology": (
        "biochemist studying enzymes",
        "microbiologist culturing bacteria",
        "bioinformatician writing pipelines",
        "high school biology teacher",
        "pharmacist at the chemist",
    ),
    "planetary science": (
        "astrologer reading birth charts",
        "amateur astronomer with a dobsonian",
        "aerospace engineer building rockets",
        "geologist on a mining site",
        "space news fan watching launches",
    ),
    "nuclear physics": (
        "nuclear power plant operator",
        "particle physicist at the lhc",
        "nuclear medicine radiographer",
        "anti-nuclear weapons activist",
        "chemistry teacher",
    ),
    "conservation biology": (
        "zookeeper feeding the penguins",
        "birdwatcher ticking off species",
        "climate activist at the protest",
        "wildlife photographer",
        "gamekeeper on a shooting estate",
    ),
    "seismology": (
        "volcanologist on etna",
        "oil and gas geophysicist",
        "structural engineer",
        "emergency management officer",
        "meteorologist forecasting storms",
    ),
    "biostatistics": (
        "data scientist building recommendation engines",
        "epidemiologist at the health department",
        "sports analytics nerd",
        "accountant doing the books",
        "bioinformatician aligning reads",
    ),
    "herpetology": (
        "reptile keeper with ball pythons",
        "pet shop selling bearded dragons",
        "birdwatcher",
        "entomologist collecting beetles",
        "exotic pet vet",
    ),
    "political philosophy": (
        "political campaign volunteer",
        "political commentator on cable news",
        "ethics professor on bioethics",
        "political science pollster",
        "stoicism quotes page",
    ),
    "philosophy of mind": (
        "neuroscientist in the lab",
        "meditation teacher",
        "psychotherapist",
        "ai engineer training models",
        "spiritual awakening coach",
    ),
    "philosophy of science": (
        "science communicator on youtube",
        "lab scientist running experiments",
        "historian of medicine",
        "theology student",
        "data scientist",
    ),
    "religious studies": (
        "pastor preaching on sunday",
        "theology seminary student",
        "bible study leader",
        "anthropologist doing fieldwork",
        "mythology buff",
    ),
    "game theory": (
        "game developer making indie games",
        "poker player",
        "chess grandmaster",
        "board game collector",
        "esports analyst",
    ),
    "sociolinguistics": (
        "language learner on duolingo",
        "translator and interpreter",
        "speech therapist",
        "english teacher abroad",
        "sociologist of work",
    ),
    "ethnomusicology": (
        "world music dj",
        "music teacher at a primary school",
        "folk singer at the pub session",
        "music producer",
        "anthropologist of religion",
    ),
    "peace and conflict studies": (
        "military strategist",
        "war history buff",
        "family mediator",
        "yoga and inner peace",
        "diplomat at the embassy",
    ),
    "american history": (
        "american politics pundit",
        "civil war reenactor",
        "history of rome podcast",
        "genealogist tracing ancestors",
        "living in the us as an expat",
    ),
    "shakespeare": (
        "musical theatre fan",
        "poet writing free verse",
        "english teacher grading essays",
        "classic literature book club on dickens",
        "actor in a netflix drama",
    ),
    "literary theory": (
        "novelist writing a thriller",
        "book reviewer on goodreads",
        "creative writing workshop",
        "philosophy of mind student",
        "literacy volunteer",
    ),
    "bible study": (
        "religious studies lecturer",
        "worship leader at church",
        "christian rock band",
        "theology professor",
        "atheist debating religion",
    ),
    "atheism": (
        "agnostic about religion",
        "humanist celebrant",
        "pagan and witch",
        "spiritual but not religious",
        "skeptic debunking ufos",
    ),
    "humanism": (
        "humanitarian aid worker",
        "atheist meme page",
        "renaissance art historian",
        "human rights lawyer",
        "unitarian church member",
    ),
    "quakers": (
        "amish country tourism",
        "catholic parish volunteer",
        "pacifist activist",
        "mennonite community",
        "meditation retreat",
    ),
    "orthodox christianity": (
        "orthodox jewish community",
        "roman catholic parish",
        "evangelical church",
        "greek culture and food",
        "icon painting workshop as an art hobby",
    ),
    "youth ministry": (
        "youth worker at the council",
        "scout leader",
        "teacher at a secondary school",
        "sunday league youth coach",
        "summer camp counselor",
    ),
    "interfaith dialogue": (
        "religious studies professor",
        "international diplomat",
        "mediation services",
        "missionary abroad",
        "multicultural festival organiser",
    ),
    "chaplaincy": (
        "hospital nurse",
        "parish priest",
        "grief counsellor",
        "social worker",
        "funeral director",
    ),
    "electoral reform": (
        "campaign staffer for a candidate",
        "election night pundit",
        "voter registration drive",
        "local councillor",
        "political polling analyst",
    ),
    "human trafficking": (
        "immigration lawyer",
        "drug trafficking documentary",
        "traffic police officer",
        "refugee resettlement volunteer",
        "domestic violence shelter",
    ),
    "organ donation": (
        "blood donor",
        "church organist",
        "charity fundraising",
        "transplant surgeon in a hospital",
        "hospice nurse",
    ),
    "nuclear disarmament": (
        "nuclear energy advocate",
        "military history buff",
        "climate activist",
        "defence contractor",
        "peace lily houseplant",
    ),
    "restorative justice": (
        "criminal defence lawyer",
        "prison officer",
        "family mediator",
        "victim's rights lawyer",
        "police officer",
    ),
    "universal basic income": (
        "personal finance blogger",
        "welfare benefits adviser",
        "crypto passive income",
        "tax accountant",
        "minimum wage campaign",
    ),
    "cooperatives": (
        "co-op gaming streamer",
        "startup founder",
        "coworking space",
        "labor union organiser",
        "charity shop volunteer",
    ),
    "child protection": (
        "parenting blog",
        "primary school teacher",
        "children's entertainer",
        "paediatric nurse",
        "foster parent",
    ),
    "pyrography": (
        "laser engraving shop, custom signs",
        "wood carving with a whittling knife",
        "chainsaw art at the county fair",
        "stained glass workshop tonight",
        "leather tooling and stamping",
    ),
    "basketry": (
        "macramé plant hangers for sale",
        "weaving on my floor loom",
        "rattan furniture restoration",
        "chair caning and rush seating repair",
        "hedge laying competition",
    ),
    "lacemaking": (
        "crochet doilies with fine cotton",
        "embroidery hoop art",
        "knitting a lace shawl",
        "bridal boutique owner",
        "lingerie designer",
    ),
    "dollhouse miniatures": (
        "warhammer miniature painting",
        "model railway layout in the loft",
        "scale model tanks and aircraft",
        "tiny house build on a trailer",
        "architectural model maker",
    ),
    "perfume": (
        "skincare routine with retinol",
        "candle making with soy wax",
        "aromatherapy and essential oils",
        "makeup artist",
        "wine tasting notes",
    ),
    "stationery": (
        "fountain pen collector, inks and nibs",
        "bullet journal for productivity",
        "graphic designer, print and branding",
        "scrapbooking the family album",
        "calligraphy practice sheets",
    ),
    "letter writing": (
        "stamp collector, rare penny blacks",
        "copywriter for brands",
        "novelist working on my second book",
        "postal worker on my route",
        "newsletter writer on substack",
    ),
    "dolls": (
        "action figure collector",
        "toy shop owner",
        "funko pop collection",
        "teddy bear maker",
        "puppeteer with marionettes",
    ),
    "historical reenactment": (
        "cosplay at comic con",
        "larp weekend in the forest",
        "museum curator",
        "medieval history lecturer",
        "renaissance fair vendor selling turkey legs",
    ),
    "rc cars": (
        "fpv drone pilot",
        "slot car racing club",
        "scale model car kits",
        "karting on sunday",
        "diecast car collector",
    ),
    "mushroom cultivation": (
        "mushroom foraging in autumn woods",
        "mycologist at the university",
        "microdosing psilocybin",
        "hydroponic lettuce",
        "sourdough starter and fermenting",
    ),
    "prepping": (
        "bushcraft weekend in the woods",
        "homesteading with goats",
        "emergency management officer",
        "gun range day",
        "camping gear review",
    ),
    "LARP": (
        "dungeons and dragons campaign",
        "cosplay photoshoot",
        "historical reenactment society",
        "improv comedy troupe",
        "airsoft skirmish",
    ),
    "card games": (
        "poker night, texas hold em",
        "magic the gathering commander",
        "bridge club duplicate",
        "pokémon card collector",
        "tarot reader",
    ),
    "world of warcraft": (
        "league of legends ranked",
        "final fantasy xiv raiding",
        "elder scrolls online",
        "hearthstone decks",
        "dungeons and dragons dm",
    ),
    "final fantasy": (
        "kingdom hearts fan",
        "dragon quest player",
        "anime watcher",
        "world of warcraft raider",
        "fantasy novels reader",
    ),
    "animal crossing": (
        "stardew valley farm",
        "pokémon trainer",
        "minecraft builds",
        "the sims legacy",
        "real vegetable gardening",
    ),
    "the sims": (
        "minecraft survival",
        "animal crossing island tour",
        "sim racing rig",
        "interior design studio",
        "city skylines builder",
    ),
    "paintball": (
        "airsoft milsim",
        "laser tag birthday party",
        "sport shooting clays",
        "nerf battles with the kids",
        "paint by numbers",
    ),
    "snorkeling": (
        "scuba diving instructor",
        "freediving depth training",
        "spearfishing trip",
        "swimming laps at the pool",
        "surf lessons",
    ),
    "wakeboarding": (
        "snowboarding in the alps",
        "kitesurfing lessons",
        "skateboarding at the park",
        "jet ski rental",
        "surf trip to portugal",
    ),
    "via ferrata": (
        "sport climbing at the crag",
        "bouldering gym",
        "hiking in the dolomites",
        "zip line adventure park",
        "mountaineering on mont blanc",
    ),
    "slacklining": (
        "tightrope walker in the circus",
        "rock climbing",
        "yoga on the beach",
        "parkour training",
        "hammock camping",
    ),
    "bass fishing": (
        "fly fishing for trout",
        "sea fishing off the pier",
        "carp fishing session",
        "commercial fisherman",
        "bass guitarist",
    ),
    "cold water swimming": (
        "swimming laps in the pool",
        "sauna and spa day",
        "triathlon swim training",
        "surfing in winter",
        "cryotherapy clinic",
    ),
    "snowmobiling": (
        "skiing the backcountry",
        "snowboarding",
        "atv trail riding",
        "dog sledding tour",
        "ice fishing",
    ),
    "dog agility": (
        "dog groomer",
        "dog trainer for puppies",
        "crufts conformation show",
        "dog walker",
        "horse show jumping",
    ),
    "tarantulas": (
        "entomologist studying beetles",
        "reptile keeper",
        "pest control technician",
        "spider-man fan",
        "aquarium fish keeping",
    ),
    "snakes": (
        "bearded dragon owner",
        "lizard and gecko keeper",
        "tortoise rescue",
        "python programmer",
        "frogs and amphibians",
    ),
    "sheep": ("dairy farmer", "goat keeping", "alpaca farm", "knitting with wool", "beef cattle rancher"),
    "alpacas": (
        "sheep farmer",
        "goats on the homestead",
        "knitting with alpaca yarn",
        "horse riding",
        "petting zoo",
    ),
    "pet rats": ("hamster owner", "guinea pig mum", "rabbit rescue", "pest control", "lab research on mice"),
    "sharks": (
        "whale watching tour",
        "dolphin trainer",
        "scuba diving",
        "aquarium keeper",
        "fishing charter",
    ),
    "turtles": (
        "snake keeper",
        "aquarium fish keeper",
        "lizard and gecko breeder",
        "whale watching",
        "marine biologist studying coral",
    ),
    "aikido": (
        "judo club",
        "karate black belt",
        "brazilian jiu jitsu",
        "tai chi in the park",
        "kendo practice",
    ),
    "krav maga": ("mma fighter", "boxing gym", "brazilian jiu jitsu", "security guard", "military service"),
    "capoeira": ("breakdancing", "samba dancing", "brazilian jiu jitsu", "acrobatics", "kickboxing"),
    "kettlebells": (
        "olympic weightlifting",
        "powerlifting meet",
        "crossfit box",
        "yoga instructor",
        "running coach",
    ),
    "indoor cycling": (
        "road cycling",
        "mountain biking",
        "cycle commuting",
        "bike mechanic",
        "treadmill running",
    ),
    "zumba": ("salsa dancing", "aerobics", "ballet class", "pilates instructor", "yoga teacher"),
    "HIIT": ("marathon training", "yoga flow", "powerlifting", "pilates reformer", "walking"),
    "petanque": ("lawn bowls", "ten pin bowling", "cricket", "curling", "golf"),
    "lawn bowls": ("ten pin bowling league", "petanque", "cricket fast bowler", "croquet", "golf"),
    "line dancing": ("ballroom dancing", "square dancing", "salsa class", "country music", "zumba"),
    "disco": (
        "techno warehouse rave till dawn",
        "funk band horn section",
        "k-pop dance cover",
        "ballroom dance lessons",
        "80s synthpop night",
    ),
    "grunge": (
        "punk hardcore show in a basement",
        "heavy metal headbanger",
        "britpop and oasis fan",
        "emo kid in 2006",
        "indie folk singer",
    ),
    "shoegaze": (
        "post-punk revival band",
        "ambient drone producer",
        "indie pop jangle band",
        "prog rock concept album",
        "heavy metal riffs",
    ),
    "ambient music": (
        "lofi hip hop beats to study",
        "meditation app with guided sessions",
        "techno producer for peak time",
        "film score composer",
        "white noise for sleeping",
    ),
    "trance": (
        "techno producer in berlin",
        "dubstep wobble bass",
        "house music dj",
        "edm festival pop drops",
        "hypnotherapy session",
    ),
    "bossa nova": (
        "samba school at carnival",
        "reggaeton party",
        "smooth jazz radio",
        "flamenco guitar",
        "fado singer in lisbon",
    ),
    "celtic music": (
        "country music fan from nashville",
        "bagpipes in a pipe band",
        "celtic fc supporter",
        "irish pub quiz night",
        "medieval fair jousting",
    ),
    "video game music": (
        "speedrunning a zelda game",
        "film score composer",
        "electronic music producer",
        "gaming streamer",
        "rhythm game player",
    ),
    "80s music": (
        "90s rnb throwbacks",
        "classical music concerts",
        "vintage fashion from the 80s",
        "current pop charts",
        "synthwave producer",
    ),
    "banjo": (
        "ukulele strumming",
        "guitar lessons",
        "mandolin player",
        "fiddle at the session",
        "country line dancing",
    ),
    "accordion": ("piano lessons", "harmonica blues", "bagpipes band", "organ recital", "tango dancer"),
    "clarinet": (
        "saxophone jazz solo",
        "flute in the orchestra",
        "oboe reed making",
        "trumpet player",
        "recorder in primary school",
    ),
    "trombone": (
        "trumpet player",
        "tuba in brass band",
        "french horn section",
        "saxophone jazz",
        "euphonium solo",
    ),
    "double bass": (
        "electric bass guitar in a punk band",
        "cello student",
        "drum and bass dj",
        "bass fishing",
        "violin lessons",
    ),
    "harmonica": ("accordion player", "harp in the orchestra", "blues guitar", "saxophone", "tin whistle"),
    "mandolin": ("ukulele player", "banjo picker", "guitar teacher", "violin player", "lute in early music"),
    "lord of the rings": (
        "harry potter fan",
        "game of thrones rewatch",
        "dungeons and dragons campaign",
        "narnia books",
        "star wars marathon",
    ),
    "studio ghibli": (
        "disney animation fan",
        "anime convention",
        "manga collector",
        "pixar films",
        "japanese travel",
    ),
    "game of thrones": (
        "lord of the rings fan",
        "the witcher series",
        "medieval history",
        "british royal family",
        "vikings series",
    ),
    "dc comics": ("marvel fan", "manga reader", "indie comics", "superhero movies", "star wars"),
    "book clubs": ("book reviewer", "library volunteer", "bookshop owner", "writing group", "study group"),
    "cozy mysteries": (
        "true crime podcast",
        "psychological thriller",
        "romance novels",
        "crime scene investigator",
        "horror fiction",
    ),
    "dystopian fiction": (
        "fantasy novels",
        "political news",
        "true crime",
        "climate activism",
        "science news",
    ),
    "steampunk": (
        "cyberpunk aesthetic",
        "victorian history",
        "model railways",
        "cosplay anime",
        "goth fashion",
    ),
    "macro photography": (
        "wildlife photography safari",
        "landscape photography",
        "product photography",
        "entomology research",
        "phone camera review",
    ),
    "fashion photography": (
        "wedding photographer",
        "fashion designer",
        "model agency booker",
        "influencer outfit selfies",
        "portrait photographer",
    ),
    "textile art": (
        "fashion design student",
        "knitting sweaters",
        "sewing clothes",
        "textile factory worker",
        "quilting bee",
    ),
    "burlesque": (
        "pole dancing fitness",
        "drag queen performance",
        "musical theatre",
        "strip club",
        "belly dancing",
    ),
    "hip hop dance": ("hip hop music producer", "ballet class", "breakdancing battle", "k-pop idol", "zumba"),
    "italian cuisine": (
        "italian language learner",
        "italian travel",
        "pizza delivery",
        "wine tasting in tuscany",
        "french cooking",
    ),
    "korean food": (
        "k-pop stan",
        "k-drama binge",
        "japanese ramen",
        "chinese takeaway",
        "korean language classes",
    ),
    "indian food": ("bollywood films", "yoga retreat", "indian cricket", "thai curry", "spice trade history"),
    "rum": ("whisky collector", "gin distillery", "tequila tasting", "cocktail bartender", "craft beer"),
    "ice cream": ("frozen yogurt", "baking cakes", "chocolate shop", "milkshakes", "dessert bar"),
    "bubble tea": ("coffee shop barista", "matcha latte", "tea ceremony", "smoothie bar", "bubble waffle"),
    "fine dining": (
        "street food stall",
        "fast food review",
        "home cooking",
        "restaurant reviews",
        "food trucks",
    ),
    "nail art": ("makeup artist", "hairdresser", "tattoo artist", "skincare", "lash technician"),
    "streetwear": (
        "sneaker collector",
        "luxury fashion",
        "skateboarding",
        "hip hop music",
        "vintage clothing",
    ),
    "vintage fashion": (
        "thrift store haul",
        "antiques dealer",
        "vintage cars",
        "retro gaming",
        "sewing patterns",
    ),
    "feng shui": ("interior design", "astrology", "minimalism", "tarot", "crystal healing"),
    "luxury travel": ("budget backpacking", "business travel", "points and miles", "cruise", "camping"),
    "castles": (
        "medieval history",
        "architecture",
        "national parks",
        "historic preservation",
        "travel photography",
    ),
}

NAMES_TEXT = """
plastering: multi-finish|multifinish|thistle board finish|bonding coat
plastering: lime render|k rend|monocouche render|sand and cement render
plastering: tadelakt|reskim|angle bead|scrim tape
plastering: dry lining|dot and dab|ames taping tools|drywall taper|mudding drywall|joint compound
plastering: british gypsum|stuckateur|plâtrier|yesero
tiling: tile setter|tile adhesive|tile spacers|levelling clips|grout float|regrouting|epoxy grout|tile trim
tiling: schluter|rubi tile cutter|wet tile saw|large format tiles|wet room tanking|tanking membrane
tiling: ditra matting|back-buttering|notched trowel|tile leveling system|fliesenleger|carreleur|piastrellista
tiling: alicatador|solador|tile fixer|floor tiler|wall tiler|grout haze
tiling: tile nippers|uncoupling membrane
glazing: double glazed unit|sealed unit|curtain walling|structural glazing|sash window repair
glazing: glazing beads|fensa registered|glazing contractor
glazing: glaser|vitrier|vetraio|vidraceiro|cristalero|window installer
glazing: glazing engineer|ggf member|curtain wall installer|igu replacement
glazing: misted double glazed unit|failed sealed unit|aluminium glazing|window fabricator
scaffolding: cisrs card|tube and fitting|layher|kwikstage|cuplok|scaffold tube
scaffolding: ladder beam|sole boards|toe boards
scaffolding: sg4 guidance|tg20 compliance
scaffolding: andamiero
gas engineering: acs assessment|cp12
gas engineering: ideal logic|tightness test|power flush|powerflush
gas engineering: oftec registered
gas engineering: heizungsbauer
shoemaking: cobbler's shop|goodyear welt|goodyear welted|blake stitch|hand welted
shoemaking: lasting pliers|clicking knife|insole board
shoemaking: cordwainer|cordwainers|john lobb|cordonnier|bottier|calzolaio
shoemaking: zapatero remendón
shoemaking: welt stitching
farriery: cold shoeing|bar shoe|egg bar shoe|heart bar shoe|hoof nippers|hoof knife|hoof rasp
farriery: hoof stand|toe clips|forge welding shoes|remedial shoeing|corrective shoeing
farriery: hoof trimmer|farriers registration council
farriery: dipwcf|hufbeschlag|ferrador
farriery: farrier apprentice|farrier's forge|shoeing forge|nail clinches
pest control: bpca|rentokil|orkin|terminix|anticimex|bait station|bait stations
pest control: bed bug heat treatment
pest control: bird spikes|pigeon proofing
pest control: mouse infestation|schädlingsbekämpfung|dératisation|désinsectisation
pest control: derattizzazione
bus driving: pcv license
bus driving: busfahrerin
bus driving: psv licence
bus driving: cpc hours|atu union
train driving: aslef
train driving: traction knowledge|tpws|aws horn|dsd pedal
train driving: blet union|bnsf engineer
train driving: triebfahrzeugführer
cabin crew: jumpseat
cabin crew: deadhead flight|safety demonstration|wings ceremony
cabin crew: afa union
taxi driving: phv licence
taxi driving: bolt driver|medallion owner
taxi driving: knowledge boy|doing the knowledge
taxi driving: rideshare earnings
freight forwarding: house bill of lading
freight forwarding: customs declaration|hs code|demurrage|detention charges
freight forwarding: consolidation warehouse|kuehne nagel|db schenker|dhl global forwarding|fiata
freight forwarding: import coordinator
freight forwarding: customs entry|nvocc
fleet management: vehicle telematics|geotab|verizon connect
fleet management: digital tachograph|o licence|operator licence
fleet management: vehicle utilisation|fors accreditation|dvsa earned recognition
fleet management: vehicle tracking system
civil service: seo grade|ministerial submission
civil service: oposiciones
civil service: policy profession|senior executive service
civil service: public sector administrator
probation: community payback|oasys assessment
probation: supervised release|approved premises|licence recall
probation: libertad condicional|pqip|pduo
probation: licence conditions|community sentence|rehabilitative activity
corrections: correctional officers
corrections: hm prison service|cell search|inmate count
corrections: bureau of prisons
corrections: polizia penitenziaria
corrections: institución penitenciaria|prison officer training|poelt
corrections: custodial manager|cell extraction|prison shift
postal service: cwu union|nalc union
postal service: city carrier assistant|rural carrier associate|zusteller|briefzusteller
lifeguarding: nplq|rlss|surf life saving|nippers program|rescue can
lifeguarding: spinal board
lifeguarding: usla|dlrg|maître-nageur
lifeguarding: guarda-vidas
lifeguarding: nplq renewal|surf rescue|irb crew
emergency dispatch: telecommunicator
emergency dispatch: 112 operator
emergency dispatch: leitstelle|régulation samu
emergency dispatch: centro coordinador de emergencias|telecommunicators week
emergency dispatch: national public safety telecommunicators week|999 call taker
waste management: bin lorry
waste management: ciwm|veolia|biffa
waste management: republic services|éboueurs
waste management: recogida de basuras
phlebotomy: blood draws|vacutainer|vacutainers|tourniquet time
phlebotomy: difficult veins|cpt certified
phlebotomy: blood collection tubes|lavender top tube|gold top tube
phlebotomy: edta tube|capillary puncture|heel prick test|venous access|needle stick injury
respiratory therapy: crt credential|aarc
respiratory therapy: ventilator settings|vent management|fio2|arterial blood gas|high flow nasal cannula|hfnc
respiratory therapy: pft lab|tracheostomy care|airway clearance|incentive spirometry
respiratory therapy: rt life|rt week
respiratory therapy: vent check|ventilator weaning|ett tube|oscillator ventilator
respiratory therapy: nbrc
podiatry: diabetic foot|apma
podiatry: foot health practitioner|nail avulsion
podiatry: matrixectomy|phenol nail surgery|diabetic foot clinic|biomechanical assessment
podiatry: foot orthoses|total contact cast|chiropody clinic
dental hygiene: perio charting|cavitron
dental hygiene: air polishing|guided biofilm therapy|root planing|scaling and root planing|prophy|adha|bsdht
dental hygiene: hygienist life
dental hygiene: periodontal probe|pocket depths|bleeding on probing|subgingival scaling|hand scaling
dental hygiene: prophy paste|fluoride varnish
medical coding: icd-10|icd-10-cm|hcpcs
medical coding: ms-drg|ahima|ccs certified
medical coding: claim denials|denial management|charge capture|superbill|opcs-4
prosthetics and orthotics: certified prosthetist|cpo credential|prosthetic socket|transtibial|transfemoral
prosthetics and orthotics: myoelectric|kafo|ankle foot orthosis|spinal orthosis|scoliosis bracing
prosthetics and orthotics: ottobock|össur
prosthetics and orthotics: prosthetic socket design
prosthetics and orthotics: o&p residency
prosthetics and orthotics: orthotic clinic|carbon fibre foot|microprocessor knee|c-leg|genium knee
prosthetics and orthotics: osseointegration
veterinary nursing: navta
veterinary nursing: anaesthetic monitoring sheet
funeral services: nfda|bifd|nafd|pre-need|bestattung
funeral services: thanatopraxie|impresa funebre
medical laboratory science: mls ascp
medical laboratory science: mlt ascp|ascp|ibms|hcpc registered bms
medical laboratory science: haematology analyser|hematology analyzer|crossmatch|cross-matching
medical laboratory science: specimen reception
medical laboratory science: qc rules|westgard rules|mtla
analytical chemistry: uhplc|lc-ms/ms
analytical chemistry: icp-oes|karl fischer titration|agilent|waters empower
analytical chemistry: thermo orbitrap|chemstation|limit of detection
analytical chemistry: hplc column|hplc method
analytical chemistry: lc-ms/ms method|gc-fid
analytical chemistry: orbitrap mass spectrometer|trace analysis
microscopy: cryoem
microscopy: oil immersion|phase contrast
microscopy: köhler illumination|nikon eclipse|fiji imagej
microscopy: imagej
soil science: world reference base
soil science: cation exchange capacity|rhizosphere
costume design: colleen atwood|sandy powell|ruth e. carter|edith head
costume design: jenny beavan|kostümbildner|costumier
lighting design: grandma3|grandma2|eos ion
lighting design: chamsys|avolites|dmx512
lighting design: lx department|wysiwyg previz
stage management: calling cues
stage management: prompt copy
stage management: the prompt desk|inspizientin
stage management: régisseur de plateau
stage management: sm kit|calling book
floristry: floral designer|floral arrangement|floral arrangements
floristry: floral foam|oasis foam|new covent garden flower market|interflora
floristry: teleflora
floristry: flower shop owner
floristry: british flowers week|floristry apprentice
visual effects: vfx artists|foundry nuke
visual effects: sidefx houdini|matchmoving|vfx supervisor
visual effects: postvis|chroma key|industrial light & magic|weta fx|weta digital
visual effects: framestore|dneg|double negative vfx|mpc vfx|rodeo fx
interpreting: aiic|nrpsi|ncihc|cchi certified
interpreting: rsi platform
interpreting: sworn interpreter
interpreting: interpretação simultânea
interpreting: chuchotage
art conservation: conservator-restorer|paper conservator
art conservation: lining canvas
art conservation: consolidation of flaking paint
art conservation: opificio delle pietre dure
art conservation: restaurator|restauratrice|restauratore
art conservation: picture restorer
payroll: rti submission
payroll: form 941|fpc certified
payroll: bulletin de paie|busta paga
paralegal: bates numbering
paralegal: relativity review|trial binder
paralegal: case management system
paralegal: legal assistant life|bundle preparation|court bundles
paralegal: docketing|trial exhibits
facilities management: soft fm|cafm|planon|iwfm|bifm|cmms
facilities management: planned preventative maintenance|ppm schedule
facilities management: sodexo fm|cbre gws
facilities management: services généraux
actuarial science: cas exams|exam p
actuarial science: exam fm|cm1 exam|fcas|reserving actuary
actuarial science: mortality tables|loss reserving|chain ladder|pension valuation
actuarial science: coaching actuaries|aktuarin
property management: letting agents
property management: lease renewal|buildium|yardi|rentmanager
property management: arla propertymark|irpm|cam license
film studies: auteur theory
film studies: andré bazin|sergei eisenstein
film studies: laura mulvey|david bordwell|kristin thompson|christian metz|siegfried kracauer
film studies: soviet montage|kuleshov effect|male gaze
film studies: scms|screen journal
film studies: apparatus theory
gender studies: intersectionality|raewyn connell|donna haraway
gender studies: eve kosofsky sedgwick|hegemonic masculinity
gender studies: sara ahmed|signs journal
gender studies: standpoint theory|heteronormativity|cisnormativity
social psychology: stanley milgram|solomon asch|leon festinger
social psychology: bystander effect|henri tajfel
social psychology: implicit association test|fundamental attribution error
social psychology: elaboration likelihood model|robert cialdini
social psychology: kurt lewin|muzafer sherif|robbers cave experiment|jpsp|spsp|ego depletion
social psychology: stereotype threat|ingroup bias|outgroup bias
developmental psychology: jean piaget|lev vygotsky
developmental psychology: john bowlby|mary ainsworth|strange situation|erik erikson
developmental psychology: zone of proximal development|sally-anne test|false belief task
developmental psychology: preoperational stage|sensorimotor stage
developmental psychology: alison gopnik|urie bronfenbrenner|srcd
developmental psychology: marshmallow test
forensic psychology: offender profiling
forensic psychology: psychopathy checklist|pcl-r|robert hare|hcr-20|static-99
forensic psychology: eyewitness testimony|elizabeth loftus
forensic psychology: competency to stand trial|mcnaughton rules|secure hospital
forensic psychology: broadmoor|rampton hospital|offender rehabilitation
forensic psychology: good lives model|risk-need-responsivity|david canter
positive psychology: martin seligman|mihaly csikszentmihalyi|perma model
positive psychology: character strengths
positive psychology: barbara fredrickson|broaden and build|sonja lyubomirsky|tal ben-shahar
positive psychology: mapp program
positive psychology: greater good science center|grit scale
positive psychology: hedonic adaptation
demography: total fertility rate|life expectancy at birth|crude birth rate
demography: population pyramid|census bureau|un population division
demography: population association of america|iussp|human mortality database|cohort component method
demography: life table|lee-carter model|dependency ratio|replacement fertility
demography: max planck institute for demographic research|demographic dividend
cosmology: cmb anisotropies
cosmology: dark matter halo|lambda-cdm
cosmology: hubble constant|hubble tension|planck satellite|wmap
cosmology: desi survey|euclid mission|sloan digital sky survey|redshift survey
cosmology: friedmann equations|alan guth|andrei linde
cosmology: jim peebles|georges lemaître|n-body simulation|reionization
molecular biology: rt-qpcr
molecular biology: plasmid prep|miniprep|midiprep|agarose gel
molecular biology: gibson assembly|restriction enzymes
molecular biology: chip-seq|transfection|co-immunoprecipitation|luciferase assay
molecular biology: sanger sequencing|thermocycler|nanodrop|addgene
molecular biology: central dogma|sirna|shrna|cell culture hood
planetary science: exoplanet atmospheres
planetary science: insight lander|jezero crater
planetary science: cassini mission
planetary science: lpsc
planetary science: carbonaceous chondrite|regolith|impact crater|cryovolcanism|enceladus plumes
planetary science: titan's lakes|kuiper belt
nuclear physics: shell model
nuclear physics: frib|triumf|ganil|gsi helmholtz|riken nishina
nuclear physics: jefferson lab|cebaf|rhic|quark-gluon plasma
nuclear physics: gamma-ray spectroscopy|island of stability|beta decay
nuclear physics: double beta decay|neutrinoless double beta decay|r-process
nuclear physics: binding energy
conservation biology: michael soulé
conservation biology: metapopulation|wildlife corridors
soil science: pedologist
soil science: nrcs
soil science: loess|podzol|chernozem|vertisol|mollisol|oxisol
seismology: moment magnitude|richter scale|mercalli scale
seismology: usgs earthquake|shakemap|shakealert|emsc
seismology: fault rupture
seismology: cascadia subduction zone|gutenberg-richter law
seismology: seismic moment|focal mechanism|seismic array
biostatistics: kaplan-meier
biostatistics: cox proportional hazards|mixed-effects models
biostatistics: power calculation|interim analysis
biostatistics: sas programming|cdisc|adam datasets|sdtm|multiple imputation
biostatistics: bayesian hierarchical models|intention-to-treat|non-inferiority trial
biostatistics: data monitoring committee|propensity score matching|hazard ratio|odds ratio
biostatistics: jsm conference|enar
herpetology: chytrid fungus|bsal|great crested newt
herpetology: caecilians|anurans|squamates|crocodilians
herpetology: society for the study of amphibians and reptiles|ssar
herpetology: amphibian and reptile conservation|arc trust
herpetology: copeia|snake hook
herpetology: road-cruising for snakes|frog call survey|drift fence|venomous snake handling
political philosophy: veil of ignorance|robert nozick
political philosophy: jean-jacques rousseau
political philosophy: niccolò machiavelli|isaiah berlin
political philosophy: two concepts of liberty|michael sandel|g.a. cohen
political philosophy: carl schmitt|leo strauss|quentin skinner|philip pettit
philosophy of mind: john searle
philosophy of mind: eliminative materialism|patricia churchland|paul churchland
philosophy of mind: p-zombie|mary's room
philosophy of mind: global workspace theory|integrated information theory|higher-order theories
philosophy of mind: andy clark|hilary putnam
philosophy of science: karl popper|falsificationism
philosophy of science: imre lakatos|paul feyerabend|against method|instrumentalism
philosophy of science: demarcation problem|underdetermination|bas van fraassen|logical positivism
philosophy of science: vienna circle|rudolf carnap|carl hempel|nancy cartwright|ian hacking
philosophy of science: inference to the best explanation|problem of induction|bayesian epistemology
philosophy of science: hps department
religious studies: mircea eliade|the protestant ethic
religious studies: aar annual meeting|iahr
religious studies: karen armstrong|huston smith|rudolf otto|ninian smart
religious studies: sacred and profane|jonathan z. smith
game theory: john nash|john von neumann|oskar morgenstern|thomas schelling|robert aumann
game theory: lloyd shapley|alvin roth
game theory: bayesian nash equilibrium
game theory: evolutionarily stable strategy|stag hunt
game theory: robert axelrod|minimax theorem|folk theorem
game theory: vickrey auction
sociolinguistics: william labov
sociolinguistics: diglossia
sociolinguistics: variationist|speech community|penelope eckert|peter trudgill
sociolinguistics: deborah tannen|john gumperz|dell hymes|language ideology|language shift
sociolinguistics: african american vernacular english
sociolinguistics: nwav|language in society|covert prestige
sociolinguistics: received pronunciation|estuary english|translanguaging
ethnomusicology: alan lomax|john blacking|bruno nettl|mantle hood|bimusicality
ethnomusicology: ictm|international council for traditional music
ethnomusicology: gagaku
ethnomusicology: music and ritual|organology|hornbostel-sachs
ethnomusicology: british library sound archive|world music studies|musical ethnography
ethnomusicology: transcription of oral traditions
art conservation: relining
art conservation: icom-cc
art conservation: istituto centrale per il restauro|x-radiography
art conservation: infrared reflectography|cross-section analysis|facing tissue
art conservation: museum conservator
public administration: mpa program
public administration: max weber bureaucracy
public administration: aspa|naspaa|hertie school
public administration: michael lipsky|performance budgeting
public administration: osborne and gaebler
peace and conflict studies: johan galtung|structural violence
peace and conflict studies: john paul lederach
peace and conflict studies: prio|ucdp|international crisis group
peace and conflict studies: un peacekeeping|ddr programmes|disarmament demobilization reintegration
peace and conflict studies: gene sharp
peace and conflict studies: erica chenoweth|usip
american history: apush
american history: declaration of independence|continental congress|george washington|thomas jefferson
american history: antietam
american history: progressive era|lewis and clark
american history: manifest destiny|louisiana purchase|federalist papers|jacksonian era
american history: david mccullough|gordon s. wood
shakespeare: first folio
shakespeare: the merchant of venice|henry v|coriolanus
shakespeare: bardolatry
shakespeare: sam wanamaker playhouse
shakespeare: christopher marlowe|ben jonson
literary theory: roland barthes|death of the author|structuralism|post-structuralism
literary theory: gérard genette|mikhail bakhtin|russian formalism|new criticism
literary theory: stephen greenblatt|edward said|orientalism
literary theory: gayatri spivak|homi bhabha|terry eagleton|fredric jameson
literary theory: wolfgang iser|stanley fish|julia kristeva|intertextuality
literary theory: harold bloom|paul de man
bible study: exegesis
bible study: king james version
bible study: bsf international
bible study: sermon on the mount
bible study: strong's concordance|septuagint|pauline epistles|minor prophets
atheism: freethinkers
atheism: christopher hitchens|sam harris|the god delusion
atheism: god is not great|american atheists|freedom from religion foundation|ffrf
atheism: national secular society|secular student alliance|recovering from religion
atheism: religious deconstruction|deconversion|exvangelical|ex-muslim|ex-mormon
atheism: the atheist experience
humanism: humanists international
humanism: amsterdam declaration|ethical culture
humanism: conway hall
humanism: center for inquiry|sunday assembly
quakers: george fox|margaret fell|john woolman
quakers: britain yearly meeting|friends general conference|afsc
quakers: american friends service committee|woodbrooke
quakers: advices and queries|clerk of meeting|meeting for business
quakers: friends journal|unprogrammed worship|programmed meeting|fwcc
orthodox christianity: great lent|iconostasis|hesychasm|philokalia|mount athos
orthodox christianity: saint john chrysostom|st basil the great
orthodox christianity: prosphora|panagia
orthodox christianity: kontakion|troparion|archimandrite|hieromonk|chrismation
youth ministry: young life
youth ministry: steubenville conference|confirmation retreat
youth ministry: passion conference|urbana conference|soul survivor
youth ministry: vacation bible school
youth ministry: doug fields|scripture union
interfaith dialogue: multi-faith
interfaith dialogue: religions for peace|interfaith youth core
interfaith dialogue: interfaith america|eboo patel|common word initiative
interfaith dialogue: nostra aetate|council of christians and jews|three faiths forum
interfaith dialogue: united religions initiative|interfaith week|kaiciid
interfaith dialogue: world council of churches|abrahamic faiths|abrahamic family house
interfaith dialogue: multi-faith chaplaincy
chaplaincy: spiritual care team
chaplaincy: mission to seafarers
electoral reform: instant runoff voting|mixed-member proportional
electoral reform: first past the post|fptp|independent redistricting commission
electoral reform: fairvote
electoral reform: fair vote canada|citizens' assembly
electoral reform: d'hondt method
electoral reform: sainte-laguë method
human trafficking: forced labor
human trafficking: a21 campaign|international justice mission
human trafficking: global slavery index|unseen uk
human trafficking: palermo protocol|unodc|tip report|hope for justice
human trafficking: stop the traffik
human trafficking: blue campaign
organ donation: unos|optn
organ donation: eurotransplant
organ donation: opt-out system|max and keira's law|bone marrow registry|be the match|dkms
organ donation: anthony nolan
nuclear disarmament: tpnw
nuclear disarmament: non-proliferation treaty
nuclear disarmament: comprehensive test ban treaty|ctbt|start treaty|inf treaty
nuclear disarmament: hibakusha|nagasaki day
nuclear disarmament: pugwash|arms control association|global zero|ploughshares fund|trident renewal
nuclear disarmament: greenham common|aldermaston march
restorative justice: victim-offender dialogue|family group conferencing
restorative justice: howard zehr|iirp
restorative justice: international institute for restorative practices
restorative justice: peacemaking circles|restorative schools
restorative justice: reintegrative shaming|john braithwaite|harm repair|victim awareness
restorative justice: restorative approaches
universal basic income: stockton economic empowerment demonstration|seed stockton
universal basic income: mincome|alaska permanent fund dividend
universal basic income: guy standing|rutger bregman|utopia for realists|andrew yang|freedom dividend
universal basic income: yang gang|mayors for a guaranteed income|mein grundeinkommen
universal basic income: ubi pilot|social dividend
cooperatives: mondragon|mondragon corporation
cooperatives: rochdale pioneers|rochdale principles
cooperatives: ncba clusa|employee ownership trust|esop
cooperatives: equal exchange|suma wholefoods
child protection: kcsie
child protection: nspcc|ecpat
child protection: internet watch foundation|ceop|national center for missing & exploited children
child protection: ncmec
child protection: convention on the rights of the child
developmental psychology: jean piaget's stages|concrete operational stage|formal operational stage
developmental psychology: scaffolding in vygotsky
developmental psychology: infant looking-time|baby lab|srcd biennial|harry harlow
positive psychology: martin seligman's perma|christopher peterson|via survey
demography: iussp conference|population and development review|fertility decline
demography: demographic ageing|population census microdata|ipums
conservation biology: species recovery plan|red list assessment
ethnomusicology: steven feld|kay kaufman shelemay|timothy rice|anthony seeger|jaap kunst
ethnomusicology: yearbook for traditional music|sem conference|musical fieldwork
public administration: policy implementation research
public administration: mpa degree
restorative justice: restorative circle|victim-offender conferencing
restorative justice: sentencing circles
political philosophy: will kymlicka|iris marion young|nancy fraser
political philosophy: the social contract rousseau
political philosophy: luck egalitarianism|public reason|the republic of plato
political philosophy: edmund burke
political philosophy: benjamin constant|alexis de tocqueville
child protection: section 47 enquiry|child in need plan
child protection: ofsted safeguarding
child protection: kidscape
shakespeare: the winter's tale|antony and cleopatra|measure for measure|titus andronicus
planetary science: apollo samples|chondrites|achondrite
planetary science: exoplanet characterization
philosophy of mind: ned block|anil seth
philosophy of mind: assc
american history: battle of gettysburg|battle of antietam|appomattox|boston tea party|valley forge
american history: reconstruction amendments
gender studies: hegemonic masculinities
social psychology: minimal group paradigm|obedience experiments|asch conformity
molecular biology: plasmid|pcr primers|primer design
religious studies: cesnur
biostatistics: statistics in medicine|statistical programmer
peace and conflict studies: peacebuilding commission
interfaith dialogue: interfaith leaders|interreligious relations
pyrography: woodburned|wood burner pen|woodburning pen
pyrography: pyrography tips|razertip|colwood|burnmaster|walnut hollow
pyrography: shader tip|wood burned sign|woodburned sign|basswood round
pyrography: burned wood art|woodburning kit|pyrography kit|pirograbado|brandmalerei|pirografia
basket weaving: willow rods|withies|stake and strand|coiled basketry
basket weaving: cestería|korbflechten|korbmacher|vannerie|vannier|intreccio di vimini|cestaria|randing
lacemaking: bucks point|needlelace
lacemaking: tatting shuttle|pricking card|klöppeln|klöppelspitze
lacemaking: dentellière|rendeira
dollhouse miniatures: room box|roombox|book nook
dollhouse miniatures: puppenhaus|puppenstube|maison de poupée
dollhouse miniatures: casa de muñecas|casa delle bambole|casa de bonecas
dollhouse miniatures: dollhouse lighting kit
floristry: floral designers|ikebana|ikenobo|sogetsu
floristry: ohara school|kenzan
floristry: fioraio
floristry: buttonhole flowers|boutonniere|flower farm
floristry: bloom & wild
perfume: perfumistas|fragheads|fragrantica|basenotes|parfumo
perfume: decants|eau de parfum|eau de toilette|extrait de parfum|sillage|drydown
perfume: creed aventus|baccarat rouge|maison francis kurkdjian|le labo|byredo|diptyque|serge lutens|guerlain
perfume: amouage|parfums de marly|tom ford private blend|xerjoff|chanel no 5|parfum|parfümeur|profumo
perfume: perfumaria
stationery: washi tapes|travelers notebook|midori notebook|rhodia|muji pens|zebra sarasa|pilot juice
stationery: pentel energel|uni-ball|gel pens|planner stickers|sticker sheets|happy planner|erin condren
stationery: plannerd|plannercommunity|plannergirl|papeterie|papelería
stationery: schreibwaren|cartoleria|papelaria|loft stationery|itoya
letter writing: snailmail|happy mail|happymail
letter writing: postcrossers|postcrosser|pen pal club|interpals|slowly app
letter writing: wax seal|wax seals|sealing wax|mailart|outgoing mail|incoming mail
letter writing: correspondencia|brieffreund|brieffreundin|correspondante|correspondant
letter writing: amico di penna
doll collecting: bjds
doll collecting: faceup artist|reborn artist|reborns
doll collecting: rainbow high|ever after high|pullip|volks sd|iplehouse
doll collecting: fairyland minifee
doll collecting: muñecas|puppensammler
doll collecting: bambole da collezione|bonecas
historical reenactment: re-enactors
historical reenactment: the sealed knot|regia anglorum|napoleonic association|ermine street guard|sca event
historical reenactment: society for creative|anachronism|pennsic|period correct
historical reenactment: authentic kit|muster roll|viking reenactor|roman reenactor
historical reenactment: reconstitueur
historical reenactment: rievocatore|recreación
historical reenactment: hema and living
radio controlled cars: rc truck|rc crawling|rc drift|rc drifting
radio controlled cars: rc buggy|rc bashing|traxxas|arrma|axial scx10|axial scx24
radio controlled cars: team associated|tamiya rc|kyosho|losi|hpi racing|redcat racing|element rc|team corally
radio controlled cars: xray rc|mugen seiki|brushless motor|lipo battery|esc and servo|1/10 scale
radio controlled cars: 1/8 scale|rc scaler|ferngesteuertes auto|voiture rc|automodellismo
radio controlled cars: carrinho rc
mushroom cultivation: grow kit|spawn bags|liquid culture|monotub
mushroom cultivation: martha tent|shotgun fruiting chamber|lions mane
mushroom cultivation: king oyster|pink oyster|blue oyster|reishi|flow hood|pressure cooker sterilization
mushroom cultivation: mycelium run|fruiting block|pilzzucht
prepping: survivalists|inch bag|shtf
prepping: teotwawki|grid down|bug out location|long term food storage|mylar bags
prepping: oxygen absorbers|freeze dried food|mountain house|augason farms|water storage barrels|berkey filter
prepping: sawyer squeeze|lifestraw|ham radio for emergencies|faraday cage|self reliance
live action roleplay: larped
live action roleplay: boffer|boffers|latex weapons|larp weapons|larp armour
live action roleplay: larp event|chamber larp|blockbuster larp|larpwriter
live action roleplay: drachenfest|conquest of mythodea|empire larp|lorien trust|profound decisions|dagorhir
live action roleplay: amtgard|belegarth|nero larp|knudepunkt|larpzeit|gn larp|gdr dal vivo
card games: rummikub|doppelkopf|tarot français|briscola
card games: spider solitaire|freecell|whist|bid whist
card games: crazy eights|go fish
card games: euchre night|pinochle club|schafkopf|jeu de cartes
card games: gioco di carte|jogo de cartas
world of warcraft: season of discovery|orgrimmar|stormwind
world of warcraft: ironforge|shadowlands|dragonflight|wrath of the lich king|burning crusade
world of warcraft: mists of pandaria|legion expansion|battle for azeroth|mythic plus|mythic+|m+ keys|raider.io
world of warcraft: wowhead|for the horde|lok'tar ogar|jaina|sylvanas|arthas
world of warcraft: illidan
final fantasy: ffxvi|ff16|chocobos
final fantasy: moogles|tifa lockhart|aerith|lightning returns|noctis|tidus
final fantasy: cactuar|limsa lominsa|gridania|ul'dah|endwalker|dawntrail|shadowbringers|stormblood|heavensward
final fantasy: hironobu sakaguchi|naoki yoshida|dancing mad
animal crossing: isabelle acnh|timmy and tommy|k.k. slider|kk slider|resetti
animal crossing: daisy mae|dodo code
animal crossing: nook miles|nookphone|bells and nook miles|raymond acnh|marshal acnh
animal crossing: audie acnh|happy home paradise|harv's island|nook's cranny|acnh island
the sims: mccc
the sims: wicked whims|basemental|not so berry
the sims: for rent pack|get to work pack|bella goth
the sims: mortimer goth|oasis springs|maxis|project rene|sul sul
paintball: nxl pro
paintball: planet eclipse|tippmann
paintball: snake side|dorito side|cpx sports|millennium series
snorkeling: snorkeling with manta rays|snorkel excursion|hanauma bay
snorkeling: molokini crater|great barrier reef snorkel|schnorchel
snorkeling: hacer esnórquel
wakeboarding: wakeskate|cablepark
wakeboarding: liquid force|ronix|hyperlite|backroll|tantrum trick|raley|waterski
wakeboarding: slalom ski
via ferrata: klettersteige
via ferrata: energy absorbing lanyard
via ferrata: sentiero attrezzato|ferrata delle trincee
via ferrata: hüttentour mit klettersteig|caminito del rey
via ferrata: y-lanyard
slacklining: rodeo line
slacklining: line rig|highline festival
slacklining: weblock|linegrip
bass fishing: largemouth
bass fishing: flw tour|topwater frog|flipping and pitching
bass fishing: lunker|hawg|bucketmouth|ranger boats
bass fishing: senko worm|wacky rigged senko|shaky head jig|football jig
cold water swimming: dryrobes|changing robe
cold water swimming: polar plunge|neoprene gloves|eisschwimmen|winterschwimmen
cold water swimming: nuoto invernale|natación invernal
cold water swimming: ice kilometre
cold water swimming: dipping club
snowmobiling: lynx snowmobile|yamaha sidewinder
snowmobiling: trail groomer|boondocking sled
snowmobiling: sled deck|timbersled|klim gear|motoneiges
snowmobiling: moto de nieve
dog agility: a-frame contact
dog agility: teeter totter|tunnel and tire|usdaa
dog agility: agility seminar|agility nationals
dog agility: jumpers with weaves
dog sports: bikejoring|skijoring|treibball|herding trial
tarantula keeping: tarantula sling|tarantula slings
tarantula keeping: terrestrial tarantula|brachypelma|poecilotheria
tarantula keeping: grammostola|chilean rose hair|mexican redknee|caribena versicolor
tarantula keeping: avicularia|greenbottle blue|premolt|post molt
tarantula keeping: inverts|isopods and tarantulas|scorpion keeper
tarantula keeping: vogelspinnen|mygales
snake keeping: hognose|kingsnake|reticulated python
snake keeping: green tree python|blood python|sand boa|rosy boa
snake keeping: ball python morph|banana morph|pastel ball|piebald ball python
snake keeping: het albino|danger noodle|danger noodles|sneks|rodent feeders
snake keeping: frozen thawed feeders|f/t feeding
sheep farming: tups|rams and ewes|hoggets|shearling|crutching
sheep farming: merino flock
sheep farming: hefted flock|one man and his dog
sheep farming: ovinocultura|ovelhas|schäferei|pastoralist|transhumance|orphan lambs
alpacas and llamas: huacaya|crias|alpaca farming
alpacas and llamas: alpaca breeders|llama trekking|llama walk
alpacas and llamas: alpaca fibre|alpaca fiber|guanaco|vicuña|camelid|british alpaca society
alpacas and llamas: alpaca owners association
alpacas and llamas: guard llama|alpaca walking
alpacas and llamas: llama farm
pet rats: critter nation|double critter
pet rats: boggling
pet rats: nfrs|farbratte
shark: elasmobranch
shark: tiburón|tiburones|haifisch|requin|requins|squalo|squali|tubarão
turtles and tortoises: sulcata|red-footed tortoise
turtles and tortoises: loggerhead|leatherback|hawksbill|olive ridley
turtles and tortoises: brumation|chelonian|tortugas
turtles and tortoises: schildkröten|tartarughe
aikido: irimi|tenkan|nikyo|sankyo|yonkyo|kotegaeshi|shihonage|iriminage|shomenuchi
aikido: yokomenuchi|katatedori|morihei ueshiba|o-sensei|yoshinkan
aikido: jo kata
aikido: suwariwaza
krav maga: ikmf
krav maga: imi lichtenfeld|imi sde-or|eyal yanilov|p1 grading|g1 grading
krav maga: kapap|israeli combatives|third party protection|knife defence
krav maga: knife defense|gun disarm|gun disarms
capoeira: berimbau|ginga|troca de cordas
capoeira: mestre bimba|mestre pastinha
capoeira: grupo muzenza|cordão de ouro|meia lua de compasso
capoeira: atabaque|ladainha
kettlebell training: strongfirst|dragon door|girevoy
kettlebell training: pavel tsatsouline|swing 10000
kettlebell training: kb swing|kb swings|ikff|ketaxe
kettlebell training: pesas rusas|pesa rusa|girya
indoor cycling: zwift race|zwifting|tacx neo
indoor cycling: turbo trainer|turbo session|power zone ride|les mills rpm
indoor cycling: les mills sprint|cyclebar|schwinn ac|keiser m3|spinning instructor
indoor cycling: vélo d'appartement
zumba: beto perez
zumba: zin network
dance fitness: clubbercise|sh'bam|bokwa|jazzercise
high intensity interval training: hiit workouts|hiit classes|hiit session
high intensity interval training: tabata workout|burpee challenge|orange theory fitness
high intensity interval training: insanity workout|p90x|les mills grit
high intensity interval training: hiit cardio|hiit circuit|hiit bootcamp|joe wicks hiit
high intensity interval training: kayla itsines|hiit at home|home hiit
petanque: fipjp|bocce court|volo boules
petanque: boule lyonnaise|obut|la boule bleue|bochas|boulespiel
petanque: bouliste|bocciofila|bocciofilo
lawn bowls: crown green
lawn bowls: drakes pride
lawn bowls: henselite
lawn bowls: rasenkegeln
line dancing: boot scootin boogie|cha cha slide|stepsheets
line dancing: honky tonk badonkadonk|linedance
line dancing: linedance kurs
disco: donna summer|bee gees|gloria gaynor|studio 54|village people|saturday night fever|boney m
disco: sister sledge|the trammps|chic freak out|paradise garage
disco: salsoul records|patrick hernandez|cerrone|dan hartman|anita ward|evelyn thomas
disco: kc and the sunshine band
disco: le freak|hot stuff donna summer
disco: casablanca records|west end records|tom moulton|francois kevorkian|boogie wonderland
grunge: layne staley|mother love bone|screaming trees|the melvins|green river|scott weiland
grunge: mark lanegan|andy wood|jerry cantrell|courtney love|krist novoselic|badmotorfinger|bleach album
grunge: temple of the dog|seattle sound|superunknown|vitalogy|mtv unplugged in new york
grunge: silverchair|candlebox|tad doyle|jar of flies|facelift album
grunge: nirvana unplugged|smells like teen spirit|black hole sun|jeremy pearl jam|man in the box
grunge: sub pop singles club
shoegaze: my bloody valentine|slowdive|kevin shields|loveless album|the jesus and mary chain|chapterhouse
shoegaze: swervedriver|catherine wheel|souvlaki album|alcest|pale saints|nowhere album
shoegaze: the pains of being pure at heart|cigarettes after sex|neil halstead
shoegaze: rachel goswell|bilinda butcher|isn't anything|drop nineteens
shoegaze: wall of reverb|glide guitar|bowery electric|flying saucer attack
shoegaze: sugar for the pill
ambient music: music for airports|harold budd|william basinski|stars of the lid
ambient music: tim hecker|global communication|steve roach|hiroshi yoshimura|kankyo ongaku|loscil
ambient music: eluvium|disintegration loops|tape loops
ambient music: hearts of space|laraaji|midori takada|satoshi ashikawa
ambient music: deep listening|pauline oliveros
ambient music: lustmord
trance: asot|ferry corsten|above and beyond
trance: group therapy|dreamstate|transmission festival|aly and fila
trance: markus schulz|gareth emery|infected mushroom|astrix|vini vici|boom festival
trance: darude|robert miles
trance: paul oakenfold|cosmic gate|andrew rayel|138 bpm|ozora festival
bossa nova: joão gilberto|tom jobim|antonio carlos jobim|astrud gilberto|vinicius de moraes
bossa nova: girl from ipanema|garota de ipanema|chega de saudade|desafinado|nara leão|sergio mendes
bossa nova: elis regina|caetano veloso|bebel gilberto|luiz bonfá|baden powell guitarist|getz gilberto
bossa nova: roberto menescal|carlos lyra|dorival caymmi|marcos valle|águas de março
bossa nova: wave antonio carlos jobim
bossa nova: the girl from ipanema|one note samba
celtic music: planxty|the dubliners|enya|lúnasa|fiddle tunes|jigs and reels|slip jigs
celtic music: fest-noz|festival interceltique|alan stivell|carlos núñez|cape breton fiddle
celtic music: natalie macmaster|the gloaming|lorient festival|ceilidh band
celtic music: céilí band|the bothy band|altan band|dervish band|liam o'flynn|kevin burke fiddle
celtic music: davy spillane|paddy moloney|the corrs|lúnasa band|solas band
video game music: koji kondo|yoko shimomura|mick gordon|lena raine|toby fox
video game music: austin wintory|jesper kyd|jeremy soule|yasunori mitsuda|chrono trigger soundtrack
video game music: distant worlds|ocremix|famitracker|lsdj
video game music: c418|darren korb|gareth coker|motoi sakuraba|hitoshi sakimoto|akira yamaoka
video game music: martin o'donnell
80s music: depeche mode|duran duran|new order|tears for fears|eurythmics|spandau ballet
80s music: culture club|cyndi lauper|simple minds|pet shop boys|human league|soft cell|ultravox
80s music: frankie goes to hollywood|kajagoogoo|bananarama|rick astley|level 42|talk talk|heaven 17
80s music: orchestral manoeuvres in the dark|abc band|new romantics|hair metal
80s music: go-go's
banjo: béla fleck|ralph stanley|noam pikelny|alison brown|scruggs style
banjo: gold tone|foggy mountain breakdown|old-time music
banjo: open g tuning|sonny osborne|tony trischka
banjo: pete seeger|don reno|ola belle reed|rhiannon giddens|abigail washburn
accordion: richard galliano
accordion: sanfona|castelfidardo|paolo soprani|yvette horner|flaco jiménez
accordion: free bass|stradella bass|bellows shake|weird al yankovic
accordion: zydeco|clifton chenier|steirische harmonika|schrammelmusik
clarinet: buffet crampon|vandoren|reed strength
clarinet: sabine meyer|martin fröst|richard stoltzman
clarinet: giora feidman|sidney bechet
clarinet: basset horn
trombone: sackbut|slide positions
trombone: j.j. johnson|tommy dorsey|christian lindberg|joseph alessi
trombone: bones section|conn 88h|bach 42|f attachment|slide oil
trombone: curtis fuller|frank rosolino|bill watrous|urbie green|wycliffe gordon
trombone: posaune
double bass: bottesini|edgar meyer|gary karr|ray brown|ron carter|scott lafaro
double bass: christian mcbride|german bow|french bow
double bass: dave holland|charlie haden|paul chambers|renaud garcia-fons
double bass: avishai cohen bassist|rufus reid|domenico dragonetti|simandl
double bass: pops' rosin|spirocore strings
harmonica: hohner marine band|lee oskar
harmonica: toots thielemans|howard levy|charlie musselwhite
harmonica: james cotton|junior wells|big walter horton|sonny terry|paul butterfield|kim wilson
harmonica: overblow|overbends|seydel
harmonica: harmonicist|jason ricci|buddy greene
mandolin: chris thile|sam bush|david grisman|ricky skaggs|sierra hull
mandolin: mandola|mandocello
mandolin: tremolo picking|avi avital|jacob do bandolim
mandolin: choro music|hamilton de holanda|punch brothers|nickel creek
mandolin: mike marshall|dawg music|jethro burns
lord of the rings: hobbiton|frodo baggins|bilbo baggins|samwise|aragorn|legolas
lord of the rings: rivendell|minas tirith|sauron|gollum
lord of the rings: peter jackson lotr|the two towers
lord of the rings: return of the king|tolkien society|unfinished tales|galadriel|rohirrim
lord of the rings: lotro|weta workshop|howard shore lotr|the prancing pony|second breakfast
lord of the rings: tolkien reading day|lotr extended edition
lord of the rings: helm's deep
studio ghibli: toshio suzuki|ponyo|castle in the sky|nausicaä|porco rosso
studio ghibli: grave of the fireflies|whisper of the heart|the wind rises|the boy and the heron|arrietty
studio ghibli: when marnie was there|no-face|catbus|calcifer|goro miyazaki
studio ghibli: tales from earthsea|the cat returns|pom poko|my neighbors the yamadas|from up on poppy hill
studio ghibli: the secret world of arrietty|the tale of the princess kaguya|howl's castle
studio ghibli: mononoke hime
game of thrones: winterfell|king's landing|targaryen|lannister|jon snow|daenerys
game of thrones: tyrion lannister|arya stark|cersei lannister
game of thrones: the night king|the wall westeros|valyrian|ned stark|hbo got|fire and blood
game of thrones: dunk and egg|white walkers
game of thrones: daenerys targaryen|sansa stark|the seven kingdoms
game of thrones: the small council|braavos|the iron islands|the night's watch
dc comics: green lantern|aquaman|teen titans|the new 52
dc comics: james gunn dcu|arkham asylum|bruce wayne|clark kent|lex luthor|nightwing|batgirl|catwoman
dc comics: darkseid|crisis on infinite earths
dc comics: young justice|swamp thing|batfamily
dc comics: martian manhunter
book clubs: read with jenna
book clubs: literary society
book clubs: reading circle
cozy mysteries: joanne fluke|hannah swensen|m. c. beaton|agatha raisin
cozy mysteries: hamish macbeth|father brown|midsomer murders|rosemary and thyme|alexander mccall smith
cozy mysteries: the no. 1 ladies' detective agency|three pines|armand gamache
cozy mysteries: diane mott davidson|lilian jackson braun|the cat who|ellery adams|jenn mckinlay|cleo coyle
cozy mysteries: amateur detective
cozy mysteries: st. mary mead|the marlow murder club
dystopian fiction: nineteen eighty-four|aldous huxley
dystopian fiction: the giver|lois lowry|never let me go|the road cormac mccarthy|station eleven
dystopian fiction: children of men|oryx and crake|the testaments|maze runner|a clockwork orange
dystopian fiction: anthony burgess|big brother is watching|we by zamyatin|yevgeny zamyatin
dystopian fiction: the power alderman
dystopian fiction: the running man|logan's run|uglies westerfeld|matched ally condie
dystopian fiction: the hunger games trilogy|district 12|gilead handmaid
steampunk: brass goggles|the difference engine
steampunk: twenty thousand leagues under the sea|leviathan westerfeld|gail carriger
steampunk: the parasol protectorate|boneshaker|cherie priest
steampunk: brass and gears|league of extraordinary gentlemen
steampunk: sky pirates|airship pirates|abney park|professor elemental
steampunk: mortal engines|bioshock infinite
macro photography: focus stacking|extension tubes|laowa 2x|mp-e 65|raynox dcr-250
macro photography: helicon focus|zerene stacker|diffuser flash|ring flash|reversed lens
macro photography: 1:1 magnification
macro photography: close-up filter|focus bracketing|stack of 50 frames
fashion photography: editorial shoot|campaign shoot|test shoot
fashion photography: helmut newton|mario testino|peter lindbergh
fashion photography: steven meisel|nick knight|tim walker|guy bourdin|ellen von unwerth|paolo roversi
fashion photography: i-d magazine
fashion photography: beauty editorial|models.com|model agency|mood board
fashion photography: vogue italia|w magazine|juergen teller|corinne day|herb ritts
textile art: anni albers|sheila hicks|magdalena abakanowicz|faith ringgold
textile art: el anatsui|nick cave soundsuits|ghada amer|tracey emin quilts
textile art: eco printing|natural dyes|indigo dyeing|shibori|wall hanging
textile art: craft council|slow stitch|boro stitching
line dancing: achy breaky heart
line dancing: cowboy hustle|copperhead road|watermelon crawl|tush push
line dancing: step sheet|grapevine step|boot scoot
line dancing: texas two step
line dancing: cotton eye joe
line dancing: achy breaky
burlesque: dita von teese|gypsy rose lee
burlesque: tassel twirling|cabaret show
burlesque: immodesty blaize|michelle l'amour|dirty martini|striptease artiste
burlesque: the crazy horse|crazy horse paris|moulin rouge
burlesque: bettie page|lili st. cyr|sally rand|tempest storm|miss exotic world
hip hop dance: jabbawockeez|kinjaz|les twins
hip hop dance: parris goebel|millennium dance complex
hip hop dance: matt steffanina|ian eastwood|choreographer reel
hip hop dance: locking dancer|boogaloo popping|electric boogaloo
hip hop dance: krump session
hip hop dance: steezy|steezy studio|the kinjaz|waack|krump battle|choreography class
italian cuisine: cacio e pepe|amatriciana|tagliatelle|ragù alla bolognese
italian cuisine: osso buco|tiramisù|arancini|cicchetti|aperitivo|antipasti
italian cuisine: burrata|guanciale|pecorino romano|pesto genovese
italian cuisine: gino d'acampo|antonio carluccio
italian cuisine: orecchiette|ossobuco|panna cotta
italian cuisine: ragù napoletano|saltimbocca|vitello tonnato|bistecca alla fiorentina
italian cuisine: pizzoccheri|tortellini in brodo|trofie al pesto|bucatini all'amatriciana
italian cuisine: pappardelle al cinghiale
korean food: bibimbap|japchae|galbi
korean food: doenjang|kbbq|mandu|sundubu
korean food: naengmyeon|kimbap|gimbap|hotteok|makgeolli|maangchi|ramyeon|buldak|bingsu
korean food: jajangmyeon|budae jjigae|dakgalbi|seolleongtang|pajeon
korean food: gochugaru
indian food: butter chicken|tikka masala|dal makhani|palak paneer
indian food: idli|sambar|gol gappa|pav bhaji
indian food: garam masala|rogan josh|chole bhature|rasam
indian food: ranveer brar|sanjeev kapoor|madhur jaffrey|vikas khanna|hebbars kitchen|masala dabba
indian food: gulab jamun|jalebi|kheer
rum: rhum agricole|appleton estate|mount gay|clairin|havana club
rum: bacardi|captain morgan|hampden estate|worthy park
rum: dark 'n' stormy|ti' punch
rum: richard seale|velier|luca gargano|smith and cross|jamaican funk
ice cream: affogato|ben & jerry's
ice cream: häagen-dazs|baskin-robbins|jeni's splendid|salt & straw|van leeuwen
ice cream: ninja creami|pacojet|stracciatella|pistachio gelato
ice cream: mr whippy|99 flake
ice cream: rocky road|kulfi|dippin' dots
bubble tea: chatime|gong cha|tiger sugar|sharetea|yi fang
bubble tea: lychee jelly|grass jelly
bubble tea: bobarista|less ice less sugar|50% sugar|tapioca balls
bubble tea: chun shui tang|the alley boba|xing fu tang|yi dian dian|heytea|mixue
fine dining: two michelin stars|three michelin stars|mugaritz|arzak
fine dining: geranium copenhagen|virgilio martínez|mirazur|mauro colagreco|disfrutar
fine dining: le bernardin|eric ripert|daniel humm|massimo bottura's|anne-sophie pic|hélène darroze
fine dining: clare smyth|core by clare smyth|the ledbury|sat bains|l'enclume|simon rogan|dominique crenn
fine dining: atelier crenn|guy savoy|paul bocuse|bocuse d'or|le gavroche
perfume: baccarat rouge 540
perfume: frederic malle
perfume: jo malone|penhaligon's|nishane|lattafa
perfume: top notes|heart notes|base notes
nail art: builder gel|gel polish
nail art: dip powder|cuticle oil
nail art: essie|cnd shellac|dnd gel|kiara sky|the gel bottle
nail art: gel-x|polygel|e-file
streetwear: stüssy|bape|a bathing ape|fear of god|essentials fog|corteiz|trapstar|aimé leon dore
streetwear: carhartt wip|stone island|complex con|vlone|chrome hearts
streetwear: anti social social club|billionaire boys club|undercover jun takahashi|nigo|kanye yeezy
streetwear: yeezy gap|cactus plant flea market|sp5der|broken planet|supreme box logo
streetwear: palace drop|bape shark hoodie|hellstar|denim tears
vintage fashion: tea dress
vintage fashion: what katie did
vintage fashion: lindy bop|hell bunny
floristry: tablescape flowers|floral arch|wreath making
floristry: seasonal flowers|flower market|columbia road market
floristry: dutch flower auction
floristry: constance spry|flower subscription|peonies bouquet
feng shui: bagua|chi flow|lo pan|luopan
feng shui: wealth corner|commanding position|vastu shastra
feng shui: lillian too
feng shui: kua number|annual afflictions|chinese geomancy
feng shui: bagua mirror|eight mansions
luxury travel: ritz-carlton|belmond|rosewood hotels|six senses|mandarin oriental
luxury travel: soneva|one&only|peninsula hotel|condé nast traveler
luxury travel: overwater villa|first class suite|butler service
luxury travel: relais & châteaux|leading hotels of the world|orient express|venice simplon|amanpuri
luxury travel: singita|burj al arab
castles: neuschwanstein|château de chambord|alhambra
castles: eilean donan
castles: historic scotland|motte and bailey
castles: mont saint-michel
castles: hochosterwitz
"""

LEXICON_TEXT = """

# Spanish
yesero=plasterer|yeseros=plasterers|enlucido=plastering|revoque=plaster render|enyesado=plastering
alicatador=wall tiler|solador=floor tiler|azulejero=tiler|alicatado=wall tiling|baldosas=floor tiles
cristalero=glazier|acristalamiento=glazing|doble acristalamiento=double glazing|andamio=scaffold
andamios=scaffolding|andamiero=scaffolder|gasista=gas engineer|instalador de gas=gas engineer|calderas=boilers
zapatero=shoemaker cobbler|zapatería artesanal=handmade shoemaking|remendón=cobbler|herrador=farrier
herraje=horseshoeing|herradura=horseshoe|control de plagas=pest control|plagas=pests
fumigador=pest control technician|desratización=rodent control|conductor de autobús=bus driver
chófer de autobús=bus driver|maquinista de tren=train driver|maquinista=train driver
azafata de vuelo=flight attendant|tripulantes de cabina=cabin crew|tcp aerolínea=cabin crew
taxista=taxi driver|taxistas=taxi drivers|transitario=freight forwarder|agente de aduanas=customs broker
carga aérea=air freight|carga marítima=ocean freight|gestor de flotas=fleet manager
gestión de flotas=fleet management|oposiciones=civil service exams|opositor=civil service exam candidate
opositora=civil service exam candidate|libertad condicional=probation parole
funcionario de prisiones=prison officer|prisiones=prisons|centro penitenciario=prison
cartero=postman mail carrier|cartera de correos=postwoman|socorrismo=lifeguarding
operador de emergencias=emergency dispatcher|centro de emergencias=emergency dispatch centre
recogida de basuras=refuse collection|gestión de residuos=waste management|residuos=waste|vertedero=landfill
basurero=refuse collector|flebotomista=phlebotomist|extracción de sangre=blood draw
terapeuta respiratorio=respiratory therapist|podólogo=podiatrist|podóloga=podiatrist|podología=podiatry
codificación clínica=clinical coding|codificador médico=medical coder
ortopedia técnica=prosthetics and orthotics|ortoprotésico=prosthetist orthotist|prótesis=prosthesis
órtesis=orthosis|auxiliar veterinario=veterinary nurse|técnico veterinario=veterinary technician
funeraria=funeral home|tanatorio=funeral home|tanatopractor=embalmer|enterrador=gravedigger
análisis clínicos=clinical laboratory analysis|técnico de laboratorio=lab technician
cromatografía=chromatography|espectrometría de masas=mass spectrometry|microscopía=microscopy
microscopio=microscope|edafología=soil science|figurinista=costume designer
diseño de iluminación=lighting design|regiduría=stage management|florista=florist|floristería=florist shop
arreglos florales=flower arrangements|efectos visuales=visual effects
interpretación simultánea=simultaneous interpreting|restauradora=conservator restorer
restauración de arte=art conservation|nómina=payroll|técnico de nóminas=payroll specialist
asistente legal=paralegal|gestor de instalaciones=facilities manager|actuario=actuary|actuaria=actuary
ciencias actuariales=actuarial science|administrador de fincas=property manager
administración de fincas=property management|alicatar=to tile walls|solado=floor tiling|andamiaje=scaffolding
instalador de calefacción=heating engineer|zapatero artesano=shoemaker|herrero de caballos=farrier
exterminador=exterminator|conductora de autobús=bus driver|conductor de tren=train driver
auxiliar de vuelo=flight attendant|sobrecargo=purser flight attendant|conductor de uber=rideshare driver
transitarios=freight forwarders|conocimiento de embarque=bill of lading
funcionario de carrera=career civil servant|agente de la condicional=probation officer
centro de clasificación postal=mail sorting office|repartidor de correos=mail carrier|guardavidas=lifeguard
operadora de emergencias=emergency dispatcher|basureros=refuse collectors|flebotomía=phlebotomy
extraccionista=phlebotomist|terapia respiratoria=respiratory therapy
ventilación mecánica=mechanical ventilation|quiropodista=chiropodist|higiene dental=dental hygiene
limpieza dental=dental cleaning|facturación médica=medical billing|protésico=prosthetist|ortesista=orthotist
enfermería veterinaria=veterinary nursing|funerario=funeral director|servicios funerarios=funeral services
técnico de laboratorio clínico=medical lab technician|espectrometría=spectrometry|microscopista=microscopist
ciencia del suelo=soil science|diseño de vestuario=costume design|vestuarista=costume maker
técnico de iluminación=lighting technician|jefe de escena=stage manager|ramos de novia=bridal bouquets
postproducción digital=digital post production|interpretación de conferencias=conference interpreting
conservación de obras de arte=art conservation|gestión de nóminas=payroll management
pasante de abogado=paralegal|mantenimiento de edificios=building maintenance
# German
stuckateur=plasterer|stuckateurin=plasterer|verputzer=plasterer|verputzen=plastering|fliesenleger=tiler
fliesenlegerin=tiler|fliesen=tiles|glaser=glazier|glaserei=glazing workshop|gerüstbauer=scaffolder
gerüstbau=scaffolding|gerüst=scaffold|heizungsbauer=heating engineer|gasinstallateur=gas fitter
schuhmacher=shoemaker|schuster=cobbler|hufschmied=farrier|hufbeschlag=horseshoeing
schädlingsbekämpfer=pest controller|schädlingsbekämpfung=pest control|kammerjäger=exterminator
busfahrer=bus driver|busfahrerin=bus driver|lokführer=train driver|lokführerin=train driver
triebfahrzeugführer=train driver|taxifahrer=taxi driver|taxifahrerin=taxi driver|spediteur=freight forwarder
speditionskaufmann=freight forwarding clerk|fuhrpark=vehicle fleet|fuhrparkleiter=fleet manager
verwaltungsbeamter=civil servant|bewährungshelfer=probation officer|bewährungshilfe=probation service
justizvollzugsbeamter=prison officer|briefträger=postman|briefträgerin=postwoman|postbote=postman
postbotin=postwoman|zusteller=delivery carrier|rettungsschwimmer=lifeguard|rettungsschwimmerin=lifeguard
leitstelle=emergency dispatch centre|disponent=dispatcher|müllabfuhr=refuse collection
müllmann=refuse collector|abfallwirtschaft=waste management|blutabnahme=blood draw|podologe=podiatrist
podologin=podiatrist|podologie=podiatry|prophylaxe=dental prophylaxis|kodierfachkraft=clinical coder
orthopädietechniker=prosthetist orthotist|orthopädietechnik=prosthetics and orthotics|prothese=prosthesis
bestatter=funeral director|bestatterin=funeral director|bestattungsinstitut=funeral home
laborant=lab technician|laborantin=lab technician|chromatographie=chromatography
massenspektrometrie=mass spectrometry|mikroskopie=microscopy|mikroskop=microscope|bodenkunde=soil science
kostümbildner=costume designer|kostümbildnerin=costume designer|gewandmeisterin=costume supervisor
lichtdesigner=lighting designer|beleuchter=lighting technician|inspizient=stage manager
inspizientin=stage manager|floristin=florist|blumenladen=flower shop|visuelle effekte=visual effects
dolmetscher=interpreter|dolmetscherin=interpreter|dolmetschen=interpreting|restaurator=conservator restorer
restauratorin=conservator restorer|entgeltabrechnung=payroll|lohnabrechnung=payroll
rechtsanwaltsfachangestellte=paralegal|gebäudemanagement=facilities management
hausmeister=caretaker facilities|aktuar=actuary|aktuarin=actuary|versicherungsmathematik=actuarial science
hausverwaltung=property management|immobilienverwalter=property manager|verputzer und maler=plasterer
trockenbauer=drywall installer|fliesenarbeiten=tiling work|fensterbauer=window fitter|gasheizung=gas heating
schuhreparatur=shoe repair|hufpflege=hoof care|kammerjägerin=exterminator|linienbus=public service bus
omnibusfahrer=bus driver|zugführer=train conductor driver|flugbegleitung=cabin crew|kabinenpersonal=cabin crew
taxiunternehmer=taxi operator|frachtbrief=bill of lading|fuhrparkmanagement=fleet management
verwaltungsdienst=civil service administration|straffälligenhilfe=offender rehabilitation
justizvollzugsanstalt=prison|postzusteller=mail carrier|briefzentrum=mail sorting centre
rettungsleitstelle=emergency dispatch centre|notrufzentrale=emergency call centre|entsorgung=waste disposal
wertstoffhof=recycling centre|phlebotomie=phlebotomy|fußpflege=foot care|zahnreinigung=dental cleaning
medizinische kodierung=medical coding|prothetik=prosthetics|orthetik=orthotics|bestattung=funeral
beerdigungsinstitut=funeral home|medizinisches labor=medical laboratory|spektroskopie=spectroscopy
elektronenmikroskop=electron microscope|bodenprobe=soil sample|kostümbild=costume design
lichtgestaltung=lighting design|bühnenmeister=stage master|blumengeschäft=flower shop|blumenbinderin=florist
spezialeffekte=special effects|konferenzdolmetschen=conference interpreting
gemälderestaurierung=painting restoration|gehaltsabrechnung=payroll|versicherungsmathematiker=actuary
mieterbetreuung=tenant management
# French
plâtrier=plasterer|plâtrerie=plastering|enduit=plaster render|plaquiste=drywall installer|carreleur=tiler
carrelage=tiling|faïencier=wall tiler|vitrier=glazier|miroitier=glazier|vitrerie=glazing
double vitrage=double glazing|échafaudeur=scaffolder|échafaudage=scaffolding|cordonnier=cobbler
bottier=bootmaker|maréchal-ferrant=farrier|ferrure=horseshoeing|dératisation=rodent control
désinsectisation=pest control|conducteur de bus=bus driver|conducteur de train=train driver
chauffeur de taxi=taxi driver|chauffeur vtc=ride hailing driver|commissionnaire de transport=freight forwarder
gestionnaire de flotte=fleet manager|surveillant pénitentiaire=prison officer|facteur=postman
factrice=postwoman|maître-nageur=lifeguard|maître nageur sauveteur=lifeguard
régulateur samu=emergency dispatcher|éboueur=refuse collector|gestion des déchets=waste management
prise de sang=blood draw|préleveur=phlebotomist|podologue=podiatrist|pédicure-podologue=podiatrist
hygiéniste dentaire=dental hygienist|codage médical=medical coding|orthoprothésiste=prosthetist orthotist
pompes funèbres=funeral services|thanatopracteur=embalmer|croque-mort=undertaker
technicien de laboratoire=lab technician|biologie médicale=medical laboratory science|microscopie=microscopy
pédologie=soil science|science du sol=soil science|costumier=costume maker|costumière=costume maker
éclairagiste=lighting designer|régie plateau=stage management|fleuriste=florist
effets visuels=visual effects|interprétariat=interpreting|restaurateur d'art=art conservator
gestionnaire de paie=payroll specialist|assistant juridique=paralegal|services généraux=facilities management
actuaire=actuary|actuariat=actuarial science|gestionnaire locatif=property manager|syndic=property management
enduiseur=plasterer|poseur de carrelage=tile layer|menuiserie alu=aluminium window fitting
échafaudages=scaffolding|installateur gaz=gas fitter|cordonnerie=shoe repair|podo-orthésiste=orthotist
dératiseur=rodent control technician|chauffeur de bus=bus driver|conductrice de bus=bus driver
conducteur de métro=metro driver|personnel navigant=cabin crew|chef de cabine=cabin manager
chauffeur uber=rideshare driver|dédouanement=customs clearance|lettre de transport=waybill
flotte automobile=vehicle fleet|agent public=civil servant|concours administratif=civil service exam
conseiller de probation=probation officer|centre de tri=mail sorting centre
surveillant de baignade=lifeguard|centre 15=emergency medical dispatch|ramassage des ordures=refuse collection
déchetterie=recycling centre|préleveuse=phlebotomist|kinésithérapeute respiratoire=respiratory physiotherapist
hygiène bucco-dentaire=dental hygiene|codeur médical=medical coder|prothésiste=prosthetist
orthésiste=orthotist|conseiller funéraire=funeral arranger|maître de cérémonie funéraire=funeral director
laboratoire d'analyses=medical laboratory|spectrométrie de masse=mass spectrometry
microscope électronique=electron microscope|agronomie des sols=soil science|habilleuse=dresser wardrobe
créateur lumière=lighting designer|régisseuse=stage manager|composition florale=flower arrangement
compositeur vfx=vfx compositor|interprétation simultanée=simultaneous interpreting
conservateur-restaurateur=conservator restorer|restauration de tableaux=painting restoration
bulletin de salaire=payslip|clerc d'avocat=paralegal|responsable maintenance=maintenance manager
gestion locative=property management
# Italian
intonacatore=plasterer|intonaco=plaster render|cartongessista=drywall installer|piastrellista=tiler
piastrelle=tiles|vetraio=glazier|serramentista=window fitter|ponteggiatore=scaffolder|ponteggio=scaffolding
caldaista=boiler engineer|calzolaio=cobbler shoemaker|maniscalco=farrier|ferratura=horseshoeing
disinfestazione=pest control|derattizzazione=rodent control|autista di autobus=bus driver
macchinista ferroviario=train driver|hostess di volo=flight attendant|tassista=taxi driver
spedizioniere=freight forwarder|spedizioni internazionali=freight forwarding|gestione flotte=fleet management
dipendente pubblico=civil servant|polizia penitenziaria=prison officers|agente penitenziario=prison officer
postino=postman|postina=postwoman|bagnino=lifeguard|bagnina=lifeguard|assistente bagnanti=lifeguard
operatore 112=emergency dispatcher|netturbino=refuse collector|operatore ecologico=refuse collector
gestione dei rifiuti=waste management|prelievo di sangue=blood draw
codifica clinica=clinical coding|tecnico ortopedico=prosthetist orthotist
infermiere veterinario=veterinary nurse|impresa funebre=funeral home|onoranze funebri=funeral services
tecnico di laboratorio=lab technician
scienza del suolo=soil science|pedologia=soil science|costumista=costume designer
datore luci=lighting designer|direttore di scena=stage manager|fiorista=florist|fioraio=florist
effetti visivi=visual effects|interprete=interpreter|interpretariato=interpreting|restauratore=art conservator
restauratrice=art conservator|restauro=art restoration|addetto paghe=payroll clerk|buste paga=payroll
assistente legale=paralegal|attuario=actuary|scienze attuariali=actuarial science
amministratore di condominio=property manager|stuccatore=plasterer|rasatura=skim coat
posatore di piastrelle=tile layer|serramenti=windows and doors|ponteggi=scaffolding
idraulico e caldaista=plumber and boiler engineer|calzoleria=shoe repair shop|scarpe su misura=bespoke shoes
ferrare i cavalli=shoe horses|derattizzatore=rodent control technician|conducente di autobus=bus driver
capotreno=train conductor|macchinisti=train drivers|equipaggio di cabina=cabin crew|capo cabina=cabin manager
sdoganamento=customs clearance|casa di spedizioni=freight forwarding company
parco auto aziendale=company vehicle fleet|concorso pubblico=civil service exam
dipendenti pubblici=civil servants|libertà vigilata=probation|portalettere=mail carrier
smistamento postale=mail sorting|centrale operativa 118=emergency dispatch centre
raccolta differenziata=waste sorting collection|raccolta rifiuti=refuse collection
fisioterapia respiratoria=respiratory physiotherapy|pedicure curativo=podiatric foot care
ablazione tartaro=dental scaling|fatturazione sanitaria=medical billing
tecnico ortopedico protesista=prosthetist|pompe funebri=funeral services|tanatoesteta=mortuary cosmetologist
laboratorio analisi=clinical laboratory|spettrometria di massa=mass spectrometry
microscopio elettronico=electron microscope|sartoria teatrale=theatre costume workshop
illuminotecnica=lighting design|assistente di scena=assistant stage manager
composizioni floreali=flower arrangements|interpretazione simultanea=simultaneous interpreting
restauro dipinti=painting restoration|elaborazione paghe=payroll processing
praticante avvocato=trainee lawyer paralegal|attuari=actuaries
amministrazione condominiale=property management
# Portuguese
gesseiro=plasterer|reboco=plaster render|estucador=plasterer|azulejista=tiler|ladrilhador=tiler
vidraceiro=glazier|vidraçaria=glazing shop|montador de andaimes=scaffolder|andaime=scaffold
técnico de gás=gas engineer|sapateiro=shoemaker cobbler|ferrador=farrier|dedetização=pest control
dedetizadora=pest control company|motorista de ônibus=bus driver|motorista de autocarro=bus driver
maquinista de comboio=train driver|motorista de aplicativo=ride hailing driver
despachante aduaneiro=customs broker|agente de cargas=freight forwarder|gestão de frotas=fleet management
concurso público=civil service exam|concurseiro=civil service exam candidate
agente penitenciário=prison officer|carteiro=postman|salva-vidas=lifeguard|nadador-salvador=lifeguard
guarda-vidas=lifeguard|coleta de lixo=refuse collection|gari=street sweeper refuse collector
gestão de resíduos=waste management|coleta de sangue=blood draw|podologista=podiatrist
higienista oral=dental hygienist|codificação clínica=clinical coding
agente funerário=funeral director
biomédico=biomedical scientist|análises clínicas=clinical laboratory analysis|ciência do solo=soil science
contrarregra=stage manager|floricultura=flower shop|efeitos visuais=visual effects
interpretação simultânea=simultaneous interpreting|folha de pagamento=payroll
departamento pessoal=payroll and personnel|assistente jurídico=paralegal|atuário=actuary
ciências atuariais=actuarial science|administradora de imóveis=property management company
administração de condomínios=property management|vidros e caixilharia=glazing and window frames
andaimes=scaffolding|sapataria=shoe repair shop|controle de pragas=pest control
motorista de autocarro de turismo=coach driver|condutor de comboio=train driver
tripulante de cabine=cabin crew|chefe de cabine=cabin manager|agente de carga=freight forwarder
desembaraço aduaneiro=customs clearance|gestor de frota=fleet manager
concursos públicos=civil service exams|centro de distribuição postal=mail sorting centre
guarda-vidas civil=lifeguard|central de emergência=emergency dispatch centre
samu 192=emergency medical service|coletor de lixo=refuse collector
higiene bucal=oral hygiene
faturamento hospitalar=hospital billing|enfermagem veterinária=veterinary nursing|tanatopraxia=embalming
laboratório de análises clínicas=clinical laboratory|espectrometria de massas=mass spectrometry
figurino=costume design|iluminação cênica=stage lighting
direção de cena=stage management|arranjos florais=flower arrangements|floricultora=florist
efeitos especiais=special effects|intérprete de conferência=conference interpreter
restauro de obras de arte=art conservation|conservação e restauro=conservation and restoration
holerite=payslip|contracheque=payslip|auxiliar jurídico=paralegal|gestão predial=facilities management
ciência atuarial=actuarial science

# Spanish
cinematográficos=film studies|estudios de género=gender studies
psicología social=social psychology
psicología del desarrollo=developmental psychology|psicología forense=forensic psychology
psicología positiva=positive psychology|demografía=demography|demógrafo=demographer|demógrafa=demographer
natalidad=birth rate|mortalidad=mortality|cosmología=cosmology|cosmólogo=cosmologist
planetología=planetary science
biología de la conservación=conservation biology
especies amenazadas=endangered species|suelos=soils
sismólogo=seismologist|terremotos=earthquakes|sismo=earthquake
bioestadística=biostatistics|bioestadístico=biostatistician|herpetología=herpetology|anfibios=amphibians
filosofía política=political philosophy|filosofía de la mente=philosophy of mind|conciencia=consciousness
ciencias de la religión=religious studies
teoría de juegos=game theory|etnomusicología=ethnomusicology
restaurador=art conservator|restauración=restoration conservation
construcción de paz=peacebuilding|historia de estados unidos=american history|teoría literaria=literary theory
estudio bíblico=bible study|ateo=atheist|atea=atheist|ateísmo=atheism|humanista=humanist
cuáquero=quaker|cuáqueros=quakers|ortodoxo=orthodox|ortodoxa=orthodox|pastor juvenil=youth pastor
interreligioso=interfaith|capellán=chaplain|capellanía=chaplaincy|reforma electoral=electoral reform
trata de personas=human trafficking|esclavitud moderna=modern slavery|donación de órganos=organ donation
donante=donor|trasplante=transplant|desarme nuclear=nuclear disarmament
justicia restaurativa=restorative justice
renta básica=basic income|cooperativa=cooperative|cooperativismo=cooperative movement
protección infantil=child protection|infancia=childhood children
estudios de cine=film studies|teoría del cine=film theory|crítica cinematográfica=film criticism
perspectiva de género=gender perspective|psicólogo social=social psychologist
desarrollo infantil=child development
psicólogo forense=forensic psychologist|perfilador criminal=criminal profiler|felicidad=happiness
censo=census|esperanza de vida=life expectancy|materia oscura=dark matter|energía oscura=dark energy
biólogo molecular=molecular biologist|planetas=planets|asteroides=asteroids|isótopos=isotopes
conservacionista=conservationist|suelo=soil|fertilidad del suelo=soil fertility
sismógrafo=seismograph|reptiles y anfibios=reptiles and amphibians
serpientes=snakes|ranas=frogs|filósofo político=political philosopher
conciencia fenoménica=phenomenal consciousness|religiones comparadas=comparative religion
equilibrio de nash=nash equilibrium|dialectos=dialects|variación lingüística=language variation
música tradicional=traditional music|conservadora-restauradora=art conservator
gestión pública=public management
resolución de conflictos=conflict resolution|guerra civil estadounidense=american civil war
crítica literaria=literary criticism|escrituras=scriptures|ateos=atheists|laicismo=secularism
humanismo secular=secular humanism|iglesia ortodoxa=orthodox church|grupo de jóvenes=youth group
diálogo interreligioso=interfaith dialogue|representación proporcional=proportional representation
trabajo forzoso=forced labour|armas nucleares=nuclear weapons|mediación penal=victim offender mediation
ingreso básico=basic income|cooperativas=cooperatives|maltrato infantil=child abuse
# German
filmwissenschaft=film studies|geschlechterforschung=gender studies|sozialpsychologie=social psychology
entwicklungspsychologie=developmental psychology|rechtspsychologie=forensic psychology
positive psychologie=positive psychology|demografie=demography|demographie=demography|geburtenrate=birth rate
kosmologie=cosmology|urknall=big bang|planetologie=planetary science
naturschutzbiologie=conservation biology
seismologie=seismology
biostatistik=biostatistics|herpetologie=herpetology|amphibien=amphibians
politische philosophie=political philosophy|philosophie des geistes=philosophy of mind
bewusstsein=consciousness
wissenschaftstheorie=philosophy of science|religionswissenschaft=religious studies|spieltheorie=game theory
soziolinguistik=sociolinguistics|musikethnologie=ethnomusicology
öffentliche verwaltung=public administration
friedensforschung=peace research
amerikanische geschichte=american history|literaturtheorie=literary theory
literaturwissenschaft=literary studies
bibelkreis=bible study|atheistin=atheist|atheist=atheist|humanistin=humanist|quäker=quaker
orthodoxe=orthodox|jugendpastor=youth pastor|jugendarbeit=youth work|interreligiös=interfaith
seelsorger=chaplain|seelsorgerin=chaplain|seelsorge=pastoral care chaplaincy|wahlrechtsreform=electoral reform
menschenhandel=human trafficking|zwangsarbeit=forced labour|organspende=organ donation
organspender=organ donor
transplantation=transplant|abrüstung=disarmament|atomwaffen=nuclear weapons|grundeinkommen=basic income
genossenschaft=cooperative|genossenschaften=cooperatives|kinderschutz=child protection
filmtheorie=film theory|feministische theorie=feminist theory
kindesentwicklung=child development|forensische psychologie=forensic psychology
glücksforschung=happiness research
volkszählung=census|lebenserwartung=life expectancy|bevölkerungsforschung=population research
dunkle materie=dark matter|kosmologe=cosmologist|molekularbiologin=molecular biologist
planetenforschung=planetary science
atomkern=atomic nucleus|bodenkundler=soil scientist|seismologe=seismologist
reptilien und amphibien=reptiles and amphibians|schlangen=snakes
politische theorie=political theory|bewusstseinsphilosophie=philosophy of mind
religionswissenschaftler=religious studies scholar|nash-gleichgewicht=nash equilibrium|dialekte=dialects
volksmusikforschung=folk music research
friedens- und konfliktforschung=peace and conflict studies|us-geschichte=american history
literaturkritik=literary criticism|bibelstunde=bible study|atheismus=atheism|humanismus=humanism
orthodoxie=orthodox christianity|jugendgruppe=youth group|interreligiöser dialog=interfaith dialogue
krankenhausseelsorge=hospital chaplaincy|verhältniswahlrecht=proportional representation
moderne sklaverei=modern slavery|organspendeausweis=organ donor card|atomare abrüstung=nuclear disarmament
täter-opfer-ausgleich=victim offender mediation|wohnungsgenossenschaft=housing cooperative
kinderschutzbund=child protection league|kindeswohl=child welfare
# French
études cinématographiques=film studies|études de genre=gender studies|psychologie sociale=social psychology
psychologie du développement=developmental psychology|psychologie légale=forensic psychology
psychologie positive=positive psychology|démographe=demographer|cosmologie=cosmology
biologie de la conservation=conservation biology
tremblement de terre=earthquake
biostatistique=biostatistics|philosophie politique=political philosophy
philosophie de l'esprit=philosophy of mind|philosophie des sciences=philosophy of science
sciences des religions=religious studies|théorie des jeux=game theory
ethnomusicologie=ethnomusicology|administration publique=public administration
consolidation de la paix=peacebuilding|histoire américaine=american history
théorie littéraire=literary theory|étude biblique=bible study|athée=atheist|athéisme=atheism
humaniste=humanist|pastorale des jeunes=youth ministry
interreligieux=interfaith|aumônier=chaplain|aumônerie=chaplaincy|réforme électorale=electoral reform
traite des êtres humains=human trafficking|don d'organes=organ donation|greffe=transplant
désarmement nucléaire=nuclear disarmament|justice réparatrice=restorative justice
justice restaurative=restorative justice|revenu universel=basic income|revenu de base=basic income
coopérative=cooperative|coopératives=cooperatives
théorie du cinéma=film theory|développement de l'enfant=child development
profilage criminel=criminal profiling|bonheur=happiness|recensement=census
espérance de vie=life expectancy|matière noire=dark matter|énergie noire=dark energy|cosmologiste=cosmologist
biologiste moléculaire=molecular biologist|planètes=planets
pédologue=soil scientist|sismologue=seismologist
reptiles et amphibiens=reptiles and amphibians|serpents=snakes|grenouilles=frogs
histoire des religions=history of religions|équilibre de nash=nash equilibrium
dialectes=dialects|musiques traditionnelles=traditional music
service public=public service|résolution des conflits=conflict resolution
guerre de sécession=american civil war
critique littéraire=literary criticism|écritures saintes=scriptures|laïcité=secularism
humanisme=humanism|église orthodoxe=orthodox church|aumônier d'hôpital=hospital chaplain
dialogue interreligieux=interfaith dialogue|proportionnelle=proportional representation
esclavage moderne=modern slavery|donneur d'organes=organ donor|armes nucléaires=nuclear weapons
médiation pénale=victim offender mediation|économie sociale et solidaire=social and solidarity economy
maltraitance des enfants=child abuse|droits de l'enfant=children's rights
# Italian
studi cinematografici=film studies|studi di genere=gender studies|psicologia sociale=social psychology
psicologia dello sviluppo=developmental psychology
scienze planetarie=planetary science
biologia della conservazione=conservation biology
biostatistica=biostatistics
erpetologia=herpetology|anfibi=amphibians
filosofia della mente=philosophy of mind|filosofia della scienza=philosophy of science
storia delle religioni=religious studies|teoria dei giochi=game theory
studi sulla pace=peace studies
storia americana=american history|teoria letteraria=literary theory|studio biblico=bible study
umanista=humanist|quacchero=quaker|ortodossa=orthodox
pastorale giovanile=youth ministry|cappellano=chaplain
riforma elettorale=electoral reform|tratta di esseri umani=human trafficking
donazione di organi=organ donation
trapianto=transplant|disarmo nucleare=nuclear disarmament|giustizia riparativa=restorative justice
reddito di base=basic income|reddito universale=basic income|tutela dei minori=child protection
teoria del cinema=film theory|sviluppo infantile=child development
profilo criminale=criminal profiling|felicità=happiness|censimento=census
aspettativa di vita=life expectancy|biologo molecolare=molecular biologist
pianeti=planets|asteroidi=asteroids|suolo=soil
sperimentazioni cliniche=clinical trials|serpenti=snakes|coscienza=consciousness
scienze religiose=religious studies|equilibrio di nash=nash equilibrium|dialetti=dialects
musica tradizionale=traditional music|restauratrice di dipinti=painting conservator
risoluzione dei conflitti=conflict resolution|guerra civile americana=american civil war
critica letteraria=literary criticism|scritture=scriptures|laicità=secularism|umanesimo laico=secular humanism
chiesa ortodossa=orthodox church
cappellano ospedaliero=hospital chaplain|legge elettorale=electoral law
sistema proporzionale=proportional representation
schiavitù moderna=modern slavery|donatore di organi=organ donor|armi nucleari=nuclear weapons
mediazione penale=victim offender mediation|cooperativa sociale=social cooperative
abuso sui minori=child abuse|diritti dei bambini=children's rights
# Portuguese
estudos de cinema=film studies|estudos de gênero=gender studies
psicologia do desenvolvimento=developmental psychology
ciência planetária=planetary science
biologia da conservação=conservation biology
bioestatística=biostatistics
filosofia da mente=philosophy of mind|filosofia da ciência=philosophy of science
ciência da religião=religious studies|teoria dos jogos=game theory|restaurador de arte=art conservator
história americana=american history
estudo bíblico=bible study|ateu=atheist
quacre=quaker|igreja ortodoxa=orthodox church|ministério jovem=youth ministry|capelão=chaplain
reforma eleitoral=electoral reform|tráfico de pessoas=human trafficking|doação de órgãos=organ donation
transplante=transplant|desarmamento nuclear=nuclear disarmament|justiça restaurativa=restorative justice
renda básica=basic income|proteção infantil=child protection
teoria do cinema=film theory|feminismo acadêmico=academic feminism
desenvolvimento infantil=child development
censo demográfico=census|esperança de vida=life expectancy|matéria escura=dark matter
répteis e anfíbios=reptiles and amphibians|sapos=toads frogs
consciência=consciousness|ciências da religião=religious studies
dialetos=dialects
estudos para a paz=peace studies
resolução de conflitos=conflict resolution|guerra civil americana=american civil war
ateus=atheists|humanismo=humanism
grupo de jovens=youth group|diálogo inter-religioso=interfaith dialogue|capelania=chaplaincy
representação proporcional=proportional representation|trabalho escravo=slave labour
doador de órgãos=organ donor
mediação vítima-ofensor=victim offender mediation
abuso infantil=child abuse|direitos da criança=children's rights

# Spanish
pirograbado=pyrography wood burning|pirograbador=pyrographer|cestería=basket weaving|cestero=basket weaver
cestera=basket weaver|mimbre=wicker willow|encaje=lace|bolillos=lace bobbins|encajera=lacemaker
miniaturista=miniaturist|floristas=florists
perfumista=perfume collector|perfumería=perfumery|fragancia=fragrance|fragancias=fragrances
papelería=stationery|cuadernos=notebooks|correspondencia=correspondence letters|muñecas=dolls|muñeca=doll
coleccionista de muñecas=doll collector|recreación histórica=historical reenactment|recreacionista=reenactor
teledirigido=radio controlled|radiocontrol=radio control|micelio=mycelium|cultivo de setas=mushroom growing
preparacionista=prepper|supervivencialista=survivalist|naipes=playing cards|baraja=deck of cards
esnórquel=snorkeling|buceo con tubo=snorkeling|vía ferrata=via ferrata|pesca de lubina=bass fishing
aguas frías=cold water|motonieve=snowmobile|agilidad canina=dog agility|tarántula=tarantula
tarántulas=tarantulas|culebra=snake|ovejas=sheep|oveja=sheep|pastor de ovejas=shepherd
rebaño=flock herd|corderos=lambs|esquila=sheep shearing|alpacas=alpacas|ratas=rats|tiburón=shark
tiburones=sharks|tortugas=turtles tortoises|pesas rusas=kettlebells|ciclo indoor=indoor cycling
petanca=petanque|bochas=bowls petanque|baile en línea=line dancing|pastoreo=herding grazing
rol en vivo=live action roleplay|entrenamiento por intervalos=interval training
bicicleta estática=exercise bike|pesa rusa=kettlebell|capoeirista=capoeira player|baile fitness=dance fitness
cuerda floja=slackline|juego de cartas=card game|muñecas reborn=reborn dolls|perfumes de nicho=niche perfumes
# German
brandmalerei=pyrography|korbflechten=basket weaving|korbflechter=basket weaver|flechtwerk=wickerwork
klöppeln=bobbin lacemaking|klöppelspitze=bobbin lace|puppenhaus=dollhouse|puppenstube=dollhouse
blumenstrauß=bouquet|parfüm=perfume|parfums=perfumes
düfte=fragrances|duft=fragrance|schreibwaren=stationery|notizbuch=notebook
brieffreundschaft=pen pal friendship|brieffreundin=pen pal|brieffreund=pen pal|puppen=dolls|puppe=doll
puppensammlerin=doll collector|ferngesteuert=radio controlled|pilzzucht=mushroom growing|pilze=mushrooms
krisenvorsorge=emergency preparedness prepping|notvorrat=emergency food supply|schnorcheln=snorkeling
barschangeln=bass fishing|eisbaden=ice swimming|winterschwimmen=winter swimming|schneemobil=snowmobile
hundesport=dog sports|vogelspinne=tarantula|vogelspinnen=tarantulas|schafe=sheep|schaf=sheep
schäferin=shepherdess|lämmer=lambs|schafschur=sheep shearing|alpakas=alpacas|alpaka=alpaca|farbratten=pet rats
haie=sharks|schildkröten=turtles tortoises|rasenbowls=lawn bowls|boule=petanque boules
schafzucht=sheep farming|liverollenspiel=live action roleplay|intervalltraining=interval training
heimtrainer=exercise bike|kugelhantel=kettlebell|tanzfitness=dance fitness|reenactor=reenactor
# French
pyrogravure=pyrography|vannerie=basket weaving|vannier=basket weaver|osier=wicker willow|dentelle=lace
dentellière=lacemaker|fuseaux=lace bobbins|maison de poupée=dollhouse|fleuristes=florists
art floral=floral design|parfumerie=perfumery|papeterie=stationery
correspondant=pen pal|correspondante=pen pal|poupées=dolls|poupée=doll
reconstitution historique=historical reenactment|reconstitueur=reenactor|radiocommandée=radio controlled
champignonnière=mushroom farm|survivaliste=survivalist|jeu de cartes=card game|belote=belote card game
black-bass=bass fish|eau froide=cold water|motoneige=snowmobile|mygale=tarantula|mygales=tarantulas
moutons=sheep|mouton=sheep|brebis=ewe sheep|bergère=shepherdess|agneaux=lambs
tonte=sheep shearing|alpagas=alpacas|alpaga=alpaca|requin=shark|requins=sharks|tortues=turtles tortoises
aïkido=aikido|pétanque=petanque|boules=petanque boules|boulodrome=petanque ground|danse en ligne=line dancing
jeu de rôle grandeur nature=live action roleplay|entraînement fractionné=interval training
vélo d'intérieur=indoor cycling|cours de zumba=zumba class|tarot=tarot card game|fleuristerie=floristry
miniatures=miniatures
# Italian
pirografia=pyrography|vimini=wicker|cestaio=basket weaver|merletto=lace|tombolo=lace pillow
merlettaia=lacemaker|casa delle bambole=dollhouse|fiori=flowers
profumo=perfume|profumi=perfumes|cartoleria=stationery|quaderno=notebook|amici di penna=pen pals|bambole=dolls
bambola=doll|rievocazione storica=historical reenactment|rievocatore=reenactor|radiocomandata=radio controlled
automodellismo=model car building|coltivazione=cultivation growing|carte da gioco=playing cards
nuoto invernale=winter swimming|motoslitta=snowmobile|tarantola=tarantula|pecore=sheep
pecora=sheep|agnelli=lambs|tosatura=sheep shearing|squalo=shark|squali=sharks|tartarughe=turtles tortoises
difesa personale=self defence|bocce=bowls boules|balli di gruppo=line dancing group dances
pastorizia=sheep herding|gioco di ruolo dal vivo=live action roleplay
allenamento a intervalli=interval training|cyclette=exercise bike|rievocatori=reenactors|merletti=laces
pirografo=wood burning pen|profumeria=perfumery|briscola=briscola card game
# Portuguese
pirogravura=pyrography|cestaria=basket weaving|cesteiro=basket weaver|vime=wicker|bilros=lace bobbins
rendeira=lacemaker|casa de bonecas=dollhouse|perfumaria=perfumery
papelaria=stationery|caderno=notebook|bonecas=dolls|boneca=doll|recriação histórica=historical reenactment
controle remoto=remote control|baralho=deck of cards|cobras=snakes
cobra=snake|ovelhas=sheep|ovelha=sheep|cordeiros=lambs|tosquia=sheep shearing|tubarão=shark|tubarões=sharks
tartarugas=turtles tortoises|roda de capoeira=capoeira circle|berimbau=berimbau capoeira instrument
ciclismo indoor=indoor cycling|dança em linha=line dancing|pastor de ovelhas=shepherd
jogo de interpretação ao vivo=live action roleplay|treino intervalado=interval training
bicicleta ergométrica=exercise bike|ginga=capoeira swaying step
batizado=capoeira grading ceremony|mestre de capoeira=capoeira master|miniaturas=miniatures

# Spanish
música disco=disco music|bossa=bossa nova music
música celta=celtic music|banjista=banjo player|acordeonista=accordion player|acordeón=accordion
clarinetista=clarinet player|clarinete=clarinet|trombonista=trombone player|trombón=trombone
armónica=harmonica|armonicista=harmonica player|mandolinista=mandolin player|mandolina=mandolin
novela distópica=dystopian novel|fotografía macro=macro photography|fotógrafa de moda=fashion photographer
arte textil=textile art|cocina italiana=italian cuisine
comida coreana=korean food|comida india=indian food|ron añejo=aged rum|heladería=ice cream shop
helado=ice cream|helados=ice cream|alta cocina=fine dining haute cuisine
manicurista=nail technician|uñas acrílicas=acrylic nails|ropa urbana=streetwear
viajes de lujo=luxury travel|castillo=castle|castillos=castles|discoteca setentera=70s disco club
bola de espejos=disco mirror ball|rock grunge=grunge rock|grungero=grunge rock fan
muro de sonido=shoegaze wall of sound|pedales de efectos=guitar effects pedals
música ambiental=ambient music|paisajes sonoros=ambient soundscapes
grabaciones de campo=field recordings ambient|música trance=trance music
trance psicodélico=psychedelic trance|música brasileña=brazilian music bossa nova
gaita gallega=galician bagpipes celtic music|violín irlandés=irish fiddle celtic music
música tradicional irlandesa=irish traditional music|música de videojuegos=video game music
banda sonora de videojuego=video game soundtrack|compositor de videojuegos=video game composer
música de los ochenta=80s music|años ochenta=the eighties|ochentero=80s music fan
nueva ola=new wave 80s music|banyo=banjo|banjo de cinco cuerdas=five-string banjo
armonicista de blues=blues harmonica player|el señor de los anillos=the lord of the rings
la comunidad del anillo=the fellowship of the ring|el viaje de chihiro=spirited away ghibli
mi vecino totoro=my neighbor totoro ghibli|el castillo ambulante=howl's moving castle ghibli
la princesa mononoke=princess mononoke ghibli|juego de tronos=game of thrones
canción de hielo y fuego=a song of ice and fire|la casa del dragón=house of the dragon
trono de hierro=the iron throne|cómics de dc=dc comics|liga de la justicia=justice league dc comics
mujer maravilla=wonder woman dc comics|lectura compartida=book club reading
novela de misterio acogedora=cozy mystery novel|misterio cozy=cozy mystery
detective aficionada=amateur sleuth cozy mystery|literatura distópica=dystopian fiction
estética steampunk=steampunk aesthetic|retrofuturismo victoriano=victorian retrofuturism steampunk
objetivo macro=macro lens|apilamiento de enfoque=focus stacking macro photography
sesión de moda=fashion photo shoot|editorial de moda=fashion editorial|artista textil=textile artist
tapiz=tapestry textile art|bordado artístico=embroidery art|bailarina de burlesque=burlesque dancer
baile urbano=hip hop street dance|danza urbana=street dance|coreógrafo de hip hop=hip hop choreographer
pasta fresca casera=homemade fresh pasta|receta de la nonna=italian grandmother recipe
cocina coreana=korean cuisine|barbacoa coreana=korean barbecue|cocina india=indian cuisine
especias indias=indian spices|ronero=rum maker|cata de ron=rum tasting|ron agrícola=agricole rum
heladero=ice cream maker|helado artesanal=artisan ice cream|té de burbujas=bubble tea
perlas de tapioca=tapioca pearls bubble tea|menú degustación=tasting menu fine dining
restaurante de autor=fine dining restaurant
diseño de uñas=nail art|uñas de gel=gel nails|moda streetwear=streetwear fashion
moda vintage=vintage fashion|ramo de novia=bridal bouquet|diseño floral=floral design
consultor de feng shui=feng shui consultant|armonía del hogar=home harmony feng shui
hoteles de lujo=luxury hotels|viaje de lujo=luxury trip|fortaleza medieval=medieval castle
contrabajo de jazz=jazz double bass|arco de contrabajo=double bass bow
contrabajo sinfónico=orchestral double bass|marcas de streetwear=streetwear brands
drop de streetwear=streetwear release drop|élfico=elvish tolkien
ropa steampunk=steampunk clothing|engranajes y latón=steampunk gears and brass|banda shoegaze=shoegaze band
guitarras con reverb=shoegaze reverb guitars|bossanovista=bossa nova musician
cantante de bossa=bossa nova singer|tertulia literaria=book club discussion
libro del mes=book club monthly pick|espectáculo burlesque=burlesque show
cabaret burlesque=burlesque cabaret|energía chi=chi energy feng shui|mapa bagua=bagua map feng shui
grunge noventero=90s grunge rock|franela y grunge=grunge flannel rock
festival de trance=trance music festival|dj de trance=trance dj|banyista=banjo player
bluegrass con banjo=bluegrass banjo|mandolina bluegrass=bluegrass mandolin
orquesta de pulso y púa=mandolin plucked string orchestra|distopía juvenil=young adult dystopian fiction
novela distópica juvenil=ya dystopian novel|té de tapioca=bubble tea
tienda vintage=vintage clothing shop|moda retro=retro vintage fashion
# German
discomusik=disco music|trancemusik=trance music|keltische musik=celtic music|banjospieler=banjo player
akkordeon=accordion|akkordeonspieler=accordion player|ziehharmonika=accordion|klarinette=clarinet
klarinettist=clarinet player|posaune=trombone|posaunist=trombone player|mundharmonika=harmonica
mandoline=mandolin|buchclub=book club|dystopischer roman=dystopian novel|makrofotografie=macro photography
modefotograf=fashion photographer|modefotografin=fashion photographer|textilkunst=textile art
italienische küche=italian cuisine|koreanisches essen=korean food
indisches essen=indian food|eisdiele=ice cream shop|speiseeis=ice cream
sternerestaurant=michelin star restaurant|parfümeur=perfumer|nageldesign=nail art
nageldesignerin=nail artist|vintage-mode=vintage fashion
luxusreisen=luxury travel|luxushotel=luxury hotel|burg=castle|burgen=castles
burgruine=castle ruins|schloss=castle palace|ritterburg=medieval castle|disco-musik=disco music
diskokugel=disco mirror ball|grunge-rock=grunge rock|grunge-band=grunge band|shoegaze-band=shoegaze band
hallfahne=reverb shoegaze|ambient-musik=ambient music|klanglandschaften=ambient soundscapes
klangflächen=ambient sound textures|psytrance-festival=psychedelic trance festival
brasilianische musik=brazilian music bossa nova|irische volksmusik=irish traditional music celtic
videospielmusik=video game music|spielemusik=video game music|soundtrack-komponist=soundtrack composer
musik der achtziger=80s music|achtziger=the eighties|neue deutsche welle=german 80s new wave music
banjospielerin=banjo player|schifferklavier=accordion|harmonika=accordion|bassklarinette=bass clarinet
klarinettistin=clarinet player|bassposaune=bass trombone|posaunistin=trombone player
kontrabassistin=double bass player|mundharmonikaspieler=harmonica player
mandolinenorchester=mandolin orchestra|der herr der ringe=the lord of the rings
der hobbit=the hobbit tolkien|chihiros reise ins zauberland=spirited away ghibli
mein nachbar totoro=my neighbor totoro ghibli|das wandelnde schloss=howl's moving castle ghibli
prinzessin mononoke=princess mononoke ghibli|das lied von eis und feuer=a song of ice and fire
eiserner thron=iron throne game of thrones|gerechtigkeitsliga=justice league dc comics|dc-comics=dc comics
literaturkreis=book club|buchclubtreffen=book club meeting|cosy krimi=cozy mystery
gemütlicher krimi=cozy mystery|hobbydetektivin=amateur sleuth cozy mystery|dystopischer film=dystopian film
steampunk-kostüm=steampunk costume|retrofuturismo=retrofuturism steampunk|makroobjektiv=macro lens
fokus-stacking=focus stacking macro photography|modeshooting=fashion photo shoot
modestrecke=fashion editorial|textilkünstlerin=textile artist|wandteppich=tapestry textile art
linedancer=line dancer|linedance-kurs=line dancing class|burlesque-tänzerin=burlesque dancer
burlesque-show=burlesque show|streetdance=street dance|hip-hop-tanz=hip hop dance
hip-hop-tänzerin=hip hop dancer|frische pasta=fresh pasta italian|italienisch kochen=italian cooking
koreanische küche=korean cuisine|koreanisches barbecue=korean barbecue|indische küche=indian cuisine
indische gewürze=indian spices|rumverkostung=rum tasting|rumsammler=rum collector|eismacher=ice cream maker
eiscafé=ice cream parlour|bubble-tea=bubble tea|tapiokaperlen=tapioca pearls bubble tea
sterneküche=michelin star fine dining|degustationsmenü=tasting menu fine dining
spitzengastronomie=fine dining haute cuisine|parfümsammlung=perfume collection
duftnoten=fragrance notes perfume|nagelstudio=nail salon|gelnägel=gel nails
streetwear-marke=streetwear brand|vintage-kleidung=vintage clothing
secondhand-mode=vintage second-hand fashion|brautstrauß=bridal bouquet|floristik=floristry
feng-shui-beraterin=feng shui consultant|feng-shui-berater=feng shui consultant
luxusurlaub=luxury holiday|fünf-sterne-hotel=five-star hotel|burgenfan=castle enthusiast
mittelalterliche burg=medieval castle|kontrabass-unterricht=double bass lessons
jazzbassistin=jazz double bass player|streetwear-drop=streetwear release drop
streetwear-kollektion=streetwear collection|elbisch=elvish tolkien
tolkien-fan=tolkien fan|steampunk-mode=steampunk fashion|zahnräder und messing=steampunk gears and brass
shoegaze-gitarre=shoegaze guitar|bossa-nova-sängerin=bossa nova singer|buchclub-treffen=book club meeting
leserunde=book club reading round|burlesque-künstlerin=burlesque performer|feng-shui-tipps=feng shui tips
grunge-szene=grunge rock scene|goa-party=goa trance party|banjo-unterricht=banjo lessons
mandolinenspielerin=mandolin player|endzeitroman=post-apocalyptic dystopian novel
dystopische literatur=dystopian fiction|boba-tee=bubble tea|vintage-laden=vintage clothing shop
# French
musique celtique=celtic music|accordéon=accordion|accordéoniste=accordion player
clarinettiste=clarinet player|tromboniste=trombone player|harmonica diatonique=diatonic harmonica
mandoliniste=mandolin player|roman dystopique=dystopian novel|photographie macro=macro photography
photographe de mode=fashion photographer|art textile=textile art
effeuilleuse=burlesque performer|cuisine italienne=italian cuisine|cuisine coréenne=korean food
cuisine indienne=indian food|rhum=rum|rhum arrangé=flavoured rum|glaces=ice cream
thé aux perles=bubble tea|étoilé=michelin starred
prothésiste ongulaire=nail technician|onglerie=nail salon|fripe=vintage clothing
voyages de luxe=luxury travel|château fort=castle|châteaux forts=castles
musique disco=disco music|boule à facettes=disco mirror ball|groupe grunge=grunge band
groupe de shoegaze=shoegaze band|nappes de réverb=shoegaze reverb textures|musique ambient=ambient music
paysages sonores=ambient soundscapes|musique trance=trance music|trance psychédélique=psychedelic trance
musique brésilienne=brazilian music bossa nova|musique bretonne=breton celtic music
fest-noz=breton celtic dance night|musique de jeux vidéo=video game music
bande originale de jeu vidéo=video game soundtrack|compositeur de jeux vidéo=video game composer
musique des années 80=80s music|années 80=the eighties|joueur de banjo=banjo player
accordéon diatonique=diatonic accordion|clarinette=clarinet|clarinette basse=bass clarinet
trombone basse=bass trombone|joueur d'harmonica=harmonica player
le seigneur des anneaux=the lord of the rings|le voyage de chihiro=spirited away ghibli
mon voisin totoro=my neighbor totoro ghibli|le château ambulant=howl's moving castle ghibli
princesse mononoké=princess mononoke ghibli|le trône de fer=game of thrones
la maison du dragon=house of the dragon|ligue des justiciers=justice league dc comics|comics dc=dc comics
cercle de lecture=book club|roman policier douillet=cozy mystery
détective amateur=amateur sleuth|esthétique steampunk=steampunk aesthetic|objectif macro=macro lens
proxyphotographie=macro photography|shooting mode=fashion photo shoot|éditorial de mode=fashion editorial
artiste textile=textile artist|tapisserie=tapestry textile art
spectacle burlesque=burlesque show|danse hip hop=hip hop dance|danse de rue=street dance
danseuse hip hop=hip hop dancer|pâtes fraîches=fresh pasta italian
cuisine coréenne maison=korean home cooking|barbecue coréen=korean barbecue|épices indiennes=indian spices
rhumerie=rum distillery|rhum agricole=agricole rum|crème glacée=ice cream
glacier artisanal=artisan ice cream maker|perles de tapioca=tapioca pearls bubble tea
restaurant étoilé=michelin star restaurant|menu dégustation=tasting menu fine dining
haute gastronomie=fine dining|parfums de niche=niche perfumes|notes olfactives=fragrance notes perfume
ongles en gel=gel nails|mode streetwear=streetwear fashion|mode vintage=vintage fashion
vêtements vintage=vintage clothing|bouquet de mariée=bridal bouquet
conseillère feng shui=feng shui consultant|hôtels de luxe=luxury hotels|voyage de luxe=luxury trip
château médiéval=medieval castle|ruines du château=castle ruins|contrebasse jazz=jazz double bass
archet de contrebasse=double bass bow|marque streetwear=streetwear brand
drop streetwear=streetwear release drop|elfique=elvish tolkien|tolkiendil=tolkien fan
mode steampunk=steampunk fashion|rouages et laiton=steampunk gears and brass
guitare shoegaze=shoegaze guitar|chanteuse bossa nova=bossa nova singer
club de lecture mensuel=monthly book club|effeuillage burlesque=burlesque striptease
énergie chi=chi energy feng shui|conseils feng shui=feng shui tips|grunge des années 90=90s grunge rock
soirée psytrance=psytrance party|banjoïste=banjo player|mandoliniste bluegrass=bluegrass mandolin player
roman post-apocalyptique=post-apocalyptic dystopian novel|thé boba=bubble tea
boutique vintage=vintage clothing shop|chineuse vintage=vintage clothes hunter
# Italian
musica celtica=celtic music|fisarmonica=accordion|fisarmonicista=accordion player|clarinetto=clarinet
clarinettista=clarinet player|trombone a tiro=trombone|armonica a bocca=harmonica|mandolino=mandolin
romanzo distopico=dystopian novel|fotografo di moda=fashion photographer
arte tessile=textile art|ballo di gruppo=line dancing group dance|cucina italiana=italian cuisine
cucina coreana=korean food|cucina indiana=indian food|gelateria=ice cream shop|gelataio=ice cream maker
alta cucina=fine dining|stellato=michelin starred|profumiere=perfumer
onicotecnica=nail technician|abbigliamento vintage=vintage clothing
viaggi di lusso=luxury travel|castello=castle|castelli=castles
rocca=fortress castle|palla stroboscopica=disco mirror ball
gruppo grunge=grunge band|band shoegaze=shoegaze band|musica ambient=ambient music
paesaggi sonori=ambient soundscapes|musica brasiliana=brazilian music bossa nova
musica irlandese=irish traditional music|musica dei videogiochi=video game music
colonna sonora dei videogiochi=video game soundtrack|musica anni 80=80s music|anni ottanta=the eighties
suonatore di banjo=banjo player|organetto=diatonic accordion|clarinetto basso=bass clarinet
mandolino napoletano=neapolitan mandolin|il signore degli anelli=the lord of the rings
la città incantata=spirited away ghibli|il mio vicino totoro=my neighbor totoro ghibli
il castello errante di howl=howl's moving castle ghibli|principessa mononoke=princess mononoke ghibli
il trono di spade=game of thrones|cronache del ghiaccio e del fuoco=a song of ice and fire
lega della giustizia=justice league dc comics|fumetti dc=dc comics|gruppo di lettura=book club
circolo di lettura=book club|giallo cozy=cozy mystery|investigatrice dilettante=amateur sleuth cozy mystery
letteratura distopica=dystopian fiction|obiettivo macro=macro lens
macrofotografia=macro photography|servizio di moda=fashion photo shoot
fotografa di moda=fashion photographer|artista tessile=textile artist
spettacolo burlesque=burlesque show|danza hip hop=hip hop dance|ballerina hip hop=hip hop dancer
pasta fatta in casa=homemade pasta italian|cucina regionale=regional italian cooking
barbecue coreano=korean barbecue|spezie indiane=indian spices|rum agricolo=agricole rum
degustazione di rum=rum tasting|gelato artigianale=artisan ice cream|tè con le perle=bubble tea
ristorante stellato=michelin star restaurant|menu degustazione=tasting menu fine dining
profumi di nicchia=niche perfumes|note olfattive=fragrance notes perfume|unghie in gel=gel nails
ricostruzione unghie=nail extensions nail art|bouquet da sposa=bridal bouquet
consulente feng shui=feng shui consultant|hotel di lusso=luxury hotels|vacanza di lusso=luxury holiday
castello medievale=medieval castle|contrabbasso jazz=jazz double bass
archetto da contrabbasso=double bass bow|marchio streetwear=streetwear brand
appassionato di tolkien=tolkien fan|moda steampunk=steampunk fashion
ingranaggi e ottone=steampunk gears and brass|chitarra shoegaze=shoegaze guitar
cantante bossa nova=bossa nova singer|libro del mese=book club monthly pick
spettacolo di burlesque=burlesque show|consigli feng shui=feng shui tips
grunge anni novanta=90s grunge rock|festival psytrance=psytrance festival|banjoista=banjo player
orchestra a plettro=mandolin plucked string orchestra
romanzo post-apocalittico=post-apocalyptic dystopian novel|bubble tea alla taro=taro bubble tea
negozio vintage=vintage clothing shop
# Portuguese
sanfona=accordion|sanfoneiro=accordion player|acordeão=accordion|clarinetista de choro=clarinet player
contrabaixo acústico=double bass|contrabaixista=double bass player|gaita de boca=harmonica|bandolim=mandolin
bandolinista=mandolin player|romance distópico=dystopian novel|fotografia de moda=fashion photography
culinária italiana=italian cuisine
comida coreana caseira=korean food|culinária indiana=indian food|sorvete=ice cream|sorveteria=ice cream shop
chá de bolhas=bubble tea|alta gastronomia=fine dining
unhas de gel=gel nails|moda urbana=streetwear
viagens de luxo=luxury travel|castelo=castle|castelos=castles
bola espelhada=disco mirror ball|banda grunge=grunge band|banda de shoegaze=shoegaze band
música ambiente=ambient music|paisagens sonoras=ambient soundscapes
música popular brasileira=brazilian popular music mpb|violão de bossa nova=bossa nova guitar
música de videogame=video game music|trilha sonora de videogame=video game soundtrack
músicas dos anos 80=80s music|anos 80=the eighties|tocador de banjo=banjo player
clarinete baixo=bass clarinet|trombonista de gafieira=trombone player|gaita de blues=blues harmonica
o senhor dos anéis=the lord of the rings|a viagem de chihiro=spirited away ghibli
meu amigo totoro=my neighbor totoro ghibli|o castelo animado=howl's moving castle ghibli
princesa mononoke=princess mononoke ghibli|a guerra dos tronos=game of thrones
a casa do dragão=house of the dragon|as crônicas de gelo e fogo=a song of ice and fire
liga da justiça=justice league dc comics|quadrinhos da dc=dc comics|mistério aconchegante=cozy mystery
detetive amadora=amateur sleuth cozy mystery|ficção distópica=dystopian fiction|lente macro=macro lens
ensaio de moda=fashion photo shoot|fotógrafo de moda=fashion photographer
tapeçaria=tapestry textile art|dança country=line dancing|dançarina de burlesco=burlesque dancer
dança urbana=street dance|dança hip hop=hip hop dance|massa fresca=fresh pasta italian
churrasco coreano=korean barbecue|temperos indianos=indian spices|degustação de rum=rum tasting
sorvete artesanal=artisan ice cream|pérolas de tapioca=tapioca pearls bubble tea
menu degustação=tasting menu fine dining
notas olfativas=fragrance notes perfume|unhas decoradas=nail art
roupas vintage=vintage clothing|buquê de noiva=bridal bouquet|arranjo floral=flower arrangement
consultora de feng shui=feng shui consultant|hotéis de luxo=luxury hotels|viagem de luxo=luxury trip
castelo medieval=medieval castle|ruínas do castelo=castle ruins|contrabaixo de jazz=jazz double bass
arco de contrabaixo=double bass bow|marca de streetwear=streetwear brand|fã de tolkien=tolkien fan
engrenagens e latão=steampunk gears and brass|guitarra shoegaze=shoegaze guitar
cantora de bossa nova=bossa nova singer|violão bossa nova=bossa nova guitar
leitura do mês=book club monthly pick|show burlesco=burlesque show|burlesco=burlesque
dicas de feng shui=feng shui tips|grunge dos anos 90=90s grunge rock|festa de psytrance=psytrance party
bandolim de choro=choro mandolin
romance pós-apocalíptico=post-apocalyptic dystopian novel|chá de tapioca=bubble tea
loja vintage=vintage clothing shop|garimpo vintage=vintage thrift hunting
"""
