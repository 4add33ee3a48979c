"""Interest definitions (second further set): 178 more interests people list, of work, fields, pursuits, culture.

Written by helpers from general knowledge on 2026-11-24, ninth session (none saw a labelled set); the
layout of every field module is described at ``interest_vocab._FIELDS``.
"""

from __future__ import annotations

__all__ = ["ENTRIES", "LEXICON_TEXT", "NAMES_TEXT", "NEIGHBOURS"]

ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "heavy equipment operation",
        (
            "heavy equipment operator",
            "plant operator on a civils site",
            "excavator operator, 20 tonne machine",
            "crane operator, tower crane views every morning",
            "mobile crane operator",
            "bulldozer and grader operator",
            "digging footings with the 360 today",
            "dozer operator on a highway job",
            "loader operator at the quarry",
            "got my CPCS card for the excavator",
            "NCCCO certified crane operator",
            "running a backhoe on the pipeline job",
            "skid steer work, grading driveways",
            "telehandler driver on a housing site",
            "operating engineers local union",
            "earthmoving contractor, cut and fill",
            "finished grade to the stake, perfect",
            "lifting plan signed off for the big pick",
            "operador de maquinaria pesada",
            "operador de retroexcavadora",
            "baggerfahrer auf der baustelle",
            "kranführer im hochbau",
            "conducteur d'engins de chantier",
            "gruista e escavatorista",
        ),
        (
            "crane fly in the bedroom",
            "saw a crane at the wetland reserve",
            "origami paper cranes",
            "heavy metal concert tonight",
            "lifting heavy at the gym",
            "gym equipment for sale",
            "camera equipment upgrade",
            "heavy machinery of the state",
            "digging into the data",
            "operator error on the phone system",
            "smooth operator",
            "toy diggers for my toddler",
        ),
        (
            "heavy equipment",
            "plant operating",
            "plant operator",
            "crane operator",
            "crane operation",
            "excavator operator",
            "earthmoving",
            "heavy machinery",
        ),
        ("construction",),
    ),
    (
        "collision repair",
        (
            "collision repair technician",
            "auto body technician",
            "panel beater by trade",
            "body shop owner",
            "paintless dent removal",
            "PDR technician",
            "smart repair and bumper scuffs",
            "spray painter in a bodyshop",
            "refinish technician, colour matching basecoat",
            "frame straightening on the jig",
            "I-CAR gold class shop",
            "insurance approved accident repair centre",
            "blending the clear coat on a quarter panel",
            "before and after of a front end repair",
            "filler, primer, block sanding",
            "vehicle damage estimator",
            "chapista en un taller de carrocería",
            "hojalatería y pintura automotriz",
            "karosseriebauer und lackierer",
            "carrossier peintre automobile",
            "carrozziere e verniciatore",
            "funileiro e pintor automotivo",
        ),
        (
            "collision between two galaxies",
            "particle collision at the LHC",
            "hash collision in the code",
            "body repair after a marathon",
            "repairing my relationship",
            "panel discussion on repair culture",
            "body shop cocoa butter",
            "the body shop skincare haul",
            "ship collision in the channel",
            "bird strike on the plane",
            "phone screen repair",
        ),
        (
            "auto body repair",
            "body shop",
            "panel beating",
            "panel beater",
            "accident repair",
            "paintless dent repair",
            "autobody",
        ),
        ("cars",),
    ),
    (
        "lineworker",
        (
            "journeyman lineman",
            "apprentice lineman",
            "power lineman",
            "lineworker life",
            "storm restoration crew",
            "working storm duty after the hurricane",
            "climbing poles all day",
            "bucket truck and hot sticks",
            "energized work on a 12kv line",
            "distribution line crew",
            "transmission lineman",
            "IBEW outside lineman",
            "lineman school graduate",
            "restoring power in the ice storm",
            "overhead line electrician",
            "rubber gloving on live lines",
            "hooked up the new transformer on the pole",
            "linieros restaurando la energía",
            "liniero eléctrico",
            "freileitungsmonteur",
            "monteur de lignes électriques",
            "eletricista de linha viva",
        ),
        (
            "line cook in a busy kitchen",
            "linebacker for the team",
            "offensive line coach",
            "line work in my drawing",
            "waiting in line all day",
            "assembly line worker",
            "line dancing on friday",
            "fishing line tangled",
            "phone line down again",
            "production line at the factory",
            "power lines in my landscape photo",
            "top of the line products",
        ),
        (
            "lineworkers",
            "lineman",
            "linemen",
            "line worker",
            "powerline technician",
            "power line work",
            "line mechanic",
        ),
        (),
    ),
    (
        "flooring",
        (
            "flooring installer",
            "floor fitter",
            "carpet fitter",
            "hardwood floor installation",
            "laying laminate in the hallway",
            "LVT installation today",
            "luxury vinyl plank install",
            "sanding and refinishing oak floors",
            "herringbone parquet floor fitted",
            "floor sanding and oiling",
            "screeding and levelling before the vinyl",
            "stair runner carpet install",
            "commercial flooring contractor",
            "subfloor prep is everything",
            "flooring business owner",
            "tile and hardwood flooring company",
            "instalador de pisos laminados",
            "colocación de parquet",
            "bodenleger meister",
            "parkettleger",
            "poseur de parquet et sols souples",
            "posatore di pavimenti in legno",
        ),
        (
            "i was floored by the news",
            "dance floor all night",
            "floor exercise at gymnastics",
            "trading floor",
            "factory floor",
            "top floor apartment",
            "ground floor flat for rent",
            "floor price of the nft",
            "pelvic floor exercises",
            "the floor is yours",
            "slept on the floor",
            "floor seats at the concert",
        ),
        (
            "floor fitting",
            "floor fitter",
            "flooring installation",
            "carpet fitting",
            "floor installer",
            "floor sanding",
            "parquet",
        ),
        ("construction",),
    ),
    (
        "quantity surveying",
        (
            "quantity surveyor",
            "chartered quantity surveyor",
            "MRICS quantity surveyor",
            "cost manager on a hospital project",
            "commercial manager for a main contractor",
            "bill of quantities",
            "taking off quantities from drawings",
            "pricing the BoQ",
            "valuations and final accounts",
            "variations and compensation events",
            "NEC4 contract administration",
            "JCT contracts and payment applications",
            "cost planning at RIBA stage 2",
            "construction cost consultant",
            "estimator at a construction firm",
            "trainee QS on site",
            "cost estimating for a fit-out",
            "aparejador y medición de obra",
            "presupuestos y mediciones de obra",
            "kalkulator im bauwesen",
            "économiste de la construction",
            "computo metrico estimativo",
            "orçamentista de obras",
        ),
        (
            "quantity over quality",
            "land surveyor with a total station",
            "survey monkey questionnaire",
            "customer survey results",
            "polling survey for the election",
            "surveying the damage after the storm",
            "quantity of coffee consumed",
            "geological survey of the region",
            "home buyer's survey",
            "quantitative easing",
            "quantum physics",
        ),
        (
            "quantity surveyor",
            "quantity surveyors",
            "QS",
            "cost management",
            "construction cost management",
            "cost consultancy",
            "construction estimating",
        ),
        ("construction",),
    ),
    (
        "non-destructive testing",
        (
            "NDT technician",
            "NDT level 2 in UT and MT",
            "ultrasonic testing of welds",
            "phased array UT inspection",
            "magnetic particle inspection",
            "dye penetrant testing",
            "radiographic testing of pipeline welds",
            "eddy current inspection on aircraft",
            "ASNT level III",
            "PCN certified inspector",
            "inspecting pressure vessels",
            "weld inspector CSWIP",
            "thickness gauging on a tank",
            "rope access NDT tech",
            "visual inspection and MPI on the rig",
            "time of flight diffraction scan",
            "ensayos no destructivos",
            "inspector de ensayos no destructivos",
            "zerstörungsfreie prüfung",
            "contrôle non destructif",
            "controlli non distruttivi",
            "ensaios não destrutivos",
        ),
        (
            "non-destructive editing in photoshop",
            "destructive relationship",
            "covid testing site",
            "software testing and qa",
            "testing my patience",
            "drug testing at work",
            "crash testing cars",
            "x-ray at the dentist",
            "ultrasound scan at 20 weeks",
            "penetration testing for web apps",
            "magnetic personality",
        ),
        ("NDT", "NDE", "non-destructive examination", "non-destructive inspection", "ndt inspection"),
        ("engineering",),
    ),
    (
        "piano tuning",
        (
            "piano tuner",
            "piano tuner technician",
            "registered piano technician",
            "tuned a concert grand this morning",
            "pitch raise on an old upright",
            "regulating the action of a steinway",
            "voicing the hammers",
            "replacing broken bass strings",
            "tuning hammer and mutes",
            "setting the temperament by ear",
            "aural tuning versus electronic tuning device",
            "piano restoration workshop",
            "rebuilding a grand piano action",
            "piano technicians guild",
            "tuning pianos for schools and churches",
            "new pin block and restringing",
            "afinador de pianos",
            "afinación de pianos a domicilio",
            "klavierstimmer",
            "accordeur de piano",
            "accordatore di pianoforti",
            "afinador de piano",
        ),
        (
            "piano lessons for my daughter",
            "learning chopin nocturnes",
            "jazz pianist",
            "tuning my guitar",
            "fine tuning the model",
            "car tuning and remaps",
            "tune in tomorrow",
            "stay tuned",
            "auto-tune on the vocals",
            "piano stairs at the station",
            "tuning the hyperparameters",
        ),
        (
            "piano tuner",
            "piano tuners",
            "piano technician",
            "piano technology",
            "piano repair",
            "piano restoration",
        ),
        ("piano",),
    ),
    (
        "aircraft maintenance",
        (
            "aircraft maintenance engineer",
            "licensed aircraft engineer",
            "B1 licensed engineer",
            "A&P mechanic",
            "airframe and powerplant certificate",
            "avionics technician",
            "line maintenance on the night shift",
            "heavy maintenance C-check in the hangar",
            "engine borescope inspection",
            "signing off the tech log",
            "EASA part 66 modules",
            "aircraft mechanic at the airline",
            "MRO hangar life",
            "changing a brake unit on the A320",
            "working on turbofan engines",
            "aviation maintenance technician school",
            "técnico de mantenimiento de aeronaves",
            "mecánico de aviones",
            "fluggerätmechaniker",
            "mécanicien aéronautique",
            "tecnico manutenzione aeromobili",
            "mecânico de aeronaves",
        ),
        (
            "car maintenance tips",
            "maintenance window for the database",
            "low maintenance partner",
            "plane spotting at heathrow",
            "flying to lisbon tomorrow",
            "airline food review",
            "paper aeroplanes with the kids",
            "building maintenance request",
            "maintenance dose of medication",
            "flight simulator at home",
            "engine of growth for the economy",
        ),
        (
            "aircraft engineering",
            "aircraft mechanic",
            "aircraft maintenance engineer",
            "aviation maintenance",
            "A&P",
            "avionics",
            "MRO",
        ),
        ("aviation",),
    ),
    (
        "delivery driving",
        (
            "delivery driver",
            "multi-drop driver",
            "courier driver",
            "van driver on a parcel route",
            "amazon flex driver",
            "doordash dasher",
            "uber eats on my bike",
            "deliveroo rider",
            "food delivery rider",
            "150 drops today",
            "last mile delivery",
            "parcel route done before 5",
            "self-employed courier",
            "same day courier business",
            "bike courier in the city",
            "delivering parcels for evri",
            "repartidor de glovo",
            "repartidor de paquetería",
            "paketzusteller",
            "livreur à vélo",
            "corriere espresso",
            "entregador de aplicativo",
        ),
        (
            "delivery room at the hospital",
            "baby was delivered at 3am",
            "delivered a great speech",
            "project delivery manager",
            "software delivery pipeline",
            "driving lessons for my son",
            "golf driving range",
            "data-driven",
            "driving change",
            "ordered a takeaway delivery",
            "package stolen from my porch",
            "cricket delivery, bowled him",
        ),
        (
            "delivery driver",
            "delivery drivers",
            "courier",
            "couriers",
            "courier work",
            "food delivery",
            "parcel delivery",
            "multi drop",
        ),
        (),
    ),
    (
        "airport operations",
        (
            "airport operations officer",
            "ramp agent",
            "ground handling agent",
            "baggage handler",
            "aircraft dispatcher on the apron",
            "turnaround coordinator",
            "marshalling aircraft onto stand",
            "pushback tug driver",
            "check-in agent at terminal 2",
            "airside operations",
            "airport duty manager",
            "gate agent life",
            "de-icing crew on the winter shift",
            "load control and weight and balance",
            "airfield operations",
            "aviation security screener",
            "working the ramp",
            "agente de rampa",
            "agente de handling aeroportuario",
            "bodenpersonal am flughafen",
            "agent d'escale",
            "addetto di rampa",
            "agente de aeroporto",
        ),
        (
            "airport lounge review",
            "delayed at the airport again",
            "airport style at the gate",
            "airport book to read",
            "military operations",
            "ramp up production",
            "wheelchair ramp at the shop",
            "skate ramp",
            "baggage from my last relationship",
            "gate keeping",
            "plane spotting at the fence",
            "airport novel",
        ),
        ("ground handling", "ramp agent", "ramp operations", "airport ops", "airside", "baggage handling"),
        ("aviation",),
    ),
    (
        "yacht crew",
        (
            "superyacht deckhand",
            "superyacht stewardess",
            "chief stew",
            "yacht chef",
            "bosun on a 60m motor yacht",
            "first officer on a superyacht",
            "yacht engineer",
            "yachtie life",
            "crew agent in antibes",
            "STCW and ENG1 done",
            "dockwalking in palma",
            "charter season in the med",
            "guest on board, tender ops",
            "rotation, 10 weeks on",
            "yachtmaster offshore for crew",
            "interior crew on a private yacht",
            "tripulante de yate",
            "marinero de yates de lujo",
            "crew auf einer superyacht",
            "hôtesse sur yacht",
            "marinaio su yacht",
            "tripulante de iate",
        ),
        (
            "sailing dinghy race at the club",
            "yacht rock playlist",
            "cruise ship holiday",
            "crew cut hairstyle",
            "film crew on set",
            "my crew on a night out",
            "cabin crew life",
            "rowing crew practice",
            "rich people on yachts",
            "superyacht spotting in monaco",
            "navy ship",
        ),
        ("yachtie", "yachties", "superyacht crew", "yacht stew", "yacht deckhand"),
        ("maritime",),
    ),
    (
        "railway engineering",
        (
            "railway engineer",
            "track engineer",
            "signalling engineer",
            "signalling design",
            "permanent way engineer",
            "p-way gang on night shift",
            "possession tonight on the mainline",
            "overhead line equipment",
            "rolling stock engineer",
            "train maintainer at the depot",
            "rail infrastructure projects",
            "ETCS and ERTMS rollout",
            "interlocking testing",
            "PTS card renewed",
            "network rail contractor",
            "track renewals",
            "rail electrification",
            "ingeniero ferroviario",
            "señalización ferroviaria",
            "eisenbahningenieur",
            "ingénieur ferroviaire",
            "ingegneria ferroviaria",
            "engenharia ferroviária",
        ),
        (
            "trainspotting at crewe",
            "model railway layout",
            "train driver",
            "commuting on the train",
            "railroaded into a decision",
            "signal boost please",
            "wifi signal",
            "training at the gym",
            "on track for the deadline",
            "back on track",
            "race track day",
        ),
        (
            "railway engineer",
            "rail engineering",
            "rail industry",
            "railway signalling",
            "permanent way",
            "rolling stock",
        ),
        ("engineering",),
    ),
    (
        "customs and border",
        (
            "border force officer",
            "customs officer at the port",
            "CBP officer",
            "border patrol agent",
            "customs and excise",
            "passport control at the airport",
            "primary inspection lane",
            "seized counterfeit goods at the border",
            "detector dog handler at customs",
            "customs clearance and tariff codes",
            "HS codes and import duties",
            "immigration officer at the border",
            "port of entry inspections",
            "smuggling interdiction",
            "working the red channel",
            "frontex mission",
            "agente de aduanas",
            "guardia civil de fronteras",
            "zollbeamter",
            "bundespolizei grenzschutz",
            "douanier",
            "guardia di finanza",
            "auditor fiscal da receita federal",
        ),
        (
            "local customs and traditions",
            "custom made furniture",
            "custom keyboard build",
            "custom paint job",
            "customer service",
            "border collie puppy",
            "borderline personality",
            "border of the quilt",
            "doctors without borders",
            "flower border in the garden",
            "border town holiday",
            "custom css",
        ),
        (
            "customs",
            "border force",
            "border protection",
            "border security",
            "customs officer",
            "border patrol",
            "customs enforcement",
        ),
        ("civil service",),
    ),
    (
        "criminal investigation",
        (
            "detective constable",
            "detective sergeant in CID",
            "homicide detective",
            "criminal investigator",
            "major crime investigations",
            "senior investigating officer",
            "interviewing suspects",
            "PEACE interview model",
            "serious case review",
            "cold case unit",
            "case file for the prosecutor",
            "FBI special agent",
            "investigator for the DA",
            "digital evidence and phone downloads",
            "fraud squad detective",
            "evidence chain of custody",
            "detective inspector on the murder team",
            "investigador de la policía judicial",
            "inspector de homicidios",
            "kriminalkommissar",
            "kriminalpolizei ermittler",
            "officier de police judiciaire",
            "investigatore della polizia",
            "investigador da polícia civil",
        ),
        (
            "reading a detective novel",
            "true crime podcast binge",
            "sherlock holmes fan",
            "murder mystery dinner party",
            "detective pikachu",
            "investigating why my code fails",
            "investigative journalism",
            "private investigator for cheating spouses",
            "criminal minds marathon",
            "cluedo night",
            "criminally underrated album",
            "research investigation of the protein",
        ),
        (
            "detective work",
            "detectives",
            "detective",
            "criminal investigations",
            "CID",
            "investigations",
            "homicide investigation",
        ),
        ("criminal justice",),
    ),
    (
        "environmental health",
        (
            "environmental health officer",
            "environmental health practitioner",
            "EHO food hygiene inspection",
            "food hygiene rating visit",
            "noise nuisance complaints",
            "private sector housing inspections",
            "HHSRS hazard assessment",
            "pest control and public health",
            "health inspector at the county",
            "restaurant inspections today",
            "registered environmental health specialist",
            "air quality monitoring for the council",
            "contaminated land officer",
            "licensing and statutory nuisance",
            "CIEH member",
            "outbreak investigation of food poisoning",
            "inspector de sanidad ambiental",
            "técnico de salud ambiental",
            "lebensmittelkontrolleur",
            "inspecteur de salubrité",
            "tecnico della prevenzione",
            "vigilância sanitária",
        ),
        (
            "environmental activist",
            "climate change protest",
            "environmental science degree",
            "health and wellness journey",
            "my mental health",
            "eco-friendly products",
            "environment variables in bash",
            "work environment is toxic",
            "gaming environment art",
            "health insurance premiums",
            "clean eating",
        ),
        (
            "environmental health officer",
            "EHO",
            "EHP",
            "health inspection",
            "health inspector",
            "food hygiene inspection",
        ),
        ("public health",),
    ),
    (
        "fire safety",
        (
            "fire safety engineer",
            "fire risk assessor",
            "fire risk assessment",
            "fire engineer on a high-rise",
            "fire strategy for the building",
            "passive fire protection",
            "fire stopping and fire doors",
            "fire door inspector",
            "fire alarm engineer",
            "sprinkler system design",
            "building safety regulator",
            "compartmentation survey",
            "fire marshal training",
            "evacuation strategy and PEEPs",
            "fire code compliance",
            "fire protection engineering",
            "IFE member",
            "técnico de protección contra incendios",
            "seguridad contra incendios",
            "brandschutzbeauftragter",
            "sécurité incendie",
            "prevenzione incendi",
            "segurança contra incêndio",
        ),
        (
            "that new track is fire",
            "fire emoji",
            "fired from my job",
            "fire tv stick",
            "kindle fire",
            "campfire stories",
            "forest fire photo",
            "fire and blood",
            "firework night",
            "safety first",
            "fire in the belly",
            "open fire pizza oven",
        ),
        (
            "fire protection",
            "fire engineering",
            "fire risk assessment",
            "fire prevention",
            "fire protection engineering",
            "fire code",
        ),
        ("health and safety",),
    ),
    (
        "legal aid",
        (
            "legal aid lawyer",
            "legal aid solicitor",
            "public defender",
            "assistant public defender",
            "pro bono work",
            "law centre caseworker",
            "access to justice",
            "duty solicitor at the police station",
            "free legal advice clinic",
            "legal aid cuts are killing access to justice",
            "indigent defense",
            "tenant defense attorney",
            "citizens advice volunteer",
            "housing duty scheme at court",
            "legal services nonprofit",
            "law clinic student",
            "legal aid funding crisis",
            "abogado de oficio",
            "defensor público",
            "asistencia jurídica gratuita",
            "pflichtverteidiger",
            "aide juridictionnelle",
            "avvocato d'ufficio",
            "defensoria pública",
        ),
        (
            "first aid course",
            "hearing aid",
            "band aid",
            "legal drinking age",
            "is this legal",
            "legally blonde",
            "aid workers in the field",
            "foreign aid budget",
            "kool aid",
            "legal weed",
            "legal tender",
        ),
        ("legal aid lawyer", "legal aid solicitor", "pro bono", "access to justice", "public defense"),
        ("law",),
    ),
    (
        "community development",
        (
            "community development worker",
            "community development officer",
            "community engagement lead",
            "asset-based community development",
            "community organiser",
            "neighbourhood renewal",
            "community hub project",
            "place-based funding",
            "participatory budgeting",
            "community-led housing",
            "community land trust",
            "working with residents' associations",
            "building capacity in local groups",
            "community anchor organisation",
            "regeneration and community engagement",
            "community empowerment",
            "desarrollo comunitario",
            "trabajo comunitario en el barrio",
            "gemeinwesenarbeit",
            "développement communautaire",
            "sviluppo di comunità",
            "desenvolvimento comunitário",
        ),
        (
            "discord community manager",
            "gaming community",
            "community notes on twitter",
            "community college classes",
            "software development",
            "personal development journey",
            "photo development in the darkroom",
            "real estate development",
            "child development stages",
            "community garden tomatoes",
            "open source community",
        ),
        (
            "community development work",
            "community organising",
            "community engagement",
            "community worker",
            "neighbourhood development",
            "community regeneration",
        ),
        (),
    ),
    (
        "transport planning",
        (
            "transport planner",
            "transportation planner",
            "traffic engineer",
            "transport modeller",
            "travel demand modelling",
            "junction modelling",
            "transport assessment for a development",
            "bus network redesign",
            "active travel schemes",
            "low traffic neighbourhoods",
            "cycle lanes and complete streets",
            "transit planning",
            "road safety audit",
            "parking strategy",
            "VISSIM microsimulation",
            "trip generation rates",
            "mobility hubs",
            "planificación del transporte",
            "ingeniero de tráfico",
            "verkehrsplaner",
            "verkehrsplanung",
            "planification des transports",
            "pianificazione dei trasporti",
            "planejamento de transportes",
        ),
        (
            "planning my trip to japan",
            "travel planning for the holidays",
            "stuck in traffic",
            "website traffic is up",
            "transport yourself to the 80s",
            "bus driver",
            "train driver",
            "meal planning sunday",
            "wedding planning",
            "transport of delight",
            "heat transport in the ocean",
        ),
        (
            "transport planner",
            "transportation planning",
            "traffic engineering",
            "transit planning",
            "transport modelling",
            "transportation engineering",
            "traffic planning",
        ),
        ("urban planning", "public transport"),
    ),
    (
        "radiotherapy",
        (
            "therapeutic radiographer",
            "radiation therapist",
            "radiation oncologist",
            "radiotherapy physicist",
            "medical physicist in radiotherapy",
            "dosimetrist",
            "treatment planning for head and neck",
            "linac treatments all day",
            "IMRT and VMAT plans",
            "stereotactic radiosurgery",
            "proton beam therapy centre",
            "brachytherapy service",
            "mould room for radiotherapy masks",
            "CBCT image guidance",
            "radiotherapy treatment review clinic",
            "fractions and dose constraints",
            "radioterapeuta",
            "técnico en radioterapia",
            "strahlentherapie",
            "mtra in der strahlentherapie",
            "radiothérapie",
            "manipulateur en radiothérapie",
            "radioterapia oncologica",
        ),
        (
            "radio show tonight",
            "radiology report",
            "radioactive album",
            "x-ray at a&e",
            "retail therapy",
            "therapy session tuesday",
            "radiation from my phone",
            "chemo brain, need coffee",
            "radiohead gig",
            "sun radiation and sunscreen",
            "radiator leaking",
        ),
        (
            "radiation therapy",
            "radiation oncology",
            "radiotherapist",
            "therapeutic radiography",
            "radiation therapist",
            "dosimetry",
        ),
        ("medicine",),
    ),
    (
        "music therapy",
        (
            "music therapist",
            "board certified music therapist",
            "MT-BC",
            "HCPC registered music therapist",
            "neurologic music therapy",
            "music therapy in dementia care",
            "music therapy session with nonverbal kids",
            "songwriting with clients",
            "improvisation in therapy",
            "music therapy for autism",
            "music therapy internship",
            "nordoff robbins",
            "music therapy student",
            "music and health practitioner",
            "guided imagery and music",
            "hospice music therapist",
            "musicoterapia",
            "musicoterapeuta",
            "musiktherapeutin",
            "musicothérapeute",
            "musicoterapia in ospedale",
        ),
        (
            "music is my therapy",
            "retail therapy",
            "sound bath and crystals",
            "binaural beats for sleep",
            "playlist for therapy session vibes",
            "physical therapy after knee surgery",
            "music teacher at the primary school",
            "therapy speak",
            "karaoke therapy",
            "music production for beginners",
            "healing frequencies 528hz",
        ),
        ("music therapist", "music therapists", "musical therapy", "NMT", "neurologic music therapy"),
        ("mental health",),
    ),
    (
        "occupational health",
        (
            "occupational health nurse",
            "occupational health physician",
            "occupational medicine doctor",
            "OH adviser",
            "fitness for work assessments",
            "health surveillance at work",
            "audiometry and spirometry screening",
            "return to work after long term sickness",
            "reasonable adjustments report",
            "management referral",
            "workplace health and wellbeing",
            "ergonomic assessments",
            "occupational hygienist",
            "exposure monitoring for silica",
            "pre-employment medicals",
            "SCPHN occupational health",
            "salud laboral",
            "medicina del trabajo",
            "betriebsärztin",
            "arbeitsmedizin",
            "médecine du travail",
            "medicina do trabalho",
        ),
        (
            "occupational therapy for my son",
            "occupation of the territory",
            "what's your occupation",
            "health and fitness journey",
            "mental health day off",
            "work from home setup",
            "workplace drama",
            "health insurance at work",
            "working out at the gym",
            "occupy wall street",
            "employee benefits platform",
        ),
        (
            "occupational medicine",
            "occupational health nursing",
            "occupational hygiene",
            "workplace health",
            "OH",
            "occ health",
        ),
        ("health and safety",),
    ),
    (
        "infection control",
        (
            "infection prevention and control nurse",
            "IPC nurse",
            "infection preventionist",
            "hand hygiene audits",
            "outbreak management on the ward",
            "c diff and mrsa surveillance",
            "PPE donning and doffing training",
            "antimicrobial stewardship",
            "sterile services department",
            "decontamination lead",
            "CBIC certified infection preventionist",
            "isolation precautions",
            "hospital acquired infections",
            "central line bundle compliance",
            "norovirus ward closures",
            "APIC conference",
            "prevención y control de infecciones",
            "enfermera de control de infecciones",
            "krankenhaushygiene",
            "hygienefachkraft",
            "hygiène hospitalière",
            "controllo delle infezioni",
            "controle de infecção hospitalar",
        ),
        (
            "my phone has an infection of spam",
            "infectious laugh",
            "ear infection again",
            "virus on my laptop",
            "self control",
            "control freak",
            "birth control",
            "cleaning my house",
            "infected by the hype",
            "zombie infection game",
            "mission control",
        ),
        (
            "infection prevention",
            "infection prevention and control",
            "IPC",
            "IPAC",
            "hospital hygiene",
            "infection preventionist",
        ),
        ("infectious diseases",),
    ),
    (
        "haematology",
        (
            "haematologist",
            "hematologist",
            "haematology registrar",
            "hematology oncology fellow",
            "bone marrow biopsy list",
            "stem cell transplant unit",
            "leukaemia and lymphoma clinic",
            "myeloma patients",
            "anticoagulation clinic",
            "sickle cell and thalassaemia service",
            "blood film review",
            "haematology lab scientist",
            "coagulation lab",
            "transfusion medicine",
            "CAR-T therapy",
            "ASH annual meeting",
            "hematología clínica",
            "hematólogo",
            "hämatologie",
            "hématologie",
            "ematologia",
            "hematologista",
        ),
        (
            "blood donation drive",
            "blood type diet",
            "bad blood between them",
            "blood moon tonight",
            "first blood",
            "vampire novels",
            "cardio workout",
            "blood orange season",
            "blood pressure cuff",
            "blood sugar spike",
            "bloodborne game",
        ),
        ("hematology", "haematologist", "hematologist", "hematology oncology", "heme onc", "blood disorders"),
        ("medicine",),
    ),
    (
        "nephrology",
        (
            "nephrologist",
            "renal physician",
            "renal nurse",
            "dialysis nurse",
            "haemodialysis unit",
            "peritoneal dialysis",
            "kidney transplant team",
            "chronic kidney disease clinic",
            "eGFR trends",
            "AKI on the ward",
            "nephrology fellowship",
            "glomerulonephritis case",
            "renal dietitian",
            "home dialysis program",
            "kidney week",
            "nefrología",
            "nefrólogo",
            "nephrologie",
            "néphrologue",
            "nefrologia",
            "nefrologista",
        ),
        (
            "kidney beans in the chilli",
            "steak and kidney pie",
            "kidney shaped pool",
            "kidney stones hurt",
            "donating my kidney joke",
            "urology appointment",
            "kidney shaped table",
            "nephew's birthday",
            "cleanse for kidney detox",
            "adrenal fatigue influencer",
        ),
        ("renal medicine", "nephrologist", "kidney medicine", "dialysis", "renal", "kidney care"),
        ("medicine",),
    ),
    (
        "rheumatology",
        (
            "rheumatologist",
            "rheumatology registrar",
            "rheumatology nurse specialist",
            "rheumatoid arthritis clinic",
            "lupus and vasculitis",
            "axial spondyloarthritis",
            "psoriatic arthritis patients",
            "biologics clinic",
            "joint injections list",
            "gout flare management",
            "DMARD monitoring",
            "early inflammatory arthritis clinic",
            "EULAR congress",
            "ACR convergence",
            "connective tissue disease",
            "rheumatology fellowship",
            "reumatología",
            "reumatólogo",
            "rheumatologie",
            "rhumatologie",
            "reumatologia",
            "reumatologista",
        ),
        (
            "rheumy eyes",
            "my knees ache in the cold",
            "arthritis in my dog",
            "joint account",
            "smoking a joint",
            "rum tasting",
            "old man yells at cloud",
            "roommate drama",
            "physiotherapy exercises",
            "sports injury",
        ),
        ("rheumatologist", "rheumatologists", "rheum", "rheumatic diseases", "inflammatory arthritis"),
        ("medicine",),
    ),
    (
        "crystallography",
        (
            "crystallographer",
            "x-ray crystallography",
            "protein crystallography",
            "solved the structure at 1.8 angstrom",
            "crystals finally diffracted",
            "beamtime at the synchrotron",
            "collecting data at diamond light source",
            "crystal screening plates",
            "molecular replacement worked",
            "refinement in phenix",
            "small molecule crystallography",
            "single crystal diffraction",
            "powder diffraction and rietveld",
            "electron density map",
            "crystallisation trials",
            "IUCr congress",
            "cristalografía de rayos x",
            "kristallographie",
            "cristallographie",
            "cristallografia",
            "cristalografia de proteínas",
        ),
        (
            "healing crystals and reiki",
            "crystal meth",
            "crystal clear",
            "crystal palace fc",
            "swarovski crystal",
            "crystal ball predictions",
            "crystal skull",
            "sugar crystals in the honey",
            "breaking bad rewatch",
            "crystal pepsi",
            "geode hunting",
        ),
        (
            "crystallographer",
            "x-ray crystallography",
            "protein crystallography",
            "diffraction",
            "structural crystallography",
        ),
        ("chemistry",),
    ),
    (
        "medicinal chemistry",
        (
            "medicinal chemist",
            "med chem",
            "drug discovery chemist",
            "hit to lead",
            "lead optimisation",
            "SAR tables",
            "structure activity relationships",
            "made 12 analogues this week",
            "synthetic chemist in pharma",
            "ADME properties",
            "lipophilic efficiency",
            "fragment-based drug design",
            "kinase inhibitor series",
            "PROTAC design",
            "med chem CRO",
            "computational chemistry and docking",
            "química médica",
            "química farmacéutica",
            "medizinische chemie",
            "chimie médicinale",
            "chimica farmaceutica",
            "química medicinal",
        ),
        (
            "medicinal herbs in the garden",
            "medicinal mushrooms tea",
            "chemistry between the actors",
            "team chemistry",
            "my chemical romance",
            "pharmacy opening hours",
            "taking my medication",
            "chemistry homework help",
            "breaking bad",
            "medical cannabis",
            "recreational drugs",
        ),
        ("med chem", "medchem", "medicinal chemist", "pharmaceutical chemistry", "drug design"),
        ("chemistry", "pharmaceutical industry"),
    ),
    (
        "metrology",
        (
            "metrologist",
            "calibration technician",
            "calibration lab",
            "dimensional metrology",
            "CMM programmer",
            "coordinate measuring machine",
            "measurement uncertainty budget",
            "ISO 17025 accreditation",
            "traceability to national standards",
            "gauge R&R study",
            "GD&T callouts",
            "laser tracker measurements",
            "surface roughness measurement",
            "calibrating torque wrenches",
            "quality inspector with a micrometer",
            "national physical laboratory",
            "metrología",
            "técnico de calibración",
            "messtechnik",
            "métrologie",
            "metrologia",
        ),
        (
            "meteorology and weather forecasts",
            "metro train strike",
            "metronome practice",
            "measuring flour for the cake",
            "tape measure for the sofa",
            "measure twice cut once",
            "metrics dashboard",
            "body measurements progress",
            "metro boomin",
            "calibrating my monitor",
        ),
        (
            "metrologist",
            "calibration",
            "measurement science",
            "dimensional inspection",
            "CMM",
            "quality inspection",
        ),
        ("engineering",),
    ),
    (
        "regulatory affairs",
        (
            "regulatory affairs specialist",
            "regulatory affairs manager",
            "RA manager medical devices",
            "regulatory submissions",
            "IND and NDA filings",
            "eCTD submission",
            "510(k) clearance",
            "CE marking technical file",
            "MDR transition",
            "notified body audit",
            "regulatory strategy for a new drug",
            "labelling and artwork changes",
            "RAPS member",
            "RAC certified",
            "marketing authorisation application",
            "variations and renewals",
            "asuntos regulatorios",
            "técnico de registros sanitarios",
            "zulassungsmanagerin",
            "affaires réglementaires",
            "affari regolatori",
            "assuntos regulatórios",
        ),
        (
            "regulatory capture in politics",
            "financial regulation news",
            "crypto regulation debate",
            "love affairs",
            "current affairs podcast",
            "regular coffee please",
            "state of affairs",
            "regulating my emotions",
            "foreign affairs",
            "compliance training at work",
            "gun regulation",
        ),
        (
            "regulatory affairs specialist",
            "regulatory science",
            "drug regulatory affairs",
            "medical device regulatory",
            "regulatory submissions",
        ),
        ("pharmaceutical industry",),
    ),
    (
        "quality management",
        (
            "quality manager",
            "quality engineer",
            "QHSE manager",
            "ISO 9001 lead auditor",
            "quality management system",
            "QMS documentation",
            "CAPA and root cause analysis",
            "non-conformance reports",
            "internal quality audits",
            "supplier quality engineer",
            "PPAP and APQP",
            "FMEA workshop",
            "8D problem solving",
            "six sigma black belt",
            "statistical process control",
            "GMP quality assurance",
            "QC inspector on the line",
            "gestión de calidad",
            "ingeniero de calidad",
            "qualitätsmanagement",
            "qualitätsingenieur",
            "responsable qualité",
            "gestione della qualità",
            "gestão da qualidade",
        ),
        (
            "quality time with the family",
            "good quality sleep",
            "high quality photos",
            "quality of life",
            "quality street chocolates",
            "managing my time better",
            "anger management",
            "software testing",
            "product reviews",
            "quality over quantity",
            "quality content",
        ),
        (
            "quality control",
            "quality engineering",
            "QMS",
            "QA/QC",
            "QHSE",
            "quality manager",
            "six sigma",
            "lean six sigma",
        ),
        ("manufacturing",),
    ),
    (
        "motion design",
        (
            "motion designer",
            "motion graphics designer",
            "after effects animator",
            "mograph artist",
            "kinetic typography piece",
            "logo animation for a client",
            "explainer video animation",
            "cinema 4d and redshift",
            "easing curves in the graph editor",
            "title sequence design",
            "broadcast graphics package",
            "lottie animations for the app",
            "animated social ads",
            "motion design reel 2025",
            "shape layers all day",
            "2d motion graphics freelancer",
            "diseñador de motion graphics",
            "animación de logotipos",
            "motion designerin",
            "graphiste motion design",
            "motion designer freelance",
        ),
        (
            "motion sickness on the ferry",
            "motion to adjourn the meeting",
            "slow motion video of my dog",
            "going through the motions",
            "motion sensor lights",
            "interior design ideas",
            "car design",
            "stop motion lego film",
            "motion passed at the council",
            "bowel motion",
            "emotional support",
        ),
        (
            "motion graphics design",
            "motion designer",
            "mograph",
            "motion graphics designer",
            "after effects animation",
            "kinetic typography",
        ),
        ("animation", "design"),
    ),
    (
        "art direction",
        (
            "art director",
            "associate art director",
            "art director at an agency",
            "creative director and art director duo",
            "art direction for a campaign",
            "moodboards and shoot direction",
            "art directed the album cover",
            "print and digital campaigns",
            "D&AD pencil",
            "cannes lions shortlist",
            "ADC awards",
            "concepting with my copywriter",
            "key visual for the launch",
            "art direction for editorial shoots",
            "brand campaign art direction",
            "production designer and art director on a feature",
            "director de arte publicitario",
            "dirección de arte",
            "art directorin",
            "directeur artistique",
            "direttore artistico",
            "diretor de arte",
        ),
        (
            "directions to the art gallery",
            "art history lecture",
            "film director",
            "board of directors",
            "managing director",
            "art of war",
            "my art journal",
            "direction of travel",
            "one direction fan",
            "artistic direction of the festival, music programme",
            "direct debit",
        ),
        ("art director", "art directors", "creative direction", "art directing"),
        ("design",),
    ),
    (
        "3d modelling",
        (
            "3d artist",
            "3d modeller",
            "3d modeler",
            "blender artist",
            "hard surface modelling",
            "character modelling in zbrush",
            "sculpting in zbrush",
            "retopology and uv unwrapping",
            "substance painter texturing",
            "game-ready asset",
            "low poly model",
            "archviz renders",
            "3d environment artist",
            "donut tutorial done",
            "maya modelling",
            "PBR materials",
            "3d props for a game",
            "modelado 3d",
            "artista 3d",
            "3d-modellierung",
            "modélisation 3d",
            "modellazione 3d",
            "modelagem 3d",
        ),
        (
            "3d printing a benchy",
            "fashion model casting",
            "role model",
            "model trains",
            "3d glasses at the cinema",
            "modelling agency",
            "data modelling",
            "financial modelling in excel",
            "business model",
            "3d movie night",
            "scale model kits",
        ),
        (
            "3d modeling",
            "3d art",
            "3d artist",
            "3d modeller",
            "3d modelling and animation",
            "3d sculpting",
            "cg art",
        ),
        ("art",),
    ),
    (
        "colour grading",
        (
            "colourist",
            "colorist",
            "senior colourist",
            "grading in davinci resolve",
            "color grading a feature",
            "colour grade for a music video",
            "LUTs and film emulation",
            "ACES workflow",
            "HDR grade for netflix",
            "node tree in resolve",
            "skin tones on the vectorscope",
            "grading suite",
            "color correction and grading",
            "look development for a commercial",
            "baselight grading",
            "dailies colourist",
            "colorista de cine",
            "etalonaje",
            "farbkorrektur",
            "étalonneur",
            "etalonnage",
            "colorista",
        ),
        (
            "hair colour",
            "colouring book",
            "colour blind",
            "grading papers all night",
            "exam grades out",
            "grade 5 piano",
            "color analysis, I'm a winter",
            "paint colour for the lounge",
            "colourful language",
            "road grading",
            "colour of the year",
        ),
        ("color grading", "colourist", "colorist", "colour correction", "color correction", "colour grader"),
        ("film", "video editing"),
    ),
    (
        "set design",
        (
            "set designer",
            "production designer",
            "scenic designer",
            "theatre designer",
            "set and costume designer",
            "white card model box",
            "scale model of the set",
            "set construction in the workshop",
            "scenic artist",
            "art department on a feature",
            "set dresser",
            "props buyer",
            "stage design for the tour",
            "building the set for the musical",
            "standby art director",
            "design for the opera",
            "escenógrafo",
            "escenografía",
            "bühnenbildner",
            "bühnenbild",
            "scénographe",
            "scenografo",
            "cenógrafo",
        ),
        (
            "setting goals for the year",
            "tennis set point",
            "dj set tonight",
            "lego set",
            "set in my ways",
            "skill set",
            "photo set",
            "data set",
            "interior design for my flat",
            "sunset walks",
            "table setting for the dinner",
        ),
        (
            "set designer",
            "production design",
            "scenic design",
            "scenography",
            "stage design",
            "theatre design",
            "set decoration",
        ),
        ("theatre",),
    ),
    (
        "music industry",
        (
            "music industry professional",
            "artist manager",
            "A&R scout",
            "record label owner",
            "label manager",
            "music publisher",
            "sync licensing",
            "booking agent",
            "tour manager",
            "music PR and radio plugging",
            "royalties and publishing splits",
            "music business degree",
            "working at a record label",
            "artist development",
            "streaming strategy for a release",
            "independent label",
            "music industry networking",
            "industria musical",
            "mánager de artistas",
            "musikindustrie",
            "plattenfirma",
            "industrie musicale",
            "industria discografica",
            "indústria musical",
        ),
        (
            "listening to music all day",
            "music lover",
            "playing guitar",
            "concert tonight",
            "industrial music",
            "industry plant",
            "record breaking",
            "vinyl collection",
            "music festival weekend",
            "industry news",
            "labelling the storage boxes",
        ),
        (
            "music business",
            "artist management",
            "A&R",
            "music management",
            "record label",
            "record labels",
            "tour management",
            "music publishing",
        ),
        (),
    ),
    (
        "visual merchandising",
        (
            "visual merchandiser",
            "VM manager",
            "window dresser",
            "window display design",
            "store window installation",
            "planograms",
            "visual merchandising for a fashion retailer",
            "mannequin styling",
            "floor set and store layout",
            "christmas windows install",
            "retail display design",
            "pop-up shop fit",
            "in-store displays",
            "visual standards for the store",
            "merchandising the new collection",
            "point of sale displays",
            "escaparatista",
            "visual merchandiser en tienda",
            "schaufenstergestalter",
            "étalagiste",
            "vetrinista",
            "vitrinista",
        ),
        (
            "band merch table",
            "merch drop",
            "visual learner",
            "visual studio",
            "window cleaner",
            "windows update",
            "mannequin challenge",
            "visual novel",
            "display port",
            "retail therapy",
            "shop window shopping",
        ),
        ("visual merchandiser", "window dressing", "window display", "retail display", "store display"),
        ("retail",),
    ),
    (
        "office administration",
        (
            "office administrator",
            "office manager",
            "administrative assistant",
            "admin assistant",
            "receptionist at a dental practice",
            "front desk receptionist",
            "office coordinator",
            "secretary at the school office",
            "medical secretary",
            "filing, diary management and minutes",
            "ordering stationery and supplies",
            "data entry and invoicing",
            "booking meeting rooms",
            "answering phones and greeting visitors",
            "admin queen of the office",
            "administrative professionals day",
            "business administration apprenticeship",
            "auxiliar administrativo",
            "administrativa en una oficina",
            "bürokauffrau",
            "sekretärin",
            "secrétaire administrative",
            "impiegata amministrativa",
            "assistente administrativa",
        ),
        (
            "server admin",
            "admin of the facebook group",
            "discord mod and admin",
            "the administration's new policy",
            "biden administration",
            "secretary of state",
            "office hours with the professor",
            "the office rewatch",
            "home office setup",
            "post office queue",
            "admin of doing my taxes",
            "secretary bird",
        ),
        (
            "office manager",
            "office management",
            "administration",
            "administrative assistant",
            "admin",
            "receptionist",
            "secretary",
            "secretarial work",
        ),
        (),
    ),
    (
        "executive assistant",
        (
            "executive assistant to the CEO",
            "EA to the managing director",
            "personal assistant to a founder",
            "chief of staff and EA",
            "executive PA",
            "diary management across time zones",
            "managing the CEO's calendar",
            "board pack preparation",
            "travel itineraries for my exec",
            "gatekeeping the inbox",
            "virtual assistant for small business owners",
            "supporting two directors",
            "EA community",
            "executive support professional",
            "private PA to a family office",
            "event and travel coordination for leadership",
            "asistente de dirección",
            "secretaria de dirección",
            "assistenz der geschäftsführung",
            "assistante de direction",
            "assistente di direzione",
            "secretária executiva",
        ),
        (
            "executive order signed",
            "executive function and adhd",
            "executive producer",
            "teaching assistant in year 2",
            "google assistant",
            "voice assistant alexa",
            "shop assistant",
            "assistant referee",
            "executive decision: pizza",
            "PA system at the gig",
            "research assistant in the lab",
            "physician assistant",
        ),
        ("executive assistants", "EA", "personal assistant", "PA", "virtual assistant", "executive support"),
        (),
    ),
    (
        "internal communications",
        (
            "internal comms manager",
            "internal communications lead",
            "employee communications",
            "employee engagement and comms",
            "all-hands meeting comms",
            "intranet content",
            "CEO messaging and town halls",
            "change communications",
            "staff newsletter",
            "employee experience and internal comms",
            "IoIC member",
            "frontline employee comms",
            "leadership communications",
            "comms plan for the reorg",
            "employee advocacy programme",
            "internal comms strategy",
            "comunicación interna",
            "interne kommunikation",
            "communication interne",
            "comunicazione interna",
            "comunicação interna",
        ),
        (
            "internal bleeding",
            "internal medicine",
            "internal monologue",
            "comms tower",
            "communication skills in relationships",
            "telecommunications network",
            "internal combustion engine",
            "communicating with my toddler",
            "external hard drive",
            "radio comms",
            "internalised misogyny",
        ),
        (
            "internal comms",
            "employee communications",
            "employee comms",
            "staff communications",
            "employee engagement",
        ),
        ("public relations",),
    ),
    (
        "investor relations",
        (
            "investor relations manager",
            "head of investor relations",
            "IR director",
            "earnings call prep",
            "quarterly results day",
            "roadshow with the CFO",
            "annual general meeting",
            "capital markets day",
            "shareholder engagement",
            "sell-side analyst meetings",
            "consensus estimates",
            "IR website and results presentation",
            "NIRI member",
            "IR society",
            "ESG investor engagement",
            "IPO readiness",
            "relación con inversores",
            "relaciones con inversionistas",
            "investor relations managerin",
            "relations investisseurs",
            "relazioni con gli investitori",
            "relações com investidores",
        ),
        (
            "angel investor in my friend's startup",
            "investing in index funds",
            "relationship advice",
            "international relations",
            "public relations",
            "stock tips",
            "crypto bro",
            "family relations",
            "race relations",
            "day trading",
            "shark tank",
        ),
        ("IR", "investor relations officer", "shareholder relations", "investor communications"),
        ("corporate finance",),
    ),
    (
        "treasury",
        (
            "treasury analyst",
            "group treasurer",
            "corporate treasury team",
            "cash management and forecasting",
            "cash pooling",
            "FX hedging",
            "liquidity management",
            "bank relationship management",
            "debt capital markets",
            "revolving credit facility",
            "treasury management system",
            "intercompany funding",
            "ACT qualified",
            "working capital optimisation",
            "interest rate swaps",
            "treasury operations",
            "tesorería corporativa",
            "tesorero de empresa",
            "konzerntreasury",
            "trésorerie d'entreprise",
            "tesoreria aziendale",
            "tesouraria",
        ),
        (
            "treasure hunt",
            "treasure island",
            "national treasure",
            "HM treasury",
            "US treasury bonds yields",
            "treasurer of the football club",
            "pirate treasure",
            "treasury secretary",
            "secretary of the treasury",
            "hidden treasure",
            "treasure trove",
        ),
        ("treasury management", "treasurer", "cash management", "treasury operations"),
        ("corporate finance",),
    ),
    (
        "business intelligence",
        (
            "business intelligence analyst",
            "BI developer",
            "BI analyst",
            "power bi dashboards",
            "tableau developer",
            "looker and lookml",
            "DAX measures",
            "star schema data model",
            "reporting analyst",
            "KPI dashboards for the board",
            "self-service analytics",
            "semantic layer",
            "ETL for the data warehouse",
            "qlik sense",
            "SSRS reports",
            "microsoft fabric",
            "inteligencia de negocios",
            "analista de bi",
            "business-intelligence-entwickler",
            "informatique décisionnelle",
            "analista di business intelligence",
            "inteligência de negócios",
        ),
        (
            "military intelligence",
            "artificial intelligence",
            "emotional intelligence",
            "intelligence agencies",
            "business school",
            "business casual",
            "intelligent design",
            "smart home",
            "IQ test",
            "business news",
            "bi the way",
        ),
        ("BI", "power bi", "BI analytics", "bi development", "tableau"),
        ("data science",),
    ),
    (
        "records management",
        (
            "records manager",
            "records management specialist",
            "information governance",
            "information governance officer",
            "retention schedules",
            "document control",
            "document controller",
            "file plan",
            "disposal and destruction schedules",
            "electronic document management",
            "SharePoint records",
            "FOI and subject access requests",
            "ARMA member",
            "ISO 15489",
            "records centre",
            "metadata and classification",
            "gestión documental",
            "gestor documental",
            "schriftgutverwaltung",
            "dokumentenmanagement",
            "gestion des documents d'archives",
            "gestione documentale",
            "gestão documental",
        ),
        (
            "world record attempt",
            "vinyl records collection",
            "record label",
            "medical records request",
            "record breaking heat",
            "off the record",
            "criminal record",
            "recording studio",
            "personal best record",
            "track record",
            "on the record",
        ),
        (
            "records manager",
            "information governance",
            "document control",
            "document management",
            "records and information management",
            "RIM",
        ),
        (),
    ),
    (
        "astrobiology",
        (
            "astrobiologist",
            "astrobiology researcher",
            "searching for life beyond earth",
            "biosignatures in exoplanet atmospheres",
            "extremophiles as analogues for mars",
            "habitability of icy moons",
            "ocean worlds like europa and enceladus",
            "origin of life research",
            "phd student in astrobiology",
            "looking for signs of ancient life in martian rocks",
            "technosignatures and the search for extraterrestrial intelligence",
            "prebiotic chemistry lab",
            "microbial life in extreme environments",
            "hydrothermal vents and the origins of life",
            "planetary protection officer",
            "could microbes survive under the martian surface?",
            "astrobiología y vida en otros planetas",
            "astrobiologie: die suche nach außerirdischem leben",
            "astrobiologiste, recherche de vie ailleurs",
            "astrobiologia e pianeti abitabili",
            "astrobiologia: vida fora da terra",
        ),
        (
            "alien abduction stories",
            "ufo sighting over the lake last night",
            "ancient aliens marathon on tv",
            "alien costume for halloween",
            "life on mars by david bowie",
            "aliens movie night, ripley is iconic",
            "resident alien visa paperwork",
            "my horoscope says mercury is in retrograde",
            "biology homework on plant cells",
            "felt like an alien at that party",
        ),
        (
            "astrobiologist",
            "astrobiologists",
            "exobiology",
            "bioastronomy",
            "search for extraterrestrial life",
        ),
        ("astronomy", "biology", "space"),
    ),
    (
        "geophysics",
        (
            "geophysicist",
            "exploration geophysics",
            "seismic interpretation",
            "processing seismic reflection data",
            "gravity and magnetic surveys",
            "ground penetrating radar survey",
            "electrical resistivity tomography",
            "near-surface geophysics",
            "earth's magnetic field and the core dynamo",
            "mantle convection models",
            "geodesy and gps monitoring of crustal deformation",
            "inverse problems in geophysics",
            "marine geophysics cruise",
            "geophysical survey of an archaeological site",
            "full waveform inversion",
            "msc in geophysics",
            "geofísico de exploración",
            "geophysikerin, seismische daten",
            "géophysicien, prospection sismique",
            "geofisica applicata",
            "geofísica de petróleo",
        ),
        (
            "physical therapy for my knee",
            "physics homework due tomorrow",
            "astrophysics documentary",
            "geography quiz night",
            "geo-targeted ads",
            "magnetic eyelashes",
            "ground coffee beans",
            "gravity blanket for anxiety",
            "radar love on the radio",
            "wave pool at the water park",
        ),
        (
            "geophysicist",
            "geophysicists",
            "applied geophysics",
            "exploration geophysics",
            "solid earth geophysics",
        ),
        ("geology", "physics"),
    ),
    (
        "primatology",
        (
            "primatologist",
            "studying chimpanzee behaviour in the field",
            "gorilla conservation research",
            "orangutan rehabilitation centre",
            "primate behaviour and cognition",
            "field station in the forest with the lemurs",
            "baboon troop social hierarchy",
            "bonobo research",
            "primate sanctuary volunteer",
            "phd in primate ecology",
            "following a group of capuchin monkeys",
            "primate vocal communication",
            "great ape cognition lab",
            "marmoset fieldwork",
            "habituating wild chimpanzees",
            "primate conservation biologist",
            "primatóloga en el bosque tropical",
            "primatologin, schimpansen forschung",
            "primatologue en afrique centrale",
            "primatologa, studio le scimmie",
            "primatologia e conservação dos macacos",
        ),
        (
            "monkey business at the office",
            "code monkey at a startup",
            "arctic monkeys gig tonight",
            "grease monkey in the garage",
            "planet of the apes rewatch",
            "bored ape nft",
            "monkey bars at the playground",
            "gorilla glue on my shoes",
            "going ape over the new phone",
            "primary school teacher",
        ),
        ("primatologist", "primatologists", "primate research", "primate behaviour", "primate behavior"),
        ("zoology",),
    ),
    (
        "fusion energy",
        (
            "fusion energy researcher",
            "tokamak physicist",
            "plasma physics for fusion",
            "stellarator design",
            "inertial confinement fusion",
            "record fusion pulse at jet",
            "iter construction update",
            "fusion startup",
            "working on a commercial fusion power plant",
            "deuterium-tritium fuel",
            "plasma confinement and magnets",
            "high temperature superconducting magnets for fusion",
            "net energy gain at the national ignition facility",
            "tritium breeding blanket",
            "fusion engineering",
            "divertor and first wall materials",
            "energía de fusión nuclear",
            "kernfusion forschung",
            "fusion nucléaire, iter à cadarache",
            "fusione nucleare",
            "fusão nuclear",
        ),
        (
            "jazz fusion band",
            "fusion cuisine restaurant",
            "asian fusion takeaway",
            "dragon ball fusion dance",
            "spinal fusion surgery",
            "fusion reactor in a video game",
            "cold fusion scam",
            "fusion 360 cad model",
            "hair keratin fusion extensions",
            "nuclear family dinner",
        ),
        (
            "nuclear fusion",
            "fusion power",
            "fusion research",
            "fusion energy research",
            "magnetic confinement fusion",
        ),
        ("nuclear energy", "physics"),
    ),
    (
        "human-computer interaction",
        (
            "hci researcher",
            "human-computer interaction phd",
            "interaction design research",
            "user studies with participants",
            "paper accepted at chi",
            "usability study and think-aloud protocol",
            "designing interfaces for older adults",
            "accessibility research in hci",
            "computer-supported cooperative work",
            "tangible interfaces",
            "ubiquitous computing",
            "human-ai interaction",
            "eye tracking study",
            "mixed methods hci",
            "prototyping new interaction techniques",
            "lab on human factors in computing",
            "interacción persona-ordenador",
            "mensch-computer-interaktion",
            "interaction homme-machine",
            "interazione uomo-macchina",
            "interação humano-computador",
        ),
        (
            "human resources department",
            "computer repair shop",
            "social interaction anxiety",
            "drug interaction warning",
            "customer interaction in retail",
            "interactive fiction game",
            "my computer keeps crashing",
            "human league on vinyl",
            "face to face interaction",
            "interactive whiteboard in class",
        ),
        ("hci", "hci research", "interaction design research", "human factors in computing"),
        ("computer science",),
    ),
    (
        "operations research",
        (
            "operations researcher",
            "operational research analyst",
            "mixed integer programming",
            "linear programming model",
            "vehicle routing optimisation",
            "scheduling and combinatorial optimisation",
            "queueing theory",
            "stochastic optimisation",
            "supply chain optimisation model",
            "solving it with gurobi",
            "heuristics and metaheuristics",
            "simulation modelling",
            "decision analytics",
            "optimization under uncertainty",
            "phd in operations research",
            "informs annual meeting",
            "investigación operativa",
            "operations research, mathematische optimierung",
            "recherche opérationnelle",
            "ricerca operativa",
            "pesquisa operacional",
        ),
        (
            "military operations overseas",
            "hospital operating room",
            "surgery operation tomorrow",
            "operations manager at the warehouse",
            "search engine optimization",
            "covert operation in a spy film",
            "market research survey",
            "operating system update",
            "undercover police operation",
            "optimizing my morning routine",
        ),
        (
            "operational research",
            "operations researcher",
            "management science",
            "mathematical optimization",
            "mathematical optimisation",
        ),
        ("mathematics",),
    ),
    (
        "stem cell research",
        (
            "stem cell biologist",
            "stem cell scientist",
            "induced pluripotent stem cells",
            "ipsc-derived neurons",
            "organoid models",
            "hematopoietic stem cells",
            "embryonic stem cell research",
            "regenerative medicine lab",
            "differentiating stem cells into cardiomyocytes",
            "cell therapy for parkinson's",
            "mesenchymal stromal cells",
            "stem cell niche",
            "brain organoids in the lab",
            "cell reprogramming",
            "postdoc in stem cell biology",
            "tissue engineering and regeneration",
            "investigación con células madre",
            "stammzellforschung",
            "recherche sur les cellules souches",
            "ricerca sulle cellule staminali",
            "pesquisa com células-tronco",
        ),
        (
            "STEM education for girls",
            "stem ginger in the stir fry",
            "cut the flower stems",
            "stem cell serum in face cream",
            "prison cell",
            "cell phone contract",
            "solar cell panels",
            "stems from a deeper problem",
            "audio stems for remixing",
            "excel cell formula",
        ),
        ("stem cells", "stem cell biology", "stem cell science", "regenerative medicine", "organoids"),
        ("biology", "medicine"),
    ),
    (
        "citizen science",
        (
            "citizen scientist",
            "community science project",
            "logged my sightings on inaturalist",
            "counting birds for the garden bird survey",
            "classifying galaxies on zooniverse",
            "volunteer water quality monitoring",
            "bioblitz this weekend",
            "recording butterflies for the national survey",
            "crowdsourced science",
            "air quality sensors in our street",
            "submitting records to the biological records centre",
            "volunteer data collection for researchers",
            "public participation in scientific research",
            "backyard bat detector survey",
            "beach litter survey",
            "phenology observations",
            "ciencia ciudadana",
            "bürgerwissenschaft, citizen science projekt",
            "science participative",
            "scienza partecipata",
            "ciência cidadã",
        ),
        (
            "citizenship test",
            "citizens advice bureau",
            "senior citizen discount",
            "dual citizenship application",
            "science fiction book club",
            "the science of getting rich",
            "rocket science it is not",
            "political science class",
            "citizen kane screening",
            "science fair volcano",
        ),
        (
            "citizen scientist",
            "citizen scientists",
            "community science",
            "participatory science",
            "crowdsourced science",
        ),
        ("science", "volunteering"),
    ),
    (
        "open science",
        (
            "open science advocate",
            "preregistration",
            "registered reports",
            "sharing data and code",
            "posted a preprint",
            "reproducibility crisis",
            "replication study",
            "open access publishing",
            "fair data principles",
            "open peer review",
            "research transparency",
            "open materials on osf",
            "preprint on biorxiv",
            "diamond open access",
            "metascience",
            "reproducible research workflow",
            "ciencia abierta",
            "offene wissenschaft",
            "science ouverte",
            "scienza aperta",
            "ciência aberta",
        ),
        (
            "open source software",
            "open house this saturday",
            "open mic night",
            "science fiction",
            "open relationship",
            "open water swimming",
            "the shop is open late",
            "open golf championship",
            "open data portal for bus times",
            "open plan office",
        ),
        (
            "open access",
            "open research",
            "reproducible research",
            "open scholarship",
            "metascience",
            "research transparency",
        ),
        ("science", "academia"),
    ),
    (
        "science policy",
        (
            "science policy fellow",
            "science policy advisor",
            "research funding policy",
            "evidence for policymakers",
            "science diplomacy",
            "chief scientific adviser",
            "testifying to the science committee",
            "research and innovation policy",
            "r&d budget cuts",
            "aaas science and technology policy fellowship",
            "science advice to government",
            "policy brief on research funding",
            "science-policy interface",
            "advocacy for science funding",
            "horizon europe association",
            "technology assessment",
            "política científica",
            "wissenschaftspolitik",
            "politique scientifique",
            "politica della ricerca",
            "política científica e tecnológica",
        ),
        (
            "privacy policy update",
            "insurance policy renewal",
            "return policy at the store",
            "science fiction",
            "the science of sleep",
            "political science degree",
            "school uniform policy",
            "rocket science",
            "cookie policy banner",
            "foreign policy podcast",
        ),
        (
            "research policy",
            "science and technology policy",
            "sci policy",
            "science diplomacy",
            "innovation policy",
        ),
        ("science",),
    ),
    (
        "human evolution",
        (
            "paleoanthropologist",
            "human origins research",
            "hominin fossils",
            "homo erectus skull",
            "neanderthals and denisovans",
            "ancient dna and human evolution",
            "excavating a hominin site",
            "lucy australopithecus",
            "out of africa",
            "homo naledi",
            "evolution of bipedalism",
            "stone tools and early humans",
            "biological anthropology",
            "the first homo sapiens",
            "interbreeding with neanderthals",
            "cradle of humankind visit",
            "evolución humana",
            "menschliche evolution",
            "évolution humaine",
            "evoluzione umana",
            "evolução humana",
        ),
        (
            "evolution of the iphone",
            "pokemon evolution",
            "evolution of dance video",
            "personal evolution and growth",
            "evolve your brand",
            "human resources",
            "fossil fuels",
            "caveman diet",
            "evolution of the english language",
            "human league concert",
        ),
        (
            "paleoanthropology",
            "palaeoanthropology",
            "human origins",
            "hominin evolution",
            "paleoanthropologist",
        ),
        ("anthropology", "evolutionary biology"),
    ),
    (
        "WWI history",
        (
            "first world war historian",
            "great war history",
            "western front battlefield tour",
            "walking the somme battlefields",
            "trench warfare",
            "my great-grandfather served at passchendaele",
            "gallipoli campaign",
            "researching a soldier's service record from 1916",
            "battle of verdun",
            "ww1 centenary",
            "armistice day and the war poets",
            "the christmas truce of 1914",
            "western front association member",
            "ypres and the menin gate",
            "ww1 uniforms and equipment",
            "wilfred owen and the war poets",
            "home front in 1917",
            "historia de la primera guerra mundial",
            "erster weltkrieg geschichte",
            "historien de la grande guerre",
            "storia della grande guerra",
            "história da primeira guerra mundial",
        ),
        (
            "world war z zombie film",
            "the great war of the office thermostat",
            "first world problems",
            "wwe wrestling",
            "trench coat outfit",
            "call of duty multiplayer",
            "world cup 2026",
            "war of the roses",
            "poppy seed muffin",
            "world war ii documentary",
        ),
        ("world war i", "ww1", "wwi", "first world war", "great war", "world war one", "ww1 history"),
        ("history",),
    ),
    (
        "napoleonic history",
        (
            "napoleonic wars enthusiast",
            "napoleonic era historian",
            "battle of waterloo",
            "austerlitz anniversary",
            "reenacting a napoleonic regiment",
            "the grande armée",
            "peninsular war",
            "napoleon's russian campaign of 1812",
            "wellington and the allied army",
            "napoleonic uniforms",
            "the hundred days",
            "napoleonic wargaming in 28mm",
            "battle of trafalgar and nelson",
            "imperial guard",
            "reading about the marshals of napoleon",
            "guerras napoleónicas",
            "napoleonische kriege",
            "épopée napoléonienne, premier empire",
            "guerre napoleoniche",
            "guerras napoleônicas",
        ),
        (
            "napoleon dynamite quotes",
            "napoleon complex jokes",
            "waterloo by abba",
            "waterloo station delays",
            "neapolitan ice cream",
            "napoleon cake recipe",
            "brandy napoleon",
            "met my waterloo on that exam",
            "napoleon pig in animal farm",
            "emperor penguin documentary",
        ),
        ("napoleonic wars", "napoleonic era", "napoleon", "napoleonic", "first french empire"),
        ("history",),
    ),
    (
        "tudor history",
        (
            "tudor historian",
            "the six wives of henry viii",
            "anne boleyn",
            "elizabeth i and the armada",
            "tudor england",
            "visiting hampton court palace",
            "the wars of the roses and bosworth",
            "thomas cromwell",
            "dissolution of the monasteries",
            "tudor costume reenactment",
            "the english reformation under henry",
            "mary rose museum",
            "katherine of aragon",
            "tudor court intrigue",
            "wolf hall trilogy",
            "elizabethan england",
            "reading tudor primary sources",
            "historia de los tudor",
            "tudorzeit geschichte",
            "l'angleterre des tudor",
            "storia dei tudor",
            "história dos tudors",
        ),
        (
            "tudor watch review",
            "tudor style house for sale",
            "mock tudor pub",
            "tudor black bay",
            "tutor for maths gcse",
            "henry the hoover",
            "elizabeth line delays",
            "royal family gossip",
            "queen tribute band",
            "boleyn ground west ham",
        ),
        ("tudors", "the tudors", "tudor england", "tudor period", "tudor era", "elizabethan history"),
        ("history",),
    ),
    (
        "byzantine history",
        (
            "byzantinist",
            "byzantine studies",
            "the eastern roman empire",
            "constantinople",
            "justinian and theodora",
            "hagia sophia",
            "the fall of constantinople in 1453",
            "byzantine icons and mosaics",
            "komnenian restoration",
            "reading procopius",
            "the fourth crusade",
            "byzantine coins",
            "basil ii the bulgar slayer",
            "theodosian walls",
            "late antiquity and byzantium",
            "middle byzantine period",
            "historia bizantina",
            "byzantinistik",
            "histoire byzantine",
            "storia bizantina",
            "história bizantina",
        ),
        (
            "byzantine bureaucracy at work",
            "byzantine tax code",
            "byzantine rules of this game",
            "byzantine fault tolerance",
            "roman holiday film",
            "istanbul airport layover",
            "empire state building",
            "constantine tv show",
            "turkish delight",
            "byzantine generals problem in distributed systems",
        ),
        ("byzantium", "byzantine empire", "byzantine studies", "eastern roman empire", "byzantinist"),
        ("history", "medieval history"),
    ),
    (
        "viking history",
        (
            "viking age historian",
            "norse history",
            "viking age",
            "old norse sagas",
            "icelandic sagas",
            "viking reenactor",
            "viking longships",
            "norse mythology and the eddas",
            "runestones",
            "the danelaw",
            "lindisfarne raid of 793",
            "viking age archaeology",
            "visiting jorvik",
            "viking settlement in dublin",
            "norse colonies in greenland",
            "learning old norse",
            "historia vikinga",
            "wikingerzeit",
            "l'âge des vikings",
            "storia dei vichinghi",
            "história viking",
        ),
        (
            "minnesota vikings game",
            "vikings tv series",
            "viking river cruise",
            "viking ocean cruises",
            "viking helmet at the football",
            "mountain of the viking cheese",
            "thor from marvel",
            "norse code for morse",
            "vikings fans tailgating",
            "lego vikings set",
        ),
        (
            "vikings",
            "viking age",
            "norse history",
            "old norse",
            "viking history and culture",
            "norse culture",
        ),
        ("history", "medieval history"),
    ),
    (
        "maritime history",
        (
            "maritime historian",
            "naval history",
            "the age of sail",
            "royal navy history",
            "shipwreck history",
            "age of exploration voyages",
            "hms victory",
            "the mary rose",
            "maritime museum volunteer",
            "history of whaling",
            "lighthouses and coastal heritage",
            "battleships of the world wars",
            "east india company ships",
            "the titanic and transatlantic liners",
            "naval warfare in the eighteenth century",
            "researching ships' logs",
            "shipwreck archaeology",
            "historia naval",
            "seefahrtsgeschichte",
            "histoire maritime",
            "storia navale",
            "história marítima",
        ),
        (
            "sailing holiday in greece",
            "navy blue dress",
            "navy seal workout",
            "cruise ship buffet",
            "shipping delays on my order",
            "ship my two favourite characters",
            "history exam tomorrow",
            "maritime law firm",
            "port wine tasting",
            "naval gazing",
        ),
        ("naval history", "nautical history", "maritime heritage", "age of sail", "history of the sea"),
        ("history", "maritime"),
    ),
    (
        "african history",
        (
            "african historian",
            "history of africa",
            "precolonial african kingdoms",
            "the mali empire and mansa musa",
            "great zimbabwe",
            "the kingdom of kongo",
            "transatlantic slave trade history",
            "african independence movements",
            "colonial history of africa",
            "ancient nubia and kush",
            "the ashanti empire",
            "oral traditions of west africa",
            "history of the swahili coast",
            "the scramble for africa",
            "benin bronzes",
            "aksum and ethiopian history",
            "historia de áfrica",
            "afrikanische geschichte",
            "histoire de l'afrique",
            "storia dell'africa",
            "história da áfrica",
        ),
        (
            "african food festival",
            "afrobeats playlist",
            "safari holiday in kenya",
            "history homework",
            "african violet plants",
            "south african wine",
            "african grey parrot",
            "africa cup of nations",
            "africa by toto",
            "african print dress",
        ),
        ("history of africa", "african studies", "precolonial africa", "african historian"),
        ("history",),
    ),
    (
        "holocaust education",
        (
            "holocaust educator",
            "holocaust history",
            "holocaust remembrance day",
            "teaching the holocaust",
            "visiting auschwitz-birkenau",
            "survivor testimony",
            "never again",
            "yom hashoah",
            "anne frank house",
            "holocaust museum guide",
            "second generation survivor",
            "kindertransport history",
            "stolpersteine in our town",
            "genocide studies",
            "the history of the shoah",
            "memorial day for the victims of nazism",
            "educación sobre el holocausto",
            "holocaust-gedenken und erinnerungskultur",
            "mémoire de la shoah",
            "giornata della memoria",
            "educação sobre o holocausto",
        ),
        (
            "nuclear holocaust in a video game",
            "cannibal holocaust film",
            "zombie apocalypse movie",
            "memorial day barbecue",
            "education policy",
            "remember the titans",
            "never again will i eat that",
            "survivor tv show",
            "museum late night",
            "escape room",
        ),
        ("holocaust history", "holocaust studies", "holocaust remembrance", "shoah", "holocaust memory"),
        ("history", "WWII history"),
    ),
    (
        "church history",
        (
            "church historian",
            "history of christianity",
            "early church fathers",
            "patristics",
            "the protestant reformation",
            "luther and the 95 theses",
            "councils of nicaea and chalcedon",
            "medieval monasticism",
            "history of the papacy",
            "puritans and the great awakening",
            "ecclesiastical history",
            "reading augustine and chrysostom",
            "the great schism of 1054",
            "history of the early church",
            "counter-reformation",
            "church history lecture at seminary",
            "historia de la iglesia",
            "kirchengeschichte",
            "histoire de l'église",
            "storia della chiesa",
            "história da igreja",
        ),
        (
            "church wedding on saturday",
            "church street market",
            "football is my religion",
            "browser history",
            "church of the poison mind",
            "charlotte church concert",
            "history homework",
            "the church at the end of the lane",
            "parish council meeting",
            "sunday roast at the pub",
        ),
        (
            "history of christianity",
            "ecclesiastical history",
            "christian history",
            "patristics",
            "reformation history",
        ),
        ("history", "religion"),
    ),
    (
        "rhetoric",
        (
            "rhetorician",
            "rhetoric and composition",
            "rhetorical studies",
            "classical rhetoric",
            "aristotle's rhetoric",
            "ethos, pathos and logos",
            "teaching first-year writing",
            "rhetorical analysis",
            "cicero and quintilian",
            "argumentation theory",
            "the art of persuasion",
            "rhetorical criticism",
            "writing studies professor",
            "comp/rhet phd",
            "the sophists",
            "presidential rhetoric research",
            "retórica clásica",
            "rhetorik und argumentation",
            "rhétorique antique",
            "retorica classica",
            "retórica e argumentação",
        ),
        (
            "empty rhetoric from politicians",
            "rhetorical question",
            "all talk no action",
            "heated rhetoric online",
            "campaign rhetoric",
            "speech therapy",
            "debate club snacks",
            "composition notebook",
            "music composition",
            "photo composition tips",
        ),
        ("rhetorician", "rhetorical studies", "rhetoric and composition", "classical rhetoric", "rhet comp"),
        ("writing", "public speaking"),
    ),
    (
        "political economy",
        (
            "political economist",
            "international political economy",
            "comparative political economy",
            "the political economy of development",
            "varieties of capitalism",
            "power, institutions and markets",
            "the political economy of inequality",
            "reading polanyi and keynes",
            "marx's critique of political economy",
            "rent-seeking and state capture",
            "political economy of trade",
            "the politics of central banking",
            "globalisation and the nation state",
            "distributional politics",
            "ipe seminar",
            "political economy of the welfare state",
            "economía política",
            "politische ökonomie",
            "économie politique",
            "economia politica",
            "economia política",
        ),
        (
            "economy class seat",
            "economy pack of nappies",
            "fuel economy of my car",
            "political drama on netflix",
            "office politics",
            "gig economy side hustle",
            "attention economy on social media",
            "political correctness debate",
            "economy seven tariff",
            "party political broadcast",
        ),
        ("political economist", "international political economy", "comparative political economy", "ipe"),
        ("economics", "politics"),
    ),
    (
        "security studies",
        (
            "security studies scholar",
            "international security",
            "strategic studies",
            "war studies",
            "deterrence theory",
            "nuclear strategy",
            "counterterrorism research",
            "insurgency and counterinsurgency",
            "intelligence studies",
            "great power competition",
            "hybrid warfare",
            "civil-military relations",
            "arms races and alliance politics",
            "nato and european security",
            "masters in security studies",
            "defence and strategy analyst",
            "estudios de seguridad internacional",
            "sicherheitspolitik",
            "études stratégiques",
            "studi strategici",
            "estudos estratégicos e segurança internacional",
        ),
        (
            "security guard at the club",
            "cybersecurity certification",
            "airport security queue",
            "social security benefits",
            "job security",
            "home security cameras",
            "security deposit on the flat",
            "food security at the food bank",
            "securities trading",
            "security patch for windows",
        ),
        (
            "international security",
            "strategic studies",
            "war studies",
            "intelligence studies",
            "strategic studies and defence",
        ),
        ("foreign policy", "defense"),
    ),
    (
        "psephology",
        (
            "psephologist",
            "election forecasting",
            "polling analysis",
            "opinion polls and voting intention",
            "swingometer",
            "marginal seats",
            "exit poll",
            "mrp model",
            "seat projection",
            "turnout modelling",
            "election night results",
            "voter behaviour research",
            "constituency boundary changes",
            "polling average",
            "by-election result analysis",
            "election data nerd",
            "sondeos y encuestas electorales",
            "wahlforschung und umfragen",
            "sondages et projections électorales",
            "sondaggi elettorali",
            "pesquisas eleitorais",
        ),
        (
            "poll on twitter about pizza toppings",
            "pole dancing class",
            "north pole",
            "polling station volunteer",
            "student union election",
            "election of the class rep",
            "poll tax",
            "customer satisfaction survey",
            "psychology degree",
            "selection day",
        ),
        (
            "polling",
            "election analysis",
            "election forecasting",
            "opinion polls",
            "psephologist",
            "electoral analysis",
        ),
        ("politics",),
    ),
    (
        "health economics",
        (
            "health economist",
            "health economics and outcomes research",
            "heor",
            "cost-effectiveness analysis",
            "qalys",
            "health technology assessment",
            "economic evaluation of interventions",
            "markov model",
            "market access and pricing",
            "incremental cost-effectiveness ratio",
            "budget impact model",
            "nice appraisal",
            "health care financing",
            "willingness to pay thresholds",
            "health systems economics",
            "phd in health economics",
            "economía de la salud",
            "gesundheitsökonomie",
            "économie de la santé",
            "economia sanitaria",
            "economia da saúde",
        ),
        (
            "health and fitness",
            "economy class",
            "health insurance claim",
            "healthy eating on a budget",
            "cost of living crisis",
            "health food shop",
            "economics homework",
            "mental health day",
            "cheap flights",
            "hospital parking charges",
        ),
        (
            "health economist",
            "heor",
            "pharmacoeconomics",
            "health technology assessment",
            "health economics and outcomes research",
        ),
        ("economics", "public health"),
    ),
    (
        "media studies",
        (
            "media studies lecturer",
            "media and communication studies",
            "communication studies",
            "media theory",
            "studying representation in the media",
            "audience studies",
            "cultural studies and media",
            "political economy of the media",
            "film and media studies degree",
            "platform studies",
            "media literacy",
            "mcluhan's the medium is the message",
            "television studies",
            "critical media studies",
            "media effects research",
            "teaching media studies a level",
            "estudios de medios y comunicación",
            "medienwissenschaft",
            "sciences de l'information et de la communication",
            "scienze della comunicazione",
            "estudos de mídia",
        ),
        (
            "social media manager",
            "mixed media art",
            "media day at the stadium",
            "spiritual medium",
            "medium rare steak",
            "size medium hoodie",
            "media player not working",
            "press release",
            "influencer marketing",
            "journalism job",
        ),
        (
            "communication studies",
            "communications studies",
            "media theory",
            "media and communication",
            "mass communication",
        ),
        ("media",),
    ),
    (
        "climate activism",
        (
            "climate activist",
            "climate justice now",
            "climate strike",
            "fridays for future",
            "extinction rebellion",
            "marching for the climate",
            "divest from fossil fuels",
            "stop new oil and gas",
            "climate movement organiser",
            "school strike for climate",
            "just stop oil",
            "climate campaigner",
            "demanding climate action from our government",
            "climate protest this weekend",
            "organising for a green new deal",
            "greenpeace volunteer",
            "activista climática",
            "klimaaktivistin",
            "militant pour le climat",
            "attivista per il clima",
            "ativista climática",
        ),
        (
            "climate controlled storage",
            "air conditioning repair",
            "the political climate at work",
            "economic climate",
            "weather forecast",
            "climbing wall",
            "hot weather in the garden",
            "sitting in a cold office",
            "business climate survey",
            "climate model results",
        ),
        (
            "climate activist",
            "climate movement",
            "climate justice",
            "climate advocacy",
            "climate campaigning",
        ),
        ("activism", "sustainability"),
    ),
    (
        "environmental justice",
        (
            "environmental justice advocate",
            "environmental racism",
            "frontline communities",
            "fenceline communities",
            "cancer alley",
            "lead in the water in flint",
            "pollution in low-income neighbourhoods",
            "toxic waste sites near our homes",
            "climate justice for the global south",
            "community air monitoring",
            "environmental equity",
            "just transition",
            "fighting the incinerator in our neighbourhood",
            "indigenous land and water defenders",
            "ej organizer",
            "environmental health disparities",
            "justicia ambiental",
            "umweltgerechtigkeit",
            "justice environnementale",
            "giustizia ambientale",
            "justiça ambiental",
        ),
        (
            "environmental science lab",
            "justice league film",
            "criminal justice degree",
            "work environment",
            "development environment setup",
            "justin bieber",
            "poetic justice",
            "environment variable",
            "justice of the peace",
            "environmental engineering",
        ),
        ("environmental racism", "environmental equity", "environmental justice advocacy", "ej"),
        ("activism", "sustainability"),
    ),
    (
        "refugee support",
        (
            "refugee advocate",
            "refugees welcome",
            "volunteering with asylum seekers",
            "refugee resettlement caseworker",
            "english classes for refugees",
            "sponsoring a refugee family",
            "refugee rights",
            "unhcr",
            "working in a refugee camp",
            "supporting unaccompanied minors",
            "asylum caseworker",
            "welcoming ukrainian families",
            "refugee week",
            "donations for the refugee centre",
            "refugee council volunteer",
            "helping refugees find housing",
            "voluntaria con refugiados",
            "flüchtlingshilfe",
            "accueil des réfugiés",
            "accoglienza dei rifugiati",
            "apoio a refugiados",
        ),
        (
            "refuge from the rain",
            "tax haven",
            "women's refuge for domestic violence",
            "wildlife refuge trip",
            "seeking refuge in coffee",
            "fugees album",
            "the refuge bar",
            "immigration lawyer fees",
            "travel visa",
            "asylum horror game",
        ),
        (
            "refugees",
            "refugee rights",
            "refugee advocacy",
            "asylum seekers",
            "refugee resettlement",
            "refugee welcome",
        ),
        ("immigration", "humanitarian aid", "human rights"),
    ),
    (
        "reforestation",
        (
            "tree planting volunteer",
            "planted 500 trees today",
            "reforestation project",
            "restoring native woodland",
            "forest restoration",
            "tree nursery for native saplings",
            "agroforestry",
            "mangrove restoration",
            "rainforest restoration",
            "one tree planted",
            "community tree planting day",
            "rewilding with native trees",
            "seed collecting for reforestation",
            "hedgerow planting",
            "afforestation and carbon",
            "planting trees to fight deforestation",
            "reforestación",
            "aufforstung",
            "reboisement",
            "riforestazione",
            "reflorestamento",
        ),
        (
            "family tree research",
            "christmas tree shopping",
            "decision tree model",
            "tree surgeon quote",
            "forest green paint",
            "sherwood forest holiday",
            "plant-based recipes",
            "plant manager at the factory",
            "minecraft forest biome",
            "forest school for kids",
        ),
        ("tree planting", "afforestation", "reafforestation", "forest restoration", "planting trees"),
        ("forestry", "sustainability"),
    ),
    (
        "road safety",
        (
            "road safety campaigner",
            "vision zero",
            "safe streets",
            "slow down, 20 is plenty",
            "pedestrian deaths",
            "traffic safety advocate",
            "dangerous driving",
            "speed cameras save lives",
            "road crash victims",
            "don't drink and drive",
            "school crossing patrol",
            "safer junctions for cyclists",
            "traffic calming",
            "road safety week",
            "road traffic collision prevention",
            "brake road safety charity",
            "seguridad vial",
            "verkehrssicherheit",
            "sécurité routière",
            "sicurezza stradale",
            "segurança rodoviária",
        ),
        (
            "road trip playlist",
            "safety first at work",
            "health and safety training",
            "roadhouse blues",
            "safe space",
            "road to recovery",
            "safety pin",
            "safe for work",
            "on the road again",
            "online safety for kids",
        ),
        ("vision zero", "traffic safety", "safe streets", "road safety advocacy", "road safety campaign"),
        (),
    ),
    (
        "active travel",
        (
            "active travel campaigner",
            "cycling advocacy",
            "walkable cities",
            "protected bike lanes",
            "15-minute city",
            "low traffic neighbourhood",
            "school streets",
            "car-free city centre",
            "bike infrastructure",
            "cycle lanes now",
            "walking and cycling commissioner",
            "bike bus to school",
            "active transportation planning",
            "critical mass ride",
            "people-friendly streets",
            "mini-holland scheme",
            "movilidad activa",
            "radentscheid",
            "mobilité douce",
            "mobilità sostenibile",
            "mobilidade ativa",
        ),
        (
            "active travel insurance",
            "business travel",
            "travel blogger",
            "activewear haul",
            "active listening",
            "mountain biking trip",
            "spin class",
            "bike repair shop",
            "activity holiday for kids",
            "active ingredient",
        ),
        (
            "cycling advocacy",
            "walkable cities",
            "walkability",
            "active transportation",
            "active transport",
            "bike advocacy",
        ),
        ("urban planning", "cycling"),
    ),
    (
        "patient advocacy",
        (
            "patient advocate",
            "patient voice",
            "lived experience advisor",
            "patient partner in research",
            "epatient",
            "patient engagement lead",
            "speaking up for patients",
            "patient and public involvement",
            "living with a rare disease and advocating",
            "patient safety campaigner",
            "health advocacy",
            "patient representative on the trial steering committee",
            "nothing about us without us",
            "advocating for better care",
            "patients included",
            "patient organisation volunteer",
            "defensora de pacientes",
            "patientenvertreterin",
            "patient partenaire",
            "associazione pazienti",
            "defesa do paciente",
        ),
        (
            "be patient with me",
            "patience is a virtue",
            "devil's advocate",
            "legal advocate",
            "patient zero in the film",
            "doctor appointment",
            "patience card game",
            "advocate for my client in court",
            "hospital visiting hours",
            "advocate for yourself at work",
        ),
        (
            "patient advocate",
            "patient advocates",
            "patient engagement",
            "health advocacy",
            "patient voice",
            "epatient",
        ),
        ("health",),
    ),
    (
        "anti-corruption",
        (
            "anti-corruption campaigner",
            "fighting corruption",
            "transparency international",
            "government transparency",
            "beneficial ownership registers",
            "dirty money and money laundering",
            "kleptocracy",
            "illicit financial flows",
            "whistleblower protection",
            "freedom of information requests",
            "investigating bribery",
            "accountability and integrity",
            "anti-corruption lawyer",
            "open contracting",
            "tax havens and shell companies",
            "integrity in public procurement",
            "lucha contra la corrupción",
            "korruptionsbekämpfung",
            "lutte contre la corruption",
            "lotta alla corruzione",
            "combate à corrupção",
        ),
        (
            "corrupted file",
            "corrupt save file",
            "power corrupts lyrics",
            "transparency slider in photoshop",
            "transparent phone case",
            "clear glass",
            "money heist",
            "corrupt cop in the series",
            "anti-aging cream",
            "anti-virus software",
        ),
        (
            "anticorruption",
            "fighting corruption",
            "government transparency",
            "transparency and accountability",
        ),
        ("politics",),
    ),
    (
        "blood donation",
        (
            "blood donor",
            "gave blood today",
            "50th blood donation",
            "platelet donor",
            "donating plasma",
            "o negative donor",
            "give blood, save lives",
            "blood drive at work",
            "stem cell and bone marrow registry",
            "national blood service",
            "red cross blood drive",
            "bleed and biscuit",
            "whole blood donation",
            "blood donor session",
            "hosting a blood drive",
            "donación de sangre",
            "blutspende",
            "don du sang",
            "donazione di sangue",
            "doação de sangue",
        ),
        (
            "blood moon tonight",
            "true blood series",
            "bad blood with my ex",
            "blood pressure check",
            "blood test results",
            "bloodborne boss fight",
            "donations to my streaming channel",
            "blood orange juice",
            "blood type diet",
            "blood, sweat and tears at the gym",
        ),
        (
            "blood donor",
            "blood donors",
            "giving blood",
            "donating blood",
            "platelet donation",
            "plasma donation",
        ),
        ("volunteering",),
    ),
    (
        "community gardening",
        (
            "community gardener",
            "our community garden",
            "volunteer at the community garden",
            "shared garden plots",
            "neighbourhood growing project",
            "guerrilla gardening",
            "urban community farm",
            "planting day at the community orchard",
            "community allotment",
            "garden workday this saturday",
            "growing food together",
            "seed swap",
            "school garden volunteer",
            "community growing space",
            "food growing with neighbours",
            "huerto comunitario",
            "gemeinschaftsgarten",
            "jardin partagé",
            "orto condiviso",
            "horta comunitária",
        ),
        (
            "community manager",
            "community college",
            "garden party",
            "olive garden",
            "beer garden",
            "madison square garden",
            "garden centre cafe",
            "community service sentence",
            "gardening leave",
            "animal crossing island",
        ),
        (
            "community garden",
            "community gardens",
            "community gardener",
            "urban community gardening",
            "shared gardening",
        ),
        ("gardening", "volunteering"),
    ),
    (
        "rotary club",
        (
            "rotarian",
            "rotary club member",
            "rotary international",
            "service above self",
            "rotary club president",
            "rotaract",
            "interact club",
            "lions club member",
            "kiwanis",
            "polio plus",
            "club assembly and fellowship",
            "rotary district governor",
            "raising funds for the rotary foundation",
            "lions club fundraiser",
            "service club volunteer",
            "paul harris fellow",
            "socio del club rotario",
            "rotarierin",
            "membre du rotary club",
            "socio rotary",
            "rotariano",
        ),
        (
            "rotary engine",
            "rotary phone",
            "rotary tool",
            "rotary hoe",
            "lions rugby tour",
            "detroit lions",
            "the lion king",
            "golf club",
            "night club",
            "book club",
        ),
        ("rotary", "rotarian", "rotary international", "rotaract", "service clubs", "lions club"),
        ("volunteering",),
    ),
    (
        "evangelical christianity",
        (
            "evangelical christian",
            "born again believer",
            "saved by grace through faith",
            "jesus is lord",
            "sharing the gospel",
            "evangelical church member",
            "bible-believing church",
            "personal relationship with jesus",
            "small group bible study",
            "worship team at church",
            "evangelism and outreach",
            "alpha course leader",
            "gospel-centred church",
            "follower of christ",
            "reformed evangelical",
            "discipleship and prayer",
            "iglesia evangélica",
            "evangelikale gemeinde",
            "église évangélique",
            "chiesa evangelica",
            "igreja evangélica",
        ),
        (
            "evangelist for our product",
            "tech evangelist",
            "developer evangelist",
            "brand evangelist",
            "preaching to the choir",
            "gospel of wealth",
            "born again fitness fan",
            "saved my game progress",
            "christian dior bag",
            "christian name",
        ),
        ("evangelicalism", "evangelical", "evangelicals", "evangelical church", "born again christianity"),
        ("religion",),
    ),
    (
        "anglicanism",
        (
            "anglican priest",
            "church of england vicar",
            "curate in the diocese",
            "anglican communion",
            "book of common prayer",
            "choral evensong",
            "episcopal church",
            "episcopalian",
            "ordination as deacon",
            "licensed lay minister",
            "parish church warden",
            "rector of a rural benefice",
            "general synod",
            "the archbishop of canterbury",
            "high church anglo-catholic",
            "common worship liturgy",
            "iglesia anglicana",
            "anglikanische kirche",
            "église anglicane",
            "chiesa anglicana",
            "igreja anglicana",
        ),
        (
            "anglican school uniform",
            "angling with my dad",
            "anglo-saxon history",
            "english breakfast",
            "church street shops",
            "the vicar of dibley",
            "bishop chess move",
            "synod as a word of the day",
            "angle grinder",
            "common prayer app for meditation",
        ),
        (
            "anglican",
            "anglicans",
            "church of england",
            "episcopal church",
            "episcopalian",
            "anglican communion",
        ),
        ("religion",),
    ),
    (
        "latter-day saints",
        (
            "member of the church of jesus christ of latter-day saints",
            "lds",
            "returned missionary",
            "serving a mission",
            "book of mormon",
            "temple sealing",
            "general conference weekend",
            "relief society",
            "young women's president",
            "ward bishop",
            "come follow me study",
            "family home evening",
            "seminary teacher",
            "elders quorum",
            "byu alum",
            "mormon",
            "santos de los últimos días",
            "kirche jesu christi der heiligen der letzten tage",
            "saints des derniers jours",
            "santi degli ultimi giorni",
            "santos dos últimos dias",
        ),
        (
            "book of mormon musical tickets",
            "new orleans saints",
            "st helens saints",
            "saints row",
            "all saints day",
            "marching saints",
            "hospital ward",
            "general conference of the party",
            "seminary for the priesthood",
            "saints and sinners bar",
        ),
        ("lds", "mormon", "mormons", "mormonism", "lds church", "church of jesus christ"),
        ("religion",),
    ),
    (
        "christian apologetics",
        (
            "christian apologist",
            "apologetics ministry",
            "defending the faith",
            "evidence for the resurrection",
            "the case for christ",
            "c.s. lewis and mere christianity",
            "debating atheists about god",
            "kalam cosmological argument",
            "moral argument for god",
            "historical reliability of the gospels",
            "problem of evil response",
            "classical apologetics",
            "reasonable faith",
            "presuppositional apologetics",
            "fine-tuning argument",
            "give a reason for the hope within you",
            "apologética cristiana",
            "christliche apologetik",
            "apologétique chrétienne",
            "apologetica cristiana",
            "apologética cristã",
        ),
        (
            "sorry, my apologies",
            "public apology statement",
            "apologising for being late",
            "debate team tournament",
            "defending champion",
            "defending my thesis",
            "evidence in a court case",
            "atheist memes",
            "philosophy of mind class",
            "apology letter template",
        ),
        ("apologetics", "christian apologist", "christian apologists", "apologist"),
        ("religion", "philosophy"),
    ),
    (
        "missionary work",
        (
            "missionary",
            "serving as a missionary in kenya",
            "global missions",
            "mission trip",
            "short-term mission team",
            "church planting overseas",
            "bible translation work",
            "support our missionary family",
            "missionary kid",
            "cross-cultural ministry",
            "missions pastor",
            "serving with a mission agency",
            "unreached people groups",
            "prayer letter update from the field",
            "medical missions",
            "field missionary",
            "missionary on furlough",
            "misionera en áfrica",
            "missionarin",
            "missionnaire",
            "missionario",
            "missionária",
        ),
        (
            "mission impossible",
            "missionary position joke",
            "mission statement",
            "nasa mission",
            "on a mission to find good coffee",
            "mission accomplished",
            "side missions in the game",
            "mission district san francisco",
            "mission style furniture",
            "sales mission to asia",
        ),
        ("missions", "missionary", "missionaries", "mission work", "global missions", "mission trips"),
        ("religion",),
    ),
    (
        "jainism",
        (
            "jain",
            "jain dharma",
            "ahimsa and non-violence",
            "anekantavada",
            "paryushan",
            "das lakshan",
            "mahavir jayanti",
            "jain temple visit",
            "tirthankaras",
            "jain diet without root vegetables",
            "samayik meditation",
            "michhami dukkadam",
            "jain sadhvi",
            "jain community",
            "digambar and shwetambar",
            "aparigraha",
            "jain pathshala teacher",
            "jainismo y ahimsa",
            "jainismus",
            "jaïnisme",
            "giainismo",
            "jainismo",
        ),
        (
            "jane austen",
            "jain university admissions",
            "jane doe",
            "james bond",
            "temple run game",
            "temple bar in dublin",
            "mahindra car",
            "indian food",
            "yoga class",
            "non-violent video game",
        ),
        ("jain", "jains", "jain dharma", "jain religion", "jain philosophy"),
        ("religion",),
    ),
    (
        "taoism",
        (
            "taoist",
            "daoism",
            "tao te ching",
            "laozi",
            "zhuangzi",
            "wu wei",
            "the way of the tao",
            "taoist meditation",
            "daoist priest",
            "yin and yang philosophy",
            "taoist temple",
            "internal alchemy",
            "qigong and daoist practice",
            "taoist cultivation",
            "daodejing study",
            "the uncarved block",
            "taoísmo",
            "daoismus",
            "taoïsme",
            "taoismo",
            "taoísmo e filosofia chinesa",
        ),
        (
            "tao of pooh reading",
            "the tao of steve",
            "tao of jeet kune do",
            "yin yang tattoo",
            "chinese takeaway",
            "tai chi class",
            "feng shui consultant",
            "kung fu panda",
            "the way of kings book",
            "road trip on the way",
        ),
        ("daoism", "taoist", "daoist", "tao", "taoist philosophy", "daoist philosophy"),
        ("religion", "philosophy"),
    ),
    (
        "fortnite",
        (
            "fortnite player",
            "dropped into tilted towers",
            "victory royale with the squad",
            "fortnite zero build",
            "new fortnite season just dropped",
            "grinding the fortnite battle pass",
            "fortnite creative map maker",
            "fortnite cash cup qualifier",
            "building and editing practice in fortnite",
            "fortnite streamer",
            "got a crown win tonight",
            "fortnite arena points grind",
            "lego fortnite with my kids",
            "fortnite festival jam session",
            "og fortnite is back",
            "box fights and piece control",
            "jugando fortnite con amigos",
            "fortnite zocken mit den jungs",
            "partie de fortnite ce soir",
            "partita a fortnite con gli amici",
            "jogando fortnite no sábado",
        ),
        (
            "a fortnight in spain",
            "fortnightly bin collection",
            "building a blanket fort with the kids",
            "fort lauderdale beach trip",
            "fortnum and mason hamper",
            "battle royale, the 2000 japanese film",
            "royal family news",
            "storm warning for the weekend",
            "fort william to glencoe walk",
            "night shift every other week",
        ),
        (
            "fortnite battle royale",
            "fortnite br",
            "fortnite creative",
            "fortnite zero build",
            "fortnite player",
        ),
        ("gaming",),
    ),
    (
        "call of duty",
        (
            "call of duty player",
            "warzone with the boys",
            "cod zombies grinder",
            "hit prestige master",
            "ranked play in black ops 6",
            "modern warfare multiplayer every night",
            "camo grind for the new season",
            "dropped a nuke tonight",
            "search and destroy in ranked",
            "cdl match day",
            "quickscoping montage",
            "dmz squad looking for players",
            "cod mobile ranked",
            "best loadout for warzone",
            "playing black ops",
            "call of duty league fan",
            "jugando call of duty",
            "partida de warzone con amigos",
            "call of duty zocken",
            "soirée warzone entre potes",
            "giocando a call of duty",
            "jogando cod com os amigos",
        ),
        (
            "above and beyond the call of duty",
            "on call this weekend at the hospital",
            "jury duty summons",
            "customs duty on imports",
            "heavy duty truck parts",
            "duty free shopping at the airport",
            "call centre job",
            "a sense of duty to my family",
            "cod and chips on friday",
            "black ops budget in the pentagon",
            "modern warfare in ukraine analysis",
        ),
        ("cod", "call of duty warzone", "warzone", "cod zombies", "black ops", "modern warfare"),
        ("gaming",),
    ),
    (
        "roblox",
        (
            "roblox developer",
            "making games in roblox studio",
            "roblox game dev",
            "my roblox obby",
            "adopt me trading",
            "grinding blox fruits",
            "robux giveaway",
            "roblox ugc creator",
            "scripting in luau",
            "roblox avatar fit check",
            "brookhaven roleplay",
            "my kid is obsessed with roblox",
            "my roblox game hit the front page",
            "roblox group for my game",
            "tower defense simulator",
            "dress to impress on roblox",
            "jugando roblox",
            "mi juego de roblox",
            "roblox spielen mit meinem sohn",
            "mon jeu roblox",
            "giocando a roblox",
            "jogando roblox com a minha filha",
        ),
        (
            "robotics club at school",
            "lego blocks for toddlers",
            "building blocks for babies",
            "blocks of flats in the city",
            "robot vacuum cleaner",
            "writer's block",
            "blockchain startup",
            "roblox stock earnings call",
            "rob the bank",
            "box of chocolates",
        ),
        ("roblox studio", "roblox developer", "roblox games", "robloxian", "roblox dev"),
        ("gaming",),
    ),
    (
        "counter-strike",
        (
            "cs2 player",
            "counter-strike since 1.6",
            "faceit level 10",
            "grinding premier in cs2",
            "awper for my team",
            "entry fragger",
            "igl for an amateur cs team",
            "smoke lineups on mirage",
            "major pick'em",
            "cs2 case opening",
            "knife skin unboxing",
            "playing csgo with friends",
            "esea league team",
            "counter-strike esports fan",
            "watching the blast premier final",
            "practising retakes on inferno",
            "jugando counter-strike",
            "cs zocken mit freunden",
            "joueur de cs2",
            "giocatore di counter-strike",
            "jogando cs com a galera",
        ),
        (
            "counter offer on the house",
            "kitchen counter renovation",
            "strike action by rail workers",
            "lightning strike",
            "counter-terrorism police unit",
            "bowling strike",
            "hunger strike",
            "geiger counter",
            "shop counter assistant",
            "cs degree in computer science",
            "customer service team",
            "over the counter medicine",
        ),
        ("cs2", "csgo", "cs:go", "counter-strike 2", "cs 1.6"),
        ("gaming", "esports"),
    ),
    (
        "valorant",
        (
            "valorant player",
            "hit radiant in valorant",
            "immortal rank grind",
            "jett main",
            "sage main",
            "valorant ranked tonight",
            "vct watch party",
            "valorant champions",
            "valorant clips",
            "duelist main",
            "controller main in valorant",
            "crosshair code",
            "agent lineups on ascent",
            "playing valorant with my duo",
            "valorant premier team",
            "valorant coach",
            "jugando valorant",
            "main de jett en valorant",
            "valorant zocken",
            "partie de valorant",
            "giocando a valorant",
            "jogando valorant",
        ),
        (
            "valour and courage",
            "stolen valor",
            "medal for valour",
            "val kilmer film",
            "radiant skin glow",
            "immortal soul",
            "sage and rosemary",
            "jet airways flight",
            "clove of garlic",
            "brimstone and fire sermon",
            "phoenix arizona",
        ),
        ("valo", "valorant esports", "vct", "valorant player"),
        ("gaming", "esports"),
    ),
    (
        "the legend of zelda",
        (
            "zelda fan",
            "breath of the wild",
            "tears of the kingdom",
            "ocarina of time is the best game ever",
            "link's awakening",
            "playing through majora's mask",
            "exploring hyrule",
            "collecting korok seeds",
            "triforce tattoo",
            "zelda speedrun",
            "zelda cosplay as link",
            "beat ganon last night",
            "shrine puzzles all weekend",
            "replaying twilight princess",
            "zelda soundtrack on repeat",
            "echoes of wisdom",
            "fan de zelda",
            "jugando zelda",
            "zelda-fan seit ocarina of time",
            "je rejoue à zelda",
            "giocando a zelda",
            "fã de zelda",
        ),
        (
            "zelda fitzgerald",
            "zelda williams",
            "my aunt zelda",
            "link in bio",
            "legends of the fall",
            "urban legend",
            "legendary performance",
            "link building for seo",
            "chain link fence",
            "the missing link",
            "legend on the map",
        ),
        ("zelda", "legend of zelda", "botw", "totk", "breath of the wild", "tears of the kingdom"),
        ("gaming",),
    ),
    (
        "genshin impact",
        (
            "genshin impact player",
            "pulling on the new banner",
            "lost the 50/50 again",
            "genshin wishes",
            "saving primogems",
            "hit ar 60",
            "spiral abyss 36 stars",
            "exploring teyvat",
            "genshin fan art",
            "genshin cosplay",
            "main dps build",
            "c6 furina",
            "hoyoverse games",
            "doing my genshin dailies",
            "genshin ost",
            "genshin theorycrafting",
            "jugando genshin",
            "tirada en el banner de genshin",
            "genshin spielen",
            "joueur de genshin",
            "giocando a genshin",
            "jogando genshin",
        ),
        (
            "impact investing",
            "impact of climate change",
            "social impact report",
            "impact driver drill",
            "crash impact test",
            "resin art coasters",
            "abyss diving",
            "stars in the sky",
            "traveller insurance",
            "a high impact workout",
        ),
        ("genshin", "genshin impact fan", "genshin player"),
        ("gaming",),
    ),
    (
        "go",
        (
            "go player",
            "playing go on ogs",
            "baduk player",
            "weiqi enthusiast",
            "1 dan amateur go player",
            "reviewing my go game",
            "go club meets on thursdays",
            "tsumego every morning",
            "life and death problems",
            "alphago documentary",
            "komi and handicap stones",
            "playing on a 19x19 board",
            "go stones and goban",
            "learning joseki",
            "go tournament this weekend",
            "ranked 5 kyu",
            "jugador de go",
            "go-spieler",
            "joueur de go",
            "giocatore di go",
            "jogador de go",
        ),
        (
            "go for a run",
            "let it go",
            "go to the gym",
            "snacks on the go",
            "go-karting with mates",
            "golang developer",
            "go team!",
            "pokémon go raids",
            "gofundme page",
            "go ape treetop course",
            "black belt, first dan in judo",
            "go green",
        ),
        ("baduk", "weiqi", "igo", "game of go", "go game", "go board game"),
        ("board games",),
    ),
    (
        "dominoes",
        (
            "dominoes player",
            "domino night with the family",
            "playing dominoes at the club",
            "slammed the last domino",
            "mexican train dominoes",
            "double six set",
            "domino tournament",
            "partner dominoes",
            "dominoes on the porch",
            "draw dominoes",
            "fives and threes",
            "caribbean domino club",
            "counting the pips",
            "domino league on fridays",
            "capicú!",
            "jugando dominó con mi abuelo",
            "torneo de dominó",
            "dominospiel am abend",
            "partie de dominos",
            "giocare a domino",
            "jogo de dominó na praça",
        ),
        (
            "domino's pizza order",
            "the domino effect",
            "domino theory in the cold war",
            "domino sugar",
            "domino mask costume",
            "fats domino song",
            "domino record label",
            "dominoes falling in a chain",
            "domino day world record toppling",
            "dominos of bad news",
        ),
        ("domino", "dominos", "mexican train", "domino games", "dominó"),
        ("board games",),
    ),
    (
        "fantasy baseball",
        (
            "fantasy baseball league",
            "fantasy baseball draft tonight",
            "roto league",
            "h2h points league",
            "dynasty baseball league",
            "waiver wire pickup",
            "streaming pitchers this week",
            "closer carousel",
            "my fantasy baseball team",
            "auction draft",
            "keeper league",
            "best ball baseball",
            "ottoneu league",
            "prospect stash",
            "adp rankings for sleepers",
            "categories: hr, rbi, sb, avg",
            "fantasy baseball podcast",
            "liga de béisbol de fantasía",
            "fantasy-baseball-liga",
            "baseball fantasy entre amis",
            "fantabaseball",
            "beisebol fantasy",
        ),
        (
            "fantasy novel about baseball",
            "field of dreams",
            "going to the ballpark",
            "little league coach",
            "baseball cap fashion",
            "final fantasy",
            "fantasy football league",
            "softball team",
            "sports betting parlay",
            "baseball card collecting",
        ),
        ("fantasy mlb", "roto baseball", "dynasty baseball", "fantasy baseball league"),
        ("baseball",),
    ),
    (
        "sumo",
        (
            "sumo fan",
            "watching the basho",
            "grand sumo tournament",
            "yokozuna promotion",
            "ozeki run",
            "makuuchi results",
            "sumo stable visit",
            "morning sumo practice in tokyo",
            "kachi-koshi",
            "makekoshi for my favourite",
            "banzuke release",
            "amateur sumo wrestler",
            "sumo at ryogoku kokugikan",
            "kyushu basho",
            "watching the natsu basho",
            "fan del sumo",
            "sumo-ringer",
            "lutteur de sumo",
            "torneo di sumo",
            "lutador de sumô",
        ),
        (
            "sumo deadlift",
            "sumo suit party",
            "sumo citrus fruit",
            "sumo squat",
            "sumo logic software",
            "fat suit costume",
            "sumo the dog",
            "japanese restaurant",
            "wrestling a toddler into a car seat",
        ),
        ("sumo wrestling", "grand sumo", "ozumo", "sumo fan"),
        ("martial arts",),
    ),
    (
        "kabaddi",
        (
            "kabaddi player",
            "pro kabaddi league",
            "pkl season",
            "raider",
            "super raid",
            "super tackle",
            "do-or-die raid",
            "kabaddi team",
            "kabaddi world cup",
            "circle kabaddi",
            "kabaddi practice",
            "bonus point line",
            "tamil thalaivas fan",
            "patna pirates",
            "kabaddi coach",
            "ankle hold",
            "jugador de kabaddi",
            "kabaddi-spieler",
            "joueur de kabaddi",
            "giocatore di kabaddi",
            "jogador de kabaddi",
        ),
        (
            "kebab shop",
            "kabbalah",
            "kabuki theatre",
            "cricket ipl",
            "tag with the kids in the park",
            "wrestling",
            "raiders nfl",
            "tomb raider",
            "pirates of the caribbean",
        ),
        ("pro kabaddi", "kabaddi league", "pkl"),
        ("sports",),
    ),
    (
        "speed skating",
        (
            "speed skater",
            "long track speed skating",
            "short track speed skating",
            "500m personal best",
            "skating laps at the oval",
            "clap skates",
            "ice marathon",
            "elfstedentocht",
            "world cup speed skating",
            "olympic speed skating",
            "inline speed skating",
            "mass start race",
            "team pursuit",
            "skinsuit and clap skates",
            "patinaje de velocidad",
            "eisschnelllauf",
            "patinage de vitesse",
            "pattinaggio di velocità",
            "patinação de velocidade",
            "schaatsen op de ijsbaan",
        ),
        (
            "figure skating competition",
            "ice hockey",
            "speed dating",
            "speedrunning",
            "skateboarding",
            "roller disco",
            "skating on thin ice",
            "speed limit",
            "speed reading",
        ),
        ("speedskating", "short track", "long track", "speed skater", "short track skating"),
        ("sports",),
    ),
    (
        "cornhole",
        (
            "cornhole player",
            "cornhole league",
            "tossing bags in the backyard",
            "cornhole tournament",
            "four bagger",
            "airmail shot",
            "slider bags",
            "cornhole boards",
            "acl pro",
            "cornhole night at the bar",
            "tailgate cornhole",
            "blocker bags",
            "cornhole doubles",
            "bags league",
            "cornhole custom boards",
            "jugando cornhole",
            "cornhole-turnier",
            "tournoi de cornhole",
            "torneo di cornhole",
            "jogando cornhole",
        ),
        (
            "corn farmer",
            "corn on the cob",
            "corn maze",
            "popcorn",
            "pothole on my street",
            "cornwall holiday",
            "corny jokes",
            "bean bag chair",
            "hole in one",
        ),
        ("bags", "cornhole league", "cornhole player", "bean bag toss"),
        ("sports", "games"),
    ),
    (
        "kendo",
        (
            "kendoka",
            "kendo practice",
            "kendo dojo",
            "bogu and shinai",
            "kendo grading",
            "shodan in kendo",
            "keiko tonight",
            "men, kote, do",
            "kendo tournament",
            "kendo sensei",
            "iaido and kendo",
            "jodan kamae",
            "suburi every morning",
            "kendo club",
            "all japan kendo championship",
            "practicante de kendo",
            "kendo-training",
            "kendo au dojo",
            "kendoista",
            "praticante de kendô",
        ),
        (
            "ken doll",
            "kendall jenner",
            "kenzo",
            "kenji",
            "sword collecting",
            "fencing club epee",
            "samurai movie",
            "judo class",
            "katana replica",
        ),
        ("kendoka", "japanese fencing", "kenjutsu", "iaido"),
        ("martial arts",),
    ),
    (
        "floorball",
        (
            "floorball player",
            "floorball team",
            "floorball league",
            "innebandy",
            "unihockey training",
            "floorball goalie",
            "floorball world championship",
            "floorball stick",
            "floorball coach",
            "floorball club",
            "indoor hockey with a plastic ball",
            "floorball practice tonight",
            "jugador de floorball",
            "unihockey-spieler",
            "joueur de floorball",
            "giocatore di floorball",
            "jogador de floorball",
            "salibandy",
        ),
        (
            "floor tiling",
            "ballroom floor",
            "floor hockey in pe class",
            "ice hockey",
            "field hockey",
            "shop floor",
            "floor plan",
            "dance floor",
            "ball pit",
            "laminate flooring",
        ),
        ("unihockey", "innebandy", "salibandy", "floor ball"),
        ("sports",),
    ),
    (
        "dodgeball",
        (
            "dodgeball league",
            "dodgeball team",
            "adult dodgeball",
            "dodgeball tournament",
            "foam dodgeball",
            "cloth dodgeball",
            "dodgeball on tuesdays",
            "catching the last ball",
            "dodgeball world cup",
            "dodgeball club",
            "no-sting ball",
            "dodgeball captain",
            "kickball and dodgeball league",
            "liga de quemados",
            "völkerball",
            "balle au prisonnier",
            "palla prigioniera",
            "queimada",
        ),
        (
            "dodging the question",
            "dodgy deal",
            "dodge ram truck",
            "dodge charger",
            "dodge the traffic",
            "dodge city",
            "ball gown",
            "tax dodging",
            "dodgeball movie quote",
        ),
        ("dodge ball", "dodgeball league", "dodgeball player"),
        ("sports",),
    ),
    (
        "roundnet",
        (
            "roundnet player",
            "spikeball on the beach",
            "spikeball tournament",
            "roundnet club",
            "pocket shot",
            "spikeball with friends",
            "roundnet nationals",
            "roundnet league",
            "hit the rim",
            "roundnet training",
            "roundnet doubles at the park",
            "rallies on the spikeball net",
            "spikeball set",
            "jugando spikeball",
            "roundnet-turnier",
            "tournoi de roundnet",
            "torneo di roundnet",
            "jogando roundnet",
        ),
        (
            "volleyball",
            "tennis net",
            "fishing net",
            "net worth",
            "round of golf",
            "round table meeting",
            "spike in prices",
            "safety net",
            "net zero",
        ),
        ("spikeball", "spike ball", "round net"),
        ("sports",),
    ),
    (
        "cyclocross",
        (
            "cyclocross racer",
            "cx race this weekend",
            "cross bike",
            "mud and barriers",
            "run-ups and barriers",
            "cyclocross season",
            "cx nationals",
            "remounts practice",
            "cyclocross world cup",
            "tubular tyres",
            "pit bike",
            "sand section",
            "superprestige",
            "cyclocross de invierno",
            "querfeldein",
            "cyclo-cross",
            "ciclocross",
            "ciclocross na lama",
        ),
        (
            "cross training at the gym",
            "cross country running",
            "cycling to work",
            "crossfit",
            "cross-stitch",
            "mountain biking",
            "cross with my boss",
            "mud mask",
            "motocross",
        ),
        ("cyclo-cross", "cyclo cross", "cx racing", "cross racing"),
        ("cycling",),
    ),
    (
        "track cycling",
        (
            "track cyclist",
            "velodrome session",
            "track sprint",
            "keirin",
            "team pursuit",
            "individual pursuit",
            "madison",
            "omnium",
            "points race",
            "fixed gear on the track",
            "track world cup",
            "kilo time trial",
            "track accreditation",
            "track league",
            "ciclismo en pista",
            "bahnradsport",
            "cyclisme sur piste",
            "ciclismo su pista",
            "ciclismo de pista",
        ),
        (
            "track and field",
            "railway track",
            "soundtrack",
            "keeping track of expenses",
            "race track",
            "fixie commuting",
            "bmx racing",
            "cross country running",
            "tracking my steps",
        ),
        ("velodrome racing", "track racing", "track cyclist"),
        ("cycling",),
    ),
    (
        "ski touring",
        (
            "ski touring",
            "skinning up",
            "splitboarding",
            "backcountry skiing",
            "randonnée skiing",
            "touring bindings",
            "skins and crampons",
            "avalanche course",
            "beacon, shovel and probe",
            "ski mountaineering",
            "skimo race",
            "hut-to-hut ski tour",
            "first tracks in the backcountry",
            "ski de randonnée",
            "esquí de travesía",
            "skitour",
            "skitouren",
            "scialpinismo",
            "esqui de montanha",
        ),
        (
            "tour operator",
            "ski resort piste",
            "apres ski",
            "jet ski",
            "world tour",
            "guided tour of the museum",
            "ski holiday chalet",
            "skiing lessons",
            "cross-country skiing",
        ),
        ("skimo", "backcountry skiing", "splitboarding", "ski mountaineering", "randonee", "alpine touring"),
        ("skiing",),
    ),
    (
        "eventing",
        (
            "eventer",
            "event rider",
            "eventing horse",
            "three-day eventing",
            "cross-country schooling",
            "dressage, showjumping and cross country",
            "badminton horse trials",
            "burghley",
            "bramham",
            "one-day event",
            "horse trials this weekend",
            "bn level eventing",
            "cci4*",
            "eventing team",
            "concurso completo de equitación",
            "vielseitigkeitsreiten",
            "concours complet d'équitation",
            "completo equitazione",
            "concurso completo de equitação",
        ),
        (
            "event planning",
            "events manager",
            "current events",
            "wedding events",
            "eventbrite",
            "badminton club",
            "eventful day",
            "event management",
        ),
        ("horse trials", "three day eventing", "eventer", "event riding"),
        ("horses",),
    ),
    (
        "barre",
        (
            "barre instructor",
            "barre class",
            "barre workout",
            "pure barre",
            "xtend barre",
            "barre3",
            "tucks and pulses",
            "barre burn",
            "shaking in barre",
            "barre fitness",
            "barre teacher training",
            "little ball and light weights at barre",
            "barre and pilates studio",
            "clases de barre",
            "barre-kurs",
            "cours de barre au sol",
            "lezione di barre",
            "aula de barre",
        ),
        (
            "bar staff",
            "barrister",
            "barre chords on guitar",
            "bar exam",
            "barley",
            "ballet company",
            "barrel aged beer",
            "pole fitness",
            "bare feet",
        ),
        ("barre fitness", "barre workout", "barre class", "pure barre"),
        ("fitness",),
    ),
    (
        "aerobics",
        (
            "aerobics instructor",
            "step aerobics",
            "aqua aerobics",
            "aerobics class",
            "water aerobics",
            "low impact aerobics",
            "step class",
            "aerobics competition",
            "cardio dance class",
            "aqua fit at the pool",
            "jazzercise",
            "leotard and leg warmers, step class",
            "teaching aerobics at the leisure centre",
            "aerobics teacher",
            "clase de aeróbic",
            "aerobic-kurs",
            "cours d'aérobic",
            "aerobica",
            "hidroginástica",
        ),
        (
            "aerobic bacteria",
            "aerobic respiration",
            "anaerobic digestion",
            "aeroplane",
            "aerospace",
            "80s fashion",
            "zumba",
            "aerosol can",
        ),
        ("aerobic", "step aerobics", "aqua aerobics", "aquafit", "water aerobics"),
        ("fitness",),
    ),
    (
        "trampolining",
        (
            "trampolinist",
            "trampoline gymnast",
            "trampolining club",
            "double mini trampoline",
            "tumbling and trampoline",
            "back somersault",
            "barani",
            "rudolph",
            "trampoline competition",
            "trampoline coach",
            "synchronised trampoline",
            "landed my first full twist",
            "trampoline nationals",
            "trampolín",
            "trampolinturnen",
            "trampoline",
            "trampolino elastico",
            "cama elástica",
        ),
        (
            "springboard for my career",
            "bouncy castle",
            "jumping to conclusions",
            "bungee jumping",
            "skydiving",
            "high jump",
            "diving board",
            "trampoline park birthday party",
            "mattress jumping kids",
        ),
        ("trampoline", "trampolinist", "trampoline gymnastics"),
        ("gymnastics",),
    ),
    (
        "flow arts",
        (
            "poi spinner",
            "hula hooping",
            "hoop dancer",
            "fire spinning",
            "flow arts",
            "staff spinning",
            "contact juggling",
            "levitation wand",
            "led poi",
            "fire dancer",
            "dragon staff",
            "flow jam",
            "spinning poi in the park",
            "hoop flow",
            "artes de flujo",
            "feuerjonglage",
            "jongleur de feu",
            "giocoleria con poi",
            "malabares de fogo",
        ),
        (
            "go with the flow",
            "cash flow",
            "water flow",
            "flow state at work",
            "basketball hoop",
            "hoops to jump through",
            "spinning class",
            "fire safety",
            "flowers",
        ),
        ("poi", "hooping", "hula hooping", "fire spinning", "flow art", "hoop dance"),
        ("circus arts",),
    ),
    (
        "lapidary",
        (
            "lapidary artist",
            "cabbing at the club workshop",
            "cabochon cutting",
            "faceting gemstones",
            "rock tumbler running for three weeks",
            "polishing agates on the flat lap",
            "cut my first cabochon",
            "gem cutter and jeweller",
            "slabbing a thunder egg on the trim saw",
            "lapidary club member",
            "gemstone faceter",
            "cutting and polishing opal",
            "diamond wheels for cabbing",
            "tumbled stones batch",
            "lapidary equipment: genie and trim saw",
            "cabochons for my silver settings",
            "polished jasper slabs",
            "soy lapidario aficionado",
            "edelsteinschleifer aus idar-oberstein",
            "lapidaire amateur",
            "taglio e lucidatura di pietre",
            "lapidação de gemas",
        ),
        (
            "dilapidated house for sale",
            "gravestone engraving",
            "lapel pin collection",
            "rock music fan",
            "tumble dryer repair",
            "diamond drilling for concrete",
            "gem of a film",
            "marble kitchen worktops",
            "stonemason on site",
            "kidney stones",
            "polishing my car",
        ),
        ("lapidarist", "gem cutting", "cabbing", "gemstone cutting", "gem faceting", "rock tumbling"),
        ("crafts",),
    ),
    (
        "diamond painting",
        (
            "finished my diamond painting",
            "diamond art kit",
            "placing drills all evening",
            "square drills",
            "round drills",
            "diamond dotz kit",
            "sealing my diamond painting",
            "new diamond painting kit arrived",
            "partial drill canvas",
            "full drill canvas",
            "light pad for diamond art",
            "drill pen and wax",
            "diamond painting haul",
            "framing my diamond art",
            "relaxing with my diamond painting",
            "diamond painting wip",
            "diamond painting addict",
            "pintura de diamantes",
            "diamond painting bild",
            "broderie diamant terminée",
            "pittura con diamanti",
            "pintura com diamantes",
        ),
        (
            "diamond engagement ring",
            "diamond jewellery",
            "blood diamonds",
            "painting the fence",
            "oil painting on canvas",
            "paint by numbers",
            "diamond drill bit",
            "baseball diamond",
            "diamond jubilee",
            "diamond hands crypto",
            "lab grown diamonds",
        ),
        ("diamond art", "diamond dotz", "5d diamond painting", "diamond paintings"),
        ("crafts",),
    ),
    (
        "kite flying",
        (
            "kite flyer",
            "flying kites on the beach",
            "stunt kite tricks",
            "power kite session",
            "kite festival this weekend",
            "dual line kite",
            "quad line kite",
            "revolution kite",
            "kite maker",
            "fighter kites",
            "kite string and reel",
            "building my own kite",
            "flying a kite with the kids",
            "windy day, kites out",
            "giant show kites at the festival",
            "kite flying on basant",
            "volar cometas en la playa",
            "drachensteigen im herbst",
            "cerf-volant acrobatique",
            "aquilone sulla spiaggia",
            "soltar pipa no fim de semana",
        ),
        (
            "kitesurfing lessons",
            "kiting cheques",
            "red kite bird of prey",
            "kitemark safety standard",
            "paragliding",
            "flying drones",
            "flying to madrid",
            "kitten for adoption",
            "go fly a kite",
            "high as a kite",
            "kite runner book club",
        ),
        ("kites", "kiting", "stunt kites", "kite flyer"),
        ("outdoors",),
    ),
    (
        "canning",
        (
            "home canning",
            "canning season is here",
            "water bath canning",
            "pressure canning",
            "canned 40 quarts of tomatoes",
            "jars sealed and pinging",
            "jam making day",
            "pickling cucumbers",
            "preserving the harvest",
            "canning salsa",
            "ball jars on the counter",
            "putting up peaches",
            "home canned green beans",
            "food preservation and canning",
            "canning pantry",
            "strawberry jam and preserves",
            "conservas caseras",
            "marmelada hecha en casa",
            "einkochen im glas",
            "conserves maison",
            "conserve fatte in casa",
            "conservas caseiras",
        ),
        (
            "canned laughter",
            "canned response to emails",
            "can opener",
            "canning town london",
            "cannes film festival",
            "got canned from my job",
            "cannabis dispensary",
            "can of beer",
            "tin can recycling",
            "canned music",
            "canning factory worker",
        ),
        ("preserving", "home canning", "food preservation", "jam making", "pickling"),
        ("cooking", "homesteading"),
    ),
    (
        "magnet fishing",
        (
            "magnet fishing",
            "magnet fisher",
            "double sided magnet",
            "neodymium magnet on a rope",
            "grappling hook and magnet",
            "pulled a safe out of the canal",
            "canal finds today",
            "magnet fishing haul",
            "magnet fishing finds",
            "found a bike in the river",
            "old tools from the canal",
            "magnet fishing under the bridge",
            "pulled out a rusty knife again",
            "pesca magnética",
            "magnetfischen am kanal",
            "pêche à l'aimant",
            "pesca magnetica nel fiume",
            "pesca com ímã",
        ),
        (
            "fridge magnet",
            "magnet school",
            "chick magnet",
            "magnetic personality",
            "fishing rod and reel",
            "mri magnetic resonance",
            "fly fishing",
            "fish and chips",
            "fishing for compliments",
            "magnetic field physics",
        ),
        ("magnet fisher", "magnet fishing finds", "magnetfishing"),
        ("hobbies",),
    ),
    (
        "rc aircraft",
        (
            "rc plane pilot",
            "flying my rc plane",
            "rc helicopter",
            "rc glider at the slope",
            "rc flying field",
            "foamy crashed again",
            "electric rc plane",
            "radio control aircraft",
            "rc jet turbine",
            "balsa build",
            "maiden flight went well",
            "model flying club",
            "3d aerobatics",
            "fpv wing",
            "warbird scale model",
            "transmitter and receiver binding",
            "aeromodelismo",
            "modellflug",
            "aéromodélisme",
            "aeromodellismo",
            "aeromodelismo no fim de semana",
        ),
        (
            "remote control car",
            "rc cars",
            "drone delivery",
            "airline pilot",
            "tv remote control",
            "aircraft carrier",
            "paper plane",
            "plane spotting at heathrow",
            "flying lessons",
            "model railway",
        ),
        ("rc planes", "rc plane", "rc flying", "model aircraft", "model airplanes", "rc helicopters"),
        ("hobbies",),
    ),
    (
        "fossil hunting",
        (
            "fossil hunter",
            "fossil hunting on the beach",
            "found an ammonite",
            "shark tooth hunting",
            "jurassic coast finds",
            "trilobite prep",
            "belemnite and ammonite finds",
            "lyme regis fossil walk",
            "crinoid stems",
            "megalodon tooth found",
            "fossil collector",
            "splitting shale for fossils",
            "fossil prep with air scribe",
            "hunting for fossils after the storm",
            "fossil collection",
            "buscando fósiles",
            "fossiliensammler",
            "chasseur de fossiles",
            "caccia ai fossili",
            "caça a fósseis",
        ),
        (
            "fossil fuels",
            "fossil watch",
            "an old fossil like me",
            "dinosaur toys",
            "paleontology professor",
            "rockhounding",
            "ancient ruins",
            "fossil fuel divestment",
            "coal mining",
            "museum gift shop",
        ),
        ("fossil collecting", "fossil hunter", "fossicking", "fossil hunters"),
        ("paleontology",),
    ),
    (
        "beachcombing",
        (
            "beachcomber",
            "sea glass hunting",
            "sea glass finds",
            "mudlarking",
            "beach finds today",
            "drift seeds",
            "sea pottery",
            "found a mermaid's purse",
            "beach treasures",
            "thames foreshore",
            "mudlarking finds",
            "clay pipe on the foreshore",
            "after the storm beachcombing",
            "driftwood collecting",
            "sea beans",
            "buscando vidrio de mar",
            "strandgut sammeln",
            "glanage sur la plage",
            "vetro di mare",
            "vidro do mar",
        ),
        (
            "beach holiday",
            "beach volleyball",
            "comb my hair",
            "beach house rental",
            "beach clean up",
            "glass of wine",
            "pottery class",
            "beach body",
            "sea glass jewellery for sale",
        ),
        ("beachcomber", "sea glass", "mudlarking", "sea glass collecting", "mudlark"),
        ("outdoors",),
    ),
    (
        "fly tying",
        (
            "fly tying",
            "fly tyer",
            "tying flies tonight",
            "fly tying vise",
            "nymph patterns",
            "dry fly",
            "woolly bugger",
            "fly tying materials",
            "hackle",
            "dubbing",
            "tied a dozen nymphs",
            "streamer pattern",
            "tying flies for the trout season",
            "cdc and elk hair caddis",
            "salmon flies",
            "atado de moscas",
            "fliegenbinden",
            "montage de mouches",
            "costruzione di mosche",
            "montagem de moscas",
        ),
        (
            "fly on the wall",
            "tie a tie",
            "bow tie",
            "tying the knot",
            "house flies",
            "flying lessons",
            "zip tie",
            "fruit flies in the kitchen",
            "fly tipping",
            "tie-dye shirts",
        ),
        ("fly tyer", "fly tier", "tying flies"),
        ("fishing",),
    ),
    (
        "hand spinning",
        (
            "handspinner",
            "spinning wheel",
            "drop spindle",
            "spinning yarn from fleece",
            "handspun yarn",
            "fiber prep",
            "carding wool",
            "spinning roving",
            "plying",
            "spinning fiber",
            "spinning wool from my own sheep",
            "spindle spinning",
            "tour de fleece",
            "spinning on my wheel",
            "hilatura a mano",
            "spinnrad",
            "filage au rouet",
            "filatura a mano",
            "fiação manual",
        ),
        (
            "spinning class",
            "spin class",
            "spin doctor",
            "spinning top",
            "head spinning",
            "fidget spinner",
            "spin bowling",
            "spin cycle",
            "political spin",
        ),
        ("handspinning", "spinning yarn", "drop spindle", "spinning wheel", "handspinner", "yarn spinning"),
        ("crafts",),
    ),
    (
        "terrariums",
        (
            "terrarium builder",
            "closed terrarium",
            "bioactive terrarium",
            "paludarium build",
            "moss terrarium",
            "jar terrarium",
            "springtails and isopods for cleanup",
            "terrarium build",
            "bottle garden",
            "terrarium plants",
            "my terrarium is thriving",
            "hardscape and substrate layers",
            "terrarium workshop",
            "fittonia and moss in a jar",
            "terrario cerrado",
            "terrarium bauen",
            "terrarium fermé",
            "terrario di muschio",
            "terrário fechado",
        ),
        (
            "aquarium fishkeeping",
            "reptile enclosure",
            "greenhouse",
            "fish bowl",
            "mason jars",
            "moss stitch",
            "bottle of wine",
            "pet snake",
            "vivarium for my gecko",
            "glass jar candle",
        ),
        ("terrarium", "paludariums", "paludarium", "bottle gardens", "closed terrariums"),
        ("gardening",),
    ),
    (
        "bikepacking",
        (
            "bikepacker",
            "bikepacking trip this summer",
            "frame bag and seat pack",
            "bikepacking route",
            "riding the tour divide",
            "sub-24 bike overnighter",
            "gravel bikepacking",
            "bikepacking race",
            "bike camping in the hills",
            "loaded touring",
            "bikepacking the highland trail 550",
            "cycle touring across europe",
            "carrying my tent on the bike",
            "dotwatching the bikepacking race",
            "bivvy under the stars after 120km",
            "touring bike with panniers",
            "cicloturismo de alforjas",
            "bikepacking-tour mit zelt",
            "voyage à vélo en autonomie",
            "cicloviaggio in tenda",
            "cicloturismo com alforges",
        ),
        (
            "bike shop owner",
            "backpacking through asia",
            "packing for holiday",
            "spin class",
            "camper van trip",
            "bicycle courier",
            "pack of cards",
            "motorbike touring",
            "road cycling race",
            "six pack abs",
        ),
        ("bikepacker", "bike touring", "bicycle touring", "cycle touring", "bike packing"),
        ("cycling",),
    ),
    (
        "concert photography",
        (
            "concert photographer",
            "gig photographer",
            "live music photography",
            "shooting from the pit",
            "got a photo pass for tonight",
            "first three songs, no flash",
            "tour photographer",
            "gig photography in small venues",
            "music photographer",
            "shot the headliner from the pit",
            "festival photographer",
            "high iso and fast primes at gigs",
            "photos from last night's show",
            "band promo and live shots",
            "stage lights are brutal tonight",
            "photographing metal shows",
            "fotógrafo de conciertos",
            "konzertfotograf",
            "photographe de concert",
            "fotografo di concerti",
            "fotógrafo de shows",
        ),
        (
            "concert tickets on sale",
            "concert hall acoustics",
            "cover band",
            "singing in a concert",
            "photography class",
            "selfie at the concert",
            "concert pianist",
            "music festival lineup",
            "acting in concert with allies",
            "wedding photographer",
        ),
        ("gig photography", "live music photography", "music photography", "concert photographer"),
        ("photography",),
    ),
    (
        "koi keeping",
        (
            "koi keeper",
            "koi pond build",
            "nishikigoi collector",
            "koi show entry",
            "pond filter upgrade",
            "kohaku and showa",
            "koi club member",
            "koi breeder",
            "feeding the koi",
            "pond keeping",
            "tosai from japan",
            "water testing for the koi pond",
            "bead filter and uv clarifier",
            "my koi are spawning",
            "koi health check",
            "estanque de koi",
            "koiteich",
            "bassin à koïs",
            "laghetto per koi",
            "lago de carpas koi",
        ),
        (
            "koi fish tattoo",
            "carp fishing",
            "aquarium shop",
            "fish and chips",
            "koi sushi restaurant",
            "pond life at school",
            "goldfish at the fair",
            "lily pond painting",
            "koi no yokan",
            "duck pond in the park",
        ),
        ("koi", "nishikigoi", "koi ponds", "pond keeping", "koi keeper"),
        ("pets",),
    ),
    (
        "hedgehogs",
        (
            "pet hedgehog",
            "hedgehog rescue volunteer",
            "hedgehog highway in my garden",
            "african pygmy hedgehog",
            "hedgehog house",
            "hedgehog care",
            "hedgehog on the trail cam",
            "hoglets",
            "hedgehog hospital",
            "feeding the hedgehogs at night",
            "hedgehog friendly garden",
            "quilling hedgehog",
            "my hedgie",
            "hedgehog street",
            "rescue hogs",
            "erizo de mascota",
            "igelstation",
            "hérisson sauvé",
            "riccio domestico",
            "ouriço de estimação",
        ),
        (
            "hedge fund",
            "hedge trimming",
            "hedging bets",
            "sonic the hedgehog",
            "porcupine",
            "hedge laying",
            "hedgehog concept in business",
            "sea urchin",
            "hedge trimmer for sale",
        ),
        ("hedgehog", "hedgies", "pygmy hedgehog", "hedgehog rescue"),
        ("pets", "wildlife"),
    ),
    (
        "axolotls",
        (
            "axolotl keeper",
            "axolotl tank",
            "leucistic axolotl",
            "axolotl care",
            "my axolotls",
            "axolotl breeder",
            "cold water tank for axolotls",
            "wild type axolotl",
            "axolotl eggs",
            "axolotl babies",
            "feeding bloodworms to my axolotl",
            "axolotl regeneration facts",
            "axolotl in a tub",
            "golden albino axolotl",
            "ajolote de mascota",
            "axolotl-aquarium",
            "axolotl en aquarium",
            "axolotl in acquario",
            "axolote de estimação",
        ),
        (
            "minecraft axolotl",
            "pokemon wooper",
            "salamander in the woods",
            "lizard care",
            "frog pond",
            "salamandra",
            "goldfish",
            "newt gingrich",
        ),
        ("axolotl", "axies", "ajolote", "axolote"),
        ("pets", "aquariums"),
    ),
    (
        "dog shows",
        (
            "dog show",
            "crufts 2026",
            "westminster dog show",
            "conformation showing",
            "dog show handler",
            "best in show",
            "show dog",
            "championship show",
            "kennel club show",
            "best of breed",
            "junior handler",
            "reserve cc",
            "grooming for the ring",
            "shown to champion",
            "show puppy",
            "exposición canina",
            "hundeausstellung",
            "exposition canine",
            "esposizione canina",
            "exposição canina",
        ),
        (
            "dog walking",
            "dog grooming",
            "dog training",
            "show off",
            "tv show",
            "puppy love",
            "dog agility trial",
            "dogs of war",
            "dog and pony show",
        ),
        ("dog show", "conformation", "show dogs", "crufts"),
        ("dogs",),
    ),
    (
        "mushing",
        (
            "musher",
            "sled dogs",
            "dog sledding",
            "sled dog",
            "iditarod",
            "dog sled",
            "sled dog team",
            "yukon quest",
            "dryland mushing",
            "bikejoring with my husky",
            "canicross and scooter training",
            "sled dog race",
            "running a team of huskies",
            "gee and haw commands",
            "trineo de perros",
            "schlittenhunde",
            "chiens de traîneau",
            "cani da slitta",
            "trenó de cães",
        ),
        (
            "mushrooms",
            "mushy peas",
            "sledging with the kids",
            "dog walking",
            "snowboarding",
            "husky voice",
            "alaska cruise",
            "snowmobiling",
        ),
        ("musher", "dog sledding", "sled dog racing", "sled dogs", "dogsledding"),
        ("dogs",),
    ),
    (
        "bird feeding",
        (
            "bird feeder",
            "bird feeders",
            "feeding the birds",
            "bird table",
            "suet",
            "sunflower hearts",
            "nyjer seed",
            "garden birds",
            "hummingbird feeder",
            "feeder cam",
            "backyard birds",
            "goldfinches on the nyjer feeder",
            "squirrel-proof feeder finally works",
            "topped up the fat balls",
            "comedero de pájaros",
            "vogelfutter",
            "mangeoire",
            "mangiatoia per uccelli",
            "comedouro de pássaros",
        ),
        (
            "bird flu",
            "feeding the baby",
            "breastfeeding",
            "chicken feed",
            "birdwatching trip",
            "feeding frenzy",
            "angry birds game",
            "rss feed reader",
            "twitter feed",
            "feed the meter",
        ),
        ("bird feeders", "garden birds", "backyard birds", "feeding birds"),
        ("birdwatching",),
    ),
    (
        "organ",
        (
            "organist",
            "church organist and choir director",
            "playing the pipe organ at evensong",
            "organ recital this sunday afternoon",
            "bach toccata and fugue on the organ",
            "practising pedal scales on the organ",
            "organ scholar at the cathedral",
            "playing the voluntary after the wedding service",
            "pulled out all the stops on the swell division",
            "pipe organ restoration project",
            "hammond organ player in a soul band",
            "theatre organ concert at the cinema",
            "organ builder, voicing reed pipes",
            "widor toccata for the recessional",
            "new registration for the chorale prelude",
            "cathedral organ with four manuals",
            "weekly organ lessons with my teacher",
            "organista de la catedral",
            "orgelkonzert im dom",
            "organiste titulaire de l'église",
            "organista in chiesa la domenica",
            "recital de órgão na igreja",
        ),
        (
            "organ donor card in my wallet",
            "organ transplant waiting list",
            "digestive organs and anatomy class",
            "the skin is the largest organ",
            "multiple organ failure in intensive care",
            "the official organ of the party",
            "organic vegetables from the market",
            "organising the office party",
            "organ meats like liver and kidney",
            "talk to the organ grinder, not the monkey",
            "organza fabric for the dress",
        ),
        ("organist", "organists", "pipe organ", "church organ", "hammond organ", "organ music"),
        ("classical music",),
    ),
    (
        "french horn",
        (
            "horn player",
            "french horn player in the symphony",
            "principal horn of the orchestra",
            "fourth horn in the community orchestra",
            "hornist",
            "practising lip slurs on the horn",
            "the horn section in mahler five",
            "finally bought a double horn",
            "stopped horn technique",
            "the long horn call from siegfried",
            "playing the strauss horn concerto",
            "horn in our brass quintet",
            "right hand position in the bell",
            "natural horn for baroque music",
            "horn excerpts for the orchestra audition",
            "horn section rehearsal tonight",
            "new horn mouthpiece, better high register",
            "trompa en la orquesta sinfónica",
            "hornist im orchester",
            "corniste à l'orchestre",
            "cornista della filarmonica",
            "trompista da orquestra",
        ),
        (
            "car horn blaring in traffic",
            "honking the horn at the lights",
            "rhino horn poaching",
            "drought in the horn of africa",
            "on the horns of a dilemma",
            "get on the horn with the client",
            "shoehorn it into the schedule",
            "great horned owl at dusk",
            "sailing round cape horn",
            "horn-rimmed glasses",
            "take the bull by the horns",
        ),
        ("horn", "horn player", "horn players", "hornist", "french horns", "orchestral horn"),
        ("classical music",),
    ),
    (
        "samba",
        (
            "sambista",
            "samba school rehearsal tonight",
            "samba de roda with friends",
            "playing surdo in a samba band",
            "carnival parade with our samba school",
            "pagode and samba night",
            "learning samba no pé",
            "batucada drumming group",
            "tamborim and caixa practice",
            "the new samba enredo for carnival",
            "cavaquinho player",
            "roda de samba every sunday",
            "passista in the carnival parade",
            "samba dance class",
            "parade at the sambadrome in rio",
            "bloco rehearsal before carnival",
            "escola de samba",
            "roda de samba no domingo",
            "clases de samba brasileña",
            "sambagruppe, wir trommeln jeden dienstag",
            "école de samba et batucada",
            "scuola di samba brasiliana",
        ),
        (
            "adidas sambas in white",
            "new samba og trainers",
            "samba file server on linux",
            "mounted the smb share with samba",
            "sambal chilli paste",
            "sambar and idli for breakfast",
            "sambuca shots at the bar",
            "sambo wrestling tournament",
        ),
        ("samba music", "samba dance", "sambista", "batucada", "pagode", "samba de roda"),
        ("latin music", "dance"),
    ),
    (
        "post-rock",
        (
            "post-rock band",
            "instrumental post-rock",
            "a twenty minute instrumental build",
            "delay pedals and swelling guitars",
            "quiet, loud, quieter, explosion",
            "saw explosions in the sky live",
            "mogwai gig tonight",
            "post-rock and math rock playlist",
            "instrumental band with no vocals",
            "tremolo picked guitar crescendos",
            "ambient post-rock soundscapes",
            "bowed guitar and a wall of reverb",
            "cinematic instrumental rock",
            "post-rock for studying",
            "our band plays instrumental post-rock",
            "glockenspiel and violin over walls of guitar",
            "post-metal heaviness",
            "waiting for the crescendo to hit",
            "banda de post-rock instrumental",
            "instrumentale post-rock band aus leipzig",
            "groupe de post-rock instrumental",
            "band post-rock strumentale",
            "banda de post-rock de lisboa",
        ),
        (
            "posting rock photos from the beach",
            "a rock by the fence post",
            "post malone concert",
            "post office queue",
            "post-match analysis",
            "rock climbing post from the weekend",
            "posted my rockhounding finds",
            "post-punk revival band",
            "post-workout protein shake",
        ),
        ("postrock", "instrumental post-rock", "post-rock bands", "post-metal"),
        ("rock music", "indie music"),
    ),
    (
        "folk dance",
        (
            "folk dancer",
            "folk dance group",
            "traditional dance ensemble",
            "ceilidh dancing on saturday",
            "balfolk night",
            "israeli folk dancing",
            "greek dancing at the festival",
            "polka and schottische",
            "scandinavian polska workshop",
            "contra dance caller",
            "morris side practice",
            "maypole dancing",
            "ukrainian hopak performance",
            "ballet folklórico rehearsal",
            "filipino tinikling dance",
            "traditional costume for the dance festival",
            "learning the sirtaki",
            "bal folk workshop",
            "baile folclórico",
            "volkstanzgruppe",
            "danse folklorique",
            "danze popolari",
            "rancho folclórico",
        ),
        (
            "hey folks, long week",
            "folk remedies for a cold",
            "folk horror film",
            "taylor's folklore album",
            "folk wisdom says",
            "dancing around the issue",
            "city folk and country folk",
            "folk singer with an acoustic guitar",
            "dance music festival",
            "folk art paintings",
        ),
        (
            "folk dancing",
            "folk dances",
            "traditional dance",
            "traditional dancing",
            "folkloric dance",
            "ceilidh",
            "contra dance",
            "balfolk",
        ),
        ("dance",),
    ),
    (
        "taylor swift",
        (
            "swiftie",
            "swifties unite",
            "eras tour outfit",
            "went to the eras tour",
            "taylor's version",
            "stream midnights by taylor",
            "1989 taylor's version",
            "friendship bracelets for the concert",
            "folklore and evermore era",
            "the tortured poets department",
            "speak now taylor's version",
            "all too well, the ten minute version",
            "swiftie since fearless",
            "surprise songs tonight",
            "easter eggs in the new music video",
            "swiftie desde fearless",
            "concierto de taylor swift",
            "taylor swift konzert in münchen",
            "fan de taylor swift depuis fearless",
            "fã da taylor swift",
        ),
        (
            "swift programming language",
            "swift code for a bank transfer",
            "swift response from the council",
            "suzuki swift for sale",
            "swifts nesting under the eaves",
            "jonathan swift, gulliver's travels",
            "taylormade golf clubs",
            "tailor for trouser alterations",
            "taylor guitars acoustic",
            "taylor series expansion",
        ),
        ("swiftie", "swifties", "taylor swift fan", "tswift", "eras tour"),
        ("pop music",),
    ),
    (
        "the beatles",
        (
            "beatles fan",
            "beatlemania",
            "the fab four",
            "walked the abbey road crossing",
            "paul mccartney concert",
            "listening to revolver again",
            "sgt pepper on vinyl",
            "the white album",
            "watched the get back documentary",
            "beatles tribute band",
            "the cavern club in liverpool",
            "lennon mccartney songwriting",
            "ringo on drums",
            "george harrison's guitar",
            "rubber soul anniversary edition",
            "magical mystery tour in liverpool",
            "beatles anthology",
            "fan de los beatles",
            "beatles-fan seit meiner kindheit",
            "fan des beatles",
            "i beatles per sempre",
            "fã dos beatles",
        ),
        (
            "beetles and ladybirds in the garden",
            "stag beetle",
            "vw beetle restoration",
            "dung beetle",
            "beetle drive game",
            "revolver handgun",
            "yellow submarine sandwich",
            "let it be, not worth arguing",
            "abbey in the countryside",
        ),
        ("beatles", "beatles fan", "fab four", "beatlemania", "beatlemaniac"),
        ("rock music",),
    ),
    (
        "sherlock holmes",
        (
            "sherlockian",
            "holmesian",
            "baker street irregulars",
            "221b baker street",
            "the hound of the baskervilles",
            "arthur conan doyle stories",
            "rereading the holmes canon",
            "holmes and watson adventures",
            "elementary, my dear watson",
            "bbc sherlock series",
            "moriarty and the reichenbach falls",
            "a study in scarlet",
            "granada holmes with jeremy brett",
            "deerstalker and pipe",
            "sherlock holmes pastiche",
            "sherlock holmes museum",
            "aventuras de sherlock holmes",
            "sherlock-holmes-fan",
            "les aventures de sherlock holmes",
            "le avventure di sherlock holmes",
            "as aventuras de sherlock holmes",
        ),
        (
            "went full sherlock to find my keys",
            "no shit, sherlock",
            "holmes place gym membership",
            "holmes on homes renovation",
            "eamonn holmes on tv",
            "katie holmes",
            "ibm watson ai",
            "elementary school teacher",
            "baker street station",
            "detective sergeant in the police",
        ),
        (
            "sherlock",
            "sherlockian",
            "holmesian",
            "conan doyle",
            "arthur conan doyle",
            "sherlock holmes stories",
        ),
        ("crime fiction",),
    ),
    (
        "stephen king",
        (
            "constant reader",
            "stephen king fan",
            "reading the stand",
            "pennywise in it chapter two",
            "rereading the shining",
            "the dark tower series",
            "pet sematary",
            "derry and castle rock",
            "king's latest novel",
            "vampires of salem's lot",
            "annie wilkes in misery",
            "reading 11/22/63 by king",
            "on writing by stephen king",
            "carrie, christine and cujo",
            "holly gibney novels",
            "reading every king book in order",
            "fan de stephen king",
            "novela de stephen king",
            "roman von stephen king",
            "roman de stephen king",
            "romanzo di stephen king",
            "livro do stephen king",
        ),
        (
            "king charles coronation",
            "burger king",
            "king of the castle",
            "stephen fry",
            "king size bed",
            "martin luther king day",
            "the lion king musical",
            "chess king endgame",
            "king crab legs",
            "kings of leon",
        ),
        ("stephen king books", "stephen king fan", "constant reader", "king novels", "stephen king novels"),
        ("horror", "books"),
    ),
    (
        "jane austen",
        (
            "janeite",
            "austenite",
            "pride and prejudice",
            "swooning over mr darcy",
            "rereading persuasion",
            "emma woodhouse",
            "sense and sensibility",
            "northanger abbey",
            "mansfield park",
            "regency era costume",
            "jane austen festival in bath",
            "dancing at a regency ball",
            "elizabeth bennet",
            "the 1995 bbc adaptation",
            "austen book club",
            "austen retelling",
            "chawton house",
            "jane austen society",
            "orgullo y prejuicio",
            "stolz und vorurteil",
            "orgueil et préjugés",
            "orgoglio e pregiudizio",
            "orgulho e preconceito",
        ),
        (
            "jane doe",
            "austin, texas",
            "austin powers",
            "pride month",
            "prejudice and discrimination",
            "emma watson",
            "persuasion techniques in sales",
            "plain jane",
            "jane the virgin",
            "abbey road",
        ),
        ("austen", "janeite", "janeites", "austen novels", "jane austen fan"),
        ("classic literature", "english literature"),
    ),
    (
        "film festivals",
        (
            "festival programmer",
            "premiering at sundance",
            "cannes red carpet",
            "berlinale premiere",
            "tiff screening",
            "venice film festival",
            "our short film was selected",
            "official selection at the film festival",
            "the film festival circuit",
            "world premiere at the festival",
            "picked up my festival badge",
            "q&a after the screening",
            "short film festival",
            "film festival juror",
            "our documentary premieres",
            "laurels on the poster",
            "submitting via filmfreeway",
            "festival de cine",
            "filmfestspiele in berlin",
            "festival de cannes",
            "festival del cinema",
            "festival de cinema",
        ),
        (
            "music festival camping",
            "festival season wristbands",
            "glastonbury tickets",
            "beer festival",
            "food festival",
            "cling film",
            "film the event on my phone",
            "festival of lights diwali",
            "festive season",
            "oily film on the water",
        ),
        ("film festival", "film fests", "film fest", "festival circuit", "festival programming"),
        ("film",),
    ),
    (
        "webtoons",
        (
            "webtoon artist",
            "reading webtoons",
            "reading manhwa",
            "new webtoon episode dropped",
            "webtoon canvas",
            "solo leveling",
            "lore olympus",
            "tower of god",
            "vertical scroll comic on my phone",
            "manhwa recommendations",
            "webtoon creator",
            "bought coins to unlock episodes",
            "tapas comics",
            "webtoon weekly update schedule",
            "romance manhwa",
            "isekai manhwa",
            "webtoon original",
            "leyendo manhwa",
            "webtoon zeichnen",
            "lecture de webtoons",
            "leggendo manhwa",
            "lendo manhwa",
        ),
        (
            "webinar",
            "cartoon network",
            "toon town",
            "web design",
            "looney tunes",
            "weekly update for the team",
            "coin collection, roman denarii",
            "tapas bar",
            "vertical video",
            "spider web",
        ),
        ("webtoon", "manhwa", "manhua", "korean webcomics", "webtoon comics"),
        ("comics",),
    ),
    (
        "romantasy",
        (
            "romantasy reader",
            "fantasy romance",
            "acotar reread",
            "fourth wing",
            "faerie romance",
            "dragon riders and a war college",
            "enemies to lovers fae romance",
            "morally grey love interest",
            "slow burn romantasy",
            "fae prince love interest",
            "romantasy book haul",
            "spice level chart for my romantasy",
            "sarah j maas",
            "throne of glass",
            "iron flame",
            "booktok made me read it",
            "the cruel prince",
            "romantasía",
            "fantasy-liebesroman",
            "romance de fantasy",
            "romantasy in italiano",
            "livros de romantasy",
        ),
        (
            "romantic dinner for two",
            "fantasy football",
            "fantasy sports",
            "dragon boat",
            "enemies of the state",
            "grey hair",
            "spicy food",
            "wings takeaway",
            "flame grilled",
            "romania",
        ),
        ("romantasy books", "fantasy romance", "romantic fantasy", "romance fantasy", "faerie romance"),
        ("fantasy", "romance novels"),
    ),
    (
        "contemporary art",
        (
            "contemporary artist",
            "gallery opening",
            "art biennale",
            "installation artist",
            "venice biennale",
            "frieze london week",
            "art basel",
            "conceptual art",
            "solo show at the gallery",
            "curator of contemporary art",
            "video installation",
            "mixed media installation",
            "artist residency",
            "new work at the kunsthalle",
            "site-specific installation",
            "tate modern turbine hall",
            "moma ps1",
            "arte contemporáneo",
            "zeitgenössische kunst",
            "art contemporain",
            "arte contemporanea",
            "arte contemporânea",
        ),
        (
            "contemporary christian music",
            "contemporary home design",
            "my contemporaries at school",
            "contemporary romance novels",
            "state of the art technology",
            "art of the deal",
            "modern family",
            "contemporary issues in law",
            "installation of the new boiler",
            "software installation",
            "residency permit",
        ),
        ("contemporary artist", "modern art", "conceptual art", "installation art", "contemporary arts"),
        ("art",),
    ),
    (
        "performance art",
        (
            "performance artist",
            "durational performance",
            "live art",
            "body-based performance",
            "marina abramović retrospective",
            "performance piece",
            "a happening in the gallery",
            "fluxus event scores",
            "live art festival",
            "endurance performance",
            "performance documentation",
            "the artist is present",
            "performing in the gallery",
            "live art piece with audience participation",
            "performance and video art",
            "arte de performance",
            "performancekunst",
            "art de la performance",
            "arte performativa",
            "performance artística",
        ),
        (
            "performance review at work",
            "high performance car",
            "engine performance tuning",
            "athletic performance",
            "website performance optimisation",
            "stock performance",
            "performance anxiety",
            "performance bonus",
            "pitch performance",
        ),
        ("performance artist", "live art", "performance artists", "happenings", "durational performance"),
        ("art",),
    ),
    (
        "art collecting",
        (
            "art collector",
            "building a collection",
            "bought my first original",
            "auction at christie's",
            "sotheby's evening sale",
            "art advisor",
            "provenance research",
            "gallery acquisition",
            "collecting emerging artists",
            "art fair purchases",
            "limited edition prints",
            "collector of contemporary painting",
            "framing my new acquisition",
            "art market report",
            "art as an investment",
            "catalogue raisonné",
            "collector's home with art",
            "coleccionista de arte",
            "kunstsammler",
            "collectionneur d'art",
            "collezionista d'arte",
            "colecionador de arte",
        ),
        (
            "debt collector",
            "collecting the kids from school",
            "rubbish collection",
            "bin collection day",
            "tax collector",
            "collecting stamps",
            "art of war",
            "state of the art",
            "collecting data",
            "collecting my thoughts",
            "click and collect",
        ),
        ("art collector", "art collectors", "art collection", "collecting art", "art buying", "art market"),
        ("art", "collecting"),
    ),
    (
        "life drawing",
        (
            "life drawing class",
            "figure drawing",
            "life model",
            "gesture drawing",
            "30 second poses",
            "charcoal nude study",
            "anatomy studies",
            "croquis café session",
            "drawing from the model",
            "long pose with the life model",
            "drink and draw",
            "figure study",
            "sketchbook from life class",
            "proportions of the figure",
            "atelier training",
            "live model session",
            "figure drawing practice",
            "dibujo del natural",
            "aktzeichnen",
            "modèle vivant",
            "disegno dal vero",
            "modelo vivo",
        ),
        (
            "life drawing to a close",
            "drawing up a contract",
            "drawing a blank",
            "prize draw",
            "drawing the curtains",
            "drawing water",
            "bank account drawing",
            "draw in football",
            "drawing room",
            "drawn out process",
            "model railway",
        ),
        ("figure drawing", "life class", "life drawing class", "gesture drawing", "drawing from life"),
        ("illustration", "art"),
    ),
    (
        "sketch comedy",
        (
            "sketch comedy troupe",
            "sketch writer",
            "writing sketches",
            "sketch group",
            "snl sketch last night",
            "saturday night live",
            "monty python",
            "sketch show",
            "sketch comedian",
            "character comedy",
            "comedy sketches on youtube",
            "key and peele",
            "sketch night",
            "the second city",
            "sketch writing class",
            "upright citizens brigade",
            "sketch comedy duo",
            "grupo de sketches",
            "sketch-comedy gruppe",
            "sketchs humoristiques",
            "sketch comici",
            "esquetes de humor",
        ),
        (
            "sketchbook drawing",
            "urban sketching",
            "sketchy neighbourhood",
            "sketch design software",
            "rough sketch of the plan",
            "police sketch of suspect",
            "sketchy wifi",
            "comedy of errors",
        ),
        ("sketch shows", "sketch comedian", "sketch writing", "comedy sketches", "sketch troupe"),
        ("entertainment",),
    ),
    (
        "french cuisine",
        (
            "french chef",
            "classic french cooking",
            "mastering the art of french cooking",
            "coq au vin",
            "boeuf bourguignon",
            "bistro cooking",
            "beurre blanc",
            "mother sauces",
            "laminating dough for croissants",
            "cassoulet from toulouse",
            "escoffier brigade system",
            "brasserie menu",
            "bouillabaisse",
            "tarte tatin",
            "duck confit",
            "crêpes bretonnes",
            "cheese soufflé",
            "cuisine française",
            "cocina francesa",
            "französische küche",
            "cucina francese",
            "culinária francesa",
        ),
        (
            "french fries",
            "french toast",
            "french kiss",
            "french manicure",
            "french press coffee",
            "french exit",
            "french braid",
            "french horn",
            "french bulldog",
            "french doors",
        ),
        ("french food", "french cooking", "french gastronomy", "french bistro", "cuisine française"),
        ("cooking", "food"),
    ),
    (
        "chinese food",
        (
            "sichuan cooking",
            "dim sum brunch",
            "cantonese cooking",
            "hand-pulled noodles",
            "wok hei",
            "xiao long bao",
            "hot pot night",
            "mapo tofu",
            "peking duck",
            "char siu",
            "dumpling making",
            "proper chinese takeaway",
            "chinese chef",
            "hunan chili dishes",
            "szechuan peppercorns",
            "lanzhou noodles",
            "cooking with a wok",
            "comida china",
            "chinesisches essen",
            "cuisine chinoise",
            "cucina cinese",
            "comida chinesa",
        ),
        (
            "chinese new year",
            "china cabinet",
            "fine bone china",
            "chinese whispers",
            "chinese language class",
            "chinese checkers",
            "mandarin oranges",
            "wok the dog",
            "china trade policy",
        ),
        ("chinese cuisine", "chinese cooking", "dim sum", "sichuan food", "cantonese food", "szechuan"),
        ("food",),
    ),
    (
        "thai food",
        (
            "pad thai",
            "green curry",
            "tom yum",
            "som tam",
            "mango sticky rice",
            "thai street food in bangkok",
            "khao soi",
            "thai cooking class",
            "pad kra pao",
            "massaman curry",
            "thai chef",
            "fish sauce, lime and chilli",
            "galangal and lemongrass",
            "thai restaurant",
            "boat noodles",
            "larb gai",
            "comida tailandesa",
            "thailändische küche",
            "cuisine thaïlandaise",
            "cucina thailandese",
            "culinária tailandesa",
        ),
        (
            "thai massage",
            "thai boxing",
            "muay thai",
            "thai lottery",
            "thai airways",
            "thailand visa",
            "tie dye t-shirts",
            "new launch pad for the rocket",
            "curry favour",
        ),
        ("thai cuisine", "thai cooking", "thai food lover", "thai street food"),
        ("food",),
    ),
    (
        "vietnamese food",
        (
            "pho for breakfast",
            "banh mi sandwich",
            "bun cha",
            "fresh spring rolls",
            "nuoc cham",
            "ca phe sua da",
            "bun bo hue",
            "vietnamese chef",
            "pho broth simmering",
            "hanoi street food",
            "vietnamese coffee",
            "com tam",
            "banh xeo",
            "cao lau in hoi an",
            "vietnamese home cooking",
            "bo la lot",
            "my grandma's pho recipe",
            "comida vietnamita",
            "vietnamesische küche",
            "cuisine vietnamienne",
            "cucina vietnamita",
            "culinária vietnamita",
        ),
        (
            "vietnam war documentary",
            "vietnam veterans memorial",
            "spring break",
            "roll call",
            "iced coffee from starbucks",
            "broth of a boy",
            "noodle around",
            "vietnamese language class",
        ),
        ("vietnamese cuisine", "vietnamese cooking", "pho", "banh mi", "viet food"),
        ("food",),
    ),
    (
        "middle eastern food",
        (
            "hummus",
            "falafel",
            "shawarma",
            "mezze platter",
            "tahini sauce",
            "za'atar",
            "lebanese cuisine",
            "persian cooking",
            "ottolenghi",
            "baklava",
            "grilling kebabs",
            "shakshuka",
            "tabbouleh",
            "levantine cooking",
            "fattoush",
            "knafeh",
            "syrian home cooking",
            "palestinian maqluba",
            "sumac and pomegranate molasses",
            "comida libanesa",
            "orientalische küche",
            "cuisine libanaise",
            "cucina mediorientale",
            "comida árabe",
        ),
        (
            "middle east peace talks",
            "middle east politics",
            "oil prices in the gulf",
            "middle school",
            "middle eastern dance",
            "turkish airlines",
            "persian cat",
            "persian rug",
            "arabic calligraphy",
            "eastern time zone",
        ),
        (
            "middle eastern cuisine",
            "lebanese food",
            "levantine food",
            "persian food",
            "mezze",
            "arabic food",
            "turkish food",
        ),
        ("food",),
    ),
    (
        "spanish cuisine",
        (
            "tapas",
            "paella",
            "jamón ibérico",
            "pintxos in san sebastián",
            "tortilla española",
            "gazpacho",
            "patatas bravas",
            "croquetas",
            "chorizo and manchego",
            "spanish chef",
            "jamón and fino sherry",
            "sherry and tapas",
            "pulpo a la gallega",
            "churros con chocolate",
            "basque cuisine",
            "catalan cooking",
            "cocina española",
            "spanische küche",
            "cuisine espagnole",
            "cucina spagnola",
            "culinária espanhola",
        ),
        (
            "spanish lessons",
            "spanish flu",
            "spanish inquisition",
            "spanish guitar",
            "spanish steps in rome",
            "learning spanish on duolingo",
            "spanish football",
            "tapas comics app",
        ),
        ("spanish food", "tapas", "spanish cooking", "paella", "basque cuisine", "pintxos"),
        ("food", "cooking"),
    ),
    (
        "mead",
        (
            "mead maker",
            "meadery",
            "homemade mead",
            "honey wine",
            "first batch of mead",
            "traditional mead",
            "blackberry melomel",
            "apple cyser",
            "braggot brewing",
            "spiced metheglin",
            "racking the mead",
            "mead tasting",
            "caramelised honey bochet",
            "dry show mead",
            "pitching yeast into the must",
            "bottled my mead",
            "mead festival",
            "hidromiel",
            "met selbst gemacht",
            "hydromel",
            "idromele",
            "hidromel",
        ),
        (
            "mead johnson baby formula",
            "margaret mead anthropology",
            "meadow flowers",
            "mead notebook for school",
            "sweet as honey",
            "honey badger",
            "wine and cheese night",
            "meet and greet",
            "honey bee colony",
        ),
        ("mead making", "meadmaking", "meadery", "honey wine", "mazer", "meadmaker"),
        ("fermentation",),
    ),
    (
        "mocktails",
        (
            "mocktail",
            "zero-proof cocktails",
            "non-alcoholic spirits",
            "sober curious",
            "alcohol-free gin",
            "NA beer",
            "dry january",
            "spirit-free aperitif",
            "booze-free bar menu",
            "shrub syrup",
            "seedlip and tonic",
            "athletic brewing na beer",
            "mindful drinking",
            "virgin mojito",
            "low and no alcohol drinks",
            "alcohol-free bar",
            "sober bar",
            "cóctel sin alcohol",
            "alkoholfreie cocktails",
            "cocktail sans alcool",
            "cocktail analcolico",
            "drinks sem álcool",
        ),
        (
            "mock exams next week",
            "mockingbird",
            "mock turtle",
            "mockups in figma",
            "cocktail dress",
            "molotov cocktail",
            "drug cocktail",
            "cocktail of medications",
            "sober reflection",
            "athletic training program",
        ),
        (
            "mocktail",
            "non-alcoholic drinks",
            "alcohol-free drinks",
            "zero-proof drinks",
            "zero proof cocktails",
            "sober curious",
            "NA drinks",
        ),
        (),
    ),
    (
        "menswear",
        (
            "menswear",
            "classic menswear",
            "classic tailoring",
            "bespoke suit fitting",
            "made to measure suits",
            "savile row",
            "pitti uomo",
            "sprezzatura",
            "double-breasted blazer",
            "oxford cloth button down shirt",
            "selvedge denim",
            "goodyear welted boots",
            "ivy style",
            "tie bar and pocket square",
            "menswear fit pic",
            "menswear stylist",
            "gentleman's wardrobe",
            "moda masculina",
            "herrenmode",
            "mode masculine",
            "moda uomo",
            "alfaiataria masculina",
        ),
        (
            "mens health",
            "men's shed",
            "men's rights",
            "mens rea",
            "lawsuit filed",
            "tie the game",
            "pocket dial",
            "suit yourself",
            "wear and tear on the tyres",
            "menstrual cramps",
        ),
        ("mens fashion", "men's fashion", "mens style", "men's style", "classic menswear", "sartorial"),
        ("fashion",),
    ),
    (
        "sustainable fashion",
        (
            "sustainable fashion",
            "slow fashion",
            "ethical fashion",
            "capsule wardrobe",
            "who made my clothes",
            "fashion revolution",
            "mending my jeans instead of buying new",
            "visible mending",
            "upcycled clothing",
            "organic cotton",
            "fair trade clothing",
            "rental fashion",
            "buy less, choose well",
            "fast fashion",
            "circular fashion",
            "secondhand first",
            "30 wears",
            "moda sostenible",
            "nachhaltige mode",
            "mode éthique",
            "moda sostenibile",
            "moda sustentável",
        ),
        (
            "sustainable energy",
            "sustainable farming",
            "slow food",
            "fashionably late",
            "old fashioned cocktail",
            "in a timely fashion",
            "sustainable growth",
            "mending fences",
            "industrial revolution",
            "capsule hotel in tokyo",
        ),
        (
            "slow fashion",
            "ethical fashion",
            "eco fashion",
            "circular fashion",
            "conscious fashion",
            "sustainable style",
        ),
        ("fashion", "sustainability"),
    ),
    (
        "modest fashion",
        (
            "modest fashion",
            "hijabi",
            "hijab style",
            "abaya",
            "modest wear",
            "modest outfits",
            "long skirts",
            "tznius",
            "modest swimwear",
            "burkini",
            "hijab tutorial",
            "modest fashion week",
            "layering loose modest pieces",
            "loose fits and maxi dresses",
            "ramadan outfits",
            "eid outfit",
            "jilbab and khimar",
            "moda modesta y hiyab",
            "modest fashion mit hijab",
            "mode pudique et hijab",
            "moda modesta e velo",
        ),
        (
            "modest salary",
            "modest increase",
            "modest improvement",
            "modest house",
            "falsely modest",
            "modesty aside, i nailed it",
            "false modesty",
            "modest proposal",
            "modest apartment",
        ),
        ("modest wear", "hijab fashion", "hijabi fashion", "modest style", "modest clothing"),
        ("fashion",),
    ),
    (
        "jewelry",
        (
            "jewelry lover",
            "jewellery",
            "fine jewelry",
            "diamond engagement ring",
            "gold hoops",
            "stacking rings",
            "layered necklaces",
            "pearl earrings",
            "vintage jewelry",
            "jewelry designer",
            "jeweler with a boutique",
            "loose gemstones and settings",
            "charm bracelet",
            "jewellery collection",
            "cartier love bracelet",
            "tiffany necklace for my birthday",
            "curated ear stack",
            "amante de la joyería",
            "schmuck und ringe",
            "bijoux en or",
            "gioielli artigianali",
            "joias finas",
        ),
        (
            "family jewels",
            "crown jewels",
            "hidden gem",
            "ring the doorbell",
            "boxing ring",
            "phone ring",
            "gold price",
            "charm offensive",
            "pearl harbor",
            "diamond league",
            "ear infection",
        ),
        ("jewellery", "jewelry lover", "fine jewelry", "fine jewellery", "jewels", "jewelery", "accessories"),
        ("fashion",),
    ),
    (
        "modeling",
        (
            "model and actress",
            "fashion model",
            "signed with an agency",
            "walked the runway at fashion week",
            "catwalk show in milan",
            "model photoshoot today",
            "portfolio shoot with a new photographer",
            "tfp shoot for my model portfolio",
            "comp card",
            "model castings all week",
            "go-sees in paris",
            "mother agency and model agency",
            "editorial shoot for vogue",
            "commercial model",
            "plus-size model",
            "fitness model",
            "modeling portfolio",
            "modelo de pasarela",
            "model bei einer agentur in hamburg",
            "mannequin pour une agence",
            "modella per sfilate",
            "modelo de passarela",
        ),
        (
            "3d modeling",
            "data modeling",
            "statistical model",
            "role model",
            "scale model",
            "business model",
            "language model",
            "model railway",
            "model t ford",
            "model answer",
            "climate model",
            "financial modeling",
        ),
        ("modelling", "fashion modeling", "fashion model", "model", "models", "runway model"),
        ("fashion",),
    ),
    (
        "hair care",
        (
            "curly hair",
            "curly girl method",
            "wash day",
            "natural hair",
            "type 4 hair",
            "protective styles",
            "box braids",
            "deep conditioning",
            "hair growth journey",
            "silk pillowcase",
            "scalp care",
            "hair oiling",
            "hair mask",
            "leave-in conditioner",
            "wavy hair",
            "big chop",
            "my curly hair routine",
            "rutina capilar",
            "haarpflege",
            "soins capillaires",
            "cura dei capelli",
            "cuidados com o cabelo",
        ),
        (
            "hair of the dog",
            "hair-raising",
            "splitting hairs",
            "let your hair down",
            "hair dryer broke",
            "dog hair on sofa",
            "hair's breadth",
            "bad hair day",
            "hairy situation",
            "hair metal",
            "hairline fracture",
        ),
        (
            "haircare",
            "curly hair",
            "natural hair",
            "curly girl method",
            "hair growth",
            "healthy hair",
            "hair routine",
        ),
        (),
    ),
    (
        "lash extensions",
        (
            "lash artist",
            "lash tech",
            "lash extensions",
            "classic lashes",
            "volume lashes",
            "hybrid lashes",
            "lash lift",
            "lash fill",
            "mega volume",
            "lash appointment",
            "lash studio",
            "lash training",
            "brow lamination",
            "lash and brow",
            "lash set before and after",
            "lash isolation with tweezers",
            "cluster lashes at home",
            "extensiones de pestañas",
            "wimpernverlängerung",
            "extensions de cils",
            "extension ciglia",
            "extensão de cílios",
        ),
        (
            "whiplash",
            "backlash",
            "lash out",
            "lashing rain",
            "forty lashes",
            "lashed together with rope",
            "ratchet straps",
            "hair extensions",
            "extension cable",
            "deadline extension",
            "browser extension",
        ),
        (
            "lash artist",
            "lash tech",
            "lashes",
            "eyelash extensions",
            "lash lift",
            "lash and brow",
            "lash technician",
        ),
        ("makeup",),
    ),
    (
        "mid-century modern",
        (
            "mid-century modern",
            "mcm furniture finds",
            "eames lounge chair",
            "teak sideboard",
            "danish modern",
            "atomic age decor",
            "vintage furniture",
            "restored credenza",
            "palm springs modernism week",
            "sideboard with tapered legs",
            "midcentury lamp restored",
            "our mcm home tour",
            "tulip table",
            "space age lamp",
            "danish teak",
            "mid-century ranch house",
            "estate sale find, walnut credenza",
            "mobiliario vintage",
            "mid-century-möbel",
            "mobilier vintage",
            "arredamento modernariato",
            "móveis vintage",
        ),
        (
            "middle age",
            "mid-life crisis",
            "modern warfare",
            "modern family",
            "atomic habits",
            "teak oil boats",
            "century club",
            "modern slavery",
            "modernisation",
        ),
        ("midcentury", "midcentury modern", "mcm", "danish modern", "atomic age"),
        ("interior design",),
    ),
    (
        "cottagecore",
        (
            "cottagecore",
            "cottage garden",
            "prairie dress",
            "baking bread and pressing flowers",
            "picnic in the meadow with a wicker basket",
            "foraging and frog ornaments",
            "embroidering in my cottage",
            "cottage life",
            "slow living",
            "linen apron",
            "gingham dress and straw hat",
            "mushroom and frog decor",
            "fairytale cottage in the woods",
            "thatched cottage",
            "wildflower bouquets",
            "rural fantasy",
            "cottagecore aesthetic",
            "estética cottagecore",
            "cottagecore-ästhetik",
            "esthétique cottagecore",
            "estetica cottagecore",
        ),
        (
            "cottage cheese",
            "cottage pie",
            "cottage industry",
            "holiday cottage rental",
            "core workout",
            "hardcore",
            "apple core",
            "core values",
            "normcore",
        ),
        (
            "cottagecore aesthetic",
            "cottage core",
            "slow living",
            "goblincore",
            "fairycore",
            "cottage aesthetic",
        ),
        (),
    ),
    (
        "home cleaning",
        (
            "cleaning",
            "cleantok",
            "clean with me",
            "deep clean",
            "speed cleaning",
            "cleaning routine",
            "cleaning motivation",
            "decluttering",
            "laundry stripping",
            "favourite cleaning products",
            "satisfying carpet cleaning",
            "scrubbing the grout",
            "oven cleaning",
            "professional cleaner",
            "cleaning business",
            "housekeeper",
            "mrs hinch",
            "sunday reset",
            "limpieza del hogar",
            "putzen und aufräumen",
            "faire le ménage",
            "pulizie di casa",
            "faxina",
        ),
        (
            "dry cleaning",
            "ethnic cleansing",
            "clean energy",
            "clean eating",
            "clean code",
            "data cleaning",
            "clean sheet in football",
            "came clean",
            "clean shaven",
            "cleaning up at the poker table",
            "clean beauty",
        ),
        (
            "cleaning",
            "house cleaning",
            "cleaning tips",
            "cleaning hacks",
            "cleantok",
            "housekeeping",
            "cleaning motivation",
        ),
        ("home organization",),
    ),
    (
        "adventure travel",
        (
            "adventure traveler",
            "expedition leader",
            "overland across africa",
            "trekking in nepal",
            "bucket list adventure trip",
            "off the beaten path",
            "jungle trek",
            "safari in the serengeti",
            "trekking torres del paine in patagonia",
            "summited kilimanjaro",
            "everest base camp",
            "adventure guide",
            "antarctica expedition cruise",
            "hiked an active volcano",
            "bungee jump in queenstown",
            "shark cage diving",
            "viajes de aventura",
            "abenteuerreisen",
            "voyages d'aventure",
            "viaggi avventura",
            "turismo de aventura",
        ),
        (
            "adventure games",
            "choose your own adventure",
            "adventure time",
            "adventure playground",
            "adventure tabletop campaign with friends",
            "parenting is an adventure",
            "new adventure job",
            "misadventure",
            "adventure novel",
            "adventurous eater",
        ),
        ("adventure traveler", "adventure traveller", "expedition travel", "adventure tourism"),
        ("travel",),
    ),
    (
        "budget travel",
        (
            "backpacker",
            "budget traveler",
            "staying in hostels",
            "budget travel hacks",
            "cheap flights",
            "backpacking southeast asia",
            "interrail",
            "gap year",
            "couchsurfing",
            "night bus",
            "travelling on a shoestring",
            "asia on $30 a day",
            "budget airline",
            "dorm bed",
            "workaway",
            "free walking tour",
            "mochilero por latinoamérica",
            "viajar barato",
            "backpacker in südostasien",
            "voyager pas cher",
            "viaggiare low cost",
            "mochileiro",
        ),
        (
            "budget meeting",
            "government budget",
            "wedding budget",
            "budget spreadsheet",
            "hostile takeover",
            "backpack for school",
            "cheap shot",
            "night shift",
            "low budget movie",
        ),
        (
            "backpacking travel",
            "backpacker",
            "backpackers",
            "cheap travel",
            "travel on a budget",
            "hostel life",
            "shoestring travel",
        ),
        ("travel",),
    ),
    (
        "tourism",
        (
            "tourism professional",
            "destination marketing",
            "tourism board",
            "tour operator",
            "travel agent",
            "hospitality and tourism",
            "visitor economy",
            "overtourism",
            "sustainable tourism",
            "ecotourism",
            "inbound tourism",
            "tourism management degree",
            "destination management company",
            "tourism industry",
            "tourist attractions",
            "tourism marketing",
            "tourism recovery",
            "tourism research",
            "sector del turismo",
            "tourismus und gastgewerbe",
            "office de tourisme",
            "turismo sostenibile",
            "gestão do turismo",
        ),
        (
            "tour de france stage",
            "band on world tour",
            "tour of duty in afghanistan",
            "virtual house tour",
            "tourette syndrome",
            "golf tour",
            "grand tour car show",
            "tour bus for the band",
        ),
        (
            "tourism industry",
            "travel industry",
            "hospitality and tourism",
            "ecotourism",
            "sustainable tourism",
            "destination marketing",
        ),
        ("travel",),
    ),
    (
        "tour guiding",
        (
            "tour guide",
            "licensed tour guide",
            "walking tour",
            "blue badge guide",
            "guiding groups",
            "city guide",
            "food tour guide",
            "museum docent",
            "private tours",
            "tour leader",
            "guided tours",
            "history walking tours",
            "tips from today's tour group",
            "guiding cruise ship passengers around the old town",
            "guiding in three languages",
            "guía turístico",
            "reiseleiterin",
            "guide touristique",
            "guida turistica",
            "guia de turismo",
        ),
        (
            "guide dog",
            "girl guides",
            "style guide",
            "user guide",
            "tv guide",
            "guidance counselor",
            "spiritual guide",
            "tour de force",
            "guided meditation",
            "tour of duty",
        ),
        (
            "tour guide",
            "tour guides",
            "tourist guide",
            "walking tours",
            "tour leader",
            "city guide",
            "blue badge guide",
        ),
        ("travel",),
    ),
    (
        "short-term rentals",
        (
            "airbnb host",
            "superhost",
            "vacation rental",
            "holiday let",
            "str investor",
            "guest turnover",
            "cleaning fee",
            "listed our cabin on airbnb",
            "vrbo and airbnb listings",
            "optimising my airbnb listing",
            "occupancy rate",
            "co-host",
            "five star guest reviews",
            "furnished apartment for guests",
            "self check-in with a lockbox",
            "dynamic pricing for the holiday let",
            "alquiler vacacional",
            "ferienwohnung vermieten",
            "location saisonnière",
            "affitti brevi",
            "alojamento local",
        ),
        (
            "long-term rental",
            "car rental",
            "rent strike",
            "renting a flat",
            "rental agreement",
            "equipment rental",
            "short-term memory",
            "short-term loan",
            "host of a podcast",
            "host of the party",
            "super bowl host city",
        ),
        (
            "airbnb hosting",
            "airbnb host",
            "vacation rentals",
            "holiday lets",
            "vacation rental",
            "holiday rentals",
        ),
        ("real estate",),
    ),
    (
        "italian culture",
        (
            "italophile",
            "la dolce vita",
            "living in italy",
            "learning italian",
            "italian heritage",
            "cooking with my nonna",
            "aperitivo",
            "passeggiata",
            "renaissance florence",
            "living in tuscany",
            "sicilian roots",
            "italian-american",
            "vespa ride through rome",
            "evenings in the piazza",
            "italian cinema",
            "amalfi coast",
            "made in italy",
            "cultura italiana",
            "italienische kultur",
            "culture italienne",
            "vivere in italia",
        ),
        (
            "italic font",
            "the italian job",
            "italian greyhound",
            "italian dressing",
            "italian stallion",
            "pizza delivery",
            "mafia movie",
            "venetian blinds for the office",
            "roman numerals on the clock",
            "pisa test results for schools",
        ),
        ("italy", "italian", "italophile", "italian heritage", "italian-american", "italia", "dolce vita"),
        (),
    ),
    (
        "french culture",
        (
            "francophile",
            "living in france",
            "paris is my second home",
            "joie de vivre",
            "french cinema",
            "chanson",
            "learning french",
            "french literature",
            "bonjour from lyon",
            "baguette from the boulangerie",
            "french village life",
            "summers in provence",
            "french heritage",
            "bastille day",
            "café culture",
            "french new wave",
            "culture française",
            "cultura francesa",
            "französische kultur",
            "cultura francese",
        ),
        (
            "french fries",
            "french toast",
            "french press",
            "french kiss",
            "french manicure",
            "french bulldog",
            "french horn",
            "pardon my french",
            "french doors",
            "french braid",
        ),
        ("france", "french", "francophile", "paris", "french heritage", "francophone culture"),
        (),
    ),
    (
        "korean culture",
        (
            "hallyu",
            "korean wave",
            "learning korean",
            "hangul",
            "moved to seoul",
            "living in korea",
            "korean traditions",
            "hanbok",
            "chuseok",
            "seollal",
            "korean history",
            "korean heritage",
            "korean-american",
            "k-culture",
            "noraebang",
            "korean language exchange",
            "cultura coreana",
            "koreanische kultur",
            "culture coréenne",
            "cultura coreana in italia",
        ),
        (
            "korean war veterans",
            "north korean missile test",
            "korean air flight",
            "k9 unit",
            "samsung galaxy",
            "hyundai",
            "kia sportage",
            "pyongyang regime sanctions",
            "samsung stock price",
            "lg washing machine repair",
        ),
        ("korea", "korean", "k-culture", "hallyu", "korean wave", "korean heritage", "south korea"),
        (),
    ),
)

NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "heavy equipment operation": (
        "HGV driver on tramping work",
        "farmer on the tractor all day baling",
        "forklift driver in the warehouse",
        "civil engineer designing the road",
        "mechanic fixing diesel engines",
    ),
    "collision repair": (
        "car detailing and ceramic coating",
        "mechanic doing a timing belt change",
        "classic car restoration in my garage",
        "insurance claims handler for motor policies",
        "custom car wraps and vinyl",
    ),
    "lineworker": (
        "domestic electrician rewiring a house",
        "telecoms engineer splicing fibre",
        "tree surgeon felling an oak",
        "wind turbine technician",
        "electrical engineer designing substations",
    ),
    "flooring": (
        "tiler doing a bathroom",
        "joiner hanging doors",
        "interior designer choosing rugs",
        "carpet cleaning business",
        "DIY shelves in the garage",
    ),
    "quantity surveying": (
        "land surveyor with GPS rover",
        "architect drawing a planning application",
        "site manager running the build",
        "accountant doing year-end",
        "estate agent valuing houses",
    ),
    "non-destructive testing": (
        "welder on a pipeline spread",
        "software QA tester",
        "radiographer in a hospital x-ray department",
        "scaffolder on the refinery",
        "metallurgy lab tensile testing",
    ),
    "piano tuning": (
        "concert pianist practising rachmaninoff",
        "guitar luthier building acoustics",
        "piano teacher with 20 students",
        "organist at the cathedral",
        "sound engineer tuning the PA",
    ),
    "aircraft maintenance": (
        "airline pilot flying the 737",
        "car mechanic in a garage",
        "cabin crew on long haul",
        "aerospace engineer designing wings",
        "plane spotter with a long lens",
    ),
    "delivery driving": (
        "taxi driver on the night shift",
        "long haul trucker",
        "postman on my walk",
        "warehouse picker on nights",
        "bus driver on route 12",
    ),
    "airport operations": (
        "airline pilot",
        "air traffic controller",
        "cabin crew",
        "frequent flyer points hacks",
        "travel agent booking holidays",
    ),
    "yacht crew": (
        "dinghy sailing at the club",
        "merchant navy officer on container ships",
        "cruise ship entertainer",
        "hotel housekeeping supervisor",
        "fisherman on a trawler",
    ),
    "railway engineering": (
        "train driver on the mainline",
        "trainspotter at the station",
        "model railway layout builder",
        "civil engineer on highways",
        "commuter complaining about delays",
    ),
    "customs and border": (
        "immigration lawyer helping asylum seekers",
        "freight forwarder arranging shipments",
        "police officer on patrol",
        "airline check-in agent",
        "soldier deployed abroad",
    ),
    "criminal investigation": (
        "crime novelist writing a detective series",
        "true crime podcaster",
        "criminal defence solicitor",
        "forensic scientist analysing DNA",
        "private investigator",
    ),
    "environmental health": (
        "environmental activist at the climate march",
        "ecologist surveying bats",
        "pest control technician",
        "public health epidemiologist",
        "chef running a kitchen",
    ),
    "fire safety": (
        "firefighter on watch",
        "health and safety officer on site",
        "security guard at the mall",
        "electrician fitting sockets",
        "building surveyor",
    ),
    "legal aid": (
        "corporate lawyer doing M&A",
        "paralegal at a commercial firm",
        "social worker",
        "charity fundraiser",
        "human rights activist",
    ),
    "community development": (
        "social worker in child protection",
        "community manager for a discord server",
        "property developer",
        "charity fundraiser",
        "local councillor",
    ),
    "transport planning": (
        "bus driver",
        "urban designer sketching public squares",
        "logistics manager for a fleet",
        "travel blogger",
        "rail enthusiast",
    ),
    "radiotherapy": (
        "diagnostic radiographer doing CT",
        "oncology nurse on chemo unit",
        "radiologist reporting scans",
        "nuclear power engineer",
        "cancer survivor fundraising",
    ),
    "music therapy": (
        "music teacher at school",
        "art therapist",
        "sound healer with singing bowls",
        "session musician",
        "speech therapist",
    ),
    "occupational health": (
        "occupational therapist",
        "HR manager",
        "health and safety officer",
        "GP in a busy practice",
        "personal trainer",
    ),
    "infection control": (
        "microbiologist in a research lab",
        "public health epidemiologist",
        "cleaner at the office",
        "pharmacist",
        "virologist studying covid",
    ),
    "haematology": (
        "oncologist treating breast cancer",
        "phlebotomist taking bloods",
        "blood donor",
        "cardiologist",
        "vampire fiction fan",
    ),
    "nephrology": (
        "urologist removing kidney stones",
        "transplant surgeon",
        "dietitian",
        "cardiologist",
        "living kidney donor",
    ),
    "rheumatology": (
        "orthopaedic surgeon",
        "physiotherapist",
        "living with arthritis",
        "sports medicine doctor",
        "dermatologist",
    ),
    "crystallography": (
        "crystal healing",
        "mineral collector",
        "microscopist",
        "materials scientist",
        "cryo-EM enthusiast",
    ),
    "medicinal chemistry": (
        "herbalist",
        "pharmacist",
        "chemistry teacher",
        "pharmacologist",
        "natural remedies",
    ),
    "metrology": (
        "meteorologist",
        "land surveyor",
        "CNC machinist",
        "software metrics",
        "weather forecaster",
    ),
    "regulatory affairs": (
        "compliance officer at a bank",
        "lobbyist",
        "clinical research associate",
        "quality assurance manager",
        "lawyer",
    ),
    "quality management": (
        "software tester",
        "health and safety manager",
        "production supervisor",
        "auditor in accounting",
        "product reviewer",
    ),
    "motion design": (
        "2d character animator",
        "graphic designer",
        "video editor",
        "VFX compositor",
        "motion picture director",
    ),
    "art direction": ("film director", "graphic designer", "copywriter", "painter", "gallery curator"),
    "3d modelling": (
        "3d printing",
        "fashion model",
        "scale model kits",
        "CAD engineering drawings",
        "concept artist",
    ),
    "colour grading": (
        "video editor",
        "hair colourist at a salon",
        "photo editor",
        "cinematographer",
        "painter",
    ),
    "set design": (
        "interior designer",
        "costume designer",
        "stage manager",
        "lighting designer",
        "actor in the play",
    ),
    "music industry": (
        "music fan",
        "musician",
        "music teacher",
        "music producer making beats",
        "concertgoer",
    ),
    "visual merchandising": (
        "fashion stylist",
        "merch seller",
        "retail sales assistant",
        "interior designer",
        "graphic designer",
    ),
    "office administration": (
        "HR generalist",
        "accountant",
        "executive assistant",
        "IT support",
        "project manager",
    ),
    "executive assistant": (
        "office manager",
        "receptionist",
        "HR manager",
        "chief operating officer",
        "event planner",
    ),
    "internal communications": (
        "PR for consumer brands",
        "HR business partner",
        "marketing manager",
        "journalist",
        "social media manager",
    ),
    "investor relations": (
        "financial analyst",
        "stock trader",
        "PR agency",
        "venture capitalist",
        "accountant",
    ),
    "treasury": ("accountant", "investment banker", "treasurer of the local club", "day trader", "economist"),
    "business intelligence": (
        "data scientist",
        "data engineer",
        "business analyst",
        "market researcher",
        "accountant",
    ),
    "records management": (
        "archivist",
        "librarian",
        "data protection officer",
        "IT administrator",
        "record collector",
    ),
    "astrobiology": (
        "amateur astronomer photographing the orion nebula",
        "ufo hunter reviewing sighting footage",
        "astrologer reading birth charts",
        "marine biologist studying coral reefs",
        "rocket engineer at a launch startup",
    ),
    "geophysics": (
        "geologist mapping rock outcrops",
        "particle physicist at cern",
        "land surveyor with a total station",
        "weather forecaster on local tv",
        "petroleum engineer on the rig",
    ),
    "primatology": (
        "zookeeper feeding the giraffes",
        "wildlife photographer on safari",
        "dog trainer and behaviourist",
        "veterinary nurse at a small animal clinic",
        "anthropologist doing fieldwork in a village",
    ),
    "fusion energy": (
        "solar panel installer",
        "nuclear power station operator at a fission plant",
        "wind farm engineer",
        "jazz fusion guitarist",
        "particle physics phd at the lhc",
    ),
    "human-computer interaction": (
        "ux designer making wireframes for an app",
        "frontend developer building react components",
        "ergonomics consultant setting up office chairs",
        "graphic designer doing brand identities",
        "machine learning engineer training models",
    ),
    "operations research": (
        "operations manager at a distribution centre",
        "data scientist building dashboards",
        "management consultant on a strategy project",
        "logistics coordinator booking trucks",
        "actuary pricing insurance risk",
    ),
    "stem cell research": (
        "STEM outreach for schoolgirls",
        "cosmetic clinic offering stem cell facials",
        "oncologist treating breast cancer",
        "biology teacher at a high school",
        "fertility clinic nurse",
    ),
    "citizen science": (
        "professional ecologist doing bat surveys",
        "science teacher running a school science fair",
        "birdwatcher ticking off a rare warbler",
        "science communicator making youtube explainers",
        "volunteer litter picker on the beach",
    ),
    "open science": (
        "open source developer maintaining a library",
        "science journalist writing about new studies",
        "academic librarian running the catalogue",
        "data engineer building pipelines",
        "freedom of information campaigner",
    ),
    "science policy": (
        "lab scientist running western blots",
        "science communicator on tiktok",
        "health policy analyst at a think tank",
        "civil servant in the tax office",
        "tech policy lobbyist",
    ),
    "human evolution": (
        "dinosaur paleontologist digging in montana",
        "evolutionary biologist studying fruit flies",
        "ancestry dna test for my family tree",
        "archaeologist excavating a roman villa",
        "creationist debating evolution",
    ),
    "WWI history": (
        "world war ii historian of d-day",
        "military veteran of the gulf war",
        "playing battlefield 1 online",
        "napoleonic wars reenactor",
        "cold war spy novels",
    ),
    "napoleonic history": (
        "roman legion reenactor",
        "world war one battlefield tours",
        "french language teacher",
        "historical romance novels set in regency ballrooms",
        "warhammer 40k army painter",
    ),
    "tudor history": (
        "victorian history society talk",
        "royal family watcher",
        "medieval castle tours",
        "shakespeare actor at the globe",
        "vintage watch collector",
    ),
    "byzantine history": (
        "roman history podcast on caesar",
        "ottoman empire history",
        "greek orthodox priest",
        "turkish cooking classes",
        "renaissance art historian",
    ),
    "viking history": (
        "norse mythology tattoos and heathen rituals",
        "minnesota vikings season ticket holder",
        "scandinavian travel vlogger",
        "medieval knights reenactor",
        "anglo-saxon literature lecturer",
    ),
    "maritime history": (
        "sailing instructor on the solent",
        "cruise ship entertainer",
        "royal navy recruiter",
        "scuba diver on a modern wreck",
        "shipping logistics manager",
    ),
    "african history": (
        "black history month in the us",
        "safari guide in tanzania",
        "afrobeats dj",
        "african studies language course in swahili",
        "egyptologist at the british museum",
    ),
    "holocaust education": (
        "world war ii tank enthusiast",
        "jewish cooking for passover",
        "genealogy research on my family",
        "human rights lawyer",
        "israel politics commentary",
    ),
    "church history": (
        "pastor preaching on sunday",
        "medieval history lecturer",
        "church architecture photography",
        "bible study group",
        "art history of religious paintings",
    ),
    "rhetoric": (
        "debate club captain",
        "speechwriter for a politician",
        "toastmasters public speaking",
        "copywriter writing ad copy",
        "english literature teacher",
    ),
    "political economy": (
        "stock market trader",
        "political campaign volunteer",
        "accountant doing tax returns",
        "macroeconomist forecasting gdp",
        "political philosophy student reading rawls",
    ),
    "security studies": (
        "cybersecurity analyst at a bank",
        "security guard at the shopping centre",
        "army infantry soldier",
        "police officer on patrol",
        "international development worker",
    ),
    "psephology": (
        "campaign volunteer knocking doors",
        "market research survey designer",
        "political journalist at westminster",
        "polling station clerk",
        "statistician in a pharma company",
    ),
    "health economics": (
        "hospital manager balancing budgets",
        "personal finance blogger",
        "health insurance broker",
        "epidemiologist tracking outbreaks",
        "pharma sales rep",
    ),
    "media studies": (
        "social media manager for brands",
        "tv news journalist",
        "film director on set",
        "pr consultant writing press releases",
        "youtuber making vlogs",
    ),
    "climate activism": (
        "climate scientist running models",
        "zero waste lifestyle blogger",
        "solar panel installer",
        "weather forecaster",
        "recycling manager at the council",
    ),
    "environmental justice": (
        "environmental consultant doing impact assessments",
        "zero waste lifestyle influencer",
        "criminal justice reform advocate",
        "wildlife conservation volunteer",
        "environmental science teacher",
    ),
    "refugee support": (
        "immigration lawyer for work visas",
        "expat life in dubai",
        "travel agent booking holidays abroad",
        "border force officer",
        "women's refuge support worker",
    ),
    "reforestation": (
        "logging company forester",
        "christmas tree farm",
        "tree surgeon and arborist",
        "houseplant collector",
        "hiking in the forest",
    ),
    "road safety": (
        "driving instructor",
        "road trip vlogger",
        "car insurance broker",
        "motorsport fan",
        "health and safety officer on site",
    ),
    "active travel": (
        "road cyclist doing sportives",
        "car enthusiast detailing my bmw",
        "travel blogger",
        "personal trainer",
        "public transport nerd riding every tram line",
    ),
    "patient advocacy": (
        "hospital doctor on call",
        "nurse on a busy ward",
        "personal injury lawyer",
        "health influencer selling supplements",
        "pharma marketing manager",
    ),
    "anti-corruption": (
        "forensic accountant",
        "police detective",
        "political campaign manager",
        "compliance officer at a bank",
        "true crime podcast fan",
    ),
    "blood donation": (
        "phlebotomist taking blood samples",
        "hospital nurse",
        "organ donor registration",
        "volunteer at the food bank",
        "blood test for cholesterol",
    ),
    "community gardening": (
        "professional landscaper",
        "houseplant collector",
        "garden centre manager",
        "farmer growing wheat",
        "community manager for a tech brand",
    ),
    "rotary club": (
        "freemason lodge member",
        "golf club member",
        "charity fundraiser running a marathon",
        "local councillor",
        "scout leader",
    ),
    "evangelical christianity": (
        "catholic priest saying mass",
        "atheist debater",
        "gospel choir singer",
        "religious studies lecturer",
        "muslim chaplain",
    ),
    "anglicanism": (
        "catholic priest",
        "methodist minister",
        "british royal family fan",
        "church wedding photographer",
        "choir singer at the cathedral concert",
    ),
    "latter-day saints": (
        "catholic priest",
        "jehovah's witness knocking doors",
        "evangelical pastor",
        "utah ski trip",
        "broadway musical fan",
    ),
    "christian apologetics": (
        "atheist debater",
        "philosophy professor",
        "pastor preaching sermons",
        "debate club coach",
        "theology student",
    ),
    "missionary work": (
        "aid worker with an ngo",
        "volunteer travel gap year",
        "pastor of a local church",
        "peace corps volunteer",
        "expat teacher abroad",
    ),
    "jainism": (
        "hindu temple priest",
        "buddhist monk",
        "vegan activist",
        "yoga teacher",
        "indian cooking blog",
    ),
    "taoism": (
        "buddhist meditation retreat",
        "tai chi instructor",
        "feng shui consultant",
        "confucian scholar",
        "chinese medicine practitioner",
    ),
    "fortnite": (
        "apex legends ranked grind",
        "pubg mobile squad",
        "call of duty warzone drop",
        "roblox obby with my little brother",
        "minecraft survival server",
    ),
    "call of duty": (
        "battlefield 2042 conquest",
        "counter-strike faceit grind",
        "fortnite zero build",
        "airsoft skirmish on sunday",
        "halo infinite ranked",
    ),
    "roblox": (
        "minecraft bedrock server",
        "fortnite creative map",
        "unity game development course",
        "animal crossing island tour",
        "lego city building set",
    ),
    "counter-strike": (
        "valorant ranked immortal",
        "call of duty warzone",
        "rainbow six siege ranked",
        "airsoft cqb game",
        "paintball tournament",
    ),
    "valorant": (
        "counter-strike 2 faceit",
        "overwatch 2 support main",
        "league of legends ranked",
        "apex legends predator",
        "fortnite zero build",
    ),
    "the legend of zelda": (
        "elden ring boss fight",
        "super mario odyssey",
        "pokémon scarlet",
        "final fantasy vii remake",
        "genshin impact open world",
    ),
    "genshin impact": (
        "honkai star rail warp",
        "zenless zone zero",
        "final fantasy xiv raid",
        "anime convention cosplay",
        "pokémon go raids",
    ),
    "go": (
        "chess opening prep",
        "shogi tsume puzzle",
        "othello reversi tournament",
        "mahjong night",
        "gomoku five in a row",
    ),
    "dominoes": (
        "mahjong tiles at grandma's",
        "rummikub night",
        "backgammon in the café",
        "domino toppling artist",
        "cribbage at the pub",
    ),
    "fantasy baseball": (
        "fantasy football waiver wire",
        "mlb the show online",
        "baseball card breaks",
        "sports betting parlays",
        "fantasy basketball league",
    ),
    "sumo": (
        "judo randori at the dojo",
        "freestyle wrestling club",
        "sumo deadlift pr at the gym",
        "pro wrestling wwe raw",
        "mma cage fighting",
    ),
    "kabaddi": (
        "ipl cricket fan",
        "kho kho team",
        "freestyle wrestling akhara",
        "rugby sevens",
        "pro wrestling",
    ),
    "speed skating": (
        "figure skating competition",
        "ice hockey league",
        "roller derby bout",
        "cross-country skiing race",
        "inline skating in the park for fun",
    ),
    "cornhole": (
        "horseshoes pitching",
        "beer pong at the tailgate",
        "disc golf league",
        "kubb tournament",
        "darts league at the pub",
    ),
    "kendo": (
        "olympic fencing épée",
        "hema longsword sparring",
        "karate kata",
        "judo randori",
        "samurai sword collecting",
    ),
    "floorball": (
        "ice hockey league",
        "field hockey club",
        "street hockey with the kids",
        "bandy",
        "lacrosse team",
    ),
    "dodgeball": ("handball club", "kickball league", "paintball game", "volleyball league", "netball team"),
    "roundnet": (
        "beach volleyball",
        "pickleball league",
        "teqball table at the gym",
        "footvolley",
        "ultimate frisbee",
    ),
    "cyclocross": (
        "mountain bike enduro",
        "gravel race",
        "motocross",
        "road cycling crit",
        "cross-country running",
    ),
    "track cycling": (
        "road cycling sportive",
        "bmx racing",
        "fixie commuting",
        "track and field sprinting",
        "indoor cycling class",
    ),
    "ski touring": (
        "resort skiing on groomers",
        "cross-country skiing",
        "snowshoeing",
        "mountaineering",
        "snowmobiling",
    ),
    "eventing": ("dressage test", "show jumping", "horse racing", "event planning", "endurance riding"),
    "barre": ("pilates reformer", "ballet class", "yoga class", "pole fitness", "bar staff"),
    "aerobics": ("zumba class", "hiit bootcamp", "spin class", "aqua jogging", "pilates"),
    "trampolining": (
        "artistic gymnastics",
        "diving springboard",
        "cheerleading tumbling",
        "parkour",
        "bouncy castle hire",
    ),
    "flow arts": (
        "juggling balls",
        "circus trapeze",
        "fire eating sideshow",
        "baton twirling",
        "yo-yo tricks",
    ),
    "lapidary": (
        "rockhounding trip",
        "jewellery making",
        "stonemasonry",
        "crystal healing",
        "mineral collecting",
    ),
    "diamond painting": (
        "paint by numbers",
        "cross-stitch",
        "jigsaw puzzles",
        "mosaic art",
        "diamond jewellery",
    ),
    "kite flying": ("kitesurfing", "paragliding", "drone flying", "rc aircraft", "hang gliding"),
    "canning": ("fermentation and kimchi", "meal prep", "dehydrating fruit", "freeze drying", "baking bread"),
    "magnet fishing": ("metal detecting", "fishing", "scuba diving", "urban exploration", "mudlarking"),
    "rc aircraft": ("rc cars", "fpv drones", "plane spotting", "model rocketry", "aviation"),
    "fossil hunting": (
        "rockhounding",
        "metal detecting",
        "paleontology research",
        "archaeology dig",
        "beachcombing",
    ),
    "beachcombing": ("beach cleaning", "metal detecting", "fossil hunting", "rockhounding", "magnet fishing"),
    "fly tying": ("fly fishing", "tying knots for sailing", "macramé", "jewellery making", "entomology"),
    "hand spinning": ("knitting", "weaving", "felting", "indoor cycling", "sheep farming"),
    "terrariums": ("aquariums", "reptiles", "houseplants", "bonsai", "succulents"),
    "bikepacking": ("gravel cycling", "road cycling", "backpacking", "camping", "van life"),
    "concert photography": (
        "wedding photography",
        "street photography",
        "live sound engineering",
        "music journalism",
        "festival going",
    ),
    "koi keeping": ("aquariums", "carp fishing", "water gardening", "goldfish", "aquaculture"),
    "hedgehogs": ("hamsters", "guinea pigs", "ferrets", "wildlife rehabilitation", "porcupines"),
    "axolotls": ("reptiles", "frogs", "aquariums", "newts", "tropical fish"),
    "dog shows": ("dog agility", "dog training", "dog grooming", "cat shows", "horse shows"),
    "mushing": ("dog walking", "dog agility", "skijoring", "snowmobiling", "husky photos for instagram"),
    "bird feeding": ("birdwatching", "backyard chickens", "parrots", "pigeon racing", "wildlife photography"),
    "organ": (
        "piano teacher, grade 5 exams",
        "harpsichord continuo in a baroque ensemble",
        "synth player in a prog band",
        "church choir soprano",
        "accordion player at the folk session",
    ),
    "french horn": (
        "trumpet player in a ska band",
        "tenor horn in the brass band",
        "english horn solo in the new world symphony",
        "euphonium player at the salvation army",
        "trombone section of the big band",
    ),
    "samba": (
        "salsa dancing every friday",
        "bossa nova guitar, joão gilberto style",
        "zumba instructor at the gym",
        "capoeira roda and berimbau",
        "reggaeton party in miami",
    ),
    "post-rock": (
        "shoegaze band with a wall of fuzz",
        "post-punk revival band, joy division vibes",
        "ambient music for sleeping",
        "prog rock concept album",
        "film score composer, orchestral cues",
    ),
    "folk dance": (
        "folk singer-songwriter with a guitar",
        "ballroom dancing competition",
        "line dancing at the country bar",
        "irish step dancing championship",
        "contemporary dance company",
    ),
    "taylor swift": (
        "olivia rodrigo concert tonight",
        "beyoncé renaissance tour",
        "country music radio host",
        "k-pop stan, bts army",
        "harry styles love on tour",
    ),
    "the beatles": (
        "rolling stones fan since 1965",
        "oasis reunion tickets",
        "elvis presley impersonator",
        "liverpool fc season ticket holder",
        "the beach boys, pet sounds",
    ),
    "sherlock holmes": (
        "agatha christie, poirot reread",
        "true crime podcast host",
        "detective inspector in the met police",
        "escape room enthusiast",
        "cluedo board game night",
    ),
    "stephen king": (
        "horror film buff, slasher marathons",
        "dean koontz novels",
        "h. p. lovecraft mythos",
        "true crime documentaries",
        "thriller writer, crime novels",
    ),
    "jane austen": (
        "brontë sisters, jane eyre reread",
        "bridgerton binge watch",
        "regency romance novelist",
        "charles dickens scholar",
        "period drama costume designer",
    ),
    "film festivals": (
        "music festival season",
        "film critic writing reviews",
        "cinema usher at the multiplex",
        "film student, editing my thesis short",
        "oscars watch party",
    ),
    "webtoons": (
        "manga collector, one piece volumes",
        "anime fan, watching jujutsu kaisen",
        "marvel comics reader",
        "k-drama binge on netflix",
        "light novel translator",
    ),
    "romantasy": (
        "contemporary romance, small town love stories",
        "epic fantasy, malazan reread",
        "harry potter fan",
        "dark romance, mafia books",
        "young adult dystopian fiction",
    ),
    "contemporary art": (
        "art history lecturer, renaissance painting",
        "watercolour painter, landscapes",
        "street art and murals",
        "contemporary dance company",
        "graphic designer, branding",
    ),
    "performance art": (
        "musical theatre actor",
        "stand-up comedian",
        "circus aerialist",
        "contemporary dancer",
        "busker on the high street",
    ),
    "art collecting": (
        "antiques dealer, victorian furniture",
        "trading card collector",
        "gallery assistant, framing",
        "museum curator",
        "stamp collector",
    ),
    "life drawing": (
        "urban sketcher drawing cafés",
        "digital illustrator, character art",
        "anatomy lecturer at medical school",
        "comic artist inking pages",
        "portrait photographer",
    ),
    "sketch comedy": (
        "stand-up comic, open mic nights",
        "improv jam tonight",
        "sitcom writer's room",
        "urban sketcher with a fineliner",
        "comedy podcast host",
    ),
    "french cuisine": (
        "italian cooking, homemade pasta",
        "french language teacher",
        "pastry chef at a bakery",
        "wine sommelier",
        "fine dining restaurant reviewer",
    ),
    "chinese food": (
        "japanese ramen shop",
        "korean bbq night",
        "thai green curry",
        "learning mandarin chinese",
        "chinese history lecturer",
    ),
    "thai food": (
        "muay thai fighter",
        "vietnamese pho",
        "indian curry house",
        "travelling in thailand, beaches and islands",
        "thai massage therapist",
    ),
    "vietnamese food": (
        "thai food lover",
        "chinese dim sum",
        "vietnam war historian",
        "backpacking in vietnam",
        "japanese ramen",
    ),
    "middle eastern food": (
        "indian curry house",
        "greek gyros",
        "middle east politics analyst",
        "belly dancing teacher",
        "moroccan travel guide",
    ),
    "spanish cuisine": (
        "mexican tacos",
        "spanish teacher",
        "latin american street food",
        "portuguese custard tarts",
        "la liga football",
    ),
    "mead": (
        "craft beer homebrewing",
        "beekeeper selling honey",
        "winemaker in the vineyard",
        "hard cider from our orchard",
        "viking reenactment group",
    ),
    "mocktails": (
        "craft cocktail bartender, negroni week",
        "addiction recovery, one day at a time",
        "smoothie bar owner",
        "coffee barista, latte art",
        "bubble tea shop",
    ),
    "menswear": (
        "streetwear drops and hype",
        "sneakerhead, jordan 1 collector",
        "tailor doing alterations for cash",
        "barber, skin fades and beard trims",
        "watch collector, vintage seiko",
    ),
    "sustainable fashion": (
        "thrift store haul, $20 total",
        "zero waste kitchen, beeswax wraps",
        "fashion designer, new spring collection",
        "vintage clothing seller on etsy",
        "sewing my own dresses",
    ),
    "modest fashion": (
        "islamic studies lecturer",
        "minimalist capsule wardrobe",
        "vintage 1950s fashion",
        "bridal wear shop owner",
        "church youth group leader",
    ),
    "jewelry": (
        "jewellery making with silver clay",
        "watch collector, rolex and omega",
        "rockhound hunting agates on the beach",
        "bullion investing, gold price watch",
        "nail art, chrome powder set",
    ),
    "modeling": (
        "3d modeller in blender",
        "scale model builder, 1/35 tanks",
        "actor headshots and self tapes",
        "fashion photographer, studio lighting",
        "influencer brand deals and ugc",
    ),
    "hair care": (
        "hairdresser and colourist, balayage",
        "skincare routine, retinol at night",
        "barber, skin fades and beard trims",
        "wig maker for theatre",
        "makeup artist for weddings",
    ),
    "lash extensions": (
        "makeup artist for weddings",
        "nail technician, gel extensions",
        "hairdresser, balayage specialist",
        "esthetician doing facials",
        "permanent makeup, microblading brows",
    ),
    "mid-century modern": (
        "victorian antiques dealer",
        "scandinavian minimalist white interiors",
        "interior designer for offices",
        "furniture restorer, french polishing",
        "architecture student, studio crit",
    ),
    "cottagecore": (
        "homesteading with chickens and goats",
        "allotment veg growing, runner beans in",
        "dark academia aesthetic, tweed and libraries",
        "grandmacore knitting a granny square blanket",
        "farm manager, 400 dairy cows",
    ),
    "home cleaning": (
        "closet organisation with matching bins",
        "minimalist, I own 100 things",
        "interior designer, living room makeovers",
        "car detailing, ceramic coating",
        "janitor at the elementary school",
    ),
    "adventure travel": (
        "all-inclusive resort by the pool",
        "sunday hike with the dog",
        "bouldering at the indoor gym",
        "van life, converted sprinter",
        "city break in paris, museums and cafés",
    ),
    "budget travel": (
        "five-star suites and first class",
        "credit card points for business class",
        "frugal living, no-spend month",
        "day hikes in the national park",
        "expat life in lisbon, paperwork again",
    ),
    "tourism": (
        "travel blogger, 40 countries and counting",
        "hotel receptionist on night shift",
        "restaurant manager, busy saturday service",
        "airline pilot, a320 captain",
        "wedding and event planner",
    ),
    "tour guiding": (
        "museum curator, new exhibition",
        "mountain guide on mont blanc",
        "travel blogger sharing itineraries",
        "teacher on a school trip",
        "girl guides leader",
    ),
    "short-term rentals": (
        "landlord with long term tenants",
        "estate agent, new listings this week",
        "hotel general manager",
        "property developer, new build flats",
        "commercial cleaning business",
    ),
    "italian culture": (
        "italian cooking, homemade pasta recipes",
        "ferrari f1 fan, forza ferrari",
        "roman history, the late republic",
        "opera singer, verdi and puccini",
        "serie a football, forza inter",
    ),
    "french culture": (
        "french cooking, coq au vin recipe",
        "french horn player in the orchestra",
        "quebec provincial politics",
        "french bulldog owner",
        "ligue 1 football, allez paris",
    ),
    "korean culture": (
        "north korea policy analyst",
        "japanese culture and anime conventions",
        "chinese language learner, hsk 4",
        "korean war history, the inchon landing",
        "kia dealership sales manager",
    ),
}

