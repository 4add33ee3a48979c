"""Interest definitions (wider set): 134 more interests people list, from health and food to law and places.

Written by helpers from general knowledge on 2026-11-24, seventh session (none saw a labelled set); the
layout of every field module is described at ``interest_vocab._FIELDS``.
"""

from __future__ import annotations

__all__ = ["ENTRIES", "LEXICON_TEXT", "NAMES_TEXT", "NEIGHBOURS"]

ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "general practice",
        (
            "GP partner in a busy practice",
            "family physician",
            "family medicine resident",
            "primary care doctor",
            "salaried GP",
            "GP trainee, ST3 and counting down",
            "morning surgery done, 38 patients",
            "ten minute appointments are not enough",
            "portfolio GP, also teach medical students",
            "rural family doc",
            "board certified in family medicine",
            "continuity of care matters",
            "locum GP across the county",
            "on call for the practice this afternoon",
            "general practitioner and trainer",
            "primary care network clinical director",
            "médico de familia",
            "médica de atención primaria",
            "hausärztin aus leidenschaft",
            "médecin généraliste",
            "medico di base",
            "médico de família e comunidade",
        ),
        (
            "general practice of law",
            "general practice attorney",
            "standard practice in the industry",
            "practice makes perfect",
            "band practice tonight",
            "football practice after school",
            "my family doctor said rest",
            "GP as in grand prix weekend",
            "general purpose tool",
            "medical receptionist at the front desk",
            "family business since 1952",
        ),
        (
            "family medicine",
            "primary care",
            "general practitioner",
            "family doctor",
            "family physician",
            "gp",
        ),
        ("medicine",),
    ),
    (
        "intensive care",
        (
            "ICU nurse",
            "intensivist",
            "critical care physician",
            "critical care fellow",
            "ICU consultant, anaesthesia and intensive care",
            "night shift on the unit, 12 ventilated patients",
            "proning patients all shift",
            "ECMO specialist",
            "critical care outreach team",
            "CCRN certified",
            "ventilator weaning and sedation holds",
            "sepsis bundle compliance",
            "neuro ICU nurse",
            "cardiothoracic intensive care unit",
            "surviving the ICU rotation",
            "PICU nurse",
            "critical care transport",
            "medicina intensiva",
            "enfermera de UCI",
            "intensivmedizin",
            "réanimation médicale",
            "terapia intensiva",
            "enfermeira de UTI",
        ),
        (
            "intensive care for my sourdough starter",
            "intensive english course",
            "intensive farming",
            "critical care for old cars",
            "i see you",
            "intensive training camp",
            "handle with care",
            "careful what you wish for",
            "critical thinking skills",
            "self-care sunday",
            "skincare intensive serum",
        ),
        (
            "critical care",
            "icu",
            "intensive care medicine",
            "critical care medicine",
            "intensivist",
            "critical care nursing",
        ),
        ("medicine",),
    ),
    (
        "gastroenterology",
        (
            "gastroenterologist",
            "GI fellow",
            "endoscopist",
            "hepatologist",
            "IBD specialist",
            "colonoscopy list this morning",
            "inflammatory bowel disease clinic",
            "hepatology and liver transplant",
            "ERCP and EUS",
            "GI motility research",
            "microbiome and IBS research",
            "neurogastroenterology",
            "Crohn's and colitis nurse specialist",
            "endoscopy nurse",
            "advanced endoscopy fellowship",
            "fatty liver disease researcher",
            "gastroenterólogo",
            "gastroenterologin",
            "gastro-entérologue",
            "gastroenterologo",
            "gastroenterologista",
        ),
        (
            "gastropub with great food",
            "gastro pub quiz",
            "gut feeling about this",
            "gastronomy tour of lyon",
            "stomach bug going round the office",
            "butterflies in my stomach",
            "liver and onions for dinner",
            "beer belly",
            "gutted about the result",
            "gastropod snails in the garden",
        ),
        ("gastroenterologist", "gastroenterologists", "hepatology", "digestive health", "gastro"),
        ("medicine",),
    ),
    (
        "endocrinology",
        (
            "endocrinologist",
            "endocrine fellow",
            "thyroid specialist",
            "diabetes and endocrinology consultant",
            "pituitary and adrenal clinic",
            "paediatric endocrinology",
            "endocrine surgeon",
            "obesity medicine and metabolism",
            "thyroid nodules and thyroid cancer",
            "PCOS researcher",
            "hormone research lab",
            "bone and calcium metabolism",
            "reproductive endocrinology",
            "endocrine society annual meeting",
            "neuroendocrinology",
            "transgender endocrine care",
            "endocrinólogo",
            "endokrinologin",
            "endocrinologue",
            "endocrinologo",
            "endocrinologista",
        ),
        (
            "hormonal teenager",
            "hormones all over the place",
            "thirsty tweets",
            "endocrine disruptors in plastics debate",
            "sugar rush",
            "glandular fever as a kid",
            "growth hacking for startups",
            "metabolism of a hummingbird",
            "adrenaline junkie",
            "thyroid joke",
        ),
        ("endocrinologist", "endocrinologists", "endocrine", "hormone health", "thyroid health"),
        ("medicine",),
    ),
    (
        "infectious diseases",
        (
            "infectious diseases physician",
            "ID fellow",
            "infectious disease doctor",
            "antimicrobial stewardship",
            "tropical medicine",
            "HIV and hepatitis clinic",
            "tuberculosis researcher",
            "malaria research",
            "antibiotic resistance",
            "outbreak investigation",
            "infection prevention and control",
            "clinical microbiologist",
            "ID consult service",
            "travel medicine clinic",
            "sepsis and bloodstream infections",
            "vaccine trials",
            "enfermedades infecciosas",
            "infektiologie",
            "maladies infectieuses",
            "malattie infettive",
            "infectologista",
        ),
        (
            "infectious laugh",
            "infectious enthusiasm",
            "computer virus removal",
            "going viral on tiktok",
            "this song is contagious",
            "the bug bit me",
            "viral marketing campaign",
            "zombie apocalypse",
            "infected mushroom psytrance",
            "plague inc high score",
        ),
        (
            "infectious disease",
            "id medicine",
            "tropical medicine",
            "infectious disease physician",
            "antimicrobial resistance",
        ),
        ("medicine",),
    ),
    (
        "plastic surgery",
        (
            "plastic surgeon",
            "board certified plastic surgeon",
            "reconstructive surgeon",
            "aesthetic surgeon",
            "breast reconstruction",
            "rhinoplasty results",
            "facial plastic surgery",
            "hand and microsurgery",
            "burns and plastics",
            "cleft lip and palate surgery",
            "plastics registrar",
            "cosmetic surgeon",
            "body contouring after weight loss",
            "blepharoplasty",
            "gender affirming surgery",
            "plastic surgery resident",
            "cirugía plástica",
            "cirujano plástico",
            "plastische chirurgie",
            "chirurgie esthétique",
            "chirurgia plastica",
            "cirurgião plástico",
        ),
        (
            "plastic free july",
            "plastic recycling",
            "plastic model kits",
            "plastic bags ban",
            "plastic pollution in the ocean",
            "surgical precision in the attack",
            "keyhole surgery on my code",
            "plastic cups at the party",
            "plastic pop music",
            "plasticine modelling with the kids",
            "credit card is plastic",
            "tree surgery",
            "fake friends are plastic",
        ),
        (
            "plastic surgeon",
            "plastic surgeons",
            "cosmetic surgery",
            "aesthetic surgery",
            "reconstructive surgery",
        ),
        ("surgery",),
    ),
    (
        "sports medicine",
        (
            "sports medicine physician",
            "team doctor",
            "club doctor",
            "sports and exercise medicine",
            "sports med fellow",
            "concussion protocol",
            "musculoskeletal medicine",
            "return to play decisions",
            "ACL rehab",
            "pitchside medic",
            "tournament doctor",
            "sports cardiology",
            "athletic trainer",
            "exercise medicine",
            "running injury clinic",
            "orthobiologics and PRP",
            "medicina deportiva",
            "médico deportivo",
            "sportmedizin",
            "médecine du sport",
            "medicina dello sport",
            "medicina esportiva",
        ),
        (
            "medicine ball workout",
            "sports bar",
            "laughter is the best medicine",
            "sports drink sponsorship",
            "sports betting tips",
            "fantasy sports",
            "sports car",
            "team doctor who fan club",
            "energy gels review",
            "sports journalism",
        ),
        (
            "sports physician",
            "sports and exercise medicine",
            "sports doctor",
            "sports med",
            "exercise medicine",
        ),
        ("medicine",),
    ),
    (
        "osteopathy",
        (
            "osteopath",
            "registered osteopath",
            "osteopathic physician",
            "DO student",
            "osteopathic manipulative treatment",
            "cranial osteopathy",
            "paediatric osteopath",
            "osteopathic medicine",
            "visceral osteopathy",
            "back pain clinic, osteopath",
            "osteopathy graduate",
            "OMT lab",
            "structural osteopathy",
            "osteopata",
            "osteópata",
            "osteopathin",
            "ostéopathe",
            "ostéopathie",
            "osteopatia",
        ),
        (
            "osteoporosis in older women",
            "osteoarthritis knee",
            "bone broth recipes",
            "bare bones budget",
            "funny bone",
            "bone to pick with you",
            "dog bone toys",
            "skeleton crew",
            "psychopath true crime",
            "homeopathy debate",
        ),
        ("osteopath", "osteopaths", "osteopathic medicine", "osteopathic"),
        ("health",),
    ),
    (
        "acupuncture",
        (
            "licensed acupuncturist",
            "acupuncturist",
            "traditional chinese medicine practitioner",
            "TCM practitioner",
            "acupuncture clinic",
            "dry needling",
            "fertility acupuncture",
            "cupping and moxibustion",
            "chinese herbal medicine",
            "meridians and acupoints",
            "electroacupuncture",
            "five element acupuncture",
            "auricular acupuncture",
            "L.Ac., DAOM",
            "acupuntura",
            "acupuntor",
            "akupunktur",
            "acupuncteur",
            "médecine chinoise",
            "agopuntura",
            "medicina tradicional chinesa",
        ),
        (
            "needle felting",
            "knitting needles",
            "pins and needles",
            "needle in a haystack",
            "sewing needle",
            "acute angle",
            "punk rock",
            "cactus spines",
            "vaccination appointment",
            "tattoo needle",
        ),
        ("acupuncturist", "acupuncturists", "traditional chinese medicine", "tcm", "chinese medicine"),
        ("health",),
    ),
    (
        "herbalism",
        (
            "herbalist",
            "medical herbalist",
            "clinical herbalist",
            "herbal medicine",
            "herbal apothecary",
            "tinctures and tisanes",
            "making herbal tinctures",
            "herbal remedies",
            "plant medicine",
            "materia medica",
            "western herbalism",
            "folk herbalism",
            "herbal infusions and salves",
            "growing medicinal herbs",
            "green witch herbalism",
            "herbalista",
            "fitoterapia",
            "kräuterheilkunde",
            "heilpflanzen",
            "herboriste",
            "phytothérapie",
            "erborista",
        ),
        (
            "herb garden for cooking",
            "herbs de provence seasoning",
            "fresh basil on pizza",
            "herbie the love bug",
            "herbal tea bag",
            "herb roasted chicken",
            "plant based diet",
            "houseplant collector",
            "weed smoking",
            "herbert from accounts",
        ),
        (
            "herbalist",
            "herbalists",
            "herbal medicine",
            "herbal remedies",
            "phytotherapy",
            "medical herbalism",
        ),
        ("wellness",),
    ),
    (
        "digital health",
        (
            "digital health founder",
            "healthtech startup",
            "telehealth platform",
            "telemedicine provider",
            "health informatics",
            "clinical informatics",
            "EHR implementation",
            "remote patient monitoring",
            "interoperability and FHIR",
            "digital therapeutics",
            "chief medical information officer",
            "NHS digital transformation",
            "AI in healthcare",
            "virtual care",
            "patient facing apps",
            "wearables and health data",
            "HIMSS conference",
            "salud digital",
            "telemedicina",
            "digitale gesundheit",
            "santé numérique",
            "sanità digitale",
            "saúde digital",
        ),
        (
            "digital detox weekend",
            "digital marketing agency",
            "healthy tech habits for kids",
            "screen time limits",
            "health bar in the game",
            "digital art commissions",
            "fitness influencer",
            "health insurance claim",
            "digital camera review",
            "telephone banking",
        ),
        (
            "health tech",
            "healthtech",
            "telehealth",
            "telemedicine",
            "ehealth",
            "health informatics",
            "mhealth",
        ),
        ("health", "tech"),
    ),
    (
        "medical devices",
        (
            "medtech",
            "medical device engineer",
            "regulatory affairs for medical devices",
            "510(k) submission",
            "MDR compliance",
            "ISO 13485",
            "class III device",
            "medical device startup",
            "design controls",
            "clinical evaluation report",
            "implantable devices",
            "surgical robotics",
            "diagnostics and devices",
            "medical device sales rep",
            "quality engineer in medtech",
            "cardiovascular devices",
            "dispositivos médicos",
            "tecnología sanitaria",
            "medizintechnik",
            "dispositifs médicaux",
            "dispositivi medici",
            "dispositivos médicos e equipamentos",
        ),
        (
            "device management for laptops",
            "smart devices at home",
            "left to my own devices",
            "gadget reviews",
            "phone repair shop",
            "explosive device found",
            "medical drama on tv",
            "literary device in the poem",
            "fitness tracker review",
        ),
        ("medtech", "medical technology", "med tech", "medical device", "medical device industry"),
        ("medicine",),
    ),
    (
        "women's health",
        (
            "women's health physio",
            "women's health GP",
            "femtech founder",
            "pelvic floor health",
            "period health educator",
            "PCOS awareness",
            "endometriosis advocate",
            "gynaecological health",
            "menstrual health",
            "women's health nurse practitioner",
            "hormonal health for women",
            "postnatal pelvic health",
            "closing the gender health gap",
            "contraception clinic",
            "cervical screening saves lives",
            "salud de la mujer",
            "salud femenina",
            "frauengesundheit",
            "santé des femmes",
            "salute femminile",
            "saúde da mulher",
        ),
        (
            "women's football",
            "women's rights march",
            "women in tech meetup",
            "health and safety at work",
            "mens health magazine",
            "womenswear collection",
            "girls night out",
            "health food shop",
            "women's institute cake stall",
        ),
        ("womens health", "female health", "femtech", "women's healthcare", "womens healthcare"),
        ("health",),
    ),
    (
        "menopause",
        (
            "menopause coach",
            "perimenopause at 44",
            "menopause specialist",
            "menopause doctor",
            "HRT changed my life",
            "hot flushes and night sweats",
            "brain fog in perimenopause",
            "menopause in the workplace",
            "menopause awareness month",
            "british menopause society",
            "midlife women's health",
            "menopause support group",
            "surgical menopause",
            "oestrogen gel",
            "menopause friendly employer",
            "menopausia",
            "perimenopausia",
            "wechseljahre",
            "ménopause",
            "menopausa",
        ),
        (
            "midlife crisis sports car",
            "hot flush of embarrassment",
            "men on pause",
            "night sweats from the curry",
            "pause the game",
            "change of heart",
            "hot flash sale",
            "going through changes at work",
            "mental pause",
            "change of seasons",
        ),
        ("perimenopause", "menopausal", "menopause support", "menopause awareness"),
        ("health",),
    ),
    (
        "eating disorders",
        (
            "eating disorder recovery",
            "ED recovery",
            "recovered from anorexia",
            "bulimia survivor",
            "binge eating disorder",
            "ARFID",
            "eating disorder therapist",
            "eating disorder dietitian",
            "recovery warrior",
            "body image and eating disorders",
            "beat eating disorders",
            "maudsley family therapy",
            "eating disorder awareness week",
            "pro recovery",
            "orthorexia",
            "trastornos alimentarios",
            "anorexia nerviosa",
            "essstörung",
            "troubles alimentaires",
            "disturbi alimentari",
            "transtornos alimentares",
        ),
        (
            "eating out every night",
            "messy eater",
            "picky eater toddler",
            "eating my feelings tonight",
            "order disorder",
            "eat the rich",
            "competitive eating",
            "hot dog eating contest",
            "eating well on a budget",
            "disorder in the court",
        ),
        (
            "eating disorder",
            "eating disorder recovery",
            "ed recovery",
            "anorexia",
            "bulimia",
            "eating disorder awareness",
        ),
        ("mental health",),
    ),
    (
        "long covid",
        (
            "long covid since 2020",
            "long hauler",
            "long covid patient advocate",
            "post covid syndrome",
            "PASC research",
            "post exertional malaise",
            "pacing my energy",
            "ME/CFS and long covid",
            "long covid clinic",
            "covid long hauler",
            "housebound with long covid",
            "POTS after covid",
            "long covid kids",
            "long covid support group",
            "brain fog since covid",
            "covid persistente",
            "long covid en france",
            "covid longo",
            "post-covid",
            "covid lungo",
        ),
        (
            "long weekend",
            "long time no see",
            "long covid lockdown memories",
            "covid vaccine passport",
            "long haul flight",
            "long distance relationship",
            "longboard cruising",
            "long story short",
            "covid era startup",
            "long term investing",
        ),
        ("post covid syndrome", "long hauler", "long haulers", "pasc", "post-covid"),
        ("chronic illness",),
    ),
    (
        "clinical psychology",
        (
            "clinical psychologist",
            "trainee clinical psychologist",
            "DClinPsy",
            "PsyD candidate",
            "licensed psychologist",
            "CBT and DBT",
            "psychological assessment",
            "neuropsychological testing",
            "psychometrics",
            "evidence based therapy",
            "working with trauma",
            "ACT therapist",
            "clinical psych phd",
            "psychology internship",
            "HCPC registered psychologist",
            "EMDR practitioner",
            "psicóloga clínica",
            "psicólogo clínico",
            "klinische psychologin",
            "psychologue clinicienne",
            "psicologo clinico",
            "psicóloga",
        ),
        (
            "reverse psychology on my toddler",
            "clinical trials",
            "clinical white kitchen",
            "psych out",
            "pop psychology thread",
            "clinical finishing by the striker",
            "psychedelic rock",
            "consumer psychology in marketing",
            "clinically obsessed with coffee",
        ),
        ("clinical psychologist", "clinical psychologists", "clinical psych", "psychological therapy"),
        ("psychology", "mental health"),
    ),
    (
        "psychoanalysis",
        (
            "psychoanalyst",
            "psychoanalytic psychotherapist",
            "lacanian",
            "freud and lacan",
            "winnicott",
            "object relations",
            "in training analysis",
            "psychoanalytic institute",
            "transference and countertransference",
            "jungian analyst",
            "the unconscious",
            "psychodynamic therapy",
            "free association",
            "on the couch, four times a week",
            "psicoanálisis",
            "psicoanalista",
            "psychoanalyse",
            "psychanalyse",
            "psychanalyste",
            "psicanálise",
        ),
        (
            "overanalysing every text",
            "data analysis",
            "analysis paralysis",
            "stock analysis",
            "couch potato",
            "freudian slip haha",
            "dream team",
            "sports analysis podcast",
            "psycho killer song",
            "match analysis",
        ),
        (
            "psychoanalyst",
            "psychoanalysts",
            "psychoanalytic",
            "psychoanalytic therapy",
            "lacanian psychoanalysis",
            "psychodynamic therapy",
        ),
        ("psychology",),
    ),
    (
        "art therapy",
        (
            "art therapist",
            "registered art therapist",
            "art psychotherapist",
            "creative arts therapy",
            "art therapy with children",
            "expressive arts therapist",
            "art therapy masters",
            "ATR-BC",
            "art therapy groups",
            "trauma informed art therapy",
            "art as therapy for grief",
            "art therapy studio",
            "arteterapia",
            "arteterapeuta",
            "kunsttherapie",
            "kunsttherapeutin",
            "art-thérapie",
            "art-thérapeute",
        ),
        (
            "retail therapy",
            "art collector",
            "art of the deal",
            "art gallery opening",
            "therapy dog visits",
            "martial arts",
            "state of the art",
            "nail art",
            "art deco",
            "arts and crafts fair",
        ),
        (
            "art therapist",
            "art therapists",
            "creative arts therapy",
            "art psychotherapy",
            "expressive arts therapy",
        ),
        ("mental health", "art"),
    ),
    (
        "hypnotherapy",
        (
            "hypnotherapist",
            "clinical hypnotherapist",
            "hypnotherapy for anxiety",
            "stop smoking hypnosis",
            "solution focused hypnotherapy",
            "hypnobirthing",
            "hypnotherapy for IBS",
            "hypnotherapy session this afternoon",
            "NGH certified hypnotist",
            "clinical hypnosis",
            "gastric band hypnotherapy",
            "regression therapy",
            "self hypnosis audio",
            "hypnotherapy practice",
            "hipnoterapia",
            "hipnoterapeuta",
            "hypnosetherapie",
            "hypnothérapeute",
            "ipnoterapia",
        ),
        (
            "stage hypnotist show",
            "hypnotic beat",
            "mesmerised by the view",
            "hypnotic eyes",
            "spellbinding performance",
            "trance music",
            "sleepy sunday",
            "mind control conspiracy",
            "hypnotized by the lava lamp",
        ),
        ("hypnotherapist", "hypnotherapists", "hypnosis", "clinical hypnosis"),
        ("mental health", "wellness"),
    ),
    (
        "breathwork",
        (
            "breathwork facilitator",
            "breathwork coach",
            "holotropic breathwork",
            "wim hof method instructor",
            "pranayama practice",
            "box breathing before meetings",
            "conscious connected breathing",
            "breathwork journey tonight",
            "nervous system regulation",
            "buteyko breathing",
            "nasal breathing only",
            "somatic breathwork",
            "transformational breath",
            "breathwork ceremony",
            "oxygen advantage instructor",
            "respiración consciente",
            "atemarbeit",
            "atemtherapie",
            "respiration consciente",
            "respirazione consapevole",
            "respiração consciente",
        ),
        (
            "out of breath on the stairs",
            "breathless thriller",
            "take my breath away",
            "bad breath",
            "breath of fresh air",
            "holding my breath for the results",
            "breathing down my neck",
            "breathalyser test",
            "breath of the wild",
            "under my breath",
        ),
        ("breath work", "breathing exercises", "breathwork facilitator", "pranayama", "conscious breathing"),
        ("wellness",),
    ),
    (
        "tai chi",
        (
            "tai chi instructor",
            "tai chi chuan",
            "yang style tai chi",
            "chen style taijiquan",
            "qigong teacher",
            "tai chi in the park every morning",
            "push hands practice",
            "24 form",
            "tai chi for balance",
            "internal martial arts",
            "baduanjin qigong",
            "zhan zhuang standing practice",
            "tai chi for arthritis",
            "moving meditation",
            "taichí",
            "chi kung",
            "taiji quan",
            "qi gong",
            "tai-chi chuan",
        ),
        (
            "chai tea latte",
            "tie dye shirts",
            "thai chili sauce",
            "chi omega sorority",
            "chi square test",
            "tai pei",
            "mai tai cocktail",
            "tie breaker",
            "chicago",
            "chill vibes",
        ),
        ("taichi", "tai chi chuan", "taiji", "qigong", "chi gung", "taijiquan"),
        ("martial arts", "wellness"),
    ),
    (
        "sauna",
        (
            "sauna every evening",
            "finnish sauna",
            "sauna and cold plunge",
            "contrast therapy",
            "sauna master",
            "aufguss session",
            "sauna ritual",
            "wood fired sauna by the lake",
            "sauna culture",
            "löyly",
            "sauna bathing club",
            "building a backyard barrel sauna",
            "sauna meister",
            "mobile sauna business",
            "sauna and sea dip",
            "saunagus",
            "saunagang",
            "sauna finlandesa",
            "saunameister",
            "bain nordique",
        ),
        (
            "it's a sauna on the tube",
            "this office is a sauna",
            "sweating like crazy at the gym",
            "steaming mad",
            "hot yoga studio",
            "steam cleaning the carpet",
            "sweatshop labour",
            "heatwave again",
            "spa day voucher",
            "hot tub party",
        ),
        ("saunas", "sauna culture", "sauna bathing", "saunering", "finnish sauna", "contrast therapy"),
        ("wellness",),
    ),
    (
        "biohacking",
        (
            "biohacker",
            "quantified self",
            "tracking my HRV",
            "continuous glucose monitor",
            "red light therapy",
            "longevity protocol",
            "nootropics stack",
            "oura ring data",
            "cold exposure",
            "blood work every quarter",
            "zone 2 and VO2 max",
            "sleep optimisation",
            "mitochondrial health",
            "peptides and supplements",
            "n of 1 experiments",
            "bryan johnson blueprint",
            "biohacking conference",
            "biohacker español",
            "biohackerin",
            "biohackeuse",
            "biohacking italia",
        ),
        (
            "hacked my instagram",
            "life hacks for students",
            "growth hacking",
            "ethical hacking course",
            "hackathon weekend",
            "biology homework",
            "bio in my profile",
            "hack and slash game",
            "lifehacker articles",
            "password leak",
        ),
        ("biohacker", "biohackers", "quantified self", "longevity hacking"),
        ("wellness", "self-improvement"),
    ),
    (
        "journaling",
        (
            "daily journaling",
            "morning pages",
            "bullet journal spread",
            "journaling prompts",
            "gratitude journal",
            "bujo setup for the new month",
            "journaling practice",
            "hobonichi",
            "shadow work journaling",
            "junk journal",
            "reflective journaling",
            "art journal",
            "dot grid notebook",
            "journal with me",
            "five minute journal",
            "tagebuch schreiben",
            "diario personal",
            "journal intime",
            "scrivere un diario",
            "diário pessoal",
        ),
        (
            "peer reviewed journal",
            "wall street journal",
            "journal article submission",
            "journalism student",
            "journal entry in accounting",
            "travel journalist",
            "journal club at the lab",
            "diary of a wimpy kid",
            "meeting diary",
            "food diary app",
        ),
        ("journalling", "bullet journaling", "bullet journal", "bujo", "journal writing", "morning pages"),
        ("self-improvement", "wellness"),
    ),
    (
        "homeschooling",
        (
            "homeschool mom",
            "homeschooling mum of four",
            "home educator",
            "home education family",
            "unschooling family",
            "charlotte mason homeschool",
            "classical homeschool",
            "worldschooling",
            "homeschool co-op",
            "homeschool curriculum haul",
            "relaxed homeschooler",
            "home ed meetup",
            "homeschool graduate",
            "nature study with the kids",
            "morning basket",
            "educación en casa",
            "homeschooling en españa",
            "hausunterricht",
            "instruction en famille",
            "école à la maison",
            "educazione parentale",
            "educação domiciliar",
        ),
        (
            "school run traffic",
            "homework help",
            "home office setup",
            "back to school sale",
            "school of rock",
            "home schooling during lockdown was a nightmare",
            "boarding school memories",
            "school of hard knocks",
            "schooled in the debate",
            "school holidays",
        ),
        (
            "homeschool",
            "home schooling",
            "home education",
            "home educating",
            "unschooling",
            "homeschoolers",
            "home ed",
        ),
        ("parenting", "education"),
    ),
    (
        "adoption",
        (
            "adoptive mum",
            "adoptive dad",
            "adoptee",
            "transracial adoptee",
            "adoption journey",
            "gotcha day",
            "adopted at birth",
            "open adoption",
            "adoption social worker",
            "waiting to be matched",
            "adoption panel approved",
            "international adoption",
            "birth mother reunion",
            "adoption competent therapist",
            "adopted from korea",
            "adopción",
            "familia adoptiva",
            "adoptivmutter",
            "adoptivkind",
            "adoptée",
            "adozione",
            "adoção",
        ),
        (
            "adopt a dog from the shelter",
            "pet adoption event",
            "early adopter",
            "adoption of new technology",
            "adopting a new framework",
            "adopted the motion",
            "rescue cat",
            "adopt a highway",
            "adopted city",
            "crypto adoption",
        ),
        (
            "adoptive parent",
            "adoptive parents",
            "adoptee",
            "adoptees",
            "adoptive family",
            "adoption advocacy",
        ),
        ("parenting", "family"),
    ),
    (
        "pregnancy",
        (
            "pregnant with baby number two",
            "bump update",
            "first trimester",
            "third trimester",
            "28 weeks pregnant",
            "due in march",
            "expecting our first",
            "pregnancy announcement",
            "antenatal classes",
            "prenatal yoga",
            "baby shower this weekend",
            "morning sickness is brutal",
            "rainbow baby on the way",
            "pregnancy journey",
            "gender reveal",
            "embarazada",
            "embarazo",
            "schwanger",
            "schwangerschaft",
            "enceinte",
            "incinta",
            "grávida",
            "gravidez",
        ),
        (
            "pregnant pause",
            "pregnant with meaning",
            "bump in the road",
            "expecting great things",
            "labour party conference",
            "trimester exams",
            "delivery driver",
            "due date for the project",
            "baby steps with the new job",
            "food baby after christmas dinner",
        ),
        ("pregnant", "mum to be", "mom to be", "prenatal", "antenatal", "pregnancy journey"),
        ("parenting", "health"),
    ),
    (
        "breastfeeding",
        (
            "breastfeeding mama",
            "IBCLC",
            "lactation consultant",
            "breastfeeding peer supporter",
            "exclusive pumping",
            "nursing my toddler",
            "extended breastfeeding",
            "tongue tie and latch",
            "milk supply tips",
            "la leche league",
            "breast milk donation",
            "feeding journey",
            "world breastfeeding week",
            "cluster feeding again",
            "combination feeding",
            "lactancia materna",
            "asesora de lactancia",
            "stillen",
            "stillberaterin",
            "allaitement maternel",
            "allattamento",
            "amamentação",
        ),
        (
            "breast cancer awareness",
            "chicken breast recipe",
            "breaststroke drills",
            "nursing home visit",
            "nursing degree",
            "feeding the ducks",
            "pumping iron",
            "formula 1 weekend",
            "milk run to the shop",
            "nursing a hangover",
        ),
        (
            "breast feeding",
            "lactation",
            "lactation consultant",
            "nursing mothers",
            "chestfeeding",
            "breastfeeding support",
        ),
        ("parenting",),
    ),
    (
        "doula",
        (
            "birth doula",
            "postpartum doula",
            "certified doula",
            "DONA trained doula",
            "birth worker",
            "birth support",
            "doula life, on call",
            "supported a VBAC today",
            "home birth support",
            "positive birth",
            "birth keeper",
            "hypnobirthing teacher",
            "full spectrum doula",
            "end of life doula",
            "doula services",
            "doula en madrid",
            "acompañante de parto",
            "geburtsbegleiterin",
            "accompagnante à la naissance",
            "doula italiana",
            "doula de parto",
        ),
        (
            "birthday party",
            "birth certificate",
            "rebirth of the city",
            "birthplace of jazz",
            "birthstone jewellery",
            "doja cat concert",
            "dual citizenship",
            "duolingo streak",
            "on call for the office",
            "birth of a nation",
        ),
        ("doulas", "birth doula", "birth work", "birth worker", "birth workers", "postpartum doula"),
        ("parenting",),
    ),
    (
        "fertility",
        (
            "IVF journey",
            "TTC for two years",
            "fertility nurse",
            "embryologist",
            "reproductive endocrinologist",
            "infertility warrior",
            "egg retrieval",
            "frozen embryo transfer",
            "two week wait",
            "fertility clinic",
            "fertility awareness",
            "PCOS and TTC",
            "egg freezing",
            "donor conception",
            "male infertility",
            "fertility acupuncture",
            "fertility coach",
            "fecundación in vitro",
            "reproducción asistida",
            "kinderwunsch",
            "fiv",
            "procreazione assistita",
            "fertilização in vitro",
        ),
        (
            "fertile ground for ideas",
            "soil fertility",
            "fertiliser for the lawn",
            "fertile imagination",
            "the fertile crescent",
            "embryonic startup",
            "eggs benedict",
            "frozen yoghurt",
            "in vitro research lab",
            "two week notice",
        ),
        (
            "infertility",
            "ivf",
            "ttc",
            "trying to conceive",
            "fertility journey",
            "reproductive medicine",
            "fertility treatment",
        ),
        ("health", "family"),
    ),
    (
        "grandparenting",
        (
            "proud grandma of five",
            "grandad",
            "nana to three",
            "grandparent childcare",
            "grandma duties today",
            "granny life",
            "first grandchild",
            "new grandpa",
            "grandkids sleepover",
            "raising my grandchildren",
            "grandparent carer",
            "glamma",
            "grandma camp",
            "school run with the grandchildren",
            "abuela orgullosa",
            "abuelo",
            "oma",
            "opa von drei enkeln",
            "mamie",
            "grand-père",
            "nonna",
            "nonno",
            "avó",
            "avô",
        ),
        (
            "grandfather clock",
            "grand slam tennis",
            "grand theft auto",
            "grandmaster chess",
            "grandstand tickets",
            "my grandma's recipe",
            "grand designs",
            "granny smith apples",
            "grandfathered in",
            "grand piano",
        ),
        ("grandparents", "grandparent", "grandchildren", "grandkids", "grandparenthood"),
        ("family",),
    ),
    (
        "vegetarianism",
        (
            "vegetarian since 2009",
            "lifelong veggie",
            "lacto ovo vegetarian",
            "meat free monday",
            "vegetarian recipes",
            "veggie food blogger",
            "pescatarian",
            "vegetarian cookbook",
            "halloumi everything",
            "meatless meals the whole family loves",
            "vegetarian restaurant guide",
            "flexitarian",
            "twenty years without meat",
            "vegetarian society",
            "vegetariana",
            "vegetariano",
            "vegetarierin",
            "vegetarisch kochen",
            "végétarienne",
            "cuisine végétarienne",
            "vegetariani",
        ),
        (
            "vegetable garden",
            "vegetative state",
            "veg out on the sofa",
            "veggie tales cartoon",
            "eat your vegetables kids",
            "vegetable oil price",
            "vegas trip",
            "plant-based protein stocks",
            "meat loaf concert",
            "vegetable soup for a cold",
        ),
        ("vegetarian", "vegetarians", "veggie", "vegetarian cooking", "meat free", "meatless"),
        ("food",),
    ),
    (
        "keto",
        (
            "keto for 2 years",
            "ketogenic diet",
            "low carb high fat",
            "LCHF",
            "keto recipes",
            "in ketosis",
            "carnivore keto",
            "net carbs",
            "macros on point",
            "fat adapted",
            "keto coach",
            "keto baking",
            "dirty keto",
            "ketones and blood sugar",
            "lazy keto",
            "low carb lifestyle",
            "dieta keto",
            "dieta cetogénica",
            "ketogene ernährung",
            "régime cétogène",
            "dieta chetogenica",
            "dieta low carb",
        ),
        (
            "kept the receipt",
            "ket",
            "keto the dog",
            "low battery",
            "carbon footprint",
            "car boot sale",
            "key to success",
            "low key excited",
            "ketchup on everything",
            "carb loading before the marathon",
        ),
        ("ketogenic diet", "keto diet", "low carb", "lchf", "low carb high fat", "ketogenic"),
        ("nutrition",),
    ),
    (
        "intermittent fasting",
        (
            "16:8 fasting",
            "intermittent faster",
            "OMAD",
            "one meal a day",
            "time restricted eating",
            "fasting window",
            "eating window",
            "18:6",
            "20:4 fasting",
            "5:2 diet",
            "extended fast",
            "72 hour fast",
            "autophagy",
            "breaking my fast",
            "fasting app",
            "fasted cardio",
            "ayuno intermitente",
            "intervallfasten",
            "jeûne intermittent",
            "digiuno intermittente",
            "jejum intermitente",
        ),
        (
            "fasting during ramadan",
            "lent fasting",
            "fast food",
            "fast car",
            "fast fashion",
            "breakfast in bed",
            "speed fasting typing",
            "fast and furious",
            "yom kippur fast",
            "fast track",
        ),
        ("fasting", "time restricted eating", "16:8", "omad", "16:8 fasting", "one meal a day"),
        ("nutrition",),
    ),
    (
        "gluten free",
        (
            "coeliac",
            "celiac disease",
            "gluten free baking",
            "gluten free recipes",
            "gf bakery",
            "coeliac safe restaurants",
            "gluten free travel",
            "cross contamination",
            "diagnosed coeliac",
            "gluten free bread that's actually good",
            "coeliac uk",
            "gluten free and dairy free",
            "gluten free mum",
            "celiac awareness month",
            "celíaca",
            "celíaco",
            "sin gluten",
            "glutenfrei",
            "zöliakie",
            "sans gluten",
            "senza glutine",
            "sem glúten",
        ),
        (
            "free shipping",
            "glutes workout",
            "gluten morgen",
            "glue gun crafts",
            "free range eggs",
            "sugar free",
            "guilt free",
            "fancy free",
            "free time",
            "wheat farming",
        ),
        ("coeliac disease", "celiac disease", "coeliac", "celiac", "gluten free living"),
        ("food", "health"),
    ),
    (
        "meal prep",
        (
            "meal prep sunday",
            "meal prepping",
            "batch cooking",
            "weekly meal plan",
            "lunches for the week",
            "freezer meals",
            "meal prep containers",
            "high protein meal prep",
            "budget meal plan",
            "prepped five lunches",
            "sheet pan meals",
            "bulk cooking",
            "meal planning for families",
            "macro friendly meal prep",
            "meal prep ideas",
            "cocinar para toda la semana",
            "batch cooking fácil",
            "meal prep deutsch",
            "vorkochen",
            "batch cooking du dimanche",
            "meal prep italiano",
            "marmitas fitness",
        ),
        (
            "meal deal",
            "prep school",
            "test prep",
            "happy meal",
            "wedding prep",
            "race day prep",
            "prepper bunker",
            "interview prep",
            "meal ticket",
            "lunch break",
        ),
        ("meal prepping", "meal planning", "batch cooking", "meal preparation", "meal prepper"),
        ("cooking",),
    ),
    (
        "street food",
        (
            "street food vendor",
            "street food market",
            "hawker centre",
            "food truck owner",
            "night market",
            "taco truck hunting",
            "street eats",
            "food stall",
            "street food tour of bangkok",
            "kerbside kitchen",
            "street food festival",
            "banh mi stand",
            "pop up food stall",
            "comida callejera",
            "puesto de tacos",
            "streetfood markt",
            "cuisine de rue",
            "cibo di strada",
            "comida de rua",
        ),
        (
            "street art",
            "street photography",
            "street cred",
            "street fighter",
            "street parking",
            "wall street",
            "food bank",
            "truck driver",
            "street dance",
            "food poisoning",
        ),
        ("street food vendor", "hawker food", "street eats", "food stalls", "food trucks", "food truck"),
        ("food",),
    ),
    (
        "japanese cuisine",
        (
            "japanese food lover",
            "washoku",
            "sushi chef",
            "itamae",
            "omakase",
            "ramen shop",
            "izakaya",
            "making dashi from scratch",
            "homemade gyoza",
            "japanese home cooking",
            "kaiseki",
            "tonkotsu broth",
            "okonomiyaki night",
            "tempura and soba",
            "bento boxes",
            "comida japonesa",
            "cocina japonesa",
            "japanische küche",
            "cuisine japonaise",
            "cucina giapponese",
            "culinária japonesa",
        ),
        (
            "japanese language learner",
            "anime",
            "japanese maple tree",
            "japanese garden",
            "sushi emoji",
            "ramen noodles in college",
            "japanese whisky",
            "japanese cars",
            "tokyo drift",
            "japanese knotweed",
        ),
        ("japanese food", "japanese cooking", "washoku", "sushi", "ramen"),
        ("food", "cooking"),
    ),
    (
        "pizza",
        (
            "pizzaiolo",
            "neapolitan pizza",
            "wood fired pizza oven",
            "pizza night",
            "sourdough pizza",
            "pizza dough hydration",
            "ooni pizza",
            "pizza maker",
            "new york style slice",
            "detroit style pizza",
            "leoparding on the crust",
            "pizza review",
            "homemade pizza",
            "pizza truck",
            "pizzeria owner",
            "pizza napoletana",
            "pizzería",
            "pizzabäcker",
            "pizzaïolo",
            "pizzaria",
        ),
        (
            "pizza delivery driver",
            "pizza hut birthday party",
            "cold pizza for breakfast",
            "pizza cutter meme",
            "pizzazz",
            "teenage mutant ninja turtles",
            "pizza party at work",
            "pie chart",
            "frozen pizza",
            "domino effect",
        ),
        ("pizzas", "pizza making", "pizzaiolo", "neapolitan pizza", "homemade pizza"),
        ("food", "cooking"),
    ),
    (
        "chocolate",
        (
            "chocolatier",
            "bean to bar chocolate maker",
            "craft chocolate",
            "tempering chocolate",
            "bonbons and pralines",
            "chocolate tasting",
            "single origin chocolate",
            "cacao sourcing",
            "chocolate shop owner",
            "ganache",
            "chocolate maker",
            "fine chocolate reviews",
            "cacao percentage",
            "chocolate sculpture",
            "chocolatero",
            "chocolatera",
            "chocolatería",
            "schokolade",
            "chocolatière",
            "cioccolatiere",
            "chocolateiro",
        ),
        (
            "chocolate lab puppy",
            "hot chocolate weather",
            "chocolate brown hair",
            "chocolate factory movie",
            "chocolate rain",
            "chocolate milk after the gym",
            "choco tacos",
            "chocolate teapot",
            "coco chanel",
            "cocoa butter lotion",
        ),
        ("chocolatier", "chocolatiers", "chocolate making", "bean to bar", "craft chocolate", "chocolates"),
        ("food",),
    ),
    (
        "hot sauce",
        (
            "hot sauce maker",
            "chilihead",
            "fermented hot sauce",
            "scoville",
            "carolina reaper",
            "ghost pepper",
            "habanero sauce",
            "chilli grower",
            "hot ones challenge",
            "hot sauce collection",
            "chili festival",
            "chilli farm",
            "superhot chillies",
            "pepper grower",
            "salsa picante",
            "salsa de chile",
            "scharfe soße",
            "sauce piquante",
            "salsa piccante",
            "molho de pimenta",
        ),
        (
            "hot take",
            "hot mess",
            "sauce of the story",
            "sauce on the drip",
            "hot girl summer",
            "red hot chili peppers concert",
            "hot sauce by beyoncé lyrics",
            "hot weather",
            "saucy",
            "pepper spray",
            "chili's restaurant",
        ),
        ("hot sauces", "chili heads", "chilli heads", "chilihead", "spicy food", "chillies", "chili peppers"),
        ("food",),
    ),
    (
        "tequila",
        (
            "tequila enthusiast",
            "mezcal lover",
            "agave spirits",
            "blanco tequila",
            "reposado",
            "añejo tasting",
            "mezcalero",
            "tequila distillery tour",
            "additive free tequila",
            "100% agave",
            "palenque visit in oaxaca",
            "espadin and tobala",
            "raicilla",
            "tequila brand ambassador",
            "agave fields in jalisco",
            "mezcalería",
            "tequilero",
            "mezcal artesanal",
            "tequila-liebhaber",
            "amateur de tequila",
            "degustazione di mezcal",
        ),
        (
            "tequila shots at the club",
            "tequila sunrise song",
            "one tequila two tequila",
            "tequila hangover",
            "tequila mockingbird",
            "agave syrup in my coffee",
            "sunrise run",
            "shot of espresso",
            "margarita pizza",
            "mexican wave",
        ),
        ("mezcal", "agave spirits", "tequilas", "mezcales", "mezcal spirits"),
        ("food",),
    ),
    (
        "sake",
        (
            "sake sommelier",
            "kikisake-shi",
            "nihonshu",
            "sake brewery",
            "sake brewer",
            "toji",
            "junmai daiginjo",
            "ginjo tasting",
            "sake pairing dinner",
            "craft sake",
            "sake educator",
            "namazake season",
            "sake advanced certificate",
            "kura visit in niigata",
            "sake importer",
            "sommelier de sake",
            "sake-sommelière",
            "sommelière saké",
            "degustazione sake",
            "saquê",
        ),
        (
            "for goodness sake",
            "for my sake",
            "for the sake of argument",
            "for pete's sake",
            "namesake",
            "sakes alive",
            "keepsake",
            "for old times' sake",
            "forsake",
            "for heaven's sake",
            "salmon sake bento",
        ),
        ("nihonshu", "japanese sake", "sake brewing", "sake sommelier", "saké"),
        ("food",),
    ),
    (
        "cider",
        (
            "cider maker",
            "craft cider",
            "cidermaker",
            "orchard and cidery",
            "farmhouse cider",
            "heritage apple varieties",
            "wassail in the orchard",
            "keeved cider",
            "perry pears",
            "cider festival",
            "real cider and perry",
            "cider pressing weekend",
            "natural cider",
            "sidra natural",
            "sidrería",
            "apfelwein",
            "cidre fermier",
            "sidro",
            "sidra",
        ),
        (
            "hard cider hangover",
            "cider with rosie",
            "cider vinegar for hair",
            "apple pie",
            "apple iphone",
            "apple music",
            "hot apple cider at the fair",
            "spider",
            "apples to apples",
        ),
        ("ciders", "craft cider", "cider making", "cidermaking", "real cider", "cider and perry"),
        ("food",),
    ),
    (
        "market research",
        (
            "market researcher",
            "market research analyst",
            "ran three focus groups for a new product today",
            "consumer insights manager",
            "survey design and fieldwork",
            "quant and qual research agency",
            "customer segmentation study",
            "designing a conjoint study",
            "brand tracking survey results are in",
            "consumer panel data analysis",
            "market sizing for a new category",
            "insights director at a research agency",
            "questionnaire design is an art",
            "shopper insights and category research",
            "usage and attitude study",
            "recruiting respondents for in-depth interviews",
            "moderating an online community for a brand",
            "investigación de mercados",
            "marktforschung und konsumentenforschung",
            "études de marché et sondages",
            "ricerche di mercato",
            "pesquisa de mercado",
        ),
        (
            "went to the market for fresh vegetables",
            "farmers market on saturday",
            "researching stocks before I buy",
            "the housing market is crazy",
            "researching flights for our holiday",
            "the job market is brutal right now",
            "flea market finds",
            "market stall selling cheese",
            "research lab in molecular biology",
            "putting my house on the market",
            "black market tickets",
        ),
        (
            "market researcher",
            "marketing research",
            "consumer insights",
            "customer insights",
            "consumer research",
            "insights",
        ),
        ("marketing", "business"),
    ),
    (
        "business analysis",
        (
            "business analyst",
            "senior business analyst",
            "gathering requirements from stakeholders",
            "writing user stories and acceptance criteria",
            "process mapping workshop",
            "BPMN diagrams all day",
            "gap analysis for the new system",
            "CBAP certified",
            "requirements elicitation",
            "as-is and to-be process maps",
            "bridging business and IT",
            "BA on an ERP implementation",
            "use case documentation",
            "stakeholder interviews and requirements workshops",
            "functional specification signed off",
            "IIBA chapter meetup",
            "business requirements document finally approved",
            "analista de negocio",
            "anforderungsmanagement und prozessanalyse",
            "analyste métier",
            "analista funzionale",
            "analista de negócios",
        ),
        (
            "business is booming",
            "analysis paralysis",
            "my business trip to Chicago",
            "none of your business",
            "business class upgrade",
            "psychoanalysis session on thursdays",
            "chemical analysis in the lab",
            "match analysis after the derby",
            "business casual dress code",
            "funny business at the office party",
            "blood test analysis results",
        ),
        (
            "business analyst",
            "business analysts",
            "requirements engineering",
            "requirements analysis",
            "business process analysis",
            "requirements management",
        ),
        ("business",),
    ),
    (
        "change management",
        (
            "change manager",
            "organisational change management",
            "leading a transformation programme",
            "Prosci certified change practitioner",
            "applying the ADKAR model",
            "stakeholder engagement for change",
            "change impact assessment",
            "helping people through a restructure",
            "building a change champion network",
            "resistance to change is normal",
            "transformation lead",
            "culture change programme",
            "change comms plan for go-live",
            "driving adoption of the new system",
            "the people side of change",
            "change readiness survey",
            "gestión del cambio",
            "veränderungsmanagement",
            "conduite du changement",
            "gestione del cambiamento",
            "gestão da mudança",
        ),
        (
            "climate change",
            "change of plans",
            "loose change in my pocket",
            "changed the baby's nappy",
            "oil change at the garage",
            "change of address form",
            "keep the change",
            "changing room at the gym",
            "a change of scenery",
            "changed my mind",
            "stage manager in the theatre",
            "changing a tyre",
        ),
        (
            "organizational change",
            "organisational change",
            "organizational change management",
            "change manager",
            "ocm",
            "business transformation",
            "change leadership",
        ),
        ("business", "leadership"),
    ),
    (
        "risk management",
        (
            "risk manager",
            "enterprise risk management",
            "chief risk officer",
            "operational risk analyst",
            "credit risk modelling",
            "updating the risk register",
            "risk appetite statement",
            "three lines of defence",
            "FRM certified",
            "market risk and VaR limits",
            "business continuity and resilience",
            "risk and control self-assessment",
            "third party risk management",
            "model risk validation",
            "stress testing the loan book",
            "risk reporting to the board",
            "gestión de riesgos",
            "risikomanagement",
            "gestion des risques",
            "gestione del rischio",
            "gestão de riscos",
        ),
        (
            "risk of rain this afternoon",
            "at the risk of sounding old",
            "playing the board game Risk",
            "high risk pregnancy",
            "risky move on the dance floor",
            "heart disease risk factors",
            "risk it for the biscuit",
            "children at risk of exclusion",
            "fire risk in the kitchen",
            "risk-taker in love",
            "no risk, no fun",
        ),
        (
            "risk",
            "risk manager",
            "enterprise risk management",
            "erm",
            "operational risk",
            "credit risk",
            "risk analytics",
            "market risk",
        ),
        ("finance", "business"),
    ),
    (
        "corporate governance",
        (
            "company secretary",
            "non-executive director",
            "board governance adviser",
            "board effectiveness review",
            "chair of the audit committee",
            "shareholder engagement and proxy voting",
            "board papers and minutes",
            "independent director on three boards",
            "stewardship code reporting",
            "board diversity and succession",
            "executive pay and the remuneration committee",
            "governance professional",
            "writing the corporate governance report",
            "fiduciary duties of directors",
            "AGM season again",
            "gobierno corporativo",
            "consejera independiente",
            "aufsichtsrat und unternehmensführung",
            "gouvernance d'entreprise",
            "governo societario",
            "governança corporativa",
        ),
        (
            "student government elections",
            "corporate hospitality box at the match",
            "governor of California",
            "the governess in the novel",
            "board game night",
            "bored out of my mind",
            "ironing board",
            "diving board",
            "corporate jargon bingo",
            "boarding school",
            "corporate retreat team building",
        ),
        (
            "board governance",
            "company secretary",
            "board director",
            "non-executive director",
            "boardroom",
            "governance",
            "corporate governance professional",
        ),
        ("business", "law"),
    ),
    (
        "mergers and acquisitions",
        (
            "M&A associate",
            "M&A advisory",
            "closed the acquisition today",
            "due diligence in the data room",
            "buy-side M&A",
            "sell-side mandate",
            "post-merger integration lead",
            "deal team working through the night",
            "corporate development at a tech company",
            "LOI signed, moving to SPA",
            "synergy model for the merger",
            "investment banking analyst pulling all-nighters",
            "cross-border M&A lawyer",
            "carve-out transaction",
            "valuation and deal structuring",
            "announced our acquisition of a competitor",
            "fusiones y adquisiciones",
            "fusionen und übernahmen",
            "fusions et acquisitions",
            "fusioni e acquisizioni",
            "fusões e aquisições",
        ),
        (
            "acquired a taste for olives",
            "merging into the left lane",
            "git merge conflict",
            "language acquisition in toddlers",
            "merged the PDFs",
            "new acquisitions at the museum",
            "mergers of black holes",
            "data acquisition system",
            "merge sort algorithm",
            "merch drop on friday",
        ),
        (
            "m&a",
            "mergers & acquisitions",
            "m and a",
            "corporate development",
            "corp dev",
            "dealmaking",
            "investment banking",
        ),
        ("finance", "business"),
    ),
    (
        "franchising",
        (
            "franchisee of two locations",
            "franchise owner",
            "multi-unit franchisee",
            "franchise development manager",
            "opened our third franchise unit",
            "franchisor",
            "reviewing the franchise disclosure document",
            "franchise consultant",
            "franchising my business",
            "buying a franchise",
            "franchise expo this weekend",
            "royalty fees and territory rights",
            "franchise business coach",
            "master franchise rights for Spain",
            "grand opening of my franchise location",
            "franquiciado",
            "franquicia de comida rápida",
            "franchisenehmer",
            "franchisé",
            "franchising in italia",
            "franqueado",
        ),
        (
            "the Star Wars franchise",
            "Fast and Furious franchise",
            "franchise player for the Lakers",
            "franchise tag in the NFL",
            "the franchise for women's suffrage",
            "franchise record for points",
            "franchise mode in Madden",
            "media franchise merch",
            "the Pokémon franchise",
            "reboot of the horror franchise",
        ),
        ("franchise", "franchises", "franchisee", "franchisor", "franchise business", "franchise ownership"),
        ("small business", "business"),
    ),
    (
        "organizational psychology",
        (
            "organizational psychologist",
            "I-O psychology grad student",
            "occupational psychologist",
            "work psychology research",
            "employee engagement surveys",
            "psychometric assessment design",
            "job analysis and competency models",
            "leadership assessment centres",
            "SIOP conference",
            "burnout and wellbeing at work research",
            "team dynamics and psychological safety",
            "personnel selection research",
            "organisational development practitioner",
            "studying motivation in the workplace",
            "psicología organizacional",
            "arbeits- und organisationspsychologie",
            "psychologie du travail",
            "psicologia del lavoro",
            "psicologia organizacional",
        ),
        (
            "organizing my closet",
            "professional organizer",
            "reverse psychology on my kids",
            "sports psychology for penalty takers",
            "psychological thriller",
            "organ donor",
            "organic vegetables",
            "organized crime documentary",
            "work from home setup",
            "church organist",
        ),
        (
            "i-o psychology",
            "io psychology",
            "industrial-organizational psychology",
            "industrial organizational psychology",
            "occupational psychology",
            "work psychology",
            "organisational psychology",
            "business psychology",
        ),
        ("psychology", "HR"),
    ),
    (
        "email marketing",
        (
            "email marketer",
            "email marketing manager",
            "growing my email list",
            "open rates up 20% this month",
            "abandoned cart flow",
            "welcome sequence for new subscribers",
            "Klaviyo expert",
            "lifecycle marketing and CRM",
            "email deliverability specialist",
            "A/B testing subject lines",
            "drip campaign",
            "segmentation and automation in Mailchimp",
            "email copywriter",
            "CRM marketing manager",
            "retention marketing for ecommerce",
            "building email templates",
            "email marketing para tiendas online",
            "e-mail-marketing und newsletter",
            "emailing et automatisation",
            "email marketing e automazione",
            "e-mail marketing para infoprodutos",
        ),
        (
            "my inbox is a disaster",
            "email from my boss at 11pm",
            "spam calls all day",
            "sending a cover letter by email",
            "email scam warning",
            "out of office reply",
            "newsletter from my kid's school",
            "email server configuration",
            "gmail storage full",
            "phishing attack at work",
        ),
        (
            "e-mail marketing",
            "email marketer",
            "lifecycle marketing",
            "crm marketing",
            "retention marketing",
            "newsletter marketing",
            "email campaigns",
        ),
        ("marketing",),
    ),
    (
        "fundraising",
        (
            "fundraiser for a children's charity",
            "head of fundraising",
            "major gifts officer",
            "development director at a nonprofit",
            "donor stewardship",
            "running the marathon to raise money for cancer research",
            "charity gala and auction",
            "community fundraising manager",
            "trusts and foundations fundraiser",
            "our annual appeal",
            "legacy giving",
            "corporate partnerships manager at a charity",
            "Giving Tuesday campaign",
            "we hit our fundraising target",
            "capital campaign for the new hospice",
            "CFRE",
            "recaudación de fondos",
            "fundraiserin",
            "collecte de fonds",
            "raccolta fondi",
            "captação de recursos",
        ),
        (
            "raising the kids",
            "raising the bar",
            "raised my eyebrows",
            "fund manager at a hedge fund",
            "raised bed garden",
            "mutual funds",
            "trust fund kid",
            "raised voices",
            "raising chickens",
            "raise at work",
        ),
        (
            "fundraiser",
            "fundraisers",
            "charity fundraising",
            "nonprofit fundraising",
            "donor relations",
            "major gifts",
            "philanthropic fundraising",
        ),
        ("nonprofits",),
    ),
    (
        "grant writing",
        (
            "grant writer",
            "writing a grant proposal",
            "freelance grant writer for nonprofits",
            "submitted our NIH R01",
            "ERC grant application due",
            "funding bid writer",
            "letter of inquiry to a foundation",
            "grant awarded!",
            "research funding applications",
            "grants manager",
            "budget justification for the proposal",
            "logic model and theory of change",
            "submitting on grants.gov",
            "Horizon Europe consortium proposal",
            "specific aims page rewrite",
            "writing grants for small charities",
            "redacción de subvenciones",
            "förderanträge schreiben",
            "rédaction de demandes de subvention",
            "progettazione bandi europei",
            "escrita de projetos para editais",
        ),
        (
            "Ulysses S. Grant biography",
            "Hugh Grant rom-com",
            "granted, it was raining",
            "taking it for granted",
            "writer's block",
            "granite countertops",
            "grant me patience",
            "wish granted",
            "handwriting practice",
            "student grant for uni",
        ),
        (
            "grant writer",
            "grant writers",
            "grants",
            "grantwriting",
            "grant proposals",
            "grant applications",
            "proposal writing",
        ),
        ("nonprofits", "writing"),
    ),
    (
        "quantitative finance",
        (
            "quant researcher",
            "quantitative analyst",
            "quant developer at a hedge fund",
            "stochastic calculus for finance",
            "pricing exotic options",
            "building systematic trading strategies",
            "backtesting a momentum factor",
            "high frequency trading",
            "derivatives pricing models",
            "Monte Carlo simulation of interest rates",
            "factor models and portfolio optimisation",
            "algorithmic trading in python",
            "market microstructure research",
            "volatility surface calibration",
            "statistical arbitrage",
            "MFE student",
            "finanzas cuantitativas",
            "quantitative finanzmathematik",
            "finance quantitative",
            "finanza quantitativa",
            "finanças quantitativas",
        ),
        (
            "quantum physics lecture",
            "quantity surveyor",
            "quantity over quality",
            "quantitative methods in psychology",
            "Mary Quant fashion",
            "option to upgrade my phone",
            "high frequency hearing loss",
            "volatile mood swings",
            "derivative of x squared",
            "trading cards",
        ),
        (
            "quant finance",
            "quant",
            "quants",
            "quantitative trading",
            "algorithmic trading",
            "algo trading",
            "financial engineering",
            "mathematical finance",
        ),
        ("finance", "mathematics"),
    ),
    (
        "corporate finance",
        (
            "corporate finance manager",
            "FP&A analyst",
            "financial planning and analysis",
            "building the three statement model",
            "capital budgeting and NPV",
            "CFO of a mid-size company",
            "treasury manager",
            "working capital optimisation",
            "budgeting and forecasting season",
            "board finance pack",
            "WACC calculation",
            "capital structure decisions",
            "finance business partner",
            "corporate treasury and cash management",
            "raising debt for the company",
            "finance director",
            "finanzas corporativas",
            "unternehmensfinanzierung",
            "finance d'entreprise",
            "finanza aziendale",
            "finanças corporativas",
        ),
        (
            "my finances are a mess",
            "car on finance",
            "buy now pay later",
            "corporate hospitality at the races",
            "corporate job killing my soul",
            "finance minister's budget speech",
            "corporate team-building retreat",
            "financing my new phone",
            "corporate merch hoodies",
            "treasure hunt",
        ),
        (
            "fp&a",
            "financial planning and analysis",
            "corporate treasury",
            "cfo",
            "finance director",
            "financial management",
            "business finance",
        ),
        ("finance", "business"),
    ),
    (
        "impact investing",
        (
            "impact investor",
            "impact fund manager",
            "investing for social and environmental return",
            "blended finance",
            "social impact bonds",
            "gender lens investing",
            "measuring impact with IRIS+",
            "community development finance",
            "green bonds",
            "mission-related investments",
            "impact VC backing climate startups",
            "patient capital",
            "impact measurement and management",
            "sustainable investing analyst",
            "responsible investment team",
            "inversión de impacto",
            "wirkungsorientiertes investieren",
            "investissement à impact",
            "investimenti a impatto",
            "investimento de impacto",
        ),
        (
            "impact of the new policy on traffic",
            "Genshin Impact",
            "impact driver from Dewalt",
            "high impact workout",
            "impact crater on the moon",
            "car crash impact",
            "investing in a new sofa",
            "investing time in my relationship",
            "made a big impact on me",
            "impact font memes",
        ),
        (
            "impact investment",
            "social investment",
            "social impact investing",
            "sustainable investing",
            "esg investing",
            "responsible investing",
            "sustainable finance",
        ),
        ("investing", "sustainability"),
    ),
    (
        "microfinance",
        (
            "microfinance institution",
            "microloans for women entrepreneurs",
            "microcredit program officer",
            "lending on Kiva",
            "financial inclusion in rural areas",
            "village savings and loan groups",
            "mobile money and M-Pesa",
            "loan officer at an MFI",
            "banking the unbanked",
            "the Grameen model",
            "self-help groups in India",
            "microinsurance",
            "social performance management",
            "group lending with joint liability",
            "microfinanzas",
            "mikrofinanz",
            "microfinance en Afrique",
            "microcredito",
            "microcrédito",
        ),
        (
            "micromanagement from my boss",
            "microwave dinner",
            "microphone check",
            "payday loan ads everywhere",
            "student loans are crushing me",
            "micro:bit coding club",
            "micro four thirds camera",
            "microbrewery tour",
            "loan shark",
            "borrowed my sister's car",
        ),
        (
            "microcredit",
            "microloans",
            "micro finance",
            "micro-finance",
            "microlending",
            "financial inclusion",
            "mfi",
        ),
        ("finance", "international development"),
    ),
    (
        "financial literacy",
        (
            "teaching kids about money",
            "financial literacy educator",
            "money lessons for teens",
            "financial education workshops",
            "explaining compound interest to my students",
            "financial wellness program at work",
            "money confidence for women",
            "budgeting workshop at the library",
            "financial literacy should be taught in schools",
            "credit score basics",
            "personal finance class for high schoolers",
            "money coach",
            "helping first-generation students understand loans",
            "financial capability programme",
            "educación financiera",
            "finanzielle bildung",
            "éducation financière",
            "educazione finanziaria",
            "educação financeira",
        ),
        (
            "literacy rates in rural schools",
            "digital literacy course",
            "I literally can't",
            "Financial Times subscription",
            "financial year end",
            "computer literacy class for seniors",
            "financial statements audit",
            "literary festival",
            "money can't buy happiness",
            "financial aid office",
        ),
        (
            "money education",
            "financial education",
            "financial wellness",
            "money literacy",
            "financial capability",
            "financial wellbeing",
        ),
        ("personal finance", "education"),
    ),
    (
        "behavioral economics",
        (
            "behavioural economist",
            "nudge unit",
            "behavioural insights team",
            "choice architecture",
            "loss aversion and framing effects",
            "heuristics and biases",
            "applied behavioural science",
            "running a field experiment on savings",
            "default effects in pensions",
            "prospect theory",
            "reading Thinking, Fast and Slow",
            "bounded rationality",
            "behavioural science lead at a bank",
            "randomised trial of a nudge",
            "present bias and procrastination",
            "economía conductual",
            "verhaltensökonomie",
            "économie comportementale",
            "economia comportamentale",
            "economia comportamental",
        ),
        (
            "behaviour chart for my toddler",
            "dog behaviour training",
            "economy class seats",
            "economical car",
            "bad behaviour at the pub",
            "nudged the table",
            "bias binding for sewing",
            "behavioral health clinic",
            "economy of words",
            "on my best behaviour",
        ),
        (
            "behavioural economics",
            "behavioral science",
            "behavioural science",
            "behavioural insights",
            "behavioral econ",
            "nudge",
            "decision science",
        ),
        ("economics", "psychology"),
    ),
    (
        "development economics",
        (
            "development economist",
            "RCT in rural Kenya",
            "poverty alleviation research",
            "randomized evaluation of cash transfers",
            "field experiments in development",
            "economist at the World Bank",
            "growth diagnostics",
            "aid effectiveness",
            "J-PAL affiliated researcher",
            "impact evaluation specialist",
            "economic growth in low-income countries",
            "structural transformation",
            "poverty and inequality research",
            "household survey data from Ethiopia",
            "economía del desarrollo",
            "entwicklungsökonomie",
            "économie du développement",
            "economia dello sviluppo",
            "economia do desenvolvimento",
        ),
        (
            "personal development journey",
            "software development sprint",
            "property development site",
            "child development milestones",
            "developing photos in the darkroom",
            "new housing development",
            "developing story, more soon",
            "professional development day",
            "economy flight",
            "muscle development",
        ),
        ("development economist", "dev econ", "development studies", "poverty economics", "global poverty"),
        ("economics", "international development"),
    ),
    (
        "economic history",
        (
            "economic historian",
            "history of capitalism",
            "economics of the industrial revolution",
            "the Great Depression and its causes",
            "long-run growth and the great divergence",
            "cliometrics",
            "history of money and banking",
            "trade and empires in the early modern world",
            "historical GDP estimates",
            "archival wage data",
            "the economy of the Roman empire",
            "history of economic thought",
            "Economic History Society conference",
            "historia económica",
            "wirtschaftsgeschichte",
            "histoire économique",
            "storia economica",
            "história econômica",
        ),
        (
            "clear my browser history",
            "economy flight to Rome",
            "family history research",
            "medical history form",
            "history was made at Wembley",
            "search history",
            "order history on Amazon",
            "credit history check",
            "economic news today, inflation",
            "economical with the truth",
        ),
        (
            "economic historian",
            "history of economics",
            "cliometrics",
            "business history",
            "history of capitalism",
            "history of economic thought",
        ),
        ("economics", "history"),
    ),
    (
        "econometrics",
        (
            "econometrician",
            "instrumental variables estimation",
            "running panel regressions in Stata",
            "difference-in-differences design",
            "time series econometrics",
            "causal inference with observational data",
            "regression discontinuity",
            "robust standard errors",
            "GMM estimation",
            "forecasting with VAR models",
            "applied econometrics course",
            "heteroskedasticity strikes again",
            "structural estimation",
            "synthetic control method",
            "econometría",
            "ökonometrie",
            "économétrie",
            "econometria",
            "econometria aplicada",
        ),
        (
            "the video assistant referee again",
            "metrics dashboard at work",
            "economy car rental",
            "the metric system",
            "biometrics at the airport",
            "regression to my teenage years",
            "panel discussion tonight",
            "instrumental music",
            "echo chamber",
            "fixed effects pedal for my guitar",
        ),
        (
            "econometrician",
            "applied econometrics",
            "causal inference",
            "time series econometrics",
            "microeconometrics",
        ),
        ("economics", "data science"),
    ),
    (
        "monetary policy",
        (
            "central bank watcher",
            "monetary policy economist",
            "Fed watcher",
            "rate decision day",
            "interest rates and inflation targeting",
            "quantitative easing and the balance sheet",
            "forward guidance",
            "ECB press conference live",
            "MPC minutes out today",
            "yield curve control",
            "central bank digital currency research",
            "monetary economics PhD",
            "the taylor rule says otherwise",
            "the Fed will cut in September",
            "política monetaria",
            "geldpolitik",
            "politique monétaire",
            "politica monetaria",
            "política monetária",
        ),
        (
            "monetize my youtube channel",
            "returns policy at the store",
            "insurance policy renewal",
            "school uniform policy",
            "monetary prize at the quiz",
            "fed up with the weather",
            "I fed the cat",
            "federal holiday",
            "privacy policy update",
            "interest in knitting",
        ),
        (
            "central banking",
            "central banks",
            "monetary economics",
            "fed watching",
            "interest rates",
            "inflation targeting",
        ),
        ("economics", "finance"),
    ),
    (
        "international trade",
        (
            "trade policy analyst",
            "import export business",
            "customs broker",
            "tariffs and trade agreements",
            "WTO negotiations",
            "trade economist",
            "export manager",
            "incoterms and letters of credit",
            "trade compliance specialist",
            "free trade agreement",
            "global value chains",
            "anti-dumping duties",
            "trade finance",
            "rules of origin headaches",
            "comercio exterior",
            "außenhandel",
            "commerce international",
            "commercio estero",
            "comércio exterior",
        ),
        (
            "trading cards",
            "trade school electrician",
            "stock trading app",
            "tricks of the trade",
            "trade deadline in the NBA",
            "trade-off between speed and quality",
            "jack of all trades",
            "Trading Places movie",
            "horse trading in parliament",
            "trade show booth",
            "Pokémon trade",
        ),
        (
            "trade policy",
            "global trade",
            "international commerce",
            "import export",
            "import/export",
            "foreign trade",
        ),
        ("economics", "business"),
    ),
    (
        "criminal law",
        (
            "criminal defence lawyer",
            "criminal defense attorney",
            "public defender",
            "prosecutor",
            "assistant district attorney",
            "crown prosecutor",
            "criminal barrister in the Crown Court",
            "jury trial starts Monday",
            "bail hearing this morning",
            "defending clients in the magistrates court",
            "sentencing hearing",
            "appeal against conviction",
            "criminal law professor",
            "mens rea and actus reus",
            "plea negotiations",
            "abogado penalista",
            "strafverteidiger",
            "avocat pénaliste",
            "avvocato penalista",
            "advogado criminalista",
        ),
        (
            "it's criminal how cheap these shoes are",
            "Criminal Minds marathon",
            "crime novel by the pool",
            "law of attraction",
            "Murphy's law",
            "mother-in-law visiting",
            "criminally underrated band",
            "Law & Order reruns",
            "the law of gravity",
            "law of averages",
        ),
        (
            "criminal defense",
            "criminal defence",
            "criminal lawyer",
            "defense attorney",
            "criminal defense lawyer",
            "prosecution",
            "public defender",
            "penal law",
        ),
        ("law", "criminal justice"),
    ),
    (
        "corporate law",
        (
            "corporate lawyer",
            "corporate associate at a magic circle firm",
            "general counsel",
            "in-house counsel",
            "drafting shareholder agreements",
            "corporate and commercial lawyer",
            "securities law and capital markets",
            "company law lecturer",
            "legal counsel for a tech company",
            "commercial contracts review",
            "billable hours",
            "big law associate",
            "partner at a corporate law firm",
            "advising boards on directors' duties",
            "abogada mercantilista",
            "gesellschaftsrecht",
            "droit des sociétés",
            "diritto societario",
            "direito societário",
        ),
        (
            "corporate job in a cubicle",
            "corporate merch",
            "son-in-law",
            "law of the jungle",
            "counsel from my grandmother",
            "commercial break",
            "corporate Christmas party",
            "laws of physics",
            "corporate greed memes",
            "company picnic",
        ),
        (
            "corporate lawyer",
            "company law",
            "business law",
            "commercial law",
            "securities law",
            "biglaw",
            "in-house counsel",
            "general counsel",
        ),
        ("law", "business"),
    ),
    (
        "constitutional law",
        (
            "constitutional lawyer",
            "con law professor",
            "Supreme Court oral arguments today",
            "First Amendment scholar",
            "judicial review",
            "separation of powers",
            "reading the Federalist Papers",
            "originalism vs living constitutionalism",
            "constitutional court ruling",
            "Bill of Rights",
            "SCOTUS opinion drop",
            "clerking at the Supreme Court",
            "comparative constitutional law",
            "due process and equal protection",
            "derecho constitucional",
            "verfassungsrecht",
            "droit constitutionnel",
            "diritto costituzionale",
            "direito constitucional",
        ),
        (
            "a strong constitution, never get sick",
            "my morning constitutional walk",
            "supreme pizza",
            "court shoes",
            "tennis court",
            "food court",
            "amendment to the recipe",
            "founders of the startup",
            "the bill at the restaurant",
            "body constitution in ayurveda",
        ),
        (
            "con law",
            "constitutional lawyer",
            "constitutional rights",
            "constitution",
            "supreme court",
            "scotus",
            "judicial review",
        ),
        ("law", "politics"),
    ),
    (
        "international law",
        (
            "international lawyer",
            "public international law",
            "law of the sea",
            "international humanitarian law",
            "ICJ hearings",
            "international criminal law",
            "treaty interpretation",
            "legal adviser at the foreign ministry",
            "LLM in international law",
            "investment treaty arbitration",
            "Jessup moot",
            "state responsibility",
            "law of armed conflict",
            "UN office of legal affairs",
            "derecho internacional",
            "völkerrecht",
            "droit international",
            "diritto internazionale",
            "direito internacional",
        ),
        (
            "international flights",
            "international student",
            "international women's day",
            "law of diminishing returns",
            "international break in the football",
            "international calling plan",
            "international shipping delays",
            "laws of cricket",
            "International House of Pancakes",
            "sea view from the hotel",
        ),
        (
            "public international law",
            "international lawyer",
            "international humanitarian law",
            "ihl",
            "law of the sea",
            "international criminal law",
            "law of armed conflict",
            "treaty law",
        ),
        ("law", "foreign policy"),
    ),
    (
        "environmental law",
        (
            "environmental lawyer",
            "climate litigation",
            "suing polluters",
            "environmental law clinic",
            "planning and environmental law",
            "Clean Air Act enforcement",
            "environmental impact assessment review",
            "Earthjustice attorney",
            "environmental regulation and permits",
            "rights of nature",
            "climate law and policy",
            "water law",
            "biodiversity law",
            "public interest environmental lawyer",
            "derecho ambiental",
            "umweltrecht",
            "droit de l'environnement",
            "diritto ambientale",
            "direito ambiental",
        ),
        (
            "environment variables in bash",
            "the work environment is toxic",
            "learning environment in my classroom",
            "natural law philosophy",
            "the lawn needs mowing",
            "environmental art installation",
            "environment design in video games",
            "dev environment setup",
            "law of nature",
            "green smoothie",
        ),
        (
            "environmental lawyer",
            "climate law",
            "climate litigation",
            "environmental regulation",
            "natural resources law",
            "energy and environmental law",
        ),
        ("law", "sustainability"),
    ),
    (
        "legal tech",
        (
            "legal tech founder",
            "legal engineer",
            "contract lifecycle management",
            "e-discovery specialist",
            "document automation for law firms",
            "AI for lawyers",
            "legal operations manager",
            "legal ops",
            "access to justice technology",
            "practice management software for law firms",
            "law firm innovation lead",
            "building a legal chatbot",
            "CLM implementation",
            "legal innovation",
            "technology-assisted review",
            "tecnología jurídica",
            "rechtsinformatik",
            "innovation juridique",
            "innovazione legale",
            "lawtech no brasil",
        ),
        (
            "tech support call",
            "legal high",
            "legal drinking age",
            "technical foul",
            "tech neck",
            "legal pad and a pen",
            "street legal car",
            "tech house DJ set",
            "Legally Blonde",
            "tech bro",
        ),
        (
            "legaltech",
            "lawtech",
            "legal technology",
            "legal ops",
            "legal operations",
            "legal innovation",
            "legal engineering",
        ),
        ("law", "tech"),
    ),
    (
        "mediation",
        (
            "family mediator",
            "accredited mediator",
            "commercial mediation",
            "workplace mediation",
            "conflict resolution practitioner",
            "alternative dispute resolution",
            "arbitrator",
            "international arbitration",
            "helping parties reach agreement",
            "mediation training course",
            "restorative justice facilitator",
            "community mediation volunteer",
            "divorce mediation",
            "ADR specialist",
            "mediación familiar",
            "mediator und konfliktberater",
            "médiatrice familiale",
            "mediatore civile",
            "mediação de conflitos",
        ),
        (
            "meditation retreat",
            "media coverage",
            "median salary",
            "mediterranean diet",
            "intermediate level Spanish",
            "immediate start",
            "social media break",
            "medieval castle",
            "medium roast coffee",
            "mediator complex in cell biology",
        ),
        (
            "mediator",
            "mediators",
            "dispute resolution",
            "alternative dispute resolution",
            "adr",
            "arbitration",
            "conflict resolution",
            "family mediation",
        ),
        ("law",),
    ),
    (
        "political campaigns",
        (
            "campaign manager",
            "field organizer",
            "canvassing door to door this weekend",
            "phone banking for our candidate",
            "campaign staffer",
            "get out the vote operation",
            "political consultant",
            "digital director for a Senate campaign",
            "volunteer coordinator on the campaign trail",
            "voter targeting and turnout models",
            "election day war room",
            "campaign finance reports due",
            "political strategist",
            "ran my first campaign",
            "jefa de campaña",
            "wahlkampf",
            "campagne électorale",
            "campagna elettorale",
            "campanha eleitoral",
        ),
        (
            "marketing campaign for the launch",
            "D&D campaign tonight",
            "Kickstarter campaign",
            "the Call of Duty campaign mode",
            "ad campaign on Meta",
            "the Gallipoli campaign",
            "awareness campaign for breast cancer",
            "campaign for real ale",
            "campaign mode in Total War",
            "email campaign",
        ),
        (
            "political campaigning",
            "campaigning",
            "electoral campaigns",
            "campaign management",
            "political consulting",
            "campaign strategy",
        ),
        ("politics",),
    ),
    (
        "lobbying",
        (
            "lobbyist",
            "public affairs consultant",
            "government relations manager",
            "advocacy and public affairs",
            "meeting MPs in Westminster",
            "government affairs director",
            "policy engagement in Brussels",
            "registered lobbyist on K Street",
            "monitoring legislation for clients",
            "stakeholder engagement with regulators",
            "trade association policy lead",
            "political monitoring",
            "responding to the consultation",
            "Hill meetings for our fly-in",
            "asuntos públicos",
            "lobbyarbeit",
            "affaires publiques",
            "relazioni istituzionali",
            "relações governamentais",
        ),
        (
            "hotel lobby",
            "waiting in the lobby",
            "game lobby in Fortnite",
            "lobbed the keeper",
            "lobby music",
            "lobbed a tennis ball",
            "lobby of the theatre",
            "lobster dinner",
            "lobby bar cocktails",
        ),
        (
            "lobbyist",
            "lobbyists",
            "public affairs",
            "government relations",
            "government affairs",
            "political lobbying",
        ),
        ("politics", "government"),
    ),
    (
        "OSINT",
        (
            "OSINT researcher",
            "open source intelligence investigations",
            "geolocating videos from the frontline",
            "Bellingcat-style investigations",
            "intelligence analyst",
            "threat intelligence analyst",
            "verifying footage with satellite imagery",
            "social media investigations",
            "OSINT CTF",
            "geolocation and chronolocation",
            "tracking ships with AIS data",
            "chronolocation from shadows",
            "OSINT for journalists",
            "investigación de fuentes abiertas",
            "osint-recherche",
            "renseignement en sources ouvertes",
            "intelligence da fonti aperte",
            "inteligência de fontes abertas",
        ),
        (
            "open source software contributor",
            "open source LLM weights",
            "business intelligence dashboards",
            "emotional intelligence",
            "artificial intelligence",
            "intelligent design",
            "source code on GitHub",
            "sourcing vintage furniture",
            "open house this Sunday",
            "location services on my phone",
        ),
        (
            "open source intelligence",
            "open-source intelligence",
            "intelligence analysis",
            "osint investigations",
            "open source investigations",
            "digital investigations",
        ),
        ("defense", "journalism"),
    ),
    (
        "political history",
        (
            "political historian",
            "history of political parties",
            "reading about the New Deal",
            "biographies of prime ministers",
            "the French Revolution and its politics",
            "history of elections and voting",
            "parliamentary history",
            "Reconstruction-era politics",
            "history of the Labour party",
            "presidential history buff",
            "the collapse of the Weimar Republic",
            "history of political ideas",
            "political biography",
            "historia política",
            "politische geschichte",
            "histoire politique",
            "storia politica",
            "história política",
        ),
        (
            "office politics",
            "family politics at Christmas",
            "browser history",
            "medical history",
            "history of the band",
            "making history with this win",
            "playground politics",
            "political correctness gone mad",
            "party at my place",
            "history repeats itself",
        ),
        (
            "political historian",
            "presidential history",
            "parliamentary history",
            "history of politics",
            "political biography",
            "history of political thought",
        ),
        ("history", "politics"),
    ),
    (
        "TEFL",
        (
            "ESL teacher",
            "English teacher in Korea",
            "teaching English abroad",
            "CELTA qualified",
            "DELTA trainee",
            "EFL teacher in Madrid",
            "online English tutor",
            "TESOL certificate",
            "IELTS preparation classes",
            "teaching business English",
            "young learners class today",
            "grammar lesson on the present perfect",
            "ELT materials writer",
            "Cambridge exam prep",
            "EAP tutor at university",
            "profesora de inglés",
            "englischlehrerin",
            "professeur d'anglais",
            "insegnante di inglese",
            "professora de inglês",
        ),
        (
            "ESL esports league",
            "full English breakfast",
            "English Premier League",
            "teaching my dog to sit",
            "Tesla owner",
            "English muffin recipe",
            "English bulldog puppy",
            "foreign exchange rates",
            "English as my second language, sorry for typos",
            "teaching hospital",
        ),
        (
            "esl teaching",
            "teaching english",
            "english teaching",
            "tesol",
            "elt",
            "efl",
            "english language teaching",
            "teaching english as a foreign language",
        ),
        ("education", "linguistics"),
    ),
    (
        "STEM education",
        (
            "STEM teacher",
            "STEM outreach",
            "robotics club for kids",
            "getting girls into coding",
            "science teacher at a high school",
            "STEM educator",
            "maker space in our school",
            "hands-on science experiments in class",
            "coding club after school",
            "STEAM curriculum",
            "science fair judge",
            "engineering outreach ambassador",
            "computer science teacher",
            "maths teacher",
            "educación STEM",
            "MINT-bildung",
            "enseignement des sciences",
            "didattica delle scienze",
            "ensino de ciências",
        ),
        (
            "stem cell research",
            "stem of the flower",
            "wine glass stem",
            "stems from childhood trauma",
            "sending the stems to the mixing engineer",
            "stem the bleeding",
            "bike stem upgrade",
            "STEMI heart attack",
            "science fiction book club",
            "mad science party for kids",
        ),
        (
            "stem",
            "steam education",
            "science education",
            "stem outreach",
            "stem teaching",
            "computer science education",
            "cs education",
            "math education",
        ),
        ("education", "science"),
    ),
    (
        "music education",
        (
            "music teacher",
            "elementary music teacher",
            "band director",
            "choir director at a high school",
            "teaching kids to read music",
            "Orff and Kodály methods",
            "music education degree",
            "private music lessons",
            "instrumental teacher for the county music service",
            "marching band season",
            "music theory lessons",
            "Suzuki violin teacher",
            "ukulele club at school",
            "recorder concert for year 3",
            "profesora de música",
            "musiklehrer",
            "professeur de musique",
            "insegnante di musica",
            "educação musical",
        ),
        (
            "music festival lineup",
            "educated guess",
            "music to my ears",
            "education minister",
            "music streaming playlist",
            "musical chairs",
            "driver education class",
            "sex education",
            "face the music",
            "lesson learned",
        ),
        (
            "music teacher",
            "music teaching",
            "music lessons",
            "band director",
            "music educator",
            "music pedagogy",
        ),
        ("education",),
    ),
    (
        "tutoring",
        (
            "private tutor",
            "maths tutor",
            "SAT prep tutor",
            "GCSE and A-level tutoring",
            "online tutoring sessions",
            "tutor for dyslexic students",
            "11+ tutor",
            "chemistry tutor for uni students",
            "peer tutoring",
            "my tutoring business",
            "tutoring centre owner",
            "homework help sessions",
            "exam prep coaching",
            "one-to-one tuition",
            "profesora particular",
            "nachhilfelehrerin",
            "cours particuliers",
            "ripetizioni di matematica",
            "aulas particulares",
        ),
        (
            "YouTube tutorial on makeup",
            "form tutor meeting at school",
            "Tudor history",
            "personal trainer",
            "driving instructor",
            "tutu for ballet",
            "private jet",
            "private school fees",
            "tuition fees are too high",
            "Netflix tutorial for grandma",
        ),
        (
            "tutor",
            "tutors",
            "private tutoring",
            "tuition",
            "online tutoring",
            "test prep",
            "exam prep",
            "academic coaching",
        ),
        ("education",),
    ),
    (
        "digital humanities",
        (
            "digital humanist",
            "text mining historical newspapers",
            "TEI encoding of manuscripts",
            "distant reading of Victorian novels",
            "computational literary studies",
            "building a digital archive",
            "mapping historical data with GIS",
            "DH conference this week",
            "network analysis of letters",
            "digital scholarly editions",
            "humanities computing",
            "topic modelling of poetry",
            "linked open data for museums",
            "humanidades digitales",
            "digitale geisteswissenschaften",
            "humanités numériques",
            "informatica umanistica",
            "humanidades digitais",
        ),
        (
            "digital detox weekend",
            "digital marketing agency",
            "humane society adoption",
            "faith in humanity restored",
            "digital camera review",
            "digital nomad in Bali",
            "digital watch",
            "humanitarian aid convoy",
            "human resources",
            "digital transformation consultant",
        ),
        (
            "dh",
            "digital humanist",
            "humanities computing",
            "computational humanities",
            "digital history",
            "cultural analytics",
            "digital scholarship",
        ),
        ("academia",),
    ),
    (
        "radio",
        (
            "radio presenter",
            "radio DJ on the breakfast show",
            "community radio volunteer",
            "radio producer",
            "live on air at 7am",
            "student radio",
            "local radio station",
            "radio drama",
            "BBC Radio 4 listener",
            "phone-in show host",
            "broadcast journalist in radio",
            "radio documentary",
            "history of pirate radio",
            "love listening to talk radio",
            "locutora de radio",
            "radiomoderator",
            "animateur radio",
            "conduttore radiofonico",
            "radialista",
        ),
        (
            "radio silence from him",
            "Radiohead concert",
            "radiology appointment",
            "radiator broke",
            "radio controlled car",
            "radio check on the walkie-talkie",
            "radioactive waste",
            "radio button on the form",
            "police radio chatter",
            "bluetooth radio module",
        ),
        (
            "radio broadcasting",
            "broadcasting",
            "radio presenter",
            "radio host",
            "talk radio",
            "community radio",
            "radio dj",
            "radio production",
        ),
        ("media",),
    ),
    (
        "blogging",
        (
            "blogger",
            "lifestyle blogger",
            "new post up on the blog",
            "WordPress blogger",
            "travel blogger",
            "blogging since 2009",
            "link in bio for my latest blog post",
            "guest post on my blog",
            "monetizing my blog",
            "blog traffic report",
            "writing a blog post every week",
            "personal blog about books",
            "mommy blogger",
            "book blogger",
            "bloguera",
            "bloggerin",
            "blogueuse",
            "blogger italiana",
            "blogueira",
        ),
        (
            "server logs filling the disk",
            "log cabin weekend",
            "logging off for the night",
            "blocked drain",
            "captain's log",
            "log burner",
            "logging industry",
            "workout log",
            "spam bots in the comment section",
        ),
        ("blogger", "bloggers", "blog", "blogs", "blogosphere", "personal blogging", "lifestyle blogging"),
        ("writing", "media"),
    ),
    (
        "photojournalism",
        (
            "photojournalist",
            "documentary photographer",
            "staff photographer at the newspaper",
            "covering the protests for Reuters",
            "news photographer",
            "conflict photographer",
            "on assignment for AP today",
            "visual journalist",
            "photo essay on the refugee crisis",
            "press photographer",
            "photo editor at a newspaper",
            "World Press Photo nomination",
            "long-term documentary project",
            "fotoperiodista",
            "fotojournalistin",
            "photojournaliste",
            "fotogiornalista",
            "fotojornalista",
        ),
        (
            "photo journal of my holiday",
            "journaling every morning",
            "bullet journal spread",
            "photo booth at the wedding",
            "journal article accepted",
            "press-on nails",
            "french press coffee",
            "bench press PR",
            "photo ID for the passport",
            "press release from the company",
        ),
        (
            "photojournalist",
            "photojournalists",
            "documentary photography",
            "news photography",
            "press photography",
            "visual journalism",
            "conflict photography",
        ),
        ("photography", "journalism"),
    ),
    (
        "fact-checking",
        (
            "fact-checker",
            "fact checker at a newsroom",
            "debunking viral misinformation",
            "verifying claims from the debate",
            "disinformation researcher",
            "tracking misinformation online",
            "rated false after checking the sources",
            "verification desk",
            "open source verification of viral videos",
            "countering disinformation",
            "fake news debunked",
            "IFCN signatory",
            "fact-checking the politician's speech",
            "verificadora de datos",
            "faktencheck",
            "vérification des faits",
            "verifica dei fatti",
            "checagem de fatos",
        ),
        (
            "the facts of life",
            "quality check",
            "checkmate in three",
            "checked into the hotel",
            "check the oil",
            "fun fact",
            "product fact sheet",
            "rain check",
            "check please",
            "cheque in the post",
        ),
        (
            "fact checker",
            "fact-checker",
            "fact checkers",
            "misinformation",
            "disinformation",
            "debunking",
            "information integrity",
        ),
        ("journalism", "media"),
    ),
    (
        "copy editing",
        (
            "copy editor",
            "copyeditor and proofreader",
            "freelance proofreader",
            "editing manuscripts for indie authors",
            "line editing a novel",
            "developmental editor",
            "Chicago Manual of Style nerd",
            "AP Style question",
            "defender of the serial comma",
            "house style guide for the magazine",
            "subeditor at the newspaper",
            "proofreading academic theses",
            "track changes all day",
            "fixing dangling modifiers",
            "correctora de estilo",
            "lektorin",
            "correctrice",
            "correttore di bozze",
            "revisora de textos",
        ),
        (
            "video editing in Premiere",
            "photo editing in Lightroom",
            "copycat",
            "copy and paste",
            "carbon copy",
            "hard copy",
            "text editor in vim",
            "editor's choice award",
            "copy of the keys",
            "DJ edit of the track",
        ),
        (
            "copyediting",
            "copy editor",
            "copyeditor",
            "proofreading",
            "proofreader",
            "line editing",
            "subediting",
            "manuscript editing",
        ),
        ("writing", "publishing"),
    ),
    (
        "public speaking",
        (
            "public speaker",
            "keynote speaker",
            "Toastmasters club",
            "gave my first TEDx talk",
            "speaking at a conference next month",
            "overcoming stage fright",
            "speech coach",
            "keynote on leadership",
            "storytelling on stage",
            "presentation skills training",
            "emcee for the gala",
            "debate club",
            "motivational speaker",
            "book me to speak at your event",
            "orador motivacional",
            "rednerin",
            "prise de parole en public",
            "parlare in pubblico",
            "oratória",
        ),
        (
            "public toilets",
            "speaking of which",
            "strictly speaking",
            "speakers for my TV",
            "bluetooth speaker",
            "Speaker of the House",
            "public holiday",
            "going public on the stock market",
            "not on speaking terms",
            "public transport",
        ),
        (
            "public speaker",
            "keynote speaking",
            "toastmasters",
            "oratory",
            "presentation skills",
            "speechmaking",
            "motivational speaking",
        ),
        (),
    ),
    (
        "national parks",
        (
            "visiting every national park",
            "seasonal park ranger",
            "national park service volunteer",
            "32 of 63 national parks visited",
            "bought the annual america the beautiful pass",
            "junior ranger badge collector",
            "sunrise at zion national park",
            "yosemite valley this weekend",
            "backcountry permit for glacier",
            "exploring parks canada",
            "walks in the peak district national park",
            "national park passport stamps",
            "ranger-led hike at acadia",
            "protect our public lands",
            "road trip through the utah mighty five",
            "wildlife jam in lamar valley",
            "recorriendo los parques nacionales",
            "guardaparques en patagonia",
            "wandern im nationalpark bayerischer wald",
            "randonnée dans le parc national des écrins",
            "escursione nel parco nazionale del gran paradiso",
        ),
        (
            "car park attendant",
            "park and ride into town",
            "a ballpark figure for the budget",
            "theme park season pass",
            "skate park session",
            "business park office move",
            "playing in the park with the kids",
            "jurassic park rewatch",
            "national anthem before the game",
            "national lottery winner",
            "parked the car outside",
        ),
        ("national park", "park ranger", "park rangers", "public lands", "national park service"),
        ("outdoors",),
    ),
    (
        "orienteering",
        (
            "orienteer",
            "orienteering club member",
            "sprint orienteering race",
            "punching controls with my si card",
            "mtb orienteering",
            "ski orienteering",
            "map and compass race through the forest",
            "middle distance orienteering event",
            "night orienteering in the woods",
            "ran a relay leg at jukola",
            "junior orienteering squad",
            "rogaining with my team",
            "reading the control descriptions",
            "bad route choice on the long leg",
            "mispunch disqualified me",
            "british orienteering ranking event",
            "carrera de orientación",
            "orientierungslauf am wochenende",
            "course d'orientation en forêt",
            "gara di orienteering",
            "corrida de orientação",
        ),
        (
            "orientation week at uni",
            "new staff orientation day",
            "sexual orientation",
            "oriental rugs and carpets",
            "orientation of the solar panels",
            "customer orientation in sales",
            "getting my bearings in a new city",
            "murder on the orient express",
            "portrait or landscape orientation",
            "career orientation counselling",
        ),
        ("orienteer", "orienteers", "rogaining", "foot orienteering", "orientering"),
        ("outdoors",),
    ),
    (
        "search and rescue",
        (
            "mountain rescue team member",
            "search and rescue volunteer",
            "sar dog handler",
            "callout at 3am for a missing walker",
            "lowland rescue volunteer",
            "volunteer lifeboat crew",
            "rnli crew member",
            "coastguard rescue officer",
            "swiftwater rescue technician",
            "helicopter winchman",
            "cave rescue team",
            "avalanche rescue training",
            "k9 search team",
            "wilderness first responder on the sar team",
            "missing person search in the hills",
            "technical rope rescue",
            "grupo de rescate en montaña",
            "ehrenamtlich bei der bergwacht",
            "secouriste en montagne",
            "volontario del soccorso alpino",
            "equipa de busca e salvamento",
        ),
        (
            "adopted a rescue dog from the shelter",
            "rescued a kitten",
            "search engine optimisation",
            "search and replace in vim",
            "job search is brutal",
            "financial rescue package",
            "rescue remedy for anxiety",
            "house search in the suburbs",
            "searching for my keys again",
            "rescue mission in the video game",
            "the band search for a drummer",
        ),
        ("sar", "mountain rescue", "lifeboat crew", "search & rescue", "rescue volunteer", "cave rescue"),
        ("emergency management",),
    ),
    (
        "rewilding",
        (
            "rewilding project",
            "reintroducing beavers",
            "rewilding our farm",
            "letting the meadow grow wild",
            "nature recovery network",
            "bison back in the forest",
            "lynx reintroduction",
            "wolves returning to europe",
            "doing no mow may",
            "rewilding the garden for wildlife",
            "restoring peat bogs",
            "wildflower meadow restoration",
            "trophic cascades",
            "native tree planting scheme",
            "visited the knepp estate",
            "removing river barriers for salmon",
            "resilvestración de la península",
            "renaturierung der flussauen",
            "réensauvagement des forêts",
            "progetto di rinaturalizzazione",
            "renaturalização de rios",
        ),
        (
            "going wild at the festival",
            "wild night out with the girls",
            "wildcard entry",
            "wild west film marathon",
            "rewinding the tape",
            "rewiring the house",
            "wild card round of the playoffs",
            "kids running wild",
            "rewire your brain coaching",
            "wild rice salad recipe",
        ),
        ("rewilder", "nature restoration", "ecological restoration", "species reintroduction"),
        ("wildlife",),
    ),
    (
        "whale watching",
        (
            "whale watching tour",
            "humpback breaching off the bow",
            "orca sighting today",
            "whale watching skipper",
            "marine naturalist on the whale boat",
            "pod of dolphins alongside the boat",
            "blue whale season",
            "gray whale migration",
            "fluke id photos",
            "cetacean survey volunteer",
            "orcas in the salish sea",
            "whale watching in húsavík",
            "minke whales and puffins",
            "spotted a spout on the horizon",
            "whale watching from the headland",
            "avistamiento de ballenas",
            "walbeobachtung vor island",
            "observation des baleines",
            "avvistamento di balene",
            "observação de baleias nos açores",
        ),
        (
            "having a whale of a time",
            "crypto whale dumped his bags",
            "high roller whales at the casino",
            "watching the game tonight",
            "wales rugby at the principality",
            "moby dick book club",
            "watch collector",
            "bird watching in the marsh",
            "whale tail jeans",
        ),
        ("whale watcher", "whale watchers", "dolphin watching", "cetaceans"),
        ("wildlife",),
    ),
    (
        "canyoning",
        (
            "canyoning guide",
            "abseiling down waterfalls",
            "canyoneering in utah",
            "slot canyon descent",
            "rappelling into the canyon",
            "wetsuit, harness and helmet packed",
            "jumping into plunge pools",
            "canyoning trip in the dolomites",
            "technical canyon rated v4 a4",
            "rigging a retrievable anchor",
            "escaping a keeper pothole",
            "gorge walking with the group",
            "descending the narrows",
            "barranquismo en la sierra de guara",
            "barranquismo",
            "canyoning in den alpen",
            "descente de canyon",
            "torrentismo in val bodengo",
            "canionismo nos açores",
        ),
        (
            "gmc canyon pickup truck",
            "ordered a canyon road bike",
            "grand canyon sightseeing flight",
            "canyon ranch spa weekend",
            "a canyon-sized gap in the polls",
            "canyon lake house for sale",
            "abseil off the cathedral tower for charity",
            "grand canyon university",
        ),
        ("canyoneering", "canyoneer", "canyoneers", "gorge walking", "barranquismo"),
        ("outdoors",),
    ),
    (
        "snowshoeing",
        (
            "snowshoeing",
            "snowshoe hike to the hut",
            "fresh powder, strapped on the snowshoes",
            "full moon snowshoe walk",
            "snowshoe trail through the forest",
            "winter hiking on snowshoes",
            "snowshoe guide",
            "snowshoe race",
            "breaking trail in deep snow",
            "msr snowshoes with heel lifts",
            "snowshoe tour in the vosges",
            "winter camping on snowshoes",
            "raquetas de nieve",
            "schneeschuhwandern",
            "schneeschuhtour",
            "randonnée en raquettes",
            "ciaspolata in montagna",
            "caminhada com raquetes de neve",
        ),
        (
            "snowshoe hare",
            "snowshoe cat",
            "tennis racquet",
            "snow day, school closed",
            "shoveling snow off the driveway",
            "snow boots for the kids",
            "horseshoe crab",
            "snowboard park laps",
        ),
        ("snowshoe", "snowshoes", "snowshoer", "snowshoe hiking"),
        ("outdoors", "hiking"),
    ),
    (
        "dressage",
        (
            "dressage rider",
            "dressage test at prelim level",
            "riding my first medium test",
            "working on half pass",
            "flying changes are coming",
            "piaffe and passage training",
            "dressage trainer",
            "grand prix dressage",
            "freestyle to music",
            "scored 68 percent at the show",
            "lesson on collection and contact",
            "my warmblood gelding",
            "dressage judge",
            "classical dressage",
            "sitting trot practice",
            "doma clásica",
            "dressurreiterin",
            "dressurprüfung",
            "cavalière de dressage",
            "dressage classico",
            "adestramento equestre",
        ),
        (
            "window dressing",
            "salad dressing recipe",
            "dressing gown",
            "wound dressing change",
            "dressed to impress",
            "dress rehearsal",
            "cross dressing",
            "dressing room after the show",
            "turkey stuffing and dressing",
            "chicken dressing for the grill",
        ),
        ("dressage rider", "dressage riders", "classical dressage", "para dressage"),
        ("horses",),
    ),
    (
        "rabbits",
        (
            "bunny mum",
            "house rabbit owner",
            "my two bonded bunnies",
            "free roam rabbit setup",
            "binkies and zoomies this morning",
            "rabbit rescue volunteer",
            "holland lop breeder",
            "netherland dwarf bunny",
            "bunny-proofed the living room",
            "hay, pellets and fresh greens",
            "rabbit agility course",
            "showing my rex rabbits",
            "bonding two rabbits",
            "rabbit savvy vet",
            "flemish giant bunny",
            "my lionhead doe",
            "mi conejo enano",
            "kaninchenhaltung",
            "mes lapins nains",
            "il mio coniglio nano",
            "meu coelho de estimação",
        ),
        (
            "down the rabbit hole on wikipedia",
            "pulling a rabbit out of a hat",
            "energizer bunny at work",
            "easter bunny egg hunt",
            "jojo rabbit film",
            "rabbit stew recipe",
            "playboy bunny costume",
            "gym bunny",
            "jessica rabbit cosplay",
            "rabbitmq message queue",
            "ski slope bunny hill",
        ),
        ("rabbit", "bunnies", "bunny", "pet rabbits", "house rabbits", "rabbit keeping"),
        ("pets",),
    ),
    (
        "pigeon racing",
        (
            "pigeon fancier",
            "racing pigeons",
            "my loft of 60 birds",
            "young bird races",
            "old bird season",
            "bird clocked in from 500 miles",
            "ringing this year's squeakers",
            "basketing for the national race",
            "widowhood system",
            "loft manager",
            "one loft race",
            "homing pigeons came back",
            "pigeon racing club secretary",
            "fancier for 40 years",
            "breeding from my best hens",
            "colombofilia",
            "palomas mensajeras",
            "brieftaubenzüchter",
            "colombophile",
            "colombofilo",
            "pombos-correio",
        ),
        (
            "feeding pigeons in the park",
            "pigeon spikes on the roof",
            "pigeon pose in yoga",
            "pigeonholed as a comedian",
            "stool pigeon",
            "pigeon toed",
            "clay pigeon shooting",
            "pigeon poo on the car",
            "pigeon pie recipe",
            "cat among the pigeons",
        ),
        ("pigeon fancier", "pigeon fanciers", "racing pigeons", "homing pigeons", "pigeon fancying"),
        (),
    ),
    (
        "dog grooming",
        (
            "dog groomer",
            "professional dog groomer",
            "mobile dog grooming van",
            "full groom with hand stripping",
            "teddy bear trim on a cockapoo",
            "poodle in a continental clip",
            "deshedding treatment",
            "grooming salon owner",
            "city and guilds dog grooming",
            "creative grooming competition",
            "nail clipping and ear cleaning",
            "before and after the groom",
            "scissoring a bichon head",
            "matted coat shave down",
            "groomer life",
            "peluquería canina",
            "peluquera canina",
            "hundefriseurin",
            "toiletteuse canine",
            "toelettatura per cani",
            "tosadora de cães",
        ),
        (
            "grooming gang trial",
            "online grooming warning for parents",
            "beard grooming kit",
            "ski slope grooming report",
            "groom's speech at the wedding",
            "well-groomed gentleman",
            "grooming the next ceo",
            "horse grooming brush",
            "cat grooming itself",
            "grooming the backlog",
        ),
        ("dog groomer", "dog groomers", "pet grooming", "pet groomer", "dog grooming salon"),
        ("dogs", "pets"),
    ),
    (
        "goats",
        (
            "goat mom",
            "our little herd of nigerian dwarf goats",
            "kidding season has started",
            "bottle feeding baby goats",
            "milking the does",
            "raw goat milk",
            "goat cheese from our own herd",
            "disbudding day",
            "hoof trimming the goats",
            "pygmy goats",
            "boer goat breeder",
            "show goats at the county fair",
            "goat yoga instructor",
            "nubian doeling for sale",
            "buck in rut",
            "mis cabras",
            "ziegenhaltung",
            "ziegenkäse aus eigener herde",
            "élevage de chèvres",
            "allevamento di capre",
            "criação de cabras",
        ),
        (
            "lionel messi is the goat",
            "goat of basketball debate",
            "goat simulator",
            "scapegoat",
            "gets my goat",
            "goatee beard",
            "goat curry recipe",
            "kid's birthday party",
            "mountain goat ski resort",
            "billy goat gruff story",
        ),
        ("goat", "goat keeping", "goat farming", "dairy goats", "pygmy goats", "goat herd"),
        ("livestock farming",),
    ),
    (
        "wildlife rehabilitation",
        (
            "wildlife rehabilitator",
            "wildlife rescue volunteer",
            "hedgehog rescue",
            "caring for orphaned baby squirrels",
            "releasing a rehabbed owl",
            "raptor rehab center",
            "bat carer",
            "possum rescue",
            "wildlife hospital volunteer",
            "tube feeding a fledgling",
            "injured swan rescue",
            "soft release of the fox cubs",
            "licensed wildlife rehabber",
            "oiled bird cleaning",
            "sea turtle rehabilitation",
            "centro de recuperación de fauna",
            "wildtierstation",
            "centre de soins pour la faune sauvage",
            "centro recupero animali selvatici",
            "reabilitação de animais silvestres",
        ),
        (
            "drug rehab center",
            "knee rehab after surgery",
            "cardiac rehabilitation",
            "rehabilitation of offenders",
            "wild party",
            "stroke rehab physio",
            "wildlife documentary on netflix",
            "rehab for the old house",
            "rescue dog adoption",
        ),
        (
            "wildlife rehabilitator",
            "wildlife rehab",
            "wildlife rescue",
            "wildlife rehabber",
            "wildlife carer",
        ),
        ("wildlife", "animal welfare"),
    ),
    (
        "zookeeping",
        (
            "zookeeper",
            "zoo keeper",
            "keeper at the zoo",
            "primate keeper",
            "big cat keeper",
            "reptile house keeper",
            "animal enrichment ideas",
            "training the elephants",
            "keeper talk at the penguin pool",
            "species survival plan",
            "zoo animal husbandry",
            "aquarist at the zoo",
            "head of carnivores",
            "zoo internship",
            "aza accredited zoo",
            "cuidadora de zoológico",
            "tierpflegerin im zoo",
            "soigneur animalier",
            "guardiano dello zoo",
            "tratador de animais do zoológico",
        ),
        (
            "the office is a zoo today",
            "zookeeper game",
            "zookeeper distributed coordination",
            "zoom meeting",
            "zoo tycoon",
            "zoolander",
            "zoo wee mama",
            "petting farm birthday party",
        ),
        ("zookeeper", "zookeepers", "zoo keeper", "zoo keeping", "animal keeper"),
        ("zoology",),
    ),
    (
        "solo travel",
        (
            "solo traveller",
            "solo female traveler",
            "travelling alone for the first time",
            "solo trip to portugal",
            "six months solo backpacking",
            "solo travel tips",
            "table for one in lisbon",
            "hostel dorms and new friends",
            "my first solo trip at 40",
            "solo female travel safety",
            "solo adventures around the world",
            "traveling solo through asia",
            "just me and my backpack",
            "solo road trip",
            "solo travel blogger",
            "viajera sola",
            "viajar sola",
            "alleinreisende",
            "voyager seule",
            "viaggiare da sola",
            "viajar sozinha",
        ),
        (
            "solo album out now",
            "guitar solo",
            "han solo",
            "solo parenting this week",
            "solo founder building in public",
            "solo practice lawyer",
            "solo queue ranked",
            "sole trader",
            "solo cup pong",
            "solo ad campaign",
            "travel size toiletries",
        ),
        ("solo traveller", "solo traveler", "solo travellers", "traveling alone", "solo female travel"),
        ("travel",),
    ),
    (
        "cruises",
        (
            "cruise lover",
            "cruise addict",
            "next cruise booked",
            "royal caribbean fan",
            "sea day by the pool",
            "balcony cabin views",
            "mediterranean cruise",
            "alaska cruise",
            "cruise travel agent",
            "cruise ship crew",
            "river cruise on the danube",
            "port day in santorini",
            "diamond plus with royal",
            "formal night on the ship",
            "sail away party",
            "working on cruise ships",
            "crucero por el mediterráneo",
            "kreuzfahrt",
            "kreuzfahrtfan",
            "croisière en méditerranée",
            "crociera nei fiordi",
            "cruzeiro no caribe",
        ),
        (
            "cruise control on the motorway",
            "tom cruise film",
            "cruising the strip in my car",
            "cruised through the exam",
            "cruiserweight boxing title",
            "cruiser bike",
            "cruise missile strike",
            "cruising for a bruising",
            "sailing my own yacht",
            "cruiser class battleship model",
        ),
        ("cruise", "cruising", "cruise ships", "cruise holidays", "cruiser", "cruisers", "river cruises"),
        ("travel",),
    ),
    (
        "road trips",
        (
            "road trip",
            "road tripping",
            "cross country road trip",
            "route 66 road trip",
            "pacific coast highway",
            "2000 miles in a week",
            "windows down, snacks ready",
            "road trip playlist",
            "north coast 500",
            "ring road iceland",
            "great ocean road",
            "roadside attractions",
            "open road and a full tank",
            "epic road trip",
            "road tripping across america",
            "viaje por carretera",
            "roadtrip durch norwegen",
            "road trip en van",
            "viaggio on the road",
            "viagem de carro pela europa",
        ),
        (
            "road works on the m25",
            "road rage",
            "tripped on the stairs",
            "trip report from the festival",
            "bad trip",
            "road to recovery",
            "product roadmap",
            "power trip",
            "road bike ride",
            "roadie for the band",
        ),
        ("road trip", "road tripping", "roadtrip", "roadtrips", "road trippers"),
        ("travel",),
    ),
    (
        "travel photography",
        (
            "travel photographer",
            "travel photography portfolio",
            "shooting sunrise in cappadocia",
            "photos from my trip to morocco",
            "street scenes from hanoi",
            "travel photo of the day",
            "landscapes and portraits from the road",
            "camera bag packed for iceland",
            "travel content creator",
            "lonely planet contributor",
            "drone shots from the dolomites",
            "golden hour in santorini",
            "travel photography workshop",
            "travel photographer for tourism boards",
            "fotógrafo de viajes",
            "fotografía de viajes",
            "reisefotograf",
            "photographe de voyage",
            "fotografo di viaggio",
            "fotografia de viagem",
        ),
        (
            "passport photo booth",
            "wedding photographer",
            "travel agent",
            "holiday snaps on my phone",
            "photo travel size printer",
            "photo id for the trip",
            "travel insurance claim",
            "food photography styling",
            "school photo day",
        ),
        ("travel photographer", "travel photographers", "travel photos"),
        ("travel", "photography"),
    ),
    (
        "points and miles",
        (
            "points and miles",
            "travel hacking",
            "travel hacker",
            "flew business class on points",
            "award travel",
            "booked a sweet spot redemption",
            "transfer partners",
            "amex membership rewards",
            "chase sapphire preferred",
            "signup bonus",
            "avios redemption",
            "status match",
            "lounge access",
            "mileage run",
            "elite status",
            "hotel points",
            "canjear millas",
            "meilen sammeln",
            "miles and more",
            "points de fidélité",
            "accumulare miglia",
            "acumular milhas",
        ),
        (
            "points on my driving licence",
            "miles away from home",
            "ran five miles",
            "points of view",
            "decimal points",
            "match point",
            "point of sale system",
            "miles davis",
            "credit score tips",
            "mileage claim for work",
        ),
        ("travel hacking", "travel hacker", "award travel", "frequent flyer", "frequent flyer miles"),
        ("travel", "personal finance"),
    ),
    (
        "expat life",
        (
            "expat in lisbon",
            "british expat",
            "american living abroad",
            "moved abroad three years ago",
            "expat mum",
            "expat life in dubai",
            "trailing spouse",
            "third culture kid",
            "learning the language of my new home",
            "visa appointment at the consulate",
            "residence permit finally approved",
            "living in spain as a foreigner",
            "expat community meetup",
            "relocation adviser",
            "missing home food",
            "expatriado en alemania",
            "vivir en el extranjero",
            "im ausland leben",
            "expatrié",
            "vivere all'estero",
            "morar fora",
        ),
        (
            "expatriate pay package for executives",
            "ex-pat my ex",
            "exit interview",
            "ex-patriots player",
            "export business",
            "patriot act",
            "expat tax returns service",
            "holiday abroad",
        ),
        ("expat", "expats", "expatriate", "expatriates", "living abroad", "expat living", "expat lifestyle"),
        (),
    ),
    (
        "rail travel",
        (
            "rail traveller",
            "interrail trip",
            "eurail pass",
            "night train to vienna",
            "sleeper train",
            "travelling europe by train",
            "flight-free holiday",
            "trans-siberian railway",
            "scenic train rides",
            "glacier express",
            "caledonian sleeper",
            "amtrak long distance",
            "train journey through the alps",
            "slow travel by rail",
            "bernina express",
            "viajar en tren",
            "nachtzug",
            "nachtzug nach wien",
            "voyager en train",
            "viaggio in treno",
            "viagem de comboio",
        ),
        (
            "stuck on a delayed commuter train",
            "training session at the gym",
            "train of thought",
            "rail strike",
            "rail fence",
            "guard rail installation",
            "wedding dress train",
            "soul train line",
            "model railway layout",
            "training course for work",
        ),
        ("train travel", "interrail", "interrailing", "train journeys", "sleeper trains"),
        ("travel", "public transport"),
    ),
    (
        "japan",
        (
            "japanophile",
            "in love with japan",
            "japan trip planning",
            "third trip to tokyo",
            "kyoto temples",
            "japan rail pass",
            "living in japan",
            "studying japanese",
            "onsen and ryokan",
            "cherry blossom season in japan",
            "japanese culture enthusiast",
            "shinkansen to osaka",
            "konbini snacks",
            "exploring rural japan",
            "japan travel tips",
            "enamorada de japón",
            "japanliebhaber",
            "amoureuse du japon",
            "fan del giappone",
            "apaixonada pelo japão",
        ),
        (
            "japanning lacquer on the antique box",
            "japanese knotweed removal",
            "japanese maple in the garden",
            "japanese beetle infestation",
            "japandi interior style",
            "japanese encephalitis vaccine",
            "sea of japan weather front",
            "japan gold glitter nails",
        ),
        ("japanese culture", "japanophile", "nihon", "nippon"),
        (),
    ),
    (
        "off-roading",
        (
            "off-roader",
            "overlanding rig",
            "4x4 trail run this weekend",
            "green laning in the landy",
            "lifted tacoma on 33s",
            "jeep wrangler rock crawling",
            "locked diffs and a winch",
            "aired down for the sand",
            "moab trail run",
            "4wd club member",
            "mud plugging",
            "recovery boards saved us",
            "rooftop tent on the defender",
            "sxs trail ride",
            "rock crawler build",
            "todoterreno",
            "rutas 4x4",
            "geländewagen im gelände",
            "tout-terrain en 4x4",
            "fuoristrada",
            "trilha off-road",
        ),
        (
            "off road parking available",
            "went off the rails",
            "off-roading on this conversation",
            "off-road wheelchair",
            "road bike racing",
            "going off grid for a week",
            "trail running shoes review",
            "mud mask facial",
            "jeep commute to work",
        ),
        ("off-road", "offroad", "offroading", "4x4", "overlanding", "four wheeling", "4wd"),
        ("cars",),
    ),
    (
        "car detailing",
        (
            "car detailer",
            "mobile detailing business",
            "paint correction on a black bmw",
            "two stage machine polish",
            "ceramic coating applied",
            "snow foam and two bucket wash",
            "clay bar and iron fallout remover",
            "swirl marks gone",
            "interior deep clean and shampoo",
            "ppf install",
            "dual action polisher",
            "50/50 shot after correction",
            "maintenance wash sunday",
            "beading shot after the rain",
            "detailing products haul",
            "detallado de coches",
            "pulido de carrocería",
            "fahrzeugaufbereitung",
            "lustrage auto",
            "detailing auto e lucidatura",
            "polimento automotivo",
        ),
        (
            "attention to detail",
            "detailed report attached",
            "detailing the plan for the board",
            "car wash fundraiser for the school",
            "detail oriented project manager",
            "car dealer sales",
            "bodywork and spray shop",
            "police detail on the highway",
            "cleaning the house all day",
        ),
        ("detailing", "car detailer", "auto detailing", "car care", "paint correction", "ceramic coating"),
        ("cars",),
    ),
    (
        "jdm",
        (
            "jdm life",
            "jdm car culture",
            "skyline r34",
            "my s13 drift build",
            "ae86 restoration",
            "mk4 supra",
            "integra type r",
            "evo ix on coilovers",
            "import from japan under the 25 year rule",
            "tuner car meet",
            "rhd import",
            "wangan midnight vibes",
            "rb26 rebuild",
            "kanjo style civic",
            "rx-7 rotary",
            "coches japoneses jdm",
            "japanische autos",
            "voitures japonaises",
            "auto giapponesi",
            "carros japoneses",
        ),
        (
            "city skyline at night",
            "supranational bodies like the eu",
            "evo fighting game tournament",
            "civic duty to vote",
            "rotary club lunch",
            "drifting off to sleep",
            "guitar tuner app",
            "import duties on goods",
            "japanese food in osaka",
        ),
        ("jdm cars", "japanese cars", "japanese domestic market", "tuner cars", "import tuners"),
        ("cars",),
    ),
    (
        "gliding",
        (
            "glider pilot",
            "gliding club member",
            "first solo in a glider",
            "ridge soaring all afternoon",
            "thermalling under a cumulus",
            "winch launch",
            "aerotow to 2000 feet",
            "300km cross country flight",
            "silver c badge",
            "ask 21 two-seater",
            "competition gliding",
            "wave flying in scotland",
            "sailplane pilot",
            "bronze badge done",
            "final glide home",
            "vuelo a vela",
            "segelflieger",
            "segelfliegen",
            "vol à voile",
            "volo a vela",
            "voo à vela",
        ),
        (
            "sugar glider pet",
            "gliding through the week",
            "glidepath to retirement savings",
            "gliding joint in the wrist",
            "smooth gliding drawer runners",
            "gliding on ice skates",
            "hang gliding over the cliffs",
            "paragliding in interlaken",
            "glider rocking chair for the nursery",
        ),
        ("glider pilot", "glider pilots", "gliders", "soaring", "sailplanes", "sailplane"),
        ("aviation",),
    ),
    (
        "plane spotting",
        (
            "plane spotter",
            "planespotting at heathrow",
            "avgeek",
            "spotted an a380 on short final",
            "logged my 1000th registration",
            "photographing airliners",
            "runway 27l arrivals",
            "special livery spotted",
            "flightradar24 alert",
            "spotting at the mound",
            "military jets at the mach loop",
            "aviation photographer",
            "rare visitor at the airport today",
            "spotting at st maarten beach",
            "airliners.net upload",
            "spotter de aviones",
            "flugzeugspotter",
            "spotteur d'avions",
            "spotter aereo",
            "spotter de aviões",
        ),
        (
            "spotted my ex at the supermarket",
            "spot the difference",
            "airplane mode on",
            "plane tree leaves",
            "woodworking hand plane",
            "astral plane meditation",
            "spot welding",
            "spotter at the gym on bench",
            "plain yoghurt",
            "paper plane folding",
        ),
        ("planespotting", "plane spotter", "plane spotters", "aircraft spotting", "aviation spotting"),
        ("aviation",),
    ),
    (
        "narrowboats",
        (
            "narrowboat life",
            "living aboard a narrowboat",
            "continuous cruiser",
            "canal boat holiday",
            "working the locks",
            "cruising the kennet and avon",
            "liveaboard boater",
            "blacking the hull",
            "stove on, moored up",
            "widebeam owner",
            "boater on the grand union",
            "canal and river trust volunteer",
            "painted roses and castles",
            "sixty foot trad stern",
            "through the standedge tunnel",
            "barco en los canales ingleses",
            "hausboot auf dem kanal",
            "péniche sur le canal du midi",
            "houseboat sui canali",
            "barco nos canais ingleses",
        ),
        (
            "narrow escape",
            "narrowing the gap",
            "narrow-minded",
            "boat race on the thames",
            "speedboat in ibiza",
            "canal root treatment",
            "panama canal shipping",
            "lock screen wallpaper",
            "row boat at the park",
        ),
        ("narrowboat", "narrow boat", "canal boat", "canal boats", "canals", "canal boating", "liveaboard"),
        (),
    ),
    (
        "e-bikes",
        (
            "e-bike commuter",
            "my ebike commute",
            "electric mountain bike",
            "emtb ride",
            "bosch performance line motor",
            "cargo e-bike for the school run",
            "pedal assist",
            "range test on turbo mode",
            "converted my bike with a hub motor",
            "ebike battery",
            "e-bike shop",
            "long tail cargo bike",
            "rad power bikes",
            "fat tire ebike",
            "car-free with an ebike",
            "bicicleta eléctrica",
            "e-bike fahren",
            "pedelec",
            "vélo électrique",
            "vélo à assistance électrique",
            "bici elettrica",
            "bicicleta elétrica",
        ),
        (
            "ebay bargains",
            "e-book reader",
            "bike shed meeting",
            "exercise bike",
            "motorbike license",
            "electric scooter crackdown",
            "electric car charging",
            "dirt bike",
            "bikini season",
        ),
        ("ebike", "ebikes", "e-bike", "electric bikes", "electric bike", "pedelecs", "emtb", "cargo bikes"),
        ("cycling",),
    ),
    (
        "hot air ballooning",
        (
            "hot air balloon pilot",
            "balloonist",
            "balloon festival at dawn",
            "albuquerque balloon fiesta",
            "balloon crew chief",
            "inflating the envelope",
            "sunrise balloon flight",
            "bristol balloon fiesta",
            "balloon ride over cappadocia",
            "chase crew",
            "burner check",
            "commercial balloon pilot",
            "landed in a farmer's field",
            "champagne after the flight",
            "balloon meet",
            "paseo en globo aerostático",
            "ballonfahrer",
            "ballonfahrt",
            "montgolfière",
            "mongolfiera",
            "passeio de balão",
        ),
        (
            "balloon arch for the party",
            "balloon animals",
            "balloon payment mortgage",
            "hot air from politicians",
            "hot air fryer recipes",
            "balloon angioplasty",
            "water balloon fight",
            "lead balloon",
            "balloon mortgage",
            "weather balloon launch",
        ),
        ("hot air balloon", "hot air balloons", "ballooning", "balloonist", "balloonists", "balloon flights"),
        ("aviation",),
    ),
    (
        "home organization",
        (
            "professional organizer",
            "home organizer",
            "decluttering the garage",
            "pantry organization",
            "konmari method",
            "labelled bins in the closet",
            "drawer dividers",
            "closet makeover",
            "sorting the kitchen cabinets",
            "decluttering one room at a time",
            "clear containers and a label maker",
            "organised the linen cupboard",
            "fridge organization",
            "tidy home, tidy mind",
            "organisation hacks for small spaces",
            "organizadora profesional",
            "orden en casa",
            "ordnung im haushalt",
            "rangement de la maison",
            "organizzazione della casa",
            "organização da casa",
        ),
        (
            "community organizer",
            "event organiser",
            "union organizing drive",
            "organizational psychology",
            "organised crime",
            "file organizer app",
            "organ donation",
            "organic vegetables",
            "nonprofit organization",
            "organizing the conference",
        ),
        (
            "home organisation",
            "decluttering",
            "declutter",
            "professional organizing",
            "professional organiser",
            "konmari",
            "tidying",
        ),
        (),
    ),
    (
        "minimalism",
        (
            "minimalist living",
            "minimalist lifestyle",
            "owning less",
            "capsule wardrobe",
            "100 things challenge",
            "intentional living",
            "less stuff, more life",
            "no-buy year",
            "decluttered half my belongings",
            "simple living",
            "minimalist home",
            "buy less, choose well",
            "voluntary simplicity",
            "digital minimalism",
            "one in, one out rule",
            "minimalismo",
            "vida minimalista",
            "minimalistisch leben",
            "vivre avec moins",
            "vita minimalista",
            "estilo de vida minimalista",
        ),
        (
            "minimalist techno set",
            "minimal music by steve reich",
            "minimalist art at the tate",
            "minimal wage increase",
            "minimally invasive surgery",
            "minimum viable product",
            "minimalist logo design",
            "minimal code changes",
            "minimal damage",
        ),
        ("minimalist", "minimalists", "minimalist living", "simple living", "intentional living"),
        (),
    ),
    (
        "composting",
        (
            "composting at home",
            "turning the compost heap",
            "hot composting",
            "worm farm",
            "vermicomposting",
            "bokashi bin",
            "compost bays",
            "browns and greens",
            "compost thermometer",
            "leaf mould",
            "community compost volunteer",
            "kitchen scraps to black gold",
            "compost tea for the veg",
            "master composter",
            "composting toilet",
            "compostaje",
            "compost casero",
            "kompostieren",
            "wurmkiste",
            "compostage",
            "compostaggio",
            "compostagem",
        ),
        (
            "compostable packaging",
            "composite materials",
            "compose an email",
            "composer of film scores",
            "keep your composure",
            "docker compose",
            "jetpack compose",
            "composite photo",
        ),
        ("compost", "composter", "composters", "vermicomposting", "worm composting", "bokashi"),
        ("gardening", "sustainability"),
    ),
    (
        "hydroponics",
        (
            "hydroponic grower",
            "hydroponic lettuce",
            "nutrient film technique",
            "deep water culture",
            "aeroponic tower",
            "aquaponics system",
            "grow tent",
            "ec and ph readings",
            "rockwool cubes",
            "vertical farm",
            "indoor farming",
            "kratky method",
            "led grow lights",
            "hydroponic tomatoes",
            "controlled environment agriculture",
            "cultivo hidropónico",
            "hidroponía",
            "hydrokultur",
            "hydroponie",
            "coltivazione idroponica",
            "cultivo hidropônico",
        ),
        (
            "hydro power plant",
            "hydrotherapy pool",
            "hydroplane racing",
            "hydrofoil surfing",
            "hydration tips",
            "hydrogen fuel",
            "hydraulic press",
            "water feature in the garden",
        ),
        ("hydroponic", "hydroponic gardening", "aquaponics", "vertical farming", "indoor farming"),
        ("gardening", "agriculture"),
    ),
    (
        "orchids",
        (
            "orchid grower",
            "orchid collector",
            "my phalaenopsis is spiking",
            "reblooming orchids",
            "cattleya in bloom",
            "repotting in bark",
            "mounted orchids",
            "orchidarium",
            "species orchids",
            "orchid show",
            "paphiopedilum",
            "dendrobium care",
            "orchid society member",
            "new keiki",
            "rescued orchid from the supermarket",
            "orquídeas",
            "cultivo de orquídeas",
            "orchideen",
            "orchidées",
            "orchidee",
            "orquídeas em casa",
        ),
        (
            "orchid mantis in my terrarium",
            "orchidectomy",
            "orchid hotel booking",
            "orchid spa treatment",
            "orchid perfume",
            "orchid color dress",
            "orchard apples",
            "radiant orchid pantone colour",
        ),
        ("orchid", "orchid growing", "orchidophile", "orchid grower"),
        ("gardening",),
    ),
    (
        "furniture restoration",
        (
            "furniture restorer",
            "restoring an old dresser",
            "french polishing",
            "stripping the veneer",
            "chalk paint makeover",
            "furniture flipping",
            "before and after dresser flip",
            "mid-century sideboard restored",
            "antique restoration",
            "repairing loose joints",
            "refinishing a table",
            "curbside find saved",
            "shellac and wax finish",
            "furniture painting",
            "hand-painted furniture for sale",
            "restauración de muebles",
            "restaurador de muebles",
            "möbelrestaurierung",
            "restauration de meubles",
            "restauro mobili",
            "restauração de móveis",
        ),
        (
            "data restoration from backup",
            "teeth restoration",
            "restore factory settings",
            "restoration comedy",
            "restore the monarchy",
            "furniture store sale",
            "flat-pack assembly",
            "restoration hardware catalogue",
            "hair restoration clinic",
        ),
        ("furniture restorer", "furniture restorers", "furniture refinishing", "restoring furniture"),
        ("diy", "antiques"),
    ),
    (
        "catholicism",
        (
            "catholic",
            "proud catholic",
            "cradle catholic",
            "catholic convert",
            "daily mass",
            "praying the rosary",
            "eucharistic adoration",
            "confession on saturday",
            "latin mass",
            "traditional latin mass",
            "catholic mom of five",
            "deacon in the diocese",
            "rcia sponsor",
            "feast of the assumption",
            "totus tuus",
            "ad majorem dei gloriam",
            "católico practicante",
            "katholisch",
            "catholique pratiquant",
            "cattolico praticante",
            "católica apostólica romana",
        ),
        (
            "catholic taste in music, i like everything",
            "is the pope catholic",
            "body mass index",
            "mass effect trilogy",
            "critical mass bike ride",
            "mass layoffs at the company",
            "police got a confession",
            "confessions of a shopaholic",
            "deacon blue concert",
            "the mass of the electron",
        ),
        ("catholic", "catholics", "roman catholic", "roman catholicism", "catholic church", "catholic faith"),
        ("religion",),
    ),
    (
        "paganism",
        (
            "pagan",
            "modern pagan",
            "wiccan priestess",
            "celebrating the wheel of the year",
            "blessed samhain",
            "happy beltane",
            "yule rituals",
            "hedge witch",
            "green witch",
            "druid of obod",
            "heathen and proud",
            "honouring the old gods",
            "altar set up for imbolc",
            "coven meeting on the full moon",
            "pagan federation member",
            "casting a circle",
            "paganismo",
            "bruja pagana",
            "heidentum",
            "païenne",
            "paganesimo",
            "bruxa pagã",
        ),
        (
            "pagan metal band",
            "paganini violin caprices",
            "witch hunt against the minister",
            "witcher 3 playthrough",
            "wicked the musical",
            "halloween costume party",
            "druid build in world of warcraft",
            "norse mythology course",
            "wicker furniture",
            "heathens by twenty one pilots",
        ),
        ("pagan", "pagans", "neopaganism", "wicca", "wiccan", "witchcraft", "heathenry", "druidry"),
        ("religion",),
    ),
    (
        "tarot",
        (
            "tarot reader",
            "daily tarot pull",
            "card of the day",
            "three card spread",
            "celtic cross spread",
            "tarot readings available",
            "rider waite deck",
            "new tarot deck arrived",
            "learning the major arcana",
            "reversed meanings",
            "oracle cards",
            "intuitive tarot",
            "tarot for self reflection",
            "the tower came up again",
            "professional tarot reader",
            "lectura de tarot",
            "tarotista",
            "tarot legen",
            "tirage de tarot",
            "lettura dei tarocchi",
            "leitura de tarô",
        ),
        (
            "french tarot card game",
            "tarocchi card game with nonna",
            "taro root recipe",
            "tariff on imports",
            "tarot-themed video game",
            "tax return deadline",
            "tarp for the camping trip",
            "tarte tatin",
        ),
        ("tarot reading", "tarot reader", "tarot readers", "tarot cards", "oracle cards", "cartomancy"),
        (),
    ),
    (
        "sikhism",
        (
            "sikh",
            "proud sikh",
            "waheguru",
            "waheguru ji ka khalsa, waheguru ji ki fateh",
            "gurdwara seva",
            "langar volunteer",
            "amritdhari",
            "nitnem every morning",
            "japji sahib",
            "gurbani kirtan",
            "vaisakhi celebrations",
            "gurpurab",
            "sikh turban day",
            "sarbat da bhala",
            "kirtan at the gurdwara",
            "sikh history",
            "comunidad sij",
            "sikh-gemeinde",
            "communauté sikhe",
            "comunità sikh",
            "religião sikh",
        ),
        (
            "seek and you shall find",
            "sick day",
            "chic outfit",
            "hide and seek",
            "sheikh of dubai",
            "punjabi food night",
            "turban squash recipe",
            "bhangra dance class",
        ),
        ("sikh", "sikhs", "sikhi", "sikh faith", "gurmat"),
        ("religion",),
    ),
    (
        "reiki",
        (
            "reiki practitioner",
            "reiki master",
            "reiki level 2 attuned",
            "distance reiki",
            "reiki healing session",
            "usui reiki",
            "reiki share",
            "energy healer",
            "reiki for animals",
            "chakra balancing",
            "reiki master teacher",
            "attunement weekend",
            "energy work and crystals",
            "holy fire reiki",
            "reiki treatments in my studio",
            "terapeuta de reiki",
            "reiki-meisterin",
            "praticienne reiki",
            "operatrice reiki",
            "terapeuta reiki",
        ),
        (
            "energy bill went up again",
            "wound healing research lab",
            "master's degree in education",
            "energy drink before the gym",
            "renewable energy engineer",
            "dungeon master for our campaign",
            "chakra in naruto",
            "healer class in world of warcraft",
        ),
        ("reiki practitioner", "reiki healing", "energy healing", "energy healer", "usui reiki"),
        ("wellness",),
    ),
    (
        "irish culture",
        (
            "proud irish",
            "gaeilge learner",
            "learning irish on duolingo",
            "trad session in the pub",
            "playing tin whistle at the session",
            "irish dancer",
            "feis this weekend",
            "hurling and camogie fan",
            "gaa club volunteer",
            "sean-nós singing",
            "irish language activist",
            "céilí tonight",
            "irish history and folklore",
            "connecting with my irish roots",
            "irish-american heritage",
            "bodhrán player",
            "cultura irlandesa",
            "irische kultur",
            "culture irlandaise",
            "cultura irlandese",
            "cultura irlandesa e gaélica",
        ),
        (
            "irish goodbye from the party",
            "irish coffee at the airport bar",
            "irish spring soap",
            "fighting irish football",
            "luck of the irish at the casino",
            "irish setter puppy",
            "irish cream liqueur",
            "st patrick's day bar crawl",
            "irish twins, born 11 months apart",
            "irish wolfhound",
        ),
        ("irish", "ireland", "irish heritage", "irish traditions", "gaelic culture", "irish language"),
        (),
    ),
    (
        "scottish culture",
        (
            "proud scot",
            "highland dancer",
            "piper in a pipe band",
            "learning gaelic",
            "gàidhlig learner",
            "ceilidh dancing",
            "burns night supper",
            "wearing the family tartan",
            "clan gathering",
            "highland games athlete",
            "scots language",
            "tossing the caber",
            "traditional scottish fiddle",
            "hogmanay celebrations",
            "scottish heritage society",
            "celtic connections festival",
            "cultura escocesa",
            "schottische kultur",
            "culture écossaise",
            "cultura scozzese",
            "cultura escocesa e gaélica",
        ),
        (
            "scotch tape",
            "scotch whisky tasting",
            "scotch egg",
            "hopscotch with the kids",
            "scot-free",
            "scotch bonnet peppers",
            "scottish widows pension",
            "tartan print pyjamas",
            "scottish fold cat",
            "scotland yard detective show",
        ),
        ("scottish", "scotland", "scots", "scottish heritage", "scottish gaelic", "highland culture"),
        (),
    ),
    (
        "mexican culture",
        (
            "orgullosamente mexicana",
            "proud mexicana",
            "chicano culture",
            "día de muertos ofrenda",
            "mariachi player",
            "ballet folklórico dancer",
            "son jarocho",
            "lucha libre fan",
            "mexican folk art",
            "alebrijes and talavera",
            "learning about my mexican roots",
            "mexican american heritage",
            "frida kahlo lover",
            "fiestas patrias",
            "grito de independencia",
            "cultura mexicana",
            "tradiciones mexicanas",
            "mexikanische kultur",
            "culture mexicaine",
            "cultura messicana",
            "cultura mexicana e folclore",
        ),
        (
            "mexican restaurant delivery",
            "mexican standoff",
            "mexican wave at the stadium",
            "cinco de mayo bar crawl",
            "mexican jumping beans",
            "mexican hairless dog",
            "taco tuesday",
            "mexico city grand prix",
            "mexican coke in glass bottles",
        ),
        ("mexican", "mexico", "mexican heritage", "mexican traditions", "chicano culture", "mexicana"),
        (),
    ),
    (
        "indian culture",
        (
            "proud indian",
            "indian classical dance",
            "bharatanatyam dancer",
            "kathak student",
            "carnatic music",
            "hindustani classical music",
            "diwali celebrations",
            "holi festival",
            "desi roots",
            "south asian heritage",
            "wearing a saree",
            "indian festivals and traditions",
            "learning hindi",
            "indian art and crafts",
            "rangoli for diwali",
            "navratri garba night",
            "cultura india",
            "indische kultur",
            "culture indienne",
            "cultura indiana",
            "cultura indiana e tradições",
        ),
        (
            "indian ocean tides",
            "indian motorcycle",
            "indiana pacers",
            "indian summer",
            "cleveland indians",
            "west indian cricket",
            "indian ink drawing",
            "indian restaurant takeaway",
            "native american history",
            "indian stock market nifty",
        ),
        ("indian", "india", "indian heritage", "indian traditions", "desi culture", "south asian culture"),
        (),
    ),
)

NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "general practice": (
        "emergency department registrar, nights again",
        "community pharmacist, flu jabs all week",
        "practice nurse doing smear tests",
        "hospital consultant in cardiology",
        "dentist, general dental practice",
    ),
    "intensive care": (
        "A&E nurse, triage all shift",
        "paramedic on the night shift",
        "hospice nurse, palliative care",
        "theatre nurse in orthopaedics",
        "care home assistant for the elderly",
    ),
    "gastroenterology": (
        "colorectal surgeon, bowel cancer list",
        "nutritionist on gut health and probiotics",
        "food blogger reviewing gastropubs",
        "gastronomy student in san sebastián",
        "dietitian specialising in low FODMAP",
    ),
    "endocrinology": (
        "type 1 diabetic, living with a pump",
        "personal trainer, testosterone talk",
        "nutrition coach for weight loss",
        "gynaecologist, PCOS clinic",
        "biochemistry lecturer, enzyme kinetics",
    ),
    "infectious diseases": (
        "epidemiologist modelling population trends",
        "virologist working on coronaviruses in the lab",
        "public health nurse, school vaccinations",
        "microbiology undergrad, petri dishes",
        "pandemic novel author",
    ),
    "plastic surgery": (
        "aesthetician, facials and lash lifts",
        "botox and filler nurse injector",
        "dermatologist, skin cancer clinic",
        "orthopaedic surgeon, knee replacements",
        "makeup artist for bridal clients",
    ),
    "sports medicine": (
        "personal trainer at the local gym",
        "physio at the football club",
        "sports scientist measuring GPS loads",
        "strength and conditioning coach",
        "massage therapist for runners",
    ),
    "osteopathy": (
        "chiropractor, spinal adjustments",
        "physiotherapist, knee rehab",
        "massage therapist, deep tissue",
        "orthopaedic surgeon, hip replacements",
        "homeopath, remedies and tinctures",
    ),
    "acupuncture": (
        "massage therapist, hot stones",
        "reflexology and reiki practitioner",
        "physio using dry needling for sports injuries",
        "tattoo artist, fine line work",
        "herbalist making tinctures",
    ),
    "herbalism": (
        "chef growing herbs for the kitchen",
        "cannabis dispensary budtender",
        "houseplant collector, monstera addict",
        "pharmacist dispensing prescriptions",
        "tea shop owner, loose leaf blends",
    ),
    "digital health": (
        "ward nurse on the medical unit",
        "fintech product manager, payments",
        "fitness influencer selling programmes",
        "health insurance broker",
        "IT helpdesk for a law firm",
    ),
    "medical devices": (
        "pharmaceutical sales rep, oncology drugs",
        "consumer electronics reviewer",
        "hospital porter",
        "biotech startup developing antibodies",
        "phone repair technician",
    ),
    "women's health": (
        "women's football coach",
        "women in business networking group",
        "feminist activist, equal pay",
        "men's health coach",
        "beauty blogger, skincare routines",
    ),
    "menopause": (
        "pregnancy yoga teacher",
        "fertility nurse at an IVF clinic",
        "midlife career change coach",
        "teen period education charity",
        "anti-ageing skincare influencer",
    ),
    "eating disorders": (
        "fitness coach, cutting season",
        "food critic reviewing tasting menus",
        "weight loss challenge group",
        "picky eater toddler tips",
        "competitive eating youtuber",
    ),
    "long covid": (
        "covid vaccine researcher",
        "lockdown sceptic podcast",
        "ME/CFS patient since 1998",
        "respiratory physio for asthma",
        "epidemiologist tracking case numbers",
    ),
    "clinical psychology": (
        "psychiatrist prescribing medication",
        "life coach, unlock your potential",
        "psychology undergrad, social psych module",
        "school counsellor",
        "UX researcher, behavioural insights",
    ),
    "psychoanalysis": (
        "CBT therapist, structured sessions",
        "data analyst, dashboards",
        "psychiatric nurse on the ward",
        "dream interpretation and astrology",
        "behavioural economist",
    ),
    "art therapy": (
        "art teacher at the primary school",
        "painter, solo exhibition",
        "music therapist in a care home",
        "occupational therapist, sensory work",
        "colouring books for adults",
    ),
    "hypnotherapy": (
        "stage hypnotist comedy show",
        "meditation teacher",
        "psychiatrist",
        "sleep podcast narrator",
        "magician, mentalism act",
    ),
    "breathwork": (
        "freediver, static apnea",
        "respiratory therapist in the ICU",
        "singing teacher, breath support",
        "asthma nurse",
        "yoga teacher, vinyasa flow",
    ),
    "tai chi": (
        "karate black belt",
        "yoga teacher, hatha",
        "kung fu movie fan",
        "chai tea lover",
        "pilates instructor",
    ),
    "sauna": (
        "spa receptionist at the hotel",
        "hot yoga teacher",
        "open water swimmer, no wetsuit",
        "hot tub installer",
        "plumbing and heating engineer",
    ),
    "biohacking": (
        "DIY biology lab, CRISPR kits",
        "ethical hacker, pen testing",
        "gym bro, bulking season",
        "naturopath",
        "life hacks youtube channel",
    ),
    "journaling": (
        "journalist at the local paper",
        "academic journal editor",
        "stationery shop owner",
        "travel blogger",
        "novelist drafting book three",
    ),
    "homeschooling": (
        "primary school teacher",
        "private tutor for GCSE maths",
        "school governor",
        "nursery worker, early years",
        "online course creator",
    ),
    "adoption": (
        "foster carer for teenagers",
        "dog rescue volunteer",
        "surrogacy journey",
        "stepdad to two",
        "early adopter of new gadgets",
    ),
    "pregnancy": (
        "midwife on the labour ward",
        "fertility journey, IVF round three",
        "mum of teenagers",
        "baby clothes shop",
        "obstetrician",
    ),
    "breastfeeding": (
        "baby formula brand marketing",
        "breast cancer survivor",
        "nursing student",
        "baby led weaning recipes",
        "maternity fashion",
    ),
    "doula": (
        "midwife, NHS labour ward",
        "obstetrician",
        "nanny for twins",
        "birthday party planner",
        "yoga teacher",
    ),
    "fertility": (
        "pregnancy bump updates",
        "farmer talking soil fertility",
        "adoption journey",
        "menopause coach",
        "sexual health clinic nurse",
    ),
    "grandparenting": (
        "new mum, sleepless nights",
        "care home activities coordinator",
        "genealogist tracing family trees",
        "retirement planning advice",
        "nanny, childcare professional",
    ),
    "vegetarianism": (
        "vegan activist, animal rights",
        "vegetable gardener with an allotment",
        "carnivore diet coach",
        "farmers market greengrocer",
        "keto recipes",
    ),
    "keto": (
        "vegan bodybuilder",
        "diabetes nurse",
        "intermittent fasting coach",
        "paleo crossfit athlete",
        "weight watchers meetings",
    ),
    "intermittent fasting": (
        "ramadan mubarak",
        "fast food reviewer",
        "keto baking",
        "calorie counting app",
        "juice cleanse",
    ),
    "gluten free": (
        "sourdough baker",
        "vegan bakery",
        "dairy free because lactose intolerant",
        "wheat farmer",
        "nut allergy mum",
    ),
    "meal prep": (
        "chef at a restaurant",
        "food delivery courier",
        "catering company",
        "cooking show judge",
        "grocery store manager",
    ),
    "street food": (
        "fine dining chef",
        "street artist",
        "fast food chain manager",
        "farmers market stall selling vegetables",
        "restaurant critic",
    ),
    "japanese cuisine": (
        "anime fan",
        "japanese teacher",
        "korean bbq lover",
        "chinese takeaway owner",
        "sake brewery tour",
    ),
    "pizza": (
        "pasta maker",
        "pizza delivery driver",
        "baker of sourdough loaves",
        "italian language student",
        "burger joint owner",
    ),
    "chocolate": ("cake decorator", "coffee roaster", "candy shop", "baker", "dessert restaurant"),
    "hot sauce": (
        "chilli con carne recipe",
        "BBQ pitmaster",
        "salsa dancer",
        "curry house chef",
        "gardener growing tomatoes",
    ),
    "tequila": (
        "whisky collector",
        "rum tasting",
        "cocktail bartender",
        "mexican restaurant owner",
        "wine sommelier",
    ),
    "sake": (
        "wine sommelier",
        "japanese whisky fan",
        "craft beer brewer",
        "sushi chef",
        "soju and korean bbq",
    ),
    "cider": (
        "craft beer brewer",
        "apple farmer selling eating apples",
        "winemaker",
        "mead maker",
        "kombucha brewer",
    ),
    "market research": (
        "UX researcher running usability tests",
        "growth hacker running A/B tests on ads",
        "data scientist building churn models",
        "equity analyst researching stocks",
        "academic sociologist doing fieldwork",
    ),
    "business analysis": (
        "data analyst building dashboards in Power BI",
        "product manager writing the roadmap",
        "financial analyst modelling cash flows",
        "management consultant at a big four firm",
        "scrum master running the sprint retro",
    ),
    "change management": (
        "IT change advisory board approving tickets",
        "life coach helping you change your habits",
        "project manager updating the Gantt chart",
        "HR business partner handling payroll queries",
        "climate activist demanding system change",
    ),
    "risk management": (
        "health and safety officer doing site risk assessments",
        "actuary pricing life insurance",
        "compliance officer running AML checks",
        "gambler who loves high stakes poker",
        "cybersecurity analyst patching vulnerabilities",
    ),
    "corporate governance": (
        "city council meeting on zoning",
        "HOA board meeting tonight",
        "school governor at my kids' primary",
        "IT service management and ITIL",
        "ESG fund manager screening stocks",
    ),
    "mergers and acquisitions": (
        "private equity fund raising its next vintage",
        "real estate agent closing on a house",
        "venture capitalist backing seed startups",
        "accountant doing year-end audits",
        "stock trader buying the dip",
    ),
    "franchising": (
        "the MCU is the best movie franchise",
        "owner of an NBA franchise",
        "independent coffee shop owner",
        "MLM boss babe, join my team",
        "licensing deals for a toy brand",
    ),
    "organizational psychology": (
        "clinical psychologist treating anxiety",
        "HR generalist handling payroll",
        "life coach, manifest your dreams",
        "couples therapist",
        "recruiter sourcing engineers",
    ),
    "email marketing": (
        "newsletter writer on Substack",
        "SEO specialist ranking blog posts",
        "cold-calling sales rep",
        "social media manager scheduling reels",
        "IT admin managing the Exchange server",
    ),
    "fundraising": (
        "founder pitching VCs for our seed round",
        "political campaign donor call time",
        "Kickstarter backer for a board game",
        "foundation program officer making grants",
        "investor relations at a listed company",
    ),
    "grant writing": (
        "philanthropist giving to charity",
        "novelist on chapter 12",
        "copywriter writing ad copy",
        "student applying for financial aid",
        "procurement officer evaluating tenders",
    ),
    "quantitative finance": (
        "day trader posting stock picks",
        "actuary pricing pension risk",
        "data scientist predicting churn",
        "crypto trading bot shill",
        "econometrician studying wages",
    ),
    "corporate finance": (
        "bookkeeper reconciling invoices",
        "financial advisor for retirees",
        "stock picker on reddit",
        "investment banker pitching M&A deals",
        "budgeting with YNAB for my family",
    ),
    "impact investing": (
        "charity fundraiser running a marathon",
        "day trader on Tesla calls",
        "climate activist at the protest",
        "nonprofit grant writer",
        "crypto staking for yield",
    ),
    "microfinance": (
        "payday lender ads",
        "DeFi lending pool on Ethereum",
        "mortgage broker",
        "credit union teller",
        "charity child sponsorship",
    ),
    "financial literacy": (
        "hedge fund analyst",
        "adult literacy tutor",
        "wealth manager for high net worth clients",
        "accountant filing tax returns",
        "day trader selling signals",
    ),
    "behavioral economics": (
        "dog behaviourist fixing leash pulling",
        "macroeconomist forecasting inflation",
        "clinical psychologist doing CBT",
        "growth marketer optimising funnels",
        "ABA therapist for autistic kids",
    ),
    "development economics": (
        "property developer building flats",
        "humanitarian worker in a refugee camp",
        "software developer",
        "local economic development officer attracting businesses",
        "macro trader",
    ),
    "economic history": (
        "day trader reading charts",
        "genealogy and family trees",
        "military history buff, WWII tanks",
        "current inflation news",
        "financial journalist covering markets",
    ),
    "econometrics": (
        "machine learning engineer training transformers",
        "psychometrician validating a test",
        "biostatistician on clinical trials",
        "quant trader building signals",
        "data analyst making dashboards in Tableau",
    ),
    "monetary policy": (
        "mortgage broker comparing fixed rates",
        "high-yield savings account tips",
        "bitcoin maximalist",
        "fiscal policy and budget debate",
        "stock trader",
    ),
    "international trade": (
        "day trader on forex",
        "warehouse logistics manager",
        "sports trade rumours",
        "trading card collector",
        "electrician in the building trades",
    ),
    "criminal law": (
        "police officer on night shift",
        "true crime podcast fan",
        "family lawyer handling divorces",
        "prison reform activist",
        "forensic scientist in the lab",
    ),
    "corporate law": (
        "criminal defense attorney",
        "corporate finance analyst",
        "HR business partner",
        "compliance officer",
        "notary public stamping documents",
    ),
    "constitutional law": (
        "civil rights activist marching",
        "political pundit on cable news",
        "criminal defense attorney",
        "local council planning committee",
        "history buff on the founding fathers",
    ),
    "international law": (
        "immigration lawyer handling visas",
        "diplomat at the embassy",
        "human rights activist",
        "international relations student, geopolitics",
        "import export trade compliance",
    ),
    "environmental law": (
        "climate activist gluing to roads",
        "environmental scientist sampling rivers",
        "zero waste lifestyle",
        "ESG reporting at a corporate",
        "planning officer at the council",
    ),
    "legal tech": (
        "paralegal filing documents",
        "cybersecurity analyst",
        "fintech startup",
        "regtech startup automating KYC checks",
        "IT support in a law firm",
    ),
    "mediation": (
        "couples therapist",
        "HR handling a grievance",
        "family lawyer in divorce court",
        "union rep in a pay dispute",
        "meditation teacher",
    ),
    "political campaigns": (
        "marketing manager running ad campaigns",
        "dungeon master for our tabletop campaign",
        "charity fundraising campaign",
        "political science professor",
        "activist organizing a protest march",
    ),
    "lobbying": (
        "hotel concierge in the lobby",
        "grassroots climate activist",
        "PR manager for a brand",
        "campaign field organizer",
        "civil servant drafting legislation",
    ),
    "OSINT": (
        "open source maintainer of a Python library",
        "private investigator for cheating spouses",
        "penetration tester",
        "conspiracy theorist doing his own research",
        "spy thriller novels",
    ),
    "political history": (
        "cable news pundit on tonight's debate",
        "military history, tank battles",
        "genealogist tracing ancestors",
        "political science quant methods",
        "WWII history buff",
    ),
    "TEFL": (
        "English literature lecturer, Dickens",
        "language learner studying Japanese",
        "translator, Spanish to English",
        "high school English teacher, Macbeth",
        "linguistics PhD, syntax",
    ),
    "STEM education": (
        "stem cell biologist",
        "research physicist at CERN",
        "women in tech panel",
        "software engineer at Google",
        "university lecturer in chemistry",
    ),
    "music education": (
        "touring guitarist in a rock band",
        "DJ at the club",
        "music producer",
        "music journalist reviewing albums",
        "choir singer on Sundays",
    ),
    "tutoring": (
        "school teacher with a class of 30",
        "fitness personal trainer",
        "life coach",
        "YouTube tutorial creator",
        "university professor lecturing",
    ),
    "digital humanities": (
        "digital artist drawing on the iPad",
        "data scientist in marketing",
        "archivist at the county records office",
        "English literature professor",
        "museum curator",
    ),
    "radio": (
        "ham radio contesting on 20m",
        "podcaster recording in my closet",
        "club DJ spinning techno",
        "RC car racing",
        "TV news anchor",
    ),
    "blogging": (
        "YouTube vlogger",
        "journalist at a newspaper",
        "Instagram influencer selling detox tea",
        "novelist querying agents",
        "SEO agency link building",
    ),
    "photojournalism": (
        "wedding photographer",
        "street photographer on the subway",
        "paparazzi outside the club",
        "war documentary filmmaker",
        "Instagram travel photographer",
    ),
    "fact-checking": (
        "conspiracy theorist doing his own research",
        "copy editor fixing commas",
        "proofreader for theses",
        "librarian teaching research skills",
        "skeptic debunking ghost stories",
    ),
    "copy editing": (
        "copywriter for ad campaigns",
        "YouTube video editor",
        "literary agent",
        "translator",
        "novelist",
    ),
    "public speaking": (
        "stand-up comic at an open mic",
        "podcast host",
        "actor in a community play",
        "Speaker of the House of Commons",
        "sales rep cold calling",
    ),
    "national parks": (
        "theme park annual passholder",
        "city park cleanup volunteer",
        "botanical garden volunteer",
        "safari park day out with the kids",
        "parque de atracciones con los niños",
    ),
    "orienteering": (
        "geocaching, found my 500th cache",
        "trail running ultra in the alps",
        "land navigation course in the army",
        "treasure hunt for the kids party",
        "cartographer at the mapping agency",
    ),
    "search and rescue": (
        "firefighter at station 12",
        "paramedic on the night shift",
        "animal rescue, fostering kittens",
        "lifeguard at the town pool",
        "disaster relief logistics with the red cross",
    ),
    "rewilding": (
        "organic veg box delivery",
        "urban gardening on my balcony",
        "zoo keeper for the big cats",
        "climate activist at the protest",
        "landscape gardener, lawns and hedges",
    ),
    "whale watching": (
        "marine biologist studying coral reefs",
        "deep sea fishing charter",
        "scuba diving with manta rays",
        "aquarium visit with the kids",
        "sailing charter in the greek islands",
    ),
    "canyoning": (
        "white water rafting trip",
        "rock climbing at the crag",
        "caving in the yorkshire dales",
        "cliff jumping at the quarry",
        "coasteering along the pembrokeshire coast",
    ),
    "snowshoeing": (
        "cross-country skiing in the engadin",
        "snowboarding in the park all day",
        "ice fishing on the lake",
        "winter running in the dark",
        "ski touring up to the col",
    ),
    "dressage": (
        "show jumping at the county show",
        "horse racing tips for cheltenham",
        "western pleasure and barrel racing",
        "polo match on sunday",
        "ballet dancer, pas de deux rehearsal",
    ),
    "rabbits": (
        "guinea pig mum of three",
        "hamster cage setup",
        "rabbit hunting with ferrets",
        "chinchilla dust bath time",
        "hare coursing is cruel",
    ),
    "pigeon racing": (
        "falconer with a harris hawk",
        "backyard chickens laying again",
        "budgie breeder and show bird exhibitor",
        "greyhound racing at romford",
        "birdwatching at the reservoir",
    ),
    "dog grooming": (
        "dog trainer, puppy classes",
        "dog walker and pet sitter",
        "barber shop, skin fades",
        "hairdresser and colourist",
        "vet nurse at the small animal clinic",
    ),
    "goats": (
        "sheep farmer at lambing time",
        "alpaca trekking farm",
        "dairy cows and milking parlour",
        "cheesemonger, chèvre and brie",
        "petting zoo birthday party",
    ),
    "wildlife rehabilitation": (
        "dog shelter volunteer, adopt don't shop",
        "veterinary surgeon, small animals",
        "zoo keeper with the penguins",
        "birdwatcher with a big lens",
        "wildlife photographer in the mara",
    ),
    "zookeeping": (
        "pet shop assistant",
        "dog walker in the park",
        "farm hand at the dairy",
        "wildlife biologist radio-collaring bears",
        "aquarium hobbyist with a reef tank",
    ),
    "solo travel": (
        "family holiday with three kids",
        "business travel every week",
        "honeymoon in the maldives",
        "group tour of italy",
        "single and dating again",
    ),
    "cruises": (
        "sailing my own yacht",
        "ferry to the isle of wight",
        "merchant navy officer on a tanker",
        "all inclusive resort in cancun",
        "river kayaking trip",
    ),
    "road trips": (
        "daily commute on the m6",
        "truck driver, long haul",
        "motorcycle touring across the alps",
        "airport layover again",
        "learner driver, test next week",
    ),
    "travel photography": (
        "wedding photographer",
        "travel agent booking package holidays",
        "real estate photographer",
        "travel writer for the guardian",
        "passport photos while you wait",
    ),
    "points and miles": (
        "coupon clipping at the supermarket",
        "credit repair tips",
        "day trader, options only",
        "travel agent, package holidays",
        "cashback apps for groceries",
    ),
    "expat life": (
        "refugee resettlement caseworker",
        "immigration lawyer",
        "two weeks holiday in spain",
        "international student in london",
        "language exchange tandem partner",
    ),
    "rail travel": (
        "trainspotter at crewe",
        "model railway layout in the loft",
        "railway engineer on signalling",
        "daily commuter on southern rail",
        "road trip on route 66",
    ),
    "japan": (
        "k-pop stan",
        "chinese calligraphy class",
        "korean skincare routine",
        "thai cooking course",
        "anime figure collector",
    ),
    "off-roading": (
        "dirt bike motocross at the track",
        "rally driver, wrc fan",
        "farmer driving the tractor",
        "mountain biking in the woods",
        "monster truck show",
    ),
    "car detailing": (
        "mechanic at the garage",
        "car wash attendant",
        "spray painter at a body shop",
        "car salesman at the dealership",
        "house cleaning business",
    ),
    "jdm": (
        "classic mustang restoration",
        "formula 1 fan, ferrari forever",
        "anime and manga collector",
        "euro car scene, vw golf gti",
        "american muscle, v8 camaro",
    ),
    "gliding": (
        "paragliding in the alps",
        "hang glider pilot",
        "skydiving instructor",
        "airline pilot, a320 captain",
        "drone pilot, aerial photography",
    ),
    "plane spotting": (
        "airline pilot flying the 737",
        "trainspotter logging locos",
        "flight attendant life",
        "birdwatcher with binoculars",
        "drone photography",
    ),
    "narrowboats": (
        "sailing dinghy at the club",
        "cruise ship holiday",
        "tiny house on wheels",
        "van life in a sprinter",
        "kayaking on the river",
    ),
    "e-bikes": (
        "electric car owner, tesla model 3",
        "motorbike rider",
        "electric scooter rental",
        "road cyclist chasing koms",
        "spin class instructor",
    ),
    "hot air ballooning": (
        "balloon artist for parties",
        "skydiving tandem jump",
        "paragliding pilot",
        "weather balloon launches",
        "airship history buff",
    ),
    "home organization": (
        "house cleaner",
        "interior designer",
        "event organiser",
        "bookkeeping for small businesses",
        "productivity apps and time blocking",
    ),
    "minimalism": (
        "minimal techno dj",
        "minimalist graphic designer",
        "frugal living and couponing",
        "tiny house builder",
        "zero waste shop owner",
    ),
    "composting": (
        "recycling plant operator",
        "waste management company",
        "zero waste lifestyle",
        "soil scientist in the lab",
        "sewage treatment engineer",
    ),
    "hydroponics": (
        "aquarium fishkeeper",
        "hydro power engineer",
        "soil science researcher",
        "houseplant collector",
        "cannabis dispensary budtender",
    ),
    "orchids": (
        "florist making bouquets",
        "houseplant collector, monsteras",
        "rose grower",
        "fruit orchard owner",
        "botanical illustrator",
    ),
    "furniture restoration": (
        "furniture store sales",
        "interior designer",
        "flat-pack assembly service",
        "art conservator at the museum",
        "upholsterer and soft furnishings",
    ),
    "catholicism": (
        "anglican vicar in the church of england",
        "evangelical worship leader",
        "greek orthodox, easter vigil",
        "lutheran pastor",
        "mormon missionary in brazil",
    ),
    "paganism": (
        "astrology and birth charts",
        "evangelical christian",
        "norse mythology podcast",
        "halloween decorating",
        "atheist and skeptic",
    ),
    "tarot": (
        "astrologer, birth chart readings",
        "poker player",
        "magic: the gathering collector",
        "psychic medium",
        "palm reading at the fair",
    ),
    "sikhism": (
        "hindu temple volunteer",
        "muslim revert",
        "bhangra dancer",
        "punjabi cooking classes",
        "buddhist meditation retreat",
    ),
    "reiki": (
        "massage therapist, deep tissue",
        "physiotherapist",
        "yoga teacher",
        "acupuncture clinic",
        "tarot reader",
    ),
    "irish culture": (
        "scottish highland dancer",
        "welsh choir member",
        "british history buff",
        "st patrick's day pub crawl",
        "guinness brewery tour",
    ),
    "scottish culture": (
        "irish dancer",
        "scotch whisky collector",
        "welsh language learner",
        "outlander fan",
        "english folk dancing",
    ),
    "mexican culture": (
        "spanish flamenco dancer",
        "latin music dj",
        "cancun all inclusive holiday",
        "brazilian samba school",
        "spanish teacher in madrid",
    ),
    "indian culture": (
        "yoga teacher at the gym",
        "pakistani cricket fan",
        "native american powwow",
        "thai cooking course",
        "indiana hoosiers basketball",
    ),
}

