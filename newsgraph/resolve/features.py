"""What an article is about, as keys that story clustering compares.

Three kinds of key, all computed from the text so that every language gets
them: ``n:`` names (capitalised words away from sentence starts, and
acronyms) as script-independent transliteration keys, ``d:`` numbers of two
digits or more (years, calibres, amounts), ``w:`` stems of long content words
(same-language similarity). Linked entities from the store add ``e:`` keys.
Names and numbers are also the *anchors* that link a translation to its
original.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from newsgraph.resolve.translit import CYRILLIC, name_key, nominative

CAPITALISED = re.compile(r"(?<![\w-])([A-ZА-ЯЁ][\w-]*)", re.UNICODE)
NUMBER = re.compile(r"(?<![\w.,])(\d{2,}(?:[.,]\d+)?)(?![\w])")
WORD = re.compile(r"[^\W\d_]{6,}", re.UNICODE)
SENTENCE_START = re.compile(r"(?:^|[.!?…:«»\"“„(\n]\s*|[-—–]\s+)$")
WORD_STEM = 6
# The strongest keys of an article, in two pools so that names and numbers
# (what other languages share) are never crowded out by words and entities.
TOP_KEYS = {"nd": 20, "we": 30}
KIND_WEIGHT = {"n": 1.5, "e": 1.5, "d": 1.2, "w": 1.0}
YEAR = re.compile(r"^d:(19|20)\d\d$")
YEAR_WEIGHT = 0.5  # years are shared by unrelated news of one period

# Capitalised words that are not names: calendar words, titles and the
# adjectives English capitalises (Russian writes them in lower case), and the
# function words that open English headlines.
NOT_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday the a an in on at of for to and "
    "but this that these those it he she they we i his her their its as by from with "
    "president prime minister ministry foreign defence defense deputy chairman head general "
    "russian soviet western eastern northern southern central middle turkic european asian "
    "american chinese kazakh ukrainian anglo saxon post".split()
)
STOP_WORDS = frozenset(
    "которые который которая которое является однако несколько также сообщает сообщил "
    "заявил заявила отметил отметила сказал сказала словам because between through "
    "however against should would during including according".split()
)


@dataclass(slots=True)
class Features:
    keys: Counter[str] = field(default_factory=Counter)
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def anchors(self) -> set[str]:
        return {k for k in self.keys if k[0] in "nd"}


def features(text: str, entity_keys: list[str] | None = None) -> Features:
    result = Features()
    for match in CAPITALISED.finditer(text):
        word = match.group(1).strip("-")
        acronym = len(word) >= 2 and word.isupper()
        if not acronym and SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()]):
            continue
        if word.lower() in NOT_NAMES or len(word) < 2:
            continue
        key = name_key(word)
        if len(key) < 2:
            continue
        result.keys[f"n:{key}"] += 1
        result.labels.setdefault(f"n:{key}", _label(word, acronym))
    for match in NUMBER.finditer(text):
        result.keys[f"d:{match.group(1).replace(',', '.')}"] += 1
    for match in WORD.finditer(text):
        word = match.group(0)
        if word[0].isupper() or word.lower() in STOP_WORDS:
            continue
        result.keys[f"w:{word.lower().replace('ё', 'е')[:WORD_STEM]}"] += 1
    for key in entity_keys or ():
        result.keys[f"e:{key}"] += 1
    return result


def _label(word: str, acronym: bool) -> str:
    if acronym or not CYRILLIC.search(word):
        return word
    return nominative(word.lower()).capitalize()


def idf(df: int, total: int) -> float:
    return math.log((total + 1) / (df + 1)) + 1.0


def top_vector(feats: Features, dfs: dict[str, int], total: int) -> dict[str, float]:
    """The article's strongest keys of each pool, weighted by kind, tf and idf; ties by key."""
    weights = {
        key: (YEAR_WEIGHT if YEAR.match(key) else KIND_WEIGHT[key[0]])
        * (1 + math.log(count))
        * idf(dfs.get(key, 0), total)
        for key, count in feats.keys.items()
    }
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    best: dict[str, float] = {}
    for kinds, size in TOP_KEYS.items():
        best.update([kv for kv in ranked if kv[0][0] in kinds][:size])
    return best


def anchor_similarity(a: set[str], b: set[str]) -> float:
    """Jaccard of two anchor sets (names and numbers), the translation evidence."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
