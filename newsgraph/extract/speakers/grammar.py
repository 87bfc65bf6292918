"""What single tokens say, for every part of the finder: a cue's gender and number, the words
that open another clause, Latin script, a person noun, prepositions of place."""

from __future__ import annotations

import re

from newsgraph.model import Token

PREPOSITIONS_OF_PLACE = frozenset({"в", "во", "на"})
PREPOSITIONS_FROM = frozenset({"из"})  # `сообщили из прокуратуры`
APPOSITION_DASHES = frozenset({"—", "–", "-"})
AGE_ADJECTIVE = re.compile(r"\d+-летн")  # `85-летний`: an age says who, not someone new
PAST_ENDINGS = (
    ("ла", ("Fem", "Sing")),
    ("ло", ("Neut", "Sing")),
    ("ли", (None, "Plur")),
    ("л", ("Masc", "Sing")),
)


def _person_noun(tok: Token) -> bool:
    """An animate noun in the nominative (`телеведущая`, `продюсер`)."""
    return tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim" and tok.feats.get("Case") == "Nom"


def _latin(word: str) -> bool:
    """A Latin-script word: Russian case tags say nothing about it (`Lenta.ru`, `Reuters`)."""
    return "A" <= word[:1] <= "z"


def _clause_boundary(tok: Token) -> bool:
    """`что`, `чтобы`, `который` open another clause (`после чего` does not)."""
    low = tok.text.lower()
    return tok.lemma == "который" or low == "чтобы" or (low == "что" and tok.pos == "SCONJ")


def _agreement(verb: Token) -> tuple[str | None, str | None]:
    """Gender and number of a cue; a past-tense ending says them more surely than the tagger."""
    if verb.feats.get("Tense") == "Past" and verb.pos in ("VERB", "AUX"):
        word = verb.text.lower().removesuffix("ся").removesuffix("сь")
        for ending, agreement in PAST_ENDINGS:
            if word.endswith(ending):
                return agreement
    return verb.feats.get("Gender"), verb.feats.get("Number")


def _agrees(agree: tuple[str | None, str | None], gender: str | None, number: str | None) -> bool:
    if agree[1] and number and agree[1] != number:
        return False
    return not (agree[0] and gender and agree[0] != gender)
