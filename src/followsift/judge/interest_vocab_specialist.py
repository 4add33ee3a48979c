"""Interest definitions (specialist set): 135 more interests people list, in work, hobbies and culture.

Written by helpers from general knowledge on 2026-11-24, sixth session (none saw a labelled set); the
layout of every field module is described at ``interest_vocab._FIELDS``.
"""

from __future__ import annotations

__all__ = ["ENTRIES", "LEXICON_TEXT", "NAMES_TEXT", "NEIGHBOURS"]

ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "data engineering",
        (
            "data engineer",
            "building data pipelines",
            "etl pipelines in airflow",
            "dbt models on a snowflake warehouse",
            "spark jobs on databricks",
            "streaming data with kafka",
            "modern data stack",
            "data platform engineer",
            "designing the lakehouse",
            "analytics engineer",
            "batch and streaming ingestion",
            "data quality checks failing again",
            "migrating our warehouse to bigquery",
            "writing sql transformations all day",
            "dimensional modelling and star schemas",
            "the pipeline broke at 3am",
            "change data capture from postgres",
            "ingeniero de datos",
            "ingeniera de datos",
            "dateningenieur",
            "ingénieur data",
            "ingegnere dei dati",
            "engenheiro de dados",
        ),
        (
            "my phone data plan ran out",
            "data entry clerk job",
            "pipeline welding in the oil field",
            "sales pipeline review",
            "gas pipeline protest",
            "mobile data roaming charges",
            "warehouse worker picking orders",
            "snowflake decorations for christmas",
            "spark plug replacement",
            "kafka's metamorphosis for book club",
            "engineering the perfect sandwich",
        ),
        ("data engineer", "data engineers", "analytics engineering", "etl", "data pipelines"),
        ("data science", "databases"),
    ),
    (
        "computer science",
        (
            "computer science student",
            "cs major",
            "cs degree",
            "algorithms and data structures",
            "theory of computation",
            "compsci phd",
            "computer scientist",
            "big o notation",
            "studying operating systems and compilers",
            "cs lecturer",
            "p vs np",
            "graph algorithms homework",
            "discrete maths for cs",
            "programming languages research",
            "distributed systems research",
            "computability and complexity",
            "proof that the algorithm terminates",
            "cs theory seminar",
            "informatik studium",
            "ciencias de la computación",
            "estudiante de informática",
            "informatique théorique",
            "informatica all'università",
            "ciência da computação",
        ),
        (
            "my computer crashed again",
            "counter-strike 2 ranked grind",
            "customer service cs rep",
            "c-section recovery",
            "home computer repair shop",
            "the science of baking bread",
            "gaming chair review",
            "rocket science it isn't",
            "tech support for my mum's laptop",
            "computer says no",
            "political science degree",
        ),
        ("cs", "compsci", "comp sci", "informatics", "computing science", "computer scientist"),
        ("science", "tech"),
    ),
    (
        "natural language processing",
        (
            "nlp researcher",
            "nlp engineer",
            "computational linguistics",
            "training language models",
            "fine-tuning llms on domain text",
            "text classification",
            "named entity recognition",
            "sentiment analysis model",
            "machine translation research",
            "tokenizers and embeddings",
            "acl paper accepted",
            "speech and language technology",
            "transformers for text",
            "question answering benchmark",
            "information extraction from documents",
            "nlp for low-resource languages",
            "annotating a corpus",
            "procesamiento del lenguaje natural",
            "lingüística computacional",
            "computerlinguistik",
            "traitement automatique des langues",
            "elaborazione del linguaggio naturale",
            "processamento de linguagem natural",
        ),
        (
            "nlp practitioner and life coach",
            "neuro-linguistic programming seminar",
            "learning a foreign language on duolingo",
            "language exchange partner",
            "body language tips",
            "processing my feelings",
            "natural wine bar",
            "sign language interpreter",
            "food processing plant",
            "strong language warning",
            "mind your language",
        ),
        ("nlp", "computational linguistics", "language technology", "natural language understanding", "nlu"),
        ("machine learning", "linguistics"),
    ),
    (
        "computer vision",
        (
            "computer vision engineer",
            "computer vision researcher",
            "image segmentation",
            "object detection with yolo",
            "training a vision transformer",
            "opencv project",
            "pose estimation",
            "3d reconstruction from images",
            "image classification model",
            "cvpr paper accepted",
            "visual slam",
            "labelling images for training data",
            "depth estimation",
            "medical image analysis",
            "self-driving perception stack",
            "point cloud segmentation from lidar",
            "visión por computador",
            "visión artificial",
            "maschinelles sehen",
            "bildverarbeitung",
            "vision par ordinateur",
            "visione artificiale",
            "visão computacional",
        ),
        (
            "updating my cv and cover letter",
            "vision board for next year",
            "eye test at the optician",
            "computer glasses for screen time",
            "company vision and mission",
            "night vision goggles",
            "blurry vision after a migraine",
            "tunnel vision",
            "vision statement workshop",
            "computer desk setup",
            "second sight psychic",
        ),
        ("machine vision", "image processing", "visual computing", "image recognition"),
        ("machine learning",),
    ),
    (
        "bioinformatics",
        (
            "bioinformatician",
            "computational biologist",
            "genomics pipelines",
            "rna-seq analysis",
            "single-cell sequencing data",
            "variant calling",
            "aligning reads with bwa",
            "phylogenetics",
            "protein structure prediction",
            "working in r and bioconductor",
            "snakemake workflow",
            "gwas analysis",
            "metagenomics",
            "computational biology phd",
            "sequence alignment",
            "analysing sequencing runs",
            "bioinformática",
            "bioinformatiker",
            "bioinformaticienne",
            "bioinformatica",
            "biologia computacional",
            "biostatistics and genomics",
        ),
        (
            "dna test says i'm 20% italian",
            "genetics of my dog breed",
            "sequencing the order of tasks",
            "informatics at the hospital front desk",
            "link in bio",
            "protein shake after the gym",
            "my family tree research",
            "wheel alignment at the garage",
            "bio-based packaging",
            "align your chakras",
        ),
        ("bioinformatician", "computational biology", "genomics", "bioinformaticians"),
        ("biology", "data science"),
    ),
    (
        "network engineering",
        (
            "network engineer",
            "ccna certified",
            "studying for the ccnp",
            "bgp and ospf",
            "configuring cisco switches",
            "routing and switching",
            "network admin",
            "firewall rules",
            "sd-wan rollout",
            "juniper routers",
            "vlan trunking",
            "packet capture in wireshark",
            "data centre networking",
            "subnetting practice",
            "network automation with ansible",
            "lan and wan",
            "ingeniero de redes",
            "administrador de redes",
            "netzwerktechniker",
            "ingénieur réseau",
            "sistemista di rete",
            "engenheiro de redes",
        ),
        (
            "networking event for founders",
            "linkedin networking",
            "tv network ratings",
            "social network drama",
            "network marketing mlm opportunity",
            "your network is your net worth",
            "support network of friends",
            "neural network training",
            "railway network strike",
            "routing number for the bank",
            "nintendo switch games",
        ),
        (
            "networking",
            "network engineer",
            "network administration",
            "computer networking",
            "network engineers",
        ),
        ("tech",),
    ),
    (
        "technical writing",
        (
            "technical writer",
            "writing api documentation",
            "docs as code",
            "documentation engineer",
            "user manuals and help articles",
            "style guide for our docs",
            "docs site in markdown",
            "information architecture for documentation",
            "writing release notes",
            "writing the developer guide",
            "write the docs conference",
            "madcap flare",
            "dita xml",
            "knowledge base articles",
            "readme improvements",
            "tech writer at a saas company",
            "redactor técnico",
            "redactora técnica",
            "technischer redakteur",
            "technische dokumentation",
            "rédacteur technique",
            "redattore tecnico",
            "redator técnico",
        ),
        (
            "writing my novel",
            "poetry chapbook",
            "technical foul in basketball",
            "technical difficulties on the stream",
            "copywriter for ads",
            "ghostwriter for ceos",
            "writing a letter to my grandmother",
            "technical analysis of stocks",
            "technically speaking",
            "songwriting session",
        ),
        (
            "technical writer",
            "technical writers",
            "documentation",
            "tech writing",
            "technical communication",
            "docs",
        ),
        ("writing", "tech"),
    ),
    (
        "optometry",
        (
            "optometrist",
            "eye exams all day",
            "independent optometry practice",
            "contact lens fitting",
            "myopia control",
            "dry eye clinic",
            "retinal imaging and oct",
            "binocular vision assessment",
            "low vision rehabilitation",
            "od and proud",
            "optometry school",
            "dispensing optician",
            "paediatric eye exams",
            "glaucoma screening",
            "fitting scleral lenses",
            "optometrista",
            "optometría",
            "augenoptikerin",
            "optométriste",
            "opticien",
            "optometria",
            "optometrista em lisboa",
        ),
        (
            "new glasses frames haul",
            "eye test was fine",
            "optical illusion",
            "vision board",
            "eye candy",
            "keep an eye on it",
            "blue light glasses for gaming",
            "optics of the decision",
            "20/20 hindsight",
            "eye makeup tutorial",
        ),
        ("optometrist", "optometrists", "optician", "opticians", "eye care", "vision science"),
        ("health",),
    ),
    (
        "electrical engineering",
        (
            "electrical engineer",
            "ee student",
            "power systems engineering",
            "circuit design",
            "designing switchgear",
            "substation design",
            "power electronics",
            "control systems",
            "signal processing",
            "high voltage engineering",
            "chartered electrical engineer",
            "ieee member",
            "grid protection relays",
            "analog circuit design",
            "electrical design for data centres",
            "ingeniero eléctrico",
            "ingeniera eléctrica",
            "elektroingenieur",
            "elektrotechnik studium",
            "ingénieur électricien",
            "ingegnere elettrico",
            "engenheiro eletricista",
        ),
        (
            "electric atmosphere at the stadium",
            "electrical fire in the kitchen",
            "power outage again",
            "electric guitar tone",
            "electrical tape fix",
            "static shock from the carpet",
            "electric scooter ride",
            "the performance was electric",
            "electricity bill went up",
            "power nap",
        ),
        (
            "electrical engineer",
            "electrical engineers",
            "ee",
            "electrical and electronic engineering",
            "power engineering",
        ),
        ("engineering",),
    ),
    (
        "biomedical engineering",
        (
            "biomedical engineer",
            "bme student",
            "medical device design",
            "designing prosthetic limbs",
            "biomaterials research",
            "tissue engineering",
            "neural engineering",
            "clinical engineer",
            "biomechanics lab",
            "wearable health sensors",
            "implant design",
            "bioinstrumentation",
            "3d printed implants",
            "fda 510(k) submission",
            "rehabilitation engineering",
            "ingeniería biomédica",
            "ingeniero biomédico",
            "biomedizintechnik",
            "medizintechnik",
            "ingénieur biomédical",
            "ingegneria biomedica",
            "engenharia biomédica",
        ),
        (
            "social engineering scam",
            "medical drama on tv",
            "engineering my morning routine",
            "gp appointment",
            "biohacking supplements",
            "engineered wood flooring",
            "genetically engineered crops",
            "doctor's visit tomorrow",
            "fitness tracker review",
        ),
        ("biomedical engineer", "bioengineering", "medical engineering", "bme", "clinical engineering"),
        ("engineering", "medicine"),
    ),
    (
        "materials science",
        (
            "materials scientist",
            "materials engineer",
            "metallurgy",
            "polymer science",
            "ceramics research",
            "thin films",
            "electron microscopy",
            "sem and tem imaging",
            "x-ray diffraction",
            "composite materials",
            "battery materials research",
            "alloy development",
            "nanomaterials",
            "corrosion engineer",
            "materials characterisation",
            "phd in materials",
            "ciencia de materiales",
            "ingeniería de materiales",
            "materialwissenschaft",
            "werkstofftechnik",
            "science des matériaux",
            "scienza dei materiali",
            "ciência dos materiais",
        ),
        (
            "building materials delivery",
            "marketing materials",
            "course materials for the exam",
            "raw materials shortage",
            "fabric for sewing a dress",
            "material girl",
            "materialism and consumerism",
            "new material for my stand-up set",
            "ceramics class pottery",
            "material evidence in court",
        ),
        ("materials engineering", "materials scientist", "metallurgy", "materials", "material science"),
        ("science", "engineering"),
    ),
    (
        "semiconductors",
        (
            "semiconductor industry",
            "chip design",
            "asic design engineer",
            "fab process engineer",
            "lithography and euv",
            "wafer fabrication",
            "vlsi",
            "rtl design in verilog",
            "physical design and tapeout",
            "chip packaging",
            "foundry node roadmap",
            "process integration engineer",
            "yield engineer",
            "analog ic design",
            "cleanroom shifts",
            "silicon validation",
            "semiconductores",
            "diseño de chips",
            "halbleiter",
            "halbleiterindustrie",
            "semi-conducteurs",
            "semiconduttori",
            "semicondutores",
        ),
        (
            "potato chips and dip",
            "chip on my shoulder",
            "poker chips",
            "chocolate chip cookies",
            "fish and chips",
            "conductor on the train",
            "orchestra conductor",
            "microchip for my dog",
            "silicone baking mat",
            "chip shot onto the green",
        ),
        ("semiconductor", "chip design", "microelectronics", "semiconductor industry", "vlsi"),
        ("electronics", "tech"),
    ),
    (
        "telecommunications",
        (
            "telecom engineer",
            "5g rollout",
            "rf engineer",
            "fibre to the home",
            "ftth deployment",
            "mobile network operator",
            "lte and 5g core",
            "spectrum auction",
            "telecoms industry",
            "radio access network",
            "open ran",
            "cell tower site survey",
            "network planning for operators",
            "mwc barcelona",
            "submarine cables",
            "voip and unified comms",
            "satellite communications",
            "telecomunicaciones",
            "ingeniero de telecomunicaciones",
            "telekommunikation",
            "télécommunications",
            "telecomunicazioni",
            "telecomunicações",
        ),
        (
            "my phone bill is too high",
            "dropped call with my mum",
            "telecommuting from home",
            "tower crane",
            "fibre in my diet",
            "signal the turn",
            "cellular biology",
            "phone case collection",
            "autism spectrum",
            "radio dj",
        ),
        ("telecom", "telecoms", "telco", "telecommunication", "wireless communications"),
        ("tech",),
    ),
    (
        "electric vehicles",
        (
            "ev owner",
            "driving electric",
            "my tesla model 3",
            "ev charging network",
            "range anxiety",
            "road trip in an ev",
            "charging at home overnight",
            "kwh per 100 km",
            "ev conversion",
            "electric car news",
            "battery degradation after 100k miles",
            "rapid charger",
            "ev enthusiast",
            "ioniq 5 owner",
            "heat pump and an ev",
            "coche eléctrico",
            "elektroauto",
            "e-auto fahrer",
            "voiture électrique",
            "auto elettrica",
            "carro elétrico",
            "veículo elétrico",
        ),
        (
            "electric guitar",
            "electric bill",
            "electric atmosphere",
            "vehicle for change",
            "investment vehicle",
            "expected value ev in poker",
            "electric toothbrush",
            "bumper cars at the fair",
            "electric blanket",
            "the vibe was electric",
        ),
        ("ev", "evs", "electric cars", "electric car", "e-mobility", "electric mobility"),
        ("cars",),
    ),
    (
        "microbiology",
        (
            "microbiologist",
            "bacteria under the microscope",
            "culturing e. coli",
            "agar plates",
            "antimicrobial resistance",
            "gram stain",
            "clinical microbiology lab",
            "bacteriology",
            "microbiome research",
            "phage biology",
            "streaking plates",
            "food microbiology",
            "environmental microbiology",
            "biosafety cabinet",
            "biofilm research",
            "mycology lab",
            "microbiólogo",
            "microbióloga",
            "mikrobiologie",
            "mikrobiologin",
            "microbiologie",
            "microbiologia",
        ),
        (
            "germaphobe with hand sanitizer",
            "kombucha scoby at home",
            "sourdough starter feeding",
            "cold and flu season",
            "micro apartment living",
            "microwave dinner",
            "microsoft teams",
            "petri dish of bad ideas",
            "culture war",
            "pop culture",
        ),
        ("microbiologist", "bacteriology", "microbiologists", "microbes"),
        ("biology",),
    ),
    (
        "biotechnology",
        (
            "biotech",
            "biotech startup",
            "biotech industry",
            "crispr gene editing",
            "cell and gene therapy",
            "bioprocess engineer",
            "upstream process development",
            "monoclonal antibodies",
            "synthetic biology",
            "biologics manufacturing",
            "mrna platform",
            "drug discovery",
            "bioreactor scale-up",
            "biotech investor",
            "lab automation",
            "igem team",
            "biotecnología",
            "biotechnologie",
            "biotecnologia",
            "biotecnólogo",
            "biotechnologin",
        ),
        (
            "tech startup in saas",
            "biohacking my sleep",
            "biology homework",
            "organic vegetables",
            "technology news",
            "biodegradable packaging",
            "gmo-free food",
            "the bio in my profile",
            "bio yoghurt",
            "bio-inspired architecture",
        ),
        ("biotech", "synthetic biology", "biotechnologies", "biotech industry"),
        ("biology", "science"),
    ),
    (
        "immunology",
        (
            "immunologist",
            "t cell biology",
            "antibody research",
            "vaccine immunology",
            "innate immunity",
            "immunotherapy research",
            "autoimmunity lab",
            "flow cytometry",
            "cytokine signalling",
            "b cells and germinal centres",
            "allergy and immunology clinic",
            "immune response to infection",
            "immunology phd",
            "mhc antigen presentation",
            "elisa assays",
            "inmunología",
            "inmunólogo",
            "immunologie",
            "immunologin",
            "immunologia",
            "imunologia",
        ),
        (
            "immune to his charm",
            "diplomatic immunity",
            "herd mentality",
            "boost your immune system with gummies",
            "immunity idol on survivor",
            "flu shot at the pharmacy",
            "immune to criticism",
            "vitamin c for a cold",
            "cell phone contract",
        ),
        ("immunologist", "immunologists", "immune system research"),
        ("biology", "medicine"),
    ),
    (
        "marine biology",
        (
            "marine biologist",
            "coral reef research",
            "studying sea turtles",
            "whale researcher",
            "shark tagging",
            "marine conservation",
            "seagrass restoration",
            "plankton research",
            "kelp forest surveys",
            "fieldwork on the research vessel",
            "marine mammal observer",
            "reef monitoring dives",
            "tide pool ecology",
            "dolphin photo-id",
            "biólogo marino",
            "bióloga marina",
            "meeresbiologin",
            "meeresbiologe",
            "biologiste marin",
            "biologa marina",
            "bióloga marinha",
        ),
        (
            "marine corps veteran",
            "marine engine mechanic",
            "sushi dinner",
            "navy seals",
            "beach holiday in bali",
            "seafood boil",
            "fishing charter",
            "merchant marine",
            "marinara sauce",
            "the little mermaid",
        ),
        ("marine biologist", "marine biologists", "marine conservation", "ocean conservation"),
        ("biology", "oceanography"),
    ),
    (
        "environmental science",
        (
            "environmental scientist",
            "environmental consultant",
            "water quality monitoring",
            "soil contamination testing",
            "environmental impact assessment",
            "air quality research",
            "biodiversity surveys",
            "environmental engineer",
            "pollution monitoring",
            "hydrology and catchments",
            "ecotoxicology",
            "remediation of brownfield sites",
            "environmental studies degree",
            "environmental monitoring",
            "ciencias ambientales",
            "ambientóloga",
            "umweltwissenschaften",
            "umweltingenieur",
            "sciences de l'environnement",
            "scienze ambientali",
            "ciências ambientais",
        ),
        (
            "toxic work environment",
            "safe learning environment",
            "development environment setup",
            "python virtual environment",
            "environment variables",
            "environmental storytelling in games",
            "office environment",
            "home environment for kids",
            "environment in the dressing room",
        ),
        (
            "environmental scientist",
            "environmental studies",
            "environmental engineering",
            "environmental sciences",
            "environmental consulting",
        ),
        ("science", "sustainability"),
    ),
    (
        "forensic science",
        (
            "forensic scientist",
            "crime scene investigator",
            "forensic anthropology",
            "dna profiling",
            "forensic toxicology",
            "bloodstain pattern analysis",
            "fingerprint examiner",
            "digital forensics",
            "forensic pathology",
            "crime lab",
            "trace evidence",
            "ballistics",
            "forensic odontology",
            "forensic entomology",
            "ciencias forenses",
            "científica forense",
            "forensik",
            "rechtsmedizin",
            "police scientifique",
            "medicina legale",
            "perito forense",
            "ciência forense",
        ),
        (
            "csi miami rerun",
            "forensic accounting audit",
            "forensic analysis of the match",
            "detective novel",
            "crime scene cocktail bar",
            "forensically examining my ex's texts",
            "murder mystery party",
            "evidence-based parenting",
            "scene kid",
        ),
        ("forensics", "forensic scientist", "criminalistics", "csi", "forensic investigation"),
        ("science", "criminal justice"),
    ),
    (
        "geography",
        (
            "geographer",
            "geography teacher",
            "human geography",
            "physical geography",
            "map reading",
            "cartography",
            "geography degree",
            "geographic information systems",
            "fieldwork on rivers",
            "urban geography",
            "geography nerd",
            "capitals quiz",
            "geoguessr addict",
            "population geography",
            "glaciers and landforms",
            "geografía",
            "geógrafa",
            "geographie",
            "erdkunde lehrer",
            "géographie",
            "géographe",
            "geografia",
            "geógrafo",
        ),
        (
            "google maps directions",
            "product roadmap",
            "travel vlog",
            "location services on my phone",
            "area code",
            "landscape photography",
            "geometry homework",
            "map of the stadium",
            "lost in the city again",
            "geo-blocked content",
        ),
        ("geographer", "cartography", "human geography", "physical geography", "geographers"),
        (),
    ),
    (
        "occupational therapy",
        (
            "occupational therapist",
            "ot student",
            "paediatric ot",
            "sensory integration",
            "hand therapy",
            "activities of daily living",
            "ot in acute care",
            "fine motor skills practice",
            "home adaptations assessment",
            "return to work rehab",
            "otr/l",
            "mental health ot",
            "splinting",
            "adaptive equipment for stroke patients",
            "terapeuta ocupacional",
            "terapia ocupacional",
            "ergotherapeutin",
            "ergotherapie",
            "ergothérapeute",
            "ergoterapia",
            "terapista occupazionale",
        ),
        (
            "overtime hours this week",
            "went to overtime in the hockey game",
            "old testament study",
            "occupational hazard",
            "therapy session with my counsellor",
            "retail therapy",
            "occupation of the building by protesters",
            "job occupation field on the form",
            "physio for my knee",
        ),
        ("occupational therapist", "occupational therapists", "ergotherapy"),
        ("health",),
    ),
    (
        "speech therapy",
        (
            "speech therapist",
            "speech-language pathologist",
            "slp",
            "speech and language therapist",
            "slt",
            "aac devices",
            "articulation therapy",
            "stuttering therapy",
            "dysphagia assessment",
            "language delay in toddlers",
            "working with aphasia",
            "voice therapy",
            "cleft palate team",
            "early intervention speech",
            "speechie life",
            "logopeda",
            "fonoaudióloga",
            "logopädin",
            "logopädie",
            "orthophoniste",
            "logopedista",
            "terapeuta da fala",
        ),
        (
            "speech at the wedding",
            "best man speech",
            "free speech debate",
            "speech to text app",
            "graduation speech",
            "public speaking coach",
            "language learning app",
            "therapy dog",
            "politician's speech",
            "figure of speech",
        ),
        (
            "speech and language therapy",
            "speech-language pathology",
            "speech pathology",
            "slp",
            "speech therapist",
            "logopedics",
        ),
        ("health",),
    ),
    (
        "radiology",
        (
            "radiologist",
            "radiographer",
            "diagnostic radiology",
            "interventional radiology",
            "reading ct scans",
            "mri tech",
            "radiology resident",
            "ultrasound sonographer",
            "x-ray department",
            "neuroradiology",
            "breast imaging",
            "rsna meeting",
            "nuclear medicine",
            "ai in medical imaging",
            "radiología",
            "radióloga",
            "radiologie",
            "radiologin",
            "radiologue",
            "radiologia",
            "técnico em radiologia",
        ),
        (
            "radio presenter",
            "radio station",
            "x-ray at airport security",
            "ham radio",
            "radioactive waste",
            "radiohead concert",
            "radiant skin",
            "got my knee mri today",
            "ultrasound of our baby",
            "radio silence",
        ),
        ("radiologist", "radiography", "medical imaging", "radiographer", "diagnostic imaging", "sonography"),
        ("medicine",),
    ),
    (
        "emergency medicine",
        (
            "er doctor",
            "emergency physician",
            "a&e nurse",
            "emergency department",
            "ed registrar",
            "em resident",
            "trauma bay",
            "night shift in the er",
            "resus",
            "triage",
            "emergency medicine consultant",
            "pediatric emergency medicine",
            "code blue",
            "intubated in resus",
            "urgencias",
            "médico de urgencias",
            "notaufnahme",
            "notärztin",
            "urgentiste",
            "pronto soccorso",
            "medicina de emergência",
        ),
        (
            "emergency fund savings",
            "emergency contact",
            "family emergency",
            "emergency plumber",
            "grey's anatomy marathon",
            "emergency exit",
            "state of emergency",
            "emergency meeting",
            "climate emergency",
            "er tv show rewatch",
        ),
        ("emergency department", "emergency room", "a&e", "emergency physician", "er doctor"),
        ("medicine",),
    ),
    (
        "paramedics",
        (
            "paramedic",
            "emt",
            "ems",
            "on the ambulance",
            "ambulance crew",
            "911 calls",
            "999 calls",
            "prehospital care",
            "flight paramedic",
            "critical care paramedic",
            "working the rig",
            "cpr on scene",
            "lights and sirens",
            "nremt",
            "fire medic",
            "paramédico",
            "técnico en emergencias sanitarias",
            "rettungssanitäter",
            "notfallsanitäterin",
            "ambulancier",
            "soccorritore",
            "socorrista",
        ),
        (
            "called an ambulance for my nan",
            "ambulance chaser lawyer",
            "paralegal",
            "paranormal investigation",
            "ems training at the gym",
            "sirens concert",
            "lifeguard at the pool",
            "first aid kit",
            "paratrooper",
        ),
        ("paramedic", "ems", "emt", "emergency medical services", "ambulance service"),
        ("medicine",),
    ),
    (
        "surgery",
        (
            "surgeon",
            "general surgeon",
            "surgical resident",
            "orthopaedic surgeon",
            "in theatre all day",
            "operating room nurse",
            "laparoscopic surgery",
            "robotic surgery",
            "neurosurgery",
            "cardiothoracic surgeon",
            "scrub nurse",
            "surgical training",
            "or list",
            "trauma surgery",
            "surgical outcomes research",
            "cirujano",
            "cirujana",
            "chirurg",
            "chirurgin",
            "chirurgien",
            "chirurgo",
            "cirurgião",
        ),
        (
            "recovering from knee surgery",
            "plastic surgery gossip",
            "cosmetic surgery reality show",
            "gp surgery appointment",
            "mp's constituency surgery",
            "surgical precision of the passing",
            "tree surgeon",
            "keyhole surgery on my laptop",
            "surgical mask",
            "surgeon general warning",
        ),
        ("surgeon", "surgeons", "surgical", "general surgery"),
        ("medicine",),
    ),
    (
        "pediatrics",
        (
            "pediatrician",
            "paediatrician",
            "paediatric nurse",
            "peds nurse",
            "picu nurse",
            "nicu nurse",
            "neonatology",
            "paediatrics registrar",
            "children's hospital",
            "child health",
            "well-child visits",
            "adolescent medicine",
            "pediatric oncology",
            "peds resident",
            "developmental paediatrics",
            "pediatra",
            "kinderärztin",
            "kinderarzt",
            "pédiatre",
            "pédiatrie",
            "pediatria",
            "kinderkrankenpflege",
        ),
        (
            "mum of three toddlers",
            "podiatry clinic",
            "babysitting",
            "kids party",
            "baby shower",
            "year 2 teacher",
            "toy store",
            "children's book author",
            "pedicure",
            "nicu mom update",
        ),
        ("paediatrics", "pediatrician", "paediatrician", "peds", "child health"),
        ("medicine",),
    ),
    (
        "palliative care",
        (
            "palliative care nurse",
            "hospice nurse",
            "end-of-life care",
            "hospice volunteer",
            "palliative medicine",
            "death doula",
            "symptom management",
            "advance care planning",
            "dying well",
            "pain relief at end of life",
            "bereavement support",
            "hospice chaplain",
            "comfort care",
            "death positive",
            "specialist palliative care team",
            "cuidados paliativos",
            "palliativmedizin",
            "hospizarbeit",
            "soins palliatifs",
            "cure palliative",
        ),
        (
            "palliative fix for the bug",
            "death metal",
            "self-care sunday",
            "care package for my friend",
            "customer care",
            "skin care routine",
            "hospitality",
            "taking care of my mum",
            "death of a salesman",
        ),
        ("hospice", "hospice care", "end of life care", "palliative medicine", "end-of-life care"),
        ("medicine",),
    ),
    (
        "dermatology",
        (
            "dermatologist",
            "derm resident",
            "skin cancer screening",
            "dermatology clinic",
            "mohs surgery",
            "treating eczema and psoriasis",
            "acne treatment",
            "dermatopathology",
            "teledermatology",
            "melanoma awareness",
            "board-certified dermatologist",
            "dermoscopy",
            "medical dermatology",
            "paediatric dermatology",
            "dermatóloga",
            "dermatología",
            "dermatologin",
            "hautärztin",
            "dermatologue",
            "dermatologo",
            "dermatologista",
        ),
        (
            "my skincare routine",
            "skincare haul",
            "thick skinned",
            "skin in the game",
            "game skins",
            "skinny jeans",
            "get under my skin",
            "dermal filler deal",
            "snakeskin boots",
        ),
        ("dermatologist", "derm", "dermatologists"),
        ("medicine",),
    ),
    (
        "firefighting",
        (
            "firefighter",
            "fire service",
            "volunteer firefighter",
            "fire department",
            "fire station",
            "wildland firefighter",
            "fire engine",
            "smokejumper",
            "on shift at the firehouse",
            "hotshot crew",
            "fire academy",
            "structural firefighting",
            "fire rescue",
            "hose drills",
            "bombero",
            "bombera",
            "feuerwehr",
            "feuerwehrmann",
            "pompier",
            "sapeur-pompier",
            "vigile del fuoco",
            "bombeiro",
        ),
        (
            "firing someone at work",
            "this song is fire",
            "fire emoji",
            "firefighting at work all week",
            "fire sale",
            "fire tv stick",
            "ceasefire talks",
            "firearms",
            "fireworks",
            "fired up",
            "campfire songs",
        ),
        ("firefighter", "firefighters", "fire service", "fire rescue", "fire brigade", "fire department"),
        (),
    ),
    (
        "humanitarian aid",
        (
            "humanitarian worker",
            "aid worker",
            "working for msf",
            "emergency response in the field",
            "refugee camp",
            "humanitarian logistics",
            "relief operations",
            "ngo in the field",
            "disaster relief",
            "red cross volunteer",
            "food security programme",
            "humanitarian coordinator",
            "deployed with the response team",
            "cash transfer programming",
            "cooperante",
            "ayuda humanitaria",
            "humanitäre hilfe",
            "entwicklungshelfer",
            "aide humanitaire",
            "aiuti umanitari",
            "ajuda humanitária",
        ),
        (
            "hearing aid",
            "band-aid solution",
            "first aid course",
            "financial aid for college",
            "live aid concert",
            "humanitarian award for the actor",
            "aid and abet",
            "visual aids for the presentation",
            "lemonade stand",
        ),
        ("humanitarian work", "aid work", "disaster relief", "international aid", "humanitarian response"),
        ("nonprofits",),
    ),
    (
        "special education",
        (
            "special education teacher",
            "sped teacher",
            "senco",
            "sen teacher",
            "iep meetings",
            "inclusion classroom",
            "resource room teacher",
            "teaching autistic students",
            "teaching assistant in a special school",
            "learning support",
            "differentiated instruction",
            "behaviour support",
            "paraprofessional",
            "special needs teacher",
            "educación especial",
            "maestra de educación especial",
            "sonderpädagogin",
            "förderschule",
            "enseignante spécialisée",
            "insegnante di sostegno",
            "educação especial",
            "educação inclusiva",
        ),
        (
            "special offer",
            "special forces",
            "my special someone",
            "special edition vinyl",
            "special effects",
            "sped up version of the song",
            "education secretary",
            "tonight's special",
            "special k cereal",
        ),
        ("sped", "special ed", "special needs education", "inclusive education", "special educational needs"),
        ("education",),
    ),
    (
        "early childhood education",
        (
            "early years teacher",
            "preschool teacher",
            "kindergarten teacher",
            "nursery practitioner",
            "early childhood educator",
            "montessori guide",
            "play-based learning",
            "childminder",
            "daycare teacher",
            "eyfs",
            "reggio emilia approach",
            "circle time",
            "pre-k classroom",
            "forest school leader",
            "early learning centre",
            "educadora infantil",
            "maestra de infantil",
            "erzieherin",
            "kita",
            "éducatrice de jeunes enfants",
            "maîtresse de maternelle",
            "maestra d'infanzia",
            "professora de educação infantil",
        ),
        (
            "my toddler's tantrum",
            "child's play",
            "kindergarten cop",
            "early bird",
            "early retirement",
            "plant nursery",
            "nursery rhymes playlist",
            "childhood memories",
            "dog daycare",
        ),
        (
            "early years",
            "early childhood",
            "preschool education",
            "early education",
            "childcare",
            "early years education",
        ),
        ("education",),
    ),
    (
        "plumbing",
        (
            "plumber",
            "plumbing and heating",
            "gas safe engineer",
            "boiler installs",
            "unblocking drains",
            "bathroom fitting",
            "pipefitter",
            "plumbing apprentice",
            "master plumber",
            "soldering copper pipe",
            "pex installs",
            "water heater replacement",
            "emergency call out",
            "licensed plumber",
            "fontanero",
            "fontanera",
            "klempner",
            "installateur",
            "sanitär",
            "plombier",
            "idraulico",
            "encanador",
            "canalizador",
        ),
        (
            "plumbing the depths",
            "the plumbing of the app",
            "plumbing in data pipelines",
            "super mario the plumber",
            "plumb line",
            "plum jam",
            "bathroom selfie",
            "toilet humour",
            "drain my energy",
            "pipe dream",
        ),
        ("plumber", "plumbers", "plumbing and heating", "pipefitting", "heating engineer"),
        ("construction",),
    ),
    (
        "electrician",
        (
            "electrician",
            "sparky",
            "journeyman electrician",
            "master electrician",
            "electrical apprentice",
            "wiring a consumer unit",
            "rewiring an old house",
            "18th edition",
            "commercial electrical contractor",
            "pulling wire",
            "panel upgrade",
            "conduit bending",
            "ibew local",
            "pat testing",
            "eicr",
            "installing ev chargers",
            "industrial electrician",
            "electricista",
            "elektriker",
            "elektrikerin",
            "électricien",
            "elettricista",
            "eletricista",
        ),
        (
            "electric atmosphere",
            "electric guitar",
            "sparky personality",
            "the spark is gone",
            "electrical storm",
            "wire transfer",
            "wiring money",
            "panel discussion",
            "my brain is wired differently",
            "live wire",
        ),
        ("electricians", "sparky", "electrical contractor", "electrical trade", "electrical installation"),
        ("construction",),
    ),
    (
        "welding",
        (
            "welder",
            "tig welding",
            "mig welder",
            "stick welding",
            "welding fabrication",
            "pipe welder",
            "certified welder",
            "weld bead",
            "welding hood",
            "structural welding",
            "fab shop",
            "6g certification",
            "aluminium tig",
            "welding school",
            "soldador",
            "soldadura",
            "schweißer",
            "schweißen",
            "soudeur",
            "saldatore",
            "saldatura",
            "solda tig",
        ),
        (
            "soldering a pcb",
            "welded to the sofa",
            "wielding a sword",
            "wedding planning",
            "heat wave",
            "arc of the story",
            "spark of inspiration",
            "bonded with my friends",
            "metal band merch",
        ),
        ("welder", "welders", "metal fabrication", "fabrication", "tig welding", "mig welding"),
        (),
    ),
    (
        "auto mechanics",
        (
            "mechanic",
            "car mechanic",
            "automotive technician",
            "running my own garage",
            "diagnostic scan tool",
            "engine rebuild",
            "timing belt job",
            "brake pads and rotors",
            "ase certified",
            "diesel mechanic",
            "heavy vehicle mechanic",
            "transmission repair",
            "on the lift today",
            "mot tester",
            "wrenching all day",
            "mecánico automotriz",
            "taller mecánico",
            "kfz-mechatroniker",
            "mécanicien automobile",
            "meccanico",
            "mecânico de automóveis",
            "oficina mecânica",
        ),
        (
            "quantum mechanics lecture",
            "game mechanics",
            "mechanical keyboard",
            "body mechanics",
            "fluid mechanics exam",
            "the mechanics of the deal",
            "car wash",
            "parking garage",
            "mechanical engineering degree",
            "throwing a spanner in the works",
        ),
        ("mechanic", "car mechanic", "auto repair", "car repair", "automotive technician", "motor mechanic"),
        ("cars",),
    ),
    (
        "hairdressing",
        (
            "hairdresser",
            "hairstylist",
            "barber",
            "colourist",
            "balayage specialist",
            "salon owner",
            "bridal hair",
            "colour correction",
            "cutting hair",
            "blowout",
            "hair extensions",
            "behind the chair",
            "barbershop fades",
            "mobile hairdresser",
            "peluquera",
            "peluquería",
            "friseurin",
            "friseur",
            "coiffeuse",
            "coiffeur",
            "parrucchiera",
            "cabeleireira",
            "cabeleireiro",
        ),
        (
            "bad hair day",
            "hair of the dog",
            "splitting hairs",
            "hairline fracture",
            "hair metal bands",
            "dog groomer",
            "hair loss pills",
            "haircut tomorrow",
            "hairy situation",
            "nail salon",
            "barbershop quartet",
        ),
        (
            "hairdresser",
            "hairstylist",
            "hair styling",
            "hairdressers",
            "barbering",
            "hair salon",
            "hairstyling",
        ),
        (),
    ),
    (
        "insurance",
        (
            "insurance broker",
            "underwriter",
            "claims adjuster",
            "insurtech",
            "actuary",
            "insurance agent",
            "reinsurance",
            "lloyd's of london",
            "life insurance advisor",
            "property and casualty",
            "loss adjuster",
            "cyber insurance",
            "insurance industry",
            "risk underwriting",
            "corredor de seguros",
            "aseguradora",
            "versicherungsmakler",
            "versicherung",
            "courtier en assurances",
            "assicurazioni",
            "corretor de seguros",
            "seguradora",
        ),
        (
            "insurance goal in stoppage time",
            "my car insurance renewal went up",
            "backup plan as an insurance policy",
            "quality assurance tester",
            "national insurance number",
            "reassurance from my friend",
            "self-assured",
            "claims he was innocent",
            "insurance on the blackjack table",
        ),
        ("insurance industry", "insurtech", "underwriting", "reinsurance", "insurance broker", "actuarial"),
        ("finance",),
    ),
    (
        "ecommerce",
        (
            "ecommerce",
            "shopify store owner",
            "dtc brand",
            "running an online store",
            "amazon fba seller",
            "conversion rate optimisation",
            "cart abandonment",
            "ecommerce manager",
            "dropshipping",
            "marketplace seller",
            "fulfillment and shipping",
            "product listings",
            "woocommerce",
            "ecom founder",
            "black friday sales for our store",
            "comercio electrónico",
            "tienda online",
            "onlinehandel",
            "e-commerce manager",
            "commerce en ligne",
            "negozio online",
            "loja virtual",
            "comércio eletrônico",
        ),
        (
            "online shopping haul",
            "amazon rainforest",
            "retail therapy",
            "ordering a pizza online",
            "chamber of commerce breakfast",
            "package stolen from my porch",
            "black friday deals i bought",
            "email from my bank",
            "esports tournament",
        ),
        ("e-commerce", "online retail", "ecom", "dtc", "online store", "direct to consumer"),
        ("business",),
    ),
    (
        "event planning",
        (
            "event planner",
            "event manager",
            "wedding planner",
            "conference organiser",
            "events coordinator",
            "corporate events",
            "event production",
            "venue sourcing",
            "festival production",
            "run sheet",
            "event management",
            "load-in at the venue",
            "destination events",
            "planning a 500-person gala",
            "organizadora de eventos",
            "eventmanagerin",
            "veranstaltungsplanung",
            "organisatrice d'événements",
            "organizzatrice di eventi",
            "produtora de eventos",
        ),
        (
            "planning my week",
            "meal planning sunday",
            "event horizon of a black hole",
            "current events",
            "sporting event tickets",
            "life event",
            "in the event of rain",
            "party tonight at mine",
            "attending the conference",
            "financial planning",
        ),
        ("event planner", "event management", "events industry", "event planners"),
        (),
    ),
    (
        "compliance",
        (
            "compliance officer",
            "regulatory compliance",
            "aml analyst",
            "kyc checks",
            "anti-money laundering",
            "governance risk and compliance",
            "grc",
            "gdpr compliance",
            "sox compliance",
            "sanctions screening",
            "compliance manager",
            "regulatory affairs",
            "financial crime",
            "iso 27001 audit",
            "chief compliance officer",
            "cumplimiento normativo",
            "oficial de cumplimiento",
            "compliance-beauftragte",
            "conformité réglementaire",
            "responsable conformité",
            "conformità normativa",
            "analista de compliance",
        ),
        (
            "medication compliance",
            "non-compliant toddler",
            "compliance of the material",
            "complaint to customer service",
            "compliments to the chef",
            "dress code",
            "obey the rules of the road",
            "complying with my mum's rules",
            "complimentary drinks",
        ),
        ("regulatory compliance", "aml", "grc", "compliance officer", "governance risk and compliance"),
        ("law",),
    ),
    (
        "interior design",
        (
            "interior designer",
            "interior decorator",
            "interior architecture",
            "designing a living room",
            "mood board for a client",
            "space planning",
            "residential interiors",
            "commercial interior design",
            "kitchen design",
            "styling a shelf",
            "fabric and finish samples",
            "interior stylist",
            "home staging",
            "biophilic design",
            "interiorista",
            "diseñadora de interiores",
            "innenarchitektin",
            "raumausstatter",
            "architecte d'intérieur",
            "décoratrice d'intérieur",
            "arredatrice",
            "designer d'interni",
            "design de interiores",
        ),
        (
            "interior minister",
            "department of the interior",
            "car interior detailing",
            "interior monologue",
            "painted the bedroom myself",
            "ikea furniture assembly",
            "interior of the earth",
            "inner peace",
            "house painter and decorator",
        ),
        ("interior designer", "interiors", "interior decorating", "interior decoration", "home decor"),
        ("design",),
    ),
    (
        "instructional design",
        (
            "instructional designer",
            "learning experience designer",
            "e-learning developer",
            "articulate storyline",
            "rise 360",
            "designing online courses",
            "curriculum design",
            "learning and development",
            "l&d",
            "addie model",
            "scorm packages",
            "lms administrator",
            "training designer",
            "corporate training",
            "microlearning",
            "diseñador instruccional",
            "diseño instruccional",
            "lerndesigner",
            "e-learning-entwicklerin",
            "ingénieur pédagogique",
            "ingegnere della formazione",
            "designer instrucional",
            "design instrucional",
        ),
        (
            "instruction manual for the ikea wardrobe",
            "following instructions",
            "graphic designer",
            "design of my tattoo",
            "workout instructions",
            "driving instructor",
            "recipe instructions",
            "self-paced running plan",
            "fashion designer",
        ),
        (
            "instructional designer",
            "learning design",
            "e-learning",
            "elearning",
            "learning and development",
            "l&d",
            "learning experience design",
        ),
        ("education",),
    ),
    (
        "cross-stitch",
        (
            "cross stitcher",
            "counted cross stitch",
            "finished my first cross stitch pattern",
            "flosstube",
            "current wip on 18 count aida",
            "stitching on evenweave linen",
            "dmc floss stash",
            "subversive cross stitch",
            "cross stitch pattern designer",
            "blackwork embroidery sampler",
            "my cross stitch hoop art",
            "stitched a sampler for my nan",
            "full coverage cross stitch",
            "half stitches and backstitching",
            "framing my finished stitch",
            "stitching with a hoop and needle minder",
            "punto de cruz",
            "kreuzstich stickerei",
            "point de croix",
            "punto croce",
            "ponto cruz",
        ),
        (
            "stitched up by my coworker",
            "stitches after the surgery",
            "a stitch in time saves nine",
            "in stitches laughing",
            "cross-country skiing",
            "cross training at the gym",
            "crossword puzzle",
            "cross stitch in my side from running",
            "doing the stitching on a leather wallet",
            "crossing the road",
            "double cross",
        ),
        ("cross stitcher", "cross-stitcher", "counted cross stitch", "stitching", "xstitch"),
        ("crafts",),
    ),
    (
        "jewellery making",
        (
            "handmade jewellery",
            "jewellery maker",
            "silversmith",
            "metalsmith",
            "beaded bracelets",
            "wire wrapped pendant",
            "soldering a silver ring",
            "lost wax casting",
            "handmade earrings on etsy",
            "bench jeweller",
            "stacking rings made at my bench",
            "bead weaving pattern",
            "polymer clay earrings",
            "enamelling copper pendants",
            "resizing a ring at the bench",
            "precious metal clay",
            "bisutería artesanal",
            "schmuckdesignerin",
            "goldschmiedin",
            "créatrice de bijoux",
            "orafa artigianale",
            "joias artesanais",
        ),
        (
            "jewelry store robbery",
            "shopping for an engagement ring",
            "my grandmother's jewellery box",
            "family jewels",
            "crown jewels at the tower",
            "gold price today",
            "jewel in the crown",
            "diamond hands in crypto",
            "beads of sweat",
            "pierced my ears",
            "rolex on the wrist",
        ),
        (
            "jewelry making",
            "jewelry maker",
            "jewellery maker",
            "jewellery designer",
            "jewelry designer",
            "silversmithing",
            "beading",
            "beadwork",
        ),
        ("crafts",),
    ),
    (
        "leatherworking",
        (
            "leatherworker",
            "leathercraft",
            "hand stitched leather wallet",
            "saddle stitching",
            "saddle stitch with waxed thread",
            "veg tan leather",
            "stitching chisels and pricking irons",
            "edge burnishing",
            "tooled leather belt",
            "leather carving",
            "handmade leather bags",
            "making a leather journal cover",
            "cutting patterns from veg tan",
            "hand sewn leather goods",
            "maker of leather goods",
            "skiving the edges",
            "marroquinería artesanal",
            "lederhandwerk",
            "maroquinerie artisanale",
            "pelletteria artigianale",
            "artesanato em couro",
        ),
        (
            "leather jacket on sale",
            "leather sofa",
            "leather seats in the car",
            "hell for leather",
            "tough as old leather",
            "leather bar",
            "biker in leathers",
            "tanning salon",
            "wearing leather boots",
            "vegan leather handbag",
        ),
        ("leathercraft", "leather craft", "leatherwork", "leather worker", "leatherworker"),
        ("crafts",),
    ),
    (
        "scrapbooking",
        (
            "scrapbooker",
            "scrapbook layout",
            "scrapbooking layouts",
            "memory keeping",
            "papercrafting",
            "card making",
            "handmade cards",
            "project life album",
            "die cutting with my cricut",
            "stamping and embossing",
            "pocket page scrapbooking",
            "scrapbooking kit of the month",
            "junk journal",
            "washi tape and ephemera",
            "layout for the baby album",
            "crop night with friends",
            "mixed media journal",
            "álbum de recuerdos",
            "scrapbooking fotoalbum",
            "carterie créative",
            "scrapbooking italiano",
            "álbum de scrapbook",
        ),
        (
            "scrapping the plan",
            "scrap metal dealer",
            "scrapyard",
            "scrap that idea",
            "scrapping the car",
            "scraps for the dog",
            "scrapbook of ideas for the kitchen",
            "scraping the barrel",
            "web scraping with python",
        ),
        ("scrapbooker", "scrapbook", "scrapbooks", "papercrafting", "papercraft", "card making"),
        ("crafts",),
    ),
    (
        "origami",
        (
            "origami",
            "paper folder",
            "folding a thousand paper cranes",
            "origami crane",
            "tessellation fold",
            "modular origami",
            "kusudama",
            "wet folding",
            "crease pattern",
            "folded from a single square",
            "origami diagrams",
            "folding an origami dragon",
            "origami designer",
            "action models and paper planes",
            "kirigami",
            "folding in progress",
            "papiroflexia",
            "papiroflexia japonesa",
            "origami falten",
            "pliage en papier",
            "piegatura della carta",
            "dobradura de papel",
        ),
        (
            "folding laundry",
            "poker fold",
            "the company folded",
            "folding chair",
            "protein folding simulation",
            "folded under pressure",
            "folding bike",
            "fold-up table",
            "folded the napkins for dinner",
            "folding phone",
        ),
        ("paper folding", "paperfolding", "origamist", "origami artist"),
        ("crafts",),
    ),
    (
        "bookbinding",
        (
            "bookbinder",
            "hand bound books",
            "coptic stitch",
            "case binding",
            "sewing signatures",
            "long stitch binding",
            "book arts",
            "making a handmade journal",
            "endpapers and headbands",
            "japanese stab binding",
            "rebinding a fanfic",
            "fanbinding",
            "bone folder and awl",
            "book press",
            "leather bound book i made",
            "letterpress and bookbinding",
            "encuadernación artesanal",
            "buchbinderei",
            "reliure d'art",
            "legatoria artigianale",
            "encadernação artesanal",
        ),
        (
            "legally binding agreement",
            "binding contract",
            "bound by the rules",
            "bound for glory",
            "book a table",
            "book your tickets now",
            "protein binding",
            "key bindings in vim",
            "data binding in angular",
            "bound to happen",
        ),
        ("bookbinder", "bookbinders", "book binding", "hand bookbinding"),
        ("crafts",),
    ),
    (
        "scale modelling",
        (
            "scale modeller",
            "plastic model kits",
            "1/72 scale",
            "1/35 scale tank",
            "1/48 aircraft",
            "airbrushing a model",
            "weathering with oils",
            "gunpla build",
            "model kit build",
            "decals and washes",
            "diorama builder",
            "sprue",
            "building an airfix kit",
            "tamiya kit",
            "masking the canopy",
            "panel line wash",
            "ipms member",
            "model show",
            "modelismo a escala",
            "plastikmodellbau",
            "maquettiste",
            "modellismo statico",
            "plastimodelismo",
        ),
        (
            "fashion model on the runway",
            "role model for my kids",
            "business model canvas",
            "statistical model of the data",
            "scale your business fast",
            "economies of scale",
            "fish scales and fins",
            "bathroom weighing scales",
            "training a large language model",
        ),
        (
            "scale modeling",
            "scale models",
            "scale modeller",
            "scale modeler",
            "model kits",
            "plastic modelling",
            "model making",
        ),
        ("hobbies",),
    ),
    (
        "miniature painting",
        (
            "mini painter",
            "painting warhammer miniatures",
            "painting minis",
            "wet palette",
            "contrast paints",
            "speedpaint",
            "blending on a space marine",
            "non metallic metal",
            "golden demon entry",
            "display bust",
            "painted my first dnd mini",
            "citadel paints",
            "zenithal priming",
            "edge highlighting",
            "army painter",
            "slapchop",
            "painting sprues for my army",
            "freehand on a banner",
            "pintando miniaturas",
            "miniaturen bemalen",
            "peinture de figurines",
            "pittura di miniature",
            "pintura de miniaturas",
        ),
        (
            "miniature schnauzer",
            "miniature horse",
            "painting the living room",
            "painting my nails",
            "miniature golf",
            "painting in oils",
            "mini cooper",
            "miniature roses",
            "nail art",
            "mini fridge",
        ),
        ("mini painting", "miniatures painting", "painting miniatures", "miniature painter", "mini painter"),
        ("board games",),
    ),
    (
        "antiques",
        (
            "antique dealer",
            "antiques collector",
            "went antiquing today",
            "antique shop find",
            "antiques fair this weekend",
            "georgian silver teapot",
            "victorian mahogany furniture",
            "restoring an antique longcase clock",
            "hallmarks on silver",
            "provenance of this piece",
            "auction house finds",
            "chinese export porcelain",
            "antiques roadshow fan",
            "18th century oak coffer",
            "antique centre dealer",
            "staffordshire figures",
            "art deco bronze",
            "anticuario en el rastro",
            "antiquitätenhändler",
            "antiquaire et brocanteur",
            "mercante di antiquariato",
            "antiquário em lisboa",
        ),
        (
            "my phone is an antique",
            "antique white paint colour",
            "antique brass finish on the taps",
            "antiquated laws need reform",
            "ancient rome documentary",
            "my dad is a dinosaur with tech",
            "vintage sneakers drop",
            "retro gaming on the snes",
            "old school hip hop",
            "outdated software",
        ),
        (
            "antique",
            "antique collecting",
            "antique collector",
            "antique collectors",
            "antique dealer",
            "antiquing",
        ),
        ("collecting",),
    ),
    (
        "fountain pens",
        (
            "fountain pen collector",
            "currently inked",
            "ink swatches",
            "pelikan m800",
            "lamy safari",
            "pilot custom 743",
            "nib grinds and stub nibs",
            "vintage parker 51",
            "sailor pro gear",
            "tomoe river paper",
            "sheen and shimmer inks",
            "pen show haul",
            "converter vs cartridges",
            "ebonite pen from a small maker",
            "flex nib writing sample",
            "inked up the twsbi",
            "coleccionista de plumas estilográficas",
            "füllfederhalter sammler",
            "collectionneur de stylos plume",
            "collezionista di stilografiche",
            "caneta tinteiro nova",
        ),
        (
            "pen name for my novel",
            "pen drive backup",
            "pig pen on the farm",
            "playpen for the baby",
            "penetration testing",
            "pen pal letters",
            "fountain in the town square",
            "chocolate fountain at the wedding",
            "bic biro for the exam",
            "penalty kick",
        ),
        (
            "fountain pen",
            "fountain pen collector",
            "fountain pen collecting",
            "pen collecting",
            "pen collector",
            "fountain pen ink",
        ),
        ("collecting",),
    ),
    (
        "fermentation",
        (
            "fermenting at home",
            "lacto fermented pickles",
            "new batch of kimchi",
            "homemade sauerkraut",
            "kombucha scoby hotel",
            "second ferment with ginger",
            "milk kefir grains",
            "water kefir",
            "fermented hot sauce",
            "growing koji rice",
            "making miso",
            "2% salt brine",
            "fermentation crock",
            "homemade tempeh",
            "fermented garlic honey",
            "the noma guide to fermentation",
            "fermentos caseros",
            "fermentieren im glas",
            "lactofermentation maison",
            "fermentazione casalinga",
            "fermentação natural de legumes",
        ),
        (
            "political ferment in the capital",
            "fermenting unrest among workers",
            "industrial bioreactor engineer",
            "gut microbiome research",
            "yeast infection",
            "fermented for too long in my drafts",
            "brewery sales rep",
            "wine bar on friday",
            "composting kitchen scraps",
            "alcohol free january",
        ),
        ("fermenting", "home fermentation", "fermenter", "ferments", "lacto fermentation", "fermented foods"),
        ("cooking",),
    ),
    (
        "cheese",
        (
            "cheesemonger",
            "artisan cheese",
            "raw milk cheese",
            "washed rind cheese",
            "cheese board for friday",
            "aged comté",
            "stilton and port",
            "blue cheese lover",
            "affineur",
            "cheese shop counter",
            "cheese cave for aging",
            "making mozzarella at home",
            "farmhouse cheddar",
            "cheese and wine pairing",
            "alpine cheeses",
            "cheesemaker",
            "quesos artesanos",
            "käsesommelier",
            "fromager affineur",
            "formaggio stagionato in grotta",
            "queijo da serra",
        ),
        (
            "cheesy pickup line",
            "say cheese for the photo",
            "the big cheese at work",
            "cheesed off with the trains",
            "cheesy 80s ballad",
            "swiss cheese security model",
            "cheesecake factory",
            "grilled cheese meme",
            "cheese it, the cops",
            "cheddar as slang for money",
        ),
        ("cheeses", "cheesemonger", "cheesemaking", "cheese making", "cheese lover", "cheese nerd"),
        ("food",),
    ),
    (
        "cake decorating",
        (
            "cake decorator",
            "cake artist",
            "buttercream flowers",
            "covering a cake in fondant",
            "sugar flowers",
            "piping practice",
            "three tier wedding cake",
            "drip cake",
            "cake commissions open",
            "royal icing cookies",
            "cookie decorating",
            "gumpaste roses",
            "ganache and sharp edges",
            "sculpted novelty cake",
            "cake toppers",
            "sugarcraft class",
            "repostería creativa",
            "tortendekoration",
            "pâte à sucre et cake design",
            "cake designer a milano",
            "confeitaria artística",
        ),
        (
            "piece of cake",
            "cakewalk of a match",
            "cake day on reddit",
            "caked in mud",
            "have your cake and eat it",
            "icing on the cake",
            "piping hot coffee",
            "pipe dream",
            "piping and plumbing",
            "layer cake of bureaucracy",
        ),
        ("cake decorator", "cake artist", "cake design", "cake designer", "sugarcraft", "cake decoration"),
        ("baking",),
    ),
    (
        "gin",
        (
            "gin lover",
            "craft gin",
            "gin and tonic",
            "g&t o'clock",
            "gin distillery",
            "botanicals",
            "london dry gin",
            "gin tasting",
            "gin festival",
            "navy strength gin",
            "juniper forward",
            "pink gin",
            "small batch gin",
            "distiller at a gin distillery",
            "gin of the month club",
            "copper pot still",
            "amante de la ginebra",
            "gin tonic con pepino",
            "ginliebhaberin",
            "amateur de gin",
            "amante del gin",
        ),
        (
            "gin rummy with grandma",
            "cotton gin history",
            "ginger tea",
            "gingerbread house",
            "ginormous pizza",
            "gin the card game",
            "gym session",
            "virgin mojito",
            "engine trouble",
            "beginner",
        ),
        ("gin lover", "gin lovers", "gin and tonic", "craft gin", "gin distiller", "gin enthusiast"),
        (),
    ),
    (
        "food photography",
        (
            "food photographer",
            "food stylist",
            "food styling",
            "overhead flat lay",
            "backlit food shot",
            "restaurant menu photography",
            "cookbook shoot",
            "recipe photography",
            "commercial food photography",
            "props and backdrops",
            "editorial food shoot",
            "tethered shoot for a brand",
            "shooting drinks and cocktails",
            "natural light food photos",
            "lightroom presets for food",
            "fotografía gastronómica",
            "foodfotografin",
            "photographe culinaire",
            "fotografo di food",
            "fotografia de alimentos",
        ),
        (
            "food for thought",
            "food poisoning",
            "food bank volunteer",
            "food truck festival",
            "pictures of my lunch",
            "dog food recall",
            "food pantry",
            "camera eats first",
            "food delivery app",
            "photo of my dinner receipt",
        ),
        ("food photographer", "food photographers", "food styling", "food stylist", "culinary photography"),
        ("photography", "food"),
    ),
    (
        "bonsai",
        (
            "bonsai",
            "bonsai tree",
            "nebari",
            "yamadori",
            "juniper bonsai",
            "shohin",
            "ficus bonsai",
            "repotting season",
            "root pruning",
            "wiring the branches",
            "jin and shari",
            "bonsai pot",
            "akadama",
            "deadwood carving",
            "bonsai exhibition",
            "bonsai club",
            "arte del bonsái",
            "bonsai gestalten",
            "art du bonsaï",
            "arte del bonsai",
            "arte bonsai",
        ),
        (
            "bonsai kitten hoax",
            "bonsai merchant",
            "tiny tree on my desk",
            "christmas tree",
            "family tree research",
            "decision tree model",
            "tree surgeon",
            "pruning the codebase",
            "dwarf planet",
            "mini pc",
        ),
        ("bonsai tree", "bonsai trees", "penjing", "bonsai artist", "bonsai enthusiast"),
        ("gardening",),
    ),
    (
        "permaculture",
        (
            "permaculturist",
            "permaculture design",
            "food forest",
            "forest garden",
            "no dig beds",
            "digging swales",
            "companion planting",
            "fruit tree guilds",
            "zone 1 herbs",
            "chop and drop mulch",
            "polyculture",
            "rainwater harvesting",
            "perennial vegetables",
            "permaculture design course",
            "pdc certified",
            "syntropic agroforestry",
            "building soil",
            "permacultura en el huerto",
            "permakultur garten",
            "jardin en permaculture",
            "orto in permacultura",
            "agrofloresta sintrópica",
        ),
        (
            "permanent marker",
            "permalink to the post",
            "perm at the hairdresser",
            "culture war",
            "corporate culture",
            "work permit",
            "cell culture",
            "pop culture podcast",
            "culture shock",
            "company culture",
        ),
        ("permaculturist", "permaculture design", "food forest", "forest gardening", "forest garden"),
        ("gardening", "sustainability"),
    ),
    (
        "wildlife photography",
        (
            "wildlife photographer",
            "nature photographer",
            "bird photography",
            "shooting with a 600mm lens",
            "waiting in a hide at dawn",
            "birds in flight shots",
            "camera trap footage",
            "macro shots of insects",
            "wildlife photographer of the year",
            "gimbal head on the tripod",
            "eye level with an otter",
            "kingfisher on the perch",
            "puffin photography trip",
            "safari photography",
            "long lens on the sony a1",
            "fotógrafo de naturaleza",
            "naturfotograf",
            "photographe animalier",
            "fotografo naturalista",
            "fotografia de vida selvagem",
        ),
        (
            "shooting range",
            "wildlife biologist on a survey",
            "photos of my cat",
            "photo trap on instagram",
            "deer hunting season",
            "family trip to the zoo",
            "wild party last night",
            "nature vs nurture",
            "wildlife crossing on the motorway",
            "mugshot",
        ),
        (
            "wildlife photographer",
            "wildlife photographers",
            "nature photography",
            "nature photographer",
            "bird photography",
            "bird photographer",
        ),
        ("photography", "wildlife"),
    ),
    (
        "metal detecting",
        (
            "metal detectorist",
            "detecting on a new permission",
            "hammered coin find",
            "roman coin in the plough soil",
            "pinpointer",
            "minelab equinox",
            "xp deus 2",
            "nokta legend",
            "beach detecting",
            "relic hunting",
            "reported to the portable antiquities scheme",
            "finds liaison officer",
            "dig it and bag it",
            "signal in the stubble field",
            "treasure act declaration",
            "detecting rally",
            "club dig this weekend",
            "detectorista",
            "sondengänger",
            "détection de métaux de loisir",
            "detectorista con il metal detector",
            "detector de metais na praia",
        ),
        (
            "heavy metal concert",
            "metal detector at airport security",
            "smoke detector beeping",
            "lie detector test",
            "metalworking shop",
            "gold price today",
            "metal roof install",
            "detecting fraud with ai",
            "the detectorists tv show",
            "scrap metal prices",
        ),
        ("metal detectorist", "metal detectorists", "detectorist", "detectorists", "metal detector hobby"),
        ("hobbies",),
    ),
    (
        "geocaching",
        (
            "geocacher",
            "found a geocache today",
            "geocaching trip",
            "signed the logbook",
            "travel bug",
            "trackable",
            "cache owner",
            "first to find",
            "multi-cache",
            "mystery cache",
            "earthcache",
            "geocaching challenge",
            "dnf today",
            "cito event",
            "power trail",
            "night cache",
            "geocaching con mi hijo",
            "geocachen im wald",
            "chasse au trésor géocaching",
            "geocaching in montagna",
            "geocaching com a família",
        ),
        (
            "clear your browser cache",
            "cache invalidation",
            "redis cache",
            "cash back",
            "catching a cold",
            "treasure hunt party",
            "hidden gem",
            "gps watch",
            "weapons cache",
            "cache miss",
        ),
        ("geocacher", "geocachers", "geocache", "geocaches", "caching"),
        ("outdoors",),
    ),
    (
        "rockhounding",
        (
            "rockhound",
            "rockhounding trip",
            "agate hunting",
            "cracking geodes",
            "mineral specimen",
            "thunder eggs",
            "crystal dig",
            "quartz points",
            "lapidary",
            "rock tumbler",
            "gem mining",
            "found a fossil on the beach",
            "rock shop",
            "cutting cabochons",
            "rock and mineral show",
            "tucson gem show",
            "collecting minerals",
            "buscando ágatas",
            "mineraliensammler",
            "chercheur de minéraux",
            "collezionista di minerali",
            "garimpo de pedras",
        ),
        (
            "rock music",
            "rock bottom",
            "rock climbing gym",
            "rock star energy",
            "the rock movie",
            "rock and roll",
            "rock solid",
            "crystal meth",
            "rocks in my shoes",
            "on the rocks",
        ),
        (
            "rockhound",
            "rockhounds",
            "rock hunting",
            "rock collecting",
            "mineral collecting",
            "rock collector",
        ),
        ("geology", "collecting"),
    ),
    (
        "paddleboarding",
        (
            "paddleboarder",
            "stand up paddleboarding",
            "inflatable sup",
            "sup yoga class",
            "sup touring",
            "sup race",
            "paddling at sunrise on the lake",
            "sup life",
            "my new sup board",
            "sup surfing",
            "glassy water this morning",
            "downwind sup",
            "first time on a paddleboard",
            "paddleboard with my dog",
            "sup instructor",
            "red paddle co board",
            "paddle board hire",
            "tabla de paddle surf",
            "stand up paddling am see",
            "stand up paddle en mer",
            "tavola da sup",
            "stand up paddle na praia",
        ),
        (
            "sup, how are you",
            "wassup",
            "board meeting",
            "skateboard deck",
            "paddle tennis",
            "pickleball paddle",
            "padel court booked",
            "sup dawg meme",
            "paddle for the ping pong",
            "superintendent of schools",
        ),
        (
            "paddleboard",
            "paddle boarding",
            "paddleboarder",
            "stand up paddle",
            "stand-up paddleboarding",
            "sup",
            "supping",
        ),
        ("outdoors",),
    ),
    (
        "bushcraft",
        (
            "bushcrafter",
            "bushcraft skills",
            "fire by friction",
            "ferro rod",
            "tarp shelter",
            "spoon carving",
            "knife skills",
            "bow drill fire",
            "wilderness skills",
            "tarp and hammock",
            "axe work",
            "woodland camp",
            "mora knife",
            "ray mears",
            "wild camping with a tarp",
            "birch bark tinder",
            "bushcraft course",
            "supervivencia en el bosque",
            "bushcraft im wald",
            "bushcraft en forêt",
            "bushcraft nel bosco",
            "bushcraft no mato",
        ),
        (
            "bush administration",
            "bushfire season",
            "beat around the bush",
            "craft beer",
            "aircraft maintenance",
            "minecraft server",
            "bushido",
            "bush baby",
            "witchcraft",
            "bush tucker trial",
        ),
        ("bushcrafter", "bushcrafters", "bushcrafting", "wilderness survival", "survival skills"),
        ("outdoors", "camping"),
    ),
    (
        "caving",
        (
            "caver",
            "caving trip",
            "spelunking",
            "speleology",
            "potholing",
            "srt rope work",
            "cave diving",
            "cave survey",
            "sump",
            "squeeze",
            "caving club",
            "cave rescue",
            "underground trip",
            "mendip caves",
            "ogof",
            "single rope technique",
            "espeleología",
            "höhlenforschung",
            "spéléologie",
            "speleologia",
            "espeleologia",
        ),
        (
            "caving in to pressure",
            "the roof caved in",
            "man cave",
            "cave painting",
            "caved on the deal",
            "cave in",
            "batcave",
            "cave aged cheese",
            "caveman diet",
            "the cave podcast",
        ),
        ("caver", "cavers", "spelunking", "speleology", "potholing", "speleologist"),
        ("outdoors",),
    ),
    (
        "paragliding",
        (
            "paraglider pilot",
            "paragliding over the alps",
            "paramotor",
            "hang gliding",
            "thermals",
            "xc flight",
            "launch site",
            "tandem paragliding",
            "ridge soaring",
            "top landing",
            "cross country flight",
            "reserve parachute",
            "speed flying",
            "acro paragliding",
            "ozone wing",
            "flying at annecy",
            "vuelo en parapente",
            "gleitschirmfliegen",
            "vol en parapente",
            "parapendio biposto",
            "voo livre de parapente",
        ),
        (
            "paralegal",
            "paragraph",
            "paratrooper",
            "sugar glider",
            "gliding",
            "paramedic",
            "paracetamol",
            "para athlete",
            "glider plane",
            "paragon",
        ),
        ("paraglider", "paragliders", "paraglider pilot", "paramotor", "paramotoring", "hang gliding"),
        ("outdoors",),
    ),
    (
        "freediving",
        (
            "freediver",
            "freediving",
            "breath hold training",
            "static apnea",
            "dynamic apnea",
            "constant weight dive",
            "depth training",
            "diving from the buoy",
            "equalisation drills",
            "frenzel technique",
            "mouthfill",
            "aida course",
            "molchanovs",
            "new pb of 40 metres",
            "line diving session",
            "monofin",
            "apnea en el mar",
            "apnoetauchen",
            "plongée en apnée",
            "apnea profonda",
            "mergulho em apneia",
        ),
        (
            "free fall",
            "skydiving",
            "dive bar",
            "deep dive into the data",
            "nosedive",
            "diving into the weekend",
            "sleep apnea",
            "free will",
            "cliff diving at the lake",
            "free shipping",
        ),
        ("freediver", "freedivers", "free diving", "free diver", "apnea diving"),
        ("sports",),
    ),
    (
        "poker",
        (
            "poker player",
            "texas hold'em",
            "wsop main event",
            "cash game",
            "final table",
            "bluffed the river",
            "flop",
            "preflop ranges",
            "pot odds",
            "bankroll management",
            "pokerstars",
            "pot limit omaha",
            "mtt grinder",
            "home game",
            "gto solver",
            "bad beat",
            "jugador de póker",
            "pokerspieler",
            "joueur de poker",
            "giocatore di poker",
            "jogador de poker",
        ),
        (
            "poker face",
            "poke bowl",
            "facebook poke",
            "fire poker",
            "red hot poker plant",
            "pokemon",
            "poking fun",
            "poker-faced",
            "planning poker in scrum",
            "poky",
        ),
        ("poker player", "poker players", "texas hold'em", "holdem", "poker pro"),
        ("games",),
    ),
    (
        "bridge",
        (
            "bridge player",
            "duplicate bridge",
            "contract bridge",
            "bridge club",
            "acbl",
            "bridge tournament",
            "opening the bidding",
            "declarer play",
            "bid three no trumps",
            "made a grand slam",
            "playing on bridge base online",
            "stayman convention",
            "bridge hand of the day",
            "bridge lessons for beginners",
            "bridge teacher",
            "rubber bridge",
            "my bridge partner",
            "club bridge tonight",
            "jugador de bridge",
            "bridgespieler",
            "joueuse de bridge",
            "torneo di bridge",
            "jogadora de bridge",
        ),
        (
            "bridge engineer",
            "golden gate bridge",
            "bridge loan",
            "bridge the gap",
            "dental bridge",
            "bridge of the song",
            "network bridge",
            "burn bridges",
            "bridge troll",
            "blockchain bridge hack",
        ),
        ("contract bridge", "duplicate bridge", "bridge player", "bridge players", "bridge card game"),
        ("games",),
    ),
    (
        "magic: the gathering",
        (
            "mtg player",
            "magic the gathering",
            "commander deck",
            "edh pod",
            "booster draft",
            "limited",
            "standard deck",
            "modern tournament",
            "cube draft",
            "mana base",
            "planeswalker",
            "prerelease",
            "mtg arena",
            "friday night magic",
            "cedh",
            "sealed event",
            "opened a foil mythic",
            "spellslinger",
            "jugador de magic",
            "magic spieler",
            "joueur de magic",
            "giocatore di magic",
            "jogador de magic",
        ),
        (
            "magic tricks at the party",
            "magician",
            "magic mushrooms",
            "magic johnson",
            "black magic",
            "the magic word",
            "orlando magic",
            "magic of christmas",
            "gathering of friends",
            "data gathering",
        ),
        ("magic the gathering", "mtg", "mtg player", "mtga", "magic player", "mtg arena"),
        ("games",),
    ),
    (
        "pokémon",
        (
            "pokemon trainer",
            "pokemon go",
            "pokemon tcg",
            "pokemon cards",
            "shiny hunting",
            "pokedex complete",
            "raid battles",
            "community day",
            "vgc",
            "pikachu",
            "charizard",
            "scarlet and violet",
            "pokemon center",
            "nuzlocke",
            "competitive pokemon",
            "pulled a full art",
            "catch em all",
            "entrenador pokémon",
            "pokémon sammler",
            "dresseur pokémon",
            "allenatore pokémon",
            "treinador pokémon",
        ),
        (
            "poke bowl",
            "poker night",
            "pocket monster energy",
            "monster energy",
            "pikachu face meme",
            "poke the bear",
            "hokey pokey",
            "gotta catch the bus",
            "poking around",
            "pocket money",
        ),
        (
            "pokemon",
            "pokémon fan",
            "pokemon fan",
            "pokemon trainer",
            "pokemon go",
            "pokemon tcg",
            "pokemon cards",
        ),
        ("games",),
    ),
    (
        "speedcubing",
        (
            "speedcuber",
            "speedcubing",
            "solving the rubik's cube",
            "wca competition this weekend",
            "new pb single",
            "sub 10 average",
            "cfop method",
            "learning f2l",
            "oll and pll algorithms",
            "roux method",
            "3x3 average of 5",
            "4x4 parity",
            "megaminx solve",
            "blindfolded solve",
            "gan magnetic cube",
            "moyu cube",
            "one handed solve",
            "cubero",
            "speedcuberin",
            "cubeuse",
            "speedcuber italiano",
            "cubista de velocidade",
        ),
        (
            "ice cube tray",
            "cube root",
            "cubicle life",
            "sugar cube",
            "cube steak",
            "hypercube",
            "the cube tv show",
            "cubist painting",
            "cube satellite launch",
            "cube storage shelves",
        ),
        ("speedcuber", "speedcubers", "cubing", "cuber", "rubik's cube", "rubiks cube", "speed cubing"),
        ("puzzles",),
    ),
    (
        "escape rooms",
        (
            "escape room enthusiast",
            "escape game",
            "we escaped with 2 minutes left",
            "escape room designer",
            "puzzle room",
            "escape room review",
            "game master at an escape room",
            "hint count zero",
            "team of four escaped",
            "immersive escape room",
            "padlocks and hidden clues",
            "horror escape room",
            "room escape adventure",
            "escape room owner",
            "100 rooms played",
            "sala de escape",
            "escape room spielen",
            "jeu d'évasion grandeur nature",
            "escape room con gli amici",
            "sala de fuga",
        ),
        (
            "escape the city for the weekend",
            "escape key",
            "the great escape",
            "escape from reality",
            "escaping poverty",
            "escape velocity",
            "escape character",
            "fire escape",
            "escape plan from my job",
            "prison escape",
        ),
        (
            "escape room",
            "escape games",
            "escape game",
            "room escape",
            "escape room enthusiast",
            "escape roomer",
        ),
        ("puzzles", "games"),
    ),
    (
        "trivia",
        (
            "quizzer",
            "pub quiz team",
            "quiz night tonight",
            "trivia night champions",
            "jeopardy champion",
            "quiz master",
            "quiz league",
            "picture round",
            "university challenge",
            "trivia team captain",
            "learned league",
            "sporcle",
            "mastermind contestant",
            "the chase",
            "general knowledge quiz",
            "quiz setter",
            "won the pub quiz",
            "concurso de preguntas",
            "quizabend in der kneipe",
            "soirée quiz au bar",
            "quiz al pub",
            "noite de quiz",
        ),
        (
            "trivial matter",
            "trivia about me",
            "pop quiz in class",
            "exam results",
            "trivial pursuit board",
            "trivialise the issue",
            "fun fact about me",
            "buzzfeed personality quiz",
            "driving theory test",
            "quiz show rigging scandal",
        ),
        ("pub quiz", "pub quizzes", "quizzing", "quizzer", "quiz night", "trivia night", "quiz team"),
        ("games",),
    ),
    (
        "retro gaming",
        (
            "retro gamer",
            "retrogaming",
            "snes collection",
            "n64",
            "sega mega drive",
            "game boy color",
            "crt for my consoles",
            "emulation handheld",
            "complete in box",
            "ps1 classics",
            "dreamcast",
            "atari 2600",
            "arcade cabinet",
            "mister fpga",
            "retro game collection",
            "anbernic",
            "flea market cartridge haul",
            "videojuegos retro",
            "retrogaming sammler",
            "jeux rétro",
            "retrogaming italiano",
            "videogames antigos",
        ),
        (
            "retro fashion",
            "retro look",
            "retrofit the building",
            "retrograde mercury",
            "project retrospective",
            "retro sneakers",
            "retro furniture",
            "retro diner",
            "retro beats",
            "retro bike",
        ),
        ("retro gamer", "retro gamers", "retrogaming", "retro games", "classic gaming", "vintage gaming"),
        ("gaming",),
    ),
    (
        "home automation",
        (
            "home assistant setup",
            "smart home",
            "home automation",
            "zigbee sensors",
            "z-wave",
            "matter and thread",
            "mqtt",
            "node-red flows",
            "esphome",
            "hubitat",
            "smartthings",
            "philips hue",
            "smart plugs",
            "my automations",
            "home assistant dashboard",
            "smart thermostat",
            "automatización del hogar",
            "hausautomation",
            "domotique",
            "domotica fai da te",
            "automação residencial",
        ),
        (
            "home office setup",
            "personal assistant",
            "homework help",
            "smart casual dress code",
            "care home",
            "assistant manager",
            "automation engineer in a factory",
            "home improvement",
            "smart contract",
            "robotic process automation",
        ),
        (
            "smart home",
            "smart homes",
            "home assistant",
            "home automations",
            "domotics",
            "smart home automation",
        ),
        ("tech",),
    ),
    (
        "homesteading",
        (
            "homesteader",
            "homestead life",
            "modern homesteading",
            "our smallholding",
            "working toward self sufficiency",
            "living off grid",
            "canning season",
            "raising meat chickens",
            "raising dairy goats",
            "butchering day",
            "root cellar full",
            "splitting firewood for winter",
            "milking the goat every morning",
            "pressure canner",
            "homestead garden",
            "5 acre homestead",
            "vida autosuficiente en el campo",
            "selbstversorger auf dem hof",
            "autosuffisance au potager",
            "autosufficienza in campagna",
            "vida autossuficiente no sítio",
        ),
        (
            "homestead act of 1862",
            "homestead exemption on property tax",
            "homestead hotel",
            "homeschooling mom",
            "homestay abroad",
            "homeowner insurance",
            "steady job",
            "homesick",
            "home stretch of the race",
            "smallholding of shares",
        ),
        (
            "homesteader",
            "homesteaders",
            "homestead",
            "self-sufficiency",
            "smallholding",
            "smallholder",
            "self sufficiency",
        ),
        ("agriculture",),
    ),
    (
        "upcycling",
        (
            "upcycling",
            "upcycled furniture",
            "repurposed old doors",
            "furniture flip",
            "furniture flipper",
            "painted furniture",
            "chalk paint makeover",
            "thrifted dresser makeover",
            "before and after",
            "decoupage",
            "mineral paint",
            "made a lamp from a bottle",
            "upcycled denim bag",
            "turning pallets into furniture",
            "trash to treasure",
            "curbside find makeover",
            "reciclaje creativo",
            "upcycling aus alten möbeln",
            "surcyclage",
            "riciclo creativo",
            "móveis restaurados",
        ),
        (
            "recycling bin collection",
            "bicycle repair",
            "cycle time",
            "menstrual cycle",
            "news cycle",
            "business cycle",
            "upswing in sales",
            "hype cycle",
            "upselling",
            "uptick in cases",
        ),
        (
            "upcycle",
            "upcycled",
            "upcycler",
            "repurposing",
            "repurposed",
            "furniture flipping",
            "furniture flip",
        ),
        ("diy", "sustainability"),
    ),
    (
        "backyard chickens",
        (
            "backyard chickens",
            "chicken keeper",
            "my hens",
            "new coop",
            "small flock",
            "fresh eggs from the girls",
            "broody hen",
            "rooster",
            "point of lay pullets",
            "bantam",
            "silkie chickens",
            "buff orpington",
            "chicken run",
            "our first egg",
            "free ranging",
            "ex batts",
            "rescue hens",
            "gallinas en el patio",
            "hühnerhaltung im garten",
            "poules au jardin",
            "galline in giardino",
            "galinhas no quintal",
        ),
        (
            "chicken wings",
            "chicken nuggets",
            "chicken out",
            "playing chicken",
            "no spring chicken",
            "chicken dinner",
            "chicken tikka masala",
            "winner winner chicken dinner",
            "chicken scratch handwriting",
            "chicken and egg problem",
        ),
        (
            "chickens",
            "chicken keeping",
            "backyard chicken",
            "chicken keeper",
            "poultry keeping",
            "backyard poultry",
            "keeping hens",
        ),
        ("pets",),
    ),
    (
        "reptiles",
        (
            "reptile keeper",
            "my ball python",
            "leopard gecko care",
            "bearded dragon",
            "crested gecko",
            "vivarium build",
            "pvc enclosure",
            "bioactive setup",
            "python morphs",
            "perfect shed",
            "uvb lighting",
            "herp keeper",
            "herping trip",
            "tortoise owner",
            "veiled chameleon",
            "boa constrictor",
            "reptile expo haul",
            "guardian de reptiles",
            "reptilienhalter",
            "terrariophile",
            "allevatore di rettili",
            "criador de répteis",
        ),
        (
            "reptilian overlords",
            "lizard brain",
            "snake oil salesman",
            "snakes and ladders",
            "python programming",
            "komodo dragon documentary",
            "gecko insurance advert",
            "cold blooded killer",
            "snake in the grass",
            "dragon fruit smoothie",
        ),
        (
            "reptile",
            "reptile keeper",
            "reptile keeping",
            "herp keeper",
            "herpetoculture",
            "herping",
            "reptile owner",
        ),
        ("pets",),
    ),
    (
        "dog training",
        (
            "dog trainer",
            "obedience training",
            "working on recall",
            "reactive dog",
            "positive reinforcement",
            "clicker training",
            "dog agility",
            "scentwork",
            "puppy class",
            "loose lead walking",
            "heelwork",
            "ccpdt",
            "dog behaviourist",
            "dog sports",
            "rally obedience",
            "ipo schutzhund",
            "force free trainer",
            "adiestrador canino",
            "hundetrainerin",
            "éducateur canin",
            "addestratore cinofilo",
            "adestrador de cães",
        ),
        (
            "training day at work",
            "hot dog stand",
            "dog days of summer",
            "top dog",
            "dog tired",
            "dog eat dog world",
            "train delayed",
            "marathon training",
            "model training run",
            "underdog story",
        ),
        (
            "dog trainer",
            "dog trainers",
            "obedience training",
            "dog behaviourist",
            "dog behaviorist",
            "canine trainer",
            "puppy training",
        ),
        ("dogs",),
    ),
    (
        "parrots",
        (
            "parrot owner",
            "african grey",
            "cockatoo",
            "cockatiel",
            "budgie",
            "macaw",
            "green cheek conure",
            "amazon parrot",
            "lovebirds",
            "my flock of birds",
            "feather plucking",
            "foraging toys for birds",
            "talking parrot",
            "parrot training",
            "bird room",
            "aviary",
            "loro que habla",
            "wellensittich",
            "perroquet de compagnie",
            "pappagallo domestico",
            "papagaio de estimação",
        ),
        (
            "parrot fashion learning",
            "parroting the talking points",
            "sick as a parrot",
            "pirate costume",
            "stochastic parrot",
            "parrot security os",
            "parrot drone",
            "parrot emoji",
            "pieces of eight",
            "parrotfish",
        ),
        ("parrot", "parrot owner", "parrot keeper", "pet bird", "pet birds", "budgies", "cockatiels"),
        ("pets",),
    ),
    (
        "skydiving",
        (
            "skydiver",
            "skydiving",
            "first tandem skydive",
            "aff course",
            "a licence",
            "solo jump",
            "jump number 200",
            "dropzone",
            "freefall",
            "canopy piloting",
            "wingsuit flying",
            "formation skydiving",
            "indoor skydiving tunnel",
            "base jumping",
            "packing my own rig",
            "swooping",
            "belly flying",
            "paracaidismo",
            "fallschirmspringen",
            "parachutisme",
            "paracadutismo",
            "paraquedismo",
        ),
        (
            "parachute payment",
            "golden parachute",
            "parachuted into the job",
            "sky news",
            "sky high prices",
            "diving into the data",
            "freefall in the stock market",
            "skyscraper",
            "jumping to conclusions",
            "jump start the car",
        ),
        ("skydiver", "skydivers", "sky diving", "parachuting", "wingsuit flying", "wingsuit"),
        ("outdoors",),
    ),
    (
        "blacksmithing",
        (
            "blacksmith",
            "bladesmith",
            "hand forged",
            "at the forge",
            "anvil",
            "coal forge",
            "propane forge",
            "forge welding",
            "damascus steel",
            "forging a knife",
            "hammer and tongs",
            "heat treating",
            "quench",
            "hot work",
            "forge in fire",
            "knife maker",
            "ironwork",
            "herrero artesano",
            "schmiedekunst",
            "forgeron",
            "fabbro artigiano",
            "ferreiro artesanal",
        ),
        (
            "minecraft forge",
            "forging a signature",
            "forge ahead",
            "forged documents",
            "forge build server",
            "forging alliances",
            "smith & wesson",
            "will smith",
            "blacksmith character in skyrim",
            "forge of empires",
        ),
        (
            "blacksmith",
            "blacksmiths",
            "bladesmithing",
            "bladesmith",
            "knife making",
            "knifemaking",
            "smithing",
            "forging",
        ),
        ("crafts",),
    ),
    (
        "falconry",
        (
            "falconer",
            "flying my harris hawk",
            "peregrine falcon on the glove",
            "building a new mews",
            "swinging the lure",
            "jesses and anklets",
            "hooding a young falcon",
            "flying weight",
            "hawking season",
            "hunting rabbits with my hawk",
            "falconry centre",
            "bird of prey display",
            "owl handling experience",
            "hawk walk",
            "gyrfalcon hybrid",
            "manning a new bird",
            "cetrería",
            "falknerei",
            "fauconnerie",
            "falconeria",
            "falcoaria",
        ),
        (
            "falcon 9 launch",
            "atlanta falcons",
            "millennium falcon",
            "hawk-eye review at wimbledon",
            "hawkish central bank",
            "hawking radiation",
            "stephen hawking lecture",
            "war hawks in congress",
            "watching him like a hawk",
            "crowdstrike falcon sensor",
        ),
        ("falconer", "falconers", "hawking", "birds of prey", "austringer", "falconry displays"),
        ("hunting",),
    ),
    (
        "tiny houses",
        (
            "tiny house",
            "tiny house living",
            "building our tiny home",
            "tiny house on wheels",
            "thow build",
            "loft bedroom in a tiny house",
            "composting toilet",
            "off grid tiny house",
            "downsizing to 200 square feet",
            "tiny house nation",
            "tiny living",
            "shed to tiny home conversion",
            "tiny house community",
            "container home build",
            "tiny house design",
            "living small",
            "casa pequeña sobre ruedas",
            "tiny haus",
            "mini maison",
            "casa mobile tiny house",
            "casa minúscula",
        ),
        (
            "tiny apartment in the city",
            "tiny bedroom in my flat",
            "tiny house of horrors",
            "house prices",
            "tiny little thing",
            "doll's house",
            "tiny desk concert",
            "bird house",
            "house party",
            "tiny hands",
        ),
        ("tiny house", "tiny homes", "tiny home", "tiny house living", "tiny living", "tiny house movement"),
        ("diy",),
    ),
    (
        "violin",
        (
            "violinist",
            "violin teacher",
            "practising my violin scales",
            "first violin in the orchestra",
            "second violin section",
            "fiddle player at the trad session",
            "suzuki violin lessons",
            "got my bow rehaired",
            "playing bach partitas on the violin",
            "violinist in a string quartet",
            "violin recital tonight",
            "learning vibrato on the violin",
            "adult violin beginner",
            "a luthier made my new violin",
            "rosin and a fresh set of strings",
            "concertmaster of our community orchestra",
            "irish fiddle tunes",
            "bluegrass fiddler",
            "violinista profesional",
            "geigerin im orchester",
            "violoniste classique",
            "violinista e insegnante di violino",
            "aulas de violino",
        ),
        (
            "playing second fiddle to my boss",
            "fit as a fiddle",
            "fiddling with the settings",
            "stop fiddling with your phone",
            "world's smallest violin playing for you",
            "violin plot of the data distribution",
            "fiddler crab on the beach",
            "repotted my fiddle leaf fig",
            "fiddly little screws on this laptop",
            "expenses fiddle at the council",
            "tax fiddle scandal",
        ),
        ("violinist", "violinists", "fiddle", "fiddler", "fiddle playing", "violin playing", "violins"),
        (),
    ),
    (
        "cello",
        (
            "cellist",
            "cello teacher",
            "principal cellist",
            "practising the bach cello suites",
            "cello lessons for adults",
            "playing the elgar concerto",
            "cello and piano duo",
            "chamber music cellist",
            "thumb position practice",
            "new endpin stop and a new bow",
            "cello section of the youth orchestra",
            "bought my first cello",
            "cello cover of a pop song",
            "baroque cello with gut strings",
            "string quartet rehearsal, on cello",
            "cello recital on sunday",
            "freelance cellist for weddings",
            "cello scales and etudes",
            "violonchelista",
            "cellistin im sinfonieorchester",
            "violoncelliste",
            "violoncellista",
            "aulas de violoncelo",
        ),
        (
            "cellophane wrapping on the hamper",
            "sellotape everywhere after wrapping presents",
            "cell phone plan",
            "prison cell",
            "stem cell research",
            "cell biology lab",
            "merge cells in excel",
            "solar cell efficiency",
            "cellar full of wine",
            "fuel cell cars",
        ),
        ("cellist", "cellists", "violoncello", "cello playing", "cellos"),
        (),
    ),
    (
        "saxophone",
        (
            "saxophonist",
            "tenor sax player",
            "alto saxophone",
            "sax solo tonight",
            "soprano sax",
            "baritone sax in the big band",
            "jazz saxophonist",
            "practising long tones on sax",
            "sax player for weddings and events",
            "new reeds and a ligature",
            "transcribing a coltrane solo",
            "saxophone quartet",
            "learning the sax at 40",
            "sax section in the horn band",
            "sax cover of careless whisper",
            "switched to a vintage selmer",
            "sax and keys duo",
            "saxophone teacher",
            "saxofonista de jazz",
            "saxophonistin",
            "saxophoniste",
            "sassofonista",
            "aulas de saxofone",
        ),
        (
            "anglo-saxon history",
            "travel guide to saxony",
            "saks fifth avenue sale",
            "saxo bank trading account",
            "sax parser in java",
            "sacks of flour delivered",
            "lower saxony football club",
            "saxifrage in the rock garden",
            "saxon shore forts",
        ),
        ("sax", "saxophonist", "saxophonists", "saxophones", "tenor sax", "alto sax", "sax player"),
        (),
    ),
    (
        "ukulele",
        (
            "ukulele player",
            "uke strumming",
            "learning the ukulele",
            "ukulele club meets on tuesdays",
            "soprano ukulele",
            "concert uke",
            "tenor ukulele",
            "baritone uke",
            "ukulele chords for beginners",
            "ukulele cover of somewhere over the rainbow",
            "uke jam at the pub",
            "my new koa ukulele",
            "ukulele orchestra",
            "fingerstyle ukulele arrangement",
            "ukulele teacher for kids",
            "strumming pattern practice on the uke",
            "ukulele festival this weekend",
            "uke group singalong",
            "tocando el ukelele",
            "ukulele spielen",
            "joueuse de ukulélé",
            "suonare l'ukulele",
            "tocando ukulele",
        ),
        (
            "uke and tori in aikido class",
            "appointment at the UKE hospital in hamburg",
            "hawaiian shirt friday",
            "luau party at the resort",
            "ukiyo-e woodblock prints",
            "uk weather forecast",
            "hula dancing class",
            "tiki bar cocktails",
        ),
        ("uke", "ukes", "ukuleles", "ukulele player", "ukelele", "ukulele playing"),
        (),
    ),
    (
        "R&B",
        (
            "r&b singer",
            "rnb playlist",
            "90s r&b slaps",
            "neo soul vibes",
            "soul singer",
            "motown classics all day",
            "quiet storm radio show",
            "r&b producer",
            "slow jams on a sunday",
            "alternative r&b",
            "contemporary r&b artist",
            "northern soul all-nighter",
            "soul music collector",
            "new sza album is everything",
            "vocal runs and harmonies",
            "r&b covers night",
            "old school soul and funk",
            "stax and motown records",
            "música soul",
            "soul-sängerin",
            "chanteuse de soul",
            "cantante r&b",
            "cantora de r&b",
        ),
        (
            "soul searching after the breakup",
            "bless his soul",
            "soulslike games",
            "soul food restaurant",
            "soulcycle class",
            "r&d team",
            "b&b booking in cornwall",
            "r&r weekend away",
            "old soul in a young body",
            "my soul mate",
            "dark souls boss fight",
            "kia soul for sale",
        ),
        ("rnb", "r and b", "rhythm and blues", "soul music", "soul", "neo soul", "neo-soul", "motown"),
        (),
    ),
    (
        "gospel music",
        (
            "gospel singer",
            "gospel choir",
            "praise and worship leader",
            "worship team vocalist",
            "gospel music ministry",
            "sunday service worship set",
            "gospel artist",
            "contemporary christian music",
            "ccm playlist",
            "hillsong worship on repeat",
            "gospel choir director",
            "mass choir rehearsal",
            "singing hymns",
            "black gospel",
            "southern gospel quartet",
            "new worship song out now",
            "minister of music at our church",
            "gospel keys player",
            "música gospel",
            "cantante de alabanza",
            "gospelchor",
            "chorale gospel",
            "coro gospel",
            "louvor e adoração",
        ),
        (
            "taking his word as gospel",
            "the gospel truth",
            "the gospel of productivity",
            "spreading the gospel of agile",
            "gospel oak station",
            "worship the ground she walks on",
            "praise from my boss",
            "crossfit is my religion",
            "hymn sheet, as in all on the same page",
        ),
        ("gospel", "gospel choir", "worship music", "christian music", "praise and worship", "ccm"),
        (),
    ),
    (
        "latin music",
        (
            "salsa dancer and dj",
            "reggaeton playlist",
            "bachata social every friday",
            "latin music dj",
            "cumbia and merengue",
            "latin percussion, congas and timbales",
            "latin jazz band",
            "regional mexicano",
            "mariachi band",
            "banda and norteño",
            "bossa nova evenings",
            "latin grammys watch party",
            "trumpet in a salsa orchestra",
            "latin trap",
            "tango orchestra",
            "perreo all night",
            "vallenato accordion",
            "son cubano",
            "música latina",
            "salsa y bachata",
            "lateinamerikanische musik",
            "musique latine",
            "musica latina",
            "forró e sertanejo",
        ),
        (
            "latin class, amo amas amat",
            "latin phrases in law",
            "travelling around latin america",
            "latin square design",
            "salsa verde recipe",
            "chips and salsa",
            "latin alphabet",
            "mexican food truck",
            "latin mass on sunday",
        ),
        ("latin", "reggaeton", "salsa music", "bachata", "latin pop", "latino music", "latin american music"),
        (),
    ),
    (
        "songwriting",
        (
            "singer-songwriter",
            "songwriter",
            "writing a new song",
            "co-write session in nashville",
            "lyricist",
            "songwriting camp",
            "topline writer",
            "demo of a new song",
            "wrote this song about my dad",
            "lyrics and melody",
            "songwriters in the round",
            "open mic with my originals",
            "sync licensing for my songs",
            "new single out friday, wrote it in my bedroom",
            "voice memos full of melodies",
            "staff songwriter at a publisher",
            "finished the second verse",
            "cantautora",
            "compositora de canciones",
            "songwriterin",
            "auteur-compositeur-interprète",
            "cantautore",
            "compositora e cantora",
        ),
        (
            "writing code",
            "songbird on the feeder",
            "bird song recording",
            "song and dance about nothing",
            "bought it for a song",
            "swan song of his career",
            "song dynasty history",
            "write-up of the meeting",
            "writing a cover letter",
        ),
        ("songwriter", "songwriters", "singer-songwriter", "lyricist", "lyric writing", "singer songwriter"),
        (),
    ),
    (
        "horror",
        (
            "horror fan",
            "horror movie marathon",
            "slasher films",
            "horror novelist",
            "haunted house film",
            "31 days of horror",
            "found footage horror",
            "folk horror",
            "body horror",
            "horror hound",
            "final girl energy",
            "stephen king reread",
            "a24 horror",
            "zombie movies",
            "creepypasta",
            "horror writer",
            "gothic horror",
            "shudder subscription",
            "cine de terror",
            "película de terror",
            "horrorfilme",
            "film d'horreur",
            "film horror",
            "filmes de terror",
        ),
        (
            "what a horror show at the office",
            "to my horror the train was cancelled",
            "horrible bosses",
            "nightmare commute",
            "haunted by that email",
            "horrific accident on the motorway",
            "the horrors of war",
            "bloody mary at brunch",
            "terror attack news",
            "horrible histories",
        ),
        ("horror films", "horror movies", "horror fiction", "horror books", "scary movies", "horror movie"),
        (),
    ),
    (
        "romance novels",
        (
            "romance reader",
            "romance author",
            "enemies to lovers",
            "slow burn romance",
            "hea guaranteed",
            "romantasy",
            "booktok romance recs",
            "spicy books",
            "regency romance",
            "romcom novel",
            "contemporary romance",
            "dark romance",
            "harlequin author",
            "second chance romance trope",
            "romance writer",
            "sapphic romance",
            "grumpy sunshine trope",
            "only one bed trope",
            "novela romántica",
            "liebesroman",
            "roman d'amour",
            "romanzo rosa",
            "romance de época",
        ),
        (
            "office romance",
            "bromance",
            "romance languages",
            "romance scam alert",
            "romantic dinner",
            "romantic period poetry",
            "roman history",
            "holy roman empire",
            "romanesque architecture",
            "travel to romania",
        ),
        ("romance", "romance books", "romance fiction", "romance reader", "romance novel", "romance writer"),
        ("books",),
    ),
    (
        "crime fiction",
        (
            "crime writer",
            "mystery novels",
            "whodunnit",
            "cosy mystery",
            "crime thriller",
            "detective novels",
            "nordic noir",
            "agatha christie reread",
            "crime fiction festival",
            "psychological thriller",
            "police procedural",
            "golden age detective fiction",
            "thriller author",
            "murder mystery book club",
            "locked room mystery",
            "noir fiction",
            "debut crime novel",
            "novela negra",
            "krimiautorin",
            "roman policier",
            "romanzo giallo",
            "romance policial",
        ),
        (
            "crime rate statistics",
            "crime scene investigator",
            "the mystery of my missing keys",
            "thriller of a match",
            "michael jackson's thriller",
            "detective sergeant, met police",
            "mystery box unboxing",
            "a murder of crows",
            "fiction vs facts in the news",
        ),
        (
            "mystery",
            "mysteries",
            "crime novels",
            "mystery novels",
            "thrillers",
            "detective fiction",
            "crime writer",
            "crime thrillers",
        ),
        ("books",),
    ),
    (
        "children's books",
        (
            "children's author",
            "picture book author",
            "kidlit",
            "children's illustrator",
            "bedtime stories",
            "middle grade author",
            "reading aloud to my kids",
            "board books",
            "picture book illustrator",
            "children's librarian",
            "storytime at the library",
            "new picture book out",
            "dr seuss day",
            "julia donaldson fan",
            "chapter books",
            "children's publishing",
            "the gruffalo again",
            "literatura infantil",
            "cuentos infantiles",
            "kinderbuchautorin",
            "livre jeunesse",
            "libri per bambini",
            "livro infantil",
        ),
        (
            "children's hospital",
            "children's tv presenter",
            "children's clothes shop",
            "childcare fees",
            "kids menu",
            "children's rights",
            "bookkeeping for small business",
            "booking the kids' party",
            "book a table for the kids",
        ),
        (
            "children's literature",
            "kidlit",
            "picture books",
            "kids books",
            "children's author",
            "childrens books",
            "middle grade",
            "kids' books",
        ),
        ("books",),
    ),
    (
        "young adult fiction",
        (
            "ya author",
            "ya fantasy",
            "ya reader",
            "young adult novel",
            "ya contemporary",
            "teen fiction",
            "bookstagram ya picks",
            "ya book club",
            "dystopian ya",
            "ya romance",
            "debut ya novel",
            "coming of age novel",
            "teen librarian",
            "ya lit",
            "new adult",
            "booktok ya recs",
            "ya thriller",
            "literatura juvenil",
            "novela juvenil",
            "jugendbuch",
            "roman jeunesse",
            "romanzo young adult",
            "literatura jovem adulta",
        ),
        (
            "young adult carers",
            "young adult offenders institution",
            "young adult mental health services",
            "ya know what i mean",
            "y'all ready",
            "young adult cancer charity",
            "ya basta",
            "youth unemployment among young adults",
        ),
        (
            "ya fiction",
            "ya",
            "ya books",
            "young adult",
            "young adult books",
            "ya lit",
            "teen fiction",
            "ya novels",
        ),
        ("books",),
    ),
    (
        "classic films",
        (
            "classic film buff",
            "old hollywood",
            "tcm every night",
            "film noir",
            "golden age of hollywood",
            "criterion collection",
            "silent film",
            "35mm repertory screening",
            "hitchcock retrospective",
            "pre-code hollywood",
            "classic movies",
            "black and white films",
            "technicolor musicals",
            "rewatching casablanca",
            "cinephile, pre-1970",
            "french new wave",
            "bogart and bacall",
            "cine clásico",
            "filmklassiker",
            "cinéma classique",
            "cinema classico",
            "cinema clássico",
        ),
        (
            "classic car show",
            "classic rock radio",
            "classic fm in the morning",
            "cling film",
            "thin film coating",
            "classic literature",
            "classic coke",
            "that's a classic mistake",
            "film photography on 35mm",
            "classic tetris world championship",
        ),
        (
            "classic cinema",
            "classic movies",
            "old movies",
            "old hollywood",
            "film noir",
            "silent films",
            "classic film",
            "golden age hollywood",
        ),
        ("film",),
    ),
    (
        "screenwriting",
        (
            "screenwriter",
            "screenplay",
            "writing my pilot",
            "tv writer",
            "staff writer on a drama",
            "spec script",
            "final draft",
            "writers' room",
            "made the black list",
            "screenplay competition finalist",
            "short film script",
            "feature script",
            "logline",
            "beat sheet",
            "script coverage",
            "showrunner",
            "fade in",
            "second draft of the screenplay",
            "guionista",
            "drehbuchautorin",
            "scénariste",
            "sceneggiatore",
            "roteirista",
        ),
        (
            "screen protector",
            "writing a python script",
            "repeat script from the pharmacy",
            "screen time limits",
            "bash script",
            "screen printing t-shirts",
            "script kiddie",
            "screenshot this",
            "script font for my logo",
            "flipped the script",
        ),
        (
            "screenwriter",
            "screenwriters",
            "screenplays",
            "scriptwriting",
            "script writing",
            "tv writing",
            "screenplay writing",
        ),
        ("film", "writing"),
    ),
    (
        "nascar",
        (
            "nascar fan",
            "cup series race day",
            "daytona 500",
            "talladega weekend",
            "stock car racing",
            "short track racing",
            "late model racing",
            "xfinity series",
            "truck series",
            "nascar pit crew",
            "dirt track racing",
            "bristol night race",
            "watching the race from the infield",
            "late model driver",
            "sprint car racing",
            "next gen car",
            "playoff points",
            "martinsville clock",
            "carreras de nascar",
            "nascar-rennen",
            "course nascar",
            "gara nascar",
            "corrida da nascar",
        ),
        (
            "stock market crash",
            "car dealership stock",
            "pit stop for coffee",
            "daytona beach spring break",
            "rolex daytona waitlist",
            "race relations",
            "drafting a proposal",
            "nascar dads as voters",
            "pit crew at the bbq",
        ),
        ("stock car racing", "nascar cup series", "stock cars", "nascar racing", "short track racing"),
        ("cars", "sports"),
    ),
    (
        "rallying",
        (
            "rally driver",
            "co-driver",
            "wrc fan",
            "rally stage",
            "pace notes",
            "special stage",
            "rally car build",
            "group b",
            "gravel stage",
            "rally finland",
            "rallycross",
            "historic rally",
            "tarmac rally",
            "service park",
            "dakar rally",
            "road book",
            "navigator on the rally",
            "stage rally marshal",
            "piloto de rally",
            "copiloto de rallies",
            "rallyefahrer",
            "pilote de rallye",
            "pilota di rally",
            "rali de portugal",
        ),
        (
            "rally at the state capitol",
            "climate rally",
            "stock market rally",
            "rally the troops",
            "long tennis rally",
            "rally point in the game",
            "campaign rally",
            "rallied from behind",
            "rallying cry",
            "peace rally",
        ),
        (
            "rally",
            "rallies",
            "rally driving",
            "wrc",
            "rallycross",
            "world rally championship",
            "rally racing",
        ),
        ("cars", "sports"),
    ),
    (
        "karting",
        (
            "karting driver",
            "kart racing",
            "rotax max",
            "x30 kart",
            "karting championship",
            "kart track",
            "cadet karting",
            "karting dad",
            "indoor go karting",
            "kart chassis setup",
            "my son's first kart race",
            "karting test day",
            "race kart",
            "kz shifter kart",
            "junior karting",
            "karting club meeting",
            "new tyres for the kart",
            "piloto de karting",
            "kartfahrer",
            "pilote de karting",
            "pilota di kart",
            "piloto de kart",
        ),
        (
            "abandoned shopping cart",
            "mario kart online",
            "putting the cart before the horse",
            "golf cart",
            "cart abandonment emails",
            "kartoffelsalat",
            "add to cart",
            "mario kart night with friends",
        ),
        ("kart racing", "karts", "go-karting", "go karting", "go-kart racing", "karter"),
        ("cars", "sports"),
    ),
    (
        "motocross",
        (
            "motocross rider",
            "mx life",
            "supercross",
            "dirt bike",
            "enduro rider",
            "250f",
            "braaap",
            "ama supercross",
            "mxgp",
            "race day at the mx track",
            "whoops section",
            "holeshot",
            "ktm 250 sx-f",
            "hare scrambles",
            "endurocross",
            "riding dirt bikes with my son",
            "moto track day",
            "gate drop",
            "piloto de motocross",
            "motocross fahren",
            "pilote de motocross",
            "pilota di motocross",
            "trilha de moto",
        ),
        (
            "cross-country running",
            "crossfit wod",
            "cross-stitch pattern",
            "dirt cheap",
            "moto g phone",
            "cross trainer at the gym",
            "crossroads",
            "motor insurance renewal",
        ),
        (
            "mx",
            "supercross",
            "dirt bikes",
            "dirt biking",
            "enduro",
            "motocross racing",
            "off-road motorcycling",
        ),
        ("motorcycles", "sports"),
    ),
    (
        "sim racing",
        (
            "sim racer",
            "iracing",
            "assetto corsa competizione",
            "direct drive wheelbase",
            "sim rig",
            "racing sim setup",
            "gran turismo",
            "f1 game league",
            "rfactor 2",
            "load cell pedals",
            "sim racing league",
            "esports racing",
            "fanatec",
            "simucube",
            "triple screen setup",
            "le mans ultimate",
            "new lap record in iracing",
            "simracer",
            "simracing",
            "pilote de simracing",
            "simulatore di guida",
            "corrida virtual",
        ),
        (
            "simulation in physics",
            "sim card",
            "the sims 4 build",
            "racing pigeons",
            "my heart was racing",
            "racing thoughts at 3am",
            "simcity",
            "simulation theory",
            "horse racing tips",
        ),
        ("simracing", "sim racer", "racing simulators", "iracing", "sim racers"),
        ("gaming",),
    ),
    (
        "handball",
        (
            "handball player",
            "handball goalkeeper",
            "left back in handball",
            "ehf champions league",
            "handball club",
            "handball pivot",
            "handball world championship",
            "beach handball",
            "team handball",
            "7-metre throw",
            "handball training",
            "handball-bundesliga",
            "balonmano",
            "jugadora de balonmano",
            "handballerin",
            "handballeur",
            "pallamano",
            "handebol",
        ),
        (
            "handball in the box, penalty",
            "handball decision by var",
            "hand me the ball",
            "ball in hand",
            "hand luggage",
            "handbag collection",
            "handrail",
            "handbrake turn",
        ),
        ("team handball", "handball player", "olympic handball", "european handball", "handballer"),
        ("sports",),
    ),
    (
        "field hockey",
        (
            "field hockey player",
            "hockey stick and shin pads",
            "astroturf training",
            "penalty corner",
            "drag flick",
            "hockey club 1st xi",
            "ladies 2s hockey",
            "masters hockey",
            "umpire in field hockey",
            "fih pro league",
            "indoor hockey",
            "hockey goalkeeper",
            "euro hockey league",
            "hockeyroos",
            "kookaburras",
            "black sticks",
            "hockey sobre hierba",
            "feldhockey",
            "hockey sur gazon",
            "hockey su prato",
            "hóquei em campo",
        ),
        (
            "ice hockey",
            "hockey stick graph",
            "air hockey",
            "nhl playoffs",
            "field trip",
            "field research",
            "playing field",
            "minefield",
            "hockey stick growth in startups",
        ),
        ("field hockey player", "field hockey players", "fieldhockey", "indoor hockey", "astro hockey"),
        ("sports",),
    ),
    (
        "netball",
        (
            "netball player",
            "goal attack",
            "goal shooter",
            "wing defence",
            "netball club",
            "netball umpire",
            "netball coach",
            "super netball",
            "silver ferns",
            "walking netball",
            "back to netball",
            "netball world cup",
            "centre pass",
            "netball superleague",
            "vitality roses",
            "netball training tuesday",
            "goal keeper and goal defence",
            "netball league",
            "jugadora de netball",
            "netball spielen",
            "joueuse de netball",
            "giocatrice di netball",
            "jogadora de netball",
        ),
        (
            "net zero",
            "net income",
            "fishing net",
            "tennis net",
            "safety net",
            "net worth",
            ".net developer",
            "hair net",
            "network",
        ),
        ("netballer", "netballers", "netball player", "walking netball"),
        ("sports",),
    ),
    (
        "fencing",
        (
            "fencer",
            "epee fencer",
            "foil fencer",
            "sabre fencer",
            "fencing club",
            "fencing tournament",
            "on the piste",
            "parry riposte",
            "fencing coach",
            "fie world cup",
            "fencing mask and lamé",
            "historical fencing",
            "hema",
            "longsword sparring",
            "olympic fencing",
            "fencing bout",
            "esgrimista",
            "esgrima",
            "fechten",
            "fechterin",
            "escrime",
            "escrimeuse",
            "scherma",
            "schermidore",
        ),
        (
            "fencing contractor",
            "garden fencing",
            "fence panels",
            "fence post",
            "sitting on the fence",
            "fencing stolen goods",
            "electric fence",
            "fence repairs",
            "picket fence",
            "fencing off the area",
        ),
        ("fencer", "fencers", "epee", "sabre", "foil fencing", "hema", "sword fighting"),
        ("sports",),
    ),
    (
        "archery",
        (
            "archer",
            "recurve archer",
            "compound bow",
            "barebow",
            "longbow",
            "field archery",
            "3d archery",
            "traditional archery",
            "archery club",
            "world archery",
            "indoor 18m round",
            "shot a 10 on the x",
            "nock and fletching",
            "bowhunting",
            "horseback archery",
            "arrows and bows",
            "tiro con arco",
            "arquero",
            "bogenschießen",
            "bogenschütze",
            "tir à l'arc",
            "tiro con l'arco",
            "tiro com arco",
        ),
        (
            "archer the tv show",
            "bow tie",
            "bow down",
            "arrow keys",
            "jeffrey archer novels",
            "bow of the ship",
            "violin bow",
            "arrow functions in javascript",
            "cupid's arrow",
            "take a bow",
        ),
        (
            "archer",
            "archers",
            "bow shooting",
            "recurve",
            "compound archery",
            "bowhunting",
            "traditional archery",
        ),
        ("sports",),
    ),
    (
        "figure skating",
        (
            "figure skater",
            "triple axel",
            "skating coach",
            "ice dance",
            "pairs skating",
            "synchro skating",
            "isu grand prix",
            "short program",
            "free skate",
            "adult skater",
            "learn to skate",
            "ice rink at 6am",
            "double lutz",
            "costume for the competition",
            "skating club",
            "spins and jumps",
            "patinaje artístico",
            "eiskunstlauf",
            "eiskunstläuferin",
            "patinage artistique",
            "pattinaggio artistico",
            "patinação artística",
        ),
        (
            "skating on thin ice",
            "figure out",
            "figures and tables",
            "roller derby",
            "action figure",
            "public figure",
            "figure drawing",
            "skate ramp",
            "ice cream",
        ),
        ("figure skater", "figure skaters", "ice skating", "ice dance", "ice dancing", "skating"),
        ("sports",),
    ),
    (
        "mountain biking",
        (
            "mtb",
            "mountain biker",
            "enduro mtb",
            "downhill mtb",
            "trail riding",
            "singletrack",
            "bike park",
            "xc racing",
            "trail centre",
            "full suspension",
            "hardtail",
            "shredding the trails",
            "emtb",
            "dropper post",
            "uplift day",
            "whistler bike park",
            "flow trails",
            "ciclismo de montaña",
            "bicicleta de montaña",
            "mountainbiken",
            "vtt",
            "vététiste",
            "mountain bike",
        ),
        (
            "mountain of laundry",
            "bike to work",
            "motorbike",
            "exercise bike",
            "biking in the city",
            "mountain climbing",
            "mountain view",
            "dirt cheap",
            "bike lanes on the high street",
        ),
        (
            "mtb",
            "mountain bike",
            "mountain bikes",
            "mountain biker",
            "mountain bikers",
            "downhill biking",
            "enduro biking",
            "trail riding",
        ),
        ("cycling", "outdoors"),
    ),
    (
        "kayaking",
        (
            "kayaker",
            "sea kayaking",
            "whitewater kayaking",
            "canoeing",
            "paddler",
            "canoe trip",
            "paddling",
            "kayak fishing",
            "packrafting",
            "canoe slalom",
            "sprint kayak",
            "paddle sport",
            "canoe club",
            "river paddle",
            "eskimo roll practice",
            "kayak camping",
            "bcu coach",
            "piragüismo",
            "kayak de mar",
            "kajakfahren",
            "kanu",
            "canoë-kayak",
            "kayak da mare",
            "canoagem",
        ),
        (
            "kayak flight search",
            "kayak.com deals",
            "paddle tennis",
            "paddle your own canoe",
            "up the creek without a paddle",
            "ping pong paddle",
            "paddling pool in the garden",
            "hotel deals on kayak",
        ),
        (
            "kayak",
            "kayaker",
            "kayakers",
            "canoeing",
            "canoe",
            "paddling",
            "sea kayaking",
            "whitewater kayaking",
        ),
        ("outdoors", "sports"),
    ),
    (
        "local history",
        (
            "local historian",
            "local history society",
            "village history",
            "parish records",
            "old photos of our town",
            "heritage walk",
            "history of our street",
            "blue plaque unveiling",
            "town archive",
            "local studies library",
            "oral history project",
            "then and now photos",
            "civic society talk",
            "historic buildings of the town",
            "who lived in my house",
            "mill town history",
            "heritage open days",
            "historia local",
            "cronista oficial de la villa",
            "heimatgeschichte",
            "heimatverein",
            "histoire locale",
            "storia locale",
            "história local",
        ),
        (
            "local news",
            "local elections",
            "search history",
            "medical history",
            "browser history",
            "local pub",
            "shop local",
            "history repeats itself",
            "credit history",
            "local anaesthetic",
        ),
        (
            "local historian",
            "local historians",
            "community history",
            "town history",
            "village history",
            "local heritage",
        ),
        ("history",),
    ),
    (
        "ancient history",
        (
            "ancient historian",
            "classics student",
            "roman history",
            "ancient greece",
            "ancient rome",
            "ancient egypt",
            "egyptology",
            "classical archaeology",
            "ancient near east",
            "latin and greek",
            "bronze age",
            "pompeii",
            "hadrian's wall",
            "reading the iliad",
            "classicist",
            "roman britain",
            "late antiquity",
            "historia antigua",
            "alte geschichte",
            "histoire ancienne",
            "storia antica",
            "história antiga",
        ),
        (
            "that's ancient history now",
            "ancient grains bread",
            "as ancient as the hills",
            "roman candles",
            "roman numerals",
            "greek yoghurt",
            "roman holiday film",
            "egyptian cotton sheets",
            "pyramid scheme",
        ),
        (
            "classics",
            "classical history",
            "ancient world",
            "ancient rome",
            "ancient greece",
            "egyptology",
            "classical studies",
            "antiquity",
        ),
        ("history",),
    ),
    (
        "medieval history",
        (
            "medievalist",
            "the middle ages",
            "medieval history phd",
            "anglo-saxon england",
            "the vikings",
            "the crusades",
            "medieval castles",
            "illuminated manuscripts",
            "knights and chivalry",
            "byzantine history",
            "the norman conquest",
            "medieval reenactment",
            "domesday book",
            "feudalism",
            "late medieval",
            "early medieval",
            "historia medieval",
            "mittelalter",
            "mittelalterliche geschichte",
            "histoire médiévale",
            "storia medievale",
            "história medieval",
        ),
        (
            "medieval times dinner show",
            "that's positively medieval",
            "going medieval on him",
            "knight rider reboot",
            "the dark ages of the internet",
            "castle in minecraft",
            "middle aged",
            "middle-age spread",
            "knights of the round table pub quiz team",
        ),
        ("medievalist", "medievalists", "middle ages", "medieval", "medieval studies", "mediaeval history"),
        ("history",),
    ),
    (
        "WWII history",
        (
            "ww2 history buff",
            "second world war historian",
            "d-day",
            "battle of britain",
            "eastern front",
            "holocaust history",
            "normandy battlefield tour",
            "pacific war",
            "operation market garden",
            "spitfire",
            "ww2 reenactment",
            "bletchley park",
            "world war ii",
            "home front",
            "the blitz",
            "holocaust education",
            "war diaries of my grandfather",
            "segunda guerra mundial",
            "zweiter weltkrieg",
            "seconde guerre mondiale",
            "seconda guerra mondiale",
            "história da segunda guerra",
        ),
        (
            "world war z",
            "star wars",
            "war on drugs",
            "console war",
            "bidding war",
            "price war",
            "world cup",
            "war of words",
            "flame war",
            "cold war",
        ),
        ("ww2", "wwii", "world war ii", "world war 2", "second world war", "ww2 history", "world war two"),
        ("history",),
    ),
    (
        "homelessness",
        (
            "ending homelessness",
            "homeless outreach worker",
            "rough sleeping",
            "housing first",
            "homeless shelter volunteer",
            "soup kitchen",
            "street outreach",
            "supported housing",
            "unhoused neighbors",
            "homeless charity",
            "sleeping bags for the homeless",
            "homeless services",
            "housing advocate",
            "night shelter",
            "crisis at christmas",
            "point-in-time count",
            "personas sin hogar",
            "obdachlosenhilfe",
            "sans-abri",
            "senzatetto",
            "pessoas em situação de rua",
        ),
        (
            "homeless after the house move",
            "home office",
            "homeland security",
            "home sweet home",
            "homesick",
            "homework",
            "house hunting",
            "homeless kittens need homes",
            "homemade",
        ),
        (
            "homeless",
            "rough sleeping",
            "housing insecurity",
            "homeless outreach",
            "ending homelessness",
            "unhoused",
        ),
        (),
    ),
    (
        "racial justice",
        (
            "racial justice advocate",
            "anti-racism educator",
            "black lives matter",
            "racial equity",
            "dei",
            "anti-racist",
            "racial equity consultant",
            "systemic racism",
            "reparations",
            "blm",
            "juneteenth",
            "racial equality",
            "police brutality",
            "stop asian hate",
            "justicia racial",
            "antirracista",
            "antirassismus",
            "antiracisme",
            "antirazzismo",
            "igualdade racial",
        ),
        (
            "race day",
            "drag race",
            "race condition bug",
            "horse race",
            "race to the top",
            "rat race",
            "justice league",
            "poetic justice",
            "human race",
        ),
        (
            "racial equity",
            "racial equality",
            "anti-racism",
            "antiracism",
            "black lives matter",
            "blm",
            "racial justice activism",
        ),
        ("activism", "human rights"),
    ),
    (
        "addiction recovery",
        (
            "in recovery",
            "sober",
            "sobriety",
            "one day at a time",
            "aa meeting",
            "12 steps",
            "clean and sober",
            "sober curious",
            "recovery coach",
            "addiction counselor",
            "substance use disorder",
            "5 years sober",
            "na meeting",
            "peer support worker",
            "recovery community",
            "rehab",
            "alcohol-free life",
            "en recuperación",
            "sobriedad",
            "suchthilfe",
            "trocken seit fünf jahren",
            "dépendance",
            "dipendenze",
            "recuperação",
        ),
        (
            "data recovery",
            "injury recovery",
            "economic recovery",
            "recovery drink after workout",
            "disaster recovery plan",
            "password recovery",
            "addicted to coffee",
            "sober analysis",
            "tiktok addiction",
            "binge-watching addiction",
        ),
        (
            "sobriety",
            "recovery",
            "sober",
            "addiction",
            "sober living",
            "substance abuse recovery",
            "alcoholism recovery",
            "12 step",
        ),
        ("mental health",),
    ),
    (
        "domestic violence",
        (
            "domestic abuse survivor",
            "dv advocate",
            "intimate partner violence",
            "women's refuge",
            "survivor advocate",
            "coercive control",
            "gender-based violence",
            "ending violence against women",
            "domestic violence shelter",
            "idva",
            "abuse hotline",
            "safe house",
            "violence against women and girls",
            "survivors' stories",
            "violencia de género",
            "violencia machista",
            "häusliche gewalt",
            "violences conjugales",
            "violenza domestica",
            "violência doméstica",
        ),
        (
            "domestic flights",
            "domestic cat",
            "domestic market",
            "violent video games",
            "violent storm",
            "domestic goddess",
            "domestic cleaning services",
            "domestic policy",
        ),
        (
            "domestic abuse",
            "dv",
            "intimate partner violence",
            "gender-based violence",
            "gbv",
            "violence against women",
            "vawg",
        ),
        (),
    ),
    (
        "indigenous rights",
        (
            "indigenous rights advocate",
            "first nations",
            "land back",
            "native sovereignty",
            "tribal sovereignty",
            "treaty rights",
            "aboriginal",
            "truth and reconciliation",
            "every child matters",
            "missing and murdered indigenous women",
            "mmiw",
            "indigenous land defenders",
            "native american rights",
            "māori",
            "decolonization",
            "pueblos indígenas",
            "derechos indígenas",
            "indigene völker",
            "peuples autochtones",
            "popoli indigeni",
            "povos indígenas",
        ),
        (
            "indigenous plants for the garden",
            "native speaker",
            "native app development",
            "indigenous species",
            "nations league",
            "native advertising",
            "tribal tattoo",
            "rights of the shareholders",
            "my tribe of mums",
        ),
        (
            "indigenous",
            "indigenous peoples",
            "first nations",
            "native rights",
            "land back",
            "aboriginal rights",
            "indigenous sovereignty",
            "native american rights",
        ),
        ("human rights",),
    ),
    (
        "international development",
        (
            "humanitarian worker",
            "aid worker",
            "global health",
            "sdgs",
            "ngo programme manager",
            "humanitarian aid",
            "development economist",
            "undp",
            "field office",
            "m&e specialist",
            "livelihoods programme",
            "poverty reduction",
            "global development",
            "usaid",
            "refugee camp",
            "cooperación internacional",
            "cooperante",
            "entwicklungszusammenarbeit",
            "aide humanitaire",
            "cooperazione internazionale",
            "cooperação internacional",
        ),
        (
            "software development",
            "property development",
            "business development manager",
            "personal development",
            "international school",
            "international shipping",
            "hearing aid",
            "first aid course",
            "web development",
        ),
        ("global development", "development work", "foreign aid"),
        ("nonprofits",),
    ),
    (
        "free speech",
        (
            "free speech advocate",
            "freedom of expression",
            "first amendment",
            "censorship",
            "press freedom",
            "cancel culture",
            "free expression",
            "banned books",
            "academic freedom",
            "speech rights",
            "anti-censorship",
            "deplatforming",
            "fighting book bans in our schools",
            "libertad de expresión",
            "meinungsfreiheit",
            "liberté d'expression",
            "libertà di espressione",
            "liberdade de expressão",
        ),
        (
            "speech therapy",
            "wedding speech",
            "speech recognition",
            "text to speech",
            "free shipping",
            "free food",
            "acceptance speech",
            "free delivery",
            "part of speech tagging",
        ),
        (
            "freedom of speech",
            "freedom of expression",
            "free expression",
            "first amendment",
            "anti-censorship",
            "press freedom",
        ),
        ("human rights",),
    ),
    (
        "buddhism",
        (
            "buddhist",
            "dharma",
            "sangha",
            "zen practice",
            "theravada",
            "tibetan buddhism",
            "vipassana retreat",
            "metta",
            "dharma talk",
            "buddhist meditation teacher",
            "buddhist monk",
            "plum village",
            "thich nhat hanh",
            "pure land",
            "bodhisattva",
            "four noble truths",
            "budismo",
            "budista",
            "buddhismus",
            "bouddhisme",
            "buddhismo",
            "budismo zen",
        ),
        (
            "buddha bowl recipe",
            "zen garden sand",
            "zen mode in the app",
            "karma police",
            "buddha bar",
            "buddy",
            "lotus car",
            "feeling very zen",
            "nirvana band",
        ),
        ("buddhist", "buddhists", "zen buddhism", "dharma", "theravada", "tibetan buddhism"),
        ("religion",),
    ),
    (
        "hinduism",
        (
            "hindu",
            "sanatan dharma",
            "bhagavad gita",
            "puja at home",
            "diwali",
            "temple visit",
            "vedanta",
            "bhakti",
            "krishna",
            "iskcon",
            "mandir",
            "navratri",
            "vedic",
            "upanishads",
            "hare krishna",
            "shiva",
            "hinduismo",
            "hindú",
            "hinduismus",
            "hindouisme",
            "induismo",
            "hinduísmo",
        ),
        (
            "hindi language classes",
            "indian food",
            "yoga class",
            "karma",
            "guru marketing",
            "hindu kush mountains",
            "avatar the movie",
            "mantra of the company",
            "curry night",
        ),
        ("hindu", "hindus", "sanatan dharma", "sanatana dharma", "hindu dharma", "vedanta"),
        ("religion",),
    ),
    (
        "scouting",
        (
            "scout leader",
            "cub scouts",
            "girl guides",
            "beaver scouts",
            "eagle scout",
            "scout troop",
            "jamboree",
            "brownies leader",
            "scoutmaster",
            "scout camp",
            "venturers",
            "rover scouts",
            "explorer scouts",
            "akela",
            "badge work",
            "scouting movement",
            "be prepared",
            "girl scouts",
            "scouts de españa",
            "pfadfinder",
            "scoutisme",
            "scout",
            "escoteiros",
        ),
        (
            "talent scout",
            "football scout",
            "scouting report",
            "location scouting",
            "scouting for new hires",
            "scout the area",
            "baseball scouting",
            "scout mindset",
            "scouting the competition",
        ),
        (
            "scouts",
            "boy scouts",
            "girl scouts",
            "girl guides",
            "guiding",
            "scout leader",
            "cub scouts",
            "scouting movement",
        ),
        ("outdoors", "volunteering"),
    ),
    (
        "freemasonry",
        (
            "freemason",
            "mason",
            "master mason",
            "lodge",
            "worshipful master",
            "grand lodge",
            "square and compass",
            "brother mason",
            "royal arch",
            "scottish rite",
            "masonic lodge",
            "lodge meeting tonight",
            "past master",
            "shriners",
            "york rite",
            "initiated into the craft",
            "masonería",
            "masón",
            "freimaurer",
            "freimaurerei",
            "franc-maçonnerie",
            "massoneria",
            "maçonaria",
        ),
        (
            "mason jar",
            "stonemason",
            "brick mason",
            "masonry repair",
            "ski lodge",
            "hunting lodge",
            "lodge a complaint",
            "perry mason",
            "craft beer",
        ),
        ("freemason", "freemasons", "masonic", "masons", "mason", "the craft", "masonic lodge"),
        (),
    ),
    (
        "civic tech",
        (
            "civic technologist",
            "code for america",
            "open government",
            "open data",
            "govtech",
            "digital public services",
            "civic hacking",
            "mysociety",
            "participatory budgeting",
            "e-government",
            "digital democracy",
            "public interest technology",
            "gov.uk",
            "code for all",
            "civic hackathon",
            "usds",
            "18f",
            "tecnología cívica",
            "datos abiertos",
            "gobierno abierto",
            "offene daten",
            "technologie civique",
            "dati aperti",
            "tecnologia cívica",
        ),
        (
            "honda civic",
            "civic duty",
            "civic centre parking",
            "tech bros",
            "tech support",
            "civic holiday",
            "civic pride",
            "open bar",
            "open house",
        ),
        (
            "civic technology",
            "govtech",
            "gov tech",
            "open government",
            "open data",
            "public interest tech",
            "digital government",
        ),
        ("tech", "government"),
    ),
    (
        "mutual aid",
        (
            "mutual aid network",
            "community fridge",
            "food not bombs",
            "solidarity not charity",
            "community care",
            "mutual aid fund",
            "free store",
            "neighbourhood whatsapp group",
            "community pantry",
            "covid mutual aid",
            "skill share",
            "rent relief fund",
            "grocery delivery for neighbors",
            "tenants union",
            "ayuda mutua",
            "apoyo mutuo",
            "nachbarschaftshilfe",
            "entraide",
            "mutuo aiuto",
            "ajuda mútua",
        ),
        (
            "mutual fund",
            "mutual friends",
            "mutual follow",
            "first aid",
            "hearing aid",
            "mutual respect",
            "band aid",
            "visual aid",
            "mutuals only",
        ),
        (
            "mutual aid network",
            "community care",
            "community fridges",
            "solidarity networks",
            "mutual aid groups",
        ),
        ("activism", "volunteering"),
    ),
)

NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "data engineering": (
        "data scientist building churn models",
        "dba tuning oracle indexes",
        "excel wizard doing monthly reports",
        "backend developer writing rest apis",
        "data entry temp in the back office",
    ),
    "computer science": (
        "it helpdesk resetting passwords",
        "gaming pc build with rgb",
        "bootcamp grad building landing pages",
        "electrical engineering student",
        "maths teacher marking algebra homework",
    ),
    "natural language processing": (
        "linguistics student studying phonology",
        "translator from german to english",
        "nlp coach for confidence",
        "language teacher for adults",
        "chatbot for my online shop customer service",
    ),
    "computer vision": (
        "photographer editing in lightroom",
        "optometrist doing eye exams",
        "cctv installer for homes",
        "graphic designer making logos",
        "vr headset gamer",
    ),
    "bioinformatics": (
        "wet lab biologist doing western blots",
        "ancestry dna hobbyist",
        "data analyst in retail",
        "hospital it support",
        "biology teacher in secondary school",
    ),
    "network engineering": (
        "business networking breakfast",
        "it helpdesk technician",
        "telecom sales rep",
        "cybersecurity pentester",
        "social media manager",
    ),
    "technical writing": (
        "novelist working on book two",
        "marketing copywriter",
        "journalist at the local paper",
        "academic writing a thesis",
        "translator of manuals",
    ),
    "optometry": (
        "ophthalmic surgeon doing cataract surgery",
        "eyeglasses fashion influencer",
        "audiologist fitting hearing aids",
        "dentist checking fillings",
        "eyelash technician",
    ),
    "electrical engineering": (
        "electrician rewiring a kitchen",
        "electronics hobbyist with arduino",
        "ev owner charging at home",
        "mechanical engineer designing gearboxes",
        "software engineer at a power company",
    ),
    "biomedical engineering": (
        "biomedical scientist in a hospital lab",
        "doctor on the ward",
        "medical device sales rep",
        "mechanical engineer in automotive",
        "biology student studying cells",
    ),
    "materials science": (
        "chemistry teacher",
        "pottery class at the studio",
        "builder's merchant",
        "blacksmith forging knives",
        "fabric shop owner",
    ),
    "semiconductors": (
        "pc gamer buying a new gpu",
        "electronics hobbyist soldering kits",
        "tech stock investor",
        "solar panel installer",
        "phone repair shop",
    ),
    "telecommunications": (
        "phone shop sales assistant",
        "radio dj on the morning show",
        "ham radio operator",
        "it helpdesk",
        "call centre agent",
    ),
    "electric vehicles": (
        "e-bike commuter",
        "petrolhead with a v8",
        "formula e fan",
        "solar panel installer",
        "electric scooter rental",
    ),
    "microbiology": (
        "kombucha home brewer",
        "nurse on the covid ward",
        "gut health influencer",
        "mushroom forager",
        "biology teacher",
    ),
    "biotechnology": (
        "pharmacist at the chemist",
        "tech startup founder in fintech",
        "organic farmer",
        "doctor in general practice",
        "biohacker taking supplements",
    ),
    "immunology": (
        "allergy sufferer in hay fever season",
        "vaccine sceptic",
        "wellness coach boosting immunity",
        "nurse giving flu jabs",
        "microbiologist culturing bacteria",
    ),
    "marine biology": (
        "scuba diving instructor",
        "aquarium fishkeeper",
        "fisherman on a trawler",
        "sailing around the world",
        "oceanographer modelling currents",
    ),
    "environmental science": (
        "climate activist at a protest",
        "recycling tips for zero waste",
        "gardener growing vegetables",
        "geologist mapping rocks",
        "eco-friendly products",
    ),
    "forensic science": (
        "true crime podcast host",
        "police detective",
        "criminal defence lawyer",
        "crime novelist",
        "forensic accountant",
    ),
    "geography": (
        "geologist studying rocks",
        "travel blogger",
        "history teacher",
        "urban planner drawing zoning maps",
        "orienteering club",
    ),
    "occupational therapy": (
        "physiotherapist treating sports injuries",
        "occupational health nurse",
        "speech therapist",
        "personal trainer",
        "counsellor for anxiety",
    ),
    "speech therapy": (
        "public speaking coach",
        "singing teacher",
        "language teacher",
        "audiologist",
        "debate club",
    ),
    "radiology": (
        "radiotherapy for my cancer",
        "radio presenter",
        "lab technician",
        "dentist x-rays",
        "nuclear power plant",
    ),
    "emergency medicine": (
        "paramedic on the ambulance",
        "gp in a rural surgery",
        "firefighter",
        "lifeguard at the beach",
        "first aid volunteer at festivals",
    ),
    "paramedics": (
        "er doctor",
        "firefighter on the ladder truck",
        "police officer",
        "lifeguard",
        "first aid course at work",
    ),
    "surgery": (
        "anaesthetist",
        "physiotherapist after knee surgery",
        "plastic surgery patient vlog",
        "tree surgeon",
        "medical student",
    ),
    "pediatrics": ("mum blogger", "nursery teacher", "podiatrist", "child psychologist", "babysitter"),
    "palliative care": (
        "caring for my elderly dad",
        "funeral director",
        "grief podcast",
        "oncologist",
        "care home activities coordinator",
    ),
    "dermatology": (
        "skincare influencer",
        "esthetician doing facials",
        "tattoo artist",
        "botox and fillers clinic",
        "nail technician",
    ),
    "firefighting": (
        "police officer",
        "paramedic",
        "fire safety inspector for offices",
        "blacksmith at the forge",
        "firework display",
    ),
    "humanitarian aid": (
        "charity fundraiser in the uk",
        "human rights lawyer",
        "local food bank volunteer",
        "missionary trip",
        "activist at a protest",
    ),
    "special education": (
        "autism parent advocate",
        "aba therapist",
        "primary school teacher",
        "speech therapist",
        "special olympics athlete",
    ),
    "early childhood education": (
        "mum of toddlers",
        "primary school teacher",
        "babysitter",
        "children's book author",
        "plant nursery",
    ),
    "plumbing": ("electrician", "diy bathroom renovation", "roofer", "water utility engineer", "hvac tech"),
    "electrician": (
        "electrical engineer",
        "plumber",
        "electronics hobbyist",
        "solar panel salesperson",
        "lineman on power lines",
    ),
    "welding": ("blacksmith", "soldering electronics", "metal sculptor", "plumber", "car mechanic"),
    "auto mechanics": (
        "car enthusiast at a meet",
        "motorcycle rider",
        "mechanical engineer",
        "bike mechanic",
        "car salesman",
    ),
    "hairdressing": (
        "makeup artist",
        "nail technician",
        "dog groomer",
        "fashion stylist",
        "skincare influencer",
    ),
    "insurance": (
        "bank teller",
        "financial advisor",
        "claims about politics",
        "mortgage broker",
        "accountant",
    ),
    "ecommerce": (
        "online shopping addict",
        "retail store manager",
        "warehouse picker",
        "digital marketer",
        "etsy buyer",
    ),
    "event planning": ("wedding guest", "party host", "concert goer", "dj for hire", "catering chef"),
    "compliance": ("lawyer in court", "auditor", "hr manager", "cybersecurity analyst", "police officer"),
    "interior design": (
        "architect",
        "diy home renovation",
        "painter and decorator",
        "furniture maker",
        "real estate agent",
    ),
    "instructional design": (
        "classroom teacher",
        "graphic designer",
        "hr recruiter",
        "youtube educator",
        "university lecturer",
    ),
    "cross-stitch": (
        "knitting a cardigan with chunky yarn",
        "quilting a king size patchwork",
        "sewing a dress on my overlocker",
        "diamond painting kit from temu",
        "punch needle rug hooking",
    ),
    "jewellery making": (
        "goldsmith shop selling engagement rings",
        "diamond trader in antwerp",
        "watchmaker servicing a rolex",
        "tattoo piercer at the studio",
        "gemmologist valuing an estate",
    ),
    "leatherworking": (
        "saddler making horse tack",
        "shoe repair and key cutting",
        "upholsterer recovering a sofa",
        "bookbinder sewing signatures",
        "tannery worker",
    ),
    "scrapbooking": (
        "photo book printing service",
        "bullet journal spread",
        "calligraphy for wedding invitations",
        "origami cranes",
        "greeting card company sales rep",
    ),
    "origami": (
        "paper marbling workshop",
        "papercut artist with a scalpel",
        "scrapbooking layouts",
        "ikebana flower arranging",
        "paper planes contest in class",
    ),
    "bookbinding": (
        "printer at a commercial print shop",
        "publisher of hardbacks",
        "librarian repairing books",
        "calligraphy practice",
        "paper marbling",
    ),
    "scale modelling": (
        "model railway layout in the loft",
        "warhammer army painting",
        "lego technic build",
        "rc car racing",
        "architectural model maker",
    ),
    "miniature painting": (
        "scale model tank",
        "oil painter",
        "dollhouse maker",
        "board game night",
        "model railway scenery",
    ),
    "antiques": (
        "thrift store haul for a few dollars",
        "vintage clothing seller on depop",
        "archaeologist on a roman dig",
        "museum curator of textiles",
        "flipping ikea furniture with chalk paint",
    ),
    "fountain pens": (
        "modern calligraphy practice",
        "bullet journal spread",
        "art supplies haul",
        "watch collector",
        "typewriter restoration",
    ),
    "fermentation": (
        "sourdough starter feeding",
        "homebrewing an ipa",
        "winemaker at a vineyard",
        "cheesemaker aging wheels",
        "canning tomatoes in a water bath",
    ),
    "cheese": (
        "dairy farmer milking cows",
        "pizza night",
        "wine tasting at a vineyard",
        "charcuterie and cured meats",
        "vegan cashew cheese recipe",
    ),
    "cake decorating": (
        "sourdough bread baker",
        "pastry chef in a hotel",
        "chocolatier making bonbons",
        "bakery owner early mornings",
        "great british bake off fan",
    ),
    "gin": ("vodka martini", "whisky tasting", "rum and tiki bar", "cocktail bartender", "wine tasting"),
    "food photography": (
        "food blogger sharing recipes",
        "restaurant critic",
        "chef de partie",
        "wedding photographer",
        "product designer",
    ),
    "bonsai": (
        "houseplant collector",
        "ikebana flower arranging",
        "landscape gardener",
        "arborist climbing oaks",
        "japanese garden design",
    ),
    "permaculture": (
        "conventional arable farming",
        "landscape gardening",
        "houseplant collection",
        "homesteading with goats",
        "climate activist",
    ),
    "wildlife photography": (
        "bird ringing licence",
        "hunting guide in montana",
        "landscape photographer",
        "wedding photographer",
        "wildlife rehabilitator",
    ),
    "metal detecting": (
        "archaeologist on a dig",
        "beachcombing for sea glass",
        "mudlarking on the thames foreshore",
        "geocaching trip",
        "coin collector grading",
    ),
    "geocaching": (
        "orienteering event",
        "letterboxing on dartmoor",
        "hiking club",
        "metal detecting",
        "pokemon go raid",
    ),
    "rockhounding": (
        "crystal healing and reiki",
        "geology phd",
        "beachcombing for sea glass",
        "archaeology dig",
        "handmade jewelry maker",
    ),
    "paddleboarding": (
        "sea kayaking",
        "surfing at dawn",
        "windsurfing",
        "rowing club",
        "open water swimming",
    ),
    "bushcraft": (
        "glamping at a holiday park",
        "deer hunting",
        "doomsday prepping",
        "long distance hiking",
        "car camping at a campground",
    ),
    "caving": (
        "rock climbing at the crag",
        "coal miner underground",
        "cave diving instructor for scuba",
        "archaeologist in a rock shelter",
        "guided show cave tour for tourists",
    ),
    "paragliding": (
        "tandem skydive for charity",
        "private pilot licence in a cessna",
        "sailplane pilot at the gliding club",
        "drone photography of the coast",
        "kitesurfing lesson at the beach",
    ),
    "freediving": (
        "padi open water scuba course",
        "snorkeling on the reef",
        "open water swimming race",
        "big wave surfing",
        "cliff diving in croatia",
    ),
    "poker": (
        "blackjack card counting",
        "sports betting tips",
        "slot machines in vegas",
        "duplicate bridge club",
        "chess tournament",
    ),
    "bridge": ("poker night", "whist drive", "chess club", "mahjong", "canasta with friends"),
    "magic: the gathering": (
        "yu-gi-oh duel",
        "pokemon tcg",
        "hearthstone",
        "dungeons and dragons",
        "warhammer 40k",
    ),
    "pokémon": (
        "digimon tamer",
        "yu-gi-oh duelist",
        "anime watch list",
        "nintendo switch zelda",
        "magic the gathering commander",
    ),
    "speedcubing": (
        "chess tournament",
        "1000 piece jigsaw puzzles",
        "juggling three balls",
        "daily sudoku",
        "yo-yo tricks",
    ),
    "escape rooms": (
        "board game cafe",
        "puzzle hunt",
        "murder mystery dinner",
        "laser tag",
        "immersive theatre",
    ),
    "trivia": (
        "board game night",
        "cryptic crossword",
        "game show contestant",
        "logic puzzles",
        "escape room with friends",
    ),
    "retro gaming": (
        "new ps5 release day",
        "board game collection",
        "speedrunning world record",
        "esports league of legends",
        "pinball league night",
    ),
    "home automation": (
        "it support helpdesk",
        "electrician rewiring a house",
        "home security camera installer",
        "3d printing benchy",
        "industrial robotics engineer",
    ),
    "homesteading": (
        "commercial dairy farming",
        "permaculture design course",
        "allotment gardening",
        "doomsday prepping",
        "van life",
    ),
    "upcycling": (
        "thrift store haul",
        "recycling plant operator",
        "fine woodworking",
        "antiques dealer",
        "interior designer",
    ),
    "backyard chickens": (
        "commercial poultry farm manager",
        "pet ducks in the pond",
        "pet rabbits",
        "beekeeping with two hives",
        "dairy goats on the homestead",
    ),
    "reptiles": ("dog owner", "cat owner", "tarantula keeper", "aquarium fishkeeping", "wildlife biologist"),
    "dog training": ("dog walker", "veterinary nurse", "dog groomer", "horse trainer", "cat behaviour"),
    "parrots": (
        "birdwatching at the reservoir",
        "backyard chickens",
        "tropical fish aquarium",
        "bearded dragon owner",
        "falconry display with a harris hawk",
    ),
    "skydiving": (
        "paragliding pilot",
        "bungee jumping",
        "hot air balloon ride",
        "private pilot licence",
        "military paratrooper",
    ),
    "blacksmithing": (
        "welder on a construction site",
        "farrier shoeing horses",
        "jewellery silversmith",
        "knife sharpening service",
        "woodworker",
    ),
    "falconry": (
        "birdwatching at the estuary",
        "wildlife rehabilitation centre",
        "parrot owner",
        "pigeon racing loft",
        "zoo keeper",
    ),
    "tiny houses": (
        "van life",
        "caravan holidays",
        "minimalism and decluttering",
        "narrowboat living",
        "interior design",
    ),
    "violin": (
        "viola player, alto clef forever",
        "double bass in the jazz trio",
        "mandolin picker at the bluegrass jam",
        "classical guitarist, tárrega tonight",
        "erhu player in the chinese orchestra",
    ),
    "cello": (
        "double bass player, jazz and orchestral",
        "viola da gamba in the early music group",
        "violinist in the second violins",
        "bassoonist in the wind quintet",
        "bass guitarist in a funk band",
    ),
    "saxophone": (
        "clarinettist in the wind band",
        "trumpet player in the big band",
        "flautist in the symphony",
        "trombone player, ska band",
        "oboist, reed making all weekend",
    ),
    "ukulele": (
        "acoustic guitar fingerstyle player",
        "mandolin and banjo picker",
        "cavaquinho no samba de roda",
        "charango player from bolivia",
        "hawaiian steel guitar player",
    ),
    "R&B": (
        "trap and drill rapper",
        "afrobeats all night long",
        "pop princess stan account",
        "funk bass slapper, 70s grooves",
        "gospel choir on sunday mornings",
    ),
    "gospel music": (
        "pastor preaching on sunday",
        "bible study group leader",
        "classical choral singer, bach passions",
        "soul and r&b singer",
        "church bell ringer in the tower",
    ),
    "latin music": (
        "flamenco guitarist from sevilla",
        "portuguese fado singer",
        "ballroom dance competitor, waltz and foxtrot",
        "reggae sound system selector",
        "spanish language teacher",
    ),
    "songwriting": (
        "poet with a new chapbook out",
        "film composer scoring a feature",
        "singer in a covers band",
        "copywriter writing ad jingles briefs",
        "novelist on the second draft",
    ),
    "horror": (
        "true crime podcast addict",
        "halloween decorations already up",
        "thriller novelist, twisty plots",
        "paranormal investigator, ghost hunting",
        "dark fantasy reader, grimdark",
    ),
    "romance novels": (
        "wedding planner booking venues",
        "dating coach for singles",
        "literary fiction reader, booker shortlist",
        "fantasy reader, epic series",
        "rom-com movie night with the girls",
    ),
    "crime fiction": (
        "true crime documentaries and podcasts",
        "criminal defence lawyer",
        "police officer on night shift",
        "horror movie fan",
        "escape room enthusiast",
    ),
    "children's books": (
        "primary school teacher",
        "young adult fantasy reader",
        "comic book collector",
        "children's tv animator",
        "parenting blogger, toddler life",
    ),
    "young adult fiction": (
        "children's picture book author",
        "secondary school english teacher",
        "anime and manga fan",
        "fan fiction writer on ao3",
        "literary fiction reader",
    ),
    "classic films": (
        "new marvel movie opening night",
        "film photographer shooting 35mm",
        "classic car restorer",
        "vintage fashion collector",
        "broadway musical fan",
    ),
    "screenwriting": (
        "novelist working on a thriller",
        "film director and editor",
        "copywriter for brands",
        "playwright at the fringe",
        "actor with a new headshot",
    ),
    "nascar": (
        "formula 1 fan, ferrari forever",
        "drag racer at the strip",
        "monster truck show",
        "car detailer and wrap installer",
        "indycar at the indy 500",
    ),
    "rallying": (
        "formula 1 fan, pit wall strategy",
        "off-road 4x4 overlanding",
        "classic car rally tour for charity",
        "motocross rider",
        "political rally organiser",
    ),
    "karting": (
        "formula 1 fan",
        "mario kart champion",
        "go-kart team-building at work",
        "sim racer on iracing",
        "soapbox derby build",
    ),
    "motocross": (
        "motogp fan, valentino forever",
        "bmx rider at the skatepark",
        "mountain biker, downhill",
        "harley touring rider",
        "quad biking on the farm",
    ),
    "sim racing": (
        "formula 1 fan watching every race",
        "flight sim pilot in msfs",
        "fifa esports player",
        "karting driver",
        "car enthusiast at cars and coffee",
    ),
    "handball": (
        "volleyball setter",
        "basketball point guard",
        "water polo player",
        "gaelic handball against the wall",
        "dodgeball league on thursdays",
    ),
    "field hockey": (
        "ice hockey fan, nhl",
        "hurling and camogie",
        "lacrosse midfielder",
        "roller hockey league",
        "floorball player",
    ),
    "netball": (
        "basketball shooting guard",
        "korfball player",
        "volleyball libero",
        "rounders on sports day",
        "handball goalkeeper",
    ),
    "fencing": (
        "kendo practitioner",
        "boxing gym regular",
        "stage combat for theatre",
        "medieval reenactment armour",
        "judo black belt",
    ),
    "archery": (
        "clay pigeon shooting",
        "darts league on thursdays",
        "axe throwing night",
        "rifle target shooting",
        "deer hunting with a rifle",
    ),
    "figure skating": (
        "ice hockey player",
        "speed skater",
        "gymnast on the beam",
        "ballet dancer",
        "roller skating at the rink",
    ),
    "mountain biking": (
        "road cyclist, sportive season",
        "motocross rider",
        "bmx freestyle",
        "trail runner",
        "hiker in the hills",
    ),
    "kayaking": (
        "rower in the eight",
        "stand-up paddleboarding",
        "sailing dinghy racer",
        "whitewater rafting stag do",
        "open water swimmer",
    ),
    "local history": (
        "genealogy, tracing my family tree",
        "local councillor",
        "estate agent selling period homes",
        "military history buff",
        "urban explorer, abandoned buildings",
    ),
    "ancient history": (
        "greek mythology fan",
        "ancient aliens theories",
        "medieval historian",
        "egypt holiday, pyramids and camels",
        "archaeology of the industrial revolution",
    ),
    "medieval history": (
        "renaissance faire every summer",
        "game of thrones fan",
        "ancient rome historian",
        "fantasy novelist",
        "victorian history buff",
    ),
    "WWII history": (
        "world war one centenary",
        "cold war history",
        "call of duty gamer",
        "veterans charity fundraiser",
        "military modelling, tanks and aircraft kits",
    ),
    "homelessness": (
        "estate agent, houses for sale",
        "social housing policy wonk",
        "refugee support volunteer",
        "food bank volunteer",
        "property developer",
    ),
    "racial justice": (
        "feminist activist",
        "lgbtq rights campaigner",
        "immigration lawyer",
        "climate justice campaigner",
        "labour union organiser",
    ),
    "addiction recovery": (
        "mental health nurse",
        "fitness journey, 20kg down",
        "dry january challenge",
        "therapist specialising in anxiety",
        "quit smoking app",
    ),
    "domestic violence": (
        "true crime podcast",
        "family law solicitor",
        "self-defence class",
        "child protection social worker",
        "relationship coach",
    ),
    "indigenous rights": (
        "native plant gardener",
        "anthropology lecturer",
        "human rights lawyer",
        "environmental activist",
        "travel in new zealand",
    ),
    "international development": (
        "software developer",
        "diplomat in the foreign office",
        "volunteer at the local food bank",
        "gap year travel in asia",
        "economist at a bank",
    ),
    "free speech": (
        "political commentator",
        "journalist at a newspaper",
        "debate club captain",
        "privacy advocate, encryption",
        "stand-up comedian",
    ),
    "buddhism": (
        "mindfulness app user",
        "yoga teacher",
        "hindu temple volunteer",
        "stoic philosophy",
        "japanese travel, temples and ramen",
    ),
    "hinduism": (
        "yoga instructor",
        "bollywood fan",
        "buddhist meditation",
        "sikh gurdwara seva",
        "indian cooking",
    ),
    "scouting": (
        "outdoor education instructor",
        "army cadets",
        "summer camp counselor",
        "talent scout for a football club",
        "duke of edinburgh award",
    ),
    "freemasonry": (
        "rotary club member",
        "stonemason, dry stone walls",
        "church warden",
        "lions club volunteer",
        "conspiracy theorist, illuminati",
    ),
    "civic tech": (
        "software engineer at a startup",
        "local councillor",
        "data scientist",
        "open source maintainer",
        "civil servant in the tax office",
    ),
    "mutual aid": (
        "charity fundraiser",
        "food bank volunteer",
        "political party canvasser",
        "crowdfunding my startup",
        "mutual fund investor",
    ),
}

