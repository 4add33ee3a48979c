"""More foreign words for the built-in interests, in the ``interest_vocab._LEXICON_TEXT`` format.

Spanish, German, French, Italian and Portuguese job titles (both genders, plural), activities, practitioners,
objects and multi-word expressions ("giochi da tavolo", "jeux de société", "Tauchlehrerin") for the built-in
interests, beyond those ``interest_vocab`` and the field modules gloss. Written from general knowledge by helpers
who saw no labelled set; words whose accent-stripped form is a common word with another meaning in English or in
one of the five languages were left out ("thé" reads "the", "nato", "tenis").
"""

from __future__ import annotations

__all__ = ["LEXICON_TEXT"]

LEXICON_TEXT = """
# design
diseñadores=designers|diseño gráfico=graphic design|diseñador gráfico=graphic designer
diseñadora gráfica=graphic designer|diseño de interiores=interior design|diseñadora de interiores=interior designer
diseñador de interiores=interior designer|diseño industrial=industrial design|diseño de producto=product design
grafikdesignerin=graphic designer|grafikdesign=graphic design|gestalter=designer|gestalterin=designer
kommunikationsdesign=communication design|kommunikationsdesigner=communication designer
kommunikationsdesignerin=communication designer|innenarchitekt=interior designer|innenarchitektin=interior designer
produktdesign=product design|produktdesigner=product designer|produktdesignerin=product designer|designeuse=designer
design graphique=graphic design|conception graphique=graphic design|directeur artistique=art director
directrice artistique=art director|architecte d'intérieur=interior designer|graphisme=graphic design
progettista=designer|progettazione grafica=graphic design|grafica pubblicitaria=graphic design
designer grafico=graphic designer|direttore artistico=art director|direttrice artistica=art director
design gráfico=graphic design|designer gráfica=graphic designer|diretor de arte=art director
diretora de arte=art director|design de interiores=interior design|designer de interiores=interior designer
# illustration
ilustradores=illustrators|ilustraciones=illustrations|dibujante=illustrator|dibujos=drawings
illustrationen=illustrations|zeichner=illustrator|zeichnerin=illustrator|zeichnungen=drawings
kinderbuchillustratorin=children's book illustrator|comiczeichner=comic artist|comiczeichnerin=comic artist
dessinateur=illustrator|dessinatrice=illustrator|dessins=drawings|illustrazioni=illustrations|disegni=drawings
disegnare=drawing|fumettista=comic artist|ilustrações=illustrations|desenhos=drawings|quadrinista=comic artist
ilustradoras=illustrators|illustratori=illustrators
# birdwatching
observación de aves=birdwatching|avistamiento de aves=birdwatching|pajarero=birder|ornitólogo=ornithologist
ornitóloga=ornithologist|anillamiento=bird ringing|aves=birds|vogelbeobachter=birdwatcher
vogelbeobachterin=birdwatcher|ornithologe=ornithologist|ornithologin=ornithologist|vogelkunde=ornithology
vogelzug=bird migration|vogelstimmen=birdsong|ornithologue=ornithologist|observation des oiseaux=birdwatching
ornitho=birdwatching|osservazione degli uccelli=birdwatching|binocolo=binoculars|lipu=bird protection
observação de aves=birdwatching|passarinhos=birds|passarinhar=birdwatching|passarinhada=birdwatching
binóculos=binoculars
# wildlife
fauna silvestre=wildlife|vida salvaje=wildlife|animales salvajes=wild animals|naturalista=naturalist
fotografía de naturaleza=nature photography|tierwelt=wildlife|wildtierfotografie=wildlife photography
naturfotograf=nature photographer|naturfotografin=nature photographer|naturfotografie=nature photography
wildbiologe=wildlife biologist|wildbiologin=wildlife biologist|artenschutz=species conservation|faune sauvage=wildlife
vie sauvage=wildlife|animaux sauvages=wild animals|photographe animalier=wildlife photographer
photographie animalière=wildlife photography|naturaliste=naturalist|fauna selvatica=wildlife
animali selvatici=wild animals|fotografia naturalistica=nature photography|vida selvagem=wildlife
animais selvagens=wild animals|fauna selvagem=wildlife
# sustainability
sustentabilidad=sustainability|sustentable=sustainable|economía circular=circular economy
huella de carbono=carbon footprint|residuo cero=zero waste|medio ambiente=environment|nachhaltige=sustainable
kreislaufwirtschaft=circular economy|klimaschutz=climate protection|müllvermeidung=waste reduction
développement durable=sustainable development|écologie=ecology|économie circulaire=circular economy
zéro déchet=zero waste|empreinte carbone=carbon footprint|écoresponsable=eco-friendly
transition écologique=ecological transition|economia circolare=circular economy|impronta di carbonio=carbon footprint
rifiuti zero=zero waste|lixo zero=zero waste|pegada de carbono=carbon footprint|meio ambiente=environment
# renewable energy
energías renovables=renewable energy|energía renovable=renewable energy|energía solar=solar energy
paneles solares=solar panels|placas solares=solar panels|fotovoltaica=photovoltaic|energía eólica=wind energy
aerogenerador=wind turbine|autoconsumo=solar self consumption|erneuerbare energien=renewable energy
solarenergie=solar energy|windenergie=wind energy|windrad=wind turbine|windräder=wind turbines
windkraftanlage=wind turbine|balkonkraftwerk=balcony solar panel|énergies renouvelables=renewable energy
énergie renouvelable=renewable energy|photovoltaïque=photovoltaic|panneaux solaires=solar panels
éoliennes=wind turbines|pompe à chaleur=heat pump|energie rinnovabili=renewable energy
energia rinnovabile=renewable energy|pannelli solari=solar panels|pompa di calore=heat pump
energias renováveis=renewable energy|energia renovável=renewable energy|painéis solares=solar panels
aerogerador=wind turbine
# agriculture
agricultores=farmers|campesino=farmer|campesina=farmer|ganadera=livestock farmer|agronomía=agronomy
agrónomo=agronomist|agrónoma=agronomist|granjero=farmer|granjera=farmer|ackerbau=arable farming
agrarwissenschaft=agricultural science|milchbauer=dairy farmer|biobauer=organic farmer|viehzucht=livestock farming
agriculteurs=farmers|paysan=farmer|paysanne=farmer|exploitation agricole=farm|moisson=harvest
éleveuse=livestock farmer|agronome=agronomist|maraîcher=market gardener|maraîchère=market gardener|agricoltrice=farmer
agricoltori=farmers|contadina=farmer|azienda agricola=farm|allevatore=livestock farmer|allevatrice=livestock farmer
trattore=tractor|agropecuária=agriculture|agronegócio=agribusiness|fazendeiro=farmer|fazendeira=farmer
lavoura=crop farming|produtor rural=farmer|produtora rural=farmer
# cloud computing
computación en la nube=cloud computing|computación en nube=cloud computing|nube pública=public cloud
nube híbrida=hybrid cloud|arquitecto cloud=cloud architect|arquitecta cloud=cloud architect
ingeniero cloud=cloud engineer|ingeniera cloud=cloud engineer|rechenzentrum=data center|rechenzentren=data centers
cloudlösungen=cloud solutions|informatique en nuage=cloud computing|infonuagique=cloud computing
architecte cloud=cloud architect|centre de données=data center|hébergement cloud=cloud hosting
ingegnere cloud=cloud engineer|architetto cloud=cloud architect|computação em nuvem=cloud computing
arquiteto de nuvem=cloud architect|arquiteta de nuvem=cloud architect|arquiteto cloud=cloud architect
arquiteta cloud=cloud architect|nuvem pública=public cloud
# cybersecurity
seguridad informática=computer security|hacker ético=ethical hacker|hacking ético=ethical hacking
ciberataque=cyberattack|ciberataques=cyberattacks|it-sicherheit=it security
informationssicherheit=information security|sicherheitsforscher=security researcher
sicherheitsforscherin=security researcher|cyberangriff=cyberattack|cyberangriffe=cyberattacks
sicherheitslücke=security vulnerability|sicherheitslücken=security vulnerabilities|datensicherheit=data security
hackerangriff=hacker attack|penetrationstest=penetration test|sécurité informatique=computer security
cyberattaque=cyberattack|cyberattaques=cyberattacks|pirate informatique=hacker|piratage=hacking
faille de sécurité=security vulnerability|rançongiciel=ransomware|hameçonnage=phishing|cyberdéfense=cyber defense
sicurezza informatica=computer security|cybersicurezza=cybersecurity|attacco informatico=cyberattack
attacchi informatici=cyberattacks|cibersegurança=cybersecurity|segurança da informação=information security
segurança cibernética=cybersecurity|ataque cibernético=cyberattack|ataques cibernéticos=cyberattacks
segurança informática=computer security
# linux
administrador de sistemas=system administrator|administradora de sistemas=system administrator
systemadministrator=system administrator|systemadministratorin=system administrator
administrateur système=system administrator|administratrice système=system administrator
amministratore di sistema=system administrator|software libre=free software|código abierto=open source
freie software=free software|logiciel libre=free software|logiciels libres=free software
libriste=free software advocate|noyau linux=linux kernel|software libero=free software|software livre=free software
código aberto=open source
# data science
científico de datos=data scientist|científica de datos=data scientist|analista de datos=data analyst
análisis de datos=data analysis|visualización de datos=data visualization|minería de datos=data mining
datenwissenschaftler=data scientist|datenwissenschaftlerin=data scientist|datenanalyst=data analyst
datenanalystin=data analyst|maschinelles lernen=machine learning|datenvisualisierung=data visualization
science des données=data science|scientifique des données=data scientist|analyste de données=data analyst
analyse de données=data analysis|apprentissage automatique=machine learning|statisticien=statistician
statisticienne=statistician|scienza dei dati=data science|analista dei dati=data analyst
analisi dei dati=data analysis|apprendimento automatico=machine learning|ciência de dados=data science
cientista de dados=data scientist|análise de dados=data analysis|aprendizado de máquina=machine learning
estadística=statistics|statistik=statistics|statistiques=statistics|statistica=statistics|estatística=statistics
# web development
desarrollador web=web developer|desarrolladora web=web developer|diseño web=web design|página web=website
sitio web=website|programador web=web developer|programadora web=web developer
desarrollador frontend=frontend developer|desarrolladora frontend=frontend developer|webseite=website
webseiten=websites|internetseite=website|webdesignerin=web designer|frontend-entwickler=frontend developer
frontend-entwicklerin=frontend developer|développement web=web development|développeur web=web developer
développeuse web=web developer|site web=website|site internet=website|intégrateur web=web developer
intégratrice web=web developer|sviluppo web=web development|sviluppatore web=web developer
sviluppatrice web=web developer|sito web=website|siti web=websites|desenvolvimento web=web development
desenvolvedor web=web developer|desenvolvedora web=web developer|desenvolvedor frontend=frontend developer
desenvolvedora frontend=frontend developer
# startups
emprendedores=entrepreneurs|emprender=starting a business|empresa emergente=startup|fundador=founder|fundadora=founder
cofundador=cofounder|cofundadora=cofounder|aceleradora=startup accelerator|capital riesgo=venture capital
inversor ángel=angel investor|mitgründer=cofounder|mitgründerin=cofounder|gründerszene=startup scene
jungunternehmer=young entrepreneur|existenzgründung=business startup|risikokapital=venture capital
entrepreneure=entrepreneur|entrepreneuriat=entrepreneurship|cofondateur=cofounder|cofondatrice=cofounder
jeune pousse=startup|levée de fonds=fundraising|imprenditoria=entrepreneurship|fondatore=founder|cofondatore=cofounder
capitale di rischio=venture capital|empreendedorismo=entrepreneurship|empreender=starting a business
capital de risco=venture capital|investidor anjo=angel investor
# personal finance
finanzas personales=personal finance|libertad financiera=financial freedom|educación financiera=financial education
independencia financiera=financial independence|persönliche finanzen=personal finance|haushaltsbuch=household budget
altersvorsorge=retirement savings|finanzielle freiheit=financial freedom|finanzbildung=financial education
notgroschen=emergency fund|finances personnelles=personal finance|épargner=saving money
liberté financière=financial freedom|indépendance financière=financial independence
éducation financière=financial education|finanza personale=personal finance|libertà finanziaria=financial freedom
educazione finanziaria=financial education|finanças pessoais=personal finance|poupar=saving money
liberdade financeira=financial freedom|educação financeira=financial education|reserva de emergência=emergency fund
# investing
invertir=investing|inversionista=investor|bolsa de valores=stock exchange|dividendos=dividends
fondos indexados=index funds|renta variable=equities|investieren=investing|investorin=investor|aktie=stock
dividende=dividend|dividenden=dividends|vermögensaufbau=wealth building|indexfonds=index funds
aktienmarkt=stock market|investir=investing|investissements=investments|dividendes=dividends
marchés financiers=financial markets|investire=investing|investitrice=investor|dividendi=dividends
renda variável=equities|renda fixa=fixed income|tesouro direto=government bonds|mercados financieros=financial markets
# religion
iglesias=churches|oración=prayer|orar=praying|rezar=praying|sacerdote=priest|pastora=pastor|biblia=bible
evangelio=gospel|misa=mass|católico=catholic|católica=catholic|musulmán=muslim|musulmana=muslim|judío=jewish
judía=jewish|gebet=prayer|beten=praying|pfarrer=pastor|pfarrerin=pastor|pastorin=pastor|priester=priest|bibel=bible
gottesdienst=church service|christin=christian|katholisch=catholic|evangelisch=protestant|muslimisch=muslim
jüdisch=jewish|theologie=theology|theologe=theologian|theologin=theologian|églises=churches|prière=prayer
prier=praying|prêtre=priest|évangile=gospel|catholique=catholic|musulmane=muslim|juif=jewish|juive=jewish
théologien=theologian|théologienne=theologian|spiritualité=spirituality|fede=faith|preghiera=prayer|pregare=praying
prete=priest|parroco=parish priest|bibbia=bible|vangelo=gospel|cattolico=catholic|cattolica=catholic|musulmano=muslim
ebreo=jewish|igrejas=churches|oração=prayer|evangelho=gospel|missa=mass|cristã=christian|muçulmano=muslim|judeu=jewish
teologia=theology|espiritualidad=spirituality|espiritualidade=spirituality|spiritualità=spirituality
# philosophy
filosófico=philosophical|metafísica=metaphysics|epistemología=epistemology|philosophisch=philosophical
erkenntnistheorie=epistemology|metaphysik=metaphysics|denker=thinker|denkerin=thinker|existenzialismus=existentialism
philosophique=philosophical|métaphysique=metaphysics|épistémologie=epistemology|existentialisme=existentialism
penseur=thinker|penseuse=thinker|esistenzialismo=existentialism|existencialismo=existentialism|pensador=thinker
pensadora=thinker
# linguistics
fonética=phonetics|fonología=phonology|sintaxis=syntax|morfología=morphology|sociolingüística=sociolinguistics
sprachwissenschaftler=linguist|sprachwissenschaftlerin=linguist|linguistin=linguist|phonetik=phonetics
phonologie=phonology|phonétique=phonetics|syntaxe=syntax|sociolinguistique=sociolinguistics|sintassi=syntax
sintaxe=syntax
# hip hop
raperos=rappers|rapear=rapping|batalla de gallos=rap battle|batalla de rap=rap battle|rapperin=rapper
deutschrap=german rap|rappen=rapping|rap français=french rap|rappare=rapping|rap italiano=italian rap
batalha de rima=rap battle|batalha de mc=rap battle|rap nacional=brazilian rap|cultura hip hop=hip hop culture
culture hip hop=hip hop culture
# country music
música country=country music|countrymusik=country music|countrysänger=country singer|countrysängerin=country singer
musique country=country music|chanteur country=country singer|chanteuse country=country singer
música sertaneja=sertanejo country music|sertanejo=brazilian country music|sertaneja=brazilian country music
cantante country=country singer|cantor sertanejo=country singer|cantora sertaneja=country singer
# electronic music
música electrónica=electronic music|elektronische musik=electronic music
elektronische tanzmusik=electronic dance music|technoszene=techno scene|musique électronique=electronic music
platines=turntables|musique électro=electronic music|musica elettronica=electronic music
produttrice musicale=music producer|música eletrônica=electronic music|produtora musical=music producer
# metal
metaleros=metalheads|metal extremo=extreme metal|metaller=metalhead|metallerin=metalhead|metalkonzert=metal concert
headbangen=headbanging|métalleux=metalhead|métalleuse=metalhead|metallaro=metalhead|metallara=metalhead
metallari=metalheads|metaleiro=metalhead|metaleira=metalhead
# opera
cantante de ópera=opera singer|barítono=baritone|oper=opera|opernsänger=opera singer|opernsängerin=opera singer
opernhaus=opera house|staatsoper=state opera|bariton=baritone|operette=operetta|chanteur lyrique=opera singer
chanteuse lyrique=opera singer|art lyrique=opera|baryton=baritone|cantante lirico=opera singer
cantante lirica=opera singer|teatro lirico=opera house|cantor lírico=opera singer|cantora lírica=opera singer
cantor de ópera=opera singer|cantora de ópera=opera singer
# theatre
actores=actors|obra de teatro=play|dramaturgo=playwright|dramaturga=playwright|compañía de teatro=theatre company
puesta en escena=staging|schauspiel=drama|theaterstück=play|inszenierung=staging|theaterregisseur=theatre director
theaterregisseurin=theatre director|dramaturgin=dramaturge|pièce de théâtre=play|metteur en scène=stage director
metteuse en scène=stage director|mise en scène=staging|attori=actors|spettacolo teatrale=theatre show
regista teatrale=theatre director|drammaturgo=playwright|drammaturga=playwright|compagnia teatrale=theatre company
ator=actor|atores=actors|peça de teatro=play|encenação=staging|diretor de teatro=theatre director
diretora de teatro=theatre director
# dance
bailarines=dancers|coreógrafo=choreographer|coreógrafa=choreographer|coreografía=choreography
danza contemporánea=contemporary dance|tanzlehrer=dance teacher|tanzlehrerin=dance teacher|tanzschule=dance school
choreograf=choreographer|choreografin=choreographer|choreografie=choreography|tanzkurs=dance class|ballett=ballet
balletttänzerin=ballet dancer|danser=dancing|danseurs=dancers|chorégraphe=choreographer|chorégraphie=choreography
cours de danse=dance class|ballerini=dancers|scuola di danza=dance school|balletto=ballet|escola de dança=dance school
dança contemporânea=contemporary dance|danse contemporaine=contemporary dance
# woodworking
carpintera=carpenter|ebanistería=cabinetmaking|tallado en madera=woodcarving|trabajo en madera=woodworking
holzarbeiten=woodworking|holzbearbeitung=woodworking|tischlerei=carpentry workshop|schreinerei=carpentry workshop
holzwerkstatt=woodworking shop|drechseln=woodturning|drechsler=woodturner|drechslerin=woodturner|hobelbank=workbench
holzschnitzen=woodcarving|menuisière=carpenter|ébénisterie=cabinetmaking|travail du bois=woodworking
tournage sur bois=woodturning|sculpture sur bois=woodcarving|lavorazione del legno=woodworking
intaglio del legno=woodcarving|marceneira=carpenter|carpintaria=carpentry|carpinteiro=carpenter
torno de madera=woodturning
# diy
selbstgebaut=self built|bricolages=diy projects|bricoleurs=diy enthusiasts|heimwerkerprojekt=diy project|fai-da-te=diy
hazlo tú mismo=do it yourself|heimwerkerin=diy enthusiast|selbermachen=do it yourself|baumarkt=hardware store
renovieren=renovating|bricoleur=diy enthusiast|bricoleuse=diy enthusiast|bricoler=tinkering
faça você mesmo=do it yourself|bricolagem=diy|manualidad=craft
# motorcycles
motero=biker|motera=biker|moteros=bikers|motociclismo=motorcycling|motorräder=motorcycles
motorradfahrerin=motorcyclist|motorradtour=motorcycle tour|motorradfahren=motorcycling|töff=motorcycle
motocyclette=motorcycle|balade à moto=motorcycle ride|motociclette=motorcycles|giro in moto=motorcycle ride
motoqueiro=biker|motoqueira=biker|motociclistas=motorcyclists|motards=bikers
# aviation
aeronave=aircraft|aeropuerto=airport|aerolínea=airline|azafata=flight attendant|tripulante de cabina=flight attendant
controlador aéreo=air traffic controller|flughafen=airport|fluggesellschaft=airline|flugbegleiter=flight attendant
flugbegleiterin=flight attendant|fluglotse=air traffic controller|segelflug=gliding|segelflieger=glider pilot
privatpilot=private pilot|pilote de ligne=airline pilot|aéroport=airport|compagnie aérienne=airline
hôtesse de l'air=flight attendant|contrôleur aérien=air traffic controller|aéronautique=aeronautics
vol à voile=gliding|pilota=pilot|aeroporto=airport|compagnia aerea=airline|assistente di volo=flight attendant
controllore di volo=air traffic controller|aeronautica=aeronautics|companhia aérea=airline
comissário de bordo=flight attendant|comissária de bordo=flight attendant|controlador de voo=air traffic controller
# space
astronautas=astronauts|cohetes=rockets|exploración espacial=space exploration|agencia espacial=space agency
estación espacial=space station|satélite=satellite|satélites=satellites|weltall=outer space|raumstation=space station
raketen=rockets|raumsonde=space probe|satellit=satellite|satelliten=satellites|fusées=rockets
station spatiale=space station|exploration spatiale=space exploration|agence spatiale=space agency
conquête spatiale=space exploration|razzi=rockets|stazione spaziale=space station
esplorazione spaziale=space exploration|agenzia spaziale=space agency|foguetes=rockets|estação espacial=space station
exploração espacial=space exploration
# sailing
veleros=sailboats|navegación a vela=sailing|regatas=regattas|marinero=sailor|barco de vela=sailboat
segelyacht=sailing yacht|segeltörn=sailing trip|segelschein=sailing license|jolle=dinghy|katamaran=catamaran
voiliers=sailboats|navigatrice=sailor|régate=regatta|régates=regattas|plaisance=yachting|faire de la voile=sailing
barca a vela=sailboat|velisti=sailors|veliero=sailing ship|veleiros=sailboats|velejador=sailor|velejadora=sailor
iatismo=yachting|barco à vela=sailboat|vela ligera=dinghy sailing
# fishing
pescar=fishing|caña de pescar=fishing rod|pesca con mosca=fly fishing|pesca deportiva=sport fishing
pescadores=fishermen|anzuelo=fishhook|señuelo=fishing lure|fliegenfischen=fly fishing|fliegenfischer=fly fisher
fliegenfischerin=fly fisher|angelrute=fishing rod|köder=bait|karpfenangeln=carp fishing|angelverein=fishing club
fischen=fishing|raubfischangeln=predator fishing|angelschein=fishing license|petri heil=good fishing luck
pêcheuse=fisher|pêche à la mouche=fly fishing|canne à pêche=fishing rod|pêche en mer=sea fishing
pêche à la carpe=carp fishing|moucheur=fly fisher|pescatrice=fisher|pesca a mosca=fly fishing
canna da pesca=fishing rod|pesca sportiva=sport fishing|pesca esportiva=sport fishing|vara de pesca=fishing rod
isca=bait|pescaria=fishing trip|pesca com mosca=fly fishing|pesca a la mosca=fly fishing
# hunting
cazar=hunting|cazadores=hunters|coto de caza=hunting ground|montería=big game hunting|jagen=hunting
jagdschein=hunting license|hochsitz=hunting stand|waidmannsheil=good hunting|wildbret=game meat|jagdhund=hunting dog
chasseuse=hunter|chasseurs=hunters|permis de chasse=hunting license|fusil de chasse=hunting rifle|cacciatrice=hunter
cacciatori=hunters|licenza di caccia=hunting license|caçadora=hunter|caçadores=hunters|caçar=hunting
jägerschaft=hunters
# dogs
adiestrador canino=dog trainer|adiestradora canina=dog trainer|adiestramiento canino=dog training|hündin=female dog
welpen=puppies|hundetrainer=dog trainer|hundetrainerin=dog trainer|hundeschule=dog training school
hundebesitzer=dog owner|hundebesitzerin=dog owner|gassi=dog walk|gassigehen=dog walking|hundemama=dog mom
hundeliebhaber=dog lover|chienne=female dog|chiots=puppies|éducateur canin=dog trainer|éducatrice canine=dog trainer
toutou=doggy|cagnolino=puppy|cagnolina=puppy|cuccioli=puppies|educatore cinofilo=dog trainer
educatrice cinofila=dog trainer|addestratore cinofilo=dog trainer|cachorros=dogs|cadela=female dog|cãozinho=puppy
adestrador=dog trainer|adestradora=dog trainer|adestramento=dog training
# cats
gattara=cat lady|gattaro=cat lover|katzenfreund=cat lover|katzenfreundin=cat lover|ronronner=purring|schnurren=purring
michi=cat|michis=cats|gatitos=kittens|katzenmama=cat mom|katzenliebhaber=cat lover|stubentiger=house cat
chatons=kittens|minou=kitty|gatta=cat|gattini=kittens|micio=kitty|micia=kitty|gatinhos=kittens|gatinha=kitten
gattile=cat shelter
# horses
yegua=mare|potro=foal|hípica=equestrian|ecuestre=equestrian|stute=mare|reitstall=riding stable
reitlehrer=riding instructor|reitlehrerin=riding instructor|dressurreiten=dressage|springreiten=show jumping
jument=mare|centre équestre=riding stable|équestre=equestrian|maneggio=riding stable|puledro=foal|giumenta=mare
égua=mare|hipismo=equestrian sport|haras=stud farm|reitsport=equestrian sport|hípico=equestrian
# skiing
esquiador=skier|esquiadora=skier|estación de esquí=ski resort|skifahrer=skier|skifahrerin=skier
skilehrer=ski instructor|skilehrerin=ski instructor|skigebiet=ski resort|skiurlaub=ski holiday|skitour=ski touring
skitouren=ski touring|langlauf=cross country skiing|skieur=skier|skieuse=skier|station de ski=ski resort
moniteur de ski=ski instructor|monitrice de ski=ski instructor|ski de fond=cross country skiing
ski de randonnée=ski touring|sciare=skiing|sciatore=skier|sciatrice=skier|sciatori=skiers
maestro di sci=ski instructor|maestra di sci=ski instructor|scialpinismo=ski touring|sci di fondo=cross country skiing
settimana bianca=ski holiday|pista da sci=ski slope|esquiadores=skiers|estação de esqui=ski resort
esquí de fondo=cross country skiing|esquí de travesía=ski touring
# surfing
surfear=surfing|surfistas=surfers|tabla de surf=surfboard|surferin=surfer|surfbrett=surfboard|wellenreiten=surfing
wellenreiter=surfer|surfeur=surfer|surfeuse=surfer|surfeurs=surfers|planche de surf=surfboard|tavola da surf=surfboard
surfar=surfing|prancha de surf=surfboard|pegar onda=surfing
# martial arts
artes marciales=martial arts|arte marcial=martial art|artista marcial=martial artist|defensa personal=self defense
cinturón negro=black belt|judoca=judoka|kampfkunst=martial art|kampfsportler=martial artist
kampfsportlerin=martial artist|kampfkünstler=martial artist|schwarzgurt=black belt|schwarzer gürtel=black belt
selbstverteidigung=self defense|arts martiaux=martial arts|art martial=martial art|ceinture noire=black belt
autodéfense=self defense|karatéka=karateka|sports de combat=combat sports|arti marziali=martial arts
arte marziale=martial art|cintura nera=black belt|autodifesa=self defense|sport da combattimento=combat sports
artes marciais=martial arts|faixa preta=black belt|defesa pessoal=self defense
# ice hockey
hockey sobre hielo=ice hockey|hockey hielo=ice hockey|eishockeyspieler=ice hockey player
eishockeyspielerin=ice hockey player|eishalle=ice rink|hockey sur glace=ice hockey|hockeyeur=hockey player
hockeyeuse=hockey player|patinoire=ice rink|hockey su ghiaccio=ice hockey|palaghiaccio=ice rink
hóquei no gelo=ice hockey|hóquei sobre o gelo=ice hockey|hockeista=hockey player
# animation
animación=animation|dibujos animados=cartoons|cine de animación=animated film|película de animación=animated film
animationsfilm=animated film|zeichentrick=cartoon animation|zeichentrickfilm=cartoon|trickfilm=animated film
animatorin=animator|dessin animé=cartoon|dessins animés=cartoons|film d'animation=animated film
cinéma d'animation=animated film|animazione=animation|cartoni animati=cartoons|cartone animato=cartoon
film d'animazione=animated film|animação=animation|desenhos animados=cartoons|desenho animado=cartoon
filme de animação=animated film|animador 3d=3d animator|animadora 3d=3d animator|animatore 3d=3d animator
# true crime
crimen real=true crime|asesino en serie=serial killer|asesinos en serie=serial killers|crónica negra=crime news
serienmörder=serial killer|kriminalfall=criminal case|kriminalfälle=criminal cases|mordfall=murder case
mordfälle=murder cases|ungelöste fälle=unsolved cases|faits divers=crime news|affaire criminelle=criminal case
affaires criminelles=criminal cases|tueur en série=serial killer|tueurs en série=serial killers
cronaca nera=crime news|casi irrisolti=unsolved cases|crime real=true crime|crimes reais=true crimes
assassino em série=serial killer|wahre verbrechen=true crime|casos sin resolver=unsolved cases
# human rights
derechos humanos=human rights|defensora de derechos humanos=human rights defender
defensor de derechos humanos=human rights defender|menschenrechte=human rights|menschenrechtler=human rights activist
menschenrechtlerin=human rights activist|menschenrechtsaktivist=human rights activist
menschenrechtsaktivistin=human rights activist|menschenwürde=human dignity|droits humains=human rights
droits de l'homme=human rights|dignité humaine=human dignity|diritti umani=human rights
attivista per i diritti umani=human rights activist|direitos humanos=human rights
defensor dos direitos humanos=human rights defender|defensora dos direitos humanos=human rights defender
dignidade humana=human dignity|dignidad humana=human dignity|dignità umana=human dignity
# immigration
inmigración=immigration|inmigrante=immigrant|inmigrantes=immigrants|migrante=migrant|migrantes=migrants
refugiado=refugee|refugiada=refugee|refugiados=refugees|solicitante de asilo=asylum seeker|migración=migration
extranjería=immigration law|einwanderung=immigration|zuwanderung=immigration|migrantin=migrant|migranten=migrants
flüchtling=refugee|flüchtlinge=refugees|geflüchtete=refugees|asyl=asylum|asylbewerber=asylum seeker
einwanderer=immigrant|einwanderin=immigrant|migrationshintergrund=migrant background|immigré=immigrant
immigrée=immigrant|immigrés=immigrants|réfugié=refugee|réfugiée=refugee|réfugiés=refugees
demandeur d'asile=asylum seeker|demandeurs d'asile=asylum seekers|droit d'asile=right of asylum
immigrazione=immigration|immigrato=immigrant|immigrata=immigrant|immigrati=immigrants|migranti=migrants
rifugiato=refugee|rifugiata=refugee|rifugiati=refugees|richiedente asilo=asylum seeker
richiedenti asilo=asylum seekers|imigração=immigration|imigrante=immigrant|imigrantes=immigrants
requerente de asilo=asylum seeker|sans-papiers=undocumented migrants
# product management
gestión de producto=product management|gerente de producto=product manager|jefe de producto=product manager
jefa de producto=product manager|responsable de producto=product manager|hoja de ruta=roadmap
produktmanagement=product management|produktmanager=product manager|produktmanagerin=product manager
produktentwicklung=product development|gestion de produit=product management|chef de produit=product manager
cheffe de produit=product manager|responsable produit=product manager|feuille de route=roadmap
gestione del prodotto=product management|responsabile di prodotto=product manager|gestão de produto=product management
gerente de produto=product manager|gerente de produtos=product manager|dono do produto=product owner
desarrollo de producto=product development|desenvolvimento de produto=product development
# triathlon
triatlón=triathlon|triatleta=triathlete|triatletas=triathletes|duatlón=duathlon|triathlet=triathlete
triathletin=triathlete|triathleten=triathletes|triathlète=triathlete|triathlètes=triathletes|triatleti=triathletes
triatlo=triathlon
# physiotherapy
fisioterapia=physiotherapy|fisioterapeuta=physiotherapist|fisioterapeutas=physiotherapists|fisio=physio
rehabilitación=rehabilitation|kinesiología=kinesiology|kinesiólogo=physiotherapist|kinesióloga=physiotherapist
physiotherapie=physiotherapy|physiotherapeut=physiotherapist|physiotherapeutin=physiotherapist
krankengymnastik=physiotherapy|kinésithérapeute=physiotherapist|kiné=physio|physiothérapeute=physiotherapist
rééducation=rehabilitation|fisioterapista=physiotherapist|fisioterapisti=physiotherapists
riabilitazione=rehabilitation|reabilitação=rehabilitation|manuelle therapie=manual therapy
terapia manual=manual therapy|physiotherapiepraxis=physiotherapy practice
# publishing
mundo editorial=publishing industry|sector editorial=publishing industry|casa editorial=publishing house
verlag=publisher|verlage=publishers|verlagswesen=publishing|verleger=publisher|verlegerin=publisher
lektorin=book editor|lektor=book editor|lektorat=editing|buchbranche=book industry|verlagsbranche=publishing industry
maison d'édition=publishing house|éditeur=publisher|éditrice=publisher|éditeurs=publishers
monde de l'édition=publishing|correctrice=proofreader|correcteur=proofreader|editoria=publishing
casa editrice=publishing house|editore=publisher|mercado editorial=publishing market
editorial independiente=independent publisher|edición de libros=book publishing|mercato editoriale=publishing market
# feminism
feminismo=feminism|feminista=feminist|feministas=feminists|igualdad de género=gender equality|patriarcado=patriarchy
sororidad=sisterhood|violencia de género=gender violence|ni una menos=feminist movement|feminismus=feminism
feministin=feminist|feministisch=feminist|gleichberechtigung=equal rights|gleichstellung=gender equality
patriarchat=patriarchy|frauenrechte=women's rights|frauenbewegung=women's movement|féminisme=feminism
féministe=feminist|féministes=feminists|patriarcat=patriarchy|sororité=sisterhood|droits des femmes=women's rights
femminismo=feminism|femminista=feminist|femministe=feminists|parità di genere=gender equality|patriarcato=patriarchy
sorellanza=sisterhood|diritti delle donne=women's rights|violenza di genere=gender violence
igualdade de gênero=gender equality|sororidade=sisterhood|direitos das mulheres=women's rights
derechos de las mujeres=women's rights|égalité des genres=gender equality
# electronics
hobbyelektronik=hobby electronics|componentes eletrônicos=electronic components
componenti elettronici=electronic components|elektronische bauteile=electronic components
ingegnere elettronico=electronics engineer|engenheiro eletrônico=electronics engineer
ingénieur électronique=electronics engineer|elektronikentwickler=electronics engineer|oszilloskop=oscilloscope
osciloscopio=oscilloscope|oscilloscopio=oscilloscope|ingeniero electrónico=electronics engineer
componentes electrónicos=electronic components|elektronik=electronics|elektroniker=electronics technician
elektronikerin=electronics technician|löten=soldering|lötkolben=soldering iron|elektrotechnik=electrical engineering
électronicien=electronics engineer|électronicienne=electronics engineer|fer à souder=soldering iron
circuit imprimé=circuit board|composants électroniques=electronic components|circuito stampato=circuit board
placa de circuito=circuit board|ferro de solda=soldering iron
# 3d printing
impresión 3d=3d printing|impresora 3d=3d printer|impresoras 3d=3d printers|3d-druck=3d printing|3d-drucker=3d printer
impression 3d=3d printing|imprimante 3d=3d printer|imprimantes 3d=3d printers|stampa 3d=3d printing
stampante 3d=3d printer|stampanti 3d=3d printers|impressão 3d=3d printing|impressora 3d=3d printer
impressoras 3d=3d printers
# amateur radio
radioaficionado=amateur radio operator|radioaficionada=amateur radio operator|radioaficionados=amateur radio operators
radioafición=amateur radio|onda corta=shortwave|amateurfunk=amateur radio|funkamateur=amateur radio operator
funkamateurin=amateur radio operator|funkamateure=amateur radio operators|kurzwelle=shortwave
radioamateur=amateur radio operator|radioamateurs=amateur radio operators|radioamateurisme=amateur radio
ondes courtes=shortwave|radioamatore=amateur radio operator|radioamatori=amateur radio operators|onde corte=shortwave
radioamador=amateur radio operator|radioamadora=amateur radio operator|radioamadores=amateur radio operators
radioamadorismo=amateur radio|ondas curtas=shortwave
# veganism
vegano=vegan|vegana=vegan|veganos=vegans|veganas=vegans|comida vegana=vegan food|recetas veganas=vegan recipes
veganerin=vegan|veganismus=veganism|rein pflanzlich=plant based|vegane=vegan|végétalienne=vegan|véganisme=veganism
végétalisme=veganism|cuisine végétale=plant based cooking|vegani=vegans|cucina vegana=vegan cooking
receitas veganas=vegan recipes|ricette vegane=vegan recipes|recettes vegan=vegan recipes
# animal welfare
bienestar animal=animal welfare|refugio de animales=animal shelter|rescate animal=animal rescue
maltrato animal=animal abuse|derechos de los animales=animal rights|animalista=animal rights activist
animalistas=animal rights activists|protección animal=animal protection|tierschutz=animal welfare
tierschützer=animal welfare activist|tierschützerin=animal welfare activist|tierheim=animal shelter
tierrechte=animal rights|tierrechtler=animal rights activist|tierrechtlerin=animal rights activist
tierwohl=animal welfare|bien-être animal=animal welfare|protection animale=animal protection
protection des animaux=animal protection|refuge pour animaux=animal shelter|refuge animalier=animal shelter
maltraitance animale=animal abuse|cause animale=animal rights|droits des animaux=animal rights
benessere animale=animal welfare|protezione degli animali=animal protection|canile=dog shelter
maltrattamento animale=animal abuse|diritti degli animali=animal rights|animalisti=animal rights activists
bem-estar animal=animal welfare|proteção animal=animal protection|causa animal=animal rights
abrigo de animais=animal shelter|resgate animal=animal rescue|protetora de animais=animal protector
protetor de animais=animal protector|direitos dos animais=animal rights|maus-tratos=animal abuse
# punk music
punkszene=punk scene|escena punk=punk scene|scena punk=punk scene|cena punk=punk scene|scène punk=punk scene
punki=punk|punkis=punks|música punk=punk music|punker=punk|punkerin=punk|punkband=punk band|punkkonzert=punk concert
deutschpunk=german punk|keupon=punk|musique punk=punk music
# streaming
retransmisión en directo=live stream|retransmisión en vivo=live stream|stream en direct=live stream
transmissão em direto=live stream|streamerinnen=streamers|transmisión en vivo=live stream
transmitir en vivo=live streaming|streamerin=streamer|streameuse=streamer|streameur=streamer
diffusion en direct=live broadcast|diretta streaming=live stream|transmissão ao vivo=live stream
# mobile development
desarrollo móvil=mobile development|desarrollo de aplicaciones=app development|desarrollador móvil=mobile developer
desarrolladora móvil=mobile developer|aplicaciones móviles=mobile apps|aplicación móvil=mobile app
desarrollador android=android developer|desarrolladora android=android developer|app-entwicklung=app development
app-entwickler=app developer|app-entwicklerin=app developer|développement mobile=mobile development
développeur mobile=mobile developer|développeuse mobile=mobile developer|applications mobiles=mobile apps
application mobile=mobile app|appli=app|applis=apps|sviluppo mobile=mobile development
sviluppatore mobile=mobile developer|sviluppatrice mobile=mobile developer|sviluppo app=app development
applicazioni mobili=mobile apps|desenvolvimento mobile=mobile development|desenvolvedor mobile=mobile developer
desenvolvedora mobile=mobile developer|desenvolvimento de aplicativos=app development|aplicativo=app|aplicativos=apps
# game development
desarrollo de videojuegos=game development|desarrollador de videojuegos=game developer
desarrolladora de videojuegos=game developer|diseñador de videojuegos=game designer
diseñadora de videojuegos=game designer|estudio de videojuegos=game studio|desarrollo de juegos=game development
programador de videojuegos=game programmer|spieleentwicklerin=game developer|spieledesigner=game designer
spieledesignerin=game designer|spielestudio=game studio|développement de jeux vidéo=game development
développeur de jeux vidéo=game developer|développeuse de jeux vidéo=game developer|concepteur de jeux=game designer
conceptrice de jeux=game designer|studio de jeux vidéo=game studio|jeu vidéo=video game
sviluppo di videogiochi=game development|sviluppatore di videogiochi=game developer
sviluppatrice di videogiochi=game developer|videogioco=video game|desenvolvimento de jogos=game development
desenvolvedor de jogos=game developer|desenvolvedora de jogos=game developer|desenvolvimento de games=game development
# robotics
robótica educativa=educational robotics|robotique éducative=educational robotics|roboticista=roboticist
robotista=roboticist|brazo robótico=robot arm|roboter=robot|robotiker=roboticist|robotikerin=roboticist
roboterarm=robot arm|roboticienne=roboticist|bras robotique=robot arm|braccio robotico=robot arm|robô=robot
robôs=robots|braço robótico=robot arm
# quantum computing
computación cuántica=quantum computing|ordenador cuántico=quantum computer|computadora cuántica=quantum computer
física cuántica=quantum physics|cúbit=qubit|cúbits=qubits|quanteninformatik=quantum computing
quantencomputing=quantum computing|quantenphysik=quantum physics|quantenrechner=quantum computer
informatique quantique=quantum computing|ordinateur quantique=quantum computer
ordinateurs quantiques=quantum computers|physique quantique=quantum physics|computazione quantistica=quantum computing
informatica quantistica=quantum computing|computer quantistico=quantum computer|computer quantistici=quantum computers
fisica quantistica=quantum physics|computação quântica=quantum computing|computador quântico=quantum computer
computadores quânticos=quantum computers|física quântica=quantum physics|quântico=quantum
# virtual reality
realidad virtual=virtual reality|realidad aumentada=augmented reality|gafas de realidad virtual=vr headset
virtuelle realität=virtual reality|erweiterte realität=augmented reality|vr-brille=vr headset
réalité virtuelle=virtual reality|réalité augmentée=augmented reality|casque de réalité virtuelle=vr headset
casque vr=vr headset|realtà virtuale=virtual reality|realtà aumentata=augmented reality|visore vr=vr headset
realidade virtual=virtual reality|realidade aumentada=augmented reality|óculos de realidade virtual=vr headset
óculos vr=vr headset|gafas vr=vr headset
# databases
bases de datos=databases|base de datos=database|administrador de bases de datos=database administrator
datenbankadministrator=database administrator|datenbankadministratorin=database administrator
datenbanksysteme=database systems|datenmodellierung=data modeling|base de données=database|bases de données=databases
administrateur de bases de données=database administrator|requêtes sql=sql queries|basi di dati=databases
base di dati=database|amministratore di database=database administrator|banco de dados=database
bancos de dados=databases|base de dados=database|administrador de banco de dados=database administrator
consultas sql=sql queries
# embedded systems
sistemas embebidos=embedded systems|sistemas empotrados=embedded systems|sistema embebido=embedded system
microcontrolador=microcontroller|microcontroladores=microcontrollers|eingebettete systeme=embedded systems
eingebettetes system=embedded system|mikrocontroller=microcontroller|systèmes embarqués=embedded systems
système embarqué=embedded system|logiciel embarqué=embedded software|informatique embarquée=embedded computing
microcontrôleur=microcontroller|microcontrôleurs=microcontrollers|sistemi embedded=embedded systems
microcontrollore=microcontroller|microcontrollori=microcontrollers|sistemas embarcados=embedded systems
sistema embarcado=embedded system|software embarcado=embedded software|software embebido=embedded software
# privacy
protección de datos=data protection|datos personales=personal data|vigilancia masiva=mass surveillance
datenschützer=privacy advocate|datenschützerin=privacy advocate|privatsphäre=privacy
datenschutzbeauftragter=data protection officer|datenschutzbeauftragte=data protection officer
massenüberwachung=mass surveillance|vie privée=privacy|protection des données=data protection
données personnelles=personal data|surveillance de masse=mass surveillance|riservatezza=privacy
protezione dei dati=data protection|dati personali=personal data|sorveglianza di massa=mass surveillance
proteção de dados=data protection|dados pessoais=personal data|vigilância em massa=mass surveillance
# accessibility
accessibilité web=web accessibility|accessibilità web=web accessibility|acessibilidade web=web accessibility
lecteur d'écran=screen reader|lector de pantalla=screen reader|bildschirmleser=screen reader
leitor de tela=screen reader|lettore di schermo=screen reader|audiodescripción=audio description
audiodescrição=audio description|audiodescrizione=audio description|audiodescription=audio description
accesible=accessible|accesibilidad web=web accessibility|lectura fácil=easy read|barrierefreie=accessible
leichte sprache=easy language|accessibilité numérique=digital accessibility|accessibile=accessible
barriere architettoniche=architectural barriers|acessível=accessible|acessibilidade digital=digital accessibility
accessibilità digitale=digital accessibility|diseño universal=universal design
# software testing
pruebas de software=software testing|aseguramiento de calidad=quality assurance|pruebas automatizadas=automated tests
pruebas unitarias=unit tests|softwaretest=software testing|softwaretests=software tests
softwaretesterin=software tester|testautomatisierung=test automation|qualitätssicherung=quality assurance
testerin=tester|test logiciel=software testing|tests logiciels=software tests|testeuse=tester
tests automatisés=automated tests|assurance qualité=quality assurance|tests unitaires=unit tests
test automatizzati=automated tests|teste de software=software testing|testes de software=software testing
analista de testes=test analyst|testes automatizados=automated tests|garantia de qualidade=quality assurance
testes unitários=unit tests|analista de pruebas=test analyst|test del software=software testing
# programming
lenguaje de programación=programming language|lenguajes de programación=programming languages
programmiersprache=programming language|programmiersprachen=programming languages
softwareentwicklerin=software developer|softwareentwicklung=software development|coden=coding
informatiker=computer scientist|informatikerin=computer scientist|programmeuse=programmer
langage de programmation=programming language|code source=source code|informaticien=computer scientist
informaticienne=computer scientist|linguaggio di programmazione=programming language
linguagem de programação=programming language
# sales
representante de ventas=sales representative|director comercial=sales director|directora comercial=sales director
jefe de ventas=sales manager|jefa de ventas=sales manager|ejecutivo de ventas=sales executive
ejecutiva de ventas=sales executive|verkäufer=salesperson|verkäuferin=salesperson|außendienst=field sales
vertriebsleiterin=sales manager|kundenakquise=customer acquisition|kaltakquise=cold calling|ventes=sales
vendeur=salesperson|vendeuse=salesperson|directeur commercial=sales director|directrice commerciale=sales director
ingénieur commercial=sales engineer|prospection=prospecting|vendite=sales|direttore commerciale=sales director
direttrice commerciale=sales director|responsabile vendite=sales manager|agente di commercio=sales agent
representante comercial=sales representative|diretor comercial=sales director|diretora comercial=sales director
gerente de vendas=sales manager|executivo de vendas=sales executive|executiva de vendas=sales executive
prospecção=prospecting
# customer success
éxito del cliente=customer success|atención al cliente=customer service|servicio al cliente=customer service
experiencia del cliente=customer experience|fidelización=customer retention|gerente de cuentas=account manager
kundenbetreuung=customer care|kundenservice=customer service|kundenzufriedenheit=customer satisfaction
kundenbindung=customer retention|kundenbetreuer=account manager|kundenbetreuerin=account manager
kundenerlebnis=customer experience|succès client=customer success|relation client=customer relations
service client=customer service|expérience client=customer experience|satisfaction client=customer satisfaction
chargé de clientèle=account manager|chargée de clientèle=account manager|fidélisation client=customer retention
successo del cliente=customer success|assistenza clienti=customer service|servizio clienti=customer service
esperienza cliente=customer experience|soddisfazione del cliente=customer satisfaction
fidelizzazione=customer retention|sucesso do cliente=customer success|atendimento ao cliente=customer service
experiência do cliente=customer experience|satisfação do cliente=customer satisfaction|fidelização=customer retention
gerente de contas=account manager
# supply chain
cadena de suministro=supply chain|cadena de suministros=supply chain|aprovisionamiento=procurement|almacén=warehouse
transporte de mercancías=freight transport|lieferketten=supply chains|logistik=logistics
lagerhaltung=inventory management|spedition=freight forwarding|lieferkettenmanagement=supply chain management
chaîne d'approvisionnement=supply chain|chaîne logistique=supply chain|entrepôt=warehouse
gestion des stocks=inventory management|transitaire=freight forwarder|catena di approvvigionamento=supply chain
catena di fornitura=supply chain|approvvigionamento=procurement|magazzino=warehouse
gestione delle scorte=inventory management|cadeia de suprimentos=supply chain|cadeia de abastecimento=supply chain
armazém=warehouse|gestão de estoque=inventory management
# manufacturing
producción industrial=industrial production|planta de producción=production plant|operario=factory worker
operaria=factory worker|cadena de montaje=assembly line|mejora continua=continuous improvement
manufactura esbelta=lean manufacturing|fertigungstechnik=manufacturing engineering
produktionsleiter=production manager|produktionsleiterin=production manager|fließband=assembly line
industriemechaniker=industrial mechanic|zerspanungsmechaniker=machinist|usines=factories
production industrielle=industrial production|chaîne de production=production line|ouvrier=factory worker
ouvrière=factory worker|amélioration continue=continuous improvement|responsable de production=production manager
fabbrica=factory|catena di montaggio=assembly line|operaio=factory worker|operaia=factory worker
manifattura=manufacturing|responsabile di produzione=production manager|miglioramento continuo=continuous improvement
fabricação=manufacturing|manufatura=manufacturing|linha de produção=production line|chão de fábrica=shop floor
melhoria contínua=continuous improvement|produção industrial=industrial production|línea de producción=production line
linea di produzione=production line
# construction
albañilería=masonry|constructora=construction company|maestro de obras=foreman|jefe de obra=site manager
jefa de obra=site manager|aparejador=quantity surveyor|aparejadora=quantity surveyor|baustellen=construction sites
bauarbeiter=construction worker|bauleiterin=site manager|maurer=bricklayer|hochbau=building construction
tiefbau=civil engineering|bauwesen=construction|bauhandwerk=building trade|chantier=construction site
chantiers=construction sites|conducteur de travaux=site manager|conductrice de travaux=site manager
chef de chantier=site foreman|ouvrier du bâtiment=construction worker|cantieri=construction sites|muratore=bricklayer
capocantiere=site foreman|impresa edile=construction company|construção civil=construction
canteiro de obras=construction site|pedreiro=bricklayer|mestre de obras=foreman|construtora=construction company
obra civil=civil works
# engineering
ingenieros=engineers|ingeniero mecánico=mechanical engineer|ingeniera mecánica=mechanical engineer
ingeniero civil=civil engineer|ingeniera civil=civil engineer|ingeniero industrial=industrial engineer
ingeniera industrial=industrial engineer|ingeniería mecánica=mechanical engineering|ingenieurwesen=engineering
ingenieurwissenschaften=engineering sciences|maschinenbauingenieur=mechanical engineer
maschinenbauingenieurin=mechanical engineer|maschinenbau=mechanical engineering|elektroingenieur=electrical engineer
elektroingenieurin=electrical engineer|verfahrenstechnik=process engineering|ingénieurs=engineers
ingénierie=engineering|génie civil=civil engineering|génie mécanique=mechanical engineering
bureau d'études=engineering office|ingegnera=engineer|ingegneri=engineers|ingegneria meccanica=mechanical engineering
ingegneria civile=civil engineering|ingegnere meccanico=mechanical engineer|engenheiros=engineers
engenharia civil=civil engineering|engenharia mecânica=mechanical engineering|engenheiro mecânico=mechanical engineer
engenheiro civil=civil engineer|engenheira civil=civil engineer|bauingenieur=civil engineer
bauingenieurin=civil engineer
# project management
gestión de proyectos=project management|jefe de proyecto=project manager|jefa de proyecto=project manager
director de proyectos=project director|directora de proyectos=project director|gerente de proyectos=project manager
metodologías ágiles=agile methodologies|projektmanagement=project management|projektleiter=project manager
projektleiterin=project manager|projektleitung=project management|projektplanung=project planning
gestion de projet=project management|gestion de projets=project management|chef de projet=project manager
cheffe de projet=project manager|chef de projets=project manager|cheffe de projets=project manager
directeur de projet=project director|directrice de projet=project director|conduite de projet=project management
méthodes agiles=agile methods|gestione progetti=project management|gestione dei progetti=project management
capo progetto=project manager|responsabile di progetto=project manager|gestão de projetos=project management
gerente de projetos=project manager|gerente de projeto=project manager|gestor de projetos=project manager
gestora de projetos=project manager|metodologias ágeis=agile methodologies
# consulting
managementberatung=management consulting|conseil en management=management consulting
consultoria de gestão=management consulting|consultoría de gestión=management consulting
consulenza strategica=strategy consulting|consulenza aziendale=business consulting
consultoria estratégica=strategy consulting|it-berater=it consultant|it-beraterin=it consultant
consultores=consultants|beraterin=consultant|unternehmensberatung=management consulting
strategieberatung=strategy consulting|cabinet de conseil=consulting firm|conseil en stratégie=strategy consulting
consulenti=consultants|società di consulenza=consulting firm|consulente aziendale=business consultant
empresa de consultoría=consulting firm|consultoria empresarial=business consulting
# public relations
relaciones públicas=public relations|comunicación corporativa=corporate communications|gabinete de prensa=press office
jefe de prensa=press officer|jefa de prensa=press officer|portavoz=spokesperson|nota de prensa=press release
öffentlichkeitsarbeit=public relations|pressestelle=press office|pressemitteilung=press release
unternehmenskommunikation=corporate communications|relations publiques=public relations
relations presse=press relations|attaché de presse=press officer|attachée de presse=press officer
communiqué de presse=press release|relazioni pubbliche=public relations|ufficio stampa=press office
addetto stampa=press officer|addetta stampa=press officer|comunicato stampa=press release|portavoce=spokesperson
relações públicas=public relations|assessoria de imprensa=press office|assessor de imprensa=press officer
assessora de imprensa=press officer|comunicado de imprensa=press release|porte-parole=spokesperson
# copywriting
redactora=copywriter|redacción publicitaria=copywriting|redactor publicitario=copywriter
redactora publicitaria=copywriter|redacción de contenidos=content writing|texter=copywriter|texterin=copywriter
texten=copywriting|werbetext=advertising copy|werbetexte=advertising copy|rédacteur web=web copywriter
rédactrice web=web copywriter|rédaction web=web copywriting|concepteur-rédacteur=copywriter
conceptrice-rédactrice=copywriter|rédaction publicitaire=copywriting|testi pubblicitari=advertising copy
redação publicitária=copywriting|redator publicitário=copywriter|redatora publicitária=copywriter
scrittura persuasiva=persuasive writing|escrita persuasiva=persuasive writing
# seo
posicionamiento web=seo|posicionamiento seo=seo|posicionamiento en buscadores=seo|buscadores=search engines
palabras clave=keywords|suchmaschinen=search engines|suchmaschinenmarketing=search engine marketing
référencement naturel=seo|moteurs de recherche=search engines|référenceur=seo specialist|référenceuse=seo specialist
motori di ricerca=search engines|posizionamento sui motori di ricerca=seo|ottimizzazione per i motori di ricerca=seo
parole chiave=keywords|mecanismos de busca=search engines|motores de busca=search engines|palavras-chave=keywords
mots-clés=keywords|posicionamento seo=seo|posizionamento seo=seo
# social media marketing
redes sociales=social media|gestor de redes sociales=social media manager
gestora de redes sociales=social media manager|gestión de redes sociales=social media management
marketing en redes sociales=social media marketing|publicidad en redes=social media advertising
soziale medien=social media|soziale netzwerke=social networks|réseaux sociaux=social media
gestionnaire de communauté=community manager|marketing des réseaux sociaux=social media marketing
gestione dei social=social media management|marketing sui social=social media marketing|redes sociais=social media
gestor de redes sociais=social media manager|gestora de redes sociais=social media manager
gestão de redes sociais=social media management|marketing nas redes sociais=social media marketing
mídias sociais=social media|social-media-managerin=social media manager|social-media-manager=social media manager
reti sociali=social networks
# content creation
creador de contenido=content creator|creadora de contenido=content creator|creación de contenido=content creation
creadores de contenido=content creators|creador digital=digital creator|creadora digital=digital creator
créateur de contenu=content creator|créatrice de contenu=content creator|création de contenu=content creation
créateurs de contenu=content creators|influenceur=influencer|influenceuse=influencer|vidéaste=video maker
creatore di contenuti=content creator|creatrice di contenuti=content creator|creazione di contenuti=content creation
criador de conteúdo=content creator|criadora de conteúdo=content creator|criação de conteúdo=content creation
produtor de conteúdo=content creator|produtora de conteúdo=content creator|criadores de conteúdo=content creators
influenciador=influencer|influenciadora=influencer|influenciadores=influencers|creador de contenidos=content creator
creadora de contenidos=content creator|content-creatorin=content creator
# freelancing
trabajador autónomo=freelancer|trabajadora autónoma=freelancer|trabajo por cuenta propia=self-employment
freiberuflich=freelance|selbstständige=self-employed|selbständige=self-employed|freelancerin=freelancer
autoentrepreneur=freelancer|autoentrepreneuse=freelancer|microentrepreneur=freelancer
travailleur indépendant=freelancer|travailleuse indépendante=freelancer|pigiste=freelance journalist
libero professionista=freelancer|libera professionista=freelancer|partita iva=self-employed
lavoratore autonomo=freelancer|lavoratrice autonoma=freelancer|trabalhador autônomo=freelancer
trabalhadora autônoma=freelancer|profissional liberal=freelancer|frila=freelance gig|freela=freelance gig
# remote work
trabajo remoto=remote work|trabajo en remoto=remote work|trabajar desde casa=work from home
nómada digital=digital nomad|nómadas digitales=digital nomads|teletrabajar=remote working|telearbeit=remote work
mobiles arbeiten=remote work|digitaler nomade=digital nomad|digitale nomadin=digital nomad
ortsunabhängig=location independent|télétravailler=remote working|travail à distance=remote work
nomade digital=digital nomad|nomade numérique=digital nomad|nomades digitaux=digital nomads
lavoro da remoto=remote work|lavoro a distanza=remote work|telelavoro=remote work|nomade digitale=digital nomad
nomadi digitali=digital nomads|lavorare da casa=work from home|trabalho remoto=remote work|teletrabalho=remote work
nômades digitais=digital nomads|trabalhar de casa=work from home|smart working=remote work
# productivity
gestión del tiempo=time management|organización personal=personal organization|lista de tareas=to do list
zeitmanagement=time management|selbstorganisation=self organization|aufschieberitis=procrastination
prokrastination=procrastination|gestion du temps=time management|organisation personnelle=personal organization
liste de tâches=to do list|gestione del tempo=time management|procrastinazione=procrastination
gestão do tempo=time management|gestão de tempo=time management|procrastinação=procrastination
lista de tarefas=to do list|procrastinación=procrastination|hábitos productivos=productive habits
# academia
doctorado=phd|tesis doctoral=doctoral thesis|catedrático=professor|catedrática=professor
profesor universitario=university professor|profesora universitaria=university professor|académico=academic
académica=academic|posdoctorado=postdoc|doktorarbeit=doctoral thesis|wissenschaftler=scientist
wissenschaftlerin=scientist|professorin=professor|lehrstuhl=professorship
wissenschaftliche mitarbeiterin=research associate|wissenschaftlicher mitarbeiter=research associate|doctorat=phd
maître de conférences=lecturer|maîtresse de conférences=lecturer|enseignant-chercheur=academic
enseignante-chercheuse=academic|universitaire=academic|dottorato=phd|tesi di dottorato=doctoral thesis
professore universitario=university professor|professoressa universitaria=university professor|accademico=academic
accademica=academic|assegnista di ricerca=postdoc|doutorado=phd|mestrado=master's degree|mestranda=master's student
mestrando=master's student|tese=thesis|professor universitário=university professor
professora universitária=university professor|pós-doutorado=postdoc|pós-doc=postdoc|postdoktorand=postdoc
postdoktorandin=postdoc
# libraries
bibliotecas=libraries|bibliotecología=library science|biblioteconomía=library science|bibliotheken=libraries
bücherei=library|stadtbibliothek=public library|stadtbücherei=public library|bibliothekswesen=librarianship
bibliothèque=library|bibliothèques=libraries|médiathèque=media library|médiathécaire=librarian|biblioteche=libraries
biblioteca pública=public library|biblioteca pubblica=public library|bibliothèque municipale=public library
# nonprofits
sin ánimo de lucro=nonprofit|sin fines de lucro=nonprofit|ong=ngo|oenegé=ngo|tercer sector=third sector
gemeinnütziger verein=nonprofit association|stiftung=foundation|hilfsorganisation=aid organization
nichtregierungsorganisation=ngo|à but non lucratif=nonprofit|sans but lucratif=nonprofit|associatif=nonprofit
milieu associatif=nonprofit sector|secteur associatif=nonprofit sector|monde associatif=nonprofit sector
senza scopo di lucro=nonprofit|onlus=nonprofit|terzo settore=third sector
associazione di volontariato=volunteer association|sem fins lucrativos=nonprofit|ongs=ngos|terceiro setor=third sector
organização não governamental=ngo|organización no gubernamental=ngo|organisation non gouvernementale=ngo
organizzazione non governativa=ngo
# volunteering
ehrenamtler=volunteer|ehrenamtlerin=volunteer|bénévolement=volunteering|voluntarios=volunteers|voluntarias=volunteers
ehrenamtliche=volunteers|ehrenamtlicher=volunteer|freiwillige=volunteers|freiwilliger=volunteer
freiwilligenarbeit=volunteer work|freiwilligendienst=voluntary service|volontariat=volunteering|volontari=volunteers
volontarie=volunteers|trabalho voluntário=volunteer work|trabajo voluntario=volunteer work
# philanthropy
filántropo=philanthropist|filántropa=philanthropist|donaciones=donations|mecenazgo=patronage|mecenas=patron
philanthrop=philanthropist|philanthropin=philanthropist|spende=donation|stifter=donor|stifterin=donor
philanthrope=philanthropist|mécénat=patronage|mécène=patron|donateur=donor|donatrice=donor|mecenatismo=patronage
mecenate=patron|donazioni=donations|benefattore=benefactor|benefattrice=benefactor|doações=donations|doador=donor
doadora=donor|obras de caridad=charity|beneficenza=charity|caridade=charity|wohltätigkeit=charity|bienfaisance=charity
spendenaktion=fundraiser|raccolta fondi=fundraising|recaudación de fondos=fundraising
arrecadação de fundos=fundraising
# urban planning
urbanistas=urban planners|planeamiento urbano=urban planning|ordenación del territorio=spatial planning
movilidad urbana=urban mobility|stadtentwicklung=urban development|raumplanung=spatial planning|städtebau=urban design
verkehrsplanung=transport planning|verkehrswende=transport transition|aménagement du territoire=spatial planning
aménagement urbain=urban planning|mobilité urbaine=urban mobility|pianificazione territoriale=spatial planning
mobilità urbana=urban mobility|rigenerazione urbana=urban regeneration|planeamento urbano=urban planning
mobilidade urbana=urban mobility|ordenamento do território=spatial planning
# public transport
tren=train|trenes=trains|öpnv=public transport|bahn=train|züge=trains|fahrgast=passenger|fahrgäste=passengers
transport public=public transport|transports publics=public transport|rer=commuter train
trasporti pubblici=public transport|mezzi pubblici=public transport|treno=train|treni=trains|ferrovia=railway
pendolare=commuter|pendolari=commuters|transportes públicos=public transport|trem=train|comboio=train
ferroviário=railway|transporte colectivo=public transport
# local politics
política local=local politics|pleno municipal=council meeting|regidor=councillor|regidora=councillor
kommunalpolitiker=local politician|kommunalpolitikerin=local politician|gemeinderätin=councillor
kommunalwahlen=local elections|kreistag=district council|politique locale=local politics
conseiller municipal=councillor|mairie=town hall|élu local=local councillor|élue locale=local councillor
politica locale=local politics|consigliera comunale=councillor|sindaca=mayor|assessore=councillor|assessora=councillor
giunta comunale=city council|câmara municipal=city council|prefeitura=city hall|autarca=mayor
autárquicas=local elections
# activism
activismo=activism|protesta=protest|movimiento social=social movement|aktivismus=activism
klimaaktivist=climate activist|klimaaktivistin=climate activist|bürgerinitiative=citizens initiative
activisme=activism|activiste=activist|activistes=activists|manif=protest|attivismo=activism|corteo=protest march
ativismo=activism|protesto=protest|militância=activism|movimientos sociales=social movements
movimenti sociali=social movements|movimentos sociais=social movements|mouvements sociaux=social movements
# disability rights
personas con discapacidad=disabled people|persona con discapacidad=disabled person|diversidad funcional=disability
silla de ruedas=wheelchair|capacitismo=ableism|behinderungen=disabilities|menschen mit behinderung=disabled people
rollstuhl=wheelchair|rollstuhlfahrer=wheelchair user|rollstuhlfahrerin=wheelchair user|ableismus=ableism
schwerbehindert=severely disabled|personnes handicapées=disabled people|personne handicapée=disabled person
en situation de handicap=disabled|fauteuil roulant=wheelchair|validisme=ableism|handicapé=disabled|handicapée=disabled
persone con disabilità=disabled people|persona con disabilità=disabled person|disabile=disabled
sedia a rotelle=wheelchair|abilismo=ableism|pessoas com deficiência=disabled people
pessoa com deficiência=disabled person|pcd=disabled person|cadeira de rodas=wheelchair|cadeirante=wheelchair user
derechos de las personas con discapacidad=disability rights|behindertenrechte=disability rights
# lgbtq rights
lgtbi=lgbt|lgbti=lgbt|lgtb=lgbt|colectivo lgtb=lgbt community|orgullo gay=gay pride|orgullo lgtb=lgbt pride
derechos lgtb=lgbt rights|diversidad sexual=sexual diversity|lesbiana=lesbian|persona trans=transgender person
matrimonio igualitario=marriage equality|homofobia=homophobia|transfobia=transphobia|lesbe=lesbian
ehe für alle=marriage equality|csd=pride parade|homophobie=homophobia|transfeindlichkeit=transphobia
queerfeindlichkeit=homophobia|marche des fiertés=pride march|lesbienne=lesbian|mariage pour tous=marriage equality
transphobie=transphobia|omosessuale=gay|omofobia=homophobia|lesbica=lesbian|unioni civili=civil unions
matrimonio egualitario=marriage equality|diritti lgbt=lgbt rights|parada lgbt=pride parade
parada do orgulho=pride parade|lgbtfobia=homophobia|casamento igualitário=marriage equality
diversidade sexual=sexual diversity|droits lgbt=lgbt rights|direitos lgbt=lgbt rights|derechos lgbt=lgbt rights
# labor unions
sindicalistas=trade unionists|sindicalismo=trade unionism|huelga general=general strike
negociación colectiva=collective bargaining|convenio colectivo=collective agreement union
delegado sindical=union representative|delegada sindical=union representative|gewerkschaftlich=trade union
betriebsrat=works council union|betriebsrätin=works council union|tarifvertrag=collective agreement union
warnstreik=labor strike|generalstreik=general strike|syndicalistes=trade unionists|syndicalisme=trade unionism
délégué syndical=union representative|déléguée syndicale=union representative
négociation collective=collective bargaining|convention collective=collective agreement union
sindacalismo=trade unionism|scioperi=labor strikes|sciopero generale=general strike
contrattazione collettiva=collective bargaining|contratto collettivo=collective agreement union|greves=labor strikes
greve geral=general strike|negociação coletiva=collective bargaining|dirigente sindical=union leader
central sindical=union federation
# foreign policy
política exterior=foreign policy|diplomáticos=diplomats|embajada=embassy|cancillería=foreign ministry
außenpolitisch=foreign policy|diplomaten=diplomats|internationale beziehungen=international relations
sicherheitspolitik=security policy|relations internationales=international relations|diplomates=diplomats
ambassade=embassy|affaires étrangères=foreign affairs|relazioni internazionali=international relations
ambasciata=embassy|relações internacionais=international relations|diplomatas=diplomats|embaixada=embassy
# defense
fuerzas armadas=armed forces|fuerza aérea=air force|soldado=soldier|soldados=soldiers
ministerio de defensa=defense ministry|industria de defensa=defense industry|soldaten=soldiers
rüstungsindustrie=defense industry|verteidigungspolitik=defense policy|luftwaffe=air force|offizier=military officer
offizierin=military officer|verteidigungsministerium=defense ministry|armées=armed forces|forces armées=armed forces
militaire=military|armée de l'air=air force|marine nationale=navy|industrie de défense=defense industry|difesa=defense
militare=military|militari=military|soldato=soldier|soldati=soldiers|aeronautica militare=air force
marina militare=navy|industria della difesa=defense industry|defesa=defense|força aérea=air force|marinha=navy
indústria de defesa=defense industry
# criminal justice
justicia penal=criminal justice|derecho penal=criminal law|penalista=criminal lawyer
abogado penalista=criminal defense lawyer|abogada penalista=criminal defense lawyer|prisión=prison
sistema penitenciario=prison system|criminólogo=criminologist|criminóloga=criminologist|strafrecht=criminal law
strafverteidiger=criminal defense lawyer|strafverteidigerin=criminal defense lawyer|staatsanwaltschaft=prosecution
justizvollzug=prison system|kriminologe=criminologist|kriminologin=criminologist|droit pénal=criminal law
pénaliste=criminal lawyer|avocat pénaliste=criminal defense lawyer|avocate pénaliste=criminal defense lawyer
procureure=prosecutor|détenus=prisoners|milieu carcéral=prison system|criminologue=criminologist
système pénitentiaire=prison system|diritto penale=criminal law|avvocato penalista=criminal defense lawyer
avvocata penalista=criminal defense lawyer|pubblico ministero=prosecutor|carceri=prisons|detenuti=prisoners
justiça criminal=criminal justice|direito penal=criminal law|advogado criminalista=criminal defense lawyer
advogada criminalista=criminal defense lawyer|promotor de justiça=prosecutor|presídios=prisons
encarceramento=incarceration|criminologista=criminologist
# social work
trabajo social=social work|trabajadores sociales=social workers|servicios sociales=social services
educador social=social worker|educadora social=social worker|soziale arbeit=social work|sozialpädagoge=social worker
sozialpädagogin=social worker|sozialpädagogik=social work pedagogy|jugendamt=child welfare office
jugendhilfe=youth welfare|kinder- und jugendhilfe=youth welfare|travail social=social work
travailleurs sociaux=social workers|assistant social=social worker|assistantes sociales=social workers
éducateur spécialisé=social worker|éducatrice spécialisée=social worker|protection de l'enfance=child protection
servizio sociale=social work|assistenti sociali=social workers|servizi sociali=social services
educatore professionale=social worker|educatrice professionale=social worker|operatore sociale=social worker
operatrice sociale=social worker|serviço social=social work|assistentes sociais=social workers
trabalho social=social work|trabalhador social=social worker|trabalhadora social=social worker
serviços sociais=social services
# education policy
políticas educativas=education policy|reforma educativa=education reform|sistema educativo=education system
educación pública=public education|escuela pública=public school|ministerio de educación=education ministry
bildungssystem=education system|bildungsreform=education reform|schulpolitik=school policy
bildungsgerechtigkeit=education equity|kultusministerium=education ministry|schulreform=school reform
bildungsforschung=education research|politiques éducatives=education policy|système éducatif=education system
réforme scolaire=school reform|éducation nationale=education ministry|école publique=public school
politiche educative=education policy|sistema scolastico=education system|riforma della scuola=school reform
scuola pubblica=public school|istruzione pubblica=public education|ministero dell'istruzione=education ministry
políticas educacionais=education policy|sistema educacional=education system|reforma educacional=education reform
escola pública=public school|educação pública=public education|ministério da educação=education ministry
# neuroscience
neurociencias=neuroscience|cerebro=brain|neurona=neuron|neurología=neurology|neurólogo=neurologist
neuróloga=neurologist|gehirn=brain|hirnforscher=neuroscientist|hirnforscherin=neuroscientist|nervenzellen=neurons
neurologe=neurologist|neurologin=neurologist|cerveau=brain|neurologue=neurologist|neurobiologie=neurobiology
sciences cognitives=cognitive science|cervello=brain
# geology
geólogos=geologists|sismología=seismology|vulcanología=volcanology|gesteine=rocks|vulkan=volcano|vulkane=volcanoes
vulkanologie=volcanology|geowissenschaften=geosciences|erdgeschichte=geological history|géologues=geologists
géosciences=geosciences|volcanologue=volcanologist|sismologie=seismology|geologi=geologists|vulcano=volcano
vulcanologo=volcanologist|vulcanologa=volcanologist|vulcão=volcano|vulcões=volcanoes|geociências=geosciences
# oceanography
océanos=oceans|biología marina=marine biology|biólogo marino=marine biologist|bióloga marina=marine biologist
ciencias del mar=marine science|ozeane=oceans|meeresforscher=marine scientist|meeresforscherin=marine scientist
meeresbiologie=marine biology|meeresbiologe=marine biologist|meeresbiologin=marine biologist|tiefsee=deep sea
océans=oceans|biologie marine=marine biology|biologiste marin=marine biologist|biologiste marine=marine biologist
courants marins=ocean currents|sciences de la mer=marine science|oceani=oceans|correnti oceaniche=ocean currents
fondali marini=seabed|biologia marinha=marine biology|biólogo marinho=marine biologist
bióloga marinha=marine biologist|ciências do mar=marine science
# weather
pronóstico del tiempo=weather forecast|previsión meteorológica=weather forecast|lluvia=rain|tormenta=storm
tormentas=storms|nieve=snow|granizo=hail|ola de calor=heatwave|wettervorhersage=weather forecast|gewitter=thunderstorm
schnee=snow|sturm=storm|hitzewelle=heatwave|wetterdienst=weather service|wetterstation=weather station
sturmjäger=storm chaser|unwetterwarnung=severe weather warning|prévisions météo=weather forecast|orage=thunderstorm
orages=thunderstorms|pluie=rain|neige=snow|tempête=storm|grêle=hail|canicule=heatwave
previsioni meteo=weather forecast|temporale=thunderstorm|temporali=thunderstorms|pioggia=rain|grandine=hail
ondata di calore=heatwave|tempesta=storm|previsão do tempo=weather forecast|chuva=rain|tempestade=storm
tempestades=storms|onda de calor=heatwave
# paleontology
fósil=fossil|yacimiento paleontológico=fossil site|saurier=dinosaurs|fossile=fossil|dinosaure=dinosaur
dinosauro=dinosaur|fóssil=fossil|dinossauro=dinosaur|paleontólogos=paleontologists|paläontologen=paleontologists
paléontologues=paleontologists|paleontologi=paleontologists|fossiliensammler=fossil collector
fossiliensammlerin=fossil collector|chasseur de fossiles=fossil hunter|caza de fósiles=fossil hunting
fossilienjagd=fossil hunting|caccia ai fossili=fossil hunting
# anthropology
etnografía=ethnography|etnógrafo=ethnographer|etnógrafa=ethnographer|antropología social=social anthropology
anthropologie=anthropology|anthropologe=anthropologist|anthropologin=anthropologist|ethnologe=ethnologist
ethnografie=ethnography|kulturanthropologie=cultural anthropology|sozialanthropologie=social anthropology
völkerkunde=ethnology|ethnographie=ethnography|anthropologie sociale=social anthropology|etnologia=ethnology
antropologia culturale=cultural anthropology
# sociology
sociólogos=sociologists|desigualdad social=social inequality|movimientos sociales=social movements
soziologen=sociologists|soziale ungleichheit=social inequality|sozialwissenschaften=social sciences
sozialforschung=social research|sociologues=sociologists|inégalités sociales=social inequality
sciences sociales=social sciences|mouvements sociaux=social movements|sociologi=sociologists
disuguaglianze sociali=social inequality|scienze sociali=social sciences|ciências sociais=social sciences
desigualdade social=social inequality|cientista social=social scientist|ciencias sociales=social sciences
# botany
jardín botánico=botanical garden|helechos=ferns|orquídeas=orchids|herbario=herbarium|pflanzenkunde=botany
botanischer garten=botanical garden|orchideen=orchids|wildpflanzen=wild plants|pflanzenbestimmung=plant identification
botanistes=botanists|jardin botanique=botanical garden|herbier=herbarium|fougères=ferns|orchidées=orchids
plantes sauvages=wild plants|orto botanico=botanical garden|erbario=herbarium|felci=ferns|orchidee=orchids
jardim botânico=botanical garden|samambaias=ferns
# entomology
insecto=insect|polillas=moths|hormigas=ants|libélulas=dragonflies|insekt=insect|insektenkunde=entomology|käfer=beetles
nachtfalter=moths|ameisen=ants|wildbienen=wild bees|libellen=dragonflies|insecte=insect|papillons de nuit=moths
fourmis=ants|libellules=dragonflies|insetto=insect|coleotteri=beetles|falene=moths|formiche=ants|libellule=dragonflies
inseto=insect|besouros=beetles|formigas=ants
# energy policy
política energética=energy policy|energías renovables=renewable energy|energía renovable=renewable energy
energía solar=solar energy|energía eólica=wind energy|energía nuclear=nuclear energy
eficiencia energética=energy efficiency|mercado eléctrico=electricity market|erneuerbare energien=renewable energy
windenergie=wind energy|solarenergie=solar energy|atomkraft=nuclear power|kernenergie=nuclear energy
strompreis=electricity price|strompreise=electricity prices|energieeffizienz=energy efficiency
kohleausstieg=coal phaseout|netzausbau=power grid expansion|atomausstieg=nuclear phaseout
politique énergétique=energy policy|énergies renouvelables=renewable energy|éoliennes=wind turbines
photovoltaïque=solar power|énergie nucléaire=nuclear energy|sobriété énergétique=energy saving
energie rinnovabili=renewable energy|energia nucleare=nuclear energy|energias renováveis=renewable energy
fotovoltaica=solar power|setor elétrico=electricity sector
# forestry
ingeniera forestal=forester|ingeniería forestal=forestry engineering|guardabosques=forest ranger
incendios forestales=wildfires|agente forestal=forest ranger|waldbau=silviculture|forstwirt=forestry worker
forstwirtin=forestry worker|waldbrand=wildfire|waldbrände=wildfires|holzernte=timber harvest
forstwissenschaft=forestry science|revierförster=forester|waldarbeit=forestry work|forestiers=foresters
garde forestier=forest ranger|bûcheron=lumberjack|bûcheronne=lumberjack|feux de forêt=wildfires
ingénieur forestier=forester|selvicoltura=forestry|dottore forestale=forester|guardia forestale=forest ranger
boscaiolo=lumberjack|incendi boschivi=wildfires|engenheira florestal=forester
engenharia florestal=forestry engineering|incêndios florestais=wildfires|guarda florestal=forest ranger
# music production
productores musicales=music producers|masterización=mastering music|ingeniero de sonido=sound engineer
ingeniera de sonido=sound engineer|aufnahmestudio=recording studio|abmischen=mixing music
production musicale=music production|productrice de musique=music producer|studio d'enregistrement=recording studio
ingénieur du son=sound engineer|ingénieure du son=sound engineer|produttrice musicale=music producer
studio di registrazione=recording studio|missaggio=mixing music|masterizzazione=mastering music
tecnico del suono=sound engineer|produção musical=music production|produtora musical=music producer
estúdio de gravação=recording studio|mixagem=mixing music|engenheiro de som=sound engineer
engenheira de som=sound engineer
# vinyl records
discos de vinilo=vinyl records|tienda de discos=record store|coleccionista de vinilos=record collector
plattenladen=record store|plattensammler=record collector|plattensammlerin=record collector
vinylsammlung=vinyl collection|disques vinyles=vinyl records|tourne-disque=record player
collection de vinyles=vinyl collection|dischi in vinile=vinyl records|negozio di dischi=record store
collezione di vinili=vinyl collection|vinis=vinyl records|vitrola=record player|loja de discos=record store
colecionador de discos=record collector
# synthesizers
síntesis modular=modular synthesis|sintetizador modular=modular synthesizer|synthie=synth|synthies=synths
klangsynthese=sound synthesis|analogsynthesizer=analog synthesizer|synthèse sonore=sound synthesis
synthé modulaire=modular synth|synthétiseur modulaire=modular synthesizer|sintesi sonora=sound synthesis
sintetizzatore modulare=modular synthesizer|síntese sonora=sound synthesis
# sound design
diseño de sonido=sound design|diseñadora de sonido=sound designer|efectos de sonido=sound effects
paisaje sonoro=soundscape|sounddesign=sound design|sounddesigner=sound designer|geräuschemacherin=foley artist
soundeffekte=sound effects|klanglandschaft=soundscape|tongestaltung=sound design|design sonore=sound design
concepteur sonore=sound designer|conceptrice sonore=sound designer|bruitage=foley sound effects
effets sonores=sound effects|paysage sonore=soundscape|création sonore=sound design|progettazione sonora=sound design
effetti sonori=sound effects|paesaggio sonoro=soundscape|rumorista=foley artist|design de som=sound design
desenho de som=sound design|efeitos sonoros=sound effects|paisagem sonora=soundscape|sonoplasta=sound designer
sonoplastia=sound design
# blues
blusero=blues musician|blusera=blues musician|guitarrista de blues=blues guitarist|festival de blues=blues festival
bluesmusikerin=blues musician|bluesgitarrist=blues guitarist|bluesgitarristin=blues guitarist|bluesband=blues band
bluesrock=blues rock|bluesfestival=blues festival|guitariste de blues=blues guitarist|musicien de blues=blues musician
chitarrista blues=blues guitarist|musicista blues=blues musician|músico de blues=blues musician
# reggae
reggaemusik=reggae music|reggaeband=reggae band|reggaefestival=reggae festival|reggaemusiker=reggae musician
rastafarismo=rastafari|rastafarisme=rastafari|rastafarianesimo=rastafari|rastafarianismo=rastafari
música reggae=reggae music|musique reggae=reggae music
# k-pop
kpoper=kpop fan|kpopera=kpop fan|kpopero=kpop fan|kpopers=kpop fans|kpopper=kpop fan|música coreana=korean pop music
musique coréenne=korean pop music|koreanische popmusik=korean pop music|pop coreano=korean pop|pop coréenne=korean pop
# indie music
música indie=indie music|música independiente=independent music|sello independiente=indie label
escena indie=indie scene|indiemusik=indie music|indieband=indie band|indierock=indie rock|indiepop=indie pop
indielabel=indie label|musique indé=indie music|rock indé=indie rock|groupe indé=indie band|scène indé=indie scene
pop indé=indie pop|label indépendant=indie label|musica indipendente=indie music|etichetta indipendente=indie label
scena indie=indie scene|música independente=independent music|banda independente=indie band|cena indie=indie scene
selo independente=indie label|rock independente=indie rock
# singing
vocalista=vocalist|clases de canto=singing lessons|profesor de canto=singing teacher
profesora de canto=singing teacher|técnica vocal=vocal technique|sängerinnen=singers|gesangslehrer=singing teacher
gesangslehrerin=singing teacher|stimmbildung=voice training|opernsänger=opera singer|opernsängerin=opera singer
liedermacher=singer songwriter|liedermacherin=singer songwriter|chanteurs=singers|chanteuses=singers
cours de chant=singing lessons|professeur de chant=singing teacher|prof de chant=singing teacher
chanteuse lyrique=opera singer|chanteur lyrique=opera singer|auteur-compositeur-interprète=singer songwriter
autrice-compositrice-interprète=singer songwriter|lezioni di canto=singing lessons|insegnante di canto=singing teacher
cantautore=singer songwriter|cantautrice=singer songwriter|cantante lirica=opera singer|cantante lirico=opera singer
cantor=singer|cantores=singers|aulas de canto=singing lessons|professor de canto=singing teacher
professora de canto=singing teacher|cantora lírica=opera singer|cantor lírico=opera singer
# guitar
guitarristas=guitarists|guitarra eléctrica=electric guitar|guitarra acústica=acoustic guitar
guitarra española=spanish guitar|clases de guitarra=guitar lessons|profesor de guitarra=guitar teacher
profesora de guitarra=guitar teacher|e-gitarre=electric guitar|akustikgitarre=acoustic guitar
gitarrenlehrer=guitar teacher|gitarrenlehrerin=guitar teacher|gitarrenunterricht=guitar lessons
konzertgitarre=classical guitar|gitarrenbauer=luthier|gitarrenbauerin=luthier|guitaristes=guitarists
guitare électrique=electric guitar|guitare acoustique=acoustic guitar|guitare classique=classical guitar
cours de guitare=guitar lessons|prof de guitare=guitar teacher|chitarristi=guitarists
chitarra elettrica=electric guitar|chitarra acustica=acoustic guitar|chitarra classica=classical guitar
lezioni di chitarra=guitar lessons|insegnante di chitarra=guitar teacher|liutaio=luthier|liutaia=luthier
violões=acoustic guitars|aulas de violão=guitar lessons|professor de violão=guitar teacher
professora de violão=guitar teacher|aulas de guitarra=guitar lessons
# piano
pianistas=pianists|clases de piano=piano lessons|profesor de piano=piano teacher|profesora de piano=piano teacher
klavierspieler=pianist|klavierlehrer=piano teacher|klavierlehrerin=piano teacher|klavierspielen=playing piano
konzertpianist=concert pianist|konzertpianistin=concert pianist|pianistes=pianists|cours de piano=piano lessons
prof de piano=piano teacher|professeur de piano=piano teacher|piano à queue=grand piano|pianisti=pianists
lezioni di piano=piano lessons|lezioni di pianoforte=piano lessons|insegnante di pianoforte=piano teacher
insegnante di piano=piano teacher|aulas de piano=piano lessons|professor de piano=piano teacher
professora de piano=piano teacher|piano de cauda=grand piano
# drums
bateristas=drummers|tambores=drums|percusión=percussion|percusionista=percussionist|clases de batería=drum lessons
schlagzeugunterricht=drum lessons|schlagzeuglehrer=drum teacher|trommel=drum|trommler=drummer|trommlerin=drummer
perkussion=percussion|perkussionist=percussionist|batteuse=drummer|percussionniste=percussionist|tambour=drum
cours de batterie=drum lessons|batteristi=drummers|tamburo=drum|tamburi=drums|percussioni=percussion
lezioni di batteria=drum lessons|percussão=percussion|aulas de bateria=drum lessons
# choir
coros=choirs|coristas=choir singers|director de coro=choir director|directora de coro=choir director|chöre=choirs
chorleiter=choir director|chorleiterin=choir director|kirchenchor=church choir|chormusik=choral music
chorgesang=choral singing|knabenchor=boys choir|gospelchor=gospel choir|chorales=choirs|chef de chœur=choir director
choeur=choir|chœurs=choirs|chant choral=choral singing|cheffe de chœur=choir director|cori=choirs
coristi=choir singers|direttore di coro=choir director|maestro del coro=choir director|canto corale=choral singing
corale=choir|regente de coral=choir director
# stand-up comedy
monólogos=standup comedy|cómica=comedian|humoristas=comedians|comediantes=comedians|micro abierto=open mic
show de comedia=comedy show|kabarett=cabaret comedy|comedyshow=comedy show|seul en scène=solo comedy show
scène ouverte=open mic|plateau d'humour=comedy show|stand-upeur=standup comedian|stand-upeuse=standup comedian
comici=comedians|comicità=comedy|comédia stand-up=standup comedy|microfone aberto=open mic
# memes
momos=memes|momazos=memes|memero=meme maker|memera=meme maker
# reality tv
programa de telerrealidad=reality tv show|realityshows=reality shows|dschungelcamp=reality show jungle camp
trash-tv=trash tv|télé-réalité=reality tv|émission de téléréalité=reality tv show|koh-lanta=survivor reality show
reality de confinamento=reality show|programa de realidade=reality show
# documentaries
serie documental=docuseries|cine documental=documentary film|dokumentarfilmer=documentary filmmaker
dokumentarfilmerin=documentary filmmaker|dokuserie=docuseries|dokureihe=docuseries
documentariste=documentary filmmaker|série documentaire=docuseries|documentarista=documentary filmmaker
docuserie=docuseries|cineasta documental=documentary filmmaker
# museums
museología=museology|museólogo=museologist|museóloga=museologist|comisario de exposiciones=exhibition curator
comisaria de exposiciones=exhibition curator|museumspädagogik=museum education|museumspädagoge=museum educator
kuratorin=curator|kurator=curator|ausstellung=exhibition|ausstellungen=exhibitions|museumsnacht=museum night
museumsdirektor=museum director|museumsdirektorin=museum director|muséologie=museology|muséographie=museography
commissaire d'exposition=exhibition curator|curatore=curator|curatrice=curator|visita guidata=guided tour
curador=curator|curadora=curator|exposições=exhibitions
# art history
historiadores del arte=art historians|kunsthistorisch=art historical|historiens de l'art=art historians
storici dell'arte=art historians|historiador da arte=art historian|renacimiento=renaissance|rinascimento=renaissance
renascimento=renaissance|barroco=baroque|barocco=baroque|iconografía=iconography|ikonografie=iconography
iconographie=iconography
# fan fiction
fanfiktion=fan fiction|fanfiktionen=fan fiction|fanfiqueira=fan fiction writer|fanfiqueiro=fan fiction writer
# mythology
mito=myth|mitológico=mythological|mitología griega=greek mythology|mitología nórdica=norse mythology|mythen=myths
griechische mythologie=greek mythology|nordische mythologie=norse mythology|göttersagen=myths|mythe=myth
mythologique=mythological|mythologie grecque=greek mythology|mythologie nordique=norse mythology
mitologia greca=greek mythology|mitologia norrena=norse mythology|mitologia grega=greek mythology
sagen und legenden=myths legends
# astrology
horóscopos=horoscopes|signo zodiacal=zodiac sign|carta astral=birth chart|mercurio retrógrado=mercury retrograde
astrologe=astrologer|astrologin=astrologer|horoskope=horoscopes|tierkreis=zodiac|geburtshoroskop=birth chart
aszendent=ascendant astrology|merkur rückläufig=mercury retrograde|signe astrologique=zodiac sign|zodiaque=zodiac
thème astral=birth chart|mercure rétrograde=mercury retrograde|oroscopi=horoscopes|tema natale=birth chart
signo do zodíaco=zodiac sign|mapa astral=birth chart
# meditation
meditando=meditating|retiro de meditación=meditation retreat|instructor de meditación=meditation teacher
instructora de meditación=meditation teacher|achtsam=mindful|meditationslehrer=meditation teacher
meditationslehrerin=meditation teacher|meditationspraxis=meditation practice|achtsamkeitstrainer=mindfulness coach
achtsamkeitstrainerin=mindfulness coach|professeur de méditation=meditation teacher
retraite de méditation=meditation retreat|insegnante di meditazione=meditation teacher
ritiro di meditazione=meditation retreat|atenção plena=mindfulness|retiro de meditação=meditation retreat
instrutor de meditação=meditation teacher|instrutora de meditação=meditation teacher
# k-dramas
drama coreano=korean drama|dramas coreanos=korean dramas|series coreanas=korean series
koreanische serien=korean series|koreanisches drama=korean drama|drama coréen=korean drama
dramas coréens=korean dramas|séries coréennes=korean series|drama coreani=korean dramas|serie coreane=korean series
# bollywood
cine indio=indian cinema|películas indias=indian films|indisches kino=indian cinema|indische filme=indian films
bollywoodfilm=bollywood film|bollywoodfilme=bollywood films|cinéma indien=indian cinema|films indiens=indian films
cinema indiano=indian cinema|film indiani=indian films|filmes indianos=indian films|cinema hindi=hindi cinema
# celebrity news
prensa rosa=celebrity gossip|crónica rosa=celebrity gossip|prensa del corazón=celebrity gossip|cotilleos=gossip
chisme=gossip|celebridades=celebrities|klatschpresse=tabloid gossip|boulevardpresse=tabloid press
célébrités=celebrities|ragots=gossip|presse people=celebrity gossip|presse à scandale=tabloid press
pettegolezzo=gossip|cronaca rosa=celebrity gossip|stampa rosa=celebrity gossip|celebrità=celebrities
notícias de famosos=celebrity news|subcelebridade=minor celebrity
# youtube
youtubera=youtuber|youtuberinnen=youtubers|youtubeurs=youtubers|youtubeuses=youtubers|vidéaste=video creator
vidéastes=video creators|suscríbete al canal=subscribe channel|iscriviti al canale=subscribe channel
inscreva-se no canal=subscribe channel|abonniert den kanal=subscribe channel
abonnez-vous à la chaîne=subscribe channel
# painting
pintura=painting|pintar=paint|pintura al óleo=oil painting|artista plástico=visual artist
artista plástica=visual artist|maler=painter|ölmalerei=oil painting|acrylmalerei=acrylic painting
kunstmaler=painter artist|kunstmalerin=painter artist|aquarellmalerei=watercolor painting|peindre=paint
peinture à l'huile=oil painting|artiste peintre=painter artist|pittori=painters|dipingere=paint|dipinto=painting
dipinti=paintings|acquerelli=watercolors|pittura a olio=oil painting|aquarelas=watercolors
óleo sobre tela=oil on canvas|pinturas=paintings
# calligraphy
caligrafía japonesa=japanese calligraphy|kalligrafin=calligrapher|kalligraph=calligrapher|kalligraphin=calligrapher
schönschrift=calligraphy penmanship|calligraphes=calligraphers|calligrafo=calligrapher|calligrafa=calligrapher
calligrafi=calligraphers|caligrafia artística=calligraphy
# lego
legosteine=lego bricks|legostein=lego brick|klemmbaustein=lego brick|mattoncini=lego bricks
mattoncini lego=lego bricks|piezas de lego=lego bricks|briques lego=lego bricks
# model railways
modelismo ferroviario=model railways|maqueta ferroviaria=model railway layout|trenes a escala=model trains
ferromodelista=model railway hobbyist|modelleisenbahnen=model railways|modelleisenbahner=model railway hobbyist
modellbahner=model railway hobbyist|modellbahnerin=model railway hobbyist|modellbahnanlage=model railway layout
modellbahnbau=model railway building|modélisme ferroviaire=model railways|train miniature=model train
trains miniatures=model trains|maquette ferroviaire=model railway layout|modéliste ferroviaire=model railway hobbyist
fermodellista=model railway hobbyist|plastico ferroviario=model railway layout|trenino elettrico=model train
trenini elettrici=model trains|maquete ferroviária=model railway layout|trens em miniatura=model trains
# collecting
coleccionar=collect|sammelleidenschaft=collecting hobby|briefmarken=stamps|münzsammlung=coin collection
numismatik=coin collecting|sammlerstücke=collectibles|sammelkarten=trading cards|briefmarkensammlung=stamp collection
collectionneurs=collectors|collectionner=collect|objets de collection=collectibles|collezionare=collect
colecionadores=collectors|colecionar=collect
# thrifting
tienda de segunda mano=thrift store|ropa vintage=vintage clothes|moda circular=circular fashion
flohmärkte=flea markets|flohmarktfund=thrift find|flohmarktfunde=thrift finds|gebrauchtkleidung=secondhand clothes
sozialkaufhaus=charity shop|trödelmarkt=flea market|secondhandladen=thrift store|friperies=thrift stores
fripes=secondhand clothes|seconde main=second hand|vide-greniers=flea markets|brocantes=flea markets|chineuse=thrifter
chiner=thrifting|mercatino dell'usato=thrift store|abiti usati=secondhand clothes|vestiti usati=secondhand clothes
brechós=thrift stores|segunda mão=second hand|roupas usadas=secondhand clothes
# tabletop rpg
rol de mesa=tabletop rpg|partida de rol=rpg session|director de juego=game master|rolera=roleplayer
pen-and-paper-rollenspiel=tabletop rpg|rollenspieler=roleplayer|rollenspielerin=roleplayer
das schwarze auge=tabletop rpg|rôlistes=roleplayers|maître du jeu=game master|maîtresse du jeu=game master
giocatori di ruolo=roleplayers|mestre do jogo=game master|rpgista=roleplayer
# puzzles
puzle=puzzle|puzles=puzzles|acertijo=riddle puzzle|acertijos=riddles puzzles|sopa de letras=word search
puzzeln=doing puzzles|rätsel=puzzle riddle|denksport=brain teasers|rätselheft=puzzle book|casse-tête=puzzle
mots fléchés=crossword puzzle|énigme=riddle puzzle|énigmes=riddles puzzles|rompicapi=puzzles|indovinello=riddle
indovinelli=riddles|quebra-cabeças=jigsaw puzzles|charada=riddle|charadas=riddles|caça-palavras=word search
# cosplay
cosplayerinnen=cosplayers|cosplayeur=cosplayer|cosplayeurs=cosplayers|cosplayeuses=cosplayers
convención de anime=anime convention|salón del manga=manga convention|convention manga=manga convention
# camping
tienda de campaña=tent|saco de dormir=sleeping bag|vivac=bivouac|zelt=tent|wohnwagen=caravan|schlafsack=sleeping bag
campingurlaub=camping holiday|biwak=bivouac|campingkocher=camping stove|dachzelt=roof tent|faire du camping=camping
sac de couchage=sleeping bag|caravane=caravan|terrain de camping=campsite|campeggiare=camping
sacco a pelo=sleeping bag|roulotte=caravan|campeggiatore=camper|barraca de camping=tent
# van life
vida en furgoneta=van life|furgoneta camper=camper van|furgo camper=camper van|furgoneta camperizada=camper van
autocaravana=motorhome|vanausbau=van conversion|selbstausbau camper=van conversion|vie en van=van life
van aménagé=camper van|fourgon aménagé=camper van|aménagement de van=van conversion|camping-car=motorhome
vita in furgone=van life|furgone camperizzato=camper van|camperizzazione=van conversion|vida na van=van life
van adaptada=camper van|motorhome adaptado=camper van|casa sobre rodas=motorhome
# foraging
recolección silvestre=foraging|setero=mushroom forager|setera=mushroom forager|buscar setas=mushroom foraging
plantas silvestres comestibles=edible wild plants|pilze sammeln=mushroom foraging|pilzsammlerin=mushroom forager
pilzsuche=mushroom hunting|essbare wildpflanzen=edible wild plants|pilzberater=mushroom expert
pilzberaterin=mushroom expert|bärlauch=wild garlic|wildkräuterwanderung=foraging walk|cueillette sauvage=wild foraging
cueillir des champignons=mushroom foraging|plantes sauvages comestibles=edible wild plants|mycologue=mycologist
ail des ours=wild garlic|cueilleuse=forager|cercatore di funghi=mushroom forager|cercatrice di funghi=mushroom forager
raccolta funghi=mushroom foraging|erbe spontanee=wild herbs|erbe selvatiche=wild herbs|micologo=mycologist
aglio orsino=wild garlic|coleta de cogumelos=mushroom foraging
plantas comestíveis não convencionais=edible wild plants
# beekeeping
apicultores=beekeepers|abejas=bees|abeja=bee|colmenar=apiary|apiario=apiary|bienen=bees|biene=bee
bienenvölker=bee colonies|bienenhaltung=beekeeping|honigbienen=honey bees|imkern=beekeeping|apiculteurs=beekeepers
abeilles=bees|abeille=bee|rucher=apiary|apicoltori=beekeepers|alveari=beehives|abelhas=bees|abelha=bee
meliponicultura=stingless beekeeping
# aquariums
acuarios=aquariums|acuariofilia=fishkeeping|peces tropicales=tropical fish|acuario plantado=planted aquarium
aquarianerin=aquarist|aquarien=aquariums|zierfische=ornamental fish|meerwasseraquarium=saltwater aquarium
süßwasseraquarium=freshwater aquarium|aquariophiles=aquarists|bac planté=planted aquarium
poissons tropicaux=tropical fish|aquarium récifal=reef aquarium|acquari=aquariums|acquariofila=aquarist
pesci tropicali=tropical fish|acquario marino=marine aquarium|aquários=aquariums|peixes ornamentais=ornamental fish
aquário plantado=planted aquarium
# tattoos
tatuadores=tattoo artists|tatuar=tattooing|estudio de tatuajes=tattoo studio|tatuado=tattooed|tatuada=tattooed
tätowiert=tattooed|tattoostudio=tattoo studio|tätowieren=tattooing|tattookünstler=tattoo artist
tattookünstlerin=tattoo artist|tatoueurs=tattoo artists|tatoué=tattooed|tatouée=tattooed
salon de tatouage=tattoo studio|tatuatori=tattoo artists|tatuato=tattooed|tatuata=tattooed
studio di tatuaggi=tattoo studio|estúdio de tatuagem=tattoo studio
# makeup
maquilladores=makeup artists|base de maquillaje=foundation makeup|sombras de ojos=eyeshadow|rímel=mascara
delineador=eyeliner|maskenbildner=makeup artist|maskenbildnerin=makeup artist|lidschatten=eyeshadow
wimperntusche=mascara|maquilleurs=makeup artists|maquilleuses=makeup artists|rouge à lèvres=lipstick
fond de teint=foundation makeup|fard à paupières=eyeshadow|truccatori=makeup artists|fondotinta=foundation makeup
ombretto=eyeshadow|maquilhadora=makeup artist
# skincare
cuidado de la piel=skincare|rutina facial=skincare routine|crema hidratante=moisturizer|protector solar=sunscreen
dermocosmética=dermocosmetics|cosmética natural=natural cosmetics|limpiador facial=facial cleanser
pflegeroutine=skincare routine|feuchtigkeitscreme=moisturizer|naturkosmetik=natural cosmetics
gesichtsreinigung=facial cleansing|hautpflegeroutine=skincare routine|soin de la peau=skincare
soins de la peau=skincare|soins visage=facial skincare|routine soin=skincare routine|crème hydratante=moisturizer
crème solaire=sunscreen|cosmétique naturelle=natural cosmetics|nettoyant visage=facial cleanser
crema idratante=moisturizer|crema solare=sunscreen|cosmesi naturale=natural cosmetics|detergente viso=facial cleanser
hidratante=moisturizer|protetor solar=sunscreen|dermocosméticos=dermocosmetics|limpeza de pele=facial cleansing
# watches
relojera=watchmaker|alta relojería=haute horlogerie|reloj automático=automatic watch
coleccionista de relojes=watch collector|uhrmacherei=watchmaking|uhrensammlung=watch collection|uhrwerk=watch movement
taucheruhr=dive watch|uhrenliebhaber=watch enthusiast|montres=watches|haute horlogerie=haute horlogerie
montre automatique=automatic watch|montres de luxe=luxury watches|orologiaia=watchmaker
alta orologeria=haute horlogerie|orologio automatico=automatic watch|orologi di lusso=luxury watches
relojoeira=watchmaker|relógio automático=automatic watch
# sneakers
zapatillas deportivas=sneakers|zapas=sneakers|colección de zapatillas=sneaker collection
sneakersammlung=sneaker collection|sneakersammler=sneaker collector|paire de baskets=sneakers
paires de baskets=sneakers|scarpe da ginnastica=sneakers|coleção de tênis=sneaker collection
# cocktails
mixología=mixology|mixologe=mixologist|mixologin=mixologist|mixologie=mixology|bar à cocktails=cocktail bar
mixologo=mixologist|coquetelaria=mixology|mixologista=mixologist|coctelería de autor=craft cocktails
cocktailkarte=cocktail menu|carta de cócteles=cocktail menu|carte des cocktails=cocktail menu
# whisky
güisqui=whisky|destilerías=distilleries|whisky escocés=scotch whisky|whisky de malta=malt whisky
destillerie=distillery|whiskyverkostung=whisky tasting|whiskyliebhaber=whisky lover|whiskytasting=whisky tasting
whiskysammlung=whisky collection|distilleries=distilleries|whisky écossais=scotch whisky
dégustation de whisky=whisky tasting|amateur de whisky=whisky lover|whisky scozzese=scotch whisky
destilarias=distilleries|uísque escocês=scotch whisky
# tea
té verde=green tea|té negro=black tea|infusiones=herbal teas|infusión=herbal tea|ceremonia del té=tea ceremony
grüner tee=green tea|schwarzer tee=black tea|kräutertee=herbal tea|teezeremonie=tea ceremony|teesorten=tea varieties
teeladen=tea shop|thé vert=green tea|thé noir=black tea|tisane=herbal tea|tisanes=herbal teas
cérémonie du thé=tea ceremony|amateur de thé=tea lover|salon de thé=tea room|tè nero=black tea|tisana=herbal tea
cerimonia del tè=tea ceremony|chás=teas|chá verde=green tea|chá preto=black tea|cerimônia do chá=tea ceremony
# bbq
barbacoa=barbecue|parrillero=grill master|asador=grill master|grillmeisterin=grill master|grillabend=barbecue evening
grillsaison=barbecue season|holzkohlegrill=charcoal grill|grillfest=barbecue party|grillades=barbecue grilled meat
fumoir=smoker barbecue|grigliate=barbecues|carne alla brace=grilled meat|churrascos=barbecues
churrasqueira=barbecue grill
# weddings
organizadora de bodas=wedding planner|vestido de novia=wedding dress|fotógrafo de bodas=wedding photographer
fotógrafa de bodas=wedding photographer|casamiento=wedding|hochzeitsplanerin=wedding planner
hochzeitsplaner=wedding planner|brautkleid=wedding dress|trauung=wedding ceremony|freie trauung=wedding ceremony
traurednerin=wedding officiant|trauredner=wedding officiant|robe de mariée=wedding dress
photographe de mariage=wedding photographer|cérémonie laïque=wedding ceremony|abito da sposa=wedding dress
fotografo di matrimoni=wedding photographer|fotografa di matrimoni=wedding photographer|noivos=bride groom
vestido de noiva=wedding dress|fotógrafo de casamento=wedding photographer|cerimonialista=wedding planner
assessoria de casamento=wedding planning
# dating
solteros=singles|primera cita=first date|app de citas=dating app|aplicaciones de citas=dating apps
buscar pareja=looking for partner|erstes date=first date|datingapp=dating app|site de rencontre=dating site
appli de rencontre=dating app|célibataires=singles|premier rendez-vous=first date|drague=flirting|draguer=flirting
primo appuntamento=first date|app di incontri=dating app|siti di incontri=dating sites|primeiro encontro=first date
aplicativo de namoro=dating app|app de namoro=dating app|solteira=single woman|solteiro=single man|solteiros=singles
# wrestling
lucha libre=wrestling|luchadores=wrestlers|lucha olímpica=olympic wrestling|lucha grecorromana=greco roman wrestling
ringerin=wrestler|freistilringen=freestyle wrestling|griechisch-römisch=greco roman wrestling
lutte gréco-romaine=greco roman wrestling|lutte libre=freestyle wrestling|catcheur=wrestler|catcheuse=wrestler
lotta libera=wrestling|lottatrice=wrestler|lotta greco-romana=greco roman wrestling|luta livre=wrestling
luta olímpica=olympic wrestling|luta greco-romana=greco roman wrestling
# volleyball
vóley=volleyball|vóley playa=beach volleyball|voleibolistas=volleyball players|jugadora de voleibol=volleyball player
jugador de voleibol=volleyball player|volleyballspielerin=volleyball player|zuspielerin=volleyball setter
zuspieler=volleyball setter|beachvolleyballerin=beach volleyball player|volley-ball=volleyball
beach-volley=beach volleyball|palleggiatrice=volleyball setter|palleggiatore=volleyball setter
schiacciatore=volleyball spiker|schiacciatrice=volleyball spiker|vôlei de praia=beach volleyball
jogador de vôlei=volleyball player|jogadora de vôlei=volleyball player
# skateboarding
andar en patineta=skateboarding|skaten=skateboarding|skaterin=skater|rollbrett=skateboard
planche à roulettes=skateboard|skateur=skater|skateuse=skater|faire du skate=skateboarding
andar de skate=skateboarding|pista de skate=skatepark
# scuba diving
buceadores=scuba divers|instructor de buceo=scuba diving instructor|instructora de buceo=scuba diving instructor
submarinista=scuba diver|centro de buceo=dive center|tauchlehrer=scuba diving instructor
tauchlehrerin=scuba diving instructor|tauchgang=dive|tauchgänge=dives|tauchbasis=dive center|sporttaucher=scuba diver
gerätetauchen=scuba diving|tauchurlaub=diving holiday|apnoetauchen=freediving|plongée sous-marine=scuba diving
plongeurs=divers|moniteur de plongée=scuba diving instructor|monitrice de plongée=scuba diving instructor
club de plongée=dive club|plongée bouteille=scuba diving|subacquei=scuba divers
istruttore subacqueo=scuba diving instructor|istruttrice subacquea=scuba diving instructor
attività subacquea=scuba diving|immersioni subacquee=scuba dives|mergulhar=dive|mergulhadores=divers
instrutor de mergulho=scuba diving instructor|instrutora de mergulho=scuba diving instructor
mergulho autônomo=scuba diving
# rowing
remo=rowing|club de remo=rowing club|traineras=rowing boats|ruderclub=rowing club|ruderboot=rowing boat
ruderregatta=rowing regatta|rameurs=rowers|club d'aviron=rowing club|canottieri=rowers rowing club|vogatore=rower
vogatrice=rower|remadores=rowers|clube de remo=rowing club
# weightlifting
levantamiento de pesas=weightlifting|levantamiento olímpico=olympic weightlifting|langhantel=barbell
hanteln=dumbbells weights|haltérophiles=weightlifters|force athlétique=powerlifting|haltères=dumbbells
épaulé-jeté=clean and jerk|sollevamento pesi=weightlifting|pesisti=weightlifters|bilanciere=barbell
levantamento de peso=weightlifting|halterofilismo=weightlifting|halterofilista=weightlifter
levantamento olímpico=olympic weightlifting
# esports
deportes electrónicos=esports|ciberatleta=esports athlete|e-sportler=esports player|e-sportlerin=esports player
esportler=esports player|esportlerin=esports player|profigamer=pro gamer|sport électronique=esports
sports électroniques=esports|sport elettronici=esports|videogiocatore professionista=pro gamer
esportes eletrônicos=esports|esporte eletrônico=esports|ciberatletas=esports athletes
# horse racing
carreras de caballos=horse racing|yóquey=jockey|purasangre=thoroughbred|caballo de carreras=racehorse
apuestas hípicas=horse racing betting|trabrennen=harness racing|galopprennbahn=racecourse|rennpferd=racehorse
rennpferde=racehorses|vollblut=thoroughbred|vollblüter=thoroughbreds|courses hippiques=horse racing
course hippique=horse racing|pur-sang=thoroughbred|cheval de course=racehorse|pronostics hippiques=horse racing tips
tiercé=horse racing bet|quinté=horse racing bet|trot attelé=harness racing|corse di cavalli=horse racing
cavallo da corsa=racehorse|purosangue=thoroughbred|corrida de cavalos=horse racing|corridas de cavalos=horse racing
puro-sangue=thoroughbred|cavalo de corrida=racehorse
# athletics
velocistas=sprinters|fondista=distance runner|mediofondista=middle distance runner|salto de longitud=long jump
salto de altura=high jump|salto con pértiga=pole vault|lanzamiento de jabalina=javelin throw
lanzamiento de peso=shot put|pista de atletismo=athletics track|sprinterin=sprinter|speerwurf=javelin throw
kugelstoßen=shot put|hürdenlauf=hurdles|zehnkampf=decathlon|siebenkampf=heptathlon
mittelstrecke=middle distance running|sprinteur=sprinter|sprinteuse=sprinter|saut en longueur=long jump
saut en hauteur=high jump|saut à la perche=pole vault|lancer du javelot=javelin throw|lancer du poids=shot put
perchiste=pole vaulter|atletica leggera=athletics|velocisti=sprinters|salto in lungo=long jump|salto in alto=high jump
salto con l'asta=pole vault|lancio del giavellotto=javelin throw|getto del peso=shot put|astista=pole vaulter
ostacolista=hurdler|salto em distância=long jump|salto em altura=high jump|salto com vara=pole vault
lançamento de dardo=javelin throw|arremesso de peso=shot put|decatlo=decathlon
# darts
jugador de dardos=darts player|jugadora de dardos=darts player|steeldart=steel tip darts|dartverein=darts club
joueur de fléchettes=darts player|joueuse de fléchettes=darts player|cible de fléchettes=dartboard
giocatore di freccette=darts player|jogador de dardos=darts player|dartsport=darts|darts-wm=darts world championship
dartturnier=darts tournament
# snooker
jugador de billar=billiards player|snookerspieler=snooker player|snookerspielerin=snooker player
poolbillard=pool billiards|joueur de billard=billiards player|billard anglais=snooker pool
giocatore di biliardo=billiards player|jogador de sinuca=snooker player|snookerturnier=snooker tournament
snooker-wm=snooker world championship|tavolo da biliardo=billiards table|mesa de billar=billiards table
mesa de sinuca=snooker table
# table tennis
tenis de mesa=table tennis|pimpón=ping pong|tenimesista=table tennis player|tischtennisverein=table tennis club
tischtennisschläger=table tennis bat|tischtennisplatte=table tennis table|tennis de table=table tennis
pongistes=table tennis players|tennis tavolo=table tennis|pongisti=table tennis players
mesatenistas=table tennis players
# badminton
badmintonverein=badminton club|badistes=badminton players|federballspielen=playing badminton
jugadora de bádminton=badminton player|jugador de bádminton=badminton player|joueuse de badminton=badminton player
joueur de badminton=badminton player
# gymnastics
gimnasia artística=artistic gymnastics|gimnasia rítmica=rhythmic gymnastics|barra de equilibrio=balance beam
barras asimétricas=uneven bars|turnerinnen=gymnasts|rhythmische sportgymnastik=rhythmic gymnastics
schwebebalken=balance beam|stufenbarren=uneven bars|gymnastique=gymnastics|gymnastique artistique=artistic gymnastics
gymnastique rythmique=rhythmic gymnastics|barres asymétriques=uneven bars|ginnastica artistica=artistic gymnastics
ginnastica ritmica=rhythmic gymnastics|ginastas=gymnasts|ginástica artística=artistic gymnastics
ginástica rítmica=rhythmic gymnastics
# crossfit
entrenamiento funcional=functional training|crossfitero=crossfitter|crossfitera=crossfitter
funktionelles training=functional training|crossfitterin=crossfitter|entraînement fonctionnel=functional training
crossfiteur=crossfitter|crossfiteuse=crossfitter|allenamento funzionale=functional training
treino funcional=functional training|crossfiteiro=crossfitter|crossfiteira=crossfitter
# dentistry
clínica dental=dental clinic|ortodoncista=orthodontist|higienista dental=dental hygienist
implantes dentales=dental implants|protésico dental=dental technician|zahnärzte=dentists|kieferorthopädie=orthodontics
kieferorthopädin=orthodontist|dentalhygienikerin=dental hygienist|zahntechniker=dental technician
zahntechnikerin=dental technician|zahnmedizinische fachangestellte=dental assistant|implantologie=dental implantology
dentisterie=dentistry|chirurgien-dentiste=dentist|chirurgienne-dentiste=dentist|dentistes=dentists
cabinet dentaire=dental practice|orthodontie=orthodontics|assistante dentaire=dental assistant
prothésiste dentaire=dental technician|odontologie=dentistry|dentisti=dentists|studio dentistico=dental practice
ortodontista=orthodontist|igienista dentale=dental hygienist|odontotecnico=dental technician
cirurgião-dentista=dentist|cirurgiã-dentista=dentist|clínica odontológica=dental clinic
implantes dentários=dental implants|odontopediatra=pediatric dentist
# veterinary medicine
medicina veterinaria=veterinary medicine|clínica veterinaria=veterinary clinic|médico veterinario=veterinarian
médica veterinaria=veterinarian|tierärzte=veterinarians|tiermedizinische fachangestellte=veterinary nurse
veterinärmedizin=veterinary medicine|médecine vétérinaire=veterinary medicine|clinique vétérinaire=veterinary clinic
auxiliaire vétérinaire=veterinary nurse|cabinet vétérinaire=veterinary practice
ambulatorio veterinario=veterinary clinic|hospital veterinário=veterinary hospital
# autism
persona autista=autistic person|soy autista=autistic|autistas=autistic people
trastorno del espectro autista=autism spectrum disorder|espectro autista=autism spectrum
neurodivergente=neurodivergent|neurodiversidad=neurodiversity|autist=autistic person|autismusspektrum=autism spectrum
neurodivers=neurodivergent|neurodiversität=neurodiversity|trouble du spectre autistique=autism spectrum disorder
neuroatypique=neurodivergent|neurodiversité=neurodiversity|autistici=autistic|spettro autistico=autism spectrum
disturbo dello spettro autistico=autism spectrum disorder|neurodiversità=neurodiversity|pessoa autista=autistic person
sou autista=autistic|transtorno do espectro autista=autism spectrum disorder|neurodiversidade=neurodiversity
# adhd
trastorno por déficit de atención=adhd|déficit de atención=attention deficit|aufmerksamkeitsdefizit=attention deficit
hyperaktivität=hyperactivity|trouble du déficit de l'attention=adhd|déficit d'attention=attention deficit
deficit di attenzione=attention deficit|disturbo da deficit di attenzione=adhd|transtorno de déficit de atenção=adhd
déficit de atenção=attention deficit|hiperatividade=hyperactivity
# chronic illness
enfermedad crónica=chronic illness|enfermedades crónicas=chronic illnesses|dolor crónico=chronic pain
fibromialgia=fibromyalgia|enferma crónica=chronically ill|enfermo crónico=chronically ill
fatiga crónica=chronic fatigue|enfermedad autoinmune=autoimmune disease|chronische krankheit=chronic illness
chronisch krank=chronically ill|chronische erkrankung=chronic illness|chronische schmerzen=chronic pain
fibromyalgie=fibromyalgia|autoimmunerkrankung=autoimmune disease|maladie chronique=chronic illness
maladies chroniques=chronic illnesses|douleur chronique=chronic pain|douleurs chroniques=chronic pain
malade chronique=chronically ill|fatigue chronique=chronic fatigue|maladie auto-immune=autoimmune disease
endométriose=endometriosis|malattia cronica=chronic illness|malattie croniche=chronic illnesses
dolore cronico=chronic pain|malata cronica=chronically ill|malato cronico=chronically ill
malattia autoimmune=autoimmune disease|endometriosi=endometriosis|doença crônica=chronic illness
doenças crônicas=chronic illnesses|dor crônica=chronic pain|doente crônica=chronically ill
doente crônico=chronically ill|doença autoimune=autoimmune disease
# caregiving
cuidadora familiar=family caregiver|cuidador familiar=family caregiver|pflegende angehörige=family caregivers
pflegender angehöriger=family caregiver|angehörigenpflege=family caregiving|häusliche pflege=home care
aidante familiale=family caregiver|proche aidant=family caregiver|proches aidants=family caregivers
auxiliaire de vie=care worker|aide à domicile=home care worker|caregiver familiare=family caregiver
assistenza domiciliare=home care|cuidadora de idosos=elderly caregiver|cuidador de idosos=elderly caregiver
cuidados domiciliares=home care
# dementia
demencia senil=senile dementia|deterioro cognitivo=cognitive decline|enfermedad de alzheimer=alzheimers disease
demenziell=dementia|demenzerkrankung=dementia|demenzbegleiter=dementia carer|demenzbegleiterin=dementia carer
alzheimer-krankheit=alzheimers disease|maladie d'alzheimer=alzheimers disease|troubles cognitifs=cognitive impairment
déclin cognitif=cognitive decline|maladies neurodégénératives=neurodegenerative diseases
demenza senile=senile dementia|declino cognitivo=cognitive decline|decadimento cognitivo=cognitive decline
malattie neurodegenerative=neurodegenerative diseases|doença de alzheimer=alzheimers disease
declínio cognitivo=cognitive decline|comprometimento cognitivo=cognitive impairment
# ageing
envejecimiento activo=active ageing|personas mayores=older people|tercera edad=old age elderly
adultos mayores=older adults|geriatra=geriatrician|longevidad=longevity|residencia de mayores=nursing home
älterwerden=ageing|ältere menschen=older people|senioren=seniors|geriater=geriatrician|geriaterin=geriatrician
altenpflegerin=elderly care worker|altenpfleger=elderly care worker|langlebigkeit=longevity|pflegeheim=nursing home
seniorenheim=nursing home|bien vieillir=healthy ageing|personnes âgées=older people|gériatre=geriatrician
longévité=longevity|ehpad=nursing home|maison de retraite=retirement home|invecchiamento attivo=active ageing
terza età=old age|longevità=longevity|casa di riposo=nursing home|envelhecimento ativo=active ageing
terceira idade=old age|pessoas idosas=older people|longevidade=longevity|lar de idosos=nursing home
casa de repouso=nursing home
# pharmacy
farmacias=pharmacies|farmacéuticos=pharmacists|técnico de farmacia=pharmacy technician
farmacia comunitaria=community pharmacy|farmacia hospitalaria=hospital pharmacy|apotheken=pharmacies
pharmazie=pharmacy pharmaceutics|pharmazeut=pharmacist|pharmazeutin=pharmacist
pharmazeutisch-technische assistentin=pharmacy technician|pharmacies=pharmacies|pharmaciens=pharmacists
préparatrice en pharmacie=pharmacy technician|préparateur en pharmacie=pharmacy technician|farmacie=pharmacies
farmacia ospedaliera=hospital pharmacy|drogaria=pharmacy drugstore|farmácia hospitalar=hospital pharmacy
# sleep
dormir=sleep|higiene del sueño=sleep hygiene|trastornos del sueño=sleep disorders|apnea del sueño=sleep apnea
medicina del sueño=sleep medicine|schlaf=sleep|schlafen=sleep|schlafapnoe=sleep apnea|schlafhygiene=sleep hygiene
schlafforschung=sleep research|schlafqualität=sleep quality|einschlafen=fall asleep
troubles du sommeil=sleep disorders|apnée du sommeil=sleep apnea|médecine du sommeil=sleep medicine
hygiène du sommeil=sleep hygiene|disturbi del sonno=sleep disorders|apnea notturna=sleep apnea
igiene del sonno=sleep hygiene|dormire=sleep|medicina del sonno=sleep medicine|distúrbios do sono=sleep disorders
apneia do sono=sleep apnea|higiene do sono=sleep hygiene|medicina do sono=sleep medicine
qualidade do sono=sleep quality
# diabetes
diabéticos=diabetics|glucosa=glucose|bomba de insulina=insulin pump|insulinpumpe=insulin pump
diabetologe=diabetologist|diabetologin=diabetologist|diabetesberaterin=diabetes educator|diabétiques=diabetics
pompe à insuline=insulin pump|diabétologue=diabetologist|diabetici=diabetics|glicemia=blood glucose
microinfusore=insulin pump|diabetologo=diabetologist|diabetologa=diabetologist|glicose=glucose
açúcar no sangue=blood sugar
# cancer research
investigación oncológica=cancer research|investigación del cáncer=cancer research|tumores=tumors
quimioterapia=chemotherapy|inmunoterapia=immunotherapy|ensayos clínicos=clinical trials|tumorforschung=tumor research
chemotherapie=chemotherapy|immuntherapie=immunotherapy|krebszellen=cancer cells|brustkrebs=breast cancer
krebspatienten=cancer patients|krebsforscher=cancer researcher|krebsforscherin=cancer researcher
recherche sur le cancer=cancer research|recherche contre le cancer=cancer research|cancérologue=oncologist
chimiothérapie=chemotherapy|immunothérapie=immunotherapy|cellules cancéreuses=cancer cells|tumeur=tumor|tumeurs=tumors
ricerca sul cancro=cancer research|ricerca oncologica=cancer research|tumore=tumor|chemioterapia=chemotherapy
cellule tumorali=tumor cells|pesquisa sobre câncer=cancer research|pesquisa oncológica=cancer research
imunoterapia=immunotherapy|metástase=metastasis|células cancerígenas=cancer cells
"""
