"""One pymorphy3 analyser per process, shared by every stage that needs one.

It holds the Russian dictionaries (tens of MB); stages must not each build
their own. natasha's `MorphVocab` (pymorphy2) serves the nlp stage.
"""

from __future__ import annotations

from functools import cache

import pymorphy3

PARSE_CACHE_SIZE = 200_000  # words repeat (Zipf), but a big corpus must not grow memory without bound


class Analyzer(pymorphy3.MorphAnalyzer):
    """pymorphy3's analyser remembering its parses: the entities, quotes, linking,
    story and search stages parse the same words of an article one after another."""

    def __init__(self) -> None:
        super().__init__()
        self._parses: dict[str, list] = {}

    def parse(self, word: str) -> list:
        found = self._parses.get(word)
        if found is None:
            if len(self._parses) >= PARSE_CACHE_SIZE:
                self._parses.clear()
            found = self._parses[word] = super().parse(word)
        return list(found)  # a copy: callers may sort or trim theirs


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    return Analyzer()
