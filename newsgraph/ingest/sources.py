"""Where articles come from: paths, folders (recursively) and ``-`` for stdin.

Each input is read by the reader of its format, chosen by content where the
content is unambiguous (a WARC header, an HTML doctype, a feed root element),
else by file name. Every reader yields `Doc`s and `Failure`s: one bad
document never stops the others.
"""

from __future__ import annotations

import gzip
import io
import logging
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsgraph.errors import InputError
from newsgraph.ingest import DEFAULT_MAX_BYTES
from newsgraph.ingest.feed import read_feed
from newsgraph.ingest.html import read_html
from newsgraph.ingest.jsonl import read_json, read_jsonl
from newsgraph.ingest.text import read_text
from newsgraph.ingest.warc import read_warc
from newsgraph.model import Doc, Failure

log = logging.getLogger(__name__)

STDIN = "-"
SNIFF_BYTES = 4096
GZIP_MAGIC = b"\x1f\x8b"

SUFFIX_FORMATS = {
    ".warc": "warc",
    ".arc": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".xml": "feed",
}
FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
URL = re.compile(r"^(https?|ftp)://", re.IGNORECASE)
JSON_OBJECT_START = re.compile(rb"\{\s*\"")
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


@dataclass(slots=True)
class Input:
    """One file to read (or stdin, held in memory)."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    def open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return self.path.open("rb")

    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        return self.path.stat().st_size


def read_sources(paths: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Doc | Failure]:
    """Every article of every input, in order; a `Failure` for each input or article that is bad."""
    for item in iter_inputs(paths):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_input(item, max_bytes=max_bytes)


def iter_inputs(paths: Sequence[str]) -> Iterator[Input | Failure]:
    """The files named, those inside folders (recursively, hidden ones skipped), and stdin for ``-``."""
    for name in paths:
        if URL.match(name):
            yield Failure(
                name,
                "a web address: newsgraph works offline and fetches nothing; save the page and give the file",
            )
            continue
        if name == STDIN:
            yield Input("<stdin>", data=sys.stdin.buffer.read())
            continue
        path = Path(name)
        if path.is_dir():
            yield from (Input(str(file), path=file) for file in walk(path))
        elif path.is_file():
            yield Input(name, path=path)
        elif path.exists():
            yield Failure(name, "not a regular file (a device, socket or pipe); give files or folders")
        else:
            yield Failure(name, "no such file or folder; check the path")


def walk(folder: Path) -> Iterator[Path]:
    """Files under a folder in a stable (sorted) order, skipping hidden files and folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if not file.startswith("."):
                yield Path(root) / file


def read_input(item: Input, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Doc | Failure]:
    """The articles of one input; never raises for bad content."""
    try:
        with item.open() as stream:
            head = stream.read(SNIFF_BYTES)
            stream.seek(0)
            if head.startswith(GZIP_MAGIC) and not is_warc(head):
                yield from _read_gzip(item, stream, max_bytes)
                return
            fmt = detect_format(item.name, head)
            log.debug("%s: read as %s", item.name, fmt)
            yield from READERS[fmt](item, stream, max_bytes)
    except OSError as exc:
        yield Failure(item.name, f"cannot read: {exc.strerror or exc}; check the file's permissions")
    except Exception as exc:  # a library failing on one document must not stop the others
        log.exception("reading %s failed", item.name)
        yield Failure(item.name, f"could not be read ({type(exc).__name__}: {exc})")


def _read_gzip(item: Input, stream: BinaryIO, max_bytes: int) -> Iterator[Doc | Failure]:
    """A gzip-compressed file (``news.jsonl.gz``): its content is read as the file it holds."""
    with gzip.GzipFile(fileobj=stream) as inner:
        try:
            head = inner.read(SNIFF_BYTES)
            inner.seek(0)
        except (OSError, EOFError) as exc:
            yield Failure(item.name, f"damaged gzip file ({exc}); check that it was copied completely")
            return
        fmt = detect_format(item.name.removesuffix(".gz"), head)
        log.debug("%s: gzip-compressed, read as %s", item.name, fmt)
        try:
            yield from READERS[fmt](item, inner, max_bytes)
        except (gzip.BadGzipFile, EOFError) as exc:
            yield Failure(item.name, f"damaged gzip file ({exc}); the articles before the damage were read")


def detect_format(name: str, head: bytes) -> str:
    """``warc``, ``jsonl``, ``json``, ``html``, ``feed`` or ``text``."""
    if is_warc(head):
        return "warc"
    lower = name.lower()
    suffix = Path(lower.removesuffix(".gz")).suffix if lower.endswith(".gz") else Path(lower).suffix
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(HTML_STARTS):
        return "html"
    if suffix in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[suffix]
    if start.startswith(b"<?xml") or start.startswith(FEED_ROOTS):
        return "feed" if any(root in start for root in FEED_ROOTS) else "html"
    if JSON_OBJECT_START.match(start):
        return "jsonl"
    return "text"


def is_warc(head: bytes) -> bool:
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


def _whole(item: Input, stream: BinaryIO, max_bytes: int) -> bytes | Failure:
    """The whole content, or a `Failure` when it is over the limit (checked before reading when possible)."""
    compressed = isinstance(stream, gzip.GzipFile)
    if not compressed and (size := item.size()) > max_bytes:
        return Failure(item.name, too_large(size, max_bytes))
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return Failure(item.name, too_large(None, max_bytes))
    return data


def _single(read: Callable[[bytes, str], Doc]) -> Callable[[Input, BinaryIO, int], Iterator[Doc | Failure]]:
    """A reader of formats holding one article per file, under the size limit."""

    def reader(item: Input, stream: BinaryIO, max_bytes: int) -> Iterator[Doc | Failure]:
        data = _whole(item, stream, max_bytes)
        if isinstance(data, Failure):
            yield data
            return
        try:
            yield read(data, item.name)
        except InputError as exc:
            yield Failure(item.name, str(exc))

    return reader


def too_large(size: int | None, max_bytes: int) -> str:
    amount = f"{size / 1e6:.1f} MB, over" if size is not None else "once decompressed, over"
    return (
        f"too large: {amount} the {max_bytes / 1e6:g} MB limit for one article; "
        "split it, or raise the limit with --max-bytes"
    )


def _feed(item: Input, stream: BinaryIO, max_bytes: int) -> Iterator[Doc | Failure]:
    data = _whole(item, stream, max_bytes)
    if isinstance(data, Failure):
        yield data
        return
    base = item.path.parent if item.path is not None else Path.cwd()
    yield from read_feed(data, item.name, base=base, max_bytes=max_bytes)


def _json(item: Input, stream: BinaryIO, max_bytes: int) -> Iterator[Doc | Failure]:
    data = _whole(item, stream, max_bytes)
    if isinstance(data, Failure):  # too large to hold as one document: read it line by line
        stream.seek(0)
        yield from read_jsonl(stream, item.name, max_bytes=max_bytes)
    else:
        yield from read_json(data, item.name)


READERS: dict[str, Callable[[Input, BinaryIO, int], Iterator[Doc | Failure]]] = {
    "text": _single(lambda raw, name: read_text(raw, file=name)),
    "html": _single(lambda raw, name: read_html(raw, file=name)),
    "feed": _feed,
    "json": _json,
    "jsonl": lambda item, stream, max_bytes: read_jsonl(stream, item.name, max_bytes=max_bytes),
    "warc": lambda item, stream, max_bytes: read_warc(stream, item.name, max_bytes=max_bytes),
}
