"""Timelines: dated events of a story or an entity, in order.

Events are publication dates and dates written in the text ("18 декабря 2025
года", "в 2027 году", "December 18, 2025", "12.05.2024"), each with its
sentence. Copies of one report contribute their text dates once.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa

MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
RU_MONTH = r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
EN_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
YEAR = r"((?:19|20)\d\d)"
# (pattern, group index of day, month, year); order matters: longest forms first.
PATTERNS = (
    (re.compile(rf"\b(\d{{1,2}})\s+{RU_MONTH}\s+{YEAR}", re.IGNORECASE), (1, 2, 3)),
    (re.compile(rf"\b(\d{{1,2}})\s+{EN_MONTH}\s+{YEAR}"), (1, 2, 3)),
    (re.compile(rf"\b{EN_MONTH}\s+(\d{{1,2}}),?\s+{YEAR}"), (2, 1, 3)),
    (re.compile(rf"\b{YEAR}-(\d\d)-(\d\d)\b"), (3, 2, 1)),
    (re.compile(rf"\b(\d{{1,2}})[./](\d{{1,2}})[./]{YEAR}\b"), (1, 2, 3)),
    (re.compile(rf"\b(?:в|к|с|до)\s+{RU_MONTH}\s+{YEAR}", re.IGNORECASE), (None, 1, 2)),
    (re.compile(rf"\b(?:in|by|until)\s+{EN_MONTH}\s+{YEAR}"), (None, 1, 2)),
    (re.compile(rf"\b{YEAR}\s*(?:год[аеуоы]?\w*|г\.)", re.IGNORECASE), (None, None, 1)),
    (re.compile(rf"\b(?:in|by|until|since)\s+{YEAR}\b"), (None, None, 1)),
)


@dataclass(slots=True)
class Event:
    date: str
    kind: str  # published, mentioned
    article: str
    title: str | None = None
    sentence: str | None = None
    start: int | None = None
    stop: int | None = None


def _month(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    word = word.lower()
    for stem in sorted(MONTHS, key=len, reverse=True):
        if word.startswith(stem):
            return MONTHS[stem]
    return None


def dates_in_text(text: str) -> list[tuple[int, int, str]]:
    """(start, stop, "YYYY[-MM[-DD]]") of dates written in the text, in text order."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, (d, m, y) in PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            year = match.group(y)
            month = _month(match.group(m)) if m else None
            day = int(match.group(d)) if d else None
            if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
                continue
            iso = year + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day and month else "")
            found.append((match.start(), match.end(), iso))
            taken.append((match.start(), match.end()))
    return sorted(found)


def article_events(article: dict[str, Any]) -> list[Event]:
    from newsgraph.store.sentences import sentence_text

    events = []
    if article.get("published"):
        events.append(Event(article["published"][:10], "published", article["id"], article.get("title")))
    for start, stop, iso in dates_in_text(article["text"]):
        sentence = sentence_text(article["text"], article.get("sentences"), start, stop)["text"]
        events.append(Event(iso, "mentioned", article["id"], article.get("title"), sentence, start, stop))
    return events


def ordered(events: list[Event]) -> list[dict[str, Any]]:
    events = sorted(events, key=lambda e: (e.date, e.kind != "published", e.article, e.start or 0))
    return [asdict(e) for e in events]


def story_timeline(conn: sa.Connection, story: str) -> list[dict[str, Any]]:
    from newsgraph.resolve.tables import resolved
    from newsgraph.store.schema import articles

    rows = conn.execute(
        sa.select(
            articles.c.id,
            articles.c.title,
            articles.c.published,
            articles.c.text,
            articles.c.sentences,
            resolved.c.syndication,
            resolved.c.link,
        )
        .join(resolved, resolved.c.article == articles.c.id)
        .where(resolved.c.story == story)
        .order_by(resolved.c.seq)
    )
    events: list[Event] = []
    seen_groups: set[str] = set()
    for row in rows:
        article = dict(row._mapping)
        found = article_events(article)
        if row.syndication in seen_groups:
            found = [e for e in found if e.kind == "published"]
        seen_groups.add(row.syndication)
        events.extend(found)
    return ordered(events)


def entity_timeline(conn: sa.Connection, entity: str, limit: int = 200) -> list[dict[str, Any]]:
    """Publication dates of the articles that mention the entity, and the text
    dates in sentences that mention it."""
    from newsgraph.store.schema import articles, mentions
    from newsgraph.store.sentences import sentence_span

    spans: dict[str, list[tuple[int, int]]] = {}
    for row in conn.execute(
        sa.select(mentions.c.article, mentions.c.start, mentions.c.stop).where(mentions.c.entity == entity)
    ):
        spans.setdefault(row.article, []).append((row.start, row.stop))
    if not spans:
        return []
    events: list[Event] = []
    query = sa.select(
        articles.c.id, articles.c.title, articles.c.published, articles.c.text, articles.c.sentences
    )
    for row in conn.execute(query.where(articles.c.id.in_(sorted(spans)[:limit]))):
        article = dict(row._mapping)
        for event in article_events(article):
            if event.kind == "mentioned":
                left, right = sentence_span(row.text, row.sentences, event.start, event.stop)
                if not any(left <= s < right for s, _ in spans[row.id]):
                    continue
            events.append(event)
    return ordered(events)