NAMES_TEXT = """
heavy equipment operator: cpcs card|npors card|nccco|nccco certified
heavy equipment operator: operating engineers local|iuoe|360 excavator|20 tonne excavator|tracked excavator
heavy equipment operator: liebherr crane|cat 320|caterpillar d6|komatsu excavator|volvo excavator|jcb 3cx
heavy equipment operator: articulated dump truck|adt driver|crawler crane|lift supervisor
heavy equipment operator: appointed person lifting|slinger signaller|earthmoving contractor|plant hire
heavy equipment operator: tiltrotator|machine control grading
collision repair: panel beaters|body shop technician
collision repair: i-car|i-car gold class
collision repair: refinish technician|bodyshop|frame machine
collision repair: car-o-liner|spies hecker|glasurit|ppg refinish|axalta|ccc one
collision repair: mitchell estimating|audatex|spray booth|clear coat blending
collision repair: dent puller|filler and primer
lineworker: lineman life|bucket truck
lineworker: hot stick|hot sticking|storm restoration|storm duty|outside lineman|lineman school
lineworker: distribution lineman|climbing hooks|pole climbing
lineworker: rubber gloving|linesman electricity|groundman crew|lineman rodeo
lineworker: line clearance|restore power crews|utility lineman
flooring installer: flooring contractor
flooring installer: luxury vinyl plank|herringbone parquet|chevron parquet|hardwood refinishing|subfloor prep
flooring installer: self levelling compound|carpet gripper|knee kicker|power stretcher|amtico
flooring installer: karndean|junckers|pergo|polyflor|tarkett|safety flooring
flooring installer: vinyl welding rod
quantity surveying: cost plan|cost planning|nrm1|nrm2|final account|interim valuation
quantity surveying: payment application|compensation events|nec4|nec3|jct design and build|variations account
quantity surveying: loss and expense|commercial manager construction|cost consultant|cost manager
quantity surveying: estimator construction|costx|cubit estimating|buildsoft|trainee qs
quantity surveying: senior qs|aiqs|fiqs
non-destructive testing: ndt inspector|phased array ultrasonic|paut|tofd
non-destructive testing: mpi inspection|dye penetrant
non-destructive testing: asnt level ii|pcn level 2
non-destructive testing: pcn certified|bindt|cswip|cswip 3.1|snt-tc-1a|iso 9712|ut level 2|mt level 2
non-destructive testing: pt level 2|rt level 2|weld inspector|api 510|api 570|api 653|rope access ndt
non-destructive testing: thickness gauging|olympus omniscan|ndt level 3|acfm inspection
piano tuner: pitch raise|temperament strip|papps wedge
piano tuner: hammer voicing|voicing needles|pin block|wrest plank|action regulation
piano tuner: verituner|cybertuner|reyburn cybertuner|equal temperament tuning
piano tuner: steinway technician
piano tuner: damper regulation
aircraft maintenance: b1 licence|b2 licence|part 66
aircraft maintenance: easa part 66|part 145|a&p license|c-check|heavy check
aircraft maintenance: a-check|borescope inspection|tech log|certificate of release to service|crs signature
aircraft maintenance: mro hangar|amt school|ame licence
aircraft maintenance: b2 avionics|part 147
aircraft maintenance: licensed engineer b1
delivery driver: amazon flex|amazon dsp
delivery driver: instacart shopper|evri courier|hermes courier|dhl courier
delivery driver: same day courier
delivery driver: stuart courier|courier van
delivery driver: multidrop
airport operations: ground handler
airport operations: turnaround manager
airport operations: pushback tug|tug driver|load controller|load control|weight and balance|de-icing crew
airport operations: deicing pad|airside pass|apron management
airport operations: gate agent|swissport|dnata|aviapartner
airport operations: check-in agent|passenger services agent|ramp rat
superyacht crew: chief stewardess
superyacht crew: yacht stewardess|lead deckhand|eng1 medical
superyacht crew: stcw basic safety|stcw course|dockwalking|dockwalk
superyacht crew: charter season|tender driver
superyacht crew: rotation yacht
railway engineering: p-way
railway engineering: pway gang|possession works
railway engineering: traction and rolling stock|etcs|ertms|solid state interlocking|pts card
railway engineering: personal track safety|s&c renewal|tamper machine
railway engineering: ballast regulator|cbtc|irse
customs border officer: primary inspection
customs border officer: detector dog handler|ukbf
customs border officer: zollfahndung
criminal investigation: peace interview|cid officer
criminal investigation: robbery squad|fraud squad|evidence locker
criminal investigation: case file build|mcit|holmes 2|major incident room
environmental health: fhrs|hhsrs|statutory nuisance|noise nuisance
environmental health: private sector housing
environmental health: restaurant inspection|rehs
environmental health: neha|air quality officer|food safety officer|licensing officer
fire safety: sprinkler design|nfpa 13|nfpa 72
fire safety: peeps evacuation
fire safety: institution of fire engineers|bafe|fireproofing contractor
fire safety: intumescent coating|smoke control system|bs 9999|approved document b
legal aid: law centre
legal aid: law center|citizens advice
legal aid: housing duty scheme|tenant defense|right to counsel
legal aid: law clinic|lawworks
legal aid: lapg
community development: abcd approach
community development: community anchor
community development: locality network|community engagement officer
community development: cdbg|resident engagement
community development: abcd practitioner|community asset transfer
transport planning: vissim
transport planning: aimsun|linsig|arcady|picady|ite trip generation|sustrans
transport planning: brt corridor|modal shift|saturn model|ciht
transport planning: itdp|nacto
radiotherapy: medical dosimetrist|linac|linear accelerator|imrt|vmat|sbrt
radiotherapy: eclipse tps|raystation|varian|elekta
radiotherapy: tomotherapy|cyberknife|gamma knife|mould room|astro annual meeting|estro
radiotherapy: aapm|gy fractions|dose constraints|oars contouring
music therapy: bamt
music therapy: bonny method
music therapy: cbmt
occupational health: oh advisor|scphn|spirometry screening
occupational health: return to work plan|ergonomic assessment
occupational health: bohs|exposure monitoring
occupational health: acoem|aohnp
occupational health: oh nurse
occupational health: oh clinic
infection control: ipc team|ipc lead
infection control: c diff|c. difficile|mrsa screening|cre screening
infection control: hsdu|cssd|cbic|apic
infection control: ips conference|hai surveillance|clabsi|cauti
infection control: contact precautions|donning and doffing|fit testing masks
infection control: ipac canada
haematology: hem onc|bone marrow biopsy
haematology: stem cell transplant|bmt unit|allogeneic transplant|lymphoma clinic|aml patients
haematology: blood film
haematology: american society of hematology|eha congress
haematology: hematology fellow
nephrology: haemodialysis
nephrology: renal transplant|acute kidney injury|fsgs
nephrology: home haemodialysis|av fistula|asn kidney week
nephrology: era congress|renal association|uk kidney association|renal unit
nephrology: dialysis unit|ckd-mbd|renal registrar
nephrology: renal ward|renal consultant
rheumatology: vasculitis|dmard
rheumatology: methotrexate monitoring|joint injection|eular
rheumatology: early inflammatory arthritis
rheumatology: rheum fellow|rheum fellowship
rheumatology: rheum consult
crystallography: synchrotron beamtime|beamtime|esrf
crystallography: advanced photon source|spring-8|molecular replacement|phenix refine|ccp4|shelx|shelxl|olex2
crystallography: rietveld refinement|powder diffraction
crystallography: hanging drop|sitting drop|iucr
crystallography: cambridge structural database|pdb entry|r-free|anomalous scattering
crystallography: sad phasing|xds processing|dials processing
medicinal chemistry: lead optimization|sar table
medicinal chemistry: structure activity relationship
medicinal chemistry: fbdd|protac|bioisostere|clogp
medicinal chemistry: tpsa|lipinski rule of five
medicinal chemistry: schrödinger suite|docking study
medicinal chemistry: free energy perturbation|matched molecular pairs|scaffold hopping
metrology: calibration laboratory
metrology: pc-dmis|calypso zeiss|measurement uncertainty
metrology: uncertainty budget|iso 17025|iso/iec 17025|ukas accreditation|traceability to si|gauge r&r
metrology: geometric dimensioning and tolerancing|laser tracker|faro arm|surface roughness ra|profilometer
metrology: ptb braunschweig|bipm|si units redefinition|mitutoyo
metrology: renishaw probe|ncsl international
regulatory affairs: ra manager|ind submission|nda submission
regulatory affairs: bla submission|ectd|de novo request|marketing authorisation
regulatory affairs: marketing authorization application|maa submission
regulatory affairs: type ii variation|ema submission|chmp opinion|pre-sub meeting|dmf filing
regulatory affairs: ich guidelines|topra
regulatory affairs: ra specialist
regulatory affairs: ctd dossier
quality management: root cause analysis|non-conformance report
quality management: pfmea|8d report|spc charts
quality management: as9100|asq cqe
quality management: msa study|kaizen event|qms auditor
quality management: iso 9001 certification
motion design: redshift render
motion design: octane render|graph editor easing|title sequence
motion design: shape layers|duik|explainer video
motion design: mograph reel
motion design: after effects expressions|ae scripts|element 3d|x-particles|houdini mograph|rubberhose
art direction: senior art director|one show pencil|art directors club
art direction: clio awards|key visual|campaign key visual|concepting session|copywriter and art director
art direction: agency art director|ad/cw team
art direction: junior art director|miami ad school|hyper island
art direction: art director and copywriter|ad school portfolio|freelance art director|ad/cw
3d modelling: zbrush|zbrush sculpt|retopology|uv unwrapping|substance designer|low poly
3d modelling: archviz|blender guru|donut tutorial
3d modelling: marmoset toolbag|sketchfab|polycount
3d modelling: topology flow|normal map baking|high poly|houdini artist
3d modelling: unreal engine environment|quixel megascans|turbosquid|keyshot render
colour grading: resolve studio|film emulation lut
colour grading: vectorscope|waveform monitor|baselight|filmlight
colour grading: colorist society|cinematic lut|print film emulation
colour grading: teal and orange|secondary qualifier|dehancer|filmconvert|davinci panel|color space transform
colour grading: rec709
set design: model box|white card model|scenic painter
set design: art department|standby props
set design: construction manager film|prague quadrennial|society of british theatre designers|usa 829
set design: art directors guild|adg awards|vectorworks spotlight|theatre model making|flats and rostra
set design: scenic workshop|scenery build
music industry: radio plugger|publishing splits|pro registration
music industry: soundexchange|the mlc|midem|a&r meeting|label services
music industry: warner music group|beggars group
music industry: playlist pitching|ingrooves
music industry: label owner
visual merchandising: floor set|store layout
visual merchandising: christmas windows|in-store display
visual merchandising: point of sale display|pos display|fixture plan|selfridges windows
visual merchandising: vm team|merchandising directive|gondola end
visual merchandising: endcap display|shop fit|display props
office administration: minute taking
office administration: admin team
office administration: mos certification|typing speed wpm
office administration: admin apprentice
office administration: admin support
executive assistant: pa to the md|calendar management
executive assistant: board pack|va business|pa life
executive assistant: ea life|private pa|family office pa|household pa|c-suite support
executive assistant: asaporg|pa show|ea summit|travel itinerary exec
executive assistant: ea to the founder
internal communications: all-hands|ioic
internal communications: frontline comms
internal communications: comms plan|employee advocacy|staffbase|simpplr|poppulo
internal communications: workplace from meta|viva engage|yammer
internal communications: employee newsletter
internal communications: comms business partner
investor relations: head of ir
investor relations: non-deal roadshow|niri|results presentation
investor relations: ir website|q4 inc|ir magazine
investor relations: ir officer|ir team|ir professional
investor relations: ir manager
investor relations: ir roadshow|ir consultant
treasury: kyriba
treasury: association of corporate treasurers|in-house bank|swift connectivity
treasury: payment factory|cash visibility|netting centre|eurotreasurer|cash concentration
treasury: fx exposure management
business intelligence: lookml|star schema|kpi dashboards
business intelligence: qlikview|ssrs|ssis|ssas|sisense|power bi service|pl-300
business intelligence: data analyst associate|row level security|drill through|bi dashboard
business intelligence: power bi report
business intelligence: bi consultant|bi engineer|bi reporting|semantic model|power bi desktop|ssas tabular
records management: retention schedule|disposal schedule|edrms|arma|arma international
records management: metadata schema|information lifecycle
records management: rim professional|opentext|documentum|m-files|aconex
records management: irms|cerms|crm certified|legal hold
astrobiology: abscicon|extremophiles|extremophile
astrobiology: biosignatures|biosignature|technosignatures|technosignature|seti institute|breakthrough listen
astrobiology: drake equation|fermi paradox|panspermia|abiogenesis|habitable zone|goldilocks zone
astrobiology: rare earth hypothesis|dragonfly mission|phosphine on venus|miller-urey experiment
astrobiology: prebiotic chemistry|ocean worlds|exoplanet habitability|trappist-1|k2-18b|lithopanspermia
astrobiology: jill tarter|frank drake|sara seager|nathalie cabrol
geophysics: seismic inversion|magnetotellurics|ground penetrating radar
geophysics: gravimetry|magnetometry survey
geophysics: seg annual meeting|eage annual|mantle convection|receiver functions
geophysics: insar|paleomagnetism|petrel seismic|obspy|vertical seismic profile
geophysics: ambient noise tomography|bouguer anomaly|reflection seismology
geophysics: seismic processing|gpr survey
primatology: frans de waal|gombe stream|dian fossey gorilla fund|habituated chimpanzees|bonobos
primatology: lemurs of madagascar|capuchin monkeys|marmosets|great apes
primatology: primate cognition|duke lemur center|kibale chimpanzee project
primatology: borneo orangutan survival|primate sanctuary|chimpanzee politics|yerkes primate center
primatology: chimpanzee sanctuary|lemur conservation network|great ape project|primate ecology
primatology: taï chimpanzee project|mountain gorillas|bwindi gorillas|lola ya bonobo|gombe chimpanzees
primatology: primate conservation|ngogo chimpanzees
medicinal chemistry: lipinski's rule of five|protacs
medicinal chemistry: bioisosteres|admet|pharmacophore
medicinal chemistry: derek lowe|in the pipeline blog|docking scores
fusion energy: tokamaks|stellarators|jet tokamak|wendelstein 7-x|national ignition facility
fusion energy: sparc tokamak|tae technologies
fusion energy: jt-60sa|east tokamak|kstar|deuterium-tritium|tritium breeding|divertor|lawson criterion
fusion energy: ukaea|eurofusion
human-computer interaction: acm chi|cscw|uist|ubicomp|dis conference|hci researchers
human-computer interaction: think-aloud study|fitts's law|wizard of oz study|nasa-tlx|participatory design
human-computer interaction: ben shneiderman
human-computer interaction: user studies|sigchi|chi paper|chi 2026|hci lab|hci phd
human-computer interaction: cscw paper
operations research: milp|gurobi|cplex
operations research: or-tools|linear programming|integer programming|simplex method|branch and bound
operations research: column generation|vehicle routing problem|traveling salesman problem
operations research: travelling salesman problem|stochastic programming|metaheuristics
operations research: lagrangian relaxation|benders decomposition|pyomo|ampl|jump.jl|facility location problem
operations research: job shop scheduling|combinatorial optimisation
operations research: combinatorial optimization
stem cell research: ipscs|organoid|brain organoids
stem cell research: isscr|shinya yamanaka|yamanaka factors
stem cell research: directed differentiation|pluripotency|cardiomyocytes
stem cell research: ipsc-derived|cirm|hans clevers
stem cell research: hescs|hesc
citizen science: zooniverse|globe at night|scistarter|foldit|galaxy zoo|project feederwatch
citizen science: butterfly conservation survey|purpleair|sensor.community|luftdaten|seek by inaturalist
citizen science: observation.org|mammalweb
citizen science: budburst|natureshare|big butterfly count|garden bioblitz|city nature challenge
citizen science: volunteer surveyors
citizen science: garden butterfly survey|nature recording|biological records|national bat monitoring programme
open science: preregistered|registered report|osf.io
open science: psyarxiv|preprints|zenodo|figshare|fair data|fair principles
open science: many labs project
open science: sci-hub|dora declaration|ukrn|forrt|brian nosek
open science: altmetric
science policy: aaas fellowship|ostp
science policy: dsit|nsf budget
science policy: nih funding cuts
science policy: erc grants
science policy: scipol|research excellence framework|national academies report
science policy: foresight unit
human evolution: hominid|neanderthal|denisovan|denisovans|homo floresiensis
human evolution: australopithecus afarensis|lucy skeleton|paranthropus|homo habilis|rising star cave
human evolution: olduvai gorge|cradle of humankind|out of africa theory|svante pääbo|lee berger|louis leakey
human evolution: mary leakey|richard leakey|turkana boy|taung child|jebel irhoud|archaic humans
human evolution: oldowan tools|acheulean handaxe|homo heidelbergensis
WWI history: western front|battle of the somme|passchendaele|verdun|ypres|menin gate|christmas truce
WWI history: western front association|lusitania|archduke franz ferdinand|armistice 1918|treaty of versailles
WWI history: war poets|wilfred owen|siegfried sassoon|anzac day|vimy ridge|tannenberg|zimmermann telegram
WWI history: commonwealth war graves|cwgc|lions led by donkeys|tyne cot|thiepval memorial
WWI history: pals battalions|1914-18|in flanders fields|royal flying corps|battle of the marne
napoleonic history: grande armée|austerlitz
napoleonic history: borodino|jena-auerstedt|wagram|battle of trafalgar|duke of wellington
napoleonic history: marshal ney|joséphine de beauharnais|retreat from moscow
napoleonic history: leipzig 1813|congress of vienna|continental system|sharpe's rifles
napoleonic history: 95th rifles
napoleonic history: battle of austerlitz|battle of borodino
tudor history: anne of cleves|catherine howard
tudor history: catherine parr|six wives|thomas more|cardinal wolsey|mary i
tudor history: edward vi|lady jane grey|battle of bosworth|spanish armada|hampton court palace
tudor history: tracy borman|elizabethan era
tudor history: act of supremacy|pilgrimage of grace
byzantine history: justinian|basil ii|alexios komnenos
byzantine history: anna komnene|procopius|belisarius|heraclius
byzantine history: komnenian|palaiologan|macedonian dynasty|byzantinists
byzantine history: manzikert|varangian guard|constantine xi|nika riots|greek fire
byzantine history: dumbarton oaks|ravenna mosaics
viking history: the eddas|runestone|younger futhark|elder futhark
viking history: danelaw|lindisfarne 793|jorvik|birka|hedeby|oseberg ship|gokstad ship
viking history: l'anse aux meadows|leif erikson|cnut the great|great heathen army|varangians
viking history: egil's saga|njál's saga|longships
maritime history: mary rose|cutty sark
maritime history: east india company|horatio nelson
maritime history: jutland 1916|vasa museum|titanic belfast
maritime history: ship of the line|battle of lepanto|armada 1588
maritime history: lloyd's register history|rms titanic
maritime history: the golden hind|age of exploration
african history: mansa musa|kingdom of kongo|ashanti empire
african history: songhai empire|timbuktu manuscripts|kingdom of aksum|aksumite|nubia|kingdom of kush|meroë
african history: kingdom of benin|berlin conference
african history: swahili coast|kilwa|dahomey|oyo empire|sokoto caliphate|great lakes kingdoms|mau mau
african history: kwame nkrumah|patrice lumumba|thomas sankara|cheikh anta diop
holocaust education: yad vashem|ushmm
holocaust education: kindertransport
holocaust education: stolpersteine|warsaw ghetto|kristallnacht|treblinka|bergen-belsen|dachau|sobibor
holocaust education: elie wiesel|primo levi|schindler's list
holocaust education: wannsee conference|march of the living
church history: council of nicaea|council of chalcedon
church history: nicene creed|great schism|95 theses|john calvin|ulrich zwingli
church history: council of trent|augustine of hippo|john chrysostom|athanasius
church history: tertullian|eusebius|desert fathers|great awakening|puritans|anabaptists
church history: john wesley|jan hus|john wycliffe|cluny abbey|benedictine rule
church history: council of constance
rhetoric: ethos pathos logos|quintilian
rhetoric: cicero's de oratore|rhetcomp|writing studies|cccc conference
rhetoric: kenneth burke|chaim perelman|isocrates
rhetoric: stasis theory|lloyd bitzer|first-year composition
rhetoric: progymnasmata|epideictic
political economy: mark blyth|daron acemoglu|why nations fail|rent-seeking
political economy: susan strange|marx's capital|ha-joon chang|branko milanovic
political economy: developmental state|esping-andersen
political economy: neoliberalism critique|ordoliberalism
political economy: karl marx's capital|wolfgang streeck|polanyian
security studies: nuclear deterrence
security studies: counterinsurgency|counterterrorism|coin doctrine|grey zone warfare
security studies: clausewitz|kenneth waltz
security studies: securitization theory|copenhagen school|offensive realism
security studies: lawrence freedman|military balance|strategic culture
security studies: small wars journal
psephology: exit polls|mrp poll|voting intention|john curtice
psephology: electoral calculus|britain elects|polling report|yougov poll|ipsos poll|opinium|survation
psephology: redfield & wilton|swing seats|uniform swing|boundary review
psephology: election forecast|polling error|crosstabs|likely voters|silver bulletin
psephology: the economist model|electoral behaviour|turnout model|split-ticket voting|bellwether seat
health economics: qaly
health economics: dalys|icer
health economics: nice technology appraisal|ispor
health economics: ihea congress|willingness to pay threshold|eq-5d|eq5d
health economics: discrete choice experiment
health economics: cadth
media studies: marshall mcluhan|stuart hall|encoding/decoding
media studies: agenda-setting theory|framing theory|uses and gratifications
media studies: cultivation theory|manufacturing consent|neil postman|amusing ourselves to death
media studies: jean baudrillard|simulacra|henry jenkins|convergence culture|iamcr|meccsa
climate activism: last generation
climate activism: fossil fuel divestment|divest fossil fuels
climate activism: stop rosebank|stop cambo|friends of the earth
climate activism: insulate britain|bill mckibben|extinction rebellion uk
climate activism: roger hallam|ultima generazione|dernière rénovation|stop ecocide
climate activism: this is zero hour|mothers rise up|soulèvements de la terre
climate activism: fossil free london|fridays for future uk
environmental justice: flint water crisis
environmental justice: robert bullard|warren county protest|no dapl|ej movement
environmental justice: ej communities
environmental justice: ella kissi-debrah|sacrifice zones|ejscreen|justice40
environmental justice: deep south center|toxic tour
environmental justice: toxic waste sites
environmental justice: louisiana chemical corridor|ej advocates
refugee support: homes for ukraine|choose love
refugee support: msf sea rescue|unaccompanied minors|moria camp|calais jungle
refugee support: safe passage
refugee support: right to remain
reforestation: woodland trust
reforestation: ecosia|plant for the planet
reforestation: bonn challenge|great green wall
reforestation: tree nursery|native saplings|seed balls|direct seeding|natural regeneration|tree guard
reforestation: #teamtrees
reforestation: restor.eco
road safety: 20 is plenty|20mph zones|brake charity|roadpeace
road safety: speed cameras|drunk driving
road safety: mothers against drunk driving|madd|dashcam footage to police
road safety: ksi statistics|smart motorways|think! campaign|rospa
road safety: euro ncap|seatbelt campaign
active travel: bike lanes|cycle lanes
active travel: mini-holland|critical mass
active travel: kidical mass|bike bus|living streets|london cycling campaign|cycling uk|streetsblog
active travel: car-free|car free day|woonerf|copenhagenize
active travel: bikeability
patient advocacy: lived experience
patient advocacy: healthwatch
patient advocacy: shared decision making
patient advocacy: patient panel
anti-corruption: kleptocrats
anti-corruption: beneficial ownership|beneficial ownership register|shell companies|paradise papers|occrp
anti-corruption: global witness|fcpa
anti-corruption: state capture
anti-corruption: uncac
anti-corruption: navalny foundation
blood donation: nhsbt
blood donation: bloodmobile|o negative
community gardening: allotment society
community gardening: incredible edible|seed library
community gardening: shared plots|plot holders
community gardening: capital growth
community gardening: green guerillas|edible playgrounds
rotary club: rotarians|polioplus
rotary club: end polio now|paul harris|lions clubs
rotary club: lions clubs international|lioness club|kiwanis club|round table|ladies circle|soroptimist
rotary club: soroptimists|district governor|ryla
rotary club: four-way test
evangelical christianity: born again|alpha course
evangelical christianity: desiring god|vineyard church
evangelical christianity: calvary chapel|soul winning|altar call|quiet time|new wine
evangelical christianity: spring harvest|spurgeon
evangelical christianity: keswick convention
anglicanism: lambeth palace|lambeth conference|thirty-nine articles|benefice
anglicanism: churchwarden|rural dean|curacy|ordinand|ordinands|diocese of london
anglicanism: team vicar
anglicanism: reader ministry|evensong service
anglicanism: cathedral chapter
latter-day saints: general conference
latter-day saints: primary presidency|come follow me|mission president
latter-day saints: stake president|temple recommend|salt lake temple
latter-day saints: brigham young|joseph smith|doctrine and covenants|pearl of great price|russell m. nelson
latter-day saints: tabernacle choir|the friend magazine|liahona|seminary and institute
christian apologetics: lee strobel
christian apologetics: josh mcdowell|frank turek|ravi zacharias|john lennox|gary habermas
christian apologetics: minimal facts argument|presuppositionalism|j. warner wallace
christian apologetics: trent horn|inspiringphilosophy|moral argument|resurrection evidence
christian apologetics: ontological argument|unbelievable podcast
missionary work: short-term missions|wycliffe bible translators
missionary work: sil international|ywam|om ships|operation mobilisation
missionary work: international mission board|new tribes mission|samaritan's purse
missionary work: joshua project|prayer letter|hudson taylor
missionary work: william carey|amy carmichael|jim elliot|lottie moon|mercy ships
missionary work: cross-cultural worker
jainism: mahavira|mahavir|paryushana
jainism: tirthankara|rishabhanatha|parshvanatha|syadvada
jainism: micchami dukkadam|navkar mantra|namokar mantra|samayik|pratikraman|digambar
jainism: digambara|shwetambar|svetambara|shvetambara|palitana|shikharji|shravanabelagola|derasar
jainism: sallekhana
taoism: daoists|dao de jing|daodejing|chuang tzu|wuwei|neidan
taoism: quanzhen|zhengyi|white cloud temple|wudang mountains|daoist temple
taoism: yin and yang|i ching|liezi
taoism: daoist meditation
fortnite: tilted towers|victory royale|battle bus|v-bucks|vbucks|uefn
fortnite: zero build|loot llama|cash cup|crown win|box fights|piece control
fortnite: peely|chug jug|slurp juice|retail row
fortnite: salty springs
call of duty: black ops 6|black ops 2|black ops cold war|modern warfare ii|modern warfare iii
call of duty: treyarch|infinity ward|sledgehammer games
call of duty: nuketown|shipment 24/7|verdansk|rebirth island|prestige master|dark matter camo
call of duty: captain price|cod mobile|warzone loadout|shotzzy|optic texas|atlanta faze
call of duty: camo grind|der riese|kino der toten|mob of the dead
roblox: blox fruits|welcome to bloxburg
roblox: murder mystery 2|pet simulator 99|pet simulator x|natural disaster survival
roblox: tower of hell|obby|obbies|the strongest battlegrounds|royale high
roblox: devforum|bacon hair
counter-strike: dust2|de_dust2|de_mirage|de_inferno|de_nuke|de_ancient
counter-strike: awper|astralis
counter-strike: eco round|force buy|smoke lineup|retake server
counter-strike: premier rating|case opening|knife skin|ak-47 redline|awp dragon lore
counter-strike: pick'em|csgo skins
valorant: reyna main|omen main|killjoy main
valorant: chamber main|raze main|phoenix main|vlr.gg|radiant rank|immortal rank|ascendant rank
valorant: sentinel main|initiator main
valorant: controller main|sentinels tenz|paper rex
valorant: phantom skin|haven map
the legend of zelda: hyrule|hyrulean|triforce|ganondorf
the legend of zelda: majora's mask|twilight princess|wind waker
the legend of zelda: skyward sword|korok|korok seeds|master sword
the legend of zelda: sheikah slate|epona|zonai|hylian|hylian shield|eiji aonuma|minish cap
the legend of zelda: spirit tracks|phantom hourglass|oracle of ages|lon lon ranch|great deku tree
the legend of zelda: kokiri|goron|zora's domain|rito village|gerudo|sheikah|ultrahand|deku scrub
genshin impact: teyvat|primogems|hoyoverse|mihoyo|paimon|mondstadt|liyue|inazuma|natlan
genshin impact: spiral abyss|raiden shogun|zhongli|hu tao|furina|kazuha|nahida|ganyu|neuvillette
genshin impact: intertwined fate|acquaint fate|original resin|artifact farming
genshin impact: adventure rank|ar 60|lost the 50/50|constellation c6|signature weapon|mora farming
genshin impact: archon quest|genius invokation|imaginarium theater
go board game: tsumego|joseki|fuseki|komi|lee sedol|ke jie|shin jinseo
go board game: fox weiqi|ko fight|nihon ki-in|korea baduk
go board game: american go association|european go federation|british go association
go board game: go seigen|honinbo|tesuji|go stones|shusaku|katago|leela zero|kyu player|dan player
go board game: ear-reddening move|ladder breaker|ing cup|kisei title|meijin title
dominoes: capicúa
dominoes: bones and spinner
fantasy baseball: h2h points|ottoneu|nfbc|tgfbi
fantasy baseball: steamer projections|atc projections|the bat x|razzball|rotowire
fantasy baseball: rotoballer|closer monkey|fantrax
fantasy baseball: saves and holds|faab bid
fantasy baseball: al-only league
sumo: ozeki|sekiwake|komusubi|maegashira|makuuchi|juryo|banzuke|make-koshi
sumo: ryogoku kokugikan|kokugikan|dohyo|mawashi|rikishi|hakuho|terunofuji|onosato
sumo: hoshoryu|kotozakura|haru basho|natsu basho|nagoya basho|aki basho|hatsu basho
sumo: kimarite|yorikiri|oshidashi|tachiai|chanko nabe|gyoji
kabaddi: bonus line
kabaddi: bengaluru bulls|jaipur pink panthers
kabaddi: u mumba|puneri paltan|bengal warriors|telugu titans|dabang delhi
kabaddi: up yoddhas|haryana steelers|pawan sehrawat|anup kumar
kabaddi: fazel atrachali
kabaddi: dubki|toe touch kabaddi
speed skating: thialf|isu world cup
speed skating: ice oval|olympic oval
speed skating: sven kramer|ireen wüst|jutta leerdam|kjeld nuis|jordan stolz
speed skating: nils van der poel|apolo ohno|eric heiden|bonnie blair|short track relay
speed skating: alternative elfstedentocht
cornhole: sticky bags|blocker bag
cornhole: acl open
kendo: bogu|shinai|suburi|kirikaeshi|jigeiko
kendo: kakari geiko
kendo: tenugui|do-gi
floorball: svenska superligan|f-liiga|unihockey prime
floorball: unihoc
floorball: fatpipe|oxdog
dodgeball: wdbf
roundnet: spikeball pro
roundnet: spikeball player
roundnet: spikeball league
roundnet: spikeball rim|spikeball serve|spikeball team|spikeball game
cyclocross: cx bike|x2o trofee|world cup cx
cyclocross: koppenbergcross|azencross|fem van empel
cyclocross: lucinda brand|puck pieterse|sven nys|barriers cx|tubulars cx
cyclocross: cx season|crossvegas|usa cycling cx|cx worlds
cyclocross: namur world cup|cx mud|cx category 4
track cycling: scratch race
track cycling: match sprint|elimination race
track cycling: harry lavreysen|jason kenny
track cycling: laura kenny|chris hoy|ed clancy|derny
track cycling: flying 200
track cycling: manchester velodrome|hellyer park|roubaix velodrome
ski touring: pin bindings|tech bindings
ski touring: pomoca|avalanche beacon|probe and shovel
ski touring: pierra menta|patrouille des glaciers|mezzalama
ski touring: skin track|kick turn
ski touring: corn snow|avalanche bulletin
ski touring: avalanche forecast
eventing: maryland 5 star|pau horse trials|adelaide 5 star|cci5*|cci3*
eventing: usea
eventing: show jumping phase|cross country phase
eventing: horse trials entry|xc course walk|coffin fence
barre: the bar method|physique 57
barre: lotte berk
aerobics: aqua fit
aerobics: les mills bodystep|bodystep|bodyattack|bodycombat
aerobics: aquagym
aerobics: jane fonda workout|step bench|reebok step
trampolining: double mini
trampolining: rudy out|randy trampoline|miller trampoline
trampolining: fig trampoline
trampolining: bryony page|ivan litvinovich|rosie maclennan|dan harrison?|seat drop|swivel hips
trampolining: trampoline routine
flow arts: fire poi|fire staff
flow arts: contact staff
flow arts: buugeng|fire spinner|fire performer|rope dart
flow arts: meteor dart|fire fans|hoopdance
flow arts: antispin|stall poi|weaves poi|minihoops|twin hoops|spin jam
lapidary: faceting|faceter|gem cutter
lapidary: trim saw|slab saw|cabbing machine|genie cabbing|diamond wheels|faceting machine
lapidary: ultratec|thunder egg|agate slab|jasper slab|opal cutting|dop stick
lapidary: polished agates
lapidary: idar-oberstein|cab cutting|intarsia stone
diamond painting: full drill|partial drill
diamond painting: ab drills
diamond painting: drill storage
diamond painting: fairy drills|multi placer
kite flying: manja|basant|patang
kite flying: parafoil
kite flying: uttarayan
canning: ball blue book|jar lifter|pectin
canning: bread and butter pickles|fruit preserves|apple butter|pepper jelly
canning: putting up food
magnet fishing: canal finds
magnet fishing: pulled a safe
rc aircraft: bmfa|ama model aviation
rc aircraft: warbird scale|slope soaring|dynamic soaring|hobbyking|e-flite
rc aircraft: glow engine|aeromodelling|aeromodeller
fossil hunting: belemnite|belemnites|crinoid|megalodon tooth
fossil hunting: calvert cliffs|air scribe
fossil hunting: devil's toenail|gryphaea|echinoid
beachcombing: mudlarks|clay pipe
beachcombing: mermaid's purse|mermaids purse
beachcombing: shell collecting
beachcombing: foreshore finds|lego lost at sea|wrack line|strandline|frosted glass shards
beachcombing: sea glass collector|mudlarking permit|port of london authority permit
fly tying: bobbin holder|whip finisher|hackle pliers|dubbing loop
fly tying: pheasant tail nymph|hare's ear nymph|zebra midge|copper john
fly tying: cdc feathers|hackle cape
fly tying: euro nymphs|perdigon
hand spinning: fibre prep|drum carder|combed top|rolags
hand spinning: navajo ply|chain ply|woolen draw|worsted draw|long draw|ashford wheel
hand spinning: kromski|lendrum|majacraft|turkish spindle
hand spinning: raw fleece|wool combs|niddy noddy|lazy kate
terrariums: bioactive
terrariums: springtails
terrariums: fittonia|cushion moss|sheet moss
terrariums: bioactive substrate
terrariums: wardian case
bikepacking: handlebar roll|top tube bag|tour divide
bikepacking: sub-24|highland trail 550|silk road mountain race|atlas mountain race
bikepacking: tour divide race|dotwatching
bikepacking: colorado trail race|arizona trail race|apidura|restrap|revelate designs
concert photography: photo pass|first three songs
concert photography: photo pit
concert photography: from the pit
koi keeping: sanke|butterfly koi|tosai
koi keeping: koi dealer|bead filter|uv clarifier
koi keeping: sakai fish farm|omosako
koi keeping: bkks|pond filter
koi keeping: koi varieties|gosanke
hedgehogs: hedgie
axolotls: ambystoma mexicanum
axolotls: axolotl tub|axolotl fridge
dog shows: junior handling
dog shows: challenge certificate|akc champion
dog shows: show lead|bench show
dog shows: akc national championship|ringcraft
mushing: finnmarksløpet|la grande odyssée|beargrease
mushing: scooterjoring|gee and haw|wheel dogs|gangline|alaskan husky
mushing: sled dog kennel|lance mackey|dallas seavey
mushing: susan butcher|iditarod trail|sled dog tour|snow hook
bird feeding: suet cakes|fat balls
bird feeding: niger seed
bird feeding: rspb garden
organ music: hammond b3
organ music: cavaillé-coll|aristide cavaillé-coll|widor toccata
organ music: tracker action|hauptwerk|rieger orgelbau
organ music: harrison & harrison|olivier latry|cameron carpenter|anna lapwood|marcel dupré|louis vierne
organ music: charles-marie widor|royal college of organists|american guild of organists|bwv 565
organ music: toccata and fugue in d minor
french horn: wagner tuba|wagner tubas|conn 8d|holton farkas
french horn: alexander 103|dennis brain|radek baborák|sarah willis|stefan dohr|hermann baumann
french horn: barry tuckwell|philip farkas
samba: sambistas
samba: sambódromo|tamborim|repinique|agogô|passista
samba: mestre-sala|porta-bandeira|zeca pagodinho|beth carvalho|martinho da vila|paulinho da viola
samba: clara nunes|noel rosa|adoniran barbosa|jorge aragão|beija-flor
samba: estação primeira de mangueira|unidos da tijuca
post-rock: explosions in the sky|godspeed you! black emperor
post-rock: gybe|mogwai|sigur rós|this will destroy you|russian circles
post-rock: god is an astronaut|a silver mt. zion|slint|do make say think|65daysofstatic|maybeshewill|pg.lost
post-rock: collapse under the empire|we lost the sea|if these trees could talk|yndi halda|red sparowes
post-rock: constellation records|crescendocore|the album leaf|sleepmakeswaves
post-rock: and so i watch you from afar|toundra|long distance calling|jambinai|the evpatoria report
folk dance: morris side
folk dance: sirtaki|hopak|tinikling
folk dance: schottische|cdss|rscds
folk dance: volkstanz
taylor swift: eras tour movie|midnights era|folklore era|evermore era
taylor swift: reputation era|tortured poets department|ttpd
taylor swift: long pond studio sessions|miss americana
taylor swift: all too well short film|the life of a showgirl
taylor swift: reputation stadium tour|lover fest
the beatles: george harrison
the beatles: abbey road|sgt. pepper
the beatles: rubber soul|magical mystery tour
the beatles: yellow submarine|cavern club|brian epstein|let it be album|hey jude|strawberry fields forever
the beatles: the quarrymen|apple corps|yoko ono|get back documentary|revolver album
sherlock holmes: 221b
sherlock holmes: mrs hudson|inspector lestrade
sherlock holmes: the sign of four|reichenbach falls
sherlock holmes: the final problem|jeremy brett
sherlock holmes: the speckled band|a scandal in bohemia
stephen king: constant readers|pennywise|the dark tower|roland deschain|derry maine
stephen king: castle rock maine|salem's lot|overlook hotel|carrie white|annie wilkes
stephen king: randall flagg|it chapter two|the losers club|holly gibney|bill hodges|cujo|needful things
stephen king: 11/22/63|full dark no stars|mr mercedes|doctor sleep
jane austen: fitzwilliam darcy
jane austen: lizzie bennet|mr knightley
jane austen: captain wentworth|marianne dashwood|elinor dashwood
jane austen: chawton cottage|longbourn
jane austen: pemberley|netherfield|catherine de bourgh
film festival: iffr|karlovy vary|filmfreeway
film festival: raindance
film festival: official selection
webtoon comics: line webtoon|webtoon originals|lezhin|tappytoon|kakaopage|naver webtoon
webtoon comics: true beauty webtoon|omniscient reader|the god of high school
webtoon comics: the beginning after the end|tbate|sweet home webtoon|the remarried empress
webtoon comics: villainess manhwa|regression manhwa|murim manhwa
romantasy: a court of thorns and roses|onyx storm
romantasy: jennifer l. armentrout|from blood and ash|fbaa|carissa broadbent
romantasy: the serpent and the wings of night|callie hart|the empyrean|rhysand|feyre|xaden riorson
romantasy: violet sorrengail|velaris
contemporary art: la biennale|frieze art fair|frieze new york
contemporary art: serpentine galleries|whitechapel gallery|palais de tokyo|kunsthalle
contemporary art: hamburger bahnhof|gagosian|hauser & wirth|david zwirner|pace gallery
contemporary art: olafur eliasson|cindy sherman|kara walker|artforum|frieze magazine
performance art: fluxus|joseph beuys|chris burden|carolee schneemann|tehching hsieh|allan kaprow
performance art: vito acconci|laurie anderson|tino sehgal|anne imhof
performance art: performa biennial|viennese actionism|rhythm 0
art collecting: art advisory|christie's
art collecting: phillips auction|artnet|artprice
art collecting: tefaf|frieze masters|blue-chip art|peggy guggenheim
art collecting: charles saatchi|hammer price|buyer's premium|acquisitions committee
life drawing: croquis|croquis café
life drawing: dr. sketchy's|anatomy for artists|loomis method
life drawing: andrew loomis|proko|george bridgman|line of action|quickposes|posemaniacs
life drawing: sight-size|bargue plates|charles bargue|écorché|contrapposto
sketch comedy: monty python's flying circus|key & peele|ucb theatre|i think you should leave
sketch comedy: mad tv|madtv|kids in the hall|a bit of fry and laurie|the fast show|little britain
sketch comedy: smack the pony|that mitchell and webb look|portlandia|inside amy schumer|chappelle's show
sketch comedy: the whitest kids u' know|in living color|snl cast member
french cuisine: bœuf bourguignon
french cuisine: sauce béarnaise|béarnaise|escoffier|auguste escoffier
french cuisine: ferrandi|cassoulet|confit de canard|crème brûlée
french cuisine: blanquette de veau|sole meunière|croque monsieur|quiche lorraine|mirepoix
french cuisine: joël robuchon|alain ducasse|bistronomy|bistronomie
chinese food: xiaolongbao|soup dumplings|siu mai|har gow
chinese food: dan dan noodles|biang biang noodles
chinese food: chongqing hot pot|zongzi|jiaozi|baozi
chinese food: fuchsia dunlop|mala xiang guo|congee|chow mein
thai food: pad see ew|tom kha|tom kha gai
thai food: khao man gai|larb
thai food: nam prik|moo ping|gai yang|nam pla
thai food: phat kaphrao|pok pok|andy ricker|jay fai
vietnamese food: pho bo|goi cuon
vietnamese food: cà phê sữa đá|egg coffee|cao lau
vietnamese food: bún riêu|banh cuon|hu tieu
vietnamese food: phin filter|che ba mau
middle eastern food: houmous|tahini|zaatar|meze
middle eastern food: kunafa|manakish|man'oushe|labneh|muhammara
middle eastern food: baba ghanoush|mutabbal|maqluba|mansaf|kibbeh|fatteh|freekeh|pomegranate molasses
middle eastern food: sami tamimi|persian cuisine|tahdig|ghormeh sabzi|levantine cuisine
spanish cuisine: tapas bar|pinchos|paella valenciana
spanish cuisine: jamón serrano|tortilla de patatas
spanish cuisine: salmorejo|gambas al ajillo|pimientos de padrón|padron peppers
spanish cuisine: fino sherry|txakoli|ferran adrià|josé andrés
spanish cuisine: el celler de can roca|fabada asturiana|cocido madrileño|crema catalana
mead honey wine: meaderies|melomel|cyser|braggot
mead honey wine: metheglin|pyment|bochet|acerglyn|mazer cup
mead honey wine: tosna|gotmead|b. nektar
mead honey wine: superstition meadery
home canning: nchfp|presto canner|all american canner|refrigerator pickles
home canning: sure-jell|home preserving|preserving pan
mocktails: zero-proof|alcohol-free spirits
mocktails: non-alcoholic beer|alcohol-free beer|sober october|seedlip|lyre's
mocktails: ritual zero proof|athletic brewing|ghia aperitif|low and no|nolo drinks|sans bar
mocktails: alcohol-free wine|0.0% beer|non-alcoholic wine
menswear: bespoke tailor|made to measure|mtm suit|double-breasted suit
menswear: oxford cloth button down|ocbd|raw denim|allen edmonds|alden shoes|crockett & jones
menswear: edward green shoes|anderson & sheppard|huntsman savile row|die workwear
menswear: permanent style|trad style|pocket square|gurkha trousers|derek guy|kiton|brioni
menswear: loro piana
sustainable fashion: sashiko mending|clothing swap
sustainable fashion: clothes swap|good on you app|worn wear|gots certified|fair wear foundation
sustainable fashion: fairtrade cotton|rana plaza|garment workers|deadstock fabric|by rotation
sustainable fashion: rent the runway
modest fashion: hijabis
modest fashion: abayas|jilbab|khimar|tzniut|tichel
modest fashion: modanisa|aab collection|inayah|hijabista|turban hijab|chiffon hijab|jersey hijab
modest fashion: dina tokio|halima aden
jewelry: van cleef & arpels|van cleef
jewelry: tiffany & co|bulgari|bvlgari|chopard|boucheron|david yurman
jewelry: pandora charm|mejuri|missoma|monica vinader|lab-grown diamond
jewelry: lab grown diamonds|moissanite|ear stack
jewelry: gia certified
fashion modeling: comp cards|go-see|go-sees|tfp shoot
fashion modeling: mother agency|new faces board
fashion modeling: victoria's secret angel
fashion modeling: petite model
hair care: curly girl
hair care: protein overload
hair care: deep conditioner|silk bonnet
hair care: olaplex
hair care: shea moisture|cantu|bounce curl|devacurl
lash extensions: mega volume lashes|russian volume
lash extensions: promade fans
mid-century modern: mcm furniture|eames chair
mid-century modern: george nelson|saarinen tulip table|eero saarinen|arne jacobsen|hans wegner|finn juhl
mid-century modern: teak credenza|g-plan|ercol|atomic age design
mid-century modern: googie architecture|palm springs modernism|knoll furniture
mid-century modern: nelson bubble lamp|sputnik chandelier|wishbone chair|egg chair
mid-century modern: case study houses|joseph eichler|eichler homes
cottagecore: milkmaid dress|nap dress|hill house nap dress|strawberry dress|gingham dress
cottagecore: mushroom decor
home cleaning: hinchers|the pink stuff|zoflora
home cleaning: scrub daddy|bar keepers friend|oxiclean|bissell|steam mop|robot vacuum
home cleaning: flylady|fly lady|dyson vacuum|shark vacuum
adventure travel: kilimanjaro trek|annapurna circuit|salkantay trek|overlanding africa
adventure travel: overland truck|serengeti safari|drake passage
adventure travel: bungee jumping|nevis bungy|aj hackett|kokoda track|mount kinabalu
budget travel: banana pancake trail|hostel dorm|nomadic matt
budget travel: overnight bus|hitchhiking
budget travel: khao san road|hostel bunk
tourism: unwto|wttc
tourism: tour operators|itb berlin
tourism: wtm london|fitur
tourism: visitbritain
tour guide: freetour|guruwalk
tour guide: getyourguide|viator|wftga
short-term rental: vrbo
short-term rental: str investing
short-term rental: airdna|pricelabs|hostaway|guesty|beyond pricing|turnover cleaning|airbnb cleaning
short-term rental: airbnb co-host|airbnb arbitrage|furnished holiday let
italian culture: ferragosto|festa della repubblica
italian culture: toscana|sicilia|puglia|vespa scooter|piaggio vespa
italian culture: dante alighieri|divina commedia|ciao bella
french culture: francophiles|quatorze juillet|édith piaf
french culture: serge gainsbourg|marcel proust
french culture: café de flore|les deux magots|côte d'azur
french culture: la vie en rose
korean culture: hangeul|jjimjilbang
korean culture: gyeongbokgung|bukchon hanok village|hanok
korean culture: king sejong|joseon dynasty|goryeo|ttmik|topik exam
korean culture: insadong
film festival: berlinale lineup|tiff lineup|tiff premiere|tiff midnight madness
film festival: sxsw premiere
film festival: slamdance
film festival: nyff|cinequest
romantasy: a court of mist and fury|acosf|a court of silver flames|kingdom of the wicked
romantasy: the bridge kingdom|danielle l. jensen|the plated prisoner|raven kennedy|nesta archeron
romantasy: high lord rhysand|divine rivals
romantasy: rebecca ross|the empyrean series|fantasy romance books
contemporary art: lisson gallery|galerie perrotin
contemporary art: thaddaeus ropac|sprüth magers|dia beacon|mass moca|fondation louis vuitton
contemporary art: punta della dogana|manifesta biennial|istanbul biennial|sharjah biennial
contemporary art: gwangju biennale|shanghai biennale|kochi-muziris biennale|liverpool biennial
performance art: live art uk|spill festival|rhythm 10|imponderabilia
performance art: the house with the ocean view|seven easy pieces|abramović method|marina abramović institute
performance art: franko b|ron athey|stelarc|guillermo gómez-peña|coco fusco|regina josé galindo|ana mendieta
performance art: yves klein anthropometries
sustainable fashion: clean clothes campaign|labour behind the label
sustainable fashion: tencel lyocell
sustainable fashion: garment worker rights
cottagecore: goblin core|fairy core|granny chic|frog and mushroom
adventure travel: patagonia trek
adventure travel: machu picchu trek|lares trek|gokyo lakes|manaslu circuit|langtang trek|mount toubkal
adventure travel: okavango delta safari|wadi rum|mount roraima|ciudad perdida
budget travel: backpacking south america|backpacking asia
budget travel: backpacking central america|hostel hopping
budget travel: round-the-world ticket|gringo trail|hostel dorm bed|couch surfing
budget travel: trusted housesitters|blablacar|flixbus|megabus
italian culture: natalia ginzburg
italian culture: sophia loren|marcello mastroianni
italian culture: umbria|lake como|lago di como|veneto|sardegna
italian culture: dolce far niente
french culture: art de vivre
french culture: expat in france|life in paris
french culture: fête de la musique|charles aznavour|jacques brel|françoise hardy|molière
french culture: château de versailles|belle époque|la belle époque
webtoon comics: webtoon series|webtoon episode|webtoon app|tapas webtoon|korean manhwa|manhwa recommendation
webtoon comics: manhwa recs|manhwa reader|webtoon reader|omniscient reader's viewpoint|eleceed
webtoon comics: wind breaker webtoon
art collecting: art consultancy|the armory show|expo chicago|art dubai|art basel miami beach
art collecting: art basel hong kong|paddle8
short-term rental: airbnb listing|airbnb guests|airbnb business
short-term rental: holiday let business|str portfolio
mead honey wine: mjød
"""

