"""Keys that link a document's entities to stored ones, and find them by name.

An entity is reached through normalised keys of several kinds:

    wikidata  the Wikidata id                        Q232
    name      a canonical name or alias, folded      "казахстан", "great sky"
    lemma     the same, word by word lemmatised      "восточный европа"
    sf        a person's surname and first name      "родионов дмитрий"
    surname   a person's surname (for lookup only)  "родионов"

Linking a doc-local entity uses wikidata, then name, sf and lemma keys of an
entity of a compatible type; `find_entities` also uses surnames.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.model import Entity
from newsgraph.store.morph import analyzer, fold, lemma, words

LINK_KINDS = ("name", "sf", "lemma")
LOOKUP_KINDS = ("name", "sf", "lemma", "surname")
# A country in one article is often typed as a location in another.
TYPE_GROUPS = ({"country", "location"},)
QUOTES_AND_SPACE = re.compile(r"[«»\"“”„'`]+")
SURNAME_ENDINGS = (
    (re.compile(r"(?<=[а-я]{2})(ов|ев|ин|ын)(а|у|ым|е|ой|ы|ых|ыми)?$"), r"\1"),
    (re.compile(r"(?<=[а-я]{2})(ск|цк)(ого|ому|им|ом|ая|ую|ой)$"), r"\1ий"),
)
PATRONYMIC = re.compile(r"(ович|евич|ьич|овн|евн|ичн)\w{0,2}$")


@dataclass(slots=True, frozen=True)
class Key:
    kind: str
    key: str


def normalise(name: str) -> str:
    """Folded, without quotation marks, single-spaced: "«Великое Небо»" → "великое небо"."""
    name = QUOTES_AND_SPACE.sub(" ", fold(name)).replace("‐", "-").replace("–", "-")
    return " ".join(name.split()).strip(" .,;:")


def lemma_key(name: str) -> str:
    return " ".join(lemma(match.group()) for match in words(name))


def compatible_types(type_: str) -> set[str]:
    for group in TYPE_GROUPS:
        if type_ in group:
            return set(group)
    return {type_}


def names(entity: Entity) -> list[str]:
    found = [entity.name.get("ru"), entity.name.get("en"), *entity.aliases]
    return [name for name in dict.fromkeys(found) if name and name.strip()]


def person_parts(name: str) -> tuple[str, str] | None:
    """(surname, first name) lemmas of a Russian or Latin personal name, or None.

    "Дмитрий Родионов" and "Родионов Дмитрий Сергеевич" both give
    ("родионов", "дмитрий"); pymorphy's Name/Surn tags decide the order.
    """
    parts = [match.group() for match in words(name)]
    parts = [part for part in parts if not PATRONYMIC.search(fold(part))]
    if len(parts) < 2:
        return None
    first, last = parts[0], parts[-1]
    if _surname_like(first) and not _surname_like(last):
        first, last = last, first
    return surname_lemma(last), first_name_lemma(first)


def _parses(word: str) -> list:
    folded = fold(word)
    return analyzer().parse(folded) if re.search("[а-я]", folded) else []


def _surname_like(word: str) -> bool:
    if any("Surn" in parse.tag for parse in _parses(word)[:4]):
        return True
    return any(pattern.search(fold(word)) for pattern, _ in SURNAME_ENDINGS)


def surname_lemma(word: str) -> str:
    """A surname's masculine nominative: "Токаева", "Токаеву", "Токаев" → "токаев".

    pymorphy knows common surnames; unknown ones in -ов/-ев/-ин/-ын/-ский
    lose their case ending by rule, since its guess for them is often a noun
    ("Токаев" → "токай").
    """
    for parse in _parses(word):
        if "Surn" in parse.tag:
            return fold(parse.normal_form)
    folded = fold(word)
    for pattern, replacement in SURNAME_ENDINGS:
        if pattern.search(folded):
            return pattern.sub(replacement, folded)
    return lemma(word)


def first_name_lemma(word: str) -> str:
    for parse in _parses(word):
        if "Name" in parse.tag:
            return fold(parse.normal_form)
    return lemma(word)


def entity_keys(entity: Entity) -> list[Key]:
    """Every key under which `entity` is stored and linked."""
    keys: list[Key] = []
    if entity.wikidata:
        keys.append(Key("wikidata", entity.wikidata.strip().upper()))
    for name in names(entity):
        keys += name_keys(name, entity.type == "person")
    return [key for key in dict.fromkeys(keys) if key.key]


@lru_cache(maxsize=100_000)
def name_keys(name: str, person: bool) -> tuple[Key, ...]:
    """The keys of one name; cached, since the same names come back in every article."""
    keys = [Key("name", normalise(name)), Key("lemma", lemma_key(name))]
    if person:
        parts = person_parts(name)
        if parts:
            keys += [Key("sf", " ".join(parts)), Key("surname", parts[0])]
        elif len(list(words(name))) == 1:
            keys.append(Key("surname", surname_lemma(name)))
    return tuple(keys)


def link_keys(entity: Entity) -> list[Key]:
    """The keys that make two entities the same, strongest first.

    A person known by full name is not linked through a surname alone: two
    people may share one ("Петров"). See `is_weak` for the surname-only case.
    """
    keys = entity_keys(entity)
    if any(key.kind == "sf" for key in keys):
        keys = [key for key in keys if key.kind not in ("name", "lemma") or " " in key.key]
    order = {"wikidata": 0, "name": 1, "sf": 2, "lemma": 3}
    return sorted((key for key in keys if key.kind in order), key=lambda key: order[key.kind])


def is_weak(entity: Entity, key: Key) -> bool:
    """A single-word key of a person: it links only when one stored person has it."""
    return entity.type == "person" and key.kind in ("name", "lemma") and " " not in key.key


def lookup_keys(query: str) -> list[Key]:
    """Keys to try for a user's query, exact first: "Родионова" → surname "родионов"."""
    keys = [Key("name", normalise(query)), Key("lemma", lemma_key(query))]
    parts = person_parts(query)
    if parts:
        keys.append(Key("sf", " ".join(parts)))
    elif len(list(words(query))) == 1:
        keys.append(Key("surname", surname_lemma(query)))
    return [key for key in dict.fromkeys(keys) if key.key]
