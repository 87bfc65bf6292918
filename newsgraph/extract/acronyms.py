"""Acronyms and their expansions ("Организации Договора о коллективной безопасности (ОДКБ)").

An acronym matches an expansion when its letters can be read off the starts of
the expansion's words in order: each content word gives its first letter or
a few of its letters in order ("Евразийский экономический союз" -> ЕА·Э·С), and function
words (prepositions, conjunctions) may give a letter or nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

FUNCTION_WORDS = frozenset(
    {
        "о",
        "об",
        "по",
        "в",
        "во",
        "и",
        "на",
        "для",
        "при",
        "с",
        "со",
        "за",
        "к",
        "от",
        "of",
        "the",
        "and",
        "for",
        "on",
        "in",
        "de",
        "—",
        "-",
    }
)
WORD = re.compile(r"[\w]+")
MAX_PIECE = 3


def matches(acronym: str, expansion: str) -> bool:
    letters = "".join(c for c in acronym.lower() if c.isalpha())
    words = tuple(w.lower() for w in WORD.findall(expansion))
    if len(letters) < 2 or not words or len(words) > 12:
        return False
    return _match(letters, words)


@lru_cache(maxsize=4096)
def _match(letters: str, words: tuple[str, ...]) -> bool:
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in FUNCTION_WORDS and _match(letters, rest):
        return True
    # A hyphenated word gives a letter per part ("Юго-Восточной" -> ЮВ).
    parts = word.split("-")
    if len(parts) > 1:
        initials = "".join(p[:1] for p in parts)
        return letters.startswith(initials) and _match(letters[len(initials) :], rest)
    if not letters or letters[0] != word[0]:
        return False
    return any(_match(letters[len(taken) :], rest) for taken in _pieces(word, letters))


def _pieces(word: str, letters: str) -> list[str]:
    """The letters one word may give: its first letter, then up to two more of its
    later letters in order ("Евразийский" -> Е, ЕА: compounds like Евр-аз-ийский)."""
    pieces = [word[0]]
    for size in range(2, MAX_PIECE + 1):
        wanted = letters[:size]
        if len(wanted) == size and _subsequence(wanted[1:], word[1:]):
            pieces.append(wanted)
    return pieces


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


PARENTHESISED = re.compile(r"^(?P<long>.*\S)\s*\((?P<short>[^()\s]{2,12})\)$")


def split_parenthesised(text: str) -> tuple[str, str] | None:
    """("Организации … безопасности", "ОДКБ") for "Организации … безопасности (ОДКБ)"."""
    found = PARENTHESISED.match(text)
    if not found:
        return None
    return found["long"], found["short"]


# Short names of state bodies spelled out when the body's name is built with its
# country ("МВД Киргизии" → "Министерство внутренних дел Киргизии").
BODY_EXPANSIONS: dict[str, str] = {
    "мид": "Министерство иностранных дел",
    "мвд": "Министерство внутренних дел",
    "мчс": "Министерство по чрезвычайным ситуациям",
    "минобороны": "Министерство обороны",
    "минфин": "Министерство финансов",
    "минэкономразвития": "Министерство экономического развития",
    "минюст": "Министерство юстиции",
    "минздрав": "Министерство здравоохранения",
    "минэнерго": "Министерство энергетики",
    "минтранс": "Министерство транспорта",
    "фсб": "Федеральная служба безопасности",
    "фсо": "Федеральная служба охраны",
    "свр": "Служба внешней разведки",
    "кгб": "Комитет государственной безопасности",
    "фсин": "Федеральная служба исполнения наказаний",
    "фтс": "Федеральная таможенная служба",
    "фнс": "Федеральная налоговая служба",
    "минпромторг": "Министерство промышленности и торговли",
    "минсельхоз": "Министерство сельского хозяйства",
    "минприроды": "Министерство природных ресурсов и экологии",
    "минкультуры": "Министерство культуры",
    "минобрнауки": "Министерство образования и науки",
    "минтруд": "Министерство труда и социальной защиты",
    "минстрой": "Министерство строительства",
    "генпрокуратура": "Генеральная прокуратура",
    "генштаб": "Генеральный штаб",
}


def body_expansion(word: str) -> str | None:
    """The spelled-out name of a state body's short name, any case ("МИДа" → "Министерство иностранных дел")."""
    key = word.lower().replace("ё", "е")
    # An inflected form keeps the short name and adds an ending: "МИДа", "Минфине", "Генштаба".
    for cut in (0, 1, 2):
        long = BODY_EXPANSIONS.get(key[: len(key) - cut])
        if long is not None:
            return long
    return None
