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
# business
empresarios=business owners|unternehmertum=entrepreneurship|geschäftsführerin=managing director
chef d'entreprise=business owner|cheffe d'entreprise=business owner|modelo de negocio=business model
geschäftsmodell=business model|modèle économique=business model|modello di business=business model
modelo de negócio=business model|director general=chief executive|directora general=chief executive
directeur général=chief executive|directrice générale=chief executive|amministratore delegato=chief executive
amministratrice delegata=chief executive|diretor executivo=chief executive|diretora executiva=chief executive
# economics
ökonom=economist|ökonomin=economist|volkswirt=economist|volkswirtin=economist|volkswirtschaftslehre=economics
wirtschaftswissenschaften=economics|sciences économiques=economics|economia politica=political economy
economisti=economists|economistas=economists|ökonomen=economists|macroeconomía=macroeconomics
makroökonomie=macroeconomics|macroéconomie=macroeconomics|macroeconomia=macroeconomics|microeconomía=microeconomics
mikroökonomie=microeconomics|inflazione=inflation|inflação=inflation|konjunktur=economy
política monetaria=monetary policy|geldpolitik=monetary policy|politique monétaire=monetary policy
politica monetaria=monetary policy|política monetária=monetary policy|banco central=central bank
zentralbank=central bank|banque centrale=central bank|banca centrale=central bank
# government
administración pública=public administration|öffentlicher dienst=civil service|fonction publique=civil service
pubblica amministrazione=public administration|administração pública=public administration
funcionario público=civil servant|funcionaria pública=civil servant|funzionario pubblico=civil servant
servidor público=civil servant|servidora pública=civil servant|rathaus=city hall|bundesregierung=federal government
landesregierung=state government|gobierno federal=federal government
# hr
recursos humanos=human resources|ressources humaines=human resources|risorse umane=human resources
personalleiter=hr manager|personalleiterin=hr manager|personalreferent=hr officer|personalreferentin=hr officer
responsable rh=hr manager|drh=hr director|responsabile risorse umane=hr manager|gestión de personas=people management
gestão de pessoas=people management|gestion des talents=talent management|personalentwicklung=staff development
nóminas=payroll|lohnbuchhaltung=payroll|paie=payroll
# jobs
oferta de empleo=job offer|ofertas de empleo=job offers|offre d'emploi=job offer|offres d'emploi=job offers
offerta di lavoro=job offer|offerte di lavoro=job offers|vaga de emprego=job opening|vagas de emprego=job openings
búsqueda de empleo=job search|jobsuche=job search|stellensuche=job search|recherche d'emploi=job search
ricerca di lavoro=job search|procura de emprego=job search|bolsa de trabajo=job board|jobbörse=job board
stellenanzeige=job ad|bewerbungsgespräch=job interview|entrevista de trabajo=job interview
entretien d'embauche=job interview|colloquio di lavoro=job interview|entrevista de emprego=job interview
wir stellen ein=we are hiring|estamos contratando=we are hiring|on recrute=we are hiring
stiamo assumendo=we are hiring|nous recrutons=we are hiring
# education
docentes=teachers|lehrkraft=teacher|grundschullehrer=primary teacher|grundschullehrerin=primary teacher
institutrice=schoolteacher|instituteur=schoolteacher|professeur des écoles=primary teacher
maestro de primaria=primary teacher|maestra de primaria=primary teacher|professoressa=teacher|pedagogía=pedagogy
pädagogik=pedagogy|pédagogie=pedagogy|pedagogia=pedagogy|pädagoge=educator|pädagogin=educator|pedagogo=educator
pedagoga=educator|aula=classroom|klassenzimmer=classroom|salle de classe=classroom|sala de aula=classroom
schüler=pupils|schülerinnen=pupils
# leadership
mitarbeiterführung=leadership|lideresa=leader|gestión de equipos=team management|teamführung=team leadership
management d'équipe=team management|gestione del team=team management|gestão de equipes=team management
jefa de equipo=team leader|jefe de equipo=team leader|teamleiter=team leader|teamleiterin=team leader
chef d'équipe=team leader|capo squadra=team leader|líder de equipe=team leader
# media
medios de comunicación=media|mezzi di comunicazione=media|meios de comunicação=media|prensa=press
rundfunk=broadcasting|radiodifusión=broadcasting|emisora=broadcaster|medienhaus=media company
groupe de presse=media group|gruppo editoriale=media group|grupo de comunicación=media group
medienbranche=media industry
# tech
informatik=computer science|ingeniero de software=software engineer|ingeniera de software=software engineer
ingénieur logiciel=software engineer|ingegnere del software=software engineer|engenheiro de software=software engineer
# recruitment
personalvermittlung=recruitment|personalvermittler=recruiter|personalvermittlerin=recruiter
personalbeschaffung=recruitment|chargée de recrutement=recruiter|chargé de recrutement=recruiter
selezionatore=recruiter|selezionatrice=recruiter|headhunterin=headhunter|cazatalentos=headhunter
chasseur de têtes=headhunter|cacciatore di teste=headhunter|caçador de talentos=headhunter
selección de personal=recruitment|selezione del personale=recruitment
# coaching
coach de vida=life coach|lebenscoach=life coach|coach de vie=life coach|coach di vita=life coach
entrenadora personal=personal coach|mentorat=mentoring|mentorin=mentor|coaching ejecutivo=executive coaching
führungscoaching=leadership coaching|coaching de dirigeants=executive coaching|coach aziendale=business coach
coach empresarial=business coach|coach professionnel=professional coach|coach professionnelle=professional coach
sesión de coaching=coaching session
# rock music
música rock=rock music|musique rock=rock music|musica rock=rock music|rockband=rock band|banda de rock=rock band
groupe de rock=rock band|gruppo rock=rock band|banda de rock'n'roll=rock band|rockeuse=rock musician|rockerin=rocker
rockkonzert=rock concert|concierto de rock=rock concert|concert de rock=rock concert|concerto rock=rock concert
show de rock=rock concert|rock alternativo=alternative rock|hardrock=hard rock|rock progresivo=progressive rock
rock progressivo=progressive rock
# machine learning
aprendizaje profundo=deep learning|apprentissage profond=deep learning|apprendimento profondo=deep learning
aprendizado profundo=deep learning|inteligencia artificial=artificial intelligence
künstliche intelligenz=artificial intelligence|intelligence artificielle=artificial intelligence
intelligenza artificiale=artificial intelligence|inteligência artificial=artificial intelligence
ki-forschung=ai research|ki-forscher=ai researcher|ki-forscherin=ai researcher|redes neuronales=neural networks
neuronale netze=neural networks|réseaux de neurones=neural networks|reti neurali=neural networks
redes neurais=neural networks
# climate science
cambio climático=climate change|changement climatique=climate change|cambiamento climatico=climate change
mudança climática=climate change|mudanças climáticas=climate change|calentamiento global=global warming
erderwärmung=global warming|réchauffement climatique=global warming|riscaldamento globale=global warming
aquecimento global=global warming|klimaforschung=climate research|climatólogo=climatologist|climatóloga=climatologist
climatologue=climatologist|climatologo=climatologist|climatologa=climatologist|climatologista=climatologist
klimatologe=climatologist|klimatologin=climatologist|climatología=climatology|klimatologie=climatology
climatologie=climatology|climatologia=climatology|klimakrise=climate crisis|crisis climática=climate crisis
crise climatique=climate crisis|crisi climatica=climate crisis|crise climática=climate crisis
émissions de co2=carbon emissions|treibhausgase=greenhouse gases|gases de efecto invernadero=greenhouse gases
gaz à effet de serre=greenhouse gases|gas serra=greenhouse gases|gases de efeito estufa=greenhouse gases
# open source
code source ouvert=open source|codice aperto=open source|sorgente aperta=open source|contribuidor=contributor
contribuidora=contributor|mantenedor=maintainer|mantenedora=maintainer|mainteneur=maintainer|mainteneuse=maintainer
projet libre=open source project|código fuente=source code|codice sorgente=source code|código-fonte=source code
código fonte=source code
# cycling
ciclistas=cyclists|radfahrer=cyclist|radfahrerin=cyclist|radsportler=cyclist|radsportlerin=cyclist
rennradfahren=road cycling|mountainbiken=mountain biking|cyclistes=cyclists|vélo de route=road bike|vtt=mountain bike
vététiste=mountain biker|ciclismo de estrada=road cycling|ciclismo su strada=road cycling
ciclismo de ruta=road cycling|ciclismo de montaña=mountain biking|pedalear=cycling|pedalare=cycling|pédaler=cycling
sortie vélo=bike ride|salida en bici=bike ride|giro in bici=bike ride|cicloturismo=bike touring
cyclotourisme=bike touring|gravelbike=gravel bike|velódromo=velodrome|velodromo=velodrome|radrennen=bike race
carrera ciclista=bike race|course cycliste=bike race|gara ciclistica=bike race|corrida de bicicleta=bike race
# jazz
jazzmusiker=jazz musician|jazzmusikerin=jazz musician|jazzista=jazz musician|jazzman=jazz musician
jazzwoman=jazz musician|jazzmen=jazz musicians|músico de jazz=jazz musician|musicien de jazz=jazz musician
musicista jazz=jazz musician|jazzclub=jazz club|club de jazz=jazz club|festival de jazz=jazz festival
jazzfestival=jazz festival|jazzkonzert=jazz concert|concierto de jazz=jazz concert|concert de jazz=jazz concert
concerto jazz=jazz concert|saxofonist=saxophonist|saxophonistin=saxophonist|contrabajista=bassist
kontrabassist=double bassist|contrebassiste=double bassist|contrabbassista=double bassist|jazzpianist=jazz pianist
jazzpianistin=jazz pianist|pianiste de jazz=jazz pianist
# marketing
mercadeo=marketing|mercadólogo=marketer|mercadóloga=marketer|marketingleiter=marketing manager
marketingleiterin=marketing manager|marketingmanagerin=marketing manager|responsable marketing=marketing manager
responsabile marketing=marketing manager|gerente de marketing=marketing manager|marketing digital=digital marketing
marketing digitale=digital marketing|online-marketing=online marketing|marketing de contenidos=content marketing
marketing de contenu=content marketing|marketing de conteúdo=content marketing|publicista=advertiser
publicitaire=advertising|publicitária=advertising|werbeagentur=advertising agency
agencia de publicidad=advertising agency|agence de communication=communications agency
agenzia di comunicazione=communications agency
# small business
pequeña empresa=small business|pequeñas empresas=small businesses|kleinunternehmen=small business
kleinunternehmer=small business owner|kleinunternehmerin=small business owner|petite entreprise=small business
petites entreprises=small businesses|piccola impresa=small business|piccole imprese=small businesses
pequena empresa=small business|pequenas empresas=small businesses|pequeno negócio=small business
pequenos negócios=small businesses|comercio local=local shop|commerce de proximité=local shop
negozio di quartiere=local shop|comércio local=local shop|auto-entrepreneur=self employed
microempreendedor=small business owner|microempreendedora=small business owner|tienda online=online shop
boutique en ligne=online shop|negozio online=online shop|loja online=online shop|onlineshop=online shop
# accounting
expert-comptable=chartered accountant|experte-comptable=chartered accountant|commissaire aux comptes=auditor
revisore dei conti=auditor|contadora pública=accountant|contador público=accountant|auditora=auditor|auditoria=audit
auditoría=audit|balance general=balance sheet|jahresabschluss=annual accounts|bilan comptable=balance sheet
declaración de la renta=tax return|déclaration d'impôts=tax return|dichiarazione dei redditi=tax return
declaração de imposto=tax return|fiscalista=tax advisor|fiscaliste=tax advisor
# finance
investition=investment|borsa valori=stock exchange|mercado de valores=stock market|finanzberater=financial advisor
finanzberaterin=financial advisor|asesor financiero=financial advisor|asesora financiera=financial advisor
conseiller financier=financial advisor|conseillère financière=financial advisor
consulente finanziario=financial advisor|consulente finanziaria=financial advisor
consultor financeiro=financial advisor|consultora financeira=financial advisor|banquero=banker|banquera=banker
bankerin=banker|banquier=banker|banquière=banker|bancario=banker|bancaria=banker|bancário=banker|bancária=banker
# science
scienza=science|scientifique=scientist|scienziato=scientist|scienziata=scientist|cientista=scientist
investigación científica=scientific research|recherche scientifique=scientific research
ricerca scientifica=scientific research|pesquisa científica=scientific research
divulgación científica=science communication|wissenschaftskommunikation=science communication
vulgarisation scientifique=science communication|divulgazione scientifica=science communication
divulgação científica=science communication|divulgador científico=science communicator
divulgadora científica=science communicator|divulgatore scientifico=science communicator
# health
vida sana=healthy living|gesund leben=healthy living|vie saine=healthy living|vita sana=healthy living
vida saudável=healthy living|hábitos saludables=healthy habits|gesunde ernährung=healthy diet
alimentación saludable=healthy eating|alimentation saine=healthy eating|alimentazione sana=healthy eating
alimentação saudável=healthy eating|gesundheitswesen=healthcare|système de santé=health system
sistema sanitario=health system|sistema de saúde=health system|profesional de la salud=health professional
professionnel de santé=health professional|operatore sanitario=health worker|profissional de saúde=health professional
# fitness
gimnasio=gym|fitnessstudio=gym|salle de sport=gym|palestra=gym|academia de ginástica=gym
krafttraining=strength training|musculación=weight training|musculation=weight training|musculação=weight training
pesas=weights|manubri=dumbbells|entrenador personal=personal trainer|personal trainerin=personal trainer
coach sportif=personal trainer|coach sportive=personal trainer|allenatore personale=personal trainer
preparador físico=fitness coach|preparadora física=fitness coach|preparatore atletico=fitness coach
rutina de ejercicios=workout routine|trainingsplan=training plan|programme d'entraînement=training plan
scheda di allenamento=training plan|treino=workout|treinos=workouts|entreno=workout|allenamento=workout
séance de sport=workout|hacer ejercicio=exercise|ponerse en forma=get fit|culturismo=bodybuilding
culturista=bodybuilder|fisiculturismo=bodybuilding|fisiculturista=bodybuilder|muskelaufbau=muscle building
# football
fussballer=footballer|fußballerin=footballer|footballeur=footballer|footballeuse=footballer|calciatrice=footballer
jogador de futebol=footballer|jogadora de futebol=footballer|jugador de fútbol=footballer
jugadora de fútbol=footballer|fußballspieler=footballer|fußballspielerin=footballer
entrenador de fútbol=football coach|fußballtrainer=football coach|entraîneur de football=football coach
allenatore di calcio=football coach|treinador de futebol=football coach|golazo=great goal|golaço=great goal
hinchas=football fans|aficionado al fútbol=football fan|fußballfan=football fan|liga de fútbol=football league
bundesliga=football league|ligue 1=football league|brasileirão=football league|mundial de fútbol=world cup
coupe du monde=world cup|copa do mundo=world cup|fußball-wm=world cup|torhüter=goalkeeper|gardien de but=goalkeeper
delantero=striker|stürmer=striker|attaccante=striker|atacante=striker|centrocampista=midfielder
# photography
fotografen=photographers|photographes=photographers|appareil photo=camera|macchina fotografica=camera
objetivo fotográfico=camera lens|objectif photo=camera lens|obiettivo fotografico=camera lens
sesión de fotos=photo shoot|fotoshooting=photo shoot|séance photo=photo shoot|servizio fotografico=photo shoot
sessão de fotos=photo shoot|ensaio fotográfico=photo shoot|fotografía de paisaje=landscape photography
landschaftsfotografie=landscape photography|photo de paysage=landscape photography
fotografia di paesaggio=landscape photography|fotografía de retrato=portrait photography
porträtfotografie=portrait photography|tierfotografie=wildlife photography|fotografía de bodas=wedding photography
analogfotografie=film photography|fotografía analógica=film photography|photo argentique=film photography
fotografia analogica=film photography|fotografia analógica=film photography|fotografía callejera=street photography
straßenfotografie=street photography
# travel
viajar=travel|viaje=trip|reise=trip|viaggio=travel|viaggiare=travel|viagem=travel|viajar pelo mundo=travel the world
viajero=traveler|viajera=traveler|reisender=traveler|reisende=travelers|voyageur=traveler|voyageuse=traveler
viaggiatore=traveler|viaggiatrice=traveler|viajante=traveler|mochilero=backpacker|mochilera=backpacker
mochileiro=backpacker|mochileira=backpacker|rucksackreise=backpacking|routard=backpacker|routarde=backpacker
zaino in spalla=backpacking|weltreise=world trip|vuelta al mundo=world trip|tour du monde=world trip
giro del mondo=world trip|volta ao mundo=world trip|reiseblog=travel blog|reisebloggerin=travel blogger
reiseblogger=travel blogger|blog de viajes=travel blog|blog de voyage=travel blog|blog di viaggio=travel blog
blog de viagem=travel blog|vacaciones=vacation|urlaub=vacation|vacances=vacation|vacanze=vacation|férias=vacation
turismo=tourism|tourismus=tourism|tourisme=tourism
# food
comida=food|nourriture=food|cibo=food|gastronómico=gastronomy|gastronomique=gastronomy|gastronomico=gastronomy
buen comer=good food|feinschmecker=gourmet|feinschmeckerin=gourmet|gourmande=food lover|buongustaio=food lover
buongustaia=food lover|comilón=food lover|comida callejera=street food|streetfood=street food
cuisine de rue=street food|cibo di strada=street food|comida de rua=street food|blog de cocina=food blog
foodblog=food blog|blog culinaire=food blog|blog di cucina=food blog|blog de culinária=food blog
# art
kunst=art|artista=artist|künstler=artist|künstlerin=artist|artiste=artist|artistas=artists|künstlerinnen=artists
artistes=artists|artisti=artists|escultor=sculptor|escultora=sculptor|bildhauer=sculptor|bildhauerin=sculptor
sculpteur=sculptor|sculptrice=sculptor|scultore=sculptor|scultrice=sculptor|escultura=sculpture|skulptur=sculpture
scultura=sculpture|galería de arte=art gallery|kunstgalerie=art gallery|galerie d'art=art gallery
galleria d'arte=art gallery|galeria de arte=art gallery|museo de arte=art museum|kunstmuseum=art museum
musée d'art=art museum|museo d'arte=art museum|museu de arte=art museum|arte contemporáneo=contemporary art
zeitgenössische kunst=contemporary art|art contemporain=contemporary art|arte contemporanea=contemporary art
arte contemporânea=contemporary art|óleo sobre lienzo=oil painting|bellas artes=fine arts|bildende kunst=visual arts
beaux-arts=fine arts|belle arti=fine arts|belas artes=fine arts
# gaming
videospiel=video game|computerspiele=video games|videogame=video game|videogames=video games
jogos eletrônicos=video games|gamerin=gamer|jugador de videojuegos=gamer|joueur de jeux vidéo=gamer
videogiocatore=gamer|zocken=gaming|zocker=gamer|zockerin=gamer|jugar a la play=gaming|consola=console|konsole=console
console de jeu=games console|consolle=console|console de videogame=games console|e-sport=esports|esport=esports
jogatina=gaming
# books
lectora=reader|leser=reader|leserin=reader|lecteur=reader|lectrice=reader|lettore=reader|lettrice=reader|leitor=reader
leitora=reader|leseratte=bookworm|ratón de biblioteca=bookworm|rat de bibliothèque=bookworm
topo di biblioteca=bookworm|rato de biblioteca=bookworm|bücherwurm=bookworm|club de lectura=book club
lesekreis=book club|club de lecture=book club|club del libro=book club|clube do livro=book club
clube de leitura=book club|librería=bookshop|buchhandlung=bookshop|librairie=bookshop|libreria=bookshop
livraria=bookshop|librero=bookseller|librera=bookseller|buchhändler=bookseller|buchhändlerin=bookseller
libraire=bookseller|libraio=bookseller|livreiro=bookseller|romance policial=crime novel
buchempfehlung=book recommendation|recomendación de libros=book recommendation|reseña de libro=book review
rezension=book review|buchrezension=book review
# crypto
criptomonedas=cryptocurrency|criptomoneda=cryptocurrency|kryptowährung=cryptocurrency|kryptowährungen=cryptocurrency
cryptomonnaie=cryptocurrency|cryptomonnaies=cryptocurrency|criptovaluta=cryptocurrency|criptovalute=cryptocurrency
criptomoeda=cryptocurrency|criptomoedas=cryptocurrency|krypto=crypto|cripto=crypto|minería de bitcoin=bitcoin mining
cadena de bloques=blockchain|billetera cripto=crypto wallet|carteira cripto=crypto wallet
# pets
animal de compagnie=pet|animaux de compagnie=pets|animale domestico=pet|animali domestici=pets|animal de estimação=pet
animais de estimação=pets|cachorrinho=puppy|dueña de perro=dog owner|adopta no compres=adopt dont shop
# family
familia=family|familie=family|famille=family|famiglia=family|família=family|esposa=wife|marido=husband|ehemann=husband
ehefrau=wife|épouse=wife|moglie=wife|esposo=husband|tochter=daughter|sohn=son|fille=daughter|abuela=grandmother
abuelo=grandfather|oma=grandma|mamie=grandma|papi=dad|nonna=grandma|nonno=grandpa|avó=grandmother|avô=grandfather
nietos=grandchildren|enkel=grandchildren|petits-enfants=grandchildren|nipoti=grandchildren|netos=grandchildren
madre de familia=mother|familienvater=family man|père de famille=family man|padre di famiglia=family man
pai de família=family man|padre de familia=family man
# entertainment
entretenimiento=entertainment|unterhaltung=entertainment|divertissement=entertainment|intrattenimento=entertainment
entretenimento=entertainment|showbusiness=show business|espectáculos=shows|spettacolo=show|espetáculo=show
celebridade=celebrity|klatsch=gossip
# pop music
música pop=pop music|popmusik=pop music|musique pop=pop music|musica pop=pop music|cantante pop=pop singer
popsänger=pop singer|popsängerin=pop singer|chanteuse pop=pop singer|chanteur pop=pop singer|cantor pop=pop singer
cantora pop=pop singer|canciones=songs|chansons=songs|canzoni=songs|músicas=songs|tormentone=summer hit
hit parade=charts|welttournee=world tour
# sports
deporte=sport|deportes=sports|sportlich=sporty|deportista=athlete|deportistas=athletes|sportler=athlete
sportlerin=athlete|sportif=athlete|sportivo=athlete|sportiva=athlete|esporte=sport|esportes=sports|desporto=sport
atleta=athlete|atletas=athletes|athlet=athlete|athletin=athlete|periodismo deportivo=sports journalism
sportjournalist=sports journalist|sportjournalistin=sports journalist|journaliste sportif=sports journalist
giornalista sportivo=sports journalist|jornalista esportivo=sports journalist|periodista deportivo=sports journalist
periodista deportiva=sports journalist|juegos olímpicos=olympic games|olympische spiele=olympic games
jeux olympiques=olympic games|giochi olimpici=olympic games|jogos olímpicos=olympic games|olimpiadas=olympics
olimpiadi=olympics|olimpíadas=olympics|aficionado al deporte=sports fan|sportfan=sports fan
# fashion
moda=fashion|diseñadora de moda=fashion designer|diseñador de moda=fashion designer|modedesigner=fashion designer
modedesignerin=fashion designer|styliste=fashion designer|créatrice de mode=fashion designer
créateur de mode=fashion designer|stilista=fashion designer|estilista=stylist|designer de moda=fashion designer
indossatrice=model|modenschau=fashion show|défilé de mode=fashion show|sfilata=fashion show
desfile de moda=fashion show|semana de la moda=fashion week|settimana della moda=fashion week
semana de moda=fashion week|vêtements=clothes|vestiti=clothes|look del día=outfit of the day
tenue du jour=outfit of the day|estilismo=styling|modeblog=fashion blog|blog de moda=fashion blog
blog de mode=fashion blog|blog di moda=fashion blog|modeblogger=fashion blogger|modebloggerin=fashion blogger
alta costura=haute couture|alta moda=haute couture
# wellness
bienestar=wellness|wohlbefinden=wellbeing|bien-être=wellness|benessere=wellness|bem-estar=wellness
autocuidado=self care|selbstfürsorge=self care|prendre soin de soi=self care|cura di sé=self care
cuidado personal=self care|balneario=spa|kurort=spa resort|thermes=thermal spa|termas=thermal spa
consapevolezza=mindfulness|masaje=massage|massaggio=massage|massagem=massage|aromaterapia=aromatherapy
aromatherapie=aromatherapy|aromathérapie=aromatherapy|entspannung=relaxation|relajación=relaxation
rilassamento=relaxation
# outdoors
aire libre=outdoors|al aire libre=outdoors|draußen=outdoors|plein air=outdoors|all'aperto=outdoors
ao ar livre=outdoors|montañas=mountains|montagne=mountains|montagna=mountains|montanha=mountains|montanhas=mountains
campismo=camping|bivacco=bivouac|naturliebhaber=nature lover|amante de la naturaleza=nature lover
amoureux de la nature=nature lover|amante della natura=nature lover|amante da natureza=nature lover
vida al aire libre=outdoor life|vie au grand air=outdoor life|aventura=adventure|abenteuer=adventure
aventure=adventure|avventura=adventure
# hobbies
aficiones=hobbies|afición=hobby|pasatiempo=hobby|pasatiempos=hobbies|hobbys=hobbies|freizeit=leisure|loisirs=hobbies
passe-temps=hobby|passatempo=hobby|passatempi=hobbies|hobbista=hobbyist|hobbyista=hobbyist|fai da te=diy
modelismo=model making|modellbau=model making|maquettisme=model making|modellismo=model making|tiempo libre=free time
temps libre=free time|tempo libero=free time|tempo livre=free time
# cars
coches=cars|coche=car|autos=cars|voitures=cars|voiture=car|carros=cars|automóvil=car|automóveis=cars|automobili=cars
sport automobile=motorsport|autofan=car enthusiast|autoliebhaber=car enthusiast|passionné d'automobile=car enthusiast
appassionato di auto=car enthusiast|amante de los coches=car enthusiast|apaixonado por carros=car enthusiast
oldtimer=classic car|coche clásico=classic car|voiture ancienne=classic car|voiture de collection=classic car
auto d'epoca=classic car|carro antigo=classic car|carro clássico=classic car|mecánico=mechanic
mecánica automotriz=car mechanics|kfz-mechaniker=car mechanic|kfz-mechatroniker=car mechanic|mécanicien=mechanic
meccanico=mechanic|mecânico=mechanic|mecânica automotiva=car mechanics|sportwagen=sports car
voiture de sport=sports car|auto sportiva=sports car|carro esportivo=sports car|coche eléctrico=electric car
elektroauto=electric car|voiture électrique=electric car|auto elettrica=electric car|carro elétrico=electric car
salón del automóvil=motor show|automesse=motor show|salon de l'auto=motor show|salone dell'auto=motor show
salão do automóvel=motor show
# shopping
compras=shopping|de compras=shopping|einkaufen=shopping|shoppen=shopping|faire du shopping=shopping
fare shopping=shopping|ir de compras=shopping|fazer compras=shopping|rebajas=sales|schlussverkauf=sales|soldes=sales
saldi=sales|liquidação=sales|bons plans=deals|promoções=deals|centro comercial=shopping mall
einkaufszentrum=shopping mall|centre commercial=shopping mall|centro commerciale=shopping mall
shopping center=shopping mall|cupón=coupon|gutschein=voucher|code promo=promo code|codice sconto=discount code
cupom=coupon|código de descuento=discount code|rabattcode=discount code|compras online=online shopping
online-shopping=online shopping|achats en ligne=online shopping|acquisti online=online shopping
# self-improvement
desarrollo personal=personal development|crecimiento personal=personal growth
persönlichkeitsentwicklung=personal development|développement personnel=personal development
crescita personale=personal growth|sviluppo personale=personal development
desenvolvimento pessoal=personal development|crescimento pessoal=personal growth|superación personal=self improvement
selbstoptimierung=self improvement|dépassement de soi=self improvement|automotivación=self motivation
motivación=motivation|motivazione=motivation|motivação=motivation|hábitos=habits|gewohnheiten=habits|habitudes=habits
abitudini=habits|hábitos saudáveis=healthy habits|mentalidad=mindset|mentalität=mindset|état d'esprit=mindset
mentalità=mindset|mentalidade=mindset|autoayuda=self help|selbsthilfe=self help|autoaide=self help
auto-aiuto=self help|autoajuda=self help
# psychology
psicólogos=psychologists|psychologen=psychologists|psychologues=psychologists|psicologi=psychologists
psychothérapeute=psychotherapist|psicología clínica=clinical psychology|klinische psychologie=clinical psychology
psychologie clinique=clinical psychology|psicologia clinica=clinical psychology|neuropsicología=neuropsychology
neuropsychologie=neuropsychology|neuropsicologia=neuropsychology|psicoanálisis=psychoanalysis
psychoanalyse=psychoanalysis|psicoanalisi=psychoanalysis|psicanálise=psychoanalysis|psiquiatra=psychiatrist
psychiater=psychiatrist|psychiaterin=psychiatrist|psychiatre=psychiatrist|psichiatra=psychiatrist
psicopedagoga=educational psychologist|psicopedagogo=educational psychologist|therapeutin=therapist
thérapeute=therapist
# games
spieleabend=game night|noche de juegos=game night|soirée jeux=game night|serata giochi=game night
noite de jogos=game night|juegos de cartas=card games|kartenspiele=card games|jeux de cartes=card games
giochi di carte=card games|jogos de cartas=card games|kartenspiel=card game|jogo de rpg=role playing game
# history
historiens=historians|arqueólogo=archaeologist|arqueóloga=archaeologist|archäologe=archaeologist
archäologin=archaeologist|archéologue=archaeologist|archeologo=archaeologist|archeologa=archaeologist
edad media=middle ages|moyen âge=middle ages|medioevo=middle ages|idade média=middle ages|antigua roma=ancient rome
antikes rom=ancient rome|rome antique=ancient rome|antica roma=ancient rome|roma antiga=ancient rome
segunda guerra mundial=world war two|zweiter weltkrieg=world war two|seconde guerre mondiale=world war two
seconda guerra mondiale=world war two|segunda guerra=world war two|patrimonio histórico=heritage|kulturerbe=heritage
patrimonio storico=heritage|patrimônio histórico=heritage
# gardening
gärtnern=gardening|giardiniera=gardener|jardineira=gardener|huerta=vegetable garden|jardin familial=allotment
orto urbano=urban garden|huerto urbano=urban garden|horta urbana=urban garden|kompost=compost|compostaje=composting
compostage=composting|compostaggio=composting|compostagem=composting|rosales=rose bushes|rosiers=rose bushes
invernadero=greenhouse|gewächshaus=greenhouse|pflanzen setzen=planting|semina=sowing|semeadura=sowing|siembra=sowing
aussaat=sowing|paisajismo=landscaping
# knitting
tejiendo=knitting|tejedora=knitter|strickerin=knitter|strickliesel=knitting|lavoro a maglia=knitting
fare la maglia=knitting|sferruzzare=knitting|tricô=knitting|tricoteira=knitter|agujas de tejer=knitting needles
stricknadeln=knitting needles|aiguilles à tricoter=knitting needles|ferri da maglia=knitting needles
agulhas de tricô=knitting needles|patrón de punto=knitting pattern|patron de tricot=knitting pattern
pullover stricken=knitting a sweater
# crafts
bastelei=crafts|loisirs créatifs=crafts|travaux manuels=crafts|lavoretti=crafts|bricolage créatif=crafts
kunsthandwerk=handicrafts|artesano=craftsman|artesana=craftswoman|kunsthandwerker=craftsman
kunsthandwerkerin=craftswoman|artisane=craftswoman|artigiana=craftswoman|artesão=craftsman|artesã=craftswoman
hecho a mano=handmade|fait main=handmade|fatto a mano=handmade|feito à mão=handmade|cerámica=ceramics|keramik=ceramics
céramique=ceramics|ceramica=ceramics|cerâmica=ceramics|alfarería=pottery|töpfern=pottery|poterie=pottery
ceramista=ceramicist|töpfer=potter|töpferin=potter|potier=potter|potière=potter
# sewing
näherin=seamstress|sarto=tailor|costurero=sewing box|modista=dressmaker|máquina de coser=sewing machine
machine à coudre=sewing machine|macchina da cucire=sewing machine|máquina de costura=sewing machine
patrón de costura=sewing pattern|schnittmuster=sewing pattern|patron de couture=sewing pattern
cartamodello=sewing pattern|molde de costura=sewing pattern|costurar=sewing
# classical music
música clásica=classical music|klassische musik=classical music|musique classique=classical music
musica classica=classical music|música clássica=classical music|orquesta sinfónica=symphony orchestra
sinfonieorchester=symphony orchestra|orchestre symphonique=symphony orchestra|orchestra sinfonica=symphony orchestra
orquestra sinfônica=symphony orchestra|director de orquesta=conductor|directora de orquesta=conductor
chef d'orchestre=conductor|direttore d'orchestra=conductor|direttrice d'orchestra=conductor|maestro regente=conductor
geigerin=violinist|violonchelista=cellist|cellistin=cellist|violoncelliste=cellist|violoncellista=cellist|tenore=tenor
conservatorio=conservatory|konservatorium=conservatory|conservatoire=conservatory|conservatório=conservatory
musikhochschule=music academy|compositore=composer|música de cámara=chamber music|kammermusik=chamber music
musique de chambre=chamber music|musica da camera=chamber music|música de câmara=chamber music
# parenting
crianza respetuosa=gentle parenting|elternschaft=parenthood|éducation bienveillante=gentle parenting
genitorialità=parenting|vaterschaft=fatherhood|paternità=fatherhood|mamá=mom|mami=mom|mama=mom|mamma=mom|mamãe=mom
papai=dad|mamá de=mom of|mama von=mom of|maman de=mom of|mamma di=mom of|mãe de=mom of|papá de=dad of|papa von=dad of
papa de=dad of|papà di=dad of|pai de=dad of|neonato=baby|embarazo=pregnancy|schwangerschaft=pregnancy
grossesse=pregnancy|gravidanza=pregnancy|gravidez=pregnancy|embarazada=pregnant|schwanger=pregnant|enceinte=pregnant
incinta=pregnant|grávida=pregnant|lactancia=breastfeeding|stillen=breastfeeding|allaitement=breastfeeding
allattamento=breastfeeding|amamentação=breastfeeding|mamá bloguera=mom blogger|mamablog=mom blog
mamablogger=mom blogger|congé parental=parental leave
# science fiction
ciencia ficción=science fiction|science-fiction=science fiction|ficção científica=science fiction
novela de ciencia ficción=science fiction novel|sci-fi=science fiction|scifi=science fiction
zukunftsroman=science fiction|ciberpunk=cyberpunk|ópera espacial=space opera|distopía=dystopia|dystopie=dystopia
distopia=dystopia|viajes en el tiempo=time travel|zeitreise=time travel|voyage dans le temps=time travel
viaggio nel tempo=time travel|viagem no tempo=time travel|extraterrestres=aliens|außerirdische=aliens
extraterrestre=alien|alieni=aliens|alienígenas=aliens
# fantasy
fantasía épica=epic fantasy|epische fantasy=epic fantasy|fantasy épique=epic fantasy|fantasy epico=epic fantasy
fantasia épica=epic fantasy|dragones=dragons|drachen=dragons|draghi=dragons|dragões=dragons|zauberer=wizard
sorcier=wizard|sorcière=witch|mago=wizard|bruja=witch|hexe=witch|strega=witch|bruxa=witch|elfos=elves|elfen=elves
elfes=elves|elfi=elves|hada=fairy|fata=fairy|fada=fairy|tierra media=middle earth|mittelerde=middle earth
terre du milieu=middle earth|terra di mezzo=middle earth|terra média=middle earth|espada y brujería=sword and sorcery
# poetry
lyriker=poet|lyrikerin=poet|poétesse=poet|poetessa=poet|poetas=poets|poeti=poets|poètes=poets|poema=poem|poème=poem
poemi=poems|versos=verses|rima=rhyme|reim=rhyme|soneto=sonnet|sonett=sonnet|sonetto=sonnet|haikus=haiku
recital de poesía=poetry reading|lectura de poesía=poetry reading|lecture de poésie=poetry reading
slam de poesía=poetry slam|poemario=poetry collection|gedichtband=poetry collection
recueil de poèmes=poetry collection|raccolta di poesie=poetry collection|livro de poemas=poetry collection
# writing
escritores=writers|écrivains=writers|scrittori=writers|autor=author|autore=author|novelista=novelist
romancier=novelist|romancière=novelist|romanziere=novelist|romanziera=novelist|romancista=novelist|romanautor=novelist
romanautorin=novelist|escritura=writing|écriture=writing|scrittura=writing|escritura creativa=creative writing
kreatives schreiben=creative writing|écriture créative=creative writing|scrittura creativa=creative writing
escrita criativa=creative writing|taller de escritura=writing workshop|schreibwerkstatt=writing workshop
atelier d'écriture=writing workshop|laboratorio di scrittura=writing workshop|oficina de escrita=writing workshop
manuscrito=manuscript|manuskript=manuscript|manuscrit=manuscript|manoscritto=manuscript|guionista=screenwriter
drehbuchautor=screenwriter|drehbuchautorin=screenwriter|scénariste=screenwriter|sceneggiatore=screenwriter
sceneggiatrice=screenwriter|roteirista=screenwriter
# film
cinéaste=filmmaker|filmemacherin=filmmaker|directora de cine=film director|director de cine=film director
diretor de cinema=film director|diretora de cinema=film director|cinefilo=film buff|cinéfilo=film buff
cinéfila=film buff|cinéphile=film buff|cinefila=film buff|festival de cine=film festival|filmfestival=film festival
festival de cinéma=film festival|festival del cinema=film festival|festival de cinema=film festival
cortometraje=short film|kurzfilm=short film|court métrage=short film|court-métrage=short film
cortometraggio=short film|curta-metragem=short film|largometraje=feature film|spielfilm=feature film
long métrage=feature film|lungometraggio=feature film|longa-metragem=feature film
# television
series de televisión=tv series|série télé=tv series|serie tv=tv series|série de tv=tv series|seifenoper=soap opera
novela das nove=soap opera|programa de televisión=tv show|fernsehsendung=tv show|émission de télé=tv show
programma televisivo=tv show|programa de tv=tv show|presentador=tv presenter|presentadora=tv presenter
moderatorin=tv presenter|présentateur=tv presenter|présentatrice=tv presenter|conduttore televisivo=tv presenter
apresentador=tv presenter|apresentadora=tv presenter|maratón de series=binge watching|serienjunkie=tv series fan
sériephile=tv series fan|serie-dipendente=tv series fan|viciada em séries=tv series fan
# anime
animes=anime|animación japonesa=anime|japanische animation=anime|animation japonaise=anime|animazione giapponese=anime
animação japonesa=anime|otakus=otaku|mangas=manga|mangaka=manga artist|shonen=anime|shōnen=anime|shojo=anime
isekai=anime|animefan=anime fan|fan del anime=anime fan|fan d'anime=anime fan|japan expo=anime convention
# comics
historieta=comic strip|tebeos=comics|bande dessinée=comic|bandes dessinées=comics|bédé=comics
histórias em quadrinhos=comics|gibis=comics|dibujante de cómics=comic artist|auteur de bd=comic artist
autrice de bd=comic artist|dessinateur de bd=comic artist|novela gráfica=graphic novel|roman graphique=graphic novel
romanzo grafico=graphic novel|romance gráfico=graphic novel|superhelden=superheroes|super-héros=superheroes
supereroi=superheroes|super-heróis=superheroes|viñeta=comic panel|tira cómica=comic strip
# board games
juegos de mesa=board games|juego de mesa=board game|gesellschaftsspiel=board game|brettspielabend=board game night
jeux de société=board games|jeu de société=board game|jeux de plateau=board games|jeu de plateau=board game
giochi da tavolo=board games|gioco da tavolo=board game|jogos de tabuleiro=board games|jogo de tabuleiro=board game
jogos de mesa=board games|ludoteca=games library|ludothèque=games library|juego de tablero=board game
spieleautor=game designer|spieleautorin=game designer|auteur de jeux=game designer|autore di giochi=game designer
# cooking
cuisiner=cooking|cucinare=cooking|küche=kitchen|cozinha=kitchen|jefe de cocina=head chef|chefkoch=head chef
chefköchin=head chef|chef de cuisine=head chef|capocuoco=head chef|chef de cozinha=head chef
cocina casera=home cooking|hausmannskost=home cooking|cuisine maison=home cooking|cucina casalinga=home cooking
comida caseira=home cooking|comida casera=home cooking|curso de cocina=cooking class|kochkurs=cooking class
cours de cuisine=cooking class|corso di cucina=cooking class|aula de culinária=cooking class|kochbuch=cookbook
libro de cocina=cookbook|livre de cuisine=cookbook|libro di cucina=cookbook|livro de receitas=cookbook
hobbykoch=home cook|hobbyköchin=home cook|cocinillas=home cook|cuisinier amateur=home cook|marmitas fitness=meal prep
marmitas=meal prep
# baking
pastelería=pastry|backen=baking|konditorei=patisserie|panificazione=bread making|panificação=bread making
panettiere=baker|panettiera=baker|padeira=baker|repostero=pastry chef|repostera=pastry chef|pastelero=pastry chef
pastelera=pastry chef|konditor=pastry chef|konditorin=pastry chef|pâtissier=pastry chef|pâtissière=pastry chef
pasticcere=pastry chef|pasticcera=pastry chef|masa madre=sourdough|sauerteig=sourdough|levain=sourdough
lievito madre=sourdough|fermento natural=sourdough|pan casero=homemade bread|selbstgebackenes brot=homemade bread
pain maison=homemade bread|pane fatto in casa=homemade bread|pão caseiro=homemade bread|tarta=cake|tortas=cakes
galletas=cookies|kekse=cookies|plätzchen=cookies|biscuits=cookies|biscotti=cookies|biscoitos=cookies
bizcocho=sponge cake|rührkuchen=pound cake|magdalenas=muffins|hefezopf=brioche
# wine
sommelière=sommelier|sommeliere=sommelier|sommelierin=sommelier|sumilher=sommelier|domaine viticole=winery
viticultor=winemaker|viticultora=winemaker|viticoltore=winemaker|viticoltrice=winemaker|enólogo=oenologist
enóloga=oenologist|önologe=oenologist|önologin=oenologist|œnologue=oenologist|oenologue=oenologist|enologo=oenologist
enologa=oenologist|önologie=oenology|oenologie=oenology|enoturismo=wine tourism|weinprobe=wine tasting
weinverkostung=wine tasting|cata de vinos=wine tasting|dégustation de vin=wine tasting
degustazione di vini=wine tasting|degustação de vinhos=wine tasting|vendimia=grape harvest|weinlese=grape harvest
vendanges=grape harvest|vendemmia=grape harvest|vindima=grape harvest|vino tinto=red wine|rotwein=red wine
vin rouge=red wine|vino rosso=red wine|vinho tinto=red wine|vino blanco=white wine|weißwein=white wine
vin blanc=white wine|vino bianco=white wine|vinho branco=white wine|winzerei=winery|enoteca=wine bar
vinothek=wine shop|cave à vin=wine cellar|bar à vin=wine bar
# coffee
café=coffee|cafezinho=coffee|café de especialidad=specialty coffee|spezialitätenkaffee=specialty coffee
café de spécialité=specialty coffee|caffè specialty=specialty coffee|café especial=specialty coffee
cafés especiais=specialty coffee|tostadora=coffee roaster|kaffeerösterei=coffee roastery|torréfactrice=coffee roaster
torrefação=coffee roastery|tostaduría=coffee roastery|baristin=barista|granos de café=coffee beans
grains de café=coffee beans|chicchi di caffè=coffee beans|grãos de café=coffee beans|kaffeemaschine=coffee machine
cafetière=coffee maker|macchina del caffè=coffee machine|cafeteira=coffee maker|moka=moka pot
siebträger=espresso machine|kaffeeliebhaber=coffee lover|amante del café=coffee lover|amateur de café=coffee lover
amante del caffè=coffee lover|amante de café=coffee lover|cafeína=caffeine|koffein=caffeine|caféine=caffeine
caffeina=caffeine|caficultor=coffee farmer|cafeicultor=coffee farmer
# beer
cerveza artesanal=craft beer|craft-bier=craft beer|bière artisanale=craft beer|birra artigianale=craft beer
cerveja artesanal=craft beer|cervecera=brewer|brauerin=brewer|brasseuse=brewer|mastro birraio=brewer|cervejeira=brewer
braumeister=brewmaster|braumeisterin=brewmaster|maestro cervecero=brewmaster|maître brasseur=brewmaster
mestre cervejeiro=brewmaster|hausbrauerei=home brewing|heimbrauen=home brewing|homebrewing=home brewing
cerveza casera=home brew|bierverkostung=beer tasting|cata de cervezas=beer tasting|dégustation de bières=beer tasting
degustazione di birre=beer tasting|degustação de cervejas=beer tasting|biergarten=beer garden
oktoberfest=beer festival|bierfest=beer festival|festival de la cerveza=beer festival|lúpulo=hops|hopfen=hops
houblon=hops|luppolo=hops|cervecería artesanal=craft brewery|kneipe=pub|bierkenner=beer connoisseur
sommelier de cerveza=beer sommelier|biersommelier=beer sommelier|biersommelière=beer sommelier
# restaurants
gastronom=restaurateur|gastronomin=restaurateur|ristoratore=restaurateur|ristoratrice=restaurateur
hostelería=hospitality|hotellerie=hospitality|hôtellerie=hospitality|ristorazione=restaurant business
restaurantkritik=restaurant review|crítico gastronómico=food critic|crítica gastronómica=food critic
critique gastronomique=food critic|critico gastronomico=food critic|crítico gastronômico=food critic
estrella michelin=michelin star|michelin-stern=michelin star|étoile michelin=michelin star
stella michelin=michelin star|estrela michelin=michelin star|sternekoch=michelin chef|sterneköchin=michelin chef
chef étoilé=michelin chef|chef stellato=michelin chef|trattoria=restaurant|osteria=restaurant|taberna=tavern
bistrot=bistro|wirtshaus=inn|gasthaus=inn|gasthof=inn|mesero=waiter|mesera=waitress|camarero=waiter|camarera=waitress
kellner=waiter|kellnerin=waitress|serveuse=waitress|cameriere=waiter|cameriera=waitress|garçom=waiter
garçonete=waitress|empregado de mesa=waiter|reservar mesa=book a table|tischreservierung=table reservation
réserver une table=book a table|prenotare un tavolo=book a table
# nutrition
ernährungswissenschaftlerin=nutrition scientist|ernährungswissenschaftler=nutrition scientist|diätassistent=dietitian
diätassistentin=dietitian|dietologo=dietitian|dietologa=dietitian|nutrólogo=nutrition doctor
nutróloga=nutrition doctor|proteínas=protein|eiweiß=protein|protéines=protein|proteine=protein|vitaminas=vitamins
vitamine=vitamins|vitamines=vitamins|macronutrientes=macronutrients|makronährstoffe=macronutrients
macronutriments=macronutrients|macronutrienti=macronutrients|alimentation=diet|calorías=calories|kalorien=calories
calorie=calories|calorias=calories|ayuno intermitente=intermittent fasting|intervallfasten=intermittent fasting
jeûne intermittent=intermittent fasting|digiuno intermittente=intermittent fasting
jejum intermitente=intermittent fasting
# running
joggen=jogging|coureurs=runners|podisti=runners|corridore=runner|corridora=runner|marathonläufer=marathon runner
marathonläuferin=marathon runner|marathonien=marathon runner|marathonienne=marathon runner|maratoneta=marathon runner
maratonista=marathon runner|maratoneti=marathon runners|media maratón=half marathon|halbmarathon=half marathon
semi-marathon=half marathon|mezza maratona=half marathon|meia maratona=half marathon|laufschuhe=running shoes
zapatillas de correr=running shoes|chaussures de running=running shoes|scarpe da corsa=running shoes
tênis de corrida=running shoes|lauftraining=running training|entrenamiento de carrera=running training
course à pied=running|trailrunning=trail running|traillauf=trail running|carrera de montaña=trail running
corsa in montagna=mountain running|corrida de rua=road running|carrera popular=fun run|volkslauf=fun run|10 km=10k run
ultramaratón=ultramarathon|ultramaratona=ultramarathon|lauftreff=running club|club de corredores=running club
club de running=running club
# yoga
yogini=yogi|yogalehrer=yoga teacher|yogalehrerin=yoga teacher|profesora de yoga=yoga teacher
profesor de yoga=yoga teacher|professeur de yoga=yoga teacher|prof de yoga=yoga teacher
professoressa di yoga=yoga teacher|insegnante di yoga=yoga teacher|professora de yoga=yoga teacher
professor de yoga=yoga teacher|instructora de yoga=yoga teacher|instrutora de yoga=yoga teacher
clase de yoga=yoga class|yogastunde=yoga class|yogakurs=yoga class|cours de yoga=yoga class|lezione di yoga=yoga class
aula de yoga=yoga class|esterilla=yoga mat|yogamatte=yoga mat|tapis de yoga=yoga mat|tappetino yoga=yoga mat
tapete de yoga=yoga mat|esterilla de yoga=yoga mat|asanas=yoga poses|saludo al sol=sun salutation
sonnengruß=sun salutation|salutation au soleil=sun salutation|saluto al sole=sun salutation
saudação ao sol=sun salutation|retiro de yoga=yoga retreat|yoga-retreat=yoga retreat|retraite de yoga=yoga retreat
ritiro yoga=yoga retreat|retiro de ioga=yoga retreat|ioga=yoga|iogue=yogi|professora de ioga=yoga teacher
pranayama=breathing exercise
# hiking
senderista=hiker|senderistas=hikers|excursionista=hiker|wanderungen=hikes|wanderin=hiker|wanderfreund=hiker
wanderfreundin=hiker|bergwandern=mountain hiking|randonnées=hikes|randonneur=hiker|randonneurs=hikers|escursioni=hikes
escursionista=hiker|escursionisti=hikers|caminhadas=hiking|trilheiro=hiker|trilheira=hiker
ruta de senderismo=hiking trail|wanderweg=hiking trail|sentier de randonnée=hiking trail|sentiero=hiking trail
sentiero escursionistico=hiking trail|trekking de montaña=mountain trekking|fernwanderweg=long distance trail
grande randonnée=long distance trail|jakobsweg=camino de santiago|chemin de compostelle=camino de santiago
cammino di santiago=camino de santiago|caminho de santiago=camino de santiago|wanderschuhe=hiking boots
botas de montaña=hiking boots|chaussures de randonnée=hiking boots|scarponi=hiking boots|botas de trilha=hiking boots
cumbre=summit|gipfel=summit|vetta=summit|cume=summit|gipfelkreuz=summit cross|hüttentour=hut to hut hike
refugio de montaña=mountain hut|refuge de montagne=mountain hut|berghütte=mountain hut
# climbing
escaladores=climbers|kletterhalle=climbing gym|kletterwand=climbing wall|klettersteig=via ferrata|grimpeurs=climbers
salle d'escalade=climbing gym|mur d'escalade=climbing wall|arrampicata sportiva=sport climbing
palestra di arrampicata=climbing gym|parete di arrampicata=climbing wall|escalada esportiva=sport climbing
escalada deportiva=sport climbing|rocódromo=climbing gym|ginásio de escalada=climbing gym|boulderhalle=bouldering gym
búlder=bouldering|alpinista=mountaineer|alpinistas=mountaineers|bergsteiger=mountaineer|bergsteigerin=mountaineer
alpiniste=mountaineer|alpinistes=mountaineers|montañista=mountaineer|montanhismo=mountaineering
montanhista=mountaineer|cuerda de escalada=climbing rope|kletterseil=climbing rope|corde d'escalade=climbing rope
corda da arrampicata=climbing rope|pies de gato=climbing shoes|kletterschuhe=climbing shoes
chaussons d'escalade=climbing shoes|scarpette da arrampicata=climbing shoes|sapatilhas de escalada=climbing shoes
vía de escalada=climbing route|kletterroute=climbing route|voie d'escalade=climbing route
via di arrampicata=climbing route|via de escalada=climbing route
# swimming
nager=swimming|nageurs=swimmers|nuotare=swimming|nuotatrice=swimmer|nuotatori=swimmers|nadadoras=swimmers
hallenbad=indoor pool|freibad=outdoor pool|piscine=swimming pool|natación en aguas abiertas=open water swimming
freiwasserschwimmen=open water swimming|nage en eau libre=open water swimming
nuoto in acque libere=open water swimming|águas abertas=open water swimming|aguas abiertas=open water swimming
bahnen schwimmen=swimming laps|schwimmtraining=swim training|entrenamiento de natación=swim training
schwimmverein=swim club|club de natación=swim club|club de natation=swim club|clube de natação=swim club
società di nuoto=swim club|braza=breaststroke|brustschwimmen=breaststroke|brasse=breaststroke
nuoto a rana=breaststroke|nado peito=breaststroke|crol=front crawl|kraulen=front crawl|stile libero=freestyle swimming
nado livre=freestyle swimming|estilo libre=freestyle swimming|gafas de natación=swim goggles
schwimmbrille=swim goggles|lunettes de natation=swim goggles|occhialini=swim goggles
# tennis
tenista=tennis player|tenistas=tennis players|tennisspieler=tennis player|tennisspielerin=tennis player
joueur de tennis=tennis player|joueuse de tennis=tennis player|tennista=tennis player|tennisti=tennis players
raqueta de tenis=tennis racket|tennisschläger=tennis racket|raquette de tennis=tennis racket
racchetta da tennis=tennis racket|raquete de tênis=tennis racket|tennisplatz=tennis court|pista de tenis=tennis court
cancha de tenis=tennis court|court de tennis=tennis court|campo da tennis=tennis court|quadra de tênis=tennis court
tennisclub=tennis club|tennisverein=tennis club|club de tenis=tennis club|club de tennis=tennis club
circolo tennis=tennis club|clube de tênis=tennis club|tennistrainer=tennis coach|tennistrainerin=tennis coach
entrenador de tenis=tennis coach|moniteur de tennis=tennis coach|maestro di tennis=tennis coach
professor de tênis=tennis coach|roland garros=tennis tournament
# golf
golfistas=golfers|golferin=golfer|golfspielerin=golfer|golfeuse=golfer|golfeurs=golfers|golfisti=golfers
jogador de golfe=golfer|golfplatz=golf course|campo de golf=golf course|parcours de golf=golf course
terrain de golf=golf course|campo da golf=golf course|campo de golfe=golf course|golfclub=golf club
club de golf=golf club|circolo golf=golf club|clube de golfe=golf club|handicap de golf=golf handicap
golfschläger=golf club|palo de golf=golf club|bâton de golf=golf club|mazza da golf=golf club|taco de golfe=golf club
golfrunde=round of golf|partida de golf=round of golf|partie de golf=round of golf|green de golf=golf green
hoyo en uno=hole in one|golfprofi=golf pro|golflehrer=golf coach|golflehrerin=golf coach|profesor de golf=golf coach
moniteur de golf=golf coach
# basketball
básquetbol=basketball|basketbol=basketball|basquetebol=basketball|baloncestista=basketball player
basquetbolista=basketball player|jugador de baloncesto=basketball player|jugadora de baloncesto=basketball player
basketballspieler=basketball player|basketballspielerin=basketball player|basketballer=basketball player
basketballerin=basketball player|basketteur=basketball player|basketteuse=basketball player
joueur de basket=basketball player|joueuse de basket=basketball player|cestista=basketball player
cestisti=basketball players|jogador de basquete=basketball player|jogadora de basquete=basketball player
cancha de baloncesto=basketball court|basketballplatz=basketball court|terrain de basket=basketball court
campo da basket=basketball court|quadra de basquete=basketball court|panier de basket=basketball hoop
canestro=basketball hoop|cesta de basquete=basketball hoop|euroliga=euroleague|eurolega=euroleague
liga acb=basketball league|lega basket=basketball league
# baseball
beisbolista=baseball player|pelotero=baseball player|peloteros=baseball players|jugador de béisbol=baseball player
baseballspieler=baseball player|baseballspielerin=baseball player|joueur de baseball=baseball player
giocatore di baseball=baseball player|jogador de beisebol=baseball player|jonrón=home run|lanzador=pitcher
bateador=batter|bateadora=batter|ligas mayores=major league baseball|serie del caribe=caribbean series
serie mundial=world series|diamante de béisbol=baseball diamond|estadio de béisbol=baseball stadium
guante de béisbol=baseball glove|bate de béisbol=baseball bat|base-ball=baseball|batte de baseball=baseball bat
mazza da baseball=baseball bat|taco de beisebol=baseball bat
# american football
fútbol americano=american football|football americano=american football|football américain=american football
futebol americano=american football|american-football=american football|footballspieler=american football player
jugador de fútbol americano=american football player|joueur de football américain=american football player
giocatore di football americano=american football player|mariscal de campo=quarterback|superbowl=super bowl
pretemporada nfl=nfl preseason|tochito=flag football|futbol bandera=flag football
# cricket
críquete=cricket|cricketspieler=cricketer|cricketspielerin=cricketer|joueur de cricket=cricketer
giocatore di cricket=cricketer|jogador de críquete=cricketer|jugador de críquet=cricketer|bateador de críquet=batsman
lanzador de críquet=bowler|partido de críquet=cricket match|cricketspiel=cricket match|match de cricket=cricket match
partita di cricket=cricket match|partida de críquete=cricket match
# rugby
rugbista=rugby player|rugbistas=rugby players|rugbisti=rugby players|rugbyman=rugby player|rugbymen=rugby players
rugbywoman=rugby player|rugbywomen=rugby players|rugbyspieler=rugby player|rugbyspielerin=rugby player
jugador de rugby=rugby player|jugadora de rugby=rugby player|joueur de rugby=rugby player
joueuse de rugby=rugby player|giocatore di rugby=rugby player|jogador de rugby=rugby player
jogadora de rugby=rugby player|ovalie=rugby|quinze de france=france rugby team|xv de france=france rugby team
tournoi des six nations=six nations rugby|seis naciones=six nations rugby|sei nazioni=six nations rugby
sechs nationen=six nations rugby|rugby à xv=rugby union|rugby à xiii=rugby league|rugby a 7=rugby sevens
rugby a siete=rugby sevens|rugby à sept=rugby sevens|rugby de siete=rugby sevens|rugbyclub=rugby club
club de rugby=rugby club|stade de rugby=rugby stadium|entraîneur de rugby=rugby coach|allenatore di rugby=rugby coach
entrenador de rugby=rugby coach|essai transformé=converted try|ensayo de rugby=rugby try|meta de rugby=rugby try
# formula 1
fórmula 1=formula one|fórmula uno=formula one|formel 1=formula one|formel eins=formula one|formule 1=formula one
formula uno=formula one|fórmula um=formula one|formula 1=formula one|piloto de fórmula 1=formula one driver
piloto de f1=formula one driver|formel-1-fahrer=formula one driver|formel-1-pilot=formula one driver
pilote de formule 1=formula one driver|pilote de f1=formula one driver|pilota di formula 1=formula one driver
pilota di f1=formula one driver|gran premio=grand prix|gp de mónaco=monaco grand prix|gp di monza=italian grand prix
gran premio d'italia=italian grand prix|rennfahrerin=racing driver|pilote automobile=racing driver
piloto de carreras=racing driver|pilota automobilistico=racing driver|piloto de corrida=racing driver
rennstall=racing team|escudería=racing team|écurie de formule 1=formula one team|scuderia=racing team
escuderia=racing team|parrilla de salida=starting grid|startaufstellung=starting grid|grille de départ=starting grid
griglia di partenza=starting grid|grid de largada=starting grid|clasificación del gp=qualifying|qualifiche=qualifying
boxenstopp=pit stop|parada en boxes=pit stop|arrêt aux stands=pit stop|autódromo=race track|rennstrecke=race track
circuito de carreras=race track|circuit automobile=race track|autodromo=race track
autódromo de interlagos=brazilian grand prix|campeonato mundial de pilotos=drivers championship
weltmeister der formel 1=formula one champion
# chess
ajedrecistas=chess players|schachspielerin=chess player|joueur d'échecs=chess player|joueuse d'échecs=chess player
scacchista=chess player|scacchisti=chess players|enxadrista=chess player|enxadristas=chess players
xadrezista=chess player|gran maestro=grandmaster|großmeister=grandmaster|großmeisterin=grandmaster
grand maître=grandmaster|grande maestro=grandmaster|grande mestre=grandmaster|schachverein=chess club
club de ajedrez=chess club|club d'échecs=chess club|circolo scacchistico=chess club|clube de xadrez=chess club
torneo de ajedrez=chess tournament|schachturnier=chess tournament|tournoi d'échecs=chess tournament
torneo di scacchi=chess tournament|torneio de xadrez=chess tournament|tablero de ajedrez=chessboard
schachbrett=chessboard|échiquier=chessboard|scacchiera=chessboard|tabuleiro de xadrez=chessboard
partida de ajedrez=chess game|schachpartie=chess game|partie d'échecs=chess game|partita a scacchi=chess game
partida de xadrez=chess game|jaque mate=checkmate|schachmatt=checkmate|échec et mat=checkmate|scacco matto=checkmate
xeque-mate=checkmate|apertura de ajedrez=chess opening|schacheröffnung=chess opening|ouverture d'échecs=chess opening
# astronomy
astrofísica=astrophysics|astrophysik=astrophysics|astrophysique=astrophysics|astrofisica=astrophysics
astrofísico=astrophysicist|astrophysiker=astrophysicist|astrophysikerin=astrophysicist|astrophysicien=astrophysicist
astrophysicienne=astrophysicist|astrofisico=astrophysicist|observatorio=observatory|sternwarte=observatory
observatoire=observatory|osservatorio=observatory|observatório=observatory|planetario=planetarium
planetário=planetarium|astronomía amateur=amateur astronomy|hobbyastronom=amateur astronomer
hobbyastronomin=amateur astronomer|astronome amateur=amateur astronomer|astrofilo=amateur astronomer
astrofila=amateur astronomer|astrofotografía=astrophotography|astrofotografie=astrophotography
astrophotographie=astrophotography|astrofotografia=astrophotography|sternenhimmel=night sky
cielo estrellado=starry sky|ciel étoilé=starry sky|cielo stellato=starry sky|céu estrelado=starry sky
vía láctea=milky way|milchstraße=milky way|voie lactée=milky way|via lattea=milky way|via láctea=milky way
eclipse solar=solar eclipse|sonnenfinsternis=solar eclipse|éclipse solaire=solar eclipse|eclissi=eclipse
lluvia de estrellas=meteor shower|sternschnuppen=shooting stars|étoiles filantes=shooting stars
stelle cadenti=shooting stars|estrelas cadentes=shooting stars|galaxias=galaxies|galaxien=galaxies|galassie=galaxies
galáxias=galaxies
# physics
mecánica cuántica=quantum mechanics|quantenmechanik=quantum mechanics|mécanique quantique=quantum mechanics
meccanica quantistica=quantum mechanics|mecânica quântica=quantum mechanics|física de partículas=particle physics
teilchenphysik=particle physics|physique des particules=particle physics|fisica delle particelle=particle physics
física teórica=theoretical physics|theoretische physik=theoretical physics|physique théorique=theoretical physics
fisica teorica=theoretical physics|físico teórico=theoretical physicist|physique nucléaire=nuclear physics
kernphysik=nuclear physics|física nuclear=nuclear physics|fisica nucleare=nuclear physics|relatividad=relativity
relativitätstheorie=relativity|relativité=relativity|relatività=relativity|relatividade=relativity
física de materiales=materials physics|festkörperphysik=solid state physics|physikstudium=physics degree
physikstudent=physics student|physikstudentin=physics student|estudiante de física=physics student
étudiant en physique=physics student|studente di fisica=physics student|estudante de física=physics student
# biology
biologen=biologists|biologi=biologists|microbiología=microbiology|mikrobiologie=microbiology
microbiologie=microbiology|microbiologia=microbiology|microbiólogo=microbiologist|microbióloga=microbiologist
mikrobiologe=microbiologist|mikrobiologin=microbiologist|microbiologiste=microbiologist|microbiologo=microbiologist
genetista=geneticist|genetiker=geneticist|genetikerin=geneticist|généticien=geneticist|généticienne=geneticist
biología molecular=molecular biology|molekularbiologie=molecular biology|biologie moléculaire=molecular biology
biologia molecolare=molecular biology|biologia molecular=molecular biology|ecología=ecology|ökologie=ecology
écologie scientifique=ecology|zoología=zoology|zoologie=zoology|zoologia=zoology|zoólogo=zoologist|zoóloga=zoologist
zoologe=zoologist|zoologin=zoologist|zoologiste=zoologist|zoologo=zoologist|évolution des espèces=evolution
# chemistry
chimistes=chemists|chimici=chemists|química orgánica=organic chemistry|organische chemie=organic chemistry
chimie organique=organic chemistry|chimica organica=organic chemistry|química orgânica=organic chemistry
química analítica=analytical chemistry|analytische chemie=analytical chemistry|chimie analytique=analytical chemistry
chimica analitica=analytical chemistry|bioquímica=biochemistry|biochemie=biochemistry|biochimie=biochemistry
biochimica=biochemistry|bioquímico=biochemist|biochemiker=biochemist|biochemikerin=biochemist|biochimiste=biochemist
laboratorio de química=chemistry lab|chemielabor=chemistry lab|laboratoire de chimie=chemistry lab
laboratorio di chimica=chemistry lab|laboratório de química=chemistry lab|tabla periódica=periodic table
periodensystem=periodic table|tableau périodique=periodic table|tavola periodica=periodic table
tabela periódica=periodic table|moléculas=molecules|moleküle=molecules|molecole=molecules
reacción química=chemical reaction|chemische reaktion=chemical reaction|réaction chimique=chemical reaction
reazione chimica=chemical reaction|reação química=chemical reaction|chemiestudium=chemistry degree
estudiante de química=chemistry student|étudiant en chimie=chemistry student
# mathematics
matematici=mathematicians|mathématiciens=mathematicians|mathe=maths|matemáticas aplicadas=applied mathematics
angewandte mathematik=applied mathematics|mathématiques appliquées=applied mathematics
matematica applicata=applied mathematics|matemática aplicada=applied mathematics|profesor de matemáticas=maths teacher
profesora de matemáticas=maths teacher|mathelehrer=maths teacher|mathelehrerin=maths teacher
professeur de mathématiques=maths teacher|prof de maths=maths teacher|professore di matematica=maths teacher
professoressa di matematica=maths teacher|professor de matemática=maths teacher|professora de matemática=maths teacher
algèbre=algebra|geometría=geometry|geometrie=geometry|géométrie=geometry|geometria=geometry|teorema=theorem
théorème=theorem|ecuaciones=equations|gleichungen=equations|equazioni=equations|equações=equations
statistique=statistics|estadístico=statistician|statistiker=statistician|statistikerin=statistician
statistico=statistician|estatístico=statistician|olimpiada de matemáticas=maths olympiad
mathe-olympiade=maths olympiad|olympiades de mathématiques=maths olympiad|olimpiadi di matematica=maths olympiad
olimpíada de matemática=maths olympiad
# medicine
doctora=doctor|mediziner=doctor|medizinerin=doctor|cirurgiã=surgeon|pediatra=pediatrician|kinderarzt=pediatrician
kinderärztin=pediatrician|pédiatre=pediatrician|cardiólogo=cardiologist|cardióloga=cardiologist
kardiologe=cardiologist|kardiologin=cardiologist|cardiologue=cardiologist|cardiologo=cardiologist
cardiologa=cardiologist|cardiologista=cardiologist|hausarzt=general practitioner|hausärztin=general practitioner
médecin généraliste=general practitioner|medico di base=general practitioner|medico di famiglia=family doctor
médico de familia=family doctor|médico de família=family doctor|médico de cabecera=general practitioner
notarzt=emergency doctor|notärztin=emergency doctor|urgentista=emergency doctor|médecin urgentiste=emergency doctor
médico de urgencias=emergency doctor|medico di pronto soccorso=emergency doctor|facultad de medicina=medical school
medizinstudium=medical studies|medizinstudent=medical student|medizinstudentin=medical student
étudiant en médecine=medical student|étudiante en médecine=medical student|studente di medicina=medical student
studentessa di medicina=medical student|estudiante de medicina=medical student|estudante de medicina=medical student
assistenzarzt=junior doctor|assistenzärztin=junior doctor|interne en médecine=medical intern
specializzando=medical resident|specializzanda=medical resident|oberarzt=senior physician|oberärztin=senior physician
neurologista=neurologist|anestesista=anesthetist|anästhesist=anesthetist|anästhesistin=anesthetist
anesthésiste=anesthetist|dermatólogo=dermatologist|dermatologe=dermatologist|dermatologin=dermatologist
dermatologue=dermatologist|dermatologo=dermatologist|ginecólogo=gynecologist|ginecóloga=gynecologist
gynäkologe=gynecologist|gynäkologin=gynecologist|gynécologue=gynecologist|ginecologo=gynecologist
ginecologista=gynecologist
# nursing
enfermeros=nurses|enfermeiras=nurses|krankenpflege=nursing|pflegekräfte=nurses|pflegefachfrau=nurse
pflegefachmann=nurse|gesundheits- und krankenpfleger=nurse|gesundheits- und krankenpflegerin=nurse|infirmiers=nurses
soins infirmiers=nursing|infermieristica=nursing|intensivpflege=intensive care nursing|hebammen=midwives
sages-femmes=midwives|ostetriche=midwives|obstetriz=midwife|auxiliar de enfermería=nursing assistant
técnico de enfermagem=nursing technician|técnica de enfermagem=nursing technician|aide-soignante=nursing assistant
aide-soignant=nursing assistant|operatore socio sanitario=care worker|residencia de ancianos=nursing home
estudiante de enfermería=nursing student|pflegeschüler=nursing student|pflegeschülerin=nursing student
étudiante infirmière=nursing student|studentessa di infermieristica=nursing student
# mental health
salud mental=mental health|psychische gesundheit=mental health|seelische gesundheit=mental health
santé mentale=mental health|salute mentale=mental health|saúde mental=mental health|depressionen=depression
angststörung=anxiety disorder|angststörungen=anxiety disorders|trastorno de ansiedad=anxiety disorder
trouble anxieux=anxiety disorder|disturbo d'ansia=anxiety disorder|transtorno de ansiedade=anxiety disorder
ataque de pánico=panic attack|panikattacke=panic attack|panikattacken=panic attacks|crise d'angoisse=panic attack
attacco di panico=panic attack|attacchi di panico=panic attacks|ataque de pânico=panic attack
crise de pânico=panic attack|agotamiento=burnout|burn-out=burnout|erschöpfungsdepression=burnout
épuisement professionnel=burnout|psicoterapia=psychotherapy|psychotherapie=psychotherapy|psychothérapie=psychotherapy
trastorno bipolar=bipolar disorder|bipolare störung=bipolar disorder|trouble bipolaire=bipolar disorder
disturbo bipolare=bipolar disorder|transtorno bipolar=bipolar disorder|trastornos alimentarios=eating disorders
essstörung=eating disorder|essstörungen=eating disorders|troubles alimentaires=eating disorders
disturbi alimentari=eating disorders|transtornos alimentares=eating disorders
prevención del suicidio=suicide prevention|suizidprävention=suicide prevention
prévention du suicide=suicide prevention|prevenzione del suicidio=suicide prevention
prevenção do suicídio=suicide prevention|setembro amarelo=suicide prevention|tdha=adhd
salud emocional=emotional health|emotionale gesundheit=emotional health|santé émotionnelle=emotional health
benessere psicologico=psychological wellbeing
# public health
salud pública=public health|öffentliche gesundheit=public health|öffentlicher gesundheitsdienst=public health service
gesundheitsamt=public health office|santé publique=public health|salute pubblica=public health
saúde pública=public health|epidemiólogo=epidemiologist|epidemióloga=epidemiologist|epidemiologe=epidemiologist
epidemiologin=epidemiologist|épidémiologiste=epidemiologist|epidemiologo=epidemiologist|epidemiologa=epidemiologist
epidemiologista=epidemiologist|vacunación=vaccination|impfungen=vaccinations|impfstoffe=vaccines
vaccinazione=vaccination|vaccinazioni=vaccinations|vacinação=vaccination|epidemia=epidemic|epidemie=epidemic
épidémie=epidemic|focolaio=outbreak|surto=outbreak|sanidad=healthcare|sanidad pública=public healthcare
sistema nacional de salud=national health system|servizio sanitario nazionale=national health service
sistema único de saúde=national health system|promoción de la salud=health promotion
gesundheitsförderung=health promotion|promotion de la santé=health promotion|promozione della salute=health promotion
promoção da saúde=health promotion|salud global=global health|globale gesundheit=global health
santé mondiale=global health|salute globale=global health|saúde global=global health
# law
abogados=lawyers|anwälte=lawyers|rechtsanwälte=lawyers|avocats=lawyers|avvocati=lawyers|advogados=lawyers
advocacia=law practice|abogacía=law practice|juristen=jurists|juristas=jurists|magistrado=magistrate
magistrada=magistrate|magistrat=magistrate|magistrato=magistrate|notario=notary|notarin=notary|notaire=notary
notaio=notary|notária=notary|notário=notary|fiscalía=prosecution|promotora de justiça=prosecutor|bufete=law firm
bufete de abogados=law firm|kanzlei=law firm|anwaltskanzlei=law firm|cabinet d'avocats=law firm|studio legale=law firm
escritório de advocacia=law firm|tribunal supremo=supreme court|bundesverfassungsgericht=constitutional court
cour de cassation=supreme court|corte di cassazione=supreme court|supremo tribunal=supreme court
jurisprudencia=case law|rechtsprechung=case law|giurisprudenza=law|jurisprudência=case law
estudiante de derecho=law student|jurastudent=law student|jurastudentin=law student|jurastudium=law degree
étudiant en droit=law student|étudiante en droit=law student|studente di giurisprudenza=law student
estudante de direito=law student|derecho laboral=employment law|arbeitsrecht=employment law
droit du travail=employment law|diritto del lavoro=employment law|direito do trabalho=employment law
derecho civil=civil law|zivilrecht=civil law|droit civil=civil law|diritto civile=civil law|direito civil=civil law
derecho constitucional=constitutional law|verfassungsrecht=constitutional law|droit constitutionnel=constitutional law
diritto costituzionale=constitutional law|direito constitucional=constitutional law
derecho internacional=international law|völkerrecht=international law|droit international=international law
diritto internazionale=international law|direito internacional=international law|facultad de derecho=law school
faculté de droit=law school|faculdade de direito=law school|facoltà di giurisprudenza=law school
colegio de abogados=bar association|rechtsanwaltskammer=bar association|barreau=bar
ordine degli avvocati=bar association|ordem dos advogados=bar association|oab=bar association
# politics
político=politician|política española=spanish politics|politicienne=politician|politico=politician
politici=politicians|políticos=politicians|wahlkampf=election campaign|campaña electoral=election campaign
campagne électorale=election campaign|campagna elettorale=election campaign|campanha eleitoral=election campaign
deputada=member of parliament|senador=senator|senadora=senator|sénateur=senator|sénatrice=senator|senatore=senator
senatrice=senator|congreso de los diputados=parliament|bundestag=parliament|landtag=state parliament
assemblée nationale=parliament|camera dei deputati=parliament|câmara dos deputados=parliament
parteimitglied=party member|militante politique=political activist|ciencias políticas=political science
politikwissenschaft=political science|sciences politiques=political science|scienze politiche=political science
ciência política=political science|politólogo=political scientist|politóloga=political scientist
politologe=political scientist|politologin=political scientist|politologue=political scientist
politologo=political scientist|politologa=political scientist|cientista político=political scientist|votar=vote
wählen gehen=vote|votare=vote|sufragio=vote|volksabstimmung=referendum|plebiscito=referendum|democracia=democracy
demokratie=democracy|démocratie=democracy|democrazia=democracy
# journalism
periodistas=journalists|journalisten=journalists|journalistes=journalists|giornalisti=journalists
jornalistas=journalists|reporteur=reporter|redacción=newsroom|redaktion=newsroom|rédaction=newsroom|redazione=newsroom
redação=newsroom|corresponsal=correspondent|korrespondent=correspondent|korrespondentin=correspondent
periodismo de investigación=investigative journalism|investigativjournalismus=investigative journalism
journalisme d'investigation=investigative journalism|giornalismo d'inchiesta=investigative journalism
jornalismo investigativo=investigative journalism|tageszeitung=daily newspaper|última hora=breaking news
eilmeldung=breaking news|dernière minute=breaking news|ultim'ora=breaking news|freier journalist=freelance journalist
freie journalistin=freelance journalist|journaliste pigiste=freelance journalist|libertad de prensa=press freedom
pressefreiheit=press freedom|liberté de la presse=press freedom|libertà di stampa=press freedom
liberdade de imprensa=press freedom|chefredakteur=editor in chief|chefredakteurin=editor in chief
rédacteur en chef=editor in chief|rédactrice en chef=editor in chief|direttore responsabile=editor in chief
redactor jefe=editor in chief|redactora jefe=editor in chief|editor-chefe=editor in chief
editora-chefe=editor in chief
# podcasts
podcasterin=podcaster|podcasteur=podcaster|podcasteuse=podcaster|podcastera=podcaster|podcastero=podcaster
nueva entrega=new episode|neue folge=new episode|nouvel épisode=new episode|nuovo episodio=new episode
novo episódio=new episode|escúchalo en=listen on|jetzt reinhören=listen now|oyentes=listeners|hörer=listeners
hörerinnen=listeners|auditeurs=listeners|auditrices=listeners|ascoltatori=listeners|ouvintes=listeners
radio online=online radio|webradio=online radio|micrófono=microphone|mikrofon=microphone|microfono=microphone
microfone=microphone
# real estate
bienes raíces=real estate|sector inmobiliario=real estate|immobilienmaklerin=real estate agent
agent immobilier=real estate agent|agente immobilière=real estate agent|agence immobilière=real estate agency
agente immobiliare=real estate agent|agenzia immobiliare=real estate agency|imobiliário=real estate
mercado imobiliário=real estate market|corretor de imóveis=real estate agent|corretora de imóveis=real estate agent
agente inmobiliario=real estate agent|agente inmobiliaria=real estate agent|asesor inmobiliario=real estate agent
asesora inmobiliaria=real estate agent|mercado inmobiliario=real estate market|immobilienmarkt=real estate market
marché immobilier=real estate market|mercato immobiliare=real estate market|inmuebles=properties|immobilie=property
biens immobiliers=properties|venta de pisos=home sales|piso en venta=flat for sale|casa en venta=house for sale
eigentumswohnung=condominium|inversión inmobiliaria=property investment|immobilieninvestment=property investment
investissement immobilier=property investment|investimento immobiliare=property investment
investimento imobiliário=property investment|baufinanzierung=mortgage|prêt immobilier=mortgage
financiamento imobiliário=mortgage
# architecture
architetta=architect|arquitectos=architects|architekten=architects|architectes=architects|architetti=architects
arquitetos=architects|estudio de arquitectura=architecture firm|architekturbüro=architecture firm
cabinet d'architecture=architecture firm|agence d'architecture=architecture firm
studio di architettura=architecture firm|escritório de arquitetura=architecture firm|paisajista=landscape architect
landschaftsarchitekt=landscape architect|landschaftsarchitektin=landscape architect|paysagiste=landscape architect
paesaggista=landscape architect|arquitectura sostenible=sustainable architecture
nachhaltiges bauen=sustainable building|architecture durable=sustainable architecture|brutalismo=brutalism
brutalismus=brutalism|brutalisme=brutalism|edificio=building|gebäude=building|edificio storico=historic building
edifício=building|rascacielos=skyscraper|wolkenkratzer=skyscraper|gratte-ciel=skyscraper|grattacielo=skyscraper
arranha-céu=skyscraper|plans d'architecte=blueprints|estudiante de arquitectura=architecture student
architekturstudent=architecture student|architekturstudentin=architecture student
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
