"""`newsgraph search`, `entities` and `show`: reading the store."""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsgraph.cli import db_option, json_option, main
from newsgraph.errors import NewsgraphError
from newsgraph.model import ENTITY_TYPES

MARKED = re.compile(r"\[([^\[\]]*)\]")
HIGHLIGHT = "bold yellow"


@contextmanager
def opened(db: str):
    from newsgraph.store import open_store

    try:
        with open_store(db) as store:
            yield store
    except NewsgraphError as exc:
        raise click.ClickException(str(exc)) from None


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def marked_text(snippet: str) -> Text:
    """A snippet whose ``[matches]`` are highlighted (rich markup is not used: texts hold brackets)."""
    text, cursor = Text(), 0
    for match in MARKED.finditer(snippet):
        text.append(snippet[cursor : match.start()])
        # Brackets kept: the match must stand out without colour too (a pipe, a log).
        text.append(match.group(), style=HIGHLIGHT)
        cursor = match.end()
    text.append(snippet[cursor:])
    return text


def entity_label(row: dict[str, Any]) -> str:
    names = [n for n in (row.get("name_ru"), row.get("name_en")) if n]
    label = names[0] if names else row["id"]
    return f"{label} ({names[1]})" if len(names) > 1 and names[1] != names[0] else label


def type_label(row: dict[str, Any]) -> str:
    """ "org:alliance" for an organisation of a kind, else the type."""
    if row.get("kind"):
        return f"{'org' if row['type'] == 'organization' else row['type']}:{row['kind']}"
    return row["type"]


# --- search -----------------------------------------------------------------


@main.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True, help="How many articles to show.")
@click.option("--source", help="Only articles from this source (outlet).")
@click.option("--since", help="Only articles published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only articles published on or before this date (YYYY-MM-DD).")
@click.option("--lang", help="Only articles in this language (ru, en, …).")
@db_option
@json_option
def search(
    query: str,
    limit: int,
    source: str | None,
    since: str | None,
    until: str | None,
    lang: str | None,
    db: str,
    as_json: bool,
) -> None:
    """Full-text search over the stored articles, with Russian morphology
    ("Казахстане" finds "Казахстан"). Every word is required; put a phrase
    in double quotes, "or" between words for either, "-word" to exclude one.

    Example:

        newsgraph search "Казахстан завод" --since 2025-01-01 --limit 5
    """
    with opened(db) as store:
        hits = store.search(query, limit=limit, source=source, since=since, until=until, lang=lang)
    if as_json:
        echo_json(hits)
        return
    if not hits:
        click.echo(f"No article matches {query!r} in {db}.", err=True)
        return
    table = Table(title=f"{len(hits)} articles matching {query!r}", show_lines=True)
    for column in ("date", "source", "title · id", "snippet"):
        table.add_column(column)
    for hit in hits:
        table.add_row(
            hit["published"] or "",
            hit["source"] or "",
            f"{hit['title'] or ''}\n{hit['id']}",
            marked_text(hit["snippet"]),
        )
    Console().print(table)


# --- entities ---------------------------------------------------------------


@main.command()
@click.option("--type", "type_", type=click.Choice(ENTITY_TYPES), help="Only entities of this type.")
@click.option("--limit", default=50, show_default=True, help="How many entities to show.")
@db_option
@json_option
def entities(type_: str | None, limit: int, db: str, as_json: bool) -> None:
    """Stored entities, those in the most articles first.

    Example:

        newsgraph entities --type person --limit 20
    """
    with opened(db) as store:
        rows = store.entities(type=type_, limit=limit)
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo(
            f"No entities{' of type ' + type_ if type_ else ''} in {db}; ingest articles first.", err=True
        )
        return
    table = Table(title="Entities by number of articles (art.) and mentions (ment.)")
    table.add_column("art.", justify="right")
    table.add_column("ment.", justify="right")
    table.add_column("name", ratio=1)
    table.add_column("type", no_wrap=True)
    table.add_column("wikidata", no_wrap=True)
    table.add_column("id", no_wrap=True, min_width=16)
    for row in rows:
        kind = type_label(row)
        name = row["name_ru"] or row["name_en"] or row["id"]
        table.add_row(
            str(row["articles"]), str(row["mentions"]), name, kind, row["wikidata"] or "", row["id"]
        )
    Console().print(table)


# --- show -------------------------------------------------------------------


@main.command()
@click.argument("name_or_id")
@click.option(
    "--limit", default=20, show_default=True, help="How many articles, quotes and co-occurring entities."
)
@db_option
@json_option
def show(name_or_id: str, limit: int, db: str, as_json: bool) -> None:
    """The dossier of an entity: names, type, Wikidata id, aliases, the
    articles that mention it with the sentence of each mention, the entities
    it co-occurs with, quotes by and about it, and facts. The name may be
    inflected ("Родионова" finds Дмитрий Родионов).

    Example:

        newsgraph show Родионова --limit 5
    """
    with opened(db) as store:
        found = store.find_entities(name_or_id, limit=10)
        if not found:
            raise click.ClickException(
                f"no entity matches {name_or_id!r} in {db} (searched ids, names, aliases, Wikidata ids, "
                "inflected forms, surnames and parts of names); run `newsgraph entities` to see what is stored"
            )
        dossier = store.dossier(found[0]["id"], limit=limit)
    others = found[1:]
    if others:
        listed = "; ".join(
            f"{entity_label(o)} [{o['type']}, {o['articles']} articles, {o['id']}]" for o in others
        )
        click.echo(f"{name_or_id!r} also matches: {listed}. Show one by its id.", err=True)
    if as_json:
        echo_json({**dossier, "other_matches": others})
        return
    render_dossier(dossier, Console())