NAMES_TEXT = """
general practice: rcgp|frcgp|aafp|american academy of family physicians
general practice: gp trainee|gp registrar|locum gp|portfolio gp|gp receptionist
general practice: primary care network|primary care physician|family medicine residency
general practice: family practitioner|aka exam|rca exam|gpst|gp trainer|wonca|abfm|nhs gp
general practice: gp appointments|out of hours gp|gp locum|family med
intensive care: icu nurses|intensivists|ecmo
intensive care: ficm|esicm|sccm
intensive care: mechanical ventilation|proning|vasopressors|ards|sofa score
intensive care: apache ii|icu doctor|icu rotation
intensive care: neuro icu|cvicu|sicu|micu|rass score
gastroenterology: hepatologists|colonoscopy|colonoscopies|ercp
gastroenterology: endoscopic ultrasound|upper gi endoscopy|ibd nurse|ibd clinic|crohn's and colitis uk
gastroenterology: crohns and colitis foundation
gastroenterology: digestive disease week|ueg week
gastroenterology: nafld|masld|cirrhosis clinic|capsule endoscopy
gastroenterology: gi fellowship|fibroscan|barrett's oesophagus|barrett's esophagus
gastroenterology: eosinophilic oesophagitis
endocrinology: aace|thyroidectomy
endocrinology: pituitary adenoma|acromegaly|cushing's syndrome|addison's disease|adrenal insufficiency
endocrinology: hyperparathyroidism|endo fellowship|thyroid nodule|insulinoma
endocrinology: neuroendocrine tumour|prolactinoma|growth hormone deficiency|congenital adrenal hyperplasia
endocrinology: endotext|endocrine surgery
endocrinology: pituitary clinic|adrenal clinic
infectious diseases: idsa|escmid|eccmid
infectious diseases: liverpool school of tropical medicine
infectious diseases: id fellowship|id doc
infectious diseases: ipc nurse|clostridioides difficile|carbapenem resistance
infectious diseases: idweek|id physician|id consult
infectious diseases: tb clinic|vaccinology|antibiotic stewardship
infectious diseases: tropical medicine fellowship|dtm&h|diploma in tropical medicine
plastic surgery: asps|bapras|baaps|isaps
plastic surgery: rhinoplasty|abdominoplasty|tummy tuck|breast reduction
plastic surgery: diep flap|facelift|liposuction|brazilian butt lift|microsurgery
plastic surgery: burns unit
plastic surgery: mommy makeover|otoplasty
sports medicine: acsm|fsem
sports medicine: amssm
sports medicine: head injury assessment|prp injections
sports medicine: pre-participation screening|certified athletic trainer
sports medicine: musculoskeletal ultrasound|red-s
sports medicine: sem consultant
sports medicine: ioc consensus statement
osteopathy: general osteopathic council
osteopathy: american osteopathic association|comlex|cranial sacral
osteopathy: craniosacral therapy|visceral manipulation|muscle energy technique|counterstrain
osteopathy: university college of osteopathy|andrew taylor still
osteopathy: doctor of osteopathic medicine
acupuncture: nccaom
acupuncture: tcm doctor|moxibustion|cupping therapy
acupuncture: ear seeds|qi stagnation
acupuncture: cosmetic acupuncture|tcm herbs|yin deficiency|nada protocol
herbalism: elderberry syrup|nettle infusion
herbalism: tincture making
digital health: telecare|himss|cmio|cerner|fhir
digital health: interoperability standards|virtual wards
digital health: nhs app|nhs england transformation|babylon health|teladoc|doximity|amwell
digital health: patient portal
medical devices: 510(k)|510k clearance|pma approval|fda clearance|ivdr
medical devices: iso 14971|iec 62304|notified body|ce marking|design history file|samd
medical devices: boston scientific
medical devices: edwards lifesciences|intuitive surgical
medical devices: da vinci surgical system|zimmer biomet|becton dickinson|siemens healthineers|ge healthcare
medical devices: advamed
women's health: pelvic floor physio
women's health: pelvic floor therapy|endometriosis uk|fibroids
women's health: cervical screening|smear test|hpv vaccine|contraception|contraceptive pill|coil fitting
women's health: gynae|vulvodynia|premenstrual dysphoric disorder
women's health: flo app|clue app|natural cycles|mammogram
menopause: hormone replacement therapy|hot flushes
menopause: hot flashes|night sweats|meno brain
menopause: menopause cafe|estrogen therapy|utrogestan|oestrogel|vaginal oestrogen
menopause: davina mccall menopausing|dr louise newson|balance menopause app
menopause: premature ovarian insufficiency
eating disorders: anorexia nervosa|bulimia nervosa|osfed|ednos
eating disorders: neda|maudsley approach
eating disorders: family based treatment|cbt-e|ed warrior
eating disorders: pro ana|proana|recovery is possible
long covid: post-acute sequelae
long covid: postural orthostatic tachycardia syndrome|mast cell activation syndrome|microclots|covid brain fog
long covid: recover initiative|patient-led research collaborative
long covid: post viral fatigue
clinical psychology: psychometric testing|wais|mmpi|dsm-5-tr|icd-11
clinical psychology: iapt|talking therapies|case formulation
clinical psychology: psyd program|dclinpsy interview
clinical psychology: beck depression inventory
clinical psychology: trauma focused cbt
psychoanalysis: jacques lacan
psychoanalysis: melanie klein|kleinian|donald winnicott|wilfred bion
psychoanalysis: countertransference|oedipus complex
psychoanalysis: international psychoanalytical association|tavistock clinic
psychoanalysis: analysand|training analysis
psychoanalysis: drive theory|heinz kohut
art therapy: baat
art therapy: aata|atr-p
art therapy: edith kramer|ieata
hypnotherapy: hypnotic induction|regression hypnotherapy
hypnotherapy: past life regression|cognitive hypnotherapy
hypnotherapy: national guild of hypnotists
hypnotherapy: gastric band hypnosis
hypnotherapy: rapid transformational therapy|marisa peer|milton erickson|ericksonian hypnosis|hypnosis session
breathwork: stanislav grof|whm instructor
breathwork: buteyko|buteyko method|oxygen advantage|patrick mckeown
breathwork: kapalabhati|nadi shodhana
breathwork: physiological sigh|co2 tolerance
tai chi: push hands|tui shou|yang 24|baduanjin
tai chi: eight brocades|silk reeling|dantian
tai chi: neijia|wudang
sauna: aufguss|aufgussmeister
sauna: vihta|vasta|banya|russian banya
sauna: harvia|kiuas
biohacking: dave asprey|whoop band|levels health
biohacking: hrv tracking|photobiomodulation|hyperbaric oxygen|nootropics|nootropic stack
biohacking: metformin longevity|grounding mats|blue light glasses|mitochondria health
biohacking: bpc-157|epigenetic age test|longevity hacks|blueprint protocol
biohacking: jessie inchauspé
journaling: bujo spread|ryder carroll|the artist's way
journaling: julia cameron
journaling: hobonichi techo|leuchtturm1917|leuchtturm|moleskine|traveler's notebook|dot grid
journaling: stationery haul|plan with me|mood tracker|commonplace book
homeschooling: home educated|unschooler
homeschooling: charlotte mason|classical conversations|the good and the beautiful
homeschooling: sonlight|abeka|math-u-see|hslda
homeschooling: nature journal homeschool|flexischooling|education otherwise
adoption: coram baaf|matching panel
adoption: life story work|first mother
pregnancy: second trimester|bumpdate|baby bump
pregnancy: antenatal appointment|prenatal vitamins|morning sickness
pregnancy: hyperemesis gravidarum|braxton hicks|nct classes|anatomy scan|20 week scan|12 week scan|nuchal scan
pregnancy: glucose tolerance test|pre-eclampsia|expecting mama
pregnancy: expectant mother
breastfeeding: lactation counselor
breastfeeding: exclusively pumping|pumping mom|milk supply|tongue tie|frenotomy|cluster feeding
breastfeeding: mastitis|donor milk|milk bank|nursing pillow|boppy|haakaa
breastfeeding: medela|lansinoh
breastfeeding: baby friendly initiative
doula: dona international
doula: birth plan|birth preferences|vbac|home birth|water birth
doula: birth pool|birth trauma|rebozo|spinning babies|placenta encapsulation
doula: labour support
fertility: icsi|ttc journey|infertility awareness
fertility: rei doctor|egg collection
fertility: beta hcg|amh levels|ovarian reserve
fertility: endometrial scratch|surrogacy|hfea|resolve infertility
fertility: male factor infertility|recurrent miscarriage|pgt-a
grandparenting: grandfamilies
grandparenting: sleepover at nana's
grandparenting: grandbabies|grandbaby|proud granny|proud nonna
grandparenting: nana of three|grandmother of four|proud grandmother
vegetarianism: pescetarian
vegetarianism: meat-free mondays
vegetarianism: quorn|linda mccartney foods|meat substitutes
vegetarianism: veggie burger|anna jones|deborah madison|moosewood|veggie month|veggie since
vegetarianism: lacto ovo
keto: lowcarb
keto: fathead dough|mct oil
keto: diet doctor|dr eric berg
intermittent fasting: time-restricted feeding
intermittent fasting: 20:4|fast 800|eat stop eat|extended fasting
intermittent fasting: feeding window|fasted state
intermittent fasting: dr jason fung|jason fung|zero fasting app|fastic|simple fasting app
intermittent fasting: clean fasting|prolon|fasting protocol
intermittent fasting: fasting lifestyle|fasting coach
gluten free: celiac disease foundation|beyond celiac|gluten sensitivity
gluten free: non-coeliac gluten sensitivity|crossed grain symbol|gf bread
gluten free: gf pasta|gf options|cross-contact
gluten free: schär|doves farm freee|celiac diagnosis|ttg test
gluten free: dermatitis herpetiformis
gluten free: coeliac awareness week
meal prep: macro friendly
meal prep: paprika app|eatthismuch
meal prep: dump bags
street food: hawker center
street food: hawker stall|night markets|kerbfood
street food: dinerama|taco truck|taco stand|pani puri
street food: vada pav|bánh mì|pad thai stall|jianbing|arepas stand|choripán|elote
street food: smorgasburg|boxpark
japanese cuisine: sashimi|nigiri|tonkotsu|shoyu ramen|miso ramen|dashi|kombu
japanese cuisine: katsuobushi|bonito flakes|gyoza|okonomiyaki|tempura|udon|yakitori
japanese cuisine: tonkatsu|donburi|onigiri|bento box|miso soup|mirin|yuzu kosho|kewpie
japanese cuisine: just one cookbook
pizza: pizzerias|avpn|00 flour
pizza: caputo flour|tipo 00|san marzano|fior di latte
pizza: new york slice|deep dish
pizza: chicago deep dish|wood fired oven|ooni koda|gozney|gozney dome|roccbox
pizza: leopard spotting|cornicione|slice joint
chocolate: cacao nibs|cacao beans|bonbons
chocolate: pralines|couverture|callebaut|valrhona|cacao barry|amedei|pralus
chocolate: original beans|hotel chocolat|lindt|godiva|pierre marcolini|patrick roger
chocolate: salon du chocolat
chocolate: fine cacao|conching|melanger
hot sauce: chiliheads|chillihead|scoville scale
hot sauce: bhut jolokia|trinidad moruga scorpion|habanero|scotch bonnet|pepper x
hot sauce: heatonist|tabasco|cholula|sriracha|huy fong|frank's redhot|secret aardvark
hot sauce: dave's insanity|chilli festival|superhots
hot sauce: puckerbutt pepper company|smokin ed currie|pepper palace
tequila: mezcaleros|añejo|extra añejo
tequila: cristalino|100 percent agave|agave azul|blue agave|tahona|jimador|espadin|tobala|tepeztate
tequila: sotol|bacanora|nom number
tequila: siete leguas|del maguey|mezcal vago|casamigos
tequila: don julio|clase azul|jalisco highlands
sake: kikisakeshi
sake: kurabito|junmai|junmai ginjo|daiginjo|ginjo|honjozo|namazake|nigori|genshu|kimoto
sake: yamahai|yamada nishiki|omachi|polishing ratio|seimaibuai|ochoko|tokkuri|dassai
sake: hakkaisan|john gauntner
cider: keeving|wassail|wassailing|bittersweet apples|kingston black
cider: dabinett|yarlington mill|apple press|scrumpy
cider: pommeau|calvados|thatchers
cider: aspall
market research: kantar|nielseniq|qualtrics|surveymonkey|dynata|focus group|focus groups|conjoint analysis
market research: maxdiff|esomar|insights association|mintel|euromonitor|brand tracker
market research: segmentation study|cawi|online panel|panel provider|fieldwork agency
market research: insights manager|van westendorp|gabor granger
market research: mystery shopper|circana|toluna|discrete choice modelling
business analysis: iiba|cbap|ccba|ecba|babok|pmi-pba|bpmn|uml diagrams|use case diagram|acceptance criteria
business analysis: moscow prioritisation|requirements traceability matrix
business analysis: functional requirements|non-functional requirements|process mapping|swimlane diagram
business analysis: as-is process|to-be process
business analysis: bizbok|moscow method|context diagram
change management: prosci|adkar|adkar model|kotter 8-step|kotter's 8 steps|john kotter
change management: change curve|kubler-ross change curve|acmp
change management: burning platform
change management: bridges transition model|mckinsey 7s|7s framework|change fatigue
change management: od practitioner
risk management: garp|prmia|basel iv|expected shortfall|icaap|ilaap|rcsa
risk management: three lines of defense|iso 31000|coso erm
risk management: sr 11-7
risk management: frtb
corporate governance: cosec
corporate governance: stewardship code|proxy advisors|glass lewis
corporate governance: say on pay|nomination committee|remuneration committee|audit committee chair
corporate governance: board evaluation|independent non-executive|aicd
corporate governance: nacd|agm season|annual general meeting|dual-class shares
corporate governance: proxy season|proxy fight|board minutes|cadbury report
corporate governance: king iv report
mergers and acquisitions: data room|virtual data room|datasite|intralinks|share purchase agreement
mergers and acquisitions: earn-out|earnout|accretion dilution
mergers and acquisitions: accretion/dilution analysis|fairness opinion|deal tombstone|bulge bracket|centerview
mergers and acquisitions: dealogic|hart-scott-rodino|hsr filing|tender offer
mergers and acquisitions: break fee|reverse termination fee
mergers and acquisitions: buy-side mandate
franchising: franchise disclosure document|franchise expo|british franchise association|franchise times
franchising: franchise 500|entrepreneur franchise 500|franchise fee|franchise agreement
franchising: master franchisee|area developer|franchise business review|franchise gator|franchise direct
franchising: franchise royalties|mcdonald's franchisee|subway franchisee
franchising: franchise development|franchise system|international franchise association|franchise owners
franchising: franchise opportunity|franchise opportunities|franchise territory|franchise buyer
organizational psychology: siop|eawop
organizational psychology: assessment centre|assessment center
organizational psychology: hogan assessments|hogan personality inventory|shl assessments
organizational psychology: competency framework|360-degree feedback|amy edmondson
organizational psychology: job demands-resources model
organizational psychology: work engagement|utrecht work engagement scale
organizational psychology: situational judgement test
email marketing: sendinblue|activecampaign|constant contact|campaign monitor
email marketing: customer.io|omnisend
email marketing: open rate|welcome flow
email marketing: double opt-in|unsubscribe rate
email marketing: klaviyo flows
fundraising: justgiving|gofundme|blackbaud|raiser's edge|donorbox
fundraising: gift aid
fundraising: silent auction|moves management|donor retention
fundraising: director of development|donor database|donorperfect|bloomerang|givebutter
grant writing: nsf career award|msca fellowship|ukri funding
grant writing: foundation directory online|candid foundation directory|instrumentl
grant writing: letter of inquiry|logic model|specific aims page|broader impacts|sf424
grant writing: national lottery community fund
grant writing: nih study section|study section
quantitative finance: black-scholes|ito's lemma|stochastic calculus|heston model|sabr model
quantitative finance: hull white model|libor market model|implied volatility|volatility smile
quantitative finance: volatility surface|monte carlo pricing|risk-neutral pricing|citadel securities
quantitative finance: renaissance technologies|d. e. shaw|de shaw|hudson river trading|jump trading|optiver
quantitative finance: imc trading|man ahl|aqr capital|worldquant|quantlib|quantconnect
quantitative finance: quantopian|paul wilmott|options futures and other derivatives
quantitative finance: stat arb|hft firm|quant developer
corporate finance: wacc|weighted average cost of capital|three statement model|capex
corporate finance: modigliani-miller|damodaran|cfo dive|anaplan
corporate finance: adaptive insights|workday adaptive planning|oracle hyperion|hyperion planning
corporate finance: rolling forecast|variance analysis|zero-based budgeting
corporate finance: fp&a manager
corporate finance: cost of capital|hurdle rate
impact investing: giin|certified b corporation
impact investing: toniic|omidyar network|big society capital
impact investing: pri signatory|sfdr article 9|cdfi
impact investing: community development financial institution
impact investing: 2x challenge|socap
microfinance: kiva|grameen bank|muhammad yunus|grameen foundation|opportunity international|m-pesa|mpesa|cgap
microfinance: village savings and loan association|vsla|mix market
microfinance: social performance task force|smart campaign|bancosol|self-help group|ujjivan|bandhan bank
microfinance: group lending|oikocredit
microfinance: mfi loan officer|kiva lender
financial literacy: jump$tart coalition|nefe
financial literacy: moneyhelper|young enterprise|junior achievement|ja worldwide
financial literacy: next gen personal finance|ngpf|global money week
financial literacy: morgan housel
financial literacy: suze orman
financial literacy: everfi
financial literacy: econedlink|moneysmart|talk money week
behavioral economics: richard thaler|cass sunstein|dan ariely|loss aversion
behavioral economics: predictably irrational|anchoring effect|hyperbolic discounting
behavioral economics: present bias|status quo bias|sludge audit|ideas42|busara center
behavioral economics: save more tomorrow|george loewenstein|sendhil mullainathan|eldar shafir
behavioral economics: michael hallsworth|rory sutherland
development economics: j-pal|abdul latif jameel poverty action lab|esther duflo
development economics: abhijit banerjee|michael kremer|jeffrey sachs|william easterly|dani rodrik|paul collier
development economics: the bottom billion|world bank group
development economics: givedirectly|conditional cash transfer|cash transfers|lsms
development economics: demographic and health surveys|unu-wider
development economics: cgdev|impact evaluation
development economics: poverty trap|poverty traps
economic history: the great divergence
economic history: kenneth pomeranz|joel mokyr|robert c. allen|douglass north|robert fogel|deirdre mccloskey
economic history: karl polanyi|the great transformation|fernand braudel|eric hobsbawm|adam tooze
economic history: the wages of destruction|barry eichengreen|golden fetters|maddison project|angus maddison
economic history: south sea bubble|tulip mania|wall street crash of 1929
econometrics: eviews|gretl|instrumental variables|two-stage least squares|2sls|difference-in-differences
econometrics: diff-in-diff|synthetic control|fixed effects regression
econometrics: generalized method of moments|heteroskedasticity|heteroscedasticity|cointegration|unit root test
econometrics: dickey-fuller|garch model|vector autoregression|joshua angrist|jörn-steffen pischke
econometrics: mostly harmless econometrics|guido imbens|james heckman|heckman correction|jeffrey wooldridge
econometrics: clive granger|granger causality|robert engle|panel data
monetary policy: jay powell|european central bank|bank of japan
monetary policy: jackson hole symposium|neutral rate|r-star
monetary policy: bank for international settlements|cbdc|ben bernanke|janet yellen|mario draghi|paul volcker
monetary policy: monetarism|ecb governing council|rate cut
monetary policy: rate hike|rate hikes|rate cuts|central banker|central bankers
international trade: usmca|nafta|cptpp|rcep|letter of credit|customs clearance
international trade: harmonized system codes|hs codes|anti-dumping|section 301 tariffs|tariff schedule
international trade: most favoured nation|most-favored-nation|rules of origin|ustr
international trade: unctad|gatt
international trade: doha round|richard baldwin
international trade: export controls|freight forwarder|import duties
criminal law: mens rea|actus reus|plea bargain|beyond reasonable doubt
criminal law: duty solicitor|old bailey|nacdl
criminal law: gideon v. wainwright|brady material
criminal law: brady violation|grand jury|arraignment|suppression hearing
criminal law: bail hearing|public defender's office
corporate law: clifford chance|linklaters|freshfields|allen & overy|a&o shearman|slaughter and may|skadden
corporate law: sullivan & cromwell|wachtell lipton|cravath|kirkland & ellis|latham & watkins|baker mckenzie
corporate law: dla piper|white & case|davis polk|simpson thacher|delaware chancery court
corporate law: court of chancery
corporate law: articles of association|legal 500|chambers and partners
constitutional law: equal protection clause|due process clause|commerce clause|marbury v. madison
constitutional law: brown v. board|citizens united|originalism|textualism
constitutional law: corte costituzionale|antonin scalia
constitutional law: ruth bader ginsburg|chief justice roberts|clarence thomas|laurence tribe|akhil amar
constitutional law: erwin chemerinsky|cert granted|venice commission
international law: unclos
international law: vclt|jus cogens|erga omnes|jus ad bellum
international law: jus in bello|ejil|opinio juris|icty|ictr|itlos
international law: hersch lauterpacht
environmental law: earthjustice|clientearth|client earth|nrdc|clean air act
environmental law: clean water act|superfund
environmental law: aarhus convention|juliana v. united states|urgenda|urgenda case
environmental law: polluter pays principle
environmental law: precautionary principle
environmental law: center for biological diversity
legal tech: relativity e-discovery|relativityone|kira systems|luminance ai|ironclad clm|docusign clm
legal tech: contractpodai|westlaw|casetext|cocounsel|e-discovery|ediscovery
legal tech: clm software|clio cloud conference
legal tech: legalweek
legal tech: document assembly|hotdocs|codex center for legal informatics
mediation: cedr|american arbitration association|lcia|london court of international arbitration
mediation: siac|singapore international arbitration centre|ciarb|chartered institute of arbitrators
mediation: getting to yes|batna
mediation: new york convention|uncitral|med-arb|arbitral tribunal
mediation: arbitral award
political campaigns: phonebanking|text banking|ngp van|votebuilder|actblue|winred|fec filing|super pac
political campaigns: opposition research|oppo research|rapid response team|stump speech|doorknocking
political campaigns: nationbuilder|david plouffe|james carville|lynton crosby
lobbying: k street|lda filings|opensecrets|transparency register
lobbying: eu transparency register|public affairs council
lobbying: appc|politico pro|dods monitoring|dods people
lobbying: brussels bubble|eu affairs|policy monitoring|hill meetings|capitol hill fly-in
lobbying: registered lobbyist
OSINT: eliot higgins|sigint|maltego|spiderfoot|trace labs
OSINT: geolocation challenge|suncalc|sentinel hub|maxar imagery|ais data|invid plugin
OSINT: reverse image search|tineye|yandex images|dfrlab|digital forensic research lab|forensic architecture
OSINT: oryx blog|gdelt|geolocating
political history: doris kearns goodwin|robert caro|the power broker
political history: the years of lyndon johnson|michael beschloss|jon meacham|ron chernow|richard hofstadter
political history: arthur schlesinger|eric foner|great society|watergate|weimar republic
political history: whig party|chartism|reform act 1832|glorious revolution|jacobins|hansard
political history: dominic sandbrook|peter hennessy|lord hennessy
homeschooling: sonlight curriculum
homeschooling: well-trained mind|susan wise bauer|story of the world|beast academy|saxon math
homeschooling: home school legal defense association
homeschooling: masterbooks|time4learning|elective home education
TEFL: cambridge delta|trinity certtesol|ielts|cambridge english|fce exam|cae exam|cpe exam|toeic
TEFL: british council|jet programme|jet program|eikaiwa|hagwon|vipkid|cambly
TEFL: young learners|eap tutor|concept checking questions|ell teacher|esol teacher
STEM education: science olympiad|code.org|hour of code|scratchjr|micro:bit|bbc micro:bit
STEM education: nsta
STEM education: next generation science standards|ngss|nctm
STEM education: csta|pltw|project lead the way|science fair|raspberry pi foundation|code club
music education: kodály|kodaly method|orff schulwerk|orff approach|dalcroze eurhythmics|suzuki method
music education: rcm certificate program|nafme
music education: marching band|all-state band|all-state choir|grade 5 theory
music education: essential elements band method
music education: orchestra director
music education: kodály certification|orff level 1
tutoring: wyzant|kumon|mathnasium|mytutor
tutoring: superprof|princeton review|kaplan test prep|gre prep|gmat prep|lsat prep
tutoring: mcat prep|11 plus|11+ exam
digital humanities: text encoding initiative|tei xml|adho
digital humanities: voyant tools|omeka|gephi|recogito|transkribus|hathitrust
digital humanities: europeana|distant reading|franco moretti|stanford literary lab|topic modelling
digital humanities: mallet topic modeling|programming historian|the programming historian|iiif
digital humanities: dhsi|stylometry
digital humanities: roy rosenzweig center|rrchnm
radio: siriusxm|iheartmedia
radio: kcrw|wnyc|breakfast show|drivetime show
radio: rajar|cadena ser
blogging: wordpress.com|medium.com|ghost cms|tumblr|livejournal
blogging: problogger|darren rowse|guest post
blogging: yoast seo
photojournalism: vii photo|noor images|pulitzer prize for feature photography
photojournalism: pulitzer prize for breaking news photography|robert capa|capa gold medal|james nachtwey
photojournalism: lynsey addario|don mccullin|sebastião salgado|dorothea lange
photojournalism: w. eugene smith|getty images news|ap photo|reuters pictures|afp photo
photojournalism: national press photographers association|nppa|visa pour l'image
photojournalism: pictures of the year international|eddie adams workshop|photo desk
photojournalism: photo agency
fact-checking: ifcn|politifact|snopes|factcheck.org
fact-checking: maldita.es|newtral|correctiv|chequeado
fact-checking: pagella politica|agência lupa|aos fatos|les décodeurs|first draft news|eu disinfolab
fact-checking: euvsdisinfo|newsguard|community notes|four pinocchios|globalfact|prebunking|lateral reading
fact-checking: sift method
copy editing: chicago manual of style|ap stylebook|ap style|new hart's rules|serial comma|ciep
copy editing: editorial freelancers association|perfectit
copy editing: proof marks|dangling modifier|em dash|en dash|stet
copy editing: dreyer's english|benjamin dreyer|eats shoots and leaves|lynne truss
copy editing: house style|style guide
public speaking: toastmasters international|tedx|ted talk|ted talks|tedx speaker
public speaking: speakerhub
public speaking: icebreaker speech|table topics|distinguished toastmaster|glossophobia|stage fright
public speaking: speakers bureau|speaker bureau|talk like ted|carmine gallo|dale carnegie course|nancy duarte
public speaking: pecha kucha|pechakucha|ignite talks|keynote speech
national park: great smoky mountains
national park: america the beautiful pass|junior ranger|bryce canyon
national park: grand teton|capitol reef|canyonlands
national park: lamar valley|mighty five
orienteering: jukola|tiomila|o-ringen
orienteering: sportident|si card|emit card
orienteering: moscompass|livelox|routegadget|isprom|openorienteering mapper
orienteering: thierry gueorgiou|daniel hubmann|tove alexandersson|matthias kyburz
orienteering: control description|control descriptions|mispunch|o-suit
search and rescue: bergwacht|bergrettung|soccorso alpino|cnsas|pghm|dgzrs|knrm|sarda
search and rescue: nasar|casara|civil air patrol|pararescue|pararescueman
search and rescue: winchman
search and rescue: lifeboat coxswain|inshore lifeboat|all-weather lifeboat|sar callout
search and rescue: sar technician|usar team|air ambulance crew
rewilding: trees for life|isabella tree|european bison|oostvaardersplassen|cairngorms connect
rewilding: affric highlands|nature recovery|trophic cascade|konik ponies|heck cattle
rewilding: rewilding argentina|tompkins conservation|pleistocene park|white stork project|beaver release
rewilding: beaver dams|bison release|wildcat reintroduction|lynx uk trust|wild ken hill
rewilding: white stork reintroduction|beavers are back
rewilding: natural grazing|beaver enclosure
whale watching: southern resident orcas
whale watching: spyhopping|lobtailing|happywhale
whale watching: orca network|salish sea|húsavík|hervey bay|kaikoura
whale watching: tadoussac|stellwagen bank|fluke id
whale watching: j pod|humpback breach|marine naturalist|orcas of the salish sea
canyoning: sierra de guara|val bodengo|zion narrows|ropewiki
canyoning: petzl pirana|pirana descender|keeper pothole|sand trap anchor|biner block
canyoning: retrievable rigging|meat anchor
canyoning: ghost anchor|potshot anchor|acwa certification
canyoning: rappel ring
snowshoeing: msr lightning ascent|msr evo|atlas snowshoes
snowshoeing: crampon bindings|dion snowshoes|crescent moon snowshoes
snowshoeing: world snowshoe federation
snowshoeing: snowshoe excursion
dressage: tempi changes|pirouette canter|shoulder-in|medium trot|prix st georges|intermediaire
dressage: grand prix special|kur to music|usdf|totilas|laura graves
dressage: warmblood gelding|flying changes|renvers|half halt
dressage: piaffe passage
rabbit: holland lop|netherland dwarf|mini lop|flemish giant|french lop
rabbit: english angora
rabbit: timothy hay|burgess excel
rabbit: kaninhop|myxomatosis|rhdv2|gi stasis
pigeon racing: basketing
pigeon racing: benzing|unikon clock|rpra
pigeon racing: kbdb|south african million dollar
pigeon racing: sun city million dollar|janssen brothers|gaby vandenabeele|velocity ypm
pigeon racing: federation race
dog grooming: hand stripping|teddy bear trim|continental clip
dog grooming: lion cut|deshedding|shave down|scissor finish|asian fusion grooming
dog grooming: nca certified
dog grooming: furminator|slicker brush
dog grooming: high velocity dryer|kennel dryer|coat king
dog grooming: dematting|de-matting|blade 7f
goats: toggenburg
goats: oberhasli|kidding season|doeling|doelings
goats: buckling|bucklings|disbudding
goats: adga|milk stand
goats: famacha|copper bolus
wildlife rehabilitation: hedgehog hospital|raptor center
wildlife rehabilitation: soft release|tiggywinkles|rspca mallydams
wildlife rehabilitation: fawn rescue
wildlife rehabilitation: orphaned joey|joey carer|tube feeding fledgling
zookeeping: carnivore keeper|animal enrichment
zookeeping: enrichment for the animals|keeper talk|aza accredited
zookeeping: eaza|biaza
zookeeping: aazk|head keeper|senior keeper
zookeeping: penguin keeper|giraffe keeper|keeper experience
solo travel: flash pack
cruise: holland america|cunard
cruise: costa crociere|hurtigruten|silversea
cruise: regent seven seas|icon of the seas|queen mary 2
cruise: sea days|balcony cabin|inside cabin|embarkation day|disembarkation day|muster drill
cruise: drink package|castaway cay|cococay
road trip: wild atlantic way|blue ridge parkway
road trip: trollstigen|transfăgărășan|romantische straße
road trip: rest stop snacks
road trip: miles on the odometer
travel photography: lonely planet images
travel photography: sony rx100
travel photography: gorillapod|dji osmo pocket
travel photography: tpoty|chris burkard
travel photography: photo walk in marrakech
points and miles: sweet spot redemption
points and miles: membership rewards|ultimate rewards|amex platinum
points and miles: amex gold|capital one venture x|bilt rewards|aeroplan|flying blue
points and miles: skymiles|aadvantage|alaska mileage plan|world of hyatt|marriott bonvoy
points and miles: hilton honors|ihg one rewards|the points guy
points and miles: frequent miler|seats.aero|point.me|award availability|fuel surcharges
points and miles: sign-up bonus|welcome offer|5/24 rule|companion voucher|upgrade voucher
expat life: third culture kids
expat life: internations|expatica
expat life: moved abroad|expat blog|expat forum|relocation to dubai
expat life: golden visa|d7 visa|nie number|anmeldung|residence permit|tarjeta de residencia
rail travel: interrail pass
rail travel: european sleeper|night riviera
rail travel: trans-siberian|rocky mountaineer|indian pacific
rail travel: the ghan|amtrak california zephyr|empire builder|coast starlight|seat61|the man in seat 61
rail travel: ouigo|frecciarossa|deutsche bahn ice|tgv inoui|ave high speed
japan: jr pass
japan: onsen|ryokan|konbini|shibuya|shinjuku|fushimi inari|arashiyama|nara deer
japan: mount fuji|hanami|sakura season|golden week
japan: hiragana|katakana|kanji|nihongo
japan: naoshima|kanazawa|hakone|takayama|kamakura|kinkaku-ji
off-roading: rock crawling|rock crawler|green laning|green lanes
off-roading: wrangler rubicon|land cruiser 70
off-roading: tacoma trd|4runner|ford bronco|defender 90|suzuki jimny
off-roading: nissan patrol|locking diffs|diff lockers|arb locker|lift kit|snorkel kit
off-roading: maxtrax|recovery boards|warn winch|airing down|moab easter jeep safari
off-roading: rubicon trail|king of the hammers|can-am maverick|polaris rzr|trail rig|4x4 club
car detailing: paint protection film
car detailing: snow foam|two bucket wash|two bucket method|clay bar|iron fallout remover|iron x|swirl marks
car detailing: da polisher|rupes|flex polisher|meguiar's|meguiars|chemical guys
car detailing: autoglym|gtechniq|koch chemie|gyeon|carpro|bilt hamber|auto finesse|sonax|adam's polishes
car detailing: 50/50 shot|beading shot|hydrophobic coating
car detailing: foam cannon|tire shine|headlight restoration
jdm: skyline gt-r|r32 gtr|r34 gtr|nissan silvia|180sx|ae86
jdm: rb26|sr20|4g63|rx-7|fd rx7|mazda rx-7|honda integra type r
jdm: ef civic|evo ix|impreza wrx sti
jdm: kei car|kei truck|wangan|wangan midnight|initial d|tokyo auto salon|daikoku|daikoku pa|kanjo
jdm: 25 year rule|spoon sports|tomei|bride seats|work wheels|rays volk te37|te37
gliding: aerotow
gliding: silver c|bronze badge|diamond height|outlanding
gliding: ask 21|ask 13|discus 2|duo discus|asg 29|schempp-hirth|schleicher|dg flugzeugbau
gliding: jonker sailplanes|weglide|onlinecontest
gliding: xcsoar|lx navigation|flarm|variometer|lasham|dunstable downs
plane spotting: fr24|adsbexchange|planespotters.net|airliners.net|mach loop
plane spotting: st maarten maho beach|maho beach|heathrow 27l|runway 27l|myrtle avenue|special livery
plane spotting: retro livery|registration logged|avgeeks|aviation photography
plane spotting: spotters at the fence|spotter hill
narrowboats: continuous cruising|live aboard|canal and river trust|crt licence
narrowboats: kennet and avon|grand union canal|leeds and liverpool canal|llangollen canal|oxford canal
narrowboats: shropshire union|trent and mersey|standedge tunnel|pontcysyllte aqueduct|caen hill locks
narrowboats: falkirk wheel|lock keeper|windlass|trad stern|cruiser stern
narrowboats: semi-trad|roses and castles|elsan|gongoozler|gongoozlers
e-bike: e-mtb|class 3 ebike
e-bike: bosch performance line|bosch cx|shimano steps|shimano ep8|brose motor|bafang|bafang ultra
e-bike: hub motor|mid-drive motor|radwagon|vanmoof|cowboy ebike
e-bike: specialized turbo levo|turbo vado|turbo como|riese und müller|riese & müller|tern gsd|urban arrow
e-bike: ebike conversion kit
e-bike: ebike commuter|gazelle ebike|cube stereo hybrid|haibike
hot air ballooning: chateau d'oex
hot air ballooning: envelope inflation
hot air ballooning: lindstrand|ultramagic
hot air ballooning: bbac|gordon bennett cup|montgolfier
home organisation: marie kondo|the home edit|clea shearer|joanna teplin|dana k white
home organisation: swedish death cleaning|death cleaning
home organisation: turntable bins
home organisation: declutter challenge|minimalist closet|clutterbug|cass aarssen
home organisation: the container store|ikea skubb
minimalism: joshua fields millburn|ryan nicodemus
minimalism: project 333|100 thing challenge|no buy year
minimalism: low-buy year
minimalism: cal newport digital minimalism|fumio sasaki|goodbye things|joshua becker
minimalism: own less|live with less|less is more lifestyle
minimalism: one in one out|danshari|decluttered|simplify your life
composting: worm bin|red wigglers
composting: hotbin|green johanna|carbon to nitrogen ratio|c:n ratio|leaf mold
composting: humanure|berkeley method|johnson-su bioreactor
hydroponics: nft system|dwc bucket
hydroponics: ebb and flow|flood and drain
hydroponics: clay pebbles|leca|coco coir|ec meter
hydroponics: ph up|ph down|masterblend|aerogarden|click and grow|gardyn
hydroponics: tower garden|lettuce grow
hydroponics: nutrient solution|net pots
orchid: phalaenopsis|phals|cattleya|paphs|dendrobium|oncidium|masdevallia|miltoniopsis
orchid: cymbidium|zygopetalum|pleurothallids|flower spike
orchid: sphagnum moss potting
orchid: aos judging
orchid: velamen|pseudobulb|pseudobulbs|semi-hydro|lecaorchids
furniture restoration: milk paint
furniture restoration: dresser flip|citristrip|shellac finish|liming wax|briwax|osmo polyx
furniture restoration: the repair shop|jay blades|will kirk
furniture restoration: curbside find|veneer press
furniture restoration: rush seating|marquetry repair
catholic: mass on sunday|novena|novenas
catholic: adoration chapel|rcia|ocia
catholic: holy see
catholic: catechist|confirmation sponsor
catholic: our lady of guadalupe|our lady of fatima|lourdes|divine mercy|padre pio
catholic: opus dei|knights of columbus
catholic: word on fire|ewtn|hallow app
paganism: wheel of the year|samhain|beltane|imbolc|lughnasadh|lammas|ostara|litha|mabon
paganism: wiccans|kitchen witch|hedgewitch|book of shadows
paganism: obod|order of bards ovates and druids|asatru|the troth
paganism: blessed be|so mote it be|esbat|sabbat|sabbats|triple goddess
paganism: gerald gardner|doreen valiente|scott cunningham|starhawk|reclaiming tradition
paganism: kemeticism|rodnovery|stregheria|neopagan|polytheist|pentacle altar
tarot: rider waite|rider waite smith|thoth deck|major arcana
tarot: minor arcana
tarot: oracle deck
tarot: lenormand
tarot: pamela colman smith
tarot: ten of swords|three of swords|queen of cups|page of wands|the high priestess|wheel of fortune card
tarot: death card|the tower card|knight of pentacles|ace of cups|reversed card|labyrinthos
sikhism: waheguru ji|langar|seva at the gurdwara
sikhism: nitnem|kirtan darbar
sikhism: baisakhi|guru nanak dev ji|golden temple
sikhism: akal takht|ardas|hukamnama|chardi kala|dastar|keski
sikhism: kirpan|five ks|panj pyare|gatka|khalsa aid
reiki: mikao usui
reiki: sei he ki
reiki: hon sha ze sho nen|energy healing session
irish culture: gaeilge|as gaeilge|conradh na gaeilge|gaeltacht|seachtain na gaeilge|raidió na gaeltachta
irish culture: sean-nós|trad session|comhaltas|fleadh|fleadh cheoil|céilí|feiseanna
irish culture: bodhrán|uilleann pipes|tin whistle
irish culture: camogie|croke park|brigid's cross|st brigid
irish culture: the chieftains|clannad|christy moore
irish culture: sláinte|go raibh maith agat|dia duit
scottish culture: gàidhlig
scottish culture: pipe band|great highland bagpipe|pìobaireachd|ceilidhs
scottish culture: burns night|burns supper|robert burns|rabbie burns|hogmanay|tartan day
scottish culture: clan society|caber toss|braemar gathering
scottish culture: royal national mòd|feis rois|camanachd
scottish culture: runrig|skipinnish|tannahill weavers|mànran|slàinte mhath
mexican culture: día de muertos|dia de los muertos|ofrenda|ofrendas|catrina|la catrina|papel picado
mexican culture: mariachis|ballet folklórico|huapango
mexican culture: aaa lucha|alebrijes|talavera|huichol art|otomi embroidery
mexican culture: diego rivera|octavio paz|juan rulfo|virgen de guadalupe|grito de dolores
mexican culture: 16 de septiembre|las posadas|guelaguetza|charrería|charro|escaramuza
mexican culture: chicano|chicana|chicanx|xicana
indian culture: mohiniyattam|kathakali|manipuri dance
indian culture: hindustani classical|veena|mridangam|sarod|shehnai
indian culture: garba|dandiya|durga puja
indian culture: raksha bandhan|karva chauth|rangoli|mehndi|saree|sari|lehenga|kurta|salwar kameez
indian culture: incredible india|ravi shankar
indian culture: satyajit ray|rabindranath tagore|madhubani|warli art|pattachitra|kalamkari|ajanta caves
"""

