"""Word pools for the demo workspace: bios and posts people actually write, on and off the owner's interests."""

from __future__ import annotations

FIRST = (
    "Aisha Ben Carla Dev Elena Farid Grace Hugo Ines Jamal Kate Liam Maya Niko Olga Priya Quinn Rosa Sam Tariq "
    "Uma Victor Wen Ximena Yusuf Zoe Adam Bea Chidi Dana Emre Fiona Gus Hana Ivan Jo Kofi Lena Marco Nadia "
    "Omar Paula Raj Sofia Theo Ula Vera Will Yara Zack Anna Bruno Chloe Diego Eva Femi Gita Hans Isla Jon"
).split()
LAST = (
    "Smith Okafor Müller Rossi Garcia Chen Novak Kowalski Silva Haddad Brown Patel Nguyen Dubois Jensen "
    "Costa "
    "Ferreira Schmidt Moreau Ricci Kim Singh Ali Murphy Walsh Lopez Bianchi Fischer Petit Santos Evans Khan "
    "Olsen Weber Romano Mendes Clarke Adeyemi Novotny Ivanova"
).split()

#: Bio phrases and posts per owner interest (the first seed's list).
ON_TOPIC: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "business": (
        (
            "Small business owner",
            "Founder of a bakery chain",
            "SME advisor",
            "Start-up CFO",
            "Retail consultant",
        ),
        (
            "Cash flow kills more small businesses than bad products. Invoice early.",
            "Our third shop opens Monday. Two years ago this was a market stall.",
            "Supply costs up 12% this quarter; we're renegotiating every contract.",
            "Founders: your first hire matters more than your first office.",
        ),
    ),
    "economics": (
        ("Economist", "Macro researcher at a think tank", "Writes about inflation and wages", "PhD econ"),
        (
            "Real wages finally rose this quarter, but not for the bottom decile.",
            "The unemployment data revisions are bigger than people think.",
            "Interest rate cuts won't fix a productivity problem.",
            "New paper on regional labour markets and housing costs.",
        ),
    ),
    "government": (
        (
            "Civil servant",
            "Local councillor",
            "Policy adviser",
            "Public sector reform",
            "Parliamentary researcher",
        ),
        (
            "The council budget vote is tonight; libraries are on the line.",
            "Good policy needs boring implementation work. Nobody tweets about that.",
            "Consultation on the skills bill closes Friday - please respond.",
        ),
    ),
    "HR": (
        ("HR business partner", "People & culture lead", "HR director", "Employee relations specialist"),
        (
            "Exit interviews tell you what went wrong; stay interviews tell you what to fix.",
            "Our hybrid working policy review is finally done. Lessons in the thread.",
            "Performance reviews once a year are a ritual, not a management tool.",
        ),
    ),
    "jobs": (
        (
            "Careers adviser",
            "Job seeker, open to work",
            "Helping graduates find work",
            "Labour market analyst",
        ),
        (
            "Job hunting tip: tailor the first three lines of your CV to the advert.",
            "Finally got the offer after 40 applications. Don't give up.",
            "Graduate vacancies are down, but apprenticeships are booming.",
            "Interview tomorrow for a project manager role. Nervous!",
        ),
    ),
    "education": (
        ("Teacher", "Head of sixth form", "Lecturer in education", "School governor", "EdTech researcher"),
        (
            "Marking 90 essays this weekend. Send coffee.",
            "Careers education should start at 11, not 16.",
            "Our students built a robot for the regional final!",
        ),
    ),
    "leadership": (
        ("Leadership coach", "Executive, ex-COO", "Writes about management", "Team lead"),
        (
            "The best managers I had asked more questions than they answered.",
            "Leadership is mostly about removing obstacles for your team.",
            "Delegation is not dumping. Give the context, not just the task.",
        ),
    ),
    "media": (
        ("Journalist", "Business reporter", "Podcast producer", "Editor at a regional paper", "Broadcaster"),
        (
            "Our investigation into agency pay goes out tonight.",
            "Local news matters. Subscribe to your regional paper.",
            "New episode: how newsrooms are using data.",
        ),
    ),
    "tech": (
        ("Software engineer", "Data scientist", "CTO", "Product manager", "Cloud architect", "Web developer"),
        (
            "Shipped the new search service today. Latency down 40%.",
            "Hot take: most AI projects fail at the data pipeline, not the model.",
            "Debugging a race condition at 2am, as one does.",
            "Our open source library just hit version 2.0.",
        ),
    ),
    "recruitment": (
        (
            "Talent acquisition partner",
            "Recruiter, tech hiring",
            "Executive search consultant",
            "Sourcing lead",
        ),
        (
            "We're hiring three backend engineers, fully remote. DM me.",
            "Candidates: recruiters read your LinkedIn summary. Make it count.",
            "Ghosting candidates after interviews is unacceptable. Close the loop.",
        ),
    ),
    "coaching": (
        ("Career coach", "Executive coach (ICF)", "Life and career coach", "Mentor to first-time managers"),
        (
            "A coaching question I love: what would you do if you knew you couldn't fail?",
            "Coaching session today on career change at 45. It's never too late.",
            "Coaching is not advice. It's helping people find their own answers.",
        ),
    ),
    "rock music": (
        (
            "Bass player in a punk band",
            "Guitarist",
            "Rock music blogger",
            "Festival promoter",
            "Vinyl collector",
        ),
        (
            "Saw the Foo Fighters last night. Still the best live band on earth.",
            "Our band plays the Dog & Duck on Saturday. Loud guitars guaranteed.",
            "Ranking every Led Zeppelin album. Fight me.",
            "New riff for the EP finally sounds right.",
        ),
    ),
}

