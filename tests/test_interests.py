"""Interest matching with the real shipped artifact: the seed's examples, negation, other senses, languages."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from followsift.errors import ModelError
from followsift.judge import interest_vocab, interest_vocab_umbrella
from followsift.judge import interests as interests_module
from followsift.judge.frame import accounts_to_frame
from followsift.judge.interests import (
    InterestMatcher,
    describe_interest,
    needs_description,
    spam_like,
    suggest_interests,
)
from followsift.model import Account, Interest, Post

SEED = (
    "business, economics, government, HR, jobs, education, leadership, media, tech, recruitment, coaching, "
    "rock music"
)
RESEARCHER = "machine learning, climate science, open source, cycling, jazz"


def _matcher(names: str) -> InterestMatcher:
    return InterestMatcher([Interest(n.strip()) for n in names.split(",")])


@pytest.fixture(scope="module")
def seed() -> InterestMatcher:
    return _matcher(SEED)


@pytest.fixture(scope="module")
def researcher() -> InterestMatcher:
    return _matcher(RESEARCHER)


def _names(matcher: InterestMatcher, bio: str, posts: list[str] | None = None) -> set[str]:
    return {m.name for m in matcher.match_texts([bio], [posts or []])[0]}


def test_talent_acquisition_is_recruitment_hr_and_jobs(seed: InterestMatcher) -> None:
    assert _names(seed, "Talent acquisition partner at Acme Logistics") == {"recruitment", "HR", "jobs"}


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        ("I play bass in a punk band", "rock music"),
        ("Economist at the central bank; views my own", "economics"),
        ("Civil servant at the Treasury", "government"),
        ("Secondary school maths teacher", "education"),
        ("Executive coach for first-time managers", "coaching"),
        ("Head of People at a fintech", "HR"),
        ("Software engineer, Rust and Postgres", "tech"),
    ],
)
def test_seed_interests_match_in_other_words(seed: InterestMatcher, bio: str, expected: str) -> None:
    assert expected in _names(seed, bio)


@pytest.mark.parametrize(
    ("bio", "shared"),
    [
        # As one vector each clause is mostly its head noun; its first word names a second interest.
        ("Leadership coach", {"coaching", "leadership"}),
        ("Tech reporter. Covering AI hype, chips & antitrust.", {"tech", "media"}),
        ("Profe de Economía en un instituto de Sevilla", {"education", "economics"}),
    ],
)
def test_a_word_of_a_clause_can_name_a_second_interest(
    seed: InterestMatcher, bio: str, shared: set[str]
) -> None:
    assert _names(seed, bio) == shared


def test_a_word_in_a_clause_read_as_its_homonym_names_nothing(seed: InterestMatcher) -> None:
    # A guard on the headline case, not a proof of the homonym gate: the shipped stage rejects this with or
    # without the gate applied when matching (checked). The gate acts on what the stage learned; its effect is
    # measured by leave-one-owner-out (docs/benchmarks.md, eleventh session).
    assert _names(seed, "Coach driver, National Express Leeds to London, 20 years no points") == set()


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        ("Los datos de empleo de hoy: el paro baja y los salarios suben", "jobs"),
        ("Die Inflation sinkt, die Zentralbank senkt die Zinsen", "economics"),
        ("Nouveau poste de professeur dans un lycée à Lyon", "education"),
        ("Stiamo assumendo sviluppatori software", "recruitment"),
        ("Sviluppatore software: oggi migrazione del database in cloud", "tech"),
        ("Vagas abertas para recrutadores de tecnologia", "jobs"),
    ],
)
def test_posts_in_other_languages_match_english_interests(
    seed: InterestMatcher, post: str, expected: str
) -> None:
    assert expected in _names(seed, "", [post])


def test_empty_bio_with_on_topic_posts_matches_and_quotes_the_post(seed: InterestMatcher) -> None:
    post = "Inflation is finally falling, rate cuts next?"
    [hits] = seed.match_texts([""], [["Dinner was lovely", post]])
    economics = next(m for m in hits if m.name == "economics")
    assert economics.evidence in post  # a clause of the on-topic post


def test_vague_bio_and_chit_chat_match_nothing(seed: InterestMatcher) -> None:
    assert (
        _names(seed, "Mom. Runner. Coffee.", ["Anyone else love this weather?", "Great match last night"])
        == set()
    )


@pytest.mark.parametrize(
    ("bio", "not_expected"),
    [
        ("Rock climbing every weekend. Sport crags over gyms.", "rock music"),
        ("Collector of rocks and minerals", "rock music"),
        ("Not a recruiter, stop DMing me", "recruitment"),
        ("Software dev. Recruiters, please stop DMing me", "recruitment"),
        ("Dear recruiters: stop sending me Java roles", "recruitment"),
        ("HR is not my thing, I'm a pastry chef", "HR"),
        ("No soy reclutadora, dejen de escribirme", "recruitment"),
        ("Bouldering and geology field trips", "rock music"),
        ("Utah Jazz season ticket holder. Go Jazz!", "jazz"),
    ],
)
def test_hard_negatives_do_not_match(bio: str, not_expected: str) -> None:
    assert not_expected not in _names(_matcher(f"{SEED}, jazz"), bio)


def test_an_unambiguous_clause_keeps_its_sense_beside_another_sense(seed: InterestMatcher) -> None:
    assert "rock music" in _names(seed, "Guitarist. Geology nerd.")


def test_a_clear_clause_keeps_its_sense_in_a_text_about_two_things(seed: InterestMatcher) -> None:
    # "recruiter" has other senses (army recruitment); this one is plainly the job, whatever else the text is about.
    shared = _names(seed, "Agency recruiter by day, bassist in a stoner rock band by night")
    assert {"recruitment", "rock music"} <= shared


def test_owner_written_other_sense_keeps_a_reading_out() -> None:
    bio = "Stone walls and slate roofs"
    plain = InterestMatcher([Interest("masonry", "stonework, dry stone walls, building with stone")])
    assert "masonry" in _names(plain, bio)
    edited = InterestMatcher(
        [Interest("masonry", "stonework, building with stone, -stone walls and slate roofs")]
    )
    assert "masonry" not in _names(edited, bio)


def test_off_topic_bio_matches_nothing(seed: InterestMatcher) -> None:
    assert _names(seed, "Cat pictures. Mostly Biscuit. Sometimes Pickles.") == set()


def test_keyword_stuffed_promo_bio_matches_nothing(seed: InterestMatcher) -> None:
    bio = "Free followers daily!! Business • Tech • Jobs • HR • Leadership — DM for promo"
    assert spam_like(bio)
    assert _names(seed, bio) == set()


def test_evidence_quotes_the_clause(seed: InterestMatcher) -> None:
    [match] = [
        m for m in seed.match_texts(["Dad of two. I play bass in a punk band."])[0] if m.name == "rock music"
    ]
    assert match.evidence == "I play bass in a punk band"
    assert 0 < match.score <= 1


def test_match_frame_reads_bio_fields_and_posts(seed: InterestMatcher) -> None:
    now = datetime(2026, 11, 23, tzinfo=UTC)
    accounts = [
        Account(id="1", bio="Software engineer"),
        Account(
            id="2", bio="", posts=[Post("Dinner was great", now), Post("I play bass in a punk band", now)]
        ),
        Account(id="3", bio="Dog lover"),
    ]
    hits = seed.match_frame(accounts_to_frame(accounts))
    assert len(hits) == 3
    assert "tech" in {m.name for m in hits[0]}
    assert "rock music" in {m.name for m in hits[1]}
    assert hits[2] == []


def test_matches_are_sorted_best_first(seed: InterestMatcher) -> None:
    hits = seed.match_texts(["Head of People. Recruitment, HR and careers coaching."])[0]
    assert len(hits) >= 2
    assert [m.score for m in hits] == sorted((m.score for m in hits), reverse=True)


def test_describe_interest_lists_phrases_and_other_senses() -> None:
    phrases = describe_interest(Interest("rock music", "-stoner rock geology, glam"))
    assert phrases[0] == "rock music"
    assert "glam" in phrases
    assert "-rock climbing" in phrases
    assert "-stoner rock geology" in phrases


def test_unknown_interest_uses_its_name_and_description(researcher: InterestMatcher) -> None:
    matcher = InterestMatcher([Interest("birdwatching", "birding, ornithology, bird photography")])
    assert {m.name for m in matcher.match_texts(["Birding most weekends, ornithology nerd"])[0]} == {
        "birdwatching"
    }


def test_missing_artifact_raises_model_error(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setattr(interests_module, "ARTIFACT_DIR", tmp_path)
    interests_module._load_model.cache_clear()
    try:
        with pytest.raises(ModelError, match="interest model missing"):
            InterestMatcher([Interest("jazz")])
    finally:
        monkeypatch.undo()
        interests_module._load_model.cache_clear()


def test_suggest_interests_from_own_posts() -> None:
    posts = [
        "Inflation is sticky and the labour market is cooling",
        "Five tips for your next job interview",
        "We are hiring a recruiter to join our talent acquisition team",
        "Unemployment figures out tomorrow",
    ]
    names = [name for name, _ in suggest_interests(posts, k=4)]
    assert "economics" in names


def test_suggestions_shown_by_as_many_posts_rank_by_how_well() -> None:
    """Each post shows several interests, all in one post of three: the clearest come first, not the first
    in the vocabulary (which cut bell ringing behind "gardening" and "sustainability")."""
    posts = [
        "We're hiring two backend engineers, fully remote.",
        "Rang a quarter peal at St Mary's this morning, Plain Bob Doubles.",
        "Sheepdog trial at the county show, Meg came third!",
    ]
    names = [name for name, _ in suggest_interests(posts, k=8)]
    assert {"bell ringing", "recruitment"} <= set(names)


def test_negation_in_a_post_denies_only_the_author(seed: InterestMatcher) -> None:
    assert "jobs" in _names(seed, "", ["Why graduates can't find entry-level roles any more"])
    assert "recruitment" not in _names(seed, "", ["I'm not a recruiter, please stop asking"])


def test_match_texts_needs_one_post_list_per_bio(seed: InterestMatcher) -> None:
    with pytest.raises(ValueError, match="2 bios but 1 post lists"):
        seed.match_texts(["a", "b"], [[]])


def test_a_display_name_counts_only_for_its_tagline(seed: InterestMatcher) -> None:
    frame = accounts_to_frame(
        [
            Account(id="1", display_name="Dev Schmidt", bio="Dog walks and sourdough"),
            Account(id="2", display_name="Jane Doe | HR leader", bio="Dog walks and sourdough"),
        ]
    )
    named, tagged = seed.match_frame(frame)
    assert named == []
    assert "HR" in {m.name for m in tagged}


def test_advice_to_a_group_is_not_a_request_to_stop_contact(seed: InterestMatcher) -> None:
    assert "leadership" in _names(seed, "", ["Managers, stop using 1:1s as status updates"])
    assert "recruitment" in _names(seed, "Tech recruiter, don't hesitate to reach out")


def test_rejections_and_other_senses_from_everyday_bios(seed: InterestMatcher) -> None:
    assert _names(seed, "Not a recruiter, stop DMing me about jobs.") == set()
    assert "rock music" not in _names(seed, "Bass fishing and boats.")
    assert _names(seed, "", ["Adopt, don't shop", "Finally beat the final boss."]) == set()


SMALL_BUSINESS = "marketing, small business, accounting, photography, football"


@pytest.fixture(scope="module")
def shop() -> InterestMatcher:
    return _matcher(SMALL_BUSINESS)


@pytest.mark.parametrize(
    ("bio", "owner"),
    [
        ("Smooth jazz? No thanks.", RESEARCHER),
        ("Cycling? Not for me.", RESEARCHER),
        ("HR? Nope.", SEED),
        ("Economics? Never understood it, never will. Here for cat pics", SEED),
        ("Jazz? Can't stand it.", RESEARCHER),
    ],
)
def test_a_bare_rejection_denies_the_clause_before_it(bio: str, owner: str) -> None:
    assert _names(_matcher(owner), bio) == set()


def test_a_comment_that_is_not_a_rejection_keeps_the_clause_before_it(researcher: InterestMatcher) -> None:
    assert _names(researcher, "Jazz. Can't get enough of it.") == {"jazz"}


@pytest.mark.parametrize(
    ("bio", "posts", "shared"),
    [
        # What the profile denies, posts about it do not show: they are complaints, not interest.
        (
            "Can't stand football, sorry. Photographer.",
            ["Dragged to the football again. Longest 90 minutes."],
            {"photography"},
        ),
        ("Everyone assumes I love football. I don't.", ["No, I did not watch the derby."], set()),
        # A profile clause still can: the denial is of something narrower.
        ("Not a pro photographer, just love taking photos", [], {"photography"}),
        # A denial of one topic leaves the other one of the same clause.
        ("Love photography and not into football", ["What a goal by Salah tonight"], {"photography"}),
    ],
)
def test_a_profile_denial_holds_for_the_whole_account(
    shop: InterestMatcher, bio: str, posts: list[str], shared: set[str]
) -> None:
    assert _names(shop, bio, posts) == shared


@pytest.mark.parametrize(
    ("bio", "shared"),
    [
        ("Hates football. Loves a good photo walk.", {"photography"}),
        ("I really hate marketing emails", set()),
        ("Football bores me to tears", set()),
        ("Odio el fútbol, me encanta la fotografía", {"photography"}),
        ("Je déteste le foot", set()),
        # Someone else's aversion is not the author's.
        ("Bookkeeper for local tradespeople who hate paperwork", {"accounting"}),
    ],
)
def test_aversion_in_a_bio_denies_the_interest(shop: InterestMatcher, bio: str, shared: set[str]) -> None:
    assert _names(shop, bio) == shared


@pytest.mark.parametrize(
    ("bio", "owner", "shared"),
    [
        # Rejections after a question, in several forms and languages.
        ("Smooth jazz? Pass.", RESEARCHER, set()),
        ("Jazz? Not my scene, mate. Commuter cyclist.", RESEARCHER, {"cycling"}),
        ("Radfahren? Nie wieder.", RESEARCHER, set()),
        # A denial the author makes of themselves holds for the rest of the profile too ...
        ("Bass player in a blues band. Rock music bores me.", SEED, set()),
        # ... unless it is of a narrower kind, or only qualifies the author.
        ("Road cyclist. I don't do mountain biking.", RESEARCHER, {"cycling"}),
        ("Wedding photographer. I don't do newborn shoots.", SMALL_BUSINESS, {"photography"}),
        ("Jazz pianist. Not a fan of free jazz.", RESEARCHER, {"jazz"}),
        ("Not an economist, just a guy who makes charts about wages and house prices", SEED, {"economics"}),
        ("Software engineer. Opinions my own, not my employer's.", SEED, {"tech"}),
    ],
)
def test_a_profile_denial_of_the_topic_itself_holds_for_the_profile(
    bio: str, owner: str, shared: set[str]
) -> None:
    assert _names(_matcher(owner), bio) == shared


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        ("Bookkeeper for local tradespeople", "accounting"),
        ("Florist with a tiny shop on the high street", "small business"),
        ("Portrait and headshot photographer", "photography"),
        ("Growth marketer, B2B", "marketing"),
        ("Steuerberaterin in Hamburg", "accounting"),
        ("Fotógrafa de bodas", "photography"),
        ("Fußballverrückt seit 1990", "football"),  # a compound with a glossed part
    ],
)
def test_small_business_owner_interests(shop: InterestMatcher, bio: str, expected: str) -> None:
    assert expected in _names(shop, bio)


def test_compounds_are_read_through_their_glossed_part(researcher: InterestMatcher) -> None:
    assert _names(researcher, "Radsportbegeistert") == {"cycling"}


@pytest.mark.parametrize(
    "bio",
    [
        "Forgot my Instagram account password again",
        "Photographic evidence that my cat is evil",
        "Housing market doom scroller",
    ],
)
def test_words_of_the_shop_interests_in_other_senses(shop: InterestMatcher, bio: str) -> None:
    assert _names(shop, bio) == set()


def test_the_word_cache_is_bounded(researcher: InterestMatcher, monkeypatch: pytest.MonkeyPatch) -> None:
    model = researcher._model  # the matcher's own (other tests reload the module's)
    monkeypatch.setattr(interests_module, "MAX_CACHED_WORDS", 40)
    for batch in range(3):
        researcher.match_texts([f"zqx{batch}w{i} cycling" for i in range(30)])
        assert len(model.words) - len(model.permanent) <= 40 + 30
        assert model.table.height - model.base_table.height <= 40 + 30
    assert "cycling" in model.words
    assert "zqx2w29" in model.words


def test_two_topics_joined_by_and_both_count(researcher: InterestMatcher) -> None:
    assert _names(researcher, "Jazz pianist and part-time Linux sysadmin") == {"jazz", "open source"}


def test_the_learned_stage_decides_with_its_shipped_threshold(researcher: InterestMatcher) -> None:
    meta = json.loads(interests_module.STAGE_PATH.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert researcher.threshold == meta["threshold"]
    assert tuple(meta["features"]) == interests_module.PAIR_FEATURES
    [match] = researcher.match_texts(["Climate scientist"])[0]
    assert match.name == "climate science"
    assert meta["threshold"] <= match.score <= 1.0


def test_a_stage_trained_on_other_features_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stage = tmp_path / "stage.json"
    stage.write_bytes(interests_module.STAGE_PATH.read_bytes())
    stage.with_suffix(".meta.json").write_text(json.dumps({"features": ["x"], "threshold": 0.5}))
    monkeypatch.setattr(interests_module, "STAGE_PATH", stage)
    interests_module._load_stage.cache_clear()
    try:
        with pytest.raises(ModelError, match=r"other features.*train_interest_stage"):
            InterestMatcher([Interest("jazz")]).match_texts(["Jazz pianist"])
    finally:
        interests_module._load_stage.cache_clear()


def test_the_stage_artifact_is_reproduced_by_its_script() -> None:
    script = Path(__file__).resolve().parents[1] / "scripts" / "train_interest_stage.py"
    proc = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "artifact reproduced" in proc.stdout


@pytest.mark.parametrize(
    ("owner", "posts", "expected"),
    [
        (RESEARCHER, ["Anyone going to NeurIPS this year?"], "machine learning"),
        (SEED, ["Setlist from last night: Foo Fighters were immense"], "rock music"),
        (SMALL_BUSINESS, ["Offside again, VAR is ruining the game"], "football"),
    ],
)
def test_names_and_jargon_reveal_an_interest(owner: str, posts: list[str], expected: str) -> None:
    assert expected in _names(_matcher(owner), "", posts)


def test_a_name_of_several_words_is_one_token_with_or_without_its_apostrophe(
    researcher: InterestMatcher,
) -> None:
    frame = interests_module.texts_frame(["Climbed Alpe d'Huez today", "alpe d huez again"], [[], []])
    clauses = interests_module._clauses(interests_module._sources(frame), researcher._model.joins)
    words = clauses.get_column("words").to_list()
    assert words[0] == ["climbed", "alpedhuez", "today"]
    assert "alpedhuez" in words[1]


def test_the_dots_of_an_abbreviation_do_not_end_a_clause(researcher: InterestMatcher) -> None:
    frame = interests_module.texts_frame(["Representing Ohio in the U.S. Senate. Cyclist."], [[]])
    clauses = interests_module._clauses(interests_module._sources(frame), researcher._model.joins)
    assert clauses.get_column("raw").to_list() == ["Representing Ohio in the US Senate", " Cyclist"]


@pytest.mark.parametrize(
    "bio",
    [
        "💰 Gana dinero desde casa 💰 empleo, negocios, liderazgo",
        "Free NBA streams 🏀 every game in HD",
        "Travel hacks 🌴 WIN A FREE TRIP 🌴 follow + share!!",
        "Make money from home, passive income while you sleep",
    ],
)
def test_money_for_nothing_and_contests_are_spam(bio: str) -> None:
    assert spam_like(bio)


@pytest.mark.parametrize(
    "bio",
    [
        "🚀 BOOST YOUR PAGE 🚀 design • music • travel: 5k followers in 3 days, DM now",
        "Visa approval guaranteed!! cheapest agent in town, WhatsApp now 💵",
        "Masterclass in photography, 80% off this week only",
        "FREE Robux & skins 🎮 click link 👉",
        "Earn $300/day trading from your phone",
        "Buy Spotify plays and followers cheap",
        "GO FOLLOW @someone SHE GAVE YOU THIS FREE FOLLOW",
        "Hot new token 🚀 presale open, get rich quick",
        "🚀 $PEPE to the moon 🚀 100x gem, early calls in our Telegram",
        "Forex mentor 📈 turned $100 into $10,000, DM for mentorship",
        "Crypto trader | signals group | 95% win rate | join free telegram",
        "Join my team and be your own boss",
        "Cheap essays! Homework help, assignment writing",
        "💸 I earn £500/day betting on cricket. Join my VIP tipster group 💸",
        "Classic car investment scheme 🚗 Guaranteed 40% returns! Limited slots",
        "Work from home 🏠 earn 500€ a day | no experience needed",
        "📢 Promote your business to 2M+ followers! Shoutouts, viral growth",
        # Spam wherever it is written: shilling, cures, bought reach, bait.
        "Rare fern NFTs 🌿 mint yours before the floor price doubles",
        "💊 Anxiety meds shipped fast, no prescription needed",
        "Grow your band: 20k Spotify streams for $15, real listeners",
        "Win a new e-bike! Follow + RT and tag 3 friends",
        "Free luxury watch, just pay shipping ⌚",
        "Knee pain? Our miracle cream heals joints overnight",
        "Doctors don't want you to know this one trick for belly fat",
        # No single come-on, but five sales cues at once.
        "🔥 HUGE sale 🔥 crochet kits 50% off, limited stock, order now!!",
    ],
)
def test_promised_growth_guarantees_discounts_and_bait_are_spam(bio: str) -> None:
    assert spam_like(bio)


@pytest.mark.parametrize(
    "bio",
    [
        "Growth marketer, B2B. I help SaaS teams grow their pipeline.",
        "Food porn and sourdough, home cook in Leeds",
        "Registered dietitian (RD). Gut health, no fads, no detox teas.",
        "Investor. Some people get rich studying artificial intelligence; I study natural stupidity.",
        "Please click the link and come watch the finale with me!!",
        "I bake cakes for every occasion. DM me for prices & pics",
        "Results not guaranteed, effort is. Strength coach.",
        "I love my kids to the moon and back. Maths teacher.",
        "Crypto researcher. Tokenomics, DeFi risk, on-chain data.",
        "Work from home mum, I make cakes to order",
        "Cricket stats nerd. Not a tipster, just a fan.",
        "Growth guaranteed? No. Patience is. Strength coach.",
        "Sex Education fan, theatre kid, Otis forever",
        "Ford Escort Mk1 restorer, classic Fords and rallying",
        "Travel agent: escorted tours, coach holidays and river cruises",
        "Bakery in Leeds 🔥 free delivery on Saturdays, DM to order",
        "Physical pentester: I get paid to break into buildings (legally)",
        "Bid writer for small firms, 71% win rate on public sector tenders",
    ],
)
def test_look_alikes_of_spam_keep_their_interests(bio: str) -> None:
    assert not spam_like(bio)


def test_an_account_whose_posts_are_come_ons_shares_no_interest(seed: InterestMatcher) -> None:
    bio = "HR manager, dad of two, Leeds"
    honest = [
        "Interview tips for graduates",
        "Win two tickets! Follow + RT and tag 3 friends",
        "Half term chaos",
    ]
    selling = ["Win two tickets! Follow + RT and tag 3 friends", "10k followers for $5, real and active"]
    assert "HR" in {m.name for m in seed.match_texts([bio], [honest])[0]}
    assert seed.match_texts([bio], [selling]) == [[]]


def test_large_frames_are_matched_in_slices_with_the_same_result(
    researcher: InterestMatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    bios = ["Climate scientist", "Jazz pianist", "", "Cat pictures", "Open source maintainer", "Cyclist"]
    whole = researcher.match_texts(bios)
    monkeypatch.setattr(interests_module, "MATCH_CHUNK", 2)
    assert researcher.match_texts(bios) == whole
    assert [{m.name for m in row} for row in whole][:2] == [{"climate science"}, {"jazz"}]


@pytest.mark.parametrize(
    ("interests", "bio", "shared"),
    [
        (["tech", "rock music", "cooking"], "Sysadmin. Linux, coffee, and blaming DNS.", "tech"),
        (["sports", "cooking"], "Opening bat for our village cricket club", "sports"),
        (["science", "jazz"], "Entomologist. Beetles, mostly.", "science"),
        # Music is built in as a whole of the two hundred music interests, and "sport" is sports.
        (["music", "cooking"], "I play bass in a punk band", "music"),
        (["music", "cooking"], "Choir singer and ukulele fan", "music"),
        (["music", "travel"], "Music teacher at a primary school", "music"),
        (["sport", "cooking"], "Rugby fan, season ticket at Welford Road", "sport"),
        # Football, cycling and the martial arts were not parts of sports before.
        (["sport", "cooking"], "Liverpool season ticket holder", "sport"),
        (["sports", "cooking"], "Road cyclist, 200km audax", "sports"),
        (["sport", "cooking"], "Judo black belt", "sport"),
        # The arts (or culture), comedy and beauty are built in as wholes too.
        (["the arts", "cooking"], "String quartet, second violin", "the arts"),
        (["the arts", "cooking"], "Poetry reading at the library tonight", "the arts"),
        (["culture", "cooking"], "Ballet dancer with Northern Ballet", "culture"),
        (["comedy", "cooking"], "Sitcom nerd, Peep Show on repeat", "comedy"),
    ],
)
def test_a_built_in_part_of_an_owner_interest_shows_that_interest(
    interests: list[str], bio: str, shared: str
) -> None:
    # Linux, cricket and entomology are built-in interests of their own; the owner named only the whole.
    matches = InterestMatcher([Interest(n) for n in interests]).match_texts([bio])[0]
    assert [m.name for m in matches] == [shared]


def test_leaving_out_pairs_that_cannot_reach_the_threshold_changes_no_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Matching skips the comparison with rival topics for pairs the monotone stage cannot lift to the threshold;
    every labelled account of two owners must match exactly as when every pair is compared."""
    data = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
    owners = json.loads((data / "interest_owners.json").read_text(encoding="utf-8"))
    rows = [
        json.loads(line) for line in (data / "interests_train.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    compare_all = interests_module.InterestMatcher._pair_table
    for owner in sorted({r["owner"] for r in rows})[:2]:
        mine = [r for r in rows if r["owner"] == owner]
        matcher = InterestMatcher([Interest(n.strip()) for n in owners[owner].split(",")])
        bios, posts = [r["bio"] for r in mine], [r["posts"] for r in mine]
        pruned = matcher.match_texts(bios, posts)
        with monkeypatch.context() as patch:
            patch.setattr(
                interests_module.InterestMatcher,
                "_pair_table",
                lambda self, clauses, denials, hopeless_dropped=False: compare_all(self, clauses, denials),
            )
            assert matcher.match_texts(bios, posts) == pruned
        assert any(pruned), "the owner's accounts share some interests"
        clauses, denials = matcher._cut(interests_module.texts_frame(bios, posts))
        every = compare_all(matcher, clauses, denials)
        hopeful = compare_all(matcher, clauses, denials, hopeless_dropped=True)
        assert len(hopeful.clause) < len(every.clause), (
            "some pairs are left out, so the comparison means something"
        )


@pytest.fixture(scope="module")
def maker() -> InterestMatcher:
    return _matcher("software testing, theatre, chess, cycling, hiking, running")


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        # "playwright" is also a test framework; as a bare word it is the writer of plays.
        ("Award-winning playwright, two plays at the Fringe", {"theatre"}),
        # Known to the model only as "li ##ches ##s", a pastry once read as chess; "lichess" itself still is.
        ("Brioches et tartes aux pommes, tous les dimanches", set()),
        ("Lichess blitz every night", {"chess"}),
        # "kein Rad mehr": no bike any more, whatever "Wanderer" and "randonneur" share in other languages.
        ("Jetzt nur noch Wandern, kein Rad mehr", {"hiking"}),
        # The comma of a number does not cut "000 km this year" off as a clause of its own (that was cycling).
        ("Strava says I ran 2,000 km this year", {"running"}),
    ],
)
def test_words_with_a_second_life_are_read_in_the_bios_sense(
    maker: InterestMatcher, bio: str, expected: set[str]
) -> None:
    assert _names(maker, bio) == expected