LEXICON_TEXT = """

# Spanish
médica de familia=family doctor general practice|atención primaria=primary care general practice
medicina familiar=family medicine general practice|medicina intensiva=intensive care medicine
cuidados intensivos=intensive care|intensivista=intensive care doctor|gastroenterólogo=gastroenterologist
gastroenteróloga=gastroenterologist|endocrinólogo=endocrinologist|endocrinóloga=endocrinologist
endocrinología=endocrinology|enfermedades infecciosas=infectious diseases
infectólogo=infectious diseases doctor|cirugía plástica=plastic surgery|cirujano plástico=plastic surgeon
cirujana plástica=plastic surgeon|medicina deportiva=sports medicine|médico deportivo=sports medicine doctor
osteópata=osteopath|osteopatía=osteopathy|acupuntura=acupuncture|acupuntor=acupuncturist
herbolaria=herbalism herbal medicine|fitoterapia=herbal medicine phytotherapy|herbolario=herbalist
salud digital=digital health|telemedicina=telemedicine digital health|dispositivos médicos=medical devices
salud de la mujer=women's health|menopausia=menopause|perimenopausia=perimenopause
anorexia nerviosa=anorexia eating disorder|bulimia=bulimia eating disorder|covid persistente=long covid
psicóloga clínica=clinical psychologist|psicólogo clínico=clinical psychologist|psicoanalista=psychoanalyst
arteterapia=art therapy|arteterapeuta=art therapist|hipnoterapia=hypnotherapy|hipnoterapeuta=hypnotherapist
respiración consciente=breathwork|taichí=tai chi|diario personal=journaling diary
educación en casa=homeschooling|adopción=adoption|lactancia materna=breastfeeding
asesora de lactancia=lactation consultant|acompañante de parto=birth doula
reproducción asistida=fertility treatment ivf|fecundación in vitro=ivf fertility|infertilidad=infertility
vegetariana=vegetarian|vegetariano=vegetarian|dieta cetogénica=keto diet|celíaca=coeliac gluten free
celíaco=coeliac gluten free|sin gluten=gluten free|cocina japonesa=japanese cuisine|pizzería=pizzeria
chocolatero=chocolatier|chocolatera=chocolatier|salsa picante=hot sauce|mezcalero=mezcal maker|sidra=cider
sidrería=cider house|lagar de sidra=cider press
# German
allgemeinmedizin=general practice medicine|intensivstation=intensive care unit
intensivmedizin=intensive care medicine|intensivpfleger=icu nurse|gastroenterologe=gastroenterologist
gastroenterologin=gastroenterologist|endokrinologe=endocrinologist|endokrinologin=endocrinologist
infektiologie=infectious diseases|infektiologe=infectious diseases doctor|plastische chirurgie=plastic surgery
schönheitschirurg=cosmetic surgeon|sportmedizin=sports medicine|sportmediziner=sports medicine doctor
osteopathin=osteopath|akupunktur=acupuncture|kräuterheilkunde=herbalism|heilpflanzen=medicinal herbs
pflanzenheilkunde=herbal medicine|digitale gesundheit=digital health|frauengesundheit=women's health
wechseljahre=menopause|magersucht=anorexia|psychoanalytiker=psychoanalyst|kunsttherapie=art therapy
kunsttherapeutin=art therapist|hypnosetherapie=hypnotherapy|atemarbeit=breathwork
atemtherapie=breathwork breath therapy|saunagang=sauna session|saunameister=sauna master
aufguss=sauna infusion|tagebuch=journal diary|hausunterricht=homeschooling|adoptivmutter=adoptive mother
adoptivkind=adopted child|stillberaterin=lactation consultant|geburtsbegleiterin=birth doula
kinderwunsch=trying to conceive fertility|künstliche befruchtung=ivf fertility treatment
enkelkinder=grandchildren|großeltern=grandparents|vegetarierin=vegetarian|vegetarier=vegetarian
ketogene ernährung=keto diet|glutenfrei=gluten free|zöliakie=coeliac disease|vorkochen=meal prep
japanische küche=japanese cuisine|pizzabäcker=pizza maker|schokolade=chocolate|apfelwein=cider
# French
médecine générale=general practice|réanimation=intensive care|réanimateur=intensive care doctor
gastro-entérologue=gastroenterologist|endocrinologue=endocrinologist|maladies infectieuses=infectious diseases
infectiologue=infectious diseases doctor|chirurgie esthétique=cosmetic plastic surgery
chirurgien plasticien=plastic surgeon|médecine du sport=sports medicine|ostéopathe=osteopath
ostéopathie=osteopathy|acupuncteur=acupuncturist|médecine chinoise=traditional chinese medicine
herboriste=herbalist|phytothérapie=herbal medicine|santé numérique=digital health
dispositifs médicaux=medical devices|santé des femmes=women's health|ménopause=menopause
troubles du comportement alimentaire=eating disorders|psychologue clinicienne=clinical psychologist
psychologue clinicien=clinical psychologist|psychanalyse=psychoanalysis|psychanalyste=psychoanalyst
art-thérapie=art therapy|art-thérapeute=art therapist|hypnothérapeute=hypnotherapist
hypnothérapie=hypnotherapy|respiration consciente=breathwork|instruction en famille=homeschooling
école à la maison=homeschooling|allaitement maternel=breastfeeding
consultante en lactation=lactation consultant|parcours pma=fertility treatment journey
fécondation in vitro=ivf fertility|grands-parents=grandparents|végétarienne=vegetarian|végétarien=vegetarian
régime cétogène=keto diet|sans gluten=gluten free|cuisine japonaise=japanese cuisine|pizzaïolo=pizza maker
chocolatière=chocolatier|sauce piquante=hot sauce|cidre=cider|cidrerie=cidery
# Italian
medicina generale=general practice|terapia intensiva=intensive care|rianimazione=intensive care
malattie infettive=infectious diseases
infettivologo=infectious diseases doctor|chirurgia plastica=plastic surgery|chirurgo plastico=plastic surgeon
medicina dello sport=sports medicine|agopuntura=acupuncture
erborista=herbalist|erboristeria=herbalism herbal shop|sanità digitale=digital health
dispositivi medici=medical devices|salute femminile=women's health|menopausa=menopause
ipnoterapia=hypnotherapy|educazione parentale=homeschooling
adozione=adoption|procreazione assistita=fertility treatment ivf|nonni=grandparents|vegetariani=vegetarians
dieta chetogenica=keto diet|senza glutine=gluten free|celiachia=coeliac disease
cucina giapponese=japanese cuisine|cioccolatiere=chocolatier|cioccolato=chocolate
salsa piccante=hot sauce|sidro=cider
# Portuguese
medicina de família=family medicine general practice|gastroenterologista=gastroenterologist
endocrinologista=endocrinologist|infectologista=infectious diseases doctor|cirurgião plástico=plastic surgeon
medicina esportiva=sports medicine|saúde digital=digital health|saúde da mulher=women's health
psicanalista=psychoanalyst|educação domiciliar=homeschooling|adoção=adoption|gestante=pregnant woman
amamentar=breastfeed|fertilização in vitro=ivf fertility|tentante=trying to conceive|sem glúten=gluten free
doença celíaca=coeliac disease|culinária japonesa=japanese cuisine|pizzaria=pizzeria|chocolateiro=chocolatier
molho de pimenta=hot sauce
# More (es, de, fr, it, pt)
sauna finlandesa=finnish sauna|saunieren=sauna bathing|saunabad=sauna bath|aufgussmeister=sauna master
saunaaufguss=sauna infusion|bain nordique=nordic sauna bath|sauna seca=dry sauna
ejercicios de respiración=breathing exercises|atemübungen=breathing exercises
exercices de respiration=breathing exercises|respirazione consapevole=breathwork
respiração consciente=breathwork|exercícios respiratórios=breathing exercises|tai-chi-lehrer=tai chi teacher
professeur de tai-chi=tai chi teacher|chi kung=qigong tai chi|maestro di tai chi=tai chi teacher
professor de tai chi=tai chi teacher|taï-chi=tai chi|nootrópicos=nootropics|tagebuch schreiben=journaling
dankbarkeitstagebuch=gratitude journal|journal intime=personal journal|scrivere un diario=journaling
diário pessoal=personal journal|diario de gratitud=gratitude journal|cetosis=ketosis|dieta keto=keto diet
ketose=ketosis|cétose=ketosis|chetosi=ketosis|agave azul=blue agave
mezcalería=mezcal bar|tequilera=tequila distillery|maguey=agave plant|tequila-verkostung=tequila tasting
dégustation de mezcal=mezcal tasting|degustazione di tequila=tequila tasting|destilado de agave=agave spirit
sommelier de sake=sake sommelier|reiswein=rice wine sake|saké=sake|vin de riz=rice wine sake
vino di riso=rice wine sake|saquê=sake|vinho de arroz=rice wine sake|vino de arroz=rice wine sake
sidra natural=natural cider|llagar=cider press|escanciar=pour cider|apfelmost=apple cider
cidre fermier=farmhouse cider|poiré=perry pear cider|sidro di mele=apple cider|chile habanero=habanero chili
chilisoße=hot sauce|scharfe sauce=hot sauce|piment=chili pepper|peperoncino=chili pepper
peperoncini piccanti=chili peppers|pimenta malagueta=chili pepper|bombones=chocolate bonbons
pralinen=chocolate pralines|chocolaterie=chocolate shop|cioccolateria=chocolate shop|cioccolatini=chocolates
chocolateria=chocolate shop|bombons=chocolates|chocolate artesanal=craft chocolate
pizza napoletana=neapolitan pizza|forno a legna=wood fired oven|masa de pizza=pizza dough
pizzateig=pizza dough|pizzaofen=pizza oven|pâte à pizza=pizza dough|four à pizza=pizza oven
massa de pizza=pizza dough|forno de pizza=pizza oven|menú semanal=weekly meal plan
tuppers=meal prep containers|préparation des repas=meal prep|preparazione dei pasti=meal prep
marmita fit=meal prep lunchbox|wochenplan=weekly meal plan|puesto de comida=food stall
imbissbude=street food stall|camion-restaurant=food truck|marché de nuit=night market
friggitoria=fried street food shop|barraca de comida=food stall|feira gastronômica=food market
comida japonesa=japanese food|japanisch kochen=japanese cooking|restaurant japonais=japanese restaurant
ristorante giapponese=japanese restaurant|maladie cœliaque=coeliac disease|cœliaque=coeliac
enfermedad celíaca=coeliac disease|vegetarisch=vegetarian
végétarisme=vegetarianism|vegetarianismo=vegetarianism|vegetarianesimo=vegetarianism|sem carne=meatless
ayuno=fasting|fasten=fasting|jeûne=fasting|digiuno=fasting|jejum=fasting|abuelos=grandparents|opa=grandpa
großmutter=grandmother|grand-mère=grandmother|grand-père=grandfather|avós=grandparents
psicoanalítico=psychoanalytic|psychanalytique=psychoanalytic|inconsciente=the unconscious
inconscient=the unconscious|psicanalítico=psychoanalytic|kunsttherapeut=art therapist|hipnosis=hypnosis
hypnose=hypnosis|ipnosi=hypnosis|hipnose=hypnosis|ipnoterapeuta=hypnotherapist|hypnotherapeut=hypnotherapist
climaterio=menopause|klimakterium=menopause|ménopausée=menopausal
post-covid-syndrom=long covid|covid long=long covid|covid longa=long covid
covid lungo=long covid|télémédecine=telemedicine|telemedizin=telemedicine|e-santé=digital health
medizinprodukte=medical devices|medizinprodukt=medical device|dispositif médical=medical device
dispositivo médico=medical device|tecnologia medica=medical technology
agopuntore=acupuncturist|akupunkteur=acupuncturist|acupunturista=acupuncturist
medicina tradicional china=traditional chinese medicine
traditionelle chinesische medizin=traditional chinese medicine
medicina tradizionale cinese=traditional chinese medicine|kräuterkundige=herbalist
plantas medicinales=medicinal plants|piante officinali=medicinal herbs|plantes médicinales=medicinal plants
plantas medicinais=medicinal plants|herbalista=herbalist|sportarzt=sports doctor|sportärztin=sports doctor
médecin du sport=sports doctor|medico sportivo=sports doctor|médico do esporte=sports doctor
chirurgie plastique=plastic surgery|cirurgia plástica=plastic surgery|plastischer chirurg=plastic surgeon
chirurgia estetica=cosmetic surgery|infectología=infectious diseases|infectiologia=infectious diseases
infettivologia=infectious diseases|infektiologin=infectious diseases doctor|endokrinologie=endocrinology
endocrinologie=endocrinology|gastroenterología=gastroenterology
gastroenterologie=gastroenterology|gastro-entérologie=gastroenterology
soins intensifs=intensive care|unidade de terapia intensiva=intensive care unit
allgemeinmediziner=general practitioner
allgemeinmedizinerin=general practitioner|médecin traitant=family doctor|enseñanza en casa=homeschooling
educación sin escuela=unschooling|heimunterricht=homeschooling|freilernen=unschooling
scuola parentale=homeschooling|ensino domiciliar=homeschooling|adoptada=adopted|adoptado=adopted
adoptivvater=adoptive father|parents adoptifs=adoptive parents|figlio adottivo=adopted child|adotada=adopted
adotado=adopted|famiglia adottiva=adoptive family|acompañamiento al parto=birth support
accompagnement à la naissance=birth support|parto en casa=home birth|hausgeburt=home birth
accouchement à domicile=home birth|parto in casa=home birth|parto domiciliar=home birth
parto humanizado=natural birth|fertilidad=fertility|fruchtbarkeit=fertility|fertilité=fertility
fertilità=fertility|fertilidade=fertility|infertilité=infertility|infertilità=infertility
infertilidade=infertility|kinderwunschklinik=fertility clinic

# Spanish
investigación de mercados=market research|estudio de mercado=market research study|encuestas=surveys
analista de negocio=business analyst|gestión del cambio=change management|gestión de riesgos=risk management
gestor de riesgos=risk manager|gobierno corporativo=corporate governance
consejero independiente=independent director|fusiones y adquisiciones=mergers and acquisitions
franquicia=franchise business|franquicias=franchise businesses|franquiciado=franchisee|franquiciada=franchisee
franquiciador=franchisor|psicología organizacional=organizational psychology|captación de fondos=fundraising
donantes=donors|subvención=grant funding|subvenciones=grants funding
finanzas cuantitativas=quantitative finance|finanzas corporativas=corporate finance
director financiero=chief financial officer|directora financiera=chief financial officer
tesorería=corporate treasury|inversión de impacto=impact investing|microfinanzas=microfinance
microcréditos=microloans|microcrédito=microloan|economía conductual=behavioral economics
economía del desarrollo=development economics|historia económica=economic history|econometría=econometrics
tipos de interés=interest rates|comercio exterior=international trade|aranceles=tariffs|exportaciones=exports
derecho mercantil=corporate law|derecho societario=corporate law|tribunal constitucional=constitutional court
derecho ambiental=environmental law|mediación=mediation|mediador=mediator|mediadora=mediator
arbitraje=arbitration|jefe de campaña=campaign manager|cabildero=lobbyist|asuntos públicos=public affairs
historia política=political history|profesor de inglés=english teacher
profesora de inglés=english teacher|profesor de música=music teacher|profesora de música=music teacher
clases particulares=private tutoring|humanidades digitales=digital humanities|locutor=radio presenter
locutora=radio presenter|bloguera=blogger|bloguero=blogger|fotoperiodista=photojournalist
fotoperiodismo=photojournalism|verificación de datos=fact-checking|verificador=fact-checker
desinformación=disinformation|bulos=hoaxes misinformation|corrector de estilo=copy editor
correctora de estilo=copy editor|corrección de textos=proofreading|oratoria=public speaking
# German
marktforschung=market research|marktforscher=market researcher|marktforscherin=market researcher
umfrage=survey|anforderungsmanagement=requirements management|veränderungsmanagement=change management
changemanagement=change management|risikomanagement=risk management|risikomanager=risk manager
aufsichtsrat=supervisory board|aufsichtsrätin=board member|unternehmensführung=corporate governance management
übernahme=acquisition takeover|übernahmen=acquisitions takeovers|fusionen=mergers|franchisenehmer=franchisee
franchisenehmerin=franchisee|franchisegeber=franchisor|arbeitspsychologie=occupational psychology
organisationspsychologie=organizational psychology|spendensammeln=fundraising|förderantrag=grant application
förderanträge=grant applications|fördermittel=grant funding|finanzmathematik=mathematical finance
unternehmensfinanzierung=corporate finance|finanzvorstand=chief financial officer
wirkungsorientiert=impact oriented|mikrofinanz=microfinance|mikrokredite=microloans
finanzielle bildung=financial literacy|verhaltensökonomie=behavioral economics
entwicklungsökonomie=development economics|wirtschaftsgeschichte=economic history|ökonometrie=econometrics
leitzins=central bank interest rate|außenhandel=international trade|zölle=tariffs
gesellschaftsrecht=corporate law|wirtschaftsrecht=business law|verfassungsgericht=constitutional court
umweltrecht=environmental law|rechtsinformatik=legal informatics|mediatorin=mediator
schlichtung=mediation arbitration|schiedsgericht=arbitration tribunal|wahlkämpfer=campaigner
wahlkampfmanager=campaign manager|lobbyistin=lobbyist|lobbyarbeit=lobbying
interessenvertretung=lobbying advocacy|politische geschichte=political history
freilerner=unschooling|englischlehrer=english teacher|englischlehrerin=english teacher
mint-bildung=stem education|musiklehrer=music teacher|musiklehrerin=music teacher
musikpädagogik=music education|nachhilfe=tutoring|nachhilfelehrer=tutor|nachhilfelehrerin=tutor
digitale geisteswissenschaften=digital humanities|radiomoderator=radio presenter
radiomoderatorin=radio presenter|radiosender=radio station|bloggerin=blogger|fotojournalist=photojournalist
fotojournalistin=photojournalist|faktencheck=fact-checking|faktenchecker=fact-checker
desinformation=disinformation|korrektorat=proofreading|rhetorik=public speaking rhetoric
rednerin=public speaker|redner=public speaker
# French
études de marché=market research|chargé d'études=market research analyst|sondages=opinion polls surveys
analyste métier=business analyst|conduite du changement=change management|gestion des risques=risk management
gouvernance d'entreprise=corporate governance|conseil d'administration=board of directors
fusions et acquisitions=mergers and acquisitions|franchisé=franchisee|franchisée=franchisee
franchiseur=franchisor|psychologie du travail=occupational psychology|collecte de fonds=fundraising
donateurs=donors|demande de subvention=grant application|finance quantitative=quantitative finance
finance d'entreprise=corporate finance|directeur financier=chief financial officer
directrice financière=chief financial officer|trésorerie=corporate treasury
investissement à impact=impact investing|microcrédit=microcredit|économie comportementale=behavioral economics
économie du développement=development economics|histoire économique=economic history|économétrie=econometrics
taux directeur=central bank rate|commerce international=international trade
droits de douane=tariffs customs duties|droit des sociétés=corporate law|droit des affaires=business law
conseil constitutionnel=constitutional council|droit de l'environnement=environmental law|médiation=mediation
médiateur=mediator|médiatrice=mediator|directeur de campagne=campaign manager|lobbyiste=lobbyist
affaires publiques=public affairs|histoire politique=political history
professeur d'anglais=english teacher|professeure d'anglais=english teacher
professeur de musique=music teacher|cours particuliers=private tutoring
soutien scolaire=tutoring homework help|humanités numériques=digital humanities
animateur radio=radio presenter|animatrice radio=radio presenter|blogueuse=blogger|blogueur=blogger
photojournaliste=photojournalist|photoreporter=photojournalist|vérification des faits=fact-checking
prise de parole en public=public speaking|orateur=public speaker
oratrice=public speaker
# Italian
ricerche di mercato=market research|analista funzionale=business analyst
gestione del cambiamento=change management|gestione del rischio=risk management
governo societario=corporate governance|fusioni e acquisizioni=mergers and acquisitions
affiliato in franchising=franchisee|psicologia del lavoro=occupational psychology|donatori=donors
bandi europei=european grant calls|finanza quantitativa=quantitative finance
finanza aziendale=corporate finance|direttore finanziario=chief financial officer
investimenti a impatto=impact investing|economia comportamentale=behavioral economics
economia dello sviluppo=development economics|storia economica=economic history
commercio estero=international trade|dazi=tariffs|diritto societario=corporate law
diritto commerciale=commercial law|corte costituzionale=constitutional court
diritto ambientale=environmental law|mediazione=mediation|mediatore=mediator
arbitrato=arbitration|lobbista=lobbyist|relazioni istituzionali=public affairs lobbying
storia politica=political history|istruzione parentale=homeschooling|insegnante di inglese=english teacher
insegnante di musica=music teacher|informatica umanistica=digital humanities
conduttore radiofonico=radio presenter|conduttrice radiofonica=radio presenter|fotogiornalista=photojournalist
fotogiornalismo=photojournalism|verifica dei fatti=fact-checking|disinformazione=disinformation
correttore di bozze=proofreader|correttrice di bozze=proofreader|parlare in pubblico=public speaking
oratore=public speaker
# Portuguese
pesquisa de mercado=market research|analista de negócios=business analyst|gestão da mudança=change management
gestão de riscos=risk management|governança corporativa=corporate governance
fusões e aquisições=mergers and acquisitions|franqueado=franchisee|franqueada=franchisee
franqueadora=franchisor|franquias=franchises
captação de recursos=fundraising|doadores=donors|editais=grant calls
finanças quantitativas=quantitative finance|finanças corporativas=corporate finance
diretor financeiro=chief financial officer|investimento de impacto=impact investing|microfinanças=microfinance
economia comportamental=behavioral economics|economia do desenvolvimento=development economics
taxa selic=central bank interest rate
direito societário=corporate law|direito empresarial=business law
direito ambiental=environmental law|mediação=mediation|arbitragem=arbitration|lobista=lobbyist
relações governamentais=government relations
professora de inglês=english teacher
professor de inglês=english teacher|educação musical=music education|aulas particulares=private tutoring
humanidades digitais=digital humanities|locutor de rádio=radio presenter|radialista=radio presenter
blogueira=blogger|blogueiro=blogger|fotojornalista=photojournalist|fotojornalismo=photojournalism
checagem de fatos=fact-checking|desinformação=disinformation|revisora de textos=copy editor proofreader
revisor de textos=copy editor proofreader
# More (es, de, fr, it, pt)
inteligencia de fuentes abiertas=open source intelligence|fuentes abiertas=open sources intelligence
geolocalización=geolocation|analista de inteligencia=intelligence analyst
nachrichtendienst=intelligence service|offene quellen=open sources intelligence
renseignement=intelligence gathering|sources ouvertes=open sources intelligence
fonti aperte=open sources intelligence|fontes abertas=open sources intelligence
enseñanza de las ciencias=science education
profesor de ciencias=science teacher|profesora de ciencias=science teacher|mint-fächer=stem subjects
naturwissenschaftlicher unterricht=science teaching|physiklehrer=physics teacher
enseignement des sciences=science education|professeur de sciences=science teacher
didattica delle scienze=science teaching
ensino de ciências=science education|professora de ciências=science teacher|profesor particular=private tutor
profesora particular=private tutor|repaso escolar=tutoring revision lessons
nachhilfeunterricht=tutoring lessons|professeur particulier=private tutor|lezioni private=private tutoring
insegnante privato=private tutor|explicações=private tutoring|explicador=private tutor
reforço escolar=tutoring|programa de radio=radio show|radioyente=radio listener|hörfunk=radio broadcasting
radiosendung=radio show|émission de radio=radio show|station de radio=radio station
radiofonico=radio broadcasting|trasmissione radiofonica=radio show|emissora de rádio=radio station
entrada del blog=blog post|blogeintrag=blog post|billet de blog=blog post
articolo del blog=blog post|postagem no blog=blog post|boletín por correo=email newsletter
newsletter-abonnenten=newsletter subscribers|boîte de réception=email inbox|lista de correos=email list
lista de e-mails=email list|taux d'ouverture=email open rate|tasso di apertura=email open rate
tecnología legal=legal technology|technologie juridique=legal technology|tecnologia jurídica=legal technology
tecnologia legale=legal technology|levantamiento de requisitos=requirements gathering
anforderungsanalyse=requirements analysis|recueil des besoins=requirements gathering
analisi dei requisiti=requirements analysis|levantamento de requisitos=requirements gathering
geschäftsprozesse=business processes|konsumentenforschung=consumer research|grupo focal=focus group
gruppo di discussione=focus group|indagine di mercato=market research
pesquisa qualitativa=qualitative research|cooperativa de enseñanza en casa=homeschool co-op
enseñanza del inglés=english language teaching
englischunterricht=english lessons|inglés como lengua extranjera=english as a foreign language
anglais langue étrangère=english as a foreign language
inglese come lingua straniera=english as a foreign language|ensino de inglês=english language teaching
escuela de idiomas=language school|sprachschule=language school|banda escolar=school band
musikschule=music school|école de musique=music school|scuola di musica=music school
escola de música=music school|educación musical=music education|éducation musicale=music education
educazione musicale=music education|musikunterricht=music lessons|juicio con jurado=jury trial
acusado=defendant|fianza=bail|defensor público=public defender|defensora pública=public defender
strafprozess=criminal trial|angeklagter=defendant|pflichtverteidiger=public defender
procès pénal=criminal trial|cour d'assises=criminal court|prévenu=defendant|processo penale=criminal trial
imputato=defendant|processo penal=criminal trial|réu=defendant|constitución=constitution
verfassung=constitution|grundgesetz=german basic law constitution|costituzione=constitution
constituição=constitution|supremo tribunal federal=brazilian supreme court
derechos fundamentales=fundamental rights|grundrechte=fundamental rights
droits fondamentaux=fundamental rights|diritti fondamentali=fundamental rights
direitos fundamentais=fundamental rights|constitucionalista=constitutional lawyer
derecho internacional humanitario=international humanitarian law|tratado internacional=international treaty
völkerrechtler=international lawyer|völkerstrafrecht=international criminal law
droit international humanitaire=international humanitarian law
diritto internazionale umanitario=international humanitarian law
direito internacional humanitário=international humanitarian law
cour internationale de justice=international court of justice
corte internacional de justicia=international court of justice
internationaler gerichtshof=international court of justice|tratados internacionais=international treaties
bancos centrales=central banks|notenbank=central bank|expansión cuantitativa=quantitative easing
zinserhöhung=interest rate hike|zinssenkung=interest rate cut|hausse des taux=interest rate rise
assouplissement quantitatif=quantitative easing|tassi di interesse=interest rates
taglio dei tassi=interest rate cut|taxa de juros=interest rate|copom=brazil central bank rate committee
bundesbank=german central bank|banque de france=french central bank|banca d'italia=italian central bank
banco de españa=spanish central bank|spenden sammeln=fundraising
campagna di raccolta fondi=fundraising campaign|vaquinha=crowdfunding collection
alfabetización financiera=financial literacy|alphabétisation financière=financial literacy
culture financière=financial literacy|alfabetizzazione finanziaria=financial literacy
literacia financeira=financial literacy|finanzwissen=financial knowledge|korrekturlesen=proofreading
korrektorin=proofreader|korrektor=proofreader|relecture=proofreading|correzione di bozze=proofreading
revisão de textos=proofreading|secrétaire de rédaction=subeditor copy editor|correção de textos=proofreading
gestor del cambio=change manager|transformación organizacional=organizational transformation
change-manager=change manager|wandel im unternehmen=organizational change
transformation organisationnelle=organizational transformation|cambiamento organizzativo=organizational change
mudança organizacional=organizational change|riesgo operacional=operational risk|riesgo de crédito=credit risk
kreditrisiko=credit risk|risque de crédit=credit risk|rischio di credito=credit risk
risco de crédito=credit risk|gestor de riscos=risk manager|consejo de administración=board of directors
vorstand und aufsichtsrat=management and supervisory boards|consiglio di amministrazione=board of directors
conselho de administração=board of directors|secrétaire général du conseil=company secretary board
junta de accionistas=shareholders meeting|hauptversammlung=shareholders meeting
assemblée générale des actionnaires=shareholders meeting|adquisición=acquisition|adquisiciones=acquisitions
fusión=merger|fusion-acquisition=merger and acquisition|acquisizione=acquisition|fusione=merger
aquisição=acquisition|fusão=merger|firmenübernahme=company takeover
psicólogo organizacional=organizational psychologist|arbeitspsychologe=occupational psychologist
organisationspsychologin=organizational psychologist|psychologue du travail=occupational psychologist
psicologo del lavoro=occupational psychologist|clima laboral=workplace climate employee engagement
betriebsklima=workplace climate|marketing por correo electrónico=email marketing
e-mail-marketing=email marketing|emailing=email marketing|campagne d'emailing=email marketing campaign
lista de suscriptores=email subscriber list|newsletter-marketing=newsletter marketing
marketing via e-mail=email marketing|disparo de e-mails=email marketing send
solicitud de subvención=grant application|convocatoria de subvenciones=grant call
drittmittel=external research grant funding|forschungsantrag=research grant proposal
appel à projets=grant call for proposals|bando di finanziamento=grant call
domanda di finanziamento=grant application|proposta de financiamento=grant proposal
captação por editais=grant funding applications|finanzas matemáticas=mathematical finance
trading algorítmico=algorithmic trading|derivados financieros=financial derivatives
algorithmischer handel=algorithmic trading|mathématiques financières=mathematical finance
produits dérivés=financial derivatives|matematica finanziaria=mathematical finance
derivativos=financial derivatives|inversión sostenible=sustainable investing
nachhaltige geldanlage=sustainable investing|investissement responsable=responsible investing
finance solidaire=solidarity impact finance|finanza sostenibile=sustainable finance
investimento sustentável=sustainable investing|bonos verdes=green bonds|grüne anleihen=green bonds
mikrokredit=microloan|inclusión financiera=financial inclusion|finanzielle inklusion=financial inclusion
inclusion financière=financial inclusion|inclusione finanziaria=financial inclusion
inclusão financeira=financial inclusion|microcrediti=microloans|microsseguros=microinsurance
educación económica=financial literacy money education
éducation budgétaire=budget education financial literacy|educador financeiro=financial literacy educator
educadora financeira=financial literacy educator|sesgos cognitivos=cognitive biases
aversión a la pérdida=loss aversion|verhaltensökonom=behavioral economist
kognitive verzerrungen=cognitive biases|biais cognitifs=cognitive biases|bias cognitivi=cognitive biases
vieses cognitivos=cognitive biases|economista comportamental=behavioral economist
economista del desarrollo=development economist|reducción de la pobreza=poverty reduction
armutsbekämpfung=poverty reduction|entwicklungsökonom=development economist
lutte contre la pauvreté=poverty reduction|riduzione della povertà=poverty reduction
redução da pobreza=poverty reduction|pays en développement=developing countries
países en desarrollo=developing countries|historiador económico=economic historian
wirtschaftshistoriker=economic historian|historien économique=economic historian
storico dell'economia=economic historian
revolución industrial=industrial revolution|industrielle revolution=industrial revolution
révolution industrielle=industrial revolution|rivoluzione industriale=industrial revolution
econometrista=econometrician|ökonometriker=econometrician|économètre=econometrician
econometrico=econometrician|regresión=regression analysis|regressionsanalyse=regression analysis
variables instrumentales=instrumental variables|datos de panel=panel data|paneldaten=panel data
données de panel=panel data|dati panel=panel data|abogado ambientalista=environmental lawyer
abogada ambientalista=environmental lawyer|umweltanwalt=environmental lawyer
umweltanwältin=environmental lawyer|avocat en droit de l'environnement=environmental lawyer
justicia climática=climate justice|klimaklage=climate lawsuit|contentieux climatique=climate litigation
contenzioso climatico=climate litigation|litígio climático=climate litigation
advogado ambiental=environmental lawyer|automatización jurídica=legal automation
juristische software=legal software|kanzleisoftware=law firm software|logiciel juridique=legal software
automazione legale=legal automation|inteligencia artificial jurídica=legal ai
transformación digital del despacho=law firm digital transformation
wahlkampfteam=campaign team|équipe de campagne=campaign team|comitato elettorale=campaign committee
comitê de campanha=campaign committee|puerta a puerta=door to door canvassing
haustürwahlkampf=door to door canvassing|porte-à-porte=door to door canvassing
porta a porta=door to door canvassing|historiador político=political historian
historiadora política=political historian|parteiengeschichte=history of political parties
histoire des partis=history of political parties|storia dei partiti=history of political parties
historia de los partidos=history of political parties|história dos partidos=history of political parties
humanista digital=digital humanist|edición digital=digital scholarly edition
digitale edition=digital scholarly edition|édition numérique=digital scholarly edition
edizione digitale=digital scholarly edition|análisis textual computacional=computational text analysis
textanalyse=text analysis|fouille de textes=text mining|analisi testuale=text analysis
mineração de textos=text mining

# Spanish
parque nacional=national park|parques nacionales=national parks|guardaparques=park ranger
orientación deportiva=orienteering|carrera de orientación=orienteering race|rescate en montaña=mountain rescue
salvamento marítimo=sea rescue|socorrista de montaña=mountain rescuer|resilvestración=rewilding
renaturalización=rewilding|reintroducción de especies=species reintroduction
avistamiento de ballenas=whale watching|ballenas=whales|cetáceos=cetaceans whales|barranquismo=canyoning
barranquista=canyoner|raquetas de nieve=snowshoes|doma clásica=dressage|jinete de doma=dressage rider
conejo enano=dwarf pet rabbit|conejos=rabbits|colombofilia=pigeon racing|colombófilo=pigeon fancier
palomas mensajeras=homing pigeons|peluquería canina=dog grooming|peluquera canina=dog groomer
peluquero canino=dog groomer|cabras=goats|cabrero=goatherd|cabritos=baby goats
recuperación de fauna=wildlife rehabilitation|cuidador de zoológico=zookeeper|cuidadora de zoológico=zookeeper
viajera sola=solo female traveller|viajar sola=travelling alone|crucero=cruise|cruceros=cruises
crucerista=cruise lover|viaje por carretera=road trip|fotógrafo de viajes=travel photographer
fotografía de viajes=travel photography|millas aéreas=frequent flyer miles|expatriado=expatriate
expatriada=expatriate|vivir en el extranjero=living abroad|viajar en tren=rail travel
tren nocturno=night train|japón=japan|japonés=japanese|cultura japonesa=japanese culture
todoterreno=off-road vehicle|rutas 4x4=off-road trails|pulido de coches=car polishing
detallado de coches=car detailing|vuelo a vela=gliding|planeador=glider|spotter de aviones=plane spotter
bicicleta eléctrica=e-bike|bicis eléctricas=e-bikes|globo aerostático=hot air balloon|aerostación=ballooning
organizadora profesional=professional organizer|orden en casa=home organization|minimalismo=minimalism
minimalista=minimalist|compostera=compost bin|lombricompostaje=vermicomposting|hidroponía=hydroponics
cultivo hidropónico=hydroponic growing|acuaponía=aquaponics|orquídea=orchid
restauración de muebles=furniture restoration|restaurador de muebles=furniture restorer
catolicismo=catholicism|pagano=pagan|pagana=pagan|paganismo=paganism|brujería=witchcraft
tarotista=tarot reader|lectura de tarot=tarot reading|cartas del tarot=tarot cards|sij=sikh|sijismo=sikhism
maestra de reiki=reiki master|sanación energética=energy healing|cultura irlandesa=irish culture
irlandés=irish|cultura escocesa=scottish culture|escocés=scottish|cultura mexicana=mexican culture
mexicana=mexican|mexicano=mexican|día de muertos=day of the dead|cultura india=indian culture
danza clásica india=indian classical dance
# German
nationalpark=national park|nationalparks=national parks|parkranger=park ranger|orientierungslauf=orienteering
orientierungsläufer=orienteer|bergwacht=mountain rescue|bergrettung=mountain rescue|seenotretter=sea rescuer
seenotrettung=sea rescue|rettungshundestaffel=rescue dog team|renaturierung=rewilding
auswilderung=rewilding release|walbeobachtung=whale watching|schluchtenwandern=canyoning
schneeschuhwandern=snowshoeing|schneeschuhe=snowshoes|schneeschuhtour=snowshoe hike
dressurreiterin=dressage rider|dressurreiter=dressage rider|dressurpferd=dressage horse|kaninchen=rabbits
zwergkaninchen=dwarf rabbit|brieftauben=racing pigeons|brieftaubenzüchter=pigeon fancier
taubenzüchter=pigeon fancier|hundefriseur=dog groomer|hundefriseurin=dog groomer|hundesalon=dog grooming salon
ziegen=goats|ziegenhaltung=goat keeping|zicklein=baby goats|wildtierstation=wildlife rehabilitation centre
wildtierhilfe=wildlife rescue|igelstation=hedgehog rescue|tierpfleger=zookeeper animal keeper
tierpflegerin=zookeeper animal keeper|alleinreisende=solo traveller|alleine reisen=travelling alone
kreuzfahrt=cruise|kreuzfahrten=cruises|kreuzfahrtschiff=cruise ship|reisefotograf=travel photographer
reisefotografie=travel photography|meilen sammeln=collecting air miles|vielflieger=frequent flyer
auswanderer=emigrant expat|im ausland leben=living abroad|nachtzug=night train|bahnreise=rail journey
zugreise=train journey|japanliebhaber=japan lover|japanisch=japanese|geländewagen=off-road vehicle
offroadfahren=off-roading|fahrzeugaufbereitung=car detailing|autopflege=car care|segelfliegen=gliding
segelflugzeug=glider|flugzeugspotter=plane spotter|pedelec=e-bike|elektrofahrrad=e-bike|lastenrad=cargo bike
heißluftballon=hot air balloon|ballonfahrer=balloonist|ballonfahrt=balloon flight|ausmisten=decluttering
minimalismus=minimalism|kompostieren=composting|wurmkiste=worm composting bin|hydrokultur=hydroponics
aquaponik=aquaponics|möbelrestaurierung=furniture restoration|möbelrestaurator=furniture restorer
katholik=catholic|katholikin=catholic|heilige messe=holy mass|rosenkranz=rosary|heidentum=paganism
tarotkarten=tarot cards|kartenlegerin=card reader tarot|reiki-meister=reiki master
reiki-meisterin=reiki master|energiearbeit=energy healing|irische kultur=irish culture
schottische kultur=scottish culture|dudelsack=bagpipes|mexikanische kultur=mexican culture
indische kultur=indian culture
# French
parc national=national park|parcs nationaux=national parks|garde du parc=park ranger
course d'orientation=orienteering|orienteur=orienteer|secours en montagne=mountain rescue
sauveteur en mer=sea rescuer|secouriste=rescuer|réensauvagement=rewilding
observation des baleines=whale watching|baleines=whales|cétacés=cetaceans|canyonisme=canyoning
descente de canyon=canyoning|randonnée en raquettes=snowshoeing|dressage classique=classical dressage
cavalière de dressage=dressage rider|lapins nains=dwarf rabbits|lapin nain=dwarf rabbit
colombophile=pigeon fancier|colombophilie=pigeon racing|pigeons voyageurs=homing pigeons
toiletteuse=dog groomer|toiletteur=dog groomer|toilettage=dog grooming|chèvres=goats|chevrier=goat farmer
chevreaux=baby goats|centre de soins pour la faune=wildlife rehabilitation centre|soigneur animalier=zookeeper
soigneuse animalière=zookeeper|voyageuse solo=solo female traveller|voyager seule=travelling alone
croisière=cruise|croisières=cruises|croisiériste=cruise passenger|photographe de voyage=travel photographer
photographie de voyage=travel photography|expatrié=expatriate|expatriée=expatriate|expatriation=living abroad
train de nuit=night train|voyage en train=rail travel|japonais=japanese|japonaise=japanese
tout-terrain=off-road|quatre-quatre=four-wheel drive|lustrage=car polishing|vélivole=glider pilot
planeur=glider|vélo électrique=e-bike|vélo à assistance électrique=e-bike|vélo cargo=cargo bike
montgolfière=hot air balloon|montgolfières=hot air balloons|aérostier=balloonist|rangement=tidying storage
désencombrement=decluttering|minimalisme=minimalism|lombricompostage=vermicomposting|hydroponie=hydroponics
culture hydroponique=hydroponic growing|restauration de meubles=furniture restoration
ébéniste restaurateur=furniture restorer|catholicisme=catholicism|chapelet=rosary|païen=pagan|païenne=pagan
paganisme=paganism|tirage de tarot=tarot reading|cartomancienne=tarot card reader|sikhisme=sikhism
maître reiki=reiki master|soins énergétiques=energy healing|culture irlandaise=irish culture
culture écossaise=scottish culture|cornemuse=bagpipes|culture mexicaine=mexican culture
culture indienne=indian culture
# Italian
parco nazionale=national park|parchi nazionali=national parks|guardiaparco=park ranger|orientista=orienteer
soccorso alpino=mountain rescue|rinaturalizzazione=rewilding|avvistamento di balene=whale watching
balene=whales|cetacei=cetaceans|torrentismo=canyoning|ciaspole=snowshoes|ciaspolata=snowshoe hike
ciaspolate=snowshoe hikes|dressage classico=classical dressage|conigli=rabbits|coniglio nano=dwarf rabbit
piccioni viaggiatori=homing pigeons|toelettatura=dog grooming
toelettatrice=dog groomer|capre=goats|caprette=baby goats|allevamento di capre=goat farming
centro recupero animali selvatici=wildlife rehabilitation centre|guardiano dello zoo=zookeeper
viaggiatrice solitaria=solo female traveller|viaggiare da sola=travelling alone|crociera=cruise
crociere=cruises|viaggio on the road=road trip|fotografo di viaggio=travel photographer
fotografia di viaggio=travel photography|vivere all'estero=living abroad|espatriato=expatriate
espatriata=expatriate|treno notturno=night train|viaggio in treno=rail travel|giappone=japan
giapponese=japanese|fuoristrada=off-road vehicle|lucidatura auto=car polishing|volo a vela=gliding
aliante=glider|alianti=gliders|bici elettrica=e-bike|bici a pedalata assistita=e-bike
mongolfiera=hot air balloon|mongolfiere=hot air balloons|riordino=tidying|compostiera=compost bin
coltivazione idroponica=hydroponic growing|idroponica=hydroponics|orchidea=orchid
restauro mobili=furniture restoration|restauratore di mobili=furniture restorer|cattolicesimo=catholicism
santa messa=holy mass|paganesimo=paganism|tarocchi=tarot cards|lettura dei tarocchi=tarot reading
cartomante=tarot card reader|maestro reiki=reiki master|operatrice reiki=reiki practitioner
cultura irlandese=irish culture|cultura scozzese=scottish culture|cornamusa=bagpipes
cultura messicana=mexican culture|cultura indiana=indian culture
# Portuguese
parques nacionais=national parks|guarda-parque=park ranger|corrida de orientação=orienteering race
busca e salvamento=search and rescue|socorro alpino=mountain rescue|renaturalização=rewilding
observação de baleias=whale watching|baleias=whales|canionismo=canyoning|raquetes de neve=snowshoes
coelhos=rabbits|coelho=rabbit|columbofilia=pigeon racing|columbófilo=pigeon fancier
pombos-correio=homing pigeons|banho e tosa=dog grooming|tosadora=dog groomer|tosador=dog groomer
caprinocultura=goat farming|reabilitação de animais silvestres=wildlife rehabilitation
tratador de animais=zookeeper|tratadora de animais=zookeeper|viajar sozinha=travelling alone|cruzeiro=cruise
cruzeiros=cruises|viagem de carro=road trip|fotógrafo de viagem=travel photographer
fotografia de viagem=travel photography|milhas aéreas=frequent flyer miles
acumular milhas=collecting air miles|morar fora=living abroad|viagem de comboio=rail travel
viagem de trem=rail travel|japão=japan|japonesa=japanese|trilha off-road=off-road trail
polimento automotivo=car polishing|estética automotiva=car detailing|voo à vela=gliding|planador=glider
bicicleta elétrica=e-bike|balão de ar quente=hot air balloon|balonismo=hot air ballooning
organização da casa=home organization|composteira=compost bin|minhocário=worm composting bin
orquidófilo=orchid grower
restauração de móveis=furniture restoration|pagã=pagan|pagão=pagan|bruxaria=witchcraft|tarô=tarot
taróloga=tarot reader|tarólogo=tarot reader|sikhismo=sikhism|mestre de reiki=reiki master
reikiana=reiki practitioner|gaita de foles=bagpipes
"""
