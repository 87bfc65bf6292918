"""`newsgraph quotes`: who said what, from the store."""

from __future__ import annotations

import json
from typing import Any

import click

from newsgraph.cli import db_option, json_option, main
from newsgraph.errors import NewsgraphError


@main.command()
@click.option("--speaker", metavar="NAME", help="Quotes by this entity (id, name or inflected form).")
@click.option("--about", metavar="NAME", help="Quotes that mention this entity.")
@click.option("--since", metavar="DATE", help="Only articles published on or after DATE (YYYY-MM-DD).")
@click.option("--limit", default=50, show_default=True, help="At most this many quotes.")
@db_option
@json_option
def quotes(
    speaker: str | None, about: str | None, since: str | None, limit: int, db: str, as_json: bool
) -> None:
    """Quotes and reported speech, with who said them and where.

    Example:

        newsgraph quotes --speaker Родионов --about ОДКБ --since 2025-12-01
    """
    from newsgraph.store import open_store

    try:
        with open_store(db) as store:
            speaker_id = _entity(store, speaker, "--speaker")
            about_id = _entity(store, about, "--about")
            rows = store.quotes(speaker=speaker_id, about=about_id, since=since, limit=limit)
    except NewsgraphError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if not rows:
        click.echo("No quotes found.", err=True)
    for row in rows:
        click.echo(_line(row))


def _entity(store: Any, name: str | None, option: str) -> str | None:
    if not name:
        return None
    found = store.find_entities(name, limit=1)
    if not found:
        raise click.ClickException(
            f"{option}: no stored entity matches {name!r}; list entities with `newsgraph entities` "
            "and give a name or id from there"
        )
    return found[0]["id"]


def _line(row: dict[str, Any]) -> str:
    who = row.get("speaker_name") or row.get("speaker_text") or "(unnamed)"
    date = str(row.get("published") or "")[:10] or "----------"
    cue = f" {row['cue']}" if row.get("cue") else ""
    text = row.get("text") or ""
    body = f"«{text}»" if row.get("kind") == "direct" else text
    where = f"  [{row['article']}:{row['start']}-{row['stop']}]"
    note = f"  ({row['reason']})" if row.get("reason") else ""
    return f"{date}  {who}{cue} [{row.get('kind')}]: {body}{where}{note}"