@pytest.mark.parametrize(
    ("interest", "needed"),
    [
        (Interest("rock music"), False),
        (Interest("hip-hop"), False),  # another spelling of a built-in's name
        (Interest("dowsing"), True),  # not built in
        (Interest("moths"), True),  # read as entomology
        (Interest("dowsing", "water divining, divining rods, -fishing rods"), False),
    ],
)
def test_interests_that_need_a_description(interest: Interest, needed: bool) -> None:
    assert needs_description(interest) is needed


def test_the_vocabulary_is_consistent() -> None:
    """Every built-in interest has one entry, phrases to match, and parts only of interests that exist."""
    looked_up = [interest_vocab.lookup(entry.name) for entry in interest_vocab.VOCAB]
    assert all(found is entry for found, entry in zip(looked_up, interest_vocab.VOCAB, strict=True))
    assert all(entry.phrases for entry in interest_vocab.VOCAB)
    missing = [
        (e.name, b) for e in interest_vocab.VOCAB for b in e.broader if interest_vocab.lookup(b) is None
    ]
    assert not missing


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        # Built in since the thirteenth session, with its other names among its phrases.
        ("Campanology nerd. Sunday service touches at St Mary's", {"bell ringing"}),
        ("Tower captain, we ring for every wedding in the village", {"bell ringing"}),
        ("Ringing in my ears after the gig", set()),
        ("Phone ringing off the hook at work today", set()),
        ("Boxing: saved by the bell again", set()),
    ],
)
def test_a_newer_built_in_interest(bio: str, expected: set[str]) -> None:
    assert _names(_matcher("bell ringing, cycling"), bio) == expected


