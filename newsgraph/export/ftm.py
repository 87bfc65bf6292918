"""FollowTheMoney (FtM) entities: what Aleph and OpenSanctions users import.

Each stored article becomes an `Article`, each entity a `Person`,
`Organization` (a `Company` or `PublicBody` by kind), `Territory` (countries
and places) or `Project` (projects and facilities), each mention a `Mention`
of its article resolved to the entity, and each fact between two entities a
link (`Membership`, `ProjectParticipant`, or `UnknownLink` with the predicate
as its role). Facts with values become `Note`s on their subject, quoting the
sentence they came from.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy

from newsgraph.store.base import Store

PAGE = 500
SCHEMA_BY_TYPE = {
    "person": "Person",
    "organization": "Organization",
    "country": "Territory",
    "location": "Territory",
    "project": "Project",
    "facility": "Project",
    "group": "Organization",
}
SCHEMA_BY_KIND = {"company": "Company", "government": "PublicBody", "media": "Company"}


def _proxy(schema: str, *key: str) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.make_id("newsgraph", schema, *key)
    return proxy


def entity_proxy(row: dict[str, Any], aliases: list[str] | None = None) -> EntityProxy:
    schema = SCHEMA_BY_KIND.get(row.get("kind") or "", SCHEMA_BY_TYPE.get(row["type"], "Organization"))
    proxy = model.make_entity(schema)
    proxy.id = f"ng-{row['id']}"
    names = [n for n in (row.get("name_ru"), row.get("name_en")) if n]
    proxy.add("name", names or [row["id"]])
    proxy.add("alias", aliases or [])
    if row.get("wikidata"):
        proxy.add("wikidataId", row["wikidata"])
    return proxy


def article_proxy(row: dict[str, Any], text: str) -> EntityProxy:
    proxy = model.make_entity("Article")
    proxy.id = f"ng-article-{row['id']}"
    proxy.add("title", row.get("title") or row["id"])
    proxy.add("bodyText", text)
    proxy.add("publishedAt", row.get("published"))
    proxy.add("language", row.get("lang"))
    proxy.add("sourceUrl", row.get("url"))
    proxy.add("publisher", row.get("source"))
    proxy.add("contentHash", row["id"])
    return proxy


def fact_proxy(fact: dict[str, Any]) -> EntityProxy | None:
    subject = f"ng-{fact['subject']}"
    if fact.get("object_entity"):
        target = f"ng-{fact['object_entity']}"
        if fact["predicate"] == "member_of":
            link = _proxy("Membership", subject, target)
            link.add("member", subject)
            link.add("organization", target)
        elif fact["predicate"] == "operator":
            link = _proxy("ProjectParticipant", subject, target)
            link.add("project", subject)
            link.add("participant", target)
            link.add("role", "operator")
        else:
            link = _proxy("UnknownLink", subject, fact["predicate"], target)
            link.add("subject", subject)
            link.add("object", target)
            link.add("role", fact["predicate"])
        link.add("sourceUrl", None)
        link.add("description", fact.get("evidence"))
        return link
    note = _proxy("Note", subject, fact["predicate"], str(fact["id"]))
    note.add("entity", subject)
    note.add("name", f"{fact['predicate']}: {json.dumps(fact['object'], ensure_ascii=False)}")
    note.add("description", fact.get("evidence"))
    return note


def _pages(fetch) -> Iterator[dict[str, Any]]:
    offset = 0
    while rows := fetch(limit=PAGE, offset=offset):
        yield from rows
        offset += len(rows)


def export(store: Store) -> Iterator[EntityProxy]:
    """Every article, entity, mention and fact of the store as FtM proxies."""
    for row in _pages(store.entities):
        dossier = store.dossier(row["id"], limit=1) or {}
        yield entity_proxy(row, dossier.get("aliases") or [])
    for row in _pages(store.articles):
        doc = store.article(row["id"])
        if doc is None:
            continue
        yield article_proxy(row, doc.text)
        for mention in doc.mentions:
            proxy = _proxy("Mention", doc.id, str(mention.start), str(mention.stop))
            proxy.add("document", f"ng-article-{doc.id}")
            proxy.add("resolved", f"ng-{mention.entity}")
            proxy.add("name", mention.text)
            proxy.add("detectedSchema", SCHEMA_BY_TYPE.get(mention.type, "LegalEntity"))
            yield proxy
    for fact in _pages(store.facts):
        proxy = fact_proxy(fact)
        if proxy is not None:
            yield proxy
