"""The pipeline: a plain list of components, checked when it is built.

A component is a callable ``Doc -> Doc`` with two attributes: ``requires``
(names of `Doc` fields it reads) and ``assigns`` (fields it fills). Building a
`Pipeline` checks that every requirement is assigned by an earlier component
(or by ingest, which assigns ``text``, ``lang``, ``published``, ``title``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol

from newsgraph.errors import PipelineError
from newsgraph.model import Doc

INGEST_ASSIGNS = frozenset({"text", "id", "lang", "published", "title", "source", "url"})


class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Doc) -> Doc: ...


def component(name: str, requires: Sequence[str], assigns: Sequence[str]) -> Callable:
    """Decorate a ``Doc -> Doc`` function as a pipeline component."""

    def wrap(func: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
        func.name = name  # type: ignore[attr-defined]
        func.requires = tuple(requires)  # type: ignore[attr-defined]
        func.assigns = tuple(assigns)  # type: ignore[attr-defined]
        return func

    return wrap


class Pipeline:
    def __init__(self, components: Iterable[Component]) -> None:
        self.components = list(components)
        assigned = set(INGEST_ASSIGNS)
        for comp in self.components:
            missing = [field for field in comp.requires if field not in assigned]
            if missing:
                raise PipelineError(
                    f"component {comp.name!r} requires {missing}, which no earlier component "
                    f"assigns (earlier: {[c.name for c in self.components[: self.components.index(comp)]]}); "
                    "add a component that assigns them before it"
                )
            assigned.update(comp.assigns)

    @property
    def names(self) -> list[str]:
        return [comp.name for comp in self.components]

    def __call__(self, doc: Doc) -> Doc:
        if doc.lang not in (None, "ru"):
            return doc
        for comp in self.components:
            doc = comp(doc)
        doc.analysed = True
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Analyse many docs, in input order; a component with a ``batch`` attribute
        (``list[Doc] -> list[Doc]``) gets a whole batch at once (the neural taggers
        run faster on many sentences of similar length)."""
        chunk: list[Doc] = []
        for doc in docs:
            chunk.append(doc)
            if len(chunk) >= batch_size:
                yield from self._batch(chunk)
                chunk = []
        if chunk:
            yield from self._batch(chunk)

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        todo = [doc for doc in docs if doc.lang in (None, "ru")]
        for comp in self.components:
            batch = getattr(comp, "batch", None)
            todo = batch(todo) if batch else [comp(doc) for doc in todo]
        for doc in todo:
            doc.analysed = True
        return docs


def default_pipeline() -> Pipeline:
    """segment → morph → ner → entities → quotes → facts → stances, then the groups named once
    that nothing refers to are dropped (`groups.prune`)."""
    from newsgraph.extract import entities, facts, groups, quotes, stances
    from newsgraph.nlp import natasha_stage

    return Pipeline(
        [
            natasha_stage.analyse,
            entities.extract,
            quotes.extract,
            facts.extract,
            stances.extract,
            groups.prune,
        ]
    )