def test_a_narrower_kind_that_was_an_alias_is_an_interest_of_its_own() -> None:
    """Boxing was read as martial arts, with every martial-arts phrase: an owner who boxes was matched with every
    karateka. Now boxing is built in under its own name, and the broader interest no longer answers to it."""
    boxing, martial_arts = interest_vocab.lookup("boxing"), interest_vocab.lookup("martial arts")
    assert boxing is not None
    assert martial_arts is not None
    assert boxing.name == "boxing"
    assert "martial arts" in boxing.broader
    assert "boxing" not in martial_arts.aliases
    assert "boxing" not in martial_arts.phrases
    bios = ["Boxing coach", "Karate black belt, sensei at our dojo"]
    assert [[m.name for m in row] for row in InterestMatcher([Interest("boxing")]).match_texts(bios)] == [
        ["boxing"],
        [],
    ]
    # A boxer still shares an interest in martial arts: a part counts towards the whole.
    got = InterestMatcher([Interest("martial arts")]).match_texts(bios)
    assert [[m.name for m in row] for row in got] == [["martial arts"], ["martial arts"]]


def test_rivals_are_the_built_ins_nearest_the_owner_s_interests_and_their_other_senses() -> None:
    # Comparing every clause with every built-in interest grew with the vocabulary; the nearest ones are kept,
    # among them those near an interest's other senses: climbing and geology for rock music.
    compiled = InterestMatcher([Interest("rock music")])._compiled
    generic = len(interest_vocab.GENERIC_CLAUSES)
    assert len(compiled.background.flat) == interests_module.NEAREST_RIVALS + generic
    kept = compiled.background.flat[: interests_module.NEAREST_RIVALS]

    def kept_as_rival(name: str) -> bool:
        """Whether the built-in's gist (its name and first phrases, as a rival is read) is among ``kept``."""
        entry = interest_vocab.lookup(name)
        assert entry is not None
        gist = interests_module._means([(entry.name, *entry.phrases)[: interests_module.BACKGROUND_PHRASES]])
        return float((kept @ gist.T).max()) > 0.999

    assert kept_as_rival("climbing")
    assert kept_as_rival("geology")
    assert not kept_as_rival("knitting")


