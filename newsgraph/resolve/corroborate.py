"""Corroboration and contradiction of facts across independent sources.

A source is a syndication group: ten copies of one wire report are one
source. Per subject and predicate, `consolidate` gives each value with the
number of sources behind it and the earliest one; `find_conflicts` lists

- ``value``: sources that state different values of a one-valued fact
  (cost, number of plants, date, status, operator);
- ``list``: sources whose lists of numbers differ for a list fact (calibres);
- ``denial``: a fact asserted by one source and denied by another.

Conflicts are stored (table ``conflicts``) with the sentence on each side.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from newsgraph.resolve.tables import conflicts, resolved

SINGLE_VALUED = frozenset({"cost", "planned_facilities", "operational_by", "status", "operator"})
LIST_VALUED = frozenset({"product", "standard"})
DENIED = frozenset({"denied", "negated", "refuted"})
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(slots=True)
class FactRecord:
    """A stored fact with what corroboration needs about its article."""

    article: str
    subject: str
    predicate: str
    object: dict[str, Any]
    start: int = 0
    stop: int = 0
    modality: str | None = None
    published: str | None = None
    group: str | None = None  # syndication group; the article alone when None
    sentence: str | None = None

    @property
    def source(self) -> str:
        return self.group or f"g-{self.article}"

    @property
    def denied(self) -> bool:
        return (self.modality or "") in DENIED


@dataclass(slots=True)
class Value:
    key: str
    object: dict[str, Any]
    sources: list[str] = field(default_factory=list)  # syndication groups, first-seen order
    articles: list[str] = field(default_factory=list)
    earliest: FactRecord | None = None


@dataclass(slots=True)
class Consolidated:
    subject: str
    predicate: str
    value: Value
    others: list[Value]


@dataclass(slots=True)
class Conflict:
    subject: str
    predicate: str
    kind: str
    sides: list[dict[str, Any]]

    @property
    def id(self) -> str:
        values = json.dumps([s["value"] for s in self.sides], sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(f"{self.subject}|{self.predicate}|{self.kind}|{values}".encode()).hexdigest()
        return "c-" + digest[:16]


def value_key(obj: dict[str, Any]) -> str:
    """Equal values get equal keys: money to three significant digits, text by its words."""
    if "money" in obj:
        money = obj["money"] or {}
        amount = float(money.get("amount") or 0)
        return f"money:{money.get('currency')}:{float(f'{amount:.3g}')}"
    if "value" in obj:
        return f"value:{float(obj['value']):g}"
    if "text" in obj:
        words = sorted(set(re.findall(r"\w+", str(obj["text"]).lower().replace("ё", "е"))))
        return "text:" + " ".join(words)
    for form in ("entity", "date", "status"):
        if form in obj:
            return f"{form}:{obj[form]}"
    return json.dumps(obj, sort_keys=True, ensure_ascii=False)


def numbers(obj: dict[str, Any]) -> set[str]:
    if "value" in obj:
        return {f"{float(obj['value']):g}"}
    return {f"{float(n.replace(',', '.')):g}" for n in NUMBER.findall(str(obj.get("text", "")))}


def _order(fact: FactRecord) -> tuple:
    return (fact.published or "9999", fact.article, fact.start)


def consolidate(facts: Iterable[FactRecord]) -> list[Consolidated]:
    """Per (subject, predicate): the value stated by most sources (ties: earliest), and the others."""
    by_pair: dict[tuple[str, str], dict[str, Value]] = defaultdict(dict)
    for fact in sorted(facts, key=_order):
        if fact.denied:
            continue
        key = value_key(fact.object)
        value = by_pair[(fact.subject, fact.predicate)].setdefault(
            key, Value(key, fact.object, earliest=fact)
        )
        if fact.source not in value.sources:
            value.sources.append(fact.source)
        if fact.article not in value.articles:
            value.articles.append(fact.article)
    result = []
    for (subject, predicate), values in sorted(by_pair.items()):
        ranked = sorted(values.values(), key=lambda v: (-len(v.sources), _order(v.earliest)))
        result.append(Consolidated(subject, predicate, ranked[0], ranked[1:]))
    return result


def find_conflicts(facts: Iterable[FactRecord]) -> list[Conflict]:
    by_pair: dict[tuple[str, str], list[FactRecord]] = defaultdict(list)
    for fact in sorted(facts, key=_order):
        by_pair[(fact.subject, fact.predicate)].append(fact)
    found: list[Conflict] = []
    for (subject, predicate), group in sorted(by_pair.items()):
        found.extend(_denials(subject, predicate, group))
        asserted = [f for f in group if not f.denied]
        if predicate in SINGLE_VALUED:
            found.extend(_different(subject, predicate, "value", asserted, lambda f: {value_key(f.object)}))
        elif predicate in LIST_VALUED:
            found.extend(_different(subject, predicate, "list", asserted, lambda f: numbers(f.object)))
    return found


def _side(value: Any, facts: list[FactRecord]) -> dict[str, Any]:
    return {
        "value": value,
        "sources": sorted({f.source for f in facts}),
        "evidence": [
            {"article": f.article, "published": f.published, "start": f.start, "stop": f.stop,
             "sentence": f.sentence, "modality": f.modality, "object": f.object}
            for f in facts
        ],
    }  # fmt: skip


def _denials(subject: str, predicate: str, facts: list[FactRecord]) -> list[Conflict]:
    found = []
    by_value: dict[str, list[FactRecord]] = defaultdict(list)
    for fact in facts:
        by_value[value_key(fact.object)].append(fact)
    for key, same in by_value.items():
        denied = [f for f in same if f.denied]
        asserted = [f for f in same if not f.denied]
        if denied and asserted and {f.source for f in denied} != {f.source for f in asserted}:
            sides = [_side({"asserted": key}, asserted), _side({"denied": key}, denied)]
            found.append(Conflict(subject, predicate, "denial", sides))
    return found


def _different(subject, predicate, kind, facts: list[FactRecord], values_of) -> list[Conflict]:
    """Sources whose value sets are disjoint (one-valued facts) or unequal (lists)."""
    per_source: dict[str, set[str]] = defaultdict(set)
    evidence: dict[str, list[FactRecord]] = defaultdict(list)
    for fact in facts:
        values = values_of(fact)
        if values:
            per_source[fact.source] |= values
            evidence[fact.source].append(fact)
    sets: dict[frozenset[str], list[str]] = defaultdict(list)
    for source, values in per_source.items():
        sets[frozenset(values)].append(source)
    if len(sets) < 2:
        return []
    distinct = sorted(sets, key=lambda s: sorted(s))
    if kind == "value" and not any(_incompatible(a, b) for a in distinct for b in distinct if a is not b):
        return []
    sides = [
        _side(sorted(values), [f for source in sets[values] for f in evidence[source]]) for values in distinct
    ]
    return [Conflict(subject, predicate, kind, sides)]


def _incompatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """No value of one source agrees with any of the other's."""
    return not any(_agree(x, y) for x in a for y in b)