NAMES_TEXT = """
data engineering: airflow dag|dbt cloud
data engineering: kafka streams|apache flink|airbyte
data engineering: apache iceberg|delta lake|apache hudi|amazon redshift|aws glue
data engineering: medallion architecture|slowly changing dimension
data engineering: debezium|great expectations
data engineering: etl pipeline|elt pipeline|hadoop cluster|apache beam|trino
data engineering: presto sql
computer science: turing award|acm sigplan|dijkstra's algorithm|np-complete|np-hard
computer science: halting problem|lambda calculus|red-black tree|dynamic programming
computer science: clrs|introduction to algorithms|mit 6.006
computer science: automata theory|computability theory|computational complexity|stoc conference
computer science: focs conference|acm icpc|cs undergrad
computer science: cs phd|edsger dijkstra|ada lovelace
natural language processing: hugging face transformers|word2vec
natural language processing: glove embeddings|part-of-speech tagging
natural language processing: dependency parsing|coling|eacl|semeval
natural language processing: byte-pair encoding|sentencepiece|machine translation
natural language processing: seq2seq
natural language processing: topic modeling|latent dirichlet allocation
natural language processing: coreference resolution|stanford corenlp|fasttext|glue benchmark|superglue
natural language processing: squad dataset
computer vision: opencv|yolov8|wacv|coco dataset
computer vision: mask r-cnn|faster r-cnn|detectron2|segment anything model
computer vision: semantic segmentation|instance segmentation
computer vision: structure from motion|neural radiance fields
computer vision: gaussian splatting|mmdetection|roboflow|open3d
bioinformatics: ncbi blast|genbank|ensembl|samtools|bwa-mem|gatk
bioinformatics: bedtools|snakemake|nextflow|nf-core|single-cell rna sequencing|deseq2|scanpy
bioinformatics: protein data bank|uniprot|illumina sequencing|oxford nanopore|pacbio|fastq|fastqc
bioinformatics: vcf file|genome assembly|phylogenetic tree|multiple sequence alignment
bioinformatics: ismb conference|gwas
network engineering: ccna|ccnp|ccie|juniper junos|bgp peering|ospf|eigrp|mpls|vlan
network engineering: vxlan|sd-wan|palo alto firewall|fortigate
network engineering: meraki|ubiquiti unifi|mikrotik|routeros|subnetting
network engineering: nanog|ripe ncc|packet tracer|gns3|eve-ng
network engineering: cidr notation|layer 3 switch
technical writing: writethedocs|oxygen xml editor
technical writing: sphinx docs|read the docs|mkdocs|docusaurus|antora|asciidoc|restructuredtext
technical writing: diátaxis
technical writing: api reference docs
technical writing: docs engineer|adobe framemaker
technical writing: framemaker|paligo|gitbook|readme.io
optometry: general optical council
optometry: optical coherence tomography|oct scan|slit lamp|retinoscopy|phoropter|visual field test
optometry: orthokeratology|ortho-k|scleral lenses|binocular vision|amblyopia treatment
optometry: keratoconus|vision express optometrist|low vision clinic
optometry: contact lens optician|fellow of the aao
electrical engineering: ieee spectrum|switchgear
electrical engineering: transformer protection|protection relay|ladder logic
electrical engineering: matlab simulink|pspice|multisim|etap|digsilent powerfactory|pscad
electrical engineering: three-phase power|fault current|load flow analysis|arc flash study
electrical engineering: control theory
electrical engineering: smith chart
biomedical engineering: bmes|embc conference|ieee embs|iso 13485|iec 60601
biomedical engineering: fda 510(k)|510(k) clearance|eu mdr|design controls|biomaterials
biomedical engineering: neuroprosthetics|cochlear implant|pacemaker design
biomedical engineering: organ-on-a-chip
biomedical engineering: microfluidics|orthotics
materials science: metallurgist
materials science: xrd analysis
materials science: sem imaging|tem imaging
materials science: differential scanning calorimetry|tensile testing|fracture mechanics|phase diagram
materials science: grain boundaries|thin film deposition|sputtering
materials science: perovskite|graphene|superalloys|mrs fall meeting
materials science: tms annual meeting|asm international
materials science: nace
semiconductors: tsmc|asml|euv lithography|intel foundry|globalfoundries|samsung foundry|applied materials
semiconductors: lam research|tokyo electron|kla corporation|cadence virtuoso|synopsys
semiconductors: rtl design|tapeout|tape-out|finfet|gate-all-around|gaafet|3nm node|2nm node|wafer fab
semiconductors: chip fab|semicon west|hot chips conference|isscc|chiplet|chiplets
semiconductors: advanced packaging|cowos|moore's law|photolithography|nand flash
telecommunications: 3gpp|5g nr|5g core|lte network|o-ran alliance|ran engineer
telecommunications: rf planning|drive testing|ericsson|gsma
telecommunications: itu-t|ftth|fttp|gpon|dwdm|submarine cable|subsea cable
telecommunications: mvno|small cells|massive mimo|mmwave|voip|sip trunking|ims core
telecommunications: telco cloud|tower climber
electric vehicles: supercharger network
electric vehicles: electrify america|chargepoint|ccs charger|chademo|nacs connector|type 2 charger|phev
electric vehicles: hyundai ioniq 5|ioniq 5|vw id.4|polestar 2|rivian r1t|lucid air|nissan leaf
electric vehicles: byd seal|byd dolphin|fully charged show|electrek|insideevs|plugshare
electric vehicles: abetterrouteplanner|a better routeplanner
microbiology: e. coli k-12
microbiology: staphylococcus aureus|mrsa|streptococcus|pseudomonas aeruginosa|mycobacterium tuberculosis
microbiology: bacillus subtilis|gram-negative|gram-positive|agar plate
microbiology: colony forming units|16s rrna sequencing|bacteriophage|phage therapy
microbiology: biosafety level 2|bsl-2|bsl-3|maldi-tof
microbiology: laminar flow hood
biotechnology: genentech|amgen|moderna|biontech|regeneron
biotechnology: car-t therapy|cell therapy|monoclonal antibody|biosimilar
biotechnology: biosimilars|bioreactor|bioprocessing|upstream processing|downstream processing|cho cells
biotechnology: igem
biotechnology: jp morgan healthcare conference|xbi etf
biotechnology: endpoints news
immunology: t cells|t-cell|cd4 t cells|cd8 t cells|b cells|regulatory t cells|tregs|natural killer cells
immunology: nk cells|dendritic cells|macrophages|cytokines|interleukin|il-6|tnf-alpha|mhc class i
immunology: antigen presentation|germinal center|facs sorting|elispot
immunology: adaptive immunity
immunology: toll-like receptors|complement system
marine biology: woods hole oceanographic
marine biology: coral restoration
marine biology: reef check|seagrass meadows|kelp forest|cetacean research|humpback whale
marine biology: orca research|sargassum
marine biology: pinnipeds|cephalopods|nudibranch|nudibranchs|ocearch|project aware
marine biology: sylvia earle
marine biology: intertidal zone|rockpooling
environmental science: eia report
environmental science: brownfield remediation
environmental science: phytoremediation
environmental science: nepa review|iso 14001
environmental science: habitat survey
environmental science: leachate|stormwater management
environmental science: wetland delineation|ipbes|unep
forensic science: latent fingerprints|afis|codis|str profiling|luminol
forensic science: ballistics expert|chain of custody
forensic science: aafs|body farm
geography: american association of geographers
geography: cartographer|cartographers|arcgis|qgis|esri
geography: gis analyst|geoguessr|fluvial geomorphology
geography: mercator projection
occupational therapy: cota/l|aota
occupational therapy: rcot
occupational therapy: ayres sensory integration
occupational therapy: adl training|fine motor skills
occupational therapy: splint fabrication|ot practitioner
occupational therapy: model of human occupation|moho|kawa model
occupational therapy: wheelchair seating assessment|home modifications|ergotherapist
speech therapy: rcslt
speech therapy: ccc-slp|slpa|aac device
speech therapy: augmentative and alternative communication|proloquo2go|lamp words for life|dysphagia
speech therapy: childhood apraxia
speech therapy: fluency shaping|lsvt loud|hanen program|modified barium swallow
speech therapy: fees swallow study|slp grad student|language delay
radiology: sonographers|rsna
radiology: ecr vienna
radiology: pacs system|dicom|ct scanner|mri scanner
radiology: mammography|fluoroscopy|pet-ct
radiology: arrt|rad tech|x-ray tech
radiology: ultrasound tech|hounsfield units|radiopaedia
emergency medicine: acep|rcem|acem|eusem
emergency medicine: emcrit|life in the fast lane|litfl|em residency
emergency medicine: resus bay|rapid sequence intubation|atls|acls|door-to-needle|pocus
emergency medicine: sepsis bundle|code stroke|stemi alert
paramedics: emts|emt-b|emt-p|aemt|national registry emt
paramedics: ambulance technician|emergency medical technician
paramedics: hems|air ambulance|london ambulance service|naemt
paramedics: pre-hospital emergency medicine|ambo|rettungsdienst|rapid response vehicle
paramedics: ems week|ems1|jems|lifepak
surgery: rcs england|facs
surgery: scrub tech
surgery: or nurse
pediatrics: paediatricians
pediatrics: neonatologist
pediatrics: rcpch|paediatric registrar
pediatrics: great ormond street hospital
pediatrics: sickkids|well-child visit
palliative care: hospice nurses
palliative care: death doulas
palliative care: advance directive|dnacpr|cicely saunders
palliative care: st christopher's hospice|aahpm|nhpco|hospice uk|death cafe|dying matters week
palliative care: bereavement support worker|syringe driver
palliative care: compassionate communities
dermatology: mohs surgeon
dermatology: eadv
dermatology: psoriasis treatment|melanoma screening|skin cancer check
dermatology: biologics for psoriasis|jaad
firefighting: smokejumpers|fdny
firefighting: lafd|cal fire|iaff|nfpa|turnout gear|bunker gear|scba
firefighting: jaws of life|ladder company|engine company|hazmat team
humanitarian aid: international committee of the red cross|icrc
humanitarian aid: world food programme|ocha|un ocha|care international
humanitarian aid: mercy corps|islamic relief
humanitarian aid: action against hunger|sphere standards|cluster system
humanitarian aid: reliefweb|devex
humanitarian aid: shelter cluster
special education: send teacher
special education: iep meeting|iep goals
special education: 504 plan|resource room
special education: self-contained classroom|inclusion teacher
special education: paraeducator|council for exceptional children|nasen|teacch
special education: behaviour support plan
early childhood education: early years practitioner
early childhood education: childcare worker|nursery nurse|nursery manager
early childhood education: montessori teacher|reggio inspired
early childhood education: naeyc
early childhood education: loose parts play|ece teacher
early childhood education: cache level 3
plumbing: journeyman plumber|apprentice plumber
plumbing: boiler installer|worcester bosch|vaillant boiler
plumbing: combi boiler install|unvented cylinder|pex crimp|sharkbite fittings
plumbing: press fittings|viega propress|ridgid tools|backflow prevention|backflow tester
plumbing: water heater install|tankless water heater
plumbing: ciphe|wras approved|p-trap|compression fitting
electrician: sparkies
electrician: ibew|bs 7671|consumer unit|napit
electrician: conduit bender|klein tools|wago connectors|megger test
electrician: knob and tube rewire|am2 assessment|ecs card|jib grading
welding: smaw|gmaw|gtaw|fcaw
welding: lincoln electric|miller electric|esab|6g certified|6g pipe
welding: aws certified welder
welding: stacking dimes|7018 rod|6010 root|aluminum tig|plasma cutter|metal fabricator
auto mechanics: master technician
auto mechanics: ase master tech|snap-on tools
auto mechanics: snap-on truck|matco tools|mac tools|obd2 scanner|obd-ii|autel scanner|launch x431
auto mechanics: timing belt replacement|head gasket job|transmission rebuild|alldata|mitchell 1|flat rate tech
auto mechanics: flat-rate pay|shop foreman
hairdressing: master barber|colorist
hairdressing: babylights|foilyage|wella professionals|redken
hairdressing: l'oréal professionnel|schwarzkopf professional|goldwell|toni & guy|toni and guy|vidal sassoon
hairdressing: behindthechair|skin fade|taper fade|cosmetologist
hairdressing: cosmetology school|keratin treatment|brazilian blowout
insurance: lloyd's market|underwriters|reinsurer
insurance: acii|cpcu
insurance: actuaries|solvency ii|munich re|swiss re|hannover re
insurance: marsh mclennan|willis towers watson|gallagher re|state farm agent
ecommerce: shopify plus|bigcommerce
ecommerce: amazon seller central|dropshipper|d2c brand|gorgias
ecommerce: recharge subscriptions|shopify apps
ecommerce: abandoned cart emails|third-party logistics|shipstation|printful|print on demand
ecommerce: mercado libre seller
event planning: destination management company
event planning: cmp certified|certified meeting professional|pcma
event planning: run of show|cvent
event planning: bizzabo|bizbash|imex frankfurt|imex america|ibtm world
event planning: exhibition stand design|trade show booth
compliance: know your customer
compliance: enhanced due diligence|ofac
compliance: soc 2 type ii|acams
compliance: cams certified|mlro|suspicious activity report|sar filing|fatf|mifid ii|dodd-frank
compliance: fincrime|transaction monitoring
interior design: asid|bida|iida|ncidq
interior design: elle decor|house beautiful|dwell magazine|milan design week
interior design: salone del mobile|maison&objet|maison et objet|ff&e
interior design: furniture fixtures and equipment|kelly wearstler|studio mcgee|joanna gaines
interior design: houzz|kips bay decorator show house
instructional design: articulate 360|adobe captivate|scorm|xapi|tin can api
instructional design: cornerstone ondemand|docebo|litmos|sam model
instructional design: bloom's taxonomy|kirkpatrick model|gagne's nine events|merrill's principles|cathy moore
instructional design: action mapping|elearning developer
instructional design: association for talent development|devlearn
cross stitch: dmc floss|anchor threads|14 count aida
cross stitch: 18 count aida|evenweave|zweigart|heaven and earth designs|hoop art|backstitching
cross stitch: needleminder|floss tube
cross stitch: lakeside linens
cross stitch: mill hill beads|counted thread
jewellery making: silversmiths|metalsmiths|bench jeweler
jewellery making: wire wrapped|sterling silver sheet|cookson gold
jewellery making: bezel setting|prong setting|ring mandrel
jewellery making: tumble polishing|beadweaving|bead weaving|miyuki delica
jewellery making: cloisonné
leatherworking: veg tan
leatherworking: pricking irons|stitching chisels|tokonole|wickett and craig
leatherworking: buckleguy|sheridan style carving|skiving knife|round knife|waxed thread|ritza tiger thread
leatherworking: barry king tools
leatherworking: craft sha tools|kyoshin elle|vergez blanchard|stitching pony
leatherworking: edge beveler|edge bevelers|swivel knife
scrapbooking: cricut joy|sizzix|big shot die cutter|heat embossing|distress inks|tim holtz
scrapbooking: american crafts|ephemera pack|crop night|stampin up
scrapbooking: altenew|spellbinders|we r memory keepers|washi tape
scrapbooking: 12x12 layout|patterned paper pad|crop weekend|simple stories|heidi swapp
scrapbooking: doodlebug design
origami: senbazuru|thousand paper cranes
origami: paper crane|paper cranes|satoshi kamiya|akira yoshizawa
origami: tant paper|kami paper|washi paper|yoshizawa-randlett
bookbinding: coptic binding
bookbinding: perfect binding by hand|kettle stitch|signatures sewn
bookbinding: bone folder|bookcloth|endpapers|headbands and tailbands
bookbinding: renegade bindery|hand bound|handbound
bookbinding: davey board|pva glue binding|finishing tools gilding
scale modelling: trumpeter kit|meng model
scale modelling: bandai gunpla|high grade gundam|sprues|sprue cutters|panel line|panel lining
scale modelling: tamiya extra thin|mr surfacer|mr hobby|ak interactive|mig ammo
scale modelling: ipms|kitbash
miniature painting: minipainting|citadel contrast
miniature painting: vallejo game color|zenithal
miniature painting: golden demon|scale75|pro acryl
miniature painting: squidmar|vince venturella|duncan rhodes|sorastro|ninjon
antiques: bargain hunt
antiques: sterling hallmarks|georgian furniture
antiques: victorian furniture|regency furniture|sheraton furniture|wedgwood jasperware|royal doulton
antiques: moorcroft|staffordshire pottery|art nouveau lamp|tiffany lamp|longcase clock|bonhams
antiques: christie's auction|sotheby's|lyon & turnbull|the saleroom|liveauctioneers
antiques: ormolu|marquetry
fountain pens: ink swatch|pelikan souverän
fountain pens: lamy 2000|pilot custom 823|pilot metropolitan
fountain pens: pilot iroshizuku|iroshizuku|platinum 3776|twsbi eco|twsbi vac700
fountain pens: montblanc meisterstück|montblanc 149|parker 51|esterbrook|j. herbin
fountain pens: jherbin|kaweco sport|nib grind|stub nib|flex nib|tomoe river
fermentation: scoby|jun tea|kefir grains
fermentation: milk kefir|koji|aspergillus oryzae|shio koji|miso making|homemade miso|garum
fermentation: airlock lid|sandor katz
fermentation: ginger bug|brine ratio
fermentation: pickle pipe
cheese: affinage
cheese: washed rind|bloomy rind|natural rind|gruyère|roquefort
cheese: stilton|parmigiano reggiano|manchego|époisses|reblochon|taleggio|camembert de normandie|brie de meaux
cheese: curds and whey|fromagerie
cake decorating: gumpaste
cake decorating: gum paste|modelling chocolate|swiss meringue buttercream
cake decorating: piping bag|piping tips|wilton tips|russian piping tips
cake decorating: edible image|edible glitter|isomalt
cake decorating: sugar sheet
gin: london dry|g&t
gin: hendrick's|tanqueray|bombay sapphire
gin: sipsmith|monkey 47
gin: whitley neill
food photography: prop stylist
food photography: flat lay food
food photography: rachel korinek|joanie simon|bite shot
food photography: replica surfaces
food photography: foodstylist
bonsai: saikei
bonsai: root over rock|bunjin|informal upright
bonsai: kokufu ten|kokufu|ryan neil|walter pall
bonsai: concave cutter|wiring branches
permaculture: permaculture design certificate|food forests
permaculture: syntropic agriculture|keyline design
permaculture: chop and drop|no dig gardening|bill mollison|david holmgren
permaculture: geoff lawton|toby hemenway|martin crawford|zaytuna farm|permies|permies.com|sheet mulching
permaculture: lasagna gardening|three sisters planting|plant guilds|fruit tree guild
wildlife photography: 600mm f4|500mm pf|150-600mm|sigma 150-600
wildlife photography: tamron 150-600|sony 200-600|gimbal head|wimberley
wildlife photography: bird in flight|lenscoat
metal detecting: minelab|minelab manticore|xp deus
metal detecting: deus ii|nokta makro|garrett at pro|garrett ace|fisher f75
metal detecting: garrett pro-pointer|hammered coin|hammered coins|portable antiquities scheme
metal detecting: treasure act
metal detecting: iron bleeding|vdi numbers
geocaching: groundspeak|cgeo|trackables
geocaching: wherigo|letterbox hybrid
geocaching: dnf log
geocaching: project gc
rockhounding: lake superior agates
rockhounding: thundereggs|geode|geodes|mineral specimens|crystal digging
rockhounding: herkimer diamonds|cabochon|cabochons|rock tumbling|lortone
rockhounding: tucson gem and mineral show|mindat|mindat.org
rockhounding: petrified wood|fluorite specimen|amethyst geode|jasper and agate|gem and mineral club
paddleboarding: sup yoga|sup racing
paddleboarding: downwinding|starboard sup|naish sup
paddleboarding: aqua marina sup|bluefin sup|sup club
bushcraft: mors kochanski|dave canterbury|ferrocerium rod|firesteel
bushcraft: bow drill|hand drill fire|char cloth|feather sticks
bushcraft: a-frame tarp|dd hammock|dd tarp|morakniv|mora companion|gransfors bruks
bushcraft: hultafors axe|woodlore
caving: spelunker|spelunkers|speleologists|potholer
caving: potholers|srt kit|cave surveying|sump diving
caving: ogof ffynnon ddu|gaping gill|lechuguilla
caving: national speleological society|petzl stop
caving: speleo
paragliding: ppg pilot|hang glider|hang gliders
paragliding: thermalling|xcontest|speedflying
paragliding: ozone paragliders|gin gliders|nova paragliders|niviuk|bhpa
paragliding: ushpa|red bull x-alps|x-alps
paragliding: gleitschirmflieger
freediving: cwt dive|fim dive|no fins dive
freediving: bifins|frenzel|aida international
freediving: alexey molchanov|natalia molchanova|william trubridge|alessia zecchini|vertical blue
freediving: dean's blue hole|deans blue hole
freediving: apnea training
poker: texas holdem|hold'em|omaha hi lo
poker: ggpoker|partypoker|888poker
poker: preflop|3-bet|4-bet|gto wizard|piosolver
poker: hendon mob|daniel negreanu|phil ivey|phil hellmuth
bridge card game: stayman|jacoby transfer
bridge card game: blackwood convention|roman keycard blackwood|no trump opening|1nt opening|grand slam bid
bridge card game: small slam|masterpoints|bermuda bowl
magic gathering card game: mtgo|commander format
magic gathering card game: draft booster|set booster|collector booster
magic gathering card game: planeswalkers|mana curve|mythic rare|black lotus|moxen
magic gathering card game: scryfall|edhrec|moxfield|archidekt|mtggoldfish|pauper format
magic gathering card game: pioneer format|vintage cube|mtg spoilers
pokemon: eevee|mewtwo|gengar|shiny hunt
pokemon: game freak
pokemon: smogon|illustration rare|special illustration rare
pokemon: elite trainer box
speedcubing: rubik cube|wca competition|cfop|fridrich method|zz method
speedcubing: 3x3 average|ao12|skewb|gan 356|moyu weilong|qiyi cube|max park
speedcubing: feliks zemdegs|yusheng du|j perm|jperm|blindfolded cubing|3bld|cstimer|cubeshop
escape rooms: clue hq|breakout games
escape rooms: terpeca|exit game
escape rooms: unlock! game
escape rooms: red paper heart
pub quiz trivia: learnedleague|tournament of champions jeopardy
pub quiz trivia: brain of britain|qi elves|world quizzing championships|international quizzing association
pub quiz trivia: music round
pub quiz trivia: tiebreaker question
pub quiz trivia: quiz question writer|buzzer round
retro video games: super nintendo
retro video games: super famicom|nintendo 64|sega saturn|master system
retro video games: game boy advance|neo geo|pc engine|turbografx|commodore 64|zx spectrum
retro video games: amiga 500|playstation 1|crt tv|crt monitor|trinitron|pvm monitor|everdrive
retro video games: analogue pocket|miyoo mini|cartridge collection|famicom
smart home automation: homeassistant|zigbee|zigbee2mqtt|zwave
smart home automation: matter protocol|thread border router|node-red|nodered|openhab
smart home automation: homey pro|apple homekit|ikea dirigera|shelly relay|shelly plug|sonoff|tuya
smart home automation: aqara sensors|ecobee|nest thermostat
homesteading: smallholders|off grid living
homesteading: root cellar|water bath canning|ball canning
homesteading: meat chickens|cornish cross|dairy goats|nigerian dwarf goats|kunekune pigs
homesteading: mother earth news|justin rhodes|roots and refuge
homesteading: meat rabbits|family milk cow
upcycling: annie sloan|annie sloan chalk paint|rust-oleum chalked|dixie belle paint|fusion mineral paint
upcycling: decoupage paper|iod transfers|iron orchid designs|furniture makeover
upcycling: dresser makeover|curb alert|kerbside find|pallet furniture|pallet projects
upcycling: upcycled fashion|upcycled denim|refashion|refashioned
backyard chickens: chicken keepers
backyard chickens: point of lay|pullets
backyard chickens: bantams|silkie|silkies|orpingtons|wyandotte|australorp
backyard chickens: marans|easter egger|cream legbar|british hen welfare trust
reptiles: reptile keepers|ball pythons
reptiles: royal python|leopard geckos|leo gecko|crested geckos|gargoyle gecko
reptiles: western hognose|blue tongue skink|blue tongued skink
reptiles: carpet python|red-eared slider|sulcata tortoise|hermann's tortoise
reptiles: bioactive vivarium|bioactive enclosure|vivarium|vivariums|arcadia reptile|zoo med|uvb t5
reptiles: reptile expo|hamm reptile show|morph market|morphmarket
dog training: loose leash walking|reactive dogs|leash reactivity
dog training: heelwork to music|schutzhund|mondioring|iaabc
dog training: kikopup|susan garrett|zak george|victoria stilwell
dog training: karen pryor|denise fenzi
dog training: absolute dogs
parrots: african greys|cockatoos
parrots: budgerigar|budgerigars|blue and gold macaw|green-cheeked conure
parrots: sun conure|conures|eclectus|caique
parrots: foraging toys|harrison's bird food|avian vet|aviaries
parrots: flock call
skydiving: tandem skydive|tandem jump|accelerated freefall
skydiving: uspa|wingsuiting
skydiving: freeflying|vertical wind tunnel|ifly|base jumper
skydiving: packing my rig|reserve ride|skydive dubai|skydive spain|parachutiste
blacksmithing: bladesmiths|knifemaker
blacksmithing: knifemakers
blacksmithing: gas forge|peddinghaus|hardy tool|swage block
blacksmithing: san mai|quenching oil|1084 steel|52100 steel|abana
falconry: harris hawk|harris hawks|harris's hawk|raptor centre
falconry: anklets and jesses
falconry: manning a hawk
falconry: marshall telemetry
tiny house living: bryce langston|container home
tiny house living: shipping container home|microhouse
violin: jascha heifetz|yehudi menuhin|joshua bell|nicola benedetti|janine jansen|maxim vengerov|david oistrakh
violin: niccolò paganini|paganini caprices|stradivarius|stradivari|guarneri del gesù
violin: kreutzer etudes|sevcik exercises|lindsey stirling|alison krauss fiddle
violin: concertmistress|chinrest|spiccato|col legno|james ehnes
violin: augustin hadelich|leonidas kavakos
cello: mstislav rostropovich|pablo casals|steven isserlis|alisa weilerstein|mischa maisky|gautier capuçon
cello: hauser cellist|endpin
cello: piatti caprices|popper etudes
cello: apocalyptica|pieter wispelwey|truls mørk|kian soltani|julian lloyd webber|zara nelsova
cello: cellist wanted
saxophone: kenny garrett|michael brecker|joshua redman|candy dulfer|selmer mark vi|yanagisawa|vandoren reeds
saxophone: rico reeds|otto link mouthpiece|meyer mouthpiece|altissimo
saxophone: ligature and reed|johnny hodges|paul desmond|art pepper|jan garbarek
saxophone: maceo parker|clarence clemons
saxophone: jody espina|theo wanne
ukulele: ukelele chords|uke chords|uke players|israel kamakawiwo'ole|jake shimabukuro
ukulele: koaloha|kanile'a
ukulele: aquila strings|worth strings|uke jam|soprano uke|tenor uke
ukulele: gcea tuning|low g tuning
soul rhythm and blues: stax records|aretha franklin|marvin gaye|otis redding
soul rhythm and blues: stevie wonder|sam cooke|al green|luther vandross|mary j. blige|erykah badu|d'angelo
soul rhythm and blues: alicia keys|usher raymond|h.e.r.|daniel caesar|brent faiyaz|jhené aiko|summer walker
soul rhythm and blues: giveon|boyz ii men|jodeci|destiny's child|aaliyah|anita baker|quiet storm|slow jams
soul rhythm and blues: wigan casino|isley brothers|earth wind & fire
gospel music: kirk franklin|tasha cobbs leonard|cece winans|bebe winans|mahalia jackson|yolanda adams
gospel music: fred hammond|donnie mcclurkin|marvin sapp|tye tribbett|hillsong united
gospel music: chris tomlin|lauren daigle|for king & country|kari jobe|phil wickham|brandon lake
gospel music: stellar awards|dove awards
latin music: cumbia|salsa dura|timba|bossa nova|vallenato|bad bunny|j balvin
latin music: karol g|daddy yankee|ozuna|rauw alejandro|peso pluma|shakira|marc anthony|celia cruz|héctor lavoe
latin music: willie colón|tito puente|romeo santos|juan luis guerra|fania records|buena vista social club
latin music: premios lo nuestro|corridos tumbados|mariachi
latin music: norteño|banda sinaloense|grupo frontera|perreo|dembow|salsa romántica|clave rhythm
songwriting: cowrite|cowriting|topliner|toplining
songwriting: ascap|prs for music
songwriting: songtrust|sync placement|lyric sheet|diane warren
songwriting: bob dylan lyrics|ivor novello awards|pat pattison|song structure
horror: slasher|slashers|found footage
horror: john carpenter|wes craven|mike flanagan|clive barker|h.p. lovecraft|lovecraftian|shirley jackson
horror: dario argento|george a. romero|blumhouse|fangoria|bloody disgusting|halloween franchise
horror: the exorcist|texas chainsaw massacre|friday the 13th|midsommar|the conjuring
horror: scream franchise|final girl|giallo film
romance novels: slow burn
romance novels: forced proximity|fake dating|grumpy sunshine
romance novels: harlequin|mills & boon|mills and boon
romance novels: entangled publishing|ali hazelwood|tessa bailey|abby jimenez
romance novels: julia quinn|nora roberts|nicholas sparks|lucy score|helen hoang|jasmine guillory
romance novels: ritas award
crime fiction: whodunit|cozy mysteries|scandi noir
crime fiction: tartan noir|hercule poirot
crime fiction: miss marple|raymond chandler|dashiell hammett|patricia highsmith|ian rankin|val mcdermid
crime fiction: tana french|michael connelly|lee child|jack reacher|harlan coben|jo nesbø|henning mankell
crime fiction: stieg larsson|ruth rendell|p.d. james|dorothy l. sayers|richard osman|thursday murder club
crime fiction: louise penny|ann cleeves|cwa dagger|edgar awards|bouchercon
children's books: julia donaldson|the gruffalo|dr. seuss
children's books: roald dahl|eric carle|mo willems|david walliams|jacqueline wilson|judith kerr
children's books: the very hungry caterpillar|a.a. milne|winnie-the-pooh|carnegie medal|kate greenaway medal
children's books: caldecott medal|newbery medal|booktrust|storytime|children's laureate
children's books: gruffalo|zog julia donaldson|elmer the elephant
children's books: paddington bear books|goodnight moon|giraffes can't dance
young adult fiction: ya novel
young adult fiction: ya authors|yalit|ya debut
young adult fiction: the hunger games|suzanne collins|john green|veronica roth|cassandra clare
young adult fiction: the mortal instruments|maggie stiefvater|rainbow rowell|angie thomas|the hate u give
young adult fiction: heartstopper|alice oseman|holly jackson|printz award|yallfest
classic films: pre-code
classic films: the criterion channel|billy wilder|orson welles|john ford|howard hawks|frank capra
classic films: charlie chaplin|buster keaton|humphrey bogart|lauren bacall|bette davis|katharine hepburn
classic films: cary grant|audrey hepburn|marilyn monroe|ingrid bergman|marlene dietrich|greta garbo
classic films: sunset boulevard|some like it hot|rear window|technicolor
screenwriting: loglines
screenwriting: nicholl fellowship|austin film festival|sundance screenwriters lab
screenwriting: writers guild of america|bbc writersroom|coverfly|celtx|writerduet|fade in software
screenwriting: robert mckee|syd field|aaron sorkin|nora ephron|phoebe waller-bridge|table read|pilot script
screenwriting: tv pilot|slugline|scene heading
nascar: craftsman truck series|talladega superspeedway
nascar: coca-cola 600|southern 500
nascar: brickyard 400|team penske
nascar: jeff gordon
nascar: richard petty|chase elliott|kyle larson|denny hamlin|ryan blaney|joey logano
nascar: william byron|bubba wallace|kevin harvick|tony stewart|late model stock
nascar: arca menards series|superspeedway|restrictor plate
rallying: rallye monte-carlo
rallying: codriver|sébastien loeb|sébastien ogier|kalle rovanperä
rallying: thierry neuville|colin mcrae|richard burns|walter röhrl|ott tänak|elfyn evans|petter solberg
rallying: michèle mouton|hyundai motorsport|toyota gazoo racing|m-sport|subaru impreza wrc
rallying: lancia delta integrale|audi quattro s1
karting: rotax max challenge|iame x30
karting: tillotson t4|tonykart|tony kart|birel art|kr motors|cik-fia
karting: wsk super master|skusa|british kart championships
karting: kart chassis|kart tyres
motocross: sx and mx|gncc|erzbergrodeo|ricky carmichael
motocross: jeremy mcgrath|james stewart supercross|ryan dungey|eli tomac|ken roczen|jett lawrence
motocross: hunter lawrence|chase sexton|cooper webb|jeffrey herlings|antonio cairoli|yzf450|yz250
motocross: crf450r|kx250|husqvarna fc|450f
motocross: mx gear|fox racing|pit bike
sim racing: assetto corsa
sim racing: rfactor|automobilista 2|ams2|gran turismo 7
sim racing: thrustmaster t300|logitech g29|logitech g923|heusinkveld|direct drive wheel
sim racing: cockpit rig
sim racing: crew chief app|le mans virtual
handball: ehf euro|ihf world championship
handball: thw kiel|sg flensburg-handewitt|fc barcelona handbol
handball: mikkel hansen|nikola karabatić|karabatic|niklas landin|andreas wolff
handball: dika mem|ludovic fabregas|seven-metre throw|handbal|håndbold|lisa antl
handball: cristina neagu|stine bredal oftedal|györi audi eto|vipers kristiansand
field hockey: astroturf pitch|water-based pitch
field hockey: kookaburra sticks|osaka sticks
field hockey: luciana aymar|harmanpreet singh|sreejesh|eva de goede
field hockey: arthur van doren
netball: australian diamonds
netball: goal defence|wing attack
netball: anz premiership|sunshine coast lightning
netball: melbourne vixens|nsw swifts|west coast fever|adelaide thunderbirds|loughborough lightning
netball: manchester thunder|london pulse|irene van dyk|jhaniele fowler|helen housby
netball: geva mentor
fencing: épéeist
fencing: balestra|historical european martial arts|longsword
fencing: aldo montano|valentina vezzali|aron szilagyi|lee kiefer|miles chamley-watson
fencing: daryl homer|bebe vio
fencing: leon paul
archery: nfaa|vegas shoot|indoor world series|win&win
archery: carbon express arrows|fletching|nock point|finger tab|release aid
archery: portsmouth round|wa 720|york round|brady ellison|mete gazoz|kim woo-jin|deepika kumari|ella gibson
figure skating: nhk trophy|quad axel|salchow|biellmann spin|camel spin|layback spin
figure skating: kiss and cry|yuzuru hanyu|nathan chen|ilia malinin|kaori sakamoto
figure skating: kamila valieva|alysa liu|javier fernández|tessa virtue|scott moir|torvill and dean
figure skating: michelle kwan|katarina witt|evgeni plushenko|adam rippon
mountain biking: enduro world series|uci mtb world cup|red bull rampage|crankworx
mountain biking: trail center|flow trail
mountain biking: fox 36|rockshox|specialized stumpjumper|yeti cycles|trek fuel ex
mountain biking: orbea occam|commencal|canyon spectral|pinkbike|trailforks|rachel atherton
mountain biking: danny macaskill|nino schurter|loïc bruni|aaron gwin|brandon semenuk
kayaking: packraft|canoe sprint|eskimo roll|wet exit
kayaking: paddle uk|british canoeing|american canoe association|icf canoe|spray deck|spraydeck
kayaking: wavesport|wilderness systems|old town canoe
kayaking: werner paddles|boundary waters|devizes to westminster|dw race|greenland paddle|river grade iii
kayaking: kayak polo
local history: parish registers|tithe map|tithe maps|ordnance survey old maps|enclosure maps|blue plaque
local history: blue plaques|civic society
local history: county record office|census returns
ancient history: classicists|classics degree
ancient history: assyriology|roman republic|herodotus|thucydides
ancient history: tacitus|livy|alexander the great|hannibal barca|pericles|fall of rome|punic wars
ancient history: peloponnesian war|bronze age collapse|linear b|greco-roman|roman legion
ancient history: roman legions|the aeneid|virgil's aeneid|plutarch|suetonius
ancient history: polybius|augustan rome|minoan civilisation|mycenaean
medieval history: high middle ages|early middle ages|late middle ages
medieval history: crusades|carolingian|merovingian|hundred years' war|black death
medieval history: illuminated manuscript|book of kells|canterbury tales|chaucer
medieval history: eleanor janega|janina ramirez
medieval history: eleanor of aquitaine|william the conqueror|richard the lionheart
medieval history: abbey cartulary
medieval history: palaeography|paleography
second world war history: operation barbarossa
second world war history: operation overlord|battle of the bulge|pearl harbor
second world war history: battle of midway|iwo jima|okinawa campaign|dunkirk evacuation
second world war history: enigma machine|franklin d. roosevelt|dwight d. eisenhower|bernard montgomery
second world war history: erwin rommel|george s. patton|holocaust memorial day|anne frank
second world war history: nuremberg trials|band of brothers
homelessness: rough sleepers
homelessness: crisis uk|st mungo's|centrepoint|the big issue
homelessness: big issue seller|simon community
homelessness: no fixed abode|sofa surfing
homelessness: hostel keyworker|emmaus community|depaul uk|glide foundation
racial justice: white supremacy
racial justice: color of change|ibram x. kendi|george floyd
racial justice: breonna taylor|say her name|runnymede trust|kick it out
racial justice: martin luther king jr.|malcolm x|rosa parks|ella baker|fannie lou hamer
addiction recovery: alcoholics anonymous|narcotics anonymous|twelve steps
addiction recovery: al-anon|big book aa|sponsor aa
addiction recovery: dry january|sobriety date|sobriety chip
addiction recovery: narcan|methadone clinic|suboxone
domestic violence: women's aid
domestic violence: marac|safelives|white ribbon|respect helpline
domestic violence: dv survivor|abuse survivor|women's shelter|femicide
domestic violence: clare's law|refuge worker
domestic violence: survivors of abuse
domestic violence: stalking advocacy|women's aid federation
indigenous rights: landback
indigenous rights: mmiwg|orange shirt day|undrip
indigenous rights: torres strait islander|uluru statement|the voice referendum|te reo māori
indigenous rights: waitangi tribunal|sami parliament|standing rock|dakota access pipeline
indigenous rights: survival international|cultural survival|ndn collective|winona laduke|idle no more
indigenous rights: wet'suwet'en|decolonisation
international development: aid workers
international development: brac|oecd dac
international development: idrc|m&e|monitoring and evaluation|meal officer|theory of change|logframe
international development: wash programme
free speech: book bans|pen america|article 19
free speech: committee to protect journalists|big brother watch|section 230
free speech: blasphemy laws|prior restraint|heckler's veto|marketplace of ideas|je suis charlie
free speech: pen international|first amendment lawyer
free speech: first amendment rights|book banning|book challenges|areopagitica
free speech: freedom of the press
buddhism: vajrayana|nichiren|soka gakkai
buddhism: eightfold path|dogen|triratna|fpmt|pali canon|sutta|suttas
buddhism: bhikkhu|bhikkhuni|vesak|sangha retreat|wat phra kaew|bodh gaya|dhamma talk
buddhism: lojong|tonglen|mindfulness of breathing|rinpoche
buddhism: refuge vows|bodhicitta
hinduism: pooja|deepavali|ganesh chaturthi|janmashtami
hinduism: adi shankaracharya|sri aurobindo|chinmaya mission|baps
hinduism: kashi vishwanath|tirupati|kumbh mela|hanuman chalisa|gayatri mantra|satsang|aarti
hinduism: sanatani|bhagwat katha|gita jayanti|ram navami|shivling|tulsi puja|hanuman jayanti|bhajans|kirtan
hinduism: bhajan sandhya|yajna|havan|vrindavan|mathura vrindavan|varanasi ghats
scouting: cubs and beavers
scouting: girlguiding
scouting: brownies and rainbows|wagggs|wosm
scouting: woggle|neckerchief|merit badge|order of the arrow|philmont|gilwell park
scouting: kandersteg
freemasonry: ugle|entered apprentice|fellowcraft
freemasonry: shriners international
freemasonry: knights templar masonic|square and compasses|grand master mason
freemasonry: lodge of instruction|installation meeting|provincial grand lodge|demit|masonic temple
freemasonry: prince hall masons|tyler lodge
freemasonry: masonic charitable foundation
civic technology: fixmystreet
civic technology: theyworkforyou|what do they know|open government partnership
civic technology: decidim
civic technology: consul democracy|vtaiwan|audrey tang|code for germany
civic technology: sunlight foundation|open knowledge foundation|ckan|data.gov
mutual aid: little free pantry
mutual aid: buy nothing project|rent strike
mutual aid: skillshare night|dean spade|peter kropotkin|kropotkin
mutual aid: black panther free breakfast|solidarity economy
"""

