"""Writing a batch of docs: articles, their sources, linked entities, mentions, quotes, facts.

Everything here runs inside the caller's transaction; an error leaves nothing
behind because the caller rolls the whole batch back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from newsgraph.errors import StoreError
from newsgraph.model import Doc, Entity
from newsgraph.resolve import link
from newsgraph.store import fts
from newsgraph.store.schema import (
    article_sources,
    articles,
    entities,
    entity_names,
    facts,
    mentions,
    quotes,
)

FTS_INSERT = sa.text("INSERT INTO article_fts (article, title, body) VALUES (:article, :title, :body)")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_docs(conn: sa.Connection, docs: Sequence[Doc]) -> dict[str, list[str]]:
    added: list[str] = []
    present: list[str] = []
    stamp = now()
    for doc in docs:
        if conn.execute(sa.select(articles.c.id).where(articles.c.id == doc.id)).first():
            record_source(conn, doc, stamp)
            present.append(doc.id)
            continue
        insert_article(conn, doc, stamp)
        mapping = link_entities(conn, doc, stamp)
        insert_spans(conn, doc, mapping)
        added.append(doc.id)
    return {"added": added, "present": present}


def insert_article(conn: sa.Connection, doc: Doc, stamp: str) -> None:
    conn.execute(
        articles.insert().values(
            id=doc.id,
            title=doc.title,
            published=doc.published,
            lang=doc.lang,
            source=doc.source,
            url=doc.url,
            file=doc.file,
            text=doc.text,
            analysed=bool(doc.analysed),
            sentences=[[s.start, s.stop] for s in doc.sentences],
            ingested_at=stamp,
        )
    )
    conn.execute(FTS_INSERT, fts.index_row(doc))


def record_source(conn: sa.Connection, doc: Doc, stamp: str) -> None:
    """Note where an already-stored text was seen again, unless already noted."""
    where = (doc.url, doc.source, doc.file)
    if where == (None, None, None):
        return
    row = conn.execute(
        sa.select(articles.c.url, articles.c.source, articles.c.file).where(articles.c.id == doc.id)
    ).one()
    known = {tuple(row)} | {
        tuple(r)
        for r in conn.execute(
            sa.select(article_sources.c.url, article_sources.c.source, article_sources.c.file).where(
                article_sources.c.article == doc.id
            )
        )
    }
    if where not in known:
        conn.execute(
            article_sources.insert().values(
                article=doc.id, url=doc.url, source=doc.source, file=doc.file, added_at=stamp
            )
        )


# --- entities ---------------------------------------------------------------


def link_entities(conn: sa.Connection, doc: Doc, stamp: str) -> dict[str, str]:
    """Map each doc-local entity id to a stored entity, creating or enriching it."""
    mapping: dict[str, str] = {}
    for entity in doc.entities:
        if entity.id in mapping:
            raise StoreError(
                f"article {doc.id} has two entities with id {entity.id!r}; expected unique "
                "doc-local ids (e1, e2, …): fix the entities stage"
            )
        found = find_link(conn, entity)
        if found:
            enrich(conn, found, entity)
        else:
            found = create_entity(conn, entity, stamp)
        mapping[entity.id] = found
    return mapping


def find_link(conn: sa.Connection, entity: Entity) -> str | None:
    types = link.compatible_types(entity.type)
    for key in link.link_keys(entity):
        if key.kind == "wikidata":
            query = sa.select(entity_names.c.entity).where(
                entity_names.c.kind == "wikidata", entity_names.c.key == key.key
            )
            found = conn.execute(query.limit(1)).scalar()
            if found:
                return found
            continue
        weak = link.is_weak(entity, key)
        kinds = ("name", "lemma", "surname") if weak else (key.kind,)
        query = (
            sa.select(entities.c.id, entities.c.wikidata)
            .join(entity_names, entity_names.c.entity == entities.c.id)
            .where(entity_names.c.key == key.key, entity_names.c.kind.in_(kinds), entities.c.type.in_(types))
            .distinct()
            .order_by(entities.c.id)
        )
        candidates = [row.id for row in conn.execute(query) if not _conflict(row.wikidata, entity.wikidata)]
        if weak and len(candidates) > 1:
            continue
        if candidates:
            return candidates[0]
    return None


def _conflict(stored: str | None, new: str | None) -> bool:
    return bool(stored and new and stored.upper() != new.upper())


def entity_id(entity: Entity) -> str:
    keys = link.link_keys(entity) or [link.Key("name", entity.id)]
    digest = hashlib.sha256(f"{entity.type}:{keys[0].kind}:{keys[0].key}".encode()).hexdigest()
    return "ent_" + digest[:12]


def create_entity(conn: sa.Connection, entity: Entity, stamp: str) -> str:
    base = new_id = entity_id(entity)
    suffix = 1
    while conn.execute(sa.select(entities.c.id).where(entities.c.id == new_id)).first():
        suffix += 1
        new_id = f"{base}_{suffix}"
    ru, en = entity.name.get("ru"), entity.name.get("en")
    aliases = [a for a in dict.fromkeys(entity.aliases) if a and a not in (ru, en)]
    conn.execute(
        entities.insert().values(
            id=new_id,
            type=entity.type,
            kind=entity.kind,
            name_ru=ru,
            name_en=en,
            wikidata=entity.wikidata,
            aliases=aliases,
            attributes=dict(entity.attributes),
            created_at=stamp,
        )
    )
    add_keys(conn, new_id, link.entity_keys(entity))
    return new_id


def stored_entity(conn: sa.Connection, entity_id: str) -> Entity:
    row = conn.execute(sa.select(entities).where(entities.c.id == entity_id)).one()
    return Entity(
        id=row.id,
        type=row.type,
        name={"ru": row.name_ru, "en": row.name_en},
        kind=row.kind,
        wikidata=row.wikidata,
        aliases=list(row.aliases or []),
        attributes=dict(row.attributes or {}),
    )


def enrich(conn: sa.Connection, entity_id: str, new: Entity) -> None:
    """Fill what the stored entity lacks from `new`, and keep new names as aliases."""
    old = stored_entity(conn, entity_id)
    merged = merge_entities(old, new)
    if merged != old:
        conn.execute(
            entities.update()
            .where(entities.c.id == entity_id)
            .values(
                kind=merged.kind,
                name_ru=merged.name["ru"],
                name_en=merged.name["en"],
                wikidata=merged.wikidata,
                aliases=merged.aliases,
                attributes=merged.attributes,
            )
        )
    add_keys(conn, entity_id, link.entity_keys(merged))


def merge_entities(old: Entity, new: Entity) -> Entity:
    name = {lang: old.name.get(lang) or new.name.get(lang) for lang in ("ru", "en")}
    seen = {link.normalise(n) for n in name.values() if n}
    aliases = []
    for alias in [*old.aliases, *link.names(new)]:
        key = link.normalise(alias)
        if key and key not in seen:
            seen.add(key)
            aliases.append(alias)
    attributes = dict(old.attributes)
    for key, value in new.attributes.items():
        if key not in attributes:
            attributes[key] = value
        elif isinstance(attributes[key], list) and isinstance(value, list):
            attributes[key] = attributes[key] + [v for v in value if v not in attributes[key]]
    return Entity(
        id=old.id,
        type=old.type,
        name=name,
        kind=old.kind or new.kind,
        wikidata=old.wikidata or new.wikidata,
        aliases=aliases,
        attributes=attributes,
    )


def add_keys(conn: sa.Connection, entity_id: str, keys: Sequence[link.Key]) -> None:
    have = {
        (row.kind, row.key)
        for row in conn.execute(
            sa.select(entity_names.c.kind, entity_names.c.key).where(entity_names.c.entity == entity_id)
        )
    }
    rows = [{"entity": entity_id, "kind": k.kind, "key": k.key} for k in keys if (k.kind, k.key) not in have]
    if rows:
        conn.execute(entity_names.insert(), rows)


# --- spans ------------------------------------------------------------------


def insert_spans(conn: sa.Connection, doc: Doc, mapping: dict[str, str]) -> None:
    def ref(local: str | None, what: str) -> str | None:
        if local is None:
            return None
        if local in mapping:
            return mapping[local]
        if conn.execute(sa.select(entities.c.id).where(entities.c.id == local)).first():
            mapping[local] = local
            return local
        raise StoreError(
            f"article {doc.id}: {what} refers to entity {local!r}, which is neither in the doc's "
            "entities nor stored; expected every mention, quote and fact to name an entity of the doc"
        )

    if doc.mentions:
        conn.execute(
            mentions.insert(),
            [
                {
                    "article": doc.id,
                    "seq": i,
                    "start": m.start,
                    "stop": m.stop,
                    "text": m.text,
                    "type": m.type,
                    "entity": ref(m.entity, f"mention {m.text!r}"),
                    "stage": m.stage,
                }
                for i, m in enumerate(doc.mentions)
            ],
        )
    if doc.quotes:
        conn.execute(quotes.insert(), [quote_row(doc, i, q, ref) for i, q in enumerate(doc.quotes)])
    if doc.facts:
        conn.execute(facts.insert(), [fact_row(doc, i, f, ref) for i, f in enumerate(doc.facts)])


def quote_row(doc: Doc, seq: int, q: Any, ref: Any) -> dict[str, Any]:
    outlet_entity = ref(q.outlet, "a quote's outlet") if q.outlet and doc.entity(q.outlet) else None
    return {
        "article": doc.id,
        "seq": seq,
        "start": q.start,
        "stop": q.stop,
        "kind": q.kind,
        "cue": q.cue,
        "cue_start": q.cue_start,
        "cue_stop": q.cue_stop,
        "speaker": ref(q.speaker, "a quote's speaker"),
        "speaker_start": q.speaker_start,
        "speaker_stop": q.speaker_stop,
        "speaker_text": q.speaker_text,
        "outlet": outlet_entity or q.outlet,
        "outlet_entity": outlet_entity,
        "confidence": q.confidence,
        "reason": q.reason,
        "stage": q.stage,
    }


def fact_row(doc: Doc, seq: int, f: Any, ref: Any) -> dict[str, Any]:
    obj = dict(f.object)
    if "entity" in obj:
        obj["entity"] = ref(obj["entity"], f"the object of fact {f.predicate!r}")
    if obj.get("org"):
        obj["org"] = ref(obj["org"], f"the org of fact {f.predicate!r}")
    return {
        "article": doc.id,
        "seq": seq,
        "subject": ref(f.subject, f"the subject of fact {f.predicate!r}"),
        "predicate": f.predicate,
        "object": obj,
        "object_key": object_key(obj),
        "object_entity": obj.get("entity"),
        "start": f.start,
        "stop": f.stop,
        "qualifier": f.qualifier,
        "modality": f.modality,
        "confidence": f.confidence,
        "stage": f.stage,
    }


def object_key(obj: dict[str, Any]) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False)
