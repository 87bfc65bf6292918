"""A store generation on PostgreSQL: a counter every write to the store's tables moves on.

The web server keeps rendered responses (and hands out ETags) until the store
changes; on PostgreSQL it learns of a change by reading this counter, one row
bumped by a statement-level trigger on every table that exists now (one
update per statement, not per row, so a batch of thousands of mentions costs
one). A later step that adds a table calls `watch(conn, table)` for it.

SQLite needs no table: ``PRAGMA data_version`` on a connection of its own
tells the server whether any other connection, in any process, has committed
(`newsgraph/serve/cache.py`).
"""

from __future__ import annotations

import sqlalchemy as sa

VERSION = 5
TABLE = "store_generation"
UNWATCHED = {TABLE, "schema_version"}

FUNCTION = f"""
    CREATE FUNCTION newsgraph_store_generation() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE {TABLE} SET value = value + 1 WHERE id = 1;
        RETURN NULL;
    END $$
"""


def watch(conn: sa.Connection, table: str) -> None:
    """Make every INSERT, UPDATE, DELETE or TRUNCATE on `table` move the generation on (PostgreSQL)."""
    conn.exec_driver_sql(
        f'CREATE TRIGGER tr_{table}_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
        "FOR EACH STATEMENT EXECUTE FUNCTION newsgraph_store_generation()"
    )


def upgrade(conn: sa.Connection, dialect: str) -> None:
    if dialect != "postgresql":
        return
    conn.exec_driver_sql(f"CREATE TABLE {TABLE} (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)")
    conn.exec_driver_sql(f"INSERT INTO {TABLE} (id, value) VALUES (1, 0)")
    conn.exec_driver_sql(FUNCTION)
    for table in sorted(set(sa.inspect(conn).get_table_names()) - UNWATCHED):
        watch(conn, table)
