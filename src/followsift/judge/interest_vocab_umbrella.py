"""Umbrella interests people list whole ("music"), and the built-in interests that are their parts.

Written by hand on 2026-11-25, seventeenth session. Until then an owner whose interest was "music" shared it with
nobody: "music" was not built in, so a punk bassist, a jazz pianist and a choir singer each read as one of the
200 music interests that were (rivals of the owner's), and "Music teacher at a primary school" as music education.
Every interest named in ``PARTS`` is now also part of its umbrella (``VocabEntry.broader``), as cricket is of
sports: whoever shares a kind of music shares music. The layout is that of the other field modules
(``interest_vocab._FIELDS``); ``PARTS`` and ``ALIASES`` are read by ``interest_vocab`` alone.
"""

from __future__ import annotations

__all__ = ["ALIASES", "ENTRIES", "LEXICON_TEXT", "NAMES_TEXT", "NEIGHBOURS", "PARTS"]

ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "music",
        (
            "music",
            "musician",
            "live music",
            "listening to music",
            "new album out",
            "playing in a band",
            "music lover",
            "gig tonight",
            "concert last night",
            "band rehearsal",
            "learning an instrument",
            "songs on repeat",
            "my playlist this week",
            "record shop haul",
            "music teacher",
            "session musician",
            "new single out now",
            "festival line-up announced",
            "open mic night, played three songs",
            "singer-songwriter",
            "musicien dans un groupe",
            "Musiker in einer Band",
            "músico, toco en una banda",
            "musicista in una band",
            "músico e compositor",
            "concierto esta noche",
            "Konzert heute Abend",
        ),
        (
            "music to my ears",
            "time to face the music",
            "Apple Music subscription price going up again",
            "on hold for an hour listening to the same hold music",
            "resistance band workout at home",
            "wedding band and engagement ring shopping",
            "pay band 6 nurse on the wards",
            "broadband down again",
            "gig economy delivery rider",
            "world record attempt for charity",
            "criminal record check for the new job",
            "working in concert with partners",
        ),
        ("musicians", "live music", "concerts", "gigs", "music lover", "music fan"),
        (),
    ),
)

NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "music": (
        "salsa class every Tuesday night",
        "poetry slam at the library",
        "rehearsals for the school play",
        "sound engineer for film and TV",
        "breakfast radio presenter",
        "audiobook narrator in a home studio",
        "podcast editing and audio production",
    ),
}

#: Umbrella -> the built-in interests that are its parts.
PARTS: dict[str, tuple[str, ...]] = {
    "music": (
        "pop music", "early music", "classical music", "flute", "lutherie", "guitar", "regional mexican music",
        "orchestra", "carnatic music", "latin music", "oboe", "music education", "classical guitar", "trombone",
        "video game music", "violin", "clarinet", "piano tuning", "singing", "electronic music", "piano",
        "ethnomusicology", "music journalism", "riddim", "britpop", "viola", "folk music", "songwriting", "reggae",
        "indie music", "drum and bass", "dancehall", "hardstyle", "country music", "recorder", "alternative rock",
        "chamber music", "trumpet", "marimba", "sertanejo", "musical theatre", "cello", "harp", "rock music",
        "bassoon", "jam bands", "music production", "flamenco guitar", "saxophone", "music festivals",
        "dream pop", "psychobilly", "screamo", "classical singing", "indie folk", "experimental music",
        "big band", "shoegaze", "jazz", "beyoncé", "post-rock", "organ", "power metal", "indian classical music",
        "french horn", "music industry", "industrial music", "tuba", "neurofunk", "afrobeat", "j-pop",
        "ambient music", "mariachi", "bedroom pop", "symphonic metal", "gospel music", "60s music",
        "music theory", "j-rock", "contemporary classical", "psytrance", "vocaloid", "bluegrass", "punk music",
        "film scores", "barbershop singing", "brass band", "harmonica", "folk punk", "gabber", "choir",
        "conducting", "reggaeton", "post-hardcore", "music therapy", "drums", "djing", "accordion", "metallica",
        "cumbia", "fiddle", "gypsy jazz", "banjo", "hi-fi audio", "a cappella", "show choir", "techno",
        "house music", "prog rock", "R&B", "bass guitar", "mandolin", "pipe band", "hymns", "the beatles",
        "afrobeats", "hip hop", "death metal", "funk", "jungle music", "math rock", "folk metal", "classic rock",
        "harpsichord", "opera", "djembe", "black metal", "trance", "post-punk", "grunge", "klezmer", "euphonium",
        "uk garage", "synthpop", "bossa nova", "80s music", "thrash metal", "vinyl records", "synthwave",
        "garage rock", "marching band", "metalcore", "double bass", "synthesizers", "stoner rock", "pop punk",
        "90s music", "taylor swift", "doom metal", "dubstep", "hindustani classical music", "industrial metal",
        "worship music", "celtic music", "krautrock", "motown", "busking", "blues", "pedal steel guitar",
        "highlife", "psychedelic rock", "BTS", "vaporwave", "grateful dead", "trap music", "lo-fi", "metal",
        "visual kei", "MPB", "new wave", "beatboxing", "nu metal", "neo soul", "concertina", "prog metal",
        "modular synths", "italo disco", "irish traditional music", "ska", "deathcore", "americana",
        "drum corps", "clawhammer banjo", "uk drill", "hardcore punk", "drill music", "hyperpop", "tabla",
        "taiko drumming", "dark ambient", "mathcore", "chiptune", "phonk", "disco", "david bowie", "fado",
        "battle rap", "bandoneon", "hurdy-gurdy", "k-pop", "c-pop", "eurovision", "midwest emo", "emo",
        "dolly parton", "darkwave", "sludge metal", "rockabilly", "beatmaking", "sea shanties", "guitar building",
        "guitar pedal building", "violin making", "live sound", "worship leading", "bruce springsteen",
        "schlager", "bhangra",
    ),
}

#: Built-in interest -> more names it answers to ("sport" was not read as sports).
ALIASES: dict[str, tuple[str, ...]] = {"sports": ("sport",)}

NAMES_TEXT = ""
LEXICON_TEXT = ""
