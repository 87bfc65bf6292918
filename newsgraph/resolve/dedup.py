"""Near-duplicates and translations: which earlier article is this one a copy of?

Copies (re-posts, light rewrites) are found through the LSH band keys in the
database and confirmed by the signatures' estimated Jaccard similarity.
Translations cannot share shingles; they are recognised by their anchors
(names and numbers, script-independent), similar length and date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import sqlalchemy as sa

from newsgraph.resolve import shingles
from newsgraph.resolve.features import anchor_similarity
from newsgraph.resolve.tables import lsh_bands, resolved

COPY_THRESHOLD = 0.4
# A shorter text lying mostly inside a longer one is a copy too (a re-post of
# the first paragraphs); below this Jaccard the estimate is too noisy.
CONTAINMENT_THRESHOLD = 0.7
CONTAINED_MIN_JACCARD = 0.15
TRANSLATION_THRESHOLD = 0.45
# Names alone are weak evidence (two reports of one event share them);
# translations keep every number, so without numbers more names must agree.
TRANSLATION_NUMBERS_THRESHOLD = 0.5
TRANSLATION_NAMES_ONLY_THRESHOLD = 0.65
TRANSLATION_MIN_ANCHORS = 4
TRANSLATION_LENGTH_RATIO = 2.0
TRANSLATION_MAX_DAYS = 3
MAX_CANDIDATES = 200


@dataclass(slots=True)
class Earlier:
    """An already resolved article, as the matchers see it."""

    article: str
    seq: int
    lang: str | None
    published: str | None
    length: int
    signature: np.ndarray
    anchors: set[str]
    story: str
    syndication: str


@dataclass(slots=True)
class Match:
    earlier: Earlier
    score: float


def _earlier(row: sa.Row) -> Earlier:
    return Earlier(
        article=row.article, seq=row.seq, lang=row.lang, published=row.published, length=row.length,
        signature=shingles.from_bytes(row.signature), anchors=set(row.anchors.split()),
        story=row.story, syndication=row.syndication,
    )  # fmt: skip


_HITS = (
    sa.select(lsh_bands.c.article)
    .where(lsh_bands.c.key.in_(sa.bindparam("keys", expanding=True)))
    .distinct()
    .subquery()
)
LSH_QUERY = (
    sa.select(resolved)
    .where(resolved.c.article.in_(sa.select(_HITS.c.article)))
    .order_by(resolved.c.seq)
    .limit(MAX_CANDIDATES)
)


def lsh_candidates(conn: sa.Connection, keys: list[int]) -> list[Earlier]:
    """Articles sharing at least one band key, earliest first (bounded)."""
    if not keys:
        return []
    return [_earlier(row) for row in conn.execute(LSH_QUERY, {"keys": keys})]


def story_members(conn: sa.Connection, stories: list[str], limit: int = MAX_CANDIDATES) -> list[Earlier]:
    """The latest members of the given stories (the ones a new article is compared with)."""
    if not stories:
        return []
    rows = conn.execute(MEMBERS_QUERY, {"stories": list(stories), "limit": limit})
    return sorted((_earlier(row) for row in rows), key=lambda e: e.seq)


# Built once, the values bound at execution (building a statement costs more than running it).
MEMBERS_QUERY = (
    sa.select(resolved)
    .where(resolved.c.story.in_(sa.bindparam("stories", expanding=True)))
    .order_by(resolved.c.seq.desc())
    .limit(sa.bindparam("limit"))
)


def best_copy(
    sig: np.ndarray, candidates: list[Earlier], threshold: float = COPY_THRESHOLD, length: int | None = None
) -> Match | None:
    """The most similar candidate at or above the threshold; ties go to the earliest.

    With the article's `length`, a candidate that contains it (or that it
    contains) also counts: a re-post of the first paragraphs of a report.
    """
    best: Match | None = None
    for cand in candidates:
        score = shingles.similarity(sig, cand.signature)
        if score < threshold and length is not None and score >= CONTAINED_MIN_JACCARD:
            if containment(score, length, cand.length) >= CONTAINMENT_THRESHOLD:
                score = max(score, threshold)
        if score >= threshold and (best is None or score > best.score):
            best = Match(cand, score)
    return best


def containment(jaccard: float, a: int, b: int) -> float:
    """Share of the smaller text inside the larger, from their Jaccard
    similarity and sizes (text lengths stand in for shingle counts)."""
    if jaccard <= 0 or min(a, b) <= 0:
        return 0.0
    return min(1.0, jaccard * (a + b) / ((1 + jaccard) * min(a, b)))


def best_translation(
    lang: str | None, published: str | None, length: int, anchors: set[str], candidates: list[Earlier],
    threshold: float = TRANSLATION_THRESHOLD,
) -> Match | None:  # fmt: skip
    """The candidate in another language that shares most anchors, if the
    evidence allows: enough shared names and numbers, similar length, close dates."""
    best: Match | None = None
    for cand in candidates:
        if not lang or not cand.lang or lang == cand.lang:
            continue
        if len(anchors & cand.anchors) < TRANSLATION_MIN_ANCHORS:
            continue
        ratio = max(length, cand.length) / max(1, min(length, cand.length))
        if ratio > TRANSLATION_LENGTH_RATIO or _days_apart(published, cand.published) > TRANSLATION_MAX_DAYS:
            continue
        score = anchor_similarity(anchors, cand.anchors)
        if score < _translation_threshold(anchors, cand.anchors, threshold):
            continue
        if best is None or score > best.score:
            best = Match(cand, score)
    return best


def _translation_threshold(a: set[str], b: set[str], threshold: float) -> float:
    numbers_a = {k for k in a if k.startswith("d:")}
    numbers_b = {k for k in b if k.startswith("d:")}
    if not numbers_a and not numbers_b:
        return max(threshold, TRANSLATION_NAMES_ONLY_THRESHOLD)
    if anchor_similarity(numbers_a, numbers_b) < TRANSLATION_NUMBERS_THRESHOLD:
        return float("inf")
    return threshold


def day(published: str | None) -> date | None:
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _days_apart(a: str | None, b: str | None) -> int:
    da, db = day(a), day(b)
    if da is None or db is None:
        return 0  # no date is no evidence against
    return abs((da - db).days)
