"""`newsgraph facts NAME`: what the store knows about an entity, fact by fact, with sources."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import click

from newsgraph.cli import db_option, json_option, main
from newsgraph.errors import NewsgraphError
from newsgraph.extract.fact_table import describe, group_facts
from newsgraph.extract.facts import SIGNATURES

SENTENCE_WIDTH = 160


@main.command()
@click.argument("name")
@click.option(
    "--predicate",
    "-p",
    metavar="P",
    help=f"Only this predicate ({', '.join(SIGNATURES)}).",
)
@click.option("--limit", default=1000, show_default=True, help="Read at most this many fact statements.")
@db_option
@json_option
def facts(name: str, predicate: str | None, limit: int, db: str, as_json: bool) -> None:
    """Facts about NAME (an entity id, name or inflected form), each with the
    number of distinct articles that state it and the sentence in each.

    Example:

        newsgraph facts ASPAN --predicate product
    """
    from newsgraph.store import open_store

    if predicate and predicate not in SIGNATURES:
        raise click.BadParameter(
            f"expected one of {', '.join(SIGNATURES)}, got {predicate!r}", param_hint="--predicate"
        )
    try:
        with open_store(db) as store:
            found = store.find_entities(name, limit=5)
            if not found:
                raise click.ClickException(
                    f"no stored entity matches {name!r}; list entities with `newsgraph entities` "
                    "and give a name or id from there"
                )
            entity = found[0]
            rows = store.facts(subject=entity["id"], predicate=predicate, limit=limit)
            groups = group_facts(rows)
            names = _namer(store)
            for group in groups:
                group["text"] = describe(group, names)
    except NewsgraphError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps({"entity": entity, "facts": groups}, ensure_ascii=False, indent=2, default=str))
        return
    click.echo(_title(entity, found))
    if not groups:
        click.echo("No facts stored for it.", err=True)
    for group in groups:
        click.echo(_line(group))
        for ev in group["evidence"]:
            click.echo(_evidence(ev))


def _namer(store: Any):
    @cache
    def name_of(entity_id: str) -> str | None:
        rows = store.find_entities(entity_id, limit=1)
        if not rows:
            return None
        return rows[0].get("name_ru") or rows[0].get("name_en") or entity_id

    return name_of


def _title(entity: dict[str, Any], found: list[dict[str, Any]]) -> str:
    label = entity.get("name_ru") or entity.get("name_en") or entity["id"]
    others = len(found) - 1
    more = f"  (also matched: {', '.join(f.get('name_ru') or f['id'] for f in found[1:])})" if others else ""
    return f"{label} [{entity['type']}] {entity['id']}{more}"


def _line(group: dict[str, Any]) -> str:
    sources = f"{group['articles']} article{'s' if group['articles'] != 1 else ''}"
    return f"  {group['predicate']:<18} {group['text']}  [{sources}, confidence {group['confidence']:.2f}]"


def _evidence(ev: dict[str, Any]) -> str:
    date = str(ev.get("published") or "")[:10] or "----------"
    sentence = " ".join((ev.get("sentence") or "").split())
    if len(sentence) > SENTENCE_WIDTH:
        sentence = sentence[: SENTENCE_WIDTH - 1] + "…"
    return f"      {date} {ev['article']}:{ev['start']}-{ev['stop']}  {sentence}"
