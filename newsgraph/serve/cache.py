"""A response cache for GET requests, keyed on the URL and the store's version.

The store is read-mostly: a dossier or a search page is computed once and
served from memory until the store changes. For a SQLite file the version is
the size and modification time of the database and its WAL (one `stat` each),
so a CLI ingest into the same file invalidates the cache at once; for a
server database, entries expire after `TTL_SECONDS`. Only 200 responses are
kept, at most `size` of them (least recently used go first).
"""

from __future__ import annotations

import os
import time
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

TTL_SECONDS = 5.0
MAX_BODY = 4_000_000


@dataclass(slots=True)
class Entry:
    version: object
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


def sqlite_path(url: str) -> str | None:
    path = url.removeprefix("sqlite:///")
    return path if "://" not in path and path != ":memory:" else None


class ResponseCache:
    """ASGI middleware; `version()` changes whenever the store may have changed."""

    def __init__(self, app: ASGIApp, *, store_url: str, size: int = 1024) -> None:
        self.app = app
        self.size = size
        self.path = sqlite_path(store_url)
        self.entries: OrderedDict[str, Entry] = OrderedDict()
        self.generation = 0  # bumped by writes made through this server
        self.hits = self.misses = 0

    def version(self) -> object:
        if self.path is None:
            return (self.generation, int(time.monotonic() // TTL_SECONDS))
        stamps = []
        for name in (self.path, self.path + "-wal"):
            try:
                st = os.stat(name)
                stamps.append((st.st_size, st.st_mtime_ns))
            except FileNotFoundError:
                stamps.append(None)
        return (self.generation, *stamps)

    def invalidate(self) -> None:
        self.generation += 1
        self.entries.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or self.size <= 0:
            if scope["type"] == "http" and scope["method"] != "GET":
                self.invalidate()
            await self.app(scope, receive, send)
            return
        key = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        version = self.version()
        entry = self.entries.get(key)
        if entry is not None and entry.version == version:
            self.entries.move_to_end(key)
            self.hits += 1
            await send({"type": "http.response.start", "status": entry.status, "headers": entry.headers})
            await send({"type": "http.response.body", "body": entry.body})
            return
        self.misses += 1
        started: dict = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and started.get("status") == 200:
                    self._keep(key, version, started, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)

    def _keep(self, key: str, version: object, start: Message, body: bytes) -> None:
        if len(body) > MAX_BODY:
            return
        self.entries[key] = Entry(version, start["status"], list(start.get("headers", [])), body)
        self.entries.move_to_end(key)
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)
