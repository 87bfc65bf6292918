"""String comparisons of gold/FORMAT.md: occurrences, names, token F1, lemma overlap."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

WORD = re.compile(r"\w+")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# Function words carry no content: a product "снаряды и мины" is not closer to
# "мины" because of "и".
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of `needle` in `text` as (start, stop), case as written."""
    needle = unicodedata.normalize("NFC", needle)  # the stored text is NFC
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def norm_name(name: str) -> str:
    """A name for comparison: lower case, ё→е, single spaces."""
    return " ".join(name.lower().replace("ё", "е").split())


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, punctuation dropped (ё→е so spelling variants agree)."""
    return WORD.findall(text.lower().replace("ё", "е"))


def bag_f1(a: list[str], b: list[str]) -> float:
    """F1 of two token bags (multisets); 0 when either is empty."""
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    precision, recall = common / len(a), common / len(b)
    return 2 * precision * recall / (precision + recall)


def token_f1(a: str, b: str) -> float:
    return bag_f1(tokens(a), tokens(b))


def _morph():
    from newsgraph.morph import analyzer as shared

    return shared()


@cache
def _lemma(word: str) -> str | None:
    """The word's most likely lemma, or None for a function word."""
    parse = _morph().parse(word)[0]
    if parse.tag.POS in FUNCTION_POS:
        return None
    return parse.normal_form.replace("ё", "е")


def lemmas(text: str) -> list[str]:
    return [lemma for word in tokens(text) if (lemma := _lemma(word)) is not None]


def numbers(text: str) -> set[str]:
    return {n.replace(",", ".") for n in NUMBER.findall(text)}


def text_equal(gold: str, system: str) -> bool:
    """Lemma-token overlap (F1) of at least 0.5 and the same numbers ("152-мм" ≠ "122-мм")."""
    return numbers(gold) == numbers(system) and bag_f1(lemmas(gold), lemmas(system)) >= 0.5


def role_equal(gold: str, system: str, org_words: set[str]) -> bool:
    """`text_equal` for a position whose organisation both sides name as the same entity.

    Annotators differ on whether the role's text repeats its organisation
    ("губернатор Приморского края" or "губернатор", org Primorye). The
    organisation is compared as an entity, so its words (`org_words`: lemmas of
    the organisation's names and mentions) are dropped from both texts before
    comparing what is left of the role; a role made only of such words is
    compared whole.
    """
    if text_equal(gold, system):
        return True
    gold_role = [lemma for lemma in lemmas(gold) if lemma not in org_words]
    system_role = [lemma for lemma in lemmas(system) if lemma not in org_words]
    if not gold_role or not system_role:
        return False
    return numbers(gold) == numbers(system) and bag_f1(gold_role, system_role) >= 0.5


def covered(span: tuple[int, int], spans: list[tuple[int, int]], text: str) -> bool:
    """Whether `spans` together cover every letter and digit of `span` in `text`."""
    start, stop = span
    marked = [False] * (stop - start)
    for s, e in spans:
        for i in range(max(s, start), min(e, stop)):
            marked[i - start] = True
    return all(marked[i] or not text[start + i].isalnum() for i in range(stop - start))


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of spans."""
    merged: list[tuple[int, int]] = []
    for start, stop in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    return merged


def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    """Characters shared by two unions of spans."""
    total = 0
    for s1, e1 in merge(a):
        for s2, e2 in merge(b):
            total += max(0, min(e1, e2) - max(s1, s2))
    return total
