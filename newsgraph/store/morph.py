"""Word lemmas for search and entity keys (pymorphy3), the same on both sides.

SQLite has no Russian stemmer, so the store indexes a lemmatised copy of each
article and lemmatises queries with the same function: "Казахстане" and
"Казахстан" both become "казахстан".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

LEMMA_CACHE_SIZE = 200_000  # words repeat (Zipf), but a big corpus must not grow memory without bound
WORD = re.compile(r"\w+(?:-\w+)*")
CYRILLIC = re.compile(r"[а-яё]")


_analyzer = None


def analyzer():
    """The shared pymorphy3 analyser (imported when first needed: it loads dictionaries)."""
    global _analyzer
    if _analyzer is None:
        from newsgraph.morph import analyzer as shared

        _analyzer = shared()
    return _analyzer


def fold(text: str) -> str:
    """Lower case with ё → е: the form every key and every index entry uses."""
    return text.lower().replace("ё", "е")


@lru_cache(maxsize=LEMMA_CACHE_SIZE)
def lemma(word: str) -> str:
    """The word's most likely dictionary form, folded; non-Russian words are only folded."""
    folded = fold(word)
    if not CYRILLIC.search(folded):
        return folded
    return fold(analyzer().parse(folded)[0].normal_form)


def words(text: str) -> Iterator[re.Match[str]]:
    return WORD.finditer(text)


def lemmatise(text: str) -> str:
    """The text as space-separated lemmas (the search index's copy)."""
    return " ".join(lemma(match.group()) for match in words(text))
