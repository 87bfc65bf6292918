"""Resolve tables: near-duplicate index (signatures, LSH bands), syndication,
stories and their key profiles, document frequencies, conflicts."""

from __future__ import annotations

import sqlalchemy as sa

from newsgraph.resolve import tables

VERSION = 2


def upgrade(conn: sa.Connection, dialect: str) -> None:
    for table in tables.TABLES:
        table.create(conn)
