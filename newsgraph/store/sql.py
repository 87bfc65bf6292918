"""`SqlStore`: the `Store` interface over SQLAlchemy Core, for SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from newsgraph.errors import NewsgraphError, StoreError
from newsgraph.model import Doc, Failure
from newsgraph.store import read, write
from newsgraph.store.base import Store
from newsgraph.store.engine import make_engine
from newsgraph.store.migrations import migrate
from newsgraph.store.schema import articles, entities, failures, runs

log = logging.getLogger(__name__)
WRITE_LOCK = 7260402  # the PostgreSQL advisory lock of writers (migrations use 7260401)
NO_MATCH = " no such entity "  # matches no stored id, so a name matching nothing finds nothing


class SqlStore(Store):
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        try:
            with self.engine.connect():
                pass
        except sa.exc.OperationalError as exc:
            self.engine.dispose()
            raise StoreError(
                f"cannot open the database {url!r}: {exc.orig}; check that the path is writable "
                "or that the PostgreSQL server is running and the database exists"
            ) from exc
        try:
            self.version = migrate(self.engine)
        except StoreError:
            self.engine.dispose()
            raise

    @contextmanager
    def writing(self) -> Iterator[sa.Connection]:
        """One transaction for a whole write; any error rolls all of it back."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(write=True)
            try:
                with conn.begin():
                    if self.dialect == "postgresql":
                        # Writers take turns, as on SQLite: two batches creating the same
                        # entity or article at once would otherwise collide on its id.
                        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
                    yield conn
            except NewsgraphError:
                raise
            except sa.exc.SQLAlchemyError as exc:
                raise StoreError(
                    f"the database {self.url!r} refused a write, so the whole batch was rolled back: {exc}"
                ) from exc

    @contextmanager
    def reading(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    # --- writing -----------------------------------------------------------

    def add(self, docs: Sequence[Doc]) -> dict[str, list[str]]:
        with self.writing() as conn:
            result = write.add_docs(conn, docs)
        log.info("stored %d articles, %d already present", len(result["added"]), len(result["present"]))
        return result

    def start_run(self, command: str) -> int:
        with self.writing() as conn:
            return conn.execute(
                runs.insert().values(command=command, started_at=write.now())
            ).inserted_primary_key[0]

    def record_failures(self, run_id: int, failures_: Sequence[Failure]) -> None:
        if not failures_:
            return
        with self.writing() as conn:
            conn.execute(
                failures.insert(),
                [
                    {"run": run_id, "source": f.source, "reason": f.reason, "stage": f.stage}
                    for f in failures_
                ],
            )

    def finish_run(self, run_id: int, added: int, present: int, failed: int) -> None:
        with self.writing() as conn:
            conn.execute(
                runs.update()
                .where(runs.c.id == run_id)
                .values(finished_at=write.now(), added=added, present=present, failed=failed)
            )

    # --- reading -----------------------------------------------------------

    def has(self, article_id: str) -> bool:
        with self.reading() as conn:
            return (
                conn.execute(sa.select(articles.c.id).where(articles.c.id == article_id)).first() is not None
            )

    def stored(self, article_ids: Sequence[str]) -> set[str]:
        """Which of these articles are stored (`has` for many, in one query per 500)."""
        ids = sorted(set(article_ids))
        found: set[str] = set()
        with self.reading() as conn:
            for start in range(0, len(ids), 500):
                query = sa.select(articles.c.id).where(articles.c.id.in_(ids[start : start + 500]))
                found.update(conn.execute(query).scalars())
        return found

    def article(self, article_id: str) -> Doc | None:
        with self.reading() as conn:
            return read.article(conn, article_id)

    def article_sources(self, article_id: str) -> list[dict[str, Any]]:
        """The other URLs, sources and files where the article's text was seen."""
        with self.reading() as conn:
            return read.extra_sources(conn, article_id)

    def articles(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
    ) -> list[dict[str, Any]]:
        with self.reading() as conn:
            return read.list_articles(
                conn, limit=limit, offset=offset, source=source, since=since, until=until, lang=lang
            )

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        offset: int = 0,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
    ) -> list[dict[str, Any]]:
        with self.reading() as conn:
            return read.search(
                conn, query, limit=limit, offset=offset, source=source, since=since, until=until, lang=lang
            )

    def search_facets(
        self,
        query: str,
        *,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
    ) -> dict[str, Any]:
        """Over every article `query` matches (with the filters): ``total``, and counts by
        ``source`` (most first) and by ``month`` (YYYY-MM, oldest first)."""
        with self.reading() as conn:
            return read.search_facets(conn, query, source=source, since=since, until=until, lang=lang)

    def entities(self, *, type: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        with self.reading() as conn:
            return read.list_entities(conn, type=type, limit=limit, offset=offset)

    def find_entities(self, name_or_id: str, *, limit: int = 10) -> list[dict[str, Any]]:
        with self.reading() as conn:
            return read.find_entities(conn, name_or_id, limit=limit)

    def dossier(
        self,
        entity_id: str,
        *,
        limit: int = 50,
        fact_groups: int = read.FACT_GROUPS,
        evidence: int = read.FACT_EVIDENCE,
    ) -> dict[str, Any] | None:
        """As `Store.dossier`; facts as subject and as object are the `fact_groups` stated by most
        articles each (``facts_total``, ``facts_as_object_total`` count them all), with `evidence`
        sentences per group (``evidence_total`` counts them all); ``timeline`` is `mention_months`;
        ``consolidated`` has one line per predicate with its number of independent sources
        (syndication groups) and earliest source, and ``conflicts`` the contradictions about it."""
        from newsgraph.resolve.corroborate import entity_facts

        with self.reading() as conn:
            found = read.dossier(conn, entity_id, limit=limit, fact_groups=fact_groups, evidence=evidence)
            if found is not None:
                # one line per predicate with its independent sources, instead of raw repetitions
                corroborated = entity_facts(conn, entity_id)
                found["consolidated"] = _with_object_names(conn, corroborated["facts"])
                found["conflicts"] = corroborated["conflicts"]
            return found

    def mention_months(self, entity_id: str) -> list[dict[str, Any]]:
        """Per month of publication: ``month`` (YYYY-MM), ``articles`` and ``mentions`` of the entity."""
        with self.reading() as conn:
            return read.mention_months(conn, entity_id)

    def _entity_id(self, conn: sa.Connection, name_or_id: str | None) -> str | None:
        """An entity id as given, or the best match for a name (a name matching nothing matches nothing)."""
        if not name_or_id:
            return None
        if conn.execute(sa.select(entities.c.id).where(entities.c.id == name_or_id)).first():
            return name_or_id
        found = read.find_entities(conn, name_or_id, limit=1)
        return found[0]["id"] if found else NO_MATCH

    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        with self.reading() as conn:
            return read.list_quotes(
                conn,
                speaker=self._entity_id(conn, speaker),
                about=self._entity_id(conn, about),
                since=since,
                limit=limit,
                offset=offset,
            )

    def facts(
        self, *, subject: str | None = None, predicate: str | None = None, limit: int = 200, offset: int = 0
    ) -> list[dict[str, Any]]:
        with self.reading() as conn:
            return read.list_facts(
                conn, subject=self._entity_id(conn, subject), predicate=predicate, limit=limit, offset=offset
            )

    # --- stories (kept by the resolve stages) -----------------------------

    def stories(
        self, *, limit: int = 50, offset: int = 0, since: str | None = None, about: str | None = None
    ) -> list[dict[str, Any]]:
        """Stories newest first; `about` is an entity id or a name."""
        from newsgraph.resolve.stories import list_stories

        with self.reading() as conn:
            rows = list_stories(conn, about=[about] if about else None, since=since, limit=offset + limit)
        return rows[offset:]

    def story(self, story_id: str) -> dict[str, Any] | None:
        """A story: articles by syndication group, consolidated facts, conflicts, quotes, timeline."""
        from newsgraph.resolve.stories import story_detail

        with self.reading() as conn:
            return story_detail(conn, story_id)

    def syndication(self, article_ids: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """Article id → (story, syndication group), for those of the articles the stories stage has seen."""
        from newsgraph.resolve.tables import resolved

        if not article_ids:
            return {}
        query = sa.select(resolved.c.article, resolved.c.story, resolved.c.syndication).where(
            resolved.c.article.in_(list(article_ids))
        )
        with self.reading() as conn:
            return {row.article: (row.story, row.syndication) for row in conn.execute(query)}

    def stats(self) -> dict[str, Any]:
        with self.reading() as conn:
            return read.stats(conn)

    def close(self) -> None:
        self.engine.dispose()


def _with_object_names(conn: sa.Connection, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Consolidated facts whose entity objects carry ``object_name`` (and ``org_name``)."""
    values = [v for fact in facts for v in (fact, *fact.get("others", []))]
    ids = {v["object"].get(k) for v in values for k in ("entity", "org")} - {None}
    rows = conn.execute(sa.select(entities.c.id, entities.c.name_ru, entities.c.name_en)
                        .where(entities.c.id.in_(sorted(ids)))) if ids else []  # fmt: skip
    names = {row.id: row.name_ru or row.name_en for row in rows}
    for value in values:
        value["object_name"] = names.get(value["object"].get("entity"))
        value["org_name"] = names.get(value["object"].get("org"))
    return facts
