"""Placeholder until the facts stage lands: assigns nothing new."""

from __future__ import annotations

from newsgraph.model import Doc
from newsgraph.pipeline import component


@component("facts.v0", requires=("tokens",), assigns=("facts",))
def extract(doc: Doc) -> Doc:
    return doc
