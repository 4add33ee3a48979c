"""What common interests mean: the phrases the matcher compares bios and posts with.

Each entry gives an interest's ``phrases`` (what it covers, in the words people put in bios and posts) and
its ``other_senses`` (things that share its words but not its meaning: "rock climbing" for rock music, "job
in a nursery rhyme" never comes up, so only senses that really collide are listed). The matcher keeps a clause
only when it is closer to an interest's phrases than to any of its other senses.

``aliases`` are other names an owner may give the same interest ("hr", "human resources", "people ops").

An owner edits what an interest means in their config: ``Interest(name, description)`` whose description is a
comma-separated list of phrases added to these; a phrase written ``-rock climbing`` is an other sense.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LEXICON", "VOCAB", "VocabEntry", "lookup"]


@dataclass(frozen=True, slots=True)
class VocabEntry:
    name: str
    phrases: tuple[str, ...]
    other_senses: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    #: Broader interests this one is part of: a recruiter shares an interest in HR and jobs too.
    broader: tuple[str, ...] = ()
    #: False for entries that only exist as rivals ("everyday life") and make no sense as an interest.
    suggest: bool = True


VOCAB: tuple[VocabEntry, ...] = (
    VocabEntry(
        "business",
        (
            "company growth",
            "startup funding",
            "clients and customers",
            "business strategy",
            "owner of a small company",
            "selling to customers",
            "revenue and profit",
            "retail and ecommerce",
            "operations manager",
            "investor and board member",
            "business",
            "entrepreneur founder of a startup",
            "small business owner",
            "company strategy and growth",
            "sales and business development",
            "ceo managing director",
            "marketing and branding",
            "b2b saas",
            "management consulting",
            "running my own company",
            "corporate finance and investment",
        ),
        ("funny business", "none of your business", "monkey business"),
        ("entrepreneurship", "startups", "startup", "smb", "commerce"),
    ),
    VocabEntry(
        "economics",
        (
            "wages and prices",
            "economic growth",
            "recession fears",
            "trade deficit",
            "stock market",
            "jobs report and wages",
            "bond yields and markets",
            "cost of living",
            "housing market",
            "economic policy",
            "minimum wage",
            "productivity and growth",
            "economics",
            "economist",
            "the economy",
            "inflation and interest rates",
            "labour market data",
            "gdp growth and recession",
            "monetary policy central bank",
            "macroeconomics",
            "trade policy and tariffs",
            "unemployment figures",
            "public finance and fiscal policy",
        ),
        ("home economics cooking", "economy class flight"),
        ("economy", "econ", "macroeconomics"),
    ),
    VocabEntry(
        "government",
        (
            "election campaign",
            "ministers and policy",
            "local government",
            "pension reform",
            "public services",
            "member of parliament",
            "ministry department",
            "budget vote in parliament",
            "city council",
            "public service",
            "elected official",
            "diplomat",
            "regulation and law",
            "government",
            "public policy",
            "civil servant",
            "public sector",
            "local council",
            "politics and elections",
            "parliament and legislation",
            "public administration",
            "policy adviser",
            "federal state government agency",
            "mayor city hall",
        ),
        (),
        ("politics", "public policy", "policy", "public sector", "govt"),
    ),
    VocabEntry(
        "HR",
        (
            "employee benefits",
            "hr policies",
            "performance reviews",
            "head of people",
            "people and culture",
            "hr director",
            "workplace policies",
            "employee relations",
            "wellbeing at work",
            "new hires and onboarding",
            "human resources consultant",
            "human resources",
            "hr manager",
            "people operations",
            "hr business partner",
            "employee engagement",
            "talent management",
            "workplace culture",
            "employment law",
            "payroll and benefits",
            "chro",
            "employee experience",
            "onboarding new hires",
            "parental leave policy",
            "exit interviews",
            "employee engagement survey",
        ),
        (),
        ("human resources", "people ops", "people operations", "personnel"),
    ),
    VocabEntry(
        "jobs",
        (
            "job offer",
            "got the job",
            "interviewing for roles",
            "redundancy and layoffs",
            "hiring and recruitment",
            "job openings",
            "job hunting",
            "graduate jobs",
            "job market",
            "the future of work",
            "workplace and careers",
            "job postings",
            "entry level roles",
            "apply now",
            "jobs",
            "job search",
            "job seekers",
            "careers advice",
            "career change",
            "now hiring",
            "job vacancies",
            "looking for work",
            "open to work",
            "resume and cv tips",
            "job interview tips",
            "employment opportunities",
            "unemployed and applying for jobs",
            "handed in my notice",
        ),
        ("steve jobs", "job done", "good job", "nose job"),
        ("careers", "career", "employment", "work", "job"),
    ),
    VocabEntry(
        "education",
        (
            "teaching kids",
            "lesson planning",
            "exams and grades",
            "primary school",
            "secondary school",
            "college",
            "school teacher",
            "university lecturer",
            "teaching assistant",
            "marking essays",
            "students and pupils",
            "headteacher",
            "phd student",
            "academic",
            "education",
            "teacher",
            "teaching",
            "school",
            "university professor",
            "student",
            "learning",
            "edtech",
            "curriculum",
            "higher education",
            "classroom",
            "lecturer",
            "training and development",
        ),
        (),
        ("teaching", "learning", "edtech", "schools", "higher education"),
    ),
    VocabEntry(
        "leadership",
        (
            "leading people",
            "head of department",
            "managing a team",
            "head of a team",
            "ceo",
            "managing people",
            "leadership lessons",
            "vp of engineering",
            "board director",
            "leadership",
            "leading teams",
            "leader",
            "management",
            "executive",
            "manager",
            "leadership development",
            "team building",
            "servant leadership",
            "c-suite",
            "director",
        ),
        (),
        ("management", "leaders"),
    ),
    VocabEntry(
        "media",
        (
            "breaking news",
            "editorial",
            "documentary",
            "broadcast journalist",
            "newspaper",
            "magazine writer",
            "television producer",
            "radio host",
            "podcast",
            "press and communications",
            "content creator",
            "news anchor",
            "media",
            "journalist",
            "journalism",
            "news",
            "editor",
            "reporter",
            "broadcasting",
            "social media",
            "publishing",
            "podcast host",
            "digital media",
            "public relations",
            "tv radio presenter",
            "investigative journalism",
            "our newsroom",
        ),
        ("mixed media painting", "media player"),
        ("journalism", "news", "social media", "press"),
    ),
    VocabEntry(
        "tech",
        (
            "engineering",
            "open source software",
            "apis",
            "devops",
            "mobile apps",
            "coding",
            "computers",
            "apps and software",
            "cto",
            "engineering team",
            "programmer",
            "it support",
            "startup founder building software",
            "cloud outage",
            "data engineer",
            "technology",
            "tech",
            "software engineer",
            "developer",
            "programming",
            "artificial intelligence",
            "startups and tech",
            "cloud computing",
            "cybersecurity",
            "data science",
            "gadgets",
            "web development",
            "it professional",
            "saas",
        ),
        (),
        ("technology", "it", "software", "computing", "digital"),
    ),
    VocabEntry(
        "recruitment",
        (
            "talent partner",
            "recruitment consultant",
            "hiring engineers",
            "candidate sourcing",
            "recruitment agency",
            "job openings we are recruiting for",
            "hr recruiting",
            "recruitment",
            "recruiter",
            "talent acquisition",
            "hiring",
            "headhunter",
            "executive search",
            "staffing agency",
            "sourcing candidates",
            "we are hiring",
            "recruiting",
            "placing candidates",
        ),
        (),
        ("recruiting", "hiring", "talent acquisition", "staffing", "headhunting"),
        ("hr", "jobs"),
    ),
    VocabEntry(
        "coaching",
        (
            "coaching sessions",
            "mentorship",
            "helping people grow",
            "career coaching",
            "coach helping people",
            "leadership coach",
            "mentor to young people",
            "business coach",
            "coaching clients",
            "coaching",
            "coach",
            "career coach",
            "life coach",
            "executive coach",
            "mentoring",
            "mentor",
            "personal development",
            "helping people reach their potential",
            "leadership coaching",
            "my coaching client",
            "coaching conversation",
            "powerful questions",
        ),
        ("football coach", "coach bus travel", "bus coach", "coach handbag", "dog training"),
        ("mentoring", "life coaching", "career coaching", "executive coaching"),
    ),
    VocabEntry(
        "rock music",
        (
            "band practice",
            "riffs",
            "amp and pedals",
            "mosh pit",
            "festival headliner",
            "vinyl record shop",
            "rock gig",
            "guitar solo",
            "metal band",
            "punk rock",
            "alternative rock",
            "rolling stones",
            "led zeppelin",
            "playing in a band",
            "rock concert setlist",
            "electric guitar",
            "rock music",
            "rock band",
            "guitarist",
            "bass player",
            "drummer",
            "punk",
            "heavy metal",
            "classic rock",
            "grunge",
            "indie rock",
            "rock concerts and gigs",
            "guitar riffs",
            "vinyl records",
            "rock and roll",
        ),
        (
            "rock climbing",
            "bouldering",
            "climbing",
            "rocks and minerals",
            "geology",
            "fossils",
            "crystals and gemstones",
            "stones",
            "the rock dwayne johnson wrestler",
            "rocking chair",
            "bass fishing",
            "rock bottom",
            "rock solid",
            "rock pools at the beach",
        ),
        ("rock", "rock and roll", "rock n roll", "punk", "metal", "classic rock"),
    ),
    VocabEntry(
        "machine learning",
        (
            "neural nets",
            "training a model",
            "gpu cluster",
            "embeddings",
            "llm",
            "model weights",
            "benchmark results",
            "training models",
            "transformers and llms",
            "fine tuning a model",
            "ai research",
            "neurips",
            "data scientist",
            "statistics and modelling",
            "kaggle",
            "machine learning",
            "deep learning",
            "neural networks",
            "artificial intelligence",
            "ml engineer",
            "nlp",
            "computer vision",
            "language models",
            "reinforcement learning",
            "data science",
            "pytorch",
            "ml research",
        ),
        (
            "learning a new skill",
            "learning to cook",
            "machine operator in a factory",
            "business intelligence dashboards",
        ),
        ("ml", "ai", "artificial intelligence", "deep learning"),
    ),
    VocabEntry(
        "climate science",
        (
            "paleoclimate",
            "ice cores",
            "greenhouse gases",
            "net zero",
            "climate data",
            "drought and floods",
            "atmosphere and oceans",
            "climate research",
            "ice sheets and glaciers",
            "ocean warming",
            "weather and climate",
            "heatwave",
            "carbon cycle",
            "ipcc",
            "sustainability and emissions",
            "climate activism",
            "climate science",
            "climate change",
            "global warming",
            "climate scientist",
            "atmospheric science",
            "carbon emissions",
            "climate models",
            "sea level rise",
            "meteorology",
            "earth system science",
            "decarbonisation",
        ),
        (
            "office climate",
            "political climate",
            "business climate",
            "air conditioning",
            "washing machine spin cycle",
            "vicious cycle",
        ),
        ("climate", "climate change", "earth science"),
    ),
    VocabEntry(
        "open source",
        (
            "open source maintainer",
            "mit licence",
            "apache license",
            "open issue tracker",
            "my repo",
            "released a new version",
            "maintainer of a library",
            "open source contributor",
            "merged a pull request",
            "github repository",
            "kernel developer",
            "python package",
            "open source release",
            "source code",
            "open source",
            "open-source software",
            "oss maintainer",
            "free software",
            "linux",
            "github",
            "contributor",
            "open source projects",
            "pull requests",
        ),
        ("open source intelligence", "osint", "open book", "open to anything", "open minded", "open heart"),
        ("oss", "foss", "free software", "open-source"),
    ),
    VocabEntry(
        "cycling",
        (
            "went for a ride",
            "km ride",
            "saddle and pedals",
            "peloton",
            "velodrome",
            "bike ride this morning",
            "bike shop",
            "riding my bike",
            "bike ride",
            "cyclist training",
            "bike commute",
            "gravel bike",
            "road bike",
            "randonneur",
            "pedalling",
            "cargo bike",
            "brevet",
            "cycling",
            "cyclist",
            "bike",
            "bicycle",
            "road cycling",
            "mountain biking",
            "gravel riding",
            "bike commuting",
            "tour de france",
            "cycle touring",
        ),
        (
            "motorbike",
            "motorcycle",
            "recycling",
            "menstrual cycle",
            "spin class",
            "bicycle kick",
            "washing machine spin cycle",
            "vicious cycle",
            "life cycle",
        ),
        ("biking", "bikes", "bicycles"),
    ),
    VocabEntry(
        "jazz",
        (
            "jazz quartet",
            "jazz standards",
            "sax solo",
            "live jazz at the club",
            "trumpet",
            "swing band",
            "jazz musician",
            "jazz trumpet",
            "jazz records",
            "coltrane",
            "miles davis",
            "piano trio",
            "jazz festival",
            "double bass",
            "jazz",
            "jazz music",
            "bebop",
            "saxophone",
            "jazz piano",
            "big band",
            "swing",
            "jazz trio",
            "improvisation",
            "jazz club",
            "blue note records",
        ),
        (
            "utah jazz basketball",
            "nba basketball team",
            "jazz hands",
            "jazzercise dance fitness class",
            "all that jazz",
            "jazzed about",
            "heavy metal band",
        ),
        ("jazz music",),
    ),
    VocabEntry(
        "marketing",
        (
            "marketing",
            "digital marketing",
            "seo",
            "content marketing",
            "branding",
            "growth marketing",
            "advertising",
            "social media marketing",
            "marketing manager",
            "brand strategy",
            "copywriter",
            "email marketing campaigns",
            "marketing agency",
            "pr and communications",
            "product marketing",
            "customer acquisition and conversion",
            "influencer marketing",
            "ad campaigns and creatives",
            "social media manager",
            "newsletter open rates",
            "click-through rate",
            "facebook and instagram ads",
            "rebrand",
            "marketing funnel",
        ),
        ("stock market", "farmers market", "housing market", "flea market"),
        ("digital marketing", "advertising", "branding", "marketer"),
    ),
    VocabEntry(
        "small business",
        (
            "small business",
            "small business owner",
            "running my own shop",
            "independent shop",
            "local business",
            "family-run business",
            "sole trader",
            "self-employed",
            "my own little company",
            "shop owner",
            "cafe owner",
            "owner of a bakery",
            "independent retailer",
            "side hustle",
            "etsy shop",
            "shop local",
            "customers and orders",
            "plumber electrician business",
            "small firms",
            "startup founder",
            "my staff",
            "quiet day in the shop",
            "thank you to our customers",
            "opened my own shop",
        ),
        ("none of your business", "funny business", "business class flight"),
        ("small businesses", "sme", "smes", "local business", "independent business"),
        ("business",),
    ),
    VocabEntry(
        "accounting",
        (
            "accounting",
            "accountant",
            "chartered accountant",
            "bookkeeping",
            "bookkeeper",
            "tax returns",
            "payroll",
            "audit",
            "auditor",
            "cpa",
            "accounts payable",
            "financial statements",
            "vat returns",
            "tax advisor",
            "year-end accounts",
            "xero and quickbooks",
            "balance sheet",
            "self assessment tax",
            "reconciliations",
            "invoices and receipts",
            "quarter-end close",
            "tax deadline",
        ),
        (
            "account manager",
            "social media account",
            "instagram account",
            "bank account",
            "take into account",
            "account executive sales",
        ),
        ("accountancy", "bookkeeping", "tax", "accounts"),
        ("finance",),
    ),
    VocabEntry(
        "finance",
        (
            "finance",
            "investing",
            "stocks",
            "banking",
            "personal finance",
            "financial markets",
            "accounting",
            "fintech",
        ),
        (),
        ("investing", "banking", "fintech", "money"),
    ),
    VocabEntry(
        "science",
        ("science", "scientist", "research", "physics", "biology", "chemistry", "phd researcher"),
        (),
        ("research",),
    ),
    VocabEntry(
        "health",
        ("health", "medicine", "doctor", "nurse", "healthcare", "public health", "mental health"),
        (),
        ("healthcare", "medicine"),
    ),
    VocabEntry(
        "fitness",
        ("fitness", "gym", "running", "marathon", "workout", "personal trainer", "yoga"),
        (),
        ("running", "gym"),
    ),
    VocabEntry(
        "football",
        (
            "football",
            "soccer",
            "premier league",
            "match day",
            "world cup",
            "season ticket holder",
            "goalkeeper",
            "striker",
            "sunday league",
            "five-a-side",
            "champions league",
            "football club supporter",
            "transfer window",
            "la liga and serie a",
            "bundesliga",
            "fantasy football",
            "what a goal",
            "penalty shootout",
            "referee and var",
            "derby day",
            "offside",
        ),
        ("political football",),
        ("soccer",),
    ),
    VocabEntry(
        "photography",
        (
            "photography",
            "photographer",
            "camera",
            "photos",
            "street photography",
            "portrait photographer",
            "wedding photographer",
            "landscape photography",
            "shooting on film",
            "35mm film",
            "lenses",
            "lightroom editing",
            "canon nikon sony fuji",
            "prints of my photos",
            "long exposure",
            "tripod",
            "aperture and shutter speed",
            "golden hour shot",
            "film camera",
        ),
        (
            "photographic memory",
            "photocopier",
            "photosynthesis",
            "shooting hoops",
            "shooting guns",
            "photo finish",
            "exposure therapy",
            "optician glasses and contact lenses",
        ),
        ("photo", "photos", "photographers"),
    ),
    VocabEntry(
        "travel",
        ("travel", "traveller", "backpacking", "wanderlust", "exploring the world"),
        (),
        ("travelling", "traveling"),
    ),
    VocabEntry(
        "food",
        ("food", "cooking", "recipes", "chef", "baking", "foodie"),
        (),
        ("cooking", "recipes"),
    ),
    VocabEntry(
        "art",
        ("art", "artist", "painting", "illustration", "drawing", "design"),
        (),
        ("design", "illustration"),
    ),
    VocabEntry(
        "gaming",
        (
            "gaming",
            "video games",
            "gamer",
            "boss fight",
            "beat the final boss",
            "speedrun",
            "twitch streamer",
            "esports",
            "playstation and xbox",
        ),
        (),
        ("video games", "games"),
    ),
    VocabEntry(
        "books",
        ("books", "reading", "writer", "author", "novels", "poetry"),
        (),
        ("reading", "writing", "literature"),
    ),
    VocabEntry(
        "crypto",
        ("crypto", "bitcoin", "blockchain", "ethereum", "web3", "nft"),
        (),
        ("cryptocurrency", "bitcoin", "web3"),
    ),
    VocabEntry("pets", ("pets", "my dog", "cat pictures", "dog lover", "puppy", "cats")),
    VocabEntry("family", ("family", "mum of two", "dad", "parenting", "my kids", "wife and husband")),
    VocabEntry("entertainment", ("tv shows", "netflix", "movies", "celebrities", "memes", "funny videos")),
    VocabEntry("pop music", ("pop music", "k-pop", "hip hop", "rap", "classical music", "orchestra", "edm")),
    VocabEntry("sports", ("sports", "basketball", "nba", "tennis", "sports betting", "fantasy football")),
    VocabEntry("fashion", ("fashion", "beauty", "makeup", "style", "clothes")),
    VocabEntry("wellness", ("yoga", "meditation", "wellness", "astrology", "tarot", "spirituality")),
    VocabEntry("outdoors", ("hiking", "climbing", "camping", "mountains", "nature", "birds")),
    VocabEntry("hobbies", ("lego", "trains", "model railway", "knitting", "gardening", "crafts")),
    VocabEntry(
        "cars",
        ("cars", "motorsport", "drag racing", "formula one", "petrolhead", "classic cars", "car mechanic"),
        aliases=("motoring", "motorsport"),
    ),
    VocabEntry(
        "shopping", ("shopping", "retail therapy", "bargain hunting", "shopping haul", "online shopping")
    ),
    VocabEntry(
        "self-improvement",
        (
            "personal goals",
            "new year's resolutions",
            "productivity tips",
            "self-care",
            "sleep more",
            "habits",
        ),
        aliases=("self improvement", "personal growth"),
    ),
    VocabEntry(
        "psychology",
        ("psychology", "neuroscience", "the brain", "memory and attention", "therapy", "overthinking"),
    ),
    VocabEntry(
        "games", ("board games", "card games", "rock paper scissors", "puzzles", "chess", "trading cards")
    ),
    VocabEntry(
        "everyday life", ("coffee", "dinner", "weekend", "brunch", "today", "good morning"), suggest=False
    ),
)


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


_BY_NAME: dict[str, VocabEntry] = {}
for _entry in VOCAB:
    # Canonical names win over aliases: register aliases first, names last.
    for _alias in _entry.aliases:
        _BY_NAME.setdefault(_norm(_alias), _entry)
for _entry in VOCAB:
    _BY_NAME[_norm(_entry.name)] = _entry


def lookup(name: str) -> VocabEntry | None:
    """The built-in entry for an interest name or alias ("HR", "human resources"), if there is one."""
    return _BY_NAME.get(_norm(name))


# Foreign words (Spanish, German, French, Italian, Portuguese) and the English they are read as. The static
# model was distilled from an English-only MiniLM, so alone it reads "contratación" as fragments; glossing
# the words that carry the interests of a bio gives them the vector of their English meaning (a bilingual
# dictionary, the oldest cross-lingual embedding trick). An empty gloss silences a function word. Keys are
# written with their accents; the matcher strips accents the same way on both sides.
_LEXICON_TEXT = """
# Spanish
trabajo=work|empleo=jobs|empleos=jobs|ofertas=job offers|oferta=job offer|vacante=job vacancy
vacantes=job vacancies
contratación=hiring recruitment|contratando=hiring|reclutamiento=recruitment|reclutador=recruiter
reclutadora=recruiter
selección=selection recruitment|talento=talent|recursos=resources|humanos=human|personas=people
equipo=team
empresa=company business|empresas=companies business|negocio=business|negocios=business
emprendedor=entrepreneur
emprendedora=entrepreneur|economía=economy economics|económica=economic|económico=economic
inflación=inflation
gobierno=government|política=politics policy|políticas=policies|público=public|pública=public
ayuntamiento=city council
educación=education|enseñanza=teaching|profesor=teacher|profesora=teacher|maestro=teacher
maestra=teacher
escuela=school|universidad=university|alumnos=students|estudiantes=students|aprendizaje=learning
liderazgo=leadership|líder=leader|gerente=manager|directora=director|director=director
periodista=journalist|periodismo=journalism|noticias=news|medios=media
comunicación=communication media
tecnología=technology|tecnológico=technology|desarrollador=developer|programación=programming
software=software
inteligencia=intelligence|artificial=artificial|aprendizaje automático=machine learning|datos=data
entrenador=coach|entrenadora=coach|mentora=mentor|mentor=mentor|desarrollo=development
personal=personal
música=music|guitarra=guitar|guitarrista=guitarist|bajo=bass|batería=drums|banda=band|grupo=band
conciertos=concerts
concierto=concert|escalada=climbing|escalar=climb|montaña=mountain|rocas=rocks|piedras=stones
minerales=minerals
geología=geology|clima=climate|cambio=change|climático=climate|calentamiento=warming|global=global
ciencia=science|científica=scientist|científico=scientist|investigadora=researcher
investigador=researcher
código=code|abierto=open|libre=free|bicicleta=bicycle|ciclismo=cycling|ciclista=cyclist
carrera=career race
fútbol=football|cocina=cooking|viajes=travel|fotografía=photography|arte=art|libros=books
salud=health
busco=looking for|buscando=looking for|estoy=|soy=|en=|de=|del=|la=|las=|el=|los=|un=|una=|y=|con=
para=|por=
mi=|mis=|que=|al=|sobre=about|me=|encanta=love|gusta=like|nuevo=new|nueva=new|hoy=today
# German
arbeit=work|stelle=job position|stellen=jobs|stellenangebot=job offer|stellenangebote=job offers
jobs=jobs
karriere=career|bewerbung=job application|bewerbungen=job applications|personal=personnel
personalwesen=human resources
personalabteilung=hr department|personaler=hr manager|personalerin=hr manager|recruiterin=recruiter
einstellung=hiring
talente=talent|fachkräfte=skilled workers|unternehmen=company business|wirtschaft=economy economics
geschäft=business
gründer=founder|gründerin=founder|unternehmer=entrepreneur|unternehmerin=entrepreneur
volkswirtschaft=economics
regierung=government|politik=politics|verwaltung=public administration|behörde=government agency
öffentlich=public
bildung=education|schule=school|lehrer=teacher|lehrerin=teacher|unterricht=teaching
hochschule=university
universität=university|studenten=students|lernen=learning|ausbildung=training education
weiterbildung=training
führung=leadership|führungskraft=leader manager|führungskräfte=leaders managers|geschäftsführer=ceo
journalist=journalist|journalistin=journalist|nachrichten=news|medien=media|zeitung=newspaper
redakteur=editor
redakteurin=editor|technik=technology|technologie=technology|entwickler=developer
entwicklerin=developer
softwareentwickler=software developer|programmieren=programming|künstliche=artificial
intelligenz=intelligence
maschinelles=machine|daten=data|beratung=consulting|berater=consultant|coachin=coach
trainer=trainer coach
musik=music|gitarre=guitar|gitarrist=guitarist|bassist=bassist|schlagzeug=drums|schlagzeuger=drummer
band=band
konzert=concert|konzerte=concerts|klettern=climbing|bouldern=bouldering|berge=mountains
gestein=rocks|steine=stones
mineralien=minerals|geologie=geology|klima=climate|klimawandel=climate change|erwärmung=warming
wissenschaft=science
forscher=researcher|forscherin=researcher|forschung=research|quelloffen=open source
radfahren=cycling|fahrrad=bicycle
rennrad=road bike|radsport=cycling|fußball=football|kochen=cooking|reisen=travel|gesundheit=health
suche=looking for|ich=|bin=|und=|der=|die=|das=|den=|dem=|des=|ein=|eine=|einer=|mit=|für=for|von=
bei=|im=|zu=|auf=|mein=|meine=
liebe=love|neue=new|heute=today|über=about
# French
travail=work|emploi=jobs employment|emplois=jobs|offre=offer|offres=job offers|poste=job position
postes=jobs
recrutement=recruitment|recruteur=recruiter|recruteuse=recruiter|recrute=hiring|embauche=hiring
candidats=candidates
ressources=resources|humaines=human|rh=hr|talents=talent|entreprise=company business
entreprises=companies business
affaires=business|entrepreneur=entrepreneur|entrepreneuse=entrepreneur|fondateur=founder
fondatrice=founder
économie=economy economics|économique=economic|économiste=economist|gouvernement=government
politique=politics policy
publique=public|public=public|fonction=civil|fonctionnaire=civil servant|éducation=education
enseignement=teaching
enseignant=teacher|enseignante=teacher|professeur=teacher|professeure=teacher|école=school
élèves=students
étudiants=students|apprentissage=learning|formation=training education|formatrice=trainer
formateur=trainer
direction=management|dirigeant=leader executive|dirigeante=leader executive|manager=manager
journaliste=journalist
actualité=news|actualités=news|médias=media|presse=press|rédacteur=editor|rédactrice=editor
technologie=technology
numérique=digital|développeur=developer|développeuse=developer|informatique=computing
logiciel=software
intelligence=intelligence|données=data|accompagnement=coaching|conseil=consulting|musique=music
guitare=guitar
guitariste=guitarist|bassiste=bassist|batteur=drummer|batterie=drums|groupe=band|concerts=concerts
escalade=climbing
roches=rocks|pierres=stones|minéraux=minerals|géologie=geology|climat=climate|climatique=climate
réchauffement=warming
science=science|sciences=science|chercheur=researcher|chercheuse=researcher|recherche=research
libre=free
vélo=bicycle cycling|cyclisme=cycling|cycliste=cyclist|cuisine=cooking|voyages=travel|santé=health
cherche=looking for|je=|suis=|et=|le=|les=|du=|des=|une=|avec=|pour=for|dans=|au=|aux=|mon=|ma=|mes=
sur=about|aime=love|nouveau=new
# Italian
lavoro=work jobs|lavori=jobs|offerte=job offers|posizione=job position|assunzioni=hiring
selezione=recruitment selection
reclutatore=recruiter|reclutamento=recruitment|risorse=resources|umane=human
azienda=company business
aziende=companies business|impresa=business|imprenditore=entrepreneur|imprenditrice=entrepreneur
economia=economy economics
economista=economist|governo=government|politica=politics policy|pubblica=public|pubblico=public
comune=city council
istruzione=education|insegnante=teacher|insegnamento=teaching|docente=teacher lecturer|scuola=school
università=university|studenti=students|formazione=training education|leader=leader
dirigente=executive manager
giornalista=journalist|giornalismo=journalism|notizie=news|tecnologia=technology
sviluppatore=developer
sviluppatrice=developer|informatica=computing|intelligenza=intelligence|dati=data|allenatore=coach
musica=music
chitarra=guitar|chitarrista=guitarist|bassista=bassist|batterista=drummer|concerto=concert
arrampicata=climbing
rocce=rocks|pietre=stones|minerali=minerals|geologia=geology|cambiamento=change|climatico=climate
ricerca=research
ricercatore=researcher|ricercatrice=researcher|aperto=open|bicicletta=bicycle|ciclismo=cycling
calcio=football
cucina=cooking|viaggi=travel|salute=health|cerco=looking for|sono=|il=|lo=|gli=|di=|della=|delle=
dei=|per=for|con=|che=|mio=|mia=|amo=love
# Shared across languages (accents are stripped, so Spanish and Portuguese spellings meet)
automático=machine automatic|automatique=machine automatic|automatico=machine automatic
ordinateur=computer|ordenador=computer|computadora=computer|computador=computer|rechner=computer
proyecto=project|projet=project|progetto=project|projeto=project|projekt=project|versão=version
versión=version|lançamos=we released|lanzamos=we released|contribuidores=contributors
desarrolladores=developers|desenvolvedores=developers|développeurs=developers|sviluppatori=developers
remotas=remote|remoto=remote|técnica=technician|técnico=technician|estamos=|sta=|i=
ghiacciai=glaciers|ghiacciaio=glacier|glaciares=glaciers|gletscher=glaciers|sciogliendo=melting
derritiendo=melting|riscaldamento=warming|meereis=sea ice|hielo=ice|eis=ice|calor=heat|hitze=heat
# Portuguese
emprego=jobs employment|empregos=jobs|vagas=job vacancies|vaga=job vacancy|contratação=hiring
contratando=hiring
recrutamento=recruitment|recrutador=recruiter|recrutadora=recruiter|seleção=selection recruitment
pessoas=people
gestão=management|empresa=company business|negócios=business|empreendedor=entrepreneur
empreendedora=entrepreneur
economia=economy economics|economista=economist|governo=government|política=politics policy
educação=education
ensino=teaching|professora=teacher|escola=school|alunos=students|aprendizagem=learning
formação=training education
liderança=leadership|líder=leader|gerente=manager|jornalista=journalist|jornalismo=journalism
notícias=news
mídia=media|tecnologia=technology|desenvolvedor=developer|desenvolvedora=developer
programação=programming
inteligência=intelligence|dados=data|treinador=coach|mentoria=mentoring|música=music
guitarrista=guitarist
baixista=bassist|baterista=drummer|banda=band|shows=concerts|escalada=climbing|rochas=rocks
pedras=stones|minerais=minerals|geologia=geology|clima=climate|mudanças=change|climáticas=climate
aquecimento=warming|ciência=science|pesquisa=research|pesquisador=researcher|pesquisadora=researcher
aberto=open|bicicleta=bicycle|ciclismo=cycling|futebol=football|culinária=cooking|viagens=travel
saúde=health
procuro=looking for|sou=|eu=|e=|o=|os=|as=|do=|da=|dos=|das=|em=|na=|no_=|um=|uma=|com=|meu=|minha=
amo=love
# Photography, accounting, small business, football, marketing (all five languages), and more words of the
# researcher's interests
fotógrafo=photographer|fotógrafa=photographer|fotógrafos=photographers|fotografo=photographer
fotografa=photographer|fotografi=photographers|fotograf=photographer|fotografin=photographer
fotografie=photography|photographe=photographer|photographie=photography|photographies=photographs
fotografia=photography|fotografías=photographs|fotos=photos|foto=photo|cámara=camera|kamera=camera
fotocamera=camera|câmera=camera|objetivo=lens|objektiv=lens|objectif=lens|obiettivo=lens
retratos=portraits|retrato=portrait|porträt=portrait|porträts=portraits|ritratti=portraits
ritratto=portrait|paisajes=landscapes|paisaje=landscape|landschaft=landscape|landschaften=landscapes
paysage=landscape|paysages=landscapes|paesaggi=landscapes|paesaggio=landscape|paisagem=landscape
paisagens=landscapes|bodas=weddings|boda=wedding|hochzeit=wedding|hochzeiten=weddings
mariage=wedding|mariages=weddings|matrimoni=weddings|matrimonio=wedding|casamento=wedding
casamentos=weddings|aufnahme=shot photo|aufnahmen=shots photos|fotografiar=photograph
contable=accountant|contables=accountants|contador=accountant|contadora=accountant
asesor=adviser|asesora=adviser|asesoría=advisory firm|fiscales=tax
contabilidad=accounting|impuestos=taxes|declaración=tax return|facturas=invoices|factura=invoice
autónomo=self-employed|autónomos=self-employed|autónoma=self-employed|autónomas=self-employed
steuerberater=tax adviser accountant|steuerberaterin=tax adviser accountant|steuerbüro=accounting firm
buchhalter=bookkeeper|buchhalterin=bookkeeper|buchhaltung=bookkeeping accounting|steuer=tax
steuern=taxes|steuererklärung=tax return|steuererklärungen=tax returns|mandanten=clients
mandant=client|bilanz=balance sheet|bilanzen=balance sheets|rechnungen=invoices|rechnung=invoice
wirtschaftsprüfer=auditor|wirtschaftsprüferin=auditor|selbstständig=self-employed
selbständig=self-employed|comptable=accountant|comptables=accountants|comptabilité=accounting
impôts=taxes|fiscalité=tax|bilan=balance sheet|factures=invoices
commissaire=auditor|commercialista=accountant|commercialisti=accountants|contabile=accountant
contabilità=accounting|tributario=tax|fatture=invoices|fattura=invoice|bilancio=balance sheet
contabilista=accountant|contabilistas=accountants|contabilidade=accounting|impostos=taxes
pequeña=small|pequeño=small|pequeñas=small|pequeños=small|tienda=shop|tiendas=shops
comercio=shop business|comercios=shops|dueño=owner|dueña=owner|propietario=owner|propietaria=owner
pyme=small business|pymes=small businesses|panadería=bakery|cafetería=cafe|taller=workshop
emprendimiento=entrepreneurship|clientes=customers|cliente=customer|kleine=small|kleinen=small
kleiner=small|kleines=small|laden=shop|geschäft=shop business|inhaber=owner|inhaberin=owner
bäckerei=bakery|handwerk=craft trade|handwerker=tradesman|kunden=customers
mittelstand=small business|mittelständischen=medium-sized|kmu=small business|betrieb=business
familienbetrieb=family business|petite=small|petit=small|petites=small|boutique=shop|commerce=shop
commerçant=shopkeeper|commerçante=shopkeeper|propriétaire=owner|artisan=craftsman|pme=small business
tpe=small business|boulangerie=bakery|piccola=small|piccolo=small|piccole=small
negozio=shop|negozi=shops|titolare=owner|bottega=shop|artigiano=craftsman|pmi=small business
panetteria=bakery|clienti=customers|pequena=small|pequeno=small|pequenas=small|pequenos=small
loja=shop|lojas=shops|dono=owner|empresário=business owner|empresária=business owner
comércio=shop business|padaria=bakery|roupas=clothes|ropa=clothes|kleidung=clothes
fútbol=football|futbol=football|fußball=football|fussball=football|calcio=football|futebol=football
futbolista=footballer|fußballer=footballer|calciatore=footballer|jogador=player|jugador=player
tifoso=football fan|tifosa=football fan|tifosi=football fans|hincha=football fan
aficionado=fan|aficionada=fan|torcedor=football fan|torcedora=football fan
partita=match|partite=matches|jogo=match|jogos=matches|spiel=match|spiele=matches
gol=goal|goles=goals|golo=goal|gols=goals|liga=league|temporada=season|stadion=stadium
stade=stadium|stadio=stadium|estádio=stadium|estadio=stadium|verein=club|squadra=team|equipo=team
seleção=national team|selección=selection|mannschaft=team|torwart=goalkeeper|portero=goalkeeper
portiere=goalkeeper|goleiro=goalkeeper|mondiali=world cup|mundial=world cup|weltmeisterschaft=world cup
publicidad=advertising|werbung=advertising|publicité=advertising|pubblicità=advertising
publicidade=advertising|mercadotecnia=marketing|campaña=campaign|campañas=campaigns
kampagne=campaign|kampagnen=campaigns|campagne=campaign|campagnes=campaigns|campagna=campaign
campagne=campaign|campanha=campaign|campanhas=campaigns|marca=brand|marcas=brands|marke=brand
marken=brands|marque=brand|marques=brands|redes=networks|sociales=social|soziale=social
réseaux=networks|sociaux=social|comunicación=communication|kommunikation=communication
responsable=|responsabile=|digitale=digital
klimaforscher=climate scientist|klimaforscherin=climate scientist|meeresspiegel=sea level
eisschilde=ice sheets|eisschild=ice sheet|extremwetter=extreme weather|wetter=weather
meteorología=meteorology|meteorologia=meteorology|météo=weather
sequía=drought|dürre=drought|sécheresse=drought|siccità=drought|seca=drought
emisiones=emissions|emissionen=emissions|émissions=emissions|emissioni=emissions|emissões=emissions
carbono=carbon|kohlenstoff=carbon|carbone=carbon|carbonio=carbon|océano=ocean|ozean=ocean
océan=ocean|oceano=ocean|bici=bike|vélos=bikes|biciclette=bicycles|bicicletas=bicycles
pedalo=i cycle|pedalar=cycling|pedalada=bike ride|pedaleo=cycling|radtour=bike ride|radler=cyclist
radlerin=cyclist|rennräder=road bikes|etapa=stage race|tappa=stage race|étape=stage race
saxofonista=saxophonist|saxophoniste=saxophonist|sassofonista=saxophonist
saxofón=saxophone|saxophon=saxophone|saxofono=saxophone|pianista=pianist|pianiste=pianist
klavier=piano|contrabajo=double bass|kontrabass=double bass|contrebasse=double bass
contrabbasso=double bass|contrabaixo=double bass|trompeta=trumpet|trompete=trumpet
tromba=trumpet|trompette=trumpet|apprendimento=learning|aprendizado=learning
neuronales=neural|neuronale=neural|neuronaux=neural|neurali=neural|neurais=neural|neuronal=neural
neurones=neurons|neuronas=neurons|neuronen=neurons|neuroni=neurons|neurônios=neurons
modelo=model|modelos=models|modell=model|modelle=models|modèle=model|modèles=models
modello=model|modelli=models|entraînement=training|entrenamiento=training|treinamento=training
addestramento=training|logiciels=software|libres=free|quelloffene=open source
quelloffener=open source|offene=open|abierta=open|aberta=open|código=code|codice=code|quellcode=source code
forscherin=researcher|investigación=research|ricerche=research
# Government, economics, jobs, education, media, tech and music words of all five languages
parlamento=parliament|parlement=parliament|parlament=parliament|parlamentario=member of parliament
diputado=member of parliament|diputada=member of parliament|abgeordnete=member of parliament
abgeordneter=member of parliament|député=member of parliament|députée=member of parliament
deputato=member of parliament|deputata=member of parliament|deputado=member of parliament
senado=senate|senat=senate|sénat=senate|senato=senate|ministerio=ministry|ministerium=ministry
ministère=ministry|ministero=ministry|ministério=ministry|ministro=minister|ministra=minister
ministerin=minister|ministre=minister|elecciones=elections|wahlen=elections|wahl=election
élections=elections|elezioni=elections|eleições=elections|ley=law|leyes=laws|gesetz=law
gesetze=laws|loi=law|lois=laws|legge=law|leggi=laws|lei=law|leis=laws|reforma=reform
réforme=reform|riforma=reform|alcalde=mayor|alcaldesa=mayor|bürgermeister=mayor
bürgermeisterin=mayor|maire=mayor|sindaco=mayor|prefeito=mayor|prefeita=mayor|concejal=councillor
concejala=councillor|stadtrat=city council|gemeinderat=city council|conseiller=councillor
conseillère=councillor|consigliere=councillor|vereador=councillor|vereadora=councillor
funcionario=civil servant|funcionaria=civil servant|beamter=civil servant|beamtin=civil servant
funzionario=civil servant|funcionário=civil servant|funcionária=civil servant|estado=state
staat=state|état=state|stato=state|pensiones=pensions|pensión=pension|rente=pension|renten=pensions
retraite=pension retirement|retraites=pensions|pensioni=pensions|aposentadoria=pension
aposentadorias=pensions|presupuesto=budget|haushalt=budget|bilancio=budget
orçamento=budget|impuesto=tax|desempleo=unemployment|paro=unemployment|arbeitslosigkeit=unemployment
arbeitslos=unemployed|chômage=unemployment|disoccupazione=unemployment|desemprego=unemployment
salario=wage salary|salarios=wages|lohn=wage|löhne=wages|gehalt=salary|salaire=wage salary
salaires=wages|stipendio=salary|stipendi=wages|salário=wage salary|salários=wages|precios=prices
preise=prices|prix=prices|prezzi=prices|preços=prices|mercado=market|mercados=markets|markt=market
märkte=markets|marché=market|marchés=markets|mercato=market|mercati=markets|banco=bank
banque=bank|banca=bank|zinsen=interest rates|taux=rates|tassi=rates|juros=interest rates
crecimiento=growth|wachstum=growth|croissance=growth|crescita=growth|crescimento=growth
recesión=recession|rezession=recession|récession=recession|recessione=recession|recessão=recession
empleados=employees|mitarbeiter=employees|mitarbeiterin=employee|mitarbeitende=employees
salariés=employees|employés=employees|dipendenti=employees|funcionários=employees
trabajadores=workers|arbeitnehmer=workers|travailleurs=workers|lavoratori=workers
trabalhadores=workers|sindicato=trade union|gewerkschaft=trade union|syndicat=trade union
entrevista=job interview|vorstellungsgespräch=job interview|entretien=job interview
colloquio=job interview|currículum=cv resume|lebenslauf=cv resume
candidatura=job application|candidature=job application|contratado=hired|contratada=hired
colegio=school|colegios=schools|instituto=secondary school
grundschule=primary school|lycée=secondary school|liceo=secondary school
clases=classes|klasse=class|classe=class|lezioni=lessons|aulas=lessons|cours=lessons|kurs=course
exámenes=exams|prüfungen=exams|examens=exams|esami=exams|provas=exams|profesores=teachers
lehrkräfte=teachers|enseignants=teachers|insegnanti=teachers|professores=teachers|rector=rector
rectora=rector|direttore=director|diretor=director|diretora=director|directeur=director
directrice=director|chefin=boss|jefe=boss|jefa=boss|capo=boss|equipos=teams
televisión=television|fernsehen=television|télévision=television|televisione=television
televisão=television|periódico=newspaper|diario=newspaper|giornale=newspaper
jornal=newspaper|revista=magazine|zeitschrift=magazine|rivista=magazine
reportero=reporter|reportera=reporter|reporterin=reporter|editora=editor|redattore=editor
redattrice=editor|redator=editor|redatora=editor|ingeniero=engineer
ingeniera=engineer|ingenieur=engineer|ingenieurin=engineer|ingénieur=engineer|ingénieure=engineer
ingegnere=engineer|engenheiro=engineer|engenheira=engineer|programador=programmer
programadora=programmer|programmierer=programmer|programmiererin=programmer
programmeur=programmer|programmatore=programmer|nube=cloud|wolke=cloud|nuage=cloud
ciberseguridad=cybersecurity|cybersicherheit=cybersecurity|cybersécurité=cybersecurity
sicurezza=security|segurança=security|seguridad=security|entrenamiento=training
rockera=rock fan|rockero=rock fan|roqueiro=rock fan|rockeur=rock fan|rockmusik=rock music
gira=tour|tournee=tour|tournée=tour|turnê=tour|álbum=album
vinilo=vinyl|schallplatte=vinyl record|vinyle=vinyl|vinile=vinyl|vinil=vinyl|escenario=stage
bühne=stage|scène=stage|palco=stage|palcoscenico=stage
# More function words (silenced) and everyday words, so they do not dilute a clause as English fragments
es=|lo=|su=|sus=|este=|esta=|estos=|estas=|pero=|muy=very|más=more|todo=|todos=|ya=|ser=|fue=
entre=|desde=|hasta=|también=also|nos=|se=|le=|les=|cada=every|zur=|zum=|ist=|sind=|wird=|werden=
auch=also|noch=|nur=only|wie=|wir=|sie=|sich=|aus=|nach=|vor=|bis=|durch=|oder=|aber=|sehr=very
mehr=more|neuen=new|neuer=new|neues=new|studie=study|zahlen=figures|steigen=rising|est=|sont=|ne=
qui=|ce=|cette=|ces=|elle=|nous=|vous=|ils=|tout=|tous=|aussi=also|mais=|ou=|où=|très=very
è=|dal=|nel=|nella=|alla=|sul=|anche=also|più=more|molto=very|questo=|questa=|é=|não=|mais=more
muito=very|pela=|pelo=|nas=|ao=|isso=|estudio=study|étude=study|studio=study|estudo=study
"""


def _parse_lexicon(text: str) -> dict[str, str]:
    lexicon: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        for item in line.split("|"):
            word, _, gloss = item.partition("=")
            lexicon.setdefault(word.strip().rstrip("_"), gloss.strip())
    return lexicon


LEXICON: dict[str, str] = _parse_lexicon(_LEXICON_TEXT)


#: What clauses about nothing in particular sound like. Each interest's similarity to these is its noise
#: floor: an interest whose phrases are broad ("work", "news") scores higher on idle chatter than a narrow one,
#: so a match must stand out from that floor, not just pass one cosine threshold for all interests.
GENERIC_CLAUSES: tuple[str, ...] = (
    "good morning everyone",
    "happy friday",
    "have a great weekend",
    "what a day",
    "coffee first",
    "views are my own",
    "opinions are mine",
    "retweets are not endorsements",
    "living my best life",
    "just vibes",
    "he/him",
    "she/her",
    "love my family",
    "proud mum",
    "dog dad",
    "lover of sunsets",
    "tea and biscuits",
    "follow me for more",
    "thanks for the follow",
    "link below",
    "dm me",
    "please stop messaging me",
    "here for a good time",
    "born and raised in london",
    "based in new york",
    "yorkshire lass",
    "lives in texas",
    "so tired today",
    "can't wait for the holidays",
    "this made me laugh",
    "so true",
    "absolutely brilliant",
    "cheers mate",
    "best day ever",
    "new profile picture",
    "back from holiday",
    "pizza night",
    "watching the game tonight",
    "my cat is sleeping",
    "rainy day again",
    "life is good",
    "dreamer and doer",
    "always learning",
    "curious about everything",
    "trying my best",
    "one day at a time",
    "god first",
    "blessed",
    "vegan",
    "introvert",
)
