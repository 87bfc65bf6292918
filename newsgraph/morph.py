"""One pymorphy3 analyser per process, shared by every stage that needs one.

It holds the Russian dictionaries (tens of MB); stages must not each build
their own. natasha's `MorphVocab` (pymorphy2) serves the nlp stage.
"""

from __future__ import annotations

from functools import cache

import pymorphy3


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()
