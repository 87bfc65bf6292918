"""`newsgraph ingest` (read, analyse, store) and `newsgraph analyze` (read, analyse, print).

The work is done by `run_ingest` and `analyse_docs`, which the commands (and
the benchmark) call: sources are read lazily, articles are analysed in
batches, and each batch is stored in one transaction, so a killed ingest
leaves whole batches behind and running it again completes it.
"""

from __future__ import annotations

import gc
import json
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.cli import db_option, json_option, main
from newsgraph.errors import NewsgraphError
from newsgraph.ingest import DEFAULT_MAX_BYTES
from newsgraph.model import Doc, Failure
from newsgraph.pipeline import Pipeline
from newsgraph.store.base import Store

if TYPE_CHECKING:
    from newsgraph.ingest.sources import Input

# Articles per transaction, and per run of the taggers: sorted by length together, more
# articles pad less (128 rather than 64: about 15% less tagger time), still little memory.
DEFAULT_BATCH = 128
# Analysis that may run elsewhere (Dask workers): docs in, (analysed docs, failures) out.
Analyser = Callable[[Sequence[Doc]], tuple[list[Doc], list[Failure]]]
NLP_STAGE = "nlp"


# The cyclic garbage collector's first threshold while ingesting (Python's default is
# 700): analysis allocates millions of small objects, few of them in cycles, and each
# full collection walks every object of the models and caches (about 15% of an
# ingest's CPU time on 100 articles with the default).
GC_THRESHOLDS = (20_000, 20, 20)


