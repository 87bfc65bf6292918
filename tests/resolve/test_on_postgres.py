"""The resolve stage on PostgreSQL: clustering, conflicts, merge and split."""

from __future__ import annotations

import os
import secrets

import pytest

from newsgraph.model import Doc, Entity, Fact
from newsgraph.resolve import crossdoc, stories
from newsgraph.resolve.corroborate import conflict_rows
from newsgraph.store import open_store

SERVER = "postgresql://postgres@127.0.0.1:5432"
pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url():
    if os.environ.get("NEWSGRAPH_SKIP_POSTGRES") == "1":
        pytest.skip("PostgreSQL tests SKIPPED because NEWSGRAPH_SKIP_POSTGRES=1")
    import psycopg

    name = f"newsgraph_resolve_{os.getpid()}_{secrets.token_hex(3)}"
    with psycopg.connect(SERVER + "/postgres", autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{SERVER}/{name}"
    with psycopg.connect(SERVER + "/postgres", autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_stories_conflicts_merge_split(pg_url):
    from multilang import ARTICLES

    store = open_store(pg_url)
    docs = [Doc(text=text, id=aid, published=day, lang=lang) for aid, lang, day, text, _, _ in ARTICLES]
    docs[0].entities = [
        Entity("e1", "project", {"ru": "ASPAN"}),
        Entity("e2", "project", {"en": "ASPAN programme"}),
    ]
    docs[0].facts = [Fact("e1", "planned_facilities", {"value": 4}, 0, 9)]
    docs[3].entities = [Entity("e1", "project", {"ru": "ASPAN"})]
    docs[3].facts = [Fact("e1", "planned_facilities", {"value": 3}, 0, 9)]
    stories.update(store, store.add(docs)["added"])
    got = stories.story_assignments(store)
    assert got["aspan-en"] == got["aspan-fr"] == got["aspan-ru"]
    with store.engine.connect() as conn:
        (conflict,) = conflict_rows(conn)
    assert conflict["kind"] == "value"
    kept, merged = store.find_entities("ASPAN")[0]["id"], store.find_entities("ASPAN programme")[0]["id"]
    with store.writing() as conn:
        crossdoc.merge(conn, kept, merged)
    with store.writing() as conn:
        (undone,) = crossdoc.split(conn, kept)
    assert undone["restored"] == merged
    store.close()
