"""Interest definitions (niche set): 134 more interests people list, from trades and sciences to fandoms.

Written by helpers from general knowledge on 2026-11-24, seventh session (none saw a labelled set); the
layout of every field module is described at ``interest_vocab._FIELDS``.
"""

from __future__ import annotations

__all__ = ["ENTRIES", "LEXICON_TEXT", "NAMES_TEXT", "NEIGHBOURS"]

ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "oil and gas",
        (
            "petroleum engineer",
            "working offshore on a rig",
            "two weeks on, two weeks off rotation",
            "drilling engineer",
            "upstream oil and gas",
            "reservoir engineering",
            "roughneck on the drill floor",
            "wellsite geologist",
            "completions engineer",
            "frac crew in the permian",
            "north sea platform",
            "refinery operations",
            "lng project engineer",
            "midstream pipeline operations",
            "subsea engineer",
            "mud logger on nights",
            "oilfield services",
            "back on hitch on the rig",
            "ingeniero petrolero",
            "plataforma petrolífera",
            "erdöl und erdgas",
            "industrie pétrolière et gazière",
            "piattaforma petrolifera",
            "engenheiro de petróleo",
        ),
        (
            "olive oil and garlic",
            "essential oils for sleep",
            "gas station snacks",
            "oil painting class",
            "gassed up for the weekend",
            "oil change for my car",
            "gas prices are insane again",
            "bloating and gas after dinner",
            "burning the midnight oil",
            "a well oiled machine",
            "step on the gas",
            "cooking on a gas hob",
        ),
        (
            "oil & gas",
            "oil and gas industry",
            "petroleum engineering",
            "petroleum",
            "oilfield",
            "oil industry",
            "o&g",
        ),
        (),
    ),
    (
        "mining",
        (
            "mining engineer",
            "underground miner",
            "open pit mine",
            "fifo mining life",
            "haul truck operator",
            "mine geologist",
            "exploration geologist",
            "drill and blast crew",
            "gold mine in western australia",
            "copper mining project",
            "mineral processing",
            "mine site safety",
            "shift on the longwall",
            "iron ore operations",
            "mine surveyor",
            "lithium mining project",
            "working in the mining industry",
            "ingeniero de minas",
            "minería a cielo abierto",
            "bergbau ingenieur",
            "industrie minière",
            "mineração",
        ),
        (
            "bitcoin mining rig",
            "crypto mining profits",
            "data mining in python",
            "text mining project",
            "mining diamonds in minecraft",
            "that one's mine",
            "minesweeper high score",
            "mining the archives for quotes",
            "a gold mine of information",
            "landmine clearance charity",
            "canary in the coal mine",
        ),
        ("miner", "miners", "mining industry", "mining engineering", "mineral exploration"),
        (),
    ),
    (
        "nuclear energy",
        (
            "nuclear engineer",
            "reactor operator",
            "nuclear power plant",
            "pro-nuclear",
            "small modular reactors",
            "nuclear fission",
            "fusion energy research",
            "radiation protection",
            "refuelling outage at the plant",
            "thorium reactors",
            "nuclear is clean energy",
            "health physicist",
            "nuclear decommissioning",
            "uranium fuel cycle",
            "senior reactor operator licence",
            "working at sellafield",
            "new build nuclear",
            "energía nuclear",
            "kernkraft ja bitte",
            "énergie nucléaire",
            "ingegneria nucleare",
            "usina nuclear",
        ),
        (
            "nuclear family",
            "went nuclear on him",
            "the nuclear option in the senate",
            "nuclear medicine scan",
            "nuclear weapons disarmament",
            "reacting to my old videos",
            "core strength workout",
            "power nap",
            "cell nucleus in biology class",
            "fallout 4 playthrough",
            "radioactive by imagine dragons",
        ),
        ("nuclear power", "nuclear engineering", "nuclear industry", "nuclear", "fission"),
        (),
    ),
    (
        "HVAC",
        (
            "hvac technician",
            "hvac tech",
            "heat pump installer",
            "refrigeration engineer",
            "air conditioning installation",
            "ductwork install",
            "furnace repair",
            "epa 608 certified",
            "commissioning a chiller",
            "boiler service",
            "mini split install",
            "hvac apprentice",
            "f-gas certified engineer",
            "air handling unit",
            "ventilation engineer",
            "refrigerant recovery",
            "no heat call at 2am",
            "mechanical contractor",
            "técnico de climatización",
            "kältetechniker",
            "frigoriste",
            "tecnico frigorista",
            "técnico de refrigeração",
        ),
        (
            "air con in the car is broken",
            "my office is freezing",
            "cold feet before the wedding",
            "heat wave this week",
            "big fan of the show",
            "hot air from politicians",
            "fridge magnet collection",
            "chilling on the couch",
            "a breath of fresh air",
            "climate change march",
            "boiler room dj set",
        ),
        (
            "hvac-r",
            "hvacr",
            "heating and air conditioning",
            "air conditioning",
            "refrigeration",
            "heat pumps",
            "hvac technician",
        ),
        ("construction",),
    ),
    (
        "land surveying",
        (
            "land surveyor",
            "licensed surveyor",
            "topographic survey",
            "boundary survey",
            "total station setup",
            "gnss rover",
            "setting out on site",
            "survey crew",
            "cadastral surveying",
            "drone survey and photogrammetry",
            "control points and benchmarks",
            "as-built survey",
            "laser scanning point cloud",
            "party chief",
            "plat and legal description",
            "geomatics",
            "topógrafo",
            "vermessungsingenieur",
            "géomètre-expert",
            "geometra",
            "agrimensor",
        ),
        (
            "fill in our customer survey",
            "survey says",
            "poll of likely voters",
            "surveying the damage after the storm",
            "surveymonkey link",
            "the lay of the land",
            "land a job",
            "landed in lisbon",
            "national survey of wellbeing",
            "bird survey volunteers",
        ),
        ("surveying", "surveyor", "surveyors", "geomatics", "land survey"),
        ("construction",),
    ),
    (
        "cardiology",
        (
            "cardiologist",
            "cardiology fellow",
            "interventional cardiology",
            "cath lab",
            "echocardiography",
            "heart failure clinic",
            "electrophysiology",
            "ecg interpretation",
            "stemi call at 3am",
            "cardiac nurse",
            "cardiac rehab",
            "stent placement",
            "cardiology registrar",
            "tavi cases today",
            "preventive cardiology",
            "echo tech",
            "cardiólogo",
            "kardiologin",
            "cardiologue",
            "cardiologo",
            "cardiologista",
        ),
        (
            "cardio day at the gym",
            "heart emoji",
            "my heart goes out to them",
            "heartbreak songs",
            "heart of gold",
            "cardigan weather",
            "card games night",
            "heartburn after curry",
            "the heart of the city",
            "have a heart",
            "cardiff city fan",
        ),
        (
            "cardiologist",
            "cardiologists",
            "cardiac",
            "heart health",
            "cardiovascular medicine",
            "cardiac medicine",
        ),
        ("medicine",),
    ),
    (
        "anesthesiology",
        (
            "anesthesiologist",
            "anaesthetist",
            "crna",
            "nurse anesthetist",
            "anaesthetics registrar",
            "airway management",
            "regional anaesthesia",
            "nerve blocks",
            "intubation",
            "in theatre all day",
            "pre-op assessment",
            "pain medicine",
            "obstetric epidurals",
            "ultrasound-guided block",
            "icu and anaesthesia",
            "anesthesia resident",
            "procedural sedation",
            "anestesiólogo",
            "anästhesist",
            "anesthésiste",
            "anestesista",
        ),
        (
            "local anaesthetic at the dentist",
            "went under for my wisdom teeth",
            "that meeting was an anaesthetic",
            "numb to the news",
            "sleepy after lunch",
            "this book put me to sleep",
            "gas and air during labour",
            "knocked out cold",
            "a pain in the neck",
            "block party on our street",
        ),
        (
            "anesthesia",
            "anaesthesia",
            "anaesthetics",
            "anesthesiologist",
            "anaesthetist",
            "anaesthesiology",
            "crna",
        ),
        ("medicine",),
    ),
    (
        "audiology",
        (
            "audiologist",
            "hearing aid fitting",
            "audiology clinic",
            "cochlear implant programming",
            "hearing test",
            "tinnitus management",
            "hearing care professional",
            "vestibular assessment",
            "paediatric audiology",
            "newborn hearing screening",
            "real ear measurements",
            "hearing loss awareness",
            "au.d. student",
            "hearing instrument specialist",
            "balance disorders clinic",
            "audiometry booth",
            "audiólogo",
            "hörakustikerin",
            "audioprothésiste",
            "audioprotesista",
            "aparelhos auditivos",
        ),
        (
            "audio engineer at the studio",
            "audiobook recommendations",
            "hear me out",
            "hearing in the court case",
            "senate hearing",
            "selective hearing husband",
            "headphones review",
            "sound check",
            "heard it through the grapevine",
            "audio quality of this podcast",
            "earworm all day",
        ),
        ("audiologist", "audiologists", "hearing care", "hearing health", "hearing aids", "hearing science"),
        ("health",),
    ),
    (
        "chiropractic",
        (
            "chiropractor",
            "chiropractic adjustment",
            "doctor of chiropractic",
            "chiro clinic",
            "spinal adjustment",
            "subluxation",
            "sports chiropractor",
            "chiropractic student",
            "activator technique",
            "gonstead",
            "back pain relief for my patients",
            "posture check",
            "palmer college",
            "family chiropractic",
            "adjusting patients all day",
            "chiropractic care for athletes",
            "quiropráctico",
            "chiropraktiker",
            "chiropracteur",
            "chiropratico",
            "quiropraxista",
        ),
        (
            "cracking my knuckles",
            "back to back meetings",
            "got your back",
            "spine of the book",
            "spineless politicians",
            "stand up straight",
            "neck of the woods",
            "backbone of the team",
            "adjusting to the new job",
            "my back hurts after moving house",
        ),
        ("chiropractor", "chiropractors", "chiro", "chiropractic care"),
        ("health",),
    ),
    (
        "massage therapy",
        (
            "massage therapist",
            "licensed massage therapist",
            "lmt",
            "deep tissue massage",
            "sports massage",
            "remedial massage",
            "swedish massage",
            "myofascial release",
            "trigger point therapy",
            "thai massage",
            "hot stone massage",
            "prenatal massage",
            "booking massage appointments",
            "bodywork",
            "lymphatic drainage",
            "massage school",
            "soft tissue therapist",
            "masajista",
            "masseurin",
            "massothérapeute",
            "massaggiatrice",
            "massoterapeuta",
        ),
        (
            "massaging the numbers",
            "a little ego massage",
            "massage chair at the mall",
            "kneading dough",
            "rubbing it in",
            "mass at church",
            "massive win",
            "critical mass",
            "foot rub from my husband",
            "spa day with the girls",
        ),
        (
            "massage",
            "massage therapist",
            "massage therapists",
            "lmt",
            "sports massage",
            "bodywork",
            "remedial massage",
        ),
        ("wellness",),
    ),
    (
        "obstetrics and gynecology",
        (
            "ob-gyn",
            "obstetrician",
            "gynaecologist",
            "labour ward",
            "delivered three babies tonight",
            "high-risk pregnancy care",
            "maternal-fetal medicine",
            "prenatal care",
            "emergency c-section at 4am",
            "reproductive endocrinology",
            "ivf clinic",
            "colposcopy",
            "ob/gyn resident",
            "obs and gynae registrar",
            "menopause clinic",
            "endometriosis surgery",
            "women's health physician",
            "ginecólogo",
            "frauenärztin",
            "gynécologue",
            "ginecologa",
            "obstetra",
        ),
        (
            "pregnant with our second",
            "gender reveal party",
            "baby shower",
            "due date of the report",
            "labour party conference",
            "labor day sale",
            "delivery driver",
            "born in the usa",
            "period tracker app",
            "mum of three",
        ),
        (
            "ob-gyn",
            "obgyn",
            "obstetrics",
            "gynecology",
            "gynaecology",
            "obstetrics and gynaecology",
            "obstetrician",
            "gynecologist",
        ),
        ("medicine",),
    ),
    (
        "neurology",
        (
            "neurologist",
            "neurology resident",
            "stroke unit",
            "epilepsy clinic",
            "eeg reading",
            "movement disorders",
            "multiple sclerosis clinic",
            "headache medicine",
            "neuromuscular",
            "neurocritical care",
            "lumbar puncture",
            "stroke thrombectomy call",
            "neuro ward",
            "parkinson's disease specialist",
            "neuro exam",
            "neuroimmunology",
            "neurólogo",
            "neurologin",
            "neurologue",
            "neurologo",
            "neurologista",
        ),
        (
            "neurodivergent and proud",
            "nervous about the exam",
            "getting on my nerves",
            "neural network training",
            "neuro-linguistic programming coach",
            "brain fog today",
            "brainstorming session",
            "big brain move",
            "nerves of steel",
            "neurotic overthinker",
        ),
        ("neurologist", "neurologists", "clinical neurology", "neurological medicine", "stroke medicine"),
        ("medicine",),
    ),
    (
        "orthopedics",
        (
            "orthopaedic surgeon",
            "orthopedic surgery",
            "joint replacement",
            "hip and knee arthroplasty",
            "acl reconstruction",
            "spine surgeon",
            "trauma and orthopaedics",
            "fracture clinic",
            "sports medicine orthopedics",
            "ortho resident",
            "hand surgery",
            "shoulder arthroscopy",
            "ortho pa",
            "orthopaedic nurse",
            "fixed a femur today",
            "orthopedic tech",
            "cirujano ortopédico",
            "orthopäde",
            "chirurgien orthopédiste",
            "ortopedico",
            "ortopedista",
        ),
        (
            "orthodox church",
            "orthodontist braces",
            "orthopedic shoes for my nan",
            "broke my ankle skiing",
            "break a leg",
            "hip hop",
            "cost an arm and a leg",
            "weak at the knees",
            "funny bone",
            "bone broth recipe",
            "knee-jerk reaction",
        ),
        (
            "orthopaedics",
            "orthopedic surgery",
            "orthopaedic surgery",
            "orthopedic surgeon",
            "ortho",
            "trauma and orthopaedics",
        ),
        ("medicine", "surgery"),
    ),
    (
        "ophthalmology",
        (
            "ophthalmologist",
            "eye surgeon",
            "cataract surgery",
            "retina specialist",
            "glaucoma clinic",
            "lasik surgeon",
            "vitreoretinal surgery",
            "ophthalmology resident",
            "slit lamp exam",
            "oculoplastics",
            "cornea fellowship",
            "intravitreal injections",
            "pediatric ophthalmology",
            "diabetic retinopathy screening",
            "ophthalmic nurse",
            "eye hospital",
            "oftalmólogo",
            "augenärztin",
            "ophtalmologiste",
            "oculista",
            "oftalmologista",
        ),
        (
            "eye of the tiger",
            "eye candy",
            "eyeliner tutorial",
            "keep an eye on it",
            "private eye",
            "eye roll",
            "bird's eye view",
            "eye of the storm",
            "new glasses from specsavers",
            "eyes on the prize",
        ),
        (
            "ophthalmologist",
            "ophthalmologists",
            "eye surgery",
            "ophthalmic surgery",
            "eye medicine",
            "ophthalmic",
        ),
        ("medicine",),
    ),
    (
        "pathology",
        (
            "pathologist",
            "histopathology",
            "anatomic pathology",
            "cytopathology",
            "frozen section",
            "autopsy",
            "forensic pathologist",
            "biomedical scientist in the pathology lab",
            "pathology resident",
            "slides to sign out",
            "digital pathology",
            "microscope and h&e slides",
            "hematopathology",
            "dermatopathology",
            "clinical pathology",
            "tumor board",
            "patólogo",
            "pathologin",
            "anatomopathologiste",
            "anatomopatologo",
            "patologista",
        ),
        (
            "pathological liar",
            "path to success",
            "garden path",
            "speech pathologist",
            "career path",
            "pathfinder rpg",
            "psychopath",
            "pathetic",
            "path of exile",
            "pathos in writing",
        ),
        (
            "pathologist",
            "pathologists",
            "histopathology",
            "anatomic pathology",
            "cellular pathology",
            "clinical pathology",
        ),
        ("medicine",),
    ),
    (
        "clinical research",
        (
            "clinical research associate",
            "clinical trials",
            "phase iii trial",
            "clinical research coordinator",
            "site monitoring visit",
            "good clinical practice",
            "gcp training",
            "protocol deviation",
            "cro",
            "patient recruitment for trials",
            "principal investigator",
            "clinical operations",
            "trial master file",
            "study start-up",
            "ich gcp",
            "enrolled our first patient",
            "randomized controlled trial",
            "ensayos clínicos",
            "klinische studien",
            "essais cliniques",
            "sperimentazione clinica",
            "pesquisa clínica",
        ),
        (
            "clinical depression",
            "clinical finish from the striker",
            "clinically proven shampoo",
            "trial and error",
            "on trial for fraud",
            "free trial of netflix",
            "research paper due",
            "jury duty",
            "clinic hours",
            "clean clinical look",
            "pilot episode",
        ),
        (
            "clinical trials",
            "clinical trial",
            "clinical operations",
            "clinical research associate",
            "clinical development",
        ),
        ("medicine", "science"),
    ),
    (
        "pharmaceutical industry",
        (
            "pharma industry",
            "working in pharma",
            "pharmaceutical sales rep",
            "drug development",
            "regulatory affairs",
            "medical affairs",
            "gmp manufacturing",
            "quality assurance in pharma",
            "market access",
            "pharmacovigilance",
            "medical science liaison",
            "drug launch",
            "biopharma",
            "pipeline readout",
            "pharma marketing",
            "fda approval",
            "generic drug manufacturer",
            "industria farmacéutica",
            "pharmaindustrie",
            "industrie pharmaceutique",
            "industria farmaceutica",
            "indústria farmacêutica",
        ),
        (
            "big pharma conspiracy",
            "pharrell williams",
            "farmer's market",
            "drug dealer",
            "war on drugs",
            "the pharmacist documentary",
            "medicine ball workout",
            "fermented drinks",
            "prescription glasses",
            "picking up my prescription",
        ),
        (
            "pharma",
            "pharmaceuticals",
            "pharmaceutical",
            "biopharma",
            "drug development",
            "life sciences industry",
        ),
        ("medicine",),
    ),
    (
        "landscaping",
        (
            "landscaper",
            "landscape gardener",
            "hardscaping",
            "patio install",
            "paving and turf",
            "lawn care business",
            "mowing route",
            "landscape contractor",
            "retaining wall build",
            "garden design and build",
            "irrigation install",
            "sod installation",
            "grounds maintenance",
            "mulching season",
            "landscaping crew",
            "garden maintenance business",
            "jardinero paisajista",
            "garten- und landschaftsbau",
            "paysagiste",
            "giardiniere paesaggista",
            "paisagista",
        ),
        (
            "landscape photography",
            "landscape mode on my phone",
            "political landscape",
            "landscape painting",
            "the media landscape",
            "lawn tennis",
            "grassroots football",
            "mow down",
            "dig deep",
            "turf war",
            "hedge fund",
        ),
        (
            "landscaper",
            "landscapers",
            "landscape gardening",
            "lawn care",
            "hardscaping",
            "grounds maintenance",
            "landscape contractor",
        ),
        ("gardening",),
    ),
    (
        "roofing",
        (
            "roofer",
            "roofing contractor",
            "re-roof",
            "shingle roof replacement",
            "flat roofing",
            "epdm",
            "slate roofer",
            "lead work",
            "storm damage roof repair",
            "metal roofing",
            "roof tear off",
            "leadwork and flashing",
            "roofing crew",
            "gutters and fascias",
            "torch on felt",
            "tpo install",
            "techador",
            "dachdecker",
            "couvreur",
            "conciatetti",
            "telhadista",
        ),
        (
            "a roof over our heads",
            "hit the roof",
            "raise the roof",
            "through the roof",
            "rooftop bar",
            "fiddler on the roof",
            "glass ceiling",
            "under the same roof",
            "roof rack for the bikes",
            "roof of my mouth",
        ),
        ("roofer", "roofers", "roofing contractor", "roof repair", "roofing industry"),
        ("construction",),
    ),
    (
        "masonry",
        (
            "bricklayer",
            "stonemason",
            "brickwork",
            "laying blocks",
            "pointing and repointing",
            "dry stone walling",
            "stone carving",
            "brick and block",
            "masonry contractor",
            "lime mortar",
            "stone wall restoration",
            "heritage masonry",
            "concrete block",
            "chimney rebuild",
            "apprentice bricklayer",
            "flagstone patio",
            "albañilería",
            "maurermeister",
            "maçonnerie",
            "muratore",
            "pedreiro",
        ),
        (
            "freemason lodge meeting",
            "mason jar salad",
            "perry mason",
            "stone cold",
            "rolling stones",
            "hit a brick wall",
            "kidney stones",
            "lego bricks",
            "brick and mortar store",
            "stonewall inn",
            "concrete plans",
        ),
        ("bricklaying", "stonemasonry", "bricklayer", "stonemason", "brickwork", "stone masonry"),
        ("construction",),
    ),
    (
        "painting and decorating",
        (
            "painter and decorator",
            "decorator",
            "wallpaper hanging",
            "cutting in",
            "interior painting contractor",
            "exterior house painting",
            "prep, fill and sand",
            "decorating business",
            "commercial painter",
            "spray finishing",
            "emulsion and gloss",
            "skimming and painting",
            "house painter",
            "new build painting",
            "kitchen cabinet spraying",
            "painting contractor",
            "maler und lackierer",
            "peintre en bâtiment",
            "imbianchino",
            "pintor de paredes",
        ),
        (
            "oil painting on canvas",
            "watercolour landscape",
            "painted my nails",
            "decorating the christmas tree",
            "cake decorating",
            "face painting",
            "paint by numbers",
            "painting miniatures",
            "decorated war hero",
            "painting a grim picture",
        ),
        (
            "painter and decorator",
            "decorating",
            "house painting",
            "decorator",
            "decorators",
            "painting contractor",
        ),
        ("construction",),
    ),
    (
        "machining",
        (
            "machinist",
            "cnc machinist",
            "cnc programmer",
            "lathe work",
            "manual mill",
            "tool and die maker",
            "5-axis machining",
            "cam programming",
            "tight tolerances",
            "precision machining",
            "setting up the haas",
            "turning and milling",
            "toolroom",
            "fixture design",
            "first article inspection",
            "making chips",
            "swiss-type lathe",
            "tornero fresador",
            "zerspanungsmechaniker",
            "usineur",
            "tornitore",
            "torneiro mecânico",
        ),
        (
            "political machine",
            "washing machine broke",
            "slot machine",
            "coffee machine",
            "time machine",
            "rage against the machine",
            "machine learning model",
            "rumour mill",
            "milling around",
            "potato chips",
            "run of the mill",
        ),
        ("machinist", "machinists", "cnc machining", "cnc", "precision machining", "toolmaking"),
        ("manufacturing",),
    ),
    (
        "butchery",
        (
            "butcher",
            "master butcher",
            "butcher shop",
            "whole animal butchery",
            "breaking down a side of beef",
            "dry aged beef",
            "sausage making",
            "charcuterie",
            "meat cutter",
            "nose to tail",
            "apprentice butcher",
            "seam butchery",
            "dry ager",
            "butchery class",
            "meat counter",
            "carnicero",
            "metzgerei",
            "boucher",
            "macellaio",
            "açougueiro",
        ),
        (
            "butchered the song",
            "billy butcher in the boys",
            "butcher block countertop",
            "butchered my hair",
            "slaughtered in the exam",
            "carving the turkey at christmas",
            "meat free monday",
            "sausage fingers",
            "the butcher of serial killers",
            "butterfly knife",
        ),
        ("butcher", "butchers", "butchering", "meat cutting", "charcuterie"),
        ("food",),
    ),
    (
        "locksmithing",
        (
            "locksmith",
            "emergency locksmith",
            "lockout service",
            "lock picking",
            "locksport",
            "rekeying",
            "master key system",
            "safe technician",
            "auto locksmith",
            "key cutting",
            "access control installs",
            "locked out call at midnight",
            "high security locks",
            "lock bypass",
            "apprentice locksmith",
            "picked a master lock",
            "cerrajero",
            "schlüsseldienst",
            "serrurier",
            "fabbro serrature",
            "chaveiro 24 horas",
        ),
        (
            "locked in for the weekend",
            "lock of hair",
            "lock screen wallpaper",
            "key to success",
            "keynote speech",
            "key lime pie",
            "lockdown again",
            "loch ness",
            "locked and loaded",
            "lock it in",
            "goldilocks",
        ),
        ("locksmith", "locksmiths", "lock picking", "lockpicking", "locksport"),
        (),
    ),
    (
        "upholstery",
        (
            "upholsterer",
            "reupholstered a chair",
            "upholstery business",
            "foam and webbing",
            "traditional upholstery",
            "sofa reupholstery",
            "boat upholstery",
            "auto upholstery",
            "stripped back to the frame",
            "tacks and hessian",
            "button tufting",
            "fabric for the wingback",
            "upholstery course",
            "deep buttoning",
            "headboard upholstery",
            "tapicero",
            "polsterer",
            "tapissier",
            "tappezziere",
            "estofador",
        ),
        (
            "upholding the law",
            "sofa bed delivery",
            "couch potato",
            "furniture shopping at ikea",
            "fabric softener",
            "hold up",
            "sitting on the fence",
            "pillow talk",
            "cushion the blow",
            "armchair critic",
        ),
        ("upholsterer", "upholsterers", "reupholstery", "furniture upholstery", "upholstering"),
        ("crafts",),
    ),
    (
        "trucking",
        (
            "truck driver",
            "trucker",
            "owner operator",
            "over the road",
            "cdl driver",
            "hgv driver",
            "class 1 driver",
            "long haul",
            "reefer load",
            "flatbed",
            "18 wheeler",
            "logbook and hours of service",
            "drove 600 miles today",
            "trucking company",
            "freight broker",
            "peterbilt",
            "tachograph",
            "camionero",
            "lkw-fahrer",
            "routier",
            "camionista",
            "caminhoneiro",
        ),
        (
            "keep on truckin",
            "monster trucks",
            "food truck festival",
            "toy trucks for my son",
            "fire truck",
            "pickup truck for camping",
            "hit by a truck, so tired",
            "a truckload of work",
            "long haul flight",
            "haul video",
            "mack the knife",
        ),
        ("trucker", "truckers", "truck driving", "truck driver", "hgv", "trucking industry", "lorry driver"),
        ("supply chain",),
    ),
    (
        "maritime",
        (
            "merchant navy",
            "seafarer",
            "chief officer",
            "ship's engineer",
            "deck officer",
            "on board a container ship",
            "maritime industry",
            "shipping industry",
            "master mariner",
            "marine engineer",
            "port operations",
            "tanker",
            "bulk carrier",
            "ship management",
            "chartering",
            "ship broker",
            "marine pilot",
            "vessel operations",
            "marina mercante",
            "seefahrt",
            "marine marchande",
            "marittimo",
            "marinha mercante",
        ),
        (
            "shipping my favourite characters",
            "free shipping",
            "shipping costs",
            "ship it",
            "friendship",
            "navy blue",
            "sea shanty",
            "cruise holiday",
            "pirates of the caribbean",
            "sailing with friends",
            "marine corps",
        ),
        (
            "shipping industry",
            "maritime industry",
            "merchant navy",
            "seafaring",
            "seafarer",
            "shipping",
            "merchant marine",
        ),
        ("supply chain",),
    ),
    (
        "warehousing",
        (
            "warehouse operative",
            "forklift driver",
            "warehouse manager",
            "picking and packing",
            "fulfilment centre",
            "reach truck",
            "inventory control",
            "distribution centre",
            "pallets",
            "peak season at the warehouse",
            "wms",
            "goods in",
            "cycle counts",
            "shift lead at the dc",
            "amazon warehouse associate",
            "order picker",
            "warehouse supervisor",
            "mozo de almacén",
            "lagerist",
            "cariste",
            "magazziniere",
            "armazém",
        ),
        (
            "warehouse rave",
            "costco haul",
            "storage wars",
            "data warehouse",
            "snowflake data warehouse",
            "warehouse party",
            "pick me",
            "packing for holiday",
            "shelf life",
            "palette of colors",
        ),
        (
            "warehouse",
            "warehouse operations",
            "fulfillment",
            "fulfilment",
            "distribution centre",
            "warehouse logistics",
            "forklift",
        ),
        ("supply chain",),
    ),
    (
        "air traffic control",
        (
            "air traffic controller",
            "atc",
            "approach controller",
            "tower controller",
            "en route centre",
            "radar controller",
            "atco",
            "faa academy",
            "sector busy today",
            "clearance delivery",
            "ground control position",
            "training on the radar sim",
            "controller shift",
            "airspace design",
            "ifr separation",
            "eurocontrol",
            "controlador aéreo",
            "fluglotse",
            "contrôleur aérien",
            "controllore di volo",
            "controlador de tráfego aéreo",
        ),
        (
            "traffic jam on the m25",
            "control freak",
            "remote control",
            "web traffic is up",
            "air fryer recipes",
            "air guitar",
            "mission control",
            "traffic light",
            "birth control",
            "out of control",
            "airport delays again",
        ),
        ("air traffic controller", "atc", "air traffic controllers", "air traffic management", "atco"),
        ("aviation",),
    ),
    (
        "private equity",
        (
            "private equity associate",
            "pe fund",
            "leveraged buyout",
            "lbo model",
            "portfolio company",
            "deal team",
            "fundraising for fund iii",
            "growth equity",
            "operating partner",
            "buy and build",
            "exit multiple",
            "carried interest",
            "mid-market buyout",
            "due diligence",
            "secondaries",
            "lps and gps",
            "closed our fund",
            "fondos de capital privado",
            "beteiligungsgesellschaft",
            "capital-investissement",
            "fondo di private equity",
            "gestora de private equity",
        ),
        (
            "private school",
            "private jet",
            "private message me",
            "equity and inclusion",
            "home equity loan",
            "sweat equity",
            "equity card for actors",
            "private browsing",
            "fair and equitable",
            "private life",
        ),
        ("buyouts", "private capital", "private markets", "leveraged buyouts", "growth equity"),
        ("finance", "investing"),
    ),
    (
        "auditing",
        (
            "auditor",
            "external audit",
            "internal audit",
            "audit senior",
            "busy season",
            "audit fieldwork",
            "sox testing",
            "audit manager",
            "big four audit",
            "financial statement audit",
            "audit committee",
            "going concern",
            "statutory audit",
            "it audit",
            "audit sampling",
            "signing off the accounts",
            "auditora",
            "wirtschaftsprüfer",
            "commissaire aux comptes",
            "revisore dei conti",
            "auditoria",
        ),
        (
            "auditioning for the musical",
            "audi a4",
            "auditing a class for fun",
            "accessibility audit of the website",
            "wardrobe audit",
            "seo audit",
            "tax return filing time",
            "audible audiobooks",
            "spot check",
            "energy audit of my house",
        ),
        ("audit", "auditor", "auditors", "internal audit", "external audit", "audit and assurance"),
        ("accounting",),
    ),
    (
        "wealth management",
        (
            "financial adviser",
            "wealth manager",
            "financial planner",
            "certified financial planner",
            "cfp",
            "private banking",
            "client portfolios",
            "retirement planning for clients",
            "ifa",
            "estate planning",
            "relationship manager",
            "family office",
            "discretionary portfolio management",
            "chartered financial planner",
            "fiduciary advisor",
            "annual client reviews",
            "asesor financiero",
            "vermögensberater",
            "conseiller en gestion de patrimoine",
            "consulente finanziario",
            "assessor de investimentos",
        ),
        (
            "a wealth of experience",
            "health is wealth",
            "wealth inequality",
            "money can't buy happiness",
            "my budget spreadsheet",
            "saving for a house deposit",
            "financial aid office",
            "managing my anxiety",
            "family fortunes",
            "richie rich",
        ),
        (
            "financial planning",
            "financial advice",
            "financial advisor",
            "financial adviser",
            "wealth manager",
            "private banking",
            "financial planner",
            "ifa",
        ),
        ("finance", "investing"),
    ),
    (
        "intellectual property",
        (
            "ip lawyer",
            "patent attorney",
            "trademark attorney",
            "patent prosecution",
            "ip litigation",
            "trade mark registration",
            "prior art search",
            "copyright lawyer",
            "patent agent",
            "office action response",
            "licensing and ip",
            "patent drafting",
            "uspto",
            "epo opposition",
            "ip portfolio",
            "registered trade mark attorney",
            "propiedad intelectual",
            "patentanwalt",
            "propriété intellectuelle",
            "proprietà intellettuale",
            "propriedade intelectual",
        ),
        (
            "ip address",
            "my ip got banned",
            "intellectual conversation",
            "property ladder",
            "property developer",
            "copycat",
            "trademark smile",
            "brand new",
            "rip off",
            "ip man film",
        ),
        ("ip law", "patents", "patent law", "trademarks", "copyright law", "trademark law"),
        ("law",),
    ),
    (
        "employment law",
        (
            "employment lawyer",
            "employment solicitor",
            "employment tribunal",
            "unfair dismissal",
            "labor and employment attorney",
            "discrimination claims",
            "settlement agreements",
            "wrongful termination",
            "tupe",
            "workplace investigations",
            "non-compete",
            "employment law update",
            "plaintiff-side employment",
            "disciplinary and grievance",
            "derecho laboral",
            "arbeitsrecht",
            "droit du travail",
            "diritto del lavoro",
            "direito do trabalho",
        ),
        (
            "employment rate",
            "unemployed and job hunting",
            "law of attraction",
            "murphy's law",
            "mother-in-law",
            "laid off today",
            "self-employed",
            "employee of the month",
            "law and order marathon",
        ),
        ("labor law", "labour law", "employment lawyer", "labour and employment law", "workplace law"),
        ("law",),
    ),
    (
        "family law",
        (
            "family lawyer",
            "family law solicitor",
            "divorce attorney",
            "child custody",
            "family court",
            "divorce mediation",
            "financial remedy",
            "prenuptial agreements",
            "child arrangements",
            "collaborative divorce",
            "adoption attorney",
            "alimony",
            "family law barrister",
            "domestic relations",
            "derecho de familia",
            "familienrecht",
            "droit de la famille",
            "diritto di famiglia",
            "direito de família",
        ),
        (
            "mother-in-law",
            "family dinner",
            "family guy",
            "law and order marathon",
            "family vacation",
            "going through a divorce",
            "family business",
            "sister-in-law",
            "modern family",
        ),
        ("divorce law", "family lawyer", "matrimonial law", "divorce lawyer", "family law solicitor"),
        ("law",),
    ),
    (
        "emergency management",
        (
            "emergency manager",
            "emergency planning",
            "disaster preparedness",
            "business continuity",
            "incident command system",
            "fema",
            "eoc activation",
            "hazard mitigation",
            "disaster recovery",
            "civil protection",
            "emergency preparedness coordinator",
            "resilience planning",
            "tabletop exercise",
            "ics 300",
            "hurricane response",
            "cert team",
            "gestión de emergencias",
            "katastrophenschutz",
            "protection civile",
            "protezione civile",
            "defesa civil",
        ),
        (
            "emergency room",
            "it's an emergency",
            "disaster of a date",
            "managed to get there",
            "break glass in case of emergency",
            "emergency contact",
            "disaster movie",
            "emergency meeting in among us",
            "it disaster recovery backups",
        ),
        (
            "emergency planning",
            "disaster management",
            "emergency preparedness",
            "civil protection",
            "disaster preparedness",
        ),
        ("government",),
    ),
    (
        "dairy farming",
        (
            "dairy farmer",
            "milking cows",
            "milking parlour",
            "dairy herd",
            "calving season",
            "robot milker",
            "holsteins",
            "heifers",
            "silage",
            "grazing dairy",
            "milk yield",
            "fourth generation dairy farm",
            "dairy goat farm",
            "cow comfort",
            "breeding heifers",
            "ganadero lechero",
            "milchbauer",
            "éleveur laitier",
            "vacche da latte",
            "produtor de leite",
        ),
        (
            "dairy free recipes",
            "lactose intolerant",
            "milk and cookies",
            "milking it",
            "cash cow",
            "holy cow",
            "dairy queen",
            "cheese board",
            "oat milk latte",
            "milky way",
            "cowboy boots",
        ),
        ("dairy", "dairy farmer", "dairy farm", "dairy industry", "dairy cattle", "milk production"),
        ("agriculture",),
    ),
    (
        "livestock farming",
        (
            "cattle rancher",
            "beef farmer",
            "sheep farmer",
            "lambing season",
            "calving",
            "cow-calf operation",
            "feedlot",
            "pig farmer",
            "poultry farmer",
            "grazing management",
            "livestock auction",
            "sale barn",
            "herd health",
            "shearing",
            "suckler herd",
            "ranch life",
            "branding day",
            "ganadero",
            "viehzüchter",
            "éleveur",
            "allevamento",
            "pecuarista",
        ),
        (
            "herd immunity",
            "sheeple",
            "black sheep of the family",
            "cattle call auditions",
            "pig out",
            "chicken nuggets",
            "beef with my brother",
            "ranch dressing",
            "sheepish",
            "herding cats",
            "cash cow",
        ),
        (
            "ranching",
            "livestock",
            "cattle farming",
            "sheep farming",
            "rancher",
            "animal husbandry",
            "beef farming",
            "pig farming",
        ),
        ("agriculture",),
    ),
    (
        "viticulture",
        (
            "viticulturist",
            "vineyard manager",
            "grape grower",
            "harvest in the vineyard",
            "pruning the vines",
            "veraison",
            "canopy management",
            "winegrower",
            "biodynamic vineyard",
            "bud break",
            "rootstock trials",
            "working the harvest",
            "vine training",
            "vineyard spraying",
            "viticultor",
            "winzer",
            "vigneron",
            "viticoltore",
            "vindima",
        ),
        (
            "wine tasting with friends",
            "wine o'clock",
            "vintage clothing",
            "vintage cars",
            "heard it through the grapevine",
            "sour grapes",
            "vine compilation",
            "grape juice",
            "raisin bran",
            "vines creeping over the garden wall",
        ),
        ("viticulturist", "vineyards", "grape growing", "winegrowing", "vineyard management", "vine growing"),
        ("agriculture", "wine"),
    ),
    (
        "aquaculture",
        (
            "fish farming",
            "salmon farm",
            "aquaculture technician",
            "hatchery",
            "shellfish farming",
            "oyster farmer",
            "mussel farm",
            "recirculating aquaculture system",
            "ras",
            "fish health",
            "sea lice",
            "seaweed farming",
            "shrimp farm",
            "fish feed",
            "tilapia farm",
            "acuicultura",
            "aquakultur",
            "pisciculture",
            "acquacoltura",
            "aquicultura",
        ),
        (
            "aquarium at home",
            "aqua aerobics",
            "aquaman",
            "fish and chips",
            "fish out of water",
            "farm life tiktok",
            "plenty of fish",
            "aquarius horoscope",
            "sushi dinner",
        ),
        ("fish farming", "fish farmer", "mariculture", "shellfish farming", "aquafarming", "oyster farming"),
        ("agriculture",),
    ),
    (
        "food science",
        (
            "food scientist",
            "food technologist",
            "product development",
            "npd",
            "shelf life testing",
            "sensory evaluation",
            "food chemistry",
            "formulation",
            "food technology degree",
            "ift",
            "emulsifiers",
            "food microbiology",
            "flavour chemist",
            "r&d kitchen",
            "scale-up",
            "plant-based product development",
            "ciencia de los alimentos",
            "lebensmitteltechnologie",
            "sciences des aliments",
            "tecnologo alimentare",
            "engenharia de alimentos",
        ),
        (
            "science fiction",
            "food for thought",
            "food coma",
            "rocket science",
            "food blog",
            "political science",
            "the science of love",
            "meal prep sunday",
            "cooking show",
        ),
        (
            "food technology",
            "food scientist",
            "food technologist",
            "food chemistry",
            "food product development",
        ),
        ("food", "science"),
    ),
    (
        "food safety",
        (
            "food safety manager",
            "haccp",
            "food safety auditor",
            "environmental health officer",
            "brc audit",
            "sqf",
            "allergen management",
            "food hygiene rating",
            "gfsi",
            "food safety culture",
            "pest control audit",
            "fsma",
            "temperature logs",
            "food safety training",
            "recall management",
            "hygiene inspection",
            "inocuidad alimentaria",
            "lebensmittelsicherheit",
            "hygiène alimentaire",
            "igiene degli alimenti",
            "segurança dos alimentos",
        ),
        (
            "food security and hunger",
            "safety first",
            "safe space",
            "food poisoning from that takeaway",
            "hygiene routine",
            "kitchen nightmares",
            "play it safe",
            "clean eating",
            "use by date",
        ),
        (
            "haccp",
            "food hygiene",
            "food safety management",
            "food quality assurance",
            "food safety and quality",
        ),
        (),
    ),
    (
        "commercial fishing",
        (
            "commercial fisherman",
            "deckhand",
            "trawler",
            "lobsterman",
            "crab boat",
            "longliner",
            "fishing vessel",
            "skipper",
            "gillnet",
            "fishing quota",
            "at sea for two weeks",
            "bering sea",
            "scallop dredging",
            "fish market auction",
            "inshore fishing",
            "fishing fleet",
            "seine net",
            "pesca artesanal",
            "fischkutter",
            "pêche professionnelle",
            "peschereccio",
            "pesca comercial",
        ),
        (
            "fishing for compliments",
            "catfishing on dating apps",
            "phishing email",
            "fishing trip with dad",
            "fly fishing",
            "plenty of fish in the sea",
            "fish tacos",
            "reel of the day",
            "net worth",
            "hooked on this show",
        ),
        (
            "fisheries",
            "fishing industry",
            "commercial fisherman",
            "trawling",
            "fishing fleet",
            "commercial fisheries",
        ),
        ("fishing",),
    ),
    (
        "retail",
        (
            "retail manager",
            "store manager",
            "retail worker",
            "working retail",
            "shop floor",
            "visual merchandising",
            "merchandiser",
            "retail assistant",
            "black friday shift",
            "customer service on the tills",
            "retail buyer",
            "stocking shelves",
            "loss prevention",
            "retail operations",
            "omnichannel retail",
            "area manager",
            "grocery retail",
            "comercio minorista",
            "einzelhandel",
            "commerce de détail",
            "commercio al dettaglio",
            "varejo",
        ),
        (
            "retail therapy",
            "shopping haul",
            "window shopping",
            "full retail price",
            "shop till you drop",
            "buying online",
            "thrift haul",
            "store brand",
            "in store for you",
            "retail investors",
        ),
        ("retail industry", "retailing", "retail management", "store manager", "shop work", "high street"),
        ("business",),
    ),
    (
        "health and safety",
        (
            "health and safety officer",
            "hse manager",
            "ehs",
            "nebosh",
            "risk assessments",
            "osha compliance",
            "safety professional",
            "site safety",
            "safety inspector",
            "incident investigation",
            "near miss reporting",
            "toolbox talk",
            "iosh",
            "ppe compliance",
            "safety culture",
            "occupational health and safety",
            "csp",
            "prevencionista de riesgos",
            "arbeitssicherheit",
            "sécurité au travail",
            "sicurezza sul lavoro",
            "segurança do trabalho",
        ),
        (
            "health and wellness journey",
            "safe travels",
            "safety pin",
            "safe word",
            "mental health day",
            "health kick",
            "the safety dance",
            "stay safe out there",
            "safety net",
            "safe harbor",
        ),
        ("occupational safety", "occupational health and safety", "ohs", "ehs", "hse", "workplace safety"),
        (),
    ),
    (
        "zoology",
        (
            "zoologist",
            "zoology student",
            "studying animal behaviour in the wild",
            "field zoologist tracking lemurs",
            "vertebrate zoology lecturer",
            "animal biology degree",
            "comparative anatomy of mammals",
            "ethology research on primates",
            "invertebrate zoology fieldwork",
            "curating the zoology collections at the museum",
            "phd in zoology, studying bats",
            "radio-tracking hedgehogs for my thesis",
            "described a new species of frog",
            "camera traps for my mammal survey",
            "zoology field course in madagascar",
            "animal physiology and behaviour",
            "zoólogo de campo",
            "zoóloga especializada en anfibios",
            "zoologin an der uni",
            "zoologiste de terrain",
            "zoologo e naturalista",
        ),
        (
            "the office is a total zoo today",
            "zoo tycoon nostalgia",
            "zoom call all afternoon",
            "animal crossing island tour",
            "party animal every weekend",
            "beast mode at the gym",
            "the kids turned the house into a zoo",
            "animal print dress",
            "fursuit at the convention",
            "petting zoo at the farm fair",
        ),
        ("zoologist", "zoologists", "animal biology", "ethology", "animal behaviour"),
        ("biology",),
    ),
    (
        "biochemistry",
        (
            "biochemist",
            "biochemistry student",
            "protein purification all day",
            "running western blots",
            "enzyme kinetics assays",
            "structural biology and protein folding",
            "biochemistry lab bench life",
            "revising metabolic pathways",
            "krebs cycle flashcards",
            "pcr and gel electrophoresis",
            "phd in biochemistry",
            "molecular biology and biochemistry lecturer",
            "finally crystallised my protein",
            "sds-page gels again",
            "postdoc in enzymology",
            "biochemical assays in the lab",
            "bioquímica de formación",
            "biochemikerin",
            "biochimiste",
            "biochimica e biologia molecolare",
            "bioquímica no laboratório",
        ),
        (
            "we just have great chemistry",
            "great chemistry on the pitch",
            "link in bio",
            "organic veg box delivery",
            "protein shake after the gym",
            "protein bars and macros",
            "enzyme laundry detergent",
            "chemistry set for the kids",
            "breaking bad rewatch",
            "biohacking with cold plunges",
        ),
        ("biochemist", "biochemists", "biochem", "biological chemistry"),
        ("biology", "chemistry"),
    ),
    (
        "pharmacology",
        (
            "pharmacologist",
            "pharmacology student",
            "drug discovery scientist",
            "preclinical pharmacology",
            "pharmacokinetics and pharmacodynamics",
            "plotting dose-response curves",
            "clinical pharmacology unit",
            "receptor pharmacology research",
            "phd in pharmacology",
            "studying drug metabolism",
            "adme and toxicity studies",
            "mechanism of action lecture",
            "in vivo pharmacology team",
            "drug target validation",
            "pk modelling for the trial",
            "neuropharmacology lab",
            "farmacología clínica",
            "farmacóloga",
            "pharmakologin",
            "pharmacologue",
            "farmacologia e tossicologia",
        ),
        (
            "queue at the pharmacy for my prescription",
            "chemist shop on the high street",
            "drug dealer busted",
            "drugstore makeup haul",
            "big pharma conspiracy",
            "taking paracetamol for my headache",
            "over the counter cold remedies",
            "pill organiser for grandma",
            "dope beats",
        ),
        ("pharmacologist", "pharmacologists", "pharmacokinetics", "drug discovery", "clinical pharmacology"),
        ("medicine",),
    ),
    (
        "particle physics",
        (
            "particle physicist",
            "working at cern",
            "higgs boson analysis",
            "lhc data analysis",
            "hadron collider run 3",
            "neutrino physics experiment",
            "searching for dark matter particles",
            "standard model physics",
            "physics beyond the standard model",
            "detector physics postdoc",
            "quarks and gluons",
            "high energy physics",
            "collider physics phd",
            "qcd calculations",
            "trigger and event reconstruction",
            "feynman diagrams on the whiteboard",
            "física de partículas",
            "teilchenphysik",
            "physique des particules",
            "fisica delle particelle",
            "física de partículas elementares",
        ),
        (
            "particle board desk from ikea",
            "air purifier for pm2.5 particles",
            "dust particles on the lens",
            "particle effects in my game",
            "particle fx in after effects",
            "accelerate my career",
            "big bang theory sitcom reruns",
            "quark cheese for breakfast",
            "atomic habits book club",
        ),
        ("particle physicist", "high energy physics", "hep", "collider physics", "neutrino physics"),
        ("physics",),
    ),
    (
        "evolutionary biology",
        (
            "evolutionary biologist",
            "studying natural selection",
            "phylogenetics and tree building",
            "speciation research",
            "evolution of sexual selection",
            "population genetics",
            "darwin's finches",
            "comparative genomics of evolution",
            "evolutionary ecology phd",
            "fitness landscapes and adaptation",
            "macroevolution and the fossil record",
            "co-evolution of hosts and parasites",
            "rereading on the origin of species",
            "molecular evolution lab",
            "teaching evolution to undergrads",
            "experimental evolution with bacteria",
            "biología evolutiva",
            "evolutionsbiologie",
            "biologie évolutive",
            "biologia evoluzionistica",
            "biologia evolutiva",
        ),
        (
            "the evolution of my business",
            "my pokémon finally evolved",
            "evolving as a person",
            "evolve your morning routine",
            "survival of the fittest at work",
            "the evolution of hip hop",
            "fitness journey",
            "evolution of the iphone",
            "personal growth and evolution",
            "darwin awards",
        ),
        (
            "evolutionary biologist",
            "evolution",
            "evolutionary genetics",
            "phylogenetics",
            "evolutionary ecology",
        ),
        ("biology",),
    ),
    (
        "cognitive science",
        (
            "cognitive scientist",
            "cog sci major",
            "studying how the mind works",
            "cognitive psychology research",
            "computational models of cognition",
            "perception and attention experiments",
            "working memory study",
            "language and cognition",
            "embodied cognition",
            "consciousness research",
            "decision making lab",
            "cognitive neuroscience postdoc",
            "running eye-tracking experiments",
            "philosophy of mind and cogsci",
            "bayesian models of the mind",
            "psycholinguistics experiments",
            "ciencia cognitiva",
            "kognitionswissenschaft",
            "sciences cognitives",
            "scienze cognitive",
            "ciência cognitiva",
        ),
        (
            "cognitive behavioural therapy",
            "cbt sessions with my therapist",
            "cognitive decline in my gran",
            "brain fog after covid",
            "brain training app streak",
            "mindset coaching",
            "cognitive dissonance in politics",
            "science fair project",
            "smart casual dress code",
        ),
        ("cognitive scientist", "cogsci", "cog sci", "cognitive psychology", "cognition"),
        ("psychology", "neuroscience"),
    ),
    (
        "toxicology",
        (
            "toxicologist",
            "forensic toxicology",
            "toxicology lab",
            "environmental toxicology",
            "ecotoxicology research",
            "poison control specialist",
            "risk assessment of chemicals",
            "the dose makes the poison",
            "regulatory toxicology",
            "in vitro toxicity testing",
            "toxicology phd",
            "heavy metal toxicity study",
            "clinical toxicology rotation",
            "safety assessment of cosmetic ingredients",
            "studying pesticide exposure",
            "mycotoxins and food safety",
            "toxicología forense",
            "toxikologin",
            "toxicologue",
            "tossicologia ambientale",
            "toxicologista",
        ),
        (
            "toxic relationship",
            "my toxic ex",
            "toxic workplace culture",
            "toxic positivity",
            "toxic masculinity",
            "toxic fandom",
            "toxic gaming lobby",
            "detox tea",
            "juice cleanse detox",
            "poison ivy rash",
            "toxic by britney on repeat",
        ),
        ("toxicologist", "toxicologists", "ecotoxicology", "forensic toxicology"),
        ("science",),
    ),
    (
        "virology",
        (
            "virologist",
            "virology lab",
            "studying coronaviruses",
            "influenza research",
            "viral evolution",
            "vaccine development",
            "retrovirus research",
            "bsl-3 lab work",
            "phage biology",
            "virus structure and replication",
            "sequencing viral genomes",
            "antiviral drug research",
            "pandemic preparedness research",
            "phd in virology",
            "running plaque assays",
            "emerging viruses",
            "virología",
            "virologin",
            "virologue",
            "virologia molecolare",
            "virologista",
        ),
        (
            "went viral on tiktok",
            "viral video",
            "viral marketing",
            "computer virus on my laptop",
            "antivirus software",
            "stomach bug going round the office",
            "man flu",
            "corona beer",
            "infectious laugh",
            "the virus going round school",
        ),
        ("virologist", "virologists", "viruses", "viral research"),
        ("microbiology",),
    ),
    (
        "cryptography",
        (
            "cryptographer",
            "applied cryptography",
            "post-quantum cryptography",
            "elliptic curve crypto research",
            "zero-knowledge proofs",
            "public key infrastructure",
            "cryptanalysis",
            "designing encryption protocols",
            "end-to-end encryption",
            "homomorphic encryption",
            "side channel attacks",
            "tls and pki engineer",
            "lattice-based cryptography",
            "breaking classical ciphers",
            "cryptography phd",
            "hash functions and signatures",
            "criptografía",
            "kryptographie",
            "cryptographie",
            "crittografia",
            "criptografia",
        ),
        (
            "crypto bro",
            "buy bitcoin now",
            "cryptocurrency trading",
            "crypto to the moon",
            "nft drop",
            "cryptic crossword",
            "cryptic message from my ex",
            "password123 lol",
            "cryptid hunting for bigfoot",
            "seed phrase for my wallet",
        ),
        (
            "cryptographer",
            "cryptographers",
            "encryption",
            "cryptology",
            "applied cryptography",
            "cryptanalysis",
        ),
        ("cybersecurity", "mathematics"),
    ),
    (
        "english literature",
        (
            "english lit student",
            "english literature graduate",
            "reading the romantic poets",
            "victorian novels",
            "essay on jane austen",
            "literature degree",
            "teaching english literature",
            "modernist fiction",
            "close reading of the text",
            "literary criticism",
            "dissertation on virginia woolf",
            "the canterbury tales in middle english",
            "phd in english",
            "literary theory seminar",
            "the brontës",
            "english lit teacher",
            "reading list for my lit module",
            "literatura inglesa",
            "englische literatur",
            "littérature anglaise",
            "letteratura inglese",
            "literatura inglesa e americana",
        ),
        (
            "full english breakfast",
            "english premier league",
            "english bulldog puppy",
            "marketing literature and brochures",
            "product literature for the sales team",
            "english as a second language",
            "english muffin",
            "that party was lit",
            "the scientific literature on caffeine",
            "english tea and biscuits",
        ),
        ("english lit", "literary studies", "english studies", "british literature", "literature degree"),
        ("books",),
    ),
    (
        "history of science",
        (
            "historian of science",
            "history and philosophy of science",
            "hps student",
            "history of medicine",
            "the scientific revolution",
            "newton's alchemy notebooks",
            "darwin's correspondence",
            "history of astronomy",
            "galileo and the church",
            "old scientific instruments",
            "history of technology",
            "royal society archives",
            "early modern natural philosophy",
            "history of mathematics",
            "history of chemistry",
            "science museum curator",
            "historia de la ciencia",
            "wissenschaftsgeschichte",
            "histoire des sciences",
            "storia della scienza",
            "história da ciência",
        ),
        (
            "history homework due tomorrow",
            "science fair volcano",
            "clearing my browser history",
            "history repeating itself",
            "we made history tonight",
            "the science of sleep",
            "natural history museum with the kids",
            "the chemistry between us",
            "history channel aliens",
        ),
        (
            "historian of science",
            "history and philosophy of science",
            "hps",
            "history of medicine",
            "history of technology",
        ),
        ("history", "science"),
    ),
    (
        "roman history",
        (
            "roman empire nerd",
            "thinking about the roman empire again",
            "ancient rome",
            "roman legions",
            "the fall of the republic",
            "julius caesar",
            "roman britain",
            "walking hadrian's wall",
            "roman archaeology",
            "reading mary beard",
            "roman coins",
            "latin and roman history",
            "the roman emperors",
            "the punic wars",
            "gladiators and the colosseum",
            "roman villa excavation",
            "pompeii",
            "historia de roma",
            "römische geschichte",
            "histoire romaine",
            "storia romana",
            "história romana",
        ),
        (
            "roman catholic church",
            "roman numerals",
            "roman reigns wrestling",
            "romance novels",
            "roman candle fireworks",
            "roman blinds for the kitchen",
            "romanian food",
            "as roma fan",
            "roman holiday film",
            "when in rome",
        ),
        ("roman empire", "roman britain", "roman republic", "ancient romans"),
        ("ancient history",),
    ),
    (
        "victorian history",
        (
            "victorian era",
            "victorian england",
            "19th century britain",
            "queen victoria",
            "victorian social history",
            "victorian workhouses",
            "victorian mourning customs",
            "the industrial revolution",
            "victorian fashion history",
            "victorian london",
            "jack the ripper era",
            "victorian photography",
            "victorian literature",
            "the victorians and the empire",
            "researching victorian ancestors",
            "victorian death and medicine",
            "época victoriana",
            "viktorianisches zeitalter",
            "époque victorienne",
            "epoca vittoriana",
            "era vitoriana",
        ),
        (
            "victoria sponge cake",
            "victoria beckham",
            "victoria station delays",
            "victoria's secret haul",
            "weekend in victoria, bc",
            "victorian government",
            "the victorian premier",
            "melbourne, victoria",
            "steampunk costume",
            "victory lap",
            "victorian terrace for sale",
        ),
        ("victorian era", "victorians", "the victorians", "19th century history", "victorian britain"),
        ("history",),
    ),
    (
        "cold war history",
        (
            "cold war buff",
            "the berlin wall",
            "the cuban missile crisis",
            "the iron curtain",
            "soviet union history",
            "the nuclear arms race",
            "the space race",
            "stasi files",
            "cold war bunkers",
            "espionage history",
            "kgb and cia",
            "vietnam war history",
            "the korean war",
            "ussr",
            "cold war museum",
            "reading about the eastern bloc",
            "guerra fría",
            "kalter krieg",
            "guerre froide",
            "guerra fredda",
            "guerra fria",
        ),
        (
            "cold weather",
            "caught a cold",
            "cold brew coffee",
            "cold war with my neighbour",
            "cold shower",
            "cold call sales",
            "the cold war between my siblings",
            "cold case podcast",
            "cold plunge",
        ),
        ("cold war", "the cold war", "soviet history", "ussr history"),
        ("history",),
    ),
    (
        "women's history",
        (
            "women's history month",
            "suffragettes",
            "suffragists",
            "votes for women",
            "forgotten women of history",
            "women in history",
            "herstory",
            "feminist history",
            "history of women's work",
            "women scientists in history",
            "gender history",
            "uncovering women's lives",
            "the pankhursts",
            "women's suffrage centenary",
            "she was written out of history",
            "historia de las mujeres",
            "frauengeschichte",
            "histoire des femmes",
            "storia delle donne",
            "história das mulheres",
        ),
        (
            "women's football",
            "women's clothing sale",
            "women's health clinic",
            "ladies night",
            "women's shoes",
            "my search history",
            "girls' night out",
            "women in business networking",
        ),
        ("womens history", "herstory", "women in history", "gender history", "suffrage history"),
        ("history", "feminism"),
    ),
    (
        "black history",
        (
            "black history month",
            "african american history",
            "civil rights movement history",
            "history of slavery",
            "the underground railroad",
            "harlem renaissance",
            "the windrush generation",
            "black british history",
            "juneteenth",
            "martin luther king jr",
            "teaching black history",
            "reconstruction era",
            "black history 365",
            "the transatlantic slave trade",
            "abolitionists",
            "black historians",
            "historia afroamericana",
            "schwarze geschichte",
            "histoire des noirs",
            "storia afroamericana",
            "história negra",
        ),
        (
            "black friday deals",
            "black coffee",
            "little black dress",
            "black metal",
            "black belt in karate",
            "black ops gaming",
            "blackout at home",
            "black cats",
            "black panther marvel",
            "back in the black",
        ),
        (
            "african american history",
            "black british history",
            "afro-american history",
            "african diaspora history",
        ),
        ("history",),
    ),
    (
        "bioethics",
        (
            "bioethicist",
            "medical ethics",
            "clinical ethics committee",
            "research ethics board",
            "ethics of gene editing",
            "end of life ethics",
            "informed consent",
            "euthanasia debate",
            "ethics of ivf",
            "organ donation ethics",
            "public health ethics",
            "neuroethics",
            "bioethics phd",
            "philosophy of medicine",
            "ethics consult on the ward",
            "ethics of crispr babies",
            "bioética",
            "bioethik",
            "bioéthique",
            "bioetica",
            "ética médica",
        ),
        (
            "strong work ethic",
            "ethical fashion",
            "ethical investing",
            "ethical hacker",
            "bio in my profile",
            "biodegradable packaging",
            "moral support",
            "ethics training at work",
        ),
        ("bioethicist", "medical ethics", "clinical ethics", "research ethics", "neuroethics"),
        ("philosophy",),
    ),
    (
        "historic preservation",
        (
            "preservationist",
            "heritage conservation",
            "listed building restoration",
            "saving old buildings",
            "conservation architect",
            "historic buildings officer",
            "restoring a 1920s house",
            "national register nomination",
            "adaptive reuse of old buildings",
            "lime mortar repointing",
            "heritage advocacy",
            "save our historic theatre",
            "preservation society",
            "historic district",
            "stained glass restoration",
            "patrimonio histórico",
            "denkmalschutz",
            "patrimoine historique",
            "tutela del patrimonio",
            "patrimônio histórico",
        ),
        (
            "preserving jam",
            "food preservation",
            "self-preservation",
            "fruit preserves",
            "nature preserve",
            "pickling and preserves",
            "my phone history",
            "preservation of evidence",
        ),
        (
            "preservationist",
            "heritage conservation",
            "building conservation",
            "architectural conservation",
            "heritage preservation",
        ),
        ("history", "architecture"),
    ),
    (
        "ux research",
        (
            "ux researcher",
            "user researcher",
            "usability testing",
            "user interviews",
            "design research",
            "research ops",
            "jobs to be done interviews",
            "synthesis with affinity mapping",
            "diary studies",
            "card sorting",
            "persona research",
            "usability lab",
            "mixed methods ux",
            "recruiting participants for interviews",
            "research insights readout",
            "qualitative research for product",
            "investigación de usuarios",
            "nutzerforschung",
            "recherche utilisateur",
            "ricerca utente",
            "pesquisa com usuários",
        ),
        (
            "user manual",
            "drug user",
            "power user",
            "research paper for class",
            "market research survey calls",
            "interviewing for jobs",
            "beta tester",
            "test drive",
            "user generated content",
        ),
        ("ux researcher", "user research", "user researchers", "usability testing", "uxr", "design research"),
        ("design",),
    ),
    (
        "generative ai",
        (
            "building with llms",
            "large language models",
            "prompt engineering",
            "rag pipeline",
            "fine-tuning llama",
            "chatgpt tips",
            "stable diffusion",
            "ai image generation",
            "ai agents",
            "gpt-4",
            "midjourney prompts",
            "llm ops",
            "ai for content creation",
            "open weights models",
            "genai engineer",
            "evals for our llm app",
            "ia generativa",
            "generative ki",
            "ia générative",
            "intelligenza artificiale generativa",
            "modelos de linguagem",
        ),
        (
            "generator for the campsite",
            "generating leads",
            "generation z",
            "next generation",
            "gen x",
            "passive income generator",
            "backup power generator",
            "random name generator",
            "electricity generation",
        ),
        ("genai", "gen ai", "llms", "llm", "large language models", "prompt engineering", "chatgpt"),
        ("machine learning",),
    ),
    (
        "ai safety",
        (
            "ai safety researcher",
            "ai alignment",
            "existential risk from ai",
            "ai governance",
            "responsible ai",
            "ai ethics",
            "algorithmic fairness",
            "interpretability research",
            "ai policy",
            "red teaming models",
            "ai risk",
            "mechanistic interpretability",
            "bias in algorithms",
            "ai regulation",
            "eu ai act",
            "effective altruism and ai",
            "seguridad de la ia",
            "ki-sicherheit",
            "sécurité de l'ia",
            "etica dell'intelligenza artificiale",
            "ética em ia",
        ),
        (
            "safety first",
            "health and safety at work",
            "road safety",
            "safety goggles",
            "food safety",
            "child safety seat",
            "safe space",
            "wheel alignment",
        ),
        ("ai alignment", "ai ethics", "responsible ai", "ai governance", "ai risk", "ai policy"),
        ("machine learning",),
    ),
    (
        "golang",
        (
            "go developer",
            "golang engineer",
            "writing go",
            "gopher",
            "goroutines",
            "go microservices",
            "grpc in go",
            "gophercon",
            "go modules",
            "golang backend",
            "channels and goroutines",
            "go 1.22 released",
            "building cli tools in go",
            "if err != nil",
            "concurrency in go",
            "desarrollador go",
            "go-entwickler",
            "développeur go",
            "sviluppatore go",
            "desenvolvedor go",
        ),
        (
            "go for a run",
            "let's go",
            "go board game",
            "go kart",
            "on the go",
            "pokemon go",
            "go to the gym",
            "gopher in the garden",
            "gofundme",
            "go team",
        ),
        ("go programming", "go language", "golang developer", "go developer", "gophers"),
        ("programming",),
    ),
    (
        "c++",
        (
            "c++ developer",
            "modern c++",
            "c++20",
            "template metaprogramming",
            "cppcon",
            "writing c++",
            "game engine in c++",
            "low latency c++",
            "stl containers",
            "c++ for embedded",
            "undefined behaviour",
            "cmake build",
            "boost libraries",
            "smart pointers",
            "raii",
            "c++ engineer",
            "programador c++",
            "c++-entwickler",
            "développeur c++",
            "sviluppatore c++",
            "programador em c++",
        ),
        (
            "got a c+ on my essay",
            "vitamin c serum",
            "c-section recovery",
            "c major scale",
            "mercedes c-class",
            "see you later",
            "grade c in maths",
            "c cup bra",
        ),
        ("cpp", "c plus plus", "cplusplus", "modern c++", "c++ programming"),
        ("programming",),
    ),
    (
        "java",
        (
            "java developer",
            "spring boot",
            "jvm",
            "java engineer",
            "kotlin and java",
            "java 21",
            "maven build",
            "gradle",
            "jakarta ee",
            "java backend",
            "microservices in spring",
            "garbage collector tuning",
            "hibernate orm",
            "oracle java certified",
            "enterprise java",
            "intellij idea",
            "desarrollador java",
            "java-entwickler",
            "développeur java",
            "sviluppatore java",
            "desenvolvedor java",
        ),
        (
            "cup of java",
            "java coffee beans",
            "island of java",
            "bali and java trip",
            "java chip frappuccino",
            "java moss in my aquarium",
            "java sparrow",
            "javanese food",
        ),
        ("java programming", "java developer", "jvm", "spring boot"),
        ("programming",),
    ),
    (
        "mechanical keyboards",
        (
            "mechanical keyboard",
            "custom keyboard build",
            "lubing switches",
            "new keycaps",
            "group buy finally arrived",
            "hot-swap board",
            "the thock",
            "tactile switches",
            "split keyboard",
            "60% keyboard",
            "gmk keycaps",
            "keeb",
            "endgame board",
            "soldering switches",
            "qmk firmware",
            "desk setup with custom keeb",
            "teclado mecánico",
            "mechanische tastatur",
            "clavier mécanique",
            "tastiera meccanica",
            "teclado mecânico",
        ),
        (
            "keyboard player in a band",
            "piano keyboard lessons",
            "keyboard warrior",
            "mechanical engineering",
            "car mechanic",
            "touch typing test",
            "keyboard shortcuts",
            "synth keyboard",
            "keys to the house",
        ),
        ("mechanical keyboard", "custom keyboards", "keebs", "mech keys", "keyboard enthusiast"),
        ("tech",),
    ),
    (
        "retrocomputing",
        (
            "vintage computers",
            "commodore 64",
            "zx spectrum",
            "8-bit computers",
            "restoring an amiga",
            "apple ii",
            "recapping old boards",
            "dialed into a bbs",
            "basic programming on a c64",
            "ms-dos",
            "vintage computer festival",
            "old pcs",
            "486 build",
            "floppy disks",
            "demoscene",
            "retro computing",
            "computadoras antiguas",
            "retro-computer",
            "ordinateurs anciens",
            "computer d'epoca",
            "computadores antigos",
        ),
        (
            "retro fashion",
            "vintage clothing",
            "retro diner",
            "my old computer is so slow",
            "my laptop died",
            "vintage wine",
            "vintage cars",
            "retro sofa",
        ),
        ("retro computing", "vintage computing", "vintage computers", "retro computers", "8-bit computers"),
        ("tech",),
    ),
    (
        "data visualization",
        (
            "dataviz",
            "data viz",
            "visualizing data",
            "chart design",
            "d3.js",
            "tableau",
            "power bi dashboards",
            "information design",
            "infographics",
            "storytelling with data",
            "#tidytuesday",
            "ggplot2",
            "maps and charts",
            "interactive graphics",
            "data journalism graphics",
            "visualización de datos",
            "datenvisualisierung",
            "visualisation de données",
            "visualizzazione dei dati",
            "visualização de dados",
        ),
        (
            "vision board",
            "visualization meditation",
            "visualize your goals",
            "data plan for my phone",
            "chart topping song",
            "astrology chart",
            "seating chart",
            "manifesting",
            "eye test",
        ),
        ("data visualisation", "data viz", "infographics", "information design"),
        ("data science", "design"),
    ),
    (
        "gis",
        (
            "gis analyst",
            "geospatial data",
            "qgis",
            "arcgis",
            "mapping with gis",
            "spatial analysis",
            "remote sensing",
            "gis technician",
            "postgis",
            "web maps",
            "satellite imagery analysis",
            "geographic information systems",
            "openstreetmap mapper",
            "cartographer",
            "geospatial developer",
            "lidar",
            "sistemas de información geográfica",
            "geoinformatik",
            "géomatique",
            "sistemi informativi geografici",
            "geoprocessamento",
        ),
        (
            "bjj gis",
            "google maps to the restaurant",
            "map of the theme park",
            "geography homework",
            "map reading on the hike",
            "satnav",
            "treasure map",
            "road trip",
        ),
        ("geographic information systems", "geospatial", "gis analyst", "remote sensing"),
        ("geography",),
    ),
    (
        "wikipedia",
        (
            "wikipedian",
            "wikipedia editor",
            "editing wikipedia",
            "wikimedia",
            "wikidata",
            "wiki loves monuments",
            "edit-a-thon",
            "citation needed",
            "wikimania",
            "wikipedia admin",
            "wikimedia commons",
            "new article on wikipedia",
            "fixing wikipedia articles",
            "wikiproject",
            "open knowledge",
            "wikipedista",
            "wikipedianer",
            "contributeur wikipédia",
            "wikipediano",
            "editor da wikipédia",
        ),
        (
            "i read it on wikipedia",
            "google it",
            "wikileaks",
            "fandom wiki for my game",
            "wiki for my d&d campaign",
            "homework copied from wikipedia",
            "wikihow",
            "wikipedia rabbit hole",
        ),
        ("wikipedian", "wikipedians", "wikimedia", "wikipedia editing", "wikidata"),
        (),
    ),
    (
        "reproductive rights",
        (
            "abortion rights",
            "pro-choice",
            "reproductive justice",
            "abortion access",
            "bodily autonomy",
            "my body my choice",
            "abortion fund volunteer",
            "clinic escort",
            "planned parenthood",
            "roe v wade",
            "bans off our bodies",
            "access to contraception",
            "abortion doula",
            "abortion is healthcare",
            "derechos reproductivos",
            "reproduktive rechte",
            "droit à l'ivg",
            "diritti riproduttivi",
            "direitos reprodutivos",
        ),
        (
            "reproducing the results",
            "reproduction furniture",
            "film rights to the song",
            "photocopy reproduction",
            "copyright",
            "breeding rights for my dog",
            "right to roam",
            "art print reproduction",
        ),
        ("abortion rights", "pro-choice", "reproductive justice", "abortion access", "reproductive health"),
        ("feminism", "human rights"),
    ),
    (
        "gun control",
        (
            "gun violence prevention",
            "moms demand action",
            "end gun violence",
            "gun safety laws",
            "universal background checks",
            "ban assault weapons",
            "everytown",
            "march for our lives",
            "school shooting survivor",
            "red flag laws",
            "gun reform",
            "enough is enough",
            "gun violence survivor",
            "wear orange",
            "control de armas",
            "waffenrecht",
            "contrôle des armes",
            "controllo delle armi",
            "controle de armas",
        ),
        (
            "control freak",
            "remote control",
            "birth control",
            "gun show this weekend",
            "glue gun crafts",
            "nail gun",
            "gun metal grey",
            "top gun",
            "gunners fan",
            "mission control",
        ),
        ("gun violence prevention", "gun reform", "gun safety", "gun laws", "firearm policy"),
        ("politics",),
    ),
    (
        "suicide prevention",
        (
            "988 lifeline",
            "samaritans volunteer",
            "crisis line volunteer",
            "zero suicide",
            "suicide awareness",
            "you are not alone",
            "safetalk trained",
            "asist trainer",
            "lost my brother to suicide",
            "survivor of suicide loss",
            "world suicide prevention day",
            "out of the darkness walk",
            "mental health first aider",
            "crisis text line counsellor",
            "talk saves lives",
            "prevención del suicidio",
            "suizidprävention",
            "prévention du suicide",
            "prevenzione del suicidio",
            "prevenção do suicídio",
        ),
        (
            "suicide squad",
            "suicide doors on the car",
            "suicide sprints at practice",
            "social suicide",
            "career suicide",
            "suicide wings",
            "the virgin suicides",
            "prevention is better than cure",
        ),
        ("suicide awareness", "crisis line volunteering", "crisis support", "suicide prevention advocacy"),
        ("mental health",),
    ),
    (
        "food banks",
        (
            "food bank volunteer",
            "food pantry",
            "fighting hunger",
            "food insecurity",
            "donating to the food bank",
            "meal program",
            "soup kitchen",
            "community fridge",
            "feeding america",
            "trussell trust",
            "ending hunger",
            "sorting donations",
            "food rescue",
            "hunger relief",
            "banco de alimentos",
            "tafel",
            "banque alimentaire",
            "banco alimentare",
            "banco de alimentos do bairro",
        ),
        (
            "food blogger",
            "bank holiday",
            "banking app",
            "food coma",
            "meal prep sunday",
            "blood bank",
            "piggy bank",
            "food truck",
            "bank of england",
        ),
        ("food bank", "food pantries", "food insecurity", "hunger relief", "food banking", "food security"),
        ("volunteering",),
    ),
    (
        "literacy",
        (
            "literacy advocate",
            "adult literacy tutor",
            "reading volunteer",
            "teaching kids to read",
            "literacy charity",
            "phonics",
            "children's literacy",
            "family literacy",
            "book donation drive",
            "little free library",
            "international literacy day",
            "reading recovery",
            "literacy coach",
            "dyslexia support",
            "early reading skills",
            "books for every child",
            "alfabetización",
            "leseförderung",
            "alphabétisation",
            "alfabetizzazione",
            "alfabetização",
        ),
        (
            "financial literacy",
            "media literacy",
            "digital literacy",
            "literally dying",
            "literal meaning",
            "lit party",
            "letterbox",
            "reading glasses",
        ),
        (
            "literacy advocacy",
            "adult literacy",
            "reading advocacy",
            "children's literacy",
            "literacy education",
        ),
        ("education",),
    ),
    (
        "women in tech",
        (
            "women in stem",
            "girls who code",
            "women in engineering",
            "female founder",
            "women in computing",
            "diversity in tech",
            "woman software engineer",
            "ada lovelace day",
            "grace hopper celebration",
            "mentoring women engineers",
            "closing the gender gap in tech",
            "women who code",
            "she codes",
            "stem ambassador for girls",
            "the only woman on the team",
            "mujeres en tecnología",
            "frauen in der it",
            "femmes dans la tech",
            "donne nella tecnologia",
            "mulheres na tecnologia",
        ),
        (
            "women's tech fleece",
            "tech house",
            "techno",
            "tech neck",
            "tech support",
            "women's clothing",
            "stem cell",
            "nail tech",
        ),
        ("women in stem", "women in engineering", "girls in tech", "women in computing", "women in science"),
        ("tech", "feminism"),
    ),
    (
        "diversity and inclusion",
        (
            "dei",
            "d&i",
            "inclusive workplace",
            "building a culture of belonging",
            "diversity officer",
            "equity and inclusion",
            "inclusive hiring",
            "erg lead",
            "employee resource groups",
            "unconscious bias training",
            "dei consultant",
            "chief diversity officer",
            "allyship",
            "pride network at work",
            "diversidad e inclusión",
            "vielfalt und inklusion",
            "diversité et inclusion",
            "diversità e inclusione",
            "diversidade e inclusão",
        ),
        (
            "diversify your portfolio",
            "all-inclusive holiday",
            "biodiversity",
            "a diverse menu",
            "tax included",
            "inclusive resort",
            "included in the price",
            "inclusive sizing in fashion",
            "diversity visa lottery",
        ),
        ("dei", "d&i", "diversity", "inclusion", "diversity equity and inclusion", "edi"),
        ("HR",),
    ),
    (
        "harm reduction",
        (
            "harm reduction worker",
            "naloxone training",
            "narcan saves lives",
            "safe supply",
            "supervised consumption site",
            "needle exchange",
            "drug checking",
            "drug policy reform",
            "decriminalize drugs",
            "overdose prevention",
            "overdose awareness day",
            "the war on drugs failed",
            "peer support worker",
            "fentanyl test strips",
            "support don't punish",
            "reducción de daños",
            "drogenpolitik",
            "réduction des risques",
            "riduzione del danno",
            "redução de danos",
        ),
        (
            "no harm done",
            "out of harm's way",
            "drug store",
            "drug test at work",
            "risk reduction in investing",
            "reduce reuse recycle",
            "price reduction",
            "self-harm scars",
        ),
        (
            "drug policy",
            "drug policy reform",
            "overdose prevention",
            "drug decriminalization",
            "harm reduction work",
        ),
        ("public health",),
    ),
    (
        "affordable housing",
        (
            "housing crisis",
            "social housing",
            "tenant organiser",
            "build more homes",
            "renters' rights",
            "rent control",
            "housing policy",
            "housing justice",
            "council housing",
            "housing association",
            "community land trust",
            "zoning reform",
            "housing first",
            "housing is a human right",
            "vivienda asequible",
            "bezahlbarer wohnraum",
            "logement social",
            "edilizia popolare",
            "habitação social",
        ),
        (
            "housing market crash",
            "house music",
            "house party",
            "affordable fashion",
            "house of the dragon",
            "dream house tour",
            "watch housing",
            "bouncy house",
        ),
        ("housing policy", "social housing", "housing justice", "tenants rights", "public housing"),
        ("urban planning",),
    ),
    (
        "voting rights",
        (
            "voter registration",
            "get out the vote",
            "voter suppression",
            "election protection",
            "poll worker",
            "protect the vote",
            "ballot access",
            "gerrymandering",
            "fair maps",
            "league of women voters",
            "civic engagement",
            "vote by mail",
            "voting rights act",
            "when we all vote",
            "derecho al voto",
            "wahlrecht",
            "droit de vote",
            "diritto di voto",
            "direito ao voto",
        ),
        (
            "vote for my photo",
            "vote in the poll",
            "eurovision voting",
            "voted off the island",
            "voting for mvp",
            "vote of no confidence",
            "film rights",
            "vote kick in the game",
            "cast your vote for the best pizza",
        ),
        ("voter registration", "election protection", "voter rights", "ballot access"),
        ("human rights", "politics"),
    ),
    (
        "foster care",
        (
            "foster parent",
            "foster carer",
            "foster mum",
            "foster dad",
            "fostering kids",
            "foster to adopt",
            "former foster youth",
            "care leaver",
            "casa volunteer",
            "kinship care",
            "foster family",
            "aging out of foster care",
            "new placement arrived",
            "fostering teens",
            "foster care advocate",
            "familia de acogida",
            "pflegefamilie",
            "famille d'accueil",
            "affido familiare",
            "família acolhedora",
        ),
        (
            "fostering kittens",
            "foster dog",
            "fostering creativity",
            "foster's lager",
            "foster the people",
            "fostering collaboration",
            "rescue dog foster",
            "foster puppies",
        ),
        ("fostering", "foster carer", "foster parent", "foster parents", "foster carers", "kinship care"),
        ("parenting", "social work"),
    ),
    (
        "rare diseases",
        (
            "rare disease advocate",
            "rare disease day",
            "living with a rare disease",
            "ehlers-danlos syndrome",
            "cystic fibrosis",
            "still undiagnosed",
            "genetic disorder",
            "orphan drugs",
            "patient advocate",
            "rare disease mum",
            "zebra strong",
            "spinal muscular atrophy",
            "huntington's disease",
            "rare genetic condition",
            "one in a million diagnosis",
            "rare disease research",
            "enfermedades raras",
            "seltene erkrankungen",
            "maladies rares",
            "malattie rare",
            "doenças raras",
        ),
        (
            "rare steak",
            "rare pokemon card",
            "rare vinyl",
            "rare sneakers",
            "rare bird sighting",
            "rare coins",
            "rare beauty makeup",
            "a rare day off",
        ),
        ("rare disease", "orphan diseases", "rare conditions", "rare disease advocacy"),
        ("chronic illness",),
    ),
    (
        "hiv",
        (
            "living with hiv",
            "hiv positive",
            "undetectable = untransmittable",
            "u=u",
            "on prep",
            "hiv activist",
            "hiv testing",
            "world aids day",
            "aids memorial",
            "hiv prevention",
            "long-term survivor",
            "hiv nurse",
            "end hiv stigma",
            "act up",
            "antiretroviral therapy",
            "getting tested regularly",
            "aids activism",
            "vih",
            "hiv-positiv",
            "séropositif",
            "sieropositivo",
            "soropositivo",
        ),
        (
            "band aids",
            "hearing aids",
            "aid worker",
            "first aid",
            "teaching aids",
            "positive vibes only",
            "tested positive for covid",
            "negative test",
        ),
        ("hiv/aids", "aids", "hiv activism", "hiv prevention", "aids activism"),
        ("public health",),
    ),
    (
        "science communication",
        (
            "science communicator",
            "scicomm",
            "science writer",
            "science journalist",
            "science outreach",
            "science podcast",
            "explaining science",
            "public engagement",
            "science festival",
            "pint of science",
            "stem outreach",
            "science youtuber",
            "science museum explainer",
            "communicating research",
            "science blog",
            "divulgación científica",
            "wissenschaftskommunikation",
            "vulgarisation scientifique",
            "divulgazione scientifica",
            "divulgação científica",
        ),
        (
            "science fiction",
            "communication skills",
            "telecommunication",
            "the science of dating",
            "comms team",
            "science homework",
            "comms and pr for a bank",
            "communication breakdown with my partner",
            "computer science degree",
        ),
        (
            "scicomm",
            "sci comm",
            "science outreach",
            "science writing",
            "science journalism",
            "science communicator",
        ),
        ("science",),
    ),
    (
        "sign language",
        (
            "sign language interpreter",
            "asl",
            "bsl",
            "learning sign language",
            "deaf",
            "deaf community",
            "signing",
            "asl student",
            "bsl level 2",
            "makaton",
            "sign language class",
            "fingerspelling",
            "deaf culture",
            "coda",
            "sign language poetry",
            "lengua de signos",
            "gebärdensprache",
            "langue des signes",
            "lingua dei segni",
            "libras",
        ),
        (
            "sign the contract",
            "signed copy",
            "sign up",
            "star sign",
            "road sign",
            "body language",
            "signing day",
            "sign of the times",
            "neon sign",
        ),
        ("asl", "bsl", "deaf community", "sign language interpreting", "signing"),
        ("linguistics",),
    ),
    (
        "sculpture",
        (
            "sculptor",
            "figurative sculptor working in bronze",
            "stone carving with hammer and chisel",
            "carving marble in the studio",
            "new bronze cast back from the foundry",
            "clay maquette for a commission",
            "public sculpture unveiled in the square",
            "welded steel sculpture",
            "life-size figure in clay",
            "sculpting a portrait bust",
            "lost wax casting at the foundry",
            "armature and clay, work in progress",
            "abstract sculpture in reclaimed wood",
            "sculpture park visit",
            "installing my sculpture for the exhibition",
            "plaster cast of the head",
            "escultor en bronce",
            "bildhauerin aus münchen",
            "sculpteur sur pierre",
            "scultore del marmo",
            "escultora em barro",
        ),
        (
            "sculpted abs at the gym",
            "body sculpting treatment",
            "hair sculpting paste",
            "contour to sculpt your cheekbones",
            "sculpting the perfect butt workout",
            "ice sculpture at the wedding buffet",
            "sand castle on the beach",
            "eyebrow sculpting salon",
            "shaping policy behind the scenes",
            "3d modelling for a video game character",
        ),
        ("sculptor", "sculptors", "sculpting", "sculptures", "stone carving", "bronze casting"),
        ("art",),
    ),
    (
        "printmaking",
        (
            "printmaker",
            "carving a new linocut",
            "lino print edition of 20",
            "pulling the first proof",
            "woodcut print",
            "etching on copper plate",
            "drypoint print",
            "screen printing my own posters",
            "risograph zine printing",
            "printmaking studio membership",
            "inking the block with a brayer",
            "reduction linocut, final layer",
            "intaglio printmaking",
            "monotype experiments",
            "hand-pulled prints for sale",
            "gelli plate printing",
            "open edition prints on washi",
            "grabado en linóleo",
            "druckgrafik und holzschnitt",
            "gravure sur bois",
            "incisione all'acquaforte",
            "gravura em metal",
        ),
        (
            "printed my boarding pass",
            "printer ran out of ink",
            "3d printing a phone stand",
            "fingerprint scanner at the office",
            "print on demand t-shirt store",
            "printing money, inflation fears",
            "the small print in the contract",
            "fine print of the terms",
            "press release went out",
            "large format printer for the office",
            "printing the report for the meeting",
        ),
        ("printmaker", "printmakers", "linocut", "relief printing", "etching", "screen printing"),
        ("art",),
    ),
    (
        "street art",
        (
            "street artist",
            "graffiti writer since 1998",
            "painted a new mural downtown",
            "legal wall session this weekend",
            "paste-up and stencils around town",
            "aerosol art",
            "finished a wall with the crew",
            "mural festival",
            "spray paint piece in progress",
            "burner on the hall of fame wall",
            "wheatpaste posters",
            "public art mural commission",
            "stencil art in the alleyway",
            "muralist painting a ten storey wall",
            "street art tour of shoreditch",
            "sketchbook full of letters and throw-ups",
            "artista urbano y muralista",
            "graffiti künstler aus berlin",
            "artiste de rue et graffeur",
            "arte di strada, muralista",
            "grafiteiro e muralista",
        ),
        (
            "vandalism charges for tagging a train",
            "graffiti removal service",
            "street food market",
            "street fashion lookbook",
            "wall street bankers",
            "street smart kid",
            "artist on the street corner selling jewellery",
            "mural of sorrow, emo song",
            "spray tan booking",
            "hashtag graffiti on my timeline",
        ),
        ("graffiti", "graffiti art", "street artist", "street artists", "murals", "muralism", "urban art"),
        ("art",),
    ),
    (
        "street photography",
        (
            "street photographer",
            "shooting candids downtown",
            "zone focusing on the ricoh gr",
            "walked the city with my 28mm",
            "decisive moment",
            "black and white street photography",
            "street photo walk this saturday",
            "caught this scene on the corner",
            "people watching with a camera",
            "documentary street photography",
            "shooting strangers on the subway",
            "light and shadow on the street",
            "contact sheet from yesterday's walk",
            "fujifilm x100v street shots",
            "in-camera jpeg, no crop",
            "fotografía callejera",
            "straßenfotografie in wien",
            "photographie de rue",
            "fotografia di strada",
            "fotografia de rua em lisboa",
        ),
        (
            "street view images of my house",
            "street fighter tournament",
            "street food in bangkok",
            "wall street journal",
            "street racing crash",
            "the street where i grew up",
            "streetwear drop on saturday",
            "street art mural downtown",
            "photo of my street flooded",
            "speed camera on my street",
        ),
        (
            "street photographer",
            "street photographers",
            "candid photography",
            "urban photography",
            "streettog",
        ),
        ("photography",),
    ),
    (
        "film photography",
        (
            "shooting film",
            "35mm film photography",
            "just got my scans back from the lab",
            "developing my own black and white film",
            "analog photographer",
            "medium format on a hasselblad",
            "loaded a roll of portra 400",
            "home darkroom setup",
            "film is not dead",
            "expired film experiments",
            "rangefinder and a roll of tri-x",
            "c-41 developing at home",
            "120 film, 12 exposures",
            "instax and polaroid",
            "pushed hp5 two stops",
            "scanning negatives tonight",
            "fotografía analógica",
            "analoge fotografie, kleinbild",
            "photographie argentique",
            "fotografia analogica a pellicola",
            "fotografia analógica em filme",
        ),
        (
            "filming a youtube video",
            "film review of the new marvel movie",
            "plastic film wrap",
            "film festival tickets",
            "window tint film",
            "filmmaking on a budget",
            "cling film over the bowl",
            "cinema film night",
            "the film industry in hollywood",
            "screen protector film",
        ),
        (
            "analog photography",
            "analogue photography",
            "35mm film",
            "film photographer",
            "medium format film",
            "shooting film",
        ),
        ("photography",),
    ),
    (
        "landscape photography",
        (
            "landscape photographer",
            "chasing the sunrise at the lake",
            "golden hour over the mountains",
            "long exposure seascape",
            "blue hour on the coast",
            "milky way over the peaks",
            "hiked up for the sunrise shot",
            "nd filters and a tripod",
            "misty morning in the valley",
            "focus stacking the foreground",
            "autumn colours in the highlands",
            "landscape prints for sale",
            "location scouting for the next shoot",
            "waterfall long exposure",
            "dramatic light on the fells",
            "wide angle and a graduated filter",
            "fotografía de paisaje",
            "landschaftsfotografie in den alpen",
            "photographe de paysage",
            "fotografia di paesaggio",
            "fotografia de paisagem",
        ),
        (
            "landscape mode on my phone",
            "landscape gardener for hire",
            "landscaping the front yard",
            "political landscape is shifting",
            "landscape orientation for the slides",
            "competitive landscape analysis",
            "the media landscape",
            "landscape architect designing parks",
            "landscape painting in oils",
            "changing job landscape",
        ),
        ("landscape photographer", "landscape photographers", "outdoor photography"),
        ("photography", "outdoors"),
    ),
    (
        "candle making",
        (
            "candle maker",
            "hand poured soy candles",
            "small batch candle business",
            "new autumn scent drop",
            "pouring a batch of candles tonight",
            "wick testing the new vessels",
            "soy wax and cotton wicks",
            "coconut wax blend",
            "fragrance load and cure time",
            "wax melts restock",
            "candle making workshop",
            "hot throw and cold throw",
            "beeswax pillar candles",
            "container candles in amber jars",
            "our candles are back in stock",
            "velas artesanales de soja",
            "kerzen selber gießen",
            "bougies artisanales coulées à la main",
            "candele fatte a mano",
            "velas aromáticas artesanais",
        ),
        (
            "birthday candles on the cake",
            "candle in the wind",
            "burning the candle at both ends",
            "candlelight vigil for the victims",
            "candlestick chart on the stock",
            "power cut, lit some candles",
            "can't hold a candle to her",
            "candle lit dinner date",
            "yankee candle sale at the mall",
            "church candles at the altar",
        ),
        ("candlemaking", "candle maker", "candle makers", "handmade candles", "soy candles", "chandlery"),
        ("crafts",),
    ),
    (
        "weaving",
        (
            "handweaver",
            "warping the loom tonight",
            "new scarf off the loom",
            "floor loom in my studio",
            "rigid heddle loom",
            "tapestry weaving on a frame loom",
            "weaving a twill draft",
            "handwoven tea towels",
            "threading heddles all afternoon",
            "inkle loom bands",
            "weaving guild meeting",
            "spinning and weaving my own yarn",
            "overshot coverlet pattern",
            "saori weaving",
            "woven wall hanging",
            "tabby and twill samples",
            "tejedora en telar",
            "weberin am webstuhl",
            "tisserande sur métier à bras",
            "tessitura a mano al telaio",
            "tecelagem manual em tear",
        ),
        (
            "weaving through traffic",
            "hair weave appointment",
            "basket weave pattern brick",
            "weaving a story together",
            "bobbing and weaving in the ring",
            "weave pole agility for my dog",
            "weaving spider web",
            "weaving through the crowd",
            "weave sew-in install",
            "weaving the narrative of the campaign",
        ),
        ("weaver", "weavers", "handweaving", "hand weaving", "loom weaving", "tapestry weaving"),
        ("crafts",),
    ),
    (
        "trading cards",
        (
            "card collector",
            "ripping packs on stream",
            "pulled a rookie card auto",
            "psa 10 grading return",
            "sports card breaks every night",
            "baseball card collection",
            "hobby box opening",
            "numbered parallel /99",
            "topps chrome rookie",
            "football card show this weekend",
            "sending my cards off for grading",
            "slabbed and ready for sale",
            "card shop owner",
            "pc player collection update",
            "one touch magnetic holders and toploaders",
            "sealed wax investment",
            "coleccionista de cromos y cartas",
            "sammelkarten sammler",
            "collectionneur de cartes à collectionner",
            "collezionista di figurine",
            "colecionador de cards",
        ),
        (
            "business cards for my new job",
            "credit card debt",
            "greeting card for mum's birthday",
            "playing the race card",
            "red card for the defender",
            "card declined at the checkout",
            "sd card full on my camera",
            "yugioh duel at locals tonight",
            "tarot card reading",
            "graphics card upgrade for gaming",
            "library card renewed",
        ),
        ("sports cards", "card collecting", "trading card collecting", "baseball cards", "tcg collecting"),
        ("collecting",),
    ),
    (
        "action figures",
        (
            "action figure collector",
            "toy collector since the 80s",
            "mint in box figures",
            "new figure haul from the toy show",
            "vintage star wars figures loose",
            "marvel legends wave complete",
            "custom action figures",
            "toy photography with my figures",
            "hot toys sixth scale",
            "build a figure wave done",
            "my display shelves of figures",
            "carded figures still sealed",
            "sixth scale collector",
            "he-man masters of the universe collection",
            "transformers collector",
            "coleccionista de figuras de acción",
            "actionfiguren sammler",
            "collectionneur de figurines",
            "collezionista di action figure",
            "colecionador de bonecos",
        ),
        (
            "figure skating championships",
            "figure drawing class",
            "figure it out later",
            "a key figure in the government",
            "sales figures for the quarter",
            "six figure salary",
            "father figure for the kids",
            "public figure with millions of followers",
            "figure eight knot",
            "the figures don't add up",
        ),
        (
            "action figure collecting",
            "toy collecting",
            "figure collecting",
            "toy collector",
            "collectible figures",
        ),
        ("collecting",),
    ),
    (
        "magic tricks",
        (
            "magician",
            "close-up magician for weddings and events",
            "card magic every day",
            "practicing sleight of hand",
            "new card trick i've been working on",
            "mentalist and magician",
            "stage illusionist",
            "coin magic routine",
            "magic convention this weekend",
            "member of the magic circle",
            "street magic videos",
            "magic shop in the city",
            "performing at a corporate event as a magician",
            "double lift and pass practice",
            "cardistry flourishes",
            "mago profesional de cerca",
            "zauberkünstler für events",
            "magicien close-up",
            "prestigiatore e mentalista",
            "mágico e ilusionista",
        ),
        (
            "magic the gathering draft",
            "magic mushrooms",
            "black magic rituals",
            "magic johnson highlights",
            "orlando magic game tonight",
            "magic eraser for the walls",
            "the magic of christmas",
            "magic moments with my kids",
            "it worked like magic",
            "magic kingdom at disney world",
            "magical realism novel",
            "magic mike movie night",
        ),
        (
            "stage magic",
            "close-up magic",
            "magician",
            "magicians",
            "conjuring",
            "illusionist",
            "sleight of hand",
            "card magic",
        ),
        ("entertainment",),
    ),
    (
        "trainspotting",
        (
            "trainspotter",
            "railfan since childhood",
            "chasing steam specials this weekend",
            "caught the class 37 on the loop",
            "railway photography on the main line",
            "spotting freight trains at the junction",
            "cabbed the loco at the gala",
            "heritage railway volunteer",
            "steam gala at the preserved line",
            "haulage bashing on the weekend",
            "loco numbers underlined in my book",
            "lineside with a telephoto",
            "railfanning the csx main",
            "new livery spotted today",
            "locomotive roster notes",
            "fotografía ferroviaria",
            "eisenbahnfreund und fotograf",
            "passionné de trains et photographe ferroviaire",
            "appassionato di treni e fotografia ferroviaria",
            "fotografia ferroviária",
        ),
        (
            "trainspotting the movie by danny boyle",
            "irvine welsh novel",
            "training at the gym",
            "train delays on my commute",
            "spotted a typo in the contract",
            "spot the difference puzzle",
            "train of thought",
            "staff training day",
            "spotting at the gym on bench press",
            "training a neural network",
        ),
        (
            "train spotting",
            "trainspotter",
            "trainspotters",
            "railfan",
            "railfans",
            "railfanning",
            "rail enthusiast",
            "railway photography",
        ),
        ("hobbies", "public transport"),
    ),
    (
        "drones",
        (
            "drone pilot",
            "fpv freestyle flying",
            "first flight with the new dji",
            "part 107 certified drone pilot",
            "aerial photography with my drone",
            "built my first 5 inch quad",
            "drone racing league",
            "flying fpv at the bando",
            "goggles on, cinewhoop footage",
            "aerial shots of the coastline",
            "licensed commercial drone operator",
            "drone videography for real estate",
            "soldering a new flight controller",
            "tinywhoop in the living room",
            "caa flyer id sorted",
            "piloto de drones profesional",
            "drohnenpilot mit lizenz",
            "télépilote de drone",
            "pilota di droni certificato",
            "piloto de drone",
        ),
        (
            "drone strikes in the war",
            "the drone of the lecture",
            "military drone attack on the base",
            "drone bees in the hive",
            "bagpipe drone note",
            "droning on about his holiday",
            "drone music ambient",
            "delivery drones coming to amazon",
            "counter-drone systems for defence",
            "drone warfare analysis",
        ),
        (
            "drone",
            "drone flying",
            "drone pilot",
            "drone pilots",
            "fpv",
            "fpv drones",
            "quadcopters",
            "drone photography",
        ),
        ("tech", "aviation"),
    ),
    (
        "urban exploration",
        (
            "urban explorer",
            "exploring an abandoned asylum",
            "urbex photography",
            "abandoned hospital explore",
            "derelict factory shoot",
            "found an abandoned mansion frozen in time",
            "left as found, take only pictures",
            "rooftopping in the city",
            "drains and tunnels exploring",
            "abandoned theme park explore",
            "decay photography",
            "abandoned church in the woods",
            "explored a derelict power station",
            "lost places fotografie",
            "exploración urbana de lugares abandonados",
            "lost places in brandenburg",
            "exploration urbaine, lieux abandonnés",
            "esplorazione urbana di luoghi abbandonati",
            "exploração urbana de lugares abandonados",
        ),
        (
            "urban planning for the city",
            "urban dictionary definition",
            "urban outfitters haul",
            "keith urban concert",
            "abandoned my diet already",
            "explorer browser crashed",
            "urban fashion streetwear",
            "exploring new career options",
            "urban farming on rooftops",
            "abandoned cart emails for my shop",
            "exploration geologist for the mining company",
        ),
        (
            "urbex",
            "urban explorer",
            "urban explorers",
            "abandoned places",
            "exploring abandoned buildings",
            "abandoned buildings",
        ),
        ("photography",),
    ),
    (
        "classic cars",
        (
            "classic car enthusiast",
            "restoring a 1967 mustang",
            "my old mg midget back on the road",
            "classic car show this sunday",
            "barn find restoration",
            "hot rod builder",
            "muscle car owner",
            "concours d'elegance",
            "vintage porsche 911 restoration",
            "rust repair on the sills",
            "numbers matching v8",
            "cars and coffee with the e-type",
            "carburettor rebuild on the weekend",
            "restomod build thread",
            "drove the old beetle to the rally",
            "coches clásicos restaurados",
            "oldtimer restauration",
            "voitures anciennes et de collection",
            "auto d'epoca restaurate",
            "carros antigos restaurados",
        ),
        (
            "classic rock on the radio",
            "classic tv sitcom rerun",
            "vintage clothing haul",
            "old car insurance is expensive",
            "my first car was a banger",
            "classic movie night",
            "cars 3 pixar film",
            "classic literature book club",
            "vintage wine tasting",
            "car crash on the motorway",
        ),
        (
            "classic car",
            "vintage cars",
            "old cars",
            "vintage car",
            "oldtimers",
            "muscle cars",
            "hot rods",
            "classic car restoration",
        ),
        ("cars",),
    ),
    (
        "theme parks",
        (
            "roller coaster enthusiast",
            "coaster count just hit 300",
            "season pass holder at the park",
            "rode the new launch coaster",
            "front row on the hyper coaster",
            "theme park trip report",
            "disney world vacation planning",
            "rope drop at universal",
            "credit whoring across europe",
            "ride the top thrill dragster",
            "water park and coasters day",
            "park hopping this summer",
            "queue line was 90 minutes but worth it",
            "visiting europa park again",
            "fan de las montañas rusas",
            "achterbahn fan im europa-park",
            "fan de montagnes russes",
            "appassionato di montagne russe",
            "fã de montanha-russa",
        ),
        (
            "emotional roller coaster this week",
            "roller coaster of a season for the team",
            "theme park crowds during covid",
            "park and ride at the station",
            "national park hike",
            "parking fine",
            "skatepark session",
            "coaster for my mug",
            "rollercoaster tycoon speedrun",
            "car park closed",
        ),
        (
            "theme park",
            "amusement parks",
            "amusement park",
            "roller coasters",
            "rollercoasters",
            "coaster enthusiast",
        ),
        ("travel", "entertainment"),
    ),
    (
        "paranormal",
        (
            "paranormal investigator",
            "ghost hunting at a haunted castle",
            "evp session caught a voice",
            "spirit box session last night",
            "overnight investigation in an old asylum",
            "haunted location tour",
            "paranormal team looking for new members",
            "emf readings spiked in the cellar",
            "believer in ghosts and the unexplained",
            "ghost stories and haunted history",
            "ufo sightings and cryptids",
            "bigfoot research expedition",
            "shadow figure on the stairs",
            "paranormal podcast host",
            "cazador de fantasmas e investigador paranormal",
            "geisterjäger und paranormale ermittlungen",
            "enquêteur paranormal, chasse aux fantômes",
            "investigatore del paranormale",
            "investigador paranormal e caça-fantasmas",
        ),
        (
            "ghosted by my date",
            "ghost kitchen delivery",
            "ghostwriter for ceo memoirs",
            "ghost of tsushima gameplay",
            "the ghost of christmas past",
            "normal day at the office",
            "haunted by that decision",
            "ghostbusters reboot movie",
            "ghost town on a monday",
            "spirit week at school",
            "ghost pepper hot sauce challenge",
        ),
        (
            "ghost hunting",
            "ghost hunter",
            "ghost hunters",
            "paranormal investigation",
            "paranormal investigator",
            "the paranormal",
            "hauntings",
            "ghosts",
        ),
        (),
    ),
    (
        "squash",
        (
            "squash player",
            "league match at the squash club tonight",
            "squash coach",
            "booked a court for squash",
            "won my box league game",
            "psa world tour squash",
            "drop shots and boasts drill",
            "ghosting session on court",
            "county squash team",
            "hardball doubles squash",
            "lost 3-2 in a five-game thriller",
            "squash racquet restring",
            "junior squash championships",
            "sweating through a squash ladder match",
            "jugador de squash",
            "squash spielen im verein",
            "joueur de squash en club",
            "giocatore di squash",
            "jogador de squash",
        ),
        (
            "butternut squash soup",
            "roasted squash recipe",
            "squash the bug in the code",
            "squash and merge the commits",
            "squash the rumours",
            "squash bugs in the garden",
            "summer squash harvest",
            "orange squash drink for the kids",
            "squashed into a packed train",
            "acorn squash and kale salad",
        ),
        ("squash player", "squash players", "squash club", "squash rackets"),
        ("sports",),
    ),
    (
        "bowling",
        (
            "league bowler",
            "bowled a 300 perfect game",
            "bowling league on thursday nights",
            "new reactive resin ball drilled",
            "converted the 7-10 split",
            "pba tour fan",
            "bowling average up to 210",
            "two-handed bowler",
            "spare shooting practice",
            "bowling alley pro shop",
            "oil pattern was tough tonight",
            "rolled my first 700 series",
            "youth bowling coach",
            "team bowling tournament",
            "jugador de bolos",
            "bowling spielen im verein",
            "joueur de bowling en ligue",
            "giocatore di bowling",
            "jogador de boliche",
        ),
        (
            "cricket fast bowler took five wickets",
            "lawn bowls club",
            "bowling green at the park",
            "bowl of ramen",
            "super bowl party",
            "toilet bowl cleaner",
            "salad bowl",
            "bowled over by the news",
            "bowling for columbine documentary",
            "mixing bowl for the dough",
            "poke bowl lunch",
        ),
        ("ten pin bowling", "tenpin bowling", "ten-pin bowling", "bowler", "bowlers", "bowling league"),
        ("sports",),
    ),
    (
        "disc golf",
        (
            "disc golfer",
            "shot my first ace on hole 7",
            "new disc bag setup",
            "playing a round at the disc golf course",
            "backhand hyzer flip",
            "forehand roller practice",
            "pdga rated round",
            "upshot and putt circle one",
            "putting practice with my basket",
            "the disc golf pro tour",
            "new plastic from innova",
            "local doubles league",
            "tournament card this weekend",
            "fieldwork with my drivers",
            "disc golf course design",
            "jugando disc golf",
            "discgolf spielen im park",
            "disc golf en forêt",
            "giocatore di disc golf",
            "jogador de disc golf",
        ),
        (
            "golf course membership",
            "pga championship leaderboard",
            "herniated disc in my back",
            "slipped disc recovery",
            "dvd disc collection",
            "frisbee with the dog at the beach",
            "ultimate frisbee league",
            "golf cart rental",
            "disc brake pads",
            "disc jockey at the club",
        ),
        ("disc golfer", "disc golfers", "frisbee golf", "frolf", "discgolf"),
        ("sports", "outdoors"),
    ),
    (
        "bodybuilding",
        (
            "bodybuilder",
            "prep coach for physique competitors",
            "12 weeks out from my show",
            "contest prep, cutting phase",
            "npc competitor, classic physique",
            "stage ready conditioning",
            "posing practice for the show",
            "first bodybuilding competition",
            "natural bodybuilder",
            "bulking season, eating 4000 calories",
            "peak week and water loading",
            "bikini competitor",
            "hypertrophy training split",
            "ifbb pro card",
            "back double biceps pose",
            "culturista natural",
            "bodybuilder im wettkampf",
            "culturiste en préparation",
            "culturista natural",
            "fisiculturista em preparação",
        ),
        (
            "body positive and loving my curves",
            "building a body of evidence",
            "body shop for the car repair",
            "the student body president",
            "body of water near the cabin",
            "body lotion routine",
            "team building day",
            "building muscle memory for the piano",
            "body cam footage",
            "bodyguard for the singer",
        ),
        ("bodybuilder", "bodybuilders", "classic physique", "men's physique", "bikini competitor"),
        ("fitness",),
    ),
    (
        "roller skating",
        (
            "roller skater",
            "quad skates and good vibes",
            "roller derby jammer",
            "rink skating on friday nights",
            "learning to skate backwards on quads",
            "new wheels for outdoor skating",
            "roller disco night",
            "skatepark on quads, dropped in",
            "derby bout this saturday",
            "freshmeat derby training",
            "jam skating at the rink",
            "rollerblading along the seafront",
            "aggressive inline skating",
            "dance skating at the rink",
            "patinaje sobre ruedas",
            "rollschuhlaufen und roller derby",
            "patin à roulettes",
            "pattinaggio a rotelle",
            "patinação sobre rodas",
        ),
        (
            "skateboarding kickflip at the park",
            "ice skating on the frozen lake",
            "figure skating olympics",
            "rolling out the new feature",
            "roll call at school",
            "sushi roll for lunch",
            "rock and roll forever",
            "high roller in vegas",
            "skating on thin ice",
            "toilet roll shortage",
            "rollercoaster ride",
        ),
        (
            "roller skater",
            "roller skaters",
            "rollerskating",
            "roller derby",
            "quad skating",
            "inline skating",
            "rollerblading",
        ),
        ("sports",),
    ),
    (
        "lacrosse",
        (
            "lacrosse player",
            "lax bro",
            "d1 lacrosse commit",
            "box lacrosse goalie",
            "attackman on the varsity team",
            "faceoff specialist",
            "long stick midfielder",
            "new lacrosse head strung",
            "lacrosse camp this summer",
            "ground balls and clears",
            "pll game this weekend",
            "nll season opener",
            "women's lacrosse draw control",
            "stringing pockets for the team",
            "jugador de lacrosse",
            "lacrosse spieler im verein",
            "joueur de crosse",
            "giocatore di lacrosse",
            "jogador de lacrosse",
        ),
        (
            "la crosse wisconsin trip",
            "crossroads at work",
            "cross country running meet",
            "crossfit wod",
            "crossword puzzle",
            "stick shift car",
            "hockey stick graph",
            "cross stitch pattern",
            "lax security at the airport",
            "lax airport delays",
        ),
        ("lacrosse player", "lax", "box lacrosse", "field lacrosse", "women's lacrosse"),
        ("sports",),
    ),
    (
        "ultimate frisbee",
        (
            "ultimate frisbee player",
            "handler on our club team",
            "cutter on the college ultimate team",
            "ultimate tournament this weekend",
            "spirit of the game award",
            "hat tournament with strangers",
            "layout d in the end zone",
            "hucked it for the point",
            "mixed division ultimate",
            "beach ultimate in the sun",
            "usa ultimate nationals",
            "pull and mark drills",
            "zone defence practice",
            "team captain, frisbee club",
            "jugador de ultimate frisbee",
            "ultimate frisbee spielen",
            "joueur d'ultimate frisbee",
            "giocatore di ultimate frisbee",
            "jogador de ultimate frisbee",
        ),
        (
            "ultimate fighting championship",
            "ultimate guitar chords",
            "the ultimate guide to budgeting",
            "ultimately it's your call",
            "final fantasy ultimate edition",
            "disc golf round",
            "frisbee with my dog at the park",
            "ultimate spider-man",
            "ultimate team in fifa",
            "the ultimate goal",
        ),
        ("ultimate player", "ultimate players", "frisbee", "ultimate disc"),
        ("sports",),
    ),
    (
        "eurovision",
        (
            "eurovision fan",
            "eurovision song contest party",
            "douze points",
            "ranking this year's eurovision entries",
            "national final season is here",
            "melodifestivalen week",
            "sanremo winner heading to eurovision",
            "eurovision press centre accreditation",
            "semi final qualifiers",
            "my eurovision top 10",
            "watching the jury votes live",
            "eurovision bingo night",
            "eurovision scoreboard",
            "eurofan since 2003",
            "eurovision party bei mir",
            "fan de eurovisión",
            "fan de l'eurovision",
            "fan dell'eurovision",
            "fã da eurovisão",
        ),
        (
            "european union politics",
            "euro exchange rate",
            "euro 2028 football",
            "euros cup final",
            "vision board for 2026",
            "eurostar train to paris",
            "european tour for the band",
            "song of the summer",
            "night vision goggles",
            "eurovision network sports coverage",
        ),
        ("eurovision song contest", "eurovision fan", "eurofan", "eurofans", "junior eurovision"),
        ("pop music", "television"),
    ),
    (
        "fantasy football",
        (
            "fantasy football manager",
            "fpl rank climbing this week",
            "wildcard played, new team",
            "captained salah again",
            "waiver wire pickups",
            "draft day for our fantasy league",
            "dynasty league startup draft",
            "start or sit advice",
            "fantasy football podcast",
            "mini league bragging rights",
            "sleeper picks for week 1",
            "triple captain chip",
            "ppr rankings update",
            "trade offer in my fantasy league",
            "daily fantasy sports lineup",
            "fantasy premier league 2026",
            "jugador de fantasy de laliga",
            "comunio manager",
            "mon petit gazon, ma ligue",
            "fantacalcio con gli amici",
            "cartola fc, mitei essa rodada",
        ),
        (
            "fantasy novel series",
            "final fantasy game",
            "football match at the weekend",
            "fantasy island resort",
            "fantasy book club",
            "sexual fantasy",
            "living in a fantasy world",
            "fantasy art illustration",
            "football manager save",
        ),
        (
            "fantasy sports",
            "fantasy premier league",
            "fpl",
            "fantasy football league",
            "fantasy nfl",
            "fantasy league",
        ),
        ("sports", "games"),
    ),
    (
        "airsoft",
        (
            "airsofter",
            "sunday skirmish at the airsoft site",
            "milsim weekend event",
            "new aeg upgraded",
            "gas blowback pistol",
            "hpa engine installed",
            "sniper build for airsoft",
            "cqb site games",
            "loadout and plate carrier for airsoft",
            "chronographed at 350 fps",
            "hit call, honour system",
            "airsoft team patch",
            "speedsoft player",
            "woodland site, full day skirmish",
            "jugador de airsoft",
            "airsoft spieler im verein",
            "joueur d'airsoft en partie",
            "giocatore di softair",
            "jogador de airsoft",
        ),
        (
            "air fryer recipes",
            "soft drinks fridge",
            "air force recruitment",
            "hot air balloon ride",
            "on air radio show",
            "software update",
            "soft launch of the app",
            "air quality index",
            "soft skills training",
        ),
        ("airsofter", "airsofters", "airsoft player", "milsim", "airsoft milsim"),
        ("games",),
    ),
    (
        "pinball",
        (
            "pinball player",
            "new high score on medieval madness",
            "ifpa ranked tournament",
            "pinball league night at the bar",
            "restoring an old bally pinball machine",
            "home pinball collection, 5 machines",
            "stern pinball new release",
            "nudging and tilt warnings",
            "pinball arcade downtown",
            "playfield swap and new rubbers",
            "multiball madness",
            "pinball expo this weekend",
            "learning to post pass and live catch",
            "pinball route operator",
            "jugador de pinball",
            "flipper spielen, flipperautomat",
            "joueur de flipper",
            "giocatore di flipper",
            "jogador de fliperama",
        ),
        (
            "pinball effect on the economy",
            "bouncing around like a pinball",
            "pin number for my card",
            "bowling pin setter",
            "pinboard on my wall",
            "rolling pin for pastry",
            "pinned tweet",
            "pinball wizard by the who on the radio",
            "pin badge collection",
            "pinstripe suit",
        ),
        ("pinball machines", "pinball player", "pinball collector", "pinball wizard"),
        ("games",),
    ),
    (
        "mahjong",
        (
            "mahjong player",
            "weekly mahjong game with the girls",
            "riichi mahjong league",
            "national mah jongg league card for this year",
            "american mahjong class",
            "hong kong style mahjong night",
            "declared mahjong with a clean hand",
            "dealer repeat in riichi",
            "tiles clacking all evening",
            "mahjong club at the community center",
            "ranked games on mahjong soul",
            "learning charleston and jokers",
            "cantonese mahjong with the family",
            "jugadora de mahjong",
            "mahjong spielen mit freunden",
            "joueur de mahjong",
            "giocatore di mahjong",
            "jogador de mahjong",
        ),
        (
            "mahjong solitaire app on my phone",
            "tile shop for bathroom tiles",
            "floor tiles for the kitchen",
            "domino effect",
            "rummikub with grandma",
            "mahjong tiles as home decor",
            "game night with uno",
            "bingo hall on friday",
            "poker chips",
            "tiled roof repair",
        ),
        ("mah jongg", "mahjongg", "riichi mahjong", "american mahjong", "mahjong player"),
        ("games",),
    ),
    (
        "afrobeats",
        (
            "afrobeats lover",
            "afrobeats dj in london",
            "amapiano on repeat all weekend",
            "naija music to the world",
            "lagos nights and afrobeats",
            "new burna boy album on repeat",
            "afro fusion artist",
            "detty december in lagos",
            "log drum amapiano set",
            "afrobeats party this friday",
            "wizkid fc since day one",
            "afrobeats producer from accra",
            "afropop singer songwriter",
            "gqom and amapiano mixes",
            "amante del afrobeats",
            "afrobeats und amapiano dj",
            "fan d'afrobeats",
            "appassionata di afrobeats",
            "fã de afrobeats e amapiano",
        ),
        (
            "african history lecture",
            "afro hair care routine",
            "beats headphones review",
            "heart beats fast",
            "beat the traffic",
            "afro-latin jazz concert",
            "beat cop on patrol",
            "beetroot recipe",
            "beats per minute for running",
            "drum and bass rave",
        ),
        ("afrobeat", "afropop", "afro beats", "amapiano", "afro fusion", "naija music"),
        ("pop music",),
    ),
    (
        "j-pop",
        (
            "j-pop fan",
            "listening to city pop on vinyl",
            "japanese idol group oshi",
            "j-rock band live in tokyo",
            "anisong and j-pop playlist",
            "vocaloid producer",
            "hatsune miku concert",
            "new ado album",
            "yoasobi on repeat",
            "king gnu live blu-ray",
            "japanese idol handshake event",
            "j-pop dance cover",
            "city pop crate digging",
            "idol concert penlights ready",
            "fan del j-pop japonés",
            "j-pop und japanische musik",
            "fan de j-pop",
            "fan del j-pop",
            "fã de j-pop e música japonesa",
        ),
        (
            "japan travel itinerary",
            "japanese cooking class",
            "pop corn at the cinema",
            "pop art exhibition",
            "k-pop stan",
            "pop the question",
            "japanese language learning",
            "soda pop",
            "pop-up shop this weekend",
            "anime fan art",
        ),
        ("jpop", "japanese pop", "japanese music", "j-rock", "city pop", "idol music"),
        ("pop music",),
    ),
    (
        "prog rock",
        (
            "prog rock fan",
            "progressive rock collector",
            "listening to close to the edge again",
            "23 minute epic in 7/8",
            "king crimson on vinyl",
            "prog metal guitarist",
            "odd time signatures all day",
            "mellotron and moog",
            "concept album deep dive",
            "saw steven wilson live",
            "rush fan since 2112",
            "neo-prog discoveries",
            "canterbury scene records",
            "cruise to the edge booked",
            "rock progresivo de los setenta",
            "progressive rock aus den 70ern",
            "rock progressif des années 70",
            "rock progressivo italiano",
            "rock progressivo dos anos 70",
        ),
        (
            "progressive politics",
            "work in progress",
            "progress report at work",
            "progressive lenses for my glasses",
            "progressive tax system",
            "progressive insurance quote",
            "prognosis from the doctor",
            "programme manager",
            "progressive overload in the gym",
            "rock climbing gym",
        ),
        ("progressive rock", "prog", "prog metal", "progressive metal", "art rock", "progressive music"),
        ("rock music",),
    ),
    (
        "emo",
        (
            "emo kid forever",
            "former scene kid",
            "midwest emo twinkly guitars",
            "when we were young festival tickets",
            "my chemical romance reunion",
            "emo night at the bar",
            "pop punk and emo playlist",
            "twinkly math rock riffs",
            "black parade anniversary",
            "screamo band in the basement",
            "side fringe and eyeliner era",
            "warped tour memories",
            "taking back sunday on repeat",
            "emo revival band",
            "emo de los 2000",
            "emo-szene und post-hardcore",
            "ancien emo, post-hardcore",
            "emo e post-hardcore anni 2000",
            "emo dos anos 2000",
        ),
        (
            "emotional support dog",
            "emotional intelligence at work",
            "emoji reactions in slack",
            "emotions running high",
            "emo phillips comedy",
            "emotional damage meme",
            "emory university",
            "emotional labour",
            "emotional eating",
            "feeling emotional today",
        ),
        ("emo music", "emo rock", "midwest emo", "emo kid", "emo scene", "post-hardcore", "screamo"),
        ("rock music",),
    ),
    (
        "funk",
        (
            "funk bassist",
            "slap bass and a tight pocket",
            "funk band looking for a horn section",
            "james brown on the one",
            "p-funk all stars",
            "funk and soul dj set",
            "crate digging rare funk 45s",
            "parliament funkadelic on vinyl",
            "funky drummer break",
            "jazz funk jam session",
            "disco and funk classics",
            "clavinet and wah guitar",
            "afro-funk compilation",
            "funk night at the club",
            "bajista de funk",
            "funk-bassist und soul",
            "musicien funk et soul",
            "bassista funk",
            "baixista de funk",
        ),
        (
            "in a funk all week",
            "funky smell in the fridge",
            "funko pop collection",
            "funk carioca baile in rio",
            "funky chicken dance",
            "funky socks",
            "funky town decor",
            "funky fresh haircut",
            "feeling funky today",
            "fungal infection",
        ),
        ("funk music", "funky music", "p-funk", "funk and soul", "jazz funk", "nu-funk"),
        ("R&B",),
    ),
    (
        "film scores",
        (
            "film score collector",
            "soundtrack nerd",
            "listening to the interstellar score again",
            "hans zimmer live concert",
            "john williams at the hollywood bowl",
            "film composer",
            "composing music for short films",
            "orchestral score recording session",
            "soundtrack vinyl on mondo",
            "leitmotif breakdown",
            "video game soundtrack collector",
            "film music concert with live orchestra",
            "composer for media, scoring reel",
            "temp track debate",
            "compositor de bandas sonoras",
            "filmmusik-komponist",
            "compositeur de musique de film",
            "compositore di colonne sonore",
            "compositor de trilhas sonoras",
        ),
        (
            "score of the match",
            "credit score improved",
            "scored a goal",
            "soundcheck before the gig",
            "film festival premiere",
            "sound engineer at the venue",
            "high score on the arcade",
            "musical score for piano exam",
            "scorecard golf",
            "sound of the city",
        ),
        (
            "film music",
            "soundtracks",
            "movie soundtracks",
            "film score",
            "movie scores",
            "soundtrack collecting",
        ),
        ("film",),
    ),
    (
        "goth",
        (
            "goth since the 80s",
            "trad goth and proud",
            "goth club night every friday",
            "post-punk and darkwave dj",
            "whitby goth weekend",
            "wave-gotik-treffen this year",
            "black lipstick and big hair",
            "gothic rock band",
            "deathrock and batcave vibes",
            "siouxsie on the turntable",
            "bauhaus bela lugosi's dead",
            "goth fashion and velvet",
            "cold wave and ethereal wave playlist",
            "romantic goth aesthetic",
            "gótica desde los 90",
            "gothic-szene und schwarze szene",
            "gothique et new wave",
            "dark e gothic rock",
            "gótica e darkwave",
        ),
        (
            "gothic architecture cathedral",
            "gothic font for the logo",
            "gothic novel like dracula",
            "goth girl meme",
            "gotham city batman",
            "gothenburg trip",
            "the goths and vandals in rome",
            "southern gothic literature",
            "gothic revival building",
            "got the job",
        ),
        ("goths", "goth music", "gothic rock", "goth subculture", "darkwave", "deathrock", "goth scene"),
        (),
    ),
    (
        "salsa dancing",
        (
            "salsa dancer",
            "salsa social tonight",
            "on1 vs on2 salsa",
            "bachata sensual workshop",
            "kizomba and salsa weekend congress",
            "latin dance instructor",
            "cuban salsa rueda de casino",
            "shines and partnerwork class",
            "salsa congress in berlin",
            "dancing mambo on2",
            "beginners salsa class, tuesday",
            "social dancing every saturday",
            "follow and lead technique",
            "salsa performance team",
            "bailando salsa los viernes",
            "salsa tanzen in der tanzschule",
            "danseuse de salsa cubaine",
            "ballerina di salsa e bachata",
            "dançarina de salsa e bachata",
        ),
        (
            "salsa verde recipe",
            "chips and salsa",
            "mango salsa",
            "spicy salsa sauce",
            "dancing with the stars episode",
            "tomato salsa canning",
            "salsa jar for the party",
            "dip and salsa",
        ),
        (
            "salsa",
            "salsa dancer",
            "salsa dancers",
            "bachata dancing",
            "latin dance",
            "social dancing",
            "salsera",
            "salsero",
        ),
        ("dance", "latin music"),
    ),
    (
        "star wars",
        (
            "star wars fan since 1977",
            "may the 4th be with you",
            "rewatching the original trilogy",
            "mandalorian season finale thoughts",
            "andor is the best star wars show",
            "building a lightsaber",
            "501st legion trooper costume",
            "jedi knight at heart",
            "the force is strong with this one",
            "clone wars animated series rewatch",
            "collecting vintage kenner star wars",
            "galaxy's edge trip",
            "high republic novels",
            "star wars celebration tickets",
            "darth vader is my spirit animal",
            "fan de la guerra de las galaxias",
            "star wars fan seit der kindheit",
            "fan de la guerre des étoiles",
            "fan di guerre stellari",
            "fã de guerra nas estrelas",
        ),
        (
            "star of the show",
            "rising star in tech",
            "war in ukraine news",
            "star wars defense initiative reagan",
            "star rating for the hotel",
            "stars in the night sky",
            "gold star for effort",
            "trade wars and tariffs",
            "five star review",
            "culture wars on twitter",
        ),
        ("starwars", "star wars fan", "star wars fandom", "the mandalorian", "jedi"),
        ("science fiction", "film"),
    ),
    (
        "star trek",
        (
            "lifelong trekkie",
            "live long and prosper",
            "rewatching deep space nine",
            "picard season three was perfect",
            "strange new worlds finale",
            "tng is comfort tv",
            "starfleet uniform for the convention",
            "engage!",
            "boldly going where no one has gone before",
            "ranking every star trek series",
            "voyager rewatch with my partner",
            "klingon language learner",
            "star trek convention in las vegas",
            "captain kirk or captain picard debate",
            "trekkie desde niño",
            "trekkie und star trek fan",
            "fan de star trek depuis toujours",
            "trekkie da sempre",
            "trekkie desde criança",
        ),
        (
            "trekking in nepal",
            "star trek through the himalaya",
            "the trek to work",
            "starter pack meme",
            "star of the match",
            "trek bikes dealer",
            "startrack logistics",
            "long trek up the hill",
            "star rating",
            "enterprise software sales",
        ),
        ("trekkie", "trekkies", "trekker", "trekkers", "star trek fan", "startrek"),
        ("science fiction", "television"),
    ),
    (
        "harry potter",
        (
            "proud potterhead",
            "proud hufflepuff",
            "sorted into ravenclaw",
            "slytherin and proud",
            "gryffindor through and through",
            "rereading the harry potter books",
            "hogwarts legacy playthrough",
            "wizarding world of harry potter trip",
            "warner bros studio tour london",
            "my patronus is an otter",
            "still waiting for my hogwarts letter",
            "harry potter marathon this weekend",
            "collecting harry potter first editions",
            "marauders era fanfic",
            "platform 9 3/4 at king's cross",
            "potterhead desde los 11 años",
            "potterhead und hogwarts fan",
            "potterhead depuis l'enfance",
            "potterhead da sempre",
            "potterhead desde criança",
        ),
        (
            "prince harry and meghan",
            "harry styles concert",
            "pottery class on saturday",
            "potter around the garden",
            "harry kane goal",
            "dirty harry movie",
            "beatrix potter illustrations",
            "harry and david gift basket",
            "harry's razors",
            "wizard setup in windows",
            "hairy legs",
        ),
        ("potterhead", "potterheads", "hogwarts", "wizarding world", "harry potter fan", "hp fandom"),
        ("fantasy", "books"),
    ),
    (
        "doctor who",
        (
            "whovian since 2005",
            "my doctor was tennant",
            "new doctor who series tonight",
            "bigger on the inside",
            "allons-y!",
            "doctor who christmas special",
            "big finish audio dramas",
            "tardis blue everything",
            "regeneration episode had me crying",
            "classic who rewatch, tom baker era",
            "dalek at the convention",
            "sonic screwdriver replica",
            "ranking every doctor",
            "the thirteenth doctor debate",
            "whovian desde siempre",
            "whovian und doctor who fan",
            "whovian depuis le reboot",
            "whovian da sempre",
            "whovian desde pequeno",
        ),
        (
            "doctor's appointment on monday",
            "who is the doctor on call",
            "the doctor will see you now",
            "doctorate in physics",
            "world health organization who",
            "the who concert",
            "doctor strange",
            "spin doctor in politics",
            "doctors strike",
            "guess who's back",
        ),
        ("whovian", "whovians", "doctor who fan", "dr who", "tardis"),
        ("science fiction", "television"),
    ),
    (
        "marvel",
        (
            "marvel fan since the 90s",
            "mcu phase six theories",
            "avengers endgame still makes me cry",
            "comic book superhero movies",
            "spider-man is my favourite hero",
            "x-men 97 was amazing",
            "marvel comics reader",
            "collecting marvel first appearances",
            "dc vs marvel debate",
            "post-credits scene hype",
            "ranking every mcu movie",
            "daredevil born again",
            "deadpool and wolverine opening night",
            "wandavision rewatch",
            "fan de marvel desde niño",
            "marvel fan und comicleser",
            "fan de l'univers marvel",
            "fan della marvel",
            "fã da marvel",
        ),
        (
            "marvel at the view",
            "marvelous mrs maisel",
            "captain of the football team",
            "hero of the day",
            "iron man triathlon",
            "black widow spider",
            "avengers sleep tips",
            "wonder of the world",
            "my super hero mum",
            "thor heyerdahl kon-tiki",
        ),
        (
            "mcu",
            "marvel comics",
            "marvel cinematic universe",
            "superhero movies",
            "superheroes",
            "marvel fan",
            "avengers",
        ),
        ("comics", "film"),
    ),
    (
        "historical fiction",
        (
            "historical fiction reader",
            "reading a tudor novel",
            "wolf hall trilogy reread",
            "ww2 historical fiction book club",
            "historical novelist",
            "author of regency-era novels",
            "historical romance lover",
            "books set in ancient rome",
            "the pillars of the earth changed me",
            "medieval saga by bernard cornwell",
            "napoleonic naval fiction",
            "writing a novel set in 1920s paris",
            "historical mystery series",
            "hist fic recommendations please",
            "novela histórica",
            "historischer roman",
            "roman historique",
            "romanzo storico",
            "romance histórico",
        ),
        (
            "history teacher at the high school",
            "historical data analysis",
            "fiction writing prompts",
            "historical building restoration",
            "science fiction convention",
            "historic win for the team",
            "fake news and fiction",
            "history of the company",
            "history podcast about rome",
            "historical society meeting",
        ),
        (
            "historical novels",
            "historical novel",
            "historical fiction books",
            "hist fic",
            "histfic",
            "historical romance",
        ),
        ("books",),
    ),
    (
        "classic literature",
        (
            "reading the classics",
            "classic literature lover",
            "finally finished war and peace",
            "jane austen reread",
            "dostoevsky changed my life",
            "victorian novels and tea",
            "english literature graduate",
            "reading middlemarch this winter",
            "annotating jane eyre",
            "penguin classics collection",
            "russian literature phase",
            "classics book club",
            "rereading the great gatsby",
            "dickens christmas tradition",
            "literatura clásica",
            "klassische literatur und weltliteratur",
            "littérature classique",
            "letteratura classica",
            "literatura clássica",
        ),
        (
            "classics degree, latin and greek",
            "classic car show",
            "classic rock radio",
            "coca-cola classic",
            "classic rolex watch",
            "classic cars auction",
            "classical music concert",
            "classic mistake at work",
            "classic film noir",
            "classic fit jeans",
        ),
        (
            "classic novels",
            "classic books",
            "literary classics",
            "victorian literature",
            "russian literature",
        ),
        ("books",),
    ),
    (
        "disney",
        (
            "disney adult and proud",
            "annual passholder at disneyland",
            "planning our next disney world trip",
            "disney parks blog fan",
            "rope drop at magic kingdom",
            "dole whip and mickey ears",
            "pixar movie marathon",
            "disney princess collection",
            "disney cruise line booked",
            "epcot food and wine festival",
            "disney pin trading",
            "dvc member",
            "disney vault vhs collection",
            "rewatching the lion king",
            "fan de disney desde pequeña",
            "disney-fan und disneyland paris",
            "fan de disney",
            "fan della disney",
            "fã da disney",
        ),
        (
            "disney stock earnings call",
            "disney+ price increase",
            "walt disney company layoffs",
            "magic johnson",
            "princess diana documentary",
            "mickey mouse operation",
            "goofy mistake",
            "fairy tale wedding",
            "cartoon network shows",
            "frozen pipes in winter",
        ),
        ("disney fan", "disney adult", "disney parks", "disneyland", "walt disney", "disney movies", "pixar"),
        ("film", "animation"),
    ),
)

NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "oil and gas": (
        "solar installer, panels on every roof",
        "gas station attendant, night shift",
        "heating oil delivery driver",
        "climate activist, just stop oil",
        "gas safe heating engineer fixing boilers",
    ),
    "mining": (
        "rockhounding, found agate on the beach",
        "geology student, field mapping",
        "bitcoin mining farm",
        "metal detecting finds",
        "jeweller setting gold and gems",
    ),
    "nuclear energy": (
        "solar and wind advocate",
        "anti-nuclear weapons campaigner",
        "nuclear medicine technologist",
        "particle physics phd at cern",
        "radiographer in the x-ray department",
    ),
    "HVAC": (
        "plumber, leaking pipes fixed",
        "electrician rewiring a house",
        "appliance repair, washing machines",
        "solar panel installer",
        "insulation and draught proofing diy",
    ),
    "land surveying": (
        "quantity surveyor, cost plans",
        "market research surveys",
        "gis analyst making maps",
        "cartographer drawing fantasy maps",
        "estate agent valuing houses",
    ),
    "cardiology": (
        "cardio kickboxing instructor",
        "personal trainer, hiit cardio sessions",
        "pulmonologist, asthma clinic",
        "neurologist on the stroke unit",
        "valentine's heart crafts",
    ),
    "anesthesiology": (
        "surgeon, long list today",
        "icu nurse on nights",
        "dental hygienist",
        "hypnotherapist for sleep",
        "sleep scientist",
    ),
    "audiology": (
        "speech therapist, language delay",
        "ent surgeon",
        "deaf community, bsl signer",
        "sound engineer mixing live",
        "music producer, mastering",
    ),
    "chiropractic": (
        "physiotherapist, acl rehab",
        "osteopath",
        "massage therapist",
        "yoga teacher",
        "personal trainer",
    ),
    "massage therapy": (
        "chiropractor, spinal adjustments",
        "physiotherapist",
        "beautician, facials and waxing",
        "reiki healer",
        "nail tech",
    ),
    "obstetrics and gynecology": (
        "midwife attending home births",
        "doula supporting births",
        "fertility journey, ivf round 3",
        "pediatrician",
        "mummy blogger",
    ),
    "neurology": (
        "neuroscience phd, mouse models",
        "psychiatrist",
        "neurosurgeon",
        "adhd coach",
        "psychologist, cbt",
    ),
    "orthopedics": (
        "physio rehab after surgery",
        "orthodontist",
        "chiropractor",
        "podiatrist",
        "personal trainer, injury prevention",
    ),
    "ophthalmology": (
        "optometrist doing eye tests",
        "optician fitting glasses",
        "contact lens wearer",
        "eyelash extensions",
        "orthoptist",
    ),
    "pathology": (
        "speech-language pathologist",
        "crime scene investigator",
        "microbiologist",
        "mortician at a funeral home",
        "true crime podcast about autopsies",
    ),
    "clinical research": (
        "lab biologist, pipetting all day",
        "community pharmacist",
        "healthcare consultant",
        "nurse on the ward",
        "market research analyst",
    ),
    "pharmaceutical industry": (
        "community pharmacist",
        "biotech startup, gene editing",
        "chemistry teacher",
        "nutritional supplements brand",
        "medical cannabis dispensary",
    ),
    "landscaping": (
        "landscape architect, masterplans",
        "tree surgeon",
        "allotment veg growing",
        "landscape photographer",
        "golf course greenkeeper",
    ),
    "roofing": (
        "solar panel installer",
        "scaffolder",
        "carpenter framing houses",
        "window cleaner",
        "chimney sweep",
    ),
    "masonry": (
        "freemason, lodge secretary",
        "sculptor carving marble",
        "plasterer",
        "tiler",
        "concrete countertops diy",
    ),
    "painting and decorating": (
        "fine art painter",
        "interior designer",
        "car body sprayer",
        "nail artist",
        "muralist",
    ),
    "machining": (
        "welder fabricator",
        "blacksmith",
        "3d printing enthusiast",
        "woodturner",
        "machine learning engineer",
    ),
    "butchery": (
        "chef at a steakhouse",
        "bbq pitmaster",
        "hunter processing deer",
        "vegan activist",
        "deli sandwich shop",
    ),
    "locksmithing": (
        "security guard",
        "cybersecurity analyst",
        "escape room owner",
        "home alarm installer",
        "blacksmith forging knives",
    ),
    "upholstery": (
        "sewing dresses",
        "furniture upcycling with chalk paint",
        "interior designer",
        "quilting",
        "carpenter",
    ),
    "trucking": (
        "bus driver",
        "uber driver",
        "delivery courier on a bike",
        "monster truck fan",
        "car mechanic",
    ),
    "maritime": (
        "navy sailor",
        "sailing regatta",
        "cruise ship holiday",
        "marine biologist",
        "fishing boat skipper",
    ),
    "warehousing": (
        "truck driver",
        "supermarket cashier",
        "delivery driver",
        "data engineer",
        "self storage",
    ),
    "air traffic control": (
        "airline pilot",
        "plane spotter",
        "flight attendant",
        "police dispatcher",
        "drone pilot",
    ),
    "private equity": (
        "venture capital seed investor",
        "investment banker",
        "stock picker",
        "real estate investor",
        "hedge fund trader",
    ),
    "auditing": (
        "bookkeeper",
        "tax accountant",
        "compliance officer",
        "seo consultant doing site audits",
        "mystery shopper",
    ),
    "wealth management": (
        "personal finance blogger, frugal living",
        "accountant doing tax returns",
        "insurance agent",
        "mortgage broker",
        "day trader",
    ),
    "intellectual property": (
        "inventor tinkering in the garage",
        "software engineer",
        "brand designer",
        "real estate lawyer",
        "open source maintainer",
    ),
    "employment law": (
        "hr business partner",
        "union rep",
        "recruiter",
        "criminal defence barrister",
        "payroll administrator",
    ),
    "family law": (
        "family therapist",
        "social worker in child protection",
        "wedding planner",
        "mummy blogger",
        "criminal defence lawyer",
    ),
    "emergency management": (
        "paramedic",
        "firefighter",
        "doomsday prepper",
        "humanitarian aid worker",
        "er nurse",
    ),
    "dairy farming": ("cheesemaker", "vegan activist", "beef rancher", "goat yoga", "ice cream shop"),
    "livestock farming": ("backyard chickens", "vet", "horse riding", "vegan", "butcher"),
    "viticulture": ("sommelier", "wine merchant", "hop grower", "fruit orchard", "brewery"),
    "aquaculture": (
        "aquarium hobbyist",
        "marine biologist",
        "commercial fisherman",
        "aquaponics at home",
        "sushi chef",
    ),
    "food science": ("nutritionist", "chef", "food blogger", "chemist", "food safety inspector"),
    "food safety": (
        "food bank volunteer",
        "nutritionist",
        "chef",
        "health and safety officer",
        "food blogger",
    ),
    "commercial fishing": (
        "angler",
        "fish farm technician",
        "seafood restaurant",
        "marine biologist",
        "yacht sailor",
    ),
    "retail": (
        "ecommerce store on shopify",
        "b2b sales rep",
        "shopping addict",
        "warehouse worker",
        "restaurant server",
    ),
    "health and safety": (
        "firefighter",
        "food safety auditor",
        "security guard",
        "personal trainer",
        "nurse",
    ),
    "zoology": (
        "zookeeper hosing down the elephant house",
        "vet nurse at a small animal clinic",
        "dog groomer and pet sitter",
        "birdwatcher ticking off warblers",
        "taxidermy workshop this weekend",
    ),
    "biochemistry": (
        "organic chemist running grignard reactions",
        "pharmacist dispensing prescriptions",
        "nutritionist planning high protein meals",
        "medical lab technician in haematology",
        "chemistry teacher at secondary school",
    ),
    "pharmacology": (
        "community pharmacist filling prescriptions",
        "pharma sales rep visiting gp surgeries",
        "herbal remedies and supplements shop",
        "nurse giving flu jabs",
        "chemistry teacher marking tests",
    ),
    "particle physics": (
        "astrophysicist studying galaxies",
        "nuclear power plant engineer",
        "quantum computing startup founder",
        "physics teacher at high school",
        "radiographer doing x-rays",
    ),
    "evolutionary biology": (
        "creationism debate at church",
        "geneticist doing ivf embryo screening",
        "fossil hunting on the jurassic coast",
        "anthropologist studying rituals",
        "self-improvement and personal evolution",
    ),
    "cognitive science": (
        "life coach teaching a growth mindset",
        "therapist offering cbt",
        "neurologist in the stroke unit",
        "brain training games for seniors",
        "philosophy student reading kant",
    ),
    "toxicology": (
        "detox retreat and juice cleanse",
        "pest control technician",
        "campaigner against pesticides",
        "crime novelist writing poisonings",
        "er nurse on night shift",
    ),
    "virology": (
        "antivirus software reseller",
        "anti-vax rally downtown",
        "gp seeing flu patients all day",
        "viral marketing agency",
        "hand sanitiser brand",
    ),
    "cryptography": (
        "bitcoin trader on leverage",
        "it support resetting passwords",
        "escape room puzzle fan",
        "cryptic crossword setter",
        "vpn affiliate marketer",
    ),
    "english literature": (
        "tefl teacher in vietnam",
        "grammar pedant fixing apostrophes",
        "booktok romance reviews",
        "copywriter for brands",
        "spanish literature student",
    ),
    "history of science": (
        "science teacher doing experiments",
        "military history buff",
        "ancient aliens theories",
        "science fiction fan",
        "philosophy of religion class",
    ),
    "roman history": (
        "greek mythology retellings",
        "pilgrimage to the vatican",
        "italian cooking class in rome",
        "egyptology and the pharaohs",
        "medieval castles tour",
    ),
    "victorian history": (
        "regency romance novels",
        "steampunk convention",
        "edwardian house renovation",
        "antiques dealer at the fair",
        "bridgerton binge",
    ),
    "cold war history": (
        "ww2 history buff",
        "russian language course",
        "spy thriller novels",
        "veterans of the afghan war",
        "call of duty black ops",
    ),
    "women's history": (
        "girl boss networking brunch",
        "women's self-defence class",
        "feminist activist marching today",
        "tracing my family tree",
        "women's football fan",
    ),
    "black history": (
        "racial justice rally today",
        "hip hop documentary night",
        "african safari trip",
        "gospel choir singer",
        "afrobeats playlist",
    ),
    "bioethics": (
        "compliance officer at the bank",
        "ethical vegan",
        "ethical fashion blogger",
        "pro-life march",
        "hospital chaplain",
    ),
    "historic preservation": (
        "property developer buying old mills",
        "antiques dealer at the fair",
        "home renovation diy",
        "museum gift shop",
        "genealogy research",
    ),
    "ux research": (
        "graphic designer making logos",
        "market research survey caller",
        "product manager writing the roadmap",
        "qa tester logging bugs",
        "ui designer in figma",
    ),
    "generative ai": (
        "data analyst building excel reports",
        "robot vacuum review",
        "sci-fi robot movies",
        "crypto trading bot",
        "chatbot menu for my shop",
    ),
    "ai safety": (
        "cybersecurity pentester",
        "robot apocalypse movie",
        "privacy advocate against tracking",
        "self-driving car fan",
        "health and safety officer",
    ),
    "golang": (
        "rust developer",
        "python data scientist",
        "go board game player",
        "java spring boot developer",
        "go kart racing",
    ),
    "c++": (
        "c# unity developer",
        "rust developer",
        "java backend engineer",
        "python scripting",
        "embedded c firmware",
    ),
    "java": (
        "javascript frontend developer",
        "coffee roaster",
        "indonesia travel blogger",
        "python data scientist",
        "c# .net developer",
    ),
    "mechanical keyboards": (
        "gaming mouse review",
        "building a gaming pc",
        "piano player at the wedding",
        "typing speed test",
        "stationery haul from japan",
    ),
    "retrocomputing": (
        "retro gaming on the nes",
        "vinyl collector",
        "it support technician",
        "antiques fair",
        "vintage camera collector",
    ),
    "data visualization": (
        "graphic designer making logos",
        "accountant doing excel reports",
        "astrology birth chart",
        "landscape photographer",
        "powerpoint slide designer",
    ),
    "gis": (
        "land surveyor with a total station",
        "orienteering club race",
        "travel blogger mapping road trips",
        "geocaching with the kids",
        "weather forecaster on tv",
    ),
    "wikipedia": (
        "trivia quiz night",
        "open source developer",
        "school librarian",
        "encyclopedia collector",
        "fact-checker at a newspaper",
    ),
    "reproductive rights": (
        "pro-life march",
        "ivf journey at the fertility clinic",
        "midwife on the labour ward",
        "sex education teacher",
        "gynaecologist",
    ),
    "gun control": (
        "2a defender and nra member",
        "hunting season opens",
        "clay pigeon shooting",
        "police officer",
        "airsoft team",
    ),
    "suicide prevention": (
        "yoga for anxiety",
        "therapist in private practice",
        "grief counsellor",
        "self-care sunday",
        "psychiatric nurse",
    ),
    "food banks": (
        "zero waste lifestyle",
        "restaurant owner",
        "italian cooking class",
        "charity shop volunteer",
        "fundraising gala",
    ),
    "literacy": (
        "book club picks for march",
        "english teacher marking essays",
        "school librarian",
        "bookstagram shelfie",
        "spelling bee champion",
    ),
    "women in tech": (
        "women's football fan",
        "nail technician",
        "girlboss coach",
        "female entrepreneur in fashion",
        "coding bootcamp",
    ),
    "diversity and inclusion": (
        "racial justice protest",
        "hr generalist",
        "anti-bullying campaign",
        "accessibility consultant",
        "biodiversity survey",
    ),
    "harm reduction": (
        "addiction recovery, 5 years sober",
        "sober living",
        "police drugs raid",
        "pharmacist at the chemist",
        "cannabis dispensary",
    ),
    "affordable housing": (
        "real estate agent, just listed",
        "house flipping for profit",
        "interior design moodboard",
        "mortgage broker",
        "airbnb superhost",
    ),
    "voting rights": (
        "campaign staffer for the senator",
        "partisan politics",
        "political pundit",
        "local councillor",
        "eurovision televoting",
    ),
    "foster care": (
        "animal rescue foster",
        "adoption agency",
        "nanny for two toddlers",
        "registered childminder",
        "primary school teacher",
    ),
    "rare diseases": (
        "cancer survivor",
        "type 1 diabetic",
        "long covid",
        "wellness influencer",
        "pharma sales rep",
    ),
    "hiv": ("covid booster jab", "flu season again", "pride parade party", "blood donor", "cancer survivor"),
    "science communication": (
        "science teacher",
        "pr manager for a brand",
        "news journalist covering politics",
        "lifestyle influencer",
        "youtube gamer",
    ),
    "sign language": (
        "speech therapist",
        "hearing aid audiologist",
        "braille transcriber",
        "german to english translator",
        "mime artist",
    ),
    "sculpture": (
        "ceramics class, throwing pots on the wheel",
        "woodturning bowls in the garage",
        "painter working in oils",
        "scale model kit of a tank",
        "cake sculpting for birthdays",
    ),
    "printmaking": (
        "calligraphy with a pointed pen",
        "digital illustration on procreate",
        "graphic design for brand logos",
        "letterpress wedding invitations printed by a commercial shop",
        "3d printer farm",
    ),
    "street art": (
        "painter working in oils on canvas",
        "tattoo artist in a studio",
        "sign painter lettering shop windows",
        "house painter and decorator",
        "skateboarding at the skatepark",
    ),
    "street photography": (
        "wedding photographer, booking 2027",
        "landscape photographer chasing sunrise",
        "real estate photography for listings",
        "wildlife photographer in the hide",
        "studio portrait headshots",
    ),
    "film photography": (
        "digital wedding photographer",
        "video editor and filmmaker",
        "smartphone photography tips",
        "photo restoration and retouching",
        "vintage camera repair shop",
    ),
    "landscape photography": (
        "wildlife photographer in a hide",
        "wedding photographer",
        "real estate photographer",
        "painter of landscapes in watercolour",
        "drone videographer for real estate",
    ),
    "candle making": (
        "soap maker, cold process bars",
        "beekeeper selling honey at the market",
        "perfumer mixing fragrances",
        "resin art coasters",
        "pottery studio making ceramic mugs",
    ),
    "weaving": (
        "knitting a sweater on circular needles",
        "crochet blanket granny squares",
        "sewing a dress on my machine",
        "macrame plant hangers",
        "textile factory production manager",
    ),
    "trading cards": (
        "magic the gathering commander night",
        "stamp collector with a big album",
        "coin collector hunting silver",
        "poker night with the boys",
        "sports betting tips daily",
    ),
    "action figures": (
        "lego collector building the falcon",
        "miniature painter for warhammer",
        "scale modeller building a tank kit",
        "comic book collector with slabbed issues",
        "doll collector with porcelain dolls",
    ),
    "magic tricks": (
        "stand-up comedian doing a tight five",
        "juggler and circus performer",
        "tarot reader and psychic medium",
        "escape room owner",
        "clown for kids parties",
    ),
    "trainspotting": (
        "model railway layout in the loft",
        "commuter complaining about delays",
        "urban planner working on light rail",
        "train driver for a freight company",
        "plane spotter at heathrow",
    ),
    "drones": (
        "rc cars bashing at the track",
        "model aircraft club flying balsa planes",
        "private pilot learning to fly a cessna",
        "satellite imagery analyst",
        "military defence analyst",
    ),
    "urban exploration": (
        "ghost hunters investigating haunted houses",
        "history buff reading about ruins",
        "real estate agent showing old houses",
        "hiker exploring caves",
        "street photographer in the city",
    ),
    "classic cars": (
        "formula 1 fan watching the grand prix",
        "electric car owner, charging at home",
        "mechanic at a dealership",
        "motorcycle restoration in the shed",
        "car salesman at a dealership",
    ),
    "theme parks": (
        "camping at a holiday park",
        "zoo visit with the kids",
        "water park lifeguard job",
        "fairground ride operator at the county fair",
        "cruise ship vacation",
    ),
    "paranormal": (
        "astrology and tarot readings",
        "true crime podcast about murders",
        "horror film fan, slashers only",
        "church minister, sunday sermon",
        "urban explorer photographing abandoned hospitals",
    ),
    "squash": (
        "tennis player at the local club",
        "padel league on tuesdays",
        "badminton doubles tournament",
        "racquetball court at the gym",
        "table tennis club night",
    ),
    "bowling": (
        "darts league at the pub",
        "snooker club player",
        "cricket bowler in the county team",
        "skittles at the village pub",
        "mini golf with the kids",
    ),
    "disc golf": (
        "golfer working on my swing",
        "ultimate frisbee handler",
        "footgolf at the local course",
        "mini golf date",
        "pickleball on the tennis courts",
    ),
    "bodybuilding": (
        "powerlifter chasing a 600 squat",
        "crossfit athlete at the box",
        "personal trainer running hiit classes",
        "dietitian planning meal plans",
        "yoga teacher and breathwork coach",
    ),
    "roller skating": (
        "skateboarder at the bowl",
        "figure skater learning a double axel",
        "ice hockey goalie",
        "scooter rider at the skatepark",
        "cyclist on the bike path",
    ),
    "lacrosse": (
        "ice hockey defenceman",
        "field hockey midfielder",
        "hurling club in galway",
        "rugby flanker",
        "american football linebacker",
    ),
    "ultimate frisbee": (
        "disc golfer throwing putts",
        "dog frisbee competition",
        "rugby sevens player",
        "soccer coach for u12s",
        "volleyball on the beach",
    ),
    "eurovision": (
        "pop music fan who loves chart hits",
        "theatre fan who lives for musicals",
        "k-pop stan with lightsticks",
        "drag race fan watching the finale",
        "reality tv talent show judge",
    ),
    "fantasy football": (
        "sports betting tips and accas",
        "football manager video game career",
        "premier league season ticket holder",
        "poker player online",
        "nfl fan, bears season ticket",
    ),
    "airsoft": (
        "paintball at a stag do",
        "laser tag birthday party",
        "hunter at deer camp",
        "army reservist on exercise",
        "clay pigeon shooting club",
    ),
    "pinball": (
        "retro gamer with a nes collection",
        "arcade game collector with street fighter cabinets",
        "darts league at the pub",
        "slot machines in vegas",
        "foosball table in the office",
    ),
    "mahjong": (
        "bridge club, duplicate pairs",
        "poker night with the boys",
        "dominoes at the cafe",
        "board games cafe night",
        "chess club tournament",
    ),
    "afrobeats": (
        "reggae sound system selector",
        "dancehall queen in kingston",
        "hip hop head from the bronx",
        "latin reggaeton party in miami",
        "gospel choir singer",
    ),
    "j-pop": (
        "k-pop stan with lightsticks",
        "anime fan watching seasonal shows",
        "japanese language teacher",
        "karaoke night with friends",
        "c-pop and mandopop playlist",
    ),
    "prog rock": (
        "classic rock radio dj",
        "metalhead at a death metal gig",
        "jazz fusion guitarist",
        "synthwave producer",
        "post-rock instrumental band",
    ),
    "emo": (
        "goth club night, darkwave only",
        "punk rock at the squat",
        "metalcore breakdown",
        "indie rock band from sheffield",
        "k-pop stan",
    ),
    "funk": (
        "baile funk mc in rio de janeiro",
        "disco diva at studio 54",
        "jazz saxophonist at the club",
        "hip hop producer sampling breaks",
        "neo soul singer",
    ),
    "film scores": (
        "classical pianist at the conservatory",
        "musical theatre fan at broadway shows",
        "sound designer for games",
        "podcast editor and audio engineer",
        "pop music fan who loves chart hits",
    ),
    "goth": (
        "emo kid with a side fringe",
        "metalhead at a black metal gig",
        "horror film fan",
        "witchy pagan altar",
        "punk at the squat",
    ),
    "salsa dancing": (
        "ballet dancer at the royal ballet",
        "tango milonga on saturday",
        "ballroom dancer, standard and latin",
        "zumba instructor at the gym",
        "flamenco dancer in seville",
    ),
    "star wars": (
        "star trek fan, picard is my captain",
        "marvel cinematic universe fan",
        "lord of the rings reread",
        "astronomy nerd looking at real stars",
        "warhammer 40k army painter",
    ),
    "star trek": (
        "star wars fan with a lightsaber",
        "doctor who fan, tardis blue",
        "astronomy nerd at the observatory",
        "nasa space policy wonk",
        "hiker trekking in the alps",
    ),
    "harry potter": (
        "lord of the rings fan with the extended editions",
        "percy jackson reader",
        "witchcraft and pagan rituals",
        "disney adult at the parks",
        "fantasy novelist drafting book two",
    ),
    "doctor who": (
        "star trek fan, tng forever",
        "sherlock fan, benedict cumberbatch",
        "star wars fan with a lightsaber",
        "british sitcom fan",
        "medical doctor, nhs gp",
    ),
    "marvel": (
        "star wars fan with a lightsaber",
        "anime fan watching seasonal shows",
        "dc comics fan, batman forever",
        "manga reader",
        "action figure collector with hot toys",
    ),
    "historical fiction": (
        "history lecturer on the tudors",
        "crime fiction fan, nordic noir",
        "fantasy reader with dragons",
        "period drama fan watching bridgerton",
        "ancient history nerd, rome and greece",
    ),
    "classic literature": (
        "latin and greek classics student",
        "contemporary thriller reader",
        "fantasy series binge reader",
        "literary agent seeking new fiction",
        "english teacher marking essays",
    ),
    "disney": (
        "universal studios fan, harry potter land",
        "theme park ride engineer",
        "marvel fan, mcu theories",
        "anime fan, studio ghibli",
        "kids' birthday party planner",
    ),
}