#: Posts in other languages on the owner's interests (people do not all post in English).
FOREIGN_ON_TOPIC = (
    "Buscamos una responsable de recursos humanos para Madrid. ¡Envía tu currículum!",
    "Neue Stellenangebote in der Softwareentwicklung, bewerbt euch!",
    "Le marché du travail reste tendu pour les jeunes diplômés.",
    "Oggi conferenza sulla leadership e la gestione dei team.",
    "A economia brasileira cresceu mais do que o esperado este trimestre.",
)

OFF_TOPIC: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "photography": (
        ("Amateur photographer", "Sunsets and street photos", "Film camera nerd"),
        (
            "Golden hour at the pier tonight 📷",
            "New lens arrived! Testing it on the cat.",
            "Fog over the hills.",
        ),
    ),
    "cooking": (
        ("Home cook", "Sourdough obsessive", "Food lover"),
        ("Sunday roast done right.", "My sourdough starter is three years old today.", "Best ramen in town?"),
    ),
    "football": (
        ("Season ticket holder", "Football fan, win or lose", "Five-a-side on Thursdays"),
        ("What a goal in the 89th minute!", "Referee needs glasses.", "Away day tomorrow, up the reds!"),
    ),
    "gaming": (
        ("Gamer", "Streams on weekends", "Retro games collector"),
        ("Finally beat the final boss.", "Speedrun attempt tonight.", "Which console should I get?"),
    ),
    "entertainment": (
        ("Reality TV addict", "Movies and popcorn", "Pop music fan"),
        (
            "That season finale though!",
            "Red carpet looks tonight were stunning.",
            "New album on repeat all day.",
        ),
    ),
    "gardening": (
        ("Allotment keeper", "Tomatoes and roses", "Gardener"),
        ("First strawberries of the year.", "Slugs ate my lettuce again.", "Planting bulbs for spring."),
    ),
    "pets": (
        ("Dog mum", "Two cats, one opinion", "Rescue greyhound owner"),
        ("Walkies in the rain.", "The cat knocked my coffee over again.", "Adopt, don't shop."),
    ),
}

#: Interest-adjacent words in a different sense: they must not match (rock climbing is not rock music).
HARD_NEGATIVE_BIOS = (
    "Rock climbing every weekend. Bouldering addict.",
    "Rocks and minerals collector, amateur geologist.",
    "Not a recruiter, stop DMing me about jobs.",
    "Coach driver on the Edinburgh route.",
    "Bass fishing and boats.",
    "Rock garden designer. Alpine plants and gravel.",
)
HARD_NEGATIVE_POSTS = (
    "New route sent at the crag today! 7a finally.",
    "Found a lovely quartz geode on the beach.",
    "Caught a 4lb bass this morning.",
    "Chalk bag, harness, go.",
)