LEXICON_TEXT = """

# Spanish
ingeniero de datos=data engineer|ingeniera de datos=data engineer|almacén de datos=data warehouse
ciencias de la computación=computer science|algoritmos=algorithms
procesamiento del lenguaje natural=natural language processing
lingüística computacional=computational linguistics|visión artificial=computer vision
visión por computador=computer vision|bioinformática=bioinformatics|genómica=genomics
redes informáticas=computer networking|ingeniero de redes=network engineer|redactor técnico=technical writer
documentación técnica=technical documentation|optometrista=optometrist|óptico=optician
ingeniero eléctrico=electrical engineer|ingeniería eléctrica=electrical engineering
ingeniería biomédica=biomedical engineering|ciencia de materiales=materials science|metalurgia=metallurgy
semiconductores=semiconductors|telecomunicaciones=telecommunications|vehículo eléctrico=electric vehicle
biotecnología=biotechnology|inmunología=immunology|inmunólogo=immunologist
ciencias ambientales=environmental science|ambientólogo=environmental scientist
ambientóloga=environmental scientist|ciencias forenses=forensic science|forense=forensic|geografía=geography
geógrafo=geographer|geógrafa=geographer|terapeuta ocupacional=occupational therapist
terapia ocupacional=occupational therapy|logopeda=speech therapist|logopedia=speech therapy
fonoaudióloga=speech therapist|fonoaudiólogo=speech therapist|radiología=radiology|radiólogo=radiologist
radióloga=radiologist|urgencias=emergency department|urgenciólogo=emergency physician|paramédico=paramedic
técnico en emergencias=emergency medical technician|ambulancia=ambulance|cirugía=surgery|pediatría=pediatrics
cuidados paliativos=palliative care|dermatóloga=dermatologist|dermatología=dermatology|bombero=firefighter
bombera=firefighter|bomberos=firefighters|ayuda humanitaria=humanitarian aid|cooperante=aid worker
educación especial=special education|educación infantil=early childhood education
educadora infantil=early years teacher|guardería=nursery daycare|fontanero=plumber|fontanera=plumber
fontanería=plumbing|electricista=electrician|soldador=welder|soldadura=welding
taller mecánico=car repair garage|peluquera=hairdresser|peluquero=hairdresser|peluquería=hairdressing salon
aseguradora=insurance company|seguros=insurance|corredor de seguros=insurance broker
comercio electrónico=ecommerce|organizadora de eventos=event planner
cumplimiento normativo=regulatory compliance|blanqueo de capitales=money laundering
interiorista=interior designer|diseño instruccional=instructional design
diseñador instruccional=instructional designer
# German
dateningenieur=data engineer|computerlinguistik=computational linguistics
bildverarbeitung=image processing computer vision|maschinelles sehen=computer vision
bioinformatik=bioinformatics|bioinformatiker=bioinformatician|netzwerktechnik=network engineering
netzwerkadministrator=network administrator|technischer redakteur=technical writer
technische redakteurin=technical writer|technische dokumentation=technical documentation|augenoptiker=optician
augenoptikerin=optician|optometristin=optometrist|medizintechnik=biomedical engineering
biomedizintechnik=biomedical engineering|materialwissenschaft=materials science
werkstofftechnik=materials engineering|werkstoffwissenschaft=materials science|halbleiter=semiconductors
halbleiterindustrie=semiconductor industry|telekommunikation=telecommunications|e-auto=electric car
elektromobilität=electric mobility|ladesäule=ev charging station|biotechnologie=biotechnology
immunologie=immunology|umweltwissenschaften=environmental science|umweltingenieur=environmental engineer
forensik=forensic science|rechtsmedizin=forensic medicine|kriminaltechnik=forensic science
geographie=geography|geografie=geography|erdkunde=geography|ergotherapeutin=occupational therapist
ergotherapeut=occupational therapist|ergotherapie=occupational therapy|logopädin=speech therapist
logopäde=speech therapist|logopädie=speech therapy|radiologie=radiology|radiologin=radiologist
radiologe=radiologist|notaufnahme=emergency department|notfallmedizin=emergency medicine
rettungsdienst=ambulance service|rettungssanitäter=paramedic|notfallsanitäter=paramedic
notfallsanitäterin=paramedic|chirurgie=surgery|kinderheilkunde=pediatrics|palliativmedizin=palliative medicine
hospiz=hospice|hautarzt=dermatologist|hautärztin=dermatologist|dermatologie=dermatology|feuerwehr=fire service
feuerwehrmann=firefighter|feuerwehrfrau=firefighter|humanitäre hilfe=humanitarian aid
entwicklungshelfer=aid worker|sonderpädagogik=special education|sonderpädagogin=special education teacher
förderschule=special school|frühpädagogik=early childhood education|erzieherin=early years educator
erzieher=early years educator|kita=daycare nursery|klempner=plumber|sanitärinstallateur=plumber
elektriker=electrician|elektrikerin=electrician|schweißer=welder|schweißen=welding
autowerkstatt=car repair garage|friseurin=hairdresser|friseur=hairdresser|friseursalon=hair salon
versicherung=insurance|versicherungen=insurance|versicherungsmakler=insurance broker|onlinehandel=ecommerce
eventmanagerin=event manager|eventmanager=event manager|veranstaltungsplanung=event planning
geldwäsche=money laundering|innenarchitektur=interior design|lerndesigner=instructional designer
# French
ingénieur data=data engineer|traitement automatique des langues=natural language processing
vision par ordinateur=computer vision|bioinformatique=bioinformatics|ingénieur réseau=network engineer
rédacteur technique=technical writer|rédactrice technique=technical writer|optométriste=optometrist
opticien=optician|opticienne=optician|génie électrique=electrical engineering
ingénieur électricien=electrical engineer|génie biomédical=biomedical engineering
science des matériaux=materials science|métallurgie=metallurgy|semi-conducteurs=semiconductors
télécommunications=telecommunications|télécoms=telecoms|borne de recharge=ev charging station
biotechnologies=biotechnology|immunologiste=immunologist|sciences de l'environnement=environmental science
police scientifique=forensic science|médecine légale=forensic medicine|géographe=geographer
ergothérapeute=occupational therapist|orthophoniste=speech therapist|orthophonie=speech therapy
radiologue=radiologist|manipulateur radio=radiographer|urgentiste=emergency physician
urgences=emergency department|ambulancier=paramedic|ambulancière=paramedic|pédiatrie=pediatrics
soins palliatifs=palliative care|pompier=firefighter|pompiers=firefighters|sapeur-pompier=firefighter
aide humanitaire=humanitarian aid|humanitaire=humanitarian|enseignante spécialisée=special education teacher
éducatrice de jeunes enfants=early years educator|maternelle=nursery school|crèche=daycare nursery
plombier=plumber|plomberie=plumbing|électricien=electrician|électricienne=electrician|soudeur=welder
soudure=welding|garagiste=car mechanic|coiffeuse=hairdresser|coiffeur=hairdresser|coiffure=hairdressing
assureur=insurer|courtier en assurances=insurance broker|commerce en ligne=ecommerce
événementiel=event planning|conformité=compliance|blanchiment d'argent=money laundering
décoratrice d'intérieur=interior decorator|ingénieur pédagogique=instructional designer
ingénierie pédagogique=instructional design
# Italian
ingegnere dei dati=data engineer|informatico=computer scientist
elaborazione del linguaggio naturale=natural language processing|visione artificiale=computer vision
sistemista di rete=network engineer|redattore tecnico=technical writer|redattrice tecnica=technical writer
ottico=optician|ingegnere elettrico=electrical engineer|ingegneria elettrica=electrical engineering
ingegneria biomedica=biomedical engineering|scienza dei materiali=materials science
semiconduttori=semiconductors|telecomunicazioni=telecommunications|colonnina di ricarica=ev charging station
biotecnologie=biotechnology|immunologia=immunology|immunologo=immunologist
scienze ambientali=environmental science|medicina legale=forensic medicine|scienze forensi=forensic science
terapista occupazionale=occupational therapist|logopedista=speech therapist
pronto soccorso=emergency department|soccorritore=paramedic|chirurgia=surgery|cure palliative=palliative care
vigili del fuoco=firefighters|vigile del fuoco=firefighter|pompiere=firefighter
aiuti umanitari=humanitarian aid|insegnante di sostegno=special education teacher
scuola dell'infanzia=nursery school|asilo nido=daycare nursery|idraulico=plumber|elettricista=electrician
saldatore=welder|saldatura=welding|officina=car repair garage|parrucchiera=hairdresser
parrucchiere=hairdresser|assicurazioni=insurance|assicurazione=insurance|commercio elettronico=ecommerce
organizzatrice di eventi=event planner|conformità normativa=regulatory compliance
antiriciclaggio=anti-money laundering|arredatrice=interior designer|architetto d'interni=interior designer
progettista della formazione=instructional designer
# Portuguese
engenheiro de dados=data engineer|ciência da computação=computer science
processamento de linguagem natural=natural language processing|visão computacional=computer vision
engenheiro de redes=network engineer|redator técnico=technical writer
engenharia elétrica=electrical engineering|engenheiro eletricista=electrical engineer
engenharia biomédica=biomedical engineering|ciência dos materiais=materials science
semicondutores=semiconductors|telecomunicações=telecommunications|veículo elétrico=electric vehicle
imunologia=immunology|ciências ambientais=environmental science|ciência forense=forensic science
perito criminal=forensic investigator|fonoaudiologia=speech therapy|terapeuta da fala=speech therapist
radiologista=radiologist|pronto-socorro=emergency department|socorrista=paramedic|dermatologista=dermatologist
bombeiro=firefighter|bombeira=firefighter|bombeiros=firefighters|ajuda humanitária=humanitarian aid
educação especial=special education|educação inclusiva=inclusive education
educação infantil=early childhood education|encanador=plumber|canalizador=plumber|eletricista=electrician
solda=welding|oficina mecânica=car repair garage|cabeleireira=hairdresser|cabeleireiro=hairdresser
seguradora=insurance company|corretor de seguros=insurance broker|comércio eletrônico=ecommerce
loja virtual=online store|produtora de eventos=event planner|lavagem de dinheiro=money laundering
design instrucional=instructional design|designer instrucional=instructional designer

# Spanish
punto de cruz=cross stitch|bordado en punto de cruz=cross stitch embroidery|bisutería=jewellery making
orfebre=goldsmith jeweller|marroquinería=leather goods|talabartero=leatherworker
papiroflexia=origami paper folding
encuadernación=bookbinding|encuadernador=bookbinder|maquetismo=scale modelling|maquetista=scale modeller
pintura de miniaturas=miniature painting|anticuario=antiques dealer|antigüedades=antiques
pluma estilográfica=fountain pen|plumas estilográficas=fountain pens|fermentados=fermented foods
quesería=cheese shop|quesero=cheesemaker|quesera=cheesemaker|repostería creativa=cake decorating
ginebra=gin|fotografía gastronómica=food photography|permacultura=permaculture
fotógrafo de naturaleza=wildlife photographer|detectorista=metal detectorist
paddle surf=paddleboarding|supervivencia=wilderness survival|espeleología=caving|espeleólogo=caver
parapente=paragliding|póker=poker|cubo de rubik=rubik's cube
sala de escape=escape room|videojuegos retro=retro video games|domótica=home automation
autosuficiencia=self sufficiency homesteading|reciclaje creativo=upcycling|gallinero=chicken coop
gallinas=hens chickens
loro=parrot|periquito=budgie|paracaidismo=skydiving|paracaidista=skydiver|herrería=blacksmithing
cetrería=falconry|cetrero=falconer|casa pequeña=tiny house
bordadora=embroiderer|hilo mouliné=embroidery floss|bastidor de bordado=embroidery hoop
joyería artesanal=handmade jewellery|joyera=jeweller|engarzado=stone setting jewellery
cuero curtido vegetal=vegetable tanned leather|artesano del cuero=leatherworker|grullas de papel=paper cranes
plegado de papel=paper folding|encuadernadora=bookbinder|maqueta=scale model|maquetas=scale models
aerógrafo=airbrush|figuras pintadas=painted miniatures|subasta de antigüedades=antiques auction
tinta estilográfica=fountain pen ink|plumín=pen nib|fermentación=fermentation|encurtidos=pickles
chucrut=sauerkraut|quesos curados=aged cheeses|tarta decorada=decorated cake|tónica=tonic water
destilería de ginebra=gin distillery|fotógrafa gastronómica=food photographer|estilismo culinario=food styling
bonsái=bonsai|bosque comestible=food forest|fotografía de fauna=wildlife photography
hide fotográfico=photography hide|detector de metales=metal detector|monedas antiguas=old coins
geocachés=geocaches|ágatas=agates|geodas=geodes|minerales y fósiles=minerals and fossils
tabla de paddle=paddleboard|acampada libre=wild camping|cueva=cave|cuevas=caves|espeleóloga=caver
parapentista=paraglider pilot|apneísta=freediver|buceo en apnea=freediving|torneo de póker=poker tournament
jugador de bridge=bridge player|cartas magic=magic cards|sobres de cartas=booster packs
entrenador pokémon=pokemon trainer|cubo rubik=rubik's cube|escape room=escape room
noche de trivia=trivia night|consolas retro=retro consoles|hogar inteligente=smart home
vida en el campo=country life|huerta familiar=family vegetable garden|muebles restaurados=restored furniture
gallinas ponedoras=laying hens|huevos frescos=fresh eggs|serpiente=snake|tortuga=tortoise
terrario=terrarium reptiles|educación canina=dog training|perro reactivo=reactive dog|agapornis=lovebirds
cacatúa=cockatoo|guacamayo=macaw|salto en tándem=tandem jump|paracaídas=parachute|forja=forge blacksmithing
yunque=anvil|cuchillero=knife maker|halcón=falcon|halcones=falcons|halconero=falconer|ave rapaz=bird of prey
casa diminuta=tiny house|casas pequeñas=tiny houses
# German
kreuzstich=cross stitch|sticken=embroidery stitching|schmuckherstellung=jewellery making
goldschmied=goldsmith|goldschmiedin=goldsmith|lederhandwerk=leatherworking|täschner=leatherworker
papierfalten=origami paper folding|buchbinderei=bookbinding|buchbinder=bookbinder
plastikmodellbau=plastic scale modelling|antiquitäten=antiques|antiquitätenhändler=antiques dealer
füllfederhalter=fountain pen|füller=fountain pen|fermentieren=fermenting|käse=cheese|käserei=cheese dairy
tortendekoration=cake decorating|zuckerblumen=sugar flowers|foodfotografie=food photography
permakultur=permaculture
sondengänger=metal detectorist|sondeln=metal detecting
mineraliensammler=mineral collector|stehpaddeln=paddleboarding|höhlenforschung=caving
höhlenforscher=caver|gleitschirmfliegen=paragliding|gleitschirm=paraglider
zauberwürfel=rubik's cube|hausautomation=home automation|selbstversorger=homesteader self sufficient
hühnerhaltung=keeping chickens|hühner=chickens|reptilien=reptiles
papagei=parrot
wellensittich=budgie|fallschirmspringen=skydiving|fallschirmspringer=skydiver|schmied=blacksmith
schmiedin=blacksmith|schmieden=forging blacksmithing|falknerei=falconry|falkner=falconer
stickgarn=embroidery floss|stickrahmen=embroidery hoop|kreuzstichmuster=cross stitch pattern
silberschmied=silversmith|schmuckdesign=jewellery design|perlenschmuck=beaded jewellery
lederwaren=leather goods|lederarbeiten=leatherwork|papierkraniche=paper cranes|faltkunst=paper folding art
scrapbook alben=scrapbook albums|buchbinden=bookbinding|bausatz=model kit|modellbausatz=scale model kit
tabletop figuren=tabletop miniatures|figuren bemalen=painting miniatures|antiquariat=antiquarian bookshop
auktionshaus=auction house|tinte=ink|sauerkraut selber machen=homemade sauerkraut
gärung=fermentation|fermentiert=fermented|käsemacher=cheesemaker|käsetheke=cheese counter
bergkäse=alpine cheese|motivtorte=decorated novelty cake|tortenkunst=cake art|zuckerpaste=fondant sugarpaste
wacholder=juniper|destille=distillery|essen fotografieren=food photography
bonsaibaum=bonsai tree|bonsaischale=bonsai pot|waldgarten=forest garden|vogelfotografie=bird photography
tarnzelt=photography hide|metalldetektor=metal detector|bodenfunde=ground finds|schatzsuche=treasure hunt
kristalle=crystals|steinesammler=rock collector|paddelbrett=paddleboard
überlebenstraining=survival training|lagerfeuer=campfire|höhle=cave|höhlen=caves
gleitschirmflieger=paraglider pilot|drachenfliegen=hang gliding|pokerturnier=poker tournament
bridgeclub=bridge club|sammelkartenspiel=trading card game|würfel lösen=solving the cube
escape raum=escape room|rätselraum=escape puzzle room|kneipenquiz=pub quiz|quizabend=quiz night
retrokonsolen=retro consoles|smarthome=smart home|hausautomatisierung=home automation
selbstversorgung=self sufficiency|upcyceln=upcycle|aufarbeiten=refurbish|möbel restaurieren=restore furniture
legehennen=laying hens|hühnerstall=chicken coop|schlange=snake|schildkröte=tortoise|bartagame=bearded dragon
hundeerziehung=dog training|nymphensittich=cockatiel|kakadu=cockatoo|ara=macaw
fallschirm=parachute|tandemsprung=tandem jump|schmiede=forge smithy|amboss=anvil|messermacher=knife maker
greifvogel=bird of prey|falke=falcon|minihaus=tiny house
# French
point de croix=cross stitch|créatrice de bijoux=jewellery maker|maroquinerie=leather goods leatherworking
maroquinier=leatherworker|pliage=folding origami|reliure=bookbinding|relieur=bookbinder
maquettiste=scale modeller|antiquités=antiques
brocanteur=antiques dealer|stylo plume=fountain pen|stylos plume=fountain pens
lactofermentation=lacto fermentation
fromager=cheesemonger|fromagère=cheesemonger|pâte à sucre=fondant cake decorating
photographe culinaire=food photographer
détectoriste=metal detectorist|spéléologie=caving|spéléologue=caver
parapentiste=paraglider pilot|apnéiste=freediver|jeu d'évasion=escape room
domotique=home automation|autosuffisance=self sufficiency|surcyclage=upcycling|poules=hens chickens
poulailler=chicken coop|perroquet=parrot|perruche=budgie
parachutisme=skydiving|parachutiste=skydiver|forgeron=blacksmith|coutelier=knife maker
fauconnerie=falconry|fauconnier=falconer|mini maison=tiny house
brodeuse=embroiderer|fils mouliné=embroidery floss|tambour à broder=embroidery hoop
bijoux faits main=handmade jewellery|bijoutière=jeweller|sellier=saddler leatherworker
cuir tannage végétal=vegetable tanned leather|grues en papier=paper cranes|scrapbookeuse=scrapbooker
reliure artisanale=hand bookbinding|maquette=scale model|maquettes=scale models|aérographe=airbrush
peinture de figurines=miniature painting|figurines peintes=painted miniatures|salle des ventes=auction house
encre=ink|fermenté=fermented|choucroute maison=homemade sauerkraut
fromagerie=cheese shop|affinage=cheese ageing|gâteau décoré=decorated cake|genièvre=juniper
distillerie de gin=gin distillery|stylisme culinaire=food styling|jardin-forêt=forest garden
photo animalière=wildlife photography|affût=wildlife photography hide|détecteur de métaux=metal detector
trouvailles=finds|géocache=geocache|géocacheur=geocacher|géodes=geodes
pierres et cristaux=stones and crystals|planche de paddle=paddleboard|survie en forêt=forest survival
grotte=cave|grottes=caves|vol libre=free flight paragliding|plongée libre=freediving
tournoi de poker=poker tournament|joueur de bridge=bridge player|cartes à collectionner=trading cards
dresseur=pokemon trainer|cube rubik=rubik's cube|escape game=escape room|soirée quiz=quiz night
consoles rétro=retro consoles|maison connectée=smart home|potager familial=family vegetable garden
relooking de meubles=furniture makeover|récup=salvage upcycling|poules pondeuses=laying hens
œufs frais=fresh eggs|tortue=tortoise|terrariophilie=reptile keeping|dressage canin=dog training
chien réactif=reactive dog|cacatoès=cockatoo|saut en tandem=tandem jump
enclume=anvil|rapace=bird of prey|rapaces=birds of prey|faucon=falcon
petite maison=tiny house|maison sur roues=house on wheels
# Italian
punto croce=cross stitch|orafa=goldsmith jeweller|bigiotteria=costume jewellery|pelletteria=leather goods
pelletteria artigianale=leatherworking|legatoria=bookbinding|legatore=bookbinder
modellista=scale modeller|antiquariato=antiques|antiquario=antiques dealer|stilografica=fountain pen
stilografiche=fountain pens|fermentazione=fermentation|formaggio=cheese|formaggi=cheeses
casaro=cheesemaker
cercatore di minerali=mineral collector|speleologia=caving|speleologo=caver
parapendio=paragliding|cubo di rubik=rubik's cube
autosufficienza=self sufficiency|riciclo creativo=upcycling|galline=hens chickens|pollaio=chicken coop
rettili=reptiles|addestramento cani=dog training|pappagallo=parrot
pappagalli=parrots|paracadutismo=skydiving|paracadutista=skydiver|fabbro=blacksmith|falconeria=falconry
falconiere=falconer
ricamo=embroidery|ricamatrice=embroiderer|telaio da ricamo=embroidery hoop
gioielli fatti a mano=handmade jewellery|orafo=goldsmith|argentiere=silversmith|cuoio=leather
pellettiere=leatherworker|gru di carta=paper cranes|origami giapponesi=japanese origami|rilegatura=bookbinding
modellino=scale model|modellini=scale models|miniature dipinte=painted miniatures
casa d'aste=auction house|mobili antichi=antique furniture|inchiostro=ink|fermentati=fermented foods
crauti=sauerkraut|kimchi fatto in casa=homemade kimchi|caseificio=cheese dairy|stagionatura=cheese ageing
torta decorata=decorated cake|pasta di zucchero=sugarpaste fondant|ginepro=juniper|acqua tonica=tonic water
distilleria di gin=gin distillery|fotografo di cibo=food photographer
orto sinergico=synergic permaculture garden|fotografia di fauna=wildlife photography
capanno fotografico=photography hide|ritrovamenti=finds
geodi=geodes|cristalli=crystals|tavola sup=paddleboard|sopravvivenza=survival|grotta=cave
parapendista=paraglider pilot|apnea profonda=deep freediving|torneo di poker=poker tournament
giocatore di bridge=bridge player|carte collezionabili=trading cards|allenatore pokémon=pokemon trainer
serata quiz=quiz night|console retro=retro consoles|casa intelligente=smart home|vita in fattoria=farm life
mobili restaurati=restored furniture|uova fresche=fresh eggs|serpente=snake|tartaruga=tortoise
educazione cinofila=dog training|cane reattivo=reactive dog|calopsite=cockatiel
lancio in tandem=tandem jump|paracadute=parachute|forgiatura=forging|incudine=anvil|coltellinaio=knife maker
rapaci=birds of prey|falco=falcon|casa mobile=mobile home
# Portuguese
ponto cruz=cross stitch|bijuteria=jewellery making|ourives=goldsmith jeweller
artesanato em couro=leatherworking
dobradura=origami paper folding|encadernação=bookbinding|encadernador=bookbinder
plastimodelismo=scale modelling
antiguidades=antiques|caneta tinteiro=fountain pen|canetas tinteiro=fountain pens
fermentação=fermentation|queijo=cheese|queijos=cheeses|queijaria=cheese dairy
confeitaria artística=cake decorating
fotografia de natureza=wildlife photography|agrofloresta=agroforestry permaculture
detector de metais=metal detector
voo livre=paragliding free flight
cubo mágico=rubik's cube|automação residencial=home automation|autossuficiência=self sufficiency
galinhas=hens chickens|galinheiro=chicken coop|répteis=reptiles|adestrador de cães=dog trainer
papagaio=parrot|calopsita=cockatiel|periquito australiano=budgie
paraquedismo=skydiving|paraquedista=skydiver|ferreiro=blacksmith|falcoaria=falconry|falcoeiro=falconer
bordado=embroidery|bordadeira=embroiderer|bastidor=embroidery hoop|joias artesanais=handmade jewellery
joalheira=jeweller|couro=leather|artesão do couro=leatherworker|tsurus de papel=paper cranes
álbum de recortes=scrapbook album|encadernação artesanal=hand bookbinding|maquete=scale model
maquetes=scale models|miniaturas pintadas=painted miniatures|leilão de antiguidades=antiques auction
tinta para caneta=pen ink|chucrute=sauerkraut|queijeiro=cheesemaker|queijo curado=aged cheese
bolo decorado=decorated cake|pasta americana=fondant sugarpaste|zimbro=juniper|água tônica=tonic water
fotógrafa de comida=food photographer|bonsais=bonsai trees|floresta comestível=food forest
achados arqueológicos=archaeological finds|geodos=geodes
cristais=crystals|prancha de sup=paddleboard|sobrevivência=survival|caverna=cave|cavernas=caves
piloto de parapente=paraglider pilot|mergulho livre=freediving|torneio de pôquer=poker tournament|pôquer=poker
cartas colecionáveis=trading cards|treinador pokémon=pokemon trainer|noite de quiz=quiz night
casa inteligente=smart home|vida no campo=country life
móveis reformados=refurbished furniture|ovos caipiras=free range eggs|jabuti=tortoise
adestramento canino=dog training|arara=macaw|salto duplo=tandem skydive|paraquedas=parachute|bigorna=anvil
cuteleiro=knife maker|ave de rapina=bird of prey|aves de rapina=birds of prey|falcão=falcon
casa minúscula=tiny house

# Spanish
violín=violin|violines=violins|chelo=cello
saxo=saxophone|ukelele=ukulele
alabanza=praise worship music|música góspel=gospel music|coro góspel=gospel choir|salsero=salsa dancer
salsera=salsa dancer|bachatera=bachata dancer|reguetón=reggaeton|cantautor=singer-songwriter
cantautora=singer-songwriter|letrista=lyricist|película de terror=horror film
cine de terror=horror cinema|novela romántica=romance novel|novela negra=crime fiction
novela policíaca=detective novel|literatura infantil=children's literature|cuento infantil=children's story
álbum ilustrado=picture book|literatura juvenil=young adult fiction|novela juvenil=young adult novel
cine clásico=classic film|cine negro=film noir|guion=screenplay
carreras de stock car=stock car racing|piloto de rally=rally driver|copiloto=co-driver
kartista=karting driver|motocrós=motocross|simracing=sim racing|balonmano=handball
balonmanista=handball player|hockey sobre hierba=field hockey|esgrima=fencing|esgrimista=fencer
tiro con arco=archery|arquera=archer|patinaje artístico=figure skating|patinadora=figure skater
bicicleta de montaña=mountain bike|piragüismo=canoeing kayaking
piragüista=canoeist kayaker|kayakista=kayaker|historia local=local history|cronista=local chronicler historian
historia antigua=ancient history|historia medieval=medieval history|medievalista=medievalist
personas sin hogar=homeless people|sinhogarismo=homelessness
justicia racial=racial justice|antirracista=anti-racist|antirracismo=anti-racism|sobriedad=sobriety
adicciones=addictions
violencia machista=gender-based violence|maltrato=abuse|pueblos indígenas=indigenous peoples
derechos indígenas=indigenous rights|cooperación internacional=international development cooperation
libertad de expresión=freedom of speech|censura=censorship
budismo=buddhism|budista=buddhist|hinduismo=hinduism|hindú=hindu
masonería=freemasonry|masón=freemason|datos abiertos=open data|gobierno abierto=open government
tecnología cívica=civic technology|ayuda mutua=mutual aid|apoyo mutuo=mutual aid
# German
geigenlehrerin=violin teacher
lobpreis=praise worship music
songwriterin=songwriter|horrorfilm=horror film|horrorfilme=horror films
liebesroman=romance novel|liebesromane=romance novels|krimi=crime novel|krimis=crime novels
krimiautorin=crime writer|krimiautor=crime writer|kinderbuch=children's book|kinderbücher=children's books
bilderbuch=picture book|jugendbuch=young adult book|jugendbücher=young adult books|filmklassiker=classic films
drehbuch=screenplay|rallyefahrer=rally driver
beifahrer=co-driver|kartfahrer=karting driver|kartsport=karting|handballer=handball player
handballerin=handball player|feldhockey=field hockey|fechten=fencing|fechter=fencer|fechterin=fencer
bogenschießen=archery|bogenschütze=archer|eiskunstlauf=figure skating|eiskunstläuferin=figure skater
kajakfahren=kayaking|kanute=canoeist|kanu=canoe|heimatgeschichte=local history
heimatverein=local history society|ortschronik=local history chronicle|alte geschichte=ancient history
mittelalterlich=medieval|obdachlose=homeless people
obdachlosigkeit=homelessness|obdachlosenhilfe=homeless aid|antirassismus=anti-racism
suchthilfe=addiction support
sucht=addiction|nüchtern=sober|häusliche gewalt=domestic violence|frauenhaus=women's refuge
indigene=indigenous people|entwicklungszusammenarbeit=international development
entwicklungshilfe=development aid
meinungsfreiheit=freedom of speech|zensur=censorship|buddhismus=buddhism|buddhistin=buddhist
hinduismus=hinduism|pfadfinder=scouts|pfadfinderin=girl scout|freimaurer=freemason|freimaurerei=freemasonry
offene daten=open data|nachbarschaftshilfe=mutual aid
# French
chorale gospel=gospel choir|auteur-compositeur=songwriter|parolier=lyricist|parolière=lyricist
film d'horreur=horror film|films d'horreur=horror films|roman d'amour=romance novel|roman policier=crime novel
littérature jeunesse=children's literature|livre jeunesse=children's book
album jeunesse=picture book|cinéma classique=classic cinema|scénario=screenplay
pilote de rallye=rally driver|copilote=co-driver|rallye=rally|pilote de karting=karting driver
hand-ball=handball|handballeur=handball player|handballeuse=handball player|hockey sur gazon=field hockey
escrime=fencing|escrimeur=fencer|escrimeuse=fencer|tir à l'arc=archery|archère=archer
patinage artistique=figure skating|patineuse=figure skater|canoë=canoe
histoire locale=local history|histoire ancienne=ancient history|histoire médiévale=medieval history
médiéviste=medievalist|sans-abri=homeless|sdf=homeless person
antiracisme=anti-racism|antiraciste=anti-racist|sobriété=sobriety
violences conjugales=domestic violence|peuples autochtones=indigenous peoples|autochtones=indigenous people
liberté d'expression=freedom of speech
bouddhisme=buddhism|bouddhiste=buddhist|hindouisme=hinduism|hindou=hindu|scoutisme=scouting
franc-maçonnerie=freemasonry|franc-maçon=freemason|données ouvertes=open data|entraide=mutual aid
# Italian
sassofono=saxophone
film horror=horror film|romanzo rosa=romance novel|romanzo giallo=crime novel|giallista=crime writer
libri per bambini=children's books|letteratura per ragazzi=children's and young adult literature
cinema classico=classic cinema|sceneggiatura=screenplay
pilota di rally=rally driver|navigatore=co-driver navigator|kartismo=karting|pallamano=handball
hockey su prato=field hockey|scherma=fencing|schermidore=fencer|schermitrice=fencer|tiro con l'arco=archery
arciere=archer|pattinaggio artistico=figure skating|pattinatrice=figure skater|canoa=canoe
storia locale=local history|storia antica=ancient history|storia medievale=medieval history
medievista=medievalist|senzatetto=homeless people
antirazzismo=anti-racism|dipendenze=addictions|violenza domestica=domestic violence
popoli indigeni=indigenous peoples|cooperazione internazionale=international development cooperation
libertà di espressione=freedom of speech|buddismo=buddhism|buddista=buddhist|induismo=hinduism
scoutismo=scouting|massoneria=freemasonry|massone=freemason|dati aperti=open data|mutuo aiuto=mutual aid
# Portuguese
violoncelo=cello|violoncelista=cellist|saxofone=saxophone
louvor=praise worship music|cantor gospel=gospel singer
filme de terror=horror film|filmes de terror=horror films
livro infantil=children's book|literatura infantojuvenil=children's and young adult literature
roteiro=screenplay|rali=rally
piloto de kart=karting driver|handebol=handball|andebol=handball|hóquei em campo=field hockey
tiro com arco=archery|arqueira=archer|patinação artística=figure skating
ciclismo de montanha=mountain biking|canoagem=canoeing kayaking
história antiga=ancient history
população em situação de rua=homeless people
dependência química=drug addiction|violência doméstica=domestic violence
povos indígenas=indigenous peoples|cooperação internacional=international development cooperation
liberdade de expressão=freedom of speech|escoteiros=scouts
escoteiro=scout|maçonaria=freemasonry|maçom=freemason|dados abertos=open data|ajuda mútua=mutual aid
# More (es, de, fr, it, pt)
clases de violín=violin lessons|violinistas=violinists|geigenunterricht=violin lessons
geigenspiel=violin playing|cours de violon=violin lessons|violonistes=violinists
lezioni di violino=violin lessons|violinisti=violinists|aulas de violino=violin lessons|rabeca=fiddle
rabequeiro=fiddler|violonchelistas=cellists|cellounterricht=cello lessons
cours de violoncelle=cello lessons|violoncellisti=cellists|aulas de violoncelo=cello lessons
violoncelistas=cellists|violoncelo barroco=baroque cello|saxofonistas=saxophonists
saxophonunterricht=saxophone lessons|cours de saxophone=saxophone lessons|saxophonistes=saxophonists
sassofoni=saxophones|sassofonisti=saxophonists|aulas de saxofone=saxophone lessons|ukeleles=ukuleles
ukulelespieler=ukulele player|ukulélé=ukulele|ukulelista=ukulele player
cavaquinho=small four-string guitar|música soul=soul music|soulsänger=soul singer
soulsängerin=soul singer|musique soul=soul music|chanteuse de soul=soul singer|cantante soul=soul singer
cantora de soul=soul singer|alabanza y adoración=praise and worship music
música cristiana=christian worship music|lobpreisband=worship band|louange=praise worship music
chant gospel=gospel singing|ministério de louvor=worship music ministry
música latina=latin music|salsa cubana=cuban salsa music|lateinamerikanische musik=latin music
musique latine=latin music|forró=brazilian forro dance music
cantautores=singer-songwriters|letras de canciones=song lyrics
liedtexte=song lyrics|songschreiber=songwriter|parolières=lyricists|auteure-compositrice=songwriter
testi delle canzoni=song lyrics|compositora de músicas=songwriter|letrista de música=lyricist
novelas románticas=romance novels|romance de época=historical romance novel
liebesromanautorin=romance novelist|romance sentimentale=romance novel|romans d'amour=romance novels
romanzi rosa=romance novels|romances de banca=romance novels|novelas policíacas=detective novels
krimileserin=crime fiction reader|kriminalroman=crime novel|romans policiers=crime novels
polars=crime thrillers|romanzi gialli=crime novels
romances policiais=crime novels|película de miedo=horror film|gruselfilm=horror film
horrorroman=horror novel|films d'épouvante=horror films|romanzo horror=horror novel
livro de terror=horror book|novelas juveniles=young adult novels|jugendroman=young adult novel
jugendromane=young adult novels|romans jeunesse=young adult novels|romanzi per ragazzi=young adult novels
livros juvenis=young adult books|películas clásicas=classic films|cine de oro=golden age cinema
alte filme=old classic films|stummfilm=silent film|film muet=silent film|vieux films=classic old films
film muto=silent film|cinema muto=silent cinema|filmes antigos=classic old films
cinema mudo=silent cinema|guionistas=screenwriters|drehbuchautoren=screenwriters
scénaristes=screenwriters|sceneggiatori=screenwriters|roteiristas=screenwriters
guion cinematográfico=screenplay|carreras de nascar=nascar racing|stockcar=stock car racing
course de stock-car=stock car racing|gara di stock car=stock car racing
corrida de stock car=stock car racing|stock car brasil=brazilian stock car racing|rallysport=rally racing
rallye-weltmeisterschaft=world rally championship|copilota=co-driver
pilote de rallye-raid=rally raid driver|rallista=rally driver|rallistas=rally drivers
motocrossfahrer=motocross rider|pilotos de motocross=motocross riders|motocrossiste=motocross rider
crossista=motocross rider|motocrossista=motocross rider|simulador de carreras=racing simulator
rennsimulator=racing simulator|simulateur de course=racing simulator|simulatore di corsa=racing simulator
simulador de corrida=racing simulator|volante de simracing=sim racing wheel
jugadora de netball=netball player|netballspielerin=netball player|joueuse de netball=netball player
giocatrice di netball=netball player|jogadora de netball=netball player|mountainbiker=mountain biker
mountainbikerin=mountain biker|vélo tout terrain=mountain biking|ciclista de montaña=mountain biker
bicicletta da montagna=mountain bike|weltkriegsgeschichte=world war history
deuxième guerre mondiale=second world war|guerre 39-45=second world war|seconda guerra=second world war
holocausto=holocaust|shoah=holocaust|desembarco de normandía=d-day normandy landings
débarquement=d-day landing|blues y soul=rhythm and blues soul|neosoul=neo soul music
"""