NAMES_TEXT = """
oil and gas: roughneck|roughnecks|roustabout|roustabouts|toolpusher|mud logger
oil and gas: mud engineer|drilling rig|offshore rig|jackup rig|fpso
oil and gas: blowout preventer|frac spread|fracking crew|permian basin|bakken shale|eagle ford shale
oil and gas: opito|bosiet|huet training
oil and gas: offshore technology conference|adipec|schlumberger|halliburton|baker hughes|transocean
oil and gas: equinor|petrobras|saudi aramco|woodside energy|wireline
oil and gas: coiled tubing|workover rig|pumpjack|wellhead|drilling supervisor|offshore installation manager
mining: open-cut mine|fifo worker
mining: fly in fly out|haul truck|cat 797|shotfirer|drill and blast|jumbo operator
mining: orebody|ore body|flotation circuit|tailings dam|rio tinto
mining: anglo american plc|glencore|newmont|barrick gold|fortescue|freeport-mcmoran|teck resources|pdac
mining: msha|mine rescue team|jorc code|ni 43-101|core logging
mining: minesite|copper mine|lithium mine|underground mine
nuclear energy: sellafield|iaea
nuclear energy: ap1000|nuscale|rolls-royce smr|vogtle
nuclear energy: iter fusion
nuclear energy: framatome|orano|rosatom|onkalo
heating air conditioning: hvac techs|hvac technicians
heating air conditioning: epa 608|f-gas certificate|r410a|r-410a|r32 refrigerant
heating air conditioning: mini split|ductless mini split|air handler
heating air conditioning: chiller plant
heating air conditioning: rooftop unit|rtu replacement|vrf system|vrv system|trane|daikin|rheem
heating air conditioning: goodman furnace|ashrae|acca manual j|seer rating|refcom|nate certified
heating air conditioning: refrigeration engineers|condensing unit
heating air conditioning: evaporator coil|manifold gauges|brazing copper lines
land surveying: total station|robotic total station|rtk gps
land surveying: leica geosystems|trimble business center|trimble access|topcon|sokkia|carlson survey
land surveying: topo survey|cadastral survey|alta survey
land surveying: setting out engineer|survey party chief|rodman|geomatics engineer|nsps|traverse closure
land surveying: plat map|metes and bounds|section corner|survey monument|ncees fs exam
cardiology: electrophysiologist
cardiology: echocardiogram|transthoracic echo|tavr
cardiology: pci procedure|stemi|nstemi|12-lead ecg|troponin
cardiology: esc congress
cardiology: aha scientific sessions|heart rhythm society|tct conference
cardiology: lvef|#cardiotwitter
anesthesiology: crnas
anesthesiology: srna
anesthesiology: rapid sequence induction|laryngoscope|videolaryngoscope|glidescope|laryngeal mask airway
anesthesiology: propofol|sevoflurane|epidural catheter|spinal anaesthesia|nerve block|interscalene block
anesthesiology: asa physical status|royal college of anaesthetists|rcoa|frca|aana
anesthesiology: difficult airway society|operating department practitioner
anesthesiology: tiva anaesthesia|malignant hyperthermia
audiology: au.d.|aud student
audiology: cochlear implants|tympanometry|otoacoustic emissions
audiology: abr testing|real ear measurement|vestibular testing|vng testing|tinnitus retraining|phonak
audiology: oticon|widex|starkey hearing|med-el|advanced bionics
audiology: hearing aid dispenser|bone-anchored hearing aid
chiropractic: gonstead technique|activator method|diversified technique
chiropractic: thompson drop table|logan university
chiropractic: aecc university college|nbce boards
chiropractic: webster technique|flexion distraction|cox technic
chiropractic: activator adjusting instrument|parker university
massage therapy: lomi lomi|shiatsu|tui na|manual lymphatic drainage
massage therapy: mblex|amta|abmp
massage therapy: ashiatsu
obstetrics gynecology: o&g registrar
obstetrics gynecology: labor and delivery|l&d nurse|mfm fellow
obstetrics gynecology: hysteroscopy
obstetrics gynecology: rei fellow|acog|rcog|mrcog|figo
obstetrics gynecology: fetal monitoring|ctg trace
obstetrics gynecology: obgyn resident
obstetrics gynecology: labor and delivery unit
neurology: epileptologist|movement disorders specialist|electroencephalography
neurology: thrombectomy|thrombolysis
neurology: nihss
neurology: aan annual meeting|ean congress
neurology: glasgow coma scale
orthopedics: orthopaedic surgeons|orthopedic surgeons
orthopedics: orthopaedic registrar|t&o registrar|arthroplasty
orthopedics: total knee replacement|total hip replacement|arthroscopy
orthopedics: rotator cuff repair|open reduction internal fixation
orthopedics: intramedullary nail|aaos|british orthopaedic association
orthopedics: orthopedic technician|hand surgeon|foot and ankle surgeon
ophthalmology: eye surgeons
ophthalmology: phacoemulsification|vitreoretinal surgeon|vitrectomy
ophthalmology: glaucoma specialist|trabeculectomy|fundoscopy
ophthalmology: intravitreal injection|anti-vegf|oculoplastic surgeon
ophthalmology: corneal transplant|royal college of ophthalmologists
ophthalmology: frcophth|moorfields eye hospital|bascom palmer|wills eye hospital
ophthalmology: ophthalmic technician
pathology: histopathologist
pathology: cytopathologist|haematopathology|neuropathology
pathology: h&e slides|h&e stain|immunohistochemistry|ihc stain
pathology: whole slide imaging|college of american pathologists|royal college of pathologists|rcpath
pathology: frcpath|uscap|#pathtwitter|grossing station
pathology: pathologists' assistant|histotechnologist
clinical research: etmf|source data verification
clinical research: iqvia|parexel|icon plc|syneos health
clinical research: medpace|fortrea|medidata rave|veeva vault|redcap database|case report form|ecrf
clinical research: investigator site file|sub-investigator|first patient in
clinical research: acrp|socra|phase 3 trial|phase ii trial
pharmaceutical industry: pharma rep
pharmaceutical industry: regulatory affairs specialist
pharmaceutical industry: cmc regulatory|qualified person release|novartis|roche pharma
pharmaceutical industry: glaxosmithkline|sanofi|merck & co|eli lilly|bristol myers squibb
pharmaceutical industry: abbvie|boehringer ingelheim|takeda
pharmaceutical industry: fiercepharma|bio international convention|cphi|abpi|phrma
pharmaceutical industry: efpia|market access manager|heor|real world evidence
landscaping: hardscape
landscaping: mowing business|zero turn mower
landscaping: scag mower|exmark|paver patio|retaining wall block
landscaping: sod install|turf laying|artificial grass install|irrigation tech|sprinkler install
landscaping: mulch install|hedge trimming service
landscaping: nalp
roofing: reroof
roofing: asphalt shingles|gaf shingles|owens corning shingles
roofing: certainteed|single ply membrane
roofing: lead flashing|leadwork|ice and water shield
roofing: drip edge|ridge vent|soffit and fascia|gutter install|nfrc|nrca
masonry: brickies|blockwork
masonry: lime pointing|dry stone waller|stone carver
masonry: banker mason|cavity wall
masonry: flemish bond|english bond|cmu block|block layer|tuckpointing
masonry: ashlar|marshalltown trowel|hod carrier|hodcarrier
masonry: dswa
house painter decorator: paperhanger|dulux trade|crown trade
house painter decorator: little greene|benjamin moore|sherwin williams|zinsser
house painter decorator: purdy brush|wooster brush|graco sprayer|airless sprayer|mist coat
house painter decorator: eggshell finish|satinwood
house painter decorator: pdca|#paintingcontractor
machining: cnc lathe|cnc mill
machining: manual lathe|bridgeport mill|haas vf2|haas cnc|mazak|dmg mori|okuma|doosan lathe
machining: fanuc control|mastercam|fusion 360 cam
machining: swiss screw machine|edm machine|wire edm
machining: surface grinder|cmm inspection|carbide inserts|end mill|endmill
machining: sandvik coromant|kennametal|harvey tool|titans of cnc|this old tony|abom79
machining: vise jaws|feeds and speeds
butchery: primal cuts|sub-primal|breaking down a carcass|carcass breakdown
butchery: boning knife|victorinox boning knife|f. dick knives
butchery: curing chamber|the meat hook|fleishers|dario cecchini|q guild
butchery: meat science
locksmithing: rekey
locksmithing: key cutting machine|key duplicator|sparrows lockpicks|peterson pick|covert instruments
locksmithing: bosnianbill|tension wrench|single pin picking
locksmithing: bump key|medeco|abloy|assa abloy|euro cylinder|snap gun|impressioning
locksmithing: aloa|safe cracking|safecracking
locksmithing: transponder key programming|key programmer|toool
upholstery: upholstery fabric|upholstery foam|hessian webbing
upholstery: sprung seat|wingback chair
upholstery: staple gun upholstery|pneumatic stapler|regulator needle|horsehair stuffing|calico lining
upholstery: channel back chair|welt cord|piping cord
upholstery: marine upholstery
upholstery: car interior trimmer|headliner replacement|dacron wrap
trucking: hgv drivers
trucking: cdl-a|cdl class a|otr driver
trucking: eighteen wheeler|big rig|kenworth|volvo fh
trucking: scania|daf xf|driver cpc|eld mandate|hours of service|load board|dat load board
trucking: pilot flying j|deadhead miles|jake brake
maritime: deck cadet
maritime: engine cadet|chief mate|bosun|lng carrier
maritime: ro-ro vessel|dry dock|stcw|imo regulations
maritime: solas|marpol|ship manager|shipbroker
maritime: chartering manager|lloyd's list|tradewinds|clarksons|maersk line|cma cgm
maritime: hapag-lloyd|marinetraffic|bimco|posidonia
warehousing: warehouse operatives|warehouse associate|warehouse worker
warehousing: warehouse workers|warehouse team leader
warehousing: fulfillment center|distribution center|picker packer
warehousing: pick and pack|forklift operator|forklift licence
warehousing: forklift certification|counterbalance forklift|pallet jack|pallet truck
warehousing: rf scanner|wms system|manhattan wms|goods inward|cycle count|cross docking
warehousing: cross-dock|3pl warehouse|racking inspection|amazon fc|amazon fulfillment
warehousing: peak season warehouse|putaway|bin location|mhe operator|loading bay|yard jockey
warehousing: shunter driver
air traffic control: atc tower
air traffic control: area controller
air traffic control: en route controller|tracon|artcc|enaire
air traffic control: dfs deutsche flugsicherung|skyguide|nav canada|airservices australia|natca
air traffic control: atc simulator|readback|squawk code
air traffic control: ground controller|separation minima|flight strip|flight strips
air traffic control: radar vectoring|ifatca|atc trainee
private equity: pe firm|pe-backed|buyout fund
private equity: portco|portcos|general partner|limited partners
private equity: lp commitments|fund iii|dry powder|add-on acquisition
private equity: tpg capital|bain capital|eqt partners
private equity: cvc capital|permira|advent international|warburg pincus|hellman & friedman|thoma bravo
private equity: 3i group|ardian|cinven|preqin
private equity: superreturn|ilpa|bvca|moic|irr hurdle|management buyout
auditing: sox 404|pcaob|iaasb|isa 315|gaas
auditing: qualified opinion|going concern opinion
auditing: cia exam
auditing: isaca|caseware
auditing: substantive testing
wealth management: cfp board
wealth management: paraplanner|paraplanners|private banker
wealth management: multi-family office|ria firm
wealth management: cisi|finra series 7|series 65|series 66|napfa
wealth management: st. james's place
wealth management: edward jones|raymond james|envestnet|orion advisor|kitces|michael kitces
intellectual property: ip lawyers|ip attorney|patent attorneys
intellectual property: patent agents|trade mark attorney
intellectual property: patent litigation|freedom to operate
intellectual property: office action|european patent office|euipo|wipo|pct application
intellectual property: patent cooperation treaty|trademark registration
intellectual property: citma|aipla|inta|inta annual meeting|ipwatchdog|unified patent court
intellectual property: claim construction|ptab|inter partes review
intellectual property: ipr petition|trademark infringement|fto opinion
employment law: settlement agreement|acas early conciliation|eeoc|eeoc charge|title vii|flsa|fmla
employment law: tupe transfer|whistleblowing claim|restrictive covenants
employment law: non-compete agreement|equality act 2010
employment law: garden leave|protected conversation
family law: custody evaluation
family law: financial remedies|prenuptial agreement|postnuptial agreement
family law: child arrangements order
family law: cafcass|guardian ad litem|spousal maintenance
family law: child support guidelines|parenting plan|equitable distribution|aaml
family law: no-fault divorce|non-molestation order
emergency management: cal oes
emergency management: iaem|cem certification|nims
emergency management: ics-100
emergency management: hazard mitigation plan|business continuity plan
emergency management: civil contingencies|local resilience forum|ready.gov|cert volunteer
emergency management: full-scale exercise
emergency management: sendai framework|undrr
dairy farming: rotary parlour|robotic milker|lely astronaut|delaval
dairy farming: somatic cell count|bulk tank
dairy farming: fonterra|land o'lakes|heifer rearing|calf rearing
dairy farming: silage clamp|tmr ration|total mixed ration
livestock farming: feed yard
livestock farming: angus bulls|charolais
livestock farming: simmental|texel tups|texel ram|tup sale|lambing shed
livestock farming: shearing gang|drenching ewes|ewes and lambs|farrowing house
livestock farming: broiler shed|branding season|ncba
viticulture: vineyard managers|grape growers
viticulture: wine grower|budbreak
viticulture: leaf plucking|vine pruning|cane pruning|spur pruning|guyot pruning
viticulture: phylloxera|powdery mildew vineyard|downy mildew|harvest crush|wine grape harvest
viticulture: pinot noir clones|uc davis viticulture|plumpton college|geisenheim|vineyard tractor
viticulture: vine nursery|grafted vines|vsp trellis
aquaculture: fish farms|salmon farming|salmon farmers
aquaculture: oyster farm|shellfish farm|shellfish hatchery
aquaculture: fish hatchery|hatchery manager|ras farm|net pens|net pen
aquaculture: smolt|smolts|mowi|salmar|lerøy seafood
aquaculture: bakkafrost|asc certified
aquaculture: bap certification|shrimp farming
aquaculture: kelp farming|feed conversion ratio
food science: ifst|npd technologist
food science: sensory panel
food science: hydrocolloids
food science: flavorist|flavourist|givaudan|firmenich|symrise|kerry group|tate & lyle
food science: ingredion|ift first
food safety: haccp plan|haccp certified|brcgs|brc certification|sqf practitioner
food safety: fssc 22000|iso 22000|fsma compliance|pcqi|preventive controls qualified individual
food safety: scores on the doors|efsa|usda fsis
food safety: servsafe|listeria monitoring
food safety: environmental monitoring program|ccp monitoring
food safety: mock recall|traceability exercise|cieh|iafp
commercial fishing: trawlerman|trawlermen|beam trawler|scallop dredger
commercial fishing: crabber|lobstermen|gillnetter|seiner
commercial fishing: purse seiner|catch quota|days at sea|deadliest catch
commercial fishing: newlyn harbour
commercial fishing: nffo
commercial fishing: halibut opener|salmon seiner|bristol bay salmon
retail: visual merchandiser|planogram|planograms
retail: buying and merchandising|click and collect
retail: nrf big show|usdaw
health and safety: hse advisor|ehs manager|ehs specialist|hsqe|nebosh general certificate
health and safety: nebosh diploma|cmiosh|osha|osha 10
health and safety: osha recordable|csp certification|bcsp|chst|toolbox talks
health and safety: near miss report|permit to work
health and safety: lockout tagout|coshh|riddor|hse inspector
health and safety: lost time injury|ltifr|working at height
health and safety: confined space entry
zoology: ethologist|ethologists|herpetologists
zoology: ichthyologist|konrad lorenz|niko tinbergen
zoology: animal behaviour society|malacologist|malacology|cetologist|myrmecologist
zoology: holotype|paratype|gerald durrell
zoology: zoologische staatssammlung|dian fossey|biruté galdikas
biochemistry: western blots|sds-page|krebs cycle|citric acid cycle
biochemistry: michaelis-menten|fplc|size exclusion chromatography
biochemistry: asbmb|febs|elisa assay|site-directed mutagenesis|bradford assay
biochemistry: coomassie|ni-nta|his-tag|post-translational modification|frederick sanger|dorothy hodgkin
biochemistry: enzymology
pharmacology: aspet|ic50|ec50|ed50|half-life of the drug|bioavailability
pharmacology: receptor agonist|receptor antagonist|drug metabolism|cyp450|cytochrome p450|adme|pk/pd
pharmacology: therapeutic index|preclinical studies
pharmacology: goodman and gilman|rang and dale|lead compound|target validation
pharmacology: phase 1 trial
particle physics: lhcb|super-kamiokande
particle physics: dune experiment|standard model|electroweak|gluons
particle physics: neutrino oscillation|muon g-2|feynman diagram|peter higgs|murray gell-mann|hadron|hadrons
particle physics: leptons|hl-lhc|belle ii|tevatron|supersymmetry
particle physics: beyond the standard model|higgs field
evolutionary biology: alfred russel wallace|stephen jay gould
evolutionary biology: ernst mayr|cladistics|speciation|sexual selection|kin selection|punctuated equilibrium
evolutionary biology: modern synthesis|hardy-weinberg|adaptive radiation
evolutionary biology: coevolution|macroevolution|microevolution
evolutionary biology: molecular clock|richard lenski|ernst haeckel|evo-devo
evolutionary biology: red queen hypothesis|neo-darwinism
evolutionary biology: theodosius dobzhansky
cognitive science: predictive processing|dual process theory|douglas hofstadter
cognitive science: connectionism
cognitive science: eye-tracking study
cognitive science: marr's levels|gödel escher bach|chinese room|karl friston
cognitive science: free energy principle
cognitive science: jerry fodor
toxicology: ecotoxicologist|ld50|noael
toxicology: eurotox|poison control center|poison control centre|poisons centre
toxicology: genotoxicity|ames test|reach regulation|mycotoxins|aflatoxin
toxicology: tox screen|paracelsus|endocrine disruptors|hazard assessment
toxicology: risk assessor
virology: coronavirus research|influenza virus|bacteriophages|retrovirus|retroviruses
virology: viral replication|viral genome|viral load|capsid|plaque assay
virology: zoonotic spillover|bsl-4|gain-of-function
virology: viral vector|mrna vaccine|ebola virus|zika virus|dengue virus|marburg virus|nipah virus
virology: vaccine research|david baltimore|jonas salk
nuclear energy: candu
nuclear energy: three mile island
nuclear energy: stellarator
cryptography: aes-256|diffie-hellman|zero-knowledge proof
cryptography: zk-snark|zk-snarks
cryptography: sha-256|hash function|tls handshake|side-channel attack
cryptography: iacr|eurocrypt|bruce schneier|whitfield diffie|ron rivest|adi shamir|dan boneh
cryptography: libsodium|nist pqc
english literature: charlotte brontë|emily brontë|george eliot|thomas hardy|john milton
english literature: geoffrey chaucer|the canterbury tales|william wordsworth|percy shelley
english literature: samuel taylor coleridge|jonathan swift|mary shelley
english literature: norton anthology
english literature: ma in english
english literature: the romantics
history of science: isaac newton|galileo galilei|johannes kepler|nicolaus copernicus
history of science: tycho brahe|robert boyle|robert hooke|antoine lavoisier|michael faraday
history of science: principia mathematica|thomas kuhn
history of science: natural philosophy
history of science: museo galileo|wellcome collection|alchemy manuscripts
history of science: scientific instruments|astrolabe|bshs|joseph needham
roman history: mark antony|caligula|trajan|scipio africanus|legionary|boudica
roman history: the twelve caesars|praetorian guard
roman history: via appia|julio-claudian dynasty
roman history: flavian dynasty|severan dynasty
roman history: pompey the great|battle of cannae|teutoburg forest|battle of actium|gallic wars
roman history: de bello gallico|edward gibbon
victorian history: workhouses|the great exhibition|crystal palace exhibition
victorian history: isambard kingdom brunel|crimean war|post-mortem photography
victorian history: crinoline|bustle dress|great stink|ragged schools
victorian history: chartists|corn laws|judith flanders
victorian history: william gladstone|benjamin disraeli
cold war history: iron curtain|fall of the berlin wall|stasi|east germany
cold war history: eastern bloc|warsaw pact|nuclear arms race|khrushchev|nikita khrushchev|brezhnev
cold war history: mikhail gorbachev|john f. kennedy|mccarthyism|red scare|bay of pigs
cold war history: checkpoint charlie|berlin airlift|perestroika|glasnost|cambridge five|rosenbergs
cold war history: u-2 incident|able archer|mutually assured destruction|nuclear bunker
cold war history: soviet union
women's history: suffragette|pankhursts
women's history: sylvia pankhurst|millicent fawcett|nineteenth amendment|19th amendment
women's history: susan b. anthony|elizabeth cady stanton|seneca falls|rosie the riveter
women's history: katherine johnson|emily davison
women's history: suffrage movement|wspu
women's history: seneca falls convention|alice paul|ida b. wells|lucretia mott
women's history: elizabeth garrett anderson|nancy astor
black history: frederick douglass|harriet tubman|underground railroad|sojourner truth
black history: booker t. washington|emancipation proclamation|jim crow
black history: tulsa race massacre|windrush generation|mary seacole
black history: olive morris|transatlantic slave trade|middle passage|carter g. woodson
black history: nmaahc|selma to montgomery|montgomery bus boycott
black history: little rock nine|ruby bridges|zora neale hurston
bioethics: hastings center
bioethics: belmont report|declaration of helsinki|institutional review board
bioethics: beneficence|principlism|assisted dying|physician-assisted suicide
bioethics: gene editing ethics|he jiankui|crispr babies|henrietta lacks|tuskegee study|nuremberg code
bioethics: journal of medical ethics|end-of-life care ethics
bioethics: ethics consult|beauchamp and childress
historic preservation: listed buildings|grade ii listed|grade i listed
historic preservation: spab|georgian group
historic preservation: twentieth century society|icomos
historic preservation: penn station demolition|denkmalpflege
historic preservation: monuments historiques
historic preservation: shpo
ux research: contextual inquiry|diary study
ux research: tree testing|affinity mapping|maze.co|usertesting.com
ux research: optimal workshop|nn/g|jakob nielsen|steve portigal|system usability scale
ux research: heuristic evaluation|moderated testing|unmoderated testing|insights synthesis
ux research: human-computer interaction|chi conference
generative ai: large language model|runway gen-3
generative ai: prompt engineer|lora fine-tuning
generative ai: text-to-image|text-to-video|transformer model|dario amodei|llmops
generative ai: eleven labs
generative ai: custom gpts|llm app|llm apps|gemini pro
generative ai: chatgpt plus|synthetic media
ai safety: interpretability|frontier models
ai safety: alignment forum
ai safety: lesswrong|eliezer yudkowsky|stuart russell|paul christiano|paperclip maximizer|algorithmic bias
ai safety: fairness in ml|timnit gebru|joy buolamwini|algorithmic justice league|facct
go programming language: goroutine|go.mod|go routines|gin framework|gin-gonic
go programming language: echo framework|fiber framework|gorm|cobra cli|go-kit|grpc-go|rob pike|ken thompson
go programming language: russ cox|effective go|gofmt|golangci-lint|err != nil|go generics
go programming language: go 1.21|go 1.22|go 1.23|gopls|delve debugger
go programming language: go backend|tinygo
c++ programming: c++11|c++14|c++17|c++23|c++26|cpp con|std::vector|std::move
c++ programming: unique_ptr|shared_ptr|constexpr|sfinae|cmake|clang++|msvc
c++ programming: boost library|qt framework|unreal engine c++|herb sutter|scott meyers
c++ programming: effective c++|iso c++|wg21|undefined behavior|cpp core guidelines
c++ programming: c++ weekly|godbolt
java programming: spring framework|spring cloud
java programming: j2ee|mockito|openjdk|jdk 21|jdk 17
java programming: jvm tuning|garbage collection tuning|graalvm|quarkus|micronaut|vert.x|james gosling
java programming: josh bloch|devoxx|jfokus|jackson json
java programming: wildfly|project loom|virtual threads|kotlin jvm
mechanical keyboards: keycap set|pbt keycaps|cherry mx|gateron|kailh
mechanical keyboards: holy pandas|clicky switches|switch lubing
mechanical keyboards: lubed switches|hot-swap|hotswap|gasket mount|tray mount|thock|thocky|via firmware
mechanical keyboards: keychron|wooting|nuphy|ducky one|hhkb|topre|model m|ergodox
mechanical keyboards: artisan keycap
mechanical keyboards: switch tester|dsa keycaps|sa keycaps
retrocomputing: commodore amiga
retrocomputing: amiga 1200|bbc micro|acorn electron|amstrad cpc|apple iie|atari st|atari 800
retrocomputing: trs-80|ibm pc xt|dosbox|cp/m|8-bit computer|motorola 68000
retrocomputing: floppy disk|gotek|vcf east|bulletin board system
retrocomputing: sinclair research|clive sinclair|the 8-bit guy|adrian's digital basement
retrocomputing: usagi electric|windows 3.1|windows 95|486dx|pentium mmx|sound blaster
data visualization: d3js|vega-lite|datawrapper|rawgraphs
data visualization: small multiples|chartjunk
data visualization: cole nussbaumer knaflic|alberto cairo|nadieh bremer|giorgia lupi|information is beautiful
data visualization: david mccandless|choropleth map|hans rosling|gapminder
data visualization: infovis|ieee vis
data visualization: dashboard design|sankey diagram|beeswarm chart|r graph gallery
gis mapping: arcgis pro|arcmap
gis mapping: geoserver|leaflet.js|openlayers|geopandas|gdal|shapefile|shapefiles|geojson|geotiff
gis mapping: raster analysis|geospatial analyst
gis mapping: sentinel-2|landsat|google earth engine|georeferencing
gis mapping: esri user conference|foss4g|urisa|geocoding|gis specialist|gis developer
wikipedia editing: wikimedia foundation
wikipedia editing: wiki loves earth|editathon|wikiprojects
wikipedia editing: wiktionary|wikisource|wikivoyage|wikibooks|jimmy wales|did you know hook|talk page
wikipedia editing: arbcom|women in red|art+feminism|wikimedia chapter
wikipedia editing: wikimedia uk|wikimedia deutschland|mediawiki
wikipedia editing: notability guidelines|articles for deletion|wikignome
reproductive rights: dobbs v. jackson|naral
reproductive rights: mifepristone
reproductive rights: medication abortion|repeal the 8th|together for yes|marea verde|sistersong
reproductive rights: women on web|aid access|plan c pills
gun control: brady campaign|brady united|giffords|giffords law center
gun control: sandy hook promise|newtown action alliance
gun control: red flag law|extreme risk protection order
gun control: stoneman douglas|parkland survivors
gun control: students demand action|david hogg|shannon watts|gabby giffords
gun control: snowdrop campaign
suicide prevention: safetalk|asist training|qpr training|papyrus uk
suicide prevention: campaign against living miserably|lifeline australia|beyond blue|jed foundation
suicide prevention: to write love on her arms|twloha
suicide prevention: mates in mind|r u ok day
suicide prevention: postvention
food banks hunger: trussell|fareshare|city harvest|second harvest
food banks hunger: oz harvest
food banks hunger: ozharvest|die tafeln
food banks hunger: global foodbanking network|share our strength
literacy: dolly parton's imagination library|imagination library
literacy: little free libraries|book bank|synthetic phonics
literacy: decodable books|beanstalk charity|proliteracy
literacy: reading specialist
literacy: reach out and read|bookstart
women in tech: black girls code|shecodes|anita borg|anitab.org
women in tech: ada developers academy|rails girls
women in tech: wise campaign|stemettes|code first girls
women in tech: reshma saujani|kimberly bryant|grace hopper|radia perlman
women in tech: female founders|women founders
diversity and inclusion: deib|ed&i
diversity and inclusion: dei officer|unconscious bias
diversity and inclusion: microaggressions
diversity and inclusion: stonewall workplace equality index|disability confident
diversity and inclusion: human rights campaign corporate equality index|affinity groups|verna myers
diversity and inclusion: dei program|dei programs
diversity and inclusion: dei initiatives
diversity and inclusion: ally training
harm reduction: narcan training|safer supply
harm reduction: supervised injection site|overdose prevention site|syringe services|syringe exchange
harm reduction: international overdose awareness day
harm reduction: drug policy alliance|transform drug policy foundation|onpoint nyc
harm reduction: dancesafe|war on drugs|end the war on drugs|portugal decriminalization
harm reduction: naloxone kit|narcan kit|safe consumption site
harm reduction: drug checking service
affordable housing: tenant union
affordable housing: tenant organising|tenant organizing
affordable housing: shelter charity|acorn union
affordable housing: inclusionary zoning|lihtc|section 8|section 8 vouchers
affordable housing: vivienda digna|mietenstopp|deutsche wohnen enteignen|logement abordable
voting rights: fair fight|fair fight action
voting rights: stacey abrams|brennan center
voting rights: poll workers|felony disenfranchisement
voting rights: election day holiday|shelby county v. holder|selma march
voting rights: proportional representation
foster care: fost-adopt|kinship carer
foster care: care experienced|ageing out of care
foster care: court appointed special advocate
foster care: barnardo's|children's aid society|dave thomas foundation
foster care: emergency placement
rare diseases: orphan drug
rare diseases: eurordis|global genes
rare diseases: duchenne muscular dystrophy
rare diseases: fragile x|prader-willi|genetic alliance
rare diseases: swan uk|syndromes without a name|gene therapy|newborn screening
hiv aids: undetectable equals untransmittable|truvada|descovy|antiretroviral
hiv aids: antiretrovirals|unaids|the global fund
hiv aids: terrence higgins trust|amfar
hiv aids: prevention access campaign|treatment action campaign|larry kramer|positively uk
science communication: cheltenham science festival|famelab|bright club
science communication: i'm a scientist get me out of here|skype a scientist|hank green|smartereveryday
science communication: periodic videos|ed yong|scicomm twitter
science communication: science blogger
science communication: café scientifique|royal institution christmas lectures
science communication: the naked scientists|science friday|outreach officer|sciencetiktok
sign language: auslan
sign language: big d deaf|child of deaf adults
sign language: deaf awareness week|gallaudet|gallaudet university|rid certified
sign language: national association of the deaf|british deaf association|deaf west|nyle dimarco
sign language: marlee matlin|rose ayling-ellis|lingvano|handspeak|asl class|bsl course
sign language: bsl level 1
sculpture: the thinker rodin|henry moore|barbara hepworth
sculpture: alberto giacometti|constantin brancusi|antony gormley|anish kapoor|ron mueck|jeff koons
sculpture: gian lorenzo bernini|camille claudel|richard serra
sculpture: cire perdue|bronze foundry|bozzetto|carrara marble
sculpture: point chisel|claw chisel|rasps and rifflers|armature wire
sculpture: bas-relief|alexander calder|kiki smith|marc quinn
printmaking: woodcut|woodcuts|mokuhanga|drypoint|aquatint|mezzotint|intaglio
printmaking: collagraph|gelli plate|brayer|baren|caligo inks|akua inks
printmaking: artist proof|etching press
printmaking: lithography stone|albrecht dürer woodcut|katsushika hokusai|utagawa hiroshige
printmaking: society of wood engravers|wood engraving
street art graffiti: shepard fairey|obey giant|jean-michel basquiat|invader mosaic|os gemeos
street art graffiti: jr artist|vhils|d*face|ben eine
street art graffiti: montana colors|ironlak|posca|wildstyle
street art graffiti: throwups|bombing trains|blackbook|hall of fame wall|pow! wow!|upfest
street art graffiti: meeting of styles|wheatpaste|paste-ups
street photography: garry winogrand|daido moriyama|saul leiter|joel meyerowitz|bruce gilden|alex webb
street photography: martin parr|robert frank|elliott erwitt|fan ho|helen levitt|william klein|matt stuart
street photography: in-public collective|ricoh griii|ricoh gr iiix|zone focusing|snap focus
street photography: streettogs|lee friedlander|diane arbus|ernst haas|gueorgui pinkhassov|trent parke
street photography: tatsuo suzuki
street photography: shoot from the hip|streetphoto
film photography: portra 160|portra 800|kodak ektar|ektar 100|kodak gold 200|kodak tri-x|tri-x 400|hp5 plus
film photography: ilford delta|ilford fp4|cinestill 800t|fuji velvia|velvia 50|lomography
film photography: lomochrome|canon ae-1|nikon fm2|olympus mju|mamiya 7|hasselblad 500cm|rolleiflex|contax t2
film photography: yashica|c-41|e-6 processing|caffenol|rodinal|expired film
landscape photography: galen rowell|michael kenna|thomas heaton|max rive|elia locardi|charlie waite
landscape photography: joe cornish|lee filters|nisi filters|kase filters
landscape photography: graduated nd filter|10-stop nd|big stopper|little stopper|luminance masks
landscape photography: colin prior|david noton|art wolfe|peter lik|marc adamus
landscape photography: lpoty
candle making: soy wax|wooden wicks|cotton wicks|eco wicks
candle making: wick tabs|hot throw|cold throw|fragrance load|cure time|wick testing
candle making: frosting on soy
candle making: handpoured
weaving: rigid heddle|floor loom|table loom|inkle loom
weaving: backstrap loom|frame loom|tapestry loom|ashford loom|schacht loom|louet loom|glimakra|warping board
weaving: warping mill|heddles|reed and heddle|shuttle and bobbin|boat shuttle|twill draft
weaving: huck lace|krokbragd|handweavers guild|complex weavers
weaving: handwoven magazine|warp and weft|beaming the warp|sleying the reed
trading cards: topps now|panini select|panini donruss|bowman chrome|bowman 1st|upper deck young guns
trading cards: bgs 9.5|sgc graded|rookie auto
trading cards: numbered parallel|silver prizm|case break|group break|box break|hobby box|blaster box
trading cards: mega box|toploader|toploaders|one touch holder|penny sleeves
trading cards: comc|cardboard connection
action figures: star wars black series|black series|vintage collection|gi joe classified|motu origins
action figures: transformers studio series|mafex|sh figuarts|neca toys|mezco one:12
action figures: one:12 collective|super7|kenner star wars|vintage kenner|mint on card
action figures: toy photography|toyphotography|sixth scale
action figures: toy fair|toyfair
magician magic tricks: international brotherhood of magicians
magician magic tricks: penn and teller|penn & teller|derren brown|david copperfield
magician magic tricks: harry houdini|ricky jay|dai vernon|juan tamariz|shin lim|lance burton
magician magic tricks: bicycle playing cards|theory11|ellusionist|vanishing inc
magician magic tricks: double lift|the pass sleight|erdnase|cups and balls|mentalism|cardistry
trainspotting railways: class 37|class 47|class 66|class 55 deltic|deltic|hst power car|intercity 125
trainspotting railways: a4 pacific|steam gala|diesel gala
trainspotting railways: haulage bashing|lineside photography|union pacific big boy
trainspotting railways: norfolk southern heritage unit|loco hauled
drone flying: dji mini 4 pro|dji mavic|mavic 3|dji avata|dji fpv|dji goggles|inav
drone flying: expresslrs|elrs|tinywhoop|tiny whoop|cinewhoop|5 inch quad|fpv freestyle
drone flying: multirotor|quadcopter|hexacopter|blackbox logs|walksnail|hdzero|fatshark|radiomaster
drone flying: tbs crossfire|part 107|faa part 107
drone flying: fpvfreestyle
urban exploration: urbexing|urbexer|urbexers|lostplaces|abandoned asylum
urban exploration: abandoned hospital|abandoned mansion|abandoned factory|derelict building|derelict places
urban exploration: 28dayslater|28 days later forum|rooftopping|take nothing but pictures
urban exploration: leave nothing but footprints|abandonedplaces|abandoned_junkies
urban exploration: urbex photographer|abandoned mall|derelict mansion
classic cars: e-type jaguar|jaguar e-type|1967 mustang|shelby cobra
classic cars: chevy chevelle|dodge charger r/t|plymouth barracuda|ford model t|mgb gt|mg midget
classic cars: triumph spitfire|austin healey|vw beetle restoration|vw type 2|morris minor|mini cooper classic
classic cars: porsche 356|porsche 911 air cooled|citroen ds|alfa romeo giulia gt|fiat 500 d'epoca
classic cars: barrett-jackson|mecum auction|hot rodding|numbers matching|frame off restoration
theme park rollercoasters: cedar point|six flags|europa-park|efteling|phantasialand|alton towers
theme park rollercoasters: thorpe park|blackpool pleasure beach|portaventura|liseberg|busch gardens
theme park rollercoasters: kings island|dollywood|knott's berry farm|universal orlando|islands of adventure
theme park rollercoasters: epic universe|tokyo disneysea|intamin|bolliger & mabillard|b&m hyper
theme park rollercoasters: rocky mountain construction|vekoma|mack rides|gerstlauer|coaster count|rcdb
theme park rollercoasters: roller coaster database|european coaster club
theme park rollercoasters: hyper coaster|wooden coaster
paranormal ghost hunting: evp session|electronic voice phenomena|spirit box|sb7 spirit box|ovilus|emf meter
paranormal ghost hunting: k2 meter|rem pod|zak bagans
paranormal ghost hunting: yvette fielding|the warrens|ed and lorraine warren
paranormal ghost hunting: waverly hills sanatorium|eastern state penitentiary|pendle hill witches
paranormal ghost hunting: poveglia|sasquatch research|cryptid|cryptids
paranormal ghost hunting: cryptozoology|mothman|loch ness monster|roswell ufo|ufology|skinwalker ranch
paranormal ghost hunting: ouija board session
squash racquet sport: psa world tour
squash racquet sport: ali farag|nour el sherbini|mohamed elshorbagy|nick matthew
squash racquet sport: jansher khan|jahangir khan|nicol david|paul coll|diego elias|hania el hammamy
squash racquet sport: double yellow dot
squash racquet sport: box league|hardball doubles
squash racquet sport: ghosting drills|boast drill
tenpin bowling: pba tour|professional bowlers association|pwba|usbc
tenpin bowling: roto grip|900 global
tenpin bowling: reactive resin|urethane ball|perfect game 300|800 series|7-10 split
tenpin bowling: big four split|strike and spare|spare ball|oil pattern|jason belmonte|pete weber
tenpin bowling: walter ray williams|earl anthony|kegel lanes
tenpin bowling: bowlers journal
disc golf: pdga|dgpt
disc golf: innova champion|latitude 64|kastaplast
disc golf: innova destroyer|discraft buzzz|paul mcbeth|ricky wysocki|eagle mcmahon
disc golf: paige pierce|simon lizotte|kristin tattar|calvin heimburg|ledgestone open|usdgc
disc golf: hyzer flip|anhyzer|forehand roller|c1x putting|chains and basket
disc golf: mach 3 basket|udisc
bodybuilding: ifbb pro league|npc competitor|olympia weekend|arnold classic
bodybuilding: mens physique|bikini division|figure division|wellness division
bodybuilding: inbf|wnbf|ukbff|contest prep|prep coach|peak week
bodybuilding: posing suit|posing practice|front double biceps|back double biceps
bodybuilding: vacuum pose|dorian yates|jay cutler bodybuilder|lee haney|frank zane
bodybuilding: sergio oliva|phil heath|pumping iron
roller skating: flat track derby|wftda|derby bout|fresh meat derby|blocker derby|pivot blocker
roller skating: sure-grip|bont quad
roller skating: aggressive inline|toe stop|toestop
roller skating: derby name
lacrosse: iroquois nationals|haudenosaunee nationals|lyle thompson|paul rabil
lacrosse: string king
lacrosse: attackman|crease attack
lacrosse: laxbro
ultimate frisbee: wfdf|world flying disc federation|ultiworld
ultimate frisbee: audl|spirit of the game|sotg
ultimate frisbee: hat tournament|layout d|layout catch|handler and cutter|scoober
ultimate frisbee: windmill windup
ultimate frisbee: brodie smith|usau|wucc|wugc|callahan award
eurovision song contest: melodifestivalen|sanremo festival
eurovision song contest: festival di sanremo|benidorm fest|uuden musiikin kilpailu|eesti laul
eurovision song contest: dansk melodi grand prix|vidbir|nul points|televote
eurovision song contest: esc bubble|wiwibloggs|eurovoix|loreen tattoo|abba waterloo
eurovision song contest: måneskin|nemo the code|euphoria loreen|johnny logan|conchita wurst
eurovision song contest: lordi hard rock hallelujah|graham norton commentary
fantasy football: fpl wildcard|free hit chip|bench boost|triple captain|fpl mini league|fpl rank
fantasy football: sleeper app|dfs lineup|half ppr|dynasty league
fantasy football: superflex|keeper league|start em sit em
fantasy football: fpl general|fantacalcio|comunio|kickbase|mon petit gazon|cartola fc
fantasy football: biwenger|fpl team reveal
airsoft: skirmish day|milsim event
airsoft: gbb pistol|gas blowback|hpa engine|polarstar|wolverine inferno|tokyo marui|krytac|g&g armament
airsoft: specna arms|hop-up|tightbore barrel|bb weight|0.28g bbs|chrono fps|cqb site
airsoft: woodland site|plate carrier loadout|ukara|ukara registration
pinball: chicago gaming company
pinball: medieval madness|attack from mars
pinball: ifpa
pinball: matchplay events|stern insider connected|tilt warning
pinball: flippers and slingshots
mahjong: riichi|tenhou|nmjl card
mahjong: world riichi championship
mahjong: dora tiles|tenpai|furiten|ron and tsumo
mahjong: charleston pass|pung and kong
mahjong: chow pung kong
afrobeats music: burna boy|wizkid|davido|asake|ayra starr|tiwa savage|yemi alade|mr eazi|fireboy dml|omah lay
afrobeats music: ckay|olamide|kizz daniel|sarkodie|stonebwoy|black sherif|shatta wale|fela kuti
afrobeats music: log drum|kabza de small|dj maphorisa|focalistic|uncle waffles|gqom|mavin records
afrobeats music: detty december|headies awards
japanese pop music: yoasobi|kenshi yonezu|hikaru utada|utada hikaru|ayumi hamasaki|namie amuro|babymetal|akb48
japanese pop music: nogizaka46|sakurazaka46|hinatazaka46|morning musume|hello! project|king gnu
japanese pop music: official hige dandism|higedan|mrs. green apple|aimyon|radwimps|one ok rock|x japan
japanese pop music: l'arc-en-ciel|glay|vaundy|fujii kaze|creepy nuts|hatsune miku|vocaloid
japanese pop music: anisong|mariya takeuchi|plastic love|tatsuro yamashita|oshikatsu
japanese pop music: visual kei
progressive rock: king crimson|emerson lake and palmer|jethro tull|gentle giant|van der graaf generator
progressive rock: soft machine|marillion|porcupine tree|the mars volta|coheed and cambria|big big train
progressive rock: the flower kings|neal morse|pfm premiata forneria marconi|banco del mutuo soccorso|mellotron
progressive rock: cruise to the edge|prog magazine|neo-prog
progressive rock: canterbury scene|rick wakeman|robert fripp|geddy lee
emo music: panic! at the disco|dashboard confessional|jimmy eat world|sunny day real estate|cap'n jazz
emo music: the get up kids|sleeping with sirens|pierce the veil|hawthorne heights|the hotelier|tigers jaw
emo music: twinkly riffs|scene kid|scene kids|the black parade
emo music: the promise ring|texas is the reason|algernon cadwallader|origami angel|hot mulligan|emo phase
funk music: james brown|george clinton|bootsy collins|sly stone
funk music: earth wind and fire|kool & the gang|tower of power|ohio players|the jb's|fred wesley
funk music: roger troutman|rick james|nile rodgers|prince and the revolution|vulfpeck|cory wong
funk music: the new mastersounds|jamiroquai|brand new heavies|clavinet|wah-wah guitar
funk music: rare groove
film score music: hans zimmer|howard shore|james horner|jerry goldsmith|danny elfman|michael giacchino
film score music: alexandre desplat|ludwig göransson|hildur guðnadóttir|jóhann jóhannsson|thomas newman
film score music: alan silvestri|john barry|nobuo uematsu|joe hisaishi|ramin djawadi|bear mccreary
film score music: jonny greenwood|la-la land records|intrada records|varese sarabande
film score music: waxwork records|temp track|composer for media
film score music: ost vinyl
goth subculture: siouxsie sioux|bela lugosi's dead|the sisters of mercy|fields of the nephilim|alien sex fiend
goth subculture: clan of xymox|xmal deutschland|dead can dance|cocteau twins|she past away|lebanon hanover
goth subculture: boy harsher|drab majesty|molchat doma|batcave club|wave-gotik-treffen
goth subculture: m'era luna|amphi festival|coldwave|ethereal wave|tradgoth
goth subculture: schwarze szene
salsa dancing: mambo on2|casino rueda|rueda de casino
salsa dancing: bachata sensual|dominican bachata|urban kiz
salsa dancing: latin social|shines footwork|cross body lead|copa turn|partnerwork|eddie torres
salsa dancing: frankie martinez|sbk social|bachata classes
salsa dancing: salseros|bachatero
star wars: darth vader|leia organa|princess leia|han solo|obi-wan kenobi|yoda
star wars: grogu|baby yoda|mandalorian|din djarin|ahsoka tano|ahsoka|anakin skywalker|kylo ren|rey skywalker
star wars: boba fett|chewbacca|r2-d2|c-3po|millennium falcon|tatooine|coruscant
star wars: rogue one|the empire strikes back|return of the jedi|revenge of the sith|lucasfilm|george lucas
star wars: sith lord|lightsabers|stormtrooper|stormtroopers|galaxy's edge
star wars: high republic|may the 4th|may the fourth|the last jedi|kenobi series|jedi knight
star trek: jean-luc picard|captain picard|spock|leonard nimoy|william shatner
star trek: patrick stewart|kathryn janeway|benjamin sisko|worf|data soong|seven of nine|uss enterprise
star trek: ncc-1701
star trek: lower decks|klingon|klingons|romulans|ferengi|holodeck
star trek: tribbles|gene roddenberry|stlv|memory alpha
harry potter: hogwarts legacy|gryffindor|slytherin|hufflepuff|ravenclaw|hermione granger
harry potter: the weasleys|albus dumbledore|dumbledore|severus snape|snape|voldemort|lord voldemort
harry potter: draco malfoy|sirius black|remus lupin|hagrid|luna lovegood|neville longbottom
harry potter: bellatrix lestrange|dobby|diagon alley|hogsmeade|quidditch|quidditch pitch|muggles|horcrux
harry potter: horcruxes|deathly hallows|half-blood prince|prisoner of azkaban|goblet of fire
harry potter: chamber of secrets|order of the phoenix|fantastic beasts
harry potter: warner bros studio tour|platform 9 3/4|patronus|expecto patronum|avada kedavra
doctor who: cybermen|cyberman|sonic screwdriver|gallifrey|time lord|time lords|david tennant
doctor who: jodie whittaker|peter capaldi|christopher eccleston|tom baker|jon pertwee|ncuti gatwa|rose tyler
doctor who: clara oswald|donna noble|amy pond|weeping angels|russell t davies
doctor who: classic who|nuwho|gallifrey one
marvel superheroes: kevin feige|infinity war|steve rogers
marvel superheroes: peter parker|wakanda forever|doctor strange
marvel superheroes: scarlet witch|wandavision|x-men 97|the punisher|fantastic four|thanos
marvel superheroes: multiverse saga|infinity saga
historical fiction: wolf hall|bernard cornwell|sharpe novels|the last kingdom|ken follett|philippa gregory
historical fiction: the other boleyn girl|patrick o'brian|aubrey-maturin|master and commander|conn iggulden
historical fiction: masters of rome|colleen mccullough|robert harris|sarah waters|kate quinn|kristin hannah
historical fiction: anthony doerr|diana gabaldon|outlander books|the book thief|pat barker|jean plaidy
historical fiction: georgette heyer
classic literature: mr darcy|bleak house
classic literature: tess of the d'urbervilles|leo tolstoy|fyodor dostoevsky
classic literature: the brothers karamazov|victor hugo|gustave flaubert|madame bovary|mrs dalloway
classic literature: oscar wilde|nikolai gogol|anton chekhov
classic literature: nathaniel hawthorne
classic literature: edith wharton|brontë sisters|elizabeth gaskell|anthony trollope
disney: epcot
disney: annual passholder
disney: dole whip|imagineering|imagineer|the lion king
disney: beauty and the beast|moana|encanto|toy story
disney: d23 expo|space mountain|mousekeeping|rope drop|lightning lane
disney: wdw trip
"""

