"""Read models shared by the API and the web pages, composed from `Store` methods."""

from __future__ import annotations

import os
import re
from collections import Counter
from typing import Any

from newsgraph.model import Doc
from newsgraph.store.base import Store

EVIDENCE_PER_FACT = 10
NAMED_FACTS = 40  # the story page shows this many consolidated facts
PASSWORD = re.compile(r"(://[^:/@]+:)[^@]+@")


def article_json(doc: Doc) -> dict[str, Any]:
    data = doc.to_analysis()
    data["source"] = doc.source
    data["url"] = doc.url
    return data


def dossier(store: Store, entity_id: str, *, limit: int) -> dict[str, Any] | None:
    """The store's dossier with at most `EVIDENCE_PER_FACT` sentences per fact (and their total):
    a country's dossier otherwise carries thousands of sentences and megabytes."""
    data = store.dossier(entity_id, limit=limit)
    if data is None:
        return None
    for key in ("facts", "facts_as_object"):
        for fact in data.get(key) or []:
            evidence = fact.get("evidence") or []
            fact["evidence_total"] = fact.get("evidence_total", len(evidence))
            fact["evidence"] = evidence[:EVIDENCE_PER_FACT]
    return data


def search(
    store: Store,
    q: str,
    *,
    limit: int,
    offset: int,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    lang: str | None = None,
    type: str | None = None,
) -> dict[str, Any]:
    """A page of hits, the entities named like the query, and facet counts over all the hits."""
    filters = {"source": source, "since": since, "until": until, "lang": lang}
    rows = store.search(q, limit=limit + 1, offset=offset, **filters)
    counted = store.search_facets(q, **filters)
    entities = store.find_entities(q, limit=20)
    facets = {
        "source": dict(list(counted["source"].items())[:20]),
        "month": dict(sorted(counted["month"].items(), reverse=True)),
        "type": dict(Counter(e.get("type") or "unknown" for e in entities).most_common()),
    }
    if type:
        entities = [e for e in entities if e.get("type") == type]
    items = rows[:limit]
    groups = syndication(store, [h["id"] for h in items])
    for hit in items:
        hit["story"], hit["syndication"] = groups.get(hit["id"], (None, None))
    return {
        "query": q,
        "items": items,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if len(rows) > limit else None,
        "entities": entities,
        "facets": facets,
    }


def syndication(store: Store, article_ids: list[str]) -> dict[str, tuple[str, str]]:
    """Article id → (story, syndication group) for the given articles that the stories stage has seen."""
    return store.syndication(article_ids)


def fold_copies(hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Hits with the copies of one report folded into the first of them (as ``copies``)."""
    first: dict[str, dict[str, Any]] = {}
    folded = []
    for hit in hits:
        group = hit.get("syndication")
        if group and group in first:
            first[group]["copies"].append(hit)
            continue
        hit = {**hit, "copies": []}
        if group:
            first[group] = hit
        folded.append(hit)
    return folded


def stories(
    store: Store, *, limit: int, offset: int, since: str | None = None, about: str | None = None
) -> list[dict[str, Any]]:
    """Stories newest first (`about`: an entity id), as the stories stage keeps them in the store."""
    return store.stories(limit=limit, offset=offset, since=since, about=about)


def story(store: Store, story_id: str) -> dict[str, Any] | None:
    """A story: articles by syndication group, consolidated facts, conflicts, quotes, timeline."""
    detail = store.story(story_id)
    if detail is not None:
        facts = (detail.get("facts") or [])[:NAMED_FACTS]
        conflicts = detail.get("conflicts") or []
        ids = {row["subject"] for row in facts + conflicts}
        ids |= {
            f["object"]["entity"]
            for f in facts
            if isinstance(f.get("object"), dict) and f["object"].get("entity")
        }
        names = {i: _name(store, i) for i in ids}
        for row in facts + conflicts:
            row["subject_name"] = names.get(row["subject"])
        for f in facts:
            if f["object"].get("entity"):
                f["object"] = {**f["object"], "name": names.get(f["object"]["entity"])}
    return detail


def _name(store: Store, entity_id: str) -> str | None:
    found = store.find_entities(entity_id, limit=1)
    return (
        (found[0].get("name_ru") or found[0].get("name_en"))
        if found and found[0]["id"] == entity_id
        else None
    )


def store_size(url: str) -> int | None:
    """Bytes on disk of a SQLite store (with its WAL); None for a server database."""
    path = url.removeprefix("sqlite:///")
    if "://" in path or not os.path.exists(path):
        return None
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))


def status(store: Store) -> dict[str, Any]:
    url = getattr(store, "url", "") or ""
    return {"store": PASSWORD.sub(r"\1***@", url), "bytes": store_size(url), **store.stats()}
