"""Names that the NER model misses or cuts short, found from the shape of the text.

1. A head noun introduces a name: Latin or mixed words ("проект ASPAN",
   "завод ASPAN-1", "компания Great Sky"), or a quoted name ("комплекс
   «Искандер»", "такие проекты, как «Срединный коридор»"), possibly after a
   comma (apposition: "Первый завод, ASPAN-1, …").
2. NER spans cut short are widened: over adjacent brand words ("ВФокусе" +
   "Mail"), Latin continuations ("Great" + "Sky"), to the noun an adjective
   names with ("Срединный" + "коридор"), and to the quotes they sit in.

Spans here are token index ranges ``[first, stop)`` over ``doc.tokens``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.extract.names import is_acronym, is_camel, is_capitalised, is_latin
from newsgraph.extract.typing_rules import HEAD_LINKERS, head_type
from newsgraph.model import Token

OPEN_QUOTES = frozenset({"«", '"', "“", "„"})
CLOSE_QUOTES = frozenset({"»", '"', "”", "“"})
MAX_QUOTED = 7
TLDS = frozenset(
    {
        "ru",
        "рф",
        "com",
        "net",
        "org",
        "info",
        "su",
        "kz",
        "ua",
        "by",
        "uz",
        "kg",
        "am",
        "az",
        "ge",
        "tj",
        "md",
        "io",
        "news",
        "media",
        "tv",
        "fm",
    }
)
MAX_QUOTED_NAME = 5
SENTENCE_ENDS = frozenset({".", "!", "?", "…", "\n", "«", '"', "—", ":"})
# Parts of speech that never sit in a short quoted name («Vestas не желает …» is a quote).
CLAUSE_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ"})
MAX_LINKERS = 3


@dataclass(slots=True)
class Found:
    first: int
    stop: int
    type: str
    kind: str | None
    head: int  # token index of the head noun


def name_word(token: Token) -> bool:
    """A word that is a name by its shape alone: Latin, acronym, brand, or Latin-digit code."""
    text = token.text
    return (
        is_latin(text)
        or is_acronym(text)
        or is_camel(text)
        or ("-" in text and any(is_latin(part) for part in text.split("-")))
    )


def glued(tokens: list[Token], i: int) -> bool:
    """Token i follows token i-1 with at most one space on the same line."""
    return tokens[i].start - tokens[i - 1].stop <= 1


def quoted(tokens: list[Token], i: int) -> int | None:
    """Stop index of the quoted name opening at token i, or None."""
    if tokens[i].text not in OPEN_QUOTES or i + 1 >= len(tokens) or not is_capitalised(tokens[i + 1].text):
        return None
    for j in range(i + 2, min(i + 2 + MAX_QUOTED, len(tokens))):
        if tokens[j].text in CLOSE_QUOTES:
            return j + 1 if j > i + 1 else None
        if tokens[j].text in (".", "!", "?", "\n"):
            return None
    return None


def latin_run(tokens: list[Token], i: int) -> int:
    """Stop index of the run of name-shaped words starting at i (i when none)."""
    j = i
    while j < len(tokens) and name_word(tokens[j]) and (j == i or glued(tokens, j)):
        j += 1
        # digits or a lone hyphen-number closing a code name ("Су-57", "ASPAN 2")
        if j < len(tokens) and tokens[j].text.isdigit() and glued(tokens, j) and len(tokens[j].text) <= 4:
            j += 1
    return j


def after_heads(tokens: list[Token]) -> list[Found]:
    """Names introduced by head nouns (pattern 1)."""
    found = []
    for h, token in enumerate(tokens):
        typed = head_type(token.lemma)
        if typed is None or token.pos not in ("NOUN", "PROPN"):
            continue
        # A capitalised head inside a sentence is a name itself ("Союз ТМА-12").
        # (Legal forms are written in capitals: "ОАО «Газпром»".)
        if (
            token.text[0].isupper()
            and h > 0
            and tokens[h - 1].text not in SENTENCE_ENDS
            and not is_acronym(token.text)
        ):
            continue
        i = h + 1
        while i < len(tokens) and i - h <= MAX_LINKERS and tokens[i].text.lower() in HEAD_LINKERS:
            i += 1
        if i >= len(tokens):
            continue
        stop = quoted(tokens, i)
        if stop is not None:
            found.append(Found(i, stop, typed[0], typed[1], h))
            continue
        inner = apostrophe_quoted(tokens, i)
        if inner is not None:
            found.append(Found(inner[0], inner[1], typed[0], typed[1], h))
            continue
        stop = latin_run(tokens, i)
        if stop > i and (i == h + 1 or closed(tokens, h, i, stop)):
            found.append(Found(i, stop, typed[0], typed[1], h))
    return found


def apostrophe_pair(tokens: list[Token], i: int) -> bool:
    """Two apostrophes written together at i: the quotation mark of wiki markup ("''Reuters''")."""
    return i + 1 < len(tokens) and tokens[i].text == tokens[i + 1].text == "'" and touching(tokens, i, i + 2)


def apostrophe_quoted(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The words between two apostrophe pairs opening at i ("агентство ''Reuters''"), or None."""
    if not apostrophe_pair(tokens, i):
        return None
    for j in range(i + 3, min(len(tokens), i + 3 + MAX_QUOTED)):
        if apostrophe_pair(tokens, j):
            return (i + 2, j) if tokens[i + 2].text[:1].isupper() else None
        if tokens[j].text in SENTENCE_ENDS:
            return None
    return None