def test_glossed_vectors_are_summed_as_one_sum_per_gloss_would_sum_them() -> None:
    # Start-up sums 100,000 glosses' word vectors at once; the bits must be those of one sum per gloss, or the
    # shipped stage, trained on the old numbers, would read slightly different features.
    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((500, 16)).astype(np.float32)
    lengths = [int(n) for n in rng.integers(0, 7, 300)]
    ids = [int(i) for i in rng.integers(0, 500, sum(lengths))]
    starts = np.cumsum([0, *lengths])
    one_by_one = np.stack([vectors[ids[a:b]].sum(axis=0) for a, b in itertools.pairwise(starts)])
    assert np.array_equal(interests_module._summed_rows(vectors, ids, lengths), one_by_one)


OWN_TERMS = "hospital cleaning, bingo, EastEnders, Take That, Fleetwood Mac, glaucoma, Aston Villa"


@pytest.fixture(scope="module")
def fan() -> InterestMatcher:
    return _matcher(OWN_TERMS)


@pytest.mark.parametrize(
    ("bio", "posts", "expected"),
    [
        ("Leeds", ["Take That at Elland Road was the best night of my LIFE"], "Take That"),
        (
            "Florist",
            ["Shop playlist is 100% Fleetwood Mac today, customers not complaining"],
            "Fleetwood Mac",
        ),
        ("Living with glaucoma since 2015. Eye drops at 9pm sharp.", [], "glaucoma"),
        ("Consultant ophthalmologist, glaucoma service at Moorfields", [], "glaucoma"),
        ("Kickboxing coach and lifelong Villan", ["Villa 3-1, get in"], "Aston Villa"),
    ],
)
def test_an_owner_interest_not_built_in_matches_where_it_is_named(
    fan: InterestMatcher, bio: str, posts: list[str], expected: str
) -> None:
    assert expected in _names(fan, bio, posts)


