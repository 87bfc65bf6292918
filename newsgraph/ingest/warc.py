"""WARC web archives (warcio): every HTML page archived with status 200 is an article.

Other records (requests, metadata, images, scripts, redirects and error
pages) are not articles and are passed over. A truncated or damaged archive
yields the articles before the damage, then one `Failure` saying where it
stopped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.limitreader import LimitReader
from warcio.recordloader import ArcWarcRecord

from newsgraph.errors import InputError
from newsgraph.ingest.html import read_html
from newsgraph.model import Doc, Failure

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORDS = ("response", "resource")
DRAIN_CHUNK = 1 << 16


def read_warc(stream: BinaryIO, name: str, *, max_bytes: int) -> Iterator[Doc | Failure]:
    records = ArchiveIterator(stream)
    count = 0
    while True:
        try:
            record = next(records)
            page = _html_page(record, max_bytes)
            _drain(record)
        except StopIteration:
            if count and _leftover(stream, records.offset):
                yield Failure(name, _damage_reason(count, "the archive ends inside a record's headers"))
            break
        except Exception as exc:  # warcio raises many kinds of errors on a damaged archive
            yield Failure(name, _damage_reason(count, f"{type(exc).__name__}: {exc}"))
            return
        if _truncated(record):
            yield Failure(name, _damage_reason(count, "the last record is cut short"))
            return
        count += 1
        if page is not None:
            yield _page_doc(page, name, max_bytes)
    if count == 0:
        yield Failure(
            name, "WARC: no records found; the archive is empty or cut short before its first record"
        )


def _page_doc(page: tuple[str, str, bytes], name: str, max_bytes: int) -> Doc | Failure:
    url, content_type, raw = page
    where = f"{name} {url}"
    if len(raw) > max_bytes:
        return Failure(
            where, f"too large: page over the {max_bytes / 1e6:.0f} MB limit; raise it with --max-bytes"
        )
    try:
        return read_html(raw, file=name, url=url, content_type=content_type)
    except InputError as exc:
        return Failure(where, str(exc))


def _html_page(record: ArcWarcRecord, max_bytes: int) -> tuple[str, str, bytes] | None:
    """``(url, content type, body)`` of an archived HTML page, or None for other records."""
    if record.rec_type not in PAGE_RECORDS:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        status, content_type = "200", record.rec_headers.get_header("Content-Type") or ""
    if status != "200" or content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        log.debug("WARC record %s skipped: status %s, type %s", url, status, content_type)
        return None
    return url, content_type, record.content_stream().read(max_bytes + 1)


def _drain(record: ArcWarcRecord) -> None:
    while record.raw_stream.read(DRAIN_CHUNK):
        pass


def _truncated(record: ArcWarcRecord) -> bool:
    """True when the archive ended before the record's declared Content-Length.

    Every WARC record declares one, so a record without a length limit is a
    record whose headers were cut off.
    """
    stream = record.raw_stream
    return not isinstance(stream, LimitReader) or stream.limit > 0


def _leftover(stream: BinaryIO, end: int) -> bool:
    """True when bytes other than blank lines follow the last whole record.

    warcio silently stops at a record whose headers are cut short.
    """
    if not stream.seekable():
        return False
    stream.seek(end)
    return bool(stream.read(DRAIN_CHUNK).strip())


def _damage_reason(count: int, problem: str) -> str:
    if count == 0:
        return f"WARC: not a readable web archive ({problem}); expected a .warc or .warc.gz file"
    return (
        f"WARC: the archive is truncated or damaged after record {count} ({problem}); "
        "the records before it were read"
    )
