"""JSON Lines: one article per line, ``{"text", "title", "url", "published", "source"}``.

A line may give ``html`` instead of ``text`` (a saved page). A bad line
becomes a `Failure` naming its line number; the other lines are read.
A ``.json`` file holding one such object, or an array of them, is read too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.errors import InputError
from newsgraph.ingest.html import read_html
from newsgraph.ingest.text import parse_text
from newsgraph.model import Doc, Failure

META_KEYS = ("title", "url", "published", "source", "lang")


def read_jsonl(lines: Iterable[bytes], name: str, *, max_bytes: int) -> Iterator[Doc | Failure]:
    """Articles from the lines of a JSON Lines file (a binary file object is such an iterable)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        if len(line) > max_bytes:
            yield Failure(
                where,
                f"line {number}: too large ({len(line) / 1e6:.1f} MB, over the "
                f"{max_bytes / 1e6:.0f} MB limit for one article); raise it with --max-bytes",
            )
            continue
        try:
            yield record_doc(parse_line(line, number), where)
        except InputError as exc:
            yield Failure(where, str(exc))


def read_json(raw: bytes, name: str) -> Iterator[Doc | Failure]:
    """A ``.json`` file: one article object or an array of them (else read as JSON Lines)."""
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        yield from read_jsonl(raw.splitlines(), name, max_bytes=len(raw) + 1)
        return
    records: Iterable[Any] = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        where = f"{name}[{number}]" if isinstance(data, list) else name
        try:
            yield record_doc(_check_object(record, f"item {number}"), where)
        except InputError as exc:
            yield Failure(where, str(exc))


def parse_line(line: bytes, number: int) -> dict[str, Any]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"line {number}: invalid UTF-8 at byte {exc.start}; JSON Lines files must be UTF-8"
        ) from exc
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"line {number}: not JSON ({exc.msg} at column {exc.colno}); "
            'each line must be one JSON object like {"text": "…"}'
        ) from exc
    return _check_object(record, f"line {number}")


def _check_object(record: Any, where: str) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise InputError(f'{where}: expected a JSON object with a "text" field, got {type(record).__name__}')
    body = record.get("text") or record.get("html")
    if not isinstance(body, str) or not body.strip():
        raise InputError(f'{where}: no article text; expected a non-empty "text" (or "html") string field')
    return record


def record_doc(record: dict[str, Any], where: str) -> Doc:
    meta = {key: str(record[key]) for key in META_KEYS if record.get(key) not in (None, "")}
    if isinstance(record.get("text"), str) and record["text"].strip():
        return parse_text(record["text"], file=where, **meta)
    return read_html(record["html"], file=where, **meta)
