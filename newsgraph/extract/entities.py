"""Placeholder until the entities stage lands: assigns nothing new."""

from __future__ import annotations

from newsgraph.model import Doc
from newsgraph.pipeline import component


@component("entities.v0", requires=("tokens",), assigns=("mentions", "entities"))
def extract(doc: Doc) -> Doc:
    return doc
