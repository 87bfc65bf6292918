"""Articles, sources, entities and their names, mentions, quotes, facts, runs,
failures, merges; and full-text search over articles.

English words are stemmed by both (FTS5's porter tokenizer; PostgreSQL's
``russian`` configuration stems Latin-script words as English). Both index a
lemmatised copy of title and text (``article_fts``, filled by the
store on insert): SQLite in an FTS5 table, PostgreSQL in a generated
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
    "article UNINDEXED, title, body, tokenize = 'porter unicode61 remove_diacritics 2')"
)

# The Russian stemmer alone is not enough: it stems "Казахстан" to "казахста"
# and "Казахстане" to "казахстан". So PostgreSQL, like SQLite, indexes the
# lemmatised copy, through the `russian` configuration.
POSTGRES_FTS = (
    "CREATE TABLE article_fts ("
    "article VARCHAR(64) PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE, "
    "title TEXT NOT NULL, body TEXT NOT NULL, "
    "tsv tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('russian', title), 'A') || setweight(to_tsvector('russian', body), 'B')) STORED)",
    "CREATE INDEX ix_article_fts_tsv ON article_fts USING GIN (tsv)",
)


def upgrade(conn: sa.Connection, dialect: str) -> None:
    for name in TABLES:
        schema.metadata.tables[name].create(conn)
    if dialect == "sqlite":
        conn.exec_driver_sql(SQLITE_FTS)
    elif dialect == "postgresql":
        for statement in POSTGRES_FTS:
            conn.exec_driver_sql(statement)