def adjective_names(tokens: list[Token]) -> list[Found]:
    """A capitalised adjective naming a project or facility head: "этот Северный
    коридор", "Южный порт", "Запорожская АЭС" (a name natasha does not know).

    At a sentence start only with an acronym head: "Новый проект" there is no name.
    """
    found = []
    for i, token in enumerate(tokens):
        if token.pos != "ADJ" or not token.text[0].isupper():
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].pos == "ADJ" and tokens[j].text.islower():
            j += 1
        if j >= len(tokens) or not (tokens[j].text.islower() or is_acronym(tokens[j].text)):
            continue
        starts = i == 0 or tokens[i - 1].text in SENTENCE_ENDS
        if starts and not is_acronym(tokens[j].text):
            continue
        # "АЭС-2": the head's own number does not change what it is.
        typed = head_type(tokens[j].lemma) or head_type(re.sub(r"-\d+$", "", tokens[j].text.lower()))
        if typed and typed[0] in ("project", "facility") and tokens[j].pos in ("NOUN", "PROPN"):
            found.append(Found(i, j + 1, typed[0], None, j))
    return found


def domain_names(tokens: list[Token]) -> list[Found]:
    """A site named by its domain ("цитирует infox.ru", "сообщает Lenta.ru") is an
    outlet; web addresses with a scheme or a path are not names."""
    found = []
    i = 0
    while i + 2 < len(tokens):
        if not (
            tokens[i + 1].text == "."
            and tokens[i + 2].text.lower() in TLDS
            and touching(tokens, i + 1, i + 3)
        ):
            i += 1
            continue
        first, stop = i, i + 3
        while first >= 2 and tokens[first - 1].text == "." and touching(tokens, first - 2, first + 1):
            first -= 2
        before = tokens[first - 1].text if first else ""
        after = tokens[stop].text if stop < len(tokens) and touching(tokens, stop - 1, stop + 1) else ""
        if tokens[first].text[:1].isalnum() and before not in ("/", ":", "@") and after not in ("/", "@"):
            found.append(Found(first, stop, "organization", "media", -1))
        i = stop
    return found


def touching(tokens: list[Token], first: int, stop: int) -> bool:
    """Tokens first..stop-1 are written together, with no space between them."""
    return all(tokens[j].start == tokens[j - 1].stop for j in range(first + 1, min(stop, len(tokens))))


def closed(tokens: list[Token], head: int, first: int, stop: int) -> bool:
    """An apposition after a comma must close ("завод, ASPAN-1, уже строится");
    otherwise the Latin word may start a new clause ("завод, Siemens поставит …")."""
    linkers = {t.text.lower() for t in tokens[head + 1 : first]}
    if linkers - {",", "—", "–", "-", ":"}:
        return True
    return stop >= len(tokens) or tokens[stop].text in (",", "—", "–", ")", ".", ";")


def name_like_quote(tokens: list[Token]) -> bool:
    return len(tokens) <= MAX_QUOTED_NAME and not any(t.pos in CLAUSE_POS for t in tokens)


def widen(tokens: list[Token], first: int, stop: int, ner_type: str) -> tuple[int, int]:
    """Widen an NER span cut short (pattern 2); only organisations grow leftwards."""
    while (
        ner_type == "ORG"
        and first > 0
        and name_word(tokens[first - 1])
        and glued(tokens, first)
        and (is_camel(tokens[first - 1].text) or is_latin(tokens[first - 1].text))
    ):
        first -= 1
    if is_latin(tokens[stop - 1].text):
        stop = max(stop, latin_run(tokens, stop - 1))
    if all(t.pos == "ADJ" for t in tokens[first:stop]) and stop < len(tokens):
        nxt = tokens[stop]
        if (
            nxt.pos == "NOUN"
            and nxt.text.islower()
            and nxt.feats.get("Case") == tokens[stop - 1].feats.get("Case")
        ):
            stop += 1
    if ner_type != "PER" and first > 0 and tokens[first - 1].text in OPEN_QUOTES:
        closing = quoted(tokens, first - 1)
        if closing is not None and closing - 1 >= stop and name_like_quote(tokens[first : closing - 1]):
            stop = closing - 1
    return first, stop
