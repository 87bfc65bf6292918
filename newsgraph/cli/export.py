"""`newsgraph export`: the store as FollowTheMoney entities or analysis JSON lines."""

from __future__ import annotations

import json
import sys

import click

from newsgraph.cli import db_option, main


@main.command("export")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ftm", "jsonl"]),
    default="ftm",
    show_default=True,
    help="ftm: FollowTheMoney entities (Aleph, OpenSanctions); jsonl: one analysis object per article.",
)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="File to write (default stdout).",
)
def export_command(db: str, fmt: str, output) -> None:
    """Export the store, one JSON object a line.

    Example:

        newsgraph export --format ftm -o newsgraph.ftm.json
    """
    from newsgraph.export import ftm
    from newsgraph.store import open_store

    count = 0
    with open_store(db) as store:
        if fmt == "ftm":
            for proxy in ftm.export(store):
                output.write(json.dumps(proxy.to_dict(), ensure_ascii=False) + "\n")
                count += 1
        else:
            offset = 0
            while rows := store.articles(limit=500, offset=offset):
                offset += len(rows)
                for row in rows:
                    doc = store.article(row["id"])
                    if doc is not None:
                        output.write(json.dumps(doc.to_analysis(), ensure_ascii=False) + "\n")
                        count += 1
    print(f"exported {count} records ({fmt}) from {db}", file=sys.stderr)
