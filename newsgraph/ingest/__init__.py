"""Ingest: files, folders, stdin, HTML, JSONL, feeds and WARC archives into `Doc`s.

Every reader yields `Doc`s (text normalised, id, title, date, language,
source, URL) and `Failure`s with a reason a user understands.
"""

from newsgraph.ingest.sources import DEFAULT_MAX_BYTES, read_sources
from newsgraph.ingest.text import parse_text

__all__ = ["DEFAULT_MAX_BYTES", "parse_text", "read_sources"]
