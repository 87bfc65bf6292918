"""The response cache: repeated GETs are served from memory until the store changes."""

from __future__ import annotations

import httpx
import pytest
from servekit import running

from newsgraph.model import Doc
from newsgraph.serve.app import create_app
from newsgraph.store.sql import SqlStore


class CountingStore(SqlStore):
    calls = 0

    def dossier(self, entity_id, *, limit=50):
        self.calls += 1
        return super().dossier(entity_id, limit=limit)


@pytest.fixture
def store(tmp_path, docs):
    store = CountingStore(str(tmp_path / "cache.db"))
    store.add([docs["hostile"]])
    yield store
    store.close()


def test_repeated_gets_hit_the_cache_until_the_store_changes(store, docs):
    entity = store.find_entities("Эвилкорп")[0]["id"]
    with running(create_app(store)) as url:
        first = httpx.get(f"{url}/api/entities/{entity}")
        second = httpx.get(f"{url}/api/entities/{entity}")
        assert first.json() == second.json() and store.calls == 1
        assert second.headers["content-security-policy"]
        httpx.get(f"{url}/entities/{entity}")  # the page is another URL
        assert store.calls == 2
        store.add([Doc(text="Эвилкорп открыл второй завод.", lang="ru", published="2025-12-21")])
        third = httpx.get(f"{url}/api/entities/{entity}")
        assert store.calls == 3 and third.status_code == 200


def test_errors_are_not_cached_and_the_cache_can_be_off(store):
    with running(create_app(store, cache_size=0)) as url:
        for _ in range(2):
            httpx.get(f"{url}/api/entities/{store.find_entities('Эвилкорп')[0]['id']}")
        assert store.calls == 2
    with running(create_app(store)) as url:
        assert httpx.get(f"{url}/api/entities/nobody").status_code == 404
        assert httpx.get(f"{url}/api/entities/nobody").status_code == 404
        assert store.calls == 4