LEXICON_TEXT = """

# Spanish
maquinista de obra=heavy equipment operator|gruista=crane operator|retroexcavadora=backhoe excavator
excavadora=excavator|chapista=panel beater collision repair|carrocero=auto body repairer
chapa y pintura=body and paint collision repair|liniero=power lineman|parquetista=parquet floor fitter
mediciones de obra=quantity take-off|ensayos no destructivos=non-destructive testing|afinador=piano tuner
mecánico de aviones=aircraft mechanic|mantenimiento aeronáutico=aircraft maintenance
repartidor=delivery driver|mensajero=courier|agente de rampa=ramp agent airport operations
tripulante de yate=yacht crew|ingeniería ferroviaria=railway engineering
aduanas=customs|aduanero=customs officer|policía judicial=criminal investigation police
homicidios=homicide investigation|salud ambiental=environmental health|inspector sanitario=health inspector
protección contra incendios=fire protection|abogado de oficio=legal aid lawyer|justicia gratuita=legal aid
desarrollo comunitario=community development|planificación del transporte=transport planning
radioterapia=radiotherapy|radioterapeuta=radiation therapist|musicoterapia=music therapy
musicoterapeuta=music therapist|salud laboral=occupational health|medicina del trabajo=occupational medicine
control de infecciones=infection control|hematología=haematology|hematólogo=haematologist
nefrología=nephrology|nefrólogo=nephrologist|diálisis=dialysis|reumatología=rheumatology
reumatólogo=rheumatologist|cristalografía=crystallography|química médica=medicinal chemistry
metrología=metrology|calibración=calibration|asuntos regulatorios=regulatory affairs
gestión de calidad=quality management|diseño de movimiento=motion design|director de arte=art director
dirección de arte=art direction|modelado 3d=3d modelling|etalonaje=colour grading|escenógrafo=set designer
escenografía=set design|industria musical=music industry|escaparatista=visual merchandiser window dresser
escaparatismo=visual merchandising|auxiliar administrativo=office administrative assistant
asistente de dirección=executive assistant|comunicación interna=internal communications
relación con inversores=investor relations|inteligencia de negocios=business intelligence
gestión documental=records management
# German
baggerfahrer=excavator operator|kranführer=crane operator|baumaschinenführer=heavy equipment operator
karosseriebauer=auto body repairer collision repair|fahrzeuglackierer=vehicle refinish painter
freileitungsmonteur=power lineman|bodenleger=flooring installer|parkettleger=parquet floor fitter
kalkulator=construction cost estimator|zerstörungsfreie prüfung=non-destructive testing
klavierstimmer=piano tuner|fluggerätmechaniker=aircraft mechanic|flugzeugwartung=aircraft maintenance
paketzusteller=parcel delivery driver|kurierfahrer=courier driver|bodenpersonal=airport ground staff
vorfeld=airport apron|eisenbahningenieur=railway engineer|stellwerk=railway signal box|zoll=customs
zollbeamter=customs officer|grenzschutz=border protection|kriminalpolizei=criminal investigation police
kriminalkommissar=detective inspector|ermittler=investigator|brandschutz=fire protection
brandschutzbeauftragter=fire safety officer|prozesskostenhilfe=legal aid
gemeinwesenarbeit=community development|verkehrsplaner=transport planner|strahlentherapie=radiotherapy
musiktherapie=music therapy|musiktherapeut=music therapist|arbeitsmedizin=occupational medicine
betriebsarzt=occupational health physician|krankenhaushygiene=hospital infection control
hämatologie=haematology|nephrologie=nephrology|dialyse=dialysis|rheumatologie=rheumatology
kristallographie=crystallography|medizinische chemie=medicinal chemistry|messtechnik=metrology measurement
kalibrierung=calibration|zulassung=regulatory approval|qualitätsmanagement=quality management
artdirector=art director|3d-modellierung=3d modelling|farbkorrektur=colour grading|bühnenbildner=set designer
bühnenbild=set design|musikindustrie=music industry|plattenfirma=record label
schaufenstergestalter=visual merchandiser|bürokauffrau=office administrator|bürokaufmann=office administrator
sekretärin=secretary office administrator|assistenz der geschäftsführung=executive assistant
interne kommunikation=internal communications|finanzkommunikation=investor relations
konzerntreasury=corporate treasury|schriftgutverwaltung=records management
# French
conducteur d'engins=heavy equipment operator|grutier=crane operator
carrossier=auto body repairer collision repair|monteur de lignes=power lineman
poseur de sols=flooring installer|parqueteur=parquet floor fitter
économiste de la construction=quantity surveyor|contrôle non destructif=non-destructive testing
accordeur=piano tuner|mécanicien aéronautique=aircraft mechanic|maintenance aéronautique=aircraft maintenance
livreur=delivery driver|coursier=courier|agent d'escale=airport ground handling agent
ingénieur ferroviaire=railway engineer|douane=customs|douanier=customs officer
police judiciaire=criminal investigation police|enquêteur=investigator
salubrité=environmental health sanitation|sécurité incendie=fire safety|aide juridictionnelle=legal aid
développement communautaire=community development|planification des transports=transport planning
radiothérapie=radiotherapy|musicothérapie=music therapy|musicothérapeute=music therapist
médecine du travail=occupational medicine|hygiène hospitalière=hospital infection control
hématologie=haematology|rhumatologie=rheumatology|cristallographie=crystallography
chimie médicinale=medicinal chemistry|métrologie=metrology|affaires réglementaires=regulatory affairs
responsable qualité=quality manager|direction artistique=art direction|modélisation 3d=3d modelling
étalonneur=colourist|étalonnage=colour grading|scénographe=set designer|scénographie=set design
industrie musicale=music industry|étalagiste=visual merchandiser window dresser
assistante de direction=executive assistant|communication interne=internal communications
relations investisseurs=investor relations|informatique décisionnelle=business intelligence
gestion documentaire=records management
# Italian
escavatorista=excavator operator|carrozziere=auto body repairer collision repair
posatore di pavimenti=flooring installer|computo metrico=quantity take-off
controlli non distruttivi=non-destructive testing|accordatore=piano tuner
manutenzione aeromobili=aircraft maintenance|corriere=courier delivery driver|fattorino=delivery driver
addetto di rampa=airport ramp agent|ingegneria ferroviaria=railway engineering|dogana=customs
doganiere=customs officer|guardia di finanza=customs financial police|squadra mobile=police detective squad
prevenzione incendi=fire prevention|gratuito patrocinio=legal aid|sviluppo di comunità=community development
pianificazione dei trasporti=transport planning|radioterapia oncologica=radiation oncology
medicina del lavoro=occupational medicine|ematologia=haematology|ematologo=haematologist
cristallografia=crystallography|chimica farmaceutica=medicinal chemistry
affari regolatori=regulatory affairs|gestione della qualità=quality management|modellazione 3d=3d modelling
scenografo=set designer|scenografia=set design|industria discografica=music industry
vetrinista=visual merchandiser window dresser|assistente di direzione=executive assistant
comunicazione interna=internal communications|relazioni con gli investitori=investor relations
tesoreria aziendale=corporate treasury|gestione documentale=records management
# Portuguese
operador de máquinas pesadas=heavy equipment operator|funileiro=auto body repairer collision repair
funilaria=auto body repair|eletricista de linha viva=power lineman|orçamentista=construction cost estimator
ensaios não destrutivos=non-destructive testing|afinador de piano=piano tuner
mecânico de aeronaves=aircraft mechanic|entregador=delivery driver|motoboy=motorcycle courier
tripulante de iate=yacht crew|engenharia ferroviária=railway engineering|alfândega=customs
aduaneiro=customs officer|polícia civil=criminal investigation police|segurança contra incêndio=fire safety
defensoria pública=public defender legal aid|desenvolvimento comunitário=community development
planejamento de transportes=transport planning|medicina do trabalho=occupational medicine
controle de infecção=infection control|hematologista=haematologist|nefrologista=nephrologist
reumatologista=rheumatologist|assuntos regulatórios=regulatory affairs|gestão da qualidade=quality management
modelagem 3d=3d modelling|cenógrafo=set designer|cenografia=set design
vitrinista=visual merchandiser window dresser|secretária executiva=executive assistant
comunicação interna=internal communications|relações com investidores=investor relations|tesouraria=treasury
gestão documental=records management

# Spanish
astrobiología=astrobiology|astrobiólogo=astrobiologist|astrobióloga=astrobiologist
vida extraterrestre=extraterrestrial life|geofísica=geophysics|geofísico=geophysicist
sísmica de exploración=seismic exploration geophysics|primatología=primatology|primatólogo=primatologist
primatóloga=primatologist|chimpancés=chimpanzees
química farmacéutica=medicinal chemistry|diseño de fármacos=drug design|fusión nuclear=nuclear fusion
energía de fusión=fusion energy|plasma de fusión=fusion plasma
interacción persona-ordenador=human-computer interaction
interacción humano-computadora=human-computer interaction|investigación operativa=operations research
investigación de operaciones=operations research|optimización combinatoria=combinatorial optimization
células madre=stem cells|medicina regenerativa=regenerative medicine|organoides=organoids
ciencia ciudadana=citizen science|ciencia participativa=citizen science|ciencia abierta=open science
acceso abierto=open access|reproducibilidad=research reproducibility|política científica=science policy
diplomacia científica=science diplomacy|evolución humana=human evolution|paleoantropología=paleoanthropology
homínidos=hominins|neandertales=neanderthals|primera guerra mundial=first world war
gran guerra=great war first world war|trincheras=trench warfare|guerras napoleónicas=napoleonic wars
napoleónico=napoleonic|guerra de la independencia española=peninsular war|dinastía tudor=tudor dynasty
enrique viii=henry viii tudor|ana bolena=anne boleyn|imperio bizantino=byzantine empire|bizancio=byzantium
historia bizantina=byzantine history|vikingos=vikings|era vikinga=viking age|nórdicos antiguos=norsemen
historia naval=naval history|historia marítima=maritime history|museo naval=naval museum
historia de áfrica=african history|historia africana=african history|africanista=africanist historian
educación sobre el holocausto=holocaust education|memoria del holocausto=holocaust remembrance
sobrevivientes del holocausto=holocaust survivors|historia de la iglesia=church history
historia eclesiástica=church history|padres de la iglesia=church fathers|patrística=patristics
retórica=rhetoric|retórico=rhetorician
economista político=political economist|economía política internacional=international political economy
estudios de seguridad=security studies|estudios estratégicos=strategic studies
disuasión nuclear=nuclear deterrence|sondeos electorales=election polls|intención de voto=voting intention
encuesta electoral=election poll|economía de la salud=health economics
evaluación económica=economic evaluation|costo-efectividad=cost-effectiveness
estudios de medios=media studies|ciencias de la comunicación=communication studies
activista climática=climate activist|activista climático=climate activist|huelga por el clima=climate strike
justicia ambiental=environmental justice|racismo ambiental=environmental racism
zonas de sacrificio=pollution sacrifice zones|solicitantes de asilo=asylum seekers
acogida de refugiados=refugee welcome|reforestar=reforest|plantación de árboles=tree planting
plantar árboles=plant trees|seguridad vial=road safety|siniestralidad vial=road crash deaths
víctimas de tráfico=road traffic victims|movilidad activa=active travel|carril bici=bike lane
ciudad caminable=walkable city|defensa del paciente=patient advocacy
asociación de pacientes=patient organisation|paciente experto=expert patient|corrupción=corruption
anticorrupción=anti-corruption|transparencia=government transparency|rendición de cuentas=accountability
donación de sangre=blood donation|donante de sangre=blood donor|donar sangre=donate blood
huerto comunitario=community garden|huertos urbanos=urban community gardens|rotario=rotarian
club rotario=rotary club|club de leones=lions club|evangélico=evangelical christian
evangélica=evangelical christian|iglesia evangélica=evangelical church
cristiano evangélico=evangelical christian|anglicano=anglican|anglicana=anglican
iglesia anglicana=anglican church|episcopal=episcopal anglican|santos de los últimos días=latter-day saints
mormón=mormon|mormona=mormon|libro de mormón=book of mormon|apologética=christian apologetics
apologista=christian apologist|apologética cristiana=christian apologetics|misionero=missionary
misionera=missionary|misiones=christian missions|viaje misionero=mission trip|jainismo=jainism|jainista=jain
taoísmo=taoism|taoísta=taoist|tao te king=tao te ching
defensa de la fe=defense of the faith christian apologetics
# German
astrobiologie=astrobiology|astrobiologe=astrobiologist|astrobiologin=astrobiologist
außerirdisches leben=extraterrestrial life|geophysik=geophysics|geophysiker=geophysicist
geophysikerin=geophysicist|seismik=seismic geophysics|primatologie=primatology|primatologe=primatologist
primatologin=primatologist|menschenaffen=great apes
wirkstoffdesign=drug design|kernfusion=nuclear fusion|fusionsenergie=fusion energy
fusionsreaktor=fusion reactor|fusionsforschung=fusion research
mensch-computer-interaktion=human-computer interaction
mensch-maschine-interaktion=human-computer interaction|unternehmensforschung=operations research
mathematische optimierung=mathematical optimization|ganzzahlige optimierung=integer programming
stammzellen=stem cells|stammzellforschung=stem cell research|regenerative medizin=regenerative medicine
bürgerwissenschaft=citizen science|bürgerwissenschaften=citizen science|bürgerforschung=citizen science
offene wissenschaft=open science|open-access-publikation=open access publication
reproduzierbarkeit=research reproducibility|wissenschaftspolitik=science policy
forschungspolitik=research policy|forschungsförderung=research funding|paläoanthropologie=paleoanthropology
menschwerdung=human evolution|neandertaler=neanderthals|erster weltkrieg=first world war
westfront=western front first world war|grabenkrieg=trench warfare|napoleonische kriege=napoleonic wars
befreiungskriege=napoleonic wars of liberation|napoleonisch=napoleonic|tudorzeit=tudor period
heinrich viii=henry viii tudor|byzantinistik=byzantine studies|byzantinisches reich=byzantine empire
byzanz=byzantium|wikinger=vikings|wikingerzeit=viking age|altnordisch=old norse|runensteine=runestones
seefahrtsgeschichte=maritime history|marinegeschichte=naval history|schifffahrtsmuseum=maritime museum
afrikanische geschichte=african history|afrikanistik=african studies
erinnerungskultur=holocaust remembrance culture|holocaust-gedenken=holocaust remembrance
gedenkstätte=holocaust memorial site|stolpersteine=holocaust memorial stones
kirchengeschichte=church history|kirchenväter=church fathers|patristik=patristics|rhetoriker=rhetorician
redekunst=rhetoric|politische ökonomie=political economy|politökonomie=political economy
strategische studien=strategic studies|abschreckung=military deterrence
wahlforschung=election research psephology|umfragen=opinion polls|wahlumfrage=election poll
hochrechnung=election projection|sonntagsfrage=voting intention poll|gesundheitsökonomie=health economics
gesundheitsökonom=health economist|kosten-nutzen-bewertung=cost-effectiveness analysis
medienwissenschaft=media studies|medienwissenschaften=media studies
kommunikationswissenschaft=communication studies|klimastreik=climate strike
klimagerechtigkeit=climate justice|klimabewegung=climate movement|umweltgerechtigkeit=environmental justice
umweltrassismus=environmental racism|flüchtlingshilfe=refugee support|asylsuchende=asylum seekers
flüchtlingsarbeit=refugee support work|baumpflanzung=tree planting|bäume pflanzen=plant trees
verkehrssicherheit=road safety|verkehrstote=road deaths|verkehrsberuhigung=traffic calming
radverkehr=cycling traffic|radwege=bike lanes|radentscheid=cycling referendum
patientenvertreter=patient advocate|patientenvertreterin=patient advocate
patientenorganisation=patient organisation|selbsthilfegruppe=patient support group|korruption=corruption
korruptionsbekämpfung=anti-corruption|bestechung=bribery|blutspende=blood donation|blutspender=blood donor
blutspenderin=blood donor|blutspenden=donate blood|gemeinschaftsgarten=community garden
urban gardening=urban community gardening|kleingartenverein=allotment association|rotarier=rotarian
rotarierin=rotarian|rotary-club=rotary club|evangelikal=evangelical christian
evangelikale=evangelical christians|freikirche=evangelical free church|anglikanisch=anglican
anglikanische kirche=anglican church|mormonen=mormons|heilige der letzten tage=latter-day saints
apologetik=christian apologetics|christliche apologetik=christian apologetics|missionar=missionary
missionarin=missionary|mission=christian mission|missionswerk=mission agency|jainismus=jainism
dschainismus=jainism|jaina=jain|daoismus=taoism|taoismus=taoism|daoist=taoist
willkommenskultur=refugee welcome culture|politökonom=political economist
# French
exobiologie=astrobiology|astrobiologiste=astrobiologist|vie extraterrestre=extraterrestrial life
géophysique=geophysics|géophysicien=geophysicist|géophysicienne=geophysicist|primatologue=primatologist
grands singes=great apes|chimie thérapeutique=medicinal chemistry
conception de médicaments=drug design|fusion nucléaire=nuclear fusion|énergie de fusion=fusion energy
interaction homme-machine=human-computer interaction|ihm=human-computer interaction
recherche opérationnelle=operations research|optimisation combinatoire=combinatorial optimization
programmation linéaire=linear programming|cellules souches=stem cells
médecine régénérative=regenerative medicine|science participative=citizen science
sciences participatives=citizen science|science citoyenne=citizen science|science ouverte=open science
libre accès=open access|reproductibilité=research reproducibility|politique scientifique=science policy
politique de la recherche=research policy|diplomatie scientifique=science diplomacy
évolution humaine=human evolution|paléoanthropologie=paleoanthropology|néandertaliens=neanderthals
première guerre mondiale=first world war|grande guerre=great war first world war
poilus=french first world war soldiers|tranchées=first world war trenches|premier empire=napoleonic empire
épopée napoléonienne=napoleonic wars|grognards=napoleonic guard soldiers|napoléonien=napoleonic
dynastie tudor=tudor dynasty|henri viii=henry viii tudor|anne boleyn=anne boleyn
empire byzantin=byzantine empire|byzantiniste=byzantinist|byzance=byzantium|vikings scandinaves=vikings
âge des vikings=viking age|vieux norrois=old norse|histoire maritime=maritime history
histoire navale=naval history|musée de la marine=maritime museum|histoire africaine=african history
histoire de l'afrique=african history|africaniste=africanist historian
mémoire de la shoah=holocaust remembrance|devoir de mémoire=holocaust remembrance duty
rescapés de la shoah=holocaust survivors|histoire de l'église=church history
pères de l'église=church fathers|patristique=patristics|rhétorique=rhetoric|rhétoricien=rhetorician
art oratoire=rhetoric oratory|économie politique=political economy
économie politique internationale=international political economy|études stratégiques=strategic studies
dissuasion nucléaire=nuclear deterrence|études de sécurité=security studies
sondages électoraux=election polls|intentions de vote=voting intention|économie de la santé=health economics
coût-efficacité=cost-effectiveness|sciences de la communication=communication studies media studies
études médiatiques=media studies|militante écologiste=climate activist|grève pour le climat=climate strike
justice climatique=climate justice|marche pour le climat=climate march
justice environnementale=environmental justice|racisme environnemental=environmental racism
accueil des réfugiés=refugee welcome|reforestation=reforestation|planter des arbres=plant trees
sécurité routière=road safety|mortalité routière=road deaths|victimes de la route=road traffic victims
mobilité douce=active travel|mobilités actives=active travel|pistes cyclables=bike lanes
vélorution=cycling advocacy|patient partenaire=patient partner|association de patients=patient organisation
patient expert=expert patient|lutte anticorruption=anti-corruption|corruption=corruption|pots-de-vin=bribes
don du sang=blood donation|donneur de sang=blood donor|donneuse de sang=blood donor
jardin partagé=community garden|jardins partagés=community gardens|jardin collectif=community garden
rotarien=rotarian|rotarienne=rotarian|lions club=lions service club|évangélique=evangelical christian
église évangélique=evangelical church|anglican=anglican|anglicane=anglican|église anglicane=anglican church
saints des derniers jours=latter-day saints|mormons=mormons|apologétique=christian apologetics
apologète=christian apologist|missionnaire=missionary|missionnaires=missionaries|jaïnisme=jainism|jaïn=jain
jaïne=jain|taoïsme=taoism|taoïste=taoist
économiste politique=political economist|exilés=refugees exiles
# Italian
vita extraterrestre=extraterrestrial life
chimica medicinale=medicinal chemistry
fusione nucleare=nuclear fusion|energia da fusione=fusion energy
interazione uomo-macchina=human-computer interaction|interazione uomo-computer=human-computer interaction
ricerca operativa=operations research|programmazione lineare=linear programming|cellule staminali=stem cells
medicina rigenerativa=regenerative medicine|scienza partecipata=citizen science
scienza dei cittadini=citizen science|scienza aperta=open science|accesso aperto=open access
politica della ricerca=research policy|politica scientifica=science policy|evoluzione umana=human evolution
ominidi=hominins|prima guerra mondiale=first world war
grande guerra=great war first world war|guerre napoleoniche=napoleonic wars
enrico viii=henry viii tudor|impero bizantino=byzantine empire
bisanzio=byzantium|bizantinistica=byzantine studies|vichinghi=vikings|età vichinga=viking age
storia navale=naval history|storia marittima=maritime history|storia africana=african history
storia dell'africa=african history|giornata della memoria=holocaust remembrance day
memoria della shoah=holocaust remembrance|storia della chiesa=church history
padri della chiesa=church fathers|arte oratoria=rhetoric oratory
studi strategici=strategic studies|deterrenza nucleare=nuclear deterrence|sondaggi=opinion polls
sondaggi elettorali=election polls|exit poll=exit poll|economia sanitaria=health economics
farmacoeconomia=pharmacoeconomics|scienze della comunicazione=communication studies
studi sui media=media studies|attivista per il clima=climate activist|sciopero per il clima=climate strike
giustizia climatica=climate justice|giustizia ambientale=environmental justice
razzismo ambientale=environmental racism|accoglienza=refugee welcome|riforestazione=reforestation
piantare alberi=plant trees|sicurezza stradale=road safety|vittime della strada=road traffic victims
mobilità attiva=active travel|piste ciclabili=bike lanes|mobilità dolce=active travel
associazione pazienti=patient organisation|paziente esperto=expert patient|corruzione=corruption
anticorruzione=anti-corruption|tangenti=bribes|donazione di sangue=blood donation
donatore di sangue=blood donor|avis=blood donor association|orto condiviso=community garden
orti urbani=urban community gardens|orto comunitario=community garden|rotariano=rotarian|rotariana=rotarian
chiesa evangelica=evangelical church|chiesa anglicana=anglican church
mormone=mormon|santi degli ultimi giorni=latter-day saints
apologeta=christian apologist|missionario=missionary|missionaria=missionary|missionari=missionaries
giainismo=jainism|giainista=jain
rifugiati politici=political refugees
difesa della fede=defense of the faith christian apologetics
# Portuguese
geofísica aplicada=applied geophysics|química medicinal=medicinal chemistry
planejamento de fármacos=drug design|fusão nuclear=nuclear fusion|energia de fusão=fusion energy
interação humano-computador=human-computer interaction|ihc=human-computer interaction
pesquisa operacional=operations research|programação linear=linear programming|células-tronco=stem cells
células estaminais=stem cells|ciência cidadã=citizen science
ciência aberta=open science|acesso aberto=open access|reprodutibilidade=research reproducibility
política de ciência=science policy|evolução humana=human evolution|primeira guerra mundial=first world war
guerra peninsular=peninsular war|henrique viii=henry viii tudor
viquingues=vikings|era viking=viking age
nórdico antigo=old norse
descobrimentos=age of discovery voyages|história da áfrica=african history
memória do holocausto=holocaust remembrance|educação sobre o holocausto=holocaust education
história da igreja=church history
estudos estratégicos=strategic studies
dissuasão nuclear=nuclear deterrence|pesquisas eleitorais=election polls|intenção de voto=voting intention
sondagens=opinion polls|economia da saúde=health economics|custo-efetividade=cost-effectiveness
estudos de mídia=media studies|ciências da comunicação=communication studies
ativista climática=climate activist|greve pelo clima=climate strike|justiça climática=climate justice
justiça ambiental=environmental justice|requerentes de asilo=asylum seekers
acolhimento de refugiados=refugee welcome|reflorestação=reforestation|plantio de árvores=tree planting
segurança rodoviária=road safety|segurança viária=road safety|segurança no trânsito=road safety
mobilidade ativa=active travel|ciclovias=bike lanes|mobilidade suave=active travel
associação de pacientes=patient organisation|defesa do paciente=patient advocacy|corrupção=corruption
anticorrupção=anti-corruption|propina=bribe|doação de sangue=blood donation|doador de sangue=blood donor
dador de sangue=blood donor|horta comunitária=community garden|hortas urbanas=urban community gardens
rotary clube=rotary club|igreja evangélica=evangelical church|crente=evangelical believer
igreja anglicana=anglican church|santos dos últimos dias=latter-day saints
missões=christian missions|viagem missionária=mission trip
daoísmo=taoism
defesa da fé=defense of the faith christian apologetics

# Spanish
jugador de fortnite=fortnite player|partida de fortnite=fortnite match|jugador de valorant=valorant player
partida de warzone=warzone call of duty match|creador de roblox=roblox creator|ajedrez japonés=shogi
jugador de go=go board game player|fichas de dominó=domino tiles|dominó=dominoes|dominós=dominoes
luchador de sumo=sumo wrestler|luchadores de sumo=sumo wrestlers|patinaje de velocidad=speed skating
patinador de velocidad=speed skater|ciclismo en pista=track cycling
esquí de montaña=ski mountaineering|concurso completo=horse eventing
aeróbic=aerobics|aeróbicos=aerobics|aquaeróbic=aqua aerobics|gimnasia en trampolín=trampolining
cama elástica=trampoline|malabares de fuego=fire spinning flow arts|lapidario=lapidary gem cutter
tallador de gemas=gem cutter|pintura de diamantes=diamond painting|volar cometa=kite flying
cometas=kites|conservas caseras=home canning|pesca magnética=magnet fishing|aeromodelismo=rc aircraft
cazador de fósiles=fossil hunter|vidrio de mar=sea glass|atado de moscas=fly tying
rueca=spinning wheel|fotógrafo de conciertos=concert photographer
carpas koi=koi|erizo=hedgehog|erizos=hedgehogs|ajolote=axolotl|ajolotes=axolotls
exposición canina=dog show|trineo de perros=dog sledding|comedero de pájaros=bird feeder
# German
fortnite zocken=play fortnite|sumo-ringer=sumo wrestler|eisschnelllauf=speed skating
eisschnellläufer=speed skater|eisschnellläuferin=speed skater|bahnradsport=track cycling
bahnradfahrer=track cyclist|radrennbahn=velodrome
skitourengeher=ski tourer|skibergsteigen=ski mountaineering|vielseitigkeitsreiten=horse eventing
vielseitigkeitsreiter=event rider|vielseitigkeit=horse eventing|trampolinturnen=trampolining
feuerjonglage=fire spinning flow arts|edelsteinschleifer=gem cutter|edelsteinschleiferei=lapidary
diamantmalerei=diamond painting|drachensteigen=kite flying|lenkdrachen=stunt kite|einkochen=home canning
eingekocht=home canned|magnetfischen=magnet fishing|modellflug=rc aircraft|modellflieger=rc aircraft pilot
fossiliensuche=fossil hunting|meerglas=sea glass|fliegenbinden=fly tying
spinnrad=spinning wheel|handspinnen=hand spinning|handgesponnen=handspun|terrarienbau=terrarium building
fahrradreise=bicycle touring|konzertfotograf=concert photographer|konzertfotografie=concert photography
koiteich=koi pond|igel=hedgehog|hundeausstellung=dog show
schlittenhunde=sled dogs|schlittenhunderennen=sled dog racing|vogelfutter=bird seed
futterhaus=bird feeder|völkerball=dodgeball|unihockey=floorball|querfeldein=cyclocross
# French
lutteur de sumo=sumo wrestler|patinage de vitesse=speed skating|patineur de vitesse=speed skater
cyclisme sur piste=track cycling|ski-alpinisme=ski mountaineering
trampoliniste=trampolinist|jongleur de feu=fire spinner
lapidaire=lapidary|tailleur de pierres précieuses=gem cutter|broderie diamant=diamond painting
cerf-volant=kite|cerfs-volants=kites|conserves maison=home canning|pêche à l'aimant=magnet fishing
aéromodélisme=rc aircraft|aéromodéliste=rc aircraft pilot
verre de mer=sea glass|montage de mouches=fly tying|rouet=spinning wheel|filage=hand spinning
voyage à vélo=bicycle touring|photographe de concert=concert photographer|bassin à koïs=koi pond
hérisson=hedgehog|hérissons=hedgehogs|exposition canine=dog show|chiens de traîneau=sled dogs
musher=musher|mangeoire=bird feeder|balle au prisonnier=dodgeball|jeu de go=go board game
# Italian
lottatore di sumo=sumo wrestler|pattinaggio di velocità=speed skating|ciclismo su pista=track cycling
scialpinista=ski tourer|completo equitazione=horse eventing
trampolino elastico=trampolining|giocoleria=juggling flow arts|tagliatore di pietre=gem cutter
pittura diamante=diamond painting|aquilone=kite|aquiloni=kites|conserve fatte in casa=home canning
aeromodellismo=rc aircraft|aeromodellista=rc aircraft pilot
vetro di mare=sea glass|costruzione di mosche=fly tying
arcolaio=spinning wheel|filatura a mano=hand spinning|cicloviaggio=bicycle touring
fotografo di concerti=concert photographer|laghetto koi=koi pond|riccio=hedgehog
esposizione canina=dog show|cani da slitta=sled dogs|mangiatoia per uccelli=bird feeder
palla prigioniera=dodgeball|gioco del go=go board game
# Portuguese
lutador de sumô=sumo wrestler|sumô=sumo|patinação de velocidade=speed skating
ciclismo de pista=track cycling|esqui de montanha=ski touring|concurso completo de equitação=horse eventing
malabares de fogo=fire spinning flow arts|lapidação=gem cutting lapidary
pintura com diamantes=diamond painting|pipa=kite|soltar pipa=kite flying
conservas caseiras=home canning|pesca com ímã=magnet fishing|caçador de fósseis=fossil hunter
vidro do mar=sea glass|montagem de moscas=fly tying|roda de fiar=spinning wheel|fiação manual=hand spinning
fotógrafo de shows=concert photographer
ouriço=hedgehog|axolote=axolotl|exposição canina=dog show|trenó de cães=dog sledding
comedouro de pássaros=bird feeder

# Spanish
organista=organist|organero=organ builder|trompista=french horn player|sambista=samba musician
escuela de samba=samba school|danza folclórica=folk dance|baile folclórico=folk dance
bailes tradicionales=traditional dances|coleccionista de arte=art collector|subasta de arte=art auction
arte conceptual=conceptual art|dibujo del natural=life drawing|dibujo de figura humana=figure drawing
comedia de sketches=sketch comedy|cocina francesa=french cuisine|comida china=chinese food
cocina china=chinese cuisine|comida tailandesa=thai food|cocina tailandesa=thai cuisine
comida vietnamita=vietnamese food|comida libanesa=lebanese food|comida árabe=middle eastern food
cocina española=spanish cuisine|tapeo=going out for tapas|hidromiel=mead honey wine
mermelada casera=homemade jam|cóctel sin alcohol=mocktail
cócteles sin alcohol=mocktails|sin alcohol=alcohol-free|moda masculina=menswear|sastrería=tailoring
sastre=tailor|moda sostenible=sustainable fashion|moda ética=ethical fashion|moda modesta=modest fashion
hiyab=hijab|joyería=jewelry|joyas=jewelry|joyero=jeweler|modelo de pasarela=runway model
agencia de modelos=modelling agency|cuidado del cabello=hair care|pelo rizado=curly hair
extensiones de pestañas=lash extensions|pestañas=eyelashes|limpieza del hogar=home cleaning
viajes de aventura=adventure travel|albergue juvenil=youth hostel|guía turístico=tour guide
guía turística=tour guide|alquiler vacacional=vacation rental|cultura italiana=italian culture
cultura francesa=french culture|cultura coreana=korean culture|orgullo y prejuicio=pride and prejudice
romantasía=romantasy|fantasía romántica=fantasy romance|rock instrumental=instrumental rock
el sabueso de los baskerville=the hound of the baskervilles|estudio en escarlata=a study in scarlet
la torre oscura=the dark tower stephen king|cementerio de animales=pet sematary stephen king
sentido y sensibilidad=sense and sensibility|cómics coreanos=korean webcomics manhwa
programa de sketches=sketch comedy show|romance de fantasía=fantasy romance
banda instrumental=instrumental band
# German
orgel=pipe organ|organistin=organist|orgelkonzert=organ concert|orgelbauer=organ builder
kirchenmusiker=church musician|kirchenmusikerin=church musician|hornistin=french horn player
waldhorn=french horn|sambaschule=samba school|volkstanz=folk dance|volkstanzgruppe=folk dance group
trachtengruppe=folk costume dance group|kunstsammler=art collector|kunstsammlerin=art collector
kunstsammlung=art collection|aktzeichnen=life drawing|aktmodell=life drawing model
französische küche=french cuisine|chinesisches essen=chinese food|thailändische küche=thai cuisine
vietnamesische küche=vietnamese cuisine|orientalische küche=middle eastern cuisine
spanische küche=spanish cuisine|honigwein=mead honey wine|einmachen=home canning
einmachgläser=canning jars|alkoholfrei=alcohol-free|alkoholfreie cocktails=mocktails|herrenmode=menswear
maßschneider=bespoke tailor|nachhaltige mode=sustainable fashion|ohrringe=earrings
halskette=necklace|modelagentur=modelling agency|laufsteg=runway catwalk|haarpflege=hair care
wimpernverlängerung=lash extensions|wimpern=eyelashes|hausputz=house cleaning|putzfrau=house cleaner
abenteuerreisen=adventure travel|rucksackreisende=backpackers|fremdenverkehr=tourism|reiseleiter=tour guide
reiseleiterin=tour guide|stadtführer=city tour guide|stadtführerin=city tour guide
stadtführung=guided city tour|ferienwohnung=holiday apartment|italienische kultur=italian culture
französische kultur=french culture|koreanische kultur=korean culture|filmfestspiele=film festival
stolz und vorurteil=pride and prejudice
der hund von baskerville=the hound of the baskervilles|studie in scharlachrot=a study in scarlet
der dunkle turm=the dark tower stephen king|friedhof der kuscheltiere=pet sematary stephen king
verstand und gefühl=sense and sensibility|koreanische comics=korean webcomics manhwa
sketch-comedy=sketch comedy|fantasy-romance=fantasy romance
# French
organiste=organist|orgue=pipe organ|facteur d'orgues=organ builder|corniste=french horn player
cor d'harmonie=french horn|école de samba=samba school|danse folklorique=folk dance
danses traditionnelles=traditional dances|collectionneur d'art=art collector
modèle vivant=life drawing model|dessin de nu=life drawing|cuisine française=french cuisine
cuisine chinoise=chinese cuisine|cuisine thaïlandaise=thai cuisine|cuisine vietnamienne=vietnamese cuisine
cuisine libanaise=lebanese cuisine|cuisine espagnole=spanish cuisine|hydromel=mead honey wine
confitures maison=homemade jam|bocaux=preserving jars|sans alcool=alcohol-free
mode masculine=menswear|tailleur sur mesure=bespoke tailor|mode éthique=ethical fashion
mode durable=sustainable fashion|bijoux=jewelry|bijouterie=jewelry shop|joaillerie=fine jewelry
joaillier=jeweler|agence de mannequins=modelling agency|soins capillaires=hair care
cheveux bouclés=curly hair|extensions de cils=lash extensions|cils=eyelashes|faire le ménage=house cleaning
voyages d'aventure=adventure travel|guide touristique=tour guide|guide conférencier=licensed tour guide
location saisonnière=vacation rental|culture italienne=italian culture|culture française=french culture
culture coréenne=korean culture|festival du film=film festival|orgueil et préjugés=pride and prejudice
sketchs=comedy sketches
le chien des baskerville=the hound of the baskervilles|une étude en rouge=a study in scarlet
la tour sombre=the dark tower stephen king|simetierre=pet sematary stephen king
raison et sentiments=sense and sensibility|webtoon coréen=korean webcomic manhwa
romance fantastique=fantasy romance|groupe instrumental=instrumental band
# Italian
organaro=organ builder|cornista=french horn player|corno francese=french horn|scuola di samba=samba school
danze popolari=folk dances|danza popolare=folk dance|collezionista d'arte=art collector
cucina francese=french cuisine|cucina cinese=chinese cuisine|cucina thailandese=thai cuisine
cucina vietnamita=vietnamese cuisine|cucina mediorientale=middle eastern cuisine
cucina spagnola=spanish cuisine|idromele=mead honey wine
marmellate fatte in casa=homemade jam|analcolico=non-alcoholic|analcolici=non-alcoholic drinks
moda uomo=menswear|sartoria=tailoring|moda sostenibile=sustainable fashion|gioielli=jewelry
gioielleria=jewelry shop|orecchini=earrings|modella=fashion model|cura dei capelli=hair care
capelli ricci=curly hair|extension ciglia=lash extensions|ciglia=eyelashes|pulizie di casa=house cleaning
viaggi avventura=adventure travel|turismo sostenibile=sustainable tourism|guida turistica=tour guide
affitti brevi=short-term rentals|cultura francese=french culture|orgoglio e pregiudizio=pride and prejudice
il mastino dei baskerville=the hound of the baskervilles|uno studio in rosso=a study in scarlet
la torre nera=the dark tower stephen king|ragione e sentimento=sense and sensibility
fumetti coreani=korean webcomics manhwa|scenette comiche=comedy sketches|fantasy romantico=romantic fantasy
gruppo strumentale=instrumental band
# Portuguese
escola de samba=samba school|roda de samba=samba circle|rancho folclórico=folk dance group
dança folclórica=folk dance|colecionador de arte=art collector|modelo vivo=life drawing model
culinária francesa=french cuisine|comida chinesa=chinese food|culinária tailandesa=thai cuisine
culinária espanhola=spanish cuisine|hidromel=mead honey wine
geleia caseira=homemade jam|sem álcool=alcohol-free|alfaiataria=tailoring|alfaiate=tailor
moda sustentável=sustainable fashion|joias=jewelry|joalheria=jewelry shop|brincos=earrings
modelo de passarela=runway model|cuidados com o cabelo=hair care|cabelo cacheado=curly hair|cílios=eyelashes
extensão de cílios=lash extensions|faxina=house cleaning|diarista=house cleaner
turismo de aventura=adventure travel|guia de turismo=tour guide
alojamento local=short-term rental|aluguel por temporada=vacation rental
orgulho e preconceito=pride and prejudice
o cão dos baskerville=the hound of the baskervilles|um estudo em vermelho=a study in scarlet
a torre negra=the dark tower stephen king|razão e sensibilidade=sense and sensibility
quadrinhos coreanos=korean webcomics manhwa|esquetes=comedy sketches
banda instrumental de rock=instrumental rock band
"""
