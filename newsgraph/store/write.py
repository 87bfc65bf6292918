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
    stances,
)

ARTICLE_EXISTS = sa.select(articles.c.id).where(articles.c.id == sa.bindparam("id"))
FTS_INSERT = sa.text("INSERT INTO article_fts (article, title, body) VALUES (:article, :title, :body)")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_docs(conn: sa.Connection, docs: Sequence[Doc]) -> dict[str, list[str]]:
    added: list[str] = []
    present: list[str] = []
    stamp = now()
    linker = Linker(conn, stamp)
    for doc in docs:
        if conn.execute(ARTICLE_EXISTS, {"id": doc.id}).first():
            record_source(conn, doc, stamp)
            present.append(doc.id)
            continue
        insert_article(conn, doc, stamp)
        mapping = linker.link(doc)
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


# Built once: building a statement costs more than running it on SQLite.
FIND_BY_KEYS = (
    sa.select(
        entity_names.c.entity, entity_names.c.kind, entity_names.c.key, entities.c.type, entities.c.wikidata
    )
    .join(entities, entities.c.id == entity_names.c.entity)
    .where(entity_names.c.key.in_(sa.bindparam("keys", expanding=True)))
    .order_by(entity_names.c.entity)
)
ENTITY_EXISTS = sa.select(entities.c.id).where(entities.c.id == sa.bindparam("id"))
ENTITY_ROW = sa.select(entities).where(entities.c.id == sa.bindparam("id"))
ENTITY_KEYS = sa.select(entity_names.c.kind, entity_names.c.key).where(
    entity_names.c.entity == sa.bindparam("id")
)


class Linker:
    """Links the entities of a batch's docs, remembering what it read or wrote during the batch."""

    def __init__(self, conn: sa.Connection, stamp: str) -> None:
        self.conn = conn
        self.stamp = stamp
        self.entities: dict[str, Entity] = {}
        self.keys: dict[str, set[tuple[str, str]]] = {}

    def link(self, doc: Doc) -> dict[str, str]:
        """Map each doc-local entity id to a stored entity, creating or enriching it."""
        mapping: dict[str, str] = {}
        for entity in doc.entities:
            if entity.id in mapping:
                raise StoreError(
                    f"article {doc.id} has two entities with id {entity.id!r}; expected unique "
                    "doc-local ids (e1, e2, …): fix the entities stage"
                )
            found = self.find(entity)
            if found:
                self.enrich(found, entity)
            else:
                found = self.create(entity)
            mapping[entity.id] = found
        return mapping

    def find(self, entity: Entity) -> str | None:
        """The stored entity that `entity` is, by its strongest key that finds one."""
        keys = link.link_keys(entity)
        if not keys:
            return None
        rows = self.conn.execute(FIND_BY_KEYS, {"keys": sorted({key.key for key in keys})}).all()
        types = link.compatible_types(entity.type)
        for key in keys:
            if key.kind == "wikidata":
                found = [r.entity for r in rows if r.kind == "wikidata" and r.key == key.key]
            else:
                weak = link.is_weak(entity, key)
                kinds = ("name", "lemma", "surname") if weak else (key.kind,)
                found = list(
                    dict.fromkeys(
                        r.entity
                        for r in rows
                        if r.key == key.key
                        and r.kind in kinds
                        and r.type in types
                        and not _conflict(r.wikidata, entity.wikidata)
                    )
                )
                if weak and len(found) > 1:
                    continue
            if found:
                return found[0]
        return None

    def create(self, entity: Entity) -> str:
        base = new_id = entity_id(entity)
        suffix = 1
        while self.conn.execute(ENTITY_EXISTS, {"id": new_id}).first():
            suffix += 1
            new_id = f"{base}_{suffix}"
        ru, en = entity.name.get("ru"), entity.name.get("en")
        aliases = [a for a in dict.fromkeys(entity.aliases) if a and a not in (ru, en)]
        stored = Entity(
            id=new_id,
            type=entity.type,
            name={"ru": ru, "en": en},
            kind=entity.kind,
            wikidata=entity.wikidata,
            aliases=aliases,
            attributes=dict(entity.attributes),
        )
        self.conn.execute(
            entities.insert(),
            {**entity_values(stored), "id": new_id, "type": entity.type, "created_at": self.stamp},
        )
        self.entities[new_id] = stored
        self.keys[new_id] = set()
        self.add_keys(new_id, link.entity_keys(entity))
        return new_id

    def stored(self, entity_id: str) -> Entity:
        if entity_id not in self.entities:
            row = self.conn.execute(ENTITY_ROW, {"id": entity_id}).one()
            self.entities[entity_id] = Entity(
                id=row.id,
                type=row.type,
                name={"ru": row.name_ru, "en": row.name_en},
                kind=row.kind,
                wikidata=row.wikidata,
                aliases=list(row.aliases or []),
                attributes=dict(row.attributes or {}),
            )
        return self.entities[entity_id]

    def enrich(self, entity_id: str, new: Entity) -> None:
        """Fill what the stored entity lacks from `new`, and keep new names as aliases."""
        old = self.stored(entity_id)
        merged = merge_entities(old, new)
        if merged != old:
            self.conn.execute(
                entities.update().where(entities.c.id == entity_id).values(**entity_values(merged))
            )
            self.entities[entity_id] = merged
            self.add_keys(entity_id, link.entity_keys(merged))

    def add_keys(self, entity_id: str, keys: Sequence[link.Key]) -> None:
        if entity_id not in self.keys:
            self.keys[entity_id] = {
                (r.kind, r.key) for r in self.conn.execute(ENTITY_KEYS, {"id": entity_id})
            }
        have = self.keys[entity_id]
        rows = [
            {"entity": entity_id, "kind": k.kind, "key": k.key} for k in keys if (k.kind, k.key) not in have
        ]
        if rows:
            self.conn.execute(entity_names.insert(), rows)
            have.update((row["kind"], row["key"]) for row in rows)


def entity_values(entity: Entity) -> dict[str, Any]:
    return {
        "kind": entity.kind,
        "name_ru": entity.name.get("ru"),
        "name_en": entity.name.get("en"),
        "wikidata": entity.wikidata,
        "aliases": entity.aliases,
        "attributes": entity.attributes,
    }


def _conflict(stored: str | None, new: str | None) -> bool:
    return bool(stored and new and stored.upper() != new.upper())


def entity_id(entity: Entity) -> str:
    keys = link.link_keys(entity) or [link.Key("name", entity.id)]
    digest = hashlib.sha256(f"{entity.type}:{keys[0].kind}:{keys[0].key}".encode()).hexdigest()
    return "ent_" + digest[:12]


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


# --- spans ------------------------------------------------------------------


def insert_spans(conn: sa.Connection, doc: Doc, mapping: dict[str, str]) -> None:
    def ref(local: str | None, what: str) -> str | None:
        if local is None:
            return None
        if local in mapping:
            return mapping[local]
        if conn.execute(ENTITY_EXISTS, {"id": local}).first():
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
    if doc.stances:
        conn.execute(
            stances.insert(),
            [
                {
                    "article": doc.id,
                    "seq": i,
                    "holder": ref(s.holder, "a stance's holder"),
                    "target": ref(s.target, "a stance's target"),
                    "polarity": s.polarity,
                    "start": s.start,
                    "stop": s.stop,
                    "confidence": s.confidence,
                    "stage": s.stage,
                }
                for i, s in enumerate(doc.stances)
            ],
        )


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
