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

ARTICLES_EXISTING = sa.select(articles.c.id).where(articles.c.id.in_(sa.bindparam("ids", expanding=True)))
FTS_INSERT = sa.text("INSERT INTO article_fts (article, title, body) VALUES (:article, :title, :body)")
CHUNK = 500  # values per IN list


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(values: list[Any]) -> Any:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


class Rows:
    """A batch's rows waiting to be inserted, one executemany per table."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.tables: dict[str, list[dict[str, Any]]] = {
            "articles": [],
            "fts": [],
            "mentions": [],
            "quotes": [],
            "facts": [],
            "stances": [],
        }

    def flush(self, conn: sa.Connection, linker: Linker) -> None:
        """Entities first, then articles, then what points at both (foreign keys)."""
        linker.flush()
        for name, statement in (
            ("articles", articles.insert()),
            ("fts", FTS_INSERT),
            ("mentions", mentions.insert()),
            ("quotes", quotes.insert()),
            ("facts", facts.insert()),
            ("stances", stances.insert()),
        ):
            if self.tables[name]:
                conn.execute(statement, self.tables[name])
                self.tables[name] = []


def add_docs(conn: sa.Connection, docs: Sequence[Doc]) -> dict[str, list[str]]:
    added: list[str] = []
    present: list[str] = []
    stamp = now()
    linker = Linker(conn, stamp)
    stored: set[str] = set()
    for chunk in _chunks(list(dict.fromkeys(doc.id for doc in docs))):
        stored.update(conn.execute(ARTICLES_EXISTING, {"ids": chunk}).scalars())
    linker.prefetch([entity for doc in docs if doc.id not in stored for entity in doc.entities])
    rows = Rows()
    for doc in docs:
        if doc.id in stored or doc.id in rows.ids:
            if doc.id in rows.ids:
                rows.flush(conn, linker)  # the article must be stored to note where else it was seen
            record_source(conn, doc, stamp)
            present.append(doc.id)
            continue
        rows.ids.add(doc.id)
        rows.tables["articles"].append(article_row(doc, stamp))
        rows.tables["fts"].append(fts.index_row(doc))
        mapping = linker.link(doc)
        span_rows(doc, mapping, linker, rows.tables)
        added.append(doc.id)
    rows.flush(conn, linker)
    return {"added": added, "present": present}


def article_row(doc: Doc, stamp: str) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "published": doc.published,
        "lang": doc.lang,
        "source": doc.source,
        "url": doc.url,
        "file": doc.file,
        "text": doc.text,
        "analysed": bool(doc.analysed),
        "sentences": [[s.start, s.stop] for s in doc.sentences],
        "ingested_at": stamp,
    }


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
    sa.select(entity_names.c.kind.label("key_kind"), entity_names.c.key.label("name_key"), entities)
    .join(entities, entities.c.id == entity_names.c.entity)
    .where(entity_names.c.key.in_(sa.bindparam("keys", expanding=True)))
)
ENTITIES_EXISTING = sa.select(entities.c.id).where(entities.c.id.in_(sa.bindparam("ids", expanding=True)))
ENTITY_EXISTS = sa.select(entities.c.id).where(entities.c.id == sa.bindparam("id"))
ENTITY_ROW = sa.select(entities).where(entities.c.id == sa.bindparam("id"))
ENTITY_KEYS = sa.select(entity_names.c.kind, entity_names.c.key).where(
    entity_names.c.entity == sa.bindparam("id")
)
ENTITY_COLUMNS = ("kind", "name_ru", "name_en", "wikidata", "aliases", "attributes")
ENTITY_UPDATE = (
    entities.update()
    .where(entities.c.id == sa.bindparam("entity_id"))
    .values({column: sa.bindparam(column) for column in ENTITY_COLUMNS})
)


class Linker:
    """Links the entities of a batch's docs, remembering what it read or wrote during the batch.

    `prefetch` reads, in one query, every stored entity that one of the batch's
    keys could find; from then on the batch's own new entities, keys and
    changes are kept here and written by `flush` (one executemany per table),
    so that lookups see the store as it would be had every write gone through
    at once.
    """

    def __init__(self, conn: sa.Connection, stamp: str) -> None:
        self.conn = conn
        self.stamp = stamp
        self.entities: dict[str, Entity] = {}
        self.keys: dict[str, set[tuple[str, str]]] = {}
        self.index: dict[str, list[tuple[str, str]]] = {}  # key -> (entity, kind), prefetched or added
        self.rows: dict[str, sa.Row] = {}  # stored entities as prefetched
        self.indexed: set[str] = set()  # keys whose stored entities `index` holds
        self.known: set[str] = set()  # entity ids that exist (stored or created in the batch)
        self.checked: set[str] = set()  # entity ids known not to exist unless in `known`
        self.new: dict[str, dict[str, Any]] = {}  # entities to insert
        self.changed: set[str] = set()  # stored entities to update
        self.names: list[dict[str, Any]] = []  # entity_names rows to insert
        self._link_keys: dict[int, tuple[Entity, list[link.Key]]] = {}

    def prefetch(self, batch: Sequence[Entity]) -> None:
        keys = sorted({key.key for entity in batch for key in self.link_keys(entity)} - self.indexed)
        for chunk in _chunks(keys):
            for row in self.conn.execute(FIND_BY_KEYS, {"keys": chunk}):
                self.index.setdefault(row.name_key, []).append((row.id, row.key_kind))
                self.rows[row.id] = row
                self.known.add(row.id)
        self.indexed.update(keys)
        ids = sorted(
            {entity_id(entity, self.link_keys(entity)) for entity in batch} - self.known - self.checked
        )
        for chunk in _chunks(ids):
            self.known.update(self.conn.execute(ENTITIES_EXISTING, {"ids": chunk}).scalars())
        self.checked.update(ids)

    def link_keys(self, entity: Entity) -> list[link.Key]:
        """`link.link_keys`, once per doc entity of the batch."""
        found = self._link_keys.get(id(entity))
        if found is None or found[0] is not entity:
            found = self._link_keys[id(entity)] = (entity, link.link_keys(entity))
        return found[1]

    def exists(self, entity_id: str) -> bool:
        if entity_id in self.known:
            return True
        if entity_id in self.checked:
            return False
        return self.conn.execute(ENTITY_EXISTS, {"id": entity_id}).first() is not None

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

    def _candidates(self, keys: list[str]) -> list[tuple[str, str, str, str, str | None]]:
        """(entity, kind, key, type, wikidata) of the entities having one of the keys, by entity id."""
        missing = [key for key in keys if key not in self.indexed]
        if missing:
            self.prefetch_keys(missing)
        found = []
        for key in keys:
            for entity, kind in self.index.get(key, ()):
                current = self.entities.get(entity)
                if current is not None:
                    found.append((entity, kind, key, current.type, current.wikidata))
                else:
                    row = self.rows[entity]
                    found.append((entity, kind, key, row.type, row.wikidata))
        found.sort(key=lambda r: r[0])
        return found

    def prefetch_keys(self, keys: list[str]) -> None:
        for chunk in _chunks(sorted(set(keys))):
            for row in self.conn.execute(FIND_BY_KEYS, {"keys": chunk}):
                if (row.id, row.key_kind) not in self.index.get(row.name_key, ()):
                    self.index.setdefault(row.name_key, []).append((row.id, row.key_kind))
                self.rows.setdefault(row.id, row)
                self.known.add(row.id)
        self.indexed.update(keys)

    def find(self, entity: Entity) -> str | None:
        """The stored entity that `entity` is, by its strongest key that finds one."""
        keys = self.link_keys(entity)
        if not keys:
            return None
        rows = self._candidates(sorted({key.key for key in keys}))
        types = link.compatible_types(entity.type)
        for key in keys:
            if key.kind == "wikidata":
                found = [e for e, kind, k, _, _ in rows if kind == "wikidata" and k == key.key]
            else:
                weak = link.is_weak(entity, key)
                kinds = ("name", "lemma", "surname") if weak else (key.kind,)
                found = list(
                    dict.fromkeys(
                        e
                        for e, kind, k, type_, wikidata in rows
                        if k == key.key
                        and kind in kinds
                        and type_ in types
                        and not _conflict(wikidata, entity.wikidata)
                    )
                )
                if weak and len(found) > 1:
                    continue
            if found:
                return found[0]
        return None

    def create(self, entity: Entity) -> str:
        base = new_id = entity_id(entity, self.link_keys(entity))
        suffix = 1
        while self.exists(new_id):
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
        self.new[new_id] = {
            **entity_values(stored),
            "id": new_id,
            "type": entity.type,
            "created_at": self.stamp,
        }
        self.known.add(new_id)
        self.entities[new_id] = stored
        self.keys[new_id] = set()
        self.add_keys(new_id, link.entity_keys(entity))
        return new_id

    def stored(self, entity_id: str) -> Entity:
        if entity_id not in self.entities:
            row = self.rows.get(entity_id) or self.conn.execute(ENTITY_ROW, {"id": entity_id}).one()
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
            if entity_id in self.new:
                self.new[entity_id].update(entity_values(merged))
            else:
                self.changed.add(entity_id)
            self.entities[entity_id] = merged
            self.add_keys(entity_id, link.entity_keys(merged))

    def add_keys(self, entity_id: str, keys: Sequence[link.Key]) -> None:
        if entity_id not in self.keys:
            self.keys[entity_id] = {
                (r.kind, r.key) for r in self.conn.execute(ENTITY_KEYS, {"id": entity_id})
            }
        have = self.keys[entity_id]
        for k in keys:
            if (k.kind, k.key) not in have:
                have.add((k.kind, k.key))
                self.names.append({"entity": entity_id, "kind": k.kind, "key": k.key})
                self.index.setdefault(k.key, []).append((entity_id, k.kind))

    def flush(self) -> None:
        """Write the batch's new entities, changes and keys."""
        if self.new:
            self.conn.execute(entities.insert(), list(self.new.values()))
            self.new = {}
        if self.changed:
            self.conn.execute(
                ENTITY_UPDATE,
                [{"entity_id": e, **entity_values(self.entities[e])} for e in sorted(self.changed)],
            )
            self.changed = set()
        if self.names:
            self.conn.execute(entity_names.insert(), self.names)
            self.names = []


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


def entity_id(entity: Entity, keys: Sequence[link.Key] | None = None) -> str:
    """The new entity's id: a hash of its strongest key (`keys`: its `link.link_keys`, if known)."""
    keys = (link.link_keys(entity) if keys is None else keys) or [link.Key("name", entity.id)]
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


def span_rows(doc: Doc, mapping: dict[str, str], linker: Linker, tables: dict[str, list]) -> None:
    """The doc's mentions, quotes, facts and stances as rows, their entities as stored ids."""

    def ref(local: str | None, what: str) -> str | None:
        if local is None:
            return None
        if local in mapping:
            return mapping[local]
        if linker.exists(local):
            mapping[local] = local
            return local
        raise StoreError(
            f"article {doc.id}: {what} refers to entity {local!r}, which is neither in the doc's "
            "entities nor stored; expected every mention, quote and fact to name an entity of the doc"
        )

    tables["mentions"] += [
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
    ]
    tables["quotes"] += [quote_row(doc, i, q, ref) for i, q in enumerate(doc.quotes)]
    tables["facts"] += [fact_row(doc, i, f, ref) for i, f in enumerate(doc.facts)]
    tables["stances"] += [
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
    ]


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
