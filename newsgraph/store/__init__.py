"""The store: `open_store(url)` gives the one `Store` interface over SQLite or PostgreSQL."""

from __future__ import annotations

from newsgraph.store.base import Store

__all__ = ["Store", "open_store"]


def open_store(url: str = "newsgraph.db") -> Store:
    """Open (creating and migrating when needed) the database at `url`.

    A plain path or ``sqlite:///PATH`` is a SQLite file; ``postgresql://…``
    is a PostgreSQL server reached with psycopg 3.
    """
    from newsgraph.store.sql import SqlStore

    return SqlStore(url)
