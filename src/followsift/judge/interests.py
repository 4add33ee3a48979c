"""Semantic interest overlap between an account and the owner's interests (owned by issue 4).

Interface every caller relies on::

    matcher = InterestMatcher(interests)          # Sequence[model.Interest]
    hits = matcher.match_frame(frame)             # frame in judge.frame.ACCOUNT_SCHEMA
    hits[i]                                       # list[model.InterestMatch] for row i, best first,
                                                  # only those at or above the stage's threshold;
                                                  # InterestMatch.evidence quotes the bio words or post

How it works (docs/interests.md has the long form): every text of an account (display name + bio + profile
fields, and each recent post) is cut into clauses, and a clause joining two topics with "and" also into its
parts; a negated clause ("not a recruiter") is dropped; each clause becomes the sum of static word vectors
(MiniLM distilled with model2vec, loaded with numpy alone), nudged by the rest of its text for context. Words in
Spanish, German, French, Italian and Portuguese get the vector of their English gloss (``interest_vocab.LEXICON``),
names and jargon that of what they reveal (``interest_vocab.NAMES``: "Foo Fighters" → rock band); an owner's
interest that is not built in is also one token of its own wherever its name is written (``_OwnTerms``).
Every clause close enough to one of an interest's phrases is a candidate; its evidence (``PAIR_FEATURES``: how far it stands
above the interest's noise floor and ahead of the owner's other interests, of rival topics the owner did not
name and of the interest's other senses, for the clause and its whole text) goes to a learned stage, monotone
gradient-boosted trees trained by ``scripts/train_interest_stage.py``, which gives the probability that the
clause shows the interest. An account's clauses combine by noisy-OR (the same words said twice count once).
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
import polars as pl
import xgboost as xgb
from scipy import sparse  # type: ignore[import-untyped]  # scipy ships no stubs

from followsift.errors import ModelError
from followsift.judge import interest_vocab, signals
from followsift.model import Interest, InterestMatch

__all__ = [
    "PAIR_FEATURES",
    "PAIR_FEATURE_DIRECTIONS",
    "InterestMatcher",
    "PairTable",
    "builtin_reading",
    "describe_interest",
    "needs_description",
    "own_term_reading",
    "spam_like",
    "suggest_interests",
    "texts_frame",
    "vetoed",
]

ARTIFACT_DIR = Path(__file__).parent / "artifacts" / "interests"
STAGE_PATH = ARTIFACT_DIR / "stage.json"

#: A clause is a candidate for an interest when its (weighted) cosine with one of the interest's phrases reaches
#: this; the learned stage then decides from the pair's features. Lower finds more jargon, at a cost in speed
#: (0.38 until the sixth session: the same leave-one-owner-out F1, 0.774, and about 4% slower).
CANDIDATE_SIMILARITY = 0.40
#: The hand-written rule (the ``rule`` feature): cosine threshold, margins to the owner's best interest and to
#: rivals, standard deviations above the noise floor; a clause of RULE_SHORT_WORDS words or fewer must not sit
#: in a text about a rival topic by more than RULE_TEXT_MARGIN ("Pedal to the metal, drag racing" is cars).
RULE_THRESHOLD = 0.44
RULE_MARGIN = 0.08
# A whole-account denial overrules a profile clause when it is at least this much closer to the interest's name
# than the clause: "Rock music bores me" unmakes a blues bassist, "Never watch the Premier League" leaves a Sunday
# league striker (both measured on a handful of bios; leave-one-owner-out F1 is the same from 0 to 0.3).
DENIAL_MARGIN = 0.3
RULE_MIN_Z = 2.0
RULE_SHORT_WORDS = 3
RULE_TEXT_MARGIN = 0.05
#: What the learned stage sees of each candidate (clause, interest) pair, in this order, and how each may move
#: the probability (the trees' monotone constraints): +1 never lowers it (closer, further above the noise floor,
#: further ahead of the owner's other interests, rivals and other senses, said word for word, said again), -1
#: never raises it, 0 either way.
PAIR_FEATURE_DIRECTIONS: dict[str, int] = {
    "similarity": 1,
    "weighted": 1,
    "z": 1,
    "own_margin": 1,
    "rival_margin": 1,
    "sense_margin": 1,
    "text_similarity": 1,
    "text_topic_margin": 1,
    "text_sense_margin": 1,
    "words": 0,
    "post": 0,
    "part": 0,
    "literal": 1,
    "phrases": 0,
    "support": 1,
    "sense_veto": -1,
    "denied": -1,
    "rule": 1,
    "word_similarity": 1,
    "word_own_margin": 1,
}
PAIR_FEATURES: tuple[str, ...] = tuple(PAIR_FEATURE_DIRECTIONS)
#: A clause this much closer to the interest than to its other senses is not overruled by its text's sense (one
#: sense per text is for clauses that could be read either way, "Go Jazz!"). Leave-one-owner-out F1 0.771 -> 0.776.
CLEAR_SENSE_MARGIN = 0.15
#: How much of the whole text is mixed into each clause, so "rocks" next to "minerals" reads as geology.
CONTEXT_WEIGHT = 0.35
#: A built-in interest with a phrase this close to one of the owner's is the same topic, not a rival.
RIVAL_OVERLAP = 0.8
#: A match on a narrower interest counts this much towards the broader one it is part of.
BROADER_WEIGHT = 0.9
#: A part matched with at least this probability is a match on the owner's whole it is part of. Labellers tick
#: the whole less often than that (17 of 50 recruiters were also labelled HR and jobs): lower, it costs precision.
WHOLE_FROM_PART = 0.75
#: Phrases per built-in rival interest (the first ones are the most typical), read as one vector, their mean.
#: Since the 696th built-in interest: against the best of four phrases each, leave-one-owner-out F1 0.779 vs
#: 0.781 and hard negatives matched 17.8% vs 19.2%, for a quarter of the cost of the costliest step.
BACKGROUND_PHRASES = 6
#: Rival topics compared with each clause: the built-in interests nearest the owner's, by their phrases, other
#: senses and neighbours. Comparing every rival was the costliest step and grew with the vocabulary (2,100
#: built-ins cost 10% of the throughput); the nearest 1,200 keep most of what the larger vocabulary gained on
#: blind sets (docs/benchmarks.md, fourteenth session), at the speed of the 1,300 rivals before it, however many
#: interests are built in. Far rivals still matter a little: every limit tried matched more hard negatives.
NEAREST_RIVALS = 1200
#: A match on a built-in interest the owner did not name counts this much towards the owner's interest it is
#: part of ("Linux" towards tech, a cricket club towards sports): less than BROADER_WEIGHT, because the owner did
#: not name the part, so only a clear match on it should carry over. 0 would score as well on the labelled sets
#: (within 0.003 F1) but leaves "Opening bat for our village cricket club" out of sports.
NARROWER_WEIGHT = 0.8
#: Phrases such a part is read by, besides its name: its name alone (one vector per part instead of five) made
#: matching about 5% faster than four phrases, at the same leave-one-owner-out F1 (0.774 against 0.775).
NARROWER_PHRASES = 0
#: An account's probability for an interest combines its clauses' (noisy-OR: 1 - the product of 1 - p), so "two
#: cats" in a bio (pets 0.37) and a post about the cats in the potting shed (0.33) show pets together (0.58); a
#: clause below this probability adds nothing (and the costliest step is skipped for it). Against the best
#: clause alone: blind sets fresh114-fresh121 mean F1 0.746 -> 0.757, hard negatives matched 124 -> 127 of 527
#: (docs/benchmarks.md, nineteenth session).
NOISY_OR_FLOOR = 0.10
#: Posts are weaker evidence than what someone says about themselves.
POST_WEIGHT = 0.97
#: Clauses that are mostly hashtags are weaker evidence: tag lists are how keyword stuffing looks.
HASHTAG_WEIGHT = 0.9
#: Words met beyond the model's own vocabulary are remembered up to this many, then forgotten all at once.
MAX_CACHED_WORDS = 200_000
#: Marks the token of an owner's own term (``_OwnTerms``): a letter no language writes, so no text holds it.
_OWN_MARK = "\u02ac"
EVIDENCE_CHARS = 80
#: Accounts matched at once; bounds memory (the similarity matrices grow with clauses x phrases).
MATCH_CHUNK = 20_000
#: Clauses compared with a set of phrases at once: the (phrases x clauses) cosines of a block stay in the CPU's
#: cache instead of a matrix of hundreds of megabytes going through memory.
COSINE_BLOCK = 2048

F32 = npt.NDArray[np.float32]

# Clause boundaries: sentence ends, list separators, line breaks, brackets, dashes between words.
# A number's comma or point ("2,000 km", "4.5 stars") does not end a clause.
_CLAUSE = r"(?:\d[.,]\d|[^.!?;|•·\n,:/()\[\]{}<>“”\"–—])+"
_NOISE = r"https?://\S+|www\.\S+|@\w+|\s-\s"
# "Recruiters, please stop DMing me": whom a request to stop contacting the author addresses shares nothing.
# "Managers, stop using 1:1s as status updates" is advice, not that.
_STOP_CONTACT = (
    r"(?i)(^|[\n.!?;|•·—–]\s*)([^\n.!?;|•·—–,:]{1,40}?)(\s*[,:]\s*(?:(?:pls|please|kindly)\s+)?"
    r"stop\s+(?:dm\w*|messag\w*|contact\w*|e-?mail\w*|pitch\w*|spamm\w*|sending|calling|inboxing|tagging|"
    r"adding|reaching\s+out|sliding|with\s+the\b[^\n.!?;]{0,40}?\b(?:dms?|messages|inmails?|e-?mails|calls|pitches)))"
)
#: Marks, in the text, the clause a request to stop contact addresses; ``_all_clauses`` turns it into the
#: clause's ``addressed`` column and takes it out of the text.
_ADDRESSED = "\x1e"
# "U.S. Senate", "U.K.", "e.g.", "a.m.": their dots do not end a sentence (ASCII boundaries: far faster).
_DOTTED_ABBREVIATION = r"(?-u:\b)([A-Za-z])\.([A-Za-z])\."
# A negation or rejection cue (English, es, de, fr, it, pt). Its scope is taken to be the whole clause: "not a
# recruiter", "HR is not my thing" and "stop DMing me about jobs" all deny the topic, and clauses in bios are
# short enough that little else is lost.
# Aversion denies as plainly in a bio: "Hates football", "I hate jazz", "sick of crypto bros", "odio el fútbol",
# "Allergic to cats"; someone else's ("teaches undergrads who hate Latin") does not.
_AVERSION = (
    r"^\W*(?:hates?|loathes?|detests?)\b|\b(?:i|we)\s+(?:\w+\s+)?(?:hate|loathe|detest)\b"
    r"|\b(?:sick of|tired of|fed up with|bored of|bores me|zero interest|odio|odeio|detesto|deteste|hasse|verabscheue|"
    r"allergic to|dead to me|(?:\w+-)?phobic|scared of|terrified of|can'?t stand)\b"
)
_NEGATION = (
    r"\b(?:not|no|never|nor|without|neither|stop|dont|doesnt|isnt|arent|wont|nicht|kein|keine|keinen|nie|"
    r"niemals|nichts|pas|jamais|aucun|aucune|rien|nunca|jamas|nada|nao|nem|non|mai|ni|niente)\b|n't\b|"
) + _AVERSION
# In posts a negation is mostly about the world ("graduates can't find entry-level roles" is still about
# jobs); only a first-person denial or "not a/an/into" says the author is not something.
# A clause that is nothing but a rejection ("Jazz? No thanks.", "Cycling? Not for me.") denies the one before.
_REJECTION_ONLY = (
    r"^\W*(?:(?:absolutely|definitely|certainly|hell|god|oh|lol|ha|haha|um|uh)\s+)?"
    r"(?:no|nope|nah|not|never|nein|non|nunca|jamais|nao|pass|hard pass|no way|no chance|never again|"
    r"i don'?t|i do not|i didn'?t|i did not|i'?d rather not|rather not|ni hablar|para nada|nem pensar|"
    r"bloss nicht|nie wieder|war ich nie|jamais de la vie|pas pour moi|non fa per me|nao e pra mim|no es lo mio)\b\W*"
    r"(?:thanks|thank you|thx|for me|my (?:thing|topic|scene|jam|vibe|bag|area|department|cup of tea)|"
    r"(?:e )?roba mia|really|at all|ever|mate|gracias|danke|merci|grazie|obrigad[oa])?\W*$"
    # ... or a comment on it: "Poetry? Never got it.", "Economics? Never understood it, never will."
    r"|^\W*(?:i\s+)?(?:(?:never|don'?t|do not|didn'?t|did not|can'?t|cannot|couldn'?t)\s+(?:really\s+)?"
    r"(?:got|get|got into|understood|understand|liked?|enjoyed?|stand|bear|see the (?:appeal|point)(?: of)?)|"
    r"(?:hate|hated|loathe|detest)|not (?:a|the biggest) fan of)\s+(?:it|them|that|this)\W*$"
    r"|^\W*(?:nie|nie wirklich) (?:verstanden|kapiert|gemocht)\W*$|^\W*jamais (?:compris|aime)\W*$"
    r"|^\W*nunca (?:lo )?(?:entendi|me gusto)\W*$|^\W*mai (?:capito|piaciut[oa])\W*$"
)
# A profile denial the author makes of themselves ("I don't ski", "Never got into board games", "Not a runner"),
# an aversion ("Bouldering bores me", "Allergic to cats") or a rejection ("Beer? Not my thing") holds for the
# whole account, profile included. One that only qualifies ("Not a pro photographer", "not an economist, just a
# guy who makes charts"), a disclaimer ("views my own, not my employer's") or a negation inside a description
# ("policies that don't suck") leaves the topic to the rest of the profile.
_QUALIFIED_DENIAL = (
    r"\b(?:pro|professional|expert|real|proper|certified|qualified|official|full ?time|serious|great|good|"
    r"employer|endorsements?|views|opinions|advice|dms?)\b|\bnot your\b|\bnot (?:my|our) \w+'s\b"
)
_QUALIFIER_NEXT = r"^\W*(?:just|only|but|still|though|although|solo|sólo|nur|seulement|juste|apenas|so)\b"
_SELF_NEGATION = (
    r"\b(?:i'?m not|i am not|i'?m no|i don't|i do not|i never|not an?|not into|no soy|no estoy|"
    r"je ne suis pas|ich bin kein\w*|ich bin nicht|non sono|nao sou)\b"
    # ... or a clause that opens with the cue: "Don't shop", "Never again", "No politics here".
    r"|^\W*(?:not|no|never|stop|don't|dont|do not|nothing|nobody|nicht|kein\w*|pas|jamais|nunca|nao|non|ni)\b"
)
_NOT_ONLY = r"\bnot (?:just|only|simply)\b"
# A hashtag's first camel-case word and the capital that starts the next one.
_CAMEL_HASHTAG = r"#(\p{Lu}*[\p{Ll}\p{N}]+)(\p{Lu})"
# Words joining two topics in one clause (en, es, de, fr, it, pt), on the normalised (lower-case) text.
_CONJUNCTION = r"\s+(?:and|&|\+|plus|y|e|ed|und|et)\s+"


def _ascii_boundaries(pattern: str) -> str:
    """``pattern`` with ASCII word boundaries: polars' regex engine runs a Unicode ``\\b`` on a far slower
    matcher (5-10x here). Clauses are accent-stripped and lower-cased, so on them the two agree."""
    return pattern.replace(r"\b", r"(?-u:\b)")


# Promotional and adult come-ons, on the lower-cased profile: their topic words are bait, not interests. Broader
# than the judge's ``signals.SPAM`` (which it includes): a false hit here only silences an account's interests,
# while the judge's flag can block it.
_OWN_SPAM = (
    r"(?:free|buy|get|gain|cheap)\s+(?:\d+k?\s+)?(?:real\s+)?followers|followers (?:fast|for \$)|"
    r"\bf4f\b|follow ?4 ?follow|follow ?for ?follow|#?followback|follow back guaranteed|\bsub4sub\b|"
    r"onlyfans|\bnsfw\b|\b18\+|\bxxx\b|\bporn|\bnudes?\b|\bsexy?\b|\bescorts?\b|\bcam ?girl|"
    r"dm (?:me )?for (?:promo|promotion|collab)|promo code|paid promotion|shoutouts? for sale|"
    r"make \$?\d+[k]? (?:a|per) (?:day|week)|work from home and earn|crypto signals|giveaway|"
    # Money-from-nothing, contests and hard selling, in the six languages.
    r"make money (?:from|at) home|passive income|prints? money|\bairdrop|win an? (?:free|brand new)\b|"
    r"free [\w ]{0,20}streams?\b|direct from (?:the )?factory|wholesale prices|first month free|"
    r"limited[- ](?:time )?offer|discount code|grow your [\w ]{0,20}?(?:brand|business|following|audience) fast|"
    r"gana(?:r)? dinero|ganhe dinheiro|guadagna(?:re)? (?:soldi|da casa)|geld verdienen von zu hause|"
    r"gagne[rz]? de l'argent|💰|🤑|claim your|gift card|doctors hate|lose \d+ ?(?:kg|lbs|pounds) in|"
    r"dropship|account recovery|recover (?:your )?hacked|cheapest\b.{0,40}\bclick|🔞|hot babes|"
    # Urgency, guarantees, discounts, giveaway bait, get-rich-quick.
    r"\b(?:dm|message|whatsapp|telegram|inbox)\s+(?:me\s+|us\s+)?now\b|"
    r"\b(?:green\s+card|visa|funding|results|income|profits?|returns|approval|followers|traffic|sales|rankings?|"
    r"wins)\s+guaranteed|\bguaranteed\s+(?:\d+\s*%\s+)?"
    r"(?:results|income|profits?|returns|approval|followers|traffic|sales|funding|visa|wins|winnings|growth)|"
    r"\b\d{2}\s*%\s+off\b|\bclick\s+link\b|\bclick\s+the\s+link\s+in\s+(?:my\s+)?bio\b|\bclick\s+here\b|"
    r"\bfree\s+(?:v-?bucks|skins|robux|gems|coins|e-?books?|sample\s+packs?|follows?)\b|"
    r"\b(?:earn|make)\s+(?:[$£€]\s?\d[\d,]*\s*k?|\d[\d,]*\s*k?\s?(?:€|euros?|dollars|pounds))\s*"
    r"(?:/|a\s+|per\s+|every\s+)(?:day|week|month|hour)|"
    # Betting tipsters, paid shout-outs and work-from-home earnings.
    r"\bvip\s+(?:tipster|betting|tips|signals?|trading)\b|\btipster\s+group\b|"
    r"\bpromote your (?:business|brand|page|music|product)s? to \d|\bviral growth\b|"
    r"\bwork from home\b.{0,40}?\b(?:earn|make)\s+(?:[$£€]|\d)|"
    r"\bget\s+rich\s+(?:quick|fast|now|today|with)\b|\bmint\s+(?:is\s+)?live\b|\bpresale\b|\b\d+x\s+your\b|"
    r"\bgo\s+follow\s+@|"
    # Crypto shilling, trading "mentors", easy money, schemes, essay mills and the like.
    r"(?:🚀|\$[a-z]+)\s*to the moon|to the moon\s*🚀|\b\d+x gem|\bearly calls\b|\bhow i (?:made|make|earn)\s+\$|turned \$[\d,.k]+ into \$|"
    r"\b(?:earn|make) money online\b|\bget paid to (?:work from home|take surveys|watch|play|post|tweet|like|chat)\b|"
    r"\bbe your own boss\b|\bearn (?:a )?commissions?\b|"
    r"\bcheap prices?\b|\bbacklinks\b|\bwhitelist spots?\b|\bsugar (?:daddy|baby|mommy)\b.{0,30}\b(?:dm|looking|wanted|needed|allowance)\b|"
    r"\blooking for (?:a )?sugar (?:daddy|baby|mommy)|\bbecome a millionaire\b|"
    r"\btrading signals\b|\bsignals? group\b|\b(?:tips|signals|trading|betting|picks)\b.{0,40}\bwin rate\b|"
    r"\bwin rate\b.{0,40}\b(?:tips|signals|trading|betting|picks)\b|\b\d+\s*%\s+(?:roi|weekly|daily|monthly)\b|\broi in \d+|"
    r"\bbuy (?:verified|aged) accounts\b|\bbulk discounts?\b|100% follow ?back|follow ?back,? 100%|"
    r"\bcheap essays?\b|\bhomework help\b|\bassignment (?:help|writing)\b|\bessay writing service\b|"
    r"\bjoin (?:our |my )?(?:free )?telegram\b"
)
# Come-ons that are spam wherever they are written, in a post as much as in a profile: NFT and token shilling,
# miracle cures and pills without prescription, bought streams and views, giveaway bait, phishing, payment for
# shipping of "free" goods. Unlike ``_OWN_SPAM`` none of them is a word a genuine post uses in passing ("Sex
# Education", "just print money", "20% off this week" are not here).
_STRONG_SPAM = (
    r"\bmint (?:now|yours?|your)\b|\bnfts? (?:drops?|collection)\b.{0,60}(?:mint|floor|whitelist|\d+x)|"
    r"\b\d{2,5}\s?x\s+(?:guaranteed|gains?|gems?|incoming|returns?|potential|by)\b|\bguaranteed\b.{0,15}\b\d{2,5}x\b|"
    r"\d\s*%\s*apy\b|\bfloor price\b|\bwhitelist (?:open|spots?|closing|closes)\b|\bdm for whitelist\b|"
    r"\bno prescription\b|\bwithout (?:a )?prescription (?:needed|required)\b|"
    r"\b(?:doctors|banks|big pharma|pharma|[a-z]+ bosses|accountants) (?:don'?t|do not) want you to know\b|"
    r"\b(?:doctors|banks|big pharma|[a-z]+ bosses|dentists|gyms) hate (?:this|him|her|them|us|me)\b|"
    r"\bmiracle (?:cure|supplements?|drops?|pads?|tea|pills?|gummies|detox|cream)\b|"
    r"\b(?:cure|reverse|heal)s? (?:\w+ ){0,2}(?:naturally|in \d+ days|overnight)\b|"
    # Bought reach: "10k Spotify streams for $9", "get 1M plays", "followers for sale".
    r"\b\d[\d,.]*\s*[km]?\s+(?:real\s+)?(?:spotify\s+|youtube\s+|podcast\s+|tiktok\s+|instagram\s+)?"
    r"(?:streams|views|downloads|plays|listeners|followers|subscribers|likes)\s+(?:for|from)\s+(?:just\s+|only\s+)?"
    r"[$£€]\s?\d|"
    r"\bget\s+\d[\d,.]*\s*[km]?\s+(?:\w+\s+){0,2}(?:streams|views|downloads|plays|listeners|subscribers)\b|"
    r"\b(?:followers|likes|views|streams)\s+for\s+sale\b|\bbuy (?:instagram|tiktok|twitter|youtube|spotify)\b|"
    # Giveaway bait and phishing.
    r"\bfollow\s*(?:\+|&|,|and)\s*(?:rt|retweet|like|share)\b|\btag\s+\d+\s+friends\b|"
    r"\blike,? share,? (?:&|and) follow\b|\b(?:enter|verify) (?:your )?card details\b|\bverify your (?:card|entry)\b|"
    r"\baccount will be suspended\b|\bjust pay (?:for )?(?:the )?shipping\b|\bpay (?:only )?shipping\b|"
    r"\bno deposit (?:needed|required|bonus)\b|\bfree spins\b|\bbingo bonus\b|"
    r"\bfactory price\b|\bwholesale\b.{0,30}\bwhatsapp\b|"
    r"\b100% (?:legit|working|guaranteed)\b|\b100% real (?:listeners|followers|streams|views|plays)\b|"
    r"\b(?:dm|message|whatsapp|telegram)\s+(?:us\s+|me\s+)?for\s+(?:packages|price list|the menu|menu|access|bulk deals)\b|"
    r"\bdiscreet (?:shipping|delivery)\b|\breplica (?:watches|bags)\b|\biptv\b|"
    r"\bguaranteed acceptance\b|\b(?:financial freedom|retire) in \d+ (?:months|weeks)\b|"
    r"\bturn [$£€]\s?\d[\d,.]*k? into [$£€]|\bsecret (?:system|strategy|trick)\b|\bone (?:weird )?trick\b|"
    r"\b(?:my|our) (?:students|downline|clients) (?:made|just hit|hit)\b|\bplay-to-earn\b|"
    r"\bfree (?:\w+ ){0,2}(?:movies|films)\b.{0,40}\b(?:link|stream|hd|4k)\b|"
    r"\b(?:no survey|generator)\b.{0,40}\b(?:free|diamonds|coins|robux|v-?bucks)\b|\bfree\b.{0,40}\bgenerator\b"
)
_SPAM = re.compile("|".join((_OWN_SPAM, _STRONG_SPAM, signals.SPAM.removeprefix("(?i)"))), re.IGNORECASE)
#: The same as two patterns for polars, each with ASCII word boundaries: its regex engine runs each of them fast,
#: but falls back to a far slower one for all of them joined, or for a Unicode ``\b`` (2.7 s against 0.03 s on
#: 20k bios).
_SPAM_ANYWHERE = _ascii_boundaries(_STRONG_SPAM + "|" + signals.SPAM.removeprefix("(?i)"))
_SPAM_PARTS = (_ascii_boundaries(_OWN_SPAM), _SPAM_ANYWHERE)
#: What makes a post a come-on: ``_STRONG_SPAM`` and the judge's own spam and adult wording.
_POST_SPAM_PARTS = (_SPAM_ANYWHERE, _ascii_boundaries(signals.ADULT.removeprefix("(?i)")))
#: An account at least half of whose recent posts are come-ons is spam, whatever its profile says.
SPAM_POST_SHARE = 0.5
# Sales cues, each harmless alone ("free delivery", "DM me", "🔥"): an account whose profile and posts use
# ``SPAM_CUES_NEEDED`` different ones is selling, not sharing an interest. Counted as different matched strings.
_SPAM_CUES_TEXT = (
    r"🚀|💸|💎|🔥|!!|\bguarantee|\blimited (?:time|stock|spots|slots|offer)|\bonly \d+ (?:left|spots?|slots?)|"
    r"\blast chance\b|\bhurry\b|\bdon'?t miss\b|\bbefore it'?s gone\b|\bends (?:today|sunday|friday|soon|in)\b|"
    r"\bclick\b|\blink in bio\b|\blink below\b|👇|⬇️|👉|\bdm\b|\bcheap|\bfree\b|\bwin\b|\border now\b|\bclaim\b|"
    r"\b(?:earn|make) (?:money|\$|£|€)|\bcrypto|\bnft|\bforex\b|\$[a-z]{3,}\b|\bpassive income\b|\bside hustle\b|"
    r"\bfinancial freedom\b|\bcode [a-z]+\d+\b|\bpackages\b|\bovernight\b|\binstant|\b100%|\b\d+\s?% off\b|"
    r"\bdeals?\b|\bprofit"
)
_SPAM_CUES = _ascii_boundaries(_SPAM_CUES_TEXT)
_SPAM_CUES_RE = re.compile(_SPAM_CUES_TEXT)
SPAM_CUES_NEEDED = 4

# --------------------------------------------------------------------------------------------- model


class _Joins:
    """Terms of several words and the single tokens they are read as (" foo fighters " → " foofighters ").

    Polars builds its Aho–Corasick automaton afresh on every ``replace_many`` call, which for all 36,000 terms
    cost more than the replacing itself; a batch is given only the terms whose every word it contains (a few
    hundred), which replaces exactly the same: a term missing a word cannot occur."""

    def __init__(self, forms: Sequence[str] = (), tokens: Sequence[str] = ()) -> None:
        self.forms = pl.Series("form", list(forms), dtype=pl.Utf8)
        self.tokens = pl.Series("token", list(tokens), dtype=pl.Utf8)
        words = pl.DataFrame(
            {"term": np.arange(len(self.forms), dtype=np.uint32), "word": self.forms.str.split(" ")}
        )
        self._words = words.explode("word").filter(pl.col("word") != "")
        self._needed = self._words.group_by("term").len("needed")

    def within(self, texts: pl.Series) -> tuple[list[str], list[str]]:
        """The terms that can occur in ``texts`` (words separated by single spaces), with their tokens."""
        present = texts.str.split(" ").explode().unique().alias("word").to_frame()
        terms = (
            self._words.join(present, on="word", how="semi")
            .group_by("term")
            .len("found")
            .join(self._needed, on="term")
            .filter(pl.col("found") == pl.col("needed"))
            .get_column("term")
            .sort()
        )
        return self.forms.gather(terms).to_list(), self.tokens.gather(terms).to_list()


@dataclass(frozen=True, slots=True)
class _OwnTerms:
    """The owner's own terms: interests not built in whose name is a proper name ("Take That", "Fleetwood
    Mac"), several words ("hospital cleaning") or a word the model knows only in fragments ("glaucoma"). Where
    a clause says one word for word, it becomes one token whose vector is the name's meaning plus a part of its
    own (random, fixed by the spelling): the name said matches far more than words that only mean something
    alike. As the model read them, "Take That at Elland Road" was not close to "take that" at all, and
    "glaucoma" was four fragments. A name written with capitals counts only as written (or in capitals): "I'll
    take that" is not the band."""

    #: Per owner interest, its token ("" for none).
    token_of: tuple[str, ...] = ()
    #: Per owner interest, whether its own term counts only as written (a name written with capitals).
    cased_of: tuple[bool, ...] = ()
    #: (space-padded lower-case form, padded token) of the terms that count however they are written.
    plain: tuple[tuple[str, str], ...] = ()
    #: (pattern on the raw clause, padded forms, padded token) of the names that count only as written.
    cased: tuple[tuple[str, tuple[str, ...], str], ...] = ()

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(t for t in self.token_of if t)

    def probes(self, definitions: Sequence[_Definition]) -> list[tuple[str, ...]]:
        """Each interest's phrases and its token: its words still read as before ("Villa 3-1" is Aston Villa)."""
        return [(*d.phrases, t) if t else d.phrases for d, t in zip(definitions, self.token_of, strict=True)]

    def literal_phrases(self, probes: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
        """The phrases said word for word: a name that counts only as written, only as its token."""
        return [
            phrases[1:] if cased else phrases for phrases, cased in zip(probes, self.cased_of, strict=True)
        ]

    def joined(self, norm: pl.Expr, raw: pl.Expr) -> pl.Expr:
        """``norm`` with every own term it says replaced by the term's token."""
        padded = pl.concat_str([pl.lit(" "), norm, pl.lit(" ")])
        if self.plain:
            padded = padded.str.replace_many([f for f, _ in self.plain], [t for _, t in self.plain])
        for pattern, forms, token in self.cased:
            said = padded.str.replace_many(list(forms), [token] * len(forms))
            padded = pl.when(raw.str.contains(pattern)).then(said).otherwise(padded)
        return padded.str.strip_chars(" ")


def _own_terms(model: _Model, interests: Sequence[Interest]) -> _OwnTerms:
    """The own terms of the owner's interests (``_OwnTerms``), their tokens added to the model."""
    token_of: list[str] = []
    cased_of: list[bool] = []
    plain: list[tuple[str, str]] = []
    cased: list[tuple[str, tuple[str, ...], str]] = []
    spelled: list[tuple[str, str]] = []
    for interest in interests:
        name = " ".join(interest.name.split())
        term = _own_term(model, name)
        token = _OWN_MARK + "".join(term.words) if term else ""
        token_of.append(token)
        cased_of.append(term is not None and name != name.lower())
        if term is None:
            continue
        written, joined, words = term
        forms = tuple(f" {form} " for form in _term_forms(joined, words))
        if cased_of[-1]:
            cased.append((_cased_pattern(name), forms, f" {token} "))
        else:
            plain += [(form, f" {token} ") for form in forms]
        spelled.append((token, written))
    if spelled:
        # Measured only for an owner who has own terms: most have none.
        scale = _word_scale(model)
        model.add_words(
            {token: _own_vector(model, token, _words(written), scale) for token, written in spelled}
        )
    return _OwnTerms(tuple(token_of), tuple(cased_of), tuple(plain), tuple(cased))


class _Term(NamedTuple):
    """An own term: the name normalised, with the model's terms of several words joined, and its words so."""

    written: str
    joined: str
    words: list[str]


def _own_term(model: _Model, name: str) -> _Term | None:
    """The name's own term, when it is one (``_is_own_term``)."""
    written = _normalise_many([name])[0]
    joined = _joined(model, written)
    words = _words(joined)
    return _Term(written, joined, words) if _is_own_term(model, name, written, words) else None


def own_term_reading(interest: Interest) -> str | None:
    """How an interest not built in under its own name is also matched wherever its name is written
    (``_OwnTerms``): "with its capitals" for a name written with them, "in any case" otherwise; else None."""
    name = " ".join(interest.name.split())
    if _own_term(_load_model(), name) is None:
        return None
    return "with its capitals" if name != name.lower() else "in any case"


def _joined(model: _Model, text: str) -> str:
    """A normalised text with the model's terms of several words joined, as clauses have them."""
    padded = pl.Series("t", [f" {' '.join(text.split())} "], dtype=pl.Utf8)
    forms, tokens = model.joins.within(padded.str.strip_chars(" "))
    joined = padded.str.replace_many(forms, tokens) if forms else padded
    return str(joined.str.strip_chars(" ").item())


def _is_own_term(model: _Model, name: str, written: str, words: list[str]) -> bool:
    """Not built in, and a name, several words, or a word the model does not know whole."""
    entry = interest_vocab.lookup(name)
    if not words or (entry is not None and interest_vocab.same_name(entry.name, name)):
        return False
    return name != name.lower() or len(_words(written)) > 1 or words[0] not in model.permanent


def _term_forms(joined: str, words: list[str]) -> list[str]:
    """The forms a term is said in: as written and as bare words, each also with or without a plural s."""
    forms = dict.fromkeys((joined, " ".join(words)))
    for form in list(forms):
        if form.endswith("ss") or not form[-1:].isalpha():
            continue
        forms[form[:-1] if form.endswith("s") else form + "s"] = None
    return list(forms)


def _cased_pattern(name: str) -> str:
    """The name as written or in capitals, whole words, any space between them, either apostrophe."""

    def spelled(text: str) -> str:
        return r"\s+".join(re.escape(part).replace("'", "['’]") for part in text.split())

    start = r"\b" if name[:1].isalnum() else ""
    end = r"\b" if name[-1:].isalnum() else ""
    return f"{start}(?:{spelled(name)}|{spelled(name.upper())})(?:s|S)?{end}"


def _own_vector(model: _Model, token: str, words: list[str], scale: np.float32) -> F32:
    """The term's meaning (its words the model knows whole, as words: a name the model's names know, "Take
    That", is not read as what they gloss it, a pop singer, or "I'll take that" would come close) plus as
    much again of its own, both at a typical word's length (``scale``, ``_word_scale``)."""
    known = " ".join(w for w in words if w in model.permanent)
    meaning = model.embed([known])[0] if known else np.zeros(model.vectors.shape[1], dtype=np.float32)
    own: F32 = np.random.default_rng(zlib.crc32(token.encode())).standard_normal(
        (1, model.vectors.shape[1]), dtype=np.float32
    )
    vector: F32 = ((meaning + _unit(own)[0]) * scale).astype(np.float32)
    return vector


def _word_scale(model: _Model) -> np.float32:
    """A typical word vector's length (the median over the model's WordPiece tokens)."""
    return np.float32(np.median(np.linalg.norm(model.vectors[: len(model.pieces)], axis=1)))


@dataclass(slots=True)
class _Model:
    """Static word vectors: WordPiece tokens plus glossed foreign words, and caches of what was looked up."""

    vectors: F32
    words: dict[str, tuple[int, ...]]
    pieces: dict[str, int]
    unk: int
    #: The model's own whole words and the glossed foreign words; ``words`` is these plus a bounded cache.
    permanent: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: Foreign words whose gloss says something other than the word itself (parts of compounds).
    foreign: frozenset[str] = frozenset()
    base_table: pl.DataFrame = field(default_factory=pl.DataFrame)
    #: The same word table as a frame, for vectorised lookups; grows with the words met so far.
    table: pl.DataFrame = field(default_factory=pl.DataFrame)
    #: Summed vectors of phrases embedded so far (interest phrases repeat across matchers).
    phrases: dict[str, F32] = field(default_factory=dict)
    joins: _Joins = field(default_factory=_Joins)

    def refresh_table(self) -> None:
        self.permanent = dict(self.words)
        self.table = self.base_table = _word_table(self.words)

    def add_words(self, rows: dict[str, F32]) -> None:
        """Words of fixed vectors that stay, as the model's own do (not a cache ``forget`` drops)."""
        new = {word: row for word, row in rows.items() if word not in self.permanent}
        if not new:
            return
        first = self.vectors.shape[0]
        self.vectors = np.vstack([self.vectors, np.stack(list(new.values())).astype(np.float32)])
        ids: dict[str, tuple[int, ...]] = {word: (first + i,) for i, word in enumerate(new)}
        self.words.update(ids)
        self.permanent.update(ids)
        added = _word_table(ids)
        self.base_table = pl.concat([self.base_table, added])
        self.table = pl.concat([self.table, added])

    def forget(self) -> None:
        """Drop the words remembered since loading (the cache is bounded; huge runs meet endless new words)."""
        self.words = dict(self.permanent)
        self.table = self.base_table

    def word_ids(self, word: str) -> tuple[int, ...]:
        known = self.words.get(word)
        if known is None:
            known = self._compound(word) or self._wordpiece(word)
            self.words[word] = known
        return known

    def _compound(self, word: str) -> tuple[int, ...]:
        """A compound with a glossed foreign part: "klimaforscherin" is klima + forscherin, "fußballverrückt"
        is at least fußball. Both parts when both are known words (a German linking s may join them), else
        the longest foreign part of five letters or more at either end."""
        if not self.foreign or len(word) < 7:
            return ()
        known = self.permanent
        for cut in range(len(word) - 3, 2, -1):
            head, tail = word[:cut], word[cut:]
            head_ids = known.get(head) or (known.get(head[:-1]) if head.endswith("s") else None)
            tail_ids = known.get(tail)
            if (
                head_ids
                and tail_ids
                and (head in self.foreign or tail in self.foreign or head[:-1] in self.foreign)
            ):
                return head_ids + tail_ids
        for cut in range(len(word) - 1, 4, -1):
            if word[:cut] in self.foreign:
                return known[word[:cut]]
            if word[-cut:] in self.foreign:
                return known[word[-cut:]]
        return ()

    def _wordpiece(self, word: str) -> tuple[int, ...]:
        # Greedy longest-match-first, as BERT's tokenizer does; unknown fragments are dropped, not [UNK]-ed,
        # so a stray emoji or script the model never saw adds nothing instead of noise.
        out: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = -1
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.pieces.get(piece, -1)
                if found >= 0:
                    break
                end -= 1
            if found < 0:
                return tuple(out)
            out.append(found)
            start = end
        return tuple(out)

    def embed(self, texts: Sequence[str]) -> F32:
        """Unit vectors of short texts (interest phrases), with no clause splitting or context."""
        new = list(dict.fromkeys(t for t in texts if t not in self.phrases))
        # One polars pass for every phrase not seen yet: per phrase, building a frame costs more than the rest.
        for text, normalised in zip(new, _normalise_many(new) if new else [], strict=True):
            summed = np.zeros(self.vectors.shape[1], dtype=np.float32)
            for word in _words(normalised):
                ids = self.word_ids(word)
                # Each word counts once, as in clauses (see _token_ids); most are one token, read directly.
                if len(ids) == 1:
                    summed += self.vectors[ids[0]]
                elif ids:
                    summed += self.vectors[list(ids)].mean(axis=0)
            self.phrases[text] = summed
        out = np.zeros((len(texts), self.vectors.shape[1]), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self.phrases[text]
        return _unit(out)


def _word_table(words: dict[str, tuple[int, ...]]) -> pl.DataFrame:
    """Columns words and ids (a list, empty for a word that adds nothing), built from flat arrays: a list
    column made of 100,000 Python lists took half a second of every start-up."""
    ids = list(words.values())
    lengths = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
    flat = np.fromiter(itertools.chain.from_iterable(ids), dtype=np.int64, count=int(lengths.sum()))
    grouped = (
        pl.DataFrame({"row": np.repeat(np.arange(len(ids), dtype=np.int64), lengths), "ids": flat})
        .group_by("row")
        .agg("ids")
    )
    every = pl.DataFrame(
        {"row": np.arange(len(ids), dtype=np.int64), "words": pl.Series(list(words), dtype=pl.Utf8)}
    )
    return every.join(grouped, on="row", how="left", maintain_order="left").select(
        "words", pl.col("ids").fill_null(pl.lit([], dtype=pl.List(pl.Int64)))
    )


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _unit(matrix: F32) -> F32:
    norms = np.sqrt(np.einsum("ij,ij->i", matrix, matrix))[:, None]
    unit: F32 = (matrix / np.maximum(norms, 1e-9)).astype(np.float32, copy=False)
    return unit


@functools.cache
def _load_model() -> _Model:
    vocab_path, vectors_path = ARTIFACT_DIR / "vocab.txt", ARTIFACT_DIR / "vectors.npy"
    if not vocab_path.is_file() or not vectors_path.is_file():
        raise ModelError(
            f"interest model missing in {ARTIFACT_DIR}: reinstall followsift"
            " or run scripts/build_interest_model.py"
        )
    try:
        tokens = vocab_path.read_text(encoding="utf-8").split("\n")[:-1]
        base = np.load(vectors_path, allow_pickle=False).astype(np.float32)
    except (OSError, ValueError) as err:
        raise ModelError(
            f"interest model in {ARTIFACT_DIR} is unreadable ({err}): reinstall followsift"
        ) from err
    if base.ndim != 2 or base.shape[0] != len(tokens):
        raise ModelError(f"interest model in {ARTIFACT_DIR} is inconsistent: reinstall followsift")
    pieces = {tok: i for i, tok in enumerate(tokens)}
    words: dict[str, tuple[int, ...]] = {
        tok: (i,) for i, tok in enumerate(tokens) if not tok.startswith(("##", "["))
    }
    model = _Model(base, words, pieces, pieces.get("[UNK]", 0))
    model.permanent = words
    _add_glosses(model)
    _anchor_spelled_words(model)
    model.refresh_table()
    return model


def _anchor_spelled_words(model: _Model) -> None:
    """Give each single-word phrase of the built-in interests that the model knows only as WordPiece
    fragments, and that has no gloss ("lichess", "strava", "seitan"), a vector of its own, random and fixed by
    its spelling. It then matches where it is written and nowhere else: as fragments, "li ##ches ##s" made
    "brioches et tartes aux pommes" read as chess (0.66)."""
    texts = [text for entry in interest_vocab.VOCAB for text in (entry.name, *entry.phrases, *entry.aliases)]
    single = {words[0] for words in map(_words, _normalise_many(texts)) if len(words) == 1}
    spelled = sorted(word for word in single if word not in model.words and len(model._wordpiece(word)) > 1)
    if not spelled:
        return
    scale = _word_scale(model)
    rows = np.empty((len(spelled), model.vectors.shape[1]), dtype=np.float32)
    for i, word in enumerate(spelled):
        rows[i] = np.random.default_rng(zlib.crc32(word.encode())).standard_normal(rows.shape[1])
    first = model.vectors.shape[0]
    model.vectors = np.vstack([model.vectors, _unit(rows) * scale])
    model.words.update({word: (first + i,) for i, word in enumerate(spelled)})


def _add_glosses(model: _Model) -> None:
    """Give each foreign word of the lexicon, and each name or jargon term of ``interest_vocab.NAMES``, the
    summed vector of its English gloss (empty gloss: nothing). A term of several words ("foo fighters",
    "aprendizaje automático") becomes one token, joined in clauses before they are cut into words."""
    entries = {**interest_vocab.NAMES, **interest_vocab.LEXICON}  # the lexicon wins a clash
    keys = _normalise_many(list(entries))
    normalised_glosses = _normalise_many(list(entries.values()))
    gloss_ids: list[int] = []
    gloss_lengths: list[int] = []
    glossed: dict[str, tuple[int, ...]] = {}
    foreign: set[str] = set()
    joins: dict[str, str] = {}
    next_id = model.vectors.shape[0]
    for (word, gloss), key, normalised_gloss in zip(entries.items(), keys, normalised_glosses, strict=True):
        parts = _words(key)
        if not parts:
            continue
        token = "".join(parts)
        if len(parts) > 1:
            # As written ("alpe d'huez") and as words ("alpe d huez"): clauses keep their apostrophes here.
            for form in dict.fromkeys((" ".join(key.split()), " ".join(parts))):
                joins[f" {form} "] = f" {token} "
        ids = [t for w in _words(gloss) for t in model.word_ids(w)]
        gloss_ids += ids
        gloss_lengths.append(len(ids))
        glossed[token] = (next_id,)
        if ids and len(parts) == 1 and word in interest_vocab.LEXICON and token != normalised_gloss:
            foreign.add(token)
        next_id += 1
    if gloss_lengths:
        model.vectors = np.vstack([model.vectors, _summed_rows(model.vectors, gloss_ids, gloss_lengths)])
        model.words.update(glossed)
        model.foreign = frozenset(foreign)
        model.joins = _Joins(list(joins), list(joins.values()))


def _summed_rows(vectors: F32, ids: Sequence[int], lengths: Sequence[int]) -> F32:
    """Per group of consecutive ``ids`` (``lengths`` of them; none: a zero row), the sum of their vectors, added
    in the order ``vectors[group].sum(axis=0)`` adds them (the same bits), one position of every group at a time
    rather than one call per group: 100,000 calls took half a second of every start-up. Not ``_segment_sums``:
    its sparse product adds in token-id order and rounds differently, which would change the shipped model."""
    sizes = np.asarray(lengths, dtype=np.int64)
    flat = np.asarray(ids, dtype=np.int64)
    group = np.repeat(np.arange(len(sizes)), sizes)
    position = np.arange(len(flat)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    out = np.zeros((len(sizes), vectors.shape[1]), dtype=np.float32)
    for at in range(int(sizes.max(initial=0))):
        chosen = position == at
        out[group[chosen]] += vectors[flat[chosen]]
    return out


def _normalise_many(texts: Sequence[str]) -> list[str]:
    return (
        pl.Series("t", list(texts), dtype=pl.Utf8)
        .to_frame()
        .select(_normalised(pl.col("t")))
        .to_series()
        .to_list()
    )


# --------------------------------------------------------------------------------------------- text


def _normalised(text: pl.Expr) -> pl.Expr:
    # Split camel-case hashtags (#HumanResources → #Human #Resources; each pass splits once more) before
    # lower-casing, and only hashtags: in running text camel case is a name (NeurIPS, PyTorch, GitHub). Strip
    # accents as the BERT vocabulary was built (uncased, accents removed); "not only X" affirms X.
    for _ in range(3):
        text = text.str.replace_all(_CAMEL_HASHTAG, "#$1 #$2")
    return (
        text.str.normalize("NFKD")
        .str.replace_all(r"\p{Mn}", "")
        .str.to_lowercase()
        .str.replace_all("’", "'")
        .str.replace_all(_NOT_ONLY, "also")
        .str.replace_all(r"\b(non|no)-", "$1")
    )


def _name_tagline(name: pl.Expr) -> pl.Expr:
    """What a display name says beyond the name: "Jane Doe | HR leader" → "| HR leader"; "Dev Patel" → "".
    A name is not a description (Dev, Rock, Jazz and Hunter are first names)."""
    return name.fill_null("").str.replace(r"^[^|•·,:/()\[\]–—]*(?:\s-\s)?", "")


def _sources(frame: pl.DataFrame) -> pl.DataFrame:
    """One row per text of an account: (row, source, weight, text), in row order."""
    base = frame.select(
        pl.int_range(pl.len(), dtype=pl.UInt32).alias("row"),
        pl.concat_str(
            [
                _name_tagline(pl.col("display_name")),
                pl.col("bio").fill_null(""),
                pl.col("fields_text").fill_null(""),
            ],
            separator="\n",
        ).alias("profile"),
        pl.col("posts").list.eval(pl.element().struct.field("text")).fill_null([]).alias("post_texts"),
    )
    profile = base.select(
        "row", pl.lit(1.0).alias("weight"), pl.lit(False).alias("post"), pl.col("profile").alias("text")
    )
    posts = (
        base.select("row", "post_texts")
        .explode("post_texts")
        .drop_nulls("post_texts")
        .select(
            "row",
            pl.lit(POST_WEIGHT).alias("weight"),
            pl.lit(True).alias("post"),
            pl.col("post_texts").alias("text"),
        )
    )
    return pl.concat([profile, posts]).sort("row", maintain_order=True).with_row_index("source")


def _clauses(sources: pl.DataFrame, joins: _Joins | None = None) -> pl.DataFrame:
    """The clauses that can show an interest: every clause but the negated ones, numbered."""
    return _shown(_all_clauses(sources, joins))


def _shown(clauses: pl.DataFrame) -> pl.DataFrame:
    return clauses.filter(~pl.col("denied")).with_row_index("clause")


def _profile_denials(clauses: pl.DataFrame) -> pl.DataFrame:
    """The negated clauses of profiles ("Can't stand reggae", "Not a runner") that deny a topic for the whole
    account, marked ``whole_account`` where the denial holds for the rest of the profile too (``_QUALIFIED_DENIAL``
    says which do not). A clause joining two topics denies only through its parts: "Love jazz and not into
    football" denies football, not jazz."""
    norm = pl.col("norm")
    qualified_next = norm.shift(-1).str.contains(_QUALIFIER_NEXT).fill_null(False) & (
        pl.col("source").shift(-1) == pl.col("source")
    ).fill_null(False)
    whole_account = (
        (
            pl.col("rejected")
            | norm.str.contains(_ascii_boundaries(_SELF_NEGATION))
            | norm.str.contains(_ascii_boundaries(_AVERSION))
        )
        & ~norm.str.contains(_ascii_boundaries(_QUALIFIED_DENIAL))
        & ~pl.col("qualified_next")
    )
    return (
        clauses.with_columns(qualified_next.alias("qualified_next"))
        .filter(pl.col("denied") & ~pl.col("post") & ~pl.col("joined"))
        .with_columns(whole_account.alias("whole_account"))
        .with_row_index("clause")
    )


def _all_clauses(
    sources: pl.DataFrame, joins: _Joins | None = None, own: _OwnTerms | None = None
) -> pl.DataFrame:
    """Sources cut into clauses with their words, each marked ``denied`` when negated; clauses with no words
    left are dropped. A clause joining topics with "and" also yields each part (``part``): "Jazz pianist and
    part-time Linux sysadmin" is about jazz and about Linux, and as one vector it is mostly about whichever word
    is stronger."""
    whole = (
        _stop_requests_marked(sources)
        .with_columns(
            pl.col("text")
            .str.replace_all(_NOISE, "\n")
            .str.replace_all(_DOTTED_ABBREVIATION, "$1$2")
            .str.extract_all(_CLAUSE)
            .alias("raw"),
        )
        .select("row", "source", "weight", "post", "raw")
        .explode("raw")
        .drop_nulls("raw")
        # The mark becomes a column once, here; the text goes on without it.
        .with_columns(
            pl.col("raw").str.contains(_ADDRESSED, literal=True).alias("addressed"),
            pl.col("raw").str.replace_all(_ADDRESSED, "", literal=True),
        )
        .with_columns(_normalised(pl.col("raw")).alias("norm"), pl.lit(False).alias("part"))
        .with_columns(
            # "Jazz? No thanks.": a clause denied by the bare rejection that follows it in the same text.
            (
                pl.col("norm").str.contains(_ascii_boundaries(_REJECTION_ONLY)).shift(-1).fill_null(False)
                & (pl.col("source").shift(-1) == pl.col("source")).fill_null(False)
            ).alias("rejected")
        )
    )
    forms, tokens = joins.within(whole.get_column("norm")) if joins is not None else ([], [])
    if forms:
        # Spaces around the clause let every term match as whole words, at either end as well.
        padded = pl.concat_str([pl.lit(" "), pl.col("norm"), pl.lit(" ")])
        whole = whole.with_columns(padded.str.replace_many(forms, tokens).str.strip_chars(" ").alias("norm"))
    if own is not None and own.tokens:
        whole = whole.with_columns(own.joined(pl.col("norm"), pl.col("raw")).alias("norm"))
    split = pl.col("norm").str.replace_all(_CONJUNCTION, "\x1f").str.split("\x1f")
    whole = whole.with_columns((split.list.len() > 1).alias("joined"))
    parts = (
        whole.filter(pl.col("joined"))
        .with_columns(split, pl.lit(True).alias("part"), pl.lit(False).alias("joined"))
        .explode("norm")
    )
    negated = (
        pl.when(pl.col("post"))
        .then(pl.col("norm").str.contains(_ascii_boundaries(_SELF_NEGATION)))
        .otherwise(pl.col("norm").str.contains(_ascii_boundaries(_NEGATION)))
    )
    return (
        pl.concat([whole, parts])
        .sort("source", maintain_order=True)
        .with_columns(
            # A negated clause shows nothing (a contains test, far cheaper than blanking it with a regex); it is
            # kept, ``denied``, for what it denies.
            (negated | pl.col("rejected")).alias("denied"),
            pl.col("norm").str.replace_all(r"\b(?:\d+|\w)\b", " ").str.extract_all(r"[^\W_]+").alias("words"),
            pl.col("raw").str.count_matches("#").alias("tags"),
        )
        .filter(pl.col("words").list.len() > 0)
        .with_columns(
            pl.when(pl.col("tags") * 2 >= pl.col("words").list.len())
            .then(pl.col("weight") * HASHTAG_WEIGHT)
            .otherwise(pl.col("weight"))
            .alias("weight")
        )
    )


def _stop_requests_marked(sources: pl.DataFrame) -> pl.DataFrame:
    """``sources`` with the clause a request to stop contact addresses marked ``_ADDRESSED`` (``_STOP_CONTACT``).
    The pattern is slow to run (no literal to search for first), so only texts that say "stop" go through it."""
    text = sources.get_column("text")
    at = text.str.contains(r"(?i-u)stop").fill_null(False).arg_true()
    if len(at) == 0:
        return sources
    marked = text.gather(at).str.replace_all(_STOP_CONTACT, "${1}" + _ADDRESSED + "${2}${3}")
    return sources.with_columns(text.scatter(at, marked))


def _token_ids(
    model: _Model, clauses: pl.DataFrame, by: str = "clause"
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """Token ids of every clause (or other segment of words, numbered in column ``by``), the segment each token
    belongs to (ascending) and the token's share of its word.

    Known words are joined against the model's word table in polars; only words never seen before go through
    the Python WordPiece loop, and they join the table so the next batch finds them."""
    if len(model.words) - len(model.permanent) > MAX_CACHED_WORDS:
        model.forget()  # bounded: a long run over millions of accounts keeps meeting new words
    words = clauses.select(by, "words").explode("words")
    tokens = words.join(model.table, on="words", how="left", maintain_order="left")
    unseen = tokens.filter(pl.col("ids").is_null()).get_column("words").unique()
    if len(unseen):
        fresh = pl.DataFrame(
            {"words": unseen, "ids": [list(model.word_ids(w)) for w in unseen.to_list()]},
            schema=model.table.schema,
        )
        model.table = pl.concat([model.table, fresh])
        tokens = words.join(model.table, on="words", how="left", maintain_order="left")
    # A word counts once however many pieces it falls into: a foreign or rare word split into four fragments
    # must not outweigh the words around it.
    tokens = (
        tokens.with_columns((1.0 / pl.col("ids").list.len()).cast(pl.Float32).alias("share"))
        .explode("ids")
        .drop_nulls("ids")
    )
    return (
        tokens.get_column("ids").to_numpy(),
        tokens.get_column(by).cast(pl.Int64).to_numpy(),
        tokens.get_column("share").to_numpy(),
    )


def _segment_sums(
    vectors: F32,
    ids: npt.NDArray[np.int64],
    owner: npt.NDArray[np.int64],
    share: npt.NDArray[np.float32],
    n: int,
) -> F32:
    """Weighted sum of the vectors of each segment (a sparse matrix times the vectors, no gathered copy)."""
    counts = sparse.csr_matrix((share, (owner, ids)), shape=(n, vectors.shape[0]), dtype=np.float32)
    summed: F32 = np.asarray(counts @ vectors, dtype=np.float32)
    return summed


def _clause_vectors(model: _Model, clauses: pl.DataFrame) -> tuple[F32, F32, npt.NDArray[np.int64]]:
    """Unit clause vectors, each mixed with its whole text's vector for context; and per clause its whole
    text's unit vector."""
    ids, owner, share = _token_ids(model, clauses)
    clause_sum = _segment_sums(model.vectors, ids, owner, share, clauses.height)
    source = clauses.get_column("source").to_numpy().astype(np.int64)
    # Number each clause's text 0..T-1 (clauses come grouped by text) and sum the text's tokens the same way.
    text_of_clause = np.cumsum(np.r_[False, source[1:] != source[:-1]]) if len(source) else source
    n_texts = int(text_of_clause[-1]) + 1 if len(source) else 0
    text_sum = _segment_sums(model.vectors, ids, text_of_clause[owner], share, n_texts)
    text_unit = _unit(text_sum)
    # unit(unit(clause) + w * unit(text)) in one pass over the clause matrix: its length follows from the
    # cosine between the two, |a + w b|^2 = |a|^2 + w^2 |b|^2 + 2w a·b, for unit (or zero) a and b.
    clause_scale = _inverse_norms(clause_sum)
    text_of = text_unit[text_of_clause]
    cosine = np.einsum("ij,ij->i", clause_sum, text_of) * clause_scale
    has_text = np.einsum("ij,ij->i", text_of, text_of)
    length_sq = (clause_scale > 0) + CONTEXT_WEIGHT**2 * has_text + 2 * CONTEXT_WEIGHT * cosine
    mixed_scale = 1.0 / np.sqrt(np.maximum(length_sq, 1e-18))
    # In place: these are (clauses x dims) matrices, and a temporary copy of one costs as much as the arithmetic.
    mixed = np.multiply(clause_sum, (clause_scale * mixed_scale)[:, None], out=clause_sum)
    text_of *= (CONTEXT_WEIGHT * mixed_scale)[:, None].astype(np.float32)
    mixed += text_of
    return mixed.astype(np.float32, copy=False), text_unit, text_of_clause


def _inverse_norms(matrix: F32) -> F32:
    """1 / the length of each row; 0 for an all-zero row (a clause of words the model does not know)."""
    norms = np.sqrt(np.einsum("ij,ij->i", matrix, matrix))
    inverse: F32 = np.where(norms > 1e-9, 1.0 / np.maximum(norms, 1e-9), 0.0).astype(np.float32)
    return inverse


# --------------------------------------------------------------------------------------------- interests


@dataclass(frozen=True, slots=True)
class _Definition:
    name: str
    phrases: tuple[str, ...]
    other_senses: tuple[str, ...]
    #: Close but different topics: other senses too, but not homonyms (see ``VocabEntry.neighbours``).
    neighbours: tuple[str, ...] = ()


def _define(interest: Interest) -> _Definition:
    entry = interest_vocab.lookup(interest.name)
    phrases: list[str] = [interest.name.strip()]
    others: list[str] = []
    neighbours: tuple[str, ...] = ()
    if entry is not None:
        phrases += entry.phrases
        others += entry.other_senses
        neighbours = entry.neighbours
    for item in re.split(r"[,;\n]", interest.description):
        item = item.strip()
        if item.startswith("-"):
            others.append(item[1:].strip())
        elif item:
            phrases.append(item)
    dedup = tuple(dict.fromkeys(p for p in phrases if p))
    return _Definition(interest.name.strip(), dedup, tuple(dict.fromkeys(o for o in others if o)), neighbours)


def builtin_reading(interest: Interest) -> str | None:
    """The built-in interest an owner's interest is read through when that one has another name ("moths" is read
    as entomology, "jewellery" as jewelry), else None. Such interests match less well than one built in
    under its own name (docs/interests.md, Limits): the owner may want to say what theirs covers."""
    entry = interest_vocab.lookup(interest.name)
    return None if entry is None or interest_vocab.same_name(entry.name, interest.name) else entry.name


def needs_description(interest: Interest) -> bool:
    """Not built in under its own name (unknown, or read through a built-in of another name) and not described by
    the owner: such an interest matches far less well until the owner says what it covers (docs/interests.md,
    Limits: F1 about 0.57 unknown and 0.65-0.70 read as another, about 0.73 once described, 0.80 built in)."""
    entry = interest_vocab.lookup(interest.name)
    built_in = entry is not None and interest_vocab.same_name(entry.name, interest.name)
    return not built_in and not interest.description.strip()


def describe_interest(interest: Interest) -> list[str]:
    """The phrases an interest is matched with, then the other senses it is told from, as ``-phrase``."""
    definition = _define(interest)
    return [*definition.phrases, *(f"-{o}" for o in (*definition.other_senses, *definition.neighbours))]


class _Compiled:
    """Everything a matcher derives from the owner's interests; built once per set of interests."""

    def __init__(self, interests: tuple[Interest, ...]) -> None:
        self.interests = list(interests)
        self._model = _load_model()
        self._definitions = [_define(i) for i in self.interests]
        # Built-in interests the owner did not name compete for every clause: a clause goes to an owner interest
        # only when that interest explains it about as well as anything does ("deep learning" is machine
        # learning before it is education; "cat pictures" is pets, not media).
        owned = {d.name.lower() for d in self._definitions} | {
            e.name for i in self.interests if (e := interest_vocab.lookup(i.name)) is not None
        }
        # A built-in interest the owner did not name that is part of one they did ("linux" of tech, "cricket"
        # of sports) is that interest, not a rival: a sysadmin shares an owner's interest in tech.
        # Grouped by the owner interest each is part of, so one ``reduceat`` takes the best part of each.
        self.narrower = sorted(self._narrower(owned), key=lambda part: part[1])
        parts = {entry.name for entry, _ in self.narrower}
        background = [
            _Definition(e.name, (e.name, *e.phrases), ())
            for e in interest_vocab.VOCAB
            if e.name not in owned and e.name not in parts
        ]
        self.own = _own_terms(self._model, self.interests)
        probes = self.own.probes(self._definitions)
        self.positive = _prototypes(probes)
        # Each part is read as it was as a rival: its name and first phrases.
        self.narrower_groups = _prototypes(
            [(n.name, *n.phrases[:NARROWER_PHRASES]) for n, _ in self.narrower]
        )
        self.narrower_parent = np.asarray([i for _, i in self.narrower], dtype=np.int64)
        #: The owner interests that have parts, and where each one's parts start among ``narrower_groups``.
        self.narrower_wholes, self.narrower_starts = np.unique(self.narrower_parent, return_index=True)
        self.homonyms = _prototypes([d.other_senses for d in self._definitions])
        self.neighbours = _prototypes([d.neighbours for d in self._definitions])
        background = self._true_rivals(background)
        # Each rival topic is read as one vector, the gist of its first phrases; idle chatter and disclaimers
        # ("views are my own", "tweets are personal") are rivals too, each phrase on its own. Only the rivals
        # nearest the owner's interests are kept.
        rivals = _means([d.phrases[:BACKGROUND_PHRASES] for d in background])
        near = self._nearest_rivals(rivals)
        rivals, topic = rivals[near], np.asarray([_is_topic(d.name) for d in background], dtype=bool)[near]
        generic = self._model.embed(list(interest_vocab.GENERIC_CLAUSES))
        self.background = _rows(np.vstack([rivals, generic]).astype(np.float32))
        # The rival topics alone (not idle chatter or "everyday life"), for telling what a whole text is about.
        self.topics = _rows(rivals[topic])
        # What the owner calls each interest, as one vector: a denial is weighed against it.
        self.names = _unit(
            self._model.embed([t or i.name for i, t in zip(self.interests, self.own.token_of, strict=True)])
        )
        self.literal = [_literal_pattern(p) for p in self.own.literal_phrases(probes)]
        self.phrase_counts = np.asarray([len(d.phrases) for d in self._definitions], dtype=np.float32)
        self.broader = self._broader_pairs()
        # Each interest's noise floor: how well it matches idle chatter and the other built-in interests.
        reference = self._model.embed(
            [*interest_vocab.GENERIC_CLAUSES, *(p for d in background for p in d.phrases)]
        )
        floor = _best_per_group(reference, self.positive)
        self.floor_mean = floor.mean(axis=0)
        self.floor_std = np.maximum(floor.std(axis=0), 1e-3)

    def _narrower(self, owned: set[str]) -> list[tuple[interest_vocab.VocabEntry, int]]:
        """(built-in entry, owner interest index) for every built-in interest the owner did not name that is
        part of one they did. Parts of parts are not: a coach driver is public transport, which is part of urban
        planning, which is part of government, but driving a coach is not government."""
        index = self._owner_index()
        found = []
        for entry in interest_vocab.VOCAB:
            whole = next((index[b.lower()] for b in entry.broader if b.lower() in index), None)
            if whole is not None and entry.name not in owned:
                found.append((entry, whole))
        return found

    def _owner_index(self) -> dict[str, int]:
        """The owner's interests by lower-case name, built-in ones by their entry's name."""
        index = {}
        for i, interest in enumerate(self.interests):
            entry = interest_vocab.lookup(interest.name)
            index[entry.name.lower() if entry else interest.name.strip().lower()] = i
        return index

    def _true_rivals(self, background: list[_Definition]) -> list[_Definition]:
        """Built-in interests that do not overlap the owner's: one sharing a near-identical phrase with an owner
        interest (outdoors' "birds" for birdwatching, machine learning's "data science" for tech) is the
        same topic, not a rival, and is left out."""
        owner_phrases = self._model.embed([p for d in self._definitions for p in d.phrases])
        # Every rival phrase in one pass (one normalisation of all of them); the loop then reads the cache.
        self._model.embed([p for d in background for p in d.phrases])
        rivals = []
        for definition in background:
            overlap = self._model.embed(list(definition.phrases)) @ owner_phrases.T
            if overlap.size == 0 or overlap.max() < RIVAL_OVERLAP:
                rivals.append(definition)
        return rivals

    def _nearest_rivals(self, rivals: F32) -> npt.NDArray[np.int64]:
        """Indices of the ``NEAREST_RIVALS`` rival topics closest to any phrase, other sense or neighbour of the
        owner's interests (a rock climbing rival for rock music's "-rock climbing"), in vocabulary order."""
        if len(rivals) <= NEAREST_RIVALS:
            return np.arange(len(rivals))
        nearness = np.full(len(rivals), -1.0, dtype=np.float32)
        for probes in (self.positive, self.homonyms, self.neighbours):
            if not probes.empty:
                np.maximum(nearness, (rivals @ probes.flat.T).max(axis=1), out=nearness)
        return np.sort(np.argsort(-nearness, kind="stable")[:NEAREST_RIVALS])

    def _broader_pairs(self) -> list[tuple[int, int]]:
        """(narrow, broad) index pairs among the owner's interests, from the vocabulary's ``broader``."""
        index = self._owner_index()
        pairs = []
        for i, interest in enumerate(self.interests):
            entry = interest_vocab.lookup(interest.name)
            for name in entry.broader if entry else ():
                if name.lower() in index and index[name.lower()] != i:
                    pairs.append((i, index[name.lower()]))
        return pairs


def texts_frame(bios: Sequence[str], posts: Sequence[Sequence[str]]) -> pl.DataFrame:
    """The columns the matcher reads, for plain bios and each bio's recent post texts."""
    return pl.DataFrame(
        {
            "display_name": [None] * len(bios),
            "bio": list(bios),
            "fields_text": [None] * len(bios),
            "posts": [[{"text": t} for t in p] for p in posts],
        },
        schema={
            "display_name": pl.Utf8,
            "bio": pl.Utf8,
            "fields_text": pl.Utf8,
            "posts": pl.List(pl.Struct({"text": pl.Utf8})),
        },
    )


def vetoed(probability: F32, features: F32) -> F32:
    """The stage's probabilities with one sense per text (Yarowsky) enforced: a clause that could be read either
    way ("Go Jazz!") in a text that reads the other way ("Utah Jazz season ticket holder") is that other sense,
    whatever else it scores; and a post does not show what the profile denies."""
    veto = (features[:, PAIR_FEATURES.index("sense_veto")] > 0) | (
        features[:, PAIR_FEATURES.index("denied")] > 0
    )
    out: F32 = np.where(veto, 0.0, probability).astype(np.float32)
    return out


def _literal_pattern(phrases: Sequence[str]) -> str:
    """A regex for any of the phrases as whole words of a normalised clause."""
    words = sorted({" ".join(_words(p)) for p in _normalise_many(phrases)} - {""}, key=len, reverse=True)
    return r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b" if words else ""


def _rule(columns: dict[str, F32], ambiguous: npt.NDArray[np.bool_]) -> F32:
    """The hand-written decision the learned stage started from, as one more feature: close enough, near the
    owner's best interest, not clearly a rival's topic, well above the noise floor, not another sense; a short
    clause must not sit in a text about a rival topic, and an ambiguous one takes the sense of its whole text."""
    keep = (columns["weighted"] >= RULE_THRESHOLD) & (columns["part"] == 0)
    keep &= columns["own_margin"] >= -RULE_MARGIN
    keep &= columns["rival_margin"] >= -RULE_MARGIN
    keep &= columns["z"] >= RULE_MIN_Z
    keep &= columns["sense_margin"] > 0
    keep &= (columns["words"] > RULE_SHORT_WORDS) | (columns["text_topic_margin"] >= -RULE_TEXT_MARGIN)
    keep &= ~ambiguous | (columns["text_sense_margin"] > 0)
    rule: F32 = keep.astype(np.float32)
    return rule


_Pairs = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]


class _Denials(NamedTuple):
    """Pair keys a profile denies (``any``), those it denies for the whole account (``whole``, sorted) and how
    close each of those denials comes to the interest (``closeness``)."""

    any: npt.NDArray[np.int64]
    whole: npt.NDArray[np.int64]
    closeness: F32


def _kept(
    pairs: _Pairs, columns: dict[str, F32], mask: npt.NDArray[np.bool_]
) -> tuple[_Pairs, dict[str, F32]]:
    """Candidate pairs (clause, interest, row) and their feature columns where ``mask`` holds."""
    clause_i, interest_i, rows = pairs
    return (clause_i[mask], interest_i[mask], rows[mask]), {name: v[mask] for name, v in columns.items()}


def _support(rows: npt.NDArray[np.int64], interest: npt.NDArray[np.int64]) -> F32:
    """For each candidate pair, how many candidate clauses of the same account the same interest has (log
    scale): one stray word is weak evidence, five posts about the same thing are not."""
    key = rows * (int(interest.max(initial=0)) + 1) + interest
    _, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
    support: F32 = np.log1p(counts[inverse]).astype(np.float32)
    return support


@dataclass(frozen=True, slots=True)
class PairTable:
    """Candidate (clause, interest) pairs: the clause index, the interest index, the account row and the
    ``PAIR_FEATURES`` matrix (one row per pair)."""

    clause: npt.NDArray[np.int64]
    interest: npt.NDArray[np.int64]
    row: npt.NDArray[np.int64]
    features: F32

    @classmethod
    def empty(cls) -> PairTable:
        none = np.zeros(0, dtype=np.int64)
        return cls(none, none, none, np.zeros((0, len(PAIR_FEATURES)), dtype=np.float32))


@dataclass(frozen=True, slots=True)
class _Stage:
    """The learned second stage: gradient-boosted trees over ``PAIR_FEATURES`` giving P(pair shows interest)."""

    booster: xgb.Booster
    threshold: float

    def predict(self, features: F32) -> F32:
        if len(features) == 0:
            return np.zeros(0, dtype=np.float32)
        out: F32 = np.asarray(self.booster.inplace_predict(features), dtype=np.float32)
        return out


@functools.cache
def _load_stage() -> _Stage:
    meta_path = STAGE_PATH.with_suffix(".meta.json")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        booster = xgb.Booster(model_file=str(STAGE_PATH))
    except (OSError, ValueError, xgb.core.XGBoostError) as err:
        raise ModelError(
            f"interest stage model in {ARTIFACT_DIR} is missing or unreadable ({err}): reinstall followsift"
            " or run scripts/train_interest_stage.py"
        ) from err
    if tuple(meta.get("features", ())) != PAIR_FEATURES:
        raise ModelError(
            f"interest stage model in {ARTIFACT_DIR} was trained on other features:"
            " run scripts/train_interest_stage.py"
        )
    booster.set_param({"nthread": 1})
    return _Stage(booster, float(meta["threshold"]))


def _is_topic(name: str) -> bool:
    entry = interest_vocab.lookup(name)
    return entry is None or entry.suggest


@functools.cache
def _compile(interests: tuple[Interest, ...]) -> _Compiled:
    return _Compiled(interests)


class InterestMatcher:
    """Scores accounts against the owner's interests; cheap to build once the model is loaded."""

    def __init__(self, interests: Sequence[Interest], *, threshold: float | None = None) -> None:
        self.interests = list(interests)
        self._model = _load_model()
        self._threshold = threshold
        #: What the matcher derives from the interests (phrase vectors, rivals, noise floors), shared by matchers
        #: of the same interests.
        self._compiled = _compile(tuple(self.interests))

    @property
    def threshold(self) -> float:
        """Probability from the learned stage at which an account counts as showing an interest."""
        return _load_stage().threshold if self._threshold is None else self._threshold

    @property
    def _counted(self) -> float:
        """Probability from which a clause counts towards its account's (``NOISY_OR_FLOOR``, or the threshold
        when that is lower)."""
        return min(self.threshold, NOISY_OR_FLOOR)

    # ---- public API

    def match_frame(self, frame: pl.DataFrame) -> list[list[InterestMatch]]:
        """Per row of an ``ACCOUNT_SCHEMA`` frame: the shared interests, best first, with evidence."""
        if frame.height == 0:
            return []
        if not self.interests:
            return [[] for _ in range(frame.height)]
        # In slices: the clause x phrase matrices of 100,000 accounts at once would take over a gigabyte.
        return [
            matches
            for start in range(0, frame.height, MATCH_CHUNK)
            for matches in self._match_slice(frame.slice(start, MATCH_CHUNK))
        ]

    def _match_slice(self, frame: pl.DataFrame) -> list[list[InterestMatch]]:
        clauses, denials = self._cut(frame)
        scores = self._clause_scores(clauses, denials)
        spam = _spam_rows(frame)
        return self._collect(frame.height, clauses, scores, spam)

    def match_texts(
        self, bios: Sequence[str], posts: Sequence[Sequence[str]] | None = None
    ) -> list[list[InterestMatch]]:
        """Like ``match_frame`` for plain bios and, optionally, each bio's recent post texts."""
        all_posts = posts if posts is not None else [[] for _ in bios]
        if len(all_posts) != len(bios):
            raise ValueError(f"match_texts got {len(bios)} bios but {len(all_posts)} post lists")
        return self.match_frame(texts_frame(bios, all_posts))

    # ---- scoring

    def _clause_scores(self, clauses: pl.DataFrame, denials: pl.DataFrame) -> F32:
        """(clauses x interests) probabilities that the clause shows the interest (0 for pairs that are not
        candidates or cannot reach the threshold)."""
        pairs = self._pair_table(clauses, denials, hopeless_dropped=True)
        scored = np.zeros((clauses.height, len(self.interests)), dtype=np.float32)
        if len(pairs.clause):
            probability = _load_stage().predict(pairs.features)
            scored[pairs.clause, pairs.interest] = vetoed(probability, pairs.features)
        # A hard rule on top of the stage, which is trained without it (no feature reads ``addressed``), as spam
        # profiles get no interests: "Recruiters, please stop DMing me" shares no recruitment.
        scored[clauses.get_column("addressed").to_numpy()] = 0.0
        return scored

    def pairs(self, frame: pl.DataFrame) -> tuple[PairTable, npt.NDArray[np.bool_]]:
        """The candidate pairs of an ``ACCOUNT_SCHEMA`` frame before the learned stage, and which rows read as
        spam (whose interests never count): what ``scripts/train_interest_stage.py`` learns from."""
        if frame.height == 0 or not self.interests:
            return PairTable.empty(), np.zeros(frame.height, dtype=bool)
        return self._pair_table(*self._cut(frame)), _spam_rows(frame)

    def _cut(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
        """A frame's clauses that can show an interest, and its profiles' denials."""
        every = _all_clauses(_sources(frame), self._model.joins, self._compiled.own)
        return _shown(every), _profile_denials(every)

    def _denied(self, denials: pl.DataFrame) -> _Denials:
        """The (row, interest) pairs, as ``_pair_key``, whose account's profile denies the interest: a negated
        clause about it ("Can't stand reggae", "Don't drink beer") close to it, and about as close as to any
        other of the owner's interests; and of those, the ones denied for the whole account, profile included
        (not a qualified denial such as "not a pro photographer"), with how close the denial comes."""
        if denials.height == 0:
            none = np.empty(0, dtype=np.int64)
            return _Denials(none, none, np.empty(0, dtype=np.float32))
        ids, owner, share = _token_ids(self._model, denials)
        vectors = _unit(_segment_sums(self._model.vectors, ids, owner, share, denials.height))
        similarity = _best_per_group(vectors, self._compiled.positive)
        close = (similarity >= RULE_THRESHOLD) & (
            similarity >= similarity.max(axis=1, keepdims=True) - RULE_MARGIN
        )
        clause_i, interest_i = np.nonzero(close)
        rows = denials.get_column("row").to_numpy().astype(np.int64)
        keys = self._pair_key(rows[clause_i], interest_i)
        whole = denials.get_column("whole_account").to_numpy().astype(bool)[clause_i]
        # How much a denial is about the interest is measured against the interest's name: "Bouldering bores
        # me" is about bouldering itself, "I don't do mountain biking" about a kind of cycling.
        named = self._name_cosines(vectors[clause_i[whole]], interest_i[whole])
        whole_keys, key_of = np.unique(keys[whole], return_inverse=True)
        closeness = np.full(len(whole_keys), -np.inf, dtype=np.float32)
        np.maximum.at(closeness, key_of, named)
        return _Denials(keys, whole_keys, closeness)

    def _name_cosines(self, vectors: F32, interest: npt.NDArray[np.int64]) -> F32:
        """Each vector's cosine with the name of its interest (what the owner calls it)."""
        cosines: F32 = np.einsum("ij,ij->i", vectors, self._compiled.names[interest])
        return cosines

    def _denied_pairs(
        self,
        denials: pl.DataFrame,
        pairs: _Pairs,
        clause_vectors: F32,
        local: npt.NDArray[np.int64],
        post: F32,
    ) -> npt.NDArray[np.bool_]:
        """Which candidate pairs the profile denies. A post does not show what the profile denies ("Can't stand
        reggae" + "Went to a reggae festival for my girlfriend. Longest day of my life."). Another profile clause
        does not either, when the denial holds for the whole account and is clearly closer to the interest's
        name than the clause (``clause_vectors[local]``: each pair's clause vector) ("Sport climber. Bouldering bores me."); a
        denial of a narrower kind leaves the clause ("Road cyclist. I don't do mountain biking.")."""
        _, interest_i, rows = pairs
        keys = self._pair_key(rows, interest_i)
        found = self._denied(denials)
        in_posts = np.isin(keys, found.any) & (post > 0)
        if not len(found.whole):
            return in_posts
        at = np.minimum(np.searchsorted(found.whole, keys), len(found.whole) - 1)
        hit = np.flatnonzero((found.whole[at] == keys) & (post == 0))
        named = self._name_cosines(clause_vectors[local[hit]], interest_i[hit])
        denied: npt.NDArray[np.bool_] = in_posts
        denied[hit] |= named <= found.closeness[at[hit]] - DENIAL_MARGIN
        return denied

    def _pair_key(
        self, rows: npt.NDArray[np.int64], interest: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.int64]:
        """One integer per (account row, owner interest)."""
        key: npt.NDArray[np.int64] = rows * len(self.interests) + interest
        return key

    def _pair_table(
        self, clauses: pl.DataFrame, denials: pl.DataFrame, *, hopeless_dropped: bool = False
    ) -> PairTable:
        """Every candidate (clause, interest) pair with its evidence features (``PAIR_FEATURES``).

        A candidate is a clause whose similarity to the interest reaches ``CANDIDATE_SIMILARITY``; the features
        say how well it stands out: from the interest's noise floor, from the owner's other interests, from
        rival topics, from the interest's other senses, and what the clause's whole text is about. With
        ``hopeless_dropped``, pairs the stage cannot score up to the threshold whatever the comparison with
        rival topics finds are left out before that comparison, the costliest, is made."""
        vectors, text_vectors, text_of_clause = _clause_vectors(self._model, clauses)
        weight = clauses.get_column("weight").to_numpy().astype(np.float32)[:, None]
        similarity = self._owner_similarity(vectors)
        weighted = similarity * weight
        clause_i, interest_i = np.nonzero(weighted >= CANDIDATE_SIMILARITY)
        if len(clause_i) == 0:
            return PairTable.empty()
        rows = clauses.get_column("row").to_numpy().astype(np.int64)[clause_i]
        sim = similarity[clause_i, interest_i]
        columns = {
            "similarity": sim,
            "weighted": weighted[clause_i, interest_i],
            "z": (sim - self._compiled.floor_mean[interest_i]) / self._compiled.floor_std[interest_i],
            "own_margin": sim - similarity.max(axis=1)[clause_i],
            "words": clauses.get_column("words").list.len().to_numpy()[clause_i].astype(np.float32),
            "post": clauses.get_column("post").to_numpy()[clause_i].astype(np.float32),
            "part": clauses.get_column("part").to_numpy()[clause_i].astype(np.float32),
            "phrases": self._compiled.phrase_counts[interest_i],
            "support": _support(rows, interest_i),
        }
        pairs = (clause_i, interest_i, rows)
        columns["literal"] = self._literal_hits(clauses, clause_i, interest_i)
        columns.update(self._word_evidence(clauses, clause_i, interest_i, columns["literal"] > 0))
        columns.update(self._senses_and_text(denials, vectors, text_vectors, text_of_clause, pairs, columns))
        # A word counts on its own only in a clause that reads as the interest rather than as a homonym:
        # "Coach" is coaching in "Executive coach", not in "Collector of vintage Coach bags". (A clause close to a
        # neighbouring topic, "Linux sysadmin" for open source, still has its word.)
        other_sense = columns.pop("homonym_margin") <= 0
        columns["word_similarity"][other_sense] = columns["similarity"][other_sense]
        columns["word_own_margin"][other_sense] = columns["own_margin"][other_sense]
        if hopeless_dropped:
            # Dropped here, not earlier: the stage's own cost on every candidate outweighs what it saves before.
            key = self._pair_key(pairs[2], pairs[1])
            pairs, columns = _kept(pairs, columns, self._hopeful(columns, key))
        clause_i, interest_i, rows = pairs
        if len(clause_i) == 0:
            return PairTable.empty()
        candidates, local = np.unique(clause_i, return_inverse=True)
        best_rival = _best_overall(vectors[candidates], self._compiled.background)[local, 0]
        columns["rival_margin"] = columns["similarity"] - best_rival
        columns["rule"] = _rule(columns, columns.pop("ambiguous") > 0)
        features = np.column_stack([columns[name] for name in PAIR_FEATURES]).astype(np.float32)
        return PairTable(clause_i, interest_i, rows, features)

    def _word_evidence(
        self,
        clauses: pl.DataFrame,
        clause_i: npt.NDArray[np.int64],
        interest_i: npt.NDArray[np.int64],
        literal: npt.NDArray[np.bool_],
    ) -> dict[str, F32]:
        """For each candidate pair, the clause's best single word for the interest: how close it comes
        (``word_similarity``) and by how much it is that interest's rather than another of the owner's
        (``word_own_margin``, 0 when no other interest claims it more). As one vector "Business journalist"
        is mostly journalism; its first word is plainly business. One of the interest's own phrases said word
        for word (``literal``) counts as such a word, however many words it has: "Head of People"."""
        candidates, local = np.unique(clause_i, return_inverse=True)
        words = (
            clauses[candidates]
            .select(pl.int_range(pl.len(), dtype=pl.Int64).alias("at"), "words")
            .explode("words")
        )
        # Words repeat across clauses: each distinct one is measured once.
        distinct = words.select(pl.col("words").unique(maintain_order=True)).with_row_index("word")
        words = words.join(distinct, on="words", how="left", maintain_order="left")
        # One-word segments, as _token_ids reads them.
        distinct = distinct.with_columns(pl.concat_list("words"))
        ids, owner, share = _token_ids(self._model, distinct, by="word")
        vectors = _unit(_segment_sums(self._model.vectors, ids, owner, share, distinct.height))
        similarity = self._owner_similarity(vectors)
        own = similarity - similarity.max(axis=1, keepdims=True)
        both = np.hstack([similarity, own])[words.get_column("word").to_numpy()]
        # Words come grouped by clause, in order: the best of each clause is a maximum over its run of rows.
        at = words.get_column("at").to_numpy()
        best = np.maximum.reduceat(both, np.flatnonzero(np.r_[True, at[1:] != at[:-1]]), axis=0)
        n = len(self.interests)
        return {
            "word_similarity": np.where(literal, 1.0, best[local, interest_i]).astype(np.float32),
            "word_own_margin": np.where(literal, 0.0, best[local, n + interest_i]).astype(np.float32),
        }

    def _owner_similarity(self, vectors: F32) -> F32:
        """(vectors x owner interests) best cosine with each interest's phrases, or with its parts'."""
        similarity = _best_per_group(vectors, self._compiled.positive)
        for narrow, broad in self._compiled.broader:
            # A clause about a part of a field is about the field: "talent acquisition" is HR and jobs as well.
            np.maximum(similarity[:, broad], similarity[:, narrow] * BROADER_WEIGHT, out=similarity[:, broad])
        if len(self._compiled.narrower_parent) and NARROWER_WEIGHT > 0:
            part = _best_per_group(vectors, self._compiled.narrower_groups) * NARROWER_WEIGHT
            wholes = self._compiled.narrower_wholes
            best_part = np.maximum.reduceat(part, self._compiled.narrower_starts, axis=1)
            similarity[:, wholes] = np.maximum(similarity[:, wholes], best_part)
        return similarity

    def _hopeful(self, columns: dict[str, F32], key: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
        """Which candidate pairs could count towards a match: the stage's probability with every feature not yet
        measured at its most favourable value. The stage is monotone in each of those features (its trees'
        constraints), so a pair below ``NOISY_OR_FLOOR`` even then adds nothing whatever they turn out to be,
        and nor does any pair of an account and interest (``key``) whose pairs, so combined, stay under the
        threshold (most often a single clause under it)."""
        n = len(columns["similarity"])
        best = {
            name: np.full(n, 2.0 if PAIR_FEATURE_DIRECTIONS[name] > 0 else 0.0, np.float32)
            for name in PAIR_FEATURES
        }
        best.update(columns)
        optimistic = np.column_stack([best[name] for name in PAIR_FEATURES]).astype(np.float32)
        probability = _load_stage().predict(optimistic)
        counts = probability >= self._counted
        at_best = noisy_or(key[counts], probability[counts], key)
        hopeful: npt.NDArray[np.bool_] = counts & (at_best >= self.threshold)
        return hopeful

    def _senses_and_text(
        self,
        denials: pl.DataFrame,
        vectors: F32,
        text_vectors: F32,
        text_of_clause: npt.NDArray[np.int64],
        pairs: _Pairs,
        columns: dict[str, F32],
    ) -> dict[str, F32]:
        """The features of candidate pairs (clause, interest, account row) that compare them with the interest's
        other senses and with their whole text, ``ambiguous`` (1 where the clause is as close to a homonym as a
        match needs to be) and ``homonym_margin`` (how much closer the clause is to the interest than to its
        closest homonym); ``columns`` are the features already measured."""
        clause_i, interest_i, _ = pairs
        candidates, local = np.unique(clause_i, return_inverse=True)
        vectors = vectors[candidates]
        # Whole-text comparisons are computed once per text, not once per clause of it.
        texts, text_index = np.unique(text_of_clause[candidates], return_inverse=True)
        text_vectors = text_vectors[texts]
        text_own = self._owner_similarity(text_vectors)[text_index][local, interest_i]
        text_rival = _best_overall(text_vectors, self._compiled.topics)[text_index][local, 0]
        # Other senses are homonyms and neighbours; only homonyms can veto a clause (below), so each set is
        # compared once and the other senses are the better of the two.
        homonym = _best_per_group(vectors, self._compiled.homonyms)[local, interest_i]
        other_sense = np.maximum(
            homonym, _best_per_group(vectors, self._compiled.neighbours)[local, interest_i]
        )
        text_homonym = _best_per_group(text_vectors, self._compiled.homonyms)[text_index][local, interest_i]
        text_other = np.maximum(
            text_homonym,
            _best_per_group(text_vectors, self._compiled.neighbours)[text_index][local, interest_i],
        )
        ambiguous = homonym >= RULE_THRESHOLD
        sense_margin = columns["similarity"] - other_sense
        # What the profile denies, posts do not show, nor other profile clauses less about it (``_denied_pairs``).
        denied = self._denied_pairs(denials, pairs, vectors, local, columns["post"])
        return {
            "sense_margin": sense_margin,
            "text_similarity": text_own,
            "text_topic_margin": text_own - text_rival,
            "text_sense_margin": text_own - text_other,
            "denied": denied.astype(np.float32),
            # A clause that could be read either way ("Go Jazz!") whose whole text reads the other way ("Utah
            # Jazz season ticket holder") is that other sense. Only homonyms overrule a clause so: a text leaning
            # towards a neighbouring topic ("Guitarist. Geology nerd.") may simply be about two things.
            # A clause that reads clearly as the interest is not overruled by a text about several things
            # ("Agency recruiter by day, bassist in a stoner rock band by night").
            "sense_veto": (
                ambiguous & (text_own - text_homonym <= 0) & (sense_margin < CLEAR_SENSE_MARGIN)
            ).astype(np.float32),
            "ambiguous": ambiguous.astype(np.float32),
            "homonym_margin": columns["similarity"] - homonym,
        }

    def _literal_hits(
        self, clauses: pl.DataFrame, clause: npt.NDArray[np.int64], interest: npt.NDArray[np.int64]
    ) -> F32:
        """1 where the clause says one of the interest's own phrases word for word ("jazz", "talent acquisition")."""
        hits = np.zeros(len(clause), dtype=np.float32)
        norm = clauses.get_column("norm")
        for i, pattern in enumerate(self._compiled.literal):
            at = np.flatnonzero(interest == i)
            if len(at) and pattern:
                found = norm.gather(clause[at]).str.contains(pattern).fill_null(False).to_numpy()
                hits[at] = found.astype(np.float32)
        return hits

    def _collect(
        self, n_rows: int, clauses: pl.DataFrame, scores: F32, spam: npt.NDArray[np.bool_]
    ) -> list[list[InterestMatch]]:
        rows = clauses.get_column("row").to_numpy().astype(np.int64)
        result: list[list[InterestMatch]] = [[] for _ in range(n_rows)]
        hit_clause, hit_interest = np.nonzero(scores >= self._counted)
        shown = ~spam[rows[hit_clause]]
        hit_clause, hit_interest = hit_clause[shown], hit_interest[shown]
        key = self._pair_key(rows[hit_clause], hit_interest)
        hit_score = scores[hit_clause, hit_interest]
        best = _best_hits(key, hit_score)
        # The same words said twice (a repeated post, a bio line posted again) are one piece of evidence.
        said = clauses.get_column("norm").gather(hit_clause).str.strip_chars().rank("dense")
        words_id = said.to_numpy().astype(np.int64)
        once = _best_hits(key * (int(words_id.max(initial=0)) + 1) + words_id, hit_score)
        combined = noisy_or(key[once], hit_score[once], key[best])
        shared = combined >= self.threshold
        clause, interest, combined = hit_clause[best][shared], hit_interest[best][shared], combined[shared]
        quotes = _quotes(clauses.get_column("raw").gather(clause))
        names = [i.name for i in self.interests]
        for row, i, score, quote in zip(
            rows[clause].tolist(), interest.tolist(), combined.tolist(), quotes, strict=True
        ):
            result[row].append(InterestMatch(names[i], round(score, 3), quote))
        self._add_wholes(result)
        for matches in result:
            matches.sort(key=lambda m: -m.score)
        return result

    def _add_wholes(self, result: list[list[InterestMatch]]) -> None:
        """Who clearly shares a part of an owner's interest shares the interest: a talent acquisition partner
        shares recruitment, and so HR and jobs, the owner's interests recruitment is part of. The whole is scored
        as the part, weighted ``BROADER_WEIGHT``, with the part's evidence, unless it was matched better itself."""
        if not self._compiled.broader:
            return
        for matches in result:
            if not matches:
                continue
            shared = {m.name: m for m in matches}
            for narrow, broad in self._compiled.broader:
                part = shared.get(self.interests[narrow].name)
                whole = self.interests[broad].name
                score = round(part.score * BROADER_WEIGHT, 3) if part else 0.0
                if (
                    part
                    and part.score >= WHOLE_FROM_PART
                    and (whole not in shared or shared[whole].score < score)
                ):
                    shared[whole] = InterestMatch(whole, score, part.evidence)
            matches[:] = list(shared.values())


@dataclass(frozen=True, slots=True)
class _Prototypes:
    """Phrase vectors of several groups (interests). ``flat`` holds every phrase once; ``grid`` holds them as a
    (groups x width) block, a group with fewer phrases repeating its first one (which leaves its best cosine
    unchanged), so a group's best cosine is a max over one axis rather than a ragged ``reduceat``, which is ten
    times slower. Groups with no phrases are not ``present``."""

    flat: F32
    grid: F32
    width: int
    present: npt.NDArray[np.bool_]

    @property
    def empty(self) -> bool:
        return len(self.flat) == 0


def _prototypes(groups: Sequence[Sequence[str]]) -> _Prototypes:
    model = _load_model()
    phrases = [p for g in groups for p in g]
    dims = model.vectors.shape[1]
    flat = model.embed(phrases) if phrases else np.zeros((0, dims), dtype=np.float32)
    width = max((len(g) for g in groups), default=0)
    starts = np.cumsum([0, *(len(g) for g in groups)])[:-1]
    index = [
        int(starts[k]) + (i if i < len(g) else 0) for k, g in enumerate(groups) if g for i in range(width)
    ]
    present = np.asarray([bool(g) for g in groups], dtype=bool)
    return _Prototypes(flat, flat[index] if index else flat, width, present)


def _rows(matrix: F32) -> _Prototypes:
    """Unit vectors, each a group of its own."""
    return _Prototypes(matrix, matrix, 1, np.ones(len(matrix), dtype=bool))


def _means(groups: Sequence[Sequence[str]]) -> F32:
    """One unit vector per group of phrases (none may be empty), their mean: the gist of a topic, which is all a
    rival needs, at the cost of one vector instead of several."""
    model = _load_model()
    if not groups:
        return np.zeros((0, model.vectors.shape[1]), dtype=np.float32)
    return _unit(np.stack([model.embed(list(g)).mean(axis=0) for g in groups]).astype(np.float32))


def _best_per_group(vectors: F32, prototypes: _Prototypes) -> F32:
    """(vectors x groups) best cosine of each unit vector with each group's phrases (-1 for a group with none)."""
    best = np.full((len(vectors), len(prototypes.present)), -1.0, dtype=np.float32)
    if prototypes.empty or len(vectors) == 0:
        return best
    single = prototypes.width == 1 and bool(prototypes.present.all())
    for start in range(0, len(vectors), COSINE_BLOCK):
        block = vectors[start : start + COSINE_BLOCK]
        if single:
            # One phrase per group (an interest's parts): the product is the answer, made in the layout it is
            # stored in. The numbers are the same (checked on every labelled set and the stage's training
            # features): OpenBLAS makes either orientation with one kernel.
            best[start : start + len(block)] = block @ prototypes.grid.T
            continue
        cosines = (prototypes.grid @ block.T).reshape(-1, prototypes.width, len(block))
        best[start : start + len(block), prototypes.present] = cosines.max(axis=1).T
    return best


def _best_overall(vectors: F32, prototypes: _Prototypes) -> F32:
    """(vectors x 1) best cosine of each unit vector with any of the phrases (-1 when there are none)."""
    best = np.full((len(vectors), 1), -1.0, dtype=np.float32)
    if prototypes.empty or len(vectors) == 0:
        return best
    for start in range(0, len(vectors), COSINE_BLOCK):
        block = vectors[start : start + COSINE_BLOCK]
        best[start : start + len(block), 0] = (block @ prototypes.flat.T).max(axis=1)
    return best


def _best_hits(key: npt.NDArray[np.int64], score: F32) -> npt.NDArray[np.int64]:
    """Per distinct ``key`` (an account and interest), the index of its best-scoring hit (the first of equals),
    in the order the keys first occur."""
    if len(key) == 0:
        return np.zeros(0, dtype=np.int64)
    # lexsort is stable: of equal scores, the first hit comes first.
    order = np.lexsort((-score, key))
    first = np.flatnonzero(np.r_[True, key[order][1:] != key[order][:-1]])
    best: npt.NDArray[np.int64] = order[first][np.argsort(np.minimum.reduceat(order, first), kind="stable")]
    return best


def noisy_or(key: npt.NDArray[np.int64], score: F32, keys: npt.NDArray[np.int64]) -> F32:
    """For each of ``keys``, 1 - the product of (1 - score) over the hits with that key (0 with none): the chance
    that at least one of them shows what each shows on its own."""
    combined = np.zeros(len(keys), dtype=np.float32)
    distinct, at = np.unique(key, return_inverse=True)
    if len(distinct) == 0:
        return combined
    missed = np.zeros(len(distinct), dtype=np.float64)
    # A probability of exactly 1 would be log(0); capped, it still makes the combination 1 to float32 precision.
    np.add.at(missed, at, np.log1p(-np.minimum(score.astype(np.float64), 1.0 - 1e-12)))
    where = np.minimum(np.searchsorted(distinct, keys), len(distinct) - 1)
    found = distinct[where] == keys
    combined[found] = -np.expm1(missed[where[found]])
    return combined


def _quotes(texts: pl.Series) -> list[str]:
    """Evidence as shown: whitespace collapsed, at most ``EVIDENCE_CHARS`` characters with an ellipsis."""
    text = texts.str.replace_all(r"\s+", " ").str.strip_chars()
    cut = text.str.slice(0, EVIDENCE_CHARS - 1).str.strip_chars_end() + "…"
    shown = pl.select(pl.when(text.str.len_chars() > EVIDENCE_CHARS).then(cut).otherwise(text)).to_series()
    return [str(q) for q in shown.to_list()]


# The judge's pattern, on lower-cased text with ASCII boundaries: seven times faster than case-insensitive.
_ADULT_LOOKALIKES = _ascii_boundaries(signals.ADULT_LOOKALIKES.removeprefix("(?i)"))


def _spam_rows(frame: pl.DataFrame) -> npt.NDArray[np.bool_]:
    """Rows that read as spam, whose interests never count: a come-on in the profile, come-ons in at least
    ``SPAM_POST_SHARE`` of the recent posts, or ``SPAM_CUES_NEEDED`` different sales cues in all of it."""
    joined = pl.concat_str(
        [pl.col(c).fill_null("") for c in ("display_name", "bio", "fields_text")], separator="\n"
    )
    # Lower-cased once, as a column: each pattern below would otherwise lower-case it again.
    texts = frame.select(_lower_unlike_adult(joined).alias("profile"))
    spam = texts.select(pl.any_horizontal([pl.col("profile").str.contains(p) for p in _SPAM_PARTS]))
    spam_rows: npt.NDArray[np.bool_] = spam.to_series().fill_null(False).to_numpy().astype(bool)
    profile = texts.get_column("profile")
    everything = profile
    if "posts" in frame.columns and frame.get_column("posts").list.len().sum():
        posts = _post_spam_share(frame)
        rows = posts.get_column("row").to_numpy()
        spam_rows[rows[posts.get_column("share").to_numpy() >= SPAM_POST_SHARE]] = True
        text = pl.Series("posts", [""] * frame.height).scatter(rows, posts.get_column("text"))
        everything = profile + "\n" + text
    cues: npt.NDArray[np.bool_] = (
        everything.str.extract_all(_SPAM_CUES).list.n_unique() >= SPAM_CUES_NEEDED
    ).to_numpy()
    return spam_rows | cues


def _post_spam_share(frame: pl.DataFrame) -> pl.DataFrame:
    """Per row with posts: the share of them that are come-ons, and their lower-cased texts joined."""
    posts = (
        frame.select(pl.col("posts").list.eval(pl.element().struct.field("text")).alias("text"))
        .with_row_index("row")
        .explode("text")
        .drop_nulls("text")
        .with_columns(_lower_unlike_adult(pl.col("text")))
    )
    return posts.group_by("row").agg(
        pl.any_horizontal([pl.col("text").str.contains(p) for p in _POST_SPAM_PARTS]).mean().alias("share"),
        pl.col("text").str.join("\n"),
    )


def _lower_unlike_adult(text: pl.Expr) -> pl.Expr:
    # Lower-casing first is much faster than a case-insensitive Unicode regex (the patterns are lower-case).
    # "Food porn", a Ford Escort and their kin are not adult content: removed first, as the judge's rule does.
    return text.str.to_lowercase().str.replace_all(_ADULT_LOOKALIKES, "")


def spam_like(text: str) -> bool:
    """True for promotional or adult come-ons ("free followers", "onlyfans") and for texts with
    ``SPAM_CUES_NEEDED`` different sales cues: their topics never count."""
    text = re.sub(signals.ADULT_LOOKALIKES, "", text).lower()
    return bool(_SPAM.search(text)) or len(set(_SPAM_CUES_RE.findall(text))) >= SPAM_CUES_NEEDED


# --------------------------------------------------------------------------------------------- suggestions


def suggest_interests(posts: list[str], k: int = 8) -> list[tuple[str, float]]:
    """Interests from the built-in vocabulary that the owner's own posts show, with the share of posts.

    Interests shown by as many posts are ranked by how well those posts show them (until the thirteenth
    session, by their place in the vocabulary: with a few posts, most interests tie, and "bell ringing" for
    "Rang a quarter peal at St Mary's" was cut behind eight weaker ones)."""
    if not posts:
        return []
    candidates = [Interest(entry.name) for entry in interest_vocab.VOCAB if entry.suggest]
    matcher = InterestMatcher(candidates)
    counts: dict[str, int] = {}
    strength: dict[str, float] = {}
    for matches in matcher.match_texts(list(posts)):
        for m in matches:
            counts[m.name] = counts.get(m.name, 0) + 1
            strength[m.name] = strength.get(m.name, 0.0) + m.score
    ranked = sorted(counts, key=lambda name: (-counts[name], -strength[name]))
    return [(name, round(counts[name] / len(posts), 3)) for name in ranked[:k]]
