"""A dossier's fact groups read in group order from covering indexes (SQLite).

A dossier groups the facts with the entity as subject (or as object) by
(subject, predicate, object, qualifier, modality) and counts each group's
articles: with the single-column indexes on `facts.subject` and
`facts.object_entity` that was a lookup of every fact's row and a sort of them
all (12 ms for a country, the object of 5,850 facts). Indexes led by the
entity and followed by the group's columns, the article, the fact's place in
it and the confidence hand the groups over in order without reading a row
(under 2 ms), and each group's oldest sentences are found from the index and
the articles' dates (m007's index), reading only the rows shown. They
replace the single-column ones, which they lead with, so a write updates as
many indexes as before.

PostgreSQL keeps its indexes: a B-tree entry there is limited to about 2.7 kB
and `object_key` (the object's canonical JSON) has no bound, so a long object
would make the write fail.
"""

from __future__ import annotations

import sqlalchemy as sa

VERSION = 8
GROUP = "predicate, object_key, qualifier, modality, article, seq, confidence"
STATEMENTS = (
    f"CREATE INDEX ix_facts_subject_group ON facts (subject, {GROUP})",
    f"CREATE INDEX ix_facts_object_group ON facts (object_entity, subject, {GROUP})",
    "DROP INDEX IF EXISTS ix_facts_subject",
    "DROP INDEX IF EXISTS ix_facts_object_entity",
)


def upgrade(conn: sa.Connection, dialect: str) -> None:
    if dialect == "sqlite":
        for statement in STATEMENTS:
            conn.exec_driver_sql(statement)
