"""The gazetteer: known countries, regions, alliances and other frequent entities.

`newsgraph/data/gazetteer.tsv` is built by ``scripts/build_gazetteer.py`` from
public data (rigour, babel/CLDR, NEREL's Wikidata links, a short curated list
of international organisations); its `source` column says where each row came
from. Lookups go through keys: lower-cased surface forms and lemma keys (each
word's dictionary form), so inflected text finds its row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import pymorphy3

from newsgraph.morph import analyzer

COLUMNS = ("id", "type", "kind", "ru", "en", "wikidata", "aliases", "keys", "source")
WORD = re.compile(r"[\w\-'’.&+]+")


@dataclass(slots=True, frozen=True)
class Entry:
    id: str
    type: str
    kind: str | None
    ru: str
    en: str | None
    wikidata: str | None
    aliases: tuple[str, ...]
    source: str


def morph() -> pymorphy3.MorphAnalyzer:
    """The process's shared pymorphy3 analyser (`newsgraph.morph`)."""
    return analyzer()


def parses(word: str) -> tuple:
    """pymorphy3's parses of a word (the shared analyser remembers them: names repeat)."""
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=65536)
def normal_word(word: str) -> str:
    # Acronyms are not inflected words: pymorphy would read "ДУМ" as "дума".
    if not re.search("[а-яё]", word, re.IGNORECASE) or (word.isupper() and len(word) > 1):
        return word.lower().replace("ё", "е")
    return parses(word)[0].normal_form.replace("ё", "е")


def surface_key(text: str) -> str:
    return " ".join(WORD.findall(text.lower().replace("ё", "е")))


def lemma_key(text: str) -> str:
    return " ".join(normal_word(word) for word in WORD.findall(text))


def parse_ok(form: str) -> bool:
    """False for one-word adjectives ("Московский"): they name no place by themselves."""
    words = WORD.findall(form)
    if len(words) != 1 or not re.search("[а-яё]", form, re.IGNORECASE):
        return bool(words)
    tag = parses(words[0])[0].tag
    return "ADJF" not in tag


class Gazetteer:
    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.entries: dict[str, Entry] = {}
        self.keys: dict[str, Entry] = {}
        for row in rows:
            entry = Entry(
                id=row["id"],
                type=row["type"],
                kind=row["kind"] or None,
                ru=row["ru"],
                en=row["en"] or None,
                wikidata=row["wikidata"] or None,
                aliases=tuple(a for a in row["aliases"].split("|") if a),
                source=row["source"],
            )
            self.entries[entry.id] = entry
            for key in row["keys"].split("|"):
                self.keys.setdefault(key, entry)
        self.first_words = {key.split(" ", 1)[0] for key in self.keys}

    def may_start(self, word: str, lemma: str) -> bool:
        """Whether some key starts with this word (checked before costlier lookups)."""
        low = word.lower().replace("ё", "е")
        return low in self.first_words or lemma in self.first_words or normal_word(word) in self.first_words

    def find(self, text: str, lemmas: str | None = None) -> Entry | None:
        """The entry named by `text` (as written) or by its lemma key."""
        for key in (surface_key(text), lemmas, lemma_key(text)):
            if key and key in self.keys:
                return self.keys[key]
        return None


@cache
def gazetteer() -> Gazetteer:
    text = resources.files("newsgraph").joinpath("data", "gazetteer.tsv").read_text(encoding="utf-8")
    lines = text.rstrip("\n").split("\n")
    header = lines[0].split("\t")
    return Gazetteer([dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]])
