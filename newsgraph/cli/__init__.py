"""The `newsgraph` command: a thin click layer over the library.

Each group of commands lives in its own module and registers itself on `main`.
Results go to stdout, logs and progress to stderr; every command has `--json`.
"""

from __future__ import annotations

import importlib
import logging
import os

import click

# The taggers multiply small matrices (a batch of sentences by a few hundred
# dimensions): OpenBLAS's threads cost more than they give there. Measured on
# 60 NEREL texts with `newsgraph analyze` on 2 cores: 4.6 s wall and 2.9 s user
# with one thread, 8.3 s and 5.3 s with OpenBLAS's default. Set before numpy
# is imported; a value the user exported wins. Dask workers inherit it.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from newsgraph import __version__  # noqa: E402

DEFAULT_DB = "newsgraph.db"
COMMAND_MODULES = ("ingest", "query", "evaluate", "quotes", "facts", "stories", "serve", "export")


def db_option(func):
    """`--db URL` (a SQLite path or a postgresql:// URL); default ./newsgraph.db or $NEWSGRAPH_DB."""
    return click.option(
        "--db",
        "db",
        default=lambda: os.environ.get("NEWSGRAPH_DB", DEFAULT_DB),
        show_default="./newsgraph.db or $NEWSGRAPH_DB",
        help="Database: a SQLite file path or a postgresql:// URL.",
    )(func)


def json_option(func):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
@click.option("-v", "--verbose", count=True, help="More logging on stderr (-v info, -vv debug).")
def main(verbose: int) -> None:
    """newsgraph: news articles into a sourced knowledge base.

    Example:

        newsgraph ingest examples/ && newsgraph show ASPAN
    """
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


for _name in COMMAND_MODULES:
    try:
        importlib.import_module(f"newsgraph.cli.{_name}")
    except ModuleNotFoundError as exc:  # a command group not written yet
        if exc.name != f"newsgraph.cli.{_name}":
            raise