@pytest.mark.parametrize(
    "post",
    ["I'll take that as a compliment", "Just bought a new Mac, loving it", "Take that, Monday!"],
)
def test_a_name_written_with_capitals_counts_only_as_written(fan: InterestMatcher, post: str) -> None:
    assert _names(fan, "", [post]) == set()


def test_an_owner_term_stays_with_its_matcher(fan: InterestMatcher) -> None:
    token = next(t for t in fan._compiled.own.token_of if t)
    assert token in fan._model.permanent  # kept when the word cache is forgotten
    other = _matcher("pop music")
    clauses = interests_module._all_clauses(
        interests_module._sources(interests_module.texts_frame(["Take That at Wembley"], [[]])),
        other._model.joins,
        other._compiled.own,
    )
    assert not any(t.startswith(interests_module._OWN_MARK) for w in clauses["words"] for t in w)


@pytest.mark.parametrize(
    ("interests", "bio"),
    [
        # Music as a whole keeps its other senses out, sport everyday words.
        ("music, cooking", "Rock climbing every weekend"),
        ("music, cooking", "Resistance band workout done"),
        ("music, cooking", "Gig economy courier"),
        ("music, cooking", "Salsa dancer"),
        ("sport, cooking", "Running late again"),
        ("sport, cooking", "Running a small business"),
        ("sport, cooking", "Cycle to work every day"),
        ("beauty, cooking", "The beauty of it is nobody noticed"),
        ("the arts, cooking", "Martial arts club on Tuesdays"),
        ("culture, cooking", "Toxic work culture is why I quit"),
        ("comedy, cooking", "Comic books and graphic novels"),
    ],
)
def test_an_umbrella_interest_keeps_its_other_senses_out(interests: str, bio: str) -> None:
    assert _names(_matcher(interests), bio) == set()


