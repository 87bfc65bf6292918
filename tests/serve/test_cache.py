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


def test_etags_answer_304_until_the_store_changes(store, docs):
    entity = store.find_entities("Эвилкорп")[0]["id"]
    with running(create_app(store)) as url:
        first = httpx.get(f"{url}/api/entities/{entity}")
        tag = first.headers["etag"]
        assert first.headers["cache-control"] == "no-cache" and store.calls == 1
        again = httpx.get(f"{url}/api/entities/{entity}", headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
        assert store.calls == 1
        page = httpx.get(f"{url}/entities/{entity}", headers={"If-None-Match": tag})
        assert page.status_code == 200 and page.headers["etag"] != tag  # another URL, another tag
        store.add([Doc(text="Эвилкорп открыл третий завод.", lang="ru", published="2025-12-22")])
        changed = httpx.get(f"{url}/api/entities/{entity}", headers={"If-None-Match": tag})
        assert changed.status_code == 200 and changed.headers["etag"] != tag


def test_no_cache_still_revalidates(store):
    entity = store.find_entities("Эвилкорп")[0]["id"]
    with running(create_app(store, cache_size=0)) as url:
        tag = httpx.get(f"{url}/api/entities/{entity}").headers["etag"]
        assert httpx.get(f"{url}/api/entities/{entity}", headers={"If-None-Match": tag}).status_code == 304
        assert httpx.get(f"{url}/api/entities/{entity}").status_code == 200
        assert store.calls == 2


def test_a_write_by_another_connection_is_seen_at_once(store, tmp_path):
    """Another process (here another engine on the same file) commits: the next GET is computed."""
    entity = store.find_entities("Эвилкорп")[0]["id"]
    with running(create_app(store)) as url:
        before = httpx.get(f"{url}/api/entities/{entity}").json()
        assert httpx.get(f"{url}/api/status").json()["articles"] == 1
        with SqlStore(store.url) as other:
            other.add([Doc(text="Эвилкорп закрыл старый завод.", lang="ru", published="2025-12-23")])
            other.add([Doc(text="Эвилкорп закрыл второй завод.", lang="ru", published="2025-12-24")])
        after = httpx.get(f"{url}/api/entities/{entity}").json()
        assert store.calls == 2 and after == before  # no mentions were stored, but nothing stale is served
        assert httpx.get(f"{url}/api/status").json()["articles"] == 3


def test_x_cache_says_hit_or_miss(store):
    entity = store.find_entities("Эвилкорп")[0]["id"]
    with running(create_app(store)) as url:
        assert httpx.get(f"{url}/entities/{entity}").headers["x-cache"] == "miss"
        assert httpx.get(f"{url}/entities/{entity}").headers["x-cache"] == "hit"
    with running(create_app(store, cache_size=0)) as url:
        assert "x-cache" not in httpx.get(f"{url}/entities/{entity}").headers


def test_static_files_keep_their_own_validators(store):
    with running(create_app(store)) as url:
        first = httpx.get(f"{url}/static/style.css")
        assert first.status_code == 200 and len(first.headers.get_list("etag")) == 1
        again = httpx.get(f"{url}/static/style.css", headers={"If-None-Match": first.headers["etag"]})
        assert again.status_code == 304
        assert "x-cache" not in first.headers