LEXICON_TEXT = """

# Spanish
petrolero=oil industry worker|petrolera=oil company|hidrocarburos=oil and gas|perforación=drilling
plataforma petrolífera=oil rig|minería=mining|minera=mining company|mina a cielo abierto=open pit mine
central nuclear=nuclear power plant|climatización=air conditioning hvac
frigorista=refrigeration technician|aire acondicionado=air conditioning|calefacción=heating
topógrafo=land surveyor|topógrafa=land surveyor|topografía=land surveying|agrimensor=land surveyor
agrimensura=land surveying|cardiología=cardiology
anestesiólogo=anesthesiologist|anestesióloga=anesthesiologist|anestesia=anaesthesia
audiólogo=audiologist|audióloga=audiologist|audiología=audiology
quiropráctico=chiropractor|quiropráctica=chiropractic|masajista=massage therapist
masoterapia=massage therapy|masajes=massages
ginecología=gynaecology|obstetricia=obstetrics|obstetra=obstetrician
traumatólogo=orthopaedic surgeon
traumatología=orthopaedics and trauma|ortopedia=orthopaedics|oftalmólogo=ophthalmologist
oftalmóloga=ophthalmologist|oftalmología=ophthalmology|patólogo=pathologist
anatomía patológica=anatomic pathology|ensayo clínico=clinical trial
investigación clínica=clinical research|industria farmacéutica=pharmaceutical industry
visitador médico=pharmaceutical sales rep|farmacovigilancia=pharmacovigilance
techador=roofer|tejados=roofs
mampostería=masonry|tornero=lathe machinist|fresador=milling machinist
mecanizado=machining|torno cnc=cnc lathe|carnicero=butcher|carnicera=butcher|carnicería=butcher shop
cerrajero=locksmith|cerrajería=locksmithing|tapicero=upholsterer|tapicería=upholstery
camionero=truck driver|camionera=truck driver|transportista=haulier|marina mercante=merchant navy
marino mercante=merchant seafarer|naviera=shipping company|mozo de almacén=warehouse operative
carretillero=forklift driver|carretilla elevadora=forklift
controladora aérea=air traffic controller|capital privado=private equity
banca privada=private banking
gestión patrimonial=wealth management|propiedad intelectual=intellectual property|patentes=patents
abogado laboralista=employment lawyer|laboralista=employment lawyer
derecho de familia=family law|abogada de familia=family lawyer|protección civil=civil protection
gestión de emergencias=emergency management|ganadería lechera=dairy farming|vacas lecheras=dairy cows
ganado=livestock
viticultura=viticulture|viñedos=vineyards
acuicultura=aquaculture|piscicultura=fish farming|piscifactoría=fish farm
tecnología de alimentos=food technology|ciencia de los alimentos=food science
inocuidad alimentaria=food safety|higiene alimentaria=food hygiene|appcc=haccp food safety
pesquero=fishing boat|pesca artesanal=small-scale commercial fishing|arrastrero=trawler
comercio minorista=retail|minorista=retailer|cajera=cashier|reponedor=shelf stacker
prevención de riesgos laborales=occupational health and safety|prevencionista=health and safety officer
seguridad laboral=occupational safety
reactor nuclear=nuclear reactor|fisión nuclear=nuclear fission|uranio=uranium
ecocardiograma=echocardiogram|insuficiencia cardíaca=heart failure|marcapasos=pacemaker
cateterismo cardíaco=cardiac catheterisation|anestesiología=anesthesiology|intubación=intubation
ajuste quiropráctico=chiropractic adjustment|ictus=stroke|epilepsia=epilepsy|electroencefalograma=eeg
jardinería paisajista=landscape gardening|mantenimiento de jardines=garden maintenance landscaping
pintor de interiores=interior house painter|empapelar=wallpapering|cerrajeros=locksmiths
copia de llaves=key cutting|control de tránsito aéreo=air traffic control
controladores aéreos=air traffic controllers|fondo de capital privado=private equity fund
auditor externo=external auditor|auditoría interna=internal audit|poda de la vid=vine pruning
viticultores=winegrowers
# German
erdöl=petroleum oil|erdgas=natural gas|bohrinsel=oil rig|ölindustrie=oil industry|bergbau=mining
bergmann=miner|bergleute=miners|tagebau=open pit mining|kernkraft=nuclear power
kernkraftwerk=nuclear power plant
atomkraftwerk=nuclear power plant|kältetechnik=refrigeration hvac|kältetechniker=refrigeration technician
klimatechnik=air conditioning technology|lüftungstechnik=ventilation engineering|vermessung=surveying
vermessungsingenieur=surveying engineer|vermesser=land surveyor
kardiologie=cardiology
anästhesie=anaesthesia|narkose=general anaesthesia|hörakustiker=hearing aid audiologist
hörakustikerin=hearing aid audiologist|audiologie=audiology|hörgeräte=hearing aids
chiropraktiker=chiropractor|chiropraktik=chiropractic|masseur=massage therapist
masseurin=massage therapist|frauenarzt=gynaecologist|frauenärztin=gynaecologist
gynäkologie=gynaecology|geburtshilfe=obstetrics
neurologie=neurology|orthopäde=orthopaedic surgeon
orthopädin=orthopaedic surgeon|orthopädie=orthopaedics|unfallchirurgie=trauma surgery
augenarzt=ophthalmologist|augenärztin=ophthalmologist|augenheilkunde=ophthalmology
pathologe=pathologist|pathologin=pathologist|klinische studie=clinical trial
klinische studien=clinical trials|klinische forschung=clinical research
pharmaindustrie=pharmaceutical industry|pharmareferent=pharmaceutical sales rep
pharmazeutische industrie=pharmaceutical industry|landschaftsgärtner=landscape gardener
landschaftsbau=landscaping|galabau=landscaping|dachdecker=roofer|dachdeckerin=roofer
dachdeckerei=roofing company|maurerin=bricklayer|maurermeister=master bricklayer|steinmetz=stonemason
mauerwerk=masonry|malermeister=master painter and decorator|maler und lackierer=painter and decorator
malerbetrieb=painting and decorating firm|tapezieren=wallpapering
zerspanung=machining|werkzeugmacher=toolmaker|metzgerei=butcher shop|metzgermeister=master butcher
fleischerei=butcher shop|fleischermeister=master butcher|schlachter=butcher
schlüsseldienst=locksmith service|polsterer=upholsterer|polsterei=upholstery workshop
raumausstatter=upholsterer and interior decorator|lkw-fahrer=truck driver|lkw-fahrerin=truck driver
berufskraftfahrer=professional truck driver|fernfahrer=long haul trucker
seefahrt=seafaring|seemann=seaman|reederei=shipping company|handelsschifffahrt=merchant shipping
nautiker=nautical officer|lagerist=warehouse operative|lageristin=warehouse operative
lagerlogistik=warehouse logistics|staplerfahrer=forklift driver|gabelstapler=forklift
fluglotsin=air traffic controller|flugsicherung=air traffic control
beteiligungsgesellschaft=private equity firm|finanzinvestor=private equity investor
wirtschaftsprüfung=auditing
abschlussprüfung=statutory audit|innenrevision=internal audit|vermögensberater=wealth adviser
vermögensberaterin=wealth adviser|vermögensverwaltung=wealth management
patentanwalt=patent attorney|patentanwältin=patent attorney
markenrecht=trademark law|patentrecht=patent law|geistiges eigentum=intellectual property
fachanwalt für arbeitsrecht=employment lawyer
arbeitsgericht=employment tribunal|kündigungsschutz=protection against dismissal
familienrecht=family law|scheidungsanwalt=divorce lawyer|familiengericht=family court
katastrophenschutz=civil protection disaster management|bevölkerungsschutz=civil protection
milchbäuerin=dairy farmer|milchvieh=dairy cattle|milchviehbetrieb=dairy farm
melkroboter=milking robot|viehzüchter=livestock farmer
rinderzucht=cattle farming|schafzüchter=sheep farmer|tierhaltung=animal husbandry
weinbau=viticulture
rebschnitt=vine pruning|aquakultur=aquaculture|fischzucht=fish farming
lebensmitteltechnologie=food technology|lebensmittelchemie=food chemistry
lebensmitteltechnologe=food technologist|lebensmittelsicherheit=food safety
lebensmittelhygiene=food hygiene|lebensmittelkontrolleur=food safety inspector
hochseefischer=deep sea fisherman|fischkutter=fishing boat|fischerei=fishing industry
krabbenfischer=shrimp fisherman|einzelhandel=retail|einzelhändler=retailer
filialleiter=store manager|filialleiterin=store manager|arbeitssicherheit=occupational safety
arbeitsschutz=occupational health and safety|sicherheitsfachkraft=health and safety officer
fachkraft für arbeitssicherheit=health and safety officer
kernreaktor=nuclear reactor|endlager=nuclear waste repository
herzinsuffizienz=heart failure|herzkatheter=cardiac catheter|herzinfarkt=heart attack
anästhesiologie=anesthesiology|schlaganfall=stroke|epilepsie=epilepsy
landschaftsgärtnerin=landscape gardener|anstreicher=house painter|schließanlage=master key system
sicherheitsschlösser=security locks|fluglotsen=air traffic controllers
flugverkehrsleiter=air traffic controller|private-equity-gesellschaft=private equity firm
finanzinvestoren=private equity investors|interne revision=internal audit
weinbauer=winegrower|rebsorte=grape variety
# French
pétrolier=oil industry|pétrolière=oil company|plateforme pétrolière=oil rig|hydrocarbures=oil and gas
minier=mining|minière=mining|exploitation minière=mining|nucléaire=nuclear
centrale nucléaire=nuclear power plant|frigoriste=refrigeration technician
climatisation=air conditioning|chauffagiste=heating engineer|génie climatique=hvac engineering
géomètre=land surveyor|géomètre-expert=chartered land surveyor|topographe=topographic surveyor
topographie=land surveying|cardiologie=cardiology
anesthésie=anaesthesia|anesthésiste-réanimateur=anaesthetist and intensivist
audioprothésiste=hearing aid audiologist|appareils auditifs=hearing aids
chiropracteur=chiropractor|chiropraxie=chiropractic|massothérapeute=massage therapist
massothérapie=massage therapy|gynécologie=gynaecology
obstétricien=obstetrician|obstétrique=obstetrics
orthopédiste=orthopaedic surgeon|chirurgie orthopédique=orthopaedic surgery
ophtalmologue=ophthalmologist|ophtalmologiste=ophthalmologist|ophtalmologie=ophthalmology
ophtalmo=ophthalmologist|anatomopathologiste=pathologist|anatomopathologie=anatomic pathology
essais cliniques=clinical trials|essai clinique=clinical trial|recherche clinique=clinical research
attaché de recherche clinique=clinical research associate
industrie pharmaceutique=pharmaceutical industry|laboratoire pharmaceutique=pharmaceutical company
visiteur médical=pharmaceutical sales rep|visiteuse médicale=pharmaceutical sales rep
jardinier paysagiste=landscape gardener
aménagement paysager=landscaping|couvreur=roofer|zingueur=roofer and metalworker|toiture=roof roofing
maçonnerie=masonry|tailleur de pierre=stonemason|peintre en bâtiment=painter and decorator
peintre décorateur=painter and decorator|usineur=machinist|usinage=machining|tourneur=lathe machinist
fraiseur=milling machinist|décolletage=swiss-type machining|boucher=butcher|bouchère=butcher
boucherie=butcher shop|charcutier=pork butcher|serrurier=locksmith|serrurerie=locksmithing
tapissier=upholsterer|tapissière=upholsterer|tapisserie d'ameublement=upholstery|routier=trucker
chauffeur routier=truck driver|camionneur=truck driver|poids lourd=heavy goods vehicle
transporteur=haulier|marine marchande=merchant navy|armateur=shipowner
officier de marine marchande=merchant navy officer|cariste=forklift driver
préparateur de commandes=order picker|préparatrice de commandes=order picker
magasinier=warehouse operative
contrôleuse aérienne=air traffic controller|aiguilleur du ciel=air traffic controller
contrôle aérien=air traffic control|capital-investissement=private equity
fonds d'investissement=investment fund|auditeur=auditor
auditrice=auditor|audit interne=internal audit|gestion de patrimoine=wealth management
conseiller en gestion de patrimoine=wealth adviser|gestionnaire de patrimoine=wealth manager
banque privée=private banking|propriété intellectuelle=intellectual property
conseil en propriété industrielle=patent attorney|propriété industrielle=industrial property patents
avocat en droit du travail=employment lawyer
prud'hommes=employment tribunal|licenciement=dismissal|droit de la famille=family law
juge aux affaires familiales=family court judge|protection civile=civil protection
sécurité civile=civil protection|gestion de crise=crisis management|éleveur laitier=dairy farmer
éleveuse laitière=dairy farmer|vaches laitières=dairy cows|élevage laitier=dairy farming
salle de traite=milking parlour
bovins=cattle|ovins=sheep
viticulteur=winegrower|viticultrice=winegrower
taille de la vigne=vine pruning|pisciculture=fish farming|pisciculteur=fish farmer
ostréiculteur=oyster farmer|ostréiculture=oyster farming|conchyliculture=shellfish farming
mytiliculture=mussel farming|agroalimentaire=food industry|ingénieur agroalimentaire=food engineer
sciences des aliments=food science|hygiène alimentaire=food hygiene|sécurité des aliments=food safety
marin-pêcheur=commercial fisherman|pêcheur professionnel=commercial fisherman|chalutier=trawler
criée=fish auction|commerce de détail=retail|grande distribution=mass retail
caissière=cashier|chef de rayon=retail department manager|directeur de magasin=store manager
sécurité au travail=occupational safety|santé et sécurité au travail=occupational health and safety
préventeur=health and safety officer|qhse=health safety environment quality
réacteur nucléaire=nuclear reactor|insuffisance cardiaque=heart failure
cardiologie interventionnelle=interventional cardiology|échographie cardiaque=echocardiography
anesthésie-réanimation=anaesthesia and intensive care|chiropraticien=chiropractor|avc=stroke
espaces verts=green spaces grounds maintenance|papier peint=wallpaper
serrurière=locksmith|dépannage serrurerie=emergency locksmith|contrôleurs aériens=air traffic controllers
navigation aérienne=air navigation services|fonds de capital-investissement=private equity fund
rachat avec effet de levier=leveraged buyout|commissariat aux comptes=statutory audit
vigne=vine|vignes=vines|vendangeur=grape picker
# Italian
petrolifero=oil industry|piattaforma petrolifera=oil rig|idrocarburi=oil and gas|minerario=mining
minatore=miner|miniera=mine|nucleare=nuclear|centrale nucleare=nuclear power plant
climatizzazione=air conditioning|condizionatori=air conditioners
termoidraulico=plumbing and heating engineer|geometra=surveyor
rilievo topografico=topographic survey
audioprotesista=hearing aid audiologist
apparecchi acustici=hearing aids|chiropratico=chiropractor
chiropratica=chiropractic|massaggiatore=massage therapist|massaggiatrice=massage therapist
massoterapista=massage therapist|massaggi=massages
ostetricia=obstetrics
ortopedico=orthopaedic surgeon|oculista=ophthalmologist
anatomopatologo=pathologist
sperimentazione clinica=clinical trial
studi clinici=clinical trials|ricerca clinica=clinical research
informatore scientifico del farmaco=pharmaceutical sales rep
manutenzione del verde=grounds maintenance|conciatetti=roofer|lattoniere=roofer and sheet metal worker
tetti=roofs|muratori=bricklayers|scalpellino=stonemason|muratura=masonry
imbianchino=painter and decorator|tinteggiatura=wall painting and decorating
tornitore=lathe machinist|fresatore=milling machinist|lavorazioni meccaniche=machining|tornio=lathe
attrezzista=toolmaker|macellaio=butcher|macelleria=butcher shop|norcino=pork butcher
tappezziere=upholsterer|tappezzeria=upholstery|camionista=truck driver
autotrasportatore=haulier trucker|autotrasporto=road haulage|marittimo=seafarer|marittimi=seafarers
armatore=shipowner|marina mercantile=merchant navy|magazziniere=warehouse operative
carrellista=forklift driver|mulettista=forklift driver|muletto=forklift
controllo del traffico aereo=air traffic control
revisore=auditor|revisione contabile=audit
gestione patrimoniale=wealth management|proprietà intellettuale=intellectual property
brevetti=patents|consulente in brevetti=patent attorney
giuslavorista=employment lawyer|licenziamento=dismissal|diritto di famiglia=family law
avvocato matrimonialista=divorce lawyer|matrimonialista=divorce lawyer
protezione civile=civil protection|gestione delle emergenze=emergency management
vacche da latte=dairy cows|stalla=cow barn|mungitura=milking
bovini=cattle
viticoltura=viticulture
vignaiolo=winegrower|acquacoltura=aquaculture|itticoltura=fish farming|allevamento ittico=fish farm
mitilicoltura=mussel farming|tecnologo alimentare=food technologist
scienze e tecnologie alimentari=food science and technology|tecnologie alimentari=food technology
igiene degli alimenti=food hygiene|sicurezza alimentare=food safety|peschereccio=fishing trawler
pesca professionale=commercial fishing|commercio al dettaglio=retail|vendita al dettaglio=retail sales
commessa=shop assistant|commesso=shop assistant|cassiera=cashier|grande distribuzione=mass retail
sicurezza sul lavoro=occupational safety|rspp=health and safety manager
salute e sicurezza=health and safety
reattore nucleare=nuclear reactor|scompenso cardiaco=heart failure|ecocardiogramma=echocardiogram
emodinamica=interventional cardiology cath lab|anestesia e rianimazione=anaesthesia and intensive care
epilessia=epilepsy|progettazione del verde=landscape design
carta da parati=wallpaper|pittore edile=painter and decorator|serrature=locks
duplicazione chiavi=key cutting|controllori di volo=air traffic controllers|torre di controllo=control tower
acquisizione con leva=leveraged buyout|revisione interna=internal audit|società di revisione=audit firm
revisori=auditors|viticoltori=winegrowers|potatura della vite=vine pruning
# Portuguese
petroleiro=oil worker|petroleira=oil company|plataforma de petróleo=oil rig|pré-sal=pre-salt oil fields
óleo e gás=oil and gas|mineração=mining|mineradora=mining company|usina nuclear=nuclear power plant
climatização=air conditioning|técnico de refrigeração=refrigeration technician|refrigeração=refrigeration
ar-condicionado=air conditioning
anestesiologista=anesthesiologist|aparelhos auditivos=hearing aids
quiropraxista=chiropractor|quiropraxia=chiropractic|massoterapeuta=massage therapist
massoterapia=massage therapy|massagista=massage therapist
ginecologia e obstetrícia=obstetrics and gynaecology
ortopedista=orthopaedic surgeon|oftalmologista=ophthalmologist|patologista=pathologist
pesquisa clínica=clinical research
estudos clínicos=clinical trials|ensaios clínicos=clinical trials
representante farmacêutico=pharmaceutical sales rep
paisagista=landscape gardener|paisagismo=landscaping|telhadista=roofer|telhado=roof|telhados=roofs
alvenaria=masonry|cantaria=stonemasonry|pintor de paredes=painter and decorator
pintura predial=building painting|torneiro mecânico=lathe machinist|usinagem=machining
operador de cnc=cnc operator|ferramenteiro=toolmaker|açougueiro=butcher|açougue=butcher shop
talho=butcher shop|talhante=butcher|estofador=upholsterer|tapeceiro=upholsterer
estofaria=upholstery workshop|caminhoneiro=truck driver|caminhoneira=truck driver
motorista de caminhão=truck driver|carreta=articulated truck|marinha mercante=merchant navy
marítimo=seafarer|navio mercante=merchant ship|operador de empilhadeira=forklift driver
empilhadeira=forklift|estoquista=stock clerk|almoxarife=storekeeper
controlador de tráfego aéreo=air traffic controller|controle de tráfego aéreo=air traffic control
assessor de investimentos=investment adviser
planejador financeiro=financial planner
gestão de patrimônio=wealth management|propriedade intelectual=intellectual property
marcas e patentes=trademarks and patents|propriedade industrial=industrial property patents
advogado trabalhista=employment lawyer
advogada trabalhista=employment lawyer|justiça do trabalho=employment court
direito de família=family law|advogada de família=family lawyer|vara de família=family court
defesa civil=civil protection|proteção civil=civil protection|gestão de emergências=emergency management
produtor de leite=dairy farmer|pecuária leiteira=dairy farming|gado leiteiro=dairy cattle|ordenha=milking
pecuarista=livestock farmer|gado de corte=beef cattle|boiada=cattle herd
criador de gado=cattle farmer|vinha=vineyard
vinicultor=winegrower|aquicultura=aquaculture|piscicultor=fish farmer|carcinicultura=shrimp farming
maricultura=mariculture|engenharia de alimentos=food engineering
ciência dos alimentos=food science|engenheira de alimentos=food engineer
segurança dos alimentos=food safety|higiene alimentar=food hygiene
boas práticas de fabricação=good manufacturing practice|vigilância sanitária=health inspection
pesca comercial=commercial fishing|pescador profissional=commercial fisherman|traineira=fishing trawler
barco de pesca=fishing boat|pesca industrial=industrial fishing|varejo=retail|varejista=retailer
balconista=shop assistant|operadora de caixa=cashier|gerente de loja=store manager|repositor=shelf stacker
segurança do trabalho=occupational safety
técnico de segurança do trabalho=health and safety technician
saúde e segurança ocupacional=occupational health and safety|sesmt=occupational safety service
reator nuclear=nuclear reactor
hemodinâmica=interventional cardiology cath lab|marca-passo=pacemaker|cópia de chaves=key cutting
controladores de voo=air traffic controllers|torre de controle=control tower
fundo de private equity=private equity fund|aquisição alavancada=leveraged buyout
auditor independente=independent auditor|auditoria externa=external audit|videira=grapevine

# Spanish
comportamiento animal=animal behaviour|biología animal=animal biology|etología=animal behaviour ethology
bioquímica estructural=structural biochemistry|enzimología=enzymology|farmacología=pharmacology
farmacólogo=pharmacologist|farmacóloga=pharmacologist|farmacocinética=pharmacokinetics
bosón de higgs=higgs boson|acelerador de partículas=particle accelerator
biología evolutiva=evolutionary biology|selección natural=natural selection
evolución de las especies=evolution of species|ciencia cognitiva=cognitive science
ciencias cognitivas=cognitive science|psicología cognitiva=cognitive psychology|toxicología=toxicology
toxicólogo=toxicologist|toxicóloga=toxicologist|virología=virology|virólogo=virologist|viróloga=virologist
criptografía=cryptography
criptógrafo=cryptographer|literatura inglesa=english literature|filología inglesa=english literature studies
estudios ingleses=english studies|filosofía de la ciencia=philosophy of science
historia de la ciencia=history of science|historiador de la ciencia=historian of science
historia romana=roman history|imperio romano=roman empire|época victoriana=victorian era
era victoriana=victorian era|guerra fría=cold war|telón de acero=iron curtain|muro de berlín=berlin wall
historia de las mujeres=women's history|sufragistas=suffragists|sufragio femenino=women's suffrage
historia afroamericana=african american history|mes de la historia negra=black history month
esclavitud=slavery|bioética=bioethics|bioeticista=bioethicist|ética médica=medical ethics
conservación del patrimonio=heritage conservation|restauración de edificios=building restoration
investigación de usuarios=user research|investigador ux=ux researcher|pruebas de usabilidad=usability testing
ia generativa=generative ai|inteligencia artificial generativa=generative ai
modelos de lenguaje=language models|seguridad de la ia=ai safety|ética de la ia=ai ethics
alineación de la ia=ai alignment|desarrollador go=go developer|desarrolladora go=go developer
programador go=go programmer|programador c++=c++ programmer|desarrollador c++=c++ developer
programadora c++=c++ programmer|desarrollador java=java developer|programador java=java programmer
desarrolladora java=java developer|teclado mecánico=mechanical keyboard
teclados mecánicos=mechanical keyboards|teclas personalizadas=custom keycaps|informática retro=retrocomputing
ordenadores antiguos=vintage computers|computadoras antiguas=vintage computers
visualizaciones de datos=data visualizations|gráficos de datos=data charts
sistemas de información geográfica=geographic information systems|teledetección=remote sensing
cartógrafo=cartographer|wikipedista=wikipedian|wikipedistas=wikipedians
derechos reproductivos=reproductive rights|aborto legal=legal abortion|derecho a decidir=pro-choice
control de armas=gun control|violencia armada=gun violence|línea de crisis=crisis line
intento de suicidio=suicide attempt|suicidio=suicide|banco de alimentos=food bank
bancos de alimentos=food banks|comedor social=soup kitchen|inseguridad alimentaria=food insecurity
alfabetización=literacy|fomento de la lectura=reading promotion|mujeres en tecnología=women in tech
mujeres en stem=women in stem|mujeres ingenieras=women engineers
diversidad e inclusión=diversity and inclusion|diversidad=diversity|inclusión=inclusion
reducción de daños=harm reduction|sobredosis=overdose|política de drogas=drug policy
vivienda asequible=affordable housing|vivienda social=social housing|vivienda digna=decent housing
sindicato de inquilinas=tenants union|derecho al voto=voting rights|registro de votantes=voter registration
familia de acogida=foster family|acogimiento familiar=foster care|familias de acogida=foster families
enfermedades raras=rare diseases|enfermedad rara=rare disease|enfermedades poco frecuentes=rare diseases
vih=hiv|sida=aids|seropositivo=hiv positive|comunicación científica=science communication
lengua de signos=sign language|lenguaje de señas=sign language
intérprete de lengua de signos=sign language interpreter|sordo=deaf|sorda=deaf
# German
tierkunde=zoology|tierverhalten=animal behaviour|verhaltensforschung=animal behaviour research
proteinbiochemie=protein biochemistry|biochemisches labor=biochemistry lab|pharmakologie=pharmacology
pharmakologe=pharmacologist|pharmakologin=pharmacologist|wirkstoffforschung=drug discovery
teilchenbeschleuniger=particle accelerator|higgs-teilchen=higgs boson|evolutionsbiologie=evolutionary biology
natürliche selektion=natural selection|evolutionsbiologe=evolutionary biologist
kognitionswissenschaft=cognitive science|kognitionswissenschaftler=cognitive scientist
kognitionspsychologie=cognitive psychology|toxikologie=toxicology|toxikologe=toxicologist
toxikologin=toxicologist|virologie=virology|virologe=virologist|virologin=virologist
kryptographie=cryptography
kryptografie=cryptography|verschlüsselung=encryption|kryptologe=cryptologist
anglistik=english literature studies|englische literatur=english literature
wissenschaftsgeschichte=history of science|wissenschaftshistoriker=historian of science
römische geschichte=roman history|römisches reich=roman empire|viktorianisches zeitalter=victorian era
viktorianische zeit=victorian era|kalter krieg=cold war|kalten krieges=cold war|eiserner vorhang=iron curtain
berliner mauer=berlin wall|frauengeschichte=women's history|frauenwahlrecht=women's suffrage
suffragetten=suffragettes|schwarze geschichte=black history|sklaverei=slavery|medizinethiker=medical ethicist
bioethik=bioethics|medizinethik=medical ethics|denkmalschutz=historic preservation
denkmalpflege=historic preservation|denkmalpfleger=heritage conservation officer
baudenkmal=listed historic building|nutzerforschung=user research|ux-forschung=ux research
usability-tests=usability testing|generative ki=generative ai|sprachmodelle=language models
große sprachmodelle=large language models|ki-sicherheit=ai safety|ki-ethik=ai ethics
ki-regulierung=ai regulation|go-entwickler=go developer|go-entwicklerin=go developer
c++-entwickler=c++ developer|c++-entwicklerin=c++ developer|c++-programmierer=c++ programmer
java-entwickler=java developer|java-entwicklerin=java developer|mechanische tastatur=mechanical keyboard
mechanische tastaturen=mechanical keyboards|heimcomputer=vintage home computers|retrocomputer=retro computer
datenvisualisierungen=data visualizations|infografiken=infographics|infografik=infographic
geoinformatik=geoinformatics gis|geoinformationssystem=geographic information system
fernerkundung=remote sensing|wikipedianer=wikipedian|wikipedianerin=wikipedian
reproduktive rechte=reproductive rights|schwangerschaftsabbruch=abortion|abtreibung=abortion
waffenrecht=gun law|waffengesetz=gun law|waffengewalt=gun violence|suizidgedanken=suicidal thoughts
krisentelefon=crisis hotline|suizid=suicide|telefonseelsorge=crisis helpline
lebensmittelausgabe=food bank distribution|lebensmittelspenden=food donations|alphabetisierung=literacy
leseförderung=reading promotion literacy|analphabetismus=illiteracy|frauen in der it=women in tech
frauen in mint=women in stem|vielfalt und inklusion=diversity and inclusion|vielfalt=diversity
chancengleichheit=equal opportunity|drogenpolitik=drug policy|schadensminimierung=harm reduction
drogenkonsumraum=supervised consumption site|überdosis=overdose|bezahlbarer wohnraum=affordable housing
sozialwohnungen=social housing|mieterverein=tenants association|mietendeckel=rent cap
wohnungsnot=housing shortage|wahlrecht=right to vote|wählerregistrierung=voter registration
pflegefamilie=foster family|pflegekind=foster child|pflegemutter=foster mother|pflegevater=foster father
pflegeeltern=foster parents|seltene erkrankungen=rare diseases|seltene krankheit=rare disease
seltene erkrankung=rare disease|hiv-positiv=hiv positive|aids-hilfe=aids support organisation
wissenschaftskommunikator=science communicator|wissenschaftskommunikatorin=science communicator
wissenschaftsjournalist=science journalist|wissenschaftsjournalistin=science journalist
gebärdensprache=sign language|gebärdensprachdolmetscher=sign language interpreter|gehörlos=deaf
gehörlose=deaf people
# French
biologie animale=animal biology|comportement animal=animal behaviour|éthologie=animal behaviour ethology
biochimie structurale=structural biochemistry|enzymologie=enzymology|pharmacologie=pharmacology
pharmacologue=pharmacologist|pharmacocinétique=pharmacokinetics
accélérateur de particules=particle accelerator|biologie évolutive=evolutionary biology
sélection naturelle=natural selection|biologie de l'évolution=evolutionary biology
psychologie cognitive=cognitive psychology|toxicologie=toxicology|toxicologue=toxicologist
écotoxicologie=ecotoxicology|virologue=virologist
nucléaire civil=civil nuclear power|cryptographie=cryptography|chiffrement=encryption|cryptologue=cryptologist
littérature anglaise=english literature|études anglophones=english studies
lettres anglaises=english literature|histoire des sciences=history of science
historien des sciences=historian of science|histoire romaine=roman history|empire romain=roman empire
époque victorienne=victorian era|ère victorienne=victorian era|guerre froide=cold war
rideau de fer=iron curtain|mur de berlin=berlin wall|histoire des femmes=women's history
droit de vote des femmes=women's suffrage|histoire des noirs=black history|esclavage=slavery
mois de l'histoire des noirs=black history month|bioéthicien=bioethicist|bioéthicienne=bioethicist
bioéthique=bioethics|éthique médicale=medical ethics|patrimoine historique=historic heritage
monuments historiques=historic monuments|sauvegarde du patrimoine=heritage preservation
recherche utilisateur=user research|tests utilisateurs=usability testing|chercheur ux=ux researcher
ia générative=generative ai|intelligence artificielle générative=generative ai
grands modèles de langage=large language models|sécurité de l'ia=ai safety|éthique de l'ia=ai ethics
alignement de l'ia=ai alignment|développeur go=go developer|développeuse go=go developer
développeur c++=c++ developer|développeuse c++=c++ developer|développeur java=java developer
développeuse java=java developer|clavier mécanique=mechanical keyboard
claviers mécaniques=mechanical keyboards|informatique rétro=retrocomputing
ordinateurs anciens=vintage computers|micro-informatique ancienne=vintage computing
visualisation de données=data visualization|visualisation des données=data visualization
géomatique=geomatics gis|télédétection=remote sensing|cartographe=cartographer
contributeur wikipédia=wikipedia editor|wikipédien=wikipedian|wikipédienne=wikipedian
droit à l'ivg=abortion rights|ivg=abortion|droits reproductifs=reproductive rights|avortement=abortion
contrôle des armes=gun control|armes à feu=firearms|idées suicidaires=suicidal thoughts
suicidologie=suicidology|banque alimentaire=food bank|banques alimentaires=food banks
restos du cœur=food charity|aide alimentaire=food aid|précarité alimentaire=food insecurity
alphabétisation=literacy|illettrisme=illiteracy|analphabétisme=illiteracy|femmes dans la tech=women in tech
femmes ingénieures=women engineers|diversité et inclusion=diversity and inclusion|diversité=diversity
égalité des chances=equal opportunity|réduction des risques=harm reduction
salle de consommation=supervised consumption site|surdose=overdose|logement social=social housing
logement abordable=affordable housing|crise du logement=housing crisis|droit au logement=right to housing
hlm=social housing|suffrage universel=universal suffrage|droit de vote=right to vote
inscription sur les listes électorales=voter registration|famille d'accueil=foster family
familles d'accueil=foster families|assistante familiale=foster carer
aide sociale à l'enfance=child welfare services|maladies rares=rare diseases|maladie rare=rare disease
séropositif=hiv positive|séropositive=hiv positive|médiatrice scientifique=science communicator
médiateur scientifique=science communicator|médiation scientifique=science communication
vulgarisateur=science communicator|vulgarisatrice=science communicator|langue des signes=sign language
sourd=deaf|sourde=deaf|interprète en langue des signes=sign language interpreter
# Italian
nucleare civile=civil nuclear power
biologia animale=animal biology|comportamento animale=animal behaviour
biochimico=biochemist|biochimica clinica=clinical biochemistry
bosone di higgs=higgs boson|acceleratore di particelle=particle accelerator
biologia evoluzionistica=evolutionary biology|selezione naturale=natural selection
evoluzionismo=evolutionary theory|scienze cognitive=cognitive science
tossicologia=toxicology|tossicologo=toxicologist
crittografia=cryptography
crittografo=cryptographer|letteratura inglese=english literature|anglistica=english studies
storico della scienza=historian of science|storia della scienza=history of science|storia romana=roman history
impero romano=roman empire|epoca vittoriana=victorian era|età vittoriana=victorian era|guerra fredda=cold war
cortina di ferro=iron curtain|muro di berlino=berlin wall|storia delle donne=women's history
suffragio femminile=women's suffrage|storia afroamericana=african american history|schiavitù=slavery
tutela del patrimonio=heritage preservation
beni culturali=cultural heritage|restauro architettonico=architectural restoration
ricerca utente=user research|test di usabilità=usability testing
intelligenza artificiale generativa=generative ai|modelli linguistici=language models
sicurezza dell'ia=ai safety|etica dell'intelligenza artificiale=ai ethics|sviluppatore go=go developer
sviluppatrice go=go developer|sviluppatore c++=c++ developer|programmatore c++=c++ programmer
sviluppatore java=java developer|programmatore java=java programmer|tastiera meccanica=mechanical keyboard
tastiere meccaniche=mechanical keyboards|computer d'epoca=vintage computers
infografiche=infographics|visualizzazione dei dati=data visualization|visualizzazione dati=data visualization
sistemi informativi geografici=geographic information systems|telerilevamento=remote sensing
wikipediano=wikipedian|wikipediana=wikipedian|diritti riproduttivi=reproductive rights
interruzione di gravidanza=abortion|controllo delle armi=gun control|armi da fuoco=firearms
telefono amico=crisis helpline|rischio suicidario=suicide risk|banco alimentare=food bank
povertà alimentare=food poverty|alfabetizzazione=literacy|analfabetismo=illiteracy
donne nella tecnologia=women in tech|donne nelle stem=women in stem
diversità e inclusione=diversity and inclusion|inclusione=inclusion|riduzione del danno=harm reduction
politiche sulle droghe=drug policy|edilizia popolare=public housing|case popolari=social housing
emergenza abitativa=housing crisis|diritto alla casa=right to housing|suffragio universale=universal suffrage
diritto di voto=right to vote|affido familiare=foster care|famiglia affidataria=foster family
genitori affidatari=foster parents|malattie rare=rare diseases|malattia rara=rare disease
sieropositivo=hiv positive|sieropositiva=hiv positive|comunicazione della scienza=science communication
divulgatrice scientifica=science communicator|lingua dei segni=sign language
interprete lis=sign language interpreter
# Portuguese
comportamento animal=animal behaviour
bioquímica estrutural=structural biochemistry|bioquímica clínica=clinical biochemistry
farmacologista=pharmacologist|física de altas energias=high energy physics
seleção natural=natural selection
toxicologista=toxicologist|virologista=virologist
letras inglês=english literature studies
história da ciência=history of science|história das ciências=history of science
era vitoriana=victorian era|época vitoriana=victorian era
cortina de ferro=iron curtain|muro de berlim=berlin wall|história das mulheres=women's history
voto feminino=women's suffrage|história negra=black history
consciência negra=black consciousness black history|escravidão=slavery
tombamento=heritage listing of buildings|preservação do patrimônio=heritage preservation
pesquisa com usuários=user research|pesquisador ux=ux researcher|testes de usabilidade=usability testing
modelos de linguagem=language models
segurança da ia=ai safety|ética em ia=ai ethics|desenvolvedor go=go developer|desenvolvedora go=go developer
desenvolvedor c++=c++ developer|programador em c++=c++ programmer|desenvolvedor java=java developer
desenvolvedora java=java developer
retrocomputação=retrocomputing|computadores antigos=vintage computers
infográficos=infographics|painéis de dados=data dashboards|visualização de dados=data visualization
geoprocessamento=gis geoprocessing|sensoriamento remoto=remote sensing|editor da wikipédia=wikipedia editor
editora da wikipédia=wikipedia editor|direitos reprodutivos=reproductive rights
descriminalização do aborto=abortion decriminalisation|controle de armas=gun control
desarmamento=disarmament gun control|ideação suicida=suicidal ideation|insegurança alimentar=food insecurity
doação de alimentos=food donation|alfabetização=literacy|letramento=literacy
mulheres na tecnologia=women in tech|mulheres em ti=women in tech|mulheres na ciência=women in science
diversidade e inclusão=diversity and inclusion|diversidade=diversity|inclusão=inclusion
redução de danos=harm reduction|habitação social=social housing|moradia popular=affordable housing
direito à moradia=right to housing|déficit habitacional=housing shortage|direito ao voto=right to vote
título de eleitor=voter registration card|família acolhedora=foster family|acolhimento familiar=foster care
doenças raras=rare diseases|doença rara=rare disease|soropositivo=hiv positive|soropositiva=hiv positive
hiv positivo=hiv positive|divulgador de ciência=science communicator
comunicação da ciência=science communication|língua de sinais=sign language|surdo=deaf|surda=deaf
intérprete de libras=sign language interpreter

# Spanish
esculturas=sculptures|cincel=chisel|tallista=wood carver|xilografía=woodcut|linograbado=linocut
aguafuerte=etching|serigrafía=screen printing|grafitero=graffiti artist|grafitera=graffiti artist
muralista=muralist|arte urbano=street art|grafiti=graffiti|fotógrafo callejero=street photographer
fotografía urbana=street photography|cuarto oscuro=darkroom|paisajismo fotográfico=landscape photography
fotógrafo de paisaje=landscape photographer|velas artesanales=handmade candles|velas de soja=soy candles
cera de soja=soy wax|velas aromáticas=scented candles|tejeduría=weaving|telar=weaving loom
tejedora en telar=weaver|urdimbre=warp threads|cromos=trading cards stickers
coleccionista de cromos=trading card collector|sobres de cromos=trading card packs
figuras de acción=action figures|coleccionismo de juguetes=toy collecting
muñecos coleccionables=collectible figures|magia de cerca=close-up magic|ilusionista=illusionist
cartomagia=card magic|aficionado al tren=train enthusiast|fotografía ferroviaria=railway photography
ferroaficionado=railfan|locomotora=locomotive|dron=drone|drones de carreras=racing drones
piloto de drones=drone pilot|fotografía aérea=aerial photography|exploración urbana=urban exploration
lugares abandonados=abandoned places|edificio abandonado=abandoned building|coches clásicos=classic cars
autos clásicos=classic cars|restauración de coches=car restoration|montaña rusa=roller coaster
montañas rusas=roller coasters|parque temático=theme park|parque de atracciones=amusement park
fantasmas=ghosts|cazafantasmas=ghost hunters|investigación paranormal=paranormal investigation
psicofonías=electronic voice phenomena|jugador de squash=squash player|pista de squash=squash court
bolera=bowling alley|boliche=bowling|jugador de bolos=bowler|golf de disco=disc golf
jugador de disc golf=disc golfer|fisicoculturismo=bodybuilding|fisicoculturista=bodybuilder
competidora de fitness=physique competitor|patinaje sobre ruedas=roller skating|patines=roller skates
patinador=roller skater|jugador de lacrosse=lacrosse player|palo de lacrosse=lacrosse stick
ultimate frisbee=ultimate frisbee|jugadora de ultimate=ultimate frisbee player
torneo de ultimate=ultimate frisbee tournament|eurovisión=eurovision song contest|eurofán=eurovision fan
festival de eurovisión=eurovision song contest|liga fantasy=fantasy football league
fantasy de laliga=fantasy football|liga fantasy de fútbol=fantasy football league
jugador de airsoft=airsoft player|partida de airsoft=airsoft game|máquina de pinball=pinball machine
máquinas de pinball=pinball machines|jugar al mahjong=playing mahjong|fichas de mahjong=mahjong tiles
música africana=african music|ritmos africanos=african rhythms|cantante nigeriano=nigerian singer
música japonesa=japanese music|pop japonés=japanese pop music|ídolos japoneses=japanese idols
metal progresivo=progressive metal|rock sinfónico=symphonic progressive rock|música emo=emo music
escena emo=emo scene|banda emo=emo band|música funk=funk music|bajo funk=funk bass
banda sonora=film soundtrack|bandas sonoras=film soundtracks|compositor de cine=film composer
música de cine=film music|gótica=goth|gótico=goth|escena gótica=goth scene|rock gótico=gothic rock
bailar salsa=salsa dancing|bailarina de salsa=salsa dancer|bailarín de salsa=salsa dancer
clases de salsa=salsa classes|la guerra de las galaxias=star wars|sable de luz=lightsaber
caballero jedi=jedi knight|flota estelar=starfleet|mago de hogwarts=hogwarts wizard
la piedra filosofal=harry potter philosopher's stone|señor del tiempo=time lord|señores del tiempo=time lords
superhéroes=superheroes|superhéroe=superhero|los vengadores=the avengers|universo marvel=marvel universe
novela histórica=historical novel|novelas históricas=historical novels|ficción histórica=historical fiction
novelista histórico=historical novelist|literatura clásica=classic literature
clásicos de la literatura=literary classics|novela decimonónica=nineteenth century novel
parques disney=disney parks|princesas disney=disney princesses|fanática de disney=disney fan
# German
bildhauerei=sculpture|plastik kunst=sculpture|steinbildhauer=stone sculptor|druckgrafik=printmaking
holzschnitt=woodcut|linolschnitt=linocut|radierung=etching|siebdruck=screen printing|wandbild=mural
streetart=street art|sprühdose=spray can|straßenfotograf=street photographer
straßenfotografin=street photographer|analoge fotografie=film photography|kleinbildfilm=35mm film
dunkelkammer=darkroom|mittelformat=medium format film|landschaftsfotograf=landscape photographer
kerzen gießen=candle making|kerzenmacher=candle maker|sojawachs=soy wax|duftkerzen=scented candles
kerzendocht=candle wick|weben=weaving|weberei=weaving|webstuhl=weaving loom|weberin=weaver
kettfäden=warp threads|sammelkarte=trading card|panini bilder=panini stickers|actionfiguren=action figures
actionfigur=action figure|spielzeugsammler=toy collector|zauberin=magician|zauberkunst=stage magic
zaubertrick=magic trick|zaubertricks=magic tricks|zauberkünstler=magician|eisenbahnfreund=railway enthusiast
eisenbahnfotografie=railway photography|lokomotive=locomotive|dampflok=steam locomotive|eisenbahnfan=railfan
drohne=drone|drohnen=drones|drohnenpilot=drone pilot|drohnenpilotin=drone pilot
luftaufnahmen=aerial photography|verlassene orte=abandoned places|verfallene gebäude=derelict buildings
oldtimertreffen=classic car show|youngtimer=modern classic car|h-kennzeichen=classic car registration
achterbahn=roller coaster|achterbahnen=roller coasters|freizeitpark=theme park|vergnügungspark=amusement park
geisterjäger=ghost hunter|geisterjagd=ghost hunting|spuk=haunting|squashspieler=squash player
squashplatz=squash court|squashschläger=squash racket|bowlingbahn=bowling alley|bowlingkugel=bowling ball
kegeln=nine-pin bowling|kegelbahn=bowling alley|discgolfer=disc golfer|discgolfspieler=disc golfer
discgolfanlage=disc golf course|bodybuilderin=bodybuilder|kraftsportler=strength athlete
wettkampfvorbereitung=contest prep|bodybuilding-wettkampf=bodybuilding competition|rollschuh=roller skate
rollschuhe=roller skates|rollschuhlaufen=roller skating|inlineskates=inline skates
lacrossespieler=lacrosse player|lacrossespielerin=lacrosse player|lacrosseschläger=lacrosse stick
frisbeescheibe=frisbee disc|frisbeesport=ultimate frisbee|frisbeespieler=frisbee player|esc-fan=eurovision fan
tippspiel=football prediction game|manager-spiel=fantasy football|managerspiel=fantasy football game
airsoftspieler=airsoft player|airsoftwaffe=airsoft gun|airsoftspielerin=airsoft player
flipperautomat=pinball machine|flipperautomaten=pinball machines|flipperspieler=pinball player
flipperhalle=pinball arcade|mahjongg spielen=playing mahjong|mahjongsteine=mahjong tiles
afrikanische popmusik=african pop music|afrikanische musik=african music
japanische popmusik=japanese pop music|japanische musik=japanese music|japanische idols=japanese idols
progressive-rock=progressive rock|progrock=progressive rock|progmetal=progressive metal|emo-musik=emo music
emo-szene=emo scene|emo-band=emo band|funkmusik=funk music|funkband=funk band|filmkomponist=film composer
filmkomponistin=film composer|grufti=goth|gruftis=goths|schwarze szene=goth scene|gothic-szene=goth scene
salsa tanzen=salsa dancing|salsatänzerin=salsa dancer|salsatänzer=salsa dancer|salsakurs=salsa classes
krieg der sterne=star wars|lichtschwert=lightsaber|jedi-ritter=jedi knight|raumschiff enterprise=star trek
das nächste jahrhundert=star trek next generation|sternenflotte=starfleet|zauberschule=school of witchcraft
stein der weisen=harry potter philosopher's stone|muggel=muggle|zaubertränke=potions class|timelord=time lord
zeitlord=time lord|superheld=superhero|superheldenfilme=superhero movies|die rächer=the avengers
historischer roman=historical novel|historische romane=historical novels|historienroman=historical novel
klassische literatur=classic literature|weltliteratur=world literature classics
klassiker der literatur=literary classics|disney-fan=disney fan|disney-prinzessin=disney princess
disney-filme=disney movies
# French
fonderie d'art=art foundry|taille de pierre=stone carving|graveur=printmaker|linogravure=linocut
xylogravure=woodcut|sérigraphie=screen printing|graffeur=graffiti artist|graffeuse=graffiti artist
art urbain=street art|fresque murale=mural|bombe de peinture=spray can|photographie de rue=street photography
photographe de rue=street photographer|photo de rue=street photograph|photographie argentique=film photography
argentique=film photography|chambre noire=darkroom|photographie de paysage=landscape photography
photographe de paysage=landscape photographer|photographie de nature=nature photography
bougies artisanales=handmade candles|cire de soja=soy wax|mèche de bougie=candle wick
bougie parfumée=scented candle|tissage=weaving|tisserand=weaver|tisserande=weaver|métier à tisser=weaving loom
chaîne et trame=warp and weft|carte de recrue=rookie card|cartes gradées=graded cards
figurines articulées=action figures|figurine articulée=action figure|collection de jouets=toy collection
magicien=magician|magicienne=magician|prestidigitateur=magician|tour de magie=magic trick
prestidigitation=sleight of hand|ferrovipathe=railway enthusiast|photographie ferroviaire=railway photography
locomotive à vapeur=steam locomotive|drone fpv=fpv drone|télépilote=drone pilot
photo aérienne=aerial photograph|prise de vue aérienne=aerial photography
exploration urbaine=urban exploration|lieux abandonnés=abandoned places|lieu abandonné=abandoned place
voitures anciennes=classic cars|rassemblement de voitures anciennes=classic car show
montagnes russes=roller coasters|parc d'attractions=amusement park|parc à thème=theme park
chasseur de fantômes=ghost hunter|chasse aux fantômes=ghost hunting|maison hantée=haunted house
phénomènes paranormaux=paranormal phenomena|joueur de squash=squash player|court de squash=squash court
raquette de squash=squash racket|piste de bowling=bowling lane|boule de bowling=bowling ball
quilles=bowling pins|golf frisbee=disc golf|parcours de disc golf=disc golf course|culturisme=bodybuilding
culturiste=bodybuilder|culturisme naturel=natural bodybuilding|patin à roulettes=roller skating
patins à roulettes=roller skates|roller quad=quad roller skates|crosse canadienne=lacrosse
joueur de crosse=lacrosse player|frisbee ultime=ultimate frisbee|joueuse d'ultimate=ultimate frisbee player
concours eurovision=eurovision song contest|eurovision de la chanson=eurovision song contest
football fantasy=fantasy football|ligue fantasy=fantasy football league|partie d'airsoft=airsoft game
réplique airsoft=airsoft replica gun|joueur d'airsoft=airsoft player|joueur de flipper=pinball player
salle de flippers=pinball arcade|tuiles de mahjong=mahjong tiles|partie de mahjong=mahjong game
musique africaine=african music|musique nigériane=nigerian music|chanteur nigérian=nigerian singer
pop japonaise=japanese pop music|musique japonaise=japanese music|idoles japonaises=japanese idols
rock progressif=progressive rock|métal progressif=progressive metal|prog français=french progressive rock
musique emo=emo music|scène emo=emo scene|groupe emo=emo band|musique funk=funk music|groupe de funk=funk band
bande originale=film soundtrack|musique de film=film music|compositeur de films=film composer
scène gothique=goth scene|rock gothique=gothic rock|danse salsa=salsa dancing|danseuse de salsa=salsa dancer
cours de salsa=salsa classes|la guerre des étoiles=star wars|sabre laser=lightsaber|chevalier jedi=jedi knight
flotte stellaire=starfleet|trekkiste=star trek fan|école des sorciers=harry potter philosopher's stone
moldu=muggle|moldus=muggles|poudlard=hogwarts|serpentard=slytherin|gryffondor=gryffindor
seigneur du temps=time lord|docteur who=doctor who|seigneurs du temps=time lords|superhéros=superheroes
univers marvel=marvel universe|les vengeurs=the avengers|roman historique=historical novel
romans historiques=historical novels|fiction historique=historical fiction
littérature classique=classic literature|classiques de la littérature=literary classics
grands classiques=great classics|parcs disney=disney parks|princesse disney=disney princess
dessins animés disney=disney cartoons
# Italian
sculture=sculptures|scultura in marmo=marble sculpture|incisore=printmaker
acquaforte=etching|linoleografia=linocut|writer graffiti=graffiti writer|arte urbana=street art|murales=murals
bomboletta=spray can|fotografia di strada=street photography|fotografo di strada=street photographer
fotografa di strada=street photographer|pellicola fotografica=photographic film|rullino=roll of film
camera oscura=darkroom|fotografo paesaggista=landscape photographer
fotografia paesaggistica=landscape photography|candele artigianali=handmade candles|cera di soia=soy wax
stoppino=candle wick|candele profumate=scented candles|tessitrice=weaver|tessitore=weaver|ordito=warp threads
figurine panini=panini stickers|action figure da collezione=collectible action figures
giocattoli da collezione=collectible toys|prestigiatore=magician|illusionista=illusionist
giochi di prestigio=magic tricks|mago professionista=magician|appassionato di treni=train enthusiast
locomotiva=locomotive|pilota di droni=drone pilot
riprese aeree=aerial footage|esplorazione urbana=urban exploration
luoghi abbandonati=abandoned places|edificio abbandonato=abandoned building|auto storiche=historic cars
raduno auto d'epoca=classic car show|montagne russe=roller coasters|parco divertimenti=amusement park
parco a tema=theme park|cacciatori di fantasmi=ghost hunters|fantasmi=ghosts|casa infestata=haunted house
fenomeni paranormali=paranormal phenomena|giocatore di squash=squash player|campo da squash=squash court
pista da bowling=bowling lane|palla da bowling=bowling ball|birilli=bowling pins
campo da disc golf=disc golf course|giocatore di disc golf=disc golfer
gara di bodybuilding=bodybuilding competition|pattinaggio a rotelle=roller skating
pattini a rotelle=roller skates|pattinatore=roller skater|giocatore di lacrosse=lacrosse player
bastone da lacrosse=lacrosse stick|giocatrice di ultimate=ultimate frisbee player
eurofestival=eurovision song contest|festival eurovisione=eurovision song contest
fantallenatore=fantasy football manager|asta del fantacalcio=fantasy football draft|softgunner=airsoft player
partita di softair=airsoft game|giocatore di flipper=pinball player|sala giochi flipper=pinball arcade
tessere del mahjong=mahjong tiles|partita a mahjong=mahjong game
musica nigeriana=nigerian music|ritmi afro=afro rhythms|pop giapponese=japanese pop music
musica giapponese=japanese music|metal progressivo=progressive metal|prog italiano=italian progressive rock
scena emo=emo scene|gruppo funk=funk band
colonna sonora=film soundtrack|colonne sonore=film soundtracks|compositore di colonne sonore=film composer
dark gotico=goth|scena gotica=goth scene|ballare salsa=salsa dancing
ballerina di salsa=salsa dancer|corso di salsa=salsa classes|guerre stellari=star wars|spada laser=lightsaber
cavaliere jedi=jedi knight|flotta stellare=starfleet|trekkista=star trek fan|babbano=muggle|babbani=muggles
serpeverde=slytherin|grifondoro=gryffindor|tassorosso=hufflepuff|corvonero=ravenclaw
signore del tempo=time lord|signori del tempo=time lords|supereroe=superhero|i vendicatori=the avengers
romanzo storico=historical novel|romanzi storici=historical novels|narrativa storica=historical fiction
letteratura classica=classic literature|classici della letteratura=literary classics
grandi classici=great classics|parchi disney=disney parks|principessa disney=disney princess
cartoni disney=disney cartoons
# Portuguese
escultor de bronze=bronze sculptor|escultura em pedra=stone sculpture|escultores=sculptors
esculturas em bronze=bronze sculptures|gravura=printmaking engraving|gravurista=printmaker|xilogravura=woodcut
linogravura=linocut|grafiteiro=graffiti artist|grafiteira=graffiti artist|pichação=graffiti tagging
arte de rua=street art|fotografia de rua=street photography|fotógrafo de rua=street photographer
fotógrafa de rua=street photographer|filme fotográfico=photographic film|rolo de filme=roll of film
fotografia de paisagem=landscape photography|fotógrafo de paisagem=landscape photographer
velas artesanais=handmade candles|pavio=candle wick|tecelagem=weaving|tecelã=weaver|tecelão=weaver
tear manual=weaving loom|figurinhas=trading card stickers|álbum de figurinhas=sticker album
bonecos de ação=action figures|bonecos colecionáveis=collectible figures
colecionador de brinquedos=toy collector|truque de mágica=magic trick|mágica de perto=close-up magic
locomotiva a vapor=steam locomotive|piloto de drone=drone pilot
imagens aéreas=aerial images|filmagem aérea=aerial filming|exploração urbana=urban exploration
carros antigos=classic cars|antigomobilismo=classic car hobby
carros clássicos=classic cars|montanha-russa=roller coaster|montanhas-russas=roller coasters
parque de diversões=amusement park|caça-fantasmas=ghost hunters|assombrações=hauntings
casa assombrada=haunted house|fenômenos paranormais=paranormal phenomena|jogador de squash=squash player
quadra de squash=squash court|pista de boliche=bowling lane|bola de boliche=bowling ball
campo de disc golf=disc golf course|jogador de disc golf=disc golfer
campeonato de fisiculturismo=bodybuilding competition|patins=roller skates|jogador de lacrosse=lacrosse player
taco de lacrosse=lacrosse stick|jogadora de ultimate=ultimate frisbee player
torneio de ultimate=ultimate frisbee tournament|eurovisão=eurovision song contest
festival eurovisão=eurovision song contest|cartoleiro=fantasy football player
jogador de airsoft=airsoft player|peças de mahjong=mahjong tiles|partida de mahjong=mahjong game
cena emo=emo scene
música funk americana=american funk music|banda de funk=funk band|trilha sonora=film soundtrack
trilhas sonoras=film soundtracks|cena gótica=goth scene|dançar salsa=salsa dancing
dançarina de salsa=salsa dancer|aulas de salsa=salsa classes|guerra nas estrelas=star wars
sabre de luz=lightsaber|cavaleiro jedi=jedi knight|frota estelar=starfleet|jornada nas estrelas=star trek
sonserina=slytherin|grifinória=gryffindor|lufa-lufa=hufflepuff|corvinal=ravenclaw|senhor do tempo=time lord
doutor who=doctor who|senhores do tempo=time lords|super-herói=superhero|os vingadores=the avengers
romance histórico=historical novel|romances históricos=historical novels|ficção histórica=historical fiction
literatura clássica=classic literature|clássicos da literatura=literary classics
grandes clássicos=great classics|parques da disney=disney parks|princesa da disney=disney princess
filmes da disney=disney movies
"""
