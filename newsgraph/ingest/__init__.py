"""Ingest: files, folders, stdin, HTML, JSONL, feeds and WARC archives into `Doc`s.

Every reader yields `Doc`s (text normalised, id, title, date, language,
source, URL) and `Failure`s with a reason a user understands. The readers are
imported when first used: trafilatura and fastText take most of a second to
load, which `newsgraph --help` should not pay.
"""

from __future__ import annotations

from typing import Any

DEFAULT_MAX_BYTES = 20_000_000

__all__ = ["DEFAULT_MAX_BYTES", "parse_text", "read_sources"]


def __getattr__(name: str) -> Any:
    if name == "read_sources":
        from newsgraph.ingest.sources import read_sources

        return read_sources
    if name == "parse_text":
        from newsgraph.ingest.text import parse_text

        return parse_text
    raise AttributeError(f"module 'newsgraph.ingest' has no attribute {name!r}")
