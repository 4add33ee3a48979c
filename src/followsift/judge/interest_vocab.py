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


VOCAB: tuple[VocabEntry, ...] = (
    VocabEntry(
        "business",
        (
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
        "hr",
        (
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
        ),
        (),
        ("human resources", "people ops", "people operations", "personnel"),
    ),
    VocabEntry(
        "jobs",
        (
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
        ),
        ("steve jobs",),
        ("careers", "career", "employment", "work", "job"),
    ),
    VocabEntry(
        "education",
        (
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
        ),
        ("mixed media painting", "media player"),
        ("journalism", "news", "social media", "press"),
    ),
    VocabEntry(
        "tech",
        (
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
    ),
    VocabEntry(
        "coaching",
        (
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
        ),
        ("football coach", "coach bus travel", "bus coach", "coach handbag"),
        ("mentoring", "life coaching", "career coaching", "executive coaching"),
    ),
    VocabEntry(
        "rock music",
        (
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
        ),
        ("rock", "rock and roll", "rock n roll", "punk", "metal", "classic rock"),
    ),
    VocabEntry(
        "machine learning",
        (
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
        (),
        ("ml", "ai", "artificial intelligence", "deep learning"),
    ),
    VocabEntry(
        "climate science",
        (
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
        ("office climate", "political climate", "business climate", "air conditioning"),
        ("climate", "climate change", "earth science"),
    ),
    VocabEntry(
        "open source",
        (
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
        ("open source intelligence", "osint"),
        ("oss", "foss", "free software", "open-source"),
    ),
    VocabEntry(
        "cycling",
        (
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
        ("motorbike", "motorcycle", "recycling", "menstrual cycle", "spin class"),
        ("biking", "bikes", "bicycles"),
    ),
    VocabEntry(
        "jazz",
        (
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
        ("utah jazz basketball", "jazz hands"),
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
        ),
        (),
        ("digital marketing", "advertising", "branding"),
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
        ("football", "soccer", "premier league", "match day", "world cup"),
        (),
        ("soccer",),
    ),
    VocabEntry(
        "photography",
        ("photography", "photographer", "camera", "photos", "street photography"),
        (),
        ("photo", "photos"),
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
        ("gaming", "video games", "gamer", "twitch streamer", "esports"),
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
