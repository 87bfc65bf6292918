"""Plain-text articles: normalised text, the header-line convention, language.

The header convention: when the first line reads `` date YYYY-MM-DD <title>``
(leading spaces allowed, title optional), it gives the publication date and
the title, and it is not part of the stored text, so every offset refers to
the article body. Every other reader (HTML, JSONL, feeds, WARC) ends here too,
so all articles are normalised the same way and get the same id for the same
text.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.errors import InputError
from newsgraph.ingest.dates import iso_date
from newsgraph.ingest.encoding import decode
from newsgraph.ingest.language import detect_language
from newsgraph.model import Doc, normalise_text

HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*\S))?[ \t]*$")
META_FIELDS = frozenset({"title", "published", "lang", "source", "url"})


def parse_text(raw: str, *, file: str | None = None, **meta: Any) -> Doc:
    """A `Doc` from article text; ``meta`` (title, published, lang, source, url) wins over the header."""
    unknown = set(meta) - META_FIELDS
    if unknown:
        raise TypeError(
            f"parse_text() got unknown metadata {sorted(unknown)}; expected some of {sorted(META_FIELDS)}"
        )
    text = normalise_text(raw)
    header_date, header_title, text = split_header(text)
    if not text.strip():
        raise InputError("empty: no article text (only whitespace or a header line); add the article text")
    return Doc(
        text=text,
        title=meta.get("title") or header_title,
        published=iso_date(meta.get("published")) or header_date,
        lang=meta.get("lang") or detect_language(text),
        source=meta.get("source"),
        url=meta.get("url"),
        file=file,
    )


def split_header(text: str) -> tuple[str | None, str | None, str]:
    """``(date, title, body)``; date and title are None when there is no header line."""
    first, _, rest = text.partition("\n")
    match = HEADER.match(first)
    if not match or iso_date(match.group(1)) is None:
        return None, None, text
    return match.group(1), match.group(2), rest.lstrip("\n")


def read_text(raw: bytes, *, file: str | None = None, **meta: Any) -> Doc:
    """A `Doc` from the bytes of a text file (UTF-8, or a legacy Cyrillic code page)."""
    text, _encoding = decode(raw)
    return parse_text(text, file=file, **meta)
