"""Cross-document entities: recorded, reversible merges and splits.

The store links entities within a script (names, lemmas, surnames). This
module adds what crosses scripts and corrections by analysts:

- `merge(conn, kept, merged)` moves every mention, quote and fact of
  `merged` onto `kept` and records, in the store's ``merges`` table, exactly
  which rows moved and the merged entity as it was;
- `split(conn, entity)` undoes the merges into `entity` (all of them, or
  those of the given merged ids), newest first, restoring the rows;
- `translit_candidates(conn, entity)` finds stored entities of the same type
  whose name has the same transliteration key (Лавров / Lavrov);
- `auto_merge(conn, entities)`, run by `stories.update`, merges an entity
  whose canonical name is another's in the other script (a recorded merge,
  undone by `split` like any other).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from newsgraph.errors import StoreError
from newsgraph.resolve.translit import CYRILLIC, phrase_key

# Single-word keys shorter than this are too ambiguous to merge on ("Ли").
MIN_KEY_CHARS = 4


def _tables():
    from newsgraph.store import schema

    return schema


def _row(conn: sa.Connection, entity_id: str) -> dict[str, Any]:
    s = _tables()
    row = conn.execute(sa.select(s.entities).where(s.entities.c.id == entity_id)).first()
    if row is None:
        raise StoreError(
            f"no entity {entity_id!r} in the store; expected a stored entity id "
            "(see `newsgraph entities` or `newsgraph show NAME --json`)"
        )
    return dict(row._mapping)


def _ids(conn: sa.Connection, column: sa.Column, value: str) -> list[int]:
    return [
        r[0]
        for r in conn.execute(sa.select(column.table.c.id).where(column == value).order_by(column.table.c.id))
    ]


def merge(conn: sa.Connection, kept: str, merged: str, reason: str = "manual") -> int:
    """Merge entity `merged` into `kept`; returns the merge record's id."""
    from newsgraph.store.write import object_key

    s = _tables()
    if kept == merged:
        raise StoreError(f"cannot merge entity {kept!r} into itself; give two different entity ids")
    kept_row, merged_row = _row(conn, kept), _row(conn, merged)
    names = [
        dict(r._mapping)
        for r in conn.execute(sa.select(s.entity_names).where(s.entity_names.c.entity == merged))
    ]
    kept_names = {
        (r.key, r.kind)
        for r in conn.execute(sa.select(s.entity_names).where(s.entity_names.c.entity == kept))
    }
    moved = {
        "mentions": _ids(conn, s.mentions.c.entity, merged),
        "facts_subject": _ids(conn, s.facts.c.subject, merged),
        "facts_object": _ids(conn, s.facts.c.object_entity, merged),
        "quotes_speaker": _ids(conn, s.quotes.c.speaker, merged),
        "quotes_outlet": _ids(conn, s.quotes.c.outlet_entity, merged),
        "stances_holder": _ids(conn, s.stances.c.holder, merged),
        "stances_target": _ids(conn, s.stances.c.target, merged),
    }
    added_names = [n for n in names if (n["key"], n["kind"]) not in kept_names]
    aliases = list(kept_row["aliases"] or [])
    new_aliases = [
        a for a in [merged_row["name_ru"], merged_row["name_en"], *(merged_row["aliases"] or [])]
        if a and a not in aliases and a not in (kept_row["name_ru"], kept_row["name_en"])
    ]  # fmt: skip
    _repoint(conn, moved, merged, kept, object_key)
    if added_names:
        conn.execute(s.entity_names.insert(), [{**n, "entity": kept} for n in added_names])
    conn.execute(
        s.entities.update()
        .where(s.entities.c.id == kept)
        .values(
            aliases=aliases + list(dict.fromkeys(new_aliases)),
            name_ru=kept_row["name_ru"] or merged_row["name_ru"],
            name_en=kept_row["name_en"] or merged_row["name_en"],
            wikidata=kept_row["wikidata"] or merged_row["wikidata"],
        )
    )
    conn.execute(s.entity_names.delete().where(s.entity_names.c.entity == merged))
    conn.execute(s.entities.delete().where(s.entities.c.id == merged))
    data = {
        "entity": merged_row,
        "names": names,
        "kept_before": kept_row,
        "names_added": added_names,
        **moved,
    }
    result = conn.execute(
        s.merges.insert().values(kept=kept, merged=merged, reason=reason, data=data, created_at=_now())
    )
    _refresh_conflicts(conn, [kept])
    return int(result.inserted_primary_key[0])


