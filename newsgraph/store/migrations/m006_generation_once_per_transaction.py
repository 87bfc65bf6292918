"""The store generation (m005) moved on once per transaction, not once per statement (PostgreSQL).

m005's trigger updated the counter row on every write statement: a batch of a
few hundred articles runs tens of thousands of statements, and each update of
the one row inside one transaction adds a version the next must walk past,
which made writes 4–6 times slower. The trigger now updates the row only on a
transaction's first write, and marks that with a transaction-local setting.
The counter still commits (or rolls back) with the data it counts, so a
reader never sees a new generation before the data it stands for.
"""

from __future__ import annotations

import sqlalchemy as sa

VERSION = 6
MARK = "newsgraph.generation_moved"  # set to '1', local to the transaction, once the counter moved

FUNCTION = f"""
    CREATE OR REPLACE FUNCTION newsgraph_store_generation() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF coalesce(current_setting('{MARK}', true), '') <> '1' THEN
            UPDATE store_generation SET value = value + 1 WHERE id = 1;
            PERFORM set_config('{MARK}', '1', true);
        END IF;
        RETURN NULL;
    END $$
"""


def upgrade(conn: sa.Connection, dialect: str) -> None:
    if dialect == "postgresql":
        conn.exec_driver_sql(FUNCTION)
