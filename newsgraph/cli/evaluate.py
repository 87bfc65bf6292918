"""`newsgraph eval`: score the pipeline against gold files (gold/FORMAT.md)."""

from __future__ import annotations

import json

import click
from rich.console import Console

from newsgraph.cli import json_option, main
from newsgraph.errors import NewsgraphError


@main.command("eval")
@click.argument("gold_files", nargs=-1, required=True, metavar="GOLD.json...")
@json_option
@click.option("--details", is_flag=True, help="List what was missed or wrong, per file and section.")
def eval_command(gold_files: tuple[str, ...], as_json: bool, details: bool) -> None:
    """Score the pipeline against gold files: entities, mentions, quotes, facts,
    stances, and stories for story gold files (a folder stands for the *.json
    files in it). Prints a table per file and a micro-averaged total; --json
    prints the "Evaluation output" of gold/FORMAT.md, misses included.

    Example:

        newsgraph eval ../shared/gold/seed.json --details

        newsgraph eval gold/ --json > scores.json
    """
    from newsgraph.evaluate import evaluate_files
    from newsgraph.evaluate.report import render

    err = Console(stderr=True)
    try:
        with err.status("loading gold files") as status:
            result = evaluate_files(gold_files, progress=lambda f: status.update(f"analysing {f}"))
    except NewsgraphError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        render(result, Console(), details=details)