PROMO_BIOS = (
    "Get 1000 FREE followers fast! Click the link in bio to win cash",
    "Buy real followers & likes cheap 💯 DM for promo",
    "Paid promo available. Shoutouts for sale. 50k network",
    "Grow your followers instantly — guaranteed. Jobs, business, marketing tips",
    "Seguidores gratis y reales 🔥 compra seguidores aquí",
    "Make $500 a day from home! Business & jobs opportunities",
)
PROMO_POSTS = (
    "Want 5000 free followers? Click here now http://bit.ly/x",
    "Buy followers today, 50% off! http://promo.example",
    "DM for promo! Cheap shoutouts http://shout.example",
    "Make $300 a day working from home http://cash.example",
)

ADULT_BIOS = (
    "Hot singles in your area 🔞 click my link",
    "18+ only. Spicy content on OnlyFans 💋",
    "NSFW. DM for nudes. Hook ups tonight",
    "Cam girl 🔞 webcam shows daily",
)
ADULT_POSTS = (
    "New spicy pics on my page 🔞 http://x.example",
    "Hot singles want to meet you http://y.example",
)

KEYWORD_BOT_BIOS = (
    "Automated job feed. New vacancies every hour.",
    "Bot account: tweets software job listings",
    "Powered by IFTTT. Tech news headlines.",
    "",
)
KEYWORD_BOT_POSTS = (
    "New job: Senior Java Developer in Austin #jobs #hiring http://jobs.example/{n}",
    "Hiring: Data Engineer (remote) #jobs #tech http://jobs.example/{n}",
    "Software Engineer wanted, apply now #software http://jobs.example/{n}",
    "Top 10 software tools this week http://news.example/{n}",
)

GURU_BIOS = (
    "Leadership coach | Speaker | Author | #TeamFollowBack",
    "Entrepreneur. Motivator. I follow back 100%! #F4F",
    "Social media guru. Follow me and I'll follow you back",
    "Business mentor. Millionaire mindset. #FollowBack",
    "Marketing expert | Growth hacker | Influencer",
)
GURU_POSTS = (
    "Success is a mindset. Retweet if you agree! #motivation",
    "Follow everyone who retweets this! #TeamFollowBack",
    "Check out my new ebook on passive income http://guru.example",
    "Winners never quit. #Monday #motivation",
)

NEEDY_POSTS = (
    "Help us reach 1,000 followers — retweet!",
    "So close to 500 followers! Please RT to help us get there",
    "Only 20 followers away from 2k! Help me reach 2,000",
    "Road to 10k! Share this so we can reach it",
    "¡Ayúdanos a llegar a 1000 seguidores!",
)
VANITY_POSTS = (
    "My Klout score just hit 72! Thanks everyone",
    "Klout says I'm influential about leadership. Who knew?",
    "Just got my Kred score: 850! #influence",
    "Named in the top 1% most followed on Twitter!",
)

TALKER_REPLIES = (
    "@{owner} great piece on graduate jobs, shared it with my students.",
    "@{owner} agree completely about follow-backs. Quality over quantity.",
    "@{owner} any advice for someone switching careers at 40?",
    "@{owner} thanks for the CV tips, got an interview!",
    "@{owner} would love your take on the latest jobs figures.",
    "Reading @{owner}'s post on recruitment ghosting — so true.",
)

ORG_ON = (
    ("Jobs board for the North West. Thousands of vacancies.", "jobs"),
    ("University careers service. Helping students into work.", "education"),
    ("Department for Work and Pensions news.", "government"),
    ("Business news from the regional chamber of commerce.", "business"),
    ("Recruitment agency specialising in tech and finance.", "recruitment"),
    ("The Daily Ledger: economics, markets and policy.", "economics"),
    ("Leadership institute. Courses, events, research.", "leadership"),
    ("Indie rock radio station. Guitars 24/7.", "rock music"),
)
ORG_OFF = (
    "Pizza restaurant. Order online!",
    "Fan page for the best reality TV show. Daily clips.",
    "Dog grooming salon, book now.",
    "Nail bar & beauty studio.",
)
