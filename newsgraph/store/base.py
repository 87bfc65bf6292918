"""The store's one interface (SQLite by default, PostgreSQL by URL).

This is the contract that the CLI, the API and the resolve stages code
against. Rows are returned as plain dicts (JSON-ready). Every write of a batch
is one transaction: the store is never left half-written.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

from newsgraph.model import Doc, Failure


class Store(ABC):
    url: str

    # --- writing -----------------------------------------------------------
    @abstractmethod
    def add(self, docs: Sequence[Doc]) -> dict[str, list[str]]:
        """Store a batch of analysed (or not-analysed) docs in one transaction.

        Returns ``{"added": [ids], "present": [ids]}``. A doc whose id is already
        stored adds nothing, but its URL/source/file is recorded on the existing
        article. Doc-local entities are linked to stored entities (same Wikidata
        id, or same type and normalised canonical name/alias), or created.
        """

    @abstractmethod
    def start_run(self, command: str) -> int:
        """Open an ingest run (for the 'last ingest' report); returns its id."""

    @abstractmethod
    def record_failures(self, run_id: int, failures: Sequence[Failure]) -> None: ...

    @abstractmethod
    def finish_run(self, run_id: int, added: int, present: int, failed: int) -> None: ...

    # --- reading -----------------------------------------------------------
    @abstractmethod
    def has(self, article_id: str) -> bool: ...

    @abstractmethod
    def article(self, article_id: str) -> Doc | None:
        """The stored article with its mentions, entities, quotes and facts (stored ids)."""

    @abstractmethod
    def articles(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
    ) -> list[dict[str, Any]]: ...

    @abstractmethod
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
        """Full-text search with Russian morphology; each hit has id, title, published,
        source, snippet (matches wrapped in « » markers ``[`` ``]``), rank."""

    @abstractmethod
    def search_facets(
        self,
        query: str,
        *,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
    ) -> dict[str, Any]:
        """Over every match: ``total``, and counts by ``source`` and by ``month``."""

    @abstractmethod
    def article_sources(self, article_id: str) -> list[dict[str, Any]]:
        """The other URLs, sources and files where the article's text was seen."""

    @abstractmethod
    def mention_months(self, entity_id: str) -> list[dict[str, Any]]:
        """Per month of publication: ``month`` (YYYY-MM), ``articles`` and ``mentions``."""

    @abstractmethod
    def stories(
        self, *, limit: int = 50, offset: int = 0, since: str | None = None, about: str | None = None
    ) -> list[dict[str, Any]]:
        """Stories newest first; `about` is an entity id or a name."""

    @abstractmethod
    def story(self, story_id: str) -> dict[str, Any] | None:
        """A story: articles by syndication group, consolidated facts, conflicts, quotes, timeline."""

    @abstractmethod
    def syndication(self, article_ids: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """Article id → (story, syndication group) for the resolved ones."""

    @abstractmethod
    def entities(self, *, type: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Entities ordered by number of articles (id, type, kind, name_ru, name_en, wikidata, articles)."""

    @abstractmethod
    def find_entities(self, name_or_id: str, *, limit: int = 10) -> list[dict[str, Any]]:
        """Entities by id, name, alias or inflected form ("Родионова" → Дмитрий Родионов)."""

    @abstractmethod
    def dossier(self, entity_id: str, *, limit: int = 50) -> dict[str, Any] | None:
        """Names (ru, en), type, kind, wikidata, aliases, attributes; articles with the
        sentence of each mention; co-occurring entities; quotes by and about; facts."""

    @abstractmethod
    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]: ...

    @abstractmethod
    def facts(
        self, *, subject: str | None = None, predicate: str | None = None, limit: int = 200, offset: int = 0
    ) -> list[dict[str, Any]]: ...

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """Counts of articles, entities, mentions, quotes, facts; the last run and its failures."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
