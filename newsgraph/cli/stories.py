"""`newsgraph stories`, `story`, `conflicts`, `merge`, `split`: stories across outlets."""

from __future__ import annotations

import json
from typing import Any

import click

from newsgraph.cli import db_option, json_option, main
from newsgraph.errors import NewsgraphError


def _open(db: str):
    from newsgraph.store import open_store

    try:
        return open_store(db)
    except NewsgraphError as exc:
        raise click.ClickException(str(exc)) from None


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _about(store, name: str | None) -> list[str] | None:
    if name is None:
        return None
    return [e["id"] for e in store.find_entities(name)] + [name]


def _span(row: dict) -> str:
    first, last = row.get("first_date") or "?", row.get("last_date") or "?"
    return first if first == last else f"{first} – {last}"


@main.command("stories")
@click.option("--about", "about", metavar="NAME", help="Only stories about this entity (name or id).")
@click.option(
    "--since", metavar="DATE", help="Only stories with an article on or after this date (YYYY-MM-DD)."
)
@click.option("--limit", default=50, show_default=True, help="At most this many stories.")
@db_option
@json_option
def stories_command(about: str | None, since: str | None, limit: int, db: str, as_json: bool) -> None:
    """List stories, newest first: title, time span, articles and independent sources.

    Example:

        newsgraph stories --about ASPAN --since 2025-12-01
    """
    from newsgraph.resolve.stories import list_stories

    with _open(db) as store, store.engine.connect() as conn:
        rows = list_stories(conn, about=_about(store, about), since=since, limit=limit)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("No stories." + ("" if about is None else f" Nothing about {about!r}."))
        return
    for row in rows:
        click.echo(
            f"{row['id']}  {_span(row)}  {row['articles']} articles, {row['groups']} sources  {row['title']}"
        )


@main.command("story")
@click.argument("story_id")
@db_option
@json_option
def story_command(story_id: str, db: str, as_json: bool) -> None:
    """Show a story: articles grouped by syndication, consolidated facts with
    their number of independent sources, conflicts, quotes and the timeline.

    Example:

        newsgraph story s-8d78d08f977646fb --json
    """
    from newsgraph.resolve.stories import story_detail

    with _open(db) as store, store.engine.connect() as conn:
        detail = story_detail(conn, story_id)
    if detail is None:
        raise click.ClickException(
            f"no story {story_id!r}; expected a story id from `newsgraph stories` (they start with 's-')"
        )
    if as_json:
        _echo_json(detail)
        return
    click.echo(
        f"{detail['title']}  ({_span(detail)}, {detail['articles']} articles, {detail['groups']} sources)"
    )
    click.echo("\nArticles by source:")
    for group in detail["syndication"]:
        for i, art in enumerate(group["articles"]):
            mark = "  " if i == 0 else "    ↳ "
            how = "" if art["link"] == "original" else f" [{art['link']}]"
            click.echo(f"{mark}{art['published'] or '?'}  {art['title'] or art['id']}{how}")
    if detail["facts"]:
        click.echo("\nFacts:")
        for fact in detail["facts"]:
            subject = fact.get("subject_name") or fact["subject"]
            value = fact.get("object_name") or _value(fact["object"])
            click.echo(f"  {subject} — {fact['predicate']}: {value}  ({fact['sources']} sources)")
    echo_conflicts(detail["conflicts"])
    if detail["quotes"]:
        click.echo("\nQuotes:")
        for quote in detail["quotes"]:
            speaker = quote["speaker_name"] or quote["speaker"] or quote["speaker_text"] or "?"
            click.echo(f"  {speaker}: {quote['text']}")
    if detail["timeline"]:
        click.echo("\nTimeline:")
        for event in detail["timeline"]:
            click.echo(
                f"  {event['date']}  {event['kind']}  {event['sentence'] or event['title'] or event['article']}"
            )


def _value(obj: dict) -> str:
    if "money" in obj:
        return f"{obj['money'].get('amount'):,.0f} {obj['money'].get('currency')}"
    for form in ("text", "value", "date", "status", "entity"):
        if form in obj:
            return str(obj[form])
    return json.dumps(obj, ensure_ascii=False)


