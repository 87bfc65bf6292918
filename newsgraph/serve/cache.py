"""Responses to GET requests kept, and validated, until the store changes.

The store is read-mostly: a dossier or a search page is computed once and then
served from memory until the store's generation moves on. The generation is
exact, whoever writes (this server, a CLI ingest, another process):

- SQLite: ``PRAGMA data_version`` on a connection of the cache's own, which
  changes whenever any other connection commits to the file;
- PostgreSQL: the counter that statement-level triggers on every table bump
  (migration ``m005_store_generation``).

Every cacheable 200 response carries an ETag made of the generation, a token
of this process and the URL, and ``Cache-Control: no-cache``: a browser
revalidates with ``If-None-Match`` and gets ``304 Not Modified`` without the
page being computed again, until the store changes; ``X-Cache`` says whether
a response came from the cache (``hit``) or not (``miss``). At most `size` responses
are kept (least recently used go first); ``size=0`` keeps none, ETags stay.
Status pages are never cached (they report file sizes, which move without a
commit), nor static files (they have validators of their own).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 4_000_000
TTL_SECONDS = 5.0  # for a store whose generation cannot be read: entries expire
UNCACHED = ("/status", "/api/status")
STATIC = "/static/"  # files: StaticFiles sends their own ETag and Last-Modified
CACHE_CONTROL = (b"cache-control", b"no-cache")
HIT, MISS = (b"x-cache", b"hit"), (b"x-cache", b"miss")


@dataclass(slots=True)
class Entry:
    version: object
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


def sqlite_path(url: str) -> str | None:
    path = url.removeprefix("sqlite:///")
    return path if "://" not in path and path != ":memory:" else None


class Generation:
    """The store's generation: a value that changes whenever anything is committed to it."""

    def __init__(self, store: Any) -> None:
        import sqlalchemy as sa

        self.missing_table = sa.exc.ProgrammingError
        url = getattr(store, "url", "") or ""
        self.engine = getattr(store, "engine", None)
        self.path = sqlite_path(url) if getattr(store, "dialect", "sqlite") == "sqlite" else None
        self.conn: sqlite3.Connection | None = None
        self.postgres = getattr(store, "dialect", None) == "postgresql" and self.engine is not None

    def __call__(self) -> object:
        if self.path is not None and os.path.exists(self.path):
            if self.conn is None:
                # Its own connection, which never writes: every other commit moves data_version on.
                self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            return self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self.postgres:
            try:
                with self.engine.connect() as conn:
                    return conn.exec_driver_sql("SELECT value FROM store_generation WHERE id = 1").scalar()
            except self.missing_table:  # a database older than m005: entries expire instead
                self.postgres = False
        return ("ttl", int(time.monotonic() // TTL_SECONDS))

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class ResponseCache:
    """ASGI middleware: a cache of GET responses and their ETags, keyed on the URL and the generation."""

    def __init__(self, app: ASGIApp, *, generation: Generation, size: int = 1024) -> None:
        self.app = app
        self.size = size
        self.store_generation = generation
        self.entries: OrderedDict[str, Entry] = OrderedDict()
        self.generation = 0  # bumped by writes made through this server
        self.token = secrets.token_hex(4)  # SQLite's data_version is this process's own count
        self.hits = self.misses = self.not_modified = 0

    def version(self) -> object:
        return (self.generation, self.store_generation())

    def invalidate(self) -> None:
        self.generation += 1
        self.entries.clear()

    def etag(self, key: str, version: object) -> bytes:
        digest = hashlib.blake2b(f"{self.token}|{version}|{key}".encode(), digest_size=12).hexdigest()
        return f'"{digest}"'.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] != "GET" or scope["path"] in UNCACHED or scope["path"].startswith(STATIC):
            if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
                self.invalidate()
            await self.app(scope, receive, send)
            return
        key = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        version = self.version()
        etag = self.etag(key, version)
        if etag in _if_none_match(scope):
            self.not_modified += 1
            headers = [(b"etag", etag), CACHE_CONTROL]
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        entry = self.entries.get(key)
        if entry is not None and entry.version == version:
            self.entries.move_to_end(key)
            self.hits += 1
            headers = [*entry.headers, HIT]
            await send({"type": "http.response.start", "status": entry.status, "headers": headers})
            await send({"type": "http.response.body", "body": entry.body})
            return
        self.misses += 1
        started: dict = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                if message["status"] == 200:
                    headers = [*message.get("headers", []), (b"etag", etag), CACHE_CONTROL]
                    if self.size > 0:
                        headers.append(MISS)
                    message = {**message, "headers": headers}
                started.update(message)
            elif message["type"] == "http.response.body" and self.size > 0:
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and started.get("status") == 200:
                    self._keep(key, version, started, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)

    def _keep(self, key: str, version: object, start: Message, body: bytes) -> None:
        if len(body) > MAX_BODY or not body:
            return
        headers = [header for header in start.get("headers", []) if header != MISS]
        self.entries[key] = Entry(version, start["status"], headers, body)
        self.entries.move_to_end(key)
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)


def _if_none_match(scope: Scope) -> list[bytes]:
    for name, value in scope["headers"]:
        if name == b"if-none-match":
            return [tag.strip().removeprefix(b"W/") for tag in value.split(b",")]
    return []