def render_dossier(dossier: dict[str, Any], console: Console) -> None:
    names = [n for n in (dossier["name"].get("ru"), dossier["name"].get("en")) if n]
    kind = f"{dossier['type']} ({dossier['kind']})" if dossier["kind"] else dossier["type"]
    console.print(Text(" · ".join(dict.fromkeys(names)) or dossier["id"], style="bold"))
    facts = [
        ("type", kind),
        ("id", dossier["id"]),
        ("wikidata", dossier["wikidata"] or "—"),
        ("aliases", ", ".join(dossier["aliases"]) or "—"),
        ("articles", f"{dossier['article_count']} ({dossier['mention_count']} mentions)"),
    ]
    facts += [(key, _value(value)) for key, value in dossier["attributes"].items()]
    for key, value in facts:
        console.print(Text.assemble((f"{key:>10}: ", "dim"), value))
    _articles(dossier, console)
    _cooccurring(dossier, console)
    _quotes("Quotes by", dossier["quotes_by"], console)
    _quotes("Quotes about", dossier["quotes_about"], console)
    if dossier.get("consolidated"):
        _consolidated(dossier["consolidated"], console)
    else:
        _facts("Facts", dossier["facts"], console)
    _facts("Facts where it is the object", dossier["facts_as_object"], console)
    from newsgraph.cli.stories import echo_conflicts

    echo_conflicts(dossier.get("conflicts") or [])


def _value(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v)}" for k, v in value.items())
    return str(value)


def _articles(dossier: dict[str, Any], console: Console) -> None:
    if not dossier["articles"]:
        return
    table = Table(title="Articles", show_lines=True)
    for column in ("date", "source", "title · id", "sentences"):
        table.add_column(column)
    for article in dossier["articles"]:
        sentences = Text("\n").join(_sentence(s) for s in article["sentences"])
        table.add_row(
            article["published"] or "",
            article["source"] or "",
            f"{article['title'] or ''}\n{article['id']}",
            sentences,
        )
    console.print(table)


def _sentence(sentence: dict[str, Any]) -> Text:
    text = Text(sentence["text"])
    for mention in sentence["mentions"]:
        text.stylize(HIGHLIGHT, mention["start"] - sentence["start"], mention["stop"] - sentence["start"])
    return text


def _cooccurring(dossier: dict[str, Any], console: Console) -> None:
    if not dossier["cooccurring"]:
        return
    table = Table(title="Co-occurring entities")
    table.add_column("articles", justify="right")
    table.add_column("name", ratio=1)
    table.add_column("type")
    table.add_column("id", no_wrap=True, min_width=16)
    for row in dossier["cooccurring"]:
        table.add_row(str(row["articles"]), entity_label(row), row["type"], row["id"])
    console.print(table)


def _quotes(title: str, quotes: list[dict[str, Any]], console: Console) -> None:
    if not quotes:
        return
    table = Table(title=title, show_lines=True)
    for column in ("date", "speaker", "kind", "quote"):
        table.add_column(column)
    for quote in quotes:
        speaker = quote["speaker_name"] or quote["speaker_text"] or "—"
        table.add_row(quote["published"] or "", speaker, quote["kind"], quote["text"])
    console.print(table)


def format_object(fact: dict[str, Any]) -> str:
    obj = fact["object"]
    if "entity" in obj:
        return fact.get("object_name") or obj["entity"]
    if "money" in obj:
        return f"{obj['money']['amount']:,.0f} {obj['money']['currency']}".replace(",", " ")
    if "text" in obj and obj.get("org"):
        return f"{obj['text']} ({fact.get('org_name') or obj['org']})"
    for key in ("value", "date", "status", "text"):
        if key in obj:
            return str(obj[key])
    return json.dumps(obj, ensure_ascii=False)


def _consolidated(facts: list[dict[str, Any]], console: Console) -> None:
    """One line per predicate: the value most sources give, its independent sources
    (syndication groups), and its earliest source; other values under it."""
    table = Table(title="Facts (consolidated across articles)", show_lines=True)
    for column in ("predicate", "value", "sources", "articles", "earliest source"):
        table.add_column(column, justify="right" if column in ("sources", "articles") else "left")
    for fact in facts:
        for i, value in enumerate([fact, *fact.get("others", [])]):
            earliest = value.get("earliest") or {}
            table.add_row(
                fact["predicate"] if i == 0 else "",
                format_object(value),
                str(value["sources"]),
                str(value["articles"]),
                f"{earliest.get('published') or ''} {earliest.get('sentence') or ''}".strip(),
            )
    console.print(table)


def _facts(title: str, facts: list[dict[str, Any]], console: Console) -> None:
    if not facts:
        return
    table = Table(title=title, show_lines=True)
    for column in ("subject", "predicate", "object", "articles", "evidence"):
        table.add_column(column, justify="right" if column == "articles" else "left")
    for fact in facts:
        obj = format_object(fact)
        extra = [x for x in (fact["qualifier"], fact["modality"]) if x]
        table.add_row(
            fact["subject_name"] or fact["subject"],
            fact["predicate"],
            obj + (f" ({', '.join(extra)})" if extra else ""),
            str(fact["articles"]),
            fact["evidence"][0]["sentence"],
        )
    console.print(table)