def _repoint(conn: sa.Connection, moved: dict[str, list[int]], old: str, new: str, object_key) -> None:
    s = _tables()
    for table, column, ids in (
        (s.mentions, "entity", moved["mentions"]),
        (s.facts, "subject", moved["facts_subject"]),
        (s.quotes, "speaker", moved["quotes_speaker"]),
        (s.quotes, "outlet_entity", moved["quotes_outlet"]),
        (s.stances, "holder", moved.get("stances_holder", [])),  # merges recorded before stances lack these
        (s.stances, "target", moved.get("stances_target", [])),
    ):
        if ids:
            conn.execute(table.update().where(table.c.id.in_(ids)).values({column: new}))
    for row in conn.execute(
        sa.select(s.facts.c.id, s.facts.c.object).where(s.facts.c.id.in_(moved["facts_object"]))
    ).all():
        obj = {**dict(row.object), "entity": new}
        conn.execute(
            s.facts.update()
            .where(s.facts.c.id == row.id)
            .values(object=obj, object_key=object_key(obj), object_entity=new)
        )


def split(conn: sa.Connection, entity: str, merged: list[str] | None = None) -> list[dict[str, Any]]:
    """Undo the merges into `entity` (only those of `merged` when given), newest first."""
    from newsgraph.store.write import object_key

    s = _tables()
    query = sa.select(s.merges).where(s.merges.c.kept == entity, s.merges.c.undone_at.is_(None))
    if merged:
        query = query.where(s.merges.c.merged.in_(merged))
    records = list(conn.execute(query.order_by(s.merges.c.id.desc())))
    if not records:
        raise StoreError(
            f"entity {entity!r} has no merge to undo{' with ' + ', '.join(merged) if merged else ''}; "
            "`newsgraph split` reverses a recorded merge: give the kept entity's id"
        )
    undone = []
    for record in records:
        data = dict(record.data)
        conn.execute(s.entities.insert().values(data["entity"]))
        if data["names"]:
            conn.execute(s.entity_names.insert(), data["names"])
        added = data["names_added"]
        for name in added:
            conn.execute(
                s.entity_names.delete().where(
                    s.entity_names.c.entity == entity,
                    s.entity_names.c.key == name["key"],
                    s.entity_names.c.kind == name["kind"],
                )
            )
        before = data["kept_before"]
        conn.execute(
            s.entities.update()
            .where(s.entities.c.id == entity)
            .values({k: before[k] for k in ("aliases", "name_ru", "name_en", "wikidata")})
        )
        _repoint(conn, data, entity, record.merged, object_key)
        conn.execute(s.merges.update().where(s.merges.c.id == record.id).values(undone_at=_now()))
        undone.append({"merge": record.id, "kept": entity, "restored": record.merged})
    _refresh_conflicts(conn, [entity, *[u["restored"] for u in undone]])
    return undone


def merge_log(conn: sa.Connection, entity: str | None = None) -> list[dict[str, Any]]:
    s = _tables()
    query = sa.select(s.merges.c.id, s.merges.c.kept, s.merges.c.merged, s.merges.c.reason,
                      s.merges.c.created_at, s.merges.c.undone_at)  # fmt: skip
    if entity:
        query = query.where(sa.or_(s.merges.c.kept == entity, s.merges.c.merged == entity))
    return [dict(r._mapping) for r in conn.execute(query.order_by(s.merges.c.id))]


def name_keys(row: dict[str, Any]) -> set[str]:
    """Transliteration keys of an entity's names, long enough to be evidence."""
    names = [row.get("name_ru"), row.get("name_en"), *(row.get("aliases") or [])]
    keys = {phrase_key(n) for n in names if n}
    return {k for k in keys if len(k.replace(" ", "")) >= MIN_KEY_CHARS}


def translit_candidates(conn: sa.Connection, entity_id: str) -> list[str]:
    """Stored entities of the same type whose names share a transliteration key,
    oldest first: Lavrov for Лавров, Tokayev for Токаев."""
    s = _tables()
    row = _row(conn, entity_id)
    keys = name_keys(row)
    if not keys:
        return []
    found = []
    query = sa.select(s.entities).where(s.entities.c.type == row["type"], s.entities.c.id != entity_id)
    if row["wikidata"]:
        query = query.where(sa.or_(s.entities.c.wikidata.is_(None), s.entities.c.wikidata == row["wikidata"]))
    for other in conn.execute(query.order_by(s.entities.c.created_at, s.entities.c.id)):
        if name_keys(dict(other._mapping)) & keys:
            found.append(other.id)
    return found


TRANSLIT_KIND = "translit"
AUTO_TYPES = ("person", "organization", "facility", "project", "group")


