"""The API and pages over a PostgreSQL store (tsvector search, its own snippets)."""

from __future__ import annotations

import os
import secrets

import httpx
import psycopg
import pytest
from servekit import running

from newsgraph.serve.app import create_app
from newsgraph.store import open_store

PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
SKIP_ENV = "NEWSGRAPH_SKIP_POSTGRES"

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_server(docs):
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"PostgreSQL serve tests SKIPPED because {SKIP_ENV}=1")
    name = f"newsgraph_serve_{os.getpid()}_{secrets.token_hex(3)}"
    admin = PG_SERVER + "/postgres"
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        pytest.fail(
            f"these tests need PostgreSQL on 127.0.0.1:5432 (user postgres): {exc}; "
            f"start it, or set {SKIP_ENV}=1 to skip them knowingly"
        )
    store = open_store(f"{PG_SERVER}/{name}")
    store.add([d for k, d in docs.items() if k.startswith("nerel") or k == "hostile"])
    try:
        with running(create_app(store)) as url:
            yield url
    finally:
        store.close()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_search_dossier_and_pages(pg_server, docs):
    result = httpx.get(pg_server + "/api/search", params={"q": "Эвилкорп"}).json()
    assert [h["id"] for h in result["items"]] == [docs["hostile"].id]
    assert "[Эвилкорп]" in result["items"][0]["snippet"]
    page = httpx.get(pg_server + "/search", params={"q": "Эвилкорп"}).text
    assert "<mark>Эвилкорп</mark>" in page and "<script>window" not in page
    entity = result["entities"][0]["id"]
    dossier = httpx.get(f"{pg_server}/api/entities/{entity}").json()
    assert {"located_in", "product"} <= {f["predicate"] for f in dossier["facts"]}
    for path in ("/", f"/entities/{entity}", f"/articles/{docs['nerel0'].id}", "/status", "/stories"):
        assert httpx.get(pg_server + path).status_code == 200, path
    assert httpx.get(pg_server + "/api/status").json()["bytes"] is None
