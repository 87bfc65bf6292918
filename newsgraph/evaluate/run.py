"""Scoring gold files: analyse each article, score every section, add up the totals.

`evaluate_files(paths)` returns the "Evaluation output" of gold/FORMAT.md:
``{"files": [...], "total": {...}}``, each section with its scores, its
counts, and (per file) details of what was missed.
"""

from __future__ import annotations

import functools
import importlib
import logging
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from newsgraph.errors import GoldError, InputError
from newsgraph.evaluate.align import align, gold_occurrences
from newsgraph.evaluate.bcubed import bcubed_sums
from newsgraph.evaluate.gold import GoldDoc, StoryGold, load_gold
from newsgraph.evaluate.score import (
    add_counts,
    score_entities,
    score_facts,
    score_mentions,
    score_quotes,
    score_stances,
    scores,
)
from newsgraph.model import Doc

log = logging.getLogger(__name__)

ARTICLE_SECTIONS = ("entities", "mentions", "quotes", "facts", "stances")
SECTION_SOURCE = {
    "entities": "entities",
    "mentions": "entities",
    "quotes": "quotes",
    "facts": "facts",
    "stances": "stances",
}  # the gold key each section is scored from
STORIES_MISSING = "stories not implemented: every article counted as its own story and syndication group"

Pipeline = Callable[[Doc], Doc]