def auto_merge(conn: sa.Connection, entity_ids: list[str]) -> list[int]:
    """Merge each of these entities with an older one of the same type whose
    canonical name is the same name in the other script (Lavrov / Лавров);
    returns the merge ids. Each merge is recorded and `split` undoes it.

    Keys go to the store's ``entity_names`` table under the kind
    ``translit``, so the lookup is an indexed one.

    The entities are taken in id order, each seeing the keys stored by those
    before it. Their rows, stored keys and partners are read with a few
    queries for all of them; a merge changes what the later ones would see,
    so after one the rest are read again.
    """
    done: list[int] = []
    ids = sorted(set(entity_ids))
    while ids:
        merged = _auto_merge_pass(conn, ids, done)
        if merged is None:
            break
        ids = ids[merged + 1 :]  # the rest sees the store as the merge left it
    return done


def _auto_merge_pass(conn: sa.Connection, ids: list[str], done: list[int]) -> int | None:
    """`auto_merge` over `ids` until a merge (appended to `done`): the merged entity's
    position in `ids`, or None when all were seen without one."""
    s = _tables()
    rows: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        rows.update(
            (r.id, dict(r._mapping))
            for r in conn.execute(sa.select(s.entities).where(s.entities.c.id.in_(chunk)))
        )
    keyed = {}
    for entity_id in ids:
        row = rows.get(entity_id)
        if row is not None and row["type"] in AUTO_TYPES and (keys := _script_keys(row)):
            keyed[entity_id] = keys
    have: dict[str, set[str]] = {e: set() for e in keyed}
    for chunk in _chunks(list(keyed)):
        query = sa.select(s.entity_names.c.entity, s.entity_names.c.key).where(
            s.entity_names.c.entity.in_(chunk), s.entity_names.c.kind == TRANSLIT_KIND
        )
        for r in conn.execute(query):
            have[r.entity].add(r.key)
    # entity -> its keys to store; only those with new keys look for partners
    new = {e: [k for k in sorted(keys) if k not in have[e]] for e, keys in keyed.items()}
    active = [e for e in keyed if new[e]]
    position = {e: i for i, e in enumerate(active)}
    stored_by = {(e, k): position[e] for e in active for k in new[e]}  # keys stored in this call
    partners: list[dict[str, Any]] = []
    wanted = sorted({k for e in active for k in keyed[e]})
    for chunk in _chunks(wanted):
        query = (
            sa.select(s.entities, s.entity_names.c.key)
            .join(s.entity_names, s.entity_names.c.entity == s.entities.c.id)
            .where(s.entity_names.c.kind == TRANSLIT_KIND, s.entity_names.c.key.in_(chunk))
        )
        partners += [dict(r._mapping) for r in conn.execute(query)]
    # the batch's own new keys, as stored one entity after the other
    partners += [{**rows[e], "key": k} for e in active for k in new[e]]
    by_key: dict[str, list[dict[str, Any]]] = {}
    for p in partners:
        by_key.setdefault(p["key"], []).append(p)
    for i, entity_id in enumerate(active):
        row, keys = rows[entity_id], keyed[entity_id]
        found = None
        candidates = sorted(
            (p for k in keys for p in by_key.get(k, ())
             if p["id"] != entity_id and p["type"] == row["type"] and stored_by.get((p["id"], p["key"]), -1) < i),
            key=lambda p: (p["created_at"], p["id"]),
        )  # fmt: skip
        for other in candidates:
            if other["wikidata"] and row["wikidata"] and other["wikidata"] != row["wikidata"]:
                continue
            scripts = keys[other["key"]] | _script_keys(other).get(other["key"], set())
            if scripts == {"cyrl", "latn"}:
                found = other
                break
        if found is None:
            continue
        _insert_keys(conn, [(e, k) for e in active[: i + 1] for k in new[e]])
        done.append(merge(conn, found["id"], entity_id, f"translit: {found['key']}"))
        return ids.index(entity_id)
    _insert_keys(conn, [(e, k) for e in active for k in new[e]])
    return None


def _insert_keys(conn: sa.Connection, pairs: list[tuple[str, str]]) -> None:
    if pairs:
        rows = [{"entity": e, "key": k, "kind": TRANSLIT_KIND} for e, k in pairs]
        conn.execute(_tables().entity_names.insert(), rows)


def _chunks(ids: list[str], size: int = 500) -> Any:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _script_keys(row: dict[str, Any]) -> dict[str, set[str]]:
    """Transliteration key → scripts ("cyrl", "latn") of the entity's canonical names."""
    keys: dict[str, set[str]] = {}
    for name in (row.get("name_ru"), row.get("name_en")):
        if not name:
            continue
        key = phrase_key(name)
        if len(key.replace(" ", "")) >= MIN_KEY_CHARS:
            keys.setdefault(key, set()).add("cyrl" if CYRILLIC.search(name) else "latn")
    return keys


def _refresh_conflicts(conn: sa.Connection, subjects: list[str]) -> None:
    from newsgraph.resolve.corroborate import refresh_subjects

    refresh_subjects(conn, subjects)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