@pytest.mark.parametrize(
    "bio",
    [
        "Backpacking around South East Asia on 25 quid a day",
        "Just landed in Lisbon, city break with the girls",
    ],
)
def test_travel_is_read_as_people_write_about_it(bio: str) -> None:
    # Travel was built in with four phrases ("travel", "traveller", "wanderlust", "exploring the world").
    assert _names(_matcher("travel, cooking"), bio) == {"travel"}


def test_every_part_of_an_umbrella_interest_is_built_in() -> None:
    names = {entry.name for entry in interest_vocab.VOCAB}
    for whole, parts in interest_vocab_umbrella.PARTS.items():
        assert whole in names
        assert not set(parts) - names
        assert all(whole in interest_vocab.lookup(part).broader for part in parts)  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def cottage() -> InterestMatcher:
    return _matcher("music, gardening, travel, comedy, pets, baking")


def _scores(matcher: InterestMatcher, bio: str, posts: list[str]) -> dict[str, float]:
    return {m.name: m.score for m in matcher.match_texts([bio], [posts])[0]}


def test_clauses_that_each_half_show_an_interest_show_it_together(cottage: InterestMatcher) -> None:
    bio, post = (
        "Cottage garden, two cats, too many seed packets 🐈🌸",
        "Cats have claimed the potting shed as their office",
    )
    assert "pets" not in _names(cottage, bio)
    assert "pets" not in _names(cottage, "", [post])
    # The evidence is the clause that shows it best; the score is the chance that at least one of them does.
    evidence = {m.name: m.evidence for m in cottage.match_texts([bio], [[post]])[0]}
    assert evidence.get("pets") == "two cats"


def test_noisy_or_is_the_chance_that_at_least_one_hit_shows_it() -> None:
    key = np.array([3, 3, 7, 9], dtype=np.int64)
    score = np.array([0.5, 0.5, 0.2, 1.0], dtype=np.float32)
    combined = interests_module.noisy_or(key, score, np.array([7, 3, 5, 9], dtype=np.int64))
    assert combined.tolist() == pytest.approx([0.2, 0.75, 0.0, 1.0])
    assert interests_module.noisy_or(key[:0], score[:0], key).tolist() == [0.0] * 4


def test_the_same_words_said_again_are_not_more_evidence(cottage: InterestMatcher) -> None:
    post = "Cats have claimed the potting shed as their office"
    once, repeated = (
        _scores(cottage, "", [post]),
        _scores(cottage, "", [post, post + ".", f"  {post}!", post]),
    )
    assert "pets" not in repeated
    assert repeated == once