_gc_lock = threading.Lock()
_gc_users = 0
_gc_before: tuple[int, ...] = ()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect cycles less often, and never walk what exists already (the models), while
    any ingest runs (the API may run several in threads; the last one restores)."""
    global _gc_users, _gc_before
    with _gc_lock:
        if _gc_users == 0:
            _gc_before = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(*GC_THRESHOLDS)
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0:
                gc.set_threshold(*_gc_before)
                gc.unfreeze()


@dataclass(slots=True)
class IngestSummary:
    db: str
    run: int | None = None
    inputs: int = 0
    added: int = 0
    present: int = 0
    not_analysed: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ingested_anything(self) -> bool:
        return self.added + self.present > 0

    def to_json(self) -> dict[str, Any]:
        return {
            "db": self.db,
            "run": self.run,
            "inputs": self.inputs,
            "ingested": self.added,
            "present": self.present,
            "not_analysed": self.not_analysed,
            "failed": len(self.failures),
            "failures": [{"source": f.source, "reason": f.reason, "stage": f.stage} for f in self.failures],
            "seconds": round(self.seconds, 3),
        }


# --- the library side ----------------------------------------------------------


def analyse_batch(pipeline: Pipeline, docs: Sequence[Doc]) -> tuple[list[Doc], list[Failure]]:
    """Analyse a batch; when it fails, analyse its documents one by one to single out the bad ones."""
    try:
        return list(pipeline.pipe(docs, batch_size=max(1, len(docs)))), []
    except Exception:  # one bad document must not cost the batch
        pass
    done: list[Doc] = []
    failed: list[Failure] = []
    for doc in docs:
        try:
            done.append(doc if doc.analysed else pipeline(doc))
        except Exception as exc:
            failed.append(Failure(where(doc), f"analysis failed ({type(exc).__name__}: {exc})", NLP_STAGE))
    return done, failed


def where(doc: Doc) -> str:
    """How a user finds the document again: its file, and its URL when it came from a container."""
    name = doc.file or doc.id
    return f"{name} {doc.url}" if doc.url and doc.file else (doc.url or name)


def batches(items: Iterable[Doc | Failure], size: int) -> Iterator[tuple[list[Doc], list[Failure]]]:
    docs: list[Doc] = []
    failures: list[Failure] = []
    for item in items:
        if isinstance(item, Failure):
            failures.append(item)
        else:
            docs.append(item)
        if len(docs) >= size:
            yield docs, failures
            docs, failures = [], []
    if docs or failures:
        yield docs, failures


def read_inputs(
    inputs: Iterable[Input], max_bytes: int, on_input: Callable[[], None]
) -> Iterator[Doc | Failure]:
    from newsgraph.ingest.sources import read_input

    for item in inputs:
        yield from read_input(item, max_bytes=max_bytes)
        on_input()


def _read_all(paths: Sequence[str], max_bytes: int) -> Iterator[Doc | Failure]:
    from newsgraph.ingest.sources import iter_inputs, read_input

    for item in iter_inputs(paths):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_input(item, max_bytes=max_bytes)


def run_ingest(
    paths: Sequence[str],
    store: Store,
    pipeline: Pipeline,
    *,
    batch_size: int = DEFAULT_BATCH,
    max_bytes: int = DEFAULT_MAX_BYTES,
    command: str = "ingest",
    progress: Callable[[IngestSummary, int], None] | None = None,
    analyser: Analyser | None = None,
) -> IngestSummary:
    """Read, analyse and store; ``progress(summary, inputs_done)`` is called as work advances.

    Articles already stored are not analysed again: they only record where
    they were seen (the store does that), which makes a re-run cheap. While it
    runs, the garbage collector runs less often (`fewer_collections`).
    """
    with fewer_collections():
        return _run_ingest(paths, store, pipeline, batch_size, max_bytes, command, progress, analyser)


def _run_ingest(
    paths: Sequence[str],
    store: Store,
    pipeline: Pipeline,
    batch_size: int,
    max_bytes: int,
    command: str,
    progress: Callable[[IngestSummary, int], None] | None,
    analyser: Analyser | None,
) -> IngestSummary:
    from newsgraph.ingest.sources import iter_inputs

    started = time.perf_counter()
    summary = IngestSummary(db=store.url)
    inputs: list[Input] = []
    for item in iter_inputs(paths):
        if isinstance(item, Failure):
            summary.failures.append(item)
        else:
            inputs.append(item)
    summary.inputs = len(inputs) + len(summary.failures)
    summary.run = store.start_run(command)
    store.record_failures(summary.run, summary.failures)
    done = 0

    def input_done() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(summary, done)

    state = BatchState()
    for docs, failures in batches(read_inputs(inputs, max_bytes, input_done), batch_size):
        nlp_failures = store_batch(store, pipeline, docs, state, summary, analyser)
        store.record_failures(summary.run, failures + nlp_failures)
        summary.failures.extend(failures + nlp_failures)
        if progress:
            progress(summary, done)
    store.finish_run(summary.run, summary.added, summary.present, len(summary.failures))
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass(slots=True)
class BatchState:
    """What one ingest run remembers between batches."""

    seen: set[str] = field(default_factory=set)
    unanalysable: set[str] = field(default_factory=set)
    resolved: set[str] | None = None  # stored articles with a story, loaded when first needed


def store_batch(
    store: Store,
    pipeline: Pipeline,
    docs: list[Doc],
    state: BatchState,
    summary: IngestSummary,
    analyser: Analyser | None = None,
) -> list[Failure]:
    """Analyse the new articles of a batch, store the batch, resolve stories; returns analysis failures.

    Articles stored by an earlier run that was killed before resolving them
    are resolved now, so a re-run completes what the killed run left.
    """
    # imported here: datasketch takes seconds to import, which `newsgraph --help` should not pay
    from newsgraph.resolve.stories import story_assignments
    from newsgraph.resolve.stories import update as resolve_stories

    stored = getattr(store, "stored", None)  # one query for the batch, when the store has it
    known = stored([doc.id for doc in docs if doc.id not in state.seen]) if stored else None
    fresh = [
        doc
        for doc in docs
        if doc.id not in state.seen and not (doc.id in known if known is not None else store.has(doc.id))
    ]
    state.seen.update(doc.id for doc in docs)
    analysed, failures = analyser(fresh) if analyser else analyse_batch(pipeline, fresh)
    state.unanalysable |= {doc.id for doc in fresh} - {doc.id for doc in analysed}
    # analysis elsewhere (Dask) returns new objects: store those, in input order
    done = {doc.id: doc for doc in analysed}
    keep = [done.get(doc.id, doc) for doc in docs if doc.id not in state.unanalysable]
    result = store.add(keep)
    if result["present"] and state.resolved is None:
        state.resolved = set(story_assignments(store))
    unresolved = [i for i in result["present"] if i not in (state.resolved or ())]
    resolve_stories(store, [*result["added"], *unresolved])  # syndication groups and stories, in input order
    summary.added += len(result["added"])
    summary.present += len(result["present"])
    added = set(result["added"])
    summary.not_analysed += sum(1 for doc in keep if doc.id in added and not doc.analysed)
    return failures


def analyse_docs(
    paths: Sequence[str], pipeline: Pipeline, *, batch_size: int = 32, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Doc | Failure]:
    """Every article of the inputs analysed (not stored), and the failures, in input order per batch."""
    for docs, failures in batches(_read_all(paths, max_bytes), batch_size):
        yield from failures
        analysed, nlp_failures = analyse_batch(pipeline, docs)
        yield from nlp_failures
        yield from analysed


# --- the commands --------------------------------------------------------------


def max_bytes_option(func: Callable) -> Callable:
    return click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        help="Largest article (a file, a JSONL line, a WARC record) to read, in bytes.",
    )(func)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@json_option
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=DEFAULT_BATCH,
    show_default=True,
    help="Articles analysed and stored per transaction.",
)
@max_bytes_option
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Analyse on a local Dask cluster of this many processes (0: in this process).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Analyse on a running Dask cluster (tcp://host:8786); reading and storing stay here.",
)
def ingest(
    paths: tuple[str, ...],
    db: str,
    as_json: bool,
    batch_size: int,
    max_bytes: int,
    workers: int,
    scheduler: str | None,
) -> None:
    """Read articles, analyse them and store them in the database.

    PATH is a file, a folder (read recursively) or - for stdin. Formats: plain
    text (UTF-8, cp1251, koi8-r; a first line " date YYYY-MM-DD Title" gives
    the date and title), HTML, JSONL (one {"text", "title", "url",
    "published", "source"} per line), RSS/Atom feeds and WARC archives; any
    of them gzip-compressed. Web addresses are not fetched.
    Articles already stored are not added again. Bad documents are listed
    with the reason; the exit code is 1 only when nothing could be ingested
    or the database failed.

    With --workers or --scheduler the analysis runs on Dask workers (models
    load once per worker); reading and storing stay in this process.

    Example:

        newsgraph ingest examples/ news.jsonl crawl.warc.gz --db news.db

        newsgraph ingest archive/ --workers 2 --batch-size 200
    """
    from newsgraph.pipeline import default_pipeline
    from newsgraph.store import open_store

    err = Console(stderr=True)
    try:
        with open_store(db) as store, _dask(workers, scheduler) as analyser:
            with progress_bar(err) as update:
                summary = run_ingest(
                    paths,
                    store,
                    default_pipeline(),
                    batch_size=batch_size,
                    max_bytes=max_bytes,
                    command=" ".join(["ingest", *paths]),
                    progress=update,
                    analyser=analyser,
                )
    except NewsgraphError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(summary.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_summary(summary)
    if summary.inputs and not summary.ingested_anything:
        sys.exit(1)


def _dask(workers: int, scheduler: str | None):
    """A Dask analyser when asked for, else nothing (analysis in this process)."""
    from contextlib import nullcontext

    if not workers and not scheduler:
        return nullcontext(None)
    from newsgraph.scale import DaskAnalyser

    return DaskAnalyser(scheduler=scheduler, workers=workers or 2)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@json_option
@max_bytes_option
def analyze(paths: tuple[str, ...], as_json: bool, max_bytes: int) -> None:
    """Analyse articles without storing them.

    With --json, prints one JSON object per article and line (the "Analysis
    output" of gold/FORMAT.md: id, file, lang, text, mentions, entities,
    quotes, facts, with character offsets into text). Documents that cannot
    be read are reported on stderr.

    Example:

        newsgraph analyze article.txt --json | jq '.entities[].name.ru'
    """
    from newsgraph.pipeline import default_pipeline

    analysed = failed = 0
    for item in analyse_docs(paths, default_pipeline(), max_bytes=max_bytes):
        if isinstance(item, Failure):
            failed += 1
            click.echo(f"failed: {item.source}: {item.reason}", err=True)
            continue
        analysed += 1
        if as_json:
            click.echo(json.dumps(item.to_analysis(), ensure_ascii=False))
        else:
            click.echo(_describe(item))
    if failed and not analysed:
        sys.exit(1)


# --- output -----------------------------------------------------------------------


@contextmanager
def progress_bar(console: Console) -> Iterator[Callable[[IngestSummary, int], None]]:
    """A rich progress bar over the inputs, on stderr; yields its ``update(summary, done)``."""
    columns = (
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("loading models", total=None)

        def update(summary: IngestSummary, done: int) -> None:
            counts = f"{summary.added} new, {summary.present} present, {len(summary.failures)} failed"
            bar.update(task, total=summary.inputs, completed=done, description=counts)

        yield update


def _print_summary(summary: IngestSummary) -> None:
    not_analysed = f" ({summary.not_analysed} not analysed: not Russian)" if summary.not_analysed else ""
    click.echo(
        f"Ingested {summary.added} articles{not_analysed}, {summary.present} already present, "
        f"{len(summary.failures)} failed, in {summary.seconds:.1f} s ({summary.db})."
    )
    for failure in summary.failures:
        click.echo(f"  failed: {failure.source}: {failure.reason}")


def _describe(doc: Doc) -> str:
    head = f"{doc.file or doc.id}  [{doc.lang or '?'}] {doc.title or ''}".rstrip()
    if not doc.analysed:
        return f"{head}\n  not analysed (language {doc.lang or 'unknown'})"
    names = ", ".join(f"{e.name.get('ru') or e.name.get('en') or e.id} ({e.type})" for e in doc.entities[:12])
    more = f", … {len(doc.entities) - 12} more" if len(doc.entities) > 12 else ""
    return (
        f"{head}\n  {len(doc.entities)} entities: {names}{more}\n"
        f"  {len(doc.mentions)} mentions, {len(doc.quotes)} quotes, {len(doc.facts)} facts"
    )
