"""RSS and Atom feed files, one article per entry (feedparser).

An entry's text is, in order of preference: its full content
(``content:encoded``, Atom ``content``), the page it links to when that page
is a local file (a relative path, an absolute path or a ``file://`` URL; a
saved site), else its summary. Feeds are never fetched from the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import feedparser

from newsgraph.errors import InputError
from newsgraph.ingest.dates import iso_date
from newsgraph.ingest.html import fragment_text, read_html
from newsgraph.ingest.text import parse_text
from newsgraph.model import Doc, Failure


def read_feed(raw: bytes, name: str, *, base: Path | None = None, max_bytes: int) -> Iterator[Doc | Failure]:
    """Articles of a feed; ``base`` is the folder that relative entry links point into."""
    parsed = feedparser.parse(raw, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = f" ({parsed.bozo_exception})" if parsed.bozo else ""
        yield Failure(
            name, f"feed: no entries found{problem}; expected an RSS or Atom feed with <item> or <entry>"
        )
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{name} entry {number}"
        try:
            yield entry_doc(entry, name, outlet=outlet, base=base, max_bytes=max_bytes)
        except InputError as exc:
            yield Failure(where, str(exc))


def entry_doc(entry: Any, name: str, *, outlet: str | None, base: Path | None, max_bytes: int) -> Doc:
    link = entry.get("link") or None
    meta = {
        "title": entry.get("title") or None,
        "published": iso_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        "source": outlet,
        "url": link if link and urlparse(link).scheme in ("http", "https") else None,
    }
    # Atom may give the same content twice (text and HTML): keep the longest version.
    content = max(
        (fragment_text(part.get("value", "")) for part in entry.get("content", [])), key=len, default=""
    )
    if content.strip():
        return parse_text(content, file=name, **meta)
    page = local_page(link, base)
    if page is not None:
        return _read_page(page, meta, max_bytes)
    summary = fragment_text(entry.get("summary", ""))
    if summary.strip():
        return parse_text(summary, file=name, **meta)
    raise InputError(
        "feed entry: no content, no summary, and its link is not a local file; "
        "nothing to read (feeds are not fetched from the network)"
    )


def local_page(link: str | None, base: Path | None) -> Path | None:
    """The local file an entry links to, or None for web links and missing files."""
    if not link:
        return None
    url = urlparse(link)
    if url.scheme == "file":
        # feedparser turns file:///srv/a.html into file://srv/a.html: the host is the first folder
        host = url.netloc if url.netloc not in ("", "localhost") else ""
        path = Path(unquote(f"/{host}{url.path}" if host else url.path))
    elif url.scheme:
        return None
    else:
        path = Path(unquote(link))
        if not path.is_absolute() and base is not None:
            path = base / path
    return path if path.is_file() else None


def _read_page(page: Path, meta: dict[str, Any], max_bytes: int) -> Doc:
    size = page.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"linked page {page}: too large ({size / 1e6:.1f} MB, over the "
            f"{max_bytes / 1e6:.0f} MB limit); raise it with --max-bytes"
        )
    return read_html(page.read_bytes(), file=str(page), **meta)
