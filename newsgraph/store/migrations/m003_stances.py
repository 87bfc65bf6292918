"""Stances: what a quote's speaker thinks of an entity the quote names."""

from __future__ import annotations

import sqlalchemy as sa

from newsgraph.store import schema

VERSION = 3


def upgrade(conn: sa.Connection, dialect: str) -> None:
    schema.stances.create(conn)
