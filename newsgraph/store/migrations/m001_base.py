"""Articles, sources, entities and their names, mentions, quotes, facts, runs,
failures, merges; and full-text search over articles.

SQLite: an FTS5 table over a lemmatised copy of title and text (filled by the
store on insert, since SQLite has no Russian stemmer). PostgreSQL: a generated
``tsvector`` column with the ``russian`` configuration and a GIN index.
"""

from __future__ import annotations

import sqlalchemy as sa

from newsgraph.store import schema

VERSION = 1
TABLES = (
    "articles",
    "article_sources",
    "entities",
    "entity_names",
    "mentions",
    "quotes",
    "facts",
    "runs",
    "failures",
    "merges",
)

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE article_fts USING fts5("
    "article UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
)

# Only the head of a huge text is indexed: a tsvector is limited to 1 MB.
POSTGRES_FTS = (
    "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('russian', coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('russian', left(text, 300000)), 'B')) STORED",
    "CREATE INDEX ix_articles_tsv ON articles USING GIN (tsv)",
)


def upgrade(conn: sa.Connection, dialect: str) -> None:
    for name in TABLES:
        schema.metadata.tables[name].create(conn)
    if dialect == "sqlite":
        conn.exec_driver_sql(SQLITE_FTS)
    elif dialect == "postgresql":
        for statement in POSTGRES_FTS:
            conn.exec_driver_sql(statement)