def _agree(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("date:") and b.startswith("date:"):
        return a.startswith(b) or b.startswith(a)  # "2027" agrees with "2027-06"
    if a.startswith("money:") and b.startswith("money:"):
        return a.split(":")[1] != b.split(":")[1]  # other currencies cannot be compared
    return False


# --- the store ---------------------------------------------------------------


def stored_facts(
    conn: sa.Connection,
    subjects: Iterable[str] | None = None,
    article_ids: list[str] | None = None,
    predicates: Iterable[str] | None = None,
    sentences: bool = True,
) -> list[FactRecord]:
    """Facts with their article's date and syndication group, and (unless
    `sentences` is False, which spares loading the texts) their sentence."""
    from newsgraph.store.schema import articles, facts

    columns = [
        facts.c.article, facts.c.subject, facts.c.predicate, facts.c.object, facts.c.start, facts.c.stop,
        facts.c.modality, articles.c.published, resolved.c.syndication,
    ]  # fmt: skip
    query = (
        sa.select(*columns)
        .join(articles, articles.c.id == facts.c.article)
        .outerjoin(resolved, resolved.c.article == facts.c.article)
        .order_by(articles.c.published, facts.c.article, facts.c.seq)
    )
    if subjects is not None:
        query = query.where(facts.c.subject.in_(sorted(set(subjects))))
    if predicates is not None:
        query = query.where(facts.c.predicate.in_(sorted(set(predicates))))
    if article_ids is not None:
        query = query.where(facts.c.article.in_(article_ids))
    found = [
        FactRecord(
            r.article,
            r.subject,
            r.predicate,
            dict(r.object),
            r.start,
            r.stop,
            r.modality,
            r.published,
            r.syndication,
        )
        for r in conn.execute(query)
    ]
    if sentences:
        texts = _sentences(conn, [(f.article, f.start, f.stop) for f in found])
        for fact in found:
            fact.sentence = texts[(fact.article, fact.start, fact.stop)]
    return found


def _sentences(conn: sa.Connection, spans: list[tuple[str, int, int]]) -> dict[tuple[str, int, int], str]:
    from newsgraph.store.schema import articles
    from newsgraph.store.sentences import sentence_text

    ids = sorted({article for article, _, _ in spans})
    texts = {}
    for start in range(0, len(ids), 500):
        query = sa.select(articles.c.id, articles.c.text, articles.c.sentences)
        for row in conn.execute(query.where(articles.c.id.in_(ids[start : start + 500]))):
            texts[row.id] = (row.text, row.sentences)
    return {(a, s, e): sentence_text(*texts[a], s, e)["text"] for a, s, e in spans if a in texts}


def refresh(store, article_ids: Iterable[str]) -> None:
    """Recompute the stored conflicts of the (subject, predicate) pairs these
    articles state facts about, in a transaction of its own."""
    with store.engine.connect() as conn:
        conn = conn.execution_options(write=True)
        with conn.begin():
            refresh_articles(conn, article_ids)


def refresh_articles(conn: sa.Connection, article_ids: Iterable[str]) -> None:
    from newsgraph.store.schema import facts

    ids = sorted(set(article_ids))
    if not ids:
        return
    query = sa.select(facts.c.subject, facts.c.predicate).where(facts.c.article.in_(ids)).distinct()
    pairs = {(row.subject, row.predicate) for row in conn.execute(query)}
    if pairs:
        refresh_subjects(conn, sorted({s for s, _ in pairs}), sorted({p for _, p in pairs}))


def refresh_subjects(conn: sa.Connection, subjects: list[str], predicates: list[str] | None = None) -> None:
    """Recompute the conflicts of these subjects (only of these predicates, when given)."""
    delete = conflicts.delete().where(conflicts.c.subject.in_(subjects))
    if predicates is not None:
        delete = delete.where(conflicts.c.predicate.in_(predicates))
    conn.execute(delete)
    found = find_conflicts(stored_facts(conn, subjects, predicates=predicates, sentences=False))
    evidence = [ev for c in found for side in c.sides for ev in side["evidence"]]
    texts = _sentences(conn, [(ev["article"], ev["start"], ev["stop"]) for ev in evidence])
    for ev in evidence:
        ev["sentence"] = texts.get((ev["article"], ev["start"], ev["stop"]))
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    rows = {
        c.id: {
            "id": c.id,
            "subject": c.subject,
            "predicate": c.predicate,
            "kind": c.kind,
            "sides": c.sides,
            "detected_at": stamp,
        }
        for c in found
    }
    if rows:
        conn.execute(conflicts.insert(), list(rows.values()))


def conflict_rows(conn: sa.Connection, subjects: list[str] | None = None) -> list[dict[str, Any]]:
    query = sa.select(conflicts).order_by(conflicts.c.subject, conflicts.c.predicate, conflicts.c.kind)
    if subjects is not None:
        query = query.where(conflicts.c.subject.in_(subjects))
    return [dict(row._mapping) for row in conn.execute(query)]


def consolidated_json(item: Consolidated) -> dict[str, Any]:
    def value(v: Value) -> dict[str, Any]:
        earliest = v.earliest
        return {
            "object": v.object, "sources": len(v.sources), "articles": len(v.articles),
            "earliest": None if earliest is None else
            {"article": earliest.article, "published": earliest.published, "sentence": earliest.sentence},
        }  # fmt: skip

    return {
        "subject": item.subject, "predicate": item.predicate, **value(item.value),
        "others": [value(v) for v in item.others],
    }  # fmt: skip


def entity_facts(conn: sa.Connection, entity_id: str) -> dict[str, Any]:
    """For an entity dossier: its facts consolidated (one line per predicate,
    with independent sources and the earliest one) and its conflicts."""
    consolidated = consolidate(stored_facts(conn, [entity_id], sentences=False))
    # Only the earliest fact of each value is shown with its sentence: only those texts are read.
    earliest = [v.earliest for item in consolidated for v in (item.value, *item.others) if v.earliest]
    texts = _sentences(conn, [(f.article, f.start, f.stop) for f in earliest])
    for fact in earliest:
        fact.sentence = texts[(fact.article, fact.start, fact.stop)]
    return {
        "facts": [consolidated_json(item) for item in consolidated],
        "conflicts": conflict_rows(conn, [entity_id]),
    }