def echo_conflicts(rows: list[dict]) -> None:
    if not rows:
        return
    click.echo("\nConflicts:")
    for row in rows:
        click.echo(f"  {row.get('subject_name') or row['subject']} — {row['predicate']} ({row['kind']}):")
        for side in row["sides"]:
            click.echo(
                f"    {json.dumps(side['value'], ensure_ascii=False)} — {len(side['sources'])} sources"
            )
            for ev in side["evidence"][:3]:
                click.echo(f"      {ev['published'] or '?'} {ev['article']}: {ev['sentence']}")


@main.command("conflicts")
@click.option("--about", "about", metavar="NAME", help="Only conflicts about this entity (name or id).")
@db_option
@json_option
def conflicts_command(about: str | None, db: str, as_json: bool) -> None:
    """List contradictions between sources: different values or lists for one
    fact, and facts asserted by one source and denied by another, with the
    sentences on each side.

    Example:

        newsgraph conflicts --about ASPAN --json
    """
    from newsgraph.resolve.corroborate import conflict_rows

    with _open(db) as store, store.engine.connect() as conn:
        subjects = None if about is None else [e["id"] for e in store.find_entities(about)]
        rows = conflict_rows(conn, subjects)
    if as_json:
        _echo_json(rows)
    elif not rows:
        click.echo("No conflicts.")
    else:
        echo_conflicts(rows)


@main.command("merge")
@click.argument("kept")
@click.argument("merged")
@click.option("--reason", default="manual", show_default=True, help="Why, recorded with the merge.")
@db_option
@json_option
def merge_command(kept: str, merged: str, reason: str, db: str, as_json: bool) -> None:
    """Merge entity MERGED into entity KEPT (ids): its mentions, quotes and
    facts move to KEPT. The merge is recorded; `newsgraph split KEPT` undoes it.

    Example:

        newsgraph merge ent_1a2b3c4d5e6f ent_9f8e7d6c5b4a --reason "Lavrov = Лавров"
    """
    from newsgraph.resolve import crossdoc

    with _open(db) as store:
        try:
            with store.writing() as conn:
                merge_id = crossdoc.merge(conn, kept, merged, reason)
        except NewsgraphError as exc:
            raise click.ClickException(str(exc)) from None
    result = {"merge": merge_id, "kept": kept, "merged": merged, "reason": reason}
    if as_json:
        _echo_json(result)
    else:
        click.echo(
            f"Merged {merged} into {kept} (merge {merge_id}); undo with: newsgraph split {kept} {merged}"
        )


@main.command("split")
@click.argument("entity")
@click.argument("merged", nargs=-1)
@db_option
@json_option
def split_command(entity: str, merged: tuple[str, ...], db: str, as_json: bool) -> None:
    """Undo merges into ENTITY: all of them, or only those of the MERGED ids
    given; the merged entities come back with their mentions, quotes and facts.

    Example:

        newsgraph split ent_1a2b3c4d5e6f ent_9f8e7d6c5b4a
    """
    from newsgraph.resolve import crossdoc

    with _open(db) as store:
        try:
            with store.writing() as conn:
                undone = crossdoc.split(conn, entity, list(merged) or None)
        except NewsgraphError as exc:
            raise click.ClickException(str(exc)) from None
    if as_json:
        _echo_json(undone)
    else:
        for item in undone:
            click.echo(f"Restored {item['restored']} from {item['kept']} (merge {item['merge']} undone)")


@main.command("timeline")
@click.argument("name")
@click.option("--limit", default=200, show_default=True, help="At most this many articles are read.")
@db_option
@json_option
def timeline_command(name: str, limit: int, db: str, as_json: bool) -> None:
    """Dated events about an entity, in order: the publication dates of the
    articles that mention it and the dates written in sentences about it.

    Example:

        newsgraph timeline "Great Sky" --json
    """
    from newsgraph.resolve.timeline import entity_timeline

    with _open(db) as store:
        found = store.find_entities(name, limit=1)
        if not found:
            raise click.ClickException(f"no entity named {name!r}; try `newsgraph search {name}`")
        with store.engine.connect() as conn:
            events = entity_timeline(conn, found[0]["id"], limit=limit)
    if as_json:
        _echo_json({"entity": found[0]["id"], "events": events})
        return
    for event in events:
        click.echo(
            f"{event['date']}  {event['kind']:<9}  {event['sentence'] or event['title'] or event['article']}"
        )
