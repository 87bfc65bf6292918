"""Read paths for the web/API: covering indexes on mentions (replacing the single-column
ones), facts by predicate and subject, and per-entity counts kept by triggers.

`entity_counts` is derived from `mentions` inside the database, so it stays exact
whoever writes (a batch, an entity merge or split repointing mentions, an article
deleted with its mentions). SQLite runs its row triggers as each row changes;
PostgreSQL's are BEFORE triggers, which see the rows an UPDATE of many rows has
already changed (AFTER triggers would all see the final state and count a move twice).
"""

from __future__ import annotations

import sqlalchemy as sa

from newsgraph.store import schema

VERSION = 4

INDEXES = (
    # A dossier's articles, counts and co-occurrence read mentions by entity, then by article.
    "CREATE INDEX ix_mentions_entity_article ON mentions (entity, article)",
    "CREATE INDEX ix_mentions_article_entity ON mentions (article, entity)",
    # The facts list of one predicate is ordered by subject: read in that order, not sorted whole.
    "CREATE INDEX ix_facts_predicate_subject ON facts (predicate, subject)",
    # Their first columns lead the indexes above: each would only cost every write.
    "DROP INDEX IF EXISTS ix_mentions_entity",
    "DROP INDEX IF EXISTS ix_mentions_article",
    "DROP INDEX IF EXISTS ix_facts_predicate",
)

BACKFILL = (
    "INSERT INTO entity_counts (entity, articles, mentions) "
    "SELECT entity, COUNT(DISTINCT article), COUNT(*) FROM mentions GROUP BY entity"
)

# NEW/OLD is the first (last) mention of its entity in its article when no other mention is.
SQLITE_ADD = """
    INSERT INTO entity_counts (entity, articles, mentions) VALUES (NEW.entity, 0, 0)
        ON CONFLICT (entity) DO NOTHING;
    UPDATE entity_counts SET mentions = mentions + 1,
        articles = articles + NOT EXISTS (SELECT 1 FROM mentions
            WHERE entity = NEW.entity AND article = NEW.article AND id <> NEW.id)
        WHERE entity = NEW.entity;
"""
SQLITE_REMOVE = """
    UPDATE entity_counts SET mentions = mentions - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM mentions
            WHERE entity = OLD.entity AND article = OLD.article AND id <> OLD.id)
        WHERE entity = OLD.entity;
"""
SQLITE_TRIGGERS = (
    f"CREATE TRIGGER tr_mentions_counts_insert AFTER INSERT ON mentions BEGIN {SQLITE_ADD} END",
    f"CREATE TRIGGER tr_mentions_counts_delete AFTER DELETE ON mentions BEGIN {SQLITE_REMOVE} END",
    "CREATE TRIGGER tr_mentions_counts_update AFTER UPDATE OF entity, article ON mentions "
    "WHEN OLD.entity IS NOT NEW.entity OR OLD.article IS NOT NEW.article "
    f"BEGIN {SQLITE_REMOVE} {SQLITE_ADD} END",
)

POSTGRES_TRIGGERS = (
    """
    CREATE FUNCTION newsgraph_entity_counts() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND OLD.entity = NEW.entity AND OLD.article = NEW.article THEN
            RETURN NEW;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
            UPDATE entity_counts SET mentions = mentions - 1,
                articles = articles - CASE WHEN EXISTS (SELECT 1 FROM mentions
                    WHERE entity = OLD.entity AND article = OLD.article AND id <> OLD.id) THEN 0 ELSE 1 END
                WHERE entity = OLD.entity;
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        INSERT INTO entity_counts (entity, articles, mentions) VALUES (NEW.entity, 0, 0)
            ON CONFLICT (entity) DO NOTHING;
        UPDATE entity_counts SET mentions = mentions + 1,
            articles = articles + CASE WHEN EXISTS (SELECT 1 FROM mentions
                WHERE entity = NEW.entity AND article = NEW.article) THEN 0 ELSE 1 END
            WHERE entity = NEW.entity;
        RETURN NEW;
    END $$
    """,
    "CREATE TRIGGER tr_mentions_counts BEFORE INSERT OR DELETE OR UPDATE OF entity, article ON mentions "
    "FOR EACH ROW EXECUTE FUNCTION newsgraph_entity_counts()",
)


def upgrade(conn: sa.Connection, dialect: str) -> None:
    for statement in INDEXES:
        conn.exec_driver_sql(statement)
    schema.entity_counts.create(conn)
    conn.exec_driver_sql(BACKFILL)
    for statement in SQLITE_TRIGGERS if dialect == "sqlite" else POSTGRES_TRIGGERS:
        conn.exec_driver_sql(statement)
