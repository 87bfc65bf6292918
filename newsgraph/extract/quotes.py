"""Placeholder until the quotes stage lands: assigns nothing new."""

from __future__ import annotations

from newsgraph.model import Doc
from newsgraph.pipeline import component


@component("quotes.v0", requires=("tokens",), assigns=("quotes",))
def extract(doc: Doc) -> Doc:
    return doc