def build_doc(
    raw: str,
    file: str,
    *,
    lang: str | None = None,
    published: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Doc:
    """The Doc the pipeline analyses: the text as ingest stores it, gold metadata winning."""
    from newsgraph.ingest.text import parse_text

    meta = {
        k: v for k, v in (("lang", lang), ("published", published), ("title", title), ("source", source)) if v
    }
    doc = parse_text(raw, file=file, **meta)
    if lang:  # the gold language wins even over detection
        doc.lang = lang
    return doc


def evaluate_article(gold: GoldDoc, doc: Doc) -> dict[str, Any]:
    """Score one analysed Doc against its gold file: sections with counts and details."""
    occ = gold_occurrences(gold, doc.text)
    alignment = align(gold, occ, doc)
    sections = {
        "entities": score_entities(gold, doc, alignment),
        "mentions": score_mentions(gold, doc, occ, alignment),
        "quotes": score_quotes(gold, doc, alignment),
        "facts": score_facts(gold, doc, alignment),
        "stances": score_stances(gold, doc, alignment),
    }
    result: dict[str, Any] = {
        "file": str(gold.path),
        "kind": "article",
        "doc_id": doc.id,
        "analysed": doc.analysed,
        "lang": doc.lang,
    }
    for name, section in sections.items():
        if SECTION_SOURCE[name] not in gold.annotated:
            # not annotated: nothing to count, so the file adds nothing to the totals
            section.counts = dict.fromkeys(section.counts, 0)
            section.details = {}
        result[name] = scores(name, section.counts)
        result[name]["annotated"] = SECTION_SOURCE[name] in gold.annotated
    result["details"] = {name: section.details for name, section in sections.items()}
    result["alignment"] = {
        gold_id: {"system": system_id, "name": _entity_name(doc, system_id)}
        for gold_id, system_id in alignment.primary.items()
    }
    return result


def _entity_name(doc: Doc, entity_id: str) -> str | None:
    entity = doc.entity(entity_id)
    return (entity.name.get("ru") or entity.name.get("en")) if entity else None


def gold_docs(gold: GoldDoc | StoryGold) -> list[Callable[[], Doc]]:
    """Makers of the fresh, not yet analysed Docs of a gold file's articles."""
    if isinstance(gold, GoldDoc):
        meta = [(gold.raw, gold.text_path, gold.lang, gold.published, gold.title, gold.source)]
    else:
        meta = [(a.raw, a.text_path, a.lang, a.published, a.title, a.source) for a in gold.articles]
    makers = []
    for raw, path, lang, published, title, source in meta:
        try:  # once here, so that an empty text is reported before any analysis
            build_doc(raw, str(path), lang=lang, published=published, title=title, source=source)
        except InputError as exc:
            raise GoldError(f"{gold.path}: text file {path}: expected article text, got: {exc}") from None
        makers.append(
            functools.partial(
                build_doc, raw, str(path), lang=lang, published=published, title=title, source=source
            )
        )
    return makers


def analyse(pipeline: Pipeline, make_doc: Callable[[], Doc], warnings: list[str]) -> Doc:
    """The analysed Doc; when the pipeline fails, a fresh unanalysed one and a warning.

    One failing article must not stop an evaluation of many: it scores as if
    nothing was found, and the warning says why.
    """
    doc = make_doc()
    try:
        return pipeline(doc)
    except Exception as exc:
        log.exception("analysis of %s failed", doc.file)
        warnings.append(
            f"analysis of {doc.file} failed ({type(exc).__name__}: {exc}); scored as finding nothing"
        )
        return make_doc()


def evaluate_stories(gold: StoryGold, docs: Sequence[Doc], warnings: list[str]) -> dict[str, Any]:
    """Score the clustering of the analysed articles, ingested in order into a fresh temporary store."""
    try:
        assignments, implemented = _story_assignments(docs)
    except Exception as exc:
        log.exception("the stories stage failed on %s", gold.path)
        warnings.append(
            f"the stories stage failed ({type(exc).__name__}: {exc}); every article is its own story"
        )
        assignments, implemented = {doc.id: (doc.id, doc.id) for doc in docs}, False
    if not implemented and not warnings:
        warnings.append(STORIES_MISSING)
    story_labels = [assignments[doc.id][0] for doc in docs]
    syndication_labels = [assignments[doc.id][1] for doc in docs]
    story_p, story_r = bcubed_sums(story_labels, [a.story for a in gold.articles])
    synd_p, synd_r = bcubed_sums(syndication_labels, [a.syndication for a in gold.articles])
    counts = {
        "articles": len(docs),
        "story_precision_sum": story_p,
        "story_recall_sum": story_r,
        "syndication_precision_sum": synd_p,
        "syndication_recall_sum": synd_r,
    }
    stories = scores("stories", counts)
    stories["implemented"] = implemented
    result: dict[str, Any] = {"file": str(gold.path), "kind": "stories", "stories": stories}
    result["details"] = {
        "stories": {
            "articles": [
                {
                    "file": str(a.text_path),
                    "gold_story": a.story,
                    "gold_syndication": a.syndication,
                    "story": assignments[d.id][0],
                    "syndication": assignments[d.id][1],
                }
                for a, d in zip(gold.articles, docs, strict=True)
            ],
        }
    }
    return result


def _story_assignments(docs: Sequence[Doc]) -> tuple[dict[str, tuple[str, str]], bool]:
    """Per article id: (story id, syndication id), from the stories stage when it exists.

    The articles go through the ingest path into a fresh temporary SQLite
    store one at a time, in the gold order, since clustering is incremental.
    """
    try:
        stories = importlib.import_module("newsgraph.resolve.stories")
        assign = stories.story_assignments
    except (ModuleNotFoundError, AttributeError):
        return {doc.id: (doc.id, doc.id) for doc in docs}, False
    from newsgraph.store import open_store

    update = getattr(stories, "update", None)
    with tempfile.TemporaryDirectory(prefix="newsgraph-eval-") as tmp:
        store = open_store(str(Path(tmp) / "stories.db"))
        try:
            for doc in docs:
                added = store.add([doc])["added"]
                if update is not None:
                    update(store, added)
            found = assign(store)
        finally:
            store.close()
    return {doc.id: tuple(map(str, found.get(doc.id, (doc.id, doc.id)))) for doc in docs}, True


def gold_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The paths, with each folder replaced by the ``*.json`` files in it (recursively, sorted)."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(path.rglob("*.json"))
            if not found:
                raise GoldError(f"{path}: expected gold files (*.json) in this folder, found none")
            out.extend(found)
        else:
            out.append(path)
    return out


def evaluate_files(
    paths: Iterable[str | Path],
    *,
    pipeline: Pipeline | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Score the pipeline on gold files of either kind (folders: their ``*.json``); `GoldError` on a malformed one.

    Every file is loaded and checked before any analysis starts, so a typo in
    the tenth file does not cost nine analyses.
    """
    golds = [load_gold(path) for path in gold_paths(paths)]
    makers = [gold_docs(gold) for gold in golds]
    if pipeline is None:
        from newsgraph.pipeline import default_pipeline

        pipeline = default_pipeline()
    files = []
    for gold, make_docs in zip(golds, makers, strict=True):
        if progress:
            progress(str(gold.path))
        warnings: list[str] = []
        docs = [analyse(pipeline, make_doc, warnings) for make_doc in make_docs]
        if isinstance(gold, StoryGold):
            result = evaluate_stories(gold, docs, warnings)
        else:
            result = evaluate_article(gold, docs[0])
        if warnings:
            result["warnings"] = warnings
        files.append(result)
    return {"files": files, "total": total(files)}


def total(files: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged totals: counts summed over files, then divided."""
    sections = list(ARTICLE_SECTIONS)
    story_files = [f for f in files if f["kind"] == "stories"]
    if story_files:
        sections.append("stories")
    out: dict[str, Any] = {}
    for name in sections:
        counts: dict[str, float] = {}
        for file in files:
            if name in file:
                add_counts(counts, file[name]["counts"])
        out[name] = scores(name, counts)
    if story_files:
        out["stories"]["implemented"] = all(f["stories"]["implemented"] for f in story_files)
    return out
